"""A hundred-and-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
avalanche bulletin, a folk festival's history, a building regulator's enforcement notice, a
mountain hut warden's diary, a motor museum's collection page in HTML, a chip maker's factory
opening release, a cross-country skiing report, an electoral boundary review timetable, a
lock-keeper's cottage history, a hospice's appeal letter and a piano maker's history). Facts
whose date a reader could take two ways (a season, "late 1970s", "next week") are left out of
the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTH_CORPUS",)

HUNDREDSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "geothermal-pipe-rupture",
        "wire story with a dateline",
        date(2025, 2, 20),
        """REYKJAVIK, Feb 20 (Nordic Press Agency) - A geothermal power station on the Reykjanes
peninsula was shut down on Tuesday after a steam pipe ruptured beneath its turbine hall, the
operator Hverafl said.

No one was injured, but about 9,000 homes in the Sudurnes district lost hot water for several
hours. The plant has supplied the Sudurnes district heating network since 2008, and a reserve
boiler in Keflavik now covers most of the demand.

Engineers expect to restart the station by March 7, Hverafl's chief executive Sigrun Olafsdottir
told reporters in Reykjavik. "We have the spare parts; what we need is a safe inspection," she said.

A similar rupture in November 2019 kept the station offline for three weeks. Hverafl's output last
year was 1,420 gigawatt-hours, its highest since 2016.

The company was founded around 1999 by three municipalities on the peninsula and is licensed
under the 2003 Electricity Act. It runs maintenance checks every Wednesday.

The Icelandic Meteorological Office will publish a seismic assessment of the area on Monday, a
spokeswoman said, after a swarm of small earthquakes near the plant.
Customers can call the Hverafl helpline on +354 422 5300.

(Reporting by Einar Thorsson; Editing by Helen Marsh)""",
        (
            expect("2025-02-18", "shut"),
            expect("2008/..", "heating"),
            expect("../2025-03-07", "restart", planned=True),
            expect("2019-11", "rupture"),
            expect("1999~", "found"),
            expect("2025-02-24", "assessment", planned=True),
        ),
    ),
    Text(
        "cargo-bike-rental",
        "press release",
        None,
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Veloria brings shared cargo bikes to Lyon

Lyon, 12 June 2024 - Veloria, the French maker of electric cargo bicycles, today announced a
partnership with the Metropole de Lyon to run a shared cargo-bike rental scheme across the city.

The first 300 bikes will go into service on 1 July at 45 stations in the 1st, 4th and 7th
arrondissements. Residents will be able to book a bike by the hour through the Veloria app.

The scheme follows a pilot run in the Croix-Rousse district from 4 to 29 March 2024, during which
1,200 residents made 6,850 trips. "Families told us they left the car at home twice a week," said
Camille Berthier, Veloria's chief executive.

Veloria, founded in 2017, has operated a rental fleet in Grenoble since 2020. A second phase,
adding 500 bikes in Villeurbanne and Vaulx-en-Velin, is expected to begin in January 2025.

The scheme is part of Veloria's 2030 Climate Plan, which aims to replace 20,000 car journeys a day.

About Veloria
Veloria designs and assembles electric cargo bicycles in Saint-Etienne and employs 140 people.

Media contact: Juliette Marchand, +33 4 72 10 20 24, press@veloria.example
Ref. PR-2024-031""",
        (
            expect("2024-06-12", "partnership"),
            expect("2024-07-01", "service", planned=True),
            expect("2024-03-04/2024-03-29", "pilot"),
            expect("2017", "found"),
            expect("2020/..", "grenoble"),
            expect("2025-01", "phase", planned=True),
        ),
    ),
    Text(
        "whitlock-deposit-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEVADA

DANA WHITLOCK, Appellant,
v.
SILVER RIDGE PROPERTIES, LLC, Respondent.

No. 87215-COA
FILED SEP 04 2024

ORDER OF REVERSAL AND REMAND

Dana Whitlock appeals from a district court order granting summary judgment in a landlord-tenant
dispute over a security deposit.

Whitlock, who had lived in the building since 2016, signed a new lease with respondent Silver Ridge
Properties on or about March 15, 2021. The lease required her to pay rent no later than the fifth of
each month. Silver Ridge served a notice to quit on November 2, 2022, and Whitlock vacated the unit
two days later. Silver Ridge kept her $2,150 deposit, citing damage to the carpets.

Whitlock filed suit in the district court on January 17, 2023, seeking the deposit and statutory
damages under NRS 118A.242. The district court granted summary judgment to Silver Ridge on
August 8, 2023, finding that Whitlock had not requested an itemized list in writing.

We disagree. The 2019 amendments to the statute place the burden of itemizing on the landlord, who
must return the deposit or an itemized list within 30 days. Silver Ridge did neither.

Accordingly, we REVERSE the judgment and REMAND for a determination of damages. The remand hearing
is to be held no later than December 31, 2024.

It is so ORDERED.

Marwick, C.J.   Okafor, J.   Delaney, J.""",
        (
            expect("2016/..", "live"),
            expect("2021-03-15~", "lease"),
            expect("2022-11-02", "notice"),
            expect("2022-11-04", "vacat"),
            expect("2023-01-17", "suit"),
            expect("2023-08-08", "judgment"),
            expect("../2024-12-31", "hearing", planned=True),
        ),
    ),
    Text(
        "kessenich-town-history",
        "encyclopedia history",
        None,
        """Kessenich

Kessenich is a small town on the river Wiehl, in the hill country east of Cologne. It has a
population of 14,230 (2021 census).

History

The settlement is first mentioned in a charter of c. 1140, which records a mill and a chapel held
by the abbey of Siegburg. Kessenich received market rights in 1287, and a weekly market is still
held every Thursday on the Kirchplatz.

The stone bridge over the Wiehl was built before 1400 and is the oldest surviving structure in the
town. At its medieval height Kessenich counted 1850 souls and some 300 households, most of them
weavers.

During the Thirty Years' War the town was sacked by Swedish troops in 1632 and again in 1634; the
parish register notes that fewer than a hundred families remained.

Industrial growth came late. The railway from Siegburg reached Kessenich in 1871, and a station
building was opened the following year. Two spinning mills were built near the station, the larger
of which has since closed.

Since 1994 the town has been twinned with Saint-Aubin in Normandy. The old town hall now houses a
local museum.

See also: Wiehl valley railway; List of towns in North Rhine-Westphalia""",
        (
            expect("1140~", "charter"),
            expect("1287", "market"),
            expect("../1400", "bridge"),
            expect("1632", "sack"),
            expect("1634", "sack"),
            expect("1871", "railway"),
            expect("1872", "station"),
            expect("1994/..", "twin"),
        ),
    ),
    Text(
        "storhamar-beat-valerenga",
        "sports report",
        date(2024, 11, 25),
        """ICE HOCKEY

Storhamar edge Valerenga as Lindqvist stands tall

By Mats Hovland

Storhamar beat Valerenga 4-2 in Oslo on Sunday to move three points clear at the top of the
league, their first win at Jordal Amfi since 2018.

Goaltender Erik Lindqvist, who joined from Frolunda in August 2023, made 38 saves, including a
double stop on Valerenga's captain with four minutes left.

Storhamar were without forward Jonas Berg, who injured his knee on November 12 against Stavanger
and is expected to miss at least a month. Coach Anette Solberg, in charge since January 2021,
shuffled her lines and was rewarded when 19-year-old Sondre Aas scored twice in the second period.

"We defended for each other," Solberg said. "That is what Storhamar is about."

Storhamar, who won the league title in 2008, 2018 and 2022, play their home games every Thursday
and Saturday at the CC Amfi in Hamar. The two teams meet again in Hamar on Friday.

Attendance: 5,012. Shots: Valerenga 40, Storhamar 27.""",
        (
            expect("2024-11-24", "storhamar", "beat"),
            expect("2023-08", "join"),
            expect("2024-11-12", "injur"),
            expect("2021-01/..", "coach"),
            expect("2008", "title"),
            expect("2018", "title"),
            expect("2022", "title"),
            expect("2024-11-29", "meet", planned=True),
        ),
    ),
    Text(
        "guerard-mustard-history",
        "company history",
        None,
        """Maison Guerard - Our history

Five generations of mustard from Dijon

Maison Guerard was founded in 1867 by Emile Guerard, a vinegar merchant who began grinding brown
mustard seed in a rented cellar on the Rue Berbisey.

In 1898 the firm moved to a larger water mill on the Ouche, and the following year it won a gold
medal at the Exposition of the Cote-d'Or for its white-wine mustard.

Around 1925 Guerard began exporting to Britain and Belgium, shipping its stoneware pots from the
port of Le Havre. The family sold the business in 1971 to a Burgundian food group, which moved
most of the production to an industrial estate in Chenove.

Since 2004 Guerard has been owned by the Lavallee cooperative of mustard growers. By 2015 the
cooperative had restored the original stone grinding wheels, which still turn for our Recette 1867
mustard, made to Emile's first recipe.

Visit us
Our shop at 12 Rue Berbisey is open every Saturday from 10:00 to 18:00, and the mill can be visited
by appointment. Tel. +33 3 80 30 18 67.

(c) Maison Guerard 2024""",
        (
            expect("1867", "found"),
            expect("1898", "move"),
            expect("1899", "medal"),
            expect("1925~", "export"),
            expect("1971", "business"),
            expect("2004/..", "own"),
            expect("../2015", "wheel"),
        ),
    ),
    Text(
        "aster2-mission",
        "mission summary",
        None,
        """MISSION SUMMARY: ASTER-2

Mission type: asteroid sample return
Operator: Japan Aerospace Exploration Agency (JAXA) / partner agencies
International designator: 2021-078A
Target: near-Earth asteroid 2008 TX3

Aster-2 launched on 9 December 2021 from the Tanegashima Space Center aboard an H-IIA rocket. The
spacecraft used an Earth swing-by on 3 December 2022 to raise its orbit and arrived at asteroid
2008 TX3 on 17 July 2023, after a cruise of 585 days.

Sampling took place from 2 to 6 February 2024, when the spacecraft made two touchdowns and
collected an estimated 4.2 grams of regolith. The spacecraft departed the asteroid about three
months later and is now on its return cruise, firing its ion engines for about 20 hours every week.

The sample capsule is scheduled to land in the Woomera range in South Australia in December 2026.

Key figures
Launch mass: 612 kg
Distance travelled: 1,950 million km

Last updated: 20 March 2025""",
        (
            expect("2021-12-09", "launch"),
            expect("2022-12-03", "swing-by"),
            expect("2023-07-17", "arriv"),
            expect("2024-02-02/2024-02-06", "sampl"),
            expect("2024-05~", "depart"),
            expect("2026-12", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

Statement on avian influenza in Westmark district

4 April 2025

The Ministry confirmed an outbreak of highly pathogenic avian influenza on Wednesday at a poultry
farm near Oldenbrook, in Westmark district. The national veterinary laboratory identified the H5N1
strain in samples taken on 31 March. All 18,000 birds on the farm have been humanely culled.

A 10-kilometre surveillance zone has been in force since 3 April. Within the zone, poultry must be
housed and movements of birds, eggs and litter require a licence.

The last outbreak in the region occurred in January 2022. The risk to public health remains very
low.

Farmers in the zone are to submit compensation claims by 15 April, under the rules of the 2018
Animal Health Act. The Minister, Hanna Koster, will visit the affected district on Monday to meet
farmers and local officials.

Keepers are reminded that flocks must be inspected every day and that any unusual deaths must be
reported at once.

Helpline for farmers: 0800 404 2025 (weekdays 8:00-18:00)
Press office: press@agri.gov.example""",
        (
            expect("2025-04-02", "outbreak"),
            expect("2025-03-31", "sample"),
            expect("2025-04-03/..", "zone"),
            expect("2022-01", "outbreak"),
            expect("../2025-04-15", "claim", planned=True),
            expect("2025-04-07", "visit", planned=True),
        ),
    ),
    Text(
        "tram-extension-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Tram extension to Hollins Park - News - Brackwell City Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
<article>
<h1>Tram extension to Hollins Park begins testing</h1>
<p class="meta">Posted on 6 August 2024 by the Communications Team</p>
<p>Test trams began running on the new 3.2 km line to Hollins Park on <strong>Monday</strong>,
after more than two years of building work.</p>
<p>The council approved the extension by a vote on 17 November 2020, and construction started in
<time datetime="2022-03">March 2022</time>. The original line to the city centre opened in 1994 and
now carries about 4 million passengers a year.</p>
<h2>What happens next</h2>
<ul>
<li>Driver training will run from 12 to 23 August.</li>
<li>Passenger service is expected to begin on 2 September 2024.</li>
<li>The new depot at Fenn Lane will be finished by October.</li>
</ul>
<p>Once open, trams will run every 8 minutes on weekdays. Questions? Call 01632 960 700 or email
<a href="mailto:trams@brackwell.example">trams@brackwell.example</a>.</p>
</article>
<footer>&copy; 2024 Brackwell City Council &middot; Page last updated 6 August 2024</footer>
</body>
</html>""",
        (
            expect("2024-08-05", "test"),
            expect("2020-11-17", "approv"),
            expect("2022-03", "construction"),
            expect("1994", "open"),
            expect("2024-08-12/2024-08-23", "training", planned=True),
            expect("2024-09-02", "passenger", planned=True),
            expect("../2024-10", "depot", planned=True),
        ),
    ),
    Text(
        "northern-alps-avalanche",
        "avalanche bulletin",
        None,
        """AVALANCHE BULLETIN - NORTHERN ALPS, WEST
Issued: Thursday 16 January 2025, 17:00
Valid until: Friday 17 January 2025, 17:00

DANGER LEVEL 3 - CONSIDERABLE above 2000 m
Danger level 2 - moderate below 2000 m

Snowpack
Snow fell from Monday to Wednesday, 40-60 cm in total, with strong northwesterly winds. The fresh
snow lies on a weak layer of surface hoar that formed around 8 January and is now buried on shady
slopes between 2200 and 2800 m. This is the most unstable snowpack in the region since February
2019.

Observations
A skier was caught in a slab avalanche on the Rotgrat on Wednesday afternoon and was dug out
unhurt by his companions. The Rotgrat ski route has been closed since 10 January.

Weather and trend
The northwesterly winds are expected to ease on Saturday. A further snowfall of 20 cm is forecast
for Sunday, which will raise the danger again.

Bulletins are published every day at 17:00 during the winter season.
Emergency: 112 | Avalanche information line: 0900 59 20 20""",
        (
            expect("2025-01-13/2025-01-15", "snow"),
            expect("2025-01-08~", "hoar"),
            expect("2025-01-15", "avalanche"),
            expect("2025-01-10/..", "route"),
            expect("2025-01-18", "wind", planned=True),
            expect("2025-01-19", "snowfall", planned=True),
        ),
    ),
    Text(
        "hollowmere-folk-history",
        "folk festival's history",
        None,
        """HOLLOWMERE FOLK GATHERING
About us > Our history

The first Hollowmere Folk Gathering was held in Tom Garside's hay barn in August 1972, with four
fiddlers, a caller and about sixty dancers. Our smallest stage, the 1972 Barn, is named after it.

The gathering soon outgrew the barn. It moved to the village green in 1976 and to Ashby Park in
1989, where it has stayed ever since. The festival was cancelled in 2001 because of foot-and-mouth
disease, when the park was closed to visitors.

Founder Margaret Ellery stepped down as director around 1995, handing over to a committee of
volunteers. Since 2009 the festival has been run by a charitable trust, the Hollowmere Folk Trust.

Today the gathering is held every year on the second weekend of August and welcomes around 4,000
visitors, with ceilidhs, workshops and a children's procession on the Sunday morning.

The 50th festival will take place from 8 to 10 August 2025.
Hollowmere Folk Trust, registered charity no. 1129843
Ashby Park, Hollowmere, Cumbria | info@hollowmerefolk.example""",
        (
            expect("1972-08", "gathering"),
            expect("1976", "green"),
            expect("1989", "park"),
            expect("2001", "cancel"),
            expect("1995~", "ellery"),
            expect("2009/..", "trust"),
            expect("2025-08-08/2025-08-10", "festival", planned=True),
        ),
    ),
    Text(
        "harlow-court-compliance-notice",
        "building regulator's enforcement notice",
        None,
        """BUILDING SAFETY REGULATOR
COMPLIANCE NOTICE
Building Safety Act 2022, section 89

Notice reference: BSR/CN/2024/0317
Date of notice: 22 October 2024

To: Harlow Court Management Ltd (the accountable person)
Building: Harlow Court, 14 Canal Street, Northam

1. An inspection of the building by the Regulator on 3 September 2024 found that the external
wall cladding, installed in about 2009, contains aluminium composite panels with a polyethylene
core, and that 11 flat entrance doors do not meet the required fire resistance.

2. A previous notice dated 11 March 2024 asked you to produce a remediation plan. That notice was
not complied with.

3. A waking fire watch has been in place at the building since 5 September 2024.

4. You must:
(a) replace the non-compliant flat entrance doors no later than 20 December 2024; and
(b) remove the defective cladding panels by 31 January 2025.

5. The Regulator will re-inspect the building on 4 February 2025. Failure to comply with this
notice is an offence and may lead to prosecution.

Appeals may be made to the First-tier Tribunal within 21 days of the date of this notice.

Enquiries: Enforcement Team, telephone 0300 790 6787, quoting the reference above.""",
        (
            expect("2024-09-03", "inspect"),
            expect("2009~", "cladding"),
            expect("2024-03-11", "notice"),
            expect("2024-09-05/..", "watch"),
            expect("../2024-12-20", "door", planned=True),
            expect("../2025-01-31", "cladding", planned=True),
            expect("2025-02-04", "inspect", planned=True),
        ),
    ),
    Text(
        "cabane-mont-rouge-diary",
        "mountain hut warden's diary",
        None,
        """Cabane du Mont Rouge - warden's diary
2,850 m, 46 beds

Sat 15 June 2024
Hut opened for the season today. The helicopter brought up gas, flour and 400 litres of wine on
Thursday, so the store room is full. Snow still a metre deep on the terrace. The gas comes up every
second Thursday from now on.

Tue 18 June 2024
Quiet. Three Dutch climbers for the Aiguille. Cleaned the old solar panels, installed circa 2016,
which give barely half their rated power. I found the old logbook: the first hut was built here in
1911 and burned down in 1957, when a stove was left unattended.

Mon 24 June 2024
Rescue: a hiker twisted her ankle below the Col des Vaches this morning. The helicopter took her
down to Sion before lunch. The hut book shows more guests this June than in any June since 2019,
mattresses in the corridor. Tomorrow the guides' course arrives, twelve aspirants, until the
end of the month.

Note for the committee: we plan to close the hut on 21 September. Water pump needs a new seal.""",
        (
            expect("2024-06-15", "open"),
            expect("2024-06-13", "helicopter"),
            expect("2016~", "solar"),
            expect("1911", "built"),
            expect("1957", "burn"),
            expect("2024-06-24", "hiker"),
            expect("2024-06-25", "course", planned=True),
            expect("2024-09-21", "close", planned=True),
        ),
    ),
    Text(
        "alvington-sports-tourer",
        "motor museum's collection page in HTML",
        None,
        """<html>
<head><title>1936 Alvington Sports Tourer | Collection | Hartwell Motor Museum</title></head>
<body>
<div class="breadcrumb">Collection &gt; Pre-war cars &gt; Alvington</div>
<h1>1936 Alvington Sports Tourer</h1>
<img src="/img/alvington-1936.jpg" alt="The Alvington in the Main Hall">
<p class="caption">The Alvington in the Main Hall, photographed in 2019.</p>
<table class="specs">
<tr><th>Engine</th><td>1,996 cc, six cylinders</td></tr>
<tr><th>Top speed</th><td>92 mph</td></tr>
<tr><th>Inventory no.</th><td>1989.044</td></tr>
</table>
<h2>History of this car</h2>
<p>Built at the Alvington works in Coventry, the car was delivered to its first owner, the racing
driver Captain Hugh Ferrars, on 14 May 1936. Ferrars raced it at Brooklands in 1937 and 1938,
finishing third in the Long Handicap.</p>
<p>After the war the car passed through several owners and was laid up in a Herefordshire barn
around 1952. It was acquired by the museum in 1989, and its restoration was completed before 2003
using the original chassis, body and engine.</p>
<p>The car is scheduled to return to the road for the museum's centenary run on 7 June 2026.</p>
<p class="visit">Open daily 10:00-17:00. Tickets: 01632 960 288.</p>
<footer>Hartwell Motor Museum Trust &middot; Last updated 2 March 2025</footer>
</body>
</html>""",
        (
            expect("1936-05-14", "deliver"),
            expect("1937", "brooklands"),
            expect("1938", "brooklands"),
            expect("1952~", "laid"),
            expect("1989", "acquir"),
            expect("../2003", "restor"),
            expect("2026-06-07", "run", planned=True),
        ),
    ),
    Text(
        "veranon-dresden-fab",
        "chip maker's factory opening release",
        None,
        """NEWS RELEASE

Veranon Semiconductor opens 300-millimetre fab in Dresden

DRESDEN, Germany - March 18, 2025 - Veranon Semiconductor (Nasdaq: VRNN) today opened its new
300-millimetre wafer fab in Dresden, the largest investment in the company's history.

The EUR 4.1 billion plant will make 28-nanometre and 22-nanometre chips for car makers and
industrial customers. Construction began in October 2022, and the first wafers were processed on
January 27 this year, four weeks ahead of plan.

"Europe's carmakers asked us for chips made close to home," said chief executive Dana Whitfield.
"Today we deliver on that promise."

The fab is expected to reach full capacity of 40,000 wafers a month by 2027 and will employ about
1,200 people. A second construction phase, adding a cleanroom for power semiconductors, will begin
in 2026.

Veranon, founded in 1988 in Austin, Texas, has operated a design centre in Dresden since 2009. The
project supports the European Union's 2030 Digital Decade targets.

Forward-looking statements: this release contains statements about future events that involve
risks and uncertainties.

Investor contact: Mark Ellison, +1 512 555 0188
Media contact: press@veranon.example""",
        (
            expect("2025-03-18", "open"),
            expect("2022-10", "construction"),
            expect("2025-01-27", "wafer"),
            expect("../2027", "capacity", planned=True),
            expect("2026", "phase", planned=True),
            expect("1988", "found"),
            expect("2009/..", "dresden"),
        ),
    ),
    Text(
        "davos-ten-km-freestyle",
        "cross-country skiing report",
        date(2024, 12, 16),
        """CROSS-COUNTRY SKIING

Halvorsen powers to Davos win

Norway's Ingrid Halvorsen won the women's 10 km freestyle at the Davos World Cup on Sunday,
a day after finishing second in the sprint on Saturday.

Halvorsen, 27, clocked 23 minutes 41.2 seconds on a fast, icy course, her quickest time over the
distance since 2019, and beat Sweden's Maja Lindgren by 6.4 seconds. Her previous World Cup win
came in Lillehammer on 1 December.

"I felt strong from the first climb," Halvorsen said. "The skis were perfect."

She took up the sport around 2008 in her home village of Tynset, retired briefly in 2021 after a
back injury and returned the following year.

Norway's team will name its squad for the Tour de Ski by Friday. The Tour starts on 28 December
in Toblach, and Halvorsen is also targeting the 2025 World Championships in Trondheim.

The team trains every morning on the Fluela pass road loop.

Results, 10 km free: 1. Halvorsen (NOR) 23:41.2; 2. Lindgren (SWE) +6.4; 3. Keller (SUI) +11.9""",
        (
            expect("2024-12-15", "halvorsen", "win"),
            expect("2024-12-14", "sprint"),
            expect("2024-12-01", "lillehammer"),
            expect("2008~", "sport"),
            expect("2021", "retir"),
            expect("2022", "return"),
            expect("../2024-12-20", "squad", planned=True),
            expect("2024-12-28", "tour", planned=True),
        ),
    ),
    Text(
        "boundary-review-timetable",
        "electoral boundary review timetable",
        None,
        """BOUNDARY COMMISSION FOR WESSEX AND THE MARCHES
2026 Review of Parliamentary Constituencies
Timetable and key dates

Published 3 March 2025

The Commission is required by the Parliamentary Constituencies Act 1986 to review all
constituencies in its area. Each new constituency must have between 69,724 and 77,062 electors.

The review formally began on 6 January 2025. The previous review was completed in June 2023.

Key dates
- Initial proposals will be published on 8 July 2025.
- The first consultation will run from 8 July to 2 September 2025. Anyone may comment online.
- Public hearings are expected to be held around October 2025, in at least five towns.
- Revised proposals will follow, with a second consultation of six weeks.
- The Commission must submit its final report no later than 1 July 2026.

The Commission meets on the first Tuesday of every month. Minutes are published on our website.

Enquiries: 020 7276 1102 | information@boundaries-wessex.example""",
        (
            expect("2025-01-06", "review"),
            expect("2023-06", "previous"),
            expect("2025-07-08", "proposal", planned=True),
            expect("2025-07-08/2025-09-02", "consultation", planned=True),
            expect("2025-10~", "hearing", planned=True),
            expect("../2026-07-01", "report", planned=True),
        ),
    ),
    Text(
        "greyholme-lock-cottage",
        "lock-keeper's cottage history",
        None,
        """Greyholme Lock Cottage: a short history

Greyholme Lock (Lock No. 17) lifts boats 1.8 metres on the Ribble and Aire Canal. The canal opened
to traffic in 1794, and the cottage beside the lock was built in 1796 from stone quarried at
Ellerby.

The first recorded keeper, Josiah Platt, was living here by 1801, when he appears in the company's
wage book. The stable block is said to date from 1820, though no record confirms it.

The lock itself was rebuilt in 1842 with a deeper chamber for the larger boats of the coal trade.
Keepers came and went, often father and son, and the last resident keeper, Albert Dyson, left in
1968. The cottage then stood empty until it was restored in 1983 by volunteers.

Since 1999 the cottage has been a holiday let managed by the Canal Heritage Trust. It is a Grade II
listed building (list entry 1184236).

Open days are held on the first Sunday of every month from April to October, when the parlour and
the keeper's office can be visited.

Bookings: 01632 960 917""",
        (
            expect("1794", "canal"),
            expect("1796", "cottage"),
            expect("../1801", "platt"),
            expect("1820?", "stable"),
            expect("1842", "rebuilt"),
            expect("1968", "keeper"),
            expect("1983", "restor"),
            expect("1999/..", "holiday"),
        ),
    ),
    Text(
        "st-brigids-appeal",
        "hospice's appeal letter",
        None,
        """St Brigid's Hospice
Mill Lane, Ashcombe AS4 2QT
Registered charity no. 1024187

14 November 2024

Dear Friend,

When St Brigid's opened its doors in 1987, we had six beds and a handful of volunteers. Each year we
now care for more than 1,200 patients and their families, at the hospice and in their own homes.

Since 2015 we have also run a hospice-at-home service, so that people can spend their last days
where they want to be. Our Chair, Dr Ruth Amos, joined us as a nurse around 2003 and has seen how
much that choice means.

This year has not been easy. In March our Day Therapy unit had to close for three weeks after a roof
leak, and our costs have risen faster than at any time since 2008.

There is good news too. Our new Family Room, where relatives can rest and stay overnight, will open
on 2 December. Our Christmas appeal closes on 31 December, and every gift, large or small, will help
us keep our beds open through the winter.

Our Christmas Fair is held every year on the first Saturday of December, and we would love to see
you there.

With warm wishes and thanks,

Helen Garrow
Chief Executive

To give, call 01632 960 451 or visit stbrigids.example/appeal""",
        (
            expect("1987", "open"),
            expect("2015/..", "home"),
            expect("2003~", "amos"),
            expect("2024-03", "therapy"),
            expect("2024-12-02", "family", planned=True),
            expect("2024-12-31", "appeal", planned=True),
        ),
    ),
    Text(
        "weissenborn-piano-history",
        "piano maker's history",
        None,
        """Weissenborn & Sohn, Leipzig - A history of the firm

Carl Weissenborn, a journeyman from Thuringia, opened his piano workshop in Leipzig in 1853 with
two apprentices. His square pianos sold well to the city's music teachers, and by 1880 the firm
employed 200 workers in a new factory in Plagwitz.

The concert grand Model D, introduced by Carl's son Friedrich, won a gold medal in Paris in 1889
and made the name known abroad. Serial number 100000 left the factory c. 1912, and the firm then
built some 3,000 instruments a year.

The Plagwitz factory was destroyed in an air raid on 4 December 1943. Production resumed in 1949
in a converted tram depot, and the firm was nationalised three years later as VEB Pianofortefabrik
Leipzig.

After reunification the company returned to the Weissenborn family in 1991. Today it builds about
120 pianos a year by hand, including the Model 1853 upright, named after the year of the founding.

Weissenborn & Sohn GmbH, Karl-Heine-Strasse 88, 04229 Leipzig""",
        (
            expect("1853", "workshop"),
            expect("../1880", "employ"),
            expect("1889", "medal"),
            expect("1912~", "serial"),
            expect("1943-12-04", "raid"),
            expect("1949", "production"),
            expect("1952", "nationalis"),
            expect("1991", "family"),
        ),
    ),
)
