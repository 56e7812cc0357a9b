"""A fifty-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a
sovereign bond sale, a zoo's press release, an employment appeal judgment, an encyclopedia
history of a fortress, a tennis report, a chocolate maker's history as an HTML list, a medical
mission summary, a statement on school closures, a polar station's HTML diary, an architect's
curriculum vitae, a memorandum of understanding, a water interruption notice, a jazz festival
line-up, a church bulletin, an invitation to tender, a factbox on a coup attempt, a maritime
accident report, a launch schedule page, a magazine's correction and a miner's memoir). The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYSECOND_CORPUS",)


FIFTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "ghana-bond-sale",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ACCRA, March 12 (Meridian Wire) - Ghana sold $1.25 billion of 12-year bonds on
Tuesday, drawing orders of about $6 billion, the strongest demand for an African sovereign
issue since 2014, the finance ministry said.

The sale, arranged by Halvorsen Capital and Banco Terraza, priced at a yield of 8.9%.
Settlement is scheduled for March 19.

Ghana defaulted on most of its external debt in December 2022, and the International
Monetary Fund approved a $3 billion loan in May 2023. The country last tapped international
markets on or about 20 October 2021, and a restructuring of its commercial debt was completed
by June 2024 at the latest, according to a ministry presentation seen by Meridian.

Finance Minister Efua Sarpong said the proceeds would be used to buy back more expensive
loans. A second tranche of up to $750 million is expected to be offered in September,
depending on market conditions, two bankers on the deal said.

"The order book tells you investors have moved on," said Lena Okoro, an analyst at Crestline
Research in London.

(Reporting by Kofi Mensah; Editing by Paul Andrews)""",
        (
            expect("2025-03-11", "bond"),
            expect("2025-03-19", "settle", planned=True),
            expect("2022-12", "default"),
            expect("2023-05", "loan"),
            expect("2021-10-20~", "market"),
            expect("../2024-06", "restructur"),
            expect("2025-09", "tranche", planned=True),
        ),
    ),
    Text(
        "brackenfield-zoo-pandas",
        "press release of a zoo",
        date(2024, 6, 4),
        """BRACKENFIELD ZOO
PRESS RELEASE
For immediate release: 4 June 2024

Twin red panda cubs born at Brackenfield Zoo

Brackenfield Zoo is delighted to announce the birth of twin red panda cubs, born on 21 May to
mother Mei, herself born at Brackenfield in 2017, and father Tashi. Tashi arrived from
Rotterdam in about March 2021, and the pair were first introduced the following autumn.

Keepers say both cubs are feeding well and are being checked every morning. They will stay in
the nest box for several weeks, and are expected to make their first public appearance on
10 August.

"Red pandas are endangered in the wild, so every birth matters," said head keeper Dana
Whitfield. Brackenfield has taken part in the European breeding programme for red pandas
since 1998. The Himalayan Heights enclosure, where the family lives, opened in 2019.

Visitors can join a keeper talk at the enclosure every Saturday at 2pm.

ENDS

Notes to editors
Brackenfield Zoo was founded in 1934 by the naturalist Edwin Marsh. It is a registered
conservation charity.
Media contact: press@brackenfieldzoo.example""",
        (
            expect("2024-05-21", "cub"),
            expect("2021-03~", "arriv"),
            expect("2017", "mei"),
            expect("2024-08-10", "appear", planned=True),
            expect("1998/..", "breeding"),
            expect("2019", "open"),
            expect("1934", "found"),
        ),
    ),
    Text(
        "okafor-v-northgate",
        "court opinion of an employment appeal tribunal",
        None,
        """EMPLOYMENT APPEAL TRIBUNAL
Appeal No. EA-2023-000412-JOJ

Before: HIS HONOUR JUDGE TREVELYAN

MS D OKAFOR (Appellant) v NORTHGATE LOGISTICS LIMITED (Respondent)

JUDGMENT

1. The claimant began working for the respondent as a warehouse supervisor on 3 April 2017.

2. She possibly attended a return-to-work meeting on 2 March 2021; the notes of it are
unsigned and neither party called the manager who is said to have chaired it.

3. On or about 15 January 2022 she raised a written grievance about shift allocation. The
respondent says the grievance was never received. A disciplinary hearing took place on
11 February 2022, and she was dismissed on 28 February 2022 for gross misconduct.

4. Her claim form was presented to the employment tribunal on 6 June 2022. The tribunal's
reserved judgment, dismissing the claims of unfair dismissal and victimisation, was sent to
the parties on 19 May 2023.

5. The notice of appeal was lodged no later than 30 June 2023, within the 42 days allowed by
rule 3(3) of the Employment Appeal Tribunal Rules 1993.

6. For the reasons that follow, the appeal is allowed and the claim of victimisation is
remitted to a freshly constituted tribunal.""",
        (
            expect("2017-04-03", "work"),
            expect("2021-03-02?", "meeting"),
            expect("2022-01-15~", "grievance"),
            expect("2022-02-11", "hearing"),
            expect("2022-02-28", "dismiss"),
            expect("2022-06-06", "claim"),
            expect("2023-05-19", "judgment"),
            expect("../2023-06-30", "appeal"),
        ),
    ),
    Text(
        "kastell-dornegg",
        "encyclopedia history of a fortress",
        None,
        """Kastell Dornegg

Kastell Dornegg is a ruined hill fortress above the market town of Dornegg in Carinthia,
Austria. It is one of the best preserved Romanesque castles of the region.

History

A timber stronghold stood on the site by 1120. The stone keep was built c. 1190 by the lords
of Dornegg, and the Counts of Ortenau, who acquired the castle through marriage, added the
outer curtain wall between 1310 and 1325. Hungarian troops probably captured the fortress in
1481, during the wars of Matthias Corvinus.

In 1550 the castle became the seat of the district court. A fire in 1796
destroyed the residential wing, and the site was abandoned the following year. Its stones
were used for houses in the town for much of the nineteenth century.

The ruin has been owned by the Dornegg Heritage Society since 1962. A plan in the 1934 survey
of Carinthian castles remains the most accurate record of the lost buildings.

Architecture

The keep is square, with walls up to 3.2 metres thick, and is the tallest in Carinthia.""",
        (
            expect("../1120", "stronghold"),
            expect("1190~", "keep"),
            expect("1310/1325", "wall"),
            expect("1481?", "captur"),
            expect("1550", "court"),
            expect("1796", "fire"),
            expect("1797", "abandon"),
            expect("1962/..", "heritage"),
        ),
    ),
    Text(
        "danube-open-final",
        "sports report on a tennis final",
        date(2024, 10, 7),
        """Varga edges Lindqvist to claim first title in Vienna

By Tom Hale | 7 October 2024

VIENNA - Hungary's Bence Varga won the Danube Open on Sunday, beating top seed Erik Lindqvist
6-4 3-6 7-6(5) in a final that lasted two hours and 51 minutes.

The 23-year-old, who turned professional in 2019, had saved two match points against Paolo
Renzi in Saturday's semi-final and looked tired in the second set. But he broke early in the
third and held his nerve in the tie-break, sealing the match with an ace.

"I lost to Erik in my first final, so this one is sweet," said Varga, who reached his first
tour final in Marseille in February 2023, losing to Lindqvist in straight sets. Lindqvist
had won the title here in 2022.

It was the best week of Varga's career and his best result on hard courts since 2021.

Varga will rise to a career-high No 18 when the new rankings are published on 14 October. He
is scheduled to play in Basel from 21 to 27 October.

Lindqvist, who plays doubles with his brother every autumn, said he would rest before Paris.""",
        (
            expect("2024-10-06", "danube"),
            expect("2024-10-05", "semi"),
            expect("2019", "profession"),
            expect("2023-02", "marseille"),
            expect("2022", "lindqvist"),
            expect("2024-10-14", "rank", planned=True),
            expect("2024-10-21/2024-10-27", "basel", planned=True),
        ),
    ),
    Text(
        "mereaux-chocolate-history",
        "company history of a chocolate maker (HTML list)",
        None,
        """<section class="history">
<h2>Our story</h2>
<p>Four generations of the Mereaux family have made chocolate in Lyon.</p>
<ul>
  <li><strong>1887</strong> &ndash; Auguste Mereaux opens a confectioner's shop on the
  Rue des Tanneurs in Lyon.</li>
  <li><strong>c. 1902</strong> &ndash; The first Mereaux chocolate bar, the
  <em>Tablette Noire</em>, goes on sale.</li>
  <li><strong>1921</strong> &ndash; A factory is built in Villeurbanne; production moves
  there the following year.</li>
  <li><strong>1974 and 1981</strong> &ndash; Mereaux wins the gold medal of the Concours des
  Confiseurs de France.</li>
  <li><strong>Since 2020</strong> &ndash; All our cocoa comes from certified cooperatives in
  C&ocirc;te d'Ivoire and Ghana.</li>
  <li><strong>2026</strong> &ndash; A visitor centre is planned to open next to the
  Villeurbanne factory.</li>
</ul>
<p>Our 1950 recipe book is still used in the workshop, and our shop on the Rue des Tanneurs
is open every day except Monday.</p>
<p class="footer">&copy; Mereaux Chocolatiers &middot; <a href="/contact">Contact</a></p>
</section>""",
        (
            expect("1887", "shop"),
            expect("1902~", "bar"),
            expect("1921", "factory"),
            expect("1922", "production"),
            expect("1974", "medal"),
            expect("1981", "medal"),
            expect("2020/..", "cocoa"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "nfm-beira-mission",
        "mission summary of a medical team deployment",
        None,
        """MISSION SUMMARY - Surgical Response Team 4 (SRT-4)
Organisation: Northern Field Medicine (NFM)
Location: Beira, Sofala Province, Mozambique
Report compiled by: Dr Ingrid Solheim, team leader

Background
Following the landfall of Cyclone Amara on 27 January 2025, NFM received a request for
surgical assistance from the provincial health directorate on 29 January.

Deployment
The advance team of four arrived in Beira on or about 2 February; the rest of the team of 14
(surgeons, anaesthetists, nurses and logisticians) followed within the week. The field
hospital opened on 9 February in the grounds of the Munhava health centre.

Activities
- 412 operations were performed between 10 February and 28 March.
- Ward rounds took place daily at 07:00 and 19:00.
- A cholera treatment unit was probably set up on 17 February by the district team; NFM
  records do not confirm the date.

Exit
Handover of the field hospital to the Ministry of Health is scheduled for 15 April 2025, and
the last NFM staff will leave Beira by 30 April.

Lessons learned
Earlier customs clearance of the oxygen concentrators would have saved four days.""",
        (
            expect("2025-01-27", "cyclone"),
            expect("2025-01-29", "request"),
            expect("2025-02-02~", "advance"),
            expect("2025-02-09", "hospital"),
            expect("2025-02-10/2025-03-28", "operation"),
            expect("2025-02-17?", "cholera"),
            expect("2025-04-15", "handover", planned=True),
            expect("../2025-04-30", "leave", planned=True),
        ),
    ),
    Text(
        "school-closures-statement",
        "government statement on school closures",
        date(2025, 1, 15),
        """MINISTRY OF EDUCATION
Statement on school closures
15 January 2025

Because of the heavy snowfall that began on Sunday, the Minister of Education, Dr Ilse
Brauner, has ordered all primary and secondary schools in the northern districts to close
from Thursday 16 January to Friday 17 January inclusive.

Schools in the southern districts have been closed since Monday 13 January. The regional
council declared a weather emergency on Tuesday, and road gritting teams are working around
the clock. The Ministry's winter plan for schools was last updated on 2 December 2024.

Schools are expected to reopen on Monday 20 January, if roads allow. The mathematics
examinations of the upper secondary schools will be postponed to 3 February.

The last closure of all schools in the region, in February 2018, lasted four days.

Free school meals will continue to be handed out at each district office every weekday between
11:00 and 13:00. Parents can find updates on the Ministry's website, which is refreshed every
morning at 7:00.

"The safety of pupils and staff comes first," the Minister said.

Press office of the Ministry of Education""",
        (
            expect("2025-01-12", "snow"),
            expect("2025-01-16/2025-01-17", "close", planned=True),
            expect("2025-01-13/..", "southern"),
            expect("2025-01-14", "emergency"),
            expect("2025-01-20", "reopen", planned=True),
            expect("2025-02-03", "exam", planned=True),
            expect("2018-02", "closure"),
            expect("2024-12-02", "plan"),
        ),
    ),
    Text(
        "halvard-station-log",
        "HTML diary of a polar research station",
        None,
        """<article class="log">
<h1>Halvard Station &ndash; winter log</h1>
<h3>Sunday 2 June 2024</h3>
<p>Minus 58 &deg;C at 06:00, the coldest morning since 2017. Generator 2 failed in the
afternoon; Pieter had it running again by dinner. The sun set for the last time on 2 May and
will return around 10 August.</p>
<h3>Wednesday 5 June 2024</h3>
<p>Radio call with the Troms&oslash; office. The resupply flight is scheduled for
28 October. Weather balloon launched at 12:00 UTC, as every day.</p>
<h3>Friday 21 June 2024</h3>
<p>Midwinter. The midwinter dinner was held in the mess, with greetings from the other
stations read out over the radio.</p>
<h3>Friday 28 June</h3>
<p>Drilling at the ice-core site resumed today. Kasia's team will start the winter traverse
to the automatic weather station on 2 July if the wind drops below 15 knots.</p>
<footer>Posted by the station leader &middot; Halvard Station blog</footer>
</article>""",
        (
            expect("2024-06-02", "generator"),
            expect("2024-05-02", "sun"),
            expect("2024-08-10~", "return", planned=True),
            expect("2024-06-05", "radio"),
            expect("2024-10-28", "resupply", planned=True),
            expect("2024-06-21", "dinner"),
            expect("2024-06-28", "drill"),
            expect("2024-07-02", "traverse", planned=True),
        ),
    ),
    Text(
        "architect-cv",
        "curriculum vitae of an architect",
        None,
        """CURRICULUM VITAE

Marta Lindgren-Oyelaran, Architect SAR/MSA
Born 14 March 1979, Uppsala, Sweden
Languages: Swedish, English, Yoruba, German

EDUCATION
2000-2005   MArch, Northern Institute of Architecture, Stockholm
2003        Exchange semester, Scuola Tecnica di Torino, Italy

PROFESSIONAL EXPERIENCE
Since 2015  Founding partner, Lindgren Oyelaran Arkitekter, Stockholm
2009-2015   Project architect, Brandt & Nyqvist, Gothenburg
            Led the competition entry for the Alingsas town hall

SELECTED WORKS
Kvarnholm Library, Nacka - completed 2019
Tallbacka housing, 120 timber units - under construction, completion expected in 2026

AWARDS
2021        Nordic Timber Prize, for Kvarnholm Library

TEACHING
Visiting critic, Northern Institute of Architecture, every spring term

MEMBERSHIPS
Swedish Association of Architects (SAR/MSA)
References available on request""",
        (
            expect("1979-03-14", "born"),
            expect("2000/2005", "institute"),
            expect("2003", "exchange"),
            expect("2015/..", "partner"),
            expect("2009/2015", "brandt"),
            expect("2019", "library"),
            expect("2026", "tallbacka", planned=True),
            expect("2021", "timber"),
        ),
    ),
    Text(
        "aveiro-hydrogen-mou",
        "memorandum of understanding summary",
        None,
        """SUMMARY OF A MEMORANDUM OF UNDERSTANDING

Parties: Aveiro Port Authority (APA) and Nordhaven Energy AS
Subject: Green hydrogen bunkering terminal, North Quay (completed in 2015)

1. Signature. The memorandum was signed in Lisbon on 12 September 2024 by the chair of APA,
Ana Ribeiro, and the chief executive of Nordhaven Energy, Sindre Aas.

2. Background. The parties have cooperated on shore power for ferries since 2021. The
memorandum supports the port's 2030 decarbonisation plan.

3. Feasibility study. A joint feasibility study of the terminal is to be completed no later
than 30 June 2025. Each party bears its own costs.

4. Governance. A steering committee of four members will meet at least twice a year. Its first
meeting was held on 3 October 2024.

5. Investment. A final investment decision could possibly be taken in 2026, subject to the
outcome of the study and to public funding.

6. Duration. The memorandum is not legally binding. It expires on 31 December 2027 unless the
parties extend it in writing.""",
        (
            expect("2024-09-12", "sign"),
            expect("2021/..", "shore"),
            expect("2015", "quay"),
            expect("../2025-06-30", "feasibility", planned=True),
            expect("2024-10-03", "committee"),
            expect("2026?", "investment", planned=True),
            expect("2027-12-31", "expir", planned=True),
        ),
    ),
    Text(
        "kellbrook-water-notice",
        "water supply interruption notice",
        date(2025, 8, 18),
        """NOTICE OF WATER SUPPLY INTERRUPTION
Kellbrook Water Services Ltd
Issued: Monday 18 August 2025

Affected streets: Millfield Road, Ashby Lane, Croft Close, Tanner's Row (nos 1-40)

Dear customer,

To replace a section of the 1960s cast-iron main under Millfield Road, your water supply
will be interrupted on Thursday from 8am to about 4pm. A burst on this main on 2 August
caused low pressure in the area for around 36 hours; the same main was last repaired on
14 May 2019.

If the work cannot be finished on the day, a second interruption is scheduled for Tuesday
26 August at the same times. Letters were delivered to every affected home on Friday.

Customers on our priority services register will receive bottled water at their door. A
water bowser will be placed at the corner of Millfield Road and Ashby Lane.

The work is part of the Kellbrook main replacement programme, which has been under way since
March 2023 and should be finished by the end of 2026.

Our customer line is open every day from 8am to 8pm on 0800 555 0199.

We apologise for any inconvenience.""",
        (
            expect("2025-08-21", "interrupt", planned=True),
            expect("2025-08-02", "burst"),
            expect("2019-05-14", "repair"),
            expect("2025-08-26", "second", planned=True),
            expect("2025-08-15", "letter"),
            expect("2023-03/..", "programme"),
            expect("../2026", "finish", planned=True),
        ),
    ),
    Text(
        "riverside-jazz-lineup",
        "jazz festival line-up",
        date(2025, 5, 20),
        """RIVERSIDE JAZZ NIGHTS 2025 - THE LINE-UP

The ninth Riverside Jazz Nights will take place from 11 to 14 July 2025 on the Kaiserkai in
Hamburg. Tickets have been on sale since 2 May.

FRIDAY 11 JULY - Opening night
20:00  Mara Keel Quartet - songs from the album "Winter 1998"
22:00  Late set: DJ Okapi

SATURDAY 12 JULY
19:30  Lindholm Big Band with guest trumpeter Saul Evers

SUNDAY 13 JULY
11:00  Gospel brunch with the Hollow Creek Choir

MONDAY 14 JULY - Closing concert
20:00  Olu Benson Trio with the Hamburg Chamber Strings

Free workshops for young musicians every morning at 10:00 in the Elbe Pavilion.

The festival was founded in 2016 by the saxophonist Jens Holm. Last year the Sunday programme
was moved indoors on 14 July 2024 after a thunderstorm warning.

Day passes EUR 45, festival pass EUR 140. Children under 12 free.""",
        (
            expect("2025-07-11/2025-07-14", "festival", planned=True),
            expect("2025-05-02/..", "ticket"),
            expect("2025-07-11", "keel", planned=True),
            expect("2025-07-12", "lindholm", planned=True),
            expect("2025-07-13", "gospel", planned=True),
            expect("2025-07-14", "benson", planned=True),
            expect("2016", "found"),
            expect("2024-07-14", "indoors"),
        ),
    ),
    Text(
        "st-brendans-bulletin",
        "church bulletin",
        date(2024, 11, 24),
        """ST BRENDAN'S PARISH, KILMORE
Weekly Bulletin - Feast of Christ the King, Sunday 24 November 2024

Mass times: Saturday vigil 6pm; Sunday 10am and 12 noon. Confessions every Saturday after
the vigil Mass.

PARISH NEWS
* The Advent Carol Service will be held on Sunday 8 December at 7pm. All choirs welcome.
* Many thanks to all who came to the parish quiz last Friday, which raised EUR 2,340 for the
  roof fund.
* The roof repairs, begun in September, are expected to be completed by Christmas Day.
* Fr Declan O'Rourke, parish priest since 2011, will celebrate the 40th anniversary of his
  ordination on 2 December with a Mass of thanksgiving. Refreshments in the hall afterwards.
* The parish hall, extended in 2006, is available for family events.
* Baptisms are celebrated on the first Sunday of each month; please contact the office.

RECENTLY DECEASED
Mary Kearney, Ballyglass, who died on 18 November. May she rest in peace.

Parish office: open Tuesday to Friday, 10am-1pm. Tel. 094 555 0123""",
        (
            expect("2024-12-08", "carol", planned=True),
            expect("2024-11-22", "quiz"),
            expect("2024-09", "roof"),
            expect("../2024-12-25", "roof", planned=True),
            expect("2011/..", "priest"),
            expect("2024-12-02", "anniversary", planned=True),
            expect("2024-11-18", "kearney"),
            expect("2006", "hall"),
        ),
    ),
    Text(
        "aslev-bridge-tender",
        "invitation to tender for bridge repairs",
        None,
        """INVITATION TO TENDER

Contracting authority: Hallstrup Municipality, Technical Department
Reference: HM/2025/017
Procedure: open procedure

1. Subject
Concrete repairs, replacement of the expansion joints and resurfacing of the Aslev Bridge
(bridge no. 14) over the Aslev stream. The bridge was built in 1958 and last refurbished
around 1994. An inspection on 14 October 2024 found cracking in two piers. The bridge has
been subject to a 12-tonne weight limit since November 2023.

2. Timetable
- Site visit: a site visit is scheduled for 18 March 2025 at 10:00.
- Tenders must be received no later than 7 April 2025, 12:00.
- Award of the contract is expected in May 2025.
- Works are to be carried out between 1 July and 31 October 2025, during which the bridge
  will be closed to traffic.

3. Award criteria
Price 60%, quality and method statement 40%.

4. Documents
The tender documents can be downloaded free of charge from the municipality's procurement
portal. Questions are answered in writing every Friday.""",
        (
            expect("1958", "built"),
            expect("1994~", "refurbish"),
            expect("2024-10-14", "inspection"),
            expect("2023-11/..", "limit"),
            expect("2025-03-18", "visit", planned=True),
            expect("../2025-04-07", "tender", planned=True),
            expect("2025-05", "award", planned=True),
            expect("2025-07-01/2025-10-31", "works", planned=True),
        ),
    ),
    Text(
        "marenia-coup-factbox",
        "factbox timeline of a coup attempt",
        date(2025, 6, 30),
        """FACTBOX-Key events in Marenia's failed coup attempt

June 30 (Meridian Wire) - Troops loyal to President Anais Corvel regained control of the
capital Port-Saline on Sunday after a coup attempt by a group of army officers, the biggest
unrest in the country since 2012. Here are some key events:

* 2019 - Corvel is elected president with 61% of the vote.

* Feb. 2023 - Parliament extends the presidential term limit; protests follow in Port-Saline.

* March 14, 2025 - Army chief of staff General Remy Taba is dismissed.

* Around April 2025 - Officers begin meeting in secret, according to prosecutors.

* June 27 - Soldiers seize the state broadcaster and announce the dissolution of the
government.

* June 28 - Corvel appears in a video calling for calm.

* June 29 - Loyalist troops retake the broadcaster and the airport; about 40 officers are
arrested.

* The government says elections will be held no later than December 2025.

(Compiled by the Meridian Wire desk; editing by Claire Dubois)""",
        (
            expect("2019", "elect"),
            expect("2023-02", "term"),
            expect("2025-03-14", "dismiss"),
            expect("2025-04~", "meet"),
            expect("2025-06-27", "broadcaster"),
            expect("2025-06-28", "video"),
            expect("2025-06-29", "troops"),
            expect("../2025-12", "election", planned=True),
        ),
    ),
    Text(
        "kestrel-bay-collision",
        "maritime accident investigation report",
        None,
        """MARINE ACCIDENT INVESTIGATION BRANCH
SYNOPSIS - Report No 7/2024

Collision between the general cargo vessel Kestrel Bay and the fishing vessel Aoife Rose in
the North Channel

At approximately 0340 on 11 November 2023, Kestrel Bay collided with the fishing vessel Aoife
Rose, which was trawling in poor visibility eight miles north of Rathlin Island. Aoife Rose
sank within minutes; her three crew were recovered from their liferaft by a lifeboat.

The investigation began on 13 November 2023. It found that:
- Kestrel Bay's AIS transponder was probably switched off on 9 November; the evidence is
  inconclusive;
- the bridge navigational watch alarm had been defective since 2 October, and the fault was
  reported to the managers on or about 5 October;
- the officer of the watch was alone on the bridge, contrary to company procedures.

Kestrel Bay was built in 2004, and Orla Shipping took over her management in 2019.

Recommendations
Orla Shipping is to install a second watch alarm on all its vessels by 31 March 2025. The
owners of fishing vessels are reminded to keep a lookout at all times.""",
        (
            expect("2023-11-11", "colli"),
            expect("2023-11-13", "investigat"),
            expect("2023-11-09?", "transponder"),
            expect("2023-10-02/..", "alarm"),
            expect("2023-10-05~", "report"),
            expect("2004", "built"),
            expect("2019", "orla"),
            expect("../2025-03-31", "install", planned=True),
        ),
    ),
    Text(
        "aurelia-launch-schedule",
        "launch schedule status page",
        date(2026, 2, 9),
        """AURELIA LAUNCH SERVICES - LAUNCH SCHEDULE
Last updated: 9 February 2026, 14:05 UTC

UPCOMING
| Mission                    | Vehicle   | Target date      | Status      |
|----------------------------|-----------|------------------|-------------|
| ALS-14 / Terraview-3       | Kestrel-2 | 19 February 2026 | Scheduled   |
| ALS-15 / Polaris rideshare | Kestrel-2 | March 2026       | Planned     |
| ALS-16 / GeoLink-1         | Kestrel-H | to be confirmed  | On hold     |

RECENT
| Mission                    | Vehicle   | Date             | Result          |
|----------------------------|-----------|------------------|-----------------|
| ALS-13 / Hydra-2           | Kestrel-2 | 27 January 2026  | Success         |
| ALS-12 / Terraview-2       | Kestrel-2 | 4 December 2025  | Partial failure |
| ALS-11 / Skyhook-1         | Kestrel-2 | 16 September 2025 | Success        |

NOTES
- Yesterday's static fire of the ALS-14 first stage was completed without issues.
- Pad 2 has been closed for refurbishment since 12 January. It is expected to return to
  service by 30 April.
- Launch windows open at 06:00 UTC on Tuesdays and Thursdays.

Subscribe to updates | Press contacts | Careers""",
        (
            expect("2026-02-19", "terraview", planned=True),
            expect("2026-03", "polaris", planned=True),
            expect("2026-01-27", "hydra"),
            expect("2025-12-04", "terraview"),
            expect("2025-09-16", "skyhook"),
            expect("2026-02-08", "static"),
            expect("2026-01-12/..", "refurbish"),
            expect("../2026-04-30", "return", planned=True),
        ),
    ),
    Text(
        "murano-correction",
        "correction note of a magazine",
        date(2025, 9, 15),
        """CORRECTIONS AND CLARIFICATIONS

An article in our August issue ("The glassmakers of Murano", page 42) stated that the Fornace
Zanetti workshop was founded in 1921. It was founded in 1912.

The same article said that the master glassblower Lucia Vianello retired in 2019. She retired
in March 2020, having joined the workshop in 1979.

The workshop has been run by the third generation of the Zanetti family since 1987, not by
the fourth generation as we reported.

A photo caption described the workshop's furnace, which was rebuilt around 1950, as the
original one.

We also printed the wrong dates for the exhibition "Vetro Vivo" at the Palazzo Grimani
Lenti. It will run from 4 October to 30 November, not from 4 September.

We apologise for these errors. Readers can write to corrections@atlasmagazine.example; the
corrections page is updated on the first Monday of every month.""",
        (
            expect("1912", "found"),
            expect("2020-03", "retire"),
            expect("1979", "join"),
            expect("1987/..", "generation"),
            expect("1950~", "rebuilt"),
            expect("2025-10-04/2025-11-30", "exhibition", planned=True),
        ),
    ),
    Text(
        "haverley-miner-memoir",
        "memoir of a miner",
        None,
        """Chapter Three: Down the Pit

I went down Haverley pit for the first time on 6 January 1961, a fortnight after my
fifteenth birthday. My father had worked there since 1938, and his father before him, so
nobody asked me whether I wanted to.

Every Friday we queued at the pay office with our brass checks, and every Friday my mother
took half of it before I had my coat off. The big explosion came in the spring of 1963, and
I still cannot drive past the old lamp room without thinking of the men we lost.

Jean and I were married at St Aidan's in June 1967, and we moved to the new estate at
Cleaton the following year. I was made a deputy in 1974, which meant more money and
fewer friends.

I was on strike from 12 March 1984 to 5 March 1985. We lost the car and nearly the house.

Haverley probably closed in October 1991; my diary for that year is lost, and the lads argue
about it in the club to this day. Since 1998 I have volunteered at the mining museum in
Ashwell, showing children what a pit pony's stall looked like.""",
        (
            expect("1961-01-06", "pit"),
            expect("1938/..", "father"),
            expect("1967-06", "marri"),
            expect("1968", "moved"),
            expect("1974", "deputy"),
            expect("1984-03-12/1985-03-05", "strike"),
            expect("1991-10?", "clos"),
            expect("1998/..", "museum"),
        ),
    ),
)
