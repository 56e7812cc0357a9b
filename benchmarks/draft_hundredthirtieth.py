"""The hundred-and-thirtieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind. Twenty styles, one text each: a wire story with a dateline, a press release, a
court opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, an earthquake bulletin, a marathon results
report, a patent office notice, a ship's surgeon's diary, a software release changelog in prose,
a brewery history, a consulate statement, an archaeological dig season report, a competition
authority decision, an orchestra's anniversary history and a water utility outage notice. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, "next week", "recently"), habits, comparisons and document furniture are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTIETH_CORPUS",)


HUNDREDTHIRTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "estuary-tunnel-reopens",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMARSK, March 14 (Northwind Wire) - Freight trains ran through the Kessel rail tunnel
under the Orve estuary on Thursday, eleven weeks after part of its concrete lining gave way.

The lining failed on December 27, 2024, when a 40-metre section near the northern portal
buckled after days of heavy rain. No train was in the tunnel at the time.

Operator Ostlink said passenger services would resume on Monday, March 24, once signalling
tests are complete. Night sleepers to the capital are to return on April 7.

Transport minister Aino Relander, who inspected the repairs on March 3, told reporters the
closure had been the worst disruption on the line since 1979. She has ordered an independent
inquiry, which must report no later than June 30.

The tunnel was opened in 1962 and rebuilt between 1988 and 1991. Ostlink engineers walk its
full length every night, and the company said those checks had found no sign of the fault.

Repairs cost some 14.5 million crowns, Ostlink said, and about 2,100 freight trains were
diverted via the inland route during the closure.

"We owe the people of the estuary an apology," said Ostlink chief executive Per Lindqvist.
Lindqvist, who joined the company in around 2009, said he would not resign.

(Reporting by Hanne Solberg; Editing by Marc Devereux)""",
        (
            expect("2025-03-13", "freight"),
            expect("2024-12-27", "lining"),
            expect("2025-03-24", "passenger", planned=True),
            expect("2025-04-07", "sleepers", planned=True),
            expect("2025-03-03", "relander"),
            expect("../2025-06-30", "inquiry", planned=True),
            expect("1962", "opened"),
            expect("1988/1991", "rebuilt"),
            expect("2009~", "lindqvist"),
        ),
    ),
    Text(
        "cleanroom-plant-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvorsen Medical opens cleanroom plant in Tessby

TESSBY, 4 June 2024 - Halvorsen Medical AB, a maker of single-use surgical instruments, today
opened its new cleanroom plant in the Tessby business park, the largest investment in the
company's history.

Construction of the 18,000 square-metre plant began in September 2022, and the contractor
handed the building over on 15 March 2024. Validation runs took place from 2 to 19 April,
and the plant has been certified under ISO 13485.

The first commercial shipments will leave the plant on Monday 17 June. Halvorsen expects the
site to reach its full capacity of 40 million instruments a year by December 2025. A second
production line is planned for 2026.

"Tessby gives us room to grow for the next twenty years," said chief executive Johan Ekberg.
"We have hired about 120 of the 180 people we need, and we are still recruiting."

Halvorsen has cut its carbon emissions by 30 per cent since 2019, and the new plant runs
entirely on electricity from the regional wind farms.

About Halvorsen Medical
Halvorsen Medical was founded in 1987 in Vellinge by the surgeon Karin Halvorsen. The company
has been listed on the Nordic Growth Market since 2011 and employs 1,450 people in six
countries.

Press contact:
Sofia Engdahl, Head of Communications
+46 40 555 01 23 | press@halvorsen-medical.example""",
        (
            expect("2024-06-04", "plant", "opened"),
            expect("2022-09", "construction"),
            expect("2024-03-15", "handed"),
            expect("2024-04-02/2024-04-19", "validation"),
            expect("2024-06-17", "shipments", planned=True),
            expect("../2025-12", "capacity", planned=True),
            expect("2026", "line", planned=True),
            expect("1987", "founded"),
            expect("2011/..", "listed"),
        ),
    ),
    Text(
        "warehouse-dismissal-appeal",
        "court opinion",
        None,
        """IN THE EMPLOYMENT APPEAL COURT OF WESTMARCH
Case No. EAC/2023/0418

BETWEEN: ROSALIND ACHTERBERG (Appellant)
and DUNMORE LOGISTICS LIMITED (Respondent)

JUDGMENT

1. This is an appeal against the decision of the Employment Tribunal sitting at Carrow that
the appellant was fairly dismissed within the meaning of section 98(4) of the Employment
Rights Act 1996.

2. The respondent has operated the Dunmore distribution depot since 2009. The appellant
joined the respondent as a warehouse supervisor on 1 March 2015. She was dismissed on 8
November 2021, following a disciplinary hearing about a stock discrepancy of 1,742 units.

3. Her claim was presented to the tribunal on or about 3 February 2022. The tribunal heard
evidence from 14 to 16 June 2022 and gave its reserved judgment on 29 July 2022, dismissing
the claim.

4. The notice of appeal was lodged on 9 September 2022. By an order of the registrar, the
respondent was to file its answer by 31 October 2022 at the latest, and it did so. We heard
argument on 23 January 2024.

5. In our judgment the tribunal did not ask itself whether dismissal fell within the range
of reasonable responses; it asked whether it would itself have dismissed. That is the error
identified in many earlier appeals, and it vitiates the decision.

6. The appeal is allowed. The claim is remitted to a differently constituted tribunal, which
is to hear it again before 30 June 2024. No order as to costs.""",
        (
            expect("2009/..", "depot"),
            expect("2015-03-01", "joined"),
            expect("2021-11-08", "dismissed"),
            expect("2022-02-03~", "claim"),
            expect("2022-06-14/2022-06-16", "evidence"),
            expect("2022-07-29", "judgment"),
            expect("2022-09-09", "appeal"),
            expect("../2022-10-31", "answer"),
            expect("2024-01-23", "argument"),
            expect("../2024-06-30", "remitted", planned=True),
        ),
    ),
    Text(
        "karsholm-abbey",
        "encyclopedia history",
        None,
        """Karsholm Abbey

Karsholm Abbey is a former Cistercian monastery on the eastern shore of Lake Ulvsjö, now a
ruin in the care of the national heritage board.

History

The abbey was founded c. 1140 by monks from the mother house at Varnhem. A charter that may
date from 1142, and survives only in a later copy, records the grant of the lakeside estate
by the local magnate Sune Folkesson. The abbey church was consecrated in 1187 and, with a
nave of 64 metres, was the largest building in the diocese.

The community prospered for three centuries, at its height housing about 60 monks and twice
as many lay brothers. At the Reformation the abbey was dissolved, in 1536, and its lands
passed to the crown. The Ravnsborg family held the estate from 1538 to 1721, quarrying the
claustral buildings for stone for their manor.

Archaeology and conservation

Excavations in 1911, 1928 and 1964 uncovered the chapter house, the cloister walk and a
cemetery of some 300 graves. The ruins have been protected as a national monument since 1954.
A conservation programme for the church walls is scheduled to be completed in 2027.

The abbey gives its name to the Karsholm Psalter (MS 1187), a thirteenth-century manuscript
now in the national library; the shelfmark has no connection with the date of consecration.

See also
- List of Cistercian monasteries in Scandinavia""",
        (
            expect("1140~", "founded"),
            expect("1142?", "charter"),
            expect("1187", "consecrated"),
            expect("1536", "dissolved"),
            expect("1538/1721", "ravnsborg"),
            expect("1911", "excavations"),
            expect("1928", "excavations"),
            expect("1964", "excavations"),
            expect("1954/..", "protected"),
            expect("2027", "conservation", planned=True),
        ),
    ),
    Text(
        "rovers-late-winner",
        "sports report",
        date(2024, 11, 10),
        """Amankwah header sinks Castle Park leaders

By Dominic Reyes, Football Correspondent

Harwick Rovers ended Castle Park United's unbeaten run with a 2-1 win in Harwick on Saturday,
Joel Amankwah heading the winner in the 88th minute in front of 11,204 supporters.

United led through a Felipe Moura penalty after 23 minutes, but Rovers levelled before the
break when Callum Shore turned in Nico Baptiste's cross. It was Rovers' first league win
against United since 2014.

Amankwah, signed from Dunmore Athletic in January, now has nine goals in all competitions.
"He was the last man I expected to win a header," said Rovers manager Ilse Brandt, in charge
since March 2022. "But that's why we bought him."

Rovers, champions in 1998, 2003 and 2007, climb to fourth, three points behind United. They
play at Kelby Town on Wednesday before the draw for the third round of the cup is made on 18
November.

United manager Gerrit Vos complained about the penalty count: "We get one a season here."
His side train every morning at the old Castle Park ground and are back at home next weekend.

Harwick Rovers: Pell; Okoro, Shore, Lund, Baptiste; Marr, Doyle (Feeney 71); Kanu, Osei,
Wright (Mbatha 80); Amankwah.""",
        (
            expect("2024-11-09", "rovers"),
            expect("2024-01", "amankwah", "signed"),
            expect("2022-03/..", "brandt"),
            expect("1998", "champions"),
            expect("2003", "champions"),
            expect("2007", "champions"),
            expect("2024-11-13", "kelby", planned=True),
            expect("2024-11-18", "draw", planned=True),
        ),
    ),
    Text(
        "pellow-cycles-history",
        "company history",
        None,
        """Our story - Pellow Cycles

A workshop in Mill Lane

Pellow Cycles was founded in 1921 by Albert Pellow, a former railway fitter, who built frames
by hand in a rented workshop in Mill Lane, Oakworth. His first catalogue offered three models,
the cheapest priced at four guineas.

The company moved to larger premises in Eastgate in 1934, and began exporting to the Low
Countries the following year. In about 1950 it introduced the Pellow Tourer, which stayed in
the range for thirty years and sold more than 200,000 units.

Growth and change

Pellow acquired its Birmingham rival Swiftwheel in 1973 and opened an assembly plant in
Portugal in 1979. The Eastgate works closed in the 1990s, when production moved to the
Portuguese plant.

Back to Oakworth

Since 2015 every Pellow frame has again been welded in Oakworth, in a new workshop a short
walk from Mill Lane. Our frame builders still stamp each frame with its serial number, and
number 1921 hangs in the reception, a nod to the year we began.

A new headquarters and visitor centre, beside the canal, is planned to open in 2026.

Pellow Cycles Ltd, Registered in England No. 00174412""",
        (
            expect("1921", "founded"),
            expect("1934", "moved"),
            expect("1935", "exporting"),
            expect("1950~", "tourer"),
            expect("1973", "swiftwheel"),
            expect("1979", "portugal"),
            expect("2015/..", "welded"),
            expect("2026", "headquarters", planned=True),
        ),
    ),
    Text(
        "talis-sample-return",
        "mission summary",
        None,
        """TALIS - Mission Summary

Mission type: asteroid sample return
Operator: Nordic-Iberian Space Consortium (NISC)
Target: near-Earth asteroid (163918) Oronsay

Overview
TALIS was first proposed to the consortium's science board in around 2012 as a low-cost
follow-up to earlier sample-return missions. It was approved in 2016.

The spacecraft was launched on 14 March 2021 from the Kourou launch site aboard a Vega-C
rocket. After a gravity-assist flyby of Earth on 5 December 2022, it cruised for a further
ten months. Contact was lost for some 40 hours beginning on 7 July 2023, when a star tracker
reset; the spacecraft recovered autonomously.

TALIS entered orbit around Oronsay on 2 October 2023 and released its small lander, MERLE, on
19 November. MERLE touched down two days later and returned 63 images before its battery was
exhausted.

Sampling and return
The main spacecraft collected about 120 grams of regolith in a touch-and-go manoeuvre.
Engineers must commit to the return burn no later than 30 April 2025. The sample capsule is
expected to land at the landing range in the Zanzara desert in September 2026.

Spacecraft
Mass: 1,280 kg at launch. Power: two solar arrays, 4.1 kW. Instruments: 5.""",
        (
            expect("2012~", "proposed"),
            expect("2016", "approved"),
            expect("2021-03-14", "launched"),
            expect("2022-12-05", "flyby"),
            expect("2023-07-07", "contact"),
            expect("2023-10-02", "orbit"),
            expect("2023-11-19", "merle"),
            expect("2023-11-21", "touched"),
            expect("../2025-04-30", "burn", planned=True),
            expect("2026-09", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        date(2025, 1, 22),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Statement on avian influenza in Lower Ostmark province
22 January 2025

The Ministry confirms that highly pathogenic avian influenza (H5N1) has been found on a
commercial laying-hen farm near Brekke, Lower Ostmark. Laboratory results confirming the
outbreak were received on Monday.

The farm first reported unusual mortality among its flock on or about 15 January. As a
precaution, a 10-kilometre restriction zone has been in force around the farm since 17
January. All 46,000 birds on the premises have been culled.

Minister Halvard Sunde visited the affected area yesterday and met farmers and the provincial
veterinary officer. "Our first duty is to stop this virus spreading," he said. This is the
first outbreak in the province since 2021.

The Ministry will hold an information meeting for poultry farmers in Brekke on Friday.
Applications for compensation must be submitted by 28 February. A field trial of
vaccination in breeder flocks is scheduled to start in March.

Poultry keepers are reminded that they must report any increase in mortality to their
veterinarian and keep birds housed. Inspectors visit farms in the zone every day.

Press office: +47 22 24 90 90 | Reference: MA-2025-0091""",
        (
            expect("2025-01-20", "results"),
            expect("2025-01-15~", "mortality"),
            expect("2025-01-17/..", "restriction", "zone"),
            expect("2025-01-21", "sunde"),
            expect("2025-01-24", "meeting", planned=True),
            expect("../2025-02-28", "compensation", planned=True),
            expect("2025-03", "vaccination", planned=True),
        ),
    ),
    Text(
        "library-reopens-html",
        "HTML news page",
        date(2024, 9, 5),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after £8m refit | Kellsbridge Gazette</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after £8m refit</h1>
<p class="byline">By Priya Castellano &middot; <time datetime="2024-09-05T10:42">5 September
2024, 10:42</time></p>
<p>Kellsbridge Central Library reopened its doors on Tuesday, more than two and a half years
after it closed for a full refurbishment.</p>
<p>The Grade II listed building closed in January 2022. The council approved the scheme in
2019, after surveyors found the roof timbers were failing.</p>
<p>The library first opened in 1909, funded by a grant awarded in 1906 by the steel
magnate Andrew Halloran. Head librarian Dorcas Mbeki, who has led the service since 2016,
said: "People queued from eight in the morning. We have never seen that."</p>
<p>A café run by a local social enterprise will open in the former reading room on 1
October, and the building will host the Kellsbridge Poetry Festival from 12 to 15
September.</p>
<p>The library is open every day except Sunday.</p>
</article>
<footer><p>&copy; 2024 Kellsbridge Gazette. Call the newsdesk on 01632 960 451.</p></footer>
</body>
</html>""",
        (
            expect("2024-09-03", "library", "reopened"),
            expect("2022-01", "closed"),
            expect("2019", "approved"),
            expect("1909", "opened"),
            expect("1906", "grant"),
            expect("2016/..", "mbeki"),
            expect("2024-10-01", "café", planned=True),
            expect("2024-09-12/2024-09-15", "festival", planned=True),
        ),
    ),
    Text(
        "orveland-earthquake-bulletin",
        "earthquake bulletin",
        date(2024, 4, 18),
        """NATIONAL SEISMOLOGICAL SERVICE
SEISMIC BULLETIN No. 2024/117
Issued: 18 April 2024, 06:30 UTC

EVENT: Earthquake, magnitude ML 5.8
Origin time: 02:14:37 UTC
Epicentre: 46.412 N, 11.983 E, 9 km south-west of Orveland
Depth: 11 km

A magnitude 5.8 earthquake struck the Orveland valley at 02:14 UTC on 18 April 2024. Strong
shaking was felt in Orveland and Sankt Lorenz; damage to older masonry buildings is reported.
The event was preceded by a magnitude 3.1 foreshock recorded on 16 April at 21:50 UTC.

As of 06:00 UTC, 43 aftershocks of magnitude 1.5 or greater have been recorded, the
largest of magnitude 4.0.

Historical context: damaging earthquakes struck the area in c. 1690 and in 1783. A magnitude
6.0 earthquake on 9 March 1957 destroyed the church tower of Sankt Lorenz. The national
seismic network has monitored the valley continuously since 1979.

Field survey teams will be deployed to the epicentral area on 19 April. The Service will
issue its next bulletin at 12:00 UTC.

Data: station codes ORV1, ORV2, SLZ. Enquiries: duty seismologist, +43 1 555 1957.""",
        (
            expect("2024-04-18", "earthquake"),
            expect("2024-04-16", "foreshock"),
            expect("1690~", "earthquake"),
            expect("1783", "earthquake"),
            expect("1957-03-09", "earthquake"),
            expect("1979/..", "network"),
            expect("2024-04-19", "survey", planned=True),
        ),
    ),
    Text(
        "rhinmouth-marathon-results",
        "marathon results report",
        date(2024, 10, 7),
        """RHINMOUTH MARATHON - RESULTS

Tesfaye Alemu broke the course record at the Rhinmouth Marathon on Sunday, winning in 2:05:58
on a cool, still morning along the river.

The 27-year-old pulled away from his pacemakers at 32 kilometres and finished 43 seconds
inside the record of 2:06:41 set by Kenya's Daniel Kiprono in 2019. Alemu, wearing bib
number 1987, collected 50,000 euros in prize money and a 20,000 euro record bonus.

Grace Mwangi won the women's race in 2:21:14, her third Rhinmouth title after wins in 2021
and 2022. "I love this course; it is flat and the crowds are loud," she said.

Results - men: 1. Tesfaye Alemu (ETH) 2:05:58; 2. Ruben Okello (UGA) 2:06:30; 3. Jens
Aaltonen (FIN) 2:08:02.
Results - women: 1. Grace Mwangi (KEN) 2:21:14; 2. Lotte Brink (NED) 2:22:49; 3. Hana
Tadese (ETH) 2:23:10.

The race, first run in 1983, drew 14,300 finishers. It was the fastest time recorded in the
country since 2012. Organisers said the results would be ratified no later than 31 October.

Entries for next year's race open on 1 December, and the 2025 edition will be held on 5
October.""",
        (
            expect("2024-10-06", "alemu"),
            expect("2024-10-06", "mwangi"),
            expect("2019", "kiprono"),
            expect("2021", "mwangi"),
            expect("2022", "mwangi"),
            expect("1983", "first"),
            expect("../2024-10-31", "ratified", planned=True),
            expect("2024-12-01", "entries", planned=True),
            expect("2025-10-05", "edition", planned=True),
        ),
    ),
    Text(
        "patent-office-outage-notice",
        "patent office notice",
        date(2024, 3, 11),
        """NATIONAL PATENT AND TRADEMARK OFFICE
Notice No. 7/2024 of 11 March 2024
concerning the unavailability of the electronic filing system

1. The Office's electronic filing system was unavailable from 4 March 2024 to 6 March 2024
because of a failure in the data centre. The President of the Office decided on 8 March 2024
that the interruption is a general interruption within the meaning of Rule 134(1).

2. Time limits expiring during that period are extended to the first working day on which
the system was available again. Parties need not file a request.

3. The online portal replaced the legacy filing software on 2 October 2023. The legacy
software, introduced in 1998, is no longer supported.

4. The fax filing service will be withdrawn on 1 July 2024. Users who still file by fax
must register for the online portal by 30 June 2024.

5. The fees set out in Annex 2 will increase with effect from 1 April 2024. Fees paid
before that date are calculated at the present rate.

6. For trademark matters, reference is made to Regulation (EU) 2017/1001. Queries may be
sent to the Customer Services Centre, tel. +49 89 2399 4636.

For the Office: Dr Lena Brauer, Vice-President""",
        (
            expect("2024-03-04/2024-03-06", "unavailable"),
            expect("2024-03-08", "president", "decided"),
            expect("2023-10-02", "portal"),
            expect("1998", "introduced"),
            expect("2024-07-01", "fax", planned=True),
            expect("../2024-06-30", "register", planned=True),
            expect("2024-04-01", "fees", planned=True),
        ),
    ),
    Text(
        "surgeon-diary-lady-ashdown",
        "ship's surgeon's diary",
        None,
        """From the journal of Thomas Ferrier, surgeon-superintendent, emigrant ship Lady Ashdown

March 3rd, 1847. - Weighed anchor at Plymouth at six in the morning with 212 emigrants
aboard, of whom 61 are children. The ship, built in or about 1831 at Sunderland, is sound
but crowded between decks. I inspect the berths every morning at nine.

March 5th. - Seaman John Pollard complaining of fever and pains in the head. Gave him
calomel and put him in the hospital berth.

March 9th. - Pollard died at four in the morning. We committed him to the deep at noon,
the captain reading the service.

March 17th. - Crossed the line. The usual horseplay among the crew, which I did not forbid.
Thermometer 84 in the shade.

April 2nd. - Sighted the island of Trindade. The captain expects to reach the Cape in about
three weeks, if the wind holds. Three cases of measles among the children.

April 25th. - Anchored in Table Bay. Water casks filled; fresh meat and vegetables for
all. It puts me in mind of my first voyage, in 1839, when we lay here a fortnight with
scurvy in the forecastle. The agent tells me we shall sail for Sydney on or about the 4th
of May.""",
        (
            expect("1847-03-03", "plymouth"),
            expect("1831~", "built"),
            expect("1847-03-05", "pollard", "fever"),
            expect("1847-03-09", "pollard", "died"),
            expect("1847-03-17", "line"),
            expect("1847-04-02", "trindade"),
            expect("1847-04-23~", "cape", planned=True),
            expect("1847-04-25", "table", "bay"),
            expect("1839", "voyage"),
            expect("1847-05-04~", "sydney", planned=True),
        ),
    ),
    Text(
        "fernwood-42-release",
        "software release changelog in prose",
        date(2024, 8, 12),
        """Fernwood 4.2 released

12 August 2024 - The Fernwood team is pleased to announce Fernwood 4.2, released today. This
release contains 312 commits from 46 contributors since 4.1, which came out in February.

What's new
The query planner now pushes filters into joins, which makes typical reporting queries two
to five times faster. The command-line client gains a --watch flag, and the configuration
loader accepts TOML as well as YAML.

Fixes
A memory leak in the connection pool (issue #2013) has been fixed. The bug had been present
since version 3.6, released in March 2022. The fix for CVE-2024-31337 is included.

Deprecations and removals
Support for Python 3.8 ends on 31 October, when that version reaches end of life. Users of
the old INI configuration format must migrate their files before 1 January 2025; a
conversion script is provided.

Looking ahead
Fernwood 4.3 is planned for November and will focus on replication. The project, started in
2013 by Ines Varga as a weekend experiment, now runs in production at more than 400
organisations. Since 2019 every release has been signed with the project's release key.

Download: pip install fernwood==4.2.0 | Full changelog: CHANGES.rst""",
        (
            expect("2024-08-12", "4.2"),
            expect("2024-02", "4.1"),
            expect("2022-03", "3.6"),
            expect("2024-10-31", "python", planned=True),
            expect("../2025-01-01", "migrate", planned=True),
            expect("2024-11", "4.3", planned=True),
            expect("2013", "started"),
            expect("2019/..", "signed"),
        ),
    ),
    Text(
        "stonegate-brewery-history",
        "brewery history",
        None,
        """A History of the Stonegate Brewery

Beer has been brewed on the Stonegate site, below the old town walls of Kirkby Wold, since
1722, when the innkeeper William Dacre began supplying his neighbours from a copper in his
yard.

The brewery was bought by the Harrow family in 1801. Their descendants still own it, and
the present managing director, Eleanor Harrow, is the seventh generation to run it.

Disaster struck on 14 February 1868, when a fire destroyed the maltings and much of the
brewhouse. It was rebuilt two years later to designs by the Leeds architect Samuel Ogden,
whose tower brewery still dominates the skyline.

In around 1900 Stonegate began bottling its ales, and its Wold Stout won gold medals at the
London Brewers' Exhibition in 1919 and 1931. Because of wartime restrictions on barley the
brewery was closed from 1942 until 1946, its staff working at the munitions depot nearby.

Today Stonegate brews 30,000 barrels a year. The tap room serves a guest ale every
Thursday, and the famous 1868 Ale, named after the fire, is brewed each winter.

A new visitor brewhouse, where guests will be able to brew their own beer, is planned to
open in April 2026.""",
        (
            expect("1722/..", "brewed"),
            expect("1801", "harrow"),
            expect("1868-02-14", "fire"),
            expect("1870", "rebuilt"),
            expect("1900~", "bottling"),
            expect("1919", "gold"),
            expect("1931", "gold"),
            expect("1942/1946", "closed"),
            expect("2026-04", "brewhouse", planned=True),
        ),
    ),
    Text(
        "varnian-consulate-flood",
        "consulate statement",
        date(2024, 7, 26),
        """CONSULATE GENERAL OF THE REPUBLIC OF VARNIA IN PORT ELSEN

PRESS STATEMENT
Port Elsen, 26 July 2024

Following the severe flooding that struck Port Elsen on Wednesday, the Consulate General of
the Republic of Varnia informs Varnian citizens that its building on Harbour Street has been
damaged by water and is closed to the public until further notice.

No member of staff was injured. The Consul General, Ms Irena Vostrikova, met the city's
mayor yesterday to offer the assistance of the Varnian government.

A temporary consular office will open at the Hotel Marisol, 14 Avenida Central, on Monday.
It will issue emergency travel documents and help citizens who have lost their passports.

A charter flight for Varnian citizens who wish to leave the region is scheduled to depart on
31 July. Citizens who wish to take it must register with the consulate no later than 2
August.

The Consulate General has served the Varnian community in Port Elsen since 1961, and it
thanks the local authorities for their support.

Emergency line (24 hours): +351 21 555 0142
E-mail: consular.portelsen@mfa.varnia.example""",
        (
            expect("2024-07-24", "flooding"),
            expect("2024-07-25", "vostrikova", "mayor"),
            expect("2024-07-29", "temporary", "office", planned=True),
            expect("2024-07-31", "charter", "flight", planned=True),
            expect("../2024-08-02", "register", planned=True),
            expect("1961/..", "consulate"),
        ),
    ),
    Text(
        "hollin-barrow-season-report",
        "archaeological dig season report",
        None,
        """HOLLIN BARROW ARCHAEOLOGICAL PROJECT
Interim report on the 2023 season
Site code HB23 | NGR SE 4127 6093 | Report no. 31

1. Introduction
The third season of excavation at Hollin Barrow took place from 3 to 28 July 2023, with 24
students and volunteers. The landowner granted permission for the work on 12 May 2023.

2. Background
The barrow was first identified from aerial photographs in 1976 and trial-trenched in 1981.
It has been a scheduled monument since 1983. The mound was probably robbed in 1784, when a
local antiquary recorded "diggings at Hollin", though the reference may be to another mound.

3. Results
Trench 3 was extended to 12 by 8 metres. Beneath the turf line (context 1066) lay a
disturbed layer containing modern glass and a silver penny of Edward I, struck c. 1280. The
primary burial was not reached. Context 1349, a ditch fill, produced flint debitage only.

4. Programme
Post-excavation assessment of the finds is to be completed by 31 March 2024. A further
season, concentrating on the ditch in Trench 4, is planned for June 2024, subject to
funding.

Report prepared by Dr Aoife Lennard, Project Director. Contact: hollin@dig.example""",
        (
            expect("2023-07-03/2023-07-28", "excavation"),
            expect("2023-05-12", "permission"),
            expect("1976", "aerial"),
            expect("1981", "trench"),
            expect("1983/..", "scheduled"),
            expect("1784?", "robbed"),
            expect("1280~", "penny"),
            expect("../2024-03-31", "assessment", planned=True),
            expect("2024-06", "season", planned=True),
        ),
    ),
    Text(
        "kalvik-brennor-decision",
        "competition authority decision",
        date(2024, 6, 18),
        """COMPETITION AND MARKETS AUTHORITY OF NORDMARK
Decision in Case COMP/2024/031 - Kalvik Group / Brennor Foods
Vestby, 18 June 2024

Summary

The Authority today cleared the acquisition of Brennor Foods AS by Kalvik Group ASA, subject
to conditions.

Procedure

Kalvik first approached the Authority informally in about October 2023. The transaction was
notified on 15 January 2024. Having found serious doubts in the markets for fresh milk and
yoghurt, the Authority opened an in-depth investigation on 26 February 2024.

Kalvik offered remedies on 3 May. The Authority market-tested them with customers and
competitors from 6 to 20 May, and Kalvik improved its offer after the test.

The parties

Kalvik, founded in 1954 as a farmers' cooperative, is the largest dairy processor in
Nordmark. It has held a 22 per cent stake in Brennor since 2019. The transaction is the
largest in the dairy sector since 2008.

Conditions

Kalvik must divest the Sølvberg dairy to a purchaser approved by the Authority no later than
31 December 2024. A monitoring trustee will report to the Authority every month until the
divestment is complete.

This summary is published under section 29 of the Competition Act 2004.""",
        (
            expect("2024-06-18", "cleared"),
            expect("2023-10~", "approached"),
            expect("2024-01-15", "notified"),
            expect("2024-02-26", "investigation"),
            expect("2024-05-03", "remedies"),
            expect("2024-05-06/2024-05-20", "market"),
            expect("1954", "founded"),
            expect("2019/..", "stake"),
            expect("../2024-12-31", "divest", planned=True),
        ),
    ),
    Text(
        "vellmar-philharmonic-centenary",
        "orchestra's anniversary history",
        None,
        """One Hundred Years of the Vellmar Philharmonic

The Vellmar Philharmonic gave its first concert on 11 November 1925 in the ballroom of the
Hotel Europa, with an orchestra of 54 players and a programme of Beethoven and Grieg. Its
founder, the conductor Aldo Fenn, led the orchestra from 1925 to 1947, building it from a
part-time band into a full-time ensemble.

A home of its own

The orchestra moved into the newly built Rosenhall in 1938, and toured the United States for
the first time in 1956. Under Fenn's successor, Marta Ilves, it made landmark recordings of
the Nordic symphonic repertoire in 1964, 1966 and 1971, the last of which won the Edison
Prize.

The modern orchestra

Since 2017 the orchestra's chief conductor has been Mira Salonen, the first woman to hold the
post. The Philharmonic gives some 90 concerts a season and plays a free open-air concert in
the harbour park every August.

The centenary

The centenary gala will take place on 11 November 2025, exactly a hundred years after the
first concert, with Beethoven's Ninth Symphony. A new concert hall on the harbour front, to
replace the Rosenhall, is expected to open in about 2029.

Programme notes and archive photographs are available from the orchestra's library.""",
        (
            expect("1925-11-11", "first", "concert"),
            expect("1925/1947", "fenn"),
            expect("1938", "rosenhall"),
            expect("1956", "toured"),
            expect("1964", "recordings"),
            expect("1966", "recordings"),
            expect("1971", "recordings"),
            expect("2017/..", "salonen"),
            expect("2025-11-11", "gala", planned=True),
            expect("2029~", "hall", planned=True),
        ),
    ),
    Text(
        "millbeck-water-interruption",
        "water utility outage notice",
        date(2025, 2, 3),
        """NORTHDALE WATER
IMPORTANT: Planned interruption to your water supply
Notice issued 3 February 2025 | Ref. WTR-2025-0417

Dear customer,

A main burst on Saturday in Millbeck Road, causing low pressure and discoloured water for
around 1,800 homes in Millbeck and Castleford. A boil-water notice has been in force in the
affected streets since Saturday. Our crews completed a temporary repair yesterday.

To make the repair permanent we need to turn off the supply to the streets listed overleaf
on Thursday, between 09:00 and 16:00. Please keep some water in the fridge for drinking.
Bottled water will be available at Millbeck Community Centre.

The burst main was laid in 1936 and is made of cast iron. We will replace 1.4 kilometres of
it with plastic pipe from 10 to 21 March. Road closures will be announced on our website.

Customers whose supply was interrupted for more than 12 hours may be entitled to a payment
under our Guaranteed Standards Scheme. Claims must reach us by 28 February.

We test the water in your area every day, and we will tell you as soon as the boil-water
notice can be lifted.

Customer helpline (24 hours): 0800 1936 400
Northdale Water Ltd, Registered in England No. 2366614""",
        (
            expect("2025-02-01", "burst"),
            expect("2025-02-01/..", "boil-water"),
            expect("2025-02-02", "repair"),
            expect("2025-02-06", "supply", planned=True),
            expect("1936", "laid"),
            expect("2025-03-10/2025-03-21", "replace", planned=True),
            expect("../2025-02-28", "claims", planned=True),
        ),
    ),
)
