"""An eighty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
rail operator's strike update, a golf club history, a census office release, a telescope's
first-light announcement, a mayor's state of the city speech summary, a botanic garden's
plant collection history page in HTML, a veterinary disease outbreak notice, a climbing
expedition report, a newspaper's obituary of an actor, a manufacturer's safety recall history
and a pilgrimage route guide). Facts whose date a reader could take two ways (a season, "late
1970s", "next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYEIGHTH_CORPUS",)

EIGHTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "copper-mine-flood",
        "wire story with a dateline",
        date(2024, 6, 12),
        """ANTOFAGASTA, Chile, June 12 (Andes Newswire) - Miners at the Cerro Palido copper mine
went back underground on Monday, nine days after a flood forced the evacuation of 214
workers, operator Minera Alcantara said.

Pumps had drained most of the flooded galleries by June 7, the company said in a filing to
the securities regulator. No one was hurt, but the flood was the most serious at a Chilean
copper mine since 2010, according to the national mining safety service.

Cerro Palido, which has produced copper since 1987, accounts for about 4 percent of the
country's output. Minera Alcantara said production is expected to return to full capacity
in August, and that it had no plans to revise its annual guidance of 96,000 tonnes.

Union leader Marisol Ibacache said the miners' union will meet management on Friday to
discuss safety inspections. "Our members work seven days on and seven days off, and every
shift needs to know the water is under control," she said.

The company said the mine complied with the 2023 Mining Safety Code and that an outside
engineer would review its drainage plan. Shares in Minera Alcantara closed 1.8 percent
higher in Santiago.

(Reporting by Tomas Araya; Editing by Helen Marsh)""",
        (
            expect("2024-06-10", "miner"),
            expect("2024-06-01", "flood"),
            expect("../2024-06-07", "drain"),
            expect("1987/..", "produc"),
            expect("2024-08", "capacity", planned=True),
            expect("2024-06-14", "union", planned=True),
        ),
    ),
    Text(
        "desalination-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Helix Water Systems signs agreement for Baja coastal desalination plant

BOULDER, Colo., March 4, 2025 /PRNewswire/ -- Helix Water Systems, a maker of low-energy
desalination equipment, has agreed to build a 40-million-litre-a-day plant for the
municipal water utility of Puerto Salinas, Mexico.

The two parties signed the agreement on February 27 in Puerto Salinas. It follows a pilot
test that ran from 3 to 21 November 2024, in which a Helix demonstration unit treated
seawater with 30 percent less energy than conventional reverse osmosis.

Construction of the plant is scheduled to begin in May 2025, and the plant is expected to
deliver its first water in 2027.

"Puerto Salinas has relied on trucked water every dry season," said Helix chief executive
Dana Okafor. "This plant changes that."

Helix has supplied membrane modules to utilities in Arizona since 2018. Its equipment meets
the requirements of the 2012 Safe Drinking Water Directive.

About Helix Water Systems
Helix Water Systems was founded in 2011 in Boulder, Colorado, and employs 320 people. Its
equipment operates in nine countries.

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties.

Media contact:
Priya Raman, +1 303-555-0142, press@helixwater.example

SOURCE Helix Water Systems""",
        (
            expect("2025-02-27", "agreement"),
            expect("2024-11-03/2024-11-21", "pilot"),
            expect("2025-05", "construction", planned=True),
            expect("2027", "water", planned=True),
            expect("2018/..", "suppl"),
            expect("2011", "found"),
        ),
    ),
    Text(
        "slip-and-fall-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEW ESSEX
FOURTH DISTRICT

No. 23-0417

MARGARET DOLAN, Plaintiff-Appellant,
v.
CORNERSTONE GROCERS, INC., Defendant-Appellee.

Filed: January 16, 2024

OPINION

PRYOR, J.

Appellant Margaret Dolan slipped on spilled cooking oil in an aisle of appellee's store in
Harwick on or about March 3, 2021. She filed suit on February 14, 2023, alleging that the
store negligently failed to inspect and clean its aisles. The trial court granted summary
judgment to Cornerstone on July 7, 2023, and Dolan filed her notice of appeal on August 2,
2023. We reverse.

Cornerstone has leased the Harwick premises since 2015 and concedes that it controlled the
aisle. Its store manager testified that the aisle had last been inspected sometime before
March 1, 2021, and that staff walked the aisles "every couple of hours" as a matter of
routine. No inspection log for the days before the fall was produced.

Under the 1987 Premises Liability Act, a possessor of land must exercise reasonable care to
discover dangerous conditions. See Harmon v. Fells, 412 P.3d 1187 (N. Ess. 2019). Whether
an inspection at least two days before the fall was reasonable is a question of fact for
the jury, not one to be resolved on summary judgment.

The judgment of the trial court is reversed, and the case is remanded for further
proceedings consistent with this opinion.

REVERSED AND REMANDED.

OKONJO and BALE, JJ., concur.""",
        (
            expect("2021-03-03~", "slip"),
            expect("2023-02-14", "suit"),
            expect("2023-07-07", "judgment"),
            expect("2023-08-02", "appeal"),
            expect("2015/..", "lease"),
            expect("../2021-03-01", "inspect"),
        ),
    ),
    Text(
        "kellworth-priory",
        "encyclopedia history",
        None,
        """Kellworth Priory

Kellworth Priory is a former Augustinian priory near the village of Kellworth in the
English county of Northamptonshire. Its ruins stand in an estate of 1,650 acres.

History

The priory was founded circa 1140 by Walter de Kell, a minor landholder, and was endowed
with the tithes of four surrounding parishes. In 1283 King Edward I granted the canons a
charter for a weekly market, held every Thursday in the priory's outer court.

Like most English religious houses, Kellworth was dissolved in 1539. Its church was kept
for parish use, and the English services of the 1549 Prayer Book were read in its nave. The
remaining buildings passed to the Tresham family, who converted the west range into a
house.

A fire, probably in 1612, destroyed the house and the chancel; the surviving accounts do
not agree on the year. The nave stood roofless for more than two centuries.

The church was restored from 1860 to 1874 under the architect Samuel Greaves, who rebuilt
the chancel and added a 142-foot spire. The ruins of the cloister and chapter house have
been a Grade I listed building since 1951 and are open to visitors.

See also

List of monastic houses in Northamptonshire

References

Hartley, J. (1998). The Religious Houses of the East Midlands. p. 214.""",
        (
            expect("1140~", "found"),
            expect("1283", "charter"),
            expect("1539", "dissolv"),
            expect("1612?", "fire"),
            expect("1860/1874", "restor"),
            expect("1951/..", "listed"),
        ),
    ),
    Text(
        "cup-final",
        "sports report",
        date(2025, 5, 18),
        """Harbour City end 27-year wait with late cup winner

By Callum Reid, Football Correspondent

Harbour City won the Northern Cup final on Saturday, beating Dunmore Rovers 2-1 in front of
41,994 at the National Stadium with a header from substitute Kofi Mensah two minutes from
time.

City last won the cup in 1998, and this was their first final since 2009, when they lost on
penalties. Manager Ines Varga, appointed in November 2023 after a run of nine games without
a win, has rebuilt the side around young players who train every Tuesday and Thursday with
the first team.

Mensah, who signed on 31 January 2024 from Ostrava, had scored only twice all season. "I
told the manager I was ready," he said.

Dunmore led through Aaron Pike's volley on 34 minutes, and Harbour City goalkeeper Sam Ortiz
kept them in the game with a double save from Pike and Lennon early in the second half.
Captain Jamie Stroud equalised on 70 minutes.

The squad will parade the trophy through the city centre on Monday, the club said. City
will visit Dunmore again on 25 May in the final league match of the season, with fifth
place still at stake.

Dunmore manager Ross Elkin said his side had "nothing to be ashamed of" and would be back.

Harbour City: Ortiz; Hale, Stroud, Ba, Ferris; Lund, Cho, Varley (Mensah 78); Okoro, Tait,
Bruno.""",
        (
            expect("2025-05-17", "cup"),
            expect("1998", "cup"),
            expect("2023-11", "appoint"),
            expect("2024-01-31", "sign"),
            expect("2025-05-19", "parade", planned=True),
            expect("2025-05-25", "dunmore", planned=True),
        ),
    ),
    Text(
        "brindle-pencils",
        "company history",
        None,
        """Our history

Brindle & Co. was founded in 1887 by the brothers Amos and Edwin Brindle, who made cedar
pencils by hand in a rented workshop in Keswick.

The business moved to a purpose-built factory on the River Greta in 1903 and expanded
abroad the following year, opening a sales office in Hamburg. By 1950 the company employed
2,000 people in Cumbria.

Around 1925 Brindle introduced its first coloured pencils, sold in tins of twelve. The
best-known of them, the Model 1912 drawing pencil, is still made to the original recipe and
sells some 1,400,000 units a year.

After the war the company built plants in Brazil in 1971, India in 1978 and Mexico in 1985,
to be closer to its customers and its graphite suppliers.

Since 2010 Brindle has been owned by the Halvorsen Group, a Norwegian family company, which
has kept production of all premium lines in Keswick.

Today every Brindle pencil is still sharpened and tested by hand before it leaves the
factory.

Visit our museum: open daily 9.30-17.00. Tel. 017687 73626.""",
        (
            expect("1887", "found"),
            expect("1903", "factory"),
            expect("1904", "abroad"),
            expect("../1950", "employ"),
            expect("1925~", "colour"),
            expect("1971", "brazil"),
            expect("1978", "india"),
            expect("1985", "mexico"),
            expect("2010/..", "owned"),
        ),
    ),
    Text(
        "tessaly-orbiter",
        "mission summary",
        None,
        """Tessaly Lunar Orbiter - Mission summary

Agency: European Lunar Research Consortium (ELRC)
COSPAR ID: 2019-061A
Mission type: lunar orbiter and lander

Tessaly was launched on 14 September 2019 on a Vega-C rocket from Kourou, French Guiana,
carrying a 420 kg orbiter and a small lander, Pip.

After a three-week cruise the spacecraft entered lunar orbit on 2 October 2019. Pip
separated and touched down in Mare Nubium about a month later, becoming the consortium's
first working lander. It returned images and soil temperature data for 14 Earth days.

The primary mission was designed to last two years. It was extended in 2021 to map water ice
in permanently shadowed craters near the south pole, a task the orbiter performed by taking
readings every 118 minutes as it passed over the pole.

Contact with the orbiter's high-gain antenna was lost on or about 9 March 2023 after a
reaction wheel failed; engineers restored a low-rate link through the backup antenna.

The orbiter is scheduled to be deorbited in 2026, in a controlled impact near the crater
Shackleton.

Key figures
Orbit: 100 x 2,019 km polar
Data returned: 38 terabytes""",
        (
            expect("2019-09-14", "launch"),
            expect("2019-10-02", "orbit"),
            expect("2019-11~", "pip"),
            expect("2021", "extend"),
            expect("2023-03-09~", "contact"),
            expect("2026", "deorbit", planned=True),
        ),
    ),
    Text(
        "drought-relief",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND FISHERIES
Statement on drought relief for farmers
Thursday 25 July 2024
Ref: MAF/2024/117

The Cabinet on Monday approved a relief package of 85 million dollars for farmers in the
districts of Aramoho, Pahi and Rangitoto affected by the drought.

Rainfall in the three districts has been the lowest since 1976, and water restrictions for
irrigation have been in force there since 15 June. By 20 July the ministry had received
3,400 applications for emergency feed grants.

Payments under the package will begin on 1 September. Farmers who already applied under the
emergency feed scheme do not need to apply again.

The Minister of Agriculture, Hon. Teresa Whaanga, will visit farms in the Pahi district on
Tuesday to meet growers and local council representatives.

"Farmers in these districts received drought aid in 2018 and 2022, and they are now facing
their third dry year in seven," the Minister said. "The package will help them keep their
breeding stock."

Relief measures are provided under section 12 of the 2021 Water Allocation Act.

Farmers can call the Rural Support helpline on 0800 555 0199, which is staffed every day
from 8 am to 8 pm.

Media enquiries: media@maf.govt.example

ENDS""",
        (
            expect("2024-07-22", "cabinet"),
            expect("2024-06-15/..", "restrict"),
            expect("../2024-07-20", "application"),
            expect("2024-09-01", "payment", planned=True),
            expect("2024-07-30", "visit", planned=True),
            expect("2018", "aid"),
            expect("2022", "aid"),
        ),
    ),
    Text(
        "weyford-transport-news",
        "HTML page",
        None,
        """<html>
<head><title>News - Weyford Transport</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/fares">Fares</a></nav>
<h1>Latest news</h1>

<article>
<h2>Tram line 4 extension opens to Weyford Park</h2>
<p class="meta">Posted on Wednesday 12 March 2025 by Weyford Transport</p>
<p>The 3.2 km extension of tram line 4 to Weyford Park opened to passengers on Saturday.
Works on the extension began in 2022 and cost 61 million pounds.</p>
<p><img src="/img/tram4.jpg" alt="A tram at Weyford Park"><br>
<em>Tram 2025 at the new Weyford Park stop.</em></p>
</article>

<article>
<h2>New fares from April</h2>
<p class="meta">Posted on Thursday 20 February 2025 by Weyford Transport</p>
<p>New fares will take effect on 1 April 2025. A single adult fare will rise from 2.20 to
2.40 pounds. Fares were last changed in January 2023.</p>
</article>

<article>
<h2>Night bus trial on route N1</h2>
<p class="meta">Posted on Thursday 30 January 2025 by Weyford Transport</p>
<p>Night buses run on route N1 every Friday and Saturday. From 6 to 28 February 2025 we
will trial a night service on Thursdays as well. Night services have operated on route N1
since 2019.</p>
</article>

<footer>
<p>Customer services: 0345 600 2025</p>
<p>Page last updated 14 March 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-08", "extension"),
            expect("2022", "works"),
            expect("2025-04-01", "fare", planned=True),
            expect("2023-01", "fare"),
            expect("2025-02-06/2025-02-28", "trial", planned=True),
            expect("2019/..", "night"),
        ),
    ),
    Text(
        "northline-strike",
        "rail operator's strike update",
        None,
        """NORTHLINE RAIL - SERVICE UPDATE
Industrial action: latest information
Posted: Tuesday 4 November 2025, 06:15
Ref: SU-2025-311

Members of the Rail Workers' Union (RWU) will strike on Thursday and Saturday this week.
On both days we expect to run only around one train in four, with no services after 19:00.

Talks between Northline and the RWU at the conciliation service broke down on Friday
without agreement. The dispute over staffing levels on Sunday services began in June.

An overtime ban by RWU members has been in place since 20 October and will continue until
further notice. Some early-morning services on the Coast line have been cancelled as a
result.

What this means for you
- Please check before you travel. On normal days trains on the main line run every 30
  minutes; on strike days, they will run hourly between Leeming and Castlegate only.
- Season ticket holders can claim compensation through the Delay Repay page.
- Our 2025 timetable remains valid on all other routes.

The last strike, a 48-hour walkout from 14 to 15 August, closed most of the network.

"We apologise to our customers and urge the union to return to talks," said Northline's
operations director, Fiona Burgess.

Customer contact centre: 0800 022 4567 (07:00-22:00 daily)""",
        (
            expect("2025-11-06", "strike", planned=True),
            expect("2025-11-08", "strike", planned=True),
            expect("2025-10-31", "talks"),
            expect("2025-06", "dispute"),
            expect("2025-10-20/..", "overtime"),
            expect("2025-08-14/2025-08-15", "strike"),
        ),
    ),
    Text(
        "ashdown-heath-golf",
        "golf club history",
        None,
        """Ashdown Heath Golf Club - Club history

Ashdown Heath Golf Club was formed in 1894 at a meeting of fourteen gentlemen in the
Swan Hotel, who agreed to rent forty acres of common land from the lord of the manor. By
1896 nine holes had been laid out by the professional, Robert Ferrie, who came south from
Carnoustie.

The original timber clubhouse burned down in 1923 and was rebuilt in brick the following
year; the bar in the new building is still known as the 1894 Bar.

During the Second World War the course was requisitioned for farming from 1940 to 1946, and
sheep grazed the fairways. A ladies' section was founded c. 1952, although its first minute
book has been lost.

The club hosted the county championship in 1968, 1984 and 2002. Today the course measures
6,412 yards from the white tees, par 71, and the club has some 650 members.

Members' competitions are held every Saturday morning, and visitors are welcome on weekdays
by arrangement with the secretary.

Ashdown Heath Golf Club, Forest Row Road, East Sussex. Secretary: 01342 822 190""",
        (
            expect("1894", "formed"),
            expect("../1896", "holes"),
            expect("1923", "clubhouse"),
            expect("1924", "rebuilt"),
            expect("1940/1946", "requisition"),
            expect("1952~", "ladies"),
            expect("1968", "championship"),
            expect("1984", "championship"),
            expect("2002", "championship"),
        ),
    ),
    Text(
        "census-first-results",
        "census office release",
        None,
        """NATIONAL STATISTICS OFFICE
Statistical release: Census 2024 - first results
Release date: 28 May 2025
Ref: CEN-2024-07

The usually resident population on Census Day, 21 March 2024, was 4,862,310, up 6.2 percent
on the 2014 census.

Key points
- Census letters with online access codes were posted to households around 2 March 2024.
- Field staff visited households that had not responded from 21 March to 30 June 2024.
- The overall response rate was 97.1 percent, from 1,998,442 households.
- The population aged 65 and over grew faster than in any period since 1961.

The census is the only count of every person in the country. The first census was held in
1911.

What happens next
Results on housing and households will be published on 15 October 2025. Full results for
small areas, including Table 2.1 by district, are expected in 2026.

"These first results show a country that is growing older and living more in its cities,"
said the Government Statistician, Dr Anjali Menon.

Enquiries: census@nso.gov.example, tel. 020 7946 0321
Next scheduled update to this page: quarterly""",
        (
            expect("2024-03-21", "census"),
            expect("2024-03-02~", "letter"),
            expect("2024-03-21/2024-06-30", "visit"),
            expect("1911", "census"),
            expect("2025-10-15", "housing", planned=True),
            expect("2026", "results", planned=True),
        ),
    ),
    Text(
        "verrine-first-light",
        "telescope's first-light announcement",
        date(2025, 4, 9),
        """Verrine Observatory's new telescope sees first light

The 4.1-metre Aldous Telescope at Verrine Observatory captured its first light on Friday,
a sharp image of the spiral galaxy NGC 2403 taken through thin cloud, the observatory
announced.

"Seeing those spiral arms appear on the screen after so many years was an extraordinary
moment," said project scientist Dr Leila Haddad.

The telescope's primary mirror was cast in 2019 in Mainz, and construction of the building
began in March 2021. The dome was completed by December 2023, and the mirror was installed
last autumn after being polished to an accuracy of 15 nanometres.

Engineers will now spend several months aligning the optics and testing the instruments.
Science operations are expected to begin in October.

The observatory will hold a public open night on 26 April, when visitors will be able to
tour the dome. Tickets are free but must be booked in advance.

The telescope reached a limiting magnitude of 21.5 in its first test exposures, deeper than
any other telescope on the island. It is among the projects highlighted in the national
2030 Astronomy Strategy.

Image caption: NGC 2403, imaged by the Aldous Telescope, exposure 600 s.

Press office: +44 131 555 0177""",
        (
            expect("2025-04-04", "first light"),
            expect("2019", "mirror"),
            expect("2021-03", "construction"),
            expect("../2023-12", "dome"),
            expect("2025-10", "science", planned=True),
            expect("2025-04-26", "open night", planned=True),
        ),
    ),
    Text(
        "state-of-the-city",
        "mayor's state of the city speech summary",
        date(2025, 2, 7),
        """Mayor Ortega touts housing and transit in State of the City address

By Renee Caldwell, City Hall Reporter

Mayor Luis Ortega delivered his third State of the City address on Thursday, telling an
audience of about 600 at the Civic Auditorium that Millbrook was "building for the next
generation."

Ortega, who took office in January 2022, pointed to the new Eastside branch library, which
opened in September, and to 1,150 affordable homes now under construction. He said
homelessness in the city had fallen to its lowest level since 2015.

The mayor said the city's property tax rate has been frozen since 2023 and promised to keep
it unchanged. He will present his proposed budget to the City Council on March 4.

The centerpiece of the speech was the Blue Line bus rapid transit route, which will open in
2027 and link downtown to the airport. Ortega said it was a key part of the city's Vision
2040 plan.

Council member Dana Whitlock, a frequent critic, said the speech "left out the potholes,"
noting that residents had made more than 9,000 calls to the city's 311 line about road
damage.

The address is given every February under Ordinance 2024-118, which moved it from the
autumn.""",
        (
            expect("2025-02-06", "address"),
            expect("2022-01", "office"),
            expect("2024-09", "library"),
            expect("2023/..", "tax"),
            expect("2025-03-04", "budget", planned=True),
            expect("2027", "blue line", planned=True),
        ),
    ),
    Text(
        "glasshouse-collections",
        "botanic garden's plant collection history page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>History of our collections | Fernhill Botanic Garden</title></head>
<body>
<header><a href="/">Fernhill Botanic Garden</a> &gt; <a href="/collections">Collections</a></header>
<main>
<h1>History of the living collections</h1>

<h2>The Palm House</h2>
<p>The Palm House, the garden's largest glasshouse, was built from 1848 to 1852 to a design
by the engineer Thomas Ridley. Its oldest plant, a cycad, was possibly brought from the Cape
in 1775, although the garden's first catalogue does not record its arrival.</p>

<h2>Orchids</h2>
<p>The first orchid collection was acquired about 1870 from the estate of a Liverpool
merchant. Orchids are watered by hand every morning.</p>

<h2>Rhododendrons</h2>
<p>Seed collected on the Yunnan expeditions of 1910 and 1913 produced most of the
rhododendrons on Fernhill Bank. Our best-known plant, accession no. 1913-0457, flowers
in most years.</p>

<h2>Herbarium and newer plantings</h2>
<ul>
<li>The garden has housed the county herbarium since 1901.</li>
<li>A Wollemi pine was planted beside the lake in 2006.</li>
<li>The Alpine House, closed for repairs, is scheduled to reopen in 2026.</li>
</ul>
</main>
<footer>
<p>Fernhill Botanic Garden, registered charity no. 1048523</p>
<p>Last reviewed: 02/2024</p>
</footer>
</body>
</html>""",
        (
            expect("1848/1852", "palm house"),
            expect("1775?", "cycad"),
            expect("1870~", "orchid"),
            expect("1910", "expedition"),
            expect("1913", "expedition"),
            expect("1901/..", "herbarium"),
            expect("2006", "pine"),
            expect("2026", "alpine", planned=True),
        ),
    ),
    Text(
        "avian-influenza-notice",
        "veterinary disease outbreak notice",
        None,
        """ANIMAL AND PLANT HEALTH SERVICE
Notice: Highly pathogenic avian influenza (H5N1) confirmed in Norfolk
Issued: 18 September 2024
Case ref: AIV 2024/31

Avian influenza H5N1 was confirmed on 14 September in commercial laying hens at a premises
near Diss, South Norfolk. Birds on the premises had shown signs of disease from around
10 September.

A 3 km protection zone and a 10 km surveillance zone have been in force around the premises
since 15 September. All 28,000 birds on the infected premises had been humanely culled by
17 September.

The protection zone is expected to be lifted on 8 October, when it will merge into the
surveillance zone, if no further cases are found.

The last outbreak in the county, at a turkey farm near Attleborough, was confirmed in 2022.
The infected flock is the largest in the East of England since 2017.

Advice for bird keepers
- Keepers in the zones must house their birds and record all movements.
- Poultry gatherings remain banned under the 2021 Avian Influenza Prevention Order.
- Check your birds every day and clean footwear every time you enter a shed.

Report suspicion of disease immediately to the Defra Rural Services Helpline on
03000 200 301.

The risk to public health from this strain remains very low.""",
        (
            expect("2024-09-14", "confirm"),
            expect("2024-09-10~", "sign"),
            expect("2024-09-15/..", "zone"),
            expect("../2024-09-17", "cull"),
            expect("2024-10-08", "lift", planned=True),
            expect("2022", "outbreak"),
        ),
    ),
    Text(
        "kangri-expedition",
        "climbing expedition report",
        None,
        """Report of the Northern Mountaineering Club 2023 Tashi Kangri Expedition

Members: Hannah Lowe (leader), Marcus Feld, Priya Sethi, Owen Carr; with Pasang Dorje Sherpa
and Mingma Tenzing Sherpa.

Tashi Kangri (6,477 m) was first climbed possibly in 1956 by a Swiss party, though the
claim has never been confirmed. The club made its own previous attempt around 1988, turning
back below the north col.

The team left Kathmandu on 2 April 2023 and, after a twelve-day approach through the Tsum
valley, reached Base Camp at 4,900 m on 11 April. A radio call was made every evening at
19:00.

Camp I was placed on the glacier at 5,600 m. Despite heavy snow, Camp II at 6,350 m had been
established by 24 April, and fixed rope was run up the first 300 m of the north-east ridge.

After two storms and a long wait, Lowe, Sethi and both Sherpas reached the summit on 17 May
at 10:40, in clear but very cold weather. The whole team descended safely to Base Camp two
days later.

The expedition thanks the Mount Everest Foundation (grant MEF 23-14) and the club's Alpine
Fund for their support.""",
        (
            expect("1956?", "climb"),
            expect("1988~", "attempt"),
            expect("2023-04-02", "kathmandu"),
            expect("2023-04-11", "base camp"),
            expect("../2023-04-24", "camp ii"),
            expect("2023-05-17", "summit"),
            expect("2023-05-19", "descend"),
        ),
    ),
    Text(
        "actor-obituary",
        "newspaper's obituary of an actor",
        date(2025, 1, 23),
        """OBITUARIES

Gerald Ashworth, stage and screen actor, dies aged 86

Gerald Ashworth, whose gravelly voice made him one of the most recognisable character
actors of his generation, died at his home in Hove on Tuesday. He was 86.

Born in Bolton on 12 August 1938, the son of a mill foreman, Ashworth won a scholarship to
drama school in London. His professional stage debut came probably in 1959, in a touring
production of The Rivals, although he later gave different dates in interviews.

In 1971 he won a BAFTA for his performance as a corrupt magistrate in the television series
Hollow Crown Street, a role that led to decades of work playing police officers, judges and
villains. He played Lear at Stratford twice and liked to say he had died on stage more than
1,200 times.

Ashworth married the actress Frances Tull in 1966; they divorced in 1979. He had lived in
Hove since 1994 and appeared every Christmas in the pantomime at the town's Theatre Royal
until his retirement.

Photograph: Ashworth as Lear, 1982. Pinewood Archive

He is survived by his daughter, Clare, and two grandchildren. A funeral will be held at St
Andrew's Church, Hove, on February 3.""",
        (
            expect("2025-01-21", "died"),
            expect("1938-08-12", "born"),
            expect("1959?", "debut"),
            expect("1971", "bafta"),
            expect("1966", "married"),
            expect("1979", "divorce"),
            expect("1994/..", "hove"),
            expect("2025-02-03", "funeral", planned=True),
        ),
    ),
    Text(
        "korvane-recalls",
        "manufacturer's safety recall history",
        None,
        """KORVANE APPLIANCES
Product safety: our recall history

We take the safety of our products seriously. This page lists every safety recall we have
made since the company began selling in the UK.

Kettles, model KV-200
The first reports of loose lids scalding users reached us around May 2014. In March 2016 we
recalled all KV-200 kettles with batch codes 1804 to 1866 and offered a free replacement.

Dehumidifiers, model DH-10
On 11 October 2018 we recalled DH-10 dehumidifiers after a fault in the power supply board
caused several units to overheat.

Fan heaters, models FH-3 and KV-2019
From 2 to 30 June 2021 our engineers replaced the thermostats of 14,000 fan heaters in
customers' homes. The fan heater recall is expected to close on 31 December 2025; after
that date replacement thermostats will still be available on request.

Since 2022 all our heating products have carried a second thermal cut-out.

Is my product affected?
Check the model number on the rating label underneath the appliance. Please do not use an
affected product.

Freephone recall line: 0800 123 2016 (Monday to Friday, 8am-6pm)
Korvane Appliances Ltd, registered in England no. 04519362

Page updated 5 May 2025""",
        (
            expect("2014-05~", "report"),
            expect("2016-03", "kettle"),
            expect("2018-10-11", "dehumidifier"),
            expect("2021-06-02/2021-06-30", "thermostat"),
            expect("2025-12-31", "recall", planned=True),
            expect("2022/..", "thermal"),
        ),
    ),
    Text(
        "way-of-saint-aldhelm",
        "pilgrimage route guide",
        None,
        """The Way of Saint Aldhelm - Route guide

Stage 4: Bruton to Cranmore Shrine (14.5 km, about 4 hours)

The Way of Saint Aldhelm follows the old path taken by pilgrims to the saint's shrine at
Cranmore. The route was first documented c. 1120 in a charter of the abbey of Malmesbury,
which describes "the pilgrims' way over the hill".

Leaving Bruton, cross the River Brue by the packhorse bridge, which was built before 1400
and is the oldest on the route. Climb past the chapel of St Leonard, consecrated in 1347,
where pilgrims can have their passports stamped.

At the top of Creech Hill the path joins the ridgeway. The shrine at Cranmore burned,
perhaps in 1521, and was rebuilt by the parish a generation later; little of the medieval
work survives.

The route was waymarked with the scallop-and-crozier sign in 1987, and a pilgrims' hostel
has been open in the old schoolhouse at Cranmore since 2004. A new off-road section avoiding
the A361 is scheduled to open in 2026.

Practical information
- Distance from Sherborne: 62 km in five stages.
- The shrine holds a pilgrims' mass every Sunday at 11:00, and a procession on 25 May each
  year, the saint's feast day.
- Over 2,000 pilgrims walked the Way last year.
- Hostel bookings: 01749 880 447.

Map: OS Explorer 142.""",
        (
            expect("1120~", "document"),
            expect("../1400", "bridge"),
            expect("1347", "chapel"),
            expect("1521?", "shrine"),
            expect("1987", "waymark"),
            expect("2004/..", "hostel"),
            expect("2026", "section", planned=True),
        ),
    ),
)
