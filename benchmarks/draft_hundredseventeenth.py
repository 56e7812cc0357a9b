"""A hundred-and-seventeenth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
wildfire smoke forecast bulletin, a boys' brigade company history, a medical devices
regulator's recall notice, a canal lock-keeper's log, a heritage trust's open days page in
HTML, an e-bike maker's factory press release, a fencing championship report, a culture
ministry's museum funding statement, a shipyard's slipway history, a film society's programme
letter and a saddlery's history). Facts whose date a reader could take two ways (a season,
"late 2022", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTEENTH_CORPUS",)

HUNDREDSEVENTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SAINT-MALO, France, Oct 9 (Channel Wire) - Dockworkers at the port of Saint-Malo voted
on Tuesday to end a strike that had halted freight and ferry traffic to the Channel Islands for
nine days, the dockers' union said.

The walkout began on September 30 after the port authority announced plans to automate two of
its four cargo berths. Talks brokered by the regional prefect resumed on Friday, and negotiators
reached a draft agreement early on Monday.

Under the deal, no berth will be automated until a joint review panel has studied the effect on
jobs. The panel is to report by January 31, a union spokeswoman said.

Ferry operator Armor Lines said its sailings to Jersey would resume on Thursday, with extra
crossings every Saturday and Sunday until the backlog of about 4,000 trailers is cleared.

The port, which has handled roll-on roll-off traffic since 1962, moved 1.9 million tonnes of
cargo last year, its busiest year since 2008. Local hauliers said the stoppage had cost them
"well over a million euros".

"Nobody won this strike," said Yannick Le Goff, who chairs the regional hauliers' federation.
"We lost nine days and the customers remember."

The port authority did not respond to calls to its press office on +33 2 99 55 01 73.

(Reporting by Maelle Briand; Editing by Tom Ashdown)""",
        (
            expect("2024-10-08", "vote"),
            expect("2024-09-30", "walkout"),
            expect("2024-10-04", "talks"),
            expect("2024-10-07", "agreement"),
            expect("../2025-01-31", "panel", planned=True),
            expect("2024-10-10", "sailing", planned=True),
            expect("1962/..", "traffic"),
        ),
    ),
    Text(
        "oat-mill-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Lindqvist Foods to acquire Saaremaa oat mill

STOCKHOLM, 20 February 2025 - Lindqvist Foods AB (Nasdaq Stockholm: LQF) today signed an
agreement to acquire Kuressaare Kaerawerk, an oat mill on the Estonian island of Saaremaa, for
EUR 38 million.

Kaerawerk was founded in 1921 by a cooperative of island farmers. A fire destroyed the
original wooden mill in 1967, and a new mill opened on the same site two years later. It has
supplied rolled oats to Lindqvist since 2009 and today employs 64 people.

"Kaerawerk has been part of our porridge for a long time; now it will be part of our family,"
said Lindqvist chief executive Annika Holm. "Our oat volumes in the fourth quarter were the
highest since 2017, and we need the capacity."

The transaction is expected to close no later than 30 June 2025, subject to approval by the
Estonian Competition Authority. Lindqvist plans to invest a further EUR 6 million in a new
drying kiln at the mill, which is scheduled to start operating in March 2026.

Further details will be given in the Lindqvist 2024 Annual Report and at the company's
capital markets day.

About Lindqvist Foods
Lindqvist Foods makes breakfast cereals, crispbread and plant-based drinks in Sweden, Finland
and Estonia. Its shares are listed on Nasdaq Stockholm.

Media contact:
Erik Sandell, Head of Communications
+46 8 555 019 20 | press@lindqvistfoods.example""",
        (
            expect("2025-02-20", "acquire"),
            expect("1921", "found"),
            expect("1967", "fire"),
            expect("1969", "mill"),
            expect("2009/..", "suppl"),
            expect("../2025-06-30", "close", planned=True),
            expect("2026-03", "kiln", planned=True),
        ),
    ),
    Text(
        "dent-v-harlan",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

MARISOL DENT, Appellant,
v.
HARLAN BUILDERS, INC., Appellee.

No. 2D23-0412

Opinion filed May 2, 2024.

Appeal from the Circuit Court for Ardmore County; Paul T. Voss, Judge.

OKAFOR, J.

Marisol Dent bought a newly built house from Harlan Builders on or about June 14, 2019. In
March 2020 she discovered water damage behind the shower walls of both bathrooms. Harlan
concedes that it received her written notice of the defect no later than April 30, 2020, but
argues that her claim under the 1998 Residential Construction Warranty Act is barred because she
did not sue within one year of that notice.

Dent filed suit on August 3, 2021. The circuit court agreed with Harlan and granted summary
judgment on January 9, 2023. Dent filed her notice of appeal twenty days later.

Section 14-207(c) of the Act provides that the limitation period "shall not run while the
builder is attempting repairs." The record shows that Harlan's crews returned to the house on
at least six occasions, the last of them in February 2021, and that each visit was described in
Harlan's own work orders as a repair. Whether those visits tolled the period is a question of
fact that could not be resolved on summary judgment.

We therefore reverse the summary judgment and remand for further proceedings consistent with
this opinion.

Reversed and remanded.

BELLAMY and CHO, JJ., concur.""",
        (
            expect("2019-06-14~", "bought"),
            expect("2020-03", "damage"),
            expect("../2020-04-30", "notice"),
            expect("2021-08-03", "suit"),
            expect("2023-01-09", "judgment"),
            expect("2023-01-29", "appeal"),
            expect("2021-02", "return"),
        ),
    ),
    Text(
        "kesterby-abbey",
        "encyclopedia history",
        None,
        """Kesterby Abbey

Kesterby Abbey is a former Cistercian abbey near the village of Kesterby in the North Riding,
England. Its church survives in part as the parish church of St Mary.

History

The abbey was founded c. 1147 by monks from Rievaulx on land given by a local lord, Walter de
Kestre. A later chronicle claims that King John stayed at the abbey in 1209, though most
historians doubt the visit. At its height the house held some 1,650 acres of sheep pasture.

Kesterby was dissolved in 1538, and the lead of its roofs was stripped and sold the following
year. The nave was left to decay, but the parishioners kept the presbytery for worship.

The present church was rebuilt from the monastic ruins between 1712 and 1719 and has served
as the parish church since 1720.

Archaeology

The site was excavated in 1953, 1961 and 1968. The digs uncovered the chapter house, the
cloister walk and a tile kiln, and the finds are shown in the parish museum, which opens on
Sundays from Easter to October.

See also
- List of monastic houses in North Yorkshire
- Cistercian architecture""",
        (
            expect("1147~", "found"),
            expect("1209?", "john"),
            expect("1538", "dissolv"),
            expect("1539", "lead"),
            expect("1712/1719", "rebuilt"),
            expect("1720/..", "parish"),
            expect("1953", "excavat"),
            expect("1961", "excavat"),
            expect("1968", "excavat"),
        ),
    ),
    Text(
        "rovers-clinch-title",
        "sports report",
        date(2025, 5, 16),
        """FOOTBALL

Rovers clinch title with a game to spare

By Declan Moyes, Sports Reporter

Ferndale Rovers clinched the Northern League title on Thursday night with a 3-1 win over
Ashgrove Town, their first championship since 1987.

Striker Ola Brennan, who joined from Castlemoor in January 2023, scored twice before half-time,
and captain Rhys Tolan added a third from the penalty spot. Ashgrove's late reply did little to
quieten a crowd of 4,118, the biggest at Glebe Park this season.

Manager Tessa Quill, in charge since October 2022, said: "People wrote us off at Christmas. This
group never stopped believing." Their last home defeat came on 8 March, when Dunmore beat them
2-0.

The trophy will be presented on Saturday after the final home match, against Kilbride
Athletic. An open-top bus parade through the town centre is planned for Monday evening, the
council confirmed.

The club, founded around 1884 by workers at the Ferndale linen mill, trains every Tuesday and
Thursday at the Glenholm complex. Chairman Niall Sweeney said talks on a new contract for Quill
would start "as soon as the champagne is finished".

Match stats: possession 54-46; shots on target 7-3; attendance 4,118.""",
        (
            expect("2025-05-15", "title"),
            expect("2023-01", "join"),
            expect("2022-10/..", "quill"),
            expect("2025-03-08", "dunmore"),
            expect("2025-05-17", "trophy", planned=True),
            expect("2025-05-19", "parade", planned=True),
            expect("1884~", "found"),
        ),
    ),
    Text(
        "ostrander-pumps",
        "company history",
        None,
        """Our History | Ostrander Pumps

Gustav Ostrander, a Swedish-born machinist, founded the company in a rented shed in Millbrook
in 1908. His first patent, for a self-priming valve, was granted in 1912 and is still framed in
the reception at our head office.

The business moved to a purpose-built works on the Dunmore road in 1931 and opened a second
plant at Carrick five years later. By 1943 the two works were turning out some 400 fire pumps a
month for civil defence.

Ostrander shares were first listed on the stock exchange in 1968. In 2001 the company was
acquired by the Harlow Group, and after a management buyout it has been owned by its employees
since 2014. Our best-selling Model 1450 centrifugal pump is still in production.

Today Ostrander employs 620 people in three countries. A new factory in Gdansk is scheduled to
open in 2027, bringing assembly closer to our customers in the Baltic and Scandinavia.

Every year, on the first Friday of June, the whole workforce gathers for Founder's Day.

Ostrander Pumps Ltd, Dunmore Road, Millbrook. Tel. 01632 960 118. Registered in England No.
00097312.""",
        (
            expect("1908", "found"),
            expect("1912", "patent"),
            expect("1931", "move"),
            expect("1936", "plant"),
            expect("../1943", "pump"),
            expect("1968", "list"),
            expect("2001", "acquir"),
            expect("2014/..", "employee"),
            expect("2027", "factory", planned=True),
        ),
    ),
    Text(
        "kestrel-2-summary",
        "mission summary",
        None,
        """MISSION SUMMARY: KESTREL-2 LUNAR ORBITER

Operator: Aurelian Space Agency
COSPAR ID: 2019-021A
Mass at launch: 1,240 kg

Kestrel-2 was launched on 14 March 2019 from the Sanlucar coastal range on a Vela-M rocket.
After a five-day phasing orbit around Earth and a cruise of about two weeks, the spacecraft
entered lunar orbit on 2 April.

The primary science phase ran from 15 April 2019 to 30 June 2021. During it the orbiter mapped
the polar craters with its radar and returned 41 terabytes of data, the largest volume of any
Aurelian mission since 2005. The mission was extended twice, in 2021 and in 2022, to study
dust in the lunar exosphere.

Controllers lost contact with the orbiter around 9 September 2022 after a fault in its
reaction wheels. Engineers believe it struck the far side in late 2022, but no impact site has
been found.

A successor, Kestrel-3, is scheduled for launch in 2027 and will carry a copy of the radar.

Key data
- Orbit: 100 x 120 km, polar
- Instruments: radar, camera, dust counter
- Data archive: archive.asa.example/kestrel2""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-04-02", "orbit"),
            expect("2019-04-15/2021-06-30", "science"),
            expect("2021", "extend"),
            expect("2022", "extend"),
            expect("2022-09-09~", "contact"),
            expect("2027", "kestrel-3", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """Department for Water and Rivers
News story

Hosepipe ban for the Eastern region

Issued 21 March 2024. Ref: DWR/2024/117

The Department for Water and Rivers today confirmed that a temporary use ban will come into
force across the Eastern region on Monday 1 April.

Reservoir storage in the region fell below 40 per cent on 4 March, and rainfall over the winter
was the lowest since 1976. The previous ban, imposed in July 2022, was lifted on 9 November 2022
after the autumn rains.

Minister for Water Helen Achterberg said: "Nobody wants a ban, but we have to protect supplies
for the summer. I will meet the chief executives of the water companies on Tuesday to agree
what more can be done about leaks."

The new desalination plant at Saltfleet, on which construction began on 3 February 2023, is due
to be completed by December 2025. It will supply up to 50 megalitres a day.

Under the Water Resources Act 1991, customers may still water plants with a watering can and
wash cars with a bucket. Reservoir levels are published every Thursday on the department's
website.

Enquiries: 0300 555 0142 (Monday to Friday, 9am to 5pm)""",
        (
            expect("2024-03-21", "confirm"),
            expect("2024-04-01", "ban", planned=True),
            expect("2024-03-04", "reservoir"),
            expect("2022-07", "impos"),
            expect("2022-11-09", "lift"),
            expect("2024-03-26", "meet", planned=True),
            expect("2023-02-03", "construction"),
            expect("../2025-12", "complet", planned=True),
        ),
    ),
    Text(
        "ashby-council-news",
        "HTML page (a news list with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Ashby Town Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins and recycling</a></nav>
<h1>Latest news</h1>
<ul class="news-list">
  <li>
    <h2>Central Library reopens</h2>
    <p class="meta">Posted 12 January 2025</p>
    <p>The Central Library on Market Street reopened on 10 January after refurbishment works
    that ran from 4 September to 20 December 2024. The Carnegie building has housed the library
    since 1906, and it is open every day except Sunday.</p>
  </li>
  <li>
    <h2>Council sets budget for 2025/26</h2>
    <p class="meta">Posted 20 February 2025</p>
    <p>Councillors approved the budget on Wednesday 19 February. The council tax precept rises
    by 2.9 per cent, the smallest rise since 2016.</p>
  </li>
  <li>
    <h2>Bridge Street closure</h2>
    <p class="meta">Posted 24 February 2025</p>
    <p>Bridge Street will be closed to traffic from 3 to 7 March while the county council
    repairs the culvert. Diversions will be signed.</p>
  </li>
  <li>
    <h2>New recycling bins</h2>
    <p class="meta">Posted 24 February 2025</p>
    <p>Every household will receive a new food waste caddy by 31 March. Collections stay on
    Mondays. Questions? Call 01455 555 210.</p>
  </li>
</ul>
<footer><p>Last updated: 24 February 2025</p><p>&copy; 2025 Ashby Town Council</p></footer>
</body>
</html>""",
        (
            expect("2025-01-10", "library"),
            expect("1906/..", "library"),
            expect("2024-09-04/2024-12-20", "refurbish"),
            expect("2025-02-19", "budget"),
            expect("2025-03-03/2025-03-07", "bridge street", planned=True),
            expect("../2025-03-31", "caddy", planned=True),
        ),
    ),
    Text(
        "cedar-ridge-smoke",
        "wildfire smoke forecast bulletin",
        None,
        """AIR QUALITY - WILDFIRE SMOKE FORECAST
Lewis County Health Department and State Smoke Program
Issued: 2:00 PM MDT Thursday, August 7, 2025
Bulletin No. 25-014

FIRE ACTIVITY: The Cedar Ridge Fire, which started around July 29 in the upper Blackfoot
drainage, grew by about 8,000 acres on Tuesday and now covers 31,400 acres.

RECENT SMOKE: Fine particle (PM2.5) readings at the Clancy monitor peaked at 212 ug/m3 on
August 3, the highest value there since 2017.

FORECAST: Smoke is expected to reach Helena and the Prickly Pear valley on Friday, with air
quality reaching UNHEALTHY in the morning hours. Conditions are expected to improve by Sunday
as winds turn westerly. A cold front is forecast to arrive Monday, August 11, and may bring
thunderstorms and new ignitions.

WHAT TO DO: People with heart or lung disease, older adults, children and pregnant people should
limit time outdoors. Keep windows closed and run a HEPA filter if you have one. N95 masks are
available free at county offices, which are open 8 to 5 on weekdays.

Smoke information line: 406-555-0134
Fire information: InciWeb incident MT-LCF-000712""",
        (
            expect("2025-07-29~", "cedar"),
            expect("2025-08-05", "grew"),
            expect("2025-08-03", "peak"),
            expect("2025-08-08", "smoke", planned=True),
            expect("../2025-08-10", "improve", planned=True),
            expect("2025-08-11", "front", planned=True),
        ),
    ),
    Text(
        "first-dunmore-bb",
        "boys' brigade company history",
        None,
        """1st Dunmore Company, The Boys' Brigade
Our History

The 1st Dunmore Company was formed on 12 October 1902 at St Andrew's Parish Church, with 23
boys and three officers. The first annual camp was held at Kinghorn in 1905, under canvas lent
by the local Volunteers.

During the Great War many old boys served in the forces, and weekly parades were suspended from
1916 to 1919 because no officers were left to run them. The pipe band, formed about 1924, soon
became known across the county and played at every Battalion display.

In 1968 the company merged with the 3rd Dunmore, and it has met in the Victoria Hall since
1971. The centenary was marked with a service of thanksgiving in St Andrew's on 13 October
2002, attended by more than 300 former members.

Today the company has Anchor, Junior, Company and Senior sections. The Company Section meets
every Friday at 7.30pm, and boys work towards the President's and Queen's Badges. Our
Anniversary Shield, first presented in 1933, is still awarded each year to the best squad.

Our 125th anniversary will be celebrated with a reunion dinner on 9 October 2027. Old boys who
would like to come should contact the Captain on 01382 555 017.

Scottish Charity No. SC012345""",
        (
            expect("1902-10-12", "form"),
            expect("1905", "camp"),
            expect("1916/1919", "suspend"),
            expect("1924~", "band"),
            expect("1968", "merg"),
            expect("1971/..", "victoria hall"),
            expect("2002-10-13", "centenary"),
            expect("1933", "shield"),
            expect("2027-10-09", "reunion", planned=True),
        ),
    ),
    Text(
        "infusion-pump-recall",
        "medical devices regulator's recall notice",
        None,
        """Medical Devices Safety Authority
Field Safety Notice - Class II Recall

Reference: MDSA/RC/2025/0417
Published: 12 June 2025

Product: Velora Flowline S ambulatory infusion pump, software version 4.2.1
Lot numbers: 2411 to 2502
Manufacturer: Velora Medical GmbH

What is the problem?
Velora Medical notified the Authority on 2 June 2025 that a battery contact in some pumps can
loosen, causing the pump to stop without an alarm. The affected pumps were manufactured between
1 November 2024 and 28 February 2025. The manufacturer received its first complaint around 20
May. No injuries have been reported.

The Flowline S has been on the market since 2019; pumps made before November 2024 are not
affected.

What should you do?
Hospitals and home care providers should identify affected pumps and return them to Velora no
later than 31 July 2025. Replacement pumps are expected to ship from 23 June. Until then, patients
using an affected pump should be checked at least every four hours.

Report any incident to the Authority through the online Yellow Form or by telephone on 0800 555
0199. Our helpline is staffed every weekday from 8am to 6pm.

This notice will be reviewed in line with the Medical Devices Regulations 2002.""",
        (
            expect("2025-06-02", "notif"),
            expect("2024-11-01/2025-02-28", "manufactur"),
            expect("2025-05-20~", "complaint"),
            expect("2019/..", "market"),
            expect("../2025-07-31", "return", planned=True),
            expect("2025-06-23", "replacement", planned=True),
        ),
    ),
    Text(
        "brindle-lock-log",
        "canal lock-keeper's log",
        None,
        """BRINDLE LOCK No. 14, GRAND JUNCTION CANAL
Keeper's Log for the Year 1887 - kept by Thos. Vickers

Jan. 4th. Hard frost. Ice on the pound two inches thick, no boats moving either way.

Jan. 11th. Ice broken by the Company's ice-boat with eight horses. Traffic resumed two days
later, twelve boats through before dark.

Feb. 2nd. Lower gates found leaking badly. Mr Pratt the engineer came and says new gates are to be
fitted by the 25th of March.

Mar. 21st to 24th. Lock drained and new lower gates hung by the carpenters from Braunston. Boats
held at the top of the flight.

May 30th. The boat Emily of Fellows Morton, No. 1462, sunk in the pound below the lock about
11 at night. Crew saved.

June 2nd. Emily raised and towed to the dock.

June 21st. Jubilee Day. No traffic. Flags on the lock house and tea for the boat children.

Note. Tolls taken to the office at Braunston every Saturday, 3s. 4d. being the least in any
week since the frost.""",
        (
            expect("1887-01-04", "ice"),
            expect("1887-01-11", "ice-boat"),
            expect("1887-01-13", "traffic"),
            expect("1887-02-02", "leak"),
            expect("../1887-03-25", "gates", planned=True),
            expect("1887-03-21/1887-03-24", "drain"),
            expect("1887-05-30", "emily"),
            expect("1887-06-02", "emily"),
            expect("1887-06-21", "jubilee"),
        ),
    ),
    Text(
        "hollins-court-open-days",
        "heritage trust's open days page in HTML",
        date(2025, 4, 3),
        """<html>
<head><title>Visit | Hollins Court | Marches Heritage Trust</title></head>
<body>
<header><h1>Hollins Court</h1><p class="strap">Open Days 2025</p></header>
<main>
<section id="about">
<p>Hollins Court was built c. 1690 for a family of Ludlow wool merchants. The Marches Heritage
Trust has cared for the house and its gardens since 1958.</p>
<p>Restoration of the orangery began in 2022 and was completed in November 2024. You can now
see the lemon trees under glass for the first time in a century.</p>
</section>
<section id="dates">
<h2>Dates for your diary</h2>
<ul>
  <li><strong>The house reopens on Saturday 5 April</strong> after its winter conservation
  work.</li>
  <li>Garden open days: 17 and 18 May, with plant sales in the stable yard.</li>
  <li>Heritage Open Days: free entry from 12 to 21 September.</li>
</ul>
<p>The house is open every Wednesday to Sunday, 11am to 4pm (last entry 3.15pm).</p>
</section>
</main>
<footer>
<p>Tel. 01632 960 451 | Registered charity 1084512</p>
<p>Page last updated 1 April 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1690~", "built"),
            expect("1958/..", "trust"),
            expect("2022", "restor"),
            expect("2024-11", "complet"),
            expect("2025-04-05", "reopen", planned=True),
            expect("2025-05-17", "garden", planned=True),
            expect("2025-05-18", "garden", planned=True),
            expect("2025-09-12/2025-09-21", "heritage", planned=True),
        ),
    ),
    Text(
        "voltora-factory",
        "e-bike maker's factory press release",
        date(2025, 1, 29),
        """PRESS RELEASE

Voltora opens e-bike assembly plant in Leipzig

LEIPZIG, Germany - Voltora Bikes today opened its first large-scale assembly plant, in the
Nordost industrial park in Leipzig, creating 240 jobs.

Construction of the 18,000-square-metre plant began in May 2023. The first frames left the
line on Monday, and the first customer bikes, the Citadel 2030 cargo model, will be delivered
to dealers in March.

Voltora expects output to reach 60,000 bikes a year by 2027. A second hall, for battery pack
assembly, is scheduled to open in September 2026.

"We started in a garage in Dresden," said co-founder Jana Wiechert. Voltora was founded in 2016
and has sourced its battery cells from a supplier in Saxony since 2020. Its sales rose 34 per
cent last year, the strongest growth since 2019, and it is one of twelve firms in the Saxony
Mobility 2030 cluster.

Tours of the plant for schools and local residents will be held every first Saturday of the
month.

About Voltora
Voltora Bikes GmbH designs and builds electric city, trekking and cargo bikes. Its bikes are
sold through 410 dealers in nine countries.

Media contact: Lukas Brenner, +49 341 555 2081, presse@voltora.example""",
        (
            expect("2025-01-29", "open"),
            expect("2023-05", "construction"),
            expect("2025-01-27", "frame"),
            expect("2025-03", "deliver", planned=True),
            expect("../2027", "output", planned=True),
            expect("2026-09", "hall", planned=True),
            expect("2016", "found"),
            expect("2020/..", "batter"),
            expect("2024", "sales"),
        ),
    ),
    Text(
        "aldridge-epee-gold",
        "fencing championship report",
        date(2024, 11, 14),
        """FENCING

Aldridge takes epee gold at national championships

By Priya Nandakumar

Harriet Aldridge won the women's epee title at the British Fencing Championships in Sheffield
on Sunday, beating the defending champion, Sophie Lamont, 15-12 in the final.

The championships, held from 8 to 10 November at the English Institute of Sport, drew 412
fencers, the largest entry since 2015.

Aldridge, 24, who took up fencing at her school in Bath about 2012, had won bronze at the
championships in 2021 and 2023. She trains every Tuesday and Thursday at the Salle Boston in
Nottingham.

"I've lost to Sophie so many times that I stopped counting," Aldridge said. "Today I just kept
my point on target."

She will next compete at the World Cup event in Heidenheim on 7 December. Selection for the
team that will aim for the 2028 Olympic Games will be confirmed by 31 March, British Fencing
said.

Results, women's epee: 1 H Aldridge (Salle Boston); 2 S Lamont (Edinburgh Sword Club); 3= N
Adeyemi (Haverstock), C Pryce (Cardiff).""",
        (
            expect("2024-11-10", "aldridge"),
            expect("2024-11-08/2024-11-10", "championship"),
            expect("2012~", "fencing"),
            expect("2021", "bronze"),
            expect("2023", "bronze"),
            expect("2024-12-07", "world cup", planned=True),
            expect("../2025-03-31", "selection", planned=True),
        ),
    ),
    Text(
        "museum-funding-statement",
        "culture ministry's museum funding statement",
        date(2023, 9, 28),
        """Ministry of Culture, Heritage and Sport
Statement - No. 117/2023

Minister announces GBP 12 million for regional museums

The Minister for Culture, Ayesha Rahman, today announced GBP 12 million of new capital funding
for 31 regional museums under the Museums Resilience Programme, which has been running since
2015.

The largest single grant, GBP 1.8 million, goes to the Harbour Museum in Portbury. The museum
closed in January 2020 for repairs to its roof and sea wall, and it will reopen on 1 July 2024.

"Our regional museums are where most people first meet history," the Minister said. "This
funding keeps their doors open and their collections safe."

Applications for the next funding round open on Monday. They must be submitted no later than
15 December, and decisions will be announced in the new year.

Visits to museums supported by the programme reached 4.6 million in the 2022/23 financial year,
the highest since 2019. The Ministry reviews its museum grants every three years, as required by
the Museums and Galleries Act 1992.

Notes to editors
1. The full list of grants is on the Ministry's website.
2. Media enquiries: 020 7946 0117.""",
        (
            expect("2023-09-28", "announc"),
            expect("2015/..", "programme"),
            expect("2020-01", "close"),
            expect("2024-07-01", "reopen", planned=True),
            expect("2023-10-02", "application", planned=True),
            expect("../2023-12-15", "submit", planned=True),
        ),
    ),
    Text(
        "clydeholm-no3-slipway",
        "shipyard's slipway history",
        None,
        """No. 3 Slipway, Clydeholm Yard

No. 3 Slipway was laid out in 1899, when the Clydeholm yard of Robert Niven & Co. was
enlarged to build larger cargo liners. The first ship launched from it, the steamer Arranmore,
took the water on 4 May 1901.

The berth was lengthened between 1937 and 1939 to take ships of up to 180 metres, and during
the Second World War it built frigates and a series of standard cargo ships. The largest ship
ever built on No. 3, the tanker Margaret Reid of 18,450 tons, was launched around 1958.

Orders dwindled in the following decades. The last keel may have been laid in 1983, although
the yard's own records for that year are lost, and the yard closed in 1984. Yard number 1412,
a dredger, is usually listed as the last ship to leave the slip.

The slipway, with its timber cradles and steel launching ways, has been a scheduled monument
since 1997. A restoration of the cradles by the Clydeholm Heritage Group is expected to begin in
2026.

Guided walks round the slipway are held on the second Sunday of every month.""",
        (
            expect("1899", "laid"),
            expect("1901-05-04", "arranmore"),
            expect("1937/1939", "lengthen"),
            expect("1958~", "margaret"),
            expect("1983?", "keel"),
            expect("1984", "clos"),
            expect("1997/..", "monument"),
            expect("2026", "restor", planned=True),
        ),
    ),
    Text(
        "film-society-letter",
        "film society's programme letter",
        None,
        """MILLBROOK FILM SOCIETY
The Regent Cinema, High Street, Millbrook

14 January 2025

Dear Members,

Happy new year, and thank you to everyone who came to the AGM on 9 December. The committee was
re-elected, and we agreed to keep the subscription at 45 pounds.

Our spring season opens on Friday 24 January with Agnes Varda's Cleo from 5 to 7. We then show
Stalker on 7 February and The Red Shoes on 21 February, followed by a members' choice in March.
As ever, we meet every other Friday at 7.30pm, with coffee in the foyer from 7.

The society was founded in 1948 by a group of teachers who wanted to see foreign films, and we
have screened at the Regent since 1973. Many of you will remember our sell-out showing of 2001:
A Space Odyssey, which we hope to bring back in 70mm one day.

Please renew your subscription by 31 January; members who have not renewed by then cannot be
admitted. You can pay at the door or by bank transfer (sort code 20-55-17, account 40731102).

With best wishes,

Margaret Ellery
Secretary

Tel. 0117 496 0322 | Registered Charity No. 1002731""",
        (
            expect("2024-12-09", "agm"),
            expect("2025-01-24", "season", planned=True),
            expect("2025-02-07", "stalker", planned=True),
            expect("2025-02-21", "red shoes", planned=True),
            expect("2025-03", "members", planned=True),
            expect("1948", "found"),
            expect("1973/..", "regent"),
            expect("../2025-01-31", "renew", planned=True),
        ),
    ),
    Text(
        "hobday-saddlers",
        "saddlery's history",
        None,
        """Hobday & Sons, Saddlers - Our Story

Hobday & Sons was established c. 1793 by Josiah Hobday, a harness maker in Walsall, the
town that still makes most of Britain's saddles. The workshop moved to Lichfield Street in
1854, where it stands today.

At the Paris Exhibition of 1867 a Hobday hunting saddle was awarded a silver medal, and our
'1867' saddle, made to the same pattern, is still our best seller. The firm has held a Royal
Warrant since 1936.

From 1940 to 1945 the workshop made harness and kit bags for the Army, and almost all of the
saddlers were women. A fire destroyed the cutting room on 2 February 1962, but the firm kept
working from a neighbour's yard.

The business passed to the Deakin family in 1978, and a shop in Newmarket opened the following
year to serve the racing trade.

Every saddle is still cut, stitched and finished by hand, and each one takes some 40 hours to
make. Our saddlers serve a seven-year apprenticeship.

Hobday & Sons, 41 Lichfield Street, Walsall WS1. Tel. 01922 555 088. Open Monday to Saturday.""",
        (
            expect("1793~", "establish"),
            expect("1854", "move"),
            expect("1867", "medal"),
            expect("1936/..", "warrant"),
            expect("1940/1945", "harness"),
            expect("1962-02-02", "fire"),
            expect("1978", "deakin"),
            expect("1979", "newmarket"),
        ),
    ),
)
