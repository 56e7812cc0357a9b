"""A forty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story, a
chocolate maker's press release, a tax tribunal decision, an encyclopedia history, a fencing
report, a piano maker's history, a wildlife survey summary, a strike statement, a history
society's HTML page, an obituary, council cabinet minutes, an NGO release on a verdict, a
paper's introduction, an embassy notice, a cyclist's diary, a museum interview, an app
changelog, a key dates box, a written parliamentary answer and news in brief). The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYFIRST_CORPUS",)


FORTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-skarvik-bridge",
        "wire story with a dateline",
        date(2025, 3, 14),
        """BERGEN, Norway, March 14 (Nordpress) - A 40-metre span of the Skarvik road bridge north
of Bergen fell into the fjord on Wednesday evening, injuring three people in two cars, police
said.

The bridge, which opened in 1968, had been closed to lorries since February 2 after
inspectors found cracks in one of its concrete piers. Engineers had last examined the piers
in 2019, according to records of the regional roads authority.

"We were told the bridge was safe for cars," said Ingrid Solheim, who runs a bakery on the
island side. The collapse is the worst bridge failure in western Norway since 1996.

A temporary ferry service will start on Monday, the authority said, and an independent panel
is expected to publish a first report by April 30 at the latest. About 2,300 vehicles crossed
the bridge every day before the restrictions.

(Reporting by Lars Eide; Editing by Anna Hvide)""",
        (
            expect("2025-03-12", "bridge"),
            expect("1968", "open"),
            expect("2025-02-02/..", "lorr"),
            expect("2019", "examin"),
            expect("2025-03-17", "ferry", planned=True),
            expect("../2025-04-30", "report", planned=True),
        ),
    ),
    Text(
        "release-albrecht-vogt",
        "press release of a chocolate maker",
        None,
        """MEDIA RELEASE

Albrecht & Vogt to build a second chocolate factory in Olten

Zurich, 3 June 2025 - Confiserie Albrecht & Vogt AG, founded in Zurich in 1921, is to
build a second factory in Olten. Construction began on 12 May 2025, and the
plant is scheduled to start production in September 2026 with 85 employees.

"Demand for our bars has never been higher," said chief executive Lea Vogt, who took office
in 2019. Sales in the first quarter were the highest since 2008.

The company has sourced all its cocoa from cooperatives in Ghana since 2011. Its Gianduja
Classic bar, launched in 1987, remains its best seller. A new 70% bar made with cocoa from a
single estate in Ecuador will go on sale on 1 July.

About Albrecht & Vogt
Albrecht & Vogt makes chocolate in Zurich and sells it in 23 countries.

Media contact: presse@albrecht-vogt.example, +41 44 000 00 00""",
        (
            expect("1921", "found"),
            expect("2025-05-12", "construct"),
            expect("2026-09", "production", planned=True),
            expect("2019", "office"),
            expect("2011/..", "cocoa"),
            expect("1987", "launch"),
            expect("2025-07-01", "bar", planned=True),
        ),
    ),
    Text(
        "tribunal-halloway",
        "court opinion (tax tribunal decision)",
        None,
        """FIRST-TIER TRIBUNAL
TAX CHAMBER

Appeal number: TC/2023/04417

OREN HALLOWAY                                         Appellant
- and -
THE COMMISSIONERS FOR REVENUE                         Respondents

Hearing date: 14-15 March 2024
Decision released: 2 May 2024

DECISION

1. Mr Halloway appeals against a closure notice issued by the Respondents on 9 August 2022,
which charged capital gains tax on the sale of his shares in Tarnbridge Ceramics Ltd.

2. Mr Halloway sold the shares on or about 30 September 2019. He says that he had been
resident in Portugal since April 2018 and was therefore not liable to the tax.

3. His return for the year 2019-20 was filed on 28 January 2021. The Respondents opened an
enquiry into it no later than 15 March 2021, although the letter opening the enquiry has not
been found.

4. The bank statements show card payments in Leeds throughout the autumn, and suggest that
Mr Halloway probably moved back to Leeds in June 2020. For the reasons below, the appeal is
dismissed.""",
        (
            expect("2024-03-14/2024-03-15", "hear"),
            expect("2022-08-09", "closure"),
            expect("2019-09-30~", "sold"),
            expect("2018-04/..", "resident"),
            expect("2021-01-28", "return"),
            expect("../2021-03-15", "enquiry"),
            expect("2020-06?", "leeds"),
        ),
    ),
    Text(
        "encyclopedia-skervoy",
        "encyclopedia history of a lighthouse island",
        None,
        """Skervøy

Skervøy is a small island in the Norwegian Sea, about 11 km off the coast of Nordland,
known for its lighthouse.

History

The island was settled by fishing families c. 1650. The present cast-iron tower was first lit
on 1 November 1859, and the keepers' houses were built the following year. Fog signals were
installed in 1881 and 1902; the second, a diaphone, could be heard at a distance of 20 km.

The island has been a nature reserve since 1987, protecting colonies of puffins and
kittiwakes. The last keeper left around 1991, when the light was run from the mainland. At
the 2011 census the island had no permanent residents.

See also
- List of lighthouses in Norway

References""",
        (
            expect("1650~", "settl"),
            expect("1859-11-01", "lit"),
            expect("1860", "house"),
            expect("1881", "fog"),
            expect("1902", "fog"),
            expect("1987/..", "reserve"),
            expect("1991~", "keeper"),
        ),
    ),
    Text(
        "sport-fencing-tallinn",
        "sports report on a fencing world cup",
        date(2023, 12, 18),
        """FENCING | WORLD CUP

Jönsson takes épée gold in Tallinn

By Mira Castell | 18 December 2023

Swedish fencer Ebba Jönsson won the women's épée World Cup event in Tallinn on Sunday,
beating Hungary's Réka Faludi 15-12 in the final. It was her best result since 2019.

Jönsson, 27, had been out with a knee injury from 2 May to 30 June this year and only
returned to the circuit in the autumn. She has been coached by the Italian Paolo Venti since
2020, and won her first World Cup medal in Heidenheim in 2017.

Sweden finished fourth in the team event on Saturday after losing to Poland by a single touch.

The next women's épée World Cup is scheduled for 12 to 14 January in Barcelona.""",
        (
            expect("2023-12-17", "jönsson"),
            expect("2023-05-02/2023-06-30", "injur"),
            expect("2020/..", "coach"),
            expect("2017", "medal"),
            expect("2023-12-16", "team"),
            expect("2024-01-12/2024-01-14", "barcelona", planned=True),
        ),
    ),
    Text(
        "history-brenner-pianos",
        "company history of a piano maker",
        None,
        """Our history

Brenner & Söhne Pianofortefabrik

Carl August Brenner built his first square piano in a Leipzig back yard in about 1874, and
founded the firm on 1 April 1879. His sons Otto and Max joined the business in 1896 and 1901.
The 1913 catalogue already listed eleven models, from a parlour upright to a concert grand.

After the war the family left Leipzig, and the factory moved to Braunschweig in 1949. From
1975 onwards the firm has built only upright pianos, each one regulated by hand. The 50,000th
instrument left the works in March 1998.

A new concert grand, the Model D-280, is planned to be presented in 2026, the first Brenner
grand in half a century.

Visit our showroom | Find a dealer | Contact""",
        (
            expect("1874~", "piano"),
            expect("1879-04-01", "found"),
            expect("1896", "join"),
            expect("1901", "join"),
            expect("1949", "braunschweig"),
            expect("1975/..", "upright"),
            expect("1998-03", "instrument"),
            expect("2026", "grand", planned=True),
        ),
    ),
    Text(
        "mission-otter-survey",
        "mission summary of a wildlife survey",
        None,
        """MISSION SUMMARY
Coastal Otter Survey 2024 (COS-24), Kelt Estuary

Objective: estimate the number of breeding otters on the Kelt estuary and its tributaries.

- Field teams began work on 3 June 2024 and completed the northern transects by 21 June.
- Camera traps were deployed from 10 to 24 July at 18 sites.
- Surveyors checked the traps every Tuesday and Friday.
- The last full survey of the estuary was carried out in 2009.
- A holt at Kelt Point was possibly first used in 2016, according to local wardens.

Next steps
- Spraint samples are to be analysed by the Marine Genetics Lab in October 2024.
- The final report will be published no later than 31 March 2025.

Contact: survey lead Dr Ailsa Munro""",
        (
            expect("2024-06-03", "field"),
            expect("../2024-06-21", "northern"),
            expect("2024-07-10/2024-07-24", "camera"),
            expect("2009", "survey"),
            expect("2016?", "holt"),
            expect("2024-10", "analys", planned=True),
            expect("../2025-03-31", "report", planned=True),
        ),
    ),
    Text(
        "statement-rail-strike",
        "government statement on a transport strike",
        date(2024, 9, 27),
        """Ministry of Transport and Infrastructure

Statement on the planned rail strike

27 September 2024

The Ministry regrets that the Rail Workers' Union (RWU) will strike from 7 to 9 October. It
would be the largest stoppage on the network since 2011.

Talks between the operators and the union were held on Tuesday and broke down yesterday
without agreement. The current pay agreement expired on 30 June.

Minimum service rules have applied since 1 January 2023, and the Ministry expects operators to
run at least one train an hour on main lines. The Minister will meet union leaders on
Wednesday.

Passengers are advised to check timetables before travelling.

Press office: +00 20 000 0000""",
        (
            expect("2024-10-07/2024-10-09", "strike", planned=True),
            expect("2024-09-24", "talk"),
            expect("2024-09-26", "talk"),
            expect("2024-06-30", "agreement"),
            expect("2023-01-01/..", "minimum"),
            expect("2024-10-02", "meet", planned=True),
        ),
    ),
    Text(
        "html-ashcombe-history",
        "HTML page of a local history society with events",
        date(2025, 6, 5),
        """<html>
<head><title>Ashcombe Local History Society - Events</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/events">Events</a> | <a href="/join">Join</a></nav>
<h1>Ashcombe Local History Society</h1>
<p>The society was founded in 1972. Meetings are held on the third Thursday of every month
at the Village Hall.</p>
<h2>Programme 2025</h2>
<ul>
<li><b>Thursday 19 June</b> - "The Ashcombe mills", a talk by Dr Ruth Pell, 7.30pm</li>
<li><b>Saturday 12 July</b> - Guided visit to Holm chapel, built around 1840</li>
<li><b>Thursday 18 September</b> - "Railway to the sea", a talk by Tom Yeardley</li>
</ul>
<h2>News</h2>
<p>Our exhibition on the Hadley Road excavations closed on 31 May after 1,200 visitors.
The society's archive moved to the old school in 1998 and can be visited by appointment.</p>
<footer>Registered charity no. 000000 | Page updated 5 June 2025</footer>
</body>
</html>""",
        (
            expect("1972", "found"),
            expect("2025-06-19", "mills", planned=True),
            expect("2025-07-12", "visit", planned=True),
            expect("1840~", "chapel"),
            expect("2025-09-18", "railway", planned=True),
            expect("2025-05-31", "exhibition"),
            expect("1998", "archive"),
        ),
    ),
    Text(
        "obituary-helga-marrow",
        "obituary of a botanist",
        date(2024, 11, 20),
        """OBITUARIES

HELGA MARROW (1938-2024)
Botanist who brought the primulas of Yunnan to Scottish gardens

Helga Marrow, who has died aged 86, was born in Dunedin, New Zealand, on 4 February 1938,
the daughter of a sheep farmer and a schoolteacher.

She led the Edinburgh garden's expeditions to Yunnan in 1971, 1974 and 1979, bringing back
seed of more than 300 species, several of them new to science. Her flora of the southern
Andes, begun in about 1985, finally appeared in 1996 and is still the standard work.

Colleagues remember her walking the glasshouses every morning at seven with a notebook.

She died on Sunday at her home in Edinburgh. A memorial service will be held at St Giles'
Cathedral on 6 December.""",
        (
            expect("1938-02-04", "born"),
            expect("1971", "yunnan"),
            expect("1974", "yunnan"),
            expect("1979", "yunnan"),
            expect("1985~", "flora"),
            expect("1996", "flora"),
            expect("2024-11-17", "die"),
            expect("2024-12-06", "memorial", planned=True),
        ),
    ),
    Text(
        "minutes-eastholme-cabinet",
        "county council cabinet minutes",
        None,
        """EASTHOLME COUNTY COUNCIL

Minutes of the meeting of the Cabinet held on Tuesday 14 January 2025 at 10.00 am, County
Hall

Present: Cllr J. Abbot (Leader, in the Chair), Cllrs Carew, Dunn, Fordham and Okafor

1. Apologies: Cllr Prideaux.

2. Minutes: the minutes of the meeting held on 10 December 2024 were agreed as a correct
record.

3. Highways: Cabinet agreed that resurfacing of the A361 at Brampford should begin by
31 March 2025 at the latest.

4. Libraries: the mobile library service, which began in 1951, will end on 28 February.

5. Budget: the draft budget for 2025/26 will be put to Full Council on 20 February.

6. Flooding: members noted that around 140 homes had been flooded on 26 November 2024. The
Environment Agency inspected the Exe defences on 6 January.

The Cabinet meets every fourth Tuesday. The meeting closed at 12.15 pm.""",
        (
            expect("2025-01-14", "cabinet"),
            expect("2024-12-10", "meeting"),
            expect("../2025-03-31", "resurfac", planned=True),
            expect("1951", "library"),
            expect("2025-02-28", "end", planned=True),
            expect("2025-02-20", "budget", planned=True),
            expect("2024-11-26", "flood"),
            expect("2025-01-06", "inspect"),
        ),
    ),
    Text(
        "ngo-marsh-lane-verdict",
        "NGO press release on a court verdict",
        date(2022, 4, 8),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Clearwater Rights Network welcomes verdict in the Marsh Lane case

8 April 2022

The Clearwater Rights Network (CRN) welcomes yesterday's ruling by the High Court in Nairobi,
which ordered the Kiboko Leather company to compensate 312 residents of Marsh Lane.

The residents filed the case in May 2019 after effluent from the Kiboko tannery reached the
Mbagathi river on or about 14 February 2019. CRN first raised the pollution with the county
government in March 2018.

The court found that the tannery had operated without a discharge licence since 2016. The
company must clean up the site no later than 31 December 2022.

"This is a victory for every family on the river," said CRN director Grace Wanjiru.

Notes to editors: CRN is a non-profit organisation. Media: press@crn.example""",
        (
            expect("2022-04-07", "ruling"),
            expect("2019-05", "filed"),
            expect("2019-02-14~", "effluent"),
            expect("2018-03", "raised"),
            expect("2016/..", "licence"),
            expect("../2022-12-31", "clean", planned=True),
        ),
    ),
    Text(
        "paper-kharvat-glaciers",
        "research paper introduction with dated expeditions",
        None,
        """1. Introduction

The glaciers of the Kharvat range were first described by the surveyor I. P. Lozhkin, who
crossed the Dzhangi pass in 1887 (Lozhkin, 1891). A German expedition led by W. Hausner
photographed the tongue of the Kara-Su glacier in August 1912 (Hausner, 1914), and these
plates remain the earliest images of the range.

Soviet teams mapped the range in 1936, 1948 and 1957 (Orlova et al., 1962). Aerial photographs
taken in about 1975 show that the Kara-Su tongue had by then retreated behind its 1912
position (Bekov and Sato, 2003).

Here we report on our own fieldwork, which took place from 12 July to 9 August 2019, and
compare it with the historical record. The survey will be repeated in 2026 to extend the
series (see Section 5).""",
        (
            expect("1887", "lozhkin"),
            expect("1912-08", "photograph"),
            expect("1936", "map"),
            expect("1948", "map"),
            expect("1957", "map"),
            expect("1975~", "aerial"),
            expect("2019-07-12/2019-08-09", "fieldwork"),
            expect("2026", "repeat", planned=True),
        ),
    ),
    Text(
        "embassy-veltria-holidays",
        "embassy notice on a holiday closure",
        date(2024, 12, 16),
        """EMBASSY OF THE REPUBLIC OF VELTRIA IN OTTAWA

NOTICE - HOLIDAY CLOSURE

Ottawa, 16 December 2024

The Embassy will be closed from 24 December 2024 to 1 January 2025 inclusive. The consular
section will reopen on Thursday 2 January.

Passport and visa applications for the holiday period must be submitted no later than Friday
20 December. The online appointment system was introduced on 1 July 2024; walk-in visits are
no longer possible.

The Honorary Consulate in Vancouver, opened in 2011, will remain open on 27 and 30 December
for emergencies only.

The Embassy is open to the public every weekday from 9:00 to 12:30.

Embassy of Veltria | 00 Metcalfe Street | Ottawa""",
        (
            expect("2024-12-24/2025-01-01", "clos", planned=True),
            expect("2025-01-02", "reopen", planned=True),
            expect("../2024-12-20", "submit", planned=True),
            expect("2024-07-01", "online"),
            expect("2011", "consulate"),
            expect("2024-12-27", "vancouver", planned=True),
            expect("2024-12-30", "vancouver", planned=True),
        ),
    ),
    Text(
        "diary-rhone-cyclist",
        "travel diary of a cyclist",
        None,
        """Down the Rhône by bike - my diary

Sat 3 May 2025 - Lyon to Vienne, 38 km
Finally set off from Lyon at nine this morning, bags far too heavy. Flat, easy riverside path.

Mon 5 May - Tournon
Rest day in Tournon. The bike shop on the quay has been run by the same family since 1931,
the owner told me while he trued my back wheel.

Wed 7 May - Montélimar
Two punctures yesterday before Montélimar, both from glass. The forecast says the mistral will
drop by Sunday.

Fri 9 May - Avignon
Arrived in Avignon at six, sunburnt. I eat at the same crêperie every evening now.
Plan: ferry from Marseille to Ajaccio on 14 May, then ride the west coast of Corsica.""",
        (
            expect("2025-05-03", "lyon"),
            expect("2025-05-05", "rest"),
            expect("1931/..", "shop"),
            expect("2025-05-06", "puncture"),
            expect("../2025-05-11", "mistral", planned=True),
            expect("2025-05-09", "avignon"),
            expect("2025-05-14", "ferry", planned=True),
        ),
    ),
    Text(
        "interview-kessel-museum",
        "interview with a museum director (Q/A)",
        date(2025, 2, 10),
        """"A museum has to leave its building now and then"

The Kessel Museum in Graz is lending its best drawings to Tokyo. We spoke to its director,
Dr Miriam Aschauer.

Q: You took over the museum in March 2019. What has changed?
A: Almost everything except the collection. We reopened the east wing on 14 October 2023
after four years of work, and visitor numbers last year were the highest since 1999.

Q: The museum itself is old.
A: It was founded in 1888 by the brewer Anton Kessel, and the building dates from around 1860.
Last week we received a gift of 40 drawings from his great-grandchildren.

Q: And the Tokyo show?
A: It is scheduled to open on 3 April. And we will close the main hall from June to
September 2026 to replace the roof.

Interview: Paul Riedl""",
        (
            expect("2019-03", "over"),
            expect("2023-10-14", "wing"),
            expect("1888", "found"),
            expect("1860~", "building"),
            expect("2025-02-03/2025-02-09", "drawings"),
            expect("2025-04-03", "tokyo", planned=True),
            expect("2026-06/2026-09", "hall", planned=True),
        ),
    ),
    Text(
        "changelog-trailmate",
        "mobile app changelog",
        None,
        """TrailMate for Android - What's new

Version 4.2.0 (12 March 2025)
- Offline maps for the Alps and the Pyrenees
- Dark mode (available since 2023) now follows the system setting
- Known issue: sync may fail on devices last updated before 1 March 2025

Version 4.1.3 (28 February 2025)
- Fixed a crash when importing GPX files with more than 10,000 points

Version 4.0.0 (2 December 2024)
- New route planner
- Weekly summary every Monday morning

Coming next
- Version 4.3 is planned for April 2025 and will add route sharing.
- Support for Android 8 will end on 30 June 2025.""",
        (
            expect("2025-03-12", "4.2"),
            expect("2023/..", "dark"),
            expect("2025-02-28", "4.1.3"),
            expect("2024-12-02", "4.0"),
            expect("2025-04", "4.3", planned=True),
            expect("2025-06-30", "android", planned=True),
        ),
    ),
    Text(
        "keydates-tavan-peace",
        "key dates box of a peace process",
        None,
        """KEY DATES: THE TAVAN PEACE PROCESS

1994 - Fighting breaks out in the Tavan valley between government forces and the Tavan
Liberation Front
12 May 1998 - First ceasefire signed in Geneva
c. 2001 - The ceasefire collapses after attacks on border posts
2004-2006 - Talks under Norwegian mediation in Oslo
3 October 2011 - Framework agreement signed in Nairobi
Since March 2020 - A UN observer mission is deployed in the valley
2026 - A referendum on the valley's final status is expected to be held""",
        (
            expect("1994", "fighting"),
            expect("1998-05-12", "ceasefire"),
            expect("2001~", "collapse"),
            expect("2004/2006", "talks"),
            expect("2011-10-03", "framework"),
            expect("2020-03/..", "observer"),
            expect("2026", "referendum", planned=True),
        ),
    ),
    Text(
        "pq-northfield-hospital",
        "parliamentary question with written answer",
        date(2025, 3, 11),
        """Written question - answered on 11 March 2025

Northfield General Hospital: Accident and Emergency Departments

Asked by Sarah Penhale (Northfield and Coldharbour)

To ask the Secretary of State for Health and Social Care what assessment he has made of
waiting times at Northfield General Hospital since its accident and emergency department was
downgraded.

Answered by Tom Okoro (Minister of State for Health)

The accident and emergency department at Northfield was reconfigured as an urgent treatment
centre on 1 September 2021. The trust has been in special measures since June 2023. A
diagnostic centre opened on the site in January 2024, and a further £12 million was allocated
last month for a second MRI scanner, which is expected to be operational by the end of 2026.
Waiting times are published monthly in line with the 2019 Long Term Plan.""",
        (
            expect("2021-09-01", "urgent"),
            expect("2023-06/..", "special"),
            expect("2024-01", "diagnostic"),
            expect("2025-02", "allocat"),
            expect("../2026", "operational", planned=True),
        ),
    ),
    Text(
        "inbrief-fernhill",
        "news in brief of three local items",
        date(2023, 10, 6),
        """NEWS IN BRIEF

Pool to close for repairs
Fernhill leisure centre's pool will close on Monday while its roof is repaired. The pool
opened in 1979 and is used by eleven swimming clubs.

Whisky thief jailed
A man who stole £3,000 of whisky from a shop in Market Street on 14 August was jailed for
eight months at Truro Crown Court on Wednesday.

Choir marks centenary
Fernhill Male Voice Choir, formed in about 1923, will celebrate its centenary with a concert
at the Wesley chapel on 28 October. Rehearsals are held there every Thursday.""",
        (
            expect("2023-10-09", "pool", planned=True),
            expect("1979", "open"),
            expect("2023-08-14", "stole"),
            expect("2023-10-04", "jail"),
            expect("1923~", "form"),
            expect("2023-10-28", "concert", planned=True),
        ),
    ),
)
