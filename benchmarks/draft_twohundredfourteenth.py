"""The two-hundred-and-fourteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an avalanche service's
daily bulletins, a rowing regatta report, a tidal lagoon press release, a nurse's diary of the
1850s, a butterfly transect report, a paper mill's history, a justice minister's prison
capacity statement, a botanic garden's HTML glasshouse closures page, an immigration
tribunal's appeal decision, an organ builder's history and a croquet club's calendar. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFOURTEENTH_CORPUS",)

TWOHUNDREDFOURTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-halversund",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVERSUND, Oct 9 (Northline News) - Salvage crews refloated the passenger ferry
Vesterhav on Wednesday, two days after it ran aground on a skerry at the mouth of the
Halversund fjord, the coastal administration said.

The 2,140-tonne ferry, carrying 212 passengers and 31 crew, struck the rocks late on Monday
in gusts of up to 90 km/h. All passengers were taken off by lifeboats and a trawler early on
Tuesday; four were treated in hospital for minor injuries.

"The hull is holed in two compartments, but she floated off on the rising tide without
difficulty," said Petra Lund, the administration's head of salvage. The ship was towed to
the Kroll yard at Nesby, 40 km to the south.

Operator Fjordlinje said it expected to resume sailings on the route around October 21,
using a chartered vessel. Its shares fell 4.3 percent on the Bergvik exchange on Tuesday.

The Maritime Accident Board said it would publish a preliminary report by the end of
November. A public hearing is scheduled for January 14 in Halversund.

The Vesterhav was built in 1998 at the Kroll yard and carries about 400,000 passengers a
year. Fjordlinje took over the route in 2016 from the state operator Kystferje.

It was the most serious accident on the route since 2009, when a freight ship lost power in
the same strait. Fjordlinje has opened a line for relatives and passengers on
+47 815 20 998.

(Reporting by Sigrun Aasen; Editing by Mark Elden)""",
        (
            expect("2024-10-09", "refloat"),
            expect("2024-10-07", "aground"),
            expect("2024-10-08", "passengers"),
            expect("2024-10-21~", "sailings", planned=True),
            expect("2024-10-08", "shares"),
            expect("../2024-11", "report", planned=True),
            expect("2025-01-14", "hearing", planned=True),
            expect("1998", "built"),
            expect("2016", "route"),
        ),
    ),
    Text(
        "tessaly-research-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessaly Robotics Opens Research Centre in Lyndhurst

LYNDHURST, April 22, 2025 /PRWire/ -- Tessaly Robotics Inc. (NXM: TSLY), a maker of
warehouse picking robots, today opened its new research and development centre on the
Harbour Park campus in Lyndhurst.

The 14,500-square-metre centre, built at a cost of $86 million, will house teams working on
grippers, machine vision and fleet software. Construction began in March 2023.

"Our customers want robots that can pick anything a person can pick," said Chief Executive
Officer Miriam Okonjo. "This building puts all the people who will get us there under one
roof."

The centre employs 120 people today, and Tessaly plans to employ 300 engineers there by the
end of 2026. A second phase, with a full-size test warehouse, is scheduled to open in
September 2026.

Tessaly has worked with the University of Lyndhurst since 2019 on robot grasping research,
and ten doctoral students will be based at the centre. Members of the public are invited to
an open day at the centre on Saturday, May 17, from 10 a.m. to 4 p.m.

About Tessaly Robotics
Tessaly Robotics was founded in 2011 in Marston. More than 4,000 of its robots work in
warehouses in 18 countries. For more information, visit www.tessaly-robotics.example.

Forward-Looking Statements
This release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially from those expressed or implied.

Media Contact:
Dev Ramani, Tessaly Robotics
+1 (555) 014-2026
press@tessaly-robotics.example

(C) 2025 Tessaly Robotics Inc. All rights reserved.""",
        (
            expect("2025-04-22", "centre", "open"),
            expect("2023-03", "construction"),
            expect("../2026", "employ", planned=True),
            expect("2026-09", "phase", planned=True),
            expect("2019/..", "university"),
            expect("2025-05-17", "open", "day", planned=True),
            expect("2011", "founded"),
        ),
    ),
    Text(
        "fellowes-v-corrigan",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH ARDEN

DANA K. FELLOWES, Plaintiff-Appellant,
v.
CORRIGAN FREIGHT SYSTEMS, INC., Defendant-Appellee.

No. 23-0417
Filed March 3, 2025

Appeal from the Superior Court of Wexley County
The Honorable Maria Oduya, Judge
AFFIRMED IN PART; REVERSED IN PART; REMANDED

OPINION

HARTWELL, Judge:

¶1 Dana Fellowes appeals from the summary judgment entered against her on her claim under
the Whistleblower Protection Act of 1989, N.A. Rev. Stat. § 34-1201 et seq. We hold that
the record raises a genuine dispute as to causation and reverse on that claim.

I. BACKGROUND

¶2 Corrigan hired Fellowes as a dispatcher on June 1, 2015. On or about January 12, 2021,
she reported to her supervisor, and to the state Department of Transportation, that drivers
were being scheduled beyond the hours allowed by federal rules. Corrigan terminated her
employment on February 26, 2021, citing her attendance.

¶3 Fellowes filed her complaint on August 9, 2021. After discovery, the superior court
granted Corrigan's motion for summary judgment on May 17, 2023, finding that Fellowes had
shown no causal link between her report and her dismissal. Fellowes filed a timely notice
of appeal on June 14, 2023. We heard oral argument on January 8, 2025.

II. DISCUSSION

¶4 We review a grant of summary judgment de novo. Pell v. Sandoval Mfg. Co., 412 N.A.2d
1190, 1193 (N. Ard. 1998). Close timing between protected activity and an adverse action
may, together with other evidence, support an inference of retaliation. Id. at 1195.

¶5 Here, Fellowes was dismissed some six weeks after her report. Her attendance record for
the preceding 24 months showed two unexcused absences, and the supervisor who recommended
her dismissal had approved 11 of the schedules she reported. A reasonable juror could find
that the stated reason was a pretext.

III. CONCLUSION

¶6 We reverse the judgment on the whistleblower claim, affirm it in all other respects, and
remand for further proceedings consistent with this opinion.

CONCURRING: PALACIOS, Presiding Judge, and WEN, Judge.""",
        (
            expect("2015-06-01", "hired"),
            expect("2021-01-12~", "reported"),
            expect("2021-02-26", "terminated"),
            expect("2021-08-09", "complaint"),
            expect("2023-05-17", "judgment"),
            expect("2023-06-14", "appeal"),
            expect("2025-01-08", "argument"),
        ),
    ),
    Text(
        "marrowby-history",
        "encyclopedia history",
        None,
        """Marrowby

Marrowby is a market town and civil parish in the Dunmere valley, 14 miles (23 km) north of
Coldham. Population: 6,412 (2021 census).

History

A priory of Augustinian canons was founded at Marrowby possibly in 1134 by Walter de Brace,
whose charter names "the brothers of Merewebi". Its church, the present parish church of
St Giles, was built c. 1210 and retains a fine west doorway. The town received a market
charter from Edward I in 1287, and a wool market flourished there until the 16th century.

The priory was dissolved in 1539. Between 1540 and 1560 its buildings were quarried for
stone, and the only survivals are the gatehouse and part of the cloister wall. By the early
19th century the town had some 1,850 inhabitants.

Fires damaged the town centre in 1666, 1702 and 1731, after which most houses on the market
place were rebuilt in brick. The Dunmere Valley Railway arrived in 1847, and the town's
tannery and two breweries grew on the cattle trade it brought. In the 1920s the market
declined, and the last brewery closed after the Second World War.

Since 1974 Marrowby has been part of the district of West Dunmere. A bypass to take through
traffic off the market place is planned to open in 2027.

Landmarks

- St Giles' Church (Grade I)
- Priory gatehouse (scheduled monument)
- The Market Cross, rebuilt after the fire of 1731

See also

- List of places in the Dunmere valley
- Marrowby Priory

References

1. Harlow, J. (1998). A History of Marrowby. Coldham: Dunmere Press. pp. 12-40.""",
        (
            expect("1134?", "priory", "founded"),
            expect("1210~", "church", "built"),
            expect("1287", "charter"),
            expect("1539", "dissolved"),
            expect("1540/1560", "quarried"),
            expect("1666", "fire"),
            expect("1702", "fire"),
            expect("1731", "fire"),
            expect("1847", "railway"),
            expect("1974/..", "district"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "ashford-rovers-kingsmere",
        "sports report",
        date(2025, 2, 16),
        """Rovers end Kingsmere's unbeaten run

By Dan Keel at Fallow Lane

Ashford Rovers 3 Kingsmere Town 1

Ashford Rovers beat league leaders Kingsmere Town 3-1 at Fallow Lane on Saturday, their
first win over Kingsmere since 2009, to end a 14-match unbeaten run for the visitors.

Tomas Reyne, signed from Harbridge in January, scored twice in the first half. The
19-year-old striker turned in Kai Morrow's low cross after 11 minutes and added a second
from the penalty spot on 38 minutes after Morrow was tripped by Sam Delacroix.

Kingsmere, who were promoted in 2022, pulled one back through Ollie Hunt's header seven
minutes after the break, and pressed hard until Jude Amari's curling shot from 20 yards
settled it in stoppage time. A crowd of 2,014, Rovers' largest of the campaign, stayed to
applaud the home side off.

Rovers were without captain Lewis Okafor, who injured his hamstring on 1 February and
watched from the stand. Manager Ellie Brandt, appointed in November 2023, said: "We've
beaten the best side in the division and we did it without our skipper. I couldn't ask for
more."

Kingsmere remain four points clear at the top. Rovers, as they do every February, wore
their black away kit in memory of the club's founders.

Rovers visit Dunmore on Tuesday (kick-off 7.45pm) before the cup quarter-final against Holt
City, which is scheduled for March 8. Work on the new South Stand at Fallow Lane is expected
to be completed by August.

Ashford Rovers: Pike; Grant, Olsen, Bright, Mensah; Amari, Cole, Morrow; Reyne (Dale 81),
Tate, Ward.
Kingsmere Town: Ruiz; Delacroix, Hale, Brook, Finn; Hunt, Lowe, Patel; Sand, Ivers, Moss.""",
        (
            expect("2025-02-15", "rovers", "kingsmere"),
            expect("2025-01", "signed"),
            expect("2022", "promoted"),
            expect("2025-02-01", "injured"),
            expect("2023-11", "appointed"),
            expect("2025-02-18", "dunmore", planned=True),
            expect("2025-03-08", "quarter-final", planned=True),
            expect("../2025-08", "stand", planned=True),
        ),
    ),
    Text(
        "pellworth-coachworks-history",
        "company history",
        None,
        """Our History

Pellworth Coachworks was founded in 1921 by the brothers Arthur and Sidney Pell, two former
aircraft fitters, in a rented cart shed behind the Swan Inn at Pellworth. Their first jobs
were delivery van bodies for local bakers and a hearse for the town's undertaker.

The firm built its first motor bus body, a 20-seater for the Vale Motor Company, in 1926.
The following year it moved to a new works in Dunstan Road, where it remains today.

Between 1939 and 1945 the Dunstan Road works built ambulance bodies and aircraft
components, and the brothers handed the business to Arthur's son Frank. Pellworth was listed
on the stock exchange in 1958, and around 1970 it began exporting coaches to Scandinavia and
the Low Countries.

The Pellworth 2000 touring coach, launched in 1994, became the company's best seller, with
more than 1,900 built. Pellworth was acquired by the Trelawn Group in 1988 and kept its name
and its own design office.

Pellworth has built electric buses since 2014, and every vehicle that leaves Dunstan Road is
road-tested on the same nine-mile loop the brothers used. A second plant, at Marsh Lane, will
open in 2026 to build battery packs.

Pellworth at a glance
- Employees: 1,150
- Vehicles built since 1921: over 38,000
- Head office: Dunstan Road, Pellworth""",
        (
            expect("1921", "founded"),
            expect("1926", "bus"),
            expect("1927", "moved"),
            expect("1939/1945", "ambulance"),
            expect("1958", "listed"),
            expect("1970~", "export"),
            expect("1994", "launched"),
            expect("1988", "acquired"),
            expect("2014/..", "electric"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "lumen-2-mission-summary",
        "mission summary",
        None,
        """LUMEN-2 SOLAR OBSERVATORY - MISSION SUMMARY
Document LSO-MS-004, rev. 4 (2024-05-02)

Mission overview
Lumen-2 observes the Sun's corona and the solar wind from a halo orbit around the Sun-Earth
L1 point, 1.5 million km from Earth. It carries a coronagraph, an extreme-ultraviolet imager
and a plasma analyser, and returns about 140 GB of data a day.

Key facts
Launch mass: 1,210 kg
Launcher: Castor-4, from the Brenna coastal range
Orbit period: 178 days

Timeline
- Launch: 12 March 2021, 04:17 UTC.
- Arrival at L1 and halo orbit insertion: 28 June 2021.
- Science operations began on or about 1 August 2021, after instrument commissioning.
- The spacecraft was in safe mode from 3 to 9 November 2022, after a star tracker fault
  during a solar storm; all instruments were recovered.
- The coronagraph's filter wheel failed on 14 February 2023. The instrument now works with
  its clear filter only.
- The mission was extended in 2024 by the agency's science programme committee.

Future
The extended mission is scheduled to end on 31 December 2028. Its successor, Lumen-3, with a
larger coronagraph, is expected to launch in 2029.

Results
Lumen-2 has recorded more than 2,300 coronal mass ejections, the largest number for any
coronagraph since the 1990s, and has made the first continuous ultraviolet map of a full
rotation of the corona during solar cycle 25.

Contacts
Mission manager: Dr Ines Calloway
Project scientist: Dr Tobiah Renn""",
        (
            expect("2021-03-12", "launch"),
            expect("2021-06-28", "arrival"),
            expect("2021-08-01~", "science", "operations"),
            expect("2022-11-03/2022-11-09", "safe", "mode"),
            expect("2023-02-14", "filter"),
            expect("2024", "extended"),
            expect("2028-12-31", "mission", "end", planned=True),
            expect("2029", "lumen-3", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        None,
        """Ministry of Environment and Water

Statement by the Minister for Water, Helen Arbury, on drought measures

5 August 2025

Following the driest July since 1976, I declared drought on 22 July in the Eastern, Central
and Weald supply regions. Reservoir stocks in those regions fell to 41 per cent of capacity
on 1 August, against a long-term average of 68 per cent for the time of year.

Today I have announced an emergency fund of 12 million pounds to help water companies move
water between regions and to speed up the repair of leaks.

A temporary use ban, under the powers in the Water Resources Act 1991, will come into force
on Monday 11 August for 4.2 million customers of Eastvale Water and Central Aqua. It will
prohibit the use of hosepipes to water gardens, wash cars or fill private pools. The ban
will be reviewed no later than 30 September.

Since 2020, every water company has been required to publish a drought plan and to test it
every two years. I have asked the companies in the drought regions to submit their updated
leakage plans to the Ministry by the end of October.

Every household can help. Please use water wisely, report leaks on 0800 414 1991, and follow
the advice of your water company.

Helen Arbury
Minister for Water

Notes to editors
1. Drought status is reviewed weekly by the National Drought Group.
2. Reservoir figures are published every Monday at www.water.gov.example.""",
        (
            expect("2025-07-22", "drought", "declared"),
            expect("2025-08-01", "reservoir"),
            expect("2025-08-05", "fund"),
            expect("2025-08-11", "ban", planned=True),
            expect("../2025-09-30", "review", planned=True),
            expect("2020/..", "publish"),
            expect("../2025-10", "leakage", planned=True),
        ),
    ),
    Text(
        "millford-bridge-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Millford Bridge reopens after 20-month closure | Vale Gazette</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "news"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Millford Bridge reopens after 20-month closure</h1>
<p class="byline">By Carys Whitlow, Local Democracy Reporter</p>
<p class="meta">Published <time datetime="2024-11-18T09:30:00Z">18 November 2024</time>
 &middot; Updated <time datetime="2024-11-18T14:05:00Z">18 November 2024, 14:05</time></p>
<figure>
  <img src="/img/2024/11/millford-bridge.jpg" alt="Cars crossing Millford Bridge">
  <figcaption>The first cars cross Millford Bridge on Saturday morning.
  Photo: Vale Gazette</figcaption>
</figure>
<p>Millford Bridge reopened to traffic on Saturday, ending a closure that forced drivers
into a 9-mile detour through Ashby.</p>
<p>The bridge, built in 1896, was closed in March 2023 after inspectors found cracks in two
of its cast-iron beams. The county council awarded the &pound;6.8m repair contract to
Dunmore Civil Engineering in August 2023.</p>
<p>Bus route 42 will return to its normal route over the bridge on 2 December, the operator
said. Heavy goods vehicles are expected to be allowed back by 20 December, once the last load
tests are finished.</p>
<p>There will be overnight lane closures from 6 to 10 January while the contractor paints
the railings.</p>
<p>"It has been a long 20 months for everyone in Millford," said councillor Ravi Sethi.</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/2024/11/12/budget-vote">Council budget vote delayed</a>
      <time datetime="2024-11-12">12 November 2024</time></li>
    <li><a href="/news/2023/03/20/bridge-shut">Millford Bridge shut over safety fears</a>
      <time datetime="2023-03-20">20 March 2023</time></li>
  </ul>
</aside>
<footer>&copy; 2024 Vale Gazette Ltd. Newsdesk: 01632 960 418</footer>
</body>
</html>""",
        (
            expect("2024-11-16", "bridge", "reopen"),
            expect("1896", "built"),
            expect("2023-03", "closed"),
            expect("2023-08", "contract"),
            expect("2024-12-02", "bus", planned=True),
            expect("../2024-12-20", "goods", planned=True),
            expect("2025-01-06/2025-01-10", "closures", planned=True),
        ),
    ),
    Text(
        "valdren-avalanche-bulletins",
        "avalanche service's daily bulletins",
        None,
        """VALDREN AVALANCHE SERVICE - NORTHERN RANGE
Daily bulletins, published at 17:00. Forecaster on duty: 0190 44 2300

-----------------------------------------------------------------
Issued: Monday 13 January 2025, 17:00 | Valid until: Tuesday 14 January 2025, 17:00
DANGER LEVEL: 4 - HIGH above 2,000 m; 3 - CONSIDERABLE below

Between 40 and 60 cm of new snow fell from 10 to 12 January, with strong north-westerly
winds. A large natural avalanche released on the Sella north face on Sunday 12 January and
buried the forest road below Alpe Mora over 150 m. Wind slabs are widespread on north and
east aspects above 2,300 m. Backcountry travel is not recommended.

-----------------------------------------------------------------
Issued: Tuesday 14 January 2025, 17:00 | Valid until: Wednesday 15 January 2025, 17:00
DANGER LEVEL: 4 - HIGH above 2,200 m; 3 - CONSIDERABLE below

The Col de Brenn road was closed at 06:00 this morning because of the risk of avalanches
from the Punta Grisa gullies. On Monday afternoon a skier was caught by a slab avalanche
near Piz Alvra at about 2,450 m; he was dug out by his companions and was unhurt. The
forest road below Alpe Mora was cleared of debris on Monday evening. Level 4
has now been issued on 9 days this winter, the most since 2018.

-----------------------------------------------------------------
Issued: Wednesday 15 January 2025, 17:00 | Valid until: Thursday 16 January 2025, 17:00
DANGER LEVEL: 3 - CONSIDERABLE above 2,200 m; 2 - MODERATE below

The Col de Brenn road reopened at 11:30 today after control blasting. The snowpack is
settling slowly. Further control blasting on the Punta Grisa gullies is planned for
Thursday morning. Warming is expected from Friday 17 January, with the freezing level rising
to 2,800 m; wet snow avalanches are then likely on sunny slopes in the afternoon.

Remember: carry a transceiver, shovel and probe, and check the bulletin before every tour.
Emergency: 112""",
        (
            expect("2025-01-10/2025-01-12", "snow"),
            expect("2025-01-12", "avalanche", "sella"),
            expect("2025-01-14", "road", "closed"),
            expect("2025-01-13", "skier"),
            expect("2025-01-13", "forest", "cleared"),
            expect("2025-01-15", "road", "reopen"),
            expect("2025-01-16", "blasting", planned=True),
            expect("2025-01-17", "warming", planned=True),
        ),
    ),
    Text(
        "dunmere-regatta-report",
        "rowing regatta report",
        date(2025, 7, 1),
        """DUNMERE ROWING CLUB - CLUB NEWS
Posted 1 July 2025 by the Captain of Boats

Regatta report: a record, a gale and a home win

The 138th Dunmere Regatta was rowed from Friday 27 to Sunday 29 June on the 1,850 m river
course, with 412 crews entered, the largest entry since 2013. Our thanks to the 90
volunteers, umpires and launch drivers who made it happen.

Friday: In the heats, Harlow RC's eight set a course record of 5:21, two seconds inside the
old best, in a following wind.

Saturday: Racing was suspended for two hours in the afternoon when gusts of 45 km/h made the
start unsafe. The umpires restarted at 16:30 and the last race finished at 20:10.

Sunday: Our own women's eight won the Dunmere Challenge Cup final by a length from Tamsford,
the club's first win in the event for eleven years.

The regatta was first held in 1883 and is rowed every year on the last weekend of June. The
old boathouse, built c. 1900, served as regatta control for the last time: the new boathouse
will be opened on 14 September by the club's president, Dame Ruth Okoro.

Coming up
- Entries for the Autumn Head must be received no later than 31 August.
- Learn to Row courses: Tuesdays and Thursdays, 6.30pm. Call Jo on 07700 900 318.
- Club dinner: tickets 38 pounds from the bar.

Full results are on the results page.""",
        (
            expect("2025-06-27/2025-06-29", "regatta"),
            expect("2025-06-27", "record"),
            expect("2025-06-28", "suspended"),
            expect("2025-06-29", "cup"),
            expect("1883", "first"),
            expect("1900~", "boathouse", "built"),
            expect("2025-09-14", "boathouse", planned=True),
            expect("../2025-08-31", "entries", planned=True),
        ),
    ),
    Text(
        "carrick-bay-tidal-lagoon",
        "tidal lagoon press release",
        None,
        """PRESS RELEASE

Carrick Bay Tidal Lagoon reaches financial close

CARRICK BAY, 9 September 2025 - Carrick Bay Tidal Power Ltd today reached financial close
on its 320 MW tidal lagoon, securing 1.9 billion pounds from a group of eleven lenders and
the National Infrastructure Bank.

The lagoon will enclose 11.5 square kilometres of the bay behind a 9.5 km rock seawall, with
24 bulb turbines generating on both the incoming and the outgoing tide. It will produce
enough electricity for about 155,000 homes.

The project was first proposed circa 2008 by a group of local engineers and received
planning consent in 2021, under the Infrastructure Planning Act 2011. A public consultation
on the design of the seawall path ran from 4 March to 29 April 2024 and drew 3,120
responses.

Construction of the seawall will start in November. First power is expected by the end of
2029, and full commercial operation is scheduled for 2030.

"The tide comes in twice a day, every day, whatever the weather," said chief executive
Morwenna Hale. "Today we have the money to turn that into power for a hundred and twenty
years."

The lagoon will be the largest marine construction project in the region since the
building of the Carrick breakwater.

Notes to editors
- Carrick Bay Tidal Power Ltd is owned by Carrick Energy Partners and Westwater Pension Fund.
- Images and a project video are available on request.

Media enquiries: press@carrickbaylagoon.example | +44 1632 960 227

ENDS""",
        (
            expect("2025-09-09", "financial"),
            expect("2008~", "proposed"),
            expect("2021", "consent"),
            expect("2024-03-04/2024-04-29", "consultation"),
            expect("2025-11", "construction", planned=True),
            expect("../2029", "power", planned=True),
            expect("2030", "operation", planned=True),
        ),
    ),
    Text(
        "nurse-diary-kalvos-1855",
        "nurse's diary of the 1850s",
        None,
        """Hospital at Kalvos.  1855.

Wed. Jan. 3rd. -- Arrived at Kalvos this forenoon after eleven days at sea, very sick the
whole way. The Barrack Hospital is a great square of yellow stone, & the smell of the
corridors is beyond anything I can set down.

Fri. 5th. -- Miss Harland set us to the linen store. Not a clean shirt in the place. We
wash & mend every morning before the surgeons come round, & cut up old sheets for bandages.

Tues. 9th. -- A ship came in w. 300 sick & wounded from the front, & we were up all night
w. them. A lad of 19 from the 47th has lost both feet to the frost.

Sun. 14th. -- Dr. Mowbray died of the fever at 4 this morning. He was kind to us all, &
never once spoke sharp to a nurse.

Tues. 30th. -- A great storm on the 28th, I think, carried off half the tents on the
hill & the men were brought in wet through. Very cold. We have had no coals these three
days.

Fri. Feb. 2nd. -- Wrote to Mother, & sent the stockings for Annie.

Sun. 11th. -- The new wards in the east wing opened, 120 beds, all full by night.
Miss H. says we are to go up to the camp hospital at Belkaya about the 1st
of March.

Sun. Mar. 4th. -- Left for the camp at dawn in a bullock cart with Miss Harland, Sister
Agnes & our boxes. God keep us.""",
        (
            expect("1855-01-03", "arrived"),
            expect("1855-01-05", "linen"),
            expect("1855-01-09", "ship"),
            expect("1855-01-14", "mowbray"),
            expect("1855-01-28?", "storm"),
            expect("1855-02-02", "wrote"),
            expect("1855-02-11", "wards"),
            expect("1855-03-01~", "camp", planned=True),
            expect("1855-03-04", "left"),
        ),
    ),
    Text(
        "hollins-down-transect-2024",
        "butterfly transect report",
        None,
        """HOLLINS DOWN BUTTERFLY TRANSECT
Annual report for 2024
Compiled 14 November 2024 by Jenny Arkwright, transect coordinator

Summary
The transect was established in 1994 and runs for 2.4 km in 9 sections across chalk
grassland and scrub. Recording ran from 1 April to 29 September 2024. Walks are made once a
week between 10:45 and 15:45 in suitable weather, following the national method.

Weather
Walks were missed on 6, 13 and 20 June because of rain, and the total of 23 walks is the
lowest since 2012.

Highlights
- The first Orange-tip was seen on 9 April in section 2.
- A peak count of 412 Chalkhill Blues was made on 3 August, with 300 in section 6 alone.
- A Purple Emperor was reported by a visitor in section 8 on or about 10 July; no photograph
  was taken, so the record is unconfirmed.

Species totals (selected)
Species            2022   2023   2024
Chalkhill Blue      988   1,204  1,093
Marbled White       640   702    515
Small Heath         211   188    97

Management
Section 4 was mown on 15 July, two weeks earlier than agreed, and its counts of Marbled
White fell sharply afterwards. The grazing plan for the down will be reviewed with the
landowner by 31 January 2025.

Thanks
Thanks to the 14 volunteer walkers, and to Peter Lang, who has been recorder for sections
7 to 9 since 2015.""",
        (
            expect("1994", "established"),
            expect("2024-04-01/2024-09-29", "recording"),
            expect("2024-06-06", "walk", "missed"),
            expect("2024-06-13", "walk", "missed"),
            expect("2024-06-20", "walk", "missed"),
            expect("2024-04-09", "orange"),
            expect("2024-08-03", "chalkhill"),
            expect("2024-07-10~", "emperor"),
            expect("2024-07-15", "mown"),
            expect("../2025-01-31", "grazing", planned=True),
            expect("2015/..", "recorder"),
        ),
    ),
    Text(
        "ashcombe-paper-mill-history",
        "paper mill's history",
        None,
        """A Short History of Ashcombe Mill

Paper-making at Ashcombe perhaps began in 1690; a deed of that year mentions "the paper
house by the weir". The present mill is said to have been rebuilt in 1764 by Thomas
Varley, whose watermark, a crowned shield over the letters "TV 1764", is found in parish
registers all over the county.

The first Fourdrinier machine was installed c. 1812, one of the earliest outside London,
and the vats fell silent soon after. In 1836 the Tolley family bought the mill, and the
following year they added a steam engine to drive it when the river ran low.

On the night of 3 February 1871 a fire destroyed the rag house and the finishing loft. The
mill was soon rebuilt, and the tall chimney, 1,750 bricks to a course at its base,
dates from that rebuilding.

Between 1914 and 1918 the mill made cartridge paper for the War Office, working day and
night with a workforce largely of women; one of them, Ada Finch, started there aged 14 and
stayed for 51 years.

After the Second World War demand for fine rag paper fell, and Ashcombe turned to making
blotting paper and card. The mill closed in 1982, when the last machine was sold to a firm
in Portugal.

The Ashcombe Mill Trust bought the buildings, and the mill has been a working museum since
1991. Visitors can watch paper made by hand at the vat every Sunday afternoon.""",
        (
            expect("1690?", "paper"),
            expect("1764?", "rebuilt"),
            expect("1812~", "machine"),
            expect("1836", "bought"),
            expect("1837", "steam"),
            expect("1871-02-03", "fire"),
            expect("1914/1918", "cartridge"),
            expect("1982", "closed"),
            expect("1991/..", "museum"),
        ),
    ),
    Text(
        "prison-capacity-statement",
        "justice minister's prison capacity statement",
        None,
        """Written Ministerial Statement

Ministry of Justice
Prison capacity
Made on: 21 October 2025
Made by: Daniel Ashworth MP, Secretary of State for Justice
Statement number: HCWS1187

On Friday 17 October the adult male estate reached 99.1 per cent of its usable operational
capacity, with 87,960 men in custody. I must act now so that the courts can continue to send
dangerous offenders to prison.

The early release measure, under section 244ZC of the Criminal Justice Act 2003, will begin
on 3 November. Eligible prisoners serving standard determinate sentences
of under four years will be released at the 40 per cent point of their sentence, under
strict licence conditions and with electronic monitoring where the probation service
requires it. Those convicted of serious violence, sexual offences or terrorism are excluded.

I commissioned the Independent Sentencing Review on 30 October 2024, and it reported in May
of this year. The Government has accepted 31 of its 37 recommendations.

We are also building. HMP Fenwold, which opened in March 2024, now holds 1,480 men. A further
1,500 places will be delivered by the end of 2026 through new houseblocks at existing sites,
and a new prison at Oakhurst is expected to open in 2027. Since July 2024 we have added
2,300 places, more than in any comparable period since 2010.

I will update the House on the prison population no later than 15 December, and I will
place the weekly population figures in the Library of the House every Friday.

Copies of the capacity projections are available from the Vote Office.""",
        (
            expect("2025-10-17", "estate", "capacity"),
            expect("2025-11-03", "measure", planned=True),
            expect("2024-10-30", "review", "commission"),
            expect("2025-05", "review", "reported"),
            expect("2024-03", "fenwold"),
            expect("../2026", "places", planned=True),
            expect("2027", "oakhurst", planned=True),
            expect("../2025-12-15", "update", planned=True),
        ),
    ),
    Text(
        "kelbridge-glasshouse-closures-html",
        "botanic garden's HTML glasshouse closures page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Glasshouse closures - Kelbridge Botanic Garden</title>
  <link rel="stylesheet" href="/assets/css/main.css">
  <script defer src="/assets/js/cookie-banner.js"></script>
</head>
<body>
<header>
  <a class="logo" href="/">Kelbridge Botanic Garden</a>
  <nav>
    <ul>
      <li><a href="/visit">Visit</a></li>
      <li><a href="/whats-on">What's on</a></li>
      <li><a href="/glasshouses" aria-current="page">Glasshouses</a></li>
      <li><a href="/membership">Membership</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>Glasshouse closures</h1>
  <p class="updated">Updated <time datetime="2025-04-02">2 April 2025</time></p>
  <p>The garden is open daily 10:00-17:30 (last entry 16:45). Some glasshouses are closed
  for maintenance; please check below before you visit.</p>
  <h2>Current closures</h2>
  <ul>
    <li><strong>Alpine House</strong>: closed since 3 March for roof repairs. It is expected to
    reopen by the end of May.</li>
  </ul>
  <h2>Planned closures</h2>
  <ul>
    <li><strong>Palm House</strong>: closed from 7 to 11 April for glass cleaning.</li>
    <li><strong>Temperate House</strong>: will close at 14:00 on 22 April for a private
    event.</li>
  </ul>
  <h2>Reopened</h2>
  <ul>
    <li><strong>Cactus House</strong>: reopened on 28 March after a pest treatment.</li>
  </ul>
  <p>The Waterlily House opens for the summer on 3 May. The Palm House, built c. 1848 to the
  designs of Thomas Gault, is the oldest glasshouse in the garden.</p>
  <figure>
    <img src="/media/palm-house-2019.jpg" alt="The Palm House in winter">
    <figcaption>The Palm House. Photo (c) Kelbridge Botanic Garden</figcaption>
  </figure>
</main>
<footer>
  <p>Kelbridge Botanic Garden, Garden Lane, Kelbridge KB2 4RT. Tel. 01632 960 1848</p>
  <p>Registered charity no. 1107215. &copy; 2025 Kelbridge Botanic Garden Trust</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-03/..", "alpine", "closed"),
            expect("../2025-05", "alpine", "reopen", planned=True),
            expect("2025-04-07/2025-04-11", "palm", planned=True),
            expect("2025-04-22", "temperate", planned=True),
            expect("2025-03-28", "cactus"),
            expect("2025-05-03", "waterlily", planned=True),
            expect("1848~", "palm", "built"),
        ),
    ),
    Text(
        "tribunal-appeal-ra-decision",
        "immigration tribunal's appeal decision",
        None,
        """IN THE UPPER TRIBUNAL
IMMIGRATION AND ASYLUM CHAMBER

Case No: UI-2024-001873
First-tier Tribunal No: PA/52210/2022

THE IMMIGRATION ACTS

Heard at Carlow House                         Decision & Reasons Promulgated
On 12 March 2025                              On 2 April 2025

Before
UPPER TRIBUNAL JUDGE OKAFOR-HYDE

Between
RA (ANONYMITY ORDER MADE)
Appellant
and
THE SECRETARY OF STATE FOR THE HOME DEPARTMENT
Respondent

DECISION AND REASONS

1. The appellant is a national of Vardania. He arrived in the United Kingdom on or about
3 September 2019, concealed in a lorry, and claimed asylum on 18 September 2019. The
respondent refused the claim on 7 June 2022.

2. In a decision promulgated on 24 January 2024, First-tier Tribunal Judge Marsh dismissed
the appellant's appeal. Permission to appeal was granted by the First-tier Tribunal on
19 April 2024, on the ground that the judge had arguably failed to consider the evidence
about the appellant's relationship.

3. At the hearing before me on 12 March 2025 the appellant was represented by Ms Davar of
counsel and the respondent by Mr Petrie, a Senior Presenting Officer.

4. Since 2021 the appellant has lived with his partner, a British citizen, and her two
children, aged 7 and 11. The judge did not mention the partner's statement, or the letter
from the children's school, in assessing the claim under Article 8 ECHR and paragraph
276ADE(1)(vi) of the Immigration Rules. That was a material error of law: see MS (Article 8:
family life) [2023] UKUT 00145 (IAC), at [31].

Notice of Decision

5. The decision of the First-tier Tribunal involved the making of an error of law and is set
aside, with the findings on the protection claim preserved. The resumed hearing is listed for
9 July 2025 at Carlow House, time estimate 3 hours.

Directions

6. Any further evidence on which either party relies shall be filed and served no later than
4 June 2025.

Signed: J Okafor-Hyde
Upper Tribunal Judge Okafor-Hyde""",
        (
            expect("2019-09-03~", "arrived"),
            expect("2019-09-18", "asylum"),
            expect("2022-06-07", "refused"),
            expect("2024-01-24", "dismissed"),
            expect("2024-04-19", "permission"),
            expect("2025-03-12", "hearing"),
            expect("2021/..", "partner"),
            expect("2025-07-09", "resumed", "hearing", planned=True),
            expect("../2025-06-04", "evidence", planned=True),
        ),
    ),
    Text(
        "hallam-greer-organ-builders",
        "organ builder's history",
        None,
        """Hallam & Greer, Organ Builders: a history

William Hallam was apprenticed circa 1840 to the London builder Joseph Bishopp, and after
some years as a voicer in Bristol he founded his own workshop in Thornbury in 1852. His
first organ, for St Mary's church at Fenby, was perhaps finished in 1854; it survives,
much altered, in the north aisle.

Hallam took John Greer, his foreman, into partnership in 1869, and the firm moved to larger
premises in Canal Street the following year. Between 1885 and 1890 it built the four-manual
organ for Thornbury Town Hall, with 68 speaking stops, still the largest instrument in the
county.

The firm cleaned and enlarged the organ of St Wulfram's Cathedral in 1896, 1903 and 1911,
each time adding stops to the Choir and Solo divisions. In the 1920s it adopted
electro-pneumatic action, and the firm's opus list, which runs to 1,214 instruments, shows
its busiest years between the wars.

The business was taken over by the Greer family in 1931, after the death of William Hallam's
grandson, and has remained with them ever since. Hallam & Greer has restored historic
instruments since 1975, its work including the 1741 Snetzler-style chamber organ at Coldham
Hall, and it now tunes some 240 organs under contract every year.

The firm plans to complete the restoration of the Thornbury Town Hall organ in 2026, to
mark the 170th anniversary of the hall.

Hallam & Greer Ltd, Canal Street Works, Thornbury. Tel. 01632 960 852""",
        (
            expect("1840~", "apprenticed"),
            expect("1852", "workshop"),
            expect("1854?", "organ", "fenby"),
            expect("1869", "partnership"),
            expect("1870", "moved"),
            expect("1885/1890", "town", "hall"),
            expect("1896", "cathedral"),
            expect("1903", "cathedral"),
            expect("1911", "cathedral"),
            expect("1931", "greer", "family"),
            expect("1975/..", "restor"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "pellbury-croquet-calendar",
        "croquet club's calendar",
        date(2025, 1, 20),
        """PELLBURY CROQUET CLUB
Fixtures and Events Calendar 2025
Issued January 2025 by the Fixtures Secretary

The club's three lawns were laid in 1903 on the old rectory paddock. Club afternoons are
held every Tuesday and Thursday from 2 pm while the lawns are open; all members welcome.

Date                 Event                                      Contact
Sat 26 April         Lawns open for the season                  Groundsman
Sat 10 May           Opening Day and President's Tea            Social Sec.
Sat 7 - Sun 8 June   Golf Croquet Open (handicaps -2 to 20)     Tournament Sec.
Wed 18 June          Evening match v. Dunmore CC, 6.30 pm       Match Sec.
Sat 19 July          Club Championship finals                   Tournament Sec.
Sat 13 September     Annual General Meeting, 2.30 pm, pavilion  Hon. Secretary
Sun 5 October        Lawns close for the winter                 Groundsman

Notes
1. Subscriptions (full member 145 pounds, under-25s 40 pounds) are due by 31 March.
2. Entry fee for club tournaments is 12 pounds, payable on the day.
3. Visitors are welcome on club afternoons for a green fee of 5 pounds.

Contacts
Hon. Secretary: Mrs Anne Bellamy, 01632 960 775
Fixtures Secretary: Mr Colin Yeo, fixtures@pellburycroquet.example

Please check the noticeboard in the pavilion for any changes to this calendar.""",
        (
            expect("1903", "lawns", "laid"),
            expect("2025-04-26", "lawns", "open", planned=True),
            expect("2025-05-10", "opening", planned=True),
            expect("2025-06-07/2025-06-08", "golf", planned=True),
            expect("2025-06-18", "dunmore", planned=True),
            expect("2025-07-19", "championship", planned=True),
            expect("2025-09-13", "meeting", planned=True),
            expect("2025-10-05", "lawns", "close", planned=True),
            expect("../2025-03-31", "subscriptions", planned=True),
        ),
    ),
)
