"""A ninety-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
archaeological dig's season report, a theatre company's production history, an appeals court
summary of a planning case, a mountain rescue team's annual report, a railway preservation
society's locomotive page in HTML, an airline's route launch press release, a tennis
tournament report, a central bank's rate decision statement, a parish register transcription
note, a school's term dates letter and a shipwreck's history). Facts whose date a reader could
take two ways (a season, "late 1970s", "next week", "recently") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYEIGHTH_CORPUS",)

NINETYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 6, 12),
        """SETUBAL, Portugal, June 12 (Atlantic Press Agency) - Dock workers at the port of
Setubal walked out on Monday, halting car exports from the nearby assembly plant and leaving
eleven vessels waiting at anchor in the Sado estuary.

The stevedores' union SEP-Sado filed its strike notice on May 28, after the port operator
rejected a 7 percent pay claim. Basic wages at the terminal have been frozen since January
2022, union leader Marta Coelho told reporters at the gates.

The government ordered minimum services on Tuesday, requiring one crane crew per shift for
perishable cargo. The operator, Terminais do Sado, said the stoppage was the longest at the
port since 2015 and was costing it about 400,000 euros a day.

The previous strike, in about 2012, lasted nine days and ended with a two-year wage agreement.

Talks between the two sides are scheduled to resume on Friday at the labour ministry in
Lisbon, a ministry spokesman said. The union holds a members' assembly every Thursday while
the strike lasts.

Shipping agents can reach the port's emergency desk on 265 190 2024.

(Reporting by Ana Ferreira; Editing by Paul Kendrick)""",
        (
            expect("2024-06-10", "walk"),
            expect("2024-05-28", "notice"),
            expect("2022-01/..", "wage"),
            expect("2024-06-11", "minimum"),
            expect("2012~", "strike"),
            expect("2024-06-14", "talks", planned=True),
        ),
    ),
    Text(
        "velomark-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Velomark opens cargo-bike assembly hall in Helmond

Helmond, the Netherlands, 4 March 2025 - Velomark B.V., the Dutch maker of electric cargo
bikes, today opened a 14,000 square metre assembly hall on the Automotive Campus in Helmond.

Construction of the hall began in September 2023. The first bikes will roll off the new line
on 1 July 2025, and a second phase, adding a battery workshop, is expected to be completed by
the end of 2027.

Founded in 1987 by brothers Joost and Pieter van Aalst in a garage in Eindhoven, Velomark has
supplied delivery bikes to the national postal service since 2009. It now sells more bikes than
in any year since 2019.

"This hall is the heart of our Velomark 2030 plan," said chief executive Ingrid Bosman. "We
will build 1,500 bikes a week here, every week, in Brabant."

The hall is powered by 2,400 rooftop solar panels. The company employs 620 people.

About Velomark
Velomark B.V. designs and builds cargo bikes for families, couriers and municipal services.

Media contact
Lotte Hermans, +31 40 555 1987, press@velomark.example
###""",
        (
            expect("2025-03-04", "open"),
            expect("2023-09", "construct"),
            expect("2025-07-01", "bike", planned=True),
            expect("../2027", "phase", planned=True),
            expect("1987", "found"),
            expect("2009/..", "postal"),
        ),
    ),
    Text(
        "harlan-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MONTANA
No. DA 23-0417
Filed: February 9, 2024

DARREN K. HARLAN, Plaintiff and Appellant,
v.
BITTERROOT HOLDINGS LLC, Defendant and Appellee.

OPINION

1. Harlan appeals from the district court's order granting summary judgment to Bitterroot
Holdings LLC on his claim for the return of a security deposit. We reverse and remand.

BACKGROUND

2. On or about March 3, 2021, Harlan signed a one-year lease for a commercial unit in
Hamilton owned by Bitterroot. The lease required rent to be paid no later than the fifth day of
each month and a deposit of $4,800.

3. Bitterroot sent Harlan a notice of default on June 14, 2021, citing two late payments.
Harlan vacated the unit before September 30, 2021, and returned the keys by mail. Bitterroot
kept the deposit, claiming repair costs of $5,112.

4. Harlan filed suit in August 2021 under the Residential and Commercial Deposits Act of
1989. The district court granted Bitterroot's motion for summary judgment on January 20,
2023, holding that the repair invoices were undisputed.

DISCUSSION

5. Summary judgment is proper only when no genuine issue of material fact exists. Harlan's
affidavit states that the unit was photographed at move-out and that the damage predated his
tenancy. That is a genuine dispute. The district court erred in weighing the invoices against
the affidavit rather than leaving the question to the trier of fact.

6. Reversed and remanded for further proceedings consistent with this Opinion.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2021-06-14", "default"),
            expect("../2021-09-30", "vacat"),
            expect("2021-08", "suit"),
            expect("2023-01-20", "summary"),
        ),
    ),
    Text(
        "kestrelford",
        "encyclopedia history",
        None,
        """Kestrelford

Kestrelford is a market town and civil parish in the county of Wealdshire, England, on the
River Lamm. Population (2011 census): 4,382.

History

The settlement is first mentioned around 1150, as Cerstelford, in a grant of land to the
priory of St Anselm. Its name is usually taken to mean "the ford where kestrels are seen",
though some scholars prefer a personal name.

Kestrelford received a market charter from Edward I in 1284, and a Thursday market has been
held in the square every week since. The priory was dissolved in 1538 and its lands were sold
to the Harcourt family.

The tower of St Mary's church may date from 1320, though the evidence for this is uncertain;
the nave was largely rebuilt in 1868.

The wool trade made the town prosperous for several centuries. The railway arrived in 1847,
and the station closed in 1964 under the Beeching cuts. The town's population has declined
since 1971.

Landmarks

The Harcourt almshouses and the seven-arched Kestrelford Bridge are listed buildings. The town
hosts the Kestrelford 1284 Fair, a costumed festival held each
August.""",
        (
            expect("1150~", "mention"),
            expect("1284", "charter"),
            expect("1538", "dissolv"),
            expect("1320?", "tower"),
            expect("1868", "rebuilt"),
            expect("1847", "railway"),
            expect("1964", "station"),
            expect("1971/..", "population"),
        ),
    ),
    Text(
        "holloway-double",
        "sports report",
        date(2025, 10, 19),
        """Holloway double lifts Carrick to third

By Sam Otieno

Carrick Rovers 3 Dunmore Athletic 1

Jamie Holloway scored twice on Saturday as Carrick Rovers beat Dunmore Athletic to climb to
third in the Championship, their first league win over Dunmore since 1998.

Holloway, who joined from Ashby Town in January 2023 for a fee of about 250,000 pounds, opened
the scoring after 14 minutes with a low shot and added a second from the penalty spot just
before the break. Dunmore pulled one back through Leon Marsh, but substitute Oisin Kerr sealed
the win in stoppage time.

It was a far cry from Holloway's start at the club. He made his debut on 12 August 2023 and
broke his ankle two days later in training, missing the rest of that season.

Manager Claire Dunphy, appointed in May 2024, said: "Jamie trains every morning like it is a
cup final. He deserves this."

Carrick, promoted in 2019, were watched by a crowd of 2,019, their biggest of the season.

Rovers host Millbrook United on Wednesday, and Dunphy is expected to name an unchanged side.
Holloway is one of three Carrick players on the longlist for the 2026 Player of the Year
award.""",
        (
            expect("2025-10-18", "holloway"),
            expect("2023-01", "join"),
            expect("2023-08-12", "debut"),
            expect("2023-08-14", "ankle"),
            expect("2024-05", "appoint"),
            expect("2019", "promot"),
            expect("2025-10-22", "millbrook", planned=True),
        ),
    ),
    Text(
        "harrowgate-biscuits",
        "company history",
        None,
        """Our History | Harrowgate & Sons Biscuits

From a single oven to a nation's tea table

Harrowgate & Sons was founded in 1893 by Thomas Harrowgate, a baker's apprentice from Otley,
who sold ginger snaps from a handcart on market days. His "1893 Original" recipe is still
baked today.

The business moved to a former mill on Kirkstall Road in Leeds in 1921, and added a second
bakery in Bradford the following year.

Harrowgate biscuits have been exported since 1958, when the first consignment of shortbread
left Hull for Oslo. The family kept control of the company until it was sold to the Consolidated
Foods group in about 1986. A management buy-out returned it to independent ownership in 1999.

In the new century the company opened its own shops in York in 2005, in Harrogate in 2008 and
in Edinburgh in 2012. Each shop bakes a fresh batch every morning at six.

Today Harrowgate & Sons employs more than 1,200 people and bakes some 40 million biscuits a
year.

Visit our bakery museum, open Tuesday to Sunday.

Harrowgate & Sons Ltd, registered in England No. 00038193.""",
        (
            expect("1893", "found"),
            expect("1921", "move"),
            expect("1922", "bakery"),
            expect("1958/..", "export"),
            expect("1986~", "sold"),
            expect("1999", "buy"),
            expect("2005", "york"),
            expect("2008", "harrogate"),
            expect("2012", "edinburgh"),
        ),
    ),
    Text(
        "seren-orbiter",
        "mission summary",
        None,
        """SEREN (Small Explorer for Regolith and Exospheric Neutrals)

Mission type: Lunar orbiter and lander
Operator: Nordic Space Consortium
COSPAR ID: 2019-087A
Mass at launch: 1,950 kg

Mission summary

Seren was launched on 3 December 2019 from Kourou on a Vega rocket. After a slow transfer
using two lunar flybys, the orbiter entered lunar orbit on 22 March 2021 and released its small
lander, Tern, on 9 May. Tern touched down near the crater Plaskett and returned data for 19
days, well beyond its planned lifetime.

The orbiter mapped hydrogen in the polar regions at a resolution of 10 km, the best achieved
since the Lunar Prospector mission. Its primary mission ended in March 2022, and the consortium
approved an extended mission the following month.

Contact with the orbiter was lost around 14 February 2024, probably after a failure of its
reaction wheels; engineers have not been able to confirm the cause.

Legacy

Data from Seren have been publicly available since June 2022 through the consortium's archive.
A successor, Seren-2, is scheduled to launch in 2028, and its lander is expected to operate at
the south pole for a full lunar year.

Further reading: NSC Technical Report TR-2021-044.""",
        (
            expect("2019-12-03", "launch"),
            expect("2021-03-22", "orbit"),
            expect("2021-05-09", "tern"),
            expect("2022-03", "primary"),
            expect("2022-04", "extend"),
            expect("2024-02-14~", "contact"),
            expect("2022-06/..", "data"),
            expect("2028", "seren-2", planned=True),
        ),
    ),
    Text(
        "water-restrictions",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, 17 April 2025

Drought measures for the southern basins

The Government declared a state of drought in the four southern river basins on 2 April, on the
advice of the National Hydrological Service. Reservoir storage in the region has been below 40
per cent of capacity since February, and March was the driest March since 1953.

After consulting the regional water boards, I have decided on the following measures.

Restrictions on the use of mains water for gardens, car washing and the filling of private pools
will come into force on Monday. Farmers who irrigate from rivers will be allowed to do so only at
night. Industrial users will be asked to cut consumption by a tenth.

The last comparable restrictions were imposed in 2005 and lifted in 2006.

The Ministry will review the measures no later than 30 June, in the light of rainfall and
reservoir levels. Regional water boards report their figures to the Ministry every Monday.

Households can find advice on saving water at the Ministry's website or by calling the drought
line on 0800 2025 040.

Under the Water Resources Act 1991, breaches of the restrictions may be fined.

ENDS

Press office: +44 20 7946 0417""",
        (
            expect("2025-04-02", "drought"),
            expect("2025-02/..", "reservoir"),
            expect("2025-04-21", "restrict", planned=True),
            expect("2005", "restrict"),
            expect("2006", "lift"),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "harbourside-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harbourside Borough Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>Council news</h1>
<ul class="news-list">
  <li><time datetime="2025-05-12">12 May 2025</time>
    <h2>Marine Lake swimming pool reopens</h2>
    <p>The Marine Lake pool reopened to swimmers on 10 May after a two-year refurbishment. The
    pool, built around 1934, is open every day from 7am.</p></li>
  <li><time datetime="2025-05-06">6 May 2025</time>
    <h2>Coastal path closed at Gull Point</h2>
    <p>The coastal path at Gull Point has been closed since 2 May after a cliff fall. It is
    expected to reopen by 31 July.</p></li>
  <li><time datetime="2025-04-28">28 April 2025</time>
    <h2>New mayor elected</h2>
    <p>Councillor Priya Nandakumar was elected mayor at the annual council meeting on 24 April.
    She first joined the council in 2015.</p></li>
  <li><time datetime="2025-04-15">15 April 2025</time>
    <h2>Bin collections over Easter</h2>
    <p>Collections will be one day later than usual in the week after Easter Monday. Remember that
    garden waste is collected every second Friday.</p></li>
</ul>
<p class="pager">Page 1 of 14 &middot; 2,031 articles</p>
<footer>
<p>Harbourside Borough Council, Town Hall, Quay Street. Tel 01632 960 451</p>
<p>Last updated: 12 May 2025 &copy; 2025 Harbourside Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-05-10", "reopen"),
            expect("1934~", "built"),
            expect("2025-05-02/..", "closed"),
            expect("../2025-07-31", "reopen", planned=True),
            expect("2025-04-24", "mayor"),
            expect("2015", "join"),
        ),
    ),
    Text(
        "lowfield-dig-2024",
        "archaeological dig's season report",
        None,
        """LOWFIELD MOOR PROJECT
Interim report on the 2024 excavation season
Site code LFM24 | Grid ref. SE 4417 8923

1. Introduction

The fourth season of excavation at Lowfield Moor took place from 3 to 28 June 2024, with a team
of 26 students and volunteers under the direction of Dr Helen Ashworth (University of
Northallerton). The site was first recorded by aerial survey in 1962, and geophysical surveys
were carried out in 2019 and 2021.

2. Results

Trench B was extended to 20 x 12 m to expose the eastern end of the timber hall found in
earlier seasons. Post-pipes and a burnt threshold suggest the hall was abandoned about 1150, after a
fire. The enclosure ditch had been deliberately backfilled no later than 1200, as a sherd of
Scarborough ware sealed in the upper fill shows.

Finds included 1,146 sherds of pottery, a copper-alloy buckle and a silver penny. The penny
is too worn to identify with certainty but may be an issue of Henry I.

Samples from context 2024/117 have been sent for radiocarbon dating.

3. Next season

The fifth and final season will run in July 2025, when the team will open Trench D across the
western entrance. The project archive is due to be deposited with the county museum in 2026.

Volunteers meet every Saturday in May for finds washing.""",
        (
            expect("2024-06-03/2024-06-28", "excavat"),
            expect("1962", "aerial"),
            expect("2019", "geophysic"),
            expect("2021", "geophysic"),
            expect("1150~", "abandon"),
            expect("../1200", "backfill"),
            expect("2025-07", "season", planned=True),
            expect("2026", "archive", planned=True),
        ),
    ),
    Text(
        "lantern-theatre",
        "theatre company's production history",
        None,
        """The Lantern Players - Production History

The Lantern Players were formed in 1978 by a group of teachers in Wyvern Bay who wanted to
bring new plays to a town without a theatre. Their first production, a staging of Ibsen's "An
Enemy of the People" in a church hall, opened on 14 October 1978.

For their first thirteen years the Players toured village halls across the county. Since 1991
the company has been based at the Old Corn Exchange, which it leases from the town council for
a peppercorn rent.

The company's best-loved production, Maggie Rourke's comedy "Low Tide at Crabmouth", was
premiered in 1996 and revived in 2004, 2011 and 2019. The most recent revival transferred for a
week to the Northern Stage in Newcastle.

In March 2020 the company closed the Corn Exchange and moved its rehearsals online; it reopened
the building on 17 September 2021 with a rehearsed reading of new work.

Coming next: a new adaptation of "The Mill on the Floss" is scheduled to open on 6 March 2026,
directed by artistic director Femi Adeyemi.

Rehearsals are held every Tuesday and Thursday evening, and new members are always welcome.

Box office: 01632 960 1978 | Registered charity no. 1024917""",
        (
            expect("1978", "form"),
            expect("1978-10-14", "enemy"),
            expect("1991/..", "corn"),
            expect("1996", "premier"),
            expect("2004", "reviv"),
            expect("2011", "reviv"),
            expect("2019", "reviv"),
            expect("2020-03", "closed"),
            expect("2021-09-17", "reopen"),
            expect("2026-03-06", "floss", planned=True),
        ),
    ),
    Text(
        "ashdown-planning-appeal",
        "appeals court summary of a planning case",
        None,
        """COURT OF APPEAL (CIVIL DIVISION) - PRESS SUMMARY

Ashdown Parish Council (Appellant) v Westmere District Council (Respondent) and Corvan Homes Ltd
(Interested Party) [2024] EWCA Civ 812

On appeal from [2022] EWHC 3051 (Admin)

JUSTICES: Lady Justice Farrant, Lord Justice Okafor, Lord Justice Brierley

BACKGROUND TO THE APPEAL

Westmere District Council granted outline planning permission for 240 homes on farmland west of
Ashdown village on 9 March 2022. The Parish Council said that the committee had not been told of
an objection from the highway authority about the junction with the A272.

The Parish Council filed a claim for judicial review on 19 April 2022. The High Court dismissed
the claim on 30 November 2022, finding that the objection would have made no difference to the
decision. The appeal was heard from 14 to 15 May 2024.

JUDGMENT

The Court of Appeal unanimously allows the appeal. Judgment was handed down on 11 July 2024.

REASONS FOR THE JUDGMENT

Under section 70 of the Town and Country Planning Act 1990, a local planning authority must have
regard to material considerations. A consultee's objection on highway safety is plainly
material. Lady Justice Farrant held that the court could not be sure the committee would have
reached the same decision had it known of the objection [paras 41-48].

The permission is quashed. The condition that development must begin before 9 March 2025
therefore falls away, and the application returns to the Council to be decided again.

This summary is provided to help in understanding the Court's decision. It does not form part
of the reasons for the decision.""",
        (
            expect("2022-03-09", "permission"),
            expect("2022-04-19", "review"),
            expect("2022-11-30", "dismiss"),
            expect("2024-05-14/2024-05-15", "heard"),
            expect("2024-07-11", "judgment"),
        ),
    ),
    Text(
        "fellside-mrt-2023",
        "mountain rescue team's annual report",
        None,
        """FELLSIDE MOUNTAIN RESCUE TEAM
Annual Report 2023

Team Leader's Review

The past twelve months were our busiest on record. The team was called out 87 times, the highest
number since 2010, and our members gave more than 9,400 hours of their time.

The highlight of the year was the opening of our new base at Thornthwaite Bridge on 18 March,
which replaced the old garage that the team moved into about 1970. The base was funded by a
legacy and by two years of street collections.

Our longest callout, on 2-3 September, was a search through the night in low cloud for two
walkers reported overdue on Scafell.

The team has been a registered charity since 1988 (charity no. 508812), and we were founded in
1965 by a group of shepherds and climbers after a fatal accident on Great Gable.

Looking ahead

We will take delivery of a new Land Rover Defender ambulance in May 2024, paid for by the
Lakeland Freemasons. Our vehicle appeal has a target of 95,000 pounds.

Training is held every Wednesday evening and on the first Sunday of each month.

In an emergency dial 999 or 112 and ask for Police, then Mountain Rescue.

Chairman: Dr Alan Pryce | Treasurer: Gwen Haworth""",
        (
            expect("2023-03-18", "base"),
            expect("1970~", "garage"),
            expect("2023-09-02/2023-09-03", "callout"),
            expect("1988/..", "charity"),
            expect("1965", "found"),
            expect("2024-05", "delivery", planned=True),
        ),
    ),
    Text(
        "loco-4471",
        "railway preservation society's locomotive page in HTML",
        None,
        """<html>
<head><title>No. 4471 Ravensdale | Eskdale Valley Railway Society</title></head>
<body>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/fleet">Our fleet</a> / Steam</div>
<h1>No. 4471 <em>Ravensdale</em></h1>
<table class="facts">
<tr><th>Class</th><td>Q2 0-6-0 goods engine</td></tr>
<tr><th>Builder</th><td>Darlington Works, works no. 1927</td></tr>
<tr><th>Status</th><td>Under overhaul</td></tr>
</table>
<h2>History</h2>
<p>No. 4471 was built at Darlington in 1927 for the North Eastern section of the railway, and
spent most of her working life hauling coal trains from the Durham pits to the staithes at
Blyth.</p>
<p>She was withdrawn from service in 1962 and sold to Barry scrapyard, where she stood for
twelve years. Members of the Society rescued her from the scrapyard in 1974, and after a
restoration lasting fourteen years she returned to steam on 21 May 1988.</p>
<p>Ravensdale hauled trains on our line until her boiler certificate expired, and she has been
out of service since 2015. Her overhaul is expected to be completed by 2027, when she will
return to the summer timetable.</p>
<h2>Support the appeal</h2>
<p>Sponsor a boiler tube for &pound;25. Our working party meets every Sunday at the Eskdale
sheds.</p>
<footer>
<p>Eskdale Valley Railway Society, registered charity 1104471.</p>
<p>Page last updated 3 February 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1927", "built"),
            expect("1962", "withdraw"),
            expect("1974", "rescu"),
            expect("1988-05-21", "steam"),
            expect("2015/..", "service"),
            expect("../2027", "overhaul", planned=True),
        ),
    ),
    Text(
        "aerlinn-porto-route",
        "airline's route launch press release",
        None,
        """NEWS RELEASE

Aerlinn to fly Cork - Porto from March

Cork, 9 January 2025 - Irish regional airline Aerlinn today announced a new direct route between
Cork and Porto, its fourth destination in Portugal.

The first flight, AN 2025, will depart Cork on 30 March 2025. Flights will operate three times
a week, every Tuesday, Thursday and Saturday, through the summer schedule from 30 March to 25
October 2025, using 76-seat ATR 72-600 aircraft.

Tickets go on sale on Friday, with introductory one-way fares from 49.99 euros.

Aerlinn, which launched in 2011 with a single aircraft, has served Faro since 2016 and added
Lisbon and Funchal in 2023. It now carries 1.4 million passengers a year, more than at any time
since it was founded.

"Porto is the most-requested destination among our Munster customers," said commercial director
Niamh Cullinane. "We expect this route to be year-round by the winter of 2026."

Cork Airport managing director Declan Foley welcomed the announcement, saying the route
would be the airport's first to northern Portugal.

Notes to editors
Aerlinn operates 14 aircraft on 31 routes from Cork, Shannon and Kerry.

Media enquiries: press@aerlinn.example | +353 21 496 2011""",
        (
            expect("2025-01-09", "announc"),
            expect("2025-03-30", "flight", planned=True),
            expect("2025-03-30/2025-10-25", "operat", planned=True),
            expect("2025-01-10", "ticket", planned=True),
            expect("2011", "launch"),
            expect("2016/..", "faro"),
            expect("2023", "lisbon"),
        ),
    ),
    Text(
        "lakeside-open-final",
        "tennis tournament report",
        date(2025, 8, 18),
        """Varga ends five-year wait with Lakeside Open title

TORONTO - Hungary's Réka Varga won the Lakeside Open on Sunday, beating top seed Maya Lindqvist
6-4, 3-6, 7-5 in a final that lasted two hours and 51 minutes.

It was Varga's first title since 2020 and her first on hard courts. The 27-year-old, who turned
professional in 2015, had lost in the semi-finals here in 2019 and 2022.

Varga saved two match points in her quarter-final against Sofia Hernández on Friday and needed
treatment on her right shoulder during Saturday's semi-final, but showed no sign of discomfort
in the final.

"I practise my serve every single day, and today it saved me," Varga said.

Lindqvist, the world number three, had won 14 consecutive matches, the longest winning run on
the tour this year.

The tournament, played at the Lakeshore Tennis Centre since 1994, drew a record 96,102
spectators over the week.

Varga will rise to a career-high eighth in the world rankings, and is scheduled to open her
campaign at the Cleveland Classic on Wednesday.

Results, Lakeside Open final: R. Varga (HUN, 6) bt M. Lindqvist (SWE, 1) 6-4 3-6 7-5.""",
        (
            expect("2025-08-17", "varga"),
            expect("2015", "professional"),
            expect("2019", "semi"),
            expect("2022", "semi"),
            expect("2025-08-15", "quarter"),
            expect("2025-08-16", "semi"),
            expect("1994/..", "lakeshore"),
            expect("2025-08-20", "cleveland", planned=True),
        ),
    ),
    Text(
        "norland-bank-rate",
        "central bank's rate decision statement",
        None,
        """NORLANDS BANK
Monetary Policy Statement
Press release, 18 September 2025, 10:00

Policy rate lowered to 4.00 per cent

At its meeting today the Monetary Policy Committee decided to lower the policy rate by 0.25
percentage point to 4.00 per cent. The rate had been held at 4.25 per cent since March 2024.

Inflation has come down markedly. Consumer price inflation rose to 2.9 per cent in August, but
core inflation fell to 3.1 per cent, its lowest level since
2021. Wage growth has slowed and unemployment has risen somewhat.

The Committee's assessment is that inflation is expected to return to the 2 per cent target by
the end of 2026. The policy rate will most likely be reduced further.

Governor Karin Aasen will present the decision at a press conference. The next
monetary policy meeting will take place on 30 October, and the Monetary Policy Report will be
published on 4 December.

The Bank sets the policy rate under the Central Bank Act 1985, and the Committee meets eight
times a year.

Press contact: Communications department, tel. +47 22 31 6000

Reference: MPS 5/2025""",
        (
            expect("2025-09-18", "lower"),
            expect("2024-03/..", "held"),
            expect("2025-08", "inflation"),
            expect("../2026", "inflation", planned=True),
            expect("2025-10-30", "meeting", planned=True),
            expect("2025-12-04", "report", planned=True),
        ),
    ),
    Text(
        "st-oswin-register",
        "parish register transcription note",
        None,
        """ST OSWIN, LITTLE HADDON: REGISTERS OF BAPTISMS, MARRIAGES AND BURIALS
Transcriber's note to the online edition
Record office reference: PR/214/1-3

The registers of Little Haddon begin in 1653, when the parish appointed a civil "Register"
under the Commonwealth Act of that year. Earlier entries, if any were kept, do not survive.

No entries survive from 1702 to 1711. A note on the flyleaf of the second volume, in the hand
of the vicar John Pell, says the book for those years "was lost in the fire at the vicarage",
but no other record of such a fire has been found.

The first volume was rebound in leather circa 1850, and several leaves were trimmed, so that
the right-hand column of some burial entries is lost.

One burial entry, for "Ann Cowper, widow", is partly illegible; the year appears to be 1666,
but it may be 1668. Later marriage entries are on the printed forms required by the Marriage
Act 1753.

The Rev. Edmund Thwaite made a manuscript copy of the registers in 1903. The three original
volumes were deposited at the Wealdshire Record Office in 1978, and may be seen on microfilm.

This transcription was checked against the originals by members of the Haddon Family History
Group, who meet on the second Tuesday of each month. Entries are numbered 1-4,317.""",
        (
            expect("1653", "register"),
            expect("1702/1711", "entries"),
            expect("1850~", "rebound"),
            expect("1666?", "cowper"),
            expect("1903", "copy"),
            expect("1978", "deposit"),
        ),
    ),
    Text(
        "brookfield-term-dates",
        "school's term dates letter",
        None,
        """Brookfield Primary School
Mill Lane, Hexley HX4 2PL | Tel 01632 960 2025

14 July 2025

Dear Parents and Carers,

Term dates for the 2025/26 academic year

As we come to the end of a busy year, I am writing with the dates for the autumn term.

The school will be closed to pupils for staff training (INSET) on 1 and 2 September. The autumn
term begins for all pupils on Wednesday 3 September 2025.

Half term will run from 27 to 31 October, and the autumn term ends on Friday 19 December at
1.30pm.

Our new sports hall, which opened in April, will be used for the first time for the Christmas
concert on 11 December.

As you know, Mrs Okonkwo has been acting headteacher since January. The governors will appoint
a permanent headteacher by 31 October, and I will write to you again once the appointment is
made.

Breakfast club runs every weekday from 7.45am, and the after-school clubs list for Year 3 to
Year 6 will be sent home at the start of term.

Thank you for your support this year.

Yours sincerely,

Mr D. Langley
Chair of Governors""",
        (
            expect("2025-09-01", "training", planned=True),
            expect("2025-09-02", "training", planned=True),
            expect("2025-09-03", "term", planned=True),
            expect("2025-10-27/2025-10-31", "half term", planned=True),
            expect("2025-12-19", "end", planned=True),
            expect("2025-04", "sports hall"),
            expect("2025-12-11", "concert", planned=True),
            expect("2025-01/..", "okonkwo"),
            expect("../2025-10-31", "headteacher", planned=True),
        ),
    ),
    Text(
        "ss-corran-wreck",
        "shipwreck's history",
        None,
        """SS Corran

The SS Corran was an iron-hulled cargo steamer built by Caird & Sons at Greenock and launched
in 1881. Of 1,212 gross register tons, she carried coal outward and grain home on the Baltic
trade for her first decade.

Loss

On her final voyage the Corran left Methil for Riga with a cargo of coal. In the early hours of
15 November 1893 she struck the Skerry Reef off the island of Fetlar in a south-easterly gale.
Eleven of her crew of nineteen were lost. A board of inquiry at Lerwick held the master
partly to blame for steering too close to the land.

Her sister ship, the SS Dunvane, was broken up around 1910.

Discovery and salvage

The wreck lay undisturbed until it was located by divers from the Shetland Sub-Aqua Club in
1967. Her bell was raised two years later and now hangs in the Fetlar Interpretive Centre. A
commercial firm salvaged her bronze propeller and part of her engine between 1968 and 1971.

Protection

The wreck has been a scheduled monument since 2002, and diving on the site is permitted only
with a licence. A survey of the hull, at a depth of 24 metres, is planned for 2026 by the
University of the Highlands and Islands.

The Corran is sometimes confused with the steam trawler Corran Head (LT 1893), a Lowestoft
boat.""",
        (
            expect("1881", "launch"),
            expect("1893-11-15", "reef"),
            expect("1910~", "dunvane"),
            expect("1967", "locat"),
            expect("1969", "bell"),
            expect("1968/1971", "salvag"),
            expect("2002/..", "monument"),
            expect("2026", "survey", planned=True),
        ),
    ),
)
