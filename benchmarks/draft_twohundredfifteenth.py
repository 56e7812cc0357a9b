"""The two-hundred-and-fifteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a power grid operator's
outage updates, a triathlon report, a desalination plant press release, an emigrant's letters of
the 1880s, an otter survey report, a tannery's history, a culture minister's heritage funding
statement, a museum's HTML gallery refurbishment page, a food hygiene rating appeal decision, a
saddler's history and a table tennis league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTEENTH_CORPUS",)


TWOHUNDREDFIFTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "halvik-dock-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVIK, Oct 9 (Northgate News) - Dockworkers at the port of Halvik ended a nine-day
strike on Tuesday after the Karsten Port Authority agreed to raise their pay by 6.5 percent
over two years, the Transport Workers' Union said. Cranes at the main container terminal
restarted shortly after 6 a.m. on Wednesday.

The walkout began on Sept. 30 in a dispute over shift patterns and the automation of two
berths, and at its peak left more than 40 ships anchored off the harbour mouth.

Union members will vote on the agreement on Friday. Union secretary Mette Ravnholt said she
expected it to pass "by a wide margin", adding that the automation question would be handed
to a joint committee.

The port authority said it expected to clear the backlog of waiting ships by Oct. 20 and
would run extra night shifts until then. Shipping lines have been charging surcharges of up
to 350 crowns per container on cargo bound for Halvik.

Container volumes at Halvik fell 11 percent in September from a year earlier, the steepest
monthly drop since 2009, according to figures from the port authority.

The port, which was privatised in 1998, handles about 2.4 million containers a year and
employs 2,150 people directly. Its last strike, in 2016, lasted three weeks and cost
shipping lines an estimated 190 million crowns.

(Reporting by Jonas Ekdahl; Editing by Clare Munro)""",
        (
            expect("2024-10-08", "strike", "end"),
            expect("2024-10-09", "cranes", "restart"),
            expect("2024-09-30", "walkout"),
            expect("2024-10-11", "vote", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("2024-09", "volumes"),
            expect("1998", "privatised"),
            expect("2016", "strike"),
        ),
    ),
    Text(
        "vellacourt-brackwater-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Vellacourt Foods completes acquisition of Brackwater Dairies

LEEDS, 2 April 2025 -- Vellacourt Foods plc (LSE: VLCF), the British maker of chilled
foods, today completed its acquisition of Brackwater Dairies Ltd, the Cumbrian cheese and
butter producer, for GBP 86 million in cash. It is the largest deal in the UK dairy sector
since 2015.

The agreement was first announced on 11 December 2024 and was cleared by the Competition
and Markets Board on 18 March, after a review of the two companies' overlap in regional
butter sales.

Brackwater was founded in 1931 by the farmer Edith Moss as a cooperative of eleven dairy
farms and today processes 140 million litres of milk a year at its plant in Lisk. Its 412
employees transfer to Vellacourt on their current terms.

"Brackwater's cheeses have been on our shelves since 2006, so we know exactly what we are
buying," said Graham Oduya, chief executive of Vellacourt. "Lisk will be the centre of our
cheese business."

Vellacourt expects to bring the two companies' distribution networks together by the end of
2025. A new soft-cheese line at Lisk is scheduled to start production in September 2025,
creating 35 jobs.

Vellacourt will publish its full-year results on 22 May 2025.

-ENDS-

Notes to editors
About Vellacourt Foods: Founded in Leeds in 1887, Vellacourt Foods employs 6,300 people at
14 sites in the UK and Ireland. The company has operated in Ireland since 2019.

Media contact: Priya Lennox, +44 113 496 0718, press@vellacourt.example""",
        (
            expect("2025-04-02", "acquisition", "complete"),
            expect("2024-12-11", "announced"),
            expect("2025-03-18", "cleared"),
            expect("1931", "brackwater", "founded"),
            expect("2006/..", "cheeses"),
            expect("../2025", "distribution", planned=True),
            expect("2025-09", "production", planned=True),
            expect("2025-05-22", "results", planned=True),
            expect("1887", "founded"),
            expect("2019/..", "ireland"),
        ),
    ),
    Text(
        "harlan-outfitters-v-cedar-pointe",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
DIVISION TWO

No. 22-1187

HARLAN OUTFITTERS, LLC, Plaintiff-Appellant,
v.
CEDAR POINTE PLAZA ASSOCIATES, Defendant-Appellee.

Appeal from the Superior Court for Ashby County, Hon. Ruth Okafor, Judge.
Argued November 7, 2023. Filed January 16, 2024.

OPINION

MARQUEZ, J.

Harlan Outfitters, LLC ("Harlan") appeals the summary judgment entered against it on its
claim that its landlord, Cedar Pointe Plaza Associates ("Cedar Pointe"), wrongfully
terminated a commercial lease. We reverse and remand.

I. BACKGROUND

On or about June 3, 2019, Harlan signed a five-year lease of a 4,200-square-foot retail unit
at the Cedar Pointe Plaza shopping center. The term ran from July 1, 2019 to June 30, 2024,
at a monthly rent of $9,450. Section 14.2 of the lease permitted termination for nonpayment
only after written notice and a 30-day opportunity to cure.

Harlan paid no rent for April, May and June 2020, while its store was closed under the
Governor's emergency order. On August 14, 2020, Cedar Pointe terminated the lease by letter,
without giving the notice required by Section 14.2. On September 2, 2020, Harlan tendered
the full arrears by cashier's check, which Cedar Pointe returned uncashed. Harlan vacated
the unit on or about October 1, 2020.

Harlan filed this action on February 2, 2021, alleging breach of contract and seeking
damages of $412,000. The trial court granted summary judgment to Cedar Pointe on March 30,
2022, holding that Harlan's default excused the notice requirement. Harlan timely appealed
on April 12, 2022.

II. DISCUSSION

We review a grant of summary judgment de novo. Kessler v. Dunmore Holdings, 211 Wm. App.
4th 332, 340 (2017). Under the Commercial Tenancy Act of 1987, a notice-and-cure clause is
a condition precedent to termination, and a landlord who ignores it does so at its peril.
See Orchard Land Co. v. Baptiste, 188 Wm. App. 4th 90 (2009).""",
        (
            expect("2019-06-03~", "lease", "sign"),
            expect("2019-07-01/2024-06-30", "term"),
            expect("2020-08-14", "terminat"),
            expect("2020-09-02", "tender"),
            expect("2020-10-01~", "vacat"),
            expect("2021-02-02", "filed"),
            expect("2022-03-30", "judgment"),
            expect("2022-04-12", "appeal"),
        ),
    ),
    Text(
        "kessmoor-abbey",
        "encyclopedia history",
        None,
        """Kessmoor Abbey

Kessmoor Abbey is a ruined Cistercian abbey beside the River Ure near the village of
Kessmoor in the Hallow Dales. Its nave, 64 metres long, is among the longest of any
Cistercian church in the region.

History

The community was possibly founded in 1147, when monks from Saint-Ardon are recorded at a
grange near the river; the foundation charter does not survive. The abbey church was built
around 1190, and the chapter house and cloister followed over the next half-century.

The Black Death reached the abbey in 1349, and by 1381 only nine monks remained. The abbey
was dissolved in 1539, and the following year the estate was granted to Sir Thomas
Wrayburn, who stripped the lead from the roofs and built a house in the west range.

A fire in 1712 destroyed the Wrayburn house. The ruins were consolidated between 1868 and
1871 by the architect Henry Lusk, whose iron ties can still be seen in the crossing. In the
1920s the site became popular with painters of the Dales school.

Kessmoor was designated a scheduled monument in 1952. Since 1987 the abbey has been in the
care of the Kessmoor Abbey Trust, which opened a visitor centre in 2003. The site receives
about 41,000 visitors a year.

See also
- Cistercian houses of the Hallow Dales
- Wrayburn baronets

References
- Brandt, E. (1998). The Cistercians of the Hallow Dales. Ripon: Fellgate Press.
- Lusk, H. (1872). Report on the Repair of Kessmoor Abbey.""",
        (
            expect("1147?", "founded"),
            expect("1190~", "church"),
            expect("1349", "death"),
            expect("../1381", "monks"),
            expect("1539", "dissolved"),
            expect("1540", "granted"),
            expect("1712", "fire"),
            expect("1868/1871", "consolidat"),
            expect("1952", "monument"),
            expect("1987/..", "trust"),
            expect("2003", "visitor"),
        ),
    ),
    Text(
        "harlow-vale-beat-kellmoor",
        "sports report",
        date(2025, 2, 16),
        """RUGBY UNION | NATIONAL TWO NORTH

Harlow Vale 27 Kellmoor 19

By Dan Petrov

Harlow Vale beat Kellmoor 27-19 at the Mill Ground on Saturday to end a run of five straight
defeats and climb out of the bottom two.

Winger Sione Fale, 23, scored two tries in the first half and fly-half Ollie Marsh, who
joined from Cardew in January, kicked 12 points. Kellmoor, who have not lost at the Mill
Ground since 2011, rallied with tries from Ben Acheson and Tyler Moss but could not close
the gap.

The sides drew 22-22 at Kellmoor in October, and this was another tight, bruising game in
front of 3,118 spectators.

Vale captain Rhys Dandy went off with a knee injury on 61 minutes and will have a scan on
Monday. "It's the same knee as last season, so we'll wait and see," said head coach Lorna
Beck, who was appointed on 2 December after the departure of Alan Frew.

Vale, promoted in 2019, are tenth of 14 with 31 points. They host leaders Corbridge on
Friday night (kick-off 7.45pm). Tickets for that game go on sale at 10am on Monday from the
club shop and online.

Harlow Vale: Tries: Fale 2, Okoro. Cons: Marsh 3. Pens: Marsh 2.
Kellmoor: Tries: Acheson, Moss, Penrose. Cons: Lyle 2.""",
        (
            expect("2025-02-15", "kellmoor"),
            expect("2025-01", "joined"),
            expect("2024-10", "drew"),
            expect("2025-02-17", "scan", planned=True),
            expect("2024-12-02", "appointed"),
            expect("2019", "promoted"),
            expect("2025-02-21", "corbridge", planned=True),
            expect("2025-02-17", "tickets", planned=True),
        ),
    ),
    Text(
        "harrowgate-pumps-history",
        "company history",
        None,
        """Harrowgate Pumps: 150 years of moving water

Our beginnings
The firm began in 1874, when the millwright Samuel Harrowgate set up a workshop in
Tanner's Yard, Wakeby, repairing the pumps of the district's corn and fulling mills. In
1891 the business moved to a larger site beside the canal at Holme Bridge, where our
headquarters still stand.

Growth
Around 1900 the company built its first electric pump, a 5-horsepower machine for a
colliery at Orton. Between 1914 and 1918 the works made shell casings and pumps for the
Admiralty, and by 1925 the firm employed more than 900 people.

Harrowgate was listed on the London Stock Exchange in 1959. It acquired the German valve
maker Dortmann in 1972 and opened its first overseas plant, in Campinas, Brazil, the
following year. In the 1980s the company moved into water treatment, and its Model 1916
borehole pump, named after the year of its design, is still in production.

Today
Since 2006 Harrowgate has been part of Ostra Group, the Swedish engineering company. We
employ 1,240 people in six countries and make around 40,000 pumps a year, from the HG-1500
domestic booster to 2,000-kilowatt units for city water works. Every September our
apprentices rebuild a pump from the company's museum collection.""",
        (
            expect("1874", "workshop"),
            expect("1891", "moved"),
            expect("1900~", "electric"),
            expect("1914/1918", "shell"),
            expect("../1925", "employ"),
            expect("1959", "listed"),
            expect("1972", "dortmann"),
            expect("1973", "plant"),
            expect("2006/..", "ostra"),
        ),
    ),
    Text(
        "lumen-2-lunar-orbiter",
        "mission summary",
        None,
        """Lumen-2 Lunar Orbiter - Mission Summary

Agency: Brenland Space Agency (BSA)
Status: Extended mission
Last updated: 12 February 2025

Overview
Lumen-2 is BSA's second lunar mission, following Lumen-1, which flew past the Moon in
2014. The orbiter has a launch mass of 1,820 kg and carries a Narrow Angle Camera with a
2048 x 2048 pixel detector, a neutron spectrometer and a laser altimeter.

Mission timeline
Lumen-2 was launched on 17 May 2022 at 03:41 UTC on a Vega-K rocket from the Kourava launch
site. After a 12-day cruise it entered lunar orbit on 29 May. The Narrow Angle Camera
returned its first images on 4 June, and the science phase began around 20 June after the
instruments had been calibrated.

The small lander Petra separated from the orbiter on 2 August 2022. Contact with Petra was
lost during its descent, and it is presumed to have struck the surface in Mare Vaporum.

Orbit-trim manoeuvres on 3, 10 and 17 January 2023 lowered the orbit from 100 km to 50 km.
In March 2024 BSA extended the mission, citing the good health of the spacecraft.

Future plans
A final low-altitude mapping campaign is planned for 2026. Operations will end no later
than 30 June 2027 with a controlled impact on the lunar far side.

Data
All data are released to the public within six months of collection through the BSA
Planetary Archive.""",
        (
            expect("2014", "lumen-1"),
            expect("2022-05-17", "launched"),
            expect("2022-05-29", "orbit"),
            expect("2022-06-04", "images"),
            expect("2022-06-20~", "science"),
            expect("2022-08-02", "separated"),
            expect("2023-01-03", "manoeuvre"),
            expect("2023-01-10", "manoeuvre"),
            expect("2023-01-17", "manoeuvre"),
            expect("2024-03", "extended"),
            expect("2026", "campaign", planned=True),
            expect("../2027-06-30", "operations", planned=True),
        ),
    ),
    Text(
        "drought-funding-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT

Statement by the Minister for Water, Aoife Kerrane, on the drought

Friday 7 March 2025

Today I am announcing EUR 40 million in emergency funding for farmers and rural water
schemes affected by the drought. The funding will be paid by 31 May.

A drought was declared in the southern and eastern regions on 14 January, and a ban on the
use of hosepipes has been in force there since 1 February. Reservoir levels stand at 38 per
cent of capacity, the lowest for the time of year since 1976. The hosepipe ban will be
reviewed on 4 April.

Since 2018 every water authority has been required to publish a drought plan under the
Water Services Act 2017, and those plans are now being put to the test. I want to thank the
staff of the authorities, who have been working seven days a week.

I will visit the Carrow reservoir and meet farmers in Tullan on Monday.

A public consultation on new drought rules will open on 17 March and close on 28 April. I
encourage everyone who depends on our rivers to take part.

Farmers who need advice can call the drought helpline on 1800 200 315 between 8am and 8pm,
Monday to Saturday.

ENDS

Issued by the Press Office, Ministry of Water and Environment, 12 Harcourt Place.""",
        (
            expect("2025-03-07", "funding"),
            expect("../2025-05-31", "paid", planned=True),
            expect("2025-01-14", "declared"),
            expect("2025-02-01/..", "hosepipe"),
            expect("2025-04-04", "review", planned=True),
            expect("2018/..", "plan"),
            expect("2025-03-10", "visit", planned=True),
            expect("2025-03-17", "consultation", planned=True),
            expect("2025-04-28", "close", planned=True),
        ),
    ),
    Text(
        "old-mill-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Old Mill Bridge reopens after 14-month repair | Wensby Courier</title>
<script async src="/static/js/analytics.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's On</a> <a href="/subscribe">Subscribe</a>
</nav>
<article class="story">
<h1>Old Mill Bridge reopens after 14-month repair</h1>
<p class="byline">By Hannah Cole &middot;
  <time datetime="2025-09-19T07:30:00+01:00">Friday 19 September 2025</time> &middot;
  Updated <time datetime="2025-09-19T11:02:00+01:00">11:02</time></p>
<figure>
  <img src="/img/2025/09/oldmill-bridge.jpg" alt="Cars crossing the Old Mill Bridge">
  <figcaption>The first cars cross the bridge on Thursday morning. Photo: Wensby
  Courier</figcaption>
</figure>
<p>The Old Mill Bridge in Wensby reopened to traffic on Thursday, more than a year after
inspectors found cracks in two of its cast-iron arches.</p>
<p>The Grade II listed bridge, built in 1883, was shut in July last year. Repair work began
on 4 November 2024 and cost &pound;2.1 million, the council's biggest single repair bill
since 2002. Pedestrians and cyclists were allowed back on 1 September.</p>
<p>Councillor Mark Ebbs said: "People have been very patient." The approach road will be
resurfaced from 6 to 10 October, with closures between 8pm and 6am, and the council expects
to finish landscaping on the riverbank by the end of November.</p>
<p>A ceremony to mark the reopening is planned for Saturday at 11am, when pupils of Wensby
Primary will cut a ribbon.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
  <li><a href="/news/2024/07/bridge-shut">Old Mill Bridge shut after cracks found</a>
    <time datetime="2024-07-12">12 July 2024</time></li>
  <li><a href="/news/2025/03/bridge-delay">Bridge repair runs late</a>
    <time datetime="2025-03-04">4 March 2025</time></li>
</ul>
</aside>
<footer>&copy; 2025 Wensby Courier Ltd. Newsdesk 01632 960 184.</footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "news"});</script>
</body>
</html>""",
        (
            expect("2025-09-18", "reopen"),
            expect("1883", "built"),
            expect("2024-07", "shut"),
            expect("2024-11-04", "repair"),
            expect("2025-09-01", "pedestrians"),
            expect("2025-10-06/2025-10-10", "resurface", planned=True),
            expect("../2025-11", "landscaping", planned=True),
            expect("2025-09-20", "ceremony", planned=True),
        ),
    ),
    Text(
        "northline-storm-ilse-outages",
        "power grid operator's outage updates",
        date(2025, 1, 22),
        """NORTHLINE POWER - STORM ILSE: LIVE OUTAGE UPDATES

This page is refreshed every 15 minutes. To report a power cut call 105 or
0800 442 1917. Latest update first.

Wednesday 22 January, 16:45
We have now reconnected all but 600 customers. Engineers are working on damaged lines in
the Callow valley, where access is difficult, and we expect to reconnect the remaining homes
by Friday. Customers who were without power for more than 48 hours can claim compensation
of GBP 70; claims must reach us by 28 February.

Wednesday 22 January, 09:00
A mobile generator was connected at Lisk at 07:50 this morning and is supplying 340 homes.
The Met Service has issued a yellow wind warning from 18:00 Thursday to 06:00 Friday, and
extra crews will be on standby.

Tuesday 21 January, 19:15
9,400 customers are still without power. Crews from Ardmore Networks arrived this afternoon
to help our teams. We expect to reconnect most of these customers by midday tomorrow.

Tuesday 21 January, 11:30
Power has been restored to 31,000 customers. Welfare vans are at Brack Head community hall
and Lisk church with hot drinks and phone charging.

Tuesday 21 January, 06:40
Storm Ilse brought down overhead lines across the north-west early this morning, with gusts
of 94 mph at Brack Head, the strongest there since 1998. About 48,000 homes are without
power. Please stay at least 10 metres away from fallen lines.""",
        (
            expect("2025-01-21", "lines"),
            expect("2025-01-21", "restored"),
            expect("2025-01-21", "crews"),
            expect("../2025-01-22", "reconnect", planned=True),
            expect("2025-01-22", "generator"),
            expect("2025-01-23/2025-01-24", "warning", planned=True),
            expect("../2025-01-24", "reconnect", planned=True),
            expect("../2025-02-28", "claims", planned=True),
        ),
    ),
    Text(
        "lakeside-sprint-triathlon",
        "triathlon report",
        date(2025, 6, 10),
        """TRIATHLON

Olsen smashes Lakeside record as Dale takes women's title

Tom Olsen of Fennick Tri Club won the Lakeside Sprint Triathlon at Fennick Water on Sunday
in 58:41, breaking the course record of 1:00:02 set by Pieter Vos in 2019.

The swim was cut to 400 metres because the lake was only 14.8C, but Olsen was first out of
the water and led from the bike mount line to the finish. Olsen, 41, took up the sport in
2016 after a knee injury ended his football career.

The women's race was won by Amy Dale of Harrow Tri in 1:04:55. Dale will race at the
age-group world championships in Wollongong in September.

The race was first held in 2004, and the 312 finishers made this the biggest field since
2012. Organisers said next year's race will move to Saturday 6 June 2026 to avoid a clash
with the county cycling championships.

Fennick's Olympic-distance race is on 13 July; entries close on 30 June. The club's
open-water sessions run every Tuesday and Thursday evening until the end of the season.

Results
Men: 1 T Olsen (Fennick) 58:41; 2 J Marr (Harrow) 1:00:37; 3 L Benn (Kelby) 1:01:17.
Women: 1 A Dale (Harrow) 1:04:55; 2 S Kerr (Fennick) 1:06:02; 3 H Ito (Unatt) 1:07:48.""",
        (
            expect("2025-06-08", "olsen"),
            expect("2019", "record"),
            expect("2016", "sport"),
            expect("2025-06-08", "dale"),
            expect("2025-09", "championships", planned=True),
            expect("2004", "held"),
            expect("2026-06-06", "move", planned=True),
            expect("2025-07-13", "olympic", planned=True),
            expect("2025-06-30", "entries", planned=True),
        ),
    ),
    Text(
        "port-azzara-desalination-plant",
        "desalination plant press release",
        None,
        """PRESS RELEASE
Azzara Water Authority and Marencia Desal S.p.A.

PORT AZZARA, 23 October 2024

Port Azzara desalination plant inaugurated

The Port Azzara seawater desalination plant, the largest on the Ionian coast, was
inaugurated today by the Regional President, Carla Venturi, in the presence of the mayors
of the eleven towns it will supply.

Construction began in March 2022 on a former refinery site north of the harbour. The plant
delivered its first water to the regional network on 2 September and now supplies 95,000
cubic metres a day, enough for about 420,000 people. Its reverse-osmosis trains draw
seawater through an intake pipe 1,998 metres long and are powered in part by 2,400 solar
panels on the roofs of the process halls.

The EUR 212 million contract was awarded to Marencia on 14 December 2020 following an
international tender. Since 2009 the province has been under permanent water restrictions,
which the Authority hopes to lift once the plant is fully run in.

The plant is to be formally handed over to the Azzara Water Authority no later than 31 March
2025, after a six-month performance test. Phase two, which will raise capacity to 150,000
cubic metres a day, is scheduled to begin construction in January 2026.

"For fifteen years we have rationed water every summer. That ends here," said Ms Venturi.

About Marencia Desal
Marencia Desal, founded in 1968 in Genoa, has built 41 desalination plants in 12 countries.
Its management system is certified to ISO 14001.

Press contacts: Giulia Ferro, +39 010 555 0147, press@marencia.example""",
        (
            expect("2024-10-23", "inaugurat"),
            expect("2022-03", "construction"),
            expect("2024-09-02", "first", "water"),
            expect("2020-12-14", "contract"),
            expect("2009/..", "restrictions"),
            expect("../2025-03-31", "handed", planned=True),
            expect("2026-01", "phase", planned=True),
            expect("1968", "founded"),
        ),
    ),
    Text(
        "hanlon-letters-1883-1886",
        "emigrant's letters of the 1880s",
        None,
        """Letters of Bridget Hanlon to her mother at Ballyconnell, 1883-1886
(spelling as in the originals)

                                        New York, 16th July 1883
Dear Mother,
We are safe in America thank God. We came ashore at Castle Garden yesterday morning after
twelve days on the water. We sailed from Liverpool on the 3rd and had a hard passage, Michael
was sick the whole way but is grand now. We leave for Chicago on Wednesday by the Erie line,
the fare is $13 each. Kiss the little ones for me.
                                        Your loving daughter, Bridget

                                        Chicago, Aug. 3rd 1883
Dear Mother,
We arrived here on the 21st ult. & are lodging with a Mrs. Duggan on Halsted St. Michael
commenced at the Union Stock Yards on Monday last at $1.50 a day. I go to Mass at St.
Bridget's every Sunday & think of you all at home.
                                        Your fond daughter, B. Hanlon

                                        Chicago, 26th Dec. 1884
Dearest Mother,
Our little Mary was born on the 9th inst., a fine strong child, & the priest says she has
your look. I sent you three pounds by post office order on the 20th, let me know did it
come safe. Michael talks of going west in the spring.
                                        Your affec. daughter, Bridget

                                        Grand Island, Neb., May 2nd 1886
Dear Mother,
We left Chicago about the 18th March & took up our claim of 160 acres on the 12th of April.
Michael & Tom Reilly finished the sod house Sat. last, it is warm & dry. Tom says he will
bring his wife out next year. The railroad is to come through perhaps in '88, & then the
land will be worth something.
                                        Your loving daughter, Bridget""",
        (
            expect("1883-07-15", "ashore"),
            expect("1883-07-03", "sailed"),
            expect("1883-07-18", "leave", planned=True),
            expect("1883-07-21", "arrived"),
            expect("1883-07-30", "commenced"),
            expect("1884-12-09", "born"),
            expect("1884-12-20", "order"),
            expect("1886-03-18~", "left"),
            expect("1886-04-12", "claim"),
            expect("1886-05-01", "house"),
            expect("1887", "wife", planned=True),
            expect("1888?", "railroad", planned=True),
        ),
    ),
    Text(
        "lenn-callow-otter-survey",
        "otter survey report",
        None,
        """BRENLAND OTTER SURVEY: RIVERS LENN AND CALLOW
Report No. 7, prepared for the Lenn Catchment Partnership by Ashdown Ecology Ltd
April 2024

1. Summary
1.1 A survey of 60 sites on the Rivers Lenn and Callow was carried out from 4 to 15 March
2024. Otter signs (spraints, tracks or both) were found at 41 sites (68%), compared with 52%
in the last survey.
1.2 Previous surveys of the catchment were carried out in 2009, 2014 and 2019, using the
same sites and method.

2. Method
2.1 At each site both banks were searched for 600 m; a site visit takes about 45 minutes.
Site grid references (e.g. Site 12, SN 4120 2315) are listed in Appendix A.

3. Results
3.1 A holt was found at Site 27 (Callow, Brenton Mill) on 11 March.
3.2 A camera trap set at the holt from 12 March to 9 April recorded a female with two cubs
on 2 April, the first confirmed breeding on the Callow since the surveys began.
3.3 A dead otter was reported on the A48 near Fennick on or about 18 January 2024 and sent
for post-mortem examination.
3.4 No mink signs were found at any site.

4. Recommendations
4.1 An otter ledge should be fitted at the Site 12 weir before the winter floods.
4.2 The next full survey is scheduled for March 2029.

Otters and their resting places are protected under the Wildlife (Brenland) Act 1982.""",
        (
            expect("2024-03-04/2024-03-15", "survey"),
            expect("2009", "survey"),
            expect("2014", "survey"),
            expect("2019", "survey"),
            expect("2024-03-11", "holt"),
            expect("2024-03-12/2024-04-09", "camera"),
            expect("2024-04-02", "cubs"),
            expect("2024-01-18~", "dead"),
            expect("2029-03", "survey", planned=True),
        ),
    ),
    Text(
        "brookend-tannery-history",
        "tannery's history",
        None,
        """The Brookend Tannery, Wenlow: a short history
Wenlow Local History Society, Occasional Paper 14

The tannery on Brook Lane is the last survivor of the dozen or so that once lined the Wen.
The present buildings are said to have been built in 1742 by the Quaker tanner John Pell,
whose initials appear on a lintel over the bark store.

Around 1790 the yard passed to the Fell family, who ran it for more than a century and a
half. A flood destroyed most of the tan pits in 1824, and Josiah Fell rebuilt them the
following year on higher ground behind the mill race. A steam engine was installed in about
1851 to grind oak bark, replacing the old horse mill.

In the 1870s the yard employed up to 60 men, and every spring bark was bought by the ton
from the coppices of Wenlow Forest. Hides were soaked for as long as 18 months in pits 2.4
metres deep.

Between 1914 and 1918 Brookend tanned sole leather for army boots. Demand fell away after
the Second World War, and the tannery closed on 30 June 1967, the last in the county.

The buildings were listed Grade II in 1975. Since 1992 they have housed the Wenlow Leather
Museum, run by volunteers.

Visiting: the museum is open Wednesday to Sunday, 10am to 4pm. Admission GBP 5.""",
        (
            expect("1742?", "built"),
            expect("1790~", "fell"),
            expect("1824", "flood"),
            expect("1825", "rebuilt"),
            expect("1851~", "steam"),
            expect("1914/1918", "leather"),
            expect("1967-06-30", "closed"),
            expect("1975", "listed"),
            expect("1992/..", "museum"),
        ),
    ),
    Text(
        "heritage-at-risk-fund-round-two",
        "culture minister's heritage funding statement",
        None,
        """Department for Culture and Heritage
Press statement
Thursday 12 June 2025

Culture Minister announces GBP 18 million for heritage at risk

The Culture Minister, Daniel Ferris, today announced GBP 18 million of grants for 37
historic buildings in the second round of the Heritage at Risk Fund.

Speaking at Carrow Castle, which he visited on Tuesday, the minister said: "These are
places that tell us who we are. Without this money, some of them would not see another
decade."

The fund was established in 2021 under the powers of the Historic Buildings Act 1983.
Applications for this round opened on 3 February, and 164 bids were received. Grants will be
paid from 1 July. Restoration of the castle's roof, the largest single award at GBP 2.5
million, will begin in September.

Among the other buildings supported is Hallam Mill in Corby Fen, which closed in 2003 and
has stood empty since. Visitor numbers at heritage sites rose 6 per cent last year, the
highest growth since 2019.

Expressions of interest for the third round must be submitted no later than 30 November,
and the round will open in January 2026.

Notes to editors
The full list of awards is published at www.culture-heritage.example/risk-fund.
Media enquiries: 020 7946 0555 (out of hours 07700 900 123).""",
        (
            expect("2025-06-12", "announc"),
            expect("2025-06-10", "visit"),
            expect("2021", "established"),
            expect("2025-02-03", "opened"),
            expect("2025-07-01", "paid", planned=True),
            expect("2025-09", "roof", planned=True),
            expect("2003", "closed"),
            expect("../2025-11-30", "interest", planned=True),
            expect("2026-01", "round", planned=True),
        ),
    ),
    Text(
        "northern-gallery-refurbishment",
        "museum's HTML gallery refurbishment page",
        None,
        """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northern Gallery refurbishment - Ardleigh Museum</title>
<link rel="stylesheet" href="/assets/site.css">
<script defer src="/assets/menu.js"></script>
</head>
<body>
<nav aria-label="Main"><ul>
  <li><a href="/visit">Visit</a></li><li><a href="/collections">Collections</a></li>
  <li><a href="/whats-on">What's on</a></li><li><a href="/support">Support us</a></li>
</ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Northern Gallery</li></ol>
<main>
<h1>Northern Gallery refurbishment</h1>
<p class="lede">The Northern Gallery is closed for refurbishment and will reopen on
<time datetime="2026-03-14">Saturday 14 March 2026</time>.</p>
<p>The gallery closed on 6 January 2025. Designed by the architect Isobel Crane, it opened in
1906 and was last refurbished in 1978.</p>
<figure>
  <img src="/img/northern-gallery-archive.jpg" alt="The Northern Gallery, early photograph">
  <figcaption>The gallery photographed c. 1910. Ardleigh Museum archive.</figcaption>
</figure>
<p>The glass roof was replaced between April and June 2025. New lighting, display cases and
a lift are now being installed.</p>
<p>Objects will start to return to display on 2 February 2026. The Egyptian collection has
been on loan to the Halden Museum since May 2025 and will come back for the reopening.</p>
<p>Members are invited to a preview evening on 12 March 2026, 6pm to 9pm. To book, call
0161 496 0832.</p>
</main>
<footer>
<p>Open daily 10:00-17:00. Free entry.</p>
<p>Page last updated 2 October 2025 &middot; &copy; 2025 Ardleigh Museums Trust,
registered charity 1099321</p>
</footer>
<script>document.documentElement.classList.add("js");</script>
</body>
</html>""",
        (
            expect("2026-03-14", "reopen", planned=True),
            expect("2025-01-06", "closed"),
            expect("1906", "opened"),
            expect("1978", "refurbished"),
            expect("2025-04/2025-06", "roof"),
            expect("2026-02-02", "objects", planned=True),
            expect("2025-05/..", "loan"),
            expect("2026-03-12", "preview", planned=True),
        ),
    ),
    Text(
        "golden-lantern-hygiene-appeal",
        "food hygiene rating appeal decision",
        None,
        """WESTBURY DISTRICT COUNCIL
FOOD HYGIENE RATING SCHEME - APPEAL DECISION

Business:                  Golden Lantern Takeaway, 14 Market Row, Westbury WB3 7HQ
Food business operator:    Mr Chen Wei Long
Appeal reference:          FHRS/AP/2024/017
Date of decision:          20 June 2024

1. Background
1.1 The business has been operated by Mr Long since 2017. The premises were last rated 4
(Good) in 2021.
1.2 Following a customer complaint received on or about 2 April 2024, an unannounced
inspection was carried out on 9 April 2024 by Environmental Health Officer Ms R. Adeyemi.
1.3 A food hygiene rating of 1 (Major improvement necessary) was issued on 16 April 2024.
1.4 The operator lodged this appeal on 29 April 2024, within the 21-day appeal period.

2. Grounds of appeal
2.1 The operator says that the mouse droppings found in the dry store were old and that a
pest contractor had already been instructed.

3. Consideration
3.1 A re-visit took place on 20 May 2024 and found fresh droppings behind the chest freezer.
3.2 A hearing was held on 11 June 2024 at the Council Offices at 10.30am. The operator
attended with his daughter, who interpreted.

4. Decision
4.1 The appeal is dismissed. The rating of 1 stands and will be published.
4.2 The operator must complete the pest-proofing works listed in Schedule 1 by 31 July 2024.
4.3 The operator may request a re-rating visit, for a fee of GBP 150, no earlier than three
months after the date of the inspection.

Signed: K. Marsh, Lead Officer, Food and Safety
Tel. 01632 960 771""",
        (
            expect("2017/..", "operated"),
            expect("2021", "rated"),
            expect("2024-04-02~", "complaint"),
            expect("2024-04-09", "inspection"),
            expect("2024-04-16", "issued"),
            expect("2024-04-29", "lodged"),
            expect("2024-05-20", "visit"),
            expect("2024-06-11", "hearing"),
            expect("../2024-07-31", "works", planned=True),
        ),
    ),
    Text(
        "thwaite-saddlers-history",
        "saddler's history",
        None,
        """Thwaite & Sons, Saddlers of Kendlebury - Our Story

Thwaite's was possibly founded in 1812, when a saddler named John Thwaite first appears in
the Kendlebury rate books, renting a room behind the Bull Inn. The workshop moved to 9
Market Street c. 1840, and the name "Thwaite & Sons" was painted over the door soon after.

In 1897 the firm received a Royal Warrant as saddlers and harness makers to the Duke of
Aldford, whose hunt kennels were two miles away. Harold Thwaite, the founder's
great-grandson, took over the business in 1934, and the following year opened a second shop
in Ripley Cross to serve the racing yards.

The Market Street shop closed in 1971 when Harold retired, and was reopened in 1974 by his
nephew Peter, who had trained at the Walsall leather college. Since 2008 the business has
been run by Peter's daughter, Anna Thwaite-Roe, with three saddlers and an apprentice.

Each saddle takes around 80 hours to make, and we still stitch on the 1890s stitching horse
that stands in the window. The workshop is to move to a restored barn at Hollins Farm in
2026, where visitors will be able to watch the saddlers at work.

Thwaite & Sons, 9 Market Street, Kendlebury KB4 2RT. Telephone 01632 960 318.""",
        (
            expect("1812?", "founded"),
            expect("1840~", "moved"),
            expect("1897", "warrant"),
            expect("1934", "took"),
            expect("1935", "shop"),
            expect("1971", "closed"),
            expect("1974", "reopened"),
            expect("2008/..", "run"),
            expect("2026", "barn", planned=True),
        ),
    ),
    Text(
        "kelby-table-tennis-fixtures",
        "table tennis league's fixtures list",
        date(2025, 8, 28),
        """KELBY & DISTRICT TABLE TENNIS LEAGUE
Division One - Fixtures 2025-26 (first half)

All matches start at 7.30pm. Home team listed first. Results to be phoned through by 10pm on
match night to the results secretary on 01632 960 412.

Date         Home            Away             Venue
Tue 16 Sep   Ashgrove A      Kelby Sports     Ashgrove Hall
Thu 25 Sep   Riverside B     Holm Park        Riverside Centre
Tue 14 Oct   Kelby Sports    Riverside B      Kelby Sports Club
Thu 6 Nov    Holm Park       Ashgrove A       Holm Park Pavilion
Tue 2 Dec    Riverside B     Ashgrove A       Riverside Centre

Notes
1. Holm Park v Kelby Sports, originally fixed for Thu 2 Oct, has been moved to Mon 6 Oct
   because of a hall booking.
2. Player registrations must reach the league secretary by 10 September.
3. Ashgrove Hall is closed from 22 Dec to 4 Jan; no fixtures will be played there.
4. The AGM, held on 19 June, agreed to keep the match fee at GBP 12 per team.
5. Second-half fixtures resume on Tue 13 Jan and will be circulated in December.

League secretary: Pat Oyelaran, 21 Larch Close, Kelby.""",
        (
            expect("2025-09-16", "ashgrove", "kelby", planned=True),
            expect("2025-09-25", "riverside", "holm", planned=True),
            expect("2025-10-14", "kelby", "riverside", planned=True),
            expect("2025-11-06", "holm", "ashgrove", planned=True),
            expect("2025-12-02", "riverside", "ashgrove", planned=True),
            expect("2025-10-06", "holm", "kelby", planned=True),
            expect("../2025-09-10", "registration", planned=True),
            expect("2025-12-22/2026-01-04", "closed", planned=True),
            expect("2025-06-19", "agm"),
            expect("2026-01-13", "resume", planned=True),
        ),
    ),
)
