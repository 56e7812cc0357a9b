"""The two-hundred-and-thirty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tsunami warning
centre's messages, a ski jumping competition report, a tidal lagoon press release, a gold
prospector's diary of the 1850s, an otter spraint survey, a glassworks' history, a housing
minister's building safety statement, a zoo's HTML enclosure closures page, a professional
conduct panel decision, a cooper's history and a lacrosse league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYSECOND_CORPUS",)


TWOHUNDREDTHIRTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "salvenna-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SALVENNA, Oct 9 (Coastline News Service) - Dockworkers at the port of Salvenna returned
to work on Wednesday after union members voted on Tuesday to end a nine-day strike over pay
and shift patterns that had left more than 140 ships waiting at anchor.

The walkout began on September 30, when about 3,400 members of the Harbour and Transport
Workers' Union (HTWU) stopped loading and unloading vessels. Talks with the port operator,
Salvenna Terminals, had broken down on or about September 26, union officials said.

Under the agreement, which union leaders signed on Monday, workers will receive a 6.5
percent raise this year and a further 4 percent when a new contract takes effect on
January 1. Night shifts will be capped at four a week.

"Nobody wins a strike like this, but our members have been heard," HTWU general secretary
Marta Ilovic told reporters outside the union's offices on Dock Road.

Salvenna Terminals said it expected to clear the backlog of waiting vessels by Friday. The
queue of ships off the port was the longest since 2019, according to the tracking firm
Portwatch, and freight forwarders said some importers had diverted cargo to Brenic, 90 km
to the east.

The port handles about 2.1 million containers a year. It was privatised in 1997 under the
1996 Ports Reform Act, and its last major strike, in 2016, lasted three weeks.

The HTWU has called a meeting of its national delegates for October 21 to discuss pay
claims at the country's other ports.

(Reporting by Dario Fenk; Editing by Claire Mowbray)""",
        (
            expect("2024-10-09", "dockworkers", "return"),
            expect("2024-10-08", "vote"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-09-26~", "talks"),
            expect("2024-10-07", "agreement", "sign"),
            expect("2025-01-01", "contract", planned=True),
            expect("../2024-10-11", "backlog", planned=True),
            expect("1997", "privatis"),
            expect("2016", "strike"),
            expect("2024-10-21", "meeting", planned=True),
        ),
    ),
    Text(
        "norvale-fennick-battery",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Norvale Energy Storage brings 200 MW Fennick Ridge battery into service

LEEDSWORTH, 16 September 2025 -- Norvale Energy Storage plc (LSE: NVES) today began
commercial operation of its 200 MW / 400 MWh Fennick Ridge battery, the largest grid-scale
storage site in the north of England, following the completion of testing with the system
operator.

Norvale acquired the 11-hectare site, a former colliery spoil heap, from Leedsworth Borough
Council in 2021. Construction started in March 2024, and the battery was first connected to
the grid on 28 July 2025.

Fennick Ridge can store enough electricity to supply around 80,000 homes for two hours. It
will earn revenue from balancing services and from trading on the wholesale market.

A second phase of 150 MW is scheduled to begin construction in April 2026 and is expected to
be completed no later than 30 June 2027, subject to a grid connection offer that Norvale
expects to receive this autumn.

"Fennick Ridge shows that the places which powered the last industrial age can power the
next one," said Helen Ashworth, Chief Executive of Norvale.

About Norvale Energy Storage
Norvale was founded in 2011 as a developer of small hydro schemes and has operated battery
storage in the UK since 2015. It has 1.1 GW of storage in operation or under construction.

Media contact:
Joe Penrose, Head of Communications
+44 (0)113 496 0755 | press@norvale-energy.example

(c) 2025 Norvale Energy Storage plc""",
        (
            expect("2025-09-16", "operation"),
            expect("2021", "site", "acquir"),
            expect("2024-03", "construction", "start"),
            expect("2025-07-28", "grid", "connect"),
            expect("2026-04", "phase", planned=True),
            expect("../2027-06-30", "complet", planned=True),
            expect("2011", "founded"),
            expect("2015/..", "operat"),
        ),
    ),
    Text(
        "hutchens-v-garrow-properties",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DALE HUTCHENS,
          Appellant,
v.                                                   No. 2-22-0417
GARROW PROPERTIES, LLC,
          Appellee.

Appeal from the Circuit Court of Anselm County, No. 21-CV-0093,
Hon. Patricia Oyelaran, Judge Presiding.

Filed March 3, 2023

OPINION

KOVACS, J., delivered the opinion of the court, in which BRANDT and ODUYA, JJ., joined.

¶ 1 Appellant Dale Hutchens appeals from a summary judgment entered against him on a claim
for unpaid rent under a commercial lease. We reverse and remand.

I. BACKGROUND

¶ 2 On or about June 14, 2019, Hutchens signed a five-year lease of a retail unit at 418 Mill
Street, Anselm, at a monthly rent of $2,950. The lease allowed either party to terminate on
ninety days' written notice after the second anniversary of the term.

¶ 3 On August 2, 2020, Garrow Properties served a notice purporting to terminate the lease
for non-payment. Hutchens vacated the premises on or before September 30, 2020, and Garrow
re-let the unit to a new tenant on or about November 1, 2020.

¶ 4 Garrow filed suit on January 11, 2021, seeking $41,300 in rent for the remainder of the
term. The circuit court granted Garrow's motion for summary judgment on May 5, 2022, and
Hutchens filed his notice of appeal on June 1, 2022. We heard oral argument on January 17,
2023.

II. ANALYSIS

¶ 5 Under section 14-302 of the Commercial Tenancies Act of 1987, a landlord who re-lets
premises after a tenant's surrender must credit the new rent against the tenant's
liability. The circuit court gave Garrow no such credit. A landlord cannot both end the
lease and collect the rent it would have earned had the lease continued. See Tamsin v.
Orchard Realty, 212 W.2d 88, 91 (Westm. 2004).

III. CONCLUSION

¶ 6 The judgment of the circuit court is reversed and the cause is remanded for further
proceedings consistent with this opinion.

Reversed and remanded.""",
        (
            expect("2019-06-14~", "lease", "sign"),
            expect("2020-08-02", "notice", "serve"),
            expect("../2020-09-30", "vacat"),
            expect("2020-11-01~", "let", "unit"),
            expect("2021-01-11", "suit", "filed"),
            expect("2022-05-05", "summary", "judgment"),
            expect("2022-06-01", "appeal"),
            expect("2023-01-17", "argument"),
        ),
    ),
    Text(
        "dunmere-history",
        "encyclopedia history",
        None,
        """Dunmere

Dunmere is a market town and civil parish in the county of Halvershire, England, on the
River Lenn 14 miles (23 km) north-west of Carbridge. The parish had a population of 14,230
at the 2021 census.

History

The name, from Old English dun and mere ("hill by the lake"), is first recorded c. 1150 as
Dunemere in a charter of Wyford Priory. Henry III granted the town a weekly market and an
annual fair in 1254, and the market is still held every Thursday.

The parish church of St Aldhelm is largely of the 15th century, but its west tower was
possibly built in 1320 by masons who had worked at Carbridge Cathedral. A grammar school was
founded c. 1552 by the wool merchant Thomas Brayne.

During the Civil War the town changed hands several times; much of Bridge Street burned in
1644 when Royalist troops set fire to the barns of the Parliamentary garrison.

The Lenn Navigation canal reached Dunmere in 1796, and a wharf and warehouses were opened at
Mill End the following year. The town grew quickly as a centre of flax spinning: between
1851 and 1871 its population doubled, from about 3,100 to 6,400. The railway arrived in
1859.

The last of the flax mills, Pearson's Mill, closed in 1962 and was converted to flats in the
1980s. Today the largest employers are the district council and a food-packaging plant.""",
        (
            expect("1150~", "recorded"),
            expect("1254", "market"),
            expect("1320?", "tower", "built"),
            expect("1552~", "school", "founded"),
            expect("1644", "burn"),
            expect("1796", "canal"),
            expect("1797", "wharf"),
            expect("1851/1871", "population"),
            expect("1859", "railway"),
            expect("1962", "mill", "closed"),
        ),
    ),
    Text(
        "bramcote-beat-hollins-park",
        "sports report",
        date(2025, 3, 9),
        """PREMIERSHIP TWO

Bramcote 24 Hollins Park 19

Reade double keeps Bramcote in the hunt

By Owen Traherne at Fenwick Lane

Tomos Reade scored two tries as Bramcote beat Hollins Park 24-19 on Saturday to move within
three points of the play-off places and end a run of four straight defeats.

Reade, who signed from Ashby Vale in January, finished a flowing move in the 11th minute and
added his second just after the hour, his tenth try of the season. Fly-half Rhys Coombe
kicked 14 points, including a drop goal in the 77th minute that gave the home side a
two-score cushion.

Hollins Park, who had won on their last three visits to Fenwick Lane, rallied late through a
penalty try and a score from flanker Deiniol Price, but Bramcote held on in front of a crowd
of 2,315, their biggest of the season.

"We've been close for weeks and today it clicked," said Bramcote's Huw Ellis, who was
appointed captain in August and made his 200th league appearance for the club. "The lads
deserved that."

It was Bramcote's first league win over Hollins Park since 2014.

The sides' quarter-final in the Premiership Two Cup, postponed on 18 January because of a
frozen pitch, will now be played at Fenwick Lane on Saturday 29 March.

Bramcote travel to leaders Carrick on Saturday, 15 March, while Hollins Park host Oldmoor on
Friday night.

Bramcote: Reade; Lowther, Jenkins, Pask, Obi; Coombe, Harries; Ellis (capt), Moss, Tait,
Grey, Fenner, Kaur-Hill, Walsh, Dando.

Hollins Park: Birch; Okoro, Venn, Lyle, Stace; Pryce, Doyle; Roe, Amos, Halley, Cutts,
Brace, Price, Munro, Ives.

Referee: Sian Latham (Carmarthen)""",
        (
            expect("2025-03-08", "beat"),
            expect("2025-01", "reade", "sign"),
            expect("2024-08", "appoint"),
            expect("2025-01-18", "postpone"),
            expect("2025-03-29", "play", planned=True),
            expect("2025-03-15", "carrick", planned=True),
            expect("2025-03-14", "oldmoor", planned=True),
        ),
    ),
    Text(
        "pynes-biscuits-history",
        "company history",
        None,
        """Our story

From a single oven on Tolworth Street to biscuit tins on kitchen tables across the country,
Pyne's has been baking for 150 years.

1874 - Samuel Pyne, a journeyman baker from Cornwall, opened a bakery on Tolworth Street,
Harrowgate, selling bread in the morning and biscuits in the afternoon.

1880s - Trade grew quickly, and by 1890 the business had moved to a larger works on Canal
Road, where 60 people packed biscuits by hand into square tins.

c. 1905 - Pyne's Ginger Crunch, still our best seller, was introduced around 1905; family
legend says Samuel's daughter Edith devised the recipe.

1914-1918 - Between 1914 and 1918 the factory made hard ration biscuits for the army,
turning out up to 40,000 a day.

1936 - Pyne's became a limited company, S. Pyne & Sons Ltd.

1941 - The Canal Road works was bombed in 1941. Production moved to a requisitioned chapel
until the works was rebuilt in 1948.

1987 - Collingwood Foods acquired Pyne's, keeping the name and the recipes.

2003 - Pyne's moved to a purpose-built bakery at Wetherley.

Today - More than 300 people work at Wetherley, baking 1,400 tonnes of biscuits a year. We
have been a Living Wage employer since 2016, and a second production line, for our oat
range, is expected to open in 2026.

Every year in June we open the bakery doors to visitors for our Family Day.

Pyne's 150th anniversary tin (1874-2024) is available from our online shop while stocks last.

(c) 2025 S. Pyne & Sons Ltd. All rights reserved. Registered in England no. 0311874.""",
        (
            expect("1874", "bakery", "open"),
            expect("../1890", "moved"),
            expect("1905~", "introduc"),
            expect("1914/1918", "ration"),
            expect("1936", "limited company"),
            expect("1941", "bombed"),
            expect("1948", "rebuilt"),
            expect("1987", "acquired"),
            expect("2003", "moved"),
            expect("2016/..", "living wage"),
            expect("2026", "line", "open", planned=True),
        ),
    ),
    Text(
        "arden-2-mission-summary",
        "mission summary",
        None,
        """ARDEN-2 LUNAR ORBITER - MISSION SUMMARY

Kestrel Space Agency | Planetary Missions Directorate
Document KSA-PM-0412, Revision 3 (2024)

Spacecraft
Mass at launch: 1,180 kg | Power: 2,050 W | Instruments: 5
Prime contractor: Orvik Aerospace

Objectives
ARDEN-2 was built to map water ice in the permanently shadowed craters near the lunar south
pole, to measure the Moon's gravity field to degree 1,200, and to relay data for landers on
the surface.

Mission timeline
- Launch: 12 November 2021, 03:14 UTC, on a Corvid-4 rocket from the Tallis Point range.
- Lunar orbit insertion: 19 December 2021, after a 37-day low-energy transfer.
- Science orbit (100 x 1,850 km, polar) reached on 4 January 2022.
- Primary mission: 1 February 2022 to 31 January 2023.

Operations
On 14 March 2023 one of the four reaction wheels failed, putting the spacecraft into safe
mode. Engineers restored normal operations nine days later, and the orbiter has since been
pointed with three wheels and its thrusters. The agency approved an extended mission in May
2023, focused on the polar regions during winter darkness. ARDEN-2 completed its 10,000th
orbit around 20 June 2024.

Results
The orbiter returned 11,400 images and 2,036 gigabytes of radar data. It found ice deposits
in 17 craters, the largest covering 84 km2, and refined the lunar gravity model used for
landing site planning.

End of mission
With its propellant running low, ARDEN-2 is expected to be deorbited onto the far side in
August 2026. The full data archive is to be released to the public by the end of 2026.

Contact: arden2-science@ksa.example""",
        (
            expect("2021-11-12", "launch"),
            expect("2021-12-19", "insertion"),
            expect("2022-01-04", "science orbit"),
            expect("2022-02-01/2023-01-31", "primary mission"),
            expect("2023-03-14", "wheel", "fail"),
            expect("2023-03-23", "restored"),
            expect("2023-05", "extended", "approv"),
            expect("2024-06-20~", "orbit", "complet"),
            expect("2026-08", "deorbit", planned=True),
            expect("../2026", "archive", planned=True),
        ),
    ),
    Text(
        "ellerby-viaduct-statement",
        "government statement",
        None,
        """Department for Transport

Press statement

Ellerby Viaduct: funding for repairs approved

Published 21 May 2024

The Secretary of State for Transport has today approved funding of £38 million for urgent
repairs to the Ellerby Viaduct, which carries the A619 across the Tarn valley.

The viaduct was closed to all traffic on 3 May after a routine inspection, carried out
between 29 April and 2 May, found corrosion in the steel bearings of four of its 22 spans.
Engineers have advised that it cannot safely reopen until the bearings are replaced.

The Department expects to award the repair contract no later than 14 June. Work is expected
to begin in July, and the viaduct is due to reopen to traffic by the end of March 2025.

A temporary bus service between Ellerby and Crossholme will start on Monday, and local
diversions will stay in place until the viaduct reopens.

Transport Minister Ruth Calloway said:

"I know how much disruption this closure has caused to families and businesses on both sides
of the valley. This funding means the repairs can start as soon as possible, and we will
keep local people informed every step of the way."

Background

- The Ellerby Viaduct opened in 1869 and was widened in 1934. It was last strengthened in
  2008.
- Around 11,000 vehicles a day used the viaduct before its closure.
- The funding is provided under section 1 of the Highways Act 1980.
- Enquiries: 0300 330 3000 (Monday to Friday, 9am to 5pm)""",
        (
            expect("2024-05-21", "funding", "approv"),
            expect("2024-05-03", "viaduct", "closed"),
            expect("2024-04-29/2024-05-02", "inspection"),
            expect("../2024-06-14", "contract", planned=True),
            expect("2024-07", "work", "begin", planned=True),
            expect("../2025-03", "reopen", planned=True),
            expect("2024-05-27", "bus", planned=True),
            expect("1869", "opened"),
            expect("1934", "widened"),
            expect("2008", "strengthened"),
        ),
    ),
    Text(
        "halden-street-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Halden Street Library reopens | Brackwell Evening Post</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's On</a> <a href="/announcements">Announcements</a>
</nav>
<article>
<h1>Halden Street Library reopens after 18-month refurbishment</h1>
<p class="byline">By Nadia Orme, Local Democracy Reporter &middot;
<time datetime="2025-04-17T07:45:00+01:00">Thursday 17 April 2025, 7:45am</time></p>
<figure>
<img src="/img/2025/04/halden-library.jpg" alt="The restored reading room">
<figcaption>The restored reading room, photographed on 14 April.
Photo: Brackwell City Council</figcaption>
</figure>
<p>Brackwell's oldest public library reopened on Wednesday after an 18-month, £6.2m
refurbishment that has restored its domed reading room and added a lift.</p>
<p>Halden Street Library was built in 1911 with a gift from the shipowner Arthur Vane.
Councillors approved the scheme in February 2023 after a survey found dry rot in the roof,
and the library closed for the work in October 2023.</p>
<p>More than 1,900 people came through the doors on the first day, the most since 2016,
according to the council.</p>
<p>A cafe run by the social enterprise Second Chapter will open on 1 May, and opening hours
will be extended to 8pm on weekdays from 2 June. The children's wing, the second phase of
the project, is due to be finished by September.</p>
<p>"This building belongs to everyone in Brackwell," said council leader Imran Shah.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2024/03/12/library-consultation">Library hours consultation launched</a>
<time datetime="2024-03-12">12 March 2024</time></li>
<li><a href="/news/2023/10/02/halden-closes">Halden Street Library closes for repairs</a>
<time datetime="2023-10-02">2 October 2023</time></li>
</ul>
</aside>
<footer>&copy; 2025 Brackwell Evening Post &middot; Newsdesk 0161 496 0123</footer>
</body>
</html>""",
        (
            expect("2025-04-16", "library", "reopen"),
            expect("1911", "built"),
            expect("2023-02", "approv"),
            expect("2023-10", "closed"),
            expect("2025-05-01", "cafe", planned=True),
            expect("2025-06-02", "hours", planned=True),
            expect("../2025-09", "wing", planned=True),
        ),
    ),
    Text(
        "korva-trench-tsunami-messages",
        "tsunami warning centre's messages",
        None,
        """TSUNAMI MESSAGE NUMBER 1
SOUTH MERIDIAN TSUNAMI WARNING CENTRE
ISSUED AT 2358 UTC MON JUL 07 2025

...TSUNAMI THREAT MESSAGE...

THIS MESSAGE IS FOR NATIONAL WARNING AUTHORITIES ONLY.

PRELIMINARY EARTHQUAKE PARAMETERS
  * MAGNITUDE      7.8
  * ORIGIN TIME    2347 UTC JUL 07 2025
  * COORDINATES    14.2 SOUTH  171.9 WEST
  * DEPTH          22 KM / 14 MILES
  * LOCATION       KORVA TRENCH REGION

EVALUATION
  * A SHALLOW EARTHQUAKE OF MAGNITUDE 7.8 OCCURRED IN THE KORVA TRENCH REGION AT
    2347 UTC ON MONDAY JULY 7 2025.
  * HAZARDOUS TSUNAMI WAVES ARE POSSIBLE FOR COASTS WITHIN 1000 KM OF THE EPICENTRE.
  * AN EARTHQUAKE OF MAGNITUDE 8.1 IN THIS REGION ON 2 FEBRUARY 1934 GENERATED A
    TSUNAMI THAT KILLED 62 PEOPLE ON THE KORVA ISLANDS.

ESTIMATED TIMES OF INITIAL TSUNAMI ARRIVAL
  LOCATION         REGION           COORDINATES    ARRIVAL TIME UTC
  ------------------------------------------------------------------
  TESSALY POINT    KORVA ISLANDS    13.8S 172.6W   0031 07/08
  NUVAI HARBOUR    EASTERN ATOLLS   15.1S 169.4W   0104 07/08

NEXT UPDATE
  * THE NEXT MESSAGE WILL BE ISSUED BY 0100 UTC OR SOONER IF THE SITUATION WARRANTS.

$$

TSUNAMI MESSAGE NUMBER 2
SOUTH MERIDIAN TSUNAMI WARNING CENTRE
ISSUED AT 0106 UTC TUE JUL 08 2025

TSUNAMI OBSERVATIONS
  GAUGE LOCATION    LAT    LON     TIME   AMPL          PER
  ---------------------------------------------------------
  PORT ELLIS        13.9S  172.2W  0044   0.86M/ 2.8FT  14
  HALE BAY          14.6S  170.8W  0058   0.31M/ 1.0FT  11

EVALUATION
  * TSUNAMI WAVES HAVE BEEN OBSERVED AT THE GAUGES LISTED ABOVE.
  * THE THREAT REMAINS FOR COASTS WITHIN 1000 KM OF THE EPICENTRE.

$$

TSUNAMI MESSAGE NUMBER 3
SOUTH MERIDIAN TSUNAMI WARNING CENTRE
ISSUED AT 0422 UTC TUE JUL 08 2025

...FINAL TSUNAMI THREAT MESSAGE...

EVALUATION
  * BASED ON ALL AVAILABLE DATA THE TSUNAMI THREAT FROM THIS EARTHQUAKE HAS NOW PASSED.
  * SMALL SEA LEVEL CHANGES AND STRONG CURRENTS MAY CONTINUE IN SOME COASTAL AREAS FOR
    SEVERAL HOURS.
  * THIS WILL BE THE FINAL MESSAGE ISSUED FOR THIS EVENT.

$$""",
        (
            expect("2025-07-07", "earthquake"),
            expect("1934-02-02", "tsunami"),
            expect("2025-07-08", "tessaly", planned=True),
            expect("2025-07-08", "nuvai", planned=True),
            expect("2025-07-08", "ellis"),
            expect("2025-07-08", "hale"),
            expect("2025-07-08", "threat", "passed"),
        ),
    ),
    Text(
        "haugland-wins-brennhorn",
        "ski jumping competition report",
        date(2026, 1, 11),
        """Haugland soars to first win of season at Brennhorn

By Petra Lindqvist, Brennhorn

Eirik Haugland of Norway won the World Cup large hill competition at Brennhorn on Saturday,
beating Austria's Florian Mairhofer by 3.1 points in swirling wind to claim his first
victory of the season.

Haugland, 24, jumped 138.5 metres in the first round and 134 m in the final round for a total
of 296.4 points. Mairhofer, who won the Four Hills Tournament when it ended on 6 January, was
second with 293.3, and Japan's Kaito Morisaki third with 288.9.

Haugland's first-round jump fell 2.5 metres short of the hill record of 141 metres, set by
Slovenia's Luka Vidmar in 2019. His previous World Cup victory came at Lahti in March 2024,
before a knee injury kept him out for most of last season.

"I've waited almost two years for this," Haugland said. "Today the hill gave me a little
wind at the right moment, and I took it."

Sunday's team competition was cancelled this morning after gusts of more than 4 metres per
second at the take-off, the jury said. It will not be rescheduled.

Haugland moves up to fifth in the overall standings with 512 points. Mairhofer leads on 901,
the highest total at this stage of a season since 2015.

Results, large hill (HS 140): 1. Haugland (NOR) 296.4; 2. Mairhofer (AUT) 293.3; 3. Morisaki
(JPN) 288.9; 4. Vidmar (SLO) 285.0; 5. Keller (GER) 281.7.

The World Cup continues at Zavrsko, where qualification is scheduled for Friday and the
individual competitions for Saturday and Sunday. The Olympic normal hill competition at
Valdoro is scheduled for 8 February.""",
        (
            expect("2026-01-10", "haugland", "won"),
            expect("2026-01-06", "tournament"),
            expect("2019", "record"),
            expect("2024-03", "lahti"),
            expect("2026-01-11", "team", "cancel"),
            expect("2026-01-16", "qualification", planned=True),
            expect("2026-01-17", "competition", planned=True),
            expect("2026-01-18", "competition", planned=True),
            expect("2026-02-08", "olympic", planned=True),
        ),
    ),
    Text(
        "carrow-bay-tidal-lagoon-consent",
        "tidal lagoon press release",
        None,
        """PRESS RELEASE

Carrow Bay Tidal Lagoon granted development consent

ABERLAS, 12 June 2025 - Carrow Bay Lagoon Ltd has welcomed the decision of the Secretary of
State for Energy to grant a development consent order for the 320 MW Carrow Bay Tidal
Lagoon. The order was issued on 4 June.

The lagoon will enclose 11.5 square kilometres of the bay behind a 9.5 km seawall, with 24
bi-directional turbines generating power on both the incoming and the outgoing tides, four
times a day. It will produce around 560 GWh a year, enough for 190,000 homes, and help Wales
meet its 2050 net zero target.

The scheme was first proposed in 2012 by a group of local engineers, and Carrow Bay Lagoon
Ltd was formed two years later to take it forward. After a public consultation held from 3
to 28 February 2023, the company submitted its application in November 2023.

Next steps
- The company plans to appoint a main contractor by December 2025.
- Financial close is expected by the end of March 2026.
- Construction of the seawall is scheduled to begin in September 2026 and will take about
  five years.
- First power is expected in 2031.

Around 1,400 jobs will be created at the peak of construction.

Chief executive Sian Morgan-Lloyd said: "Twice a day, every day, the tide comes into Carrow
Bay. This decision means we can finally put it to work."

Notes to editors
1. Carrow Bay Lagoon Ltd is a private company registered in Wales (no. 09144820).
2. The decision letter and the examining authority's report are on the Planning
   Inspectorate website.
3. For interviews, call 029 2048 1150.""",
        (
            expect("2025-06-04", "order", "issued"),
            expect("2012", "proposed"),
            expect("2014", "formed"),
            expect("2023-02-03/2023-02-28", "consultation"),
            expect("2023-11", "application", "submit"),
            expect("../2025-12", "contractor", planned=True),
            expect("../2026-03", "financial", planned=True),
            expect("2026-09", "construction", planned=True),
            expect("2031", "power", planned=True),
        ),
    ),
    Text(
        "hadley-goldfields-journal",
        "gold prospector's diary of the 1850s",
        None,
        """Journal of Thos. Hadley, 1853.

Sept. 2nd. Fri. Landed at Port Carrick fr. the Amelia, 97 days out of Plymouth. Town full of
diggers & the price of everything shocking. Lodged at the Ship Inn, 5s. a night.

Sat. 3rd. Bought tent, pan, cradle, pick & shovel w. Jas. Pell of Redruth, who came out in
the Amelia, £4 10s. the lot between us.

Mon. 5th. Set out for the Yarrow diggings w. Pell & two Cornishmen, Tregear & Nance. Roads
very bad, 14 miles.

Thurs. 8th. Arrived at the diggings abt. 4 o'clock. Pitched the tent on the flat below
Chinaman's Gully. Thousands of tents, & the noise of the cradles all day.

Mon. 12th. Took out licences at the Commissioner's camp, 30s. each. Marked out a claim 8 ft.
square. Rain all night.

Oct. 1st. Sat. Struck gold at last! Near 2 oz. fr. the cradle in the one day. Pell wild w.
joy.

14th. Pell down w. the dysentery. Fetched the doctor fr. the camp, 1 guinea.

18th. Poor Pell died this morning abt. 6. Buried him in the afternoon under the big gum by
the creek, the diggers all knocking off to stand by.

25th. Sold our gold at the Bank tent, 9 oz. 3 dwt. at £3 14s. per oz. Mean to start for the
Ovens on the 1st prox. to join Tregear & Nance, for I cannot abide this gully now.""",
        (
            expect("1853-09-02", "landed"),
            expect("1853-09-03", "bought"),
            expect("1853-09-05", "set out"),
            expect("1853-09-08", "arrived"),
            expect("1853-09-12", "licence"),
            expect("1853-10-01", "gold"),
            expect("1853-10-14", "dysentery"),
            expect("1853-10-18", "died"),
            expect("1853-10-18", "buried"),
            expect("1853-10-25", "sold"),
            expect("1853-11-01", "ovens", planned=True),
        ),
    ),
    Text(
        "river-lenn-otter-survey",
        "otter spraint survey",
        None,
        """Lenn Valley Mammal Group

Otter Spraint Survey of the River Lenn, 2024: Summary Report

Report no. LVMG/24/03 | Date of report: 18 June 2024 | Prepared by R. Achebe and M. Dowd

1. Introduction
Otters returned to the Lenn catchment after an absence of several decades. Spraints were
first recorded at Holme Bridge in 2009, and otters have been present on the upper Lenn since
2015. The Group surveys 30 standard sites every five years, in May, when bankside vegetation
is low.

2. Method
Surveys were carried out on 3, 5 and 7 May 2024 by eleven volunteers. At each site 600 m of
bank (300 m either side of a bridge) was searched for spraints, prints and anal jelly. Each
spraint was recorded as fresh, recent or old.

3. Results
Spraints were found at 22 of the 30 sites (73%), the highest proportion since the Group's
first survey in 2004. The previous full survey, in May 2019, found spraints at 14 sites.

Table 1. Sites with spraint, by reach
| Reach          | Sites | With spraint |
|----------------|-------|--------------|
| Upper (1-10)   | 10    | 9            |
| Middle (11-20) | 10    | 8            |
| Lower (21-30)  | 10    | 5            |

A dead dog otter was found on the A614 at Corby Mill on or about 20 April 2024 and was sent
for post-mortem examination. It was the third road death at that bridge.

4. Recommendations
- A ledge will be fitted in the Corby Mill culvert by the end of September 2024, so that
  otters can pass under the road in high water.
- A partial repeat of the lower reach is planned for May 2025, and the next full survey for
  May 2029.

Records have been sent to the Halvershire Biological Records Centre (tel. 01632 960 211).""",
        (
            expect("2009", "spraint", "recorded"),
            expect("2015/..", "otter", "present"),
            expect("2024-05-03", "survey"),
            expect("2024-05-05", "survey"),
            expect("2024-05-07", "survey"),
            expect("2019-05", "survey"),
            expect("2024-04-20~", "otter", "found"),
            expect("../2024-09", "ledge", planned=True),
            expect("2025-05", "repeat", planned=True),
            expect("2029-05", "survey", planned=True),
        ),
    ),
    Text(
        "wrexford-glassworks-history",
        "glassworks' history",
        None,
        """Wrexford Glassworks

The Wrexford Glassworks, on the north bank of the Avenell at Wrexford, was for more than two
centuries one of the principal makers of bottle and window glass in the Midlands. Its one
surviving cone, 28 m high, is among the four left in England.

Origins
A glasshouse is said to have been founded on the site in 1696 by Huguenot glassmakers from
Lorraine, though the earliest surviving record, a lease, dates only from 1712. The first
brick cone was built c. 1740.

The Bellamy years
In 1785 the works passed to Joseph Bellamy, a Bristol bottle merchant, who added a second
cone in 1790 and a third in 1802. At its height the works employed 340 people and made some
8,000 bottles a week. After the repeal of the excise duty on glass in 1845 the firm turned to
pressed tableware, and its "Avenell Pattern" dishes of the 1850s are now widely collected.

Twentieth century
Between 1914 and 1918 the works made optical glass for rangefinders and periscopes. Two of
the cones were demolished in the 1920s, when the firm changed over to tank furnaces. The
works closed in 1973, and the site was cleared except for the No. 1 cone.

Today
The cone has been a scheduled monument since 1981 and belongs to the Wrexford Heritage Trust,
which plans to reopen it to visitors in 2027 after repairs costing £4.2 million.

See also: Glassmaking in England; List of glass cones""",
        (
            expect("1696?", "founded"),
            expect("1712", "lease"),
            expect("1740~", "cone", "built"),
            expect("1785", "passed"),
            expect("1790", "second", "cone"),
            expect("1802", "third"),
            expect("1845", "repeal"),
            expect("1914/1918", "optical"),
            expect("1973", "closed"),
            expect("1981/..", "monument"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "building-safety-update-statement",
        "housing minister's building safety statement",
        None,
        """Building Safety Update

Statement UIN HCWS1047, made on 14 October 2025
Made by: The Minister for Housing and Building Safety (Angela Rourke MP)
Commons

Today I am updating the House on our progress in making residential buildings safe.

It is now six years since the fire at Calder Court in Hallbury on 14 August 2019, in which
eleven people lost their lives. Their families have waited too long for every building with
unsafe cladding to be made safe.

Remediation

The Remediation Acceleration Plan, which the Government published in July, set a clear
expectation of landlords. Fifty-four developers signed the Developer Remediation Contract in
March 2023, and they have started or completed work on 1,340 buildings. The Cladding Safety
Scheme has been open to applications since 2021.

All buildings of 18 metres and over with unsafe cladding in a government-funded scheme must
be remediated no later than 31 December 2029, and I intend to legislate to make this a legal
duty under the Building Safety Act 2022.

Funding

The Building Safety Levy will come into force on 1 April 2026. The consultation on the
levy's rates closed on 26 September, and we received 412 responses, which we will publish in
full.

Next steps

I will update the House again by the end of January. The Building Safety Regulator will
publish its first annual report on 3 December.

Residents who are worried about their building can call the advice service on 0800 056 1200.""",
        (
            expect("2019-08-14", "fire"),
            expect("2025-07", "plan", "publish"),
            expect("2023-03", "contract", "sign"),
            expect("2021/..", "scheme", "open"),
            expect("../2029-12-31", "remediat", planned=True),
            expect("2026-04-01", "levy", planned=True),
            expect("2025-09-26", "consultation", "closed"),
            expect("../2026-01", "update", planned=True),
            expect("2025-12-03", "report", planned=True),
        ),
    ),
    Text(
        "hartwell-zoo-closures",
        "zoo's HTML enclosure closures page",
        date(2025, 2, 24),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Enclosure closures and maintenance | Hartwell Zoo</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/cookie-consent.js" defer></script>
</head>
<body>
<header>
<nav aria-label="Main">
<ul>
<li><a href="/visit">Plan your visit</a></li>
<li><a href="/animals">Animals</a></li>
<li><a href="/tickets">Tickets</a></li>
<li><a href="/membership">Membership</a></li>
</ul>
</nav>
</header>
<main>
<h1>Enclosure closures</h1>
<p class="updated">Updated: Mon 24 Feb, 10:15</p>
<p>We do most of our maintenance in the quieter months, so a few areas of the zoo are
closed this spring. Ticket prices are not reduced during closures.</p>
<table class="closures">
<thead><tr><th>Area</th><th>Dates</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>Reptile House</td><td>Closed since 10 February until further notice</td>
<td>Heating system repairs</td></tr>
<tr><td>Lemur Walkthrough</td><td>Reopens Saturday 1 March</td><td>New netting</td></tr>
<tr><td>Penguin Beach</td><td>Closed 3 to 14 March</td><td>Pool drained for cleaning</td></tr>
<tr><td>Giraffe Heights walkway</td><td>Closed 4, 5 and 6 March</td>
<td>Resurfacing</td></tr>
</tbody>
</table>
<figure>
<img src="/media/penguins.jpg" alt="Humboldt penguins">
<figcaption>Our Humboldt penguins during the 2023 pool refit.</figcaption>
</figure>
<p>The Sealion Cove talk was cancelled on 18 February after a storm damaged the seating,
and will return when repairs are complete.</p>
<h2>Coming soon</h2>
<p>Our new Gibbon Forest will open on Saturday 5 April. Members' evening takes place every
year in June.</p>
</main>
<footer>
<p>&copy; 2025 Hartwell Zoological Society. Registered charity no. 1048721.
Tel 01632 960 414.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-02-10/..", "reptile"),
            expect("2025-03-01", "lemur", planned=True),
            expect("2025-03-03/2025-03-14", "penguin", planned=True),
            expect("2025-03-04", "walkway", planned=True),
            expect("2025-03-05", "walkway", planned=True),
            expect("2025-03-06", "walkway", planned=True),
            expect("2025-02-18", "sealion", "cancel"),
            expect("2025-04-05", "gibbon", planned=True),
        ),
    ),
    Text(
        "loxley-conduct-panel-decision",
        "professional conduct panel decision",
        None,
        """Teacher Standards Board

Decision of a professional conduct panel and recommendation to the Secretary of State

Teacher:                  Ms Anna Loxley
Teacher ref number:       1648822
Case reference:           TSB/21944
Date of determination:    22 May 2025
Former employer:          Fernhill Academy, Stoke Merrow

A. Introduction

A professional conduct panel ("the panel") of the Teacher Standards Board convened from 12
to 14 May 2025 by way of a virtual hearing to consider the case of Ms Loxley. Ms Loxley was
present and was represented by Mr Paul Varga of counsel.

B. Allegations

It was alleged that Ms Loxley was guilty of unacceptable professional conduct, in that,
while employed at Fernhill Academy:

1. on or about 14 March 2021 she altered the coursework marks of 23 pupils in a GCSE
   History cohort;
2. between 1 and 19 May 2021 she submitted those marks to the awarding body knowing them to
   be inaccurate.

C. Summary of evidence

Ms Loxley joined the Academy as a teacher of history on 1 September 2016. She was suspended
on 7 June 2021 after the awarding body's moderator queried the marks, and she resigned on 31
August 2022. The matter was referred to the Board on 2 November 2022.

D. Decision and reasons

The panel found both allegations proven. Ms Loxley's conduct fell significantly short of
Part Two of the Teachers' Standards 2012, and in the panel's view amounted to dishonesty.
The panel recommends that a prohibition order be made, with no provision for a review
period.

Ms Loxley has a right of appeal to the High Court, which must be lodged no later than 19
June 2025.

Signed: J. Okafor, Panel Chair""",
        (
            expect("2025-05-12/2025-05-14", "convene"),
            expect("2021-03-14~", "marks", "alter"),
            expect("2021-05-01/2021-05-19", "submit"),
            expect("2016-09-01", "joined"),
            expect("2021-06-07", "suspended"),
            expect("2022-08-31", "resigned"),
            expect("2022-11-02", "referred"),
            expect("../2025-06-19", "appeal", planned=True),
        ),
    ),
    Text(
        "tarrant-coopers-history",
        "cooper's history",
        None,
        """J. Tarrant & Sons, Coopers, Kelsham: A History

Casks have been made in Kelsham for as long as there have been ships to fill. A coopers'
guild met at the Anchor in Fore Street perhaps in 1620, though the only evidence is a carved
stone now in the town museum.

The Tarrant business begins with Josiah Tarrant, who was apprenticed to the cooper Eli Marsh
in 1788 at the age of fourteen. He set up his own shop on Quay Lane circa 1801, and from
1805 to 1815 supplied casks for beef, pork and biscuit to the Navy's victualling yard at
Kelsham, making, it is said, 1,000 barrels a month in the busiest years.

His son William took over the business in 1834 and moved it to the old rope walk in Water
Street two years later. In the 1880s the yard employed 40 coopers, and a 54-gallon hogshead
could be raised, fired and hooped in under three hours.

Fire destroyed the Water Street yard on the night of 9 November 1897; it was rebuilt within
the year, with the cooperage on the ground floor and a store for 3,000 staves above.

As steel drums replaced wooden casks after the Second World War, the firm turned to brewery
work. Derek Tarrant, the last apprentice to serve a full four-year term, was trussed out in
1963, rolled through the yard in a barrel of shavings, soot and beer.

Since 1999 the firm has made and repaired casks for Scotch whisky distilleries, and it now
employs nine coopers. The yard will open to the public for the first time on 14 September
2025 as part of the Heritage Open Days.""",
        (
            expect("1620?", "guild"),
            expect("1788", "apprentic"),
            expect("1801~", "shop"),
            expect("1805/1815", "suppl"),
            expect("1834", "william"),
            expect("1836", "moved"),
            expect("1897-11-09", "fire"),
            expect("1963", "trussed"),
            expect("1999/..", "whisky"),
            expect("2025-09-14", "open", planned=True),
        ),
    ),
    Text(
        "northern-lacrosse-fixtures",
        "lacrosse league's fixtures list",
        None,
        """NORTHERN WOMEN'S LACROSSE LEAGUE
Premier Division - Fixtures 2025-26
Issued by the Fixtures Secretary, 20 August 2025 (version 2)

All matches start at 2.00pm unless stated. Home team named first. Umpires are appointed by
the Umpiring Committee by the Wednesday before each fixture.

REGISTRATION: all players must be registered on the league portal no later than 5 September
2025. Unregistered players may not take the field.

SEPTEMBER 2025
Sat 13   Hallam v Tynedale               Bolehill Park
Sat 13   Ribble Valley v Wharfedale      Clitheroe Road
Sat 27   Tynedale v Wharfedale           Prudhoe Fields (1.00pm)

OCTOBER 2025
Sat 11   Wharfedale v Hallam             POSTPONED (pitch unavailable),
                                         rearranged to Sun 26 Oct, Ilkley Lane
Sat 18   Ribble Valley v Tynedale        Clitheroe Road

JANUARY 2026
Sat 10   Tynedale v Hallam               Prudhoe Fields

FINALS
Northern Cup final: Sat 25 April 2026, Ravenscroft Stadium, 1.30pm.

Results must be entered on the portal by 6pm on match day. Queries to the Fixtures
Secretary, Jo Whitlock, on 07700 900 482.""",
        (
            expect("../2025-09-05", "register", planned=True),
            expect("2025-09-13", "hallam", "tynedale", planned=True),
            expect("2025-09-13", "ribble", "wharfedale", planned=True),
            expect("2025-09-27", "tynedale", "wharfedale", planned=True),
            expect("2025-10-26", "wharfedale", "hallam", planned=True),
            expect("2025-10-18", "ribble", "tynedale", planned=True),
            expect("2026-01-10", "tynedale", "hallam", planned=True),
            expect("2026-04-25", "cup final", planned=True),
        ),
    ),
)
