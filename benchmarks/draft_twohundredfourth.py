"""The two-hundred-and-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space or scientific), a government statement, an HTML
news page, a river ice report, a netball tournament report, a solar farm approval release, a
governess's letters of the 1860s, a great crested grebe count, a toll bridge's history, a
culture minister's library funding statement, a swimming pool HTML timetable changes page, a
licensing appeal decision, a rope maker's history and a gardening club's outings list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFOURTH_CORPUS",)


TWOHUNDREDFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-fire-velmora",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORA, March 14 (Meridian Wire) - Firefighters extinguished a blaze at the Kell Metals
copper smelter outside Velmora on Thursday, the regional fire service said, ending a fire
that had shut one of the country's largest sources of refined copper.

The fire broke out in a conveyor tunnel shortly after 4 a.m. on Tuesday and spread to a
storage hall holding sulphuric acid, forcing the evacuation of about 1,200 people from the
nearby village of Orsk. The residents were allowed to return home on Wednesday evening.

No one was hurt, fire service spokesman Aurel Dinescu said. "The acid tanks held, and that
is the only reason we are not talking about a catastrophe," he told reporters.

Kell Metals said it aimed to restart the furnaces no later than March 31, once engineers
had checked the tunnel's supports, and to publish its own report on the fire by the end of
April. An inspection by the state mining authority is scheduled for April 8.

Copper prices in London rose 2.1 percent on Wednesday, their biggest daily gain since
November 2022, as traders weighed the loss of supply. The smelter produces some 180,000
tonnes of copper cathode a year and employs 1,450 people.

The plant opened in 1962 and was bought by Kell Metals in 2001 from the state holding
company Metalexport. It was the worst fire at the site since 1987.

(Reporting by Ilinca Varga; Editing by Tom Ashcroft)""",
        (
            expect("2025-03-13", "fire", "extinguish"),
            expect("2025-03-11", "fire", "broke"),
            expect("2025-03-12", "residents", "return"),
            expect("../2025-03-31", "restart", "furnaces", planned=True),
            expect("../2025-04", "report", planned=True),
            expect("2025-04-08", "inspection", planned=True),
            expect("2025-03-12", "copper", "prices"),
            expect("1962", "plant", "open"),
            expect("2001", "bought"),
        ),
    ),
    Text(
        "calloway-second-plant",
        "press release",
        date(2025, 6, 4),
        """FOR IMMEDIATE RELEASE

Calloway Diagnostics opens second plant in Brennford

BRENNFORD, June 4, 2025 /Newsline/ -- Calloway Diagnostics Ltd. (BSE: CLWY), a maker of
rapid blood-test kits for hospitals and clinics, today opened its second manufacturing
plant, on the Eastfield business park in Brennford, adding 220 jobs.

The first kits from the new lines will ship to hospitals on Monday, June 16, and the plant
is expected to reach its full output of 40 million tests a year by the end of 2026.
Construction of the 14,000-square-metre building began in March 2024. The company plans to
open a third plant, in Lisle, by 2028.

"This plant doubles what we can make, and it keeps the work in Brennford," said chief
executive Anneke Vos, who founded the company in 2009 with fellow biochemist Rahul Pendry.

Calloway launched its first test, for sepsis markers, in 2011 and entered the U.S. market
two years later. It has been listed on the Brennford Stock Exchange since 2018. Revenue
grew 31 percent in 2024 to 212 million euros, the company's strongest growth since 2015.

About Calloway Diagnostics
Calloway Diagnostics develops and makes rapid diagnostic tests used in more than 40
countries. Its ISO 13485-certified plants employ some 1,100 people.

Media contact: Jo Harlan, +31 20 555 0147, press@calloway-dx.example

###""",
        (
            expect("2025-06-04", "plant", "open"),
            expect("2025-06-16", "kits", "ship", planned=True),
            expect("../2026", "full", "output", planned=True),
            expect("2024-03", "construction"),
            expect("../2028", "third", "plant", planned=True),
            expect("2009", "found"),
            expect("2011", "test", "launch"),
            expect("2013", "market"),
            expect("2018/..", "listed"),
            expect("2024", "revenue"),
        ),
    ),
    Text(
        "marsh-v-harbin",
        "court opinion",
        None,
        """COURT OF APPEALS OF THE STATE OF NORTH CALDER
FOURTH DISTRICT

DELIA MARSH, Plaintiff-Appellant,
v.
HARBIN PROPERTIES LLC, Defendant-Appellee.

No. A24-0913
Appeal from the District Court of Lanmore County, No. 23-CV-4471
Hon. Peter Okonjo, Judge

OPINION

RASMUSSEN, J.

[1] Delia Marsh appeals from a summary judgment holding that her former landlord, Harbin
Properties LLC, could keep her $2,400 security deposit. We reverse.

[2] Marsh took possession of a flat at 14 Ferry Lane on or about September 1, 2019, under
a three-year written lease. On March 3, 2022, Harbin served a notice that it would not
renew the lease, and Marsh vacated the premises on April 29 of that year.

[3] Section 8-204 of the Residential Tenancies Act of 1978 requires a landlord to return a
deposit, or to send an itemized statement of deductions, within 30 days after the tenant
leaves. Harbin's statement was therefore due no later than May 29, 2022. Harbin did not
mail it until May 30, 2022, one day late.

[4] Marsh filed this action on January 9, 2023. The trial court granted summary judgment
for Harbin on June 14, 2024, reasoning that a delay of one day was de minimis. Marsh timely
appealed, and we heard oral argument on December 3, 2024.

[5] The statute admits no such exception. Its deadline is stated in days, and a landlord
who misses it forfeits the right to withhold any part of the deposit. Reversed and remanded
for entry of judgment for Marsh in the amount of twice the deposit.

LINDQVIST and OYELARAN, JJ., concur.""",
        (
            expect("2019-09-01~", "possession"),
            expect("2022-03-03", "notice"),
            expect("2022-04-29", "vacate"),
            expect("../2022-05-29", "statement", "due"),
            expect("2022-05-30", "statement", "mail"),
            expect("2023-01-09", "action"),
            expect("2024-06-14", "summary", "judgment"),
            expect("2024-12-03", "argument"),
        ),
    ),
    Text(
        "castelbrun-history",
        "encyclopedia history",
        None,
        """Castelbrun

Castelbrun is a market town on the river Aulne in the district of Vorland, with a
population of about 11,400. It is known for its cathedral and its Thursday market.

History

Pottery finds show that the site was settled c. 850, probably around a ford on the Aulne.
The town is first mentioned in 1143, in a charter of Count Aymer II. A Dominican friary was
founded there perhaps in 1237, although the date rests on a later chronicle and is
uncertain. The town received market rights from the count around 1290.

The castle was besieged in 1462 and again in 1471 during the wars between the counts of
Vorland and the bishops of Sainte-Odile. Since 1555 the town has been the seat of the
bishops, who moved there after their old cathedral burned.

In 1784 a flood swept away the medieval bridge; a new stone bridge was built the following
year. The railway from Sainte-Odile reached Castelbrun in 1868, and the town grew quickly
around its textile mills, the last of which closed in the late 1970s.

See also
- List of bishops of Sainte-Odile

References
- Aubert, J. (1998). Histoire de Castelbrun. Vorland: Editions du Pont, pp. 14-39.""",
        (
            expect("0850~", "settle"),
            expect("1143", "mention"),
            expect("1237?", "friary"),
            expect("1290~", "market", "rights"),
            expect("1462", "besieg"),
            expect("1471", "besieg"),
            expect("1555/..", "bishops"),
            expect("1784", "flood", "bridge"),
            expect("1785", "bridge", "built"),
            expect("1868", "railway"),
        ),
    ),
    Text(
        "ashby-vale-kirkmoor",
        "sports report",
        date(2025, 2, 9),
        """Orme hat-trick sends Ashby Vale four clear

By Gareth Pryce | Sunday 9 February 2025

Ashby Vale 3 Kirkmoor Town 1

Danny Orme scored a second-half hat-trick as Ashby Vale beat Kirkmoor Town 3-1 at Holm
Park on Saturday to move four points clear at the top of the Northern Premier Division.

Kirkmoor, unbeaten away from home since October, led through Sam Ekwueme's header after 22
minutes, and only a fine save from Luke Brannigan kept the deficit at one before the break.

Orme levelled on 51 minutes, turned in Kofi Asante's cross on 70 and completed his treble
from the penalty spot in the 88th minute after Asante was brought down.

Asante limped off soon afterwards with an ankle injury, and the club will say on Monday
whether he needs surgery. Ashby travel to Penford Athletic on Tuesday night before hosting
Stallbridge in the derby on Saturday, February 22.

Orme's treble was his first since he joined from Coldwater Rovers in January 2023. Vale,
whose last league title came in 1998, were relegated two years later and did not return to
this level until 2019.

Ashby Vale: Brannigan; Heale, Mwangi, Cole, Pask; Asante (Trow 84), Ferris, Doyle; Orme.
Att: 2,914.""",
        (
            expect("2025-02-08", "ashby", "kirkmoor"),
            expect("2025-02-10", "asante", planned=True),
            expect("2025-02-11", "penford", planned=True),
            expect("2025-02-22", "stallbridge", planned=True),
            expect("2023-01", "orme", "join"),
            expect("1998", "title"),
            expect("2000", "relegat"),
            expect("2019", "return"),
        ),
    ),
    Text(
        "brandt-pianos-history",
        "company history",
        None,
        """Brandt Pianoforte - Our history

Elias Brandt, a cabinetmaker, founded the firm in 1887 in a rented workshop on Quay Street
in Hallstedt, repairing square pianos for the town's music teachers. Around 1895 he began
to build upright pianos of his own design, with a cast-iron frame he patented himself.

In 1910 the firm moved to a larger works at Osterfeld, and the following year it exported
its first instruments, to a dealer in Buenos Aires. From 1940 to 1945 the works were
requisitioned to make aircraft parts, and piano making stopped entirely.

Elias's granddaughter Hilde Brandt led the company from 1958 to 1991. She introduced the
Model 275 concert grand and the anniversary series Opus 1887, both still in the catalogue.

Since 2004 Brandt has been part of the Korvel group, while keeping its own workshops and
its name. Every instrument is still voiced by hand, and every autumn the firm hosts a
competition for young pianists in its recital hall.

A new concert grand, the D-9, is to be launched in 2026, the first entirely new Brandt
design since 1972.

Visit our showroom: Werkstrasse 12, Osterfeld. Open Monday to Saturday.""",
        (
            expect("1887", "found"),
            expect("1895~", "upright"),
            expect("1910", "osterfeld"),
            expect("1911", "export"),
            expect("1940/1945", "requisition"),
            expect("1958/1991", "hilde"),
            expect("2004/..", "korvel"),
            expect("2026", "grand", "launch", planned=True),
        ),
    ),
    Text(
        "argo-3-mission",
        "mission summary",
        date(2024, 7, 3),
        """ARGO-3 - Mission summary
Vesterland Space Agency | Last updated: 3 July 2024

Mission type: comet rendezvous and lander
Target: comet 88P/Halden
Launch mass: 2,140 kg

ARGO-3 was launched on 14 March 2019 on a Corvus-5 rocket from the Skarholm range. To gain
speed it flew past Earth on 2 April 2020 and past Mars on 19 September the following year.

The spacecraft arrived at comet 88P/Halden on 7 August 2023 and released its 96 kg lander,
Pip, on 30 October. Pip bounced twice before settling in a shadowed pit and sent data for
roughly 60 hours before its battery ran out. It was the first landing on a comet since
2014. Contact with Pip was briefly regained around 12 January 2024, when sunlight reached
its panels.

The orbiter's primary science phase ran from November 2023 to June 2024. It mapped the
whole nucleus at 30 cm resolution and sampled dust from 14 outbursts.

Extended mission
The comet will pass perihelion on or about 20 February 2025, and the orbiter will follow it
through its most active period. Operations are planned to end no later than 31 December
2026, when ARGO-3 will be steered into the nucleus.

Contact: science.office@vsa.example""",
        (
            expect("2019-03-14", "launch"),
            expect("2020-04-02", "earth"),
            expect("2021-09-19", "mars"),
            expect("2023-08-07", "arriv"),
            expect("2023-10-30", "pip", "releas"),
            expect("2024-01-12~", "contact"),
            expect("2023-11/2024-06", "science"),
            expect("2025-02-20~", "perihelion", planned=True),
            expect("../2026-12-31", "operations", "end", planned=True),
        ),
    ),
    Text(
        "marran-flood-statement",
        "government statement",
        date(2025, 1, 27),
        """MINISTERIAL STATEMENT
Hon. Pita Lorensen MP, Minister for Water and Emergency Recovery
Monday 27 January 2025

Marran Valley flood recovery

The floods that struck the Marran Valley on 11 January were the worst in the valley since
1955. Four people lost their lives, and more than 2,600 homes were damaged.

Since 13 January, more than 400 defence personnel have been deployed to help with the
clean-up, and they will stay for as long as councils need them.

On 15 January the Government announced a first relief package of $40 million. Today I am
announcing a second package of $65 million, which will fund household grants, repairs to
local roads and support for farmers who have lost stock.

Applications for household grants of up to $10,000 will open on Monday 3 February and close
no later than 28 March. Grants are paid under the Disaster Assistance Act 2011, and no
household will need to repay them.

The Marran levee system, built in 1974, held in most places but failed at Denholm and Rye
Crossing. I have asked an independent review to examine its design and upkeep and to report
by 30 June 2025.

I thank the volunteers, the emergency services and the people of the valley.

Media contact: Rangi Holt, 04 555 0192, media@water.govt.example""",
        (
            expect("2025-01-11", "flood"),
            expect("2025-01-13/..", "personnel", "deploy"),
            expect("2025-01-15", "first", "package"),
            expect("2025-01-27", "second", "package"),
            expect("2025-02-03", "applications", "open", planned=True),
            expect("../2025-03-28", "applications", "close", planned=True),
            expect("1974", "levee", "built"),
            expect("../2025-06-30", "review", "report", planned=True),
        ),
    ),
    Text(
        "harwell-tram-extension",
        "HTML news page",
        date(2024, 3, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council backs tram extension to Eastgate | Harwell Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Council backs tram extension to Eastgate</h1>
<p class="byline">By Mira Salo, transport reporter &middot;
<time datetime="2024-03-12">12 March 2024</time></p>
<p>Harwell city councillors voted 31-14 on Monday night to approve a 4.2 km extension of
the tram line from Central Station to Eastgate, ending almost ten years of debate.</p>
<p>A public consultation on the route ran from 8 January to 16 February and drew 3,800
responses. Opponents, led by the Eastgate Traders' Association, have until Friday to ask
for a judicial review.</p>
<p>Construction is expected to begin in early 2025, and the extension is planned to open in
December 2027, council transport chief Ellis Ward said.</p>
<p>The council first proposed the extension in about 2015. The city's first tram line
opened on 4 May 1998 and was extended to the university in 2006. Ridership fell 12 per cent
in 2023, the steepest drop since 2009, which opponents cite as proof that the extension is
not needed.</p>
</article>
<footer><p>&copy; 2024 Harwell Courier Ltd. Contact the newsroom:
news@harwellcourier.example</p></footer>
</body>
</html>""",
        (
            expect("2024-03-11", "tram", "approv"),
            expect("2024-01-08/2024-02-16", "consultation"),
            expect("../2024-03-15", "judicial", "review", planned=True),
            expect("2027-12", "extension", "open", planned=True),
            expect("2015~", "proposed"),
            expect("1998-05-04", "line", "open"),
            expect("2006", "university"),
            expect("2023", "ridership"),
        ),
    ),
    Text(
        "kesh-river-ice",
        "river ice report",
        date(2025, 3, 20),
        """NORTHERN RIVERS FORECAST CENTRE
RIVER ICE CONDITIONS REPORT No. 09/2025
Issued: 08:00 Thursday 20 March 2025
Basin: Kesh River and tributaries

SUMMARY
Break-up is under way on the middle Kesh. Break-up began at Tolbert (station 05KJ001) on
Tuesday, about eight days earlier than the long-term median.

An ice jam formed below Hallet Bridge on Wednesday afternoon and raised the water level at
the Hallet gauge by 1.4 m in six hours. A flood watch has been in effect for Hallet and Rye
Flats since Wednesday. The jam released early this morning and levels are now falling.

The Ostby ice road was closed to all traffic on 7 March.

CONDITIONS BY REACH
Upper Kesh (above Tolbert): solid ice cover, 55-70 cm. Ice cover at Marrow Lake is expected
to clear around 5 April.

Middle Kesh (Tolbert to Hallet): open leads, moving ice, ice piled on banks to 3 m.

Lower Kesh (below Hallet): freeze-up on the lower Kesh was recorded on 27 November 2024, and
the ice reached its maximum thickness of 86 cm at Ferrin on 14 February 2025. Break-up on
this reach is forecast to begin on or about 28 March.

Residents of low-lying areas should keep away from river banks.
Duty hydrologist: 1-800-555-0163""",
        (
            expect("2025-03-18", "break", "tolbert"),
            expect("2025-03-19", "jam", "formed"),
            expect("2025-03-19/..", "flood", "watch"),
            expect("2025-03-20", "jam", "released"),
            expect("2025-03-07", "road", "closed"),
            expect("2025-04-05~", "marrow", planned=True),
            expect("2024-11-27", "freeze"),
            expect("2025-02-14", "thickness"),
            expect("2025-03-28~", "break", "lower", planned=True),
        ),
    ),
    Text(
        "marlow-bay-netball-carnival",
        "netball tournament report",
        date(2024, 7, 3),
        """MARLOW BAY NETBALL ASSOCIATION
Club news - Wednesday 3 July 2024

Kestrels take Open title at Winter Carnival

The 2024 Winter Carnival was held at the Marlow Bay Sports Centre from 28 to 30 June, with
46 teams from 12 clubs playing on eight courts.

In Sunday's Open final, Kestrels beat Harbour Blues 41-38 after trailing by five goals at
half-time, their first Open title since 2016. Goal shooter Tayla Ruhe scored 29 from 33
attempts and was named player of the final.

The Under-15 final on Saturday was just as close: Southside Swifts edged Marlow Bay Juniors
22-21 with a goal in the last minute.

Thank you to the 38 volunteer umpires and to the canteen crew, who served more than 900
pies over the weekend.

Coming up
- A level-one umpiring course will be held on Saturday 13 July at the clubrooms.
- Team nominations for the spring competition close by 26 July.
- Courts 4-6 will be resurfaced in August; games will be moved to courts 1-3.
- Training continues every Tuesday and Thursday from 6 pm.

The Association was founded in 1957 by four church teams and now has more than 700 members.

Enquiries: secretary@marlowbaynetball.example""",
        (
            expect("2024-06-28/2024-06-30", "carnival"),
            expect("2024-06-30", "open", "final"),
            expect("2024-06-29", "under-15", "final"),
            expect("2024-07-13", "umpir", "course", planned=True),
            expect("../2024-07-26", "nominations", planned=True),
            expect("2024-08", "resurfac", planned=True),
            expect("1957", "found"),
        ),
    ),
    Text(
        "brackenridge-solar-approval",
        "solar farm approval release",
        date(2024, 10, 2),
        """MEDIA RELEASE
Department of Planning and Environment, Haverly Region
Wednesday 2 October 2024

Brackenridge Solar Farm approved

Planning Minister Sione Aldous today approved the 240-megawatt Brackenridge Solar Farm near
Coomber, which will supply enough electricity for about 95,000 homes.

The project, proposed by Gannet Renewables, was lodged with the Department in August 2022
and exhibited for public comment from 6 March to 3 April 2023, drawing 412 submissions. The
Independent Planning Panel held a public hearing in Coomber on 19 June 2024 and recommended
approval, with conditions, on 28 August.

Gannet expects construction to start in March 2025, with first power around October 2026.
About 300 jobs will be created during construction.

"This project puts clean energy on land that will still be grazed," Mr Aldous said.

The approval lapses if work has not started by 2 October 2029. Conditions include a
20-metre vegetation screen along Coomber Road and a plan to graze sheep under the panels.

Brackenridge is the region's eleventh large-scale solar farm to be approved since 2017.

Media: Kira Delaney, 0455 555 218""",
        (
            expect("2024-10-02", "solar", "approv"),
            expect("2022-08", "lodged"),
            expect("2023-03-06/2023-04-03", "exhibit"),
            expect("2024-06-19", "hearing"),
            expect("2024-08-28", "recommend"),
            expect("2025-03", "construction", planned=True),
            expect("2026-10~", "first", "power", planned=True),
            expect("../2029-10-02", "approval", "lapse", planned=True),
        ),
    ),
    Text(
        "venn-governess-letters",
        "governess's letters of the 1860s",
        None,
        """Letters of Miss Harriet Venn, governess, to her sister Louisa
(Transcribed from the Venn family papers.)

I.
Wrexley Hall, Shropshire,
3rd October 1863.

My dearest Lou,
I arrived here safely on the 28th of September, after a wretched journey by way of
Shrewsbury. Mrs Ashdown tells me the family goes up to London on or about the 20th of
November, and that I am to go with them. My pupils are Clara, who was born in 1851, I
think, though her mother will not say, and little Edith, who is nine.
Your loving sister, Harriet

II.
Wrexley Hall,
2nd February 1864.

Dear Lou,
We returned from London on the 24th of January, and I was never so glad to see a field.
Poor Nurse Platt died on the 30th, very quietly, and the children are much cast down.
Mr Ashdown has engaged a drawing master, a Mr Pell from Ludlow, who is to come on the 15th
of this month, so I shall have two afternoons a week to myself. We walk to church every
Sunday in all weathers.
Ever your Harriet

III.
Marine Parade, Brighton,
9th August 1865.

Dearest Lou,
Mrs Ashdown has given me notice. Clara is to go to school in Paris in October, and my
engagement ends on the 29th of September. I have written to the Governesses' Benevolent
Institution, established in 1843 and a true friend to women in my position, and I have
hopes of a place in Bath.
Your affectionate sister, H. V.""",
        (
            expect("1863-09-28", "arriv"),
            expect("1863-11-20~", "london", planned=True),
            expect("1851?", "clara", "born"),
            expect("1864-01-24", "return", "london"),
            expect("1864-01-30", "platt"),
            expect("1864-02-15", "drawing", "master", planned=True),
            expect("1865-10", "clara", "school", planned=True),
            expect("1865-09-29", "engagement", "end", planned=True),
            expect("1843", "institution"),
        ),
    ),
    Text(
        "lenmoor-grebe-count",
        "great crested grebe count",
        date(2024, 9, 22),
        """LENMOOR BIRD CLUB
Great Crested Grebe Count - September 2024
Posted 22 September 2024 by Owen Carrick, county recorder

Sixteen counters covered all three basins of the Lenmoor reservoirs on Sunday 15 September
2024 for this year's autumn count. They recorded 212 adults and 37 juveniles, up from 168
adults last September and the highest total for thirteen years.

Breeding went well this year. A pair on Upper Basin was seen nest-building on about
2 April, and the first striped young were noted on 19 May. At least 14 pairs raised young,
against a ten-year average of nine. Sailing on Upper Basin has been suspended since 1 March
to protect the nesting birds, and we thank Lenmoor Sailing Club for its support.

Counters who have not yet sent in their forms should send them to the recorder no later
than 30 September. The winter count will be held on Sunday 19 January 2025; new counters
are welcome and will be paired with an experienced one.

Counts are made on the Sunday nearest the middle of each month from September to March.

Grebes first bred at Lenmoor in 1974, three years after the reservoir was flooded. This
year's 212 adults make it the best autumn since 1996.

Recorder: Owen Carrick, 01632 960 881, grebes@lenmoorbirds.example""",
        (
            expect("2024-09-15", "count"),
            expect("2024-04-02~", "nest"),
            expect("2024-05-19", "young"),
            expect("2024-03-01/..", "sailing", "suspend"),
            expect("../2024-09-30", "forms", planned=True),
            expect("2025-01-19", "winter", "count", planned=True),
            expect("1974", "bred"),
            expect("1971", "reservoir", "flood"),
        ),
    ),
    Text(
        "sallow-toll-bridge",
        "toll bridge's history",
        None,
        """Sallow Bridge

Sallow Bridge is a five-arch stone toll bridge over the river Wenn between Sallow Ferry and
Hemsby, carrying the B4417. Under the Sallow Bridge Act 1792, a body of trustees was
empowered to borrow money for the work and to charge tolls to repay it.

Work began in about 1794 to a design by the mason Thomas Garland, and the bridge opened to
traffic on 1 June 1797. A flood in January 1809 carried away two arches; they had been
rebuilt by 1811, at a cost of £4,300.

The tolls, 1d for a person on foot and 6d for a carriage, were collected at a tollhouse on
the Hemsby bank. The county council bought the bridge from the trustees on 1 April 1951,
and tolls were abolished the following year. The tollhouse has been a listed building since
1972 and is now a small museum, open on summer weekends.

Restoration of the parapets, damaged by a lorry, is planned for 2026.

Further reading: M. Garland, The Bridges of the Wenn (Hemsby, 1988).""",
        (
            expect("1794~", "work", "began"),
            expect("1797-06-01", "open"),
            expect("1809-01", "flood"),
            expect("../1811", "rebuilt"),
            expect("1951-04-01", "council", "bought"),
            expect("1952", "tolls", "abolish"),
            expect("1972/..", "listed"),
            expect("2026", "parapets", planned=True),
        ),
    ),
    Text(
        "library-renewal-fund-statement",
        "culture minister's library funding statement",
        date(2025, 4, 23),
        """Department for Culture, Heritage and Sport
Statement by the Minister for Culture, Amaya Correll MP
23 April 2025

£18 million to renew public libraries

Today I am confirming £18 million for a second round of the Library Renewal Fund, which
will help councils modernise branch libraries, extend opening hours and replace ageing
computers.

Libraries are busier than ever. Visits rose by 9 per cent last year, and the Hallam Street
library in Dunmere, which reopened on Saturday after a £600,000 refurbishment, had more
than 2,000 visitors on its first day.

Bids for the second round open on Tuesday 6 May and must be submitted by 4 July.
Successful bids will be announced in October. For the first time since 2003, libraries run
by volunteers will be able to apply in their own right.

The first round of the fund, launched in March 2022, has already supported 64 branch
libraries. Public libraries remain a statutory duty of councils under the Public Libraries
and Museums Act 1964, and this Government will not let that duty become a dead letter.

Press office: 020 7946 0321 (out of hours 07700 900418)""",
        (
            expect("2025-04-23", "second", "round"),
            expect("2024", "visits"),
            expect("2025-04-19", "hallam"),
            expect("2025-05-06", "bids", "open", planned=True),
            expect("../2025-07-04", "bids", planned=True),
            expect("2025-10", "successful", "bids", planned=True),
            expect("2022-03", "first", "round"),
        ),
    ),
    Text(
        "fernley-pool-timetable",
        "swimming pool HTML timetable changes page",
        date(2024, 12, 4),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Timetable changes - Fernley Leisure Pool</title></head>
<body>
<header><p>Fernley Leisure Trust &middot; Fernley Leisure Pool, Station Road &middot;
01632 960 512</p></header>
<main>
<h1>Timetable changes</h1>
<p class="updated">Last updated: Wednesday 4 December 2024</p>
<p>The main pool reopened on Monday after repairs to the boiler. Thank you for your
patience.</p>
<h2>Coming up</h2>
<ul>
<li><strong>Friday:</strong> lane swimming will finish at 18:00 because of the Fernley
Otters club gala.</li>
<li><strong>9-13 December:</strong> the learner pool will be closed for retiling.</li>
<li><strong>Christmas:</strong> the centre will be closed on 25 and 26 December.</li>
<li><strong>From Monday 6 January 2025:</strong> Aquafit moves from Wednesday evenings to
Tuesday mornings at 10:00.</li>
</ul>
<h2>Regular sessions</h2>
<p>Parent and toddler: every Saturday 09:00-10:00. Over-60s: Monday to Friday
11:00-12:00.</p>
<h2>About the pool</h2>
<p>The pool opened in 1976 and was refurbished in 2008. It has a 25 m main pool with six
lanes and a learner pool.</p>
</main>
<footer><p>&copy; 2024 Fernley Leisure Trust. Registered charity no. 1092245.</p></footer>
</body>
</html>""",
        (
            expect("2024-12-02", "main", "pool", "reopen"),
            expect("2024-12-06", "lane", "swimming", planned=True),
            expect("2024-12-09/2024-12-13", "learner", "pool", planned=True),
            expect("2024-12-25", "closed", planned=True),
            expect("2024-12-26", "closed", planned=True),
            expect("2025-01-06/..", "aquafit", planned=True),
            expect("1976", "open"),
            expect("2008", "refurbish"),
        ),
    ),
    Text(
        "copper-kettle-licensing-appeal",
        "licensing appeal decision",
        None,
        """IN THE MARLBURY MAGISTRATES' COURT
Licensing Act 2003, section 181 and Schedule 5
Appeal ref: LA/2024/031

BETWEEN
COPPER KETTLE BARS LIMITED (Appellant)
and
MARLBURY DISTRICT COUNCIL (Respondent)
and
CHIEF CONSTABLE OF WESTSHIRE POLICE (Interested party)

DECISION

1. Copper Kettle Bars Limited has held the premises licence for The Copper Kettle, 22 Mill
Street, Marlbury, since 2015. The licence permitted the sale of alcohol until 01:00 on
Fridays and Saturdays.

2. An incident on or about 2 December 2023, in which a customer was seriously injured
outside the premises, led the police to apply for a review of the licence on 12 February
2024.

3. The council's licensing sub-committee heard the review on 27 March 2024 and revoked the
licence. The appellant lodged notice of appeal on 15 April 2024.

4. We heard the appeal on 3 September 2024, with evidence from two police officers, the
designated premises supervisor and three local residents.

5. The appeal is allowed in part. The revocation is set aside and the licence is
reinstated, but from 1 October 2024 the terminal hour for the sale of alcohol will be 23:30
on every day. The appellant must install a CCTV system covering the entrance no later than
31 October 2024. There is no order as to costs.

District Judge (Magistrates' Courts) A. Pennington""",
        (
            expect("2015/..", "premises", "licence"),
            expect("2023-12-02~", "incident"),
            expect("2024-02-12", "police", "review"),
            expect("2024-03-27", "revok"),
            expect("2024-04-15", "appeal", "lodge"),
            expect("2024-09-03", "appeal", "hear"),
            expect("2024-10-01/..", "terminal", "hour", planned=True),
            expect("../2024-10-31", "cctv", planned=True),
        ),
    ),
    Text(
        "tarrant-hale-ropemakers",
        "rope maker's history",
        None,
        """Tarrant & Hale, Saltmouth - a short history

The ropewalk on Lanyard Lane was laid out in about 1743 by the shipwright Abel Tarrant, on a
strip of marsh beside the harbour. At 400 yards it was long enough to make a full cable in
one piece.

His son John Tarrant took over the walk in 1781, and in 1819 John's son William went into
partnership with the sailmaker Edward Hale, giving the firm its present name. During the
French wars the firm won contracts to supply cable to the Navy Board in 1805, 1809 and
1812.

Steam-driven spinning machinery was installed in 1868, and the business was incorporated as
Tarrant & Hale Ltd in 1899. Like most ropeworks it turned to synthetic fibres after the
Second World War, but since 1987 it has made only natural-fibre ropes, in hemp, manila and
sisal, mostly for museums and heritage ships.

The firm is now making 6 km of rigging for the restored brig Marten, to be delivered by the
end of 2025, and plans to open a visitor centre in spring 2026.

The ropewalk is open to visitors Tuesday to Saturday, 10:00-16:00.
Group tours: 01632 960 227.""",
        (
            expect("1743~", "ropewalk"),
            expect("1781", "john", "tarrant"),
            expect("1819", "partnership"),
            expect("1805", "navy"),
            expect("1809", "navy"),
            expect("1812", "navy"),
            expect("1868", "steam"),
            expect("1899", "incorporat"),
            expect("1987/..", "natural"),
            expect("../2025", "marten", planned=True),
        ),
    ),
    Text(
        "felsham-gardening-outings",
        "gardening club's outings list",
        date(2025, 2, 20),
        """FELSHAM & DISTRICT GARDENING CLUB
Outings 2025
Newsletter, Thursday 20 February 2025 - compiled by Jean Marsh, outings secretary
(tel. 01632 960 774)

Thursday 17 April - Coach trip to Ashcombe Manor to see the tulip borders. The coach leaves
the Green at 9.00. £28 including entry.

Saturday 10 May - Plant sale at the village hall, 10.00-12.00. Please label your plants.

Wednesday 11 to Friday 13 June - Three-day tour of gardens in Cornwall, staying in Truro.
A deposit of £50 must reach Jean by 31 March, please.

Late July - Evening visit to a member's garden (to be arranged).

Wednesday 3 September - Guided walk round the Norcott allotments, which were founded in
1921 and now have 140 plots. Stout shoes advised.

Meetings are held on the second Tuesday of each month at 7.30 pm in the village hall.

A reminder that our outings last year ended early: the visit to Penhale gardens on 12 June
2024 was cancelled because of flooding on the main road. Refunds have all been paid.""",
        (
            expect("2025-04-17", "ashcombe", planned=True),
            expect("2025-05-10", "plant", "sale", planned=True),
            expect("2025-06-11/2025-06-13", "tour", "cornwall", planned=True),
            expect("../2025-03-31", "deposit", planned=True),
            expect("2025-09-03", "walk", planned=True),
            expect("1921", "allotments", "found"),
            expect("2024-06-12", "cancel"),
        ),
    ),
)
