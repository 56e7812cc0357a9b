"""A sixty-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a mine
flooding, a children's hospital press release, a supreme administrative court opinion on a
fishing ban, an encyclopedia history of a border fortress town, a regatta report, a bus
maker's history as an HTML list, an election audit mission summary, a ferry subsidy
statement, a hut warden's HTML diary, a composer's obituary, allotment committee minutes, a
parking ban notice, a jazz club programme, a veterans' newsletter, a dredging tender notice, a
hostage release factbox, an air traffic incident report, a wind farm status page, an obituary
correction and the local history of a quarry village). The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, "late 1970s", "next
week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYSECOND_CORPUS",)


SIXTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "mine-flooding-wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        "KAROLEW, Poland, March 12 (Nordpress) - Pumps were working on Wednesday to drain "
        "the lower galleries of the Wisniowa coal mine in southern Poland, where water "
        "broke through an abandoned seam on Monday and trapped 14 miners for almost a day, "
        "the operator Silesian Deep Mining said.\n\n"
        "All 14 men reached the surface on Tuesday, a company spokeswoman told reporters "
        "at the pithead. Two were treated in hospital for hypothermia. The flooding was the "
        "worst at the mine since 1997.\n\n"
        "Inspectors of the state mining office first recorded seepage in the seam in about "
        "October 2023, according to an inspection report seen by Nordpress. The operator was "
        "warned in writing no later than January 20, 2025, the report says.\n\n"
        "Coal production is expected to resume on April 7, the spokeswoman said, once the "
        "water has been pumped out and the roof supports checked.\n\n"
        "The mine, opened in 1958, employs some 2,100 people and is one of the last "
        "deep coal mines in the region.\n\n"
        "(Reporting by Marta Lis; Editing by Jon Hale)",
        (
            expect("2025-03-12", "pump"),
            expect("2025-03-10", "water"),
            expect("2025-03-11", "surface"),
            expect("2023-10~", "seepage"),
            expect("../2025-01-20", "warn"),
            expect("2025-04-07", "production", planned=True),
            expect("1958", "open"),
        ),
    ),
    Text(
        "childrens-hospital-release",
        "press release of a children's hospital",
        date(2024, 6, 3),
        "PRESS RELEASE\n"
        "St. Aurelia Children's Hospital, Graz\n"
        "For immediate release - 3 June 2024\n\n"
        "St. Aurelia opens new neonatal intensive care wing\n\n"
        "GRAZ - St. Aurelia Children's Hospital today opened its new neonatal intensive "
        "care wing, with 32 incubator places and eight family rooms.\n\n"
        "Construction of the three-storey wing began in March 2022. It was largely paid for "
        "by a donation of about 4 million euros that the Hollerer Foundation made in 2021.\n\n"
        '"Each year around 420 premature babies are treated in our hospital," said the '
        "medical director, Dr. Sabine Kreuzer. The hospital has run a neonatal unit since "
        "1987.\n\n"
        "The first infants will be transferred from the old unit on 10 June. A parents' "
        "residence next to the wing is to follow in spring 2025.\n\n"
        "Visiting hours: daily, 10:00-18:00.\n\n"
        "Media contact: Petra Lang, communications, +43 316 555 0192\n"
        "###",
        (
            expect("2024-06-03", "neonatal"),
            expect("2022-03", "construction"),
            expect("2021", "donation"),
            expect("1987/..", "unit"),
            expect("2024-06-10", "transfer", planned=True),
        ),
    ),
    Text(
        "fishing-ban-opinion",
        "opinion of a supreme administrative court",
        None,
        "SUPREME ADMINISTRATIVE COURT\n"
        "Case No. 4 A 117/2023\n"
        "Coastal Fishers' Cooperative Nordhavn v. Ministry of Fisheries\n\n"
        "OPINION OF THE COURT\n\n"
        "1. The appellant challenges the Ministry's order of 2 May 2022 banning bottom "
        "trawling for cod in the Skarre Bank zone from 1 July 2022 onwards.\n\n"
        "2. The appellant lodged its objection on or about 30 June 2022. The Ministry "
        "rejected the objection on 15 September, and the Regional Administrative Court "
        "dismissed the ensuing action on 9 March 2023.\n\n"
        "3. Under section 12 of the Fisheries Act 1998, a closure must rest on a current "
        "assessment of the stock. The assessment relied upon by the Ministry was probably "
        "completed in 2019; the record does not show a later one.\n\n"
        "4. At the hearing on 23 January 2024, counsel for the Ministry accepted that no "
        "new survey had been carried out.\n\n"
        "5. For these reasons the judgment under appeal is set aside and the order is "
        "quashed. The Ministry shall bear the costs.\n\n"
        "Delivered at Stockholm on 14 February 2024.",
        (
            expect("2022-05-02", "order"),
            expect("2022-07-01/..", "ban"),
            expect("2022-06-30~", "objection"),
            expect("2022-09-15", "reject"),
            expect("2023-03-09", "dismiss"),
            expect("2019?", "assessment"),
            expect("2024-01-23", "hearing"),
            expect("2024-02-14", "deliver"),
        ),
    ),
    Text(
        "fortress-town-encyclopedia",
        "encyclopedia history of a border fortress town",
        None,
        "Grenzau\n\n"
        "Grenzau is a town on the Lauter river. The 2011 census counted 8,400 "
        "inhabitants.\n\n"
        "History\n\n"
        "A settlement at the ford is first recorded around 1120. Town rights were probably "
        "granted in 1457, although the charter itself is lost. The stone fortress that "
        "dominates the town was built between 1412 and 1418 on the orders of the Count of "
        "Lauterberg.\n\n"
        "The fortress was besieged in 1634, 1645 and 1703, and fell only in the last of "
        "these sieges. Since 1921 the town has lain directly on the state border, and the "
        "outer walls were partly demolished the following year to make room for a customs "
        "post.[3]\n\n"
        "See also: List of fortresses on the Lauter",
        (
            expect("1120~", "settlement"),
            expect("1457?", "rights"),
            expect("1412/1418", "fortress"),
            expect("1634", "besieg"),
            expect("1645", "besieg"),
            expect("1703", "besieg"),
            expect("1921/..", "border"),
            expect("1922", "demolish"),
        ),
    ),
    Text(
        "regatta-report",
        "sports report on a sailing regatta",
        date(2023, 8, 14),
        "SAILING | BALTIC CUP\n\n"
        "Hallberg takes storm-shortened Baltic Cup\n\n"
        "By Lena Voss\n\n"
        "KIEL - Anna Hallberg of Sweden won the Baltic Cup on Sunday after a week in which "
        "the wind did as much damage to the programme as the fleet did to each other.\n\n"
        "The regatta started on 7 August with 46 boats. Racing was abandoned on Thursday "
        "when gusts of over 40 knots swept the course, the strongest winds at the event "
        "since 2009.\n\n"
        "Hallberg, who has sailed for the Gothenburg Royal Yacht Club since 2016, took three "
        "of the five remaining races and finished nine points clear of the Dane Mads Krog. "
        "It was her first win in Kiel since 2019.\n\n"
        '"I have never bailed so much water in my life," she said.\n\n'
        "The next edition will be held from 5 to 11 August 2024.\n\n"
        "Results: 1. Hallberg (SWE) 14 pts; 2. Krog (DEN) 23; 3. Eriksen (NOR) 27.",
        (
            expect("2023-08-13", "won"),
            expect("2023-08-07", "start"),
            expect("2023-08-10", "abandon"),
            expect("2016/..", "club"),
            expect("2024-08-05/2024-08-11", "edition", planned=True),
        ),
    ),
    Text(
        "bus-maker-history",
        "company history of a bus maker (HTML list)",
        None,
        '<div class="history">\n'
        "<h2>Our history</h2>\n"
        "<ul>\n"
        "<li><b>1924</b> - The brothers Karl and Emil Vantorp open a coachbuilding workshop "
        "in Tampere.</li>\n"
        "<li><b>1956</b> - Production moves to a new plant in Lahti; the following year the "
        "company exports its first buses to Sweden.</li>\n"
        "<li><b>c. 1970</b> - Vantorp becomes the largest bus body maker in Finland.</li>\n"
        "<li><b>1989, 1994 and 2001</b> - The Vantorp Liner is named Coach of the "
        "Year.</li>\n"
        "<li><b>2026</b> - A hydrogen model is planned to enter series production.</li>\n"
        "</ul>\n"
        '<p class="download"><a href="/catalogue-2024.pdf">Download the 2024 catalogue '
        "(PDF)</a></p>\n"
        "</div>",
        (
            expect("1924", "workshop"),
            expect("1956", "lahti"),
            expect("1957", "export"),
            expect("1970~", "largest"),
            expect("1989", "coach"),
            expect("1994", "coach"),
            expect("2001", "coach"),
            expect("2026", "hydrogen", planned=True),
        ),
    ),
    Text(
        "election-audit-summary",
        "mission summary of an election audit",
        None,
        "INTERNATIONAL ELECTORAL AUDIT MISSION\n"
        "Republic of Veldonia - Presidential Election 2023\n"
        "Summary of Findings\n\n"
        "- The Mission was deployed from 2 to 20 October 2023 at the invitation of the "
        "Central Electoral Commission (CEC), with 24 auditors in 11 regions.\n"
        "- Ballot papers had been delivered to all 2,310 polling stations by 6 October.\n"
        "- The presidential election was held on 8 October. Turnout, at 61 per cent, was "
        "the lowest since 2004.\n"
        "- The CEC published preliminary results on 10 October and certified the final "
        "results on or about 17 October.\n"
        "- The voter register was last revised in 2019 and still lists an estimated 90,000 "
        "deceased voters.\n"
        "- A follow-up mission is planned for 2025 to review the implementation of the "
        "Mission's recommendations.\n\n"
        "The full report is available in English and Veldonian.",
        (
            expect("2023-10-02/2023-10-20", "deploy"),
            expect("../2023-10-06", "ballot"),
            expect("2023-10-08", "election"),
            expect("2023-10-10", "preliminary"),
            expect("2023-10-17~", "certif"),
            expect("2019", "register"),
            expect("2025", "follow", planned=True),
        ),
    ),
    Text(
        "ferry-subsidy-statement",
        "government statement",
        date(2024, 11, 20),
        "Ministry of Transport and Islands\n"
        "Statement - 20 November 2024\n\n"
        "Government extends ferry subsidy for the Outer Isles\n\n"
        "The Government today agreed to extend the public service subsidy for the ferry "
        "routes between the mainland and the Outer Isles until the end of the decade.\n\n"
        "The subsidy, paid since 2009, covers about a third of the operating costs of the "
        "four routes. The current contract with Isles Ferry Lines was signed on 4 April "
        "2017.\n\n"
        "Passenger numbers are now the highest since 2008. The Minister, Ruth Calder, who "
        "visited the port of Barra Sound on Monday, said: \"These ferries are the islands' "
        'high street, their hospital bus and their school run."\n\n'
        "Fares for island residents will be cut by 15 per cent on 1 March 2025. A new "
        "tender for the routes is expected to be launched in January 2026.\n\n"
        "Notes to editors: Ferries sail twice daily on every route.",
        (
            expect("2024-11-20", "extend"),
            expect("2009/..", "paid"),
            expect("2017-04-04", "contract"),
            expect("2024-11-18", "visit"),
            expect("2025-03-01", "fare", planned=True),
            expect("2026-01", "tender", planned=True),
        ),
    ),
    Text(
        "hut-warden-diary",
        "HTML diary of a hut warden",
        None,
        "<h1>Warden's diary - Gleirsch Hut 2022</h1>\n"
        "<h3>Sat 18 June</h3>\n"
        "<p>Opened the hut for the season today. Snow still lies up to the second "
        "switchback. Bread comes up with the goods lift every Friday.</p>\n"
        "<h3>Tue 21 June</h3>\n"
        "<p>The helicopter supply flight landed at half past eight: gas, beer, 40 sacks of "
        "flour.</p>\n"
        "<h3>Wed 6 July</h3>\n"
        "<p>The spring on the north slope has been dry since Saturday. We are carrying "
        "water up from the tarn.</p>\n"
        "<h3>Sun 24 July</h3>\n"
        "<p>Mountain rescue brought down a walker with a broken ankle from the col. The "
        "snowfield below the col melted away around 10 July, a week earlier than last "
        "year.</p>\n"
        "<p>The hut will close on 25 September, weather permitting.</p>\n"
        '<footer>Gleirsch Hut, 2,240 m - <a href="/book">Book a bed</a></footer>',
        (
            expect("2022-06-18", "open"),
            expect("2022-06-21", "helicopter"),
            expect("2022-07-02/..", "spring"),
            expect("2022-07-24", "rescue"),
            expect("2022-07-10~", "snowfield"),
            expect("2022-09-25", "close", planned=True),
        ),
    ),
    Text(
        "composer-obituary",
        "obituary of a composer",
        date(2021, 4, 9),
        "OBITUARIES\n\n"
        "Mira Ostrander, composer, 1938-2021\n\n"
        "Her choral music gave Swedish churches a new sound\n\n"
        "Mira Ostrander, whose choral works are sung in parishes from Lund to Luleå, died "
        "on Tuesday at her home in Uppsala. She was 82.\n\n"
        "She was born in Västerås on 2 November 1938, the daughter of an organist, and "
        "studied in Vienna from 1959 to 1962. Her first opera, Nattljus, had its premiere "
        "in Gothenburg in 1971.\n\n"
        "She taught composition at the Royal College of Music from 1975 until 2003 and "
        "wrote some 140 works. She probably finished her Fourth Symphony in 2019, but it "
        "has never been performed.\n\n"
        "Her last work, a requiem, is to be premiered in Uppsala Cathedral on 30 May.\n\n"
        "She is survived by a son and two grandchildren.",
        (
            expect("2021-04-06", "die"),
            expect("1938-11-02", "born"),
            expect("1959/1962", "studi"),
            expect("1971", "nattljus"),
            expect("1975/2003", "taught"),
            expect("2019?", "symphony"),
            expect("2021-05-30", "requiem", planned=True),
        ),
    ),
    Text(
        "allotment-minutes",
        "minutes of an allotment committee",
        None,
        "MEADOWBANK ALLOTMENT SOCIETY\n"
        "Minutes of the committee meeting, 7 March 2024, in the clubhouse\n\n"
        "Present: J. Holt (chair), R. Singh (treasurer), M. Doyle (secretary), A. Burke\n\n"
        "1. Minutes. The minutes of the meeting of 1 February were approved.\n"
        "2. Security. A break-in at the tool shed took place on or about 24 February; the "
        "secretary reported it to the police on 26 February. Two strimmers were taken.\n"
        "3. Plots. Plot 14 has been vacant since 1 January. The waiting list has 23 "
        "names.\n"
        "4. Water. The mains will be turned on on 2 April, weather permitting.\n"
        "5. Boundary. The hawthorn hedge along Mill Lane, planted in 1987, needs cutting "
        "back. Subscriptions are due every year by 31 March.\n"
        "6. Any other business. None.\n\n"
        "Next meeting: Thursday 4 April 2024, 7.30 pm.",
        (
            expect("2024-02-01", "meeting"),
            expect("2024-02-24~", "break"),
            expect("2024-02-26", "police"),
            expect("2024-01-01/..", "vacant"),
            expect("2024-04-02", "water", planned=True),
            expect("1987", "hedge"),
            expect("2024-04-04", "meeting", planned=True),
        ),
    ),
    Text(
        "parking-ban-notice",
        "temporary parking ban notice",
        None,
        "CITY OF LUNDBY - TRAFFIC DEPARTMENT\n"
        "Order No. 2024/318\n\n"
        "TEMPORARY PARKING BAN\n\n"
        "Parking is prohibited on both sides of Kirkegade between Torvet and Havnevej "
        "from 07:00 on Monday 9 September 2024 to 18:00 on Friday 13 September 2024, for "
        "resurfacing works.\n\n"
        "Signs will be put up no later than 6 September. Vehicles left in the zone will be "
        "towed at the owner's expense.\n\n"
        "The cycle lane is to be resurfaced on 16 and 17 September; cycles must then use "
        "Havnevej.\n\n"
        "The weekly street cleaning on Wednesdays is suspended during the works.\n\n"
        "This ban was ordered on 22 August 2024 under section 92 of the Road Traffic "
        "Act.\n\n"
        "Enquiries: trafik@lundby.example, tel. 70 20 30 40",
        (
            expect("2024-09-09/2024-09-13", "parking", planned=True),
            expect("../2024-09-06", "sign", planned=True),
            expect("2024-09-16", "cycle", planned=True),
            expect("2024-09-17", "cycle", planned=True),
            expect("2024-08-22", "order"),
        ),
    ),
    Text(
        "jazz-club-programme",
        "jazz club season programme",
        None,
        "BLUE LANTERN JAZZ CLUB\n"
        "Autumn-Winter Season 2025/26\n\n"
        "Founded in 1962 by the drummer Paul Meunier, the club has been at Rue Vallon 4 "
        "since 1964. The new season will open on Thursday 2 October 2025 with the Ida Kross "
        "Quartet.\n\n"
        "OCTOBER\n"
        "Thu 2 Oct - Season opening: Ida Kross Quartet\n"
        "Fri 17 & Sat 18 Oct - The Havel Brothers play Monk\n\n"
        "DECEMBER\n"
        "Wed 31 Dec - New Year's Eve gala with the Lantern Big Band (dinner from 19:30)\n\n"
        "Jam session every Tuesday from 21:00, free entry.\n\n"
        "Doors open at 20:00, concerts start at 21:00. Members EUR 18, guests EUR 25.\n"
        "Tickets: bluelantern.example/tickets",
        (
            expect("1962", "found"),
            expect("1964/..", "vallon"),
            expect("2025-10-02", "kross", planned=True),
            expect("2025-10-17", "havel", planned=True),
            expect("2025-10-18", "havel", planned=True),
            expect("2025-12-31", "gala", planned=True),
        ),
    ),
    Text(
        "veterans-newsletter",
        "veterans' association newsletter",
        date(2023, 5, 5),
        "NORTHERN BRIGADE VETERANS' ASSOCIATION\n"
        "Newsletter No. 41 - 5 May 2023\n\n"
        "From the chairman\n\n"
        "On 14 April, 38 of our members laid a wreath at the brigade memorial in Narvik, "
        "in sleet and a stiff wind. Thank you to all who came.\n\n"
        "Olav Brekke, who served with the UN in Lebanon from 1978 to 1980, celebrated his "
        "90th birthday last month with a cake the size of a field kitchen.\n\n"
        "The brigade's colours, possibly last carried on parade in 1962, have been restored "
        "and are back in the regimental museum, which has housed our archive since 2008.\n\n"
        "Our association was founded in 1951. Membership now stands at 212, the lowest "
        "since 1990, so bring a friend.\n\n"
        "The annual general meeting will be held on 10 June in Bodø.\n\n"
        "Editor: K. Nilsen",
        (
            expect("2023-04-14", "wreath"),
            expect("1978/1980", "lebanon"),
            expect("2023-04", "birthday"),
            expect("1962?", "colours"),
            expect("2008/..", "archive"),
            expect("1951", "found"),
            expect("2023-06-10", "meeting", planned=True),
        ),
    ),
    Text(
        "dredging-tender",
        "tender notice for dredging",
        None,
        "CONTRACT NOTICE - WORKS\n\n"
        "Section I: Contracting authority\n"
        "I.1) Port Authority of Velsen Havn, Kaiveien 2, 7400 Velsen\n\n"
        "Section II: Object\n"
        "II.1.1) Title: Maintenance dredging of the inner harbour basin 2025-2027\n"
        "II.2.4) Description: Removal of approximately 180,000 m3 of silt. The basin was "
        "last dredged in 2016. Because of the seal colony on Skjærholmen, dredging has been "
        "restricted to the months October to March since 2019.\n"
        "II.2.7) Duration: Works are to start on 1 April 2025 and must be completed by "
        "30 November 2025 at the latest.\n\n"
        "Section IV: Procedure\n"
        "IV.2.2) Time limit for receipt of tenders: 13 January 2025, 12:00\n"
        "IV.2.7) Opening of tenders: 14 January 2025, 13:00\n\n"
        "Section VI: Complementary information\n"
        "VI.3) A site visit for interested contractors took place on 12 November 2024.\n"
        "VI.5) Date of dispatch of this notice: 18 November 2024",
        (
            expect("2016", "dredg"),
            expect("2019/..", "restrict"),
            expect("2025-04-01", "start", planned=True),
            expect("../2025-11-30", "complet", planned=True),
            expect("2025-01-13", "tender", planned=True),
            expect("2025-01-14", "opening", planned=True),
            expect("2024-11-12", "visit"),
        ),
    ),
    Text(
        "hostage-factbox",
        "factbox timeline of a hostage release",
        date(2024, 2, 29),
        "FACTBOX-Timeline: The kidnapping of engineer Jonas Feld\n\n"
        "Feb 29 (Nordpress) - German water engineer Jonas Feld, held for almost a year by "
        "an armed group in the Sahel, was freed on Wednesday. Here is a timeline:\n\n"
        "* March 3, 2023 - Feld and his driver are abducted near a well-drilling site "
        "north of the capital.\n"
        "* March 10 - A group calling itself the Free Sands Brigade claims the "
        "kidnapping.\n"
        "* Around May 20 - A first video of Feld appears online.\n"
        "* August 2023 - The driver is released in a village near the border.\n"
        "* Dec 12 - Talks with the group begin in Muscat, officials say.\n"
        "* Feb 28, 2024 - Feld is freed and flown to the capital.\n\n"
        "Feld is expected to arrive in Berlin on Saturday.\n\n"
        "(Compiled by Ola Dahl; Editing by Jon Hale)",
        (
            expect("2023-03-03", "abduct"),
            expect("2023-03-10", "claim"),
            expect("2023-05-20~", "video"),
            expect("2023-08", "driver"),
            expect("2023-12-12", "talk"),
            expect("2024-02-28", "free"),
            expect("2024-03-02", "berlin", planned=True),
        ),
    ),
    Text(
        "runway-incident-report",
        "air traffic incident report",
        None,
        "AIR ACCIDENT INVESTIGATION BOARD\n"
        "Serious incident report SI-07/2024 (interim)\n\n"
        "Aircraft: ATR 72-600, registration OY-KRT\n"
        "Location: Vestby Airport, runway 27\n\n"
        "Synopsis\n"
        "On 11 January 2024, at 17:42 UTC, a runway incursion occurred when a snow-clearing "
        "vehicle entered runway 27 while the ATR was on short final. The crew went around "
        "and landed without further event.\n\n"
        "Findings\n"
        "- The surface movement radar was out of service from 3 January to 19 January "
        "2024.\n"
        "- The tower controller had held a licence for the position since 2019.\n"
        "- A similar incursion occurred at the airport in 2017.\n"
        "- The airport operator installed red stop bars at the runway 27 holding points on "
        "or about 1 March 2024.\n\n"
        "The final report is expected no later than December 2024.",
        (
            expect("2024-01-11", "incursion"),
            expect("2024-01-03/2024-01-19", "radar"),
            expect("2019/..", "licence"),
            expect("2017", "incursion"),
            expect("2024-03-01~", "stop"),
            expect("../2024-12", "report", planned=True),
        ),
    ),
    Text(
        "wind-farm-status",
        "wind farm construction status page",
        date(2025, 7, 3),
        "Skagen Banke Offshore Wind Farm\n"
        "Construction status - Last updated: 3 July 2025\n\n"
        "Home > Projects > Skagen Banke > Status\n\n"
        "Progress\n"
        "| Foundations | 62 of 62 installed |\n"
        "| Turbines | 3 of 62 installed |\n"
        "| Export cable | laid |\n\n"
        "Offshore construction began in February 2024. All 62 monopile foundations had "
        "been installed by 20 May 2025. The export cable to the Hirtshals substation was "
        "laid in about August 2024.\n\n"
        "The installation vessel Sea Lift Atlas started placing turbines on Monday. First "
        "power is expected in October 2025, and full commercial operation is scheduled for "
        "2026.\n\n"
        "When finished, the 744 MW farm will be the largest in the Skagerrak. We post an "
        "update every Friday.\n\n"
        "Contact: press@skagenbanke.example",
        (
            expect("2024-02", "construction"),
            expect("../2025-05-20", "foundation"),
            expect("2024-08~", "cable"),
            expect("2025-06-30", "turbine"),
            expect("2025-10", "power", planned=True),
            expect("2026", "operation", planned=True),
        ),
    ),
    Text(
        "obituary-correction",
        "correction of an obituary",
        date(2022, 10, 14),
        "CORRECTIONS AND CLARIFICATIONS\n\n"
        "An obituary of the architect Helmi Saarnio, published on Tuesday, said that she "
        "died on 29 September. She died on 30 September. The obituary also gave the wrong "
        "year of her birth: she was born on 4 March 1931, not 1932. It said that the Kallio "
        "district library, her best-known building, opened in 1968; it opened in 1969.\n\n"
        "She was the city's chief architect from 1974 until about 1990, not until her "
        "retirement.\n\n"
        "A memorial service will be held on 22 October in the Kallio library.\n\n"
        "Corrections may be sent to corrections@helsingindaily.example.",
        (
            expect("2022-10-11", "obituary"),
            expect("1931-03-04", "born"),
            expect("1969", "library"),
            expect("2022-09-30", "die"),
            expect("1974/1990~", "architect"),
            expect("2022-10-22", "memorial", planned=True),
        ),
    ),
    Text(
        "quarry-village-history",
        "local history of a quarry village",
        None,
        "Steinbach and its quarry\n"
        "From the village heritage society's booklet, chapter 3\n\n"
        "For most of its history Steinbach lived from granite. The first quarry lease, "
        "granted by the abbey, dates from around 1790. The railway siding opened in 1874, "
        "and the following year the Hartmann company of Dresden bought the quarry and the "
        "land around it.\n\n"
        "The small chapel at the top of the village was possibly built by the quarrymen "
        "themselves in 1881. The quarrymen went on strike in 1905 and again in 1912, both "
        "times over piece rates.\n\n"
        "The quarry closed in 1963, when the last 40 workers were laid off. Since 1998 the "
        "flooded pit has been a nature reserve, and the old crane still stands on its rim.\n\n"
        "The village festival is held every August in the old dressing sheds.",
        (
            expect("1790~", "lease"),
            expect("1874", "siding"),
            expect("1875", "hartmann"),
            expect("1881?", "chapel"),
            expect("1905", "strike"),
            expect("1912", "strike"),
            expect("1963", "close"),
            expect("1998/..", "reserve"),
        ),
    ),
)
