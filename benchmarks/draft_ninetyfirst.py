"""A ninetyfirst batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
water board's drought order, a cricket club's season review, a university's honorary degree
citation, a customs seizure press note, a lighthouse service notice, a family business's
history page in HTML, an avalanche bulletin, a magistrates' court report, a planetarium's
events listing, a medieval town's guidebook history and a wind farm consultation notice).
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYFIRST_CORPUS",)

NINETYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 8),
        """SETUBAL, Portugal, Oct 8 (Iberia Press) - Dockworkers at the port of Setubal walked off
the job on Monday, halting car exports from one of Portugal's busiest vehicle terminals and
leaving hundreds of trucks queued on the approach road.

The stevedores' union SEPORT filed its strike notice on September 23, after talks with the
port operator broke down on or about September 10. The union says its members have worked
without a collective agreement since January 2023.

"We have been patient for almost two years," union delegate Marta Correia told reporters at
the gate. "Patience is not a wage."

The operator, Sado Terminais, whose concession was renewed in March 2019, said the stoppage
was "disproportionate" and that it had offered a 4.5 percent pay rise, its largest offer
since 2012. A carmaker that ships about 2,400 vehicles through the terminal every Wednesday
said it was diverting cargo to Lisbon.

Labour Minister Rui Tavares will meet both sides on Thursday, his office said. The dispute
also threatens the government's 2030 port expansion plan, which relies on a deal with the
union over new automated cranes.

(Reporting by Ana Lopes; Editing by Mark Heller)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "notice"),
            expect("2024-09-10~", "talks"),
            expect("2023-01/..", "agreement"),
            expect("2019-03", "concession"),
            expect("2024-10-10", "meet", planned=True),
        ),
    ),
    Text(
        "kelpie-robotics-launch",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Kelpie Robotics launches Selkie 3 subsea inspection drone

Aberdeen, 19 February 2025 - Kelpie Robotics, the Aberdeen-based maker of autonomous underwater
vehicles, today announced the launch of Selkie 3, a compact drone that inspects offshore wind
foundations without a support vessel.

Kelpie Robotics was founded in 2016 by marine engineers Fiona Baird and Tomasz Wrobel. Its
first prototype was tested in Loch Tarvie in August 2018, and the company raised GBP 12
million in a Series A round in 2021.

A six-month pilot with a North Sea wind farm operator was completed by 31 January, the company
said, with Selkie 3 logging more than 900 hours under water.

Selkie 3 will be shown at Subsea Expo in Aberdeen from 4 to 6 March, and the first units will
ship from 1 June 2025. Advance orders are already the biggest for any Kelpie product since
2019.

"Operators want fewer boats at sea and more data," said chief executive Fiona Baird. "Selkie 3
gives them both."

Notes to editors
Kelpie Robotics Ltd is registered in Scotland, company number SC561204. The company is certified
to ISO 9001:2015.

Media contact: Ross Imrie, +44 1224 555 019, press@kelpierobotics.example

ENDS""",
        (
            expect("2025-02-19", "launch"),
            expect("2016", "found"),
            expect("2018-08", "prototype"),
            expect("2021", "series"),
            expect("../2025-01-31", "pilot"),
            expect("2025-03-04/2025-03-06", "expo", planned=True),
            expect("2025-06-01", "ship", planned=True),
        ),
    ),
    Text(
        "harlan-v-meadowbrook",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF INDIANA

No. 24A-PL-0318

DANA HARLAN, Appellant-Plaintiff,
v.
MEADOWBROOK PROPERTIES, LLC, Appellee-Defendant.

Filed: June 12, 2025

OPINION - Judge Okafor

[1] Dana Harlan leased a ground-floor unit from Meadowbrook Properties, LLC on March 1, 2019.
On or about September 14, 2021, a supply pipe in the unit above burst, flooding Harlan's
kitchen and damaging her furniture. Harlan gave Meadowbrook written notice of the damage on
September 20, 2021.

[2] The record shows that Meadowbrook completed the repairs no later than December 15, 2021.
Harlan nevertheless withheld rent and, in January 2022, filed suit seeking damages under Ind.
Code Section 32-31-8-5, a provision of the Residential Landlord-Tenant Act of 2002.

[3] The trial court granted summary judgment for Meadowbrook on August 8, 2024, concluding
that Harlan had not shown the repairs were unreasonably delayed. Harlan appeals.

[4] We review summary judgment de novo. See Boyd v. Linden Court Apartments, 118 N.E.3d 402,
406 (Ind. Ct. App. 2019). A landlord must make repairs within a reasonable time after notice;
what is reasonable depends on the nature of the defect. Here the designated evidence shows
that contractors attended the unit every week after the flood and that replacement cabinets
were back-ordered for reasons outside Meadowbrook's control. Harlan designated no evidence to
the contrary.

[5] The trial court did not err. Affirmed.

Riley, J., and Tavitas, J., concur.""",
        (
            expect("2019-03-01", "lease"),
            expect("2021-09-14~", "pipe"),
            expect("2021-09-20", "notice"),
            expect("../2021-12-15", "repair"),
            expect("2022-01", "suit"),
            expect("2024-08-08", "summary"),
        ),
    ),
    Text(
        "kessler-canal",
        "encyclopedia history",
        None,
        """Kessler Canal

The Kessler Canal is a disused waterway of 42 kilometres linking the River Aln at Brackenford
with the coal basin at Kessler Moor. It includes the 1,790-metre Hollin Tunnel, once the longest
canal tunnel in the county.

History

Construction began circa 1792 under the engineer Josiah Marwood, financed by a company of local
mine owners. The canal opened to traffic in 1801, and for several decades it carried most of
the coal shipped from the moor.

The company was bought by the Northern Counties Railway in 1846, which raised tolls to steer
freight onto its own line. Floods breached the embankment below Hollin Tunnel in 1852, 1866 and
1879, and each repair was slower than the last.

The canal was closed to commercial traffic by 1939. Its lower reach was sold for housing after
the war, and the remaining channel was declared a "remainder waterway" under the 1968 Transport
Act, which meant it received no money for navigation.

Restoration

The Kessler Canal Trust has owned the upper 11 kilometres since 1987. Volunteers work on the
locks every Saturday, and the restored section between Hollin and Marwood Bridge carries trip
boats. The trust's membership is the highest since its founding.

See also: Canals of northern England""",
        (
            expect("1792~", "construct"),
            expect("1801", "open"),
            expect("1846", "railway"),
            expect("1852", "flood"),
            expect("1866", "flood"),
            expect("1879", "flood"),
            expect("../1939", "clos"),
            expect("1987/..", "trust"),
        ),
    ),
    Text(
        "hallam-town-ryecroft",
        "sports report",
        date(2025, 4, 27),
        """Hallam Town 3 Ryecroft Athletic 1

By Gareth Pryce, Sports Desk

Hallam Town beat Ryecroft Athletic 3-1 on Saturday to move within two points of the top of
the Northern Premier with two games left, their first league win at Brindle Park since 2009.

Striker Kofi Mensah, signed from Lowther Rovers in January 2024, scored twice before half-time,
both from crosses by the full-back Callum Reid. Ryecroft pulled one back through a penalty
early in the second half, but substitute Jordan Ellis settled the match in the 81st minute.

Manager Sian Thorley, who was appointed on 3 November last year after the club's worst start
in a decade, praised her players' composure in front of a crowd of 2,418.

"We've talked all season about keeping our heads," she said. "Today we did."

Town were promoted from the Division One East in 2022 and have never finished higher than
ninth at this level. Their squad trains every Tuesday and Thursday evening at the college
pitches in Hallam.

The sides meet again in the county cup semi-final at Hallam on Wednesday. The final round of
league matches is scheduled for 10 May.

Hallam Town: Brook; Reid, Adeyemi, Walsh, Fenton; Hughes, Parry (Ellis 70), Kane; Lowe, Mensah,
Dunn.""",
        (
            expect("2025-04-26", "beat"),
            expect("2024-01", "sign"),
            expect("2024-11-03", "appoint"),
            expect("2022", "promot"),
            expect("2025-04-30", "semi", planned=True),
            expect("2025-05-10", "round", planned=True),
        ),
    ),
    Text(
        "ostrander-pumps-history",
        "company history",
        None,
        """Ostrander Pumps - Our History

A century of moving water

Ostrander Pumps was founded in 1921 by the brothers Karl and Henrik Ostrander in a rented
workshop behind a Westport foundry. Their first product, the Model 1921 hand pump, was sold to
farms across the valley, and versions of it are still made today.

The company moved to its present site in Eastfield in about 1934, when demand for electric
irrigation pumps outgrew the workshop. From 1940 to 1945 the Eastfield works built fire pumps
for the civil defence service, and more than 3,000 of them left the factory during those years.

Ostrander was listed on the stock exchange in 1962 and opened a plant in Campinas, Brazil, the
following year. By then it employed over 1,500 people.

Since 1998 the company has been owned by the Haldane Foundation, which reinvests its dividends
in water projects in East Africa. Each year Ostrander trains around 40 apprentices at Eastfield.

Ostrander will open a new test centre for large municipal pumps at Eastfield in 2026.

Ostrander Pumps Ltd, Eastfield Works, Westport. Tel. 01632 418 200.""",
        (
            expect("1921", "found"),
            expect("1934~", "move"),
            expect("1940/1945", "fire"),
            expect("1962", "list"),
            expect("1963", "brazil"),
            expect("1998/..", "haldane"),
            expect("2026", "test", planned=True),
        ),
    ),
    Text(
        "aurelia-mission",
        "mission summary",
        None,
        """Aurelia: Mission Summary

Aurelia is a sample-return mission of the European Deep Space Consortium to the near-Earth
asteroid 2011 QF48, a dark, carbon-rich body about 480 metres across.

Mission overview
Launch mass: 1,230 kg
Launch vehicle: Ariane 5 (flight VA247)

Aurelia was launched on 14 March 2019 from Kourou, French Guiana. It performed an Earth flyby
in March of the following year, using Earth's gravity to raise its orbit towards the asteroid.

The spacecraft arrived at 2011 QF48 on 2 October 2021 and spent six weeks mapping the surface
from a distance of 20 kilometres. Its sampling arm touched the surface around 19 November,
collecting an estimated 60 grams of regolith.

The departure burn, possibly on 3 March 2022, was not confirmed until the next ground station
pass because of a communications fault; engineers have not been able to fix the exact day from
telemetry.

The sample capsule is scheduled to return to Earth in September 2026, landing in the Woomera
range in South Australia. The mission team holds a status review every month.

Principal investigator: Dr. Helene Marchetti""",
        (
            expect("2019-03-14", "launch"),
            expect("2020-03", "flyby"),
            expect("2021-10-02", "arriv"),
            expect("2021-11-19~", "sampl"),
            expect("2022-03-03?", "departure"),
            expect("2026-09", "return", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        None,
        """Ministry of Agriculture and Rural Affairs

Statement on avian influenza in Dunmore County

3 September 2025

The Ministry can confirm that a case of highly pathogenic avian influenza (H5N1) was confirmed
on 28 August at a commercial egg farm near Dunmore. This is the worst outbreak in the county
since 2021.

A 3 km protection zone and a 10 km surveillance zone have been in place around the premises
since Friday. All 40,000 birds on the farm were humanely culled by Monday, and cleansing of the
premises is under way.

A housing order requiring all poultry in the county to be kept indoors will take effect on
8 September. The Minister, Aoife Brennan, will visit the Dunmore control centre on Thursday to
meet staff of the National Veterinary Response Unit, which was established in 2014.

Keepers will be compensated for healthy birds culled under the 2006 Compensation Scheme.
Inspectors continue to test flocks in the surveillance zone every Monday.

Bird keepers who suspect disease should call the helpline on 0300 200 3010.

ENDS""",
        (
            expect("2025-08-28", "confirm"),
            expect("2025-08-29/..", "zone"),
            expect("../2025-09-01", "cull"),
            expect("2025-09-08", "housing", planned=True),
            expect("2025-09-04", "visit", planned=True),
            expect("2014", "unit"),
        ),
    ),
    Text(
        "riverside-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Riverside Library reopening date set | Ashby Council News</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/libraries">Libraries</a></nav>
<article>
<h1>Riverside Library reopening date set</h1>
<p class="meta">Posted on 5 March 2024 by Communications Team</p>
<p>Riverside Library closed on 4 September 2023 for a full refurbishment of the Grade II
listed building.</p>
<p>Contractors finished the new roof in January, and the children's library and study rooms
are now being fitted out.</p>
<p>The library <strong>will reopen on Saturday 13 April</strong> with a family open day.
Book returns will be accepted again from 2 April at the side entrance.</p>
<h2>About the building</h2>
<p>The library was built in 1906 with a gift from the Carnegie trust. A reading room
extension was added circa 1972.</p>
<ul>
<li>Opening hours after reopening: Tuesdays to Saturdays, 9am to 5pm</li>
<li>Storytime every Wednesday at 10.30am</li>
<li>Enquiries: 01632 960 118</li>
</ul>
</article>
<footer><p>Last updated 6 March 2024</p></footer>
</body>
</html>""",
        (
            expect("2023-09-04", "clos"),
            expect("2024-01", "roof"),
            expect("2024-04-13", "reopen", planned=True),
            expect("2024-04-02", "return", planned=True),
            expect("1906", "built"),
            expect("1972~", "extension"),
        ),
    ),
    Text(
        "teviot-drought-order",
        "water board's drought order",
        None,
        """TEVIOT VALLEY WATER BOARD

NOTICE OF DROUGHT ORDER
Ref: DO/2025/07
Issued 12 June 2025

Water Resources Act 1991, Section 73

Rainfall in the Teviot catchment since the start of March has been the lowest since 1976.
Storage in Hallow Reservoir fell below 45 per cent of capacity on 2 June, the trigger level
in the Board's drought plan.

A temporary use ban (hosepipe ban) has been in force across the Board's area since 20 May.
The Board applied to the Minister for a drought order on 5 June, and the order has now been
granted.

The order takes effect from 16 June 2025 and will remain in force until 30 September 2025.
While it is in force, the Board may reduce the compensation flow from Hallow Reservoir to the
River Teviot and prohibit the filling of private swimming pools and ornamental ponds.

A public hearing on the order will be held at Kelsby Town Hall on 24 June.

The Board last used drought powers in 2018.

Customers can report leaks 24 hours a day on 0800 555 0142. Meter readings are taken every
quarter.

Signed: A. Ruthven, Director of Water Resources""",
        (
            expect("2025-06-02", "storage"),
            expect("2025-05-20/..", "hosepipe"),
            expect("2025-06-05", "appli"),
            expect("2025-06-16/2025-09-30", "order", planned=True),
            expect("2025-06-24", "hearing", planned=True),
            expect("2018", "drought"),
        ),
    ),
    Text(
        "ashcombe-cc-review",
        "cricket club's season review",
        date(2024, 10, 2),
        """Ashcombe Cricket Club - Season Review

From the Chairman's desk

What a summer. The season opened on 20 April with a rain-shortened friendly against the Old
Carthusians, and it ended with silverware.

The highlight for many was Tom Whitlock's unbeaten century against Marsden Vale on 8 June, the
first by an Ashcombe batter at home in three years. Our 1st XI went on to post 312 for 4 in the
return fixture, the highest total since 1998.

We clinched the Division Two title on 7 September with a four-wicket win at Hurst Green. It is
our first league title in around 30 years, and it brings promotion to Division One.

Thanks go to Priya Nair, club captain since 2019, and to the groundsman, Dennis Cole, who kept
the square alive through a dry July. The pavilion, built in 1894, survived another season with
a little help from the working parties.

Winter nets run every Thursday at the Ashcombe School sports hall. The AGM will be held in the
pavilion on 15 November at 7.30pm, and all members are encouraged to attend.

Subscriptions for 2025: seniors GBP 120, juniors GBP 45.

Chris Deane, Chairman""",
        (
            expect("2024-04-20", "open"),
            expect("2024-06-08", "century"),
            expect("2024-09-07", "title"),
            expect("2019/..", "captain"),
            expect("1894", "pavilion"),
            expect("2024-11-15", "agm", planned=True),
        ),
    ),
    Text(
        "honorary-degree-asante",
        "university's honorary degree citation",
        None,
        """UNIVERSITY OF KINROSS
Summer Congregation, Thursday 10 July 2025

Citation for Professor Abena Asante, FRS
Honorary Degree of Doctor of Science
Presented by the Public Orator

Chancellor, it is my privilege to present Abena Asante.

Professor Asante was born in Accra in 1951. She graduated in biochemistry from the University
of Ghana in 1973 and moved to Edinburgh the following year, supported by an 1851 Research
Fellowship. Her first paper, published around 1977, described a protein on the surface of the
malaria parasite that many of her colleagues thought irrelevant.

She completed her PhD in 1979 and returned to West Africa, where she built a laboratory with
little more than a centrifuge and a generator. From 1996 to 2004 she led the field trial of a
malaria vaccine in three districts of northern Ghana, a study that enrolled more than 8,000
children.

Professor Asante has been a Fellow of the Royal Society since 2011. She still teaches every
term at Legon, and she will deliver this University's Founders' Lecture on 11 July.

Chancellor, I present to you Abena Asante as eminently worthy of the degree of Doctor of
Science, honoris causa.""",
        (
            expect("1951", "born"),
            expect("1973", "graduat"),
            expect("1974", "edinburgh"),
            expect("1977~", "paper"),
            expect("1979", "phd"),
            expect("1996/2004", "trial"),
            expect("2011/..", "fellow"),
            expect("2025-07-11", "lecture", planned=True),
        ),
    ),
    Text(
        "felixby-cocaine-seizure",
        "customs seizure press note",
        None,
        """BORDER REVENUE SERVICE
Press note 47/2024
17 January 2024

180 kg of cocaine found in banana container at Felixby

Border Revenue officers seized 180 kilograms of cocaine hidden in a refrigerated container of
bananas at the Port of Felixby on Friday 12 January. The drugs have an estimated street value
of GBP 14.4 million. It is the largest single seizure at the port since 2019.

The container had left Guayaquil, Ecuador, on or about 14 December. Officers selected it for
examination after an investigation that has been under way since November.

Two men, aged 29 and 41, were arrested in Felixby on Saturday in connection with the
importation. Both have been charged under the Customs and Excise Management Act 1979 and will
appear before Felixby Magistrates' Court on Monday 22 January.

"Organised crime groups keep trying the same routes," said Assistant Director Helen Marsh.
"Our officers check containers from high-risk origins every day."

Case reference: BRS/OP/2291. Anyone with information can call Crimestoppers anonymously on
0800 555 111.

Notes for editors: images of the seizure are available on request.""",
        (
            expect("2024-01-12", "seiz"),
            expect("2023-12-14~", "container"),
            expect("2023-11/..", "investigation"),
            expect("2024-01-13", "arrest"),
            expect("2024-01-22", "appear", planned=True),
        ),
    ),
    Text(
        "skerrow-point-notice",
        "lighthouse service notice",
        None,
        """COASTAL LIGHTS SERVICE

NOTICE TO MARINERS No. 14 of 2025
Date: 24 April 2025

SCOTLAND - WEST COAST - SKERROW POINT LIGHTHOUSE - TEMPORARY DISCONTINUANCE

Position: 58 12.4'N 005 47.9'W
Chart: BA 2635

1. Mariners are advised that Skerrow Point Light (Fl(2) W 15s, range 18 miles) will be
temporarily discontinued from 6 May to 20 May 2025 while the lantern is refurbished.

2. A temporary lit buoy (Fl W 5s) will be established 0.3 miles west of the lighthouse by
5 May. It flashes once every five seconds.

3. Skerrow Point Light has been exhibited since 1852. The station was automated in 1991, and
its fog signal was discontinued on 1 March 2019. The lantern was last overhauled in 1998, and
the refurbishment will replace its rotating optic with a fixed LED array of the same
character.

4. Mariners are requested to navigate with caution in the vicinity and to report any defect
in the temporary buoy to the Coastal Lights Service duty officer.

5. This notice will be cancelled when the light is restored.

Issued by the Superintendent, Coastal Lights Service, Oban. Tel. 01631 555 700.""",
        (
            expect("2025-05-06/2025-05-20", "discontinu", planned=True),
            expect("../2025-05-05", "buoy", planned=True),
            expect("1852/..", "exhibit"),
            expect("1991", "automat"),
            expect("2019-03-01", "fog"),
            expect("1998", "overhaul"),
        ),
    ),
    Text(
        "pellegrini-bakery-story",
        "family business's history page in HTML",
        None,
        """<html>
<head><title>Our Story | Pellegrini &amp; Figli Bakery, Cardiff</title></head>
<body>
<header><h1>Pellegrini &amp; Figli</h1><p>Bakers in Cardiff for four generations</p></header>
<section id="story">
<h2>Our Story</h2>
<p>Giuseppe Pellegrini arrived in Cardiff from Bardi in 1908 with a sack of flour and his
mother's starter dough. He opened his first shop on Bute Street around 1912, selling bread to
the dock workers before their shifts.</p>
<p>The shop was destroyed in an air raid in January 1941. Giuseppe's son Mario took over the
business in 1955 and moved it to Clifton Street, where we still bake every night.</p>
<p>In June 1977 Mario supplied bread for the Silver Jubilee street parties of half of
Splott.</p>
<p>His daughter Anna has run the bakery since 1994, and our famous Bute Street 1912 loaf is
still made from Giuseppe's recipe.</p>
<h3>What's next</h3>
<p>We will open a second shop in Penarth in March 2026.</p>
</section>
<footer>
<p>Open every day from 6am &middot; Tel 029 2055 0192</p>
<p>&copy; 2025 Pellegrini &amp; Figli Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("1908", "arriv"),
            expect("1912~", "shop"),
            expect("1941-01", "destroy"),
            expect("1955", "mario"),
            expect("1977-06", "jubilee"),
            expect("1994/..", "anna"),
            expect("2026-03", "penarth", planned=True),
        ),
    ),
    Text(
        "vasse-avalanche-bulletin",
        "avalanche bulletin",
        None,
        """AVALANCHE BULLETIN - HAUTE VASSE MASSIF
Bulletin no. 87
Issued Thursday 13 February 2025, 17:00. Valid until Friday 14 February 2025, 17:00.

DANGER LEVEL: 4 (HIGH) above 2,200 m; 3 (CONSIDERABLE) below.

Snowpack and weather
Heavy snowfall from 9 to 11 February brought 90 to 120 cm of new snow above 2,000 m, the most
in a single storm since 1999. Strong north-westerly winds have built deep slabs on east- and
south-facing slopes.

Recent activity
A ski tourer was caught and partly buried by a slab avalanche below the Col de Vasse on
Tuesday; he was rescued by his companions. Several large natural avalanches were observed on
Wednesday morning. Danger level 4 has been in force since Wednesday.

Outlook
A warm front is expected to arrive on Saturday, with rain up to 1,800 m and a further rise in
wet-snow avalanche activity. The D 902 road to Vasse-le-Haut is closed; the department expects
to reopen it around 17 February.

Advice
Avoid all steep slopes above 2,200 m. Stay on open, groomed pistes. Bulletins are published
every day at 17:00.

Mountain rescue: 112. Forecaster on duty: J. Morel""",
        (
            expect("2025-02-09/2025-02-11", "snow"),
            expect("2025-02-11", "caught"),
            expect("2025-02-12", "observ"),
            expect("2025-02-12/..", "danger"),
            expect("2025-02-15", "front", planned=True),
            expect("2025-02-17~", "reopen", planned=True),
        ),
    ),
    Text(
        "northfield-drink-driver",
        "magistrates' court report",
        date(2024, 3, 5),
        """COURTS

Drink-driver who hit parked van banned for 18 months

By Leanne Foster, Court Reporter

A Bexley man who crashed into a parked van after drinking at a Christmas party was banned
from driving for 18 months at Northfield Magistrates' Court on Monday.

Darren Pike, 34, of Orchard Rise, Bexley, was stopped by police in Station Road on 17
December after his car struck the van at about 11.40pm. A breath test gave a reading of 71
microgrammes of alcohol in 100 millilitres of breath, twice the legal limit.

Pike pleaded guilty at a first hearing on 8 February to driving with excess alcohol, an
offence under the Road Traffic Act 1988.

Defending, Ruth Akers said her client had held a full licence since 2008 and drove every day
for his job as an electrician. He had a previous conviction for speeding in 2015.

Chair of the bench Graham Leach fined Pike GBP 1,200 and ordered him to pay GBP 85 costs and a
GBP 480 surcharge. Sentencing on a separate charge of failing to stop was adjourned to 26
March.

Case no. 0148/24""",
        (
            expect("2024-03-04", "ban"),
            expect("2023-12-17", "stop"),
            expect("2024-02-08", "plead"),
            expect("2008/..", "licence"),
            expect("2015", "conviction"),
            expect("2024-03-26", "sentenc", planned=True),
        ),
    ),
    Text(
        "galloway-planetarium-whats-on",
        "planetarium's events listing",
        date(2025, 2, 24),
        """GALLOWAY PLANETARIUM - WHAT'S ON
March and April 2025

Since the Galloway Planetarium opened in 1967 more than two million visitors have sat under
its dome. Our digital projector, installed in 2019, shows the sky from anywhere in the
universe.

SPECIAL EVENTS

Thursday 6 March, 19:30 - Mars After Opposition
Dr. Lena Oyelaran will give a talk on what the red planet tells us about water, followed by
telescope viewing on the roof if the sky is clear.

Friday 14 March, 04:00 - Total Lunar Eclipse Breakfast
We will open the roof terrace before dawn to watch the total lunar eclipse, with hot drinks
and commentary.

Thursday 20 March, 18:00 - Equinox Sky Show
A special show will mark the spring equinox, when day and night are of nearly equal length.

REGULAR SHOWS
"Tonight's Sky" every Saturday at 11:00 and 14:00. Family show "Rocket Mouse" every Sunday at
10:30. Visit the Apollo 1969 Room, our gallery of moon-landing objects, any time during
opening hours.

CLOSURE
The planetarium will be closed for maintenance from 22 to 28 April.

Tickets: adults GBP 9, children GBP 6. Box office 01387 555 240.""",
        (
            expect("1967", "open"),
            expect("2019", "projector"),
            expect("2025-03-06", "mars", planned=True),
            expect("2025-03-14", "eclipse", planned=True),
            expect("2025-03-20", "equinox", planned=True),
            expect("2025-04-22/2025-04-28", "maintenance", planned=True),
        ),
    ),
    Text(
        "wendlebury-guidebook",
        "medieval town's guidebook history",
        None,
        """WENDLEBURY: A SHORT HISTORY

Welcome to Wendlebury, a market town on the River Wend. This guide takes you round the walls
in about 90 minutes; guided tours leave the Tolbooth every day at 14:00.

Wendlebury was granted its charter by the Earl of Cressing c. 1180, and a weekly market has
been held in the square since 1203. It still takes place every Thursday, and stallholders
pitch in the same places their predecessors did.

The town walls were built between 1290 and 1310, after Scottish raiders burned the suburbs.
Stretches of them survive along Wall Walk, with three of the original five gates.

The Black Death reached Wendlebury in 1349 and is thought to have killed a third of the town.
A fire destroyed much of Bridge Street, probably in 1476; the town records for that decade are
lost, and the date is known only from a later petition to the king.

St Cuthbert's church tower was rebuilt in 1502, with money left by the wool merchant John
Ashe, whose brass you can see in the chancel.

During the Civil War the town was besieged in 1644 by Parliamentary troops, and the marks of
their cannon balls can still be seen on the West Gate.

The Tolbooth Museum is open 10.00 to 17.00, Tuesday to Sunday. Admission with the Wendlebury
Pass.""",
        (
            expect("1180~", "charter"),
            expect("1203/..", "market"),
            expect("1290/1310", "wall"),
            expect("1349", "death"),
            expect("1476?", "fire"),
            expect("1502", "tower"),
            expect("1644", "besieg"),
        ),
    ),
    Text(
        "carn-dearg-consultation",
        "wind farm consultation notice",
        None,
        """CARN DEARG WIND FARM
PUBLIC CONSULTATION NOTICE

Notice date: 30 August 2023
Planning reference: 23/01187/SCOP

Highmoor Renewables Ltd is consulting the public on its proposal for a wind farm of up to 12
turbines, each up to 180 metres to blade tip, on the Carn Dearg estate, 6 km north of Kinloch.

Background
An earlier 9-turbine scheme on part of the site was refused in 2015. The Highland Council
issued a scoping opinion for the present proposal in March 2022. A meteorological mast has
recorded wind speeds on the site since June 2021.

Public exhibitions
Public exhibitions will be held at Kinloch Village Hall on 12 and 14 September, from 2pm to
7pm, where members of the project team will answer questions.

The consultation will close on 13 October 2023. Highmoor expects to submit its planning
application around March 2024.

Community benefit
The company would pay GBP 5,000 per megawatt installed into a community fund every year for
the life of the project. The project would contribute to Scotland's 2045 net zero target.

Comments: Carn Dearg Consultation, Highmoor Renewables, 14 Harbour Street, Inverness IV1 1SA,
or call 01463 555 682.""",
        (
            expect("2015", "refus"),
            expect("2022-03", "scoping"),
            expect("2021-06/..", "mast"),
            expect("2023-09-12", "exhibition", planned=True),
            expect("2023-09-14", "exhibition", planned=True),
            expect("2023-10-13", "close", planned=True),
            expect("2024-03~", "application", planned=True),
        ),
    ),
)
