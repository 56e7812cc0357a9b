"""A twenty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new texts in twenty styles (wire stories, press
releases, a constitutional court summary, encyclopedia entries, a sports report, an HTML
company history, a mission summary, government and ministry statements, a news page with a
key-dates box, an operations update, an ombudsman's report, a court roundup, a cruise report,
a charity update, a service change notice, a memoir). Organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYFOURTH_CORPUS",)

TWENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "quake_wire",
        "wire story with a dateline (earthquake)",
        date(2025, 3, 12),
        """KATHMANDU, March 12 (Himal Press) - A magnitude 6.4 earthquake struck the hills west
of Pokhara before dawn on Tuesday, flattening some 300 houses in Kaski district and killing
at least 11 people, officials said.

It was the strongest tremor recorded in the district since 2015. Kaski was last badly hit by
the earthquake of April 25, 2015, which killed nearly 9,000 people across Nepal.

The National Seismological Centre had installed a network of 22 new sensors in the region by
January 2024, and its director, Bina Gurung, said they had located the epicentre within
minutes. Reconstruction of the valley's health posts, begun around 2017, meant that most of
them were still standing, she added.

Prime Minister Hari Adhikari is expected to visit the worst-hit villages on Friday. Schools
in the district are to reopen on Monday, March 17, once engineers have checked them.

Aftershocks are still felt almost every hour. (Reporting by Sunil Thapa; editing by
Maya Rai)""",
        (
            expect("2025-03-11", "earthquake"),
            expect("2015-04-25", "earthquake"),
            expect("../2024-01", "sensor"),
            expect("2017~", "reconstruction"),
            expect("2025-03-14", "visit", planned=True),
            expect("2025-03-17", "reopen", planned=True),
        ),
    ),
    Text(
        "verdict_wire",
        "wire story with a dateline (court verdict)",
        date(2024, 10, 18),
        """LISBON, Oct 18 (Iberia Wire) - A Lisbon court on Thursday convicted Duarte Vilaca, a
former regional minister for public works, of taking bribes in exchange for road contracts,
and sentenced him to six years in prison.

It is the harshest sentence handed to a Portuguese politician since 2017.

The contracts, signed between 2014 and 2016, were worth 38 million euros, prosecutors said.
Vilaca resigned from the Alentejo regional government in March 2021 and was arrested at his
home in Evora on 9 May 2021.

The trial, which opened on February 12, heard some 40 witnesses over eight months.

Vilaca, who denies wrongdoing, will appeal, his lawyer Ines Mota told reporters outside the
court; the appeal is to be lodged by November 7.

((Reporting by Joana Reis; Editing by Paulo Matos; joana.reis@iberiawire.example))""",
        (
            expect("2024-10-17", "convict"),
            expect("2014/2016", "contract"),
            expect("2021-03", "resign"),
            expect("2021-05-09", "arrest"),
            expect("2024-02-12", "trial"),
            expect("../2024-11-07", "appeal", planned=True),
        ),
    ),
    Text(
        "kettle_recall",
        "corporate press release",
        None,
        """FOR IMMEDIATE RELEASE

Brennholt Appliances recalls KettleOne electric kettles

Stuttgart, 3 June 2025 - Brennholt Appliances GmbH is recalling about 48,000 KettleOne
electric kettles (model BK-170) sold in Germany, Austria and Switzerland between September
2023 and April 2025. The base of the kettle can come loose while the kettle is full.

The company received the first customer report of a detached base on or about 14 March.
Production of the affected batch at the Esslingen plant was halted on 2 April, and no
injuries have been reported.

Replacement kettles are scheduled to ship to retailers on 16 June. Customers should stop
using the product and call our recall hotline, which is open every weekday from 8 am to 6 pm.

About Brennholt
Brennholt has made kettles and toasters in Stuttgart since 1987 and employs 640 people.

Media contact: Katrin Weil, press@brennholt.example, +49 711 555 0142""",
        (
            expect("2023-09/2025-04", "sold"),
            expect("2025-03-14~", "report"),
            expect("2025-04-02", "halt"),
            expect("2025-06-16", "ship", planned=True),
            expect("1987/..", "kettle"),
        ),
    ),
    Text(
        "hospital_region",
        "press release of a regional government",
        date(2025, 1, 21),
        """REGION OF MURCIA - Regional Ministry of Health
Press Office | 21 January 2025

Cabinet approves 212 million euros for Cartagena North Hospital

The regional cabinet yesterday approved 212 million euros for the new Cartagena North
Hospital, the largest public investment in health in the region since 2008.

The Region acquired the 14-hectare site from the municipality in three plots, in 2021, 2022
and 2023. An architecture competition closed on 30 June 2024 with 14 entries; the winning
design, by the Valencia studio Ferrer Lluch, provides 420 beds and 16 operating theatres.

Construction is to begin in September 2025, and the hospital is expected to open to patients
in 2029, Health Minister Pilar Ortuno said. The project was first proposed in the 2021
regional health plan.

"Patients in the north of the district will no longer have to travel to Murcia for surgery,"
she said.""",
        (
            expect("2025-01-20", "approv"),
            expect("2021", "acquir"),
            expect("2022", "acquir"),
            expect("2023", "acquir"),
            expect("2024-06-30", "competition"),
            expect("2025-09", "construction", planned=True),
            expect("2029", "open", planned=True),
        ),
    ),
    Text(
        "water_act_court",
        "court opinion of a constitutional court",
        None,
        """CONSTITUTIONAL COURT OF THE REPUBLIC OF SLOVENIA
Case No. U-I-88/22

SUMMARY OF THE PROCEEDINGS

1. The National Assembly adopted the Act Amending the Water Act on 27 January 2022. It
entered into force on 12 February.

2. On 3 March 2022, a group of 31 deputies lodged a request for a review of the
constitutionality of Articles 4 and 9 of the amending Act, which permit construction on
coastal land.

3. By an order of 22 April 2022, the Court suspended the implementation of the challenged
provisions until its final decision.

4. The National Assembly replied to the request, probably in May 2022; the file does not
record the date on which its reply was received.

5. At its session of 14 November 2024, the Court decided that Articles 4 and 9 are
inconsistent with the Constitution. The National Assembly is to remedy the inconsistency no
later than 14 November 2025.""",
        (
            expect("2022-01-27", "adopt"),
            expect("2022-02-12", "force"),
            expect("2022-03-03", "request"),
            expect("2022-04-22", "suspend"),
            expect("2022-05?", "repl"),
            expect("2024-11-14", "decid"),
            expect("../2025-11-14", "remedy", planned=True),
        ),
    ),
    Text(
        "university_history",
        "encyclopedia history of a university",
        None,
        """Highland Polytechnic University

History

The university traces its origins to a mechanics' institute founded in Inverness around
1836 by a group of engineers and merchants. The institute received a royal charter in 1891
as the Highland Technical College, and admitted its first women students the following year.

After the Second World War the college outgrew its buildings in the town centre, and it moved
to the Culloden Road campus between 1964 and 1968. Its library has held the Fraser
manuscripts, a collection of Gaelic estate papers, since 1955.

Under the Further and Higher Education (Scotland) Act 1992 the college was granted university
status on 1 August 1992. Enrolment in the 2023-24 academic year was the highest since 1990.

See also
- List of universities in Scotland""",
        (
            expect("1836~", "found"),
            expect("1891", "charter"),
            expect("1892", "women"),
            expect("1964/1968", "campus"),
            expect("1955/..", "manuscript"),
            expect("1992-08-01", "status"),
        ),
    ),
    Text(
        "composer_bio",
        "encyclopedia biography of a composer",
        None,
        """Mirela Hadzic (c. 1921 - 2 March 1994) was a Bosnian composer and teacher.

Life
Hadzic was born in Mostar about 1921; no birth record survives. She studied piano and
composition at the Zagreb Academy of Music from 1939 to 1943. Her First Symphony was
premiered by the Sarajevo Philharmonic on 6 October 1951.

She was appointed professor of composition at the Sarajevo Academy of Music in 1957, and its
director the following year. Her only opera, Neretva, was probably written in 1964, although
it was not staged until 1972, at the National Theatre in Sarajevo.

Hadzic died in Sarajevo on 2 March 1994, during the siege of the city.

Works (selection)
- Symphony No. 1 (1951)
- Neretva, opera in three acts""",
        (
            expect("1921~", "born"),
            expect("1939/1943", "stud"),
            expect("1951-10-06", "symphony"),
            expect("1957", "professor"),
            expect("1958", "director"),
            expect("1964?", "opera"),
            expect("1972", "stag"),
            expect("1994-03-02", "die"),
        ),
    ),
    Text(
        "marathon_report",
        "sports report",
        date(2025, 4, 28),
        """ATHLETICS

Gebre storms to Hamburg win in course record

By Lena Vogt

Alemitu Gebre of Ethiopia won the Hamburg Marathon on Sunday in 2:19:40, the fastest
women's time on the course since 2019 and more than a minute ahead of Kenya's Faith
Wanjiru.

Gebre, 26, made her marathon debut in Dubai in January 2023 and finished fourth in Valencia
last December. She broke away from the leading group at 32 kilometres.

"I train with my group every Saturday in Sendafa, on hills like these," she said.

Gebre will run the world championships in Tokyo in September. The race, first held in 1986,
drew 14,800 finishers this year. Next year's race will be held on 26 April 2026, the
organisers said.""",
        (
            expect("2025-04-27", "marathon"),
            expect("2023-01", "debut"),
            expect("2024-12", "valencia"),
            expect("2025-09", "championship", planned=True),
            expect("1986", "held"),
            expect("2026-04-26", "race", planned=True),
        ),
    ),
    Text(
        "bank_timeline",
        "company history of a bank (HTML)",
        None,
        """<section id="history">
<h2>Our history</h2>
<p>For more than 150 years, Banca Popolare di Lecco has served families and businesses on
the shores of Lake Como.</p>
<ul class="timeline">
  <li><strong>1872</strong> - The bank is founded by silk merchants of Lecco.</li>
  <li><strong>c. 1900</strong> - The first branch outside Lecco opens, in Como.</li>
  <li><strong>1927, 1931 and 1936</strong> - The bank absorbs three rural savings banks in
  the Valsassina.</li>
  <li><strong>28 April 1944</strong> - The head office is damaged in an air raid.</li>
  <li><strong>Since 2016</strong> - The bank is part of the Adda Banking Group.</li>
  <li><strong>2026</strong> - The new headquarters in Via Cavour is planned to open.</li>
</ul>
<p class="note">Our branches are open Monday to Friday, 8.30 to 13.30.</p>
</section>""",
        (
            expect("1872", "found"),
            expect("1900~", "branch"),
            expect("1927", "savings"),
            expect("1931", "savings"),
            expect("1936", "savings"),
            expect("1944-04-28", "damag"),
            expect("2016/..", "group"),
            expect("2026", "headquarters", planned=True),
        ),
    ),
    Text(
        "dniester_mission",
        "mission summary of an EU monitoring mission",
        None,
        """EUROPEAN UNION MONITORING MISSION TO THE DNIESTER (EUMMD)
Mission summary - factsheet, May 2024

Mandate
The mission was established on 14 June 2019 to monitor the security situation along the
Dniester river and to support confidence building between the two banks. It reached full
operational capability by 1 October 2019. Its current mandate is to expire on 30 June 2026.

Activities
Since January 2023, the mission has maintained a permanent presence at the Varnita field
office. From 15 to 19 March 2024, monitors conducted 64 patrols along the river, the largest
number in a single week since the mission began. A joint incident review with both sides took
place around 10 April.

Monitors report weekly to Brussels and to the capitals of the Member States.

Staff: about 120 monitors from 21 Member States. Head of Mission: Ambassador Kaisa Lindqvist.""",
        (
            expect("2019-06-14", "establish"),
            expect("../2019-10-01", "operational"),
            expect("2026-06-30", "mandate", planned=True),
            expect("2023-01/..", "presence"),
            expect("2024-03-15/2024-03-19", "patrol"),
            expect("2024-04-10~", "review"),
        ),
    ),
    Text(
        "border_reopening",
        "government statement",
        date(2025, 9, 5),
        """MINISTRY OF INTERNAL AFFAIRS
Statement on the Dolni Breg border crossing

The Ministry of Internal Affairs announces that the Dolni Breg border crossing will reopen to
passenger traffic on Monday.

The crossing was closed on 17 February 2024, after inspectors found that the bridge over the
Pcinja could no longer carry traffic safely. Repair works began on or about 3 June 2024 and
were completed by 29 August 2025. Minister Ilija Stojanovski inspected the bridge on
Wednesday together with the contractor.

Freight traffic is to resume on 1 October, once the new weighing station is in service.

The crossing will be staffed around the clock. Traffic at Dolni Breg in 2023 was the busiest
since 2019, and the Ministry expects similar volumes.""",
        (
            expect("2025-09-08", "reopen", planned=True),
            expect("2024-02-17", "clos"),
            expect("2024-06-03~", "repair"),
            expect("../2025-08-29", "complet"),
            expect("2025-09-03", "inspect"),
            expect("2025-10-01", "freight", planned=True),
        ),
    ),
    Text(
        "shipyard_page",
        "HTML page of a news site with a key dates box",
        date(2025, 11, 20),
        """<header><a href="/">Ostsee-Kurier</a> | <a href="/wirtschaft">Business</a></header>
<article>
<h1>Kessel shipyard workers accept closure plan</h1>
<p class="meta">By Jonas Brandt | Updated 20 November 2025, 14:02</p>
<figure><img src="kessel.jpg"><figcaption>The Kessel yard in Rostock. Photo: J. Brandt
</figcaption></figure>
<p>Workers at the Kessel shipyard in Rostock voted on Tuesday to accept the closure plan
negotiated by the union, ending 114 years of shipbuilding at the site.</p>
<p>The final vessel, the ferry Warnow, will be delivered to its owner on 12 December.</p>
<aside class="key-dates">
<h3>Key dates</h3>
<ul>
<li>1911: Yard founded by Heinrich Kessel</li>
<li>c. 1946: Yard reopens under state management</li>
<li>1991: Yard privatised</li>
<li>12 March 2020: Insolvency filed</li>
<li>2027: Site to be handed over to the port authority (planned)</li>
</ul>
</aside>
</article>
<footer>Share | Print | (c) 2025 Ostsee-Kurier</footer>""",
        (
            expect("2025-11-18", "vote"),
            expect("2025-12-12", "deliver", planned=True),
            expect("1911", "found"),
            expect("1946~", "reopen"),
            expect("1991", "privatis"),
            expect("2020-03-12", "insolvency"),
            expect("2027", "site", planned=True),
        ),
    ),
    Text(
        "energy_quarterly",
        "energy company quarterly operations update",
        None,
        """NORDHAV ENERGY ASA - THIRD QUARTER 2025 OPERATIONS UPDATE
Stavanger, 23 October 2025

Production
Net production averaged 41,300 barrels of oil equivalent per day (boe/d), the highest
quarterly rate since 2021. The Alder B platform was shut for planned maintenance from 4 to
19 August. First gas from the Kestrel tie-back was achieved on 2 September.

Renewables
The Skarv offshore wind farm, in which Nordhav holds 30%, has supplied power to the grid
since May 2024.

Portfolio
The sale of our 20% stake in the Tern licence closed on or about 30 September, subject to
final price adjustments.

Outlook
Drilling of the Rowan exploration well is expected to start in January 2026. Decommissioning
of the Heron platform will be completed by 2027.

Nordhav publishes operations updates every quarter; the next one is due with the annual
results.""",
        (
            expect("2025-08-04/2025-08-19", "maintenance"),
            expect("2025-09-02", "gas"),
            expect("2024-05/..", "power"),
            expect("2025-09-30~", "sale"),
            expect("2026-01", "rowan", planned=True),
            expect("../2027", "decommission", planned=True),
        ),
    ),
    Text(
        "ombudsman_report",
        "ombudsman's annual report section",
        None,
        """Parliamentary Ombudsman - Annual Report 2024
Chapter 3: Social security

3.2 Delays in disability benefit decisions

The Pension Agency introduced a new case-management system in about October 2023. Complaints
to this Office about waiting times rose sharply soon afterwards, and in 2024 they were the
most numerous since 2016.

On 8 February 2024 the Ombudsman opened an own-initiative inquiry into the delays. Our
report was published on 11 July 2024 and made six recommendations. The Minister of Social
Affairs accepted all six recommendations on 2 September.

Since March 2024 the Agency has published its processing times on its website every month.
It told us that its backlog had been cleared by 31 December 2024; we have not yet verified
this. A follow-up review will take place in 2025.

Case reference: OMB 2024/0317""",
        (
            expect("2023-10~", "system"),
            expect("2024-02-08", "inquiry"),
            expect("2024-07-11", "report"),
            expect("2024-09-02", "recommendation"),
            expect("2024-03/..", "processing"),
            expect("../2024-12-31", "backlog"),
            expect("2025", "review", planned=True),
        ),
    ),
    Text(
        "heritage_listing",
        "ministry of culture statement",
        date(2025, 6, 27),
        """MINISTRY OF CULTURE AND MEDIA
Zagreb, 27 June 2025

Rijeka paper mill listed as protected cultural property

The Minister of Culture and Media yesterday signed the decision listing the former paper mill
on the Rjecina river in Rijeka as a protected cultural property.

The mill was founded in 1821 and was for decades one of the largest industrial plants on the
Adriatic. Paper production ceased around 2005. The east wing was possibly built in 1867; the
surviving plans do not settle its date.

The Ministry's conservation department began its assessment of the site in November 2023.
The listing will take effect on 1 July.

The site can be visited on guided tours, offered every first Sunday of the month by the City
Museum of Rijeka.""",
        (
            expect("2025-06-26", "list"),
            expect("1821", "found"),
            expect("2005~", "production"),
            expect("1867?", "wing"),
            expect("2023-11", "assessment"),
            expect("2025-07-01", "effect", planned=True),
        ),
    ),
    Text(
        "court_roundup",
        "local newspaper court roundup",
        date(2025, 2, 14),
        """THORNBURY GAZETTE - COURT ROUNDUP

Cable thief jailed
A Thornbury man who stole 200 metres of copper cable from a railway depot on or about
3 November last year was jailed for eight months at Bristol Crown Court on Monday. Dean
Hollis, 34, of Castle Street, admitted theft.

Cafe owner fined
The owner of the Riverside Cafe in Oldbury was fined 2,400 pounds by magistrates on
Wednesday for hygiene breaches found at an inspection on 9 January.

Driver admits dangerous driving
A 19-year-old driver from Alveston admitted dangerous driving on the A38 and will be
sentenced on 7 March. He was released on bail.

North Avon Magistrates sit every Tuesday and Thursday.""",
        (
            expect("2024-11-03~", "cable"),
            expect("2025-02-10", "jail"),
            expect("2025-02-12", "fine"),
            expect("2025-01-09", "inspection"),
            expect("2025-03-07", "sentenc", planned=True),
        ),
    ),
    Text(
        "cruise_report",
        "research vessel cruise report summary",
        None,
        """RV SKAGERAK - Cruise SK-118
Cruise report: summary

Chief scientist: Dr. Annika Holm, Institute for Marine Research, Bremerhaven

RV Skagerak sailed from Bremerhaven on 6 May 2024 and reached the Porcupine Abyssal Plain on
11 May. CTD stations were occupied from 12 to 20 May along a 400-km section. The deep
mooring PAP-3, deployed in about June 2022, was recovered on 22 May with all its
instruments. Surface waters were the warmest recorded on this section since 2003.

The vessel arrived in Galway on 29 May. Samples will be analysed by December 2024, and the
data will then be submitted to the national data centre.

Table 1. Stations: CTD 41 | Multicorer 12 | Plankton nets 18""",
        (
            expect("2024-05-06", "sail"),
            expect("2024-05-11", "reach"),
            expect("2024-05-12/2024-05-20", "ctd"),
            expect("2022-06~", "deploy"),
            expect("2024-05-22", "recover"),
            expect("2024-05-29", "arriv"),
            expect("../2024-12", "analys", planned=True),
        ),
    ),
    Text(
        "charity_update",
        "charity fundraising campaign update",
        date(2025, 8, 14),
        """Clearwater Wells Trust
Campaign update: Water for Turkana

Thank you! Launched on 1 March, our Water for Turkana appeal has now raised 412,000 pounds.

Government match-funding of about 150,000 pounds was confirmed in May, and on Monday the
first borehole in Lokitaung was completed, bringing clean water to some 2,000 people.

The appeal is expected to reach its 600,000-pound target by 31 October. A sponsored walk
along the Thames will take place on Saturday 20 September - sign up on our website.

Clearwater has worked in northern Kenya since 2009. Our volunteers meet every second
Wednesday at the Bristol office.

Registered charity no. 1104872""",
        (
            expect("2025-03-01", "launch"),
            expect("2025-05", "match"),
            expect("2025-08-11", "borehole"),
            expect("../2025-10-31", "target", planned=True),
            expect("2025-09-20", "walk", planned=True),
            expect("2009/..", "kenya"),
        ),
    ),
    Text(
        "transport_notice",
        "public transport service change notice",
        date(2025, 12, 1),
        """NORTHLINK BUSES - SERVICE CHANGE NOTICE

Route 22 will be extended to Westfield Hospital on Sunday 14 December. Buses will run every
12 minutes Monday to Saturday and every 20 minutes on Sundays.

Route 7 was withdrawn on 30 November; passengers can use route 22 or route 9 instead.

Night buses will not run from 24 to 26 December.

The temporary stop on Mill Lane has been in use since 3 November and will stay there until
the roadworks on Station Road are finished. The roadworks are expected to be finished by
9 January 2026.

Timetables valid from 14 December are available at stations and on northlink.example.
Northlink Buses, Customer Services, 0800 555 0100""",
        (
            expect("2025-12-14", "extend", planned=True),
            expect("2025-11-30", "withdraw"),
            expect("2025-12-24/2025-12-26", "night", planned=True),
            expect("2025-11-03/..", "stop"),
            expect("../2026-01-09", "roadwork", planned=True),
        ),
    ),
    Text(
        "memoir_excerpt",
        "memoir excerpt in the first person",
        None,
        """From "The Two Shores", chapter 3

I was born in Oran on 19 August 1948, in a flat above my grandfather's bakery. We left for
Marseille one summer when I was a boy, with two suitcases each, and I remember nothing of the
crossing except the smell of diesel.

My father found work at the docks in about 1963. He went out every morning at five and came
back smelling of grain. I married Helene on 2 June 1971, at the town hall of the third
arrondissement, and our son Marc was born the following year.

I probably first went back to Oran in 1984, though Helene insists it was later. Since 1990 I
have kept a small bookshop on the rue Paradis, and I still drive our 1978 Renault to the
market on Saturdays.""",
        (
            expect("1948-08-19", "born"),
            expect("1963~", "dock"),
            expect("1971-06-02", "marri"),
            expect("1972", "son"),
            expect("1984?", "back"),
            expect("1990/..", "bookshop"),
        ),
    ),
)
