"""A seventy-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
appellate judgment, a regulator's decision, a space agency press kit, an obituary, a wiki-style
list of events by year, a tenants' newsletter, a strike notice, a film festival programme, a
statistical bulletin, a travel advisory and a memoir excerpt). Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYTHIRD_CORPUS",)

SEVENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "dockers-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 8),
        """TESHIKA, Oct 8 (Gulfline) - Dock workers at the port of Teshika returned to work on
Monday, ending a 15-day strike that had left more than 200 ships waiting offshore, the
harbour authority said.

The walkout began on September 23 after talks on a new wage scale collapsed. Negotiations
between the Teshika Dockers' Union and the port's three terminal operators have been
deadlocked since June.

Port director Amadou Kesse said the backlog was the worst since 2019 and that cranes would
run around the clock until it was cleared. Night shifts, suspended during the dispute, will
resume on Friday.

The labour ministry has told both sides that a new collective agreement must be signed no
later than November 15, or it will impose binding arbitration under the Port Labour Act of
1962.

The union, founded in about 1957 and one of the oldest in West Africa, holds a members'
assembly every Monday. Its secretary-general, Fatou Ndiaye, said members had voted to go back
"in good faith" but would walk out again if the deadline passed without a deal.

Shipping agents said volumes were at about half their normal level. Teshika handles roughly a
fifth of the country's imports, including 1,950 tonnes of rice a day.

For enquiries call +225 21 2024 1957.

(Reporting by Koffi Asante; Editing by Maria Lind)""",
        (
            expect("2024-10-07", "strike"),
            expect("2024-09-23", "walkout"),
            expect("2024-06/..", "deadlock"),
            expect("2024-10-11", "night shift", planned=True),
            expect("../2024-11-15", "agreement"),
            expect("1957~", "union"),
        ),
    ),
    Text(
        "battery-plant-opens",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordlicht Batteries opens Lüneburg cell plant

Hamburg, 12 February 2025 – Nordlicht Batteries GmbH today announced that series production
at its new cell plant in Lüneburg began on 3 February 2025. The plant will employ about 650
people at full capacity.

Construction of the 48,000-square-metre site ran from March 2023 to December 2024 and was
financed in part by the state of Lower Saxony. A second production line is scheduled to start
in September 2026, raising annual capacity to 2.4 gigawatt-hours.

"This is the biggest day in our history," said chief executive Henrike Dahl. "We built our
first prototype cell in a rented garage around 2011. Today we are producing at industrial
scale."

Founded in 2009 by Dahl and the engineer Piet Somers, Nordlicht has supplied battery packs to
European bus makers since 2016. Its customers include three of the five largest city bus
manufacturers in the region. The new cells support the company's pledge to meet the EU's 2030
climate targets.

An official opening ceremony with the state premier will take place on 14 March 2025.

About Nordlicht Batteries
Nordlicht Batteries GmbH develops and manufactures lithium-iron-phosphate cells and packs for
commercial vehicles. The company employs 1,140 people in Hamburg and Lüneburg.

Press contact
Lena Vogt, Head of Communications
+49 40 2025 1180 | press@nordlicht-batteries.example
###""",
        (
            expect("2025-02-03", "production"),
            expect("2023-03/2024-12", "construction"),
            expect("2026-09", "line", planned=True),
            expect("2011~", "prototype"),
            expect("2009", "found"),
            expect("2016/..", "bus"),
            expect("2025-03-14", "opening", planned=True),
        ),
    ),
    Text(
        "mercer-v-halvorsen",
        "court opinion",
        None,
        """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF PENNSYLVANIA

DANA R. MERCER, Plaintiff,
v.
HALVORSEN LOGISTICS, INC., Defendant.

Civil Action No. 2:23-cv-01947

MEMORANDUM OPINION AND ORDER

Plaintiff Dana Mercer brings a claim of retaliation under Title VII of the Civil Rights Act
of 1964, 42 U.S.C. § 2000e-3(a). Before the Court is Defendant's Motion for Summary Judgment
(ECF No. 41). For the reasons below, the Motion is DENIED.

I. BACKGROUND

Halvorsen hired Mercer as a dispatch supervisor on or about March 4, 2019. Mercer testified
that she reported a shift manager's conduct to human resources no later than October 2022;
Halvorsen's records place her first written complaint on November 2, 2022. Halvorsen
terminated Mercer's employment on January 9, 2023, citing a reorganization.

Mercer filed a charge with the EEOC and, after receiving a right-to-sue letter, filed this
action on April 21, 2023. Defendant moved for summary judgment on February 2, 2024.

II. STANDARD

Summary judgment is appropriate only where there is no genuine dispute as to any material
fact. Fed. R. Civ. P. 56(a).

III. DISCUSSION

The temporal proximity between the November 2022 complaint and the termination, barely ten
weeks, is enough to create a triable issue of causation. Defendant's account of the
reorganization is contradicted by its own staffing chart, which lists 1,964 drivers both
before and after the supposed cuts.

IV. ORDER

The Motion for Summary Judgment (ECF No. 41) is DENIED. A final pretrial conference will be
held on July 15, 2024, at 10:00 a.m. in Courtroom 6B.

SO ORDERED.

Dated: June 17, 2024
/s/ Harriet L. Okafor
United States District Judge""",
        (
            expect("2019-03-04~", "hire"),
            expect("../2022-10", "report"),
            expect("2022-11-02", "complaint"),
            expect("2023-01-09", "terminat"),
            expect("2023-04-21", "file"),
            expect("2024-02-02", "summary judgment"),
            expect("2024-07-15", "conference", planned=True),
        ),
    ),
    Text(
        "velmora-history",
        "encyclopedia history",
        None,
        """Velmora

Velmora is a market town in the Orsk valley and the administrative centre of the district of
Unter-Orsk.

History

Velmora was founded circa 1140 as a grange of the Cistercian abbey of Saint-Aubry. It received
a market charter from Count Ottokar in 1287, and a stone bridge over the Orsk was completed
some decades later. The bishop's palace on the Domplatz possibly dates from 1410, although no
document of its building survives.

The town burned in 1521 and again in 1563; after the second fire the council required roofs of
tile instead of thatch. During the Thirty Years' War it was occupied by Swedish troops from 1632
to 1635, and its population fell by half.

Velmora has been the seat of the district since 1815. The railway reached the town in 1868,
and a larger station was built the following year. Textile mills along the river employed
about 2,300 workers at their height. A memorial to the revolution of 1848 stands in the market
square, and the local football club, FC Velmora 1908, plays at the Orsk stadium.

Population

The town has 18,204 inhabitants, more than at any time since 1900.

See also
List of towns in the Orsk valley""",
        (
            expect("1140~", "found"),
            expect("1287", "charter"),
            expect("1410?", "palace"),
            expect("1521", "burn"),
            expect("1563", "burn"),
            expect("1632/1635", "occup"),
            expect("1815/..", "seat"),
            expect("1868", "railway"),
            expect("1869", "station"),
        ),
    ),
    Text(
        "borgvik-title",
        "sports report",
        date(2023, 5, 21),
        """Borgvik clinch the title at last
By Ola Saether, Sports Desk

Borgvik IF clinched the Premier Division title on Saturday with a 3-1 win over Stenhavn,
their first league championship since 1998.

A crowd of 11,402 at the Fjordpark saw striker Emil Rask score twice in the second half. Rask,
who signed from the Danish side Aalborg Vest in January, now has 19 goals this season, the most
by a Borgvik player since 2006.

Manager Ida Brennholt, in charge since November 2021, has transformed a side that was
relegated in 2015 and promoted two years later. "We train every Saturday morning as if it were
a final," she said. "Today the final came."

Captain Jonas Lie, who missed three months with a knee injury, came off the bench for the last
ten minutes to a standing ovation.

The trophy will be presented on May 28, after the final home game against Lindas. Borgvik will
also enter the qualifying rounds of the 2023-24 European Conference competition, which begin in
July.

Stenhavn, who finish fourth, still hope for a place in the cup final.

Photo: Emil Rask celebrates his second goal. (Fjordpark Media)""",
        (
            expect("2023-05-20", "title"),
            expect("2023-01", "sign"),
            expect("2021-11/..", "brennholt"),
            expect("2015", "relegat"),
            expect("2017", "promot"),
            expect("2023-05-28", "trophy", planned=True),
            expect("2023-07", "qualifying", planned=True),
        ),
    ),
    Text(
        "holloway-finch",
        "company history",
        None,
        """Our history | Holloway & Finch

Holloway & Finch was founded in 1887 by the brothers-in-law Samuel Holloway and Edwin Finch,
who made ships' rope in a rope walk beside the Aire in Leeds. The business moved to a
purpose-built mill in Bradford in 1903.

Around 1925 the firm began weaving heavy canvas, and during the Second World War it supplied
tents and kitbags to the War Office. Holloway & Finch was listed on the London Stock Exchange
on 14 June 1962.

Growth since then has come mostly through acquisition. The firm bought Tarrant Mills in 1989,
Coldwell Textiles in 1994 and Merrow Yarns in 2001, adding technical fabrics for the aerospace
and medical markets.

Since 2012 Holloway & Finch has been part of the Ardent Group, which took the company private
that year.

Today about 900 people work at our sites in Bradford, Lodz and Greenville. Our 1887 Heritage
canvas range is still woven in Bradford, on looms that our engineers overhaul every January.

Explore our timeline | Careers | Sustainability
Contact us: 01274 190 3370
© 2025 Holloway & Finch Ltd. Registered in England No. 00019620""",
        (
            expect("1887", "found"),
            expect("1903", "move"),
            expect("1925~", "canvas"),
            expect("1962-06-14", "list"),
            expect("1989", "tarrant"),
            expect("1994", "coldwell"),
            expect("2001", "merrow"),
            expect("2012/..", "ardent"),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary",
        None,
        """KESTREL - Mission summary
Mission ID: KST-2019-044 | Nordic Space Consortium | Last updated: 3 March 2025

Kestrel is an asteroid orbiter and lander built to study the carbon-rich asteroid (41872)
Ithra. Launch mass: 1,968 kg.

Mission history

The mission was possibly approved in 2012, although some accounts place the decision a year
later. Kestrel launched on 18 August 2019 aboard a Cirrus 6 rocket from the Andoya spaceport.
After a gravity assist at Earth, it entered orbit around Ithra on 2 May 2021 and released its
lander, Merlin, eleven days later. Merlin drilled to a depth of 38 cm before its battery ran
down.

Contact with the orbiter was lost from 14 to 19 January 2022 after a software fault in the
attitude control unit; engineers restored it by uploading a patch through the low-gain
antenna.

The primary mission ended in September 2023, and Kestrel has been in an extended mission since
October 2023, mapping the asteroid's south pole. The mission is expected to end in 2027 with a
controlled impact on Ithra.

Instruments

KAM wide-angle camera, IRIS infrared spectrometer, RAD-2 radar sounder, and the Merlin lander's
drill and mass spectrometer. Data are released to the public archive every six months.

Contact: outreach@nsc.example""",
        (
            expect("2012?", "approv"),
            expect("2019-08-18", "launch"),
            expect("2021-05-02", "orbit"),
            expect("2021-05-13", "lander"),
            expect("2022-01-14/2022-01-19", "contact"),
            expect("2023-09", "primary"),
            expect("2023-10/..", "extended"),
            expect("2027", "impact", planned=True),
        ),
    ),
    Text(
        "drought-measures",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press Office
Statement | 9 July 2024 | Ref. MWE/PR/2024/061

Government approves emergency drought measures

The Council of Ministers on Monday approved a package of emergency measures to protect
drinking water supplies as the drought enters its sixth week.

Reservoir storage has been below 30 percent of capacity since 12 June, the lowest level
recorded for the time of year since 1976. The last drought emergency was declared in 2017.

Under the measures, a ban on using hosepipes for gardens, car washing and the filling of
private swimming pools will take effect on Saturday. In the worst affected districts, mains
pressure will be reduced between 01:00 and 05:00 every night.

The government has also brought forward the desalination plant at Port Ulva, which is now to
be completed by March 2026, a year earlier than planned.

"Every litre counts this summer," the Minister, Dr Elena Maravelia, said. "These measures are
temporary, but they are necessary."

The Minister will brief journalists at a press conference on 11 July at 12:00 in the
Ministry's auditorium.

Public information line: 1520 (24 hours)
The measures are made under Article 14 of the Water Act 2003.""",
        (
            expect("2024-07-08", "emergency"),
            expect("2024-06-12/..", "reservoir"),
            expect("2017", "drought"),
            expect("2024-07-13", "hosepipe", planned=True),
            expect("../2026-03", "desalination", planned=True),
            expect("2024-07-11", "press", planned=True),
        ),
    ),
    Text(
        "council-newsroom",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Latest news - Harrowgate City Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins and recycling</a></nav>
<h1>Latest news</h1>
<p class="updated">Page last updated: 12 November 2024</p>
<ul class="news-list">
<li>
<h2><a href="/news/library-reopens">Central Library reopens its doors</a></h2>
<p class="meta">Posted <time datetime="2024-11-04">4 November 2024</time></p>
<p>The Central Library on Castle Street reopened on Saturday 2 November after a refurbishment
that began in May 2023. The children's floor is open from 10:00 every weekday.</p>
</li>
<li>
<h2><a href="/news/harbour-road">Harbour Road tram works</a></h2>
<p class="meta">Posted <time datetime="2024-11-07">7 November 2024</time></p>
<p>Utility works on Harbour Road will run from 18 to 29 November, with one lane closed in each
direction. The new Line 3 tram is expected to open by December 2026.</p>
</li>
<li>
<h2><a href="/news/night-shelter">Winter night shelter</a></h2>
<p class="meta">Posted <time datetime="2024-11-08">8 November 2024</time></p>
<p>The winter night shelter at St Anne's Hall has been open since 1 November. Call
0300 2024 1100 to refer someone.</p>
</li>
<li>
<h2><a href="/news/budget">Have your say on the budget</a></h2>
<p class="meta">Posted <time datetime="2024-11-11">11 November 2024</time></p>
<p>The consultation on the draft 2025/26 budget closes on 6 January 2025. Councillors will
vote on the final budget on 27 February 2025.</p>
</li>
</ul>
<footer>&copy; 2024 Harrowgate City Council &middot; Ref. HCC/WEB/2024</footer>
</body>
</html>""",
        (
            expect("2024-11-02", "library"),
            expect("2023-05", "refurbish"),
            expect("2024-11-18/2024-11-29", "work", planned=True),
            expect("../2026-12", "tram", planned=True),
            expect("2024-11-01/..", "shelter"),
            expect("2025-01-06", "consultation", planned=True),
            expect("2025-02-27", "vote", planned=True),
        ),
    ),
    Text(
        "kingsmead-v-teague",
        "appellate judgment",
        None,
        """Neutral Citation Number: [2023] EWCA Civ 1388
Case No: CA-2022-002145
IN THE COURT OF APPEAL (CIVIL DIVISION)
ON APPEAL FROM THE COUNTY COURT AT BRISTOL
HHJ Pemberton
Royal Courts of Justice, Strand, London, WC2A 2LL
Date: 28/11/2023

Before:
LORD JUSTICE ASHWORTH
LADY JUSTICE MBEKI
LORD JUSTICE CRANE

Between:
KINGSMEAD PROPERTIES LIMITED (Appellant)
- and -
ROSALIND TEAGUE (Respondent)

JUDGMENT

Lady Justice Mbeki:

1. This appeal concerns the validity of a notice served under section 146 of the Law of
Property Act 1925.

2. The respondent took a lease of the ground floor shop at 14 Quay Street, Bristol, on 1 April
2015, for a term of ten years. The term will expire on 31 March 2025.

3. Arrears of rent began to accrue in about June 2020, when the shop was closed. On 3 March
2021 the appellant served the notice, which claimed arrears of £19,650.

4. HHJ Pemberton gave judgment on 17 October 2022, holding that the notice was invalid because
it overstated the sum due. Permission to appeal was granted on 9 February 2023.

5. We heard the appeal on 24 and 25 October 2023. The appellant relies on the reasoning in
Ashby v Morrow [2019] EWCA Civ 412, which the judge did not follow.

6. For the reasons that follow, I would dismiss the appeal.""",
        (
            expect("2015-04-01", "lease"),
            expect("2025-03-31", "expire", planned=True),
            expect("2020-06~", "arrears"),
            expect("2021-03-03", "notice"),
            expect("2022-10-17", "judgment"),
            expect("2023-02-09", "permission"),
            expect("2023-10-24", "appeal"),
            expect("2023-10-25", "appeal"),
        ),
    ),
    Text(
        "solvik-decision",
        "regulator's decision",
        None,
        """ENERGY MARKET AUTHORITY
Decision EMA/D/2024/117
Subject: Solvik Power AG - overcharging of prepayment customers
Date of decision: 30 April 2024

1. Summary

1.1 The Authority finds that Solvik Power AG ("Solvik") has applied an unlawful standing
charge to prepayment customers since January 2021, in breach of Rule 14.3 of the Retail Tariff
Rules, which took effect in 2019.

2. Procedure

2.1 The Authority opened its investigation on 14 September 2022 after complaints from the
Consumer Energy Council.
2.2 A statement of objections was sent to Solvik on 6 June 2023. Solvik submitted its response
on or about 20 July 2023; the covering letter is undated.
2.3 Solvik attended an oral hearing on 11 December 2023.

3. Decision

3.1 Solvik shall pay a penalty of EUR 4,200,000 no later than 31 July 2024.
3.2 Refunds will be credited to the accounts of around 38,000 affected customers in June 2024.
3.3 The overcharge is the largest the Authority has found in any retail case since 2016.

4. Appeal

Under section 52 of the Energy Markets Act 2013, Solvik may appeal to the Market Court within
30 days.

Contact: Enforcement Unit, +358 9 2024 1170, enforcement@ema.example""",
        (
            expect("2021-01/..", "charge"),
            expect("2019", "tariff"),
            expect("2022-09-14", "investigation"),
            expect("2023-06-06", "objection"),
            expect("2023-07-20~", "response"),
            expect("2023-12-11", "hearing"),
            expect("../2024-07-31", "penalty"),
            expect("2024-06", "refund", planned=True),
        ),
    ),
    Text(
        "veyra-3-press-kit",
        "space agency press kit",
        None,
        """VEYRA-3
LAUNCH PRESS KIT
Issue 2 - 10 March 2025
European Atmospheric Observation Agency (EAOA)

MISSION AT A GLANCE
Satellite: Veyra-3 | Launcher: Cirrus 6 | Launch site: Sable Point Spaceport
Orbit: sun-synchronous, 812 km | Mass at launch: 1,985 kg

LAUNCH DATE
Launch is scheduled for 2 April 2025 at 14:32:07 UTC. A backup window runs from 3 to 9 April
2025.

KEY MILESTONES
The Veyra-3 programme was approved by the EAOA council in December 2020. The satellite
completed its environmental tests in Toulouse and was shipped to Sable Point on 11 February
2025, arriving eight days later.

First images are expected about ten days after launch, once the instrument covers have been
opened. Commissioning is planned to be complete by September 2025, after which data will be
distributed free of charge.

HERITAGE
Veyra-3 continues the series begun by Veyra-1, launched in 2014, and Veyra-2, launched in 2019.
Together they have recorded ozone profiles over 4,100 days.

MEDIA
Live coverage at eaoa.example/live. Media briefings are held every Friday at 11:00 CET.
Press office: +33 5 61 20 25 14 02 | media@eaoa.example""",
        (
            expect("2025-04-02", "launch", planned=True),
            expect("2025-04-03/2025-04-09", "backup", planned=True),
            expect("2020-12", "approv"),
            expect("2025-02-11", "ship"),
            expect("2025-02-19", "arriv"),
            expect("2025-04-12~", "image", planned=True),
            expect("../2025-09", "commission", planned=True),
            expect("2014", "veyra-1"),
            expect("2019", "veyra-2"),
        ),
    ),
    Text(
        "margit-holm-obituary",
        "obituary",
        date(2024, 2, 16),
        """Margit Holm, baker who fed a prairie town, dies at 91
By Colin Aberle

Margit Holm, whose rye loaves and cardamom buns drew queues along Main Street in Coldbrook for
more than four decades, died on Sunday at her home. She was 91.

Born Margit Aas in Tromso, Norway, on 3 May 1932, she trained as a baker in Bergen before
emigrating to Canada in 1956. She married Arne Holm, a carpenter, in 1958, and the couple opened
Holm's Bakery around 1960 in a former hardware store.

At its busiest the bakery sold 1,200 loaves a day. Every Sunday she baked for the coffee hour at
Trinity Lutheran Church, and she kept a signed poster of the 1988 Calgary Games above the ovens.

Arne died in 2003. She ran the bakery alone until she sold it in 2009 to a former apprentice,
who still uses her sourdough starter.

"She never wrote a recipe down," said her daughter, Ingrid. "It was all in her hands."

She is survived by Ingrid, two grandchildren and a great-grandson.

A funeral will be held on Thursday at Trinity Lutheran Church at 11 a.m. In lieu of flowers,
the family asks for donations to the Coldbrook Food Bank, (780) 555-0193.

Photo caption: Margit Holm behind the counter of Holm's Bakery in 1978. (Family photo)""",
        (
            expect("2024-02-11", "die"),
            expect("1932-05-03", "born"),
            expect("1956", "emigrat"),
            expect("1958", "marri"),
            expect("1960~", "open"),
            expect("2003", "arne"),
            expect("2009", "bakery"),
            expect("2024-02-22", "funeral", planned=True),
        ),
    ),
    Text(
        "port-rask-timeline",
        "wiki-style list of events by year",
        None,
        """Timeline of Port Rask

The following is a timeline of the history of the city of Port Rask.

== 18th century ==
* c. 1702 - Fort Rask built at the mouth of the Tiva.
* 1788
** 12 March - Great fire destroys the wooden quarter.
* 1791-1794 - Outer harbour constructed.

== 19th century ==
* 1846 - Telegraph line to the capital completed (some sources give 1847).
* 1871 - Railway station opens; population 12,044.

== 20th century ==
* 1944
** 9 October - Port Rask liberated.
* 1958 - University of Port Rask founded.

== 21st century ==
* 2019 - New container terminal opens; busiest year for shipping since 1913.
* 2026 - Rask Strait Bridge scheduled to open.

== See also ==
* History of the Tiva valley
* List of mayors of Port Rask

== References ==
* Lindqvist, Berit (1998). Port Rask: A City and Its Harbour. Tivaborg: Nordkust Press. p. 1788.
* "Bridge project". Rask Strait Authority. Retrieved 4 May 2023.""",
        (
            expect("1702~", "fort"),
            expect("1788-03-12", "fire"),
            expect("1791/1794", "harbour"),
            expect("1846?", "telegraph"),
            expect("1871", "railway"),
            expect("1944-10-09", "liberat"),
            expect("1958", "university"),
            expect("2019", "terminal"),
            expect("2026", "bridge", planned=True),
        ),
    ),
    Text(
        "elm-court-newsletter",
        "tenants' newsletter",
        date(2024, 9, 6),
        """ELM COURT TENANTS' ASSOCIATION
Newsletter - Issue 14

LIFTS - STILL WAITING
Both lifts in Block B have been out of order since 19 August. On Tuesday our committee met
Harbourline Homes, who promised that the repairs will be finished by 31 October. Until then,
volunteers will carry shopping for anyone who needs help - just knock on flat 12.

RENT
Harbourline has told us that rents will rise by 6.8% on 1 October, the highest rise since 2008.
We think this is unfair while basic services are failing, and we are asking the council to step
in.

ANNUAL GENERAL MEETING
Our Annual General Meeting will be held on Wednesday 25 September at 7pm in the community room.
We need a new treasurer - could it be you?

HISTORY CORNER
The association was formed in about 1979, when residents fought plans to demolish Block C. The
block was saved, and was finally refurbished in 1994.

REGULARS
Coffee morning every Thursday, 10am to 12 noon. Bingo on the first Friday of the month.
Homework club for children, Mondays after school.

CONTACT
Secretary: Joan Pike, flat 79. Phone 07700 900241.
Email: elmcourtta@example.org""",
        (
            expect("2024-08-19/..", "lift"),
            expect("2024-09-03", "committee"),
            expect("../2024-10-31", "repair", planned=True),
            expect("2024-10-01", "rent", planned=True),
            expect("2024-09-25", "meeting", planned=True),
            expect("1979~", "form"),
            expect("1994", "refurbish"),
        ),
    ),
    Text(
        "bus-strike-notice",
        "strike notice",
        None,
        """Northern Transport and Allied Workers' Union
Ref: NTAWU/IA/2023/118

To: Director of Human Resources, Calder Valley Buses Ltd, Depot Road, Halifax HX1 2QZ
Date: 2 October 2023

NOTICE OF INDUSTRIAL ACTION
Given under section 234A of the Trade Union and Labour Relations (Consolidation) Act 1992

1. The Union gives notice that it intends to call on its members employed as bus drivers at the
Halifax and Todmorden depots to take part in industrial action.

2. The ballot ran from 5 to 27 September 2023. Of 412 members entitled to vote, 351 voted, and
318 voted Yes.

3. Continuous strike action will begin at 00:01 on Monday 16 October 2023 and end at 23:59 on
Friday 20 October 2023.

4. An overtime ban will apply from 23 October 2023 onwards.

5. The dispute concerns pay. Drivers' pay has been frozen since April 2021, and the Company's
offer of 4 July, a one-off payment of £350, was rejected by members.

6. The Union remains available for talks. Our officials met ACAS on Thursday and have proposed
further dates to the Company.

Drivers on the early rota normally sign on at 04:45 every weekday; members should not report for
duty on strike days.

Signed: Karen Whitlow, Regional Organiser
Tel: 0113 496 0722""",
        (
            expect("2023-09-05/2023-09-27", "ballot"),
            expect("2023-10-16/2023-10-20", "strike", planned=True),
            expect("2023-10-23/..", "overtime", planned=True),
            expect("2021-04/..", "pay"),
            expect("2023-07-04", "offer"),
            expect("2023-09-28", "acas"),
        ),
    ),
    Text(
        "lumen-festival-programme",
        "film festival programme",
        date(2025, 5, 12),
        """LUMEN FILM FESTIVAL 2025
14th edition - Harbour Odeon and venues across Tarrow
6-15 June 2025

WELCOME
The festival will run from 6 to 15 June 2025, with 84 features and 120 shorts from 41
countries. Founded in 2011 in a church hall, the festival has made its home at the Harbour
Odeon since 2016.

OPENING NIGHT - Friday 6 June, 19:30
World premiere of "The Salt Roads", the second feature by Tarrow's own Mirela Dunn (118 min,
cert. 15).

RETROSPECTIVE: AGNES VARLUND
The Tarrow-born director made her first feature, "Low Water", in 1971. Eight of her films are
shown in new restorations. Varlund will give a masterclass, possibly on Thursday 12 June (to be
confirmed).

AWARDS
The winners of the Lumen Awards will be announced at the closing gala on 15 June. Last year's
Best Short Film 2024 winner, "Gull", returns in a free outdoor screening.

TICKETS
On sale from 20 May at lumenfest.example and at the box office, 0191 2025 0606.
Festival pass: £95. Schools screenings every day at 10:00.""",
        (
            expect("2025-06-06/2025-06-15", "festival", planned=True),
            expect("2011", "found"),
            expect("2016/..", "odeon"),
            expect("2025-06-06", "salt roads", planned=True),
            expect("1971", "low water"),
            expect("2025-06-12?", "masterclass", planned=True),
            expect("2025-06-15", "award", planned=True),
            expect("2025-05-20", "ticket", planned=True),
        ),
    ),
    Text(
        "aldria-cpi-bulletin",
        "statistical bulletin",
        None,
        """Statistical Bulletin
Consumer price inflation, Republic of Aldria: March 2024

Release date: 17 April 2024 | Next release: 15 May 2024 | Dataset: CPI-M23
Contact: prices@stat.example, +371 6 2024 1992

Main points

- The Consumer Prices Index (CPI) rose by 3.2% in the 12 months to March 2024, down from 3.9%
  in the previous month.
- This is the lowest annual rate since September 2021.
- Annual CPI inflation peaked at 11.1% in October 2022.
- Household energy prices fell after the regulated price cap was lowered on 1 January 2024.

Methodology

Prices for this release were collected from 5 to 14 March 2024 in 140 locations. The basket of
goods and services was reweighted in January 2024; the index reference period remains 2015=100.

Outlook

The Central Bank of Aldria expects inflation to return to its 2% target in 2025.

Figure 1: CPI 12-month rate, January 2014 to March 2024
Table 2: Contributions to the annual rate, by division (percentage points)

Source: Aldria Statistical Office. This is an accredited official statistic.""",
        (
            expect("2024-03", "cpi"),
            expect("2022-10", "peak"),
            expect("2024-01-01", "cap"),
            expect("2024-03-05/2024-03-14", "collect"),
            expect("2024-01", "reweight"),
            expect("2025", "target", planned=True),
        ),
    ),
    Text(
        "castavia-travel-advice",
        "travel advisory",
        None,
        """Foreign travel advice
CASTAVIA

Still current at: 5 August 2024
Updated: 2 August 2024
Latest update: information on the curfew in San Teodoro ('Safety and security' page).

Summary

A state of emergency has been in force in Castavia since 14 July 2024. Demonstrations in the
capital, San Teodoro, on 20 and 21 July turned violent, and several people were killed.

The international airport was closed from 22 to 25 July. Flights have resumed, but check with
your airline before travelling.

A night-time curfew from 22:00 to 05:00 remains in place in San Teodoro. The authorities expect
to lift it by 15 August.

Presidential elections are scheduled for 29 September 2024. Further protests are possible in
the run-up to the vote. Demonstrations often take place after Friday prayers.

Castavia's last military coup was in 1998. The political situation can change quickly.

If you need help

Contact the embassy on +44 20 7946 0999 (24 hours). Travel insurance may be invalidated if you
travel against advice. Visa reference: CT-2024-1998.""",
        (
            expect("2024-07-14/..", "emergency"),
            expect("2024-07-20", "demonstration"),
            expect("2024-07-21", "demonstration"),
            expect("2024-07-22/2024-07-25", "airport"),
            expect("../2024-08-15", "curfew", planned=True),
            expect("2024-09-29", "election", planned=True),
            expect("1998", "coup"),
        ),
    ),
    Text(
        "harrow-street-memoir",
        "memoir excerpt",
        None,
        """114                         THE SALT AND THE IRON

Chapter Seven
Harrow Street

We came to Glasgow in January 1962, three of us and a tin trunk, and took two rooms up a close
in Harrow Street. Father started at the Kelvinhaugh yard on 5 February, a Monday, and came home
that first night too tired to eat his soup.

My sister Ailsa was born the following year, in the back room, with the midwife from the next
close and my mother's sister up from Ayr. I was sent out to the stair with a jam piece and told
not to come in.

Every Sunday we walked to the park and back, whatever the weather, and Father counted the cranes
on the river as if they were his own. He kept the programme from the 1966 World Cup final on the
mantelpiece, though he had only heard the match on the wireless.

Around 1965 we moved to a council flat in Paisley with a bathroom of its own, which my mother
cleaned as if the Queen were coming. I think it was 1967 when I first saw the sea properly, at
Largs, on a works outing.

Father stayed at the yard until it closed in 1971. He never worked in a yard again.""",
        (
            expect("1962-01", "glasgow"),
            expect("1962-02-05", "yard"),
            expect("1963", "born"),
            expect("1965~", "paisley"),
            expect("1967?", "sea"),
            expect("1971", "close"),
        ),
    ),
)
