"""The hundred-and-ninetieth batch of texts for the evaluation of ``kztimeline draft``,
written blind.

Twenty invented texts, one in each of these styles: a wire story with a dateline, a press
release, a court opinion, an encyclopedia history, a sports report, a company history, a
mission summary (space), a government statement, an HTML news page, a pollen forecast
bulletin, a fell race report, a pharmacy chain closure release, a drover's account book of the
1820s, an otter spraint survey report, a workhouse's history, a justice minister's prison
building statement, a library HTML author events page, a parking adjudicator's decision, a
boatyard's history and a cycling club's audax calendar. The organisations, people and facts are
made up. Facts whose date a reader could take two ways (a season, "next week", "recently"),
habits, comparisons and document furniture are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETIETH_CORPUS",)


HUNDREDNINETIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-restart",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRELBY, March 12 (Northwire) - Arvale Metals will restart the first furnace at its
fire-damaged Kestrelby smelter on Monday, the company said, ending a seven-week shutdown that
has left about 400 contract workers without shifts.

The fire broke out in the smelter's casting hall on January 27 and burned for 11 hours before
crews from three towns brought it under control. No one was injured, but the blaze destroyed
two overhead cranes and the plant's main control room.

Insurers settled the first part of the company's claim on February 20, Arvale said in a
statement, and two replacement cranes have since been installed. The second furnace is
expected to be back in operation by April 30, chief executive Hanne Ludvik told reporters at
the plant gates. "We owe this town a quick restart," she said.

The smelter opened in 1961 and was bought by Arvale, then a mid-sized Nordic trading house, in
about 2003. It produces some 190,000 tonnes of copper cathode a year and is the region's
biggest private employer.

Local officials said the fire was the worst industrial accident in the county since 1988. The
municipal council, which meets every Thursday during the budget season, has set aside
12 million crowns for affected households.

(Reporting by Elin Varga; Editing by Jonas Pike; Northwire desk +46 8 555 0142)""",
        (
            expect("2025-03-17", "furnace", "restart", planned=True),
            expect("2025-01-27", "fire"),
            expect("2025-02-20", "insurers", "claim"),
            expect("../2025-04-30", "second", "furnace", planned=True),
            expect("1961", "smelter", "open"),
            expect("2003~", "arvale"),
        ),
    ),
    Text(
        "halden-laboratory",
        "press release",
        date(2024, 6, 4),
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Halden Biosystems opens £22 million enzyme laboratory at Fenwick Science Park

MARLOWE FEN, 4 June 2024 - Halden Biosystems Ltd, which develops enzyme assays for hospital
laboratories, today opened its new research laboratory at Fenwick Science Park, doubling the
company's research space.

Construction of the three-storey building began in March 2023. It was funded in part by an
£18 million Series B round that Halden closed in November 2022, led by Greyling Ventures.

The laboratory is expected to house some 60 scientists by 2026. A second building, for pilot
manufacturing, is planned to open on the adjoining plot in 2027.

Halden was founded in 2009 by Dr Priya Almeida and Dr Tom Haverly as a spin-out of the
University of Marlowe, and moved to Fenwick in 2014. Its sepsis assay has been used in
hospitals across the region since 2016.

"This is the biggest step for us since we left the university," said Dr Almeida, chief
executive. "We now have the room to take our assays from the bench to the ward."

ENDS

Notes to editors
Halden Biosystems employs 140 people and is certified to ISO 13485:2016. Its assays HB-2210
and HB-3040 carry the CE mark.

Media contact: Rosa Feltham, Halden Biosystems, press@haldenbio.example, +44 1480 555 019""",
        (
            expect("2024-06-04", "laboratory", "open"),
            expect("2023-03", "construction"),
            expect("2022-11", "round"),
            expect("../2026", "scientists", planned=True),
            expect("2027", "second", "building", planned=True),
            expect("2009", "found"),
            expect("2014", "fenwick"),
            expect("2016/..", "assay"),
        ),
    ),
    Text(
        "dunmore-v-ashgrove",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS
THIRD APPELLATE DISTRICT

No. 3-24-0187

MARTIN DUNMORE, d/b/a Dunmore Building Supply,
        Plaintiff-Appellant,
v.
ASHGROVE TIMBER COMPANY,
        Defendant-Appellee.

Appeal from the Circuit Court of Calder County, No. 22-L-0031.
Honorable Ruth E. Pell, Judge Presiding.

OPINION

JUSTICE HALVORSEN delivered the opinion of the court:

¶ 1 On or about May 14, 2021, plaintiff Martin Dunmore agreed in writing to buy 90,000 board
feet of kiln-dried oak from defendant Ashgrove Timber Company, a licensed hardwood dealer since
1998. The agreement called for delivery in three loads.

¶ 2 Ashgrove delivered the last load before September 10, 2021. Dunmore notified Ashgrove of
warped and split boards on September 14 and refused to pay the balance of $61,250. He filed
suit on January 5, 2022, alleging breach of the implied warranty of merchantability under
section 2-314 of the Commercial Code of 1961.

¶ 3 The circuit court granted summary judgment for Ashgrove on June 2, 2023, finding that
Dunmore's notice was untimely, and Dunmore appealed on June 28. We heard oral argument on
November 19, 2024. For the reasons that follow, we reverse and remand.

¶ 4 Whether notice was given within a reasonable time is ordinarily a question of fact. The
record shows that Dunmore inspected each load on arrival, as he did with every delivery, and
that the defects became visible only after the boards had acclimatized for several days. A
jury could find that notice given four days after the last delivery was reasonable.""",
        (
            expect("2021-05-14~", "agree"),
            expect("1998/..", "dealer"),
            expect("../2021-09-10", "deliver"),
            expect("2021-09-14", "notif"),
            expect("2022-01-05", "suit"),
            expect("2023-06-02", "summary", "judgment"),
            expect("2023-06-28", "appeal"),
            expect("2024-11-19", "oral", "argument"),
        ),
    ),
    Text(
        "oskerby-history",
        "encyclopedia history",
        None,
        """Oskerby

Oskerby is a market town and civil parish in the district of North Tanedale, on the south
bank of the River Tane. It has a population of about 14,000.

History

A settlement at Oskerby is recorded in c. 1086, when it was held by the abbey of St Ebba. The
town received a market charter in 1253. A stone bridge over the Tane, perhaps built in 1320,
replaced the ford that gave the town its name; its date rests on a single later chronicle.

The parish church of St Ebba was rebuilt between 1462 and 1475 in the Perpendicular style.
During the Civil War the town was occupied by Parliamentary troops in 1644, and in 1701 a fire
destroyed much of the High Street, which was rebuilt in brick.

The railway reached Oskerby in 1859, when the Tanedale Railway opened its line from
Brackwater; the station closed in 1964, and the trackbed is now a footpath. The town's cattle
market, the largest in the riding for much of the 19th century, closed in 1988.

Culture

Oskerby has been twinned with Saint-Marc-sur-Lys in France since 1972. Its Midsummer Fair is
held on the water meadows each June, and the Oskerby Silver Band, which rehearses every
Wednesday in the old corn exchange, plays at the opening.

See also: List of market towns in Tanedale; River Tane.""",
        (
            expect("1086~", "settlement"),
            expect("1253", "market", "charter"),
            expect("1320?", "bridge"),
            expect("1462/1475", "church", "rebuilt"),
            expect("1644", "troops"),
            expect("1701", "fire"),
            expect("1859", "railway"),
            expect("1964", "station", "clos"),
            expect("1988", "cattle", "market"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "rovers-at-ashby",
        "sports report",
        date(2024, 9, 22),
        """Rovers end Ashby hoodoo as Kellerman strikes twice

By Sam Okonjo
Sunday 22 September 2024

ASHBY TOWN 1 CALDER ROVERS 3

Calder Rovers beat Ashby Town at the Mill Ground on Saturday, with January signing Niko
Kellerman scoring twice to lift his side to fourth in the table.

Kellerman, who joined from Brackwater in January, opened the scoring after 14 minutes with a
low shot across the keeper and headed in the second just before half-time. Ashby, promoted in
2023, pulled one back through Ilya Doran, but substitute Femi Ash sealed it in stoppage time.
It was Rovers' first win at Ashby since 2009.

Manager Petra Lund, appointed in May 2022, praised her defence. "We suffered for twenty
minutes after the break, and nobody hid," she said. "That is what this group is about."

Rovers, who have scored in every away game this season, host Dunford on Wednesday before a
cup tie at Millbrook on October 5. Captain Dale Morrow, out with a hamstring injury since the
opening day, is expected to return for the derby against Tanebridge on October 19.

Ashby: Kemp; Hollis, Doran, Pryor, Wade; Mbeki, Sorel (Tate 71); Fenn, Gale, Orr; Lusk.
Rovers: Hart; Ames, Quill, Noor, Bell; Lowry, Stroud; Kellerman, Dyce (Ash 78), Vance; Reid.
Attendance: 3,412.""",
        (
            expect("2024-09-21", "rovers", "ashby"),
            expect("2024-01", "kellerman", "join"),
            expect("2023", "ashby", "promot"),
            expect("2022-05", "lund", "appoint"),
            expect("2024-09-25", "dunford", planned=True),
            expect("2024-10-05", "cup", "millbrook", planned=True),
            expect("2024-10-19", "morrow", "return", planned=True),
        ),
    ),
    Text(
        "brannock-ropes",
        "company history",
        None,
        """Our history

Brannock & Sons has made rope in Dunmarsh for nearly 140 years.

William Brannock, a ship's rigger, founded the business in 1887 in a rented ropewalk behind
the Anchor Inn. Fifteen years later, in 1902, the firm moved to the purpose-built Canal Street
works, where its 300-yard ropewalk still stands.

Between 1939 and 1945 the works ran day and night, making cordage and cargo nets for the Navy.
Brannock has supplied mooring lines to the Royal Dunmarsh Yacht Club since 1953, and around
1960 the company switched most of its production from manila to nylon, which sailors then
called the miracle fibre.

Brannock won the Guild Prize for Export in 1974, 1981 and 1990, more often than any other
firm in the county.

Today the company is run by William's great-granddaughter, Carys Brannock, and employs
46 people, many of them the children and grandchildren of earlier ropemakers. Every
apprentice still learns to lay a three-strand rope by hand in their first month.

A new factory on the Marsh Lane estate, which will let us triple our output of braided lines,
is due to open in 2026. The Canal Street ropewalk will stay in use for heritage and
made-to-order work.

Brannock & Sons Ltd · Company No. 00214776 · Canal Street, Dunmarsh DM4 2RT · 01632 960 418""",
        (
            expect("1887", "found"),
            expect("1902", "canal"),
            expect("1939/1945", "navy"),
            expect("1953/..", "yacht"),
            expect("1960~", "nylon"),
            expect("1974", "guild", "prize"),
            expect("1981", "guild", "prize"),
            expect("1990", "guild", "prize"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "corvid-mission",
        "mission summary",
        date(2025, 2, 10),
        """CORVID ASTEROID SAMPLE-RETURN MISSION - STATUS SUMMARY
Mission operations, Hallam Space Agency · Page updated 10 February 2025

Corvid was launched on 14 March 2021 from the Brightwater launch site on a Tern-5 rocket,
bound for the carbonaceous near-Earth asteroid 1998 KT12, nicknamed Velhaven. After an Earth
flyby on 21 May 2022, the spacecraft arrived at Velhaven on 2 August 2023 and released its
small lander, Pip, on 19 October. Pip operated on the surface for about 60 hours, returning
2,140 images.

Corvid collected its surface sample around 11 November, firing a 5-gram tantalum pellet into
the regolith. The team estimates the container holds 80 to 120 grams of material, the largest
sample of a C-type asteroid since 2020. The spacecraft left Velhaven in June 2024 for the
cruise home.

Current status

The star tracker on Corvid's main bus failed on Tuesday, and the spacecraft is now navigating
on its backup unit. Engineers are to upload a software fix by 28 February. The sample capsule
is scheduled to land in the Nullagine test range on 8 December 2026.

Mission facts

Mass at launch: 1,870 kg · Distance from Earth: 96.4 million km · Days in flight: 1,429
Principal investigator: Dr Amara Kessel, University of Hallam
Contact: corvid-ops@hsa.example""",
        (
            expect("2021-03-14", "launch"),
            expect("2022-05-21", "earth", "flyby"),
            expect("2023-08-02", "arriv"),
            expect("2023-10-19", "lander"),
            expect("2023-11-11~", "sample"),
            expect("2024-06", "velhaven"),
            expect("2025-02-04", "star", "tracker"),
            expect("../2025-02-28", "software", "fix", planned=True),
            expect("2026-12-08", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-measures",
        "government statement",
        date(2025, 7, 18),
        """MINISTRY OF WATER AND ENVIRONMENT
Statement on drought measures
Issued: Friday 18 July 2025 | Ref: MWE/PR/2025/114

The Minister for Water, Ruth Abernethy, today confirmed that a temporary use ban on hosepipes
and sprinklers will come into force in the Eastern and Central supply regions on Monday
21 July.

Drought status was declared for both regions on 24 June, after the driest spring in 47 years.
Storage in the regions' reservoirs fell below 40 per cent on 9 July. Since 30 June the Carrow
Point desalination plant, commissioned in 2022, has been running at full capacity.

The Minister will meet the chief executives of the five water companies on Thursday to review
progress on leakage repairs. Companies must submit any applications for emergency drought
orders no later than 15 August.

"Every litre counts," the Minister said. "I thank the households who have already cut their
use, and I ask everyone to check the rules for their area before watering gardens."

The ban is made under section 76 of the Water Industry Act 1991. Further statements will be
issued each Friday while drought status remains in force.

Media enquiries: Ministry press office, 020 7946 0321""",
        (
            expect("2025-07-21", "hosepipe", "ban", planned=True),
            expect("2025-06-24", "drought", "declar"),
            expect("2025-07-09", "reservoir"),
            expect("2025-06-30/..", "desalination"),
            expect("2022", "desalination", "commission"),
            expect("2025-07-24", "meet", planned=True),
            expect("../2025-08-15", "drought", "order", planned=True),
        ),
    ),
    Text(
        "greyford-tram",
        "HTML news page",
        date(2024, 11, 5),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Council backs tram extension to Eastfield | Greyford Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Council backs £140m tram extension to Eastfield</h1>
<p class="byline">By Ada Merrion, transport reporter ·
<time datetime="2024-11-05">5 November 2024</time></p>
<p>Greyford city council on Monday approved a 2.1-kilometre extension of the city's tram line
to the Eastfield estate, by 41 votes to 19.</p>
<p>The plan was first presented in April 2024. A public consultation ran from 3 to 28 June and
drew 4,100 responses, two-thirds of them in favour.</p>
<p>Work on the extension is to start in March 2025, and the new section is expected to open in
2027. The council estimates that the line will carry some 18,000 passengers a day by 2030.</p>
<p>Greyford's first tram line opened in 1998; a second followed in 2006. Trams run every six
minutes on weekdays.</p>
<p>"This is the biggest investment in public transport here since the first line," said
council leader Omar Haddad. Opposition members said the £140m would be better spent on
buses.</p>
</article>
<aside><h2>Related</h2>
<ul><li><a href="/news/2023/bus-fares">Bus fares rise for third year</a></li></ul></aside>
<footer><p>&copy; 2024 Greyford Courier Ltd. Registered in England No. 01987654.</p></footer>
</body>
</html>""",
        (
            expect("2024-11-04", "extension"),
            expect("2024-04", "plan", "present"),
            expect("2024-06-03/2024-06-28", "consultation"),
            expect("2025-03", "work", planned=True),
            expect("2027", "open", planned=True),
            expect("../2030", "passengers", planned=True),
            expect("1998", "first", "line"),
            expect("2006", "second"),
        ),
    ),
    Text(
        "pollen-forecast",
        "pollen forecast bulletin",
        date(2025, 5, 16),
        """NATIONAL POLLEN AND AEROBIOLOGY UNIT - POLLEN FORECAST
Issued: Friday 16 May 2025, 10:00 · Region: South Midlands · Bulletin 2025/31

Summary
Grass pollen will be high on Saturday as warm, dry air moves north, and very high on Sunday,
when counts could be the highest in the region since 2018. A band of rain on Tuesday should
bring counts down to moderate across most of the region.

Season so far
The grass pollen season began on 9 May, about a week earlier than the 1995-2024 average. The
birch season ended around 5 May, and birch counts are now low. Oak pollen remains moderate.

Advice for hay fever sufferers
Keep windows closed in the early evening, when grass counts usually peak, and shower and
change clothes after spending time outdoors. Wraparound sunglasses help.

Services
The new PollenWatch app, launched on 2 April, gives hourly forecasts by postcode. Counts are
measured daily at the Ashcombe and Wexley traps.

Forecast prepared by Dr L. Marsh · pollen@npau.example · 0116 496 0832""",
        (
            expect("2025-05-17", "grass", "high", planned=True),
            expect("2025-05-18", "very", "high", planned=True),
            expect("2025-05-20", "rain", planned=True),
            expect("2025-05-09", "grass", "season"),
            expect("2025-05-05~", "birch", "season"),
            expect("2025-04-02", "pollenwatch"),
        ),
    ),
    Text(
        "scar-pike-horseshoe",
        "fell race report",
        date(2024, 6, 10),
        """SCAR PIKE HORSESHOE - RACE REPORT
Category AL · 21 km · 1,980 m ascent
Posted Monday 10 June 2024 by Gwen Hartley, race secretary

The 41st Scar Pike Horseshoe was run on Saturday in blazing sunshine, with 212 starters and
204 finishers. Water was handed out at Raven Crag and at the Stang, and the checkpoint on
the Pike (grid ref NY 1987 0734) was busy all afternoon.

Tom Ashworth (Tanedale Harriers) led from Raven Crag and won in 2:01:44, with Rob Saddler
(Langmere Fell Runners) second in 2:04:10. Jo Tennant (Langmere) was first woman in 2:19:05,
outside her own course record of 2:14:30, set in 2019. Full results are on the club website.

The next counter in the Northern Fell Championship is the Harrow Gill race on Saturday
29 June. Entries for the Helm Wind Relay close on Monday 1 July.

Thanks to the Tanedale Mountain Rescue Team, to the 30 marshals and to Ben Castle, who has
organised the race since 2007 and still sweeps the course every year.

The race was first held in 1982. It was cancelled in 2001, when foot-and-mouth disease closed
the fells, and again in 2020.""",
        (
            expect("2024-06-08", "horseshoe"),
            expect("2019", "record"),
            expect("2024-06-29", "harrow", "gill", planned=True),
            expect("2024-07-01", "relay", planned=True),
            expect("2007/..", "castle"),
            expect("1982", "first"),
            expect("2001", "cancel"),
            expect("2020", "cancel"),
        ),
    ),
    Text(
        "wellmore-closures",
        "pharmacy chain closure release",
        date(2025, 1, 20),
        """NEWS RELEASE

Wellmore Pharmacy to close 14 branches in consolidation

20 January 2025

Wellmore Pharmacy today announced that it will close 14 of its 212 branches as part of a review
of its store estate. All 14 will close on or before 28 February, and no patient will be left
without a pharmacy within three miles of their usual branch.

The first to go will be the Elm Road branch in Cardale, which will close on Saturday.
Prescriptions from the closing branches will be transferred to the nearest Wellmore branch on
3 March, and patients do not need to take any action.

Staff at the affected branches were told of the plans on Thursday. Wellmore expects around 60
of the 95 affected colleagues to move to other branches.

Wellmore was founded in 1972 by pharmacist Ellen Dray with a single shop in Hallam Road,
Cardale, and opened its 100th branch in 2008. It was bought by Aster Health in October 2021.

Like-for-like dispensing volumes fell 9 per cent in the year to 30 September, the steepest
drop since 2015, which the company attributed to lower NHS fees and rising costs.

Notes to editors: a full list of the 14 branches is available at wellmore.example/branches.
Wellmore Pharmacy Ltd is registered in England and Wales, company number 01120733.

Press office: 0161 496 0774 (24 hours)""",
        (
            expect("../2025-02-28", "branches", planned=True),
            expect("2025-01-25", "elm", "road", planned=True),
            expect("2025-03-03", "prescriptions", planned=True),
            expect("2025-01-16", "staff"),
            expect("1972", "found"),
            expect("2008", "100th"),
            expect("2021-10", "aster"),
        ),
    ),
    Text(
        "morgan-drover-book",
        "drover's account book of the 1820s",
        None,
        """THE ACCOUNT BOOK OF EVAN MORGAN, DROVER, OF CWMRHYD
Transcribed from the original in the Tanedale Record Office (ref. D/MOR/1/2).
Spelling and sums as in the original.

1823.
Sept. 29. Michaelmas. Pd. Mr Vaughan the half year's rent of the Cwmrhyd fields
    £6 10s. 0d.

1824.
Apr. 26. Set out from Tregarth with 160 head of black cattle & 2 dogs. Pd. toll at every
    gate on the road, 2d. a head.
May 8. At Barnet fair. Sold 64 beasts to Mr Harley of Romford at £4 10s. a head, £288.
    Mem. Recd. of Mr Harley on or abt. the 12th inst. the balance, £210, in notes of the
    Aberdovey bank, Nos. 1819 & 1826.
    Mem. To be at Hereford fair by Oct. 20 next with the Michaelmas drove, as agreed with
    Mr Price of Kington.
Pd. the boy Dai for the journey, 1s. a day & his keep.

1825.
Jan. 4. Pd. Jno. Pryce in full for 40 runts, £35.
Apr. 5. Licence renewed at the Quarter Sessions, Lampeter, 5s.

[Editor's note: Morgan's entries are brief and his spelling of place-names varies from page
to page. He died in or about 1838 and is buried at Llanfair Clydogau.]""",
        (
            expect("1823-09-29", "rent"),
            expect("1824-04-26", "tregarth"),
            expect("1824-05-08", "barnet"),
            expect("1824-05-12~", "balance"),
            expect("../1824-10-20", "hereford", planned=True),
            expect("1825-01-04", "pryce"),
            expect("1825-04-05", "licence"),
            expect("1838~", "morgan"),
        ),
    ),
    Text(
        "tane-otter-survey",
        "otter spraint survey report",
        date(2024, 8, 19),
        """TANE CATCHMENT OTTER (Lutra lutra) SPRAINT SURVEY 2024
Report ref. OS/24/07 · Prepared for Tanedale Rivers Trust by Fenwick Ecology · 19 August 2024

1. Summary
Fresh otter spraint was found at 23 of the 40 sites surveyed. Otters have been recorded on the
Tane since 1991, and previous full surveys of the catchment were made in 2004, 2011 and 2018;
this year's occupancy (58%) is the highest of the four full surveys.

2. Methods
Surveys were carried out from 3 to 7 June 2024 by two surveyors, following the standard 600 m
search of both banks at each site, centred on bridges where possible. Sites are identified by
number and grid reference (e.g. site T14, SO 1998 4410). Weather was dry throughout and river
levels were low.

3. Results
Fresh spraint was found at site T14 on 5 June, the first record on the Coedmawr reach, where
a weir was removed in 2021. A possible couch was noted under an alder root at site T22. No
dead otters were reported to the Trust during the survey period.

4. Recommendations
A repeat survey of the Coedmawr reach is planned for October 2024. All 40 sites should be
resurveyed by 31 March 2025. Landowners on the upper Tane are visited each spring to discuss
bankside fencing.

Contact: Dr Nia Rowlands, Fenwick Ecology, 01874 555 203""",
        (
            expect("1991/..", "otters"),
            expect("2004", "survey"),
            expect("2011", "survey"),
            expect("2018", "survey"),
            expect("2024-06-03/2024-06-07", "survey"),
            expect("2024-06-05", "spraint"),
            expect("2021", "weir"),
            expect("2024-10", "repeat", "survey", planned=True),
            expect("../2025-03-31", "resurvey", planned=True),
        ),
    ),
    Text(
        "stanbridge-workhouse",
        "workhouse's history",
        None,
        """Stanbridge Union Workhouse

The Stanbridge Poor Law Union was formed under the Poor Law Amendment Act of 1834, and its
workhouse, designed by the architect George Pellew for 300 inmates, opened on the Ashby road
in 1838. An infirmary was added in 1871 and a chapel in 1879.

The workhouse's early years were troubled. Complaints about the diet and the treatment of the
children led to an inquiry by the Poor Law Board, which began in 1852; the master, Josiah
Crane, was dismissed the following year. Men picked oakum and broke stones each morning, and
women worked in the laundry, which served the whole union.

In 1930, when the boards of guardians were abolished, the building passed to the county
council as a Public Assistance Institution, and in 1948 it became Stanbridge Hospital under
the new National Health Service. The hospital closed in about 1992, and the main block has
been flats since 2003. Little survives of the infirmary, but the chapel is now a dance
studio.

A memorial to the more than 1,100 paupers buried in the grounds is due to be unveiled in
2026. The Stanbridge Heritage Group, which meets on the first Monday of each month, is
collecting names from the union's admission registers.""",
        (
            expect("1838", "workhouse", "open"),
            expect("1871", "infirmary"),
            expect("1879", "chapel"),
            expect("1852", "inquiry"),
            expect("1853", "crane", "dismiss"),
            expect("1930", "county", "council"),
            expect("1948", "hospital"),
            expect("1992~", "hospital", "clos"),
            expect("2003/..", "flats"),
            expect("2026", "memorial", planned=True),
        ),
    ),
    Text(
        "prison-capacity-statement",
        "justice minister's prison building statement",
        date(2025, 10, 2),
        """Prison capacity: statement by the Minister of Justice
Delivered to the Assembly, Thursday 2 October 2025

Madam Speaker, with permission I will make a statement on prison capacity.

On 19 September the prison population reached 21,400, the highest figure on record and within
300 of our usable operational capacity. I will not allow our prisons to run out of places.

Construction of the new 1,500-place prison at Caldwick began in January 2024. I can tell the
House that it is on schedule to be completed by December 2026, and the first prisoners are
expected to arrive in March 2027. Alongside Caldwick, we will install 900 rapid-deployment
cells at existing sites and expand HMP Fordham in the spring of 2027.

HMP Redmarsh, which opened in 1879, no longer meets modern standards. It will close by 2029,
once Caldwick is full, and its staff will be offered posts at the new prison.

I will publish the full ten-year capacity plan on Tuesday, and I will update the House every
three months thereafter. These measures are taken under the Prisons Act 1952 and the
Sentencing Act 2020.

I commend this statement to the House.""",
        (
            expect("2025-09-19", "population"),
            expect("2024-01", "construction"),
            expect("../2026-12", "complet", planned=True),
            expect("2027-03", "prisoners", planned=True),
            expect("1879", "redmarsh", "open"),
            expect("../2029", "redmarsh", "clos", planned=True),
            expect("2025-10-07", "capacity", "plan", planned=True),
        ),
    ),
    Text(
        "tanebridge-author-events",
        "library HTML author events page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Author events - Tanebridge Central Library</title></head>
<body>
<header><a href="/">Tanebridge Libraries</a> &rsaquo; <a href="/whats-on">What's on</a>
&rsaquo; Author events</header>
<main>
<h1>Author events: spring 2025</h1>
<p class="updated">Page updated 3 March 2025</p>

<section class="event">
<h2>Mira Solberg: <cite>The Salt Roads</cite></h2>
<p class="when">Thursday 13 March, 19:00-20:30</p>
<p>Mira Solberg, whose debut <cite>Low Tide at Orme</cite> won the Fenwick Prize in 2021,
talks about her new novel with broadcaster Ken Adair.</p>
</section>

<section class="event">
<h2>Ollie Brandt: <cite>The Dog Who Read Maps</cite></h2>
<p class="when">Saturday 22 March, 14:00</p>
<p>A family event for ages 6-10, with drawing and a treasure hunt round the library.</p>
</section>

<section class="event">
<h2>Hana Iwu: <cite>Weathering</cite></h2>
<p class="when">Wednesday 2 April, 19:00</p>
<p>The poet launches her second collection, which is to be published by Kestrel Press on
27 March. Signed copies will be on sale.</p>
</section>

<p>All events take place in the Reading Room, which reopened in November 2023 after
refurbishment. Tickets £5 (£3 concessions, library members free) from the front desk or on
01632 960 555. Our Book Club meets on the second Tuesday of every month.</p>
</main>
<footer>&copy; 2025 Tanebridge Council &middot; Open Mon-Sat 9:00-19:00</footer>
</body>
</html>""",
        (
            expect("2025-03-13", "solberg", planned=True),
            expect("2021", "fenwick", "prize"),
            expect("2025-03-22", "brandt", planned=True),
            expect("2025-04-02", "iwu", planned=True),
            expect("2025-03-27", "publish", planned=True),
            expect("2023-11", "reading", "room"),
        ),
    ),
    Text(
        "raman-v-ashfield",
        "parking adjudicator's decision",
        None,
        """TRAFFIC PENALTY TRIBUNAL - ADJUDICATOR'S DECISION

Case reference: AB 05123 F
Appellant: Mr Dev Raman
Enforcement authority: Ashfield Borough Council
VRM: KX19 DVR        PCN: AF47720316
Adjudicator: Ms Helen Corrigan

Decision: Appeal allowed.

Reasons

1. The Penalty Charge Notice was issued on 3 May 2024 at 10:42 to a vehicle parked in Mill
Lane, Ashfield, in a restricted street during prescribed hours (contravention code 01).

2. Mr Raman made representations on 17 May, which the council rejected by a Notice of
Rejection dated 11 June. He appealed to the tribunal on 2 July, and I heard the appeal by
telephone on 9 August.

3. The restriction is made by the Ashfield (Waiting Restrictions) Order 2019. The council says
that the single yellow line and the time plate have been in place since March 2020 and were
repainted on or about 20 April 2024. It supplied undated photographs.

4. Mr Raman, who says he has parked in Mill Lane every Friday for years, told me that the time
plate was hidden behind a hawthorn hedge. The council's own photograph shows the plate only
partly visible from the driver's side. I find that the restriction was not adequately
signed, and the penalty cannot stand.

5. The council is directed to cancel the Penalty Charge Notice and to refund any sum paid by
11 September 2024.""",
        (
            expect("2024-05-03", "issu"),
            expect("2024-05-17", "representations"),
            expect("2024-06-11", "reject"),
            expect("2024-07-02", "appeal"),
            expect("2024-08-09", "hear"),
            expect("2020-03/..", "yellow", "line"),
            expect("2024-04-20~", "repaint"),
            expect("../2024-09-11", "refund", planned=True),
        ),
    ),
    Text(
        "tollard-boatyard",
        "boatyard's history",
        None,
        """Tollard's Boatyard - A Short History

Boats have been built on Fenby Staithe for as long as anyone can remember, but the yard as we
know it begins with Samuel Tollard, a shipwright from Yarwick, who took the lease of the
staithe in 1868. Two years later he launched his first trading wherry, the Ada, which carried
grain and coal on the river for more than forty years.

His son Walter had a gift for fast hulls. The racing yacht Kittiwake, which he designed and
built in 1911, won the Fenby Cup in 1912, 1913 and 1920, and she still races today.

The war years brought Admiralty work, mostly harbour launches, and the yard employed 38 men at
its peak. The Tollard family sold the yard in about 1959 to the boatbuilder Eric Vane, who
turned to glass-fibre dinghies; more than 1,900 of his Vane 14 design were built here.

Since 1987 the yard has been run as a workers' cooperative, specialising in the restoration of
traditional river craft. The Ada, raised from the mud of Gorran Dyke in 2019, is being rebuilt
in the main shed and will be relaunched in June 2026.

Visitors are welcome on weekdays; please report to the office first.

Tollard's Boatyard Co-operative Ltd · Staithe Road, Fenby · Registered Society No. 29871R""",
        (
            expect("1868", "lease"),
            expect("1870", "ada"),
            expect("1911", "kittiwake"),
            expect("1912", "fenby", "cup"),
            expect("1913", "fenby", "cup"),
            expect("1920", "fenby", "cup"),
            expect("1959~", "vane"),
            expect("1987/..", "cooperative"),
            expect("2019", "raise"),
            expect("2026-06", "relaunch", planned=True),
        ),
    ),
    Text(
        "tanedale-audax-calendar",
        "cycling club's audax calendar",
        date(2025, 1, 15),
        """TANEDALE WHEELERS CC - AUDAX CALENDAR 2025
Updated 15 January 2025

Tanedale Wheelers was founded in 1936 and ran its first audax, the original Frost Hollow, in
1979. All our events are validated by Randonneurs Albion (RA) and count towards the RA points
table. Riders must carry lights, a spare tube and their brevet card.

Sat 15 Feb - Frost Hollow 100 (BP, 104 km, 1,050 m climbing). Start 08:30, Ashby village
hall. Limit 150 riders. Tea and toast at the finish.

Sun 16 Mar - Three Ridges 200 (BRM, 206 km, 2,400 m). Start 07:00, Tanebridge leisure
centre. Entries must be received by 9 March; no entries on the day.

Sat 26 Apr - Wolds Wander 150 (153 km). Start 08:00, Ashby village hall. Controls at Holme
and Kirkby Tane.

Sat-Sun 10-11 May - Tanedale 300/400 (BRM). Start 06:00 Saturday from the clock tower;
overnight control with beds at Kirkby Tane for the 400.

Club runs leave the clock tower every Sunday at 09:00. Route sheets and GPX files are emailed
to entrants the week before each event.

Organiser: Pete Lowther, 07700 900 215, audax@tanedalewheelers.example.
Entry fee £8 (RA members £6).""",
        (
            expect("1936", "found"),
            expect("1979", "first", "audax"),
            expect("2025-02-15", "frost", "hollow", planned=True),
            expect("2025-03-16", "three", "ridges", planned=True),
            expect("../2025-03-09", "entries", planned=True),
            expect("2025-04-26", "wolds", planned=True),
            expect("2025-05-10/2025-05-11", "300", planned=True),
        ),
    ),
)
