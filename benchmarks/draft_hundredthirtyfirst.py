"""The hundred-and-thirty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind (without reading the tool or its earlier corpora), in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a flood warning
bulletin, a horse racing report, a stock exchange listing announcement, a missionary's letter
book, a telescope observing log, a bridge's engineering history, a ministry of health circular,
a football club's HTML fixtures and news page, a land court ruling, a family firm of
clockmakers' history and a road closure timetable. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, a decade, "next week") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYFIRST_CORPUS",)


HUNDREDTHIRTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORT ELSKAR, March 13 (Northwind News) - The island ferry operator Skerrylink suspended
all crossings to the outer isles on Wednesday, saying its larger vessel, the MV Harrow Bay,
would be out of service for weeks.

The 64-metre ship ran aground on a sandbar near the harbour mouth late on Monday with 112
passengers on board. No one was hurt, and the passengers were taken ashore by lifeboat.

The Harrow Bay had returned to service on February 2, 2025, after a refit of almost three
months. The smaller MV Tern cannot carry freight lorries, the company said.

Divers will inspect the hull again on Saturday. Skerrylink said it hoped to resume a
reduced timetable no later than March 24, using a chartered vessel if repairs take longer.

The isles council will meet transport ministry officials on March 20 to ask for a
replacement ship. Council chairman Rhona Vick called the outage the worst since the winter
of 2013 and said shops on Stroma and Hellay would run short of fresh food within days.

"We are doing everything we can," chief executive Alasdair Moffat told reporters at the
pier. Skerrylink, which has held the isles ferry contract since 1987, carries some 310,000
passengers a year on four routes.

Ferries to the isles sail twice a day in winter and four times a day from Easter.

(Reporting by Kirsty Lennan; Editing by Paul Okonjo)""",
        (
            expect("2025-03-12", "suspend", "crossings"),
            expect("2025-03-10", "aground"),
            expect("2025-02-02", "return", "service"),
            expect("2025-03-15", "inspect", "hull", planned=True),
            expect("../2025-03-24", "resume", "timetable", planned=True),
            expect("1987/..", "contract"),
            expect("2025-03-20", "meet", planned=True),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "press release",
        None,
        """PRESS RELEASE

Verdant Cell opens battery recycling plant in Linzberg

LINZBERG, Germany, 4 June 2024 - Verdant Cell Technologies GmbH today opened its first
industrial-scale plant for recycling lithium-ion batteries, at the Linzberg-Ost business
park. The 40-million-euro facility recovers lithium, nickel and cobalt from used car and
e-bike batteries.

Construction of the plant began in March 2022. Before start-up, the process was tested in a
pilot run from 15 January to 30 April 2024 at the company's test hall in Oderfeld, where
600 tonnes of cells were treated. On 12 May, Verdant Cell signed a five-year supply agreement
with the carmaker Ostwerk, which will deliver production scrap to the plant.

"Today shows that a circular battery economy is possible in Europe," said chief executive
Dr. Hanna Wirtz. The plant will process around 12,000 tonnes of batteries a year once it
reaches full capacity, which the company expects to reach by March 2026. A second
processing line is scheduled to open in 2027.

Verdant Cell was spun out of the University of Oderfeld in 2016. It has recycled production
scrap at a smaller site in Kessau since 2019 and employs 420 people. The new plant is
certified to ISO 14001 and runs on electricity from the wind farm next door.

About Verdant Cell
Verdant Cell Technologies GmbH develops hydrometallurgical recycling for batteries. Its
process recovers more than 95 percent of the metals in a cell.

Media contact:
Ilse Brandauer, Head of Communications
+49 30 5550 1987 | press@verdantcell.example""",
        (
            expect("2024-06-04", "open", "plant"),
            expect("2022-03", "construction"),
            expect("2024-01-15/2024-04-30", "pilot"),
            expect("2024-05-12", "agreement"),
            expect("../2026-03", "capacity", planned=True),
            expect("2027", "line", planned=True),
            expect("2016", "spun"),
            expect("2019/..", "kessau"),
        ),
    ),
    Text(
        "dabney-v-halvorsen",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

CORRINE DABNEY, Appellant,
v.
HALVORSEN FREIGHT LINES, INC., Respondent.

No. 23-CA-0417

OPINION

REYES, J. - Corrine Dabney appeals from the summary judgment entered against her on her
claim of retaliatory discharge under section 12(b) of the Fair Employment Act of 1979. We
reverse.

I. BACKGROUND

Dabney began work as a dispatcher at Halvorsen's Tillbury depot in March 2015. Halvorsen's
employee handbook, in force since 2013, forbids retaliation against employees who report
safety violations. In or about November 2021 Dabney told her supervisor that drivers were
exceeding their legal hours. She was dismissed on January 9, 2022, for what Halvorsen called
"repeated lateness."

Dabney filed a charge with the State Commission on Human Rights on or about April 2, 2022.
The commission issued a right-to-sue notice on September 14, 2022, and Dabney filed this
action on December 1. After discovery, the trial court granted summary judgment to
Halvorsen on May 23, 2023, finding no causal link between the complaint and the dismissal.
Dabney filed her notice of appeal on June 20. We heard oral argument on March 5, 2024.

II. DISCUSSION

We review a grant of summary judgment de novo. Hansen v. Orrin Mills, 212 W.2d 88 (2011).
A gap of some seven weeks between protected activity and dismissal may by itself support an
inference of causation. Halvorsen's records show no written warning for lateness before the
complaint, and a jury could find its stated reason a pretext.

III. CONCLUSION

The judgment is reversed, and the case is remanded for trial.

We concur: OKAFOR, P.J.; LINDQVIST, J.""",
        (
            expect("2015-03", "work"),
            expect("2013/..", "handbook"),
            expect("2021-11~", "supervisor"),
            expect("2022-01-09", "dismiss"),
            expect("2022-04-02~", "charge"),
            expect("2022-09-14", "notice"),
            expect("2022-12-01", "action"),
            expect("2023-05-23", "summary", "judgment"),
            expect("2023-06-20", "appeal"),
            expect("2024-03-05", "argument"),
        ),
    ),
    Text(
        "veldmark-town",
        "encyclopedia history",
        None,
        """Veldmark

Veldmark is a small town on the river Lenne in the district of Oberhaldt, with about 6,200
inhabitants.

History

The settlement is first recorded in a charter of c. 1140, in which Count Adalbert of Haldt
gave its church to the abbey of Sankt Emmeran. Veldmark received market rights from the
bishop in 1287, and its town walls were begun the following year. The Veldmark Chronicle, a
Latin history of the town, is attributed to the town clerk Jorg Hesse (died 1601?), although
the surviving manuscript may be a later copy.

During the Thirty Years' War the town was sacked by Swedish troops in 1632, 1639 and 1645,
and by the end of the war only about a third of its houses were standing. Recovery was slow;
the town did not regain its pre-war population until the nineteenth century.

The railway from Oberhaldt reached Veldmark in 1871, and a cloth mill and a brewery were
built near the station. The station building was rebuilt in about 1910 in the Heimatstil.
Veldmark escaped serious damage in the Second World War.

Since 1994 the old town, with its half-timbered houses and two surviving gates, has been a
protected monument ensemble. The town has held a Whitsun horse fair every year since the
Middle Ages.

See also
- List of towns in Oberhaldt district

References
1. Kramer, H. (1988). Geschichte der Stadt Veldmark. Oberhaldt: Heimatverlag, p. 41.""",
        (
            expect("1140~", "record"),
            expect("1287", "market", "rights"),
            expect("1288", "walls"),
            expect("1601?", "hesse"),
            expect("1632", "sack"),
            expect("1639", "sack"),
            expect("1645", "sack"),
            expect("1871", "railway"),
            expect("1910~", "station"),
            expect("1994/..", "protect"),
        ),
    ),
    Text(
        "comets-win-at-dunmore",
        "sports report",
        date(2024, 11, 18),
        """Comets end Dunmore hoodoo as Brennan scores 31

By Felix Adeyemi, Basketball Correspondent

Harwick Comets won at Dunmore for the first time since 2009 on Sunday, beating the Dunmore
Hawks 88-81 in a tense National League game in front of 2,150 fans.

Tayo Brennan led the way with 31 points. The guard, signed on August 2 from the Spanish
second-division side Club Ria, missed the first three games of the season after breaking a
finger in a pre-season friendly against Leeford on September 21. He has now scored 20 or
more points in five straight games.

The Hawks led 44-39 at half-time, but the Comets went on a 14-2 run early in the third
quarter and never trailed again. Dunmore's Marcus Sealy finished with 24 points and 11
rebounds.

"We stayed patient," said coach Ada Mensah, who was appointed in June 2023 after five
seasons as an assistant at Harwick. "The boys trusted the plan."

The win lifts the Comets to fourth in the table with a 7-3 record. They host league leaders
Port Saxby on Friday and travel to Elmgate two days later. The draw for the last 16 of the
National Cup will be made on December 3.

The Comets train at the Harwick Arena every Tuesday and Thursday morning, and the club said
tickets for the Port Saxby game were close to selling out.""",
        (
            expect("2024-11-17", "dunmore"),
            expect("2024-08-02", "sign"),
            expect("2024-09-21", "finger"),
            expect("2023-06", "appoint"),
            expect("2024-11-22", "saxby", planned=True),
            expect("2024-11-24", "elmgate", planned=True),
            expect("2024-12-03", "draw", planned=True),
        ),
    ),
    Text(
        "harlow-penn-history",
        "company history",
        None,
        """Our history

Harlow & Penn has been baking in Crossley for more than 130 years. The firm was founded in
1891 by the brothers Edwin and Walter Harlow and their cousin James Penn, in a rented bakery
on Mill Lane that sold ship's biscuits to the canal boats.

Business grew quickly. By 1904 the firm had moved to a purpose-built steam factory beside
the railway, and it was registered as a limited company in 1912. Its best-known product,
the Penn Round ginger biscuit, was launched in about 1933, and the recipe has hardly changed
since.

From 1940 to 1945 the factory made hard ration biscuits for the army, and half of its
workforce, most of them women, were employed on war contracts.

After the war the family struggled to pay for new ovens. It sold a majority stake to the
Albury food group in 1969, and bought it back in 1978 when Albury broke itself up. Under
Margaret Penn, managing director for 24 years, the firm began exporting: the Penn Round has
been sold in Canada since 1985, and today a third of the firm's output goes abroad.

Harlow & Penn now employs 640 people and has been the largest biscuit maker in the county
every year since 1990. A new, low-energy plant on the Crossley Gate estate is due to open in
2026, when production will move from the old factory.

Harlow & Penn Ltd, Railway Street, Crossley. Registered in England No. 00124719.""",
        (
            expect("1891", "found"),
            expect("../1904", "factory"),
            expect("1912", "limited"),
            expect("1933~", "round"),
            expect("1940/1945", "ration"),
            expect("1969", "stake", "albury"),
            expect("1978", "back"),
            expect("1985/..", "canada"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "corvid-mission",
        "mission summary",
        None,
        """CORVID ASTEROID SAMPLE-RETURN MISSION - MISSION SUMMARY
Prepared by the Mission Operations Office, Tarvos Space Agency. Document TSA-CRV-0042.

Overview
Corvid is the agency's first sample-return mission. It was approved by the agency's science
board in 2014 and built by Orbitec Systems at Kell.

Timeline
The spacecraft was launched on 14 October 2019 from the Sorell launch site on a Veyra-2
rocket. After an Earth flyby on 2 November 2020, which raised its orbit, Corvid arrived at
the near-Earth asteroid (4417) Tessaly on 19 June 2022. It mapped the surface for eight
months, and sampling took place on 8 March the following year, when the sampler head
touched down for six seconds and collected an estimated 90 grams of regolith.

On 3 January 2024 the main ion thruster failed during a routine burn; the backup thruster
was switched on two days later. Corvid had left Tessaly on or about 30 May 2023, and the
thruster failure delayed its return by one year.

Status and plans
The return capsule is scheduled to land at the Talgarno test range on 24 September 2026.
First results from the analysis of the sample are to be published in 2027. After releasing
the capsule, the spacecraft will be sent on to a second asteroid if it has enough
propellant left.

Key figures: launch mass 1,590 kg; distance travelled to date 4.1 billion km.""",
        (
            expect("2014", "approved"),
            expect("2019-10-14", "launch"),
            expect("2020-11-02", "flyby"),
            expect("2022-06-19", "arrive"),
            expect("2023-03-08", "sampl"),
            expect("2024-01-03", "thruster", "fail"),
            expect("2024-01-05", "backup"),
            expect("2023-05-30~", "tessaly"),
            expect("2026-09-24", "capsule", "land", planned=True),
            expect("2027", "results", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        date(2025, 1, 16),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Statement by the Minister, Ingrid Solberg-Hayes, on avian influenza in Lowfield County
Thursday 16 January 2025

On Monday the National Veterinary Service confirmed highly pathogenic avian influenza
(H5N1) in a flock of 28,000 laying hens at a farm near Ashby Marsh, Lowfield County. The
first suspected case was reported by the farm's vet on 9 January, and a 10-kilometre
restriction zone has been in place around the farm since 10 January. All birds on the
premises have now been humanely culled.

Under the housing order now in force, all poultry and captive birds in Lowfield, Eastwold
and Harrow counties must be housed indoors by 20 January. Keepers who fail to do so commit
an offence under the Animal Health Act 2004.

I will meet representatives of the poultry farmers' association on Tuesday to discuss
compensation, which is paid at market value for birds culled on veterinary orders.

The county last had an outbreak in March 2017, when some 40,000 birds were culled on two
farms. The risk to public health remains very low.

Keepers should report suspected cases at once to the helpline on 0800 555 2004, which is
open every day from 8 a.m. to 8 p.m.

Ends

Notes to editors: Ministry press office, tel. 020 7946 1120.""",
        (
            expect("2025-01-13", "confirm"),
            expect("2025-01-09", "suspected"),
            expect("2025-01-10/..", "restriction", "zone"),
            expect("2017-03", "outbreak"),
            expect("../2025-01-20", "housed", planned=True),
            expect("2025-01-21", "meet", planned=True),
        ),
    ),
    Text(
        "eastgate-library-closure",
        "HTML news page",
        date(2024, 5, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastgate library to close for a year of renovation | Eastgate Courier</title>
</head>
<body>
<header><a href="/">Eastgate Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<article>
<h1>Eastgate library to close for a year of renovation</h1>
<p class="byline">By Dana Whitlock | <time datetime="2024-05-08">May 8, 2024</time></p>
<p>The Eastgate Public Library on Church Street will close on June 1 for a renovation that
will replace its leaking roof, add a lift and double the size of the children's room.</p>
<p>Borrowers must return books and DVDs by May 31. A temporary branch with a smaller
collection will open in the Market Hall on June 10, and the mobile library will call at the
Northfield estate every Tuesday.</p>
<p>The city council approved the $3.2 million plan on Monday by seven votes to two.
Councillor Ray Gomes, who voted against, said the cost was "the highest for any city
building since 2008".</p>
<p>The library opened in 1962 and was last renovated in 1988. Branch librarian Joan
Atwater, who has run the library since 2011, said the building "has done its best for 62
years".</p>
<p>The work is expected to take about twelve months.</p>
</article>
<footer>&copy; 2024 Eastgate Courier. All rights reserved. | Tel. 555-0192</footer>
</body>
</html>""",
        (
            expect("2024-06-01", "close", planned=True),
            expect("2024-05-06", "approv"),
            expect("1962", "open"),
            expect("1988", "renovat"),
            expect("2011/..", "atwater"),
            expect("../2024-05-31", "return", planned=True),
            expect("2024-06-10", "temporary", planned=True),
        ),
    ),
    Text(
        "aske-flood-warning",
        "flood warning bulletin",
        date(2025, 2, 8),
        """FLOOD WARNING
Severe weather - River Aske at Tollbridge
Area code: 034FWF2025
Issued at 06:40 on Saturday 8 February 2025 by the Aske Valley Flood Service

Flooding of homes and businesses is expected. Immediate action is required.

What is happening
River levels at Tollbridge rose sharply overnight after 38 mm of rain fell across the upper
catchment on Friday. A flood alert was issued for the upper Aske on Thursday and has now been
raised to this warning.

The river is expected to peak at Tollbridge between 14:00 and 18:00 today at about 3.9 m.
In November 2019, 46 properties on Quay Street and Mill Row were flooded when the river
reached 3.7 m. Levels are expected to fall below the warning threshold by Monday evening.

What we are doing
Our teams are closing the flood gates on Bridge Street. The flood defences at Mill Quay,
completed in 2016, are expected to protect about 300 properties. Sandbags will be available
from Tollbridge fire station from 10:00 on Sunday.

What you should do
- Move family, pets and valuables to a safe place.
- Turn off gas, electricity and water supplies if it is safe to do so.
- Do not walk or drive through flood water: 30 cm of flowing water can float a car.

Floodline: 0345 988 1188.
This message will be updated as the situation changes.""",
        (
            expect("2025-02-07", "rain"),
            expect("2025-02-06", "alert"),
            expect("2025-02-08", "peak", planned=True),
            expect("2019-11", "flood"),
            expect("../2025-02-10", "fall", planned=True),
            expect("2016", "defences"),
            expect("2025-02-09", "sandbags", planned=True),
        ),
    ),
    Text(
        "ellerby-gold-cup",
        "horse racing report",
        date(2024, 6, 16),
        """RACING: Gilded Sparrow lands the Ellerby Gold Cup

By Harriet Lowe at Ashcombe

Gilded Sparrow put a near miss behind her when taking the Ellerby Gold Cup at Ashcombe on
Saturday, holding off Copper Lane by a neck in a thrilling finish to the 2,400-metre race.

Copper Lane, a winner of the Hallam Handicap at Brackley on May 4, lost little in defeat,
and his trainer, Mick O'Day, said he would go for the Summer Plate at Ashcombe. Gilded
Sparrow will now be aimed at the Northern Stayers' Cup at Brackley on July 27, for which
she was cut to 5-1 from 8-1 by the sponsors, Racebet.

The five-year-old mare, who finished third in the race last year, was sent off the 9-2
second favourite and was always prominent under Ray Dunlevy, who kicked for home two
furlongs out. Her winning time of 2:29.41 was the fastest for the race since 1999.

Trainer Nell Corrigan, who took out her licence in about 2012, bought the mare for 42,000
guineas at the Hartfield sales in October 2021. "She's tough and she stays all day," said
Corrigan, who trains 30 horses at Low Fell near Ashcombe.

Dunlevy, retained by the Corrigan yard since 2019, was completing a double after landing the
opening maiden on Cobalt Boy.

RESULT: 3.10 Ashcombe - Ellerby Gold Cup (Group 3, 2,400m): 1 Gilded Sparrow (R Dunlevy)
9-2; 2 Copper Lane 3-1 fav; 3 Northern Fable 12-1. 11 ran. Neck, 2 1/2 lengths.""",
        (
            expect("2024-06-15", "ellerby"),
            expect("2023", "third"),
            expect("2012~", "licence"),
            expect("2021-10", "hartfield"),
            expect("2019/..", "retained"),
            expect("2024-05-04", "hallam"),
            expect("2024-07-27", "stayers", planned=True),
        ),
    ),
    Text(
        "brightwater-main-list",
        "stock exchange listing announcement",
        None,
        """NORDHAVEN STOCK EXCHANGE
Notice 2024/117 - Admission to trading: Brightwater Aquaculture ASA
Nordhaven, 2 September 2024

The Listing Committee of Nordhaven Stock Exchange on 29 August approved the application of
Brightwater Aquaculture ASA ("Brightwater" or "the Company") for the admission of its
shares to trading on the Main List.

Brightwater was incorporated on 11 March 2009 and farms salmon and trout at 14 sites in
western Nordland. Its shares have been traded on Nordhaven Growth, the exchange's market for
smaller companies, since 2018. The board resolved to apply for a transfer to the Main List
on 17 June 2024.

In connection with the transfer, the Company carried out a public offering of 6,500,000 new
shares at NOK 72 per share. The offer period ran from 21 August to 30 August, and the
offering was oversubscribed 2.4 times.

Trading on Nordhaven Growth will cease at the close of business on Wednesday 4 September
2024. The shares are expected to be admitted to trading on the Main List with effect from
Thursday 5 September 2024. Stabilisation activities may be carried out until no later than
4 October 2024.

Ticker: BWAQ
ISIN: NO0012345678
Number of shares after the offering: 48,250,000
Sector: Food Producers (ICB 3570)
Manager: Fjordbank Markets AS

For further information: listing@nordhavenbors.example, +47 22 34 17 00""",
        (
            expect("2024-08-29", "approv"),
            expect("2009-03-11", "incorporat"),
            expect("2018/..", "growth"),
            expect("2024-06-17", "transfer"),
            expect("2024-08-21/2024-08-30", "offer"),
            expect("2024-09-04", "cease", planned=True),
            expect("2024-09-05", "main", planned=True),
            expect("../2024-10-04", "stabilisation", planned=True),
        ),
    ),
    Text(
        "ashdown-letter-book",
        "missionary's letter book",
        None,
        """LETTER BOOK OF THE REV. SAMUEL ASHDOWN, KINYAMBA MISSION, 1887
(copies of letters sent; pp. 14-22)

To the Rev. the Secretary, Lakes Missionary Society, London.
Kinyamba, 14th March 1887.
Dear Sir, - I have the happiness to inform you that Mrs Ashdown and I arrived here on the
2nd inst., after a journey of forty-one days from the coast, and were received with great
kindness by Mr Lowe. I propose to open a school on the 1st of May next, if slates can be
had. The chapel, which Mr Lowe began, I think, in 1884, still wants its roof, the grass
being too short this season. I remain, dear Sir, yours faithfully, S. Ashdown.

To the same.
Kinyamba, 9th August 1887.
Dear Sir, - Your last reached me on or about the 20th July, the carriers having been much
delayed by the rains. It is my painful duty to report that Mr Lowe died of fever on the
28th July, after an illness of nine days; we buried him beside the chapel. The school was
opened on the 3rd of May with eleven scholars and has now twenty-six. I hope to visit the
out-station at Ndola in October, when the rivers have fallen. Yours faithfully, S. A.

To the same.
Kinyamba, 28th December 1887.
Dear Sir, - You will rejoice to hear that the chapel roof was at last completed on the 24th
of December, and that we held our first service under it on the day following. I was
ordained in 1879, and in all the years since have known no happier Christmas. The Ndola
journey was put off by sickness among the carriers. Yours ever, S. Ashdown.""",
        (
            expect("1887-03-02", "arrived"),
            expect("1884?", "chapel"),
            expect("1887-05-01", "school", planned=True),
            expect("1887-07-20~", "reach"),
            expect("1887-07-28", "lowe", "die"),
            expect("1887-05-03", "school", "open"),
            expect("1887-10", "ndola", planned=True),
            expect("1887-12-24", "roof"),
            expect("1887-12-25", "service"),
            expect("1879", "ordain"),
        ),
    ),
    Text(
        "hollins-hill-log",
        "telescope observing log",
        None,
        """HOLLINS HILL OBSERVATORY - OBSERVING LOG, BOOK 7
Instrument: 0.30 m f/5 Newtonian on EQ8 mount, in the dome built by the Hollins
Astronomical Society in 1998. Observer: P. Strand unless noted. Times UT.

Date        Time   Object        Notes
2023-08-11  21:40  M13           First light after re-collimation. Seeing 3/5,
                                 transparency good. Cluster resolved to the core.
2023-08-12  02:15  Perseids      57 meteors in 60 min from the dome roof, ZHR est. ~85.
2023-09-02  23:05  Cygnus field  Possible nova? Star of mag ~11.2 near 52 Cyg, not on
                                 DSS plates. Reported to the BAA variable section.
2023-09-03  20:50  Cygnus field  Object identified by BAA as the known Mira variable
                                 V1450 Cyg near maximum. False alarm. Plan: re-image
                                 the field on 2023-09-05 with the CCD for the archive.
2023-09-16  10:00  -             Primary mirror removed for re-coating at Orion Optics
                                 (J.W.). Expected back by 10 October. Previous coating
                                 c. 2015 per the former owner.
2023-10-19  21:15  M31           Mirror refitted this afternoon. Collimation checked,
                                 star test excellent. Dust lanes in M31 obvious.

Totals this book: 41 sessions, 27 hours at the eyepiece.""",
        (
            expect("1998", "built"),
            expect("2023-08-11", "light"),
            expect("2023-08-12", "perseid"),
            expect("2023-09-02", "nova"),
            expect("2023-09-03", "identified"),
            expect("2023-09-05", "image", planned=True),
            expect("2023-09-16", "mirror", "remov"),
            expect("../2023-10-10", "mirror", "back", planned=True),
            expect("2015~", "coating"),
            expect("2023-10-19", "refit"),
        ),
    ),
    Text(
        "carrow-viaduct",
        "bridge's engineering history",
        None,
        """Carrow Viaduct: an engineering history

The Carrow Viaduct carries the former Ellesmoor and Wenning Railway across the Carrow valley
on nineteen stone piers, 38 metres above the river. Its engineer was Thomas Ledgard, whose
first drawings for the crossing date from about 1850.

Construction

Work began on 3 April 1853 under the contractor Samuel Brunt, whose men quarried the
gritstone for the piers from the valley side. Two workers were killed when scaffolding on
pier 7 collapsed in the winter of 1854. The first train crossed on 19 November 1856.

Alterations

Ledgard's timber deck spans soon decayed in the damp valley air. The three spans over the
river were replaced in wrought iron in 1879, 1881 and 1884, each over a single summer so
that trains could keep running. Cracks were found in the base of pier 7 in about 1932, and
the pier was encased in a concrete jacket.

Closure and preservation

The last train crossed the viaduct on 4 May 1968, when the line was closed. The viaduct has
been a listed structure since 1971 and now carries a cycle path. Engineers inspect it every
six years. Recent surveys found water getting into the piers, and a strengthening scheme
costing 4.6 million pounds is scheduled to start in 2026.

Specification: 19 piers; length 412 m; greatest height 38 m; gritstone and wrought iron.""",
        (
            expect("1850~", "drawings"),
            expect("1853-04-03", "work"),
            expect("1856-11-19", "first", "train"),
            expect("1879", "spans"),
            expect("1881", "spans"),
            expect("1884", "spans"),
            expect("1932~", "cracks"),
            expect("1968-05-04", "last", "train"),
            expect("1971/..", "listed"),
            expect("2026", "strengthening", planned=True),
        ),
    ),
    Text(
        "rsv-circular",
        "ministry of health circular",
        None,
        """MINISTRY OF HEALTH
HEALTH SERVICE CIRCULAR HSC 14/2024

To: Chief executives of health boards; directors of public health; general practices
Date of issue: 3 July 2024
Subject: Respiratory syncytial virus (RSV) vaccination for older adults

1. Purpose
This circular sets out the arrangements for the national RSV vaccination programme for
adults aged 75 to 79, which will start on 1 September 2024.

2. Background
The RSV vaccine Arevia was licensed for adults aged 60 and over in June 2023. The Joint
Committee on Vaccination and Immunisation recommended a programme for older adults on 22 May
2024, and ministers accepted the advice on 11 June. A pilot in Northshire Health Board, which
has run since October 2023, has reached 68 per cent uptake.

3. Action required
3.1 Health boards must submit their delivery plans to the Ministry no later than 31 July
2024, using the template at Annex A.
3.2 Vaccine deliveries to the four regional hubs are scheduled to begin on 12 August.
3.3 Practices should report uptake every month through the national immunisation system.

4. Funding
An item-of-service fee of 10.06 pounds per dose will be paid under the General Medical
Services Contracts Regulations 2015.

5. Enquiries
rsv.programme@health.example or 0300 123 1000

Dr Helen Marsh, Chief Medical Officer""",
        (
            expect("2024-09-01", "programme", "start", planned=True),
            expect("2023-06", "licensed"),
            expect("2024-05-22", "recommend"),
            expect("2024-06-11", "accept"),
            expect("2023-10/..", "pilot"),
            expect("../2024-07-31", "plans", planned=True),
            expect("2024-08-12", "deliveries", planned=True),
        ),
    ),
    Text(
        "ashworth-fixtures",
        "football club's HTML fixtures and news page",
        date(2024, 10, 9),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Fixtures &amp; News | Ashworth Athletic FC</title></head>
<body>
<nav><a href="/">Home</a> <a href="/fixtures">Fixtures</a> <a href="/tickets">Tickets</a></nav>
<main>
<h1>Ashworth Athletic FC - First Team</h1>
<p class="updated">Updated <time datetime="2024-10-09">Wednesday 9 October 2024</time></p>
<h2>Upcoming fixtures</h2>
<table class="fixtures">
<tr><th>Date</th><th>Opponent</th><th>Competition</th><th>KO</th></tr>
<tr><td>Sat 12 Oct</td><td>Brimley Town (H)</td><td>Northern Premier</td><td>15:00</td></tr>
<tr><td>Tue 15 Oct</td><td>Kelso Rovers (A)</td><td>County Cup R2</td><td>19:45</td></tr>
<tr><td>Sat 19 Oct</td><td>Ellwood United (H)</td><td>Northern Premier</td><td>15:00</td></tr>
</table>
<h2>Latest result</h2>
<p>Sat 5 Oct: Carnforth 1-2 Ashworth Athletic (Dale 34, Mensah 88)</p>
<h2>News</h2>
<article>
<h3>Season tickets</h3>
<p>Season-ticket holders must renew by 31 October to keep their seats. Under-16s go free at
every home league game.</p>
</article>
<article>
<h3>Okoro named new manager</h3>
<p>The club appointed former captain Tunde Okoro as first-team manager on Monday, on a
contract until the summer of 2026. Okoro, 41, made 312 appearances for Ashworth as a player
and most recently coached the under-21s.</p>
<p>"This club is my home," he said. The club, founded in 1889, last won the league title in
1998.</p>
</article>
</main>
<footer>Ashworth Athletic FC, Mill Road Stadium, Ashworth. Tel 01632 960 189.</footer>
</body>
</html>""",
        (
            expect("2024-10-12", "brimley", planned=True),
            expect("2024-10-15", "kelso", planned=True),
            expect("2024-10-19", "ellwood", planned=True),
            expect("2024-10-05", "carnforth"),
            expect("2024-10-07", "okoro"),
            expect("1889", "found"),
            expect("1998", "league", "title"),
            expect("../2024-10-31", "renew", planned=True),
        ),
    ),
    Text(
        "wentworth-v-pike",
        "land court ruling",
        None,
        """COMMONWEALTH OF ASHBURY
LAND COURT
DEPARTMENT OF THE TRIAL COURT

MISCELLANEOUS CASE No. 19 MISC 000482 (HPS)

DOROTHY and GERALD WENTWORTH v. CALVIN PIKE

DECISION

The plaintiffs, Dorothy and Gerald Wentworth, own Lot 4 on a subdivision plan of Heron
Point recorded in 1911. They claim a prescriptive easement over a cart path that crosses
Lot 5, owned by the defendant Calvin Pike, to reach the shore of Heron Pond.

Findings of fact. The defendant's father, Harold Pike, acquired Lot 5 in 1964; the defendant
took title on his father's death. The Wentworths acquired Lot 4 by deed dated June 2, 1987,
and have used the cart path to launch their boat and to reach the shore since 1990. In or
about 2005 the defendant erected a gate across the path, which he left unlocked. The gate
was padlocked on October 17, 2018, and the Wentworths filed their complaint on March 4,
2019. The court took a view of the premises on May 9, 2023.

Discussion. To establish an easement by prescription the plaintiffs must prove open,
notorious, adverse and continuous use for twenty years. G.L. c. 187, section 2. The use was
not permissive: the gate, put up some fifteen years after the use began, stood open, and the
defendant never told the Wentworths that they crossed by his leave.

Conclusion. The plaintiffs hold a prescriptive easement over the cart path. The defendant
shall remove the padlock and gate on or before September 30, 2024. Judgment shall enter
accordingly.

SO ORDERED.
By the court (Sands, J.)""",
        (
            expect("1911", "plan"),
            expect("1964", "harold"),
            expect("1987-06-02", "deed"),
            expect("1990/..", "path"),
            expect("2005~", "gate", "erect"),
            expect("2018-10-17", "padlock"),
            expect("2019-03-04", "complaint"),
            expect("2023-05-09", "view"),
            expect("../2024-09-30", "remove", planned=True),
        ),
    ),
    Text(
        "albrecht-clockmakers",
        "family firm of clockmakers' history",
        None,
        """Albrecht & Sohn, Wendel: a family history

For seven generations the Albrecht family has made and cared for the clocks of Wendel and the
villages around it.

Johann Georg Albrecht, a locksmith's son from Rastatt, opened a workshop for house clocks in
the Faerbergasse in 1796. His son Matthias, who had trained in Geneva, took over the business
in 1831, and in 1834 he built the turret clock of the Stadtkirche, the firm's first large
commission. That clock still strikes every hour, and the family winds it each Saturday.

Under Matthias's grandson Karl the firm became "Albrecht & Sohn" and turned to tower clocks
for railway stations and town halls. It showed a three-dial station clock at the Trades Fair
in Leipzig in 1867 and won a silver medal.

On the night of 11 February 1902 the workshop burned down; it was rebuilt in brick the
following year, with a test tower that still stands. Around 1925 the firm began to make
electric master clocks, which drove the slave dials in schools and factories across the
region.

Since 1988 the business has been run by Katrin Albrecht-Ruhl, the sixth generation, with her
son Jonas, who restores mechanical movements. The firm now looks after 340 public clocks in
the south-west. The old workshop is to become a museum of the family's clocks, planned to
open in 2027.

Albrecht & Sohn GmbH, Faerbergasse 12, Wendel. Tel. 07221 96 0 1796.""",
        (
            expect("1796", "workshop"),
            expect("1831", "matthias"),
            expect("1834", "turret"),
            expect("1867", "leipzig"),
            expect("1902-02-11", "burn"),
            expect("1903", "rebuilt"),
            expect("1925~", "electric"),
            expect("1988/..", "katrin"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "kelby-bypass-closures",
        "road closure timetable",
        None,
        """KELBY BYPASS (A649) RESURFACING - ROAD CLOSURE TIMETABLE
Issued by Marlshire County Council Highways, 4 April 2025. Scheme ref. HW/2025/0419

Survey work on 12 March found that the surface of the A649 Kelby bypass between junctions 3
and 5 has worn beyond repair, and the council will resurface 6.2 km of carriageway in three
phases. All closures are overnight
unless stated.

Phase  Dates                                Hours        Closure
1      Monday 7 April - Thursday 10 April   20:00-06:00  Northbound, J3 to J5
2      Tuesday 22 April - Friday 25 April   20:00-06:00  Southbound, J5 to J3
3      Saturday 3 May - Sunday 4 May        06:00-22:00  Both directions, J3 to J5

Diversions: northbound traffic via the B4361 through Kelby village; southbound traffic via
the A5132 and Marl Lane. HGVs over 7.5 t must follow the signed diversion at all times.

Works will be completed by 16 May at the latest. Access to Kelby Retail Park will be kept
open throughout, and bus services 12 and 12A will not be affected.

Background: the bypass opened in 1994 and was last resurfaced in 2009.

Road markings are renewed on the bypass every three years. Please allow extra time for
journeys while the works are under way.

Contact: highways@marlshire.example, 01632 960 733 (Monday to Friday, 9:00-17:00)""",
        (
            expect("1994", "open"),
            expect("2009", "resurfac"),
            expect("2025-03-12", "survey"),
            expect("2025-04-07/2025-04-10", "northbound", planned=True),
            expect("2025-04-22/2025-04-25", "southbound", planned=True),
            expect("2025-05-03/2025-05-04", "both", planned=True),
            expect("../2025-05-16", "complet", planned=True),
        ),
    ),
)
