"""The hundred-and-thirty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind (without reading the project's code or its earlier batches), in twenty styles:
a wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary (space), a government statement, an HTML
news page, a pollen and air quality bulletin, a swimming championships report, a venture
funding announcement, a whaling voyage journal, a deep-sea drilling expedition summary, a
market town's history, an interior ministry decree summary, a film festival's HTML programme
page, a building collapse inquiry report, a radio station's anniversary history and an
obituary (the brief named nineteen styles; the obituary makes the twentieth). The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, a decade, "the 1990s", "the spring", "at the weekend") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYSEVENTH_CORPUS",)


HUNDREDTHIRTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "rail-landslide",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRAVIK, March 14 (Polar Wire) - Rail operator Nordbane suspended all freight
services on the Kestravik-Holm line on Thursday after a landslide buried roughly 200 metres
of track near the village of Ostre Fjell, the company said.

The slide came down late on Wednesday after a week of heavy rain, taking a signal cabin and
two power masts with it. Nobody was hurt. Passenger trains have been replaced by buses.

Nordbane said its engineers hoped to reopen the line by March 28 at the latest, but warned
that the hillside was still moving. "We will not send a train over it until the geologists
are satisfied," spokesman Arvid Lunde told reporters.

The single-track line, opened in 1911, carries some 40 freight trains a week, most of them
loaded with fish and timber for the port of Holm. It was last closed for more than a month
in about 1987, when a rockfall blocked a tunnel mouth. It is the worst slide on the route
since 2002.

A report by the national geology office published in January 2023 had warned that the slope
above Ostre Fjell was unstable and should be drained.

Regional transport minister Ingrid Saeverud will visit the site on Monday, her office said.

(Reporting by Sigrid Hauge; Editing by Paul Mercer)""",
        (
            expect("2025-03-13", "freight", "suspend"),
            expect("2025-03-12", "slide"),
            expect("../2025-03-28", "reopen", planned=True),
            expect("1911", "open"),
            expect("1987~", "closed"),
            expect("2023-01", "report"),
            expect("2025-03-17", "visit", planned=True),
        ),
    ),
    Text(
        "water-works-opening",
        "press release",
        date(2024, 5, 22),
        """FOR IMMEDIATE RELEASE

Halvergate Water Trust opens Brindle Marsh treatment works

HALVERGATE, 22 May 2024 - Halvergate Water Trust today opened its new Brindle Marsh water
treatment works, a £41 million plant that will supply some 1,990 households in the lower
Yare valley.

The works replace the Crane Lane plant, which was decommissioned on 30 April. The Trust will
hold a public open day at Brindle Marsh on Saturday 8 June, with guided tours every hour
from 10:00.

Construction began in March 2022 on the site of a former gravel pit. Crane Lane, built in
1931, had served the town for more than nine decades and could no longer meet modern
standards for nitrate removal.

"This is the largest investment the Trust has made since 1998, and it secures clean water
for a generation," said chief executive Dana Whitcombe, who has led the Trust since 2017.

A second phase, adding a reed-bed filtration system, is due to be completed by the end of
2026.

The Trust was founded in 1964 as a cooperative of parish water boards and today serves three
districts. The new works are certified to ISO 14001.

Notes to editors
Halvergate Water Trust is a not-for-profit utility regulated by the Eastern Water Commission.

Media contact: Priya Salt, Communications Officer
press@halvergatewater.example | +44 1493 555 0192

###""",
        (
            expect("2024-05-22", "brindle", "open"),
            expect("2024-04-30", "decommission"),
            expect("2024-06-08", "open", "day", planned=True),
            expect("2022-03", "construction"),
            expect("1931", "crane"),
            expect("2017/..", "whitcombe"),
            expect("../2026", "phase", planned=True),
            expect("1964", "found"),
        ),
    ),
    Text(
        "harlan-bakery-v-corwin",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HARLAN BAKERY, LLC, Appellant,
v.
CORWIN PROPERTIES, INC., Respondent.

No. 2-23-0417

Appeal from the Superior Court for Lister County, No. 20-2-01942-7
Argued and submitted September 12, 2023

OPINION

VOSS, J. - Harlan Bakery, LLC ("Harlan") appeals the summary judgment dismissing its claims
against its landlord, Corwin Properties, Inc. ("Corwin"). We reverse and remand.

I. FACTS

On or about March 3, 2019, Harlan leased the ground floor of a commercial building on Pell
Street from Corwin. The lease required Corwin to complete repairs to the roof no later than
June 30, 2019. Harlan contends the repairs were never made.

On January 14, 2020, part of the roof collapsed during a snowstorm, destroying Harlan's
ovens and stock. Corwin served a notice of termination the following day, asserting that
the premises had become untenantable under Section 1942 of the Civil Code. Harlan vacated
the premises on or about February 1, 2020.

Harlan filed suit on August 2, 2020, alleging breach of the lease and of the covenant of
quiet enjoyment. The trial court granted Corwin's motion for summary judgment on May 11,
2022, reasoning that the collapse was an act of God. Harlan timely appealed.

II. ANALYSIS

We review summary judgment de novo. A landlord who has undertaken to repair cannot invoke
an act of God where its own failure to repair contributed to the loss. Whether Corwin made
the promised repairs is a disputed question of material fact, and the trial court erred in
resolving it on the papers.

We reverse and remand for trial.

WE CONCUR: Ibarra, J.; Lindqvist, J.""",
        (
            expect("2019-03-03~", "lease"),
            expect("../2019-06-30", "repair"),
            expect("2020-01-14", "roof", "collapse"),
            expect("2020-01-15", "notice"),
            expect("2020-02-01~", "vacat"),
            expect("2020-08-02", "suit"),
            expect("2022-05-11", "judgment"),
            expect("2023-09-12", "argued"),
        ),
    ),
    Text(
        "castel-morvanne",
        "encyclopedia history",
        None,
        """Castel Morvanne

Castel Morvanne is a fortified manor house on a rocky spur above the river Lisle, in the
former county of Vaudrel. It is one of the best-preserved small lowland castles of the
region.

History

The castle was founded c. 1140 by Raoul de Morvanne, a vassal of the counts of Vaudrel, to
guard a ford on the Lisle. During the wars of the fourteenth century it was besieged in
1347, 1362 and 1371, but never taken. The frescoes in its chapel may date from 1420, though
some historians place them half a century later.

A fire in 1489 destroyed the keep and the great hall; both were rebuilt the following year
in a lighter style, with large mullioned windows. The Varenne family held the castle from
1602 to 1911. After a long period of neglect it was acquired by the département, and it has
served as a museum since 1958. Restoration of the curtain wall is planned to be completed
in 2027.

Architecture

The plan is an irregular pentagon enclosing some 1,140 square metres. The curtain wall is up
to 2.4 metres thick and is pierced by a single gate tower. The chapel, in the north range,
keeps its painted vault.

Visiting

The castle is open every day except Tuesday. Guided tours leave from the gate tower on the
hour.

See also: Castles of Vaudrel; Siege warfare in the Lisle valley.""",
        (
            expect("1140~", "found"),
            expect("1347", "besieged"),
            expect("1362", "besieged"),
            expect("1371", "besieged"),
            expect("1420?", "fresco"),
            expect("1489", "fire"),
            expect("1490", "rebuilt"),
            expect("1602/1911", "varenne"),
            expect("1958/..", "museum"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "riverside-beat-carrow",
        "sports report",
        date(2024, 9, 18),
        """Benning hat-trick lifts Riverside past Carrow
By Dale Hutchins, Sports Reporter | 18 September 2024

Ola Benning scored three times as Riverside Athletic beat Carrow Town 3-1 at Mill Lane on
Tuesday night.

The Norwegian striker, signed from Tromvik in July, opened the scoring after 11 minutes and
added two more in the second half in front of a crowd of 2,014. Carrow's reply came from a
late penalty. It was Riverside's first win at Mill Lane since 1999.

"He has settled in faster than anyone expected," said manager Kerry Lodge, in charge at
Riverside since 2021. "But we have won nothing yet."

The result lifts Riverside to fourth in the table. They travel to Dunmore on Saturday and
host Elmstead in the second round of the County Cup on 1 October.

Riverside won the league in 1978, 1983 and 1990 but have spent most of the past two decades
in the lower half. Lodge's squad trains every morning at the Fenwick ground and plays its
reserve fixtures on Mondays.

Riverside: Amundsen; Clay, Otieno, Brice, Hale; Mortimer, Deane, Sowa; Pike, Benning, Laird.
Goals: Benning 11, 58, 77; Carrow: Voss (pen) 88.""",
        (
            expect("2024-09-17", "beat"),
            expect("2024-07", "benning", "sign"),
            expect("2021/..", "lodge"),
            expect("2024-09-21", "dunmore", planned=True),
            expect("2024-10-01", "elmstead", planned=True),
            expect("1978", "league"),
            expect("1983", "league"),
            expect("1990", "league"),
        ),
    ),
    Text(
        "marsh-and-daughters",
        "company history",
        None,
        """Marsh & Daughters: our story

Agnes Marsh founded the company in 1926 in a back-street bakery in Wrenford, with one coal
oven and her mother's recipe for ginger thins. Demand grew quickly, and the first factory,
on Canal Road, opened in 1934.

After the war the thins travelled further. Exports to Norway began in 1952 and to Canada in
1957, carried in the square blue tins that collectors still hunt for today.

In about 1970 the company merged with the Leeming Biscuit Company, taking the name Marsh
Leeming for a quarter of a century. Around 1983 it introduced the oat crackers that now
make up a third of everything we bake. A management buyout on 1 April 1994 returned the
business to independent hands and restored the old name.

Since 2009 the company has been run by Elin Marsh, Agnes's great-granddaughter, who still
tastes every new batch herself. Today we bake more than 1,500 tonnes a year at Canal Road
and employ 212 people.

Our next chapter: a second bakery at Stow, with solar roofs and a visitor centre, is
expected to open in 2027.

Marsh & Daughters Ltd, Canal Road, Wrenford WR4 7HD | Registered in England No. 00219264""",
        (
            expect("1926", "found"),
            expect("1934", "factory"),
            expect("1952", "export", "norway"),
            expect("1957", "export", "canada"),
            expect("1970~", "merge"),
            expect("1983~", "cracker"),
            expect("1994-04-01", "buyout"),
            expect("2009/..", "elin"),
            expect("2027", "stow", planned=True),
        ),
    ),
    Text(
        "aster-2-mission",
        "mission summary",
        None,
        """ASTER-2 MISSION SUMMARY
Nordic-Pacific Space Agency (NPSA) | Sample return | Target: asteroid 2011 QX4 ("Ilmatar")

Aster-2 is a sample-return mission to the near-Earth asteroid 2011 QX4, nicknamed Ilmatar, a
rubble pile about 480 metres across.

Aster-2 was launched on 14 February 2019 from the Arvika launch centre aboard a Kestrel-4
rocket. After a year and a half of ion-engine cruise, it swung past Earth on 3 December 2020
to gain speed and bend its path towards the asteroid.

The spacecraft arrived at a station 20 km from Ilmatar on 27 June 2022 and spent four
months mapping its surface. It touched down briefly to collect its first sample on
9 November 2022, and took a second, from a fresh crater blasted by a copper impactor, two
days later.

The ion engines were switched back on around 20 March 2023 to begin the return cruise. A
decision on whether to send the main spacecraft on to a second asteroid is expected no
later than June 2025. The sample capsule is scheduled to land at the Kallstrand test range
in December 2025, from where it will be flown to the NPSA curation facility.

Mission facts
Launch mass: 1,215 kg | Ion engines: 4 (3 active) | Target rotation period: 7.6 h
Sample mass (goal): 100 mg | Orbital period of target: 1.07 years""",
        (
            expect("2019-02-14", "launch"),
            expect("2020-12-03", "earth"),
            expect("2022-06-27", "arriv"),
            expect("2022-11-09", "first", "sample"),
            expect("2022-11-11", "second", "sample"),
            expect("2023-03-20~", "engine"),
            expect("../2025-06", "decision", planned=True),
            expect("2025-12", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        date(2025, 6, 3),
        """MINISTRY OF AGRICULTURE, FISHERIES AND RURAL AFFAIRS
Statement on avian influenza in Brenmoor district
3 June 2025

On Sunday, the national reference laboratory confirmed highly pathogenic avian influenza
(H5N1) in a flock of 14,000 laying hens at a farm near Ashby Wold in Brenmoor district. The
flock has been humanely culled.

A 3 km protection zone and a 10 km surveillance zone have been in place around the premises
since Monday. Movements of poultry, eggs and litter within the zones require a licence.

An order requiring all poultry in the district to be housed will come into force on
Thursday. It will be reviewed no later than 30 June. Keepers who suffer losses as a result
of the disease control measures may apply to a compensation scheme, which opens on 16 June.

The last outbreak in the region, in November 2022, led to the culling of some 60,000 birds
on three farms.

The Minister, Tobias Henmark, said: "The risk to public health remains very low. But I urge
every keeper, however small, to be vigilant and to report any sign of disease at once."

These measures are taken under the Animal Health Act 1981. Keepers with questions can call
the Animal Health Helpline on 0300 200 301.

Ends""",
        (
            expect("2025-06-01", "influenza", "confirm"),
            expect("2025-06-02/..", "protection", "zone"),
            expect("2025-06-05", "order", planned=True),
            expect("../2025-06-30", "review", planned=True),
            expect("2025-06-16", "compensation", planned=True),
            expect("2022-11", "outbreak"),
        ),
    ),
    Text(
        "eastline-tram-extension",
        "HTML news page",
        date(2023, 4, 19),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council backs Eastline tram extension | Larchmont Courier</title>
</head>
<body>
<header><a href="/">Larchmont Courier</a> &rsaquo; <a href="/local">Local</a></header>
<article>
<h1>Council backs Eastline tram extension to Greyhaven</h1>
<p class="byline">By Nadia Ferris &middot;
<time datetime="2023-04-19T07:45">19 April 2023, 07:45</time></p>
<p>Larchmont city council on Tuesday approved a 4.2 km extension of the Eastline tram from
Market Cross to the Greyhaven estate, ending a decade of argument over the route.</p>
<p>Councillors voted 31 to 18 in favour after a public consultation that ran from 6 to 27
February and drew 2,350 responses.</p>
<p>The council will hold a final vote on funding on Thursday 27 April. Work is to begin in
September, and the new section is to be finished no later than March 2027, according to
the council's timetable.</p>
<figure><img src="/img/tram-market-cross.jpg" alt="">
<figcaption>A tram at the Market Cross stop. Photo: L. Okoro</figcaption></figure>
<p>The Eastline opened on 2 May 1998 and was extended in 2004, 2009 and 2015. It carries
about 38,000 passengers on a typical weekday.</p>
<p>"This is the most important transport decision the city has taken since 2011," said the
mayor, Ruth Abenova.</p>
</article>
<footer>&copy; 2023 Larchmont Courier &middot; <a href="/contact">Contact us</a></footer>
</body>
</html>""",
        (
            expect("2023-04-18", "approv"),
            expect("2023-02-06/2023-02-27", "consultation"),
            expect("2023-04-27", "vote", planned=True),
            expect("2023-09", "work", planned=True),
            expect("../2027-03", "finish", planned=True),
            expect("1998-05-02", "open"),
            expect("2004", "extend"),
            expect("2009", "extend"),
            expect("2015", "extend"),
        ),
    ),
    Text(
        "kellby-pollen-bulletin",
        "pollen and air quality bulletin",
        date(2025, 4, 24),
        """KELLBY REGIONAL POLLEN AND AIR QUALITY BULLETIN
No. 14/2025 | Issued Thursday 24 April 2025, 10:00 | Valid until the next issue

SUMMARY
Birch pollen: HIGH. Grass pollen: NONE. Air quality index today: 2 (GOOD).

POLLEN
The birch season began on 2 April, about a week earlier than average. Counts peaked on
Monday at 1,840 grains per cubic metre at Kellby Road, the highest birch count this
century. Alder and hazel have finished for the year. Grass pollen is expected to appear
around 20 May, depending on temperatures.

AIR QUALITY
Saharan dust reached the region on 15 and 16 April, pushing PM10 to 62 µg/m3 at Kellby
Road. An ozone episode is forecast for Saturday, when temperatures may reach 24 °C; people
with asthma or heart conditions should avoid strenuous exercise in the afternoon. Showers
expected on Tuesday 29 April should clear the air.

NOTES
The Kellby Road monitoring station has been in service since 1997. Averages refer to the
1991-2020 reference period. Bulletins are issued every Monday and Thursday from March to
September.

Kellby Environmental Health Service | airquality@kellby.example | 01632 960 771""",
        (
            expect("2025-04-02", "birch", "season"),
            expect("2025-04-21", "peak"),
            expect("2025-05-20~", "grass", planned=True),
            expect("2025-04-15", "dust"),
            expect("2025-04-16", "dust"),
            expect("2025-04-26", "ozone", planned=True),
            expect("2025-04-29", "shower", planned=True),
            expect("1997/..", "station"),
        ),
    ),
    Text(
        "talvik-butterfly-record",
        "swimming championships report",
        date(2025, 8, 3),
        """SWIMMING | NATIONAL CHAMPIONSHIPS
Talvik breaks 16-year-old butterfly record
By Jonas Ek in Marhamn | 3 August 2025

Mira Talvik lowered the oldest national record in the pool on Saturday, winning the women's
200m butterfly at the Marhamn Aquatic Centre in 2:06.14.

The 19-year-old took 0.31 seconds off the mark set by Anna Kolb on 12 July 2009, in the era
of polyurethane suits. Kolb, now a television commentator, was on the poolside to
congratulate her.

Talvik had already won the 100m butterfly on Thursday. She has trained under coach Petter
Rask since 2019 and first swam at the championships in 2021, aged 15, when she failed to
reach a final.

The championships at Marhamn, held from 29 July to 3 August 2025, also served as trials for
the world championships in Port Lisle from 14 to 21 September. The national team will be
named on Wednesday.

The meet closed with the men's 1500m freestyle, won by Oskar Lind in 15:02.77, the fastest
time by a home swimmer since 2016. "I have swum this race 40 times and never felt so good
at 1,200 metres," Lind said.

Results, women's 200m butterfly: 1. Talvik (Marhamn SK) 2:06.14 NR;
2. Berg (Vestby SC) 2:08.90; 3. Halme (Kellby SS) 2:09.33.""",
        (
            expect("2025-08-02", "200m"),
            expect("2009-07-12", "kolb", "record"),
            expect("2025-07-31", "100m"),
            expect("2019/..", "rask"),
            expect("2021", "talvik", "championship"),
            expect("2025-07-29/2025-08-03", "championship"),
            expect("2025-09-14/2025-09-21", "world", planned=True),
            expect("2025-08-06", "team", planned=True),
        ),
    ),
    Text(
        "lumora-series-a",
        "venture funding announcement",
        date(2025, 2, 11),
        """Lumora raises €18 million Series A to bring AI triage to emergency departments

HELMSTAD, 11 February 2025 /Startwire/ -- Lumora Health, which builds software that helps
emergency departments triage patients, today announced that it has raised €18 million in a
Series A round led by Northlight Ventures, with participation from Fjord Capital and
existing investor Seedhaus.

Founded in 2021 by emergency physician Dr Amara Quist and engineer Tobias Ruud, Lumora
raised a €3 million seed round in March 2022. Since launching its platform in June 2023, it
has processed more than 410,000 patient assessments. Its first hospital pilot, at Helmstad
University Hospital, began in October 2023 and the software now runs in 14 departments in
three countries.

Quist, chief executive since January 2024, said the funding would be used to double the
team to 60 and to open an office in Boston by the end of 2025. The company expects to
receive CE marking for its triage model under the EU Medical Device Regulation in
September.

"Every minute a patient waits unseen is a minute of risk," said Quist. "We want no
department to run on guesswork."

"Lumora has the clinical depth we look for," said Hanne Lykke, partner at Northlight
Ventures, who joins the board.

About Lumora Health
Lumora Health ApS is based in Helmstad. Its annual recurring revenue has passed
€2.1 million.

Media: press@lumora.example | +45 32 10 20 30""",
        (
            expect("2025-02-11", "raise"),
            expect("2021", "found"),
            expect("2022-03", "seed"),
            expect("2023-06", "platform"),
            expect("2023-10", "pilot"),
            expect("2024-01/..", "quist"),
            expect("../2025", "boston", planned=True),
            expect("2025-09", "marking", planned=True),
        ),
    ),
    Text(
        "meridian-whaling-journal",
        "whaling voyage journal",
        None,
        """A Journal of a Whaling Voyage in the Ship Meridian of Port Ellery,
Benjamin Howland, Master. Kept by Silas Crane, Boatsteerer.

Tuesday March 2nd 1847
Lat 38.14 S, Lon 12.40 E. Fresh breezes from W.N.W. and fine weather. At 3 P.M. raised a
school of sperm whales, lowered three boats, the Mate's boat struck and killed a large bull.
Took him alongside at sundown. So ends.

Wednesday 3rd
Light airs. Employed all day cutting in. Got the head on deck at 4 P.M.

Thursday 4th
Started the works and commenced boiling. Saw two sail to windward.

Saturday 6th
Finished boiling and stowed down 74 barrels of sperm oil. The Captain reckons we shall make
the Isle of Carrow about the 1st of April for wood and water.

Sunday 7th
Calm. At about 2 A.M. John Pease, seaman, of Salem, departed this life of a fever, aged 23
years. At noon committed his body to the deep, all hands attending. No work done.

Monday 15th
Strong gales from S.W. with a heavy sea. Spoke the ship Hannah of Nantucket, 9 months out
with 900 barrels; she reports leaving the Bay of Islands about the 20th of January.
Exchanged letters. So ends this day.""",
        (
            expect("1847-03-02", "whale"),
            expect("1847-03-03", "cutting"),
            expect("1847-03-04", "boil"),
            expect("1847-03-06", "barrels"),
            expect("1847-04-01~", "carrow", planned=True),
            expect("1847-03-07", "pease"),
            expect("1847-03-15", "spoke", "hannah"),
            expect("1847-01-20~", "bay", "islands"),
        ),
    ),
    Text(
        "expedition-412-velez-ridge",
        "deep-sea drilling expedition summary",
        None,
        """Expedition 412 Preliminary Summary: Velez Ridge Paleoceanography
International Ocean Drilling Consortium (IODC) | Drilling vessel Ocean Resolve

Expedition 412 sailed from Port Calder on 8 January 2024. Coring at Site U1602, on the crest
of the Velez Ridge in 3,114 m of water, began on 14 January. Hole U1602A reached 1,214 m
below seafloor, recovering a nearly continuous sequence of nannofossil ooze and chalk
across the Eocene-Oligocene transition (~33.9 Ma).

The ship then moved 140 nautical miles south, and drilling at Site U1603 took place from 2
to 9 February. A storm forced the abandonment of Hole U1603C after 212 m; sea states were
the roughest recorded on the ridge since 2009.

The Velez Ridge was first cored by the survey ship Albatross III in 1975 and again in about
1992, but those holes recovered less than 40% of the section. Expedition 412 recovered
2,066 m of core, 96% of the interval cored, and will allow the first orbitally tuned
age model for the region.

The expedition ended in Port Calder on 7 March 2024. A sampling party for the 31 shipboard
and shore-based scientists is scheduled for June 2024 at the Northgate Core Repository.
Results are expected to be published no later than the end of 2025.

Co-chief scientists: R. Okonkwo (University of Tarrant), L. Varga (Baltic Marine Institute)
Expedition Project Manager: J. Whitlow""",
        (
            expect("2024-01-08", "sail"),
            expect("2024-01-14", "u1602"),
            expect("2024-02-02/2024-02-09", "u1603"),
            expect("1975", "cored"),
            expect("1992~", "cored"),
            expect("2024-03-07", "end"),
            expect("2024-06", "sampling", planned=True),
            expect("../2025", "results", planned=True),
        ),
    ),
    Text(
        "thornbury-magna-history",
        "market town's history",
        None,
        """Thornbury Magna: a short history
From the Thornbury Magna Town Council visitor guide

Thornbury Magna grew up where the old drove road from the hills crossed the river Wend. King
Henry III granted the town its market charter in 1227, and a market is still held in the
square every Thursday.

St Mary's church was built c. 1300 on the site of an earlier timber chapel; its tower was
added later. Like many wool towns, Thornbury lost perhaps half its people to the plague in
1349.

The great fire of 14 June 1731 began in a baker's yard on Sheep Street and destroyed 86
houses. Most of the brick fronts seen today date from the rebuilding that followed. The
Market Hall, with its open arcade, was rebuilt in 1878-79 to designs by the architect Josiah
Penrose.

The railway arrived in 1862, bringing visitors and coal, and the station closed in 1964. The
town has been twinned with Saint-Aubin-sur-Loire since 1973.

Today Thornbury Magna has some 4,100 residents. A bypass to take lorries out of the square
is planned to open in 2026. The annual Wool Fair is held on the last Saturday in September.

Thornbury Magna Town Council, The Market Hall, Thornbury Magna | 01632 960 244""",
        (
            expect("1227", "charter"),
            expect("1300~", "church"),
            expect("1349", "plague"),
            expect("1731-06-14", "fire"),
            expect("1878/1879", "hall"),
            expect("1862", "railway"),
            expect("1964", "station"),
            expect("1973/..", "twin"),
            expect("2026", "bypass", planned=True),
        ),
    ),
    Text(
        "resident-registration-decree",
        "interior ministry decree summary",
        date(2024, 9, 18),
        """MINISTRY OF THE INTERIOR - LEGAL AFFAIRS DIRECTORATE
Summary of Decree No. 2024/317 on the Registration of Residents in Municipal Registers
Prepared 18 September 2024 | Reference: DAJ/REG/2024-0917

1. Adoption. The decree was signed by the Minister of the Interior on 9 September 2024 and
published in Official Gazette No. 88 on 12 September. It follows a consultation with the
Association of Municipalities held from 3 to 28 June.

2. Purpose. The decree replaces the rules adopted on 1 July 2009 with a single electronic
procedure for registering a change of address. Residents will no longer need to appear in
person at the town hall.

3. Entry into force. The decree enters into force on 1 October 2024.

4. Obligations of municipalities. Municipalities must transfer their existing registers to
the national platform no later than 31 March 2025. Municipalities with fewer than 2,000
residents may ask the prefecture for technical support.

5. Review. The Ministry is to report to Parliament on the application of the decree by 2027.

Legal basis: Article 14 of the Civil Registration Act 1995.

Contact: Legal Affairs Directorate, Office 3.12 | +33 1 40 07 60 60 | daj@interieur.example""",
        (
            expect("2024-09-09", "sign"),
            expect("2024-09-12", "gazette"),
            expect("2024-06-03/2024-06-28", "consultation"),
            expect("2009-07-01", "rules"),
            expect("2024-10-01", "force", planned=True),
            expect("../2025-03-31", "register", planned=True),
            expect("../2027", "report", planned=True),
        ),
    ),
    Text(
        "brackwater-film-festival",
        "film festival's HTML programme page",
        date(2025, 10, 6),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Programme 2025 - Brackwater International Film
Festival</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/programme">Programme</a> |
<a href="/tickets">Tickets</a></nav>
<main>
<h1>39th Brackwater International Film Festival</h1>
<p class="dates">14-23 November 2025 &middot; Harbour Quarter, Brackwater</p>
<section id="booking">
<h2>Booking</h2>
<p>Members' booking opens on 13 October; general sale begins a week later, on 20 October.
Single tickets cost 9.50; a festival pass costs 95.</p>
</section>
<section id="highlights">
<h2>Highlights</h2>
<ul>
<li><strong>Opening night, Friday 14 November:</strong> world premiere of <em>The Salt
Road</em> (dir. Helle Brandt, 104 min), followed by a reception at the Customs House.</li>
<li><strong>Closing gala, 23 November:</strong> awards ceremony and a closing film to be
announced on the night.</li>
<li><strong>Shorts on the Quay:</strong> free outdoor screenings every evening at 18:00,
weather permitting.</li>
<li><strong>Retrospective: Aino Varg.</strong> Varg will give a masterclass on Sunday 16
November at 14:00 in Screen 2. Eight of her films will be shown, from her debut <em>Glass
Harbour</em>, shot in 1968, to her last feature.</li>
</ul>
</section>
<section id="about">
<h2>About the festival</h2>
<p>The festival was founded in 1987 by a group of dockers and film-society members. This
year it shows 112 films from 41 countries in four venues around the old harbour.</p>
</section>
</main>
<footer><p>Brackwater International Film Festival &middot; Registered charity no. 1048872
&middot; Box office 01632 960 418</p></footer>
</body>
</html>""",
        (
            expect("2025-11-14/2025-11-23", "festival", planned=True),
            expect("2025-10-13", "booking", planned=True),
            expect("2025-10-20", "sale", planned=True),
            expect("2025-11-14", "premiere", planned=True),
            expect("2025-11-23", "closing", planned=True),
            expect("2025-11-16", "masterclass", planned=True),
            expect("1968", "glass"),
            expect("1987", "found"),
        ),
    ),
    Text(
        "harwell-court-inquiry",
        "building collapse inquiry report",
        date(2023, 11, 16),
        """THE HARWELL COURT INQUIRY
Report of the Independent Inquiry into the Partial Collapse of Harwell Court, Tanfield
Volume 1: Executive Summary and Recommendations
Published 16 November 2023 | HC 1147

Summary of events

1.1 Harwell Court is a nine-storey block of reinforced-concrete flats in Tanfield, completed
in 1974 for Tanfield Borough Council. In about 1996 its two lower floors were converted from
shops and offices into flats, and two internal columns were removed to create larger rooms.

1.2 Residents first reported cracks in the ground-floor walls to the council on 8 February
2022. An engineer's inspection took place on or about 21 March 2022; the Inquiry has found
no written record of its conclusions.

1.3 The east wing was evacuated on 15 October 2022 after fresh cracking was seen. Two days
later, in the early hours, part of the wing collapsed. Two residents who had returned to
collect belongings were injured.

1.4 The Inquiry was established by the Secretary of State on 2 December 2022 and held public
hearings from 6 to 24 March 2023.

1.5 The Inquiry concludes that the alterations of the 1990s did not comply with BS 8110 or
with the Building Regulations 1985, and that the council's response to the residents'
warnings was inadequate.

1.6 The Government has undertaken to respond to this report by 31 January 2024.

Recommendations

R1 Tanfield Borough Council should complete a structural survey of all blocks of similar
construction by 30 June 2024.

R2 Alterations that remove or weaken a load-bearing element should require an independent
check by a chartered structural engineer.""",
        (
            expect("1974", "complet"),
            expect("1996~", "convert"),
            expect("2022-02-08", "crack"),
            expect("2022-03-21~", "inspection"),
            expect("2022-10-15", "evacuat"),
            expect("2022-10-17", "collapse"),
            expect("2022-12-02", "inquiry"),
            expect("2023-03-06/2023-03-24", "hearing"),
            expect("../2024-01-31", "respond", planned=True),
            expect("../2024-06-30", "survey", planned=True),
        ),
    ),
    Text(
        "radio-kelda-75",
        "radio station's anniversary history",
        None,
        """75 years of Radio Kelda
From the station's anniversary booklet

When Radio Kelda first went on air on 1 May 1950, it broadcast for three hours an evening
from a converted fish-smoking shed on the harbour, on 1600 kHz medium wave. Its first voice
was the schoolteacher Olav Brekke, who read the shipping forecast and the fish prices.

The station began transmitting on FM in 1962, from a mast on Kelda Fell, and moved to
purpose-built studios on Quay Street in 1979. In about 1988 it went on air around the clock
for the first time.

The request show Harbour Lights, still the listeners' favourite, goes out every Sunday
evening.

In 1994 the regional council sold the station to the Nordmedia group, which merged it with
two neighbouring stations but kept the Kelda name. Since 2011 the station has also streamed
online, and today about 40% of its 96,000 weekly listeners hear it through an app.

On 1 May 2025, exactly 75 years after that first broadcast, Radio Kelda will hold an
anniversary concert on the quay, with the Kelda Brass Band and guests. The station will
move from FM to DAB+ by the end of 2026.

Radio Kelda 98.4 FM | Quay Street, Kelda | studio line 01632 960 984""",
        (
            expect("1950-05-01", "air"),
            expect("1962", "fm"),
            expect("1979", "studio"),
            expect("1988~", "clock"),
            expect("1994", "sold"),
            expect("2011/..", "stream"),
            expect("2025-05-01", "concert", planned=True),
            expect("../2026", "dab", planned=True),
        ),
    ),
    Text(
        "margit-olander-obituary",
        "obituary",
        date(2023, 11, 7),
        """Margit Olander, cellist who founded the Vessby Chamber Festival, dies at 88
By Karin Ask | Obituaries | 7 November 2023

Margit Olander, the cellist whose playing defined the sound of the Northern Symphony
Orchestra for almost three decades, died on Sunday at her home in Vessby. She was 88. Her
daughter, Liv, said the cause was heart failure.

Born on 3 April 1935 in the fishing town of Hallstrand, Olander practised for hours every
morning throughout her life. She joined the Northern Symphony Orchestra in 1958 and was its
principal cellist from 1966 to 1994. She married the composer Ilmar Tamm in 1960; he died
in 2009.

In about 1972 she founded the Vessby Chamber Festival in a disused church, inviting young
players to perform beside veterans. It still takes place every July. Her recording of the
six Bach suites, made over four days in 1981, has never been out of print.

"She never let you coast," said the violinist Jonas Eklund, a festival regular. "Not in a
rehearsal, not in a conversation."

She is survived by her daughter and two grandsons. The funeral will be held on Friday at
Vessby Church. The family said her papers would be given to the National Library before the
end of the year. A memorial concert is planned for the spring.""",
        (
            expect("2023-11-05", "died"),
            expect("1935-04-03", "born"),
            expect("1958", "joined"),
            expect("1966/1994", "principal"),
            expect("1960", "married"),
            expect("2009", "tamm"),
            expect("1972~", "festival"),
            expect("1981", "recording"),
            expect("2023-11-10", "funeral", planned=True),
            expect("../2023", "papers", planned=True),
        ),
    ),
)
