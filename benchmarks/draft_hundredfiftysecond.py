"""The hundred-and-fifty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a heatwave health alert, a curling championship
report, a vaccine plant investment release, a telegraph operator's logbook of 1870, a coral
reef monitoring report, a tram depot's history, a council budget consultation notice, a folk
festival HTML line-up page, a tribunal employment judgment, a pottery works' history and a
parish magazine's notices. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week", "recently") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYSECOND_CORPUS",)

HUNDREDFIFTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "airline-grounded",
        "wire story with a dateline",
        date(2025, 3, 14),
        """SALTMERE, March 14 (Meridian Wire) - Corvale Air, the regional carrier that links
Saltmere with four island airports, said on Friday it had suspended all scheduled flights
after the national aviation regulator grounded its fleet of eleven turboprops.

The regulator grounded the aircraft on Tuesday, citing cracks in the wing attachment
fittings of two planes. An inspection at the carrier's maintenance base on February 26 had
found the first crack, on a plane that was then flying the Saltmere-Inchbarra route three
times a day.

Chief executive Haldis Morrow said the airline hoped to resume flights by April 7, once
each aircraft had been checked and signed off, and that a review of its maintenance
contractor would be completed by June 30. "We are not going to rush this," she told
reporters at the terminal. Passengers booked on Flight 2031 and other services will be
offered refunds or seats on the ferry.

A hearing before the aviation board is set for Monday, when the carrier will present its
inspection plan. Island councils said the grounding left about 3,000 residents without a
quick link to hospitals on the mainland.

Corvale Air, founded in 1989 by a group of island hauliers, took over its smaller rival
Pellan Airways in about 2008. It carried some 610,000 passengers last year, the most since
2015, and flights to the islands run every day except Christmas.

(Reporting by Ansel Brightwater; Editing by Mira Tell; +44 20 7946 0417)""",
        (
            expect("2025-03-14", "suspend", "flights"),
            expect("2025-03-11", "ground"),
            expect("2025-02-26", "inspection"),
            expect("1989", "found"),
            expect("2008~", "pellan"),
            expect("../2025-04-07", "resume", planned=True),
            expect("../2025-06-30", "review", planned=True),
            expect("2025-03-17", "hearing", planned=True),
        ),
    ),
    Text(
        "robot-plant-opens",
        "press release",
        date(2024, 6, 19),
        """PRESS RELEASE
FOR IMMEDIATE RELEASE - 19 June 2024

Brightfen Robotics opens assembly plant in Dunmore

DUNMORE - Brightfen Robotics Ltd has opened its new assembly plant on the Dunmore
Business Park, where the company's R-2000 collaborative arms will be built for
customers in food processing and logistics.

The plant was opened on 18 June by regional enterprise minister Colm Ferrity in front of
staff, suppliers and local students. Brightfen acquired the 6-hectare site in September
2022, and construction began in March 2023. The building is certified to ISO 14001 and
draws most of its power from rooftop solar panels.

Brightfen, established in 2011 by engineers Ruth Salander and Idris Vane, now employs 260
people across three sites. "Dunmore gives us room to grow," said Salander, the company's
chief executive. "It is the largest single investment we have made since 2015."

A second production line is scheduled to start in January 2025, and the plant will employ
about 400 people by the end of 2026. Brightfen will also open a training centre at the site
in September 2024 in partnership with Dunmore Technical College.

About Brightfen Robotics
Brightfen designs and builds lightweight robot arms that work safely beside people. Its
products are sold in 23 countries.

Media contact: Nell Carraway, press@brightfen.example, +44 1632 960 118
###""",
        (
            expect("2024-06-18", "open", "plant"),
            expect("2022-09", "acquire", "site"),
            expect("2023-03", "construction"),
            expect("2011", "establish"),
            expect("2025-01", "line", planned=True),
            expect("../2026", "employ", planned=True),
            expect("2024-09", "training", planned=True),
        ),
    ),
    Text(
        "dorran-v-pelk",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DORRAN HOLDINGS, LLC, Appellant,
v.
PELK & SONS HARDWARE, INC., Appellee.

No. 2-23-0418
Filed January 27, 2025

OPINION

HASKELL, Judge.

Dorran Holdings, LLC, appeals from the trial court's summary judgment in favor of Pelk &
Sons Hardware, Inc., on Dorran's claim for unpaid rent. We affirm.

I. BACKGROUND

Dorran has owned the commercial building at 114 Quarry Street since 2012. On or about May
3, 2019, Dorran leased the ground floor of the building to Pelk for a term of five years.
The lease required Pelk to pay rent monthly and to keep the premises insured.

Pelk stopped paying rent in August 2021, asserting that a roof leak Dorran had failed to
repair made half of the premises unusable. Dorran served a notice of default on September
14, 2021, and filed suit eight days later, seeking rent and damages under Civil Code
section 1951.2. Pelk vacated the premises on or about June 1, 2022.

After discovery, both parties moved for summary judgment. The trial court granted Pelk's
motion on March 2, 2023, finding that the leak was a breach of Dorran's duty to repair that
excused Pelk's performance. Dorran filed its notice of appeal on March 30. We heard oral
argument on October 8, 2024.

II. DISCUSSION

We review a grant of summary judgment de novo. Reid v. Calloway, 412 W.2d 77, 81 (2009).
Dorran argues that the covenant to pay rent is independent of the covenant to repair. ...""",
        (
            expect("2012/..", "own"),
            expect("2019-05-03~", "lease"),
            expect("2021-08", "rent"),
            expect("2021-09-14", "notice"),
            expect("2021-09-22", "suit"),
            expect("2022-06-01~", "vacat"),
            expect("2023-03-02", "judgment"),
            expect("2023-03-30", "appeal"),
            expect("2024-10-08", "argument"),
        ),
    ),
    Text(
        "kestrava-history",
        "encyclopedia history",
        None,
        """Kestrava

Kestrava is a market town on the river Orne in the district of Vallisford. ...

History

Kestrava is first recorded in a charter of c. 1140, in which the lord of Vallisford granted
the mill at "Chestrefa" to the monks of Saint Audoen. The town received market rights in
1284, and its Thursday market is still held every week in the square.

The first stone bridge over the Orne was probably built in 1320, though the date is not
certain and one antiquarian gives 1332. The abbey that had grown up beside the mill was
dissolved in 1538, and its lands were sold the following year to the Fenwright family,
who built Kestrava Hall from the abbey's stone.

The town's population fell sharply after outbreaks of plague in 1603, 1625 and 1665, and
did not recover its medieval size for more than a century. A railway station opened on the
Vallisford line in 1851, and the town's tanneries and wool warehouses grew around it.

Kestrava has been twinned with the French town of Saint-Aubin-des-Prés since 1972. Its
population is about 11,500.

See also
- Kestrava Hall
- Orne Navigation

References
1. Harrow, E. (1911). A History of Vallisford. p. 214.""",
        (
            expect("1140~", "record"),
            expect("1284", "market"),
            expect("1320?", "bridge"),
            expect("1538", "abbey"),
            expect("1539", "lands"),
            expect("1603", "plague"),
            expect("1625", "plague"),
            expect("1665", "plague"),
            expect("1851", "station"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "vale-beat-ostmere",
        "sports report",
        date(2024, 9, 8),
        """Brandt double lifts Vale into top four

Harlow Vale 3 Ostmere Town 1

By Callum Reddish, Sunday 8 September 2024

Ilya Brandt scored twice as Harlow Vale came from behind to beat Ostmere Town at Mill Lane
on Saturday, their first home win over their neighbours since 2011.

Ostmere, who had won the reverse fixture 2-0 on 2 March, went ahead after nine minutes
when Dario Kemp headed in a corner. Vale levelled before the break through Sam Okoro and
Brandt, signed from Corbeck Rovers in January, turned the game with a low shot on 61
minutes and a penalty eight minutes from time.

The win lifts Vale to fourth, two points behind leaders Dunfield Athletic, whom they host
on Wednesday night. Brandt, who limped off late on, is expected to be fit for the derby at
Corbeck on 21 September.

"He trains like that every day," said Vale manager Petra Lind, who took charge in October
2022 and has lost only four home games since. "The lads deserved it after the way we lost
at Ostmere."

Vale were last promoted to this division in 2019 and relegated a year later. A crowd of
6,214 watched at Mill Lane.

Harlow Vale: Pryce; Abara, Holm, Stead, Nunn; Okoro, Fane (Kerr 78), Doyle; Wilkes, Brandt,
Marr. Ostmere Town: Leary; Bolt, Crane, Ade, Forde; Kemp, Vosk, Lyle (Shaw 70); Tait, Ruiz,
Penn. Referee: A. Morrow. Att: 6,214.""",
        (
            expect("2024-09-07", "beat"),
            expect("2024-03-02", "fixture"),
            expect("2024-01", "sign"),
            expect("2022-10", "lind"),
            expect("2019", "promot"),
            expect("2020", "relegat"),
            expect("2024-09-11", "dunfield", planned=True),
            expect("2024-09-21", "derby", planned=True),
        ),
    ),
    Text(
        "marlowe-biscuits",
        "company history",
        None,
        """Our History | Marlowe & Penhale Biscuits

From a single oven to a national name

Marlowe & Penhale was founded in 1896 by Agnes Marlowe, a baker's widow, and her cousin
Thomas Penhale, who sold ship's biscuits from a rented bakehouse near Fallmouth quay. The
business moved to larger premises on Millgate Street in 1903 and became a limited company
two years later.

During the Second World War the Millgate works made ration biscuits for the armed forces
from 1940 to 1945, running three shifts a day. In 1962 the firm launched its Oatcrown
biscuit, still our best seller, and in 1968 the Ginger Crown followed.

Marlowe & Penhale was acquired by Halden Foods in about 1987, and for seventeen years our
biscuits were made under licence at Halden's plant in the Midlands. The company has been
independent again since a management buyout in 2004, and every biscuit is once more baked
in Fallmouth.

Today we employ 340 people and bake more than 90 million biscuits a year. A new bakery at
Penrock Cross, with its own solar farm, is planned to open in 2026.

Contact us | Careers | Trade enquiries | Company No. 00086213""",
        (
            expect("1896", "found"),
            expect("1903", "move"),
            expect("1905", "limited"),
            expect("1940/1945", "ration"),
            expect("1962", "oatcrown"),
            expect("1968", "ginger"),
            expect("1987~", "acquir"),
            expect("2004/..", "independent"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "argus-2-summary",
        "mission summary",
        None,
        """ARGUS-2 LUNAR ORBITER - MISSION SUMMARY
Prepared by the Mission Operations Office, Orlen Space Agency (OSA) | Document OSA-MO-2218

Overview
ARGUS-2 is a 740 kg lunar orbiter carrying a radar sounder, a thermal imager and a neutron
spectrometer to map water ice in the permanently shadowed craters of the Moon's south
polar region.

Mission timeline
ARGUS-2 was launched on 14 November 2022 aboard a Tessel-4 rocket from the Kaarn launch
site. After two trajectory correction manoeuvres it entered lunar orbit on 3 December,
nineteen days after launch, and settled into a 100 km polar orbit that it circles every
118 minutes.

The primary mission ran from 1 January to 30 June 2023 and returned 41 terabytes of data.
An extended mission began the following day, with the orbit lowered to 50 km over the
south pole.

On or about 11 February 2024 one of the four reaction wheels failed. Engineers switched to
a three-wheel mode, and science operations resumed on 4 March.

Next steps
The agency plans to end the mission by crashing the orbiter into the far side in March
2026, when its fuel runs out. The final calibrated data set is due no later than 31
December 2026 and will be archived at the OSA Planetary Data Centre.

Contact: mission-ops@osa.example""",
        (
            expect("2022-11-14", "launch"),
            expect("2022-12-03", "orbit"),
            expect("2023-01-01/2023-06-30", "primary"),
            expect("2023-07-01", "extended"),
            expect("2024-02-11~", "wheel"),
            expect("2024-03-04", "resum"),
            expect("2026-03", "crash", planned=True),
            expect("../2026-12-31", "data", planned=True),
        ),
    ),
    Text(
        "eldar-reservoir-statement",
        "government statement",
        date(2023, 11, 22),
        """MINISTRY OF WATER RESOURCES
Statement by the Minister on the Eldar Reservoir
22 November 2023 | Ref. MWR/PR/2023/311

The Minister for Water Resources, Dr Safiya Orlan, visited the Eldar dam on Monday to
review the supply situation with engineers of the National Water Board.

Water levels in the reservoir fell to 31 percent of capacity on 14 November, the lowest
level recorded since 1992. The reservoir, completed in 1974, supplies drinking water to
some 1.4 million people in the capital and the Ostrel valley.

Household restrictions have been in force since 1 August 2023 and will remain so until further
notice. Residents are reminded that garden watering is permitted only every Tuesday and
Saturday evening.

To relieve pressure on the reservoir, the Ministry will complete an emergency pipeline
from the Tarsk wellfield by 15 December. A review of water tariffs is to be published in
January 2024.

The Minister will meet representatives of the farmers' unions on Friday to discuss
irrigation quotas for the coming season.

"Every litre saved now is a litre we will have in the spring," Dr Orlan said. "I thank
the public for the efforts they have already made."

Media enquiries: Press Office, Ministry of Water Resources, tel. 0800 410 220""",
        (
            expect("2023-11-20", "visit"),
            expect("2023-11-14", "level"),
            expect("1974", "complet"),
            expect("2023-08-01/..", "restriction"),
            expect("../2023-12-15", "pipeline", planned=True),
            expect("2024-01", "tariff", planned=True),
            expect("2023-11-24", "farmers", planned=True),
        ),
    ),
    Text(
        "ashgrove-library-reopens",
        "HTML news page",
        date(2025, 7, 15),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ashgrove Central Library reopens after two-year refit | Ashgrove Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Ashgrove Central Library reopens after two-year refit</h1>
<p class="byline">By Hannah Quayle |
<time datetime="2025-07-15">Tuesday 15 July 2025</time></p>
<p>Ashgrove Central Library reopened to the public on Monday, with queues forming on
Carter Street well before the doors opened at 9am.</p>
<p>A rooftop reading garden will open on 2 August, and the children's wing will open no
later than 1 September, the council said. Late-night opening returns every Thursday.</p>
<p>The library closed in September 2023 for a refit that replaced its roof, wiring and
heating and added a lift. The council approved the £14m project on 9 March 2022.</p>
<p>The building, designed by the borough architect Lionel Ambrose, was built in 1931 and is
one of the town's finest Art Deco buildings. Its local studies archive has held the
parish registers of Ashgrove and its five villages since 1958.</p>
<p>"People have missed this place," said librarian Dev Morland.</p>
</article>
<aside><h2>Most read</h2><ul><li>Bypass plan to go to inquiry</li></ul></aside>
<footer>&copy; 2025 Ashgrove Courier. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-07-14", "reopen"),
            expect("2023-09", "close"),
            expect("2022-03-09", "approv"),
            expect("1931", "built"),
            expect("1958/..", "register"),
            expect("2025-08-02", "garden", planned=True),
            expect("../2025-09-01", "children", planned=True),
        ),
    ),
    Text(
        "amber-heat-alert",
        "heatwave health alert",
        date(2024, 7, 15),
        """HEAT-HEALTH ALERT - AMBER (LEVEL 3)
Issued by: Southmere Public Health Agency
Issued at: 10:00 Monday 15 July 2024
Regions: Southmere Coast, Inland Valleys, Greater Portheld

An amber heat-health alert is in force from 09:00 on Tuesday 16 July until 18:00 on Friday
19 July 2024. This replaces the yellow alert issued on 11 July.

Current situation
Temperatures reached 31C in Portheld on Sunday, and night-time temperatures have not
fallen below 20C in the inland valleys. Temperatures are forecast to peak at around 34C on
Thursday before a cooler westerly airflow arrives.

Who is at risk
Older people, babies and young children, people with heart or lung conditions and people
who work outdoors are at greatest risk. During the heatwave of August 2022 the region
recorded about 1,200 excess deaths, most of them among people over 75.

What is being done
Councils will open cooling centres in libraries and community halls on Wednesday. Care
homes and hospitals have been asked to check room temperatures every four hours.

Advice
- Stay out of the sun between 11:00 and 15:00.
- Drink plenty of water and check on elderly neighbours every day.
- Call 111 if you feel unwell, or 999 in an emergency.

The next update will be issued by 10:00 on Wednesday 17 July 2024.""",
        (
            expect("2024-07-16/2024-07-19", "alert", planned=True),
            expect("2024-07-11", "yellow"),
            expect("2024-07-14", "31c"),
            expect("2024-07-18", "peak", planned=True),
            expect("2022-08", "heatwave"),
            expect("2024-07-17", "cooling", planned=True),
            expect("../2024-07-17", "update", planned=True),
        ),
    ),
    Text(
        "varga-rink-wins",
        "curling championship report",
        date(2025, 1, 27),
        """CURLING

Varga rink takes fourth national title with last-stone draw

By Ola Strandberg | Monday 27 January 2025

KIRKHAVEN - Anneli Varga's rink from the Kestrel Curling Club won the Nordvale Curling
Championship on Sunday, beating defending champions Team Holt 7-6 in an extra end at the
Kirkhaven Ice Centre.

Trailing 6-5 after ten ends, Varga drew to the button with her last stone to level the
game and then stole a point in the eleventh.

The championship ran from 18 to 26 January and drew twelve women's teams from across the
country. Varga, 38, won the title in 2016, 2019 and 2022, and her third Sara Lindqvist has
played in all four winning rinks.

"We had a bad week in the round robin, so to finish like this is special," Varga said. The
team practises every Tuesday and Thursday evening at the Kestrel club, founded in about
1908 and one of the oldest in the country.

The rink will represent Nordvale at the World Women's Curling Championship in Halden from
15 to 23 March 2025. Team Holt, who won in 2024, go to the European qualifier instead. It
was the closest final since 1999.

Final: Varga 7 Holt 6 (extra end). Bronze: Team Aaberg beat Team Moe 8-4.""",
        (
            expect("2025-01-26", "varga"),
            expect("2025-01-18/2025-01-26", "championship"),
            expect("2016", "title"),
            expect("2019", "title"),
            expect("2022", "title"),
            expect("1908~", "club"),
            expect("2025-03-15/2025-03-23", "world", planned=True),
            expect("2024", "holt"),
        ),
    ),
    Text(
        "halvern-vaccine-plant",
        "vaccine plant investment release",
        date(2024, 12, 3),
        """NEWS RELEASE

Halvern Biologics to invest EUR 320 million in mRNA vaccine plant at Lindqvist

LINDQVIST, 3 December 2024 - Halvern Biologics AG today announced that it will invest
EUR 320 million in a new plant for mRNA vaccines at its Lindqvist campus, its largest
investment since 1998.

The plant will be able to produce up to 250 million doses a year and will be built on land
Halvern bought from the regional development agency in 2021. Construction is expected to
begin in May 2025, and first commercial batches are projected for October 2027.

Regulatory approval of the facility under good manufacturing practice should be obtained
by 30 June 2027 at the latest, the company said. The plant will create around 380
permanent jobs, with clean rooms built to ISO 14644 class 7.

Halvern, founded in 1954 as a serum laboratory, has supplied the national immunisation
programme since 2009. Its influenza vaccine received WHO prequalification in 2017.

"Pandemic preparedness means having capacity at home before it is needed," said chief
executive Dr Marta Juhl.

About Halvern Biologics
Halvern Biologics AG develops and manufactures vaccines and biologics. It employs 2,900
people in four countries. Shares are listed under the ticker HALV.

Contacts
Media: Jens Ask, +45 3120 4415, media@halvern.example
Investors: Lea Brun, ir@halvern.example""",
        (
            expect("2024-12-03", "invest"),
            expect("2021", "bought"),
            expect("2025-05", "construction", planned=True),
            expect("2027-10", "batches", planned=True),
            expect("../2027-06-30", "approval", planned=True),
            expect("1954", "found"),
            expect("2009/..", "programme"),
            expect("2017", "prequalification"),
        ),
    ),
    Text(
        "fenwick-telegraph-log",
        "telegraph operator's logbook of 1870",
        None,
        """NORTHERN & COASTAL TELEGRAPH CO. - FENWICK JUNCTION OFFICE
Operator's Log Book No. 7.      Operator in charge: W. H. Corran

Date     Time      From / To          Wds  Remarks
1870
Mar. 3   4.15 pm   --                 --   Line to Carbury down. Heavy gale from N.W.,
                                           no signals after 4.15. Reported to Supt.
                                           by mail.
Mar. 4   11.40 am  --                 --   Line restored. Lineman Doyle found two
                                           poles down near Skelly bridge.
Mar. 7   9.05 am   Supt. / this off.  28   Msg No. 1869. New battery cells to arrive
                                           on or about the 15th. Keep old jars till
                                           then.
Mar. 9   2.30 pm   --                 --   J. Pell transferred to Carbury office this
                                           day, after 3 yrs 5 mos. at this station.
                                           T. Rusk in his place.
Mar. 16  10.20 am  --                 --   Battery cells recd by the up goods, 40
                                           jars, 3 broken.
Mar. 18  6.50 am   Carbury / Herald   112  Press msg: fire at Lannock flour mill at
                                           2 am this morning, mill destroyed, no
                                           lives lost.
Mar. 20  3.00 pm   Supt. / this off.  41   Msg No. 1874. Branch line to Ballymore to
                                           be opened for business by 1st April.
                                           Rusk to go there.
Mar. 21  --        --                 --   Office hours as usual, 8 am to 8 pm
                                           daily. Lamps trimmed.""",
        (
            expect("1870-03-03", "line", "down"),
            expect("1870-03-04", "restored"),
            expect("1870-03-15~", "battery", planned=True),
            expect("1870-03-09", "transfer"),
            expect("1870-03-16", "cells"),
            expect("1870-03-18", "fire"),
            expect("../1870-04-01", "ballymore", planned=True),
        ),
    ),
    Text(
        "tallis-reef-monitoring",
        "coral reef monitoring report",
        date(2024, 6, 28),
        """TALLIS REEF MARINE PARK - REEF HEALTH MONITORING REPORT
Report No. TRMP-24-03 | Report date: 28 June 2024 | Prepared by: Dr Aroha Penn, Senior
Reef Scientist

1. Summary
Surveys of the six permanent monitoring sites were conducted from 3 to 7 May 2024. Mean
hard coral cover was 23%, the lowest value since 2017, down from 31% at the last survey.

2. Bleaching
A mass bleaching event began in about February 2024, when sea surface temperatures stayed
above the bleaching threshold for eight weeks. Temperatures at the Outer Tallis logger
peaked at 31.2C on 12 March. Earlier mass bleaching was recorded on the reef in 1998, 2010
and 2016; the present event is the most severe of the four on the outer sites.

3. Crown-of-thorns starfish
Culling divers have controlled crown-of-thorns starfish on the northern sites since 2019.
Densities are now below the outbreak threshold of 15 per hectare at all sites.

4. Management actions
Public moorings will be installed at sites 2 and 5 by 30 September 2024 to stop anchor damage,
and a coral gardening trial on the northern sites is expected to start in January 2025.
Divers log water temperature at every site each month.

5. Next survey
The next full survey is scheduled for November 2024, when recovery of bleached colonies
will be assessed along transects T1 to T6 (50 m each).

Contact: reefmonitoring@tallis.example | Tel. 07 4031 2210""",
        (
            expect("2024-05-03/2024-05-07", "survey"),
            expect("2024-02~", "bleaching"),
            expect("2024-03-12", "peak"),
            expect("1998", "bleaching"),
            expect("2010", "bleaching"),
            expect("2016", "bleaching"),
            expect("2019/..", "starfish"),
            expect("../2024-09-30", "moorings", planned=True),
            expect("2025-01", "trial", planned=True),
            expect("2024-11", "survey", planned=True),
        ),
    ),
    Text(
        "brennick-lane-depot",
        "tram depot's history",
        None,
        """Brennick Lane Tram Depot: a short history

Brennick Lane depot opened on 12 April 1899 to house the horse trams of the Harlston
Street Tramways Company, with stabling for 120 horses behind the car shed.

The line was electrified in 1903, and the horses were sold the following year. The car
shed was extended in 1925 and 1937, when it could hold 64 cars on eleven roads, more than
any other depot in the city.

The depot was bombed, probably in May 1941, though the company's records for that year were
lost and the date rests on the memory of staff. Two cars were destroyed.

The last tram ran into Brennick Lane on 6 July 1952. The building served as a bus garage
from 1952 to 1988 and has been a listed building since 1991. Its cast-iron roof trusses
and the tiled entrance arch carved with the company's monogram are the finest survivals of
their kind in the region.

The Brennick Lane Tramway Trust, which now owns the building, plans to reopen it as a
transport museum in 2027, with three restored cars and the original traverser.

Guided tours of the depot are held on the first Saturday of every month. For bookings,
write to the Trust at 4 Brennick Lane or call 0161 496 0723.""",
        (
            expect("1899-04-12", "open"),
            expect("1903", "electrif"),
            expect("1904", "horses"),
            expect("1925", "extend"),
            expect("1937", "extend"),
            expect("1941-05?", "bomb"),
            expect("1952-07-06", "tram"),
            expect("1952/1988", "garage"),
            expect("1991/..", "listed"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "dunmarsh-budget-consultation",
        "council budget consultation notice",
        date(2025, 1, 8),
        """DUNMARSH DISTRICT COUNCIL
PUBLIC NOTICE
Budget Consultation 2025/26
Published: 8 January 2025 | Ref: FIN/CONS/2025/01

Have your say on next year's budget

The Council invites residents, businesses and community groups to comment on its draft
budget for the financial year 2025/26, including proposals to reduce opening hours at two
leisure centres and to introduce a charge for garden waste collection.

The consultation opens on Monday 13 January and closes at midnight on Sunday 9 February
2025. You can take part online at dunmarsh.example/budget or pick up a paper survey at any
council office or library.

Drop-in sessions with councillors and finance officers will be held at Dunmarsh Town Hall
on 20, 22 and 28 January, from 2pm to 7pm. No appointment is needed.

The results will be reported to Cabinet on 18 February, and Full Council will set the
budget and the level of council tax on 4 March.

Why we are consulting
Council tax rose by 4.99% in April 2024, the most allowed without a local referendum.
Since 2010 the grant the Council receives from central government has fallen by 38% in
real terms, and the Council faces a gap of £2.3 million next year. Bins will continue to
be collected every other week.

For a large-print or easy-read copy of the survey, call 01632 960 555 or email
budget@dunmarsh.example.

Helen Askew, Chief Finance Officer, Dunmarsh District Council, Civic Centre, Marsh Road""",
        (
            expect("2025-01-13/2025-02-09", "consultation", planned=True),
            expect("2025-01-20", "session", planned=True),
            expect("2025-01-22", "session", planned=True),
            expect("2025-01-28", "session", planned=True),
            expect("2025-02-18", "cabinet", planned=True),
            expect("2025-03-04", "council", planned=True),
            expect("2024-04", "tax"),
        ),
    ),
    Text(
        "larkspur-folk-lineup",
        "folk festival HTML line-up page",
        date(2025, 2, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Line-up | Larkspur Folk Festival 2025</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<header><a href="/"><img src="/img/logo.png" alt="Larkspur Folk Festival"></a>
<nav><a href="/lineup">Line-up</a> <a href="/tickets">Tickets</a>
<a href="/camping">Camping</a></nav>
</header>
<main>
<h1>Larkspur Folk Festival</h1>
<p class="dates">Friday 1 to Sunday 3 August 2025 &middot; Tollmere Park</p>
<section id="friday">
<h2>Friday 1 August</h2>
<p>The Rushbearers open the festival on the Main Stage, followed by a late ceilidh.</p>
</section>
<section id="saturday">
<h2>Saturday 2 August</h2>
<p>Ferrow &amp; Lane headline the Main Stage with songs from their new album.</p>
</section>
<section id="sunday">
<h2>Sunday 3 August</h2>
<p>Kit Allander's Big Band closes the weekend with a singalong finale.</p>
</section>
<section id="tickets">
<p>Early-bird weekend tickets must be bought by 31 March; after that the full price of
&pound;145 applies. There is a ceilidh every night in the Barn Tent.</p>
</section>
<section id="about">
<h2>About the festival</h2>
<p>Larkspur began in 1976 as a single evening of songs in the back room of the Plough Inn,
and moved to Tollmere Park in 2003. It now welcomes some 8,000 people each summer.</p>
</section>
</main>
<footer><p>Page updated 12 February 2025 &middot; &copy; Larkspur Folk Festival Ltd,
company no. 04123987</p></footer>
</body>
</html>""",
        (
            expect("2025-08-01/2025-08-03", "festival", planned=True),
            expect("2025-08-01", "rushbearers", planned=True),
            expect("2025-08-02", "ferrow", planned=True),
            expect("2025-08-03", "allander", planned=True),
            expect("../2025-03-31", "tickets", planned=True),
            expect("1976", "plough"),
            expect("2003", "tollmere"),
        ),
    ),
    Text(
        "varley-v-ostrand",
        "tribunal employment judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Ms T Varley
Respondent: Ostrand Logistics Limited

Heard at: Bristmoor (in person)
Before: Employment Judge Ashdown, Mr P Greer, Ms L Otieno
Case No: 1402215/2024

RESERVED JUDGMENT

The unanimous judgment of the Tribunal is that:
1. The claimant was unfairly dismissed.
2. The complaint of disability discrimination is not well founded and is dismissed.
3. A remedy hearing is to be held on 22 July 2025.

REASONS

Background
1. The claimant began work for the respondent on 14 September 2015 as a warehouse
supervisor at its Kelsey Road depot.
2. On 2 October 2023 she raised a written grievance about a change to her shift pattern.
She went on sick leave on or about 20 November 2023 and did not return to work.
3. She was dismissed with effect from 19 January 2024 on the ground of capability, without
the occupational health report she had asked for.
4. ACAS early conciliation began on 5 April 2024 and the certificate was issued on 17 May.
The claim form was presented on or about 14 June 2024.
5. The claim was heard over three days from 3 to 5 March 2025. We heard evidence from the
claimant and from three of the respondent's managers.

The law
6. Under section 98 of the Employment Rights Act 1996 it is for the respondent to show the
reason for the dismissal. ...

Employment Judge Ashdown
Date: 9 April 2025""",
        (
            expect("2025-07-22", "remedy", planned=True),
            expect("2015-09-14", "work"),
            expect("2023-10-02", "grievance"),
            expect("2023-11-20~", "sick"),
            expect("2024-01-19", "dismiss"),
            expect("2024-04-05", "conciliation"),
            expect("2024-05-17", "certificate"),
            expect("2024-06-14~", "claim"),
            expect("2025-03-03/2025-03-05", "heard"),
        ),
    ),
    Text(
        "castlebrook-pottery",
        "pottery works' history",
        None,
        """Castlebrook Pottery: History of the Works

Pottery has been made beside the Castle Brook for well over two centuries. A pottery was
already working on the site by 1760, using clay dug from the fields to the north.

Elias Marwood bought the works in 1788 and began making cream-coloured earthenware for the
Dunhaven market. The four bottle ovens that still dominate the yard were built c. 1815,
when the firm employed some 90 people.

Under Marwood's grandson Henry, the firm won a gold medal at the Dunhaven Exhibition of
1862 for its blue-printed dinner services. A fire destroyed the decorating shop on the
night of 9 November 1897; it was rebuilt the following year with a glass roof to give the
painters better light.

Competition from larger factories and the loss of export markets took their toll, and the
works closed in 1964. Since 1979 the buildings have housed the Castlebrook Pottery Museum,
run by a charitable trust. Restoration of the last unrepaired bottle oven is expected to
be complete by 2026.

The museum shop still sells plates in pattern No. 1746, the Castlebrook Willow, made to the
original engravings. The museum is open daily except Mondays, from 10am to 4pm.

Castlebrook Pottery Museum, Brook Lane, Castlebrook. Registered charity no. 1019847.""",
        (
            expect("../1760", "pottery"),
            expect("1788", "marwood"),
            expect("1815~", "ovens"),
            expect("1862", "medal"),
            expect("1897-11-09", "fire"),
            expect("1898", "rebuilt"),
            expect("1964", "closed"),
            expect("1979/..", "museum"),
            expect("../2026", "restoration", planned=True),
        ),
    ),
    Text(
        "st-ninians-notices",
        "parish magazine's notices",
        date(2025, 3, 30),
        """ST NINIAN'S, EASTWOLD
PARISH MAGAZINE - APRIL 2025 - 50p

NOTICES

Lent lunch
Thank you to everyone who came to the Lent lunch on Friday. It raised £312 for the
Eastwold food bank. Soup lunches continue every Friday until Easter.

Holy Week and Easter
The Palm Sunday procession leaves the lychgate at 9.45am on 13 April. On Easter Day, 20
April, there will be Holy Communion at 8am and a Family Communion with egg hunt at 10am.

Annual Parochial Church Meeting
The APCM will be held after the 10am service on Sunday 27 April. Nomination forms for
churchwardens and the PCC are at the back of church.

Quiz night
Test your brains in the village hall on Saturday 5 April, 7.30pm. Teams of up to six,
£5 a head, bring your own drinks. Proceeds to the roof appeal.

Arthur Benning
We record with sadness the death on 3 March of Arthur Benning, churchwarden for 26 years
and a tower captain before that. His funeral took place in church on 14 March.

Flower festival
"Hymns in Flowers" will fill the church from 9 to 11 May. Volunteers to arrange or
steward, please speak to Jean Sowerby.

Roof appeal
The roof appeal, launched in September 2023, has now raised £18,400 of the £40,000
needed. The bells, recast in 1887, are rung for morning service every Sunday.

Vicar: The Revd Clare Atherley, The Vicarage, Church Lane. Tel. 01632 960 771""",
        (
            expect("2025-03-28", "lunch"),
            expect("2025-04-13", "procession", planned=True),
            expect("2025-04-20", "easter", planned=True),
            expect("2025-04-27", "meeting", planned=True),
            expect("2025-04-05", "quiz", planned=True),
            expect("2025-03-03", "benning"),
            expect("2025-03-14", "funeral"),
            expect("2025-05-09/2025-05-11", "flower", planned=True),
            expect("2023-09", "appeal"),
            expect("1887", "recast"),
        ),
    ),
)
