"""The two-hundred-and-eighteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a heatwave health alert
series, a bobsleigh report, a geothermal heat press release, a vicar's diary of the 1870s, a
water vole survey, a cider mill's history, a defence minister's barracks closure statement, a
leisure centre's HTML timetable changes page, a parking adjudicator's appeal decision, a
cooper's history and a hockey club's match calendar. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTEENTH_CORPUS",)


TWOHUNDREDEIGHTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike-halvik",
        "wire story with a dateline",
        date(2024, 11, 21),
        """HALVIK, Nov 21 (Northgate Press) - Dockworkers at the port of Halvik ended a nine-day
strike on Wednesday after the terminal operator agreed to raise hourly pay by 8 percent, the
dockers' union said, easing a bottleneck that had left dozens of ships waiting at anchor.

The stoppage began on Nov. 11 over pay and shift patterns. On Tuesday about 40 container
ships were waiting outside the harbour, according to the port authority, and exporters of
timber and frozen fish had begun diverting cargo to Rostad, 200 km to the south.

Members of the Halvik Port Workers' Union will vote on the deal on Monday. Union leader
Petra Lund said she expected it to pass "by a clear margin". If approved, the new wage
agreement takes effect on Jan. 1 and runs for three years, raising the basic rate to 31.40
crowns an hour.

Ostra Terminals, which has operated the port under a 30-year concession since 2008, said it
aimed to clear the backlog of ships no later than Dec. 6.

The strike was the longest at Halvik since 1996. The last stoppage, in March 2019, lasted
four days and ended with a one-year pay deal.

The port handles about 1.9 million containers a year, and its operator employs some 2,300
people, 1,450 of them dockworkers.

(Reporting by Johan Erke; Editing by Clare Motte)""",
        (
            expect("2024-11-20", "strike", "end"),
            expect("2024-11-11", "began"),
            expect("2024-11-19", "ships"),
            expect("2024-11-25", "vote", planned=True),
            expect("2025-01-01", "agreement", planned=True),
            expect("2008/..", "operat"),
            expect("../2024-12-06", "backlog", planned=True),
            expect("2019-03", "stoppage"),
        ),
    ),
    Text(
        "tavira-research-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tavira Robotics opens £42 million research centre in Lindfield

LINDFIELD, England, 9 September 2025 /PRWire/ -- Tavira Robotics plc (LSE: TAVR), a maker of
collaborative robot arms for food and pharmaceutical plants, today opened its new research and
development centre on the Lindfield Science Park.

The 6,800 m2 centre, on which construction began in February 2024, brings together teams
previously spread across three sites. The company plans to hire 120 more engineers there by
the end of 2026, and expects the first products designed at the centre to ship in April 2026.

"Lindfield gives us room to grow," said chief executive Nadia Okafor. "It is the largest
single investment in our history, and it keeps our engineering in Britain."

The centre will also house the team of Kessel Motion GmbH, the Munich-based maker of gripper
software whose acquisition Tavira completed on 2 June 2025. A formal opening ceremony with the
Minister for Science, Rhodri Vance, is scheduled for 24 September.

Among the first projects is the T-2040 arm, designed to lift payloads of up to 40 kg.

About Tavira Robotics
Founded in Cambridge in 2011, Tavira Robotics designs and builds collaborative robots that work
safely alongside people. Since 2016 it has supplied arms to more than 300 food and
pharmaceutical plants in 24 countries. Tavira employs 540 people.

Media contact:
Harriet Lomax, Head of Communications
+44 20 7946 0112 | press@taviraro.example

© 2025 Tavira Robotics plc. All rights reserved.
###""",
        (
            expect("2025-09-09", "centre", "open"),
            expect("2024-02", "construction"),
            expect("../2026", "hire", planned=True),
            expect("2026-04", "ship", planned=True),
            expect("2025-06-02", "acqui"),
            expect("2025-09-24", "ceremony", planned=True),
            expect("2011", "founded"),
            expect("2016/..", "suppl"),
        ),
    ),
    Text(
        "marren-v-calder-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

MARREN HOLDINGS, LLC,
        Plaintiff-Appellant,
v.                                                  No. 2-23-0917
CALDER FOODS, INC.,
        Defendant-Appellee.

Appeal from the Circuit Court of Dunmore County, No. 22-CV-1184
Filed: March 3, 2025

OPINION

JUSTICE OKONJO delivered the opinion of the court.

¶ 1 This appeal asks whether a commercial tenant may end a lease early under the "change of
use" clause of section 14(2). We hold that it may not, and we reverse.

I. BACKGROUND

¶ 2 On or about June 14, 2021, Marren Holdings, LLC (Marren) leased a warehouse at 400 Kiln
Road to Calder Foods, Inc. (Calder) for a term of five years at $8,400 per month. On January
5, 2022, Calder gave written notice that it was terminating the lease, citing a change in the
zoning of the adjoining parcel. Both parties agree that Calder vacated the premises no later
than March 31, 2022. Marren re-let the warehouse to a new tenant in or about May 2022, at a
lower rent.

¶ 3 Marren filed this action on April 19, 2022, seeking the unpaid rent up to the date of
re-letting. On September 28, 2023, the circuit court granted summary judgment for Calder,
reasoning that the Commercial Tenancies Act of 1987 implied a right to terminate. Marren filed
its notice of appeal on October 20, 2023. We heard oral argument on January 14, 2025.

II. ANALYSIS

¶ 4 We review a grant of summary judgment de novo. Nothing in the 1987 Act or in section 14(2)
gives a tenant a right to walk away because a neighbour's zoning has changed; the clause speaks
only of the tenant's own use of the premises.

III. CONCLUSION

¶ 5 The judgment of the circuit court is reversed, and the cause is remanded for a
determination of damages.

¶ 6 Reversed and remanded.""",
        (
            expect("2021-06-14~", "lease"),
            expect("2022-01-05", "notice"),
            expect("../2022-03-31", "vacat"),
            expect("2022-05~", "let"),
            expect("2022-04-19", "action"),
            expect("2023-09-28", "summary", "judgment"),
            expect("2023-10-20", "appeal"),
            expect("2025-01-14", "argument"),
        ),
    ),
    Text(
        "kollberg-abbey",
        "encyclopedia history",
        None,
        """Kollberg Abbey

Kollberg Abbey is a former Cistercian abbey near the village of Kollberg in the Varden valley.
Its church serves today as the parish church, and part of the cloister houses a museum.

History

The abbey was founded c. 1140 by monks from Saint-Maurin. Its church was possibly consecrated
in 1162, the date given by a chronicle written four centuries later. At its height the
community held some 60 monks and 1,500 hectares of farmland.

The abbey burned in 1381, and the church was rebuilt between 1390 and 1412 in the Gothic style,
with a tower of 46 metres. The abbey was dissolved in 1539; its library was sold c. 1545 to the
bishop of Harn, and most of the cloister was pulled down for building stone.

The remaining buildings became a grammar school in 1781. In the 1920s the school took in
boarders from the whole province.

Restoration of the church began in 1968 and was completed the following year. Since 1992 the
former dormitory has housed a museum of monastic life, which receives about 40,000 visitors a
year.

See also
- Cistercian architecture in the Varden valley

References
1. Halloran, P. (2003). The Cistercians of the Varden. Harn: Lindqvist Press, p. 112.
2. Aubel, M. (1988). "The Kollberg chronicle reconsidered". Varden Studies 14: 3-29.""",
        (
            expect("1140~", "founded"),
            expect("1162?", "consecrat"),
            expect("1381", "burn"),
            expect("1390/1412", "rebuilt"),
            expect("1539", "dissolv"),
            expect("1545~", "library"),
            expect("1781", "school"),
            expect("1968", "restoration"),
            expect("1969", "complet"),
            expect("1992/..", "museum"),
        ),
    ),
    Text(
        "rovers-beat-corlan",
        "sports report",
        None,
        """Rovers avenge September defeat to end Corlan's run

By Jess Whitford
Sunday 12 October 2025

Stanmere Rovers 27 Corlan Athletic 19

Stanmere Rovers beat Corlan Athletic 27-19 at Brook Lane on Saturday, avenging a 30-12 defeat
at Corlan Park on 6 September and ending the visitors' run of four straight wins.

Fly-half Dean Morrow, 31, kicked 17 points, including a drop goal in the 78th minute that
sealed it in front of a crowd of 8,412. Morrow, who joined Rovers from Kelby in 2021, has now
scored 1,004 points for the club.

Rovers have been unbeaten at home since 2 March, a run of nine matches. It was their first win
over Corlan since 2014.

Corlan coach Ray Dunne, appointed in June, blamed his side's discipline. "We gave away
fourteen penalties. You can't do that at Brook Lane," he said.

Rovers captain Alun Price left the field with a hamstring injury before half-time and will
miss the next three games. He is expected to return for the home match against Warrick on
8 November.

Rovers host Kelby next Saturday (kick-off 3pm).

Stanmere Rovers: Hale; Adeyemi, Crouch, Lyle, Penn; Morrow, Ferris; ...""",
        (
            expect("2025-10-11", "Corlan"),
            expect("2025-09-06", "defeat"),
            expect("2021", "joined"),
            expect("2025-03-02/..", "unbeaten"),
            expect("2025-06", "appointed"),
            expect("2025-11-08", "return", planned=True),
            expect("2025-10-18", "Kelby", planned=True),
        ),
    ),
    Text(
        "ostrander-pianos-history",
        "company history",
        None,
        """Ostrander Pianos - Our history

1868 - A workshop in Tallis Street
Johann Ostrander, a cabinet-maker from Saxony, founded the firm in 1868 in a rented workshop in
Tallis Street, Brennford, building square pianos to order. Our Model 1868 upright is named after
that year.

1891 - The Canal Works
Demand from the growing middle class led the firm to move in 1891 to the purpose-built Canal
Works, where 140 craftsmen turned out up to 900 pianos a year. A second factory at Hoole is said
to have opened in 1896, though no record of it survives.

The first grand
The first Ostrander grand piano left the works c. 1900. Its case, in figured walnut, now stands
in the entrance of the Brennford Museum.

War and after
Between 1914 and 1918 the Canal Works made aircraft propellers for the War Office. The
Ostrander family sold the company in 1957 to the Harmonia Group, which moved most production
abroad, and the Canal Works closed in 1983.

A new beginning
In 2004 piano technician Clara Ostrander, the founder's great-great-granddaughter, revived the
brand. Since 2010 every Ostrander has been built by hand at Mill Yard, Brennford, where eleven
makers finish about 30 instruments a year. The company plans to open a showroom in Vienna in
2026.

Visit us: Mill Yard, Brennford BR2 4TT - Tel. 01632 960 771 - Tues.-Sat. 10:00-17:00""",
        (
            expect("1868", "founded"),
            expect("1891", "move"),
            expect("1896?", "factory"),
            expect("1900~", "grand"),
            expect("1914/1918", "propeller"),
            expect("1957", "sold"),
            expect("1983", "closed"),
            expect("2004", "revived"),
            expect("2010/..", "built"),
            expect("2026", "showroom", planned=True),
        ),
    ),
    Text(
        "selket-lunar-orbiter",
        "mission summary",
        None,
        """SELKET LUNAR ORBITER - MISSION SUMMARY
Norland Space Agency - Planetary Missions Directorate
Document NSA-PM-0412 rev. C - last revised 2 May 2025

Overview
Selket is a 640 kg orbiter that maps water ice in the permanently shadowed craters near the
lunar south pole with a radar sounder, a thermal imager and a neutron spectrometer.

Mission timeline
- Launch: Selket was launched on 4 February 2022 at 03:17 UTC from the Vallmora launch site on
  a Kestrel-2 rocket.
- Lunar orbit insertion: after a low-energy transfer, the spacecraft entered lunar orbit on
  19 March 2022.
- First light: the first images were returned two days later.
- Science orbit: about two months after orbit insertion, the orbit was lowered to 50 km.
- Data release: data from the first six months were released to the public on 15 April 2023.
- Anomaly: the spacecraft entered safe mode on or about 7 August 2023 after a star-tracker
  fault; normal operations resumed on 22 August 2023.
- Primary mission: an extended mission was approved in October 2023, and the primary mission
  ended on 31 December 2023.
- Instruments: the neutron spectrometer failed in May 2024; the radar and imager continue.
- End of mission: Selket will be deliberately impacted into Voss crater no later than
  30 June 2026.

Key figures
Images returned: 2,400+ | Radar passes: 11,900 | Orbit: 50 x 50 km, 2 h period

Contact: Selket Project Office, selket@nsa.example""",
        (
            expect("2022-02-04", "launch"),
            expect("2022-03-19", "orbit"),
            expect("2022-03-21", "images"),
            expect("2022-05~", "lowered"),
            expect("2023-04-15", "data"),
            expect("2023-08-07~", "safe"),
            expect("2023-08-22", "resumed"),
            expect("2023-10", "extended"),
            expect("2023-12-31", "primary"),
            expect("2024-05", "spectrometer"),
            expect("../2026-06-30", "impact", planned=True),
        ),
    ),
    Text(
        "plastic-bag-levy-statement",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER
Press Office

Statement by the Minister for Environment
17 February 2025

Plastic bag levy to double from October

The Minister for Environment, Ciaran Dolan, today announced that the levy on single-use
plastic bags will rise from 10 to 20 cents on 1 October 2025.

The levy was introduced on 1 March 2018 under the Waste Charges (Plastic Bags) Regulations
2018. Since 1 July 2019 retailers have been required to report the number of bags they sell
every quarter. Bag use has fallen by 82 per cent since 2018.

A public consultation ran from 4 November to 16 December 2024 and drew 1,312 submissions. The
Minister met representatives of the Retail Federation and the Grocers' Association on Friday,
14 February, to discuss the timing of the increase.

"Retailers asked for time to prepare their tills and their staff, and they will have it,"
the Minister said.

Amending regulations will be laid before the Assembly by the end of March. The Department will
publish a review of the levy no later than 30 June 2026.

Revenue from the levy, about 41 million euro a year, is paid into the Environment Fund.

ENDS

Press Office: 01 555 0190 | press@environment.example""",
        (
            expect("2025-02-17", "announc"),
            expect("2025-10-01", "rise", planned=True),
            expect("2018-03-01", "introduc"),
            expect("2019-07-01/..", "report"),
            expect("2024-11-04/2024-12-16", "consultation"),
            expect("2025-02-14", "met"),
            expect("../2025-03", "regulations", planned=True),
            expect("../2026-06-30", "review", planned=True),
        ),
    ),
    Text(
        "ferris-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ferris Bridge reopens after two-year closure | Tolworth Courier</title>
<script async src="https://cdn.tolworthcourier.example/analytics.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's on</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Ferris Bridge reopens after two-year closure</h1>
<p class="byline">By Megan Holt |
<time datetime="2025-05-22T08:15:00+01:00">Thursday 22 May 2025, 08:15</time></p>
<figure>
<img src="/img/ferris-bridge-0521.jpg" alt="Cars crossing Ferris Bridge">
<figcaption>The first cars cross Ferris Bridge on Wednesday morning.
Photo: Tolworth Courier</figcaption>
</figure>
<p>Ferris Bridge reopened to traffic on Wednesday, more than two years after a crack in one of
its iron girders forced its closure.</p>
<p>Engineers discovered the crack during a routine inspection on 9 March 2023, and the council
closed the bridge the same day. Repair work, costing &pound;6.2m, began in January 2024.</p>
<p>A 7.5-tonne weight limit will stay in place until 2 June, when the council expects to lift
it. Cycle lanes are to be added across the bridge by the end of the year, and the council aims
to finish resurfacing the approach roads no later than 30 June.</p>
<p>The bridge, built c. 1885 by the Tolworth Iron Company, was listed in 1972. About 14,000
vehicles a day used it before the closure.</p>
<p>&ldquo;It&rsquo;s been a long wait,&rdquo; said Dev Sharma, who runs a shop on Bridge
Street.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2024/01/ferris-repairs-start">Ferris Bridge repairs to start next week</a>
<time datetime="2024-01-08">8 Jan 2024</time></li>
<li><a href="/news/2023/03/ferris-bridge-closed">Crack closes Ferris Bridge</a>
<time datetime="2023-03-09">9 Mar 2023</time></li>
</ul>
</aside>
<footer><p>&copy; 2025 Tolworth Courier Ltd. Newsdesk 01632 960 582</p></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":"88412"});</script>
</body>
</html>""",
        (
            expect("2025-05-21", "reopen"),
            expect("2023-03-09", "discover"),
            expect("2023-03-09", "closed"),
            expect("2024-01", "repair"),
            expect("2025-06-02", "limit", planned=True),
            expect("../2025", "cycle", planned=True),
            expect("../2025-06-30", "resurfac", planned=True),
            expect("1885~", "built"),
            expect("1972", "listed"),
        ),
    ),
    Text(
        "heat-health-alerts-july",
        "heatwave health alert series",
        None,
        """NORLAND HEALTH PROTECTION AGENCY
HEAT-HEALTH ALERTS - JULY 2025

-----------------------------------------------------------------
ALERT 1 - AMBER - issued 09:00 Monday 14 July 2025
Regions: East, South East, London

An Amber heat-health alert will come into force at 12:00 on Tuesday 15 July. Daytime
temperatures of 31-33C and overnight minima above 20C are forecast. Health and social care
services should activate their heatwave plans. Heat-health alerts are issued each summer
between 1 June and 30 September.

-----------------------------------------------------------------
ALERT 2 - RED - issued 11:30 Wednesday 16 July 2025
Region: London

The alert for London was raised to Red at 10:00 today. Ambulance calls in the capital rose by
18 per cent on Tuesday. Harwick Council opened cooling centres in its libraries on 15 and 16
July. The Red alert is due to end at 09:00 on Friday.

-----------------------------------------------------------------
ALERT 3 - STAND-DOWN - issued 09:30 Saturday 19 July 2025

All heat-health alerts were stood down at 09:00 today. Temperatures peaked at 35.8C at
Kewsbury on Thursday, the highest July reading in the region since 2022. The Agency will
publish a full review of the episode by 31 August.

-----------------------------------------------------------------
Stay safe in the heat
- Drink plenty of fluids and avoid alcohol.
- Keep out of the sun between 11:00 and 15:00.
- Check on older neighbours, especially people over 75.
- If you are worried about your health, call 111 or the heat line on 0300 555 0142.""",
        (
            expect("2025-07-15", "amber", planned=True),
            expect("2025-07-16", "raised"),
            expect("2025-07-15", "ambulance"),
            expect("2025-07-15", "cooling"),
            expect("2025-07-16", "cooling"),
            expect("2025-07-18", "red", "end", planned=True),
            expect("2025-07-19", "stood"),
            expect("2025-07-17", "peak"),
            expect("../2025-08-31", "review", planned=True),
        ),
    ),
    Text(
        "kessering-bobsleigh",
        "bobsleigh report",
        date(2026, 1, 11),
        """KESSERING, Germany, Jan 11 (Alpine Sports Wire) - Sweden's Mara Lindqvist won the
two-woman bobsleigh World Cup race in Kessering on Saturday, despite a crash in training earlier
in the week.

Lindqvist and brakewoman Elin Sauer clocked a combined 1:47.96 over two runs, 0.21 seconds ahead
of Germany's Katja Rehm, with Canada's Joanne Frick third. Lindqvist, 29, has competed for
Sweden since 2018, when she switched from the 100 metres hurdles. She had shoulder surgery in
April last year.

Her sled overturned at the exit of curve 11 in training on Thursday, but she escaped with
bruising. "I wasn't sure I would even start," she said. Lindqvist has won in Kessering every
January since 2022.

In the four-man event on Sunday, Britain's Theo Banner drove to fourth, the best World Cup
result for a British sled since 2013.

The Kessering track, rebuilt between 2015 and 2017 at a cost of 38 million euros, is bidding to
host a future world championships; a decision by the international federation is due on
3 June.

The World Cup moves on to Tarnholm, Norway, on Jan. 17-18, before the world championships at
Lake Arden from Feb. 20 to March 1.

(Reporting by Lena Brugg; Editing by Mark Oyelaran)""",
        (
            expect("2026-01-10", "Lindqvist"),
            expect("2018/..", "compet"),
            expect("2025-04", "surgery"),
            expect("2026-01-08", "training"),
            expect("2026-01-11", "fourth"),
            expect("2015/2017", "rebuilt"),
            expect("2026-06-03", "decision", planned=True),
            expect("2026-01-17/2026-01-18", "Tarnholm", planned=True),
            expect("2026-02-20/2026-03-01", "championships", planned=True),
        ),
    ),
    Text(
        "ashburn-vale-geothermal",
        "geothermal heat press release",
        None,
        """NEWS RELEASE

Corrin Energy starts drilling Ashburn Vale geothermal heat well

ASHBURN VALE, 3 March 2025 - Corrin Energy Ltd today began drilling the first production well
for the Ashburn Vale geothermal heat network, which will supply low-carbon heat to homes, the
community hospital and the leisure centre in the town.

The well is expected to reach its target depth of 2,400 metres by June. A second well will
follow in 2026. If tests of water temperature and flow succeed, the network will start
supplying heat to the first 3,000 homes from October 2027.

Planning consent for the project was granted by Ashburn District Council on 12 November 2024,
following a feasibility study carried out between 2021 and 2022. The project is backed by an
£18.5m grant from the Green Heat Fund, awarded in January 2024.

"Beneath Ashburn Vale lies water at around 80C," said Corrin's technical director, Dr Ffion
Harte. "Unlike wind or sun, heat from the ground is there day and night, every day of the
year."

Residents can find out more at a public information event at Ashburn Town Hall from 4pm to 8pm
on Thursday 13 March.

- ENDS -

Notes to editors
1. Corrin Energy was founded in 2017 and is based in Penmarrow.
2. The network will cut carbon emissions by an estimated 9,800 tonnes a year.

Media enquiries: Sam Keverne, 01632 960 318, press@corrinenergy.example""",
        (
            expect("2025-03-03", "drilling"),
            expect("../2025-06", "depth", planned=True),
            expect("2026", "second", planned=True),
            expect("2027-10", "suppl", planned=True),
            expect("2024-11-12", "consent"),
            expect("2021/2022", "feasibility"),
            expect("2024-01", "grant"),
            expect("2025-03-13", "information", planned=True),
            expect("2017", "founded"),
        ),
    ),
    Text(
        "callow-vicar-diary-1874",
        "vicar's diary of the 1870s",
        None,
        """THE DIARY OF THE REV. EDWARD CALLOW, VICAR OF ST MICHAEL'S, LOWER HADLEY

1874.

Jan. 3. Sat. - Hard frost. Buried old Mrs Tapp, aged 86, in the N. corner of the ch.yd.;
ground so hard the sexton was at it from daybreak. Gave 5s. to her dau.

Jan. 6. Tues. Epiphany. - Churchwardens met in the vestry re the new stove; Mr Holt wd. have
it from Birmingham, Mr Pook from Exeter. Decided on Exeter.

Jan. 11. Sun. - Preached on St Luke ii. 49 to a thin congregation, the lane being all ice.
Collection for the S.P.G. £2. 4s. 6d.

Feb. 2. Mon. - Wrote to the Bp. re the Confirmation. The Rural Dean to visit us on the 20th
inst. Walked to Combe with C. Mild & wet.

Feb. 17. Tues. - Confirmation. The Bp. confirmed 23 candidates, 9 of them from Combe, & lunched
here after. Much pleased w. the singing.

Mar. 9. Mon. - The new stove lit for the first time. Ch. warm at last, tho' it smokes.

Mar. 14. Sat. - Mr Holt the antiquary here all day among the old parish chests. He thinks the
font older than the church, perhaps 1200, and the tower c. 1480. Mrs C. poorly again.""",
        (
            expect("1874-01-03", "Tapp"),
            expect("1874-01-06", "churchwardens"),
            expect("1874-01-11", "preach"),
            expect("1874-02-02", "wrote"),
            expect("1874-02-20", "Dean", planned=True),
            expect("1874-02-17", "confirm"),
            expect("1874-03-09", "stove"),
            expect("1874-03-14", "Holt"),
            expect("1200?", "font"),
            expect("1480~", "tower"),
        ),
    ),
    Text(
        "lenn-water-vole-survey",
        "water vole survey",
        None,
        """RIVER LENN WATER VOLE SURVEY 2024 - OTTERBURY TO STAVELEY WEIR
Report for the Lenn Valley Rivers Trust
Prepared by Hollins Ecology | Ref. HE/24/113 | Issued 14 October 2024

1. Summary
Field signs of water vole (Arvicola amphibius) were recorded along 4.1 km of the 6.2 km reach,
including 112 latrines and 171 burrows. The population appears to be expanding upstream.

2. Methods
Surveys were carried out on 14 and 28 May 2024 and on 3 September 2024, searching both banks
for latrines, feeding stations, burrows and footprints. Surveys should be undertaken between
mid-April and the end of September.

3. Background
The last full survey of the reach was probably carried out in 2011; the county recorder's
files are incomplete. In July 2021 the Trust released 240 captive-bred voles at four sites
between Otterbury and Mill Farm. American mink have been controlled by raft trapping since
2019, with 31 mink removed to date.

4. Results
Section                 Length (m)   Latrines   Burrows
A Otterbury-Mill Farm       1,800         47        63
B Mill Farm-Hatch Lane      2,300         51        80
C Hatch Lane-Staveley       2,100         14        28

On 9 August 2024 a volunteer photographed an adult vole swimming above Staveley Weir, the
first confirmed record upstream of the weir.

5. Recommendations
- Bankside vegetation clearance at Mill Farm must be completed by 28 February 2025, before
  the breeding season.
- The next survey is scheduled for May 2025.
- Mink rafts should be checked every ten days.""",
        (
            expect("2024-05-14", "survey"),
            expect("2024-05-28", "survey"),
            expect("2024-09-03", "survey"),
            expect("2011?", "survey"),
            expect("2021-07", "released"),
            expect("2019/..", "mink"),
            expect("2024-08-09", "photograph"),
            expect("../2025-02-28", "clearance", planned=True),
            expect("2025-05", "survey", planned=True),
        ),
    ),
    Text(
        "pennocks-cider-mill",
        "cider mill's history",
        None,
        """Pennock's Mill, Ashcombe: A History

The stone-built cider mill at Ashcombe is said to have been built in 1790 for the Ashcombe
estate. Josiah Pennock, a tenant farmer, bought the mill and its eleven acres of orchard in
1836 and began pressing cider for sale at Wellbury market.

About 1860 the old horse-drawn stone mill was replaced by a cast-iron scratter, which crushed
the apples far faster. The hydraulic press installed in 1903 is still in use, pressing some
40 tonnes of apples each autumn.

A fire in 1922 destroyed the roof of the cider house, and the family rebuilt it with timbers
from a barn on the estate. Commercial production ended in 1961, when Walter Pennock, the last
of the family to run the mill, retired.

The buildings were listed Grade II in 1985. The mill stood empty until volunteers reopened it
as a working museum in 1994. Since 2019 it has been run by the Pennock Mill Trust, a registered
charity. A new visitor centre is planned to open in the spring of 2026.

The Trust's wassail is held each January on the Saturday nearest Twelfth Night, when toast
soaked in cider is hung in the oldest tree, a Kingston Black said to be 120 years old.

Opening: Wed-Sun, 11:00-16:00. Adults £6, children free. Tel. 01632 960 905.""",
        (
            expect("1790?", "built"),
            expect("1836", "bought"),
            expect("1860~", "replaced"),
            expect("1903", "press"),
            expect("1922", "fire"),
            expect("1961", "production"),
            expect("1985", "listed"),
            expect("1994", "reopen"),
            expect("2019/..", "Trust"),
        ),
    ),
    Text(
        "harnwick-barracks-closure",
        "defence minister's barracks closure statement",
        None,
        """Written Ministerial Statement
Ministry of Defence

Made on: 8 July 2025
Made by: The Secretary of State for Defence (Rt Hon Martin Acheson MP)

Defence Estate: Harnwick Barracks

Today I am announcing the closure of Harnwick Barracks, Dunmore.

The barracks, which opened in 1938, were identified as surplus to requirements in the review
of the defence estate announced in November 2016. The site will close no later than 31 March
2028.

The 2nd Battalion, the Westmarch Rifles, will move to Caldmoor Camp in 2027, where £94 million
is being invested in new single living accommodation. Since 2019 the barracks has also housed
the Signals Training Wing, which will transfer to Blandwick by the end of 2026.

Formal consultation with Dunmore Borough Council began on 2 June 2025, and I met the leader of
the council, Cllr Jean Farrant, on Monday to discuss the future of the site. Disposal of the
site is expected to begin in 2028, and the Department will work with the council to bring
forward up to 900 homes.

Some 420 service personnel and 65 civilian staff work at Harnwick. No redundancies are
expected as a result of this decision.

I will place a copy of the site plan in the Library of the House.

HCWS 214""",
        (
            expect("2025-07-08", "announc"),
            expect("1938", "opened"),
            expect("2016-11", "review"),
            expect("../2028-03-31", "close", planned=True),
            expect("2027", "move", planned=True),
            expect("2019/..", "Signals"),
            expect("../2026", "transfer", planned=True),
            expect("2025-06-02", "consultation"),
            expect("2025-07-07", "met"),
            expect("2028", "disposal", planned=True),
        ),
    ),
    Text(
        "brookfield-timetable-changes",
        "leisure centre's HTML timetable changes page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Timetable changes | Brookfield Leisure Centre</title>
<script src="/js/cookie-consent.js" defer></script>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body>
<header>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/swim">Swimming</a></li>
<li><a href="/gym">Gym</a></li><li><a href="/classes">Classes</a></li>
<li><a href="/contact">Contact</a></li>
</ul></nav>
</header>
<main>
<h1>Timetable changes</h1>
<p class="meta">Posted <time datetime="2025-09-02">2 September 2025</time> by the Centre Team</p>

<h2>Main pool closure</h2>
<p>The main pool will close from Monday 15 to Sunday 21 September for maintenance. The learner
pool stays open as usual.</p>

<h2>Sauna</h2>
<p>The sauna reopened on 1 September after repairs to the heater.</p>

<h2>Aqua-fit</h2>
<p>From 2 October, Aqua-fit moves from Tuesday to Thursday evenings, 19:00&ndash;19:45.</p>

<h2>Autumn term bookings</h2>
<p>Bookings for autumn-term swimming lessons open at 07:00 on Monday 8 September. Call
<a href="tel:01632960447">01632 960 447</a> or book online.</p>

<h2>Half-term</h2>
<p>A half-term timetable will run from 27 to 31 October, with extra family swims.</p>

<h2>Gym</h2>
<p>The gym has been open 24 hours a day since 1 July. Our new spin studio will open by the end
of November.</p>

<table class="regular">
<caption>Regular sessions (unchanged)</caption>
<tr><th>Session</th><th>Days</th><th>Time</th></tr>
<tr><td>Lane swimming</td><td>Mon&ndash;Fri</td><td>06:30&ndash;08:00</td></tr>
<tr><td>Over-60s swim</td><td>Wed</td><td>10:00&ndash;11:00</td></tr>
</table>
</main>
<footer><p>Brookfield Leisure Trust, registered charity no. 1104417 &middot; &copy; 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-09-15/2025-09-21", "pool", planned=True),
            expect("2025-09-01", "sauna"),
            expect("2025-10-02", "Aqua", planned=True),
            expect("2025-09-08", "bookings", planned=True),
            expect("2025-10-27/2025-10-31", "half-term", planned=True),
            expect("2025-07-01/..", "gym"),
            expect("../2025-11", "spin", planned=True),
        ),
    ),
    Text(
        "clough-v-dunmore-pcn",
        "parking adjudicator's appeal decision",
        None,
        """PARKING ADJUDICATION SERVICE

Case reference:      PA25/04417
Appellant:           Ms Rhian Clough
Authority:           Dunmore City Council
VRM:                 KX19 RLT
PCN number:          DN31078642
Contravention date:  14/02/2025
Contravention time:  10:42
Location:            Abbey Road, Dunmore
Penalty amount:      £70.00
Contravention:       Parked in a suspended bay or space
Decision date:       02/05/2025
Adjudicator:         Helen Marwood

Decision
The appeal is allowed.

Reasons
1. The Appellant attended a telephone hearing on 29 April 2025. The Council did not attend and
relies on its case summary.

2. The Penalty Charge Notice was issued on 14 February 2025 to the Appellant's vehicle, which
was parked in a bay in Abbey Road. The Council says that the bay was suspended from 12 to 14
February 2025 for tree work, and that a suspension notice was placed on the nearest lamp
column on or about 10 February.

3. The Appellant made representations on 3 March 2025, stating that she saw no sign. The
Council rejected them by a Notice of Rejection dated 27 March 2025, and she appealed to this
Service on 9 April 2025.

4. The Council's own photographs show the notice on a column some 40 metres from the bay, and
the Council accepts that the signs were removed by 17 February, so that I cannot inspect them.
A suspension must be adequately signed under the Traffic Signs Regulations and General
Directions 2016. I am not satisfied that it was.

5. I direct the Council to cancel the Penalty Charge Notice and to refund any sum paid no later
than 30 May 2025.

Helen Marwood
Adjudicator""",
        (
            expect("2025-04-29", "hearing"),
            expect("2025-02-14", "issued"),
            expect("2025-02-12/2025-02-14", "suspend"),
            expect("2025-02-10~", "placed"),
            expect("2025-03-03", "representations"),
            expect("2025-03-27", "reject"),
            expect("2025-04-09", "appeal"),
            expect("../2025-02-17", "removed"),
            expect("../2025-05-30", "refund", planned=True),
        ),
    ),
    Text(
        "marlowe-cooperage-history",
        "cooper's history",
        None,
        """THE MARLOWE COOPERAGE, PORT AVERLY
A short history

The Marlowes have made casks on the quay at Port Averly for nearly two centuries. Thomas
Marlowe, a journeyman cooper from Carrick, is first recorded in the town circa 1840, and set up
his own yard in Ship Lane in 1846. Family tradition holds that he finished his apprenticeship
in Carrick, perhaps in 1832.

Between 1870 and 1885, when the herring fishery was at its height, the yard employed thirty
coopers and supplied barrels to curers all along the coast. A good man could raise seventy
herring barrels a week.

In the 1920s the yard turned to beer casks for the Averly Brewery. Steam-bending machinery was
installed in 1934. In May 1941 the yard was destroyed by incendiary bombs; it was rebuilt on the
same site in 1948.

Since 1972 the cooperage has repaired and rebuilt whisky casks for the island distilleries,
handling some 1,200 casks a week. Cask No. 1846, which stands in the office, was the first to
be raised in the rebuilt yard.

In 2015 Ewan Marlowe, the sixth generation, completed his four-year apprenticeship, the first in
the family since 1979.

Visitors are welcome on weekdays by appointment: 01632 960 233.""",
        (
            expect("1840~", "recorded"),
            expect("1846", "yard"),
            expect("1832?", "apprenticeship"),
            expect("1870/1885", "suppl"),
            expect("1934", "machinery"),
            expect("1941-05", "destroyed"),
            expect("1948", "rebuilt"),
            expect("1972/..", "whisky"),
            expect("2015", "apprenticeship"),
        ),
    ),
    Text(
        "elmstead-hockey-fixtures",
        "hockey club's match calendar",
        date(2025, 10, 8),
        """ELMSTEAD HOCKEY CLUB
Men's 1st XI - Fixtures & Results, Season 2025/26
South Counties League, Division 2

Date        Opponent        H/A   Push-back   Result
Sat 20 Sep  Harrow Vale     H     14:00       W 3-1
Sat 27 Sep  Kingsmere       A     13:30       L 0-2
Sat 4 Oct   Oldbury         H     14:00       D 2-2
Sat 11 Oct  Fenwick         A     12:45
Sat 18 Oct  Tamsworth       H     14:00
Sat 10 Jan  Harrow Vale     A     13:00

All home matches at Elmstead School astro, Park Road (postcode EL4 9QP).

Club events
- Fri 5 Dec: Club dinner, The George Hotel, 19:30 for 20:00. Tickets £38 from the bar.
- The men's indoor season runs from 9 Nov to 14 Dec.

Training
Tuesdays and Thursdays, 19:30-21:00. New players always welcome.

Availability and umpiring
Please mark your availability on the club app by Wednesday evening each week; selection is
posted on Thursday night. Each side provides one umpire for home matches, and the 1st XI
captain, Ollie Baptiste, will confirm who is umpiring with the team sheet. Players who have
not paid their annual subscription of £145 cannot be selected.

Match fees: £8 adults, £4 juniors and students.
Fixtures secretary: Gareth Mills, 07700 900 214.""",
        (
            expect("2025-09-20", "Harrow Vale"),
            expect("2025-09-27", "Kingsmere"),
            expect("2025-10-04", "Oldbury"),
            expect("2025-10-11", "Fenwick", planned=True),
            expect("2025-10-18", "Tamsworth", planned=True),
            expect("2026-01-10", "Harrow Vale", planned=True),
            expect("2025-12-05", "dinner", planned=True),
            expect("2025-11-09/2025-12-14", "indoor", planned=True),
        ),
    ),
)
