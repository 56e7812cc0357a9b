"""A hundred-and-twenty-first batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML timeline page,
a river ice breakup report, a marionette theatre's history, a telecom regulator's spectrum
decision, a pilgrimage diary, a steam railway's gala page in HTML, a shipbuilder's contract
release, a netball final report, an energy ministry's grid connection timetable, a windmill
trust's history, a mountain club's newsletter and a whisky cooperage's history). Facts whose
date a reader could take two ways (a season, "the second half of 2028", "late June") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYFIRST_CORPUS",)

HUNDREDTWENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "mombasa-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """MOMBASA, Kenya, Oct 9 (Coastline Wire) - Dockworkers at Kenya's main port of Mombasa
ended a six-day strike on Tuesday after the port authority agreed to review shift
allowances, union officials said.

The walkout began on Oct 3, when some 2,400 members of the Coast Stevedores' Union stopped
loading ships over unpaid overtime. During the strike the container backlog reached 18,700
TEU, the highest since 2017, according to the Kenya Ports Authority.

The union first raised the allowances in a letter to the authority in March 2023. Talks
between the two sides collapsed on Sept 27, and a court in Mombasa declined to halt the
strike.

Under Tuesday's deal, a joint committee will report on the allowances by Nov 15, and the
revised rates are to take effect on January 1, union secretary general Hamisi Chaka told
reporters outside the union's offices on Moi Avenue.

"Our members are back on the cranes tonight," Chaka said. "But we will watch the committee
closely."

The port, which has handled transit cargo for Uganda and Rwanda since 1931, moves about 80
percent of the region's imports. Shipping lines, which call at Mombasa every week on
fixed rotations, warned that freight rates could stay high into November.

(Reporting by Achieng Odhiambo; Editing by Paul Hartnell)""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-10-03", "walkout"),
            expect("2023-03", "letter"),
            expect("2024-09-27", "talks"),
            expect("../2024-11-15", "committee", planned=True),
            expect("2025-01-01", "rate", planned=True),
            expect("1931/..", "transit"),
        ),
    ),
    Text(
        "halberd-laboratory",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halberd Biosciences completes Leeds manufacturing laboratory

Leeds, United Kingdom, 12 February 2025 - Halberd Biosciences plc (AIM: HLB), a developer of
cell therapies for rare blood disorders, has completed its new 4,200 m2 manufacturing
laboratory at the Kirkstall Forge campus in Leeds.

The laboratory received planning consent from Leeds City Council on 14 November 2022, and
construction began in June 2023. The company hired its 200th employee on 6 January, most of
them technicians recruited for the new site.

The first clinical batch from the laboratory is expected to be released in September 2025,
subject to a licence from the Medicines and Healthcare products Regulatory Agency. The
building will be formally opened by the Lord Mayor of Leeds on Thursday 6 March.

"This is the moment we stop depending on contract manufacturers," said chief executive
Dr Priya Raman. "Every batch we make here shortens the wait for patients."

Halberd was founded in 2009 as a spin-out of the University of Leeds and has been listed on
AIM since 2016. The laboratory is built to ISO 14644-1 cleanroom standards and meets EU GMP
Annex 1 (2022 revision).

Notes to editors
Halberd Biosciences plc develops autologous cell therapies. Its lead programme, HB-2031, is
in Phase II trials in the UK and Germany.

Media contact: Tom Ellery, Harrow Street Communications
+44 113 496 0721 | halberd@harrowstreet.example

ENDS""",
        (
            expect("2022-11-14", "consent"),
            expect("2023-06", "construction"),
            expect("2025-01-06", "employee"),
            expect("2025-09", "batch", planned=True),
            expect("2025-03-06", "open", planned=True),
            expect("2009", "found"),
            expect("2016/..", "aim"),
        ),
    ),
    Text(
        "rourke-v-westgate",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MERIDIAN

No. 23-CV-0417
Filed March 4, 2025

DANA ROURKE, Appellant,
v.
WESTGATE MALL MANAGEMENT, LLC, Appellee.

Appeal from the Circuit Court for Harlan County, Hon. Teresa Ng, Judge.

OPINION

HOLLOWAY, J.

On or about June 11, 2019, appellant Dana Rourke fell on a broken stair in the parking
structure of the Westgate Mall. The record shows that the defect had been reported to
Westgate's site manager before April 2019. Rourke filed suit on May 28, 2021, alleging
negligence.

Westgate moved for summary judgment, arguing that the claim was barred by the two-year
limitations period of Mer. Code Ann. § 5-101 (1974, as amended in 2004). The circuit court
agreed and granted summary judgment on August 15, 2023. Rourke filed her notice of appeal on
September 12. We heard oral argument on January 9, 2025.

The limitations period runs from the date of injury, and it is undisputed that Rourke filed
more than two years after her fall. She contends, however, that the period was tolled
under Rule 2-501 while Westgate's insurer negotiated with her. We disagree. Nothing in the
record shows that Westgate or its insurer induced Rourke to delay filing; the letters she
relies on, each marked "Claim No. 19-66120," expressly reserve all defenses.

Because the claim was untimely, we need not reach Westgate's argument that the stair was an
open and obvious hazard.

AFFIRMED.""",
        (
            expect("2019-06-11~", "fell"),
            expect("../2019-04", "defect"),
            expect("2021-05-28", "suit"),
            expect("2023-08-15", "judgment"),
            expect("2023-09-12", "appeal"),
            expect("2025-01-09", "argument"),
        ),
    ),
    Text(
        "vellmark-history",
        "encyclopedia history",
        None,
        """Vellmark

Vellmark is a market town on the river Lenn, the seat of the district of Ober-Lenn.

History

The abbey of St. Aldric is traditionally said to have been founded in 1092, though the date
is doubtful and rests on a forged charter. A settlement at the ford below the abbey is first
recorded c. 1140. Vellmark was granted a market charter in 1287, and its weekly market,
held every Thursday, is still the largest in the valley.

The town was sacked by mercenaries in 1524 and again in 1531. A plague in 1636 killed perhaps
half of its inhabitants, and the town did not recover its earlier size for over a century.

The railway reached Vellmark in 1859, and the first textile mill opened the following year.
By the end of the century the mills employed more than 3,000 people. The 1859 station
building, now a museum, is one of the oldest in the region.

Vellmark has been the seat of the district since 1952, when Ober-Lenn was formed from three
smaller districts.

Demographics

The population was 18,400 at the 2021 census, up from 17,950 in the previous count.

See also
- Lenn valley railway
- List of abbeys in Ober-Lenn""",
        (
            expect("1092?", "abbey"),
            expect("1140~", "settlement"),
            expect("1287", "charter"),
            expect("1524", "sack"),
            expect("1531", "sack"),
            expect("1636", "plague"),
            expect("1859", "railway"),
            expect("1860", "mill"),
            expect("1952/..", "seat"),
        ),
    ),
    Text(
        "carrick-harbour-rugby",
        "sports report",
        date(2025, 4, 13),
        """RUGBY UNION | PREMIERSHIP

Prys double sends Carrick Harbour top

By Gwen Talfryn

Carrick Harbour went top of the Premiership on Saturday, beating Millbridge 27-19 in front
of a crowd of 1,987 at the Quarry Ground. It was Carrick's first win at Millbridge since
2009.

Flanker Owen Prys, who joined from Aberavon in July 2022, scored both of Carrick's tries in
the second half, the second after a driven maul from 22 metres.

Millbridge's previous home defeat came on 8 February against Usk, and they had not trailed
at the break all season. Fly-half Dafydd Rowe kicked four penalties but missed a conversion
that would have levelled the score at 20-20.

"We've been building towards this," said Ian Mather, who has been Carrick's head coach since
2021. "The boys train every Tuesday and Thursday in the dark, and today it showed."

Prys left the field with a shoulder injury in the 74th minute and will have a scan on
Tuesday. The sides meet again in the cup semi-final on 26 April.

Carrick Harbour: Lloyd; Evans, Morgan, Price, Bevan; Hughes, Powell; Jones, Rees, Lewis,
Thomas, Griffiths, Prys, Roberts, Davies.""",
        (
            expect("2025-04-12", "millbridge"),
            expect("2022-07", "prys"),
            expect("2025-02-08", "defeat"),
            expect("2021/..", "mather"),
            expect("2025-04-15", "scan", planned=True),
            expect("2025-04-26", "semi", planned=True),
        ),
    ),
    Text(
        "torvald-cycles-history",
        "company history",
        None,
        """Torvald Cycles - Our story

1948. In a borrowed garage in Aarhus, Ingrid Torvald begins building bicycles for the
postmen of the city. Torvald Cycles is founded with three workers.

The first racing frame, the lightweight Torvald Sprint, left the workshop in 1953. It is
still celebrated in our Model 1953 Classic, which we build to order.

Growing demand made the garage too small. The company moved to Skanderborg in 1961, and
opened a second plant in Horsens the following year. Exports to Germany began around 1975,
and within a decade half of our frames were sold abroad.

Since 1990 Torvald has been owned by the Torvald Employees' Foundation, which holds every
share on behalf of the people who build our bicycles. By 2004 every frame was welded by
robots, but each one is still aligned and checked by hand.

We launched our first electric model, the Torvald E1, in 2015. Today we build about 38,000
bicycles a year, tested to EN ISO 4210.

What comes next? A new factory in Skanderborg, powered entirely by solar energy, is
scheduled to open in 2026.

Torvald Cycles A/S | Fabriksvej 12, 8660 Skanderborg | CVR 19481953
(c) 2025 Torvald Cycles A/S""",
        (
            expect("1948", "found"),
            expect("1953", "frame"),
            expect("1961", "move"),
            expect("1962", "plant"),
            expect("1975~", "export"),
            expect("1990/..", "own"),
            expect("../2004", "robot"),
            expect("2015", "electric"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-orbiter",
        "mission summary",
        None,
        """KESTREL LUNAR ORBITER - MISSION SUMMARY

Operator: Nordic Space Agency (NSA-N)
International designator: 2022-019A
Launch mass: 1,240 kg

Kestrel was launched on 14 March 2022 aboard a Vega-C rocket from Kourou. After a low-energy
transfer, the spacecraft entered lunar orbit on 2 April and began science operations about
two weeks later, once its radar sounder had been deployed.

Kestrel's primary goal, set out in the 2020 Decadal Survey of the agency, is to map buried
ice in the permanently shadowed craters near the south pole. By the end of its primary
mission it had returned 41 terabytes of data.

On 9 November 2023 one of the four reaction wheels failed. Science operations were suspended
from 10 November to 4 December 2023 while engineers uploaded new attitude-control software
that uses the three remaining wheels.

The mission was extended in May 2024. With its propellant running low, the orbiter is
expected to impact the lunar far side no later than March 2026; the impact site will be
chosen to avoid historic landing sites.

Principal investigator: Dr Sigrid Aaltonen, University of Oulu.

Last updated: 3 June 2025""",
        (
            expect("2022-03-14", "launch"),
            expect("2022-04-02", "orbit"),
            expect("2022-04-16~", "science"),
            expect("2023-11-09", "wheel"),
            expect("2023-11-10/2023-12-04", "suspend"),
            expect("2024-05", "extend"),
            expect("../2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH
Statement on the measles outbreak in the Tarrow district
22 July 2024 - Ref: MOH/2024/117

The measles outbreak in the Tarrow district was first detected on 4 March, when a child was
admitted to Tarrow General Hospital with a rash and fever. By 19 July, 312 cases had been
confirmed, 41 of them requiring hospital care.

Under section 14 of the Public Health Act 1997, the Minister declared a regional health
emergency on Friday. The declaration allows the Ministry to deploy nurses from other
districts and to open temporary vaccination centres in schools.

A catch-up vaccination campaign will run from 5 to 30 August for all children and young
people aged 1 to 18 who have missed one or both doses of the MMR vaccine. Schools must
report the vaccination status of every pupil by 15 September.

The national immunisation register, which has operated since 2008, shows that coverage in
Tarrow has fallen to 81 percent, well below the 95 percent needed to stop the virus
spreading. An outbreak in 2013 infected 1,140 people nationwide.

Children are normally vaccinated at 12 months and again at 18 months. Parents unsure of
their child's status can call the free helpline on 0800 555 214, open every weekday from
8 am to 8 pm.

Issued by the Ministry of Health Press Office.""",
        (
            expect("2024-03-04", "outbreak"),
            expect("../2024-07-19", "case"),
            expect("2024-07-19", "emergency"),
            expect("2024-08-05/2024-08-30", "campaign", planned=True),
            expect("../2024-09-15", "school", planned=True),
            expect("2008/..", "register"),
            expect("2013", "outbreak"),
        ),
    ),
    Text(
        "harbour-bridge-timeline",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Harbour Bridge repairs - key dates | Portrane Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/roads">Roads</a> &gt; Harbour Bridge</nav>
<main>
<h1>Harbour Bridge repairs: key dates</h1>
<p>The Harbour Bridge, built in 1962, carries the R132 across the estuary and about 21,000
vehicles a day. This page lists the main steps of its repair.</p>
<ul class="timeline">
  <li><strong>12 May 2023</strong> - Cracks found in two steel bearings during a routine
  inspection.</li>
  <li><strong>June 2023</strong> - Bridge closed to vehicles over 7.5 tonnes.</li>
  <li><strong>4 to 22 September 2023</strong> - Public consultation on the repair options.</li>
  <li><strong>15 January 2024</strong> - Contract awarded to Dunmore Civil Engineering.</li>
  <li><strong>Around March 2024</strong> - Work began on the temporary supports.</li>
  <li><strong>By December 2025</strong> - Full reopening to all traffic expected.</li>
</ul>
<p class="note">Lane closures apply every Sunday night from 10 pm to 5 am.</p>
</main>
<footer>
<p>Roads Section, Portrane Council | Tel 01 890 2020 | Ref. RD-2023-0412</p>
<p>Page last updated 2 June 2025 | &copy; 2025 Portrane Council</p>
</footer>
</body>
</html>""",
        (
            expect("1962", "built"),
            expect("2023-05-12", "crack"),
            expect("2023-06", "close"),
            expect("2023-09-04/2023-09-22", "consultation"),
            expect("2024-01-15", "contract"),
            expect("2024-03~", "work"),
            expect("../2025-12", "reopen", planned=True),
        ),
    ),
    Text(
        "kuskal-ice-breakup",
        "river ice breakup report",
        None,
        """RIVER ICE BREAKUP REPORT
Kuskal River at Fort Elder
Issued: Tuesday, May 6, 2025, 2:00 p.m. local time
River Forecast Center, Northern Basins Office

BREAKUP: The ice went out at the Fort Elder tripod at 11:42 a.m. on Sunday, May 4, when the
tripod line stopped the clock. This is the earliest breakup at Fort Elder since 2019 and
three days ahead of the 1991-2020 median of May 7.

ICE CONDITIONS: Ice thickness measured on April 1 was 38 inches, close to normal. Warm
temperatures in late April weakened the ice quickly.

ICE JAM AND FLOODING: An ice jam formed near Moose Bend on Friday evening, backing water up
toward the village. Minor flooding of low-lying roads occurred from May 3 to May 5. The jam
released on its own, and water levels are now falling.

OUTLOOK: Breakup at Birch Crossing, 80 miles downstream, is expected around May 9. Residents
along the lower river should keep boats and fuel tanks secured. Flood Watch FLW-2025-07
remains in effect for the lower Kuskal.

BACKGROUND: Breakup records at Fort Elder have been kept since 1917. Observers check the
tripod every morning and evening during the breakup season.

Contact the Northern Basins Office at (907) 555-0148 to report ice conditions.""",
        (
            expect("2025-05-04", "ice"),
            expect("2025-04-01", "thickness"),
            expect("2025-05-02", "jam"),
            expect("2025-05-03/2025-05-05", "flood"),
            expect("2025-05-09~", "birch", planned=True),
            expect("1917/..", "record"),
        ),
    ),
    Text(
        "vasseur-marionettes",
        "marionette theatre's history",
        None,
        """Théâtre de marionnettes Vasseur - A short history

The theatre was founded around 1854 by Jean-Baptiste Vasseur, a cabinet-maker from the
Outremeuse quarter of Liège, who carved his first rod puppets from the offcuts of his
workshop. The oldest surviving puppet, the knight Gérard, was carved perhaps in 1862; the
collection's records do not say.

In 1878 the company moved to the vaulted cellar in the rue Puits-en-Sock where it still
plays. Vasseur's granddaughter Marthe took over in 1921, and under her the repertoire grew
to more than forty plays, among them the company's signature piece, The Siege of 1468.

The theatre was closed during the occupation, from May 1940 to September 1944, and many
puppets were hidden in the farmhouse of a cousin near Huy.

The cellar has been listed as a heritage site since 2003. Its collection of 1,200 puppets,
the largest in the province, is looked after by a volunteer association.

A full restoration of the cellar and its wooden stage is planned for 2027.

Performances every Sunday at 3 pm and Wednesday at 2.30 pm (in French and Walloon).
Bookings: +32 4 221 18 54.""",
        (
            expect("1854~", "found"),
            expect("1862?", "carv"),
            expect("1878", "move"),
            expect("1921", "marthe"),
            expect("1940-05/1944-09", "close"),
            expect("2003/..", "heritage"),
            expect("2027", "restor", planned=True),
        ),
    ),
    Text(
        "arcn-spectrum-decision",
        "telecom regulator's spectrum decision",
        None,
        """AUTORITÉ DE RÉGULATION DES COMMUNICATIONS NUMÉRIQUES (ARCN)

Decision No. D-2025/14 of 18 June 2025
on the assignment of the 3.8-4.2 GHz band for local private networks

The Board of the Authority,

Having regard to Directive (EU) 2018/1972 establishing the European Electronic
Communications Code, and to the Authority's 2019 Spectrum Strategy;

Whereas:

(1) The Authority launched a public consultation on the future use of the band on
9 December 2024. The consultation closed on 31 January 2025 and received 23 responses.

(2) Fixed-link operators, who have held assignments in the band since 1998, argued for a
long transition. The Authority considers that a transition until the end of 2027 strikes a
fair balance.

HAS DECIDED:

Article 1. Licences in the 3.8-4.2 GHz band shall be assigned by auction. The auction will
be held no later than 30 November 2025.

Article 2. Licences will run from 1 January 2026 for a period of 15 years.

Article 3. Holders of fixed-link assignments in the band must vacate it by 31 December 2027.

Article 4. This decision will be published in the Official Bulletin.

Done at Paris, 18 June 2025.
For the Board, the President, Hélène Marchetti

Contact: spectre@arcn.example | Tel. +33 1 40 47 70 00""",
        (
            expect("2024-12-09", "consultation"),
            expect("2025-01-31", "close"),
            expect("1998/..", "fixed"),
            expect("../2025-11-30", "auction", planned=True),
            expect("2026-01-01", "licen", planned=True),
            expect("../2027-12-31", "vacate", planned=True),
        ),
    ),
    Text(
        "le-puy-pilgrim-diary",
        "pilgrimage diary",
        None,
        """Notebook of a walk on the Via Podiensis - Clare Whitlock

Monday 6 May 2024
Set off from Le Puy-en-Velay after the pilgrims' mass at seven. Credential stamped (no. 1247).
The yellow-and-white marks of the GR 65 are everywhere. 24 km, feet fine.

Thursday 9 May
Reached Saugues in a downpour. The gîte serves soup every evening at half past seven, and
tonight there were eleven of us at the table. I first walked this route probably in 2011;
Marie insists it was 2012.

Saturday 11 May
Rest day at Aumont-Aubrac; my left knee needed it. Bought new insoles.

Tuesday 14 May
It rained from Sunday to Tuesday, three days of cloud on the Aubrac plateau. Cows with bells,
no views. Signpost at Nasbinals: Santiago 1,522 km.

Friday 17 May
Conques at last. The abbey church, begun around 1050, glows at dusk. Marie plans to walk on
to Santiago. I will not: our train home is booked for Monday, from Figeac.""",
        (
            expect("2024-05-06", "puy"),
            expect("2024-05-09", "saugues"),
            expect("2011?", "walk"),
            expect("2024-05-11", "rest"),
            expect("2024-05-12/2024-05-14", "rain"),
            expect("2024-05-17", "conques"),
            expect("1050~", "church"),
            expect("2024-05-20", "train", planned=True),
        ),
    ),
    Text(
        "wenlow-steam-gala",
        "steam railway's gala page in HTML",
        None,
        """<article class="post">
<header>
<h1>Spring Steam Gala 2025 - four engines in steam!</h1>
<p class="meta">Posted on 3 March 2025 by the Wenlow Valley Railway press team</p>
</header>
<p>Our <strong>Spring Steam Gala</strong> will run from <time datetime="2025-05-10">Saturday
10</time> to <time datetime="2025-05-11">Sunday 11 May</time>, with four locomotives in steam
and trains every 40 minutes between Wenlow and Castle Mead.</p>
<h2>Star guest</h2>
<p>Pannier tank No. 7714, built in 1930, returns to steam after a ten-year overhaul completed
in January. She will be joined by our own No. 4472 and two visiting engines.</p>
<h2>About the line</h2>
<p>The branch was closed by British Railways in 1965. Volunteers have run the railway since
1972, and the line reopened between Wenlow and Castle Mead on 22 July 1978.</p>
<h2>Tickets</h2>
<ul>
  <li>Gala rover: &pound;24 adults, &pound;12 children</li>
  <li>Advance tickets must be bought by 30 April; none will be sold on the day.</li>
  <li>Booking code: GALA25</li>
</ul>
<footer><p>Wenlow Valley Railway, Station Road, Wenlow | Tel 01632 960 451 |
Registered charity 1094415</p></footer>
</article>""",
        (
            expect("2025-05-10/2025-05-11", "gala", planned=True),
            expect("1930", "built"),
            expect("2025-01", "overhaul"),
            expect("1965", "close"),
            expect("1972/..", "volunteer"),
            expect("1978-07-22", "reopen"),
            expect("../2025-04-30", "ticket", planned=True),
        ),
    ),
    Text(
        "aurora-yards-ferries",
        "shipbuilder's contract release",
        None,
        """STOCK EXCHANGE RELEASE

Aurora Yards signs contract for two LNG-powered ferries with Nordvik Line

Turku, Finland, 27 January 2025 at 09:00 EET - Aurora Yards Oyj signed a contract on Friday
with Nordvik Line AS for the construction of two LNG-powered passenger ferries for the
Bergen-Hirtshals route. The contract value is approximately EUR 1.2 billion. The parties
signed a letter of intent on 12 November 2024.

The vessels, hull numbers NB 1401 and NB 1402, will each carry 1,800 passengers and meet IMO
Tier III emission limits. Steel cutting for the first vessel is scheduled for September 2025,
and she is to be delivered no later than December 2027. The second vessel will follow in the
spring of 2028.

"Nordvik Line is a long-standing customer, and we are proud to build their next generation of
ships," said Aurora Yards CEO Mikko Salminen. Aurora Yards delivered the ferry Nordvik Star to
the company in 2019.

The yard, which has built ships in Turku since 1737, employs 2,100 people and works with some
500 subcontractors.

Further information:
Mikko Salminen, CEO, tel. +358 40 123 4567
Anna Lehtonen, Communications, tel. +358 40 765 4321

Aurora Yards Oyj | www.aurorayards.example""",
        (
            expect("2025-01-24", "contract"),
            expect("2024-11-12", "intent"),
            expect("2025-09", "steel", planned=True),
            expect("../2027-12", "deliver", planned=True),
            expect("2019", "star"),
            expect("1737/..", "ship"),
        ),
    ),
    Text(
        "ashby-comets-netball",
        "netball final report",
        date(2025, 9, 1),
        """NETBALL

Comets hold their nerve to win Grand Final

Ashby Comets won the Super League Grand Final on Sunday, beating Trent Valley 58-55 in front
of 7,412 fans at the Copper Arena, the biggest crowd for a final since 2012.

Goal shooter Kezia Oduya, who signed from Lagos Lions in October 2023, scored 44 of 47
attempts, including the goal that put the Comets ahead for good with two minutes left.

The Comets won their only previous title in 2016. They reached this year's final by beating
Severn Stars in the semi-final on 23 August.

Captain Rhian Moss, 34, announced on Friday that she would retire after the final, ending a
career that brought 96 caps for Wales. "I couldn't have asked for a better last game," she
said.

The Comets have been coached by Pat Selby since 2019. "We train every Wednesday night in a
school hall," Selby said. "Tonight they played like professionals."

Oduya is expected to be named in the squad for the 2026 Commonwealth Games. The Comets will
start their title defence when the new season opens on 14 February.

Final score: Ashby Comets 58 Trent Valley 55 (Q1 15-14, Q2 13-15, Q3 16-12, Q4 14-14).""",
        (
            expect("2025-08-31", "final"),
            expect("2023-10", "sign"),
            expect("2016", "title"),
            expect("2025-08-23", "semi"),
            expect("2025-08-29", "retire"),
            expect("2019/..", "selby"),
            expect("2026-02-14", "season", planned=True),
        ),
    ),
    Text(
        "offshore-grid-timetable",
        "energy ministry's grid connection timetable",
        None,
        """MINISTRY OF ENERGY AND CLIMATE
Offshore Wind Grid Connection Timetable - Revision 3
Published 10 March 2025 | Ref. GCT/25/03

1. Purpose
This timetable replaces the one issued on 15 June 2022. It sets out the dates by which the
transmission operator will connect each offshore wind project, in support of the 2030 target
of 50 GW of offshore capacity under the Energy Act 2013.

2. Progress to date
About 2,300 km of export cable were laid between 2019 and 2024. The Westray converter station
was commissioned on 2 December 2024 and now serves three wind farms.

New connection offers have been frozen since 1 September 2024, while the operator reviews
the queue.

3. Connection dates
- Alder Bank (1.2 GW): to be connected no later than 31 March 2027.
- Holm Shoal (1.5 GW): energisation expected in October 2028.
- Sula Deep (2.0 GW): connection in the second half of 2029, subject to consent.

4. Next steps
Developers must submit revised construction milestones by 30 May. The Ministry reviews the
timetable every six months.

Contact: offshore.grid@energy.example | +44 20 7946 0813""",
        (
            expect("2022-06-15", "timetable"),
            expect("2019/2024", "cable"),
            expect("2024-12-02", "converter"),
            expect("2024-09-01/..", "offer"),
            expect("../2027-03-31", "alder", planned=True),
            expect("2028-10", "holm", planned=True),
            expect("../2025-05-30", "milestone", planned=True),
        ),
    ),
    Text(
        "hatherby-windmill",
        "windmill trust's history",
        None,
        """Great Hatherby Windmill Trust

The history of the mill

A post mill stood on Hatherby Heath by 1596, when it appears on an estate map of the manor.
The present brick tower mill was built in 1814 for the miller Thomas Gedge, on the same site.

Its four sails were destroyed in a gale on 24 March 1895 and replaced within the year. The
mill was worked by wind until around 1921, when the Gedge family installed an oil engine in
the base of the tower. Milling ceased in 1947, and the cap and sails slowly decayed.

The mill has been Grade II* listed since 1951. The Great Hatherby Windmill Trust was formed
in 1976 by villagers determined to save it. New sails were fitted in 1989 and again in 2012,
and the mill now grinds wholemeal flour on open days.

Visiting
The mill is open on the second Sunday of every month from April to September, 2 pm to 5 pm.
Flour is sold in 1.5 kg bags.

Great Hatherby Windmill Trust, registered charity no. 1012843.
Mill Lane, Great Hatherby, Suffolk IP14 6QH""",
        (
            expect("../1596", "post"),
            expect("1814", "tower"),
            expect("1895-03-24", "gale"),
            expect("1921~", "wind"),
            expect("1947", "milling"),
            expect("1951/..", "list"),
            expect("1976", "trust"),
            expect("1989", "sail"),
            expect("2012", "sail"),
        ),
    ),
    Text(
        "cairnlea-club-newsletter",
        "mountain club's newsletter",
        None,
        """CAIRNLEA MOUNTAINEERING CLUB
Newsletter No. 142 - November 2024

From the President

Ninety years on from the founding of the club in 1934, we remain a small, friendly club that
meets every Thursday at 8 pm in the back room of the Drover's Inn.

AGM report

The AGM was held on 19 October at the Drover's Inn, with 46 members present. Jean Muir was
re-elected president and the subscription was held at £35.

Glen Corran hut

The club has owned the hut at Glen Corran (grid ref NN 432 763) since 1962. It reopened on
2 November after re-roofing, thanks to eleven weekends of volunteer work.

Congratulations

Alan Reid completed his round of all 282 Munros on 7 September on Ben More, in a howling
gale. He started the round at the age of 19.

Coming up

The winter meet in Torridon will run from 24 to 26 January; book with the meets secretary.
Subscriptions for 2025 are due by 31 December.

Contact: secretary@cairnlea.example | 0131 496 0027""",
        (
            expect("1934", "found"),
            expect("2024-10-19", "agm"),
            expect("1962/..", "hut"),
            expect("2024-11-02", "reopen"),
            expect("2024-09-07", "munro"),
            expect("2025-01-24/2025-01-26", "meet", planned=True),
            expect("../2024-12-31", "subscription", planned=True),
        ),
    ),
    Text(
        "balnagask-cooperage",
        "whisky cooperage's history",
        None,
        """Balnagask Cooperage - Heritage

The cooperage was established in 1897 by Alexander Mair, a cooper from Dufftown, to repair
casks for the distilleries of the upper Spey. Around 1910 it began repairing sherry butts
shipped from Jerez, and sherry wood remained its trade for a generation.

The first ex-bourbon barrels arrived from Kentucky in 1946, and within a few years they made
up most of the casks on the yard. A fire on 3 February 1961 destroyed the main shed; it was
rebuilt the following year with a steel frame.

The charring kilns that still stand beside the shed date from before 1975. Since 1988 the
cooperage has trained apprentices through a four-year scheme, and every apprentice still
finishes by being "trussed" in a cask of their own making.

Today Balnagask repairs about 150,000 casks a year, from 200-litre barrels to 500-litre
butts. Its most famous piece of work, a cask for a distillery's 1966 vintage, now sits in
the visitor hall of that distillery.

A visitor centre with a viewing gallery over the cooperage floor is expected to open in 2026.

Balnagask Cooperage Ltd, Craigellachie Road, Aberlour AB38 9QP | Tel 01340 555 190""",
        (
            expect("1897", "establish"),
            expect("1910~", "sherry"),
            expect("1946", "bourbon"),
            expect("1961-02-03", "fire"),
            expect("1962", "rebuil"),
            expect("../1975", "kiln"),
            expect("1988/..", "apprentice"),
            expect("2026", "visitor", planned=True),
        ),
    ),
)
