"""A hundred-and-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
air quality agency's smog episode report, a puppet theatre's history, a licensing committee's
decision on a pub, a coastguard's incident summary, a canal boat hire company's HTML news page,
a telescope consortium's first light announcement, a darts championship report, a census
office's release calendar, a tin mine's history, a bishop's pastoral letter and a silk weaving
firm's history). Facts whose date a reader could take two ways (a season, "late 1970s", "next
week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTH_CORPUS",)

HUNDREDFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "rotterdam-dock-strike",
        "wire story with a dateline",
        date(2025, 2, 19),
        """ROTTERDAM, Feb 19 (Lowlands Wire) - Dock workers at the port of Rotterdam ended a
nine-day strike on Tuesday after the terminal operators' association agreed to a 6.5 percent
pay rise over two years, the FNV union said.

The walkout began on February 9 and halted about 40 percent of container handling, the worst
disruption at Europe's biggest port since 2002.

Union negotiator Marloes Dijkhuizen, who has led the union's dock section since 2021, said
members would vote on the deal on Friday. The new collective agreement is to run from April 1,
2025, to December 31, 2026.

The operators had offered 4 percent in talks that broke down on January 28. "Nobody wanted this
to last nine days," association chairman Henk Overmars told reporters.

Shipping lines diverted some 120 vessels to Antwerp and Hamburg during the stoppage. The port
authority expects the backlog of containers to be cleared by March 7.

The last strike at the port, in 1997, lasted three weeks. Dockers there still work a shift
pattern that rotates every Monday, one of the grievances raised in the talks.

(Reporting by Pieter van Aalst; Editing by Clare Horne; pieter.vanaalst@lowlandswire.example;
+31 10 555 0142)""",
        (
            expect("2025-02-18", "strike"),
            expect("2025-02-09", "walkout"),
            expect("2021/..", "dijkhuizen"),
            expect("2025-02-21", "vote", planned=True),
            expect("2025-04-01/2026-12-31", "agreement", planned=True),
            expect("2025-01-28", "talks"),
            expect("../2025-03-07", "backlog", planned=True),
            expect("1997", "strike"),
        ),
    ),
    Text(
        "voltrana-inverter-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Voltrana opens inverter plant in Tarragona

TARRAGONA, Spain - 4 June 2024 - Voltrana S.A., the Spanish maker of solar inverters, today
opened its new assembly plant in the port of Tarragona, its largest investment to date at
EUR 210 million.

Construction of the 38,000 square metre plant began in March 2023, on a site that Voltrana
bought from the port authority in about 2021. The plant will employ 640 people when fully
staffed and is certified to ISO 9001:2015.

"This plant is the heart of our Voltrana 2030 strategy," said chief executive Nuria Ferrer
Saiz. "It brings production home from Asia."

The plant will reach its full capacity of 1.2 million inverters a year no later than
31 March 2025. A second production line, for home batteries, is scheduled to open in
September 2025.

Voltrana has supplied inverters to the utility Energía Levante since 2016 and counts more than
4,000 installers among its customers.

About Voltrana
Founded in 2009 in Reus by engineers Nuria Ferrer Saiz and Joan Pujol, Voltrana designs and
manufactures power electronics for solar and storage systems. It employs 1,850 people and
sells in 31 countries.

Media contact
Marta Vidal, Head of Communications
press@voltrana.example | +34 977 555 210

###""",
        (
            expect("2024-06-04", "plant"),
            expect("2023-03", "construction"),
            expect("2021~", "site"),
            expect("../2025-03-31", "capacity", planned=True),
            expect("2025-09", "line", planned=True),
            expect("2016/..", "supplie"),
            expect("2009", "found"),
        ),
    ),
    Text(
        "whitcombe-v-brightwater",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEW MERIDIAN

DANA WHITCOMBE, Appellant,
v.
BRIGHTWATER HOLDINGS LLC, Appellee.

No. 23-CV-0418
Filed: September 12, 2024

OPINION

ALVAREZ-KING, Judge.

This appeal concerns a residential eviction under the Residential Tenancies Act of 1978. We
reverse.

I. BACKGROUND

On or about March 3, 2021, Appellant Dana Whitcombe signed a one-year lease for an apartment
at 1947 Orchard Row, owned by Appellee Brightwater Holdings LLC. Rent was due on the fifth day
of each month. After the first year the tenancy continued from month to month.

Brightwater served a notice to quit on November 30, 2022, citing late payments. Whitcombe
disputed the arrears and has deposited her rent with the clerk of the district court since
December 2022.

Brightwater filed its eviction complaint on January 17, 2023. The district court entered
judgment for possession on June 5, 2023, and denied Whitcombe's motion for reconsideration two
weeks later. This appeal followed.

II. DISCUSSION

Section 47-8-33 requires a landlord to give at least thirty days' written notice. A notice that
does not state the amount claimed is defective. Mendez v. Orchard Realty, 2015-NMCA-044, 350
P.3d 1181. Brightwater's notice named no amount. The district court did not address the
defect.

III. CONCLUSION

The judgment is reversed and the case is remanded with instructions to dismiss the complaint.

WE CONCUR: OKONJO, Chief Judge; BRANDT, Judge.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2022-11-30", "notice"),
            expect("2022-12/..", "rent"),
            expect("2023-01-17", "complaint"),
            expect("2023-06-05", "judgment"),
            expect("2023-06-19", "reconsideration"),
        ),
    ),
    Text(
        "kellford-town",
        "encyclopedia history",
        None,
        """Kellford

Kellford is a market town and civil parish on the River Lenn, 14 miles (23 km) north of
Ashbury. It had a population of 14,210 at the 2021 census.

History

A church stood on the hill above the ford by 1150, and the town received a market charter in
1267 from Henry III. Wool made Kellford rich in the later Middle Ages; the timber-framed
Guildhall on Sheep Street was built around 1480 and is the oldest secular building in the
parish.

During the Civil War, Kellford was besieged by Parliamentary forces in 1644, and its castle was
slighted the following year. Little of it survives beyond the gatehouse.

The Kellford Navigation, a short canal to the Lenn, probably opened in 1796, although no
record of its opening has been found. The railway arrived in 1849, and the canal fell out of
use soon after.

The borough was abolished under the Local Government Act 1972 and merged into Lenn Valley
District. The town has been twinned with Saint-Aubin-sur-Orne in Normandy since 1972.

Economy

Kellford's market is held every Thursday. The largest employer is the Bramley biscuit factory,
which makes the Kellford 1900 shortbread.

See also
- List of market towns in England""",
        (
            expect("../1150", "church"),
            expect("1267", "charter"),
            expect("1480~", "guildhall"),
            expect("1644", "besieg"),
            expect("1645", "castle"),
            expect("1796?", "navigation"),
            expect("1849", "railway"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "eastbridge-cup-semi",
        "sports report",
        date(2024, 11, 10),
        """Rovers reach final after penalty drama

By Sam Ellery

Eastbridge Rovers reached the County Challenge Cup final on Saturday, beating Ashcombe Town
5-4 on penalties after a 2-2 draw at a packed Mill Road. It is Rovers' first final since 1987.

Striker Kwame Boateng, who joined from Millford in January 2023, scored both goals, the second
a header in stoppage time. Goalkeeper Reece Danby then saved twice in the shoot-out.

"I told the lads at half-time we'd been here before," said manager Ines Carvalho, in charge
since May 2022. "This club deserves a big day out."

Ashcombe had knocked out the holders, Carden United, on October 19 and were favourites. Their
captain Luke Pryor was sent off in the 71st minute.

The final will be played at Calder Park on December 7 against Wynford Athletic. Rovers' only
previous cup win came in 1962, when they beat Wynford 3-1.

Tickets for the final go on sale on Wednesday at the club shop, which opens every weekday from
10am. A crowd of 11,942 saw the semi-final.

Rovers: Danby; Whitlow, Osei, Marsh, Kent; Bell (Tuck 80), Harlan, Rigby; Foy, Boateng,
Newman.""",
        (
            expect("2024-11-09", "rovers", "final"),
            expect("2023-01", "boateng"),
            expect("2022-05/..", "carvalho"),
            expect("2024-10-19", "holders"),
            expect("2024-12-07", "final", planned=True),
            expect("1962", "win"),
            expect("2024-11-13", "tickets", planned=True),
        ),
    ),
    Text(
        "harrowgate-paper-history",
        "company history",
        None,
        """Our history | Harrowgate Paper

Harrowgate Paper was founded in 1884 by the brothers Edwin and Samuel Harrow in a rented
rag mill on the Calder. Their first product was blotting paper for the Yorkshire woollen
trade.

The company moved to Riverside Mill, its present home, in 1902, and installed its first
continuous paper machine there. From 1939 to 1945 the mill made map paper for the War Office,
working three shifts a day.

In 1968 Harrowgate listed on the London Stock Exchange, and it acquired the board maker
Dunmore Board the following year. The Harrow family sold its controlling stake around 1990,
and the business is now owned by employees and investors.

Since 2008 all the pulp we buy has been FSC-certified. Our Heritage 1884 range of writing
papers is still made on PM3, a machine with 312 drying cylinders.

We plan to be carbon neutral by 2030, and a new biomass boiler is already cutting our gas use.

Registered in England, company no. 00218457.
Last updated 3 March 2024 | (c) 2024 Harrowgate Paper Ltd""",
        (
            expect("1884", "found"),
            expect("1902", "riverside"),
            expect("1939/1945", "map"),
            expect("1968", "list"),
            expect("1969", "dunmore"),
            expect("1990~", "stake"),
            expect("2008/..", "pulp"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """Mission summary: KESTREL-2 lunar orbiter

Agency: Nordic Space Cooperative (NSC)
COSPAR ID: 2019-061A | Mass at launch: 1,940 kg

KESTREL-2 was launched on 14 August 2019 aboard a Vega-E rocket from Kourou. After a
five-week cruise, the spacecraft entered lunar orbit on 20 September and released its small
lander, Tern, on 2 October.

Tern is believed to have touched down near Schrodinger crater on 9 October, but no signal was
received after the final descent burn, and its fate is unknown.

The orbiter circles the Moon every 118 minutes in a 100 km polar orbit. It has mapped water
ice in the south polar region since January 2020 with its neutron spectrometer and radar.

The mission was extended in 2022 and remains in good health. A successor, KESTREL-3, carrying a
rover, is scheduled to launch in 2027.

Key numbers
- Images returned: 2,416,000
- Orbits completed: more than 41,000
- Data volume: 2,019 terabytes""",
        (
            expect("2019-08-14", "launch"),
            expect("2019-09-20", "orbit"),
            expect("2019-10-02", "tern"),
            expect("2019-10-09?", "touch"),
            expect("2020-01/..", "ice"),
            expect("2022", "extend"),
            expect("2027", "kestrel-3", planned=True),
        ),
    ),
    Text(
        "varesh-flood-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement on the January floods in the Varesh basin
22 January 2025 | Ref. MWE/2025/014

Heavy rain from 11 to 15 January caused the worst flooding in the Varesh basin in a
generation. More than 6,300 households were affected and two people lost their lives.

The Minister, Dr Selin Arkan, visited the affected districts on Monday and met families in the
emergency shelters at Kozlu and Tepebasi.

A state of emergency has been in force in the three districts since 13 January. The embankment
at Varesh, built around 1964, gave way on the night of the 14th; an inquiry into its
maintenance has been ordered.

The Ministry will pay the first compensation to affected households by 28 February. Repairs to
the embankment are expected to be completed in June.

River levels measured at the Kozlu gauge were the highest since 1998. Under the Water Act 2011,
owners of damaged farmland may also claim for lost crops.

Residents who need help should call the free hotline on 0800 412 412, which is staffed every
day from 8:00 to 20:00.

Press office of the Ministry of Water and Environment""",
        (
            expect("2025-01-11/2025-01-15", "rain"),
            expect("2025-01-20", "visit"),
            expect("2025-01-13/..", "emergency"),
            expect("1964~", "embankment"),
            expect("../2025-02-28", "compensation", planned=True),
            expect("2025-06", "repair", planned=True),
        ),
    ),
    Text(
        "fernhill-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Fernhill Public Library</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/events">Events</a></nav>
<h1>Library news</h1>

<article>
<h2>Hargreaves Reading Room reopens</h2>
<p class="meta">Posted on 6 May 2024</p>
<p>The Hargreaves Reading Room reopened on Thursday 2 May after an eight-month refurbishment
that began in September 2023. New lighting and 48 study desks have been installed.</p>
</article>

<article>
<h2>Local history archive goes online</h2>
<p class="meta">Posted on 18 April 2024</p>
<p>More than 12,000 photographs from our local history archive, which was founded in 1932, can
now be searched online. The oldest photograph, of the Market Cross, was taken in about 1860.</p>
<p>The Pell Trust has funded the digitisation since 2021. The project will finish by
30 September 2024.</p>
</article>

<article>
<h2>Summer Reading Challenge</h2>
<p class="meta">Posted on 2 April 2024</p>
<p>This year's Summer Reading Challenge for children will run from 1 June to 31 August 2024.
Story time continues every Saturday at 10:30 in the children's library.</p>
</article>

<footer>
<p>Fernhill Council, 1 Civic Way, Fernhill FH2 7QP. Tel. 01632 960 418</p>
<p>Last updated 7 May 2024</p>
</footer>
</body>
</html>""",
        (
            expect("2024-05-02", "reading room"),
            expect("2023-09", "refurbish"),
            expect("1932", "archive"),
            expect("1860~", "photograph"),
            expect("2021/..", "pell"),
            expect("../2024-09-30", "project", planned=True),
            expect("2024-06-01/2024-08-31", "challenge", planned=True),
        ),
    ),
    Text(
        "lower-valdoria-smog",
        "air quality agency's smog episode report",
        None,
        """REGIONAL AIR QUALITY AGENCY OF LOWER VALDORIA
Episode report AQ-2025-03: winter smog in the Valdoria basin
Issued 20 February 2025

1. Summary
A smog episode affected the Valdoria basin from 3 to 9 February 2025, when a persistent
temperature inversion trapped emissions from traffic and domestic wood burning.

2. Course of the episode
Daily mean PM2.5 concentrations exceeded 50 ug/m3 at all 14 urban stations. They peaked on
6 February at 148 ug/m3 at station VD-1047 (Porta Nord), the highest daily mean since January
2017 and almost ten times the WHO 2021 guideline value.

The agency issued a red alert on 5 February and lifted it two days later, when a cold front
brought wind and rain. Diesel vehicles older than Euro 5 were banned from the city centre while
the alert was in force.

3. Monitoring
The regional monitoring network, operating since 1994, now has 31 stations. Data are
validated every morning and published hourly.

4. Outlook and measures
The low-emission zone is scheduled to expand to the whole ring road on 1 October 2025. A full
health impact assessment of the episode is expected by June 2025.

Contact: Air Quality Unit, aq@valdoria-air.example, tel. +39 0321 555 870""",
        (
            expect("2025-02-03/2025-02-09", "smog"),
            expect("2025-02-06", "peak"),
            expect("2025-02-05", "alert"),
            expect("2025-02-07", "lift"),
            expect("1994/..", "network"),
            expect("2025-10-01", "zone", planned=True),
            expect("../2025-06", "assessment", planned=True),
        ),
    ),
    Text(
        "little-lantern-puppets",
        "puppet theatre's history",
        None,
        """The Little Lantern Puppet Theatre: a short history

The Little Lantern was founded around 1923 by Ottilie Brandauer, a former costume maker at the
State Opera, who toured the fairgrounds of Lower Austria with a single marionette stage and a
suitcase of hand-carved figures.

In 1931 the company took over a disused tram depot on Weidengasse, where it still performs. Its
most famous figure, the original Kasper, was carved before 1930 by the sculptor Anton Reiss and
hangs today in the foyer.

The theatre closed in 1942, when its male puppeteers were called up, and reopened in 1947 with
a production of The Snow Queen. Ottilie's nephew Konrad Brandauer ran the theatre from 1953 to
1988 and wrote more than forty plays for it, among them the much-loved 1001 Nights.

Since 2004 the theatre has been run by a cooperative of its eleven puppeteers and makers. A
new studio stage for workshops and experimental work is to open in 2026.

Visiting us
Performances every Saturday and Sunday at 3 pm. The auditorium seats 120.
Box office: +43 1 555 3190""",
        (
            expect("1923~", "found"),
            expect("1931", "depot"),
            expect("../1930", "kasper"),
            expect("1942", "close"),
            expect("1947", "reopen"),
            expect("1953/1988", "konrad"),
            expect("2004/..", "cooperative"),
            expect("2026", "studio", planned=True),
        ),
    ),
    Text(
        "wheatsheaf-licence-decision",
        "licensing committee's decision on a pub",
        None,
        """THORNBURY DISTRICT COUNCIL
LICENSING SUB-COMMITTEE - DECISION NOTICE

Premises: The Wheatsheaf, 14 Mill Lane, Thornbury
Application reference: LIC/24/0392
Application: variation of a premises licence (Licensing Act 2003, section 34)

1. The Sub-Committee held a hearing on 16 July 2024 to consider an application by Greyfield
Inns Ltd to extend the hours for the sale of alcohol on Fridays and Saturdays until 01:00.

2. Greyfield Inns Ltd has held the premises licence since 2011. The application was received
on 3 May 2024. Representations had to be made no later than 31 May 2024; eleven were received
from residents of Mill Lane and Church Close.

3. Avon Constabulary reported that officers attended disorder outside the premises on 22 and
29 June. The premises currently close at 23:00 each night.

4. Decision: the application is granted in part. The terminal hour for the sale of alcohol on
Fridays and Saturdays shall be 00:00. Door staff must be employed from 21:00 on those nights.
The varied conditions will take effect on 1 September 2024.

5. Any party may appeal to the magistrates' court within 21 days of this notice.

Licensing Team, Thornbury District Council, Tel 01454 868 000""",
        (
            expect("2024-07-16", "hearing"),
            expect("2011/..", "licence"),
            expect("2024-05-03", "application"),
            expect("../2024-05-31", "representations"),
            expect("2024-06-22", "disorder"),
            expect("2024-06-29", "disorder"),
            expect("2024-09-01", "conditions", planned=True),
        ),
    ),
    Text(
        "silver-tern-sinking",
        "coastguard's incident summary",
        None,
        """EASTMARCH COASTGUARD AGENCY
Incident summary ISR-24-1187: sinking of the yacht Silver Tern
Porthwenna Coastguard Operations Centre

At 14:32 on 9 August 2024 the coastguard received a mayday on VHF channel 16 from the
12-metre yacht Silver Tern, taking on water four miles south of Gull Point with three people
on board.

The all-weather lifeboat from Porthwenna launched within twenty minutes, and the coastguard
helicopter Rescue 924 winched all three crew to safety. They were flown to Carrick General
Hospital with mild hypothermia. The yacht sank shortly afterwards.

Silver Tern, built in 1987, had passed a safety inspection in March 2024. The wreck was located
in 38 metres of water by a survey vessel two days later. A navigational warning for the area
has been in force since 10 August.

The Marine Accident Investigation Unit will publish its findings by 31 January 2025.

The Porthwenna lifeboat station, opened in 1866, has now launched 61 times this year, its
busiest season since 2019.

If you see someone in difficulty at sea or on the coast, dial 999 and ask for the Coastguard.
Media enquiries: 0300 123 4567""",
        (
            expect("2024-08-09", "mayday"),
            expect("1987", "built"),
            expect("2024-03", "inspection"),
            expect("2024-08-11", "wreck"),
            expect("2024-08-10/..", "warning"),
            expect("../2025-01-31", "findings", planned=True),
            expect("1866", "station"),
        ),
    ),
    Text(
        "wharfside-narrowboats-news",
        "canal boat hire company's news page in HTML",
        None,
        """<html>
<head><title>News | Wharfside Narrowboats</title></head>
<body>
<header><h1>Wharfside Narrowboats</h1><p>Holiday boat hire on the Grand Union</p></header>
<main>
<div class="news-item">
<h3>Two new wide-beam boats</h3>
<span class="date">12 November 2024</span>
<p>Bookings for our two new wide-beam boats, Kingfisher and Heron, open on 2 December, ahead
of their launch at Stoke Bruerne on 15 March 2025. Each sleeps six and has a solar roof.</p>
</div>
<div class="news-item">
<h3>Foxton Locks closure</h3>
<span class="date">28 October 2024</span>
<p>The Canal &amp; River Trust will close Foxton Locks from 6 January to 14 February 2025 for
gate repairs. The flight of ten locks, opened in 1814, is the longest staircase on the
network. Please plan your route via Market Harborough.</p>
</div>
<div class="news-item">
<h3>Forty years on the water</h3>
<span class="date">3 June 2024</span>
<p>Wharfside Narrowboats was founded in 1984 by Pat and Gwen Lacey with three boats. We moved
to our wharf at Stoke Bruerne in 1996, and since 2019 our fleet has included electric boats.
Hire changeover is every Saturday and Friday.</p>
</div>
</main>
<footer>Short breaks from &pound;1,295 | Tel 01604 555 203 | &copy; 2024 Wharfside Narrowboats
Ltd</footer>
</body>
</html>""",
        (
            expect("2024-12-02", "booking", planned=True),
            expect("2025-03-15", "launch", planned=True),
            expect("2025-01-06/2025-02-14", "foxton", planned=True),
            expect("1814", "flight"),
            expect("1984", "found"),
            expect("1996", "stoke bruerne"),
            expect("2019/..", "electric"),
        ),
    ),
    Text(
        "altiplano-first-light",
        "telescope consortium's first light announcement",
        None,
        """ALTIPLANO SOUTHERN ARRAY CONSORTIUM - PRESS ANNOUNCEMENT

First light for the Altiplano Survey Telescope

SAN PEDRO DE ATACAMA, Chile, 27 March 2025 - The Altiplano Survey Telescope (AST) has
captured its first images of the sky. Engineers recorded first light on the night of 18 March,
when the camera imaged the Tarantula Nebula, NGC 2070, in the Large Magellanic Cloud.

The consortium was formed in 2012 by seven universities in Chile, Spain and Canada. Site
testing on the Cerro Lagunas plateau, at 5,050 metres, began around 2009, and construction
of the telescope began in October 2018.

The 6.5-metre primary mirror was cast in 2016 and installed in August 2023. It will feed a
camera of 1,600 megapixels for the ASA-2030 survey of the southern sky.

"Seeing these first pictures after thirteen years of work is overwhelming," said project
director Dr Camila Rebolledo.

Science operations are expected to begin in January 2026, after a period of commissioning. The
first public data release is planned for no later than 30 June 2027.

Media contact: Tomas Iturra, communications officer
press@altiplano-array.example | +56 55 255 1900""",
        (
            expect("2025-03-18", "first light"),
            expect("2012", "consortium"),
            expect("2009~", "testing"),
            expect("2018-10", "construction"),
            expect("2016", "mirror"),
            expect("2023-08", "install"),
            expect("2026-01", "operations", planned=True),
            expect("../2027-06-30", "release", planned=True),
        ),
    ),
    Text(
        "northern-darts-final",
        "darts championship report",
        date(2025, 1, 6),
        """Vance clinches Northern title in final-leg thriller

By Dee Marsh, Darts Correspondent

Dutch left-hander Joris Vance won the Northern Darts Championship at the Winter Gardens on
Sunday night, beating world number one Kel Hartigan 7-6 in sets with a 170 checkout in the
deciding leg.

Vance, who turned professional in 2017, averaged 101.34 and hit 18 maximums in a final that
lasted almost three hours. Both players had come through their semi-finals on Saturday
afternoon, Vance edging Rob Coyle 6-5.

The tournament began on 27 December with 64 players and a prize fund of 500,000 pounds. The
championship was first held in 1978, in a working men's club in Bolton.

Hartigan, who has been ranked world number one since October, was gracious in defeat. "Joris
was better when it mattered," he said.

Vance will next play at the Masters in Blackpool from 14 to 16 February. Hartigan returns in
the Premier League, which is played on Thursday nights.

Result: Vance 7 Hartigan 6 (sets)""",
        (
            expect("2025-01-05", "vance", "win"),
            expect("2017", "professional"),
            expect("2025-01-04", "semi-final"),
            expect("2024-12-27", "tournament"),
            expect("1978", "championship"),
            expect("2024-10/..", "hartigan"),
            expect("2025-02-14/2025-02-16", "masters", planned=True),
        ),
    ),
    Text(
        "census-release-calendar",
        "census office's release calendar",
        None,
        """National Statistics Office
Census 2021: release calendar
Last updated 4 September 2023

Census day was 21 March 2021. This page lists the main releases of census results. All releases
are published at 9:30am.

Released
- First results (population and household estimates): published 28 June 2022.
- Ethnic group, national identity, language and religion: published 29 November 2022.
- Recommendation on the future of the census: the National Statistician's recommendation was
  made in June 2023 and is now under public consultation.

Forthcoming
- Migration and travel to work: 2 November 2023 (confirmed).
- Housing and household composition: provisional date 14 December 2023.
- Microdata samples for accredited researchers: by March 2024.

Background
A census has been held every ten years since 1841, except in 1941. The Census 2021 was run
under the Statistics Act 2007; the next, the 2031 Census, would need new legislation.

Tables such as TS021 and TS044 can be downloaded free of charge.

Enquiries: census.customerservices@nso.example | 0329 444 972""",
        (
            expect("2021-03-21", "census"),
            expect("2022-06-28", "first results"),
            expect("2022-11-29", "ethnic"),
            expect("2023-06", "recommendation"),
            expect("2023-11-02", "migration", planned=True),
            expect("2023-12-14", "housing", planned=True),
            expect("../2024-03", "microdata", planned=True),
        ),
    ),
    Text(
        "wheal-carrow-history",
        "tin mine's history",
        None,
        """Wheal Carrow: a history of the mine

Tin was being streamed from the gravels of the Carrow valley before 1400, and the stream works
are mentioned in the stannary court rolls of St Enedoc.

The first shaft on the lode was sunk around 1720 by a company of local adventurers. John Wesley
is said to have preached to the miners at the count house in 1757, though the story appears
only in a Victorian guidebook and may be a confusion with a nearby mine.

A 70-inch Cornish beam engine was installed in 1838 to pump the deeper workings, which reached
a depth of 1,640 feet. Falling tin prices forced the mine to close in 1898.

Wheal Carrow was reopened in 1907, 1916 and 1937, each time for only a few years, before the
pumps were finally stopped. Under the Mines Regulation Act 1872, the underground managers kept
detailed daily reports, many of which survive in the county record office.

The engine house has been a scheduled monument since 1985 and is open to visitors. The local
brewery's Wheal Carrow 1720 ale is served at the Miners Arms, where guided walks start every
Wednesday at 11am.""",
        (
            expect("../1400", "tin"),
            expect("1720~", "shaft"),
            expect("1757?", "wesley"),
            expect("1838", "engine"),
            expect("1898", "close"),
            expect("1907", "reopen"),
            expect("1916", "reopen"),
            expect("1937", "reopen"),
            expect("1985/..", "monument"),
        ),
    ),
    Text(
        "ravensmoor-pastoral-letter",
        "bishop's pastoral letter",
        None,
        """PASTORAL LETTER OF THE BISHOP OF RAVENSMOOR
for the beginning of Lent

My dear brothers and sisters in Christ,

On Ash Wednesday, 5 March, we shall begin together the great journey of Lent. I ask every
parish to make it a season of prayer, of fasting and of generosity.

Our diocese was erected in 1850, when Catholics in these valleys had few churches and fewer
priests. The first public Mass in Ravensmoor after the Reformation was said around 1791 in a
room above a saddler's shop. Our cathedral, consecrated in 1892, is the fruit of the sacrifices
of those families.

That cathedral now needs us. The survey of its roof carried out in November found serious decay
in the timbers above the nave, and I have launched an appeal to raise 2.4 million pounds.

Since my installation in 2017 I have visited every parish of the diocese. Since 2019 the number
of our parishes has fallen from 112 to 96, and we must plan for the future together. I will
therefore convene a diocesan synod, which will open on 14 September in the cathedral.

The diocesan pilgrimage to Walsingham will take place from 23 to 25 May. Our second collection,
taken every first Sunday of the month, supports the food banks run by our parishes.

With my blessing,

+ Gerard Callan
Bishop of Ravensmoor

Given at Bishop's House, Ravensmoor, on 2 February 2025, the Feast of the Presentation of the
Lord.""",
        (
            expect("2025-03-05", "lent", planned=True),
            expect("1850", "diocese"),
            expect("1791~", "mass"),
            expect("1892", "consecrat"),
            expect("2024-11", "survey"),
            expect("2017", "installation"),
            expect("2025-09-14", "synod", planned=True),
            expect("2025-05-23/2025-05-25", "pilgrimage", planned=True),
        ),
    ),
    Text(
        "hallam-crewe-silk",
        "silk weaving firm's history",
        None,
        """Hallam & Crewe: two centuries of silk

Hallam & Crewe was founded in 1826 by Josiah Hallam, a throwster, and his brother-in-law
William Crewe, a pattern drawer, in a garret workshop on Paradise Street, Macclesfield.

The partners introduced Jacquard looms in 1834, allowing them to weave the figured silks that
made their name. The firm moved to Park Lane Mill in 1851 and received its first royal warrant
in about 1860. Power looms had replaced the hand looms by 1905, although a few hand weavers
were kept on for special commissions such as the Jubilee 1887 design.

From 1940 to 1945 the mill wove parachute silk for the Air Ministry. In 1953 Hallam & Crewe
wove the silk for the coronation robes, a commission still recalled in the firm's archive as
Pattern No. 1837.

The firm has been owned by the Okafor family since 2003 and now weaves ties, scarves and
furnishing fabrics for customers in 22 countries. The oldest part of Park Lane Mill is due to
reopen as a working museum in 2026.

Hallam & Crewe Ltd. Registered in England No. 00114521.""",
        (
            expect("1826", "found"),
            expect("1834", "jacquard"),
            expect("1851", "park lane"),
            expect("1860~", "warrant"),
            expect("../1905", "power loom"),
            expect("1940/1945", "parachute"),
            expect("1953", "coronation"),
            expect("2003/..", "okafor"),
            expect("2026", "museum", planned=True),
        ),
    ),
)
