"""An eighty-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a gas
network's planned works notice, a lighthouse keeper's logbook extract, a rowing regatta report,
a building society's HTML history page, an export ban announcement, a university press office
research story, a harbour master's incident summary, a festival's programme of talks, a
regional museum's annual report, a land registry dispute history and a bishop's pastoral
letter). Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYSEVENTH_CORPUS",)

EIGHTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "porto-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """PORTO, Oct 9 (Meridian News) - Dock workers at the port of Leixoes walked off the job
on Monday, leaving at least 30 container ships waiting at anchor off northern Portugal, port
officials said.

The stevedores' union SINPORT first called the stoppage on September 24 after talks on pay
and night-shift staffing broke down. Dockers have worked without a collective agreement since
January 2023.

Container traffic through Leixoes fell 12 percent in September, the steepest monthly drop
since 2016, as shippers diverted cargo to Vigo and Sines ahead of the strike.

Labour mediators are scheduled to bring both sides back to the table on Friday, a ministry
spokeswoman said. The port authority declined to comment on its "Terminal 2030" expansion
plan, which union leaders say would cut 200 jobs.

The last comparable stoppage at the port, in 2019, lasted about three weeks and cost
exporters an estimated 90 million euros. Union delegate Rui Antunes, who leads a picket at
the north gate every morning at 6 a.m., said members were "ready to stay out as long as it
takes".

Cork and wine producers, who ship about 1,800 containers a week through Leixoes, have asked
the government to intervene.

(Reporting by Ines Carvalho; Editing by Tom Hadley; +351 22 340 1187)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-24", "stoppage"),
            expect("2023-01/..", "agreement"),
            expect("2024-09", "traffic"),
            expect("2024-10-11", "mediator", planned=True),
            expect("2019", "stoppage"),
        ),
    ),
    Text(
        "halvorsen-plant",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE - 6 February 2025

Halvorsen Marine Coatings to open Arctic production plant in Tromso

BERGEN - Halvorsen Marine Coatings ASA (OSE: HMC) today announced that its new antifouling
paint plant in Tromso will open in March 2026, doubling the group's capacity for
ice-class hull coatings.

Construction of the 14,000-square-metre facility began on 14 May 2024. The plant will employ
about 120 people and forms part of the group's "Vision 2030" strategy.

Halvorsen was founded in 1961 by shipwright Edvard Halvorsen in a former herring store on
Bryggen. It has supplied hull coatings to the Norwegian Coast Guard since 2008.

In 2024 the group also strengthened its polymer research, completing the acquisition of
Brinck Polymer AB of Gothenburg on 2 December.

"Tromso puts us next to the ships that need us most," said chief executive Maren Sollid.
"Our coatings are tested every winter in the Barents Sea, and now they will be made there too."

Halvorsen will report its full-year results for 2024 on 27 February.

About Halvorsen Marine Coatings
Halvorsen develops and manufactures protective coatings for commercial, naval and offshore
vessels. The company employs 1,450 people in eleven countries. ISIN NO0010345678.

Media contact:
Lars Vik, Head of Communications
+47 55 30 21 90 | press@halvorsen-coatings.example""",
        (
            expect("2026-03", "plant", "open", planned=True),
            expect("2024-05-14", "construction"),
            expect("1961", "found"),
            expect("2008/..", "coast guard"),
            expect("2024-12-02", "brinck"),
            expect("2025-02-27", "result", planned=True),
        ),
    ),
    Text(
        "kettering-v-albright",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT
No. 23-1147
KETTERING FABRICATION, INC., Plaintiff-Appellant,
v.
ALBRIGHT STEEL SUPPLY CO., Defendant-Appellee.
Appeal from the United States District Court for the Northern District of Indiana.
No. 3:21-cv-00682 - Filed November 17, 2023

Before EASTWOOD, MORAN, and PATEL, Circuit Judges.

MORAN, Circuit Judge. On or about March 3, 2019, Kettering Fabrication entered into a written
supply agreement with Albright Steel for 4,200 tons of structural beams. The agreement
required that all deliveries be completed no later than December 31, 2019. Albright delivered
roughly half of the order and then stopped, citing a shortage of mill capacity.

Kettering filed suit on August 12, 2021, alleging breach of contract and seeking $3.1 million
in cover damages under Ind. Code 26-1-2-712. Albright argued that the four-year limitations
period of the Uniform Commercial Code, as adopted in the 1963 Indiana Act, had not run but
that Kettering's notice was untimely.

The district court granted summary judgment to Albright on January 9, 2023. Kettering filed
its notice of appeal on February 6, and we heard argument on September 14, 2023. Kettering
has been in receivership since 2022; the receiver prosecutes this appeal on its behalf.

We review a grant of summary judgment de novo. Because the record shows that Kettering gave
written notice of the shortfall within weeks of the delivery deadline, we conclude that a
reasonable jury could find the notice timely. We therefore REVERSE and REMAND for further
proceedings consistent with this opinion.""",
        (
            expect("2019-03-03~", "agreement"),
            expect("../2019-12-31", "deliver"),
            expect("2021-08-12", "suit"),
            expect("2023-01-09", "judgment"),
            expect("2023-02-06", "appeal"),
            expect("2023-09-14", "argument"),
            expect("2022/..", "receivership"),
        ),
    ),
    Text(
        "vellmar-abbey",
        "encyclopedia history",
        None,
        """Vellmar Abbey

Vellmar Abbey is a ruined Cistercian monastery in the valley of the River Lune, about 6 km
north of Kirkby Thore. It is known for the Vellmar Psalter (MS Add. 1487), an illuminated
manuscript now held in London.

History

The abbey was founded circa 1140 by monks from Rievaulx on land granted by the lord of
Appleby. A charter, perhaps of 1124, mentions an earlier chapel on the site, but most
historians regard the document as a later forgery. The abbey church was consecrated in 1187.

Royal visits are recorded in 1205, 1237 and 1290, when Edward I stayed for six nights on his
way to Scotland. At its height the community numbered about 40 choir monks and twice as many
lay brothers, and it sold some 3,000 fleeces each year to Flemish merchants.

A fire destroyed the dormitory and the library in 1376. The abbey never fully recovered, and
by the time of the 1536 Act of Suppression only eleven monks remained. It was dissolved in
1539, and the estate was sold to the Lowther family three years later.

Ruins

The church was quarried for building stone for two centuries. The ruins have been a
scheduled monument since 1951 and are open daily from April to October.""",
        (
            expect("1140~", "found"),
            expect("1124?", "charter"),
            expect("1187", "consecrat"),
            expect("1205", "visit"),
            expect("1237", "visit"),
            expect("1290", "visit"),
            expect("1376", "fire"),
            expect("1539", "dissolv"),
            expect("1542", "sold"),
        ),
    ),
    Text(
        "harbourside-women-win",
        "sports report",
        date(2025, 9, 23),
        """Harbourside go top after Osei double sinks Northgate

By Priya Nand, Football Correspondent

Harbourside Women moved to the top of the Championship with a 3-1 win over Northgate on
Sunday, their fifth victory in a row and the club's best start to a season since 1998.

Amara Osei, who joined from Lyon in January 2024, scored twice in the first half in front of
a crowd of 4,212 at Quayside Park. Northgate pulled one back through Ellie Barr before
substitute Mia Kowal sealed the points in stoppage time.

The sides' previous meeting, on 14 May, had ended goalless and cost Harbourside a promotion
play-off place.

Manager Sofia Lindqvist, in charge since 2021, said: "We train every Tuesday and Thursday on
finishing, and today you saw it." Lindqvist was capped 41 times for Sweden and was part of the
squad that qualified for the 2027 World Cup play-offs as an assistant coach.

Harbourside will face Rovers at home on Saturday, with kick-off at 14:00. The League Cup
semi-final against Castle Vale is scheduled for 15 October.

Harbourside (4-3-3): Grant; Okafor, Reyes, Hale, Dunne; Kim, Barros, Laine; Osei, Kowal 88,
Ward.""",
        (
            expect("2025-09-21", "northgate"),
            expect("2024-01", "osei", "join"),
            expect("2025-05-14", "meeting"),
            expect("2021/..", "lindqvist"),
            expect("2025-09-27", "rovers", planned=True),
            expect("2025-10-15", "semi", planned=True),
        ),
    ),
    Text(
        "brennock-biscuits",
        "company history",
        None,
        """Our story - Brennock Biscuits

From a single oven to a household name

Brennock Biscuits was founded in 1887 by Agnes and Thomas Brennock, who baked oatcakes in the
back room of their grocery on Tanner Row, Carlisle. Their Recipe No. 1887 oatcake is still
made to the original method.

Demand grew quickly, and in 1902 the business moved to the former Canal Street works. The
following year it was incorporated as Brennock & Sons Ltd, with Thomas as chairman.

Around 1930 the company began exporting to Canada and Australia, where shortbread tins
bearing the Carlisle castle became a familiar sight. During the Second World War the factory
made ration biscuits for the Admiralty.

The family ran the firm until 1974, when it was acquired by Larkfield Foods. A fire on 3 March
1988 destroyed the packing hall; the site was rebuilt and reopened in 1990 with a new
continuous oven, able to bake 40,000 biscuits an hour.

Brennock has been employee-owned since 2015, when Larkfield sold the business to a trust on
behalf of its staff. Today more than 300 partners work at Canal Street, and the original
Tanner Row oven is on show at Tullie House museum.

Visit our factory shop, open every Saturday from 9am to 1pm.""",
        (
            expect("1887", "found"),
            expect("1902", "move"),
            expect("1903", "incorporat"),
            expect("1930~", "export"),
            expect("1974", "acqui"),
            expect("1988-03-03", "fire"),
            expect("1990", "reopen"),
            expect("2015/..", "employee"),
        ),
    ),
    Text(
        "tessaly-orbiter",
        "mission summary",
        None,
        """TESSALY LUNAR ORBITER - MISSION SUMMARY

Mission type: Lunar polar orbiter
Operator: European Lunar Science Consortium (ELSC)
Launch mass: 1,140 kg

Overview
Tessaly was launched on 12 November 2021 aboard a Vega-C rocket from Kourou. After a low-energy
transfer it entered a 100-km polar orbit on 28 November, sixteen days later, becoming the
consortium's first spacecraft to reach the Moon.

Science operations began in January 2022. The orbiter's neutron spectrometer mapped hydrogen
deposits in permanently shadowed craters near the south pole, and its camera has returned
more than 9,000 images. Data are released to the public every three months.

A reaction wheel failed on 7 August 2023, forcing the team to control the spacecraft's
attitude with thrusters alone. The mission was nevertheless extended twice, in 2023 and 2024,
by the consortium's science board.

End of mission
The orbiter will be deliberately deorbited in June 2026, impacting a crater on the far side.
Its results will inform the 2031 sample-return concept now under study.

Page last updated: 4 March 2025""",
        (
            expect("2021-11-12", "launch"),
            expect("2021-11-28", "orbit"),
            expect("2022-01", "science"),
            expect("2023-08-07", "wheel"),
            expect("2023", "extend"),
            expect("2024", "extend"),
            expect("2026-06", "deorbit", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        None,
        """Department for Agriculture and Rural Affairs
Statement | 10 April 2025

Minister announces further drought measures for eastern farms

The Minister for Agriculture, Helen Carrick, met representatives of the Eastern Farmers'
Union on Tuesday to discuss the impact of the prolonged dry spell. This has been the driest
spring since 1976, and reservoir levels in the eastern districts stand at 48 percent of capacity.

Water abstraction limits have applied to irrigation in the eastern districts since 1 February.
A hosepipe ban for domestic users will take effect on 22 April.

The Drought Resilience Fund, set up in 2018, has so far paid out 6.2 million in support. By 31
March, 214 farms had applied for compensation under the current scheme.

"Farmers have done everything asked of them," the Minister said. "We will stand by them."

The Minister will report to Parliament on the drought on 6 May.

Notes to editors
1. Restrictions are made under section 74 of the Water Act 2003.
2. Farmers' helpline: 0800 555 0192 (weekdays 8am to 6pm).
3. Reference: DARA/2025/044""",
        (
            expect("2025-04-08", "farmer"),
            expect("2025-02-01/..", "limit"),
            expect("2025-04-22", "ban", planned=True),
            expect("2018", "fund"),
            expect("../2025-03-31", "farm", "appl"),
            expect("2025-05-06", "parliament", planned=True),
        ),
    ),
    Text(
        "tramline-3-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Tramline 3: project news | Oldbridge City Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/transport">Transport</a> &gt; Tramline 3</nav>
<main>
<h1>Tramline 3: project news</h1>
<p>Tramline 3 will link Oldbridge Central with the Riverside estate and is one of the
flagship schemes of the council's "Oldbridge 2040" vision.</p>
<ul class="news">
  <li><strong>12 January 2024</strong>: The council signs the construction contract with
  Dunmore Rail Ltd.</li>
  <li><strong>March 2024</strong>: Utility diversion works begin on Market Street.</li>
  <li><strong>8 April 2024</strong>: Market Street closes to through traffic.</li>
  <li><strong>Around 20 September 2024</strong>: The first rails are laid at Riverside
  depot.</li>
  <li><strong>May 2026</strong>: Test running is scheduled to start on the full route.</li>
</ul>
<p>Buses 14 and 14A run every 10 minutes along the diversion route. Shops on Market Street
remain open as usual; loading bays are available on Cooper Lane. Once open, the line is
expected to carry about 9,000 passengers a day between its eleven stops.</p>
<p class="updated">Last updated: 3 February 2025</p>
</main>
<footer>&copy; 2025 Oldbridge City Council | Tramline helpline 0161 496 0732</footer>
</body>
</html>""",
        (
            expect("2024-01-12", "contract"),
            expect("2024-03", "diversion"),
            expect("2024-04-08", "market street"),
            expect("2024-09-20~", "rail"),
            expect("2026-05", "test", planned=True),
        ),
    ),
    Text(
        "gas-mains-notice",
        "gas network's planned works notice",
        None,
        """NORTHERN GAS PIPES
PLANNED WORKS NOTICE
Issued: 2 June 2025 | Our ref: NGP/PW/58213

Dear Resident,

Gas main replacement: Church Lane, Vicarage Road and Mill Close, Hexley

We are writing to let you know that we will be replacing the old metal gas mains in your
street as part of our Iron Mains Risk Reduction Programme 2021-2026. The mains in this area
were laid in 1936 and are reaching the end of their safe life.

A gas escape was reported on Vicarage Road on 19 May, the third in the street since 2020. We
sent advance letters to every household on Friday 30 May.

Works will run from 16 June to 25 July 2025. Church Lane will be closed to traffic from 23 to
27 June, with a signed diversion via Station Road.

Our teams will normally work Monday to Friday, 8am to 6pm. Your gas supply will be
interrupted for around two hours while your new service pipe is connected; we will agree a
time with you beforehand.

If you smell gas, call the National Gas Emergency Service on 0800 111 999, 24 hours a day.

For questions about these works, call our project team on 0345 072 3311 quoting reference
58213.

Yours faithfully,
Dave Moss, Project Manager""",
        (
            expect("1936", "main", "laid"),
            expect("2025-05-19", "escape"),
            expect("2025-05-30", "letter"),
            expect("2025-06-16/2025-07-25", "work", planned=True),
            expect("2025-06-23/2025-06-27", "church lane", planned=True),
        ),
    ),
    Text(
        "skerryness-log",
        "lighthouse keeper's logbook extract",
        None,
        """SKERRYNESS LIGHTHOUSE - EXTRACT FROM THE PRINCIPAL KEEPER'S JOURNAL

[Transcribed by the Skerryness Heritage Trust. Spelling as in the original.]

Tuesday 14th January 1896. Wind SW, whole gale, heavy sea. Lamp lit 4.32 pm, extinguished
8.10 am. About 2 am the schooner Margaret Hale of Whitby went ashore on the North Scar.
Burned flares and fired the signal gun. Nothing further could be done in such a sea.

Wednesday 15th. Gale moderating, wind W by S. Barometer rising. Lamp lit 4.34 pm.

Thursday 16th. The Stromness lifeboat took off the crew of five, all alive, at 11 am.

Monday 27th. Relief boat landed stores and coal, the first since the 2nd inst.

Trust's note
The station was established in 1821 by the Northern Lighthouse Board. Keeper James Tulloch,
who wrote these entries, took charge about 1884 and remained until his retirement. The fog
signal sounded every 90 seconds in thick weather, and the lamp was lit at sunset daily. The
light was automated in 1989. The journal for 1897 is missing.""",
        (
            expect("1896-01-14", "margaret hale"),
            expect("1896-01-16", "lifeboat"),
            expect("1896-01-27", "relief"),
            expect("1821", "establish"),
            expect("1884~", "tulloch"),
            expect("1989", "automat"),
        ),
    ),
    Text(
        "lakeside-regatta",
        "rowing regatta report",
        date(2024, 8, 26),
        """Kelda crews dominate Lakeside Regatta

Kelda Rowing Club won the men's championship eights at the Lakeside Regatta on Saturday,
beating Tyneview by a length and a quarter over the 2,000m course on Hollins Reservoir.

Kelda's time of 5:48.3 was the fastest in the event since 2009, when conditions were
similarly calm. Stroke Callum Reid said: "We do this piece every Wednesday night; it felt
like training."

In Sunday's women's quad sculls final, Tarn Ladies came from third at halfway to beat
Bankside by 0.8 seconds. Bankside had led through 1,000m in 3:21.

The regatta was first held in 1868 on the River Wear and has been raced on the reservoir
since 1972. This year it drew 412 crews from 58 clubs, its largest entry.

Organisers confirmed that next year's regatta will be staged from 22 to 24 August 2025, with
a new para-rowing event. Entries for the autumn head race, on the same water, close on 30
September.

Results (selected): Men's championship eights: 1 Kelda RC 5:48.3; 2 Tyneview BC 5:52.1;
3 Durham ARC 5:55.7. Women's quad sculls: 1 Tarn Ladies 6:42.0; 2 Bankside 6:42.8.""",
        (
            expect("2024-08-24", "eight"),
            expect("2024-08-25", "quad"),
            expect("1868", "regatta"),
            expect("1972/..", "reservoir"),
            expect("2025-08-22/2025-08-24", "regatta", planned=True),
            expect("2024-09-30", "entries", planned=True),
        ),
    ),
    Text(
        "prior-gate-bs-history",
        "building society's history page in HTML",
        None,
        """<div class="page-history">
<h1>Our history</h1>
<p class="lead">Prior Gate Building Society has helped people in Yorkshire buy their homes
for more than 175 years.</p>
<h2>Beginnings</h2>
<p>The society was founded on 6 March 1849 at the Swan Inn, York, by fourteen tradesmen who
each paid one shilling a week into a common fund. The first mortgage was advanced the
following year, to a joiner named William Ainsley.</p>
<h2>Growth</h2>
<p>In 1874 the founders converted the society into a permanent building society, so that
members could join at any time. Around 1925 Prior Gate opened its first branches outside
York, in Selby and Malton.</p>
<p>In 1968 the society merged with the Ouse Valley Permanent Benefit Society, doubling its
membership. Our head office has been at 2 Prior's Gate, York, since 1972.</p>
<h2>Today</h2>
<p>We chose to remain a mutual when many societies converted to banks under the Building
Societies Act 1986. Our 1849 Saver account remembers our founders.</p>
<p>A new mobile app is expected to launch in 2026.</p>
</div>
<footer>
<p>Prior Gate Building Society is authorised by the Prudential Regulation Authority.
Financial Services Register number 106032.</p>
<p>Call us on 01904 555 210 | &copy; 2025 Prior Gate Building Society</p>
</footer>""",
        (
            expect("1849-03-06", "found"),
            expect("1850", "mortgage"),
            expect("1874", "permanent"),
            expect("1925~", "branch"),
            expect("1968", "merge"),
            expect("1972/..", "head office"),
            expect("2026", "app", planned=True),
        ),
    ),
    Text(
        "cashew-export-ban",
        "export ban announcement",
        date(2025, 2, 6),
        """MINISTRY OF TRADE AND INDUSTRY
ANNOUNCEMENT No. 14/2025

Temporary ban on the export of raw cashew nuts

The Ministry of Trade and Industry announces a ban on the export of raw, unprocessed cashew
nuts (HS code 0801.31), which will take effect on 1 March.

The Council of Ministers approved the measure on Tuesday, following a request from the
National Cashew Processors' Association. Domestic prices of raw nuts rose 18 percent in
January, the sharpest monthly rise since 2008, and local processing plants have been working
below half capacity.

A partial restriction, limiting exports to licensed traders, was imposed on 9 October 2024.
By 31 January, exporters had declared 62,000 tonnes of stock held in bonded warehouses.

Shipments already loaded on vessels will be allowed to leave. The ban does not apply to
processed kernels, which remain subject to Decree 2019/77 on quality grading.

The Ministry will review the ban in June together with the processors and farmers'
cooperatives.

For enquiries, call the trade hotline 1500 234 (open every working day, 8:00 to 16:00) or
write to exports@mti.example.""",
        (
            expect("2025-03-01", "ban", planned=True),
            expect("2025-02-04", "council"),
            expect("2025-01", "price"),
            expect("2024-10-09", "restrict"),
            expect("../2025-01-31", "stock"),
            expect("2025-06", "review", planned=True),
        ),
    ),
    Text(
        "norse-farm-study",
        "university press office research story",
        None,
        """University of Westhaven | Press Office
News > Research
Posted 15 March 2024

Ancient barley reveals why a Norse farm in Greenland was abandoned

Grains of charred barley found under a collapsed turf wall are helping archaeologists explain
why one of the last Norse farms in Greenland was given up.

The study, published on Wednesday in the journal Arctic Archaeology, shows that the farm's
fields failed repeatedly as summers cooled. The team, led by Dr Sigrun Halldorsdottir of the
Department of Archaeology, analysed samples collected during excavations in 2019 and 2021.

Radiocarbon dates suggest the farm was abandoned around 1420. A roof beam may date from 1192,
though the team warns that the wood could have been reused from an older building.

"These people did not vanish overnight," said Dr Halldorsdottir. "They adapted for
generations, and left when the barley stopped ripening."

The project has been funded since 2018 by the Northern Heritage Trust and forms part of the
university's Research Strategy 2030. The team will return to the site in July 2025 to excavate
the farm's byre.

Paper: Halldorsdottir S. et al., Arctic Archaeology 41 (2024), DOI 10.5555/aa.2024.0117

Media enquiries: press@westhaven.example, +44 (0)1224 555 904""",
        (
            expect("2024-03-13", "study"),
            expect("2019", "sample"),
            expect("2021", "sample"),
            expect("1420~", "abandon"),
            expect("1192?", "beam"),
            expect("2018/..", "fund"),
            expect("2025-07", "return", planned=True),
        ),
    ),
    Text(
        "kilbrannan-grounding",
        "harbour master's incident summary",
        None,
        """PORT OF KILBRANNAN - HARBOUR MASTER
INCIDENT SUMMARY IR-2025/031
Date of report: 10 April 2025

Vessel: FV Silver Dawn (KN 214), stern trawler, 23.8 m
Incident: Grounding in the approach channel

Summary
At approximately 03:40 on 2 April 2025, FV Silver Dawn grounded on the western edge of the
approach channel near No. 4 buoy while returning to harbour in poor visibility. No one was
injured and no pollution was observed.

The vessel was refloated two days later on the morning high tide with the assistance of the
tug Morven and was towed to the fish quay for inspection.

No. 4 buoy had been reported off-station on or about 28 March by another fishing vessel, but
the report was not passed to the harbour office. The buoy was repositioned on 5 April
(see Notice to Mariners No. 12/2025).

Anchorage B has been closed since 3 April while the seabed is checked for debris.

Actions
A full hydrographic survey of the channel is scheduled for 22 April. The channel is dredged
each spring, and depths were last confirmed at 5.2 m below chart datum.

Contact: Harbour Office, 01586 555 301, VHF Channel 14""",
        (
            expect("2025-04-02", "ground"),
            expect("2025-04-04", "refloat"),
            expect("2025-03-28~", "buoy"),
            expect("2025-04-05", "reposition"),
            expect("2025-04-03/..", "anchorage"),
            expect("2025-04-22", "survey", planned=True),
        ),
    ),
    Text(
        "wexmoor-talks",
        "festival's programme of talks",
        None,
        """WEXMOOR BOOK FESTIVAL
Programme of talks | 9-12 October 2025

Welcome to our twenty-eighth festival! Founded in 1998 by the bookseller Ruth Amery, the
festival has grown from a weekend of readings into four days of talks across the town.

THURSDAY 9 OCTOBER
7.30pm, Corn Exchange - Opening talk: historian Dr Neil Foyle on "Water and the Town",
from the Great Flood of 1607 to the new river walls.

FRIDAY 10 OCTOBER
11am, Library - Local author Jan Pascoe launches her novel "The Ferryman's Year".
8pm, St Luke's Church - An evening with poet Amira Said.

SATURDAY 11 OCTOBER
2pm, Corn Exchange - Panel: "Is the novel dead?" chaired by Tom Keel.

SUNDAY 12 OCTOBER
3pm, Corn Exchange - Closing talk: broadcaster Lucy Tan on forty years of radio.

Book signings follow every talk, and the festival bookshop is open daily from 10am.

Tickets: 8 pounds per talk (under-18s free). Box office: 01632 960 441 or
www.wexmoorbooks.example. Registered charity No. 1079214.""",
        (
            expect("2025-10-09/2025-10-12", "festival", planned=True),
            expect("1998", "found"),
            expect("2025-10-09", "opening", planned=True),
            expect("2025-10-10", "pascoe", planned=True),
            expect("2025-10-10", "amira", planned=True),
            expect("2025-10-11", "panel", planned=True),
            expect("2025-10-12", "closing", planned=True),
        ),
    ),
    Text(
        "fenmoor-museum-report",
        "regional museum's annual report",
        None,
        """FENMOOR REGIONAL MUSEUM
ANNUAL REPORT 2023-24
Registered charity No. 1102345

Director's report

The year began with a celebration: the museum reopened on 18 May 2023 after an eighteen-month
refurbishment of its Victorian galleries, funded by the National Lottery Heritage Fund.

Visitors numbered 84,210, the highest since 2008. School visits, which take place every
weekday during term, rose by a third.

Collections
In September 2023 the museum acquired the Harlow Hoard, a group of 212 Roman silver coins found
by a metal detectorist near Wisbech. It is displayed in Case 1996, named after the year of the
Treasure Act.

Buildings
The museum, founded in 1884 by the Fenmoor Literary and Philosophical Society, has been an
Accredited Museum since 2012. Repairs to the main roof were completed by 31 March 2024, within
budget.

Looking ahead
The new textile gallery is scheduled to open in November 2024, and a touring exhibition on
fenland drainage will travel to Ely the following year.

Dr Hannah Coates, Director""",
        (
            expect("2023-05-18", "reopen"),
            expect("2023-09", "hoard"),
            expect("1884", "found"),
            expect("2012/..", "accredit"),
            expect("../2024-03-31", "roof"),
            expect("2024-11", "gallery", planned=True),
            expect("2025", "exhibition", planned=True),
        ),
    ),
    Text(
        "marsh-dalby-boundary",
        "land registry dispute history",
        None,
        """HM LAND REGISTRY - DISPUTE HISTORY SUMMARY
Title numbers: WK487213 (Holly Farm) and WK502960 (Brookside)
Matter: boundary between the two titles along the eastern hedge

1. Registration
The land now comprised in title WK487213 was first registered on 4 June 1931 on a conveyance
from the Warwick Glebe Trustees. The land was conveyed to the Marsh family in about 1948.

2. The disputed strip
The dispute concerns a strip about 1.2 metres wide between the eastern hedge and a post and
wire fence. The hedge may have been planted in 1890, though the surveyor could not confirm this
from the tithe map. Mrs Eileen Marsh has occupied the strip as part of her garden since 1979.

3. The application and objection
Mrs Marsh applied on form ADV1 for registration of the strip by adverse possession under the
Land Registration Act 2002. Mr Peter Dalby, the registered proprietor of WK502960, objected
on 12 October 2016, and the matter was referred to the tribunal under reference REF/2016/0914.

4. The hearing
The tribunal hearing took place from 3 to 5 July 2018, and the determination was issued the
following month. The judge found that Mrs Marsh had been in possession for more than ten years
and directed the registrar to give effect to the application.

This summary does not form part of the register.""",
        (
            expect("1931-06-04", "register"),
            expect("1948~", "convey"),
            expect("1890?", "hedge"),
            expect("1979/..", "occup"),
            expect("2016-10-12", "dalby"),
            expect("2018-07-03/2018-07-05", "hearing"),
            expect("2018-08", "determination"),
        ),
    ),
    Text(
        "wellbury-pastoral-letter",
        "bishop's pastoral letter",
        None,
        """A Pastoral Letter from the Bishop of Wellbury
To be read in all churches of the Diocese

My dear brothers and sisters in Christ,

As we draw near to Holy Week, I write to thank you for your prayers and generosity in a year
that has tested many of our communities.

When our diocese was founded in 1877, it had 212 parishes and more than 300 clergy. Today we
have fewer priests, and since January the parishes of Easton Magna and Little Holm have shared
a single parish priest. I am grateful to both congregations for their patience.

Many of you will know that the cathedral roof was badly damaged by the storm of 2 November
last year. Thanks to your gifts, scaffolding went up on 12 February, and the work is expected
to be finished by the end of the year.

The Diocesan Synod will meet on Saturday 27 April to consider how we share our clergy and
buildings in the years ahead. On 29 June I will ordain six new deacons in the cathedral, the
largest number for a decade, and I ask you to hold them in your prayers.

Our Lent appeal for the food banks continues, with collections every Friday, and the 1662 Book
of Common Prayer service remains at 8am each Sunday.

With my love and blessing,

+Andrew Wellbury

Bishop's House, Wellbury, 15 March 2024
Diocese of Wellbury, registered charity No. 1134567""",
        (
            expect("1877", "found"),
            expect("2024-01/..", "parish"),
            expect("2023-11-02", "storm"),
            expect("2024-02-12", "scaffold"),
            expect("2024-04-27", "synod", planned=True),
            expect("2024-06-29", "ordain", planned=True),
        ),
    ),
)
