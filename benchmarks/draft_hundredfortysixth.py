"""The hundred-and-forty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a wildfire smoke health advisory, a netball league
report, an insurance results release, a tea planter's diary of the 1890s, a radio telescope
commissioning summary, a spa hotel's history, a foreign office travel warning statement, a
model railway club's HTML news page, a housing tribunal rent decision, a brickworks' history
and a scout group's camp programme letter. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, a decade, "next week", "recently")
are left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYSIXTH_CORPUS",)


HUNDREDFORTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-fire-velland",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELLAND, March 14 (Northwire) - Firefighters brought a blaze at the Kestrel Copper
smelter in Velland under control on Thursday afternoon, nearly 20 hours after it broke out
in the plant's main furnace hall, the regional fire service said.

The fire started late on Wednesday, when molten slag spilled onto a conveyor belt during a
shift change, according to a preliminary report seen by Northwire. No one was seriously
hurt; three workers were treated for smoke inhalation.

The smelter opened in 1964 and was expanded in 2009 and again in 2016, when a second
converter line was added. Halvard Metals bought it from the regional government around
2001. It employs some 1,400 people and produces about 210,000 tonnes of copper cathode a
year.

Safety inspectors from the state labour agency will visit the site on Monday, agency
spokesman Pieter Ansgar said. Kestrel said it expected production to resume by April 30 at
the latest, once damaged cabling in the furnace hall has been replaced.

It was the most serious fire at the plant since 1987. Residents of the nearby village of
Orsholt, who meet company managers every quarter, called for an independent inquiry and
for the results of air sampling to be published.

(Reporting by Annika Holm; Editing by Rafael Dunne; +46 8 555 0142)""",
        (
            expect("2025-03-13", "fire", "control"),
            expect("2025-03-12", "fire", "start"),
            expect("1964", "smelter", "open"),
            expect("2009", "expand"),
            expect("2016", "expand"),
            expect("2001~", "bought"),
            expect("2025-03-17", "inspect", planned=True),
            expect("../2025-04-30", "production", planned=True),
        ),
    ),
    Text(
        "norrbeck-fieldsense-launch",
        "press release",
        date(2024, 6, 5),
        """NORRBECK INSTRUMENTS LTD - PRESS RELEASE
FOR IMMEDIATE RELEASE

Norrbeck launches FieldSense 3 wireless soil probe for vineyards and orchards

CAMBRIDGE, 5 June 2024 - Norrbeck Instruments today launched FieldSense 3, a wireless
soil-moisture and salinity probe designed for vineyards, orchards and soft-fruit growers.
The probe reports readings every 15 minutes over a low-power radio network and runs for up
to five years on a single battery.

FieldSense 3 replaces FieldSense 2, introduced in March 2021, which has sold roughly 48,000
units in 31 countries. Field trials of the new probe ran from 4 to 29 September 2023 on
twelve estates in Kent, Bordeaux and the Rioja.

"Growers told us they wanted fewer visits to the field, not more data," said chief
executive Ruth Calloway. "FieldSense 3 does the walking for them."

Deliveries to customers in the UK will begin on 1 July. Norrbeck will present the probe at
the Agritech Expo in Utrecht from 17 to 19 September, stand C-2024.

About Norrbeck Instruments
Founded in 1998 by engineers Ruth Calloway and Imran Sethi, Norrbeck designs and makes
environmental sensors at its plant in Histon. The company has been listed on the AIM market
since 2011 and employs 240 people. Its probes are calibrated to ISO 11274.

Order code: FS3-2050-EU

Media contact: Hollie Brand, +44 1223 555 014, press@norrbeck.example

ENDS""",
        (
            expect("2024-06-05", "fieldsense", "launch"),
            expect("2021-03", "fieldsense", "introduc"),
            expect("2023-09-04/2023-09-29", "trial"),
            expect("2024-07-01", "deliver", planned=True),
            expect("2024-09-17/2024-09-19", "expo", planned=True),
            expect("1998", "found"),
            expect("2011/..", "list"),
        ),
    ),
    Text(
        "ortmann-v-haverlock",
        "court opinion",
        date(2024, 2, 27),
        """IN THE SUPREME COURT OF THE STATE OF WESTMARCH

No. S-22-1184

DELIA ORTMANN, Appellant,
v.
HAVERLOCK GRAIN COOPERATIVE, Appellee.

Appeal from the District Court of Corvin County, Hon. Lewis Brandt, Judge.

Filed February 27, 2024

OPINION

KELDEN, J., delivered the opinion of the Court, in which all Justices joined.

Haverlock Grain Cooperative, which has operated the county elevator since 1931, hired
appellant Delia Ortmann as a scale operator in 2008. On or about February 14, 2020, she
reported to the state grain inspector that two of the cooperative's truck scales were
misweighing deliveries. Haverlock dismissed her on March 3, 2020, citing lateness.

Ortmann filed suit on August 21, 2020, alleging retaliatory discharge under the
Whistleblower Protection Act of 1987, Westm. Stat. sec. 41-602. After a bench trial held
from June 6 to 9, 2022, the district court entered judgment for Haverlock on October 11,
2022, finding that the dismissal would have occurred regardless of the report. Ortmann
timely appealed, and we heard argument on November 14, 2023.

The district court required Ortmann to prove that her report was the sole cause of her
dismissal. That is not the standard. The Act asks whether the protected report was a
contributing factor, and the record contains ample evidence that it was: the lateness
warnings began only after the inspector's visit.

We reverse the judgment and remand. The district court shall hold a new trial no later than
September 30, 2024, applying the contributing-factor standard set out above.

Reversed and remanded.""",
        (
            expect("1931/..", "elevator"),
            expect("2008", "hire"),
            expect("2020-02-14~", "report"),
            expect("2020-03-03", "dismiss"),
            expect("2020-08-21", "suit"),
            expect("2022-06-06/2022-06-09", "trial"),
            expect("2022-10-11", "judgment"),
            expect("2023-11-14", "argument"),
            expect("../2024-09-30", "new", "trial", planned=True),
        ),
    ),
    Text(
        "brannock-history",
        "encyclopedia history",
        None,
        """Brannock

Brannock is a market town and civil parish on the River Lowe in the county of Eastmere,
with a population of about 11,500.

History

Flint tools found near the ford show that the site was visited long before the Romans
arrived. The town is first recorded in a charter of about 956, in which King Eadred granted
land "aet Brannoc" to the abbey of Selwick.

Brannock received a market charter in 1227, and a stone bridge replaced the ford in 1341.
The parish church of St Oda was largely rebuilt after a fire, perhaps in 1463; its tower,
the tallest in the county, survives from the earlier building.

During the Civil War the town was held by Parliament from 1643 until 1646 and changed hands
twice in skirmishes on the bridge. The arrival of the Eastmere Canal in 1794 and of the
railway in 1852 brought woollen mills to the valley, and by the end of the century the town
had doubled in size. The last mill closed in 1968.

Brannock's population is now the largest it has been since 1911. Its Thursday market,
held every week since the Middle Ages, still fills the square. A bypass to take lorries
off the bridge is planned to open in 2027.

See also: Selwick Abbey; Eastmere Canal; River Lowe""",
        (
            expect("0956~", "charter"),
            expect("1227", "market"),
            expect("1341", "bridge"),
            expect("1463?", "church"),
            expect("1643/1646", "parliament"),
            expect("1794", "canal"),
            expect("1852", "railway"),
            expect("1968", "mill"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "ravensby-win-at-dunmore",
        "sports report",
        date(2024, 11, 18),
        """Reyl double lifts Ravensby out of the bottom three

By Callum Frayne, Sports Reporter

Dunmore Rovers 2 Ravensby City 3

Ravensby City came from behind to beat Dunmore Rovers 3-2 at Harcourt Road on Sunday and
climb out of the relegation places for the first time this season.

Dunmore led twice through goals from Kofi Banner and Eli Marsh, but City's Tomasz Reyl,
signed from Eldermoor in January, headed the equaliser after the break and then turned in
Jordan Pike's cross in stoppage time. Banner was sent off in the 71st minute for a second
yellow card.

It was City's first league win at Harcourt Road since 2013. Manager Ines Caldera, in
charge since March 2022, said the result had "been coming for weeks". A crowd of 11,987
watched the game.

Dunmore, relegated in 2019 and promoted back to the division two years later, stay ninth.
They have scored in every home game this season.

City host leaders Brackwell on Saturday, before their delayed cup tie against Orlin Town,
which will be played on Tuesday 3 December.

Dunmore: Hale; Osei, Garrow, Pratt, Lind; Banner, Coles, Marsh; Yusuf, Dee, Ong.
Ravensby: Quill; Ferris, Abbot, Moy, Tan; Pike, Reyl, Sutter; Lowe, Imbert, Nash.""",
        (
            expect("2024-11-17", "dunmore"),
            expect("2024-01", "reyl", "sign"),
            expect("2022-03/..", "caldera"),
            expect("2019", "relegat"),
            expect("2021", "promot"),
            expect("2024-11-23", "brackwell", planned=True),
            expect("2024-12-03", "cup", planned=True),
        ),
    ),
    Text(
        "halloran-bicycles-history",
        "company history",
        None,
        """Our history - Halloran Bicycles

In 1921 Josef Halloran, a blacksmith's son just back from the army, opened a cycle repair
shop in a rented stable on Mill Lane, Tenby Cross. The first bicycle frame to carry the
Halloran name was built there two years later.

Orders grew steadily, and the family moved production to a purpose-built works at
Brookfield in 1938. During the war the works made folding bicycles for the army; it
reopened for civilian customers in 1946, with Josef's daughter Margaret running the frame
shop.

Around 1955 Halloran began exporting to Denmark and the Netherlands, which remain its
largest markets outside Britain. The Tourer, designed by Margaret's son Peter, won the
national cycling federation's design award in 1978, 1984 and 1991, more than any other
British frame.

Since 2008 every Halloran frame has been made from recycled steel, brazed by hand by one of
our fourteen frame builders, who each sign their work. We still build around 3,000 frames
a year, and every frame we sell carries a lifetime guarantee.

Today the business is run by the fourth generation of the family. We plan to open a new
frame shop and training school at Wexley by the end of 2027, so that the skills Josef
brought home from the forge can be passed on.

Halloran Bicycles Ltd, Brookfield Works, Tenby Cross. Company no. 00198421.""",
        (
            expect("1921", "repair", "shop"),
            expect("1923", "frame"),
            expect("1938", "brookfield"),
            expect("1946", "reopen"),
            expect("1955~", "export"),
            expect("1978", "award"),
            expect("1984", "award"),
            expect("1991", "award"),
            expect("2008/..", "recycled"),
            expect("../2027", "wexley", planned=True),
        ),
    ),
    Text(
        "heron-mission-summary",
        "mission summary",
        None,
        """HERON - Mission summary

Agency: Pan-European Space Consortium (PESC)
Mission type: asteroid sample return
Mission ID: PSC-2019-04
Target: near-Earth asteroid 2011 KR9

Overview
HERON is PESC's first sample-return mission. It was approved in 2014 as a medium-class
mission, with a total cost cap of 610 million euro.

Timeline
HERON was launched on 14 October 2019 on a Vela-4 rocket from the Sorrel Point launch
site. It flew past Earth for a gravity assist on 2 November 2020 and past Mars roughly
eleven months later.

The spacecraft arrived at 2011 KR9 on 3 July 2022 and spent five months mapping the
surface with its wide-angle camera and laser altimeter before collecting a sample of
about 90 grams on 1 December. It departed the asteroid on 19 April 2023 and is now on its
way back to Earth.

The sample capsule is expected to land on the Tarrant Plain test range on or about 24
September 2026. It will be flown to the curation facility at Haldern within 48 hours.

Spacecraft
Launch mass 1,850 kg; solar arrays 12.4 m2; main engine 400 N; data rate up to 2048 kbit/s.""",
        (
            expect("2014", "approv"),
            expect("2019-10-14", "launch"),
            expect("2020-11-02", "earth"),
            expect("2021-10~", "mars"),
            expect("2022-07-03", "arriv"),
            expect("2022-12-01", "sample"),
            expect("2023-04-19", "depart"),
            expect("2026-09-24~", "capsule", planned=True),
        ),
    ),
    Text(
        "kessel-bridge-statement",
        "government statement",
        date(2025, 8, 21),
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE
Statement on the Kessel Bridge

Issued: 21 August 2025
Reference: MTI/STM/2025/118

The Kessel Bridge was closed to heavy goods vehicles on Monday after engineers found
cracking in two of the bearings that support the main span. Cars, buses and vans may still
use the bridge at a reduced speed limit of 30 km/h.

The bridge, which opened in 1972, carries around 38,000 vehicles a day. Its last major
refurbishment was completed in 2006.

A signed diversion for heavy goods vehicles via the Lorne Road has been in place since
Tuesday. Hauliers are asked to plan journeys using the diversion and to allow an extra 25
minutes.

A full structural inspection will begin on 1 September. It is to be completed by 31
October at the latest, and its findings will be published.

The Minister for Transport and Infrastructure, Hana Velic, will visit the site on Saturday
to meet engineers and local businesses.

"Safety comes first. We will not reopen the bridge to lorries until we are certain it is
safe," the Minister said.

Traffic updates are published every hour on the ministry's website. Enquiries: 0800 555
1972 (freephone).""",
        (
            expect("2025-08-18", "bridge", "closed"),
            expect("1972", "open"),
            expect("2006", "refurbish"),
            expect("2025-08-19/..", "diversion"),
            expect("2025-09-01", "inspect", planned=True),
            expect("../2025-10-31", "inspect", planned=True),
            expect("2025-08-23", "visit", planned=True),
        ),
    ),
    Text(
        "eastgate-library-reopens",
        "HTML news page",
        date(2025, 7, 24),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastgate Library reopens after two-year refit | Cressley Courier</title>
</head>
<body>
<header><a href="/">Cressley Courier</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></header>
<article>
<h1>Eastgate Library reopens after two-year refit</h1>
<p class="byline">By Sunita Marr | <time datetime="2025-07-24">24 July 2025</time></p>
<p>Eastgate Library reopened to the public on Tuesday, more than two years after water
pouring through its roof forced it to shut.</p>
<p>The Grade II listed building closed in June 2023. The refit, which began in about
September 2023, replaced the roof, restored the reading room's glass dome and added a lift
to the first floor.</p>
<p>The library was built in 1908 with a grant from the shipowner Harold Bexley and was
extended in 1964, when the children's library was added at the rear.</p>
<p>A new cafe run by a local social enterprise will open on 4 August. The council said the
landscaping of the garden would be finished by 15 September.</p>
<p>Visitor numbers in Cressley's libraries last year were the highest since 2019. The
library is open every day except Sunday.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/1908">Bus route 1908 to be cut</a></li></ul></aside>
<footer>&copy; 2025 Cressley Courier. Contact: newsdesk@cressleycourier.example</footer>
</body>
</html>""",
        (
            expect("2025-07-22", "reopen"),
            expect("2023-06", "close"),
            expect("2023-09~", "refit"),
            expect("1908", "built"),
            expect("1964", "extend"),
            expect("2025-08-04", "cafe", planned=True),
            expect("../2025-09-15", "garden", planned=True),
        ),
    ),
    Text(
        "corrin-valley-smoke-advisory",
        "wildfire smoke health advisory",
        date(2025, 7, 8),
        """HEALTH ADVISORY - WILDFIRE SMOKE
Corrin Valley Public Health District
Advisory No. 2025-14
Issued: Tuesday, July 8, 10:00 a.m.

The Corrin Valley Public Health District advises residents of Corrin, Ashby and Lone Pine
to limit time outdoors because of smoke from the Hollis Ridge fire.

The fire, which started on July 2 near the Hollis Ridge trailhead, has burned some 12,400
acres. Air quality in the valley reached the "unhealthy" range on Sunday and is expected to
stay there for several days. Fine particle (PM2.5) readings above 150 have been recorded at
the Ashby monitor.

Fire crews expect to contain the fire by July 15, according to the state forestry service.

Who is most at risk: people with asthma, heart or lung disease, older adults, pregnant
people, infants and children, and outdoor workers.

What to do:
- Stay indoors with windows and doors closed; run air conditioning on recirculate.
- Avoid strenuous outdoor activity.
- If you must be outside, wear a well-fitted N95 respirator.
- Check the air quality map every hour at air.corrinvalley.example.

Clean-air shelters will be open from July 8 to July 13 at the Corrin Community Center and
the Lone Pine Grange Hall, from 8 a.m. to 10 p.m.

The district last issued a smoke advisory in August 2021. This advisory will be reviewed on
Thursday.

Media inquiries: Dana Whitlock, (541) 555-0193""",
        (
            expect("2025-07-02", "fire", "start"),
            expect("2025-07-06", "air"),
            expect("../2025-07-15", "contain", planned=True),
            expect("2025-07-08/2025-07-13", "shelter", planned=True),
            expect("2021-08", "advisory"),
            expect("2025-07-10", "review", planned=True),
        ),
    ),
    Text(
        "northfold-netball-division-one",
        "netball league report",
        date(2025, 4, 14),
        """NORTHFOLD NETBALL LEAGUE - DIVISION ONE ROUND-UP
Posted by the League Press Officer, 14 April 2025

Kirkby Comets went top of Division One after a 52-41 win over Aldham Arrows on Saturday.
Goal shooter Priya Danvers scored 31 from 34 attempts, and wing defence Holly Brack kept
Aldham's centre court quiet for the whole of the second half.

Comets joined the league in 2016 and won promotion to Division One the following year.
Coach Jo Tennant said: "We have waited a long time to be top. We are not getting carried
away."

Elsewhere, Ferrybridge Flyers beat Marston Magic 47-44 and Calder Belles drew 38-38 with
St Aidan's.

Westbury Wasps' match against Holm Valley, postponed on 29 March because of a waterlogged
court, will be replayed on Wednesday 23 April at Westbury Sports Hall (7.30 pm start).

The season ends with finals day on 17 May at Northfold Leisure Centre. Clubs must submit
their umpire registration forms by Friday; late forms cannot be accepted.

Top of the table: Kirkby Comets 34 pts, Aldham Arrows 33, Ferrybridge Flyers 29,
Calder Belles 24.

Training for the league's under-16 squad takes place every Sunday at 10 am. Contact:
fixtures@northfoldnetball.example""",
        (
            expect("2025-04-12", "comets"),
            expect("2016", "join"),
            expect("2017", "promot"),
            expect("2025-03-29", "postpone"),
            expect("2025-04-23", "replay", planned=True),
            expect("2025-05-17", "finals", planned=True),
            expect("../2025-04-18", "registration", planned=True),
        ),
    ),
    Text(
        "halden-mutual-results-2023",
        "insurance results release",
        date(2024, 3, 6),
        """HALDEN MUTUAL PLC
Preliminary results for the year ended 31 December 2023

6 March 2024

Halden Mutual plc ("Halden" or "the Group"), the home and motor insurer, today announces
its results for 2023.

Highlights
- Gross written premiums GBP 2.14bn (2022: GBP 1.96bn)
- Profit before tax GBP 412m (2022: GBP 371m)
- Combined ratio 94.1% (2022: 96.3%), the best since 2015
- Solvency II coverage ratio 176%

Halden completed the acquisition of Brindle Insurance Services on 3 July 2023, adding some
410,000 home policies. Weather claims were heavy in the second half: Storm Ivo on 20 October
and the Lowick floods of 4 November together cost the Group about GBP 58m, net of
reinsurance.

Dividend
The Board recommends a final dividend of 14.2p per share, to be paid on 24 May 2024. The
annual general meeting will be held on 9 May 2024 in Leeds.

Leadership
Chief executive Morag Ellery, who has led the Group since 2017, will retire by the end of
2024. The Board has begun a search for her successor.

Halden was founded as a friendly society in 1887 and has been listed on the London Stock
Exchange since its demutualisation.

Enquiries: Investor relations, Tom Asquith, +44 113 555 0178
LEI: 2138009KQ1887HALDEN04""",
        (
            expect("2024-03-06", "results"),
            expect("2023-07-03", "acquisition", "brindle"),
            expect("2023-10-20", "storm"),
            expect("2023-11-04", "flood"),
            expect("2024-05-24", "dividend", planned=True),
            expect("2024-05-09", "meeting", planned=True),
            expect("2017/..", "ellery"),
            expect("../2024", "retire", planned=True),
            expect("1887", "found"),
        ),
    ),
    Text(
        "glenmorra-planter-diary-1893",
        "tea planter's diary of the 1890s",
        None,
        """Diary of Edward Lisle, Superintendent, Glenmorra Estate, Dimbula. 1893.

Jan. 9th. Monday. Began pruning in the lower fields, Nos. 4 to 7, with 60 coolies. Weather
fine. The old factory, built by Uncle James in '78 or thereabouts, wants a new roof before
the rains.

Jan. 14th. The new withering shed, begun on Dec. 2nd last, roofed at last, and not a day
too soon, for the rains have come early. Kangany Muthu says the lines are leaking again.

Feb. 20th. First flush plucking began, some ten days earlier than in '91. Leaf good. Made
1,840 lbs. on the first day, which is better than I hoped.

Mar. 4th. Saturday. Sent 42 chests down to Colombo by the cart road. The Agent writes that
Glenmorra fetched 9 3/4d. a lb. at the last sale, the best price on the estate for years.

Mar. 11th. Down with fever since Tuesday; Dr Pereira came up from Hatton today and dosed me
with quinine. Very low all day.

Mar. 25th. Letter from Mackenzie in Colombo: the new rolling machine from Jackson's is to
arrive at Colombo on or about the 10th of next month, and I must send the bullock carts
down for it. We pay the coolies every Saturday.""",
        (
            expect("1893-01-09", "prun"),
            expect("1878~", "factory"),
            expect("1892-12-02", "shed"),
            expect("1893-01-14", "shed", "roof"),
            expect("1893-02-20", "pluck"),
            expect("1893-03-04", "chests"),
            expect("1893-03-07/..", "fever"),
            expect("1893-03-11", "pereira"),
            expect("1893-04-10~", "machine", planned=True),
        ),
    ),
    Text(
        "tarnhill-array-commissioning",
        "radio telescope commissioning summary",
        date(2024, 6, 12),
        """TARNHILL ARRAY - COMMISSIONING SUMMARY
Document TA-COM-0032, version 1.2, 12 June 2024
Prepared by: Commissioning Team (lead: Dr Ilse Marwick)

1. Background
Construction of the Tarnhill Array, 64 dishes of 13.5 m spread over 9 km of upland moor,
was approved in 2019, about ten years after the site survey that first identified the
moor's low radio interference. The array observes between 350 and 1420 MHz.

2. Progress to date
Dish installation ran from February 2022 to September 2023. First light was obtained on 18
November 2023 with 16 dishes, on the radio galaxy Tarn A. The correlator was upgraded to
its full 2048-channel mode on 5 March 2024; a fault in the cryogenic receiver chain two days
later forced a shutdown of the array until 22 March. All 64 dishes are now in routine use
for engineering tests.

3. Known issues
Pointing errors of up to 12 arcsec at low elevation; intermittent loss of the timing link
during thunderstorms; RFI from a wind farm to the north-east.

4. Next steps
Science verification observations are scheduled to begin on 1 October 2024. Full
operations are expected by June 2025, subject to the review board's approval.

Distribution: TA project office, funding agency, partner institutes.""",
        (
            expect("2019", "approv"),
            expect("2009~", "survey"),
            expect("2022-02/2023-09", "install"),
            expect("2023-11-18", "first", "light"),
            expect("2024-03-05", "correlator"),
            expect("2024-03-07/2024-03-22", "shutdown"),
            expect("2024-10-01", "verification", planned=True),
            expect("../2025-06", "operations", planned=True),
        ),
    ),
    Text(
        "kelderwell-hydro-history",
        "spa hotel's history",
        None,
        """The Kelderwell Hydro - Our History

For more than four centuries visitors have come to Kelderwell to take the waters. The
iron-rich spring that rises beneath our terrace was known to local healers by c. 1570, and
the first pump room was built over it in 1788 by the lord of the manor, Sir Giles Tarrant.

On 1 June 1861 Dr Ambrose Fenn opened the Kelderwell Hydropathic Establishment, with
Turkish baths, a douche room and 140 bedrooms. Guests came by the new branch railway and
stayed for weeks at a time.

From 1915 to 1919 the building served as a military hospital for officers. The east wing
was lost to fire, probably in 1932, and was never rebuilt; its foundations now form the
sunken garden.

The hotel has been owned by the Marlow family since 1958. The Thermal Suite, with its
mineral pool and salt cave, opened in 2011.

The restoration of the original Victorian baths, closed to guests for over half a century,
will be completed in 2026, and the baths will once again be open to hotel guests and day
visitors.

Afternoon tea is served daily in the Fenn Lounge from 3 pm. Rooms from GBP 189 per night.
The Kelderwell Hydro, Spa Road, Kelderwell. Telephone 01423 555 861.""",
        (
            expect("1570~", "spring"),
            expect("1788", "pump", "room"),
            expect("1861-06-01", "hydropathic"),
            expect("1915/1919", "hospital"),
            expect("1932?", "fire"),
            expect("1958/..", "marlow"),
            expect("2011", "thermal"),
            expect("2026", "baths", planned=True),
        ),
    ),
    Text(
        "veltria-travel-warning",
        "foreign office travel warning statement",
        date(2025, 10, 2),
        """MINISTRY OF FOREIGN AFFAIRS OF ARDMARK
Travel advice: Veltria - statement

Still current at: 2 October 2025
Updated: 2 October 2025

The Ministry now advises against all but essential travel to the whole of Veltria, and
against all travel to the capital, Marisk.

The government of Veltria declared a state of emergency on 28 September. Following violent
clashes between protesters and security forces in central Marisk on Tuesday, in which at
least 14 people were killed, a night-time curfew has been in force across the capital since
Wednesday. Marisk International Airport remains open, but several airlines have suspended
flights.

The Ardmark embassy in Marisk will run a reduced consular service from Monday 6 October.
Ardish nationals in Veltria should register their presence with the embassy by 10 October.

Presidential elections are to be held on 9 November. Further demonstrations are likely in
the run-up to the vote.

Veltria has been in a border dispute with its neighbour Kossar since 1994. Do not travel
within 20 km of the Kossar border.

If you need urgent help, contact the embassy on +999 21 555 0100 or the Ministry's 24-hour
line, +45 33 55 1994.""",
        (
            expect("2025-09-28", "emergency"),
            expect("2025-09-30", "clash"),
            expect("2025-10-01/..", "curfew"),
            expect("2025-10-06/..", "consular", planned=True),
            expect("../2025-10-10", "register", planned=True),
            expect("2025-11-09", "election", planned=True),
            expect("1994/..", "border", "dispute"),
        ),
    ),
    Text(
        "ashcombe-mrc-news",
        "model railway club's HTML news page",
        date(2025, 4, 9),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>News - Ashcombe &amp; District Model Railway Club</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/layouts">Our layouts</a> |
<a href="/exhibition">Exhibition</a> | <a href="/contact">Contact</a></nav>
<h1>Club news</h1>

<article>
<h2>Exhibition dates confirmed</h2>
<p class="meta">Posted 9 April 2025 by Graham Pell (Secretary)</p>
<p>Our 41st annual exhibition will be held at Ashcombe Town Hall from 14 to 15 June, with 22
layouts and 15 trade stands. Exhibitors must return their booking forms by 2 May.</p>
<p>Work on Kelsey Junction, our OO gauge layout begun in 2019, resumed on Tuesday after
the winter break. The station throat is now wired and the goods yard fully ballasted.</p>
</article>

<article>
<h2>Farewell to Derek Mayhew</h2>
<p class="meta">Posted 3 March 2025</p>
<p>We are sad to report that Derek Mayhew died on 24 February, aged 86. Derek joined the
club in 1974 and was its chairman from 1988 to 2001; many of the buildings on our N gauge
layout are his work. His funeral will be held on 14 March at St Luke's, Ashcombe.</p>
</article>

<p>The club meets every Thursday from 7.30 pm at the Scout Hut, Mill Road.
Visitors welcome.</p>
<footer>Ashcombe &amp; District MRC &middot; Registered charity no. 1091987</footer>
</body>
</html>""",
        (
            expect("2025-06-14/2025-06-15", "exhibition", planned=True),
            expect("../2025-05-02", "booking", planned=True),
            expect("2019", "kelsey"),
            expect("2025-04-08", "resum"),
            expect("2025-02-24", "died"),
            expect("1974", "join"),
            expect("1988/2001", "chairman"),
            expect("2025-03-14", "funeral", planned=True),
        ),
    ),
    Text(
        "eastmere-rent-decision",
        "housing tribunal rent decision",
        date(2024, 11, 8),
        """RESIDENTIAL PROPERTY TRIBUNAL FOR EASTMERE

Case reference: EMR/RNT/2024/0519
Property: Flat 3, 27 Corder Street, Brannock EM4 2RT
Applicant (tenant): Ms Farah Quayle
Respondent (landlord): Lowe Valley Lettings Ltd
Type of application: Determination of market rent, Housing Act 1988, section 14
Tribunal: Judge N. Osterley, Mr P. Hemming FRICS
Date of decision: 8 November 2024

DECISION

1. The tenant has occupied the flat under an assured periodic tenancy since 1 August 2015.
On 12 July 2024 the landlord served a notice under section 13 proposing a new rent of
GBP 1,450 per month. The tenant referred the notice to the tribunal on 28 August 2024.

2. The tribunal inspected the property on 22 October 2024 and held a hearing two days
later, at which the tenant attended in person and the landlord was represented by its
lettings manager.

3. The flat is a two-bedroom first-floor flat in a converted Victorian house. The kitchen
was last refitted in around 2003 and is dated. Several windows are single-glazed; the
landlord told the tribunal that they are to be replaced by 31 March 2025.

4. Having regard to comparable lettings, and making deductions for the condition of the
kitchen and windows, the tribunal determines a market rent of GBP 1,310 per month, with
effect from 1 September 2024.

5. Either party may apply for permission to appeal within 28 days of this decision.""",
        (
            expect("2015-08-01/..", "tenancy"),
            expect("2024-07-12", "notice"),
            expect("2024-08-28", "refer"),
            expect("2024-10-22", "inspect"),
            expect("2024-10-24", "hearing"),
            expect("2003~", "kitchen"),
            expect("../2025-03-31", "window", planned=True),
            expect("2024-09-01", "rent"),
        ),
    ),
    Text(
        "marnock-brickworks-history",
        "brickworks' history",
        None,
        """Marnock Brickworks: a short history

Marnock Local History Society - Leaflet No. 12

The red Keuper clay under Marnock Common has been dug for bricks for generations, but the
works whose chimney still dominates the village began in 1859, when the builder Samuel
Dorrit leased the clay pits from the Marnock estate.

Dorrit's son Henry built the first Hoffmann continuous kiln in 1872 and a second in 1881,
and a branch siding linked the works to the main line. The works' pressed facing brick,
stamped with the frog mark "M&D 1214", was used across the county and can still be seen in
the village school and the railway station.

The works closed in September 1940, when most of its men were called up, and reopened in
1947. Langholm Clay Products bought the business in 1966 and mechanised the clay pits, but
demand for handmade bricks fell away. The last kiln was fired on or about 14 March 1981.

The 38-metre chimney and No. 2 kiln have been listed since 1988. The flooded clay pit is
now a nature reserve, home to great crested newts and dragonflies.

A heritage trail linking the kilns, the chimney and the reserve is due to open by 2026.
Guided walks leave the reserve car park on the first Sunday of every month at 2 pm.""",
        (
            expect("1859", "lease"),
            expect("1872", "kiln"),
            expect("1881", "kiln"),
            expect("1940-09", "close"),
            expect("1947", "reopen"),
            expect("1966", "langholm"),
            expect("1981-03-14~", "last", "kiln"),
            expect("1988/..", "listed"),
            expect("../2026", "trail", planned=True),
        ),
    ),
    Text(
        "harlington-scouts-camp-letter",
        "scout group's camp programme letter",
        date(2025, 5, 14),
        """1st Harlington Scout Group
The Scout Hut, Pound Lane, Harlington
Registered charity no. 1041996

14 May 2025

Dear Parents and Carers,

SUMMER CAMP 2025 - FERNLEIGH

I am delighted to confirm that this year's Troop camp will be held at Fernleigh Campsite
(OS grid ref. SU 1846 2093) from Saturday 26 July to Saturday 2 August. The group has
leased its pitch at Fernleigh, beside the river, since 1996.

The programme includes canoeing, pioneering, a wide game and a campfire with the Cub pack
from our sister group in Cranford. The overnight hike for Scouts working towards their
Expedition badge will set off on Wednesday 30 July.

A deposit of GBP 50 should be paid no later than 6 June. There will be a kit check in the
hut on Friday 18 July, so please label everything.

A parents' meeting will be held on Thursday at 7 pm in the hut, where the leaders will go
through the programme, the kit list and the medical forms.

The group was founded in 1911 and this will be our 96th summer camp. Scouts meet every
Tuesday during term time.

Yours in Scouting,

Helen Orme
Scout Leader, 1st Harlington
07700 900 462""",
        (
            expect("2025-07-26/2025-08-02", "camp", planned=True),
            expect("1996/..", "lease"),
            expect("2025-07-30", "hike", planned=True),
            expect("../2025-06-06", "deposit", planned=True),
            expect("2025-07-18", "kit", planned=True),
            expect("2025-05-15", "meeting", planned=True),
            expect("1911", "found"),
        ),
    ),
)
