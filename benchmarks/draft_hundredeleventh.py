"""A hundred-and-eleventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
landslide agency's hazard update, a marching band's history, a consumer tribunal's decision on
a builder, a ski patrol's incident log, a cathedral's events page in HTML, a battery maker's
gigafactory announcement, a curling championship report, a tax authority's filing deadline
notice, a paper mill's history, a rotary club's newsletter and a clockmaker's guild history).
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDELEVENTH_CORPUS",)

HUNDREDELEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2025, 10, 8),
        """GUAYAQUIL, Ecuador, Oct 8 (Andes Wire) - Dockworkers at the Puerto Nuevo container
terminal walked out on Monday, halting banana and shrimp shipments in what shippers called the
longest stoppage at the port since 2008.

The Sindicato Portuario del Guayas filed a strike notice with the labor ministry on September 22,
after talks on a new wage scale broke down. The union's previous collective contract expired on
or about September 30, according to a copy seen by Andes Wire.

Terminal operator Costa Pacifica Logistics, which has run Puerto Nuevo under a state concession
since 2016, said about 1,450 containers were waiting on the quays. Exporters put their losses at
$38 million a day, a figure the company did not dispute.

Labor Minister Rocio Andrade will convene both sides in Quito on Friday, her office said in a
statement. "There is room for an agreement," she told reporters.

The last strike at the terminal ran from 3 to 11 March 2019 and ended with a 6 percent raise.
Union delegates, who meet every Thursday at the hiring hall, said they would not accept less
this time.

Shipping agents advised customers to call the port hotline at +593 4 555 0172 for berth updates.

(Reporting by Marcela Ortiz; Editing by Tom Hadley)""",
        (
            expect("2025-10-06", "walk"),
            expect("2025-09-22", "notice"),
            expect("2025-09-30~", "contract", "expir"),
            expect("2016/..", "concession"),
            expect("2025-10-10", "convene", planned=True),
            expect("2019-03-03/2019-03-11", "strike"),
        ),
    ),
    Text(
        "bakery-opening",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harlow Grain Foods opens £42 million bakery in Wakefield

Leeds, 12 February 2025 - Harlow Grain Foods, the family-owned maker of sliced bread and
crumpets, today opened its new bakery at the Calder Park estate in Wakefield, creating 260 jobs.

Construction of the 18,000 square metre site began in March 2023, and the first loaves came off
the line for trials on 20 January 2025. The company signed a ten-year flour supply agreement
with Pennine Millers on 28 January.

The bakery is expected to reach full production by June 2025. A second line, for gluten-free
products, is scheduled to open in March 2026.

"Our grandfather started with one oven in 1974," said managing director Clare Harlow. "This
is the biggest step the business has taken in fifty years."

The site is powered by rooftop solar panels and has been certified under ISO 14001:2015. It
supports the company's Net Zero 2040 pledge.

Notes to editors
Harlow Grain Foods was founded in 1974 in Halifax and employs 1,150 people at four sites.
Its bakeries run 24 hours a day, seven days a week.

Media contact: Priya Nair, Harlow Grain Foods, +44 113 496 0721, press@harlowgrain.example

ENDS""",
        (
            expect("2025-02-12", "open", "bakery"),
            expect("2023-03", "construction"),
            expect("2025-01-20", "trial"),
            expect("2025-01-28", "agreement"),
            expect("../2025-06", "production", planned=True),
            expect("2026-03", "line", planned=True),
            expect("1974", "found"),
        ),
    ),
    Text(
        "roof-collapse-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH DAKOTA

MARLENE OSTBY, Plaintiff and Appellant,
v.
PRAIRIE MUTUAL INSURANCE COMPANY, Defendant and Appellee.

No. 2023-CV-0418
Filed March 6, 2024

OPINION

HALVORSEN, Judge.

[1] Marlene Ostby appeals from a summary judgment dismissing her claim for the collapse of the
roof of a grain storage building in Cass County. We reverse and remand.

[2] Ostby purchased the farm, including the building, on June 14, 2019. The building had been
insured by Prairie Mutual continuously since 2015, under policies issued to the prior owners
and renewed in Ostby's name.

[3] On or about August 2, 2020, after several days of heavy rain, the roof collapsed. Ostby
notified Prairie Mutual by letter dated September 3, 2020. Prairie Mutual denied the claim on
January 11, 2021, asserting that the collapse resulted from long-term deterioration, which the
policy excluded. Ostby filed suit in March 2021.

[4] The district court granted summary judgment to Prairie Mutual on May 17, 2023, holding that
the notice was untimely as a matter of law. We disagree. Whether notice was given "as soon as
practicable" is ordinarily a question of fact. See Lindgren v. Northern Cas. Co., 412 N.W.2d
119 (N.D. 1987). The policy, form PM-1190, set no fixed period, and Prairie Mutual has not shown
that the thirty-two day interval prejudiced its investigation.

[5] Because genuine issues of material fact remain, the judgment is reversed and the case is
remanded for trial.""",
        (
            expect("2019-06-14", "purchas"),
            expect("2015/..", "insur"),
            expect("2020-08-02~", "roof", "collaps"),
            expect("2020-09-03", "notif"),
            expect("2021-01-11", "denied"),
            expect("2021-03", "suit"),
            expect("2023-05-17", "summary judgment"),
        ),
    ),
    Text(
        "varnsholm-history",
        "encyclopedia history",
        None,
        """Varnsholm

Varnsholm is a market town on the eastern shore of the fictional Lake Ormen, with a population
of 11,840 (2022).

History

A fishing settlement was founded on the headland c. 1140 by monks from the abbey of Saint Olof.
The stone church of Saint Brigid was perhaps consecrated in 1215, although the only source for
that year is a seventeenth-century chronicle.

Varnsholm received its town charter from King Magnus in 1327, which gave its merchants the right
to hold a weekly market on Saturdays, a custom that survives today. The town was largely
destroyed by a great fire in 1598 and was rebuilt in stone the following year.

During the Northern Wars the town was occupied by Swedish troops from 1658 to 1679; a first peace
treaty did not end the occupation, and the garrison remained until a second settlement.

The railway from the capital reached Varnsholm in 1871, and the harbour was deepened in 1894
and again in 1912. Its population was then the largest in the region outside the capital, a rank
it had not held since 1700.

Economy

Fishing remained the main trade until the 1950s. Today the town is known for its boatyards and
for the Varnsholm Regatta, held on the lake every August.

See also: List of towns on Lake Ormen""",
        (
            expect("1140~", "found"),
            expect("1215?", "consecrat"),
            expect("1327", "charter"),
            expect("1598", "fire"),
            expect("1599", "rebuil"),
            expect("1658/1679", "occupied"),
            expect("1871", "railway"),
            expect("1894", "harbour", "deepen"),
            expect("1912", "harbour", "deepen"),
        ),
    ),
    Text(
        "rovers-win",
        "sports report",
        date(2024, 11, 20),
        """Rovers end away drought as Mensah double sinks Albion

By Daniel Kerr, Football Correspondent

Kwame Mensah scored twice as Kelsall Rovers beat Dunmore Albion 3-1 on Tuesday night, their
first away win in the league since 2015.

Mensah, who signed from Belgian side KV Oostkamp in January 2023, opened the scoring after 11
minutes and added a second from the penalty spot before half-time. Albion's Jordan Pike pulled
one back, but substitute Leo Varga sealed the result in stoppage time in front of a crowd of
1,987.

It was a fourth win in six matches for manager Siobhan Doyle, appointed on 2 September after
the sacking of her predecessor. Doyle, a former Rovers captain, was part of the side that last
won the league title in 1998.

Rovers were without centre-back Tom Ashby, who has been injured since October with a hamstring
problem, and Doyle said he was still "a few weeks away".

"We train every morning at 9.30 and the players have bought into it," Doyle said. "But nobody
is talking about the 2026 play-offs yet."

Rovers host leaders Carrick Town on Saturday. Albion, now 14th, travel to Millbrook.

Dunmore Albion (4-4-2): Reid; Hall, Okafor, Burns, Lyle; Pike, Gray, Nolan, Fenn; Ward, Tait.
Kelsall Rovers (4-3-3): Quinn; Boyd, Marsh, Ekwe, Palmer; Carr, Doyle J, Ruiz; Mensah, Varga,
Haig.""",
        (
            expect("2024-11-19", "beat"),
            expect("2023-01", "sign"),
            expect("2024-09-02", "appoint"),
            expect("1998", "title"),
            expect("2024-10/..", "injur"),
            expect("2024-11-23", "host", planned=True),
        ),
    ),
    Text(
        "maison-verdier",
        "company history",
        None,
        """Our history | Maison Verdier

1923 - The beginning
Marcel Verdier founded a small workshop making copper cookware in the Croix-Rousse district of
Lyon in 1923. His first catalogue listed eleven pans; the Model 1923 sauté pan is still made
today.

The post-war years
Around 1950 the company moved to a larger plant in Vénissieux, where it began to make
stainless-steel pots for hotel kitchens.

A listed company
Maison Verdier was listed on the Lyon stock exchange on 4 May 1987. The offer was
oversubscribed four times.

Growth through acquisitions
The group bought three family firms, Cuivrerie Dumas, Forges de l'Ain and Bell & Rowe, in 2001,
2005 and 2009. Annual sales now exceed 300 million euros, the highest since the company's
foundation.

Today
Maison Verdier has been headquartered in the Confluence district of Lyon since 2012 and employs
2,150 people in France, Belgium and the United Kingdom. Our workshops are open to visitors every
first Saturday of the month.

Tomorrow
A new forge in Roanne, designed to recycle used copper, will open in 2027.

Maison Verdier SA - RCS Lyon 954 203 118 - Tel. +33 4 72 00 19 23""",
        (
            expect("1923", "found"),
            expect("1950~", "moved"),
            expect("1987-05-04", "listed"),
            expect("2001", "bought"),
            expect("2005", "bought"),
            expect("2009", "bought"),
            expect("2012/..", "headquarter"),
            expect("2027", "forge", planned=True),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary",
        None,
        """KESTREL VENUS ORBITER - MISSION SUMMARY

Mission type: orbiter and atmospheric lander
Operator: Nordic Space Agency (NSA-VEN-04)
Launch mass: 2,310 kg

Overview
Kestrel was launched on 14 March 2021 from Kourou on an Ariane 6 rocket. After a gravity-assist
flyby of Earth, the spacecraft entered orbit around Venus on August 6, 2022, and released its
lander, Tern, on November 12.

Tern descended on a parachute for 58 minutes and returned the first colour images of the
surface since 1982. Contact with the lander was lost around 9 January 2023, when its batteries
were exhausted.

Orbiter operations
The orbiter's radar mapped 93 percent of the surface during the prime mission. Its star tracker
failed, probably in 2024, although the team cannot be sure because the fault was only found in
stored engineering data; navigation now relies on the backup unit.

Extended mission
The extended mission is scheduled to end in December 2027, when the orbiter will be lowered
into the atmosphere. A follow-on concept, Kestrel-2030, is under study.

Key facts
- Orbit period: 1.9 days
- Data returned: 412 terabits
- Mission control: Kiruna, Sweden""",
        (
            expect("2021-03-14", "launch"),
            expect("2022-08-06", "orbit"),
            expect("2022-11-12", "lander", "releas"),
            expect("2023-01-09~", "contact", "lost"),
            expect("2024?", "tracker"),
            expect("2027-12", "mission", "end", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """Ministry of Health and Social Affairs
Statement | 27 September 2023

Measles vaccination campaign in the northern districts

On Monday the Ministry convened the national immunisation committee to review the measles
outbreak in the districts of Korvala and Eskerud. The first case was confirmed on 14 August in a
child who had returned from abroad. Since then 63 cases have been recorded, the highest weekly
count since 2019.

A public health advisory for both districts has been in force since 1 September. It asks
parents to check their children's vaccination records and to keep unwell children at home.

The Ministry has decided to offer a free catch-up dose to every child aged one to fourteen. The
vaccination campaign will begin on 2 October and will run in schools and health centres until
the end of November. All clinics in the two districts will have received their vaccine stock by
29 September.

Minister Hanna Lindqvist said: "Vaccination works. I ask every family to use this chance."

The campaign is carried out under the Communicable Diseases Act 2018. Health centres in the
districts are open every weekday from 8.00 to 16.00.

Information for the public: health advice line 0800 555 0199.
Press enquiries: press@health.example.gov""",
        (
            expect("2023-09-25", "convene"),
            expect("2023-08-14", "case", "confirm"),
            expect("2023-09-01/..", "advisory"),
            expect("2023-10-02", "campaign", planned=True),
            expect("../2023-09-29", "stock", planned=True),
        ),
    ),
    Text(
        "council-news-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Ashworth Borough Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Council news</h1>
<ul class="news-list">
  <li><time datetime="2025-06-12">12 June 2025</time>
    <h2>Central Library reopens</h2>
    <p>The Central Library reopened on 12 June 2025 after a refurbishment that began in
    October 2024. It is open every day except Sunday.</p></li>
  <li><time datetime="2025-06-05">5 June 2025</time>
    <h2>Mill Road resurfacing</h2>
    <p>Resurfacing works on Mill Road will run from 16 to 27 June 2025. Bus route 2017 will be
    diverted via Station Street.</p></li>
  <li><time datetime="2025-05-28">28 May 2025</time>
    <h2>Budget approved</h2>
    <p>Councillors approved the 2025/26 budget on 27 May 2025 by 31 votes to 12. The leisure
    centre, closed since 3 March 2025 for safety checks, is expected to reopen by
    September.</p></li>
  <li><time datetime="2025-05-14">14 May 2025</time>
    <h2>New mayor</h2>
    <p>Councillor Amrit Sandhu was elected mayor on 14 May 2025, the first Sikh mayor of the
    borough since its creation in 1974.</p></li>
</ul>
</main>
<footer><p>Last updated: 13 June 2025 | Ashworth Borough Council, Town Hall, AS1 2BB | 01632
960 481</p></footer>
</body>
</html>""",
        (
            expect("2025-06-12", "library", "reopen"),
            expect("2024-10", "refurbish"),
            expect("2025-06-16/2025-06-27", "resurfac", planned=True),
            expect("2025-05-27", "budget"),
            expect("2025-03-03/..", "leisure", "clos"),
            expect("../2025-09", "reopen", planned=True),
            expect("2025-05-14", "mayor"),
            expect("1974", "creat"),
        ),
    ),
    Text(
        "landslide-bulletin",
        "landslide agency's hazard update",
        None,
        """NATIONAL GEOHAZARD SERVICE
Landslide Hazard Update - Bulletin No. 2024/17
Issued: Wednesday 10 July 2024, 08:00
Area: Brenner Valley, Sankt Ruprecht municipality

Hazard level: HIGH (level 4 of 5)

Situation
Heavy rain fell on the upper valley from 5 to 8 July 2024, with 212 mm recorded at the
Hohenalm gauge, the wettest four days there since 1999. Inclinometers on the Graukopf slope
detected accelerated movement of up to 14 mm per hour on Tuesday.

Measures in force
The valley road (L 237) between Sankt Ruprecht and Alm has been closed since 6 July. Fourteen
households below the slope were evacuated on 8 July and are staying with relatives or at the
Sankt Ruprecht school.

Background
The Graukopf slope last failed in about 1987, when a debris flow buried the old sawmill. It has
been monitored continuously since 2003.

Outlook
Further rain of 20-40 mm is forecast. Geologists will reassess the slope by helicopter on
Friday, and the hazard level will be reviewed after the inspection.

Monitoring data are refreshed every 15 minutes on the Service's website. Residents with
questions may call the municipal hotline, 0800 310 2417.

This bulletin replaces Bulletin No. 2024/16.""",
        (
            expect("2024-07-05/2024-07-08", "rain"),
            expect("2024-07-09", "movement"),
            expect("2024-07-06/..", "road", "clos"),
            expect("2024-07-08", "evacuat"),
            expect("1987~", "fail"),
            expect("2003/..", "monitor"),
            expect("2024-07-12", "reassess", planned=True),
        ),
    ),
    Text(
        "band-history",
        "marching band's history",
        None,
        """About Us - The Pride of Millbrook Marching Band

Our story

The Millbrook High School Marching Band was formed in 1948 by a group of returning veterans who
had played in service bands during the war. Its first uniforms, in green and gold wool, were
bought circa 1952 with money raised at a town pancake supper.

The band gained national attention when it marched in the Tournament of Roses Parade in
Pasadena on January 1, 1976, one of several bands chosen to mark the Bicentennial. Members still
call it "the 1976 trip".

Under director Ruth Calloway the Pride won the state marching championship in 1983, 1985 and
1991. The band's 1991 show, "Prairie Fire", is still regarded as its finest, and no Millbrook
band has scored higher since.

Marcus Bell has directed the band since 2010. Today the Pride has 112 members in grades 9
through 12 and rehearses every Tuesday and Thursday evening from 6 to 8 p.m., with a two-week
band camp each August.

Looking ahead

The band will march in the St. Patrick's Day Parade in Dublin, Ireland, on March 17, 2026. It
is the band's first invitation abroad, and families have been fundraising for it since the
autumn.

Contact: Millbrook Band Boosters, P.O. Box 1948, Millbrook, IA 50321 - (515) 555-0138""",
        (
            expect("1948", "formed"),
            expect("1952~", "uniform"),
            expect("1976-01-01", "parade"),
            expect("1983", "championship"),
            expect("1985", "championship"),
            expect("1991", "championship"),
            expect("2010/..", "direct"),
            expect("2026-03-17", "parade", planned=True),
        ),
    ),
    Text(
        "tribunal-builder",
        "consumer tribunal's decision on a builder",
        None,
        """CONSUMER AND TRADER TRIBUNAL
Home Building Division

Case No. CT-2023-1187
Applicants: Nadia and Samuel Oyelaran
Respondent: Brightline Homes Pty Ltd (ABN 51 824 753 110)
Decision date: 4 June 2025
Member: R. Castellano

DECISION

1. The respondent is to pay the applicants $18,450 for rectification work no later than
2 July 2025.

REASONS

2. The applicants signed a contract with the respondent on 3 February 2022 for the construction
of a single-storey house in Wollert. The respondent had finished the frame by August 2022, and
the applicants moved into the completed house around 14 March 2023.

3. In May 2023 cracks appeared in the internal walls and the garage slab. The respondent's
supervisor inspected the house but denied that the cracks were structural. The applicants
lodged their complaint with the Tribunal on 19 September 2023.

4. The hearing was held from 10 to 12 March 2025. The Tribunal accepted the evidence of the
applicants' engineer that the slab had been poured without the reinforcement shown on drawing
S-204, as required by the Domestic Building Contracts Act 1995.

5. The respondent has held a builder's registration since 2009, and the Tribunal has had regard
to its otherwise clean record. Nonetheless the defects are a breach of the statutory warranties.

6. The respondent's counter-claim is dismissed.""",
        (
            expect("../2025-07-02", "pay", planned=True),
            expect("2022-02-03", "contract"),
            expect("../2022-08", "frame"),
            expect("2023-03-14~", "moved"),
            expect("2023-05", "crack"),
            expect("2023-09-19", "complaint"),
            expect("2025-03-10/2025-03-12", "hearing"),
            expect("2009/..", "registration"),
        ),
    ),
    Text(
        "ski-patrol-log",
        "ski patrol's incident log",
        None,
        """CRESTLINE MOUNTAIN SKI PATROL - INCIDENT LOG (EXTRACT)
Season 2024/25 - Week 6 - Compiled by: Patrol Director K. Brandt
Radio: channel 16 (patrol), channel 4 (lifts)

Sat 1 Feb 2025
07:15 Avalanche control on the Ridge and Cornice runs with hand charges, 6 shots, 2 results.
Runs opened 09:40.

Sun 2 Feb
11:02 Collision between a snowboarder and a skier below Chair 2. Skier (female, 34) treated for
a suspected wrist fracture and taken to the clinic by sled. Ref. SP-2025-0211.

Thu 6 Feb
14:30 Lift 4 (Summit Quad) stopped with a gearbox fault. Lift 4 closed from 6 Feb until further
notice; 38 guests evacuated by rope, all uninjured.

Sat 8 Feb
15:45 Reported lost: male skier, 61, last seen on Timber trail. Found at approx. 16:30 near the
boundary rope, cold but unhurt.

Notes
- Rope tow on the beginners' area is to reopen on 15 Feb after repairs.
- Refresher training for all patrollers is held every Monday at 07:00.
- Snow depth at the summit stake: 187 cm, the deepest for early February since 2017.
- Emergency number on the mountain: 555-0199.""",
        (
            expect("2025-02-01", "avalanche"),
            expect("2025-02-02", "collision"),
            expect("2025-02-06", "lift", "stop"),
            expect("2025-02-06/..", "lift", "closed"),
            expect("2025-02-08", "skier"),
            expect("2025-02-15", "tow", "reopen", planned=True),
        ),
    ),
    Text(
        "cathedral-events-html",
        "cathedral's events page in HTML",
        None,
        """<html>
<head><title>What's On 2025 - St Aidan's Cathedral, Norchester</title></head>
<body>
<div id="banner">St Aidan's Cathedral, Norchester | Registered charity no. 1132847</div>
<h1>What's On - Events 2025</h1>
<section class="regular">
  <h2>Regular services</h2>
  <p>Choral Evensong is sung every Sunday at 5pm, using the 1662 Book of Common Prayer.</p>
</section>
<section class="events">
  <h2>Coming up</h2>
  <article>
    <h3>Lent Organ Recitals</h3>
    <p>Fridays from 7 March to 11 April 2025 at 1pm, given by the Cathedral Organist.</p>
  </article>
  <article>
    <h3>Easter Day</h3>
    <p>The Bishop will preside at the Easter Eucharist on Sunday 20 April 2025 at 10.30am.</p>
  </article>
  <article>
    <h3>Ordinations</h3>
    <p>Six deacons will be ordained on Saturday 28 June at 11am. Tickets are not required.</p>
  </article>
  <article>
    <h3>Norchester Early Music Festival</h3>
    <p>The cathedral has hosted the festival since 1998. This year's programme includes Psalm 121
    in a setting by Thomas Weelkes.</p>
  </article>
</section>
<section class="history">
  <h2>Visit the spire</h2>
  <p>The restoration of the spire was completed in November 2024 after three years of work. From
  the tower gallery visitors can see the West Window, installed in 1352 and releaded around
  1880.</p>
</section>
<footer>Last updated 3 March 2025 | Cathedral Office 01632 960 733</footer>
</body>
</html>""",
        (
            expect("2025-03-07/2025-04-11", "recital", planned=True),
            expect("2025-04-20", "easter", planned=True),
            expect("2025-06-28", "ordain", planned=True),
            expect("1998/..", "festival"),
            expect("2024-11", "spire"),
            expect("1352", "window"),
            expect("1880~", "releaded"),
        ),
    ),
    Text(
        "gigafactory-announcement",
        "battery maker's gigafactory announcement",
        None,
        """PRESS RELEASE

Borealis Cells breaks ground on 40 GWh gigafactory in Oulu

OULU, Finland - 22 January 2025 - Borealis Cells Oy, the Finnish maker of lithium iron phosphate
battery cells, broke ground today on its first large-scale gigafactory in the Ruskonselkä
industrial zone.

The environmental permit for the site was granted on 9 December 2024, after an appeal by a local
residents' group was withdrawn. The company closed a EUR 620 million Series C funding round
on 14 January.

Cell production is scheduled to start in October 2027, and the plant is expected to reach its
full capacity of 40 GWh a year by 2030, enough for about 500,000 electric cars. About 1,800
people will work at the site.

Borealis Cells was founded in 2017 as a spin-out of the University of Oulu. Its pilot line in
Vaasa has been running since 2021 and supplies cells for electric buses and stationary storage.

"Our cells will be made with Finnish hydropower and Finnish minerals," said chief executive
Elina Saarinen. "This plant puts Europe's battery supply chain on firmer ground."

The factory is designed to comply with the EU Battery Regulation 2023/1542, including its rules
on battery passports and recycled content.

About Borealis Cells
Borealis Cells Oy (Business ID 2871593-4) develops and manufactures LFP cells.

Media: Juha Laine, +358 40 555 0192, media@borealiscells.example""",
        (
            expect("2025-01-22", "ground"),
            expect("2024-12-09", "permit"),
            expect("2025-01-14", "funding"),
            expect("2027-10", "production", planned=True),
            expect("../2030", "capacity", planned=True),
            expect("2017", "found"),
            expect("2021/..", "pilot"),
        ),
    ),
    Text(
        "curling-final",
        "curling championship report",
        date(2025, 3, 24),
        """CURLING

Rink Maclean takes national title with steal in the tenth

From our correspondent in Perth

Skip Fiona Maclean and her rink from Lockerbie won the Scottish Women's Curling Championship on
Sunday, beating the defending champions 7-6 with a steal of one in the tenth end at the Dewars
Centre.

It was Maclean's first national title, and the first for a Borders rink since 2009. Her team -
Isla Grant, Morven Reid and Katie Shaw - has played together since 2020 and lost only one game
in the round robin, which ran from 15 to 21 March.

Maclean threw 88 per cent over the final, with a double take-out in the eighth end that turned
the match. "We practise that shot every Wednesday night," she said.

The Lockerbie rink won bronze at the European Junior Challenge in 2019, when Reid was still at
school, and reached the national final in 2023, losing to the same opponents.

As national champions they will represent Scotland at the World Women's Championship, which
opens on Saturday in Uijeongbu, South Korea. Their results there will count towards the 2026
Olympic qualifying ranking.

Final: Maclean (Lockerbie) 7, Hendry (Kinross) 6.""",
        (
            expect("2025-03-23", "won", "championship"),
            expect("2020/..", "played together"),
            expect("2025-03-15/2025-03-21", "round robin"),
            expect("2019", "bronze"),
            expect("2023", "final"),
            expect("2025-03-29", "world", planned=True),
        ),
    ),
    Text(
        "tax-deadline-notice",
        "tax authority's filing deadline notice",
        None,
        """REVENUE AND CUSTOMS AUTHORITY
Public Notice PN 2025-07
Issued: 4 June 2025

Filing deadline for individual income tax returns, tax year 2024

1. Individual income tax returns (Form IT-12) for the 2024 tax year must be filed no later than
31 July 2025. This applies to employees with side income, sole traders and landlords.

2. The online filing portal will open on 1 July 2025. Taxpayers who used the portal last year
can log in with their existing credentials.

3. Since 1 January 2024 all sole traders with a turnover above 85,000 have been required to file
electronically. Paper returns from these taxpayers will be rejected.

4. Interest on unpaid tax will accrue from 1 August 2025 at the statutory rate of 7.5 per cent.

5. The Authority's systems were unavailable for nine hours on 27 May 2025 because of a hardware
failure. No data were lost, and payments due that day are treated as paid on time.

6. In 2023 the Authority extended the filing deadline by six weeks after a system failure. No
such extension is planned this year.

7. This notice is issued under section 112 of the Income Tax Act 1997.

Help: call 1800 555 0142 (Monday to Friday, 8am to 6pm) or visit any tax office. Reference this
notice as PN 2025-07.""",
        (
            expect("../2025-07-31", "return", "filed", planned=True),
            expect("2025-07-01", "portal", planned=True),
            expect("2024-01-01/..", "electronic"),
            expect("2025-08-01", "interest", planned=True),
            expect("2025-05-27", "unavailable"),
            expect("2023", "extend"),
        ),
    ),
    Text(
        "paper-mill-history",
        "paper mill's history",
        None,
        """Heritage Trail, Panel 4: Hollins Bridge Paper Mill

Hollins Bridge Mill was built in 1791 by the Quaker papermaker Josiah Ferrand, on the site of an
older corn mill on the River Wenn. At first it made rag paper by hand in a single vat.

The mill's first Fourdrinier machine was installed c. 1832, and by the middle of the century
Hollins Bridge was supplying printing paper to publishers in Manchester and Liverpool.

A fire in 1866 destroyed the machine house and most of the rag stores. The Ferrand family
rebuilt it, and the mill reopened two years later with two new machines; No. 3 machine, added
later, could make 1,200 tonnes of paper a year.

The mill was bought by the Northern Paper Combine in 1920 and modernised, with steam turbines
replacing the water wheels. It closed on 30 June 1982, when the last 140 workers were laid off.

The machine house and the chimney have been listed buildings since 1994. Part of the site is now
a museum, which is open every weekend from Easter to October.

Look out for the watermark reading "J F 1791" in the sheets on display: it was used on the mill's
writing paper for nearly a century.

Hollins Bridge Heritage Trust - registered charity 1045521""",
        (
            expect("1791", "built"),
            expect("1832~", "fourdrinier"),
            expect("1866", "fire"),
            expect("1868", "reopen"),
            expect("1920", "bought"),
            expect("1982-06-30", "closed"),
            expect("1994/..", "listed"),
        ),
    ),
    Text(
        "rotary-newsletter",
        "rotary club's newsletter",
        date(2024, 9, 4),
        """THE WHEEL
Newsletter of the Rotary Club of Bramford - District 1240 - Issue 412

From the President

Dear friends, what a summer! Our charity golf day at Bramford Heath on Friday 23 August raised
£6,820 for the children's hospice, our best total since the event began. Thank you to everyone
who carried clubs, sold raffle tickets or simply turned up.

It has been a privilege to serve as your President since July, and I am looking forward to
welcoming District Governor Malcolm Eyre when he visits the club on Tuesday 10 September.
Please let the secretary know if you will join us for dinner.

Dates for your diary
Our Book Fair will be held at the Corn Exchange from 5 to 6 October. Donations of books can be
left at the library.

Remembering Joe Whitlock
We were sad to learn of the death of Joe Whitlock, who died on 19 August aged 91. Joe joined
the club around 1978 and was made a Paul Harris Fellow for his work on the Bramford bus shelter
scheme. The club itself was chartered in 1952.

Reminders
We meet every Thursday at 12.30 at the White Hart. Subscriptions are due at the AGM.

Anne Moreland, President
Secretary: Ian Platt, 01473 555 019""",
        (
            expect("2024-08-23", "golf"),
            expect("2024-07/..", "president"),
            expect("2024-09-10", "governor", planned=True),
            expect("2024-10-05/2024-10-06", "book fair", planned=True),
            expect("2024-08-19", "whitlock"),
            expect("1978~", "joined"),
            expect("1952", "chartered"),
        ),
    ),
    Text(
        "clockmakers-guild",
        "clockmaker's guild history",
        None,
        """The Worshipful Guild of Clockmakers of Eastwich - A Short History

Origins
The Guild received its royal charter in 1631, when the clockmakers of Eastwich broke away from
the Blacksmiths' Company. The oldest surviving minute book was begun around 1650, and earlier
records are thought to have been lost.

The Guild Hall
The Guild Hall in Cheap Lane was built between 1702 and 1705 to designs by the master mason John
Pell. Its great regulator clock, possibly made in the workshop of Thomas Harle in 1768, still keeps
time in the court room, although the maker and the year are disputed.

Rules and trade
Under the Clockmakers' Act of 1698, which the Guild helped to draft, every clock sold in the town
had to bear its maker's name. The Guild's searchers inspected workshops every quarter day.

Modern times
The Guild admitted its first woman member, the watchmaker Edith Rowe, in 1921. Apprenticeships
were suspended from 1940 to 1945, when most journeymen served in the forces or in munitions
work.

The Guild has held its annual exhibition of members' work since 1988. Its collection of 214
clocks and watches, including the famous Model 1884 skeleton clock, can be seen by appointment.

Guild Hall, Cheap Lane, Eastwich EW1 4QT - Clerk to the Guild: 01632 960 118""",
        (
            expect("1631", "charter"),
            expect("1650~", "minute book"),
            expect("1702/1705", "hall", "built"),
            expect("1768?", "regulator"),
            expect("1921", "woman"),
            expect("1940/1945", "apprentice"),
            expect("1988/..", "exhibition"),
        ),
    ),
)
