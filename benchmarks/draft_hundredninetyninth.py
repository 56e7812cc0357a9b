"""The hundred-and-ninety-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its earlier test texts, in twenty styles: a
wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary (space), a government statement, an HTML
news page, a fog advisory for shipping, a darts league report, a school meals contract
release, a quarryman's notebook of the 1900s, a great crested newt pond survey, a pier's
history, a culture minister's listed buildings statement, a swimming club HTML galas page, a
charity commission inquiry report, a brickworks' history and a horticultural society's talks
programme. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, a decade, "next year", "recently") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYNINTH_CORPUS",)


HUNDREDNINETYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "bridge-hangers-cracked",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELSHAM, March 13 (Northgate News Agency) - The Alder Street bridge over the river Tane
will stay shut to cars and lorries until its repairs are finished, which engineers expect
by June 30, Velsham city council said on Thursday.

Inspectors found cracks in two of the bridge's steel hangers on Monday during a routine
check, and the council closed the crossing to all traffic the next morning.

Pedestrians and cyclists will be allowed back across on Saturday, once temporary props are
in place, council engineer Priya Halloran told reporters. "The deck itself is sound," she
said.

The contractor Brenholt Steel would begin work on March 24, the council said, at an
estimated cost of 4.2 million euros. A public meeting on the works is to be held on or about
April 2 at the Corn Exchange.

The bridge, which opened in 1911, was last strengthened in 1987 and carried about 18,000
vehicles a day before the closure. A crossing at Alder Street was first proposed in about
1896, when the old ferry could no longer cope with traffic to the mills.

Traders on both banks said the closure was the worst disruption to the city centre since the
floods of 2002. Buses on routes 7 and 19 are being diverted over the Mill Road bridge, which
is closed every Sunday night for cleaning.

(Reporting by Aoife Brannagh; Editing by Kurt Selby; tel. +44 161 496 0734)""",
        (
            expect("2025-03-10", "cracks"),
            expect("2025-03-11", "crossing", "closed"),
            expect("2025-03-15", "pedestrians", planned=True),
            expect("1911", "bridge", "opened"),
            expect("1987", "strengthened"),
            expect("1896~", "crossing", "proposed"),
            expect("2025-03-24", "work", planned=True),
            expect("2025-04-02~", "meeting", planned=True),
            expect("../2025-06-30", "repairs", planned=True),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "press release",
        date(2025, 6, 4),
        """FOR IMMEDIATE RELEASE

Corvane Batteries opens its first recycling plant in Eskerby

ESKERBY, 4 June 2025 - Corvane Batteries Ltd today opened its first battery recycling
plant, a 14,000 m2 site on the grounds of the former Eskerby ironworks. The plant has
created 85 jobs, and the company will hold an open day for residents on Saturday 21 June.

Construction of the plant began in March 2023. It will recover lithium, nickel and cobalt
from up to 12,000 tonnes of spent cells a year once it reaches full capacity, which the
company expects no later than 30 September 2026. A second line, for lithium iron phosphate
cells, is scheduled to start in January 2026.

"Eskerby made iron for a century. Now it will make the raw materials for the next one,"
said chief executive Halvard Nese.

Corvane received its environmental permit on 17 November 2022, some eighteen months after
it applied, following two rounds of public consultation.

About Corvane Batteries
Founded in 2009 in Ulvik as a maker of batteries for electric bicycles, Corvane moved into
battery packs for electric vans in 2015. It employs 640 people at three sites and is
certified to ISO 14001. Corvane is listed on the Ulvik Growth Market.

Media contact: Sigrid Aalen, press@corvane.example, +47 55 01 23 45

###""",
        (
            expect("2025-06-04", "plant", "opened"),
            expect("2023-03", "construction"),
            expect("../2026-09-30", "capacity", planned=True),
            expect("2026-01", "line", planned=True),
            expect("2022-11-17", "permit"),
            expect("2021-05~", "applied"),
            expect("2025-06-21", "open", "day", planned=True),
            expect("2009", "found"),
            expect("2015", "vans"),
        ),
    ),
    Text(
        "irrigation-contract-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND DISTRICT

HOLLOWAY FARMS, LLC, Plaintiff and Appellant,
v.
TRENT VALLEY IRRIGATION DISTRICT, Defendant and Respondent.

No. CA-2023-0418 (Super. Ct. No. 21CV-03377)
Filed February 11, 2025

OPINION

CASTELLANO, J.

Holloway Farms appeals from a summary judgment on its claim that the Trent Valley Irrigation
District breached a water delivery contract. We affirm.

I. BACKGROUND

The District has operated the Trent Valley canal system since 1952 under the Irrigation
Districts Act of 1974 and its predecessors. The parties signed the contract at issue on
April 3, 2014. It obliged the District to deliver water by May 15 of each season, subject
to a shortage allocation policy that the District's board had adopted in 2011.

The Governor declared a drought emergency on March 8, 2021. On or about June 2, 2021, the
District notified Holloway that its deliveries for the season would be cut by 40 percent.
Holloway filed suit on September 30, 2021, alleging breach of contract and of the covenant
of good faith.

The trial court granted the District's motion for summary judgment on August 14, 2023,
holding that the shortage policy was part of the contract. Holloway timely appealed, and we
heard oral argument on December 5, 2024.

II. DISCUSSION

Holloway argues that the policy could not apply to a contract signed three years after it
was adopted without express reference. The contract's paragraph 12 refers to "all rules of
the District now in force." That language is plain. (See Code Civ. Proc., section 1856.)

III. DISPOSITION

The judgment is affirmed. Respondent shall recover its costs on appeal.

We concur: OKONJO, P. J.; LEHTINEN, J.""",
        (
            expect("1952/..", "canal"),
            expect("2014-04-03", "contract", "signed"),
            expect("2011", "policy"),
            expect("2021-03-08", "drought"),
            expect("2021-06-02~", "notified"),
            expect("2021-09-30", "suit"),
            expect("2023-08-14", "summary", "judgment"),
            expect("2024-12-05", "argument"),
        ),
    ),
    Text(
        "kellmoor-history",
        "encyclopedia history",
        None,
        """Kellmoor

Kellmoor is a market town and civil parish in the Ousedale district, on the north bank of
the river Kell. Its population at the last census was 11,840.

History

A settlement at Kellmoor is first recorded c. 1086, when it was held by the lords of
Ravensby. The Cistercian abbey of St Mary de Kell was founded around 1150 a mile upstream;
its ruins are in the care of a national trust. The town received a charter for a weekly
market in 1253, and the parish church of St Oswald was rebuilt between 1420 and 1436 with
money from the wool trade.

The Kell Navigation canal reached the town in 1794, and the railway followed in 1858, with a
station on the Ravensby branch. The town hall, in an Italianate style, was built in 1871 on
the site of the old market cross. By the end of the century three tanneries and a flax mill
employed most of the working population.

The branch line closed to passengers in 1964, and the station was demolished two years
later to make way for a supermarket. Kellmoor has been twinned with Saint-Arlon in France
since 1998.

See also
- List of market towns in Ousedale
- Kell Navigation

References
1. Ousedale Record Office, DD/KEL/1253.
2. Harker, J. (2003). Kellmoor: A Town History, pp. 14-19.""",
        (
            expect("1086~", "settlement", "recorded"),
            expect("1150~", "abbey", "found"),
            expect("1253", "charter"),
            expect("1420/1436", "church", "rebuilt"),
            expect("1794", "canal"),
            expect("1858", "railway"),
            expect("1871", "town", "hall"),
            expect("1964", "closed"),
            expect("1966", "station", "demolished"),
            expect("1998/..", "twinned"),
        ),
    ),
    Text(
        "rovers-beat-leaders",
        "sports report",
        date(2024, 9, 17),
        """Rovers stun leaders to reach the quarter-finals

By Dana Whitcombe | Tuesday 17 September 2024

Ashby Rovers knocked league leaders Fenwick Town out of the County Challenge Cup with a 2-1
win at Quarry Lane on Monday night, a first win over their neighbours since 2013.

Striker Kofi Amankwah, signed from Harlow in July, put Rovers ahead after 11 minutes with a
low shot from the edge of the box. Fenwick levelled through Sam Okoro just before half-time,
but Amankwah headed the winner from a corner in the 78th minute. A crowd of 2,011, the
biggest at Quarry Lane this season, stayed on to applaud the players off.

Fenwick, who had gone 14 matches unbeaten, finished with ten men after Joe Pardew was sent
off for a second yellow card.

The quarter-final draw will be made on Thursday, and the ties are due to be played on
October 15. Before then Rovers travel to Dunmore in the league on Saturday.

Rovers reached the quarter-finals in 2006 and again in 2010, but have never gone further.
Manager Ellis Brand, in charge since 2019, said: "We train on Tuesdays and Thursdays like
everyone else. Tonight we looked like a team that believes."

Ashby Rovers: Hale; Brook, Mensah, Tully, Vance; Cole, Dyer (Price 70), Oakes; Lyle, Amankwah,
Fry. Fenwick Town: Boateng; Marsh, Pardew, Quinn, Reid; Okoro, Simms, Tate; Ward, Yates,
Zeller (Ibe 64).""",
        (
            expect("2024-09-16", "rovers", "win"),
            expect("2024-07", "amankwah", "signed"),
            expect("2006", "quarter"),
            expect("2010", "quarter"),
            expect("2019/..", "brand"),
            expect("2024-09-19", "draw", planned=True),
            expect("2024-10-15", "ties", planned=True),
            expect("2024-09-21", "dunmore", planned=True),
        ),
    ),
    Text(
        "pellows-biscuits-history",
        "company history",
        None,
        """Our story | Pellow's Biscuits of Tremain

Thomas Pellow opened a bakery on Fore Street, Tremain, in 1887, selling bread and saffron
buns to fishermen's families. His son Arthur began baking ship's biscuits for the Navy
around 1905, and soon the biscuits outsold the bread.

The firm moved to a purpose-built factory on Wharf Road in 1923, and the following year it
launched the Tremain Crumble, which is still our best-seller. On the night of 9 March 1941
a fire destroyed the factory's ovens; production resumed at a borrowed chapel hall in May,
and the Wharf Road site was rebuilt after the war.

The Pellow family sold the business to Carrow Foods in 1978. When Carrow decided to close
the Tremain line, Arthur's granddaughter Ruth Pellow led a management buy-out and bought
the company back in 1994.

Since 2016 all our wheat has come from farms within 40 miles of the bakery, and we aim to
be carbon neutral by 2030. Every December we bake a Christmas batch to the 1887 recipe and
give the proceeds to the Tremain lifeboat.

Today 210 people work at Wharf Road, and our biscuits are sold in 14 countries.

Pellow's Biscuits Ltd, Wharf Road, Tremain TR9 4PB | Company No. 00187923""",
        (
            expect("1887", "bakery", "opened"),
            expect("1905~", "biscuits", "navy"),
            expect("1923", "factory", "moved"),
            expect("1924", "crumble", "launch"),
            expect("1941-03-09", "fire"),
            expect("1941-05", "production", "resumed"),
            expect("1978", "sold"),
            expect("1994", "bought"),
            expect("2016/..", "wheat"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "heron-3-mission",
        "mission summary",
        None,
        """MISSION SUMMARY: HERON-3

Agency: Nordic Space Office (NSO)
Type: atmospheric limb-sounding satellite
Orbit: sun-synchronous, 812 km, 10:30 descending node
Status: operational (extended mission)
On-board software: version 2.14

Heron-3 was launched on 14 August 2019 at 06:32 UTC on a Vega-class rocket from the
Kessfjord range. After three orbit-raising burns it reached its operational orbit on
2 September, and first light from the limb sounder was obtained on or about 20 September.
Routine science began in November, after calibration.

The satellite measures ozone, water vapour and aerosol profiles between 10 and 60 km. Its
data are delivered to users within three hours and archived in the NSO Atmosphere Portal.

One of the four reaction wheels failed in 2021, and the mission switched to a two-wheel
attitude mode the following March. Pointing accuracy has been slightly reduced since then,
but the science return is unaffected.

The mission, extended in June 2023, is to end on 31 December 2026. The satellite will then
be lowered to a 450 km orbit and is expected to re-enter the atmosphere in about 2031.

Principal investigator: Dr Liv Sandmo, University of Trondvik.
Data policy: open, CC BY 4.0.""",
        (
            expect("2019-08-14", "launch"),
            expect("2019-09-02", "orbit"),
            expect("2019-09-20~", "first", "light"),
            expect("2019-11", "science"),
            expect("2021", "wheel", "failed"),
            expect("2022-03", "two-wheel"),
            expect("2023-06", "extended"),
            expect("2026-12-31", "end", planned=True),
            expect("2031~", "re-enter", planned=True),
        ),
    ),
    Text(
        "floods-recovery-fund",
        "government statement",
        date(2025, 1, 22),
        """MINISTRY OF REGIONAL AFFAIRS
Press Office | Statement | 22 January 2025

Minister announces Northern Floods Recovery Fund

The Minister for Regional Affairs, Ilse Verhoeven, today announced a recovery fund of 60
million euros for households and businesses hit by the floods of 27-29 December 2024.

The government declared a state of emergency in the three northern provinces on
28 December, and emergency grants of up to 2,000 euros had been paid to 4,300 households by
15 January 2025.

Applications to the fund will open on Monday 3 February and must be submitted no later than
31 March. The first payments are expected in April. Businesses may apply for up to 150,000
euros to repair premises and replace equipment.

"No family should have to choose between repairing its home and paying its bills," the
Minister said. "This fund is there so that they do not have to."

The Minister will visit the town of Kessel, where the river Arn burst its banks, on Friday,
and will meet the mayors of the affected municipalities. The floods were the worst in the
region since 1953.

Notes for editors
1. The fund is administered by the Regional Development Agency under Decree 2025/14.
2. Guidance for applicants: www.regional-affairs.example/floodfund
3. Media enquiries: +31 70 555 0182 (weekdays 9:00-17:00)""",
        (
            expect("2025-01-22", "fund", "announced"),
            expect("2024-12-27/2024-12-29", "floods"),
            expect("2024-12-28", "emergency"),
            expect("../2025-01-15", "grants"),
            expect("2025-02-03", "applications", "open", planned=True),
            expect("../2025-03-31", "applications", planned=True),
            expect("2025-04", "payments", planned=True),
            expect("2025-01-24", "visit", "kessel", planned=True),
        ),
    ),
    Text(
        "library-reopens-html",
        "HTML news page",
        date(2025, 5, 8),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Central library reopens after £3.1m makeover | Brackford Echo</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Local</nav>
<article>
<h1>Central library reopens after £3.1m makeover</h1>
<p class="byline">By Nadia Corbett, Local Democracy Reporter ·
<time datetime="2025-05-08T07:15">Thursday 8 May 2025</time></p>
<p>Brackford Central Library reopened yesterday after an 18-month refurbishment, with a
queue of readers stretching along Victoria Street before the doors opened at 9am.</p>
<p>A café run by the social enterprise Second Chapter will open on 19 May, and the library
will host author events from 2 to 6 June as part of the Brackford Book Festival.</p>
<p>The Grade II listed building closed in October 2023. The council's cabinet had approved
the £3.1m scheme in February 2023, after the roof was found to be leaking into the
reading room.</p>
<p>Built in 1934 to designs by the architect Maud Ferrer, the library was listed in 1989.
The works have restored its original parquet floors and added a lift.</p>
<p>"It's been worth the wait," said Ellen Pryce, 82, who has borrowed books here every
Saturday for sixty years.</p>
<figure><img src="/img/library-queue.jpg" alt="Readers queue outside the library">
<figcaption>Readers queue on Victoria Street. Photo: Brackford Echo</figcaption></figure>
</article>
<footer><p>© 2025 Brackford Echo · 14 Market Row, Brackford BK1 2AA</p></footer>
</body>
</html>""",
        (
            expect("2025-05-07", "library", "reopened"),
            expect("2023-10", "closed"),
            expect("2023-02", "scheme", "approved"),
            expect("1934", "built"),
            expect("1989", "listed"),
            expect("2025-05-19", "café", planned=True),
            expect("2025-06-02/2025-06-06", "author", "events", planned=True),
        ),
    ),
    Text(
        "skerrow-fog-advisory",
        "fog advisory for shipping",
        date(2024, 11, 20),
        """MARITIME SAFETY INFORMATION
FOG ADVISORY FA 24/117
Issued by Skerrow Coastal Watch Centre at 0540 UTC Wednesday 20 November 2024
This advisory replaces FA 24/116, which is cancelled.

1. Area: Skerrow Approaches, Harnoy Sound and the inner harbour, north of 57 10N.

2. Situation: Dense fog formed over the Skerrow Approaches late on Tuesday 19 November and
has spread into Harnoy Sound. Visibility is below 200 metres and locally below 50 metres.

3. Restrictions: One-way traffic in the Harnoy Sound channel has been in force since
0300 UTC today. Pilot boarding at the outer station is suspended. Vessels over 150 m LOA are
to anchor in Area B and report to Skerrow VTS on VHF channel 14.

4. Forecast: The fog is expected to clear by noon on Thursday as a south-westerly wind
freshens. Patches of fog are likely to return on Saturday.

5. Aids to navigation: Skerrow SW light buoy (Q(6)+LFl 15s) has been unlit since
16 November. Repairs are scheduled for 25 November. Mariners are to navigate with caution.

6. Skerrow VTS broadcasts navigational warnings every four hours on channel 16 and at 0000,
0400, 0800, 1200, 1600 and 2000 UTC.

Contact: Skerrow VTS, tel. +47 77 60 20 24, vts@skerrow-cwc.example
END OF ADVISORY""",
        (
            expect("2024-11-19", "fog", "formed"),
            expect("2024-11-20/..", "one-way", "traffic"),
            expect("../2024-11-21", "fog", "clear", planned=True),
            expect("2024-11-23", "fog", "return", planned=True),
            expect("2024-11-16/..", "buoy", "unlit"),
            expect("2024-11-25", "repairs", planned=True),
        ),
    ),
    Text(
        "tarnside-darts-report",
        "darts league report",
        date(2025, 2, 27),
        """TARNSIDE & DISTRICT DARTS LEAGUE
Division One - Week 18 report (fixtures played Tuesday night)

The Plough A went top of Division One on Tuesday with a 7-2 win at the Feathers, and now
lead the Railway Tavern on legs difference with four matches left. Steve "Chalky" Whitlow
hit three 180s and took out a 121 checkout to clinch the last leg.

The Cricketers withdrew from the league on 3 February, after losing their room at the pub.
Their results have been expunged and the table below has been adjusted.

The singles knockout final will be played on or about 4 April at the Legion club, and the
annual presentation night is to be held there on Saturday 10 May. The AGM will take place
on 19 June in the Plough's function room.

Railway Tavern were held 5-5 by the Bell, whose captain Donna Faulds threw the league's
first nine-darter since 2009 in her opening leg. Well done Donna!

Fixtures are played every Tuesday and Thursday at 8pm prompt; captains please phone
results through to the secretary by 11pm.

The league, founded in 1962, is looking for new teams for next season. Contact league
secretary Bev Ormond, who has held the post since 2011, on 07700 900461.

                P   W   D   L   Pts
Plough A       18  13   2   3   28
Railway Tav.   18  13   2   3   28
The Bell       18  11   4   3   26
Feathers       18   8   1   9   17
Plough B       18   3   1  14    7""",
        (
            expect("2025-02-25", "plough", "win"),
            expect("2025-02-03", "cricketers", "withdrew"),
            expect("2025-04-04~", "final", planned=True),
            expect("2025-05-10", "presentation", planned=True),
            expect("2025-06-19", "agm", planned=True),
            expect("1962", "league", "found"),
            expect("2011/..", "ormond"),
        ),
    ),
    Text(
        "school-meals-contract",
        "school meals contract release",
        None,
        """Fairholme County Council - News release
Release date: 3 March 2025
Ref: FCC/PR/25/031

New school meals contract awarded to local caterer

Fairholme County Council has awarded its school meals contract to Harrowgate Kitchens, a
Fairholme-based catering company, following a competitive tender.

The council's cabinet approved the award at its meeting on 26 February. Pupil panels in
twelve schools will taste the new menus from 10 to 14 March, before the current contract,
held by a national caterer, expires on 31 March. The new contract, worth £48 million, will
run from 1 April 2025 to 31 March 2030 and covers some 14,000 meals a day in 162 primary
and special schools.

The tender was advertised in July 2024, and bids closed on 30 September, with six
companies taking part. Harrowgate scored highest on quality, local sourcing and price.
Under the contract, all meals must meet the council's new healthy-food standard no later
than September 2026.

Cllr Mohan Raikes, cabinet member for children's services, said: "Every primary pupil in
Fairholme has been entitled to a free hot lunch since 2023. This contract makes sure that
lunch is fresh, local and something they want to eat."

Notes to editors
1. Meals will continue to cost parents of secondary pupils £2.45 a day.
2. Harrowgate Kitchens was founded in Fairholme and employs 310 people.
3. Media enquiries: press@fairholme.example, 01632 960 245.""",
        (
            expect("2025-02-26", "award", "approved"),
            expect("2025-04-01/2030-03-31", "contract", planned=True),
            expect("2025-03-31", "expires", planned=True),
            expect("2024-07", "tender", "advertised"),
            expect("2024-09-30", "bids", "closed"),
            expect("2025-03-10/2025-03-14", "menus", planned=True),
            expect("../2026-09", "standard", planned=True),
            expect("2023/..", "lunch"),
        ),
    ),
    Text(
        "quarryman-notebook-1907",
        "quarryman's notebook of the 1900s",
        None,
        """Note book of Jas. Tregarth, Penhallow Quarry. 1907.

Jan. 14. Opened new face at east end, No. 3 gallery. Two shots, 40 lb. powder. Good
clean stone.

Feb. 11. Crane chain broke on the big block. Wm. Penrose crushed his hand and was sent
home. Block No. 1906 for Truro finished and marked.

Apr. 6. Mr Hocking the agent says the Company means to sink a new pit about Michaelmas,
and the new crusher to come by Lady Day next.

May 20. Father died at 4 this morning, aged 71 years. Not at work.

May 24. Buried him at Lanivet in the new ground. All the gang came.

Paid as usual Saturday, 18s.

Oct. 21. New pit begun at last, three weeks behind. Wet all week.

1908.

Jan. 6. Started at Carn quarry under Mr Hocking, 4s. a day and a house. Old Tom Rowe
says the Carn engine house was put up about 1868, and it looks it.""",
        (
            expect("1907-01-14", "face", "opened"),
            expect("1907-02-11", "chain", "broke"),
            expect("1907-09-29~", "pit", planned=True),
            expect("../1908-03-25", "crusher", planned=True),
            expect("1868~", "engine", "house"),
            expect("1907-05-20", "father", "died"),
            expect("1907-05-24", "buried"),
            expect("1907-10-21", "pit", "begun"),
            expect("1908-01-06", "carn"),
        ),
    ),
    Text(
        "hollin-farm-newt-survey",
        "great crested newt pond survey",
        None,
        """HOLLIN FARM, SEDGEBURY: GREAT CRESTED NEWT SURVEY REPORT
Client: Sedgebury Homes Ltd | Report ref. EC-2291 | Version 2.0 | Author: R. Achebe MCIEEM
Grid reference: SP 2019 4471

1. Summary
Great crested newts (Triturus cristatus) are present in two of the three ponds within 250 m
of the proposed development. A mitigation licence will be needed before works begin.

2. Methods
Water samples from all three ponds were collected for environmental DNA (eDNA) analysis on
18 April 2024. Torchlight surveys and bottle trapping followed on 24 April, 2 May and
15 May, in suitable conditions (air temperature above 5 C, no heavy rain), in line with
the standard survey guidelines.

3. Results
Pond P1 (HSI 0.71, "good") returned a positive eDNA result and a peak torchlight count of
7 adults. Pond P2 was positive, with 2 adults. Pond P3, dug in about 2010 according to the
landowner, was negative and held fish. A survey by another consultancy in 2016 had recorded
great crested newts in P1 only.

4. Recommendations
A licence application will be submitted to Natural England before 31 July 2024. Site
clearance is scheduled to start in November 2024, under licence, with amphibian fencing
and a compensation pond to the north of P2.

5. Limitations
eDNA results show presence at the time of sampling only. Survey data are normally
considered valid for two survey seasons.""",
        (
            expect("2024-04-18", "edna"),
            expect("2024-04-24", "survey"),
            expect("2024-05-02", "survey"),
            expect("2024-05-15", "survey"),
            expect("2010~", "pond", "dug"),
            expect("2016", "survey"),
            expect("../2024-07-31", "licence", planned=True),
            expect("2024-11", "clearance", planned=True),
        ),
    ),
    Text(
        "saltwick-pier-history",
        "pier's history",
        None,
        """Saltwick Pier: a history

The idea of a pleasure pier at Saltwick was first raised in about 1862 by a group of hotel
owners on the Esplanade. The Saltwick Pier Company was formed in 1865 with a capital of
£12,000, and the iron pier, 1,869 feet long, was opened on 12 July 1869 by the Mayor,
Alderman George Pike.

The great storm of 14-15 January 1907 swept away the seaward end, with the landing stage
used by the paddle steamers; it was rebuilt the following year to a new design by the
engineer Edith Carrow.

In 1940 the pier was closed and a section of the deck removed, to stop it being used as a
landing place in an invasion. It reopened on 1 June 1948 after repairs paid for by the
town's war damage claim.

The domed pier-head pavilion burned down in 1976 and was never replaced, and visitor
numbers fell sharply. The borough council later bought the pier for a nominal £1.

Since 2011 the pier has been run by the Saltwick Pier Trust, a charity staffed mostly by
volunteers. After the deck was closed for safety, a £6.5m restoration is under way, and
the pier is due to reopen to the public no later than 1 May 2026.

Saltwick Pier Trust, Registered Charity No. 1143869.""",
        (
            expect("1862~", "pier", "idea"),
            expect("1865", "company", "formed"),
            expect("1869-07-12", "pier", "opened"),
            expect("1907-01-14/1907-01-15", "storm"),
            expect("1908", "rebuilt"),
            expect("1940", "closed"),
            expect("1948-06-01", "reopened"),
            expect("1976", "pavilion", "burned"),
            expect("2011/..", "trust"),
            expect("../2026-05-01", "reopen", planned=True),
        ),
    ),
    Text(
        "listing-decisions-statement",
        "culture minister's listed buildings statement",
        date(2025, 4, 16),
        """Written Ministerial Statement
Department for Culture and Heritage
Listing decisions: April 2025
Made by: The Minister for Culture and Heritage (Rhiannon Askew MP)
Statement UIN HCWS512

The public consultation on this round of cases closed on 7 March, and I have now
considered all 2,300 responses with the advice of the Heritage Advisory Board.

Today I have decided to add the former Dunmore Co-operative Stores, Station Road, Dunmore,
to the National Heritage List at Grade II. The stores were built in 1908 for the Dunmore
Industrial Co-operative Society and keep their original mahogany shop fittings, which are
rare survivals.

I have also listed the Kestrel Bus Garage in Harbrook, built between 1952 and 1954, whose
shell-concrete roof was one of the largest of its date, and Hadley Water Tower, erected
c. 1885, at Grade II.

I have decided not to list the Riverside Cinema, Langport. It opened in 1936 but was
subdivided into three screens in 1971, and little of its interior survives. I recognise
the strength of local feeling about the building.

Decisions are taken under section 1 of the Planning (Listed Buildings and Conservation
Areas) Act 1990. Owners may ask for a review within 28 days.

My department will publish revised guidance on the listing of post-war buildings by
30 September 2025, following the review announced last year.""",
        (
            expect("2025-04-16", "stores", "list"),
            expect("1908", "stores", "built"),
            expect("1952/1954", "garage", "built"),
            expect("1885~", "water", "tower"),
            expect("1936", "cinema", "opened"),
            expect("1971", "subdivided"),
            expect("2025-03-07", "consultation", "closed"),
            expect("../2025-09-30", "guidance", planned=True),
        ),
    ),
    Text(
        "kingsmere-galas-html",
        "swimming club HTML galas page",
        date(2025, 5, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Galas &amp; Competitions | Kingsmere Otters Swimming Club</title></head>
<body>
<header><h1>Kingsmere Otters SC</h1><p>Founded 1923 · Affiliated club</p></header>
<main>
<h2>Galas &amp; Competitions 2025</h2>
<p><em>Page updated Tuesday 20 May 2025</em></p>
<h3>Coming up</h3>
<ul>
<li><strong>Saturday 14 June</strong> - Mid-Counties Open Meet, Kingsmere Leisure Pool.
Entry forms and fees must reach the gala secretary by 30 May.</li>
<li><strong>Sunday 6 July</strong> - Club Championships (50m and 100m events, all
ages). Warm-up 8.30am.</li>
<li><strong>12-13 July</strong> - County Long Course Championships, Harbrook Aquatics
Centre (qualifiers only).</li>
</ul>
<h3>Recent results</h3>
<p>New club record: Ava Lindqvist swam the 100m backstroke in 1:04.21 on 22 March,
beating a record that had stood for nine years.</p>
<p>At the Spring Sprint Gala on 10 May our swimmers won 14 medals, our best haul at a
sprint meet since 2012. Congratulations to everyone who took part!</p>
<h3>Training</h3>
<p>Competitive squads train every Monday and Wednesday from 6pm. Parents, please check
Team Unify for gala selections.</p>
</main>
<footer><p>Kingsmere Otters SC · Gala secretary: Joanne Beale ·
galas@kingsmereotters.example</p></footer>
</body>
</html>""",
        (
            expect("2025-06-14", "open", "meet", planned=True),
            expect("../2025-05-30", "entry", planned=True),
            expect("2025-07-06", "club", "championships", planned=True),
            expect("2025-07-12/2025-07-13", "county", planned=True),
            expect("2025-05-10", "medals"),
            expect("2025-03-22", "record"),
            expect("1923", "found"),
        ),
    ),
    Text(
        "moorcroft-friends-inquiry",
        "charity commission inquiry report",
        None,
        """Charity Commission for England and Wales
Inquiry report: The Friends of Moorcroft Hospice
Registered charity number: 1098765
Published 9 October 2024

A statement of the results of an inquiry into The Friends of Moorcroft Hospice.

The charity
The charity was registered on 3 May 1996. Its object is to raise funds for the Moorcroft
Hospice in Westhaven. Its annual income is about £200,000.

Background
The charity's accounts for 2019-20 were filed on 17 June 2021, more than 200 days late,
and showed payments to a company connected to the then treasurer. The Commission opened a
statutory inquiry under section 46 of the Charities Act 2011 on 14 February 2022.

Findings
The inquiry found that about £86,000 had been transferred from the charity's accounts to
the connected company without the other trustees' knowledge. The first transfer was made
on or about 12 March 2019; the last, in November 2020.

The Commission appointed an interim manager on 2 August 2022 to take control of the
charity's funds, and removed the treasurer as a trustee by an Order dated 9 January 2023.
The matter was referred to Westhaven Police. The inquiry closed on 30 May 2024.

Outcome
The trustees have resolved to wind the charity up. Its remaining assets are to be
transferred to Moorcroft Hospice by 31 December 2024.

Regulatory issues
Trustees must ensure that conflicts of interest are declared and managed. See our guidance
CC29 and CC8.""",
        (
            expect("1996-05-03", "registered"),
            expect("2021-06-17", "accounts", "filed"),
            expect("2022-02-14", "inquiry", "opened"),
            expect("2019-03-12~", "first", "transfer"),
            expect("2020-11", "last", "transfer"),
            expect("2022-08-02", "interim", "manager"),
            expect("2023-01-09", "treasurer", "removed"),
            expect("2024-05-30", "inquiry", "closed"),
            expect("../2024-12-31", "assets", planned=True),
        ),
    ),
    Text(
        "kilnhurst-brickworks-history",
        "brickworks' history",
        None,
        """Kilnhurst Brickworks: a short history
Kilnhurst Local History Society - Occasional Paper No. 11

The brickworks at Kilnhurst was founded by Joseph Arden, a builder from Doncaster, in 1851,
on a bed of Coal Measures shale beside the canal. Its bricks, stamped ARDEN in the frog,
are still found in terraces all over the district.

The works' Hoffmann kiln, with 16 chambers, is said to have been built in 1874, though the
date is uncertain and no plans survive. A railway siding to the main line was opened in
1882, and the works then sent bricks as far as Hull. Arden's brick press, made under patent
No. 1879, could turn out 20,000 bricks a day.

In 1912 the brickmakers struck from 3 to 21 June for a rise of a penny an hour, and won it.
The Arden family sold the works to Consolidated Clay Products in 1936.

Demand fell after the war, and the works closed in 1980. Its 150-foot chimney, a landmark
for boatmen on the canal, was demolished on 17 October 1981 before a crowd of several
hundred people.

The clay pits have been a nature reserve since 1995, managed by the county wildlife trust.
Great crested newts and sand martins breed there.

Sources: Kilnhurst census returns; Arden & Co. letter books (Doncaster Archives, DD/AR);
recorded recollections of former workers.""",
        (
            expect("1851", "brickworks", "found"),
            expect("1874?", "kiln"),
            expect("1882", "siding"),
            expect("1912-06-03/1912-06-21", "struck"),
            expect("1936", "sold"),
            expect("1980", "works", "closed"),
            expect("1981-10-17", "chimney", "demolished"),
            expect("1995/..", "nature", "reserve"),
        ),
    ),
    Text(
        "bramley-vale-talks",
        "horticultural society's talks programme",
        date(2025, 8, 28),
        """BRAMLEY VALE HORTICULTURAL SOCIETY
Talks Programme 2025-26

All talks begin at 7.30pm in Bramley Village Hall, Church Lane. Members free, visitors £3.
Meetings are held on the second Tuesday of each month. Tea, coffee and plant sales.
Subscriptions for 2025-26 (£12 single, £18 joint) are due by 30 September. Please pay
the treasurer, Alan Birch, at any meeting, or by bank transfer (sort code 40-12-76).

2025

Tuesday 9 September - "Salvias for Dry Gardens". Helen Marsh of Marsh Nurseries on the
plants that survived this summer's drought.

Tuesday 14 October - "Old Apple Varieties of the Marches". Dr Ken Hollis brings samples
to taste, so bring a knife!

Tuesday 11 November - Annual General Meeting, followed by members' photographs of the
year.

December - no talk. Christmas social and raffle on Saturday 6 December, 7pm.

2026

Tuesday 13 January - "Snowdrops and Winter Aconites". Rosemary Vane, who holds a
National Collection of 240 snowdrop cultivars.

Our Spring Show returns on Saturday 18 April, with classes for daffodils, tulips, floral
art and children's miniature gardens.

The Society was founded in 1946 and is affiliated to the Royal Horticultural Society.
Programme secretary: Pam Okoye, 01632 960 733.""",
        (
            expect("2025-09-09", "salvias", planned=True),
            expect("2025-10-14", "apple", planned=True),
            expect("2025-11-11", "general", "meeting", planned=True),
            expect("2025-12-06", "christmas", planned=True),
            expect("2026-01-13", "snowdrops", planned=True),
            expect("2026-04-18", "spring", "show", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("1946", "society", "found"),
        ),
    ),
)
