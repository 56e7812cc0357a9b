"""A hundred-and-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
glacier monitoring programme's summary, a film studio's history, a disciplinary panel's
decision on a doctor, a harbour master's log, a women's suffrage society's archive page in
HTML, a software vendor's end-of-support notice, a basketball playoff report, a railway
timetable change announcement, a leper hospital's history, a charity's fundraising appeal
update and a salt works' history). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSECOND_CORPUS",)

HUNDREDSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "dam-spillway-cracks",
        "wire story with a dateline",
        date(2024, 9, 18),
        """KISUMU, Kenya, Sept 18 (East Africa Wire) - Engineers began releasing water from the
Nyando Gorge reservoir on Monday after cracks were found in the dam's spillway, the Lake
Basin Water Authority said.

The cracks were first reported by a farmer on September 9, and inspectors confirmed them
two days later. The reservoir now stands at its lowest level since 2009, the authority said.

The dam, completed around 1987, supplies water to some 240,000 people in three counties.
It was last inspected in full in 2016, under rules set by the Water Act 2016.

Repairs are scheduled to start on October 7 and should be finished no later than January 31,
chief engineer Mercy Achieng told reporters at the site. Achieng has led the authority's
dam safety unit since March 2021.

"There is no immediate danger to villages downstream," she said. Residents with questions
can call the authority's hotline on 0800 721 345, which is staffed every day from 7 a.m.

(Reporting by Otieno Wafula; Editing by Claire Hendry)""",
        (
            expect("2024-09-16", "releas"),
            expect("2024-09-09", "report"),
            expect("2024-09-11", "confirm"),
            expect("1987~", "complet"),
            expect("2016", "inspect"),
            expect("2024-10-07", "repair", planned=True),
            expect("../2025-01-31", "finish", planned=True),
            expect("2021-03/..", "achieng"),
        ),
    ),
    Text(
        "ferry-battery-plant",
        "press release",
        None,
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Nordvik Marine Batteries signs supply agreement with Fjordlinje

Oslo, 4 February 2025 - Nordvik Marine Batteries ASA today announced a supply agreement
with the ferry operator Fjordlinje for battery systems on eleven coastal ferries. The
contract was signed on 31 January and is worth about NOK 640 million.

Construction of a second assembly plant in Mo i Rana will start on 10 March, and the plant
is scheduled to begin production in March 2026. It will employ some 180 people.

"This is the largest order in our history," said chief executive Ingrid Halvorsen, who
joined the company in 2018.

Nordvik was founded in 2014 in Trondheim and delivered its first battery system to a
ferry operator in 2017. Its shares have been listed on Euronext Growth since 2019.

The agreement supports Fjordlinje's 2030 Climate Strategy, under which all of its routes
are to be zero-emission.

About Nordvik Marine Batteries
Nordvik designs and builds battery systems for ships. It employs about 420 people in Norway
and Poland.

Media contact: Lars Ødegaard, +47 22 41 19 87, press@nordvik.example
Ref. NMB-2025-07""",
        (
            expect("2025-02-04", "agreement"),
            expect("2025-01-31", "sign"),
            expect("2025-03-10", "construction", planned=True),
            expect("2026-03", "production", planned=True),
            expect("2018", "join"),
            expect("2014", "found"),
            expect("2017", "deliver"),
            expect("2019/..", "list"),
        ),
    ),
    Text(
        "harlan-v-cascade-timber",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

DARREN HARLAN, Plaintiff-Appellant,
v.
CASCADE TIMBER COMPANY, Defendant-Respondent.

Lane County Circuit Court 17CV22841; A168033

Filed: March 13, 2019

Before Ortega, Presiding Judge, and Whitlow, Judge.

WHITLOW, J.

Plaintiff appeals a judgment dismissing his negligence claim as untimely. We affirm.

Defendant has owned the Mill Creek log yard since 2009. On or about June 3, 2015, plaintiff,
a truck driver, was injured there when an unsecured load shifted. Under defendant's own
safety rules, an incident report had to be submitted no later than June 10, 2015;
defendant's yard supervisor filed one on June 8.

Plaintiff filed this action on May 30, 2017. Defendant moved for summary judgment, arguing
that the two-year limitation period in ORS 12.110(1) had run. The trial court granted
summary judgment on January 8, 2018, and plaintiff filed his notice of appeal the
following month.

On appeal, plaintiff argues that the period did not begin until he learned the name of the
loader's manufacturer. We disagree. The discovery rule, as construed since the 1995
amendments, asks when a plaintiff knew or should have known of the injury and its likely
cause, not the identity of every potential defendant. Plaintiff knew both on the day of
the accident.

Affirmed.""",
        (
            expect("2009/..", "own"),
            expect("2015-06-03~", "injur"),
            expect("../2015-06-10", "report"),
            expect("2015-06-08", "supervisor"),
            expect("2017-05-30", "action"),
            expect("2018-01-08", "judgment"),
            expect("2018-02", "appeal"),
        ),
    ),
    Text(
        "marrowby-history",
        "encyclopedia history",
        None,
        """Marrowby

Marrowby is a market town in the East Riding of Yorkshire, England, on the River Foulness.
Population (2011 census): 4,812.

History

The town grew up around a grange of the Cistercian abbey of Meaux, founded c. 1140. Its
parish church of St Helen dates from before 1200, although the tower was rebuilt later.
Marrowby received a market charter in 1283 and a weekly market is still held every
Thursday.

The Black Death reached the town in 1349 and killed perhaps half of its inhabitants. The
wool trade recovered in the fifteenth century, and the town sent a petition to Parliament
under the 1532 wool statutes.

A fire destroyed the timber market hall in 1667; the present brick hall was built two
years later. The Hull and Selby branch railway arrived in 1846, and the station closed in
1964 after the Beeching report.

Modern town

Marrowby has been twinned with Saint-Aubin-sur-Mer in Normandy since 1972. The A614 bypass now takes
through traffic out of the market place. Today the town has the
highest share of listed buildings in the district, about 212.""",
        (
            expect("1140~", "grange"),
            expect("../1200", "church"),
            expect("1283", "charter"),
            expect("1349", "death"),
            expect("1667", "fire"),
            expect("1669", "hall"),
            expect("1846", "railway"),
            expect("1964", "station"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "rovers-go-top",
        "sports report",
        date(2023, 11, 26),
        """Rovers go top after Okafor's late winner

By Sam Whitcombe, Football Correspondent

Kinross Rovers climbed to the top of the Championship on Saturday, beating Dunmore Albion
2-1 with a header from Tunde Okafor in the 89th minute. It is the first time since 1998
that Rovers have led the table in November.

Okafor, who joined from Dundee in August 2021, has now scored 11 goals this season. "We
train for those set pieces every Thursday," he said.

Manager Fiona Lindqvist, in charge since January 2022, praised a crowd of 18,204. "They
dragged us over the line," she said.

The result ended Albion's nine-match unbeaten run, which began on 23 September.

Rovers, who last won the title in 1994, face Brackley Town away on Tuesday. Captain Ross
McAlpine is expected to return from a hamstring injury for the derby on 16 December.

The league confirmed that the club's home match against Wrexford, postponed because of a
waterlogged pitch, will be replayed on 9 January.

Lindqvist would not be drawn on the club's ambitions for the 2026 World Cup break, saying
only: "One game at a time." """,
        (
            expect("2023-11-25", "beat"),
            expect("2021-08", "join"),
            expect("2022-01/..", "lindqvist"),
            expect("2023-09-23", "run"),
            expect("1994", "title"),
            expect("2023-11-28", "brackley", planned=True),
            expect("2023-12-16", "return", planned=True),
            expect("2024-01-09", "replay", planned=True),
        ),
    ),
    Text(
        "harrowgate-pencil-history",
        "company history",
        None,
        """Our history | Harrowgate Pencil Company

From a shed in Borrowdale to pencils in 60 countries

1872 - The beginning. Joseph Harrowgate and his son Thomas started making pencils from
Borrowdale graphite in a shed behind their house in Seathwaite.

The company moved to a water-powered mill in Keswick in 1898, and has made graphite pencils
at the Carlow Mill in Penrith since 1931.

Around 1925 the firm introduced its first coloured pencils, the "Lakeland" set of twelve,
which remained in the catalogue for decades. Our Festival of Britain 1951 tin, with its
red lid, is still the item collectors ask about most.

In 1968 Harrowgate was acquired by the stationery group Weston & Pryce, and it was listed
on the London Stock Exchange the following year. The family bought the company back in
2004.

Today we make more than 2,000 shades, and the classic No. 1872 drawing pencil is still
made to the original recipe.

Looking ahead: a new low-energy factory next to the Carlow Mill will open in 2026.

Harrowgate Pencil Company Ltd, Carlow Mill, Penrith CA11 7QB. Registered in England
No. 00812245.""",
        (
            expect("1872", "pencil"),
            expect("1898", "keswick"),
            expect("1931/..", "carlow"),
            expect("1925~", "colour"),
            expect("1968", "acquir"),
            expect("1969", "list"),
            expect("2004", "bought"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-orbiter",
        "mission summary",
        None,
        """Kestrel Lunar Orbiter - Mission summary

Status: Extended mission
Launch: 14 May 2019, Kourou
NORAD ID: 44321 | Launch mass: 1,985 kg

Kestrel was launched on 14 May 2019 on a Soyuz-ST rocket and entered lunar orbit on 2 June
after a three-week cruise. Science operations began in July, after the instruments had
been checked out and the orbit lowered to 100 km.

The orbiter's radar sounder, recommended in the 2018 lunar decadal survey, mapped buried
lava tubes under the Marius Hills. The mission was extended in 2021 and again in 2023.

On 9 November 2022 the star tracker failed; the team switched to the backup unit four days
later. Since March 2024 Kestrel has been in a frozen orbit that needs almost no fuel to
maintain.

The remaining propellant, about 18 kg, is reserved for a controlled impact, which is
planned for no later than December 2026. The impact site is expected to be observed by
the Lunar Reconnaissance Orbiter.

Data are released to the public archive every six months.

Page last updated: 3 April 2025""",
        (
            expect("2019-05-14", "launch"),
            expect("2019-06-02", "orbit"),
            expect("2019-07", "science"),
            expect("2021", "extend"),
            expect("2023", "extend"),
            expect("2022-11-09", "tracker"),
            expect("2022-11-13", "backup"),
            expect("2024-03/..", "frozen"),
            expect("../2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        None,
        """Ministry of Agriculture, Food and Rural Affairs
Statement on avian influenza in Westmorland district
22 October 2024

Highly pathogenic avian influenza (H5N1) was confirmed at a commercial poultry farm near
Orton on 17 October. A 3 km protection zone and a 10 km surveillance zone have been in
place around the farm since 18 October.

All 46,000 birds on the premises were humanely culled; the culling was completed by 20
October. Officials are tracing contacts with three other farms.

This is the first outbreak in the district since February 2021, when the disease was found
in a flock of geese at Tebay. Nationally, the number of confirmed cases this autumn is the
highest since 2017.

The Minister for Farming, Helen Marr, will visit the area on Friday to meet farmers and
vets. Compensation payments to the affected farm are expected to begin in December, under
the Animal Health Act 1981.

Keepers must report suspicion of the disease immediately. Bird keepers in the zones should
check their flocks every morning and evening.

Defra Rural Services Helpline: 03000 200 301
Reference: AIV 2024/31""",
        (
            expect("2024-10-17", "confirm"),
            expect("2024-10-18/..", "zone"),
            expect("../2024-10-20", "cull"),
            expect("2021-02", "geese"),
            expect("2024-10-25", "visit", planned=True),
            expect("2024-12", "compensation", planned=True),
        ),
    ),
    Text(
        "riverside-bridge-news",
        "HTML page",
        date(2024, 6, 4),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Riverside Footbridge - project news | Eastmoor Borough Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/roads">Roads and transport</a> &gt; Riverside
Footbridge</nav>
<h1>Riverside Footbridge: project news</h1>
<p>The new footbridge over the River Eden links Castle Quay with the station. The bridge
has been open to pedestrians since 20 May 2024; cyclists will be allowed on it once the
ramps are finished.</p>
<h2>Timeline</h2>
<ul>
  <li><time datetime="2019-03">March 2019</time>: the Council's cabinet approves the design.</li>
  <li><time datetime="2020-11-16">16 November 2020</time>: construction begins on the north
  bank.</li>
  <li><time datetime="2022-02-14">14 February 2022</time>: the 62 m main span is lifted into
  place overnight.</li>
  <li>Autumn 2023: handrails and lighting installed.</li>
  <li>By 31 March 2024: approach roads on both banks completed.</li>
  <li>Expected <strong>September 2024</strong>: the cycle ramps will open.</li>
</ul>
<p>The bridge is lit every night until midnight. Questions? Call 01632 960 455 or quote
project reference BR-2019-044.</p>
<footer><p>Last updated: 4 June 2024</p><p>&copy; 2024 Eastmoor Borough Council</p></footer>
</body>
</html>""",
        (
            expect("2024-05-20/..", "pedestrian"),
            expect("2019-03", "design"),
            expect("2020-11-16", "construction"),
            expect("2022-02-14", "span"),
            expect("../2024-03-31", "road"),
            expect("2024-09", "ramp", planned=True),
        ),
    ),
    Text(
        "skarbreen-glacier-summary",
        "glacier monitoring programme's summary",
        date(2024, 3, 15),
        """Skarbreen Glacier Monitoring Programme
Summary of the 2022/23 balance year

Programme overview
Mass-balance measurements on Skarbreen began in 1957 and form one of the longest series in
Scandinavia (WGMS ID 4521). An automatic weather station was installed near the glacier
snout around 1985 and replaced in 2012.

Results
The net balance for 2022/23 was -1.42 m water equivalent, the most negative value since
2003. Most of the loss came in August 2023, when a record melt was measured on the lower
tongue. Since 1957 the terminus has retreated some 1,240 m.

The lower glacier probably split into two separate tongues in 2019, although the exact
year is uncertain because of poor satellite coverage.

Field work
The autumn survey took place from 18 to 22 September 2023, with 34 stakes read and 6 snow
pits dug. Ablation stakes are read every two weeks during the melt season. Stakes on the
upper plateau will be re-drilled in April, and a drone survey of the terminus is
scheduled for 10 July.

Contact: programme leader Dr Sigrid Aasen, Norwegian Institute of Glaciology,
tel. +47 55 58 20 44.""",
        (
            expect("1957", "measurement"),
            expect("1985~", "station"),
            expect("2012", "replac"),
            expect("2023-08", "melt"),
            expect("2019?", "split"),
            expect("2023-09-18/2023-09-22", "survey"),
            expect("2024-04", "stake", planned=True),
            expect("2024-07-10", "drone", planned=True),
        ),
    ),
    Text(
        "vesterhavn-film-studio",
        "film studio's history",
        None,
        """Vesterhavn Film Studios: a history

Vesterhavn Film Studios was founded in 1919 by the brothers Aksel and Poul Brandt in a
former tram depot on the edge of Aarhus. Its first feature, a silent comedy, was shot on a
single glass-roofed stage.

The studio made its first sound film in 1930, on a stage built inside the depot. On
12 August 1937 a fire, started by nitrate film in the cutting room, destroyed the original
depot; production moved to a temporary hall for two years.

After the war the studio was nationalised in 1948 and privatised in 1992. From 1955 to 1961
it produced a series of low-budget "Nordic westerns" that are still shown on television.
Colour production began circa 1970, later than at most European studios.

Among its best-known titles is the documentary "Aarhus 1936", which is often mistaken for
an Olympic film.

The studio has been owned by the Copenhagen media group Nordlys since 2008. Stage 4, the
largest, is hired out to international productions, and guided tours run every Sunday in
the summer.

A new virtual-production stage is expected to open in 2025.""",
        (
            expect("1919", "found"),
            expect("1930", "sound"),
            expect("1937-08-12", "fire"),
            expect("1948", "nationalis"),
            expect("1992", "privatis"),
            expect("1955/1961", "western"),
            expect("1970~", "colour"),
            expect("2008/..", "nordlys"),
            expect("2025", "stage", planned=True),
        ),
    ),
    Text(
        "dr-pennick-tribunal",
        "disciplinary panel's decision on a doctor",
        None,
        """MEDICAL PRACTITIONERS TRIBUNAL
Determination on impairment and sanction

Dr Alan PENNICK                 GMC reference number: 7034512
Case reference: MPT-2023-118    Date of determination: 7 November 2023

Background

1. Dr Pennick qualified from the University of Leeds in 2001 and was first registered as a
general practitioner in 2004.

2. Between 1 March and 30 June 2021 Dr Pennick issued repeat prescriptions for controlled
drugs to four patients without reviewing them. A community pharmacist raised concerns with
the practice on or about 14 July 2021.

3. Dr Pennick has practised subject to interim conditions since 2 September 2021.

The hearing

4. The hearing took place from 23 October to 3 November 2023. Dr Pennick attended and was
represented. He admitted most of the allegations.

Determination

5. The Tribunal determined on 7 November 2023 that Dr Pennick's fitness to practise is
impaired by reason of misconduct, and directed that his registration be suspended for
nine months under section 35D of the Medical Act 1983.

6. A review hearing is scheduled for 5 August 2024, before the suspension ends. Dr Pennick
may appeal within 28 days.""",
        (
            expect("2001", "qualif"),
            expect("2004", "regist"),
            expect("2021-03-01/2021-06-30", "prescri"),
            expect("2021-07-14~", "concern"),
            expect("2021-09-02/..", "condition"),
            expect("2023-10-23/2023-11-03", "hearing"),
            expect("2023-11-07", "suspen"),
            expect("2024-08-05", "review", planned=True),
        ),
    ),
    Text(
        "kilbrannan-harbour-log",
        "harbour master's log",
        None,
        """PORT OF KILBRANNAN - HARBOUR MASTER'S LOG
Sheet 11 - March 2024        Harbour Office VHF Ch 12 | Tel. 01700 502 310

Tue 5 Mar 2024
0600  Pilot on station (pilot boards every day at 0600 for the morning tide).
0615  Pilot cutter MORVEN remains out of service since Saturday, gearbox failure. Pilots
      boarding from the workboat.
0640  MV SULA STAR (IMO 9274553) berthed No. 2 Quay, 1,850 t fertiliser. HW 0712 4.1 m.
1530  Wind SW 7. Fishing fleet advised to stay in.

Wed 6 Mar 2024
0930  Survey launch reports shoaling at harbour entrance, least depth 3.6 m at LW.
      Dredger CLYDE VENTURE expected Friday to clear the channel.
1420  SULA STAR sailed for Belfast.

Thu 7 Mar 2024
0800  Light on No. 3 buoy reported extinguished. Notice to Mariners No. 14/2024 issued.
1100  Met with chairman of harbour trust: harbour dues will be revised from 1 April;
      new tariff to be posted on the office board.
1700  Gale warning received. All small craft doubled up.

Signed: R. Mackinnon, Harbour Master""",
        (
            expect("2024-03-02/..", "cutter"),
            expect("2024-03-05", "berth"),
            expect("2024-03-06", "shoal"),
            expect("2024-03-08", "dredger", planned=True),
            expect("2024-03-06", "sail"),
            expect("2024-03-07", "buoy"),
            expect("2024-04-01", "dues", planned=True),
        ),
    ),
    Text(
        "ashbourne-suffrage-archive",
        "women's suffrage society's archive page in HTML",
        None,
        """<html>
<head><title>Ashbourne Women's Suffrage Society (1907-1928) | Derbyshire Record
Office</title></head>
<body>
<div class="breadcrumb">Collections &gt; Politics &gt; D/WSS</div>
<h1>Ashbourne Women's Suffrage Society</h1>
<p class="ref">Catalogue reference: D/WSS/1-42</p>

<h2>Administrative history</h2>
<p>The Society was founded at a meeting in the Temperance Hall, Ashbourne, on
<b>14 October 1907</b>, and affiliated to the National Union of Women's Suffrage Societies
the following year. Its first secretary was the schoolmistress Edith Bramwell.</p>
<p>In 1910 members presented a petition of some 3,000 signatures to the town's MP. On
17 June 1911 a party of twenty members marched in the Women's Coronation Procession in
London; a banner said to have been carried that day survives in the collection.</p>
<p>The Society suspended its campaigning from 1914 to 1918 and ran a Red Cross working party
instead. After the Representation of the People Act 1918 it continued to press for equal
franchise, and it was dissolved in 1928.</p>

<h2>Custodial history</h2>
<p>The minute books were rediscovered in an attic in Church Street around 1960. The archive
has been held by the Record Office since 1976.</p>

<h2>Access</h2>
<ul>
  <li>Open for research; the reading room is closed every Monday.</li>
  <li>Photographs: see D/WSS/38-42.</li>
</ul>
<p class="updated">Page last updated 12 May 2022</p>
</body>
</html>""",
        (
            expect("1907-10-14", "found"),
            expect("1908", "affiliat"),
            expect("1910", "petition"),
            expect("1911-06-17", "march"),
            expect("1914/1918", "suspend"),
            expect("1928", "dissolv"),
            expect("1960~", "minute"),
            expect("1976/..", "record"),
        ),
    ),
    Text(
        "ledgerline-8-end-of-support",
        "software vendor's end-of-support notice",
        None,
        """End-of-support notice: LedgerLine 8

Posted 2 April 2025 | Knowledge base article KB-40218 | Applies to: LedgerLine 8.0-8.4

Summary
LedgerLine 8 was released in October 2019. Mainstream support ended on 31 December 2024,
and extended support will end on 30 September 2025. After that date LedgerLine 8 will
receive no security updates, and our support line will no longer accept cases for it.

What this means for you
- The final cumulative update, build 8.4.2019, will be published on Tuesday 10 June.
- Security patches continue to be released on the second Tuesday of every month until
  extended support ends.
- LedgerLine 9.2, available since 15 January 2024, is the recommended upgrade. Customers
  on a subscription plan can upgrade at no extra cost.
- Customers must complete the migration of their company files no later than
  30 September 2025 to keep access to bank feeds.

Background
Version 8 was our most widely used release, with about 1,900,000 installations at its
peak.

Need help?
Call +1 800 555 0142 (Monday to Friday, 8 a.m. to 6 p.m. ET) or open a case in the
customer portal.""",
        (
            expect("2019-10", "releas"),
            expect("2024-12-31", "mainstream"),
            expect("2025-09-30", "extended", planned=True),
            expect("2025-06-10", "update", planned=True),
            expect("2024-01-15/..", "9.2"),
            expect("../2025-09-30", "migrat", planned=True),
        ),
    ),
    Text(
        "harbor-city-playoffs-game4",
        "basketball playoff report",
        date(2025, 5, 12),
        """Mariners even series as Delacroix scores 38

By Jenna Ruiz
Staff writer

HARBOR CITY - Andre Delacroix scored 38 points and the Harbor City Mariners beat the
Denver Peaks 108-101 on Sunday to tie their Western Conference semifinal at two games
apiece.

Delacroix, averaging 27.4 points in the playoffs, played through the sprained left ankle
he suffered in Game 1 on April 21. "It's sore every morning," he said. "But it's the
playoffs."

The Mariners are chasing their first conference finals appearance since 2009. They last
won a championship in 1979, and coach Marcus Boateng, hired in June 2022, has talked all
season about "writing a new chapter."

Game 5 is Wednesday in Denver. Game 6 will be played in Harbor City on May 16, and, if
needed, Game 7 would be back in Denver two days later.

Reserve center Tomas Ilić missed his third straight game and is expected to be out until
at least Game 6. The Mariners have not said whether he will be available for the 2025-26
season opener.

Tickets for Game 6 go on sale at 10 a.m. through the team's website.""",
        (
            expect("2025-05-11", "beat"),
            expect("2025-04-21", "ankle"),
            expect("1979", "championship"),
            expect("2022-06", "hire"),
            expect("2025-05-14", "game 5", planned=True),
            expect("2025-05-16", "game 6", planned=True),
        ),
    ),
    Text(
        "wensley-valley-timetable",
        "railway timetable change announcement",
        date(2025, 11, 3),
        """Wensley Valley Line: new timetable from 14 December

Northern Shires Railway is introducing a new timetable on the Wensley Valley Line. The
changes will take effect on Sunday 14 December and follow a public consultation that ran
from 1 to 29 September, when we received more than 1,400 responses.

What is changing
- Trains will run every 30 minutes between Harrowfield and Aysgill on weekdays, instead of
  hourly.
- The 0712 from Aysgill will start from Redmire instead, five minutes earlier.
- Since May 2023 trains have stopped at Castle Bolton by request only. From 14 December
  all trains will call at Castle Bolton.

Engineering work
The line will be closed between Leyburn and Aysgill from 27 December to 4 January for track
renewal. Rail replacement buses will run every hour.

Why now?
The line was electrified in 2019, but the service has not been increased until now.
Passenger numbers are now the highest since 2008.

The full timetable (reference T2025-B) will be published on our website on 17 November.

Customer relations: 01632 960 118
Northern Shires Railway Ltd, Harrowfield Station, HF1 2RS""",
        (
            expect("2025-12-14", "timetable", planned=True),
            expect("2025-09-01/2025-09-29", "consultation"),
            expect("2023-05/..", "request"),
            expect("2025-12-14", "castle", planned=True),
            expect("2025-12-27/2026-01-04", "close", planned=True),
            expect("2019", "electrif"),
            expect("2025-11-17", "publish", planned=True),
        ),
    ),
    Text(
        "st-mary-magdalene-lazar-house",
        "leper hospital's history",
        None,
        """The Hospital of St Mary Magdalene, Southwold Magna

The leper hospital of St Mary Magdalene stood on the London road about a mile outside the
town walls. It was founded before 1180, probably by the de Quincy lords of the manor, and
its chapel was dedicated to St Mary Magdalene c. 1200.

In 1264 Henry III granted the brethren the right to hold a fair on the feast of the
Magdalene, and the fair was held every July for the next four centuries. A visitation of
1315 found eleven lepers and a master living under a rule.

The last leprous inmate is said to have died in 1434, although the only source for this
is a late copy of the hospital's register and the date may be wrong. After that the house
took in the aged poor, and it was converted into an almshouse in 1547.

The chapel fell into disuse and was used as a barn until it was restored between 1871 and
1873 by the architect William White. The building has been listed Grade II* since 1951 and
is now in the care of a local trust.

The hospital's seal, catalogued as BM Seal 1192, shows the Magdalene holding a jar of
ointment. The site lies at Ordnance Survey grid reference TM 503 761.""",
        (
            expect("../1180", "found"),
            expect("1200~", "dedicat"),
            expect("1264", "grant"),
            expect("1315", "visitation"),
            expect("1434?", "die"),
            expect("1547", "almshouse"),
            expect("1871/1873", "restor"),
            expect("1951/..", "listed"),
        ),
    ),
    Text(
        "hydrotherapy-pool-appeal",
        "charity's fundraising appeal update",
        date(2024, 12, 6),
        """Splash Appeal: we're halfway there!

An update from Fenland Children's Hospice

Thank you! Our Splash Appeal for a new hydrotherapy pool passed £250,000 on Tuesday,
exactly half of our £500,000 target. The appeal was launched on 1 October, and donations
are at their highest level since 2019.

The hospice has cared for children with life-limiting conditions in the Fens since 1992,
six years after the charity was founded. Our old pool, built in 1998, had to close in
March this year after the filtration system failed.

What happens next
- On Thursday 12 December every gift made online will be doubled by our partners in the
  Big Give Christmas Challenge.
- We aim to reach the full target by 31 March.
- If we do, building work will start in the summer and the new pool is expected to open in
  May 2026.

How you can help
Our volunteers shake buckets at Wisbech market every Saturday; you can also text SPLASH to
70085 to give £5.

Fenland Children's Hospice, Registered charity no. 1054321.""",
        (
            expect("2024-12-03", "pass"),
            expect("2024-10-01", "launch"),
            expect("1992/..", "hospice"),
            expect("1986", "found"),
            expect("1998", "built"),
            expect("2024-03", "clos"),
            expect("2024-12-12", "double", planned=True),
            expect("../2025-03-31", "target", planned=True),
            expect("2026-05", "pool", planned=True),
        ),
    ),
    Text(
        "saltcote-salt-works",
        "salt works' history",
        None,
        """Saltcote Salt Works

Salt has been made from the brine springs at Saltcote, on the Essex marshes, for many
centuries. The Domesday survey of 1086 records twelve salt pans in the manor.

The present works were founded in 1764 by the Quaker merchant John Eldred, who built a
boiling house with four iron pans, each measuring about 1,850 square feet. A steam pump
was installed in 1823 to lift brine from a new borehole, and a wharf for salt barges was
added the following year.

Its flaky sea salt is still sold under the "Saltcote 1851" brand. The sea wall was
breached in the North Sea flood of 31 January 1953, and the pans were under water for
three weeks.

Competition from rock salt from Cheshire led to the closure of the works in 1968. The
boiling house was reopened as a museum in 1985 by the Saltcote Preservation Society, and
since 2013 salt has again been made there on a small scale; pans are fired every
Wednesday.

A new visitor centre, funded by the Heritage Fund, is due to open in 2027.

Saltcote Salt Works Museum, Marsh Lane, Saltcote CM0 7LP. Tel. 01621 778 440.""",
        (
            expect("1086", "pan"),
            expect("1764", "found"),
            expect("1823", "pump"),
            expect("1824", "wharf"),
            expect("1953-01-31", "breach"),
            expect("1968", "closure"),
            expect("1985", "museum"),
            expect("2013/..", "salt"),
            expect("2027", "visitor", planned=True),
        ),
    ),
)
