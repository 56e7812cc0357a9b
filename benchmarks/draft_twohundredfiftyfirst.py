"""The two-hundred-and-fifty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an animal health
agency's bluetongue control zone notice, a BMX race report, a potash mine expansion press
release, a Women's Land Army girl's diary of 1917, a beaver reintroduction survey, a cable car
company's history, a tourism minister's statement, a city council's HTML taxi licensing news
page, a lands tribunal decision, a clog maker's history and a korfball league's fixtures list.
The organisations, people and facts are invented. Facts whose date a reader could take two
ways (a season, "late 1970s", "early 2025", "late July") are left out of the expected events,
as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYFIRST_CORPUS",)


TWOHUNDREDFIFTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvelin-smelter-fire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TARVELIN, March 12 (Calloway News) - Demarest Metals shut its copper smelter at
Tarvelin after a fire broke out in the converter aisle on Monday night, and the company said
it expects to restart the furnaces on Friday.

No one was hurt in the blaze, which started during routine tapping and was put out by the
plant's own fire crew within about two hours. Some 300 workers on the night shift were
evacuated.

Inspectors from the regional labour office visited the site on Tuesday and took samples from
the damaged ductwork, a spokesman for the office said. Demarest will submit its own report to
the regulator no later than April 30.

It was the second serious fire at the smelter since it opened in 1987. An earlier blaze, on
Nov. 4, 2022, kept the plant closed for about three weeks and cost an estimated $18 million
in lost output.

Demarest, which has owned the smelter since 2003, said the damage this time was limited to
one converter. It still plans to complete a $40 million rebuild of the flash furnace in 2026.

The Tarvelin Metalworkers' Union has called a meeting of its members for March 18 to discuss
safety at the plant. "This is the second fire in three years," union secretary Ilse Varga
said. "We want to know what has changed since 2022."

Copper for delivery in three months rose 2.1 percent this week on the Halden exchange, its
biggest weekly gain since June 2020, as traders weighed the loss of output. The Tarvelin plant
produces about 4 percent of the country's refined copper.

(Reporting by Aurel Tomescu; Editing by Joan Pryce)""",
        (
            expect("2025-03-10", "fire"),
            expect("2025-03-14", "restart", planned=True),
            expect("2025-03-11", "inspectors"),
            expect("../2025-04-30", "report", planned=True),
            expect("1987", "opened"),
            expect("2022-11-04", "blaze"),
            expect("2003/..", "owned"),
            expect("2026", "rebuild", planned=True),
            expect("2025-03-18", "meeting", planned=True),
        ),
    ),
    Text(
        "quillmere-feldbrook-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillmere Robotics to acquire Feldbrook Sensors, adding 3D vision to its warehouse robots

HALSTEAD, 4 February 2025 - Quillmere Robotics plc (HLX: QRB), a maker of autonomous mobile
robots for warehouses, today announced that it has agreed to acquire Feldbrook Sensors GmbH, a
privately held developer of 3D vision systems, for EUR 86 million in cash and shares.

The two companies have worked together since January 2023. Feldbrook's depth cameras were
first fitted to Quillmere's Q-Runner robots in May of that year, and Quillmere shipped its
10,000th robot in September 2024.

The transaction has been approved by both boards and is expected to close by 30 June 2025,
subject to regulatory approvals. Feldbrook, founded around 1998 by the engineer Jutta
Feldbrook, employs 140 people and will keep its name and its site in Lemberg.

Quillmere intends to open a new assembly plant at Wrexley in March 2026, which will double its
annual capacity to 6,000 robots.

"Feldbrook's engineers taught our robots to see," said Dr Aoife Grennan, chief executive of
Quillmere. "Bringing them into the group is the natural next step for a company that started
in 2011 with three people in a rented garage."

Dr Grennan will present the combined product range at RoboLog Expo in Halstead on 12 March.

About Quillmere Robotics
Quillmere Robotics plc designs and builds autonomous mobile robots for warehouses and
hospitals. The company is listed on the Halstead Exchange and employs 610 people.

Forward-looking statements
This press release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially from those expressed or implied.

Media contact: Tom Ashdown, +44 20 7946 0321, press@quillmere.example
(c) 2025 Quillmere Robotics plc. All rights reserved.""",
        (
            expect("2025-02-04", "acquire"),
            expect("2023-01/..", "worked"),
            expect("2023-05", "cameras", "fitted"),
            expect("2024-09", "shipped"),
            expect("../2025-06-30", "close", planned=True),
            expect("1998~", "feldbrook", "founded"),
            expect("2026-03", "plant", planned=True),
            expect("2011", "started"),
            expect("2025-03-12", "present", planned=True),
        ),
    ),
    Text(
        "vennacott-brackwell-appeal",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF WESTMARCH
SECOND DISTRICT

DELIA VENNACOTT,
        Plaintiff-Appellant,
v.
BRACKWELL HAULAGE, LTD.,
        Defendant-Appellee.

No. 2-23-0418

Appeal from the Circuit Court of Tamsey County, No. 21-L-0093.
The Honorable Ruth A. Keele, Judge, presiding.

JUSTICE HOLLOWAY delivered the judgment of the court, with opinion.
Justices Marr and Osei concurred in the judgment and opinion.

OPINION

P 1 Plaintiff, Delia Vennacott, appeals the order of the circuit court granting summary
judgment to defendant, Brackwell Haulage, Ltd. (Brackwell). We reverse and remand.

P 2 I. BACKGROUND

P 3 On or about March 3, 2019, Brackwell contracted with Lanefield Farms to haul grain from
Lanefield's silos to the river terminal at Osby. Brackwell has employed the driver at issue,
Tomas Rehn, since 2016.

P 4 On August 14, 2020, a Brackwell tractor-trailer driven by Rehn crossed the center line on
Route 9 near Osby and struck plaintiff's car. The truck's brakes had last been inspected on or
about July 30, 2020, roughly two weeks before the collision.

P 5 Plaintiff filed her complaint on February 2, 2021, alleging negligence. On May 9, 2023,
the circuit court granted summary judgment to Brackwell, finding that plaintiff had offered no
evidence that the brakes were defective. Plaintiff filed her notice of appeal 12 days later.
We heard oral argument on April 4, 2024.

P 6 II. ANALYSIS

P 7 Summary judgment is proper only where the pleadings, depositions and admissions on file
show that there is no genuine issue as to any material fact. Pellow v. Corran Grain Co., 2011
WM App (2d) 100233, P 14. We review the circuit court's ruling de novo. Id.

P 8 The inspection report in the record notes "uneven wear, rear axle" but does not say
whether the brakes were adjusted. Plaintiff's expert, a mechanic with 30 years' experience,
testified that such wear is consistent with a brake out of adjustment. That testimony raises a
genuine issue of material fact, and the circuit court erred in resolving it against plaintiff.

P 9 III. CONCLUSION

P 10 The judgment of the circuit court of Tamsey County is reversed, and the cause is remanded
for trial, which shall begin no later than January 31, 2025.

P 11 Reversed and remanded.""",
        (
            expect("2019-03-03~", "contract"),
            expect("2016/..", "employ"),
            expect("2020-08-14", "struck"),
            expect("2020-07-30~", "brakes", "inspected"),
            expect("2021-02-02", "complaint"),
            expect("2023-05-09", "summary", "judgment"),
            expect("2023-05-21", "appeal"),
            expect("2024-04-04", "argument"),
            expect("../2025-01-31", "trial", planned=True),
        ),
    ),
    Text(
        "varnholm-town-encyclopedia",
        "encyclopedia history",
        None,
        """Varnholm

Varnholm is a market town and civil parish on the river Ide in the county of Westerby, 14
kilometres north of Carrow. Its population is about 11,800.

History

A settlement grew up at a ford on the Ide in the early Middle Ages. Varnholm received its
market charter from Count Aldric II in 1287, and in the later Middle Ages it was the chief
wool market of the upper Ide valley. A horse fair is still held on the old market place every
October.

A fire in 1532 destroyed most of the timber houses around the market place; they were rebuilt
in stone the following year, and several survive on Sheep Street. The small Augustinian priory
of St Giles was dissolved, probably in 1539, and its lands passed to the Fenwick family, who
built Varnholm Hall on the site.

The town suffered outbreaks of plague in 1603, 1625 and 1665, losing perhaps a third of its
people in the last. The cloth trade declined in the eighteenth century, and at the first
census Varnholm was smaller than its neighbour Ludham.

The railway reached Varnholm in 1847, bringing a tannery and two breweries. The town hall,
designed by Josiah Crane in an Italianate style, was built between 1861 and 1864; its clock
tower is the tallest in the county.

Since 1974 Varnholm has formed part of the district of South Westerby. The former Fenwick
estate office now houses the Varnholm Museum.

References
1. Harcourt, E. (1998). A History of Varnholm. Carrow: Ide Valley Press, p. 41.
2. Westerby County Council (2012). Varnholm Conservation Area Appraisal.""",
        (
            expect("1287", "charter"),
            expect("1532", "fire"),
            expect("1533", "rebuilt"),
            expect("1539?", "dissolved"),
            expect("1603", "plague"),
            expect("1625", "plague"),
            expect("1665", "plague"),
            expect("1847", "railway"),
            expect("1861/1864", "town", "hall"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "corbrith-hensley-match",
        "sports report",
        date(2024, 11, 17),
        """Haddock double sends Corbrith into the play-off places

Corbrith Athletic 3 Hensley Town 1

By Gareth Pryde

Two goals from Lewis Haddock lifted Corbrith Athletic into the play-off places on Saturday as
they came from behind to beat ten-man Hensley Town at Millbrook Lane.

Hensley led through Ola Bankole's header after 11 minutes, but Haddock levelled before the
break and struck again on 58 minutes. It was his sixth goal since he scored twice in the 2-0
win over Darlow on October 26. Substitute Kian Moss added a third in stoppage time after
Hensley's Reece Ward was sent off for a second booking.

It was Corbrith's first league win over Hensley since 1998, and a welcome response to last
Tuesday's 2-0 defeat at Stanwell.

"The lads showed real character," said manager Sean Tully, who was appointed in June 2023.
Tully inherited the squad that won promotion in 2022 and has kept most of it together.

The attendance of 6,214 was the highest at Millbrook Lane this season.

Defender Jonah Price limped off with a hamstring injury and is expected to miss about six
weeks, ruling him out of the derby at Ravensby on December 7.

Corbrith, who sold Millbrook Lane to the council in 1995, travel to Pellham on Wednesday and
host Kelmscott Rovers in the County Trophy third round on January 11.

Corbrith: Hale; Price (Okafor 63), Dunn, Mistry, Lowe; Carver, Begg, Ansah; Moss (Ilori 80),
Haddock, Quarrie.""",
        (
            expect("2024-11-16", "beat"),
            expect("2024-10-26", "darlow"),
            expect("2024-11-12", "defeat"),
            expect("2023-06", "appointed"),
            expect("2022", "promotion"),
            expect("2024-12-07", "derby", planned=True),
            expect("2024-11-20", "pellham", planned=True),
            expect("2025-01-11", "kelmscott", planned=True),
            expect("1995", "sold"),
        ),
    ),
    Text(
        "hollinwick-biscuit-history",
        "company history",
        None,
        """Our history | Hollinwick & Marsh

Hollinwick & Marsh was founded in 1872 by the grocer Samuel Hollinwick and his brother-in-law,
the baker Edward Marsh, in a rented bakehouse on Tanner's Row, Brigham. Their plain "tea
rounds", sold loose from tins, soon reached grocers across the Midlands.

Around 1890 the firm moved to a purpose-built works beside the canal at Saltley Wharf, where
its ovens still stand. The Ginger Crown became its best seller, and in 1911 Hollinwick & Marsh
received a royal warrant as biscuit makers to the King.

In 1940 the Saltley works was requisitioned by the Ministry of Supply for the making of ration
biscuits for the forces. It was returned to the company in 1946.

In 1968 Hollinwick & Marsh merged with the Dundee bakers Crail & Sons, and the enlarged company
began exporting to Canada the following year. There followed three decades under outside
owners, among them the food group Verhoef. Since 2012 the company has been owned by the Marsh
Family Trust, led by Edward Marsh's great-great-granddaughter Clare Marsh.

Today Hollinwick & Marsh employs 420 people at Saltley and sells its biscuits in 30 countries.
Every year in November the whole works stops for an afternoon to bake the Founders' Batch. A
new bakery beside the canal, due to open in 2026, will double the capacity of the Ginger Crown
line.

(c) Hollinwick & Marsh Ltd 2024 | Registered in England No. 00058211 | Saltley Wharf, Brigham""",
        (
            expect("1872", "founded"),
            expect("1890~", "moved"),
            expect("1911", "warrant"),
            expect("1940", "requisitioned"),
            expect("1946", "returned"),
            expect("1968", "merged"),
            expect("1969", "export"),
            expect("2012/..", "owned"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "ardevin-lunar-mission",
        "mission summary",
        None,
        """MISSION SUMMARY
Ardevin Lunar Explorer (ALE-1)
Orvane Space Agency - Directorate of Exploration
Document OSA-ALE-MS-0042, Rev. C - last revised 8 April 2025

Overview
ALE-1 is the agency's first mission to the Moon. It consists of a 640 kg orbiter carrying a
wide-angle camera and a neutron spectrometer, and a small lander, Pell, built to measure heat
flow at a mid-latitude site.

Launch and cruise
ALE-1 was launched on a Tessa-2 rocket from Cape Morrow on 14 September 2021. After an 18-day
cruise it entered lunar orbit on 2 October, and the lander separated two days later. Pell
touched down in Mare Serenum the same day and returned its first image within the hour.

Science operations
The first two releases of orbiter data to the public were made on 3 and 17 February 2022. The
primary mission ended in March 2022, after the camera had mapped 94 percent of the surface at
20 m resolution. Contact with Pell was lost around 19 May 2023, most likely because its battery
could no longer survive the lunar night.

Extended mission
The orbiter continues to map the polar regions. The extended mission will end no later than
December 2025. The orbiter is then to be steered into the crater Halden in January 2026, where
the impact plume will be observed from Earth.

Key facts
Mass at launch: 1,120 kg
Orbit: 100 km, polar
Mission cost: 212 million OCU""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-04", "separat"),
            expect("2021-10-04", "touched"),
            expect("2022-02-03", "data"),
            expect("2022-02-17", "data"),
            expect("2022-03", "primary"),
            expect("2023-05-19~", "contact"),
            expect("../2025-12", "extended", planned=True),
            expect("2026-01", "crater", planned=True),
        ),
    ),
    Text(
        "kellowmere-drought-statement",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER
Media statement | 14 August 2025 | Ref. MEW/ST/2025/114

Statement by the Minister for Water, Hon. Priya Ranganathan MP, on drought measures in the
Eastern Basin

Storage in the Eastern Basin's reservoirs stands at 31 per cent, the lowest level for the
middle of August since 1976. The Basin Water Authority brought its drought plan into force on
1 June, and the Eastern Basin drought committee met on Tuesday to review the latest figures
with me.

On the committee's advice I have decided to introduce a temporary use ban across the Basin. It
will take effect on Friday 22 August and will prohibit the use of hosepipes to water gardens,
wash cars or fill private pools. Farmers and businesses are not covered by the ban. The
restrictions will be reviewed no later than 30 September.

The public consultation on the Basin's long-term water plan closed on 31 July with more than
9,000 responses, and I thank everyone who took part. The last drought order in the Basin was
made in 2022, and we have learned from it.

The Government will also bring forward the pipeline linking Kellowmere reservoir with the
Dunmere pumping station, which was commissioned in 1962. The 40 million pipeline is to be
completed by March 2027.

I will visit Kellowmere reservoir on Monday to meet the Authority's engineers and farmers from
the Basin.

I ask every household to use water wisely. Every litre saved now is a litre in the reservoirs
next spring.

ENDS

Media enquiries: press@mew.example | 0300 555 0142""",
        (
            expect("2025-06-01", "drought", "plan"),
            expect("2025-08-12", "committee"),
            expect("2025-08-22", "ban", planned=True),
            expect("../2025-09-30", "review", planned=True),
            expect("2025-07-31", "consultation"),
            expect("2022", "drought", "order"),
            expect("1962", "commissioned"),
            expect("../2027-03", "pipeline", planned=True),
            expect("2025-08-18", "visit", planned=True),
        ),
    ),
    Text(
        "ashvennor-baths-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Calder Street Baths to reopen on Saturday | Ashvennor Gazette</title>
<meta name="description" content="Edwardian pool reopens after a 6m refit">
</head>
<body>
<header><a href="/" class="masthead">Ashvennor Gazette</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What's on</a></nav>
</header>
<article class="story">
<h1>Calder Street Baths to reopen on Saturday after &pound;6m refit</h1>
<p class="byline">By <a href="/authors/nia-fenn">Nia Fenn</a>, Local Democracy Reporter &middot;
<time datetime="2024-05-09T16:30">Thursday 9 May 2024</time></p>
<p>Ashvennor's Edwardian swimming baths will reopen to the public on Saturday, almost two years
after they closed for a &pound;6 million refit.</p>
<p>The Calder Street Baths, built in 1908 and listed Grade II in 1987, closed in September 2022
when engineers found that the roof over the main pool was unsafe. The council approved funding
for the work in March 2023, and the contractors handed the building back on 26 April.</p>
<figure><img src="/img/2024/05/calder-pool.jpg" alt="The restored main pool">
<figcaption>The restored main pool, photographed on 2 May. Photo: Ashvennor Council</figcaption>
</figure>
<p>The pool was last refurbished around 1975, when the original slipper baths were removed. This
time the glazed roof, the tiled gallery and the cast-iron changing cubicles have all been
restored.</p>
<p>"People have waited a long time for this," said councillor Mo Rahman, the council's cabinet
member for leisure. "It is the same pool their grandparents learned to swim in."</p>
<p>Free swim sessions for residents will run from 13 to 19 May. A consultation on the new
opening hours closes on 31 May.</p>
<p class="tags">Tags: <a href="/tags/leisure">Leisure</a>,
<a href="/tags/calder-street">Calder Street</a></p>
</article>
<footer>
<p>Last updated <time datetime="2024-05-10T08:12">10 May 2024, 08:12</time></p>
<p>&copy; 2024 Ashvennor Gazette Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2024-05-11", "reopen", planned=True),
            expect("1908", "built"),
            expect("1987", "listed"),
            expect("2022-09", "closed"),
            expect("2023-03", "funding"),
            expect("2024-04-26", "handed"),
            expect("1975~", "refurbished"),
            expect("2024-05-13/2024-05-19", "free", "swim", planned=True),
            expect("2024-05-31", "consultation", planned=True),
        ),
    ),
    Text(
        "hatherwold-bluetongue-zone",
        "animal health agency's bluetongue control zone notice",
        None,
        """VETERINARY AND PLANT HEALTH SERVICE
DECLARATION OF A TEMPORARY CONTROL ZONE: BLUETONGUE VIRUS SEROTYPE 3 (BTV-3)
Notice no. VPHS/BTV/2025/09 | Date of issue: 2 September 2025
This notice replaces notice VPHS/BTV/2025/07.

1. Confirmation of disease
BTV-3 was confirmed on 29 August 2025 in cattle on a holding near Hatherwold, Marwick
district, in samples taken by a VPHS veterinarian on 26 August. The affected animals remain on
the holding under restriction.

2. The zone
A temporary control zone (TCZ) of 20 km radius around the affected holding came into force at
00:01 on 1 September 2025 under article 8 of the Bluetongue (Control) Order 2011. A map of the
zone is attached to this notice.

3. What keepers in the zone must do
- Ruminants and camelids may not be moved off a holding in the zone without a specific licence.
- Germinal products may not be moved out of the zone.
- Suspicion of disease must be reported immediately on 0300 555 0187.

4. Background
BTV-3 was first detected in the country in November 2023. Since 1 July 2025, the vaccine
Serovax-3 has been permitted for use in cattle and sheep in all districts.

5. Surveillance
VPHS veterinarians will visit every cattle and sheep holding within 3 km of the affected
holding. These visits will be completed by 12 September.

6. Review
The zone will be reviewed no later than 30 September 2025. The Service expects to declare the
seasonally vector-low period in December, after which movement controls may be relaxed.

7. Meeting for keepers
An information meeting for keepers will be held at Hatherwold Mart on Thursday 4 September at
19:30.

Signed: Dr M. Okafor, Chief Veterinary Officer, for and on behalf of the Service""",
        (
            expect("2025-08-29", "confirmed"),
            expect("2025-08-26", "samples"),
            expect("2025-09-01", "zone"),
            expect("2023-11", "first", "detected"),
            expect("2025-07-01/..", "vaccine"),
            expect("../2025-09-12", "visits", planned=True),
            expect("../2025-09-30", "review", planned=True),
            expect("2025-12", "vector", planned=True),
            expect("2025-09-04", "meeting", planned=True),
        ),
    ),
    Text(
        "grindlewick-bmx-round",
        "BMX race report",
        date(2025, 6, 2),
        """BMX | Northland National Series

Ravel edges Achterberg as Okoro returns in style at Grindlewick

By Priya Sandhu

Mae Ravel won the elite women's final at round four of the Northland National BMX Series at
Grindlewick Park on Sunday, holding off series leader Tess Achterberg by half a wheel on the
last straight.

Ravel, the national champion in 2022, had set the fastest time in qualifying on Saturday, and
she led from the gate in the final. "I knew she'd come at me in the last berm," she said.

Daniel Okoro won the elite men's final, his first race since he broke his collarbone on 9 March
at the opening round in Fenwick. He passed Jordi Makela on the second straight and held on to
win by 0.18 seconds.

The Grindlewick Park track, which opened in 2019, was rebuilt in April 2024 with an eight-metre
start hill, the tallest in the country. Riders praised the new second straight, though the
third berm caught out four riders in the semi-finals.

Achterberg still leads the women's series by 14 points. Round five will be held at Sallow Vale
on 21-22 June.

The national selection panel will name its team for the world championships in Kerrigan, which
run from 22 to 27 July, no later than 30 June. Ravel and Okoro are both expected to be chosen.

RESULTS
Elite women: 1 Mae Ravel (Haxby BMX) 33.412; 2 Tess Achterberg (Moorside) 33.497; 3 Lia Brandt
(Fenwick) 34.020.
Elite men: 1 Daniel Okoro (Grindlewick BMX) 31.006; 2 Jordi Makela (Sallow Vale) 31.186; 3 Ross
Kell (Haxby BMX) 31.550.""",
        (
            expect("2025-06-01", "ravel"),
            expect("2025-06-01", "okoro"),
            expect("2025-05-31", "qualifying"),
            expect("2022", "champion"),
            expect("2025-03-09", "collarbone"),
            expect("2019", "opened"),
            expect("2024-04", "rebuilt"),
            expect("2025-06-21/2025-06-22", "sallow", planned=True),
            expect("2025-07-22/2025-07-27", "world", "championships", planned=True),
            expect("../2025-06-30", "team", planned=True),
        ),
    ),
    Text(
        "brannoch-potash-expansion",
        "potash mine expansion press release",
        None,
        """NEWS RELEASE - FOR IMMEDIATE DISTRIBUTION

Brannoch Potash approves C$1.9 billion Phase III expansion at Saskell

SASKELL, 17 March 2025 - Brannoch Potash Corp. (TSX-N: BNP) said today that its board of
directors has approved the Phase III expansion of the Saskell potash mine, which will raise the
mine's annual capacity from 2.1 million to 3.4 million tonnes of potash.

The provincial environment ministry granted the project's environmental permit on 28 February,
following a bankable feasibility study completed in November 2024.

Construction of a third production shaft is scheduled to start in September 2025, and first ore
from the new shaft is expected around 2029. The expansion as a whole is to be completed by 2030
and will create about 450 permanent jobs.

"Saskell has been the backbone of this company," said president and chief executive Marcus
Hale. "Phase III secures it for another forty years."

Saskell opened in 1974 and was bought by Brannoch in 2009 from the Lindqvist family. Brannoch
expects to fund the expansion from cash flow and a new credit facility; shareholders will vote
on the facility at the annual meeting on 6 May.

About Brannoch Potash
Brannoch Potash Corp. is a producer of potash for agriculture, with mines at Saskell and Corran
Lake. It employs about 1,300 people.

Forward-looking information
This news release contains forward-looking information, including the timing of construction
and first production, which is subject to risks and uncertainties. Brannoch undertakes no
obligation to update it.

Contact: Investor Relations, ir@brannoch.example, +1 306 555 0199""",
        (
            expect("2025-03-17", "approved"),
            expect("2025-02-28", "permit"),
            expect("2024-11", "feasibility"),
            expect("2025-09", "construction", planned=True),
            expect("2029~", "ore", planned=True),
            expect("../2030", "expansion", "complet", planned=True),
            expect("1974", "opened"),
            expect("2009", "bought"),
            expect("2025-05-06", "vote", planned=True),
        ),
    ),
    Text(
        "wenlowby-land-girl-diary",
        "Women's Land Army girl's diary of 1917",
        None,
        """THE DIARY OF EDITH MARLOW
Women's Land Army - 1917
(in pencil, in a penny notebook; spelling as written)

Thursday 1st March
Passed the medical at the Labour Exchange in Corve Street this morning. The doctor said I had
good strong hands. Mother cried. Father said nothing at supper but gave me his old pocket knife.

Monday 5th March
Started at the training centre at Copley Grange, twelve of us girls in a loft over the dairy.
Breeches! Milking at half past five, and my fingers ache so I can hardly hold this pencil. Mrs
Dace says we shall be sent to our farms as soon as we can milk and harness a horse.

Saturday 31st March
Finished the training and got my armlet and certificate. Walked into Copley with Nell to have
our likenesses taken in the uniform, 1/6 each.

Tuesday 3rd April
Came to Stobbs Farm, Wenlowby, on the carrier's cart. Mr Pargeter has farmed here since 1889
and does not think much of girls, I can tell. His two sons went for soldiers in 1915 and the
younger was killed at Loos that September, so there is only him and the old horseman. The
threshing tackle is to come on Thursday and I am to cut the bands.

Sunday 15th April
Wrote to Mother and to Jim. A letter from Jim at last, he is out of the line for a rest and says
they are to go up again about the 20th. I pray for him every night. Mrs P. gave me a brown egg
for my tea.

Wednesday 2nd May
Ploughed my first furrow with Captain and Bess, crooked as a dog's hind leg, but Mr P. laughed
and said he had seen worse from a man. The Government inspector is coming on the 10th to count
the acres under corn. Mr P. says there is no pleasing them.""",
        (
            expect("1917-03-01", "medical"),
            expect("1917-03-05", "training"),
            expect("1917-03-31", "armlet"),
            expect("1917-04-03", "stobbs"),
            expect("1889/..", "farmed"),
            expect("1915", "soldiers"),
            expect("1915-09", "killed"),
            expect("1917-04-05", "threshing", planned=True),
            expect("1917-04-20~", "jim", planned=True),
            expect("1917-05-02", "plough"),
            expect("1917-05-10", "inspector", planned=True),
        ),
    ),
    Text(
        "allerbeck-beaver-survey",
        "beaver reintroduction survey",
        None,
        """ALLERBECK VALLEY BEAVER TRIAL
Field sign survey 2024: summary report
Prepared for the Allerbeck Valley Trust by Harrow Ecology Ltd
Report no. HE-2417-03 | Version 1.1 | 16 January 2025

1. Background
Beavers were released into the upper Allerbeck in October 2021, two family groups totalling
seven animals, and a third family of four was released at Mossgill on 14 March 2023. The Trust
has held a release licence from the national wildlife agency since 2020; the licence requires a
survey of field signs every year in November.

2. Method
The survey was carried out between 6 and 24 November 2024 by two surveyors walking both banks of
31 km of river and tributary. Feeding signs, dams, lodges, burrows and scent mounds were
recorded with a handheld GPS.

3. Results
Table 1. Field signs by reach, November 2024
Reach            | Active lodges | Dams | Feeding sites
Upper Allerbeck  | 2             | 3    | 41
Mossgill         | 1             | 2    | 18
Hobb Beck        | 1             | 0    | 12

Four territories were occupied, one more than in 2023. The first dam in the catchment was
recorded in about May 2022 on Hobb Beck. Kits were first seen on 19 July 2023, on a camera trap
at Mossgill. The Hobb Beck dam was breached by a flood, probably in January 2024, and has not
been rebuilt.

4. Next steps
The next survey is scheduled for November 2025. A beaver management plan for the valley, agreed
with landowners, will be published by April 2025.""",
        (
            expect("2021-10", "released"),
            expect("2023-03-14", "third", "family"),
            expect("2020/..", "licence"),
            expect("2024-11-06/2024-11-24", "survey"),
            expect("2022-05~", "dam"),
            expect("2023-07-19", "kits"),
            expect("2024-01?", "breached"),
            expect("2025-11", "next", "survey", planned=True),
            expect("../2025-04", "management", "plan", planned=True),
        ),
    ),
    Text(
        "tannerau-cable-car-history",
        "cable car company's history",
        None,
        """The Tannerau Cable Car Company - our history
Tannerau-Kesslerhorn Luftseilbahn AG

1907-1912: the first ropeway
The company was founded in 1907 by a group of hoteliers from the village of Tannerau, led by the
innkeeper Anton Reiser, who wanted to bring summer guests to the Kessler Alp without a four-hour
climb. Construction began in 1910, and the line from Tannerau to the Kessler Alp opened on 2 July
1912, one of the first passenger ropeways in the Alps. Its two wooden cabins held twelve
passengers each.

War and rebuilding
Service was suspended from 1915 to 1919, when the guests stayed away and the army requisitioned
the spare cable. The upper station was rebuilt around 1936 to a design by the Zurich architect
Hedwig Baur, and its terrace restaurant is still open today.

To the summit
New steel cabins for 40 passengers were introduced in 1972, and the line was extended to the
summit of the Kesslerhorn the following year. Since 1998 the company has been majority-owned by
the municipality of Tannerau and the canton.

Today and tomorrow
The cable car carries around 300,000 passengers a year, and on a clear day in August it runs
every ten minutes. The present installation is to be replaced by a ten-seat gondola lift in
2027, which will carry up to 1,200 people an hour.

Tannerau-Kesslerhorn Luftseilbahn AG | Talstation 1 | 3891 Tannerau | Last updated 3 March 2025""",
        (
            expect("1907", "founded"),
            expect("1910", "construction"),
            expect("1912-07-02", "opened"),
            expect("1915/1919", "suspended"),
            expect("1936~", "upper", "station"),
            expect("1972", "cabins"),
            expect("1973", "extended"),
            expect("1998/..", "owned"),
            expect("2027", "gondola", planned=True),
        ),
    ),
    Text(
        "alaricport-tourism-statement",
        "tourism minister's statement",
        date(2024, 9, 26),
        """Statement by the Minister of Tourism and Culture, Dr Lina Varos
Visitor economy: new visa waiver and airline routes
Check against delivery

Good morning.

Today I am announcing that from 1 January citizens of eleven more countries will be able to
visit without a visa for stays of up to 30 days. This is the largest extension of visa-free
travel since our country joined the Northern Travel Area.

The figures published this week show 3.1 million international arrivals between January and
August, the highest for those months since 2019. They are the result of the National Tourism
Strategy that we launched in March 2022, and of the work of many people across the industry.

On Monday I met representatives of the four airlines that serve Port Alaric. They have agreed
to add 22 weekly flights over the winter, and I thank them for their confidence. On Tuesday I
will travel to Velmar for the International Travel Market, where we will present our country as
a year-round destination.

Since 1 April the visitor levy has been collected by hotels and guesthouses on behalf of the
municipalities, and the first returns show that it is working as intended. The Heritage Coast
Trail, paid for by the levy, opened on 14 June and has already welcomed more than 40,000
walkers.

We have learned from the past. The Open Shores campaign, which ran from 2017 to 2019, brought
visitors but left too little in our towns. This time the benefits will be shared.

Finally, work on the new terminal at Port Alaric airport will be completed no later than June
2026.

Thank you.""",
        (
            expect("2024-09-26", "announc"),
            expect("2025-01-01", "visa", planned=True),
            expect("2022-03", "strategy"),
            expect("2024-09-23", "airlines"),
            expect("2024-10-01", "velmar", planned=True),
            expect("2024-04-01/..", "levy"),
            expect("2024-06-14", "trail"),
            expect("2017/2019", "open", "shores"),
            expect("../2026-06", "terminal", planned=True),
        ),
    ),
    Text(
        "dunhallow-taxi-fares",
        "city council's HTML taxi licensing news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>New taxi fares approved - Dunhallow City Council</title>
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<header class="site-header"><a href="/" class="logo">Dunhallow City Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/licensing">Licensing</a></li>
<li><a href="/news">News</a></li></ul></nav></header>
<main id="content">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li>New taxi fares approved</li></ol>
<article>
<h1>New taxi fares approved</h1>
<p class="meta">Published <time datetime="2024-12-05">5 December 2024</time> |
Press release NR/2024/388</p>
<p>The council's licensing committee on Tuesday approved new fares for the city's 612 hackney
carriages, the first rise since 2022.</p>
<p>The trade had asked in August for an increase of 12 per cent. After a public consultation
that ran from 7 October to 1 November, councillors agreed a rise of 8 per cent on the daytime
tariff. The new fares will take effect on 6 January.</p>
<table>
<caption>Tariff 1 (06:00 to 22:00)</caption>
<tr><th>Charge</th><th>Current</th><th>From 6 January</th></tr>
<tr><td>Flag fall (first 880 yards)</td><td>&pound;3.40</td><td>&pound;3.70</td></tr>
<tr><td>Each further 176 yards</td><td>&pound;0.25</td><td>&pound;0.27</td></tr>
</table>
<p>All drivers must complete refresher safeguarding training by 31 March. Card payments became
compulsory in all licensed taxis in 2021.</p>
<p>From 1 April 2026 every newly licensed vehicle must be zero-emission capable, as set out in
the licensing policy adopted in July 2019. The committee reviews fares every two years.</p>
<p>Drivers can ask questions about the changes at a drop-in session at the Civic Centre on
Wednesday 11 December, 10am to 2pm.</p>
</article>
</main>
<footer>
<p>Page last updated: <time datetime="2024-12-06">6 December 2024</time></p>
<p>&copy; Dunhallow City Council 2024</p>
</footer>
</body>
</html>""",
        (
            expect("2024-12-03", "approved"),
            expect("2024-08", "asked"),
            expect("2024-10-07/2024-11-01", "consultation"),
            expect("2025-01-06", "fares", planned=True),
            expect("../2025-03-31", "training", planned=True),
            expect("2021", "card"),
            expect("2026-04-01", "emission", planned=True),
            expect("2019-07", "policy"),
            expect("2024-12-11", "session", planned=True),
        ),
    ),
    Text(
        "pendlecombe-covenant-decision",
        "lands tribunal decision",
        None,
        """THE LANDS TRIBUNAL
Neutral citation: [2023] LT 47 (LC)
Case no. LP/31/2022

RESTRICTIVE COVENANT - modification - covenant restricting development to one dwelling -
planning permission for two houses - whether covenant secures practical benefits of substantial
value - application allowed on payment of compensation

IN THE MATTER OF AN APPLICATION UNDER SECTION 84 OF THE LAW OF PROPERTY ACT 1925

BETWEEN
PENDLECOMBE HOMES LIMITED                                   Applicant
and
(1) MARGARET ELLWOOD (2) PETER SYKES and ANNE SYKES          Objectors

Re: 2 Thornfield Avenue, Pendlecombe

Member: A. J. Trelawney FRICS

DECISION

Introduction
1. The applicant seeks the modification of a restrictive covenant in a conveyance dated 14 May
1938, which provides that no more than one dwelling house shall be erected on the land. The
Thornfield Avenue estate was laid out around 1936 by the builder Harold Crane, and most of its
plots carry the same covenant.

2. The applicant acquired 2 Thornfield Avenue on or about 2 September 2016. Planning permission
for the demolition of the existing bungalow and the erection of two detached houses was granted
on 11 January 2022, and the application to the Tribunal was made on 30 June 2022.

3. The objectors live at Nos. 4 and 6. Mrs Ellwood has lived at No. 4 since 1987. They say that
the covenant protects the open, spacious character of the avenue and the view from their gardens.

4. I inspected the site on 7 March 2023 and heard the application on 9 March. The applicant was
represented by Ms K. Dutta of counsel; the objectors appeared in person.

Determination
5. I am satisfied that the covenant secures practical benefits to the objectors, but that they
are not of substantial value and that money will be adequate compensation for any loss (Hollis v
Greaves [2009] LT 12 (LC), at [31]).

6. The covenant will be modified to permit the development for which planning permission was
granted, on condition that the applicant pays compensation of 12,000 pounds to each objector no
later than 30 June 2023.

A. J. Trelawney FRICS""",
        (
            expect("1938-05-14", "conveyance"),
            expect("1936~", "estate"),
            expect("2016-09-02~", "acquired"),
            expect("2022-01-11", "planning", "permission"),
            expect("2022-06-30", "application"),
            expect("1987/..", "lived"),
            expect("2023-03-07", "inspected"),
            expect("2023-03-09", "heard"),
            expect("../2023-06-30", "compensation", planned=True),
        ),
    ),
    Text(
        "pennicott-clog-history",
        "clog maker's history",
        None,
        """PENNICOTT'S CLOGS - HEBBLE BRIDGE
Our story

Jabez Pennicott set up as a clogger around 1860, in a lean-to behind the Black Bull inn at Hebble
Bridge, making clogs for the weavers of the three mills in the valley. He cut his own soles from
alder felled along the river and bought his leather from the tannery at Luddenfoot.

In 1884 he moved the business to the present workshop on Mill Lane, with a shop at the front and
a cutting room behind. His son Walter took over in 1902 and added a second iron for nailing the
caulkers. From 1914 to 1918 the workshop made clogs for munitions workers at the Sowerby Moor
shell works, working seven days a week with six men.

A fire destroyed the sole-cutting room in 1931; it was rebuilt the following year, and the same
machines are still in use. As the mills closed one by one, demand fell, and the firm took on its
last apprentice, Frank Hirst, in 1978.

Since 2004 the workshop has been run by the Hebble Valley Heritage Trust as a working museum, and
Frank still makes clogs at the bench on Saturdays. Every pair is made by hand, as it always has
been, and a pair of men's working clogs takes about a day.

A new visitor centre in the old stable yard is due to open in 2026, with a shop and a room for
school groups.

Visit us: Mill Lane, Hebble Bridge | Open Wednesday to Sunday, 10am-4pm | Registered charity no.
1104412""",
        (
            expect("1860~", "clogger"),
            expect("1884", "moved"),
            expect("1902", "took", "over"),
            expect("1914/1918", "munitions"),
            expect("1931", "fire"),
            expect("1932", "rebuilt"),
            expect("1978", "apprentice"),
            expect("2004/..", "museum"),
            expect("2026", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "holmsward-korfball-fixtures",
        "korfball league's fixtures list",
        None,
        """HOLMSWARD & DISTRICT KORFBALL LEAGUE
Division One - Fixtures and Results 2024/25 (second half)
Issued 20 January 2025 | All matches 14:00 unless stated | Venue in brackets

RESULTS
Sat 11 Jan   Arden KC 18-14 Bexmoor Falcons (Arden Leisure Centre)
Sun 19 Jan   Holmsward Harriers 12-16 Ravensworth KC (Holmsward Sports Hall)

FIXTURES
Sat 25 Jan   Bexmoor Falcons v Holmsward Harriers (Bexmoor Academy)
Sat 1 Feb    Ravensworth KC v Arden KC (Ravensworth College)
Sun 9 Feb    Tollbrook KC v Bexmoor Falcons (Tollbrook Leisure Centre) 13:00
Sat 8 Mar    Holmsward Harriers v Tollbrook KC (Holmsward Sports Hall)
             - rearranged from Sat 18 Jan, hall unavailable
Sat 29 Mar   Division One play-off final, 1st v 2nd (Holmsward Sports Hall) 15:00

TABLE (after 19 Jan)      P  W  L  GF  GA  Pts
Ravensworth KC            9  7  2 148 121  14
Arden KC                  9  6  3 139 130  12
Bexmoor Falcons           9  3  6 127 140   6
Holmsward Harriers        8  2  6 110 131   4

NOTES
- Home teams must report results to the fixtures secretary by 18:00 on the day of the match.
- The league AGM will be held on Thursday 15 May at 19:30 at Holmsward Sports Hall.
- The league was founded in 1979; this is its 46th season.

Fixtures secretary: Joke van Dam, fixtures@holmswardkorfball.example
(c) Holmsward & District Korfball League 2025""",
        (
            expect("2025-01-11", "arden"),
            expect("2025-01-19", "ravensworth"),
            expect("2025-01-25", "bexmoor", planned=True),
            expect("2025-02-01", "ravensworth", planned=True),
            expect("2025-02-09", "tollbrook", planned=True),
            expect("2025-03-08", "tollbrook", planned=True),
            expect("2025-03-29", "final", planned=True),
            expect("2025-05-15", "agm", planned=True),
            expect("1979", "founded"),
        ),
    ),
)
