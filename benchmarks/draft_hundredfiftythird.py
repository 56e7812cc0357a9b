"""The hundred-and-fifty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, an avalanche bulletin, a darts world final report,
a satellite operator merger release, a missionary nurse's diary of 1911, an otter survey
report, a pier's history, a central bank rate decision statement, a theatre's HTML season
page, a data protection enforcement notice, a clock maker's history and an archive's
accession register. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 2021", "within days") are left out, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYTHIRD_CORPUS",)


HUNDREDFIFTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "bridge-cracks-closure",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORE, March 14 (Meridian Wire) - Authorities in Velmore closed the Ansel Street
bridge to all traffic on Thursday after engineers found cracks in two of its steel hangers,
sending some 28,000 daily commuters onto detours through the old town.

The cracks were spotted during a routine inspection on March 11, city engineer Petra
Holloway said, but the extent of the damage only became clear after divers had examined
the river piers.

The bridge, opened in 1962, last underwent major repairs around 1998. It carries buses on
line 1207 and two cycle lanes, and traffic officials called the closure the most disruptive
on the river since 2014.

Engineers will present a full damage report to the city council on Monday, and councillors
will meet in emergency session on March 20 to decide how the repairs are to be paid for.

Holloway said the crossing should reopen to cars no later than June 30, provided steel for
the new hangers can be delivered in time. "We are not taking any risks with this
structure," she told reporters at the bridge.

Shopkeepers on Ansel Street, who hold a market on the bridge approach every Saturday, said
they feared losing customers for months.

(Reporting by Ilya Marchetti; Editing by Joanne Prakash; +1 555 0142)""",
        (
            expect("2025-03-13", "bridge", "clos"),
            expect("2025-03-11", "inspection"),
            expect("1962", "bridge", "open"),
            expect("1998~", "repairs"),
            expect("2025-03-17", "report", planned=True),
            expect("2025-03-20", "session", planned=True),
            expect("../2025-06-30", "reopen", planned=True),
        ),
    ),
    Text(
        "robot-plant-opening",
        "press release",
        date(2024, 2, 7),
        """FOR IMMEDIATE RELEASE

Northwyn Robotics opens its first European assembly plant in Carrow

CARROW, 7 February 2024 - Northwyn Robotics, a maker of warehouse picking robots, today
opened its new assembly plant on the Carrow Riverside business park, creating 240 jobs.

The plant's second production line is scheduled to start on 2 September, and residents of
Carrow are invited to an open day at the site on Saturday, 17 February.

Construction of the 18,000-square-metre building began in March 2022 and was completed in
November 2023, two months ahead of schedule.

"Carrow gives us the engineers and the rail links we need," said chief executive Hanne
Solberg. "The plant will reach full production by December 2025, when it will build
about 1,500 robots a year."

Founded in 2009 by Solberg and the engineer Rui Matos in a rented workshop in Aldmoor,
Northwyn has supplied robots to the grocery chain Fresca since 2016. Its robots now pick
more than three million orders every week.

About Northwyn Robotics
Northwyn Robotics designs and builds autonomous picking systems for warehouses. The
company is certified to ISO 9001 and employs 1,100 people in four countries.

Media contact:
Ella Brandt, Head of Communications
press@northwyn.example | +44 161 496 0734

###""",
        (
            expect("2024-02-07", "plant", "open"),
            expect("2024-09-02", "line", planned=True),
            expect("2024-02-17", "open", "day", planned=True),
            expect("2022-03", "construction"),
            expect("2023-11", "complet"),
            expect("../2025-12", "production", planned=True),
            expect("2009", "found"),
            expect("2016/..", "fresca"),
        ),
    ),
    Text(
        "marsh-v-corvale",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 2-23-0417

DELIA R. MARSH, Plaintiff-Appellant,
v.
CORVALE LOGISTICS, INC., Defendant-Appellee.

Appeal from the Superior Court of Harlan County, No. 22-CV-1186.
Filed: June 3, 2025

OPINION

JUSTICE OKONKWO delivered the opinion of the court.

¶ 1 Plaintiff Delia Marsh appeals from the summary judgment entered against her on her
claim of retaliatory discharge under section 1950 of the Employment Protection Act of 1986.
We reverse and remand.

I. BACKGROUND

¶ 2 Corvale hired Marsh as a night dispatcher on or about April 2, 2019. Since 2015
Corvale has maintained a written policy requiring drivers and dispatchers to report safety
violations to a supervisor.

¶ 3 In late 2021 Marsh reported to her supervisor that drivers were exceeding their hours.
Corvale terminated her employment on January 14, 2022, citing poor attendance. She filed
her complaint on March 3 of that year.

¶ 4 On August 9, 2023, the trial court granted Corvale's motion for summary judgment,
holding that Marsh had not shown a causal link between her report and her dismissal. Marsh
filed her notice of appeal on August 28.

II. ANALYSIS

¶ 5 We review a grant of summary judgment de novo. The record shows that Marsh's
attendance was not raised with her in any of her three annual reviews. A jury could find the
stated reason a pretext.

III. CONCLUSION

¶ 6 The judgment of the superior court is reversed, and the cause is remanded for trial.
The parties shall file a joint status report in the superior court no later than July 15,
2025.

Reversed and remanded.""",
        (
            expect("2019-04-02~", "hired"),
            expect("2015/..", "policy"),
            expect("2022-01-14", "terminated"),
            expect("2022-03-03", "complaint"),
            expect("2023-08-09", "summary", "judgment"),
            expect("2023-08-28", "appeal"),
            expect("../2025-07-15", "status", "report", planned=True),
        ),
    ),
    Text(
        "brellin-history",
        "encyclopedia history",
        None,
        """Brellin

Brellin is a market town in the Vessel valley, on the road between Aldmoor and Kerrow.
Population: 14,200.

History

Brellin is first mentioned in a charter of c. 1140, in which Count Aldo of Veyne granted the
tithes of the village to the abbey of Saint Ruan. A castle on the hill above the town is said
to have been built in 1212, but the date rests on a single late chronicle and is doubtful.

The town received market rights in 1297. It burned in 1561 and again in 1634, when troops
quartered in the town set fire to the granary. From 1648 until 1803 Brellin belonged to the
Prince-Bishopric of Selm, whose officials rebuilt the town hall in stone.

The railway reached the town in 1871, and the station was rebuilt the following year after
a fire. In 1909 the Vessel flooded the lower town; the water stood higher than at any time
since 1784, and the mark can still be seen on the wall of the old mill.

Economy

Brellin's tanneries employed about a third of the working population in the nineteenth
century. Today the largest employers are a dairy cooperative and a maker of kitchen
furniture. A weekly market is held on Thursdays in the square.

See also
- List of towns in the Vessel valley
- Prince-Bishopric of Selm""",
        (
            expect("1140~", "mention"),
            expect("1212?", "castle"),
            expect("1297", "market", "rights"),
            expect("1561", "burn"),
            expect("1634", "burn"),
            expect("1648/1803", "selm"),
            expect("1871", "railway"),
            expect("1872", "station"),
            expect("1909", "flood"),
        ),
    ),
    Text(
        "rovers-beat-city",
        "sports report",
        date(2025, 1, 5),
        """FOOTBALL | NORTHERN LEAGUE

Okoro double lifts Rovers to fourth

By Callum Reddy
Sunday 5 January 2025

Ashford Rovers 3 Dunmore City 1

Ashford Rovers climbed to fourth in the Northern League after beating Dunmore City 3-1 at
Kell Park on Saturday.

New signing Dane Okoro, who joined from Portreath on 2 January, scored twice on his debut,
heading in Tom Lisle's corner after 12 minutes and adding a second from the spot just
before half-time. City's Ben Adeyemi pulled one back before Lisle sealed it late on.

The sides meet again in the county cup quarter-final at Dunmore on Wednesday, and Rovers
then host league leaders Wexcombe on 11 January.

Captain Joel Afolabi, who tore a hamstring in training, watched from the stand. He is
expected back by 28 February, the club said.

Manager Stella Brannigan, appointed in November 2023, said: "We have been building towards
a performance like this. The new lads have given everyone a lift."

Rovers, founded in 1889, have now won five of their last six league games, and this was
their first home win over City since 2017. Attendance: 4,126.

Rovers: Haldane; Price, Oyelaran, Mott, Fenn; Lisle, Carver, Shaw; Bright, Okoro, Dunn.""",
        (
            expect("2025-01-04", "rovers", "city"),
            expect("2025-01-02", "okoro"),
            expect("2025-01-08", "cup", planned=True),
            expect("2025-01-11", "wexcombe", planned=True),
            expect("../2025-02-28", "afolabi", planned=True),
            expect("2023-11", "brannigan"),
            expect("1889", "found"),
        ),
    ),
    Text(
        "hallam-pryce-history",
        "company history",
        None,
        """Our history

Hallam & Pryce was founded in 1921 by the cousins Arthur Hallam and Idris Pryce, who
bought a second-hand platen press and set it up behind a tobacconist's shop in Westgate.
Their first jobs were raffle tickets, auction catalogues and the programme of the Westgate
Harriers.

In about 1934 the business moved to larger premises in Castle Yard, where the head office
still stands. After the war the firm grew quickly: it opened branches in 1946, 1952 and
1958, in Kendrick, Ashby Cross and Porthill respectively.

Hallam & Pryce was listed on the Midland Stock Exchange in 1987, and it was bought by the
Veritas Print Group the following year. The name and the Castle Yard works were kept.

Since 2003 the company has printed only on recycled or certified paper, and its presses now
run on electricity from the solar roof of the Porthill works. Together our four sites print
some 40 million pages a year for publishers, charities and local councils.

Looking ahead

We plan to open a small museum of printing in the old Westgate shop in 2027, with the
original platen press at its centre. If you have photographs or stories of Hallam & Pryce
from the early years, we would love to hear from you.

Hallam & Pryce Ltd · Castle Yard, Westgate · Company no. 00174356""",
        (
            expect("1921", "found"),
            expect("1934~", "castle", "yard"),
            expect("1946", "branch"),
            expect("1952", "branch"),
            expect("1958", "branch"),
            expect("1987", "listed"),
            expect("1988", "veritas"),
            expect("2003/..", "recycled"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "kestrel-mission-summary",
        "mission summary",
        None,
        """KESTREL Lunar Orbiter and Lander - Mission Summary

Agency: Helvian Space Agency (HSA)
Mission type: lunar orbiter and lander
Status: extended mission

KESTREL was approved around 2016 as the agency's first mission beyond Earth orbit. The
spacecraft, built by Varn Aerospace, carried a small lander with a drill and a
seismometer.

KESTREL was launched on 14 May 2021 aboard a Corvid-4 rocket from the Saltfjord launch
site. It entered lunar orbit on 2 June, and the lander touched down in Mare Nubium two
days later, the first soft landing by a Helvian spacecraft.

The primary mission ended in December 2022, after the lander's battery failed in the
second lunar night. The orbiter continued to map the south polar region. On 19 October
2023 the orbiter lost contact with ground stations for about a day after a software
fault; it was recovered by a command sent from the Tarn deep-space antenna.

The agency plans to deorbit the orbiter in March 2026, when its remaining propellant will
be used to steer it into a crater near the south pole.

Key figures
Launch mass: 1,840 kg
Orbit: 100 km, polar
Data returned: about 1.2 terabytes
Instruments: 7 (orbiter), 3 (lander)""",
        (
            expect("2016~", "approved"),
            expect("2021-05-14", "launch"),
            expect("2021-06-02", "orbit"),
            expect("2021-06-04", "lander"),
            expect("2022-12", "primary", "mission"),
            expect("2023-10-19", "contact"),
            expect("2026-03", "deorbit", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        date(2023, 11, 22),
        """MINISTRY OF WATER AND ENVIRONMENT

Statement by the Minister, Dr Ilse Varga, on the drought in the eastern provinces

22 November 2023

Restrictions on the non-essential use of water have been in force in the eastern provinces
since 1 August. Despite the efforts of households and farmers, rainfall this autumn has
stayed far below normal.

On Monday I met the chairs of the eleven regional water boards to review supplies. The
Aldvik reservoir fell to 31 per cent of capacity on 15 November, its lowest level since
1976. Groundwater levels are also falling, according to the national monitoring network,
which was completed in 2019.

A ban on the use of hosepipes and sprinklers will therefore take effect in the eastern
provinces on Friday. Farmers with irrigation licences will receive separate guidance.

Water companies must submit drought plans to the Ministry no later than 15 January 2024,
under the powers given to me by the Water Resources Act 1991. The desalination plant at
Kerrow Point, now under construction, is expected to open in 2026.

I thank everyone who has already cut their use of water. Every litre saved counts.

Media enquiries: Ministry press office, +31 70 555 0192""",
        (
            expect("2023-08-01/..", "restrictions"),
            expect("2023-11-20", "boards"),
            expect("2023-11-15", "reservoir"),
            expect("2019", "network"),
            expect("2023-11-24", "hosepipe", planned=True),
            expect("../2024-01-15", "drought", "plans", planned=True),
            expect("2026", "desalination", planned=True),
        ),
    ),
    Text(
        "library-reopens-html",
        "HTML news page",
        date(2025, 6, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after renovation | Harwick Gazette</title>
</head>
<body>
<header><a href="/">Harwick Gazette</a> <nav><a href="/news">News</a> |
<a href="/sport">Sport</a> | <a href="/whats-on">What's on</a></nav></header>
<article>
<h1>Central Library reopens after two and a half years</h1>
<p class="byline">By Nora Lindqvist &middot;
<time datetime="2025-06-03">3 June 2025</time></p>
<p>Harwick's Central Library reopened to the public on Monday, with a queue of readers
stretching round the corner into Tanner Street. A rooftop caf&eacute; will open on
16 June, and a series of author talks runs from 20 to 27 June.</p>
<p>The library closed in October 2022 for a renovation that cost roughly &pound;14 million
and added a children's floor, a lift and a new reading room under the dome.</p>
<p>The building was designed around 1905 by the architect Walter Brisco and completed in
1908; it opened to readers in 1911, after a dispute over the cost of the shelving.</p>
<p>&ldquo;People have missed this place more than we expected,&rdquo; said head librarian
Anika Shah. &ldquo;We lent 900 books on the first morning.&rdquo;</p>
</article>
<aside><h2>Opening hours</h2><p>Mon&ndash;Sat 9:00&ndash;18:00, Sun 11:00&ndash;16:00</p></aside>
<footer>&copy; 2025 Harwick Gazette Ltd &middot; Registered in England no. 04417720</footer>
</body>
</html>""",
        (
            expect("2025-06-02", "reopen"),
            expect("2025-06-16", "caf", planned=True),
            expect("2025-06-20/2025-06-27", "author", "talks", planned=True),
            expect("2022-10", "clos"),
            expect("1905~", "design"),
            expect("1908", "complet"),
            expect("1911", "readers"),
        ),
    ),
    Text(
        "northern-ranges-avalanche",
        "avalanche bulletin",
        date(2024, 12, 19),
        """AVALANCHE BULLETIN - NORTHERN RANGES
Issued: Thursday 19 December 2024, 17:00
Valid until: Friday 20 December 2024, 17:00

DANGER LEVEL
4 (high) above 2000 m
3 (considerable) below 2000 m

SUMMARY
Danger level 4 has been in force above 2000 m since Tuesday. Natural avalanches, some of
them large, remain likely on steep slopes of all aspects. Ski tours and off-piste runs
should be avoided.

SNOWPACK
Surface hoar formed on 14 December during clear, cold nights and is now buried under 60 to
90 cm of new snow driven by strong north-westerly winds. This weak layer can be triggered
by a single skier, especially on shady slopes between 2200 and 2600 m.

OBSERVATIONS
On Monday 16 December a ski tourer triggered a slab on the east slope of the Grauhorn
(2418 m) and was dug out unhurt by his companions. A large natural avalanche released on
Wednesday afternoon from the north face of the Spitzkamm and buried the pass road over a
length of 150 m. The road was closed on Wednesday evening and remains closed.

OUTLOOK
A further storm is expected to reach the region on Saturday, with 30 to 50 cm of new snow
above 1800 m. The danger should decrease to level 3 by Monday. Conditions are the most
critical since February 1999.

Bulletins are issued daily at 17:00. Observers' reports: obs@avalanche-north.example""",
        (
            expect("2024-12-17/..", "danger"),
            expect("2024-12-14", "hoar"),
            expect("2024-12-16", "tourer"),
            expect("2024-12-18", "spitzkamm"),
            expect("2024-12-18", "road", "clos"),
            expect("2024-12-21", "storm", planned=True),
            expect("../2024-12-23", "decrease", planned=True),
        ),
    ),
    Text(
        "vance-world-final",
        "darts world final report",
        date(2026, 1, 4),
        """DARTS | WORLD CHAMPIONSHIP FINAL

Vance ends his long wait for the title

By Gareth Lowe
Sunday 4 January 2026

Kieran Vance finally became world champion on Saturday night, beating the defending
champion Luuk Brandsma 7-4 in sets in front of a full house at the Marlow Palace.

Vance collects 500,000 pounds and rises to No 2 in the world rankings. He will open his
Premier League campaign against Brandsma in Leeds on 5 February.

The 31-year-old from Corby had lost the final in 2021, 2023 and 2024, and admitted
afterwards that he had wondered whether his chance had gone. "I have watched other people
lift that trophy three times," he said. "Tonight it was my turn."

Vance, who turned professional around 2014, won his first ranking title in 2019 at the
Baltic Open. His 170 checkout to win the ninth set was the highest in a world final since
2007, and he hit 14 maximums to Brandsma's 11.

Brandsma, who had won 11 matches in a row at the Palace, said the better player had won
on the night. "He threw like a champion."

Final: Vance 7 Brandsma 4 (sets). Averages: Vance 101.26, Brandsma 98.40.""",
        (
            expect("2026-01-03", "vance", "champion"),
            expect("2021", "lost", "final"),
            expect("2023", "lost", "final"),
            expect("2024", "lost", "final"),
            expect("2014~", "professional"),
            expect("2019", "ranking", "title"),
            expect("2026-02-05", "premier", "league", planned=True),
        ),
    ),
    Text(
        "orbisat-telvana-merger",
        "satellite operator merger release",
        date(2025, 9, 18),
        """PRESS RELEASE

Orbisat and Telvana to combine, creating a leading operator of geostationary
communications satellites

KIRCHBERG, 18 September 2025 - Orbisat S.A. and Telvana Holdings plc today announced that
they have signed a definitive agreement to combine their businesses in an all-share
transaction valuing the combined group at about 6.8 billion euros.

The boards of both companies have unanimously approved the transaction. Telvana's
shareholders will vote on it at a general meeting on 12 November. The transaction is
expected to close no later than 30 June 2026, subject to regulatory approvals.

Orbisat, founded in 1998, operates 14 satellites serving broadcasters and airlines in
Europe and Africa. Telvana launched its first satellite in 2004 and today provides
broadband to ships and remote sites. Since 2020 the two companies have shared a ground
station at Vasterby.

The combined company plans to launch three new-generation satellites in 2027 and will be
led by Orbisat's chief executive, Marta Feliu.

Forward-looking statements
This release contains forward-looking statements within the meaning of the Securities Act
of 1933. Actual results may differ materially.

Contacts
Orbisat: Jean Weber, +352 555 2041, media@orbisat.example
Telvana: Priya Nair, +44 20 7946 0311, press@telvana.example""",
        (
            expect("2025-09-18", "agreement"),
            expect("2025-11-12", "vote", planned=True),
            expect("../2026-06-30", "close", planned=True),
            expect("1998", "orbisat", "found"),
            expect("2004", "first", "satellite"),
            expect("2020/..", "ground", "station"),
            expect("2027", "launch", "three", planned=True),
        ),
    ),
    Text(
        "ellery-diary-1911",
        "missionary nurse's diary of 1911",
        None,
        """From the diary of Sister Margaret Ellery, Kasengo Mission Hospital, 1911

Friday, 3rd March 1911. - Arrived at Kasengo at last this afternoon, very tired and very
thankful. We left Liverpool on the 28th of January, and it seems a lifetime ago. Dr. Hale
met us at the landing with two bearers and a bicycle. The mission was founded about 1887
by the Rev. Josiah Crane, whose grave lies under the mango trees behind the chapel.

Monday, 6th March. - Opened the dispensary today; 43 patients before noon, mostly ulcers
and fever. The women bring their babies tied on their backs and wait patiently in the sun.
Dr. Hale expects the new ward to be finished by the 1st of May, if the bricks come up
the river in time. I mean to write to Mother every Sunday, however tired I am.

Thursday, 9th March. - Little Amina died this morning. We did all we could, but the fever
had gone too far before her father carried her in. I sat with her mother until the
evening. We go to the village of Mbale on Monday the 13th to vaccinate the children, and
I pray we shall be in time for them.""",
        (
            expect("1911-03-03", "arrived"),
            expect("1911-01-28", "liverpool"),
            expect("1887~", "mission", "found"),
            expect("1911-03-06", "dispensary"),
            expect("../1911-05-01", "ward", planned=True),
            expect("1911-03-09", "amina"),
            expect("1911-03-13", "mbale", planned=True),
        ),
    ),
    Text(
        "alden-otter-survey",
        "otter survey report",
        None,
        """RIVER ALDEN CATCHMENT - OTTER SURVEY 2024
Report ref. ALD/OT/24-07
Prepared for the Alden Rivers Trust by Fenwick Ecology

1. Summary
The fourth systematic otter survey of the River Alden was carried out from 3 to 7 June
2024. Signs of otter (spraints, footprints and feeding remains) were found at 31 of the 40
standard sites, against 22 sites in the previous survey.

2. Background
Otters disappeared from the Alden around 1965, when organochlorine pesticides were in
wide use on the surrounding farmland. The first confirmed return was a road casualty at
Millbeck in 1996. Earlier systematic surveys were made in 2009, 2014 and 2019, using the
same sites and methods.

3. Results
Spraint density was highest on the lower river between Millbeck and the estuary. A holt at
site 17 (grid ref. NZ 1987 0921) was destroyed by flooding on or about 12 February 2024;
fresh spraints found nearby during the survey suggest the animals have moved upstream. No otter
signs were found above the weir at Castleford (site 38).

4. Recommendations
- Install two artificial holts on the lower river (grid refs. NZ 2011 0874 and NZ 2030 0862).
- Survey the tributaries, which were not covered in 2024. A follow-up survey of the
  tributaries is planned for May 2025.

Surveyors: K. Fenwick, L. Osei. Survey licence no. 2024-00318.""",
        (
            expect("2024-06-03/2024-06-07", "survey"),
            expect("1965~", "disappear"),
            expect("1996", "return"),
            expect("2009", "survey"),
            expect("2014", "survey"),
            expect("2019", "survey"),
            expect("2024-02-12~", "holt"),
            expect("2025-05", "tributaries", planned=True),
        ),
    ),
    Text(
        "saltmouth-pier-history",
        "pier's history",
        None,
        """Saltmouth Pier: a short history

Work on Saltmouth Pier began in 1869 to designs by the engineer Rowland Pask, and the pier
opened on 1 August 1871 with a brass band, a regatta and a firework display that was
talked about for years. It was extended in 1893 so that steamers from the Welsh coast could
call at low tide.

A storm in December 1910 destroyed the pavilion at the pier head. Its replacement, in the
Moorish style with a copper dome, was finished in about 1913 and soon became the town's
favourite dance hall.

In 1940 the Army cut a gap in the deck as a defence against invasion, and the pier
reopened in 1948 after two years of repairs. Paddle steamers called until the last of them
was withdrawn, and the landing stage was then used by fishing boats.

The pier has been owned by the Saltmouth Pier Trust, a charity, since 2011. At 1,120 feet it
is the longest pleasure pier in the county, and a brass band still plays on the deck every
summer Sunday.

Restoration of the deck, funded by a grant of 3.2 million pounds, is due to be completed no
later than 31 March 2026. Until then the outer section of the pier remains closed to
visitors.

Saltmouth Pier Trust, registered charity no. 1143870""",
        (
            expect("1869", "work", "began"),
            expect("1871-08-01", "pier", "open"),
            expect("1893", "extended"),
            expect("1910-12", "storm"),
            expect("1913~", "finished"),
            expect("1940", "gap"),
            expect("1948", "reopen"),
            expect("2011/..", "trust"),
            expect("../2026-03-31", "restoration", planned=True),
        ),
    ),
    Text(
        "rhaltia-rate-decision",
        "central bank rate decision statement",
        date(2025, 9, 11),
        """BANK OF RHALTIA

Monetary Policy Statement
Press release - 11 September 2025, 14:00

The Monetary Policy Committee decided today to lower the policy rate by 0.25 percentage
points to 3.50 per cent. The decision was taken by a majority of five votes to two; two
members preferred to leave the rate unchanged.

The Committee last cut the rate in March. Since then, price pressures have eased further.
Headline inflation fell to 2.4 per cent in August, its lowest rate since 2021, as energy
and food prices declined. Wage growth has slowed but remains above 4 per cent.

The Bank's staff project inflation to return to the 2 per cent target in 2026. The
Committee judges that the risks to this outlook are broadly balanced, and it stands ready to
adjust policy if the outlook changes.

Since 1998 the Bank has pursued an inflation target of 2 per cent, set jointly with the
Ministry of Finance.

The Committee's next rate decision will be announced on 23 October 2025, and the quarterly
Monetary Policy Report will be published on 6 November.

Contact: Communications Department, Bank of Rhaltia, +370 5 555 0180,
press@bankofrhaltia.example""",
        (
            expect("2025-09-11", "lower", "rate"),
            expect("2025-03", "cut"),
            expect("2025-08", "inflation", "fell"),
            expect("2026", "inflation", "target", planned=True),
            expect("1998/..", "inflation", "target"),
            expect("2025-10-23", "decision", planned=True),
            expect("2025-11-06", "monetary", "policy", "report", planned=True),
        ),
    ),
    Text(
        "corn-exchange-season-html",
        "theatre's HTML season page",
        date(2025, 6, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Season 2025/26 | The Corn Exchange Theatre, Brackwell</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's on</a> | <a href="/visit">Visit</a>
| <a href="/support">Support us</a></nav>
<main>
<h1>Our 2025/26 season</h1>
<p>Built in 1887 as a grain exchange, the theatre closed in March 2020 and reopened in
2023 after a restoration paid for by more than 3,000 local donors.</p>
<p>The new season opens with a gala evening on Friday 5 September 2025, hosted by our
patron, the actor Miriam Okafor.</p>
<h2>What's on</h2>
<ul>
<li><strong>The Lighthouse Keeper</strong> - a new play by Ruth Amadi, 12-27 September
2025</li>
<li><strong>A Winter's Ballad</strong> - our family Christmas show, 3 December 2025 -
10 January 2026</li>
</ul>
<h2>Booking</h2>
<p>Priority booking for Friends of the Corn Exchange opens on 1 July 2025; general booking
follows on 8 July.</p>
<p>Every Tuesday is Pay What You Can night: choose your price on the door.</p>
</main>
<footer>Box office 01632 960187 &middot; Registered charity no. 1187654 &middot;
&copy; 2025 The Corn Exchange Theatre</footer>
</body>
</html>""",
        (
            expect("1887", "built"),
            expect("2020-03", "clos"),
            expect("2023", "reopen"),
            expect("2025-09-05", "gala", planned=True),
            expect("2025-09-12/2025-09-27", "lighthouse", planned=True),
            expect("2025-12-03/2026-01-10", "ballad", planned=True),
            expect("2025-07-01", "priority", "booking", planned=True),
            expect("2025-07-08", "general", "booking", planned=True),
        ),
    ),
    Text(
        "brightwell-enforcement-notice",
        "data protection enforcement notice",
        None,
        """THE DATA PROTECTION COMMISSIONER

ENFORCEMENT NOTICE

Case reference: ENF/2024/0193
To: Brightwell Home Insurance Ltd, Unit 4, Harbour Road, Selby Cross
Date of notice: 14 March 2025

1. The Commissioner has decided to issue Brightwell Home Insurance Ltd ("Brightwell") with
an enforcement notice under section 149 of the Data Protection Act 2018, in relation to
its sending of direct marketing emails.

2. On 2 May 2023 the Commissioner received a complaint from a member of the public who had
continued to receive marketing emails after asking to unsubscribe.

3. The Commissioner's investigation found that between 1 January 2022 and 30 April 2023
Brightwell sent some 1.4 million marketing emails to people who had opted out.

4. The Commissioner wrote to Brightwell on 6 June 2023 and again on 18 September.
Brightwell replied on or about 20 October 2023, explaining that its customer database,
which it has used since 2019, did not record opt-outs made by telephone.

5. Brightwell must bring its processing into compliance with the regulations no later than
30 April 2025 and must then confirm to the Commissioner in writing that it has done so.

6. Brightwell has a right of appeal against this notice to the Information Tribunal. Notes
on how to appeal are attached to this notice.

Signed: A. Kowalczyk, Deputy Commissioner""",
        (
            expect("2023-05-02", "complaint"),
            expect("2022-01-01/2023-04-30", "emails"),
            expect("2023-06-06", "wrote"),
            expect("2023-09-18", "wrote"),
            expect("2023-10-20~", "brightwell", "repl"),
            expect("2019/..", "database"),
            expect("../2025-04-30", "compliance", planned=True),
        ),
    ),
    Text(
        "thwaite-clockmakers-history",
        "clock maker's history",
        None,
        """Thwaite & Sons, Clockmakers of Ormsby

Jonas Thwaite was born c. 1741 at Kirkby Stane, the son of a blacksmith. After an
apprenticeship in York he set up shop in Ormsby Market Place in 1768, making longcase clocks
with engraved brass dials and, later, painted dials bought in from Birmingham.

His turret clock for St Olave's church, installed in 1782, still strikes the hours today
and is wound by hand once a week by volunteers.

Jonas died in 1803, and his son Edmund took over the business the following year. Under
Edmund's son Henry the firm exhibited a precision regulator at the Great Exhibition in 1851,
where it won an honourable mention.

The workshop made some 4,000 clocks in all. Not every clock was numbered, and the highest
known serial number, 1776, is found on a small bracket clock now in a private
collection.

The firm is believed to have closed in 1931, although the date is uncertain and some trade
directories list it for several years afterwards.

A restored Thwaite longcase clock will go on display at the Ormsby Museum in October 2026,
together with the firm's surviving workshop tools.

Text: Ormsby Horological Society, 2024""",
        (
            expect("1741~", "born"),
            expect("1768", "shop"),
            expect("1782", "turret", "clock"),
            expect("1803", "jonas", "died"),
            expect("1804", "edmund"),
            expect("1851", "regulator"),
            expect("1931?", "clos"),
            expect("2026-10", "display", planned=True),
        ),
    ),
    Text(
        "ormsby-accessions-register",
        "archive's accession register",
        None,
        """ORMSBY COUNTY RECORD OFFICE
Accessions register, 2024 - extract (entries 2024/031 to 2024/035)
Compiled by R. Tasker, Senior Archivist. Ref. ORO/ADM/7/2024

Acc. no.  | Received   | Depositor                   | Description               | Extent
2024/031  | 2024-03-04 | Lowmoor Parish Council      | Minute books, rate books  | 2 boxes
  Notes: Gift. Transferred from the parish clerk's office.
2024/032  | 2024-03-19 | Brackley Mill Co. (in liq.) | Wages ledgers             | 14 vols
  Notes: Mill closed c. 1962. Ledgers found in the loft of the mill house in Jan. 2024
  by the liquidator's agents; some water damage.
2024/033  | 2024-04-02 | Mrs J. Orme                 | Photographs of Lowmoor    | 1 box
  Notes: Deposit on loan; depositor to confirm gift by 30 Jun 2024.
2024/034  | 2024-04-15 | Harrow Street Chapel trust. | Baptism, burial registers | 6 vols
  Notes: Chapel closed 31 Dec 2023. Registers to be microfilmed before public use.
2024/035  | 2024-04-22 | Anonymous                   | Diary of a farm labourer  | 1 vol
  Notes: Bought at auction by the Friends of the Record Office. Cataloguing due Sept. 2024.

Conservation assessment: 2024/032 and 2024/034 referred to the conservator.
Searchroom enquiries: 01632 960455.""",
        (
            expect("2024-03-04", "minute"),
            expect("2024-03-19", "wages"),
            expect("1962~", "mill", "clos"),
            expect("2024-01", "ledgers", "found"),
            expect("2024-04-02", "photographs"),
            expect("../2024-06-30", "gift", planned=True),
            expect("2024-04-15", "registers"),
            expect("2023-12-31", "chapel", "clos"),
            expect("2024-04-22", "diary"),
            expect("2024-09", "catalogu", planned=True),
        ),
    ),
)
