"""A hundred-and-twenty-fourth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
geomagnetic storm warning, a pipe band's history, an advertising standards ruling, a
hydrographic survey ship's log, a city farm's HTML page, a cable-laying company's press
release, a kayak slalom report, a defence ministry's base closure timetable, a canal tunnel's
history, a cycling club's newsletter and a violin maker's history). Facts whose date a reader
could take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYFOURTH_CORPUS",)

HUNDREDTWENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-hull-crack",
        "wire story with a dateline",
        date(2024, 9, 18),
        """TORSHAVN, Sept 18 (Nordic Press Agency) - The Faroese ferry operator Strandfaraskip
Nordur withdrew its largest vessel, the Kviggja, from service on Monday after inspectors found
a 40-centimetre crack in her hull, stranding freight bound for the southern islands.

Inspectors from the maritime authority discovered the crack during a routine dry-dock survey on
Sept 9, the company said in a statement. The 1,840-tonne ship, built in Norway in 1998, carries
about 600 passengers a day in summer.

Managing director Hanna Joensen said repairs were expected to be completed by Oct 25 at a yard
in Bergen. A chartered replacement, the Norrona Star, will arrive on Friday and take over the
route the next morning.

"This is the worst disruption we have had since 2015," Joensen told reporters. Strandfaraskip
Nordur has operated the Torshavn-Suduroy route since 2007 under a concession from the national
government.

Hauliers, who rely on the freight sailing every Thursday, said the timing was poor ahead of the
autumn lamb shipments. The concession is due for renewal in 2026, and the company said it would
submit its bid by Dec 31.

Passengers can check departures on the company's line +298 34 30 00.

(Reporting by Sunniva Dam; Editing by Per Holm)""",
        (
            expect("2024-09-16", "service"),
            expect("2024-09-09", "crack"),
            expect("1998", "built"),
            expect("../2024-10-25", "repair", planned=True),
            expect("2024-09-20", "arriv", planned=True),
            expect("2024-09-21", "route", planned=True),
            expect("2007/..", "operat"),
            expect("2026", "renewal", planned=True),
            expect("../2024-12-31", "bid", planned=True),
        ),
    ),
    Text(
        "bakery-plant-opens",
        "press release",
        None,
        """NEWS RELEASE

Hollins & Rowe Bakers opens GBP 38m plant in Castleford

LEEDS, 4 March 2025 - Hollins & Rowe Bakers, the employee-owned bakery group, officially opened
its new bread plant at Castleford on Monday, the largest investment in the company's 73-year
history.

Construction of the 21,000 square-metre site began in June 2023 on former colliery land at
Wheldale. The first loaves came off the line on 10 February, after a month of trials.

Founded in 1952 by Edith Hollins and Arthur Rowe as a single shop in Headingley, the business
has been owned by its employees since 2019. It now supplies around 1,100 stores across northern
England.

A second production line, for rolls and flatbreads, will start production in September 2025.
The company expects to create about 180 jobs by December 2026, taking its workforce past 1,400.

"Every Friday for seventy years we have baked for the people of Yorkshire, and this plant means
we can keep doing that," said chief executive Priya Mistry.

The plant is certified to ISO 22000:2018 and runs on electricity from a 2.4 MW rooftop solar
array.

ENDS

Notes to editors
Hollins & Rowe Bakers Ltd is registered in England, company number 00512873.

Media contact: Tom Ashworth, 0113 496 0721, press@hollinsrowe.example""",
        (
            expect("2025-03-03", "open"),
            expect("2023-06", "construction"),
            expect("2025-02-10", "loaves"),
            expect("1952", "found"),
            expect("2019/..", "employee"),
            expect("2025-09", "line", planned=True),
            expect("../2026-12", "jobs", planned=True),
        ),
    ),
    Text(
        "paving-contract-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS, SECOND APPELLATE DISTRICT

DELLMORE PAVING CO., Plaintiff-Appellant,
v.
TOWN OF ASHBY FALLS, Defendant-Appellee.

No. A-2023-0487
Filed February 11, 2025

OPINION

KESSLER, J.

Dellmore Paving Co. appeals from the trial court's order granting summary judgment to the Town
of Ashby Falls on its claim for breach of a road-resurfacing contract. We affirm.

I. BACKGROUND

The parties entered into the contract on or about March 3, 2019. It required Dellmore to
complete resurfacing of the Route 9 corridor no later than December 31, 2019, and incorporated
the Town's 2017 Standard Specifications for Highway Construction. Dellmore began work in May
2019 but, by its own account, had finished only about 60 percent of the paving when the deadline
passed.

The Town withheld the final payment of $412,600 and, on August 14, 2020, delivered written
notice terminating the contract. Dellmore filed this action on October 2, 2020, alleging that
the Town had waived the completion date by accepting work after it passed.

Following discovery, the trial court granted the Town's motion for summary judgment on May 19,
2023, holding that the contract's non-waiver clause, Section 14.3, controlled. Dellmore timely
filed a notice of appeal on June 12, 2023.

II. DISCUSSION

We review a grant of summary judgment de novo. Acceptance of partial performance does not,
without more, waive an express deadline where the parties agreed that it would not. See Harlan
v. Beckett Mills, 311 P.3d 1204 (2013). The non-waiver clause here is unambiguous, and Dellmore
points to no conduct of the Town beyond the acceptance of work itself.

Affirmed.""",
        (
            expect("2019-03-03~", "contract"),
            expect("../2019-12-31", "resurfac"),
            expect("2019-05", "work"),
            expect("2020-08-14", "termin"),
            expect("2020-10-02", "file"),
            expect("2023-05-19", "summary"),
            expect("2023-06-12", "appeal"),
        ),
    ),
    Text(
        "castelbrun-town",
        "encyclopedia history",
        None,
        """Castelbrun

Castelbrun (Occitan: Castelbrun) is a small town in the Aveyron valley in southern France, at
an elevation of 412 m. Population: 1,876 (2021 census).

History

A Benedictine priory, possibly founded in 1088, stood on the hill before the town itself. The
castle from which the town takes its name was built c. 1120 by the lords of Brun, and a market
grew up beneath its walls. Castelbrun received a charter of consulate in 1347, granting its
inhabitants the right to elect four consuls each year.

During the Wars of Religion the town was sacked by Protestant troops in 1569 and again in 1587,
and much of the lower quarter was never rebuilt.

The railway from Rodez reached Castelbrun in 1871, and the town's tanneries grew rapidly; the
population peaked at about 3,900 around 1911. Most of the tanneries had closed by 1960, and the
town turned to tourism and dairy farming.

Castelbrun has been twinned with Tregaron in Wales since 1963. Its horse fair, held every 11
November, still draws traders from across the Massif Central, and the Chapelle Saint-Roch
houses a carved altarpiece of 1,540 figures, one of the largest in the region.

See also: Aveyron (river); List of communes of the Aveyron department.""",
        (
            expect("1088?", "priory"),
            expect("1120~", "castle"),
            expect("1347", "charter"),
            expect("1569", "sack"),
            expect("1587", "sack"),
            expect("1871", "railway"),
            expect("1911~", "population"),
            expect("../1960", "tanner"),
            expect("1963/..", "twin"),
        ),
    ),
    Text(
        "harcourt-derby-win",
        "sports report",
        date(2025, 4, 13),
        """Harcourt Athletic 3 Brenmoor Rovers 1

By Dan Whitlow, Football Correspondent

Harcourt Athletic moved within two points of the play-off places with a 3-1 win over Brenmoor
Rovers at Fenwick Road on Saturday, their first league victory over their neighbours since
March 2009.

Callum Reid, signed from Dunmore in January, scored twice in front of a crowd of 1,987, the
ground's biggest of the 2024-25 season. His first came after 11 minutes, a low shot from the
edge of the box; his second, a header from Tom Lyle's corner, arrived just before the hour.

Brenmoor pulled one back through Ade Bamgbose, but substitute Jordan Fitch sealed it in stoppage
time.

Captain Joe Okafor, who injured his knee on 22 February, returned as a second-half substitute
and helped Harcourt see out a nervy final quarter.

Manager Sam Pryce, in charge since October 2023, said: "We train every Tuesday and Thursday for
days like this. The lads deserved it."

Founded in 1884, Harcourt have never played in the second tier. They travel to Castlegate on
Wednesday, and the County Cup final against Linford Town is scheduled for 17 May at the Abbey
Stadium.""",
        (
            expect("2025-04-12", "brenmoor"),
            expect("2025-01", "sign"),
            expect("2025-02-22", "injur"),
            expect("2023-10/..", "pryce"),
            expect("1884", "found"),
            expect("2025-04-16", "castlegate", planned=True),
            expect("2025-05-17", "final", planned=True),
        ),
    ),
    Text(
        "harlow-finch-history",
        "company history",
        None,
        """Harlow & Finch Instruments - Our history

Harlow & Finch was founded in 1898 by two Birmingham clockmakers, Samuel Harlow and Jabez
Finch, in a rented workshop on Vyse Street. Their first product, a brass aneroid barometer later
sold as the Model 1912, is still made to the original drawings today.

In 1923 the firm moved to a purpose-built works in Redditch, where it employed some 140 people.
During the Second World War it made altimeters and compasses for the Air Ministry.

Harlow & Finch began making electronic weather stations in 1966 and opened its first overseas
office, in Rotterdam, the following year. A merger with the Sheffield instrument maker Caine
Brothers followed around 1972, although the two brands were sold separately for many years.

The company was listed on the London Stock Exchange on 14 June 1987. Its headquarters have been
at the Arden Science Park near Solihull since 2004, and its calibration laboratory there checks
every instrument before it leaves the building.

Today the group employs 620 people in four countries, and its revenue is the highest it has
been since 2008.

Harlow & Finch Instruments plc - Registered in England No. 00058712 - +44 121 496 0388""",
        (
            expect("1898", "found"),
            expect("1923", "redditch"),
            expect("1966", "weather"),
            expect("1967", "rotterdam"),
            expect("1972~", "merg"),
            expect("1987-06-14", "list"),
            expect("2004/..", "headquarter"),
        ),
    ),
    Text(
        "helix2-mission",
        "mission summary",
        None,
        """Mission summary: HELIX-2

Operator: European Planetary Consortium
COSPAR ID: 2021-024A
Mission type: Mars orbiter and lander
Launch mass: 2,143 kg

HELIX-2 was launched on a Soyuz-ST rocket from Kourou on 14 March 2021 at 02:17 UTC. After a
cruise of nineteen months the spacecraft entered Mars orbit on 9 October 2022 following a
38-minute braking burn. Its lander, Petra, touched down in Arcadia Planitia 17 days later and
returned a colour panorama within hours.

The orbiter's primary science mission ended in June 2024, having mapped 91 per cent of the
planet's surface at 4 m resolution. An extended mission, approved by the consortium's council
in May 2024, is scheduled to end in December 2026, when the orbiter will be raised to a
disposal orbit.

Contact with Petra was lost on or about 3 February 2025, probably after dust covered its solar
panels. Controllers still listen for the lander on every orbiter pass, about three times a day.

Key facts
Orbit: 300 x 1,850 km, inclination 87 degrees
NORAD ID: 48211
Instruments: 9 on the orbiter, 4 on the lander""",
        (
            expect("2021-03-14", "launch"),
            expect("2022-10-09", "orbit"),
            expect("2022-10-26", "petra"),
            expect("2024-06", "primary"),
            expect("2024-05", "approv"),
            expect("2026-12", "extend", planned=True),
            expect("2025-02-03~", "contact"),
        ),
    ),
    Text(
        "avian-flu-ellesmere",
        "government statement",
        None,
        """Department for Rural Affairs
Press statement
Published 9 January 2025
Last updated 10 January 2025

Avian influenza confirmed at premises near Ellesmere

Highly pathogenic avian influenza H5N1 was confirmed on Monday in a flock of 32,000 laying hens
at a farm near Ellesmere, Shropshire. All birds on the premises will be humanely culled.

A 3 km protection zone and a 10 km surveillance zone have been in place around the farm since
Tuesday evening. A mandatory housing order covering the whole of England has been in force
since 12 December 2024. The risk level for wild birds remains high, the highest it has been
since 2021.

This is the first case in the county for two years. In November 2022 two flocks near Whitchurch
were culled after outbreaks of the same strain.

The protection zone is expected to be lifted on 4 February, subject to the results of
surveillance visits. Keepers of 50 or more birds will have to register with the Department by
31 March 2025 under the Animal Health Act 1981.

The Chief Veterinary Officer said: "Bird keepers should check their flocks every day and report
any suspicion of disease immediately."

Rural Payments and Animal Health Helpline: 0300 020 0301 (Monday to Friday, 8.30am to 5pm)""",
        (
            expect("2025-01-06", "confirm"),
            expect("2025-01-07/..", "protection"),
            expect("2024-12-12/..", "housing"),
            expect("2022-11", "whitchurch"),
            expect("2025-02-04", "lift", planned=True),
            expect("../2025-03-31", "regist", planned=True),
        ),
    ),
    Text(
        "kettlebridge-news-page",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Kettlebridge Town Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Latest news</h1>
<ul class="news-list">
  <li>
    <time datetime="2024-11-15">15 November 2024</time>
    <h2><a href="/news/library-reopens">Ashgrove Library reopens</a></h2>
    <p>Ashgrove Library reopened on Thursday after a refurbishment that began in June. It is
    now open every Tuesday to Saturday, with a new children's corner and study room.</p>
  </li>
  <li>
    <time datetime="2024-11-08">8 November 2024</time>
    <h2><a href="/news/mill-lane">Mill Lane roadworks</a></h2>
    <p>Mill Lane will be closed from 18 to 29 November for resurfacing. Diversions will be
    signed via Station Road.</p>
  </li>
  <li>
    <time datetime="2024-11-01">1 November 2024</time>
    <h2><a href="/news/riverside">Have your say on Riverside Park</a></h2>
    <p>Our consultation on the Riverside Park masterplan opened on 28 October and closes on
    6 December. Copies are at the Town Hall.</p>
  </li>
  <li>
    <time datetime="2024-10-21">21 October 2024</time>
    <h2><a href="/news/remembrance">Remembrance parade</a></h2>
    <p>The Remembrance parade will leave the Market Cross at 10:15 on Sunday 10 November.</p>
  </li>
  <li>
    <time datetime="2024-10-02">2 October 2024</time>
    <h2><a href="/news/dennis-hale">Tributes to former mayor</a></h2>
    <p>Former mayor Dennis Hale, who served on the council from 1987 to 2011, died on
    28 September aged 84.</p>
  </li>
</ul>
</main>
<footer>&copy; 2024 Kettlebridge Town Council &middot; Tel 01632 960 418 &middot; Page last
updated 15 November 2024</footer>
</body>
</html>""",
        (
            expect("2024-11-14", "reopen"),
            expect("2024-06", "refurbish"),
            expect("2024-11-18/2024-11-29", "mill lane", planned=True),
            expect("2024-10-28", "open"),
            expect("2024-12-06", "clos", planned=True),
            expect("2024-11-10", "parade", planned=True),
            expect("1987/2011", "hale"),
            expect("2024-09-28", "die"),
        ),
    ),
    Text(
        "g3-storm-watch",
        "geomagnetic storm warning",
        None,
        """SPACE WEATHER MESSAGE CODE: WATA30
SERIAL NUMBER: 1432
ISSUE TIME: 2025 Jun 01 0530 UTC

WATCH: Geomagnetic Storm Category G3 Predicted

NORTHERN SPACE WEATHER CENTRE

COMMENT: A coronal mass ejection (CME) left the Sun at 22:40 UTC on 30 May in association with
an X1.2 flare from Region 4100. The region rotated onto the visible disk on 24 May and remains
magnetically complex.

The CME is expected to arrive at Earth on 2 June, and G3 (Strong) storm levels are likely from
2 to 3 June. An earlier, slower CME, launched by a filament eruption around 28 May, may reach
Earth first and cause G1 (Minor) conditions on 1 June.

If the forecast holds, the storm could be the strongest since October 2024. Aurora may be
visible as far south as northern England and Denmark. This watch is reviewed every six hours.

POTENTIAL IMPACTS:
Power systems: voltage corrections may be required; false alarms possible on protection devices.
Spacecraft: surface charging possible; increased drag on low-Earth-orbit satellites.
Navigation and radio: intermittent GNSS errors and HF radio fade on the sunlit side.

Solar Cycle 25 is near its maximum. Next update: 2025 Jun 01 1130 UTC.
Operator desk: +44 1392 885 680""",
        (
            expect("2025-05-30", "cme"),
            expect("2025-05-24", "region"),
            expect("2025-06-02", "arriv", planned=True),
            expect("2025-06-02/2025-06-03", "g3", planned=True),
            expect("2025-05-28~", "filament"),
            expect("2025-06-01", "g1", planned=True),
        ),
    ),
    Text(
        "glenmorran-pipe-band",
        "pipe band's history",
        None,
        """Glenmorran and District Pipe Band - A short history

The band was formed in 1921 by men of the 7th Battalion who had come home from France, and
first played in public at the Glenmorran Highland Games that August, in borrowed kilts.

Between the wars the band grew to twenty pipers and eight drummers. It was stood down in 1939,
when most of its players enlisted, and was re-formed around 1947 by Pipe Major Hector Lindsay.

Under Lindsay's successor, Alec Munro, Glenmorran won the Scottish Grade 2 title in 1978, 1983
and 1991, a record no other band in the county has matched. The band adopted its present
tartan, the Glenmorran Ancient, in 2002, and it has been led by Pipe Major Fiona Cairns since
2016, the first woman to hold the post.

Each June the band plays for the Glenmorran 1921 Memorial Shield at the Games, and it leads the
Armistice parade through the town every November.

New members are always welcome. Practice is every Thursday at 7.30pm in Glenmorran Academy, and
our youth section meets on Saturday mornings.

Glenmorran and District Pipe Band - Scottish Charity No. SC041877 - 01632 960 215""",
        (
            expect("1921", "form"),
            expect("1921-08", "public"),
            expect("1939", "stood"),
            expect("1947~", "lindsay"),
            expect("1978", "title"),
            expect("1983", "title"),
            expect("1991", "title"),
            expect("2002", "tartan"),
            expect("2016/..", "cairns"),
        ),
    ),
    Text(
        "brightwave-asa-ruling",
        "advertising standards ruling",
        None,
        """ASA Ruling on Brightwave Energy Ltd

Brightwave Energy Ltd
Date: 12 March 2025
Media: Television, Video on demand
Sector: Utilities
Complaint Ref: A24-1287654
Number of complaints: 3
Outcome: Upheld

Ad description
A TV ad for the Brightwave FlexFix energy tariff, broadcast between 1 and 28 October 2024,
featured a voice-over that stated "FlexFix - Britain's cheapest fixed deal."

Issue
Three complainants, the first on 2 October 2024, challenged whether the claim "Britain's
cheapest fixed deal" was misleading and could be substantiated.

Response
Brightwave Energy Ltd said FlexFix had been launched on or around 9 September 2024. They said
the claim was based on a market survey conducted in August 2024 by Pricewell Analytics, and that
their pricing team rechecked competitors' tariffs every Monday.

Assessment
Upheld. The ASA noted that by 14 September 2024 at least two suppliers had launched cheaper
fixed tariffs, and that Brightwave's own figures showed FlexFix was the cheapest deal only for
customers with the lowest usage. Because the ad did not make that limitation clear, we concluded
that the claim was misleading.

The ad breached BCAP Code rules 3.1 (Misleading advertising), 3.7 (Substantiation) and 3.33
(Comparisons).

Action
The ad must not appear again in its current form. Brightwave told us it would amend the ad no
later than 31 March 2025.""",
        (
            expect("2024-10-01/2024-10-28", "broadcast"),
            expect("2024-10-02", "complain"),
            expect("2024-09-09~", "launch"),
            expect("2024-08", "survey"),
            expect("../2024-09-14", "cheaper"),
            expect("../2025-03-31", "amend", planned=True),
        ),
    ),
    Text(
        "carrick-sound-log",
        "hydrographic survey ship's log",
        None,
        """RV CARRICK SOUND - Deck log
Survey HI 1847, Falmouth Bay
Master: Capt. R. Penhale

Tue 7 May 2024
0600 Sailed Plymouth, all crew on board. Wind NW 3, sea slight.
1130 Multibeam patch test over wreck of SS Kelsey. Area last surveyed by leadline c. 1936;
fair sheet held at Taunton.

Wed 8 May
0700 Commenced survey of Block C, line spacing 40 m, depths 18-37 m. Bar check every 4 hours
as per procedure.

Sat 11 May
1420 Uncharted wreck located in 50 08.2N 005 01.6W, least depth 12.4 m, not shown on Admiralty
Chart 1267. Reported to UKHO by email.

Mon 13 May - Wed 15 May
Wind SW 7-8, sea rough. Survey suspended; anchored in Carrick Roads.

Thu 16 May
0530 Weighed anchor, survey resumed on line 214. Block C expected complete by 24 May, weather
permitting. Crew change Friday at Falmouth, launch alongside 0900.

Remarks: speed of sound profile taken at start of each line, 1,507 m/s mean.""",
        (
            expect("2024-05-07", "sail"),
            expect("1936~", "leadline"),
            expect("2024-05-08", "block"),
            expect("2024-05-11", "wreck"),
            expect("2024-05-13/2024-05-15", "suspend"),
            expect("2024-05-16", "resum"),
            expect("../2024-05-24", "complete", planned=True),
            expect("2024-05-17", "crew", planned=True),
        ),
    ),
    Text(
        "meadow-lane-city-farm",
        "city farm's page in HTML",
        date(2025, 3, 20),
        """<html>
<head><title>About us | Meadow Lane City Farm</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/animals">Animals</a> | <a
href="/volunteer">Volunteer</a> | <a href="/donate">Donate</a></nav>
<h1>About Meadow Lane City Farm</h1>
<p>Meadow Lane City Farm was founded in 1979 by residents who cleared a derelict railway yard
in Bermondsey. The first goats arrived the following year, and our stone barn, paid for by a
lottery grant, opened in 2015.</p>
<h2>Farm news</h2>
<p>On Tuesday we welcomed our 100,000th visitor since the barn opened, a very
surprised six-year-old called Amira.</p>
<p>Our caf&eacute; has been closed since January for a new kitchen and is expected to reopen on
14 April.</p>
<p>Lambing weekend will be held on Saturday 5 and Sunday 6 April. Entry is free, but please
book a slot.</p>
<h2>Visit us</h2>
<p>We are open every day except Monday, 10am to 4.30pm. Animal feeding is at 3pm, and
volunteer days are every Saturday.</p>
<footer>Registered charity no. 1012345 &middot; 020 7946 0123 &middot; &copy; 2025 Meadow Lane
City Farm</footer>
</body>
</html>""",
        (
            expect("1979", "found"),
            expect("1980", "goat"),
            expect("2015", "barn"),
            expect("2025-03-18", "visitor"),
            expect("2025-01/..", "caf"),
            expect("2025-04-14", "reopen", planned=True),
            expect("2025-04-05", "lambing", planned=True),
            expect("2025-04-06", "lambing", planned=True),
        ),
    ),
    Text(
        "nordvik-cable-section",
        "cable-laying company's press release",
        None,
        """Nordvik Subsea completes first section of the SkagJut interconnector

OSLO, 22 January 2025 /PRNewswire/ -- Nordvik Subsea ASA (OSE: NVSUB) today announced that its
cable-laying vessel Nordvik Tern completed the first 180 km section of the SkagJut
interconnector on Monday.

The Tern began laying the 525 kV HVDC export cable on 8 January from the Norwegian landfall at
Kristiansand, where horizontal directional drilling works were completed in October 2024. The
cable itself was manufactured at Nordvik's Halden factory from March to September 2024.
Nordvik was awarded the NOK 4.2 billion installation contract in November 2023.

"This is the longest single section we have laid since 2019, and the crew kept to a schedule
that left no room for weather," said chief executive Lars Aune.

A second campaign, covering the remaining 96 km to the Danish coast, is scheduled to start in
April 2025. The interconnector is expected to enter commercial operation by the end of 2026.
The project forms part of the 2030 North Sea Grid Plan.

About Nordvik Subsea
Nordvik Subsea is a Norwegian installation contractor with a fleet of six vessels.

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties.

Contact: Ingrid Solheim, Head of Communications, +47 22 01 47 00""",
        (
            expect("2025-01-20", "section"),
            expect("2025-01-08", "lay"),
            expect("2024-10", "drill"),
            expect("2024-03/2024-09", "manufactur"),
            expect("2023-11", "contract"),
            expect("2025-04", "campaign", planned=True),
            expect("../2026", "operation", planned=True),
        ),
    ),
    Text(
        "hartley-slalom-gold",
        "kayak slalom report",
        date(2024, 6, 10),
        """Canoe slalom: Hartley takes first World Cup gold in Prague

By Megan Ross

PRAGUE - Britain's Ellie Hartley won her first World Cup K1 gold on Sunday, a clean run of
94.17 seconds on the Troja course putting her 1.06 ahead of Germany's Lena Vogt.

Hartley, 24, had qualified fastest in Saturday's semi-final, when a 2-second penalty at gate 18
cost the defending champion, Australia's Tess Marlow, a place in the final. It was the
Briton's first World Cup podium since 2019.

Hartley, who made her senior debut in 2017, broke her wrist in March 2023 and missed most of
that season. She was confirmed in the British team for the Paris 2024 Olympics on 17 April this
year.

"I paddle every morning on the Lee Valley course, and days like this make it worth it," she
said.

The World Cup moves to La Seu d'Urgell, where racing runs from 21 to 23 June, before the
Olympic slalom competition begins on 27 July.""",
        (
            expect("2024-06-09", "gold"),
            expect("2024-06-08", "semi"),
            expect("2017", "debut"),
            expect("2023-03", "wrist"),
            expect("2024-04-17", "team"),
            expect("2024-06-21/2024-06-23", "seu", planned=True),
            expect("2024-07-27", "olympic", planned=True),
        ),
    ),
    Text(
        "raf-westmoor-closure",
        "defence ministry's base closure timetable",
        None,
        """Ministry of Defence
Policy paper
RAF Westmoor: closure timetable
Published 3 July 2024

Background
RAF Westmoor opened in 1938 as a bomber station and has been home to training and support
units since the end of the Cold War. Its closure was first announced in November 2016 as part
of the review that led to the Defence Estate 2040 strategy.

Timetable
- 27 Squadron relocated to RAF Lossiemouth in September 2023.
- Flying from the station ceased on 31 March 2024.
- The Station Headquarters will close by December 2025.
- The site is scheduled to transfer to the Defence Infrastructure Organisation for disposal in
  2026.
- The first new homes on the site are expected around 2029.

Personnel
Service personnel and civilian staff will be consulted before each stage. The station's 1,200
service families will be offered housing at other sites.

Heritage
The Westmoor Heritage Centre, run by volunteers, is open every Sunday and will move to the
village hall when the site is handed over.

Contact: Westmoor Programme Office, 01632 960 777, quoting reference DIO/WM/2024/031.""",
        (
            expect("1938", "open"),
            expect("2016-11", "announc"),
            expect("2023-09", "squadron"),
            expect("2024-03-31", "flying"),
            expect("../2025-12", "headquarter", planned=True),
            expect("2026", "transfer", planned=True),
            expect("2029~", "homes", planned=True),
        ),
    ),
    Text(
        "blackden-tunnel",
        "canal tunnel's history",
        None,
        """Blackden Tunnel

Blackden Tunnel carries the Hollins Canal for 2,926 yards beneath Blackden Edge in Derbyshire.
It is the third longest navigable canal tunnel in England.

Construction
The canal company's engineer, Thomas Aspinall, began work on the tunnel in 1794, sinking 14
shafts along its line. Flooding and bad rock slowed progress, and the first boat may have passed
through in 1798; the tunnel was formally opened on 9 March 1799.

Operation
There is no towpath, so boats were legged through by professional leggers, who were paid 1s 6d
a passage. Steam tugs took over around 1871. A partial roof collapse in 1907 closed the tunnel
for eleven months. Commercial traffic had ceased by 1948, and the tunnel was closed to all boats
in 1962 after an inspection found cracked brickwork.

Restoration
The tunnel has been a scheduled monument since 1985. It was reopened to leisure boats on 23 May
1987 after a restoration costing 3.1 million pounds, led by the Blackden 1799 Society.

Today a boat enters the tunnel about every twenty minutes on summer weekends, and passage takes
roughly three hours.""",
        (
            expect("1794", "work"),
            expect("1798?", "boat"),
            expect("1799-03-09", "open"),
            expect("1871~", "tug"),
            expect("1907", "collapse"),
            expect("../1948", "traffic"),
            expect("1962", "clos"),
            expect("1985/..", "monument"),
            expect("1987-05-23", "reopen"),
        ),
    ),
    Text(
        "vale-wheelers-newsletter",
        "cycling club's newsletter",
        None,
        """VALE WHEELERS CC
The Spoke - Newsletter No. 214 - Sunday 2 March 2025

From the Chair
Thank you to the 46 members who came to the AGM on 15 February. Members voted to raise the
annual subs, which will rise to 25 pounds from 1 April. As we get closer to our centenary -
the club was founded in 1931 at the Red Lion in Evesham - the committee would love to hear your
ideas.

Rides
Our reliability ride is on Sunday 16 March, with 100 km and 60 km routes. Start 8.30 at the
clubhouse; cake at the finish. The club run leaves the Abbey car park every Sunday at 9.

Time trials
The evening 10-mile time trial series starts on Tuesday 8 April and runs every Tuesday through
the summer on the V718 course. Marshals needed.

Clubhouse
The committee will agree new terms for the clubhouse lease with the parish council by 30 June.

Member news
Congratulations to Dave Morrell, who rode from Land's End to John o'Groats from 2 to 11
September last year and raised 2,340 pounds for the air ambulance.

Kit
The 2025 kit order is now open on the website.

Secretary: Jan Hollis, 07700 900412""",
        (
            expect("2025-02-15", "agm"),
            expect("2025-04-01", "subs", planned=True),
            expect("1931", "found"),
            expect("2025-03-16", "reliability", planned=True),
            expect("2025-04-08", "trial", planned=True),
            expect("../2025-06-30", "lease", planned=True),
            expect("2024-09-02/2024-09-11", "morrell"),
        ),
    ),
    Text(
        "bartolomeo-ferri-luthier",
        "violin maker's history",
        None,
        """Bartolomeo Ferri (violin maker)

Bartolomeo Ferri (c. 1684 - 1751) was an Italian luthier of the Cremonese school who later
worked in Venice.

Life
Ferri was born around 1684 in Cremona, the son of a carpenter. By 1702 he was working in the
shop of Andrea Malvezzi, whose pattern he followed closely in his early instruments. His earliest
surviving labelled instrument, a viola, dates from 1709.

He married Caterina Bosio in 1712, and in 1720 he moved to Venice, where he opened a workshop
near San Zaccaria. The violin known as the "Contessa", possibly made in 1731, is regarded as
his finest work. Ferri died in Venice on 4 February 1751.

Instruments
About 60 of his instruments are known to survive, most of them violins; he is listed as no.
1744 in the standard catalogue of Venetian makers. His varnish is a deep orange-red, and he
marked every scroll with a small punched cross.

Legacy
The "Contessa" was sold at auction in London on 12 November 2019 for 1,250,000 pounds, the
highest price paid for a Ferri since 1998.""",
        (
            expect("1684~", "born"),
            expect("../1702", "malvezzi"),
            expect("1709", "viola"),
            expect("1712", "marri"),
            expect("1720", "venice"),
            expect("1731?", "contessa"),
            expect("1751-02-04", "die"),
            expect("2019-11-12", "auction"),
        ),
    ),
)
