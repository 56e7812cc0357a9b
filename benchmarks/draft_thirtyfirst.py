"""A thirty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story on a bank merger, a shipyard's press release, a labour judgment summary, a river port's
encyclopedia history, a volleyball final, a brewery's milestones, a soil-science mission
summary, a school reform statement, an HTML news page, a painter's biography with an infobox,
an election calendar, a flood situation report, a museum catalogue entry, a letter to
shareholders, an oral-history transcript, a radio bulletin, a telescope press release, an
enforcement notice, a historical society newsletter, a travel guide's history box). The
organisations, people and facts are made up. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYFIRST_CORPUS",)

THIRTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "baltic_bank_merger",
        "wire story with a dateline",
        date(2025, 3, 12),
        (
            "VILNIUS, March 12 (Baltic Wire) - Norvika Bank and Kestas Savings agreed on Tuesday "
            "to merge in a share deal worth about 1.4 billion euros, creating the third-largest "
            "lender in Lithuania by deposits.\n"
            "\n"
            "The two boards approved the terms after talks that began in September 2024, the "
            "banks said in a joint statement. Shareholders of both banks will vote on the deal on "
            "April 28, and the combined bank is expected to start trading under the Norvika name "
            "on or about July 1.\n"
            "\n"
            "Kestas, founded in 1993 as a credit cooperative, lost a state payroll contract in "
            "2022 and has struggled to grow since. Its shares jumped 18 percent on Wednesday, "
            "their biggest one-day gain since 2016.\n"
            "\n"
            "Norvika chief executive Aiste Raudone said the central bank must give its approval "
            "no later than June 15 for the timetable to hold.\n"
            "\n"
            '"This is a merger of two banks whose staff already work side by side every day," she '
            "told reporters.\n"
            "\n"
            "(Reporting by Tomas Vaitkus; Editing by Ruth Alden)"
        ),
        (
            expect("2025-03-11", "merge"),
            expect("2024-09", "talk"),
            expect("2025-04-28", "vote", planned=True),
            expect("2025-07-01~", "trad", planned=True),
            expect("1993", "found"),
            expect("2022", "contract"),
            expect("2025-03-12", "share"),
            expect("../2025-06-15", "approv", planned=True),
        ),
    ),
    Text(
        "bergen_shipyard_delivery",
        "press release of a shipyard",
        date(2024, 5, 21),
        (
            "PRESS RELEASE\n"
            "\n"
            "Halvorsen Yards delivers research vessel Skarv to the Norwegian Polar Survey\n"
            "\n"
            "Bergen, 21 May 2024 - Halvorsen Yards AS today handed over the research vessel RV "
            "Skarv to the Norwegian Polar Survey at its Laksevaag yard.\n"
            "\n"
            "The 78-metre ship was ordered in March 2021, and her keel was laid on 14 February "
            "2022. She completed sea trials in the North Sea from 2 to 11 April this year, "
            "reaching 15.5 knots in ice-free water.\n"
            "\n"
            "RV Skarv will sail for Longyearbyen on 3 June and is scheduled to begin her first "
            "winter campaign in the Barents Sea in January 2025.\n"
            "\n"
            '"Skarv is the most advanced ship we have built," said managing director Eirik '
            "Halvorsen.\n"
            "\n"
            "Halvorsen Yards has built ice-class vessels since 1987 and has delivered some 140 "
            "ships since the company was founded in 1919. Its order book is now the largest since "
            "2008.\n"
            "\n"
            "About Halvorsen Yards\n"
            "Halvorsen Yards AS is a family-owned shipbuilder based in Bergen, Norway.\n"
            "Press contact: Ingrid Moe, communications, +47 55 00 00 00\n"
            "\n"
            "###"
        ),
        (
            expect("2024-05-21", "hand"),
            expect("2021-03", "order"),
            expect("2022-02-14", "keel"),
            expect("2024-04-02/2024-04-11", "trial"),
            expect("2024-06-03", "sail", planned=True),
            expect("2025-01", "campaign", planned=True),
            expect("1987/..", "ice"),
            expect("1919", "found"),
        ),
    ),
    Text(
        "korsak_overtime_appeal",
        "court judgment summary (labour dispute)",
        None,
        (
            "LABOUR APPEAL TRIBUNAL\n"
            "Appeal No. LAT/2023/0417\n"
            "KORSAK (Appellant) v DELMONT LOGISTICS LTD (Respondent)\n"
            "SUMMARY OF JUDGMENT\n"
            "\n"
            "Background\n"
            "1. Ms Hana Korsak joined Delmont Logistics Ltd as a warehouse supervisor on 4 "
            "January 2016. She was dismissed on 30 September 2022.\n"
            "2. On or about 12 August 2022 she raised a written grievance about unpaid overtime. "
            "The respondent held a disciplinary hearing on 19 September 2022.\n"
            "3. Her claim of unfair dismissal was presented to the Labour Tribunal no later than "
            "28 December 2022 and was therefore in time. The Tribunal rejected the claim in a "
            "judgment sent to the parties on 2 May 2023.\n"
            "\n"
            "Decision\n"
            "4. By a judgment handed down on 7 March 2024, the appeal is allowed. The Tribunal "
            "erred in treating the overtime complaint as falling outside the protection given to "
            "disclosures made in the public interest.\n"
            "5. The case is remitted to a differently constituted Tribunal. A preliminary hearing "
            "is to take place before 31 May 2024.\n"
            "6. Costs are reserved.\n"
            "\n"
            "This summary forms no part of the judgment."
        ),
        (
            expect("2016-01-04", "join"),
            expect("2022-09-30", "dismiss"),
            expect("2022-08-12~", "grievance"),
            expect("2022-09-19", "disciplin"),
            expect("../2022-12-28", "claim"),
            expect("2023-05-02", "tribunal"),
            expect("2024-03-07", "appeal"),
            expect("../2024-05-31", "preliminary", planned=True),
        ),
    ),
    Text(
        "lindenhafen_river_port",
        "encyclopedia history of a river port",
        None,
        (
            "Lindenhafen (port)\n"
            "\n"
            "Lindenhafen is an inland port on the left bank of the Rhine, between Speyer and "
            "Worms. It serves the chemical and grain trades of the upper Rhine plain.\n"
            "\n"
            "History\n"
            "A ferry landing at Lindenhafen is first mentioned around 1180, in a charter of the "
            "abbey of St. Wendel. The first stone quay was built between 1612 and 1618 under the "
            "Elector Palatine.\n"
            "\n"
            "Steam tugs called at the port from 1836 onwards, and a railway link to the harbour "
            "basin opened on 15 October 1859. The port was heavily damaged in an air raid on 2 "
            "March 1945 and reopened to traffic the following year.\n"
            "\n"
            "Since 1998 the port has been run by Rheinhafen Lindenhafen GmbH, a company owned by "
            "the town and the state. A container terminal is planned to open in 2027 on the site "
            "of the former coal quay. Grain handling in the last decade was the highest since "
            "1974.\n"
            "\n"
            "See also\n"
            "List of ports on the Rhine\n"
            "\n"
            "References"
        ),
        (
            expect("1180~", "mention"),
            expect("1612/1618", "quay"),
            expect("1836/..", "tug"),
            expect("1859-10-15", "rail"),
            expect("1945-03-02", "raid"),
            expect("1946", "reopen"),
            expect("1998/..", "run"),
            expect("2027", "terminal", planned=True),
        ),
    ),
    Text(
        "ostrava_volleyball_final",
        "sports report on a volleyball league final",
        date(2025, 4, 14),
        (
            "VOLLEYBALL | WOMEN'S EXTRALIGA\n"
            "\n"
            "Falcons sweep holders to win first title\n"
            "\n"
            "By Petra Lindova\n"
            "Monday 14 April 2025\n"
            "\n"
            "The Ostrava Falcons are league champions for the first time after beating holders VK "
            "Brnoslava 3-1 in Brno on Sunday, completing a 3-0 sweep of the best-of-five final.\n"
            "\n"
            "Game one in Ostrava on April 6 went to five sets, with the Falcons saving two match "
            "points. They won game two at home three days later in straight sets.\n"
            "\n"
            "Outside hitter Jana Holubova, the club captain, was named most valuable player of "
            "the final with 61 points. It is the first league title for a team from the "
            "Moravian-Silesian region since 2011.\n"
            "\n"
            "The Falcons reached the final by knocking out Olomouc in a semi-final series that "
            "ended on 30 March. Brnoslava had won the title in 2021, 2022 and 2024.\n"
            "\n"
            'The Falcons will open their European cup campaign on 22 October. "We train at seven '
            'every morning, and this is why," coach Milan Sedlak said.'
        ),
        (
            expect("2025-04-13", "beat"),
            expect("2025-04-06", "game"),
            expect("2025-04-09", "game"),
            expect("2025-03-30", "semi"),
            expect("2021", "title"),
            expect("2022", "title"),
            expect("2024", "title"),
            expect("2025-10-22", "cup", planned=True),
        ),
    ),
    Text(
        "kessler_brewery_milestones",
        "company history of a brewery (milestones list)",
        None,
        (
            "Our history - Brauerei Kessler, Bamberg\n"
            "\n"
            "For five generations the Kessler family has brewed beer in the same cellars below "
            "the Stephansberg. Our 1862 Original lager is still brewed to the first recipe.\n"
            "\n"
            "Milestones\n"
            "- 1862: Master brewer Anton Kessler buys the Zum Hirschen inn and its brew house.\n"
            "- c. 1890: The first lager is brewed in the new rock cellars.\n"
            "- 1914-1919: Brewing stops during the First World War and the years of shortage "
            "after it.\n"
            "- 3 May 1951: The brewery reopens after the rebuilding of the malt house.\n"
            "- 1972: Kessler Rauchbier wins its first gold medal at the Franconian brewers' "
            "awards.\n"
            "- Since 2004: All our barley comes from farms in Upper Franconia.\n"
            "- 2018: Katharina Kessler takes over as managing director.\n"
            "- 2026: A visitor centre is planned to open in the old malt house.\n"
            "\n"
            "Visit us\n"
            "Guided tours of the cellars run every Friday at 4 pm. Book at the inn."
        ),
        (
            expect("1862", "buy"),
            expect("1890~", "lager"),
            expect("1914/1919", "stop"),
            expect("1951-05-03", "reopen"),
            expect("1972", "gold"),
            expect("2004/..", "barley"),
            expect("2018", "director"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "solum2_sahel_soil_mission",
        "mission summary of a soil-science mission",
        None,
        (
            "MISSION SUMMARY: SOLUM-2 field campaign, Sahel transect\n"
            "Lead agency: Institut Sahelien des Sols (ISS), Bamako\n"
            "Status: data analysis\n"
            "\n"
            "Overview\n"
            "SOLUM-2 sampled soil moisture, organic carbon and crust strength along a 900 km "
            "transect from Kayes to Mopti. Its sampling density was the highest of any Sahel "
            "survey since 1998.\n"
            "\n"
            "Timeline\n"
            "- Proposal approved: 11 November 2021\n"
            "- Instrument calibration at the Bamako laboratory: 7 to 18 February 2022\n"
            "- Field team departed Kayes: on or about 3 October 2022\n"
            "- Last core sample taken: probably 14 December 2022 (the field log for that week is "
            "damaged)\n"
            "- Samples shipped to the reference laboratory in Montpellier: by 31 January 2023\n"
            "- Final data release: expected in March 2026\n"
            "\n"
            "Notes\n"
            "Moisture probes left in place record a reading every six hours. Contact: "
            "solum2@iss.example"
        ),
        (
            expect("2021-11-11", "approv"),
            expect("2022-02-07/2022-02-18", "calibrat"),
            expect("2022-10-03~", "depart"),
            expect("2022-12-14?", "sample"),
            expect("../2023-01-31", "ship"),
            expect("2026-03", "release", planned=True),
        ),
    ),
    Text(
        "estonia_school_reform",
        "government statement on a school reform",
        date(2025, 9, 2),
        (
            "MINISTRY OF LEARNING AND YOUTH\n"
            "Press statement\n"
            "Tallinn, 2 September 2025\n"
            "\n"
            "Government approves upper secondary school reform\n"
            "\n"
            "The Government approved the draft Upper Secondary Schools Act at its sitting "
            "yesterday. The bill is to be submitted to Parliament by 15 October 2025.\n"
            "\n"
            "The reform follows a public consultation that ran from 10 February to 21 March 2025, "
            "and a review of upper secondary education ordered by the Minister in June 2024.\n"
            "\n"
            "Compulsory schooling will be extended to age 18 on 1 September 2027. Schools will "
            "have to publish their new curricula no later than 1 March 2027. Pilot schools in "
            "Tartu and Narva have taught the new curriculum since September 2023.\n"
            "\n"
            "The Minister will present the bill to school heads in Parnu on Friday.\n"
            "\n"
            "\"Our pupils' results in the 2022 international assessment were the strongest since "
            '2006, but too many leave school at sixteen," the Minister said.\n'
            "\n"
            "Press office of the Ministry"
        ),
        (
            expect("2025-09-01", "approv"),
            expect("../2025-10-15", "submit", planned=True),
            expect("2025-02-10/2025-03-21", "consult"),
            expect("2024-06", "review"),
            expect("2027-09-01", "extend", planned=True),
            expect("../2027-03-01", "curricul", planned=True),
            expect("2023-09/..", "pilot"),
            expect("2025-09-05", "present", planned=True),
        ),
    ),
    Text(
        "porto_tram_line_html",
        "HTML news page with navigation, a photo caption and related links",
        date(2024, 11, 8),
        (
            "<html>\n"
            "<head><title>Line H opens to Matosinhos | Jornal do Norte</title></head>\n"
            "<body>\n"
            '<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/city">City</a> | <a '
            'href="/sport">Sport</a> | <a href="/culture">Culture</a></nav>\n'
            "<article>\n"
            "<h1>Tram line to Porto's western suburbs opens after four-year build</h1>\n"
            '<p class="byline">By Rui Matos | 8 November 2024, 09:14</p>\n'
            '<figure><img src="/img/line-h.jpg" alt="Line H tram at Boavista"><figcaption>The '
            "first tram leaves Boavista. Photo: Joana Sousa</figcaption></figure>\n"
            "<p>The new Line H between Boavista and Matosinhos Sul carried its first passengers "
            "yesterday, ending a build that began in October 2020.</p>\n"
            "<p>The funding was secured in 2019, when a development bank approved a loan of some "
            "180 million euros. Works stopped from 14 March to 30 June 2021 after the remains of "
            "a Roman villa were found near Avenida da Boavista. The city council approved a "
            "revised budget on 19 December 2022.</p>\n"
            "<p>Operator Linha Norte said the depot at Matosinhos will be finished by 31 March "
            "2025. An extension to Leca is expected to open around 2029. Trams run every seven "
            "minutes until midnight.</p>\n"
            "</article>\n"
            "<aside><h2>Related</h2>\n"
            '<ul><li><a href="/city/metro-budget">Council approves metro budget</a></li>\n'
            '<li><a href="/city/bus-fares">Bus fares to rise from January</a></li></ul></aside>\n'
            "<footer>Jornal do Norte - All rights reserved</footer>\n"
            "</body>\n"
            "</html>"
        ),
        (
            expect("2024-11-07", "passeng"),
            expect("2020-10", "build"),
            expect("2019", "loan"),
            expect("2021-03-14/2021-06-30", "stop"),
            expect("2022-12-19", "budget"),
            expect("../2025-03-31", "depot", planned=True),
            expect("2029~", "extension", planned=True),
        ),
    ),
    Text(
        "marta_vilkaite_painter",
        "biography of a painter (encyclopedia style, with an infobox)",
        None,
        (
            "Marta Vilkaite\n"
            "\n"
            "| Marta Vilkaite | |\n"
            "| Born | 14 May 1931, Kaunas, Lithuania |\n"
            "| Died | 2 February 2009 (aged 77), Vilnius |\n"
            "| Education | Vilnius Art Institute |\n"
            "| Known for | Painting, stage design |\n"
            "\n"
            "Marta Vilkaite (14 May 1931 - 2 February 2009) was a Lithuanian painter and stage "
            "designer, known for her tempera landscapes of the Curonian Spit.\n"
            "\n"
            "Early life and education\n"
            "Vilkaite was born in Kaunas, the daughter of a printer. She studied painting at the "
            "Vilnius Art Institute from 1949 to 1955.\n"
            "\n"
            "Career\n"
            "Her first solo exhibition was held in Riga in 1962. Around 1968 she turned from oil "
            "to tempera, the medium of her best-known work. She probably visited Paris in 1977; "
            "letters to her sister mention the Louvre but give no dates. She taught at the "
            "Vilnius Academy of Arts from 1981 to 1996.\n"
            "\n"
            "Legacy\n"
            "A retrospective is scheduled to open at the National Gallery in Vilnius in 2026. The "
            "2011 catalogue raisonne lists 640 works."
        ),
        (
            expect("1931-05-14", "born"),
            expect("2009-02-02", "die"),
            expect("1949/1955", "stud"),
            expect("1962", "exhibition"),
            expect("1968~", "tempera"),
            expect("1977?", "paris"),
            expect("1981/1996", "taught"),
            expect("2026", "retrospective", planned=True),
        ),
    ),
    Text(
        "municipal_election_calendar",
        "election commission calendar notice",
        date(2025, 1, 20),
        (
            "STATE ELECTORAL COMMISSION\n"
            "NOTICE No. 14\n"
            "Calendar of the municipal elections\n"
            "\n"
            "The Commission gives notice that elections to municipal councils will be held on "
            "Sunday, 11 May 2025. The last municipal elections were held on 21 March 2021.\n"
            "\n"
            "The following deadlines apply:\n"
            "1. Candidate lists may be registered from 3 March to 24 March 2025 (until 16:00 on "
            "the last day).\n"
            "2. The final list of candidates will be published no later than 4 April 2025.\n"
            "3. The election campaign runs from 11 April to 9 May 2025.\n"
            "4. Voters living abroad must apply for a postal ballot by 18 April 2025.\n"
            "5. A possible second round of mayoral elections will be held on 25 May 2025.\n"
            "\n"
            "Polling stations open on election day from 7:00 to 20:00. Municipal electoral boards "
            "meet every Monday during the campaign.\n"
            "\n"
            "Published in the Official Gazette, 20 January 2025.\n"
            "The Chair of the Commission"
        ),
        (
            expect("2025-05-11", "election", planned=True),
            expect("2021-03-21", "election"),
            expect("2025-03-03/2025-03-24", "regist", planned=True),
            expect("../2025-04-04", "list", planned=True),
            expect("2025-04-11/2025-05-09", "campaign", planned=True),
            expect("../2025-04-18", "postal", planned=True),
            expect("2025-05-25?", "round", planned=True),
        ),
    ),
    Text(
        "sylhet_flood_sitrep",
        "humanitarian situation report",
        date(2024, 8, 16),
        (
            "BANGLADESH: Floods in Sylhet Division\n"
            "Situation Report No. 7\n"
            "Reporting period: 9-15 August 2024\n"
            "\n"
            "HIGHLIGHTS\n"
            "- Water levels on the Surma river have been rising since 5 August.\n"
            "- By 14 August some 210,000 people had been displaced in Sylhet and Sunamganj "
            "districts.\n"
            "- An inter-agency assessment team was deployed on 11 August.\n"
            "\n"
            "SITUATION OVERVIEW\n"
            "Heavy monsoon rain began on or about 2 August over the Meghalaya hills upstream. The "
            "Sylhet-Sunamganj road was cut by flood water on 10 August. It reopened to light "
            "vehicles, probably on 13 August, although local officials have given conflicting "
            "accounts. Cases of diarrhoea reported at health posts are the highest since 2022.\n"
            "\n"
            "RESPONSE\n"
            "Partners distribute drinking water every morning at 14 collection points. A flash "
            "appeal will be launched on 20 August to cover the next three months.\n"
            "\n"
            "Contact: Coordination Unit, Dhaka"
        ),
        (
            expect("2024-08-05/..", "level"),
            expect("../2024-08-14", "displac"),
            expect("2024-08-11", "deploy"),
            expect("2024-08-02~", "rain"),
            expect("2024-08-10", "cut"),
            expect("2024-08-13?", "reopen"),
            expect("2024-08-20", "appeal", planned=True),
        ),
    ),
    Text(
        "saint_barbara_altar_wing",
        "museum catalogue entry with provenance lines",
        None,
        (
            "Cat. 47\n"
            "\n"
            "Antwerp workshop\n"
            "Altar wing with Saint Barbara, c. 1520\n"
            "Oil on oak panel, 92 x 41 cm\n"
            "Inv. no. 1978.12\n"
            "\n"
            "The saint stands before her tower, holding a chalice. The panel was once the right "
            "wing of a triptych; its pendant is lost.\n"
            "\n"
            "Provenance\n"
            "Baron Jules de Merode, Brussels, by 1843; his sale, Brussels, 16 June 1891, lot 22, "
            "to Karl Engel, Cologne; his heirs; possibly sold in 1937 to the dealer Frans Wuyts, "
            "Antwerp; acquired from the estate of Frans Wuyts by the museum, 14 November 1978.\n"
            "\n"
            "Exhibitions\n"
            "Lier, Stedelijk Museum, Vlaamse primitieven, 2 April - 30 June 1962, no. 15.\n"
            "\n"
            "Literature\n"
            "Friedlaender 1933, no. 88; Peeters 2004, pp. 112-114."
        ),
        (
            expect("1520~", "barbara"),
            expect("../1843", "merode"),
            expect("1891-06-16", "sale"),
            expect("1937?", "wuyts"),
            expect("1978-11-14", "acqui"),
            expect("1962-04-02/1962-06-30", "exhibit"),
        ),
    ),
    Text(
        "ardent_rail_shareholder_letter",
        "letter to shareholders",
        date(2025, 3, 14),
        (
            "ARDENT RAIL HOLDINGS PLC\n"
            "Letter from the Chair\n"
            "\n"
            "Dear Shareholders,\n"
            "\n"
            "In February 2024 we completed the sale of our freight-car leasing business to Corvin "
            "Capital, and on 1 July we moved our head office from Leeds to Manchester. Revenue "
            "rose 9 per cent to 1.2 billion pounds, our best result since 2017.\n"
            "\n"
            "Our chief financial officer, Priya Natarajan, stepped down on 30 September after "
            "eleven years with the Group. Her successor, Owen Blake, joined the Board on 4 "
            "November.\n"
            "\n"
            "Looking ahead, the Board will propose a final dividend of 14 pence at the Annual "
            "General Meeting on 8 May 2025. We expect to complete the refit of our intercity "
            "fleet by the end of 2026, and our new maintenance depot at Crewe is scheduled to "
            "open in June 2026.\n"
            "\n"
            "We have paid a dividend in every year since our listing, and we intend to keep doing "
            "so.\n"
            "\n"
            "Yours faithfully,\n"
            "\n"
            "Helen Marsh\n"
            "Chair\n"
            "14 March 2025"
        ),
        (
            expect("2024-02", "sale"),
            expect("2024-07-01", "office"),
            expect("2024-09-30", "step"),
            expect("2024-11-04", "join"),
            expect("2025-05-08", "dividend", planned=True),
            expect("../2026", "refit", planned=True),
            expect("2026-06", "depot", planned=True),
        ),
    ),
    Text(
        "gwen_pryce_oral_history",
        "oral-history interview transcript",
        None,
        (
            "VALLEYS VOICES ORAL HISTORY PROJECT\n"
            "Interview 112. Interviewee: Gwen Pryce (GP). Interviewer: Daniel Hale (DH).\n"
            "Recorded at the interviewee's home, Merthyr Tydfil. Duration 1 h 12 min.\n"
            "\n"
            "DH: When did you start at the factory?\n"
            "GP: I started at Penrose Electrics on the Monday after my fifteenth birthday, so "
            "that would be the 9th of January 1961. Winding coils, all day long.\n"
            "DH: And you met your husband there?\n"
            "GP: I did. I married Tom in 1966 - no, 1967, at St Tydfil's. He probably went on the "
            "buses in 1975, after the redundancies.\n"
            "DH: Tell me about the strike.\n"
            "GP: Oh, the strike. It started round about the 20th of March 1972, and we were out "
            "for six weeks. We had a soup kitchen in the chapel vestry every dinner time.\n"
            "DH: What happened to Penrose in the end?\n"
            "GP: They shut the works on the 31st of October 1986. I'd been there twenty-five "
            "years.\n"
            "DH: And after that?\n"
            "GP: I went back to college in 1988, and I've volunteered at the library since 1992.\n"
            "[Recording ends]"
        ),
        (
            expect("1961-01-09", "start"),
            expect("1967", "marri"),
            expect("1975?", "bus"),
            expect("1972-03-20~", "strike"),
            expect("1986-10-31", "shut"),
            expect("1988", "college"),
            expect("1992/..", "volunteer"),
        ),
    ),
    Text(
        "west_coast_fm_bulletin",
        "local radio bulletin",
        date(2025, 2, 6),
        (
            "WEST COAST FM - 8 AM NEWS - THURSDAY 6 FEBRUARY\n"
            "Read by: Siobhan Keane\n"
            "\n"
            "Good morning. The N59 between Oughterard and Maam Cross remains closed after "
            "yesterday's landslide. Galway County Council says the road is expected to reopen on "
            "Monday, once engineers have checked the slope.\n"
            "\n"
            "Gardai in Clifden are appealing for witnesses after a break-in at a pharmacy on Main "
            "Street on Tuesday night. A quantity of cash was taken.\n"
            "\n"
            "The new ferry to Inishbofin, the Grainne Og, will enter service on the first of "
            "March, the operator has confirmed.\n"
            "\n"
            "The Clifden Arts Week, which has run since 1977, has announced a new director.\n"
            "\n"
            "In sport, Maam Cross RFC lost 12-20 to Tuam Harps on Saturday and drop to fourth in "
            "the league.\n"
            "\n"
            "Bin collections in the Clifden area move to Wednesdays for the rest of the month.\n"
            "\n"
            "That's the news. Next bulletin at nine."
        ),
        (
            expect("2025-02-05", "landslide"),
            expect("2025-02-10", "reopen", planned=True),
            expect("2025-02-04", "break"),
            expect("2025-03-01", "ferry", planned=True),
            expect("1977/..", "arts"),
            expect("2025-02-01", "lost"),
        ),
    ),
    Text(
        "atacama_telescope_first_light",
        "university press release on a telescope",
        date(2024, 10, 3),
        (
            "NORTHFIELD UNIVERSITY\n"
            "News Release - For immediate release\n"
            "3 October 2024\n"
            "\n"
            "Desert survey telescope sees first light\n"
            "\n"
            "The 4.2-metre Pajonal Wide Survey Telescope, built by Northfield University with "
            "three partner observatories, recorded its first images on the night of 28 September, "
            "the university announced today.\n"
            "\n"
            "Funding for the telescope was approved by the National Science Council in 2017. "
            "Construction on Cerro Pajonal, in Chile's Atacama Desert, began in April 2019. Work "
            "was halted in March 2020 and resumed around January 2021. The primary mirror arrived "
            "at the site on 12 July 2023.\n"
            "\n"
            "Science operations are expected to start in June 2025. The survey will map the "
            "southern sky every three nights for ten years.\n"
            "\n"
            '"These first images are sharper than anything a survey telescope has given us since '
            'the 2010s," said project scientist Dr Laura Ibanez.\n'
            "\n"
            "Media contact: Press Office, Northfield University"
        ),
        (
            expect("2024-09-28", "image"),
            expect("2017", "fund"),
            expect("2019-04", "construct"),
            expect("2020-03", "halt"),
            expect("2021-01~", "resum"),
            expect("2023-07-12", "mirror"),
            expect("2025-06", "operat", planned=True),
        ),
    ),
    Text(
        "brightwell_pay_final_notice",
        "regulator's enforcement notice",
        date(2025, 7, 22),
        (
            "PAYMENTS AND MARKETS REGULATOR\n"
            "FINAL NOTICE\n"
            "\n"
            "To: Brightwell Pay Ltd\n"
            "Firm Reference Number: 804512\n"
            "Date: 22 July 2025\n"
            "\n"
            "1. ACTION\n"
            "1.1 For the reasons given in this Notice, the Regulator imposes on Brightwell Pay "
            "Ltd a financial penalty of 2,350,000 pounds.\n"
            "1.2 Brightwell must pay the penalty no later than 5 August 2025.\n"
            "\n"
            "2. SUMMARY OF REASONS\n"
            "2.1 Between 1 March 2021 and 30 November 2023, Brightwell failed to safeguard "
            "customer funds as the Payment Services Rules require.\n"
            "2.2 The Regulator first raised concerns with the firm on or about 14 April 2022.\n"
            "2.3 Brightwell notified the Regulator of the breach on 9 January 2024.\n"
            "2.4 Since 26 February 2024 Brightwell has been subject to a voluntary requirement "
            "not to take on new customers.\n"
            "2.5 Brightwell agreed to settle on 3 June 2025 and so qualifies for a 30% discount "
            "under the Regulator's penalty policy.\n"
            "2.6 A skilled person's report on the firm's controls is to be delivered by 31 "
            "October 2025."
        ),
        (
            expect("../2025-08-05", "pay", planned=True),
            expect("2021-03-01/2023-11-30", "safeguard"),
            expect("2022-04-14~", "concern"),
            expect("2024-01-09", "notif"),
            expect("2024-02-26/..", "requirement"),
            expect("2025-06-03", "settle"),
            expect("../2025-10-31", "report", planned=True),
        ),
    ),
    Text(
        "ashcombe_history_newsletter",
        "historical society newsletter",
        date(2025, 3, 15),
        (
            "THE ASHCOMBE HISTORICAL SOCIETY\n"
            "Newsletter No. 88\n"
            "\n"
            "From the Chair\n"
            'Our talk on 15 February, "The Mills of the Ash Valley", drew some seventy members, a '
            "record for a winter evening. The Society, founded in 1962, now has 214 members.\n"
            "\n"
            "Research notes\n"
            "Jean Doyle has found that the village school opened in 1847, not in 1852 as the 1911 "
            "county history claims. The old toll house on Mill Lane was demolished in about 1931; "
            "no photograph of it has yet come to light. Parish accounts show that the chapel at "
            "Nether Ashcombe was probably rebuilt in 1788.\n"
            "\n"
            "Cold Harbour Farm dig\n"
            "Volunteers will return to the site on 12 April. Please bring gloves and a trowel.\n"
            "\n"
            "Diary\n"
            "Annual General Meeting: Thursday 22 May, 7.30 pm, Village Hall.\n"
            "Members' evenings are held on the third Thursday of each month.\n"
            "\n"
            "Editor: Peter Lang"
        ),
        (
            expect("2025-02-15", "talk"),
            expect("1962", "found"),
            expect("1847", "school"),
            expect("1931~", "toll"),
            expect("1788?", "chapel"),
            expect("2025-04-12", "return", planned=True),
            expect("2025-05-22", "meeting", planned=True),
        ),
    ),
    Text(
        "santa_brisa_history_box",
        "travel guide history box",
        None,
        (
            "SANTA BRISA: A BRIEF HISTORY\n"
            "\n"
            "The ridge above the bay was grazed by Bronze Age shepherds, but the town itself "
            "dates from around 1120, when Pisan merchants built a watchtower above the harbour. "
            "The Aragonese took the town in 1324 and held it for almost four centuries.\n"
            "\n"
            "The cathedral was consecrated on 8 September 1503. Its two great bells were cast in "
            "1521 and 1530, and still ring for the noon Angelus. An earthquake on 4 February 1702 "
            "destroyed most of the lower town, which was rebuilt on a grid.\n"
            "\n"
            "Since 1958 the old quarter has been closed to cars, which makes it one of the "
            "quietest town centres on the island. The restored castle is scheduled to reopen to "
            "visitors in 2026.\n"
            "\n"
            "Don't miss: the procession of Saint Brigida, which winds through the old quarter "
            "every 1 August."
        ),
        (
            expect("1120~", "watchtower"),
            expect("1324", "aragonese"),
            expect("1503-09-08", "consecrat"),
            expect("1521", "bell"),
            expect("1530", "bell"),
            expect("1702-02-04", "earthquake"),
            expect("1958/..", "car"),
            expect("2026", "castle", planned=True),
        ),
    ),
)
