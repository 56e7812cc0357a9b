"""A forty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a mine
rescue, an airline's press release, a labour tribunal's judgment, an encyclopedia history of a
university, a chess olympiad report, a brewery's history as an HTML list, a peacekeeping patrol
summary, a census statement, a gardener's HTML blog, a composer's biography, a treaty status
page, a road closure notice, a call for papers, a parish newsletter, a grant announcement, a
hostage crisis factbox, a helicopter accident report, a space probe status page, a newspaper
correction and a nurse's memoir). The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events, and so are comparisons, habits, dates inside names, dates a correction
withdraws, and the publication lines themselves.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYEIGHTH_CORPUS",)

FORTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kenzhe_mine_rescue",
        "wire story with a dateline (a mine rescue)",
        date(2025, 3, 14),
        """KARAGANDA, Kazakhstan, March 14 (Steppe Wire) - Rescuers on Friday brought the last of
eleven trapped miners to the surface at the Kenzhe shaft, three days after a roof collapse
sealed them in a gallery 600 metres underground.

The collapse happened early on Tuesday during a shift change, the emergencies ministry said.
Two of the men were flown to a hospital in Astana and are expected to be discharged on Monday.

It was the worst accident in the coal basin since 2006.

The Kenzhe shaft was sunk in 1962 and has been run by Borlyn Coal since 2019. Smaller
roof falls were recorded there in 2017 and 2021, according to regional inspection files.

Labour inspectors will begin a full audit of the shaft on March 20, a ministry spokeswoman
said, and coal production is unlikely to resume before the audit ends.

(Reporting by Dana Seitova; Editing by Mark Hollis)
""",
        (
            expect("2025-03-14", "miner"),
            expect("2025-03-11", "collapse"),
            expect("2025-03-17", "discharg", planned=True),
            expect("1962", "sunk"),
            expect("2019/..", "borlyn"),
            expect("2017", "roof"),
            expect("2021", "roof"),
            expect("2025-03-20", "audit", planned=True),
        ),
    ),
    Text(
        "nordvik_air_route",
        "press release of a regional airline",
        None,
        """PRESS RELEASE

Nordvik Air to link Tromsø and Oulu, confirms fleet renewal

BODØ, Norway - 9 September 2024 - Nordvik Air, the regional carrier based in Bodø, is to
open a route between Tromsø and Oulu. The first flight is scheduled for 27 October 2024, with
four weekly rotations through the winter timetable.

The airline took delivery of its first ATR 72-600 on 3 June 2024 and will receive two more
aircraft by March 2025 at the latest. Its Dash 8 turboprops, in service since 1998, are to be
retired in 2026.

"Passenger numbers in August were the highest since 2019," said chief executive Ingrid
Solheim, who joined the company in 2017. Nordvik Air was founded in 1987 as an
air-ambulance operator and now flies to 14 destinations.

Flights on the new route depart every Monday, Wednesday, Friday and Sunday.

Media contact: press@nordvikair.example | +47 755 00 000

###
""",
        (
            expect("2024-10-27", "flight", planned=True),
            expect("2024-06-03", "deliver"),
            expect("../2025-03", "aircraft", planned=True),
            expect("1998/..", "dash"),
            expect("2026", "retir", planned=True),
            expect("2017", "solheim"),
            expect("1987", "found"),
        ),
    ),
    Text(
        "caddell_v_firthside",
        "court opinion of a labour tribunal",
        None,
        """EMPLOYMENT TRIBUNALS (SCOTLAND)

Case No: 4102215/2023

Claimant: Ms R Caddell
Respondent: Firthside Logistics Ltd

JUDGMENT OF THE EMPLOYMENT TRIBUNAL

1. The claimant was taken on as a warehouse supervisor on 14 August 2016. She was dismissed
by the respondent on 22 May 2023, the stated reason being redundancy.

2. On or about 10 January 2023 the claimant raised a written grievance about the allocation
of night shifts. The respondent did not hold a grievance meeting until 2 March.

3. The claimant presented her claim to the tribunal on 28 July 2023. The claim was heard in
Glasgow from 4 to 6 March 2024.

4. The tribunal finds that the dismissal was unfair. The respondent is to pay the compensation
set out below no later than 30 April 2024. A remedy hearing on pension loss, if one is still
needed, is to be listed in May 2024.

Employment Judge A Lindqvist
""",
        (
            expect("2016-08-14", "supervisor"),
            expect("2023-05-22", "dismiss"),
            expect("2023-01-10~", "grievance"),
            expect("2023-03-02", "meeting"),
            expect("2023-07-28", "claim"),
            expect("2024-03-04/2024-03-06", "heard"),
            expect("../2024-04-30", "compensation", planned=True),
            expect("2024-05", "remedy", planned=True),
        ),
    ),
    Text(
        "harrowgate_university",
        "encyclopedia history of a university",
        None,
        """Harrowgate University

History

Harrowgate University traces its origins to the Harrowgate Mechanics' Institute, founded
c. 1846 by a group of mill owners in the West Riding. The institute received its own royal
charter on 17 June 1958 and took the name Harrowgate University.

Women were admitted to all courses from 1919 onwards. The main library, the Brackley
Building, was completed in 1931. A medical school opened in 1966, followed by a
school of architecture the following year.

Since 1992 the university has been a member of the Northern Consortium of research
universities. Its student body, about 24,000 in 2020, is the largest it has had since the
1970s.

A new campus at Kirkstall is planned to open in 2028.

See also
* List of universities in England
* Education Act 1944
""",
        (
            expect("1846~", "found"),
            expect("1958-06-17", "charter"),
            expect("1919/..", "women"),
            expect("1931", "library"),
            expect("1966", "medical"),
            expect("1967", "architecture"),
            expect("1992/..", "consortium"),
            expect("2028", "kirkstall", planned=True),
        ),
    ),
    Text(
        "tashkent_chess_olympiad",
        "sports report on a chess olympiad",
        date(2026, 9, 22),
        """CHESS | OLYMPIAD

Uzbekistan retain open title as India take women's gold

By Pavel Renko

Uzbekistan won the open section of the Chess Olympiad for the second time on Monday, drawing
2-2 with Armenia in the eleventh and final round to finish a match point clear of the field.
Their only previous title came in 2018. The national federation, set up in 1992, has
produced nine grandmasters in the last decade.

The women's section had been decided a round earlier, on Sunday, when India beat Poland
3.5-0.5 with a game to spare.

The Olympiad opened on 9 September with 190 teams, the biggest entry since 2016. Top seeds
Norway lost to Peru on 12 September and never recovered.

The next Olympiad is to be held in Samarkand in 2028, and FIDE's general assembly will vote
on the 2030 host on 30 September.
""",
        (
            expect("2026-09-21", "uzbekistan"),
            expect("2018", "title"),
            expect("1992", "federation"),
            expect("2026-09-20", "india"),
            expect("2026-09-09", "open"),
            expect("2026-09-12", "norway"),
            expect("2028", "samarkand", planned=True),
            expect("2026-09-30", "vote", planned=True),
        ),
    ),
    Text(
        "feldmeier_brewery",
        "company history of a brewery (HTML list)",
        None,
        """<section id="history">
<h2>Our story</h2>
<ul>
  <li><strong>1872</strong> &ndash; Jakob Feldmeier opens a small brewhouse behind his inn
  in Bamberg.</li>
  <li><strong>c. 1890</strong> &ndash; The first lager cellar is dug into the
  Stephansberg.</li>
  <li><strong>1923</strong> &ndash; Feldmeier Br&auml;u registers the
  &ldquo;Rauchgold&rdquo; trademark; exports to Austria begin the following year.</li>
  <li><strong>1945&ndash;1949</strong> &ndash; Brewing stops while the war-damaged
  brewhouse is rebuilt.</li>
  <li><strong>1 July 1998</strong> &ndash; The fifth generation, Anna and Lukas Feldmeier,
  take over the business.</li>
  <li><strong>Since 2011</strong> &ndash; All our beers are brewed with organic barley from
  Franconian farms.</li>
  <li><strong>2025</strong> &ndash; A new visitor centre is scheduled to open in May.</li>
</ul>
<p>Our taproom is open every Friday and Saturday from 4 pm.</p>
<p class="small">&copy; 2024 Feldmeier Br&auml;u GmbH &middot; Impressum</p>
</section>
""",
        (
            expect("1872", "brewhouse"),
            expect("1890~", "cellar"),
            expect("1923", "trademark"),
            expect("1924", "export"),
            expect("1945/1949", "rebuil"),
            expect("1998-07-01", "over"),
            expect("2011/..", "organic"),
            expect("2025-05", "visitor", planned=True),
        ),
    ),
    Text(
        "sector_west_patrol",
        "mission summary of a peacekeeping patrol",
        None,
        """UNITED NATIONS INTERIM FORCE - SECTOR WEST
PATROL MISSION SUMMARY | Ref: SW/PAT/0417 | UNCLASSIFIED

Unit: GHANBATT 2, Alpha Company
Period covered: 14-16 April 2025

1. A mounted patrol of 28 personnel departed Camp Dorval on 14 April 2025 for the villages
of Ain Tala and Kfar Hamid.

2. On 15 April the patrol was stopped at an unofficial checkpoint north of Ain Tala and was
allowed through after 40 minutes. The checkpoint was first observed by UN patrols on or about
2 March.

3. Village elders reported that the water pipeline to Kfar Hamid had been damaged, possibly
on 9 April. The village clinic, closed since January 2024, has not reopened.

4. The patrol returned to Camp Dorval on 16 April without further incident.

5. A joint visit with the district water engineer is planned for 2 May 2025.

Note: patrols to Kfar Hamid are conducted every Thursday.

Distribution: Sector HQ, J3 Ops, CIMIC
""",
        (
            expect("2025-04-14", "depart"),
            expect("2025-04-15", "stop"),
            expect("2025-03-02~", "observ"),
            expect("2025-04-09?", "pipeline"),
            expect("2024-01/..", "clinic"),
            expect("2025-04-16", "return"),
            expect("2025-05-02", "visit", planned=True),
        ),
    ),
    Text(
        "census_first_results",
        "government statement on a census",
        date(2025, 11, 3),
        """NATIONAL STATISTICS AGENCY
Statement by the Minister of Planning

Windhoek, 3 November 2025

The Ministry confirms that the first results of the 2023 Population and Housing Census were
published last Thursday. The census commission, appointed in March 2022, carried out
fieldwork from 24 September to 15 October 2023 with more than 9,000 enumerators.

The count put the population at roughly 3.0 million, the fastest growth recorded since 2001.
The previous census was held in 2011.

Regional tables will be released on 12 December 2025, and the full analytical report is
expected by June 2026 at the latest. All work is carried out under the Statistics Act, in
force since 2015, which protects the confidentiality of every household.

The Agency publishes a statistical bulletin every quarter.

Issued by the Office of the Minister. Enquiries: info@nsa.example
""",
        (
            expect("2025-10-30", "result"),
            expect("2022-03", "commission"),
            expect("2023-09-24/2023-10-15", "fieldwork"),
            expect("2011", "census"),
            expect("2025-12-12", "regional", planned=True),
            expect("../2026-06", "report", planned=True),
            expect("2015/..", "act"),
        ),
    ),
    Text(
        "allotment_leek_diary",
        "HTML blog of a gardener with dated entries",
        None,
        """<article class="post">
<h1>Allotment diary: the leek bed</h1>
<p class="meta">Posted by Hester at 19:42 &middot; 14 comments</p>

<h3>Saturday 8 March 2025</h3>
<p>Sowed leeks ('Musselburgh') in modules in the cold frame. Last year I sowed them around
20 March and they were still pencil-thin by autumn.</p>

<h3>Sunday 6 April 2025</h3>
<p>Pricked out the seedlings. The frame lid has been propped open during the day since
Tuesday, and nothing has wilted.</p>

<h3>Wednesday 14 May 2025</h3>
<p>Planted out sixty leeks into dibbed holes and puddled them in. I will probably lift the
first ones in October. Rust hit the whole site in 2022 and again in 2023, so the leeks have
moved to the far bed this time.</p>
</article>
<footer>&laquo; Older posts &middot; &copy; Hester's Plot</footer>
""",
        (
            expect("2025-03-08", "sow"),
            expect("2024-03-20~", "sow"),
            expect("2025-04-01/..", "frame"),
            expect("2025-05-14", "plant"),
            expect("2025-10?", "lift", planned=True),
            expect("2022", "rust"),
            expect("2023", "rust"),
        ),
    ),
    Text(
        "varga_mortensen_biography",
        "biography of a composer",
        None,
        """Ilse Varga-Mortensen was a Danish-Hungarian composer and teacher of composition.

Early life
Born in Szeged, she entered the Budapest Academy of Music in about 1928, where she studied
piano and counterpoint. She moved to Copenhagen in 1936 and married the cellist Erik
Mortensen the following year.

Career
Her first symphony was premiered on 11 March 1946 by the Zealand Radio Orchestra. Her only
opera, Havfruen, was possibly completed in 1958 but was not staged until 1972, at the Aarhus
Theatre. From 1962 onwards she taught composition at the Royal Conservatory, where her
students included several leading Danish composers of the next generation.

Death and legacy
She died in Aarhus on 30 October 1987. A prize for young composers bears her name and is
awarded every autumn.
""",
        (
            expect("1928~", "academy"),
            expect("1936", "copenhagen"),
            expect("1937", "married"),
            expect("1946-03-11", "symphony"),
            expect("1958?", "complet"),
            expect("1972", "staged"),
            expect("1962/..", "taught"),
            expect("1987-10-30", "died"),
        ),
    ),
    Text(
        "alpine_watercourses_status",
        "treaty ratification status page",
        None,
        """Convention on the Protection of Alpine Watercourses
Status of ratification

Adopted and opened for signature at Ljubljana on 18 May 2019. Entered into force on 1 January
2022 in accordance with Article 21.

| State       | Signature   | Ratification / Accession |
|-------------|-------------|--------------------------|
| Austria     | 18 May 2019 | 3 Feb 2021               |
| Slovenia    | 18 May 2019 | 29 Sep 2020              |
| Switzerland | 18 May 2019 | -                        |
| Italy       | 2 Oct 2019  | 14 Jul 2023              |

Notes
- Switzerland is expected to ratify by the end of 2026.
- Liechtenstein deposited an instrument of accession on or about 12 March 2024; the
  depositary has not yet confirmed the exact date.
- This table is revised every quarter.

Last updated: 30 June 2025
""",
        (
            expect("2019-05-18", "sign"),
            expect("2022-01-01", "force"),
            expect("2021-02-03", "austria"),
            expect("2020-09-29", "slovenia"),
            expect("2019-10-02", "italy"),
            expect("2023-07-14", "italy"),
            expect("../2026", "switzerland", planned=True),
            expect("2024-03-12~", "liechtenstein"),
        ),
    ),
    Text(
        "r417_road_closure",
        "road closure notice",
        date(2025, 8, 15),
        """ROAD CLOSURE NOTICE
Kilbride County Council - Roads Department
Issued: Friday 15 August 2025

R417 BALLYCONNELL ROAD (Main Street to Derrylin Cross)

The R417 will be closed to all traffic from 07:00 on Monday 25 August until 19:00 on Friday
29 August 2025 to allow resurfacing works. A signed diversion via the L5203 will be in place.
Access for residents and emergency vehicles will be maintained at all times.

Preparatory drainage works began on Tuesday and are expected to finish by 22 August at the
latest. This section was last resurfaced in 2009 and has been subject to a 50 km/h
limit since March 2023.

Should the works overrun, the road will reopen no later than Monday 1 September.

Bin collections on Main Street (every Wednesday) are not affected.

Queries: roads@kilbride.example | Ref. RC-2025-118
""",
        (
            expect("2025-08-25/2025-08-29", "clos", planned=True),
            expect("2025-08-12", "drainage"),
            expect("../2025-08-22", "finish", planned=True),
            expect("2009", "resurfac"),
            expect("2023-03/..", "limit"),
            expect("../2025-09-01", "reopen", planned=True),
        ),
    ),
    Text(
        "cosa_call_for_papers",
        "conference call for papers",
        None,
        """CALL FOR PAPERS

9th International Workshop on Coastal Sediment Archives (CoSA 2026)
Gdansk, Poland

The workshop will take place at the University of Gdansk from 8 to 10 June 2026. The series
was first held in Kiel in 2010, and the 8th workshop met in Bergen in 2024.

We invite abstracts on sediment cores, storm deposits, dating methods and coastal change.

Important dates
* Abstract deadline: 15 January 2026 (23:59 AoE)
* Notification of acceptance: by 28 February 2026
* Early registration closes: 31 March 2026

A special issue of the journal Baltic Geoscience is planned for about December 2026.

Organising committee: M. Zielinska (chair), J. Haugen, T. Okafor
Contact: cosa2026@ug.example
""",
        (
            expect("2026-06-08/2026-06-10", "workshop", planned=True),
            expect("2010", "kiel"),
            expect("2024", "bergen"),
            expect("2026-01-15", "abstract", planned=True),
            expect("../2026-02-28", "notification", planned=True),
            expect("2026-03-31", "registration", planned=True),
            expect("2026-12~", "special", planned=True),
        ),
    ),
    Text(
        "st_brendans_newsletter",
        "parish newsletter",
        date(2025, 10, 5),
        """ST BRENDAN'S PARISH NEWS
Sunday 5 October 2025

From the Parish Priest
Thank you to everyone who came to the harvest supper on Saturday 27 September - we raised
£1,240 for the roof fund. The roof was last repaired in 1985, and the scaffolding will
go up on Monday 13 October. The builders expect to finish by the end of November.

Confirmation
Bishop Keane will confirm 23 young people of the parish on Saturday 18 October at the 11am
Mass.

Please pray
for Margaret Dolan, who died on Monday, and for all whose anniversaries occur at this time.

Twinning
Our parish has been twinned with St Kizito's, Jinja, since 2004.

Mass times: Saturday vigil 6pm; Sunday 9am and 11am. Rosary every Tuesday after morning Mass.
Parish office: Tue & Thu 10am-1pm
""",
        (
            expect("2025-09-27", "supper"),
            expect("1985", "repair"),
            expect("2025-10-13", "scaffold", planned=True),
            expect("../2025-11", "finish", planned=True),
            expect("2025-10-18", "confirm", planned=True),
            expect("2025-09-29", "dolan"),
            expect("2004/..", "twin"),
        ),
    ),
    Text(
        "deepvir_grant",
        "research grant award announcement",
        date(2025, 2, 12),
        """NEWS | RESEARCH

Marine microbiologists win EUR 2.4m to study deep-sea viruses

Published 12 February 2025

The Hjort Institute for Marine Microbiology in Bergen has been awarded EUR 2.4 million by the
Nordic Research Council for a five-year project on viruses in deep-sea sediments. The award
was confirmed on Monday.

The project, DEEPVIR, is scheduled to start on 1 April 2025, and its final report is due by
31 March 2030. It builds on sediment cores collected on a cruise of the research vessel
Kronprins Olav from 3 to 21 June 2023. A first cruise for the new project is expected to take
place in about September 2025.

Principal investigator Dr Sunniva Aas joined the institute in 2016. The institute, founded
in 1979, says this is the largest single grant it has received since 2008. The council funds
around 40 such projects each year.
""",
        (
            expect("2025-02-10", "award"),
            expect("2025-04-01", "start", planned=True),
            expect("../2030-03-31", "report", planned=True),
            expect("2023-06-03/2023-06-21", "core"),
            expect("2025-09~", "cruise", planned=True),
            expect("2016", "aas"),
            expect("1979", "found"),
        ),
    ),
    Text(
        "karsu_terminal_factbox",
        "factbox timeline of a hostage crisis",
        date(2024, 11, 5),
        """FACTBOX-Key events in the Karsu oil terminal hostage crisis

(Meridian News) - Security forces have retaken the Karsu oil terminal on the Gulf of Guinea
coast, ending a month-long hostage crisis. The terminal, in operation since 1994, was the
scene of the worst attack on an energy site in the region since 2013. Key events:

Oct 2, 2024 - About 30 gunmen storm the terminal and seize 41 workers, nine of them foreign.

Oct 4 - The kidnappers demand the release of detained militants and a ransom.

Around Oct 10 - Two hostages escape through the pipeline yard and reach a navy patrol.

Oct 17 - Negotiators begin talks with the kidnappers through local elders.

Oct 24 - Twenty-eight hostages are released after the talks.

Nov 1 - Security forces retake the terminal; eleven remaining hostages are freed.

Production is expected to resume no later than Dec 15, the operator said.

(Compiled by Meridian News desk)
""",
        (
            expect("1994/..", "operation"),
            expect("2024-10-02", "storm"),
            expect("2024-10-04", "demand"),
            expect("2024-10-10~", "escape"),
            expect("2024-10-17", "talks"),
            expect("2024-10-24", "releas"),
            expect("2024-11-01", "retake"),
            expect("../2024-12-15", "production", planned=True),
        ),
    ),
    Text(
        "oh_hvk_accident_report",
        "accident investigation report on a helicopter",
        None,
        """AIR ACCIDENT INVESTIGATION BOARD
Final Report AIB-H/2023/07

Accident to an Airbus H135, registration OH-HVK, near Kuopio

1. Synopsis
On 17 January 2023 at 15:40 local time the helicopter, on an air ambulance flight, made a
hard landing in snow-covered terrain after the crew lost visual references in whiteout. The
three occupants sustained minor injuries.

2. Aircraft information
The helicopter was manufactured in 2012 and had been operated by Nordhelix Oy since May 2018.
Its tail rotor gearbox was replaced in 2021. The last scheduled maintenance inspection took
place on or about 2 December 2022.

3. Investigation
The wreckage was recovered on 19 January and taken to the Board's facility. A draft report was
sent to the interested parties on 14 August 2023. Whiteout has been a factor in more
helicopter accidents in Finland than any other weather hazard since 2015.

4. Safety actions
Nordhelix Oy has stated that it will complete whiteout training for all its pilots by
30 June 2024.
""",
        (
            expect("2023-01-17", "landing"),
            expect("2012", "manufactur"),
            expect("2018-05/..", "nordhelix"),
            expect("2021", "gearbox"),
            expect("2022-12-02~", "inspection"),
            expect("2023-01-19", "wreckage"),
            expect("2023-08-14", "draft"),
            expect("../2024-06-30", "training", planned=True),
        ),
    ),
    Text(
        "kestrel_mission_status",
        "space probe mission status page",
        date(2027, 3, 3),
        """KESTREL - Mission status
Last updated: 3 March 2027

Current phase: cruise

Milestones
* Launch: 22 June 2025, from Kourou on an Ariane 6.
* Earth flyby: 14 May 2026, at an altitude of 3,100 km.
* Yesterday the flight team completed the third trajectory correction manoeuvre (TCM-3).

Spacecraft health
Star tracker B has been switched off since 9 January as a precaution; star tracker A is
working normally.

Coming up
* Arrival at asteroid (61873) Halvard is scheduled for 8 October 2027.
* Sample collection is planned for about April 2028.
* The return capsule is expected to land in Australia no later than December 2030.

Ground station passes take place every Tuesday and Friday.
""",
        (
            expect("2025-06-22", "launch"),
            expect("2026-05-14", "flyby"),
            expect("2027-03-02", "correction"),
            expect("2027-01-09/..", "tracker"),
            expect("2027-10-08", "arrival", planned=True),
            expect("2028-04~", "sample", planned=True),
            expect("../2030-12", "capsule", planned=True),
        ),
    ),
    Text(
        "daily_ledger_corrections",
        "newspaper correction notice",
        date(2025, 6, 10),
        """CORRECTIONS AND CLARIFICATIONS

An article about the Holm Street swimming baths, which closed last Sunday, said the baths had
opened in 1938. They opened on 4 May 1936. The article also said that the council voted to
close them in March; the vote took place on 26 February.

A report on the Linton by-election gave the wrong date for the count. Votes will be counted
on Friday 13 June, not on Thursday 12 June as we said.

An obituary of the engineer Rolf Adair, who died on 28 May, said he joined Ferris & Blake in
1971. He joined the firm in about 1969.

We apologise for these errors.

The Readers' Editor can be contacted at corrections@dailyledger.example. Corrections and
clarifications appear every day on page 2.
""",
        (
            expect("2025-06-08", "clos"),
            expect("1936-05-04", "open"),
            expect("2025-02-26", "vote"),
            expect("2025-06-13", "count", planned=True),
            expect("2025-05-28", "died"),
            expect("1969~", "join"),
        ),
    ),
    Text(
        "night_sister_memoir",
        "memoir of a nurse",
        None,
        """Chapter Four: Night Sister

I arrived at the Royal Infirmary in Dundee on a wet Monday, 3 September 1962, with one
suitcase and my mother's fob watch pinned to my coat. Matron Gilchrist, who had been in
charge of the nursing staff since 1948, looked at my shoes before she looked at my face.

I sat my finals in the spring of 1965 and qualified as a state registered nurse on 12 July
1965. The typhoid outbreak came the next year, probably in June 1966, and for three weeks we
slept in the nurses' home in our uniforms.

I married Tam in 1968 and we moved to Aberdeen the following year. I became a night sister
at Foresterhill on 1 March 1974, and I stayed on nights for the rest of my working life. The
old Infirmary in Dundee was demolished in roughly 2001; I did not go back to watch.

Even now I wake at six every morning, ready for the handover.
""",
        (
            expect("1962-09-03", "arriv"),
            expect("1948/..", "gilchrist"),
            expect("1965-07-12", "qualif"),
            expect("1966-06?", "typhoid"),
            expect("1968", "married"),
            expect("1969", "aberdeen"),
            expect("1974-03-01", "sister"),
            expect("2001~", "demolish"),
        ),
    ),
)
