"""A fifty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a
ceasefire, a shipping line's press release, a tax tribunal's judgment, an encyclopedia history
of a spa, an ice hockey playoff report, a clockmaker's history as an HTML list, a fact-finding
mission summary, a statement on a pension reform, a lighthouse photographer's HTML blog, an
engineer's obituary, library board minutes, a bridge weight limit notice, an organ recital
programme, a choir newsletter, a tender notice, a landslide factbox, a police watchdog report,
a planetarium status page, a weather record correction and a local history of a salt works).
The organisations, people and facts are invented. About two facts in five carry a qualifier
(approximate, bounded, continuing, planned or doubted); the texts also hold comparisons,
habits, dates in names and page furniture that are not events. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYNINTH_CORPUS",)

FIFTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "varda_ceasefire",
        "wire story with a dateline",
        date(2025, 6, 12),
        "NAIROBI, June 12 (Continental Press Agency) - Negotiators for the government "
        "and the Varda Highlands Movement signed a ceasefire agreement on Wednesday "
        "after eleven days of talks hosted by the regional mediation office, in a bid "
        "to end fighting that broke out on or about 2 February 2023.\n\n"
        "The talks opened on May 31, after an earlier round collapsed in November "
        "2023. A first exchange of 40 prisoners took place on June 8, and both sides "
        "had pulled their artillery back from the Kessa corridor by June 5, according "
        "to monitors.\n\n"
        "Under the agreement, a joint monitoring commission will start work on July 1 "
        "and report to the mediators every two weeks.\n\n"
        "It is unclear whether the movement's commander, Ali Doren, took part in "
        "person. He was probably in Kampala on Tuesday, two delegates said.\n\n"
        "The fighting has displaced around 140,000 people, the highest number in the "
        "region since 2009, according to the U.N. refugee agency.\n\n"
        "(Reporting by Grace Wanjiru; Editing by Tom Ferris)",
        (
            expect("2025-06-11", "ceasefire"),
            expect("2023-02-02~", "fight"),
            expect("2025-05-31", "talks"),
            expect("2023-11", "collapse"),
            expect("2025-06-08", "prisoner"),
            expect("../2025-06-05", "artillery"),
            expect("2025-07-01", "commission", planned=True),
            expect("2025-06-10?", "kampala"),
        ),
    ),
    Text(
        "nordhavn_gdansk",
        "press release of a shipping line",
        date(2024, 9, 3),
        "PRESS RELEASE\n\n"
        "Nordhavn Line opens weekly Aarhus–Gdańsk service\n\n"
        "Copenhagen, 3 September 2024 – Nordhavn Line A/S today announced that its new "
        "weekly container service between Aarhus and Gdańsk will start on 7 October "
        "2024, with the 1,100-TEU MV Karen Holm making the first call.\n\n"
        "The company took delivery of the Karen Holm from the Jinhai shipyard on 19 "
        "August, and the vessel is expected to arrive in Aarhus on or about 28 "
        "September after her delivery voyage. A sister ship, MV Sofie Brandt, is to "
        "join the service in January 2025.\n\n"
        "Nordhavn's board approved the investment on 14 February. The line has "
        "operated a feeder link to Klaipėda since March 2019 and handled some 310,000 "
        "containers in 2023, its best result since the 2008 financial crisis.\n\n"
        "Departures from Aarhus will leave every Friday at 18:00.\n\n"
        "About Nordhavn Line\n"
        "Nordhavn Line was founded in 1987 and employs 640 people in four countries.\n\n"
        "Media contact: Line Sørensen, +45 33 12 40 00, press@nordhavnline.example",
        (
            expect("2024-10-07", "service", planned=True),
            expect("2024-08-19", "deliver"),
            expect("2024-09-28~", "arriv", planned=True),
            expect("2025-01", "sofie", planned=True),
            expect("2024-02-14", "invest"),
            expect("2019-03/..", "feeder"),
            expect("2023", "container"),
            expect("1987", "found"),
        ),
    ),
    Text(
        "halvorsen_timber",
        "judgment of a tax tribunal",
        None,
        "IN THE TAX APPEALS TRIBUNAL\n"
        "Appeal No. TAT/2022/0417\n\n"
        "BETWEEN\n"
        "HALVORSEN TIMBER LIMITED\n"
        "Appellant\n"
        "- and -\n"
        "THE COMMISSIONERS FOR REVENUE AND EXCISE\n"
        "Respondents\n\n"
        "JUDGMENT\n\n"
        "1. This is an appeal against a closure notice issued on 9 November 2021, by "
        "which the Respondents denied input tax of £212,400 claimed by the Appellant.\n\n"
        "2. The Respondents opened an enquiry into the Appellant's returns on or about "
        "17 July 2020. Mr Ivar Halvorsen, the Appellant's director, told us that he "
        "posted the missing purchase invoices before 31 August 2020. The Respondents' "
        "records show the invoices arriving in January 2021.\n\n"
        "3. The notice of appeal was filed on 2 February 2022, some weeks out of time. "
        "The Tribunal extended time by a direction of 4 May 2022.\n\n"
        "4. We heard the appeal in Leeds from 5 to 7 February 2024. We found Mr "
        "Halvorsen to be a careful and honest witness, and we accept his account of "
        "the posting.\n\n"
        "5. For the reasons given above, the appeal is allowed.\n\n"
        "JUDGE M. OKAFOR\n"
        "MEMBER R. PATEL\n\n"
        "Release date: 14 March 2024",
        (
            expect("2021-11-09", "closure"),
            expect("2020-07-17~", "enquiry"),
            expect("../2020-08-31", "invoice"),
            expect("2021-01", "invoice"),
            expect("2022-02-02", "appeal"),
            expect("2022-05-04", "exten"),
            expect("2024-02-05/2024-02-07", "hear"),
        ),
    ),
    Text(
        "bad_quellstein",
        "encyclopedia history of a spa resort",
        None,
        "Bad Quellstein\n\n"
        "Bad Quellstein is a spa town in the Taunus hills of Hesse, Germany, known for "
        "its warm iron-bearing springs.\n\n"
        "History\n"
        "The springs were probably known in Roman times: a votive altar of c. 180 AD "
        "was found beside the main spring. The first bathhouse was built around 1540 "
        "by the Counts of Ebersfeld, but it fell into ruin after the Thirty Years' "
        "War. Interest revived in 1772, when the physician Johann Weller published an "
        "analysis of the water.\n\n"
        "The Kurhaus opened on 1 June 1841. The resort's golden age lasted from 1870 "
        "to 1914, when it drew visitors from across Europe; the Grand Duchess Olga of "
        'Livonia stayed there in 1888 and 1891. The town was allowed to add "Bad" to '
        "its name under the 1927 Spa Act.\n\n"
        "Since 1952 the springs have been owned by the State of Hesse, which runs the "
        "baths through a public company. About 210,000 overnight stays are recorded "
        "each year, more than in any other spa of the region.\n\n"
        "See also\n"
        "List of spa towns in Germany",
        (
            expect("0180~", "altar"),
            expect("1540~", "bathhouse"),
            expect("1772", "analys"),
            expect("1841-06-01", "kurhaus"),
            expect("1870/1914", "golden"),
            expect("1888", "olga"),
            expect("1891", "olga"),
            expect("1952/..", "hesse"),
        ),
    ),
    Text(
        "falcons_game_six",
        "sports report on an ice hockey playoff",
        date(2025, 4, 21),
        "ICE HOCKEY | NORDIC LEAGUE PLAYOFFS\n\n"
        "Falcons force Game 7 with overtime winner\n\n"
        "By Petra Lind · April 21, 2025\n\n"
        "KALEVA — The Kaleva Falcons beat the Northport Ironmen 3-2 in overtime on "
        "Sunday to level their semi-final series at 3-3. Defenceman Jussi Aalto scored "
        "the winner after 71 minutes 14 seconds.\n\n"
        "Game 7 will be played on Tuesday in Northport, and the winner is to meet "
        "Lakeland in the final, which starts on April 28.\n\n"
        "Goaltender Mikko Rahe made 38 saves. He missed the games from March 2 to "
        "April 6 with a knee injury and came back for Game 5 on Thursday, when the "
        "Falcons lost 1-4.\n\n"
        "Captain Oskari Lehto played with his left hand taped; he probably broke a "
        "finger in Game 4 on April 15, but the club will not confirm it.\n\n"
        "The Falcons last reached a final in 2011. They have not won a playoff game in "
        "Northport since 2016, and coach Ari Vesa has them practise penalty kills "
        "every morning.\n\n"
        '"We know what to do," Vesa said.',
        (
            expect("2025-04-20", "falcons"),
            expect("2025-04-22", "game", planned=True),
            expect("2025-04-28", "final", planned=True),
            expect("2025-03-02/2025-04-06", "rahe"),
            expect("2025-04-17", "rahe"),
            expect("2025-04-15?", "finger"),
            expect("2011", "final"),
        ),
    ),
    Text(
        "brenner_clocks",
        "company history of a clockmaker (HTML list)",
        None,
        '<div class="page">\n'
        '<nav><a href="/">Home</a> | <a href="/clocks">Clocks</a> | <a '
        'href="/history">History</a></nav>\n'
        "<h1>Brenner Uhren – Our history</h1>\n"
        "<p>Five generations of clockmaking in the Black Forest.</p>\n"
        '<ul class="timeline">\n'
        "  <li><b>1856</b> – Anton Brenner opens a workshop in Furtwangen, repairing "
        "and building wall clocks.</li>\n"
        "  <li><b>c. 1870</b> – The first Brenner cuckoo clocks with carved walnut "
        "cases leave the workshop.</li>\n"
        "  <li><b>1921–1923</b> – The factory is rebuilt after a fire destroyed the "
        "old works.</li>\n"
        "  <li><b>1958</b> – Brenner launches its first electric wall clock; exports "
        "to the United States begin the following year.</li>\n"
        "  <li><b>1975</b> – The workforce passes 400 for the first time.</li>\n"
        "  <li><b>Since 2004</b> – Clara Brenner, great-great-granddaughter of the "
        "founder, runs the company.</li>\n"
        "  <li><b>2027</b> – A new museum wing is scheduled to open in May 2027.</li>\n"
        "</ul>\n"
        "<p>Every clock is still regulated by hand for seven days before it is "
        "shipped.</p>\n"
        "<footer>© 2025 Brenner Uhren GmbH · Imprint · Privacy</footer>\n"
        "</div>",
        (
            expect("1856", "workshop"),
            expect("1870~", "cuckoo"),
            expect("1921/1923", "rebuil"),
            expect("1958", "electric"),
            expect("1959", "export"),
            expect("1975", "400"),
            expect("2004/..", "clara"),
            expect("2027-05", "museum", planned=True),
        ),
    ),
    Text(
        "tisza_flood_mission",
        "mission summary of a fact-finding visit",
        None,
        "EUROPEAN NETWORK OF FLOOD OMBUDSPERSONS\n"
        "Mission summary: fact-finding visit to the Upper Tisza valley, Hungary\n"
        "Team: Dr Elena Marsh (head), Tomasz Wierzbicki, Ines Carvalho\n\n"
        "1. Purpose\n"
        "At the invitation of the county council, the team visited the Upper Tisza "
        "valley from 16 to 19 October 2023 to assess the response to the floods.\n\n"
        "2. Background\n"
        "Heavy rain fell on the valley from 2 to 4 September 2023. The dyke at Kisvár "
        "gave way on or about 3 September, flooding 14 villages. The county "
        "authorities had ordered the evacuation of the lowest-lying settlements no "
        "later than 5 September.\n\n"
        "3. Findings\n"
        "– Some 1,200 households still had no safe drinking water when the team "
        "visited.\n"
        "– Residents told the team that the previous flood of this size, possibly in "
        "1970, was handled by the army.\n"
        "– Repairs to the Kisvár dyke are planned to begin in March 2024, once the "
        "ground has dried.\n\n"
        "4. Follow-up\n"
        "The team presented its preliminary findings to the county prefect in "
        "Nyíregyháza on 20 October. The Network's board reviews mission reports every "
        "quarter.\n\n"
        "Distribution: Board members; Office of the Commissioner for Fundamental Rights",
        (
            expect("2023-10-16/2023-10-19", "visit"),
            expect("2023-09-02/2023-09-04", "rain"),
            expect("2023-09-03~", "dyke"),
            expect("../2023-09-05", "evacuat"),
            expect("1970?", "flood"),
            expect("2024-03", "repair", planned=True),
            expect("2023-10-20", "present"),
        ),
    ),
    Text(
        "pension_reform_statement",
        "government statement on a pension reform",
        date(2025, 11, 5),
        "MINISTRY OF LABOUR AND SOCIAL AFFAIRS\n"
        "Press statement · 5 November 2025\n\n"
        "Government approves pension reform bill\n\n"
        "The Council of Ministers yesterday approved the draft Pension Sustainability "
        "Act. The bill will be submitted to Parliament on 18 November.\n\n"
        "Under the bill, the statutory retirement age will rise from 65 to 66 on 1 "
        "January 2028 and to 67 on 1 January 2032. The age was last raised, from 63 to "
        "65, on 1 January 2013.\n\n"
        "The proposals follow a public consultation held from 3 March to 30 April "
        "2025, which drew 11,400 responses, and the final report of the independent "
        "Pensions Commission, published in July 2024.\n\n"
        '"Without reform, pension spending would reach its highest share of national '
        'income since 1995," the Minister, Ms Karin Holt, said.\n\n'
        "Pensions will continue to be adjusted every January in line with prices and "
        "wages.\n\n"
        "Press Office · press@labour.example · +00 21 555 0100",
        (
            expect("2025-11-04", "approv"),
            expect("2025-11-18", "submi", planned=True),
            expect("2028-01-01", "66", planned=True),
            expect("2032-01-01", "67", planned=True),
            expect("2013-01-01", "65"),
            expect("2025-03-03/2025-04-30", "consultation"),
            expect("2024-07", "commission"),
        ),
    ),
    Text(
        "lanterns_blog",
        "HTML blog of a lighthouse photographer with dated entries",
        date(2024, 10, 14),
        "<header><h1>Lanterns &amp; Long Exposures</h1><p>A lighthouse photographer's "
        "notebook</p></header>\n"
        "<article>\n"
        "<h2>Skerry Point at dusk</h2>\n"
        '<p class="meta">Posted <time datetime="2024-10-14">14 October 2024</time> · 3 '
        "comments</p>\n"
        "<p>After two cancelled ferries I finally reached Skerry Point yesterday and "
        "caught the last light on the tower. The station was first lit on 1 November "
        "1873, and the keepers left when it was automated in 1986. The big lantern was "
        "probably replaced in 1911, though the logbooks for that year are lost.</p>\n"
        "</article>\n"
        "<article>\n"
        "<h2>Hallvik fog signal</h2>\n"
        '<p class="meta">Posted <time datetime="2024-09-02">2 September 2024</time> · '
        "5 comments</p>\n"
        "<p>The old diaphone at Hallvik has been silent since 1994, but the horn house "
        "still stands on its ledge. Next stop: I'll be on Grannes island on 21 "
        "September if the weather holds.</p>\n"
        "<p>Prints from this series are at the harbour market on the first Saturday of "
        "every month.</p>\n"
        "</article>\n"
        "<footer>© 2024 Lanterns &amp; Long Exposures · <a "
        'href="/archive">Archive</a></footer>',
        (
            expect("2024-10-13", "skerry"),
            expect("1873-11-01", "lit"),
            expect("1986", "automat"),
            expect("1911?", "lantern"),
            expect("1994/..", "silent"),
            expect("2024-09-21", "grannes", planned=True),
        ),
    ),
    Text(
        "vallin_obituary",
        "obituary of an engineer",
        date(2023, 2, 9),
        "OBITUARIES\n\n"
        "Henrik Vallin, bridge engineer, 1938–2023\n\n"
        "Henrik Vallin, the engineer behind the Sundby cable-stayed bridge, died on "
        "Saturday at his home in Uppsala. He was 84.\n\n"
        "Born in Gävle on 17 May 1938, the son of a railway signalman, Vallin "
        "graduated from the technical university in Stockholm in 1962 and joined the "
        "consulting firm Nordkonsult the following year. His best-known work, the "
        "740-metre Sundby bridge, was built between 1976 and 1981 and was for a time "
        "the longest of its kind in Scandinavia.\n\n"
        "Colleagues remember a patient teacher who checked every drawing twice and "
        "took his students sailing each summer. He retired in about 2003 but went on "
        "advising young engineers until his eighties.\n\n"
        "A memorial service will be held at Uppsala Cathedral on 24 February.\n\n"
        "He is survived by his wife, Birgitta, two daughters and five grandchildren.",
        (
            expect("2023-02-04", "die"),
            expect("1938-05-17", "born"),
            expect("1962", "graduat"),
            expect("1963", "nordkonsult"),
            expect("1976/1981", "sundby"),
            expect("2003~", "retire"),
            expect("2023-02-24", "memorial", planned=True),
        ),
    ),
    Text(
        "ashworth_library_board",
        "minutes of a library board",
        date(2025, 3, 11),
        "ASHWORTH PUBLIC LIBRARY\n"
        "Board of Trustees — Minutes of the Regular Meeting\n"
        "Tuesday, March 11, 2025, 7:00 p.m., Community Room\n\n"
        "Present: J. Morales (Chair), P. Greene, L. Nakamura, S. Ferreira, D. Whitcomb "
        "(Secretary); R. Lindqvist, Director.\n\n"
        "1. Call to order. The Chair called the meeting to order at 7:02 p.m. The "
        "minutes of the previous meeting were approved as read.\n\n"
        "2. Director's report. The Millbrook branch closed on January 27 for roof "
        "repairs and is expected to reopen on or about April 14. February circulation "
        "was the highest for that month since 2019. Story time continues every "
        "Wednesday at 10:30 a.m.\n\n"
        "3. Budget. The Director submitted the draft FY2026 budget to the Town Manager "
        "on March 3.\n\n"
        "4. New business. Delivery of the bookmobile ordered from Carver Coachworks is "
        "expected in August. Trustee Ferreira noted that the Carnegie building, which "
        "opened in 1908, will need a new boiler within five years.\n\n"
        "5. Next meeting. The next regular meeting will be held on Tuesday, April 8, "
        "2025.\n\n"
        "Adjourned at 8:15 p.m.\n"
        "Respectfully submitted, D. Whitcomb, Secretary",
        (
            expect("2025-01-27", "millbrook"),
            expect("2025-04-14~", "reopen", planned=True),
            expect("2025-03-03", "budget"),
            expect("2025-08", "bookmobile", planned=True),
            expect("1908", "carnegie"),
            expect("2025-04-08", "meeting", planned=True),
        ),
    ),
    Text(
        "kellet_bridge_notice",
        "road bridge weight limit notice",
        date(2024, 8, 12),
        "HARTMOOR COUNTY COUNCIL\n"
        "(B4127 KELLET BRIDGE) (7.5 TONNES WEIGHT RESTRICTION) (TEMPORARY) ORDER 2024\n\n"
        "NOTICE IS HEREBY GIVEN that Hartmoor County Council, following a principal "
        "inspection of Kellet Bridge on 22 July 2024, intends to make the above Order.\n\n"
        "EFFECT OF THE ORDER: No vehicle exceeding 7.5 tonnes gross weight shall "
        "proceed over Kellet Bridge, B4127, between Kellet and Thornby. The 7.5-tonne "
        "limit will come into force on 9 September 2024. Strengthening works are "
        "expected to be completed no later than 31 March 2025.\n\n"
        "The restriction shall not apply to emergency vehicles or to buses of the X12 "
        "service, which crosses the bridge every hour.\n\n"
        "Kellet Bridge, a three-arch sandstone bridge, was built c. 1830 and widened "
        "in 1962. A previous 18-tonne limit, possibly imposed in 1987, was lifted in "
        "1995 after repairs.\n\n"
        "Alternative route: A590 and Thornby Lane.\n\n"
        "Dated 12 August 2024\n"
        "P. Ashdown, Director of Highways, County Hall, Hartmoor HT1 2AB",
        (
            expect("2024-07-22", "inspection"),
            expect("2024-09-09", "limit", planned=True),
            expect("../2025-03-31", "strengthen", planned=True),
            expect("1830~", "built"),
            expect("1962", "widen"),
            expect("1987?", "limit"),
            expect("1995", "lift"),
        ),
    ),
    Text(
        "wexcombe_organ_recitals",
        "organ recital series programme",
        None,
        "ST ALDHELM'S CHURCH, WEXCOMBE\n"
        "Summer Organ Recitals 2025\n"
        "Wednesdays at 1 pm · Admission free · Retiring collection\n\n"
        "Wednesday 2 July 2025\n"
        "ANNA KERR (Edinburgh)\n"
        "Buxtehude – Praeludium in G minor, BuxWV 149\n"
        "Whitlock – Five Short Pieces\n\n"
        "Wednesday 16 July\n"
        "TOMÁS RIVERA (Seville)\n"
        "Cabanilles – Tiento lleno\n"
        "Bach – Trio Sonata No. 5 in C, BWV 529\n\n"
        "Wednesday 13 August\n"
        "DAVID OKONKWO (Organist, St Aldhelm's)\n"
        "Closing recital: Widor – Symphony No. 5 (complete)\n\n"
        "About the organ\n"
        "The Harrison organ was installed in 1911 and restored by Lindsay & Co from "
        "2019 to 2021. The recital series was founded in 1975 by the then organist, "
        "Canon Hugh Pellow. Light lunches are served in the hall after each recital.\n\n"
        "Sponsored by Wexcombe Building Society",
        (
            expect("2025-07-02", "kerr", planned=True),
            expect("2025-07-16", "rivera", planned=True),
            expect("2025-08-13", "okonkwo", planned=True),
            expect("1911", "install"),
            expect("2019/2021", "restor"),
            expect("1975", "found"),
        ),
    ),
    Text(
        "cantabile_newsletter",
        "choir newsletter",
        None,
        "THE CANTABILE\n"
        "Newsletter of the Harrowgate Community Choir · Issue 47 · October 2024\n\n"
        "From the chair\n"
        "Dear singers, what a start to the season! Our joint concert with the Ridley "
        "Brass Band on Saturday 14 September 2024 raised £2,340 for St Cuthbert's "
        "Hospice, and the audience was our largest since 2016.\n\n"
        "The AGM on 23 September elected Joan Patel as treasurer, and sectional "
        "rehearsals for sopranos and altos took place on 28 September and 5 October.\n\n"
        "Coming up\n"
        "We will sing Handel's Messiah with the Wexford Sinfonia on 14 December at St "
        "Mary's. Full rehearsals are on Monday evenings at 7.30 in the school hall.\n\n"
        "Farewell\n"
        "Margaret Oyelaran, who has sung alto with us since 1981, is moving to Leeds. "
        "Our founder, the Rev. Peter Dunn, started the choir in about 1962 with eleven "
        "singers, and Margaret remembers him well.\n\n"
        "Subs for 2024–25 are now due. Thank you!",
        (
            expect("2024-09-14", "concert"),
            expect("2024-09-23", "agm"),
            expect("2024-09-28", "sectional"),
            expect("2024-10-05", "sectional"),
            expect("2024-12-14", "messiah", planned=True),
            expect("1981/..", "oyelaran"),
            expect("1962~", "dunn"),
        ),
    ),
    Text(
        "iswr_icpms_tender",
        "tender notice for laboratory equipment",
        date(2025, 2, 3),
        "CONTRACT NOTICE — SUPPLIES\n"
        "Publication date: 3 February 2025 | Notice No. 2025/S 024-071553\n\n"
        "Section I: Contracting authority\n"
        "Institute for Soil and Water Research (ISWR), Drobného 28, 602 00 Brno, Czech "
        "Republic\n\n"
        "Section II: Object\n"
        "II.1 Title: Supply and installation of an ICP mass spectrometer with "
        "autosampler (ISWR/2025/T-014)\n"
        "II.2 Description: The new instrument replaces an ICP-MS that has been in use "
        "since 2009. The purchase is funded by a grant awarded to the Institute on 12 "
        "December 2024. A previous tender for this instrument was cancelled on 28 "
        "October 2024 because no compliant bids were received.\n"
        "II.3 Delivery: The instrument shall be delivered no later than 30 June 2025. "
        "Installation and operator training: within four weeks of delivery.\n\n"
        "Section IV: Procedure\n"
        "IV.1 Type of procedure: Open\n"
        "IV.2 Site visit: Thursday 20 February 2025, 10:00, Building C.\n"
        "IV.3 Time limit for receipt of tenders: 10 March 2025, 12:00 local time.\n"
        "IV.4 Languages: Czech, English\n\n"
        "Section VI: Complementary information\n"
        "Questions are answered every working day through the e-procurement portal.",
        (
            expect("2009/..", "icp"),
            expect("2024-12-12", "grant"),
            expect("2024-10-28", "cancel"),
            expect("../2025-06-30", "deliver", planned=True),
            expect("2025-02-20", "visit", planned=True),
            expect("2025-03-10", "tender", planned=True),
        ),
    ),
    Text(
        "valdora_landslide_factbox",
        "factbox timeline of a landslide",
        date(2024, 10, 8),
        "FACTBOX-Key dates in the Valdora landslide\n\n"
        "By Meridian Newsroom\n\n"
        "MILAN, Oct 8 (Meridian) - A landslide buried part of the Alpine village of "
        "Valdora in northern Italy on Sunday, cutting the only road to the valley. No "
        "one was killed because residents of the threatened homes had already been "
        "moved out.\n\n"
        "Here are key dates:\n\n"
        "* 1953 - Geologists first record slow movement of the slope above the village.\n"
        "* c. 1998 - Cracks appear in the walls of the church and the primary school. "
        "The school closes in 2001.\n"
        "* March 2019 - The regional authority installs GPS sensors; the ground is "
        "moving about 4 cm a year.\n"
        "* Sept. 29, 2024 - Sensors show the slope speeding up to 30 cm a day.\n"
        "* Oct. 2 - Mayor Elisa Rota orders the evacuation of 46 homes.\n"
        "* Oct. 6 - About 1.2 million cubic metres of rock and soil slide down, "
        "destroying 19 houses.\n"
        "* Engineers expect to reopen the road by Oct. 20.\n\n"
        "(Compiled by Luca Ferri; Editing by Anna Reed)",
        (
            expect("1953", "movement"),
            expect("1998~", "crack"),
            expect("2001", "school"),
            expect("2019-03", "sensor"),
            expect("2024-09-29", "speed"),
            expect("2024-10-02", "evacuat"),
            expect("2024-10-06", "slide"),
            expect("../2024-10-20", "road", planned=True),
        ),
    ),
    Text(
        "carnford_custody_death",
        "police watchdog report",
        date(2025, 5, 16),
        "POLICE CONDUCT AUTHORITY\n"
        "Investigation report: death following police contact, Carnford\n"
        "Reference: PCA/2023/0871 · Published 16 May 2025\n\n"
        "Summary of events\n"
        "1. On 4 August 2023 at 11.40pm, Westmark Police officers stopped a van on the "
        "A36 near Carnford and arrested the driver, Mr Daniel Ruse, 34, on suspicion "
        "of drink-driving.\n"
        "2. Mr Ruse was taken to the Carnford custody suite. He became unresponsive in "
        "his cell in the early hours of the next day and died at Carnford General "
        "Hospital on 5 August 2023.\n"
        "3. Westmark Police referred the matter to the Authority on 7 August 2023.\n\n"
        "Findings\n"
        "4. Custody rules require a detainee in Mr Ruse's condition to be checked "
        "every 30 minutes. No checks were recorded between 1.15am and 2.50am.\n"
        "5. The post-mortem examination was probably carried out on 9 August; the "
        "pathologist's notes are undated.\n"
        "6. Misconduct notices had been served on two detention officers by 30 "
        "September 2023.\n"
        "7. Our investigation concluded in February 2025.\n\n"
        "Next steps\n"
        "8. A gross misconduct hearing for both officers is scheduled to begin on 23 "
        "June 2025.",
        (
            expect("2023-08-04", "arrest"),
            expect("2023-08-05", "die"),
            expect("2023-08-07", "refer"),
            expect("2023-08-09?", "post-mortem"),
            expect("../2023-09-30", "misconduct"),
            expect("2025-02", "conclu"),
            expect("2025-06-23", "hearing", planned=True),
        ),
    ),
    Text(
        "halden_planetarium_status",
        "planetarium status page",
        date(2025, 3, 7),
        "Halden Planetarium — Service status\n"
        "Last updated: Fri 7 Mar 2025, 09:15 CET\n\n"
        "Dome projector: Degraded\n"
        "The main projector switched to reduced-brightness mode on 24 February after a "
        "lamp fault. A replacement lamp module is expected to arrive on Tuesday, and "
        "full-dome shows should resume by 15 March at the latest.\n\n"
        "Telescope terrace: Closed\n"
        "The terrace was closed yesterday after a railing failed its safety inspection.\n\n"
        "Online booking: Operational\n"
        "Resolved: bookings could not be made on 3 March between 14:02 and 16:40 "
        "because of a payment-provider fault.\n\n"
        "Scheduled maintenance\n"
        "The dome will be closed from 31 March to 2 April for cleaning of the "
        "projection surface.\n\n"
        "Uptime this quarter: 99.2%, the best since 2022. Shows run daily at 11:00, "
        "14:00 and 16:00.\n\n"
        "Subscribe to updates · RSS · Contact",
        (
            expect("2025-02-24", "projector"),
            expect("2025-03-11", "lamp", planned=True),
            expect("../2025-03-15", "resume", planned=True),
            expect("2025-03-06", "terrace"),
            expect("2025-03-03", "booking"),
            expect("2025-03-31/2025-04-02", "clean", planned=True),
        ),
    ),
    Text(
        "alcorra_record_correction",
        "correction of a weather record",
        date(2024, 1, 19),
        "CORRECTION\n\n"
        "Northern Climate Bureau · 19 January 2024\n\n"
        "An article on our website on Monday stated that the 41.3 °C measured at the "
        "Alcorra automatic station on 12 August 2023 was a new national temperature "
        "record. That is not correct.\n\n"
        "The Alcorra reading was withdrawn from the national series on 4 September "
        "2023, after inspectors found that the station's radiation screen had been "
        "damaged, probably during a storm on 28 July. Readings from the damaged screen "
        "ran too warm by up to 2 °C.\n\n"
        "The national record therefore remains 40.9 °C, set at Serrano airfield on 4 "
        "July 1994. The Bureau has kept the national records register since 1881.\n\n"
        "August 2023 was nevertheless the warmest August since 2003. A full review of "
        "the automatic station network is to be published no later than 30 June 2024.\n\n"
        "We apologise for the error. The article has been updated.",
        (
            expect("2024-01-15", "article"),
            expect("2023-08-12", "41.3"),
            expect("2023-09-04", "withdr"),
            expect("2023-07-28?", "storm"),
            expect("1994-07-04", "record"),
            expect("1881/..", "register"),
            expect("../2024-06-30", "review", planned=True),
        ),
    ),
    Text(
        "lindmoor_salt_works",
        "local history of a salt works",
        None,
        "The Lindmoor Salt Works\n"
        "A short history by the Lindmoor Local History Society\n\n"
        "Salt has been made at Lindmoor, in the Weaver valley of Cheshire, for at "
        'least eight hundred years: a brine pit at "Lindemore" is named in a charter '
        "of about 1180. For centuries the brine was boiled in small lead pans beside "
        "the brook.\n\n"
        "The Great Lindmoor Works, built by the Tomlinson family, grew fast and "
        "employed some 300 men in 1840. Pumping brine from beneath the town had a "
        "price: subsidence cracked houses along the High Street in 1880, 1882 and "
        "1891, and the Wesleyan chapel had to be rebuilt on new foundations.\n\n"
        "The works closed on 30 September 1968, when the last open pans were allowed "
        "to go cold. Since 1974 the old pan house has been a museum run by volunteers. "
        "It is to reopen in June 2026 after the roof is replaced.\n\n"
        "Open Saturdays and Sundays, 10am–4pm. Admission free; donations welcome.",
        (
            expect("1180~", "charter"),
            expect("1840", "employ"),
            expect("1880", "subsidence"),
            expect("1882", "subsidence"),
            expect("1891", "subsidence"),
            expect("1968-09-30", "clos"),
            expect("1974/..", "museum"),
            expect("2026-06", "reopen", planned=True),
        ),
    ),
)
