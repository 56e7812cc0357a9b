"""A thirty-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a zoo's press release, a district court's findings on a contract, an
encyclopedia history of a lighthouse, a rally report, a glassworks' About us page, a
fisheries inspection mission summary, a government statement on flood defences, a city's
HTML events calendar, a judge's obituary, school board minutes, an NGO press release with
notes to editors, a book review, a consular notice, a ship's log, a Q/A interview, a
software changelog, an explainer with a timeline box, a parliamentary debate summary and a
weekly regional digest). The organisations, people and facts are made up; only places are
real. Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYTHIRD_CORPUS",)


THIRTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "pipeline-blast-wire",
        "wire story with a dateline",
        date(2026, 3, 12),
        """\
TULSA, Okla., March 12 (Northwire) - A natural gas pipeline operated by Prairieline
Midstream exploded near the town of Bixby late on Tuesday, forcing about 300 residents
from their homes, the company said.

No one was killed. Two workers at a nearby farm were treated for burns, the Tulsa County
sheriff's office said.

The 24-inch line was laid in 1987 and was last inspected on or about January 20,
according to a filing with state regulators. Prairieline said it had replaced a corroded
section about a mile south of the blast site before June 2025. Gas flows are expected to
resume on March 30.

Investigators from the state Corporation Commission arrived at the site on Wednesday.

The blast was the largest on an Oklahoma pipeline since 2011, state records show.
Prairieline has operated the line since 2004.

Residents said they heard a roar shortly before 11 p.m. "The whole sky went orange,"
said Carla Nguyen, who lives a mile from the site.

(Reporting by Dana Whitcomb; Editing by Luis Ferrer)
""",
        (
            expect("2026-03-10", "explod"),
            expect("1987", "laid"),
            expect("2026-01-20~", "inspect"),
            expect("../2025-06", "replac"),
            expect("2026-03-30", "resum", planned=True),
            expect("2026-03-11", "arriv"),
            expect("2004/..", "operat"),
        ),
    ),
    Text(
        "red-panda-cubs-zoo",
        "press release of a zoo",
        date(2025, 5, 14),
        """\
PRESS RELEASE
Northbrook Zoological Gardens, Leeds
For immediate release: 14 May 2025

TWIN RED PANDA CUBS BORN AT NORTHBROOK

Northbrook Zoological Gardens is delighted to announce the birth of twin red panda cubs,
born to eight-year-old mother Suki on 2 May. Keepers first saw the cubs on the nest-box
camera two days later and report that both are feeding well.

Suki came to Northbrook from Rotterdam Zoo in 2019 and has lived in the park's Himalayan
Forest enclosure since March 2021. The cubs' father, Tenzin, was born at the park in
2016.

The cubs will have their first veterinary health check on 23 May, when keepers hope to
learn their sex. The Himalayan Forest walkway, closed for resurfacing, is scheduled to
reopen on 1 June.

"Red pandas are endangered, and every birth matters," said curator Amira Haddad.

Visitors can join the red panda keeper talk every day at 11.30.

ENDS

Notes to editors
- Northbrook Zoological Gardens opened in 1962 and is a registered conservation charity.
- Photographs are available from press@northbrookzoo.example.
""",
        (
            expect("2025-05-02", "cub"),
            expect("2025-05-04", "saw"),
            expect("2019", "rotterdam"),
            expect("2021-03/..", "live"),
            expect("2016", "tenzin"),
            expect("2025-05-23", "health", planned=True),
            expect("2025-06-01", "reopen", planned=True),
            expect("1962", "open"),
        ),
    ),
    Text(
        "grain-dryer-findings",
        "court opinion (district court, findings on a contract)",
        None,
        """\
UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEBRASKA

HALVERSON GRAIN COMPANY,
        Plaintiff,
    v.                                        Case No. 8:24-cv-00417
TRI-COUNTY ELEVATOR SYSTEMS, INC.,
        Defendant.

FINDINGS OF FACT AND CONCLUSIONS OF LAW

The Court held a bench trial from April 7 to April 9, 2025. Having considered the
testimony and the exhibits, the Court makes the following findings of fact.

I. FINDINGS OF FACT

1. On February 6, 2023, Halverson and Tri-County signed a written agreement under which
Tri-County would supply and install a continuous-flow grain dryer at Halverson's
elevator in Wahoo, Nebraska, for $1,240,000.

2. The agreement required Tri-County to complete installation no later than August 15,
2023. Time was expressly made of the essence.

3. Tri-County delivered the dryer components on or about June 2, 2023.

4. Installation work ran from July 10 to October 4, 2023. The dryer was not operational
for the 2023 harvest.

5. Halverson sent a written notice of default on August 21, 2023. Tri-County's project
manager testified that he probably first read the notice on August 24, 2023, on his
return from leave. The Court credits that testimony.

6. Halverson filed this action on March 18, 2024.

Case 8:24-cv-00417   Document 52   Filed 06/12/25   Page 3 of 14
""",
        (
            expect("2025-04-07/2025-04-09", "trial"),
            expect("2023-02-06", "agreement"),
            expect("../2023-08-15", "complet"),
            expect("2023-06-02~", "deliver"),
            expect("2023-07-10/2023-10-04", "install"),
            expect("2023-08-21", "notice"),
            expect("2023-08-24?", "read"),
            expect("2024-03-18", "filed"),
        ),
    ),
    Text(
        "skarvoy-lighthouse",
        "encyclopedia history of a lighthouse",
        None,
        """\
Skarvøy Lighthouse

From the free encyclopedia

Skarvøy Lighthouse (Norwegian: Skarvøy fyr) is a coastal lighthouse on a small islet at
the mouth of the Lysefjord in Rogaland county, Norway.

History

A wooden beacon was erected on the islet c. 1780 to guide pilot boats into the fjord.
The present cast-iron tower was built between 1854 and 1856 to designs by the engineer
Halvor Brekke, and it was first lit on 1 October 1856.

The original lens was replaced with a third-order Fresnel lens in 1903, and the station
was electrified the following year. A fog-signal house beside the tower was probably
destroyed in a storm in January 1940; no record of its loss survives.

The lighthouse was automated in 1987. The former keeper's house has served as a guest
lodge run by a local trust since 2002. Skarvøy was one of 84 stations listed in the 1998
National Lighthouse Plan.

See also
- List of lighthouses in Norway

References
1. Brekke, H. (1857). Beretning om Skarvøy fyr. Kristiania.
""",
        (
            expect("1780~", "beacon"),
            expect("1854/1856", "built"),
            expect("1856-10-01", "lit"),
            expect("1903", "lens"),
            expect("1904", "electrif"),
            expect("1940-01?", "destroy"),
            expect("1987", "automat"),
            expect("2002/..", "lodge"),
        ),
    ),
    Text(
        "rally-castilla",
        "sports report on a rally race",
        date(2025, 10, 13),
        """\
RALLY

Ortega takes Rally Castilla after final-day duel with Lahtinen

By Marta Quiles
13 October 2025

Sebastián Ortega won Rally Castilla on Sunday, beating Finland's Eero Lahtinen by 4.2
seconds after the last of 17 gravel stages around Burgos.

The rally ran from 10 to 12 October, and the lead changed hands five times. Lahtinen's
hopes looked over when he clipped a bank on Saturday's ninth stage and lost almost 20
seconds, but he clawed back to within a second before the power stage.

It was Ortega's first win since 2019. The Spaniard, 31, made his rally debut around 2013
in a borrowed Clio and joined Ibera Motorsport in 2021. The team confirmed on Wednesday
that he will stay with them next season.

The championship finale is scheduled for 21-23 November in Seville.

Final classification
1. S. Ortega (ESP)     Ibera Motorsport      2:51:07.4
2. E. Lahtinen (FIN)   Nordic Rally Team     +4.2
3. J. Almeida (POR)    Atlântico Racing      +1:12.8
""",
        (
            expect("2025-10-12", "won"),
            expect("2025-10-10/2025-10-12", "rally"),
            expect("2025-10-11", "clip"),
            expect("2013~", "debut"),
            expect("2021", "join"),
            expect("2025-10-08", "confirm"),
            expect("2025-11-21/2025-11-23", "finale", planned=True),
        ),
    ),
    Text(
        "havlik-glass-history",
        "company history of a glassworks (About us page)",
        None,
        """\
Havlík Glass | About us | Our history

Home > About us > Our history

Five generations of glass

Josef Havlík founded our glassworks in 1872 in the village of Kamenický Šenov, in the
hills of northern Bohemia, with a single wood-fired furnace and eleven workers.

In 1898 the works installed its first gas-fired furnace, and the first cut-crystal
goblets were exported to Vienna around 1905. The company was nationalised in 1948 and
became part of a state glass combine. In 1991 Josef's great-grandson, Tomáš Havlík,
bought the works back from the state.

We opened a new cutting hall on 14 September 2009, doubling our capacity, and since 2015
we have supplied chandeliers to hotels and opera houses in more than thirty countries.

Our new visitor centre, with a working furnace and a museum of the Havlík pattern books,
will open on 1 April 2026.

Visit us: guided factory tours run every Saturday at 10:00.

© 2025 Havlík Glass s.r.o. · Privacy · Cookies · Contact
""",
        (
            expect("1872", "found"),
            expect("1898", "furnace"),
            expect("1905~", "export"),
            expect("1948", "nationalis"),
            expect("1991", "bought"),
            expect("2009-09-14", "cutting"),
            expect("2015/..", "suppl"),
            expect("2026-04-01", "visitor", planned=True),
        ),
    ),
    Text(
        "fisheries-inspection-mission",
        "mission summary of a fisheries inspection mission",
        None,
        """\
MISSION SUMMARY

Atlantic Regional Fisheries Commission - Joint Inspection Mission FIM-2024-07
Patrol vessel: FPV Kestrel Bay | Area: ICES divisions VIa and VIb

1. Overview
The mission took place from 3 to 19 September 2024 west of Scotland and around Rockall.
Inspectors from three member states boarded 14 fishing vessels between 5 and 16
September. The previous mission in this area took place around June 2022.

2. Findings
- On 9 September the Spanish-flagged trawler Mar Azul was found using a codend with
  undersized mesh. The catch was documented and the case referred to the flag state.
- The Norwegian longliner Nordkapp probably entered the Rockall closed area on
  12 September; its VMS signal was lost for six hours that day.
- No other infringements were detected. Vessels in the area are inspected every quarter.

3. Follow-up
- All inspection data were transmitted to the Commission by 20 September.
- A follow-up inspection mission is planned for March 2025.

Annex: Inspection forms FIM-2024-07/01 to /14 (not reproduced)
""",
        (
            expect("2024-09-03/2024-09-19", "mission"),
            expect("2024-09-05/2024-09-16", "board"),
            expect("2022-06~", "previous"),
            expect("2024-09-09", "mesh"),
            expect("2024-09-12?", "closed"),
            expect("../2024-09-20", "transmit"),
            expect("2025-03", "follow", planned=True),
        ),
    ),
    Text(
        "selby-flood-barrier",
        "government statement on flood defences",
        date(2026, 2, 6),
        """\
Department for Rivers and Coasts

News story
Selby flood barrier completed ahead of schedule
Published 6 February 2026

The Department confirms that the new tidal flood barrier on the River Ouse at Selby was
completed on 30 January 2026, three weeks ahead of schedule. Construction began in
April 2023.

The barrier protects some 2,400 homes and businesses, including streets that flooded in
November 2000. Residents of all 1,200 homes in the flood zone had been sent evacuation
guidance by 15 January.

Engineers tested the barrier's gates at high tide on Tuesday. The barrier is inspected
every month by the Ouse River Board.

Since 2020 the government has invested £410 million in flood defences along the Ouse and
its tributaries. River levels this winter were the highest since 2015.

The Minister for Flood Resilience, Priya Sandhu, will visit the site on 12 February.

Press office
Email: press@rivers-coasts.example | Telephone: 0300 555 0199
""",
        (
            expect("2026-01-30", "complet"),
            expect("2023-04", "construct"),
            expect("2000-11", "flood"),
            expect("../2026-01-15", "guidance"),
            expect("2026-02-03", "test"),
            expect("2020/..", "invest"),
            expect("2026-02-12", "visit", planned=True),
        ),
    ),
    Text(
        "ghent-events-calendar",
        "HTML page of a city's events calendar",
        date(2025, 5, 28),
        """\
<!DOCTYPE html>
<html lang="en">
<head><title>What's on in June | City of Ghent</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/events">Events</a> |
<a href="/contact">Contact</a></nav>
<main>
<h1>Events calendar: June 2025</h1>
<p class="meta">Last updated 28 May 2025</p>
<h2>Coming up</h2>
<ul>
  <li><strong>7 June</strong> &ndash; The Ghent Harbour Festival will open at the Old
  Docks with a parade of historic boats.</li>
  <li><strong>13&ndash;15 June</strong> &ndash; The Patershol food weekend is scheduled
  to take place in the streets around the Castle of the Counts.</li>
  <li><strong>21 June</strong> &ndash; The city choir will give a free midsummer
  concert in Citadel Park.</li>
  <li><strong>Every Tuesday</strong> &ndash; Guided climbs of the Belfry, 14:00.</li>
</ul>
<h2>Recently</h2>
<p>The renovated Citadel Park bandstand reopened on 17 May, after restoration works
that began in October 2023.</p>
<p>Registration for the Ghent 10K closed yesterday, with 6,500 runners entered.</p>
</main>
<footer>&copy; 2025 City of Ghent &middot; Accessibility &middot; Privacy</footer>
</body>
</html>
""",
        (
            expect("2025-06-07", "harbour", planned=True),
            expect("2025-06-13/2025-06-15", "food", planned=True),
            expect("2025-06-21", "concert", planned=True),
            expect("2025-05-17", "reopen"),
            expect("2023-10", "restoration"),
            expect("2025-05-27", "registration"),
        ),
    ),
    Text(
        "judge-doyle-obituary",
        "obituary of a judge",
        date(2025, 8, 18),
        """\
Obituaries

Margaret Doyle, judge, 1939-2025

A High Court judge who brought plain speech to the bench

By Tom Harlan
Monday 18 August 2025

Margaret Doyle, who has died aged 86, spent almost a quarter of a century as a judge and
was known for judgments that a farmer could read in one sitting. She died on 9 August at
her home in Galway.

Born in Sligo on 23 March 1939, the daughter of a schoolteacher, she was called to the
bar in 1962, one of four women in her year. She was appointed to the Circuit Court in
1985 and to the High Court the following year, where she sat until she retired in 2009.

She married the barrister Owen Doyle, who died about 2004. She is survived by their two
sons and five grandchildren.

Her funeral will take place on Thursday at St Nicholas' Collegiate Church, Galway.

Margaret Ellen Doyle, judge, born 23 March 1939; died 9 August 2025
""",
        (
            expect("2025-08-09", "died"),
            expect("1939-03-23", "born"),
            expect("1962", "bar"),
            expect("1985", "circuit"),
            expect("1986", "high"),
            expect("2009", "retir"),
            expect("2004~", "owen"),
            expect("2025-08-21", "funeral", planned=True),
        ),
    ),
    Text(
        "westfield-board-minutes",
        "school board minutes",
        None,
        """\
WESTFIELD UNIFIED SCHOOL DISTRICT
Board of Education - Minutes of the Regular Meeting
Tuesday, November 18, 2025 - 6:30 p.m. - District Office Board Room

Present: L. Okafor (President), D. Brandt, M. Castillo, R. Singh, T. Wu
Also present: Dr. A. Reyes, Superintendent

1. CALL TO ORDER
President Okafor called the meeting to order at 6:32 p.m.

2. APPROVAL OF MINUTES
The minutes of the previous regular meeting were approved 5-0.

3. SUPERINTENDENT'S REPORT
Dr. Reyes reported that the new roof at Lincoln Elementary was completed on November 7.
Enrollment is the highest since 2016.

4. FACILITIES
The Board approved a $3.2 million contract with Mesa Builders, which built the district
office in 2012, to rebuild the Hillcrest Middle School gym. Work is to begin on January
12, 2026. During public comment, a parent noted that the gym has been closed since March
2024.

5. CALENDAR
The Board confirmed that winter break will run from December 22, 2025 to January 2, 2026.

6. NEXT MEETING
The next regular meeting will be held on December 16, 2025.

7. ADJOURNMENT
The meeting was adjourned at 8:14 p.m.
""",
        (
            expect("2025-11-07", "roof"),
            expect("2012", "office"),
            expect("2026-01-12", "work", planned=True),
            expect("2024-03/..", "closed"),
            expect("2025-12-22/2026-01-02", "break", planned=True),
            expect("2025-12-16", "meeting", planned=True),
        ),
    ),
    Text(
        "waterbridge-drought-release",
        "NGO press release with notes to editors",
        date(2025, 3, 4),
        """\
WaterBridge Alliance

PRESS RELEASE
Nairobi, 4 March 2025
EMBARGOED until 00:01 EAT, Wednesday 5 March 2025

Drought leaves 1.2 million people without safe water in northern Kenya

More than 1.2 million people in northern Kenya no longer have a safe source of drinking
water, WaterBridge Alliance warned, as the drought in Marsabit County deepens.

The county government declared a drought emergency on or about 20 January. WaterBridge
began trucking water to Marsabit on 10 February and now reaches some 80 villages a week.

Boreholes the charity drilled in 2017, 2019 and 2021 have all run dry, said programme
director Wanjiru Kamau. "Families are walking six hours for water that is not safe."

WaterBridge will launch an emergency appeal on 12 March.

ENDS

Notes to editors
1. WaterBridge Alliance was founded in 1998 and has worked in Kenya since 2003.
2. Spokespeople are available for interview in Nairobi and Marsabit.
3. Media contact: Peter Otieno, press@waterbridge.example, +254 700 000 000
""",
        (
            expect("2025-01-20~", "emergency"),
            expect("2025-02-10", "truck"),
            expect("2017", "drill"),
            expect("2019", "drill"),
            expect("2021", "drill"),
            expect("2025-03-12", "appeal", planned=True),
            expect("1998", "found"),
            expect("2003/..", "kenya"),
        ),
    ),
    Text(
        "salt-road-review",
        "book review mentioning a historical chronology",
        None,
        """\
Books

Carts, tolls and white gold

The Salt Road: A History of the Solbruck Carters, by Ilse Varga
Harwick Press, 352pp, £25

Reviewed by Ruth Pemberton

Ilse Varga, who became professor of economic history at the University of Graz in 2008,
has written a patient, often gripping account of the men who hauled salt from the mines
of Solbruck over the Alps. Her chronology is careful about what the sources can bear.

The carters' guild was founded c. 1368, she argues, long before any document names it.
The first recorded convoy probably set out in 1412, though the only evidence is a single
toll receipt. The guild received its charter from the archbishop on 2 May 1447, and a
fire destroyed its archive in 1688, which is why the middle chapters lean so heavily on
tax rolls.

By 1790, Varga shows, the route had been abandoned in favour of river barges.

Readers of her 2015 study of Danube tolls will recognise the method; newcomers may find
the appendix of toll tariffs hard going. But this is history written with the sources
laid out on the table, and it is the better for it.
""",
        (
            expect("2008", "professor"),
            expect("1368~", "found"),
            expect("1412?", "convoy"),
            expect("1447-05-02", "charter"),
            expect("1688", "fire"),
            expect("../1790", "abandon"),
        ),
    ),
    Text(
        "veldavia-passport-notice",
        "consular notice on passport renewals",
        date(2025, 6, 2),
        """\
Consulate of the Republic of Veldavia in Lyon

NOTICE TO VELDAVIAN CITIZENS: PASSPORT RENEWALS
Posted: Monday 2 June 2025

1. On 14 April 2025 the Consulate moved passport renewal applications to an online
portal. Paper forms are no longer processed.

2. The new appointment system for collecting passports went live last Thursday. Book
your slot at least ten days in advance.

3. The mobile consular service will visit Grenoble on 24 and 25 June. Applicants there
must bring their old passport and two photographs.

4. The Consulate will be closed on 14 July.

5. Passports issued before 2012 do not have a chip and must be renewed before travel to
countries that require biometric documents.

The Consulate opened its Lyon office in 1994 and serves Veldavian citizens throughout
the Auvergne-Rhône-Alpes region.

Opening hours: Monday to Friday, 9:00-12:30 (by appointment only).
""",
        (
            expect("2025-04-14", "portal"),
            expect("2025-05-29", "appointment"),
            expect("2025-06-24", "grenoble", planned=True),
            expect("2025-06-25", "grenoble", planned=True),
            expect("2025-07-14", "closed", planned=True),
            expect("1994", "open"),
        ),
    ),
    Text(
        "marigold-log",
        "ship's log style diary",
        None,
        """\
MARIGOLD - log of passage, Falmouth to the Azores

Sat 3 May 2025
0640 slipped mooring and left Falmouth. Wind W 3, sea slight. Crew: self, Hannah, Pete.

Mon 5 May
Dolphins alongside for an hour around noon. Wind SW 5. Pete still green but eating.

Wed 7 May
Engine would not start for charging. Hannah traced it to a blocked fuel filter, which
was probably last changed in 2023. Fitted the spare. Note: buy two more in Horta.

Fri 9 May
Halfway by dead reckoning. Flew the cruising chute all afternoon. Barometer steady.

Wed 14 May
Arrived Horta 1530 after eleven days at sea. Last sailed into Horta c. 2011, with Dad,
in the old boat. The marina office says we will haul out on 20 May for antifouling.
""",
        (
            expect("2025-05-03", "falmouth"),
            expect("2025-05-05", "dolphin"),
            expect("2025-05-07", "engine"),
            expect("2023?", "filter"),
            expect("2025-05-09", "halfway"),
            expect("2025-05-14", "arriv"),
            expect("2011~", "sail"),
            expect("2025-05-20", "haul", planned=True),
        ),
    ),
    Text(
        "melis-coach-interview",
        "interview with a coach (Q/A)",
        date(2026, 1, 22),
        """\
SPORT | VOLLEYBALL

"We play for the whole valley": ten minutes with Franca Melis

Thursday 22 January 2026

Franca Melis took charge of Valsugana Volley in June 2023 and led the club, founded in
1978, to promotion at the first attempt. We met her after training in Borgo Valsugana.

Q: When did you start coaching?
A: Around 1998, with an under-14 team in my village. Before that I played in Serie A1
from 1989 to 1996, mostly as a setter.

Q: The team lost 3-1 to Padova on Saturday. What happened?
A: We served badly and we missed Giulia. Our captain, Giulia Ferri, has been injured
since 28 December, and you cannot replace that kind of player in a month.

Q: What is the routine now?
A: Video every Monday morning, then the gym. Nothing magic.

Q: The derby with Trento is scheduled for 7 February. Is it circled on the calendar?
A: Of course. The crowd at our last home derby was the biggest the hall has seen since
2011. I want that again.
""",
        (
            expect("2023-06", "charge"),
            expect("1978", "found"),
            expect("1998~", "coach"),
            expect("1989/1996", "play"),
            expect("2026-01-17", "lost"),
            expect("2025-12-28/..", "injur"),
            expect("2026-02-07", "derby", planned=True),
        ),
    ),
    Text(
        "changelog-md",
        "software changelog",
        None,
        """\
# Changelog

All notable changes to this project are documented in this file.
The format is based on Keep a Changelog, and this project adheres to Semantic Versioning.

## [Unreleased]

- Version 2.5.0 is scheduled for release on 15 December 2025.
- Version 3.0.0, which drops the old INI configuration format, is expected in March 2026.

## [2.4.1] - 2025-11-03

### Fixed
- Crash when an input file is empty (#412).

## [2.4.0] - 2025-10-14

### Security
- Fixed a path traversal in archive extraction (CVE-2025-41873), reported to the
  maintainers on or about 2 October 2025.

### Added
- `--since` option to filter records by date.

## [2.3.0] - 2025-06-30

### Changed
- Minimum supported Python version is now 3.10.

## [1.0.0] - 2021-02-08

- 1.0.0 is the first stable release.
""",
        (
            expect("2025-12-15", "2.5.0", planned=True),
            expect("2026-03", "3.0.0", planned=True),
            expect("2025-11-03", "2.4.1"),
            expect("2025-10-14", "2.4.0"),
            expect("2025-10-02~", "traversal"),
            expect("2025-06-30", "2.3.0"),
            expect("2021-02-08", "1.0.0"),
        ),
    ),
    Text(
        "tarn-railway-explainer",
        "explainer with a timeline box",
        date(2025, 9, 10),
        """\
EXPLAINER

Why is the Tarn Valley railway so late?

By Claire Moreau | 10 September 2025

The 62km line between Albi and Millau was meant to cut the journey to two hours. It is
now expected to open to passengers in December 2027, and its cost has risen by about 40%.
Here is what went wrong.

The tunnel. Boring under the Causse stopped for roughly eight months after a partial
collapse on 3 March 2023 injured two workers. Engineers had warned about the limestone
in 2019, according to documents seen by this newspaper.

The money. The regional council has demanded monthly progress reports from the
contractor since July 2024.

What next? Track laying is scheduled to start in January 2026.

TIMELINE
2016          Government approves the line
Sept 2018     Construction begins
3 Mar 2023    Tunnel collapse halts boring
c. Nov 2023   Tunnelling resumes
Jan 2026      Track laying due to start
Dec 2027      Planned opening
""",
        (
            expect("2027-12", "open", planned=True),
            expect("2023-03-03", "collapse"),
            expect("2019", "warn"),
            expect("2024-07/..", "report"),
            expect("2026-01", "track", planned=True),
            expect("2016", "approv"),
            expect("2018-09", "construct"),
            expect("2023-11~", "resum"),
        ),
    ),
    Text(
        "fisheries-bill-debate",
        "parliamentary debate summary",
        date(2025, 11, 12),
        """\
HOUSE OF ASSEMBLY
Debate summary - Sitting of Wednesday 12 November 2025

FISHERIES (AMENDMENT) BILL 2025 - SECOND READING

The Minister for Marine Resources, Hon. Keisha Marlowe, moved the second reading. She
reminded the House that the Bill was first introduced on 8 October and said it would
take effect on 1 April 2026 if passed. The quota system it reforms has been in force
since 1997. The last full stock survey, she said, was probably carried out in 2022.

For the Opposition, Hon. Dwight Carrow said reef fish stocks were at their lowest level
since 2009. He recalled that a similar bill lapsed in June 2019 when Parliament was
dissolved, and asked why the Government had waited six years.

Hon. Marlowe replied that the Select Committee on Natural Resources had held public
hearings on the Bill from 20 to 24 October.

The debate was adjourned. It is to resume on Tuesday.

Members present: 27 | Divisions: none
""",
        (
            expect("2025-10-08", "introduc"),
            expect("2026-04-01", "effect", planned=True),
            expect("1997/..", "quota"),
            expect("2022?", "survey"),
            expect("2019-06", "lapse"),
            expect("2025-10-20/2025-10-24", "hearing"),
            expect("2025-11-18", "resum", planned=True),
        ),
    ),
    Text(
        "highlands-weekly-digest",
        "weekly regional news digest",
        date(2025, 6, 20),
        """\
THE WEEK IN THE HIGHLANDS
Your regional round-up | Friday 20 June 2025

INVERNESS - The new bridge on the A96 bypass opened to traffic on Monday, a year later
than first promised.

FORT WILLIAM - Glen Ardrish Distillery announced on Tuesday that it will open a visitor
centre in August 2026, creating 25 jobs.

DINGWALL - The community hospital's new day-surgery wing took its first patients on
2 June.

PORTREE - A steering fault on the ferry Hebridean Isle disrupted sailings to Raasay from
11 to 13 June.

AVIEMORE - Police are appealing for information about a hillwalker from Perth, who was
last seen on or about 14 June near the Cairn Gorm car park.

WICK - The town's lifeboat station, which has operated from the harbour since 1848, is
raising funds for a new all-weather boat.

WEATHER - Rainfall this spring was the lowest since 1995.

Market day in Dingwall is every Wednesday. Send your news to digest@highlandweek.example.
""",
        (
            expect("2025-06-16", "bridge"),
            expect("2025-06-17", "announc"),
            expect("2026-08", "visitor", planned=True),
            expect("2025-06-02", "surgery"),
            expect("2025-06-11/2025-06-13", "disrupt"),
            expect("2025-06-14~", "seen"),
            expect("1848/..", "lifeboat"),
        ),
    ),
)
