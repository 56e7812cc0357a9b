"""The two-hundred-and-twenty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a series of snow and ice
road condition bulletins, a triathlon report, a carbon capture pipeline press release, a
governess's diary of the 1890s, a bat roost survey, a pottery's history, a transport minister's
rail timetable statement, a zoo's HTML enclosure closures page, a planning inspector's appeal
decision, a saddler's history and a curling club's bonspiel programme. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYSECOND_CORPUS",)


TWOHUNDREDTWENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "halverstad-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 17),
        """HALVERSTAD, Oct 17 (Northline) - Dock workers at the port of Halverstad will return to
work on Saturday after their union and the port employers' association reached a provisional
wage deal late on Wednesday, ending a walkout that had idled the country's busiest container
terminal for nine days.

The strike began on Oct. 8, when about 2,300 members of the Harbour and Transport Workers'
Union walked off the job after talks on a contract to replace the one that expired on Sept. 30
broke down. It was the longest stoppage at the port since 1996.

Some 140 ships were waiting at anchor off the harbour mouth on Tuesday, the port authority
said, and freight forwarders had begun diverting cargo to Kessund and Ravnborg.

Union leader Marit Solvang said members would vote on the deal no later than Nov. 8. "Nobody
wanted this to drag on into the winter, least of all the people on the quays," she told
reporters outside the union's offices.

According to a summary seen by Northline, the deal raises basic pay by 4.5 percent at once,
with a further 3.8 percent rise due on Jan. 1. It also caps night shifts at four a week and
adds 12 crane operators to each terminal crew.

The employers' association said the strike had cost its members about 95 million crowns a
day. Its chairman, Jens Aukrust, 61, called the agreement "expensive but necessary".

The port, which opened in 1911, handles more than 4 million containers a year. Previous
contracts were signed in 2016, 2019 and 2022, each after shorter stoppages.

(Reporting by Henrik Dahle; Editing by Clare Munroe)""",
        (
            expect("2024-10-19", "work", "return", planned=True),
            expect("2024-10-16", "deal"),
            expect("2024-10-08", "strike", "began"),
            expect("2024-09-30", "contract", "expire"),
            expect("2024-10-15", "ships"),
            expect("../2024-11-08", "vote", planned=True),
            expect("2025-01-01", "rise", planned=True),
            expect("1911", "port", "open"),
            expect("2016", "contract"),
            expect("2019", "contract"),
            expect("2022", "contract"),
        ),
    ),
    Text(
        "harwell-pike-linthorpe-factory",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harwell & Pike to build its first factory outside Scotland

LINTHORPE, 3 February 2025 -- Harwell & Pike, the Dundee-based maker of oatcakes and
crispbreads, today announced that it has bought a 6.2-hectare site at Linthorpe Business Park,
where it will build its first factory outside Scotland. The purchase was completed on
28 January for an undisclosed sum.

Construction is scheduled to begin in April 2025, and the first production line is expected
to start no later than 30 September 2026. The GBP 38 million factory will make up to 900
tonnes of crispbread a month when fully running. Recruitment for around 180 jobs will open on
1 September 2025.

"Our grandfather started with one oven and a handcart," said managing director Fiona Harwell.
"Linthorpe puts us within a day's drive of three-quarters of our customers."

Harwell & Pike has doubled its sales since 2018, helped by supermarket own-label contracts.

Notes to editors

- Harwell & Pike was founded by the brothers Alec and Duncan Harwell in 1934.
- The company has made oatcakes at its bakery on Lochee Road, Dundee, since 1952.
- Its crispbreads have been sold in the United States since 2011.
- Harwell & Pike won the King's Award for Enterprise in 2019 and 2023.
- The company employs 640 people and is still owned by the Harwell family.

Media contact: Rona Keir, Keir Communications, +44 (0)1382 555 019, rona@keircomms.example

(c) 2025 Harwell & Pike Ltd. All rights reserved.""",
        (
            expect("2025-01-28", "purchase", "complete"),
            expect("2025-04", "construction", planned=True),
            expect("../2026-09-30", "production", planned=True),
            expect("2025-09-01", "recruitment", planned=True),
            expect("1934", "founded"),
            expect("1952/..", "oatcakes"),
            expect("2011/..", "sold"),
            expect("2019", "award"),
            expect("2023", "award"),
        ),
    ),
    Text(
        "ridgeway-barn-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF INDIANA

No. 19A-PL-1642

Filed June 2, 2020

DELMAR OSTRANDER and RUTH OSTRANDER,
Appellants-Defendants,

v.

RIDGEWAY TIMBER RESTORATION, LLC,
Appellee-Plaintiff.

Appeal from the Parke Circuit Court
The Honorable Samuel T. Kreig, Judge
Trial Court Cause No. 61C01-1801-PL-000023

OPINION - BAILEY, Judge.

Facts and Procedural History

[1] The Ostranders own a farm near Mecca, Indiana, on which stand a farmhouse, built circa
1885, and a timber-framed bank barn. Ridgeway, a contractor that has restored timber barns
since 2009, agreed to repair the barn's sills and roof. On or about March 3, 2017, the parties
entered into a written agreement for the work at a price of $148,500.

[2] Work began on April 10, 2017. By letter dated August 22, 2017, the Ostranders terminated
the contract, asserting that the work was behind schedule. Ridgeway recorded a mechanic's lien
on or about September 14, 2017, claiming $61,240 for labor and materials.

[3] Ridgeway filed this action to foreclose the lien on January 16, 2018. A bench trial was
held from May 6 to May 9, 2019, and the trial court entered judgment for Ridgeway in the full
amount of the lien, plus attorney's fees, on July 1, 2019. This appeal ensued.

Discussion and Decision

[4] Where, as here, the trial court entered findings sua sponte, we review them for clear
error. Yoder v. Greene, 812 N.E.2d 400, 404 (Ind. Ct. App. 2004). A lien claimant must file
its notice within ninety days after last performing labor. Ind. Code Sec. 32-28-3-3 (2016).

[5] The record does not establish the date on which Ridgeway last performed labor. Its
foreman testified only that the crew "was there into the summer." Without that date, the
finding that the lien was timely is clearly erroneous.

[6] We reverse the judgment of foreclosure and remand for further proceedings consistent with
this opinion.

Najam, J., and Tavitas, J., concur.""",
        (
            expect("1885~", "farmhouse"),
            expect("2009/..", "restor"),
            expect("2017-03-03~", "agreement"),
            expect("2017-04-10", "work", "began"),
            expect("2017-08-22", "terminat"),
            expect("2017-09-14~", "lien"),
            expect("2018-01-16", "action"),
            expect("2019-05-06/2019-05-09", "trial"),
            expect("2019-07-01", "judgment"),
        ),
    ),
    Text(
        "varnholt-canal",
        "encyclopedia history",
        None,
        """Varnholt Canal

The Varnholt Canal is a 23 km (14 mi) broad canal in eastern England linking the market town
of Varnholt with the tidal River Ouse at Stallbridge. It has 11 locks and was engineered by
John Pellow (1761-1829).

History

A navigation to Varnholt was first proposed c. 1790 by a group of corn merchants, who wanted
a cheaper route for grain than the turnpike road. Construction was authorised by Parliament
in 1797, but shortage of money delayed the start, and work began in 1799. The canal opened
throughout on 14 May 1806, when a procession of eight barges carrying coal reached the basin
at Varnholt.

The canal prospered for four decades, carrying coal, bricks and grain; tolls reached their
highest level in the 1840s. The railway reached Varnholt in 1852, and the canal company was
bought by the Eastern Counties Railway the following year. Traffic declined steadily after
that; the last commercial cargo, a load of timber, was carried perhaps in 1938. The canal was
formally abandoned in 1947, and several locks were filled in.

Restoration

The Varnholt Canal Trust was founded in 1971 to restore the waterway. Volunteers rebuilt the
top four locks, and the section from Stallbridge to Fenby Lock reopened in 2004. The trust
plans to reopen the remaining 6 km, including a new aqueduct over the A1101, by 2030. Its
annual boat rally is held every August bank holiday at Varnholt basin.

See also

- Canals of the United Kingdom
- Stallbridge Navigation Act 1791

References

1. Hadfield, C. (1968). The Canals of Eastern England. p. 214.
2. Varnholt Canal Trust (2019). Annual Report. pp. 3-7.""",
        (
            expect("1790~", "proposed"),
            expect("1797", "authoris"),
            expect("1799", "work", "began"),
            expect("1806-05-14", "canal", "open"),
            expect("1852", "railway"),
            expect("1853", "bought"),
            expect("1938?", "cargo"),
            expect("1947", "abandon"),
            expect("1971", "trust", "founded"),
            expect("2004", "reopen"),
            expect("../2030", "reopen", planned=True),
        ),
    ),
    Text(
        "corbridge-ardmore-rugby",
        "sports report",
        date(2023, 11, 19),
        """Corbridge snatch late win to end Ardmore run

By Gareth Lowry at Kestrel Park

Corbridge 27 Ardmore 20

Corbridge beat Ardmore 27-20 at Kestrel Park on Saturday, Owen Hallam's try two minutes from
time ending the visitors' unbeaten run of seven league games. It was Corbridge's first win
over Ardmore at home since 2008.

Ardmore led 20-13 with a quarter of an hour left after tries from Declan Foy and the
19-year-old wing Tomas Reilly, but they lost the scrum battle once the benches were emptied.
Replacement hooker Sam Petrie forced his way over from a lineout drive on 68 minutes, and
Hallam, who joined from Westbury in 2019, finished a flowing move down the left.

"We've been on the wrong end of games like that against them," said Corbridge head coach
Neil Varga. "The pack won it. The crowd of 4,312 got their money's worth."

The sides last met in the cup semi-final on 22 April, when Ardmore won 31-10 on their way to
lifting the trophy for the first time since the club's 1998 double-winning season.

Corbridge were without captain Rhys Mabry, who injured a knee in the defeat to Harlow on 4
November. He will have a scan on Monday, and Varga said he hoped Mabry would be back for the
derby with Westbury on 9 December.

Corbridge host Fenwick on Friday night (kick-off 7.45pm) and are now fourth in the table, two
points behind Ardmore.

Corbridge: Tries: Petrie, Hallam, Kane. Cons: Dunne 3. Pens: Dunne 2.
Ardmore: Tries: Foy, Reilly. Cons: Breen 2. Pens: Breen 2.""",
        (
            expect("2023-11-18", "Corbridge", "beat"),
            expect("2019", "joined"),
            expect("2023-04-22", "semi-final"),
            expect("2023-11-04", "injur"),
            expect("2023-11-20", "scan", planned=True),
            expect("2023-12-09", "derby", planned=True),
            expect("2023-11-24", "Fenwick", planned=True),
        ),
    ),
    Text(
        "brightwater-buses-history",
        "company history",
        None,
        """Our history

Brightwater Buses: more than a century on the road

Alfred Brightwater, a carrier's son from Hollins Green, began running a horse bus between
Hollins Green and Wardle market in 1908. Careful saving bought him a second horse; a
war-surplus Leyland lorry with a bus body followed after the Armistice.

In 1923 the business became a limited company, Brightwater Motor Services Ltd, with Alfred
and his brother-in-law Percy Naylor as directors. By 1950 the fleet had grown to 64
vehicles, most of them painted in the maroon and cream that passengers still remember.

The family sold the company to the Western Omnibus Group in 1969, and for eighteen years the
Brightwater name disappeared from the buses. Deregulation of local bus services came in 1986,
and Alfred's grandson Michael Brightwater bought the company back in 1987 with a loan of
GBP 420,000 and eleven second-hand Leopards.

Today we run 138 buses on 41 routes across the Wardle valley, carrying around nine million
passengers a year. We have operated the city's park-and-ride services since 2012, and every
December our Santa Special raises money for the Wardle Hospice.

Our first electric buses entered service on 4 March 2021 on route 7, and we aim to run an
all-electric fleet by the end of 2030.

Key facts

- Depots: Wardle (Mill Street), Hollins Green, Ashby Road
- Staff: 412
- Customer services: 0161 555 7342 (8am-6pm, Monday to Saturday)

Page last reviewed: 12 January 2024""",
        (
            expect("1908", "horse", "bus"),
            expect("1923", "limited", "company"),
            expect("../1950", "fleet"),
            expect("1969", "sold"),
            expect("1986", "deregulation"),
            expect("1987", "bought"),
            expect("2012/..", "park-and-ride"),
            expect("2021-03-04", "electric", "buses"),
            expect("../2030", "electric", "fleet", planned=True),
        ),
    ),
    Text(
        "corvid-2-lunar-orbiter",
        "mission summary",
        None,
        """CORVID-2 LUNAR ORBITER - MISSION SUMMARY

Agency: Nordic Space Agency (NOSA)
Spacecraft mass at launch: 1,184 kg
Orbit: 100 km polar (primary mission)
Document revision: C, 14 August 2024

Overview

Corvid-2 maps hydrogen-bearing deposits in the permanently shadowed craters of the lunar
south pole. Mission design began c. 2016, following the loss of the Corvid-1 lander.

Timeline

Corvid-2 was launched on 3 February 2022 at 06:14 UTC on a Vega-E rocket from Kourou. The
trans-lunar injection burn followed two days later. The spacecraft entered lunar orbit on
18 February 2022 and reached its 100 km science orbit after nine trim manoeuvres.

The science phase began on 1 April 2022. NOSA's board approved an extended mission in January
2023, and the primary mission ended on 31 March 2023 with 94 percent of the planned coverage
of the polar region achieved.

A software fault put the spacecraft in safe mode from 9 to 12 June 2023; no data were lost.
Reaction wheel 3 failed around 20 November 2023, and the spacecraft has since been controlled
with three wheels and its thrusters.

End of mission

The 11.6 kg of propellant that remains is enough for about 40 days of operations in the
lowered 30 km orbit. A controlled impact near Shackleton crater is scheduled for
15 October 2024, so that the plume can be observed by the ground telescopes.

Key results

- First map of neutron suppression at 5 km resolution poleward of 85 degrees S
- Ice fraction of 2-6 percent by weight in the floor of two craters

Contact: corvid2-pi@nosa.example""",
        (
            expect("2016~", "design"),
            expect("2022-02-03", "launch"),
            expect("2022-02-05", "injection"),
            expect("2022-02-18", "lunar", "orbit"),
            expect("2022-04-01", "science", "phase"),
            expect("2023-01", "extended", "mission"),
            expect("2023-03-31", "primary", "mission"),
            expect("2023-06-09/2023-06-12", "safe", "mode"),
            expect("2023-11-20~", "wheel"),
            expect("2024-10-15", "impact", planned=True),
        ),
    ),
    Text(
        "drought-statement-water-minister",
        "government statement",
        None,
        """Department for Water and Rural Affairs

Statement by the Minister for Water, Eleanor Braddock, on drought measures in the East

Published 5 August 2025

Reservoir stocks in the East have fallen faster this summer than at any time since 1976.
On 1 August the region's reservoirs stood at 41 percent of capacity, against 63 percent at
the same point last year.

Drought was declared in the East on 14 July, on the advice of the National Drought Group. On
Monday I met the chief executives of the four water companies that supply the region, and
they confirmed that they have enough water for essential use through the autumn if demand is
reduced now.

Anglia Vale Water will therefore bring in a temporary use ban, covering hosepipes, garden
sprinklers and the filling of private pools, on Friday 8 August. Fines under the Water
Industry Act 1991 can reach GBP 1,000.

Since 2019 water companies have been required to publish drought plans setting out exactly
these steps, and I am grateful that they are being followed. If rainfall stays below average,
companies will apply for emergency drought orders no later than 1 September.

Households can help by taking shorter showers and reporting leaks on 0800 555 0177. Farmers
with abstraction licences should check the Environment Agency's daily notices.

I will update Parliament when it returns on 1 September.

ENDS

Notes to editors
1. The National Drought Group meets every month and more often in a declared drought.
2. Reservoir figures are published each Monday at 10:00.""",
        (
            expect("2025-08-01", "reservoir"),
            expect("2025-07-14", "drought", "declared"),
            expect("2025-08-04", "met"),
            expect("2025-08-08", "ban", planned=True),
            expect("2019/..", "required"),
            expect("../2025-09-01", "drought", "orders", planned=True),
            expect("2025-09-01", "Parliament", planned=True),
        ),
    ),
    Text(
        "mellor-bridge-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Mellor Bridge reopens after five-month closure | Wardle Valley Echo</title>
<script async src="https://ads.wvecho.example/tag.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Mellor Bridge reopens after five-month closure</h1>
<p class="byline">By Priya Sandhu, local democracy reporter</p>
<p class="dates">Published <time datetime="2024-03-12T07:30">12 March 2024</time> |
Updated <time datetime="2024-03-12T13:05">13:05</time></p>
<figure>
  <img src="/img/mellor-bridge.jpg" alt="Cars crossing a stone bridge">
  <figcaption>Traffic on Mellor Bridge on Monday morning. Photo: Dan Ockley</figcaption>
</figure>
<p>Mellor Bridge reopened to traffic on Monday, five months after engineers closed it when
inspectors found cracks in two of its arches.</p>
<p>The council shut the bridge on 9 October 2023, forcing drivers into a 9-mile diversion
through Ashby. Repairs, which included stitching the arches with stainless steel bars, cost
GBP 2.4 million.</p>
<p>The bridge is said to have been built in 1874 by the Mellor estate. It was damaged by
floods in 2007 and 2012.</p>
<p>A 7.5-tonne weight limit stays in place for now; the council will review it in May. Work
on the new footpath on the downstream side should be finished by 29 March, a spokesperson
said.</p>
<p>"It's been a long winter for the shops in Mellor," said Joan Bright, 72, who runs the post
office. "Takings have been the worst since 2020."</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/2023/10/09/mellor-bridge-closed">Mellor Bridge closed with immediate
    effect</a> <time datetime="2023-10-09">9 Oct 2023</time></li>
    <li><a href="/news/2024/01/22/diversion-complaints">Diversion complaints pile up</a></li>
  </ul>
</aside>
<footer><p>&copy; 2024 Wardle Valley Echo. Tel 01706 555 210</p></footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "news"});</script>
</body>
</html>""",
        (
            expect("2024-03-11", "bridge", "reopen"),
            expect("2023-10-09", "shut"),
            expect("1874?", "built"),
            expect("2007", "flood"),
            expect("2012", "flood"),
            expect("2024-05", "review", planned=True),
            expect("../2024-03-29", "footpath", planned=True),
        ),
    ),
    Text(
        "glen-arrach-road-bulletins",
        "snow and ice road condition bulletins series",
        None,
        """HIGHLAND ROADS - WINTER CONDITIONS BULLETIN SERIES
Issued by the North-West Trunk Roads Operating Company. Next bulletin times are indicative.

BULLETIN 2 - Mon 13 Jan 2025, 18:00
Treatment: precautionary gritting of all trunk routes began at 18:00 yesterday and continues.
A887 Glen Arrach: snow showers, 2-4 cm on the summit, passable with care.
A835 Braemore: icy patches. Salt stocks: 18,400 tonnes.
Next bulletin: 06:00 Tue.

BULLETIN 3 - Tue 14 Jan 2025, 06:00
A887 Glen Arrach: CLOSED at 23:40 Mon between Bunloit and Torgoyle due to drifting. Snow
ploughs with blowers have been working through the night.
Update 05:30: A887 reopened, one lane only, convoy working in place.
B862 Whitebridge: CLOSED, snow 20 cm and drifting.
Heaviest overnight fall on the A887 since February 2018.
Next bulletin: 12:00 Tue.

BULLETIN 5 - Wed 15 Jan 2025, 06:00
B862 Whitebridge: reopened at 14:10 yesterday after clearance. Snow gates at Torgoyle expected
to open by midday today.
A887 Glen Arrach: a lorry jackknifed near Achlain at 05:15 today; police on scene, expect
delays.
The Met Office amber warning for snow is expected to be lifted on Thursday 16 Jan.
Next bulletin: 12:00 Wed.

NOTES
- Winter service runs from 1 October to 30 April each year.
- Call 0800 555 4407 for recorded road information, or follow @NWTrunkRoads.
- Drivers should carry a shovel, warm clothing and a charged phone.""",
        (
            expect("2025-01-12", "gritting"),
            expect("2025-01-13", "A887", "closed"),
            expect("2025-01-14", "A887", "reopen"),
            expect("2025-01-14", "B862", "reopen"),
            expect("../2025-01-15", "snow", "gates", planned=True),
            expect("2025-01-15", "lorry"),
            expect("2025-01-16", "warning", planned=True),
        ),
    ),
    Text(
        "ravensholme-triathlon",
        "triathlon report",
        date(2024, 6, 10),
        """TRIATHLON

Kinsella smashes Ravensholme record as swim is cut short

By Lucy Farrant, Ravensholme

Aoife Kinsella won the women's elite race at the Ravensholme Triathlon on Sunday in 1:58:41,
breaking the course record set in 2017 by Britta Lund by 52 seconds.

Organisers shortened the swim to 750m on Saturday evening after the temperature of Lake
Ravens fell to 14.2C, below the 15.0C limit for a full-distance swim without wetsuits. The
change suited Kinsella, who came out of the water 40 seconds down on the leaders and then
rode the 40km bike course, with its 410m of climbing, faster than any woman before her.

The 26-year-old from Clonmel, who turned professional in 2021, pulled clear on the first lap
of the 10km run. Her previous win came at the Portlaw sprint on 18 May.

"I've done this race five times and never had the legs on the hill," said Kinsella. "Today
I did."

In the men's race Jonas Mertens took his first Ravensholme title on Sunday, outsprinting
Callum Reid on the finishing straight after the pair had run together for 8km.

Kinsella will race the World Triathlon Championship Series round in Leeds on 22 June. Entries
for the 2025 Ravensholme Triathlon open on 1 September, with places capped at 1,800.

Results

Women: 1 A Kinsella (Irl) 1:58:41; 2 M Dutra (Bra) 1:59:50; 3 H Sato (Jpn) 2:00:12.
Men: 1 J Mertens (Bel) 1:47:02; 2 C Reid (GB) 1:47:03; 3 T Ovchar (Ukr) 1:48:30.""",
        (
            expect("2024-06-09", "Kinsella", "won"),
            expect("2017", "record"),
            expect("2024-06-08", "swim", "shortened"),
            expect("2021", "professional"),
            expect("2024-05-18", "Portlaw"),
            expect("2024-06-09", "Mertens"),
            expect("2024-06-22", "Leeds", planned=True),
            expect("2024-09-01", "entries", planned=True),
        ),
    ),
    Text(
        "firthlink-co2-pipeline-consent",
        "carbon capture pipeline press release",
        None,
        """NEWS RELEASE

Firthlink CO2 pipeline wins development consent

ABERLADY, 22 May 2025 -- The Firthlink consortium today welcomed the decision of the Secretary
of State for Energy Security to grant development consent for its 96 km carbon dioxide
pipeline from the Grangemuir industrial cluster to the depleted Halcyon gas field beneath the
outer Firth. Consent was granted on 20 May.

Firthlink submitted its application on 14 November 2023, after a statutory consultation on
the pipeline route held from 3 to 28 March 2023. The partners, Grangemuir Refining, Lothian
Cement and the energy company Norvik, have been working on the project together since 2019.

Construction is scheduled to begin in January 2026, subject to a final investment decision,
which the partners expect to take no later than 30 September 2025. The first injection of
CO2 into the Halcyon reservoir is expected by the end of 2028.

The GBP 1.3 billion scheme is designed to carry up to 8 million tonnes of CO2 a year, about
a fifth of the emissions of the Grangemuir cluster, helping the region meet the targets of
the Climate Change (Scotland) Act 2009.

Public information events on the construction programme will be held at Aberlady, Grangemuir
and Port Seton on 10, 12 and 17 June.

"This consent is the product of six years of work and more than 2,000 conversations with
people along the route," said Firthlink project director Callum Baird.

About Firthlink

Firthlink is a joint venture of Grangemuir Refining Ltd (40%), Lothian Cement plc (30%) and
Norvik Energy AS (30%). The Halcyon field produced gas from 1987 to 2016.

Media enquiries: press@firthlink.example | +44 (0)131 555 0482""",
        (
            expect("2025-05-20", "consent", "granted"),
            expect("2023-11-14", "application"),
            expect("2023-03-03/2023-03-28", "consultation"),
            expect("2019/..", "working"),
            expect("2026-01", "construction", planned=True),
            expect("../2025-09-30", "investment", "decision", planned=True),
            expect("../2028", "injection", planned=True),
            expect("1987/2016", "gas"),
            expect("2025-06-10", "information", planned=True),
            expect("2025-06-12", "information", planned=True),
            expect("2025-06-17", "information", planned=True),
        ),
    ),
    Text(
        "governess-diary-hawksworth-1893",
        "governess's diary of the 1890s",
        None,
        """Diary of Harriet Lowe, governess
Hawksworth Hall, nr. Otley, Yorks.

1893.

Feb. 7th. Tues. -- Arrived at Hawksworth by the 4.10 train from Leeds, very cold & tired.
Mrs. Bentham kind but grand. Two girls, Nora (10) & Edith (7), & a boy, Master Arthur, who is
to go to school after Easter. My salary to be 40 pounds a year, paid quarterly.

Wed. 8th. -- Began lessons with the girls. Nora reads well, but Edith cannot do her sums &
cries over them. The schoolroom fire smokes dreadfully.

Sun. 12th. -- Wrote to Mother, a long letter. Church in the morng. as every Sunday, Mr.
Ashworth an hour & ten minutes.

Feb. 20th. Mon. -- Letter from Mother at last. Papa was taken ill on the 15th with his old
chest, but is mending, thank God. Mrs. B. says we shall all go to the sea about the 20th
June, to Filey, where they take the same house every year.

Mar. 2nd. Thurs. -- Dr. Pryce came at 11; Edith has the measles. I am to sit with her at
nights & Nora is sent to her aunt at Ilkley. No lessons.

Thurs. 9th. -- Nora's birthday; she is eleven, & I sent her a book-mark I had worked. Edith
much better & asking for her dolls. Mr. Ashworth is to call on the 14th to hear the girls
their Catechism -- I fear for Edith's part.""",
        (
            expect("1893-02-07", "arrived"),
            expect("1893-02-08", "lessons"),
            expect("1893-02-12", "wrote"),
            expect("1893-02-20", "letter"),
            expect("1893-02-15", "Papa", "ill"),
            expect("1893-06-20~", "sea", planned=True),
            expect("1893-03-02", "measles"),
            expect("1893-03-09", "birthday"),
            expect("1893-03-14", "Ashworth", planned=True),
        ),
    ),
    Text(
        "providence-chapel-bat-survey",
        "bat roost survey",
        None,
        """BAT ROOST SURVEY REPORT

Site: Former Providence Chapel, Mill Lane, Brinscombe, Gloucestershire GL5 2XX
Client: Stroudwater Homes Ltd
Report ref: BRS/24/117 Rev A       Date of report: 30 August 2024
Surveyor: Dr Kate Mallin CEnv MCIEEM (bat licence 2019-41122-CLS-CLS)

1. Introduction
1.1 Stroudwater Homes proposes to convert the chapel into two dwellings. The building, a
stone chapel with a slate roof, is said to have been built in 1864 and has been disused since
1998.

2. Methods
2.1 A preliminary roost assessment (PRA) was carried out on 16 May 2024. Dusk emergence
surveys followed on 4 June, 25 June and 22 July 2024, each with three surveyors and two
infrared cameras, following the Bat Conservation Trust guidelines (Collins, 2023).

Table 1. Survey effort and results
Survey   Sunset   Temp.   Result
PRA      -        -       High suitability; droppings in roof void
Dusk 1   21:21    14 C    6 common pipistrelle from north gable
Dusk 2   21:33    17 C    9 common pipistrelle, 1 brown long-eared
Dusk 3   21:18    15 C    11 common pipistrelle

3. Evaluation
3.1 The chapel supports a day roost of common pipistrelle of up to 11 bats, and is used
occasionally by brown long-eared bats. A maternity roost is considered unlikely.

4. Recommendations
4.1 The works will destroy the roost, so a mitigation licence is required. The licence
application will be submitted to Natural England no later than 15 September 2024.
4.2 Roof works are scheduled for November 2024, when the bats are unlikely to be present.
4.3 Two integrated bat boxes and an access tile will be fitted on the north gable.
4.4 A single dusk check should be carried out every year in June for five years.""",
        (
            expect("1864?", "built"),
            expect("1998/..", "disused"),
            expect("2024-05-16", "assessment"),
            expect("2024-06-04", "survey"),
            expect("2024-06-25", "survey"),
            expect("2024-07-22", "survey"),
            expect("../2024-09-15", "licence", planned=True),
            expect("2024-11", "roof", planned=True),
        ),
    ),
    Text(
        "kelham-pottery-history",
        "pottery's history",
        None,
        """Kelham Pottery -- a short history

Pottery has been dug and fired at Kelham since at least the eighteenth century, when the
Bishop's estate leased out the clay pits on Kelham Common. The first recorded kiln on the
present site was built c. 1788 by a potter named Samuel Bird, whose coarse brown pancheons
turn up in gardens all over the parish.

Thomas Rudd took the lease in 1821 and built the long workshop that now houses our shop. Under
the Rudds the pottery grew to employ fourteen men and boys, making flowerpots, bread crocks and
drainage pipes for the new farms. The bottle kiln that survives today was built about 1860 and
is the last of its kind in the county.

The pottery closed between 1915 and 1919, when its men went to the war, and struggled on
afterwards making garden ware. In 1952 Margaret Ives, a student of Bernard Leach, reopened it
as a studio pottery, firing stoneware in a new oil kiln. Her son David ran it from 1978 to
2003, and the buildings were listed Grade II in 1986.

Since 2010 the pottery has been run by the Kelham Pottery Trust, a charity, with three
resident potters and a programme of classes (Tuesday to Saturday, 10am-4pm). Restoration of
the bottle kiln, funded by a GBP 640,000 grant, will be completed by March 2026, and a new
visitor centre is planned for the following spring.

Kelham Pottery, Common Lane, Kelham NG23 5XX. Telephone 01636 555 812.""",
        (
            expect("1788~", "kiln"),
            expect("1821", "lease"),
            expect("1860~", "bottle", "kiln"),
            expect("1915/1919", "closed"),
            expect("1952", "reopen"),
            expect("1978/2003", "ran"),
            expect("1986", "listed"),
            expect("2010/..", "trust"),
            expect("../2026-03", "restoration", planned=True),
        ),
    ),
    Text(
        "rail-timetable-ministerial-statement",
        "transport minister's rail timetable statement",
        None,
        """Written Ministerial Statement

Department for Transport
Made on: 6 November 2025
Made by: Daniel Okafor MP, Secretary of State for Transport

December 2025 rail timetable change

The national rail timetable will change on Sunday 14 December. This is the largest change to
services since December 2008, when the last full recast of the timetable took place, and it
will add some 1,100 weekday trains.

The proposals were consulted on from 2 June to 11 July, and more than 14,000 responses were
received. Operators published their final timetables on 17 October, and tickets for travel
after the change are now on sale.

Electrification of the Northway line between Carrow and Dunmere was completed on
28 September. From the change, electric trains will run every 30 minutes between the two
towns, cutting the journey by 11 minutes, and the last diesel units will leave the route.

Since May 2024 operators have been required to consult passenger groups on every major
timetable change, and I am grateful to Transport Focus and the regional user groups for their
detailed work this year.

Further changes, including the return of a Sunday service on the Harbour branch, are planned
for May 2026.

The Government will monitor punctuality closely in the first weeks. I will report to the House
on performance under the new timetable by the end of January 2026.

Passengers can check their journeys at nationalrail.example or by calling 03457 555 484.""",
        (
            expect("2025-12-14", "timetable", "change", planned=True),
            expect("2008-12", "recast"),
            expect("2025-06-02/2025-07-11", "consult"),
            expect("2025-10-17", "timetables", "published"),
            expect("2025-09-28", "electrification"),
            expect("2024-05/..", "required"),
            expect("2026-05", "changes", planned=True),
            expect("../2026-01", "report", planned=True),
        ),
    ),
    Text(
        "marlow-heath-zoo-closures-html",
        "zoo's HTML enclosure closures page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Enclosure closures | Marlow Heath Zoo</title>
<link rel="stylesheet" href="/css/site.css">
<script defer src="/js/cookie-banner.js"></script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/tickets">Tickets</a> <a href="/animals">Animals</a>
<a href="/visit">Plan your visit</a> <a href="/support">Support us</a></nav>
<main>
<h1>Enclosure closures and works</h1>
<p class="updated">Updated <time datetime="2025-04-02">2 April 2025</time></p>
<p>We're sorry if an animal you came to see is off show. Ticket prices are not reduced for
closures.</p>
<section class="closure">
  <h2>Penguin Beach</h2>
  <p>Closed from 7 to 25 April for repairs to the pool filtration. The penguins will stay on
  view through the underwater window in the Ocean Hall.</p>
</section>
<section class="closure">
  <h2>Reptile House</h2>
  <p>Closed since 17 March for a full refurbishment, including new heated floors. We expect it
  to reopen by the end of May.</p>
</section>
<section class="closure">
  <h2>Giraffe House</h2>
  <p>Our giraffe Tamu gave birth to a male calf on 29 March! The indoor viewing area will
  reopen on Saturday, once mother and calf have settled.</p>
  <figure><img src="/img/tamu-calf.jpg" alt="Giraffe calf"><figcaption>Tamu's calf, two days
  old</figcaption></figure>
</section>
<section class="closure">
  <h2>Tropical Aviary</h2>
  <p>Closed until further notice after storm damage to the netting on 26 March. The aviary,
  which opened in 1998, holds 40 species of birds.</p>
</section>
<section class="closure">
  <h2>Lemur Walkthrough</h2>
  <p>Closed every Tuesday from 9:30 to 11:00 for cleaning.</p>
</section>
</main>
<footer>
<p>Open daily 9:30-17:00 (last entry 16:00). Call 01628 555 390.</p>
<p>&copy; 2025 Marlow Heath Zoological Society. Registered charity no. 1098765.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-04-07/2025-04-25", "Penguin", planned=True),
            expect("2025-03-17/..", "Reptile"),
            expect("../2025-05", "reopen", planned=True),
            expect("2025-03-29", "calf"),
            expect("2025-04-05", "viewing", "reopen", planned=True),
            expect("2025-03-26", "storm"),
            expect("1998", "aviary", "open"),
        ),
    ),
    Text(
        "long-barn-appeal-decision",
        "planning inspector's appeal decision",
        None,
        """Appeal Decision

Site visit made on 11 February 2025

by Joanna Harker BA(Hons) MA MRTPI
an Inspector appointed by the Secretary of State

Decision date: 3 March 2025

Appeal Ref: APP/K2420/W/24/3351876
Long Barn, Tithe Lane, Upper Stretton, Leicestershire LE9 4XX

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The appeal is made by Mr and Mrs T Varley against the decision of Harborough Vale District
  Council.
- The application Ref 24/00612/FUL, dated 22 April 2024, was refused by notice dated
  19 August 2024.
- The development proposed is conversion of a redundant agricultural barn to one dwelling.

Decision

1. The appeal is allowed and planning permission is granted, subject to the conditions in
the attached schedule.

Main issue

2. The main issue is whether the building is suitable for conversion without substantial
rebuilding, having regard to the development plan.

Reasons

3. The barn, of red brick under a Swithland slate roof, was built c. 1820 and has been vacant
since 2011. It is not listed, but it is a non-designated heritage asset.

4. Policy GD3 of the Harborough Vale Local Plan 2018-2033, which the Council adopted in 2018,
permits the reuse of rural buildings that are of permanent and substantial construction. The
revised National Planning Policy Framework, published in December 2024, is to the same effect.

5. I visited the site on 11 February 2025. The walls are sound and the roof trusses need
only local repair; the appellants' structural survey is consistent with what I saw.

6. The appellants intend to start work in June 2025. Condition 4 requires a bat survey to be
repeated if work has not begun within 12 months of this decision.

Conclusion

7. For the reasons given above, I conclude that the appeal should be allowed.

Joanna Harker
INSPECTOR""",
        (
            expect("2024-04-22", "application"),
            expect("2024-08-19", "refused"),
            expect("1820~", "barn", "built"),
            expect("2011/..", "vacant"),
            expect("2018", "adopted"),
            expect("2024-12", "Framework"),
            expect("2025-02-11", "visit"),
            expect("2025-06", "work", planned=True),
        ),
    ),
    Text(
        "pengelly-saddlers-history",
        "saddler's history",
        None,
        """Pengelly & Sons, Saddlers -- Our Story

John Pengelly is said to have been apprenticed to a Truro saddler in 1826, though no
indenture survives. He opened his own shop in Fore Street, St Kenwyn, circa 1832, making
harness for farm horses and for the coaches that changed teams at the King's Arms.

The coaching trade died when the railway reached St Kenwyn in 1859, and the Pengellys turned
to hunting saddles and to the carriage trade of the big houses. In 1887 John's son Richard
moved the business to our present premises at 14 Market Street, where the old pattern boards
still hang on the workshop wall.

Between 1915 and 1918 the workshop made more than 2,000 bridles for the army, working from
six in the morning until nine at night. William Pengelly (1890-1967), Richard's grandson, won
a gold medal at the Royal Cornwall Show in 1951 for a side-saddle that is now in the county
museum.

We have made saddles for the British eventing team since 1996. Every saddle is still cut and
stitched by hand at eight stitches to the inch, and a made-to-measure saddle takes about 40
hours of work.

In 2015 we began training apprentices again, the first at Market Street since 1970. A second
workshop, in Lemon Street, Truro, is to open in September 2025.

Pengelly & Sons, 14 Market Street, St Kenwyn, Cornwall. Open Tuesday to Saturday, 9-5.
Tel. 01872 555 641.""",
        (
            expect("1826?", "apprenticed"),
            expect("1832~", "shop"),
            expect("1859", "railway"),
            expect("1887", "moved"),
            expect("1915/1918", "bridles"),
            expect("1951", "medal"),
            expect("1996/..", "saddles"),
            expect("2015", "apprentices"),
            expect("2025-09", "workshop", planned=True),
        ),
    ),
    Text(
        "strathburn-bonspiel-programme",
        "curling club's bonspiel programme",
        None,
        """STRATHBURN CURLING CLUB

61st INVITATION BONSPIEL
Friday 16 - Sunday 18 January 2026
Strathburn Ice Rink, Station Road

Welcome

Strathburn Curling Club was founded in 1884 on the mill pond at Balgray and has played at
Strathburn Ice Rink since 1972. The Lindsay Quaich, presented in 1911 by Provost James
Lindsay, will go to the winning rink. Twenty-four rinks will take part in the bonspiel from
16 to 18 January 2026.

Entries close no later than 1 December 2025. Entry fee GBP 180 per rink, including the
dinner for four curlers.

Programme

Friday 16 January
  17:00  Welcome reception, clubroom
  18:00  Draws 1 and 2 (all games 8 ends)

Saturday 17 January
  08:30  Draws 3 to 6
  19:30  Bonspiel dinner, Strathburn Hotel (kilts welcome)

Sunday 18 January
  09:00  Semi-finals
  13:30  Final, followed by prize-giving

Rules

- Games are played over 8 ends; no extra end in the section games.
- A tied game is decided by a draw to the button.
- Rinks must be on the ice 10 minutes before their draw time.

Last year's winners: Kinross (skip A. Moncrieff). The bonspiel is played every January.

Bonspiel secretary: Morag Dewar, 07700 555 318, bonspiel@strathburncc.example""",
        (
            expect("1884", "founded"),
            expect("1972/..", "rink"),
            expect("1911", "presented"),
            expect("2026-01-16/2026-01-18", "bonspiel", planned=True),
            expect("../2025-12-01", "entries", planned=True),
            expect("2026-01-16", "reception", planned=True),
            expect("2026-01-16", "draws", planned=True),
            expect("2026-01-17", "draws", planned=True),
            expect("2026-01-17", "dinner", planned=True),
            expect("2026-01-18", "semi", planned=True),
            expect("2026-01-18", "final", "prize", planned=True),
        ),
    ),
)
