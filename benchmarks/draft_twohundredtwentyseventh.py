"""The two-hundred-and-twenty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an earthquake agency's
aftershock updates, a gymnastics championship report, a grid battery storage press release, an
emigrant's letters home of the 1880s, a seal pup count report, a lace mill's history, a digital
minister's broadband rollout statement, a heritage railway's HTML service changes page, an
immigration appeal decision, a locksmith's history and a volleyball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYSEVENTH_CORPUS",)


TWOHUNDREDTWENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-breakwater-merrow",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVERNSTADT, Oct 9 (Coastline Press) - A passenger ferry that struck a breakwater off
the island of Merrow on Monday had reported a steering fault to its operator on or about
Oct. 2, according to a maintenance log seen by Coastline Press.

The MV Saltrim Crest, carrying 214 passengers and 19 crew, hit the harbour wall at Merrow at
about 6:40 p.m. Forty-one people were treated for minor injuries, and all passengers were
ashore by 9 p.m., the coast guard said.

Operator Brisk Isles Ferries resumed sailings on the Merrow route on Tuesday with a chartered
catamaran. Its chief executive, Lotte Ammundsen, said the log entry had been "followed up in
line with our procedures".

The national Marine Accident Board said its inquiry would open on Oct. 21 in Halvernstadt.
Brisk Isles said it would hand its own technical review to the regulator by the end of
November. Under the 1995 Coastal Shipping Act, the board must publish preliminary findings
within 30 days of opening an inquiry.

"We run two sailings an hour in summer and we have never lost steering on this route,"
Ammundsen told reporters. Families of passengers can reach the company on +47 5550 1189.

The Saltrim Crest was built in 1998 at the Vaskel yard and joined the Brisk Isles fleet in
2013, a year after the company won the Merrow concession. Monday's collision was the most
serious accident on the route since 2006.

(Reporting by Jonas Feld; Editing by Maria Okafor)""",
        (
            expect("2024-10-07", "ferry", "breakwater"),
            expect("2024-10-02~", "steering", "fault"),
            expect("2024-10-08", "sailings", "resum"),
            expect("2024-10-21", "inquiry", planned=True),
            expect("../2024-11", "review", planned=True),
            expect("1998", "built"),
            expect("2013", "fleet"),
            expect("2012", "concession"),
        ),
    ),
    Text(
        "tervane-hollin-bakery",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tervane Foods to Acquire Hollin Street Bakery

Family-owned Ohio bread maker to keep its name, its plants and its 640 employees

COLUMBUS, Ohio, Feb. 11, 2025 /PRWire/ -- Tervane Foods Inc. (NASDAQ: TRVF) today signed a
definitive agreement to acquire Hollin Street Bakery, a maker of rye and sourdough breads,
for $86 million in cash.

Founded in 1956 by Walter and Edna Hollin in a two-room storefront in Marion, Hollin Street
now runs three plants in Ohio and Indiana and supplies more than 2,300 grocery stores. Its
main Marion plant opened in 1979 and was expanded in 2008 and again in 2017.

The transaction is expected to close no later than June 30, 2025, subject to customary
regulatory approvals. The Hollin family will keep a 10% stake in the business.

"Hollin Street bakes the way it did seventy years ago, and that is exactly why we want it,"
said Marisol Ketterman, Tervane's chief executive. Tervane, which bought Dunmore Pretzel Co.
in 2019 and Larch Valley Granola in 2022, expects the deal to add about $120 million to its
annual sales.

Conference Call
Tervane will hold a conference call for investors on Wednesday, Feb. 12, 2025, at 10:00 a.m.
ET. To join, dial 1-800-555-0142 (U.S.) or +1-614-555-0199 (international), passcode 2025.

About Tervane Foods
Tervane Foods Inc. has been based in Columbus since 1988 and makes snacks, cereals and baked
goods sold under eleven brands in 40 states.

Forward-Looking Statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media contact: Dana Whitlock, press@tervane.example, 614-555-0173

(c) 2025 Tervane Foods Inc.""",
        (
            expect("2025-02-11", "agreement"),
            expect("1956", "founded"),
            expect("1979", "plant", "open"),
            expect("2008", "expand"),
            expect("2017", "expand"),
            expect("../2025-06-30", "close", planned=True),
            expect("2019", "dunmore"),
            expect("2022", "larch"),
            expect("2025-02-12", "call", planned=True),
            expect("1988/..", "columbus"),
        ),
    ),
    Text(
        "kessler-drummond-apples",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF THE STATE OF MONTARA
SECOND DISTRICT

No. 2-23-0417

Opinion filed March 4, 2024

KESSLER ORCHARD SUPPLY, LLC,          )  Appeal from the Circuit Court
        Plaintiff-Appellee,           )  of Halloway County.
    v.                                )  No. 20-L-0188
DRUMMOND COLD STORAGE, INC.,          )  Honorable Ruth A. Mercer,
        Defendant-Appellant.          )  Judge, presiding.

JUSTICE PARRISH delivered the judgment of the court, with opinion.
Justices Ocampo and Lindqvist concurred in the judgment and opinion.

OPINION

¶ 1 Defendant, Drummond Cold Storage, Inc., appeals from a judgment entered after a bench
trial awarding plaintiff, Kessler Orchard Supply, LLC, $412,600 for apples that spoiled when
a refrigeration unit failed. We affirm.

¶ 2 I. BACKGROUND

¶ 3 On or about August 28, 2019, the parties signed a one-page storage agreement under
which defendant would keep 1,950 bins of plaintiff's apples at 33°F. Paragraph 6 limited
defendant's liability to "$50 per bin" unless plaintiff declared a higher value in writing.

¶ 4 The compressor serving defendant's Room 6 failed on November 2, 2019. The alarm log
shows the room temperature climbing from 4:10 a.m. that day, but the alarm had been
switched off during earlier repairs, and no one checked the room for three days.
Defendant's employees discarded the spoiled fruit before December 1, 2019, without
inviting plaintiff to inspect it.

¶ 5 Plaintiff filed suit on February 18, 2020. After a bench trial held from June 6 to 8,
2022, the circuit court found that defendant had failed to exercise reasonable care under
section 7-204 of the Commercial Code and that the limitation in paragraph 6 did not apply.
Judgment was entered on September 30, 2022. Defendant's posttrial motion was denied on
January 12, 2023, and defendant filed its notice of appeal on February 9, 2023.

¶ 6 II. ANALYSIS

¶ 7 Defendant's sole argument is that the limitation clause caps its liability at $97,500.
We review the construction of a contract de novo. Harlan v. Briggs Farms, Inc., 2011 App
(2d) 100934, ¶ 14. As in Harlan, the clause here cannot shield a warehouse from the
consequences of its own failure to exercise the care the statute requires.

¶ 8 III. CONCLUSION

¶ 9 The judgment of the circuit court of Halloway County is affirmed.

¶ 10 Affirmed.""",
        (
            expect("2019-08-28~", "agreement"),
            expect("2019-11-02", "compressor", "fail"),
            expect("../2019-12-01", "discard"),
            expect("2020-02-18", "suit"),
            expect("2022-06-06/2022-06-08", "trial"),
            expect("2022-09-30", "judgment"),
            expect("2023-01-12", "motion"),
            expect("2023-02-09", "appeal"),
        ),
    ),
    Text(
        "brastow-town-history",
        "encyclopedia history",
        None,
        """Brastow

Brastow is a market town in the Mell valley and the seat of the municipality of
Brastow-Ollerby.

History

The site was settled around 1740 by families from the lowland parishes, who cleared the oak
forest along the river. A market charter, possibly granted in 1762, is known only from a
copy made in the nineteenth century; the original is lost.

During the Border War the town was occupied by Ardenian troops between 1812 and 1815, and
the parish church of St Oda served as a powder magazine. The railway from Kellport reached
Brastow in 1851, and the Mell Valley woollen mills, which employed some 1,800 workers at
their height, made it the largest town in the valley by the 1880s.

On 3 May 1887 a fire that started in a bakery destroyed most of the timber houses around the
market square. The town hall was rebuilt in stone two years later to designs by the
architect Henrik Saalfeld (1841–1909).

The mills closed one by one in the 1920s. In 1974 Brastow was merged with the neighbouring
parish of Ollerby to form the municipality of Brastow-Ollerby. The town has been twinned with
Saint-Aubrac-sur-Lenne in France since 1998. A bypass to take through traffic out of the
town centre is planned for completion by 2028.

Demographics

Year    Population
1900    9,412
1950    7,030
2020    11,254

See also: Mell Valley Railway; Brastow Fire of 1887""",
        (
            expect("1740~", "settled"),
            expect("1762?", "charter"),
            expect("1812/1815", "occupied"),
            expect("1851", "railway"),
            expect("1887-05-03", "fire"),
            expect("1889", "hall", "rebuilt"),
            expect("1974", "merged"),
            expect("1998/..", "twinned"),
            expect("../2028", "bypass", planned=True),
        ),
    ),
    Text(
        "carrick-valley-duneholm",
        "sports report",
        date(2025, 3, 16),
        """THE HARROWGATE HERALD · SPORT
Rugby Union · Premier Division

Tennant's late kick keeps Valley in the hunt

Carrick Valley 27 Duneholm 24

By Dan Colley at Kestrel Park

Carrick Valley ended Duneholm's run of seven straight league wins at Kestrel Park yesterday,
Ross Tennant kicking a penalty from 42 metres with the last play of the game to keep his
side's title hopes alive.

Valley had not beaten Duneholm at home since 2009, and for an hour it looked as though that
run would go on. Duneholm led 24-12 after three converted tries, two of them from wing Kai
Marsh, and a penalty from fly-half Sione Tapu.

Tennant, who joined from Bramhall in 2019, had a hand in both Valley tries in the final
quarter before holding his nerve for the winner. "I've missed that kick in training a
hundred times," he said.

Valley were without captain Owen Pryce, who has led the side since 2022 and was hurt in the
defeat at Lowmoor on 1 March. Director of rugby Gail Ferrars said Pryce was expected to
return for the trip to Ashcombe on Friday, 21 March.

Valley, champions in 2014, 2016 and 2018, are three points behind leaders Duneholm with four
rounds left. The final round is scheduled for 12 April.

Carrick Valley: Tries: Okoro, Lang. Con: Tennant. Pens: Tennant 5.
Duneholm: Tries: Marsh 2, Brandt. Cons: Tapu 3. Pen: Tapu.
Kick-off: 3pm. Attendance: 6,112.""",
        (
            expect("2025-03-15", "carrick", "duneholm"),
            expect("2019", "tennant", "join"),
            expect("2022/..", "pryce"),
            expect("2025-03-01", "lowmoor"),
            expect("2025-03-21", "ashcombe", planned=True),
            expect("2014", "champion"),
            expect("2016", "champion"),
            expect("2018", "champion"),
            expect("2025-04-12", "final", "round", planned=True),
        ),
    ),
    Text(
        "harlow-finch-history",
        "company history",
        None,
        """Harlow & Finch Instruments · About us · Our history

Harlow & Finch was founded in 1903, when Edwin Harlow and Thomas Finch began repairing
ships' chronometers in a loft above a chandlery on Quay Street, Port Ellery. Around 1910 the
partners moved to larger premises in Mill Lane and started building barometers of their own
design.

Between 1940 and 1945 the company made compasses and aircraft altimeters for the armed
forces, and its workforce grew from 60 to more than 400. The depth gauges of the research
submarine Halcyon, probably delivered in 1952, are still on show at the Port Ellery
Maritime Museum.

The company was listed on the Port Ellery stock exchange in 1968 and was acquired by the
Swiss group Vautrin Mesure in 1987. A management buyout in 1999 brought it back into local
ownership.

Since 2004 Harlow & Finch has had its headquarters at the Brookside Technology Park, where it
designs automatic weather stations used by the meteorological services of 40 countries. In
the 2010s it added ocean buoys and river gauges to its range. The company plans to open an
assembly plant in Teravik, its first outside the country, in 2026.

Every year on 14 June, the anniversary of the first chronometer the partners sold, staff
gather on Quay Street for a photograph.

(c) 2024 Harlow & Finch Instruments Ltd · Company no. 00071903 · Privacy · Cookies""",
        (
            expect("1903", "founded"),
            expect("1910~", "moved"),
            expect("1940/1945", "compass"),
            expect("1952?", "gauges"),
            expect("1968", "listed"),
            expect("1987", "vautrin"),
            expect("1999", "buyout"),
            expect("2004/..", "headquarters"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "corvid-2-lunar-orbiter",
        "mission summary",
        None,
        """ASTERA SPACE AGENCY · Science Missions

CORVID-2 — Mission summary

Mission type: lunar orbiter
Launch: 12 May 2021, 02:14 UTC, Kestrel Launch Complex, Vanta-4 rocket
Mass at launch: 1,240 kg
Status: extended mission (second extension)

Overview
Corvid-2 was launched on 12 May 2021 to map water ice in the permanently shadowed craters
near the Moon's south pole. It entered a 100 km polar orbit five days later, and the first
high-resolution images of the polar craters were returned on 2 June 2021.

Operations
After the primary mission, the spacecraft flew an extended mission that ran from 1 January
2023 to 31 December 2024. On 9 March 2023 a star tracker fault put Corvid-2 into safe mode;
science operations resumed nine days later. On or about 14 August 2024 the orbit was lowered
to 25 km to sharpen the neutron spectrometer's view of the craters.

A second extension was approved in November 2024. The spacecraft is expected to impact the
surface no later than 30 September 2025, when its propellant runs out. The final data
release to the Lunar Data Archive is scheduled for March 2026.

Key results
- 2,024 Gbit of data returned
- water ice detected in 17 of the 23 craters surveyed

Page last updated: 20 January 2025 · Contact: corvid2-team@astera.example""",
        (
            expect("2021-05-12", "launch"),
            expect("2021-05-17", "orbit"),
            expect("2021-06-02", "images"),
            expect("2023-01-01/2024-12-31", "extended"),
            expect("2023-03-09", "safe"),
            expect("2023-03-18", "resum"),
            expect("2024-08-14~", "lowered"),
            expect("2024-11", "extension"),
            expect("../2025-09-30", "impact", planned=True),
            expect("2026-03", "release", planned=True),
        ),
    ),
    Text(
        "drought-restrictions-east",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Media statement
7 August 2024

Statement by the Minister for Water, Petra Vasić, on drought measures in the eastern
catchments

On 2 August I declared a drought emergency in the eastern catchments after the driest July
on record. Storage in the Drellan and Moss Hill reservoirs stands at 31 per cent, the lowest
level since 1976.

Stage 2 water restrictions will take effect on Monday 12 August across the eastern
catchments. From that date, garden hoses, car washing at home and the filling of private
swimming pools will be banned.

Yesterday Cabinet approved €14 million in emergency funding for water carting to farms and
for the repair of leaking mains. The Eastern Water Authority will review the restrictions no
later than 30 September and will lift them only when storage has recovered to 45 per cent.

Since 2019, all new homes in the region have been required to collect rainwater. The Drellan
desalination plant, which opened in 2015, is running at full capacity, and a second plant
at Korvin Point is expected to be completed by 2027.

These measures are taken under the Water Resources Act 2011. I thank households, who already
use on average 142 litres a day, for their efforts.

Restriction enquiries: 1800 555 014 (8am to 8pm, seven days)

ENDS""",
        (
            expect("2024-08-02", "emergency"),
            expect("2024-08-12", "restrictions", planned=True),
            expect("2024-08-06", "funding"),
            expect("../2024-09-30", "review", planned=True),
            expect("2019/..", "rainwater"),
            expect("2015", "desalination", "open"),
            expect("../2027", "plant", "complet", planned=True),
        ),
    ),
    Text(
        "harrowby-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harrowby swing bridge reopens after two-year repair | Tidewater Courier</title>
<script async src="https://cdn.tidewater.example/ads.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "news"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/business">Business</a> <a href="/weather">Weather</a>
</nav>
<article>
<h1>Harrowby swing bridge reopens after two-year repair</h1>
<p class="byline">By Mina Oduya ·
  <time datetime="2024-11-05T08:30:00+00:00">5 November 2024, 08:30</time></p>
<figure>
  <img src="/img/harrowby-bridge.jpg" alt="Cars crossing the Harrowby bridge">
  <figcaption>The first cars cross the bridge. Photo: Jed Ferris</figcaption>
</figure>
<p>The Harrowby swing bridge reopened to traffic on Monday morning, more than two years after
cracks in its turning mechanism forced its closure.</p>
<p>The bridge was closed on 19 October 2022 after inspectors found cracks in the cast-iron
pivot. Repair work began in March 2023 and was meant to take a year, but the pivot had to be
recast at a foundry in Sheffield.</p>
<p>The council said the bridge would reopen to cyclists on 18 November, once new railings are
fitted, and would swing open for river traffic again no later than 1 December. It expects to
publish the final cost of the work by the end of January.</p>
<p>Opened in 1898, the bridge is the oldest working swing bridge on the estuary and carries
some 1,900 vehicles a day. The repair, at £6.2m, is the largest the council has paid for
since 1961.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/ferry-fares-frozen">Estuary ferry fares frozen for another year</a></li>
<li><a href="/news/pivot-recast">How a 126-year-old pivot was recast</a></li>
</ul>
</aside>
<footer>
<p>Updated <time datetime="2024-11-05T10:12:00+00:00">5 November 2024, 10:12</time></p>
<p>&copy; 2024 Tidewater Courier Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2024-11-04", "reopen"),
            expect("2022-10-19", "clos"),
            expect("2023-03", "repair"),
            expect("2024-11-18", "cyclists", planned=True),
            expect("../2024-12-01", "river", planned=True),
            expect("../2025-01", "cost", planned=True),
            expect("1898", "open"),
        ),
    ),
    Text(
        "kessa-aftershock-updates",
        "earthquake agency's aftershock updates",
        None,
        """NATIONAL SEISMOLOGICAL SERVICE OF VARDENIA
M6.4 Kessa Valley earthquake — aftershock updates
Latest update first. All times UTC.

Update 4 — 22 January 2025, 16:00
The network has now located 612 aftershocks, nine of them of magnitude 4.0 or above. Rates
are falling as expected. Field teams will begin a survey of ground cracking along the Kessa
fault on 24 January, and engineers expect to finish inspecting the Orvan dam by 31 January.
Forecast for the next 7 days: M5.0 or larger, 14%; M6.0 or larger, 2%.

Update 3 — 21 January 2025, 09:00
An M4.8 aftershock at 22:40 on the 20th was felt strongly in Orvan; no new damage was
reported. The Kessa pass road, blocked by rockfall during the mainshock, reopened at 07:30
today.

Update 2 — 20 January 2025, 14:30
The largest aftershock so far, M5.1, occurred at 11:52 today, 8 km north-east of Orvan, at a
depth of 11 km.

Update 1 — 19 January 2025, 05:00
A magnitude 6.4 earthquake struck the Kessa Valley at 03:17 on 19 January 2025, at a depth of
14 km. The Coastal Warning Centre issued a tsunami advisory at 03:25 and cancelled it at
04:40. The Kessa fault last produced a damaging earthquake, of about magnitude 6.2, in 1952.
The valley has been monitored by a dense network of 38 stations since 2008.

Duty seismologist (24 h): 0800 737 000 · Felt it? Report at felt.nssv.example""",
        (
            expect("2025-01-19", "earthquake"),
            expect("2025-01-19", "advisory", "issu"),
            expect("2025-01-19", "advisory", "cancel"),
            expect("1952", "earthquake"),
            expect("2008/..", "network"),
            expect("2025-01-20", "aftershock", "5.1"),
            expect("2025-01-20", "aftershock", "4.8"),
            expect("2025-01-21", "road", "reopen"),
            expect("2025-01-24", "survey", planned=True),
            expect("../2025-01-31", "dam", planned=True),
        ),
    ),
    Text(
        "brenmoor-gymnastics-nationals",
        "gymnastics championship report",
        None,
        """Halloran seals third all-around crown as Brenmoor nationals close

By Priya Lenzi · 8 July 2024

BRENMOOR — Ava Halloran won her third national all-around title on Saturday and added gold
on beam in Sunday's apparatus finals as the national championships, held from 4 to 7 July at
the Brenmoor Arena, came to a close.

Halloran, 19, scored 55.433 in the all-around, the highest total at the nationals since 2016.
She first won the title in 2021 and retained it the following year, before tearing a knee
ligament in training in February 2023. She has trained at the Brenmoor Gymnastics Club
since 2012.

In the men's competition, Tomas Reyes-Kaur won the all-around on Friday with 84.950, ahead of
16-year-old Jonah Mbeki.

The federation will name its team for the world championships, to be held in Varsenne from
14 to 20 October, no later than 31 August. A selection camp is scheduled for 12-16 August at
the national training centre in Lusk.

Women's all-around: 1. A. Halloran (Brenmoor GC) 55.433; 2. M. Odum (Castlegate) 54.100;
3. R. Venn (Lusk Elite) 53.866.""",
        (
            expect("2024-07-04/2024-07-07", "championships"),
            expect("2024-07-06", "halloran", "title"),
            expect("2024-07-07", "beam"),
            expect("2021", "title"),
            expect("2022", "retain"),
            expect("2023-02", "ligament"),
            expect("2012/..", "trained"),
            expect("2024-07-05", "reyes"),
            expect("../2024-08-31", "team", planned=True),
            expect("2024-10-14/2024-10-20", "world", planned=True),
            expect("2024-08-12/2024-08-16", "camp", planned=True),
        ),
    ),
    Text(
        "hallam-moss-battery",
        "grid battery storage press release",
        None,
        """PRESS RELEASE
Embargoed until 00:01 BST, Tuesday 20 August 2024

Corrick Energy starts building 400 MWh battery at Hallam Moss

HALLAM MOSS, 20 August 2024 — Corrick Energy today began construction of a 200 MW / 400 MWh
battery energy storage system at Hallam Moss, the largest grid battery yet built in the
North West.

The battery is expected to be energised by the end of 2025 and will be able to power some
640,000 homes for two hours at times of peak demand. Battery modules will come from Talvik
Cells, whose first deliveries are scheduled for 3 February 2025; the main 400 kV transformer
is due to arrive on 7 October.

Corrick secured a grid connection agreement with Northline Networks in 2022 and received
planning consent on 14 March 2024. The project follows Corrick's Drayburn (2021) and Kelso
Road (2023) batteries.

"Hallam Moss shows what the grid needs: storage that is ready when the wind drops," said
Corrick chief executive Hannah Oyelaran.

Notes to editors
1. Corrick Energy was founded in 2017 and develops battery storage and solar projects. Since
   2020 it has operated the 48 MW Larkfield solar farm.
2. 1 MWh = 1,000 kWh.

Media enquiries: press@corrick.example · +44 20 7946 0321""",
        (
            expect("2024-08-20", "construction"),
            expect("../2025", "energis", planned=True),
            expect("2025-02-03", "deliver", planned=True),
            expect("2024-10-07", "transformer", planned=True),
            expect("2022", "connection"),
            expect("2024-03-14", "consent"),
            expect("2017", "founded"),
            expect("2020/..", "larkfield"),
        ),
    ),
    Text(
        "trevenna-letters-1880s",
        "emigrant's letters home of the 1880s",
        None,
        """Letters of Samuel Trevenna, miner, to his mother at Polgarrow, 1882-1885

I.
Hancock, Mich.
Oct. 3rd 1882

Dear Mother,
I take up my pen to let you know I am well & arrived safe. We landed at New York on the 14th
ult. after a rough passage of 12 days & came on by the cars to Hancock, which we reached on
the 20th. Uncle Richard, who came out about 1876, had a place for me at the Arvon mine & I
started underground Mon. 25th ult. at 2 dollars a day.
Tell Jenny I will send her passage money by Christmas without fail. Give my love to Father
& the girls.
Your affect. son
Saml. Trevenna

II.
Hancock, Feb. 10th 1883

Dear Mother,
Yours came to hand safe & I was glad to hear you are all well. Jenny arrived safe the 27th
ult. very tired after her journey, & we were married at the Methodist chapel here Sat. 3rd
inst. by the Rev. Mr Hosking. We have 2 rooms over Pascoe's store at 4 dollars a month. The
snow is 6 ft. deep in the road & we go to the Arvon every morning at 6 in the dark.
Your loving son & daughter
Saml. & Jane Trevenna

III.
Calumet, Mich.
Jan. 1st 1885

Dear Mother,
A happy New Year to you all. I have good news, a fine boy born to us Nov. 28th, we have
named him John after Father. Jenny & the babe are doing well. There was a bad accident at
the Arvon on the 9th Dec., 4 men killed by a fall of ground, one of them a Helston man. I was
not there, for I left the Arvon in the summer & since the 1st of Oct. last am a shift boss
at the Sentinel at 65 dollars a month. We think to go out to Dakota in the spring if all
is well.
Your affect. son
Saml.""",
        (
            expect("1882-09-14", "landed"),
            expect("1882-09-20", "hancock"),
            expect("1876~", "richard"),
            expect("1882-09-25", "underground"),
            expect("../1882-12-25", "passage", "money", planned=True),
            expect("1883-01-27", "jenny", "arriv"),
            expect("1883-02-03", "married"),
            expect("1884-11-28", "born"),
            expect("1884-12-09", "accident"),
            expect("1884-10-01/..", "boss"),
        ),
    ),
    Text(
        "skarrow-seal-pups",
        "seal pup count report",
        None,
        """SKARROW ISLANDS GREY SEAL MONITORING

Pup production survey 2024 — summary report
Prepared for Skarrow Islands Council by the Northern Marine Mammal Unit
Report NMMU-24/07 · Issued 11 February 2025 · Page 1 of 6

1. Summary
Pup production at the Skarrow colony is estimated at 1,987 pups (95% CI 1,902-2,071), up 6%
on the previous season and the highest estimate since 2009. Monitoring of the colony began
in 1992 (see Annex A for the full series).

2. Survey dates and methods
In 2024 the first pup was recorded on Lesser Skarrow on or about 24 September. Ground counts
were made on 18 October, 1 November and 15 November 2024, with every pup marked with a spot
of stock dye to avoid double counting. A storm on 6-7 November washed an estimated 60 pups
off the lower beaches of Greater Skarrow.

Count date     Live pups   Dead pups
18 Oct 2024    1,212       31
1 Nov 2024     1,746       58
15 Nov 2024    1,104       77

3. Recommendations
3.1 The Council is to decide, no later than 31 August 2025, whether to close the Lesser
    Skarrow landing to visitors during the pupping season.
3.2 A drone survey trial is scheduled for 9 to 12 October 2025, to be compared with the
    ground counts.
3.3 Pups are born between September and December each year; any access restriction should
    cover the whole of that period.""",
        (
            expect("1992", "monitoring"),
            expect("2024-09-24~", "first", "pup"),
            expect("2024-10-18", "count"),
            expect("2024-11-01", "count"),
            expect("2024-11-15", "count"),
            expect("2024-11-06/2024-11-07", "storm"),
            expect("../2025-08-31", "landing", planned=True),
            expect("2025-10-09/2025-10-12", "drone", planned=True),
        ),
    ),
    Text(
        "ashby-lane-lace-mill",
        "lace mill's history",
        None,
        """ASHBY LANE MILL
A short history

The mill is said to have been built in 1823 by the Nottingham hosier George Pennock, though
the earliest deed to survive is dated 1831. Leavers lace machines were installed c. 1840,
and the mill soon employed more than 200 hands, many of them children who threaded the
bobbins.

In May 1888 the twisthands struck for eleven weeks against a cut in piece rates; the dispute
ended with a rise of a penny a rack. On the night of 14 January 1907 a fire gutted the top
floor, which was rebuilt the following year with the iron roof trusses visitors see today.

In the 1920s the mill turned from dress lace to curtain nets. Production ended on 29 March
1968, when the last twenty machines were sold for scrap. The building has been listed since
1985 and reopened as a museum of the lace trade in 1994. The Ashby Lane Mill Trust plans to
restore the engine house and its 1874 beam engine by 2026.

Visiting
Open Saturdays and Sundays, Easter to October, 11am-4pm. Admission £6.50, children free.

Registered charity no. 1048213 · (c) Ashby Lane Mill Trust 2023""",
        (
            expect("1823?", "built"),
            expect("1831", "deed"),
            expect("1840~", "machines"),
            expect("1888-05", "twisthands"),
            expect("1907-01-14", "fire"),
            expect("1908", "rebuilt"),
            expect("1968-03-29", "production"),
            expect("1985/..", "listed"),
            expect("1994", "museum"),
            expect("../2026", "engine", planned=True),
        ),
    ),
    Text(
        "rural-broadband-lot3",
        "digital minister's broadband rollout statement",
        None,
        """DEPARTMENT FOR DIGITAL AFFAIRS
Ministerial statement
Tuesday 3 December 2024

Rural Broadband Programme: Lot 3 contract signed
Statement by Aoife Brennock, Minister for Digital Affairs

Last Thursday, 28 November, my department signed the contract for Lot 3 of the Rural
Broadband Programme with Westlink Fibre Ltd. The tender for Lot 3 was launched in March 2024
and attracted five bids; the contract is worth €318 million over seven years.

The programme began in 2021, and 412,000 premises have been connected so far.

Westlink will begin construction in Kilbrack county in January. Under an earlier phase, the
first homes in Dunmore will be connected on 16 December. Lot 3 is to be completed no later
than 30 June 2027, and by the end of 2026, 98 per cent of premises in the country will have
access to gigabit broadband.

My officials will hold public information meetings on 14 and 21 January, in Kilbrack and
Dunmore respectively.

The programme is delivered under the Telecommunications (Access) Act 2019. Households with
questions can call the broadband helpline on 1800 200 417, Monday to Friday, 9am to 5pm.

ENDS""",
        (
            expect("2024-11-28", "contract"),
            expect("2024-03", "tender"),
            expect("2021", "programme"),
            expect("2025-01", "construction", planned=True),
            expect("2024-12-16", "dunmore", planned=True),
            expect("../2027-06-30", "complet", planned=True),
            expect("../2026", "gigabit", planned=True),
            expect("2025-01-14", "meeting", planned=True),
            expect("2025-01-21", "meeting", planned=True),
        ),
    ),
    Text(
        "holt-valley-service-changes",
        "heritage railway's HTML service changes page",
        date(2025, 3, 28),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Service changes | Holt Valley Railway</title>
<script src="/js/cookie-consent.js"></script>
</head>
<body>
<nav aria-label="Main">
<ul>
  <li><a href="/">Home</a></li><li><a href="/timetable">Timetable</a></li>
  <li><a href="/tickets">Tickets</a></li>
  <li><a href="/service-changes" aria-current="page">Service changes</a></li>
  <li><a href="/volunteer">Volunteer</a></li>
</ul>
</nav>
<main>
<h1>Service changes</h1>
<p class="updated">Last updated: Friday 28 March</p>

<section id="callow">
<h2>Line open again to Callow Bridge</h2>
<p>The line between Holt Junction and Callow Bridge was closed from 3 to 14 March while track
was relaid through Fenny Cutting. It reopened on Saturday 15 March and all trains now run
through to Callow Bridge.</p>
</section>

<section id="april">
<h2>Engineering works: Saturday 5 April</h2>
<p>No trains will run on Saturday 5 April while the footbridge at Holt Junction is replaced.
A free bus will link the stations every hour.</p>
</section>

<section id="easter">
<h2>Easter</h2>
<p>Easter Steam Specials will run from Friday 18 to Monday 21 April. The <em>1927 Flyer</em>
dining train will run on the Sunday only; booking is essential.</p>
</section>

<section id="events">
<h2>Special events</h2>
<table>
<thead><tr><th>Date</th><th>Event</th><th>Timetable</th></tr></thead>
<tbody>
<tr><td>Sat 10 May</td><td>Diesel Gala</td><td>C</td></tr>
<tr><td>Sat 17 May</td><td>Vintage Bus Rally</td><td>B</td></tr>
<tr><td>Sun 25 May</td><td>Members' Day</td><td>B</td></tr>
</tbody>
</table>
</section>

<section id="summer">
<h2>Summer timetable</h2>
<p>From 1 June to 31 August the daily Timetable A applies, with departures from Holt Junction
at 10:15, 12:30 and 14:45.</p>
</section>
</main>
<footer>
<p>Booking office: 01632 960418 · &copy; 2025 Holt Valley Railway Trust ·
Registered charity 1102937</p>
</footer>
<script>document.querySelectorAll("tr").forEach(r => r.classList.add("row"));</script>
</body>
</html>""",
        (
            expect("2025-03-03/2025-03-14", "closed"),
            expect("2025-03-15", "reopen"),
            expect("2025-04-05", "trains", planned=True),
            expect("2025-04-18/2025-04-21", "easter", planned=True),
            expect("2025-04-20", "dining", planned=True),
            expect("2025-05-10", "gala", planned=True),
            expect("2025-05-17", "rally", planned=True),
            expect("2025-05-25", "members", planned=True),
            expect("2025-06-01/2025-08-31", "timetable", planned=True),
        ),
    ),
    Text(
        "kd-immigration-appeal",
        "immigration appeal decision",
        None,
        """IN THE UPPER TRIBUNAL
IMMIGRATION AND ASYLUM CHAMBER                    Case No: UI-2023-004127
                                                  First-tier Tribunal No: HU/51234/2023

THE IMMIGRATION ACTS

Heard at Field House                              Decision & Reasons Promulgated
On 14 May 2024                                    On 3 June 2024

Before
UPPER TRIBUNAL JUDGE HARTWELL

Between
K D
(ANONYMITY ORDER MADE)
                                                                      Appellant
and
THE SECRETARY OF STATE FOR THE HOME DEPARTMENT
                                                                      Respondent

Representation:
For the Appellant: Mr T. Osei, Counsel, instructed by Linden Law
For the Respondent: Ms R. Patel, Senior Home Office Presenting Officer

DECISION AND REASONS

1. The appellant is a citizen of Merovia, now aged 33. He says that he arrived in the United
Kingdom on or about 2 August 2016, hidden in a lorry, and he claimed asylum on 9 August
2016. That claim was refused on 21 March 2018, and his appeal against the refusal was
dismissed later that year.

2. The appellant and his partner, Ms L, a British citizen, have lived together in Harrowgate
since 2020 and married on 15 February 2021. Ms L has a daughter, now aged 12, from an
earlier relationship.

3. On 11 January 2023 the respondent refused the appellant's human rights claim, made on the
basis of his family life with Ms L and her daughter. First-tier Tribunal Judge Amersham
dismissed his appeal in a decision promulgated on 27 September 2023, and permission to
appeal to this Tribunal was granted on 5 December 2023.

4. At the hearing on 14 May 2024 Mr Osei relied on his grounds. He submitted that the judge
had failed to consider section 117B(6) of the Nationality, Immigration and Asylum Act 2002
and had given no reasons for finding that it would be reasonable to expect the child to
leave the United Kingdom. Ms Patel accepted that the decision did not address the point.

Notice of Decision

5. The decision of the First-tier Tribunal involved the making of an error of law and is set
aside. The appeal is remitted to the First-tier Tribunal, where it is to be reheard at a
hearing listed for 19 August 2024.

Signed: R. Hartwell                                Date: 29 May 2024
Upper Tribunal Judge Hartwell""",
        (
            expect("2016-08-02~", "arrived"),
            expect("2016-08-09", "asylum"),
            expect("2018-03-21", "refus"),
            expect("2018", "appeal", "dismiss"),
            expect("2020/..", "together"),
            expect("2021-02-15", "married"),
            expect("2023-01-11", "human", "refus"),
            expect("2023-09-27", "dismiss"),
            expect("2023-12-05", "permission"),
            expect("2024-05-14", "hearing"),
            expect("2024-08-19", "rehear", planned=True),
        ),
    ),
    Text(
        "pellow-locksmiths-history",
        "locksmith's history",
        None,
        """PELLOW & SONS
Locksmiths · Safe Engineers · Est. 1874

Our story

Josiah Pellow is said to have opened his first workshop in Tanner's Row in 1874, cutting keys
and mending the locks of the harbour warehouses. Around 1902 the business moved to 16 Cable
Street, where our shop still stands.

In 1911 Josiah's son Albert patented a five-lever mortice lock, the "Pellow Guard", of which
more than 30,000 were sold. Albert and his brother Frank both served with the Royal Engineers
between 1915 and 1919, and the business was renamed Pellow & Sons the following year.

In the 1950s we fitted the locks of half the new council houses in town. In 1962 the firm
opened a safe engineering division, and in 1978 it joined the Guild of Master Locksmiths.

Since 2009 the business has been run by Josiah's great-great-granddaughter, Kerenza Pellow.
We hope to open a second shop in Penmarth in spring 2026, and our new training workshop for
apprentices is expected to open by September 2025.

24-hour emergency call-out: 01872 555190
Open Monday to Saturday, 8.30am-5.30pm
(c) 2025 Pellow & Sons Ltd""",
        (
            expect("1874?", "workshop"),
            expect("1902~", "moved"),
            expect("1911", "patent"),
            expect("1915/1919", "served"),
            expect("1920", "renamed"),
            expect("1962", "safe"),
            expect("1978", "guild"),
            expect("2009/..", "kerenza"),
            expect("../2025-09", "training", planned=True),
        ),
    ),
    Text(
        "nvl-fixtures-rounds-9-11",
        "volleyball league's fixtures list",
        date(2025, 1, 13),
        """NORTHERN VOLLEYBALL LEAGUE
Women's Division 1 — fixtures & results
Season 2024-25 · Rounds 9 to 11
Issued Mon 13 Jan (v3 - supersedes all earlier versions)

ROUND 9 - RESULTS (Sat 11 Jan)
Harbour City Hawks    3-1  Eastfield Volley      (25-21, 23-25, 25-18, 25-22)
Lindale Lions         0-3  Castlemoor Spikers    (19-25, 22-25, 20-25)

ROUND 10 - Sat 18 Jan
19:00  Castlemoor Spikers  v  Harbour City Hawks   Castlemoor Leisure Centre
19:30  Eastfield Volley    v  Lindale Lions        Eastfield Academy Sports Hall

ROUND 11 - Sat 25 / Sun 26 Jan
Sat 25 Jan 18:30  Harbour City Hawks  v  Lindale Lions        Quayside Arena
Sun 26 Jan 14:00  Eastfield Volley    v  Castlemoor Spikers   Eastfield Academy Sports Hall

REARRANGED FIXTURE
Lindale Lions v Harbour City Hawks (Round 7), postponed on 7 Dec after flooding at Lindale
Community Hall, will now be played on Wed 5 Feb, 20:00, at the same venue.

NOTES
- Play-off registration closes no later than Fri 28 Feb. Forms to fixtures@nvl.example.
- The Cup Final is on Sun 23 Mar at the National Volleyball Centre. Tickets £8 (U16 £4).
- Harbour City Hawks have won the league every season since 2019.
- First serve no later than 15 minutes after the published time.
- Fixtures secretary: Jo Marr, 07700 900431""",
        (
            expect("2025-01-11", "hawks", "eastfield"),
            expect("2025-01-11", "lions", "spikers"),
            expect("2025-01-18", "spikers", "hawks", planned=True),
            expect("2025-01-18", "eastfield", "lions", planned=True),
            expect("2025-01-25", "hawks", "lions", planned=True),
            expect("2025-01-26", "eastfield", "spikers", planned=True),
            expect("2024-12-07", "postponed"),
            expect("2025-02-05", "lions", "hawks", planned=True),
            expect("../2025-02-28", "registration", planned=True),
            expect("2025-03-23", "cup", "final", planned=True),
        ),
    ),
)
