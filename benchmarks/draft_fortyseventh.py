"""A forty-seventh batch of texts for the evaluation of ``kztimeline draft``, never used
for a fix.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a port
closure, a press release of a solar inverter maker, an appeals court opinion on a fishing
licence, an encyclopedia history of a lighthouse, a rowing report, a piano maker's history as
an HTML list, a safeguards mission summary, a drought statement, a cyclist's HTML blog, an
obituary, committee minutes, a recall notice, a catalogue entry, a school newsletter, an award
notice, a factbox, a hospital audit, release notes, a letter to shareholders and a canal's local
history). The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYSEVENTH_CORPUS",)

FORTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "gdansk_terminal_closure",
        "wire story with a dateline",
        date(2025, 3, 14),
        (
            "GDANSK, Poland, March 14 (Baltic Wire) - The container terminal at Gdansk's "
            "outer harbour was closed on Wednesday after a ship-to-shore crane collapsed "
            "onto the quay, operator Pomorska Terminal Group said, the first full closure "
            "of the terminal since 2019.\n"
            "\n"
            "No one was hurt. The crane, one of eight on the quay, was installed in about "
            "2011, and its last safety inspection was completed no later than January 10, "
            "according to the maintenance log seen by Baltic Wire.\n"
            "\n"
            "Repairs to the damaged quay wall are scheduled to start on Monday, and ships "
            "bound for the terminal are being diverted to Gdynia. The terminal normally "
            "handles some 40 vessel calls every week.\n"
            "\n"
            "A crane of the same type failed at the port of Klaipeda on Feb. 2, 2023, "
            "injuring two dock workers. The manufacturer, Weller Lift Systems, said it was "
            "sending engineers to Gdansk.\n"
            "\n"
            "(Reporting by Piotr Zalewski; Editing by Anna Berg)"
        ),
        (
            expect("2025-03-12", "clos"),
            expect("2011~", "install"),
            expect("../2025-01-10", "inspect"),
            expect("2025-03-17", "repair", planned=True),
            expect("2023-02-02", "fail"),
        ),
    ),
    Text(
        "helvion_inverter_preorders",
        "press release of a solar inverter maker",
        date(2024, 9, 10),
        (
            "PRESS RELEASE\n"
            "\n"
            "Helvion Power Electronics GmbH\n"
            "Freiburg im Breisgau, 10 September 2024\n"
            "\n"
            "Helvion opens pre-orders for the HX-40 hybrid inverter\n"
            "\n"
            "Helvion Power Electronics, a maker of string and hybrid inverters for homes "
            "and small businesses, opened pre-orders for its new HX-40 hybrid inverter "
            "yesterday. Deliveries to installers will begin on 4 November 2024.\n"
            "\n"
            "The HX-40 reaches a peak efficiency of 98.6 per cent, the best figure in the "
            "company's range since the first HX model. It is assembled at the plant in "
            "Brno, which Helvion opened in March 2021. The HX series received VDE "
            "certification in June 2022.\n"
            "\n"
            "A 60 kW version for commercial roofs is planned for release in May 2025.\n"
            "\n"
            '"Installers told us they wanted one box that handles the battery, the grid and '
            'the car," said Chief Executive Marta Olenberg.\n'
            "\n"
            "About Helvion\n"
            "Helvion Power Electronics GmbH was founded in Freiburg in 2009 and employs "
            "about 640 people. Its HX-20 won the 2023 Intersolar Award.\n"
            "\n"
            "Press contact: Jonas Reiter, +49 761 555 0192, press@helvion.example"
        ),
        (
            expect("2024-09-09", "order"),
            expect("2024-11-04", "deliver", planned=True),
            expect("2021-03", "brno"),
            expect("2022-06", "certif"),
            expect("2025-05", "60 kw", planned=True),
            expect("2009", "found"),
        ),
    ),
    Text(
        "hollis_fishing_licence_appeal",
        "court opinion of an appeals court on a fishing licence",
        None,
        (
            "IN THE COURT OF APPEAL\n"
            "NORTHERN COASTAL DIVISION\n"
            "\n"
            "No. CA-2019-0412\n"
            "\n"
            "MARTEN HOLLIS, Appellant,\n"
            "v.\n"
            "DEPARTMENT OF FISHERIES AND COASTAL RESOURCES, Respondent.\n"
            "\n"
            "Filed 18 August 2020\n"
            "\n"
            "OPINION\n"
            "\n"
            "ABERNETHY, J.\n"
            "\n"
            "Appellant Marten Hollis began fishing the Keel Bank for brown crab in 1998. On "
            "or about 12 May 2017, a fisheries officer boarded his vessel, the Sula, and "
            "found 214 undersized crabs in the hold. The Department suspended his "
            "commercial licence on 3 July 2017, citing the penalty schedule of the 1996 "
            "Fisheries Act.\n"
            "\n"
            "Hollis appealed to the Licensing Tribunal, which dismissed his appeal on 9 "
            "April 2018. On 22 November of the following year, the Superior Court affirmed. "
            "The record suggests that the Department possibly issued him a temporary permit "
            "in January 2019, but no copy of it was produced.\n"
            "\n"
            "We hold that the Tribunal applied the wrong standard of proof to the officer's "
            "count. The judgment is reversed, and the matter is to be reheard by the "
            "Tribunal on 5 October 2020."
        ),
        (
            expect("1998", "fish"),
            expect("2017-05-12~", "board"),
            expect("2017-07-03", "suspend"),
            expect("2018-04-09", "dismiss"),
            expect("2019-11-22", "affirm"),
            expect("2019-01?", "permit"),
            expect("2020-10-05", "rehear", planned=True),
        ),
    ),
    Text(
        "skerrvik_lighthouse",
        "encyclopedia history of a lighthouse",
        None,
        (
            "Skerrvik Point Lighthouse\n"
            "\n"
            "Skerrvik Point Lighthouse (Norwegian: Skerrvik fyr) is a coastal lighthouse on "
            "the island of Skerrøy in Møre og Romsdal county, Norway.\n"
            "\n"
            "History\n"
            "A coal-fired beacon was first lit on the point c. 1690 to guide the herring "
            "fleet. The present stone tower, designed by the engineer Aksel Brun, was first "
            "lit on 1 October 1859. Its lens was replaced in 1908, 1936 and 1961, the last "
            "time with a rotating optic made in Paris.\n"
            "\n"
            "During the German invasion the station was probably shelled in April 1940, "
            "although the keepers' logbooks for that month are lost. The light was "
            "automated in 1983. Since 1998 the station has been a protected cultural "
            "monument, and the keeper's house is let to visitors.\n"
            "\n"
            "Description\n"
            "The 27-metre tower shows a white flash every ten seconds, visible for 18 "
            "nautical miles. It is the tallest lighthouse in the county."
        ),
        (
            expect("1690~", "beacon"),
            expect("1859-10-01", "lit"),
            expect("1908", "lens"),
            expect("1936", "lens"),
            expect("1961", "lens"),
            expect("1940-04?", "shell"),
            expect("1983", "automat"),
            expect("1998/..", "protect"),
        ),
    ),
    Text(
        "bled_regatta_eights",
        "sports report on a rowing regatta",
        date(2023, 7, 2),
        (
            "ROWING\n"
            "\n"
            "Ljubljanica eight storm to Bled title\n"
            "\n"
            "By Nika Ferjan\n"
            "\n"
            "BLED, Slovenia\n"
            "\n"
            "VK Ljubljanica's men's eight won the final of the International Bled Regatta "
            "on Saturday, beating crews from Zagreb and Vienna by more than two lengths in "
            "5:31.40, the fastest time on the lake since 2011.\n"
            "\n"
            "The regatta, held from 29 June to 2 July, drew 1,100 rowers from 24 countries.\n"
            "\n"
            "The crew's revival began when coach Tine Vrhovec took over the squad around "
            "March 2021. The same eight finished fourth at the European Championships in "
            "Racice on 28 May.\n"
            "\n"
            '"We train on the lake every morning at six, whatever the weather," Vrhovec '
            "said.\n"
            "\n"
            "The crew will race next at the World Rowing Championships in Belgrade, which "
            "begin on 3 September. The club's boathouse burned down in 2016 and was rebuilt "
            "the following year with money raised by members."
        ),
        (
            expect("2023-07-01", "final"),
            expect("2023-06-29/2023-07-02", "regatta"),
            expect("2021-03~", "vrhovec"),
            expect("2023-05-28", "fourth"),
            expect("2023-09-03", "championship", planned=True),
            expect("2016", "burn"),
            expect("2017", "rebuilt"),
        ),
    ),
    Text(
        "odenwald_piano_history",
        "company history of a piano maker (HTML list)",
        None,
        (
            '<div class="history">\n'
            "<h2>Odenwald &amp; Söhne – our history</h2>\n"
            "<p>Five generations of piano building in Leipzig.</p>\n"
            "<ul>\n"
            "  <li><strong>1872</strong> – Carl Odenwald opens a piano workshop in Leipzig "
            "with four journeymen.</li>\n"
            "  <li><strong>c. 1890</strong> – The first concert grand, the Model O-270, "
            "leaves the workshop.</li>\n"
            "  <li><strong>1943</strong> – The factory in Plagwitz is destroyed in the air "
            "raid of 4 December.</li>\n"
            "  <li><strong>1949</strong> – Production probably resumes in a rented hall; no "
            "order books survive from these years.</li>\n"
            "  <li><strong>1992</strong> – On 1 July the company is returned to the Odenwald "
            "family.</li>\n"
            "  <li><strong>2005</strong> – The firm begins making every action and keyboard "
            "in-house.</li>\n"
            "  <li><strong>2026</strong> – A showroom in Vienna is scheduled to open in "
            "October.</li>\n"
            "</ul>\n"
            '<p class="footer">© 2024 Odenwald &amp; Söhne Pianofortefabrik · Imprint · '
            "Privacy · Contact</p>\n"
            "</div>"
        ),
        (
            expect("1872", "workshop"),
            expect("1890~", "grand"),
            expect("1943-12-04", "destroy"),
            expect("1949?", "production"),
            expect("1992-07-01", "return"),
            expect("2005", "action"),
            expect("2026-10", "showroom", planned=True),
        ),
    ),
    Text(
        "valmora_safeguards_mission",
        "mission summary of a nuclear safeguards inspection",
        None,
        (
            "MISSION SUMMARY\n"
            "\n"
            "International Safeguards Verification Office (ISVO)\n"
            "Facility: Valmora Research Reactor (VRR-2), Uruguay\n"
            "Mission type: Physical Inventory Verification (PIV)\n"
            "Report ref.: ISVO/MS/2024/117\n"
            "\n"
            "1. Background\n"
            "The VRR-2 is a 5 MW pool-type research reactor used for isotope production and "
            "training. The comprehensive safeguards agreement covering it entered into "
            "force on 3 June 1997. The previous PIV took place on or about 20 November "
            "2023.\n"
            "\n"
            "2. Conduct of the mission\n"
            "A team of three inspectors carried out the verification from 14 to 18 October "
            "2024.\n"
            "\n"
            "3. Findings\n"
            "- The operator reported the transfer of 12 fresh fuel assemblies from the "
            "fresh fuel store to the core on 2 August 2024; the team verified all 12 "
            "assemblies in the core.\n"
            "- Seals on the spent fuel pond had been applied by 15 September 2024; all nine "
            "seals were found intact.\n"
            "- Surveillance images are reviewed every 90 days; no gaps in coverage were "
            "found.\n"
            "\n"
            "4. Follow-up\n"
            "The next inspection is planned for March 2025."
        ),
        (
            expect("1997-06-03", "agreement"),
            expect("2023-11-20~", "piv"),
            expect("2024-10-14/2024-10-18", "verification"),
            expect("2024-08-02", "transfer"),
            expect("../2024-09-15", "seal"),
            expect("2025-03", "inspection", planned=True),
        ),
    ),
    Text(
        "drought_emergency_statement",
        "government statement on a drought",
        date(2022, 8, 12),
        (
            "MINISTRY OF AGRICULTURE, WATER AND RURAL AFFAIRS\n"
            "Press Office – Statement\n"
            "Lisbon, 12 August 2022\n"
            "\n"
            "Drought emergency declared in five districts\n"
            "\n"
            "The Minister of Agriculture, Water and Rural Affairs, Helena Caldas, yesterday "
            "declared a drought emergency in the districts of Beja, Évora, Portalegre, "
            "Setúbal and Faro.\n"
            "\n"
            "Rainfall in the south has been below the long-term average since October 2021. "
            "On 1 August reservoir levels in the Alentejo fell to 31 per cent of capacity, "
            "the lowest since 1995.\n"
            "\n"
            "Restrictions on irrigation from public reservoirs will take effect on Monday. "
            "Water tankers had been sent to 43 villages by 31 July, and further deliveries "
            "are being organised with the municipalities.\n"
            "\n"
            "The inter-ministerial drought committee meets every Tuesday. A review of all "
            "measures is scheduled for 30 September.\n"
            "\n"
            "Farmers may apply for support under the 2005 Drought Relief Fund. Information "
            "is available at the regional agriculture offices."
        ),
        (
            expect("2022-08-11", "emergency"),
            expect("2021-10/..", "rainfall"),
            expect("2022-08-01", "reservoir"),
            expect("2022-08-15", "restriction", planned=True),
            expect("../2022-07-31", "tanker"),
            expect("2022-09-30", "review", planned=True),
        ),
    ),
    Text(
        "cycling_blog_alentejo",
        "HTML blog of a touring cyclist with dated entries",
        None,
        (
            '<article class="post">\n'
            "<h1>Two Wheels to Seville</h1>\n"
            '<section class="entry">\n'
            "<h2>Tuesday, 14 May 2024 – Évora</h2>\n"
            "<p>Today I finally reached Évora, 112 km and one long climb after Montemor. "
            "Yesterday the rear hub started grinding about 20 km before Montemor, and I "
            "limped into town on a wheel borrowed from a mechanic called Rui. Total so far "
            "since leaving Lisbon on 2 May: 486 km.</p>\n"
            "</section>\n"
            '<section class="entry">\n'
            "<h2>Friday, 17 May 2024 – Mértola</h2>\n"
            "<p>Two rest days by the Guadiana. The castle above the town was finished "
            "around 1292, and the view from its keep is worth the climb. The little ferry "
            "crosses the river every hour.</p>\n"
            "<p>I will cross into Spain tomorrow, heading for Seville. My last long tour, "
            "in 2019, also ended in Seville, so it feels a bit like coming home.</p>\n"
            "</section>\n"
            "<footer>Posted in Portugal 2024 · 3 comments · Share</footer>\n"
            "</article>"
        ),
        (
            expect("2024-05-14", "reach"),
            expect("2024-05-13", "hub"),
            expect("2024-05-02", "lisbon"),
            expect("1292~", "castle"),
            expect("2024-05-18", "spain", planned=True),
            expect("2019", "tour"),
        ),
    ),
    Text(
        "salvesen_obituary",
        "obituary of a linguist",
        date(2021, 2, 6),
        (
            "OBITUARIES\n"
            "\n"
            "Ingrid Salvesen, who mapped the speech of the western fjords, dies at 88\n"
            "\n"
            "By Tor Eide\n"
            "\n"
            "Ingrid Salvesen, a linguist whose three-volume atlas recorded the dialects of "
            "western Norway before many of them faded, died on Tuesday at her home in "
            "Bergen. She was 88.\n"
            "\n"
            "Born on 11 April 1932 in Ålesund, the daughter of a ship's pilot, she studied "
            "Nordic philology in Oslo and began fieldwork in the fjord villages in about "
            "1958, travelling by mail boat with a reel-to-reel recorder.\n"
            "\n"
            "She taught at the University of Bergen from 1966 to 1999. The volumes of her "
            "Atlas of West Norwegian Speech appeared in 1971, 1974 and 1979; the last of "
            "them won the 1980 Nordic Language Prize.\n"
            "\n"
            "Former students recalled that she answered every letter by hand, each Sunday "
            "evening, and never owned a television.\n"
            "\n"
            "She is survived by her son, Eirik. A memorial gathering is to be held at the "
            "university on 20 February."
        ),
        (
            expect("2021-02-02", "die"),
            expect("1932-04-11", "born"),
            expect("1958~", "fieldwork"),
            expect("1966/1999", "taught"),
            expect("1971", "atlas"),
            expect("1974", "atlas"),
            expect("1979", "atlas"),
            expect("2021-02-20", "memorial", planned=True),
        ),
    ),
    Text(
        "transport_committee_minutes",
        "parliamentary committee minutes",
        None,
        (
            "STANDING COMMITTEE ON TRANSPORT AND INFRASTRUCTURE\n"
            "\n"
            "Minutes of Proceedings\n"
            "Meeting No. 14 – Wednesday 6 March 2024, 10.00 am, Committee Room 3\n"
            "\n"
            "Present: Ms A. Delacroix (Chair), Mr B. Okafor, Mrs C. Lindqvist, Mr D. Marr\n"
            "Apologies: Mr E. Huang\n"
            "\n"
            "1. Correspondence\n"
            "The Chair reported that the Minister for Transport had written to the "
            "Committee on 28 February 2024 regarding the Harbour Bridge Bill. The letter "
            "was received and noted.\n"
            "\n"
            "2. Eastern rail franchise\n"
            "The Clerk noted that Northway Rail took over the Eastern rail franchise in "
            "2016. Mr Okafor asked for the performance figures of the last three years.\n"
            "\n"
            "3. Kellan Tunnel\n"
            "Officials confirmed that the structural inspection of the Kellan Tunnel had "
            "been completed by 1 March at the latest. Members requested a copy of the "
            "inspection report.\n"
            "\n"
            "4. Harbour Bridge Bill\n"
            "The Clerk advised that the Bill is expected to receive its second reading on "
            "19 March.\n"
            "\n"
            "5. Next meeting\n"
            "The Committee will meet again on 13 March 2024 at 10.00 am. The Committee "
            "meets every Wednesday while the House is sitting."
        ),
        (
            expect("2024-02-28", "minister"),
            expect("2016", "franchise"),
            expect("../2024-03-01", "inspection"),
            expect("2024-03-19", "reading", planned=True),
            expect("2024-03-13", "meet", planned=True),
        ),
    ),
    Text(
        "kettle_recall_notice",
        "product recall notice",
        date(2025, 6, 3),
        (
            "PRODUCT RECALL NOTICE\n"
            "Date of notice: 3 June 2025\n"
            "\n"
            "Brightwell KettleMaster KM-17 1.7 L Electric Kettle\n"
            "\n"
            "Brightwell Home Appliances Ltd is recalling the KettleMaster KM-17 electric "
            "kettle because the base connector can overheat and melt, posing a fire and "
            "burn hazard.\n"
            "\n"
            "Affected products: model KM-17, batch codes 2409 to 2504, sold between 1 "
            "September 2024 and 15 April 2025 in Brightwell stores and online.\n"
            "\n"
            "Hazard: the fault was first reported on or about 10 May 2025. Sales of the "
            "KM-17 were halted on 22 May. No injuries have been reported.\n"
            "\n"
            "What to do: stop using the kettle immediately and unplug it. Return it to any "
            "Brightwell store for a full refund. A replacement model, the KM-18, will go on "
            "sale on 1 July 2025.\n"
            "\n"
            "The KM-17 was launched in 2021. This is Brightwell's first recall since 2018.\n"
            "\n"
            "Customer helpline: 0800 555 0147, Monday to Friday, 8 am – 6 pm."
        ),
        (
            expect("2024-09-01/2025-04-15", "sold"),
            expect("2025-05-10~", "report"),
            expect("2025-05-22", "halt"),
            expect("2025-07-01", "sale", planned=True),
            expect("2021", "launch"),
        ),
    ),
    Text(
        "voss_harbour_catalogue",
        "museum exhibition catalogue entry",
        None,
        (
            "Cat. 47\n"
            "\n"
            "Jannike Voss\n"
            "Harbour at Dusk\n"
            "Oil on canvas, 64 × 80 cm\n"
            "Kestrel Museum of Art, acc. no. 1967.112\n"
            "\n"
            "Jannike Voss, born in Bergen in 1884, trained in Copenhagen and Paris before "
            "settling in Kristiania. Harbour at Dusk was painted around 1912, during one of "
            "her stays at Lillesand, and shows the steamer quay under a violet sky. It was "
            "first shown at the Autumn Exhibition in Kristiania in 1913, where one critic "
            'praised its "restless calm".\n'
            "\n"
            "The painting was sold to a Hamburg collector, probably in 1920, and its "
            "whereabouts between the wars are unknown. The Museum acquired it from the "
            "collector's heirs on 4 March 1967. It was cleaned and relined from 2 to 19 "
            "June 2015, when a pencil sketch of the quay was found on the back of the "
            "canvas.\n"
            "\n"
            "After the present exhibition closes, the painting will travel to the National "
            "Museum in Oslo in 2026.\n"
            "\n"
            "Literature: Hagen 1988, pp. 41–44; Lund 2009, no. 112."
        ),
        (
            expect("1884", "born"),
            expect("1912~", "paint"),
            expect("1913", "exhibit"),
            expect("1920?", "sold"),
            expect("1967-03-04", "acquir"),
            expect("2015-06-02/2015-06-19", "clean"),
            expect("2026", "travel", planned=True),
        ),
    ),
    Text(
        "larchfield_newsletter",
        "school newsletter",
        date(2023, 11, 17),
        (
            "LARCHFIELD PRIMARY SCHOOL\n"
            "Newsletter No. 9 – Friday 17 November 2023\n"
            "\n"
            "Dear Parents and Carers,\n"
            "\n"
            "What a busy fortnight! On Monday, 13 November, our new library opened, thanks "
            "to the Friends of Larchfield, who raised £6,200 at the 2022 summer fair. On 10 "
            "November, Year 6 led a moving Remembrance assembly.\n"
            "\n"
            "Yesterday Year 5 visited the Science Museum as part of their topic on forces. "
            "The children were brilliant ambassadors for the school.\n"
            "\n"
            "Larchfield has been an Eco-School since 2017, and this term the Eco-Council is "
            "collecting used batteries for recycling.\n"
            "\n"
            "Dates for your diary\n"
            "• Parents' evening will take place on 29 November, 3.30–7 pm.\n"
            "• The Christmas concert is scheduled for 14 December at 2 pm in the hall.\n"
            "\n"
            "Staff news\n"
            "Mrs Patel, who joined Larchfield in 1999, will retire at the end of this term. "
            "We will miss her very much.\n"
            "\n"
            "Reminders\n"
            "Swimming is every Tuesday for Year 4 – please send a towel and a named "
            "swimming cap.\n"
            "\n"
            "Mr J. Bramley, Head Teacher"
        ),
        (
            expect("2023-11-13", "library"),
            expect("2023-11-10", "assembly"),
            expect("2023-11-16", "museum"),
            expect("2017/..", "eco"),
            expect("2023-11-29", "parents", planned=True),
            expect("2023-12-14", "concert", planned=True),
            expect("1999", "patel"),
        ),
    ),
    Text(
        "split_outfall_award_notice",
        "procurement award notice",
        None,
        (
            "CONTRACT AWARD NOTICE\n"
            "Results of the procurement procedure – Works\n"
            "\n"
            "Date of dispatch of this notice: 08/04/2024\n"
            "\n"
            "Section I: Contracting authority\n"
            "I.1) Name and address: Split Coastal Water Authority, Obala 12, 21000 Split, "
            "Croatia\n"
            "\n"
            "Section II: Object\n"
            "II.1.1) Title: Rehabilitation of the Kaštela seawater outfall, phase 2\n"
            "II.1.2) Main CPV code: 45240000\n"
            "II.2.7) Duration: the works are to start on 2 May 2024; completion is planned "
            "for April 2026.\n"
            "\n"
            "Section IV: Procedure\n"
            "IV.1.1) Type of procedure: open procedure\n"
            "IV.2.1) Previous publication: contract notice published in the Official "
            "Journal on 14/11/2023\n"
            "IV.2.2) Time limit: tenders had to be received no later than 15/01/2024, 12:00\n"
            "\n"
            "Section V: Award of contract\n"
            "V.2.1) Date of conclusion of the contract: 22/03/2024\n"
            "V.2.2) Number of tenders received: 6\n"
            "V.2.3) Name of contractor: Jadran Hidrogradnja d.o.o., Split\n"
            "V.2.4) Total value of the contract: EUR 4 870 000.00 excluding VAT"
        ),
        (
            expect("2024-05-02", "work", planned=True),
            expect("2026-04", "complet", planned=True),
            expect("2023-11-14", "notice"),
            expect("../2024-01-15", "tender"),
            expect("2024-03-22", "conclu"),
        ),
    ),
    Text(
        "kaldvik_eruption_factbox",
        "factbox timeline of a volcanic eruption",
        date(2024, 1, 25),
        (
            "FACTBOX-Key dates in the eruption at Mount Kaldvik\n"
            "\n"
            "Jan 25 (Nordic Wire) - A fissure eruption at Mount Kaldvik in south-west "
            "Iceland has forced the evacuation of the fishing town of Holt. Here are key "
            "dates:\n"
            "\n"
            "* The volcano last erupted c. 1784, according to parish records.\n"
            "* Jan. 8 - A seismic swarm begins under the volcano; about 1,400 earthquakes "
            "are recorded in the first 24 hours.\n"
            "* Jan. 11 - The Civil Protection Department raises the alert level to orange.\n"
            "* Jan. 14 - The eruption begins at around 03:00 local time from a 2-km "
            "fissure.\n"
            "* Jan. 15-17 - About 3,200 residents of Holt are evacuated.\n"
            "* Jan. 20 - A lava flow reaches the coastal road, cutting the town's only land "
            "link.\n"
            "* Jan. 22 - A second vent possibly opened on the northern flank, scientists "
            "said; cloud cover prevented confirmation.\n"
            "* The coastal road will reopen on Feb. 2, the Road Administration said.\n"
            "\n"
            "(Compiled by Elin Magnusdottir; Editing by Mark Hollis)"
        ),
        (
            expect("1784~", "erupt"),
            expect("2024-01-08", "swarm"),
            expect("2024-01-11", "alert"),
            expect("2024-01-14", "erupt"),
            expect("2024-01-15/2024-01-17", "evacuat"),
            expect("2024-01-20", "lava"),
            expect("2024-01-22?", "vent"),
            expect("2024-02-02", "reopen", planned=True),
        ),
    ),
    Text(
        "st_aldric_equipment_audit",
        "audit report on a hospital",
        None,
        (
            "OFFICE OF THE REGIONAL AUDITOR\n"
            "Performance Audit Report 2023/14\n"
            "St Aldric's General Hospital: Management of Medical Equipment\n"
            "\n"
            "Summary\n"
            "St Aldric's General Hospital, a 620-bed hospital serving the eastern district, "
            "introduced an electronic asset register in 2015. The Board approved a "
            "five-year equipment replacement plan on 17 March 2020.\n"
            "\n"
            "Our fieldwork took place from 6 to 24 February 2023. We found that the backlog "
            "of preventive maintenance, which stood at 1,140 work orders in mid-2021, had "
            "been cleared by 31 January 2023.\n"
            "\n"
            "However, a new MRI scanner, commissioned in about September 2022, was still "
            "not covered by a service contract at the time of the audit. Infusion pumps are "
            "tested every six months, as the manufacturer requires.\n"
            "\n"
            "Our previous audit of the hospital, tabled on 9 November 2017, made nine "
            "recommendations; four of them remain open.\n"
            "\n"
            "Management response\n"
            "Management accepted all recommendations. A full review of the asset register "
            "is expected to be finished in June 2024."
        ),
        (
            expect("2015", "register"),
            expect("2020-03-17", "plan"),
            expect("2023-02-06/2023-02-24", "fieldwork"),
            expect("../2023-01-31", "backlog"),
            expect("2022-09~", "mri"),
            expect("2017-11-09", "audit"),
            expect("2024-06", "review", planned=True),
        ),
    ),
    Text(
        "tesselate_release_notes",
        "software release notes page",
        None,
        (
            "<h1>Tesselate release notes</h1>\n"
            "<p>Tesselate is an open-source vector tile server. Nightly builds run every "
            "day at 02:00 UTC.</p>\n"
            "\n"
            "<h2>4.4.0 (upcoming)</h2>\n"
            "<p>Version 4.4.0 is planned for April 2025 and will add PMTiles output.</p>\n"
            "\n"
            "<h2>4.3.0 – 2025-02-11</h2>\n"
            "<ul>\n"
            "<li>Added an in-memory tile cache.</li>\n"
            "<li>Dropped support for Python 3.8.</li>\n"
            "<li>Fixed CVE-2024-31337, a path traversal in the static file handler.</li>\n"
            "</ul>\n"
            "\n"
            "<h2>4.2.1 – 2024-12-03</h2>\n"
            "<ul>\n"
            "<li>Fixed a crash when a style had no layers.</li>\n"
            "</ul>\n"
            "\n"
            "<h2>4.2.0 – 2024-10-15</h2>\n"
            "<ul>\n"
            "<li>The project moved its repository to Codeberg on or about 1 September 2024; "
            "the GitHub mirror is read-only.</li>\n"
            "<li>The legacy WMS endpoint, deprecated since March 2023, will be removed in "
            "5.0.</li>\n"
            "<li>Deprecated since 4.0: the <code>--tiles-dir</code> option.</li>\n"
            "</ul>"
        ),
        (
            expect("2025-04", "4.4.0", planned=True),
            expect("2025-02-11", "4.3.0"),
            expect("2024-12-03", "4.2.1"),
            expect("2024-10-15", "4.2.0"),
            expect("2024-09-01~", "codeberg"),
            expect("2023-03/..", "deprecat"),
        ),
    ),
    Text(
        "nordhavn_shareholder_letter",
        "letter to shareholders",
        None,
        (
            "Letter to our shareholders\n"
            "\n"
            "Dear Shareholders,\n"
            "\n"
            "2024 was the year in which Nordhavn Shipping began to renew its fleet. In "
            "February 2024 we took delivery of the Nordhavn Aurora, the first of four "
            "methanol-ready bulk carriers ordered from a yard in Ulsan; the second and "
            "third vessels followed in June and September. The fourth is scheduled for "
            "delivery in May 2025.\n"
            "\n"
            "Net profit rose to USD 212 million, our highest since 2008, and the Board "
            "proposes a dividend of NOK 9.50 per share. The Annual General Meeting will be "
            "held on 24 April 2025 in Oslo.\n"
            "\n"
            "Since Nordhavn was listed on the Oslo Stock Exchange on 12 June 2006, "
            "shareholders have received a dividend in every year but two.\n"
            "\n"
            "I would like to thank Kari Lunde, our chief executive since 2019, and all "
            "1,400 seafarers and office staff for a demanding and successful year.\n"
            "\n"
            "Yours sincerely,\n"
            "\n"
            "Anders Brekke\n"
            "Chair of the Board\n"
            "Oslo, 13 March 2025"
        ),
        (
            expect("2024-02", "aurora"),
            expect("2024-06", "second"),
            expect("2024-09", "third"),
            expect("2025-05", "fourth", planned=True),
            expect("2025-04-24", "meeting", planned=True),
            expect("2006-06-12", "list"),
            expect("2019/..", "chief"),
        ),
    ),
    Text(
        "brennock_canal_history",
        "local history of a canal",
        None,
        (
            "The Brennock Canal: a short history\n"
            "Brennock Canal Society – Local History Notes No. 3\n"
            "\n"
            "The Act of Parliament authorising a canal from the coal pits at Brennock to "
            "the river at Hallow Quay was passed on 16 May 1793. Digging began in about "
            "1794 under the engineer Josiah Pell, and the whole fourteen miles were open to "
            "traffic by 1801.\n"
            "\n"
            "For forty years the canal prospered, carrying coal down and lime up. In 1846 "
            "it was bought by the Midland and Hallow Railway, which let it decline. The "
            "last commercial boat, a coal barge named Patience, passed through the top lock "
            "in 1939, and the canal was formally abandoned the following year.\n"
            "\n"
            "Volunteers have been restoring the top lock since 1987. The restored section "
            "between Brennock and Coppice Bridge is expected to reopen in 2027.\n"
            "\n"
            "Work parties meet on the second Saturday of every month; new volunteers are "
            "always welcome."
        ),
        (
            expect("1793-05-16", "act"),
            expect("1794~", "dig"),
            expect("../1801", "open"),
            expect("1846", "railway"),
            expect("1939", "boat"),
            expect("1940", "abandon"),
            expect("1987/..", "restor"),
            expect("2027", "reopen", planned=True),
        ),
    ),
)
