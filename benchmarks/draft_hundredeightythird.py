"""The hundred-and-eighty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a gale warning for shipping, a cross-country running
report, a hospice appeal release, a shepherd's day book of the 1880s, a natterjack toad survey
report, a ferry pier's history, a culture minister's museum funding statement, a theatre
company HTML tour dates page, a coroner's inquest conclusion, a tannery's history and a model
railway club's newsletter. The organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, a decade, "next week", "recently") are left out of the
expected events, and so are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYTHIRD_CORPUS",)


HUNDREDEIGHTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "fjordair-grounded",
        "wire story with a dateline",
        date(2025, 6, 3),
        """KESTRAVIK, June 3 (Northline News) - Regional airline Fjordair suspended all of its
flights on Tuesday after its only maintenance contractor withdrew its certification,
leaving some 4,000 passengers stranded along the northern coast.

Fjordair said the contractor, Hallberg Aero Services, informed it on Sunday that it would
stop signing off repairs with immediate effect. The airline grounded its eight turboprops
the following morning.

The civil aviation authority opened an inquiry on May 27 into missing inspection records at
Hallberg, a spokesman said. Its findings are due by June 30.

Fjordair was founded in 1987 and has flown the coastal route to Brannholm since 1994. It
carried about 310,000 passengers in 2024, its best result since 2008.

Chief executive Ragna Solvik said the airline would resume a reduced timetable on Friday
with two aircraft leased from a Danish operator. Full service is expected to return on
July 14, she said. "Nobody is more sorry about this than we are."

Fjordair's first departure normally leaves Kestravik at 06:40 every weekday. Shares in its
parent company, Nordkyst Holding, fell 7.2 percent to 41.15 crowns in early trading.

(Reporting by Einar Dahl; Editing by Petra Lund)""",
        (
            expect("2025-06-03", "suspend", "flights"),
            expect("2025-06-01", "contractor"),
            expect("2025-06-02", "ground"),
            expect("2025-05-27", "inquiry"),
            expect("../2025-06-30", "findings", planned=True),
            expect("1987", "found"),
            expect("1994/..", "brannholm"),
            expect("2024", "passengers"),
            expect("2025-06-06", "resume", planned=True),
            expect("2025-07-14", "full", "service", planned=True),
        ),
    ),
    Text(
        "brightwater-laboratory",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE
20 November 2024

Brightwater Instruments opens £14 million calibration laboratory in Dunmere

DUNMERE, UK - Brightwater Instruments Ltd, the maker of precision pressure sensors, today
opened a £14 million calibration laboratory at its Dunmere campus, creating 60 jobs.

Construction began in March 2023 and was completed on 28 October 2024, two weeks ahead of
schedule. The laboratory is expected to receive its accreditation by the end of January,
allowing it to certify instruments for the aerospace and energy industries.

A second phase, adding an environmental test chamber, is planned to open in September 2026.

"Today is a proud moment for everyone at Brightwater," said chief executive Helen Ashdown.
"We have grown every year since 2010, and this laboratory lets us keep that promise."

About Brightwater Instruments
Brightwater was founded in a garage in Leeds in 1991 by engineers Harriet Cole and Sunil
Varma, and moved to Dunmere in 1999. The company has been listed on the AIM market since
2006. It employs around 480 people and exports to 37 countries. Its laboratories work to
ISO/IEC 17025.

Media contact: Jo Penrose, Brightwater Instruments, +44 113 496 0721,
press@brightwater.example

ENDS""",
        (
            expect("2024-11-20", "laboratory"),
            expect("2023-03", "construction"),
            expect("2024-10-28", "complet"),
            expect("../2025-01-31", "accreditation", planned=True),
            expect("2026-09", "chamber", planned=True),
            expect("1991", "found"),
            expect("1999", "dunmere"),
            expect("2006/..", "listed"),
        ),
    ),
    Text(
        "hollis-v-gaddis",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH

No. CA-2024-00817

HOLLIS MARINE SUPPLY, INC., Plaintiff-Appellant,
v.
TERRENCE GADDIS, Defendant-Appellee.

Filed February 6, 2025

OPINION

PERALTA, J.

Hollis Marine Supply, Inc. appeals the judgment of the Calder County Circuit Court, entered
on July 19, 2024, dismissing its claim that Terrence Gaddis breached a covenant not to
compete. We affirm.

I. BACKGROUND

Gaddis joined Hollis as a sales manager in 2011. His employment agreement, signed on
January 9, 2011, barred him from working for a competitor within 50 miles of any Hollis
store for two years after leaving. He resigned on or about March 3, 2023. On April 17, 2023,
he went to work for Lowtide Outfitters, a chandlery in Port Ansel, 46 miles from the nearest
Hollis store. Lowtide has operated in Port Ansel since 2016.

Hollis sued on June 2, 2023. The circuit court heard the case in a bench trial from March 4
to 6, 2024, and found that Lowtide sold almost none of the goods Hollis sells.

II. DISCUSSION

Under section 12 of the Restrictive Covenants Act of 1989, a covenant is enforceable only to
the extent that it protects a legitimate business interest. See Arden v. Coyle, 211 W.2d
404 (2003). The trial court's finding that the two businesses did not compete is supported
by substantial evidence, and we will not disturb it.

III. CONCLUSION

The judgment is affirmed. Costs on appeal to appellee.

We concur: MARSH, P.J., OYELARAN, J.""",
        (
            expect("2024-07-19", "judgment"),
            expect("2011", "gaddis", "join"),
            expect("2011-01-09", "agreement"),
            expect("2023-03-03~", "resign"),
            expect("2023-04-17", "lowtide"),
            expect("2016/..", "lowtide", "operat"),
            expect("2023-06-02", "sue"),
            expect("2024-03-04/2024-03-06", "trial"),
        ),
    ),
    Text(
        "varnholt-abbey",
        "encyclopedia history",
        None,
        """Varnholt Abbey

Varnholt Abbey is a ruined Cistercian monastery near the village of Varnholt in the upper
Selde valley. Its remains include the west front of the church and the lower walls of the
chapter house.

History

The abbey was founded c. 1142 by a colony of twelve monks from Lorsheim. Its church was
consecrated in 1187 by the bishop of Wendmark. The gatehouse is usually dated to 1290,
although some historians doubt this date. A fire destroyed the dormitory in 1349, and
another fire gutted the refectory in 1362.

At its height the abbey held some 1,200 manuscripts and farmed more than 4,000 acres. The
abbey was dissolved in 1538, and its lands were sold the following year to Sir Edmund Rayle,
whose family quarried the church for building stone.

Ruins

The ruins have been in the care of the Selde Heritage Trust since 1958. Excavations in 1971
and 1974 uncovered the foundations of the chapter house and a tiled floor, now displayed in
the visitor centre. The abbey is open daily from April to October.

See also
- List of Cistercian monasteries in Wendmark
- Lorsheim Abbey""",
        (
            expect("1142~", "found"),
            expect("1187", "consecrat"),
            expect("1290?", "gatehouse"),
            expect("1349", "fire", "dormitory"),
            expect("1362", "fire", "refectory"),
            expect("1538", "dissolv"),
            expect("1539", "sold"),
            expect("1958/..", "trust"),
            expect("1971", "excavation"),
            expect("1974", "excavation"),
        ),
    ),
    Text(
        "harlow-vale-ashby",
        "sports report",
        date(2024, 9, 15),
        """NORTHERN LEAGUE

Harlow Vale 3 Ashby Town 1

By Dev Malhotra
Sunday 15 September 2024

Harlow Vale went top of the Northern League with a 3-1 win over Ashby Town at Mill Lane on
Saturday, their first home win against Ashby since 2009.

Ashby led through a Liam Crowe penalty after 12 minutes, but Kofi Adjei, signed from
Portree in August, levelled before the break and added a second on 67 minutes. Substitute
Ross Ferrie made it 3-1 in stoppage time.

Adjei, who turned 30 on Thursday, now has six goals in five games. "He has been everything
we hoped for," said Vale manager Gwen Harte, in charge since January 2022. "But we have won
nothing yet."

Vale were promoted in May 2023 after finishing second in the Division One table, and they
have lost only once at home in the league this year.

They travel to Castleford on Wednesday and then host Duncombe on 28 September.

Harlow Vale: Pryce; Okoro, Bell, Dunne, Atherton; Kaye, Moss (Ferrie 78); Adjei, Lowe,
Sharma; Tully.
Attendance: 2,418.""",
        (
            expect("2024-09-14", "win"),
            expect("2024-08", "adjei", "sign"),
            expect("2024-09-12", "adjei", "30"),
            expect("2022-01/..", "harte"),
            expect("2023-05", "promot"),
            expect("2024-09-18", "castleford", planned=True),
            expect("2024-09-28", "duncombe", planned=True),
        ),
    ),
    Text(
        "grells-biscuits",
        "company history",
        None,
        """Our story

Grell's Biscuits began in 1868, when Tobias Grell opened a bakery on Quay Street in
Lensford. His daughter Ada took over the business in 1897 and built the first factory on
Mill Road two years later.

Around 1930 the company introduced the Lensford Ginger Crisp, still our best-seller. The
Mill Road works were requisitioned by the Admiralty from 1940 to 1945 and used as a store
for charts and naval instruments, while baking moved to a church hall across the river.

The factory was extended in 1962, 1968 and 1975, each time to make room for a faster oven
line. Our famous No. 7 recipe tin, designed in the 1950s, is still on every shelf.

Since 2003 the company has been owned by its 212 employees through an employee trust,
and it still bakes more than 40 million biscuits every year on the Mill Road site.

Looking ahead, we plan to open a second bakery at Harwell Park by 2027, so that we can bring
back some of the recipes Ada Grell wrote down in her notebook.

Grell's Biscuits Ltd, Mill Road, Lensford LN4 7QP. Company no. 00178654.""",
        (
            expect("1868", "bakery"),
            expect("1897", "ada"),
            expect("1899", "factory"),
            expect("1930~", "ginger", "crisp"),
            expect("1940/1945", "requisition"),
            expect("1962", "extend"),
            expect("1968", "extend"),
            expect("1975", "extend"),
            expect("2003/..", "trust"),
            expect("../2027", "harwell", planned=True),
        ),
    ),
    Text(
        "skylark-3-summary",
        "mission summary (space or scientific)",
        None,
        """SKYLARK-3 - MISSION SUMMARY

COSPAR ID: 2021-027A    Mass at launch: 212 kg    Orbit: 540 km, sun-synchronous

Skylark-3 is a small satellite that measures trace gases in the upper atmosphere with a
limb-sounding infrared spectrometer.

Launch and commissioning
Skylark-3 was launched on 14 April 2021 from the Aldholm launch site on a Veyra-2 rocket.
It reached its operational orbit on 2 May, and the spectrometer recorded first light on
19 May 2021.

Anomalies
A star tracker fault put the spacecraft into safe mode on 11 August 2021. Controllers
recovered it two days later by switching to the redundant unit. No science data were lost.

Operations
The primary mission ended on 30 April 2024 after more than 14,000 orbits. An extended
mission has been running since 1 May 2024, with a reduced schedule of limb scans three
times a day.

End of mission
The spacecraft will be lowered and deorbited no later than December 2027, in line with
space debris guidelines. A successor, Skylark-4, with twice the spectral resolution, is
expected to launch in 2029.

Contact: Skylark Science Office, mission-office@skylark.example""",
        (
            expect("2021-04-14", "launch"),
            expect("2021-05-02", "orbit"),
            expect("2021-05-19", "first", "light"),
            expect("2021-08-11", "safe", "mode"),
            expect("2021-08-13", "recover"),
            expect("2024-04-30", "primary", "mission"),
            expect("2024-05-01/..", "extended", "mission"),
            expect("../2027-12", "deorbit", planned=True),
            expect("2029", "skylark-4", planned=True),
        ),
    ),
    Text(
        "orrin-bridge-closure",
        "government statement",
        date(2025, 1, 28),
        """Ministry of Transport

Statement on the Orrin Bridge

Published 28 January 2025

The Orrin Bridge on the A94 will close to heavy goods vehicles from Monday after inspectors
found corrosion in two of its main suspension cables.

The inspection, carried out on 21 and 22 January, was ordered after a routine survey in
December 2024 recorded unusual movement in the bridge deck. Engineers have advised that
vehicles over 7.5 tonnes must not cross until the cables have been replaced.

A signed diversion via Kelby will be in place from 10 February to 31 March, while a
temporary traffic management scheme is built on the northern approach. Cars, buses and
emergency vehicles may continue to use the bridge.

The bridge opened in 1967 and was last strengthened in 2004. Repairs are expected to take
about eighteen months, and the bridge is to reopen fully to all traffic by September 2026.

The Minister of State for Roads, Alys Brennock, will visit the site on Thursday to meet
hauliers and local businesses.

"Safety must come first, and I know this will cause real difficulty for people who depend on
the bridge," she said.

Enquiries: Ministry of Transport press office, 0300 330 3000. Reference: MOT/2025/0114""",
        (
            expect("2025-02-03", "close", planned=True),
            expect("2025-01-21", "inspection"),
            expect("2025-01-22", "inspection"),
            expect("2024-12", "survey"),
            expect("2025-02-10/2025-03-31", "diversion", planned=True),
            expect("1967", "open"),
            expect("2004", "strengthen"),
            expect("../2026-09", "reopen", planned=True),
            expect("2025-01-30", "visit", planned=True),
        ),
    ),
    Text(
        "wexcombe-corn-exchange",
        "HTML news page",
        date(2025, 4, 23),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Old Corn Exchange to become town library | Wexcombe Echo</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Old Corn Exchange to become town library</h1>
<p class="byline">By Sara Quint | <time datetime="2025-04-23">23 April 2025</time></p>
<p>Councillors in Wexcombe voted on Tuesday to turn the town's derelict Corn Exchange into a
public library and study centre.</p>
<p>The Grade II listed building, completed in 1854, has stood empty since 2011, when its
last tenant, a carpet warehouse, closed.</p>
<p>A public consultation ran from 3 to 28 February and drew some 1,400 responses, nine in
ten of them in favour.</p>
<p>Work is scheduled to begin in October, and the library is expected to open by June 2027.
The existing library on Bell Street, opened around 1972, will close once the move is
complete.</p>
<p>"This building has waited a long time," said council leader Priya Danvers.</p>
<figure><img src="/img/corn-exchange-1910.jpg" alt="">
<figcaption>The Corn Exchange in 1910. Photo: Wexcombe Archive</figcaption></figure>
</article>
<footer><p>&copy; 2025 Wexcombe Echo. Call the newsdesk on 01632 960418.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-22", "vote"),
            expect("1854", "complet"),
            expect("2011/..", "empty"),
            expect("2011", "warehouse"),
            expect("2025-02-03/2025-02-28", "consultation"),
            expect("2025-10", "work", planned=True),
            expect("../2027-06", "library", "open", planned=True),
            expect("1972~", "bell", "street"),
        ),
    ),
    Text(
        "gale-warning-westbank",
        "gale warning for shipping",
        date(2025, 5, 8),
        """SECURITE SECURITE SECURITE

GALE WARNING 2025/114
ISSUED BY THE NORTHERN MARITIME WEATHER OFFICE AT 0505 UTC ON THURSDAY 8 MAY 2025

THIS WARNING REPLACES GALE WARNING 113, WHICH WAS ISSUED AT 2210 UTC ON WEDNESDAY 7 MAY.

AREAS: CARRICK, WESTBANK, SOUND OF ARLE

CARRICK: SOUTHWEST GALE FORCE 8, OCCASIONALLY SEVERE GALE 9 LATER.
WESTBANK: SOUTHWEST VEERING WEST GALE FORCE 8 EXPECTED SOON.
SOUND OF ARLE: SOUTHWEST 6 TO GALE 8. SEA STATE ROUGH OR VERY ROUGH.

GENERAL SYNOPSIS: ATLANTIC LOW, 975 HECTOPASCALS, MOVING STEADILY EAST-NORTHEAST. THE LOW
IS EXPECTED TO REACH WESTBANK BY 1800 UTC FRIDAY, FILLING SLOWLY. WINDS ARE EXPECTED TO
EASE ON SATURDAY. A SECOND LOW IS FORECAST TO ARRIVE ON OR ABOUT 12 MAY.

NOTES: GALE WARNINGS FOR CARRICK HAVE BEEN IN FORCE SINCE MONDAY. THE HARBOUR MASTER AT
PORT VENN CLOSED THE OUTER HARBOUR ON TUESDAY AND ADVISES SMALL CRAFT TO REMAIN IN PORT.
WARNINGS ARE BROADCAST ON VHF CHANNEL 16 AND NAVTEX STATION K EVERY FOUR HOURS.

NEXT WARNING WILL BE ISSUED BY 1105 UTC.
NNNN""",
        (
            expect("2025-05-07", "warning", "113"),
            expect("2025-05-05/..", "carrick"),
            expect("2025-05-06", "harbour"),
            expect("../2025-05-09", "low", "westbank", planned=True),
            expect("2025-05-10", "ease", planned=True),
            expect("2025-05-12~", "second", "low", planned=True),
        ),
    ),
    Text(
        "fellside-harriers-county",
        "cross-country running report",
        date(2024, 12, 2),
        """FELLSIDE HARRIERS - CLUB NEWS
Monday 2 December 2024

County Cross-Country Championships, Brockhall Park

Fellside Harriers sent 34 runners to the County Cross-Country Championships at Brockhall
Park on Saturday, and came home with two individual titles and three team medals.

Ellie Marsh won the under-17 women's race by eleven seconds after leading from the first
hill, and Sam Okafor took the under-15 boys' title in a sprint finish. The senior men
finished third as a team, their best placing since 2015, with Rob Teague 14th in 38:52 over
the heavy 10 km course.

The previous weekend, on 24 November, the club hosted the second fixture of the Dales
League at Tarn Moor, with 412 finishers in the five races. Thanks to all the marshals.

Coming up: the Northern Championships are at Witton Park on 11 January, and the National
is at Bellmont on 22 February. Entries for the Northerns must reach Dave Hirst by Friday.

Coach Pat Ryle, who has led the endurance group since 2016, says anyone is welcome at the
Tuesday and Thursday sessions, 7pm at the club hut. The club was formed in 1979 by six
runners from the Fellside ironworks, and now has 260 members.""",
        (
            expect("2024-11-30", "championships"),
            expect("2024-11-24", "league"),
            expect("2025-01-11", "northern", planned=True),
            expect("2025-02-22", "national", planned=True),
            expect("../2024-12-06", "entries", planned=True),
            expect("2016/..", "ryle"),
            expect("1979", "form"),
        ),
    ),
    Text(
        "st-brannocs-appeal",
        "hospice appeal release",
        date(2025, 3, 10),
        """NEWS RELEASE - St Brannoc's Hospice, Callowmouth
10 March 2025

St Brannoc's Hospice launches £2.5 million appeal for new day unit

St Brannoc's Hospice in Callowmouth today launched a £2.5 million appeal to build a new day
unit for people living with life-limiting illness and their families.

The current day unit, a converted bungalow, has been in use since 1998 and can take only
twelve patients a day. The new building will have treatment rooms, a garden room and space
for carers' support groups.

Building work is planned to start in January 2026, and the unit is expected to open in
about 2027. The hospice aims to reach its appeal target by 31 December 2025.

The first fundraiser, a sponsored walk along the Callowmouth cliff path, will take place on
Sunday 6 April. Walkers can register online or at any of the hospice's nine shops.

St Brannoc's opened in 1986 with six beds and added its community nursing team in 1993.
Each year it cares for more than 1,100 patients in their own homes and on its wards.

"Every pound raised will make a difference to a family at the hardest time of their lives,"
said chief executive Morwenna Tait.

Media enquiries: Kit Hosking, 01632 960733, press@stbrannocs.example
Registered charity no. 1019862""",
        (
            expect("2025-03-10", "appeal"),
            expect("1998/..", "bungalow"),
            expect("2026-01", "building", "work", planned=True),
            expect("2027~", "unit", "open", planned=True),
            expect("../2025-12-31", "target", planned=True),
            expect("2025-04-06", "walk", planned=True),
            expect("1986", "open"),
            expect("1993", "nursing"),
        ),
    ),
    Text(
        "aikman-day-book-1884",
        "shepherd's day book of the 1880s",
        None,
        """DAY BOOK of John Aikman, shepherd at Glenruther Hill. 1884.

Mar. 3. Monday. Snow in the night, 3 inches. Took the hoggs down to the low park & gave
them hay.

Mar. 10. First lambs at Craigend, a pair of twins off the old blackface ewe.

Mar. 11 to 14. Lambing in the home hirsel, 61 lambs, 4 dead. Wind east & very cold.

Apr. 2. At Moffat fair. Sold 40 cast ewes to Mr Lindsay, Drumcorran, at 19s. each.

Apr. 28. Master says the clipping to be on or about the 20th June, if the weather holds.
Old Tam Rae, who has herded the Craigend hirsel since 1851, to help with the dogs.

Jun. 21. Clipped at Craigend, 412 fleeces. Wet in the afternoon. 2 ewes cut.

Jul. 4. Paid Wm. Scott his half-year's fee, £9. Gave him the grey collie pup, no. 7 of
Meg's litter.

Memo. The ewe hogg marked 1880 on the near horn is lame since the lambing. Salve every
morning.""",
        (
            expect("1884-03-03", "hogg"),
            expect("1884-03-10", "first", "lamb"),
            expect("1884-03-11/1884-03-14", "lambing"),
            expect("1884-04-02", "sold", "ewe"),
            expect("1884-06-20~", "clipping", planned=True),
            expect("1851/..", "herd"),
            expect("1884-06-21", "clip", "craigend"),
            expect("1884-07-04", "fee"),
        ),
    ),
    Text(
        "saltholme-natterjacks-2024",
        "natterjack toad survey report",
        None,
        """SALTHOLME DUNES CONSERVATION GROUP
Natterjack Toad (Epidalea calamita) Survey - 2024 Season Report
Report ref. NT/24/07. Prepared by Carys Penhale, licensed surveyor.

1. Summary
Surveys were carried out on nine nights between 2 April and 18 June 2024, following the
standard method of counting calling males, spawn strings and toadlets. Monitoring at the
site began in 1995.

2. Results
The first calling males were heard on 4 April, and the first spawn strings were found on
12 April at Pool 3, the earliest first spawning recorded at the site. The peak count was 63
calling males on the night of 23 April.

Pool 5 dried out on or about 28 May, with the loss of an estimated 14 strings. Toadlets were
first seen leaving Pool 3 on 18 June. The new scrapes at Pools 6 and 7, dug in February 2022
under licence, held spawn for the first time.

Table 1. Spawn strings by pool: Pool 1 - 9; Pool 3 - 31; Pool 5 - 14; Pool 6 - 4; Pool 7 - 2.

3. Recommendations
Pool 5 should be re-profiled by 28 February 2025, before the next breeding season, to hold
water for longer. The next full survey is scheduled to start on 1 April 2025.

Grid reference: NZ 5121 2290.""",
        (
            expect("2024-04-02/2024-06-18", "survey"),
            expect("1995", "monitoring"),
            expect("2024-04-04", "calling", "males"),
            expect("2024-04-12", "spawn"),
            expect("2024-04-23", "peak"),
            expect("2024-05-28~", "pool", "dried"),
            expect("2024-06-18", "toadlets"),
            expect("2022-02", "scrapes"),
            expect("../2025-02-28", "re-profile", planned=True),
            expect("2025-04-01", "survey", planned=True),
        ),
    ),
    Text(
        "ardcallow-pier",
        "ferry pier's history",
        None,
        """Ardcallow Pier: a short history

The first timber jetty at Ardcallow was built in about 1820 by the laird of Ardcallow, to
land coal and lime for his estate. It was replaced by the present stone pier, designed by
the engineer Robert Gillies, which opened on 14 July 1846.

Paddle steamers from Glasgow called daily through the summer months, and the pier was
lengthened in 1889 and again in 1911 to take the larger turbine steamers. A waiting room and
ticket office were added the following year, and they still stand at the pier head.

Car ferries have sailed from the pier to Inchmore since 1972, loading over a ramp on the
north face. The crossing takes 25 minutes and the ferry makes up to 14 return
sailings a day.

The pier was badly damaged in a storm on 11 January 2005 and reopened on 3 October, after
nine months of repairs to its outer wall.

The council plans to replace the linkspan by 2028, and the pier trust is raising money to
restore the old waiting room as a small museum.

Ardcallow Pier Trust, Shore Road, Ardcallow. Open daily, 9am to 5pm.""",
        (
            expect("1820~", "jetty"),
            expect("1846-07-14", "pier", "open"),
            expect("1889", "lengthen"),
            expect("1911", "lengthen"),
            expect("1912", "waiting", "room"),
            expect("1972/..", "ferries"),
            expect("2005-01-11", "storm"),
            expect("2005-10-03", "reopen"),
            expect("../2028", "linkspan", planned=True),
        ),
    ),
    Text(
        "museums-funding-statement",
        "culture minister's museum funding statement",
        date(2025, 2, 6),
        """Department for Culture, Heritage and Sport

Written statement by the Minister for Culture, Orla Whitcombe
6 February 2025

Today I am announcing £18 million of capital funding for regional museums, the largest
investment of its kind since 2008.

The Harrowgate Museum of Industry, which has been closed since March 2023 because of
failing electrics, will receive £4.2 million and is expected to reopen by the end of 2026.

The Tidewater Gallery in Port Sallow, founded in 1904, will receive £1.1 million to restore
its roof, which was damaged by storms on 2 and 3 November 2023.

This funding builds on the £9 million Museums Renewal Fund that I launched in June 2024,
which has already supported 41 projects under the Museums and Galleries Act 1992.

Applications for the second round open on Monday and close on 31 March. Museums of every
size are encouraged to apply.

I will visit the Harrowgate museum on Friday to see the work for myself.

Notes to editors
1. Funding is administered by Arts and Heritage Wessex.
2. A full list of awards is available at gov.example/museums-2025.
3. Press office: 020 7946 0112.""",
        (
            expect("2025-02-06", "announc"),
            expect("2023-03/..", "harrowgate", "closed"),
            expect("../2026", "reopen", planned=True),
            expect("1904", "found"),
            expect("2023-11-02", "storm"),
            expect("2023-11-03", "storm"),
            expect("2024-06", "renewal", "fund"),
            expect("2025-02-10", "applications", planned=True),
            expect("2025-03-31", "close", planned=True),
            expect("2025-02-07", "visit", planned=True),
        ),
    ),
    Text(
        "lanternfish-salt-road-tour",
        "theatre company HTML tour dates page",
        date(2025, 8, 12),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>The Salt Road - Tour dates | Lanternfish Theatre</title>
</head>
<body>
<header><a href="/">Lanternfish Theatre</a> <a href="/shows">Shows</a>
<a href="/tour">Tour</a> <a href="/about">About</a></header>
<main>
<h1>The Salt Road: UK tour 2025</h1>
<p class="updated">Page updated Tuesday 12 August 2025</p>
<p>Our new production ran from 24 July to 2 August at the Quayside Studio, Kelmouth, to
sold-out houses. Now it goes on the road.</p>
<h2>Tour dates</h2>
<ul class="dates">
<li>10-13 September &middot; Riverside Playhouse, Dunholm &middot; 7.30pm</li>
<li>17 &amp; 18 September &middot; Corn Hall, Thaxby &middot; 7.30pm</li>
<li>Tue 23 - Sat 27 September &middot; The Lyric, Harrowby &middot; 7.45pm, Sat mat 2.30pm</li>
<li>8-11 October &middot; Arden Rooms, Callowmouth &middot; 7.30pm</li>
</ul>
<p>Tickets for Harrowby go on sale on Friday. Running time 2 hours 10 minutes including an
interval. Suitable for ages 12+.</p>
<h2>About us</h2>
<p>Lanternfish was founded in 2009 by Ines Carrow and Tobi Welsh, and has toured every
autumn since. Registered charity 1148823.</p>
</main>
<footer>Box office: 01632 960551 &middot; hello@lanternfish.example</footer>
</body>
</html>""",
        (
            expect("2025-07-24/2025-08-02", "kelmouth"),
            expect("2025-09-10/2025-09-13", "dunholm", planned=True),
            expect("2025-09-17", "thaxby", planned=True),
            expect("2025-09-18", "thaxby", planned=True),
            expect("2025-09-23/2025-09-27", "harrowby", planned=True),
            expect("2025-10-08/2025-10-11", "callowmouth", planned=True),
            expect("2025-08-15", "tickets", planned=True),
            expect("2009", "found"),
        ),
    ),
    Text(
        "cray-inquest-conclusion",
        "coroner's inquest conclusion",
        None,
        """HM CORONER FOR WEST TREMORDEN
Inquest touching the death of Martin Alwyn CRAY
Ref. 2024/0917

RECORD OF INQUEST - CONCLUSION

Mr Cray, aged 58, of Chapel Row, Tremorden, had worked as a self-employed roofer since
1991. On 6 November 2024, at about 10.40am, he fell some four metres from an extension
ladder while repairing a gutter at a house on Penrose Terrace. He was taken to Tremorden
General Hospital, where he died two days later from a head injury.

The inquest was opened on 14 November 2024 and adjourned for further enquiries. The
Health and Safety Executive inspected the ladder on 19 November and found that one of its
stabiliser feet was missing. Mr Cray's son told the court the ladder had been bought in
about 2012.

The inquest resumed on 4 March 2025 and concluded the following day. Having heard the
evidence, I find that Mr Cray died as a result of an accident.

Conclusion: Accident.

Prevention of future deaths
Under paragraph 7 of Schedule 5 to the Coroners and Justice Act 2009, I will write to the
manufacturer about the design of the stabiliser fixing. The manufacturer must respond by
30 April 2025.

R. Penwarden, Assistant Coroner""",
        (
            expect("1991/..", "roofer"),
            expect("2024-11-06", "fell"),
            expect("2024-11-08", "died"),
            expect("2024-11-14", "inquest", "open"),
            expect("2024-11-19", "inspect"),
            expect("2012~", "ladder", "bought"),
            expect("2025-03-04", "resum"),
            expect("2025-03-05", "conclu"),
            expect("../2025-04-30", "respond", planned=True),
        ),
    ),
    Text(
        "hebblethwaite-tannery",
        "tannery's history",
        None,
        """The Hebblethwaite Tannery, Scarbeck

Leather has been made beside the Scar Beck for four centuries. A tanner named William
Oddie is recorded at Scarbeck in 1612, working pits on the site of today's lime yard.

The present tannery was established in 1793 by Josiah Hebblethwaite, a currier from Kendal.
Its water wheel, which still turns, possibly dates from 1760 and may have come from an
older corn mill. The works burned down in 1836 and were rebuilt the following year, in
stone, with the long drying loft that gives the building its shape.

Around 1905 the firm added chrome tanning to its traditional oak-bark pits, and it supplied
leather for army boots and harness from 1914 to 1918.

The tannery has been owned by the Cawood family since 1962. It is one of only two oak-bark
tanneries left in the country, and each hide still spends about fourteen months in the pits.

A visitor centre in the old bark store is to open in 2026, with tours of the pits, the
drying loft and the wheel.

Hebblethwaite & Co. (Tanners) Ltd, Beck Side, Scarbeck. Tel. 01632 960902.""",
        (
            expect("1612", "oddie"),
            expect("1793", "establish"),
            expect("1760?", "wheel"),
            expect("1836", "burn"),
            expect("1837", "rebuilt"),
            expect("1905~", "chrome"),
            expect("1914/1918", "army", "boots"),
            expect("1962/..", "cawood"),
            expect("2026", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "ashgrove-signal-box-87",
        "model railway club's newsletter",
        date(2024, 10, 28),
        """THE SIGNAL BOX
Newsletter of the Ashgrove Model Railway Club - Issue 87 - 28 October 2024

From the chair
What a weekend! Our annual exhibition at St Wilfrid's Hall on 19 and 20 October drew 1,310
visitors, and the new Ashgrove Junction layout, begun in January 2022, ran all day without a
single derailment. Special thanks to Gordon Pike, whose 00 gauge model of GWR No. 2918 was
much admired.

Club notes
The club was founded in 1968 by four members of the Ashgrove Rail Society, and we have met
in the old school on Linden Road since 1987. Club nights are every Tuesday from 7pm.

Dates for your diary
- Running session on the Ashgrove Junction layout: Saturday, 10am.
- Annual general meeting: Tuesday 12 November, 7.30pm.
- Subscriptions (still £35, unchanged since 2019) are due by 31 December.
- The committee plans a trip to the Pendlebury Railway Museum in March 2025; names to Sue.

For sale: Hornby class 37 in BR blue, boxed, £45. Contact the editor, Alan Finch,
on 01632 960287.""",
        (
            expect("2024-10-19", "exhibition"),
            expect("2024-10-20", "exhibition"),
            expect("2022-01", "layout"),
            expect("1968", "found"),
            expect("1987/..", "school"),
            expect("2024-11-02", "running", "session", planned=True),
            expect("2024-11-12", "general", "meeting", planned=True),
            expect("../2024-12-31", "subscriptions", planned=True),
            expect("2025-03", "trip", planned=True),
        ),
    ),
)
