"""A seventy-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
written answer to a parliamentary question, a set of museum labels, a software changelog, an
election results report, a disaster situation report, an HTML university history page, a
scientific paper's background section, an interview in questions and answers, an annual
report's highlights, a police appeal for witnesses and a book review). Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYFIRST_CORPUS",)

SEVENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "mombasa-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """MOMBASA, Oct 9 (East Africa Press) - Dockworkers at Kenya's main port ended their
strike on Tuesday after the port authority agreed to review overtime rates, union officials
said.

The walkout, which began on September 27, left more than 60 ships waiting at anchor and
stranded cargo bound for Uganda and South Sudan. It was the longest stoppage at the port
since 2017.

"Our members go back to work with their heads high," said Hamisi Chorwa, secretary of the
Coast Dock Workers Union, which was registered in about 1962 and claims 4,800 members.

The Kenya Ports Authority said it expected to clear the backlog by October 20. Cranes were
handling some 1,450 containers a day on Wednesday, against a normal 2,100.

Talks on a new wage deal will resume on Monday, the authority said. The last collective
agreement was signed in March 2021. The union says pay has not kept pace with inflation,
while the authority points to the bonus it pays every December.

Shipping lines have warned that the port's share of regional transit traffic, a pillar of the
government's Vision 2030 plan, could slip to rivals in Dar es Salaam.

(Reporting by Amina Wekesa; Editing by Paul Ndirangu)

((amina.wekesa@eapress.example; +254 20 555 0187))""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-09-27", "walkout"),
            expect("1962~", "union"),
            expect("../2024-10-20", "backlog", planned=True),
            expect("2024-10-14", "talk", planned=True),
            expect("2021-03", "agreement"),
        ),
    ),
    Text(
        "harlow-bioplastics-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE - 4 June 2025

Harlow Bioplastics opens its first full-scale compostable packaging plant

HARLOW, Essex - Harlow Bioplastics Ltd today announced that its new production plant at
Templefields was officially opened on Monday 2 June 2025 by the chair of the Essex
Manufacturing Council, Dr Priya Nandakumar.

Construction of the 9,500 square metre plant began in January 2024. The site has been
built to the ISO 14001 standard and will employ around 140 people when fully staffed.

Harlow Bioplastics was founded in 2009 by two chemists from a university spin-out. It has
supplied compostable film to three national supermarket chains since 2019.

A second extrusion line is scheduled to start production in March 2026. The company expects
the plant to reach its full capacity of 18,000 tonnes a year no later than 30 September 2026.

"This is the biggest investment in the town's industrial estate since 1998," said chief
executive Martin Oyelaran. "It puts Harlow at the heart of our Net Zero 2035 commitment."

ENDS

Notes to editors
About Harlow Bioplastics: Harlow Bioplastics Ltd (company no. 06921844) makes plant-based
films and trays. Visitors' tours run every first Friday of the month.

Media contact: Laura Pettigrew, press@harlowbio.example, +44 1279 555 0192""",
        (
            expect("2025-06-02", "open"),
            expect("2024-01", "construction"),
            expect("2009", "found"),
            expect("2019/..", "suppl"),
            expect("2026-03", "production", planned=True),
            expect("../2026-09-30", "capacity", planned=True),
        ),
    ),
    Text(
        "ostrander-v-bellamy",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

DANIEL OSTRANDER, Plaintiff and Respondent,
v.
CORA BELLAMY, Defendant and Appellant.

No. B-23-0417                                    Filed May 16, 2024

OPINION

HALVORSEN, J.

Appellant Cora Bellamy challenges a judgment awarding unpaid rent to her former landlord.
We affirm.

I. BACKGROUND

On or about March 3, 2021, Bellamy signed a two-year lease for a ground-floor unit owned
by respondent Daniel Ostrander. She stopped paying rent in August 2021, citing water damage
she says she first reported that spring. Ostrander served a three-day notice to pay or quit on
September 14, 2021. The record shows that Bellamy had vacated the unit by November 1, 2021,
although the parties dispute whether she returned the keys.

Ostrander sued under the Residential Tenancies Act of 1998 and Civil Code section 1951.2.
After a bench trial, the court entered judgment for Ostrander on June 2, 2023, in the amount
of $14,385. Bellamy filed her notice of appeal two days later.

II. DISCUSSION

A tenant who abandons leased premises remains liable for rent that the landlord could not
reasonably have avoided. (Harlan v. Greer (2020) 45 Cal.App.5th 201, 209.) Bellamy argues
that the water damage excused her performance, but she did not raise habitability at trial,
and rent under the lease was due on the first of every month regardless.

DISPOSITION

The judgment is affirmed. Respondent shall recover his costs on appeal.

We concur: MORALES, P. J., and TRAN, J.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2021-08", "rent"),
            expect("2021-09-14", "notice"),
            expect("../2021-11-01", "vacat"),
            expect("2023-06-02", "judgment"),
            expect("2023-06-04", "appeal"),
        ),
    ),
    Text(
        "kestrelby-history",
        "encyclopedia history",
        None,
        """Kestrelby

History

Kestrelby grew up around a grange of the Cistercian abbey of Fountains, established
circa 1140 on the north bank of the River Leven. A small Augustinian priory is said by a
later chronicle to have been founded in 1188, but no contemporary charter survives and the
date is uncertain.

Henry III granted the town a market charter in 1267, and the wool trade made it one of the
more prosperous places in the Riding. The parish church of St Oswald was rebuilt between
1410 and 1435 in the Perpendicular style; its tower, 41 metres high, is still the tallest in
the district.

During the Civil War much of the town was burned by Royalist troops in 1643, and the
market did not recover for a generation. The open fields were enclosed under the Kestrelby
Enclosure Act 1802.

The railway reached Kestrelby in 1849, bringing a tannery and two iron foundries. At their
height the works employed 1,847 people, more than a third of the town's workforce. The
passenger station closed in 1964, and the line itself was lifted the following year.

Today Kestrelby is a market town with a population of about 9,300. A farmers' market is held
every Saturday in the Market Place.

See also
- List of market towns in Yorkshire
- Fountains Abbey

References
1. Ridley, J. (1987). A History of Kestrelby. York: Minster Press, p. 1643.""",
        (
            expect("1140~", "grange"),
            expect("1188?", "priory"),
            expect("1267", "charter"),
            expect("1410/1435", "church"),
            expect("1643", "burn"),
            expect("1849", "railway"),
            expect("1964", "station"),
            expect("1965", "line"),
        ),
    ),
    Text(
        "rovers-beat-ashcombe",
        "sports report",
        date(2025, 2, 23),
        """FOOTBALL | NATIONAL LEAGUE NORTH

Rovers end Ashcombe hoodoo to keep pressure on leaders

By Gareth Bowles

Millford Rovers beat Ashcombe Town 3-1 on Saturday, their first win at the Meadow Lane
ground since 2009, to move within four points of the top.

Kieran Osei, who joined on loan from Barnsford in January, scored twice before half-time,
and captain Luke Danvers added a third from the penalty spot after 67 minutes. Ashcombe's
consolation came from a deflected free kick in stoppage time.

Rovers have been unbeaten since 4 January, a run of nine league matches, and manager
Steph Rourke, appointed in October 2023, said the squad "finally believes".

"We do the same set-piece drills every Tuesday and today they paid off," she said. "But we
have won nothing yet."

A crowd of 1,987 watched in driving rain. Rovers, whose last league title came in 1998, face
the leaders Whitfield Athletic on Wednesday in a game that has been sold out for a fortnight.

Ashcombe: Pryce; Holt, Mensah, Garside, Lowe; Dunn (Baptiste 70), Keeling, Shaw; Ibe,
Marchetti, Connell (Ward 61).
Rovers: Lindqvist; Ames, Boateng, Danvers, Fry; Hollis, Redmond; Okafor, Tate, Vance (Pugh
80); Osei.""",
        (
            expect("2025-02-22", "beat"),
            expect("2025-01", "join"),
            expect("2025-01-04/..", "unbeaten"),
            expect("2023-10", "appoint"),
            expect("1998", "title"),
            expect("2025-02-26", "face", planned=True),
        ),
    ),
    Text(
        "marsh-and-pell-history",
        "company history",
        None,
        """Marsh & Pell - Our story

A hundred years of thread

Marsh & Pell was founded in 1923 by Edith Marsh and Arthur Pell, who began dyeing cotton
thread in a rented cellar in Bradford. Their first factory opened in 1931, and the company
moved to a larger mill in Leeds the following year.

After the war the firm turned to exports. It opened sales offices in Oslo, Lyon and Milan in
1954, 1958 and 1961, and its Model 1950 polyester thread, still sold today, became a
standard in European tailoring.

Marsh & Pell was listed on the London Stock Exchange around 1972, and by then produced
more than 2,000 colours. In 2006 it was acquired by the Danish textile group Nordtraad,
which kept the Leeds mill and the family name.

Helen Marsh, the founder's great-granddaughter, has been chief executive since 2015. Under
her the company has moved to recycled fibres, which now make up 64 per cent of its output.

We still test every spool by hand, and our shop at the mill is open every Saturday morning.

Marsh & Pell Ltd, Kirkstall Mill, Leeds LS5 3BT | Tel 0113 555 0234 | Registered in England
No. 00183923""",
        (
            expect("1923", "found"),
            expect("1931", "factory"),
            expect("1932", "move"),
            expect("1954", "office"),
            expect("1958", "office"),
            expect("1961", "office"),
            expect("1972~", "list"),
            expect("2006", "acquir"),
            expect("2015/..", "chief"),
        ),
    ),
    Text(
        "tessaly-lunar-mission",
        "mission summary",
        None,
        """TESSALY LUNAR ORBITER AND LANDER - MISSION SUMMARY

Mission ID: TSL-2019-04 | Operator: Iberian Space Agency | Launch mass: 1,850 kg

Background
The agency's first lunar study was commissioned perhaps in 2011; internal records of the
decision are incomplete.

Mission
Tessaly was launched on 14 September 2019 aboard a Vega-class rocket from Kourou. After a
low-energy transfer the spacecraft entered lunar orbit on 2 October, settling into a polar
orbit of 100 km. The lander separated and touched down in Mare Frigoris on 21 October,
becoming the agency's first landing on another body.

The primary mission ended in June 2020, having returned 41,000 images. Contact with the
lander was lost on or about 9 February 2021, most likely after its batteries failed during
the lunar night.

The orbiter continues to relay data for other missions and is expected to be deorbited no
later than March 2026.

Instruments
- TCAM-2 wide-angle camera
- NSPEC neutron spectrometer
- LRR laser retroreflector

Operations are reviewed every six months by the mission board.

Last updated: 3 March 2024""",
        (
            expect("2011?", "study"),
            expect("2019-09-14", "launch"),
            expect("2019-10-02", "orbit"),
            expect("2019-10-21", "touch"),
            expect("2020-06", "primary"),
            expect("2021-02-09~", "contact"),
            expect("../2026-03", "deorbit", planned=True),
        ),
    ),
    Text(
        "water-ministry-drought",
        "government statement",
        None,
        """MINISTRY OF WATER RESOURCES
Statement on drought measures
11 July 2024

Water use restrictions came into force in the Northern and Central districts on Monday 8
July, after the level of the Kalabo reservoir fell below 40 per cent on 27 June. June was the
driest since 1976.

The National Drought Committee met on Wednesday and agreed to extend tanker deliveries
to 62 villages. Hosepipes, car washing and the filling of private pools are banned under
section 14 of the Water Act 2012. Fines of up to 2,000 units apply.

The Minister, Hon. Grace Mubanga, will visit the affected districts on Monday to meet farmers'
representatives and local councils.

The national water grid, in operation since 1987, continues to move water from the southern
reservoirs. A new desalination plant at Port Kasenga is expected to be completed by June
2026 and will supply 120,000 households.

Members of the public are asked to report leaks. Meters are read every Thursday in affected
areas.

Drought hotline: 0800 555 214
Ref: MWR/PR/2024/117

ENDS""",
        (
            expect("2024-07-08", "restrict"),
            expect("2024-06-27", "reservoir"),
            expect("2024-07-10", "committee"),
            expect("2024-07-15", "visit", planned=True),
            expect("1987/..", "grid"),
            expect("../2026-06", "plant", planned=True),
        ),
    ),
    Text(
        "portlaw-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Portlaw Town Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins</a></nav>
<h1>Latest news</h1>
<ul class="news-list">
  <li>
    <time datetime="2025-03-28">28 March 2025</time>
    <h2><a href="/news/harbour-bridge">Harbour bridge reopens to traffic</a></h2>
    <p>The harbour bridge reopened on 28 March 2025 after seven months of repairs, which
    began in August 2024.</p>
  </li>
  <li>
    <time datetime="2025-03-21">21 March 2025</time>
    <h2><a href="/news/budget">Council sets 2025/26 budget</a></h2>
    <p>Councillors approved the budget on 20 March 2025. The precept rises by 2.9%, the
    smallest rise since 2019.</p>
  </li>
  <li>
    <time datetime="2025-03-14">14 March 2025</time>
    <h2><a href="/news/library">Quay Street library closure</a></h2>
    <p>The Quay Street library will close from 14 to 25 April 2025 while new flooring is
    laid. The Marsh Lane pool, which has served the town since 1968, is unaffected.</p>
  </li>
  <li>
    <time datetime="2025-03-07">7 March 2025</time>
    <h2><a href="/news/elections">Town council elections</a></h2>
    <p>Elections for all 15 seats will be held on 1 May 2025. Polling stations open from
    7am to 10pm.</p>
  </li>
</ul>
<aside><p>Reminder: bins are collected every Tuesday. Call 01386 555 019.</p></aside>
<footer><p>&copy; 2025 Portlaw Town Council. Page last updated 28 March 2025.</p></footer>
</body>
</html>""",
        (
            expect("2025-03-28", "bridge"),
            expect("2024-08", "repair"),
            expect("2025-03-20", "budget"),
            expect("2025-04-14/2025-04-25", "library", planned=True),
            expect("1968/..", "pool"),
            expect("2025-05-01", "election", planned=True),
        ),
    ),
    Text(
        "upland-grants-written-answer",
        "written answer to a parliamentary question",
        None,
        """Upland Hedgerow Grant Scheme
Question for Department for Rural Affairs
UIN 41207, tabled on 3 February 2025

Asked by Fiona Gallacher (Tweedmuir and Lammer)

To ask the Secretary of State for Rural Affairs, how many applications have been received
under the Upland Hedgerow Grant Scheme; and what assessment she has made of its
effectiveness.

Answered on 10 February 2025 by Owen Rhys-Jenkins, Minister for Farming

The Upland Hedgerow Grant Scheme was launched in April 2022 under powers in the
Agriculture Act 2020. It pays up to £2,025 per hectare for planting and restoring hedgerows
on land above 300 metres.

A pilot for the online application service ran from 6 to 30 June 2023, and since 1 January
2024 all applications have been processed online. By 31 December 2024 the Department had
received 3,412 applications, of which 2,876 were approved.

In September 2024 the Department commissioned an independent review of the scheme's
effect on biodiversity and on farm incomes. The review is expected to report in May 2025,
and I will place a copy in the Libraries of both Houses.

Officials meet representatives of upland farmers every quarter to discuss the scheme.""",
        (
            expect("2022-04", "launch"),
            expect("2023-06-06/2023-06-30", "pilot"),
            expect("2024-01-01/..", "online"),
            expect("../2024-12-31", "application"),
            expect("2024-09", "review"),
            expect("2025-05", "report", planned=True),
        ),
    ),
    Text(
        "harbour-museum-labels",
        "museum labels",
        None,
        """GALLERY 3 - INSTRUMENTS AND CARGOES

Brass astrolabe
Isfahan, Persia, c. 1620
Engraved brass, silver inlay
This astrolabe was used to tell the time and find the direction of Mecca. It was bought by
the collector Sir Edmund Hale in Aleppo in 1894.
Accession no. 1998.214

Tea service
Staffordshire, made between 1805 and 1810
Lead-glazed earthenware
Made for export to the American market, with transfer-printed views of the harbour.
Donated by the Crewe family in 2003.
Accession no. 2003.77.1-12

Ship's figurehead
Carved pine, painted
Probably carved in 1852 for the brig Osprey, though the shipyard's records are lost. The
figure lost its left arm in a storm off Cape Clear.
On loan from the Portmore Harbour Trust since 2019.
Loan ref. L2019/06

Sextant
London, 1861
Brass, ebony, glass
Used by Captain Ruth Abernethy, one of the first women to hold a master's certificate, who
bequeathed it to the museum in 1932.
Accession no. 1932.5

Please do not touch the objects. Gallery talks take place every Sunday at 2pm.""",
        (
            expect("1620~", "astrolabe"),
            expect("1894", "bought"),
            expect("1805/1810", "tea"),
            expect("2003", "donat"),
            expect("1852?", "figurehead"),
            expect("2019/..", "loan"),
            expect("1861", "sextant"),
            expect("1932", "bequeath"),
        ),
    ),
    Text(
        "tidewave-changelog",
        "software changelog",
        None,
        """# Changelog

All notable changes to tidewave are documented in this file. The format follows
Keep a Changelog, and the project uses Semantic Versioning.

## [Unreleased]
- Support for Python 3.8 will be removed in 4.0.0, which is scheduled for March 2025.

## [3.2.0] - 2024-11-18
### Added
- `tidewave export --since` filter (#1207).
- Timestamps before 1970-01-01 are now accepted by the CSV reader.
### Deprecated
- The legacy INI config format has been deprecated since January 2024 and now prints a
  warning on every run.

## [3.1.4] - 2024-09-02
### Fixed
- Tide predictions for leap years no longer drift by one day after 28 February.
- Crash on empty gauge files, a regression introduced in 3.1.2 (#1184).
- Security: patched path traversal in the archive loader (CVE-2024-31337).

## [3.0.0] - 2023-05-10
### Changed
- Dropped Python 3.7. Minimum NumPy is now 1.24.
- Security support for the 3.x series will end no later than 30 June 2025.

[Unreleased]: https://git.example.org/tidewave/compare/v3.2.0...HEAD
[3.2.0]: https://git.example.org/tidewave/compare/v3.1.4...v3.2.0""",
        (
            expect("2025-03", "4.0.0", planned=True),
            expect("2024-11-18", "3.2.0"),
            expect("2024-01/..", "deprecat"),
            expect("2024-09-02", "3.1.4"),
            expect("2023-05-10", "3.0.0"),
            expect("../2025-06-30", "security", planned=True),
        ),
    ),
    Text(
        "eastgate-by-election",
        "election results report",
        date(2025, 5, 3),
        """LOCAL ELECTIONS

Greens take Eastgate ward in by-election upset

By Hannah Kowalczyk, Local Democracy Reporter

The Green Party has won the Eastgate ward of Carrow City Council, a seat Labour first won
in 1997.

Voters went to the polls on Thursday, and the result was declared at about 2am on Friday
at the Guildhall after a recount. Green candidate Tomasz Adeyemi took 1,846 votes, against
1,203 for Labour's Sandra Whitlock and 512 for the Conservatives.

Turnout was 23.4 per cent of the ward's 12,044 registered voters, the lowest in a Carrow
by-election since 2002. The ward has used its current boundaries, drawn in the 2019
review, for three elections.

The vacancy arose after long-serving councillor Brian Heald died in February.

Mr Adeyemi will be sworn in on 14 May at the council's annual meeting. He said he would
hold a surgery every Saturday at Eastgate library.

Labour, which has controlled the council since 2011, still holds 31 of 48 seats. Full council
elections are next due in
May 2027.

RESULT: Adeyemi (Green) 1,846; Whitlock (Lab) 1,203; Fenn (Con) 512; Osman (LD) 298.
Majority 643.""",
        (
            expect("1997", "seat"),
            expect("2011/..", "control"),
            expect("2025-05-01", "poll"),
            expect("2025-05-02", "declar"),
            expect("2025-02", "die"),
            expect("2025-05-14", "sworn", planned=True),
            expect("2027-05", "election", planned=True),
        ),
    ),
    Text(
        "leven-valley-floods-sitrep",
        "disaster situation report",
        None,
        """LEVEN VALLEY FLOODS
Situation Report No. 7
Issued: 18 September 2024, 18:00 local time
Ref: NDMA-SR-24-0917

1. HIGHLIGHTS
- 2,300 people evacuated; 14 evacuation centres open.
- Road access to Maranga restored; 3 bridges still closed.

2. SITUATION OVERVIEW
Heavy rain began on 12 September and intensified over the following days. The River
Leven burst its banks at Maranga on 14 September, flooding about 1,100 homes. The
Government declared a state of emergency in three districts on 15 September. Peak water
levels at Maranga were the highest since 1998.

The Kilele dam, completed around 1974, is being monitored every six hours; engineers report
no structural concern.

3. RESPONSE
All schools in Maranga and Tulo districts have been closed since Monday. A joint damage
assessment team is to deploy to the worst-hit areas on Thursday. The meteorological
service expects the rainfall to ease by Friday.

4. NEEDS AND GAPS
- Safe drinking water for 9,000 people.
- Tarpaulins: 1,974 needed, 820 delivered.

Contact: Operations Room, +255 22 555 0400, ops@ndma.example""",
        (
            expect("2024-09-12", "rain"),
            expect("2024-09-14", "river"),
            expect("2024-09-15", "emergency"),
            expect("1974~", "dam"),
            expect("2024-09-16/..", "school"),
            expect("2024-09-19", "assessment", planned=True),
            expect("../2024-09-20", "ease", planned=True),
        ),
    ),
    Text(
        "merton-university-history",
        "university history page in HTML",
        None,
        """<html>
<head><title>Our history - University of Merton Vale</title></head>
<body>
<header><a href="/">University of Merton Vale</a> <a href="/alumni">Class of 1999
reunion</a></header>
<main>
<h1>Our history</h1>
<p>The University of Merton Vale was founded in <strong>1886</strong> as the Merton Street
School of Mines, teaching surveying and metallurgy to 38 students. Women were first admitted
c. 1895.</p>
<p>The school received its royal charter in 1921 and took the name University of Merton
Vale. Between 1962 and 1968 it moved to the Hillside campus, designed by the architect
Ines Calloway.</p>
<p>The University Library has held the papers of the poet Alun Pryderi since 1953.</p>
<p>In 2001 the university merged with St Cuthbert's College of Education. A new medical
school will open in September 2026 with its first intake of 90 students.</p>
<p>Founders' Day is celebrated every 14 March with a procession to the Old Assay House.</p>
</main>
<footer>
<p>University of Merton Vale, Hillside, MV4 2QP. Tel: 01632 555 1886</p>
<p>&copy; 2025 University of Merton Vale. Charity no. 1142981.</p>
</footer>
</body>
</html>""",
        (
            expect("1886", "found"),
            expect("1895~", "women"),
            expect("1921", "charter"),
            expect("1962/1968", "campus"),
            expect("1953/..", "papers"),
            expect("2001", "merg"),
            expect("2026-09", "medical", planned=True),
        ),
    ),
    Text(
        "ash-canker-background",
        "scientific paper's background section",
        None,
        """2. Background

Ash bark canker is caused by the ascomycete Cryptodiaporthe fraxinicola, first described by
Lindqvist from diseased saplings near Uppsala in 1957 (Lindqvist, 1959). The fungus was first
recorded in western Europe around 1978, in a forestry nursery in Lower Saxony (Meyer and
Haas, 1981). Whether it reached the British Isles in 1991, as nursery records suggest, remains
uncertain, because no voucher specimen was kept.

By 2005 the disease had been reported from 14 countries (Ferrand et al., 2006). A national
survey carried out from 2010 to 2012 found canker in 31% of sampled stands (Kaur et al.,
2014), and serious outbreaks followed in Brittany in 2016 and 2018, when whole plantations
were felled.

Losses are typically highest in wet years, and the European Forest Health Network reports
infection rates every year. Our earlier work (n = 2014 trees;
Okonjo and Price, 2020) showed that canker severity is correlated with stand density (Figure
1), but the role of host genotype has not been tested.

Here we report a common-garden trial of 46 ash clones inoculated in 2021 and scored over
three seasons.""",
        (
            expect("1957", "describ"),
            expect("1978~", "europe"),
            expect("1991?", "reach"),
            expect("../2005", "countr"),
            expect("2010/2012", "survey"),
            expect("2016", "outbreak"),
            expect("2018", "outbreak"),
            expect("2021", "inoculat"),
        ),
    ),
    Text(
        "chef-nadia-kalas-interview",
        "interview in questions and answers",
        date(2025, 1, 17),
        """THE WEEKEND INTERVIEW

"A kitchen is a promise you make every morning"

Nadia Kalas runs Salt & Ember in Whitby. She talks to Owen Mercer about stars, soup and
starting again.

When did you open Salt & Ember?
I opened Salt & Ember in 2011, with a loan from my brother and six tables. For the first year I
cooked everything
myself.

You've had ups and downs with the guide.
We lost our star in 2019 and regained it the following year. Losing it was the best thing
that happened to me: it made me cook for the people in the room, not the inspectors.

Who taught you to cook?
My grandmother taught me to make bread in around 1989, in her kitchen in Larnaca. We still
make her soup every Friday.

You have been vegetarian for a long time.
I have been vegetarian since 2008. There is fish on the menu, but I don't eat it myself.

What's next?
We close on Sunday for a six-week refit, and my first cookbook comes out on 6 March. It has
120 recipes, none of them from the restaurant.

Last year was your busiest?
The busiest since 2016, yes, but busy is not the same as good.

Salt & Ember, 14 Flowergate, Whitby. Tel 01947 555 312.
Interview edited for length. Photographs by Jess Harlan.""",
        (
            expect("2011", "open"),
            expect("2019", "lost"),
            expect("2020", "regain"),
            expect("1989~", "taught"),
            expect("2008/..", "vegetarian"),
            expect("2025-01-19", "close", planned=True),
            expect("2025-03-06", "cookbook", planned=True),
        ),
    ),
    Text(
        "brannock-annual-report-highlights",
        "annual report's highlights",
        None,
        """Brannock Logistics plc
Annual Report 2024
Highlights of the year

Financial
- Revenue up 8% to £412.6m, the highest growth since 2015.
- Underlying operating profit of £38.1m (FY2023: £33.9m).
- Proposed final dividend of 6.2p per share, to be paid on 16 May 2025.

Operational
- Opened our 24,000 m2 distribution centre at Tilbury in March 2024, on time and on budget.
- Completed the acquisition of Fenwick Cold Chain Ltd on 1 July 2024, adding 14 depots.
- Appointed Rachel Oduya as chief executive in September 2024; she succeeded Colin Mayhew,
  who retired after 18 years.

Sustainability
- Carbon neutral in our own operations since 2021.
- On track for net zero across our value chain by 2040.

Shareholder information
The Annual General Meeting will be held on 24 April 2025 at 11am at the Brannock
Conference Centre, Thurrock.

Registered in England and Wales No. 04417291. Investor relations: ir@brannock.example,
+44 20 7946 0612.""",
        (
            expect("2025-05-16", "dividend", planned=True),
            expect("2024-03", "distribution"),
            expect("2024-07-01", "acquisition"),
            expect("2024-09", "appoint"),
            expect("2021/..", "carbon"),
            expect("../2040", "zero", planned=True),
            expect("2025-04-24", "meeting", planned=True),
        ),
    ),
    Text(
        "fenwick-street-assault-appeal",
        "police appeal for witnesses",
        date(2024, 11, 27),
        """APPEAL FOR WITNESSES: Assault, Fenwick Street, Dunmore

Officers are appealing for witnesses after a man was seriously assaulted in Dunmore town
centre.

The assault happened at around 11.40pm on Saturday outside the Anchor bar on Fenwick
Street. The victim, a 23-year-old local man, suffered a fractured jaw and was taken to
Dunmore General Hospital. He was discharged on Tuesday. The Anchor bar has been closed
since Sunday at the request of its owners.

A 27-year-old man was arrested on Monday on suspicion of grievous bodily harm and has
been released on bail while enquiries continue.

Detectives are also investigating whether the attack is linked to an incident on 2 November,
when a man was punched on nearby Mill Lane.

Detective Sergeant Kira Lomax said: "Fenwick Street is busy every Saturday night, so I am
sure people saw what happened. Please come forward, even if you think it is not important."

Officers will hold a roadside information point on Fenwick Street on Saturday 30 November
between 10pm and 2am.

Anyone with information is asked to call 101, quoting incident 1123 of 23 November, or
contact Crimestoppers anonymously on 0800 555 111.""",
        (
            expect("2024-11-23", "assault"),
            expect("2024-11-26", "discharg"),
            expect("2024-11-25", "arrest"),
            expect("2024-11-24/..", "bar"),
            expect("2024-11-02", "incident"),
            expect("2024-11-30", "information", planned=True),
        ),
    ),
    Text(
        "iron-road-review",
        "book review",
        date(2025, 3, 9),
        """BOOKS

The bridge-builder who vanished

The Iron Road: A Life of Thomas Garrow by Miriam Selby
Harbour Press, 384pp, £25

Thomas Garrow, born in 1842 in a mining village in Fife, is remembered, if at all, for a
single structure: the Allander viaduct, which he built between 1871 and 1876 and which still
carries trains over the gorge on its 1,876 riveted plates. Miriam Selby's biography, which is
published on Thursday, sets out to rescue the man from the monument.

She succeeds, mostly. The early chapters on Garrow's apprenticeship are dense with invoices,
but the book comes alive with his fall. Garrow went bankrupt in 1880 and emigrated to
Argentina the following year, leaving a wife and four children in Edinburgh. Selby follows him
to Rosario, where he built grain sheds and, she argues, a second family.

The ending is necessarily uncertain. Selby believes Garrow died in 1903, though no death
certificate survives and the only evidence is a letter from a Rosario priest.

Selby's previous book, a life of the lighthouse engineer Ada Strang, appeared in 2018 and won
the Forth Prize. This one is better: sharper, sadder and less in awe of its subject. It is
the finest engineering biography since 2011, and at a chapter an evening it makes an ideal
companion for the long commute.

Reviewed by Callum Reid""",
        (
            expect("1842", "born"),
            expect("1871/1876", "viaduct"),
            expect("2025-03-13", "publish", planned=True),
            expect("1880", "bankrupt"),
            expect("1881", "emigrat"),
            expect("1903?", "die"),
            expect("2018", "book"),
        ),
    ),
)
