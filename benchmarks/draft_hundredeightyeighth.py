"""The hundred-and-eighty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project's code or its earlier batches. Twenty styles, one
text each: a wire story with a dateline, a press release, a court opinion, an encyclopedia
history, a sports report, a company history, a mission summary (space), a government
statement, an HTML news page, a heat-health alert, a rowing regatta report, a brewery
expansion release, a lighthouse keeper's log of the 1870s, a red squirrel feeder survey, a
Methodist chapel's history, a transport minister's rail timetable statement, a county show
HTML events page, an employment tribunal judgment, a clay pipe maker's history and a chess
club's fixture list. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, a decade, "next week", "recently") are left out of the
expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYEIGHTH_CORPUS",)


HUNDREDEIGHTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "estuary-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESSWICK FALLS, March 12 (Meridian Wire) - A regional ferry operator suspended all
crossings on the Tarrow estuary on Wednesday after inspectors found serious corrosion in the
loading ramps at both terminals, stranding commuters who rely on the 20-minute route.

Estuary Link said the inspection was carried out on Monday, March 10, and that its findings
were passed to the Tarrow Harbour Authority the next day. Engineers then advised the company
that the ramps could not safely carry vehicles.

Repairs will begin on Saturday and are likely to take about three weeks, operations director
Helen Garside told reporters. A replacement bus service will start on Thursday, running via
the Crannock road bridge, and the ramps must be certified by April 4 before sailings can
restart.

Ferries have run across the estuary since 1872, apart from wartime closures in 1917 and 1941.
The last unplanned suspension, in about 2016, lasted eleven days. Councillor Ayo Pemberton
said the closure was "the most serious blow to the route since 1998" and called for the
harbour authority to publish the full inspection report.

Around 4,600 passengers use the two ferries every weekday, according to the operator.
Regular users said the bus detour would add up to 50 minutes to each journey.

(Reporting by Conor Whitlow; Editing by Sasha Mendel; +44 20 7946 0311)""",
        (
            expect("2025-03-12", "suspend", "crossing"),
            expect("2025-03-10", "inspection"),
            expect("2025-03-11", "finding"),
            expect("2025-03-15", "repair", planned=True),
            expect("2025-03-13", "bus", planned=True),
            expect("../2025-04-04", "ramp", "certif", planned=True),
            expect("1872/..", "ferr"),
            expect("1917", "closure"),
            expect("1941", "closure"),
            expect("2016~", "suspension"),
        ),
    ),
    Text(
        "sepsis-analyser-approval",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE

Calloway Diagnostics receives approval for portable sepsis analyser

LEEDSHAM, United Kingdom - 20 November 2024 - Calloway Diagnostics Ltd, a developer of
point-of-care blood tests, said its SeptiQ analyser has received regulatory approval for use
in hospitals across the United Kingdom and the European Union.

The approval was granted on 14 November following a clinical study at six hospitals that ran
from March 2023 to January 2024. In the study, SeptiQ returned a result in 18 minutes,
against an average of four hours for laboratory tests.

"Sepsis kills some 48,000 people a year in this country, and every hour counts," said chief
executive Dr Amara Kettle. "This approval lets us put the answer at the bedside."

First deliveries to NHS trusts are scheduled to begin in February 2025, and the company
expects to open a second production line at its Leedsham plant no later than 30 September
2025.

About Calloway Diagnostics
Calloway Diagnostics was founded in 2011 as a spin-out of the University of Leedsham. It
raised GBP 18 million in a funding round in July 2022 and has supplied its earlier ClotCheck
test kits to NHS hospitals since 2019. The company employs 140 people and its quality system
is certified to ISO 13485:2016.

Media contact:
Priya Venn, Head of Communications
+44 113 496 0721 | press@callowaydx.example

###""",
        (
            expect("2024-11-14", "approval"),
            expect("2023-03/2024-01", "study"),
            expect("2025-02", "deliver", planned=True),
            expect("../2025-09-30", "production", "line", planned=True),
            expect("2011", "found"),
            expect("2022-07", "funding"),
            expect("2019/..", "suppl"),
        ),
    ),
    Text(
        "hollis-v-draymoor",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-0417

HOLLIS GRAIN COOPERATIVE, Appellant,
v.
DRAYMOOR ELEVATOR CO., Appellee.

Appeal from the District Court for Corley County, Hon. Ruth Abernathy, Judge.

OPINION

PRESCOTT, Judge.

Draymoor Elevator Co. has operated the grain elevator at Corley Junction since 1958. On or
about June 2, 2021, Draymoor and Hollis Grain Cooperative entered into a written agreement
under which Draymoor would store up to 400,000 bushels of Hollis's wheat. The agreement
required Hollis to remove the grain no later than December 31, 2021.

Hollis removed roughly half of the grain in October 2021 but left the remainder in the
elevator. On January 18, 2022, Draymoor notified Hollis in writing that storage charges
would accrue at the default rate set out in paragraph 9 of the agreement.

A fire damaged the elevator's east bin on March 3, 2022, destroying some 61,000 bushels of
Hollis's wheat. Hollis filed suit on August 22 of that year, alleging that Draymoor had
failed to exercise the care required of a warehouse under Westmarch Code section 47-7-204
(1986). The district court granted summary judgment for Draymoor on May 11, 2023, holding
that Hollis's grain was held after the contract term at Hollis's own risk. Hollis timely
appealed.

We review a grant of summary judgment de novo. Because the agreement plainly allocated the
risk of loss after the removal deadline to Hollis, and because Hollis offered no evidence
that the fire resulted from Draymoor's negligence, we AFFIRM.""",
        (
            expect("1958/..", "operat", "elevator"),
            expect("2021-06-02~", "agreement"),
            expect("../2021-12-31", "remove", "grain"),
            expect("2021-10", "removed"),
            expect("2022-01-18", "notif"),
            expect("2022-03-03", "fire"),
            expect("2022-08-22", "suit"),
            expect("2023-05-11", "summary", "judgment"),
        ),
    ),
    Text(
        "brennick-history",
        "encyclopedia history",
        None,
        """Brennick

Brennick is a market town and civil parish in the county of Aldshire, England, on the north
bank of the River Wend. Its population is about 7,400.

History

A settlement at the ford is recorded c. 1086 as Branewic. The town received a market charter
in 1227, and a stone bridge over the Wend was built around 1340; three of its arches
survive. Brennick grew on the wool trade, and several merchants' houses on Fore Street
preserve timber frames of that period.

The grammar school was probably founded in 1552; its first recorded master, Richard Pyne,
was paid from the rents of two chantry houses.

During the English Civil War Brennick was besieged by Parliamentary forces in 1644, and the
castle was slighted two years later. Its ruins are a scheduled monument.

The Wend Navigation canal reached the town in 1797. The railway followed in 1851 and closed
to passengers in 1964, when the station buildings became a builders' merchant.

Since 1974 the town has been part of the Aldshire Vale district. The weekly market is still
held every Thursday in the Shambles.

See also
- List of market towns in Aldshire
- Wend Navigation

References
1. Aldshire Record Office, D/BR/14/2.
2. Hallam, J. (1988). Brennick: A Market Town. Aldshire Local History Society. p. 41.""",
        (
            expect("1086~", "recorded"),
            expect("1227", "charter"),
            expect("1340~", "bridge"),
            expect("1552?", "school", "found"),
            expect("1644", "besieged"),
            expect("1646", "castle", "slighted"),
            expect("1797", "canal"),
            expect("1851", "railway"),
            expect("1964", "close"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "harrowgate-millbrook",
        "sports report",
        date(2025, 10, 19),
        """Harrowgate Athletic 3 Millbrook Rovers 1

By Dan Creswell | Sunday 19 October 2025

Harrowgate Athletic climbed to third in the Northern Premier Division with a 3-1 win over
Millbrook Rovers at Kiln Lane on Saturday, their first home victory since August.

Ellis Mabry opened the scoring after 12 minutes, turning in Reece Dunne's low cross, and
doubled the lead from the penalty spot before half-time. Mabry, who joined from Castleford
Town in January, now has nine goals in 14 league games.

Millbrook pulled one back through substitute Kai Osei on 67 minutes, but Jordan Pike's
header from a corner settled it in stoppage time.

"We've been knocking on the door for weeks," said Harrowgate manager Stuart Lyle. Millbrook
manager Tony Okoro, appointed on 2 September after the departure of Glen Marr, admitted his
side "never got going".

The sides last met in the FA Trophy in November 2023, when Millbrook won 2-0 at Kiln Lane.
Saturday's crowd of 1,874 was the largest at the ground since 2019.

Harrowgate travel to Stainby on Tuesday and host league leaders Corbridge Town on 25 October.
The new 600-seat south stand is expected to open by December 1, subject to a safety
certificate, the club said. Harrowgate, founded in 1889, have never played above the sixth
tier.

Harrowgate: Lowe, Dunne, Fisk, Oyelaran, Brand, Pike, Hales (Kerr 78), Mabry, Tait,
Summers, Vaughan.""",
        (
            expect("2025-10-18", "win"),
            expect("2025-01", "mabry", "join"),
            expect("2025-09-02", "okoro", "appoint"),
            expect("2023-11", "met"),
            expect("2025-10-21", "stainby", planned=True),
            expect("2025-10-25", "corbridge", planned=True),
            expect("1889", "found"),
            expect("../2025-12-01", "stand", planned=True),
        ),
    ),
    Text(
        "fenwright-history",
        "company history",
        None,
        """Our History

Fenwright & Sons traces its origins to about 1836, when Josiah Fenwright leased a rope walk
on the quay at Saltmouth and began spinning hemp cordage for the fishing fleet. Josiah's
sons Amos and Caleb joined the business as boys, and the firm took its present name when
they became partners.

In 1871 the firm moved to a steam-powered works on Tanner Street, and ten years later it
began making sailcloth for the coastal schooners that still crowded the harbour.

A fire destroyed the Tanner Street works on 9 February 1923. Production resumed in a
rebuilt mill the following year, with machinery bought from a closing works in Dundee.

The business became a private limited company in about 1938, and during the war its
workforce of 230 produced netting and towing hawsers for the Admiralty.

Fenwright's has made synthetic mooring lines since 1962, when it installed the first nylon
braiding machines in the South West. It opened a sales office in Rotterdam in 2004 and
another in Halifax, Nova Scotia, in 2017.

Today, six generations on, Fenwright & Sons supplies mooring and towing lines to harbours in
more than 40 countries. A new spinning hall at the Saltmouth works is planned to open in
2026, doubling our capacity for high-modulus rope.

Fenwright & Sons Ltd, Tanner Street, Saltmouth. Company No. 00339471.""",
        (
            expect("1836~", "rope", "walk"),
            expect("1871", "move"),
            expect("1881", "sailcloth"),
            expect("1923-02-09", "fire"),
            expect("1924", "production", "resum"),
            expect("1938~", "limited", "company"),
            expect("1962/..", "mooring", "lines"),
            expect("2004", "office", "rotterdam"),
            expect("2017", "office", "halifax"),
            expect("2026", "spinning", "hall", planned=True),
        ),
    ),
    Text(
        "halcyon-mission",
        "mission summary",
        None,
        """MISSION SUMMARY: HALCYON

Type: asteroid sample return
Operator: Consortium for Deep Space Exploration (CDSE)
Target: near-Earth asteroid 2011 QK7 (diameter about 480 m)
Launch mass: 2,140 kg

Halcyon was proposed in 2012 and approved for development in about 2015. It was launched on
14 March 2019 on an Orion-5 rocket from the Kourou-Sud launch site, and after one Earth
gravity assist arrived at asteroid 2011 QK7 on 27 July 2022.

After some nine months of mapping, the spacecraft touched down on the surface on 19 April
2023 for six seconds and collected about 140 grams of regolith. A second touchdown on 6 June
gathered a further 60 grams, but a thruster fault two days later forced controllers to
cancel a planned third sampling attempt.

Halcyon left the asteroid on 11 November. It is scheduled to release its sample capsule over
the Nullarbor test range on 24 September 2026, after which the main spacecraft will continue
on an extended mission to fly past a second asteroid around 2029.

Instruments: HCAM wide-angle camera; HLIDAR laser altimeter; VIRSPEC infrared spectrometer;
sampling horn with three gas canisters.

Status: cruise (return). Last updated by the CDSE mission office.""",
        (
            expect("2012", "propos"),
            expect("2015~", "approv"),
            expect("2019-03-14", "launch"),
            expect("2022-07-27", "arriv"),
            expect("2023-04-19", "touch"),
            expect("2023-06-06", "second", "touchdown"),
            expect("2023-06-08", "thruster", "fault"),
            expect("2023-11-11", "left"),
            expect("2026-09-24", "capsule", planned=True),
            expect("2029~", "fly", planned=True),
        ),
    ),
    Text(
        "lenning-flood-statement",
        "government statement",
        date(2025, 6, 3),
        """MINISTRY OF WATER AND RURAL AFFAIRS

Statement on the Lenning Valley flood defence programme
3 June 2025
For immediate release

The Minister for Water, Clara Ashdown, visited Lenning on Monday to open the first completed
section of the new Lenning embankment, which will protect some 640 homes in the lower town.

Work on the scheme began in September 2023, three and a half years after the floods of
February 2020 forced 1,100 households from their homes. The first section was finished
ahead of schedule and within its budget of 18.5 million.

The second phase, at Orrin Bridge, will start on 1 July and is expected to be completed by
31 March 2027. A public consultation on the third phase, covering the villages of Wend Cross
and Haverley, will run from 9 June to 18 July.

The Lenning Valley has had a dedicated flood warning service since 1987. The Ministry will
fund two additional river gauges on the Orrin as part of the second phase.

The Minister said: "This spring was the wettest in the valley since 1947. People here have
waited too long for protection, and we will not make them wait any longer."

The Minister will meet residents affected by the 2020 floods in Harlow Cross on Friday.

Notes to editors
1. Consultation documents: www.mwra.gov.example/lenning
2. Press office: 0300 555 0142 (out of hours: 0300 555 0143)""",
        (
            expect("2025-06-02", "open", "embankment"),
            expect("2023-09", "work", "began"),
            expect("2020-02", "flood"),
            expect("2025-07-01", "second", "phase", planned=True),
            expect("../2027-03-31", "complet", planned=True),
            expect("2025-06-09/2025-07-18", "consultation", planned=True),
            expect("1987/..", "warning"),
            expect("2025-06-06", "meet", "residents", planned=True),
        ),
    ),
    Text(
        "corran-library-reopens",
        "HTML news page",
        date(2024, 7, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Corran central library reopens after roof repairs | Corran Gazette</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Corran central library reopens after roof repairs</h1>
<p class="byline">By Nia Hollins | Thursday 18 July 2024, 09:14</p>
<p>Corran's central library reopened to readers on Tuesday, eight months after rainwater
poured through its roof during a storm.</p>
<p>Council leader Martin Greaves said the children's floor would reopen on 5 August, and
that the rooftop caf&eacute; is to follow no later than 30 September.</p>
<p>Repairs to the lead roof and the glass lantern over the reading room began around 20
February and were finished in June, at a cost of about &pound;1.2 million.</p>
<p>The Grade II listed building had closed on 12 November last year, when a blocked gutter
overflowed during Storm Delphine and flooded the local studies room. Staff moved some 9,000
volumes to a temporary store in the town hall.</p>
<p>The library opened in 1894, paid for by the mill owner Samuel Corran, and was extended in
1936 and 1972. It lends about 210,000 items a year.</p>
<figure><img src="/img/library-reading-room.jpg" alt="Reading room">
<figcaption>The restored reading room. Photo: Corran Gazette</figcaption></figure>
<p>Opening hours: Monday to Saturday, 9am to 5pm. Tel. 01632 960 118.</p>
</article>
<footer>&copy; 2024 Corran Gazette Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2024-07-16", "library", "reopen"),
            expect("2024-08-05", "children", planned=True),
            expect("../2024-09-30", "caf", planned=True),
            expect("2024-02-20~", "repair", "began"),
            expect("2024-06", "finish"),
            expect("2023-11-12", "closed"),
            expect("1894", "opened"),
            expect("1936", "extended"),
            expect("1972", "extended"),
        ),
    ),
    Text(
        "amber-heat-alert",
        "heat-health alert",
        date(2025, 7, 14),
        """HEAT-HEALTH ALERT: AMBER

Issued by: Westholm Health Protection Agency
Issued at: 10:00 on Monday 14 July 2025
Regions: Eastern Plain, Capital, Southern Vale

Summary
An amber heat-health alert is in force from 9am on Tuesday until 9am on Friday for the
regions listed above. Daytime temperatures are expected to reach 33C on Wednesday, with
overnight lows not falling below 20C in the Capital. A yellow thunderstorm warning is likely
to follow on Friday as the heat breaks.

Impacts
Significant impacts are likely across health and social care services, including a rise in
deaths among people aged 65 and over and those with heart or lung conditions. Demand on
ambulance services may increase.

This is the second amber alert this summer; the first was in force from 30 June to 2 July.
The alert system has operated in its present form since 1 June 2023, when colour-coded
impact levels replaced the earlier threshold scheme.

Advice
- Check on older or vulnerable neighbours every day.
- Keep curtains closed on windows that face the sun.
- Drink plenty of fluids and avoid alcohol.

Next review
The agency will review this alert at 10:00 on Wednesday and may raise it to red.

Alert reference: WHPA-HHA-2025-019. Enquiries: 0300 555 0199.""",
        (
            expect("2025-07-15/2025-07-18", "alert", planned=True),
            expect("2025-07-16", "temperature", planned=True),
            expect("2025-07-18", "thunderstorm", planned=True),
            expect("2025-06-30/2025-07-02", "alert"),
            expect("2023-06-01/..", "system"),
            expect("2025-07-16", "review", planned=True),
        ),
    ),
    Text(
        "kellsford-regatta",
        "rowing regatta report",
        date(2024, 7, 8),
        """ROWING

Dunmere sweep the board at Kellsford

By our Rowing Correspondent | Monday 8 July 2024

Dunmere Rowing Club won five events at Kellsford Regatta, held on the Wend reach from 5 to 7
July, including the Grand Challenge Cup for senior eights.

The Dunmere eight, stroked by Callum Ayres, beat Tamworth Boat Club by a length in Sunday's
final after trailing to the halfway mark, and set a course record of 5 min 41 sec in the
process. Both Dunmere eights go on to the National Championships at Holme Water on 26 July.

On Saturday, Freya Linacre won the women's championship single sculls, holding off the
Kellsford captain Ines Marlow by three seconds. Linacre, who took up rowing in about 2018
after a shoulder injury ended her swimming career, said: "It was the hardest 1,500 metres of
my life."

The regatta was first held in 1861 and has been staged on the present course since 1903.
Dunmere's previous win in the Grand Challenge Cup came in 2012, its best season since 1987.

Results (selected)
Grand Challenge Cup: Dunmere bt Tamworth, 1 length
Women's Championship Sculls: F. Linacre (Dunmere) bt I. Marlow (Kellsford), 3 sec
Junior Quads: Kellsford School bt Dunmere, easily
Veterans' Pairs (E): Dunmere bt Wendside, 2 lengths""",
        (
            expect("2024-07-05/2024-07-07", "regatta"),
            expect("2024-07-07", "eight", "final"),
            expect("2024-07-26", "championships", planned=True),
            expect("2024-07-06", "linacre", "sculls"),
            expect("2018~", "linacre", "rowing"),
            expect("1861", "first", "held"),
            expect("1903/..", "course"),
            expect("2012", "grand", "challenge"),
        ),
    ),
    Text(
        "hopworth-brewhouse",
        "brewery expansion release",
        date(2025, 9, 16),
        """NEWS RELEASE
For release: Tuesday 16 September 2025

Hopworth Brewing Co. to double capacity with new brewhouse

ASHCOMBE - Hopworth Brewing Co. will begin building a 40-hectolitre brewhouse beside its Mill
Road taproom on Monday, doubling the independent brewery's annual capacity to about 16,000
hectolitres.

Planning permission for the extension was granted by Ashcombe District Council on 28
August. The GBP 2.1 million project is backed by a loan from the Wessex Growth Fund and will
create 14 jobs. The new brewhouse is expected to brew its first batch by April 2026.

"We've turned away orders from pubs every month for two years," said co-founder Jess Arnott.
"This lets us say yes."

Hopworth was founded in 2014 by Arnott and her brother Tom in a former dairy at Ashcombe
Cross, and moved to its current site on Mill Road in 2019. Its flagship Ashcombe Pale (4.2%
ABV) won gold at the Wessex Beer Awards in 2021, 2022 and 2024.

The brewery has brewed with malting barley from Collard Farm, three miles away, since 2016,
and the new brewhouse will use heat recovered from the boil to warm the taproom.

The taproom will stay open throughout the works, Thursday to Sunday from noon.

Ends

Media enquiries: Sam Pritchard, sam@hopworth.example, 01632 960 441
Hopworth Brewing Co. Ltd, Unit 4, Mill Road, Ashcombe. Company No. 09127734.""",
        (
            expect("2025-09-22", "brewhouse", planned=True),
            expect("2025-08-28", "permission"),
            expect("../2026-04", "first", "batch", planned=True),
            expect("2014", "found"),
            expect("2019", "move"),
            expect("2021", "gold"),
            expect("2022", "gold"),
            expect("2024", "gold"),
            expect("2016/..", "barley"),
        ),
    ),
    Text(
        "carrack-head-journal-1874",
        "lighthouse keeper's log of the 1870s",
        None,
        """CARRACK HEAD LIGHTHOUSE (light first exhibited 1 October 1838)
KEEPER'S JOURNAL FOR THE YEAR 1874
Principal Keeper: Wm. Tregarthen    Assistant Keeper: Jas. Polglaze

Date     | Wind  | Weather        | Remarks
---------+-------+----------------+----------------------------------------------------
Jan. 3   | NW 6  | Snow squalls   | Lamp lit 4.10 p.m. Schooner Mary Ellen of Fowey
         |       |                | ashore on the Gull Rock at 2 a.m.; crew of five
         |       |                | taken off by the Porthcarrack boat.
Jan. 19  | SW 4  | Fair           | Supply vessel Hesper landed 30 casks of colza oil
         |       |                | and coals. Oil in store 412 gals.
Feb. 7   | E 8   | Gale, sleet    | Lantern pane on S.E. side cracked by a stone thrown
         |       |                | up by the sea. Replaced next morning from spare.
Mar. 24  | W 3   | Fine, clear    | Superintendent Mr. Rowe inspected the station and
         |       |                | found all in order. Says new fog bell to be fitted
         |       |                | by 31 May.
May 29   | S 2   | Thick fog      | Fog bell fitted by the Trinity men and rung for
         |       |                | trial; heard at the Gull Rock.
Jun. 11  | SW 5  | Showers        | Asst. Keeper Polglaze on leave till the 25th. Mr.
         |       |                | Rowe writes that the light is to be converted to
         |       |                | mineral oil in 1876.

Wm. Tregarthen, Principal Keeper""",
        (
            expect("1838-10-01", "light", "exhibited"),
            expect("1874-01-03", "schooner", "ashore"),
            expect("1874-01-19", "hesper"),
            expect("1874-02-07", "pane", "cracked"),
            expect("1874-02-08", "replaced"),
            expect("1874-03-24", "inspect"),
            expect("../1874-05-31", "fog", "bell", planned=True),
            expect("1874-05-29", "fog", "bell"),
            expect("1874-06-11/1874-06-25", "leave"),
            expect("1876", "mineral", "oil", planned=True),
        ),
    ),
    Text(
        "ardmoor-squirrel-survey",
        "red squirrel feeder survey",
        date(2024, 4, 22),
        """ARDMOOR RED SQUIRREL GROUP
Feeder Survey 2024: Summary for Members
Issued 22 April 2024 | Data ref. SSD-2024-117

Our feeder survey ran from 4 to 17 March at 62 feeders across the Ardmoor estate and
Glenbuie woods. Thirty-eight volunteers checked hair tubes and camera traps at each feeder.

Results
Red squirrels were recorded at 41 feeders, up from 33 last year and the highest count since
the survey began in 2009. Activity was highest at the Glenbuie car park and Ardmoor walled
garden feeders, where camera traps logged up to 140 visits a day.

A grey squirrel was photographed at the Glenbuie bridge feeder on 9 March. The animal was
caught by an estate ranger two days later and tested negative for squirrelpox. Squirrelpox
was confirmed in the neighbouring Dalnair glen in about August 2022, so members should keep
reporting any greys at once.

Background
Red squirrels were reintroduced to Glenbuie in 1998 and have been monitored by the group
since 2003. Volunteers top up the feeders every Saturday from October to April.

Next year
The next survey will run from 3 to 16 March 2025. Volunteers should register with the
survey coordinator by 31 January. Training sessions for new members will be announced in the
newsletter.

Contact: survey coordinator Isla Mackenzie, 01479 555 302, surveys@ardmoorreds.example""",
        (
            expect("2024-03-04/2024-03-17", "survey"),
            expect("2009", "survey", "began"),
            expect("2024-03-09", "grey", "photographed"),
            expect("2024-03-11", "caught"),
            expect("2022-08~", "squirrelpox"),
            expect("1998", "reintroduc"),
            expect("2003/..", "monitor"),
            expect("2025-03-03/2025-03-16", "survey", planned=True),
            expect("../2025-01-31", "register", planned=True),
        ),
    ),
    Text(
        "zion-chapel-history",
        "Methodist chapel's history",
        None,
        """Zion Methodist Chapel, Pennock Street: A Short History

Methodism came to Pennock on 14 May 1767, when the itinerant preacher Thomas Garland
preached from the steps of the market cross to a crowd that, by his own account, pelted him
with turnips. A society was formed around 1770 and met in a cottage in Back Lane.

The first chapel, a plain stone room for some 120 hearers, was built in 1789 on land given
by the tanner Joseph Hirst.

By the middle of the nineteenth century the congregation had outgrown it. The foundation
stone of the present chapel, designed by the Halifax architect Ezra Holt, was laid in June
1867, and the chapel was opened on 9 April of the following year with sermons by the
Reverend William Nuttall. It seats 650.

The organ, built by Conacher of Huddersfield in about 1880, was moved here from a closed
chapel in Dewsbury and restored in 1996. The schoolroom behind the chapel was added in 1893.

In 1932 Zion joined the new Pennock and Dale Circuit, in which it remains.

Sunday worship is held at 10.30 each week, and the chapel is open for visitors on Saturday
mornings from Easter to September.

A flower festival to mark the 160th anniversary of the opening is planned for 8 April 2028.

Registered charity No. 1132869. Enquiries to the chapel steward, Mrs Ann Greenwood.""",
        (
            expect("1767-05-14", "pennock"),
            expect("1770~", "society"),
            expect("1789", "chapel", "built"),
            expect("1867-06", "foundation", "stone"),
            expect("1868-04-09", "chapel", "opened"),
            expect("1880~", "organ", "built"),
            expect("1996", "restored"),
            expect("1893", "schoolroom"),
            expect("1932", "circuit"),
            expect("2028-04-08", "flower", "festival", planned=True),
        ),
    ),
    Text(
        "valleys-timetable-statement",
        "transport minister's rail timetable statement",
        date(2025, 1, 28),
        """Written Ministerial Statement: Valleys rail timetable change

Made on: Tuesday 28 January 2025
Statement reference: HCWS412

The Minister of State for Rail (Dafydd Renshaw):

The new timetable for the Valleys network will come into effect on Sunday 18 May 2025. From
that date services between Carrow and Penmaen will increase from two to four trains an hour
on weekdays, and journey times will fall by up to nine minutes.

This follows the completion of electrification on the Penmaen branch, which was energised on
2 December 2024. Drivers' training on the new Class 398 electric units began in October and
will be complete by 31 March 2025. Sunday services on the branch will start on 25 May.

A public consultation on the timetable closed on 10 January 2025 with 2,140 responses. I am
grateful to all who took part; as a result, the last weekday train from Carrow will leave
at 23:40 rather than 22:55.

The Carrow to Penmaen line closed in 1964 and reopened to passengers in 1995. Stations at
Cwm Dulais and Tregarn have been step-free since 2021, and passenger numbers on the line have
grown by 31 per cent since 2019.

I will meet the operator, Valleys Rail, and the rail unions on Thursday to review readiness
for the change, and I will update the House before the timetable takes effect.""",
        (
            expect("2025-05-18", "timetable", planned=True),
            expect("2024-12-02", "energised"),
            expect("2024-10", "training", "began"),
            expect("../2025-03-31", "training", "complete", planned=True),
            expect("2025-05-25", "sunday", "services", planned=True),
            expect("2025-01-10", "consultation"),
            expect("1964", "closed"),
            expect("1995", "reopened"),
            expect("2021/..", "step-free"),
            expect("2025-01-30", "meet", planned=True),
        ),
    ),
    Text(
        "dunsford-show-events",
        "county show HTML events page",
        date(2025, 5, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>What's on | Dunsford County Show 2025</title></head>
<body>
<header><a href="/">Dunsford County Show</a> <a href="/tickets">Buy tickets</a></header>
<main>
<h1>Dunsford County Show 2025</h1>
<p>The Dunsford County Show takes place on Saturday 26 and Sunday 27 July at Hartley Park,
near Dunsford. Gates open at 8am on both days.</p>
<h2>Main ring highlights</h2>
<ul>
<li><strong>Saturday 26 July, 10:00</strong> - Grand parade of cattle</li>
<li><strong>Sunday 27 July, 14:30</strong> - Heavy horse display (Shire Horse Society)</li>
</ul>
<p>Also on both days: the food hall, the rare breeds tent, sheep shearing demonstrations,
the flower and produce marquee, the Young Farmers' tug of war and more than 300 trade
stands. Dogs on short leads are welcome; free parking in the north fields.</p>
<h2>Exhibitors and entries</h2>
<p>Livestock entries close on 20 June. Trade stand bookings must be made by 6 June; late
bookings cannot be accepted.</p>
<h2>About the show</h2>
<p>The show was first held in 1862 and has been held at Hartley Park since 1949. It was
cancelled in 2001 because of foot-and-mouth disease, and again in 2020 and 2021.</p>
<p>Tickets: adults &pound;24, children &pound;8, under-5s free. Box office 01632 960 870.</p>
</main>
<footer><p>Page updated 2 May 2025. Dunsford Agricultural Society, registered charity
No. 1024411.</p></footer>
</body>
</html>""",
        (
            expect("2025-07-26/2025-07-27", "show", planned=True),
            expect("2025-07-26", "cattle", "parade", planned=True),
            expect("2025-07-27", "heavy", "horse", planned=True),
            expect("2025-06-20", "entries", planned=True),
            expect("../2025-06-06", "trade", "stand", planned=True),
            expect("1862", "first", "held"),
            expect("1949/..", "hartley"),
            expect("2001", "cancel"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
        ),
    ),
    Text(
        "okonjo-v-fellgate",
        "employment tribunal judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Ms R Okonjo
Respondent: Fellgate Logistics Ltd
Case No: 1804512/2024
Heard at: Leeds
Before: Employment Judge Marsh, Mr D Eccles, Ms P Rahman

RESERVED JUDGMENT

The unanimous judgment of the Tribunal is that the claim of unfair dismissal under section
98 of the Employment Rights Act 1996 succeeds.

REASONS

1. The respondent has operated its distribution depot at Castleford since 1997. The claimant
began work there as a transport planner on 6 April 2016. She was dismissed on 29 September
2023.

2. On or about 14 June 2023 the claimant raised a written grievance about a change to her
shift pattern. A grievance hearing took place on 3 July and the outcome, rejecting the
grievance, was sent to her eleven days later.

3. The claimant was signed off sick with work-related stress on 24 July 2023. The
respondent held no welfare meeting with her and dismissed her for capability without
obtaining any medical evidence.

4. She began early conciliation through ACAS on 2 December 2023 and presented her claim on
9 February 2024.

5. We find that the respondent did not follow a fair procedure and that dismissal fell
outside the band of reasonable responses.

6. Unless the parties reach agreement, a remedy hearing is to be held no later than 30 June
2025.

Employment Judge Marsh""",
        (
            expect("1997/..", "depot"),
            expect("2016-04-06", "planner"),
            expect("2023-09-29", "dismiss"),
            expect("2023-06-14~", "grievance"),
            expect("2023-07-03", "grievance", "hearing"),
            expect("2023-07-14", "outcome"),
            expect("2023-07-24", "signed", "sick"),
            expect("2023-12-02", "conciliation"),
            expect("2024-02-09", "claim"),
            expect("../2025-06-30", "remedy", "hearing", planned=True),
        ),
    ),
    Text(
        "pellow-pipemakers",
        "clay pipe maker's history",
        None,
        """The Pellows of Kingsbridge Quay, Clay Tobacco Pipe Makers

John Pellow was born in about 1741, the son of a Kingsbridge lighterman. He was apprenticed
to the pipemaker Samuel Dyer in 1755 and took his freedom as a burgess of the town in 1763,
after which he set up his own kiln in Lime Kiln Lane. His pipes, with their distinctive
spurred bowls, are marked with the initials IP moulded on either side of the spur.

He died in 1809, and his son William carried on the workshop, adding a second kiln and a
drying shed. William sold the business in 1841 to the firm of Hake & Tonkin, who went on
making pipes on the site for most of the century. The kilns were probably demolished in
1902, when the lane was widened.

Excavations by the Kingsbridge Archaeological Trust in 1987 and 1988 recovered more than
12,000 pipe fragments and parts of a collapsed kiln muffle. Many bowls bear the Pellow
initials; others carry a moulded rose and crown, and a few are stamped with the number 1799,
probably a mould number rather than a date.

A selection of the finds has been on display at Kingsbridge Museum since 2006. A full
catalogue of the Pellow marks, by the museum's curator Dr Helen Rowse, is to be published in
2026.

Further reading: Hendra, M. (1991) Kingsbridge Pipemakers. Kingsbridge Museum Papers 7.""",
        (
            expect("1741~", "pellow", "born"),
            expect("1755", "apprentic"),
            expect("1763", "freedom"),
            expect("1809", "pellow", "died"),
            expect("1841", "sold"),
            expect("1902?", "kilns", "demolished"),
            expect("1987", "excavation"),
            expect("1988", "excavation"),
            expect("2006/..", "display"),
            expect("2026", "catalogue", planned=True),
        ),
    ),
    Text(
        "harwood-chess-fixtures",
        "chess club's fixture list",
        date(2025, 9, 1),
        """HARWOOD CHESS CLUB
Fixtures: September - December 2025
Updated 1 September 2025

Club nights: every Tuesday, 7.30pm, Harwood Village Hall (upstairs room).
Home matches start at 7.30pm prompt; away matches, meet at the hall at 6.45pm for lifts.

Date         Competition                Opponent                 Venue   Captain
Tue 16 Sep   Wharfedale League Div 1    Ilkley B                 H       J. Moss
Thu 2 Oct    Wharfedale League Div 1    Skipton A                A       J. Moss
Tue 21 Oct   Calvert Cup, round 1       Keighley                 H       R. Dhillon
Sat 8 Nov    Harwood Rapidplay          (open event, 6 rounds)   Hall    T. Baines
Tue 25 Nov   Wharfedale League Div 1    Otley A                  H       J. Moss
Mon 8 Dec    Wharfedale League Div 1    Ilkley A                 A       J. Moss

Notes
- Entries for the Harwood Rapidplay must reach the secretary by 31 October. Entry fee 12;
  juniors 6.
- Captains: J. Moss (ECF 1850), R. Dhillon (ECF 1712), T. Baines.
- Last season's Division 1 title was our first since 1989. Well done all!

About the club
Harwood Chess Club was founded in 1952 and has been affiliated to the English Chess
Federation since 1974. New players of all strengths are welcome; sets and clocks provided.

Secretary: Tom Baines, 07700 900 314, secretary@harwoodchess.example""",
        (
            expect("2025-09-16", "ilkley", planned=True),
            expect("2025-10-02", "skipton", planned=True),
            expect("2025-10-21", "keighley", planned=True),
            expect("2025-11-08", "rapidplay", planned=True),
            expect("2025-11-25", "otley", planned=True),
            expect("2025-12-08", "ilkley", planned=True),
            expect("../2025-10-31", "entries", planned=True),
            expect("1952", "found"),
            expect("1974/..", "affiliat"),
        ),
    ),
)
