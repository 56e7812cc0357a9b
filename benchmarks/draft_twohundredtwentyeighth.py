"""The two-hundred-and-twenty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a space weather centre's
geomagnetic storm alerts, a cross-country skiing report, a heat network press release, a village
schoolmaster's log book of the 1900s, a great crested newt pond survey, a distillery's history, a
policing minister's statement on officer numbers, a university's HTML library opening hours
changes page, a financial ombudsman's final decision, a handloom weaver's history and a table
tennis league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYEIGHTH_CORPUS",)


TWOHUNDREDTWENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-avren-crane-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORT AVREN, Oct 9 (Calder News) - Dockworkers at Port Avren will stage a 24-hour strike
on Friday, their union said, after a container crane collapsed onto a ship's deck on Monday,
killing one worker and injuring three.

The 62-metre crane toppled at about 10:40 p.m. while unloading the feeder vessel Mira Sol at
Berth 7, the port authority said. Two berths on the eastern quay reopened on Tuesday, but
Berth 7 and the adjacent Berth 8 remain closed.

"Our members want to know why a crane that was flagged as worn was still working," said Dana
Holt, regional secretary of the Transport and Dock Workers' Union. The union said the crane
had last been inspected on or about Sept. 26 and that a fault in its boom hoist was reported
two days later.

The port authority said the crane was installed in 2009 and had passed every statutory
inspection. It has asked the national maritime safety board to investigate and expects an
interim report by the end of November. A hearing on the union's complaint before the regional
labour court is scheduled for Nov. 4.

Port Avren handles about 1.9 million containers a year and employs some 2,300 people. It was
privatised in 1997 under the 1994 Ports Act and is now owned by the consortium Averdeen
Terminals. Monday's accident was the deadliest at the port since 2013.

Shipping agents said at least 11 vessels had been diverted to the rival port of Kessig this
week, adding up to four days to delivery times.

(Reporting by Piotr Lennart; Editing by Maya Oduya)""",
        (
            expect("2024-10-11", "strike", planned=True),
            expect("2024-10-07", "crane", "collaps"),
            expect("2024-10-08", "berths", "reopen"),
            expect("2024-09-26~", "inspect"),
            expect("2024-09-28~", "fault"),
            expect("2009", "install"),
            expect("../2024-11", "report", planned=True),
            expect("2024-11-04", "hearing", planned=True),
            expect("1997", "privatis"),
        ),
    ),
    Text(
        "harlow-biofoods-leedsham-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harlow Biofoods opens £38 million fermentation plant in Leedsham

LEEDSHAM, England, 3 February 2025 -- Harlow Biofoods plc (LSE: HBF), a producer of
plant-based proteins, today opened its new precision-fermentation plant at the Aire Valley
Business Park, tripling its production capacity to 9,000 tonnes a year.

The 14,000 m² plant was built in 22 months. Construction began in March 2023, after Leedsham
City Council had granted planning permission the previous December.

"This is the largest single investment in the company's history," said chief executive Priya
Mandeville. "When we started in a rented unit on the Kirkgate we had six staff. Today we
employ 410, and we will hire 120 more people by the end of this year."

Harlow Biofoods has grown through acquisitions in 2016, 2019 and 2022, and its operating
margin, 11.4 per cent, is its best since 2014. A second phase, adding two
200,000-litre fermenters, is expected to be completed by 30 September 2026.

The plant was opened by the Mayor of Leedsham, Cllr Owen Tate. It will hold its first open
day for local residents on Saturday 15 March.

About Harlow Biofoods
Harlow Biofoods plc was founded in 2011 in Leedsham and makes mycoprotein and whey-free dairy
ingredients for food manufacturers in 14 countries. Its shares are traded on AIM.

Media contact:
Jo Ferris, Head of Communications
+44 113 496 0721 | press@harlowbiofoods.example

###""",
        (
            expect("2025-02-03", "plant", "open"),
            expect("2023-03", "construction"),
            expect("2022-12", "permission"),
            expect("../2025", "hire", planned=True),
            expect("2016", "acquisition"),
            expect("2019", "acquisition"),
            expect("2022", "acquisition"),
            expect("../2026-09-30", "phase", planned=True),
            expect("2025-03-15", "open", "day", planned=True),
            expect("2011", "found"),
        ),
    ),
    Text(
        "kestrel-v-pellworth-lease",
        "court opinion",
        None,
        """No. 2 CA-CV 23-0417

IN THE COURT OF APPEALS
STATE OF CALDERA
DIVISION TWO

KESTREL AGRICULTURAL SUPPLY, INC., Plaintiff/Appellant,
v.
PELLWORTH FARMS, LLC, Defendant/Appellee.

Appeal from the Superior Court in Lone Pine County
No. CV2022-0081
The Honorable Marisa Ochoa, Judge

REVERSED AND REMANDED

Filed April 22, 2024

OPINION

Judge Brandt authored the opinion of the Court, in which Presiding Judge Iwu and Judge Sallis
joined.

BRANDT, Judge:

¶1 Kestrel Agricultural Supply, Inc. ("Kestrel") appeals the superior court's grant of
summary judgment to Pellworth Farms, LLC ("Pellworth") on Kestrel's claim for unpaid rent
under an equipment lease. Because a genuine dispute of material fact remains as to waiver, we
reverse and remand.

FACTS AND PROCEDURAL BACKGROUND

¶2 On or about June 3, 2019, the parties signed a five-year lease of two center-pivot
irrigation systems at a monthly rent of $6,850. The systems were installed that autumn.
Section 14 of the lease required Kestrel to give thirty days' written notice of any default
before terminating.

¶3 Pellworth paid the rent for the first six months. By March 1, 2020, it had stopped
paying altogether, citing repeated failures of the northern system.

¶4 Kestrel terminated the lease by letter dated November 18, 2020, without giving the notice
Section 14 required, and removed both systems the following month. It filed this action on
January 14, 2022, seeking $287,700 in unpaid rent and damages under Caldera Revised Statutes
§ 47-2A523.

¶5 The superior court granted summary judgment to Pellworth on March 9, 2023, holding that
Kestrel's failure to give notice barred any recovery. Kestrel timely appealed on April 5,
2023. We heard oral argument on February 6, 2024, and have jurisdiction under § 12-2101(A)(1).

DISCUSSION

¶6 We review a grant of summary judgment de novo, viewing the facts in the light most
favorable to the party against whom judgment was entered. Pellworth's own emails acknowledge
that it "would not be paying again whatever notice we get," which a reasonable juror could
read as a waiver of the notice provision.""",
        (
            expect("2019-06-03~", "lease", "sign"),
            expect("../2020-03-01", "pay"),
            expect("2020-11-18", "terminat"),
            expect("2020-12", "removed"),
            expect("2022-01-14", "file"),
            expect("2023-03-09", "summary", "judgment"),
            expect("2023-04-05", "appeal"),
            expect("2024-02-06", "argument"),
        ),
    ),
    Text(
        "hallowmere-town-history",
        "encyclopedia history",
        None,
        """Hallowmere

History

The settlement is said to have been founded in 1214, when lay brothers of the abbey of St Oda
at Brenfield drained the marsh on the north bank of the river Aldwater and built a grange
there. A market charter was granted in 1348, and the parish church of St Giles was built
c. 1420, replacing a timber chapel of which only the font survives.

Much of the town was destroyed by fire in 1603. It was rebuilt in stone between 1610 and 1625,
and several merchants' houses of that period survive on Sheep Street and the Shambles. The
woollen trade on which the town depended declined through the 18th century, and the
population, 1,846 at its height, fell by a third.

The railway reached Hallowmere in 1861, when the Aldwater Valley Railway opened a station on
the edge of the common, and the town became a centre for the dairy trade. The station closed
to passengers in 1964 and to goods traffic two years later.

Under the Local Government Act 1972 the borough council was abolished, and in 1974 Hallowmere
became part of the new district of North Aldwater. The former corn exchange now houses a
library and arts centre. Since 1988 the town has been twinned with Saint-Aubin-des-Prés in
Normandy.

See also
- List of market towns in Aldwatershire

References
1. Pryce, H. (1931). A History of Hallowmere. Brenfield: Aldwater Record Society.
2. Marsh, E. & Dunn, R. (2008). The Buildings of Aldwatershire. pp. 212–219.""",
        (
            expect("1214?", "found"),
            expect("1348", "charter"),
            expect("1420~", "church"),
            expect("1603", "fire"),
            expect("1610/1625", "rebuil"),
            expect("1861", "railway"),
            expect("1964", "station", "clos"),
            expect("1966", "goods"),
            expect("1974", "district"),
            expect("1988/..", "twinn"),
        ),
    ),
    Text(
        "redstone-beat-millbrook",
        "sports report",
        date(2024, 11, 17),
        """Redstone 27 Millbrook 24

By Tom Avery, Rugby Correspondent, at Carrow Park

Redstone came from 17 points down to beat Millbrook 27-24 at Carrow Park on Saturday, their
first league win over their neighbours since 2016, with replacement fly-half Owen Brace
kicking a penalty with the last play of the match.

Millbrook led 24-7 after 52 minutes, their lineout dominant and their centre Sione Ma'afu
through the Redstone defence twice. But two tries in six minutes from the Redstone pack, the
second by hooker Callum Reddy, turned the game, and Brace levelled with a drop goal with four
minutes left before the late penalty in front of a crowd of 1,987.

Brace, who joined from Ashby in 2021, had been called into the squad on Thursday after
first-choice fly-half Kieran Malde tore a hamstring in training on Tuesday. Malde will have a
scan on Monday, and director of rugby Gareth Ince said he expected him to be out "for six to
eight weeks at least".

"We were poor for an hour," Ince said. "But this group doesn't stop. We said at half-time
that 17 points is two scores and a bit, and the lads believed it."

The win lifts Redstone, who were promoted in 2019, to fourth in the table, three points
behind Millbrook. They travel to Fenwick on Saturday, November 23, and the draw for the
quarter-finals of the Counties Cup will be made on 2 December.

Redstone: Kerr; Allen, Dyson, Okoye, Marsh; Malde (Brace 41), Pryor; ...""",
        (
            expect("2024-11-16", "Redstone", "Millbrook"),
            expect("2024-11-14", "squad"),
            expect("2024-11-12", "hamstring"),
            expect("2021", "join"),
            expect("2024-11-18", "scan", planned=True),
            expect("2019", "promot"),
            expect("2024-11-23", "Fenwick", planned=True),
            expect("2024-12-02", "draw", planned=True),
        ),
    ),
    Text(
        "tamsin-greave-history",
        "company history",
        None,
        """Our history

Tamsin & Greave was founded in 1887 by Samuel Tamsin, a journeyman file-cutter, and his
brother-in-law Arthur Greave, in a two-room workshop on Mill Lane, Hebbleford. Around 1902 the
firm moved to larger premises beside the canal, where it began making the precision bench
lathes that made its name; the Model 1900 lathe stayed in the catalogue for sixty years.

Between 1940 and 1945 the canal-side works was given over to war production, turning out
gauges and fuse components for the Ministry of Supply, and its workforce peaked at 1,500.

Tamsin & Greave was listed on the London Stock Exchange on 14 May 1962. Imported machine tools
hit the firm hard in the 1970s, and in 1989 it was bought by the engineering group Halvard
Holdings, which closed the canal-side works two years later and moved production to a new
factory at Thornley.

A management buyout in 2004 returned the company to independent ownership. Since 2006 it has
been owned by an employee trust, and every one of our 240 staff is a beneficiary.

Today we export lathes, gauges and workholding to 38 countries, and our service engineers
still look after machines built before the Second World War.

Looking ahead

A new machining hall at Thornley, with space for twelve five-axis machining centres, is
expected to open in 2026. The following year we plan to celebrate our 140th anniversary with
an open weekend for customers, staff and their families.

© Tamsin & Greave Ltd. Registered in England No. 168430.""",
        (
            expect("1887", "found"),
            expect("1902~", "move"),
            expect("1940/1945", "war"),
            expect("1962-05-14", "list"),
            expect("1989", "bought"),
            expect("1991", "works", "clos"),
            expect("2004", "buyout"),
            expect("2006/..", "trust"),
            expect("2026", "hall", planned=True),
            expect("2027", "anniversary", planned=True),
        ),
    ),
    Text(
        "ilex-asteroid-sample-return",
        "mission summary",
        None,
        """ILEX - MISSION SUMMARY

Mission type:     Asteroid sample return
Agency:           European-Pacific Space Agency (EPSA)
Launch vehicle:   Corvus 5
Launch mass:      1,980 kg (including 612 kg xenon)
Target:           near-Earth asteroid 2011 QK7
Status:           Return cruise

Overview
Ilex was launched from the Tanjung Arak range on 12 September 2018 at 14:32 UTC. Its xenon ion
engine operated almost continuously from 2 November 2018 to 27 February 2020, and the
spacecraft arrived at asteroid 2011 QK7 on 3 April 2020, holding station 20 km above the
surface.

Proximity operations
Global mapping began on 10 April 2020 from a 7 km orbit. About four months later the science
team selected the sampling site, a boulder-free plain named Kestrel Flat, from a shortlist of
five.

A first touchdown attempt on 14 June 2021 was aborted 50 m above the surface when the laser
altimeter lost lock. The second attempt succeeded on 21 October 2021, collecting an estimated
120 g of regolith, well above the 60 g requirement.

Ilex left the asteroid on 5 May 2022 and is now on its return cruise, with the ion engine
firing for about 20 hours in every 24.

Return
The sample capsule is scheduled to land at the Karragin range in Western Australia on
18 September 2026. After releasing the capsule, the main spacecraft will make a diversion
burn and remain in a heliocentric orbit.

Key figures
- Distance travelled: 4.6 billion km
- Images returned: 21,406
- Mission cost: EUR 512 million""",
        (
            expect("2018-09-12", "launch"),
            expect("2018-11-02/2020-02-27", "engine"),
            expect("2020-04-03", "arriv"),
            expect("2020-04-10", "mapping"),
            expect("2020-08~", "site"),
            expect("2021-06-14", "touchdown", "attempt"),
            expect("2021-10-21", "attempt"),
            expect("2022-05-05", "left"),
            expect("2026-09-18", "capsule", planned=True),
        ),
    ),
    Text(
        "water-minister-hosepipe-ban",
        "government statement",
        None,
        """Ministry of Environment and Water
Press statement
11 July 2024

Minister announces hosepipe ban as drought deepens

The Minister for Water, Dr Anneli Varga, today announced a ban on the use of hosepipes and
garden sprinklers across the eastern and southern river basins, covering some 3.4 million
households.

A national drought was declared on 20 June 2024 after the driest spring in nearly half a
century. Reservoir storage now stands at 41 per cent, the lowest for the time of year since
1976.

The ban will take effect from 15 July and will be reviewed no later than 31 August 2024.
Households that breach it may be fined up to 1,000 crowns.

"Nobody wants to tell families they cannot water their gardens," the Minister said. "But
every litre we save now is a litre we will not have to take from rivers that are already at
their lowest."

Since 2022 the Water Agency has required all water companies to publish daily leakage
figures. The Emergency Drought Fund, established in 2019 under the Water Resources Act 1991,
will release a further 40 million crowns to farmers on 1 August.

Construction of the Hallam Valley reservoir, the first new reservoir in the country for
thirty years, is expected to be completed in 2029.

ENDS

Notes to editors
1. The Minister will visit Brenmoor reservoir on Monday. Camera crews should register with
the press office by 12:00 on Friday.
2. Press office: +44 20 7946 0815 (24 hours)""",
        (
            expect("2024-07-11", "ban"),
            expect("2024-06-20", "drought"),
            expect("2024-07-15", "effect", planned=True),
            expect("../2024-08-31", "review", planned=True),
            expect("2022/..", "leakage"),
            expect("2019", "fund", "establish"),
            expect("2024-08-01", "release", planned=True),
            expect("2029", "reservoir", planned=True),
            expect("2024-07-15", "visit", planned=True),
            expect("../2024-07-12", "register", planned=True),
        ),
    ),
    Text(
        "harrowgate-swing-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harrowgate swing bridge reopens after two-year repair | Aldwater Courier</title>
<script async src="/static/js/analytics.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"local"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's on</a> <a href="/subscribe">Subscribe</a>
</nav>
<main>
<article>
<h1>Harrowgate swing bridge reopens after two-year repair</h1>
<p class="byline">By <a href="/authors/lucy-marr">Lucy Marr</a>, Local Democracy Reporter
&middot; <time datetime="2025-05-20T07:15:00+01:00">Tuesday 20 May 2025</time></p>
<figure>
<img src="/img/2025/05/harrowgate-bridge.jpg" alt="Cars crossing the swing bridge">
<figcaption>The bridge in 1958, when it still carried trams. Photo: Courier archive</figcaption>
</figure>
<p>The Harrowgate swing bridge reopened to traffic on Monday, more than two years after it was
shut when engineers found cracks in its central pivot.</p>
<p>The cast-iron bridge, built in 1931, was closed on 3 March 2023. Its last major overhaul
had been in 1987. The council awarded a &pound;6.4 million repair contract to Brennan Civil in
August 2023, and work on site began the following January.</p>
<p>Council leader Mo Okafor said: "I know how much disruption this has caused. I want to thank
people for their patience, and the crews who worked through two winters."</p>
<p>A separate cycle lane on the bridge's northern side is expected to open in September.
Councillors will decide on 4 June whether to name the restored bridge after the tram driver
Edith Rowe (1902&ndash;1987).</p>
<p>Before it closed the bridge carried about 14,000 vehicles a day.</p>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2024/11/bridge-delay">Bridge repair delayed again</a>
<time datetime="2024-11-12">12 Nov 2024</time></li>
<li><a href="/news/2023/03/bridge-shut">Swing bridge shut after cracks found</a>
<time datetime="2023-03-03">3 Mar 2023</time></li>
</ul>
</aside>
<p class="updated">Updated <time datetime="2025-05-20T11:02:00+01:00">20 May 2025, 11:02</time></p>
</article>
</main>
<footer>&copy; 2025 Aldwater Courier Ltd. All rights reserved.</footer>
<script src="/static/js/comments.js" defer></script>
</body>
</html>""",
        (
            expect("2025-05-19", "reopen"),
            expect("1931", "built"),
            expect("2023-03-03", "closed"),
            expect("1987", "overhaul"),
            expect("2023-08", "contract"),
            expect("2024-01", "work"),
            expect("2025-09", "cycle", "lane", planned=True),
            expect("2025-06-04", "decid", planned=True),
        ),
    ),
    Text(
        "nswc-geomagnetic-storm-alerts",
        "space weather centre's geomagnetic storm alerts",
        None,
        """NORTHERN SPACE WEATHER CENTRE - ALERTS, WATCHES AND WARNINGS
Product: Geomagnetic and radiation messages, 08-11 October 2024 (newest last)

Space Weather Message Code: WATA50
Serial Number: 2054
Issue Time: 2024 Oct 08 1105 UTC

WATCH: Geomagnetic Storm Category G3 Predicted
Comment: A full-halo coronal mass ejection (CME) left the Sun at about 0130 UTC on 08 Oct,
following an X1.8 flare from Region 3848. Arrival at Earth is expected around midday on
10 Oct, and G3 (Strong) storm levels are likely on 10 and 11 Oct.
------------------------------------------------------------------
Space Weather Message Code: ALTPX1
Serial Number: 0371
Issue Time: 2024 Oct 09 1422 UTC

ALERT: Proton Event 10MeV Integral Flux exceeded 10pfu
Begin Time: 2024 Oct 09 1405 UTC
NSWC Radiation Storm Scale: S1 (Minor)
------------------------------------------------------------------
Space Weather Message Code: SUMSUD
Serial Number: 0912
Issue Time: 2024 Oct 10 1547 UTC

SUMMARY: Geomagnetic Sudden Impulse
Observed: 2024 Oct 10 1516 UTC
Deviation: 94 nT
Station: Lerwick Ridge
Comment: The CME of 08 Oct has arrived.
------------------------------------------------------------------
Space Weather Message Code: ALTK08
Serial Number: 0163
Issue Time: 2024 Oct 10 2101 UTC

ALERT: Geomagnetic K-index of 8
Threshold Reached: 2024 Oct 10 2058 UTC
Synoptic Period: 1800-2100 UTC
Active Warning: Yes
NSWC Scale: G4 (Severe)
------------------------------------------------------------------
Space Weather Message Code: WARK07
Serial Number: 0451
Issue Time: 2024 Oct 11 0630 UTC

EXTENDED WARNING: Geomagnetic K-index of 7 expected
Extension to Serial Number: 0450
Valid From: 2024 Oct 10 2000 UTC
Now Valid Until: 2024 Oct 11 1500 UTC
Comment: This is the strongest storm observed since October 2003. Storm conditions are
expected to ease by the end of 12 Oct as the CME passes. Aurora may be visible as far south
as 50 degrees north; operators of power grids and HF radio links should remain alert.""",
        (
            expect("2024-10-08", "CME"),
            expect("2024-10-10", "arriv", planned=True),
            expect("2024-10-10", "storm", planned=True),
            expect("2024-10-11", "storm", planned=True),
            expect("2024-10-09", "proton"),
            expect("2024-10-10", "impulse"),
            expect("2024-10-10", "index"),
            expect("../2024-10-12", "ease", planned=True),
        ),
    ),
    Text(
        "valdrana-world-cup-classic",
        "cross-country skiing report",
        date(2025, 1, 18),
        """VALDRANA, Jan 18 (Nordic Press) - Norway's Ingrid Solheim-Vik won the women's 10km
classic at the Valdrana World Cup on Saturday, beating Sweden's Moa Lindqvist by 8.4 seconds
on a course softened by overnight rain.

Solheim-Vik, 27, clocked 26:41.3 for her 14th World Cup podium. She broke her left wrist in a
training fall in March 2024 and missed the rest of that season; her first World Cup win had
come at Hovdal in December 2021.

"I was not sure I would ever feel this again," she said. "Today the skis were fast and my
head was quiet."

Lindqvist, who won the 20km skiathlon at Kaldmae on Jan. 11, still leads the overall
standings by 112 points, the biggest margin at this stage of a season since 2011. The race in
Valdrana has been held on the Pian del Sole course every January since 1996.

In the men's sprint on Thursday, Finland's Eero Halonen edged Norway's Sivert Aas in a photo
finish, with Aas's teammate Jo Bakken third.

The weekend concludes with the mixed relay on Sunday. The World Championships will be held
in Storvik from Feb. 26 to March 9, and Norway's federation said it would name its team by
Feb. 5.

Results, women's 10km classic:
1. Ingrid Solheim-Vik (NOR) 26:41.3
2. Moa Lindqvist (SWE) +8.4
3. Anna Kettunen (FIN) +19.0""",
        (
            expect("2025-01-18", "classic"),
            expect("2024-03", "wrist"),
            expect("2021-12", "first", "win"),
            expect("2025-01-11", "skiathlon"),
            expect("2025-01-16", "sprint"),
            expect("2025-01-19", "relay", planned=True),
            expect("2025-02-26/2025-03-09", "championships", planned=True),
            expect("../2025-02-05", "team", planned=True),
        ),
    ),
    Text(
        "castlebrook-heat-network-first-homes",
        "heat network press release",
        None,
        """News release
Castlebrook City Council
12 March 2025

First homes connected to Castlebrook heat network

Castlebrook City Council and its delivery partner Thermalis Energy today connected the first
86 homes on the Millfield estate to the city's new district heat network, which draws heat
from treated wastewater at the Castlebrook sewage works.

The £41 million scheme was approved by the council's cabinet in 2020 and received grants from
the national Green Heat Fund in 2021 and 2023. Construction began in June 2022, and the 12 MW
energy centre on Wharf Road was commissioned on 9 December 2024. Pipes have now been laid
under 6.2 km of streets.

Over the next three years the network will be extended to 2,000 homes, Castle Hill Hospital
and the university's western campus, with all connections due to be completed by the end of
2027. A public consultation on the route of phase 2 will run from 17 March to 25 April 2025.

Cllr Hannah Deere, cabinet member for climate, said: "Millfield residents are the first in
the city to heat their homes with energy that used to be poured away. Bills will be no higher
than with a gas boiler, and the carbon savings are enormous."

Bills are capped at the cost of an equivalent gas boiler and metered under the Heat Network
(Metering and Billing) Regulations 2014.

Notes to editors
- Thermalis Energy was formed in 2017 as a joint venture between Castlebrook City Council
  and Aldmere Utilities.
- Photographs of the energy centre are available on request.
- Media enquiries: 0161 496 0830 / press@castlebrook.example

ENDS""",
        (
            expect("2025-03-12", "connect"),
            expect("2020", "approv"),
            expect("2021", "grant"),
            expect("2023", "grant"),
            expect("2022-06", "construction"),
            expect("2024-12-09", "commission"),
            expect("../2027", "complet", planned=True),
            expect("2025-03-17/2025-04-25", "consultation", planned=True),
            expect("2017", "formed"),
        ),
    ),
    Text(
        "upper-wenbury-school-log-1904",
        "village schoolmaster's log book",
        None,
        """ST. MICHAEL'S C. OF E. SCHOOL, UPPER WENBURY.  LOG BOOK.

1904.

Jan. 11th.  Re-opened school after the Christmas holidays.  84 on books, 61 present.  Snow
in the lanes & the Coldharbour children absent.

Feb. 18th.  Closed school at noon by order of the M.O.H., measles having broken out in the
village.  23 cases known.

Mar. 14th.  Re-opened.  Only 49 present, many still weak after the measles.  Average for
week 52.6.

Mar. 31st.  Closed this aft. for the Easter holidays; to re-open on the 11th prox.

May 24th.  Empire Day.  Lessons on the Flag & the Colonies.  Children sang "Rule Britannia"
& were given a half-holiday in the afternoon.

June 6th.  H.M. Inspector (Mr. Cranleigh) visited & inspected the school.  Standards III &
IV read well; arithmetic of Standard V weak.

July 15th.  Admitted Ellen Pike, aged 5, & her brother Tom, aged 7, from Stoke Cross.  Now
91 on books.

July 29th.  Closed for the Harvest holidays (5 weeks).  School to re-open Sept. 5th.

                                              J. H. Collett, Master.""",
        (
            expect("1904-01-11", "open"),
            expect("1904-02-18", "closed"),
            expect("1904-03-14", "open"),
            expect("1904-03-31", "easter"),
            expect("1904-04-11", "open", planned=True),
            expect("1904-05-24", "empire"),
            expect("1904-06-06", "inspect"),
            expect("1904-07-15", "admit"),
            expect("1904-07-29", "harvest"),
            expect("1904-09-05", "open", planned=True),
        ),
    ),
    Text(
        "oakhurst-farm-newt-survey",
        "great crested newt pond survey",
        None,
        """GREAT CRESTED NEWT SURVEY REPORT
Land at Oakhurst Farm, Little Bramley
Client: Farrow Homes Ltd
Report ref: EC-2417-GCN-01 | Version 2 | Date: 28 June 2024
Prepared by: Ecora Consulting | Checked by: R. Amadi CEnv MCIEEM

1. Summary
Two ponds (P1 and P2) within 250 m of the proposed development were surveyed for great
crested newts (Triturus cristatus). Great crested newts were found in P1, with a peak count
of 14 adults on 16 May 2024, indicating a medium population. None were found in P2.

2. Methods
Water samples for eDNA analysis were collected from both ponds on 23 April 2024 (P1
positive, P2 negative). Torch surveys and bottle trapping were then carried out at P1 on four
visits, on 18 April and 2, 16 and 30 May 2024, in suitable conditions (air temperature above
5 °C, no heavy rain). Surveys followed the standard guidelines for the species.

3. Site description
P1 is a field pond of c. 1,650 m² with abundant marginal vegetation; it is shown on the 1884
Ordnance Survey map. P2 was dug around 1995 as a cattle pond and is heavily shaded.

Table 1. Habitat Suitability Index (HSI)
Pond | HSI  | Category
P1   | 0.78 | Good
P2   | 0.52 | Below average

4. Previous records
Two adult great crested newts were recorded in P1 in 2016 by the county records centre.

5. Recommendations
The development will require a protected species mitigation licence. The licence application
will be submitted by 31 July 2024, and temporary amphibian fencing must be installed around
the works area no later than 30 September 2024. No site clearance may start before the
licence has been granted.""",
        (
            expect("2024-05-16", "peak", "count"),
            expect("2024-04-23", "eDNA"),
            expect("2024-04-18", "survey"),
            expect("2024-05-02", "survey"),
            expect("2024-05-16", "survey"),
            expect("2024-05-30", "survey"),
            expect("1995~", "dug"),
            expect("2016", "record"),
            expect("../2024-07-31", "application", planned=True),
            expect("../2024-09-30", "fenc", planned=True),
        ),
    ),
    Text(
        "glen-corrach-distillery-story",
        "distillery's history",
        None,
        """Our Story

On the slopes above the Corrach Burn, whisky was being made long before anyone paid duty on
it. Local tradition holds that the tenant of Achnagarry farm was distilling there perhaps in
1790, hiding his still in a cave behind the waterfall that still feeds our mash tuns.

After the Excise Act of 1823 made legal distilling worthwhile, his grandson Ewan MacRath took
out a licence in 1826 and built the first stillhouse beside the burn. A fire in 1887
destroyed the malt barns, and the distillery was rebuilt the following year to the designs
of the Elgin architect Alexander Lamont, whose pagoda roof still crowns the kiln.

Glen Corrach was closed from 1917 to 1919, when barley was needed for food, and fell silent
again for much of the 1930s. In 1963 the MacRath family sold the distillery to the blending
house of Dunmore & Lyle, and for thirty years almost all of our spirit disappeared into
blends.

Our visitor centre opened on 4 June 1991, and today more than 40,000 people a year take the
tour. Since 2009 all of our barley has come from farms within 30 miles of the distillery.

Our 12-year-old is bottled at 46% without chill-filtration or added colour, as it has been
every year since the first official bottling.

A new dunnage warehouse, with room for 12,000 casks, is due to open in 2026.

Visit us: Glen Corrach Distillery, Achnagarry, Banffshire AB55 4XQ | Tel. 01340 886 210
© 2025 Glen Corrach Distillery Ltd. Please enjoy Glen Corrach responsibly.""",
        (
            expect("1790?", "distill"),
            expect("1826", "licence"),
            expect("1887", "fire"),
            expect("1888", "rebuilt"),
            expect("1917/1919", "closed"),
            expect("1963", "sold"),
            expect("1991-06-04", "visitor", "centre"),
            expect("2009/..", "barley"),
            expect("2026", "warehouse", planned=True),
        ),
    ),
    Text(
        "policing-minister-officer-numbers",
        "policing minister's statement on officer numbers",
        None,
        """Written statement to Parliament
Police officer numbers
Made on: 5 September 2024
Made by: Dame Ruth Kennard MP (Minister of State for Policing)
Statement UIN HCWS47

On 25 July the Home Office published its statistics on the police workforce in England and
Wales. They show that on 31 March 2024 there were 147,430 full-time equivalent officers, 1.1
per cent more than a year earlier.

The previous Government's uplift programme, launched in October 2019, set a target of 20,000
additional officers; by 31 March 2023 forces had recruited 20,951. Since April 2023 forces
have been required to maintain their officer numbers as a condition of grant.

But these headline figures hide a shift away from the neighbourhood. The number of officers
in neighbourhood roles is the lowest since 2010, and too many communities no longer know who
their local officer is.

This Government will deliver 13,000 additional neighbourhood officers and PCSOs over this
Parliament. As a first step, every ward will have a named, contactable officer no later than
April 2025. The police funding settlement for 2025-26 will be published in December, and
will be set within the arrangements provided for by the Police Act 1996.

The Home Secretary and I will meet chief constables on 17 September to agree how the
guarantee will be delivered in each force area. I will update the House on progress.""",
        (
            expect("2024-07-25", "statistic"),
            expect("2024-03-31", "officers"),
            expect("2019-10", "launch"),
            expect("../2023-03-31", "recruit"),
            expect("2023-04/..", "maintain"),
            expect("../2025-04", "ward", planned=True),
            expect("2024-12", "settlement", planned=True),
            expect("2024-09-17", "meet", planned=True),
        ),
    ),
    Text(
        "wexbridge-library-hours-changes",
        "university's HTML library opening hours changes page",
        date(2024, 12, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Changes to opening hours - Library - University of Wexbridge</title>
<link rel="stylesheet" href="/assets/css/uw-main.css">
<script defer src="/assets/js/uw-nav.js"></script>
</head>
<body>
<header><a class="logo" href="/">University of Wexbridge</a></header>
<nav aria-label="Breadcrumb">
<ol><li><a href="/">Home</a></li><li><a href="/library">Library</a></li>
<li aria-current="page">Changes to opening hours</li></ol>
</nav>
<main id="content">
<h1>Changes to opening hours</h1>
<p class="lead">Our libraries will have reduced hours over the winter break. Please check
below before you travel.</p>
<h2>Christmas and New Year</h2>
<ul>
<li><strong>Saturday 14 December:</strong> Main Library open 10:00&ndash;16:00 only, for
electrical testing.</li>
<li>All libraries will be closed from 24 December to 1 January inclusive.</li>
<li>24-hour opening at the Main Library resumes on Monday 6 January 2025.</li>
</ul>
<h2>Science Library</h2>
<p>The Science Library will close permanently at 19:00 on Friday 20 December. Its collections
are moving to the new Hargreaves Learning Hub, which is scheduled to open on 13 January 2025.
The move of the print journals will be completed no later than 28 February.</p>
<h2>Other changes</h2>
<p>Since September, Level 3 of the Main Library has been a silent study zone. Group study
rooms on Levels 1 and 2 can be booked up to 7 days ahead.</p>
<p>The self-service kiosks installed in 2023 now also take card payments for printing.</p>
<p>Questions? Call the Library Help Desk on 01632 960 417 or email
<a href="mailto:library@wexbridge.example">library@wexbridge.example</a>.</p>
<p class="meta">Last updated: <time datetime="2024-12-02">2 December 2024</time></p>
</main>
<footer>&copy; 2024 University of Wexbridge &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/accessibility">Accessibility</a></footer>
</body>
</html>""",
        (
            expect("2024-12-14", "electrical", planned=True),
            expect("2024-12-24/2025-01-01", "closed", planned=True),
            expect("2025-01-06", "resum", planned=True),
            expect("2024-12-20", "close", planned=True),
            expect("2025-01-13", "hub", planned=True),
            expect("../2025-02-28", "journals", planned=True),
            expect("2024-09/..", "silent"),
            expect("2023", "kiosk", "install"),
        ),
    ),
    Text(
        "mr-k-v-redmarsh-bank-loan",
        "financial ombudsman's final decision",
        None,
        """The complaint

Mr K complains that Redmarsh Bank plc lent to him irresponsibly when it gave him a personal
loan, and that it didn't treat him fairly when he got into financial difficulty.

What happened

In March 2021 Redmarsh gave Mr K a loan of £12,500, repayable over 60 months at £268 a month.
On his application he said he earned £2,150 a month after tax.

Mr K kept up his payments for eighteen months. On 14 September 2022 he phoned Redmarsh to say
he had lost his job and asked for a payment holiday. Redmarsh declined, and about a month
later he missed his first payment. The account was defaulted on 9 January 2023.

Mr K complained to Redmarsh on 2 March 2023. Redmarsh issued its final response on 24 April
2023, saying its checks had been proportionate. Mr K referred his complaint to us in June
2023.

Our investigator issued her view on 19 October 2023. She thought Redmarsh should have seen
from Mr K's bank statements that he was already spending more than half his income on other
credit. Redmarsh didn't agree, so the complaint was passed to me, and I issued a provisional
decision on 6 December 2023. Mr K accepted it; Redmarsh made no further comments.

What I've decided - and why

I've considered all the available evidence and arguments to decide what's fair and
reasonable, taking into account the Consumer Credit Act 1974 and the rules in CONC 5.2A.
I'm not persuaded that a lender acting fairly would have lent £12,500 to Mr K.

Putting things right

Redmarsh should refund all interest and charges Mr K paid, adding 8% simple a year from the
date of each payment, and remove any adverse information about the loan from his credit file.

My final decision

I uphold this complaint. Under the rules of the ombudsman service, I'm required to ask Mr K
to accept or reject my decision before 22 February 2024.

Oliver Dunmore
Ombudsman""",
        (
            expect("2021-03", "loan"),
            expect("2022-09-14", "phone"),
            expect("2022-10~", "miss"),
            expect("2023-01-09", "default"),
            expect("2023-03-02", "complain"),
            expect("2023-04-24", "response"),
            expect("2023-06", "refer"),
            expect("2023-10-19", "view"),
            expect("2023-12-06", "provisional"),
            expect("../2024-02-22", "accept", planned=True),
        ),
    ),
    Text(
        "ratcliffes-of-brindle-fold",
        "handloom weaver's history",
        None,
        """THE RATCLIFFES OF BRINDLE FOLD: A HANDLOOM WEAVING FAMILY
Occasional Paper No. 14, Lane End Local History Society

John Ratcliffe was born at Haslingden Lane End in 1781, the son of a small farmer who wove
fustians in the winter months. He set up his own loom in the upper room of the cottage at
Brindle Fold c. 1805, and married Betty Whittle of Lower Moss at St Anne's church in 1808.

The cottage itself, with its long row of mullioned windows to light the looms, is of the
1760s or a little later. The upper room would have held four looms; a piece of 24 yards of
calico took John about a week.

These were the weavers' good years, but they did not last. By 1826 John was being paid less
than a third of what a piece had fetched twenty years earlier. He is said to have walked to
Manchester in August 1819 for the reform meeting at St Peter's Field, and to have come home
with a sabre cut to his arm, though no record of his injury survives.

In the riots of April 1826, crowds smashed the power looms at mills across the district, and
eleven men from Lane End were later tried at Lancaster. John was not among them. His daughter
Martha emigrated to Philadelphia with her husband in 1842.

John died in January 1853, aged 71, still described as a cotton weaver in the burial
register. The cottage was listed Grade II in 1985 and remains a private house.

Sources: Lancashire Archives, parish registers of St Anne, Lane End (1790-1860); Quarter
Sessions rolls, 1826.""",
        (
            expect("1781", "born"),
            expect("1805~", "loom"),
            expect("1808", "married"),
            expect("../1826", "paid"),
            expect("1819-08?", "walk"),
            expect("1826-04", "riot"),
            expect("1842", "emigrat"),
            expect("1853-01", "died"),
            expect("1985", "listed"),
        ),
    ),
    Text(
        "wexbridge-table-tennis-fixtures",
        "table tennis league's fixtures list",
        date(2024, 12, 20),
        """WEXBRIDGE & DISTRICT TABLE TENNIS LEAGUE
(founded 1952 - affiliated to the national association)

SEASON 2024-25: DIVISION ONE FIXTURES, SECOND HALF
Issued 20/12/2024

Matches start at 7.30pm unless stated. Home team listed first.

Date        Home              Away              Venue
----------  ----------------  ----------------  ---------------------------
Mon 6 Jan   Kingsmead A       Priory Vets       Kingsmead Community Hall
Wed 8 Jan   Wexbridge YMCA    Oakfield B        YMCA Sports Hall
Tue 14 Jan  Priory Vets       Castle TTC        St Mary's Church Hall
Thu 16 Jan  Oakfield B        Kingsmead A       Oakfield Pavilion (7.45pm)
Mon 3 Feb   Castle TTC        Wexbridge YMCA    Castle School Sports Hall
Wed 12 Feb  Kingsmead A       Oakfield B        Kingsmead Community Hall

NOTES
1. Castle TTC v Oakfield B, originally due on Thu 12 Dec, will now be played on Thu 23 Jan
   at Castle School.
2. Closed Championships: Saturday 22 March at Wexbridge Leisure Centre, 10am start. Entry
   forms must reach the Secretary no later than 28 February. Entry £4 per event, max. 3
   events.
3. AGM: Friday 25 April, 7.30pm, Kingsmead Community Hall.
4. Result cards to be sent within 48 hours. Teams fined £5 for each late card.

Secretary: Alan Birtles, 14 Ferndale Close, Wexbridge WX3 8PL. Tel. 01632 960 283""",
        (
            expect("1952", "found"),
            expect("2025-01-06", "Kingsmead", "Priory", planned=True),
            expect("2025-01-08", "YMCA", "Oakfield", planned=True),
            expect("2025-01-14", "Priory", "Castle", planned=True),
            expect("2025-01-16", "Oakfield", "Kingsmead", planned=True),
            expect("2025-02-03", "Castle", "YMCA", planned=True),
            expect("2025-02-12", "Kingsmead", "Oakfield", planned=True),
            expect("2025-01-23", "Castle", "Oakfield", planned=True),
            expect("2025-03-22", "championships", planned=True),
            expect("../2025-02-28", "entry", planned=True),
            expect("2025-04-25", "AGM", planned=True),
        ),
    ),
)
