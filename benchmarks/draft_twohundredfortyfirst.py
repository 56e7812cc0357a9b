"""The two-hundred-and-forty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a dateline,
a press release, a court opinion, an encyclopedia history, a sports report, a company history, a
mission summary, a government statement, an HTML news page, a wildfire service's incident
updates, a cycling sportive report, a geothermal plant press release, a whaling captain's log of
the 1840s, a barn owl nest box survey, a pottery's history, an environment minister's bathing
water statement, a theatre's HTML performance cancellations page, a coroner's inquest findings,
a millwright's history and a lacrosse league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYFIRST_CORPUS",)


TWOHUNDREDFORTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "alden-crane-collapse",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORT ALDEN, Oct 9 (Coastline News) - A container crane collapsed onto a cargo ship at the
Port of Alden on Monday, killing a dock worker and injuring three others, the port authority
said, in the worst accident at the harbour in more than a decade.

The 62-metre crane, which was installed in about 1998, buckled at around 11:40 a.m. while
unloading the Panamanian-flagged vessel Cora Delmar, port spokeswoman Nadia Ferrante told
reporters. The three injured workers were released from hospital on Tuesday.

The national Transport Safety Board opened an investigation on Tuesday and expects to publish
a preliminary report no later than Nov. 30. Terminal 4, where the crane stood, remains shut
and is expected to reopen on Friday, the authority said.

The terminal's operator, Haldane Stevedoring, said the crane had passed its last inspection
on Sept. 12. Haldane took over the terminal in 2016 from the port authority.

"Every crane on this quay is checked twice a year, and this one was no exception," Haldane
chief executive Rob Menzies said in a statement.

It was the first fatal accident at the port since 2013. The Dockworkers' Union plans to meet
port management on Oct. 15 to discuss safety on the quays, union official Kevin Amadi said.
The port handled 1.4 million containers last year and employs about 2,300 people.

(Reporting by Sunita Rao; Editing by Gareth Lowe)""",
        (
            expect("2024-10-07", "crane", "collapse"),
            expect("1998~", "install"),
            expect("2024-10-08", "released"),
            expect("2024-10-08", "investigation"),
            expect("../2024-11-30", "report", planned=True),
            expect("2024-10-11", "reopen", planned=True),
            expect("2024-09-12", "inspection"),
            expect("2016", "haldane", "terminal"),
            expect("2024-10-15", "meet", planned=True),
        ),
    ),
    Text(
        "velden-orrin-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Velden Biosystems Completes Acquisition of Orrin Labs

HARROWGATE, England, March 3, 2025 /PRWire/ -- Velden Biosystems plc (LSE: VLDN), a developer
of cell-culture media, today completed its acquisition of Orrin Labs Ltd., a privately held
maker of bioreactor sensors, for £86 million in cash.

The agreement was first announced on January 14, 2025, and received clearance from the
Competition and Markets Authority on February 20. Orrin's 140 employees in Cambridge and
Dundee join Velden with immediate effect.

"Orrin gives us the sensors our customers have been asking for," said Helen Marchetti, Chief
Executive Officer of Velden. "We expect to have the two product lines fully integrated by the
end of September, and nobody will have to change a supplier code."

Founded in 2009 by Dr. Kwame Osei, Orrin has supplied dissolved-oxygen sensors to Velden's
Dundee plant since 2017. Its sales grew faster last year than at any time since 2018.

Velden will host a conference call for analysts and investors on March 5, 2025 at 8:30 a.m.
GMT (dial-in: +44 20 7946 0555, passcode 2025). Velden will report first-quarter results on
or about May 8, 2025.

About Velden Biosystems
Velden Biosystems develops and manufactures cell-culture media and reagents for
biopharmaceutical production. Headquartered in Harrowgate, it employs 1,100 people in four
countries.

Forward-Looking Statements
This press release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially from those expressed or implied.

Media contact: Priya Hollis, +44 (0)20 7946 0321, press@veldenbio.example
© 2025 Velden Biosystems plc. All rights reserved.""",
        (
            expect("2025-03-03", "acquisition"),
            expect("2025-01-14", "agreement"),
            expect("2025-02-20", "clearance"),
            expect("../2025-09", "integrat", planned=True),
            expect("2009", "found"),
            expect("2017/..", "suppl"),
            expect("2025-03-05", "call", planned=True),
            expect("2025-05-08~", "results", planned=True),
        ),
    ),
    Text(
        "koslow-v-brightwater",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF COLVERA
DIVISION TWO

DARA KOSLOW, Appellant,
v.
BRIGHTWATER HOLDINGS, LLC, Respondent.

No. 58213-4-II
Filed August 12, 2024

PUBLISHED OPINION

MERCER, J. - Dara Koslow appeals the superior court's order granting summary judgment to her
former landlord, Brightwater Holdings, LLC, on her claim for retaliatory eviction under the
Residential Landlord-Tenant Act of 1973. We reverse and remand.

FACTS

Brightwater has owned the apartment building at 1411 Harbor Avenue since 2016. On or about
June 3, 2019, Koslow signed a one-year lease for unit 304. The lease commenced July 1, 2019,
and continued month to month after it expired.

On February 26, 2020, Koslow reported mold in her bathroom to the city's code enforcement
office, which later inspected the unit and cited Brightwater. On March 16, 2020, Brightwater
served Koslow with a 20-day notice terminating her tenancy. She moved out within the notice
period.

Koslow filed suit on September 2, 2020. After discovery, the superior court granted
Brightwater's motion for summary judgment on April 7, 2023, reasoning that Koslow had not
shown the notice was caused by her complaint. Koslow timely filed a notice of appeal on May 1,
2023. We heard oral argument on February 6, 2024.

ANALYSIS

We review summary judgment de novo. Jensen v. Talbot, 189 Colv. App. 2d 402, 407, 361 P.3d
118 (2016). A landlord may not serve a notice terminating a tenancy in retaliation for a
tenant's good faith complaint to a government authority. COLV. REV. CODE § 59.18.240. The
legislature amended the statute in 2011 to create a rebuttable presumption of retaliation
when the notice follows the complaint within 90 days. LAWS OF 2011, ch. 132, § 3.

Brightwater's notice came 19 days after Koslow's complaint. The presumption therefore
applied, and the superior court erred in placing the burden on Koslow. Whether Brightwater
can rebut the presumption is a question of fact for trial.

We reverse and remand for further proceedings consistent with this opinion.

WE CONCUR: Alvarez, C.J.; Tennant, J.""",
        (
            expect("2016/..", "own"),
            expect("2019-06-03~", "lease", "sign"),
            expect("2019-07-01", "lease", "commenc"),
            expect("2020-02-26", "mold"),
            expect("2020-03-16", "notice"),
            expect("2020-09-02", "suit"),
            expect("2023-04-07", "judgment"),
            expect("2023-05-01", "appeal"),
            expect("2024-02-06", "argument"),
            expect("2011", "amend"),
        ),
    ),
    Text(
        "tarrow-town-history",
        "encyclopedia history",
        None,
        """Tarrow

Tarrow is a market town and civil parish on the River Leet in the county of Dunshire,
England. It had a population of 11,204 at the 2021 census.

History

A settlement at the ford over the Leet is recorded in Domesday Book as Tareham. The first
bridge, of timber, was possibly built in 1210 by the canons of Leetholm Priory; it was
replaced in stone c. 1390. The town received a market charter from Henry III in 1271, and
the Tarrow Fair, held every year on the second Monday of September, is thought to date from
the same grant.

The town was held for Parliament during the Civil War and was sacked by Royalist troops in
1644. A great fire on 12 June 1731 destroyed some 140 houses, and much of the present town
centre dates from the rebuilding that followed.

The Leet Navigation reached Tarrow in 1796 and the railway in 1847. The town's population
peaked in the 1890s, when the tanneries employed more than 2,000 people; the last of them
closed soon after the branch line lost its passenger trains. The medieval bridge was widened
between 1926 and 1928, and carried more than 1,900 vehicles an hour at peak until the bypass
was built.

Since 1974 Tarrow has been part of the district of South Dunshire.

See also
- Leetholm Priory
- List of places in Dunshire

References
1. Garside, P. (1998). Tarrow: A Market Town and Its Bridge. Dunshire Record Society. p. 41.""",
        (
            expect("1210?", "bridge"),
            expect("1390~", "stone"),
            expect("1271", "charter"),
            expect("1644", "sack"),
            expect("1731-06-12", "fire"),
            expect("1796", "navigation"),
            expect("1847", "railway"),
            expect("1926/1928", "widen"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "rovers-win-at-dunmore",
        "sports report",
        date(2025, 3, 16),
        """Rovers end Brook Lane hoodoo as Adebayo double seals it

Dunmore Athletic 18 Harwick Rovers 24

By Tom Reece at Brook Lane

Kofi Adebayo scored two second-half tries as Harwick Rovers won at Dunmore Athletic on
Saturday, their first victory at Brook Lane since 2009.

The 31-year-old winger, who joined from Eastfield in 2021, went over in the 54th and 71st
minutes to turn an 18-12 deficit into a lead that Rovers never looked like losing in front
of a crowd of 8,412.

Rovers lost their captain Liam Rourke to a knee injury before half-time. Rourke, who damaged
the same knee in the Challenge Cup final in May 2023, will have a scan on Monday.

"He's a tough lad, but we won't know anything until Monday afternoon," said coach Darren
Pike, in charge since 2022, whose side have now won four of their last five.

Athletic coach Mark Ellery, appointed on 2 January this year after the sacking of Steve
Horan, said his side "switched off" after the break. "We do this every week. Twenty minutes
of rugby and then nothing."

Rovers, now third, travel to Castleton on Friday night (kick-off 7.45pm). The draw for the
Challenge Cup fifth round will be made on Tuesday at 6pm.

Dunmore Athletic: Tries: Bell, Ndlovu, Park. Goals: Park 3.
Harwick Rovers: Tries: Adebayo 2, Mills, O'Shea. Goals: Cartwright 4.
Half-time: 12-6. Referee: J. Aldous. Attendance: 8,412.""",
        (
            expect("2025-03-15", "rovers", "dunmore"),
            expect("2021", "join"),
            expect("2023-05", "knee"),
            expect("2025-03-17", "scan", planned=True),
            expect("2022/..", "pike"),
            expect("2025-01-02", "appoint"),
            expect("2025-03-21", "castleton", planned=True),
            expect("2025-03-18", "draw", planned=True),
        ),
    ),
    Text(
        "brannock-ropes-history",
        "company history",
        None,
        """Our story

Brannock Ropes traces its origins to a rope walk that Josiah Brannock opened on the quay at
Harwick around 1788, making cordage for the herring fleet. His son Elias moved the business
inland to Lowmarsh, probably in 1821, where a 300-yard covered walk was built beside the
river; part of it still stands.

The business was incorporated as Brannock & Sons Ltd in 1897. Between 1914 and 1918 the
works supplied hawsers and signal halyards to the Admiralty, and at its peak employed 420
people. A fire on 3 February 1931 destroyed the hemp store and much of the walk, which was
rebuilt the following year.

The Brannock family sold the company to the Marrick Group in 1989, and the business was
bought back by its managers in 1998, a year the firm still celebrates with its "1998 Line"
of heritage ropes.

Since 2012 Brannock has made dynamic climbing ropes, now sold in 30 countries, and every rope
still leaves the factory with a hand-tied tag. Today we make some 1,850 kilometres of rope a
year.

What's next
We plan to move into a new factory at Lowmarsh Quay in 2026, keeping the historic walk open
as a museum of the ropemaker's craft.

Brannock Ropes Ltd · Lowmarsh · Company no. 00052317 · © 2024 Brannock Ropes Ltd""",
        (
            expect("1788~", "walk"),
            expect("1821?", "mov"),
            expect("1897", "incorporat"),
            expect("1914/1918", "suppl"),
            expect("1931-02-03", "fire"),
            expect("1932", "rebuilt"),
            expect("1989", "sold"),
            expect("1998", "bought"),
            expect("2012/..", "climbing"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "orla2-mission-summary",
        "mission summary",
        None,
        """ORLA-2 LUNAR POLAR ORBITER - MISSION SUMMARY
Document ORL-MS-0042, Rev. B | Issued 14 May 2025 | Kestrel Space Agency, Mission Operations

1. Overview
ORLA-2 was a 640 kg orbiter built to map water ice in the permanently shadowed craters near
the lunar south pole with a neutron spectrometer and a long-wavelength radar.

2. Mission timeline
- Launch: 22 November 2021, 03:17 UTC, on a Vireo-3 rocket from the Sandvik range.
- Lunar orbit insertion: 4 December, after a 12-day transfer.
- Science operations began on 15 January 2022, once the spectrometer had been commissioned.
- The primary mission ended on 14 January 2023; the extended mission ran from 15 January
  2023 to 30 June 2024.
- Reaction wheel 3 failed on or about 9 August 2023 (a gap in the telemetry prevents an
  exact date). Attitude control continued on the three remaining wheels.
- The orbit was lowered to 30 km on 2 September 2024 for high-resolution radar mapping.

3. Results
The orbiter returned 2,048 GB of data and mapped 1,740 shadowed craters. Its ice map is the
most complete of the south polar region since the 2009 Kessel survey, and shows ice
concentrations of up to 5.2 per cent by mass in Shackleton's neighbour, Haworth.

4. End of mission
Propellant remaining: 3.1 kg. The spacecraft is scheduled to be deorbited no later than
31 March 2026, with impact targeted away from all sites of historical interest. The final
data release to the Planetary Data Archive is planned for December 2025.

Prepared by: ORLA-2 Flight Operations Team. Approved: M. Okonjo, Mission Manager.""",
        (
            expect("2021-11-22", "launch"),
            expect("2021-12-04", "orbit"),
            expect("2022-01-15", "science"),
            expect("2023-01-14", "primary"),
            expect("2023-01-15/2024-06-30", "extended"),
            expect("2023-08-09~", "wheel"),
            expect("2024-09-02", "orbit", "lower"),
            expect("../2026-03-31", "deorbit", planned=True),
            expect("2025-12", "release", planned=True),
        ),
    ),
    Text(
        "remediation-review-statement",
        "government statement",
        None,
        """Department for Housing and Communities
Written ministerial statement

Building safety: review of the remediation programme

Made on: 18 September 2024
Made by: Rt Hon. Clare Benning MP, Minister for Housing

Today I am publishing the independent review of the building remediation programme, led by
Dame Alison Frere, together with the government's response.

The review was commissioned in March 2023, and its panel met for the first time on 11 May
2023. It took evidence from more than 300 leaseholders, 40 freeholders and every fire and
rescue service in the country. I am grateful to Dame Alison and her panel for their work.

Since 2019 the Building Remediation Fund has been open to leaseholders in buildings over 18
metres. Today I am extending it to buildings between 11 and 18 metres, as the review
recommends. Under the Building Safety Act 2022, no leaseholder in such a building should pay
for the removal of unsafe cladding.

The review found that assessments of the same building by different firms often disagreed.
A new standard for cladding assessments will therefore come into force on 1 April 2025. A
consultation on its text will run from 23 September to 15 November. Every local council must
also submit a remediation plan for the buildings in its area to my department no later than
31 January 2025.

The number of buildings with unsafe cladding still awaiting work is now the lowest we have
recorded, but it is still too high. I will report progress to the House every six months.

I am placing copies of the review and the response in the Libraries of both Houses.""",
        (
            expect("2024-09-18", "review"),
            expect("2024-09-18", "fund", "extend"),
            expect("2023-03", "commission"),
            expect("2023-05-11", "panel"),
            expect("2019/..", "fund", "open"),
            expect("2025-04-01", "standard", planned=True),
            expect("2024-09-23/2024-11-15", "consultation", planned=True),
            expect("../2025-01-31", "plan", planned=True),
        ),
    ),
    Text(
        "wexcombe-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Riverside Library reopens 15 months after flood | Wexcombe Gazette</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "local"});</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul></nav>
<article>
<h1>Riverside Library reopens 15 months after flood</h1>
<p class="byline">By Mara Quinlan | <time datetime="2025-05-22T09:10">22 May 2025</time></p>
<figure><img src="/img/2025/05/library-reading-room.jpg" alt="Reading room">
<figcaption>The restored reading room on 19 May 2025. Photo: Ben Okafor</figcaption></figure>
<p>Wexcombe's Riverside Library reopened to the public on Tuesday, more than a year after
floodwater poured through its ground floor.</p>
<p>The River Wex burst its banks on 9 February 2024, leaving 40 cm of water in the building,
and the library closed the same day. Repairs began in June 2024 and cost &pound;1.3 million,
most of it paid by the council's insurers.</p>
<p>The Carnegie-funded building opened c. 1905. Head librarian Tessa Mull said it was the
worst damage it had suffered since the great flood of 1968. "We lost 6,000 books, but not one
of the local studies collection," she said.</p>
<p>Council leader Fran Oduya will formally open the new children's wing on 7 June. A caf&eacute;
run by the Wexcombe Community Trust will open in the former newspaper room in September, and
the council expects the local studies archive room to be finished by the end of July.</p>
<p>Opening hours: Mon&ndash;Sat 9am&ndash;5pm. Tel. 01632 960 442.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/2024/02/10/wex-floods">Wex floods: 300 homes evacuated</a>
<time datetime="2024-02-10">10 Feb 2024</time></li>
<li><a href="/news/2024/06/03/library-repairs">Library repair contract awarded</a>
<time datetime="2024-06-03">3 Jun 2024</time></li>
</ul></aside>
<footer><p>Updated <time datetime="2025-05-23T14:02">23 May 2025</time></p>
<p>&copy; 2025 Wexcombe Gazette Ltd</p></footer>
</body>
</html>""",
        (
            expect("2025-05-20", "reopen"),
            expect("2024-02-09", "burst"),
            expect("2024-02-09", "clos"),
            expect("2024-06", "repair"),
            expect("1905~", "open"),
            expect("2025-06-07", "children", planned=True),
            expect("2025-09", "caf", planned=True),
            expect("../2025-07", "archive", planned=True),
        ),
    ),
    Text(
        "ridgeback-fire-updates",
        "wildfire service's incident updates",
        None,
        """RIDGEBACK FIRE - INCIDENT UPDATES
Calder County Fire Protection District | Public information line: 541-555-0142
Newest updates first.

UPDATE 6 - Sat., Aug. 17, 2024, 7:00 PM
Size: 3,210 acres | Containment: 68% | Personnel: 412
All Level 3 (GO NOW) evacuation orders for Pine Hollow and Tamarack Flats were lifted at noon
today. Residents returning home should watch for fire crews and heavy equipment on roads.
Full containment is expected by Aug. 25. A community meeting will be held Monday, Aug. 19, at
6 p.m. at the Pine Hollow Grange hall.
Investigators believe the fire was started by a lightning strike on or about Aug. 12 and
smoldered undetected in heavy timber. It is the largest fire in the county since 2015.

UPDATE 4 - Fri., Aug. 16, 2024, 8:00 AM
Size: 3,050 acres | Containment: 35%
Crews held the fire line on the east flank overnight. Highway 38 between mileposts 14 and 22
reopened at 6 a.m. today. Burn restrictions remain in effect, as they are every year from
June 1 to October 15.

UPDATE 2 - Thu., Aug. 15, 2024, 9:30 AM
Size: 2,400 acres | Containment: 0%
The fire grew overnight, pushed by winds gusting to 30 mph. A Type 2 incident management team
took command of the fire at 7 a.m. today. Three outbuildings were destroyed Wednesday night;
no homes have been lost.

UPDATE 1 - Wed., Aug. 14, 2024, 6:30 PM
The Ridgeback Fire was reported at 2:14 p.m. today off Forest Road 2210, about 4 miles
northeast of Pine Hollow. A Level 3 evacuation order was issued at 5 p.m. for Pine Hollow.
Air tankers are working the fire. Please stay off Forest Road 2210 and Highway 38.

Sign up for alerts at caldercounty.example/alerts. For road status call 511.""",
        (
            expect("2024-08-17", "lift"),
            expect("../2024-08-25", "containment", planned=True),
            expect("2024-08-19", "meeting", planned=True),
            expect("2024-08-12~", "lightning"),
            expect("2024-08-16", "highway"),
            expect("2024-08-15", "command"),
            expect("2024-08-14", "destroy"),
            expect("2024-08-14", "reported"),
            expect("2024-08-14", "evacuation", "issu"),
        ),
    ),
    Text(
        "fellside-100-report",
        "cycling sportive report",
        None,
        """Kendmoor Wheelers - Club news

Fellside 100: a wet one, but what a day

Report: Fellside 100 sportive, Sunday 8 June 2025

The sixth Fellside 100 went ahead on Sunday 8 June in rain that barely let up from the 7am
start. Of 1,150 entrants, 1,012 finished the 102-mile route, and the feed station at Garth
Bridge ran out of flapjack by ten o'clock.

Entries opened on 1 February and sold out by 20 March, the quickest yet. The route had to be
changed after a landslip closed the Kirkby Pass road in January; riders climbed Greyscar
instead, which took the total climbing to 2,140 metres.

Fastest finisher was Owen Pritchard of Lune CC in 5 hours 12 minutes; Hannah Lyle (Kendmoor
Wheelers) was first woman home in 5:58. The broom wagon picked up its last rider at 6.40pm.

The event started in 2019 and was cancelled in 2020 and 2021 because of the pandemic. This
was the wettest edition since that first one, and riders still raised £8,400 for Fell
Rescue. Thanks to the 140 volunteers who stood in the rain at junctions all day.

Next year's Fellside 100 will be held on Sunday 14 June 2026, and entries will open on
1 February 2026. As ever, the entry fee of £25 includes a hot meal at the finish.

Posted by Gill Harker, 10 June 2025 | 4 comments""",
        (
            expect("2025-06-08", "fellside"),
            expect("2025-02-01", "entries", "open"),
            expect("../2025-03-20", "sold"),
            expect("2025-01", "landslip"),
            expect("2019", "start"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2026-06-14", "fellside", planned=True),
            expect("2026-02-01", "entries", planned=True),
        ),
    ),
    Text(
        "skarvik-unit-two",
        "geothermal plant press release",
        None,
        """PRESS RELEASE

Norvent Energy brings second Skarvik geothermal unit online

KALDARVIK, 11 November 2024 - Norvent Energy hf. today commissioned Unit 2 at its Skarvik
geothermal power plant, raising the plant's capacity to 90 MW and making it the largest
geothermal station in the Western Fjords region.

Drilling of the 14 production wells began in April 2021, and construction of Unit 2 started
on 15 March 2022. Unit 1 entered service on 2 May 2023. Since October 2023 the plant has
also supplied hot water to the district heating network of Vardby, home to 6,400 people.

"Skarvik shows what the Renewable Heat Act 2019 made possible," said chief executive Sigrun
Hallsdottir. "Every megawatt here is a megawatt we no longer import."

Norvent plans to take a final investment decision on a third 45 MW unit by 30 June 2025. If
approved, Unit 3 is expected to enter service in 2028. Norvent will present the project at
the Nordic Geothermal Forum in Akurvik on 20-21 November.

About Norvent Energy
Norvent Energy hf. develops and operates geothermal and hydroelectric plants. Its shares are
listed on the Kaldarvik Stock Exchange (NORV).

Media contact: Einar Brekkan, +354 555 0199, press@norvent.example""",
        (
            expect("2024-11-11", "commission"),
            expect("2021-04", "drill"),
            expect("2022-03-15", "construction"),
            expect("2023-05-02", "unit", "service"),
            expect("2023-10/..", "water"),
            expect("../2025-06-30", "decision", planned=True),
            expect("2028", "unit", "service", planned=True),
            expect("2024-11-20/2024-11-21", "forum", planned=True),
        ),
    ),
    Text(
        "eliza-harrow-log",
        "whaling captain's log of the 1840s",
        None,
        """Journal of a Whaling Voyage
in the Ship Eliza Harrow of New Bedford,
Josiah Pell, Master, bound to the Pacific Ocean.
1843.

Septr.
Wed. 27th. At 10 AM took our departure from Clark's Point, wind NW, the pilot left us at
noon. All hands sober save two. Set the watches.
Thurs. 28th. Fresh breezes from the W. & squally. Lat. 39.10 N, Lon. 68.40 W.

Octr.
Tues. 3rd. Light airs from SE. At 3 PM raised a sperm whale, lowered 3 boats but could not
get fast, the whale going to windward.
Sat. 7th. At daylight raised a large sperm whale, lowered & the 2d mate struck him. Killed
him at 11 AM & took him alongside.
Sun. 8th. Cutting in. No work done but what was needful, it being the Sabbath.
Tues. 10th. Finished boiling & stowed down 62 bbls. Spoke the Ship Ontario of Nantucket,
14 months out, 900 bbls sp.
Fri. 20th. Made the Island of Flores bearing NE 5 leagues. Sent a boat ashore for potatoes
& pumpkins.

Novr.
Wed. 1st. Strong gales from the NE, ship labouring heavy. At about 4 PM John Cale, seaman,
of Fairhaven, aged 19 years, fell from the fore topsail yard & was killed. Committed his
body to the deep at sunset.
Thurs. 2nd. More moderate. Employed mending the fore topsail.

Mem. - The Capt. intends to touch at Brava, Cape de Verdes, about the 15th inst. to ship
recruits & take on water. The men having asked it, prayers are read every Sabbath.""",
        (
            expect("1843-09-27", "departure"),
            expect("1843-10-03", "whale"),
            expect("1843-10-07", "whale"),
            expect("1843-10-08", "cutting"),
            expect("1843-10-10", "boiling"),
            expect("1843-10-10", "ontario"),
            expect("1843-10-20", "flores"),
            expect("1843-11-01", "cale"),
            expect("1843-11-01", "body"),
            expect("1843-11-15~", "brava", planned=True),
        ),
    ),
    Text(
        "wendle-owl-survey-2024",
        "barn owl nest box survey",
        None,
        """WENDLE VALLEY OWL GROUP
Barn Owl Nest Box Survey 2024 - Summary Report
Compiled by R. Ashworth, November 2024

1. Background
The group put up its first barn owl boxes in 1998 with a grant from the county wildlife
trust. Systematic monitoring of all boxes has run since 2003, under a Schedule 1 disturbance
licence (licence no. 2014-0381). There are now 64 boxes across 41 farms.

2. Methods
Eleven boxes damaged in winter storms were replaced in February 2024. Boxes were checked
between 10 and 28 June 2024 by licensed volunteers working in pairs; each visit was kept
under ten minutes. Barn owls in the valley typically lay in April and May.

3. Results
Table 1. Box occupancy
  Status                        2024   2023
  Barn owl, breeding              23     17
  Barn owl, roosting only          6      9
  Kestrel                          4      5
  Stock dove / jackdaw            12     11
  Empty                           19     22

The first eggs were seen at box 14 on 2 April, the earliest on record for the valley. Ringing
of chicks took place on 9 July, when 71 chicks were ringed at 21 sites. A second brood at box
22 (grid ref. SE 1987 4421) fledged on or about 30 September. Twenty-three breeding pairs is
the best result since 2014.

4. Next steps
Results will be submitted to the county bird recorder by 31 January 2025. Checks in 2025 are
planned to begin on 9 June 2025. New volunteers are welcome: call 01632 960 718.""",
        (
            expect("1998", "box"),
            expect("2003/..", "monitor"),
            expect("2024-02", "replac"),
            expect("2024-06-10/2024-06-28", "check"),
            expect("2024-04-02", "egg"),
            expect("2024-07-09", "ring"),
            expect("2024-09-30~", "fledg"),
            expect("../2025-01-31", "result", planned=True),
            expect("2025-06-09", "check", planned=True),
        ),
    ),
    Text(
        "marlow-lane-pottery",
        "pottery's history",
        None,
        """The Marlow Lane Pottery: a short history

Potting at Marlow Lane perhaps began in 1760, on a site where clay had long been dug for
bricks. The first kiln is said to have been built in 1774 by Samuel Ayre, though no record of
it survives. His grandson Thomas Ayre took a new lease on the works in 1802 and added the
long drying shed that now houses our shop.

C. 1830 the works turned from red earthenware to salt-glazed stoneware, and its bread crocks,
sold as "Ayre's 1851 Pattern", were found in kitchens across the county. At its busiest the
pottery made some 20,000 pots a year and employed 35 men and boys.

The bottle kiln that still stands was fired for the last time on 14 March 1941, and the works
closed in May. In 1968 the potter Ruth Kendall reopened the works as a studio pottery,
firing in a small gas kiln built inside the old throwing house.

Since 2001 the pottery has been run by the Marlow Lane Trust, which holds classes every
Saturday and open days each summer. A new visitor centre is scheduled to open in April 2026.

Marlow Lane Pottery, Marlow Lane, Kessington. Registered charity no. 1087732.""",
        (
            expect("1760?", "potting"),
            expect("1774?", "kiln"),
            expect("1802", "lease"),
            expect("1830~", "stoneware"),
            expect("1941-03-14", "kiln", "last"),
            expect("1941-05", "closed"),
            expect("1968", "reopen"),
            expect("2001/..", "trust"),
            expect("2026-04", "visitor", planned=True),
        ),
    ),
    Text(
        "bathing-waters-statement",
        "environment minister's bathing water statement",
        None,
        """Ministry for the Environment and Rural Affairs

Bathing waters: statement by the Minister for the Environment, Owen Tallis

2 May 2025

Today I have designated twelve new bathing waters, including the first river sites on the
Leane and the Corrow, bringing the total to 471. Sampling at the new sites began on 28 April,
and this year's bathing season will run from 15 May to 30 September.

The classifications published in November 2024 rated 86 per cent of our bathing waters good
or excellent, the best result since 2015. That is not good enough. The River Leane at
Haverton had to be closed to bathing on 19 August last year after a sewage spill, and families
who swim there deserve better.

Since 2021 every storm overflow that discharges near a designated bathing water has been
fitted with an event duration monitor. Under the Bathing Water Regulations 2013 and the Water
(Overflows) Act 2023, water companies must publish real-time discharge data for all
overflows no later than 1 January 2026.

I will meet the chief executives of the nine water companies on 12 May, and I have asked the
Environment Agency to report to me by the end of June on how quickly warnings reach bathers.

Anyone can check the latest sample results at any bathing water, every day of the season, on
the Swimfo service or by calling 0300 555 0190.

ENDS

Notes to editors: designated sites are sampled 20 times a season.""",
        (
            expect("2025-05-02", "designat"),
            expect("2025-04-28", "sampling"),
            expect("2025-05-15/2025-09-30", "season", planned=True),
            expect("2024-11", "classification"),
            expect("2024-08-19", "leane", "clos"),
            expect("2021/..", "monitor"),
            expect("../2026-01-01", "data", planned=True),
            expect("2025-05-12", "meet", planned=True),
            expect("../2025-06", "report", planned=True),
        ),
    ),
    Text(
        "corran-playhouse-cancellations",
        "theatre's HTML performance cancellations page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Performance changes and cancellations | Corran Playhouse</title>
<link rel="stylesheet" href="/css/main.css?v=2025.3">
<script defer src="/js/booking-widget.js"></script>
</head>
<body>
<header><a class="logo" href="/">Corran Playhouse</a>
<nav><ul><li><a href="/whats-on">What's on</a></li><li><a href="/visit">Your visit</a></li>
<li><a href="/support">Support us</a></li><li><a href="/basket">Basket (0)</a></li></ul></nav>
</header>
<main>
<h1>Performance changes and cancellations</h1>
<div class="notice notice--alert">
<p>The Main House has been closed since Tuesday 4 March 2025, when a fault was found in the
flying system during a technical rehearsal. We are very sorry for the disruption.</p>
</div>
<table class="changes">
<thead><tr><th>Date</th><th>Time</th><th>Show</th><th>Status</th></tr></thead>
<tbody>
<tr><td><time datetime="2025-03-06">Thu 6 Mar 2025</time></td><td>7.30pm</td>
<td>The Glass Orchard</td><td>Cancelled</td></tr>
<tr><td><time datetime="2025-03-07">Fri 7 Mar 2025</time></td><td>7.30pm</td>
<td>The Glass Orchard</td><td>Cancelled</td></tr>
<tr><td><time datetime="2025-03-08">Sat 8 Mar 2025</time></td><td>2.30pm &amp; 7.30pm</td>
<td>The Glass Orchard</td><td>Cancelled</td></tr>
<tr><td><time datetime="2025-03-12">Wed 12 Mar 2025</time></td><td>2pm</td>
<td>Tap &amp; Tide (schools matinee, Studio)</td>
<td>Cancelled; the 7.30pm performance goes ahead</td></tr>
</tbody>
</table>
<h2>Rescheduled performances</h2>
<p>The Glass Orchard will now play on 3 and 4 April 2025 at 7.30pm. Tickets for the
cancelled performances have been moved to the new dates automatically.</p>
<h2>Refunds</h2>
<p>If you cannot make the new dates, refunds must be requested no later than 31 March 2025.
Call the box office on 01632 960 187 (10am&ndash;6pm, Mon&ndash;Sat).</p>
<p class="updated">Last updated: <time datetime="2025-03-05T17:40">5 March 2025, 5.40pm</time></p>
</main>
<footer><p>&copy; 2025 Corran Playhouse Trust. Registered charity no. 1092846.</p></footer>
<script>document.querySelectorAll("time").forEach(function (t) { t.title = t.dateTime; });</script>
</body>
</html>""",
        (
            expect("2025-03-04/..", "house", "clos"),
            expect("2025-03-04", "fault"),
            expect("2025-03-06", "orchard", "cancel"),
            expect("2025-03-07", "orchard", "cancel"),
            expect("2025-03-08", "orchard", "cancel"),
            expect("2025-03-12", "tide", "cancel"),
            expect("2025-04-03", "orchard", planned=True),
            expect("2025-04-04", "orchard", planned=True),
            expect("../2025-03-31", "refund", planned=True),
        ),
    ),
    Text(
        "morrow-inquest-record",
        "coroner's inquest findings",
        None,
        """RECORD OF AN INQUEST

The following matters are inquired into and determined at an inquest held at the Coroner's
Court, Harrowfield, by Senior Coroner for North Wessex, Helen Catterall.

1. Name of the deceased: Alan Peter MORROW

2. Medical cause of death:
1a Septic shock
1b Anastomotic leak following right hemicolectomy

3. How, when and where the deceased came by his death:
Mr Morrow, aged 58, was admitted to Harrowfield General Hospital on 2 February 2024 with
abdominal pain and underwent a right hemicolectomy on 5 February. During the night of 7 to 8
February his early warning scores were not recorded for about six hours while his condition
worsened. He was transferred to the intensive care unit at 06:40 on 8 February and died there
on 11 February 2024.

4. Conclusion of the coroner as to the death:
Mr Morrow died from a recognised complication of necessary surgery. The failure to recognise
and act on his deterioration more than minimally contributed to his death.

5. Further particulars required by the Births and Deaths Registration Act 1953:
(a) Date and place of birth: [redacted in published copy]
(b) Date and place of death: 11 February 2024, Harrowfield General Hospital

Coroner's observations
The inquest was opened on 20 February 2024 and adjourned. I heard evidence over three days,
from 14 to 16 October 2024, sitting without a jury. The Trust's serious incident
investigation was completed in May 2024. The Trust has told me that since 1 July 2024 all
surgical wards have used an electronic observations system that alerts the outreach team
automatically, and that it expects to extend the system to medical wards by the end of March
2025. I will nonetheless write to the Trust under paragraph 7 of Schedule 5 to the Coroners
and Justice Act 2009; it must respond by 9 December 2024.

Signature of coroner: H. Catterall
Date: 16 October 2024""",
        (
            expect("2024-02-02", "admit"),
            expect("2024-02-05", "hemicolectomy"),
            expect("2024-02-08", "transfer"),
            expect("2024-02-11", "died"),
            expect("2024-02-20", "inquest", "open"),
            expect("2024-10-14/2024-10-16", "evidence"),
            expect("2024-05", "investigation"),
            expect("2024-07-01/..", "observation"),
            expect("../2025-03", "extend", planned=True),
            expect("../2024-12-09", "respond", planned=True),
        ),
    ),
    Text(
        "harlowe-millwrights",
        "millwright's history",
        None,
        """Harlowe & Sons, Millwrights of Stallow

The Harlowe family were working as millwrights in the Wensum valley circa 1790, building and
mending the post mills that then stood on almost every rise between Stallow and the coast.

William Harlowe (1771-1839) built Stallow post mill in 1814, and Ixby watermill is said to
have been rebuilt by him in 1826 after a winter flood carried away its wheel. His son George
set up the firm's works on Fakenham Road, Stallow, in 1851, with a small foundry and a pattern
shop for cast-iron gearing.

Between 1860 and 1885 the firm fitted patent sails to some 40 windmills in the county. The
last new windmill it built, at Cley Marsh, was completed in 1893; it is still known locally as
"Harlowe's mill". In the 1920s, as the windmills fell idle one by one, the firm turned to
agricultural engineering, servicing threshing drums and, later, tractors.

The works closed on 30 September 1967. Their drawings and pattern books, some 2,300 items, are
now held at the county record office.

Stallow mill has been in the care of the Stallow Mill Preservation Trust since 2008, and its
sails turned again on 21 May 2011 for the first time since 1921. It is open to visitors on
the second Sunday of each month.""",
        (
            expect("1790~", "millwright"),
            expect("1814", "stallow", "buil"),
            expect("1826?", "ixby"),
            expect("1851", "works"),
            expect("1860/1885", "sails"),
            expect("1893", "cley"),
            expect("1967-09-30", "clos"),
            expect("2008/..", "trust"),
            expect("2011-05-21", "sails", "turn"),
        ),
    ),
    Text(
        "nwwll-division-one-fixtures",
        "lacrosse league's fixtures list",
        date(2024, 9, 20),
        """NORTH WEST WOMEN'S LACROSSE LEAGUE
Division One - Fixtures 2024-25
Issued September 2024 (v2). Fixtures approved at the league meeting of 3 September.

All matches 2pm unless stated. Home team first. Team sheets to the fixtures secretary by 6pm
on the Thursday before each match. Umpires are appointed by the home club.

Round 1 - Sat 5 Oct
  Stockford v Marple Vale .......... Woodbank Park, pitch 2
  Cheadle Hulme v Didsbury ......... Mersey Road

Round 2 - Sat 19 Oct
  Timperley v Stockford ............ Stelfox Lane, 1.30pm

Round 3 - Sat 16 Nov
  Didsbury v Marple Vale ........... Fog Lane Park
  (re-arranged from Sat 28 Sept, pitch unavailable)

Round 4 - Sat 11 Jan
  Marple Vale v Timperley .......... Brabyns Park

Flags finals: Sun 6 April 2025, venue TBC.
League AGM: Tuesday 10 June 2025, 7.30pm, Stockford Lacrosse Club.

Registration: all players must be registered with the governing body by 30 September;
unregistered players may not be selected. Fines of £15 apply for late team sheets.

Fixtures secretary: Jo Pennant, 07700 900414, fixtures@nwwll.example""",
        (
            expect("2024-09-03", "approv"),
            expect("2024-10-05", "stockford", "marple", planned=True),
            expect("2024-10-05", "cheadle", "didsbury", planned=True),
            expect("2024-10-19", "timperley", "stockford", planned=True),
            expect("2024-11-16", "didsbury", "marple", planned=True),
            expect("2025-01-11", "marple", "timperley", planned=True),
            expect("2025-04-06", "flags", planned=True),
            expect("2025-06-10", "agm", planned=True),
            expect("../2024-09-30", "regist", planned=True),
        ),
    ),
)
