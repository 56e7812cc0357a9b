"""The two-hundred-and-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tidal flood warning
series, a bowls championship report, a cinema chain's reopening release, a whaling captain's
wife's letters of the 1840s, a barn owl nest box survey, a brewery's history, an education
minister's exam results statement, a zoo's HTML animal arrivals page, a planning enforcement
notice appeal decision, a telescope maker's history and a choir's concert season list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTH_CORPUS",)

TWOHUNDREDEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-hallam",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORT HALLAM, Oct 9 (Coastline Press) - All 312 passengers and 41 crew have been taken off
a ferry that ran aground on a sandbank in the Hallam Strait, the coastguard said on
Wednesday, after a rescue that went on through the night.

The Tessaly Line ferry Marren Star ran aground on the Gullet Bank at about 10:15 p.m. on
Monday, 35 minutes after leaving Port Hallam for the island of Skelda. Lifeboats from three
stations brought the last passengers ashore at 6:50 a.m. on Tuesday, coastguard spokeswoman
Enid Rowe said. Four people were treated in hospital for mild hypothermia.

The Marine Accident Investigation Branch opened an inquiry on Tuesday afternoon and has sent
two inspectors to the port.

Tessaly Line said salvage tugs would try to refloat the ship on Friday's morning high tide,
and that sailings to Skelda would resume no later than October 21, using a chartered vessel.

The Marren Star, built in Gdansk in 1998, was bought by Tessaly Line from a Norwegian
operator in 2016. The company said the bank appeared to have shifted since a hydrographic
survey carried out on or about September 2, and that it had not been told of any change.

It was the most serious grounding in the strait since 2009, according to the harbour
authority. In March 2019 the freighter Aldo was stuck on the same bank for four days before
she could be pulled clear.

Relatives seeking information can call the company on 0800 441 2090.

(Reporting by Callum Reid; Editing by Mara Voss)""",
        (
            expect("2024-10-07", "aground"),
            expect("2024-10-08", "passengers"),
            expect("2024-10-08", "inquiry"),
            expect("2024-10-11", "refloat", planned=True),
            expect("../2024-10-21", "resume", planned=True),
            expect("1998", "built"),
            expect("2016", "bought"),
            expect("2024-09-02~", "survey"),
            expect("2019-03", "aldo"),
        ),
    ),
    Text(
        "norvane-cellback-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Norvane Recycling to acquire German battery recycler CellBack

LEEDSWORTH, England, 3 February 2025 -- Norvane Recycling plc (LSE: NRVR), the UK's largest
recycler of lithium-ion batteries, today announced that it has agreed to acquire CellBack
GmbH of Kassel, Germany, for EUR 64 million in cash.

CellBack was founded in 2014 by two engineers from the University of Kassel and recovers
cobalt, nickel and lithium from production scrap. Its second plant, at Fulda, opened in
March 2021 and can process 9,000 tonnes of batteries a year.

"Bringing CellBack into the group gives us a foothold in the largest battery market in
Europe," said Norvane chief executive Harriet Osei. "Together we will process more than
30,000 tonnes a year, well ahead of the recycled-content targets in EU Regulation 2023/1542."

Norvane has operated the Halbridge black-mass plant in West Yorkshire since 2019. In its
last financial year the group reported revenue of GBP 118 million, its highest since it
listed on the London market.

The transaction is expected to complete no later than 30 June 2025, subject to clearance by
the German competition authority.

Norvane will host a conference call for analysts and investors at 09:00 GMT on Tuesday
4 February 2025 (dial-in +44 20 7946 0311, access code 5584#). The company will publish its
full-year results on 18 March 2025.

About Norvane Recycling
Founded in 2008 in Leedsworth, Norvane Recycling recovers metals from batteries and
electronic waste at three sites in the UK and employs 640 people.

Media contact: Priya Nandi, +44 113 496 0721, press@norvane.example

###""",
        (
            expect("2025-02-03", "acqui"),
            expect("2014", "cellback", "founded"),
            expect("2021-03", "fulda"),
            expect("2019/..", "halbridge"),
            expect("../2025-06-30", "complete", planned=True),
            expect("2025-02-04", "call", planned=True),
            expect("2025-03-18", "results", planned=True),
            expect("2008", "norvane", "founded"),
        ),
    ),
    Text(
        "halvorsen-v-dunmore-schools",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

HALVORSEN ROOFING, INC.,
          Plaintiff-Appellant,
     v.                                              No. 2-23-0418
DUNMORE COUNTY SCHOOL DISTRICT,
          Defendant-Appellee.

Appeal from the Circuit Court of Dunmore County, No. 22-CV-0193.
Honorable Priya Castellan, Judge, presiding.

Filed May 2, 2024

OPINION

JUSTICE ABERNATHY delivered the opinion of the court.

¶ 1 Halvorsen Roofing, Inc. (Halvorsen), appeals from a judgment entered after a bench trial
in favor of the Dunmore County School District (District) on Halvorsen's claim for the
balance due under a roofing contract. We affirm.

¶ 2                                I. BACKGROUND

¶ 3 On or about June 14, 2021, the District and Halvorsen entered into a written contract to
replace the roof of Eastfield Middle School, a roof that had been installed in about 1994.
The contract price was $412,000, and the work was to be finished within ten weeks.

¶ 4 Halvorsen completed the work on September 3, 2021, and sent its final invoice before
September 10, 2021. Leaks were first reported in three classrooms on October 11, 2021, after
heavy rain. In November 2021 the District withheld the final payment of $86,400, citing
defective flashing at the parapet walls.

¶ 5 Halvorsen filed suit on February 7, 2022, seeking the withheld sum and interest under the
Local Government Prompt Payment Act of 1987 (50 WM Stat. 505/1 et seq.). The circuit court
held a bench trial from March 6 to March 7, 2023, and entered judgment for the District on
April 28, 2023. This appeal followed.

¶ 6                                II. ANALYSIS

¶ 7 Halvorsen argues that the District gave notice of the defects too late to withhold
payment under section 505/4. We disagree. The Act allows a public body to withhold a sum
"reasonably related" to a defect it discovers before final acceptance, and the record shows
that the District never accepted the work.

¶ 8 The judgment of the circuit court is affirmed.

¶ 9 Affirmed.""",
        (
            expect("2021-06-14~", "contract"),
            expect("1994~", "install"),
            expect("2021-09-03", "complet"),
            expect("../2021-09-10", "invoice"),
            expect("2021-10-11", "leaks"),
            expect("2021-11", "withheld"),
            expect("2022-02-07", "suit"),
            expect("2023-03-06/2023-03-07", "trial"),
            expect("2023-04-28", "judgment"),
        ),
    ),
    Text(
        "carrowby-canal",
        "encyclopedia history",
        None,
        """Carrowby Canal

The Carrowby Canal is a 23-kilometre (14 mi) canal in northern England, running from the
River Leene at Hatherby to the market town of Carrowby. It has 17 locks and a 410-metre
tunnel under Gorse Hill.

History

A canal to carry coal from the Hatherby pits to Carrowby was proposed perhaps in 1768 by the
surveyor Joseph Tallant, although no plan of his survives.[1] The Carrowby Navigation Act 1790
allowed the proprietors to raise £60,000, and construction began in 1791 under the engineer
William Reddish. The canal opened to traffic on 12 May 1796.

Traffic peaked c. 1840, when some 190,000 tons of coal and lime passed through the locks in a
year. A railway reached Carrowby in 1847, and the Hatherby and Carrowby Railway bought the
canal company the following year.[2] Commercial traffic ceased in 1952, and the canal was
formally abandoned in 1963; parts of the Carrowby end were later filled in.

Restoration

Local volunteers campaigned for the canal to be reopened, and between 1985 and 1993 they
rebuilt the locks of the Hatherby flight. The last section, through the Gorse Hill tunnel,
reopened on 9 June 2001. Since 2012 the canal has been owned by the Northern Waterways Trust,
which also manages the reservoir at Lowfold that feeds the summit pound.

See also
  Canals of England
  Leene Navigation

References
1. Hadfield, R. (1978). The Canals of the North Country, p. 112.
2. "Railway purchase of the Carrowby Canal". Carrowby Courier. Retrieved 4 March 2021.""",
        (
            expect("1768?", "propos"),
            expect("1791", "construct"),
            expect("1796-05-12", "open"),
            expect("1840~", "peak"),
            expect("1847", "railway"),
            expect("1848", "bought"),
            expect("1952", "commercial"),
            expect("1963", "abandon"),
            expect("1985/1993", "locks"),
            expect("2001-06-09", "reopen"),
            expect("2012/..", "owned"),
        ),
    ),
    Text(
        "varro-tour-of-the-harl",
        "sports report",
        date(2025, 4, 14),
        """CYCLING

Varro outsprints rivals to win Tour of the Harl

By Tomas Lindqvist

Ines Varro won the Tour of the Harl on Sunday, beating Katja Lund and Saoirse Hanley in a
three-up sprint on the cobbled finish in Meerholt, two days after a crash that had left her
start in doubt.

The 27-year-old from the Vosk-Eldor team covered the 158km course in 4hr 12min 06sec. She
crashed on Friday during a reconnaissance ride of the final circuit and needed six stitches
in her left elbow.

"I wasn't sure I would even start," said Varro, who won the junior world title in 2016. "On
the last climb I told myself: one more minute, then one more."

Lund, who won the race in 2023, broke her collarbone on 22 March and returned to racing only
on 5 April, at the Ronde van Ezel. She attacked twice on the Col de Brane, back in the race
for the first time since 2018 after the organisers redrew the course in January following a
landslide on the old descent.

Varro will next ride the Dunmere Classic on Wednesday, and her team confirmed that she will
race the Tour de Sarre from 3 to 8 June. Her contract is expected to be extended by the end
of the month, team manager Olaf Brandt said.

RESULT
1 I Varro (Vosk-Eldor) 4hr 12min 06sec
2 K Lund (Tarn Cycling) same time
3 S Hanley (Glasbrook) +2sec
4 M Dufour (Vosk-Eldor) +41sec""",
        (
            expect("2025-04-13", "varro"),
            expect("2025-04-11", "crash"),
            expect("2016", "junior"),
            expect("2023", "lund"),
            expect("2025-03-22", "collarbone"),
            expect("2025-04-05", "return"),
            expect("2025-01", "course"),
            expect("2025-04-16", "dunmere", planned=True),
            expect("2025-06-03/2025-06-08", "sarre", planned=True),
            expect("../2025-04", "contract", planned=True),
        ),
    ),
    Text(
        "ferrand-and-hale-heritage",
        "company history",
        None,
        """Ferrand & Hale - Our Heritage

Garden tools forged in Sheffield for more than 170 years

Joseph Ferrand and his brother-in-law Samuel Hale began forging spades and hoes in a rented
shop on Furnival Street circa 1851. Their first printed catalogue, of 1868, listed 140
patterns of spade, each shaped for a different soil or county.

In 1902 the firm moved to a purpose-built works at Attercliffe, and it added a second forge
there the following year. Our Model 1250 border fork, with its ash handle and four square
tines, has been made to the same drawing ever since. During the Second World War the works
made entrenching tools for the army, and women ran the forge for the first time.

The Ferrand family sold the business to its managers in 1978. Since 1996 we have been part of
the Orland Group, which has let us keep our name, our forge and our maker's stamp.

We won the Guild of Toolmakers' Export Award in 2005, 2009 and 2014, and every fork and spade
we make still carries a lifetime guarantee.

What's next

Our new works at Templeborough is scheduled to open in 2026, bringing forging, polishing and
packing under one roof for the first time since 1902.

Ferrand & Hale Ltd · Attercliffe Works, Sheffield S9 · 0114 496 0382 · © 2025""",
        (
            expect("1851~", "forg"),
            expect("1868", "catalogue"),
            expect("1902", "move"),
            expect("1903", "forge"),
            expect("1978", "sold"),
            expect("1996/..", "orland"),
            expect("2005", "award"),
            expect("2009", "award"),
            expect("2014", "award"),
            expect("2026", "templeborough", planned=True),
        ),
    ),
    Text(
        "heron-2-mission",
        "mission summary",
        None,
        """MERIDIAN SPACE AGENCY
HERON-2 MISSION SUMMARY
Document MSA-HR2-SUM-014, Issue 3                            Last revised: 2 April 2025

Mission type:   asteroid flyby
Launch:         17 November 2021, 03:14 UTC, Tarrow Launch Complex
Launch mass:    1,180 kg (including 212 kg of propellant)
Instruments:    narrow-angle camera, infrared spectrometer, radio science

Overview
HERON-2 studies small near-Earth asteroids, whose make-up is poorly known from the ground.
After its launch on 17 November 2021 the spacecraft used an Earth gravity assist on
22 October 2022 to raise its orbit. From 2 to 5 August 2023 it was in safe mode after a
star-tracker fault; the fault was traced to a software timer and corrected in flight.

Asteroid flyby
HERON-2 flew past asteroid (6021) Tamsin on 9 May 2024 at a distance of 412 km and a relative
speed of 5.8 km/s, returning 2,044 images. Full downlink of the flyby data was completed by
14 June 2024. Tamsin proved to be a 2.3-km contact binary with a small moon.

Extended mission
In January 2025 the agency extended the mission. From 12 to 26 March 2025 the spacecraft was
behind the Sun as seen from Earth (solar conjunction) and no commands were sent.

Next steps
  * A flyby of asteroid 1997 QK3 is planned for 30 September 2026.
  * The mission will end no later than 31 December 2027, when the propellant margin runs out.

Contact: heron2-ops@msa.example""",
        (
            expect("2021-11-17", "launch"),
            expect("2022-10-22", "earth"),
            expect("2023-08-02/2023-08-05", "safe"),
            expect("2024-05-09", "tamsin"),
            expect("../2024-06-14", "downlink"),
            expect("2025-01", "exten"),
            expect("2025-03-12/2025-03-26", "conjunction"),
            expect("2026-09-30", "qk3", planned=True),
            expect("../2027-12-31", "end", planned=True),
        ),
    ),
    Text(
        "brannock-bank-closure",
        "government statement",
        None,
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS

Statement by the Minister, Aled Morvan
21 November 2024

Closure of the Brannock Bank to trawling

Today I have signed an order under section 14 of the Fisheries (Conservation) Act 2011
closing the Brannock Bank to all bottom trawling. The closure will take effect at 00:01 on
1 December 2024 and will be reviewed after two years.

I have not taken this decision lightly. On 4 November the Marine Institute reported that the
spawning stock of cod on the Bank had fallen to 6,200 tonnes, the lowest since its surveys
began in 1972. The stock has been below the safe biological limit since 2019. The Bank was
closed for shorter periods in 2017 and 2021, but on neither occasion did the stock recover.

I know what this means for the 74 vessels that fished the Bank last year, and for the towns
that depend on them. A compensation scheme of EUR 9.5 million will support them.
Applications open on 2 December 2024 and must be submitted no later than 31 January 2025.
Details are available from the Ministry's helpline, 1800 203 440, between 9am and 5pm.

I will meet representatives of the Carrick and Lenmore fishermen's co-operatives in Carrick
on Monday to discuss the scheme and how the closure will be monitored.

ENDS

Note for editors: the Marine Institute's stock assessment is published at
marine.gov.example/brannock.""",
        (
            expect("2024-11-21", "order"),
            expect("2024-12-01", "closure", planned=True),
            expect("2024-11-04", "report"),
            expect("2019/..", "limit"),
            expect("2017", "clos"),
            expect("2021", "clos"),
            expect("2024-12-02", "applications", planned=True),
            expect("../2025-01-31", "submit", planned=True),
            expect("2024-11-25", "meet", planned=True),
        ),
    ),
    Text(
        "old-mill-bridge-reopens",
        "HTML news page",
        date(2024, 8, 16),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Old Mill Bridge reopens after 18-month repair | Dunbridge Echo</title>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"news"});</script>
<script src="/static/js/ads.min.js" async></script>
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
 | <a href="/whats-on">What's on</a> | <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Old Mill Bridge reopens after 18-month repair</h1>
<p class="byline">By Hannah Mercer &middot;
<time datetime="2024-08-16T09:12">16 August 2024, 09:12</time> &middot;
Updated <time datetime="2024-08-16T14:05">14:05</time></p>
<figure><img src="/img/2024/08/oldmill.jpg" alt="Cars crossing a stone bridge">
<figcaption>Traffic crossing the Old Mill Bridge on Thursday. Photo: Dunbridge Echo</figcaption>
</figure>
<p>The Old Mill Bridge reopened to traffic on Thursday, ending 18 months of diversions for
drivers between Dunbridge and Farleigh.</p>
<p>The Grade II listed bridge, built in 1884, was closed in February 2023 after inspectors found
cracks in two of its three arches. Repairs began on 4 September 2023, two months after
councillors approved a &pound;3.2m budget for the work on 11 July.</p>
<p>About 9,000 vehicles a day used the bridge before it closed, making it the busiest crossing
in the town.</p>
<p>A formal reopening ceremony is planned for Saturday 24 August, when the mayor, Cllr Denise
Okafor, will unveil a plaque. A second phase, resurfacing the approach roads, will start on
Monday 2 September and should be finished by the end of October, the council said.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/bridge-cracks">Cracks close Old Mill Bridge</a>
<time datetime="2023-02-09">9 Feb 2023</time></li>
<li><a href="/news/bridge-budget">Council backs bridge repair</a>
<time datetime="2023-07-12">12 Jul 2023</time></li>
</ul></aside>
<footer><p>&copy; 2024 Dunbridge Echo Ltd. Newsdesk 01632 960 145</p></footer>
</body>
</html>""",
        (
            expect("2024-08-15", "reopen"),
            expect("1884", "built"),
            expect("2023-02", "clos"),
            expect("2023-09-04", "repairs"),
            expect("2023-07-11", "budget"),
            expect("2024-08-24", "ceremony", planned=True),
            expect("2024-09-02", "resurfac", planned=True),
            expect("../2024-10", "finish", planned=True),
        ),
    ),
    Text(
        "saltmere-tidal-flood-warnings",
        "tidal flood warning series",
        None,
        """NORTHSHORE FLOOD SERVICE - COASTAL BULLETINS
Area: Saltmere Estuary at Hollin Quay and Westby
Floodline: 0345 988 1188 (24 hours)

FLOOD ALERT - issued 14:20 Sunday 12 January 2025
Tidal flooding of low-lying roads and footpaths is possible along the Saltmere Estuary from
Hollin Quay to Westby Sluice. A surge of up to 0.6 m, with strong westerly winds, is
forecast for the high tides on Monday 13 and Tuesday 14 January. The highest water level is
expected at 07:45 on Tuesday. Avoid walking on sea walls and promenades.

FLOOD WARNING - issued 05:50 Monday 13 January 2025
Flooding is expected. The surge forecast for Tuesday morning has risen to 0.8 m. The flood
gates at Hollin Quay will be closed at 04:00 tomorrow. Residents of Quay Lane and Marsh Row
should move vehicles to higher ground tonight and keep flood boards ready.

UPDATE - 09:30 Tuesday 14 January 2025
Water overtopped the sea wall at Westby at about 07:30 this morning, and twelve properties on
Quay Lane have been flooded. The tide reached 5.62 m at Hollin Quay, the highest since
December 2013. The warning remains in force for the evening tide at 20:10.

WARNING REMOVED - 21:15 Tuesday 14 January 2025
The evening tide passed without further flooding and we have now removed the flood warning.
Our crews will inspect the Westby wall on Thursday 16 January. The wall was last raised in
2008. Sandbags can be collected from Westby fire station until 6pm daily.

Next bulletin: only if conditions change.""",
        (
            expect("2025-01-13", "tide", planned=True),
            expect("2025-01-14", "tide", planned=True),
            expect("2025-01-14", "gates", planned=True),
            expect("2025-01-14", "overtop"),
            expect("2025-01-14", "tide", "reach"),
            expect("2025-01-14", "properties"),
            expect("2025-01-14", "remov"),
            expect("2025-01-16", "inspect", planned=True),
            expect("2008", "rais"),
        ),
    ),
    Text(
        "lowther-county-singles",
        "bowls championship report",
        date(2024, 7, 22),
        """BOWLS

Lowther takes county singles crown at 71

Marlshire County Championships, Hexley Park

Margaret Lowther of Ashby Green won the women's county singles title on Sunday, beating the
defending champion Ruth Penhale 21-17 in a final that lasted almost three hours.

Lowther had come through a tense semi-final against Jo Kettering on Saturday, winning 21-20
on an extra end. In the final she trailed 9-14 after 16 ends before drawing three shots to
the jack on the 19th end, and she never looked back.

It is her first singles title, although she first played for the county in 1989 and won the
county pairs title in 2003, 2011 and 2019. "I've been runner-up four times, so I'd stopped
thinking about it," she said.

Lowther will represent Marlshire at the national finals at Leamington from 17 to 25 August.
Penhale also qualifies as runner-up.

The championships, held at Hexley Park on the third weekend of July every year, drew 212
entries, the largest field since 1998. Hexley Park Bowls Club was founded c. 1900 on land
given by the Hexley estate, and its green is reckoned one of the fastest in the county.

RESULTS
Women's singles, final: M Lowther (Ashby Green) bt R Penhale (Trewin) 21-17
Men's singles, final: D Oduya (Castle BC) bt P Harland (Hexley Park) 21-12
Men's fours, final: Trewin bt Castle BC 18-15""",
        (
            expect("2024-07-21", "singles"),
            expect("2024-07-20", "semi"),
            expect("1989", "county"),
            expect("2003", "pairs"),
            expect("2011", "pairs"),
            expect("2019", "pairs"),
            expect("2024-08-17/2024-08-25", "national", planned=True),
            expect("1900~", "founded"),
        ),
    ),
    Text(
        "lumen-harbour-street-reopening",
        "cinema chain's reopening release",
        None,
        """NEWS RELEASE - Lumen Picturehouses

Harbour Street cinema to reopen on 28 March after £4m restoration

KESTON, 10 March 2025 - Lumen Picturehouses today confirmed that its Harbour Street cinema in
Keston will reopen to the public on Friday 28 March, after a seven-month restoration of the
Grade II listed building.

The cinema, which first opened on 14 December 1936 with a screening of The Lady of Kestrel
Cove, closed on 5 August 2024 so that its plasterwork, neon and original 1,100-seat
auditorium could be restored. The auditorium, now Screen 1, seats 412 in wider seats, and
two smaller screens have been built in the former ballroom.

Members will be invited to a preview screening on the evening of Thursday 27 March. Tickets
for public screenings go on sale at 10am on Monday 17 March at lumenpictures.example and from
the box office on 01632 960 227. Standard tickets cost £9.50.

Lumen has operated Harbour Street since 2011. "This building taught Keston to go to the
pictures," said managing director Farah Quigley. "We wanted it to look the way it did on the
first night." Last year's admissions across the chain were the highest since 2019.

Lumen, which runs five cinemas in the south-west, plans to open a sixth, in Dunmore, by the
end of 2026.

Notes to editors
Images of the restored auditorium are available on request from press@lumenpictures.example.""",
        (
            expect("2025-03-28", "reopen", planned=True),
            expect("1936-12-14", "open"),
            expect("2024-08-05", "clos"),
            expect("2025-03-27", "preview", planned=True),
            expect("2025-03-17", "tickets", planned=True),
            expect("2011/..", "operat"),
            expect("../2026", "dunmore", planned=True),
        ),
    ),
    Text(
        "starbridge-letters",
        "whaling captain's wife's letters of the 1840s",
        None,
        """Letters of Lydia Starbridge, of Westhaven, to her husband Capt. Josiah Starbridge of the
Ship Meridian, then on a whaling voyage in the Pacific

1843

Westhaven Jany 9th
My Dear Husband,
I improve this opportunity to write, the Ship Gideon having come in on the 4th inst. with
1800 bbls. sperm & brought your kind letter of Aug. 12th, written off the coast of Peru. You
cannot think how glad I was to see your hand. Our little Mary was taken with the measles on
Christmas day but is now mending nicely & sends her Pa a kiss. Flour is $7 the bbl.
Your affectionate wife
Lydia

Westhaven April 3d
My Dear Josiah,
It is with a heavy heart I take my pen. Your dear Mother departed this life on the 27th ult.
after a short illness, & was buried on the 30th from the old meeting house, Mr. Folger
preaching from the 90th Psalm. She spoke of you to the last. I have her Bible & her silver
spoons put by for you.
Ever your own
L. S.

1844

Westhaven Nov. 18th
Dearest Husband,
Capt. Coffin of the Alba, lately home, says he spoke the Meridian in the Pacific on or
about the 1st of May, all well, with 900 bbls. on board. It was the first word I had of you
in eleven months. The new meeting house was raised on the 6th inst. & all the town turned
out. I shall go up to Boston on Monday the 25th to see Sister Abby & will send this by the
mail from there. Mary is 4 yrs. old now & reads her primer to me every evening.
Yr. ever loving wife
Lydia Starbridge""",
        (
            expect("1843-01-04", "gideon"),
            expect("1842-08-12", "letter"),
            expect("1842-12-25", "measles"),
            expect("1843-03-27", "mother"),
            expect("1843-03-30", "buri"),
            expect("1844-05-01~", "meridian"),
            expect("1844-11-06", "meeting"),
            expect("1844-11-25", "boston", planned=True),
        ),
    ),
    Text(
        "haddon-vale-barn-owl-survey",
        "barn owl nest box survey",
        None,
        """HADDON VALE BARN OWL GROUP
Nest Box Survey 2023 - Summary Report
Report date: 20 October 2023 | Prepared by R. Ellwood, survey coordinator

1. Background
The Haddon Vale nest box scheme started in 1997 with 12 boxes on four farms; it now has 86.
Since 2018 the survey has been run jointly with the Vale Farmers' Group, whose members host
most of the boxes and report owls seen hunting over their fields.

2. Methods
All boxes were checked between 1 June and 15 July 2023 by licensed volunteers (Schedule 1
licence ref. 2023-0447). Chicks old enough were ringed; no box was visited more than twice.

3. Results
  Boxes checked .................... 86
  Occupied by barn owls ............ 40 (46%)
  Kestrel / stock dove / jackdaw ... 6 / 9 / 11
  Eggs counted ..................... 178
  Chicks ringed .................... 121

Occupancy was the highest since 2014. The first clutch of the season was recorded on 2 April
at Box 14 (Low Farm), the earliest in the scheme's records. A storm on 19 May destroyed two
boxes at Crane Wood; both were empty. A second brood at Box 3 (Mill Lane) was possibly laid
in August and will be checked again.

4. Actions
  - Fifteen replacement boxes will be installed by 31 January 2024.
  - Ringing records will be submitted to the national ringing scheme by the end of November.
  - The next survey will start on 3 June 2024.

Contact: owls@haddonvale.example / 01632 960 551""",
        (
            expect("1997", "scheme"),
            expect("2018/..", "farmers"),
            expect("2023-06-01/2023-07-15", "check"),
            expect("2023-04-02", "clutch"),
            expect("2023-05-19", "storm"),
            expect("2023-08?", "brood"),
            expect("../2024-01-31", "install", planned=True),
            expect("../2023-11", "ringing", planned=True),
            expect("2024-06-03", "survey", planned=True),
        ),
    ),
    Text(
        "gallowgate-brewery-history",
        "brewery's history",
        None,
        """Gallowgate Brewery - A Short History

Brewing on Gallowgate is said to have begun in 1742, when Thomas Gallow, a maltster, took a
licence for the Three Tuns and brewed in its back yard. No building of that time survives.

The present tower brewhouse, with its cast-iron mash tuns and copper, was built in 1868 to
designs by the Newcastle architect Edwin Shaw. The Gallow family incorporated the business as
Gallowgate Brewery Ltd in 1897. In the 1920s the brewery owned more than 60 tied houses
across the county, and its drays were a familiar sight on the quayside.

On the night of 3 February 1931 a fire destroyed the maltings, though the brewhouse itself
was saved by the brewery's own fire crew. The maltings were never rebuilt.

After years of falling trade the brewery closed in 1983, and the site stood empty until
1996, when a group of local investors reopened it with four of the old brewers. Since 2008
Gallowgate has been owned by its employees through a trust, and every member of staff has a
say in what we brew.

Our Old Tawny, a 4.4% dark bitter first brewed to a 1930s recipe, won gold at the Northern
Beer Festival in 2017 and again in 2022. We still brew 40 barrels a week in the 1868 tower.

Coming next
We plan to open a new taproom and visitor centre in the old cooperage on 1 May 2026.

Gallowgate Brewery Ltd · Registered in England No. 00051893 · © 2025 · Please drink
responsibly.""",
        (
            expect("1742?", "brewing"),
            expect("1868", "brewhouse"),
            expect("1897", "incorporat"),
            expect("1931-02-03", "fire"),
            expect("1983", "clos"),
            expect("1996", "reopen"),
            expect("2008/..", "employee"),
            expect("2017", "gold"),
            expect("2022", "gold"),
            expect("2026-05-01", "taproom", planned=True),
        ),
    ),
    Text(
        "state-certificate-results-2024",
        "education minister's exam results statement",
        None,
        """DEPARTMENT OF EDUCATION
Statement by the Minister for Education, Rosa Teller, on the State Certificate results
Wednesday 21 August 2024

I want to congratulate the 61,412 students who received their State Certificate results this
morning, and to thank their teachers and families for their support over the past two years.

The written examinations ran from 5 June to 26 June and were marked by some 4,300 examiners.
The proportion of H1 grades, at 8.9%, is the lowest since 2019. Post-marking adjustments,
which were applied in 2020 and 2021 when the examinations could not be held in the usual
way, were withdrawn in 2023, and this year's grades are again close to the pre-pandemic
pattern.

Students who wish to view their marked scripts or appeal a grade can do so through the
Candidate Portal. The appeals window opens on Friday 23 August, and applications must be made
no later than 5pm on Tuesday 27 August. Appeal outcomes will be issued by 20 September.
Central Admissions Office first round offers will be released on Thursday 29 August.

Looking further ahead, the redeveloped senior cycle curriculum will be introduced in
September 2025, starting with seven subjects.

To every student I say: these results matter, but they do not define you. There are many
routes to a good future, and apprenticeships, further education and work are among them.

The exams helpline is open on 1800 265 165, 8am to 8pm.

ENDS""",
        (
            expect("2024-08-21", "results"),
            expect("2024-06-05/2024-06-26", "examinations"),
            expect("2020", "adjustments"),
            expect("2021", "adjustments"),
            expect("2023", "withdraw"),
            expect("2024-08-23", "appeals", planned=True),
            expect("../2024-08-27", "applications", planned=True),
            expect("../2024-09-20", "outcomes", planned=True),
            expect("2024-08-29", "offers", planned=True),
            expect("2025-09", "curriculum", planned=True),
        ),
    ),
    Text(
        "marlow-vale-zoo-arrivals",
        "zoo's HTML animal arrivals page",
        date(2025, 5, 6),
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>New arrivals | Marlow Vale Zoo</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/cookie-consent.js" defer></script>
<script>var zooConfig = {openFrom: "10:00", openTo: "17:30", lastEntry: "16:30"};</script>
</head>
<body>
<nav class="main-nav"><a href="/">Home</a> <a href="/visit">Plan your visit</a>
<a href="/animals" aria-current="page">Animals</a> <a href="/adopt">Adopt an animal</a>
<a href="/tickets" class="btn">Buy tickets</a></nav>
<main>
<h1>New arrivals</h1>
<p class="updated">Last updated <time datetime="2025-05-06">6 May 2025</time></p>
<article id="red-pandas">
<h2>Red pandas Tashi and Nima</h2>
<figure><img src="/img/arrivals/tashi.jpg" alt="Red panda on a branch">
<figcaption>Tashi exploring his indoor den, April 2025.</figcaption></figure>
<p>Brothers Tashi and Nima arrived from Parc Zoologique de Vaunes on
<time datetime="2025-04-14">14 April</time> under the European breeding programme for red
pandas, in which we have taken part since 2016. Their quarantine is expected to end around
12 May, when they will move to their outdoor habitat.</p>
</article>
<article id="otters">
<h2>Asian small-clawed otters</h2>
<p>Three sisters born at Kelby Wildlife Park in 2021 arrived on
<time datetime="2025-03-02">2 March</time>. They share the Riverbank enclosure with our
11-year-old male, Pip.</p>
</article>
<article id="tamarins">
<h2>Cotton-top tamarin twins</h2>
<p>Our tamarin family grew on <time datetime="2025-01-28">28 January</time>, when twins were
born to mum Luz. Keepers will learn whether they are boys or girls at their first check-up.</p>
</article>
<article id="camel">
<h2>Coming soon: Saffi the Bactrian camel</h2>
<p>Saffi, a seven-year-old female, is due to arrive from Hollmere Safari Park on or about
<time datetime="2025-05-20">20 May</time>. She will live in the new camel paddock, on the
site of the old camel house, which was put up in 1974 and demolished last year.</p>
</article>
</main>
<aside><h3>Related</h3><ul>
<li><a href="/news/penguin-beach">Penguin Beach reopens</a> <time datetime="2025-03-29">29 Mar
2025</time></li>
<li><a href="/adopt/red-panda">Adopt a red panda from &pound;40</a></li></ul></aside>
<footer><p>&copy; 2025 Marlow Vale Zoological Society &middot; Registered charity no. 1098765
&middot; 01632 960 880</p></footer>
</body>
</html>""",
        (
            expect("2025-04-14", "panda"),
            expect("2016/..", "breeding"),
            expect("2025-05-12~", "quarantine", planned=True),
            expect("2021", "born"),
            expect("2025-03-02", "arriv"),
            expect("2025-01-28", "twins"),
            expect("2025-05-20~", "saffi", planned=True),
            expect("1974", "house"),
            expect("2024", "demolish"),
        ),
    ),
    Text(
        "kestrel-row-enforcement-appeal",
        "planning enforcement notice appeal decision",
        None,
        """Appeal Decision
Site visit made on 9 April 2024
by Joanna Okonedo BA(Hons) MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 2 May 2024

Appeal Ref: APP/Q4410/C/23/3329871
14 Kestrel Row, Ambleford AM3 7QT
 - The appeal is made under section 174 of the Town and Country Planning Act 1990 as amended.
 - The appeal is made by Mr Dev Sandhu against an enforcement notice issued by Ambleford
   District Council.
 - The notice was issued on 18 October 2023.
 - The breach of planning control as alleged in the notice is, without planning permission,
   the erection of a timber outbuilding in the rear garden.
 - The requirements of the notice are to demolish the outbuilding and remove the materials.
 - The period for compliance with the requirements is 6 months.
 - The appeal is proceeding on the grounds set out in section 174(2)(a) and (g) of the Act.

Decision
1. The enforcement notice is varied by the deletion of "6 months" and the substitution of
"9 months" as the period for compliance. Subject to this variation the appeal is dismissed
and the enforcement notice is upheld.

Reasons
2. The appeal property is a brick terrace house of c. 1905 in the Kestrel Row Conservation
Area, which was designated in 1984. The appellant states that the outbuilding, 4.8 m high,
was completed in about March 2023, after planning permission for a smaller shed had been
refused on 7 December 2022. A Council officer first visited the site on 26 July 2023.
3. When I visited the site on 9 April 2024 I saw that the outbuilding fills most of the
garden and is plainly visible from the public footpath behind the terrace. It harms the
character and appearance of the conservation area.
4. The appellant's daughter has used the building as an art studio since September 2023, and
needs time to find other space. A longer period for compliance is reasonable. The appellant
must therefore demolish the outbuilding no later than 2 February 2025.

Joanna Okonedo
INSPECTOR""",
        (
            expect("2023-10-18", "notice"),
            expect("1905~", "house"),
            expect("1984", "designat"),
            expect("2023-03~", "complet"),
            expect("2022-12-07", "refus"),
            expect("2023-07-26", "officer"),
            expect("2024-04-09", "visit"),
            expect("2023-09/..", "studio"),
            expect("../2025-02-02", "demolish", planned=True),
        ),
    ),
    Text(
        "ashcombe-optical-history",
        "telescope maker's history",
        None,
        """The Ashcombe Optical Company: a history

The Ashcombe Optical Company traces its origins to a spectacle-maker's shop opened in Bristol
around 1823 by Nathaniel Ashcombe (1796-1870). The first telescope bearing the Ashcombe name,
a 2¾-inch brass refractor, was sold in 1838 to a Clifton surgeon and is now in the city
museum. Nathaniel's son Henry may have trained in London, possibly in 1845, with one of the
instrument makers of the Strand, though no record of an apprenticeship has been found.

Henry's 10-inch refractor for the Collingham Observatory was delivered in 1871 and is still
used on the observatory's public nights, held every clear Friday from October to March.
Catalogues from the 1880s list more than 40 instruments, from pocket telescopes at 18
shillings to equatorial mountings at £1,850.

Between 1940 and 1945 the works made binoculars and gun-sights for the Admiralty and employed
as many as 260 people. In 1967 the firm was bought by Pellow Instruments, and the last brass
refractor left the Bristol works in 1974.

Since 2015 Ashcombe has occupied the former railway goods shed at Bitton, where a staff of 18
grind and test mirrors of up to 1.5 metres for university observatories. The company expects
to deliver a 1.2-metre mirror to the Karoo Teaching Observatory by the end of 2025.

Ashcombe Optical Company Ltd, The Goods Shed, Bitton · Tel. 0117 496 0734""",
        (
            expect("1823~", "shop"),
            expect("1838", "sold"),
            expect("1845?", "train"),
            expect("1871", "collingham"),
            expect("1940/1945", "binoculars"),
            expect("1967", "bought"),
            expect("1974", "refractor"),
            expect("2015/..", "bitton"),
            expect("../2025", "mirror", planned=True),
        ),
    ),
    Text(
        "harwell-choral-season",
        "choir's concert season list",
        None,
        """HARWELL CHORAL SOCIETY
Season 2025-26
Music Director: Alaric Venn · Registered charity 1043217

Founded in 1948, Harwell Choral Society is a choir of some 90 voices drawn from the town and
the villages around it. Alaric Venn has been our music director since 2016. This season we
will give four concerts, all with professional soloists.

CONCERTS
Sat 11 October 2025, 7.30pm    Haydn: The Creation
                               St Mary's Church, Harwell, with the Kestrel Sinfonia
Sun 7 December 2025, 3pm       Carols by Candlelight
                               Harwell Methodist Church (family concert, children free)
Fri 13 & Sat 14 March 2026,    Bach: St John Passion
  7.30pm                       St Mary's Church, Harwell
Sat 20 June 2026, 7pm          Brahms: A German Requiem
                               The Corn Exchange, Harwell, with the Kestrel Sinfonia

OTHER DATES
Auditions for tenors and basses will be held on Tues 9 September 2025 at 7pm in the Church
Hall. Booking for all concerts will open on 1 August 2025.

TICKETS
£18, concessions £12, under-18s £5. Box office: 01632 960 418 (Mon-Fri, 10am-4pm) or
harwellchoral.example. Rehearsals every Tuesday, 7.30-9.30pm, in the Church Hall; new
singers are always welcome.""",
        (
            expect("1948", "founded"),
            expect("2016/..", "director"),
            expect("2025-10-11", "creation", planned=True),
            expect("2025-12-07", "carols", planned=True),
            expect("2026-03-13", "passion", planned=True),
            expect("2026-03-14", "passion", planned=True),
            expect("2026-06-20", "requiem", planned=True),
            expect("2025-09-09", "auditions", planned=True),
            expect("2025-08-01", "booking", planned=True),
        ),
    ),
)
