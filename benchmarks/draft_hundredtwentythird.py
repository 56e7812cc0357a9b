"""A hundred-and-twenty-third batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
landslip road closure update, a ballet company's touring history, a rail regulator's penalty
decision, a hospital ship's log, a school's term dates page in HTML, a battery recycling plant
release, a polo match report, a treasury's savings bond sale notice, a salt mine's history, a
gardening club's newsletter and a shoemaker's history). Facts whose date a reader could take
two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYTHIRD_CORPUS",)

HUNDREDTWENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "copper-mine-strike",
        "wire story with a dateline",
        date(2024, 6, 5),
        """AREQUIPA, Peru, June 5 (Andes Wire) - About 1,800 workers at the Cerro Anta copper
mine in southern Peru walked off the job on Monday, halting output at one of the country's
ten largest mines, their union said.

The Cerro Anta miners' union first presented its wage demands to the operator, Minera
Huaycan, on April 18. Talks broke down two days later, when the company offered a 4 percent
raise against the 11 percent the union had asked for.

The mine, which has been run by Minera Huaycan since 1998, produced 212,000 tonnes of copper
in 2023, its lowest output since 2015. Production was suspended for nine days in March 2022
during protests over water rights.

Labour ministry mediators will meet both sides in Lima on Friday, a ministry spokeswoman told
Andes Wire. Under Peru's 2021 mining labour code, a strike can be declared illegal if the
operator is not given five working days' notice; the union says it gave notice on May 27.

"We have waited seven weeks for a serious offer," union secretary general Rosa Quispe Mamani
said by telephone from the mine gate, where strikers gather every morning at six.

Minera Huaycan said in a statement that essential maintenance crews remained on site and that
it was "open to dialogue within the law". Its shares fell 3.2 percent in Lima on Tuesday.

(Reporting by Diego Salcedo; Editing by Ruth Ambler; diego.salcedo@andeswire.pe;
+51 1 2024 0612)""",
        (
            expect("2024-06-03", "walk"),
            expect("2024-04-18", "demand"),
            expect("2024-04-20", "talks"),
            expect("1998/..", "run"),
            expect("2023", "produc"),
            expect("2022-03", "suspend"),
            expect("2024-06-07", "mediator", planned=True),
            expect("2024-05-27", "notice"),
            expect("2024-06-04", "share"),
        ),
    ),
    Text(
        "kaleva-acquisition",
        "press release",
        None,
        """Kaleva Foods to acquire Baltic oat drinks maker Auzu

HELSINKI, Finland, February 12, 2025 /Nordic Newswire/ -- Kaleva Foods Oyj (Nasdaq Helsinki:
KALEV) announced today that it has signed an agreement to acquire Auzu SIA, a Latvian maker
of oat-based drinks, for EUR 46 million in cash.

The transaction is expected to close no later than June 30, 2025, subject to approval by the
Latvian competition authority.

Auzu was founded in Riga in 2014 and began exporting to Finland and Sweden in 2017. Its
products are sold in about 3,200 stores.

"Auzu fits our Vision 2030 strategy perfectly," said Kaleva's CEO, Maria Lindroos. "Plant-based
drinks are the fastest growing category we serve, with growth last year the highest since 2015."

Founded in 1987 as a family dairy in Kuopio, Kaleva has been listed on Nasdaq Helsinki since
2006. It opened its first plant outside Finland, in Tallinn, in 2011, and a second in Vilnius
the following year.

Kaleva will publish its full-year 2024 results on February 27, 2025.

About Kaleva Foods
Kaleva Foods Oyj produces dairy and plant-based foods in Finland and the Baltic states. It
employs around 1,400 people in five countries.

Forward-looking statements: this release contains statements about future events that involve
risks and uncertainties.

Media contact:
Anu Hakala, Head of Communications
+358 9 2025 1987
anu.hakala@kalevafoods.fi

SOURCE Kaleva Foods Oyj""",
        (
            expect("2025-02-12", "acqui"),
            expect("../2025-06-30", "close", planned=True),
            expect("2014", "auzu"),
            expect("2017", "export"),
            expect("1987", "found"),
            expect("2006/..", "list"),
            expect("2011", "tallinn"),
            expect("2012", "vilnius"),
            expect("2025-02-27", "result", planned=True),
        ),
    ),
    Text(
        "harbor-lease-appeal",
        "court opinion",
        None,
        """Filed 3/4/22
NOT TO BE PUBLISHED IN OFFICIAL REPORTS

IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA
SIXTH APPELLATE DISTRICT

MARISOL DELGADO, Plaintiff and Appellant,
v.
HARBOR POINT HOLDINGS, LLC, Defendant and Respondent.

H049217
(Santa Cruz County Super. Ct. No. 20CV00812)

Appellant Marisol Delgado operated a bakery in a commercial unit owned by respondent Harbor
Point Holdings, LLC. She appeals from a summary judgment in respondent's favor. We affirm.

I. BACKGROUND

On or about July 9, 2019, appellant entered into a five-year lease of the unit. Paragraph 14
of the lease required her to maintain the grease trap at her own expense and to provide proof
of service every ninety days.

On January 14, 2020, respondent served a notice of default, stating that appellant had failed
to provide proof of service. The notice required appellant to cure the default no
later than February 13, 2020. Appellant contends that she mailed the service records on
February 10, 2020; respondent denies receiving them.

Respondent filed this unlawful detainer action on March 2, 2020. The matter was stayed under
the Judicial Council's emergency rules from April 6, 2020 to September 1, 2020. Appellant
vacated the unit about two weeks after the stay was lifted.

The trial court granted summary judgment on September 30, 2021, finding no triable issue as to
the default. Appellant timely filed a notice of appeal in October 2021.

II. DISCUSSION

Summary judgment is reviewed de novo. (Code Civ. Proc., § 437c, subd. (c).) Appellant's
declaration does not identify the date of mailing with personal knowledge, and the 1,204 pages
of exhibits she submitted contain no postal receipt. ...

III. DISPOSITION

The judgment is affirmed. Respondent shall recover its costs on appeal.""",
        (
            expect("2019-07-09~", "lease"),
            expect("2020-01-14", "default"),
            expect("../2020-02-13", "cure"),
            expect("2020-02-10", "mail"),
            expect("2020-03-02", "detainer"),
            expect("2020-04-06/2020-09-01", "stay"),
            expect("2020-09-15~", "vacat"),
            expect("2021-09-30", "summary"),
            expect("2021-10", "appeal"),
        ),
    ),
    Text(
        "kessingford",
        "encyclopedia history",
        None,
        """Kessingford

Kessingford is a market town and civil parish on the River Lode in the fictional county of
Wealdshire, England. It had a population of 8,412 at the last census.

History

The settlement grew up around a grange of the Cistercian abbey of Marwell, founded c. 1140 on
the north bank of the river. Kessingford received a royal charter for a weekly market and an
annual fair in 1287; the market is still held every Thursday in the square.

Much of the medieval town was destroyed by fires in 1541 and 1563, after which the corporation
ordered that new houses be roofed with tile rather than thatch. The stone bridge over the Lode,
which replaced a timber crossing, was completed before 1602 and is the oldest surviving
structure in the town apart from the parish church.

Kessingford was the county town of Wealdshire from 1745 to 1889, when the assizes moved to
Brenthurst. The railway arrived in 1856, and a branch line to the quarries at Helm opened two
years later.

The town's best-known inn, the 1620 House, takes its name from the date carved over its door,
though the building itself is largely of the eighteenth century.

Since 1974 Kessingford has been part of Lode Valley District.

Landmarks

St Wilfrid's Church has a twelfth-century nave and a fifteenth-century tower. The town museum,
in the old
corn exchange, holds some 2,300 objects.""",
        (
            expect("1140~", "abbey"),
            expect("1287", "charter"),
            expect("1541", "fire"),
            expect("1563", "fire"),
            expect("../1602", "bridge"),
            expect("1745/1889", "county"),
            expect("1856", "railway"),
            expect("1858", "branch"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "ospreys-rugby",
        "sports report",
        date(2023, 10, 15),
        """RUGBY UNION | Premiership Cup

Carrow 27 Hartsdale 19

By Tom Pennick

Carrow held off a late Hartsdale surge to win at Brookfield Park on Saturday, their first
victory at the ground since 2009, in front of a crowd of 11,206.

Fly-half Owain Pritchard, who joined Carrow from Dunmore in 2019, kicked 17 points, including a
drop goal four minutes from time that put the game beyond reach.

Hartsdale had led 13-10 at the break through a try from wing Jordan Maye, but Carrow's pack
took control after the interval. Flanker Sam Idowu, back for his first start since injuring
his shoulder on 23 September, scored the decisive try on 58 minutes.

"We train every Tuesday night on scrums and it showed," Carrow coach Neil Baverstock said.
"Owain has been the best ten in this competition since he arrived."

The result lifts Carrow to second in Pool B. They will host Redlands at the Quarry on Friday, with
kick-off at 7.45pm, and the top two in each pool go through to the semi-finals, scheduled for
3 and 4 November.

Hartsdale's director of rugby, Liam Forde, who took charge in January 2022, said his side had
"given away too many cheap penalties". His captain, lock Ben Arkwright, was one of five players
released for England A's training camp ahead of the 2027 World Cup cycle.

Carrow: Roberts; Lee, Hale, Price, Owusu; Pritchard, Evans; ...""",
        (
            expect("2023-10-14", "carrow"),
            expect("2019", "join"),
            expect("2023-09-23", "injur"),
            expect("2023-10-20", "redlands", planned=True),
            expect("2023-11-03", "semi", planned=True),
            expect("2023-11-04", "semi", planned=True),
            expect("2022-01", "charge"),
        ),
    ),
    Text(
        "halvard-pens",
        "company history",
        None,
        """Our history

Halvard & Sons was founded in 1923 by Edwin Halvard, a watch repairer who began fitting gold
nibs to fountain pens in a workshop behind his shop on Lister Street, Sheffield.

1931 - The growing firm moved to a former cutlery works on Arundel Lane, where it still makes
its nibs today.

In about 1950 Halvard began exporting to Canada and Australia, and by 1960 more than half of
its pens were sold abroad. The famous Halvard 1950 pen, named for the year its design was
registered, remains our best seller.

The company was listed on the London Stock Exchange in 1968 under the management of Edwin's
grandson, Peter Halvard. The oil crisis hit the firm hard, and production was cut by a third
between 1974 and 1976.

In 1994 Halvard was bought by the Swiss writing instruments group Meridia, which closed the
Arundel Lane plant the following year and moved assembly to Lausanne. Nib making returned to
Sheffield only after a long campaign by former employees.

Since 2008 Halvard & Sons has been owned by the Halvard Trust, a partnership of employees and
family members. Every pen is still tested by hand, and we offer a lifetime guarantee.

A new visitor centre at Arundel Lane is scheduled to open in spring, next to the restored
1931 Works building that houses our archive.

Customer service: 0114 496 1923 | Company no. 00184522""",
        (
            expect("1923", "found"),
            expect("1931", "move"),
            expect("1950~", "export"),
            expect("../1960", "abroad"),
            expect("1968", "list"),
            expect("1974/1976", "production"),
            expect("1994", "meridia"),
            expect("1995", "clos"),
            expect("2008/..", "trust"),
        ),
    ),
    Text(
        "corvid-mission",
        "mission summary",
        None,
        """CORVID asteroid sample mission - mission summary

Agency: Pan-European Space Consortium (PESC)   Mission type: orbiter and lander
Target: asteroid (41552) Kestrin   Status: extended mission

CORVID was launched on 14 March 2016 on a Vega-C rocket from Kourou. About two months after
launch, its ion engine was switched on for the long cruise.

The spacecraft entered orbit around Kestrin on 6 August 2019 and released the Nestling lander on
November 12, after a three-month search for a flat landing site. Nestling sent data for 61 hours
before its batteries were exhausted.

The orbiter collected its sample during a touch-and-go manoeuvre on or about 20 October 2020;
ground teams confirmed the capture only days later because of a communications outage. The
lander is thought to have briefly woken in 2021, when a faint signal was heard, but this has
never been confirmed.

The sample capsule landed in the Woomera range, Australia, on 8 December 2022. The orbiter
is now on an extended mission to a second asteroid, 2011 KW3, which it is expected to
reach in July 2026. Operations are to end no later than 31 December 2027.

Mass at launch: 2,016 kg. Power: 1,400 W at 1 AU.""",
        (
            expect("2016-03-14", "launch"),
            expect("2016-05~", "engine"),
            expect("2019-08-06", "orbit"),
            expect("2019-11-12", "nestling"),
            expect("2020-10-20~", "sample"),
            expect("2021?", "lander"),
            expect("2022-12-08", "capsule"),
            expect("2026-07", "reach", planned=True),
            expect("../2027-12-31", "operation", planned=True),
        ),
    ),
    Text(
        "flood-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND RURAL AFFAIRS
Statement by the Minister, Dr Helena Varga, on the Tisza valley floods
9 May 2024

Between 2 and 5 May, more than 140 millimetres of rain fell on the upper Tisza catchment, the
worst flooding the region has seen since 1998. I want to thank the emergency services, the
army and the hundreds of volunteers who have worked day and night.

A state of emergency has been in force in the districts of Szilas, Kovacs and Nagyret since
3 May. The Government decided this morning to extend it to the district of Alsomezo.

The Bereny reservoir, built in 1974, held, though water passed over its emergency spillway on
4 May for the first time in its history. Engineers inspected the dam on Tuesday and found no
structural damage.

Some 2,300 households have been affected. Emergency payments of 150,000 forints per household
began yesterday and will continue until all eligible families have been paid. Applications can
be made at any district office or by calling the free helpline on 06 80 2024 115.

I will visit Alsomezo and Nagyret on Monday with the Minister of the Interior.

An independent review of the flood defences on the upper Tisza will be completed by 31 October
2024, and its findings will be published in full.

The Ministry issues updates on river levels every day at 8:00 and 18:00.

Ref: VVM/2024/0518""",
        (
            expect("2024-05-02/2024-05-05", "rain"),
            expect("2024-05-03/..", "emergency"),
            expect("2024-05-09", "extend"),
            expect("1974", "reservoir"),
            expect("2024-05-04", "spillway"),
            expect("2024-05-07", "inspect"),
            expect("2024-05-08", "payment"),
            expect("2024-05-13", "visit", planned=True),
            expect("../2024-10-31", "review", planned=True),
        ),
    ),
    Text(
        "tram-depot-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Tram depot plans approved | Westmere Gazette</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Councillors back new tram depot at Fellgate</h1>
<p class="byline">By Priya Shenoy | Posted on <time datetime="2024-11-20">20 November
2024</time></p>
<figure><img src="/img/depot.jpg" alt="Artist's impression of the depot">
<figcaption>An artist's impression of the Fellgate depot. Photo: Westmere Transit,
2024</figcaption></figure>
<p>Westmere city councillors approved plans for a &pound;38m tram depot at Fellgate on Monday,
ending a dispute over the Line 3 extension that began in March 2022.</p>
<p>The planning committee voted 9-4 in favour after a four-hour meeting. Residents had lodged
more than 600 objections since the application was submitted on 14 June 2023.</p>
<p>Westmere Transit said site clearance would begin in January 2025 and that the depot was
expected to be ready by December 2026. The first trams on Line 3 are due to run in 2027.</p>
<p>The current depot at Harbour Road opened in 1994 and can hold only 32 trams, the smallest
capacity of any UK tram network.</p>
<p>Campaign group Save Fellgate Meadows said it would hold a public meeting on Saturday to
discuss a legal challenge.</p>
<ul class="tags"><li><a href="/tag/transport">Transport</a></li>
<li><a href="/tag/planning">Planning</a></li><li><a href="/tag/line-3">Line 3</a></li></ul>
</article>
<footer><p>Last updated 21 November 2024, 09:12</p>
<p>&copy; 2024 Westmere Gazette Ltd. Registered in England No. 02042019</p></footer>
</body></html>""",
        (
            expect("2024-11-18", "approv"),
            expect("2022-03", "dispute"),
            expect("2023-06-14", "submit"),
            expect("2025-01", "clearance", planned=True),
            expect("../2026-12", "depot", planned=True),
            expect("2027", "tram", planned=True),
            expect("1994", "harbour"),
            expect("2024-11-23", "meeting", planned=True),
        ),
    ),
    Text(
        "a4069-landslip",
        "landslip road closure update",
        None,
        """Carmarthen Valleys County Council - Highways
A4069 Brynaman to Llangadog: landslip closure
Update 4 - Tuesday 6 February 2024

The A4069 remains closed between the cattle grid at Herbert's Quarry and the junction with the
Llanddeusant road following the landslip on the night of 28 January. The road has been closed
to all traffic since 29 January, when a crack some 40 metres long opened in the carriageway.

What has happened so far
- A drone survey of the slope was carried out on 31 January.
- The geotechnical investigation was completed on Friday. It found that a culvert blocked by
  debris had saturated the embankment below the road.
- Temporary traffic lights on the diversion route through Gwynfe were removed on Monday after
  passing places were widened.

What happens next
Contractors are expected to start work to stabilise the embankment on 19 February. The work
will take about five weeks, and the council expects to reopen the road no later than 29 March,
weather permitting.

The same stretch of road was closed for six weeks in 2012 after a smaller slip, and the
culvert was last cleared in about 2017.

Diversion: via the A40 and A4067. Buses on route 280 run every two hours on the diversion.

Temporary Traffic Regulation Order ref. TTRO/2024/017. Please do not walk around the barriers.

Enquiries: highways@cvcc.gov.uk or 01558 202 417 (24 hours).""",
        (
            expect("2024-01-28", "landslip"),
            expect("2024-01-29/..", "closed"),
            expect("2024-01-31", "drone"),
            expect("2024-02-02", "investigation"),
            expect("2024-02-05", "lights"),
            expect("2024-02-19", "stabilis", planned=True),
            expect("../2024-03-29", "reopen", planned=True),
            expect("2012", "slip"),
            expect("2017~", "culvert"),
        ),
    ),
    Text(
        "ballet-touring",
        "ballet company's touring history",
        None,
        """Touring history

Northern Lights Ballet has been a touring company from the start. Its founder, the Latvian-born
choreographer Ilze Baumane, insisted that "a ballet nobody outside the city sees is only half
made".

The company's first tour abroad was to Copenhagen and Malmo in 1958, with a repertoire of four
short ballets and a borrowed lighting rig. It toured South America in 1964, 1967 and 1971,
each time opening at the Teatro Municipal in Santiago.

In around 1980 the company began touring with its own orchestra, an expensive habit. Its
production of The Snow Queen has been danced more than 900 times in 31 countries.

A planned tour of Japan in 2020 was called off in March 2020, days before the dancers were due
to fly. The tour was finally staged in October 2022, with 14 performances in Tokyo, Osaka and
Fukuoka.

Since 2003 the company has held a summer residency at the Stadttheater in Linz, and it visits
regional theatres in the north of England every autumn.

Northern Lights Ballet will make its first tour of Australia in 2026, opening in Perth. The
company's 1958 Copenhagen programme, signed by the whole cast, is on display in the foyer of
its home theatre.

Tour enquiries: touring@northernlightsballet.org.uk""",
        (
            expect("1958", "tour"),
            expect("1964", "south america"),
            expect("1967", "south america"),
            expect("1971", "south america"),
            expect("1980~", "orchestra"),
            expect("2020-03", "japan"),
            expect("2022-10", "japan"),
            expect("2003/..", "residency"),
            expect("2026", "australia", planned=True),
        ),
    ),
    Text(
        "rail-penalty",
        "rail regulator's penalty decision",
        None,
        """OFFICE OF RAIL STANDARDS
Penalty notice under section 57A of the Railways Act 1993
Licence holder: Southern Coastway Trains Limited
Reference: ORS/PEN/2023/04
Date of this notice: 11 September 2023

1. Summary
1.1 On 11 September 2023 the Office of Rail Standards (ORS) decided to impose a penalty of
GBP 2,150,000 on Southern Coastway Trains Limited (SCT) for breach of condition 4.2 of its
passenger licence,
which requires it to provide passengers with appropriate, accurate and timely information.

2. Background
2.1 SCT has operated passenger services on the Coastway routes since April 2017.
2.2 Between 1 December 2022 and 28 February 2023, SCT removed 1,914 trains from its timetable on
the day of travel, often without updating journey planners.
2.3 ORS opened an investigation on 15 March 2023 and issued a provisional order on 6 June. SCT
submitted its representations on 4 July 2023, two weeks after the original deadline.

3. Decision
3.1 ORS considers the breach serious. It is the largest number of short-notice cancellations
recorded by any operator since 2014.
3.2 The penalty is to be paid no later than 9 October 2023.
3.3 SCT will also publish a passenger information recovery plan by 31 December 2023, and ORS
will review progress against it in March 2024.

4. Payment
Penalties are paid into the Consolidated Fund. SCT is reminded that it must report performance
to ORS every four weeks.

Signed: Dr Anita Rowe, Director of Railway Markets and Economics""",
        (
            expect("2023-09-11", "penalty"),
            expect("2017-04/..", "operat"),
            expect("2022-12-01/2023-02-28", "remov"),
            expect("2023-03-15", "investigation"),
            expect("2023-06-06", "provisional"),
            expect("2023-07-04", "representation"),
            expect("../2023-10-09", "paid", planned=True),
            expect("../2023-12-31", "recovery", planned=True),
            expect("2024-03", "review", planned=True),
        ),
    ),
    Text(
        "amaranth-log",
        "hospital ship's log",
        None,
        """H.M. HOSPITAL SHIP AMARANTH - DECK LOG
Salonika to Malta. Master: Capt. J. R. Ellery. Senior Medical Officer: Lt-Col. A. Dunmore, R.A.M.C.
Page 74.                                                     March 1918

Mon. 11th. Lying at Salonika. 0700 commenced embarking sick and wounded by lighter. 1530
embarkation complete: 412 cot cases and walking patients, of whom 188 malaria. Wards
temperature 64 F. Rounds by the duty surgeon every four hours as usual.

Tue. 12th. 0545 weighed anchor and proceeded. Lights burning, red crosses illuminated per
regulations. 1100 Pte. Haddow, 2nd Royal Scots, died of pneumonia, cot no. 1918 (Ward C).

Wed. 13th. 0900 committed the body of Pte. Haddow to the deep, lat. 38 12 N, long. 24 05 E.
Weather fair, wind NW force 4. 2200 submarine reported by wireless some 40 miles to the south;
course altered accordingly.

Thur. 14th. Heavy swell. Stokers report No. 2 boiler leaking again; it was last repaired at
Malta in or about November 1917. Chief Engineer requests docking on arrival.

Fri. 15th. 1030 passed Cape Passero. Signal received ordering patients to be landed to the
Cottonera hospitals. Sea moderating.

Sat. 16th. 0810 made fast Grand Harbour and commenced landing patients.""",
        (
            expect("1918-03-11", "embark"),
            expect("1918-03-12", "anchor"),
            expect("1918-03-12", "haddow"),
            expect("1918-03-13", "body"),
            expect("1918-03-13", "submarine"),
            expect("1918-03-14", "leak"),
            expect("1917-11~", "repair"),
            expect("1918-03-15", "passero"),
            expect("1918-03-16", "harbour"),
        ),
    ),
    Text(
        "school-term-dates",
        "school's term dates page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Term dates 2024-25 | Ashby Green Primary School</title></head>
<body>
<header><h1>Ashby Green Primary School</h1>
<p>Kindness, curiosity, courage &middot; Tel. 01632 960 2024</p></header>
<main>
<h2>Term dates for 2024-25</h2>
<table>
<tr><th>Term</th><th>Starts</th><th>Ends</th></tr>
<tr><td>Autumn term</td><td>Tuesday 3 September 2024</td><td>Friday 20 December 2024</td></tr>
<tr><td>Spring term</td><td>Monday 6 January 2025</td><td>Friday 4 April 2025</td></tr>
</table>
<p>Half term in the autumn term runs from 28 October to 1 November 2024.</p>
<p>The school will be closed to pupils for staff training (INSET) on 2 September 2024,
25 October 2024 and 22 April 2025.</p>
<h2>Admissions</h2>
<p>Applications for Reception places for 2025-26 must be made by 15 January 2025.
Our open morning for new families will be held on Wednesday 13 November 2024 at 9.30am.</p>
<p>Clubs run every Tuesday and Thursday until 4.15pm. Breakfast club costs &pound;3.50 a day.</p>
<p><small>Ofsted URN 102024. The school has been part of the Ridgeway Learning Trust since
1 September 2016.</small></p>
</main>
<footer><p>Page last updated: 3 June 2024</p></footer>
</body></html>""",
        (
            expect("2024-09-03/2024-12-20", "autumn", planned=True),
            expect("2025-01-06/2025-04-04", "spring", planned=True),
            expect("2024-10-28/2024-11-01", "half", planned=True),
            expect("2024-09-02", "training", planned=True),
            expect("2024-10-25", "training", planned=True),
            expect("2025-04-22", "training", planned=True),
            expect("../2025-01-15", "application"),
            expect("2024-11-13", "open", planned=True),
            expect("2016-09-01/..", "trust"),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "battery recycling plant release",
        date(2025, 4, 8),
        """FOR IMMEDIATE RELEASE

Voltara breaks ground on Europe's largest lithium-ion battery recycling plant in Kolding

KOLDING, Denmark - Voltara ApS broke ground on Monday on a battery recycling plant in Kolding
that will be able to process 40,000 tonnes of spent electric vehicle batteries a year.

The DKK 1.9 billion plant received its environmental permit from the Danish Environmental
Protection Agency on 12 December 2024. It is scheduled to begin commercial operation in 2027 and
is expected to reach full capacity around 2029.

Voltara was founded in 2019 by two former engineers of a Danish wind turbine maker. It has
operated a pilot line in Fredericia since 2021, which has recovered about 94 percent of the
lithium, nickel and cobalt in the batteries it processes.

"This plant will help Europe meet the recycled content targets of the 2023 Battery Regulation,"
chief executive Signe Holm said. "Every tonne we recover is a tonne that does not have to be
mined."

The company raised DKK 600 million in a funding round led by Nordic infrastructure investors in
September 2024, its largest round since it was founded.

Around 180 people will work at the plant once it is complete. Recruitment of the first
operators is to start in autumn.

About Voltara
Voltara ApS recovers battery metals using a low-temperature hydrometallurgical process patented
in 2022 (EP 4 012 229).

Media contact: Jens Lund, +45 7020 2029, press@voltara.dk""",
        (
            expect("2025-04-07", "ground"),
            expect("2024-12-12", "permit"),
            expect("2027", "operation", planned=True),
            expect("2029~", "capacity", planned=True),
            expect("2019", "found"),
            expect("2021/..", "pilot"),
            expect("2024-09", "fund"),
            expect("2022", "patent"),
        ),
    ),
    Text(
        "polo-gold-cup",
        "polo match report",
        date(2024, 7, 22),
        """POLO

Ravenscourt claim the Gold Cup in extra chukka thriller

By Harriet Cole, Polo Correspondent

Ravenscourt won the Gold Cup at Cowdray Lane on Sunday, beating La Quebrada 11-10 in an extra
chukka to take the title for the first time since 2016.

The Argentine Tomas Iturbe, whose handicap was raised to eight goals in January, scored the
winner with a long neck shot two minutes into the extra period, after Ravenscourt had trailed
9-7 going into the sixth chukka.

Ravenscourt reached the final by beating Sandford Park 13-8 in the semi-final on Wednesday,
while La Quebrada needed a penalty shoot-out to get past Old Harrow.

The patron, Charles Whitlow, who founded the team in 2005, played all seven chukkas. "We have
lost three finals here," he said. "Today the ponies were magnificent." His mare Brisa was named
best playing pony; she was bred at the team's Oxfordshire yard in 2014.

The Cowdray Lane club, founded in 1911, has hosted the Gold Cup since 1956. A crowd of some
4,300 watched on a hot afternoon, with divot-stomping at half-time as ever.

Ravenscourt's next appearance will be in the Coronation Trophy on 4 August. Iturbe will then
return to Argentina for the 2024 Triple Crown, where he plays for La Dolfina Sur.

Final: Ravenscourt 11 (Iturbe 6, Whitlow 2, ...) La Quebrada 10 ...""",
        (
            expect("2024-07-21", "gold cup"),
            expect("2024-01", "handicap"),
            expect("2024-07-17", "semi"),
            expect("2005", "found"),
            expect("2014", "bred"),
            expect("1911", "club"),
            expect("1956/..", "host"),
            expect("2024-08-04", "coronation", planned=True),
        ),
    ),
    Text(
        "savings-bond-notice",
        "treasury's savings bond sale notice",
        None,
        """REPUBLIC OF ZELANIA - NATIONAL TREASURY
Public Debt Management Office

NOTICE No. 14/2024
Issued: 2 April 2024

SALE OF 3-YEAR RETAIL SAVINGS BONDS, SERIES SB-2027/A

1. The National Treasury invites residents of Zelania to subscribe to 3-year Retail Savings Bonds.
The subscription period will run from 8 to 19 April 2024 at all licensed banks and post offices,
and online through the Treasury Direct portal.

2. The bonds will be issued on 24 April 2024 and will mature on 24 April 2027.

3. The bonds carry a fixed coupon of 6.25 percent a year, the highest rate offered on a retail
bond since 2008. Interest will be paid twice a year, on 24 April and 24 October, until maturity.

4. The minimum subscription is ZL 1,000, and the maximum is ZL 5,000,000 per investor. The
Treasury expects to announce the allotment results on 22 April 2024.

5. The retail bond programme has run since 2009. The previous issue, Series SB-2026/B, was sold
in October 2023 and raised ZL 2.4 billion, about a third more than planned.

6. Early redemption is allowed after one year, subject to a penalty of three months'
interest. The Minister of Finance approved the issue on 28 March 2024.

ISIN: ZL0002024141. Enquiries: Treasury Direct helpline 1800 2024 14 (Monday to Friday, 8:00 to
17:00).

By order of the Minister of Finance""",
        (
            expect("2024-04-08/2024-04-19", "subscription", planned=True),
            expect("2024-04-24", "issu", planned=True),
            expect("2027-04-24", "matur", planned=True),
            expect("2024-04-22", "allotment", planned=True),
            expect("2009/..", "programme"),
            expect("2023-10", "sold"),
            expect("2024-03-28", "approv"),
        ),
    ),
    Text(
        "salzberg-salt-mine",
        "salt mine's history",
        None,
        """The Salt Mine of Grauental: a history

Salt has been boiled from the brine springs of the Grauental since prehistoric times, but the
mine itself is first mentioned in a charter of 1213, in which the Count of Hohenfels granted the
monks of Sankt Veit a tenth of its output.

Deep working began c. 1560, when the first shafts were sunk to the rock salt below the springs.
The mine was probably flooded in 1774, though the archive for those years was lost, and work did
not resume until 1781, when the mining office installed a horse-driven pump.

Between 1895 and 1927 the miners carved the Barbara Chapel out of the salt, 180 metres below
ground; its altar and chandeliers are still cut from rock salt. The chamber called the "1848
Hall" was named after the revolution, not dug in that year.

The mine was nationalised in 1919, and output peaked at 162,000 tonnes a year. Mining
ended on 30 June 1996, when the last shift came up the Kaiser shaft.

The show mine has been open to visitors since 1999. Guided tours start every 30 minutes and
last 90 minutes; the temperature underground is 12 degrees all year round.

A new lift in the Kaiser shaft is due to be completed in 2026.

Grauental Salt Mine, Bergstrasse 1, 1996 m above sea level. Tel. +43 6132 1213.""",
        (
            expect("1213", "charter"),
            expect("1560~", "shaft"),
            expect("1774?", "flood"),
            expect("1781", "resum"),
            expect("1895/1927", "chapel"),
            expect("1919", "nationalis"),
            expect("1996-06-30", "mining"),
            expect("1999/..", "open"),
            expect("2026", "lift", planned=True),
        ),
    ),
    Text(
        "garden-club-newsletter",
        "gardening club's newsletter",
        date(2025, 3, 3),
        """THE BROOKHAM HORTICULTURAL SOCIETY
Newsletter No. 112

From the Chair

Dear members, what a wet winter it has been! Thank you to the 46 of you who braved the rain for
our Annual General Meeting on Tuesday 18 February. The meeting re-elected the committee and
agreed to raise the annual subscription to 12 pounds, the first increase since 2016.

Sad news
We were sorry to hear that Margaret Pulley, who joined the Society in 1979 and was our show
secretary for twenty years, died on 2 January at the age of 91.

Dates for your diary
- Our spring plant sale will be held on Saturday 12 April in the village hall, 10am to noon.
  Donations of plants can be left at the hall from 9am.
- The coach trip to Hidcote Manor will leave the Green at 8.30am on Wednesday 14 May.
- The summer show is planned for 26 July.

Allotments
Allotment rents for 2025 must be paid to the treasurer by 31 March. The water troughs on the
Mill Lane site were finally repaired in January, after a burst pipe.

Tip of the month
Sow broad beans such as 'Aquadulce' now, and earth up early potatoes once the shoots appear.
The Society has grown a row of 'Arran Pilot' at Mill Lane every year since 1950 - long may it
continue!

Our Society was founded in 1948.

Club nights: first Thursday of every month, 7.30pm, Brookham Village Hall.
Secretary: Ann Dorey, 01632 960 112""",
        (
            expect("2025-02-18", "meeting"),
            expect("1979", "join"),
            expect("2025-01-02", "die"),
            expect("2025-04-12", "plant sale", planned=True),
            expect("2025-05-14", "hidcote", planned=True),
            expect("2025-07-26", "show", planned=True),
            expect("../2025-03-31", "rent"),
            expect("2025-01", "repair"),
            expect("1948", "found"),
        ),
    ),
    Text(
        "crockett-shoemakers",
        "shoemaker's history",
        None,
        """Crockett & Lowe: a shoemaker's history

In 1862 Josiah Crockett, a journeyman clicker, and his brother-in-law Henry Lowe rented two rooms
in Overstone Road, Northampton, and began making boots for farm workers by hand. By 1870 they
employed 35 outworkers, who stitched uppers in their own cottages.

The firm moved to a purpose-built factory in St Michael's Road in 1889. The building, with its
tall windows facing north for even light, is still our home; our Model 1889 oxford, named after
the move, is cut on the same patterns today.

During the First World War the factory made more than 250,000 pairs of army boots,
and in about 1935 the firm began to make the Goodyear-welted brogues for which it is best
known.

On the night of 16 May 1941 an incendiary bomb destroyed the closing room and much of the stock.
The damage was repaired and the room was rebuilt two years later.

Crockett & Lowe has held a Royal Warrant since 1955. The company has been run by Josiah's
great-great-grandson, Edward Crockett, since 2011.

Each pair of our shoes passes through some 200 operations and takes about eight weeks to make.
We still resole any Crockett & Lowe shoe, whatever its age; style no. 1926 from our archive was
returned for repair last year.

A new shop in Jermyn Street will open on 1 October 2025.

Crockett & Lowe Ltd, St Michael's Road, Northampton NN1 3JB. Tel. 01604 1862 00.""",
        (
            expect("1862", "crockett"),
            expect("../1870", "outworker"),
            expect("1889", "factory"),
            expect("1935~", "brogue"),
            expect("1941-05-16", "bomb"),
            expect("1943", "rebuilt"),
            expect("1955/..", "warrant"),
            expect("2011/..", "edward"),
            expect("2025-10-01", "shop", planned=True),
        ),
    ),
)
