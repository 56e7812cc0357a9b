"""The two-hundred-and-twelfth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a wildfire incident
update series, a snooker tournament report, a tidal lagoon consent press release, a lighthouse
keeper's wife's letters of the 1900s, a newt pond survey, a glassworks' history, a culture
minister's heritage funding statement, a theatre's HTML season changes page, a coroner's
prevention of future deaths report, a saddlery's history and a chess congress programme. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWELFTH_CORPUS",)

TWOHUNDREDTWELFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-hull-crack-halverstad",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVERSTAD, Oct 9 (Nordline) - Strandway Ferries suspended all crossings between
Halverstad and the island of Mjol on Tuesday after inspectors found a crack in the hull of its
only car ferry, the company said, cutting about 3,400 islanders off from the mainland roads.

Inspectors from the maritime authority found the 40-centimetre crack on Monday during a
routine check in dry dock, Strandway chief executive Kari Lunde told reporters. A passenger
had reported unusual vibration on or about Sept. 30, she said, but a check at the time found
nothing wrong.

The company aims to resume crossings no later than Oct. 25. A chartered passenger boat, the
Solvik, will start a temporary service on Friday, with six sailings a day. A hearing before
the regional transport committee is scheduled for Nov. 4.

Shares in Strandway's parent, Nordvest Holding, fell 4.2 percent in Bergvik on Wednesday,
their steepest one-day fall since March 2020.

The ferry, the MF Mjolfjord, was built in 1998 and bought by Strandway in 2011. It carries up
to 120 cars and normally makes 28 crossings a day. Islanders have lobbied for a fixed link
every winter since the 1990s.

"We are asking people to travel only if they must," Lunde said. Islanders needing medical
help should call 113 as usual, the health board said.

(Reporting by Ingrid Haave; Editing by Paul Marsh)""",
        (
            expect("2024-10-08", "suspend", "crossings"),
            expect("2024-10-07", "crack"),
            expect("2024-09-30~", "vibration"),
            expect("../2024-10-25", "resume", "crossings", planned=True),
            expect("2024-10-11", "service", planned=True),
            expect("2024-11-04", "hearing", planned=True),
            expect("2024-10-09", "shares"),
            expect("1998", "built"),
            expect("2011", "bought"),
        ),
    ),
    Text(
        "tavistone-leedham-works",
        "press release",
        None,
        """NEWS RELEASE
For immediate release

Tavistone Water opens GBP 86 million Leedham treatment works

LEEDHAM, 2 September 2025 - Tavistone Water today opened its new water treatment works at
Copse Lane, Leedham, the largest single investment in the company's history and its biggest
in the region since 2008.

The works, on which construction began in March 2023, will treat up to 95 million litres of
water a day for around 310,000 customers in Leedham and the Wendle valley. It replaces the
ageing Ashby Road works, which will be decommissioned by the end of November.

The new works will reach full capacity by 31 December 2025. A second phase, adding a ceramic
membrane plant, is scheduled to begin in 2027, subject to approval by the regulator.

"Since 2019 we have cut leakage across our network by a fifth," said chief executive Moira
Eckersley. "This works secures supply to Leedham for the next fifty years."

Tavistone Water was founded in 1961 as the Wendle Valley Water Board and has supplied
Leedham since 1974.

Open days
The public can tour the works on 20 and 21 September, 10:00-16:00. Places are limited and
booking is essential: call 0300 555 0192.

Notes to editors
1. Tavistone Water serves 1.2 million people and 41,000 businesses.
2. The works was designed by Halberd Engineering and built by Corran Civils.

Media contact: Ravi Choudhury, press office, 0300 555 0100
(c) 2025 Tavistone Water Ltd. Registered in England No. 2019874""",
        (
            expect("2025-09-02", "works", "open"),
            expect("2023-03", "construction"),
            expect("../2025-11", "decommission", planned=True),
            expect("../2025-12-31", "capacity", planned=True),
            expect("2027", "phase", planned=True),
            expect("1961", "founded"),
            expect("1974/..", "suppl"),
            expect("2025-09-20", "tour", planned=True),
            expect("2025-09-21", "tour", planned=True),
        ),
    ),
    Text(
        "holloway-v-grantham-cold-storage",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MARLOWE

No. 23-1187

DENISE A. HOLLOWAY, Plaintiff-Appellant,
v.
GRANTHAM COLD STORAGE, INC., Defendant-Appellee.

Filed March 7, 2025

Appeal from the District Court of Pell County, Hon. R. T. Okafor, Judge.

OPINION

VASQUEZ, J.

Denise Holloway appeals the summary judgment entered against her on her claim under the
Marlowe Whistleblower Protection Act of 1987. We reverse and remand.

I. BACKGROUND

Grantham hired Holloway as a warehouse safety coordinator on June 3, 2019. Its employee
handbook, last revised in 2017, told staff to report ammonia leaks to a shift supervisor. On
or about January 15, 2021, Holloway reported a leak in the blast-freezer room directly to the
state Department of Labor. Grantham terminated her employment on January 29, 2021, citing
"insubordination."

Holloway filed her complaint on April 2, 2021. After discovery, the district court granted
Grantham's motion for summary judgment on September 28, 2022, holding that the Act protects
only reports made through an employer's internal channels. Holloway timely appealed.

II. ANALYSIS

We review a summary judgment de novo. Section 7 of the Act, in force in its current form
since July 1, 1994, protects an employee who reports a suspected violation "to a supervisor
or to a public body." The disjunction is plain. Nothing in the text requires an employee to
go to the supervisor first, and we have declined before to add words the legislature left out.
See Tamsin v. Orr Mills, Inc., 412 Marl. 88, 93 (2009). The district court read into Section 7
a condition the statute does not contain.

III. CONCLUSION

The judgment is reversed, and the case is remanded for trial. Costs to appellant.

VASQUEZ, J., with whom LINDQVIST and ABARA, JJ., concur.""",
        (
            expect("2019-06-03", "hired"),
            expect("2017", "handbook"),
            expect("2021-01-15~", "report", "leak"),
            expect("2021-01-29", "terminat"),
            expect("2021-04-02", "complaint"),
            expect("2022-09-28", "judgment"),
            expect("1994-07-01/..", "force"),
        ),
    ),
    Text(
        "corrowby-town-history",
        "encyclopedia history",
        None,
        """Corrowby

Corrowby is a market town and civil parish on the River Corrow, 14 miles (23 km) north of
Wendlebury. Population (2021 census): 18,412.

History

Finds of coins and pottery show that the site was occupied in the Roman period. A church
dedicated to St Elfrida is said to have stood there c. 1140, though the present building is
largely of the fifteenth century. The town received its market charter in 1287, and a
Thursday market has been held in the square every week since then.

The Black Death perhaps reached the parish in 1349, when the manor rolls record an unusual
number of vacant holdings. During the Civil War the town was held for Parliament and was
besieged by Royalist forces between 1643 and 1645.

The Corrow Valley Railway reached the town in 1857, bringing cotton spinning to the lower
town. The town hall was built between 1902 and 1904 to designs by Alfred Mercer. The mills
declined in the 1920s, and the last of them closed soon afterwards.

The River Corrow flooded the lower town in 1978, 1983 and 1991; the worst of these, in 1983,
left some 600 homes under water, the highest number since records began.

Conservation

The old town has been a conservation area since 1974, and the market square, the church and
the town hall are listed buildings.

See also
- Corrow Valley Railway
- List of market towns in Wendleshire

References
1. Harker, J. (1998). A History of Corrowby. Wendlebury: Aske Press, p. 42.""",
        (
            expect("1140~", "church"),
            expect("1287", "charter"),
            expect("1349?", "Death"),
            expect("1643/1645", "besieged"),
            expect("1857", "railway"),
            expect("1902/1904", "hall"),
            expect("1978", "flood"),
            expect("1983", "flood"),
            expect("1991", "flood"),
            expect("1974/..", "conservation"),
        ),
    ),
    Text(
        "ashcombe-women-beat-pelling",
        "sports report",
        None,
        """Football | Northern Premier Division (women)

Pelling Rovers Women 1-3 Ashcombe Women

Quayle double keeps Ashcombe three points clear

By Nia Harcourt at Greyfield Park
Sun 16 Mar 2025 18.40 GMT

Marta Quayle scored twice as Ashcombe came from behind to beat Pelling Rovers at Greyfield
Park on Saturday, their first league win at the ground since 2014, and stay three points clear
at the top of the Northern Premier Division.

Pelling led through Sian Doherty's 12th-minute header, but Quayle, who joined Ashcombe from
Varne City in January 2023, levelled before half-time with a low shot from the edge of the
area. Substitute Leah Morrow put the visitors ahead on 67 minutes and Quayle sealed it from
the penalty spot in stoppage time.

"We have not won here in a long time, so that one means a lot," said manager Dan Fearn, who
took charge in the summer.

A crowd of 2,018, the biggest of the season, watched a scrappy first half in a strong wind.
Quayle has now scored 19 goals in 21 league games.

Ashcombe, who won the County Cup in 2009, 2012 and 2018, travel to Hestley on Wednesday before
the cup quarter-final at home to Orwin on March 29. The final is scheduled for May 17 at
Lantern Road.

Pelling: Shaw; Ibbotson, Keane, Doherty, Vance; Ross, Lyle, Pike; Carr, Ely, Mbeki.
Ashcombe: Kerr; Bassey, Lund, Ode, Price; Tate, Hale, Crane; Adeyemi, Quayle, Moss (Morrow 60).
Referee: P. Lowther.""",
        (
            expect("2025-03-15", "Pelling"),
            expect("2023-01", "Quayle", "join"),
            expect("2009", "cup"),
            expect("2012", "cup"),
            expect("2018", "cup"),
            expect("2025-03-19", "Hestley", planned=True),
            expect("2025-03-29", "quarter", planned=True),
            expect("2025-05-17", "final", planned=True),
        ),
    ),
    Text(
        "ostrander-pumps-history",
        "company history",
        None,
        """Ostrander & Sons - Our history

From a village smithy to pumps on five continents

Ostrander & Sons traces its origins to a smithy opened by Josiah Ostrander in the village of
Hale Moss around 1888, where he made cast-iron hand pumps for local farms. The business was
incorporated as Ostrander & Sons Ltd in 1903, and it soon outgrew the smithy for larger
works in the nearby town of Bretton, where Josiah's sons William and Edwin ran the foundry.

Between 1939 and 1945 the works turned almost entirely to trailer fire pumps for the civil
defence services, building more than 4,000 of them.

In 1972 the family sold the company to the engineering group Halden Corporation, which added
a foundry the following year. Under Halden the product range widened to sewage and mine
drainage pumps. A management buyout in 2008 returned the company to independent ownership.

The company has been based at Bretton Business Park since 1996. Our heritage has not been
forgotten: the "1888" range of hand-operated garden pumps, cast from Josiah's original
patterns, was launched in 2013 and remains one of our best sellers.

Ostrander & Sons today

- 340 employees
- customers in 58 countries
- annual turnover of about GBP 62 million

Looking ahead, the company plans to open its first overseas assembly plant, in Poland, in
2026, and expects to employ 500 people by 2030.""",
        (
            expect("1888~", "smithy"),
            expect("1903", "incorporated"),
            expect("1939/1945", "pumps"),
            expect("1972", "sold"),
            expect("1973", "foundry"),
            expect("2008", "buyout"),
            expect("1996/..", "based"),
            expect("2013", "launch"),
            expect("2026", "plant", planned=True),
            expect("../2030", "employ", planned=True),
        ),
    ),
    Text(
        "selka-2-lunar-orbiter",
        "mission summary (space)",
        None,
        """MISSION SUMMARY: SELKA-2 LUNAR ORBITER

Agency: Tervanian Space Agency (TSA) | Status: operational | Page revised 2 May 2025

Overview
SELKA-2 is a 780 kg orbiter mapping hydrogen and water ice at the lunar poles with a neutron
spectrometer and a radar sounder. It follows SELKA-1, which studied the Moon's exosphere.

Launch and arrival
SELKA-2 was launched on 4 February 2023 on a Vorta-3 rocket from the Kessen launch site.
After a cruise of six weeks it fired its main engine and entered lunar orbit on 19 March.
Commissioning of the instruments took about two weeks, and science operations began on or
about 3 April.

Key events
- 7-12 August 2023: spacecraft in safe mode after a reaction-wheel fault.
- January 2024: mission extended by the TSA board.
- March 2024: first data release to the public archive; a second followed the following
  month.
- The orbit was lowered from 100 km to 50 km in mid-2024 to sharpen the radar data.

Results
The spectrometer has found hydrogen concentrations of up to 1,500 parts per million in
permanently shadowed craters near the south pole, the highest measured by any orbiter.

End of mission
With its propellant running low, the spacecraft will be deliberately crashed near the south
pole no later than 30 June 2026. A successor, SELKA-3, is planned to launch in 2028.

Fact sheet
Mass at launch: 780 kg | Power: 1,100 W | Orbit: 50 km polar | Data to date: 2,024 GB""",
        (
            expect("2023-02-04", "launch"),
            expect("2023-03-19", "orbit"),
            expect("2023-04-03~", "science"),
            expect("2023-08-07/2023-08-12", "safe"),
            expect("2024-01", "extended"),
            expect("2024-03", "release"),
            expect("2024-04", "second", "release"),
            expect("../2026-06-30", "crash", planned=True),
            expect("2028", "SELKA-3", planned=True),
        ),
    ),
    Text(
        "rail-fares-freeze-statement",
        "government statement",
        None,
        """MINISTRY OF INFRASTRUCTURE
Press statement | Published 12 November 2024

Regulated rail fares to be frozen in 2025

The Minister of Infrastructure, Tomas Reinholt, today announced that regulated rail fares
will be frozen for twelve months from 5 January 2025.

The decision follows a public consultation that ran from 1 August to 30 September 2024 and
received 14,206 responses, and an independent review of fares published in July.

Regulated fares have risen every January since 2010, and last year's rise of 5.9 per cent was
the steepest since 2011. The ministry capped fare rises at the rate of inflation in 2021 and
2023.

Under the Rail Passengers Act 2019, the ministry will lay a fares order before Parliament no
later than 31 March 2025. The freeze will cost about 310 million a year, to be met from the
transport budget.

The minister said: "Passengers have carried the cost of the railway for too long. This
freeze gives families and commuters a year of certainty while we reform how fares are set."

The minister will visit the Carrow depot on Thursday to meet staff and passenger groups.

Notes
1. Regulated fares include season tickets and off-peak returns on most routes.
2. The independent review, "Fair Fares", was led by Professor Hanne Solberg.

Enquiries: press office, 020 7946 0318""",
        (
            expect("2024-11-12", "announc"),
            expect("2025-01-05", "fare", planned=True),
            expect("2024-08-01/2024-09-30", "consultation"),
            expect("2024-07", "review"),
            expect("2021", "capped"),
            expect("2023", "capped"),
            expect("../2025-03-31", "order", planned=True),
            expect("2024-11-14", "visit", planned=True),
        ),
    ),
    Text(
        "kelsey-bridge-cracks-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kelsey Bridge shut after inspectors find cracks | Aske Valley Echo</title>
<script src="/static/js/consent.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's on</a>
</nav>
<article>
<h1>Kelsey Bridge shut after inspectors find cracks</h1>
<p class="byline">By Tom Reddin, local democracy reporter</p>
<time datetime="2025-05-20T09:12:00+01:00">Tuesday 20 May 2025, 09:12</time>
<p>Kelsey Bridge over the River Aske was closed to all traffic on Monday after engineers
found cracks in two of its cast-iron girders.</p>
<p>The cracks were spotted during a routine inspection on 14 May, Harrowdale Council said.
Drivers face a diversion of up to 12 miles.</p>
<figure>
  <img src="/img/kelsey-1958.jpg" alt="Kelsey Bridge">
  <figcaption>Kelsey Bridge in 1958. Photo: Aske Valley Archive</figcaption>
</figure>
<p>The council expects to reopen the bridge to pedestrians by the end of June and to complete
a full repair no later than March 2027.</p>
<p>Aske Buses said route 41 would divert via Morley from Wednesday.</p>
<p>The bridge opened in 1932 and was strengthened in 1987 and 2004. About 9,000 vehicles
crossed it each day.</p>
<p>Councillors will discuss the closure at a meeting on Thursday.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
  <li><a href="/news/weight-limit">Weight limit imposed on Kelsey Bridge</a>
      <time datetime="2024-03-03">3 March 2024</time></li>
  <li><a href="/news/aske-flood">Aske flood defences finished</a>
      <time datetime="2023-11-21">21 November 2023</time></li>
</ul>
</aside>
<footer>(c) 2025 Aske Valley Echo. Newsdesk 01632 960 118</footer>
</body>
</html>""",
        (
            expect("2025-05-19", "closed"),
            expect("2025-05-14", "inspection"),
            expect("../2025-06", "reopen", planned=True),
            expect("../2027-03", "repair", planned=True),
            expect("2025-05-21", "divert", planned=True),
            expect("1932", "opened"),
            expect("1987", "strengthened"),
            expect("2004", "strengthened"),
            expect("2025-05-22", "meeting", planned=True),
        ),
    ),
    Text(
        "callow-creek-fire-updates",
        "wildfire incident update series",
        None,
        """CALLOW CREEK FIRE - INCIDENT UPDATES
Tamarind County Fire Protection District | State Forest Service, Southern Region

UPDATE #1 - Friday, Aug. 2, 2024, 9:30 p.m.
The Callow Creek Fire was reported at approximately 2:40 p.m. today near mile marker 17 on
Highway 12. The Sheriff's Office issued an evacuation order at 6:15 p.m. for the Callow Creek
and Pine Flat areas. An evacuation center is open at Ridgeline High School, 400 Cedar Ave.
Size: about 300 acres. Containment: 0%.

UPDATE #2 - Saturday, Aug. 3, 2024, 7:00 a.m.
Size: 1,240 acres. Containment: 0%. The fire grew overnight in steep terrain and Highway 12 is
closed between mile markers 12 and 22. Resources: 14 engines, 6 hand crews, 3 helicopters.
A Type 2 incident management team will assume command at 6 a.m. Sunday.

UPDATE #3 - Monday, Aug. 5, 2024, 8:00 a.m.
Size: 2,015 acres. Containment: 45%. The evacuation order for Pine Flat was lifted at 6 p.m.
Sunday; Callow Creek remains under an evacuation warning. Highway 12 reopened to one-way
traffic with pilot cars at 5 a.m. today. Crews expect full containment by Aug. 12.

A community meeting will be held Wednesday at 7 p.m. at the Pine Flat Grange Hall, and will
be streamed on the district's social media pages.

Background: the area last burned in 1994, in the Sawtooth Fire. The Callow Creek Fire is the
largest in the county since 2003. The cause is under investigation.

Information line: (541) 555-0147, 8 a.m. to 8 p.m. daily.""",
        (
            expect("2024-08-02", "fire", "report"),
            expect("2024-08-02", "evacuation", "order"),
            expect("2024-08-04", "command", planned=True),
            expect("2024-08-04", "lift"),
            expect("2024-08-05", "Highway", "reopen"),
            expect("../2024-08-12", "containment", planned=True),
            expect("2024-08-07", "meeting", planned=True),
            expect("1994", "burn"),
        ),
    ),
    Text(
        "pryor-wins-kestrel-open",
        "snooker tournament report",
        date(2025, 2, 10),
        """SNOOKER | KESTREL OPEN

Pryor ends long wait with Kestrel Open title

By Gareth Lowe, snooker correspondent, at the Corn Exchange, Brackley

Owen Pryor won his first ranking title since 2019 when he beat Dev Malhotra 10-7 in the final
of the Kestrel Open at the Corn Exchange on Sunday night.

The 34-year-old Welshman trailed 5-3 after the afternoon session but made breaks of 112 and
134 in a run of five frames in a row to take control. He takes home 100,000 pounds and climbs
to 11th in the world rankings.

Pryor had needed a deciding frame to beat the defending champion Lee Harrop 6-5 in Saturday's
semi-finals, while Malhotra made the tournament's only maximum, a 147, in his quarter-final
win over Ivo Stancu on Friday.

"I've lost two finals in this room and I was starting to think it wasn't meant to be," said
Pryor, who was runner-up here in 2016 and 2021. "My dad has come to every match for 20 years.
This one is for him."

The Kestrel Open has been staged at the Corn Exchange since 2017 and drew a record 21,400
spectators over the week.

Pryor will next play in the Baltic Masters, which begins in Talvik on 24 February, before the
world championship qualifiers from 9 to 16 April.

Final (best of 19): O Pryor 10-7 D Malhotra
Frame scores: 71-12, 0-98, 55-63, 112-0, ...""",
        (
            expect("2025-02-09", "Pryor", "final"),
            expect("2025-02-08", "Harrop"),
            expect("2025-02-07", "Malhotra"),
            expect("2016", "runner"),
            expect("2021", "runner"),
            expect("2017/..", "Exchange"),
            expect("2025-02-24", "Baltic", planned=True),
            expect("2025-04-09/2025-04-16", "qualif", planned=True),
        ),
    ),
    Text(
        "carrig-bay-lagoon-consent",
        "tidal lagoon consent press release",
        None,
        """PRESS RELEASE
Embargoed until 00:01, Wednesday 9 July 2025

Carrig Bay Tidal Lagoon granted development consent

CARRIG BAY, 9 July 2025 - The Secretary of State for Energy today granted development consent
for the 320 MW Carrig Bay Tidal Lagoon, the first project of its kind to be approved in the
country, Carrig Bay Tidal Power Ltd announced.

The lagoon would enclose 11.5 square kilometres of the bay behind a 9.5 km breakwater, with 24
turbines generating about 1.2 TWh of electricity a year, enough for 300,000 homes.

The application was submitted in March 2022 and examined by the Planning Inspectorate from 6
September 2022 to 6 March 2023. The Inspectorate's recommendation was sent to ministers on 5
June 2023. Under the Planning Act 2008, the decision may be challenged in the High Court
within six weeks.

Construction of the breakwater is expected to begin in 2027, and the lagoon is scheduled to
generate its first power by the end of 2031.

Chief executive Dr Bethan Morgan-Hale said: "This is a 120-year asset. Tides are as certain
as anything in nature, and today's decision lets us put that certainty to work."

The company was founded in 2015 by a group of local engineers. Since 2018 it has run a tidal
and wildlife monitoring station on Carrig Head.

ENDS

Notes to editors
- Carrig Bay Tidal Power Ltd is registered in Wales, company no. 09632015.
- Images: www.carrigbaylagoon.example/media

Media enquiries: Owain Price, 029 2055 0811""",
        (
            expect("2025-07-09", "consent"),
            expect("2022-03", "application"),
            expect("2022-09-06/2023-03-06", "examin"),
            expect("2023-06-05", "recommendation"),
            expect("2027", "construction", planned=True),
            expect("../2031", "power", planned=True),
            expect("2015", "founded"),
            expect("2018/..", "monitoring"),
        ),
    ),
    Text(
        "tullis-lighthouse-letters",
        "lighthouse keeper's wife's letters of the 1900s",
        None,
        """LETTERS OF ELLEN TULLIS, WIFE OF THE ASSISTANT KEEPER, SKERRACH ROCK
(family papers, transcribed with the original spelling)

I.
Skerrach Rock Lighthouse,
Jan. 14th 1904.

My dear Mother,
Your parcel came at last & the bairns were wild with joy over the gingerbread. The relief
boat came out on the 2nd inst. but could not land for the swell, & it was the 9th before
James got his stores ashore, so we were on short commons a full week. We have been on this
Rock since Oct. 1901 & I never knew a winter like it. Mr Gair the Principal says the tower
was built in 1790 but James thinks it older.
Your loving daughter,
Ellen

II.
Skerrach, Feb. 27th.

Dearest Mother,
You will be glad to hear that little Agnes was born on the 19th, a fine big girl, & we are
both doing well. The Dr. could not come off at all for the weather, but Mrs Gair was a great
help to me. James is as proud as a peacock.
Ever yr. affec. daughter,
E. T.

III.
Skerrach Light, Tues. 3rd May.

Dear Mother,
Just a line by the boat. The Inspector is to come on the 10th, so all is scrubbing &
blacking & polishing of brass. And news - James is moved to Corran Point, & we leave the
Rock on the 24th inst. for good. I shall not miss the swell.
In haste, Ellen

IV.
Corran Point, Sat. 12th Aug. 1905.

My dear Mother,
We came to Corran on the 25th May last year & I have not regretted it one day. Agnes
walked on Thursday, five steps to her Father & then sat down very surprised. The Northern
Lights yacht is expected on the 21st with the Commissioners, so James is in a great state.
Your loving Ellen""",
        (
            expect("1904-01-02", "boat"),
            expect("1904-01-09", "stores"),
            expect("1901-10/..", "Rock"),
            expect("1790?", "tower", "built"),
            expect("1904-02-19", "Agnes", "born"),
            expect("1904-05-10", "Inspector", planned=True),
            expect("1904-05-24", "leave", planned=True),
            expect("1904-05-25", "Corran"),
            expect("1905-08-10", "walk"),
            expect("1905-08-21", "yacht", planned=True),
        ),
    ),
    Text(
        "hollins-farm-newt-survey",
        "newt pond survey",
        None,
        """GREAT CRESTED NEWT SURVEY - POND P3, HOLLINS FARM, ASHWORTH

Report ref. FE/2024/117 | Issue date: 12 June 2024 | Prepared by: Fenwright Ecology Ltd
Client: Ashworth Barns LLP

1. Summary
Great crested newts (Triturus cristatus) were recorded in pond P3 on all four survey visits.
A peak count of 23 adults was made on the third visit, which places the population in the
medium size class. A mitigation licence will be needed before the barn conversion starts.

2. Site and pond
P3 is a field pond of c. 450 m2, about 1.2 m deep, created circa 1985 when the farm's
drainage was altered. It was last surveyed in 2016, when 9 adults were counted (Ashworth
Ecology 2016). Habitat Suitability Index: 0.81 (excellent).

3. Methods
An eDNA sample was taken on 18 April 2024 and returned positive. Four bottle-trap and torch
surveys were then made, on 30 April and on 14, 21 and 28 May 2024, following the 2001
guidelines. Night air temperatures ranged from 8 to 13 C.

Table 1. Survey results (adults)
Visit | Date       | Torch | Bottle | Eggs
1     | 30/04/2024 | 6     | 4      | yes
2     | 14/05/2024 | 11    | 7      | yes
3     | 21/05/2024 | 23    | 12     | yes
4     | 28/05/2024 | 15    | 9      | yes

4. Recommendations
The proposed barn conversion lies 60 m from P3, within 250 m of a breeding pond. Works must
not begin until a mitigation licence has been granted. An application for a licence will be
submitted to the licensing authority no later than 31 July 2024, and terrestrial habitat
works are planned for the period from 1 October to 15 November 2024, outside the breeding
season.

Surveyor: R. Adebayo BSc MCIEEM (licence no. 2019-41822-CLS-CLS)""",
        (
            expect("1985~", "created"),
            expect("2016", "survey"),
            expect("2024-04-18", "eDNA"),
            expect("2024-04-30", "survey"),
            expect("2024-05-14", "survey"),
            expect("2024-05-21", "survey"),
            expect("2024-05-28", "survey"),
            expect("../2024-07-31", "licence", planned=True),
            expect("2024-10-01/2024-11-15", "habitat", planned=True),
        ),
    ),
    Text(
        "stourley-glassworks-history",
        "glassworks' history",
        None,
        """STOURLEY GLASSWORKS: A SHORT HISTORY

Glass may have been made on the Cone Lane site as early as c. 1690, when a "glasshouse" is
named in the parish register, but the works proper was founded in 1764 by Pierre Davenal, a
glassmaker from Rouen, with two partners from the town. The brick cone that survives today is
said to date from 1792, although its date stone was lost long ago.

Under Davenal's grandsons the works specialised in cut tableware, shipped by canal to London
and Liverpool. On the night of 4 March 1851 a fire destroyed the cutting shop and two of the
three lehrs; they were rebuilt the following year on a larger scale. Steam-driven cutting
wheels arrived in the 1860s.

Between 1914 and 1918 the works made lenses and prisms for field glasses and gunsights, and
its workforce rose to more than 400, many of them women. After the Second World War demand
for hand-made glass fell away, and production ended in 1978.

The cone has been listed at Grade II* since 1966. After a long campaign by the Stourley Civic
Society it reopened as a museum on 12 May 1990, and it now welcomes about 48,000 visitors a
year. The Davenal Gallery shows some 1,764 pieces from the works' pattern books.

The museum plans to relight the furnace for glassblowing demonstrations in 2026.

Visiting: open Tuesday to Sunday, 10am-5pm. Admission free.""",
        (
            expect("1690~", "glasshouse"),
            expect("1764", "founded"),
            expect("1792?", "cone"),
            expect("1851-03-04", "fire"),
            expect("1852", "rebuilt"),
            expect("1914/1918", "lenses"),
            expect("1978", "production"),
            expect("1966/..", "listed"),
            expect("1990-05-12", "reopen"),
            expect("2026", "furnace", planned=True),
        ),
    ),
    Text(
        "heritage-places-fund-statement",
        "culture minister's heritage funding statement",
        None,
        """Written Ministerial Statement
Department for Culture and Heritage

Made on: 18 February 2025
Made by: Priya Lindgren MP (Minister for Culture and Heritage)

Heritage Places Fund: second round

Today I am announcing a second round of the Heritage Places Fund, worth GBP 40 million over
two years, to repair historic buildings at risk and bring them back into use.

The first round, launched in 2022, supported 112 sites across the country, from chapels and
mills to lidos and lighthouses. After the fire at St Gudwal's Cathedral in April 2023, it also
paid for a new roof over the nave.

The fund will open to applications on 3 March. Applications must be submitted by 30 May, and
awards will be announced in September. Guidance for applicants will be published no later
than 28 February. Grants will range from GBP 50,000 to GBP 2 million.

On Friday I visited the Marrow Street Baths in Hallam, which reopened in 2024 after a grant of
GBP 2.1 million from the first round. Its 1,200 weekly swimmers are the best argument for this
fund that I know.

The number of listed buildings on the Heritage at Risk register has fallen every year since
2015, but more than 4,900 remain on it. The fund is administered by Heritage Wessex under the
National Heritage Act 1983.

I will place a copy of the fund's prospectus in the Libraries of both Houses.""",
        (
            expect("2025-02-18", "announc"),
            expect("2022", "first", "round"),
            expect("2023-04", "fire"),
            expect("2025-03-03", "open", planned=True),
            expect("../2025-05-30", "application", planned=True),
            expect("2025-09", "awards", planned=True),
            expect("../2025-02-28", "guidance", planned=True),
            expect("2025-02-14", "visit"),
            expect("2024", "reopen"),
        ),
    ),
    Text(
        "lyceum-season-changes-html",
        "theatre's HTML season changes page",
        date(2025, 10, 10),
        """<!DOCTYPE html>
<html lang="en">
<head>
<title>Season changes | The Lyceum, Harwick</title>
<script src="/assets/tickets.min.js" defer></script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's On</a> | <a href="/visit">Visit</a>
| <a href="/support">Support us</a></nav>
<main>
<h1>Autumn and winter season: changes to performances</h1>
<p class="updated">Last updated <time datetime="2025-10-10">Fri 10 Oct</time></p>

<section id="salt-road">
<h2>The Salt Road - postponed</h2>
<p>Owing to the illness of a lead actor, <em>The Salt Road</em> will not open on Thu 16 Oct
as advertised. It will now open on <time datetime="2026-03-12">Thursday 12 March 2026</time>
and close on Saturday 4 April 2026. Tickets transfer automatically.</p>
</section>

<section id="nightingale-lane">
<h2>Nightingale Lane - extra matinees</h2>
<p>Extra performances have been added at 2.30pm on Tue 4 and Wed 5 Nov.</p>
</section>

<section id="panto">
<h2>Jack and the Beanstalk - extended</h2>
<p>By popular demand the pantomime will now close on Sat 10 Jan 2026 instead of Sun 4 Jan.
</p>
<p>The box office will be closed from 24 to 26 December.</p>
</section>

<section id="about">
<h2>About the Lyceum</h2>
<p>Built in 1911 and restored between 2015 and 2017, the Lyceum seats 1,048. Since 1998 it
has been run by the Harwick Theatre Trust.</p>
</section>
</main>
<aside><h3>You may also like</h3>
<ul><li><a href="/news/2025-access">Relaxed performances for 2025</a></li></ul></aside>
<footer>(c) 2025 Harwick Theatre Trust. Registered charity no. 1048811.
Box office 01632 960 482</footer>
</body>
</html>""",
        (
            expect("2026-03-12", "Salt", "open", planned=True),
            expect("2026-04-04", "Salt", "close", planned=True),
            expect("2025-11-04", "performance", planned=True),
            expect("2025-11-05", "performance", planned=True),
            expect("2026-01-10", "pantomime", planned=True),
            expect("2025-12-24/2025-12-26", "box", planned=True),
            expect("1911", "built"),
            expect("2015/2017", "restor"),
            expect("1998/..", "Trust"),
        ),
    ),
    Text(
        "doyle-prevention-of-future-deaths",
        "coroner's prevention of future deaths report",
        None,
        """REGULATION 28: REPORT TO PREVENT FUTURE DEATHS

THIS REPORT IS BEING SENT TO:
1. Chief Executive, Aldermoor Hospitals NHS Trust
2. Chief Medical Officer, Wendleshire Integrated Care Board

1 CORONER
I am Helen Osei, Assistant Coroner for the coroner area of North Wendleshire.

2 CORONER'S LEGAL POWERS
I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and
regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.

3 INVESTIGATION and INQUEST
On 12 February 2024 I commenced an investigation into the death of Martin Ellery Doyle, aged
71. The investigation concluded at the end of the inquest on 9 October 2024. The conclusion
of the inquest was a narrative conclusion.

4 CIRCUMSTANCES OF THE DEATH
Mr Doyle was seen by his GP on or about 28 January 2024 with a cough and leg pain. He was
admitted to Aldermoor General Hospital on 1 February 2024 with pneumonia. He was prescribed an
anticoagulant, but because of a fault in the electronic prescribing system the first dose was
not given until the evening of 2 February. He died on 3 February 2024 of a pulmonary embolism.

5 CORONER'S CONCERNS
During the course of the inquest the evidence revealed matters giving rise to concern:
(1) The Trust's venous thromboembolism policy, last revised in 2019, does not say who must
check that a prescribed first dose has been given.
(2) The prescribing system, in use at the hospital since March 2021, does not alert staff when
a time-critical dose is missed.

6 ACTION SHOULD BE TAKEN
In my opinion action should be taken to prevent future deaths and I believe you have the power
to take such action.

7 YOUR RESPONSE
You are under a duty to respond to this report within 56 days of the date of this report,
namely by 4 December 2024.

8 COPIES and PUBLICATION
I have sent a copy of my report to the Chief Coroner and to Mr Doyle's family.

9 Date: 9 October 2024          Signature: H. Osei, Assistant Coroner""",
        (
            expect("2024-02-12", "investigation"),
            expect("2024-10-09", "inquest"),
            expect("2024-01-28~", "GP"),
            expect("2024-02-01", "admitted"),
            expect("2024-02-02", "dose"),
            expect("2024-02-03", "died"),
            expect("2019", "policy"),
            expect("2021-03/..", "system"),
            expect("../2024-12-04", "respond", planned=True),
        ),
    ),
    Text(
        "lusk-saddlery-history",
        "saddlery's history",
        None,
        """LUSK SADDLERY, WENDLEBURY - OUR HISTORY

Hand-stitched saddles and harness, made on the same bench for five generations

The business was set up by John Lusk, a journeyman saddler from the
Midlands, circa 1840, in a yard behind the Swan inn. The workshop building itself is said to
have been built in 1760 as a coaching stable, and the old hay loft is still our cutting room.

In 1868 Lusk's son Thomas moved the shop to its present premises at 14 Bridge Street, and in
1911 the firm was appointed saddler to the Wendlebury Hunt.

Between 1914 and 1918 the workshop made bridles, head collars and gun buckets for the army's
remount service, with eleven men at the benches. In the 1950s, as the farm horse disappeared,
the firm turned to riding saddles and leather goods.

The business has been owned by the Varley family since 1987; Margaret Varley had trained
under the last of the Lusks. Three apprentices have completed their
training with us, in 2009, 2015 and 2021.

We still stitch by hand at eight stitches to the inch, using the 1840 pattern for our
Wendlebury hunting saddle. A made-to-measure saddle takes about 60 hours.

Looking forward, we expect to open a second workshop in Stowell by the end of 2026.

Lusk Saddlery, 14 Bridge Street, Wendlebury. Tel. 01632 960 733. Open Mon-Sat 9-5.""",
        (
            expect("1840~", "Lusk"),
            expect("1760?", "built"),
            expect("1868", "Bridge"),
            expect("1911", "Hunt"),
            expect("1914/1918", "bridles"),
            expect("1987/..", "Varley"),
            expect("2009", "apprentice"),
            expect("2015", "apprentice"),
            expect("2021", "apprentice"),
            expect("../2026", "workshop", planned=True),
        ),
    ),
    Text(
        "fenwick-chess-congress-programme",
        "chess congress programme",
        None,
        """FENWICK CHESS CONGRESS 2025
43rd Congress | Assembly Rooms, Market Place, Fenwick | 14-17 August 2025

Welcome to the 43rd Fenwick Congress. The first congress was played in 1982 at Fenwick
Grammar School, and the congress has been held at the Assembly Rooms since 2004.

SECTIONS
Open (FIDE rated) | Major (under 2000) | Intermediate (under 1800) | Minor (under 1400)
All sections: 7 rounds, Swiss system. Time control: 90 minutes + 30 seconds a move.

TIMETABLE
Thu 14 Aug   18:00  Registration closes
             19:00  Round 1
Fri 15 Aug   10:00  Round 2
             15:30  Round 3
Sat 16 Aug   10:00  Round 4
             15:30  Round 5
Sun 17 Aug   09:30  Round 6
             14:30  Round 7
             19:00  Prize-giving

ENTRIES
Entries must be received by Friday 1 August. Late entries, if accepted, carry a GBP 5
surcharge. Fees: Open GBP 42, Major GBP 38, Intermediate GBP 36, Minor GBP 30 (juniors half
price). Players rated 2300 and above enter free.

PRIZES
Open: 1st GBP 600, 2nd GBP 300, 3rd GBP 150. Grading prizes in every section.

Arbiter: IA Susan Mbatha | Organiser: Keith Ruddle, 07700 900417,
entries@fenwickchess.example

Fair play: electronic devices must be switched off in the playing hall.""",
        (
            expect("2025-08-14/2025-08-17", "congress", planned=True),
            expect("1982", "first"),
            expect("2004/..", "Assembly"),
            expect("2025-08-14", "registration", planned=True),
            expect("2025-08-14", "round", planned=True),
            expect("2025-08-15", "round", planned=True),
            expect("2025-08-16", "round", planned=True),
            expect("2025-08-17", "round", planned=True),
            expect("2025-08-17", "prize", planned=True),
            expect("../2025-08-01", "entr", planned=True),
        ),
    ),
)
