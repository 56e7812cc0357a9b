"""A ninety-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
volcano observatory's activity update, a brass band's centenary history, a pharmaceutical
recall notice, a coroner's inquest report, a tramway's history page in HTML, a school
inspection summary, a horse racing results report, a shipping line's schedule change notice, a
monastery's archive guide, a trade union's ballot announcement and a botanic garden's plant
collection history). Facts whose date a reader could take two ways (a season, "late 1970s",
"next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYFIFTH_CORPUS",)

NINETYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 6, 11),
        """LISBON, June 11 (Iberia Press) - Dock workers at the port of Setubal walked out on
Monday, halting car exports from one of Portugal's busiest roll-on terminals as a dispute over
night-shift pay deepened.

The stevedores' union SEPS voted for the stoppage on May 28. Its collective agreement with the
terminal operator expired on March 31 without a replacement. Union leader Rui Falcao said the
walkout was already the most disruptive at the port since 1989 and would go on "until someone
sits at the table".

Setubal has shipped vehicles for the nearby Palmela assembly plant since 1995. The plant said
about 4,000 cars were waiting on the quay and that two of its 12 daily shuttle trains had been
cancelled.

Mediation talks at the labour ministry will resume on Thursday, a ministry spokeswoman said.
A similar stoppage around 2012 ended after eleven days. Operators say the 2013 Port Labour Law
lets them hire temporary crews, a reading the union disputes.

Pickets have gathered at the terminal gate every morning at 6 a.m., and the union's hardship
fund pays members 35 euros a day.

(Reporting by Ana Pires; Editing by Mark Ellison)""",
        (
            expect("2024-06-10", "dock"),
            expect("2024-05-28", "vote"),
            expect("2024-03-31", "agreement"),
            expect("1995/..", "vehicle"),
            expect("2024-06-13", "talk", planned=True),
            expect("2012~", "stoppage"),
        ),
    ),
    Text(
        "nordvind-plant-opens",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordvind Batteries opens cell factory in Herning

HERNING, Denmark - 4 September 2023 - Nordvind Batteries A/S opened its first battery cell
factory in Herning on 1 September, two and a half years after construction began in March 2021.
The first cells rolled off the pilot line on 14 August.

"This is the largest industrial investment in central Jutland since 2008," said chief executive
Mette Skovgaard. "And it is only the beginning."

The plant will reach its full capacity of 8 GWh a year by the end of 2025. A second production
line is scheduled to open in June 2026, adding sodium-ion cells for stationary storage. Nordvind
has been recruiting in the region since January 2022 and now employs 410 people, with training
sessions held every Monday at its Herning academy.

The factory is certified to ISO 9001:2015 and supports Denmark's 2030 climate target of a 70 per
cent cut in emissions.

About Nordvind Batteries
Nordvind Batteries was founded in 2017 by engineers from Aarhus University. It designs and
manufactures lithium-iron-phosphate cells for buses, ferries and grid storage.

Media contact:
Jonas Brandt, Head of Communications
+45 8612 2030 | press@nordvind.example
###""",
        (
            expect("2023-09-01", "open"),
            expect("2021-03", "construction"),
            expect("2023-08-14", "cell"),
            expect("../2025", "capacity", planned=True),
            expect("2026-06", "line", planned=True),
            expect("2022-01/..", "recruit"),
            expect("2017", "found"),
        ),
    ),
    Text(
        "hollis-v-bratton-ranch",
        "court opinion",
        date(2024, 3, 5),
        """IN THE SUPREME COURT OF THE STATE OF MONTANA

DA 23-0412

2024 MT 51

DALE HOLLIS, Defendant and Appellant,
v.
BRATTON RANCH COMPANY, Plaintiff and Appellee.

Justice Laurie McKinnon delivered the Opinion of the Court.

1 Dale Hollis appeals from the order of the Eleventh Judicial District Court, Flathead County,
granting summary judgment to Bratton Ranch Company. We affirm.

FACTUAL AND PROCEDURAL BACKGROUND

2 Bratton Ranch has grazed cattle on the Ashley Creek parcel since 1987. On or about July 17,
2019, Hollis signed a lease of a two-acre corner of the parcel for the storage of gravel-crushing
equipment. The lease required Hollis to remove the equipment no later than October 31, 2020.

3 Hollis did not remove it. Bratton Ranch filed suit on February 3, 2021, seeking possession and
damages. The District Court granted summary judgment on November 9, 2022, and Hollis filed his
notice of appeal on December 6.

DISCUSSION

4 Hollis argues that the lease was a residential tenancy governed by the Residential Landlord and
Tenant Act of 1977. It was not. The lease concerned equipment storage only, and Hollis has lived
at 2041 Foothill Road in Kalispell throughout. We review summary judgment de novo, applying the
same criteria as the District Court, as we do in every such appeal.

5 The District Court correctly concluded that no genuine issue of material fact remained.

6 Affirmed.

We Concur:
MIKE McGRATH
BETH BAKER""",
        (
            expect("1987/..", "graze"),
            expect("2019-07-17~", "lease"),
            expect("../2020-10-31", "remove"),
            expect("2021-02-03", "suit"),
            expect("2022-11-09", "judgment"),
            expect("2022-12-06", "appeal"),
        ),
    ),
    Text(
        "tarvel-history",
        "encyclopedia history",
        None,
        """Tarvel

Tarvel is a market town on the river Ossa, with a population of 12,480 at the 2021 census.

History

A settlement grew up around a river crossing and was founded as a market circa 1140 by the
counts of Ostheim. A charter granting a weekly market, possibly from 1203, survives only in a
later copy and may be a forgery. Tarvel received town rights in 1291 and joined the league of
Ossa towns soon after.

A fire destroyed most of the wooden town in 1547, and the town hall was rebuilt in stone the
following year. The Easter cattle fair, held every year since the Middle Ages, drew traders from
as far as the coast.

The railway reached Tarvel in 1868, bringing tanneries and a brewery. During the Second World War
the town was occupied from 1940 to 1944; the brewery was requisitioned and never reopened.

After the closure of the last tannery, the population has declined since 1990, though it remains
above the 1900 figure of 9,800. The Ossa bridge, Route 1547 and the Tarvel Museum (open
Wednesday to Sunday) are the main attractions.

See also
- Ossa league
- Counts of Ostheim""",
        (
            expect("1140~", "found"),
            expect("1203?", "charter"),
            expect("1291", "right"),
            expect("1547", "fire"),
            expect("1548", "town hall"),
            expect("1868", "railway"),
            expect("1940/1944", "occup"),
            expect("1990/..", "population"),
        ),
    ),
    Text(
        "rovers-beat-athletic",
        "sports report",
        date(2023, 10, 22),
        """Moreno double sends Rovers top

By Gareth Lloyd, Football Correspondent

Kingsbridge Rovers 3 Hallam Athletic 1

Luis Moreno scored twice as Kingsbridge Rovers beat Hallam Athletic 3-1 on Saturday to go top of
the table, their first league win at Hallam Road since 2009.

Moreno, who joined from Valencia in January 2022, opened the scoring in the 12th minute and
added a second from the penalty spot just before half-time. Hallam pulled one back through
Dean Ashworth, but substitute Tomas Kessler sealed it in the 92nd minute on his return from a
hamstring injury sustained on 30 September.

Manager Claire Dunmore, in charge since 14 March 2021, said: "We train for this every Tuesday.
The lads deserved it." Rovers last won the title in 1998 and have not finished in the top four
in any season since.

The sides meet again in the County Cup on Wednesday, with Hallam at home. Dunmore said she would
rotate, with one eye on the 2026 World Cup qualifiers taking several players away next month.

Attendance: 31,204.

Rovers: Pratt; Obi, Lennon, Harte, Vass; Kane, Mills (Kessler 78); Moreno, Doyle, Ward; Njie.""",
        (
            expect("2023-10-21", "beat"),
            expect("2022-01", "join"),
            expect("2023-09-30", "injur"),
            expect("2021-03-14/..", "charge"),
            expect("1998", "title"),
            expect("2023-10-25", "cup", planned=True),
        ),
    ),
    Text(
        "halvorsen-ropes-history",
        "company history",
        None,
        """Our history | Halvorsen Ropes

Halvorsen Ropes was founded in 1874 by the sailmaker Anders Halvorsen in a rented loft on
Bryggen in Bergen, making hemp ropes for the herring fleet.

In 1903 the company moved to larger premises at Laksevag, and it added steel wire rope two years
later. From 1914 to 1918 Halvorsen supplied mooring lines to both neutral and Allied shipping,
a period the family still calls "the rope years".

Around 1960 the works switched to synthetic fibres, first nylon and then polyester. Halvorsen
was listed on the Oslo Stock Exchange on 2 May 1986, and the Halvorsen family has kept a
controlling stake ever after.

Today the company makes anchor lines for floating wind turbines and fish farms. It has operated
a second plant in Gdansk since 2004, and tests every rope to the standards of the 1998 Offshore
Mooring Regulations. Our test bench can pull 1,500 tonnes.

Halvorsen will open a rope-recycling line at Laksevag in 2026, turning worn fishing gear into
new fibre.

150 years of rope - 1874 to 2024

Halvorsen Ropes ASA | Laksevagveien 12, 5160 Bergen | Tel. +47 55 20 19 74""",
        (
            expect("1874", "found"),
            expect("1903", "move"),
            expect("1905", "steel"),
            expect("1914/1918", "suppl"),
            expect("1960~", "synthetic"),
            expect("1986-05-02", "list"),
            expect("2004/..", "gdansk"),
            expect("2026", "recycl", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """Kestrel-2 lunar pathfinder - mission summary

Mission type: Lunar orbiter (technology demonstration)
International designator: 2022-011A
Operator: Northfield Space Institute

Kestrel-2 was a 180-kilogram orbiter built to test a low-cost ion thruster and a laser
retroreflector in lunar orbit. It followed the Kestrel-1 cubesat and was recommended by the
2013 Decadal Survey for small planetary missions.

Kestrel-2 was launched on 9 February 2022 as a rideshare payload on a Falcon 9 from Cape
Canaveral. After a slow spiral outwards it entered lunar orbit on 17 May. Science operations
began two weeks later, with the spacecraft circling the Moon every two hours at a height of
about 100 km.

The primary mission ended on 30 November 2022, and the agency approved an extended mission in
January 2023. Contact was lost on or about 4 March 2024, probably after a thruster failure.

Kestrel-2 returned 1,150 gigabytes of data and showed that a 40-watt ion thruster could lower an
orbit by 2,000 km. A successor, Kestrel-3, is scheduled to launch in 2027 to the asteroid
2019 KV.""",
        (
            expect("2022-02-09", "launch"),
            expect("2022-05-17", "orbit"),
            expect("2022-05-31", "science"),
            expect("2022-11-30", "primary"),
            expect("2023-01", "extend"),
            expect("2024-03-04~", "contact"),
            expect("2027", "kestrel-3", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH
Statement by the Minister of Health on the measles outbreak in the Northern Region
12 January 2025

On Friday, the ministry received the report of the national epidemiology unit on the measles
outbreak in the Northern Region. I want to thank the doctors and nurses who have worked through
the holidays.

The outbreak was first detected on 18 December in a primary school in Kellan. Since then 87
cases have been confirmed, the highest weekly count since 2019. Schools in the three affected
districts have been under special guidance since 6 January, and unvaccinated pupils are asked
to stay at home.

Our country was verified as having eliminated measles in 2016. We intend to regain that status.
The new childhood vaccination schedule, bringing the second dose forward to the age of three,
will take effect on 1 March. Mobile clinics visit each affected village every Saturday.

I will visit the Northern Region on Wednesday to meet health workers and local leaders.

The powers used are those of the 2020 Public Health Act. Parents with questions can call the
free hotline 0800 2024 115.

Issued by the Ministry of Health Press Office""",
        (
            expect("2025-01-10", "report"),
            expect("2024-12-18", "outbreak"),
            expect("2025-01-06/..", "guidance"),
            expect("2016", "elimin"),
            expect("2025-03-01", "schedule", planned=True),
            expect("2025-01-15", "visit", planned=True),
        ),
    ),
    Text(
        "glenmoor-council-news",
        "HTML page (news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Glenmoor District Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/bins">Bins and recycling</a> | <a
href="/news">News</a></nav></header>
<main>
<h1>Latest news</h1>
<ul class="news-list">
  <li><time datetime="2024-04-02">2 April 2024</time>
    <h2>Council approves Mill Road cycle lane</h2>
    <p>The planning committee approved the cycle lane on Mill Road. Works will run from 15 to
    26 April, with the road closed to through traffic.</p></li>
  <li><time datetime="2024-03-28">28 March 2024</time>
    <h2>Central Library reopens</h2>
    <p>The Central Library reopened to the public after roof repairs that began in October
    2023.</p></li>
  <li><time datetime="2024-03-19">19 March 2024</time>
    <h2>Harbour Park masterplan: have your say</h2>
    <p>The consultation on the Harbour Park masterplan opened today. Responses must be
    submitted by 30 April 2024.</p></li>
  <li><time datetime="2024-03-11">11 March 2024</time>
    <h2>Ten years of twinning with Luneburg</h2>
    <p>Mayor Ruth Okafor welcomed a delegation to mark the twinning agreement, signed in
    2014.</p></li>
</ul>
<aside><p>Reminder: bins are collected every Monday. Missed collection? Call 01632 960
2024.</p></aside>
</main>
<footer><p>Last updated: 3 April 2024</p><p>&copy; 2024 Glenmoor District Council</p></footer>
</body>
</html>""",
        (
            expect("2024-04-02", "cycle lane"),
            expect("2024-04-15/2024-04-26", "works", planned=True),
            expect("2024-03-28", "library"),
            expect("2023-10", "repair"),
            expect("2024-03-19", "consultation"),
            expect("../2024-04-30", "respons", planned=True),
            expect("2024-03-11", "delegation"),
            expect("2014", "twinning"),
        ),
    ),
    Text(
        "monte-sorvo-update",
        "volcano observatory activity update",
        None,
        """SORVO VOLCANO OBSERVATORY
Activity update - Monte Sorvo
Issued: 16 August 2023, 09:00 UTC
Reference: SVO-2023-014

Aviation colour code: ORANGE    Volcano alert level: 3 (of 4)

Summary
The alert level for Monte Sorvo was raised from Yellow to Orange on 14 August at 22:10 UTC,
after a seismic swarm that began on 9 August intensified beneath the north flank. No eruption
is under way.

Observations
Ground inflation of up to 4 cm has been recorded by the summit GPS stations since May. Sulphur
dioxide emissions measured on Tuesday reached 1,850 tonnes per day, the highest flux since 2011.
Webcam images are updated every ten minutes.

Background
The last confirmed eruption of Monte Sorvo was in 1971, when a lava flow reached the village of
Casalina. Parish records describe a possible small eruption in 1820, but the account is unclear
and may refer to a landslide.

Outlook
An eruption within days to weeks is possible. Civil protection has closed the summit trails. An
observation overflight with the air force is planned for Friday.

Next update: daily at 09:00 UTC, or sooner if activity changes.
Contact: duty scientist, +39 095 716 2023""",
        (
            expect("2023-08-14", "alert"),
            expect("2023-08-09", "swarm"),
            expect("2023-05/..", "inflation"),
            expect("2023-08-15", "dioxide"),
            expect("1971", "erupt"),
            expect("1820?", "erupt"),
            expect("2023-08-18", "overflight", planned=True),
        ),
    ),
    Text(
        "hebden-moor-band-centenary",
        "brass band centenary history",
        None,
        """Hebden Moor Silver Band 1924-2024
A hundred years of music

The band was formed at a meeting in the Co-operative Hall on 6 March 1924, when twenty-two
quarrymen each paid a shilling towards second-hand instruments bought from a disbanded
militia band. Rehearsals were held every Tuesday and Thursday evening, a habit the band keeps to
this day.

The band entered its first contest in 1926 at Holmfirth and came last. Its fortunes changed under
the bandmaster Harold Crabtree: Hebden Moor won the Area championship in 1951, 1953 and 1958,
and played at the Royal Albert Hall finals each time.

The old bandroom was destroyed by fire in about 1962, taking with it the band's library and the
Crabtree Cup. The band has rehearsed in the former Wesleyan chapel on Mill Lane since 1965, and
bought the building outright in 1979.

Today the band has forty playing members, a training band for juniors and a new set of cornets
paid for by the 1924 Trophy appeal. Our centenary concert will take place on 14 September 2024
at St Mary's Church, with former members invited to play in the final march.

Registered charity no. 1102934. Bookings: secretary@hebdenmoorband.example""",
        (
            expect("1924-03-06", "form"),
            expect("1926", "contest"),
            expect("1951", "area"),
            expect("1953", "area"),
            expect("1958", "area"),
            expect("1962~", "fire"),
            expect("1965/..", "chapel"),
            expect("1979", "building"),
            expect("2024-09-14", "concert", planned=True),
        ),
    ),
    Text(
        "felomin-recall",
        "pharmaceutical recall notice",
        None,
        """MEDICINES RECALL NOTICE
Class 2 Medicines Recall - Action within 48 hours
Date: 7 November 2023        Our ref: MR(23)A/41

Brenhall Pharma Ltd
Felomin 10 mg prolonged-release tablets (PL 30172/0011)

Brenhall Pharma is recalling all unexpired batches of Felomin 10 mg tablets that were
manufactured between 1 June and 31 July 2023, as a precaution.

Brief description of the problem
An out-of-specification dissolution result was identified on 30 October during routine stability
testing. Tablets may release the active substance faster than intended. There is no evidence of
harm to patients so far.

Affected batches: 230611, 230618, 230702, 230725 (expiry 05/2025 and 06/2025).

Advice for healthcare professionals
Stop supplying the batches immediately. Pharmacies should quarantine all remaining stock by
10 November and return it to the supplier. Replacement stock is expected to be available in
December. Patients should not stop taking their medicine.

Further information
Felomin has been marketed in the UK since 2015. A similar recall affected the 5 mg strength in
2019. Stock checks are carried out every month.

Report suspected side effects through the Yellow Card scheme.
Medical information: 020 3080 6000 | medinfo@brenhall.example""",
        (
            expect("2023-06-01/2023-07-31", "manufactur"),
            expect("2023-10-30", "identif"),
            expect("../2023-11-10", "quarantine", planned=True),
            expect("2023-12", "replacement", planned=True),
            expect("2015/..", "market"),
            expect("2019", "recall"),
        ),
    ),
    Text(
        "ashford-inquest",
        "coroner's inquest report",
        date(2024, 2, 29),
        """Inquest hears retired engineer died after delayed oxygen treatment

By Priya Shah, Courts Reporter

A retired engineer died after a delay in giving him oxygen on a busy hospital ward, an inquest
heard on Tuesday.

Michael Ashford, 67, of Wellfield Road, Dunmere, was admitted to Dunmere General Hospital on
9 September with a chest infection and died on 12 September last year. He had suffered from
chronic obstructive pulmonary disease since 2018.

Area coroner Helen Marsh heard that nurses did not act on two low oxygen readings overnight.
Observations on the ward were recorded every four hours rather than hourly.

The hospital trust told the hearing that a safety review had been completed by December 2023,
and that its new escalation protocol will be introduced in April.

Recording a narrative conclusion, Mrs Marsh said she would consider a report under the
Coroners and Justice Act 2009 to prevent future deaths. The coroner's court sits every Monday
and Tuesday at County Hall.

Mr Ashford's daughter, Claire, said after the hearing: "Dad worked at the Dunmere pumping
station for 41 years. We just want this not to happen to another family."

Anyone affected can contact Samaritans free on 116 123.""",
        (
            expect("2024-02-27", "inquest"),
            expect("2023-09-09", "admit"),
            expect("2023-09-12", "die"),
            expect("2018/..", "suffer"),
            expect("../2023-12", "review"),
            expect("2024-04", "protocol", planned=True),
        ),
    ),
    Text(
        "westbrook-tramway-history",
        "tramway history page in HTML",
        None,
        """<html>
<head><title>History | Westbrook Tramway</title></head>
<body>
<div id="banner"><img src="car1924.jpg" alt="Car no. 1924 at the pier"><p class="caption">Car
no. 1924 at the pier terminus</p></div>
<h1>History of the Westbrook Tramway</h1>
<h2>Horse trams</h2>
<p>Horse trams began running between the station and the market on 21 May 1883.</p>
<h2>Electric trams</h2>
<p>The line was electrified in 1901 and extended to Westbrook Pier two years later. At its peak
the network carried 14 million passengers a year.</p>
<h2>Closure and return</h2>
<p>The last trams ran on 30 June 1957, when buses took over. After a long campaign, construction
of a new line took place from 2006 to 2009, and trams returned to the streets of Westbrook on
4 October 2009.</p>
<ul>
  <li>Trams run every 7 minutes on weekdays.</li>
  <li>The heritage depot in Quay Street has been open to visitors since 2012.</li>
  <li>An extension to the airport is expected to open in 2027.</li>
</ul>
<footer><p>Westbrook Tramway Ltd, Registered in England no. 05871883</p><p>Page last updated
12/01/2024</p></footer>
</body>
</html>""",
        (
            expect("1883-05-21", "horse"),
            expect("1901", "electrif"),
            expect("1903", "extend"),
            expect("1957-06-30", "last"),
            expect("2006/2009", "construction"),
            expect("2009-10-04", "return"),
            expect("2012/..", "depot"),
            expect("2027", "airport", planned=True),
        ),
    ),
    Text(
        "brookfield-primary-inspection",
        "school inspection summary",
        None,
        """Inspection of Brookfield Primary Academy
Unique reference number: 138402
Outcome: Good

Brookfield Primary Academy, Station Road, Hemley

The inspection took place from 14 to 15 May 2024.

What is it like to attend this school?

Pupils are happy and safe at Brookfield. They read daily with adults, and reading results are
better than at any point since 2015. Behaviour in lessons and at breaktimes is calm.

What does the school do well and what does it need to do better?

The school converted to academy status on 1 April 2013 and joined the Riverside Learning Trust
in 2021. The previous inspection, in March 2019, judged the school as requires improvement.

The headteacher has been in post since September 2020. She and the trust have rewritten the
curriculum in every subject. Staff say their workload is manageable.

Leaders have not yet made sure that the science curriculum is taught in enough depth in key stage
2. A new science block is due to open in January 2025, and leaders have begun training staff.

Information about this school
- The school has 312 pupils on roll, aged 4 to 11.
- Breakfast club runs every morning from 7.45 am.
- Trust: Riverside Learning Trust. Headteacher: Mrs Aisha Khan.""",
        (
            expect("2024-05-14/2024-05-15", "inspection"),
            expect("2013-04-01", "academy"),
            expect("2021", "trust"),
            expect("2019-03", "inspection"),
            expect("2020-09/..", "headteacher"),
            expect("2025-01", "science", planned=True),
        ),
    ),
    Text(
        "kelmoor-gold-cup",
        "horse racing results report",
        date(2024, 4, 14),
        """RACING: Silver Heron lands Kelmoor Gold Cup

By Tom Garvey, Racing Correspondent

Silver Heron won the Kelmoor Gold Cup on Saturday, giving trainer Maura Quinlan the biggest
success of her career and running the fastest time for the race since 2004.

The nine-year-old gelding, an impressive winner at Cheltenham on 15 March, was sent off the 9-2
favourite and jumped the last two lengths clear under jockey Eoin Daly.

Quinlan, who first saddled a winner at Kelmoor in 1997, said: "He's the horse of a lifetime."
Daly has ridden for the stable since 2019 and rides out for Quinlan every morning.

The Gold Cup was first run in about 1840, making it one of the oldest steeplechases in Ireland.

Silver Heron will be aimed at the Punchestown Gold Cup on 30 April.

RESULTS
2.45 Kelmoor Gold Cup (3m 2f, Going: good to soft): 1 Silver Heron 9-2F (E Daly), 2 Copper
Bay 7-1, 3 Lough Ree 12-1. 14 ran. Winner trained by M Quinlan. Time: 6m 24.1s.
3.20 Hunters' Chase (2m 5f): 1 Bally Dancer 5-1, 2 Red Eskers 3-1F. 9 ran.""",
        (
            expect("2024-04-13", "silver heron"),
            expect("2024-03-15", "cheltenham"),
            expect("1997", "saddle"),
            expect("2019/..", "stable"),
            expect("1840~", "first run"),
            expect("2024-04-30", "punchestown", planned=True),
        ),
    ),
    Text(
        "nex-schedule-change",
        "shipping line schedule change notice",
        None,
        """CUSTOMER ADVISORY
North Europe Express (NEX) - schedule change
3 July 2023

Dear Valued Customer,

Because of berth congestion at Felixstowe, which has affected our calls there since 12 June,
we will adjust the rotation of our NEX service.

With effect from voyage 0317W, departing Rotterdam on 21 July, the NEX service will omit
Felixstowe. Cargo for the UK will be discharged at London Gateway instead. The Le Havre call,
suspended earlier this year, will be reinstated in September.

The vessel MV Tordenskjold (IMO 9321483) will be in dry-dock from 5 to 19 August; the
MV Kattegat Trader will cover her sailings.

Bookings on affected sailings must be amended no later than 14 July. Documentation cut-off
remains every Thursday at 12:00 local time.

The NEX service was launched in 2018 and now links six ports weekly.

We apologise for any inconvenience. For questions, contact your local office or our customer
service desk on +31 10 2023 400.

Nordsee Container Line B.V., Rotterdam""",
        (
            expect("2023-06-12/..", "congestion"),
            expect("2023-07-21", "felixstowe", planned=True),
            expect("2023-09", "havre", planned=True),
            expect("2023-08-05/2023-08-19", "tordenskjold", planned=True),
            expect("../2023-07-14", "booking", planned=True),
            expect("2018", "launch"),
        ),
    ),
    Text(
        "st-brendans-archive-guide",
        "monastery archive guide",
        None,
        """Guide to the Archive of St Brendan's Abbey, Glenalla

Introduction

The Benedictine abbey of St Brendan at Glenalla was founded c. 1190 by monks from Tewkesbury.
Its earliest surviving document, a grant of fishing rights, is a deed possibly of 1215; the
date is written in a later hand.

The abbey's cartulary (MS 1539/2) was compiled around 1350 and records more than four hundred
charters. The abbey was dissolved in 1539, and its lands passed to the Fitzgerald family. A fire
at the family's house destroyed much of the medieval archive in 1741.

A Benedictine community was re-established at Glenalla in 1882 and gathered what it could of the
old records. The archive was catalogued between 1961 and 1964 by Dom Columba Walsh, whose
numbering (series A to K) is still used.

Access

The reading room has been closed to external researchers since March 2020; digitised
series A to D can be consulted online. Enquiries are answered on Tuesdays by appointment.

Archivist: Br. Kevin Duffy
St Brendan's Abbey, Glenalla, Co. Donegal | Tel. 074 912 1882""",
        (
            expect("1190~", "found"),
            expect("1215?", "deed"),
            expect("1350~", "cartulary"),
            expect("1539", "dissol"),
            expect("1741", "fire"),
            expect("1882", "re-establish"),
            expect("1961/1964", "catalogu"),
            expect("2020-03/..", "reading room"),
        ),
    ),
    Text(
        "unistaff-ballot",
        "trade union ballot announcement",
        None,
        """UNISTAFF - the union for university support staff
Ballot announcement
2 October 2024

Industrial action ballot: pay 2024-25

Dear member,

The employers imposed a 2% pay award on 19 September, ignoring our claim for a rise that keeps
pace with prices. Talks with the employers' association broke down on Friday, and the national
executive has agreed to ballot members in every branch.

The ballot will open on Monday 14 October and close at noon on 4 November. Ballot papers will be
posted to your home address, so members must update their addresses by 7 October through the
members' portal.

Support staff pay has fallen by 18% in real terms since 2010. Members last took industrial action
in 2022, when a two-day strike won the living wage for all grades.

Under the Trade Union Act 2016, at least half of members must vote for the result to be valid.
Branch meetings are held every first Wednesday of the month, and your rep can answer questions.

Vote yes, vote early.

Helpline: 0345 7 2016 00 | ballot@unistaff.example
Promoted by UNISTAFF, 18 Carver Street, Sheffield S1 4FS""",
        (
            expect("2024-09-19", "pay award"),
            expect("2024-09-27", "talks"),
            expect("2024-10-14", "ballot", planned=True),
            expect("2024-11-04", "close", planned=True),
            expect("../2024-10-07", "address", planned=True),
            expect("2022", "action"),
        ),
    ),
    Text(
        "ardmore-botanic-collections",
        "botanic garden plant collection history",
        None,
        """Ardmore Botanic Garden - History of the living collections

The garden was established in 1821 by the Ardmore Philosophical Society on four acres of
former market garden. Its glasshouses were modest until the palm house was completed in 1859,
then the tallest in the north of England.

The oldest specimen in the collection, a cycad, may have been collected in the Cape in 1790;
the records are uncertain. The first seeds of the hardy fern collection arrived around 1870
from the garden's correspondents in New Zealand.

The rhododendron collection grew through expeditions to Yunnan from 1905 to 1912, funded by the
mill owner Samuel Bright. The herbarium has been housed in the east wing of the Bright Building
since 1934, and holds 210,000 sheets (accession numbers 1934.0001 onwards).

A Wollemi pine, one of the first outside Australia, was planted on 23 May 2006. The garden
follows the 1992 Convention on Biological Diversity in all its exchanges of material.

A new temperate glasshouse is scheduled to open in May 2026, replacing the 1960s alpine house.

The garden is open daily from 10 am to 5 pm. Guided collection tours leave the gate every
Sunday at 2 pm.""",
        (
            expect("1821", "establish"),
            expect("1859", "palm house"),
            expect("1790?", "cycad"),
            expect("1870~", "seed"),
            expect("1905/1912", "expedition"),
            expect("1934/..", "herbarium"),
            expect("2006-05-23", "wollemi"),
            expect("2026-05", "glasshouse", planned=True),
        ),
    ),
)
