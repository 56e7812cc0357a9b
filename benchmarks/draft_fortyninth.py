"""A forty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a wire story on an
earthquake, a pharmaceutical press release, a supreme court opinion on a land dispute, a
railway's encyclopedia history, a marathon report, a shipping line's HTML history, an election
mission summary, a ministry statement on fuel prices, a dig diary in HTML, an engineer's
curriculum vitae, a loan summary, a power outage notice, a film festival schedule, a residents'
newsletter, a road works tender, an epidemic factbox, an ombudsman report, an observatory
status page, a retraction note and a farm's family history), with invented organisations,
people and facts. Facts whose date a reader could take two ways (a season, "late 1990s",
"early December") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYNINTH_CORPUS",)

FORTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "peru_quake_wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        (
            "AREQUIPA, Peru, March 12 (Andean Wire) - A magnitude 6.4 earthquake struck the "
            "Colca valley in southern Peru late on Tuesday, damaging some 300 homes and "
            "cutting the only paved road to Chivay, the national seismological office said.\n"
            "\n"
            "The regional government declared a 60-day state of emergency on Wednesday as "
            "rescue teams from Lima reached the worst-hit villages. It was the strongest "
            "quake in the region since 2001, the office said.\n"
            "\n"
            "In Cabanaconde, the roof of a school built in 1968 gave way during the night; "
            "no pupils were inside. The valley's last destructive earthquake, which older "
            'residents still call "the Maca quake", struck in about 1991.\n'
            "\n"
            "The road to Chivay is expected to reopen on March 20, the transport ministry "
            "said. Regional governor Elena Quispe will visit the area on Friday.\n"
            "\n"
            "(Reporting by Rosa Mamani; Editing by Hugh Larkin)"
        ),
        (
            expect("2025-03-11", "earthquake"),
            expect("2025-03-12", "emergency"),
            expect("1968", "school"),
            expect("1991~", "quake"),
            expect("2025-03-20", "road", planned=True),
            expect("2025-03-14", "visit", planned=True),
        ),
    ),
    Text(
        "halvorsen_pharma_release",
        "press release of a pharmaceutical company",
        None,
        (
            "Halvorsen Therapeutics Receives Positive CHMP Opinion for Velanzumab in Severe "
            "Asthma\n"
            "\n"
            "OSLO, Norway, 4 June 2024 - Halvorsen Therapeutics ASA (OSE: HALV) today "
            "announced that the Committee for Medicinal Products for Human Use (CHMP) of "
            "the European Medicines Agency adopted a positive opinion on 30 May 2024 "
            "recommending marketing authorisation for velanzumab in adults with severe "
            "eosinophilic asthma.\n"
            "\n"
            "The marketing authorisation application was submitted on 18 January 2024. It "
            "rests on the VELA-3 Phase III trial, which ran from March 2021 to September "
            "2023 in 212 centres. A final decision by the European Commission is expected "
            "around August 2024, and Halvorsen plans to launch velanzumab in Norway and "
            "Denmark in January 2025.\n"
            "\n"
            '"This is the most important step for the company since the 2016 IPO," said '
            "Chief Executive Officer Marit Aasen.\n"
            "\n"
            "About Halvorsen Therapeutics\n"
            "Founded in 2009 and headquartered in Oslo, Halvorsen develops antibody "
            "therapies for respiratory diseases.\n"
            "\n"
            "Forward-looking statements\n"
            "This release contains forward-looking statements that speak only as of the "
            "date of this release.\n"
            "\n"
            "Media contact: Kari Lunde, +47 22 00 00 00, media@halvorsen-tx.example"
        ),
        (
            expect("2024-05-30", "opinion"),
            expect("2024-01-18", "application"),
            expect("2021-03/2023-09", "trial"),
            expect("2024-08~", "decision", planned=True),
            expect("2025-01", "launch", planned=True),
            expect("2009", "found"),
        ),
    ),
    Text(
        "ostby_brekke_supreme_court",
        "court opinion of a supreme court on a land dispute",
        None,
        (
            "IN THE SUPREME COURT OF THE STATE OF MONTANA\n"
            "DA 23-0187\n"
            "2024 MT 96\n"
            "\n"
            "ERIK OSTBY and LINNEA OSTBY, Plaintiffs and Appellants,\n"
            "v.\n"
            "ESTATE OF HAROLD BREKKE, Defendant and Appellee.\n"
            "\n"
            "Decided: May 7, 2024\n"
            "\n"
            "Justice Ruth Calloway delivered the Opinion of the Court.\n"
            "\n"
            "¶1 The Ostbys appeal from the order of the Sixth Judicial District Court, "
            "Sweet Grass County, granting summary judgment to the Estate on its claim to "
            "quiet title. We reverse and remand.\n"
            "\n"
            "¶2 In 1962, Harold Brekke conveyed the north forty acres of his ranch to his "
            "nephew, Anders Ostby, by warranty deed. The deed was recorded on or about "
            "April 3, 1962, but its legal description stops short of the creek. The Ostbys "
            "have grazed cattle on the strip between the deed line and the creek "
            "continuously since 1987. Brekke's heirs strung a wire fence across the strip "
            "in the late 1990s.\n"
            "\n"
            "¶3 On September 9, 2021, the Estate filed a complaint to quiet title, and the "
            "Ostbys counterclaimed for adverse possession. The District Court granted the "
            "Estate summary judgment on March 2, 2023, and the Ostbys filed their notice of "
            "appeal on March 30."
        ),
        (
            expect("1962", "convey"),
            expect("1962-04-03~", "record"),
            expect("1987/..", "graz"),
            expect("2021-09-09", "complaint"),
            expect("2023-03-02", "judgment"),
            expect("2023-03-30", "appeal"),
        ),
    ),
    Text(
        "tarnbrook_railway_encyclopedia",
        "encyclopedia history of a railway line",
        None,
        (
            "Tarnbrook Valley Railway\n"
            "\n"
            "The Tarnbrook Valley Railway is a 34-kilometre standard-gauge branch line in "
            "mid Wales, running from Llanfair Junction to Pontrhys.\n"
            "\n"
            "History\n"
            "The line was promoted by the owners of the slate quarries at Cwmderi, and "
            "construction began in 1871. It opened to passengers on 2 August 1874 as far as "
            "Cwmderi and was extended to Pontrhys the following year. The company was "
            "absorbed by the Cambrian and Western Railway in 1922.\n"
            "\n"
            "Slate traffic declined as the quarries closed one after another, and goods "
            "services ceased c. 1931. Passenger services were withdrawn on 14 June 1965.\n"
            "\n"
            "Heritage operation\n"
            "The Tarnbrook Railway Society has operated the upper 9 km between Cwmderi and "
            "Pontrhys since 1992. Trains run every weekend from Easter to October. A "
            "reopening of the remaining section to Llanfair Junction is projected for 2027, "
            "subject to funding.\n"
            "\n"
            "Cwmderi, the largest village on the line, had 412 inhabitants at the 2011 "
            "census.\n"
            "\n"
            "See also: List of heritage railways in Wales"
        ),
        (
            expect("1871", "construction"),
            expect("1874-08-02", "open"),
            expect("1875", "extend"),
            expect("1922", "absorb"),
            expect("1931~", "goods"),
            expect("1965-06-14", "withdrawn"),
            expect("1992/..", "operat"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "baltic_amber_marathon",
        "sports report on a marathon",
        date(2024, 10, 21),
        (
            "Wanjiru smashes Baltic Amber course record\n"
            "\n"
            "By Tomasz Wrobel | Sport | 21 October 2024\n"
            "\n"
            "GDANSK - Kenya's Faith Wanjiru broke the women's course record at the Baltic "
            "Amber Marathon on Sunday, clocking 2:21:09 on a cool, windless morning along "
            "the Motlawa river.\n"
            "\n"
            "The 27-year-old took more than a minute off the previous mark of 2:22:30, set "
            "by Ethiopia's Hirut Bekele in 2019, and her time was the fastest by a woman on "
            "Polish soil since 2016.\n"
            "\n"
            "Wanjiru, who made her marathon debut in Valencia in December 2022, pulled "
            "clear of her compatriot Ruth Chebet at around 30 kilometres. She is scheduled "
            "to run the Tokyo Marathon on March 2.\n"
            "\n"
            "In the men's race, Dennis Kiprono won a sprint finish in 2:08:14.\n"
            "\n"
            "Some 9,000 runners finished the race, which was first held in about 1994 and "
            "is run every October.\n"
            "\n"
            "Full results, page 34"
        ),
        (
            expect("2024-10-20", "wanjiru"),
            expect("2019", "bekele"),
            expect("2022-12", "debut"),
            expect("2025-03-02", "tokyo", planned=True),
            expect("1994~", "first"),
        ),
    ),
    Text(
        "nordwind_shipping_history",
        "company history of a shipping line (HTML list)",
        None,
        (
            '<section id="history">\n'
            "<h2>Our history</h2>\n"
            "<ul>\n"
            "<li><b>1889</b> - Captain Jens Albrecht founds Albrecht &amp; Soehne in Bremen "
            "with two sailing barques.</li>\n"
            "<li><b>c. 1902</b> - The first steamship, <i>Wilhelmine</i>, enters service on "
            "the Baltic route.</li>\n"
            "<li><b>1914-1919</b> - The fleet is requisitioned by the navy; four ships are "
            "lost.</li>\n"
            "<li><b>1958</b> - Headquarters move to Hamburg; the company opens a liner "
            "service to Lagos the following year.</li>\n"
            "<li><b>1972</b> - The company is renamed Nordwind Reederei.</li>\n"
            "<li><b>Since 1996</b> - Member of the North Range Feeder Alliance.</li>\n"
            "<li><b>2026</b> - Three LNG-powered feeder ships are scheduled to be "
            "delivered.</li>\n"
            "</ul>\n"
            "<p>Today Nordwind operates 31 vessels, its largest fleet since 1913.</p>\n"
            "</section>\n"
            "<footer>&copy; 2024 Nordwind Reederei GmbH | Imprint | Privacy</footer>"
        ),
        (
            expect("1889", "found"),
            expect("1902~", "steamship"),
            expect("1914/1919", "requisition"),
            expect("1958", "headquarters"),
            expect("1959", "lagos"),
            expect("1972", "renamed"),
            expect("1996/..", "alliance"),
            expect("2026", "deliver", planned=True),
        ),
    ),
    Text(
        "soravia_election_mission",
        "election observation mission summary",
        None,
        (
            "INTERNATIONAL ELECTION OBSERVATION MISSION\n"
            "Republic of Soravia - Early Parliamentary Elections, 16 November 2025\n"
            "\n"
            "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS\n"
            "Lenva, 17 November 2025\n"
            "\n"
            "Summary\n"
            "The 16 November early parliamentary elections were competitive and fundamental "
            "freedoms were generally respected, but the misuse of administrative resources "
            "blurred the line between state and party.\n"
            "\n"
            "The elections were called by presidential decree on 28 August, after "
            "parliament twice failed to elect a government. Amendments to the 2019 "
            "Electoral Code, adopted on 3 July, shortened the campaign to 30 days.\n"
            "\n"
            "The mission was deployed on 2 October with 28 core team members and 40 "
            "long-term observers. Candidate registration closed around 12 October; the "
            "Central Election Commission (CEC) registered 11 parties and 2 blocs and "
            "rejected one list over disputed signatures.\n"
            "\n"
            "Turnout was 58.4 per cent, the highest since 2009. The CEC is to announce the "
            "final results no later than 26 November.\n"
            "\n"
            "This statement is also available in Soravian. The final report will be "
            "published some eight weeks after the end of the electoral process."
        ),
        (
            expect("2025-11-16", "election"),
            expect("2025-08-28", "decree"),
            expect("2025-07-03", "amendment"),
            expect("2025-10-02", "deploy"),
            expect("2025-10-12~", "registration"),
            expect("../2025-11-26", "results", planned=True),
        ),
    ),
    Text(
        "fuel_price_ministry_statement",
        "ministry statement on fuel prices",
        date(2025, 2, 7),
        (
            "MINISTRY OF ENERGY AND MINES\n"
            "Press Statement No. 14/2025\n"
            "\n"
            "ADJUSTMENT OF MAXIMUM RETAIL FUEL PRICES\n"
            "\n"
            "The Ministry of Energy and Mines informs the general public that the maximum "
            "retail price of diesel will rise by 3.2 per cent, and that of petrol by 1.9 "
            "per cent, from Monday. Prices were last revised on 6 January.\n"
            "\n"
            "The adjustment reflects developments on international markets: Brent crude has "
            "risen to its highest level since October 2023, and the cedi has weakened "
            "against the US dollar.\n"
            "\n"
            "The Minister, Dr Abena Owusu-Larbi, met representatives of the fuel "
            "distributors yesterday and urged them to keep supplies stable in all regions.\n"
            "\n"
            "The Fuel Price Stabilisation Fund, set up in 2019, will absorb part of the "
            "increase. The subsidy on kerosene, introduced in about 2012, will be phased "
            "out by 30 June.\n"
            "\n"
            "Prices are reviewed every four weeks on the basis of a published formula.\n"
            "\n"
            "Issued by the Public Relations Unit, 7 February 2025"
        ),
        (
            expect("2025-02-10", "diesel", planned=True),
            expect("2025-01-06", "revis"),
            expect("2025-02-06", "distributor"),
            expect("2019", "fund"),
            expect("2012~", "subsidy"),
            expect("../2025-06-30", "phase", planned=True),
        ),
    ),
    Text(
        "albarreal_dig_diary",
        "HTML field diary of an archaeological dig",
        None,
        (
            '<article class="diary">\n'
            "<h1>Castillo de Albarreal - Excavation diary, season 2023</h1>\n"
            '<p class="meta">Posted by the field team, 12 September 2023</p>\n'
            "\n"
            "<h3>Monday 4 September</h3>\n"
            "<p>Fourteen of us on site by eight. We opened Trench C against the inner face "
            "of the north curtain wall and took off the topsoil by hand.</p>\n"
            "\n"
            "<h3>Thursday 7 September</h3>\n"
            "<p>A silver dinero turned up in the fill of Trench C, the first coin of the "
            "season. It was struck c. 1180, under Alfonso II.</p>\n"
            "<p><em>Background for visitors:</em> the castle was granted to the monks of "
            "San Pedro de Siresa in 1149 and was possibly rebuilt in 1236, which would fit "
            "the lime mortar we are now seeing.</p>\n"
            "\n"
            "<h3>Monday 11 September</h3>\n"
            "<p>Heavy rain all day and no digging; finds washing in the dig house. "
            "Backfilling of all trenches is scheduled for 22 September.</p>\n"
            "\n"
            '<p class="note">The village is welcome on our open mornings, every Saturday at '
            "11:00.</p>\n"
            "</article>"
        ),
        (
            expect("2023-09-04", "trench"),
            expect("2023-09-07", "dinero"),
            expect("1180~", "struck"),
            expect("1149", "grant"),
            expect("1236?", "rebuilt"),
            expect("2023-09-11", "rain"),
            expect("2023-09-22", "backfill", planned=True),
        ),
    ),
    Text(
        "solheim_varga_cv",
        "curriculum vitae of an engineer",
        None,
        (
            "CURRICULUM VITAE\n"
            "\n"
            "Ingrid Solheim-Varga, CEng MICE\n"
            "Structural engineer | Rotterdam, Netherlands | ingrid.sv@example.com\n"
            "\n"
            "PROFILE\n"
            "Bridge and structural engineer with fifteen years of experience in steel and "
            "composite bridges.\n"
            "\n"
            "EXPERIENCE\n"
            "03/2018 - present    Lead Structural Engineer, Brandt & Oyelaran Consulting, "
            "Rotterdam\n"
            "- Led the design of the 240 m Maaskade cycle bridge, opened on 12 May 2022\n"
            "2012 - 2018          Bridge Engineer, Van Dijk Ingenieurs, Utrecht\n"
            "09/2009 - 2012       Graduate Engineer, Holt Partnership, Leeds\n"
            "\n"
            "EDUCATION\n"
            "2021 -               Part-time PhD, Eindhoven University of Technology; thesis "
            "to be submitted in 2026\n"
            "2004 - 2009          MSc Civil Engineering, Delft University of Technology\n"
            "\n"
            "QUALIFICATIONS\n"
            "2014                 Chartered Engineer (CEng), Institution of Civil Engineers\n"
            "Eurocode 3 refresher course, every year since 2015\n"
            "\n"
            "LANGUAGES\n"
            "Norwegian (native), English and Dutch (fluent)\n"
            "\n"
            "References available on request."
        ),
        (
            expect("2018-03/..", "lead"),
            expect("2022-05-12", "maaskade"),
            expect("2012/2018", "bridge"),
            expect("2009-09/2012", "graduate"),
            expect("2021/..", "phd"),
            expect("2026", "thesis", planned=True),
            expect("2004/2009", "msc"),
            expect("2014", "chartered"),
        ),
    ),
    Text(
        "kestrel_loan_summary",
        "loan agreement summary",
        None,
        (
            "SUMMARY OF PRINCIPAL TERMS\n"
            "EUR 85,000,000 Term Loan Facility\n"
            "\n"
            "Borrower:        Kestrel Logistics S.A., listed on the Warsaw Stock Exchange "
            "in 2011\n"
            "Arranger:        Baltia Bank AG, for a syndicate of five banks\n"
            "Signing date:    The agreement was signed on 14 March 2024.\n"
            "Purpose:         Refinancing of the bridge loan taken out in about October "
            "2022 and funding of the new Lodz distribution hub.\n"
            "Availability:    The Borrower is to make the first drawdown no later than 30 "
            "June 2024; amounts not drawn by then are cancelled.\n"
            "Repayment:       13 equal semi-annual instalments, payable each 15 January and "
            "15 July. The first instalment is to be paid on 15 January 2025.\n"
            "Final maturity:  The loan is scheduled to mature on 15 January 2031.\n"
            "Interest:        3-month EURIBOR plus a margin of 2.35% per annum, the lowest "
            "margin obtained by the Borrower since 2017.\n"
            "Security:        Mortgages over the Poznan and Lodz warehouses.\n"
            "Governing law:   Polish law."
        ),
        (
            expect("2011", "listed"),
            expect("2024-03-14", "sign"),
            expect("2022-10~", "bridge"),
            expect("../2024-06-30", "drawdown", planned=True),
            expect("2025-01-15", "instalment", planned=True),
            expect("2031-01-15", "matur", planned=True),
        ),
    ),
    Text(
        "harrow_lane_outage_notice",
        "power outage notice",
        date(2025, 7, 2),
        (
            "NORTHERN GRID DISTRIBUTION LTD\n"
            "NOTICE OF PLANNED POWER INTERRUPTION\n"
            "Ref. NGD/OUT/2025/0713                         Issued: 2 July 2025\n"
            "\n"
            "Dear customer,\n"
            "\n"
            "To allow the replacement of switchgear at Harrow Lane substation, the "
            "electricity supply will be interrupted on Tuesday 8 July 2025 between 08:00 "
            "and 16:00.\n"
            "\n"
            "Affected areas:\n"
            "- Harrow Lane, Mill Street and Quarry Road\n"
            "- Nos. 1-57 Station Avenue\n"
            "- Oakfield industrial estate\n"
            "\n"
            "A second interruption, for Oakfield only, is planned for Thursday 10 July from "
            "09:00 to 13:00.\n"
            "\n"
            "Harrow Lane substation was commissioned in 1978. This work follows the fault "
            "of 21 June, which left around 4,000 customers without power for up to six "
            "hours. All works are to be completed by 31 July.\n"
            "\n"
            "Please switch off sensitive equipment beforehand. Our fault line is staffed 24 "
            "hours a day, every day of the year: 0800 555 0134.\n"
            "\n"
            "We apologise for any inconvenience."
        ),
        (
            expect("2025-07-08", "interrupt", planned=True),
            expect("2025-07-10", "interrupt", planned=True),
            expect("1978", "commission"),
            expect("2025-06-21", "fault"),
            expect("../2025-07-31", "complet", planned=True),
        ),
    ),
    Text(
        "lakeside_film_festival_schedule",
        "film festival schedule",
        date(2025, 9, 20),
        (
            "27th LAKESIDE FILM FESTIVAL | Konstanz | 14-19 October 2025\n"
            "PROGRAMME AT A GLANCE\n"
            "\n"
            "The festival, first held in 1999, will run from 14 to 19 October 2025 in four "
            "venues around the harbour. Tickets have been on sale since 1 September.\n"
            "\n"
            'Tue 14 Oct  19:30  Opening night: world premiere of "The Ferryman\'s Daughter" '
            "(dir. Lena Brueckner), Konzil hall\n"
            'Thu 16 Oct  17:00  Retrospective: Arno Vidal, whose debut "Salt Road" was '
            "released in 1978, with the director in person\n"
            "Sat 18 Oct  20:00  Awards ceremony, Stadttheater\n"
            "\n"
            "Open-air screenings every evening at 21:30 on the harbour terrace, weather "
            "permitting.\n"
            "\n"
            "Box office: Marktstaette 3, daily 10:00-18:00 | Programme subject to change"
        ),
        (
            expect("1999", "first"),
            expect("2025-10-14/2025-10-19", "festival", planned=True),
            expect("2025-09-01/..", "ticket"),
            expect("2025-10-14", "premiere", planned=True),
            expect("2025-10-16", "retrospective", planned=True),
            expect("1978", "salt"),
            expect("2025-10-18", "award", planned=True),
        ),
    ),
    Text(
        "elm_park_newsletter",
        "residents' association newsletter",
        date(2024, 11, 8),
        (
            "ELM PARK RESIDENTS' ASSOCIATION\n"
            "Newsletter No. 42 | November 2024\n"
            "\n"
            "Trees for Elm Park\n"
            "Last Saturday some 60 volunteers planted 40 young limes and rowans along the "
            "old railway path. Thank you to everyone who came, and to Greenway Nurseries "
            "for lending the tools.\n"
            "\n"
            "Birch Lane at last\n"
            "After three years of complaints, the council resurfaced Birch Lane on 21 "
            "October. The potholes outside No. 14 are finally gone.\n"
            "\n"
            "The old dairy site\n"
            "The council now says the planning application for flats on the old dairy site "
            "was probably lodged in 2019, but admits its files are incomplete. We have "
            "asked for a copy.\n"
            "\n"
            "Annual general meeting\n"
            "The AGM will be held on Thursday 28 November at 7.30 pm in St Aidan's church "
            "hall. The association, founded around 1974, needs a new treasurer.\n"
            "\n"
            "Reminders\n"
            "Garden waste is collected every other Tuesday. The Christmas lights go up in "
            "early December.\n"
            "\n"
            "Contact: secretary@elmparkra.example"
        ),
        (
            expect("2024-11-02", "plant"),
            expect("2024-10-21", "resurfac"),
            expect("2019?", "application"),
            expect("2024-11-28", "agm", planned=True),
            expect("1974~", "found"),
        ),
    ),
    Text(
        "vanersborg_road_tender",
        "tender notice for road works",
        None,
        (
            "CONTRACT NOTICE - WORKS\n"
            "Notice dispatched: 10 March 2025                 Reference: VB-2025/044\n"
            "\n"
            "Contracting authority: Vanersborg Municipality, Roads and Streets Department, "
            "Sweden\n"
            "\n"
            "Title: Rehabilitation of road 2045 between Nygard and Frandefors (6.8 km)\n"
            "\n"
            "Description: Milling and resurfacing, renewal of drainage, two bus lay-bys and "
            "a new pedestrian crossing. The road was last rehabilitated in 1998.\n"
            "\n"
            "Prior information notice: published on 2 December 2024.\n"
            "\n"
            "Site visit: a site visit is scheduled for 27 March 2025 at 10:00, meeting at "
            "Nygard church car park.\n"
            "\n"
            "Time limit for receipt of tenders: 14 April 2025, 12:00 at the latest.\n"
            "\n"
            "Opening of tenders: tenders will be opened on 15 April 2025 at 13:00; "
            "tenderers may attend.\n"
            "\n"
            "Duration: the works are expected to start in June 2025 and to last 14 months.\n"
            "\n"
            "Award criteria: price 70 %, quality 30 %. Language: Swedish or English."
        ),
        (
            expect("1998", "rehabilitat"),
            expect("2024-12-02", "prior"),
            expect("2025-03-27", "visit", planned=True),
            expect("../2025-04-14", "tender"),
            expect("2025-04-15", "open", planned=True),
            expect("2025-06", "start", planned=True),
        ),
    ),
    Text(
        "lyon_measles_factbox",
        "factbox timeline of an epidemic wave in a city",
        date(2024, 4, 5),
        (
            "FACTBOX-How Lyon's measles wave unfolded\n"
            "\n"
            "April 5 (Rhone Wire) - Health authorities in Lyon say the city's largest "
            "measles outbreak since 2011 is slowing. Here are key moments:\n"
            "\n"
            "* Dec. 28, 2023 - A six-year-old returning from a family trip abroad is "
            "admitted to hospital with fever and a rash.\n"
            "\n"
            "* Jan. 3, 2024 - A laboratory confirms measles; contact tracing begins in two "
            "schools.\n"
            "\n"
            "* Jan. 22 - The city opens a walk-in vaccination centre at Part-Dieu station.\n"
            "\n"
            "* Around Feb. 10 - Weekly cases peak at about 45.\n"
            "\n"
            "* March 1 - Schools begin excluding unvaccinated pupils who were in contact "
            "with a case.\n"
            "\n"
            "* By March 20 - More than 300 cases have been recorded in the city.\n"
            "\n"
            "* April 4 - The regional health agency says new cases have fallen for three "
            "weeks in a row.\n"
            "\n"
            "(Compiled by Claire Vasseur; Editing by Paul Ortiz)"
        ),
        (
            expect("2023-12-28", "hospital"),
            expect("2024-01-03", "confirm"),
            expect("2024-01-22", "vaccination"),
            expect("2024-02-10~", "peak"),
            expect("2024-03-01", "exclud"),
            expect("../2024-03-20", "cases"),
            expect("2024-04-04", "fallen"),
        ),
    ),
    Text(
        "ombudsman_housing_benefit",
        "ombudsman report",
        None,
        (
            "PARLIAMENTARY OMBUDSMAN\n"
            "Case 2024/1187 - Report on a complaint against the Housing Benefit Agency\n"
            "\n"
            "1. The complaint\n"
            "Ms K. applied for housing benefit on 5 February 2024. The Agency acknowledged "
            "receipt on or about 27 February but took no decision within the statutory "
            "eight weeks. Ms K. complained to the Ombudsman on 12 July 2024.\n"
            "\n"
            "2. The Agency's explanation\n"
            "The Agency states that it has used a new case management system since January "
            "2023 and that its backlog grew after a software update, possibly in March "
            "2024. It decided Ms K.'s application on 2 September.\n"
            "\n"
            "3. Assessment\n"
            "A delay of almost seven months is not acceptable. Complaints about the Agency "
            "are at their highest level since 2015.\n"
            "\n"
            "4. Outcome\n"
            "The Agency has apologised. It is to pay Ms K. compensation of 300 euros by 31 "
            "January 2025, and it will report on its backlog to the Ombudsman every "
            "quarter.\n"
            "\n"
            "Helsinki, 18 November 2024\n"
            "Anna Lehtinen, Deputy Ombudsman"
        ),
        (
            expect("2024-02-05", "appl"),
            expect("2024-02-27~", "receipt"),
            expect("2024-07-12", "complain"),
            expect("2023-01/..", "system"),
            expect("2024-03?", "update"),
            expect("2024-09-02", "decid"),
            expect("../2025-01-31", "compensation", planned=True),
        ),
    ),
    Text(
        "cerro_blanco_status_page",
        "observatory status page",
        date(2025, 5, 14),
        (
            "<h1>Cerro Blanco Observatory - Telescope status</h1>\n"
            '<p class="updated">Last updated: Wed 14 May 2025, 06:10 UTC</p>\n'
            "<table>\n"
            "<tr><th>Facility</th><th>Status</th><th>Notes</th></tr>\n"
            "<tr><td>2.4 m telescope</td><td>OFFLINE</td><td>Offline since 3 May for mirror "
            "recoating. Recoating is expected to be finished around 20 May.</td></tr>\n"
            "<tr><td>1.0 m telescope</td><td>OPEN</td><td>Yesterday's night was lost to "
            "cloud.</td></tr>\n"
            "<tr><td>All-sky camera</td><td>OPEN</td><td>Dome shutter installed in 2017; "
            "motor under observation.</td></tr>\n"
            "<tr><td>Access road</td><td>CLOSED</td><td>The access road was closed by "
            "snowfall on Monday.</td></tr>\n"
            "</table>\n"
            "<p>Public open nights are held on the second Friday of each month. April gave "
            "the most clear nights since 2019.</p>\n"
            '<p><a href="/weather">Weather</a> | <a href="/contact">Contact the night '
            "assistant</a></p>"
        ),
        (
            expect("2025-05-03/..", "offline"),
            expect("2025-05-20~", "recoat", planned=True),
            expect("2025-05-13", "cloud"),
            expect("2017", "shutter"),
            expect("2025-05-12", "road"),
        ),
    ),
    Text(
        "oyster_creek_retraction",
        "journal retraction note",
        None,
        (
            "Retraction Note: Tidal asymmetry and sediment flux in the Oyster Creek estuary\n"
            "\n"
            "Journal of Coastal Hydrodynamics 14(3), 211-229 (2021). "
            "https://doi.org/10.5555/jch.2021.0412\n"
            "Published: 08 August 2023\n"
            "\n"
            "The Editors have retracted this article. The article was published online on "
            "17 March 2021. On 4 November 2022 a reader raised concerns that parts of "
            "Figures 3 and 5 appear to be duplicated across two sampling stations. The "
            "Editors contacted the authors the following month. The authors were unable to "
            "provide the original current-meter records, which were probably lost in a "
            "server failure in 2020.\n"
            "\n"
            "The Editors therefore no longer have confidence in the reliability of the data "
            "and conclusions. An investigation by the authors' institution, Marlow "
            "University, is expected to conclude by December 2023.\n"
            "\n"
            "Author R. Patel agrees with this retraction. Author J. Moreau has not "
            "responded to correspondence from the Editors about this retraction."
        ),
        (
            expect("2021-03-17", "publish"),
            expect("2022-11-04", "concern"),
            expect("2022-12", "contact"),
            expect("2020?", "server"),
            expect("../2023-12", "investigation", planned=True),
        ),
    ),
    Text(
        "hollins_farm_family_history",
        "family history of a farm",
        None,
        (
            "Hollins Farm: four generations on the fellside\n"
            "\n"
            "Thomas Ashby took the tenancy of Hollins, a hill farm above Sedbergh, in about "
            "1823, and the family have worked the land ever since. His son Robert bought "
            "the freehold in 1868 for 1,150 pounds.\n"
            "\n"
            "A fire, possibly in 1902, destroyed the old farmhouse; the present house "
            "stands on its footings. William Ashby served with the Border Regiment from "
            "1916 to 1919 and came home to find the flock halved.\n"
            "\n"
            "After the war the farm turned to milk, but the dairy herd was sold in 1967 and "
            "Swaledale sheep replaced it the following year. Every June the neighbours "
            "still gather for clipping day, a custom the family says is older than the 1841 "
            "census.\n"
            "\n"
            "Today Hollins is run by Margaret and David Ashby. Their grandson Sam, who "
            "finished agricultural college in 2021, will take over the farm in 2026."
        ),
        (
            expect("1823~", "tenancy"),
            expect("1868", "freehold"),
            expect("1902?", "fire"),
            expect("1916/1919", "serv"),
            expect("1967", "herd"),
            expect("1968", "sheep"),
            expect("2021", "college"),
            expect("2026", "take", planned=True),
        ),
    ),
)
