"""The two-hundred-and-thirty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a volcano observatory's
activity updates, a marathon report, a geothermal plant press release, a whaler's logbook of
the 1840s, a barn owl nest box survey, a pottery's history, an environment minister's air
quality statement, a theatre's HTML performance cancellations page, a coroner's inquest
findings, a thatcher's history and a basketball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYFOURTH_CORPUS",)

TWOHUNDREDTHIRTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "aurelle-air-grounding",
        "wire story with a dateline",
        date(2024, 11, 21),
        """PORT SAVARIN, Nov 21 (Tidewater News Agency) - Regional carrier Aurelle Air grounded all
14 of its turboprop aircraft on Tuesday after engineers found cracks in a landing-gear
bracket, leaving thousands of travellers stranded across the northern islands.

The cracks were first spotted during routine maintenance on or about Nov. 17 on an aircraft
based at Port Savarin, the airline said in a statement. Similar damage was then found on
three more aircraft.

The Civil Aviation Authority on Wednesday ordered inspections of every aircraft of the type
registered in the country and said operators must complete them no later than Dec. 6.

Aurelle, which has no other aircraft, said it expected to finish its own checks by Saturday
and to resume flights on Monday, provided no further cracks were found. About 9,000
passengers have been affected so far, and the airline has chartered two ferries at a cost of
some 310,000 dollars.

"Safety comes before the timetable, every day of the year," chief executive Mireille Ancel
told reporters at the airport. Customers can call 0800 414 2024 to rebook.

Shares in Aurelle's parent company, Savarin Holdings, fell 7.4 percent on Wednesday, their
steepest one-day drop since March 2020.

The airline was founded in 1998 by a group of island hoteliers and bought its first
turboprop in 2006. It flies to 11 destinations and employs about 640 people.

(Reporting by Noé Garrigue; Editing by Ruth Adeyemi)""",
        (
            expect("2024-11-19", "grounded"),
            expect("2024-11-17~", "cracks"),
            expect("2024-11-20", "inspections", "order"),
            expect("../2024-12-06", "complete", planned=True),
            expect("../2024-11-23", "checks", planned=True),
            expect("2024-11-25", "resume", "flights", planned=True),
            expect("2024-11-20", "shares"),
            expect("1998", "founded"),
            expect("2006", "turboprop"),
        ),
    ),
    Text(
        "brightwater-research-kitchen",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brightwater Foods Opens Research Kitchen and Confirms Plans for Eastern Distribution Centre

LINDENFORD, Feb. 11, 2025 /PRNewsline/ -- Brightwater Foods Inc. (NASDAQ: BWFD), a maker of
chilled soups and sauces, today opened its new research kitchen at its Lindenford campus, a
$38 million building that will house 85 chefs, food scientists and packaging engineers.

Construction of the 4,200-square-metre kitchen began in April 2023. The building runs on
heat pumps and rooftop solar panels and has its own pilot production line.

The company also confirmed that its eastern distribution centre in Calder Mills will open on
or about September 1, 2025, and that it plans to hire 120 people there by the end of 2025.

"Every recipe we sell starts in a kitchen like this one," said Dana Okafor, President and
Chief Executive Officer of Brightwater Foods. "We now have room to try ten times as many ideas
a year."

Brightwater will hold a conference call for investors on February 18, 2025, at 10:00 a.m.
Eastern Time. Dial-in: +1 (555) 201-1971, passcode 2025.

About Brightwater Foods

Brightwater Foods was founded in 1971 by Margaret and Ellis Brant as a single soup kitchen in
Lindenford. It acquired Nordhaven Dairy in 2009 and has been certified carbon neutral since
2015. Its products are sold in more than 9,000 stores.

Forward-Looking Statements: This release contains forward-looking statements within the
meaning of the Private Securities Litigation Reform Act of 1995.

Media contact: Priya Hallstrom, press@brightwaterfoods.example, +1 (555) 201-4400

(c) 2025 Brightwater Foods Inc. All rights reserved.""",
        (
            expect("2025-02-11", "open", "kitchen"),
            expect("2023-04", "construction"),
            expect("2025-09-01~", "distribution", planned=True),
            expect("../2025", "hire", planned=True),
            expect("2025-02-18", "call", planned=True),
            expect("1971", "found"),
            expect("2009", "Nordhaven"),
            expect("2015/..", "carbon"),
        ),
    ),
    Text(
        "dorrance-v-kilbride-properties",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HELEN DORRANCE, Appellant,
v.
KILBRIDE PROPERTIES LLC, Appellee.

No. 2 CA-CV 2023-0417
Filed March 5, 2024

OPINION

Judge Ostrowski authored the opinion of the Court, in which Presiding Judge Amadi and Judge
Feld concurred.

I. BACKGROUND

1. On or about June 12, 2019, Dorrance signed a written lease for a ground-floor shop unit
at 1914 Larch Avenue owned by Kilbride Properties LLC ("Kilbride"). The lease ran from July
1, 2019 to June 30, 2022, at a monthly rent of $2,150.

2. Kilbride's managing agent wrote to Dorrance on or about February 2, 2021, complaining of
late payments. In March 2021, Kilbride served a notice to quit under section 33-1368 of the
Residential and Commercial Tenancies Act of 1987. Dorrance vacated the premises on April 30,
2021, and Kilbride retained her deposit of $4,300.

3. Dorrance filed suit on September 8, 2021, seeking return of the deposit and damages for
wrongful termination. The superior court granted summary judgment for Kilbride on May 17,
2023. Dorrance filed her notice of appeal two days later. We heard oral argument on January
10, 2024.

II. DISCUSSION

4. We review a grant of summary judgment de novo. Nothing in the record shows that the
notice to quit identified a breach that Dorrance could cure, as the lease required in every
case of default. A notice that does not do so cannot end the tenancy early.

III. DISPOSITION

5. We reverse the judgment and remand to the superior court for further proceedings
consistent with this opinion.""",
        (
            expect("2019-06-12~", "sign", "lease"),
            expect("2019-07-01/2022-06-30", "lease"),
            expect("2021-02-02~", "wrote"),
            expect("2021-03", "notice"),
            expect("2021-04-30", "vacate"),
            expect("2021-09-08", "suit"),
            expect("2023-05-17", "summary", "judgment"),
            expect("2023-05-19", "appeal"),
            expect("2024-01-10", "argument"),
        ),
    ),
    Text(
        "kelvoy-town-history",
        "encyclopedia history",
        None,
        """Kelvoy

Kelvoy is a market town on the River Asheld, in the district of Upper Asheldale. At the 2021
census it had a population of 11,905.

History

A church is recorded at Kelvoy c. 1150, standing on the low rise above the ford that gave
the settlement its importance. The town received its market charter in 1284 from the Earl of
Halden, and a weekly market has been held on Thursdays ever since. Kelvoy Castle, said to have
been built in 1320 by Sir Roger de Kell, was largely demolished in the seventeenth century;
only the gatehouse survives.

The grammar school, founded perhaps in 1553, occupied the old guildhall for two centuries. Much of
the town burned in 1612 and was rebuilt the following year in stone, which gives the market
place its present appearance.

The railway reached Kelvoy in 1857, and the Asheld Valley cotton mill operated from 1862 to
1931, employing at its height some 1,400 people. The Kelvoy Improvement Act 1866 paid for
new drains and a water supply. The population peaked in the 1920s and fell sharply after the
mill closed.

Since 1974 the town has formed part of the district of Upper Asheldale. Tourism and light
engineering are now the main employers.

See also

- List of market towns in Asheldale
- River Asheld""",
        (
            expect("1150~", "church"),
            expect("1284", "charter"),
            expect("1320?", "castle"),
            expect("1553?", "school"),
            expect("1612", "burn"),
            expect("1613", "rebuil"),
            expect("1857", "railway"),
            expect("1862/1931", "mill"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "kestrel-rovers-halden",
        "sports report",
        date(2025, 4, 6),
        """NATIONAL LEAGUE NORTH | MATCH REPORT

Kestrel Rovers 3 Halden Athletic 1

Voss hat-trick keeps Rovers in the play-off hunt

By Gareth Lunn

Kestrel Rovers beat Halden Athletic 3-1 at Mere Lane on Saturday, with striker Tomas Voss
scoring all three goals in his first start since the ankle injury he suffered on 8 March.

Voss opened the scoring after 11 minutes, turned in a second before half-time and completed
his hat-trick from the penalty spot with 20 minutes left. Halden's consolation came from
substitute Jed Harker in the 88th minute. The attendance of 2,014 was the biggest at Mere
Lane this season.

It was Athletic's first defeat in nine matches, and their heaviest since August 2023.

Rovers manager Carla Benn, appointed in January after the departure of Mick Sowerby, said:
"We train for moments like this every Tuesday and Thursday. The lads were brilliant."

There was a blow for the home side late on when midfielder Aaron Pryce was sent off for a
second booking. He will miss Wednesday's trip to Corby Town.

Rovers, promoted in 2022, last won the league title in 1994. They host the leaders, Ashby
United, on 19 April, and the club hopes to have the new north stand open by August.

Kestrel Rovers: Pell; Dunne, Okoro, Marsh, Fenn; Pryce, Kirwan (Lowe 75), Asante; Rudd,
Voss, Hale (Brook 81).

Halden Athletic: Sayer; Quinn, Mott, Bellamy, Fry; Nkemelu, Doyle (Harker 64), Rix; Cato,
Burrows, Shaw.

Referee: P. Grantham""",
        (
            expect("2025-04-05", "Rovers"),
            expect("2025-03-08", "injury"),
            expect("2025-01", "appointed"),
            expect("2025-04-09", "Corby", planned=True),
            expect("2022", "promoted"),
            expect("1994", "title"),
            expect("2025-04-19", "leaders", planned=True),
            expect("../2025-08", "stand", planned=True),
        ),
    ),
    Text(
        "hallam-price-cutlery-history",
        "company history",
        None,
        """Our History

Hallam & Price has made knives in Sheffingham for more than 150 years.

Josiah Hallam, a journeyman grinder, opened his own workshop on Carver Street in about 1868,
making table knives for the city's hotels. In 1881 he went into partnership with Edwin Price,
a silversmith, and the firm of Hallam & Price was born. Business grew quickly, and in 1903 the
partners moved to the larger Wharncliffe Works beside the canal.

Between 1914 and 1918 the works made bayonets and surgical instruments for the War Office,
and the firm became a limited company in 1926. The move to stainless steel came in the 1930s,
when most of our craftsmen learned to work the new metal.

On 12 December 1940 an air raid set fire to the Wharncliffe Works and destroyed the forge and
the grinding hull. Production carried on in rented rooms, and the works had been rebuilt by
1948. The company was bought by the Tessaly Group in 1999, which kept the Hallam & Price name
and the workforce of 86.

Since 2011 we have made only kitchen knives, each one ground, hafted and sharpened by hand on
the same site. Every apprentice still spends his or her first year on the grinding wheels,
as Josiah did.

A new visitor centre, with a museum of knives from every decade of the firm's history, is
planned to open in 2026.

Hallam & Price Ltd, Wharncliffe Works, Canal Street, Sheffingham. Registered in England No.
00214926.""",
        (
            expect("1868~", "workshop"),
            expect("1881", "partnership"),
            expect("1903", "moved"),
            expect("1914/1918", "bayonets"),
            expect("1926", "limited"),
            expect("1940-12-12", "fire"),
            expect("../1948", "rebuilt"),
            expect("1999", "bought"),
            expect("2011/..", "kitchen", "knives"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "aster-2-lunar-orbiter",
        "mission summary",
        None,
        """ASTER-2 LUNAR ORBITER - MISSION SUMMARY
Document AST2-MS-004, version 1.3, revised 12 November 2024

1. Overview

Aster-2 is a lunar orbiter of the Northern Space Agency (NSA), built to map water ice in the
permanently shadowed craters near the Moon's south pole. The mission was approved in 2016
with a budget of 412 million euros.

2. Flight history

Aster-2 was launched on 3 February 2022 at 04:12 UTC from the Kirova launch site on a
Sever-4 rocket. After a five-week cruise it entered lunar orbit on 9 March and returned its
first images of the south polar region on the 14th.

Prime science operations ran from 1 April 2022 to 31 January 2024, in a polar orbit of
100 x 2,019 km. The neutron spectrometer failed on or about 2 August 2023, probably because
of a power supply fault; the other four instruments were not affected.

In October 2023 the NSA approved an extended mission, which began on 1 February 2024 and uses
the remaining instruments to image crater floors by earthshine.

3. End of mission

The spacecraft will be deorbited onto the far side no later than 30 June 2025, when its fuel
runs out. The final data release to the public archive is expected in March 2026.

4. Key figures

- Launch mass: 1,180 kg
- Images returned: 46,300
- Orbits completed (to 1 November 2024): 12,540""",
        (
            expect("2016", "approved"),
            expect("2022-02-03", "launch"),
            expect("2022-03-09", "orbit"),
            expect("2022-03-14", "images"),
            expect("2022-04-01/2024-01-31", "science", "operations"),
            expect("2023-08-02~", "spectrometer"),
            expect("2023-10", "approv", "extend"),
            expect("2024-02-01", "extended", "mission"),
            expect("../2025-06-30", "deorbit", planned=True),
            expect("2026-03", "data", "release", planned=True),
        ),
    ),
    Text(
        "glenmoor-bridge-statement",
        "government statement",
        None,
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE

Statement on the closure of the Glenmoor Bridge

27 August 2024

The Glenmoor Bridge on the A84 was closed to all traffic on 19 August after an inspection
found serious corrosion in two of its main steel cables. The inspection was carried out on
16 August as part of the programme of checks required under the Highways (Structures) Act
1998.

The Ministry recognises the disruption this has caused to the 14,000 people who cross the
bridge each day. A temporary passenger ferry between Glenmoor and Ardlin began running on 23
August, free of charge, every 20 minutes from 06:00 to 22:00.

The Minister for Transport, Ms Fiona Callander, will visit Glenmoor on Monday 2 September to
meet local businesses and the engineers working on the bridge.

Engineers expect the repairs to be completed by the end of November. Until then, drivers
should follow the signed diversion via Strathallen, which adds about 40 minutes to a journey.

The bridge opened in 1971. Its last major refurbishment took place between 2004 and 2006.
Given its age, the Ministry will open a public consultation on a replacement crossing no
later than 31 January 2025.

Further information: 0800 190 2024 (freephone) or glenmoorbridge@transport.example

ENDS

Notes to editors
1. The A84 carries around 14,000 vehicles a day.""",
        (
            expect("2024-08-19", "closed"),
            expect("2024-08-16", "inspection"),
            expect("2024-08-23", "ferry"),
            expect("2024-09-02", "visit", planned=True),
            expect("../2024-11", "repairs", planned=True),
            expect("1971", "opened"),
            expect("2004/2006", "refurbishment"),
            expect("../2025-01-31", "consultation", planned=True),
        ),
    ),
    Text(
        "ashcombe-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after three-year refit | Ashcombe Evening Post</title>
<script async src="https://analytics.example.net/tag.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "news"});</script>
</head>
<body>
<nav class="site-nav">
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul>
</nav>
<article>
<h1>Central Library reopens after three-year refit</h1>
<p class="byline">By <a href="/authors/kemi-ashdown">Kemi Ashdown</a>, Local Democracy Reporter</p>
<p class="meta"><time datetime="2023-05-12T07:45:00+01:00">Friday 12 May 2023, 7:45am</time>
 &middot; Updated <time datetime="2023-05-12T11:20:00+01:00">11:20am</time></p>
<figure>
  <img src="/img/2023/05/reading-room.jpg" alt="The domed reading room">
  <figcaption>The domed reading room, photographed in 1931. Picture: Ashcombe Archives</figcaption>
</figure>
<p>Ashcombe Central Library reopened on Thursday after a &pound;6.8 million refurbishment, with
more than 2,000 visitors passing through its doors on the first day.</p>
<p>The building closed in March 2020 at the start of the pandemic, and renovation work began
in January 2022. The council approved the funding in 2021 after a campaign by the Friends of
Ashcombe Library, who collected 11,400 signatures.</p>
<p>The library was built in 1906 with a gift from the shipowner Josiah Tull and was listed in
1974. Its new lift, children's floor and local history room are now open to the public.</p>
<p>A rooftop reading garden will open in July, and the ground-floor caf&eacute; is expected to
open by the end of June. A celebration with music and storytelling is scheduled for Saturday
20 May.</p>
<p>Opening hours are 9am to 7pm, Monday to Saturday. Call 01632 960 1906 for details.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/library-refit-over-budget">Library refit running over budget, council
    told</a> <time datetime="2022-11-03">3 November 2022</time></li>
    <li><a href="/news/friends-petition">Friends hand in library petition</a>
    <time datetime="2021-02-18">18 February 2021</time></li>
  </ul>
</aside>
<footer><p>&copy; 2023 Ashcombe Evening Post. All rights reserved.</p></footer>
<script src="/js/comments.min.js" defer></script>
</body>
</html>""",
        (
            expect("2023-05-11", "reopen"),
            expect("2020-03", "closed"),
            expect("2022-01", "renovation"),
            expect("2021", "approv"),
            expect("1906", "built"),
            expect("1974", "listed"),
            expect("2023-07", "garden", planned=True),
            expect("../2023-06", "caf", planned=True),
            expect("2023-05-20", "celebration", planned=True),
        ),
    ),
    Text(
        "mount-kerrow-activity-updates",
        "volcano observatory activity updates",
        None,
        """KERROW VOLCANO OBSERVATORY
Mount Kerrow - Activity Updates

Volcano Alert Level: ORANGE | Aviation Colour Code: RED
Updates are listed newest first. All times are local.

Friday 7 March 2025, 17:00
Ash emission from the summit crater continued today at a lower rate, with a plume rising to
about 4 km. Ash fall was reported in Drummond, 18 km downwind, on 6 and 7 March; residents
are advised to wear masks outdoors and keep windows closed. Drummond airport is expected to
reopen on Sunday 9 March if the winds stay westerly. A scientific overflight to measure sulphur
dioxide output is planned for Saturday 8 March.

Activity remains the most intense since 1979, when an eruption lasted from 12 June to 3 August
and buried the old Sella road under 20 m of lava.

Next update: by 12:00 on 8 March 2025.

Wednesday 5 March 2025, 16:30
An explosive eruption began at approximately 13:05 from the summit crater, sending an ash
column to about 9 km above sea level. Pyroclastic flows have been seen on the northern flank.
The civil protection agency ordered the evacuation of Kerrow village at 15:00; about 850
residents are being housed at the sports hall in Drummond.

Tuesday 4 March 2025, 08:15
A swarm of small earthquakes began beneath the summit at about 02:40 this morning; more than
300 events have been recorded, the largest of magnitude 3.2. Ground deformation has also
increased. The Volcano Alert Level was raised from Yellow to Orange at 07:50.

Observatory duty scientist: +44 1632 960 979 | kvo-duty@observatory.example""",
        (
            expect("2025-03-04", "swarm"),
            expect("2025-03-04", "alert", "raised"),
            expect("2025-03-05", "eruption"),
            expect("2025-03-05", "evacuation"),
            expect("2025-03-06", "ash"),
            expect("2025-03-07", "ash"),
            expect("2025-03-09", "airport", "reopen", planned=True),
            expect("2025-03-08", "overflight", planned=True),
            expect("1979-06-12/1979-08-03", "eruption"),
        ),
    ),
    Text(
        "lakeshore-marathon-record",
        "marathon report",
        date(2023, 10, 16),
        """ATHLETICS

Kiptanui smashes Lakeshore Marathon course record

By Orla Breen, Athletics Correspondent

DUNMORE - Bernard Kiptanui won the Lakeshore Marathon on Sunday in 2:06:58, breaking the
course record of 2:07:41 set by Amos Letting in 2017.

The 27-year-old broke away from a leading group of six at the 30-kilometre mark on the lake
road and ran the last 12 kilometres alone, finishing 48 seconds clear of Joseph Ruto.

Faith Wanjala took the women's race in 2:21:09 in her first marathon. Halima Duba, who won
here in 2019, finished second, a minute and a half behind.

"I came here to win, not to chase the clock," Kiptanui said. "The record came because the
wind dropped."

A field of 14,212 runners started, the largest since the race moved to October, and 13,988
finished. The race, first held in 1982 with 311 runners, was cancelled in 2020 and 2021
because of the pandemic.

Next year's race is scheduled for 20 October 2024, and registration opens on 1 February.
Organisers plan to add a half marathon in 2025.

RESULTS

Men: 1 B. Kiptanui 2:06:58; 2 J. Ruto 2:07:46; 3 S. Gebre 2:08:30
Women: 1 F. Wanjala 2:21:09; 2 H. Duba 2:22:40; 3 L. Amanova 2:24:02""",
        (
            expect("2023-10-15", "Kiptanui"),
            expect("2017", "Letting"),
            expect("2023-10-15", "Wanjala"),
            expect("2019", "Duba"),
            expect("1982", "held"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2024-10-20", "race", planned=True),
            expect("2024-02-01", "registration", planned=True),
            expect("2025", "half", planned=True),
        ),
    ),
    Text(
        "skardholt-geothermal-online",
        "geothermal plant press release",
        None,
        """PRESS RELEASE

Hverfell Energy brings Skardholt geothermal plant online

SKARDHOLT, 9 September 2024 - Hverfell Energy hf. announces that its new 45 MW Skardholt
geothermal power plant is now in commercial operation. The plant began delivering electricity
to the national grid on 2 September after four weeks of testing.

The Skardholt field was first surveyed c. 1975 by the State Geological Institute, but the
project received its operating licence only in 2019. Drilling of the first production well
began in May 2021, and eight wells, the deepest reaching 2,640 metres, were drilled between
2021 and 2023.

"Skardholt shows what patient geology can do," said chief executive Sigrun Eyvindsdottir.
"This plant will run day and night for the next 30 years."

Next steps

- A formal inauguration ceremony will take place on Friday 27 September.
- A district heating pipeline to Kolvik, 14 km away, will be completed no later than
  30 June 2025.
- A second 30 MW unit is expected to come online by the end of 2026.

Key figures

| Installed capacity    | 45 MW            |
| Annual output         | about 360 GWh    |
| Investment            | EUR 128 million  |
| Steam pressure        | 2,019 kPa        |
| Steam temperature     | 212 C            |

About Hverfell Energy

Founded in 1990, Hverfell Energy has operated geothermal power plants since 1998 and now runs
four plants with a combined capacity of 310 MW.

Media contact: Gudrun Hallsdottir, +354 555 2019, press@hverfell.example""",
        (
            expect("2024-09-02", "grid"),
            expect("1975~", "survey"),
            expect("2019", "licence"),
            expect("2021-05", "drilling"),
            expect("2021/2023", "wells"),
            expect("2024-09-27", "inauguration", planned=True),
            expect("../2025-06-30", "pipeline", planned=True),
            expect("../2026", "unit", planned=True),
            expect("1990", "founded"),
            expect("1998/..", "operat"),
        ),
    ),
    Text(
        "perseverance-whaling-log",
        "whaler's logbook of the 1840s",
        None,
        """Remarks &c. on board Ship Perseverance, Jno. Tabor Master,
on a whaling voyage towards the Coast of Japan.
(Sailed from Sag Harbour the 20th Octr 1845.)

1847
March

Mon. 1st. Light airs from the S.W. & fine weather. Steering N. b. E. under all sail.
Lat. by obs. 31.14 N. Lon. 142.06 E.

Tues. 2nd. Fresh breezes from the Westward. At 2 P.M. raised Sperm Whales, lowered 3 boats.
Mr Easton's boat struck & killed a large whale, took him alongside at sundown.

Wed. 3rd. Employed cutting in. Light winds & cloudy.

Sat. 6th. Finished boiling & stowed down 86 bbls. sperm oil. So ends.

Sun. 7th. Moderate & pleasant. All hands at rest.

Mon. 15th. Spoke the Ship Hector of New London, 14 months out, 900 bbls., all well.
Capt. Avery came on board to gam.

Thurs. 18th. At 4 A.M. Jas. Morton, seaman, departed this life of a fever, aged 23 years.
At noon committed his body to the deep.

Mon. 29th. Strong breezes, nothing in sight. Water getting short. The Capt. intends to
touch at the Bonins about the 10th prox. for wood & water.

April

Sat. 3rd. At daylight made the Island of Hachijo bearing N.N.E. dist. 10 leagues.
Lat. 32.40 N. So ends this day.""",
        (
            expect("1845-10-20", "sail"),
            expect("1847-03-02", "whale"),
            expect("1847-03-03", "cutting"),
            expect("1847-03-06", "boil"),
            expect("1847-03-15", "Hector"),
            expect("1847-03-18", "Morton"),
            expect("1847-04-10~", "Bonin", planned=True),
            expect("1847-04-03", "Hachijo"),
        ),
    ),
    Text(
        "fenmoor-barn-owl-survey",
        "barn owl nest box survey",
        None,
        """FENMOOR VALLEY OWL GROUP
Barn Owl Nest Box Survey 2024 - Summary Report
Compiled by R. Thackeray, 30 June 2024

1. Background

The nest box scheme started in 2003 with 12 boxes on farms around Holme and Saxby. Barn owls
were first recorded breeding at Holme Farm in about 1995. The group now monitors 64 boxes, the
oldest surviving of which, box 17, was erected in 2009.

2. Methods

All boxes were checked between 3 and 14 June 2024 by licensed volunteers (Schedule 1 licence
no. 2024-0193). Owls breed here every year from March, so visits are timed to avoid
disturbance at laying.

3. Results

- Boxes checked: 64
- Occupied by barn owls: 40 (62%, the highest since 2014)
- Broods: 36; eggs and chicks counted: 141
- Boxes used by kestrels or jackdaws: 9

The earliest brood hatched on or about 18 April at box 31. An adult female at box 22 was
ringed as a chick at box 4 in 2019.

Box 9 was blown down in the storm of 2 January and was replaced in February with a new
pole-mounted box.

4. Next steps

A ringing visit is planned for 8 July. A second round of checks will take place by the end
of August to record late broods.

Contact: fenmoorowls@example.org | Tel. 01945 200 2003""",
        (
            expect("2003", "scheme"),
            expect("1995~", "recorded"),
            expect("2009", "erected"),
            expect("2024-06-03/2024-06-14", "check"),
            expect("2024-04-18~", "hatch"),
            expect("2019", "ring"),
            expect("2024-01-02", "blown"),
            expect("2024-02", "replace"),
            expect("2024-07-08", "ringing", planned=True),
            expect("../2024-08", "check", planned=True),
        ),
    ),
    Text(
        "ashby-lane-pottery-history",
        "pottery's history",
        None,
        """Ashby Lane Pottery - A Short History

The pottery on Ashby Lane is said to have been founded in 1790 by a Staffordshire thrower
named Samuel Cope, though no document earlier than the 1820s mentions it. William Ashby, a
local brickmaker, took over the works c. 1835 and gave the lane its name.

The great bottle kiln that still dominates the yard was built in 1851. Under Ashby's son Henry
the pottery made glazed bread crocks, flowerpots and chimney pots for the farms of the vale,
and it won a silver medal for its slipware in 1875.

Like many small country potteries, Ashby Lane struggled in the twentieth century. It closed
in 1941, when its throwers were called up, and reopened in 1947 making garden ware. In 1968
the studio potter Margaret Lyle bought the derelict site and restored the workshop and the
old wood-fired kiln, which holds some 1,850 pots.

Since 1994 the pottery has been run as a workers' cooperative by six potters, who fire the
wood kiln twice a year and welcome visitors to every firing. A new gas kiln is planned for
2026, so that smaller batches can be fired between the big wood firings.

Visit us: Tuesday to Saturday, 10am to 5pm. Ashby Lane, Wendlebury. Tel. 01632 960 1851

(c) Ashby Lane Pottery 2024""",
        (
            expect("1790?", "founded"),
            expect("1835~", "Ashby"),
            expect("1851", "kiln"),
            expect("1875", "medal"),
            expect("1941", "closed"),
            expect("1947", "reopened"),
            expect("1968", "Lyle"),
            expect("1994/..", "cooperative"),
            expect("2026", "gas", "kiln", planned=True),
        ),
    ),
    Text(
        "carrowmore-air-quality-statement",
        "environment minister's air quality statement",
        None,
        """MINISTRY FOR THE ENVIRONMENT

Statement by the Minister for the Environment, the Hon. Teresa Lamb MP, on air quality in
Carrowmore

18 January 2025

Between 9 and 14 January Carrowmore experienced its most serious winter smog episode since
2010. Cold, still weather trapped smoke from domestic fires and traffic fumes over the city.
Fine particle (PM2.5) concentrations peaked at 187 micrograms per cubic metre at the Harbour
Road monitor on 12 January, more than twelve times the 24-hour guideline.

On 10 January, on my instruction, the Chief Health Officer issued a health advisory asking
older people, young children and people with heart or lung conditions to stay indoors. The
advisory was lifted on 15 January when the wind returned.

Since 2018 the Ministry has published hourly readings from every monitoring station online,
so that families can check the air before they go out. Smog of this kind builds up every
winter when the weather is still, but it does not have to be this bad. I am therefore
announcing three measures:

- The Carrowmore Low Emission Zone, provided for in the Clean Air Act 2016, will come into
  force on 1 July 2025.
- A ban on the sale of wet wood and bituminous coal in urban areas will apply from
  1 October 2025.
- All city and district councils must submit air quality action plans no later than
  31 March.

In addition, the national limits for nitrogen dioxide will be reviewed by the end of 2025.

Media enquiries: 02 6100 2016 | media@environment.example""",
        (
            expect("2025-01-09/2025-01-14", "smog"),
            expect("2025-01-12", "peak"),
            expect("2025-01-10", "advisory", "issue"),
            expect("2025-01-15", "advisory", "lift"),
            expect("2018/..", "readings"),
            expect("2025-07-01", "emission", planned=True),
            expect("2025-10-01", "ban", planned=True),
            expect("../2025-03-31", "submit", planned=True),
            expect("../2025", "review", planned=True),
        ),
    ),
    Text(
        "corn-exchange-cancellations",
        "theatre's HTML performance cancellations page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Performance changes and cancellations | The Corn Exchange Theatre, Wexley</title>
<script src="/static/js/cookie-consent.js"></script>
<script src="/static/js/basket.js" defer></script>
</head>
<body>
<header>
<nav aria-label="Main"><a href="/whats-on">What's On</a> | <a href="/visit">Your Visit</a> |
<a href="/support">Support Us</a> | <a href="/basket">Basket (0)</a></nav>
</header>
<main>
<h1>Performance changes and cancellations</h1>
<p class="updated">Last updated:
<time datetime="2024-11-04T16:05">4 November 2024, 4.05pm</time></p>

<section class="notice">
<h2>Hedda Gabler &ndash; Main House</h2>
<p>We are sorry to announce that the performance of <em>Hedda Gabler</em> on
<time datetime="2024-11-05">Tuesday 5 November 2024</time> at 7.30pm is cancelled owing to
cast illness. Performances will resume on <time datetime="2024-11-06">Wednesday 6
November</time> with understudy Leah Okonjo in the title role.</p>
<p>The matinee on Saturday 9 November has been moved and will now take place on Sunday
10 November at 2.30pm. Tickets remain valid for the new date.</p>
</section>

<section class="notice">
<h2>The Studio</h2>
<p>The Studio will be closed from 11 to 16 November for repairs to the heating. Workshops
booked for those dates will be held in the Rehearsal Room.</p>
</section>

<section class="notice">
<h2>The Snow Queen</h2>
<p>Our Christmas show will open on 29 November as planned, with 62 performances.</p>
</section>

<section class="notice past">
<h2>Past changes</h2>
<p>The performance of <em>The Glass Orchard</em> on 28 October was cancelled after a power cut
in the town centre. All ticket holders have been refunded.</p>
</section>

<h2>Refunds</h2>
<p>If you cannot attend a rescheduled performance, please claim your refund no later than
30 November. Call the Box Office on 01632 960 1924 (10am to 6pm, Monday to Saturday).</p>
</main>
<footer><p>&copy; 2024 Corn Exchange Theatre Trust. Registered charity no. 1019872.</p></footer>
</body>
</html>""",
        (
            expect("2024-11-05", "Hedda", "cancel"),
            expect("2024-11-06", "resume", planned=True),
            expect("2024-11-09", "matinee", "moved"),
            expect("2024-11-10", "matinee", planned=True),
            expect("2024-11-11/2024-11-16", "Studio", "closed", planned=True),
            expect("2024-11-29", "Snow", "Queen", planned=True),
            expect("2024-10-28", "Orchard", "cancel"),
            expect("../2024-11-30", "refund", planned=True),
        ),
    ),
    Text(
        "pemberton-inquest-record",
        "coroner's inquest findings",
        None,
        """RECORD OF AN INQUEST
(Coroners and Justice Act 2009, section 10)

Coroner's area: North Tyneford
Name of deceased: Daniel Arthur Pemberton
Date of birth: 03/03/1961
Date of findings: 15 May 2024

1. Medical cause of death
1a Hypothermia
1b Acute alcohol intoxication

2. Time, place and circumstances at or in which injury was sustained
Mr Pemberton, aged 62, lived alone at 14 Ferry Row, Tyneford. He had been discharged from
Tyneford General Hospital on 28 December 2023 after treatment for pneumonia. The discharge
plan required a district nurse to visit within 48 hours; no visit took place.

He was last seen alive by a neighbour on the evening of 20 January 2024, walking towards the
river path. He was found dead in an allotment shed off the river path on 23 January 2024. The
pathologist concluded that he died on or about 21 January 2024, during a night when the
temperature fell to minus 7 degrees.

3. Conclusion of the coroner as to the death
Accident, contributed to by a failure to follow up his discharge from hospital.

4. Procedural history
The inquest was opened on 2 February 2024 and adjourned for further inquiries. It resumed on
14 May 2024 and concluded on 15 May 2024.

5. Prevention of future deaths
I will send a report to the Tyneford Hospitals Trust, which must respond by 12 July 2024. At
the hearing the Trust said it would introduce a new discharge checklist by the end of
September.

Signature: H. M. Achterberg, Senior Coroner""",
        (
            expect("2023-12-28", "discharged"),
            expect("2024-01-20", "seen"),
            expect("2024-01-23", "found"),
            expect("2024-01-21~", "die"),
            expect("2024-02-02", "opened"),
            expect("2024-05-14", "resumed"),
            expect("2024-05-15", "concluded"),
            expect("../2024-07-12", "respond", planned=True),
            expect("../2024-09", "checklist", planned=True),
        ),
    ),
    Text(
        "dunning-thatchers-history",
        "thatcher's history",
        None,
        """Dunning & Daughter, Master Thatchers - Our History

The Dunnings have thatched roofs in and around Lower Wendle for as long as anyone can
remember. The oldest roof in the village, at Pound End Cottage, was possibly thatched first in
1680, though the family cannot claim that one. The earliest written record of our own work is
a bill from 1761, when John Dunning was paid 14 shillings for "thatching ye vicarage barn".

In 1834 Thomas Dunning rethatched the great tithe barn at Wendle Court, a job that took him
and two of his sons eleven weeks. His grandson William moved the yard to Mill Lane in about
1880, and it is still there today.

Norfolk water reed was first used by the family in 1911, on the new village hall; before that
every roof was long straw. Between 1939 and 1945, with most of the young men away, the yard
thatched only ricks and haystacks for the War Agricultural Committee.

George Dunning was awarded his Master Thatcher's certificate in 1963. St Mary's church, last
thatched by George in 1972, will be rethatched by the yard in 2025, the biggest job we have
taken on since 1834.

Since 1988 the business has been run by Sarah Dunning, George's daughter, with two
apprentices. We thatch around 30 roofs a year and re-ridge many more, using some 4,000
bundles of reed each season.

Tel. 01632 960 1761 | (c) Dunning & Daughter 2024""",
        (
            expect("1680?", "Pound"),
            expect("1761", "vicarage"),
            expect("1834", "tithe"),
            expect("1880~", "Mill"),
            expect("1911", "reed"),
            expect("1939/1945", "ricks"),
            expect("1963", "certificate"),
            expect("1972", "Mary"),
            expect("2025", "rethatch", planned=True),
            expect("1988/..", "Sarah"),
        ),
    ),
    Text(
        "northern-counties-basketball-fixtures",
        "basketball league's fixtures list",
        None,
        """NORTHERN COUNTIES BASKETBALL LEAGUE
Division One - Fixtures, Rounds 9 to 11, Season 2024-25
Issued 6 January 2025 by the Fixtures Secretary

All tip-offs 19:30 unless shown. Home team first.

ROUND 9
Date            Time   Fixture                              Venue
Sat 11 Jan      19:30  Harrowgate Hawks v Selby Stags       Forest Moor Sports Centre
Sat 11 Jan      19:30  Leeming Ravens v Otley Wolves        Leeming Academy
Sun 12 Jan      15:00  Ripon Dragons v Thirsk Kestrels      Ure Leisure Centre

ROUND 10
Sat 18 Jan      19:30  Selby Stags v Ripon Dragons          Abbey Hall
Sun 19 Jan      14:00  Otley Wolves v Thirsk Kestrels       Wharfe Arena
Wed 22 Jan      20:00  Harrowgate Hawks v Leeming Ravens *  Forest Moor Sports Centre

ROUND 11
Sat 25 Jan      19:30  Thirsk Kestrels v Harrowgate Hawks   Sowerby Gym

* Rearranged fixture.

NOTES
1. The Cup Final will be played on Sunday 16 March at Danum Arena, tip-off 15:00.
2. Clubs must confirm their play-off entries no later than 28 February.
3. Harrowgate Hawks, league champions in 2019 and 2023, top the table on 22 points.
4. Admission: adults 6 pounds, juniors 3 pounds. Teams must arrive 45 minutes before tip-off.

Fixtures Secretary: Dev Chauhan, 07700 900 2025, fixtures@ncbl.example""",
        (
            expect("2025-01-11", "Hawks", "Stags", planned=True),
            expect("2025-01-11", "Ravens", "Wolves", planned=True),
            expect("2025-01-12", "Dragons", "Kestrels", planned=True),
            expect("2025-01-18", "Stags", "Dragons", planned=True),
            expect("2025-01-19", "Wolves", "Kestrels", planned=True),
            expect("2025-01-22", "Hawks", "Ravens", planned=True),
            expect("2025-01-25", "Kestrels", "Hawks", planned=True),
            expect("2025-03-16", "Cup", "Final", planned=True),
            expect("../2025-02-28", "play-off", planned=True),
            expect("2019", "champion"),
            expect("2023", "champion"),
        ),
    ),
)
