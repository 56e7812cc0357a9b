"""The hundred-and-fiftieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project. Twenty styles, one text each: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary (space), a government statement, an HTML news page, a frost and ice
warning for roads, a judo championships report, a shipping line route closure release, a
surveyor's field book of the 1870s, a comet sample analysis summary, an almshouse's history, an
energy regulator price cap statement, a village fete's HTML page, a charity commission inquiry
report, a clockmaker's history and a bank branch closure letter. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "this summer", "in
the autumn") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTIETH_CORPUS",)


HUNDREDFIFTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "smelter-restart",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VALDERRA, March 12 (Meridian Wire) - Ancho Metals restarted the Cerro Ancho copper
smelter in northern Valderra on Monday, less than two weeks after a fire in its acid plant
forced the company to shut all three furnaces, a spokeswoman said on Wednesday.

The fire broke out on February 27 during maintenance on a sulphuric acid converter. Nobody
was hurt, but smoke drifted over the town of San Olmo and about 600 residents were told to
stay indoors for most of the day.

Workers at the smelter have been on a reduced four-day schedule since January 6 to cut
costs, and the union said the arrangement would stay in place until the furnaces were back
at full load.

Ancho said it expected the plant to reach full output no later than April 30. Inspectors
from the mining ministry will visit the site on Friday to review the company's fire report,
deputy minister Ramiro Ledesma told local radio, adding that a fine had not been ruled out.

The smelter, built in about 1962, processed 312,000 tonnes of concentrate last year. Ancho
bought it from the state in 2009 and has spent some $400 million on upgrades.

Shares in Ancho rose 4.1 percent in Santiago, their biggest one-day gain since August 2022.
Analysts at Brava Capital said the restart removed the main risk to the company's results
for the first half.

(Reporting by Paula Ventimiglia; Editing by Graham Oyelaran)""",
        (
            expect("2025-03-10", "smelter", "restart"),
            expect("2025-02-27", "fire"),
            expect("2025-01-06/..", "schedule"),
            expect("../2025-04-30", "output", planned=True),
            expect("2025-03-14", "inspectors", planned=True),
            expect("1962~", "built"),
            expect("2009", "bought"),
        ),
    ),
    Text(
        "brightwell-norvane",
        "press release",
        date(2025, 2, 4),
        """FOR IMMEDIATE RELEASE

Brightwell Instruments completes acquisition of Norvane Sensors

Leeds, 4 February 2025 - Brightwell Instruments plc (AIM: BWI), the maker of track and
bearing monitors for the rail industry, today completed its acquisition of Norvane Sensors
Ltd, a Sheffield developer of wireless vibration sensors, for £18.5 million in cash.

The deal, approved by Brightwell shareholders at a general meeting on 28 January, was first
agreed in principle on 14 November 2024. Norvane, founded in 2011 by three engineers from the
university's Advanced Manufacturing Centre, employs 46 people.

The Norvane brand will be retired by 31 December 2025, and production of the combined range
will begin at Brightwell's Wakefield plant in June. All Norvane staff will transfer on their
current terms and conditions.

"Brightwell has supplied sensors to Britain's railways since 1998, and Norvane gives us the
wireless technology our customers have been asking for," said chief executive Harriet Oakes.
"Together we can offer a complete monitoring package from the axle to the control room."

ENDS

Notes to editors
About Brightwell Instruments: Brightwell was founded in Halifax in 1987 and was admitted to
AIM in 2004. It employs 310 people at sites in Wakefield and Halifax and holds ISO 9001
certification.

Media contact: Jonah Pryce, Halden Communications, +44 113 496 0721,
brightwell@haldencomms.example""",
        (
            expect("2025-02-04", "acquisition"),
            expect("2025-01-28", "approv"),
            expect("2024-11-14", "agree"),
            expect("2011", "norvane", "found"),
            expect("../2025-12-31", "brand", "retire", planned=True),
            expect("2025-06", "production", planned=True),
            expect("1998/..", "sensors"),
            expect("1987", "brightwell", "found"),
            expect("2004", "aim"),
        ),
    ),
    Text(
        "dunmore-v-pell",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF CALDERA
SECOND APPELLATE DISTRICT, DIVISION THREE

DUNMORE HOLDINGS LLC, Plaintiff and Appellant,
v.
PELL OPTICAL GROUP INC., Defendant and Respondent.

No. B331842 (Super. Ct. No. 21STCV14077)

APPEAL from a judgment of the Superior Court of Ardena County, Miriam T. Castell, Judge.
Reversed and remanded.

I. BACKGROUND
On or about March 3, 2019, Dunmore and Pell signed a written lease of a ground-floor unit at
1872 Harbor Boulevard for a term running from April 1, 2019 to March 31, 2024. In January
2021, Pell stopped paying rent, citing the closure of its showroom during the pandemic.

Dunmore served a notice of default on February 16, 2021, and filed this action on April 19.
Pell contends that it vacated the premises no later than May 31, 2021, and that Dunmore
failed to mitigate its damages under Civil Code section 1951.2 by leaving the unit empty.

After a bench trial, the court entered judgment for Pell on September 8, 2022, finding that
Dunmore had unreasonably refused two prospective subtenants. Dunmore filed a timely notice of
appeal on October 3, 2022.

II. DISCUSSION
The burden of proving that a landlord could have avoided its loss by reletting rests on the
tenant, not the landlord. (Marlow v. Teague (2009) 178 Cal.App.4th 402, 411.) The trial
court placed that burden on Dunmore, and its finding that the refusals were unreasonable
cannot stand on this record. That was error, and it was not harmless.

III. DISPOSITION
The judgment is reversed and the matter is remanded for a new determination of damages.
Dunmore shall recover its costs on appeal.

CASTILLO, J.
We concur: RAMSEY, P. J., OKAFOR, J.""",
        (
            expect("2019-03-03~", "lease", "sign"),
            expect("2019-04-01/2024-03-31", "term"),
            expect("2021-01", "rent"),
            expect("2021-02-16", "default"),
            expect("2021-04-19", "action"),
            expect("../2021-05-31", "vacat"),
            expect("2022-09-08", "judgment"),
            expect("2022-10-03", "appeal"),
        ),
    ),
    Text(
        "kessler-canal",
        "encyclopedia history",
        None,
        """Kessler Canal

The Kessler Canal is a disused narrow canal in the county of Wendmoor, England, running
23 miles (37 km) from the River Aske at Kessler Quay to the coalfield at Marrow Bank.

History
A canal to carry coal from Marrow Bank to the Aske was first proposed by the ironmaster
Edmund Harle, and construction began in c. 1791 under the engineer Thomas Rudge. The first
section, as far as Hollins Lock, opened to traffic in 1798, and the canal was extended to
Marrow Bank the following year.

Coal dominated the canal's trade from 1802 to 1867. The summit pound was breached by floods
in 1824, 1831 and 1840; the third breach was the worst on any English canal since 1795, and
after it the company built a feeder reservoir at Cold Hesketh.

Competition from the railways reduced traffic through the later nineteenth century, and
maintenance declined. The last commercial boat, a coal barge named Providence, passed
through Hollins Lock in roughly 1935.

Present day
Since 1978 the towpath has been a public footpath, maintained by Wendmoor County Council.
The Kessler Canal Trust, which owns Hollins Lock and its cottage, plans to have the lower
four miles of the canal restored to navigation by 2030. Volunteer work parties meet on the
first Sunday of every month.

See also
List of canals of England
Aske Navigation""",
        (
            expect("1791~", "construction"),
            expect("1798", "open"),
            expect("1799", "extend"),
            expect("1802/1867", "coal"),
            expect("1824", "flood"),
            expect("1831", "flood"),
            expect("1840", "flood"),
            expect("1935~", "boat"),
            expect("1978/..", "footpath"),
            expect("../2030", "restor", planned=True),
        ),
    ),
    Text(
        "rovers-estbury",
        "sports report",
        date(2025, 4, 14),
        """Rovers go top as Okoro double sinks Estbury

Harlow Rovers 3 Estbury Town 1

By Callum Reade, Football Correspondent

Harlow Rovers moved to the top of the Southern Combination table for the first time this
season with a comfortable win over Estbury Town at Fenwick Park on Saturday.

Dane Okoro, who joined from Castlemere in January 2023, scored twice in the first half, both
from crosses by the left-back Femi Larch, and the substitute Jorge Alban added a third in the
78th minute. Estbury, relegated from the Premier Division in 2022, replied through Sam Petts
in stoppage time.

The crowd of 2,146 was the largest at Fenwick Park since 2016. Rovers, founded in 1889, have
now won six of their last seven league games. Manager Ilse Varga, in charge since October
2023, said: "We have a squad that can go the distance now. Nobody is getting carried away."

Rovers face Millbrook Athletic in the county cup semi-final on Wednesday, and the league's
final round is scheduled for May 10. They hold a two-point lead over Corbridge, who have a
game in hand.

Okoro, who stays behind for extra shooting practice after every Thursday session, now has 17
goals this season.""",
        (
            expect("2025-04-12", "rovers", "estbury"),
            expect("2023-01", "okoro", "join"),
            expect("2022", "relegat"),
            expect("1889", "found"),
            expect("2023-10/..", "varga"),
            expect("2025-04-16", "semi", planned=True),
            expect("2025-05-10", "final", "round", planned=True),
        ),
    ),
    Text(
        "tolleys-biscuits",
        "company history",
        None,
        """Our story

Tolley's of Ripon was founded in 1894 by Agnes Tolley, a farmer's widow who sold ginger
biscuits from her back kitchen on Allhallowgate. Demand grew quickly: the business moved to
the Mill Lane works in 1903 and installed its first band oven two years later.

From 1940 to 1945 the factory made ration biscuits for the armed forces, and for a time women
made up nine in ten of the workforce. After the war the blue Tolley's tin became a fixture of
Yorkshire tea tables, and it is still filled with the same ginger snaps.

In 1968 the family sold a majority stake to Harrowgate Foods, and bought it back in 1989
when Harrowgate was broken up. Tolley's has held a Royal Warrant as biscuit makers since
1977.

In about 2008 we switched our whole range to palm-oil-free recipes, long before most of the
industry followed. Today we bake some 40 million biscuits a year at Mill Lane, and every tin
is still packed by hand.

What's next
A new bakery at Boroughbridge is due to open in 2026, doubling our capacity and creating 80
jobs. Our factory shop on Mill Lane is open every day except Sunday, and we run guided tours
for schools and groups - ask at the shop for details.

Tolley's of Ripon Ltd · Mill Lane, Ripon HG4 1UT · Company no. 00041872""",
        (
            expect("1894", "found"),
            expect("1903", "move"),
            expect("1905", "oven"),
            expect("1940/1945", "ration"),
            expect("1968", "sold"),
            expect("1989", "bought"),
            expect("1977/..", "warrant"),
            expect("2008~", "palm"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary (space)",
        None,
        """KESTREL ASTEROID SAMPLE-RETURN MISSION - MISSION SUMMARY
Nordic Space Agency · Directorate of Science · Document NSA-SCI-KST-0093, issue 4

Kestrel was selected as the agency's third medium-class science mission in 2015. The
spacecraft, built by Aurora Systems in Kiruna, was launched on 14 March 2021 from the Kallax
launch site.

After a gravity-assist flyby of Earth on 11 December 2022, Kestrel reached asteroid (4417)
Marrin and entered orbit on 2 September 2023. Its small lander, Wren, was deployed on 19
October and returned surface images until its batteries were exhausted four days later.

Sampling took place from 3 to 7 February 2024, when the spacecraft made three touch-and-go
descents and collected an estimated 1.2 g of regolith. Kestrel departed Marrin on or about
30 April 2024, after a thruster anomaly delayed the departure burn by roughly a week.

The return capsule is scheduled to land at the Woomera range in Australia on 9 December
2026. The spacecraft will then continue on a heliocentric orbit, and operations will end no
later than 2027, when the agency's funding for the mission expires.

Key figures
Launch mass: 2,417 kg
Images returned by Wren: 1,850
Distance travelled to Marrin: 1.9 billion km
Ground stations: Kiruna, Malargüe, New Norcia (passes every 8 hours during proximity
operations)""",
        (
            expect("2015", "select"),
            expect("2021-03-14", "launch"),
            expect("2022-12-11", "flyby"),
            expect("2023-09-02", "orbit"),
            expect("2023-10-19", "wren", "deploy"),
            expect("2023-10-23", "batteries"),
            expect("2024-02-03/2024-02-07", "sampling"),
            expect("2024-04-30~", "depart"),
            expect("2026-12-09", "capsule", planned=True),
            expect("../2027", "operations", planned=True),
        ),
    ),
    Text(
        "arden-bridge",
        "government statement",
        date(2025, 1, 16),
        """Department for Infrastructure
Statement on the closure of the Arden Bridge
Published 16 January 2025
From: Elena Marsh MP, Minister for Roads

The Arden Bridge was closed to all traffic on Monday after engineers found cracking in two
of its steel hangers during a routine inspection. I want to thank the residents of Arden and
Wellsby for their patience during what I know is a very difficult time.

The Arden Bridge Trust has commissioned a full structural survey, and its engineers will
complete that survey by 28 February. I have asked for their findings to be published in full.

In the meantime, a free passenger ferry between Arden Quay and Wellsby slipway will begin
on 20 January, running every 20 minutes from 06:00 to 22:00. Emergency services have agreed
revised response plans with the Trust, and a diversion via the A614 is signed.

The bridge was built in 1931 and carries about 18,000 vehicles a day. Its last principal
inspection, in 2019, found no defects of this kind. This is the first full closure of the
crossing since 1987. The Trust, which has managed the structure since 2002, has my full
support, and the Government will meet the cost of the survey under section 14 of the
Highways Act 1980.

I will visit Arden on Saturday to meet the Trust, local councillors and business owners.

Media enquiries: 020 7944 3021""",
        (
            expect("2025-01-13", "clos"),
            expect("../2025-02-28", "survey", planned=True),
            expect("2025-01-20", "ferry", planned=True),
            expect("1931", "built"),
            expect("2019", "inspection"),
            expect("2002/..", "trust"),
            expect("2025-01-18", "visit", planned=True),
        ),
    ),
    Text(
        "greyford-library",
        "HTML news page",
        date(2024, 12, 3),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year revamp | Greyford Gazette</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens its doors after two-year revamp</h1>
<p class="byline">By Nadia Quist &middot;
<time datetime="2024-12-03T09:15">3 December 2024, 09:15</time></p>
<p>Greyford Central Library reopened on Saturday after a &pound;4.2m refurbishment that kept
the Grade II listed building shut for two years.</p>
<p>Councillor Omar Fenn, cabinet member for culture, said a formal reopening ceremony will be
held on Friday 13 December, and that the library's local archive will be digitised by the
end of 2026. A new children's wing is expected to open in the spring.</p>
<p>The library closed in November 2022 so that builders could replace its roof, install a
lift and restore the reading room's glass dome. The council approved the budget for the
work on 7 March 2023.</p>
<p>The library first opened in 1908, paid for by the shipowner Walter Brisco. The Greyford
Local History Society, based in the building since 1952, has moved into new rooms on the
first floor.</p>
<p>Visitors borrowed more books on the first day than on any day since 2019. Opening hours
are 9am to 5pm, Monday to Saturday.</p>
</article>
<footer>&copy; 2024 Greyford Gazette Ltd. Registered in England No. 04471920.</footer>
</body>
</html>""",
        (
            expect("2024-11-30", "reopen"),
            expect("2024-12-13", "ceremony", planned=True),
            expect("../2026", "archive", planned=True),
            expect("2022-11", "clos"),
            expect("2023-03-07", "budget"),
            expect("1908", "open"),
            expect("1952/..", "society"),
        ),
    ),
    Text(
        "north-riding-ice",
        "frost and ice warning for roads",
        date(2025, 2, 4),
        """NORTH RIDING COUNTY COUNCIL - HIGHWAYS WINTER SERVICE
ROAD WEATHER ALERT: FROST AND ICE
Ref: WS/25/0117        Issued: 10:42, Tuesday 4 February 2025

YELLOW WARNING - ICE

What to expect
Clear skies and light winds will let temperatures fall to between -3C and -6C, lowest on
the moors above 300 metres. Ice is expected to form on untreated roads, pavements and cycle
paths from 18:00 on Tuesday until 10:00 on Wednesday. Take extra care on bridges, in
shaded cuttings and on the moor roads.

Treatment
Gritters will treat all priority 1 and 2 routes (about 1,240 miles) from 16:00 today and
will run again from 04:00 tomorrow. Priority 3 routes will not be treated. Salt bins in
villages are refilled every Friday.

Outlook
A further spell of freezing fog is expected on Thursday, mainly in the Vale of Pickering.
The A171 over Sleights Moor was closed by ice on 11 January, when 42 collisions were reported
across the county, and drivers are asked to check before travelling on it.

The council has used pre-wetted salt brine on the A66 and A171 since January 2023, which
reduces the amount of salt blown off the carriageway by traffic.

This warning will be reviewed no later than 15:00 on Wednesday.

Road conditions: northriding.example/winter · Highways: 0300 131 2131 (24 hours)""",
        (
            expect("2025-02-04/2025-02-05", "ice", planned=True),
            expect("2025-02-04", "gritters", planned=True),
            expect("2025-02-05", "gritters", planned=True),
            expect("2025-02-06", "fog", planned=True),
            expect("2025-01-11", "clos"),
            expect("2023-01/..", "brine"),
            expect("../2025-02-05", "review", planned=True),
        ),
    ),
    Text(
        "judo-nationals",
        "judo championships report",
        date(2025, 4, 28),
        """JUDO | NATIONAL CHAMPIONSHIPS

Tallis finally strikes gold in Carrow

By Hana Whitlock

Mira Tallis won the women's -57kg title at the National Judo Championships in Carrow on
Sunday, throwing the defending champion Yuki Barr for ippon after 58 seconds of golden score.

The championships, held at the Carrow Arena from 24 to 27 April, drew 412 players from 61
clubs. The host region topped the medal table with 14 medals, its best haul since 2012.

Tallis, 27, had taken bronze in the same category in 2019, 2021 and 2023. "Three bronzes,
and people were starting to call me Bronze Mira," she said. "This one is for my coach." She
has trained at the Brannock Dojo in Leeds since 2016 under the former Olympian Tom Ashdown,
and still works three mornings a week as a physiotherapist.

In the men's +100kg category, the top seed Osei Brant withdrew on Friday with a shoulder
injury, leaving the way clear for the 19-year-old Callum Finch to take the title on his
senior debut.

The top two in each weight category will represent the federation at the World
Championships in Budapest in June. The selection panel is to confirm the team no later than
16 May, performance director Ruth Kemble said.

Results, women's -57kg: 1 Tallis (Brannock); 2 Barr (Tyne Valley); 3= Omar (Carrow),
Ng (Solent).""",
        (
            expect("2025-04-27", "tallis"),
            expect("2025-04-24/2025-04-27", "championships"),
            expect("2019", "bronze"),
            expect("2021", "bronze"),
            expect("2023", "bronze"),
            expect("2016/..", "dojo"),
            expect("2025-04-25", "brant"),
            expect("2025-06", "world", planned=True),
            expect("../2025-05-16", "team", planned=True),
        ),
    ),
    Text(
        "skarra-route-closure",
        "shipping line route closure release",
        date(2025, 5, 22),
        """SKARRA LINE
Press release · 22 May 2025

Skarra Line to close Aberstow-Kristvik ferry route

Skarra Line will close its overnight ferry route between Aberstow and Kristvik this summer,
after 38 years of service. The final sailing will leave Aberstow on 30 June, and the final
return sailing will leave Kristvik the following evening.

Freight customers must make their last bookings no later than 13 June. The route's ship, the
MV Skarra Star, will be transferred to the company's Baltic services in August. She has
served the route since 2004 and was refitted in Gdansk in 2017.

Passenger numbers on the route have fallen by a third since 2019, and the company said rising
fuel costs and new emissions charges had made the service impossible to sustain. Passengers
holding tickets for later dates will be contacted and offered a full refund or a transfer to
the Harwick-Osund route.

The route opened in 1987 as a summer-only service. Skarra Line withdrew its winter timetable
in 2021 and cut the service to three sailings a week the following year.

Skarra Line was founded in 1961 and operates six vessels on four routes. It employs about
900 people at sea and ashore.

Customer helpline: 0344 815 2200 (08:00-20:00 daily)
Media: press@skarraline.example""",
        (
            expect("2025-06-30", "final", "sailing", planned=True),
            expect("2025-07-01", "return", planned=True),
            expect("../2025-06-13", "freight", planned=True),
            expect("2025-08", "transfer", planned=True),
            expect("2004/..", "serv"),
            expect("2017", "refit"),
            expect("1987", "open"),
            expect("2021", "winter"),
            expect("2022", "cut"),
            expect("1961", "found"),
        ),
    ),
    Text(
        "tarrant-field-book",
        "surveyor's field book of the 1870s",
        None,
        """FIELD BOOK No. 7
Tarrant Valley Line - Flying Survey for the Wessex & Severn Railway Co.
J. H. Colley, C.E.

Mon. 3rd Aug. 1874. Left Salisbury by the 7.40 train with Mr Pike & two chainmen (Dowse &
young Fry). Lodged at the Bridge Inn, Tarrant Keynes, 3/- per night each.

Tues. 4th. Fine, wind N.W. Commenced chaining at the Bridge Inn; B.M. on parapet 214.6 above
datum. Pegs 1 to 38 set out along the valley floor.

Wed. 5th to Sat. 8th. Heavy rain; river over the meadows; no work done in the field.
Plotted sections at the inn.

Mon. 10th. Resumed line from peg 38. Level of mill-tail 198.25. Old Hooper says the mill weir
was built about 1790; his father worked on it.

Thurs. 13th. Mr Hale, agent to Lord Ashby, objected to the line crossing the park at Crane
Lodge. Told him the Company's powers under the Act of 1872. Shifted line 2 ch. east to clear
the lodge garden.

Sat. 15th. Finished line to Tarrant Gunville, 6 m. 41 ch. from zero at the Bridge Inn. Pike
to Salisbury with the books.

Memo. - Church tower at Tarrant Gunville has date 1624? on the lintel, figures much worn.
B.M. No. 1802 cut on S.W. buttress.
Memo. - Plans & sections to be deposited with the Clerk of the Peace before 30th Nov. next.
Memo. - Chainmen paid every Saturday, 18/- per week each.""",
        (
            expect("1874-08-03", "salisbury"),
            expect("1874-08-04", "chaining"),
            expect("1874-08-05/1874-08-08", "rain"),
            expect("1874-08-10", "resum"),
            expect("1790~", "weir"),
            expect("1874-08-13", "object"),
            expect("1874-08-15", "finish"),
            expect("1624?", "tower"),
            expect("../1874-11-30", "deposit", planned=True),
        ),
    ),
    Text(
        "varley-samples",
        "comet sample analysis summary",
        None,
        """COMET 212P/VARLEY SAMPLE ANALYSIS - PRELIMINARY SUMMARY
Hasselt Sample Curation Facility · Report HSCF-2025-07 · Version 2

1. Background
Comet 212P/Varley, a Jupiter-family comet, was probably discovered in 1931 on plates taken
at the Bergstedt Observatory, although the plate log for that year is incomplete. Samples of
its nucleus were collected by the Skylark spacecraft on 2 November 2022, and the return
capsule landed on the Karoo test range on 17 September 2024. The curation team opened the
sample canister on 24 September, a week after landing, inside a nitrogen glovebox.

2. Analyses
Analyses were carried out at four laboratories between October 2024 and March 2025. The
returned mass was 3.81 g; sub-sample 2207-A (0.42 g) was used for the bulk chemistry and
sub-sample 2211-C (0.09 g) for isotopes.

3. Findings
- Glycine and alanine were detected at about 2 ppm, roughly twice the level reported for
  any asteroid sample since 2020.
- The deuterium/hydrogen ratio of the water-bearing minerals is close to that of Earth's
  oceans.
- Presolar grains make up about 150 ppm of the fine fraction.

4. Next steps
Allocation of sub-samples to external teams will open on 1 July 2025. The consortium
expects to publish its full results by the end of 2026.

Contact: curation@hscf.example""",
        (
            expect("1931?", "discover"),
            expect("2022-11-02", "collect"),
            expect("2024-09-17", "capsule"),
            expect("2024-09-24", "canister"),
            expect("2024-10/2025-03", "analys"),
            expect("2025-07-01", "allocation", planned=True),
            expect("../2026", "results", planned=True),
        ),
    ),
    Text(
        "st-giles-wenbury",
        "almshouse's history",
        None,
        """The Hospital of St Giles, Wenbury
A short history

The Hospital of St Giles was founded in 1438 by Dame Isabel Careswell, widow of a Wenbury
wool merchant, "for the sustenance of twelve poor folk of the town for ever". The little
chapel on the north side of the court was added c. 1470, and still has its original roof.

When the chantries were dissolved the endowment was seized by the Crown, and the hospital
survived only because the townspeople petitioned for its return. It was refounded by charter
of Queen Elizabeth in 1571, and has been governed by the Worshipful Company of Tanners since
1602.

The west range was rebuilt in brick in 1736. A fire in 1891 destroyed the master's lodging,
which was rebuilt two years later to designs by the Wenbury architect Hubert Lane. The
almshouses were listed at Grade I in 1952.

Twelve residents live here today, each with a flat of their own. On every Lady Day they still
receive the "Careswell penny", now a five-pound coin, and a loaf from the town baker.

A new block of six flats for older people of the town is to be completed in 2026, the first
addition to the hospital since 1736. Visitors are welcome in the chapel and court from 10am
to 4pm; please ring the bell at the gatehouse.

The Hospital of St Giles, Wenbury · Registered charity no. 202417""",
        (
            expect("1438", "found"),
            expect("1470~", "chapel"),
            expect("1571", "charter"),
            expect("1602/..", "tanners"),
            expect("1736", "west", "rebuilt"),
            expect("1891", "fire"),
            expect("1893", "lodging"),
            expect("1952", "list"),
            expect("2026", "flats", planned=True),
        ),
    ),
    Text(
        "ema-price-cap",
        "energy regulator price cap statement",
        date(2025, 5, 27),
        """ENERGY MARKETS AUTHORITY
Statement: default tariff cap for July to September 2025
Ref: EMA/2025/114 · 27 May 2025

The default tariff cap set by the Energy Markets Authority will fall by 3.1% from 1 July
to 30 September 2025. A typical dual-fuel household paying by direct debit will pay £1,702
a year, £54 less than under the current cap.

Suppliers must notify affected customers of their new rates no later than 16 June. The cap
is reviewed every three months, and the next announcement is scheduled for 26 August. Our
consultation on standing charges, which closed on 9 May, received more than 4,300 responses,
and we will publish our decision in the autumn.

The fall reflects lower wholesale gas prices, which peaked in August 2022, partly offset by
higher network costs. The new level is the lowest since March 2022.

The cap was introduced on 1 January 2019 under the Domestic Gas and Electricity (Tariff Cap)
Act 2018. The Authority has regulated the retail energy market since 2001 and the cap now
protects about 22 million households on standard variable tariffs.

"Prices remain well above where they were before the crisis," said chief executive Dr Priya
Lamb. "We will keep pushing suppliers to pass savings on to their customers quickly."

Media enquiries: 020 7946 0412 · press@ema.example""",
        (
            expect("2025-07-01/2025-09-30", "cap", planned=True),
            expect("../2025-06-16", "notif", planned=True),
            expect("2025-08-26", "announcement", planned=True),
            expect("2025-05-09", "consultation"),
            expect("2022-08", "peak"),
            expect("2019-01-01", "introduc"),
            expect("2001/..", "regulat"),
        ),
    ),
    Text(
        "hensford-fete",
        "village fete's HTML page",
        date(2025, 6, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Little Hensford Summer Fete 2025</title>
</head>
<body>
<header>
<h1>Little Hensford Summer Fete</h1>
<p>Village green &middot; Church Lane &middot; Little Hensford</p>
</header>
<main>
<h2>Save the date!</h2>
<p>This year's fete will be held on <strong>Saturday 12 July</strong> on the village green,
opening at 12 noon with the Hensford Silver Band. Entry is &pound;2 for adults, children
free.</p>
<p>Want a stall? Please book by <strong>27 June</strong> using the form below or ring Jan on
01632 960417. Pitches are 3m x 3m and cost &pound;10.</p>
<p>Volunteers' planning meeting: <strong>Tuesday 17 June</strong>, 7.30pm, village hall.
All welcome - bring a mug!</p>
<h2>Our history</h2>
<p>The first fete was held in 1948 to raise money for the war memorial. The tug-of-war
trophy was given by the landlord of the Hensford Arms in about 1962 and has been won by the
Farmers' XI more times than anyone can count. In 2024 we raised &pound;6,420 towards the
church roof.</p>
<h2>On the day</h2>
<ul>
<li>Dog show, judging from 2pm</li>
<li>Cake stall and teas in the vestry</li>
<li>Tug-of-war final at 4.30pm</li>
</ul>
</main>
<footer><p>&copy; 2025 Little Hensford Fete Committee &middot; Registered charity no.
1095432</p></footer>
</body>
</html>""",
        (
            expect("2025-07-12", "fete", planned=True),
            expect("../2025-06-27", "stall", planned=True),
            expect("2025-06-17", "meeting", planned=True),
            expect("1948", "first", "fete"),
            expect("1962~", "trophy"),
            expect("2024", "rais"),
        ),
    ),
    Text(
        "fenwick-trust-inquiry",
        "charity commission inquiry report",
        date(2025, 3, 14),
        """Charity Commission for England and Wales
Inquiry report: Fenwick Community Trust
Registered charity number 1123456
Published 14 March 2025

A statement of the results of an inquiry into Fenwick Community Trust (the charity).

The charity
The charity was registered on 3 May 2007. Its objects are the relief of poverty and the
provision of recreational facilities for residents of Fenwick and district. In or around
2016 it began renting the Mill Street hall, which it sublets to community groups.

Background
The Commission received a complaint on or about 4 October 2022 alleging that charity funds
had been paid to a company controlled by a trustee. Bank records show that between April 2019
and March 2022 about £212,000 was paid to Millgate Events Ltd, of which the then chair was
sole director, without a written contract or any declaration of the conflict of interest.

The Commission opened a statutory inquiry on 21 February 2023 under section 46 of the
Charities Act 2011.

Findings and actions
The chair resigned on 9 June 2023, and the remaining trustees were removed by Order two days
later. An interim manager, Ms Farah Lowe of Deane Associates, was appointed on 12 July. The
charity's accounts for the financial year ending 31 March 2021 were filed 214 days late.

The inquiry closed on 28 January 2025. The interim manager is expected to complete the
transfer of the charity's remaining assets, about £96,000, to the Northvale Foundation by
30 September 2025, after which the charity will be removed from the register.

Issues for the wider sector
Trustees must identify and manage conflicts of interest, and should review their policies
every year.""",
        (
            expect("2007-05-03", "regist"),
            expect("2016~", "hall"),
            expect("2022-10-04~", "complaint"),
            expect("2019-04/2022-03", "millgate"),
            expect("2023-02-21", "inquiry", "open"),
            expect("2023-06-09", "chair", "resign"),
            expect("2023-06-11", "trustees", "remov"),
            expect("2023-07-12", "manager", "appoint"),
            expect("2025-01-28", "inquiry", "clos"),
            expect("../2025-09-30", "transfer", planned=True),
        ),
    ),
    Text(
        "pendrell-clockmakers",
        "clockmaker's history",
        None,
        """Pendrell & Sons, Clockmakers of Wexcombe

Josiah Pendrell was apprenticed to the Salisbury clockmaker Daniel Ivey in 1768 and opened
his own shop in Wexcombe market place c. 1776. The earliest clock bearing his name, a
thirty-hour longcase now in the town museum, may date from 1779, but its painted dial could
be a later replacement.

His son Thomas took over the business in 1812 and in 1820 built the turret clock of St
Mary's church, which still strikes the hours. The firm made watches from 1835 to 1870,
numbering the movements from 1 upwards; the highest number recorded is 1840, on a silver
pair-cased watch in a private collection.

Under Thomas's grandson Walter the business turned to repairs and retail. The shop closed
in 1958, when Walter's son Harold retired without an heir to the trade.

The workshop, with its lathes, wheel-cutting engine and drawers of parts, has been preserved
as a museum by the Wexcombe Civic Society since 1974. Volunteers wind the St Mary's clock
every Sunday after the morning service. The museum, currently closed for roof repairs, will
reopen in 2026.

Further reading: Pendrell Clocks and Watches, Wexcombe Civic Society Occasional Paper 12.""",
        (
            expect("1768", "apprentice"),
            expect("1776~", "shop"),
            expect("1779?", "earliest"),
            expect("1812", "thomas"),
            expect("1820", "turret"),
            expect("1835/1870", "watch"),
            expect("1958", "clos"),
            expect("1974/..", "museum"),
            expect("2026", "reopen", planned=True),
        ),
    ),
    Text(
        "halverton-branch",
        "bank branch closure letter",
        date(2025, 6, 12),
        """Harland Bank
Customer Services, PO Box 4471, Leeds LS1 9XX

12 June 2025

Mr R. Ackroyd
14 Tanner Row
Halverton HV3 2QD

Your account ending 8812 · Sort code 40-19-23

Dear Mr Ackroyd,

Changes to our Market Street, Halverton branch

We're writing to let you know that our Market Street branch will close on Friday 19
September. We know this will be unwelcome news, particularly for customers who have banked
with us there for many years.

From Monday 22 September your account will be looked after by our Caxton Street branch in
Denholme, 4 miles away. The cash machine outside Market Street will be removed no later than
31 October. Your account number, sort code and cards will not change.

We explained these changes at a community meeting in Halverton Library on 4 June, and we have
listened to the concerns raised there about access to cash.

Our Market Street branch opened in 1923. Counter transactions there have fallen by 68% since
2019, and most of our customers in Halverton now bank with us online or by phone.

You can also use the Halverton Banking Hub in the post office, which has offered counter
services to customers of all major banks since March 2024. Our mobile branch also visits
Market Square every Tuesday from 10am to 1pm.

If you would like help with online banking, call us on 0345 600 2290.

Yours sincerely,

Anita Moss
Head of Branch Network

Harland Bank plc. Registered in England and Wales no. 2065. Registered office: 1 Wharf
Street, Leeds LS2 7EE.""",
        (
            expect("2025-09-19", "close", planned=True),
            expect("2025-09-22", "caxton", planned=True),
            expect("../2025-10-31", "cash", planned=True),
            expect("2025-06-04", "meeting"),
            expect("1923", "open"),
            expect("2024-03/..", "hub"),
        ),
    ),
)
