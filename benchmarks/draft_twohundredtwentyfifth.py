"""The two-hundred-and-twenty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an avalanche warning
service's daily bulletins, a dinghy sailing championship report, a nuclear decommissioning
press release, a canal engineer's journal of the 1790s, a barn owl nest box survey, a brewery's
history, a culture minister's heritage funding statement, a swimming pool's HTML closures page,
a social security tribunal decision, a blacksmith's history and a bowls league's fixtures list.
The organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYFIFTH_CORPUS",)


TWOHUNDREDTWENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "halvik-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 17),
        """HALVIK, Oct 17 (Nordic Ledger) - Dockworkers at the port of Halvik ended a nine-day
strike on Wednesday after their union and the terminal operator Norvik Group agreed a
two-year wage deal, the union said, clearing the way for some 40 waiting ships to unload.

The walkout began on Oct. 7 over pay and shift rotas and halted most container traffic
through Norway's third-busiest port. A state mediator, appointed around Oct. 10, brought
the two sides back to the table, and talks resumed last Saturday at a hotel near the port.

Union members will vote on the agreement on Monday. The deal raises basic pay by 5.5
percent this year and 3.8 percent next year, and adds a 12,000 crown one-off payment.

"Nobody wins a strike like this, but the crews got what they came for," union leader Berit
Solheim told reporters outside the terminal gate.

Halvik Port Authority said it expected the backlog of ships to be cleared by the end of
October. Container volumes at Halvik fell 14 percent in September from a year earlier, the
steepest monthly drop since 2009, as shippers diverted cargo to Gothenburg ahead of the
dispute.

The last strike at the port, in 2016, lasted three weeks. The port was privatised in 1998,
when Norvik Group paid 2.1 billion crowns for a 51 percent stake. It handles about 1,900
vessel calls a year.

(Reporting by Anders Lunde; Editing by Clare Whitcombe)""",
        (
            expect("2024-10-16", "strike", "end"),
            expect("2024-10-07", "walkout"),
            expect("2024-10-10~", "mediator", "appoint"),
            expect("2024-10-12", "talks", "resum"),
            expect("2024-10-21", "vote", planned=True),
            expect("../2024-10", "backlog", planned=True),
            expect("2024-09", "volumes", "fell"),
            expect("2016", "strike"),
            expect("1998", "privatised"),
        ),
    ),
    Text(
        "nordwell-cell-plant",
        "press release",
        None,
        """NEWS RELEASE

Nordwell Energy Storage breaks ground on second cell plant in Lindhaven

LINDHAVEN, Sweden - 3 February 2025 - Nordwell Energy Storage AB (Nasdaq Stockholm: NWES),
a maker of lithium iron phosphate battery cells, today broke ground on its second cell
factory, on a 38-hectare site next to the Lindhaven harbour.

The SEK 1.9 billion investment was approved by Nordwell's board on 12 December 2024. Cell
production at the plant is scheduled to begin in September 2026, with an annual capacity of
2,400 MWh when fully built out, enough for about 30,000 home storage systems a year.

Nordwell expects to employ about 400 people in Lindhaven by the end of 2027. Local residents
are invited to an open house at the site office on 15 March.

"Lindhaven gives us deep water, clean power and people who know heavy industry," said chief
executive Maja Ekholm. "This plant is how we meet the 2030 targets our customers have set."

Nordwell, founded in Uppsala in 2009, opened its first cell plant in Skarby and acquired the
cathode materials company Ferrox Materials in March 2022. Since 2019 it has supplied battery
packs for the regional trains of the operator Nordtåg.

About Nordwell Energy Storage
Nordwell Energy Storage AB develops and manufactures battery cells and energy storage
systems for homes, rail and industry. The company employs 1,150 people in Sweden and
Finland. For more information, visit www.nordwell.example.

Media contact:
Johan Berglund, Head of Communications
+46 8 555 012 34 | press@nordwell.example

(c) 2025 Nordwell Energy Storage AB""",
        (
            expect("2025-02-03", "ground"),
            expect("2024-12-12", "board", "approv"),
            expect("2026-09", "production", planned=True),
            expect("../2027", "employ", planned=True),
            expect("2025-03-15", "open", "house", planned=True),
            expect("2009", "founded"),
            expect("2022-03", "ferrox"),
            expect("2019/..", "suppl"),
        ),
    ),
    Text(
        "hollis-ridge-v-bancroft",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-0417
Filed June 11, 2024

HOLLIS RIDGE CONDOMINIUM ASSOCIATION,
Plaintiff-Appellant,

v.

BANCROFT ROOFING SYSTEMS, INC.,
Defendant-Appellee.

Appeal from the District Court for Carver County, Elena Marsh, Judge.

The Association appeals the grant of summary judgment on its breach-of-warranty claim.
REVERSED AND REMANDED.

Considered by Talbot, P.J., and Quist and Ferreira, JJ.

TALBOT, Presiding Judge.

I. Background

On March 3, 2019, the Association contracted with Bancroft to replace the roofs of its four
residential buildings for $1,184,000. The contract carried a two-year workmanship warranty
running from substantial completion, and Bancroft certified substantial completion on or
about April 15, 2020. Residents reported leaks in the fall of 2020, and the Association's
board first wrote to Bancroft about the leaks on November 2, 2020. Bancroft inspected the
roofs at least once before May 1, 2021, but made no repairs.

The Association sued on September 9, 2021. Under the contract, the warranty expired on
April 15, 2022. On January 26, 2023, the district court granted Bancroft summary judgment,
holding that the Association had not given the written notice required by section 14(b) of
the contract and by the 2011 Common Interest Ownership Act. The Association filed its notice
of appeal on February 20, 2023.

II. Standard of Review

We review a grant of summary judgment for correction of errors at law. Dorsey v. Lamb, 412
N.W.2d 88, 91 (Westm. 1998). We view the record in the light most favorable to the
nonmoving party. Id.

III. Analysis

The board's letter named the buildings, described the leaks and asked Bancroft to repair
them. Nothing in section 14(b) requires more. Bancroft's own inspection shows it had actual
notice of the defects. The district court erred in holding the claim barred.

We reverse and remand for further proceedings consistent with this opinion.""",
        (
            expect("2019-03-03", "contract"),
            expect("2020-04-15~", "completion"),
            expect("2020-11-02", "wrote"),
            expect("../2021-05-01", "inspect"),
            expect("2021-09-09", "sue"),
            expect("2022-04-15", "warranty", "expire"),
            expect("2023-01-26", "summary", "judgment"),
            expect("2023-02-20", "appeal"),
        ),
    ),
    Text(
        "vessenburg-history",
        "encyclopedia history",
        None,
        """Vessenburg

Vessenburg (Low German: Vessenborg) is a town in the district of Oderland-Brede in the state
of Nordmark, Germany. It lies on the river Brede, 23 km south-east of Harsfeld.

Population (31 Dec. 2022): 14,906
Area: 61.4 km2
Postal code: 29471

History

The town is first mentioned in a charter of 1132, in which Bishop Adalbert of Harsfeld
granted the tithes of "Vessenburch" to the abbey of St Liudger. A castle on the Muhlberg is
said to have been built in 1251 by the counts of Brede, although the oldest masonry that
survives is later. Vessenburg received town rights in 1318 and grew rich on the salt trade
along the Brede.

In 1547 a fire destroyed most of the old town, including the town hall and its archive.
During the Thirty Years' War the town was occupied by Swedish troops from 1632 to 1635, and
its population fell by almost half.

The railway from Harsfeld reached Vessenburg circa 1871, and a sugar factory and two
brickworks followed. The castle district, long governed as a separate parish, was merged
into the town in 1950. In 1974 the villages of Aller and Brede were
incorporated into the town.

Since 1994 Vessenburg has been twinned with Saint-Aubin-sur-Loire in France. The sugar
factory, for decades the largest employer in the district, is now a museum.

See also
- List of castles in Nordmark
- Brede (river)

References
1. Kramer, H. (1987). Geschichte der Stadt Vessenburg. Harsfeld: Lindner. pp. 14-33.""",
        (
            expect("1132", "mention"),
            expect("1251?", "castle"),
            expect("1318", "rights"),
            expect("1547", "fire"),
            expect("1632/1635", "occupi"),
            expect("1871~", "railway"),
            expect("1950", "merged"),
            expect("1974", "incorporat"),
            expect("1994/..", "twinned"),
        ),
    ),
    Text(
        "redbridge-carlow-report",
        "sports report",
        date(2025, 3, 9),
        """SECOND DIVISION

Redbridge 3 Carlow Athletic 1

By Sam Ferris at Millfield

Redbridge moved four points clear at the top of the Second Division with a deserved 3-1 win
over Carlow Athletic on Saturday, stretching their unbeaten run to 14 matches, their longest
since 1987.

Luc Delacroix, signed from Vantaa in January, scored twice in the first half, heading in
Holm's corner after nine minutes and finishing a quick break on 38. Carlow pulled one back
through Ennis just after the restart, but substitute Tariq Mensah settled it with a low
drive in the 81st minute.

"We were patient, and that is new for us," said manager Ruth Okafor, in charge since
November 2022. "Two years ago we would have panicked at 2-1."

Redbridge were again without goalkeeper Alan Morrow, who injured a knee against Stockley on
15 February. He is expected to return by the end of March, and 19-year-old Kieran Pryce
kept his place.

Next up for Redbridge is a trip to Halford on Wednesday, before the cup semi-final against
Grantham at Westgate on 2 April. Redbridge, who won the league title in 2011 and 2014, have
not reached a cup final in 22 years.

Redbridge: Pryce; Holm, Castell, Obi, Varga; Lyle, Bright (Mensah 70); Delacroix, Kerr,
Ashdown; Tate.
Carlow Athletic: Doyle; Ferris, McCann, Ruane, Ennis; Byrne, Lacey; Walsh, Keogh (Duff 77),
Nolan; Power.
Referee: K. Dunne (Barnsworth). Attendance: 14,208.""",
        (
            expect("2025-03-08", "redbridge"),
            expect("2025-01", "delacroix", "sign"),
            expect("2022-11/..", "okafor"),
            expect("2025-02-15", "morrow", "injur"),
            expect("../2025-03", "morrow", "return", planned=True),
            expect("2025-03-12", "halford", planned=True),
            expect("2025-04-02", "semi", planned=True),
            expect("2011", "title"),
            expect("2014", "title"),
        ),
    ),
    Text(
        "harrowgate-paper-story",
        "company history",
        None,
        """Harrowgate Paper: Our Story

Papermaking at Ember Bridge on the River Lyde may be older than the company itself: a
water-mill there was perhaps making paper from rags as early as 1865, although the parish
records are silent.

Harrowgate Paper was founded in 1868 by the brothers Samuel and Enoch Harrowgate, who
leased the Ember Bridge mill and its single machine. The first steam engine was installed
c. 1890, freeing the mill from the river's summer droughts. In 1902 the company moved its
main production to a new mill at Lydeford, on the railway.

Between 1914 and 1918 the mills made cartridge paper and packaging for munitions. Through
the 1920s Harrowgate built its name on ledger and banknote papers, and a 1,904-tonne order
from the Bank of Ostreland remained its largest for forty years.

The company was listed on the London Stock Exchange in 1958. In 1987 it was acquired by the
Scandinavian group Veltro, and the following year Veltro closed the old mill at Ember
Bridge. Since 2006 Harrowgate has been owned by its employees through the Harrowgate
Employee Trust, which bought the business from Veltro for 14 million pounds.

Today the Lydeford mill runs two machines, employs 240 people and makes specialist papers
for filters, labels and art materials. The company plans to install a biomass boiler at
Lydeford in 2026, cutting the mill's gas use by two thirds.

Harrowgate is a member of the Paper Makers' Association (established 1803) and holds FSC
certification for all its pulp.""",
        (
            expect("1865?", "mill"),
            expect("1868", "founded"),
            expect("1890~", "steam"),
            expect("1902", "moved"),
            expect("1914/1918", "munitions"),
            expect("1958", "listed"),
            expect("1987", "acquired"),
            expect("1988", "closed"),
            expect("2006/..", "owned"),
            expect("2026", "biomass", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission-summary",
        "mission summary",
        None,
        """KESTREL-2 MISSION SUMMARY
Document KS2-OPS-0114, Rev. C - 2 May 2024
Prepared by the Kestrel-2 Flight Operations Team

1. Overview
Kestrel-2 is an asteroid sample-return mission to the near-Earth asteroid (2147) Tamsin.
Spacecraft dry mass: 1,990 kg. Sample canister capacity: 150 g.

2. Timeline
- Launch: Kestrel-2 was launched from the Varanger coastal range on 14 September 2021 at
  03:12 UTC.
- Cruise: after an Earth flyby on 2 December 2022, the spacecraft arrived at Tamsin on
  5 July 2023 and entered a 4 km station-keeping position.
- Proximity operations: touch-and-go sampling attempts were made on 3, 9 and 21 November
  2023. The first was aborted at 12 m altitude by the hazard-avoidance system; the second
  and third collected an estimated 60-90 g of regolith.
- Departure: Kestrel-2 left Tamsin on 18 January 2024 after 197 days at the asteroid.

3. Spacecraft status
The primary star tracker failed on 30 March 2024, and attitude has been determined with the
backup unit since that day. Power and propulsion margins remain above requirements; the
spacecraft has used 41 percent of its xenon.

4. Forward plan
The return capsule is expected to land at the Kiruna Flats range on or about 26 September
2026. Curation of the sample will take place in a dedicated clean room at the National
Planetary Materials Facility. The science team will publish first results from the sample
no later than 31 March 2027.

5. Contacts
Mission operations: ops@kestrel2.example
Tel. +47 77 55 01 90""",
        (
            expect("2021-09-14", "launch"),
            expect("2022-12-02", "flyby"),
            expect("2023-07-05", "arriv"),
            expect("2023-11-03", "sampl"),
            expect("2023-11-09", "sampl"),
            expect("2023-11-21", "sampl"),
            expect("2024-01-18", "tamsin"),
            expect("2024-03-30", "tracker", "fail"),
            expect("2024-03-30/..", "backup"),
            expect("2026-09-26~", "capsule", planned=True),
            expect("../2027-03-31", "results", planned=True),
        ),
    ),
    Text(
        "elbury-castlemoor-line",
        "government statement",
        None,
        """MINISTRY OF INFRASTRUCTURE
Statement on the reopening of the Elbury to Castlemoor railway line
22 January 2025

Today the Minister for Rail, Gareth Penhale, signed the order authorising the reopening of
the Elbury to Castlemoor line to passengers, and confirmed funding of 84 million pounds.

The line closed to passengers in 1966. Freight trains to the Castlemoor quarry continued to
use it until the track was lifted in part. Local campaigners, who have pressed for its
reopening since 2012, will have a seat on the project board.

The public consultation on the scheme, which ran from 4 to 29 November 2024, drew 3,412
responses, 91 per cent of them in favour. The Ministry has published its response alongside
this statement.

The Minister said: "This is a line that should never have closed. Reopening it will give
30,000 people a train to work and to college again."

Next steps
- Site works will start in April, beginning with vegetation clearance and drainage.
- Passenger services will return by December 2027, with two trains an hour on weekdays.
- A progress report will be published no later than 30 June 2025.

Passenger numbers across the region's network are growing faster than at any time since
2019. The scheme is being delivered under the powers of the Railways Act 1993.

Notes to editors
1. Journey time from Elbury to Castlemoor will be 23 minutes.
2. Media enquiries: 020 7946 0321 (24 hours).""",
        (
            expect("2025-01-22", "order", "sign"),
            expect("1966", "closed"),
            expect("2012/..", "campaign"),
            expect("2024-11-04/2024-11-29", "consultation"),
            expect("2025-04", "works", planned=True),
            expect("../2027-12", "services", planned=True),
            expect("../2025-06-30", "report", planned=True),
        ),
    ),
    Text(
        "carnford-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Carnford library reopens after flood repairs | Carnford Courier</title>
<script async src="https://cdn.courier-media.example/ads.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Carnford library reopens after flood repairs</h1>
<p class="byline">By Priya Castell &middot;
  <time datetime="2024-05-17T07:30:00+01:00">Friday 17 May 2024</time> &middot;
  Updated <time datetime="2024-05-18T09:10:00+01:00">18 May 2024</time></p>
<figure>
  <img src="/img/library-reopen.jpg" alt="Readers queueing outside the library">
  <figcaption>Readers queue outside Carnford Central Library on Tuesday morning.
  Photo: Dan Holt</figcaption>
</figure>
<p>Carnford Central Library reopened on Tuesday, nineteen months after the flood of
9 October 2022 left its ground floor under a metre of water.</p>
<p>Repair work began in March 2023 and cost 2.3 million pounds, most of it from the
council's insurers. The Edwardian building, which opened in 1909, now has flood gates on
both doors and its electrics raised above the ground floor.</p>
<p>Staff expect to have all 40,000 books back on the shelves by 1 July. A coffee bar run by
the Carnford Community Trust will open in June.</p>
<p>Councillors will vote on 28 May on a proposal to open the library on Sundays, which
would make it the first in the county to do so since 2015.</p>
<p>"People have missed this place more than we ever imagined," librarian Rosa Feeney said.</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/2024/05/10/mill-lane-flood-defences">Flood defence work starts on
      Mill Lane</a> <time datetime="2024-05-10">10 May 2024</time></li>
    <li><a href="/news/2022/10/10/town-centre-flooding">Town centre under water after
      record rain</a> <time datetime="2022-10-10">10 October 2022</time></li>
  </ul>
</aside>
<footer>&copy; 2024 Carnford Courier Ltd. Newsdesk: 01632 960 118</footer>
<script src="/js/analytics.js"></script>
</body>
</html>""",
        (
            expect("2024-05-14", "library", "reopen"),
            expect("2022-10-09", "flood"),
            expect("2023-03", "repair"),
            expect("1909", "open"),
            expect("../2024-07-01", "books", planned=True),
            expect("2024-06", "coffee", planned=True),
            expect("2024-05-28", "vote", planned=True),
        ),
    ),
    Text(
        "valtorre-avalanche-bulletins",
        "avalanche warning service's daily bulletins",
        None,
        """AVALANCHE WARNING SERVICE - CANTON OF VALTORRE
Regional avalanche bulletins, northern and central Valtorre
Bulletins are issued daily at 17:00. Hotline +41 81 555 01 20

Bulletin No. 87 - issued Mon 13.01.2025, 17:00 - valid until Tue 14.01.2025, 17:00
Danger level: 4 (high) on the northern ridges, 3 (considerable) elsewhere
Over the past two days 50 to 70 cm of new snow has fallen above 1800 m, with strong north-westerly
winds, the most new snow in 48 hours since January 2018. On Monday morning a large natural
avalanche reached the Valdora road at km 12; the road was closed at 08:30 and remains
closed. For Tuesday, danger level 4 (high) is forecast for the northern ridges. Fresh wind
slabs are large and easily triggered. Off-piste touring should be avoided.

Bulletin No. 88 - issued Tue 14.01.2025, 17:00 - valid until Wed 15.01.2025, 17:00
Danger level: 3 (considerable)
Numerous natural avalanches were observed on Tuesday, mostly on east-facing slopes between
2000 and 2600 m. The snowpack is slowly settling. A warm front is expected to arrive on
Thursday 16.01., with rain up to 2000 m and a renewed rise in wet-snow activity.

Bulletin No. 89 - issued Wed 15.01.2025, 17:00 - valid until Thu 16.01.2025, 17:00
Danger level: 3 (considerable)
On Wednesday at about 11:00 a ski tourer was caught by a slab avalanche below Pizzo Ferro
and was dug out uninjured by his companions. The Valdora road was reopened at 14:00 on
Wednesday after blasting. Behind the warm front, colder air will stabilise the snowpack,
and the danger level is expected to fall to 2 (moderate) by Saturday.

Key to danger levels: 1 low - 2 moderate - 3 considerable - 4 high - 5 very high""",
        (
            expect("2025-01-13", "avalanche", "road"),
            expect("2025-01-13", "road", "closed"),
            expect("2025-01-14", "danger", planned=True),
            expect("2025-01-14", "avalanches", "observed"),
            expect("2025-01-16", "warm", "front", planned=True),
            expect("2025-01-15", "tourer"),
            expect("2025-01-15", "road", "reopen"),
            expect("../2025-01-18", "danger", "fall", planned=True),
        ),
    ),
    Text(
        "tern-14-nationals-2024",
        "dinghy sailing championship report",
        None,
        """Tern 14 National Championship 2024
Hallam Water Sailing Club, 7-11 August
Report by Fiona Leckie, Class Secretary

Seventy-two boats came to Hallam Water for this year's Nationals, the biggest entry since
2008, and the championship ran from 7 to 11 August in every kind of weather the reservoir
could throw at us.

Wednesday 7th: Racing was abandoned after the fleet had spent three hours ashore watching
gusts of 30 knots tear across the water. The barbecue went ahead regardless.

Thursday 8th: Hannah Gill and Pete Marr (2811) led overnight after three races in a steady
12-knot south-westerly, in which they scored two wins and a second.

Friday 9th: The breeze built through the day. Defending champion Tom Corrigan, sailing with
Jo Pask (2794), capsized at the leeward gate in race 7 but recovered to finish ninth, which
he later discarded.

Saturday 10th: A light, shifty day allowed only one race, won by Gill from the back of the
fleet after a huge left shift.

Sunday 11th: Corrigan won the final race and the championship by two points from Gill, with
the youth pair Ellie and Sam Rowe third. Corrigan also won the title in 2019 and 2021.

Results (top three, 9 races, 1 discard)
1. Tom Corrigan / Jo Pask, 2794, 14 pts
2. Hannah Gill / Pete Marr, 2811, 16 pts
3. Ellie Rowe / Sam Rowe, 2756, 23 pts

Next year's Nationals will be sailed at Carrick SC from 23 to 27 July 2025; entries must be
in by 30 June. The class committee plans to introduce a new sail design in 2026, and
measurement forms will be sent to owners with the spring newsletter.""",
        (
            expect("2024-08-07/2024-08-11", "championship"),
            expect("2024-08-07", "racing", "abandon"),
            expect("2024-08-08", "gill", "marr"),
            expect("2024-08-09", "corrigan", "capsiz"),
            expect("2024-08-10", "gill"),
            expect("2024-08-11", "corrigan"),
            expect("2019", "corrigan"),
            expect("2021", "corrigan"),
            expect("2025-07-23/2025-07-27", "nationals", planned=True),
            expect("../2025-06-30", "entries", planned=True),
            expect("2026", "sail", planned=True),
        ),
    ),
    Text(
        "mornac-point-fuel-free",
        "nuclear decommissioning press release",
        None,
        """PRESS RELEASE | 27 November 2024
Nuclear Restoration Authority

Last spent fuel leaves Mornac Point

Mornac Point power station became fuel-free today when the last flask of spent fuel left
the site by rail for the Sellbrook reprocessing plant.

Defuelling began in March 2021, after Reactor 1 was shut down in June 2018 and Reactor 2 in
January 2019. Over the three and a half years, 640 flasks were loaded and dispatched without
a single reportable incident.

Removing the fuel takes away 99 per cent of the site's radioactive hazard. The station,
which started generating in 1976, produced enough electricity over its life to power every
home in the region for 60 years.

Demolition of the turbine hall is expected to begin in 2026. The site will enter care and
maintenance by 2035, and final site clearance is planned for around 2090.

Site director Hélène Carrow said: "Today is the end of one chapter and the start of a long
and careful one. I want to thank every member of the team who made it happen safely."

The workforce, now 410, will fall gradually as the buildings are cleared. Decommissioning is
carried out under the Energy Act 2004.

ENDS

Notes to editors
- Mornac Point's two reactors had a combined output of 1,250 MW.
- Media enquiries: press office, 01632 960412 (out of hours: 07700 900461).""",
        (
            expect("2024-11-27", "fuel"),
            expect("2021-03", "defuelling"),
            expect("2018-06", "reactor", "shut"),
            expect("2019-01", "reactor", "shut"),
            expect("1976", "generat"),
            expect("2026", "demolition", planned=True),
            expect("../2035", "care", planned=True),
            expect("2090~", "clearance", planned=True),
        ),
    ),
    Text(
        "thornby-canal-journal-1794",
        "canal engineer's journal of the 1790s",
        None,
        """JOURNAL of the WORKS on the LENHAM & THORNBY CANAL
kept by Wm. Ashurst, Engineer

1794

Mar. 3d. Set out from Lenham at 7 in the morng. & rode to Thornby, where I view'd the line
of the Canal as staked out by Mr. Pell. Ground very wet below the Mill; the old Mill there
is said to have been built in 1702 & its dam must be taken down.

Mar. 4th. With Mr. Pell survey'd the summit level from Hobb's Field to the Tunnel mouth,
& found his levels true within 2 inches in the mile.

Tues. 11th. The Committee met at the Swan at 11 o'clock. Present Mr. Gage in the chair, Mr.
Lowther, Mr. Pell & myself. Order'd that the Cutting be begun at Hobb's Field on the 1st of
April next, & that 60 men be engag'd at 1s. 8d. per day.

Apr. 1st. Cutting begun at Hobb's Field with 58 men. Weather fair.

Apr. 9th. Recd. Mr. Pell's letter; the brickmakers at Daneford cannot supply above 20,000
bricks a week.

22d. Great rain all night. This morng. found the bank at Hobb's Field slip'd for about 40
yards. Set all hands to clear it.

May 6th. Mr. Pell & I agreed that the Lock at Thornby shall be of brick with stone quoins,
& that it be finish'd by the end of September.""",
        (
            expect("1702?", "mill", "built"),
            expect("1794-03-03", "thornby"),
            expect("1794-03-04", "survey"),
            expect("1794-03-11", "committee"),
            expect("1794-04-01", "cutting", planned=True),
            expect("1794-04-01", "cutting", "begun"),
            expect("1794-04-09", "letter"),
            expect("1794-04-22", "bank"),
            expect("1794-05-06", "agree", "lock"),
            expect("../1794-09", "lock", planned=True),
        ),
    ),
    Text(
        "wyvern-barn-owl-survey-2023",
        "barn owl nest box survey",
        None,
        """WYVERN VALLEY BARN OWL GROUP
Nest Box Survey 2023 - Summary Report
Compiled by Gwen Parry, Survey Coordinator. Registered charity no. 1109876

Our volunteers have monitored barn owl boxes in the Wyvern valley since 2003. In 2023, 112
boxes were checked between 12 June and 28 July 2023, under Schedule 1 licence.

Headlines
- 38 boxes were occupied by breeding barn owls, the most since 2014.
- 126 eggs were recorded and 83 chicks were seen, of which 61 were ringed.
- Field vole numbers were high across the valley; voles peak every three to four years.

An unusually early clutch of five eggs was found in Box 14 (Lower Hendry Farm) on 19 April,
during a routine kestrel check. A dead adult female was found below Box 31 on or about 30
May; she had been ringed as a chick in the same box. Licensed ringers ringed chicks on 2, 9
and 16 July.

Selected results
Box | Site                 | Grid ref        | Eggs | Chicks
14  | Lower Hendry Farm    | SO 1987 4412    | 5    | 4
22  | Cwm Barns            | SO 2031 3990    | 6    | 5
31  | Pentre Mill          | SO 1875 4206    | 4    | 0
47  | Wyvern Court         | SO 2104 4133    | 7    | 6

Next season
Thanks to a grant from the Marcher Landscape Fund, 42 new boxes will be put up by the end of
February 2024, mostly on farms in the upper valley. Landowners who would like a box should
ring Gwen on 01632 960 587.""",
        (
            expect("2003/..", "monitor"),
            expect("2023-06-12/2023-07-28", "check"),
            expect("2023-04-19", "clutch"),
            expect("2023-05-30~", "dead"),
            expect("2023-07-02", "ring"),
            expect("2023-07-09", "ring"),
            expect("2023-07-16", "ring"),
            expect("../2024-02", "boxes", planned=True),
        ),
    ),
    Text(
        "tamms-brewery-history",
        "brewery's history",
        None,
        """OUR HISTORY - Tamm's Brewery, Oldcastle

Brewing on Bridge Street is said to have begun as early as 1712, though no record of it
survives beyond a later map marking "the Brewhouse".

Josiah Tamm, a maltster from Hexley, founded the brewery in 1834 with a single 1,850-litre
copper and a yard of casks. Around 1860 his son Edwin built the five-storey tower brewery
that still dominates the street, so that the beer could flow by gravity from floor to floor.

In 1891 a fire gutted the tower; it was rebuilt the following year to the same design, and
most of the ironwork you see today dates from that rebuild. The brewery survived the 1872
Licensing Act and two wars, and Tamm's Best Bitter, first brewed in 1923, became the best
known pint in the county.

In 1961 the brewery was bought by Ormsby Brewers, who closed it in 1993 and moved
production to their plant at Ketterley. A management buy-out led by Edwin's
great-great-grandson, Rob Tamm, reopened it in 1994. Since 2001 we have brewed only with
barley grown on farms within twenty miles of Oldcastle.

A new brewhouse, doubling our capacity to 120 barrels a week, is due to open in 2026.

Visit us
Brewery tours run every Saturday at 11am and 2pm. Booking essential: 01632 960 245.

(c) Tamm's Brewery Ltd 2025""",
        (
            expect("1712?", "brewing"),
            expect("1834", "founded"),
            expect("1860~", "tower"),
            expect("1891", "fire"),
            expect("1892", "rebuilt"),
            expect("1923", "bitter"),
            expect("1961", "ormsby"),
            expect("1993", "closed"),
            expect("1994", "reopen"),
            expect("2001/..", "barley"),
            expect("2026", "brewhouse", planned=True),
        ),
    ),
    Text(
        "heritage-buildings-fund-statement",
        "culture minister's heritage funding statement",
        None,
        """MINISTRY OF CULTURE
Statement by the Minister of Culture, Aino Raudsepp, on the Heritage Buildings Fund
Tallmark, 6 March 2025

The Heritage Buildings Fund opens for applications today, with 18 million euros to spend
this year, the largest sum in its history.

Owners of listed buildings, parishes and local authorities may apply for grants of up to
600,000 euros. Applications must be submitted no later than 30 May 2025, and decisions will
be announced in September.

Since 2015 the programme has supported 212 buildings across the country, from wooden manor
houses to lighthouses. Every euro of public money has brought in, on average, 1.40 euros of
private investment.

This year we will give priority to buildings at immediate risk. The fire at Kaarli church on
11 January reminded us all how quickly we can lose what has stood for centuries. The church,
built c. 1680, lost its roof and tower. I have asked that its restoration be completed by
2028, and the fund will meet half of the cost.

Protection of our heritage is a duty under the 1994 Heritage Protection Act, but it is also
a matter of pride. I encourage every owner who has been waiting to apply.

Aino Raudsepp
Minister of Culture

Enquiries: heritagefund@kul.example | +372 555 0199""",
        (
            expect("2025-03-06", "fund", "open"),
            expect("../2025-05-30", "applications", planned=True),
            expect("2025-09", "decisions", planned=True),
            expect("2015/..", "programme"),
            expect("2025-01-11", "fire"),
            expect("1680~", "church", "built"),
            expect("../2028", "restoration", planned=True),
        ),
    ),
    Text(
        "brackley-pool-closures",
        "swimming pool's HTML closures page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Closures and maintenance - Brackley Lane Leisure Pool</title>
<script src="/js/cookie-consent.js"></script>
</head>
<body>
<header>
<nav>
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/timetable">Timetable</a></li>
    <li><a href="/lessons">Swimming lessons</a></li>
    <li><a href="/closures" aria-current="page">Closures</a></li>
  </ul>
</nav>
</header>
<main>
<h1>Closures and maintenance</h1>
<p class="updated">Last updated: <time datetime="2024-09-03">3 September 2024</time></p>

<h2>Main pool</h2>
<p>The main pool will be closed from <time datetime="2024-09-09">Monday 9</time> to
<time datetime="2024-09-13">Friday 13 September 2024</time> for its annual deep clean and
retiling of the shallow end.</p>

<h2>Learner pool</h2>
<p>The learner pool will be closed on <time datetime="2024-09-21">Saturday 21 September
2024</time> for the Brackley Junior Gala.</p>

<h2>Sauna and steam room</h2>
<p>The sauna has been closed since <time datetime="2024-08-26">Monday 26 August 2024</time>
after a heater fault. We are waiting for parts and will post an update here.</p>

<h2>Flume</h2>
<p>The flume will reopen no later than <time datetime="2024-10-31">31 October 2024</time>,
once the replacement pump has been fitted.</p>

<h2>Christmas</h2>
<p>The centre will be closed on 25 and 26 December 2024.</p>

<p class="note">Lane swimming is suspended every Saturday 8-10am for club training.</p>

<h2>About the centre</h2>
<p>Brackley Lane Pool opened in 1974 and was refurbished in 2012 with a new 25 m pool tank.</p>
</main>
<footer>
<p>&copy; 2024 Brackley Leisure Trust &middot; Tel 01632 960 733</p>
</footer>
</body>
</html>""",
        (
            expect("2024-09-09/2024-09-13", "main", "pool", planned=True),
            expect("2024-09-21", "learner", planned=True),
            expect("2024-08-26/..", "sauna"),
            expect("../2024-10-31", "flume", planned=True),
            expect("2024-12-25", "closed", planned=True),
            expect("2024-12-26", "closed", planned=True),
            expect("1974", "open"),
            expect("2012", "refurbish"),
        ),
    ),
    Text(
        "rennick-pip-appeal",
        "social security tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
SOCIAL ENTITLEMENT CHAMBER

Appeal reference: SC 214/23/01187
Appellant: Mr Darren Rennick
Respondent: Secretary of State for Work and Pensions
Venue: Wrexley Justice Centre (face to face)

DECISION NOTICE AND STATEMENT OF REASONS

Decision
1. The appeal is allowed.
2. Mr Rennick is entitled to the standard rate of the daily living component of Personal
Independence Payment from 2 February 2023 to 1 February 2026. He is not entitled to the
mobility component.

Reasons
3. Mr Rennick, now aged 58, worked as a forklift driver until he stopped work on or about
30 June 2022. He has had chronic lower back pain since 2016 and takes 30 mg of codeine four
times a day.
4. He claimed Personal Independence Payment on 2 February 2023. A health professional
assessed him by telephone on 17 May 2023 and recommended 4 points for daily living
activities.
5. The Secretary of State refused the claim on 6 June 2023. Mr Rennick asked for a
mandatory reconsideration on or about 20 July 2023, and the decision was not changed. His
appeal was received by HMCTS on 11 September 2023.
6. The hearing took place on 14 October 2024. Mr Rennick attended with his daughter and gave
evidence that we found consistent and credible.
7. Applying Schedule 1 to the Social Security (Personal Independence Payment) Regulations
2013, we award 2 points for activity 1 (preparing food), 2 points for activity 4 (washing and
bathing) and 4 points for activity 5 (managing toilet needs), a total of 8 points.

Tribunal Judge M. Farrant
Signed: 21 October 2024
Date issued to the parties: 23 October 2024""",
        (
            expect("2023-02-02/2026-02-01", "daily", "living"),
            expect("2022-06-30~", "stopped", "work"),
            expect("2016/..", "pain"),
            expect("2023-02-02", "claim"),
            expect("2023-05-17", "assess"),
            expect("2023-06-06", "refus"),
            expect("2023-07-20~", "reconsideration"),
            expect("2023-09-11", "appeal"),
            expect("2024-10-14", "hearing"),
        ),
    ),
    Text(
        "ashby-parva-forge-history",
        "blacksmith's history",
        None,
        """The Forge, Ashby Parva: A Short History

A smithy at Ashby Parva is recorded in the manor survey of 1608, which lists "a smythes
shoppe by the greene" paying 4d. a year. Nothing of that building remains. The present
forge, of local ironstone under a Collyweston slate roof, was built circa 1840 on the same
corner of the green.

John Harker (1839-1912), a farrier from Daventon, took over the forge in 1867, and three
generations of Harkers worked here for the next century. The anvil, still in use, is
stamped 1851 and weighs 1 cwt 3 qr. Perhaps in 1885, the Harkers added a wheelwright's
shop against the north wall; the date is painted on a beam but may be later.

Between 1914 and 1918 the forge shod horses for the Army remount depot at Castle Lyne,
sometimes more than 60 in a week. Through the 1920s and 1930s the work turned to ploughs,
gates and repairs for the new tractors. Walter Harker shod his last horse in 1962, and the
forge closed in 1971.

The building was reopened as a working museum in 1989 by the Ashby Parva Village Society.
Since 2008 the Ashby Forge Trust has run blacksmithing courses for beginners and schools.
The Trust hopes to restore the wheelwright's shop by 2027, if its lottery bid succeeds.

Open Sundays 2-5pm, April to October. Admission free; donations welcome.""",
        (
            expect("1608", "smithy", "recorded"),
            expect("1840~", "forge", "built"),
            expect("1867", "harker"),
            expect("1885?", "wheelwright"),
            expect("1914/1918", "horses"),
            expect("1962", "last", "horse"),
            expect("1971", "closed"),
            expect("1989", "museum"),
            expect("2008/..", "courses"),
            expect("../2027", "restore", planned=True),
        ),
    ),
    Text(
        "dunmere-bowls-fixtures-2025",
        "bowls league's fixtures list",
        None,
        """DUNMERE & DISTRICT BOWLS LEAGUE
FIXTURES 2025

Date            | Event                                   | Venue
Sat 26 April    | Opening Day & President's Rinks, 2.00pm | Dunmere BC
Wed 7 May       | Triples League, round 1, 6.30pm         | as drawn
Wed 14 May      | Triples League, round 2, 6.30pm         | as drawn
Wed 21 May      | Triples League, round 3, 6.30pm         | as drawn
Sat 7 June      | Charity Pairs (in aid of St Ann's)      | Kelso Park BC
Sun 14 September| Finals Day, 10.00am                     | Kelso Park BC
Fri 17 October  | Presentation Dinner, 7.00pm             | Dunmere Arms

NOTES
1. These fixtures were agreed at the AGM held on 18 November 2024.
2. Affiliation fees of 45 pounds per club must be paid to the Treasurer no later than
   31 March. Clubs not affiliated by then cannot enter the Triples League.
3. Practice roll-ups every Tuesday and Thursday evening from 6pm at all member greens.
4. Dress: whites for Finals Day, club shirts and grey trousers for league matches.
5. Results to the Match Secretary, Mrs J. Tolley, within 48 hours: 01632 960 312.

The league was founded in 1931 and has 14 member clubs and 212 registered players.

Printed 10/01/2025""",
        (
            expect("2025-04-26", "opening", planned=True),
            expect("2025-05-07", "triples", planned=True),
            expect("2025-05-14", "triples", planned=True),
            expect("2025-05-21", "triples", planned=True),
            expect("2025-06-07", "charity", "pairs", planned=True),
            expect("2025-09-14", "finals", planned=True),
            expect("2025-10-17", "dinner", planned=True),
            expect("2024-11-18", "agm"),
            expect("../2025-03-31", "fees", planned=True),
            expect("1931", "founded"),
        ),
    ),
)
