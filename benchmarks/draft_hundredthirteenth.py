"""A hundred-and-thirteenth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
geological survey's earthquake swarm update, a folk museum's history, a planning inspector's
appeal decision on a wind farm, a field archaeologist's site diary, a lido's opening times page
in HTML, a shipping company's new route press release, a judo championship report, a health
ministry's screening programme timetable, a chalk quarry's history, a church restoration appeal
letter and a carpet factory's history). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTEENTH_CORPUS",)

HUNDREDTHIRTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "shipyard-fire",
        "wire story with a dateline",
        date(2025, 6, 12),
        """GDANSK, June 12 (Baltic Wire) - Fire tore through a dry dock at the Wisla Nova shipyard
on Tuesday, damaging a half-built ferry and forcing the evacuation of some 300 workers, the
regional fire service said.

Nobody was seriously hurt. Firefighters needed about six hours to bring the blaze under
control; it was the largest fire at a Polish yard since 1981, a union official said.

Labour inspectors had visited the dock on May 28 and found no breach of safety rules,
according to a report seen by Baltic Wire.

Wisla Nova, founded in 1947 as a state repair yard, has been in receivership since March 2023.
Its administrator, Marek Zielinski, said the ferry, ordered by a Norwegian operator in 2021,
would be rebuilt but could not say when. Her keel was laid on or about 4 November 2024. The
yard had already halved its workforce before
January 2023, according to court filings.

A creditors' hearing is scheduled for Monday at the district court in Gdansk. Zielinski said
work would continue on the undamaged slipways, where crews work every Saturday to make up for
lost time.

Fire service spokeswoman Anna Kurek asked witnesses to call +48 58 344 2019.

(Reporting by Piotr Nowak; Editing by Helen Marsh)""",
        (
            expect("2025-06-10", "fire"),
            expect("2025-05-28", "inspector"),
            expect("1947", "found"),
            expect("2023-03/..", "receivership"),
            expect("2021", "order"),
            expect("2024-11-04~", "keel"),
            expect("../2023-01", "workforce"),
            expect("2025-06-16", "hearing", planned=True),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Fjordlys Energi to build battery recycling plant in Mo i Rana

OSLO, Norway, 3 February 2025 - Fjordlys Energi AS today announced a battery recycling plant
in Mo i Rana, northern Norway, its first full-scale site.

Construction is scheduled to begin in April 2025, and first production is expected in October
2026. The plant is designed to process about 20,000 tonnes of used batteries a year and will
employ some 140 people.

The company signed a 30-year land lease with Rana municipality on 28 January. Enova, the state
energy agency, awarded the project a grant of NOK 180 million on 12 December 2024.

Fjordlys was founded in 2016 by engineers from the former Helgeland smelter and has recycled
lithium-ion cells on a pilot line in Sandnessjoen since 2019.

"The 2030 climate targets leave no room for waiting," said chief executive Ingrid Saether.
"Mo i Rana gives us power, a port and people who know heavy industry."

About Fjordlys Energi
Fjordlys Energi AS recovers lithium, nickel and cobalt from electric vehicle batteries. The
company employs 65 people and is owned by its founders and the investment fund Nordvik
Kapital.

Media contact:
Kari Holm, Head of Communications
+47 915 20 26 | press@fjordlys.example

###""",
        (
            expect("2025-02-03", "announce"),
            expect("2025-04", "construction", planned=True),
            expect("2026-10", "production", planned=True),
            expect("2025-01-28", "lease"),
            expect("2024-12-12", "grant"),
            expect("2016", "found"),
            expect("2019/..", "pilot"),
        ),
    ),
    Text(
        "grain-elevator-appeal",
        "court opinion",
        None,
        """United States Court of Appeals
For the Eighth Circuit
___________________________
No. 23-1874
___________________________
Harlan Grain Cooperative, Plaintiff - Appellant
v.
Midwest Rail Terminals, Inc., Defendant - Appellee
____________
Appeal from United States District Court for the District of Nebraska
____________
Submitted: January 16, 2024
Filed: March 4, 2024
____________
Before LORING, ABARCA, and WHITCOMB, Circuit Judges.
____________
WHITCOMB, Circuit Judge.

Harlan Grain Cooperative sued Midwest Rail Terminals for breach of a storage contract after a
grain bin at Midwest's elevator in Gothenburg, Nebraska collapsed on or about October 3, 2021.
The district court granted summary judgment to Midwest on August 9, 2023, and Harlan appealed.
We affirm.

I.

The parties signed a five-year storage agreement on June 1, 2018. Section 7.2 required Harlan
to give written notice of any claim within ninety days of a loss. Harlan sent its first notice
on February 14, 2022. Midwest's maintenance log shows that it inspected the bin in 2019 and
2020 and that it had replaced the bin's anchor bolts by May 2021.

Harlan argues that the notice clause, drawn from the 1994 Model Storage Terms, is unenforceable
because Midwest knew of the loss at once. The district court rejected that argument, and so do
we.

II.

We review a grant of summary judgment de novo. The ninety-day period expired on or about
January 1, 2022. Harlan's letter came six weeks later. Nebraska courts have enforced such
clauses for decades, and Harlan points to no case holding otherwise.

AFFIRMED.""",
        (
            expect("2021-10-03~", "collapse"),
            expect("2023-08-09", "judgment"),
            expect("2018-06-01", "agreement"),
            expect("2022-02-14", "notice"),
            expect("2019", "inspect"),
            expect("2020", "inspect"),
            expect("../2021-05", "bolt"),
            expect("2022-01-01~", "expire"),
        ),
    ),
    Text(
        "kessling-canal",
        "encyclopedia history",
        None,
        """Kessling Canal

The Kessling Canal is a 42-kilometre navigation linking the river Aller at Kessling with the
Weser basin. It climbs through 17 locks and passes under the Hohe Geest ridge in a 1,812-metre
tunnel.

History

Construction began in 1792 under the engineer Tobias Arndt, and the first section, from
Kessling to Oberhof, opened in 1797. Work stopped during the French occupation and resumed in
1809; the canal was completed c. 1815. Tolls were set under the 1844 Navigation Act, which
governed the canal for the rest of the century.

Coal, timber and grain made up most of the traffic. A railway along the valley opened in 1871,
and commercial traffic on the canal ceased before 1930. The Kessling basin was filled in and
the upper locks fell derelict.

The canal was listed as a protected monument in 1978 and has been maintained by the Kessling
Canal Trust since 1991. Restoration of the Oberhof lock flight is expected to be completed in
2027, which would reopen the full length to small boats.

See also
- List of canals in Lower Saxony
- Tobias Arndt""",
        (
            expect("1792", "construction"),
            expect("1797", "section"),
            expect("1809", "resum"),
            expect("1815~", "complet"),
            expect("1871", "railway"),
            expect("../1930", "traffic"),
            expect("1978", "monument"),
            expect("1991/..", "trust"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "rovers-winless-run",
        "sports report",
        date(2024, 9, 23),
        """Rovers end winless run as Okoye strikes twice

By Tom Haskins, Sports Reporter

Ridgeford Rovers 3 Calder Town 1

Ridgeford Rovers finally won again on Saturday, beating Calder Town at Mill Lane to end a run
of eleven league matches without a victory.

Striker Jamal Okoye, signed from Harrowgate in January, scored twice before half-time, and
substitute Dan Pryce added a third late on. Calder's consolation came from a penalty.

It was the third match in charge for manager Lee Barrett, who was appointed on 2 September,
five days after Gary Fenn was sacked on 28 August. "The lads have trained every Thursday night
as well as the usual sessions," Barrett said. "It showed."

Rovers, relegated in 2022, climb to 17th. The crowd of 4,112 was the biggest at Mill Lane since
2019.

Rovers travel to Ashby on Wednesday in the second round of the League Cup, and the club will
open its rebuilt East Stand on 5 October against Whitby.

Attendance: 4,112. Referee: M. Dunmore.""",
        (
            expect("2024-09-21", "calder"),
            expect("2024-01", "sign"),
            expect("2024-09-02", "appoint"),
            expect("2024-08-28", "sack"),
            expect("2022", "relegat"),
            expect("2024-09-25", "ashby", planned=True),
            expect("2024-10-05", "stand", planned=True),
        ),
    ),
    Text(
        "halvorsen-biscuits",
        "company history",
        None,
        """Halvorsen & Daughters - Our story

Anna Halvorsen opened a small bakery on Kong Oscars gate in Bergen in 1898, selling ship's
biscuits to the fishing fleet. Her daughters Marit and Sigrid joined the business, and in 1912
the firm moved into a purpose-built factory on Strandgaten.

Around 1925 Halvorsen began exporting crispbread to Scotland and the Faroe Islands, and by 1930
it had become the largest biscuit maker in western Norway.

The factory was closed from April 1940 to May 1945, when flour was rationed and part of the
building was requisitioned. Production restarted with a single oven.

Our best-known product, the Fjellkjeks oat biscuit, was launched in 1963, and the company was
listed on the Oslo Stock Exchange the following year. The 1950 Crown recipe, still baked by
hand for Christmas, is older still.

Since 2008 Halvorsen & Daughters has been owned by the Norwegian food group Nordmat, which kept
the family name and the Bergen site. A new production line at Ytre Laksevag is scheduled to
start in 2026.

Every December our bakers open the factory shop for a week of tastings.

Halvorsen & Daughters AS - Strandgaten 112, 5013 Bergen - Org. no. 911 898 463""",
        (
            expect("1898", "bakery"),
            expect("1912", "factory"),
            expect("1925~", "export"),
            expect("../1930", "largest"),
            expect("1940-04/1945-05", "closed"),
            expect("1963", "launch"),
            expect("1964", "listed"),
            expect("2008/..", "own"),
            expect("2026", "production", planned=True),
        ),
    ),
    Text(
        "argos-lunar-orbiter",
        "mission summary",
        None,
        """ARGOS-2 Lunar Orbiter - Mission Summary

Mission ID: NSA-2017-04
Agency: Nordic Space Agency
Spacecraft mass at launch: 1,650 kg

Development of ARGOS-2 began around 2014 under the agency's lunar programme. The
spacecraft was launched on 14 March 2019 on a Vega-C rocket from Kourou, French Guiana. After a
low-energy transfer, the spacecraft entered lunar orbit on 2 April and reached its 100 km
mapping orbit nine days later.

The primary mission mapped water ice in permanently shadowed craters near the south pole. The
mission was extended in 2021, and again the following year, to study the far side.

Controllers lost contact with ARGOS-2 on 9 November 2023, probably after a thruster valve
failed. The orbiter is believed to have struck the far side on or about 17 November 2023; no
impact flash was seen from Earth.

All ARGOS-2 data will be released to the public in June 2025 through the agency's planetary
archive.

Key facts
- Orbit: 100 km polar
- Instruments: 6
- Images returned: 2,134,000

Page last updated: 3 March 2024""",
        (
            expect("2014~", "development"),
            expect("2019-03-14", "launch"),
            expect("2019-04-02", "orbit"),
            expect("2019-04-11", "mapping"),
            expect("2021", "extend"),
            expect("2022", "extend"),
            expect("2023-11-09", "contact"),
            expect("2023-11-17~", "struck"),
            expect("2025-06", "data", planned=True),
        ),
    ),
    Text(
        "lenne-flood-statement",
        "government statement",
        None,
        """Ministry of Infrastructure and Water Management
Press statement - 18 November 2024

Flooding in the Lenne valley: government response

Heavy rain from 9 to 12 November caused the river Lenne to burst its banks in five
municipalities. Some 2,300 homes were flooded and two people lost their lives. It was the worst
flooding in the valley since 1993.

The government declared a state of emergency for the Lenne valley on 13 November. Since 14
November, 600 soldiers have been helping to fill sandbags, clear roads and evacuate residents.
All five municipalities had reported their damage to the ministry by 16 November.

The dykes at Altena, last reinforced in 2009, held. The Minister has asked the Water Board to
report on the dykes upstream, which are inspected every spring.

The Cabinet will decide on a relief package on Friday. Residents can find information on
compensation under the Flood Protection Act 2017 at the government's website or call the
hotline on 0800 2024 113.

Note for editors: for more information, contact the press office on +31 70 456 7000.""",
        (
            expect("2024-11-09/2024-11-12", "rain"),
            expect("2024-11-13", "emergency"),
            expect("2024-11-14/..", "soldier"),
            expect("../2024-11-16", "damage"),
            expect("2009", "reinforc"),
            expect("2024-11-22", "relief", planned=True),
        ),
    ),
    Text(
        "eastgate-library-reopens",
        "HTML page (news page with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Eastgate Library reopens | Eastgate Town Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<article>
<h1>Eastgate Library reopens after renovation</h1>
<p class="meta">Posted on 6 May 2025 by Communications Team</p>
<p>Eastgate Library reopened on Saturday after an 18-month renovation, with more than 900
visitors through the doors on the first day.</p>
<p>The library closed in November 2023 so that builders could repair the roof, add a lift and
rewire the building. The Grade II listed library was built in 1911 with a grant from the
Carnegie trust, and its roof was last replaced around 1975.</p>
<p>The Friends of Eastgate Library, who have raised money for the library since 1986, paid
for the new children's corner.</p>
<p>A cafe run by the social enterprise Second Cup will open in the entrance hall on 1 June.</p>
<h2>Opening hours</h2>
<ul>
<li>Monday to Friday: 9:00 to 19:00</li>
<li>Saturday: 9:00 to 16:00</li>
<li>Story time: every Wednesday at 10:30</li>
</ul>
</article>
<footer>&copy; 2025 Eastgate Town Council &middot; Tel. 01632 960 1911</footer>
</body>
</html>""",
        (
            expect("2025-05-03", "reopen"),
            expect("2023-11", "closed"),
            expect("1911", "built"),
            expect("1975~", "roof"),
            expect("1986/..", "raise"),
            expect("2025-06-01", "cafe", planned=True),
        ),
    ),
    Text(
        "hvalfell-swarm-update",
        "geological survey's earthquake swarm update",
        None,
        """NORTHERN GEOLOGICAL SURVEY - VOLCANO AND EARTHQUAKE MONITORING
Hvalfell earthquake swarm: Update No. 7
Issued Thursday 21 August 2025, 14:00 UTC

Summary
The earthquake swarm beneath the Hvalfell ridge, which began on 2 August, continues at a lower
rate. Seismicity has been declining since 15 August.

Activity
About 1,840 earthquakes have been located since the swarm began, at depths of 5 to 8 km. The
largest, a magnitude 4.6 earthquake, occurred at 03:12 on 9 August and was felt in Husavik. It
was the strongest earthquake in the area since 1998.

Deformation
GPS station HV19 recorded about 3 cm of uplift between 1 July and 20 August, which suggests
that magma is accumulating at depth.

Hazard
The aviation colour code has been Yellow since 4 August. No eruption is expected in the coming
days, but the situation can change quickly.

Next steps
A field team will install three additional seismometers on the ridge on Tuesday. The previous
swarm at Hvalfell, in 2014, lasted about three weeks and ended without an eruption.

Updates are issued every Thursday, or sooner if activity changes.
Duty volcanologist: +354 522 6000""",
        (
            expect("2025-08-02", "swarm"),
            expect("2025-08-15/..", "declin"),
            expect("2025-08-09", "magnitude"),
            expect("2025-07-01/2025-08-20", "uplift"),
            expect("2025-08-04/..", "yellow"),
            expect("2025-08-26", "seismometer", planned=True),
            expect("2014", "swarm"),
        ),
    ),
    Text(
        "skarvik-folk-museum",
        "folk museum's history",
        None,
        """Skarvik Folk Museum - The history of the museum

The museum began as the private collection of the schoolteacher Olav Brekke, who started
gathering farm tools, textiles and carved chests from the parish about 1905.

In 1921 the parish council bought the Nordgard farm to house the collection, and the museum
opened to visitors on 24 June 1923, Midsummer Day. Old buildings were brought from across the
district: the smokehouse from Lia, built around 1650, was moved to the museum in 1934.

The museum was closed from 1940 to 1945, and part of the collection was hidden in the church
loft. The main exhibition hall opened in 1968.

Since 2004 the museum has been part of the Regional Museum Foundation, which employs its four
permanent staff. A new textile store, paid for by the county, will open in 2026.

Visiting
The open-air museum is open from June to August. Every Sunday in July there is folk dancing on
the farmyard. Admission NOK 120, children free.
Skarvik Folk Museum, Nordgardvegen 19, 6823 Skarvik - tel. 57 86 19 05""",
        (
            expect("1905~", "gather"),
            expect("1921", "farm"),
            expect("1923-06-24", "open"),
            expect("1650~", "smokehouse"),
            expect("1934", "moved"),
            expect("1940/1945", "closed"),
            expect("1968", "hall"),
            expect("2004/..", "foundation"),
            expect("2026", "textile", planned=True),
        ),
    ),
    Text(
        "bryn-uchaf-wind-farm-appeal",
        "planning inspector's appeal decision on a wind farm",
        None,
        """Appeal Decision
by R. Pritchard BA (Hons) MRTPI
an Inspector appointed by the Welsh Ministers
Decision date: 29 July 2025

Appeal Ref: APP/K6920/W/24/3345678
Site: Land at Bryn Uchaf, near Llanfair Talhaearn

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The appeal is made by Bryn Uchaf Wind Ltd against the decision of Conwy Vale County Council.
- The application, for eight wind turbines of up to 149.9 m to blade tip, was submitted on
  2 October 2023.
- The application was refused by notice dated 14 March 2024.

Decision
1. The appeal is allowed and planning permission is granted subject to the conditions in the
   attached schedule.

Procedural matters
2. The inquiry sat for four days, from 3 to 6 June 2025. I made an unaccompanied visit to the
   site and its surroundings on 2 June and an accompanied site visit on 5 June.

Main issues
3. The Council adopted its Local Development Plan in 2018. Policy EN7 supports renewable
   energy where effects on landscape are acceptable. The Council's landscape officer had
   withdrawn her objection by January 2025. The appellant expects construction to
   begin in 2026 if permission is granted.
4. Residents told the inquiry that the hills are walked every weekend. I have given weight to
   their evidence, but the turbines would be seen from the summit path for less than 1,500 m.""",
        (
            expect("2023-10-02", "submit"),
            expect("2024-03-14", "refus"),
            expect("2025-06-03/2025-06-06", "inquiry"),
            expect("2025-06-02", "visit"),
            expect("2025-06-05", "visit"),
            expect("2018", "plan"),
            expect("../2025-01", "objection"),
            expect("2026", "construction", planned=True),
        ),
    ),
    Text(
        "harrow-hill-site-diary",
        "field archaeologist's site diary",
        None,
        """Harrow Hill round barrow - site diary, Trench 2 (J. Okafor)
Grid ref. SU 1895 4321

Mon 7 July 2025. Topsoil stripped by machine under supervision. The ring ditch shows as a dark
band in the chalk on the west side. Weather dry and hot.

Tue 8 July. Hand-cleaned the whole trench. Ditch clear all the way round; about 14 m across.
Planned and photographed before lunch. We start at 8 every morning to beat the heat.

Thu 10 July. Found a Collared Urn, upside down, in the upper ditch fill (context 2043). Burnt
bone inside. Lifted it whole in a plaster jacket.

Sat 12 July. Open day - about 250 visitors. Several asked about the Rev. Ashworth, who dug into
the mound in 1852 and reported "nothing but ashes". His trench shows clearly in the section.

Mon 14 July. Sent charcoal from the urn pit to the lab; they say the radiocarbon results will
come in August. Farmer says the field was last ploughed around 1962, which fits the shallow
plough scars.

Backfilling is planned for 25 July.""",
        (
            expect("2025-07-07", "strip"),
            expect("2025-07-08", "clean"),
            expect("2025-07-10", "urn"),
            expect("2025-07-12", "open day"),
            expect("1852", "ashworth"),
            expect("2025-07-14", "charcoal"),
            expect("2025-08", "result", planned=True),
            expect("1962~", "plough"),
            expect("2025-07-25", "backfill", planned=True),
        ),
    ),
    Text(
        "marsh-lane-lido-times",
        "lido's opening times page in HTML",
        date(2025, 4, 3),
        """<html>
<head><title>Opening times - Marsh Lane Lido</title></head>
<body>
<header><h1>Marsh Lane Lido</h1><p>Unheated? Never. Our 50 m pool is kept at 24&deg;C.</p></header>
<main>
<h2>Opening times</h2>
<p>The lido opens for the 2025 season on <strong>Saturday 17 May</strong> and will close on
<strong>Sunday 14 September</strong>.</p>
<table>
<tr><th>Days</th><th>Hours</th></tr>
<tr><td>Monday to Friday</td><td>6:30 to 20:00</td></tr>
<tr><td>Saturday and Sunday</td><td>8:00 to 18:00</td></tr>
</table>
<p>Early bird lane swimming runs every weekday from 6:30. Adult sessions every Tuesday evening.</p>
<p class="notice">The pool will be closed to the public from 2 to 4 June for the county
schools swimming gala.</p>
<h2>About the lido</h2>
<p>Built by the borough in 1936, the lido was closed by the council in 1989. Volunteers
formed the Marsh Lane Lido Trust in 2004, and the pool reopened on 1 July 2006. The Trust has
leased the site from the council since 2005.</p>
<p>Season tickets: adult &pound;1,950 for a family of four, &pound;240 single.</p>
</main>
<footer>Marsh Lane Lido Trust, registered charity 1103629 &middot; 01632 961 936</footer>
</body>
</html>""",
        (
            expect("2025-05-17", "open", planned=True),
            expect("2025-09-14", "close", planned=True),
            expect("2025-06-02/2025-06-04", "gala", planned=True),
            expect("1936", "built"),
            expect("1989", "closed"),
            expect("2004", "trust"),
            expect("2006-07-01", "reopen"),
            expect("2005/..", "lease"),
        ),
    ),
    Text(
        "rotterdam-aberdeen-service",
        "shipping company's new route press release",
        None,
        """PRESS RELEASE

North Sea Link Lines launches Rotterdam - Aberdeen container service

ROTTERDAM, 11 March 2025 - North Sea Link Lines (NSLL) will open a new weekly container
service between Rotterdam and Aberdeen, with the first sailing scheduled for 7 April.

The service will call at Rotterdam's Waalhaven every Monday and at Aberdeen South Harbour every
Thursday, offering a transit time of 60 hours. It replaces a Rotterdam - Aberdeen service that
NSLL suspended in October 2023 when fuel costs rose.

The company took delivery of the 1,100-TEU vessel Nordkapp (IMO 9876543) on 20 February and
will deploy her on the route. A second vessel is expected to join the service in September.
Bookings opened on Monday.

"Aberdeen is moving from oil to offshore wind, and that means cargo," said commercial
director Femke de Wit.

About North Sea Link Lines
Founded in 1978, North Sea Link Lines has operated from Rotterdam's Waalhaven since 1985. Its
fleet of 14 ships links the Netherlands with ports in the United Kingdom, Ireland and Norway.

Press contact: Joost Verbeek, +31 10 298 1978, press@nsll.example""",
        (
            expect("2025-04-07", "sailing", planned=True),
            expect("2023-10", "suspend"),
            expect("2025-02-20", "delivery"),
            expect("2025-09", "second vessel", planned=True),
            expect("2025-03-10", "booking"),
            expect("1978", "found"),
            expect("1985/..", "waalhaven"),
        ),
    ),
    Text(
        "kovac-european-judo",
        "judo championship report",
        date(2025, 4, 28),
        """JUDO

Kovac wins second European title on her comeback

By Mateja Zupan

Slovenia's Lara Kovac won the women's under-70kg title at the European Judo Championships in
Varna, throwing Germany's Anke Roth for ippon after 2:14 of the final on Saturday.

The championships ran from Thursday to Sunday, with 380 judoka from 44 countries. Slovenia
finished with two golds and a bronze, its best haul since 2011.

Kovac, 29, first won the European title in 2022. She tore a knee ligament in March 2024 and
missed the Olympic Games, then returned to competition at the Tbilisi Grand Slam in
February.

"I was doing weights every morning at seven for a year," she said. "Today paid for all of it."

Kovac has been coached by Bostjan Mlakar since 2017. Mlakar said she would rest for two weeks
before the world championships
in Budapest, which are scheduled from 13 to 20 June.

Varna is bidding to stage the 2029 European Championships.

Results, women's under-70kg: 1. Lara Kovac (SLO); 2. Anke Roth (GER); 3. Elise Marchand (FRA)
and Sara Vidal (ESP).""",
        (
            expect("2025-04-26", "final"),
            expect("2025-04-24/2025-04-27", "championship"),
            expect("2022", "title"),
            expect("2024-03", "ligament"),
            expect("2025-02", "return"),
            expect("2017/..", "coach"),
            expect("2025-06-13/2025-06-20", "world", planned=True),
        ),
    ),
    Text(
        "bowel-screening-timetable",
        "health ministry's screening programme timetable",
        None,
        """Ministry of Health
Published 9 January 2025

Bowel cancer screening: timetable for extending the programme to people aged 50 to 59

The national bowel cancer screening programme, which has invited people aged 60 to 74 every
two years since 2016, will be extended to everyone aged 50 to 59 in three phases.

Background
The programme was piloted in two regions from 2012 to 2014. Home test kits (FIT) replaced the
older guaiac test in 2019. The National Screening Committee recommended the extension on
14 November 2024, and the Minister accepted its advice on 6 December.

Timetable
- Phase 1: invitations to people aged 56 to 59 will start on 1 April 2025.
- Phase 2: people aged 53 to 55 are scheduled to be invited from January 2026.
- Phase 3: all remaining people aged 50 to 52 will be invited no later than April 2027.

What you need to do
Nothing. You will receive a letter and a test kit in the post. Screening is offered under the
Public Health Act 2008 and is free.

Screening helpline: 0800 707 2025 (weekdays 8:00 to 18:00)""",
        (
            expect("2016/..", "invite"),
            expect("2012/2014", "pilot"),
            expect("2019", "kit"),
            expect("2024-11-14", "recommend"),
            expect("2024-12-06", "accept"),
            expect("2025-04-01", "phase 1", planned=True),
            expect("2026-01", "phase 2", planned=True),
            expect("../2027-04", "phase 3", planned=True),
        ),
    ),
    Text(
        "cold-down-chalk-quarry",
        "chalk quarry's history",
        None,
        """Cold Down Quarry: a history

Quarrying on an industrial scale began at Cold Down in 1863, when the Wessex Lime Company built
the first draw kilns beside the Salisbury road. A narrow-gauge tramway linked the pit to the
railway at Tidworth Halt by 1880.

At its peak, around 1910, the quarry employed some 240 men and boys, and the working face was
more than 1,200 feet long. The company added a whiting works in 1924, making fine chalk powder
for putty and paint, and enlarged it the following year.

An accident on 6 February 1951 killed two workers when part of the face collapsed; the inquest
blamed blasting in frozen chalk.

Extraction ended in 1986. The pit has been a nature reserve since 1994 and is now known for
its chalk grassland orchids and the rare Adonis blue butterfly.

Visiting
The reserve is open every day from dawn to dusk. Guided walks take place on the first Sunday of
each month. SSSI unit reference 1001832. Wessex Downs Wildlife Trust, tel. 01722 886 063.""",
        (
            expect("1863", "kiln"),
            expect("../1880", "tramway"),
            expect("1910~", "employ"),
            expect("1924", "whiting"),
            expect("1925", "enlarge"),
            expect("1951-02-06", "accident"),
            expect("1986", "extraction"),
            expect("1994/..", "reserve"),
        ),
    ),
    Text(
        "st-wendreda-tower-appeal",
        "church restoration appeal letter",
        None,
        """St Wendreda's Church, Church Street, Northmarsh, PE15 9XY
Registered charity no. 1129480

3 October 2025

Dear Friend,

Save our tower

I am writing to ask for your help. The tower of St Wendreda's, built around 1480, has watched
over Northmarsh for more than five centuries. It now needs urgent repair.

In February this year a survey by our architect found deathwatch beetle in the oak bell frame
and cracks in the stonework of the belfry. On her advice, our bells have been silent since
9 March, the first time they have not rung for Sunday service since the war.

The last major restoration of the tower was completed in 1962. The work now needed will cost
about 85,000 pounds. The Diocese granted a faculty for the work on 16 September, and the
builders are scheduled to begin work on 12 January 2026.

A concert by the Fenland Chamber Choir on Saturday 8 November will launch our public appeal.
Every gift, however small, will help: please use the enclosed form or give online.

With thanks and good wishes,

The Revd Helen Carter
Vicar of Northmarsh
Tel. 01354 652 148""",
        (
            expect("1480~", "tower"),
            expect("2025-02", "survey"),
            expect("2025-03-09/..", "bell"),
            expect("1962", "restoration"),
            expect("2025-09-16", "faculty"),
            expect("2026-01-12", "work", planned=True),
            expect("2025-11-08", "concert", planned=True),
        ),
    ),
    Text(
        "kerr-carpet-mill",
        "carpet factory's history",
        None,
        """Kerr Brothers Carpets - A history of the Kilbarchan mill

The brothers James and Robert Kerr founded the mill in 1874 on the Locher Water at Kilbarchan,
weaving hand-knotted rugs for Glasgow merchants. The first power-driven Axminster looms were
installed about 1890, and the workforce had grown to some 400 by 1900.

The mill may have supplied the carpets for the liner Queen Mary's first-class lounge in 1936,
but no order book from those years survives.

From 1939 to 1945 the looms wove army blankets instead of carpet. A fire on the night of
14 December 1957 destroyed the weaving shed; it was rebuilt, and the mill reopened the
following year with looms bought from Kidderminster.

Since 2001 the business has been owned by the Renfrew Textile Group, which still weaves the
1911 Collection, the mill's oldest range of patterns, on the original jacquard cards.

Mill shop open Monday to Saturday, 10:00 to 17:00. Pattern No. 1874 rugs made to order.
Kerr Brothers Carpets, Mill Road, Kilbarchan PA10 2XX - 01505 702 874""",
        (
            expect("1874", "found"),
            expect("1890~", "loom"),
            expect("../1900", "workforce"),
            expect("1936?", "queen mary"),
            expect("1939/1945", "blanket"),
            expect("1957-12-14", "fire"),
            expect("1958", "reopen"),
            expect("2001/..", "own"),
        ),
    ),
)
