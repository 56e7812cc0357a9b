"""The hundred-and-fifty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the project or running the tool, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
tropical cyclone advisory, a rowing head race report, a chip foundry closure release, a
whaler's mate's journal of the 1840s, a peat bog pollen core report, a lido's history, a
pension fund valuation statement, a brass band contest HTML results page, a listed building
consent decision, a rope works' history and a school inspection report. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "next month", "a century later") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYFIRST_CORPUS",)


HUNDREDFIFTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "skerrow-ferry-crack",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PORT VALDER, March 14 (Meridian News) - Car ferry sailings across the Skerrow Strait are
suspended after inspectors found a crack in the hull of the route's only vessel, the MV
Arnholt, during a routine check on Thursday.

Strand Lines, which has run the route since 2019, said it hoped to resume sailings on Monday
with a chartered replacement, the Norvik, which is on its way from the mainland.

The Arnholt, built in about 1994 at a Baltic yard, was last overhauled in January 2023. Her
sister ship, the Vesta, was withdrawn from service in 2016 and scrapped the following year,
leaving the company without a spare vessel.

"We have been warning about this for a decade," said Ilse Marrack, who chairs the Skerrow
islands council. "One ship, one crack, and three thousand people are cut off." The council
said it was the longest interruption to the link since 2008.

The ferry normally sails every two hours between 6 a.m. and 10 p.m. and carries up to 1,250
passengers and 120 cars. A passenger-only launch is running a reduced service in the
meantime.

The maritime safety regulator said it would publish its findings by April 30. A spokesman
for Strand Lines declined to say how long the Arnholt's repairs would take.

(Reporting by Anselm Rudd; Editing by Carys Penhale)""",
        (
            expect("2025-03-13", "crack"),
            expect("2019/..", "route"),
            expect("2025-03-17", "resume", planned=True),
            expect("1994~", "built"),
            expect("2023-01", "overhaul"),
            expect("2016", "withdrawn"),
            expect("2017", "scrapped"),
            expect("../2025-04-30", "findings", planned=True),
        ),
    ),
    Text(
        "kellford-desalination-trial",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Brackwater Aqua Systems starts trial operation at Kellford desalination plant

KELLFORD, 3 June 2025 - Brackwater Aqua Systems plc ("BWA"), the water treatment group, today
confirmed that its Kellford desalination plant began trial operation on 12 May and is now
supplying 18 million litres of drinking water a day to the regional network.

Construction of the plant started in March 2023 on the site of a former power station. The
plant is scheduled to reach its full capacity of 40 million litres a day by 30 September,
and an official opening ceremony will take place on Thursday 19 June with the regional water
minister, Halima Stroud.

"Kellford is the largest single investment in the region's water supply since 1987," said
chief executive Rowan Teague. "It gives the coast a source of water that does not depend on
the rain."

The plant is powered by a 12 MW solar farm and is certified to ISO 14001. Brine is returned
to the sea through a 1.4 km outfall fitted with diffusers.

About BWA
Founded in 2009 as a spin-out of Lanford University, BWA listed on the Lanford Stock
Exchange in 2017 and has supplied treated water to the Eastmere district since 2021. The
group employs 640 people in four countries.

Media contact:
Priya Halloran, Head of Communications
+44 161 496 0731 | press@brackwater.example

ENDS""",
        (
            expect("2025-05-12", "trial"),
            expect("2023-03", "construction"),
            expect("../2025-09-30", "capacity", planned=True),
            expect("2025-06-19", "ceremony", planned=True),
            expect("2009", "found"),
            expect("2017", "listed"),
            expect("2021/..", "eastmere"),
        ),
    ),
    Text(
        "ashcroft-mbeki-v-northgate",
        "court opinion",
        None,
        """IN THE EMPLOYMENT APPEAL COURT OF WESTLAND
Case No. EAC/2024/0317
Neutral citation: [2025] WEAC 41

BETWEEN:
DELPHINE ASHCROFT-MBEKI (Appellant)
and
NORTHGATE LOGISTICS LIMITED (Respondent)

JUDGMENT OF THE COURT (Judge Okwuosa, Mr R. Pell, Ms T. Vance)

1. The appellant joined the respondent as a transport planner on 3 April 2017. On or about
14 July 2022 she raised a written grievance about the conduct of her line manager. She was
dismissed on 28 September 2022 for what the respondent described as gross misconduct, and
her case is that the dismissal was the respondent's answer to the grievance.

2. The respondent's disciplinary policy, in force since 2015, requires an investigation
meeting before any disciplinary hearing. It is common ground that none was held.

3. The Employment Tribunal heard the claim from 6 to 9 November 2023 and gave its reasons
on 11 January 2024, dismissing the claim. The notice of appeal was lodged on 19 February.
We heard the appeal on 4 December 2024.

4. In our judgment the tribunal erred. Having found that the policy had been departed from,
it did not ask why; it treated the omission as a matter of form. That was an error of law:
see Harland v Coyle Transport Ltd [2019] WEAC 7, at paragraph 22.

5. For these reasons the appeal is allowed and the claim is remitted to a freshly
constituted tribunal. The remitted hearing is to take place on 2 May 2025.""",
        (
            expect("2017-04-03", "join"),
            expect("2022-07-14~", "grievance"),
            expect("2022-09-28", "dismiss"),
            expect("2015/..", "policy"),
            expect("2023-11-06/2023-11-09", "tribunal", "hear"),
            expect("2024-01-11", "reasons"),
            expect("2024-02-19", "appeal", "lodg"),
            expect("2024-12-04", "appeal", "hear"),
            expect("2025-05-02", "remitted", planned=True),
        ),
    ),
    Text(
        "veldmark-history",
        "encyclopedia history",
        None,
        """Veldmark

Veldmark is a market town and civil parish in the Oster Fen district, on the north bank of
the River Lune. Its population of about 14,000 is the largest it has been since the 1850s.

History

A settlement grew up at the lowest fording point of the Lune in the early Middle Ages. The
lord of the manor, Ralf de Quincey, obtained a charter for a weekly market c. 1240, and the
market is still held every Thursday in the square. The first stone bridge was possibly built
in 1350, although no surviving document mentions it until much later.

Veldmark Abbey, a small Cistercian house, was dissolved in 1539, and its lands were sold to
the Harrow family the following year. Parts of the abbey church survive in the parish church
of St Wendreda. Plague struck the town in 1636, 1645 and 1666; the last outbreak is said to
have killed a third of the inhabitants.

The Fen Valley Railway reached Veldmark in 1862, and the town grew quickly around its
station and maltings. The line closed to passengers in 1966, and the station building is
now the town library.

Since 1974 Veldmark has been twinned with Vellac-sur-Ormeau in France.

See also
List of market towns in Oster Fen""",
        (
            expect("1240~", "charter"),
            expect("1350?", "bridge"),
            expect("1539", "abbey"),
            expect("1540", "lands"),
            expect("1636", "plague"),
            expect("1645", "plague"),
            expect("1666", "plague"),
            expect("1862", "railway"),
            expect("1966", "passengers"),
            expect("1974/..", "twin"),
        ),
    ),
    Text(
        "harlow-vale-brenton",
        "sports report",
        date(2025, 4, 13),
        """Vale close in on title as Nkemelu double sinks Brenton

Harlow Vale 3 Brenton Athletic 1
By Callum Reyes | Sunday 13 April 2025

Harlow Vale moved to within a point of the Southern League title on Saturday with a 3-1 win
over Brenton Athletic in front of a crowd of 1,998 at Mill Lane.

Obi Nkemelu scored twice before the break, first with a header from Jack Amis's corner and
then with a low shot after 38 minutes. Brenton pulled one back through Lewis Tarrant early in
the second half, but substitute Dan Okafor settled it in stoppage time.

Vale were without captain Tom Hale, who injured a knee ligament against Dunmore on 29 March.
He is expected to return by 3 May, in time for the run-in.

Vale play Kingsmead Rovers at home on Wednesday, when a win would clinch the title, and meet
Dunmore in the county cup final at Westbourne Park on 24 May.

Vale have not been champions since 1987, and manager Sian Pryor, in charge since 2021, was
careful not to get ahead of herself. "We've done nothing yet," she said. "We train every
morning as if we're ten points behind."

Nkemelu, who joined from Castleford Town in January 2024, now has 19 league goals.

Vale: Brill; Amis, Costa, Wendt, Ayers; Fell, Ogun, Price (Okafor 78); Nkemelu, Stott, Lowe.
Booked: Ogun, Wendt.""",
        (
            expect("2025-04-12", "brenton"),
            expect("2024-01", "nkemelu", "join"),
            expect("2021/..", "pryor"),
            expect("2025-03-29", "hale", "injur"),
            expect("../2025-05-03", "return", planned=True),
            expect("2025-04-16", "rovers", planned=True),
            expect("2025-05-24", "final", planned=True),
        ),
    ),
    Text(
        "halloways-our-story",
        "company history",
        None,
        """Our story

Halloway's was founded in 1921 by Edith Halloway, who baked bread in a rented shed behind her
mother's cottage in Arlow and sold it from a handcart. The business opened its first shop on
Arlow High Street in 1934 and a second in Kestwick in 1936.

Edith's daughters, Maud and Winifred, kept the ovens going through the war on rationed flour.
In about 1958 they built a bakery on the Riverside estate, and the firm began supplying
grocers across the county under the Halloway's Golden Crust name.

The family sold the business to the Corran Foods group in March 1972. Two years later the new
owners moved production to a larger plant at Dunmere, and for a while the Halloway name was
used only on sliced bread.

Since 2003 Halloway's has been owned by its employees through the Halloway Bakers Trust,
after a buy-out led by the then head baker, Samir Okoye. It was the first employee buy-out in
the county's food industry since 1948.

Today we bake around 60,000 loaves a week and deliver to 420 shops every morning. Our
sourdough still uses a starter that has been kept going since Edith's day.

A new bakery in Kestwick is planned to open in 2026, bringing production back to the town
where our second shop opened almost a century ago.""",
        (
            expect("1921", "found"),
            expect("1934", "arlow", "shop"),
            expect("1936", "kestwick"),
            expect("1958~", "riverside"),
            expect("1972-03", "sold"),
            expect("1974", "dunmere"),
            expect("2003/..", "employee"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "argent-mission-summary",
        "mission summary",
        None,
        """ARGENT - Mission summary
Westland Space Agency | Planetary missions | Updated 15 January 2025

Mission: ARGENT (Asteroid Return of Grains and ENvironmental Tracers)
Target: near-Earth asteroid 2009 KT4 (Merrow)
Launch mass: 1,120 kg
Status: return cruise

ARGENT's design was approved by the agency's science board in 2016. The spacecraft was
launched on 14 October 2021 on a Halcyon-4 rocket from the Cape Sennet range. After an Earth
flyby on 9 October 2022, it arrived at Merrow on 2 March 2024 and released its small lander,
Pip, on 19 April. Pip returned images and magnetometer data for 31 hours before its battery
ran out.

Sampling took place from 3 to 7 June, when the arm touched the surface four times and
collected an estimated 140 g of material. The departure burn took place on or about 20
November, and the spacecraft is now on its return cruise, some 95 million km from Earth.

The sample capsule is scheduled to land in the Tarrow Flats test range on 9 December 2026.
Curation will take place in the agency's clean-room facility at Ostley. The science team
will release the first data set by 31 March 2027.

Principal investigator: Dr Ines Varga. Mission code: WSA-PM-07.""",
        (
            expect("2016", "design"),
            expect("2021-10-14", "launch"),
            expect("2022-10-09", "flyby"),
            expect("2024-03-02", "arriv"),
            expect("2024-04-19", "lander"),
            expect("2024-06-03/2024-06-07", "sampling"),
            expect("2024-11-20~", "departure"),
            expect("2026-12-09", "capsule", planned=True),
            expect("../2027-03-31", "data", planned=True),
        ),
    ),
    Text(
        "bluetongue-lowick",
        "government statement",
        date(2025, 8, 7),
        """Department for Rural Affairs
News story | Animal health
Bluetongue confirmed in sheep near Lowick
Published Thursday 7 August 2025

Bluetongue virus serotype 3 was confirmed on Tuesday in sheep at a holding near Lowick, in
the Harnish district, the Chief Veterinary Officer, Dr Aled Morrow, has announced.

A 10 km temporary control zone has been in place around the holding since 2 August, when the
disease was first suspected after a farmer reported lameness and fever in six ewes. Movements
of cattle, sheep and goats out of the zone are allowed only under licence.

The Minister for Rural Affairs, Joanna Keel, will meet farming representatives in Harnish on
Monday to discuss support for affected businesses. Compensation claims for animals culled
must be submitted no later than 30 September.

The previous outbreak in the district, in 2019, was contained within six weeks. The
Department's bluetongue strategy, published in March 2021, remains the basis of its
response.

Dr Morrow said: "Keepers should check their animals daily and report any suspicion at once.
Early reporting is our best defence."

Powers used: Animal Health Act 1981, sections 15 and 17.
Helpline: 0300 555 0198 (8am to 6pm, Monday to Friday)""",
        (
            expect("2025-08-05", "confirm"),
            expect("2025-08-02", "suspect"),
            expect("2025-08-02/..", "zone"),
            expect("2025-08-11", "meet", planned=True),
            expect("../2025-09-30", "compensation", planned=True),
            expect("2019", "outbreak"),
            expect("2021-03", "strategy"),
        ),
    ),
    Text(
        "carnford-library-reopens",
        "HTML news page",
        date(2025, 11, 21),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year repair | Carnford Echo</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after two-year repair</h1>
<p class="byline">By Ruth Okonjo | <time datetime="2025-11-21">21 November 2025</time></p>
<p>Carnford Central Library reopened to the public on Monday after a &pound;6.2 million
repair of its dome and roof.</p>
<p>The library closed in July 2023, when surveyors found that water had rotted the timber
ring holding up the dome. The building was designed in 1908 by the architect Alfred
Penhallow and opened two years later, paid for by public subscription.</p>
<p>The council bought the adjoining site in roughly 1965 and built the lending wing there.
"People have waited a long time," said councillor Meera Dass. "It looks better than at any
time since the 1930s."</p>
<p>A café is due to open on the ground floor on 1 December, and a public consultation on
the restoration of the reading room will run from 5 to 19 January.</p>
<aside class="info"><h2>Opening hours</h2>
<p>Monday to Saturday, 9am to 6pm. Closed on Sundays.</p></aside>
</article>
<footer>&copy; 2025 Carnford Echo Ltd. Registered in England No. 04711929.</footer>
</body>
</html>""",
        (
            expect("2025-11-17", "reopen"),
            expect("2023-07", "closed"),
            expect("1908", "design"),
            expect("1910", "open"),
            expect("1965~", "site"),
            expect("2025-12-01", "café", planned=True),
            expect("2026-01-05/2026-01-19", "consultation", planned=True),
        ),
    ),
    Text(
        "hurricane-ilsa-advisory-14",
        "tropical cyclone advisory",
        date(2025, 9, 16),
        """BULLETIN
Hurricane Ilsa Advisory Number 14
Port Lavelle Regional Hurricane Centre   AL092025
500 AM AST Tue Sep 16 2025

...ILSA STRENGTHENS AS IT HEADS FOR THE TARRA ISLANDS...
...HURRICANE WARNING IN EFFECT FOR THE TARRA ISLANDS...

SUMMARY OF 500 AM AST...0900 UTC...INFORMATION
----------------------------------------------
LOCATION...15.8N 56.9W
ABOUT 390 MI...625 KM E OF PORT LAVELLE
MAXIMUM SUSTAINED WINDS...90 MPH...150 KM/H
PRESENT MOVEMENT...WNW OR 290 DEGREES AT 13 MPH...20 KM/H
MINIMUM CENTRAL PRESSURE...975 MB...28.79 INCHES

WATCHES AND WARNINGS
--------------------
The Government of the Tarra Islands issued a Hurricane Watch on Sunday and has upgraded it
to a Hurricane Warning with this advisory. Schools on all three islands closed on Monday.

DISCUSSION AND OUTLOOK
----------------------
Ilsa formed as a tropical storm on Saturday about 900 miles east of the Leeward chain and
became a hurricane late Monday. On the forecast track, the center will reach the Tarra
Islands on Wednesday. Swells generated by Ilsa are expected to reach the Merrin coast on
Thursday. Ilsa is expected to weaken to a tropical storm by Friday over cooler water.

Ilsa is the strongest September hurricane this far east since 2004.

HAZARDS AFFECTING LAND
----------------------
RAINFALL: Ilsa is expected to produce 4 to 8 inches of rain over the Tarra Islands.
STORM SURGE: 5 to 8 ft above normal tide levels near the center.

NEXT ADVISORY
-------------
Next intermediate advisory at 800 AM AST. Next complete advisory at 1100 AM AST.

$$
Forecaster Delacroix-Baptiste""",
        (
            expect("2025-09-14", "watch"),
            expect("2025-09-15", "schools"),
            expect("2025-09-13", "form"),
            expect("2025-09-15", "hurricane"),
            expect("2025-09-17", "reach", planned=True),
            expect("2025-09-18", "swells", planned=True),
            expect("../2025-09-19", "weaken", planned=True),
        ),
    ),
    Text(
        "head-of-the-carrow-2025",
        "rowing head race report",
        date(2025, 3, 9),
        """Head of the Carrow 2025: Kestrel make it three in a row
Carrow Rowing Association | Race reports | 9 March 2025

Kestrel Rowing Club won the Head of the Carrow on Saturday for the third year running,
covering the 6.8 km course from Mill Reach to Tanner's Bridge in 17:58 on a fast ebb tide.
Kestrel, winners in 2023 and 2024, finished eleven seconds ahead of Lanford University, with
Tanner's BC third.

A record 214 crews started, sent off at ten-second intervals from 10:30. Conditions were the
best for years, although the course record of 17:31 survived.

Kestrel's stroke, Femi Adeyinka, said the crew had trained twice a day all winter. "The tide
did half the work," she said. "We just had to stay out of the trees."

The race was first rowed in about 1926, when crews from the town's two clubs raced for a
borrowed silver jug. It has started at Mill Reach since 1972, and was cancelled in 2018 and
2020, for flooding and the pandemic respectively.

The Women's Head of the Carrow is to be held over the same course on 22 March. Entries close
on 14 March; crews are asked to enter through the association's website.

Full results: carrowra.example/results. Umpires' notes will follow.""",
        (
            expect("2025-03-08", "kestrel"),
            expect("2023", "kestrel"),
            expect("2024", "kestrel"),
            expect("1926~", "first"),
            expect("1972/..", "mill"),
            expect("2018", "cancel"),
            expect("2020", "cancel"),
            expect("2025-03-22", "women", planned=True),
            expect("2025-03-14", "entries", planned=True),
        ),
    ),
    Text(
        "halvern-fab3-closure",
        "chip foundry closure release",
        date(2025, 5, 20),
        """NEWS RELEASE
Halvern Semiconductor to close Fab 3 in Dunmarsh
Dunmarsh, 20 May 2025 | Halvern Semiconductor AG | Investor Relations

Halvern Semiconductor today announced that it will close its Fab 3 wafer plant in Dunmarsh
as part of a plan to concentrate production at its larger sites. The company's supervisory
board approved the plan on Friday.

Fab 3 opened in 1998 as a 150 mm line. It was converted to 200 mm wafers in 2008 and expanded
the following year, and since 2015 it has made pressure and motion sensors for automotive
customers. Utilisation fell to 54% in the first quarter, the lowest since 2012.

Fab 3 will stop new wafer starts on 30 June and close fully no later than 31 March 2026.
Sensor production will move to Fab 5 in Orlen. About 640 employees are affected; Halvern
said it would offer transfers to all of them and begin talks with the works council next
month.

"This is a hard decision for a site that has served us for more than a quarter of a
century," said chief executive Dr Konrad Elsner. "We will treat our people fairly."

Halvern will publish its half-year results on 31 July.

About Halvern Semiconductor
Halvern designs and makes analogue and power chips and sensors. ISIN DE000HLV3012.

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties. Actual results may differ materially.""",
        (
            expect("2025-05-20", "announc"),
            expect("2025-05-16", "board"),
            expect("1998", "open"),
            expect("2008", "convert"),
            expect("2009", "expand"),
            expect("2015/..", "sensor"),
            expect("2025-06-30", "wafer", planned=True),
            expect("../2026-03-31", "close", planned=True),
            expect("2025-07-31", "results", planned=True),
        ),
    ),
    Text(
        "meribah-mates-journal",
        "whaler's mate's journal of the 1840s",
        None,
        """A Journal of a Whaling Voyage in the Ship Meribah of Westhaven, Josiah Coffin Master,
kept by Elias Hobart, First Mate

Wednesday 2nd November 1842. Sailed from Westhaven at 8 AM with a fair wind from the NW;
discharged the pilot at 11 and made all sail. So ends these 24 hours.

Monday 9th January 1843. Lat 38.12 S, Lon 77.40 E. Light airs from the NW and fine weather.
At 10 AM raised sperm whales; lowered three boats and the larboard boat struck a large one,
which we got alongside by 3 PM.

Thursday 12th. Strong breezes from the SW. Finished cutting in and commenced boiling. The
ship has now 1840 bbls sperm below. Capt. means to put into Mathurin Bay for wood and water
by the 1st of February.

Saturday 4th February. Light winds. Came to anchor in Mathurin Bay in 14 fathoms, sandy
bottom, the north point bearing NNE.

Sunday 5th. Thos. Wing, seaman, deserted in the night, taking the starboard boat's compass.
Mr. Gardner, second mate, who has been in the ship since 1839, went ashore after him with six
men but could not find him.

Monday 6th. Fresh breezes and squally. The Capt. says we shall sail for home about the 1st of
April if we fill up before then. All hands well excepting the cook. So ends.""",
        (
            expect("1842-11-02", "westhaven"),
            expect("1843-01-09", "whale"),
            expect("1843-01-12", "cutting"),
            expect("../1843-02-01", "wood", planned=True),
            expect("1843-02-04", "anchor"),
            expect("1843-02-05", "wing", "desert"),
            expect("1839/..", "gardner"),
            expect("1843-04-01~", "home", planned=True),
        ),
    ),
    Text(
        "cairnlie-pollen-core",
        "peat bog pollen core report",
        None,
        """MOSS OF CAIRNLIE: POLLEN ANALYSIS OF CORE CL-23/1
Interim report to the Cairnlie Peatland Partnership
Report PAL-2024-07 | Dr Morag Feeney and Tomasz Wrobel, Palaeo Lab Northern

1. Fieldwork
A 3.2 m core (CL-23/1) was taken from the central dome of the bog with a Russian corer on
17 August 2023. Subsampling and pollen preparation were carried out between October 2023 and
February 2024, at 4 cm intervals, using standard acetolysis.

2. Dating
Six bulk peat samples (SUERC-110482 to SUERC-110487) were dated by AMS radiocarbon and
calibrated with IntCal20. Ages are given as calibrated years AD; BP ages refer to AD 1950.

3. Results
Zone CL-1 (320-245 cm): birch and hazel dominate, with some oak and elm.
Zone CL-2 (245-150 cm): cereal-type pollen first appears at around AD 850, together with
ribwort plantain and other weeds of cultivation.
Zone CL-3 (150-90 cm): a sharp fall in tree pollen marks woodland clearance c. AD 1150. A
charcoal peak at 118 cm is dated to cal AD 1320-1390.
Zone CL-4 (90-0 cm): heather and grasses expand; Sphagnum recovers near the top of the core,
and the bog has been managed as a nature reserve since 1987.

4. Further work
A second core, from the lagg at the bog edge, is scheduled for September 2025, subject to
landowner consent. The final report is due by 31 March 2026.

Pollen sums exceed 500 land pollen grains per level. Raw counts are held in the
Partnership's archive (file ref. CPP/2023/114).""",
        (
            expect("2023-08-17", "core"),
            expect("2023-10/2024-02", "preparation"),
            expect("0850~", "cereal"),
            expect("1150~", "clearance"),
            expect("1320/1390", "charcoal"),
            expect("1987/..", "reserve"),
            expect("2025-09", "second", planned=True),
            expect("../2026-03-31", "report", planned=True),
        ),
    ),
    Text(
        "saltbourne-lido-history",
        "lido's history",
        None,
        """Saltbourne Lido: our history

Saltbourne Lido was opened on 1 June 1936 by the mayor, Councillor Ada Fenwick, who swam the
first length in a borrowed costume. Built by the borough council on the old salt pans, the
50-metre pool held seawater pumped up from the bay at high tide.

The lido closed at the outbreak of war, when the army used it as a store, and reopened in May
1946. Its busiest day came on 3 July 1976, during the long heatwave, when 4,100 people paid
to get in.

The diving boards were removed in 1978 on safety grounds, and the café was rebuilt in around
1984 in the style of the original kiosk. But visitor numbers fell, and the council closed the
lido in 1991.

A Friends of Saltbourne Lido group, formed in about 1993, raised money, gathered 11,000
signatures and found engineers to survey the pool. The lido has been run by the Saltbourne
Lido Trust since 2006, with a small paid staff and more than 200 volunteers.

Today the water is heated, and the pool is open from May to September each year, with early
swims from 6.30am every weekday in summer.

Next: a solar heating system is to be installed no later than 31 March 2026, funded by a
National Lottery grant and the Friends' own appeal. For opening times and prices, see Visit
Us.""",
        (
            expect("1936-06-01", "open"),
            expect("1946-05", "reopen"),
            expect("1976-07-03", "busiest"),
            expect("1978", "diving"),
            expect("1984~", "café"),
            expect("1991", "clos"),
            expect("1993~", "friends"),
            expect("2006/..", "trust"),
            expect("../2026-03-31", "solar", planned=True),
        ),
    ),
    Text(
        "rendle-summary-funding-statement",
        "pension fund valuation statement",
        None,
        """RENDLE ENGINEERING PENSION SCHEME
Summary Funding Statement 2025
Scheme registration number 10045678

Dear Member,

This statement tells you about the financial health of the Scheme. We send it to you every
year, as the law requires (Pensions Act 2004, section 224).

How is the Scheme doing?
The latest formal actuarial valuation of the Scheme was carried out as at 31 March 2024. It
showed assets of £412.6 million against liabilities of £428.9 million, a funding level of
96%. The previous valuation, as at 31 March 2021, showed a funding level of 88%.

What is the Company doing?
After that valuation the Company agreed a recovery plan with the Trustee in June 2022. Under
the plan the Company pays £2.1 million into the Scheme each year. If everything goes as
assumed, the Trustee expects the Scheme to be fully funded by 2028.

Protecting pensions in payment
On or about 15 October 2023 the Trustee bought an insurance policy (a "buy-in") from Aldgate
Life that covers the pensions of members who had already retired.

Changes to the Scheme
The Scheme closed to new members on 1 April 2011 and to future accrual on 30 June 2016.

What happens next?
The next full valuation is due as at 31 March 2027. We will write to you again once it is
complete.

Questions? Write to the Scheme Secretary, Rendle Pensions, PO Box 1883, Marlby MB4 7QT.""",
        (
            expect("2024-03-31", "valuation"),
            expect("2021-03-31", "previous"),
            expect("2022-06", "recovery"),
            expect("../2028", "funded", planned=True),
            expect("2023-10-15~", "insurance"),
            expect("2011-04-01", "new", "members"),
            expect("2016-06-30", "accrual"),
            expect("2027-03-31", "next", "valuation", planned=True),
        ),
    ),
    Text(
        "north-east-regional-brass-2025",
        "brass band contest HTML results page",
        date(2025, 3, 10),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North-East Regional Championships 2025: results | Bandstand Results</title>
</head>
<body>
<nav><a href="/">Home</a> &middot; <a href="/contests">Contests</a> &middot;
<a href="/archive">Archive</a></nav>
<main>
<h1>North-East Regional Championships 2025 &ndash; Championship Section</h1>
<p class="meta">Posted Monday 10 March 2025 by the results desk</p>
<p>Eleven bands played at Lindhurst Civic Hall on Sunday in the Championship Section contest.
The test piece was Gordon Averill's <em>Coastlines</em>, commissioned in 1974 for the
Lindhurst Festival.</p>
<table>
<tr><th>Pos</th><th>Band</th><th>Conductor</th><th>Draw</th><th>Pts</th></tr>
<tr><td>1</td><td>Thornley Silver</td><td>Alan Pryce</td><td>7</td><td>197</td></tr>
<tr><td>2</td><td>Kelbrook Colliery</td><td>Ruth Ogden</td><td>3</td><td>195</td></tr>
<tr><td>3</td><td>Saltmarsh Town</td><td>Declan Moy</td><td>10</td><td>193</td></tr>
<tr><td>4</td><td>Harbeck Brass</td><td>Ian Tulloch</td><td>1</td><td>190</td></tr>
</table>
<p>Thornley Silver, founded in 1883, take the regional title for the first time since 2011.
Kelbrook Colliery, winners in 2019, were a close second, and Saltmarsh Town's soprano
cornet, Lily Marr, took the prize for the best instrumentalist. Both of the top two bands
qualify for the National Finals at the Albion Hall, Kingsport, on 20 September.</p>
<p>The adjudicators' remarks will be published by Friday 14 March. The contest has been held
in Lindhurst since 1952.</p>
</main>
<footer>&copy; 2025 Bandstand Results &middot; Contest ID 2025-NE-CH</footer>
</body>
</html>""",
        (
            expect("2025-03-09", "contest"),
            expect("1974", "commission"),
            expect("1883", "found"),
            expect("2019", "kelbrook"),
            expect("2025-09-20", "final", planned=True),
            expect("../2025-03-14", "remarks", planned=True),
            expect("1952/..", "lindhurst"),
        ),
    ),
    Text(
        "tallow-warehouse-lbc",
        "listed building consent decision",
        None,
        """BRACKENFORD BOROUGH COUNCIL
Planning (Listed Buildings and Conservation Areas) Act 1990
NOTICE OF DECISION: LISTED BUILDING CONSENT

Application ref:  24/01873/LBC
Applicant:        Quayside Homes Ltd
Site:             Former Tallow Warehouse, 14-16 Wharf Street, Brackenford BK2 4RT
Proposal:         Conversion of warehouse to 12 flats, with repair of the cast-iron
                  columns, new roof lights and removal of a 20th-century lean-to

The application was received on 18 October 2024 and validated on 4 November. An officer
visited the site on 9 January 2025.

Decision: listed building consent GRANTED on 12 February 2025, subject to the conditions
below.

Reasons
The warehouse, built c. 1824 for the tallow merchant Josiah Penrose and listed at Grade II
on 3 March 1972, is a rare survival of the town's waterfront trade. The roof, replaced in
1961, is of no special interest. The works would secure the optimum viable use of the
building and preserve its character.

Conditions
1. The works must begin no later than 12 February 2028.
2. No work shall start on the roof until samples of the slate have been approved in writing.
3. The cast-iron columns shall be repaired, not replaced.

Informative
The applicant has told the council that works are expected to start in June 2025.

Signed: K. Ashdown, Head of Planning and Building Control
Date of notice: 12 February 2025""",
        (
            expect("2024-10-18", "received"),
            expect("2024-11-04", "validated"),
            expect("2025-01-09", "visit"),
            expect("2025-02-12", "grant"),
            expect("1824~", "built"),
            expect("1972-03-03", "listed"),
            expect("1961", "roof"),
            expect("../2028-02-12", "begin", planned=True),
            expect("2025-06", "start", planned=True),
        ),
    ),
    Text(
        "harwick-rope-works",
        "rope works' history",
        None,
        """Harwick Rope Works: a short history

A ropewalk existed on the site by 1712, serving the shipyards along the Harwick estuary.
Thomas Greaves, a sailmaker, bought it in 1789 and built the present 400-yard walk the
following year; the walk was roofed in 1811, making it one of the longest covered buildings
in the county.

From 1805 until 1914 the works supplied cordage to the navy, and at its height it employed
some 300 men, women and boys. Spinners walked backwards down the walk several times an hour,
paying out hemp from the bundles round their waists.

Steam power came around 1856, when a beam engine was installed in the new engine house; the
engine was broken up for scrap between the wars. The Greaves family ran the works until it
closed in September 1970, by which time it made mostly synthetic rope for trawlers.

The buildings have been a museum since 1984, run by the Harwick Rope Works Trust, and rope
is still made by hand on the walk every Saturday afternoon.

The trust plans to restore the tarring house, where yarn was dipped in hot Stockholm tar,
and work is expected to start in 2026. Visitors can buy a bell rope or a skipping rope made
on the walk in the museum shop.""",
        (
            expect("../1712", "ropewalk"),
            expect("1789", "bought"),
            expect("1790", "walk"),
            expect("1811", "roof"),
            expect("1805/1914", "navy"),
            expect("1856~", "steam"),
            expect("1970-09", "clos"),
            expect("1984/..", "museum"),
            expect("2026", "tarring", planned=True),
        ),
    ),
    Text(
        "ferncliffe-academy-inspection",
        "school inspection report",
        None,
        """School inspection report
Ferncliffe Academy
Unique reference number (URN): 140213
Inspection dates: 14 to 15 May 2025
Inspection under section 5 of the Education Act 2005

Overall effectiveness: Good
Previous inspection grade: Requires improvement

What is it like to attend this school?
Pupils are happy and safe at Ferncliffe. They say that bullying is rare and that staff deal
with it quickly. Pupils attend a house assembly every Wednesday and take part in a wide range
of clubs. Behaviour in lessons and around the site is calm.

What does the school do well and what does it need to do better?
Leaders have rebuilt the curriculum in mathematics and science so that pupils learn
important knowledge in a sensible order. In some foundation subjects, such as geography, the
curriculum is less well developed, and pupils do not remember key ideas.

Information about this school
- Ferncliffe Academy was founded in 1888 as the Ferncliffe Board School. It converted to
  academy status in September 2016 as part of the Weald Valley Learning Trust, which merged
  with the Downland Schools Partnership in about 2019.
- The headteacher has been in post since January 2022.
- The previous inspection, in November 2021, judged the school to require improvement.
- The school is expected to open a sixth form in September 2026. The trust plans to replace
  the roof of the main block by 31 August 2025.

How inspectors carried out this inspection
Inspectors were in the school from 14 to 15 May 2025. They met the headteacher, senior
leaders, trustees and groups of pupils, and visited lessons in six subjects.""",
        (
            expect("2025-05-14/2025-05-15", "inspect"),
            expect("1888", "found"),
            expect("2016-09", "academy"),
            expect("2019~", "merge"),
            expect("2022-01/..", "headteacher"),
            expect("2021-11", "improvement"),
            expect("2026-09", "sixth", planned=True),
            expect("../2025-08-31", "roof", planned=True),
        ),
    ),
)
