"""The hundred-and-seventy-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a blizzard warning, a cyclo-cross race report, a tidal
energy project release, a midwife's casebook of the 1900s, a water vole survey report, a
lifeboat station's history, a health ministry hospital opening statement, a cathedral HTML
visiting times page, a planning enforcement appeal decision, a blacksmith's forge history and
a chess club's match log. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "next week", "recently") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYFIFTH_CORPUS",)

HUNDREDSEVENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "copper-mine-resumes",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRAVA CITY, March 14 (Meridian Wire) - The Dolvan copper mine in northern Kestrava
resumed production on Thursday, eleven months after a flood in its lower galleries forced its
owner to halt work.

The flood struck on April 9 last year, when a pump station failed during heavy rain and water
filled three levels of the mine within hours. Nobody was hurt.

Owner Brannick Resources said the first ore shipment since the flood would leave the port of
Sallow on or about March 28, and that the mine should be back at full output by September 30.
Output in the first quarter will be the lowest since 1994, the company said.

The mine opened in 1962 and employed some 1,400 people before the flood. Brannick bought it
from the state in 2008 and expanded it in 2011 and 2015, adding a second shaft and a
flotation plant.

About 300 workers laid off after the flood have mostly been rehired, according to the miners'
union. Union representatives will meet management on Tuesday to discuss back pay owed for the
months of the closure.

"We have been waiting for this day for a year," said shift foreman Ilir Dacosta, who has
worked at Dolvan since 1989. "Some of the young ones had never seen the mine shut."

Copper futures rose 0.8 percent on the news, and Brannick shares gained 3.1 percent by
midday.

(Reporting by Vesna Marlow; Editing by Ahmed Toller)""",
        (
            expect("2025-03-13", "production"),
            expect("2024-04-09", "flood"),
            expect("2025-03-28~", "shipment", planned=True),
            expect("../2025-09-30", "output", planned=True),
            expect("1962", "open"),
            expect("2008", "bought"),
            expect("2011", "expand"),
            expect("2015", "expand"),
            expect("2025-03-18", "meet", planned=True),
            expect("1989/..", "dacosta"),
        ),
    ),
    Text(
        "oven-maker-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harlan Ovenworks completes purchase of Brisco Thermal, plans second plant in Lindenford

LINDENFORD, Ore., June 3, 2025 /Pressline/ -- Harlan Ovenworks, Inc., a maker of commercial
deck and tunnel ovens, today announced that it has completed its acquisition of Brisco
Thermal Systems, a supplier of burner controls based in Tacora, Washington.

The deal, first announced on April 22, was approved by Brisco shareholders on May 15. Terms
were not disclosed.

Harlan will build a 140,000-square-foot assembly plant on a site next to its existing works
in Lindenford. The groundbreaking is scheduled for August, and the plant is expected to open
in March 2027, creating approximately 120 jobs.

"Brisco has been our main controls supplier since 2019, so this is a natural step," said Dana
Whitcombe, Harlan's chief executive. "Bringing their engineers in-house lets us ship a
complete line, from the burner to the conveyor."

Founded in 1987 by the baker-engineer Lou Harlan in a rented garage, Harlan Ovenworks now
sells in 41 countries. Brisco was established in 1994 and employs 210 people.

The combined company expects to report its first joint results by October 31.

About Harlan Ovenworks
Harlan Ovenworks designs and manufactures ovens for industrial and retail bakeries. Its
products are certified to ISO 9001 and sold through 60 distributors.

Media contact: Priya Ensley, +1 503 555 0143, press@harlanovenworks.example

###""",
        (
            expect("2025-06-03", "acquisition"),
            expect("2025-04-22", "deal"),
            expect("2025-05-15", "approv"),
            expect("2025-08", "groundbreaking", planned=True),
            expect("2027-03", "plant", "open", planned=True),
            expect("2019/..", "supplier"),
            expect("1987", "found"),
            expect("1994", "brisco"),
            expect("../2025-10-31", "results", planned=True),
        ),
    ),
    Text(
        "hale-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORDALE

No. A-23-0417

MERIDIAN PROPERTY HOLDINGS, LLC, Appellee,
v.
CALVIN HALE, Appellant.

Appeal from the District Court for Ossian County, Hon. Teresa Vance, Judge.

BRANDT, Judge.

I. BACKGROUND

On or about March 1, 2016, Calvin Hale leased a ground-floor shop unit at 22 Quarry Street
from Meridian Property Holdings, LLC (Meridian) for a term of ten years. Hale wrote to
Meridian at least four times in 2018 to complain of leaks from the flat above. Beginning in
about July 2019, he stopped paying the full rent, citing water damage that Meridian had not
repaired.

Meridian served a notice of default on August 12, 2020, under section 8 of the Commercial
Tenancies Act of 1998. Hale vacated the premises the following month. Meridian filed its
complaint on January 4, 2021, seeking unpaid rent of $48,300, and re-let the unit on or about
February 1, 2021, to a dry cleaner.

The district court granted summary judgment for Meridian on May 19, 2022, holding that the
repair covenant and the covenant to pay rent were independent. Hale filed a notice of appeal
on June 10. We heard oral argument on October 3, 2023.

II. ANALYSIS

We review a grant of summary judgment de novo. Hale argues that a genuine issue of material
fact remained as to whether Meridian breached its repair covenant first, so that rent was not
owed in full. We agree. The lease makes the landlord's repair obligation a condition of the
tenant's duty to pay, and the record contains evidence, including Hale's letters and an
inspector's report, from which a factfinder could conclude that the unit was not usable.

III. CONCLUSION

The judgment is reversed, and the cause is remanded for trial. The district court shall set a
trial date no later than 120 days after the mandate issues.

REVERSED AND REMANDED.""",
        (
            expect("2016-03-01~", "lease"),
            expect("2018", "leaks"),
            expect("2019-07~", "rent"),
            expect("2020-08-12", "notice"),
            expect("2020-09", "vacat"),
            expect("2021-01-04", "complaint"),
            expect("2021-02-01~", "re-let"),
            expect("2022-05-19", "summary", "judgment"),
            expect("2022-06-10", "appeal"),
            expect("2023-10-03", "argument"),
        ),
    ),
    Text(
        "brellin-history",
        "encyclopedia history",
        None,
        """Brellin

Brellin is a market town and civil parish in the Vale of Ansby, on the west bank of the River
Tole. It had a population of 11,480 at the 2021 census.

History

A settlement at the ford is first recorded c. 1140, when the lord of Ansby granted land there
to the priory of St Wendreda. The town received a market charter in 1287 and a second
charter, for an annual fair, in 1302. The priory was dissolved in 1538, and its buildings
were largely pulled down for stone.

The poet Anselm Crowe was born in Brellin, perhaps in 1612; the parish register for those
years is lost. During the Civil War the town changed hands at least three times.

The town hall was built between 1764 and 1766 to designs by the mason-architect Joseph
Pinner, and it still houses the town council. The railway reached Brellin in 1849, bringing a
tannery and two breweries, and the population rose to a peak of 14,200 in 1911. A fire in
1926 destroyed much of Bridge Street; it was the worst blaze in the county since 1731.

Since 1974 Brellin has formed part of the district of Ansby Vale. The weekly market is held
every Thursday in the square in front of the town hall.

See also
- List of market towns in the Vale of Ansby
- Priory of St Wendreda""",
        (
            expect("1140~", "settlement"),
            expect("1287", "market"),
            expect("1302", "fair"),
            expect("1538", "priory", "dissolv"),
            expect("1612?", "crowe"),
            expect("1764/1766", "town", "hall"),
            expect("1849", "railway"),
            expect("1911", "population"),
            expect("1926", "fire"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "vale-win-at-sedgeport",
        "sports report",
        date(2025, 4, 13),
        """Kettle double sends Vale four points clear

By Dev Ashworth | Sunday 13 April 2025

Sedgeport 1 Harlow Vale 3

Omar Kettle scored twice as Harlow Vale won at Brine Park on Saturday to move four points
clear at the top of the Northern Counties League.

Kettle, signed from Dunmore Athletic in January, headed in a Joel Marsh corner after 12
minutes and added a second from the penalty spot just before half-time. Sedgeport pulled one
back through Ade Fielding in the 58th minute, but substitute Ravi Ennis sealed it with five
minutes left.

It was Vale's first win at Sedgeport since 2009 and a seventh in eight matches for manager
Ruth Okonjo, who was appointed in November 2023. Vale were relegated in 2021 and won
promotion back the following year, and the club confirmed on Friday that Okonjo has signed a
new two-year contract.

"The lads never stopped running," Okonjo said. "We'll enjoy tonight and then look at Tarnby."

Vale host Tarnby on Wednesday night. Lewis Brand, who has captained the side since 2019 and
is out with a hamstring injury, is expected to return for the cup semi-final against Lindmoor
at Brayfield on 26 April.

Sedgeport, who have not kept a clean sheet since 14 December, train every Tuesday and
Thursday at the Brine Park annexe and face Ossett Town away next.

Sedgeport: Carver; Doyle, Mensah, Pryor, Iles; Fielding, Kaur, Moss (Grant 70); Tate, Yeo,
Ridley.
Harlow Vale: Lund; Okafor, Hurst (Pike 46), Stott, Rowe; Marsh, Ennis, Hale; Kettle, Quinn,
Abara.
Referee: M. Collins. Attendance: 2,314.""",
        (
            expect("2025-04-12", "vale"),
            expect("2025-01", "kettle"),
            expect("2023-11", "okonjo"),
            expect("2021", "relegat"),
            expect("2022", "promot"),
            expect("2025-04-11", "contract"),
            expect("2025-04-16", "tarnby", planned=True),
            expect("2019/..", "brand"),
            expect("2025-04-26", "semi", planned=True),
        ),
    ),
    Text(
        "thurlow-ropemakers-story",
        "company history",
        None,
        """Our story - Thurlow & Daughters, Ropemakers

Eliza Thurlow, a sailmaker's widow, founded the business in 1872 in a 300-yard rope walk
beside the harbour at Pellow. Her daughters Ann and Grace learned the trade at her side, and
the firm has carried their name ever since.

From 1914 to 1918 almost the whole of the firm's output went to the Admiralty as mooring
lines and towing hawsers, and the rope walk worked day and night.

A fire destroyed the main spinning shed on 2 March 1951. Production carried on in borrowed
premises across the harbour, and by 1953 the works had been rebuilt. The firm began spinning
nylon and polyester rope in around 1960, and within a decade synthetics made up most of its
sales.

Thurlow was bought by the Gresham Cordage Group in 1988 but regained its independence in a
management buy-out eleven years later. Since 2014 the company has been wholly owned by its
employees through an employee ownership trust.

Today we make more than 400 kinds of rope, from climbing and rescue lines to tarred hemp for
historic ships, and we still test every batch on the original rope walk. Our new braiding
hall is due to open in 2026, and we plan to be carbon-neutral by 2030.

Visit our shop on Tanner's Hill, open Monday to Saturday, or book a tour of the rope walk.

Thurlow & Daughters Ltd - Tanner's Hill, Pellow - Registered in England No. 00214763""",
        (
            expect("1872", "found"),
            expect("1914/1918", "admiralty"),
            expect("1951-03-02", "fire"),
            expect("../1953", "rebuilt"),
            expect("1960~", "nylon"),
            expect("1988", "gresham"),
            expect("1999", "buy"),
            expect("2014/..", "employee"),
            expect("2026", "braiding", planned=True),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "ardent-lunar-orbiter",
        "mission summary",
        None,
        """ARDENT Lunar Orbiter - Mission Summary

Agency: Tessaly Space Agency (TSA) | Mission type: lunar orbiter | Status: operational
Launch vehicle: Kestrel-2 | Launch mass: 1,240 kg | Orbit: 100 km, polar

ARDENT (Advanced Regolith and Dust Environment Tracker) was launched on 17 September 2021
aboard a Kestrel-2 rocket from the Varna Point launch site. After a 15-day transfer, the
spacecraft entered lunar orbit on 2 October, and its five instruments were commissioned over
the following weeks. Science operations began on 21 October.

The primary mission mapped the thin dust exosphere above the lunar terminator and measured
how charged dust is lifted at sunrise. In March 2023 the agency extended the mission to study
the south polar region, lowering the orbit to 60 km at its closest point.

On 5 May 2024 the main transmitter failed during a solar storm, the strongest since 2003.
Controllers switched to the backup unit and restored contact nine days later. No science data
stored on board were lost. All calibrated ARDENT data have been public since 1 March 2022.

The extended mission is scheduled to end in December 2026. ARDENT will then be lowered into a
controlled impact on the far side no later than 31 March 2027, so that it poses no risk to
future landing sites. Its successor, ARDENT-2, is expected to launch in about 2029.

Principal investigator: Dr Ines Valkova, Tessaly Institute of Planetary Science
Data archive: TSA Planetary Data Service, collection ARD-L1-2021""",
        (
            expect("2021-09-17", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-21", "science"),
            expect("2023-03", "extend"),
            expect("2024-05-05", "transmitter"),
            expect("2024-05-14", "contact"),
            expect("2022-03-01/..", "data"),
            expect("2026-12", "mission", "end", planned=True),
            expect("../2027-03-31", "impact", planned=True),
            expect("2029~", "ardent-2", planned=True),
        ),
    ),
    Text(
        "carrow-bridge-toll",
        "government statement",
        date(2025, 11, 20),
        """Department for Infrastructure

Statement by the Minister for Infrastructure, Niamh Corless, on the Carrow Bridge toll

20 November 2025

The Government will abolish the toll on the Carrow Bridge from 1 January. From that date, all
vehicles will cross free of charge.

The toll was introduced in 1994, a year after the bridge opened, to repay the cost of
building it. The last of that debt was paid off in June of this year, and I see no case for
asking motorists to go on paying for a bridge that has been paid for.

A public consultation, held from 3 to 28 March, drew more than 6,000 responses, and four in
five respondents supported abolition. Since 2018 residents of Carrow County have paid a
reduced rate of 60 pence. Traffic on the bridge has grown by a third since 2010, and the toll
plaza is now the worst bottleneck on the A19.

Legislation to remove the toll will be laid before the Assembly by 15 December. The booths
will be taken down once the toll ends, and the 42 toll staff will be offered posts elsewhere
in the Department. I will meet their union on Monday to discuss redeployment.

I want to thank the people of Carrow for their patience.

ENDS

Notes to editors
1. The Carrow Bridge carries about 31,000 vehicles a day.
2. Media enquiries: Press Office, 028 9054 0012.""",
        (
            expect("2026-01-01", "toll", "abolish", planned=True),
            expect("1994", "toll", "introduc"),
            expect("1993", "bridge", "open"),
            expect("2025-06", "debt"),
            expect("2025-03-03/2025-03-28", "consultation"),
            expect("2018/..", "reduced"),
            expect("../2025-12-15", "legislation", planned=True),
            expect("2025-11-24", "union", planned=True),
        ),
    ),
    Text(
        "central-library-reopens",
        "HTML news page",
        date(2025, 2, 7),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year refurbishment | Wexcombe Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after two-year refurbishment</h1>
<p class="byline">By Hollis Grant | <time datetime="2025-02-07">7 February 2025</time></p>
<p>Wexcombe's Central Library on Mercer Street reopened on Monday after a refurbishment that
kept its doors shut for just over two years.</p>
<p>The listed building closed in January 2023 so that its roof, wiring and heating could be
replaced. The council approved the &pound;6.2m scheme in 2021, after a survey found water
coming through the dome.</p>
<p>Opened in 1908 with a gift from the shipowner Thomas Arle, the library gained a reading room
extension in 1967, which has now been turned into a caf&eacute;.</p>
<p>The temporary branch in the Corn Exchange will close on 28 February. A public open day, with
tours of the restored dome, will be held on Saturday.</p>
<p>Work on the second phase, a children's wing, is due to start in about May.</p>
<p>Story time for under-fives runs every Tuesday at 10.30am.</p>
<figure><img src="/img/library-dome.jpg" alt="The restored dome">
<figcaption>The restored dome, photographed on Thursday. Photo: Courier</figcaption></figure>
</article>
<footer>&copy; 2025 Wexcombe Courier | <a href="/contact">Contact us</a></footer>
</body>
</html>""",
        (
            expect("2025-02-03", "reopen"),
            expect("2023-01", "closed"),
            expect("2021", "approv"),
            expect("1908", "open"),
            expect("1967", "extension"),
            expect("2025-02-28", "temporary", planned=True),
            expect("2025-02-08", "open", "day", planned=True),
            expect("2025-05~", "children", planned=True),
        ),
    ),
    Text(
        "harlan-plains-blizzard",
        "blizzard warning",
        date(2026, 1, 13),
        """URGENT - WINTER WEATHER MESSAGE
National Weather Service Harlan Plains
312 PM CST Tue Jan 13 2026

...BLIZZARD WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST THURSDAY...

The Winter Storm Watch issued Sunday afternoon has been upgraded to a Blizzard Warning.

* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 14 inches. Winds
gusting as high as 60 mph will cause widespread blowing and drifting snow.

* WHERE...Ossory, Tamsin and Lake Counties.

* WHEN...From 6 PM this evening to noon CST Thursday. Snow will begin this evening, with the
heaviest bands expected Wednesday afternoon. Snowfall is forecast to end Thursday morning.

* IMPACTS...Travel could become very difficult to impossible. Whiteout conditions will make
roads dangerous. Widespread power outages are possible.

* ADDITIONAL DETAILS...Arctic air follows the storm. Lows will fall to 25 below zero by
Friday, the coldest since February 2021. The last blizzard warning for these counties was
issued on 28 December 2025.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

Travel is strongly discouraged. Ossory County opened a warming shelter at the Civic Center at
noon today. If you must travel, keep an extra flashlight, food and water in your vehicle.

&&

$$

MDZ004-005-010-140015-""",
        (
            expect("2026-01-11", "watch"),
            expect("2026-01-13/2026-01-15", "blizzard", "warning", planned=True),
            expect("2026-01-13", "snow", "begin", planned=True),
            expect("2026-01-14", "heaviest", planned=True),
            expect("2026-01-15", "snowfall", "end", planned=True),
            expect("../2026-01-16", "lows", planned=True),
            expect("2025-12-28", "last"),
            expect("2026-01-13", "shelter"),
        ),
    ),
    Text(
        "kalmhoek-duinencross",
        "cyclo-cross race report",
        date(2025, 11, 24),
        """CYCLO-CROSS | World Cup, round 4 | Kalmhoek Duinencross

Vermaak masters the sand as Swaan shrugs off crash

By Mira de Groot - Monday 24 November 2025

Lotte Vermaak won the elite women's race at the Kalmhoek Duinencross on Sunday, riding clear
of Femke Aalders on the third of six laps and finishing 41 seconds ahead. It was her fourth
win of the season and her first at Kalmhoek since 2021.

The Dutch rider, who won the world title in 2022 and 2024, turned professional in about 2017
after three seasons as a junior mountain biker. "In the sand you cannot hide," she said. "You
either float or you sink."

The race has been held on the Kalmhoek dunes since 1986, and its long running sections are
among the hardest on the calendar. A crowd of about 14,000 lined the course despite the cold.

In the men's race later on Sunday, Pieter Swaan, who crashed heavily in training on
Saturday, beat Arno Deckers in a sprint on the finishing straight. Swaan rode with a
bandaged left elbow and said he had been doubtful until the warm-up.

The World Cup moves on to Brakel on 7 December. The national championships will be held at
Oudeveld on 11 January.

Results
Elite women: 1. Lotte Vermaak (NED) 49:12; 2. Femke Aalders (NED) +0:41; 3. Jana Kocourkova
(CZE) +1:05; 4. Sien Mertens (BEL) +1:30.
Elite men: 1. Pieter Swaan (NED) 1:01:44; 2. Arno Deckers (BEL) s.t.; 3. Tomas Lenaerts (BEL)
+0:09; 4. Jens Holt (DEN) +0:27.""",
        (
            expect("2025-11-23", "vermaak"),
            expect("2025-11-23", "swaan"),
            expect("2025-11-22", "crash"),
            expect("2022", "world", "title"),
            expect("2024", "world", "title"),
            expect("2017~", "professional"),
            expect("1986/..", "held"),
            expect("2025-12-07", "brakel", planned=True),
            expect("2026-01-11", "national", planned=True),
        ),
    ),
    Text(
        "corran-sound-first-power",
        "tidal energy project release",
        None,
        """NEWS RELEASE
Corran Tidal Power Ltd
9 September 2025

First power from Corran Sound tidal array

Corran Tidal Power today confirmed that the first turbine in its Corran Sound array is
exporting electricity to the grid.

The 2 MW turbine was lowered onto its seabed foundation on 14 August and began exporting
power on 2 September after two weeks of testing. The array's export cable was laid
between 12 and 30 May by the contractor Halverson Marine.

Site surveys in the Sound began in around 2012, and the project received marine consent from
the Islands Marine Directorate in 2019. The Northern Isles Community Energy Trust, which
holds a 20 per cent stake, has backed the project since 2020.

Five more turbines will be installed by the end of 2026, and the full 12 MW array is expected
to be operational in 2027, enough to supply some 9,000 homes.

Managing director Ewan Strachan, in post since 2016, said: "The Sound has some of the fastest
tidal currents in Europe. Today we have shown that a small island company can turn them into
power."

ENDS

Notes to editors
1. Corran Tidal Power Ltd was formed in 2011 as a joint venture between Strachan Engineering
and Orkadia Energy.
2. Each turbine has a rotor diameter of 18 metres and sits in 40 metres of water.
3. Media: Kirsty Beaton, 01856 555 274, media@corrantidal.example""",
        (
            expect("2025-08-14", "lower"),
            expect("2025-09-02", "export"),
            expect("2025-05-12/2025-05-30", "cable"),
            expect("2012~", "surveys"),
            expect("2019", "consent"),
            expect("2020/..", "trust"),
            expect("../2026", "install", planned=True),
            expect("2027", "operational", planned=True),
            expect("2011", "formed"),
            expect("2016/..", "strachan"),
        ),
    ),
    Text(
        "ellerby-casebook-1905",
        "midwife's casebook of the 1900s",
        None,
        """REGISTER OF CASES
Mrs. Martha Ellerby, Midwife (C.M.B. Roll No. 4127), 3 Chapel Yard, Nethercote.

Year 1905.

No. 112. March 3rd. Mrs. Ada Truscott, 4 Tanyard Lane, aged 24, 1st confinement. Sent for at
2 a.m.; labour 9 hours. Girl, about 7 lb. Mother and child well. Visited daily till the tenth
day. Fee 7s. 6d., paid.

No. 113. March 9th. Mrs. Kezia Dunn, Hill Cottages, aged 38, 5th confinement. Boy, stillborn;
cord twice round the neck. Dr. Pryce sent for, came at 6. Notified the Local Supervising
Authority the following day, as the Rules require.

No. 114. March 17th. Mrs. Bridget Lacey, Back Row, aged 30. Twins, both girls, the second
born 40 minutes after the first. Both small but sucking well. Wrapped in cotton wool and kept
by the fire.

Memo. Bag and instruments inspected by the Inspector of Midwives, Miss Hale, on the
22nd inst. Found correct; told to get a new nail brush.

Engaged. Mrs. Loder, Church Lane, expects about the 28th.
Mrs. Pim, the Mill, about 10th April.

Memo. I have been in practice in this parish since 1891, and on the Roll since 1904, under
the Act of 1902. Take temperatures morning and evening, and boil all instruments before every
case.""",
        (
            expect("1905-03-03", "truscott"),
            expect("1905-03-09", "stillborn"),
            expect("1905-03-10", "notified"),
            expect("1905-03-17", "twins"),
            expect("1905-03-22", "inspect"),
            expect("1905-03-28~", "loder", planned=True),
            expect("1905-04-10~", "pim", planned=True),
            expect("1891/..", "practice"),
            expect("1904/..", "roll"),
        ),
    ),
    Text(
        "upper-lenn-water-voles",
        "water vole survey report",
        None,
        """WATER VOLE (Arvicola amphibius) SURVEY OF THE UPPER RIVER LENN
Lenn Valley Wildlife Trust - Report ref. LWT/ECO/24/031 - November 2024

1. Summary
Water voles were found at 14 of the 22 survey sites, the highest count on the upper Lenn
since 1998. The released population appears to be established and spreading downstream.

2. Background
Water voles were last confirmed on the upper Lenn in 2009, after which mink predation
appears to have wiped out the colony. The Trust has run a mink-raft monitoring and trapping
programme since 2016. Captive-bred animals were released at Stonemill (grid ref.
SU 4132 1876) and Hatchford in 2019 and 2020, 220 animals in all.

3. Methods
Field signs (latrines, feeding stations, burrows and footprints) were searched for on both
banks along 500 m transects. The first survey visit was carried out between 15 April and
30 May 2024, and the second from 12 to 20 August. Site 19, at Cole's Bridge
(SU 4310 1902), was flooded on 14 August and could not be surveyed on the second visit.

4. Results
Latrines were recorded at 14 sites and feeding stations at 12. The densest signs were at
Stonemill, where 31 latrines were counted along a single transect (Table 2).

5. Recommendations
A further release of 150 animals is planned for June 2025 at Hatchford. The Trust's board
will review this report no later than 31 March 2025. Mink rafts should be checked every two
weeks.

Prepared by: R. Okonkwo MCIEEM, Senior Ecologist""",
        (
            expect("2009", "confirm"),
            expect("2016/..", "mink"),
            expect("2019", "release"),
            expect("2020", "release"),
            expect("2024-04-15/2024-05-30", "first", "visit"),
            expect("2024-08-12/2024-08-20", "second", "visit"),
            expect("2024-08-14", "flood"),
            expect("2025-06", "release", planned=True),
            expect("../2025-03-31", "review", planned=True),
        ),
    ),
    Text(
        "portkennack-lifeboat-history",
        "lifeboat station's history",
        None,
        """Portkennack Lifeboat Station - Our history

Portkennack lifeboat station was established by the National Lifeboat Society in 1866, the
year after the brig Amelia was wrecked on the Carrick Ledges with the loss of all eleven of
her crew. The first boathouse, put up in about 1867 on the harbour slip, was replaced by the
present boathouse and slipway, built in 1903-04.

On the night of 11 December 1914 Coxswain William Pender and a crew of twelve rescued 14 men
from the steamer Orlan, aground on the Ledges in a full gale. Pender was awarded the
Society's Gold Medal the following year, the first of the station's three.

The station received its first motor lifeboat, the Ellen Traske, in 1931. A Bronze Medal
followed in 2011, for the rescue of a yacht crew off Kennack Head. Since 2005 the station has
also operated a D-class inshore lifeboat for calls close to the cliffs.

More than 1,100 lives have been saved since 1866. A new Corrie-class all-weather lifeboat is
due to arrive on station in 2026, and the crew are raising funds for its equipment.

The boathouse and shop are open to visitors daily from 10am to 4pm. Crew training takes place
every Thursday evening, and launches can be seen from the harbour wall.

Station: Portkennack, Cornwall | Station number 5116 | Charity no. 1098822""",
        (
            expect("1865", "wreck"),
            expect("1866", "establish"),
            expect("1867~", "boathouse"),
            expect("1903/1904", "boathouse"),
            expect("1914-12-11", "rescu"),
            expect("1915", "gold"),
            expect("1931", "motor"),
            expect("2011", "bronze"),
            expect("2005/..", "inshore"),
            expect("2026", "arrive", planned=True),
        ),
    ),
    Text(
        "eastfield-hospital-opens",
        "health ministry hospital opening statement",
        date(2025, 5, 16),
        """MINISTRY OF HEALTH
Press Office

Friday 16 May 2025

Minister opens Eastfield Regional Hospital

The Minister of Health, Dr Selin Arkan, today opened the new Eastfield Regional Hospital, a
420-bed acute hospital serving more than 300,000 people in the eastern districts.

The project was announced in 2018, and construction began in October 2021. The building was
handed over to the Eastfield Health Board on 28 March this year, two weeks ahead of schedule.

The first patients will be admitted on Monday, when the outpatient clinics and the maternity
unit move across from the old Eastfield Infirmary. The emergency department will open
on 2 June, after a final round of training for its staff.

"For too long the people of the east have waited longer than anyone else for treatment," the
Minister said. "This hospital is built for the next fifty years."

The old Infirmary, built around 1890 and run by the Health Board since 1948, will close
by 30 June. Its future will be decided after a consultation with local residents.

The hospital has 16 operating theatres, a 24-bed critical care unit and parking for 1,150
cars. Visiting hours will be from 11am to 8pm every day.

ENDS

For media enquiries: press@health.gov.example | 01 555 8800""",
        (
            expect("2025-05-16", "open"),
            expect("2018", "announc"),
            expect("2021-10", "construction"),
            expect("2025-03-28", "handed"),
            expect("2025-05-19", "patients", planned=True),
            expect("2025-06-02", "emergency", planned=True),
            expect("1890~", "built"),
            expect("1948/..", "board"),
            expect("../2025-06-30", "close", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-visiting-times",
        "cathedral HTML visiting times page",
        date(2025, 6, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Visiting times | St Aldhelm's Cathedral, Sarnford</title>
</head>
<body>
<header><a href="/">St Aldhelm's Cathedral, Sarnford</a>
<nav><a href="/visit">Visit</a> <a href="/worship">Worship</a> <a href="/events">Events</a>
<a href="/donate">Donate</a></nav></header>
<main>
<h1>Visiting times</h1>
<p>The cathedral is open to visitors Monday to Saturday, 9.30am to 5pm, and on Sundays between
services. Choral Evensong is sung daily at 5.30pm, and everyone is welcome.</p>
<h2>Closures and notices</h2>
<ul>
<li>The cathedral will be closed to visitors on Saturday 14 June for the ordination of
priests.</li>
<li>The nave will be closed for floor repairs from 7 to 25 July; the quire and the Lady Chapel
remain open.</li>
<li>Guided tower tours resume on Monday 1 September, after the survey of the bell frame.</li>
</ul>
<h2>Admission</h2>
<p>Since 1 April the suggested donation for adult visitors has been &pound;8. Children and
worshippers are always free.</p>
<h2>About the building</h2>
<p>The cathedral was consecrated in 1254. The Lady Chapel was completed c. 1290, and the west
tower was rebuilt after its collapse in 1702. The ring of twelve bells is one of the heaviest
in the country.</p>
<p class="updated">Page last updated: <time datetime="2025-06-02">2 June 2025</time></p>
</main>
<footer>Registered charity no. 1142087 | &copy; The Chapter of Sarnford 2025</footer>
</body>
</html>""",
        (
            expect("2025-06-14", "closed", planned=True),
            expect("2025-07-07/2025-07-25", "nave", planned=True),
            expect("2025-09-01", "tours", planned=True),
            expect("2025-04-01/..", "donation"),
            expect("1254", "consecrat"),
            expect("1290~", "lady", "chapel"),
            expect("1702", "collapse"),
        ),
    ),
    Text(
        "orchard-view-enforcement-appeal",
        "planning enforcement appeal decision",
        None,
        """Appeal Decision

Site visit made on 8 April 2025

by Joanna Morrow BA(Hons) MA MRTPI
an Inspector appointed by the Minister for Housing and Planning

Appeal Ref: APP/K2210/C/24/3351786
Orchard View, Mill Lane, Hatherby, Kessingham

- The appeal is made under section 174 of the Town and Country Planning Act 1990.
- The appeal is made by Mr Gareth Pole against an enforcement notice issued by Kessingham
  District Council.
- The notice was issued on 14 October 2024.
- The breach of planning control alleged is the erection of a timber outbuilding.
- The requirement of the notice is to demolish the outbuilding.
- The period for compliance with the requirement is 6 months.
- The appeal is proceeding on ground (d) only.

Decision

1. The appeal is dismissed and the enforcement notice is upheld.

Reasons

2. Under ground (d) the appellant must show that the outbuilding was substantially completed
more than four years before the notice was issued. The appellant, who has lived at Orchard
View since 2012, says that it is more than four years old, but he has provided no invoices,
photographs or statements from neighbours.

3. A Council officer who visited the site on 3 March 2021 recorded only a concrete base, and
the building first appears on aerial photographs taken in September 2021. I find on the
balance of probability that it was erected in about May 2021.

4. Planning permission to use the building as a holiday let was refused on 19 January 2022,
and an appeal against that refusal was dismissed in August 2022.

5. The ground (d) appeal therefore fails, and the outbuilding must be demolished
by 2 November 2025.

Joanna Morrow
INSPECTOR""",
        (
            expect("2025-04-08", "site", "visit"),
            expect("2024-10-14", "notice"),
            expect("2012/..", "lived"),
            expect("2021-03-03", "officer"),
            expect("2021-09", "aerial"),
            expect("2021-05~", "erected"),
            expect("2022-01-19", "refused"),
            expect("2022-08", "dismissed"),
            expect("../2025-11-02", "demolish", planned=True),
        ),
    ),
    Text(
        "abbots-wenning-old-forge",
        "blacksmith's forge history",
        None,
        """THE OLD FORGE, ABBOTS WENNING
A short history, compiled by the Abbots Wenning Village History Group

A smithy is recorded on this site in a survey of the manor made in 1614, when one "Thomas the
smyth" held it for a rent of two shillings a year. The present building, of coursed flint
with a brick chimney, dates from c. 1780.

John Hurrell took the tenancy in 1832, and four generations of his family worked the forge
after him. They shod the horses of the estate and the carriers, mended ploughs and made iron
gates, several of which survive in the village. In 1897 and 1911 the forge won first prize
for horseshoeing at the county show.

Trade fell away as tractors replaced horses. The last working smith, Albert Hurrell, retired
in 1958, and the forge stood idle for sixteen years. In 1974 it was bought by the Parish
Council, which turned it into a workshop for village groups.

Since 2010 the forge has housed a small working museum, open on the first Sunday of each
month. The anvil, which weighs 2 cwt 1 qr, came from the Hurrells' earlier forge at Stoke
Wenning.

The original leather bellows, made in about 1850, are too fragile to use. Their restoration
is planned for 2026, paid for by a grant of 18,000 pounds from the Heritage Crafts Fund.

Opening: first Sunday of the month, 2pm to 5pm. Admission free; donations welcome.
Contact: history@abbotswenning.example""",
        (
            expect("1614", "smithy"),
            expect("1780~", "building"),
            expect("1832", "tenancy"),
            expect("1897", "prize"),
            expect("1911", "prize"),
            expect("1958", "retired"),
            expect("1974", "bought"),
            expect("2010/..", "museum"),
            expect("1850~", "bellows"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "harwick-chess-match-log",
        "chess club's match log",
        date(2025, 2, 20),
        """HARWICK CHESS CLUB
Wessex League, Division 2 - Match log, season 2024-25
Team captain: R. Adeyemi | Last updated 20 February 2025

Date         Opponent          H/A   Result       Boards (W-D-L)
12 Sep 2024  Lowbridge A       H     W 4.5-1.5    3-3-0
03 Oct       Carrow Knights    A     L 2-4        1-2-3
24 Oct       Fenwick           H     D 3-3        2-2-2
05 Dec       Stanmoor          A     W 3.5-2.5    2-3-1
16 Jan 2025  Lowbridge A       A     W 4-2        3-2-1
06 Feb       Carrow Knights    H     W 3.5-2.5    2-3-1

Remaining fixtures
13 Mar       Eldon             H
03 Apr       Fenwick           A

Notes
- The Stanmoor match was rearranged after the original fixture was snowed off.
- Team average grade this season: 1875. Board 1, R. Adeyemi (2150), is unbeaten.
- Harwick Chess Club was founded in 1923 and has played in the Wessex League since 1951.
- The 4-2 win at Lowbridge was our best result against them since 1998.
- Club night is every Thursday, 7.30pm, at the Harwick Institute, Station Road.
- Players for the Eldon match, please confirm with the captain by the Monday before.""",
        (
            expect("2024-09-12", "lowbridge"),
            expect("2024-10-03", "carrow"),
            expect("2024-10-24", "fenwick"),
            expect("2024-12-05", "stanmoor"),
            expect("2025-01-16", "lowbridge"),
            expect("2025-02-06", "carrow"),
            expect("2025-03-13", "eldon", planned=True),
            expect("2025-04-03", "fenwick", planned=True),
            expect("1923", "found"),
            expect("1951/..", "league"),
        ),
    ),
)
