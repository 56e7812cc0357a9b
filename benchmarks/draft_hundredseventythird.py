"""The hundred-and-seventy-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool: twenty invented texts, one
in each of these styles: a wire story with a dateline, a press release, a court opinion, an
encyclopedia history, a sports report, a company history, a mission summary, a government
statement, an HTML news page, a drought declaration notice, a horse racing meeting report, a
chocolate factory closure release, a lady's maid's diary of the 1880s, a salmon run count
report, an observatory's history, a housing ministry building safety statement, a railway
heritage HTML timetable page, a competition authority merger decision, a pewterer's history
and a darts league's fixtures bulletin. The organisations, people and facts are made up.
Facts whose date a reader could take two ways (a season, a decade, "next month") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYTHIRD_CORPUS",)


HUNDREDSEVENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-operator-administration",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRAVIK, March 14 (Northline News Agency) - Island ferry operator Skerry Lines entered
administration on Thursday, leaving about 1,400 passengers with bookings on its routes to the
outer islands without a crossing, the company's administrators said.

The firm's largest vessel, the Hjalmar, was withdrawn from service on February 3 after an
engine failure, and the company cut crossings to two a day while it waited for parts from
Germany. Bookings fell sharply in the weeks that followed.

Administrators from Halden Roe said they had received interest from two possible buyers and
hoped to complete a sale of the business by April 30. All 186 staff would be paid until the
end of the month, they said.

The regional transport authority will start a replacement service on Monday, using two
chartered vessels, transport commissioner Ilse Varga told reporters. "Nobody on the islands
will be cut off for more than a weekend," she said.

Skerry Lines, founded in about 1961 by a group of island fishermen, runs three vessels
between Kestravik and the islands of Holm, Varra and Eastskerry. It last made a profit in
2019 and reported losses in 2022 and 2023, according to company filings. It carried some
310,000 passengers in 2024, its best year since 2008.

Island councils, which meet every Tuesday during the winter, have called for the route to be
taken into public ownership.

(Reporting by Signe Brekke; Editing by Paul Amadi)""",
        (
            expect("2025-03-13", "administration"),
            expect("2025-02-03", "hjalmar", "withdrawn"),
            expect("../2025-04-30", "sale", planned=True),
            expect("2025-03-17", "replacement", "service", planned=True),
            expect("1961~", "found"),
            expect("2019", "profit"),
            expect("2022", "loss"),
            expect("2023", "loss"),
            expect("2024", "passengers"),
        ),
    ),
    Text(
        "robotics-plant-opens",
        "press release",
        date(2025, 6, 10),
        """Velmora Robotics Opens Assembly Plant in Grenhaven, Adds 220 Jobs

New facility triples output of warehouse picking robots

GRENHAVEN, Norway, June 10, 2025 /Nordic Business Wire/ -- Velmora Robotics ASA (NBX: VELM),
a maker of autonomous picking systems for warehouses, today opened its new assembly plant in
Grenhaven, the largest robotics factory in the Nordic region. The company will show the
plant's first product, the Kite 4 picking arm, at the RoboLogistics fair in Lindau from 24 to
27 June.

Construction of the 38,000-square-metre plant began in March 2023. The first production line
is already running, and the plant is expected to reach full output by December 2026, when it
will employ around 220 people. A service centre in Malmo is planned to open before
31 March 2026.

"Grenhaven gives us the room to grow for the next decade," said Chief Executive Priya
Castellan. "Every robot we ship from here is built to ISO 10218 and tested on site."

About Velmora Robotics

Founded in 2009 by engineers Priya Castellan and Joachim Ruhl in a university lab in
Trondvik, Velmora acquired the sensor maker Lintra AS in 2017 and listed on the Nordvik Stock
Exchange in 2020. Since 2021 it has supplied the automated picking lines for Skandi Post's
parcel hubs. The company employs 1,150 people in four countries.

Forward-looking statements: This release contains statements about future events that are
subject to risks and uncertainties, and actual results may differ materially.

Media contact:
Hanne Lysaker, Head of Communications
+47 22 40 18 00 | press@velmora.example""",
        (
            expect("2025-06-10", "plant", "open"),
            expect("2025-06-24/2025-06-27", "fair", planned=True),
            expect("2023-03", "construction"),
            expect("../2026-12", "output", planned=True),
            expect("../2026-03-31", "service centre", planned=True),
            expect("2009", "found"),
            expect("2017", "lintra"),
            expect("2020", "list"),
            expect("2021/..", "skandi"),
        ),
    ),
    Text(
        "tenant-rent-withholding-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DORRIN VASQUEZ-HOLT,
        Appellant,
v.                                                  No. 2-23-0817
BRAYFORD PROPERTIES LLC,
        Appellee.

Appeal from the District Court of Lowell County, No. 22-CV-1194
Filed January 16, 2025

OPINION

JUSTICE ALMA REINHOLT delivered the opinion of the court.

¶ 1 This appeal concerns a residential tenant's right to withhold rent for a defect the
landlord failed to repair. We hold that the trial court misapplied section 714 of the
Residential Tenancies Act of 1987, and we reverse.

¶ 2 I. BACKGROUND

¶ 3 On or about March 3, 2021, appellant signed a one-year lease of an apartment in a
building on Corder Street that dates from circa 1925. In September 2021, the roof above her
unit began to leak, and water damaged the ceiling of her bedroom. She reported the leak in
writing at least four times.

¶ 4 Appellant stopped paying rent in November 2021, and appellee served a notice to quit on
December 6. Appellee filed its complaint for possession on January 19, 2022. It is undisputed
that appellant had vacated the premises by April 30, 2022.

¶ 5 After a two-day bench trial that began on August 8, 2023, the court entered judgment for
appellee on October 2, 2023, awarding $9,460 in unpaid rent. Appellant filed a timely notice
of appeal on October 30, 2023.

¶ 6 II. ANALYSIS

¶ 7 Under section 714(b), a tenant may withhold rent if the landlord fails to begin repairs
within 14 days of written notice. The trial court read "begin" to mean any step toward a
repair, including a telephone call to a roofer. That reading empties the statute of meaning.

¶ 8 III. CONCLUSION

¶ 9 The judgment of the district court is reversed, and the cause is remanded for further
proceedings consistent with this opinion.

¶ 10 Reversed and remanded.""",
        (
            expect("2021-03-03~", "lease"),
            expect("1925~", "building"),
            expect("2021-09", "leak"),
            expect("2021-11", "rent"),
            expect("2021-12-06", "notice", "quit"),
            expect("2022-01-19", "complaint"),
            expect("../2022-04-30", "vacate"),
            expect("2023-08-08", "trial"),
            expect("2023-10-02", "judgment"),
            expect("2023-10-30", "appeal"),
        ),
    ),
    Text(
        "ostrel-town-history",
        "encyclopedia history",
        None,
        """Ostrel

Ostrel is a market town in the district of Lower Vand, on the right bank of the river Aske.
Its population is about 18,000.

History

The site was settled around 1140 by Cistercian monks from Hardeck, who drained the marshes
along the river and built a grange on the higher ground. The settlement received a market
charter in 1287. A fire, traditionally dated to 1503 although the town chronicle may have
confused it with a later blaze, destroyed most of the timber houses of the old town.

Ostrel passed to the counts of Harlenburg in 1610 and was annexed by the Kingdom of Vandria
in 1806, after the dissolution of the county. The railway from Vandmouth reached the town in
1871, and textile mills were built along the Aske over the following decades; the last of
them closed in the late 1970s.

Since 1994 the old town, with its arcaded market square and the fifteenth-century church of
St Bavo, has been a protected heritage area. A fair is held on the market square each
September.

Culture

The former Kessler mill houses the municipal museum, which is to move into the restored
grange in 2027. The town band, the Ostreler Stadtkapelle, claims to be the oldest in the
district.

See also
 • List of towns in Lower Vand

References
 1. Weidl, K. (1988). Geschichte der Stadt Ostrel. Vandmouth: Aske-Verlag. p. 212.""",
        (
            expect("1140~", "settle"),
            expect("1287", "charter"),
            expect("1503?", "fire"),
            expect("1610", "harlenburg"),
            expect("1806", "annex"),
            expect("1871", "railway"),
            expect("1994/..", "heritage"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "rovers-win-at-millfield",
        "sports report",
        date(2025, 11, 2),
        """Brask's Rovers end away drought at Millfield

By Owen Tallis, Sunday 2 November 2025

Millfield Town 1 Harlow Rovers 3

Ade Momoh scored twice as Harlow Rovers won 3-1 at Millfield on Saturday, their first win at
the ground since 1987 and a third straight victory under new coach Lena Brask.

Brask took over on October 14, two days after the club dismissed Piet Daalman following a
4-0 home defeat by Castlebury. Since then Rovers have taken nine points from nine.

Momoh, signed from Dunford Athletic in January for a fee of about £400,000, opened the
scoring after 11 minutes and added a second from the penalty spot just before half-time.
Millfield's Jesse Arkwright pulled one back in the 58th minute, but substitute Kai Renner
sealed the win in stoppage time.

"The lads believe again," Brask said. "We train every morning at nine and that is paying
off."

Rovers host Kellingford on Wednesday before the League Cup quarter-final against Redwater,
which is scheduled for December 9. The club's new North Stand, which holds around 2,400
fans, is due to open on December 20 for the visit of Ashby Vale.

The result lifts Rovers, founded in 1889, to seventh in the table, six points off the
play-off places.

Attendance: 11,208""",
        (
            expect("2025-11-01", "rovers", "millfield"),
            expect("2025-10-14", "brask"),
            expect("2025-10-12", "daalman"),
            expect("2025-01", "momoh"),
            expect("2025-11-05", "kellingford", planned=True),
            expect("2025-12-09", "quarter-final", planned=True),
            expect("2025-12-20", "stand", planned=True),
            expect("1889", "found"),
        ),
    ),
    Text(
        "hallerup-marine-history",
        "company history",
        None,
        """Our History — Hallerup Marine

1898–1939: A boatshed on the fjord

Hallerup Marine was founded in 1898 by Erik Hallerup, a ship's carpenter who built rowing
boats for the herring fishermen of Lindvik in a boatshed below his father's farm. In 1923 his
sons Anders and Nils moved the yard to the deeper water at Soby, and the following year they
launched their first motor launch, the Tarna.

1940–1979: War work and the fibreglass years

During the occupation the yard built harbour patrol boats from 1940 to 1945, work the family
rarely spoke about afterwards. After a fire destroyed the old timber shed in about 1952, the
yard was rebuilt in concrete and turned to fibreglass hulls. Hallerup boats were named
Nordic Boat of the Year in 1968, 1974 and 1981.

1980–today: A family foundation

Since 2003 Hallerup has been owned by the Vestergaard Family Foundation, which bought it from
the last of Erik Hallerup's grandchildren. Today the yard builds around 60 boats a year,
every one of them finished by hand.

Looking ahead, Hallerup plans to open a plant for electric commuter boats at Soby in 2026,
with room for 80 new jobs.

Hallerup Marine A/S · Havnevej 4, Soby · CVR 1908 4471""",
        (
            expect("1898", "found"),
            expect("1923", "move"),
            expect("1924", "launch"),
            expect("1940/1945", "patrol"),
            expect("1952~", "fire"),
            expect("1968", "nordic"),
            expect("1974", "nordic"),
            expect("1981", "nordic"),
            expect("2003/..", "vestergaard"),
            expect("2026", "electric", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission-summary",
        "mission summary",
        None,
        """MISSION SUMMARY — KESTREL-2 COMET RENDEZVOUS
European Deep Space Consortium (EDSC) · Document EDSC-KS2-MS-0042, Issue 3

Overview
Kestrel-2 is an EDSC comet rendezvous mission with an orbiter and a small lander, Wren. The
mission was approved by the EDSC Council in 2012 at a cost cap of some €890 million.
COSPAR ID: 2019-031A.

Mission timeline
Kestrel-2 was launched on 17 May 2019 from the Marenne spaceport aboard a Vega-H rocket. It
performed a gravity-assist flyby of Earth on 2 March 2021 and crossed the main asteroid belt
without incident. The spacecraft entered orbit around comet 88P/Varnell on 11 August 2023,
and released Wren on 19 November. The lander bounced once before settling in a shadowed
trough; contact with Wren was lost about two days later, when its primary battery ran down.

The orbiter has been in its extended science phase since 1 January 2025. It continues to map
the nucleus at a resolution of 40 cm per pixel and samples the coma every six hours with its
mass spectrometer.

Next milestones
The comet's perihelion passage is expected on 4 February 2026, when outgassing should peak.
The mission is planned to end with a controlled descent of the orbiter onto the nucleus in
September 2026.

Key facts
Launch mass: 2,940 kg · Orbiter power: 1,900 W at 1 AU · Instruments: 11
Mission manager: Dr. Ottilie Brandsma""",
        (
            expect("2012", "approv"),
            expect("2019-05-17", "launch"),
            expect("2021-03-02", "flyby"),
            expect("2023-08-11", "orbit"),
            expect("2023-11-19", "wren"),
            expect("2023-11-21~", "contact", "lost"),
            expect("2025-01-01/..", "extended"),
            expect("2026-02-04", "perihelion", planned=True),
            expect("2026-09", "descent", planned=True),
        ),
    ),
    Text(
        "halvik-bridge-weight-limit",
        "government statement",
        date(2025, 2, 20),
        """MINISTRY OF INFRASTRUCTURE AND REGIONS
Press statement · 20 February 2025

Halvik Bridge to close to heavy goods vehicles

The Minister for Infrastructure, Ragna Ellefsen, today confirmed that the Halvik Bridge will
close to vehicles over 7.5 tonnes on Monday 3 March, following the findings of a detailed
structural inspection.

Inspections carried out between 6 and 17 January found advanced corrosion in two of the
bridge's main cable anchorages. The Ministry's engineers advised that the weight limit should
be imposed without delay.

The bridge, opened in 1974, carries some 24,000 vehicles a day and is the only fixed link
between Halvik and the mainland. It was last refurbished in 2009.

"I know how much the people of Halvik depend on this crossing," the Minister said. "Safety
must come first, but we will keep the disruption as short as we can."

A replacement bridge is to be completed no later than 2031. Design tenders will be invited by
30 June, and funding of €1.2 billion has been set aside under the Regional Infrastructure
Act 2024. A free shuttle for freight will operate from the mainland terminal while the limit
is in force.

The Minister will visit Halvik on Friday to meet local businesses and the harbour board.

ENDS

Notes to editors: The inspection report (ref. MIR/BR/0117) is available on request.
Press Office: +353 1 555 0190""",
        (
            expect("2025-03-03", "close", planned=True),
            expect("2025-01-06/2025-01-17", "inspection"),
            expect("1974", "open"),
            expect("2009", "refurbish"),
            expect("../2031", "replacement", planned=True),
            expect("../2025-06-30", "tender", planned=True),
            expect("2025-02-21", "visit", planned=True),
        ),
    ),
    Text(
        "coldwater-library-reopens",
        "HTML news page",
        date(2025, 9, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after renovation | Coldwater Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after 18-month renovation</h1>
<p class="byline">By Nadia Serrano &middot; <time datetime="2025-09-18">September 18,
2025</time> &middot; Updated 3:42 p.m.</p>
<p>The Coldwater Central Library reopened its doors on Tuesday after an 18-month renovation
that added a glass reading hall, new lifts and a recording studio for local musicians.</p>
<p>Work on a rooftop reading garden is expected to be finished by November 15. A public
celebration, with music and a book sale, is planned for Saturday, September 27.</p>
<p>The building closed in March 2024, when contractors found asbestos behind the
reading-room panelling. The library, built in 1911 with a gift from the lumber merchant
Horace Dunn, has offered free Wi-Fi since 2008.</p>
<p>Its children's wing was added in 1965 and extended in 1988. Late fees, which the library
board abolished on July 1, 2022, will not return, director Marcus Oyelaran said.</p>
<p>Story hours run every Wednesday at 10 a.m.; the library is open daily from 9 a.m. to
8 p.m.</p>
</article>
<footer>&copy; 2025 Coldwater Courier &middot; 412 Main St &middot; (555) 013-2290</footer>
</body>
</html>""",
        (
            expect("2025-09-16", "reopen"),
            expect("../2025-11-15", "garden", planned=True),
            expect("2025-09-27", "celebration", planned=True),
            expect("2024-03", "close"),
            expect("1911", "built"),
            expect("2008/..", "wi-fi"),
            expect("1965", "wing"),
            expect("1988", "wing", "extend"),
            expect("2022-07-01", "fees", "abolish"),
        ),
    ),
    Text(
        "thornbury-drought-declaration",
        "drought declaration notice",
        date(2025, 8, 8),
        """THORNBURY VALLEY WATER DISTRICT
NOTICE OF DROUGHT DECLARATION
Notice No. DW-2025-14 · Issued 8 August 2025

NOTICE IS HEREBY GIVEN that the Board of Directors of the Thornbury Valley Water District, at
its regular meeting on 6 August 2025, declared a Stage 2 Drought Emergency under Ordinance
2019-03 and section 350 of the State Water Code.

Basis for the declaration. Rainfall in the current water year is 41 per cent of the long-term
average. Storage in Harrow Reservoir fell below 40 per cent of capacity on 28 July, the lowest
level recorded at this time of year since 1977. Inflows from Cale Creek have ceased.

Restrictions. Stage 2 restrictions will take effect on 18 August 2025. From that date:
  (a) outdoor watering is permitted only on Tuesdays and Saturdays, before 8 a.m.;
  (b) the filling of private swimming pools is prohibited;
  (c) customers using more than 900 gallons a day will be charged a surcharge.

Public hearing. A public hearing on the declaration will be held on 21 August at 7 p.m. in
the Board Room, 1140 Orchard Road, Thornbury.

Review. The Board will review the declaration no later than 30 September 2025 and at each
regular meeting thereafter.

Previous declarations. The District, formed in about 1948, made its last Stage 2 declaration
on 3 June 2018; it was lifted on 15 January 2019 after heavy winter rain.

Questions: Conservation Office, (530) 555-0147, conserve@tvwd.example

By order of the Board,
Lorna Whitcombe, Board Secretary""",
        (
            expect("2025-08-06", "drought"),
            expect("2025-07-28", "reservoir"),
            expect("2025-08-18", "restrictions", planned=True),
            expect("2025-08-21", "hearing", planned=True),
            expect("../2025-09-30", "review", planned=True),
            expect("1948~", "district", "form"),
            expect("2018-06-03", "declaration"),
            expect("2019-01-15", "lift"),
        ),
    ),
    Text(
        "brackenfield-gold-cup",
        "horse racing meeting report",
        date(2025, 5, 4),
        """BRACKENFIELD — Sunday 4 May 2025
RACING REPORT

Silver Quay storms home in the Gold Cup

Silver Quay made every yard of the running to win the Brackenfield Gold Cup by three lengths
on Saturday, giving trainer Moira Kettering her fourth success in the race. Winning jockey
Dara Quill was found to have used his whip above the permitted level and will serve a
suspension from 12 to 13 May.

The six-year-old had finished a close second at Ayrfield on 12 April, when he was caught on
the line by Porthmoor. He is expected to run next in the Coronation Plate at Marlow Downs on
June 7.

Kettering's earlier Gold Cup winners came in 2014, 2016 and 2019, and she said this was "the
sweetest of the lot". Bought for about 40,000 guineas at the Tattersfield sales in October
2022, Silver Quay has now won five of his 11 starts.

The going was officially good to soft after overnight rain, and the meeting was the wettest
at Brackenfield since 2012. Brackenfield, which first staged racing in about 1790, holds 14
meetings a year. Racing resumes next month with an evening card.

RESULT — 3.45 Brackenfield Gold Cup (Class 1, 2m 4f): 1 Silver Quay 9-2 (D. Quill);
2 Harbour Lights 7-1; 3 Kilnrose 11-4 fav. 9 ran.""",
        (
            expect("2025-05-03", "silver", "cup"),
            expect("2025-05-12/2025-05-13", "suspension", planned=True),
            expect("2025-04-12", "ayrfield"),
            expect("2025-06-07", "coronation", planned=True),
            expect("2014", "kettering"),
            expect("2016", "kettering"),
            expect("2019", "kettering"),
            expect("2022-10", "bought"),
            expect("1790~", "racing"),
        ),
    ),
    Text(
        "dunmere-chocolate-factory-closure",
        "chocolate factory closure release",
        date(2025, 1, 22),
        """PRESS RELEASE
For immediate release · Wednesday 22 January 2025

Harwell Confectionery proposes closure of Dunmere chocolate factory

DUNMERE — Harwell Confectionery Ltd today announced a proposal to close its chocolate factory
in Dunmere, with the loss of up to 312 jobs. Under the proposal the factory would close no
later than 30 September 2025.

Consultation with employees and the Bakers, Food and Allied Workers' Union began on Monday.
A final consultation meeting will take place on 14 March. Production of the Dunmere Crunch
bar will begin moving to the company's plant in Ostend in April.

"This is a very sad day," said managing director Claire Ashdown. "Cocoa prices have more than
doubled since January 2024, and the Dunmere site, with its ageing lines, cannot compete."

The factory opened in 1926, making boxed chocolates for the Dunmere family's shops, and was
extended in 1951 and 1978. Harwell bought the site from the family in 2004. Since 2015 it has
made only the Crunch bar, of which it produces some 180 million a year.

Harwell will offer every affected employee a role elsewhere in the group or an enhanced
redundancy package, and will fund a retraining centre in the town.

Notes to editors
Harwell Confectionery employs 4,100 people at nine sites. Registered in England No. 01926437.

Media enquiries: Tom Reddish, 0161 555 0182, press@harwell.example""",
        (
            expect("../2025-09-30", "close", planned=True),
            expect("2025-01-20", "consultation"),
            expect("2025-03-14", "meeting", planned=True),
            expect("2025-04", "ostend", planned=True),
            expect("1926", "open"),
            expect("1951", "extend"),
            expect("1978", "extend"),
            expect("2004", "harwell"),
            expect("2015/..", "crunch"),
        ),
    ),
    Text(
        "ladys-maid-diary-1884",
        "lady's maid's diary of the 1880s",
        None,
        """From the diary of Ellen Marsh, lady's maid to Lady Alford, 1884

Monday 2nd June 1884. — Her Ladyship came up to Town today from Hallowby by the 10.40, and
I with her, and the boxes by the carrier. Grosvenor Street very dusty. Mrs Pruett, who has
been housekeeper to the family since 1862, had the rooms aired but the blue room smells of
damp still.

Wednesday 4th. — Lady Cranleigh's ball. Her Ladyship wore the grey silk with the new lace and
looked better than anyone. We did not get home till near three. My feet!

Friday 6th. — Mrs Pruett says we are all to go down to Hallowby again on the 21st, which is a
mercy, for Town does not suit Her Ladyship's chest. Sir Hugh writes from Paris that he will
be back by the 15th.

Sunday 8th. — My half-day. Walked to Camden Town to see Aunt Sarah. She says cousin Jem
sailed for Quebec on the 30th of last month and she cried the whole evening. I came into Her
Ladyship's service in about 1879 and have not seen Jem since, and now I never shall.

Thursday 12th. — Mr Fenwick, the butler at No. 14, asked me again to walk out with him. I
said I would think on it. Her Ladyship takes her chocolate at eight every morning and I must
be up before seven, so there is precious little time for walking out.""",
        (
            expect("1884-06-02", "town"),
            expect("1862/..", "pruett"),
            expect("1884-06-04", "ball"),
            expect("1884-06-21", "hallowby", planned=True),
            expect("../1884-06-15", "hugh", planned=True),
            expect("1884-05-30", "jem", "sail"),
            expect("1879~", "service"),
            expect("1884-06-12", "fenwick"),
        ),
    ),
    Text(
        "kessock-salmon-count",
        "salmon run count report",
        date(2025, 9, 26),
        """KESSOCK RIVER FISH COUNTER — 2025 ADULT SALMON RETURNS
In-season update No. 9 · Fisheries Assessment Unit, Northern District
Prepared: 26 September 2025

Summary
The 2025 sockeye run on the Kessock is the strongest in more than a decade. The first
sockeye of the season passed the counting weir on 14 June, about ten days later than the
ten-year average. Daily counts climbed steeply in late July, and the peak day was 3 August,
when 4,812 fish were counted.

The counter was out of operation from 19 to 22 August after high water damaged the weir
panels; counts for those days have been estimated from the upstream sonar.

Outlook
Counting will continue daily from 06:00 to 22:00. The counting season is scheduled to end on
or about 15 October, and final figures will be published by 30 November.

Cumulative count
As of this update the cumulative count stands at 61,240 sockeye and 3,118 coho, well above
the escapement goal of 35,000. The run is the largest since 2011.

Background
The resistivity counter at Kessock Falls was installed in about 1987 and upgraded to video in
2016. Counts fell below 20,000 sockeye in 2019 and 2021, when low summer flows and high water
temperatures delayed the run.

Contact: Dr. Fiona Lachlan, Stock Assessment Biologist, (250) 555-0138""",
        (
            expect("2025-06-14", "first"),
            expect("2025-08-03", "peak"),
            expect("2025-08-19/2025-08-22", "counter"),
            expect("2025-10-15~", "season", planned=True),
            expect("../2025-11-30", "final", "figures", planned=True),
            expect("1987~", "install"),
            expect("2016", "video"),
            expect("2019", "count"),
            expect("2021", "count"),
        ),
    ),
    Text(
        "kessel-hill-observatory-history",
        "observatory's history",
        None,
        """A Short History of the Kessel Hill Observatory

The observatory on Kessel Hill was founded in 1842 by the astronomer Anton Verhaag, who had
studied under Professor Lindqvist at the Academy in Tarnholm and returned to Harlen
determined to give the city an instrument worthy of it. Its 9-inch refractor, ordered from
the Munich workshop of Reinholt & Sohn in 1855, arrived two years later and is still in use.
Verhaag himself observed with it for only four years: he died at the observatory in 1861 and
is buried in the churchyard below the hill.

From 1903 to 1911 the observatory took part in the Southern Sky Survey, exposing some 1,400
plates for the international star catalogue. In around 1930, as the lights of the growing
town washed out the sky, the staff moved the main instruments to a new station at Breda Fen.

The dome on Kessel Hill was damaged by a bomb, probably in March 1944, and stood open to the
weather until the war was over. Since 1979 the observatory has been run by the University of
Harlen as a teaching observatory, and public viewing nights are held every Friday.

Restoration of the 9-inch refractor's drive, funded by a local appeal, is expected to be
completed by 2026.

Kessel Hill Observatory · Sternwartweg 2, Harlen · Open to visitors Fri 20:00–23:00""",
        (
            expect("1842", "found"),
            expect("1855", "refractor", "order"),
            expect("1857", "refractor", "arriv"),
            expect("1861", "verhaag", "die"),
            expect("1903/1911", "survey"),
            expect("1930~", "instruments"),
            expect("1944-03?", "bomb"),
            expect("1979/..", "university"),
            expect("../2026", "restoration", planned=True),
        ),
    ),
    Text(
        "larkspur-house-building-safety",
        "housing ministry building safety statement",
        date(2025, 4, 9),
        """Department for Housing and Communities
Statement on building safety following the Larkspur House fire
Published 9 April 2025

This statement by the Minister for Housing, Deborah Quaye, sets out the Government's
response to the fire at Larkspur House, Eastfield, on 28 March.

All 96 households were evacuated safely. Residents have been housed in temporary
accommodation since 29 March, and the Department has paid their hotel costs in full.

Initial findings from the fire service show that the fire spread up the external wall
through the cladding, which was installed in 2008 and last inspected in 2019. The Department
issued new guidance to building owners on interim safety measures on 2 April.

The Minister has ordered inspections of all 211 residential buildings over 18 metres with
similar cladding. These inspections are to be completed by 31 July. An independent review,
chaired by Professor Amit Rawal, will publish its interim findings no later than 1 December.

The Minister said: "Nobody should go to sleep worrying whether their home is safe. We will
not wait for the review to act where we find danger."

The Minister will meet residents and the Larkspur House tenants' association on Friday.

Owners who need advice should contact the Building Safety Unit, quoting Form BS-7 and the
2018 Building Safety Regulations.

Media enquiries: 0303 444 0120 (out of hours 0303 444 0130)""",
        (
            expect("2025-03-28", "fire"),
            expect("2025-03-29/..", "accommodation"),
            expect("2008", "cladding", "install"),
            expect("2019", "cladding", "inspect"),
            expect("2025-04-02", "guidance"),
            expect("../2025-07-31", "inspection", planned=True),
            expect("../2025-12-01", "review", planned=True),
            expect("2025-04-11", "residents", planned=True),
        ),
    ),
    Text(
        "greyfell-railway-timetable",
        "railway heritage HTML timetable page",
        date(2025, 2, 12),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>2025 Timetable | Greyfell Valley Railway</title>
</head>
<body>
<header><h1>Greyfell Valley Railway</h1>
<nav><a href="/">Home</a> · <a href="/fares">Fares</a> · <a href="/help">Volunteer</a></nav>
</header>
<main>
<h2>2025 Timetable</h2>
<p>Trains run every Saturday and Sunday in season and daily in the school summer holidays.
All services are steam-hauled unless shown otherwise.</p>
<table class="timetable">
<tr><th>Greyfell</th><td>10:15</td><td>12:00</td><td>14:15</td><td>16:00</td></tr>
<tr><th>Moss Bridge</th><td>10:31</td><td>12:16</td><td>14:31</td><td>16:16</td></tr>
<tr><th>Ulphay Halt</th><td>10:44</td><td>12:29</td><td>14:44</td><td>16:29</td></tr>
</table>
<h2>Special events</h2>
<ul>
<li><strong>17 May</strong> &ndash; Locomotive No. 1908 <em>Ella</em> is due to return to
service after a ten-year overhaul.</li>
<li><strong>7&ndash;8 June</strong> &ndash; Steam Gala weekend, with visiting engines and an
intensive timetable.</li>
<li><strong>13, 14 and 20 December</strong> &ndash; Santa Specials (booking essential).</li>
</ul>
<h2>About the line</h2>
<p>The Greyfell branch opened in 1876 to carry slate from the Ulphay quarries and closed to
passengers on 4 January 1964. The Greyfell Railway Preservation Society, formed in 1971,
reopened the first mile in 1985 and reached Ulphay Halt in 1997.</p>
</main>
<footer><p>Greyfell Valley Railway Trust, registered charity 1012876 &middot; Page updated
12 February 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-05-17", "ella", planned=True),
            expect("2025-06-07/2025-06-08", "gala", planned=True),
            expect("2025-12-13", "santa", planned=True),
            expect("2025-12-14", "santa", planned=True),
            expect("2025-12-20", "santa", planned=True),
            expect("1876", "open"),
            expect("1964-01-04", "close"),
            expect("1971", "form"),
            expect("1985", "reopen"),
            expect("1997", "ulphay"),
        ),
    ),
    Text(
        "alvora-trennick-merger-decision",
        "competition authority merger decision",
        None,
        """COMPETITION AND MARKETS BOARD

Case M/24/017 — Alvora Foods plc / Trennick Dairies Ltd
Decision on Phase 2 reference
Decision date: 3 March 2025 · Non-confidential version

1. Summary

1.1 On 12 September 2024, Alvora Foods plc (Alvora) notified the Board of its proposed
acquisition of the entire share capital of Trennick Dairies Ltd (Trennick) (the Merger). The
Board opened a Phase 2 investigation on 24 October 2024, having found that the Merger could
lead to a substantial lessening of competition in the supply of own-label liquid milk to
grocery retailers in the Western Region.

1.2 On 3 March 2025 the Board decided to clear the Merger subject to the remedies set out in
section 6.

2. The parties

2.1 Alvora is a food manufacturer listed on the Kerrow Exchange. It entered the dairy market
in 2011 and acquired Pellow Creamery in 2016.

2.2 Trennick operates two processing plants in the Western Region and has supplied own-label
milk to Harcourt Stores since 1998.

6. Remedies

6.1 Alvora must divest the Carrow processing plant to a purchaser approved by the Board no
later than 30 September 2025. The remedies will remain in force for ten years.

6.2 The parties have told the Board that completion of the Merger is expected on or about
1 April 2025.

[✂] Figures redacted under section 244 of the Competition Act 2002.""",
        (
            expect("2024-09-12", "notif"),
            expect("2024-10-24", "investigation"),
            expect("2025-03-03", "clear"),
            expect("2011", "dairy"),
            expect("2016", "pellow"),
            expect("1998/..", "harcourt"),
            expect("../2025-09-30", "divest", planned=True),
            expect("2025-04-01~", "completion", planned=True),
        ),
    ),
    Text(
        "grier-pewterers-history",
        "pewterer's history",
        None,
        """Grier & Sons, Pewterers — A History

The Grier family have worked pewter for more than three centuries. John Grier, the son of a
Wiltshire carrier, was apprenticed to the London pewterer Thomas Ayliffe, it is thought in
1689, and set up his own workshop in Cheapside around 1702. His touchmark, a rose and crown
above the initials I G, was struck on the Pewterers' Company touchplate in 1703 and may still
be seen there.

His son William succeeded him in 1738 and the following year moved the business to Bristol,
where the trade in tavern measures and ship's plate was growing fast. Orders from the Levant
Trading Company came in 1752 and 1758, and a set of Grier flagons made for the church of
St Anne in Temple Street survives from the same decade.

The workshop has stood on Quay Street since 1802. Its casting moulds, some of gunmetal and
many more than two hundred years old, are still used for the firm's tankards and porringers,
and each piece is finished on a foot-powered lathe.

Today the sixth and seventh generations of the family run the firm together. Grier & Sons
will mark the 325th anniversary of John Grier's workshop in 2027 with an exhibition at the
Bristol Museum of Trades.

Grier & Sons · 14 Quay Street, Bristol BS1 · Open Monday to Saturday, 9.30–5""",
        (
            expect("1689?", "apprentic"),
            expect("1702~", "workshop"),
            expect("1703", "touchmark"),
            expect("1738", "william", "succeed"),
            expect("1739", "bristol"),
            expect("1752", "levant"),
            expect("1758", "levant"),
            expect("1802/..", "quay"),
            expect("2027", "anniversary", planned=True),
        ),
    ),
    Text(
        "harbridge-darts-bulletin",
        "darts league's fixtures bulletin",
        date(2025, 10, 15),
        """HARBRIDGE & DISTRICT DARTS LEAGUE
Fixtures Bulletin No. 7 — Season 2025/26
Wednesday 15 October 2025

RESULTS
The Crown & Anchor beat the Railway Tavern 7-5 last Thursday in the match of the week, with
Sue Hartnell hitting two 180s and a 121 checkout. The Plough withdrew from the league on
6 October because the landlord is giving up the pub; their results have been expunged.

WEEK 6 FIXTURES
All Week 6 matches will be played on Thursday 23 October. Board fees are £2.50 per player,
and teams must be at the venue by 8pm for an 8.30pm start, as on every match night.
  Crown & Anchor v Fox & Hounds
  Railway Tavern v Legion Club 'A'
  Harbridge Social v Legion Club 'B'
  Red Lion — bye

SINGLES KNOCKOUT
Entries for the Singles Knockout must reach the secretary no later than 31 October, with the
£5 entry fee. The final is scheduled for Friday 28 November at the Legion Club.

LEAGUE NEWS
Secretary Dave Pengelly stepped down on 30 September after 14 years in the job; Karen Ollis
is acting secretary until the AGM. The AGM will be held at the Fox & Hounds on Sunday at
2pm, and all captains are asked to attend. The league, founded in 1952, now has 22 teams in
two divisions.

Contact: Karen Ollis, 07700 900461, harbridgedarts@example.org""",
        (
            expect("2025-10-09", "crown"),
            expect("2025-10-06", "plough", "withdr"),
            expect("2025-10-23", "week", planned=True),
            expect("../2025-10-31", "entries", planned=True),
            expect("2025-11-28", "final", planned=True),
            expect("2025-09-30", "pengelly"),
            expect("2025-10-19", "agm", planned=True),
            expect("1952", "found"),
        ),
    ),
)
