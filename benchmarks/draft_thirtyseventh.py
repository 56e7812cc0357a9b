"""A thirty-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story on a volcanic eruption, a football club's press release, an appeals court's patent
opinion, an encyclopedia history of an abbey, a ski jumping report, a shipping agency's HTML
history with year headings, an education mission summary, a statement on a vaccination drive,
a library's exhibition page, a professor's CV, a summit declaration, a weather warning with
valid times, a concert season programme, a church bulletin, a procurement notice, a strike
factbox, a select committee evidence summary, a satellite status update, a corrections column
and a family's genealogy page). About two facts in five carry a qualifier (approximate, bound,
continuing, planned or doubted); the texts also hold comparisons, habits, dates in names,
publication lines and page furniture that are not events. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYSEVENTH_CORPUS",)

THIRTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "hraunfell_eruption",
        "wire story with a dateline",
        date(2025, 3, 14),
        (
            "REYKJAVIK, March 14 (Nordwire) - The Hraunfell volcano on Iceland's Reykjanes "
            "peninsula erupted on Thursday evening, sending fountains of lava up to 80 metres "
            "into the air, the national weather office said.\n"
            "\n"
            "The fishing village of Sandvogur, about 4 km from the fissure, had been "
            "evacuated on March 2 after a swarm of more than 900 earthquakes. The Hverabad "
            "geothermal spa nearby has been closed since March 5.\n"
            "\n"
            "The previous eruption at Hraunfell began around January 20 and ended on February "
            "9, when the last active vent fell silent. Thursday's fissure produced the "
            "largest lava flow on the peninsula since 2021, volcanologist Ragna Thorsdottir "
            "told reporters.\n"
            "\n"
            "Keflavik airport remained open and flights were not affected. A review of the "
            "civil protection warning system is scheduled to be presented to parliament on "
            "April 2.\n"
            "\n"
            "(Reporting by Einar Palsson; Editing by Joanna Whitfield)"
        ),
        (
            expect("2025-03-13", "erupt"),
            expect("2025-03-02", "evacu"),
            expect("2025-03-05/..", "clos"),
            expect("2025-01-20~", "erupt"),
            expect("2025-02-09", "end"),
            expect("2025-04-02", "review", planned=True),
        ),
    ),
    Text(
        "vardenburg_signing",
        "press release of a football club",
        date(2024, 7, 8),
        (
            "PRESS RELEASE\n"
            "\n"
            "FC Vardenburg signs midfielder Tomas Lindqvist\n"
            "\n"
            "Vardenburg, 8 July 2024 – FC Vardenburg is delighted to announce the signing of "
            "Swedish midfielder Tomas Lindqvist. The 24-year-old passed his medical yesterday "
            "and has agreed a four-year contract with the club.\n"
            "\n"
            "Lindqvist came through the youth academy of IK Sörby and made his senior debut "
            "in about 2017. He joined the Danish side Holmgaard BK in January 2021 and helped "
            "them reach the national cup final the following year.\n"
            "\n"
            '"Tomas is exactly the profile we were looking for," said sporting director Petra '
            "Wendland. Lindqvist is the club's most expensive signing since 2019.\n"
            "\n"
            "The new number 8 will be presented to supporters at the Eichwald Stadium on "
            "Saturday 13 July, before an open training session. The squad's pre-season "
            "training camp in Austria is scheduled to run from 22 to 28 July.\n"
            "\n"
            "Season ticket holders can collect their cards at the club shop every weekday "
            "from 10:00.\n"
            "\n"
            "Media contact: press@fc-vardenburg.example"
        ),
        (
            expect("2024-07-07", "medical"),
            expect("2017~", "debut"),
            expect("2021-01", "join"),
            expect("2022", "final"),
            expect("2024-07-13", "present", planned=True),
            expect("2024-07-22/2024-07-28", "camp", planned=True),
        ),
    ),
    Text(
        "keldoran_v_brightwater",
        "court opinion of an appeals court on a patent case",
        None,
        (
            "NOTE: This disposition is nonprecedential.\n"
            "\n"
            "United States Court of Appeals for the Federal Circuit\n"
            "______________________\n"
            "\n"
            "KELDORAN MEDICAL SYSTEMS, INC.,\n"
            "Plaintiff-Appellant\n"
            "\n"
            "v.\n"
            "\n"
            "BRIGHTWATER DEVICES LLC,\n"
            "Defendant-Appellee\n"
            "______________________\n"
            "\n"
            "2024-1187\n"
            "______________________\n"
            "\n"
            "Appeal from the United States District Court for the District of Delaware in No. "
            "1:20-cv-01044.\n"
            "______________________\n"
            "\n"
            "Decided: September 16, 2025\n"
            "______________________\n"
            "\n"
            "Before LORING, ABERNATHY, and QUILL, Circuit Judges.\n"
            "\n"
            "QUILL, Circuit Judge.\n"
            "\n"
            'Keldoran owns U.S. Patent No. 9,884,213 ("the \'213 patent"), which issued on '
            "February 6, 2018, from an application filed on March 3, 2014. The patent claims "
            "an infusion pump that adjusts its flow rate to a patient's measured glucose "
            "level.\n"
            "\n"
            "Keldoran alleges that Brightwater began selling its accused BW-40 pump on or "
            "about June 1, 2019, and it sued Brightwater for infringement on August 12, 2020. "
            "After a trial held from May 9 to May 12, 2022, the jury found the asserted "
            "claims invalid as obvious over a Japanese publication by Tanaka, which the "
            "parties agree was published no later than December 2012. The district court "
            "denied Keldoran's motion for a new trial on November 30, 2023, and this appeal "
            "followed.\n"
            "\n"
            "We affirm."
        ),
        (
            expect("2018-02-06", "issu"),
            expect("2014-03-03", "application"),
            expect("2019-06-01~", "sell"),
            expect("2020-08-12", "sue"),
            expect("2022-05-09/2022-05-12", "trial"),
            expect("../2012-12", "tanaka"),
            expect("2023-11-30", "motion"),
        ),
    ),
    Text(
        "hohenbrunn_abbey",
        "encyclopedia history of an abbey",
        None,
        (
            "Hohenbrunn Abbey\n"
            "\n"
            "Hohenbrunn Abbey (German: Kloster Hohenbrunn) is a former Benedictine monastery "
            "in the district of Weilheim-Schongau, Bavaria, Germany.\n"
            "\n"
            "History\n"
            "\n"
            "The abbey was founded around 1094 by Count Ebbo of Raitenau, who endowed it with "
            "the lands of three villages. Its Romanesque church was consecrated on 14 "
            "September 1127. A fire destroyed most of the buildings in 1262; rebuilding "
            "lasted from 1265 to 1290 and gave the church its Gothic choir. The library, of "
            "which 212 manuscripts survive, was probably begun under Abbot Wernher in 1340.\n"
            "\n"
            "The abbey was dissolved during the secularisation of Bavaria in 1803, and the "
            "last monks were expelled the following year. Since 1921 the buildings have "
            "housed a boarding school run by the diocese.\n"
            "\n"
            "Architecture\n"
            "\n"
            "The church holds a Baroque organ, the largest in the district. The cloister is "
            "open to visitors every Sunday afternoon.\n"
            "\n"
            "See also\n"
            "List of Benedictine monasteries in Bavaria\n"
            "\n"
            "References"
        ),
        (
            expect("1094~", "found"),
            expect("1127-09-14", "consecrat"),
            expect("1262", "fire"),
            expect("1265/1290", "rebuil"),
            expect("1340?", "library"),
            expect("1803", "dissol"),
            expect("1804", "expel"),
            expect("1921/..", "school"),
        ),
    ),
    Text(
        "zakopane_large_hill",
        "sports report on a ski jumping event",
        date(2026, 1, 19),
        (
            "Aasland soars to first win of the season in Zakopane\n"
            "\n"
            "By Marta Kowalczyk | ZAKOPANE, Poland\n"
            "\n"
            "Norway's Henrik Aasland won the World Cup large hill competition on Sunday with "
            "jumps of 139.5 and 136 metres, ending a run of eleven events without a podium.\n"
            "\n"
            "Home favourite Kacper Mrowiec, who had led Poland to victory in Saturday's team "
            "event, finished second, 4.2 points behind, in front of a crowd of 28,000. "
            "Aasland's win was his first since December 2023.\n"
            "\n"
            "The 27-year-old broke his ankle in a training fall on 4 August 2025 and only "
            'returned to competition in Wisła on 3 January. "I was not sure I would jump '
            'again this winter," he said.\n'
            "\n"
            "The circuit moves to Sapporo, where qualification is scheduled for Friday. The "
            "ski flying world championships will be held in Oberstdorf from 5 to 8 March.\n"
            "\n"
            "Results, large hill HS140: 1. Aasland (NOR) 291.4 pts; 2. Mrowiec (POL) 287.2; "
            "3. Lukas Brandauer (AUT) 281.0"
        ),
        (
            expect("2026-01-18", "aasland"),
            expect("2026-01-17", "team"),
            expect("2025-08-04", "ankle"),
            expect("2026-01-03", "return"),
            expect("2026-01-23", "qualif", planned=True),
            expect("2026-03-05/2026-03-08", "championship", planned=True),
        ),
    ),
    Text(
        "brekke_shipping_history",
        "company history of a shipping agency (HTML with year headings)",
        None,
        (
            "<nav>Home | Services | History | Contact</nav>\n"
            "<h1>Our history</h1>\n"
            "<p>Four generations of ship agents on the Bergen waterfront.</p>\n"
            "<h2>1888</h2>\n"
            "<p>Johan Brekke opens a ship chandlery and agency on Bryggen on 2 May.</p>\n"
            "<h2>1902</h2>\n"
            "<p>Brekke &amp; Søn is appointed Bergen agent of the Nordlys Line in March, "
            "handling its coastal steamers.</p>\n"
            "<h2>1940</h2>\n"
            "<p>The office on the quay is requisitioned by the occupying forces on 11 April; "
            "the staff carry on from a warehouse in Laksevåg.</p>\n"
            "<h2>1957</h2>\n"
            "<p>The company opens a branch office in Rotterdam around October.</p>\n"
            "<h2>1986</h2>\n"
            "<p>Brekke joins the Kvarstad Group on 1 January and begins handling container "
            "lines.</p>\n"
            "<h2>2024</h2>\n"
            "<p>Construction starts on a new head office at Dokken, which is scheduled to "
            "open in 2027.</p>\n"
            "<footer>© 2025 Brekke Shipping AS · Org. no. 912 334 501</footer>"
        ),
        (
            expect("1888-05-02", "open"),
            expect("1902-03", "agent"),
            expect("1940-04-11", "requisition"),
            expect("1957-10~", "rotterdam"),
            expect("1986-01-01", "kvarstad"),
            expect("2024", "construction"),
            expect("2027", "office", planned=True),
        ),
    ),
    Text(
        "malawi_education_mission",
        "mission summary of an education assessment mission",
        None,
        (
            "AIDE-MÉMOIRE — MISSION SUMMARY\n"
            "Education Sector Assessment Mission, Republic of Malawi\n"
            "Global Learning Partnership Fund\n"
            "\n"
            "1. Background\n"
            "\n"
            "The mission visited Lilongwe, Mzuzu and Zomba from 3 to 14 November 2025. The "
            "National Education Sector Plan it reviewed was adopted in June 2020; the "
            "previous assessment mission took place in May 2022.\n"
            "\n"
            "2. Main findings\n"
            "\n"
            "• Textbooks for Standards 1–4 had been delivered to all 6,100 public primary "
            "schools by 30 September 2025.\n"
            "• School feeding has been suspended in three northern districts since August "
            "2025 because of funding gaps.\n"
            "• Results of the 2024 national learning assessment remain below the 2018 "
            "baseline in numeracy.\n"
            "\n"
            "3. Agreed next steps\n"
            "\n"
            "• The Ministry is to submit a revised teacher deployment plan on 15 January "
            "2026.\n"
            "• The joint sector review is scheduled for 17 February 2026 in Lilongwe.\n"
            "\n"
            "Mission leader: Dr. Amara Ossei-Bonsu"
        ),
        (
            expect("2025-11-03/2025-11-14", "mission"),
            expect("2020-06", "adopt"),
            expect("2022-05", "previous"),
            expect("../2025-09-30", "textbook"),
            expect("2025-08/..", "feeding"),
            expect("2026-01-15", "deployment", planned=True),
            expect("2026-02-17", "review", planned=True),
        ),
    ),
    Text(
        "zambia_measles_campaign",
        "government statement on a vaccination drive",
        date(2026, 4, 21),
        (
            "MINISTRY OF HEALTH\n"
            "REPUBLIC OF ZAMBIA\n"
            "\n"
            "PRESS STATEMENT\n"
            "Lusaka, 21 April 2026\n"
            "\n"
            "NATIONWIDE MEASLES-RUBELLA VACCINATION CAMPAIGN\n"
            "\n"
            "The Ministry of Health launched a nationwide measles-rubella vaccination "
            "campaign on Monday, targeting 5.6 million children aged nine months to 14 years "
            "in all ten provinces.\n"
            "\n"
            "The campaign follows an outbreak first confirmed in Kasama district on 9 "
            "January. Measles cases this year are already the highest since 2017. A "
            "consignment of four million doses, donated by the Pan-African Immunisation "
            "Alliance, arrived at Kenneth Kaunda International Airport on 28 March.\n"
            "\n"
            "The campaign is scheduled to end on 2 May. A second round for hard-to-reach "
            "fishing camps and islands is planned for June.\n"
            "\n"
            "Parents are reminded that routine immunisation has been free of charge at all "
            "public health facilities since 2004. Vaccination posts are open daily from 08:00 "
            "to 17:00.\n"
            "\n"
            "Issued by: Dr. Chanda Mwale, Permanent Secretary (Technical Services)"
        ),
        (
            expect("2026-04-20", "launch"),
            expect("2026-01-09", "outbreak"),
            expect("2026-03-28", "dose"),
            expect("2026-05-02", "end", planned=True),
            expect("2026-06", "round", planned=True),
            expect("2004/..", "free"),
        ),
    ),
    Text(
        "paper_cities_exhibition",
        "HTML page of a library's exhibition",
        None,
        (
            '<header><a href="/">Harbour City Library</a> › Exhibitions</header>\n'
            "<main>\n"
            "<h1>Paper Cities: Maps of Port Towns, 1550–1850</h1>\n"
            '<p class="meta">Gallery 2 · Free admission · Open Tuesday to Saturday, '
            "10:00–17:00</p>\n"
            "<p>The exhibition opened on 12 March 2026 and will close on 30 August 2026. It "
            "draws on the collection of the cartographer Elias Varga, bequeathed to the "
            "library in 1911.</p>\n"
            "<p>Its centrepiece is a manuscript chart of Valletta, drawn c. 1590, which was "
            "last exhibited in 1964. The chart was restored in 2024 with support from the "
            "Harbourside Trust.</p>\n"
            "<h2>Events</h2>\n"
            "<ul>\n"
            "<li>A curator's tour with Dr. Selin Aydın will take place on Thursday 9 April "
            "2026 at 18:00.</li>\n"
            "<li>Family map-drawing workshops run on the first Saturday of every month.</li>\n"
            "</ul>\n"
            "</main>\n"
            "<footer>© 2026 Harbour City Library · Accessibility · Privacy</footer>"
        ),
        (
            expect("2026-03-12", "open"),
            expect("2026-08-30", "clos", planned=True),
            expect("1911", "bequeath"),
            expect("1590~", "chart"),
            expect("1964", "exhibit"),
            expect("2024", "restor"),
            expect("2026-04-09", "tour", planned=True),
        ),
    ),
    Text(
        "solheim_baptiste_cv",
        "curriculum vitae of a professor",
        None,
        (
            "CURRICULUM VITAE\n"
            "\n"
            "Prof. Dr. Ingrid Solheim-Baptiste\n"
            "Department of Hydrology, Northern Coast University, Tromsø, Norway\n"
            "ingrid.solheim@ncu.example\n"
            "\n"
            "Education\n"
            "2001–2005  PhD in Hydrology, Alpine Institute of Technology, Zürich\n"
            "1996–2001  MSc in Environmental Physics, West Fjord University, Bergen\n"
            "\n"
            "Academic positions\n"
            "Since 2018  Full Professor of Hydrology, Northern Coast University\n"
            "2012–2018  Associate Professor, Northern Coast University\n"
            "2008–2012  Research Scientist, Norwegian Snow and Ice Centre, Oslo\n"
            "2005–2008  Postdoctoral Fellow, Canadian Institute for Cold Regions, Saskatoon\n"
            "\n"
            "Awards\n"
            "2016  Bergström Medal of the Nordic Hydrological Society\n"
            "\n"
            "Editorial service\n"
            "Editor-in-chief, Journal of Cold Regions Hydrology; the term is to begin on 1 "
            "January 2027.\n"
            "\n"
            "Languages\n"
            "Norwegian, English, German, French"
        ),
        (
            expect("2001/2005", "phd"),
            expect("1996/2001", "msc"),
            expect("2018/..", "full"),
            expect("2012/2018", "associate"),
            expect("2008/2012", "scientist"),
            expect("2005/2008", "postdoc"),
            expect("2016", "medal"),
            expect("2027-01-01", "editor", planned=True),
        ),
    ),
    Text(
        "baltic_nordic_ports_summit",
        "summit declaration",
        None,
        (
            "JOINT DECLARATION\n"
            "of the Fourth Baltic–Nordic Ports Summit\n"
            "\n"
            "We, the ministers responsible for maritime affairs of Denmark, Estonia, Finland, "
            "Germany, Latvia, Lithuania, Poland and Sweden, meeting in Gdańsk on 24 October "
            "2025,\n"
            "\n"
            "1. Recalling the 2022 Tallinn Declaration on Green Shipping Corridors, and "
            "noting that cargo volumes in our ports in 2024 were the highest since 2008;\n"
            "\n"
            "2. Welcome the entry into force of the Baltic Shore Power Agreement on 1 March "
            "2025;\n"
            "\n"
            "3. Commend the work of the Summit Secretariat, established in Stockholm in 2011, "
            "and the ice-class pilotage cooperation that has been in place since January "
            "2019;\n"
            "\n"
            "4. Note that the joint hydrogen bunkering terminal in Klaipėda is scheduled to "
            "open in 2028;\n"
            "\n"
            "5. Agree that our senior officials will meet again in Riga in the spring of "
            "2026;\n"
            "\n"
            "6. Decide that the Fifth Summit will be held in Aarhus in October 2027.\n"
            "\n"
            "Done at Gdańsk in eight copies in the English language."
        ),
        (
            expect("2025-10-24", "meet"),
            expect("2025-03-01", "force"),
            expect("2011", "secretariat"),
            expect("2019-01/..", "pilot"),
            expect("2028", "hydrogen", planned=True),
            expect("2027-10", "summit", planned=True),
        ),
    ),
    Text(
        "storm_helka_warning",
        "weather service warning with valid times",
        date(2025, 11, 11),
        (
            "NORDMET — NORWEGIAN WEATHER SERVICE\n"
            "ORANGE WARNING: WIND\n"
            "Storm Helka\n"
            "\n"
            "Issued: 07:00 Tuesday 11 November 2025\n"
            "Valid from: 18:00 Wednesday 12 November 2025\n"
            "Valid until: 12:00 Thursday 13 November 2025\n"
            "Area: Coastal Vestland and Møre og Romsdal\n"
            "\n"
            "What to expect\n"
            "Storm Helka, which formed south of Iceland around Sunday, will bring "
            "southwesterly gusts of 25–35 m/s to exposed coasts and up to 40 m/s on mountain "
            "passes. Waves of 8–10 metres are possible.\n"
            "\n"
            "Ferry operators cancelled several evening crossings on Monday as a precaution. A "
            "yellow warning for heavy snow is expected to follow for the mountains on Friday.\n"
            "\n"
            "Background\n"
            "The last orange warning for wind in this region was issued on 3 October. "
            "Warnings are reviewed every six hours.\n"
            "\n"
            "Next update: 13:00 Tuesday 11 November 2025"
        ),
        (
            expect("2025-11-12/2025-11-13", "warning", planned=True),
            expect("2025-11-09~", "form"),
            expect("2025-11-10", "cancel"),
            expect("2025-11-14", "snow", planned=True),
            expect("2025-10-03", "warning"),
        ),
    ),
    Text(
        "kellerhof_season",
        "concert season programme",
        None,
        (
            "KELLERHOF PHILHARMONIC\n"
            "SEASON 2026/27\n"
            "\n"
            "Welcome\n"
            "The Kellerhof Philharmonic, founded in 1952, enters its 75th season with a "
            "programme built around Mahler and the music of our own time. Our chief conductor "
            "since 2021, Mara Vintilă, will open the season on 18 September 2026 with "
            "Mahler's Second Symphony, a work the orchestra probably first performed in 1961.\n"
            "\n"
            "Highlights\n"
            "• 12 December 2026: the orchestra is to give the world premiere of Ilse Marr's "
            "Cello Concerto, with the soloist Jonas Ekwueme.\n"
            "• The complete Beethoven symphonies, recorded by the orchestra in 2019, return "
            "in a spring cycle.\n"
            "\n"
            "Our hall\n"
            "The Kellerhof Hall reopened on 4 March 2024 after a two-year renovation that "
            "improved its acoustics and access.\n"
            "\n"
            "Family concerts take place on the first Sunday of every month at 11:00. "
            "Subscriptions can be bought every weekday at the box office.\n"
            "\n"
            "Tickets: +49 30 555 0192 · www.kellerhof-phil.example"
        ),
        (
            expect("1952", "found"),
            expect("2021/..", "chief"),
            expect("2026-09-18", "open", planned=True),
            expect("1961?", "perform"),
            expect("2026-12-12", "premiere", planned=True),
            expect("2019", "record"),
            expect("2024-03-04", "reopen"),
        ),
    ),
    Text(
        "st_brendans_bulletin",
        "church bulletin",
        date(2025, 12, 7),
        (
            "ST BRENDAN'S PARISH, KILCOLGAN\n"
            "Parish Bulletin — Sunday 7 December 2025, Second Sunday of Advent\n"
            "\n"
            "Mass Times\n"
            "Saturday Vigil 6.00pm · Sunday 9.00am and 11.30am · Weekdays 10.00am (except "
            "Thursday)\n"
            "\n"
            "Christmas Fair\n"
            "Sincere thanks to all who helped at the Christmas fair yesterday, which raised "
            "€3,420 for the St Vincent de Paul Society.\n"
            "\n"
            "Advent Penance Service\n"
            "The Advent penance service will be held on Wednesday at 7.30pm, with several "
            "priests available for confession.\n"
            "\n"
            "Jubilee\n"
            "Fr Declan Moynihan, our parish priest since 2017, will celebrate the silver "
            "jubilee of his ordination with a Mass of thanksgiving on 20 December. All are "
            "welcome to the reception afterwards.\n"
            "\n"
            "Parish Hall\n"
            "The hall roof, damaged in the storm on 2 November, has now been repaired.\n"
            "\n"
            "Choir\n"
            "Our parish choir, which sang at the cathedral carol service in 2021, 2023 and "
            "2024, is looking for new tenors. Rehearsals every Tuesday at 8pm.\n"
            "\n"
            "Please remember in your prayers all who died recently."
        ),
        (
            expect("2025-12-06", "fair"),
            expect("2025-12-10", "penance", planned=True),
            expect("2017/..", "priest"),
            expect("2025-12-20", "jubilee", planned=True),
            expect("2025-11-02", "roof"),
            expect("2021", "choir"),
            expect("2023", "choir"),
            expect("2024", "choir"),
        ),
    ),
    Text(
        "vestkyst_sewer_inspection",
        "procurement notice",
        date(2026, 2, 27),
        (
            "CONTRACT NOTICE — SERVICES\n"
            "Notice number in the OJ S: 2026/S 041-118230\n"
            "Date of dispatch of this notice: 27/02/2026\n"
            "\n"
            "Section I: Contracting authority\n"
            "Vestkyst Forsyning A/S, Esbjerg, Denmark\n"
            "\n"
            "Section II: Object\n"
            "II.1.1 Title: Framework agreement for CCTV inspection of sewer pipes\n"
            "II.2.4 Description: Inspection and condition reporting of approx. 420 km of "
            "sewer mains per year.\n"
            "II.2.7 Duration: The contract is expected to start on 1 July 2026 and will run "
            "for 48 months.\n"
            "\n"
            "Section IV: Procedure\n"
            "IV.2.2 Time limit for receipt of tenders: Tenders must be received by 14 April "
            "2026, 12:00 local time.\n"
            "IV.2.7 Conditions for opening of tenders: Tenders will be opened on 15 April "
            "2026 at 13:00.\n"
            "\n"
            "Section VI: Complementary information\n"
            "VI.3 This procurement replaces the framework agreement signed on 2 June 2022, "
            "which was terminated by mutual agreement on 30 November 2025. A prior "
            "information notice was published on 12 January 2026."
        ),
        (
            expect("2026-07-01", "start", planned=True),
            expect("../2026-04-14", "tender"),
            expect("2026-04-15", "open", planned=True),
            expect("2022-06-02", "sign"),
            expect("2025-11-30", "terminat"),
            expect("2026-01-12", "notice"),
        ),
    ),
    Text(
        "dock_strike_factbox",
        "factbox timeline of a strike",
        date(2026, 3, 6),
        (
            "FACTBOX-Key dates in Norway's dock workers' strike\n"
            "\n"
            "OSLO, March 6 (Nordwire) - A strike by dock workers at the ports of Bergen, "
            "Stavanger and Kristiansand is in its eighth week, the longest port stoppage in "
            "Norway since 1998. Here are key dates in the dispute:\n"
            "\n"
            "* Nov 4, 2025 - The Havnearbeiderforbundet union rejects a pay offer of 3.5% "
            "from the employers' group Norsk Havn.\n"
            "\n"
            "* Dec 1 - Union members vote 87% in favour of strike action.\n"
            "\n"
            "* Jan 16, 2026 - The strike begins; container handling stops at all three ports.\n"
            "\n"
            "* Jan 29 - The government appoints mediator Kari Lunde.\n"
            "\n"
            "* Feb 10-12 - Talks in Oslo break down without agreement.\n"
            "\n"
            "* Around March 3 - Shipping lines begin diverting cargo to Gothenburg in Sweden.\n"
            "\n"
            "* March 9 - Mediation is scheduled to resume in Oslo.\n"
            "\n"
            "(Compiled by Sigrid Aune; Editing by Paul Brandt)"
        ),
        (
            expect("2025-11-04", "reject"),
            expect("2025-12-01", "vote"),
            expect("2026-01-16", "strike"),
            expect("2026-01-29", "mediator"),
            expect("2026-02-10/2026-02-12", "talk"),
            expect("2026-03-03~", "divert"),
            expect("2026-03-09", "resum", planned=True),
        ),
    ),
    Text(
        "rural_bus_evidence",
        "select committee evidence session summary",
        date(2026, 2, 6),
        (
            "Transport Committee\n"
            "Rural bus services inquiry — summary of oral evidence\n"
            "Published 6 February 2026\n"
            "\n"
            "At its session on 3 February the Committee heard from three panels of witnesses "
            "on the decline of rural bus services.\n"
            "\n"
            "Operators\n"
            "Ms Grace Okafor, Chief Executive of Moorland Connect, said the company had "
            "withdrawn all its Sunday services in the Upper Dale in October 2024. She "
            "welcomed the cap on single fares, which has applied at £2 from 1 January 2023 "
            "onwards, but said it had not covered rising driver costs. Passenger numbers in "
            "2025 were still 18% below 2019 levels.\n"
            "\n"
            "Local government\n"
            "Cllr Martin Hayes (Northdale County Council) said the county's demand-responsive "
            "pilot had launched in 2022, but it was unclear whether it had reduced car "
            "journeys. He noted that the funding formula was last revised in 2015.\n"
            "\n"
            "Government\n"
            "Mr Owen Trevelyan, Director of Local Transport, said the Department would "
            "publish its rural mobility strategy in July.\n"
            "\n"
            "Next steps\n"
            "The next evidence session is scheduled for 24 February. The Committee expects to "
            "report before the summer recess."
        ),
        (
            expect("2026-02-03", "heard"),
            expect("2024-10", "withdr"),
            expect("2023-01-01/..", "cap"),
            expect("2022", "pilot"),
            expect("2015", "formula"),
            expect("2026-07", "strategy", planned=True),
            expect("2026-02-24", "session", planned=True),
        ),
    ),
    Text(
        "orbnet7_status",
        "satellite operator status update",
        date(2026, 6, 19),
        (
            "ORBITALIS SPACE SYSTEMS — CUSTOMER STATUS UPDATE\n"
            "Satellite: OrbNet-7 (19.2°E) | Update no. 12 | 19 June 2026, 14:30 UTC\n"
            "\n"
            "Summary\n"
            "OrbNet-7 entered safe mode on Wednesday following an anomaly in reaction wheel "
            "3. The spacecraft is stable, power-positive and in contact with the ground "
            "station in Kiruna.\n"
            "\n"
            "Background\n"
            "OrbNet-7 was launched on 8 September 2023 from Kourou and reached its "
            "operational slot on 2 November 2023. Telemetry reviewed this week shows that the "
            "same wheel possibly showed elevated friction as early as March 2026.\n"
            "\n"
            "Service impact\n"
            "Customers on the Nordic and Baltic beams have been served by OrbNet-5 since "
            "yesterday. Engineers expect to restore full payload service on 24 June. A "
            "software update for the wheel controller is planned for the week of 6 July.\n"
            "\n"
            "Status updates are issued every weekday at 14:30 UTC until service is restored.\n"
            "\n"
            "Contact: noc@orbitalis.example"
        ),
        (
            expect("2026-06-17", "safe"),
            expect("2023-09-08", "launch"),
            expect("2023-11-02", "slot"),
            expect("2026-03?", "friction"),
            expect("2026-06-18/..", "serv"),
            expect("2026-06-24", "restor", planned=True),
        ),
    ),
    Text(
        "corrections_column",
        "corrections and clarifications column",
        date(2026, 2, 14),
        (
            "Corrections and clarifications\n"
            "\n"
            "Saturday 14 February 2026\n"
            "\n"
            "• An article about the closure of the Hollins textile mill (Business, 9 "
            "February, page 31) said the mill shut on 30 January. It closed on 23 January, "
            "after 142 years of production.\n"
            "\n"
            "• An obituary of the architect Rosalind Meath (4 February, page 44) gave her "
            "year of birth as 1938. She was born in 1937.\n"
            "\n"
            "• A report on the Ashby flood defences (Tuesday) said construction work began in "
            "2019. Work began in about 2020, after a public inquiry.\n"
            "\n"
            "• A preview said the Linden Folk Festival would return on 12 June. Organisers "
            "say it is expected to take place from 19 to 21 June.\n"
            "\n"
            "• A picture caption described the Carrick Bay lifeboat station as having opened "
            "in 1924. The station has operated from its present site since 1931.\n"
            "\n"
            "Readers' editor: corrections@dailyherald.example · Tel 020 7946 0321"
        ),
        (
            expect("2026-01-23", "clos"),
            expect("1937", "born"),
            expect("2020~", "work"),
            expect("2026-06-19/2026-06-21", "festival", planned=True),
            expect("1931/..", "station"),
        ),
    ),
    Text(
        "ashworth_genealogy",
        "genealogy page of a family",
        None,
        (
            "The Ashworth Family of Heptonstall\n"
            "\n"
            "Home › Surnames › Ashworth › Thomas Ashworth\n"
            "\n"
            "Thomas Ashworth (c. 1788 – 1851)\n"
            "\n"
            "Thomas was born about 1788 in Heptonstall, in the West Riding of Yorkshire, the "
            "son of a handloom weaver. He married Hannah Greenwood at the parish church of St "
            "Thomas, Heptonstall, on 14 May 1811.\n"
            "\n"
            "Children\n"
            "– John, baptised 2 February 1812\n"
            "– Sarah, baptised in 1814\n"
            "– William, probably born in 1816 at Mytholm\n"
            "\n"
            "In the 1841 census the family is living at Lumb Mill, where Thomas is listed as "
            "a fustian cutter. Thomas died before March 1851; his will was proved at York on "
            "22 April 1851. Hannah lived with her son John in Halifax from 1852 onwards and "
            "was buried at Heptonstall.\n"
            "\n"
            "Sources: parish registers of Heptonstall; 1841 and 1851 censuses; Borthwick "
            "Institute probate records.\n"
            "\n"
            "Last updated 3 January 2024"
        ),
        (
            expect("1788~", "born"),
            expect("1811-05-14", "marri"),
            expect("1812-02-02", "john"),
            expect("1814", "sarah"),
            expect("1816?", "william"),
            expect("../1851-03", "died"),
            expect("1851-04-22", "will"),
            expect("1852/..", "hannah"),
        ),
    ),
)
