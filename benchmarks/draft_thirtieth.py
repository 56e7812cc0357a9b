"""A thirtieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a port
strike, a water utility's press release, an appeals court opinion, an encyclopedia history of a
mountain monastery, a marathon report, a bicycle maker's history, a medical survey's mission
summary, a drought statement, a museum's HTML timeline, an engineer's obituary, council
minutes, an NGO situation report, an abstract, an embassy notice, an expedition diary, an
interview, release notes, a think-tank timeline, a written parliamentary answer and a local
roundup). The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTIETH_CORPUS",)


THIRTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "port_strike_rotterdam",
        "wire story with a dateline",
        date(2025, 3, 12),
        "ROTTERDAM, March 12 (Meridian Wire) - Dock workers at the port of Rotterdam walked "
        "off the job on Monday, halting container traffic at four terminals, the Havenbond "
        "union said.\n\n"
        "The stoppage, the longest at the port since 2019, began after talks with the terminal "
        "operators' association broke down on March 7. Havenbond, which has represented "
        "Rotterdam's dockers since 1987, said the action would go on until the employers "
        "improved their offer.\n\n"
        "On Tuesday evening 40 ships were waiting at anchor off the Maasvlakte, according to "
        "harbour data. Operators said they were rerouting cargo to Antwerp and Hamburg.\n\n"
        "The union first threatened action on or about February 20, when the operators "
        "proposed a two-year wage freeze. A mediator appointed by the labour ministry is "
        "scheduled to meet both sides on March 17.\n\n"
        '"We are not going back until there is a serious offer," union leader Petra Koning '
        "told reporters at the picket line.\n\n"
        "(Reporting by Daan Verhoef; Editing by Clare Hobbs)",
        (
            expect("2025-03-10", "walk"),
            expect("2025-03-07", "talks"),
            expect("1987/..", "represent"),
            expect("2025-03-11", "ships"),
            expect("2025-02-20~", "threat"),
            expect("2025-03-17", "mediator", planned=True),
        ),
    ),
    Text(
        "northvale_lead_pipes",
        "press release of a water utility",
        None,
        "NORTHVALE WATER\n"
        "Press release | 4 June 2024\n\n"
        "Northvale Water to replace lead pipes in Easton\n\n"
        "Northvale Water will begin replacing lead service pipes in the Easton district on "
        "1 July 2024, the utility said. The programme, worth £14 million, covers some 2,100 "
        "addresses identified in a survey completed in November 2023.\n\n"
        "All affected households had received a letter by 15 May 2024. Drop-in information "
        "sessions will be held at Easton Library on 17 June.\n\n"
        "Northvale has supplied Easton from the Harrow reservoir since 1962. The reservoir's "
        "treatment works were upgraded in 2008, and lead levels in tap water are the lowest "
        "since monitoring began.\n\n"
        '"Replacing these pipes is the single most important thing we can do for water '
        'quality in the town," said chief executive Amira Osei.\n\n'
        "ENDS\n\n"
        "Media contact: press office, 01632 960 418 | Notes to editors: Northvale Water "
        "serves 1.2 million customers.",
        (
            expect("2024-07-01", "replac", planned=True),
            expect("2023-11", "survey"),
            expect("../2024-05-15", "letter"),
            expect("2024-06-17", "session", planned=True),
            expect("1962/..", "suppl"),
            expect("2008", "upgrad"),
        ),
    ),
    Text(
        "harlan_v_delacroix",
        "court opinion",
        None,
        "IN THE COURT OF APPEALS, FOURTH DISTRICT\n\n"
        "HARLAN MILLWORKS, INC., Plaintiff-Appellant,\n"
        "v.\n"
        "DELACROIX PROPERTIES, LLC, Defendant-Appellee.\n\n"
        "No. 4D24-0187\n"
        "Filed February 18, 2025\n\n"
        "Appeal from the Circuit Court for Marion County; Ellen R. Whitcomb, Judge.\n\n"
        "OPINION\n\n"
        "PARKS, J.\n\n"
        "I. Procedural History\n\n"
        "On or about April 3, 2021, Harlan delivered custom cabinetry for an apartment "
        "building owned by Delacroix. Delacroix refused to pay the final invoice, and Harlan "
        "filed suit on January 10, 2022, alleging breach of contract.\n\n"
        "The parties completed discovery no later than March 31, 2023. After a bench trial "
        "held from September 12 to 14, 2023, the trial court entered judgment for Delacroix "
        "on November 2, 2023. Harlan filed its notice of appeal on November 29, 2023.\n\n"
        "The record on appeal was probably transmitted to this court in January 2024; the "
        "clerk's stamp on the transmittal letter is illegible. We heard oral argument on "
        "October 8, 2024.\n\n"
        "II. Standard of Review\n\n"
        "We review the trial court's findings of fact for clear error and its conclusions of "
        "law de novo. For the reasons below, we affirm.",
        (
            expect("2021-04-03~", "deliver"),
            expect("2022-01-10", "suit"),
            expect("../2023-03-31", "discovery"),
            expect("2023-09-12/2023-09-14", "trial"),
            expect("2023-11-02", "judgment"),
            expect("2023-11-29", "appeal"),
            expect("2024-01?", "record"),
            expect("2024-10-08", "argument"),
        ),
    ),
    Text(
        "tsvera_monastery",
        "encyclopedia history of a mountain monastery",
        None,
        "Tsvera Monastery\n\n"
        "Tsvera Monastery is a Georgian Orthodox monastery on a spur of the Greater Caucasus "
        "above the village of Tsvera, in the Mtskheta-Mtianeti region of Georgia, at an "
        "elevation of about 2,150 metres.\n\n"
        "History\n\n"
        "According to tradition, the monastery was founded c. 1150 by the hermit Ioane of "
        "Tsvera, who lived in a cave below the present church. The church of the Ascension, "
        "the oldest surviving building, was probably built in 1237, the year read on a damaged "
        "inscription over its west door.\n\n"
        "Raiders burned the wooden cells around 1390, and the community dispersed. The "
        "monastery was rebuilt between 1512 and 1520 under the patronage of the local "
        "princes.\n\n"
        "It was closed by the Soviet authorities in 1924; its buildings served as a weather "
        "station from 1931 to 1988. Monks returned in 1991, and the complex has been listed as "
        "a cultural monument of national significance since 2004. Eleven monks live there "
        "today.\n\n"
        "See also\n"
        "* List of monasteries in Georgia\n\n"
        "References",
        (
            expect("1150~", "found"),
            expect("1237?", "church"),
            expect("1390~", "burn"),
            expect("1512/1520", "rebuilt"),
            expect("1924", "closed"),
            expect("1931/1988", "weather"),
            expect("1991", "monks"),
            expect("2004/..", "monument"),
        ),
    ),
    Text(
        "valencia_marathon",
        "sports report on a marathon",
        date(2025, 12, 8),
        "ATHLETICS\n\n"
        "Chebet storms to Valencia course record\n\n"
        "By Marta Ruiz\n\n"
        "Ruth Chebet won the Valencia Marathon yesterday in 2:16:40, taking 71 seconds off "
        "the women's course record and running the fastest women's marathon anywhere since "
        "2019. Around 30,000 runners started in warm, still conditions.\n\n"
        "The 27-year-old Kenyan, who made her marathon debut in Hamburg in April 2022, pulled "
        "clear of Ethiopia's Alem Tadesse after 35 km. Her season had looked over when she "
        "withdrew from the world championships in Tokyo on 14 September 2025 with a calf "
        "strain.\n\n"
        "The men's race went to Dawit Haile in 2:04:51. Haile, who has held the Ethiopian "
        "record since 2023, trains with his club on the track every Tuesday.\n\n"
        "The race, first run in 1981, has grown into one of Europe's fastest marathon courses. "
        "Next year's race is scheduled for 6 December 2026.\n\n"
        "Chebet is expected to run the London Marathon in April, her manager said.",
        (
            expect("2025-12-07", "chebet"),
            expect("2022-04", "debut"),
            expect("2025-09-14", "withdr"),
            expect("2023/..", "haile"),
            expect("1981", "first"),
            expect("2026-12-06", "race", planned=True),
            expect("2026-04", "london", planned=True),
        ),
    ),
    Text(
        "velotta_cycles",
        "company history of a bicycle maker",
        None,
        "Our story\n\n"
        "Velotta Cycles was founded in Bologna in 1921 by the brothers Aldo and Renzo Ferri, "
        "who had repaired bicycles for the city's postmen since their teens. The first Velotta "
        "racing frame left the workshop around 1927, brazed by Renzo himself.\n\n"
        "The factory was requisitioned during the war. Production resumed in 1946, and the "
        "company moved to its present site in Imola the following year, where it still builds "
        "every frame by hand.\n\n"
        "Riders on Velotta frames won the Italian road championship in 1958, 1962 and 1969, "
        "the golden years of the brand. Every year the workshop opens its doors for a "
        "customers' ride through the hills.\n\n"
        "Today the company is run by Giulia Ferri, Aldo's granddaughter. A new assembly hall, "
        "doubling the space of the workshop, is scheduled to open in 2026.\n\n"
        "Shop | Frames | Dealers | Contact",
        (
            expect("1921", "found"),
            expect("1927~", "frame"),
            expect("1946", "production"),
            expect("1947", "move"),
            expect("1958", "championship"),
            expect("1962", "championship"),
            expect("1969", "championship"),
            expect("2026", "hall", planned=True),
        ),
    ),
    Text(
        "kasese_eye_survey",
        "mission summary of a medical survey team",
        None,
        "MISSION SUMMARY\n"
        "Rapid Assessment of Avoidable Blindness, Kasese District, Uganda\n"
        "Lumen Eye Trust | Report LET-24-07\n\n"
        "Team and schedule\n"
        "The survey team of eleven arrived in Kasese on 2 April 2024 and had trained 16 local "
        "enumerators by 6 April. Fieldwork ran from 8 to 26 April in 40 randomly selected "
        "clusters; 3,912 people aged 50 and over were examined, a response rate of 94 per "
        "cent.\n\n"
        "A cataract surgical camp was held at Bwera Hospital on or around 20 April, with 112 "
        "operations.\n\n"
        "Findings\n"
        "The age- and sex-adjusted prevalence of blindness was 1.6 per cent, lower than in the "
        "2016 assessment. Cataract remained the leading cause.\n\n"
        "Next steps\n"
        "Preliminary results were presented to the District Health Office on 29 April. The "
        "final report is expected to be published in September 2024, and the Trust will "
        "return for outreach visits every quarter.",
        (
            expect("2024-04-02", "arriv"),
            expect("../2024-04-06", "train"),
            expect("2024-04-08/2024-04-26", "fieldwork"),
            expect("2024-04-20~", "camp"),
            expect("2024-04-29", "present"),
            expect("2024-09", "report", planned=True),
        ),
    ),
    Text(
        "drought_statement",
        "government statement on a drought",
        date(2024, 8, 15),
        "MINISTRY OF WATER AND RURAL DEVELOPMENT\n"
        "Republic of Namibia\n\n"
        "STATEMENT ON THE DROUGHT SITUATION\n"
        "Windhoek, 15 August 2024\n\n"
        "Cabinet on Monday extended the state of drought emergency, first declared on 27 May "
        "2024, to all fourteen regions. Rainfall in the 2023/24 season was the lowest since "
        "1981 across most of the country.\n\n"
        "Since 1 June, the Ministry has distributed food parcels to about 48,000 households in "
        "the Kunene, Omusati and Kavango East regions. Water tankers reached the first "
        "settlements in Kunene on 10 July.\n\n"
        "The drilling of 120 emergency boreholes is scheduled to begin on 2 September. "
        "Livestock farmers may apply for the fodder subsidy at any regional office, which is "
        "open every weekday from 8:00 to 13:00.\n\n"
        "The Minister will brief the National Assembly on the response on Tuesday. The public "
        "is urged to use water sparingly.\n\n"
        "Issued by the Office of the Executive Director",
        (
            expect("2024-08-12", "extend"),
            expect("2024-05-27", "declar"),
            expect("2024-06-01/..", "food"),
            expect("2024-07-10", "tanker"),
            expect("2024-09-02", "borehole", planned=True),
            expect("2024-08-20", "brief", planned=True),
        ),
    ),
    Text(
        "vestrand_museum_html",
        "HTML page of a regional museum with a timeline list",
        None,
        '<!DOCTYPE html>\n<html lang="en">\n'
        "<head><title>History | Vestrand Regional Museum</title></head>\n<body>\n"
        '<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | '
        '<a href="/history">History</a></nav>\n'
        "<h1>Our history</h1>\n"
        "<p>From a single room of farm tools to six buildings on the fjord: the museum at a "
        "glance. Guided tours run every Sunday at 13:00.</p>\n"
        '<ul class="timeline">\n'
        "<li><b>1911</b> The Vestrand local history society opens a collection room in the "
        "old courthouse.</li>\n"
        "<li><b>c. 1935</b> The collection moves to the Brekke farmhouse, donated by the "
        "Brekke family.</li>\n"
        "<li><b>1940&ndash;1945</b> The museum is closed during the occupation; part of the "
        "collection is hidden in a barn.</li>\n"
        "<li><b>1972</b> The boat hall is built to house the Vestrand fishing boats.</li>\n"
        "<li><b>Since 2001</b> The museum is part of the Fjord Coast museum consortium.</li>\n"
        "<li><b>14 May 2026</b> The new archive wing is scheduled to open.</li>\n"
        "</ul>\n"
        "<footer>&copy; 2025 Vestrand Regional Museum &middot; Open Tue&ndash;Sun 11&ndash;16 "
        "&middot; Last updated 3 March 2025</footer>\n"
        "</body>\n</html>",
        (
            expect("1911", "collection"),
            expect("1935~", "move"),
            expect("1940/1945", "closed"),
            expect("1972", "boat"),
            expect("2001/..", "consortium"),
            expect("2026-05-14", "archive", planned=True),
        ),
    ),
    Text(
        "solvang_obituary",
        "obituary of an engineer",
        date(2025, 2, 20),
        "Obituaries\n\n"
        "Ingrid Solvang, bridge engineer, 1938-2025\n\n"
        "Ingrid Solvang, who designed the Haldor Sound bridge, died on Sunday at her home in "
        "Bergen. She was 86.\n\n"
        "Born in Ålesund on 9 March 1938, the daughter of a ferry captain, she studied civil "
        "engineering in Trondheim, graduating in 1962 as one of three women in her year. She "
        "joined the consulting firm Fjell & Berg the following year and became its first "
        "female partner around 1979.\n\n"
        "The Haldor Sound bridge, her best-known work, opened on 1 July 1991. At 530 metres its "
        "main span was then the longest of any cable-stayed bridge in Scandinavia, and "
        "colleagues recall that she walked its deck every morning during construction.\n\n"
        "She retired in 2003 but continued to advise the roads authority on inspections. She "
        "is survived by her husband, Per, and two sons.\n\n"
        "A memorial service will be held at Bergen Cathedral on 1 March.",
        (
            expect("2025-02-16", "die"),
            expect("1938-03-09", "born"),
            expect("1962", "graduat"),
            expect("1963", "join"),
            expect("1979~", "partner"),
            expect("1991-07-01", "open"),
            expect("2003", "retir"),
            expect("2025-03-01", "memorial", planned=True),
        ),
    ),
    Text(
        "ashbury_council_minutes",
        "council meeting minutes with agenda items",
        None,
        "ASHBURY TOWN COUNCIL\n"
        "Minutes of the Ordinary Meeting held on Tuesday 11 March 2025 at 7.00 pm in the "
        "Council Chamber, Market Place\n\n"
        "Present: Cllr R. Patel (Chair), Cllr S. Hughes, Cllr A. Lowe, Cllr M. Okafor. In "
        "attendance: J. Fairley (Town Clerk), two members of the public.\n\n"
        "25/031 Apologies\n"
        "Apologies were received from Cllr D. Price.\n\n"
        "25/032 Minutes\n"
        "The minutes of the previous meeting were approved and signed as a correct record.\n\n"
        "25/033 Market Square resurfacing\n"
        "The Clerk reported that the contractor had completed the resurfacing on 28 February "
        "and that the final invoice of £41,260 had been paid. A grant of £12,000 from the "
        "county council was received on 19 February.\n\n"
        "25/034 Mill Lane play area\n"
        "The new play equipment was ordered on 4 March; installation will take about three "
        "weeks.\n\n"
        "25/035 Flooding\n"
        "Cllr Okafor reported that Brook Street had flooded on 2 March and asked the Clerk to "
        "write to the highway authority.\n\n"
        "25/036 Library\n"
        "The county council, which took over the library in 2014, expects to transfer it to "
        "the Town Council in April 2026. RESOLVED to set up a working group.\n\n"
        "25/037 Date of next meeting\n"
        "Tuesday 8 April 2025, 7.00 pm. The Council meets on the second Tuesday of every "
        "month.\n\n"
        "The meeting closed at 8.42 pm.",
        (
            expect("2025-02-28", "resurfac"),
            expect("2025-02-19", "grant"),
            expect("2025-03-04", "order"),
            expect("2025-03-02", "flood"),
            expect("2014", "library"),
            expect("2026-04", "transfer", planned=True),
            expect("2025-04-08", "meeting", planned=True),
        ),
    ),
    Text(
        "sylhet_flood_sitrep",
        "NGO situation report with numbered paragraphs",
        None,
        "RIVERLINE RELIEF\n"
        "Situation Report No. 6: Flooding in Sylhet Division, Bangladesh\n"
        "Date of issue: 24 June 2024\n\n"
        "1. Heavy rain since 16 June has pushed the Surma and Kushiyara rivers above danger "
        "levels at seven gauging stations.\n\n"
        "2. The Surma breached an embankment at Chhatak on 19 June, flooding 23 unions. On "
        "20 June the district administration put the number of people affected at 620,000, "
        "the highest figure since 2022.\n\n"
        "3. Riverline teams began distributing water purification tablets in Companiganj on "
        "18 June and have reached about 9,000 families.\n\n"
        "4. Two shelters in Sunamganj were probably flooded on 21 June; the teams have not "
        "been able to reach them to confirm.\n\n"
        "5. The Meteorological Department forecasts further heavy rain from 26 to 28 June.\n\n"
        "6. A joint needs assessment with the local authorities is planned for 1 July. "
        "Coordination meetings are held every morning at the district office.\n\n"
        "Contact: Field Coordinator, Sylhet sub-office",
        (
            expect("2024-06-16/..", "rain"),
            expect("2024-06-19", "embankment"),
            expect("2024-06-20", "affected"),
            expect("2024-06-18", "tablet"),
            expect("2024-06-21?", "shelter"),
            expect("2024-06-26/2024-06-28", "rain", planned=True),
            expect("2024-07-01", "assessment", planned=True),
        ),
    ),
    Text(
        "kirkvale_fluoride_abstract",
        "academic abstract with a background paragraph",
        None,
        "Fluoride withdrawal and caries in five-year-olds: a natural experiment in Kirkvale, "
        "Scotland\n\n"
        "A. M. Rennie, K. Doyle, S. Baird\n\n"
        "Abstract\n\n"
        "Background: Community water fluoridation was introduced in the town of Kirkvale in "
        "1968, four years after the first survey of children's teeth there in 1964. After a "
        "local referendum on 5 May 2011, the scheme was discontinued around October 2011. "
        "Kirkvale's water has come from the Loch Aird treatment works since 1974. A "
        "reintroduction is expected to be considered by the health board in 2026.\n\n"
        "Methods: We compared the dental records of 4,212 five-year-olds examined in the five "
        "years before and the five years after the change, using the regional child dental "
        "inspection, which examines every child at school entry each year.\n\n"
        "Results: The prevalence of obvious decay rose from 31% to 39%, the highest in the "
        "town since the 1990s.\n\n"
        "Conclusions: The withdrawal of fluoridation was followed by a rise in decay that "
        "was largest in the most deprived areas.",
        (
            expect("1968", "introduc"),
            expect("1964", "survey"),
            expect("2011-05-05", "referendum"),
            expect("2011-10~", "discontinu"),
            expect("1974/..", "treatment"),
            expect("2026", "reintroduc", planned=True),
        ),
    ),
    Text(
        "estoria_visa_notice",
        "embassy notice on visa appointments",
        date(2025, 10, 2),
        "EMBASSY OF THE REPUBLIC OF ESTORIA\n"
        "Lima, Peru\n\n"
        "NOTICE ON VISA APPOINTMENTS\n"
        "2 October 2025\n\n"
        "Since 1 September 2025, all visa appointments must be booked through the online "
        "portal; telephone and e-mail bookings are no longer accepted.\n\n"
        "Because of a system upgrade, the portal will be unavailable from 13 to 15 October. "
        "Appointments already booked for those days remain valid.\n\n"
        "The visa section will be closed on Friday for National Day.\n\n"
        "The Embassy, which opened in Lima in 1998, moved its consular section to Avenida "
        "Pardo 1140, Miraflores, on or about 15 January 2024. The visa counter reopened on "
        "9 June 2025 after renovation; applicants should use the side entrance.\n\n"
        "Opening hours of the visa section: Monday to Thursday, 9:00 to 12:00.",
        (
            expect("2025-09-01/..", "book"),
            expect("2025-10-13/2025-10-15", "unavailable", planned=True),
            expect("2025-10-03", "closed", planned=True),
            expect("1998", "open"),
            expect("2024-01-15~", "moved"),
            expect("2025-06-09", "reopen"),
        ),
    ),
    Text(
        "saltoro_diary",
        "diary of an expedition with dated entries",
        None,
        "Saltoro Reconnaissance, 1952: journal of R. H. Tennant\n\n"
        "3 June 1952. Left Skardu at dawn with 42 porters and the mail runner. Hot, dusty "
        "march along the Indus.\n\n"
        "5 June. Reached Khapalu, where Hadley's advance party had arrived by 1 June. The "
        "headman says the rope bridge at Saling was carried away around 20 May; we must cross "
        "by raft.\n\n"
        "8 June. Rest day at Hushe. Hadley down with fever; the porters play cards every "
        "evening.\n\n"
        "11 June. Established Base Camp on the moraine at about 4,300 m, below the icefall.\n\n"
        "14 June. Hadley, recovered, and I reconnoitred the icefall as far as the second "
        "step. We intend to attempt the col on the 17th if the weather holds.",
        (
            expect("1952-06-03", "skardu"),
            expect("1952-06-05", "khapalu"),
            expect("../1952-06-01", "advance"),
            expect("1952-05-20~", "bridge"),
            expect("1952-06-08", "fever"),
            expect("1952-06-11", "base"),
            expect("1952-06-14", "icefall"),
            expect("1952-06-17", "col", planned=True),
        ),
    ),
    Text(
        "oderbruch_festival_interview",
        "Q&A interview with a festival director",
        date(2025, 5, 6),
        "Five questions for Lena Marquardt\n\n"
        "Interview: Jonas Weil | 6 May 2025\n\n"
        "The Oderbruch Folk Festival, first held in 1994, returns to Letschin from 18 to 20 "
        "July. Its director, Lena Marquardt, talks about storms, tickets and the line-up.\n\n"
        "Q: You took over as director in 2019. What has changed since then?\n\n"
        "A: More young bands, fewer big names. The children's programme has been part of the "
        "festival since 2021, and it is now the thing families ask about first.\n\n"
        "Q: Last year's festival never happened.\n\n"
        "A: No. A storm destroyed the main stage on 12 July 2024, the day before we were to "
        "open, and we cancelled that evening. It was the hardest decision of my life.\n\n"
        "Q: How are ticket sales this time?\n\n"
        "A: Very good. Pre-sales opened on 1 March this year and we sold around 6,000 tickets "
        "in the first week, our best start since 2016.\n\n"
        "Q: When do we hear who is playing?\n\n"
        "A: We will announce the full line-up on Friday. I can promise one surprise.",
        (
            expect("1994", "first"),
            expect("2025-07-18/2025-07-20", "return", planned=True),
            expect("2019", "director"),
            expect("2021/..", "children"),
            expect("2024-07-12", "storm"),
            expect("2025-03-01", "sale"),
            expect("2025-05-09", "line", planned=True),
        ),
    ),
    Text(
        "tallymark_release_notes",
        "product release notes of an app",
        None,
        "Tallymark for iOS and Android: release notes\n\n"
        "Version 4.2.0 (18 November 2025)\n"
        "- New: recurring budgets with monthly or weekly limits.\n"
        "- Improved: the sync server was moved to a new data centre in Frankfurt on "
        "12 November; syncing is now up to twice as fast.\n"
        "- Fixed: a crash when exporting reports with more than 10,000 entries.\n\n"
        "Version 4.1.3 (30 October 2025)\n"
        "- Fixed: CSV exports made before 1 October 2025 could show the wrong currency "
        "symbol.\n"
        "- Fixed: the widget did not refresh after midnight.\n\n"
        "Version 4.1.0 (2 October 2025)\n"
        "- New: backups are encrypted on the device.\n"
        "- New: dark mode follows the system setting.\n\n"
        "Coming up\n"
        "- Support for Android 11 and earlier will end on 31 January 2026.\n"
        "- Version 5.0, with shared household budgets, is planned for March 2026.\n\n"
        "Tallymark checks for updates every day when the app is opened.",
        (
            expect("2025-11-18", "4.2.0"),
            expect("2025-11-12", "sync"),
            expect("2025-10-30", "4.1.3"),
            expect("2025-10-02", "4.1.0"),
            expect("2026-01-31", "android", planned=True),
            expect("2026-03", "5.0", planned=True),
        ),
    ),
    Text(
        "kessel_strait_cable_timeline",
        "think-tank timeline backgrounder with bullet dates",
        None,
        "BACKGROUNDER\n"
        "Baltic Energy Policy Institute | Updated 10 January 2025\n\n"
        "The Kessel Strait power cable: a timeline\n\n"
        "The 170-km Kessel Strait cable links the Estonian and Finnish grids. Since it opened "
        "it has been the cheapest route for Nordic power into the Baltic states.\n\n"
        "• 2009 – The two grid operators commission a first feasibility study.\n"
        "• 14 March 2012 – The governments of Estonia and Finland sign a memorandum of "
        "understanding on the cable.\n"
        "• c. October 2018 – The construction contract is awarded to a Norwegian-Italian "
        "consortium.\n"
        "• 2019 – Cable laying probably begins; the operators have never published the "
        "date.\n"
        "• 6 June 2021 – The cable enters commercial operation.\n"
        "• By 2023 – The link carries roughly a fifth of Estonia's electricity imports.\n"
        "• 3 November 2024 – The cable is damaged, possibly by a ship's anchor; the "
        "investigation is continuing.\n"
        "• 2026 – Repairs are expected to be completed.\n\n"
        "Analysis: the outage is the longest on any Baltic interconnector since 2016.",
        (
            expect("2009", "feasibility"),
            expect("2012-03-14", "memorandum"),
            expect("2018-10~", "contract"),
            expect("2019?", "laying"),
            expect("2021-06-06", "operation"),
            expect("../2023", "import"),
            expect("2024-11-03", "damage"),
            expect("2026", "repair", planned=True),
        ),
    ),
    Text(
        "elmbridge_viaduct_answer",
        "parliamentary written answer",
        None,
        "Elmbridge Viaduct: Repairs\n\n"
        "Question for the Department for Transport\n"
        "Asked by Ian Carrow (Northmoor)\n"
        "Tabled: 3 April 2025 | UIN 41287\n\n"
        "To ask the Secretary of State for Transport, when the Elmbridge viaduct on the "
        "Northmoor line will reopen to passenger trains.\n\n"
        "Answered by Jane Tolley, Minister of State | Answered: 10 April 2025\n\n"
        "The Elmbridge viaduct was closed on 14 November 2024 after engineers found cracking "
        "in two of its piers. The infrastructure manager began strengthening works on "
        "6 January 2025. The works are expected to be completed in July 2025, and the line is "
        "scheduled to reopen to passenger services on 1 September 2025.\n\n"
        "Replacement buses have run between Northmoor and Castlegate since 18 November 2024, "
        "every 20 minutes at peak times. The viaduct was built in 1868 and was last "
        "refurbished in 1997; the cracking is the most serious defect found on the structure "
        "since that refurbishment.\n\n"
        "My officials will continue to meet the infrastructure manager every fortnight.",
        (
            expect("2024-11-14", "closed"),
            expect("2025-01-06", "strengthening"),
            expect("2025-07", "complet", planned=True),
            expect("2025-09-01", "reopen", planned=True),
            expect("2024-11-18/..", "bus"),
            expect("1868", "built"),
            expect("1997", "refurbish"),
        ),
    ),
    Text(
        "valley_roundup",
        "local newspaper roundup of three short items",
        date(2025, 9, 18),
        "AROUND THE VALLEY\n\n"
        "Library back in business\n"
        "Hexham Road Library reopened on Monday after a three-month closure for roof repairs. "
        "Staff said 140 people came through the doors on the first morning. The library hosts "
        "a toddlers' rhyme time every Wednesday at 10am.\n\n"
        "Bridge club marks 73 years\n"
        "The Weldon Bridge Club, founded in 1952, will hold a charity tournament at the village "
        "hall on Saturday. Proceeds go to the Valley Air Ambulance.\n\n"
        "Mill Farm homes\n"
        "Councillors will decide on 2 October whether to approve 24 homes at Mill Farm. The "
        "application, submitted around May 2024, has drawn 310 objections, the most for any "
        "scheme in the district since 2017. The old farm buildings on the site burned down in "
        "2011.",
        (
            expect("2025-09-15", "library"),
            expect("1952", "found"),
            expect("2025-09-20", "tournament", planned=True),
            expect("2025-10-02", "decide", planned=True),
            expect("2024-05~", "application"),
            expect("2011", "burn"),
        ),
    ),
)
