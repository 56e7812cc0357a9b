"""The hundred-and-ninety-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a river level bulletin, a netball league report, a
hydrogen bus trial release, a canal boatman's log of the 1890s, a hedgehog footprint tunnel
survey, a corn mill's history, a rural affairs minister's flood grant statement, a village hall
HTML bookings page, a rent tribunal decision, a clock maker's history and a brass band's
concert programme. Facts whose date a reader could take two ways (a season, "early 2026",
"recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYTHIRD_CORPUS",)


HUNDREDNINETYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "meriden-landslide-rail",
        "wire story with a dateline",
        date(2025, 3, 14),
        """MERIDEN FALLS, March 14 (Northway News) - Rail services between Meriden Falls and
Colby Junction will stay suspended for several weeks after a landslide buried a section of
track on Wednesday night, the rail operator Valemark said.

About 3,000 tonnes of earth and rock slid onto the line north of the Hatherley cutting
shortly before the last train of the day was due to pass. Nobody was hurt.

Engineers inspected the slope on Thursday and found fresh cracks above the cutting, Valemark
said in a statement. A geological survey of the cutting in about 2019 had warned that the
rock face was unstable, according to documents seen by Northway News.

The line, opened in 1884, carries some 4,000 passengers each weekday. It is the worst
disruption on the route since 2007.

Replacement buses will start running between the two towns on Monday. Valemark expects to
reopen the line by April 30, spokeswoman Carla Menzies said, "if the weather is kind to us."

The regional transport committee is to hold an emergency meeting on March 20 to discuss who
pays for the repairs, estimated at 6.5 million crowns.

(Reporting by Ivo Straka; Editing by Dana Whitlow; newsdesk +44 20 7946 0331)""",
        (
            expect("2025-03-12", "landslide"),
            expect("2025-03-13", "slope"),
            expect("2019~", "survey"),
            expect("1884", "line", "open"),
            expect("2025-03-17", "buses", planned=True),
            expect("../2025-04-30", "reopen", planned=True),
            expect("2025-03-20", "meeting", planned=True),
        ),
    ),
    Text(
        "crestfield-distribution-centre",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Crestfield Foods opens new distribution centre in Tolland

TOLLAND, 2 June 2025 - Crestfield Foods, the family-owned baker, today opened its new
distribution centre on the Tolland Gate business park, a 14,000 square metre building that
will send bread and cakes to more than 600 shops across the region.

Construction began in September 2023. The centre will employ around 120 people; full
staffing is expected by 31 December 2025. A second phase, adding a cold store, is scheduled
to begin in March 2026.

Crestfield was founded in 1952 by Edna Marr, who sold loaves from a handcart in Tolland
market. The business moved to its current bakery in Hollin Street in 1968, and opened its
first shop outside the county the following year. Crestfield has supplied school kitchens
across the county since 1987.

"My grandmother would not recognise this place," said managing director Owen Marr. "But she
would recognise the bread."

The centre runs on solar panels and is certified to ISO 22000. Deliveries leave every
morning at 4am.

About Crestfield Foods
Crestfield Foods employs 940 people at two bakeries and 38 shops.

Media contact: Hannah Price, Crestfield Foods, tel. 01632 960451,
press@crestfield.example

ENDS""",
        (
            expect("2025-06-02", "centre", "open"),
            expect("2023-09", "construction"),
            expect("../2025-12-31", "staff", planned=True),
            expect("2026-03", "cold", "store", planned=True),
            expect("1952", "found"),
            expect("1968", "bakery"),
            expect("1969", "shop"),
            expect("1987/..", "school"),
        ),
    ),
    Text(
        "brandt-v-harlow-roofing",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF CARRADINE
SECOND DISTRICT

DELIA BRANDT, Plaintiff and Appellee,
v.
HARLOW ROOFING LLC, Defendant and Appellant.

No. 2-24-0317

OPINION

JUSTICE MORALES delivered the opinion of the court.

On or about April 3, 2021, plaintiff Delia Brandt entered into a written contract with
defendant Harlow Roofing LLC to replace the roof of her home in Pellston for $38,400. The
contract required the work to be completed no later than June 15, 2021.

Harlow began work on May 10, 2021, but abandoned the site on July 2, leaving the roof
partly uncovered. Brandt notified Harlow of the defects by a letter dated on or about
August 1, 2021. Harlow did not return. Brandt filed suit on January 18, 2022, alleging
breach of contract and violation of the Home Improvement Act of 1979.

After a bench trial held from 5 to 7 September 2023, the trial court entered judgment for
Brandt on October 2, 2023, awarding $21,650 in damages. Harlow appeals, arguing that the
trial court erred in excluding the testimony of its foreman.

We review evidentiary rulings for abuse of discretion. The foreman was not disclosed as a
witness until the morning of trial, and the court was within its discretion to exclude him.
The remaining arguments are forfeited because they were not raised below.

Affirmed.""",
        (
            expect("2021-04-03~", "contract"),
            expect("../2021-06-15", "work"),
            expect("2021-05-10", "work"),
            expect("2021-07-02", "abandon"),
            expect("2021-08-01~", "letter"),
            expect("2022-01-18", "suit"),
            expect("2023-09-05/2023-09-07", "trial"),
            expect("2023-10-02", "judgment"),
        ),
    ),
    Text(
        "kelmsby-history",
        "encyclopedia history",
        None,
        """Kelmsby

Kelmsby is a market town and civil parish on the River Lune, with a population of about
11,200.

History

A settlement at Kelmsby is first recorded c. 1090, in a grant of land to the priory of
Saint Neot. The town received a market charter in 1257, and its Thursday market is still
held every week in the square. The parish church of St Aldric was rebuilt between 1340 and
1365 in the Decorated style.

A fire, probably in 1644, destroyed some 120 houses around the square; the records of the
period are lost, and the date rests on a later memorial. The town was rebuilt largely in
brick.

The Lune Navigation canal reached Kelmsby in 1794 and the railway in 1851, and the town
grew as a centre of the woollen trade. Its last two woollen mills closed in 1962 and 1971.
The former Holm Mill now houses the town museum.

Kelmsby has been twinned with Saint-Aubin-des-Pres, in Normandy, since 1974. A bypass to take
through traffic out of the town centre is planned to open in 2027.

See also: List of market towns in northern England; Lune Navigation.""",
        (
            expect("1090~", "settlement"),
            expect("1257", "charter"),
            expect("1340/1365", "church"),
            expect("1644?", "fire"),
            expect("1794", "canal"),
            expect("1851", "railway"),
            expect("1962", "mill"),
            expect("1971", "mill"),
            expect("1974/..", "twin"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "harlan-brookvale",
        "sports report",
        date(2025, 4, 27),
        """Harlan Athletic 3 Brookvale 1

By Sam Teller, Sunday 27 April

Harlan Athletic moved five points clear at the top of the Northern League with a 3-1 win
over Brookvale at Riverside Park on Saturday.

A crowd of about 6,400, the biggest at Riverside since 2011, saw Kofi Mensah score twice
before half-time. Mensah, signed from Tarrow in January 2024, has now scored 19 league goals
this season. Brookvale pulled one back through Liam Roche after the break, but substitute
Dan Ferris sealed the win in the 88th minute.

It was Brookvale's first defeat since New Year's Day.

Manager Ruth Okonjo, appointed in around October 2022, was cautious. "We have done nothing
yet," she said. "Harlan were champions in 1987 and 1998, and people here remember that. We
want to give them another one."

Harlan travel to Eastwick on Wednesday, and the final round of fixtures is on May 10, when
they host Carnby. Brookvale, in fourth, still hope for a play-off place.

Harlan Athletic: Webb; Osei, Hart, Lunn, Price; Mensah, Doyle, Farrell (Ferris 70); Kane,
Ibe, Moss.""",
        (
            expect("2025-04-26", "win"),
            expect("2024-01", "mensah"),
            expect("2022-10~", "okonjo"),
            expect("1987", "champion"),
            expect("1998", "champion"),
            expect("2025-04-30", "eastwick", planned=True),
            expect("2025-05-10", "round", planned=True),
        ),
    ),
    Text(
        "penrose-instruments-history",
        "company history",
        None,
        """Our history

Penrose Instruments was founded in 1921 by the brothers Alfred and Cyril Penrose in a
rented workshop behind their father's ironmongery in Dunmore. Their first product was a
brass pressure gauge for steam boilers, the ancestor of today's Penrose 1800 series.

The firm incorporated as Penrose Instruments Ltd in 1934, and moved to a purpose-built works
on Castle Road two years later. By then it employed 85 people.

In 1962 it launched its first electronic thermometer, the T-40; the T-41, with a digital
display, followed in 1964. Both were sold to hospitals across Europe, and the T-41 stayed in
production for almost twenty years.

The company was acquired by Holbeck Group in about 1989, and regained its independence
through a management buy-out in 1997. It has been listed on the Alternative Market since
2004.

Today Penrose makes sensors for the food, energy and medical industries and holds ISO 9001
certification. A new factory in Dunmore, on the site of the old gasworks, is expected to
open in 2026, bringing manufacturing back to the town where it started.""",
        (
            expect("1921", "found"),
            expect("1934", "incorporat"),
            expect("1936", "castle"),
            expect("1962", "t-40"),
            expect("1964", "t-41"),
            expect("1989~", "acqui"),
            expect("1997", "buy-out"),
            expect("2004/..", "list"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "selka-lunar-orbiter",
        "mission summary (space or scientific)",
        None,
        """Mission summary: Selka lunar orbiter

Selka, a small orbiter built by the Baltic Space Consortium to map water ice near the Moon's
south pole, was launched on 14 September 2019 from the Esrange-B pad and entered lunar orbit
on October 2, after a slow transfer using the Moon's gravity.

The spacecraft carried a neutron spectrometer, a thermal camera and a laser altimeter. Its
primary mission ended in about March 2021, having covered 94 per cent of the polar region.
The mission was extended twice, in 2021 and 2023.

On 9 July 2022 the spacecraft's star tracker failed, and the orbiter went into safe mode;
controllers recovered it four days later using a backup sensor. The thermal camera has
had no faults.

Selka has returned some 1.8 million images, and its maps show ice in at least 40 permanently
shadowed craters, more than any mission before it.

Controllers intend to lower the orbit further in early 2026 for a final campaign of
close-up mapping, and to crash the spacecraft into the crater Verne by 31 December 2026,
when its fuel runs out.

Mass at launch: 412 kg. Orbit: 100 km polar. Mission ID: BSC-2019-07.""",
        (
            expect("2019-09-14", "launch"),
            expect("2019-10-02", "orbit"),
            expect("2021-03~", "primary"),
            expect("2021", "extend"),
            expect("2023", "extend"),
            expect("2022-07-09", "tracker"),
            expect("2022-07-13", "recover"),
            expect("../2026-12-31", "crash", planned=True),
        ),
    ),
    Text(
        "measles-ministerial-statement",
        "government statement",
        date(2025, 2, 6),
        """Ministry of Health
Statement by the Minister for Health, Dr Ines Varga, on measles

6 February 2025

The first case of measles in the current outbreak was confirmed on 12 January in Lowford.
The Health Protection Agency has now confirmed 84 cases in the districts of Lowford, Brenna
and Castlemere, the highest number in a single outbreak since 2013.

Vaccination of children at 12 months has been free since 1988, and measles was declared
eliminated in our country in 2016. But coverage fell to 86 per cent in 2023, well below the
95 per cent we need to stop the disease spreading.

On Monday I convened the national outbreak committee, which advised that we act quickly in
schools. Catch-up vaccination clinics will open in all schools in the three districts from
10 February until 28 March.

The Agency will publish a full report on the outbreak no later than 30 April. I will update
Parliament on Tuesday.

I urge every parent to check their child's record. GP surgeries offer appointments every
weekday, and the vaccine is free under the Public Health Act 1984.

Press office: 020 7946 0112""",
        (
            expect("2025-01-12", "case"),
            expect("2025-02-03", "committee"),
            expect("2025-02-10/2025-03-28", "clinics", planned=True),
            expect("1988/..", "vaccinat"),
            expect("2016", "eliminat"),
            expect("2023", "coverage"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-02-11", "parliament", planned=True),
        ),
    ),
    Text(
        "hallam-library-reopens",
        "HTML news page",
        date(2025, 9, 18),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Hallam Central Library reopens after refurbishment | Hallam Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Hallam Central Library reopens after refurbishment</h1>
<p class="byline">By Megan Doyle &middot;
<time datetime="2025-09-18">18 September 2025</time></p>
<p>Hallam Central Library reopened to the public on Tuesday after an 18-month
refurbishment that cost about &pound;4.2m.</p>
<p>The building closed in March 2024 when the roof was found to be leaking into the reading
room. Builders replaced the roof, restored the plasterwork and added a lift.</p>
<p>The library, designed by the architect Wilfred Crane, opened in 1911 and was extended in
1937. Councillor Priya Sen said: "This is the best-loved building in Hallam, and now it is
fit for another hundred years."</p>
<p>A cafe on the ground floor will open on 1 October 2025, and the council expects the local
history archive to return from storage by 30 November. A reopening festival, with readings
and a brass band, will be held on Saturday.</p>
<p>The library is open Monday to Saturday, 9am to 6pm.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/news/8812">Libraries face budget cuts</a></li>
</ul></aside>
<footer>&copy; 2025 Hallam Courier. Registered in England No. 04411872.</footer>
</body>
</html>""",
        (
            expect("2025-09-16", "reopen"),
            expect("2024-03", "close"),
            expect("1911", "open"),
            expect("1937", "extend"),
            expect("2025-10-01", "cafe", planned=True),
            expect("../2025-11-30", "archive", planned=True),
            expect("2025-09-20", "festival", planned=True),
        ),
    ),
    Text(
        "tamsin-river-bulletin",
        "river level bulletin",
        date(2025, 11, 3),
        """RIVER LEVEL BULLETIN No. 47/2025
Tamsin catchment - issued 07:30 Monday 3 November 2025
Flood Information Service, Northern Area

Summary
Rainfall of 48 mm fell across the upper catchment between Saturday and Sunday. The River
Tamsin at Ashby Bridge peaked at 3.42 m late on Sunday, the highest level at the gauge for
almost ten years. Levels are now falling slowly.

Warnings in force
- Flood warning: River Tamsin at Millbeck. The warning, in force since 31 October, remains.
  Properties on Mill Lane and Water Street are at risk.
- Flood alert: lower Tamsin from Ashby Bridge to Carrow.

Defences
The flood defences at Millbeck, completed in 2019, held overnight. Temporary barriers remain
in place on Water Street.

Outlook
Levels at Ashby Bridge are expected to fall below the flood warning threshold by Wednesday.
A further band of heavy rain is forecast for Thursday, and levels may rise again. The
Millbeck pumping station will be inspected on 10 November.

Gauge        Level (m)   Trend
Ashby Bridge 3.18        falling
Millbeck     2.74        steady
Carrow       1.96        rising

Gauge readings are updated every 15 minutes online. Floodline: 0345 000 1234.""",
        (
            expect("2025-11-01/2025-11-02", "rainfall"),
            expect("2025-11-02", "peak"),
            expect("2025-10-31/..", "warning"),
            expect("2019", "defences"),
            expect("../2025-11-05", "threshold", planned=True),
            expect("2025-11-06", "rain", planned=True),
            expect("2025-11-10", "pumping", planned=True),
        ),
    ),
    Text(
        "dalesford-netball-roundup",
        "netball league report",
        date(2025, 1, 20),
        """Dalesford & District Netball League
Division One round-up - Week 12
Posted Monday 20 January 2025 by the league press officer

Kestrels stayed top of Division One after beating Ridgeway Rockets 48-39 at Hallgate Leisure
Centre on Saturday, their biggest win over the Rockets since 2019. Shooter Ama Boateng, who
has played for Kestrels since 2014, scored 31 goals and passed 1,000 league goals in the
third quarter, to applause from both benches.

Milbrook Magpies, promoted in 2023, drew 41-41 with Thornby on Thursday in a rearranged game
played on Court 3. Thornby led by six at half-time, but Magpies' wing attack Jess Morley
turned the game with three interceptions.

Table (top four): Kestrels 33 pts, Thornby 29, Magpies 27, Ridgeway 24.

Coming up
Cup quarter-finals will be played on 1 February at Hallgate. The league's annual general
meeting is on Wednesday 12 March at the Dalesford Cricket Club; clubs must send two
delegates.

Umpires are reminded that training sessions run every Tuesday at 7pm. Results should be
emailed to the results secretary by 9pm on match day.""",
        (
            expect("2025-01-18", "kestrels"),
            expect("2014/..", "boateng"),
            expect("2025-01-18", "goals"),
            expect("2023", "promot"),
            expect("2025-01-16", "thornby"),
            expect("2025-02-01", "quarter-final", planned=True),
            expect("2025-03-12", "meeting", planned=True),
        ),
    ),
    Text(
        "westmoor-hydrogen-buses",
        "hydrogen bus trial release",
        date(2025, 5, 12),
        """NEWS RELEASE
Westmoor Transport and HyLine Energy begin hydrogen bus trial

12 May 2025

Five hydrogen fuel-cell buses began carrying passengers on Westmoor's route 7, between
Carlow Cross and the university, today, in the region's first trial of hydrogen buses in
regular service.

The buses were delivered in about February and were then tested on the route without
passengers. The refuelling station at the Granger Road depot was commissioned on 28 April,
and a public open day will take place there on Saturday 24 May. The project received 3.6
million pounds from the Clean Transport Fund in November 2023.

The trial is due to end on 31 March 2026. Westmoor first tested a single hydrogen bus in
2009, and a battery bus in 2016. If this trial succeeds, the company plans to convert its
whole fleet of 140 buses to zero-emission vehicles by 2030.

"Route 7 is our hilliest and busiest route, which is exactly why we chose it," said
Westmoor's engineering director, Farah Qureshi. Each bus has a range of about 350 km and
emits only water vapour.

Notes to editors
HyLine Energy produces hydrogen by electrolysis at its plant in Selby Moor. Buses on route 7
run every 12 minutes. Press enquiries: press@westmoor.example, 01632 960 778.""",
        (
            expect("2025-05-12", "passengers"),
            expect("2025-02~", "deliver"),
            expect("2025-04-28", "station"),
            expect("2023-11", "fund"),
            expect("2026-03-31", "trial", planned=True),
            expect("2009", "hydrogen"),
            expect("2016", "battery"),
            expect("../2030", "fleet", planned=True),
            expect("2025-05-24", "open day", planned=True),
        ),
    ),
    Text(
        "narrow-boat-ellen-log",
        "canal boatman's log of the 1890s",
        None,
        """LOG OF THE NARROW BOAT ELLEN, Jas. Pritchard master, 1893
Boat No. 36, registered at Hadley. Horse: Captain.

Mar 6.  Loaded 24 ton coal at Hadley Wharf for Brentmoor gasworks. Wind cold from the east.
        Cargo ticket No. 1187. Boy Alf to drive the horse, I to steer.
Mar 7.  Left Hadley 5 a.m. Through Foxcote locks by noon. Tied at the Bell Inn, Oxley.
Mar 9.  Stoppage at Ashfield tunnel, roof fall. Waited with six other boats and the
        Company's men working all hours to clear it. Horse stabled at the Anchor, 6d a night.
Mar 11. Through tunnel at last, legged it through with the Ellis boys, 2 mile and 90 yards.
Mar 13. Unloaded at Brentmoor gasworks. Paid 3 pound 4 shilling. Sundays we lie by as usual,
        whatever the Company says.
Mar 18. Company clerk at Oxley says the canal will close for repairs from Apr 2 to Apr 16.
        No work for us then, and no pay.
Mar 20. Boy born to my wife at Hadley on the 17th, so her letter says. Both well. Named him
        Thomas after her father.
Mar 22. Old Sam Ellis at the Bell says he worked the Ellen for my father about 1870, and she
        is the best boat on the cut still.""",
        (
            expect("1893-03-06", "load"),
            expect("1893-03-07", "hadley"),
            expect("1893-03-09", "stoppage"),
            expect("1893-03-11", "tunnel"),
            expect("1893-03-13", "unload"),
            expect("1893-04-02/1893-04-16", "repair", planned=True),
            expect("1893-03-17", "born"),
            expect("1870~", "ellis"),
        ),
    ),
    Text(
        "brackenfold-hedgehog-tunnels",
        "hedgehog footprint tunnel survey",
        None,
        """Brackenfold Hedgehog Footprint Tunnel Survey 2024 - Summary report
Prepared by Brackenfold Wildlife Group, January 2025

Method
Ten footprint tunnels were set at 200 m spacing along the hedges of Lowfield Park on 3 June
2024, baited with meat-based cat food, and checked each morning for five nights. Ink pads
and A4 cards were replaced at each check. The method follows the standard national protocol.

Results
Hedgehog footprints were first recorded on 5 June, in tunnel 7 near the allotments, and
later in tunnel 8 as well. Rats, wood mice and a cat also visited. A second round ran from
9 to 14 September, when hedgehog prints were found in four tunnels.

Discussion
Hedgehogs had not been confirmed in the park for several years: the last record was a dead
hedgehog found on Park Lane in about 2015. Holes cut in the garden fences along Elm Row in
March 2023, as part of a "hedgehog highway", may explain their return. The group has run a
tunnel survey each summer since 2021, and this is the first year with positive results.

Next steps
The survey will be repeated from 2 to 7 June 2025. Results will be submitted to the county
records centre by 28 February.

Contact: survey@brackenfold-wildlife.example""",
        (
            expect("2024-06-03", "tunnels"),
            expect("2024-06-05", "footprints"),
            expect("2024-09-09/2024-09-14", "round"),
            expect("2015~", "dead"),
            expect("2023-03", "highway"),
            expect("2025-06-02/2025-06-07", "survey", planned=True),
            expect("../2025-02-28", "results", planned=True),
        ),
    ),
    Text(
        "pelham-mill-history",
        "corn mill's history",
        None,
        """Pelham Mill: a short history

A mill at Pelham is first mentioned in a deed of 1296, when it belonged to the manor of
Ashcombe. Nothing of that mill survives. The present building, of red brick with a tiled
roof, dates from about 1760.

The mill was bought by the Garside family in 1802, who added a second pair of stones in 1810
and a drying kiln in 1815. Three generations of Garsides worked it. A flood, perhaps in
1852, carried away the sluice gates and part of the mill race; the family ledger for that
year is missing.

Milling stopped in 1934, when the last miller, Harold Garside, retired, and the building was
used as a store for many years. The mill was restored by the Pelham Mill Trust between 1981
and 1986, and it has ground wholemeal flour for sale since 1987.

The waterwheel is 14 ft in diameter and 6 ft wide, with 40 iron buckets. The Trust plans to
replace it in 2026, using oak from the estate.

Visiting
The mill is open every Sunday from Easter to October, 11am to 4pm. Milling demonstrations
take place at 2pm. Admission 5 pounds, children free.""",
        (
            expect("1296", "deed"),
            expect("1760~", "building"),
            expect("1802", "garside"),
            expect("1810", "stones"),
            expect("1815", "kiln"),
            expect("1852?", "flood"),
            expect("1934", "milling"),
            expect("1981/1986", "restor"),
            expect("1987/..", "flour"),
            expect("2026", "waterwheel", planned=True),
        ),
    ),
    Text(
        "rural-affairs-flood-grant",
        "rural affairs minister's flood grant statement",
        date(2025, 12, 4),
        """Written Ministerial Statement
Department for Rural Affairs
Flood Recovery Grant for farmers

Made on: 4 December 2025
Made by: Gareth Lowe, Minister for Rural Affairs

Storm Edda struck the north-west on 14 and 15 November, bringing the wettest November since
1862 to parts of Cumbrell and Westdale. More than 1,100 farms reported flooded land, lost
livestock or damaged buildings. On Monday I visited affected farms in Cumbrell and heard
at first hand the scale of the damage.

Today I am announcing a Flood Recovery Grant of up to 25,000 pounds per farm, paid through
the Farming Recovery Fund, which has operated since 2020.

Applications will open next Monday, 8 December, and must be submitted by 31 January 2026.
Payments are expected to begin in February 2026. Farmers will not need to repay the grant,
and it will not affect payments under Section 12 of the Agricultural Holdings Act 1986.

The scheme builds on the grant paid after the floods of December 2015, and on the lessons
of that scheme. I will keep the House informed.""",
        (
            expect("2025-11-14", "storm"),
            expect("2025-11-15", "storm"),
            expect("2025-12-04", "grant"),
            expect("2025-12-01", "visit"),
            expect("2020/..", "fund"),
            expect("2015-12", "flood"),
            expect("2025-12-08", "open", planned=True),
            expect("../2026-01-31", "submit", planned=True),
            expect("2026-02", "payment", planned=True),
        ),
    ),
    Text(
        "ashdown-village-hall-bookings",
        "village hall HTML bookings page",
        date(2025, 3, 7),
        """<html>
<head><title>Bookings - Ashdown Village Hall</title></head>
<body>
<header><h1>Ashdown Village Hall</h1><p>Registered charity no. 1023891</p></header>
<p>Last updated: Friday 7 March 2025</p>
<h2>Regular bookings</h2>
<table>
<tr><th>Day</th><th>Group</th><th>Time</th></tr>
<tr><td>Mondays &amp; Thursdays</td><td>Toddler group</td><td>9.30-11.30</td></tr>
<tr><td>Every Tuesday</td><td>Yoga</td><td>19.00-20.30</td></tr>
<tr><td>Fridays</td><td>Short mat bowls</td><td>14.00-16.00</td></tr>
</table>
<h2>Coming events</h2>
<ul>
<li>Sat 15 March: Spring jumble sale, 10am-12 noon</li>
<li>Sat 29 March: Quiz night in aid of the roof fund, teams of six</li>
<li>5-6 April: Ashdown Drama Group presents "The Lighthouse"</li>
</ul>
<p><strong>Please note:</strong> the hall will be closed from 14 to 25 April while the
floor is sanded and resealed.</p>
<h2>Hire rates</h2>
<p>New hire rates take effect on 1 April 2025: 14 pounds an hour for village groups,
20 pounds for others.</p>
<h2>About the hall</h2>
<p>The hall was built in 1923 as a memorial to the men of the parish and was extended in
1979. The kitchen was refitted in 2018, and the main hall seats 120.</p>
<footer><p>Bookings secretary: Jean Moss, 01632 960 215.</p></footer>
</body>
</html>""",
        (
            expect("1923", "built"),
            expect("1979", "extend"),
            expect("2018", "kitchen"),
            expect("2025-03-15", "jumble", planned=True),
            expect("2025-03-29", "quiz", planned=True),
            expect("2025-04-05/2025-04-06", "lighthouse", planned=True),
            expect("2025-04-14/2025-04-25", "floor", planned=True),
            expect("2025-04-01", "rates", planned=True),
        ),
    ),
    Text(
        "orchard-terrace-rent-decision",
        "rent tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (RESIDENTIAL PROPERTY)

Case reference: NTH/22UB/MNR/2025/0047
Property: Flat 2, 14 Orchard Terrace, Wexley WX3 9PL
Applicant (tenant): Ms R. Adeyemi
Respondent (landlord): Corbel Estates Ltd
Type of application: Determination of market rent, Housing Act 1988, section 14

DECISION AND REASONS

1. The tenancy of the flat began on 1 September 2016 as a periodic assured tenancy.

2. On 12 February 2025 the landlord served a notice proposing a new rent of 1,150 pounds
per month. The tenant referred the notice to the Tribunal on 28 March.

3. The Tribunal inspected the property on 3 June in the presence of the tenant. The flat is
in fair condition, but the windows, installed in about 1990, are single-glazed and draughty,
and the bathroom has not been modernised.

4. At the hearing the landlord stated that the boiler would be replaced by 31 August 2025.
The Tribunal has not taken this into account, since it assesses the property as it is now.

5. Having regard to the evidence of comparable lettings, and making deductions for the
windows and the bathroom, the Tribunal determined on 17 June 2025 that the market rent is
1,040 pounds per month.

6. The rent of 1,040 pounds per month is payable from 1 April 2025.

Judge: A. Whitcombe. Valuer member: D. Rao FRICS""",
        (
            expect("2016-09-01", "tenancy"),
            expect("2025-02-12", "notice"),
            expect("2025-03-28", "referr"),
            expect("2025-06-03", "inspect"),
            expect("1990~", "windows"),
            expect("../2025-08-31", "boiler", planned=True),
            expect("2025-06-17", "determin"),
            expect("2025-04-01/..", "rent"),
        ),
    ),
    Text(
        "brill-clockmakers-history",
        "clock maker's history",
        None,
        """Thaddeus Brill & Sons, clockmakers of Ravensmere

Thaddeus Brill was probably born in Ravensmere in 1771; the parish register for that year
is damaged, and no other record of his birth survives. He was apprenticed to a Coventry
watchmaker in about 1785 and returned home to set up his own shop in Market Street in 1798.

His early longcase clocks, such as No. 1410 in the museum, have painted dials and
eight-day movements. His son Joseph joined the firm in 1820 and became a partner in 1826,
when the name Thaddeus Brill & Sons first appears on dials.

The firm's best-known work is the turret clock of St Mary's church, made in 1834, which
still keeps time and is wound by hand every week by volunteers.

Later generations turned to repairing and selling clocks rather than making them. The firm
closed on the death of Edwin Brill, Joseph's grandson, on 2 March 1911, and its tools were
sold at auction.

A collection of some forty Brill clocks has been on show at Ravensmere Museum since 1962.
Most still run, and the museum's clock gallery is open on weekdays. The museum will lend
six of them to the Horological Society's exhibition in London from 4 to 29 May 2026.""",
        (
            expect("1771?", "born"),
            expect("1785~", "apprentic"),
            expect("1798", "shop"),
            expect("1820", "join"),
            expect("1826", "partner"),
            expect("1834", "turret"),
            expect("1911-03-02", "edwin"),
            expect("1962/..", "museum"),
            expect("2026-05-04/2026-05-29", "exhibition", planned=True),
        ),
    ),
    Text(
        "carrick-band-winter-concert",
        "brass band's concert programme",
        None,
        """CARRICK COLLIERY BAND
Winter Concert
Saturday 6 December 2025, 7.30pm - Grange Hall, Carrick
Musical Director: Ellen Hartley

Welcome to tonight's concert, our 141st season of music-making in Carrick.

PROGRAMME
Part One
March: Knight Templar ............................................... Allan
Hymn: Gresford ........................................................ Saint
Cornet solo: Carnival of Venice (soloist: Tom Pryce) ................. Arban
Selection: West Side Story ......................................... arr. Roberts
Part Two
Overture: The Bartered Bride ..................................... arr. Wright
Flugel solo: Bring Him Home (soloist: Anya Bell) ................... arr. Catherall
Finale: Florentiner March ........................................... Fucik

ABOUT THE BAND
The band was formed by miners at the Carrick pit in 1884, paying a penny a week each for
their instruments. It won the national championship in 1952, 1957 and 1961, and the trophies
are on display tonight in the foyer. The colliery closed in 1968, but the band played on,
and today it has 32 players aged from 11 to 78.

Ellen Hartley has led the band as musical director since 2012, and is only the seventh
conductor in its history.

The band rehearses every Tuesday and Thursday at the Miners' Institute; new players are
always welcome.

OUR NEXT CONCERT: Christmas carols at the Market Cross on Saturday 20 December 2025, 6pm.
Registered charity 504331.""",
        (
            expect("2025-12-06", "concert"),
            expect("1884", "form"),
            expect("1952", "championship"),
            expect("1957", "championship"),
            expect("1961", "championship"),
            expect("1968", "colliery"),
            expect("2012/..", "hartley"),
            expect("2025-12-20", "carols", planned=True),
        ),
    ),
)
