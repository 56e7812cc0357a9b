"""An eighty-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
telecom outage report, a racecourse history, a parish register transcription note, a film's
production history, a national park's fire season update, a school's history page in HTML, an
anti-doping panel decision, a heritage railway timetable notice, a trade fair announcement, an
abbey's history and a wire follow-up on a court case). Facts whose date a reader could take two
ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYSIXTH_CORPUS",)

EIGHTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dockworkers-strike",
        "wire story with a dateline",
        date(2024, 6, 5),
        """SETUBAL, Portugal, June 5 (Iberia Press) - Dockworkers at the port of Setubal walked
out on Monday, halting car exports and leaving some 30 ships waiting at anchor off the Sado
estuary, the dockers' union said.

The union first filed its pay claim in January, asking for a 9 percent rise. Talks with the
terminal operator collapsed on May 28 after the company offered 3.5 percent, which union
leader Marta Coelho called "an insult to people who work nights".

The port's container and ro-ro terminals have been run by Atlantis Terminals since 2009 under
a 30-year concession. The company said in a statement that the stoppage was the longest at the
port since 1998 and that it had "made a fair offer in difficult times".

A government-appointed mediator will meet both sides on Friday in Lisbon. The union said the
strike would continue until June 14 unless a new offer is tabled.

Carmakers that ship through Setubal said they were diverting vehicles to Leixoes and Sines.
The port normally handles about 2,400 vehicles a day and loads a car carrier every Thursday.

The operator's plan to double capacity, known as the Setubal 2030 Port Plan, is already
under review by the maritime authority.

(Reporting by Ana Ferraz; Editing by Paul Whitlock; +351 21 555 0199)""",
        (
            expect("2024-06-03", "walk"),
            expect("2024-01", "claim"),
            expect("2024-05-28", "talks"),
            expect("2009/..", "atlantis"),
            expect("2024-06-07", "mediator", planned=True),
            expect("2024-06-14", "strike", planned=True),
        ),
    ),
    Text(
        "battery-plant-agreement",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Oslo, 12 February 2025

Nordvik Batteries signs supply agreement with coastal ferry operator

Nordvik Batteries AS today signed a ten-year agreement to supply battery packs to the ferry
operator Fjordlinje, the company announced. The packs will be built at Nordvik's plant in
Mosjoen, where construction began in March 2023.

"This agreement fills our order book for the rest of the decade," said chief executive Ingrid
Solheim. The pilot line at Mosjoen was completed by 30 November 2024, and the plant is
scheduled to begin serial production in September 2026.

Nordvik has supplied Fjordlinje with retrofit packs since 2020, when the first of its hybrid
ferries entered service on the Bodo route. The new packs are certified under ISO 9001:2015
and have a rated capacity of 2,150 kWh each.

Financial terms were not disclosed. The company will present its full-year figures at the
2025 Capital Markets Day.

About Nordvik Batteries
Founded in 2017 in Trondheim, Nordvik Batteries designs and manufactures battery systems for
ships and heavy vehicles. The company employs 640 people.

Media contact:
Kari Lunde, Head of Communications
+47 22 55 01 90 | press@nordvik-batteries.example""",
        (
            expect("2025-02-12", "agreement"),
            expect("2023-03", "construction"),
            expect("../2024-11-30", "pilot"),
            expect("2026-09", "production", planned=True),
            expect("2020/..", "supplied"),
            expect("2017", "found"),
        ),
    ),
    Text(
        "lease-dispute-opinion",
        "court opinion",
        date(2024, 4, 8),
        """UNITED STATES DISTRICT COURT
DISTRICT OF NORTH CAROLINA
No. 2022-CV-1987

HARBOR LANE BAKERY, LLC, Plaintiff,
v.
WESTGATE PROPERTIES, INC., Defendant.

MEMORANDUM OPINION AND ORDER

Plaintiff Harbor Lane Bakery, LLC ("Harbor Lane") brings claims for breach of contract and
under 42 U.S.C. Sec. 1983 against its former landlord, Westgate Properties, Inc. Before the
Court is Defendant's motion for summary judgment. For the reasons below, the motion is GRANTED
IN PART and DENIED IN PART.

I. BACKGROUND

On or about March 3, 2021, Harbor Lane signed a five-year lease for a storefront at 1850 Harbor
Lane. Under Section 7, Westgate agreed that the roof repairs would be completed by June 30,
2021. The parties dispute whether the repairs were ever finished. Harbor Lane withheld rent
for two months, and Westgate terminated the lease on September 14, 2021.

Harbor Lane filed suit on January 10, 2022. Discovery closed in May 2023.

II. DISCUSSION

Summary judgment is appropriate where there is no genuine dispute of material fact. See
Ortega v. Brandt, 512 F.3d 1996, 2001 (4th Cir. 2008). A landlord's duty to repair is a
question of the lease's terms, see Kessler v. Rowe, 289 N.C. 1979 (1976), and here those terms
are disputed. The Sec. 1983 claim fails, however, because Westgate is a private party.

III. CONCLUSION

Defendant's motion is GRANTED as to the Sec. 1983 claim and DENIED as to the contract claim.
Trial on the remaining claim is scheduled to begin on October 7, 2024.

SO ORDERED.""",
        (
            expect("2021-03-03~", "lease"),
            expect("../2021-06-30", "repair"),
            expect("2021-09-14", "terminat"),
            expect("2022-01-10", "suit"),
            expect("2023-05", "discovery"),
            expect("2024-10-07", "trial", planned=True),
        ),
    ),
    Text(
        "kallby-town-history",
        "encyclopedia history",
        None,
        """Kallby

Kallby is a market town on the river Ardel, with a population of 12,480 (2021 census).

History

A settlement grew up at the ford c. 1240 around a chapel of the Cistercian grange at Holm.
The parish church of St Olof was built before 1400; its tower was added later. Kallby received
its market charter in 1312 from Duke Erik, and the weekly market, held every Saturday in the
square, has continued with few breaks ever since.

Much of the timber town was destroyed in the great fire of 1587, after which the council
required stone or brick for houses on the square. During the Thirty Years' War the town was
held by Swedish troops from 1632 to 1648; the garrison's barracks have housed the town museum
since 1934.

The railway reached Kallby in 1871, and the following year a station and goods yard were built
on the east bank. Industry followed: a match factory and two breweries were among the largest
employers for a century. The town's football club, Kallby 1911 IF, takes its name from its
founding year.

Landmarks

The square, the church of St Olof and the Swedish barracks form a protected townscape. The
1,612-metre stone bridge path along the Ardel is a popular walk.""",
        (
            expect("1240~", "settlement"),
            expect("../1400", "church"),
            expect("1312", "charter"),
            expect("1587", "fire"),
            expect("1632/1648", "swedish"),
            expect("1934/..", "museum"),
            expect("1871", "railway"),
            expect("1872", "station"),
        ),
    ),
    Text(
        "rovers-away-win",
        "sports report",
        date(2023, 9, 17),
        """Marlow Rovers 0 Castleford Town 3

By Gareth Pryce

Castleford Town ended a miserable away run with a comfortable win at Marlow on Saturday,
their first league victory on the road since March and their biggest away win since 2011.

Kemi Adeyemi, who signed from Dunmore in January, opened the scoring after 14 minutes with a
low shot from the edge of the area. Adeyemi has scored in every home game this season but had
been waiting for an away goal.

Tomas Hruby doubled the lead before half-time and substitute Leon Marsh added a third with
five minutes left, his first goal since joining on a season-long loan.

Town were without captain Sam Okafor, who was injured against Hallam on 2 September and is
expected to return in October. Manager Dean Whitcombe, in charge since May 2021, said the squad
had "dug in" after a
difficult week of training.

"We needed this," Whitcombe said. "We train every Tuesday morning on set pieces and it showed
today."

Town, who sit 11th with 10 points, next face leaders Ashby United on Wednesday at the 2,150-
capacity Mill Lane ground. Marlow remain bottom with two points from seven games.

Marlow: Dunn; Avery, Clarke, Price, Moore; Hughes (Lane 60), Fox; Reed, Patel, Ward; Grant.
Castleford: Liddell; Bell, Okon, Sharpe, Tate; Hruby, Mensah; Adeyemi, Cole (Marsh 70), Byrne;
Walsh.
Attendance: 3,418""",
        (
            expect("2023-09-16", "win"),
            expect("2023-01", "adeyemi"),
            expect("2023-09-02", "injur"),
            expect("2023-10", "return", planned=True),
            expect("2021-05/..", "whitcombe"),
            expect("2023-09-20", "ashby", planned=True),
        ),
    ),
    Text(
        "halvorsen-mills-history",
        "company history",
        None,
        """Our history

Halvorsen Mills was founded in 1923 by the brothers Anders and Nils Halvorsen, who bought a
disused sawmill on the Lagen river and turned it into a wool spinning mill with eleven
workers.

The business grew quickly. The brothers opened a second mill at Fossheim in 1931 and a third
at Ringstad in 1936, and within a few years the company employed more than 400 people.
Around 1950 Halvorsen began exporting blankets to Sweden and Denmark, and its striped
"Fjellteppe" blanket became a fixture of Scandinavian cabins.

The company was listed on the Oslo stock exchange in May 1987. After two difficult decades of
competition from imports, the family bought the shares back, and Halvorsen Mills has been
owned by the Halvorsen Family Foundation since 2004.

In 2012 Halvorsen acquired its long-time rival Vestland Ull, and the following year it closed
the old Fossheim mill, moving production to Ringstad. Today every blanket is still woven at
Ringstad on looms, some of them nearly a century old.

Our "Heritage 1923" collection, relaunched every autumn, uses patterns from the original
pattern books. Visitors can tour the Ringstad mill every weekday at 11:00; booking line
61 22 19 23.""",
        (
            expect("1923", "found"),
            expect("1931", "mill"),
            expect("1936", "mill"),
            expect("1950~", "export"),
            expect("1987-05", "list"),
            expect("2004/..", "foundation"),
            expect("2012", "vestland"),
            expect("2013", "fossheim"),
        ),
    ),
    Text(
        "aurora-venus-orbiter",
        "mission summary",
        None,
        """AURORA VENUS ORBITER - MISSION SUMMARY

International designator: 2019-017A
Operator: European Planetary Consortium (EPC)
Mass at launch: 2,015 kg

Aurora was launched on 14 March 2019 from Kourou aboard an Ariane 5 rocket. After a cruise
phase of nearly two years, including a gravity-assist flyby of Earth on 2 November, the
spacecraft fired its main engine for 41 minutes and entered orbit around Venus on 27 January
2021.

Two days later Aurora released the small Vesta atmospheric probe, which transmitted data for
57 minutes during its descent before falling silent at an altitude of about 1,850 km above
the mean surface, the deepest measurement by a European probe since 1985.

The orbiter mapped the cloud layers in ultraviolet and infrared light and returned more than
30 terabytes of data. Its orbit was lowered every six months to counter drag from the
upper atmosphere.

Contact with the main high-gain antenna was lost on or about 9 August 2023, apparently after a
failure of its pointing mechanism. The orbiter now returns data at a reduced rate through
the low-gain antenna. The mission is expected to end by December 2025, when the
remaining propellant runs out.""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-11-02", "flyby"),
            expect("2021-01-27", "orbit"),
            expect("2021-01-29", "vesta"),
            expect("2023-08-09~", "contact"),
            expect("../2025-12", "mission", planned=True),
        ),
    ),
    Text(
        "packaging-levy-statement",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER
Statement, 21 October 2024
Reference: MEW/2024/0457

Packaging levy: next steps

The Ministry has today confirmed changes to the packaging levy following a public
consultation, which ran from 3 to 28 June 2024 and received 1,406 responses.

The levy, which has been in place since 2016, currently applies to producers placing more
than 50 tonnes of packaging on the market each year. On 18 October the Minister, Dr Helen
Marsh, met representatives of the retail and food industries to discuss the findings.

Under the new rules, the threshold will fall to 25 tonnes and the rate for plastic packaging
that cannot be recycled will double. The changes will take effect on 1 January. The Ministry
will publish detailed guidance for producers by 30 November.

Producers continue to report their tonnages every quarter. The levy raised 212 million in
the last financial year, the highest since the levy was introduced, and the figure is not
linked to the changes announced today.

The levy is made under section 14 of the Environmental Protection Act 2013.

Ends

Notes to editors
Press office: 020 7946 0123 (out of hours 020 7946 0999)""",
        (
            expect("2024-10-21", "confirm"),
            expect("2024-06-03/2024-06-28", "consultation"),
            expect("2016/..", "levy"),
            expect("2024-10-18", "minister"),
            expect("2025-01-01", "effect", planned=True),
            expect("../2024-11-30", "guidance", planned=True),
        ),
    ),
    Text(
        "wendham-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Wendham Town Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins</a></nav>
<h1>Council news</h1>
<ul class="news-list">
  <li><strong>15 January 2024</strong>: The Wendham library <a href="/news/library">reopened</a>
  after an eight-month renovation funded by the Heritage 2020 grant.</li>
  <li><strong>2 February 2024</strong>: Councillors approved the budget for 2024/25, with a
  2.9% rise in the council tax precept.</li>
  <li><strong>11 March 2024</strong>: Councillor Priya Nair was elected mayor. Nair has
  represented the Abbey ward since 2019.</li>
  <li><strong>Road works</strong>: Mill Street will be closed from 8 to 19 April 2024 for
  resurfacing. Diversions will be signed.</li>
  <li><strong>Swimming pool</strong>: The Wendham Lido is scheduled to reopen on 20 May 2024
  after repairs to its filtration plant.</li>
</ul>
<p>Agendas and minutes of all council meetings are published on the <a href="/meetings">meetings
page</a> a week in advance.</p>
<p class="notice">Reminder: green bins are collected every Tuesday. Report a missed collection
on 01632 960 481.</p>
<footer>
<p>Last updated: 2 April 2024</p>
<p>&copy; 2024 Wendham Town Council, Guildhall, Market Place, Wendham WN1 2024</p>
</footer>
</body>
</html>""",
        (
            expect("2024-01-15", "library"),
            expect("2024-02-02", "budget"),
            expect("2024-03-11", "mayor"),
            expect("2019/..", "abbey"),
            expect("2024-04-08/2024-04-19", "closed", planned=True),
            expect("2024-05-20", "lido", planned=True),
        ),
    ),
    Text(
        "core-router-outage",
        "telecom outage report",
        None,
        """NORTHLINK TELECOM - POST-INCIDENT REPORT
Incident: INC-2024-0512
Published: 9 May 2024
Severity: 1 (major)

Summary
On 6 May 2024 at 14:12 an outage began on our fixed broadband network in the Eastern region,
affecting about 184,000 customers. Service was restored to all customers the next day at
03:40.

Cause
The outage was caused by a memory fault in one of the two core routers at our Harwick data
centre. A firmware update deployed on 29 April had changed how the routers handle route
tables, and under peak load the router failed and did not hand over traffic to its partner as
designed. The affected router had been in service since 2017.

A similar, smaller fault occurred around 12 February, but it was not linked to the firmware at
the time.

What we are doing
- The firmware update has been rolled back on all core routers.
- We will complete an audit of all core routers by 30 June 2024.
- We test failover every month and will add peak-load tests to these checks.

Our network availability this year remains 99.95 percent, the highest since 2019.

Customers who lost service for more than 12 hours can claim compensation by calling
0800 123 2017 or at northlink.example/claims.""",
        (
            expect("2024-05-06", "outage"),
            expect("2024-05-07", "restor"),
            expect("2024-04-29", "firmware"),
            expect("2017/..", "router"),
            expect("2024-02-12~", "fault"),
            expect("../2024-06-30", "audit", planned=True),
        ),
    ),
    Text(
        "brackley-down-racecourse",
        "racecourse history",
        None,
        """Brackley Down Racecourse: a history

Horses were raced on the open common at Brackley Down from around 1720, when the first
recorded plate of ten guineas was run for local hunters. The races were held every August
and drew crowds from across the county.

The course's best-known race, the Brackley Gold Cup, is believed to have been first run in
1834 over two miles, though some sources give a later year. A
timber stand was replaced by the present brick grandstand in 1868, built to a design by the
architect Henry Lisle and paid for by public subscription.

Racing stopped during the First World War, and the course was used as a remount depot from
1915 to 1919. Its winners include the 1953 Derby runner-up Seaholly, and several horses that
later ran in the 2000 Guineas trained on the gallops here.

The course was run by a members' committee until it ran into debt. Since 1995 it has been
owned by the Brackley Down Trust, which bought the freehold and rebuilt the weighing room.

The 1,600-metre round course is known for its uphill finish. A new grandstand, replacing the
1868 building's upper tier, is scheduled to open in 2027.

Visitor information: 01295 640 1868""",
        (
            expect("1720~", "race"),
            expect("1834?", "gold cup"),
            expect("1868", "grandstand"),
            expect("1915/1919", "depot"),
            expect("1995/..", "trust"),
            expect("2027", "grandstand", planned=True),
        ),
    ),
    Text(
        "ashcombe-register-note",
        "parish register transcription note",
        None,
        """ASHCOMBE ST MARY: BAPTISMS, MARRIAGES AND BURIALS
Transcriber's note

Record office reference: PR/112/1 (original volume), PR/112/1/T (this transcription)

The first surviving register of Ashcombe begins in 1654, with the baptism of Elizabeth Cole.
Earlier entries, if any were kept, are lost. The earliest entry of note is the baptism of John
Hale, later the founder of the village school, on 3 March 1661.

Entries are missing for the years 1702 to 1711. A note on folio 84 in a later hand says that
"the booke was wet"; the gap is therefore probably due to damage rather than neglect.

The register was kept in several hands. The hand that begins at folio 31 is thought to be that
of the vicar Thomas Wray, who was perhaps inducted in 1689; his name does not appear in the
bishop's records until later. Burials were entered every Sunday after service, which explains
why several burials share a date.

The original volume was deposited at the county record office before 1950, and was
transcribed by members of the Ashcombe Local History Society in 1987. This edition was checked
against the original in 2023. Page numbers (e.g. folio 1684) refer to the transcription, not
to years.

Corrections are welcome: write to the Society's secretary at 17 Church Lane, Ashcombe.""",
        (
            expect("1654", "register"),
            expect("1661-03-03", "hale"),
            expect("1702/1711", "missing"),
            expect("1689?", "wray"),
            expect("../1950", "deposit"),
            expect("1987", "transcri"),
            expect("2023", "check"),
        ),
    ),
    Text(
        "salt-road-production",
        "film's production history",
        None,
        """The Salt Road (1978 film): Production

Development
Screenwriter Agnes Varga began drafting The Salt Road in 1974, after reading a newspaper
account of salt smugglers on the Hungarian border. Several studios turned the script down
before Meridian Pictures greenlit the project in February 1976 with a budget of $1.9 million.

Filming
Principal photography began on 4 April 1977 in the Hortobagy plain and continued on sound
stages in Budapest. Star Miklos Hegedus broke his wrist during a riding scene, and production
was halted from 9 to 23 May 1977 while he recovered. A second unit shot the river crossing
sequence, reportedly using 1,977 extras, although the studio's own figure was lower.

Post-production
After a poorly received test screening, director Laszlo Feher shot new scenes around January
1978, adding a framing story told by the smuggler's daughter.

Release
The film premiered in competition at Cannes in May 1978, where it won the jury prize, and it
opened in cinemas on 18 October 1978. It runs 118 minutes. The 1978 Festival catalogue lists
it under its working title, "Sotarsok".

A restoration from the original negative is under way, and the restored version will be
released in 2026.""",
        (
            expect("1974", "draft"),
            expect("1976-02", "greenl"),
            expect("1977-04-04", "photography"),
            expect("1977-05-09/1977-05-23", "halt"),
            expect("1978-01~", "scenes"),
            expect("1978-05", "premiere"),
            expect("1978-10-18", "open"),
            expect("2026", "restor", planned=True),
        ),
    ),
    Text(
        "granite-ridge-fire-update",
        "national park's fire season update",
        date(2025, 8, 14),
        """GRANITE RIDGE NATIONAL PARK
Fire Information Update

A total fire ban has been in force across the park since 1 July. Campfires, charcoal grills
and fireworks are prohibited; gas stoves may be used only in designated campgrounds.

Ridge Fire
Lightning ignited the Ridge Fire near Eagle Point on Monday. The fire grew to about 1,200
hectares, the largest fire in the park since 2017, before crews contained it on Wednesday
with help from two water-bombing helicopters. No structures were lost.

The Eagle Point trail and the North Rim road remain closed. The North Rim road is expected to
reopen on 22 August once damaged signs and guard rails have been replaced.

Weather
Hot, dry conditions continue. The Bureau forecasts rain for Saturday, which will ease the
fire danger but may bring more lightning.

Reminders
Fire crews patrol the campgrounds every evening. Report smoke or fire immediately on 000 or
to the park's fire line, 1800 202 517. Fire danger ratings are updated every morning at 06:00.

Park information: Granite Ridge Visitor Centre, Ranger Station 2017, Mill Road.
Page ID: GRNP-FIRE-25-08""",
        (
            expect("2025-07-01/..", "ban"),
            expect("2025-08-11", "ignit"),
            expect("2025-08-13", "contain"),
            expect("2025-08-22", "reopen", planned=True),
            expect("2025-08-16", "rain", planned=True),
        ),
    ),
    Text(
        "hillcrest-school-history",
        "school's history page in HTML",
        None,
        """<html>
<head><title>Our History - Hillcrest School</title></head>
<body>
<header><img src="crest.png" alt="Hillcrest School crest, est. 1894"><h1>Our History</h1></header>
<main>
<p>Hillcrest School <strong>opened on 7 September 1894</strong> as a board school for 160
boys and girls in two classrooms on Quarry Road. Its first headmaster, Walter Dunn, kept a
log book that survives in the school archive.</p>
<p>The school grew with the town. A new wing with a hall and science rooms was added in 1928,
funded partly by the Quarry Road mill owners.</p>
<h2>The war years</h2>
<p>In 1940 the pupils were evacuated to farms in the Welsh borders. They returned to Quarry
Road in 1945, and the hall was used as a British Restaurant until rationing ended.</p>
<h2>Modern times</h2>
<p>Hillcrest became a comprehensive school in 1972 and moved to its present site on Linden
Avenue in 1989. The school has been an academy since 2011, part of the Three Rivers Learning
Trust.</p>
<p>A new sports hall is due to open in 2026. Former pupils meet every June at the reunion
dinner. Our archive room, Room 1894, is open
to visitors by appointment.</p>
<figure><img src="1928-wing.jpg" alt="The new wing"><figcaption>The new wing, photographed
in 1930.</figcaption></figure>
</main>
<footer>&copy; 2024 Hillcrest School | Linden Avenue | Tel. 01632 019 894 | Last updated
12 March 2024</footer>
</body>
</html>""",
        (
            expect("1894-09-07", "open"),
            expect("1928", "wing"),
            expect("1940", "evacuat"),
            expect("1945", "return"),
            expect("1972", "comprehensive"),
            expect("1989", "moved"),
            expect("2011/..", "academy"),
            expect("2026", "sports", planned=True),
        ),
    ),
    Text(
        "adp-cyclist-decision",
        "anti-doping panel decision",
        None,
        """NATIONAL ANTI-DOPING PANEL
Case No. ADP 2024/017

National Anti-Doping Organisation v. Mr Luka Brenner

DECISION dated 3 July 2024

1. This is a decision of the Panel under Article 2.1 of the 2021 World Anti-Doping Code
(presence of a prohibited substance in an athlete's sample).

2. Mr Brenner is a professional road cyclist. A urine sample was collected from him
out-of-competition on 12 November 2023 at his home in Graz. The laboratory reported an adverse
analytical finding for the anabolic agent clenbuterol on 4 December 2023.

3. The athlete was provisionally suspended on 8 December 2023 and has remained suspended
since then. He did not request the analysis of his B sample.

4. The athlete states that he bought a supplement online around 1 November 2023 and that it
must have been contaminated. He did not produce the product's packaging or a receipt, and the
supplement tested by the laboratory (batch no. 2023-118) contained no clenbuterol.

5. A hearing was held by video conference from 17 to 18 June 2024.

6. The Panel is not satisfied that the violation was not intentional. The period of
ineligibility is four years, beginning on the date of the provisional suspension, and will end
on 7 December 2027.

7. The athlete may appeal this decision within 21 days of its notification.""",
        (
            expect("2023-11-12", "sample"),
            expect("2023-12-04", "finding"),
            expect("2023-12-08", "suspend"),
            expect("2023-11-01~", "supplement"),
            expect("2024-06-17/2024-06-18", "hearing"),
            expect("2027-12-07", "ineligib", planned=True),
        ),
    ),
    Text(
        "vale-railway-timetable",
        "heritage railway timetable notice",
        None,
        """THE ELDON VALE RAILWAY
Timetable notice - issued 1 March 2025

2025 running season
Trains will run from 5 April to 26 October 2025, every Saturday and Sunday and every day in
the school summer holidays. Trains leave Eldon at 10:15, 12:00, 13:45 and 15:30 (Timetable B).

Steam gala
Our annual steam gala will be held on 14 and 15 June, with visiting locomotives from the
Severn and Mid-Hants lines and a shuttle service every 20 minutes.

Locomotive news
Our flagship tank engine No. 1940 "Lady Eldon" returned to service in January after a
ten-year overhaul. The 1940s weekend, a favourite with visitors, is not held this year.

About the line
The Eldon Vale branch was closed by British Railways in 1964. Volunteers of the Eldon Vale
Railway Society reopened the first mile of track in 1968, and the line has been extended twice
since.

Tickets and enquiries
Adult return 16.50, child 8.00. Tickets can be bought online or at Eldon station.
Enquiries: 01234 567890 (office open every weekday 09:00-16:00).""",
        (
            expect("2025-04-05/2025-10-26", "train", planned=True),
            expect("2025-06-14", "gala", planned=True),
            expect("2025-06-15", "gala", planned=True),
            expect("2025-01", "return"),
            expect("1964", "closed"),
            expect("1968", "reopen"),
        ),
    ),
    Text(
        "agritech-fair-announcement",
        "trade fair announcement",
        date(2025, 1, 20),
        """AgriTech North returns to Hanover with a new robotics hall

Hanover - AgriTech North, the trade fair for farm machinery and digital agriculture, will take
place from 9 to 12 September 2025 at the Hanover exhibition grounds, the organiser Messe Nord
announced.

Exhibitor and visitor registration opens on Thursday on the fair's website. Exhibitors must
confirm their stand bookings no later than 30 April; stands not confirmed by then will be
offered to the waiting list.

The fair was first held in 1998 in Celle with 140 exhibitors. It moved to Hanover in 2016,
and the following year opened its doors to international exhibitors. This year's edition will
add a hall dedicated to field robotics, Hall 20, with live demonstrations every afternoon.

"Demand from exhibitors is the strongest since 2019," said project director Sabine Kruger.
Messe Nord expects around 900 exhibitors and 45,000 visitors.

The organiser is also a partner in the city's bid for Expo 2035.

Press contact: Jonas Weber, +49 511 8930 2025, presse@messe-nord.example""",
        (
            expect("2025-09-09/2025-09-12", "agritech", planned=True),
            expect("2025-01-23", "registration", planned=True),
            expect("../2025-04-30", "stand", planned=True),
            expect("1998", "held"),
            expect("2016", "hanover"),
            expect("2017", "international"),
        ),
    ),
    Text(
        "netherby-abbey",
        "abbey's history",
        None,
        """Netherby Abbey

Netherby Abbey was founded circa 1135 by monks from Clairvaux, on land given by the lord of
Netherby. The first stone church was consecrated in 1147. Its first abbot, Richard of Ely, is
said to have died in 1162, though the date rests on a single late chronicle and may be wrong.

By the thirteenth century the abbey held large sheep granges across the dale and traded wool
with Flemish merchants. The monks sang the offices every day from before dawn, and the
abbey's bell, cast in 1280, still hangs in the parish church of Netherby.

The abbey was dissolved in 1539, and its buildings were sold to Sir Thomas Fane, who stripped
the lead from the roofs. The nave roof had collapsed before 1600, and the ruins were used as a
quarry for the next two centuries.

The ruins were bought by the state in 1921. Excavations in 1952, 1957 and 1961 uncovered the
chapter house and the abbot's lodging, and the site has been a scheduled monument since 1984.

Visiting
The ruins are open every day from 10:00. Admission is free. The 1135 Cafe by the car park is
run by volunteers.""",
        (
            expect("1135~", "found"),
            expect("1147", "consecrat"),
            expect("1162?", "richard"),
            expect("1539", "dissolv"),
            expect("../1600", "roof"),
            expect("1921", "bought"),
            expect("1952", "excavation"),
            expect("1957", "excavation"),
            expect("1961", "excavation"),
        ),
    ),
    Text(
        "solar-fund-fraud-sentence",
        "wire follow-up on a court case",
        date(2024, 11, 6),
        """FRANKFURT, Nov 6 (Rhine News) - A Frankfurt court on Tuesday sentenced the founder of
collapsed solar investment fund Helios Rendite to seven years in prison for fraud, ending a
trial that lasted nearly six months.

Markus Vogler, 58, was found guilty of deceiving about 4,300 small investors, who lost a
combined 212 million euros. The court found that the fraud ran from 2016 to 2021, with money
from new investors used to pay returns to earlier ones.

Vogler was arrested in March 2022 at his home near Wiesbaden. His trial opened on May 14.

His lawyers said they would file an appeal before November 13, the deadline set by the
court. Sentencing of a co-defendant, the fund's former finance chief, is scheduled for
December 3.

The case is one of the largest investment frauds in Germany since the Wirecard
scandal. Investor groups, which meet every Monday at a church hall in Offenbach,
said many victims were pensioners.

The Helios 2030 solar parks that the fund advertised were never built, prosecutors said.

(Reporting by Katrin Albers; Editing by Mark Heinrich)""",
        (
            expect("2024-11-05", "sentence"),
            expect("2016/2021", "fraud"),
            expect("2022-03", "arrest"),
            expect("2024-05-14", "trial"),
            expect("../2024-11-13", "appeal", planned=True),
            expect("2024-12-03", "co-defendant", planned=True),
        ),
    ),
)
