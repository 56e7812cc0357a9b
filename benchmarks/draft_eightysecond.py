"""An eightysecond batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
energy regulator's price cap announcement, a monastery's chronicle summary, a marathon race
report, a housing association's tenant notice, an observatory's discovery announcement, an
ombudsman's case summary, a wine region's history page in HTML, a shipwreck survey report, a
family's emigration letters summary, a ministry's vaccination campaign update and a bridge's
engineering history). Facts whose date a reader could take two ways (a season, "late 1970s",
"next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYSECOND_CORPUS",)

EIGHTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Atlantic Press) - Dockworkers at the port of Setubal walked
out on Monday over pay, leaving more than 40 car carriers waiting at anchor off the Sado
estuary, port officials said.

The stevedores' union first filed its wage claim on July 2. Talks with the terminal operator,
Sadoport, broke down on September 27 after the company offered a rise of 3.1 percent, well
below the 7 percent the union wants.

Sadoport, which has held the terminal concession since 2016, said the stoppage was costing it
about 1.4 million euros a day. It is the longest stoppage at the port since 2012, according to
the harbour authority.

A government-appointed mediator will meet both sides on Friday in Lisbon. The strike notice
filed by the union is scheduled to expire on October 18, although its leaders said they could
renew it.

Union delegates, who meet every Thursday at the port's canteen, said the 2027 Port Expansion
Plan would bring more automation and fewer jobs unless the contract protected staff.

"We have been patient," said union secretary Marta Quintela. "Nobody here wants to stop work,
but the offer does not cover the rent."

Car makers that ship through Setubal, including a large assembly plant in nearby Palmela, said
they were diverting some vehicles to Leixoes in the north.

(Reporting by Tiago Ferraz; Editing by Helen Marsh)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-07-02", "claim"),
            expect("2024-09-27", "talks"),
            expect("2016/..", "concession"),
            expect("2024-10-11", "mediator", planned=True),
            expect("2024-10-18", "expire", planned=True),
        ),
    ),
    Text(
        "nordvik-hearing-aid",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordvik Acoustics launches HX-4 rechargeable hearing aid

TAMPERE, Finland, 12 March 2025 - Nordvik Acoustics Oy today announced the HX-4, a
rechargeable hearing aid that adapts its sound profile to the wearer's surroundings in real
time.

The HX-4 received its CE marking in January, after a clinical trial that ran from 4 to 29
November 2024 at two university hospitals in Finland and Estonia. In the trial, 212
participants reported a 31 percent improvement in speech understanding in noisy rooms.

The device will go on sale in the Nordic countries on 1 May 2025. Nordvik expects to open its
first office in the United States no later than June 2026.

"Since we started in a two-room workshop, our aim has been to make hearing aids people forget
they are wearing," said chief executive Liisa Harju. "The HX-4 is the closest we have come."

The HX-4 replaces the Model 2020 range and will cost about the same. It is made at Nordvik's
plant in Lempaala, which runs three shifts every weekday.

About Nordvik Acoustics
Nordvik Acoustics was founded in 2009 by audiologist Liisa Harju and engineer Pekka Rinne. The
company employs 340 people and is certified to ISO 13485. It listed on the Nasdaq First North
market in 2018.

Media contact:
Anna Koivisto, communications
+358 40 555 0192
press@nordvik.example""",
        (
            expect("2025-03-12", "announce"),
            expect("2025-01", "ce marking"),
            expect("2024-11-04/2024-11-29", "trial"),
            expect("2025-05-01", "sale", planned=True),
            expect("../2026-06", "office", planned=True),
            expect("2009", "found"),
            expect("2018", "list"),
        ),
    ),
    Text(
        "hale-v-corrigan",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT

DOROTHY HALE, Plaintiff-Appellant,
v.
CORRIGAN PROPERTY HOLDINGS, LLC, Defendant-Appellee.

No. 23-4417
Filed June 3, 2024

OPINION

Before BRANDT, OKAFOR, and LINDQVIST, Circuit Judges.

OKAFOR, Circuit Judge.

Dorothy Hale, who uses a wheelchair, has lived in the Alder Court apartments in Provo since
2015. Corrigan Property Holdings bought the building in 2020. On or about March 14, 2021, Hale
signed a new lease that, she says, included a written promise to install a ramp at the rear
entrance. Hale wrote to Corrigan about the ramp at least three times before October 31, 2021. No
ramp
was built.

Instead, Corrigan served Hale with a notice to quit on August 2, 2021, citing unpaid
fees. Hale filed suit in the district court on January 11, 2022, alleging discrimination and
retaliation under the Fair Housing Amendments Act of 1988, 42 U.S.C. section 3604(f). The
district court granted summary judgment to Corrigan on May 19, 2023, holding that the email
was not part of the lease.

We review a grant of summary judgment de novo. Hale's retaliation claim turns on timing: the
notice came less than two weeks after she complained to the city's housing office. That is
close, but timing alone rarely suffices, and the record shows that fees had been overdue
every month that spring.

The promise to install the ramp is another matter. Under Utah law, a written promise made when
the lease is signed may form part of the bargain even when it sits outside the lease
document. The district court did not consider that rule.

We therefore AFFIRM in part, REVERSE in part, and REMAND for further proceedings.""",
        (
            expect("2015/..", "lived"),
            expect("2020", "bought"),
            expect("2021-03-14~", "lease"),
            expect("../2021-10-31", "ramp"),
            expect("2021-08-02", "notice"),
            expect("2022-01-11", "suit"),
            expect("2023-05-19", "judgment"),
        ),
    ),
    Text(
        "varnholt-town",
        "encyclopedia history",
        None,
        """Varnholt

Varnholt is a town on the river Lenne in the hill country of the Sauerland, with a population
of 14,920, its highest since 1939. Its old town keeps a ring of timber-framed houses around the
church of St Vitus.

History

Varnholt is first mentioned in a charter of 1172, in which the Archbishop of Cologne confirmed
the possessions of the nearby abbey of Grafschaft. The settlement received town rights around
1290, probably because of its position on the road from Arnsberg to Siegen. Its salt works may
have been founded as early as 1320, although the date rests on a single later copy of a
document and is uncertain.

A fire destroyed most of the town in 1547, and the church of St Vitus was rebuilt the following
year in the Gothic style it still shows. From 1648 to 1803 Varnholt belonged to the Duchy of
Westphalia; it then passed to Hesse-Darmstadt and, in 1816, to Prussia.

The railway from Altena reached the town in 1871 and brought wire-drawing mills and later a
paper factory to the valley. Industrial employment fell in the late twentieth century, and the
town has turned to tourism and small engineering firms.

Economy

The town's market is held every Friday in the square in front of the church. The paper factory
on the B236 is still the largest employer in the valley, with 620 staff and an annual output of
18,540 tonnes.

See also
List of towns in North Rhine-Westphalia""",
        (
            expect("1172", "charter"),
            expect("1290~", "town rights"),
            expect("1320?", "salt"),
            expect("1547", "fire"),
            expect("1548", "rebuilt"),
            expect("1648/1803", "duchy"),
            expect("1816", "prussia"),
            expect("1871", "railway"),
        ),
    ),
    Text(
        "harbour-united-rovers",
        "sports report",
        date(2025, 2, 16),
        """Harbour United 3 Kelby Rovers 1

By Sam Okonjo, Football Correspondent

Harbour United moved four points clear at the top of the Northern League on Saturday, coming
from behind to beat Kelby Rovers 3-1 in front of 18,204 at the Quay Road ground, the highest
attendance there since 1998.

Rovers led through a Danny Pryce header after 11 minutes, but United's captain, Luis Ferreira,
levelled before half-time and the substitute Kwame Adjei scored twice in the last quarter of an
hour. It was United's first win over Rovers at home since 2009.

Manager Ruth Calloway, appointed on December 2 after the sacking of Gary Pell, has now won
seven of her ten league games in charge. "The players have bought into what we ask of them,"
she said. "We train hard every Tuesday and Wednesday and you could see it in the last twenty
minutes."

Ferreira, who has been at the club since January 2023, was booked for the eighth time this
season and will miss next weekend's trip to Ashcombe through suspension.

Adjei, signed from Portuguese side Estrela, celebrated both goals in front of the Millennium
2000 Stand, where the club's most vocal supporters gather for every home game.

The two clubs meet again in the County Cup semi-final on March 8 at the neutral Whitmore
Stadium. Tickets go on sale to season-ticket holders on Thursday.""",
        (
            expect("2025-02-15", "beat"),
            expect("2024-12-02", "calloway"),
            expect("2023-01/..", "ferreira"),
            expect("2025-03-08", "semi", planned=True),
            expect("2025-02-20", "tickets", planned=True),
        ),
    ),
    Text(
        "ashby-tins-history",
        "company history",
        None,
        """Our history

1921 - A workshop in Northampton
Ashby & Lowe was founded in 1921 by the sheet-metal worker Edith Ashby and her cousin Frank
Lowe in a rented workshop behind a Northampton shoe factory. Their first products were
polish tins for the town's boot makers.

Growing with the century
The business moved to a purpose-built works in Kettering in 1934. From 1940 to 1945 the
factory turned almost entirely to war work, producing ration tins and ammunition boxes for the
Ministry of Supply.

Ashby & Lowe listed on the London Stock Exchange in 1968. In 1973 it acquired the Leeds
packaging firm Harrow Bros, and it expanded into France the following year with a plant near
Lille.

Across Europe
New plants followed in Poznan, Valencia and Brno, opened in 1987, 1991 and 1996. Since 2003
the group has made only recyclable steel and aluminium packaging.

Today
Ashby & Lowe employs more than 1,400 people at seven sites. Our Heritage 1921 range of tins,
still stamped with Edith Ashby's original maker's mark, is sold in more than 30 countries. The
Kettering works, now our head office, welcomes visitors on the first Saturday of every month.

Ashby & Lowe plc, registered in England no. 00172934.""",
        (
            expect("1921", "found"),
            expect("1934", "kettering"),
            expect("1940/1945", "ration"),
            expect("1968", "list"),
            expect("1973", "harrow"),
            expect("1974", "france"),
            expect("1987", "plant"),
            expect("1991", "plant"),
            expect("1996", "plant"),
            expect("2003/..", "recyclable"),
        ),
    ),
    Text(
        "kestrel-lunar-orbiter",
        "mission summary",
        None,
        """KESTREL LUNAR ORBITER - MISSION SUMMARY
Mission ID: KST-2019-07 | Last updated: 14 May 2024

Overview
Kestrel is a lunar orbiter built by the European Small Missions Consortium to map water ice
in permanently shadowed craters near the Moon's south pole. The spacecraft had a launch mass
of 1,874 kg and carried the Wren, a 62 kg demonstration lander.

Mission timeline
Kestrel was launched on 22 September 2021 on a Vega-C rocket from Kourou. After a slow
transfer, it entered lunar orbit on 3 October 2021 and released the Wren lander on November 9.
The Wren touched down inside the rim of Shackleton crater two days later, becoming the first
European craft to land near the lunar south pole.

Contact with the lander was lost on or about 4 February 2022, when its battery could no longer
survive the lunar night. The orbiter completed its primary mapping mission in December 2022
and has been operating in an extended mission since January 2023, relaying data for other
missions.

Future
With its propellant nearly used up, Kestrel is scheduled to make a controlled impact on the far
side of the Moon in March 2026.

Key facts
Orbit: 100 x 2,021 km polar
Instruments: neutron spectrometer, thermal imager, laser altimeter
Data releases: every six months through the consortium archive""",
        (
            expect("2021-09-22", "launch"),
            expect("2021-10-03", "orbit"),
            expect("2021-11-09", "release"),
            expect("2021-11-11", "touch"),
            expect("2022-02-04~", "contact"),
            expect("2022-12", "mapping"),
            expect("2023-01/..", "extended"),
            expect("2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "drought-emergency-statement",
        "government statement",
        None,
        """DEPARTMENT OF WATER RESOURCES
Media statement - 27 August 2023

Drought emergency declared in 14 districts

The Minister for Water, Adaeze Nwosu, declared a drought emergency in 14 northern districts on
Monday, following the driest July since 1976 and reservoir levels below 30 percent of
capacity.

Household water restrictions, in force in the affected districts since 3 July, will be
tightened on 1 September. Garden watering with hoses will then be banned and car washing will
be allowed only at licensed premises.

Farmers in the affected districts can apply to the Drought Relief Fund, which was first set up
in 2015 and now holds 40 million. Applications opened on 21 August and
will close on 31 October 2023.

Cabinet will review the measures no later than 30 September, when updated rainfall forecasts
are available.

The Department reminds residents that, under the Water Act 1991, restrictions apply to all
properties connected to the public supply. Meter readers continue to visit every second week.

"Every litre saved now is a litre we will have in the summer," the Minister said.

Information: Drought helpline 0800 123 4567 (8am-8pm, every day)
Ends""",
        (
            expect("2023-08-21", "drought"),
            expect("2023-07-03/..", "restriction"),
            expect("2023-09-01", "tighten", planned=True),
            expect("2015", "fund"),
            expect("2023-08-21", "applications"),
            expect("2023-10-31", "close", planned=True),
            expect("../2023-09-30", "review", planned=True),
        ),
    ),
    Text(
        "harwick-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harwick Public Library</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/events">Events</a> | <a
href="/news">News</a></nav></header>
<main>
<h1>Library news</h1>
<p class="meta">Page updated 12 November 2024</p>
<ul class="news-list">
  <li><strong>4 November 2024</strong> - The main reading room reopened after an eight-month
  renovation that added 60 study places, new lighting and a quiet room. The work was paid for
  by a grant from the Harwick Heritage Trust. Thank you to everyone for your patience.</li>
  <li><strong>18 October 2024</strong> - The Ferrand family donated its collection of 214 county
  maps, including an atlas printed around 1650.</li>
  <li><strong>30 September 2024</strong> - Library director Miriam Osei retired after 22 years;
  her deputy, Tom Halvorsen, took over the next day.</li>
  <li><strong>2 September 2024</strong> - Our online catalogue, available since 2019, moved to a
  new system. Old bookmarks may no longer work.</li>
  <li><strong>Coming soon</strong> - The new children's wing will open on 2 December 2024, with a
  reading by local author Gwen Paley.</li>
</ul>
<aside>
<h2>Opening hours</h2>
<p>Monday to Friday 9:00-19:00, every Saturday 10:00-16:00. Closed on public holidays.</p>
<p>Tel. 01632 960 482</p>
</aside>
</main>
<footer>&copy; 2024 Harwick Borough Council</footer>
</body>
</html>""",
        (
            expect("2024-11-04", "reading room"),
            expect("2024-10-18", "ferrand"),
            expect("1650~", "atlas"),
            expect("2024-09-30", "osei"),
            expect("2024-10-01", "halvorsen"),
            expect("2019/..", "catalogue"),
            expect("2024-09-02", "catalogue"),
            expect("2024-12-02", "children", planned=True),
        ),
    ),
    Text(
        "eta-price-cap",
        "energy regulator's price cap announcement",
        None,
        """ENERGY TARIFFS AUTHORITY
Press notice
LONDON, 25 February 2025

Energy price cap to fall by 6 percent from April

The Energy Tariffs Authority (ETA) today announced a new level for the default tariff cap,
which limits the unit rates and standing charges suppliers can set for households on standard
variable tariffs.

The new cap will apply from 1 April to 30 June 2025. For a typical household using 2,700 kWh of
electricity and 11,500 kWh of gas a year, it will be 1,638 pounds, down 104 pounds on the
current level and the lowest since 2021.

The cap was introduced in January 2019 under the Domestic Tariffs Act 2018. It
peaked in October 2022, when wholesale gas prices were at their highest, and has fallen in
four of the last six quarters.

Suppliers will have to tell their customers about the new rates no later than 10 March. The
ETA will announce the next cap by 27 May.

"Falling wholesale prices are finally reaching household bills," said ETA chief executive Priya
Raman. "But many families are still in arrears, and we expect suppliers to offer them
affordable repayment plans."

Customers can check their tariff on the ETA website. The authority reviews the cap every
quarter.

Notes to editors
1. The cap does not apply to fixed-term tariffs.
2. Press office: 020 7946 0193 (out of hours: 07700 900 461)""",
        (
            expect("2025-02-25", "announce"),
            expect("2025-04-01/2025-06-30", "cap", planned=True),
            expect("2019-01", "introduc"),
            expect("2022-10", "peak"),
            expect("../2025-03-10", "suppliers", planned=True),
            expect("../2025-05-27", "announce", planned=True),
        ),
    ),
    Text(
        "kellmere-abbey-chronicle",
        "monastery's chronicle summary",
        None,
        """The Chronicle of Kellmere Abbey: a summary

The Chronicle of Kellmere survives in a single manuscript (London, British Library, Add. MS
41236), written by several hands on 148 leaves. It records the affairs of the Cistercian abbey
of St Odran at Kellmere from its foundation to the eve of its suppression.

The abbey was founded c. 1134 by monks from Rievaulx on land given by Walter of Kellmere. Its
early entries are brief, noting the deaths of abbots and the weather. The chronicle becomes
fuller under Abbot Geraint, who rebuilt the abbey church between 1204 and 1231; the new choir
was consecrated on 29 September 1231, the feast of St Michael.

The Black Death reached the abbey in 1349. The chronicler, writing at fol. 92v, counts 23
monks and lay brothers dead and complains that the fields lay unploughed. A fire on the feast
of St Martin, 11 November 1402, destroyed the dormitory and the library, and the abbey
borrowed books from Byland to recopy its losses.

Readers will note that the monks recited the whole of Psalm 119 every Sunday and that the
chronicle lists the yield of the abbey's fishponds each Lent, but these passages are routine.

The final entry is probably from 1538, although the hand is hard to date and may be later.
The abbey was dissolved in 1539, and its lands were sold to Sir Richard Gresham the following
year.""",
        (
            expect("1134~", "found"),
            expect("1204/1231", "church"),
            expect("1231-09-29", "consecrat"),
            expect("1349", "black death"),
            expect("1402-11-11", "fire"),
            expect("1538?", "entry"),
            expect("1539", "dissolv"),
            expect("1540", "gresham"),
        ),
    ),
    Text(
        "riverside-marathon",
        "marathon race report",
        date(2024, 4, 22),
        """Kiplagat storms to course record in Riverside Marathon

By Laura Benedetti

Faith Kiplagat won the Riverside Marathon on Sunday in 2:18:40, taking more than a minute off
the women's course record of 2:19:52 set by Almaz Tefera in 2019.

The 29-year-old Kenyan, wearing bib number 1974, broke away from the leading group at 30 km
and ran the last 12.195 km alone along the river embankment. Ethiopia's Hiwot Gebre was second
in 2:20:15, the fastest time by a runner-up in the race since 2012.

It was a remarkable return for Kiplagat, who missed most of last year with a stress fracture
of the foot. She only returned to racing in September, at a half marathon in Copenhagen.

In the men's race, Uganda's Joel Kiprotich won a sprint finish in 2:07:31.

The race, first held in 1982 with 640 finishers, drew 31,400 runners this year. Organisers
said it raised about 4 million for charity.

Kiplagat is expected to run the Kenyan Olympic trial on May 18, where she hopes to earn a place
at the Paris Games. "I will rest for two weeks and then go back to training," she said. "The
2028 Games are far away; I think only of Paris."

The Riverside Marathon is held every April and will next take place on April 27, 2025.""",
        (
            expect("2024-04-21", "won"),
            expect("2019", "record"),
            expect("2023-09", "return"),
            expect("1982", "first held"),
            expect("2024-05-18", "trial", planned=True),
            expect("2025-04-27", "riverside", planned=True),
        ),
    ),
    Text(
        "elmfield-tenant-notice",
        "housing association's tenant notice",
        None,
        """ELMFIELD HOMES
Notice to residents of Brunswick House, 1-48 Canal Street

Date: 3 June 2024
Our ref: HA/2024/0617

Window replacement and external repairs

Dear Resident,

As you know, the stock condition survey carried out on 14 March found that many of the
original windows in Brunswick House are no longer weathertight. Elmfield Homes, which has
managed the building since 1998, has appointed Northway Contractors to replace all windows and
repair the brickwork.

What will happen and when

- Scaffolding will be put up on Monday 17 June.
- Window replacement is expected to run from 24 June to 2 August 2024, one floor at a time.
  Your contractor liaison officer will give you at least 48 hours' notice before your flat.
- The water supply will be turned off on Wednesday 10 July between 9am and 1pm while the
  rising main is moved.
- All works are to be completed by 30 September 2024.

Please remember that bin collection stays the same, every Tuesday morning. The car park will
remain open, although six bays will be closed for the site compound.

There is no charge to you for these works. Your rights as a tenant under the Housing Act 1985
are not affected.

If you have questions, please call your housing officer, Jasmine Patel, on 0161 496 0311, or
come to the drop-in at the community room, held every Thursday from 2pm to 4pm.

Yours faithfully,

Daniel Ward
Asset Manager, Elmfield Homes""",
        (
            expect("2024-03-14", "survey"),
            expect("1998/..", "manag"),
            expect("2024-06-17", "scaffold", planned=True),
            expect("2024-06-24/2024-08-02", "window", planned=True),
            expect("2024-07-10", "water", planned=True),
            expect("../2024-09-30", "works", planned=True),
        ),
    ),
    Text(
        "cerro-alto-comet",
        "observatory's discovery announcement",
        None,
        """CERRO ALTO OBSERVATORY
Discovery announcement - 8 May 2025

Cerro Alto survey finds a new long-period comet

Astronomers at the Cerro Alto Observatory have discovered a comet on its way into the inner
Solar System. The object, now designated C/2025 H3 (Cerro Alto), was first spotted on 19 April
in images taken with the observatory's 2.5-metre survey telescope, at a brightness of magnitude
18.4.

Confirmation came two days later, when observers in Chile and Australia recorded its faint
coma. Astronomers then found the comet in archive images taken around 2 March, which allowed a
first estimate of its orbit.

The comet will pass closest to the Sun on 12 November, at about 1.1 times the Earth-Sun
distance. It may then be visible through binoculars from the southern hemisphere.

Its orbit suggests the comet last passed through the inner Solar System roughly 4,000 years
ago. Chinese astronomers described a bright comet in the same part of the sky, possibly in 1741,
although the year in the surviving records is uncertain.

The survey telescope has been in operation since 2017 and scans the whole southern sky every
three nights. It has found 14 comets and more than 2,000 near-Earth asteroids.

Media contact: Valentina Rojas, outreach office, +56 2 2555 0123""",
        (
            expect("2025-04-19", "spot"),
            expect("2025-04-21", "confirm"),
            expect("2025-03-02~", "images"),
            expect("2025-11-12", "closest", planned=True),
            expect("1741?", "chinese"),
            expect("2017/..", "telescope"),
        ),
    ),
    Text(
        "ombudsman-housing-benefit",
        "ombudsman's case summary",
        None,
        """Local Government and Social Care Ombudsman
Case summary

Category: Benefits and tax - Housing benefit
Council: Halstead District Council
Case reference: 23 011 452
Decision date: 12 December 2024

Summary
Mr P complained that the Council took more than five months to decide his claim for housing
benefit, which left him in rent arrears and at risk of eviction. We found fault causing
injustice.

What happened
Mr P's rent arrears began around October 2022, when his hours at work were cut. He applied for
housing benefit on 4 January 2023. The Council asked for payslips, which Mr P sent twice. He
complained to the Council on 2 March 2023 that nobody had looked at them.

The Council did not decide the claim until 19 June 2023. By then Mr P's landlord had served a
notice seeking possession. Mr P complained to the Ombudsman in August 2023.

Our findings
The Council should normally decide a claim within 14 days of having the information it needs.
It had Mr P's payslips by 20 January 2023 at the latest. The delay of five months was fault.

Action
The Council has agreed to apologise to Mr P and pay him 300 pounds for his distress. It will also
review its procedures for handling evidence by 31 March
2025.

The Local Government Act 1974 allows us to publish summaries like this one. We do not name
complainants.""",
        (
            expect("2022-10~", "arrears"),
            expect("2023-01-04", "appl"),
            expect("2023-03-02", "complain"),
            expect("2023-06-19", "decide"),
            expect("2023-08", "ombudsman"),
            expect("../2023-01-20", "payslips"),
            expect("../2025-03-31", "review", planned=True),
        ),
    ),
    Text(
        "valdemora-wine-history",
        "wine region's history page in HTML",
        None,
        """<html>
<head><title>Our history - Consejo Regulador D.O. Valdemora</title></head>
<body>
<div id="nav"><a href="/es/">ES</a> | <a href="/en/">EN</a> | <a href="/visit">Visit us</a></div>
<article class="history">
<h1>A history of the Valdemora wine region</h1>
<p>Vines have grown on the terraces above the river Tuerto since Roman times. In 1187 the
monks of San Millan de Oza bought a vineyard near the village of Arcos, the oldest written
record of wine-growing in Valdemora.</p>
<p>The first underground cellar in Arcos was dug around 1450, and many of the town's
<em>bodegas</em> still use cellars of that age.</p>
<h2>Crisis and recovery</h2>
<p>Phylloxera arrived in the valley in 1879 and had destroyed two-thirds of the vines by 1885.
Growers replanted on American rootstock, and in 1934 forty of them founded the Cooperativa
Virgen de la Vega, which still makes a quarter of the region's wine.</p>
<p>Valdemora was granted its <strong>Denominacion de Origen</strong> on 14 July 1972. Since 2008
the rules have required every wine labelled <em>Crianza</em> to spend at least twelve months in
oak.</p>
<h2>Valdemora today</h2>
<p>Some 2,340 hectares are planted, mostly with Tempranillo and Garnacha. Harvest begins every
September, and the 2011 vintage is still regarded as the best since 1964.</p>
<p>Our 1972 Gran Reserva, made to celebrate the D.O., is on show in the visitor centre.</p>
</article>
<footer><p>Consejo Regulador D.O. Valdemora - Plaza Mayor 3, Arcos - Tel. +34 941 555 012</p>
<p>&copy; 2025 Consejo Regulador. Last updated 3 February 2025.</p></footer>
</body>
</html>""",
        (
            expect("1187", "vineyard"),
            expect("1450~", "cellar"),
            expect("1879", "phylloxera"),
            expect("../1885", "destroy"),
            expect("1934", "cooperativa"),
            expect("1972-07-14", "denominacion"),
            expect("2008/..", "rules"),
        ),
    ),
    Text(
        "margaretha-wreck-survey",
        "shipwreck survey report",
        None,
        """MARINE HERITAGE UNIT
Survey Report SR-2023-114
Site: Margaretha (Hollow Sands), Designated Wreck No. 58
Report date: 30 November 2023

1. Background
The Dutch brig Margaretha sank on or about 17 January 1798 on the Hollow Sands while carrying
wine and dyewood from Bordeaux to Amsterdam. Her crew of 11 was rescued by a local fishing
boat. The ship may have been built in 1781 at Zaandam, but the shipyard's records for that
year are incomplete and the identification is not certain.

The wreck was located by sport divers in 1986 and was designated under the Protection of
Wrecks Act 1973 on 5 March 1991. Diving on the site requires a licence.

2. Fieldwork
The survey took place from 11 to 22 September 2023, in a depth of 14 to 18 m. The team recorded
the site with a multibeam echo sounder and 3,240 photographs for photogrammetry. Visibility
averaged 4 m. Dive log entries 1798 to 1843 cover the work on the stern.

3. Results
About 38 m of the lower hull survives. Compared with the previous survey, scour has exposed a
further 2.5 m of the starboard side, and two iron guns recorded then have moved.

4. Recommendations
A further survey will take place in June 2024 to monitor the scour. The licensee is to remove
loose timbers for conservation no later than 31 March 2024.

Contact: Marine Heritage Unit, Quay House, Falmouth. Tel. 01326 555 0142""",
        (
            expect("1798-01-17~", "sank"),
            expect("1781?", "built"),
            expect("1986", "locat"),
            expect("1991-03-05", "designat"),
            expect("2023-09-11/2023-09-22", "survey"),
            expect("2024-06", "survey", planned=True),
            expect("../2024-03-31", "timbers", planned=True),
        ),
    ),
    Text(
        "lindqvist-letters",
        "family's emigration letters summary",
        None,
        """The Lindqvist letters: a summary for the family archive

Compiled by Karin Lindqvist Moe

These 63 letters were written by my great-great-grandmother Anna Lindqvist to her parents and
sisters in Varmland. They are kept in two boxes (Box 4 and Box 5) in the family archive, and I
have numbered them 1 to 63 in the order they were written.

Anna left Gothenburg on the emigrant ship Orlando on 4 May 1887, aged 19, travelling by way of
Hull and Liverpool. She arrived in New York eighteen days later, tired but "not seasick a single
day". She went first to her uncle in Chicago and worked as a maid for a family on the North
Side.

Her letters soon mention Olof Berg, a carpenter from Dalarna, more and more often. They
married around 1889; no marriage record has been found, and Anna's own letters only speak of
"our wedding in the spring".

In 1893 Anna and Olof bought a farm of 80 acres near Litchfield, Minnesota, and her younger
brother Erik joined them the following year. The letters from the farm describe threshing, a
fire in the barn on 2 August 1897 and the birth of six children.

Anna wrote home every Christmas until her mother's death. She is said to have died in 1932,
but her grave has not been found and the family is not sure of the year.

The numbers on the letters (for example 1887/12) are my own and not Anna's.""",
        (
            expect("1887-05-04", "left"),
            expect("1887-05-22", "arriv"),
            expect("1889~", "marri"),
            expect("1893", "farm"),
            expect("1894", "erik"),
            expect("1897-08-02", "fire"),
            expect("1932?", "died"),
        ),
    ),
    Text(
        "flu-vaccination-update",
        "ministry's vaccination campaign update",
        None,
        """MINISTRY OF HEALTH AND SOCIAL AFFAIRS
Seasonal influenza vaccination campaign 2025/26 - Update no. 2
Wednesday 15 October 2025

The national influenza vaccination campaign began on Monday 6 October for people aged 65 and
over, pregnant women and health workers. By Friday, 412,000 people had been vaccinated, the
highest first-week figure since 2020.

Since 1 September, community pharmacists have been allowed to give the vaccine without a
doctor's prescription. About 1,900 pharmacies have joined the campaign so far.

The first order of 2.4 million doses was delivered to regional depots in September. The
remaining 600,000 doses are due to arrive by 31 October.

Next steps
- The second phase, for people aged 50 to 64 and those with chronic illness, will start on
  3 November.
- A school programme for children aged 2 to 11 will run from 17 to 28 November, with a nasal
  spray vaccine.

The Ministry reminds the public that vaccination is free under Decree 2025/114. Clinics in
health centres are held every Tuesday and Thursday afternoon.

Information line: 1510 (Monday to Friday, 8:00-18:00)
Next update: 29 October 2025""",
        (
            expect("2025-10-06", "campaign"),
            expect("../2025-10-10", "vaccinated"),
            expect("2025-09-01/..", "pharmacists"),
            expect("2025-09", "deliver"),
            expect("../2025-10-31", "arrive", planned=True),
            expect("2025-11-03", "second phase", planned=True),
            expect("2025-11-17/2025-11-28", "school", planned=True),
        ),
    ),
    Text(
        "harlow-street-bridge",
        "bridge's engineering history",
        None,
        """The Harlow Street Bridge: an engineering history

The Harlow Street Bridge carries the city's main north-south road across the Ashwater River in
three steel truss spans with a total length of 1,450 feet. It is listed as Bridge No. 4127 in
the state inventory.

Design and construction
The old timber bridge had been condemned after a flood, and the city held a design competition
in 1884. It was won by the engineer Cornelius Reade, whose design used Pratt trusses on granite
piers. Construction began in March 1886, and the bridge opened on 21 June 1889. Some 1,200 tons
of steel came from the Bethlehem works.

Alterations
The bridge was strengthened in 1936 and 1961, first to take electric streetcars and then for
heavier trucks. Its original gas lamps were replaced by electric lights around 1910.

Condition and future
An inspection in 2018 found corrosion at several of the lower chord connections. Trucks over
10 tons have been banned from the bridge since 2019, and inspectors now visit every six months.

The deck is scheduled to be replaced in 2027, at an estimated cost of 84 million dollars. The
trusses, which engineers regard as the finest surviving in the state, will be kept.""",
        (
            expect("1884", "competition"),
            expect("1886-03", "construct"),
            expect("1889-06-21", "open"),
            expect("1936", "strengthen"),
            expect("1961", "strengthen"),
            expect("1910~", "lamps"),
            expect("2018", "inspection"),
            expect("2019/..", "trucks"),
            expect("2027", "deck", planned=True),
        ),
    ),
)
