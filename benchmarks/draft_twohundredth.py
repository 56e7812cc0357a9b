"""The two-hundredth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Twenty styles, one text each: a wire story with a dateline, a press release, a court opinion,
an encyclopedia history, a sports report, a company history, a mission summary, a government
statement, an HTML news page, a drought declaration bulletin, a cross-country league report, a
community energy share offer release, a gamekeeper's diary of the 1920s, a red squirrel feeder
count, a workhouse's history, a transport minister's road safety statement, a folk club HTML
guest nights page, a school admissions appeal decision, a paper mill's history and a canoe
club's trips calendar. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 2021", "next spring") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTH_CORPUS",)


TWOHUNDREDTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferry-resumes",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRELMOUTH, March 14 (Northwire) - The ferry between Kestrelmouth and the island of
Ardney resumed sailings on Friday, four days after its only vessel struck the harbour wall at
Ardney in heavy swell.

The Gannet Star hit the wall on Monday evening with 212 passengers and 40 vehicles on board.
Nobody was seriously hurt, but the bow door was damaged and the ship was withdrawn.
Inspectors from the Maritime Safety Office cleared her to sail again on Thursday.

The route has been operated by Tidewise Lines since 2009 and carries roughly 400,000
passengers a year. The Gannet Star was built in about 1998 at a yard on the Clyde. It was the
longest interruption on the crossing since 2017, the company said.

Islanders, many of whom take the 07:15 sailing every weekday to reach work and school, said
they had been cut off from hospital appointments and deliveries. The island council will hold
a public meeting on the disruption on Tuesday.

Tidewise said a full report on the incident would be published by April 30. Its second
vessel, the Tern, which has spent eleven weeks in dry dock, is due to return from refit on
2 April and will then be kept on standby at Kestrelmouth.

"We know how much the island depends on us," operations director Fiona Maclaren said. "One
ship for an island of 3,000 people is not enough, and we have said so for years."

(Reporting by Alasdair Bain; Editing by Ruth Okonjo)""",
        (
            expect("2025-03-14", "ferry", "resum"),
            expect("2025-03-10", "gannet", "wall"),
            expect("2025-03-13", "inspectors", "clear"),
            expect("2009/..", "tidewise", "operat"),
            expect("1998~", "built"),
            expect("2025-03-18", "council", "meeting", planned=True),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-04-02", "tern", "return", planned=True),
        ),
    ),
    Text(
        "diagnostics-lab-opens",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE

Halvern Diagnostics opens £24 million laboratory at Kirkgate Park

LEEDS, Wednesday 20 November 2024 - Halvern Diagnostics plc (LSE: HVD) today opened its new
molecular testing laboratory at Kirkgate Park, the largest investment in the company's
history.

The 6,500 square-metre facility was first proposed in around 2019. Construction began in
February 2023 and was finished in August of the following year, on budget. The laboratory
will start processing samples for NHS trusts on Monday 2 December and is expected to handle
up to 30,000 tests a week at full capacity.

Halvern was founded in 2011 as a spin-out of the University of Marrow's medical school. It
first listed on AIM in 2016 and moved to the main market in 2021. It employs around 180
people and expects to create some 60 further jobs in Leeds by the end of 2026.

"This building is the result of a decade of work by our scientists," said chief executive
Dr Anjali Fenn. "Patients will get their results faster, and we can keep growing here in
Yorkshire."

The laboratory was opened by the Lord Mayor of Leeds, Councillor Peter Hask, who toured the
sequencing hall with staff and pupils from Kirkgate Primary School.

ENDS

Notes to editors
Halvern Diagnostics develops molecular tests for infectious disease and cancer. Its tests are
used in 14 countries. Company number 07712390.

Media contact: Georgia Platt, Head of Communications, press@halvern.example,
+44 113 496 0712""",
        (
            expect("2024-11-20", "laboratory", "open"),
            expect("2019~", "propos"),
            expect("2023-02", "construction", "began"),
            expect("2024-08", "finish"),
            expect("2024-12-02", "samples", planned=True),
            expect("2011", "found"),
            expect("2016", "aim"),
            expect("2021", "main market"),
            expect("../2026", "jobs", planned=True),
        ),
    ),
    Text(
        "vance-v-orchard-lettings",
        "court opinion",
        date(2025, 6, 3),
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

DORRIT VANCE, Plaintiff and Appellant,
v.
ORCHARD LETTINGS LLC, Defendant and Respondent.

No. B-2023-01847 (Super. Ct. No. 22CV00391)
Filed June 3, 2025

OPINION

Appellant Dorrit Vance appeals from a summary judgment in favor of her former landlord. We
reverse.

I. BACKGROUND
On or about March 4, 2021, Vance signed a written lease for a ground-floor unit at 18 Calder
Street. On August 19 of that year, water from a broken main entered the unit and, Vance
alleges, rendered two of its three rooms unusable. She says she reported the leak repeatedly.
The tenancy under the lease was to run from April 1, 2021 to March 31, 2023.

It is undisputed that Vance vacated the premises no later than October 2021. Orchard Lettings
retained her deposit and sued for unpaid rent in small claims; Vance filed this action for
breach of the warranty of habitability on January 12, 2022. The trial court granted summary
judgment to Orchard Lettings on May 5, 2023, holding that Vance had waived her claim by
leaving without written notice under section 1942 of the Civil Code.

II. DISCUSSION
The 1970 amendments did not make written notice a condition of the warranty. Whether Vance
gave adequate notice is a disputed question of fact that could not be resolved on summary
judgment. We heard argument on April 8, 2025.

III. DISPOSITION
The judgment is reversed and the matter remanded. The trial court is to set a new trial date
by September 30, 2025. Appellant shall recover her costs on appeal.

HOLLIS, J.
We concur: MARQUEZ, P. J.; OYELARAN, J.""",
        (
            expect("2021-03-04~", "lease"),
            expect("2021-04-01/2023-03-31", "tenancy"),
            expect("2021-08-19", "water"),
            expect("../2021-10", "vacat"),
            expect("2022-01-12", "vance", "filed"),
            expect("2023-05-05", "summary judgment"),
            expect("2025-04-08", "argument"),
            expect("../2025-09-30", "trial date", planned=True),
        ),
    ),
    Text(
        "varnholm-castle",
        "encyclopedia history",
        None,
        """Varnholm Castle

Varnholm Castle is a ruined tower house on a rock above the River Tarne, 3 km north of the
village of Varnholm. It is a scheduled monument.

History
A timber fort is thought to have stood on the rock c. 1150, although no trace of it survives
above ground. The present stone tower was begun around 1320 by Sir Aldous Creagh, and was
completed perhaps in 1341, the year given in a lost inscription recorded by an
eighteenth-century antiquary.

During the border wars the castle was besieged in 1403, 1411 and 1415; on the last occasion
the garrison surrendered after six weeks. The estate passed by marriage to the Moray family in
1502. They made it their principal seat, adding a hall range to the east, and stayed until
1688, when the family abandoned the castle after backing the losing side in the Revolution.
Stone from the hall range was later taken for farm buildings.

The tower's walls are up to 2.4 metres thick, and its vaulted basement is among the best
preserved in the county.

Since 1951 the ruin has been in the care of the state. Visitors are admitted daily from April
to October. A conservation programme to stabilise the parapet and the east wall is scheduled
to begin in 2026.

See also
List of castles in Tarnedale

References
Creagh, M. (1894). Annals of the House of Creagh. Vol. 2, pp. 1150-1162.""",
        (
            expect("1150~", "fort"),
            expect("1320~", "tower", "begun"),
            expect("1341?", "complet"),
            expect("1403", "besieged"),
            expect("1411", "besieged"),
            expect("1415", "besieged"),
            expect("1502", "moray"),
            expect("1688", "abandon"),
            expect("1951/..", "care"),
            expect("2026", "conservation", planned=True),
        ),
    ),
    Text(
        "corrie-beat-wexby",
        "sports report",
        date(2025, 2, 11),
        """FOOTBALL | LEAGUE TWO NORTH

Pell double lifts Corrie into play-off places

Corrie Athletic 2 Wexby Town 1

By Sam Haldane, Sports Reporter

Corrie Athletic moved into the play-off places with a 2-1 win over Wexby Town at Millbrook
Park on Monday night, their first home win since October.

Jonah Pell, signed from Ardley United on January 28, scored both goals. He met a Kyle Dunn
corner with a header after 23 minutes and added a second from the penalty spot just after
the hour. Wexby, who had beaten Corrie 3-0 in the reverse fixture on 14 September last year,
pulled one back through Marco Lisle in the 81st minute, but Corrie held on in front of a
crowd of 4,218.

Manager Ross Tully, who took charge in about March 2023, said: "Jonah has given us something
we were missing. We were brave, we kept the ball, and the fans got behind us."

Corrie, founded in 1887, have never won promotion from this division, and Tully insists the
play-offs are not yet a target. The win leaves them sixth with 48 points from 30 games.

Corrie travel to Hallam Rovers on Saturday and then host leaders Brackley on February 22,
when the club expects a sell-out. The supporters' coach leaves the ground two hours before
every away match.

Corrie: Bright; Osei, Lamb, Pryce, Devlin; Dunn, Harte (Coyle 74), Ndiaye; Ross, Pell,
Ashworth (Kemp 88).""",
        (
            expect("2025-02-10", "corrie", "win"),
            expect("2025-01-28", "pell", "sign"),
            expect("2024-09-14", "wexby", "beat"),
            expect("2023-03~", "tully", "charge"),
            expect("1887", "found"),
            expect("2025-02-15", "hallam", planned=True),
            expect("2025-02-22", "brackley", planned=True),
        ),
    ),
    Text(
        "fenwright-ropemakers",
        "company history",
        None,
        """Fenwright & Sons Ltd - Our History

Rope has been made by our family for over a century and a half.

Fenwright's was founded in 1868 by Josiah Fenwright, who rented a rope walk on the quayside at
Hullbridge and made hemp cordage for the fishing fleet. The firm moved to its present works on
Mill Lane in 1903 and added a wire-rope shop two years later, when steel hawsers began to
replace hemp on the coasting steamers.

From 1939 to 1945 the works made cargo nets and towing lines for the Admiralty, running day
and night with a workforce that was two-thirds women. Fenwright's became a limited company in
1952, and the last of the hemp walks closed in 1968.

The business has been owned by the Halloran family since 1987, when Michael Halloran bought
it from the last of the Fenwrights. Our synthetic fibre line opened around 1994 and today
makes up most of our output, from mooring lines for marinas to climbing ropes. In 2019 we
won the largest single order in the company's history, 40 km of mooring line for a wind farm
off the Humber - our biggest since a naval contract in 1975.

We still splice every eye by hand, and our apprentices spend six months on the bench before
they touch a machine. A new braiding hall is planned for next spring. As a business we aim to
be carbon neutral by 2030.

Fenwright & Sons Ltd, Mill Lane, Hullbridge HU9 4QT. Registered in England No. 00512345.""",
        (
            expect("1868", "found"),
            expect("1903", "mill lane"),
            expect("1905", "wire"),
            expect("1939/1945", "nets"),
            expect("1952", "limited"),
            expect("1968", "hemp", "closed"),
            expect("1987/..", "halloran"),
            expect("1994~", "synthetic"),
            expect("2019", "order"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "tarrow-asteroid-mission",
        "mission summary (space or scientific)",
        None,
        """TARROW - Asteroid Sample Return Mission
Mission summary (status as of 1 March 2025)

Agency: Northern Space Consortium (NSC)
Target: near-Earth asteroid (341872) 2009 KX
Spacecraft mass at launch: 2,140 kg

Tarrow was selected in 2014 as the consortium's second medium-class mission. It was launched
on 14 May 2019 from the Kourou spaceport on a Vega-C rocket and used an Earth flyby in 2020 to
reach its target.

The spacecraft entered orbit around 2009 KX on 2 February 2021 after a 21-month cruise. Two
days later it released the small lander Pip, which bounced twice before coming to rest near
the equator. Controllers lost contact with Pip on 19 February, when its battery was exhausted;
it had returned images and magnetometer data from three sites.

The sampling arm touched the surface on or about 11 October and collected an estimated 70 g of
regolith, well above the 10 g requirement. Tarrow left the asteroid in late 2021 and is now on
its return cruise, with ion engine burns roughly every three weeks.

The sample capsule is expected to land at the Woomera range in Australia in September 2026.
After releasing the capsule the spacecraft will be sent to a second asteroid; the end of the
mission is projected for around 2028.

Principal investigator: Prof. Ingrid Aalto, University of Tromsø
Mission page: nsc.example/tarrow""",
        (
            expect("2014", "selected"),
            expect("2019-05-14", "launch"),
            expect("2020", "flyby"),
            expect("2021-02-02", "orbit"),
            expect("2021-02-04", "pip", "released"),
            expect("2021-02-19", "contact"),
            expect("2021-10-11~", "sampl"),
            expect("2026-09", "capsule", planned=True),
            expect("2028~", "end", planned=True),
        ),
    ),
    Text(
        "emergency-housing-fund",
        "government statement",
        date(2025, 2, 11),
        """Ministry of Housing and Communities
Press statement - 11 February 2025

Minister confirms £40 million emergency housing fund for councils

The Minister for Housing, Dame Carol Essien, today confirmed a £40 million Emergency Housing
Fund to help councils move families out of bed-and-breakfast accommodation.

The fund replaces the Temporary Accommodation Grant, which ran from April 2020 to December
2024 and paid out £112 million over its lifetime. The number of households in temporary
accommodation has risen by around 14 per cent since January 2023, the highest level since
records began.

The Minister met council leaders in Leeds on Thursday to discuss the design of the scheme.

Applications open on Monday 3 March and close at noon on 31 March. Councils must submit a
delivery plan by 30 April, and first payments will be made in June. Councils will report on
their spending every quarter.

The Minister said:

"No child should be growing up in a single hotel room. This fund gives councils the money to
buy and lease homes now, not in five years' time."

Notes
1. Guidance for councils is available at gov.example/housing-fund.
2. Allocations are based on the 2021 homelessness statistics.
3. Press office: 0303 444 0000 (out of hours: 0303 444 1201).""",
        (
            expect("2025-02-11", "fund", "confirm"),
            expect("2020-04/2024-12", "grant"),
            expect("2025-02-06", "council leaders"),
            expect("2025-03-03", "applications", "open", planned=True),
            expect("2025-03-31", "applications", "close", planned=True),
            expect("../2025-04-30", "plan", planned=True),
            expect("2025-06", "payments", planned=True),
        ),
    ),
    Text(
        "rowanbridge-library-reopens",
        "HTML news page",
        date(2024, 8, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
<title>Rowanbridge library reopens after roof repairs | Rowanbridge Courier</title>
<meta name="description" content="Carnegie library back in use after ceiling collapse">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Rowanbridge library reopens after roof repairs</h1>
<p class="byline">By Helen Carver &middot; <time datetime="2024-08-22T09:14">22 August 2024,
09:14</time></p>
<p>Rowanbridge's central library reopened yesterday, eleven weeks after part of the ceiling
in its reading room came down during a storm.</p>
<p>The library closed on 3 June when plaster fell onto an empty study table shortly before
opening time. Surveyors found rot in several roof timbers. The repairs cost roughly
&pound;310,000.</p>
<p>The building, paid for by a Carnegie grant, opened in 1906. It was extended in 1962 and
1988, and a new children's reading room will open on 14 September with a storytelling
morning.</p>
<p>&ldquo;People have missed this place,&rdquo; said Joan Petrie, chair of the Friends of
Rowanbridge Library, a group formed in about 1975. &ldquo;For some it is the only warm room
they sit in all day.&rdquo;</p>
<p>The council expects to decide on plans for a cafe in the foyer by October 31.
Borrowing figures for July were the lowest since 1945.</p>
<figure><img src="/img/library-reopens.jpg" alt="Readers return to the library">
<figcaption>Readers return on 21 August. Photo: Courier</figcaption></figure>
</article>
<footer>&copy; 2024 Rowanbridge Courier. Tel. 01632 960 314</footer>
</body>
</html>""",
        (
            expect("2024-08-21", "reopen"),
            expect("2024-06-03", "closed"),
            expect("1906", "opened"),
            expect("1962", "extended"),
            expect("1988", "extended"),
            expect("2024-09-14", "reading room", planned=True),
            expect("1975~", "friends"),
            expect("../2024-10-31", "cafe", planned=True),
        ),
    ),
    Text(
        "eastern-fens-drought",
        "drought declaration bulletin",
        date(2025, 6, 3),
        """WATERWAYS AGENCY
Drought Bulletin No. 7/2025 - Eastern Fens Area
Issued: Tuesday 3 June 2025
Status: DROUGHT (prolonged dry weather to drought)

1. Declaration
The Eastern Fens area moved to drought status on 30 May, following a meeting of the Agency's
National Drought Group. Spring rainfall across the area was 48% of the long-term average, the
driest since 1976.

2. Rivers and groundwater
Flows in the River Lark fell below the drought trigger level on 21 May and remain
exceptionally low. Groundwater levels in the chalk are below normal at 9 of 14 index
boreholes. The Agency last declared drought in the area in 2022 and, before that, in 2018.

3. Actions
Fenland Water will bring in a hosepipe ban from 00:01 on Friday 13 June. All abstraction
licences in the Lark and Little Ouse catchments will be reviewed by 30 June, and licence
holders should expect restrictions. Officers patrol the main rivers every day and respond to
reports of fish in distress.

4. Outlook
Without well above average rainfall, drought status is likely to continue into the autumn.
The next bulletin will be issued on or about 17 June. Bulletins are published every two weeks
while the area is in drought.

Contact: Drought Duty Officer, Waterways Agency, Brandon Road Depot.
Incident hotline 0800 807 060 (24 hours). Ref: WA-DB-2025-07""",
        (
            expect("2025-05-30", "drought status"),
            expect("2025-05-21", "lark", "flows"),
            expect("2022", "declared"),
            expect("2018", "declared"),
            expect("2025-06-13", "hosepipe", planned=True),
            expect("../2025-06-30", "licences", planned=True),
            expect("2025-06-17~", "bulletin", planned=True),
        ),
    ),
    Text(
        "hebble-moor-fixture",
        "cross-country league report",
        None,
        """NORTH PENNINE CROSS-COUNTRY LEAGUE
Fixture 3 - Hebble Moor - Saturday 16 November 2024
Report by the League Secretary

Almost 900 runners from 22 clubs took part in the third fixture of the season, held on
Saturday on a heavy, wind-blown course at Hebble Moor. Before the senior races a minute's
silence was held for the league's founder, Edna Marsh, who died on 2 November aged 91. Edna
set up the league in a pub in Hebden, and it has run without a break since 1962.

The senior men's race (9.6 km) was won by Callum Ashdown of Calder Valley Harriers in 33:41,
his fifth win on this course. Ashdown took the league title in 2019, 2021 and 2023 and is
unbeaten this winter. The senior women's race was won by Priya Dale (Ovenden Harriers) by
eighteen seconds, her best margin since joining the league.

The Hebble Moor course, first used in 1979, was cut back to a single lap of the lower fields
after the bog at the top stile became impassable. Our thanks to the Hebble Moor Estate and to
the 40 marshals who stood in the rain.

Fixture 4 will be at Sowden Park on 7 December. Team entries must be in by Wednesday
4 December; late entries cannot be accepted. Clubs are reminded that team managers meet at the
results tent 30 minutes before every race.

Full results: npxcl.example/results/2024-25/fixture-3""",
        (
            expect("2024-11-16", "fixture"),
            expect("2024-11-02", "marsh", "died"),
            expect("1962/..", "league"),
            expect("2019", "ashdown", "title"),
            expect("2021", "ashdown", "title"),
            expect("2023", "ashdown", "title"),
            expect("1979", "course"),
            expect("2024-12-07", "fixture 4", planned=True),
            expect("../2024-12-04", "entries", planned=True),
        ),
    ),
    Text(
        "calderbrook-share-offer",
        "community energy share offer release",
        date(2025, 4, 8),
        """PRESS RELEASE - Embargoed until 00:01, Tuesday 8 April 2025

Calderbrook Community Energy launches £1.2m share offer for solar farm

Calderbrook Community Energy (CCE) today launches a £1.2 million community share offer to
build a 2.3 MW solar array on land at Hollins Farm, near Todley.

The offer opens today and will close on 20 May, unless it is fully subscribed earlier.
Anyone aged 16 or over can invest from £100. Members are expected to receive interest of 4%
a year, and the array is due to be connected to the grid by March 2026.

CCE was registered as a community benefit society in 2013 and installed its first panels, on
the roof of Calderbrook Primary School, the following year. It has run the Hebble Weir hydro
scheme since 2016 and now owns 11 installations. Profits go into a community fund which pays
for draught-proofing in older homes.

"Every share bought is a vote for energy owned by the people who live here," said CCE chair
Tom Akerman. "Our first offer raised £80,000; this one is fifteen times bigger."

A public launch event will take place at Todley Town Hall on Saturday 12 April from 10am,
with tours of the school installation. Investors should read the offer document before
applying.

ENDS

For more information: Priya Lomax, CCE Communications, 07700 900412,
priya@calderbrook-energy.example. Registered society No. 32104R. Share offers are not covered
by the Financial Services Compensation Scheme.""",
        (
            expect("2025-04-08", "offer", "open"),
            expect("2025-05-20", "offer", "close", planned=True),
            expect("../2026-03", "grid", planned=True),
            expect("2013", "register"),
            expect("2014", "panels"),
            expect("2016/..", "hydro"),
            expect("2025-04-12", "launch event", planned=True),
        ),
    ),
    Text(
        "ridding-keeper-diary",
        "gamekeeper's diary of the 1920s",
        None,
        """DIARY OF W. HOLLOWAY, HEAD KEEPER, RIDDING ESTATE
(transcribed from the original notebook; spelling as written)

1924.

Feb. 2nd. Sat. Hard frost. Hobson the builder begun on the new keepers cottage at Ridding Gate
for Sir Edmund. Fed the birds at the top pens as every morning.

Mar. 10th. Poachers in the Low Covert about midnight, 3 or 4 of them with a lurcher. Sent the
boy for Constable Reay. Two men taken the next morning at Fold Farm with 11 pheasants in a
sack.

Apr. 22nd. First pheasant eggs set under hens, about 400 in all. Rats bad in the rearing field.

May 5th. Hobson says the cottage will be finished by the end of June. Wet all week.

Aug. 12th. Opening day on the moor. 9 guns, 46 1/2 brace of grouse. Best day since 1913. Sir E.
well pleased & gave the beaters 5/- each.

Nov. 29th. Old Tom Pryor buried at Ridding church, a big turn out of keepers from all round. He
kept this beat from 1871 until about 1909 and taught me all I know.

Dec. 14th. Sir E. tells me he will let the Low Moor shooting from 1926 to a Manchester
gentleman. Do not like it.

1925.

Jan. 3rd. Moved into the new cottage at last. Dry & warm, 4 rooms & a wash house.

[Remainder of the page torn away.]""",
        (
            expect("1924-02-02", "cottage", "begun"),
            expect("1924-03-10", "poachers"),
            expect("1924-03-11", "taken"),
            expect("1924-04-22", "eggs"),
            expect("../1924-06", "cottage", "finish", planned=True),
            expect("1924-08-12", "opening"),
            expect("1924-11-29", "pryor", "buried"),
            expect("1871/1909~", "pryor", "beat"),
            expect("1926", "low moor", planned=True),
            expect("1925-01-03", "cottage", "moved"),
        ),
    ),
    Text(
        "glen-ardoch-squirrel-count",
        "red squirrel feeder count",
        None,
        """GLEN ARDOCH RED SQUIRREL GROUP
Feeder Count Report - Spring 2025
Compiled by: M. Ferguson (count co-ordinator)

Summary
Counts were made at 12 feeders from 3 to 9 March 2025 by 19 volunteers, using trail cameras
and one-hour watches at dawn. A total of 47 individual red squirrels were recorded, up from 39
in the 2024 count.

Feeder    Location              Reds   Greys   Notes
F1        Ardoch House garden     6      0     -
F4        Larch plantation        9      0     two juveniles
F7        Burnside track          3      1     grey seen 5 Mar
F11       Kirk wood (new site)    5      0     moved after storm

Grey squirrels
The first grey squirrel in the glen since 2019 was seen at feeder 7 on 5 March and was trapped
two days later by the Forestry officer. Volunteers should report any sighting at once.

Site changes
Feeder 11 was moved about 200 m uphill on or about 20 February after the old site was damaged
by windblow.

Background
The group has monitored the woods of Glen Ardoch since 2008. Squirrelpox was last confirmed in
the area in 2016, and no sick animals were found this year.

Next steps
Volunteers check and refill the feeders every Sunday. Grant reports to the Woodland Fund are
due by 31 May. The autumn count will run from 6 to 12 October; please tell Morag by the end of
the summer if you can help.

Contact: squirrels@glenardoch.example - Tel. 01877 382 091""",
        (
            expect("2025-03-03/2025-03-09", "count"),
            expect("2025-03-05", "grey", "seen"),
            expect("2025-03-07", "trapped"),
            expect("2025-02-20~", "feeder", "moved"),
            expect("2008/..", "monitor"),
            expect("2016", "squirrelpox"),
            expect("../2025-05-31", "grant", planned=True),
            expect("2025-10-06/2025-10-12", "count", planned=True),
        ),
    ),
    Text(
        "thornbury-workhouse",
        "workhouse's history",
        None,
        """The Thornbury Union Workhouse

The Thornbury Poor Law Union was formed in 1836, two years after the Poor Law Amendment Act,
and brought together 28 parishes. Its workhouse on Hillside Road, built to a cross-shaped plan
for 300 inmates, was opened in about 1838.

Its first master, Samuel Dimmock, and his wife, the matron, ran the house on a strict diet of
bread, gruel and cheese. A cholera outbreak in 1849 killed 23 inmates, and the guardians'
inquiry blamed the drains. Dimmock was dismissed c. 1851 after complaints about the treatment
of the children.

An infirmary block was added in 1871 and a casual ward for vagrants in 1882. Later the
workhouse housed mostly the old and the sick, and inmates broke stone in the yard in return
for a night's lodging.

Under the 1929 Local Government Act the guardians were abolished, and the building became the
Thornbury Public Assistance Institution in 1930. It was taken over by the National Health
Service in 1948 as Hillside Hospital, and closed in 1991. The main block has since been
converted into flats.

The former receiving ward is now owned by the Thornbury Heritage Trust, which plans to open a
museum of the poor law there in 2027. Admission and discharge registers, which list some 1,836
entries for the first decade alone, are held at the county record office.

Further reading: J. Ashby, Thornbury's Poor (1979).""",
        (
            expect("1836", "union", "formed"),
            expect("1838~", "workhouse", "opened"),
            expect("1849", "cholera"),
            expect("1851~", "dimmock", "dismiss"),
            expect("1871", "infirmary"),
            expect("1882", "casual ward"),
            expect("1930", "institution"),
            expect("1948", "hospital"),
            expect("1991", "closed"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "rural-speed-limits-statement",
        "transport minister's road safety statement",
        date(2024, 11, 20),
        """Department for Transport
Written ministerial statement: Road safety - speed limits on rural roads
Made on: 20 November 2024
Made by: Rt Hon. Daniel Osei MP, Secretary of State for Transport

Every death on our roads is a tragedy for a family and a community. Reported road deaths in
2023 were the lowest since 2010, but almost two thirds of them happened on rural roads.

I launched a consultation on rural speed limits on 4 July, which closed on 26 September with
more than 11,000 responses. On Monday I met bereaved families from the campaign group
RoadPeace North, who told me how much the current limits on narrow lanes worry them.

Today I can confirm that the national speed limit on single-carriageway rural roads without a
centre line will be reduced to 50 mph. The new default will come into force on 1 April 2025.
A national road safety summit is to be held in Birmingham from 11 to 13 February, bringing
together police, councils and road user groups.

Local authorities will have until 31 March 2026 to review roads where a higher limit should be
kept, and will publish their decisions. The THINK! campaign, which has run since 1964, will
carry the change in a publicity drive. A full Road Safety Strategy will follow next spring.

The Department publishes casualty statistics every quarter, and I will update the House on
progress each year. I commend this statement to the House.

HCWS217""",
        (
            expect("2024-07-04", "consultation", "launch"),
            expect("2024-09-26", "consultation", "closed"),
            expect("2024-11-18", "families"),
            expect("2024-11-20", "confirm", "limit"),
            expect("2025-04-01", "force", planned=True),
            expect("2025-02-11/2025-02-13", "summit", planned=True),
            expect("../2026-03-31", "review", planned=True),
            expect("1964/..", "think"),
        ),
    ),
    Text(
        "plough-folk-guest-nights",
        "folk club HTML guest nights page",
        date(2025, 9, 2),
        """<html>
<head><title>Guest Nights - Plough Folk Club</title></head>
<body>
<div id="header"><h1>Plough Folk Club</h1>
<p>Thursdays at the Plough Inn, Bridge Street, Skelby - doors 7.45pm</p></div>
<h2>Guest Nights - Autumn 2025</h2>
<p><em>Page updated 2 September 2025</em></p>
<p>We meet every Thursday: singers' nights on the first and third Thursdays of the month,
guests on the others. Guest nights are &pound;12 on the door, &pound;10 for members.</p>
<ul>
<li><strong>Thursday 11 September</strong> - The Dunmore Sisters: close harmony from the
Shetland fiddle tradition.</li>
<li><strong>Thursday 25 September</strong> - Rob Kettle: songs of the Tyne keelmen, with
concertina.</li>
<li><strong>Thursday 9 October</strong> - Harrow &amp; Vane: a duo who last played for us in
2019, back with a new album.</li>
</ul>
<p>Our Christmas special, with the Skelby Mummers, will be on 18 December. Tickets go on sale
on 1 November and always sell out.</p>
<h3>About the club</h3>
<p>The club was founded in 1966 in a back room of the Fleece and has met at the Plough since
1968. Last season's highlight, Kit Farrow's return on 27 March 2025, sold out in a day.</p>
<p>Contact: Jean Whitlow, 01756 793 182 &middot; Charity No. 1068211</p>
</body>
</html>""",
        (
            expect("2025-09-11", "dunmore", planned=True),
            expect("2025-09-25", "kettle", planned=True),
            expect("2025-10-09", "harrow", planned=True),
            expect("2019", "harrow"),
            expect("2025-12-18", "christmas", planned=True),
            expect("2025-11-01", "tickets", planned=True),
            expect("1966", "found"),
            expect("1968/..", "plough"),
            expect("2025-03-27", "farrow"),
        ),
    ),
    Text(
        "marlowe-academy-appeal",
        "school admissions appeal decision",
        date(2025, 6, 26),
        """INDEPENDENT ADMISSION APPEAL PANEL
Decision letter

Our ref: IAP/2025/0417
Date of letter: 26 June 2025

Appeal for: Child A (Year 7)
School: Marlowe Academy, Eastgate
Admission authority: Marlowe Learning Trust

Dear Mr and Mrs Harrow,

The panel has now considered your appeal against the refusal of a Year 7 place at Marlowe
Academy for your daughter.

The facts
Your application was made through the local authority by the national closing date of
31 October 2024, naming Marlowe Academy as first preference. Your daughter was refused a
place on National Offer Day, 3 March 2025, and was offered a place at Hadley School, 4.1 miles
from your home. You lodged your appeal on 28 March. The family moved to Eastgate Road on or
about 10 January, and the local authority accepted this as your address.

The school's case
The academy has been oversubscribed since 2018, and its published admission number is 240.
The Trust argued that admitting another child would cause prejudice to the education of other
pupils, as classes in Year 7 are already at 30.

The panel's decision
The panel heard the appeal on 24 June and reached its decision on 25 June. It found that the
admission arrangements had been correctly applied, but that your daughter's medical needs,
confirmed by her consultant, outweigh the prejudice to the school. The appeal is therefore
UPHELD. Your daughter will be admitted to Marlowe Academy from 3 September 2025.

The decision of the panel is binding on the admission authority.

Yours sincerely,
R. Okafor, Clerk to the Panel""",
        (
            expect("../2024-10-31", "application"),
            expect("2025-03-03", "refused"),
            expect("2025-03-28", "appeal", "lodged"),
            expect("2025-01-10~", "moved"),
            expect("2018/..", "oversubscribed"),
            expect("2025-06-24", "heard"),
            expect("2025-06-25", "decision"),
            expect("2025-09-03", "admitted", planned=True),
        ),
    ),
    Text(
        "ashgill-paper-mill",
        "paper mill's history",
        None,
        """Ashgill Paper Mill: a short history

Paper was first made at Ashgill around 1712, when the Quaker Thomas Birkett converted a
fulling mill on the Ash Beck to make coarse brown wrapping paper from old rope and sacking.
Clean water from the limestone fells made the valley good for paper.

A fire destroyed the mill in 1796; it was rebuilt the following year with three vats. The
business was acquired by the Penrose family in 1811, and they ran it for 170 years. The mill's
first Fourdrinier machine was installed probably in 1829, though the firm's ledgers for those
years are lost.

Rag was replaced by imported wood pulp from 1902 onwards, and a second machine, No. 1874, was
added for tissue. At its height the mill employed some 420 people, many of them from the same
few families.

Cheap imports hit the mill hard after the war. The mill closed on 30 June 1981, and the last
reel, still kept in the museum, was signed by every worker on the final shift.

Since 2004 the buildings have housed the Ashgill Paper Museum, run by volunteers, whose
collection includes 1,812 watermark moulds. After a renovation of the machine house the museum
will reopen on 1 May 2026, with the restored beating engine working on the first Saturday of
every month.

Ashgill Paper Museum, Beck Side, Ashgill LA8 2PP. Registered charity 1102877.""",
        (
            expect("1712~", "paper"),
            expect("1796", "fire"),
            expect("1797", "rebuilt"),
            expect("1811", "penrose"),
            expect("1829?", "fourdrinier"),
            expect("1902/..", "wood pulp"),
            expect("1981-06-30", "closed"),
            expect("2004/..", "museum"),
            expect("2026-05-01", "reopen", planned=True),
        ),
    ),
    Text(
        "wyedale-trips-calendar",
        "canoe club's trips calendar",
        date(2025, 6, 3),
        """WYEDALE CANOE CLUB
Trips Calendar 2025 (updated 3 June 2025)

Trips are open to members with the grade shown. Book with the trip leader at least a week
ahead. Pool sessions: every Wednesday, 8-9pm, Wyedale Leisure Centre.

Date                      Trip                                           Grade   Leader
Sun 18 May                Lower Wye, Glasbury to Hay - CANCELLED (low     1       P. Rees
                          water)
Sat 14 June               River Lune, Kirkby Lonsdale to Caton            2       A. Mistry
Sun 29 June               Ullswater open canoe day                        1       J. Bell
Fri 18 - Sun 20 July      Tryweryn weekend, camping at Bala               3       D. Orme
2 - 9 August              Summer expedition: River Spey, Newtonmore to    2       A. Mistry
                          the sea
Sat 27 September          AGM and river clean-up, club hut                -       Committee

Notes
- Spey expedition: booking closes on Friday; deposits of £60 must be paid by 30 June.
- The Lower Wye trip will be rearranged for next month if levels rise.
- Kit hire: boats and buoyancy aids from the club store, £5 a day.

Wyedale Canoe Club was founded in 1974 and is affiliated to Paddle Wales.
Club hut: Old Station Yard, Builth Road. Membership secretary: 07700 900 155.""",
        (
            expect("2025-05-18", "lower wye", "cancel"),
            expect("2025-06-14", "lune", planned=True),
            expect("2025-06-29", "ullswater", planned=True),
            expect("2025-07-18/2025-07-20", "tryweryn", planned=True),
            expect("2025-08-02/2025-08-09", "spey", planned=True),
            expect("2025-09-27", "agm", planned=True),
            expect("2025-06-06", "booking", planned=True),
            expect("../2025-06-30", "deposits", planned=True),
            expect("1974", "found"),
        ),
    ),
)
