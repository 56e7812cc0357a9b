"""The hundred-and-eighty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a frost
advisory, a rowing head race report, a bakery chain expansion release, a botanist's field
notebook of the 1870s, a peregrine watch report, a swimming baths' history, a foreign
minister's treaty ratification statement, an orchestra HTML concert season page, a leasehold
valuation tribunal decision, a rope walk's history and a darts club's league table notes. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, a decade, "last autumn") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYFIRST_CORPUS",)


HUNDREDEIGHTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "grain-terminal-fire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VELMONT, March 12 (Northgate News Agency) - Firefighters in Velmont on Wednesday
extinguished a blaze that had smouldered for four days in a grain terminal on the Arlen
river, the regional fire service said.

The fire broke out on Saturday evening in a conveyor gallery linking two of the terminal's
six silos and spread to a storage shed holding about 18,000 tonnes of wheat. Nobody was
hurt.

Inspectors had last checked the site's dust extraction system on February 18 and found no
faults, fire service spokesman Aled Prys told reporters.

The terminal's owner, Arlen Grain Handling, said engineers would complete a survey of the
damage by March 21. Chief executive Doria Kemp said she could not yet say when ships would
be able to load at the eastern berth again.

Built in 1962 by the Velmont harbour board, the terminal was extended in 1988 and again in
2004, and handles roughly a third of the grain exported from the province. It was the
worst fire at a grain facility in the region since 1971.

A public inquiry into the fire will open at Velmont town hall on Monday, the provincial
government said. Farmers' groups have asked it to look at why a sprinkler system promised
by the owner was never installed.

(Reporting by Ines Halvorsen; Editing by Piet Loman; +1 613 555 0190)""",
        (
            expect("2025-03-12", "blaze", "extinguish"),
            expect("2025-03-08", "fire"),
            expect("2025-02-18", "check"),
            expect("../2025-03-21", "survey", planned=True),
            expect("1962", "terminal", "built"),
            expect("1988", "terminal", "extend"),
            expect("2004", "terminal", "extend"),
            expect("2025-03-17", "inquiry", planned=True),
        ),
    ),
    Text(
        "calibration-laboratory",
        "press release",
        date(2025, 6, 4),
        """NEWS RELEASE

Helvo Instruments opens £6.2m calibration laboratory in Dunmere

DUNMERE, 4 June 2025 - Helvo Instruments Ltd (LSE: HLVO) today opened a £6.2 million
calibration laboratory at its Dunmere campus, doubling the number of pressure and
temperature instruments it can test each year.

Construction of the 2,400 square-metre building began in September 2023. The laboratory
will seek accreditation under ISO/IEC 17025 and expects to receive it no later than
31 January 2026, after which it will take work from outside customers.

"Calibration used to be something we sent away," said managing director Tobias Renn. "Now
customers from other industries will send it to us."

Helvo was founded in 1979 by the engineer Ruth Calloway in a rented garage in Pellham. The
company moved to Dunmere in 1991, and its first digital pressure gauge went on sale the
following year. Helvo has been listed on the London Stock Exchange since 2008.

A second laboratory, in Rotterdam, is scheduled to open in May 2026 and will employ about
35 people.

ENDS

Notes to editors
Helvo Instruments designs and makes precision measuring instruments and employs 640 people
in the UK and the Netherlands.

Media contact: Hanne Ebdon, +44 1632 960 412, press@helvo.example
Ref: HI/PR/2025/019""",
        (
            expect("2025-06-04", "laboratory", "open"),
            expect("2023-09", "construction"),
            expect("../2026-01-31", "accreditation", planned=True),
            expect("1979", "found"),
            expect("1991", "move"),
            expect("1992", "gauge"),
            expect("2008/..", "listed"),
            expect("2026-05", "rotterdam", planned=True),
        ),
    ),
    Text(
        "warehouse-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH ALDEN

CORVIN HAULAGE LLC, Appellant,
v.
BRISK PROPERTY HOLDINGS INC., Appellee.

No. A-23-0417

Appeal from the District Court for Marlow County, Hon. Ellen T. Vance, Judge.

OPINION

RASMUSSEN, J.

Appellant Corvin Haulage LLC ("Corvin") challenges a judgment holding it liable for rent
under a commercial lease. We reverse and remand.

I. BACKGROUND

Appellee Brisk Property Holdings Inc. ("Brisk") has owned the warehouse at 1400 Depot Road
since 1998. Corvin leased the warehouse from Brisk on March 1, 2016, for a term of ten
years. On or about October 3, 2019, part of the roof collapsed during a storm, and water
damaged the loading bays. Brisk served a notice of default for unpaid rent on November 14,
2019. Corvin vacated the premises the following month.

Brisk filed suit on February 2, 2020, seeking rent for the remainder of the term. Corvin
counterclaimed, arguing that Brisk's failure to repair the roof was a constructive
eviction. After a bench trial held from May 9 to May 12, 2022, the district court entered
judgment for Brisk on August 30, 2022, awarding $412,600. This appeal followed.

II. STANDARD OF REVIEW

We review the district court's conclusions of law de novo and its findings of fact for
clear error. See Halden v. Orr, 211 N.A. 2d 1604 (1997).

III. ANALYSIS

A landlord who fails to make the repairs that a lease requires, so that the premises can
no longer be used for their purpose, cannot hold the tenant to the rent. The district court
found that Corvin had waived this defense by staying on for ten weeks after the collapse.
We disagree. A tenant is allowed a reasonable time to leave, and nothing in the record
shows that Corvin used the loading bays after the storm.

Reversed and remanded for further proceedings consistent with this opinion.""",
        (
            expect("1998/..", "own"),
            expect("2016-03-01", "lease"),
            expect("2019-10-03~", "roof", "collapse"),
            expect("2019-11-14", "notice"),
            expect("2019-12", "vacate"),
            expect("2020-02-02", "suit"),
            expect("2022-05-09/2022-05-12", "trial"),
            expect("2022-08-30", "judgment"),
        ),
    ),
    Text(
        "tarrowby",
        "encyclopedia history",
        None,
        """Tarrowby

Tarrowby is a market town and civil parish in the district of North Fenwold, England, on
the River Leam. It had a population of 8,412 at the last census.

History

A settlement at Tarrowby is first recorded c. 1086, when it was held by the abbey of
Crowmere. The town received a charter for a weekly market and an annual fair in 1253. The
first stone bridge over the Leam is thought to date from 1310, though the record is
disputed. The parish church of St Edda was largely rebuilt around 1420, and its tower is
the tallest in the district.

The Leam Navigation reached Tarrowby in 1797, and the railway followed in 1848, when the
Fenwold Junction Railway opened its station on the town's western edge. The market hall on
Sheep Street, built in 1831 to designs by the architect Samuel Pryde, has been a Grade II
listed building since 1972.

Tanning was the town's main industry for most of the nineteenth century. The last tannery,
Ashworth & Sons, closed in 1983, and unemployment in the town that year was the highest
since the 1930s. The site is now a retail park.

See also
- List of market towns in England

References
1. Pryde, S. (1834). Designs for Public Buildings. London.
2. North Fenwold District Council (2019). Tarrowby Conservation Area Appraisal.""",
        (
            expect("1086~", "settlement", "record"),
            expect("1253", "charter"),
            expect("1310?", "bridge"),
            expect("1420~", "church"),
            expect("1797", "navigation"),
            expect("1848", "railway"),
            expect("1831", "hall", "built"),
            expect("1972/..", "listed"),
            expect("1983", "tannery"),
        ),
    ),
    Text(
        "rovers-derby-win",
        "sports report",
        date(2025, 11, 9),
        """Rovers go top after derby win

Kessington Rovers 3 Halbury Town 1

By Gareth Lomax, Sunday 9 November 2025

Kessington Rovers moved to the top of the Northern Premier Division on Saturday with a 3-1
win over Halbury Town at Copse Lane.

Danny Oyelaran, signed from Mersey Vale in August, scored twice in the first half, and
captain Luke Ferrand added a third from the penalty spot after 71 minutes. Halbury, who
beat Rovers 2-0 in the county cup final on 17 May, pulled one back through Sami Adeyemi in
stoppage time.

"We owed them one," said manager Ilse Brandt, in charge at Copse Lane since January 2023.
"The lads have been waiting six months for this."

The crowd of 2,014 was the biggest at the ground this season, and saw Rovers' first home
league win over their neighbours since 2009. Rovers, who won the division title in 1995 and
2011, have now gone nine league games unbeaten.

They travel to Stainford on Tuesday and host Ashby Athletic, who drop to second, on
22 November.

Rovers: Pell; Amankwah, Ferrand, Doyle, Rix; Tate, Oduya (Hurst 80), Leng; Marsh,
Oyelaran, Cobb. Booked: Leng.
Halbury: Grice; Moss, Kettle, Danvers, Holt; Adeyemi, Lowe, Fry (Burke 65); Nash, Cole,
Wade.""",
        (
            expect("2025-11-08", "win"),
            expect("2025-08", "oyelaran", "sign"),
            expect("2025-05-17", "final"),
            expect("2023-01/..", "brandt"),
            expect("1995", "title"),
            expect("2011", "title"),
            expect("2025-11-11", "stainford", planned=True),
            expect("2025-11-22", "ashby", planned=True),
        ),
    ),
    Text(
        "merrow-and-finch",
        "company history",
        None,
        """Our history | Merrow & Finch

Four generations of making furniture in Sandmere

Merrow & Finch began in 1923, when the cabinetmaker Albert Merrow opened a workshop behind
his house on Quay Lane with one lathe and two apprentices. In 1931 he took his nephew,
Harold Finch, into partnership, and the sign above the door changed to the one we still
use.

The firm moved to a purpose-built factory on the Sandmere trading estate in 1949 and
supplied the oak benches for the rebuilt Guildhall the following year. Exports to
Scandinavia began around 1968, and by the time the business became a limited company in
1972 it was selling in eleven countries.

On 1 April 1998 the Finch family sold the company to its employees through a trust, which
still owns every share. Since 2012 the firm has been run by Clara Finch, Harold's
granddaughter, who trained at the bench before moving into the office.

Today we employ about 140 people and make some 9,000 pieces a year, from dining chairs to
church pews. Our best-selling chair is still the No. 1926 ladderback, numbered from
Albert's pattern book.

Looking ahead, a showroom in Leeds is planned to open in 2026, the first outside Sandmere.

Visit us: Unit 4, Sandmere Trading Estate, SD4 7QP · Mon-Fri 9-5 · 01632 960 881""",
        (
            expect("1923", "workshop"),
            expect("1931", "partner"),
            expect("1949", "factory"),
            expect("1950", "guildhall"),
            expect("1968~", "export"),
            expect("1972", "limited"),
            expect("1998-04-01", "employee"),
            expect("2012/..", "clara"),
            expect("2026", "showroom", planned=True),
        ),
    ),
    Text(
        "halcyon-probe",
        "mission summary",
        None,
        """MISSION SUMMARY: HALCYON

Agency: Nordic Space Office (NSO)
Mission type: solar wind monitor, Sun-Earth L1
COSPAR ID: 2019-011A
Mass at launch: 1,184 kg
Status: operational

Overview
HALCYON was launched on 14 February 2019 at 03:12 UTC on a Vega-class launcher from the
Sørvik range. After a cruise of about four months it reached its halo orbit around the L1
point on 2 June, and began routine science operations on 1 July after a month of
commissioning.

The probe carries a magnetometer, two plasma analysers and an energetic-particle detector
built by the University of Lyngfjord. Its measurements give about 50 minutes' warning of
solar storms on their way to Earth.

Anomalies
A reaction wheel failed on 19 January 2021 and the probe entered safe mode. The team
switched attitude control to the thrusters, and normal operations resumed two days later.
There have been no further safe-mode events.

Extension and future
In March 2023 the NSO council extended the mission, which had been designed to last five
years. The probe is expected to be moved to a disposal orbit in 2028. A successor,
HALCYON-B, is scheduled for launch around 2031.

Data
All science data are public within 30 days through the NSO archive. Data set DOI
10.5281/nso.2019.4471.""",
        (
            expect("2019-02-14", "launch"),
            expect("2019-06-02", "orbit"),
            expect("2019-07-01", "science"),
            expect("2021-01-19", "wheel"),
            expect("2021-01-21", "resume"),
            expect("2023-03", "extend"),
            expect("2028", "disposal", planned=True),
            expect("2031~", "halcyon-b", planned=True),
        ),
    ),
    Text(
        "lower-fenn-defences",
        "government statement",
        date(2025, 2, 6),
        """MINISTRY OF WATER AND ENVIRONMENT

Media statement
Thursday 6 February 2025

Lower Fenn flood defences: further £12 million confirmed

The Minister for Water and Environment, Hon. Priya Vell, today confirmed a further
£12 million of funding for the Lower Fenn flood defence scheme, bringing its total cost to
£48 million.

The scheme was set up after the floods of 11-14 January 2021, which damaged some 900 homes
in Corley, Fennbridge and Aldwick. Work started in April 2022, and the first section, an
embankment of 2.3 kilometres at Corley, was completed on 30 September 2024. The remaining
embankments and two pumping stations are to be finished by 31 March 2026.

"People in the Lower Fenn have waited long enough," the Minister said. "This money makes
sure the job is finished on time."

The Minister will visit Corley on Monday to meet residents and contractors. A public
consultation on the second phase of the scheme, covering the villages upstream of
Fennbridge, will run from 3 March to 28 April.

The Fenn Catchment Board, established in 1996, has been responsible for maintaining the
river's banks since 2003 and will take over the new defences when they are complete.

ENDS

Notes for editors
Media enquiries: Ministry press office, 0300 555 0147 (24 hours)
Reference: MWE/2025/031""",
        (
            expect("2025-02-06", "funding"),
            expect("2021-01-11/2021-01-14", "flood"),
            expect("2022-04", "work"),
            expect("2024-09-30", "corley"),
            expect("../2026-03-31", "embankments", planned=True),
            expect("2025-02-10", "visit", planned=True),
            expect("2025-03-03/2025-04-28", "consultation", planned=True),
            expect("1996", "board", "establish"),
            expect("2003/..", "banks"),
        ),
    ),
    Text(
        "corn-exchange-library",
        "HTML news page",
        date(2025, 4, 23),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Corn Exchange library to reopen on Saturday | Crossfield Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Corn Exchange library to reopen on Saturday after two-year refit</h1>
<p class="byline">By Sana Whitlow &middot;
<time datetime="2025-04-23">23 April 2025</time></p>
<p>Crossfield's central library in the Old Corn Exchange will reopen on Saturday, more
than two years after it closed for a refit in March 2023.</p>
<p>Councillors approved the final &pound;300,000 for the work yesterday, after the cost of
replacing the building's lead roof rose by almost a third.</p>
<p>A café on the ground floor will open by 30 June at the latest, the council said. Around
2,400 people a week used the library before it closed.</p>
<p>The Corn Exchange was built in 1856 for the town's grain merchants and became a library
in 1937. It has kept the town's parish registers, some going back to the 1600s, since
1952.</p>
<p>"It has been a long wait," said librarian Owen Petrie. "We think people will like what
they find."</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/bus-route-44">Bus route 44 to be cut</a></li></ul></aside>
<footer><p>&copy; 2025 Crossfield Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-26", "reopen", planned=True),
            expect("2023-03", "close"),
            expect("2025-04-22", "approve"),
            expect("1856", "built"),
            expect("1937", "library"),
            expect("1952/..", "registers"),
            expect("../2025-06-30", "café", planned=True),
        ),
    ),
    Text(
        "frost-advisory-marlow-falls",
        "frost advisory",
        date(2025, 10, 13),
        """URGENT - WEATHER MESSAGE
National Weather Service Marlow Falls MN
345 PM CDT Mon Oct 13 2025

MNZ041-042-048-049-141000-
/O.NEW.KMWF.FR.Y.0012.251014T0600Z-251014T1300Z/
Lac Verne-Otter Creek-Big Pine-Harlan-
Including the cities of Lac Verne, Fergus Hollow, and Pine Rapids
345 PM CDT Mon Oct 13 2025

...FROST ADVISORY IN EFFECT FROM 1 AM TO 8 AM CDT TUESDAY...

* WHAT...Temperatures as low as 31 will result in frost formation.

* WHERE...Lac Verne, Otter Creek, Big Pine and Harlan Counties.

* WHEN...From 1 AM to 8 AM CDT Tuesday.

* IMPACTS...Frost could harm sensitive outdoor vegetation.

* ADDITIONAL DETAILS...Frost was reported at Marlow Falls airport on Sunday morning. Last
year the first frost of the season at the airport came on October 9. A Freeze Watch is in
effect from late Wednesday night through Thursday morning. Temperatures are expected to
climb back into the mid 60s by Saturday.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

Take steps now to protect tender plants from the cold. Cover them with sheets or bring
potted plants indoors. County community gardens will close for the season on Sunday,
October 19.

&&

$$

JLM""",
        (
            expect("2025-10-14", "frost", "advisory", planned=True),
            expect("2025-10-12", "frost", "reported"),
            expect("2024-10-09", "first", "frost"),
            expect("2025-10-15/2025-10-16", "freeze", "watch", planned=True),
            expect("../2025-10-18", "temperatures", planned=True),
            expect("2025-10-19", "gardens", planned=True),
        ),
    ),
    Text(
        "head-of-the-ollerton-reach",
        "rowing head race report",
        date(2025, 3, 2),
        """HEAD OF THE OLLERTON REACH - RACE REPORT

Sunday 2 March 2025 · Ollerton Rowing Club news

A record 212 crews raced on Saturday in the Head of the Ollerton Reach, rowed downstream
over 4.2 km from Hatch Bridge to the club boathouse in a steady south-westerly.

The home club's men's eight took the Head in 13:42, eleven seconds ahead of Trent Valley
RC, the fastest winning time since 2016. Ollerton's crew, coached by Fenella Marsh, who has
led the senior squad since 2019, had three under-23 oarsmen in the stern.

In the women's eights, Grantley University won by four seconds from Ollerton Ladies, who
have finished in the top three every year since 2011.

The race was first rowed in 1934 between four local clubs. It was cancelled in 2018, when
the river was in flood, and in 2020, and the course was shortened to its present length in
1987 after the old finish at Cobb's Weir was closed to navigation.

Thanks go to the 46 marshals and umpires, to the Ollerton Reach Sailing Club for the use of
its launches, and to Hatch Bridge Garage for parking.

Looking ahead: entries for the Small Boats Head on Saturday 29 March close on Friday 14 March.
Full results, with times for all 212 crews, are on the club website.

Division 1 results (top five): 1 Ollerton RC 13:42; 2 Trent Valley RC 13:53; 3 Grantley
Univ 14:01; 4 Wyre Boat Club 14:09; 5 Ollerton RC B 14:15""",
        (
            expect("2025-03-01", "head"),
            expect("2019/..", "marsh"),
            expect("1934", "first"),
            expect("2018", "cancel"),
            expect("2020", "cancel"),
            expect("1987", "shorten"),
            expect("2025-03-29", "small", "boats", planned=True),
            expect("2025-03-14", "entries", planned=True),
        ),
    ),
    Text(
        "crumb-and-co-expansion",
        "bakery chain expansion release",
        date(2025, 9, 16),
        """PRESS RELEASE

Crumb & Co. to open twelve new bakeries across Yorkshire and Lancashire

Manchester, 16 September 2025 - Crumb & Co., the independent bakery chain, plans to open
twelve new bakeries by 31 December 2026, taking its estate to 34 shops and creating around
180 jobs.

The first of the new bakeries, on Parliament Street in Harrogate, will open on Friday
3 October, followed by Ripon on 14 November and Skipton on 28 November. Sites in
Lancaster, Kendal and Preston are in legal negotiations.

Crumb & Co. was founded in 2009 by Jo and Marek Halloran, who baked their first sourdough
loaves in a single shop in Chorlton. They opened a second bakery in 2012 and a tenth in
2019. Since May 2021 all shops have been supplied from a central bakery in Trafford Park,
which runs through the night, six nights a week.

"We're still the same bakery, just with more ovens," said co-founder Jo Halloran. "Every
loaf is still shaped by hand."

Sales rose 18% in the year to June, the strongest growth since 2015, and the chain served
more than 2.1 million customers.

ENDS

Notes to editors
Crumb & Co. Ltd is a private company registered in England (No. 06981204). It employs 410
people.
Press office: Nell Garside, 0161 496 0712, press@crumbandco.example""",
        (
            expect("../2026-12-31", "bakeries", planned=True),
            expect("2025-10-03", "harrogate", planned=True),
            expect("2025-11-14", "ripon", planned=True),
            expect("2025-11-28", "skipton", planned=True),
            expect("2009", "found"),
            expect("2012", "second"),
            expect("2019", "tenth"),
            expect("2021-05/..", "central"),
        ),
    ),
    Text(
        "harcourt-field-book-1874",
        "botanist's field notebook of the 1870s",
        None,
        """FIELD BOOK No. 3 - E. M. Harcourt - Cheviot and the Border, 1874

June 3rd. Left Kelso by the early coach for Yetholm, with vasculum, press and the new
lens. Put up at the Plough. Landlord says the hill roads are fit for a gig.

June 5th. Found Linnaea borealis in flower in the fir plantation above Kirk Yetholm, a
dozen patches under the larches, the first I have seen since 1869. Specimens Nos. 211-218.

June 9th. To the summit of Cheviot with Mr Dodds the shepherd. Snow still in the north
gullies; Dodds says the last of it melted from the top about the 20th of last month.
Saxifraga stellaris plentiful by the springs at 2,400 ft. Rubus chamaemorus not yet in
flower.

June 12th. Sent the box of specimens to Dr Ansell at Edinburgh by the carrier. He is to
exhibit the Linnaea at the Botanical Society's meeting on the 9th of July.

Memorandum. Johnstone recorded Linnaea in this district c. 1829. I doubt it was the same
wood: his description fits the Bowmont side better.

1875

April 28th. Back at Yetholm. The Linnaea patches under the larches have spread; leaves
green but no buds. Dodds has a new dog, a grey bitch from Alwinton, very quick on the hill.
""",
        (
            expect("1874-06-03", "kelso"),
            expect("1874-06-05", "linnaea"),
            expect("1874-06-09", "cheviot"),
            expect("1874-05-20~", "snow"),
            expect("1874-06-12", "specimens"),
            expect("1874-07-09", "exhibit", planned=True),
            expect("1829~", "johnstone"),
            expect("1875-04-28", "yetholm"),
        ),
    ),
    Text(
        "cathedral-peregrines",
        "peregrine watch report",
        date(2025, 4, 27),
        """ST ALDHELM'S CATHEDRAL PEREGRINE WATCH
Weekly report - week ending Sunday 27 April 2025
Compiled by the watch coordinator, Ruth Ogunde

Nest: south-west tower box (camera 2)
Adults: tiercel "Blue ZK" (ringed), unringed falcon

Summary
The falcon laid her first egg on 28 March and the clutch of four was complete by 6 April.
She began incubating in earnest on or about 3 April, so with an incubation of 31 to 33 days
we expect hatching around 4 May. Please do not phone the cathedral office for news: updates
go on the blog each evening.

On Tuesday a second, unringed adult female circled the tower for forty minutes and landed
twice on the north pinnacle. The resident falcon left the eggs to drive her off, and the
tiercel covered them until she returned. This is the first intruder we have logged at the
nest since 2022.

Blue ZK was ringed as a chick at Bramford quarry in 2019 and has held this territory since
2021. The nest box was installed on the tower in 2014 and first used the following spring.

Ringing of the chicks, if all goes well, is planned for Monday 26 May, under licence.

Watch point on Cathedral Green: volunteers are there every Saturday and Sunday, 10:00-16:00,
with telescopes. New volunteers welcome - contact peregrines@staldhelms.example.

Sightings this week: 147 visitors; 6 prey items identified (feral pigeon 4, starling 1,
golden plover 1).""",
        (
            expect("2025-03-28", "egg"),
            expect("../2025-04-06", "clutch"),
            expect("2025-04-03~", "incubat"),
            expect("2025-05-04~", "hatch", planned=True),
            expect("2025-04-22", "female"),
            expect("2019", "ring"),
            expect("2021/..", "territory"),
            expect("2014", "box"),
            expect("2025-05-26", "ringing", planned=True),
        ),
    ),
    Text(
        "lanthorn-street-baths",
        "swimming baths' history",
        None,
        """Lanthorn Street Baths: a short history

Friends of Lanthorn Street Baths · Heritage leaflet No. 4

The baths were opened on 14 July 1898 by the mayor, Alderman Josiah Penrose, who swam the
first length of the 25-yard first-class pool in a borrowed costume. Built by the
corporation at a cost of £11,400, the building held two pools, forty slipper baths and a
public laundry.

Men and women swam at separate times until the council relented: mixed bathing was
permitted from 1927 onwards, though the ladies' session on Tuesday mornings survived into
the 1950s.

On the night of 8 May 1941 an incendiary bomb burned through the roof of the second-class
pool, and the building was used as a first-aid post for the rest of the war. The pools
reopened in March 1946. The Turkish baths in the basement, opened in 1904, closed in 1961.

The building was listed Grade II in 1985. Three years later, on 22 November 1988, the
council voted to close the baths; after a campaign by swimmers and the Lanthorn Street
Residents' Association, they were instead refurbished and reopened two years later.

The slipper baths, unused since the 1970s, are the last of their kind in the city. A
restoration of them, with lottery funding, is planned to begin in 2027.

Opening times and prices: see lanthornbaths.example or call 0117 496 0331.""",
        (
            expect("1898-07-14", "open"),
            expect("1927/..", "mixed"),
            expect("1941-05-08", "bomb"),
            expect("1946-03", "reopen"),
            expect("1904", "turkish", "open"),
            expect("1961", "turkish", "close"),
            expect("1985", "listed"),
            expect("1988-11-22", "vote"),
            expect("1990", "refurbish"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "treaty-of-velsen",
        "foreign minister's treaty ratification statement",
        date(2025, 6, 19),
        """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ESTRAVIA

Statement by the Minister for Foreign Affairs, Dr Anselm Koray, on the ratification of the
Treaty of Velsen

19 June 2025

Today the Republic of Estravia deposited its instrument of ratification of the Treaty
between the Republic of Estravia and the Kingdom of Morland on the Delimitation of the
Maritime Boundary in the Gulf of Velsen with the depositary in Velsen.

The Treaty was signed in Velsen on 11 November 2023, closing negotiations that had begun in
2017. The boundary in the Gulf has been in dispute since 1962. Parliament gave its consent
to ratification on Tuesday by 141 votes to 12.

Under Article 14, the Treaty will enter into force thirty days after the second instrument
of ratification is deposited. The Government of Morland has informed us that it expects to
deposit its own instrument no later than 30 September.

A joint boundary commission will hold its first meeting in Velsen from 8 to 10 October to
begin marking the line on the charts. Fishing licences issued by either state before the
Treaty enters into force will remain valid until they expire.

I thank our negotiators, led by Ambassador Ilona Verhaegen, for eight years of patient
work, and the people of our coastal towns for their patience.

Ref. MFA/PR/2025/118""",
        (
            expect("2025-06-19", "ratification"),
            expect("2023-11-11", "treaty", "sign"),
            expect("2017", "negotiations"),
            expect("1962/..", "dispute"),
            expect("2025-06-17", "parliament"),
            expect("../2025-09-30", "morland", planned=True),
            expect("2025-10-08/2025-10-10", "commission", planned=True),
        ),
    ),
    Text(
        "aldbury-philharmonic-season",
        "orchestra HTML concert season page",
        date(2025, 7, 1),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Season 2025/26 | Aldbury Philharmonic Orchestra</title>
<meta name="description" content="Concerts, tickets and subscriptions for 2025/26.">
</head>
<body>
<header><a href="/" class="logo">Aldbury Philharmonic</a>
<nav><a href="/whats-on">What's on</a> <a href="/tickets">Tickets</a>
<a href="/about">About</a></nav></header>
<main>
<h1>Season 2025/26</h1>
<p class="updated">Page updated <time datetime="2025-07-01">1 July 2025</time></p>
<p>The Aldbury Philharmonic opens its eightieth season on Saturday 27 September with
Mahler's Fifth Symphony, conducted by our Principal Conductor, Mira Sandoval, who has led
the orchestra since 2018.</p>
<h2>Highlights</h2>
<ul>
<li><time datetime="2025-10-18">Sat 18 October</time> - World premiere of Ruth Abeni's
<em>Tidewater</em>, commissioned by the orchestra in 2023, and Dvořák's Eighth Symphony</li>
<li><time datetime="2025-12-31">Wed 31 December</time> - New Year's Eve Gala: Strauss
waltzes and polkas</li>
<li><time datetime="2026-02-14">Sat 14 February 2026</time> - Elgar Cello Concerto with
Tomasz Rek</li>
</ul>
<h2>Tickets</h2>
<p>Subscriptions go on sale on Monday 14 July. Single tickets will be on sale by
1 September at the latest. Prices from &pound;12; under-26s &pound;5.</p>
<h2>About the orchestra</h2>
<p>Founded in 1946 by a group of musicians returning from the war, the orchestra gives
some 60 concerts a year at Aldbury Town Hall and on tour.</p>
</main>
<footer>Registered charity No. 1045512 &middot; &copy; Aldbury Philharmonic 2025</footer>
</body>
</html>""",
        (
            expect("2025-09-27", "season", planned=True),
            expect("2018/..", "sandoval"),
            expect("2025-10-18", "premiere", planned=True),
            expect("2023", "commission"),
            expect("2025-12-31", "gala", planned=True),
            expect("2026-02-14", "elgar", planned=True),
            expect("2025-07-14", "subscriptions", planned=True),
            expect("../2025-09-01", "tickets", planned=True),
            expect("1946", "found"),
        ),
    ),
    Text(
        "carrow-court-service-charge",
        "leasehold valuation tribunal decision",
        None,
        """LEASEHOLD VALUATION TRIBUNAL
(London Rent Assessment Panel)

DECISION

Case reference: LON/00AH/LSC/2012/0418

Property: Flat 7, Carrow Court, 21 Albemarle Road, London SE19 4RT

Applicant: Ms Delia Fenwick (lessee)
Respondent: Carrow Court Freehold Ltd (landlord)

Tribunal: Mr J. Halloway LLB (Chairman), Mr P. Sethi FRICS, Mrs A. Ward

Section 27A of the Landlord and Tenant Act 1985 - liability to pay service charges

Background

1. The Applicant holds a lease of Flat 7 granted on 4 May 1981 for a term of 99 years. The
Respondent has owned the freehold of Carrow Court since 2004.

2. By a demand served on or about 17 August 2011 the Respondent sought £4,870 from the
Applicant as her share of the cost of replacing the roof. The works were carried out
between 5 September and 30 November 2011.

3. The Applicant applied to the Tribunal on 9 October 2012. Directions were given on
24 October 2012.

4. The Tribunal inspected the property on the morning of 12 March 2013 in the presence of
the Applicant and a director of the Respondent. The hearing took place at 10 Alfred Place
on 13 March.

Decision

5. The Respondent accepts that it did not serve the consultation notices required by
section 20 of the 1985 Act, and it has not applied for dispensation. Its recoverable costs
are therefore limited to £250 for each flat.

6. The Tribunal determines that £250 is payable by the Applicant. The Respondent shall
refund the balance of £4,620 to the Applicant no later than 30 April 2013.

7. The Tribunal makes an order under section 20C that the landlord's costs of these
proceedings may not be added to the service charge.

J. Halloway
Chairman""",
        (
            expect("1981-05-04", "lease"),
            expect("2004/..", "freehold"),
            expect("2011-08-17~", "demand"),
            expect("2011-09-05/2011-11-30", "works"),
            expect("2012-10-09", "appli"),
            expect("2012-10-24", "directions"),
            expect("2013-03-12", "inspect"),
            expect("2013-03-13", "hearing"),
            expect("../2013-04-30", "refund", planned=True),
        ),
    ),
    Text(
        "saltmarsh-rope-walk",
        "rope walk's history",
        None,
        """The Rope Walk, Saltmarsh Quay

History

The rope walk at Saltmarsh Quay was laid out in about 1702 by the shipbuilder Nathaniel
Gedge, who needed cordage for the brigs and sloops built on his slips. At 330 yards it was
long enough to lay a full 120-fathom cable in one piece.

The firm is said to have supplied cordage for ships of the fleet at Trafalgar in 1805, but
no contract survives and the story may have been invented by a later owner. The present
brick building, with its long timber roof, dates from 1810.

A fire destroyed the hatchelling house, where the hemp was combed, on 2 February 1853. It
was rebuilt the following year, and the steam engine that still stands in the engine house
was installed in 1866.

Rope was made here by hand and later by machine for more than two and a half centuries.
Production ended on 31 March 1969, when the last owners, Bessant & Lyle, moved to a new
factory in Hull. The building has been owned by the Saltmarsh Quay Trust since 1974, and
volunteers demonstrate rope-making every Sunday afternoon from Easter to October.

Repairs to the roof, costing £1.9 million, are to be completed by October 2026. The walk
remains open during the work.

Admission free · Donations welcome · Registered charity 1103387""",
        (
            expect("1702~", "laid"),
            expect("1805?", "cordage"),
            expect("1810", "building"),
            expect("1853-02-02", "fire"),
            expect("1854", "rebuilt"),
            expect("1866", "engine"),
            expect("1969-03-31", "production"),
            expect("1974/..", "trust"),
            expect("../2026-10", "repairs", planned=True),
        ),
    ),
    Text(
        "hartwell-darts-league",
        "darts club's league table notes",
        date(2025, 1, 28),
        """HARTWELL & DISTRICT DARTS LEAGUE
Division One - table after week 14 (posted Tue 28 Jan 2025)

Pos  Team              P   W   L   Legs   Pts
1    Bell Inn A        14  12  2   71-27  24
2    Railway Tavern    14  11  3   66-32  22
3    Fox & Hounds      13   9  4   58-33  18
4    Crown B           13   7  6   49-42  14
5    Royal Oak         14   5  9   40-58  10
6    Wheatsheaf        14   4  10  37-61   8
7    Bell Inn B        14   3  11  31-67   6
8    Plough            14   2  12  26-72   4

Notes
- Crown B v Fox & Hounds, postponed on 9 January because of snow, will now be played at the
  Crown on Thursday 6 February.
- Bell Inn A won the Winter Cup on Friday, beating Railway Tavern 5-2 in the final.
- Congratulations to Ray Tolley (Railway Tavern), who hit a nine-dart leg at home to the
  Plough on 16 January - the first in the league since 2013.
- Highest checkouts this season: 161 D. Marsh (Bell A), 156 R. Tolley, 140 K. Ince.
  Most 180s: R. Tolley 23, D. Marsh 19.
- Captains must return Spring registration forms to the secretary by Friday 14 February.
- Matches start at 8.15pm every Thursday. Home teams provide sandwiches.
- The league AGM will be held at the Bell Inn on Monday 3 March. The league was founded in
  1958 and this will be its 67th AGM.

Secretary: Pam Whitlock, 07700 900316""",
        (
            expect("2025-01-09", "postpone"),
            expect("2025-02-06", "crown", planned=True),
            expect("2025-01-24", "cup"),
            expect("2025-01-16", "nine-dart"),
            expect("../2025-02-14", "registration", planned=True),
            expect("2025-03-03", "agm", planned=True),
            expect("1958", "found"),
        ),
    ),
)
