"""The two-hundred-and-twenty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a drought monitor's water
restriction updates, a city marathon report, a solar farm press release, a midwife's diary of
the 1780s, a bumblebee transect survey, a salt works' history, a fisheries minister's quota
statement, a theatre's HTML performance cancellations page, a coroner's inquest findings, a
printer's history and a cricket club's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYSIXTH_CORPUS",)

TWOHUNDREDTWENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-skerrin",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HARLOW BAY, Oct 9 (Norvane Press) - A passenger ferry that ran aground off the Skerrin
islands on Monday evening was refloated on Wednesday and towed into Harlow Bay for
inspection, the coastguard said.

The Brisa Norte, operated by Calder Sound Lines, struck a sandbank at 7:40 p.m. on Monday
with 312 passengers and 41 crew on board. Lifeboats and a chartered tug had taken all the
passengers ashore by Tuesday morning, coastguard duty officer Maren Holt said. Four people
were treated for minor injuries.

The national maritime accident board opened an investigation on Tuesday and said it
expected to publish an interim report no later than December 20.

Calder Sound Lines said it would resume sailings on the Harlow Bay-Skerrin route on
October 14 with a chartered replacement, the Fjordlys. Passengers with bookings can call
0800 412 2016 to change them. Chief executive Piet Vandersloot said the company would pay
about 1.8 million crowns in compensation.

"Our crews did exactly what they train for every month," he said.

Divers will survey the hull on Friday before the company decides whether the ship can be
repaired at Harlow Bay or must go to a yard abroad.

The Brisa Norte was built in 1998 at the Vessen yard and joined the Calder fleet in 2009.
It was the first grounding on the route since 2016, and the first serious incident in the
26-year-old ship's career.

(Reporting by Sanna Liljeqvist; Editing by Rob Marsh)""",
        (
            expect("2024-10-07", "aground"),
            expect("2024-10-09", "refloat"),
            expect("../2024-10-08", "passengers"),
            expect("2024-10-08", "investigation"),
            expect("../2024-12-20", "report", planned=True),
            expect("2024-10-14", "resume", planned=True),
            expect("2024-10-11", "hull", planned=True),
            expect("1998", "built"),
            expect("2009", "fleet"),
        ),
    ),
    Text(
        "hollis-brenmar-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Hollis Medical Textiles Completes Acquisition of Brenmar Sutures

TARRANT, Ohio, February 3, 2025 /PRWire/ -- Hollis Medical Textiles Inc. (NASDAQ: HMTX), a
maker of surgical meshes and wound-care fabrics, has completed its acquisition of Brenmar
Sutures LLC, a privately held manufacturer of absorbable sutures based in Oakridge,
Tennessee.

The transaction, first announced on November 18, 2024, closed on January 31, 2025, after
clearance by regulators. Hollis paid $212 million in cash, with up to $30 million more in
milestone payments.

"Brenmar gives us a complete wound-closure portfolio," said Dana Whitcombe, President and
Chief Executive Officer of Hollis. "Their team has been making sutures since 1987 and knows
this business better than anyone."

Brenmar's Oakridge plant, which employs 340 people, will begin producing Hollis-branded
sutures in April 2025. Hollis expects to complete the integration of the two sales forces
by September 30, 2025.

Conference Call
Hollis will host a conference call for investors on February 5, 2025 at 10:00 a.m. ET.
Participants may dial 1-800-555-1987 and enter conference ID 2025.

About Hollis Medical Textiles
Founded in 1952 in Tarrant, Ohio, Hollis Medical Textiles Inc. designs and manufactures
medical fabrics used in more than 4,000 hospitals. The company employs 2,100 people in
14 countries.

Forward-Looking Statements
This release contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially from those expressed or implied.

Media contact: Jess Albrecht, +1 614 555 0142, press@hollismt.example

# # #""",
        (
            expect("2024-11-18", "announced"),
            expect("2025-01-31", "closed"),
            expect("1987/..", "sutures"),
            expect("2025-04", "produc", planned=True),
            expect("../2025-09-30", "integration", planned=True),
            expect("2025-02-05", "call", planned=True),
            expect("1952", "founded"),
        ),
    ),
    Text(
        "petrov-v-greystone",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH ARDEN

No. A23-1147

Filed June 12, 2024

NADIA PETROV,
Appellee,

v.

GREYSTONE PROPERTY HOLDINGS, LLC,
Appellant.

Appeal from the District Court for Ferris County, Hon. Miriam Castellanos, Judge.

AFFIRMED IN PART, REVERSED IN PART, AND REMANDED.

HALVERSEN, Judge.

I. BACKGROUND

On or about March 3, 2021, Nadia Petrov signed a two-year lease for a ground-floor unit at
1998 Larch Avenue, Wendover, owned by Greystone Property Holdings, LLC ("Greystone"). The
lease term ran from April 1, 2021 to March 31, 2023, at a monthly rent of $1,450.

Petrov reported a leak in the bedroom ceiling in May 2022. Greystone sent a contractor, who
painted over the stain. In August 2022, part of the ceiling collapsed onto her bed. Petrov
moved out by the end of September 2022 and stopped paying rent.

Petrov filed suit on January 9, 2023, alleging breach of the warranty of habitability
under the Residential Tenancies Act of 1979, section 14(2). Greystone counterclaimed for
unpaid rent. After a bench trial held September 4 through 6, 2023, the district court
entered judgment for Petrov on November 20, 2023, awarding her $18,240. Greystone filed its
notice of appeal on December 15, 2023. We heard argument on April 2, 2024.

II. ANALYSIS

We review findings of fact for clear error and conclusions of law de novo. Kessler v.
Dunmore Realty, 212 N.A.2d 1991, 1994 (N. Ard. 2009). A landlord breaches the warranty when
a defect makes the premises unfit for occupation and the landlord fails to repair it within
a reasonable time after notice. Id.

The district court's finding that Greystone had notice of the leak is supported by the
record. But the court awarded $2,000 for emotional distress, a remedy the Act does not
provide. We reverse that part of the award.

III. CONCLUSION

The judgment is affirmed in part and reversed in part, and the case is remanded for the
district court to recalculate damages consistent with this opinion.""",
        (
            expect("2021-03-03~", "lease", "sign"),
            expect("2021-04-01/2023-03-31", "term"),
            expect("2022-05", "leak"),
            expect("2022-08", "ceiling"),
            expect("../2022-09", "moved"),
            expect("2023-01-09", "suit"),
            expect("2023-09-04/2023-09-06", "trial"),
            expect("2023-11-20", "judgment"),
            expect("2023-12-15", "appeal"),
            expect("2024-04-02", "argument"),
        ),
    ),
    Text(
        "varnholt-canal",
        "encyclopedia history",
        None,
        """Varnholt Canal

The Varnholt Canal is a 34-kilometre (21 mi) canal in northern Esland, linking the river
Varne at Holtby with the port of Kessmouth. It has 18 locks and a summit pound 1,790 metres
long, and rises 61 metres from the Varne.

History

A royal charter for a navigation from Holtby, possibly issued in 1788, is known only from a
later copy. Construction began c. 1792 under the engineer Elias Brandt, and the canal opened
in 1801, carrying coal, grain and lime. The Kessmouth extension was built between 1823 and
1829. Traffic peaked in the 1850s, when some 400 boats were registered on the canal.

The Holtby and Kessmouth Railway reached the town in 1864, and the railway company bought the
canal in 1871. Tolls fell every year after that, and commercial traffic ceased in 1931. The
canal was formally abandoned under the Inland Waterways (Closure) Order 1938.

Restoration

The Varnholt Canal Society was founded in 1979 to campaign for reopening. After a survey
showed that 15 of the 18 locks could be saved, the canal was restored from 1994 to 2003 at a
cost of 46 million crowns, and it reopened on 12 May 2003. Since 2010 the canal has been
managed by the Varnholt Waterways Trust, which plans to reopen the Kessmouth arm, closed to
boats since the 1950s, by 2030.

See also
- Canals of Esland
- Elias Brandt

References
1. Brandt, E. (1803). A Report on the Varnholt Navigation. Holtby.
2. Lindqvist, M. (1998). Water Roads of the North. Kessmouth: Harbour Press. pp. 112-140.""",
        (
            expect("1788?", "charter"),
            expect("1792~", "construction"),
            expect("1801", "open"),
            expect("1823/1829", "extension"),
            expect("1864", "railway"),
            expect("1871", "bought"),
            expect("1931", "traffic"),
            expect("1979", "society"),
            expect("1994/2003", "restor"),
            expect("2003-05-12", "reopen"),
            expect("2010/..", "manag"),
            expect("../2030", "arm", planned=True),
        ),
    ),
    Text(
        "rovers-cup-semi",
        "sports report",
        None,
        """THE NORTHERN CHRONICLE | SPORT | Sunday 16 March 2025

REGIONAL CUP SEMI-FINAL, FIRST LEG
Lindow Rovers 3 Castlegate Athletic 1

Okafor double puts Rovers in charge

By Gareth Penhaligon

Lindow Rovers took a firm grip on their Regional Cup semi-final yesterday, beating Castlegate
Athletic 3-1 at Millbank Park in front of 6,112 supporters.

Daniel Okafor, who joined from Brisk Town in January 2023, scored twice in the first 30
minutes, first with a header from Kyle Amadi's corner and then with a low shot from the edge
of the box. Castlegate pulled one back through Ross Delaney in the 71st minute before
substitute Leon Varga sealed it in stoppage time.

It was a first win in charge for caretaker manager Sean Doyle, who took over after Mark
Elston was sacked on 3 February following a run of seven straight defeats.

"We have not won anything yet," said Doyle, 47. "Half-time is half-time."

Rovers were without captain Tom Reilly, who has been out with a hamstring injury since
22 February. The club expects him to return by the end of April.

The second leg is at Castlegate's Brook Lane ground on Wednesday 26 March, kick-off 7.45pm.
Before that, Rovers visit Dunmore in the league on Saturday.

Rovers last won the cup in 2009. Yesterday's crowd was the biggest at Millbank Park since
the 2019 derby, and Rovers have now scored in 11 consecutive home games.

Lindow Rovers: Hart; Byrne, Mensah, Cole, Dyer; Amadi, Flint, Quinn; Varga (Patel 80),
Okafor, Lowe.""",
        (
            expect("2025-03-15", "castlegate"),
            expect("2023-01", "okafor", "joined"),
            expect("2025-02-03", "elston", "sack"),
            expect("2025-02-22/..", "reilly", "injur"),
            expect("../2025-04", "reilly", "return", planned=True),
            expect("2025-03-26", "leg", planned=True),
            expect("2025-03-22", "dunmore", planned=True),
            expect("2009", "cup"),
        ),
    ),
    Text(
        "brannock-cycles-history",
        "company history",
        None,
        """Brannock Cycles | About us | Our history

A hundred years of frames from Foundry Lane

Albert Brannock opened his first workshop on Cable Street, Ludworth, in 1921, with two
employees and a borrowed lathe, building steel frames to order for local riders. Around 1930
the firm began exporting to Denmark and the Netherlands, and in 1934 it moved to the larger
Foundry Lane works, where the company still has its head office today.

Between 1940 and 1945 the works built folding bicycles for the army, some 11,000 of them,
and the women who ran the brazing shop in those years are remembered in the name of our
current touring model, the Ada.

The Corsa racing frame, launched in 1958, made Brannock famous. Riders on Corsa frames won
the national road championship six times in the following twenty years.

Brannock became a public company on 2 October 1986, and in 2004 the Brannock family sold the
business to the Dutch group Veldhuis Mobility, which kept the name and the Ludworth works.
Since 2015 all Brannock frames have been made at our own plant in Aveiro, Portugal, while
painting and final assembly stay in Ludworth.

Today Brannock employs 260 people and sells through 1,934 dealers in 31 countries. Every
frame still carries a hand-painted head badge, as it has since the first one left Cable
Street.

Looking ahead, we plan to open a Brannock museum at Foundry Lane in 2026, with frames,
tools and drawings from our own archive.

Visit us | Dealers | Careers | Press

(c) 2025 Brannock Cycles Ltd. Registered in Esland No. 00192186.""",
        (
            expect("1921", "workshop"),
            expect("1930~", "export"),
            expect("1934", "moved"),
            expect("1940/1945", "army"),
            expect("1958", "corsa"),
            expect("1986-10-02", "public"),
            expect("2004", "sold"),
            expect("2015/..", "frames"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "selka-2-orbiter",
        "mission summary",
        None,
        """ESLAND SPACE AGENCY - SCIENCE DIRECTORATE
MISSION SUMMARY: SELKA-2 LUNAR ORBITER
Document ESA-SCI-SK2-0041, Revision C

1. OVERVIEW

Selka-2 is a 612 kg lunar orbiter carrying an infrared spectrometer, a laser altimeter and a
neutron detector, built to map water ice in permanently shadowed craters near the lunar
poles.

2. MISSION HISTORY

- Launch: Selka-2 was launched on 4 November 2021 at 03:17 UTC on a Tarvos-2 rocket from
  the Vaskoe launch site.
- Lunar orbit insertion: after a direct transfer, the spacecraft entered lunar orbit nine
  days later. A 100 km polar orbit was reached after three trim manoeuvres.
- Science operations began on 1 December 2021.
- On or about 17 August 2022 the infrared spectrometer developed a detector fault; it has
  since worked at half its original resolution.
- Contact was lost for 41 hours on 3-4 May 2023 after a safe-mode entry caused by a
  software error. The error was corrected by a patch uploaded from the ground.
- The extended mission, approved in October 2023, began in January 2024.

3. RESULTS

By the end of the prime mission the orbiter had returned 1,870 GB of data and about 2,040
altimeter tracks. Ice deposits were confirmed in 14 craters.

4. END OF MISSION

A final orbit-lowering manoeuvre is planned for March 2026. With no propellant left after
it, the spacecraft is expected to impact the lunar far side no later than 30 June 2026.

Contact: Selka-2 project office, selka2@esa-science.example""",
        (
            expect("2021-11-04", "launch"),
            expect("2021-11-13", "orbit"),
            expect("2021-12-01", "science"),
            expect("2022-08-17~", "spectrometer"),
            expect("2023-05-03/2023-05-04", "contact"),
            expect("2023-10", "approv"),
            expect("2024-01", "extended"),
            expect("2026-03", "manoeuvre", planned=True),
            expect("../2026-06-30", "impact", planned=True),
        ),
    ),
    Text(
        "kelby-road-bridge",
        "government statement",
        None,
        """DEPARTMENT FOR TRANSPORT AND INFRASTRUCTURE

Statement on the Kelby Road Bridge, Marrow

Thursday 22 May 2025

The Minister for Transport, Aileen Cathcart, has made the following statement:

"On 6 May, during a routine survey, inspectors found cracks in two of the steel bearings that
carry the Kelby Road Bridge over the river Marrow. On the advice of the department's
engineers, the bridge was closed to vehicles over 7.5 tonnes on 9 May, under an order made
under the Road Traffic Regulation Act 1984.

I know how much disruption this has caused to businesses and families on both sides of the
river. A free shuttle bus across the bridge started on Monday 19 May and runs every 15
minutes from 6am to midnight.

Repair works will begin on 2 June. Contractors will replace both damaged bearings, and the
bridge will stay open to cars and buses while they work.

The department will also complete a study of the options for a full replacement of the
bridge no later than 31 December 2025.

The bridge opened in 1968 and was last strengthened in 2007. It now carries around 21,000
vehicles a day, far more than it was designed for.

I will visit the site on Friday with local councillors and the contractor."

ENDS

Notes to editors
1. Public enquiries: 0300 123 2025.
2. Diversion maps are on the department's website.""",
        (
            expect("2025-05-06", "crack"),
            expect("2025-05-09", "closed"),
            expect("2025-05-19", "bus"),
            expect("2025-06-02", "repair", planned=True),
            expect("../2025-12-31", "study", planned=True),
            expect("1968", "opened"),
            expect("2007", "strengthen"),
            expect("2025-05-23", "visit", planned=True),
        ),
    ),
    Text(
        "ashby-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ashby Central Library reopens after flood | Ashby Echo</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="main-nav">
  <a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
  <a href="/whats-on">What's on</a> <a href="/subscribe">Subscribe</a>
</nav>
<article>
<h1>Ashby Central Library reopens two and a half years after flood</h1>
<p class="byline">By Fiona Carrick, local democracy reporter</p>
<p class="dateline"><time datetime="2024-11-07T08:15:00Z">7 November 2024</time>
 | Updated <time datetime="2024-11-07T10:02:00Z">10:02</time></p>
<figure>
  <img src="/img/library-reading-room.jpg" alt="The restored reading room">
  <figcaption>The reading room in 1962, and restored (right). Photo: Ashby Archives</figcaption>
</figure>
<p>Ashby Central Library reopened to the public on Tuesday, more than two and a half years
after a burst water main flooded its basement and ground floor.</p>
<p>The flood, on 28 February 2022, destroyed about 9,000 books and the library's heating
plant. The building closed in March 2022, and a temporary library ran from the old post
office on Mill Street.</p>
<p>Renovation work began in January 2023 and cost &pound;4.2m. The council expects to
recover about &pound;600,000 from its insurers by the end of March.</p>
<p>The library, built c. 1905 with a gift from the mill owner Jonas Ashby, keeps its
original oak shelving. A new children's wing will open on 2 December, and the council plans
to extend opening hours to Sundays from January.</p>
<p>"People queued from 8am," said librarian Mei Tanaka. "Some of them had been coming here
every Saturday for sixty years."</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/news/2024/06/library-delay">Library reopening delayed again</a>
      <time datetime="2024-06-12">12 June 2024</time></li>
    <li><a href="/news/2022/03/flood">Flood closes library</a>
      <time datetime="2022-03-01">1 March 2022</time></li>
  </ul>
</aside>
<footer>&copy; 2024 Ashby Echo Ltd. Tel 01530 555 1905</footer>
</body>
</html>""",
        (
            expect("2024-11-05", "reopen"),
            expect("2022-02-28", "flood"),
            expect("2022-03", "closed"),
            expect("2023-01", "renovation"),
            expect("../2025-03", "insurers", planned=True),
            expect("1905~", "built"),
            expect("2024-12-02", "children", planned=True),
            expect("2025-01", "hours", planned=True),
        ),
    ),
    Text(
        "kestrel-drought-updates",
        "drought monitor's water restriction updates",
        None,
        """KESTREL VALLEY WATER
Drought status and water restrictions: latest updates

Current status: DROUGHT - Stage 2 restrictions in force
Leak line (24 hours): 0345 600 1976

-------------------------------------------------------------
Update 5 - Tuesday 2 September 2025

Storms on 29 and 31 August brought 38 mm of rain to the Upper Kestrel catchment, but
reservoir storage is still only 41% of capacity, against 78% for the time of year.

Stage 2 restrictions, in force since 25 August, remain in place. Customers must not:
- use a hosepipe for any purpose, including watering allotments;
- fill swimming pools or ponds;
- wash vehicles except at commercial car washes that recycle water.

Our Drought Order application is still being considered by the Environment Agency, and we
expect a decision by the end of September. The next review of restrictions will take place
on 16 September.

-------------------------------------------------------------
Update 4 - Tuesday 12 August 2025

Today we applied to the Environment Agency for a Drought Order that would let us take more
water from the river Kestrel at Farley Weir. We have also doubled our leak repair teams.

-------------------------------------------------------------
Update 3 - Wednesday 30 July 2025

Reservoir storage fell to 52% on 28 July, the lowest July figure since 1995. A Temporary Use
Ban (hosepipe ban) has been in force since 1 July and applies to all 640,000 households in
our area.

We check reservoir levels every Monday and publish them here.

-------------------------------------------------------------
Kestrel Valley Water Ltd, Ridge House, Farley KV3 8TQ. Page last reviewed 2 September 2025.""",
        (
            expect("2025-08-29", "storm"),
            expect("2025-08-31", "storm"),
            expect("2025-08-25/..", "restrictions"),
            expect("../2025-09", "decision", planned=True),
            expect("2025-09-16", "review", planned=True),
            expect("2025-08-12", "order"),
            expect("2025-07-28", "storage"),
            expect("2025-07-01/..", "hosepipe"),
        ),
    ),
    Text(
        "calderton-marathon",
        "city marathon report",
        date(2025, 4, 28),
        """SPORTS | Monday, April 28

Ekwueme, Larraneta win in Calderton as heat thins the field

By Marcus Bell
Calderton Daily Ledger

CALDERTON - Daniel Ekwueme pulled away at the 35-kilometer mark and won the Calderton
Marathon on Sunday in 2 hours, 9 minutes, 14 seconds, the fastest time on the lakeside
course since 2018.

Sofia Larraneta won the women's race in 2:27:50, more than a minute ahead of last year's
champion, Hanne Visser. Both winners take home $25,000.

Temperatures reached 26 degrees Celsius by late morning, and 312 runners were treated by
medical teams. One runner, who collapsed near the finish, was taken to Calderton General
and released Monday morning, a hospital spokeswoman said.

The race, first run in 1983 with 412 finishers, drew 11,983 finishers this year. It was
cancelled in 2020 and 2021 because of the pandemic.

"The crowd on Harbour Street carried me," said Ekwueme, wearing bib number 2024. "I will
come back."

Registration for next year's race, scheduled for April 26, opens on May 1. Race director
Colleen Ortiz said the entry cap will rise to 14,000.

Some residents again complained about road closures that kept parts of the East Side cut off
for nine hours. The city said it will review the closures by the end of June.

RESULTS
Men: 1. Daniel Ekwueme 2:09:14; 2. Tomas Reyes 2:10:02; 3. Ali Haddou 2:11:37.
Women: 1. Sofia Larraneta 2:27:50; 2. Hanne Visser 2:29:01; 3. June Park 2:30:44.""",
        (
            expect("2025-04-27", "ekwueme"),
            expect("2025-04-27", "larraneta"),
            expect("2025-04-28", "released"),
            expect("1983", "first"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2026-04-26", "race", planned=True),
            expect("2025-05-01", "registration", planned=True),
            expect("../2025-06", "closures", planned=True),
        ),
    ),
    Text(
        "brightmoor-solar-farm",
        "solar farm press release",
        None,
        """PRESS RELEASE

Brightmoor Solar Farm enters commercial operation

BRIGHTMOOR, 3 September 2025 - Sunfold Renewables today confirmed that Brightmoor Solar Farm,
a 49.9 MW solar park on former arable land south of Brightmoor, entered commercial operation
on 1 September 2025.

The farm's 92,000 panels will generate about 52 GWh of electricity a year, enough for around
21,000 homes, and avoid some 2,030 tonnes of carbon emissions a year compared with gas.

Key milestones
- Planning consent was granted by Brightmoor District Council in March 2022.
- Construction started on or about 14 November 2023.
- First power was exported to the grid on 19 June 2025.

A 20 MW battery storage system on the same site is expected to come online by the end of
June 2026. The Brightmoor Community Fund, worth GBP 25,000 a year for the 40-year life of the
farm, will open for applications on 1 October.

"Brightmoor shows that a solar farm can be built in under two years while keeping sheep on
the land," said Sunfold's managing director, Rhiannon Pryce. "It brings us a step closer to
the county's 2030 net zero target."

About Sunfold Renewables
Sunfold Renewables has developed and operated solar parks in the UK since 2011. It owns 23
sites with a total capacity of 610 MW.

Media enquiries: press@sunfold.example | 01632 960 2011

ENDS""",
        (
            expect("2025-09-01", "commercial"),
            expect("2022-03", "consent"),
            expect("2023-11-14~", "construction"),
            expect("2025-06-19", "power"),
            expect("../2026-06", "battery", planned=True),
            expect("2025-10-01", "fund", planned=True),
            expect("2011/..", "parks"),
        ),
    ),
    Text(
        "lovejoy-midwife-diary-1787",
        "midwife's diary of the 1780s",
        None,
        """Diary of Mrs. Hannah Lovejoy, Midwife, of Sebasco Falls

1787

Janry 3d. Clear & cold. Was Calld to Mrs Pettibone at 2 h morn. She was Safe delivd of a
Daughter at 7 h. I returnd home at noon. Recd 6/ as my fee.
5th. Snow, a foot deep.
11th. Cloudy. Mr Hale's barn burnt in the night, with 2 cows & all his hay. The neighbours
turnd out but could not save it.
14th. Sabbath. Very cold.
Feby 2d. Stormy. Calld to Mrs Crane at 10 h evening. Delivd her of a Son at 4 h morn the 3d.
The 37th birth this twelvemonth past.
9th. Mrs Crane's infant Dyed this morn of the fitts. I sat up with the family.
20th. Thaw. Town meeting at Deacon Ely's; voted to build a new meeting house.
Mar. 13th. Clear. Son Jonathan sett out for Boston with a load of boards. Says he will
return abt the 10th of April. Hear the Court is to sit at the Hook the 27th inst.
15th. Rain. I have attended 412 births since I began the practise of midwifery in the year
1778, & lost but few.""",
        (
            expect("1787-01-03", "daughter"),
            expect("1787-01-11", "barn"),
            expect("1787-02-03", "son"),
            expect("1787-02-09", "infant"),
            expect("1787-02-20", "meeting"),
            expect("1787-03-13", "jonathan"),
            expect("1787-04-10~", "return", planned=True),
            expect("1787-03-27", "court", planned=True),
            expect("1778", "practi"),
        ),
    ),
    Text(
        "hollins-meadow-beewalk",
        "bumblebee transect survey",
        None,
        """MEADOWBEE MONITORING SCHEME - TRANSECT REPORT

Site: Hollins Meadow (transect HM-04)     Grid ref: SK 1987 6543
Recorder: Priya Anand                     Season: 2024
Transect length: 1.2 km in 6 sections     Altitude: 350 m

WALKS
Walk 1 - 12 April 2024, 11:20-12:05, 14 C, sunny, light wind.
  14 bumblebees: 9 Bombus pratorum queens, 3 B. terrestris agg., 2 B. hypnorum.
Walk 2 - 9 May 2024, 13:00-13:50, 17 C, bright cloud.
  22 bumblebees: B. pascuorum workers first seen this season.
Walk 3 - 14 June 2024, 12:10-13:00, 19 C, sunny.
  48 bumblebees, 6 species; 21 on red clover in section 4.
Walk 4 - The July walk was started on 11 July but abandoned after section 3 when heavy
  rain set in. It was repeated on 16 July: 31 bumblebees, mostly B. lapidarius.

NOTES
The transect was set up in 2012 along the old hedge line and the meadow margin. The tree
bumblebee, B. hypnorum, was first noted on the transect around 2015 and is now recorded on
most walks. Numbers in section 4 rise every year after the clover flowers.

The farmer's hay cut is planned for 29 July; walks 5 and 6 will be timed to avoid it.

Data for the season must be entered on the scheme website no later than 31 October 2024.

Species totals to date: 115 bumblebees of 7 species.""",
        (
            expect("2024-04-12", "walk"),
            expect("2024-05-09", "walk"),
            expect("2024-06-14", "walk"),
            expect("2024-07-11", "abandon"),
            expect("2024-07-16", "repeat"),
            expect("2012", "transect"),
            expect("2015~", "hypnorum"),
            expect("2024-07-29", "hay", planned=True),
            expect("../2024-10-31", "data", planned=True),
        ),
    ),
    Text(
        "saltcote-salt-works",
        "salt works' history",
        None,
        """SALTCOTE SALT WORKS: A SHORT HISTORY

Salt has been won from the brine springs at Saltcote for at least seven hundred years. A salt
pan here is mentioned in a charter to the priory of St Aldhelm said to date from 1230,
although the original document is lost.

The early works was a cluster of small lead pans heated by wood fires. Circa 1640 the brine
pits were deepened to reach a stronger spring, and in 1764 Josiah Marr built the great
boiling house, with four iron pans each 30 feet long, whose walls still stand. Marr's
accounts record 1,800 tons of salt sold in his best year.

Lying barely above the marsh, the works was flooded by high tides in 1802, 1811 and 1825.
After the last flood the Marr family raised the sea bank by six feet at a cost of 1,764
pounds, a sum the present owners still like to point out.

The railway siding opened on 6 May 1868 and carried Saltcote salt to Birchford and the
northern cities. By the 1890s, when competition from larger works in the west was growing,
the works employed 120 men and boys. Production ceased in 1959, when the last pan was
allowed to cool.

The buildings were restored between 1998 and 2001 by the Saltcote Trust with help from the
heritage lottery, and the site has been open to visitors as a working museum since 2001.
Salt is boiled in the restored pan on summer weekends.

Opening times: Wednesday to Sunday, 10am to 4pm. Admission: adults 8.50, children 4.00.""",
        (
            expect("1230?", "charter"),
            expect("1640~", "brine"),
            expect("1764", "boiling"),
            expect("1802", "flood"),
            expect("1811", "flood"),
            expect("1825", "flood"),
            expect("1868-05-06", "siding"),
            expect("1959", "production"),
            expect("1998/2001", "restor"),
            expect("2001/..", "museum"),
        ),
    ),
    Text(
        "fisheries-quota-statement",
        "fisheries minister's quota statement",
        None,
        """MINISTRY OF FISHERIES AND THE MARINE

Statement by the Minister for Fisheries, Annika Roos, on fishing opportunities for 2026

Friday 12 December 2025

"In the early hours of this morning, after two days of talks in Brussels, ministers reached
agreement on catch limits for next year. The new quotas will apply from 1 January 2026.

I will be honest: this is a difficult outcome for our cod fleet. The scientific advice
published on 30 September called for a cut of 24 per cent in the North Sea cod quota. We
have limited the cut to 12 per cent, but it still leaves us with the lowest cod quota since
1990.

There is good news too. Herring stocks have been rebuilding since 2019, and our herring
quota rises by 9 per cent. The plaice quota is unchanged at 14,060 tonnes.

I met representatives of the industry on 24 November, and I have listened to them. A support
scheme worth 18 million euros for vessels most affected by the cod cut will open on
2 February. Applications must be submitted no later than 27 March.

Coastal state talks on mackerel will resume in London on 20 January. I will press there, as
I have every year, for a fair share for our pelagic fleet.

This agreement is consistent with our obligations under the Fisheries Act 2020 and with the
sustainable fishing principles we have followed since we took office."

Press office: +46 10 555 2026""",
        (
            expect("2025-12-12", "agreement"),
            expect("2026-01-01", "quota", planned=True),
            expect("2025-09-30", "advice"),
            expect("2019/..", "herring"),
            expect("2025-11-24", "industry"),
            expect("2026-02-02", "scheme", planned=True),
            expect("../2026-03-27", "applications", planned=True),
            expect("2026-01-20", "talks", planned=True),
        ),
    ),
    Text(
        "tolland-playhouse-cancellations",
        "theatre's HTML performance cancellations page",
        date(2025, 2, 14),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Performance changes and cancellations | Tolland Playhouse</title>
<link rel="stylesheet" href="/css/site.css">
<script src="/js/cookie-banner.js" defer></script>
</head>
<body>
<header>
  <a class="logo" href="/">Tolland Playhouse</a>
  <nav><a href="/whats-on">What's On</a> <a href="/visit">Visit</a>
  <a href="/support">Support Us</a> <a href="/basket">Basket (0)</a></nav>
</header>
<main>
<h1>Performance changes and cancellations</h1>
<p class="updated">Last updated: Fri 14 Feb, 16:30</p>

<section class="notice">
<h2>The Lamplighter's Wife (Main House)</h2>
<p>We are sorry to tell audiences that Laura Denholm, who plays Nell, was injured during the
matinee on Saturday 8 February. Her understudy is not yet ready to go on, and the
performances on 11, 12 and 13 February were cancelled.</p>
<p>Rescheduled performances will take place on Thursday 6 and Friday 7 March at 7.30pm.
Ticket holders for the cancelled dates can swap into these at no cost, or ask for a refund.
All refunds will be processed by 28 February.</p>
</section>

<section class="notice">
<h2>Studio Theatre</h2>
<p>The Studio will be closed from 3 to 9 March for repairs to the roof. The Studio usually
closes for a week each spring for maintenance, and this year the roof work falls in it.</p>
</section>

<p>Box office: <a href="tel:01632960911">01632 960911</a> (Mon-Sat, 10am-6pm)</p>
</main>
<footer>
  <p>Tolland Playhouse Trust, registered charity no. 1081925</p>
  <p>&copy; 2025 Tolland Playhouse</p>
</footer>
</body>
</html>""",
        (
            expect("2025-02-08", "injur"),
            expect("2025-02-11", "cancel"),
            expect("2025-02-12", "cancel"),
            expect("2025-02-13", "cancel"),
            expect("2025-03-06", "rescheduled", planned=True),
            expect("2025-03-07", "rescheduled", planned=True),
            expect("../2025-02-28", "refund", planned=True),
            expect("2025-03-03/2025-03-09", "studio", planned=True),
        ),
    ),
    Text(
        "inquest-findings-marsh",
        "coroner's inquest findings",
        None,
        """RECORD OF AN INQUEST

Coroner's area: North Arden and Ferris
Case no. 2023-0412

The following is the record of the inquest, including the statutory determination and, where
required, findings.

1. Name of the deceased: Gerald Peter MARSH

2. Medical cause of death:
   1a Traumatic subdural haematoma
   1b Fall from height
   II  Atrial fibrillation treated with anticoagulants

3. How, when and where the deceased came by his death:
   On or about 11 August 2023 Mr Marsh, aged 67, fell about 3 metres from a ladder while
   clearing gutters at his home, 14 Oriel Close, Wendover. He was admitted to Wendover Royal
   Infirmary on 12 August 2023, after his wife found him confused and drowsy. A CT scan
   showed a bleed on the brain. Despite surgery he died at the Infirmary on 14 August 2023.

4. Conclusion of the coroner: Accident.

5. Further particulars: Mr Marsh had a hip replacement in 2019 and had taken anticoagulants
   for several years. He had worked as a roofer for 32 years before retiring.

FINDINGS

The inquest was opened on 22 August 2023 and adjourned for further enquiries. The resumed
hearing took place on 4 and 5 March 2024, when I heard evidence from Mrs Marsh, the treating
neurosurgeon and the Infirmary's emergency department lead.

I found that the delay before his admission contributed to his death. The NHS 111 call made
on the evening of the fall was wrongly triaged. I am issuing a Prevention of Future Deaths
report; the Trust must respond to it by 2 May 2024. The Trust told me it expects to introduce
a new protocol for head injuries in patients on anticoagulants by June 2024.

Signature: H. M. Okonjo, Senior Coroner
Date: 5 March 2024""",
        (
            expect("2023-08-11~", "fell"),
            expect("2023-08-12", "admitted"),
            expect("2023-08-14", "died"),
            expect("2019", "hip"),
            expect("2023-08-22", "inquest", "opened"),
            expect("2024-03-04", "hearing"),
            expect("2024-03-05", "hearing"),
            expect("../2024-05-02", "respond", planned=True),
            expect("../2024-06", "protocol", planned=True),
        ),
    ),
    Text(
        "hartwell-printers-history",
        "printer's history",
        None,
        """HARTWELL & SONS, PRINTERS, OF ASHBY MARKET
A history prepared for the Ashby Market Civic Society

Thomas Hartwell, a journeyman from Leicester, is said to have set up his first press in a
room above the Bell in Sheep Street in 1794. No work bearing his imprint survives from before
1800, and the earliest dated piece in the society's collection is a sale bill for a flock of
1,794 ewes, which has confused more than one researcher.

The business moved to larger premises in Bridge Street c. 1820, and in 1837 Hartwell's son
William printed the first edition of the Ashby Mercury, a weekly newspaper that the family
owned for the next ninety years. A steam press was installed in 1851, the first in the
county outside Leicester.

On the night of 3 November 1882 a fire destroyed the Bridge Street works, together with most
of the firm's type and its early records. The works was rebuilt the following year to the
design of the local architect Samuel Pegg, and the date stone over the door still reads
"T.H. 1794 - W.H. 1883".

Linotype machines were bought in 1909 and 1913, allowing the Mercury to grow from four pages
to eight. In its busiest years the firm printed some 3,000 posters a week for fairs, sales and
elections.

Hartwell & Sons closed on 30 June 1994 after two hundred years of printing. Its last
partner, Edith Hartwell, was then 78. The Bridge Street building has housed the
Ashby Market Museum since 1998, and its composing room is kept as it was left.

Further reading: E. Hartwell, Two Centuries at the Case (privately printed, 1995).""",
        (
            expect("1794?", "press"),
            expect("1820~", "moved"),
            expect("1837", "mercury"),
            expect("1851", "steam"),
            expect("1882-11-03", "fire"),
            expect("1883", "rebuilt"),
            expect("1909", "linotype"),
            expect("1913", "linotype"),
            expect("1994-06-30", "closed"),
            expect("1998/..", "museum"),
        ),
    ),
    Text(
        "ashcombe-cc-fixtures",
        "cricket club's fixtures list",
        date(2025, 3, 20),
        """ASHCOMBE CRICKET CLUB
1st XI FIXTURES - 2025 SEASON

Dear Members,

The club, founded c. 1870, starts its season with a smart new scoreboard, and the pavilion,
opened in 1896, has new guttering thanks to a grant from the parish council.

Thank you to all who came to the AGM on Wed 12 Feb. Rob Tate stays on as captain and the
match fee stays at GBP 12. Outdoor nets begin Tues. 15th April at 6pm and run
every Tuesday and Thursday until the end of the season. New players very welcome.

Date          Opponent                     Venue   Start
Sat 3 May     Bramley                      H       1.00pm
Sat 10 May    Hexley                       A       1.00pm
Sat 17 May    Oldcastle Town               H       1.30pm
Sat 7 June    Tarn Valley (County Cup R1)  A       12.30pm
Sat 19 July   President's XI               H       2.00pm

Teas: volunteers please sign the rota in the pavilion; home teams provide tea every match.

The Annual Dinner will be held at the Red Lion on Friday 26 September, 7 for 7.30pm.
Tickets GBP 35 from the Secretary.

Hon. Secretary: Jean Maddox, 07700 900 1870
Last updated 20/03/25""",
        (
            expect("2025-02-12", "agm"),
            expect("1870~", "founded"),
            expect("1896", "pavilion"),
            expect("2025-04-15", "nets", planned=True),
            expect("2025-05-03", "bramley", planned=True),
            expect("2025-05-10", "hexley", planned=True),
            expect("2025-05-17", "oldcastle", planned=True),
            expect("2025-06-07", "tarn", planned=True),
            expect("2025-07-19", "president", planned=True),
            expect("2025-09-26", "dinner", planned=True),
        ),
    ),
)
