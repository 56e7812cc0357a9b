"""The two-hundred-and-thirteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tsunami warning
centre's bulletins, a cyclocross race report, a hydrogen bus fleet press release, a whaling
captain's log of the 1850s, a dormouse nest box survey, a rope works' history, a transport
minister's road safety statement, a theatre's HTML season cancellations page, a water
regulator's enforcement decision, a clockmaker's history and a curling club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTEENTH_CORPUS",)


TWOHUNDREDTHIRTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-kestravik",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KESTRAVIK, Oct 9 (Nordline) - Salvage crews refloated the passenger ferry Havbris early
on Wednesday, two days after it ran aground on a sandbank at the mouth of Kestra Fjord with
214 passengers and 38 crew on board, the coastal administration said.

The ferry struck the bank shortly before 9 p.m. on Monday in westerly winds gusting to 25
metres per second. Its passengers were all ashore by 3 a.m. on Tuesday, taken off by two
lifeboats and a rescue helicopter. Eleven people were treated for hypothermia and one crew
member, aged 61, for a broken wrist.

"The hull is intact and there is no sign of fuel leaking," said Ragna Solheim, who led the
salvage operation. Two tugs pulled the vessel free on the morning high tide and it was
towed to the Valdsund yard for inspection.

Shares in the operator, Fjordlink, fell 3.4 percent on the Nordic exchange on Tuesday,
their steepest one-day fall since March 2020.

Fjordlink, which has run the Kestravik-Holmoy route since 2012, said it expected to resume
sailings no later than Oct. 21, using a chartered vessel. Until then passengers can book
places on a replacement bus by calling 800 41 998.

The Maritime Accident Board said it would hold a first public hearing into the grounding on
November 4. The ferry makes the 47-minute crossing up to 14 times a day in summer.

The Havbris, of 2,300 gross tonnes, was built in 1998 at the Valdsund yard and lengthened in
2007 to carry 120 cars.

(Reporting by Eirik Brandal; Editing by Sara Holt)""",
        (
            expect("2024-10-09", "refloat"),
            expect("2024-10-07", "aground"),
            expect("../2024-10-08", "passengers", "ashore"),
            expect("2024-10-08", "shares", "fell"),
            expect("2012/..", "route"),
            expect("../2024-10-21", "resume", "sailings", planned=True),
            expect("2024-11-04", "hearing", planned=True),
            expect("1998", "built"),
            expect("2007", "lengthened"),
        ),
    ),
    Text(
        "ostervale-brandt-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Ostervale completes acquisition of Brandt Cell Recovery, doubling battery recycling capacity

LINDHOLM, Denmark, February 18, 2025 /Corpwire/ -- Ostervale A/S (NXC: OSTV), a recycler of
lithium-ion batteries, today announced that it has completed its acquisition of Brandt Cell
Recovery GmbH of Halsdorf, Germany, for EUR 42 million in cash.

The agreement was first announced on November 27, 2024, and received clearance from the
German competition authority on January 30, 2025. With the Halsdorf plant, Ostervale's
capacity rises from 17,500 to 35,000 tonnes of spent batteries a year.

"Brandt gives us a second site in the heart of Europe's car industry," said Mette
Ravnkilde, Chief Executive Officer of Ostervale. "Together we can recover more lithium,
nickel and cobalt than any recycler in the region."

Ostervale will decommission Brandt's old pyrometallurgical unit no later than September 30,
2025, and plans to build a hydrometallurgical line in its place. The new line is expected
to start production by March 2026.

Investor call
Ostervale will host a call for analysts and investors on Thursday, February 20, at 10:00
CET. Dial-in: +45 33 12 19 98, access code 2025#.

About Ostervale
Founded in 2003 in Lindholm, Ostervale has been listed on the Nordic Growth Exchange since
2015. The company employs 640 people at two sites and recovers up to 95% of the metals in a
battery cell.

Media contact:
Jonas Ebbesen, Head of Communications
press@ostervale.example | +45 33 12 20 00

(c) 2025 Ostervale A/S. All rights reserved.""",
        (
            expect("2025-02-18", "acquisition", "completed"),
            expect("2024-11-27", "agreement", "announced"),
            expect("2025-01-30", "clearance"),
            expect("../2025-09-30", "decommission", planned=True),
            expect("../2026-03", "line", "production", planned=True),
            expect("2025-02-20", "call", planned=True),
            expect("2003", "founded"),
            expect("2015/..", "listed"),
        ),
    ),
    Text(
        "brightwell-v-hollis",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
                    SECOND DISTRICT

No. 22-1187

BRIGHTWELL PACKAGING, INC.,
          Plaintiff-Appellant,
     v.
HOLLIS FARMS, LLC,
          Defendant-Appellee.

Appeal from the Superior Court of Tarrant County, No. CV-21-0442, Hon. Ellen Marsh, Judge.

Filed March 3, 2023

Before RUIZ, OKAFOR, and LINDQVIST, Judges.

OPINION

RUIZ, Judge.

Brightwell Packaging appeals the summary judgment entered for Hollis Farms on its claim
for breach of a supply contract. We affirm.

I.

On or about June 14, 2019, the parties signed a three-year agreement under which Brightwell
was to supply Hollis with 1.2 million clamshell containers a month, payment due within 45
days of invoice. From July 2019 through December 2020, Brightwell shipped containers and
Hollis paid for them.

On or about December 1, 2020, Hollis sent Brightwell a letter complaining that two
shipments had failed the food-contact standard. Brightwell did not answer it. Hollis
terminated the agreement by written notice on January 8, 2021.

Brightwell filed this action on April 2, 2021. The trial court granted summary judgment to
Hollis on September 30, 2022, holding that the letter was an adequate demand for assurance
under section 2-609 of the Commercial Code, as amended by the 1998 Act. Brightwell filed its
notice of appeal on October 21, 2022, and we heard oral argument on January 17, 2023.

II.

We review a summary judgment de novo. Brightwell argues that the letter was too vague to be
a demand. We disagree. It named the two shipments, quoted the test results (4.7 ppm against
a limit of 2.5 ppm), and asked for a written answer within 30 days. A reasonable supplier
would have understood it. Having given no assurance, Brightwell repudiated the contract,
and Hollis was free to terminate it.

The judgment is AFFIRMED.""",
        (
            expect("2019-06-14~", "agreement", "signed"),
            expect("2019-07/2020-12", "shipped"),
            expect("2020-12-01~", "letter"),
            expect("2021-01-08", "terminated"),
            expect("2021-04-02", "action", "filed"),
            expect("2022-09-30", "summary", "judgment"),
            expect("2022-10-21", "notice", "appeal"),
            expect("2023-01-17", "argument"),
        ),
    ),
    Text(
        "marrowby-history",
        "encyclopedia history",
        None,
        """Marrowby

Marrowby is a market town and civil parish on the River Lune in the north of the county,
11 miles (18 km) from Castleford. It had a population of 4,312 at the 2011 census.

History

The place is first recorded in 1032, as Maerganbyg, in a grant of land to the abbey of St
Oda. The parish church of St Aldric was possibly founded in 1140; its nave keeps two
Norman windows. The town received a market charter in 1283, and a Thursday market is still
held every week.

Marrowby Castle, built by the Daubeney family on a mound above the ford, was besieged in
1461 and again in 1471, during the Wars of the Roses, and was afterwards left to decay. The
grammar school was founded perhaps in 1552, though its early registers are lost.

The wool trade brought prosperity in the seventeenth century. The cloth hall on Market
Street was built c. 1610 and is the oldest secular building in the town. Under the
Marrowby Improvement Act 1772 the main streets were paved and lit.

The railway reached Marrowby in 1851 and the station closed in 1964. Between 1939 and 1945
RAF Marrowby, a bomber airfield, occupied the moor to the east of the town; its control
tower survives as a museum.

Since 1974 the town has formed part of the district of North Lunedale.

See also
 - List of market towns in the North
 - Lune Valley Railway

References
 1. Harker, J. (1988). A History of Marrowby. Lunedale Press, p. 1140.
 2. "Marrowby Castle". Heritage Register. Retrieved 4 June 2023.""",
        (
            expect("1032", "recorded"),
            expect("1140?", "church", "founded"),
            expect("1283", "market", "charter"),
            expect("1461", "castle", "besieged"),
            expect("1471", "castle", "besieged"),
            expect("1552?", "grammar", "school"),
            expect("1610~", "cloth", "hall"),
            expect("1851", "railway"),
            expect("1964", "station", "closed"),
            expect("1939/1945", "airfield"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "dunmore-rovers-cup",
        "sports report",
        date(2025, 3, 16),
        """COUNTY CUP | QUARTER-FINAL

Dunmore Rovers 3 Ashgate United 1

Pryce double sends Rovers into semi-finals

By Kieran Walsh, at Kiln Lane

Dunmore Rovers beat Ashgate United 3-1 at Kiln Lane on Saturday to reach the semi-finals of
the County Cup for the first time since 2017, with Owen Pryce scoring twice.

Ashgate, whose manager Phil Dorran was sacked on Monday after six defeats in a row, were
led by caretaker Lee Sands and started brightly, but Pryce turned in a low cross from Tom
Obi in the 12th minute.

Goalkeeper Sam Lomax, signed from Kelby Town in January, saved a penalty from Craig Hendry
just before the break. Pryce made it 2-0 with a header in the 55th minute, and though
Hendry pulled one back on 71 minutes, Obi settled the tie ten minutes from time.

"We have waited eight years for a day like this," said Rovers manager Alan Mercer, 52. "The
lads deserve it, and so do the 11,209 who came." It was the biggest crowd at Kiln Lane
since 1998.

The semi-final draw will be made on Monday evening on County Radio. The semi-finals will be
played on 12 April and the final at Hallam Park on 26 April.

Before then Rovers travel to Kelby on Tuesday for a league game, and Mercer said he would
rest Pryce, who is 34.

Dunmore Rovers: Lomax; Hart, Kemp, Doyle, Ferris; Obi, Mullan, Reid; Pryce, Akin, Vance.
Ashgate United: Benn; Clough, Parr, Ewart, Lyle; Sykes, Hendry, Moss; Dale, Ives, Grant.
Referee: M. Whitlock. Attendance: 11,209.""",
        (
            expect("2025-03-15", "Rovers", "Ashgate"),
            expect("2025-03-10", "Dorran", "sacked"),
            expect("2025-01", "Lomax", "signed"),
            expect("2025-03-17", "draw", planned=True),
            expect("2025-04-12", "semi-finals", planned=True),
            expect("2025-04-26", "final", planned=True),
            expect("2025-03-18", "Kelby", planned=True),
        ),
    ),
    Text(
        "hartley-finch-history",
        "company history",
        None,
        """Hartley & Finch | Our story

Home > About us > Our story

Thomas Hartley began baking ship's biscuits in a rented bakehouse on Mill Row, Wensham, in
1871, selling them to the barges that worked the canal. Around 1890 he took his nephew,
Arthur Finch, into partnership, and the firm became Hartley & Finch.

The first factory, on the canal at Lowgate, opened in 1902 with two coal-fired ovens.
Between 1914 and 1918 the factory produced army biscuits for the War Office, working day
and night with a staff of 310, most of them women.

Between the wars the firm turned to sweet biscuits. Its Wensham Ginger Crisp won a gold
medal at the Brussels food fair in 1936 and another in 1938, and it is still our best
seller.

In 1967 Hartley & Finch merged with Dalby Brothers of Halton, and the enlarged company moved
all its baking to Lowgate. Since 1994 the company has been owned by the Finch Family Trust,
which keeps the recipes in the family.

Today our Lowgate ovens bake 1,840 biscuits a minute, and every December we bake a ginger
crisp for each of the town's 1,200 schoolchildren.

Looking ahead

We plan to open a new bakery at Wensham Park in 2026, heated by renewable electricity.
Production will move from Lowgate to the new bakery by the end of 2027, and the old factory
will become homes and a heritage centre.

Hartley & Finch Ltd, Lowgate Mill, Wensham WN4 2HF. Tel. 01632 960 871.
(c) 2025 Hartley & Finch Ltd. Registered in England No. 00187102.""",
        (
            expect("1871", "baking"),
            expect("1890~", "partnership"),
            expect("1902", "factory", "opened"),
            expect("1914/1918", "army", "biscuits"),
            expect("1936", "gold", "medal"),
            expect("1938", "medal"),
            expect("1967", "merged"),
            expect("1994/..", "owned"),
            expect("2026", "bakery", planned=True),
            expect("../2027", "production", planned=True),
        ),
    ),
    Text(
        "selkie-lunar-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY: SELKIE LUNAR RADAR ORBITER

Agency:            Nordic Space Office (NSO)
Launch vehicle:    Skarv-2
Launch site:       Vandfjord, pad 2
Mass at launch:    412 kg
Orbit:             polar, 100 km
Status:            extended mission

OBJECTIVES
Selkie maps ice in the permanently shadowed craters near the lunar poles with a low-
frequency radar that sees up to 40 m below the surface.

TIMELINE
Selkie was launched on 4 September 2021 at 02:17 UTC and entered lunar orbit on 19
September after a 15-day cruise. Commissioning of the radar was completed by 30 October.
The primary mission ran from 1 November 2021 to 31 October 2023, during which the radar
mapped 96 per cent of the south polar region.

In August 2023 the NSO board approved an extended mission. On 12 February 2024 one of the
four reaction wheels failed; operations resumed two days later using the remaining three.

Selkie is planned to impact the lunar far side on or about 3 March 2026, when its
propellant runs out. A final data release is scheduled for June 2026.

DATA
Calibrated data are released to the public archive every six months. More than 2,100
radar swaths had been archived at the end of the primary mission.

CONTACT
NSO Science Operations Centre, +47 22 00 41 21

Page last reviewed: 9 January 2025""",
        (
            expect("2021-09-04", "launched"),
            expect("2021-09-19", "orbit"),
            expect("../2021-10-30", "commissioning"),
            expect("2021-11-01/2023-10-31", "primary", "mission"),
            expect("2023-08", "extended", "mission"),
            expect("2024-02-12", "wheel", "failed"),
            expect("2024-02-14", "operations", "resumed"),
            expect("2026-03-03~", "impact", planned=True),
            expect("2026-06", "data", "release", planned=True),
        ),
    ),
    Text(
        "avian-flu-brellham",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Press statement
Thursday 7 November 2024

Avian influenza confirmed at duck farm near Brellham

Highly pathogenic avian influenza (H5N1) was confirmed on 5 November at a commercial duck
farm of 28,000 birds near Brellham, the Chief Veterinary Officer, Dr Hanna Velde, said
today. Samples were taken on Sunday after the keeper reported a sudden rise in deaths.

All birds on the premises were culled on 6 November. A 3 km protection zone and a 10 km
surveillance zone were declared the same day. This is the first case in the region since
2021.

All poultry keepers in the region must house their birds no later than 12 November, and
must report any sign of disease at once. The protection zone is expected to be lifted on or
about 6 December if no further cases are found.

The Minister, Ines Corrado, will meet farmers' representatives in Brellham on Monday to
discuss the measures. "The quick action of the keeper and our vets has given us the best
chance of containing this outbreak," she said.

Since October 2023 the ministry has paid compensation at full market value for healthy
birds culled under the Animal Health Act 2002.

The risk to public health remains very low. Properly cooked poultry and eggs are safe to
eat.

Helpline for keepers: 0300 200 1914 (8 am to 6 pm, Monday to Friday)

Notes to editors
Wild bird cases are reported every autumn as migrating birds arrive.

ENDS""",
        (
            expect("2024-11-03", "samples"),
            expect("2024-11-05", "confirmed"),
            expect("2024-11-06", "culled"),
            expect("2024-11-06", "zone", "declared"),
            expect("../2024-11-12", "house", planned=True),
            expect("2024-12-06~", "zone", "lifted", planned=True),
            expect("2024-11-11", "meet", planned=True),
            expect("2023-10/..", "compensation"),
        ),
    ),
    Text(
        "old-quay-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Old Quay Bridge reopens after 21 months | Harbourside Courier</title>
  <script async src="/js/analytics-2024.js"></script>
</head>
<body>
<nav class="top">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's on</a>
</nav>
<article>
  <h1>Old Quay Bridge reopens after 21 months</h1>
  <p class="byline">By Nadia Quayle, Local Democracy Reporter</p>
  <p class="meta">Published <time datetime="2024-05-22T08:14:00+01:00">22 May 2024</time>
     | Updated <time datetime="2024-05-22T11:40:00+01:00">11:40</time></p>
  <figure>
    <img src="/img/oldquay-0522.jpg" alt="Cars crossing the Old Quay Bridge">
    <figcaption>The first cars cross the bridge on Tuesday morning. Photo: Ben Arkwright
    </figcaption>
  </figure>
  <p>The Old Quay Bridge reopened to traffic on Tuesday, 21 months after it was shut.</p>
  <p>The iron swing bridge, built c. 1885, closed in August 2022 after inspectors found
  cracks in two of its main girders. The city council approved a repair budget of
  &pound;14.5m on 9 February 2023, up from an estimate of &pound;8m, and repairs began in
  March 2023.</p>
  <p>Buses will return to the bridge from Monday 3 June, and the pedestrian walkway is due to
  open by the end of June. A formal ceremony is planned for Saturday 8 June.</p>
  <p>"It has been a long wait for the 16,000 people who use this crossing every day," said
  council leader Rhys Penhale.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/bridge-costs">Bridge repair bill rises again</a> <time>3 Nov 2023</time></li>
    <li><a href="/news/quay-traffic">Traffic chaos as bridge shuts</a> <time>12 Aug 2022</time></li>
  </ul>
</aside>
<footer>&copy; 2024 Harbourside Courier. Call the newsdesk on 01632 960 224.</footer>
</body>
</html>""",
        (
            expect("2024-05-21", "bridge", "reopened"),
            expect("1885~", "built"),
            expect("2022-08", "closed"),
            expect("2023-02-09", "budget"),
            expect("2023-03", "repairs", "began"),
            expect("2024-06-03", "buses", planned=True),
            expect("../2024-06", "walkway", planned=True),
            expect("2024-06-08", "ceremony", planned=True),
        ),
    ),
    Text(
        "tsunami-bulletins-kellan",
        "tsunami warning centre's bulletins",
        None,
        """NORTH PACIFIC REGIONAL TSUNAMI CENTRE

TSUNAMI INFORMATION STATEMENT NUMBER 1
ISSUED AT 2349 UTC FRI 13 JUN 2025

AN EARTHQUAKE HAS OCCURRED WITH THESE PRELIMINARY PARAMETERS
  MAGNITUDE    7.6
  ORIGIN TIME  2341 UTC FRI 13 JUN 2025
  COORDINATES  42.1 NORTH 143.9 EAST
  DEPTH        35 KM
  LOCATION     OFF THE EAST COAST OF KELLAN ISLAND

A TSUNAMI WATCH IS IN EFFECT FOR THE COASTS OF KELLAN ISLAND.
IN 1957 A MAGNITUDE 8.1 EARTHQUAKE IN THIS REGION GENERATED WAVES OF UP TO 9 M.

------------------------------------------------------------

TSUNAMI WARNING NUMBER 2
ISSUED AT 0010 UTC SAT 14 JUN 2025

A TSUNAMI WARNING IS NOW IN EFFECT FOR THE EAST COAST OF KELLAN ISLAND.
PERSONS IN COASTAL AREAS SHOULD MOVE TO HIGH GROUND.

ESTIMATED ARRIVAL TIMES
  PORT KELLAN     0040 UTC 14 JUN
  SAKURO BAY      0055 UTC 14 JUN

------------------------------------------------------------

TSUNAMI WARNING NUMBER 3
ISSUED AT 0120 UTC SAT 14 JUN 2025

TSUNAMI WAVES HAVE BEEN OBSERVED AT THESE GAUGES
  GAUGE           TIME (UTC)   AMPLITUDE
  PORT KELLAN     0047         0.6 M
  SAKURO BAY      0103         1.1 M

------------------------------------------------------------

FINAL TSUNAMI STATEMENT NUMBER 4
ISSUED AT 0920 UTC SAT 14 JUN 2025

THE TSUNAMI WARNING IS CANCELLED. SEA LEVEL READINGS SHOW THE THREAT HAS PASSED.
SMALL CURRENTS MAY CONTINUE FOR SEVERAL HOURS.
A FINAL SURVEY REPORT WILL BE ISSUED BY 20 JUNE 2025.

THIS WILL BE THE LAST STATEMENT FOR THIS EVENT UNLESS ADDITIONAL INFORMATION BECOMES
AVAILABLE. CALL +81 0 5550 1957 FOR MEDIA ENQUIRIES.""",
        (
            expect("2025-06-13", "earthquake"),
            expect("2025-06-13", "watch"),
            expect("1957", "earthquake"),
            expect("2025-06-14", "warning"),
            expect("2025-06-14", "waves", "observed"),
            expect("2025-06-14", "cancel"),
            expect("../2025-06-20", "survey", "report", planned=True),
        ),
    ),
    Text(
        "cyclocross-koppenbos",
        "cyclocross race report",
        date(2024, 12, 9),
        """RACE REPORT | WORLD CUP | KOPPENBOS

Vandermeer masters the sand for third win of the season

Posted Monday, 07:45 | by Fien Laureys

Lotte Vandermeer soloed to victory in the women's elite race at Koppenbos on Sunday, a week
after crashing out of the World Cup round in Namur with a bruised hip.

The Dutch champion, 27, rode clear on the second of six laps in the long sand section and
finished 38 seconds ahead of Ines Brockhoff, with Maud Terlinck third at 1:02. Rain began
around 2 p.m. and turned the 400-metre run-up into a climb of mud.

"After Namur I could hardly walk for two days," Vandermeer said. "Today the legs were back."

Her fastest lap, 7:42, was the quickest of the day by nine seconds. It was her 19th World
Cup win; the first came in October 2019, three years after she turned professional in 2016.

The race has been organised by the Koppenbos club since 1983 and draws about 15,000 fans
every year.

What's next
The World Cup moves to Zonhoven next Sunday. The national championships will be held in
Lokeren in January, with the women's race on 11 January and the men's on 12 January.

Results - women's elite
1. Lotte Vandermeer (NED) 58:14
2. Ines Brockhoff (GER) +0:38
3. Maud Terlinck (BEL) +1:02
4. Saar Devos (BEL) +1:30""",
        (
            expect("2024-12-08", "Vandermeer"),
            expect("2024-12-01", "crash"),
            expect("2019-10", "first"),
            expect("2016", "professional"),
            expect("1983/..", "club"),
            expect("2024-12-15", "Zonhoven", planned=True),
            expect("2025-01-11", "women", planned=True),
            expect("2025-01-12", "men", planned=True),
        ),
    ),
    Text(
        "granford-hydrogen-buses",
        "hydrogen bus fleet press release",
        None,
        """PRESS RELEASE

Granford Transport Authority

GRANFORD, 2 April 2025 - Granford's fleet of 24 hydrogen fuel-cell buses is now carrying
passengers on routes 7 and 15, the Granford Transport Authority (GTA) said today.

The buses entered passenger service on Monday 31 March, and the Mayor of Granford,
Cllr Priya Anand, formally launched the fleet today at the Eastside depot.

"Our passengers will notice the quiet. Our lungs will notice the clean air," she said.

The GTA ordered the buses from Calder Mobility in January 2023 for GBP 19.2 million, helped
by the 2021 Clean Transport Fund, after trials of two hydrogen buses between 2019 and 2021.
The refuelling station at Eastside, which delivers hydrogen at 350 bar, opened in November
2024 and can fill a bus in under ten minutes.

Each bus carries up to 85 passengers and has a range of 450 km. The two routes carry about
1,600 passengers a day.

Next steps
- A further 16 buses will arrive by the end of 2025.
- An independent evaluation of the fleet will be published by the end of September.
- The GTA plans to run only zero-emission buses from 2032.

Media enquiries: GTA press office, 01632 960 214, press@gta.example

ENDS""",
        (
            expect("2025-03-31", "service"),
            expect("2025-04-02", "launched"),
            expect("2023-01", "ordered"),
            expect("2019/2021", "trials"),
            expect("2024-11", "refuelling", "station"),
            expect("../2025", "buses", "arrive", planned=True),
            expect("../2025-09", "evaluation", planned=True),
            expect("2032/..", "zero-emission", planned=True),
        ),
    ),
    Text(
        "whaler-meridian-log",
        "whaling captain's log of the 1850s",
        None,
        """Journal kept on board the Ship Meridian of New Bedford, Elias Thorne, Master,
bound on a Whaling Voyage to the Pacific Ocean.

1853.
July.

Fri. 1st. Begins with light airs from the N.W. & pleasant weather. At 10 A.M. raised sperm
whales two points off the lee bow, lowered three boats, the Mate struck & killed a large
one. Got him alongside at 3 P.M. Lat. 36.14 S. Lon. 79.02 W.

Sat. 2nd. Fresh breezes & cloudy. All hands employed cutting in. Took in the head at dark.

Sun. 3rd. Strong gales from S.W. Lay by the try works. No observation.

Mon. 4th. Moderate. Finished boiling, 62 bbls. Stowed down in the fore hold.

Tues. 5th. Light winds. Saw nothing. Steering N. by E.

Thurs. 14th. Spoke the Barque Hesper of Nantucket, Capt. Swain, 14 months out, 900 bbls.
sperm. Her Capt. says he will touch at Talcahuano about the 1st prox. Sent letters by her.

Mon. 18th. John Reese, seaman, of Fairhaven, aged 23, died of the fever at 2 A.M. At 4 P.M.
committed his body to the deep. So ends.

Thurs. 21st. Lowered for a school of cows; the 2d Mate's boat stove by a whale, all hands
saved. Boat past repair.

August.

Wed. 3rd. Made the island of San Telmo bearing E.N.E. 20 miles. Came to an anchor in the
bay at 5 P.M. in 11 fathoms.

Sat. 6th. Pleasant. 22 months out this day, 1,140 bbls. on board. Intend
to sail for home about the 20th inst. if the weather holds.""",
        (
            expect("1853-07-01", "whale", "killed"),
            expect("1853-07-02", "cutting"),
            expect("1853-07-04", "boiling"),
            expect("1853-07-14", "Hesper"),
            expect("1853-08-01~", "Talcahuano", planned=True),
            expect("1853-07-18", "Reese", "died"),
            expect("1853-07-21", "boat", "stove"),
            expect("1853-08-03", "Telmo"),
            expect("1853-08-20~", "sail", "home", planned=True),
        ),
    ),
    Text(
        "ashcombe-dormouse-boxes",
        "dormouse nest box survey",
        None,
        """ASHCOMBE WOOD HAZEL DORMOUSE NEST BOX SURVEY - ANNUAL REPORT 2024

Prepared by: Mid-Vale Mammal Group
Licence no.: 2024-21988-CLS
Report date: 18 November 2024

1. Background
Fifty wooden nest boxes were put up on a 20 m grid in the hazel coppice in March 2019. A
hazelnut opened by a dormouse was possibly found in the wood in 1994, but the record was
never confirmed. The first dormouse in the boxes was found on 20 June 2020.

2. Checks in 2024
The boxes were checked on 14 May, 11 June, 9 July, 13 August and 10 September by two
licensed surveyors, always between 9 am and noon.

  Date          Boxes checked   Dormice   Nests
  14 May        50              0         3
  11 June       50              2         7
  9 July        50              6         11
  13 August     49              4         12
  10 September  49              9         14

On 9 July a female with four young was found in box 27; the young weighed 9-11 g. Box 12
was found damaged by a grey squirrel on 10 September and was replaced. The heaviest adult,
in box 41, weighed 24 g. No hibernation nests were recorded.

3. Next steps
Records for 2024 will be sent to the National Dormouse Monitoring Programme no later than
31 December. The first check of 2025 is planned for 13 May 2025.

Contact: survey coordinator, 07700 900 327""",
        (
            expect("2019-03", "boxes"),
            expect("1994?", "hazelnut"),
            expect("2020-06-20", "first", "dormouse"),
            expect("2024-05-14", "check"),
            expect("2024-06-11", "check"),
            expect("2024-07-09", "check"),
            expect("2024-08-13", "check"),
            expect("2024-09-10", "check"),
            expect("2024-07-09", "female"),
            expect("2024-09-10", "damaged"),
            expect("2025-05-13", "check", planned=True),
            expect("../2024-12-31", "records", planned=True),
        ),
    ),
    Text(
        "chatterley-rope-works",
        "rope works' history",
        None,
        """THE CHATTERLEY ROPE WORKS: A SHORT HISTORY

Rope has been made on the banks of the Sedge at Chatterley perhaps since the 1690s, when
the town supplied cordage to the naval dockyard downriver.

The covered ropewalk, 330 metres (1,083 feet) long, is said to have been built in 1758 by
the merchant Josiah Kemble. About 1790 the works passed to the Aldous family, who ran it for
the next 180 years.

The walk was extended in 1824, 1836 and 1851, each time to make longer cables for larger
ships, and a rope of 1,000 fathoms could be laid in one piece. Steam-powered machinery was
installed in 1862, and the works then employed 240 men, women and boys.

Demand fell as wire rope and then synthetic fibres took over. The works closed in 1971,
and the buildings stood empty until the Chatterley Rope Trust reopened them as a museum in
1988.

Since 1995 the museum has made traditional rope for sail training ships, and visitors can
watch the ropemakers at work every weekday. A new visitor centre is due to open on 4 April
2026.

Opening times: 10am-4pm daily. Adults 12.50, children 6.00.
Chatterley Rope Trust, registered charity 1017581.""",
        (
            expect("1758?", "ropewalk", "built"),
            expect("1790~", "Aldous"),
            expect("1824", "extended"),
            expect("1836", "extended"),
            expect("1851", "extended"),
            expect("1862", "machinery"),
            expect("1971", "closed"),
            expect("1988", "museum"),
            expect("1995/..", "rope"),
            expect("2026-04-04", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "road-safety-statement",
        "transport minister's road safety statement",
        None,
        """DEPARTMENT FOR TRANSPORT AND ROADS

Written ministerial statement
Road safety: provisional casualty figures and next steps

Made by: Rt Hon Delia Okonkwo-Hart MP, Minister for Transport
Date: 12 September 2024

Provisional figures published today show that 1,438 people were killed on our roads last
year, a fall of 6 per cent and the lowest figure since 1926. But each of these numbers is a
life, and a family that has lost someone.

On Monday I met families of victims in Harlow Cross. They asked me to be bolder, and I
intend to be.

The default 30 km/h limit in town centres, which came into force on 1 July 2023, has
already cut deaths in those streets by a fifth. Since January 2022 every new car sold has
had to be fitted with intelligent speed assistance, and I will keep that rule under review.

Today I am also announcing a consultation on graduated driver licensing for drivers aged 17
to 24. The consultation will open on 30 September and close on 20 December.

Average speed cameras will be installed on the 40 most dangerous single-carriageway A-roads
by March 2026, funded with GBP 47 million from the Road Safety Fund.

Every November we join the World Day of Remembrance for Road Traffic Victims. I will bring
forward a Road Safety Bill, amending the Road Traffic Act 1988, when parliamentary time
allows.

Statement ID: HCWS 1438""",
        (
            expect("2024-09-12", "figures", "published"),
            expect("2023", "killed"),
            expect("2024-09-09", "met", "families"),
            expect("2023-07-01", "limit"),
            expect("2022-01/..", "speed", "assistance"),
            expect("2024-09-30", "consultation", "open", planned=True),
            expect("2024-12-20", "consultation", "close", planned=True),
            expect("../2026-03", "cameras", planned=True),
        ),
    ),
    Text(
        "alder-theatre-cancellations",
        "theatre's HTML season cancellations page",
        date(2025, 2, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Cancellations and changes - Alder Theatre</title>
  <script src="/assets/booking.min.js" defer></script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/whats-on">What's On</a> <a href="/visit">Visit</a>
  <a href="/support">Support us</a></nav>
<main>
  <h1>Spring season: cancellations and changes</h1>
  <p class="updated">Updated <time datetime="2025-02-03">3 February</time></p>
  <p>During the matinee on Saturday 25 January, a section of ceiling plaster fell into the
  upper circle. No one was hurt, and the audience left safely.</p>
  <p>Following an engineer's survey, we announced on Friday 31 January that the auditorium
  will stay closed while the ceiling is repaired. We expect to reopen on Friday 7 March.</p>
  <h2>Cancelled</h2>
  <ul>
    <li><strong>The Gull's Lament</strong>: all performances from 28 January to 1 February
    have been cancelled.</li>
  </ul>
  <h2>Rescheduled</h2>
  <ul>
    <li><strong>Midwinter Quartet</strong> (Thu 6 Feb) has moved to Fri 21 March, 7.30pm.
    Your tickets are valid for the new date.</li>
  </ul>
  <h2>Refunds</h2>
  <p>Refunds will be made automatically to the card you paid with by 28 February. Please
  do not call the box office (01632 960 731) unless you paid in cash.</p>
  <p>The Alder Cafe, which is not affected, will reopen on Monday 10 February.</p>
</main>
<footer>
  <p>The Alder Theatre opened in 1896; its roof was last restored in 1983.</p>
  <p>&copy; 2025 Alder Theatre Trust. Registered charity no. 1101896.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-25", "plaster"),
            expect("2025-01-31", "announced"),
            expect("2025-03-07", "reopen", planned=True),
            expect("2025-01-28/2025-02-01", "Gull", "cancelled"),
            expect("2025-03-21", "Quartet", planned=True),
            expect("../2025-02-28", "refunds", planned=True),
            expect("2025-02-10", "cafe", planned=True),
            expect("1896", "opened"),
            expect("1983", "roof", "restored"),
        ),
    ),
    Text(
        "caldbeck-water-enforcement",
        "water regulator's enforcement decision",
        None,
        """WATER SERVICES REGULATION AUTHORITY

Decision notice: enforcement action against Caldbeck Water Limited
Case reference: ENF/2023/014
Date of decision: 12 March 2025

1. Summary

1.1 We have today imposed a financial penalty of GBP 3.6 million on Caldbeck Water Limited
("Caldbeck") under section 22A of the Water Services Act 2003.

1.2 Between 1 April 2021 and 31 March 2023, Caldbeck failed to operate 12 of its wastewater
treatment works in line with their permits, causing 1,204 unpermitted spills.

2. Background

2.1 Caldbeck has been under enhanced monitoring since January 2022, after its performance
in the 2020-21 reporting year fell below the level we expect.

2.2 We opened our investigation on 14 June 2023, following reports from the Environment
Inspectorate.

2.3 We issued our provisional findings on 9 October 2024. Caldbeck responded on or about 20
November 2024; its letter bears no date. We have taken its representations into account.

3. Decision

3.1 Caldbeck must pay the penalty no later than 30 June 2025. The penalty may not be
recovered from customers through bills.

3.2 Caldbeck must complete upgrades at the 12 works by 31 March 2027 and must report its
progress to us every quarter.

3.3 This is the largest penalty we have imposed since 2016.

Signed
Helen Ashdown
Director of Enforcement

Enquiries: enforcement@wsra.example | 0300 123 2003""",
        (
            expect("2025-03-12", "penalty", "imposed"),
            expect("2021-04-01/2023-03-31", "failed"),
            expect("2022-01/..", "monitoring"),
            expect("2023-06-14", "investigation"),
            expect("2024-10-09", "provisional", "findings"),
            expect("2024-11-20~", "responded"),
            expect("../2025-06-30", "pay", planned=True),
            expect("../2027-03-31", "upgrades", planned=True),
        ),
    ),
    Text(
        "hartwig-clockmakers",
        "clockmaker's history",
        None,
        """HARTWIG & SONS, CLOCKMAKERS OF WRENFORD

Abel Hartwig (1768-1831) was apprenticed circa 1782 to the Lichfield clockmaker John
Pardoe, and set up on his own account in Sheep Street, Wrenford, in 1791. The turret clock
of St Mary's church is said to have been made by him in 1805; its iron frame bears only the
initials A.H.

In the 1830s his sons Samuel and Daniel turned the business to longcase and bracket clocks,
many with painted dials of ships and harvest scenes. The firm moved to larger premises on
Bridge Street in 1847, where Samuel Hartwig made the regulators that the Wrenford Observatory
used until the 1950s.

The firm's largest work, the four-dial clock of Wrenford Town Hall, was built between 1872
and 1874. Its pendulum is 4.2 metres long and its bell weighs 1,250 kg.

Walter Hartwig, the last of the family in the trade, died in 1938, and the firm closed in
1940. Its tools, benches and pattern books passed to the Wrenford Museum, and since 2001 the
workshop has been displayed there as it stood on the day it closed.

A restoration of the St Mary's turret clock is planned for 2026, and the museum winds the
Town Hall clock every Monday.

Source: M. Pardoe, Wrenford Clocks and Their Makers (Wrenford, 1979).
Wrenford Museum, Bridge Street. Open Tuesday to Saturday, 10.00-16.30. Tel. 01632 961 791.""",
        (
            expect("1782~", "apprenticed"),
            expect("1791", "set"),
            expect("1805?", "turret", "clock"),
            expect("1847", "moved"),
            expect("1872/1874", "town", "hall"),
            expect("1938", "Walter", "died"),
            expect("1940", "closed"),
            expect("2001/..", "workshop"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "glenmora-curling-fixtures",
        "curling club's fixtures list",
        date(2024, 10, 1),
        """GLENMORA CURLING CLUB
Fixtures 2024-25
Home ice: Perthside Ice Rink, sheets 3 and 4

Fri 4 Oct     Opening dinner, Clubhouse, 7 pm (tickets 28.50 from the Secretary)
Tue 15 Oct    Points competition, 6.30 pm
Sat 9 Nov     v. Carsebridge CC (away), 2 pm, two rinks
Sat 14 Dec    Christmas bonspiel, 10 am - 4 pm
Sat 25 Jan    Burns Supper & spiel, 5 pm
Sun 16 Mar    Club championship final, 1 pm
Thu 3 Apr     AGM, Clubhouse, 7.30 pm

Practice ice every Tuesday and Thursday, 6-8 pm, from October to March.

Notes
1. Ice fees (145 for the season, 95 for juniors under 21) are due no later than 31 October.
2. Skips must name their rinks to the Match Secretary by 6 pm on the Wednesday before each
   competition.
3. The club was founded in 1882 and has curled at Perthside since the rink opened.

Secretary: Morag Lennie, tel. 01738 960 182
Match Secretary: Euan Craw, tel. 07700 900 441""",
        (
            expect("2024-10-04", "dinner", planned=True),
            expect("2024-10-15", "points", planned=True),
            expect("2024-11-09", "Carsebridge", planned=True),
            expect("2024-12-14", "bonspiel", planned=True),
            expect("2025-01-25", "Burns", planned=True),
            expect("2025-03-16", "championship", "final", planned=True),
            expect("2025-04-03", "AGM", planned=True),
            expect("../2024-10-31", "fees", planned=True),
            expect("1882", "founded"),
        ),
    ),
)
