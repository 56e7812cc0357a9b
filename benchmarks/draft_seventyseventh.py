"""A seventyseventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML museum page, an
airline press release on a new route, an employment tribunal judgment, a river restoration
project update, a heritage listing entry, a chess club newsletter, a hospital trust statement,
a space mission status page, a local radio news bulletin script, a genealogy notes page, a fire
service incident report and a building's planning history). Facts whose date a reader could
take two ways (a season, "late 1970s", "next week", "recently") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYSEVENTH_CORPUS",)

SEVENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Iberia Press) - Dockworkers at the port of Setubal walked out
on Monday, halting car exports from the nearby assembly plant for a third day, as a dispute
over night-shift pay showed no sign of ending.

The stevedores' union SEPORT filed its strike notice on Sept. 24. Talks with the terminal
operator, Atlantica Portos, collapsed two days later when the company refused to reopen the
pay scale agreed in the previous contract, which expired on June 30.

About 1,900 vehicles are now waiting on the quays, the largest backlog since 2008, according
to port authority figures.

Atlantica Portos, which has held the terminal concession since 2015, said in a statement it
"remains open to dialogue". The company is expected to meet union leaders on Friday at the
labour ministry in Lisbon, a ministry official said.

The union, which was first organised at Setubal in about 1975, says night shifts, worked
every weekday from 22:00, are paid at the same rate as day work. Its leader, Carla Fontes,
said the walkout would continue "as long as it takes".

Car exports through Setubal are worth about 1.4 billion euros a year.

(Reporting by Miguel Sarmento; Editing by Paul Haydon)
((miguel.sarmento@iberiapress.example; +351 21 555 0192))""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-24", "notice"),
            expect("2024-09-26", "talks"),
            expect("2024-06-30", "contract"),
            expect("2015/..", "concession"),
            expect("2024-10-11", "meet", planned=True),
            expect("1975~", "union"),
        ),
    ),
    Text(
        "veltrum-brno-plant",
        "press release",
        None,
        """PRESS RELEASE

Veltrum breaks ground on EUR 85 million heat-pump plant in Brno

Brno, 12 February 2025 - Veltrum Thermal a.s., the Czech maker of domestic heat pumps, broke
ground on its new assembly plant in the Brno-Cernovice industrial zone on Monday, in the
presence of the regional governor and the mayor of Brno.

The 42,000-square-metre plant received its building permit on 18 December 2024. Series
production of the VT-2030 heat pump range is scheduled to begin in March 2026, and all 300
new positions are to be filled no later than June 2026.

"Brno is where we started and where we want to grow," said chief executive Hana Kresslova.

Veltrum was founded in 1994 as a two-person workshop repairing boilers in Brno-Lisen. It
was acquired by the Swedish group Nordvarme in 2011 and has been the group's centre of
excellence for air-source heat pumps since 2019. The company's products have been certified
to ISO 9001:2015 since their launch.

The new plant will have a capacity of 120,000 units a year and will run on electricity from
a 6.5 MW rooftop solar array.

About Veltrum
Veltrum Thermal a.s. employs 1,150 people in the Czech Republic and Slovakia and sells in
22 European markets. www.veltrum.example

Media contact
Petr Dolezal, Head of Communications
+420 545 219 870 | press@veltrum.example

###""",
        (
            expect("2025-02-10", "ground"),
            expect("2024-12-18", "permit"),
            expect("2026-03", "production", planned=True),
            expect("../2026-06", "position", planned=True),
            expect("1994", "found"),
            expect("2011", "acquir"),
            expect("2019/..", "centre"),
        ),
    ),
    Text(
        "okafor-v-lindqvist-logistics",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE EIGHTH CIRCUIT

No. 22-3187

Adaeze Okafor, Plaintiff - Appellant,
v.
Lindqvist Logistics, Inc., Defendant - Appellee.

Appeal from United States District Court for the District of Minnesota

Filed: March 4, 2024

Before BRANDT, OYELARAN, and CASTELLANO, Circuit Judges.

OYELARAN, Circuit Judge.

Adaeze Okafor sued her former employer under Title VII of the Civil Rights Act of 1964,
alleging that she was dismissed because of her national origin. The district court granted
summary judgment to Lindqvist Logistics. We reverse and remand.

I.

Okafor was hired as a dispatch supervisor on or about June 1, 2017. Lindqvist had, since
2015, required supervisors to pass an annual safety audit, which Okafor passed each year.
On January 15, 2021, Lindqvist terminated her employment, citing a "restructuring." By
March 2021 the company had hired a replacement for the same position, a man born in the
United States with less experience.

Okafor filed her complaint on March 2, 2021. After discovery, the district court granted
Lindqvist's motion for summary judgment on August 9, 2022, holding that Okafor had not shown
that the stated reason was a pretext. She filed a notice of appeal on September 6, 2022.

II.

We review a grant of summary judgment de novo. See Fed. R. Civ. P. 56(a). A plaintiff may
show pretext by evidence that the employer's explanation has no basis in fact. Here, the
record shows that the position was not eliminated at all.

The judgment is reversed, and the case is remanded for further proceedings.""",
        (
            expect("2017-06-01~", "hire"),
            expect("2015/..", "audit"),
            expect("2021-01-15", "terminat"),
            expect("../2021-03", "replacement"),
            expect("2021-03-02", "complaint"),
            expect("2022-08-09", "summary"),
            expect("2022-09-06", "appeal"),
        ),
    ),
    Text(
        "harrowmere-history",
        "encyclopedia history",
        None,
        """Harrowmere

Harrowmere is a market town in the valley of the River Lode. At the 2021 census it had a
population of 14,226.

History

A settlement at the ford is thought to have been founded by the monks of Croyle Abbey circa
1140, when the abbey built a grange on the north bank. Harrowmere received a charter for a
weekly market, held every Thursday, in 1287, and a yearly fair on the feast of St Giles.

The town lost perhaps a third of its people to the Black Death in 1349. A great fire,
possibly in 1398, destroyed much of Bridge Street; the chronicle that records it is known
only from a later copy. The parish church of St Giles was rebuilt in the Perpendicular style
between 1452 and 1470.

The timber-framed town hall, whose date is not recorded, was completed before 1620, when it
is first mentioned in the borough accounts.

The railway arrived in 1846, and the station was enlarged the following year to serve the
cattle market. The Lode Mills, the town's largest employer, closed in 1968; their site is now the
Millennium 2000 Park.

See also
- Croyle Abbey
- River Lode""",
        (
            expect("1140~", "found"),
            expect("1287", "charter"),
            expect("1349", "black death"),
            expect("1398?", "fire"),
            expect("1452/1470", "church"),
            expect("../1620", "town hall"),
            expect("1846", "railway"),
            expect("1847", "station"),
            expect("1968", "mills"),
        ),
    ),
    Text(
        "caldermoor-away-win",
        "sports report",
        date(2025, 4, 27),
        """Caldermoor keep play-off hopes alive with gritty win at Ashby

By Tom Reddish, Football Correspondent

Ashby Town 1 Caldermoor Rovers 3

Caldermoor Rovers kept their play-off hopes alive with a 3-1 win at the Mill Lane ground on
Saturday, their first league victory here since 2009.

Jamal Osei, who joined Rovers from Dunfermline in January 2023, scored twice before the
break, and substitute Ryan Pike added a third with eleven minutes left. Ashby's reply came
from a Craig Wood penalty in stoppage time. The attendance was 4,187.

Manager Liam Stacey, in charge since November 2023, said: "We've been saying every week that
if we keep clean sheets the goals will come. Today they did."

Rovers host Whitcombe on Wednesday, and the play-off final is scheduled for May 24 at the
National Stadium if they get there. Captain Danny Hale, out with a hamstring injury, is
expected back around May 10, the club said.

Ashby, who have lost four of their last five, face a relegation six-pointer at Brenton next
weekend.

Ashby Town: Harris; Cole, Fenn, Wood, Barker; Lister, Myers (Dunn 63), Grant; Eze, Holt,
Sowerby.

Caldermoor Rovers: Pratt; Akande, Lowe, Hale S, Crisp; Dobbs, Mensah, Ward (Pike 70); Osei,
Turner, Baird.""",
        (
            expect("2025-04-26", "win"),
            expect("2023-01", "join"),
            expect("2023-11/..", "stacey"),
            expect("2025-04-30", "whitcombe", planned=True),
            expect("2025-05-24", "final", planned=True),
            expect("2025-05-10~", "hale", planned=True),
        ),
    ),
    Text(
        "hallberg-bakeries-history",
        "company history",
        None,
        """Our story

Hallberg Bakeries

1921 - Where it began
Johan Hallberg opens a bakery on Kvarngatan in Norrkoping, baking rye bread in a single
wood-fired oven.

1938 - A proper works
Demand outgrows the shop, and the bakery moves to a new works by the canal, with three
electric ovens.

1954 - Across the water
Hallberg ships its first crispbread to Finland, the company's first export.

1967 and 1972 - Growing south
A plant opens in Jonkoping in 1967, and a second in Malmo in 1972, bringing the workforce
to more than 600.

c. 1980 - The third generation
The founder's grandson, Erik Hallberg, takes over from his father as managing director.

1999 - On the exchange
On 14 June 1999 Hallberg shares are listed on the Stockholm stock exchange.

2008 - Back to the family
Hallberg is taken private again, and the company has been owned by the Hallberg Foundation
since 2008.

Today
Our Jubilee 1950 loaf is still made to Johan's recipe, and our bakers start every morning at 4:00.
Hallberg employs 1,320
people in four countries.

Contact: info@hallberg.example | +46 11 480 1921""",
        (
            expect("1921", "bakery"),
            expect("1938", "works"),
            expect("1954", "export"),
            expect("1967", "jonkoping"),
            expect("1972", "malmo"),
            expect("1980~", "erik"),
            expect("1999-06-14", "listed"),
            expect("2008/..", "foundation"),
        ),
    ),
    Text(
        "aurel-mission-summary",
        "mission summary",
        None,
        """AUREL (Atmospheric Radiation Explorer for Lakes)

Mission summary

Aurel is a small Earth observation satellite built to measure the heat balance of large
lakes. It carries a thermal imager and a 2048-channel spectrometer, and flies in a
sun-synchronous orbit at an altitude of 595 km.

Aurel was launched on 3 March 2019 on a Vega rocket from Kourou. After six weeks of tests,
commissioning ended on 12 April, and routine science operations began on 2 May.

In August 2021 one of the four reaction wheels began to show rising friction. The team
switched it off, and the satellite now flies on three wheels; the pointing accuracy has
stayed within requirements.

The mission released its calibrated data sets to the public in 2020, 2022 and 2024. A
reprocessed archive, covering the whole mission, will be released in 2026.

The satellite is scheduled to be deorbited in
2028, using its remaining fuel to lower its orbit.

Key facts
Mass at launch: 212 kg
Design life: 5 years
Orbit: 595 km, sun-synchronous
Lakes monitored: 1,417""",
        (
            expect("2019-03-03", "launch"),
            expect("2019-04-12", "commissioning"),
            expect("2019-05-02", "operations"),
            expect("2021-08", "wheel"),
            expect("2020", "data"),
            expect("2022", "data"),
            expect("2024", "data"),
            expect("2026", "archive", planned=True),
            expect("2028", "deorbit", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        None,
        """Department for Rural Affairs

Statement on avian influenza in Westmarsh

Published 5 November 2024

The Chief Veterinary Officer confirmed on 1 November an outbreak of highly pathogenic avian
influenza H5N1 at a commercial turkey farm near Eldon in Westmarsh. It is the first case in
the county since 2017.

All 21,000 birds on the premises have been humanely culled. A 3 km protection zone and a
10 km surveillance zone are in place around the farm.

A housing order has been in force across the county since 28 October, requiring all
poultry and captive birds to be kept indoors. The order and the zones will be reviewed by
30 November at the latest.

Keepers who lose birds under disease control measures may claim from the compensation
scheme, which was launched in 2022. Claims must be made on form AIV 2024/117.

The Minister for Farming, Ruth Okonedo, will visit the local control centre on Thursday to
meet officials and farmers.

"Strict biosecurity remains the best defence," she said. "I urge every keeper to check
their birds daily and report any signs of disease immediately."

Members of the public should not touch sick or dead wild birds. Report them to the helpline
on 03459 335577, open every day from 8am to 6pm.

Contact: press office, 020 7946 0381""",
        (
            expect("2024-11-01", "outbreak"),
            expect("2024-10-28/..", "housing"),
            expect("../2024-11-30", "review", planned=True),
            expect("2022", "compensation"),
            expect("2024-11-07", "visit", planned=True),
        ),
    ),
    Text(
        "kessling-museum-timeline",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Our history | Kessling Museum of Lamps</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/history">History</a></nav>
<main>
<h1>Our history</h1>
<p>From a private collection in a parlour to a museum of 1,500 lamps.</p>
<ul class="timeline">
  <li><strong>1887</strong> - Clockmaker August Kessling opens his lamp collection to
  visitors in two rooms above his shop on Brook Street.</li>
  <li><strong>1902</strong> - The collection moves into the former corn exchange on
  Market Place.</li>
  <li><strong>1940</strong> - The museum closes and the lamps are packed into crates for
  safe keeping. It reopens in 1946.</li>
  <li><strong>c. 1965</strong> - The museum acquires the Harlow collection of ship's
  lanterns.</li>
  <li><strong>2010</strong> - Admission has been free for all visitors since 2010.</li>
  <li><strong>2026</strong> - The new Lantern Wing is scheduled to open in 2026.</li>
</ul>
<p>Our volunteers run guided tours every Saturday at 11:00.</p>
</main>
<footer>
<p>Kessling Museum of Lamps, Corn Exchange, Market Place. Tel. 01632 960 187</p>
<p>Registered charity no. 1019452</p>
<p><small>Last updated: 3 March 2025</small></p>
</footer>
</body>
</html>""",
        (
            expect("1887", "collection"),
            expect("1902", "corn exchange"),
            expect("1940", "close"),
            expect("1946", "reopen"),
            expect("1965~", "harlow"),
            expect("2010/..", "free"),
            expect("2026", "lantern wing", planned=True),
        ),
    ),
    Text(
        "skyrealm-dublin-porto",
        "airline press release on a new route",
        None,
        """NEWS RELEASE

SkyRealm to launch Dublin-Porto service this winter

DUBLIN, 2 June 2025 - Irish carrier SkyRealm is adding a new direct route between Dublin
and Porto, its seventh destination in Portugal.

The first flight, RK2030, will depart Dublin on 27 October 2025. The route will be flown
three times a week, every Monday, Wednesday and Friday, with an Airbus A321neo, part of the
winter schedule that runs from 26 October 2025 to 28 March 2026.

Tickets go on sale on Thursday on skyrealm.example, with introductory one-way fares from
EUR 49.99.

SkyRealm last flew to Porto in 2014, when it dropped the route during a fleet
reorganisation. The airline took delivery of its fifth A321neo in March 2025. Two further
A321neos are expected by December 2025.

"Porto has been the most requested destination in our customer surveys," said chief
commercial officer Niamh Corrigan. "We're delighted to bring it back as part of our Vision
2030 growth plan."

Notes to editors
SkyRealm operates 41 aircraft and carried 9.2 million passengers in its last financial year.

Media enquiries: press@skyrealm.example | +353 1 555 0148

ENDS""",
        (
            expect("2025-10-27", "first flight", planned=True),
            expect("2025-10-26/2026-03-28", "winter", planned=True),
            expect("2025-06-05", "ticket", planned=True),
            expect("2014", "porto"),
            expect("2025-03", "deliver"),
            expect("../2025-12", "a321neo", planned=True),
        ),
    ),
    Text(
        "brennan-v-coldharbour-care",
        "employment tribunal judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Ms S Brennan
Respondent: Coldharbour Care Homes Limited

Heard at: Manchester
On: 9-11 December 2024
Before: Employment Judge Farrant

Case No: 2405517/2023

RESERVED JUDGMENT

The claimant's complaint of unfair dismissal under section 98 of the Employment Rights Act
1996 is well founded and succeeds.

REASONS

1. The claimant was employed by the respondent as a senior care assistant from 4 March 2019
until her dismissal on 30 June 2023.

2. In or around May 2023 the claimant raised a grievance about rota changes that required
her to work every Sunday. The respondent did not hold a grievance meeting.

3. The claimant contacted ACAS, and early conciliation ran from 3 to 17 August 2023. She
presented her claim form on 12 September 2023.

4. The hearing took place from 9 to 11 December 2024. The Tribunal heard evidence from the
claimant and from the respondent's operations manager, Mr D Kowal.

5. The Tribunal finds that the reason given, "some other substantial reason", was not the
real reason for dismissal, and that no fair procedure was followed.

6. A remedy hearing will take place on or about 14 April 2025 if the parties cannot agree
compensation before then.

Employment Judge Farrant
Date: 12 February 2025

JUDGMENT SENT TO THE PARTIES ON 19 February 2025""",
        (
            expect("2019-03-04", "employ"),
            expect("2023-06-30", "dismiss"),
            expect("2023-05~", "grievance"),
            expect("2023-08-03/2023-08-17", "conciliation"),
            expect("2023-09-12", "claim"),
            expect("2024-12-09/2024-12-11", "hearing"),
            expect("2025-04-14~", "remedy", planned=True),
        ),
    ),
    Text(
        "lode-restoration-update",
        "river restoration project update",
        date(2024, 9, 18),
        """Upper Lode Restoration Project - update for volunteers and landowners

Weir gone, fish back

The biggest single job of the project is done: the redundant mill weir at Foxley was removed
in July, reopening 14 km of river to migrating fish. Within weeks our fish counter at Ashlin
Bridge recorded 38 sea trout, the first seen above Foxley since 1962.

The project began in 2021 with a survey of the whole upper river. The Lode was straightened
and deepened circa 1850 to drain the water meadows, and much of our work is about giving it
back its bends. Our water-quality monitoring station at Ashlin has been running since 2019.

What's next

Tree planting along the new channel will run from 7 to 25 October, weather permitting. The
fish pass at Carrow Mill, the last barrier on the main river, should be completed by
December 2025.

Volunteer day: join us on Saturday at Foxley car park (10:00) to clear Himalayan balsam and
help seed the new banks. Boots and gloves essential; tools provided.

Our invertebrate surveys take place every spring and autumn, and anyone can take part after
a short training session.

Project officer: Grace Mbeki, 01632 960 344, lode@riverstrust.example
Project reference: ULRP/2021/07""",
        (
            expect("2024-07", "weir"),
            expect("2021", "project"),
            expect("1850~", "straighten"),
            expect("2019/..", "monitoring"),
            expect("2024-10-07/2024-10-25", "planting", planned=True),
            expect("../2025-12", "fish pass", planned=True),
            expect("2024-09-21", "volunteer", planned=True),
        ),
    ),
    Text(
        "oakfield-house-listing",
        "heritage listing entry",
        None,
        """OAKFIELD HOUSE, 14 CHURCH STREET

List Entry Number: 1187324
Heritage Category: Listed Building
Grade: II*
County: Northshire
District: Wexbury

Details

House, now offices. Built c.1782 for Samuel Pryor, a Wexbury wool merchant; remodelled
1834-36 for his grandson; converted to offices 1962.

MATERIALS: red brick in Flemish bond with stone dressings; Welsh slate roof.

EXTERIOR: three storeys and five bays. Central doorcase with Tuscan columns and a fanlight.
The rear service wing was added before 1871, as it appears on the Ordnance Survey map of
that year. The stable block to the north was probably added in 1790.

INTERIOR: the entrance hall retains its stone floor and an open-well stair with turned
balusters. A first-floor room has a plaster ceiling of about 1834 with a central rose.

HISTORY: the house was first listed at Grade II on 12 March 1987 and was upgraded to Grade II*
in 2003 after the discovery of the painted ceiling in the rear parlour.

Sources: Wexbury Borough Archives, ref. WBA/D/1144; Northshire Buildings Survey (1998), p. 212.

Legacy: the contents of this record have been generated from a legacy data system. Legacy
System number: 402917. Legacy System: LBS""",
        (
            expect("1782~", "built"),
            expect("1834/1836", "remodel"),
            expect("1962", "offices"),
            expect("../1871", "wing"),
            expect("1790?", "stable"),
            expect("1834~", "ceiling"),
            expect("1987-03-12", "listed"),
            expect("2003", "upgrad"),
        ),
    ),
    Text(
        "kingsbridge-chess-newsletter",
        "chess club newsletter",
        date(2025, 3, 10),
        """KINGSBRIDGE CHESS CLUB - NEWSLETTER No. 112

From the President's table

Congratulations to Priya Venkatesh, who won the club championship after a nervy draw in the
final round on Thursday. Priya, who joined us as a junior with a rating of 1987, finished
half a point ahead of last year's champion, Alan Mercer.

Club news

Our first team plays its last Division One match of the season against Torcombe on 18 March,
away. Lifts leave the clubroom at 18:30.

Grandmaster Helena Storr will give a simultaneous display at the clubroom on Saturday 29
March. Places are limited to 30 boards; please book with the secretary.

The Annual General Meeting is expected to be held in May; the date will be confirmed in the
next issue. Our treasurer, Bob Okafor, has held the post since 2011 and will stand again.

A word of history: Kingsbridge Chess Club was founded in 1923 in the back room of the Swan
Inn, and moved to the Community Hall in 1971.

Reminders

Club nights are every Tuesday and Friday from 7pm. Subs for 2025 are 60 pounds (juniors 20).

Puzzle corner: White to play and win. 1.Rxh7+ Kxh7 2.Qh5+ Kg8 3.Ng6! - answer next issue.

Secretary: Mary Lowther, 01632 960 771""",
        (
            expect("2025-03-06", "championship"),
            expect("2025-03-18", "torcombe", planned=True),
            expect("2025-03-29", "simul", planned=True),
            expect("2025-05", "meeting", planned=True),
            expect("2011/..", "treasurer"),
            expect("1923", "found"),
            expect("1971", "community hall"),
        ),
    ),
    Text(
        "northfield-trust-cyber-statement",
        "hospital trust statement",
        None,
        """Northfield Hospitals NHS Foundation Trust

Statement: IT systems incident

22 January 2025

On Sunday 19 January our IT team detected unauthorised activity on the Trust's network. As a
precaution, we took a number of clinical systems offline, including the pathology results
system. The Trust reported the incident to the Information Commissioner's Office the
following day.

Emergency departments at Northfield General and St Anne's remain open. Some outpatient
appointments have been postponed since Monday, and patients affected will be contacted
directly. If you have not been contacted, please attend as planned.

We expect all clinical systems to be restored by 31 January. Our investigation with the
National Cyber Security Centre is continuing.

This is the second incident of this kind to affect the Trust, after a smaller attack around
March 2022. The Trust, formed in 2014 by the merger of Northfield General Hospital and St
Anne's Hospital, serves a population of about 640,000.

Chief executive Dr Omar Faisal said: "I am sorry for the disruption. Our staff are working
round the clock to keep patients safe."

For urgent medical advice, please use NHS 111. For questions about appointments, call our
patient advice line on 0161 555 0432 (Monday to Friday, 9am to 5pm).

Ends""",
        (
            expect("2025-01-19", "detect"),
            expect("2025-01-20", "report"),
            expect("2025-01-20/..", "postpone"),
            expect("../2025-01-31", "restor", planned=True),
            expect("2022-03~", "attack"),
            expect("2014", "form"),
        ),
    ),
    Text(
        "meridian-probe-status",
        "space mission status page",
        None,
        """MERIDIAN ASTEROID PROBE - MISSION STATUS

Last updated: 14 May 2025, 09:12 UTC | Mission day 412

Spacecraft status: NOMINAL
Distance from Earth: 212.6 million km
Downlink rate: 2048 kbit/s

Recent events
- Meridian launched on 28 March 2024 from Tanegashima and entered its cruise trajectory on
  9 April 2024 after the final upper-stage burn.
- The spacecraft entered safe mode on 2 May 2025 after a star-tracker reset and exited safe
  mode on 6 May, when full attitude control was restored.
- The dust analyser has been switched off since 11 February 2025 while engineers study a
  high-voltage fault.

Upcoming
- The next trajectory correction manoeuvre (TCM-4) is scheduled for 21 May 2025.
- The flyby of near-Earth asteroid 2011 UW158 is expected around 17 September 2026, at a
  distance of about 500 km.

Ground contacts are made every day through the 64 m antenna at Usuda. Status is updated
after each pass.

Contact: Meridian Project Office, ops-status@meridian.example""",
        (
            expect("2024-03-28", "launch"),
            expect("2024-04-09", "cruise"),
            expect("2025-05-02", "safe mode"),
            expect("2025-05-06", "exit"),
            expect("2025-02-11/..", "dust"),
            expect("2025-05-21", "manoeuvre", planned=True),
            expect("2026-09-17~", "flyby", planned=True),
        ),
    ),
    Text(
        "radio-wexbury-0800",
        "local radio news bulletin script",
        None,
        """RADIO WEXBURY - NEWS 0800 - TUESDAY 11 MARCH 2025
READER: KAREN   DURATION: 3'00"

[STING - NEWS]

Good morning. It's eight o'clock.

Councillors have approved cuts to six rural bus routes. The decision was taken at a meeting
of the county council last night. The changes will come into force on the first of April.

[CLIP: CLLR JAMES ORME, 0'12" - "We simply cannot ... the subsidy any longer."]

The A38 at Dunstall has reopened after Sunday's crash in which two people were seriously
injured. Police are appealing for witnesses; call 101 quoting incident 317.

Workers at the Pennock biscuit factory in Hallam say they have been told it will close by
the end of June, with the loss of 240 jobs. The company has made biscuits in the town since
1958.

[CLIP: UNION REP SUE ARKWRIGHT, 0'15"]

Weather: a frosty start, the coldest March morning since 2013 in some places, then sunny
spells. Highs of nine.

Sport: Wexbury United play Hallam Town at the Moor Lane ground tonight, kick-off 7.45. Full
commentary here from seven.

Travel news every fifteen minutes. Got a story? Call the newsroom on 01632 960 808.

[STING - OUT]""",
        (
            expect("2025-03-10", "council"),
            expect("2025-04-01", "force", planned=True),
            expect("2025-03-09", "crash"),
            expect("../2025-06", "close", planned=True),
            expect("1958/..", "biscuit"),
            expect("2025-03-11", "united", planned=True),
        ),
    ),
    Text(
        "pardoe-family-notes",
        "genealogy notes page",
        None,
        """The Pardoe family of Clee St Margaret - research notes

Compiled from parish registers and census returns. Work in progress; corrections welcome.

Thomas Pardoe (1803 - ?)

Father: William Pardoe, labourer, born c.1780 at Stoke St Milborough.

Thomas was baptised at Clee St Margaret on 14 February 1803. He married Ann Lowe at Diddlebury
on 3 June 1827 (register ref. P92/A/1/4, entry 211).

Mary was baptised at Clee St Margaret in 1829, John in 1831 and Eliza in 1834. The family
has not been found in the 1841 census, though Thomas's brother is at Bouldon.

Thomas and John seem to have emigrated to Ohio, probably in 1852, though I have found no
passenger list yet. No record of him in Ohio has been found either.

Ann had died before 1861, as she is not with her daughter Eliza in that year's census and
Eliza is shown as "head". Her burial has not been found.

Sources
- Shropshire Archives, parish registers, P92
- LDS microfilm 1,470,232
- 1841 and 1851 census, HO107/917

Last edited 8 October 2023""",
        (
            expect("1780~", "william"),
            expect("1803-02-14", "baptis"),
            expect("1827-06-03", "marri"),
            expect("1829", "mary"),
            expect("1831", "john"),
            expect("1834", "eliza"),
            expect("1852?", "emigrat"),
            expect("../1861", "ann"),
        ),
    ),
    Text(
        "hallam-warehouse-fire-report",
        "fire service incident report",
        None,
        """NORTHSHIRE FIRE AND RESCUE SERVICE
Incident Summary Report

Incident number: 2025/04417
Incident type: Fire - commercial building
Location: Unit 7, Canal Wharf Industrial Estate, Hallam
Date of incident: Tuesday 1 July 2025

1. Summary

A fire was reported by an automatic alarm monitoring centre at 02:14 on 1 July 2025. The
first appliance arrived at 02:22. At the height of the incident eight pumping appliances
and an aerial ladder platform attended. The fire was brought under control at about 05:30.
Damping down continued from 1 to 3 July.

2. Building

The building is a single-storey steel-framed warehouse of about 2,400 square metres used to
store furniture. It was last inspected by the Service's protection team in March 2023.
According to the occupier, the sprinkler system had been out of service since January
awaiting a replacement pump.

3. Cause

The cause is under investigation. The joint investigation with Northshire Police is expected
to conclude by the end of August. A smaller fire at the same unit in about 2016 was caused
by an electrical fault.

4. Casualties

None. One firefighter was treated at the scene for heat exhaustion.

5. Advice

Fire alarm systems should be maintained in line with BS 5839-1 and tested every week.

Report prepared by: Station Manager K. Adeyemi, Hallam Fire Station, 01632 960 999""",
        (
            expect("2025-07-01", "fire"),
            expect("2025-07-01/2025-07-03", "damping"),
            expect("2023-03", "inspect"),
            expect("2025-01/..", "sprinkler"),
            expect("../2025-08", "investigation", planned=True),
            expect("2016~", "fire"),
        ),
    ),
    Text(
        "old-post-office-planning-history",
        "building's planning history",
        None,
        """The Old Post Office, 2 Market Place, Wexbury - planning history

This note summarises the planning history of the site for the current application,
ref. 25/00031/FUL.

The building was erected as the town's head post office circa 1910, in red brick with a
Portland stone ground floor.

Application 87/0412 - change of use of the ground floor from post office to retail (Class
A1). Approved 4 August 1987.

Application 94/0788 - two-storey rear extension. Refused on 11 May 1994 on grounds of harm to
the conservation area. The applicant's appeal was dismissed in 1995.

Application 17/02216/FUL - conversion of the upper floors to six flats. Permission granted
on 9 February 2018. The permission was implemented: works had begun by June 2019, within
the three-year limit set by section 91 of the Town and Country Planning Act 1990.

Application 25/00031/FUL - conversion of the ground floor to a restaurant with a new
shopfront. Submitted on 14 January 2025. The site lies in the Wexbury Conservation Area,
designated in 1971. A decision is expected by 12 March 2025.

Officer: Daniel Ferris, Planning Services, 01632 960 455
Page 1 of 1""",
        (
            expect("1910~", "post office"),
            expect("1987-08-04", "approv"),
            expect("1994-05-11", "refus"),
            expect("1995", "appeal"),
            expect("2018-02-09", "permission"),
            expect("../2019-06", "works"),
            expect("2025-01-14", "submit"),
            expect("1971", "conservation"),
            expect("../2025-03-12", "decision", planned=True),
        ),
    ),
)
