"""A ninety-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML history list,
a cycling federation's disciplinary decision, a ferry operator's service disruption update,
an orchestra's obituary of a conductor, a regional airport's history, a museum's exhibition
press release, a national park's wildlife report in HTML, a mine disaster memorial history,
a port strike wire follow-up, a cathedral choir's tour diary, a tax authority's deadline
reminder and a rugby club history). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYSECOND_CORPUS",)

NINETYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-fine",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SANTIAGO, Oct 9 (Andes Newswire) - Chile's environmental regulator fined smelter
operator Fundicion Quelentaro 3.2 billion pesos on Tuesday over sulphur dioxide emissions at
its plant outside Tocopilla, the largest penalty it has imposed since 2019.

The regulator opened its investigation in March 2023, after a school near the plant was
evacuated twice in one week. Inspectors visited the smelter on 14 June 2023 and returned two
days later with mobile air monitors, according to the 212-page ruling.

Quelentaro, which has run the plant since 1998, said it had fitted new gas scrubbers by May
2021 and would appeal. Its shares fell 4.1 percent in Santiago.

Under the ruling, the company is to present a remediation plan by 31 January and will face a
second inspection in March. Residents, who have gathered outside the town hall every Friday
since the evacuations, called the fine "a first step".

The regulator's head, Paula Errazuriz, is expected to testify before the Senate environment
committee on Oct. 15.

(Reporting by Matias Olave; Editing by Helen Crane)""",
        (
            expect("2024-10-08", "fine"),
            expect("2023-03", "investigation"),
            expect("2023-06-14", "inspector"),
            expect("2023-06-16", "return"),
            expect("1998/..", "plant"),
            expect("../2021-05", "scrubber"),
            expect("../2025-01-31", "remediation", planned=True),
            expect("2025-03", "inspection", planned=True),
            expect("2024-10-15", "testify", planned=True),
        ),
    ),
    Text(
        "alpine-solar-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Helvion Energy connects Alpine solar park to the grid

ZURICH, 4 February 2025 - Helvion Energy AG (SIX: HLV) today announced that its Gondo
high-altitude solar park fed its first electricity into the Swiss grid on 30 January 2025,
three weeks ahead of plan.

Construction began on 12 June 2023, after the cantonal parliament approved the project in
December 2022. The first 1,200 panels were mounted by the end of October 2023; work paused
during the winter months and resumed on 8 April 2024.

"Gondo shows that Alpine solar works at scale," said CEO Regula Imhof. "Helvion has been
building renewable plants since 2009, and this is the most demanding one yet."

The park is scheduled to reach its full output of 16 MW in September 2025. Helvion will
present its annual results on 13 March 2025.

About Helvion Energy
Founded in 1987 in Winterthur, Helvion Energy operates 212 hydro, wind and solar plants in
Switzerland and northern Italy and supports the goals of the 2050 Energy Strategy. The
company employs 1,480 people.

Media contact
Lea Baumgartner, Head of Communications
+41 44 812 20 25 | media@helvion.example
###""",
        (
            expect("2025-01-30", "electricity"),
            expect("2023-06-12", "construction"),
            expect("2022-12", "approv"),
            expect("../2023-10", "panel"),
            expect("2024-04-08", "resum"),
            expect("2009/..", "renewable"),
            expect("2025-09", "output", planned=True),
            expect("2025-03-13", "result", planned=True),
            expect("1987", "found"),
        ),
    ),
    Text(
        "devore-irrigation",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF MONTANA

No. DA 21-0457
2022 MT 58

HARLAN DEVORE, Plaintiff and Appellant,
v.
GALLATIN VALLEY IRRIGATION DISTRICT, Defendant and Appellee.

Submitted on Briefs: January 12, 2022
Decided: March 22, 2022

Justice Miriam Okafor delivered the Opinion of the Court.

¶1 Harlan DeVore appeals from the order of the Eighteenth Judicial District Court, Gallatin
County, granting summary judgment to the Gallatin Valley Irrigation District. We affirm.

¶2 DeVore has owned a 340-acre ranch along the Middle Creek ditch since 1994. On or about
May 2, 2019, District employees closed the headgate serving his north field. The headgate was
not reopened until September 9, 2019, and DeVore alleges that his hay crop failed as a result.
DeVore testified that he first complained to the ditch rider in 2018, but the District
disputes that any complaint was made, and the record does not settle the point.

¶3 DeVore filed his complaint on April 27, 2020. The District moved for summary judgment in
January 2021, arguing that DeVore had not given written notice of his claim within 180 days
as § 85-7-1911, MCA, requires.

¶4 The District Court held a hearing on the motion on June 14, 2021, and granted it twelve
days later. DeVore appealed on August 3, 2021.

¶5 We review a grant of summary judgment de novo. Pilgeram v. GreenPoint Mortg. Funding,
Inc., 2013 MT 354, ¶ 9, 373 Mont. 1, 313 P.3d 839.""",
        (
            expect("1994/..", "ranch"),
            expect("2019-05-02~", "headgate"),
            expect("2019-09-09", "reopen"),
            expect("2018?", "complain"),
            expect("2020-04-27", "complaint"),
            expect("2021-01", "summary"),
            expect("2021-06-14", "hearing"),
            expect("2021-06-26", "grant"),
            expect("2021-08-03", "appeal"),
        ),
    ),
    Text(
        "kastelberg-history",
        "encyclopedia history",
        None,
        """Kastelberg

Kastelberg is a small town in the hills of the upper Sava valley, at an altitude of 1,214
metres. Population 4,812 (2021 census).

History

The first written mention of the village is in a charter of the bishops of Freising dated
1187. The parish church of St Vitus was probably founded in 1205, and a castle was built on
the hill above the village circa 1240.

Kastelberg received market rights in 1362 and had been enclosed by a stone wall by 1410. The
town was sacked by Ottoman raiders in 1473 and again in 1491. Silver mining brought a modest
prosperity in the following centuries.

A fire destroyed most of the old town on 17 August 1809; the houses were rebuilt in stone,
which gives the centre its present appearance. The town has been part of the district of
Gornja since 1995.

Culture

The Feast of St Martin is celebrated every November with a horse fair, and the town band
plays on the square every Sunday in summer. The local museum keeps a copy of the 1187
charter and a model of the walls.""",
        (
            expect("1187", "mention"),
            expect("1205?", "church"),
            expect("1240~", "castle"),
            expect("1362", "market"),
            expect("../1410", "wall"),
            expect("1473", "sack"),
            expect("1491", "sack"),
            expect("1809-08-17", "fire"),
            expect("1995/..", "gornja"),
        ),
    ),
    Text(
        "rovers-stanbridge",
        "sports report",
        date(2025, 4, 27),
        """Harwick Rovers 3 Stanbridge 1

By Sam Whitlock

Harwick Rovers moved four points clear at the top of the Northern Premier Women's League with
a 3-1 win over Stanbridge at Mill Lane on Saturday, their ninth league victory in a row and
the club's best run since 1998.

Captain Ellie Marsh opened the scoring after 11 minutes, and striker Niamh Doyle, who joined
from Carlow United in January, added two more before the break. Stanbridge's Kara Pye pulled
one back with a header on 67 minutes in front of a crowd of 1,874.

It was sweet revenge: Stanbridge had beaten Rovers 2-0 on 14 December. Rovers' last home
defeat came on 9 March 2024, against Ashcombe.

Manager Dean Hollis, in charge since October 2023, said: "We train every Tuesday and Thursday
for exactly this kind of game."

Rovers travel to Ashcombe on Wednesday night. The League Cup final is scheduled for 18 May at
Valley Park.

Harwick Rovers: Lowe; Grant, Adeyemi, Marsh, Cole; Baines (Frost 80), Okoro, Lin; Doyle,
Webb, Parr (Hale 74).""",
        (
            expect("2025-04-26", "stanbridge"),
            expect("2025-01", "doyle"),
            expect("2024-12-14", "stanbridge"),
            expect("2024-03-09", "defeat"),
            expect("2023-10/..", "hollis"),
            expect("2025-04-30", "ashcombe", planned=True),
            expect("2025-05-18", "final", planned=True),
        ),
    ),
    Text(
        "kessler-optik-history",
        "company history",
        None,
        """Our history | Kessler Optik GmbH

Kessler Optik traces its roots to a small lens-grinding workshop that Wilhelm Kessler opened
in Jena in about 1923. His son Otto took over the business in 1951 and moved production to
Wetzlar two years later.

The first Kessler binoculars went on sale on 1 March 1958. Their success allowed the company
to open sales offices abroad in 1972 and 1986, first in Vienna and then in Milan.

Kessler has been owned by the Lindqvist family foundation since 2004. The assembly of rifle
scopes was moved to a new plant in Giessen by 2016, and a new headquarters in Wetzlar is to
open in 2026.

Today the company employs 412 people and ships to 38 countries. Every Kessler instrument is
still tested by hand, and our limited 1923 Edition binoculars honour the founder's first
workshop. All products are certified to ISO 9001.

Kessler Optik GmbH · Hermannsteiner Strasse 14 · 35576 Wetzlar · Tel. +49 6441 20 77 0""",
        (
            expect("1923~", "workshop"),
            expect("1951", "otto"),
            expect("1953", "wetzlar"),
            expect("1958-03-01", "binocular"),
            expect("1972", "office"),
            expect("1986", "office"),
            expect("2004/..", "lindqvist"),
            expect("../2016", "giessen"),
            expect("2026", "headquarter", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """Mission summary: KESTREL-2 (polar ice radar satellite)

Agency: Nordic Space Agency | Status: operational | Orbit: 693 km, sun-synchronous, 98.2 deg
Last updated: 2 September 2024

KESTREL-2 measures the thickness of sea ice and the flow of outlet glaciers in the Arctic. It
follows KESTREL-1, which was launched around 2010 and carried an earlier radar design.

KESTREL-2 was launched on a Vega-C rocket from Kourou on 17 November 2022 at 01:23 UTC. Its
solar array deployed the following day. Commissioning was completed by 28 February 2023,
and routine science operations began on 1 March 2023.

On 4 and 11 July 2023 the spacecraft performed orbit-raising burns to reach its final repeat
orbit, from which it revisits every point of the Arctic every 12 days. A star tracker fault
put the satellite into safe mode from 9 to 13 January 2024; no data were acquired in that
period.

The agency's board will decide on a mission extension in November 2024. The mission
supports the goals of the 2021 Nordic Space Strategy, and its data are released to users
within three hours of each pass.""",
        (
            expect("2010~", "kestrel-1"),
            expect("2022-11-17", "launch"),
            expect("2022-11-18", "array"),
            expect("../2023-02-28", "commissioning"),
            expect("2023-03-01", "operation"),
            expect("2023-07-04", "burn"),
            expect("2023-07-11", "burn"),
            expect("2024-01-09/2024-01-13", "safe mode"),
            expect("2024-11", "extension", planned=True),
        ),
    ),
    Text(
        "tavra-water-restrictions",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE, WATER AND RURAL AFFAIRS
Press Office | Statement 2025/114
8 August 2025

Statement on water-use restrictions in the Upper Tavra basin

The Ministry announces that Level 3 water-use restrictions will take effect in the Upper
Tavra basin at 00:00 on Monday. Reservoir storage in the basin fell below 30 percent on 29
July, the lowest level recorded for the month since 2007.

Level 2 restrictions have been in force in the basin since 1 July. Level 3 restrictions were
last imposed there in 2017.

The Minister, Dr Ana Corvo, met the basin's irrigation associations on Wednesday and will
visit the pumping station at Pradela on Tuesday 12 August.

Under Level 3, the watering of gardens and the filling of private pools are prohibited, and
irrigation is limited to night hours. The restrictions are reviewed every fortnight under
the 2019 Drought Act.

Farmers whose crops are affected must submit compensation claims no later than 30 September.
Forms are available from regional offices and on the Ministry's website.

Information line: 800 204 117 (weekdays, 9:00-17:00)
press@agricultura.example""",
        (
            expect("2025-08-11", "level 3", planned=True),
            expect("2025-07-29", "reservoir"),
            expect("2025-07-01/..", "level 2"),
            expect("2017", "impos"),
            expect("2025-08-06", "irrigation"),
            expect("2025-08-12", "visit", planned=True),
            expect("../2025-09-30", "compensation"),
        ),
    ),
    Text(
        "marlow-library-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>History of Marlow Street Library | Ashford Libraries</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/branches">Branches</a> | <a href="/events">What's on</a></nav>
<main>
<h1>Marlow Street Library: a short history</h1>
<ul class="timeline">
<li><strong>1884</strong> - The Ashford Mechanics' Institute opens a reading room on Marlow
Street.</li>
<li><strong>12 May 1903</strong> - The present building, paid for by Andrew Carnegie, is opened
by the mayor, Alderman J. P. Crowe.</li>
<li><strong>c. 1925</strong> - A children's room is added in the basement.</li>
<li><strong>1941</strong> - Bomb damage closes the building; the library reopens on 3 June
1946.</li>
<li><strong>1978-1980</strong> - A rear extension is built and the reading room refurbished.</li>
<li><strong>2009</strong> - Free public Wi-Fi arrives; self-service kiosks are installed by the
end of 2010.</li>
<li><strong>2026</strong> - Restoration of the roof is scheduled to begin in March 2026.</li>
</ul>
<p>Opening hours: Monday-Friday 9:00-18:00, Saturday 9:00-13:00. Story time every Wednesday at
10:30.</p>
</main>
<footer>Ashford Libraries &middot; 01233 330 418 &middot; Page last updated 14 January 2025</footer>
</body>
</html>""",
        (
            expect("1884", "reading room"),
            expect("1903-05-12", "open"),
            expect("1925~", "children"),
            expect("1941", "bomb"),
            expect("1946-06-03", "reopen"),
            expect("1978/1980", "extension"),
            expect("2009", "wi-fi"),
            expect("../2010", "kiosk"),
            expect("2026-03", "roof", planned=True),
        ),
    ),
    Text(
        "cfv-lenk-decision",
        "cycling federation's disciplinary decision",
        None,
        """CYCLING FEDERATION OF VALDORIA
Disciplinary Commission

Decision No. DC-2024-017
Date of decision: 19 November 2024

In the matter of: Tomas LENK, licence no. VAL-19920314-07, rider of team Orvana-Brisk

1. Facts

1.1 On 22 June 2024, during stage 4 of the Tour des Collines, the commissaires observed the
rider holding on to his team car for approximately 400 metres.

1.2 The race jury fined the rider CHF 500 on the same day and excluded him from the race the
following morning.

1.3 The rider, who has held a professional licence since 2015, had received a written warning
for a similar offence in or around April 2023.

1.4 The Federation opened disciplinary proceedings on 2 July 2024. The rider submitted his
written defence on 30 July 2024. A hearing was held by video conference on Thursday 17 October
2024.

2. Decision

2.1 Under Article 12.4 of the 2023 Disciplinary Regulations, the Commission suspends the rider
for 60 days. The suspension will run from 1 December 2024 to 29 January 2025.

2.2 The rider must pay the costs of the proceedings, CHF 1,200, no later than 31 December 2024.

2.3 This decision may be appealed to the Court of Arbitration for Sport within 21 days of its
notification.

For the Commission: Me Lucie Ferrand, Chair""",
        (
            expect("2024-06-22", "fine"),
            expect("2024-06-23", "exclu"),
            expect("2015/..", "licence"),
            expect("2023-04~", "warning"),
            expect("2024-07-02", "proceeding"),
            expect("2024-07-30", "defence"),
            expect("2024-10-17", "hearing"),
            expect("2024-12-01/2025-01-29", "suspension", planned=True),
            expect("../2024-12-31", "cost"),
        ),
    ),
    Text(
        "rannach-ferry-update",
        "ferry operator's service disruption update",
        None,
        """SKERRIN FERRIES - SERVICE DISRUPTION UPDATE
Route: Portnamoy - Isle of Rannach
Updated: 07:15, Thursday 6 February 2025

All sailings on the Portnamoy - Rannach route are cancelled today because of a fault with the
bow door of MV Loch Eriboll.

The vessel was withdrawn from service after the last sailing on Tuesday evening, when
engineers found a crack in a hydraulic ram. A replacement part is expected to arrive from
Bergen on Saturday, and we hope to resume the normal timetable by Monday 10 February.

The relief vessel MV Sula will operate a reduced timetable from tomorrow, with four return
sailings a day. Vehicle space on Sula is limited to 18 cars, so priority will be given to
island residents, livestock hauliers and medical appointments.

Loch Eriboll has served the Rannach route since 2004. She returned from her annual refit only
recently, after a dry dock period from 6 to 27 January 2025.

Normally sailings depart every two hours between 07:00 and 19:00. Customers holding bookings
(reference format SKF-2025-00000) will be contacted by text message and may change or refund
their tickets free of charge.

We apologise for the disruption. Next update: 12:00 today.
Customer contact centre: 01631 562 244 | www.skerrinferries.example/status""",
        (
            expect("2025-02-06", "cancel"),
            expect("2025-02-04", "withdraw"),
            expect("2025-02-08", "part", planned=True),
            expect("../2025-02-10", "timetable", planned=True),
            expect("2025-02-07", "sula", planned=True),
            expect("2004/..", "serv"),
            expect("2025-01-06/2025-01-27", "dry dock"),
        ),
    ),
    Text(
        "vandermeer-obituary",
        "orchestra's obituary of a conductor",
        date(2024, 5, 3),
        """In memoriam Ilse Vandermeer

The Orchestra of the Northern Marches mourns the death of its conductor laureate Ilse
Vandermeer, who died peacefully at her home in Haarlem on Sunday, aged 89.

Born in Utrecht on 9 October 1934, she studied piano and conducting at the conservatory
there. She first conducted the orchestra in 1962, as a last-minute replacement in Brahms's
Symphony No. 4, and was its principal conductor from 1971 to 1989.

Under her direction the orchestra made its first tour of Japan in 1977 and recorded the
complete Bruckner symphonies between 1981 and 1986. She was named conductor laureate in 1990
and conducted the orchestra for the last time in about 2019, in a programme of Mozart and
Haydn.

"Ilse taught us to listen before we played," said concertmaster Pieter Bos, who joined the
orchestra under her and, like many players, still tunes her way every morning.

A memorial concert will be held at the Stadsgehoorzaal on 24 May. The orchestra's thoughts
are with her nephews Joris and Maarten and with her many students.

A condolence register is open at the box office and online. Enquiries: +31 23 512 1200.""",
        (
            expect("2024-04-28", "vandermeer"),
            expect("1934-10-09", "born"),
            expect("1962", "conduct"),
            expect("1971/1989", "principal"),
            expect("1977", "japan"),
            expect("1981/1986", "bruckner"),
            expect("1990", "laureate"),
            expect("2019~", "last"),
            expect("2024-05-24", "memorial", planned=True),
        ),
    ),
    Text(
        "brackenridge-airport",
        "regional airport's history",
        None,
        """History of Brackenridge Regional Airport

The airfield opened as a grass strip for the Brackenridge Aero Club on 5 July 1936. It was
requisitioned by the Air Ministry in 1940 and served as a training base for the rest of the
war.

Scheduled flights to the Channel Islands began around 1955, operated by a small fleet of de
Havilland Herons. The 1,650-metre concrete runway, numbered 09/27, was completed in 1968 and
the passenger terminal in 1971.

Brackenridge County Council sold the airport to Northway Holdings in 2001. Passenger numbers
peaked at 612,000 in 2008, a figure that has not been matched since.

The airport has held approval for instrument landing system approaches since March 2015,
which allows flights to operate in low cloud. A new cargo apron is scheduled to open in 2027.

Today the airport handles around 480,000 passengers a year, with flights to Jersey, Dublin and
Amsterdam every day and to Faro twice a week. ICAO code: EGXB.""",
        (
            expect("1936-07-05", "open"),
            expect("1940", "requisition"),
            expect("1955~", "flight"),
            expect("1968", "runway"),
            expect("1971", "terminal"),
            expect("2001", "northway"),
            expect("2008", "peak"),
            expect("2015-03/..", "instrument"),
            expect("2027", "apron", planned=True),
        ),
    ),
    Text(
        "kjelstrup-exhibition",
        "museum's exhibition press release",
        None,
        """PRESS RELEASE
Kunstmuseum Halden
Halden, 14 January 2025

The Salt Coast: Paintings by Marit Kjelstrup

Kunstmuseum Halden presents The Salt Coast, the first retrospective of the painter Marit
Kjelstrup in forty years, from 7 March to 15 June 2025. A press preview will take place on
Thursday 6 March at 11:00.

Kjelstrup settled on the Hvaler islands in about 1935 and painted their fishing villages for
the rest of her life. Her first solo show opened at Kunstnerforbundet in Oslo on 2 October
1948. The exhibition brings together 84 paintings and drawings, among them Herring Boats, 1952
and the large triptych Winter Harbour.

The museum acquired its first Kjelstrup in 1961 and has held the artist's archive since 2003.
After Halden, the exhibition will travel to Gothenburg in September 2025.

Opening hours: Tuesday-Sunday 11:00-17:00, Thursdays until 20:00. Tickets NOK 140.

Press contact: Ingrid Solheim, +47 69 17 30 10, presse@kunstmuseumhalden.example
Press images: kunstmuseumhalden.example/press""",
        (
            expect("2025-03-07/2025-06-15", "retrospective", planned=True),
            expect("2025-03-06", "preview", planned=True),
            expect("1935~", "settle"),
            expect("1948-10-02", "solo"),
            expect("1961", "acqui"),
            expect("2003/..", "archive"),
            expect("2025-09", "gothenburg", planned=True),
        ),
    ),
    Text(
        "glen-corran-wildlife-html",
        "national park's wildlife report in HTML",
        None,
        """<article class="ranger-report">
<h2>Wildlife report: late-summer counts in Glen Corran</h2>
<p class="meta">Posted on 12 September 2023 by Ranger Aileen Strachan | Rangers' Report No. 37</p>
<p>Our ospreys have gone: the last juvenile was seen heading south over Loch Corran on Sunday.
The pair had returned to the nest on 29 March, and three chicks hatched around 8 May.</p>
<p>The pine marten survey ran from 14 to 25 August. Our trail cameras recorded 11 individuals,
the highest count since 2016.</p>
<p>Beavers have been present on the Allt Dubh burn since 2021, and their new dam is now
clearly visible from the lower footpath.</p>
<p>A white-tailed eagle may have been seen over the north ridge on 2 September, but the
sighting has not been confirmed.</p>
<p>Red deer rut counts will start on Monday 25 September. Volunteers are welcome.</p>
<ul>
<li>Guided walks: every Saturday at 10:00 from the visitor centre</li>
<li>Report sightings: 01887 820 334</li>
</ul>
<p class="updated">Last updated 13 September 2023</p>
</article>""",
        (
            expect("2023-09-10", "osprey"),
            expect("2023-03-29", "return"),
            expect("2023-05-08~", "hatch"),
            expect("2023-08-14/2023-08-25", "survey"),
            expect("2021/..", "beaver"),
            expect("2023-09-02?", "eagle"),
            expect("2023-09-25", "rut", planned=True),
        ),
    ),
    Text(
        "carnmoor-disaster",
        "mine disaster memorial history",
        None,
        """The Carnmoor Colliery Disaster

At about 10.40 on the morning of Thursday 14 October 1909, an explosion of firedamp in the
Lower Yard seam of Carnmoor Colliery killed 87 men and boys. The youngest was fourteen.

Rescue teams from the neighbouring pits of Bryn and Pentre reached the lower seam two days
later, after clearing falls of roof along 600 yards of roadway. The last bodies were recovered
by 2 November.

The inquiry into the disaster opened at the Carnmoor Institute on 6 December 1909 and found
that a safety lamp had been damaged. A granite memorial bearing the names of the dead was
unveiled circa 1912 beside the chapel.

The pit closed in 1968. The Carnmoor Memorial Trust has cared for the memorial site since
1994, and volunteers read the names of the 87 aloud every year on 14 October. The Trust's
archive includes letters to the Carnmoor 1909 Relief Fund from widows of the miners.

A new interpretation panel is expected to be installed beside the memorial in 2026.

The memorial is at grid reference SJ 284 617 and is open at all times.""",
        (
            expect("1909-10-14", "explosion"),
            expect("1909-10-16", "rescue"),
            expect("../1909-11-02", "bodies"),
            expect("1909-12-06", "inquiry"),
            expect("1912~", "memorial"),
            expect("1968", "close"),
            expect("1994/..", "trust"),
            expect("2026", "panel", planned=True),
        ),
    ),
    Text(
        "gdansk-port-strike",
        "port strike wire follow-up",
        date(2024, 11, 6),
        """GDANSK, Poland, Nov 6 (Baltic Maritime Wire) - Talks between striking crane operators
and the container terminal operator at the port of Gdansk broke down on Tuesday, leaving some
40 ships waiting at anchor, the longest queue outside the port since 2021.

The strike, now in its eighth day, began on Oct. 30. The operators' union says
its members have been working without a collective agreement since March 2023.

A mediator appointed by the labour ministry will meet both sides on Friday, a ministry
spokeswoman said. The union said it would extend the action to the bulk terminal from Nov. 12
if no offer was made.

Shipping lines have been diverting vessels to Gdynia and Rotterdam since Saturday, freight
forwarders said. The last strike at the port, in June 2019, ended after a deal on overtime
pay.

Terminal throughput fell 11 percent in October, the operator said. The port handles about
2.1 million containers a year.

(Reporting by Anna Wisniewska; Editing by Tom Reid)""",
        (
            expect("2024-11-05", "talks"),
            expect("2024-10-30", "strike"),
            expect("2023-03/..", "agreement"),
            expect("2024-11-08", "mediator", planned=True),
            expect("2024-11-12", "bulk", planned=True),
            expect("2024-11-02/..", "divert"),
            expect("2019-06", "strike"),
        ),
    ),
    Text(
        "st-aldhelm-tour-diary",
        "cathedral choir's tour diary",
        None,
        """St Aldhelm's Cathedral Choir - Tour Diary: Normandy 2024

Sunday 14 July
We departed from the Cathedral Close at 5.30 this morning, 22 choristers, 12 lay clerks and
one very patient coach driver, and crossed from Portsmouth to Caen in bright sunshine.

Monday 15 July
Evensong in Bayeux Cathedral. The choir last sang here in 1998, on its very first overseas
tour, and two of our lay clerks were trebles then. At home we sing Evensong every weekday at
17.30, so the routine felt familiar even in French.

Wednesday 17 July
Concert in Coutances Cathedral. Madame Leclerc, who has been organist there since 1987, played
the Widor Toccata as an encore and the audience would not let her go.

Friday 19 July
Sung Mass in the abbey church of Mont-Saint-Michel, which was begun in about 1023. The climb
up the Grande Rue with music folders was memorable.

Saturday 20 July
A rest day in Granville. We pack tonight, and we sail home from Caen on Monday. Coach 4711
has earned a wash.""",
        (
            expect("2024-07-14", "depart"),
            expect("2024-07-15", "bayeux"),
            expect("1998", "bayeux"),
            expect("2024-07-17", "coutances"),
            expect("1987/..", "organist"),
            expect("2024-07-19", "mont-saint-michel"),
            expect("1023~", "abbey"),
            expect("2024-07-22", "sail", planned=True),
        ),
    ),
    Text(
        "ars-self-assessment-reminder",
        "tax authority's deadline reminder",
        date(2025, 11, 3),
        """Aldermark Revenue Service (ARS)
News and reminders

Self assessment: key dates for the 2024-25 tax year

The deadline for paper tax returns for the 2024-25 tax year passed on Friday. If you have not
sent a paper return, you must now file online.

Online returns must be filed by 31 January 2026. Any tax owed for 2024-25 must be paid by the
same date, and the second payment on account for 2025-26 is due no later than 31 July 2026.

Since 6 April 2024, partnerships have been able to file their returns through the online
service. ARS introduced online filing for individuals in 2001.

If you file late you will be charged a penalty of 100 pounds, even if you owe no tax, and
further penalties every day after three months. Interest is charged every month on late
payments.

Our helpline will close early on Wednesday 24 December and reopen on Friday 2 January.
Helpline: 0300 555 0192 (Monday to Friday, 8:00 to 18:00). Have your 10-digit Unique Taxpayer
Reference and form SA100 to hand when you call.""",
        (
            expect("2025-10-31", "paper"),
            expect("../2026-01-31", "online"),
            expect("../2026-07-31", "account"),
            expect("2024-04-06/..", "partnership"),
            expect("2001", "introduc"),
            expect("2025-12-24", "helpline", planned=True),
            expect("2026-01-02", "reopen", planned=True),
        ),
    ),
    Text(
        "kingsbarrow-rfc-history",
        "rugby club history",
        None,
        """Club history - Kingsbarrow RFC

Kingsbarrow Rugby Football Club was founded at a meeting in the Crown Hotel on 18 September
1878. The club played its early matches on a field behind the brewery before moving to Abbey
Meadow in c. 1890, where it still plays today.

Kingsbarrow joined the county union in 1895 and won the County Cup in 1903, 1907 and 1911. The
pavilion that still stands behind the posts at the river end dates from those years.

The clubhouse burned down on the night of 4 March 1952, taking with it most of the early
records; a new one was opened the following year, paid for by a shilling fund among members.

Kingsbarrow has played in National League 2 since 2018. Abbey Meadow holds 3,500 spectators,
and the record crowd of 4,200 for a cup tie has never been beaten.

The supporters' association, known as the 1878 Club, raises money for the junior section.
Colts train every Thursday at 18:30 and minis every Sunday morning.""",
        (
            expect("1878-09-18", "found"),
            expect("1890~", "meadow"),
            expect("1895", "union"),
            expect("1903", "cup"),
            expect("1907", "cup"),
            expect("1911", "cup"),
            expect("1952-03-04", "clubhouse"),
            expect("1953", "clubhouse"),
            expect("2018/..", "national league"),
        ),
    ),
)
