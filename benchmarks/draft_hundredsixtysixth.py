"""The hundred-and-sixty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool. Twenty styles, one text
each: a wire story with a dateline, a press release, a court opinion, an encyclopedia
history, a sports report, a company history, a mission summary (space), a government
statement, an HTML news page, a heat dome outlook, a showjumping grand prix report, a
satellite launch contract release, a governess's diary of the 1860s, a glow-worm survey
report, a viaduct's history, an agriculture ministry drought aid statement, a library HTML
events page, a coroner's prevention of future deaths report, a pottery's history and a
cricket club's fixture card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "the following spring", "after Easter", "the
eighteenth century", "midweek") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYSIXTH_CORPUS",)


HUNDREDSIXTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-collapse",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORT ELSKAR, March 13 (Northwind Wire) - Skerrow Ferries, the operator that has run the
crossing to the Tarra islands for six decades, suspended all sailings on Wednesday, leaving
some 4,000 islanders without a scheduled link to the mainland.

The company filed for administration on Monday after its main lender, Coldharbour Bank,
refused to extend a credit line, administrators from the firm Brisk & Orme said.

Skerrow was founded in 1961 by a cooperative of island fishermen and was bought by the
Haldane shipping group in about 2008. Its two vessels, the Tarra Lass and the Skerrow Maid,
were built in 1979 and 1984 respectively. The regional ministry had warned in January that
the ageing fleet needed replacing. It is the largest collapse in the island transport
sector since 2019.

Brisk & Orme said it would hold a meeting of creditors on March 27. A replacement service
using the council's own launch is expected to begin by April 7, a council spokesman said,
and freight will move by chartered barge in the meantime. The council will seek emergency
funding from the ministry at a special meeting on Tuesday.

"People here cannot wait weeks for milk and medicine," said councillor Ingrid Vasey, whose
ward includes the three largest islands. Under the 2014 Island Transport Act the ministry
must secure a lifeline service, but it has not said how. The ferry sailed every two hours
in summer and carried about 190,000 passengers a year.

(Reporting by Petra Lund; Editing by Colm Reyes; +47 22 00 41 90)""",
        (
            expect("2025-03-12", "sailings", "suspend"),
            expect("2025-03-10", "administration"),
            expect("1961", "found"),
            expect("2008~", "haldane"),
            expect("1979", "tarra", "lass"),
            expect("1984", "skerrow", "maid"),
            expect("2025-01", "ministry", "warn"),
            expect("2025-03-27", "creditors", planned=True),
            expect("../2025-04-07", "replacement", planned=True),
            expect("2025-03-18", "funding", planned=True),
        ),
    ),
    Text(
        "calibration-centre-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Brightwell Instruments opens £12m calibration centre in Wakefield

LEEDS, UK - 4 June 2024 - Brightwell Instruments Ltd, the Leeds-based maker of precision
pressure gauges, today opened its new calibration centre on the Calder Park business
estate in Wakefield.

The 4,200 m2 centre, accredited to ISO/IEC 17025, will test and certify up to 80,000
instruments a year for customers in the energy, water and pharmaceutical sectors.
Construction began in March 2023, and the centre is to be fully operational by September.

The centre will be officially inaugurated on 19 June by the Mayor of Wakefield, Cllr
Denise Aubrey, at a ceremony for customers and staff.

"When my father started this business in a garage in Armley, he checked every gauge by
hand," said managing director Fiona Brightwell. "This centre lets us keep that standard at
a scale he could not have imagined."

Brightwell was founded in 1987 by Harold Brightwell. It moved to its current headquarters
in Leeds in 1994 and opened its first overseas office, in Rotterdam, the following year.
The company employs 310 people and expects to hire some 60 more technicians by December
2025.

ENDS

Notes to editors
Brightwell Instruments Ltd (company no. 02153987) designs and manufactures pressure and
temperature instruments for industrial users in 40 countries.

Media contact: Owen Carr, +44 113 496 0721, press@brightwell-instruments.example""",
        (
            expect("2024-06-04", "calibration", "centre"),
            expect("2023-03", "construction"),
            expect("../2024-09", "operational", planned=True),
            expect("2024-06-19", "inaugurat", planned=True),
            expect("1987", "found"),
            expect("1994", "headquarters"),
            expect("1995", "rotterdam", "office"),
            expect("../2025-12", "hire", "technicians", planned=True),
        ),
    ),
    Text(
        "kell-v-halverson",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT, DIVISION FOUR

HALVERSON PROPERTIES LLC, Plaintiff and Respondent,
v.
DORSEY KELL, Defendant and Appellant.

B318842 (Lanford County Super. Ct. No. 22CV01975)

APPEAL from a judgment of the Superior Court of Lanford County, Miriam Osei, Judge.
Reversed and remanded.

Appellant Dorsey Kell leased a warehouse from respondent Halverson Properties LLC. After
part of the roof collapsed, Kell stopped paying rent and left. Halverson sued for the
unpaid rent, and the trial court granted it summary judgment. We conclude that triable
issues of fact remain as to whether the premises were untenantable, and reverse.

FACTUAL AND PROCEDURAL BACKGROUND

On or about April 14, 2021, Kell signed a five-year lease of a 9,000-square-foot warehouse
at 1120 Fremont Road. The term began on May 1. Under section 12 of the lease, Halverson was
responsible for "the roof, structure and exterior walls."

In September 2021, after heavy rain, a section of the roof above the loading bay collapsed.
Kell notified Halverson in writing on September 17, 2021, and again on October 5. He made
his last rent payment on October 1 and vacated the premises on or about December 3, 2021.

Halverson filed this action on March 2, 2022, seeking $214,500 in rent for the remainder of
the term. On January 11, 2023, the trial court granted Halverson's motion for summary
judgment, reasoning that Kell had waived any defense under section 12. Kell timely appealed.

DISCUSSION

A commercial tenant may be relieved of the duty to pay rent where the landlord's breach
renders the premises unfit for the use for which they were let. (Aldrich v. Fenmore (1987)
190 Wm.App.3d 412, 419.) Whether the loading bay could be used after the collapse is
disputed on this record.

DISPOSITION

The judgment is reversed and the matter is remanded for further proceedings. Kell shall
recover his costs on appeal.

MARLOWE, J.
We concur: PRIESTLEY, P. J.  DUARTE, J.""",
        (
            expect("2021-04-14~", "lease"),
            expect("2021-05-01", "term", "began"),
            expect("2021-09", "roof", "collapse"),
            expect("2021-09-17", "notif"),
            expect("2021-10-05", "notif"),
            expect("2021-10-01", "rent", "payment"),
            expect("2021-12-03~", "vacat"),
            expect("2022-03-02", "action"),
            expect("2023-01-11", "summary", "judgment"),
        ),
    ),
    Text(
        "valdmark-history",
        "encyclopedia history",
        None,
        """Valdmark

Valdmark is a small market town in the district of Oster Heide, on the left bank of the
river Selde. It has a population of about 14,000, roughly what it was in 1911.

History

The settlement is first mentioned in a charter of the abbey of Saint Rulf, c. 1140, which
lists "Valdemarch" among the abbey's tithe villages. Count Eberhard III granted it market
rights in 1297, and it received a town wall in the following century.

Much of the medieval town was destroyed by a fire, probably in 1536, after which the parish
church of St Gertrud was rebuilt in stone. Since 1555 Valdmark has been the seat of the
district court. The town was plundered by passing troops in 1632 and lost almost half of
its houses.

Industrialisation came late. The railway from Lenzburg reached the town in 1868, and a
branch line to the quarries at Hollendorf opened in 1874. The quarries, which employed up
to 600 men, remained the largest employer until the 1960s.

The old town hall, damaged in an air raid in March 1945, was rebuilt between 1949 and 1953
to the plans of the architect Ilse Brandauer. In the municipal reform of 1974 the villages
of Hollendorf and Brest were incorporated into the town.

See also
- List of towns in Oster Heide
- Selde Valley Railway

References
1. Stadtarchiv Valdmark, Urk. 1140/2.
2. Kessler, H. (1988). Valdmark: Stadt und Amt. Oster Heide Verlag, pp. 12-57.""",
        (
            expect("1140~", "mention"),
            expect("1297", "market"),
            expect("1536?", "fire"),
            expect("1555/..", "court"),
            expect("1632", "plunder"),
            expect("1868", "railway"),
            expect("1874", "branch"),
            expect("1945-03", "air", "raid"),
            expect("1949/1953", "town", "hall"),
            expect("1974", "incorporat"),
        ),
    ),
    Text(
        "rovers-beat-millbrook",
        "sports report",
        date(2024, 11, 17),
        """Pell double lifts Rovers off the bottom

By Dan Ashworth | Sunday 17 November 2024

Harbour Rovers 3 Millbrook Athletic 1

Jonas Pell scored twice as Harbour Rovers beat Millbrook Athletic at the Quayside Ground on
Saturday and climbed off the foot of the Southern Counties League for the first time this
season.

Pell, signed from Eastmoor in January, opened the scoring after 12 minutes with a low
drive from the edge of the area. He had also scored in Wednesday's 2-2 draw at Tarnby.

Millbrook levelled five minutes before half-time through Callum Hare, but Kane Obi restored
the lead early in the second half and Pell headed a third from a corner in the 78th
minute. It was Rovers' first home win since August and their biggest margin of victory
over Millbrook since 2011. A crowd of 2,014 watched.

Manager Ruth Calloway, appointed on 2 October after Gary Minns was sacked, said: "We have
been knocking on the door for weeks. Today the lads kicked it down." Winger Alfie Brook,
who missed the game with a hamstring strain, is expected to be fit again by 1 December.

Rovers travel to Eastfield on Saturday 23 November, and the FA Trophy replay against
Wellbury is scheduled for Tuesday 3 December.

Harbour Rovers: Dale; Rudd, Amos, Keyes, Finch; Obi, Marr, Tully; Gough (Neame 70), Pell,
Bright. Subs not used: Lowe, Cato.
Millbrook Athletic: Stone; Vance, Hare, Oyelaran, Quint; Pike, Moss, Fenn; Ruiz, Adey,
Lusk.
Referee: Martin Coyle.""",
        (
            expect("2024-11-16", "rovers", "millbrook"),
            expect("2024-01", "pell", "sign"),
            expect("2024-11-13", "draw", "tarnby"),
            expect("2024-10-02", "calloway", "appoint"),
            expect("../2024-12-01", "brook", "fit", planned=True),
            expect("2024-11-23", "eastfield", planned=True),
            expect("2024-12-03", "replay", planned=True),
        ),
    ),
    Text(
        "ostrander-biscuits-history",
        "company history",
        None,
        """Our history

Ostrander & Sons was founded in 1884 by the baker Cornelius Ostrander, who sold ginger
biscuits from a shop on Mill Street in Dunmere. Demand grew quickly, and in about 1902 the
family moved production to a steam bakery beside the canal at Kettlewick.

The business became a limited company in 1919 and was listed on the Northern Stock
Exchange in 1936. Its best-known product, the Kettlewick Crumb, had been launched in 1927,
and it is still baked to the original recipe.

After the war Ostrander looked abroad. It opened sales depots in Hamburg, Lyon and Oslo in
1951, 1953 and 1958 respectively, and for a time exported more than half of what it baked.
Sales last year were the highest since 1974.

Since 1998 the company has been owned by the Varga family trust, which has kept the
Ostrander name and the Kettlewick site. Today Ostrander employs 540 people and bakes some
90 million biscuits a year, and every employee still receives a tin of Crumbs each
Christmas.

A new bakery on the Kettlewick Park estate is due to open in 2026, doubling capacity and
bringing 120 new jobs to the town.

Ostrander & Sons Ltd, Canal Bakery, Kettlewick KW4 2HB. Registered in England no. 00157221.""",
        (
            expect("1884", "found"),
            expect("1902~", "kettlewick"),
            expect("1919", "limited", "company"),
            expect("1936", "listed"),
            expect("1927", "crumb", "launch"),
            expect("1951", "depot", "hamburg"),
            expect("1953", "depot", "lyon"),
            expect("1958", "depot", "oslo"),
            expect("1998/..", "varga"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "lantern-2-summary",
        "mission summary (space)",
        date(2025, 2, 12),
        """LANTERN-2 - MISSION SUMMARY
Continental Space Agency | Mission ID CSA-2019-007 | Last updated: 12 February 2025

Lantern-2 is the agency's first comet rendezvous mission. It consists of an orbiter and a
small lander, Wick, and was built to study the nucleus of comet 87P/Harrowgate as it
approached the Sun.

Key facts
Launch mass: 3,140 kg | Launcher: Corvus-5 | Launch site: Tevrin Spaceport

Cruise
Lantern-2 was launched on 14 March 2019. It flew past Earth on 2 April 2020 and past Mars
on 11 February 2021, using both planets' gravity to reach the comet's orbit.

At the comet
The orbiter entered orbit around 87P on 9 August 2022 and released Wick on 21 November.
The lander touched down in a shadowed hollow and sent back 212 images; contact with Wick
was lost some three days later, when its batteries ran out. The comet passed perihelion on
17 June 2023, with the orbiter at a safe distance of 310 km.

Extended mission
In June 2024 the agency extended the mission. Since 3 January the orbiter has been working
in a reduced mode after the failure of one of its four reaction wheels, but it continues to
return data twice a week.

The mission is scheduled to end with a controlled descent onto the nucleus on 30 September
2025, when the comet will be too far from the Sun for the solar panels to power the
spacecraft.

Contact: Lantern-2 project office, ops-lantern@csa.example""",
        (
            expect("2019-03-14", "launch"),
            expect("2020-04-02", "earth"),
            expect("2021-02-11", "mars"),
            expect("2022-08-09", "orbit"),
            expect("2022-11-21", "wick", "release"),
            expect("2022-11-24~", "contact", "lost"),
            expect("2023-06-17", "perihelion"),
            expect("2024-06", "extend"),
            expect("2025-01-03/..", "reduced", "mode"),
            expect("2025-09-30", "descent", planned=True),
        ),
    ),
    Text(
        "calder-bridge-statement",
        "government statement",
        date(2024, 5, 21),
        """Department for Infrastructure
Statement by the Minister for Infrastructure, Aileen Ferrow, on the Calder Bridge
Tuesday 21 May 2024

On Friday I took the decision to close the Calder Bridge to all traffic with immediate
effect. I want to set out why, and what happens next.

A routine inspection carried out on 14 May found corrosion in two of the bridge's main
bearings, more serious than engineers had expected. The bridge, which opened in 1972 and
carries some 38,000 vehicles a day, has been inspected every six months since a weight
limit was imposed in 2015.

I know the closure is causing real hardship. Additional bus services started yesterday on
the diversion route through Westbank. A temporary passenger ferry will start on Monday,
running between Calder Quay and Westbank every 20 minutes, free of charge.

Engineers from the department and from the consultants Pryor Halden are to report to me by
30 June on whether the bearings can be repaired or must be replaced. I have asked that the
repairs, whatever form they take, be completed no later than 31 March 2025.

I will visit the site on Thursday with local representatives and business owners.

This statement is made under section 42 of the Roads Act 1993.

Ends

Press office: 0300 200 7814 | press@infrastructure.example""",
        (
            expect("2024-05-17", "close"),
            expect("2024-05-14", "inspection"),
            expect("1972", "open"),
            expect("2015", "weight", "limit"),
            expect("2024-05-20", "bus"),
            expect("2024-05-27", "ferry", planned=True),
            expect("../2024-06-30", "report", planned=True),
            expect("../2025-03-31", "repairs", planned=True),
            expect("2024-05-23", "visit", planned=True),
        ),
    ),
    Text(
        "fennick-museum-reopens",
        "HTML news page",
        date(2025, 1, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fennick Museum reopens after two-year refit | Dunmere Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Fennick Museum reopens after two-year refit</h1>
<p class="byline">By Sarah Quill &middot;
<time datetime="2025-01-08T09:14">8 January 2025, 09:14</time></p>
<p>The Fennick Museum in Dunmere reopened to the public on Tuesday after a &pound;7.4m
refurbishment, with more than 600 visitors queuing in the rain before the doors opened.</p>
<p>The museum closed in October 2022 so that its Victorian galleries could be rewired and a
lift installed. Work started the following spring and was delayed by the discovery of
asbestos in the roof. The refit was paid for largely by a lottery grant awarded in
2021.</p>
<p>The building opened in 1889 as the Dunmere Free Library and Museum. Its benefactor, the
mill owner Josiah Fennick, died in around 1931, leaving his collection of clocks to the
town.</p>
<p>The east wing, which will house the clock collection, is to open on 14 March. A late
opening with music and talks is planned for January 24.</p>
<p>&ldquo;People have waited a long time for this,&rdquo; said curator Imogen Hale.</p>
</article>
<aside><h2>Related</h2>
<ul><li><a href="/news/fennick-clocks">The clocks that kept Dunmere on time</a></li></ul>
</aside>
<footer>&copy; 2025 Dunmere Courier Ltd</footer>
</body>
</html>""",
        (
            expect("2025-01-07", "reopen"),
            expect("2022-10", "close"),
            expect("2021", "grant"),
            expect("1889", "library"),
            expect("1931~", "fennick", "die"),
            expect("2025-03-14", "east", "wing", planned=True),
            expect("2025-01-24", "late", "opening", planned=True),
        ),
    ),
    Text(
        "heat-dome-outlook",
        "heat dome outlook",
        date(2024, 7, 15),
        """HEAT OUTLOOK - ISSUED MONDAY 15 JULY 2024, 11:00
Meridian Weather Service - Long-range desk
Valid: 16-25 July | Ref. MWS/LR/0715

HEADLINE
A heat dome is expected to bring a prolonged spell of very hot weather from midweek.

SUMMARY
High pressure building from the south-west will settle over the interior and trap warm
air beneath it. The hot spell is expected to last from 17 to 23 July, with the highest
temperatures on Friday, when 37-39C is possible in the Rennet valley. Nights will stay
above 22C in the cities.

WARNINGS
An amber heat-health alert comes into force at 09:00 on Tuesday for the Interior and Lower
Rennet regions. Wessington Water introduced a hosepipe ban on 1 July, and it remains in
place.

CONTEXT
The national record of 40.3C, set at Carrow on 19 July 2022, could be challenged. The last
heat dome of comparable strength, in August 2003, lasted nine days. June was the warmest
June since 1976, and soils are already dry.

BREAKDOWN
Confidence falls after 23 July. A thunderstorm breakdown is possible around 25 July, but
some model runs keep the heat until the end of the month.

ADVICE
Check on elderly neighbours, keep curtains closed during the day, and avoid strenuous
activity between 11:00 and 15:00. Forecasts are updated daily at 11:00.""",
        (
            expect("2024-07-17/2024-07-23", "hot", "spell", planned=True),
            expect("2024-07-19", "temperatures", planned=True),
            expect("2024-07-16", "alert", planned=True),
            expect("2024-07-01", "hosepipe", "ban"),
            expect("2022-07-19", "record"),
            expect("2003-08", "heat", "dome"),
            expect("2024-07-25~", "thunderstorm", planned=True),
        ),
    ),
    Text(
        "aldermoor-grand-prix",
        "showjumping grand prix report",
        date(2024, 9, 2),
        """Hartigan and Quillon land Aldermoor Grand Prix

By Fiona Dell | 2 September 2024

Irish rider Niamh Hartigan won the EUR 300,000 Aldermoor Grand Prix on Sunday, producing
the only double clear in a jump-off of seven with her 12-year-old mare Quillon.

Course designer Tomasz Wrobel built a 1.60m track of 13 obstacles, and the treble combination
at fence 10 caught out 17 of the 42 starters. Hartigan, drawn last in the jump-off, took
the inside line to the final oxer and stopped the clock in 38.21 seconds.

Hartigan, who finished second in this class in 2021 and 2022, bought Quillon as a
six-year-old in 2018. "She was green and spooky, but she always tried," she said. It was
the first Irish win in the Aldermoor Grand Prix since 1998.

Friday's speed class went to the Dutch rider Pim van Leeuw on Heraclio. The organisers said
the Grand Prix purse will rise to EUR 400,000 in 2025.

Hartigan's next target is the Nations Cup at Tervik, which starts on 20 September, and the
win qualifies her for the indoor final at Lindholm from 11 to 15 December.

Result
1 Niamh Hartigan (IRL) Quillon 0/0 38.21
2 Pim van Leeuw (NED) Cassius Z 0/0 39.04
3 Lea Forster (GER) Belladonna 0/4 36.90
4 Martin Achterberg (SUI) Quaestor 0/4 38.77""",
        (
            expect("2024-09-01", "hartigan", "win"),
            expect("2021", "second"),
            expect("2022", "second"),
            expect("2018", "quillon", "bought"),
            expect("2024-08-30", "speed", "class"),
            expect("2025", "purse", planned=True),
            expect("2024-09-20", "nations", "cup", planned=True),
            expect("2024-12-11/2024-12-15", "final", planned=True),
        ),
    ),
    Text(
        "meridian-4-launch-contract",
        "satellite launch contract release",
        date(2025, 3, 5),
        """NEWS RELEASE | Ref. CLS-PR-2025/06

Corvane Launch Services signs contract to launch Meridian-4 for Helix Telecom

BREMERHAVEN, Germany - 5 March 2025 - Corvane Launch Services today signed a launch
services agreement with the satellite operator Helix Telecom for the launch of the
Meridian-4 geostationary communications satellite on a Skyrider-2 rocket.

The contract follows a memorandum of understanding signed by the two companies in
November 2023. Under the agreement, Meridian-4 is to be delivered to Corvane's launch site
at Kallvik by 15 January 2027, and the launch is scheduled for March 2027. Helix expects
the satellite to enter commercial service in about June 2027.

Meridian-4, a 4,100 kg satellite built by Orrin Space Systems, will replace Meridian-2,
which has been in service since 2014 and is nearing the end of its fuel.

"Corvane put Meridian-3 exactly where we needed it, on time," said Helix chief executive
Ravi Anand. "Choosing them again was an easy decision."

Corvane, founded in 2009, launched Meridian-3 for Helix in 2021 from the same site. This
is the 14th commercial contract signed by Corvane since 2020.

About Corvane Launch Services
Corvane Launch Services GmbH provides launch services to commercial and institutional
customers with its Skyrider family of launchers.

Media contact: Katrin Wolff, +49 471 555 0190, media@corvane.example""",
        (
            expect("2025-03-05", "contract"),
            expect("2023-11", "memorandum"),
            expect("../2027-01-15", "deliver", planned=True),
            expect("2027-03", "launch", planned=True),
            expect("2027-06~", "service", planned=True),
            expect("2014/..", "meridian-2"),
            expect("2009", "found"),
            expect("2021", "meridian-3"),
        ),
    ),
    Text(
        "governess-diary-1863",
        "governess's diary of the 1860s",
        None,
        """From the diary of Miss Harriet Lowe, governess at Hollins Court

Tuesday, 3rd March 1863.
Arrived at Hollins Court this afternoon in a hired fly from Ludlow, very cold & stiff after
the journey. Mrs Ashby received me kindly enough, though she did not rise. My charges are
Miss Clara, ten, & Master Edmund, seven. The last governess left at Christmas & was not, I
gather, regretted. Mrs Ashby tells me the house was built by the Colonel's grandfather in
1788. I thought much tonight of my dear mother, who died in 1858 & would have liked to see
me so well placed.

Thursday, 5th March.
Began lessons with Miss Clara this morning: French, the globes & a little music. She is
quick but idle. Edmund is to go to school at Shrewsbury on the 20th of April, which I think
a pity, for he is a timid child. The Colonel is in London & returns on Saturday.

Monday, 16th March.
The Colonel did not come home until yesterday, the roads being flooded above Tenbury. He
is a tall, silent man & has asked that the children say the Collect to him every Sunday.
We are to go to the sea at Brighton on the 1st of April, the whole household, for Mrs
Ashby's health.

Saturday, 4th April. Brighton.
We came down on Thursday after all, a day later than was settled, Mrs Ashby having been
unwell. Our lodgings on the Marine Parade are small but very clean. Clara & I walked on the
Chain Pier this morning in a high wind.""",
        (
            expect("1863-03-03", "arriv", "hollins"),
            expect("1788", "house", "built"),
            expect("1858", "mother", "died"),
            expect("1863-03-05", "lessons"),
            expect("1863-04-20", "edmund", "school", planned=True),
            expect("1863-03-07", "colonel", planned=True),
            expect("1863-03-15", "colonel"),
            expect("1863-04-01", "brighton", planned=True),
            expect("1863-04-02", "brighton"),
        ),
    ),
    Text(
        "harrowdene-glow-worms-2024",
        "glow-worm survey report",
        date(2024, 9, 30),
        """HARROWDENE COMMON GLOW-WORM SURVEY - REPORT FOR 2024
Harrowdene Conservation Volunteers | Report HCV/GW/16
Compiled by Dr Alice Mbeki, 30 September 2024

1. Summary
Glowing female glow-worms (Lampyris noctiluca) were counted on 14 evenings between 12 June
and 28 July 2024 along the fixed 2.3 km transect. The first glowing female of the season
was seen on the opening night, 12 June, and the peak count of 63 was recorded on 3 July,
the highest count since 2011. The season total was 412 sightings.

2. Background
The survey was started in 2009 by the late Ron Pask and has been repeated each summer
since. Counts are made between 22:00 and 23:30 on still, dry nights, by two observers
walking at a steady pace.

3. Habitat management
Scrub was cleared from the southern bank in 2015, 2018 and 2021. New LED streetlights were
installed along Mill Lane in around March 2023; counts in the Mill Lane section have fallen
by half since then.

4. Next steps
Records are to be submitted to the county biological records centre by 31 December 2024.
We recommend that the council dim the Mill Lane lights after 23:00. The 2025 survey season
is expected to begin on about 10 June 2025; new volunteers are welcome.

Contact: glowworms@hcv.example | Grid ref. TQ 2014 5873""",
        (
            expect("2024-06-12/2024-07-28", "count"),
            expect("2024-06-12", "first", "female"),
            expect("2024-07-03", "peak"),
            expect("2009", "survey", "start"),
            expect("2015", "scrub"),
            expect("2018", "scrub"),
            expect("2021", "scrub"),
            expect("2023-03~", "streetlights"),
            expect("../2024-12-31", "records", planned=True),
            expect("2025-06-10~", "season", planned=True),
        ),
    ),
    Text(
        "holmbridge-viaduct",
        "viaduct's history",
        None,
        """Holmbridge Viaduct

The Holmbridge Viaduct carries the trackbed of the former Dunmere and Ashby Railway across
the valley of the River Skell. It has 27 arches, is 312 m long and stands 38 m above the
river at its highest point.

History
The viaduct was designed by the engineer Thomas Wragg in 1846. Construction began in 1847,
and some 1,300 navvies worked on the site at its peak; at least 14 of them died. The
viaduct opened to traffic on 9 October 1849, and a second track was laid across it in
1862.

One arch collapsed during a flood, probably in 1866, and was rebuilt in brick rather than
stone. It is the only brick arch on the structure and is easily seen from the riverside
path.

The line closed to passengers in 1964 and to freight three years later. The viaduct
escaped demolition after a local campaign and was listed at Grade II* in 1988. Since 2012
it has carried the Skell Valley cycle path, used by about 200,000 people a year.

Repairs
Repointing and drainage works are scheduled to run from April to October 2026, during
which the path will be closed and a signed diversion will run through Holmbridge village.

See also: Skell Valley Railway Walk; List of railway viaducts in the North Riding.""",
        (
            expect("1846", "design"),
            expect("1847", "construction"),
            expect("1849-10-09", "open"),
            expect("1862", "second", "track"),
            expect("1866?", "arch", "collapse"),
            expect("1964", "passengers"),
            expect("1967", "freight"),
            expect("1988", "listed"),
            expect("2012/..", "cycle", "path"),
            expect("2026-04/2026-10", "works", planned=True),
        ),
    ),
    Text(
        "drought-aid-package",
        "agriculture ministry drought aid statement",
        date(2025, 8, 28),
        """Ministry of Agriculture, Food and Rural Affairs
Press statement | Thursday 28 August 2025

Minister announces EUR 45 million drought aid package for livestock farmers

The Minister for Agriculture, Declan Roarty, today announced a EUR 45 million aid package
for livestock farmers hit by this summer's drought.

This summer's rainfall was the lowest since 1976, and the national weather service
declared drought in 14 counties on 8 August.

The package has three parts: a fodder payment of EUR 120 per livestock unit, up to 50 units
per holding; a fodder transport subsidy, available through the co-operatives since 1
August; and a deferral of land rent owed to the State.

Applications for the fodder payment open on Monday 8 September and close on 17 October.
Payments will be made by 30 November.

"Farmers have done everything right this year and the weather has still beaten them," the
Minister said. "This package will keep animals fed through the winter."

The previous drought scheme, in 2018, paid EUR 31 million to some 9,000 farmers.

The Minister will meet the farm organisations on Tuesday to discuss longer-term water
storage on farms.

Notes
The scheme is notified under Commission Regulation No 2022/2472 on agricultural aid.
Press Office: 01 607 2000 | press@agriculture.example""",
        (
            expect("2025-08-28", "aid", "package"),
            expect("2025-08-08", "drought"),
            expect("2025-08-01/..", "subsidy"),
            expect("2025-09-08", "applications", "open", planned=True),
            expect("2025-10-17", "applications", "close", planned=True),
            expect("../2025-11-30", "payments", planned=True),
            expect("2018", "scheme"),
            expect("2025-09-02", "meet", planned=True),
        ),
    ),
    Text(
        "corvey-street-whats-on",
        "library HTML events page",
        date(2025, 2, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>What's on | Corvey Street Library</title></head>
<body>
<header><a href="/">Corvey Street Library</a>
<nav><a href="/catalogue">Catalogue</a> | <a href="/events">Events</a></nav></header>
<main>
<h1>What's on: February and March</h1>
<p class="updated">Page updated Monday 3 February 2025</p>
<section class="event">
<h2>Author talk: Mira Castellan</h2>
<p><strong>Thursday 13 February, 7pm</strong> &middot; Reading Room &middot; Free</p>
<p>The novelist Mira Castellan will talk about her new book, <em>The Salt Ledger</em>.
Places are limited: tickets must be booked by 10 February.</p>
</section>
<section class="event">
<h2>Friends of the Library book sale</h2>
<p><strong>Saturday 22 February, 10am&ndash;3pm</strong> &middot; Main Hall</p>
<p>Thousands of second-hand books from 50p. Cash and cards accepted.</p>
</section>
<section class="event">
<h2>Exhibition: Corvey Street in photographs</h2>
<p><strong>3 to 29 March</strong> &middot; Gallery &middot; Open library hours</p>
<p>Photographs from the local history collection. The library opened in 1903, funded by
the Marlow Trust, and was closed for refurbishment in March 2023 before reopening on
6 January 2024.</p>
</section>
<section class="event regular">
<h2>Rhyme time</h2>
<p>Every Tuesday, 10.30am &middot; Children's Library &middot; Ages 0-4</p>
</section>
</main>
<footer><p>14 Corvey Street, Dunmere DM3 4QT &middot; 01632 960412</p>
<p>&copy; 2025 Dunmere City Council</p></footer>
</body>
</html>""",
        (
            expect("2025-02-13", "castellan", planned=True),
            expect("../2025-02-10", "tickets", planned=True),
            expect("2025-02-22", "book", "sale", planned=True),
            expect("2025-03-03/2025-03-29", "exhibition", planned=True),
            expect("1903", "library", "open"),
            expect("2023-03", "refurbish"),
            expect("2024-01-06", "reopen"),
        ),
    ),
    Text(
        "petrie-pfd-report",
        "coroner's prevention of future deaths report",
        None,
        """REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

THIS REPORT IS BEING SENT TO:
1. Chief Executive, Wendholm Hospitals NHS Foundation Trust

1 CORONER
I am Helen Marchbank, Assistant Coroner for the coroner area of North Wendshire.

2 CORONER'S LEGAL POWERS
I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and
regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.

3 INVESTIGATION and INQUEST
On 4 April 2024 I commenced an investigation into the death of Alan George Petrie, aged
81. The investigation concluded at the end of the inquest on 19 November 2024. The
conclusion of the inquest was accident.

4 CIRCUMSTANCES OF THE DEATH
Mr Petrie was admitted to Wendholm General Hospital on 15 March 2024 with a chest
infection and was assessed as at high risk of falls. On or about 21 March he fell while
walking unaccompanied to the bathroom at night and fractured his hip. He underwent surgery
on 23 March but developed complications and died on 27 March 2024.

5 CORONER'S CONCERNS
(1) The falls risk assessment completed on admission was not reviewed when his condition
changed. (2) Bed sensor alarms were available on the ward but none was in use.

6 ACTION SHOULD BE TAKEN
In my opinion action should be taken to prevent future deaths. The Trust told the inquest
that it intends to introduce an electronic falls assessment on all wards by June 2025.

7 YOUR RESPONSE
You are under a duty to respond to this report within 56 days of the date of this report,
namely by 20 January 2025. I, the coroner, may extend the period.

8 COPIES and PUBLICATION
I have sent a copy of my report to the Chief Coroner and to Mr Petrie's daughter.

9 Dated: 25 November 2024
Helen Marchbank, Assistant Coroner for North Wendshire""",
        (
            expect("2024-04-04", "investigation"),
            expect("2024-11-19", "inquest"),
            expect("2024-03-15", "admit"),
            expect("2024-03-21~", "fell"),
            expect("2024-03-23", "surgery"),
            expect("2024-03-27", "died"),
            expect("../2025-06", "falls", "assessment", planned=True),
            expect("../2025-01-20", "respon", planned=True),
        ),
    ),
    Text(
        "brackenholt-pottery-history",
        "pottery's history",
        None,
        """Brackenholt Pottery: a short history

Potting at Brackenholt is first recorded in a tithe survey of c. 1680, which mentions a
"pot house" beside Carr Beck. The red clay of the valley and the coal pits on the moor made
it a natural site, and by the eighteenth century several families worked small kilns here.

In 1794 John Amery took the lease of the main works. His son Samuel built the great bottle
kiln in 1838 and a second kiln two years later; only the first survives. The blue-banded
kitchenware for which Brackenholt is best known was introduced around 1870 and sold
across the north through the railway stores.

Factory-made enamel and, later, plastic took their toll. The pottery closed in 1957, when
the last of the Amerys retired, and stood empty until 1972, when the potters Jean and Alan
Cotter reopened it as a studio.

Since 1999 the pottery has been run by the Brackenholt Pottery Trust, a charity. The Trust
restored the bottle kiln between 2004 and 2005 and fires it once a year for visitors, on
the first Saturday of October.

A new visitor centre, paid for by a heritage grant, is due to open in May 2026.

Brackenholt Pottery, Carr Lane, Brackenholt. Registered charity no. 1076412.
Open Wednesday to Sunday, 10am to 4pm.""",
        (
            expect("1680~", "record"),
            expect("1794", "amery", "lease"),
            expect("1838", "kiln"),
            expect("1840", "second", "kiln"),
            expect("1870~", "kitchenware"),
            expect("1957", "close"),
            expect("1972", "studio"),
            expect("1999/..", "trust"),
            expect("2004/2005", "restor"),
            expect("2026-05", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "thornby-fixture-card-2025",
        "cricket club's fixture card",
        None,
        """THORNBY CRICKET CLUB
Est. 1868
FIXTURE CARD - 2025 SEASON

Home ground: The Rectory Field, Thornby Lane
President: G. Hallam | Captain: R. Okafor | Hon. Sec.: Mrs P. Dunne, 07700 900318

ANNUAL GENERAL MEETING: Friday 14 March, 7.30pm, The Plough Inn. All members welcome.

NETS: Tuesdays and Thursdays from 6pm, April to September.

1ST XI - WESTDALE LEAGUE DIVISION TWO
Start 1.00pm unless shown. (H) home, (A) away.

Sat 26 Apr   Ellerby (H)              Pre-season friendly, 12.30pm
Sat 3 May    Askern Park (A)
Sat 10 May   Hollinby (H)
Sun 18 May   Sedbury Taverners (H)    Cup, 1st round, 11.00am
Sat 24 May   Brackley Moor (A)

Remaining fixtures on the second card, available from the pavilion.

PRESENTATION EVENING: Sat 27 September, 7pm, Thornby Village Hall. Tickets GBP 15.

Teas are served at every home match; members take turns on the tea rota. Match fee GBP 10,
juniors GBP 5. Players must be registered with the league by the Friday before a match.

Sponsored by Dalton & Reeve, Builders, 1 Station Road, Thornby.""",
        (
            expect("1868", "est"),
            expect("2025-03-14", "general", "meeting", planned=True),
            expect("2025-04-26", "ellerby", planned=True),
            expect("2025-05-03", "askern", planned=True),
            expect("2025-05-10", "hollinby", planned=True),
            expect("2025-05-18", "sedbury", planned=True),
            expect("2025-05-24", "brackley", planned=True),
            expect("2025-09-27", "presentation", planned=True),
        ),
    ),
)
