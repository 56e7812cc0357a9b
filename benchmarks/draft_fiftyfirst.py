"""A fifty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a wire story on a
refinery fire, a bicycle maker's press release, an administrative court's opinion on a
building permit, an encyclopedia history of a monastery, a ski jumping report, a shipyard's
history as an HTML list, a wildlife survey's mission summary, a heatwave statement, an
amateur astronomer's HTML blog, a cartographer's obituary, school board minutes, a
boil-water notice, an opera season programme, an allotment society newsletter, a tender
notice for ambulances, a factbox on a cyberattack, a coroner's findings, a ferry status page,
an erratum and a market town's history), with invented organisations, people and facts.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYFIRST_CORPUS",)


FIFTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "refinery_fire_wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ROTTERDAM, March 12 (Meridian News) - A fire broke out at the Vellmar refinery in \
the port of Rotterdam on Tuesday night, forcing the evacuation of some 200 workers and \
shutting the plant's largest crude distillation unit, the company said.

Firefighters brought the blaze under control within four hours. No one was seriously \
hurt, although two contractors were treated for smoke inhalation.

It was the largest refinery fire in the Netherlands since 2011, according to the regional \
safety authority.

Vellmar, which bought the refinery from a Belgian group in 2004, said the crude unit is \
expected to restart in April. The plant, which opened on the site in 1968, \
processes about 180,000 barrels of crude a day.

A smaller fire damaged the same unit on or about 14 June 2019, when a pump seal failed. \
The Dutch Safety Board will publish a preliminary report on the cause of this week's fire \
on 30 May, a spokeswoman said.

Diesel prices in northwest Europe rose 3% on the news.

(Reporting by Anneke Vos; Editing by Tom Reyes)""",
        (
            expect("2025-03-11", "fire"),
            expect("2004", "bought"),
            expect("2025-04", "restart", planned=True),
            expect("1968", "open"),
            expect("2019-06-14~", "fire"),
            expect("2025-05-30", "report", planned=True),
        ),
    ),
    Text(
        "bicycle_maker_release",
        "press release of a bicycle maker",
        date(2026, 2, 4),
        """PRESS RELEASE
For immediate release - Ghent, 4 February 2026

Velorix unveils the Kestrel 9, its lightest e-bike yet

Ghent-based bicycle maker Velorix today presented the Kestrel 9, a 14-kilogram electric \
city bike with a belt drive and a battery hidden in the down tube. The Kestrel 9 will go on \
sale in Belgium, the Netherlands and Germany on 16 March 2026, priced from EUR 3,290.

Founded in a Ghent garage in 1987 by the brothers Luc and Pieter Declercq, Velorix built \
only racing frames until it launched its first electric bike around 2009. In January \
2024, Velorix switched every frame to recycled aluminium.

Velorix sales rose 18% in 2025 to EUR 212 million, the best year since 2015. To meet \
demand, the company opened a second assembly line in Ghent in October 2025, and production \
at a new plant in Kortrijk is scheduled to begin in September.

"Riders asked us for a bike they can carry up the stairs," said chief executive Els Declercq.

About Velorix
Velorix designs and assembles bicycles in Belgium and employs 640 people.
Media contact: press@velorix.example""",
        (
            expect("2026-02-04", "kestrel"),
            expect("2026-03-16", "sale", planned=True),
            expect("1987", "found"),
            expect("2009~", "electric"),
            expect("2024-01", "recycl"),
            expect("2025", "sales"),
            expect("2025-10", "line"),
            expect("2026-09", "kortrijk", planned=True),
        ),
    ),
    Text(
        "building_permit_opinion",
        "court opinion of an administrative court on a building permit",
        None,
        """ADMINISTRATIVE COURT OF FREIBURG
4th Chamber
Case No. 4 K 2217/22

In the administrative matter of Hanna Ruoff, plaintiff, v. the Municipality of \
Kirchzarten, defendant, concerning a building permit.

FACTS

1. The plaintiff owns plot 114/2 in the Talstrasse. On 3 March 2021 she applied for a \
permit to build a four-storey apartment block on the plot. The defendant refused the \
application on 27 July 2021, finding that the building would not fit the 1998 \
development plan.

2. The plaintiff's objection was dismissed by the regional council on or about 9 February \
2022. Her action was received by the court on 14 March 2022.

3. The plot borders a half-timbered house that was built on the common boundary in \
1911. The former estate was probably divided in 1954; the land register for those years \
was lost.

4. The chamber viewed the site and held an oral hearing on 10 September 2024.

REASONS

5. The action is admissible but unfounded. The planned block would exceed the permitted \
eaves height by 2.4 metres and would deprive the neighbouring house of daylight for most \
of the year.""",
        (
            expect("2021-03-03", "appl"),
            expect("2021-07-27", "refus"),
            expect("2022-02-09~", "objection"),
            expect("2022-03-14", "action"),
            expect("1911", "house"),
            expect("1954?", "divid"),
            expect("2024-09-10", "hearing"),
        ),
    ),
    Text(
        "monastery_encyclopedia",
        "encyclopedia history of a monastery",
        None,
        """St. Aldric's Abbey (German: Kloster Sankt Aldrich) is a Benedictine monastery on the \
Danube near Passau, Bavaria.

History

The abbey was founded c. 1140 by Count Ekkehard of Vilshofen, who gave the monks his \
castle and three villages. The Romanesque abbey church was consecrated in 1187 by the \
Bishop of Passau.

Fires burned the monastery in 1462 and again in 1525. The baroque library, with its \
ceiling painted by Cosmas Leutner, was probably begun in 1710 under Abbot Benedikt Grassl.

The abbey was dissolved in 1803 during the secularisation of Bavaria, and its buildings \
were sold to a brewer. Monks from Metten returned in 1858, and the following year they \
opened a grammar school, which still teaches about 400 pupils.

Today the abbey draws more visitors than at any time since 1900, most of them to the \
library and the summer concerts.

See also
- List of Benedictine monasteries in Bavaria""",
        (
            expect("1140~", "found"),
            expect("1187", "consecrat"),
            expect("1462", "burn"),
            expect("1525", "burn"),
            expect("1710?", "library"),
            expect("1803", "dissolv"),
            expect("1858", "return"),
            expect("1859", "school"),
        ),
    ),
    Text(
        "ski_jumping_report",
        "sports report on a ski jumping event",
        date(2026, 1, 12),
        """SKI JUMPING

Solvang soars to Engelberg win

By Marco Bernasconi

ENGELBERG, Switzerland - Norway's Eirik Solvang won the World Cup large hill \
competition in Engelberg on Sunday with jumps of 138.5 and 141 metres, the longest on this \
hill since 2019.

Solvang, who finished only fourth in Saturday's qualifying round, beat Austria's Jakob \
Pirchner by 6.4 points, with Slovenia's Luka Bernik third.

"The wind was kind to me in the final round," said the 27-year-old, who tore a knee \
ligament in March 2025 and missed the first two weeks of the season. He has led the \
overall standings since 28 December.

Jumpers train on the Gross-Titlis hill every morning at eight, and the organisers said \
33,000 spectators came over the weekend.

The tour moves on to Zakopane, Poland, where competitions are scheduled from 17 to 18 \
January. Norway's team captain Henrik Lund will retire in February after the Olympic \
Games.""",
        (
            expect("2026-01-11", "solvang"),
            expect("2026-01-10", "qualif"),
            expect("2025-03", "ligament"),
            expect("2025-12-28/..", "standing"),
            expect("2026-01-17/2026-01-18", "zakopane", planned=True),
            expect("2026-02", "retire", planned=True),
        ),
    ),
    Text(
        "shipyard_history_html",
        "company history of a shipyard (HTML list)",
        None,
        """<div class="history">
<h2>Our history</h2>
<p>Four generations of shipbuilding on the Esbjerg waterfront.</p>
<ul>
  <li><strong>1872</strong> - Jens Holmgaard founds a wooden boatyard at the old harbour.</li>
  <li><strong>1901</strong> - The yard launches its first steel hull, the tug <em>Fanø</em>.</li>
  <li><strong>c. 1917</strong> - First motor fishing trawler delivered to a Skagen owner.</li>
  <li><strong>1940-1945</strong> - The yard is closed during the occupation.</li>
  <li><strong>1968</strong> - A 140-metre dry dock opens.</li>
  <li><strong>1986</strong> - The Holmgaard family sells a majority stake to Vestkyst Invest.</li>
  <li><strong>Since 2003</strong> - Specialised in service vessels for offshore wind farms.</li>
  <li><strong>2027</strong> - A new hull assembly hall is planned to open.</li>
</ul>
</div>
<footer>&copy; 2025 Holmgaard V&aelig;rft A/S &middot; Havnegade 14 &middot; Esbjerg</footer>""",
        (
            expect("1872", "found"),
            expect("1901", "steel"),
            expect("1917~", "trawler"),
            expect("1940/1945", "closed"),
            expect("1968", "dock"),
            expect("1986", "stake"),
            expect("2003/..", "offshore"),
            expect("2027", "hall", planned=True),
        ),
    ),
    Text(
        "snow_leopard_survey",
        "mission summary of a wildlife survey expedition",
        None,
        """MISSION SUMMARY - Altai Snow Leopard Survey 2024 (ASLS-24)
Lead organisation: Steppe Wildlife Trust
Field team: 9 (4 rangers, 3 biologists, 2 drivers)

Timeline
The team departed Ulaanbaatar on 2 June 2024 and reached the base camp at Tsagaan Gol on \
9 June after delays on the flooded Khovd road. Sixty camera traps were deployed in \
four valleys from 11 to 15 June.

The first snow leopard image of the season was recorded on 23 June at trap K-17. A female \
collared by the trust in 2016 was possibly photographed again on 30 June; the collar seen \
in the image could not be read.

All traps had been retrieved by 20 August at the latest, before the first snow on the \
passes. In total the cameras logged 312 leopard detections, the highest count since the \
survey began.

Next steps
The final report will be submitted to the Ministry of Environment in March 2025.""",
        (
            expect("2024-06-02", "depart"),
            expect("2024-06-09", "camp"),
            expect("2024-06-11/2024-06-15", "trap"),
            expect("2024-06-23", "image"),
            expect("2016", "collar"),
            expect("2024-06-30?", "photograph"),
            expect("../2024-08-20", "retriev"),
            expect("2025-03", "report", planned=True),
        ),
    ),
    Text(
        "heatwave_statement",
        "government statement on a heatwave",
        date(2025, 7, 16),
        """MINISTRY OF HEALTH
Press Office - Statement
Madrid, 16 July 2025

Heatwave in Andalusia: advice and measures

Temperatures reached 44.1 °C in Córdoba on Monday, the highest July reading in the \
province since 2017. The red alert for Andalusia has been in force since 12 July.

All municipalities of more than 20,000 inhabitants had opened climate shelters by \
Tuesday. Outdoor work in construction and farming remains banned from 14:00 to 18:00 \
every day while the alert lasts.

The State Meteorological Agency said the heat is expected to peak on Thursday.

Hospitals have activated the National Heat Plan, adopted in 2004, and have added 1,200 \
beds. The Minister of Health will visit hospitals in Córdoba and Jaén on 21 July.

The Ministry recalls: drink water often, avoid the sun in the central hours of the day, \
and check on elderly neighbours.

Health information line: 900 123 456 (free, 24 hours).""",
        (
            expect("2025-07-14", "temperature"),
            expect("2025-07-12/..", "alert"),
            expect("../2025-07-15", "shelter"),
            expect("2025-07-17", "peak", planned=True),
            expect("2004", "plan"),
            expect("2025-07-21", "visit", planned=True),
        ),
    ),
    Text(
        "astronomer_blog_html",
        "HTML blog of an amateur astronomer with dated entries",
        None,
        """<header><h1>Dark Skies over Wexford</h1><p>Notes from a Wexford back garden</p></header>
<article>
<h2>3 September 2025</h2>
<p>Finally did it: bought a used 8-inch Dobsonian from a club member on 1 September. \
The secondary mirror was badly off. I started this observing log in March 2011, and this \
is the biggest scope yet.</p>
</article>
<article>
<h2>8 September 2025</h2>
<p>The total lunar eclipse on 7 September was clouded out here, as usual. Friends in \
Cork got photos through a gap.</p>
</article>
<article>
<h2>22 September 2025</h2>
<p>Saturn at opposition on 21 September, rings almost edge-on. Titan and Rhea easy in \
the new scope. I try to observe every clear Friday, but this was too good to miss.</p>
<p>Comet Halvorsen is expected to reach perihelion on 8 November. The club's star party \
at Forth Mountain is scheduled for 18 October.</p>
</article>
<footer>Posted by Declan &middot; 4 comments</footer>""",
        (
            expect("2011-03", "log"),
            expect("2025-09-01", "dobsonian"),
            expect("2025-09-07", "eclipse"),
            expect("2025-09-21", "saturn"),
            expect("2025-11-08", "perihelion", planned=True),
            expect("2025-10-18", "star party", planned=True),
        ),
    ),
    Text(
        "cartographer_obituary",
        "obituary of a cartographer",
        date(2024, 11, 20),
        """Obituaries

Margit Ellender, cartographer who mapped the Arctic coast

Margit Ellender, who has died aged 91, drew some of the most accurate charts ever made of \
the Svalbard coast.

She died on 9 November in Bergen, where she was born on 14 April 1933, the daughter of a \
harbour pilot. After studying geodesy in Trondheim she joined the Norwegian Polar \
Institute in 1958, one of only two women on its survey staff.

From 1961 to 1964 she spent each summer surveying the fjords of Spitsbergen by boat and on \
foot. Her Atlas of the Svalbard Coast appeared around 1975 and stayed in use on the \
bridges of fishing boats for decades.

She retired in 1998, and the following year she was awarded the Royal Geographical \
Society's Victoria Medal.

She was predeceased by her husband, the geologist Arne Ellender, and is survived by a son and two \
granddaughters. A memorial service will be held at Bergen Cathedral on 30 November.""",
        (
            expect("2024-11-09", "died"),
            expect("1933-04-14", "born"),
            expect("1958", "joined"),
            expect("1961/1964", "survey"),
            expect("1975~", "atlas"),
            expect("1998", "retire"),
            expect("1999", "medal"),
            expect("2024-11-30", "memorial", planned=True),
        ),
    ),
    Text(
        "school_board_minutes",
        "minutes of a school board",
        None,
        """MILLBROOK UNIFIED SCHOOL DISTRICT
Board of Education - Minutes of the Regular Meeting
Tuesday, 14 January 2025, 7:00 p.m., District Office Boardroom

Present: Trustees Alvarez (President), Chen, Okafor, Brandt, Wilkins.
Also present: Superintendent Dr. Rachel Moore.

1. Call to order. President Alvarez called the meeting to order at 7:02 p.m.

2. Superintendent's report. Dr. Moore reported that the roof repair at Oak Street \
Elementary had been completed by 20 December, within budget. Lincoln Elementary started a \
free breakfast program in September 2022. The district hired 14 new teachers in \
August.

3. Action items. On a motion by Trustee Chen, the board approved the 2025-26 school \
calendar, 5-0. Classes will begin on 20 August 2025.

4. Bond measure. The bond election for the new science wing is scheduled for 4 November \
2025.

5. Public comment. Two parents spoke on bus routes.

6. Adjournment. The board meets on the second Tuesday of every month. The next regular \
meeting will be held on 11 February 2025. The meeting was adjourned at 8:41 p.m.""",
        (
            expect("../2024-12-20", "roof"),
            expect("2022-09", "breakfast"),
            expect("2024-08", "teachers"),
            expect("2025-01-14", "calendar"),
            expect("2025-08-20", "classes", planned=True),
            expect("2025-11-04", "bond", planned=True),
            expect("2025-02-11", "meeting", planned=True),
        ),
    ),
    Text(
        "boil_water_notice",
        "boil-water notice",
        date(2025, 8, 6),
        """BOIL WATER NOTICE
Harwick Water Authority - Elm and Riverside districts
Issued: Wednesday 6 August 2025, 10:00

DO NOT DRINK THE WATER WITHOUT BOILING IT FIRST.

Following a water main break on Monday, 4 August, on Elm Road, tests of samples taken in \
the Elm and Riverside districts found coliform bacteria. Bring all water to a rolling boil \
for one minute before drinking, cooking or brushing teeth.

Since Tuesday, bottled water has been handed out at Harwick Town Hall from 8 a.m. to \
8 p.m. Crews are expected to finish repairing the main on Thursday. The notice will stay \
in place until two rounds of clean samples have been taken.

The cast-iron mains in the Elm district were laid in 1935. Boil water notices were also \
issued in this area in 2018 and 2021; the last one was lifted around 12 March 2023.

Flush your taps for two minutes every morning until the notice is lifted.

Questions: 0800 555 0140 or www.harwickwater.example/notices""",
        (
            expect("2025-08-04", "break"),
            expect("2025-08-05/..", "bottled"),
            expect("2025-08-07", "repair", planned=True),
            expect("1935", "mains"),
            expect("2018", "notice"),
            expect("2021", "notice"),
            expect("2023-03-12~", "lifted"),
        ),
    ),
    Text(
        "opera_season_programme",
        "opera season programme",
        None,
        """STAATSOPER KESSELBRUNN
Season 2025/26

Dear audience,

our house, rebuilt in 1955 after it was bombed in 1944, welcomes you to a season of \
seven new productions. Subscriptions went on sale on 2 June 2025.

Premieres
- Don Carlo (Verdi) opens the season on 27 September 2025. The opera was last staged \
here in 1996.
- Die Fledermaus (Johann Strauss) returns on New Year's Eve, 31 December.
- The Salt Bride, a new opera by Inger Wolde, has its world premiere on 14 March 2026.
- Der Ring des Nibelungen: a complete cycle from 2 to 9 May 2026.

Introductory talks are held in the foyer 45 minutes before every performance.

Box office: Theaterplatz 1, Monday to Saturday 10:00-18:00
Season brochure printed with the support of the Kesselbrunn Savings Bank.""",
        (
            expect("1955", "rebuil"),
            expect("1944", "bomb"),
            expect("2025-06-02", "subscription"),
            expect("2025-09-27", "don carlo", planned=True),
            expect("1996", "staged"),
            expect("2025-12-31", "fledermaus", planned=True),
            expect("2026-03-14", "premiere", planned=True),
            expect("2026-05-02/2026-05-09", "ring", planned=True),
        ),
    ),
    Text(
        "allotment_newsletter",
        "allotment society newsletter",
        None,
        """GREENFIELD LANE ALLOTMENT SOCIETY
Newsletter No. 87

From the chair
Our AGM on 21 March 2026 re-elected the committee and agreed a rent rise of £4 a plot. All \
but three members had paid their rent by 31 March, thank you.

Site news
- The new 1,000-litre water tank by the main gate was installed on 18 April.
- The old shed on plot 12, which was probably built in 1952, has been taken down.
- Mr Patel, who took on plot 4 in 1987, has agreed to run the seed swap.
- April was the wettest since 2012, so the lower plots are still soggy.

Dates for your diary
- Plot inspections will take place from 6 to 8 June.
- The annual produce show is planned for 12 September in the village hall.

Reminders
Compost is delivered on the first Saturday of every month. Please keep paths clear.

A little history
The society was founded in 1919 on land leased from the parish for returning soldiers.""",
        (
            expect("2026-03-21", "agm"),
            expect("../2026-03-31", "rent"),
            expect("2026-04-18", "tank"),
            expect("1952?", "shed"),
            expect("1987", "plot"),
            expect("2026-06-06/2026-06-08", "inspection", planned=True),
            expect("2026-09-12", "show", planned=True),
            expect("1919", "found"),
        ),
    ),
    Text(
        "ambulance_tender_notice",
        "tender notice for ambulance vehicles",
        None,
        """CONTRACT NOTICE - SUPPLIES
Directive 2014/24/EU

Section I: Contracting authority
Moravian-Silesian Regional Emergency Medical Service, Výškovická 40, Ostrava, Czechia

Section II: Object
II.1.1 Title: Supply of 24 type C emergency ambulances. Reference: ZZS-MSK-2025-017
II.1.4 Short description: The first 12 vehicles are to be delivered in March 2026 and \
the remaining 12 in September 2026. The vehicles will replace the current fleet, which \
was purchased in 2015 and 2017.
II.2.7 Duration of the contract: 48 months.

Section IV: Procedure
IV.1.1 Type of procedure: Open procedure
IV.2.1 A prior information notice for this contract was published on 2 June 2025.
IV.2.2 Tenders must be received no later than 15 October 2025, 12:00 local time.
IV.2.7 Opening of tenders: 16 October 2025 at 10:00, in the authority's offices.

Section VI: Complementary information
VI.5 Date of dispatch of this notice: 5 September 2025""",
        (
            expect("2026-03", "deliver", planned=True),
            expect("2026-09", "deliver", planned=True),
            expect("2015", "purchas"),
            expect("2017", "purchas"),
            expect("2025-06-02", "prior information"),
            expect("../2025-10-15", "tender", planned=True),
            expect("2025-10-16", "opening", planned=True),
        ),
    ),
    Text(
        "cyberattack_factbox",
        "factbox timeline of a cyberattack on a city",
        date(2025, 11, 28),
        """FACTBOX-How the ransomware attack on Marlbridge unfolded

Nov 28 (Meridian News) - The English city of Marlbridge is still restoring its systems \
after a ransomware attack this month, the worst on a British council since 2020. \
Here is how it unfolded:

* Around Nov. 3 - Attackers first get into the council's network through a contractor's \
account, investigators later found.

* Nov. 7 - Ransomware encrypts about 900 servers and laptops; phone lines, parking \
payments and the library catalogue go down. The council declares a major incident the \
next day.

* Nov. 14 - Data of some 40,000 residents is possibly published on a leak site; the \
council says it cannot yet confirm the files are genuine.

* Nov. 20 - Staff payroll restored, a day before pay day.

* Since Nov. 24 - Council tax and parking payments can be made online again.

* Dec. 15 - The council expects all services to be restored.

(Compiled by the Meridian News London desk)""",
        (
            expect("2025-11-03~", "network"),
            expect("2025-11-07", "encrypt"),
            expect("2025-11-08", "incident"),
            expect("2025-11-14?", "data"),
            expect("2025-11-20", "payroll"),
            expect("2025-11-24/..", "payment"),
            expect("2025-12-15", "restor", planned=True),
        ),
    ),
    Text(
        "coroner_inquest_findings",
        "coroner's inquest findings",
        None,
        """RECORD OF AN INQUEST
Coroner's Area of North Yorkshire (Western)
Inquest touching the death of Daniel Roy FENWICK

1. Name of the deceased: Daniel Roy Fenwick, born 2 October 1979 in Skipton.

2. Medical cause of death: 1a crush injuries to the chest.

3. How, when and where the deceased came by his death:
Mr Fenwick began work as a plant operator at Kettleby Quarry in 2011. On 17 February \
2024 he was fatally injured while clearing a blockage from the primary crusher conveyor. \
The guard over the conveyor's tail drum had been removed on or about 9 February 2024 and \
had not been refitted. The quarry's risk assessment for the conveyor had last been \
reviewed before March 2022.

4. Conclusion: Accident, contributed to by the failure to refit the guard.

The inquest was opened on 27 February 2024 and the hearing took place from 3 to 5 June \
2025 before a jury at Northallerton.

Coroner: J. M. Hartley""",
        (
            expect("1979-10-02", "born"),
            expect("2011", "work"),
            expect("2024-02-17", "injur"),
            expect("2024-02-09~", "guard"),
            expect("../2022-03", "risk"),
            expect("2024-02-27", "inquest"),
            expect("2025-06-03/2025-06-05", "hearing"),
        ),
    ),
    Text(
        "ferry_status_page",
        "ferry service status page",
        date(2026, 2, 19),
        """Service status | Hebridean Isles Ferries
Updated: Thursday 19 February 2026, 07:45

Oban - Craignure: AMBER - disruption possible
The 07:00 and 09:00 sailings on Wednesday were cancelled because of gales. Later sailings \
may be cancelled at short notice. Sailings normally run every two hours.

MV Loch Varra has been out of service since 2 February for engine repairs at Greenock. \
She is expected to return to service on Monday. Until then MV Isle of Kerrera is covering \
the route with a reduced timetable.

An extra overnight freight sailing is scheduled for Saturday 21 February.

The summer timetable begins on 27 March. Tickets for summer sailings went on sale on \
5 January.

Our company took over the Oban - Craignure route in 1973.

Sign up for text alerts | Timetables | Contact us""",
        (
            expect("2026-02-18", "cancel"),
            expect("2026-02-02/..", "loch varra"),
            expect("2026-02-23", "return", planned=True),
            expect("2026-02-21", "freight", planned=True),
            expect("2026-03-27", "summer", planned=True),
            expect("2026-01-05", "tickets"),
            expect("1973", "route"),
        ),
    ),
    Text(
        "scientific_erratum",
        "erratum of a scientific paper",
        None,
        """ERRATUM

Erratum to: Seasonal variation of nitrate uptake by diatoms in the Gulf of Riga \
[J. Balt. Mar. Ecol. 41, 233-249 (2024)]

Ilze Berzina, Tomas Kalnins and Mara Ozola

In the article published online on 12 March 2024, the sampling dates in Table 1 and \
Section 2.1 were given wrongly. The spring cruise took place from 4 to 9 May 2022, not \
from 4 to 9 June 2022 as printed. Samples from station B7 were probably collected on \
8 May; the log for that station is incomplete.

The calibration of the nitrate analyser, carried out on 20 April 2022, is also \
described correctly only in the Supplementary Material.

The authors noticed the error on 2 September 2024. The corrected dataset has been \
available in the Baltic Data Archive since 15 October 2024. The results and conclusions \
of the article are unaffected.

The authors apologise for any inconvenience caused.""",
        (
            expect("2024-03-12", "publish"),
            expect("2022-05-04/2022-05-09", "cruise"),
            expect("2022-05-08?", "b7"),
            expect("2022-04-20", "calibrat"),
            expect("2024-09-02", "error"),
            expect("2024-10-15/..", "dataset"),
        ),
    ),
    Text(
        "market_town_history",
        "local history of a market town",
        None,
        """WENDLEBURY: A SHORT HISTORY OF THE TOWN
Wendlebury Civic Society - Heritage Trail leaflet 4

Wendlebury grew up where the old salt road crossed the River Lenn. King Henry III \
granted the lords of the manor a charter for a weekly market around 1227, and a market \
has been held in the square every Thursday ever since.

The parish church of St Mary was rebuilt in stone in 1450, paid for by the wool trade. A \
fire destroyed much of the High Street in 1698, which is why so many of its fronts are \
Georgian brick.

The railway arrived in 1851 and closed in 1964. The Corn Exchange opened in 1862, and \
the following year the streets were first lit by gas. The town has more residents today \
than at any census since 1901.

A bypass to take lorries out of the square is planned to open in 2028.

Walk on: the trail continues at the Old Toll House (leaflet 5).""",
        (
            expect("1227~", "charter"),
            expect("1450", "church"),
            expect("1698", "fire"),
            expect("1851", "railway"),
            expect("1964", "closed"),
            expect("1862", "corn exchange"),
            expect("1863", "gas"),
            expect("2028", "bypass", planned=True),
        ),
    ),
)
