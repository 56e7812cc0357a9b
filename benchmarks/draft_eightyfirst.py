"""An eighty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
central statistics office release, a scout group's newsletter, a lifeboat station's launch log,
a data breach notification, a theatre review, a regional development agency's project sheet,
an embassy's travel alert in HTML, a canal society's restoration history, an athlete's career
profile, a company's product end-of-life notice and a consular newsletter). Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYFIRST_CORPUS",)

EIGHTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Atlantic Press) - Dockworkers at the port of Setubal ended a
12-day strike on Tuesday after the terminal operator agreed to hire 60 permanent crane
operators, the union said.

The walkout began on September 26 and left more than 40 ships waiting at anchor off the
Sado estuary, the longest stoppage at the port since 2012.

The Sindicato dos Estivadores do Sul, which has represented the port's crane operators since
2017, said the previous collective contract expired on June 30 without a replacement. Its
members vote on strike action every Friday during disputes.

Union leader Marta Quintela said a new agreement will be signed on Monday in the presence of
the labour minister. The terminal operator, Sadoport, declined to comment beyond a short
statement.

By Oct. 7, the port authority said, only 12 of the waiting ships had been berthed, and car
exports from the nearby Palmela assembly plant, about 1,900 vehicles a week, had been held up.

Setubal first opened to container traffic in about 1988 and is the third-largest port in
Portugal by tonnage. Its "Porto 2030" expansion plan, which includes a new rail link, was not
affected by the dispute, the authority added.

(Reporting by Ana Ribeiro; Editing by Tom Hale)
ATL-PT-1009-0412""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-09-26", "walkout"),
            expect("2017/..", "represent"),
            expect("2024-06-30", "contract"),
            expect("2024-10-14", "agreement", planned=True),
            expect("../2024-10-07", "berthed"),
            expect("1988~", "container"),
        ),
    ),
    Text(
        "nordvik-boras-plant",
        "press release",
        None,
        """PRESS RELEASE
Gothenburg, 3 March 2025

Nordvik Batteries opens cell assembly plant in Boras

Nordvik Batteries AB (Nasdaq Stockholm: NVB) today opened its cell assembly plant in Boras,
western Sweden, the company's first large-scale production site.

Construction of the 48,000 square metre plant began in May 2023, and the first trial cells
came off the line in November 2024. The plant will employ about 1,200 people and is expected
to reach full capacity by December 2026.

Nordvik signed a long-term supply agreement with the truck maker Hallstrom Fordon on 14
January, covering cells for its electric haulage range.

"Boras shows what a Swedish battery can be," said chief executive Linnea Ekdahl. "We are
already preparing the next step." A second plant, in Lulea, is scheduled to open in 2028.

About Nordvik Batteries
Nordvik Batteries was founded in 2016 by engineers from Chalmers University of Technology.
The company has been listed on Nasdaq Stockholm since October 2021. Its Vision 2030 strategy
targets 40 GWh of annual capacity. The Boras site is certified to ISO 14001.

Press contact:
Oskar Bengtsson, Head of Communications
+46 31 555 20 16 | press@nordvik.example""",
        (
            expect("2025-03-03", "open", "plant"),
            expect("2023-05", "construction"),
            expect("2024-11", "trial"),
            expect("../2026-12", "capacity", planned=True),
            expect("2025-01-14", "supply"),
            expect("2028", "second", planned=True),
            expect("2016", "found"),
            expect("2021-10/..", "listed"),
        ),
    ),
    Text(
        "whitcombe-v-harlan",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DANA WHITCOMBE, Appellant,
v.
HARLAN PROPERTY GROUP, LLC, Appellee.

No. 2-22-0417
Filed June 12, 2023

OPINION

PRESIDING JUDGE OKAFOR delivered the opinion of the court.

Appellant appeals from a judgment for possession entered against her under section 9-209 of
the Residential Tenancies Act of 1987. We affirm.

I. BACKGROUND

On or about March 3, 2019, appellant entered into a written lease with appellee for an
apartment at 1402 Ferris Avenue. The tenancy began on April 1, 2019, at a monthly rent of
$1,150.

From January 2020 through August 2020, appellant withheld rent, asserting that the heating
system had failed. Appellee served a notice to quit on September 14, 2020. Appellant remained
in the apartment, and appellee filed its complaint for possession in November 2020.

After a bench trial, the trial court entered judgment for appellee on February 2, 2022.
Appellant filed a notice of appeal two weeks later.

II. ANALYSIS

Appellant argues that the withholding was protected because she gave written notice of the
defect. The record contains no such notice. Tenants in this district routinely send repair
requests by certified mail, and appellant offers no reason why she did not. Under our
decision in Marsh v. Coyle, 2011 WM App (2d) 100873, the burden lay with her.

III. CONCLUSION

The judgment of the circuit court of Lorne County is affirmed.

Affirmed.""",
        (
            expect("2019-03-03~", "lease"),
            expect("2019-04-01", "tenancy"),
            expect("2020-01/2020-08", "withheld"),
            expect("2020-09-14", "notice"),
            expect("2020-11", "complaint"),
            expect("2022-02-02", "judgment"),
            expect("2022-02-16", "appeal"),
        ),
    ),
    Text(
        "kerrowan-history",
        "encyclopedia history",
        None,
        """Kerrowan

Kerrowan is a market town in the valley of the River Tarr, with a population of 11,420 at the
last census.

History

A Cistercian abbey was founded at Kerrowan circa 1140 by monks from Rievaulx. The settlement
that grew around its gate remained small until the abbey was dissolved in 1539, when its lands
passed to the Fenwick family.

The town received a market charter in 1602 and a charter for an annual fair the following
year. The fair, held every September on the feast of St Giles, survives as a funfair.

Kerrowan's prosperity came from wool. The three great woollen mills on the Tarr were built
between 1788 and 1795, and at their height they employed some 1,750 workers. The town returned its
own member of parliament until the Reform Act of 1832 merged the borough into the county.

The railway probably reached Kerrowan in 1856, although some local histories give the
following year. The population peaked at about 14,000 in 1911, a figure not reached again.

The last mill closed in 1968. Since 1994 the Low Mill has housed the Tarr Valley Museum, which
displays a working spinning mule.

See also
- List of Cistercian houses
- Wool industry in the North""",
        (
            expect("1140~", "abbey"),
            expect("1539", "dissolve"),
            expect("1602", "market"),
            expect("1603", "fair"),
            expect("1788/1795", "mill"),
            expect("1856?", "railway"),
            expect("1911", "population"),
            expect("1968", "closed"),
            expect("1994/..", "museum"),
        ),
    ),
    Text(
        "ashford-rovers-title",
        "sports report",
        date(2025, 5, 18),
        """Rovers clinch title as Mensah double sinks Dunmore

By Chris Albright, Sports Reporter

Ashford Rovers are champions of the Northern Premier Division after a 3-1 win over Dunmore
Town at a sold-out Caxton Road on Saturday, their first league title since 1994.

Kwame Mensah, signed from Beckley in January, scored twice in the first half, and captain
Rhys Dolan headed the third from a corner before Dunmore pulled one back in stoppage time.

The crowd of 4,812 was the largest at the ground for a league match since the 1998-99
season.

Manager Ines Caldwell, in charge since November 2022, praised a squad that trains every
Tuesday and Thursday evening around full-time jobs. "Not long ago we were fighting
relegation," she said. "This is for the volunteers."

Rovers were relegated in 2019 and promoted two years later, and have lost only three league
games at home this season.

The club will parade the trophy through the town centre on Monday, starting at the Market
Cross at 6pm. Rovers' season is not over: the county cup final against Whitby Athletic is
scheduled for May 31.

Rovers: Pike; Ahmed, Dolan, Okoro, Lister; Fenn (Grant 78), Walsh, Hughes; Mensah, Boyd,
Carey.
Referee: P. Yates.""",
        (
            expect("2025-05-17", "win"),
            expect("2025-01", "signed"),
            expect("2022-11/..", "caldwell"),
            expect("2019", "relegated"),
            expect("2021", "promoted"),
            expect("2025-05-19", "parade", planned=True),
            expect("2025-05-31", "final", planned=True),
        ),
    ),
    Text(
        "haldor-cycles-history",
        "company history",
        None,
        """Our history | Haldor Sykler AS

1923 - 1950: From a Drammen workshop
Haldor Sykler was founded in 1923 by the brothers Einar and Petter Haldorsen, who repaired
bicycles in a rented workshop behind Drammen railway station. The company opened factories in
Drammen and Kongsberg in 1931 and 1934, and before the war it was building some 8,000
bicycles a year.

1950 - 2000: Bicycles for the whole country
Around 1950 Haldor began exporting to Sweden and Denmark. Its Tempo 2000 touring model,
introduced in 1962, became the best-selling bicycle in Norway and stayed in production for
nearly thirty years. Haldor has been listed on the Oslo Stock Exchange since 1986.

2000 - today: Electric and local
In March 2004 the company acquired the Danish frame maker Vejle Rammer. Haldor moved its
headquarters to a former paper mill in Mjondalen in 2012, and the first electric Haldor, the
E-Tempo, followed two years later.

Today Haldor makes around 60,000 bicycles a year, more than at any time since 1939, and every
frame is still welded in Norway.

Haldor Sykler AS | Ovre Storgate 19, 3050 Mjondalen | Org. no. 912 345 678
Customer service: +47 32 19 23 00 (weekdays 08:00-16:00)""",
        (
            expect("1923", "found"),
            expect("1931", "factor"),
            expect("1934", "factor"),
            expect("1950~", "export"),
            expect("1962", "tempo"),
            expect("1986/..", "listed"),
            expect("2004-03", "acquire"),
            expect("2012", "headquarters"),
            expect("2014", "electric"),
        ),
    ),
    Text(
        "selene-pathfinder-mission",
        "mission summary",
        None,
        """SELENE PATHFINDER - MISSION SUMMARY

Mission ID: SPF-19-07 | Operator: European Lunar Consortium | Status: Extended mission

Overview
Selene Pathfinder is a small lunar orbiter carrying a technology-demonstration lander,
Ariadne. It was designed to map water ice in permanently shadowed craters near the south
pole from a 100 km orbit.

Timeline
The spacecraft was launched on 14 August 2019 on a Vega rocket from Kourou. After a low-energy
transfer it entered lunar orbit on 2 October, and the Ariadne lander separated two days later.
Ariadne touched down hard in Amundsen crater and returned data for only 41 minutes.

The orbiter completed its primary mapping mission on 30 June 2020. As its star tracker
degraded, the last image from the narrow-angle camera was received around 3 March 2021.
The orbiter has been in an extended mission, using its radar only, since January 2021.

Future
Propellant is limited. Controllers plan a controlled impact, and the deorbit is planned for no
later than December 2026. The orbiter passes over the south pole twelve times a day, and each
pass returns about 2,019 radar frames.

Key figures
Launch mass: 412 kg | Orbiter design life: 12 months | Mission cost: EUR 96 million""",
        (
            expect("2019-08-14", "launch"),
            expect("2019-10-02", "orbit"),
            expect("2019-10-04", "separat"),
            expect("2020-06-30", "primary"),
            expect("2021-03-03~", "image"),
            expect("2021-01/..", "extended"),
            expect("../2026-12", "deorbit", planned=True),
        ),
    ),
    Text(
        "measles-ministry-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH AND SOCIAL AFFAIRS
Statement on measles cases in the Eastern Region
22 January 2024

The Ministry of Health today confirmed an outbreak of measles in the Eastern Region. The first
cases were reported by a paediatric clinic in Norvale on 9 January. By 19 January, 42 cases had
been confirmed, 11 of them in children under two.

The Minister for Health, Dr Samira Haddad, convened the national outbreak committee on 15
January. A catch-up vaccination campaign will begin in schools on Monday 29 January and is
expected to reach every primary school in the region by 23 February.

The national vaccination register has been in place since 2016, and coverage of the second dose
in the Eastern Region has fallen to 81 percent, the lowest level since 2005. Under the Public
Health Act 2008, schools may exclude unvaccinated contacts for up to 21 days.

Parents can check their child's vaccination status online or by calling the health line on
0800 2024 118, open every day from 8am to 8pm.

The Ministry will publish case numbers every Friday until the outbreak is declared over.

Ends

Notes to editors: Ref. MOH/PR/2024/006. Interview requests: press@health.gov.example""",
        (
            expect("2024-01-22", "confirm"),
            expect("2024-01-09", "cases"),
            expect("../2024-01-19", "confirmed"),
            expect("2024-01-15", "committee"),
            expect("2024-01-29", "campaign", planned=True),
            expect("../2024-02-23", "school", planned=True),
            expect("2016/..", "register"),
        ),
    ),
    Text(
        "tarnley-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Tarnley Town Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins and recycling</a></nav>
<main>
<h1>Latest news</h1>
<ul class="news-list">
<li>
<time datetime="2025-02-11">11 February 2025</time>
<h2><a href="/news/library-reopens">Central library reopens</a></h2>
<p>The central library reopened on 10 February after a 14-month renovation. The building had
closed in December 2023 and now has a children's floor and a makerspace.</p>
</li>
<li>
<time datetime="2025-02-07">7 February 2025</time>
<h2><a href="/news/budget">Council sets 2025/26 budget</a></h2>
<p>Councillors approved the 2025/26 budget on 5 February. Council tax for a Band D home will
rise by 2.9 percent, the smallest rise since 2019.</p>
</li>
<li>
<time datetime="2025-02-03">3 February 2025</time>
<h2><a href="/news/clock">Town hall clock restored</a></h2>
<p>The town hall clock, installed around 1897, is ticking again after restorers from Whitby
replaced its escapement. It is wound by hand every Monday.</p>
</li>
<li>
<time datetime="2025-01-29">29 January 2025</time>
<h2><a href="/news/mill-lane">Mill Lane roadworks</a></h2>
<p>Mill Lane will be closed from 17 to 21 March 2025 while the gas main is replaced. The
Riverside swimming pool, closed since 4 November 2024, remains shut.</p>
</li>
</ul>
</main>
<footer>
<p>&copy; 2025 Tarnley Town Council | Tel. 01632 960 2024 | Last updated 14 February 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-02-10", "library"),
            expect("2023-12", "closed"),
            expect("2025-02-05", "budget"),
            expect("1897~", "clock"),
            expect("2025-03-17/2025-03-21", "mill lane", planned=True),
            expect("2024-11-04/..", "pool"),
        ),
    ),
    Text(
        "statistics-monthly-indicators",
        "central statistics office release",
        None,
        """NATIONAL STATISTICS OFFICE
Statistical release: Monthly economic indicators, April 2024
Released: 10:00, 15 May 2024 | Next release: 14 June 2024

Main points
- Annual consumer price inflation eased to 2.4% in April 2024, the lowest rate since June
  2021.
- Industrial production rose 1.2% in March, its strongest monthly increase in two years.
- The unemployment rate has stayed at 5.1% since January.

Revisions
Revised figures for 2023 were published on 2 May. Annual GDP growth was revised up by 0.1
percentage points to 0.6%.

Methods
The consumer price index was rebased to 2015=100 in February 2019. A consultation on moving
the index to a 2025 base will close on 28 June 2024.

The next release, covering May 2024, is scheduled for 14 June 2024 at 10:00.

Series identifiers: CPI annual rate D7G7; industrial production index K222; unemployment rate
MGSX. All series are seasonally adjusted unless stated otherwise.

Contact
Price statistics team | prices@statistics.gov.example | +44 1633 456 900
Statistician: Helen Marsh""",
        (
            expect("2024-04", "inflation"),
            expect("2024-03", "production"),
            expect("2024-01/..", "unemployment"),
            expect("2024-05-02", "revised"),
            expect("2019-02", "rebased"),
            expect("2024-06-28", "consultation", planned=True),
            expect("2024-06-14", "release", planned=True),
        ),
    ),
    Text(
        "harbury-scouts-newsletter",
        "scout group's newsletter",
        None,
        """1st HARBURY SCOUT GROUP
Newsletter No. 47 - Friday 8 March 2024

Dear parents and carers,

What a term it has been! Twelve Cubs gained their Camper badge at the pack camp at Kingsbrook
from 23 to 25 February, despite a very wet Saturday night. Thank you to everyone who lent
roll mats.

Our group was founded in 1927 by the Reverend Arthur Pell, and we have rented the Church Lane
hut since 1962. The hut roof needs replacing: by 1 March we had raised 1,850 pounds of the
4,000 pounds we need.

On Saturday we will hold a bag pack at the Harbury Co-op from 10am to 4pm. Please sign up with
your section leader.

Summer camp for Scouts will run from 27 July to 3 August 2024 at Blackwell Farm. Places are
limited to 24.

Two of our Explorers, Maya Okonkwo and Ben Tate, have been selected for the UK contingent to
the World Scout Jamboree 2027 in Poland. Beavers still meet every Monday, Cubs every Tuesday
and Scouts every Thursday, all at 6.30pm.

Yours in scouting,
Helen Carr, Group Scout Leader
07700 900 192 | Registered charity no. 1101927""",
        (
            expect("2024-02-23/2024-02-25", "camp"),
            expect("1927", "founded"),
            expect("1962/..", "hut"),
            expect("../2024-03-01", "raised"),
            expect("2024-03-09", "bag pack", planned=True),
            expect("2024-07-27/2024-08-03", "summer camp", planned=True),
        ),
    ),
    Text(
        "porthmellin-launch-log",
        "lifeboat station's launch log",
        None,
        """PORTHMELLIN LIFEBOAT STATION
Launch log 2023 (selected services)

Station notes: A lifeboat station opened at Porthmellin in about 1866, and the crew have
launched more than 1,200 times since. The station has operated the Shannon-class all-weather
lifeboat 13-47 (ON 1347) since April 2021. Pagers are tested every Wednesday at 7pm.

Sat 14 January - ALB launched to the fishing vessel Morwenna, propeller fouled 6 miles SE of
the harbour. Towed to Newlyn. Crew 7, on service 5 hrs.

3 March - D-class launched to two paddleboarders blown offshore at Polgwidden. Both recovered
and landed to the ambulance service.

19-20 May - ALB on service for 14 hours to the yacht Kestrel, dismasted in a force 8, 38 miles
SW. Three crew taken off by the Coastguard helicopter; yacht towed to Falmouth.

6 July - D-class launched after a report of a swimmer in difficulty; stood down after the
swimmer reached the shore.

2 September - Both boats launched to search for a missing angler. The search was called off
at dusk; the angler was found safe the next morning.

Coming up: the new boathouse is expected to be completed by May 2024. Open day and lifeboat
blessing every August bank holiday. Enquiries: station manager, 01326 555 1866.""",
        (
            expect("1866~", "station"),
            expect("2021-04/..", "shannon"),
            expect("2023-01-14", "morwenna"),
            expect("2023-03-03", "paddleboard"),
            expect("2023-05-19/2023-05-20", "kestrel"),
            expect("2023-07-06", "swimmer"),
            expect("2023-09-02", "angler"),
            expect("2023-09-03", "found"),
            expect("../2024-05", "boathouse", planned=True),
        ),
    ),
    Text(
        "brightwell-data-breach",
        "data breach notification",
        None,
        """Brightwell Energy Ltd
Customer Care, PO Box 4412, Leeds LS1 9ZZ

17 October 2024
Our ref: DBN-2024-1019

Dear customer,

Notice of a data security incident

We are writing to tell you about an incident that may have affected your personal
information.

What happened
On 2 October 2024 our security team discovered unauthorised access to a customer database
used by our smart meter booking service. Our investigation shows that the intrusion began on
or about 19 September. We shut down the affected system the same day we found it.

What information was involved
Names, addresses, email addresses and meter serial numbers. Payment card details were not
affected: we have encrypted all payment data since 2019.

What we are doing
We reported the incident to the Information Commissioner's Office on 4 October, as required
by the Data Protection Act 2018, and we are working with the police. We will send each
affected customer a code for 12 months of free credit monitoring by 31 October.

What you can do
Be wary of emails or calls that claim to be from Brightwell. We will never ask for your
password. Our fraud helpline, 0800 031 2019, is open every weekday from 8am to 6pm.

We are sorry for the concern this may cause.

Yours faithfully,
Priya Nandakumar
Data Protection Officer""",
        (
            expect("2024-10-02", "discover"),
            expect("2024-09-19~", "intrusion"),
            expect("2024-10-02", "shut"),
            expect("2019/..", "encrypt"),
            expect("2024-10-04", "reported"),
            expect("../2024-10-31", "code", planned=True),
        ),
    ),
    Text(
        "lyric-review-salt-house",
        "theatre review",
        date(2024, 9, 20),
        """THEATRE

The Salt House, Lyric Theatre, Belfield
Four stars

By Miriam Ashe

Eleanor Voss's The Salt House premiered at the Royal Court in 1958 and was last revived in
London about 1987, when it was thought a museum piece: a family of herring curers arguing over
a will while the North Sea eats their village. Marta Kovacs's new production, which opened at
the Lyric on Wednesday, proves it anything but.

Kovacs, who has run the Lyric since 2019, sets the play in a single gutted room, with a tide
of real water that creeps across the stage in the second act. Niamh Doherty, as the widowed
Agnes, is magnificent, holding a silence for what feels like a full minute before her last
line.

There are longueurs. The second-act party scene drags, and the 1950s radio bulletins, played
between scenes, add little. But the final image - a table floating out into the dark - is the
most striking I have seen on a Belfield stage since the Lyric's 2011 Lear.

The run is scheduled to close on 26 October, and the production will transfer to the Royal
Exchange in Manchester in November.

The Salt House plays Tuesday to Saturday at 7.30pm, with matinees every Thursday.
Tickets 15-45 pounds. Box office: 01632 960 1958.""",
        (
            expect("1958", "premiere"),
            expect("1987~", "revived"),
            expect("2024-09-18", "opened"),
            expect("2019/..", "run"),
            expect("2024-10-26", "close", planned=True),
            expect("2024-11", "transfer", planned=True),
        ),
    ),
    Text(
        "harrow-mill-project-sheet",
        "regional development agency's project sheet",
        None,
        """NORTH VALE DEVELOPMENT AGENCY
PROJECT SHEET | Ref. NVDA/2023/114 | Sheet issued 5 June 2025

Project: Harrow Mill Enterprise Quarter, Castleford Road, Brenton
Programme: Regional Growth Fund 2021-2027, Priority Axis 4
Total cost: 18.4 million pounds (agency grant 6.2 million pounds)

Background
The Harrow Mill spinning works closed in 2009 with the loss of 340 jobs. The site has been owned
by Brenton Borough Council since 2014. A retail park proposed for the site in 2016 did not
proceed.

Progress
- Funding approved by the agency board: 14 March 2023.
- Demolition and remediation works started in September 2023.
- Phase 1 (the refurbished mill building, 62 workshop units) was completed by 30 April 2025;
  the first tenants moved in on 12 May.
- Phase 2 (two new-build office blocks) is scheduled to start in July 2025.
- Completion of the whole quarter is expected around March 2027.

Outputs (target / to date)
Jobs created: 220 / 48. Floorspace: 9,500 / 4,100 square metres. Businesses supported: 60 / 31.

Contact
Project officer: Daniel Akande | projects@nvda.example | 01924 555 0114
This sheet is updated every quarter.""",
        (
            expect("2009", "closed"),
            expect("2014/..", "owned"),
            expect("2016", "retail park"),
            expect("2023-03-14", "funding"),
            expect("2023-09", "works"),
            expect("../2025-04-30", "phase 1"),
            expect("2025-05-12", "tenants"),
            expect("2025-07", "phase 2", planned=True),
            expect("2027-03~", "completion", planned=True),
        ),
    ),
    Text(
        "embassy-alert-valdoria",
        "embassy's travel alert in HTML",
        None,
        """<html>
<head><title>Security alert: Valdoria | Embassy of Canada in Porto Alto</title></head>
<body>
<header><p class="crumbs">Home &gt; Travel advice &gt; Alerts</p></header>
<article>
<h1>Security alert: demonstrations and curfew</h1>
<p class="meta">Issued 12 August 2024, 16:00 local time | Alert no. 2024/07</p>
<p>Anti-government protests began in Porto Alto on 5 August and have spread to Santa Lucia and
the northern provinces. At least 14 people have been killed.</p>
<p>A nationwide night-time curfew, from 21:00 to 05:00, has been in force since 9 August.
The government said it expects to lift the curfew on 20 August.</p>
<ul>
<li>The international airport closed on 9 August; commercial flights resumed on 11 August
with reduced schedules.</li>
<li>Demonstrations usually take place in the afternoon after Friday prayers and after
football matches.</li>
<li>Presidential elections are scheduled for 22 September.</li>
</ul>
<p>The embassy last raised its alert level for Valdoria in March 2023, after severe flooding in
the south.</p>
<h2>What you should do</h2>
<p>Avoid all demonstrations. Register with the Registration of Canadians Abroad service and
keep your passport with you.</p>
<p>Emergency consular assistance: +595 21 227 1968, or emergency@international.gc.example,
24 hours a day.</p>
</article>
<footer><p>Date modified: 2024-08-12</p></footer>
</body>
</html>""",
        (
            expect("2024-08-05", "protest"),
            expect("2024-08-09/..", "curfew"),
            expect("2024-08-20", "lift", planned=True),
            expect("2024-08-09", "airport"),
            expect("2024-08-11", "flights"),
            expect("2024-09-22", "election", planned=True),
            expect("2023-03", "alert"),
        ),
    ),
    Text(
        "wendle-canal-restoration",
        "canal society's restoration history",
        None,
        """THE WENDLE CANAL SOCIETY
Restoring the Wendle: a short history

The Wendle Canal, 14 miles long with 23 locks, was opened in 1797 to carry coal from the Hadley
pits to the River Sowe. It never paid a good dividend, and commercial traffic ceased around
1935. For a generation its locks were used as dumping grounds.

The Wendle Canal Society was formed in March 1971 at a meeting in the Boat Inn, Hadley, by
twelve enthusiasts who had walked the towpath the previous summer. Its first task was
clearance: volunteers cleared the Bell Lock flight between 1978 and 1983, working every second
weekend.

Locks 4, 5 and 6 were reopened in 1989, 1993 and 1998 respectively. The Transport Act 1968 had
classed the Wendle as a "remainder" waterway, so every pound came from members, grants and
the annual boat rally.

The first boat in 70 years to reach Hadley Wharf brought the busiest day at the wharf since
1935. Since 2011 the society has leased the canal from the Canal and River Trust.

The last gap is the Sowe aqueduct, demolished after the war. A rebuilt aqueduct is planned to
open in 2031, provided the society raises its share of 3.2 million pounds.

Work parties meet every Sunday at Bell Lock, 9.30am. Membership enquiries: 01905 555 1797.""",
        (
            expect("1797", "opened"),
            expect("1935~", "traffic"),
            expect("1971-03", "society"),
            expect("1978/1983", "cleared"),
            expect("1989", "lock"),
            expect("1993", "lock"),
            expect("1998", "lock"),
            expect("2011/..", "leased"),
            expect("2031", "aqueduct", planned=True),
        ),
    ),
    Text(
        "athlete-profile-adeyemi",
        "athlete's career profile",
        None,
        """ATHLETE PROFILE

Tolu ADEYEMI (GBR)
Event: 800 metres | Club: Birchfield Harriers | Coach: Marco Lenz
Personal best: 1:57.98 (London, 2023)

Born on 12 March 1998 in Wolverhampton, Adeyemi took up athletics at secondary school and made
her senior international debut in 2016, at the European Championships in Amsterdam, where she
went out in the heats.

She has been coached by Marco Lenz since 2019. She won world indoor bronze in 2018, 2022 and
2024, an unusual run of consistency.

Her breakthrough outdoors came at the Olympic Games in Tokyo in August 2021, the Games still
known as Tokyo 2020, where she took silver behind Athing Mu. A hamstring injury cost her most
of the 2022 outdoor season.

Her personal best of 1:57.98, set in London in July 2023, was the fastest by a British woman
since 2009. She trains six days a week at Loughborough.

Next: Adeyemi is scheduled to race at the Diamond League meeting in London on 20 July 2024.

Profile last updated: 3 July 2024 | Athlete ID: 14502016""",
        (
            expect("1998-03-12", "born"),
            expect("2016", "debut"),
            expect("2019/..", "coached"),
            expect("2018", "bronze"),
            expect("2022", "bronze"),
            expect("2024", "bronze"),
            expect("2021-08", "silver"),
            expect("2023-07", "personal best"),
            expect("2024-07-20", "diamond league", planned=True),
        ),
    ),
    Text(
        "rx2100-end-of-life",
        "company's product end-of-life notice",
        None,
        """KESTREL NETWORKS
Product End-of-Life Notice EOL-2024-003
Notice date: 1 February 2024

Products affected: RX-2100 dual-band business router (all SKUs, including RX-2100-EU and
RX-2100-UK)

Kestrel Networks announces the end of life of the RX-2100 router. The RX-2100 was launched in
June 2015 and won the Network Computing innovation award in 2016. More than 2,100,000 units
have been shipped.

Milestones
- The last day to order the RX-2100 will be 30 April 2024.
- Firmware updates, including security patches, will end on 31 January 2025.
- The RX-2100 will reach end of support on 31 January 2027; after that date Kestrel will no
  longer provide technical assistance or replacement units.

Replacement product
The RX-3000 has been available since September 2023 and supports Wi-Fi 6E. Customers who
trade in an RX-2100 receive a 20 percent discount on an RX-3000.

Background
Sales of the RX-2100 had already fallen sharply, to the lowest level since 2015. Parts
suppliers stopped making its radio chip in about 2022.

For questions, contact your Kestrel account manager or call 0800 555 2100 (Monday to Friday,
8:00-18:00). This notice was last updated on 1 February 2024.""",
        (
            expect("2024-02-01", "end of life"),
            expect("2015-06", "launched"),
            expect("2016", "award"),
            expect("2024-04-30", "order", planned=True),
            expect("2025-01-31", "firmware", planned=True),
            expect("2027-01-31", "support", planned=True),
            expect("2023-09/..", "rx-3000"),
            expect("2022~", "chip"),
        ),
    ),
    Text(
        "consulate-newsletter-lyon",
        "consular newsletter",
        None,
        """CONSULATE GENERAL OF IRELAND, LYON
Consular Newsletter | Issue 12 | Published 6 November 2023

A word from the Consul General
Dear friends, I took up my post here on 4 September and have already met many of you at the
Irish film week. The consulate was opened in 1962, and it is a privilege to serve a
community that has grown so much since then.

Passports
Since 1 July all passport applications from France have been made online only, through the
Passport Online service. Please apply at least eight weeks before you travel. Our public
counter is open Monday to Friday, 9:30 to 12:30.

Farewell to Michel Garnier
Our honorary consul in Grenoble, Michel Garnier, retired on 31 October after 25 years of
service. A successor is expected to be appointed by 31 January 2024.

Events
Our St Patrick's Day ceili is held every March, but this autumn's highlight is the
national reception: the Consul General's reception will be held on Friday 24
November at the Hotel de Ville, by invitation.

Christmas closure
The consulate will close from 22 December 2023 to 2 January 2024. In an emergency, call
+33 4 78 00 19 62 at any hour.

Registration
Under the Consular Services Act 2011, registration is voluntary but strongly recommended.""",
        (
            expect("2023-09-04", "post"),
            expect("1962", "consulate"),
            expect("2023-07-01/..", "passport"),
            expect("2023-10-31", "retired"),
            expect("../2024-01-31", "successor", planned=True),
            expect("2023-11-24", "reception", planned=True),
            expect("2023-12-22/2024-01-02", "close", planned=True),
        ),
    ),
)
