"""A thirty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a prison
riot, a wind farm developer's press release, a constitutional court opinion on a referendum, an
encyclopedia history of a mining town, a horse racing report, a newspaper's About us page, a
fact-finding mission summary, a food recall statement, a festival's HTML programme, a trade
unionist's obituary, parish council minutes, an NGO briefing on a detained lawyer, an
archaeological abstract, a consular evacuation notice, a teenager's blog, a Q/A interview with a
ship captain, game patch notes, a scandal timeline sidebar, a parliamentary written statement
and a weekly farm market report). The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events, and so are comparisons, habits, dates in names, date lines and page furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYEIGHTH_CORPUS",)

THIRTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "prison_riot_wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        (
            "KORVATH, Hungary, March 12 (Meridian Wire) - Inmates at the Tiszahalom state "
            "prison rioted on Tuesday, setting fire to two cell blocks and holding four "
            "guards for several hours, prison authorities said.\n"
            "\n"
            "Riot police entered the blocks before dawn and freed the guards, who were "
            "treated for smoke inhalation. The prison now holds 1,310 inmates, the highest "
            "number since 2011.\n"
            "\n"
            "It was the second riot at Tiszahalom in less than a year. The previous one, on "
            "14 June 2024, left three guards injured and led to the dismissal of the prison's "
            "director.\n"
            "\n"
            "The prison, built in 1968, has been run by a private operator, Vestra Custodial, "
            "since 2019. Relatives say visits, normally allowed every Sunday, have been "
            "cancelled until further notice.\n"
            "\n"
            "About 40 inmates will be moved to a jail in Szeged on Friday, the justice "
            "ministry said. An independent inquiry into the riot is to report by 30 April.\n"
            "\n"
            "(Reporting by Anna Kertesz; Editing by Paul Voss)"
        ),
        (
            expect("2025-03-11", "riot"),
            expect("2024-06-14", "riot"),
            expect("1968", "built"),
            expect("2019/..", "vestra"),
            expect("2025-03-14", "szeged", planned=True),
            expect("../2025-04-30", "inquiry", planned=True),
        ),
    ),
    Text(
        "wind_farm_release",
        "press release of a wind farm developer",
        date(2024, 9, 18),
        (
            "PRESS RELEASE\n"
            "\n"
            "Nordvind Energi signs turbine contract for 480 MW Skarvik offshore wind farm\n"
            "\n"
            "OSLO, 18 September 2024 - Nordvind Energi AS has signed the turbine supply "
            "contract for its Skarvik offshore wind farm with Halvard Turbines. The contract, "
            "signed on 2 September, covers 32 turbines of 15 MW each.\n"
            "\n"
            "Nordvind won the seabed lease for Skarvik in Norway's first offshore wind "
            "tender, on 3 March 2022. Construction of the onshore substation at Hvaler is "
            "scheduled to begin in January 2025, and the farm is expected to deliver first "
            "power by the end of 2026.\n"
            "\n"
            '"Skarvik is the largest project we have taken on since the company was set up," '
            "said chief executive Marte Lunde.\n"
            "\n"
            "About Nordvind Energi\n"
            "Nordvind Energi was founded in 2009 by a group of Bergen engineers. The company "
            "has operated onshore wind farms in Norway and Sweden since 2012 and publishes "
            "its sustainability report every April.\n"
            "\n"
            "Media contact: press@nordvind-energi.example | +47 55 00 00 00"
        ),
        (
            expect("2024-09-02", "turbine"),
            expect("2022-03-03", "lease"),
            expect("2025-01", "substation", planned=True),
            expect("../2026", "power", planned=True),
            expect("2009", "found"),
            expect("2012/..", "onshore"),
        ),
    ),
    Text(
        "referendum_opinion",
        "court opinion of a constitutional court on a referendum",
        None,
        (
            "CONSTITUTIONAL COURT\n"
            "Case No. 14-R/2023\n"
            "On the constitutionality of Resolution 88 of the National Assembly\n"
            "\n"
            "THE FACTS\n"
            "\n"
            "1. On 12 April 2023 the National Assembly adopted Resolution 88, calling a "
            "consultative referendum on the reduction of the number of deputies from 151 to "
            "101. The governing party had probably first proposed the reduction in 2021.\n"
            "\n"
            "2. Forty-one deputies lodged an application with the Court on or about 2 May; "
            "the registry stamp on the original is partly illegible.\n"
            "\n"
            "3. By an interim order of 30 June 2023 the Court suspended the preparations for "
            "the vote.\n"
            "\n"
            "THE LAW\n"
            "\n"
            "4. Article 74 of the Constitution, in force since 1994, reserves to the people "
            "the final word on changes to the composition of the Assembly. The Referendum Act "
            "2011 regulates procedure only.\n"
            "\n"
            "5. The Court has consistently held that a consultative vote may not bind the "
            "Assembly. Resolution 88 is therefore void in so far as it declares the result "
            "binding.\n"
            "\n"
            "6. The Central Electoral Commission is to publish a revised calendar no later "
            "than 31 January 2024."
        ),
        (
            expect("2023-04-12", "resolution"),
            expect("2021?", "propos"),
            expect("2023-05-02~", "applic"),
            expect("2023-06-30", "suspend"),
            expect("1994/..", "article"),
            expect("../2024-01-31", "calendar", planned=True),
        ),
    ),
    Text(
        "mining_town_history",
        "encyclopedia history of a mining town",
        None,
        (
            "Krassberg\n"
            "\n"
            "Krassberg is a small town in the Ore Mountains of Saxony, Germany, about 30 km "
            "south of Chemnitz.\n"
            "\n"
            "History\n"
            "\n"
            "Silver was discovered on the slopes of the Kahlenberg c. 1470, and a settlement "
            "of miners grew up around the first shafts. Krassberg received market rights in "
            "1521. During the Thirty Years' War the town was sacked by Swedish troops in 1632 "
            "and again the following year.\n"
            "\n"
            "From 1752 onwards tin replaced silver as the main ore, and the town's smelters "
            "supplied much of Saxony. The last working mine, the Gottesgabe shaft, closed on "
            "30 June 1991. A mining museum opened in the former shaft house in 1996.\n"
            "\n"
            "Population\n"
            "\n"
            "The 2011 census counted 3,214 inhabitants, the lowest figure since 1890. A "
            "miners' parade is held every year on the Sunday before Christmas."
        ),
        (
            expect("1470~", "silver"),
            expect("1521", "market"),
            expect("1632", "sack"),
            expect("1633", "sack"),
            expect("1752/..", "tin"),
            expect("1991-06-30", "close"),
            expect("1996", "museum"),
        ),
    ),
    Text(
        "derby_report",
        "sports report on a horse race",
        date(2025, 6, 22),
        (
            "RACING\n"
            "\n"
            "Silver Tern lands the Ballykeel Derby for Ruddle\n"
            "\n"
            "By Niamh Carrow\n"
            "\n"
            "Silver Tern gave trainer Eamon Ruddle his biggest success when winning the "
            "Ballykeel Derby by two lengths on Saturday, in the fastest time since 2009.\n"
            "\n"
            "The colt had finished only third in a trial at Navan on 3 May, but jockey Ciara "
            "Dunne kept him wide and he quickened clear two furlongs out. Silver Tern was "
            "bought for roughly 40,000 euro at the sales in October 2023. His dam, Lough "
            "Wren, won the Ballykeel Oaks in 2015.\n"
            "\n"
            'Ruddle, who has trained at Kilbrack since 1998, said: "He has never been '
            'better." Silver Tern is expected to run next in the Irish Champion Stakes on 13 '
            "September.\n"
            "\n"
            "Racing at Ballykeel continues every Saturday evening until the autumn."
        ),
        (
            expect("2025-06-21", "derby"),
            expect("2025-05-03", "navan"),
            expect("2023-10", "bought"),
            expect("2015", "oaks"),
            expect("1998/..", "train"),
            expect("2025-09-13", "champion", planned=True),
        ),
    ),
    Text(
        "newspaper_about_us",
        "company history of a newspaper (About us)",
        None,
        (
            "Home > About us\n"
            "\n"
            "Our history\n"
            "\n"
            "The Harwick Courier was first printed on 4 March 1887 by the brothers Tobias and "
            "Elias Penhale in a room above their father's ironmonger's shop on Quay Street. "
            "Four pages, one penny.\n"
            "\n"
            "The Penhale family sold the paper to the Lyme Valley Press group around 1958. "
            "Printing moved to a new plant on Dock Road in 1974, and the Courier went tabloid "
            "the following year.\n"
            "\n"
            "The Courier was named Regional Newspaper of the Year in 2010, 2013 and 2019. "
            "Since 2016 it has been published online only, and our journalists still cover "
            "every meeting of the town council.\n"
            "\n"
            "Our newsroom will move to the former Corn Exchange in the spring of 2026.\n"
            "\n"
            "Contact us | Advertise | Privacy | (c) 2025 Harwick Courier Ltd"
        ),
        (
            expect("1887-03-04", "print"),
            expect("1958~", "sold"),
            expect("1974", "plant"),
            expect("1975", "tabloid"),
            expect("2010", "regional"),
            expect("2013", "regional"),
            expect("2019", "regional"),
            expect("2016/..", "online"),
        ),
    ),
    Text(
        "eviction_mission",
        "mission summary of a fact-finding mission",
        None,
        (
            "INDEPENDENT FACT-FINDING MISSION ON THE UPPER TANA DAM EVICTIONS\n"
            "Summary of findings\n"
            "\n"
            "Mission composition: three members of the Eastern Africa Land Rights Forum and "
            "one independent surveyor.\n"
            "\n"
            "1. The mission visited Garissa County and three resettlement sites from 9 to 15 "
            "October 2024. It interviewed 112 residents, county officials and staff of the "
            "dam authority.\n"
            "\n"
            "2. Evictions from the reservoir area began on 20 March 2023. The county "
            "government had served written eviction notices on most households by 1 March, "
            "residents said, but many notices were never received.\n"
            "\n"
            "3. About 640 families have lived in temporary shelters at Bura camp since April "
            "2023. Water supply at the camp is the worst the mission has seen since it began "
            "its work.\n"
            "\n"
            "4. The dam authority is to publish a resettlement plan by the end of January "
            "2025.\n"
            "\n"
            "5. The mission will present its findings to the county assembly on 4 December "
            "2024."
        ),
        (
            expect("2024-10-09/2024-10-15", "visit"),
            expect("2023-03-20", "evict"),
            expect("../2023-03-01", "notice"),
            expect("2023-04/..", "shelter"),
            expect("../2025-01", "resettlement", planned=True),
            expect("2024-12-04", "present", planned=True),
        ),
    ),
    Text(
        "food_recall_statement",
        "government statement on a food recall",
        date(2025, 8, 7),
        (
            "MINISTRY OF AGRICULTURE AND FOOD\n"
            "Statement - 7 August 2025\n"
            "\n"
            "Recall of Brennholt cold-smoked salmon\n"
            "\n"
            "The Ministry has ordered the recall of all packs of Brennholt cold-smoked salmon "
            "(200 g and 500 g) after samples taken on 29 July at a wholesale warehouse tested "
            "positive for Listeria monocytogenes.\n"
            "\n"
            "The producer, Brennholt Fisk, stopped production at its Tromso plant on Monday. "
            "A case of listeriosis was reported to the Institute of Public Health on 2 "
            "August. The affected packs carry use-by dates up to and including 20 August "
            "2025.\n"
            "\n"
            "Retailers are to remove the products from sale by Friday 8 August. The Ministry "
            "will publish the full test results on 12 August.\n"
            "\n"
            "Food businesses have been required since 2006 to trace every batch one step back "
            "and one step forward.\n"
            "\n"
            "Consumers with questions can call the food safety line every weekday from 8:00 "
            "to 16:00."
        ),
        (
            expect("2025-07-29", "listeria"),
            expect("2025-08-04", "production"),
            expect("2025-08-02", "listeriosis"),
            expect("../2025-08-08", "remov", planned=True),
            expect("2025-08-12", "result", planned=True),
            expect("2006/..", "trac"),
        ),
    ),
    Text(
        "folk_festival_html",
        "HTML page of a festival with a schedule table",
        None,
        (
            "<html><head><title>Programme archive | Lindqvist Folk Festival</title></head>\n"
            "<body>\n"
            '<nav><a href="/">Home</a> | <a href="/tickets">Tickets</a> | <a '
            'href="/archive">Archive</a></nav>\n'
            "<h1>Programme archive: 2024</h1>\n"
            "<p>The 30th Lindqvist Folk Festival took place in Falun from 25 to 28 July 2024. "
            "This is the programme as it ran.</p>\n"
            "<table>\n"
            "<tr><th>Date</th><th>Venue</th><th>Event</th></tr>\n"
            "<tr><td>Thu 25 July</td><td>Main stage</td><td>Opening concert: Kvarnen "
            "Trio</td></tr>\n"
            "<tr><td>Fri 26 July</td><td>Kristine Church</td><td>Nyckelharpa workshop with "
            "Elin Dahl</td></tr>\n"
            "<tr><td>Sat 27 July</td><td>Stora Torget</td><td>Polska dance night (moved "
            "indoors because of rain)</td></tr>\n"
            "<tr><td>Sun 28 July</td><td>Main stage</td><td>Closing concert: Falu "
            "Spelmanslag</td></tr>\n"
            "</table>\n"
            "<p>The festival was founded in 1994 by the fiddler Agda Lindqvist. Dance classes "
            "are held every Tuesday in the Folkets Hus.</p>\n"
            "<p>The 2025 festival will be held from 24 to 27 July, and tickets will go on "
            "sale on 1 March 2025.</p>\n"
            "<footer>(c) 2025 Lindqvist Folk Festival | Contact | Privacy</footer>\n"
            "</body></html>"
        ),
        (
            expect("2024-07-25/2024-07-28", "festival"),
            expect("2024-07-25", "opening"),
            expect("2024-07-26", "nyckelharpa"),
            expect("2024-07-27", "polska"),
            expect("2024-07-28", "closing"),
            expect("1994", "found"),
            expect("2025-07-24/2025-07-27", "festival", planned=True),
            expect("2025-03-01", "ticket", planned=True),
        ),
    ),
    Text(
        "unionist_obituary",
        "obituary of a trade unionist",
        date(2024, 2, 15),
        (
            "Obituaries\n"
            "\n"
            "Dora Kettering: filleters' leader who took on the Hull fish merchants\n"
            "\n"
            "Dora Kettering, who died on Sunday aged 88, led the longest strike by women "
            "workers the Hull fish docks had seen.\n"
            "\n"
            "Born in Hull on 9 May 1935, she left school at 14 and began work at the Humber "
            "Fish Company in 1949, skinning and boning cod for a wage lower than the men's. "
            "She was elected branch secretary of the Transport and Allied Workers' Union in "
            "about 1961, one of very few women to hold such a post.\n"
            "\n"
            "Her finest hour came when she led 3,000 filleters out on strike from 2 to 19 "
            "October 1968, winning a rise of a third. For years afterwards she spoke at union "
            "schools every summer.\n"
            "\n"
            "She retired in 1995. Her husband, Len, a trawlerman, died before her; she is "
            "survived by two daughters and five grandchildren. Her funeral will be held at "
            "Holy Trinity church on 1 March."
        ),
        (
            expect("2024-02-11", "die"),
            expect("1935-05-09", "born"),
            expect("1949", "work"),
            expect("1961~", "secretar"),
            expect("1968-10-02/1968-10-19", "strike"),
            expect("1995", "retir"),
            expect("2024-03-01", "funeral", planned=True),
        ),
    ),
    Text(
        "parish_minutes",
        "parish council minutes",
        None,
        (
            "LITTLE ASHCOMBE PARISH COUNCIL\n"
            "\n"
            "Minutes of the Ordinary Meeting held on Tuesday 14 January 2025 at 7.30pm in the "
            "Village Hall\n"
            "\n"
            "Present: Cllr R. Mayhew (Chair), Cllr J. Pike, Cllr S. Ward, Cllr H. Okafor. In "
            "attendance: Mrs L. Brent (Clerk), two members of the public.\n"
            "\n"
            "25/01 Apologies: received from Cllr T. Ogden.\n"
            "\n"
            "25/02 Minutes of the previous meeting were approved and signed as a true record.\n"
            "\n"
            "25/03 Playground: The Clerk reported that the new play equipment was installed "
            "on 6 January. The annual safety inspection of the playground was carried out on "
            "9 January.\n"
            "\n"
            "25/04 Bus shelter: Cllr Mayhew reported that the shelter on Church Lane was "
            "damaged on 2 January. The insurer has been notified.\n"
            "\n"
            "25/05 Footpath: Footpath AS12 from Mill Road to the church has been closed since "
            "18 November 2024 because of a landslip. The County Council expects to reopen it "
            "by 31 March 2025.\n"
            "\n"
            "25/06 Litter picks: these continue on the first Saturday of each month.\n"
            "\n"
            "25/07 Date of next meeting: the next meeting will be held on Tuesday 11 February "
            "2025."
        ),
        (
            expect("2025-01-06", "equipment"),
            expect("2025-01-09", "inspect"),
            expect("2025-01-02", "shelter"),
            expect("2024-11-18/..", "footpath"),
            expect("../2025-03-31", "reopen", planned=True),
            expect("2025-02-11", "meeting", planned=True),
        ),
    ),
    Text(
        "detained_lawyer_briefing",
        "NGO briefing on a detained lawyer",
        date(2025, 5, 20),
        (
            "LAWYERS AT RISK NETWORK\n"
            "Briefing | 20 May 2025\n"
            "\n"
            "Detention of lawyer Samir Oduya\n"
            "\n"
            "Summary\n"
            "Samir Oduya, a lawyer who represented striking miners in Karsk, was arrested at "
            "his home in the early hours of 3 March 2025. He has been held in pre-trial "
            'detention at Karsk Remand Centre since 5 March, charged with "spreading false '
            'information".\n'
            "\n"
            "Access to counsel\n"
            "His lawyers were first granted access to him on 19 March, some two weeks after "
            "his arrest. On 2 April the regional Bar Association suspended his licence, "
            "probably at the request of the prosecutor's office.\n"
            "\n"
            "Background\n"
            "Mr Oduya was previously detained for about ten days in 2019 after a court "
            "hearing. The Network has recorded the highest number of attacks on lawyers in "
            "the region since 2012.\n"
            "\n"
            "Next steps\n"
            "A hearing on the extension of his detention is scheduled for 28 May."
        ),
        (
            expect("2025-03-03", "arrest"),
            expect("2025-03-05/..", "detention"),
            expect("2025-03-19", "access"),
            expect("2025-04-02", "licen"),
            expect("2019", "detain"),
            expect("2025-05-28", "hearing", planned=True),
        ),
    ),
    Text(
        "excavation_abstract",
        "academic abstract with dated field seasons",
        None,
        (
            "Tell Hamra in the Wadi Araba: results of the 2017-2022 excavations\n"
            "\n"
            "Abstract\n"
            "\n"
            "Tell Hamra, a low mound on the eastern edge of the Wadi Araba in southern "
            "Jordan, was first recorded in a surface survey in April 2015. Field seasons were "
            "conducted in 2017, 2018 and 2022. Excavation in Area B exposed a caravanserai "
            "built around 1190, with a courtyard, stables and a small mosque. Coin finds and "
            "pottery suggest that the building was abandoned, probably in 1348, when plague "
            "reached the region. We argue that the site was a staging post on the route "
            "between Karak and Aila rather than a farming village. A fourth field season is "
            "planned for the autumn of 2025.\n"
            "\n"
            "Keywords: Ayyubid; Mamluk; caravanserai; Wadi Araba; trade routes"
        ),
        (
            expect("2015-04", "survey"),
            expect("2017", "season"),
            expect("2018", "season"),
            expect("2022", "season"),
            expect("1190~", "caravanserai"),
            expect("1348?", "abandon"),
        ),
    ),
    Text(
        "evacuation_notice",
        "consular notice on an evacuation flight",
        date(2025, 10, 8),
        (
            "EMBASSY IN PORT ALDER - CONSULAR SECTION\n"
            "Notice to citizens, 8 October 2025\n"
            "\n"
            "Evacuation flight from Port Alder\n"
            "\n"
            "The Ministry of Foreign Affairs has chartered an aircraft for citizens who wish "
            "to leave Marovia. The flight will leave Port Alder International Airport on "
            "Friday 10 October at 14:00 local time.\n"
            "\n"
            "Citizens who wish to travel are to register with the embassy no later than "
            "Thursday 9 October. Seats are limited; priority will be given to families with "
            "children.\n"
            "\n"
            "The airport reopened yesterday after it was closed on 2 October because of "
            "fighting in the northern districts. Commercial flights have been suspended since "
            "29 September. A second flight may possibly follow on 14 October.\n"
            "\n"
            "The consular section is open daily from 9:00 to 13:00. Emergency line: +000 555 "
            "0100."
        ),
        (
            expect("2025-10-10", "flight", planned=True),
            expect("../2025-10-09", "regist", planned=True),
            expect("2025-10-07", "reopen"),
            expect("2025-10-02", "clos"),
            expect("2025-09-29/..", "suspend"),
            expect("2025-10-14?", "second", planned=True),
        ),
    ),
    Text(
        "teen_blog_diary",
        "teenager's blog diary",
        date(2025, 4, 12),
        (
            "~*~ lottie's little corner of the internet ~*~\n"
            "\n"
            "posted Sat 12 April 2025 | mood: HYPER | listening to: the same song on repeat\n"
            "\n"
            "ok so. BIG NEWS. the school trip to paris is actually happening!!! we leave on 3 "
            "may and come back on the 6th. mum said yes yesterday after literally two weeks "
            "of begging lol\n"
            "\n"
            "other news: my cat biscuit turned 3 on tuesday and we gave her a tiny tuna cake. "
            "she ignored it. classic biscuit.\n"
            "\n"
            "we went to see nan in bristol on 29 march and she taught me how to make scones "
            "(mine were flat, hers were perfect, life is unfair)\n"
            "\n"
            "i've had braces since august 2023 and honestly i have no idea when they come "
            "off. exams start on the 12th of may and i am sooo not ready.\n"
            "\n"
            "swimming every thursday as usual. anyway byeee xx\n"
            "\n"
            "3 comments | leave a comment"
        ),
        (
            expect("2025-05-03/2025-05-06", "trip", planned=True),
            expect("2025-04-11", "mum"),
            expect("2025-04-08", "biscuit"),
            expect("2025-03-29", "nan"),
            expect("2023-08/..", "braces"),
            expect("2025-05-12", "exam", planned=True),
        ),
    ),
    Text(
        "captain_interview",
        "interview with a ship captain (Q/A)",
        date(2024, 11, 4),
        (
            '"The sea does not care about your schedule"\n'
            "\n"
            "Captain Ingrid Solheim has spent thirty years at sea. She spoke to us in Tromso "
            "between voyages.\n"
            "\n"
            "Q: When did you first go to sea?\n"
            "A: In 1994, as a deck cadet on a bulk carrier out of Bergen. I got my master's "
            "certificate in 2006.\n"
            "\n"
            "Q: You were in command of the Nordlys Star when she lost power off Biscay.\n"
            "A: Yes, that was on 17 January 2019. We drifted for some 14 hours in a force "
            "nine before the tug reached us.\n"
            "\n"
            "Q: And today?\n"
            "A: I have been master of the research vessel Arctic Tern since March 2021. She "
            "will go into dry dock in Gdansk on 2 December, and after that we are scheduled "
            "to start the Svalbard route in February.\n"
            "\n"
            "Q: Do you ever get home?\n"
            "A: I work four weeks on, four weeks off. My daughter says I am a visitor."
        ),
        (
            expect("1994", "cadet"),
            expect("2006", "certificate"),
            expect("2019-01-17", "power"),
            expect("2021-03/..", "tern"),
            expect("2024-12-02", "dock", planned=True),
            expect("2025-02", "svalbard", planned=True),
        ),
    ),
    Text(
        "game_patch_notes",
        "game patch notes",
        date(2025, 6, 19),
        (
            'IRONVALE ONLINE - PATCH 2.14 "EMBER TIDE"\n'
            "Posted by Community Team - Jun 19, 2025 - 4 min read\n"
            "\n"
            "Hi Wardens! Patch 2.14 goes live on Tuesday, June 24, after a maintenance window "
            "of roughly two hours.\n"
            "\n"
            "NEW\n"
            "- The Ember Tide event runs from June 24 to July 15.\n"
            "- Double XP weekends return every Saturday and Sunday in July.\n"
            "\n"
            "BALANCE\n"
            "- Frost Lance damage reduced from 120 to 105.\n"
            "\n"
            "FIXES\n"
            "- Patch 2.12, released on April 8, introduced a bug that emptied guild bank tabs "
            "on login. This is now fixed.\n"
            "- The Deepwood raid, added on May 20 in patch 2.13, no longer drops duplicate "
            "trophies.\n"
            "\n"
            "PLATFORM\n"
            "- Cross-play with consoles, added in March 2024, now covers all regions.\n"
            "- The legacy launcher will stop working no later than August 31. Please install "
            "the new launcher.\n"
            "\n"
            "See you in Ironvale!"
        ),
        (
            expect("2025-06-24", "patch", planned=True),
            expect("2025-06-24/2025-07-15", "ember", planned=True),
            expect("2025-04-08", "2.12"),
            expect("2025-05-20", "deepwood"),
            expect("2024-03", "cross"),
            expect("../2025-08-31", "launcher", planned=True),
        ),
    ),
    Text(
        "scandal_timeline_sidebar",
        "timeline sidebar of a corporate scandal",
        None,
        (
            "TIMELINE | The Halvorsen Foods accounts affair\n"
            "\n"
            "- 2014: Halvorsen Foods lists its shares on the Oslo stock exchange.\n"
            "- c. 2016: According to prosecutors, managers begin booking fictitious supplier "
            "rebates.\n"
            "- 12 Feb 2021: A whistleblower writes to the chair of the board's audit "
            "committee.\n"
            "- 3 Nov 2022: Shares fall 38% in a day, the steepest drop since the listing.\n"
            "- Nov 2022: Chief executive Per Aamodt resigns.\n"
            "- 9 Jan 2023: The national economic crime unit opens a criminal investigation.\n"
            "- By 30 Jun 2024: The company restates five years of accounts.\n"
            "- 3 Mar 2026: The trial of Aamodt and three others is scheduled to open in Oslo.\n"
            "\n"
            "Graphic: N. Berg / Sources: court documents, company filings"
        ),
        (
            expect("2014", "list"),
            expect("2016~", "rebate"),
            expect("2021-02-12", "whistleblower"),
            expect("2022-11-03", "shares"),
            expect("2022-11", "resign"),
            expect("2023-01-09", "investigation"),
            expect("../2024-06-30", "restate"),
            expect("2026-03-03", "trial", planned=True),
        ),
    ),
    Text(
        "flood_written_statement",
        "parliamentary written statement",
        date(2025, 3, 11),
        (
            "Written statement: Flood defence programme update\n"
            "\n"
            "Made by: Minister for Water and Flooding (Ellen Marsh)\n"
            "Made on: 11 March 2025\n"
            "Statement number: HCWS512\n"
            "\n"
            "Today I am updating the House on the flood defence programme.\n"
            "\n"
            "Storm Bertil struck the east coast on 22 November 2024, overtopping defences in "
            "14 places. The Environment Agency had inspected 1,240 flood defence assets by 31 "
            "January 2025. Repairs to the Tolleshunt embankment were completed on 28 "
            "February. I visited Tolleshunt on Monday and thanked the crews for their work.\n"
            "\n"
            "The capital programme, which has been running since April 2021, has now better "
            "protected 96,000 homes. Spending this year is the highest since 2010. A further "
            "40 million pounds is to be allocated by 30 September 2025, and the Government "
            "will publish a revised investment plan before the summer recess.\n"
            "\n"
            "I will place a copy of the asset inspection report in the Libraries of both "
            "Houses."
        ),
        (
            expect("2024-11-22", "storm"),
            expect("../2025-01-31", "inspect"),
            expect("2025-02-28", "embankment"),
            expect("2025-03-10", "visit"),
            expect("2021-04/..", "programme"),
            expect("../2025-09-30", "allocat", planned=True),
        ),
    ),
    Text(
        "market_report",
        "weekly agricultural market report",
        date(2025, 2, 7),
        (
            "FARM MARKETS | Week ending 7 February 2025\n"
            "\n"
            "CATTLE\n"
            "Prime steers at Carrowmore Mart averaged 498p/kg on Tuesday, the best price "
            "since 2022. Yesterday's store cattle sale saw 640 head forward, with bullocks "
            "selling to 1,890 pounds.\n"
            "\n"
            "SHEEP\n"
            "Hogget trade eased by 6p/kg through the week. Lamb numbers are expected to build "
            "through the spring.\n"
            "\n"
            "GRAIN\n"
            "Feed wheat for November 2025 delivery traded at 182 pounds/t ex-farm.\n"
            "\n"
            "MILK\n"
            "Meadowgate Dairies will cut its standard litre price by 1p from 1 March.\n"
            "\n"
            "NOTICES\n"
            "- The Carrowmore sale ring, closed since 20 January for resurfacing, reopens on "
            "Monday.\n"
            "- A dispersal sale of farm machinery will be held at Hollins Farm, Ashby, on "
            "Saturday 15 February.\n"
            "- Carrowmore holds prime sales every Tuesday and store sales every Thursday."
        ),
        (
            expect("2025-02-04", "steer"),
            expect("2025-02-06", "store"),
            expect("2025-03-01", "price", planned=True),
            expect("2025-01-20/..", "ring"),
            expect("2025-02-10", "reopen", planned=True),
            expect("2025-02-15", "machinery", planned=True),
        ),
    ),
)
