"""A thirty-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a central bank wire
story, a ferry operator's press release, a pension judgment summary, a salt mine's history, a
swimming report, a toy maker's timeline, a water-quality mission summary, a border crossing
statement, an HTML news page, a scientist's biography, an election calendar, a refugee
situation update, a museum label, an investor letter, a radio transcript, a dig's press
release, a competition decision, an allotment newsletter, an island's guidebook history and a
road closure notice). The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYSIXTH_CORPUS",)


THIRTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-baltic-rate-cut",
        "wire story with a dateline",
        date(2026, 3, 12),
        """RIGA, March 12 (Baltpress) - The Baltic Monetary Council cut its key refinancing rate
by 25 basis points to 3.25% on Thursday, taking borrowing costs to their lowest level since
early 2023 as price growth kept slowing across the region.

Figures published by the statistics office on Wednesday showed annual inflation easing to
2.4% in February, down from a peak of 9.1% in October 2022.

The council's tightening cycle began around July 2022 and ran until the following autumn,
when the rate reached 4.75%.

Governor Ilze Karklina, who has chaired the council since May 2021, told reporters the
decision had been unanimous. "Further easing is possible, but it is not automatic," she said.

Markets had fully priced in the move after a speech by Karklina in Tallinn on February 26.
The council meets every six weeks; its next rate decision is scheduled for April 23.

(Reporting by Janis Ozols; Editing by Helen Marsh)""",
        (
            expect("2026-03-12", "cut", "rate"),
            expect("2026-03-11", "figures"),
            expect("2026-02", "inflation"),
            expect("2022-10", "peak"),
            expect("2022-07~", "tighten"),
            expect("2021-05/..", "karklina"),
            expect("2026-02-26", "speech"),
            expect("2026-04-23", "decision", planned=True),
        ),
    ),
    Text(
        "press-nordfjord-ferry",
        "press release of a ferry operator",
        date(2025, 6, 4),
        """NORDFJORD LINES AS
PRESS RELEASE | 4 June 2025

Nordfjord Lines to open Bergen-Stavanger fast route

Bergen, Norway - Nordfjord Lines will open its new fast-ferry route between Bergen and
Stavanger on 1 July, with two daily departures in each direction.

The first of the route's two hybrid catamarans, MS Lysefjord, was delivered by the Vestkyst
yard in Floro on 19 May. Sea trials were held from 26 to 28 May off the island of Sotra. Her
sister ship, MS Hardanger, is expected to be handed over no later than 15 August.

Nordfjord Lines has operated the Bergen-Haugesund crossing since 2011, and its boats carry
more passengers every summer. The new route is the first step of the company's Fleet Plan
2030.

Tickets went on sale yesterday at nordfjordlines.no and at all terminals.

"Travellers have asked for this connection for years," said chief executive Sigrid Holm.

Media contact: Erlend Vik, communications, +47 55 00 00 00
About Nordfjord Lines: founded in Bergen, 14 vessels, 420 employees.""",
        (
            expect("2025-07-01", "open", "route", planned=True),
            expect("2025-05-19", "deliver"),
            expect("2025-05-26/2025-05-28", "trial"),
            expect("../2025-08-15", "hardanger", planned=True),
            expect("2011/..", "haugesund"),
            expect("2025-06-03", "ticket"),
        ),
    ),
    Text(
        "judgment-hartley-pension",
        "court judgment summary on a pension dispute",
        None,
        """SOCIAL SECURITY AND PENSIONS APPEAL COURT
Case No. PEN/2023/0417
Hartley v Trustees of the Calder Valley Textile Workers' Pension Scheme
Summary published 18 November 2025. This summary does not form part of the judgment.

Background
The appellant, Mrs Joan Hartley, worked for Calder Valley Mills from 1979 to 2008 and is a
deferred member of the scheme. The trustees amended the scheme rules on or about 1 April 2016
to change the way early retirement pensions are reduced. In a letter dated 3 March 2019 the
scheme told Mrs Hartley that her pension would be reduced by 18%.

It is unclear whether the trustees consulted members in 2015, as the minutes for that year
have been lost. The parties agree that the claim was lodged before 30 September 2021, the end
of the limitation period.

The first-tier tribunal dismissed the claim on 12 July 2023, holding that the amendment was
within the trustees' powers.

Decision
The Court allowed the appeal on 14 November 2025. The amendment could not reduce benefits
already accrued. The ruling may affect about 1,200 other deferred members.""",
        (
            expect("1979/2008", "work"),
            expect("2016-04-01~", "amend"),
            expect("2019-03-03", "letter"),
            expect("2015?", "consult"),
            expect("../2021-09-30", "claim"),
            expect("2023-07-12", "dismiss"),
            expect("2025-11-14", "allow", "appeal"),
        ),
    ),
    Text(
        "encyclopedia-hallbrunn-salt-mine",
        "encyclopedia history of a salt mine",
        None,
        """Hallbrunn Salt Mine

The Hallbrunn Salt Mine is a former rock salt mine in the Salzkammergut, Austria.

History
Brine springs in the valley were used in prehistoric times. The first documented shaft at
Hallbrunn was sunk in 1311 by the monks of the nearby abbey. The mine passed to the
Archbishopric of Salzburg in 1490 and remained its most profitable possession for three
centuries.

A chapel carved in rock salt was possibly consecrated in 1723; its altar is still shown to
visitors. A fire destroyed the upper galleries on 9 March 1794, killing eleven miners.

The Austrian state took over the works in 1816 and built a horse-drawn railway to the boiling
house at Ebensdorf the following year. The 1880 survey counted 38 kilometres of galleries.

Commercial mining ended on 30 June 1989, when the last brine was pumped to Ebensdorf. The mine
has been open to visitors since 1992, and guided tours start every hour in the season.""",
        (
            expect("1311", "shaft"),
            expect("1490", "archbishop"),
            expect("1723?", "chapel"),
            expect("1794-03-09", "fire"),
            expect("1816", "state"),
            expect("1817", "railway"),
            expect("1989-06-30", "mining", "end"),
            expect("1992/..", "visitor"),
        ),
    ),
    Text(
        "sport-european-swimming",
        "sports report on a swimming championship",
        date(2025, 8, 18),
        """SWIMMING

Aalders lights up Rotterdam with European record

By Pieter Dekker

ROTTERDAM - Femke Aalders gave the home crowd the moment it had waited for all week, breaking
the European record in the 200m butterfly on Saturday with 2:04.11.

The previous record, 2:04.38, had been set by Hungary's Anna Kovacs in July 2019.

Aalders, 21, missed four months of training after shoulder surgery in around November 2023.
The final was her fastest swim since 2021 by more than a second. She had already won silver
in the 100m butterfly on Tuesday.

Britain's Tom Reddy won the 1500m freestyle on Thursday, pulling away over the final 300
metres.

The championships, held from 11 to 17 August at the Maasbad arena, ended with the Netherlands
top of the medal table for the first time. The Dutch team trains every morning at six.

The next European championships are scheduled for Budapest in August 2026.""",
        (
            expect("2025-08-16", "record"),
            expect("2019-07", "kovacs"),
            expect("2023-11~", "surgery"),
            expect("2025-08-12", "silver"),
            expect("2025-08-14", "reddy"),
            expect("2025-08-11/2025-08-17", "championship"),
            expect("2026-08", "championship", planned=True),
        ),
    ),
    Text(
        "company-brambletree-toys",
        "company history of a toy maker (timeline list)",
        None,
        """Brambletree Toys - Our story

From a garage workshop to wooden toys sold in 30 countries.

1952 - Walter and Edith Brenner found Brambletree in their garage in Nuremberg.
1973 - The workshop moves to a new factory in Furth; sales in Austria start the
       following year.
1988, 1991 and 1996 - Toy of the Year awards for the Express train, the Ark and the Marble
       Run.
Since 2004 - All our toys are made from certified beech from Franconian forests.
2027 - A visitor centre with a play workshop is planned to open next to the factory.

The Express train is still painted by hand in the colours of the very first one.

Every December we open the factory for a Christmas market.

Contact | Careers | Imprint""",
        (
            expect("1952", "found"),
            expect("1973", "factory"),
            expect("1974", "austria"),
            expect("1988", "award"),
            expect("1991", "award"),
            expect("1996", "award"),
            expect("2004/..", "beech"),
            expect("2027", "visitor", planned=True),
        ),
    ),
    Text(
        "mission-lake-ohrid-water",
        "mission summary of a water-quality mission",
        None,
        """MISSION SUMMARY
Lake Ohrid Water-Quality Mission 2024 (LOWQ-24)
Balkan Freshwater Institute, Field Operations Unit

Objective: to measure nutrient loads and algal activity along the northern shore of Lake
Ohrid and compare them with the 2018 baseline survey.

Chronology
The six-person team arrived in Ohrid on 2 September 2024. Sampling took place from 3 to 14
September at 46 stations, with samples taken every morning at 07:00. An algal bloom near
Struga had been reported on or about 20 August, and three extra stations were added there.

Findings
Nitrate concentrations at Station 12 have exceeded the national guideline since 2019.
Phosphorus levels were lower than in the baseline survey.

Laboratory results were delivered on 31 October. A follow-up mission is planned for May
2025, focused on the outlets of the Koselska river.

Prepared by: Dr Elena Trajkova, mission lead""",
        (
            expect("2024-09-02", "arriv"),
            expect("2024-09-03/2024-09-14", "sampl"),
            expect("2024-08-20~", "bloom"),
            expect("2019/..", "nitrate"),
            expect("2024-10-31", "result"),
            expect("2025-05", "follow", planned=True),
        ),
    ),
    Text(
        "statement-dravnik-crossing",
        "government statement on a border crossing",
        date(2026, 1, 20),
        """MINISTRY OF THE INTERIOR
Statement on the Dravnik border crossing

The Dravnik border crossing was closed to freight traffic on Friday after an inspection found
cracks in two piers of the river bridge. Passenger cars have been diverted to the Mlinsko
crossing since Saturday morning, and buses may still use Dravnik with a weight limit.

The Minister of the Interior visited the bridge yesterday with engineers of the road agency.

Repair work will begin on Monday. The works are expected to be completed by 13 March at the
latest, and the ministry will publish the schedule of the works on its website.

The Dravnik bridge was built in about 1974 and last renovated in 2009. Freight traffic at the
crossing has been the heaviest since 2019, and customs officers work three shifts every day.

The ministry thanks drivers and hauliers for their patience.

Press office of the Ministry of the Interior""",
        (
            expect("2026-01-16", "clos", "freight"),
            expect("2026-01-17/..", "divert"),
            expect("2026-01-19", "minister", "visit"),
            expect("2026-01-26", "repair", planned=True),
            expect("../2026-03-13", "complet", planned=True),
            expect("1974~", "built"),
            expect("2009", "renovat"),
        ),
    ),
    Text(
        "html-kalamaja-library",
        "HTML news article with a byline time element and related links",
        date(2025, 10, 22),
        """<article class="story">
<h1>Kalamaja library reopens after three-year refit</h1>
<p class="byline">By <a href="/authors/mari-kask">Mari Kask</a> &middot;
<time datetime="2025-10-22T08:15:00+03:00">22 October 2025</time></p>
<p>The Kalamaja district library in Tallinn reopened to readers on Tuesday, with a new
children's floor and a reading room under the restored roof.</p>
<p>The building closed in September 2022, after roof leaks damaged part of the local history
collection.</p>
<p>Built in 1936 as a seamen's club, it has housed a library since 1951. The city council
approved the funding for the refit on 14 December 2022.</p>
<p>A coffee shop is scheduled to open on the ground floor in January. The library is open
every day except Monday.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/news/2025/03/12/hours">Libraries extend opening hours (12 March 2025)</a></li>
<li><a href="/news/2024/11/05/old-town-roofs">Old Town roofs need repairs (5 November 2024)</a></li>
</ul>
</aside>""",
        (
            expect("2025-10-21", "reopen"),
            expect("2022-09", "clos"),
            expect("1936", "built"),
            expect("1951/..", "library"),
            expect("2022-12-14", "approv"),
            expect("2026-01", "coffee", planned=True),
        ),
    ),
    Text(
        "biography-agnes-thorvaldsen",
        "biography of a scientist (encyclopedia)",
        None,
        """Agnes Thorvaldsen

Agnes Thorvaldsen was a Danish limnologist known for her work on the seasonal layering of
lakes.

Early life and education
Born in Aarhus on 1 April 1911, she studied natural history at the University of Copenhagen
and took her doctorate in 1938 with a thesis on the plankton of Lake Esrum.

Career
From 1946 to 1952 she led the freshwater laboratory at Silkeborg. Her monograph on lake
stratification, published around 1957, became a standard text. She probably visited Lake
Baikal in 1965, although her diaries for that year are incomplete.

She retired in 1976 and died in Copenhagen on 17 November 1987.

Legacy
The Thorvaldsen Medal of the Nordic Limnological Society is awarded every two years to a
young researcher.

See also: Limnology; Lake Esrum""",
        (
            expect("1911-04-01", "born"),
            expect("1938", "doctorate"),
            expect("1946/1952", "laboratory"),
            expect("1957~", "monograph"),
            expect("1965?", "baikal"),
            expect("1976", "retir"),
            expect("1987-11-17", "died"),
        ),
    ),
    Text(
        "calendar-kallby-elections",
        "municipal election calendar",
        date(2026, 2, 3),
        """MUNICIPALITY OF KALLBY
Municipal elections 2026 - timetable
Published 3 February 2026

- 27 January: the municipal council decided the number and location of the polling stations.
- Candidate lists must be submitted to the election office no later than 30 April 2026.
- Voting cards will be sent to all voters by 24 August.
- Advance voting runs from 26 August to 9 September at the town hall and the library.
- Election day: Sunday 13 September 2026, polling stations open 8:00-20:00.
- The election board will certify the results on 17 September.

The electoral register is updated every month. Questions: valg@kallby.example, tel. 0500 123.

Page 1 of 1""",
        (
            expect("2026-01-27", "polling"),
            expect("../2026-04-30", "candidate", planned=True),
            expect("../2026-08-24", "card", planned=True),
            expect("2026-08-26/2026-09-09", "advance", planned=True),
            expect("2026-09-13", "election", planned=True),
            expect("2026-09-17", "certif", planned=True),
        ),
    ),
    Text(
        "update-siret-refugees",
        "refugee situation update",
        date(2025, 11, 7),
        """CARPATHIAN RELIEF NETWORK
SITUATION UPDATE No. 14 - Siret and Suceava area - 7 November 2025

KEY FIGURES
- People in reception centres: 1,870
- Beds available: 2,100
- Funding received: about 40% of the appeal

HIGHLIGHTS
Arrivals rose sharply after the shelling of border villages on 29 October. Since 1 November
the Vicovu transit centre has been running at full capacity. A second centre opened in
Radauti on Wednesday with 300 beds.

A convoy of 14 trucks with blankets and heaters arrived yesterday from Cluj. Winter kits
were distributed to families at Siret on 3 November.

BACKGROUND
The network first deployed teams to the region in around March 2022. Volunteers hold a
coordination meeting every Monday at the Suceava office.

Contact: ops@crn.example""",
        (
            expect("2025-10-29", "shell"),
            expect("2025-11-01/..", "capacity"),
            expect("2025-11-05", "centre", "open"),
            expect("2025-11-06", "convoy"),
            expect("2025-11-03", "kit"),
            expect("2022-03~", "deploy"),
        ),
    ),
    Text(
        "label-tea-caddy",
        "museum object label with provenance",
        None,
        """Tea caddy
Lacquered tin with painted decoration
Made in Birmingham, c. 1790

Tea was expensive, and caddies like this one were kept locked. The painted scene shows the
harbour of Liverpool. It is shown with its original lock and key.

Provenance
Probably acquired by the Ashworth family of Preston in 1802; sold at Hensleigh's, London, on
14 June 1911 (lot 212); bought by Sir Edmund Carrow before 1925; bequeathed by him to the
Museum in 1948. Cleaned and conserved 2017-2018.

Accession no. 1948.37
Gallery 4 - open daily 10:00-17:00""",
        (
            expect("1790~", "made"),
            expect("1802?", "ashworth"),
            expect("1911-06-14", "sold"),
            expect("../1925", "carrow"),
            expect("1948", "bequea"),
            expect("2017/2018", "conserv"),
        ),
    ),
    Text(
        "letter-larchmont-fund",
        "investor letter of a fund",
        date(2026, 5, 14),
        """Larchmont Value Partners
Letter to Shareholders - First Quarter 2026
Boston, 14 May 2026

Dear fellow shareholders,

The fund is up 3.8% for the year to date, against 2.1% for its benchmark. The sell-off in
small caps was the sharpest since 2008, and we used it to add to three holdings.

On 17 February we sold our entire stake in Orrin Shipping, which we first bought in about
2019, after its board accepted a tender offer announced on 29 January.

Since January 2024 the fund has been closed to new investors, and it will remain so. Our new
co-manager, Priya Nandakumar, joined the team on 2 March from a pension fund in Toronto.

We will hold our annual meeting in Boston on 18 June, and we hope to see many of you there.
As always, we write to you every quarter.

With best regards,
Daniel Whitcombe, Portfolio Manager""",
        (
            expect("2026-02-17", "sold"),
            expect("2019~", "bought"),
            expect("2026-01-29", "tender"),
            expect("2024-01/..", "closed"),
            expect("2026-03-02", "nandakumar"),
            expect("2026-06-18", "meeting", planned=True),
        ),
    ),
    Text(
        "radio-mountain-rescue",
        "radio interview transcript",
        date(2025, 9, 15),
        """LAKELAND MORNING - TRANSCRIPT
Broadcast: Monday 15 September 2025, 07:40

PRESENTER: My guest is Alan Birkett, team leader of the Glenridge mountain rescue team.
Alan, you were called out on Saturday night.

BIRKETT: We were. Two walkers lost on the ridge in thick cloud. We had them down by three in
the morning, cold but fine.

PRESENTER: How long has the team been going?

BIRKETT: The team was founded in 1968, by shepherds mostly. I joined in roughly 1994, so I'm
one of the old hands now.

PRESENTER: And your vehicles?

BIRKETT: The old Land Rover we probably bought in 1981 - nobody's quite sure, the papers went
missing. The new base at Glenridge will open on 1 November, if all goes well.

PRESENTER: People still remember the storm in March 2018.

BIRKETT: We rescued eleven walkers that week. We train every Wednesday evening, and nights
like that are why.

PRESENTER: Alan Birkett, thank you.""",
        (
            expect("2025-09-13", "call"),
            expect("1968", "found"),
            expect("1994~", "join"),
            expect("1981?", "rover"),
            expect("2025-11-01", "base", planned=True),
            expect("2018-03", "storm"),
        ),
    ),
    Text(
        "university-longhouse-dig",
        "university press release on an archaeological dig",
        date(2026, 4, 9),
        """UNIVERSITY OF EAST JUTLAND
News | Faculty of Arts | 9 April 2026

Viking-age longhouse found near Hvalsted

Archaeologists from the University of East Jutland have uncovered the post holes of a
32-metre longhouse on a farm near Hvalsted. The excavation, which ran from 2 to 27 March,
also found a silver arm ring and more than 400 glass beads.

The site was first identified by a metal detectorist in October 2024. Radiocarbon dates from
the hearth place the construction of the longhouse around 940. It was probably abandoned in
the early eleventh century.

"A similar hall was excavated at Hvidbjerg in 1986, but ours is larger," said project
leader Professor Mette Lund, who presented the findings to the press on Tuesday.

The finds will go on display at the Hvalsted Museum from 15 June. A second season of
excavation is planned for spring 2027.

Press contact: Communication Office, press@eju.example""",
        (
            expect("2026-03-02/2026-03-27", "excavat"),
            expect("2024-10", "identif"),
            expect("0940~", "construct"),
            expect("1986", "hvidbjerg"),
            expect("2026-04-07", "present"),
            expect("2026-06-15", "display", planned=True),
        ),
    ),
    Text(
        "decision-frostline-kylbil",
        "competition authority decision notice",
        None,
        """COMPETITION AND MARKETS BOARD
Decision notice - Case CMB/M/2025/031
Anticipated acquisition by Frostline Logistics AB of Kylbil Transport AB

1. The parties signed the share purchase agreement on 19 June 2025. The Board received the
   notification on 4 August 2025 and opened a Phase 2 investigation on 1 October.

2. Frostline has held about 38% of the market for refrigerated road freight in southern
   Sweden since 2021. Kylbil entered the market in around 2016 and is its fastest-growing
   carrier.

3. The Board found that the acquisition would remove Frostline's closest competitor in the
   Skane region.

4. By this decision of 12 December 2025, the Board clears the acquisition on condition that
   Frostline divests the Kylbil depot in Malmo. The divestment must be completed no later
   than 31 March 2026.

For the Board: K. Lindqvist, Director of Mergers""",
        (
            expect("2025-06-19", "sign"),
            expect("2025-08-04", "notif"),
            expect("2025-10-01", "investigation"),
            expect("2021/..", "frostline"),
            expect("2016~", "kylbil", "enter"),
            expect("2025-12-12", "clear"),
            expect("../2026-03-31", "divest", planned=True),
        ),
    ),
    Text(
        "newsletter-greenlane-allotments",
        "allotment society newsletter",
        date(2025, 7, 3),
        """GREENLANE ALLOTMENT SOCIETY
Newsletter - July 2025

Hello everyone,

Our plant sale last Saturday raised 612 pounds for the new water tanks - thank you to all who
baked, potted and bought. The tanks will be installed by 25 July, so please keep the path by
the shed clear.

Blight was reported on plot 3 on or about 20 June. Please check your potatoes and tomatoes and
burn, don't compost, any affected leaves.

Plot 14 has been vacant since April; anyone on the waiting list who would like it should
speak to Margaret.

The annual show is on Sunday 7 September. Entry forms are in the shed.

A bit of history: the society was founded in 1919, when the council let the Greenlane field to
forty families. The 1919 lease is framed in the clubhouse.

Work parties are held on the first Sunday of every month. It has been our best strawberry
harvest since 2018!

Tom (secretary)""",
        (
            expect("2025-06-28", "sale"),
            expect("../2025-07-25", "tank", planned=True),
            expect("2025-06-20~", "blight"),
            expect("2025-04/..", "vacant"),
            expect("2025-09-07", "show", planned=True),
            expect("1919", "found"),
        ),
    ),
    Text(
        "guidebook-inis-corra",
        "guidebook history section of an island",
        None,
        """INIS CORRA

History

Monks were probably the first settlers on the island, and the ruins of their beehive huts
still stand above the harbour. A Norse raid in 837 destroyed the monastery. In 1350 the
island passed to the Mac Conraoi family, who built the tower house on the east cliff.

The lighthouse on the western point was first lit on 1 October 1866. The 1841 census counted
some 640 inhabitants, but famine and emigration emptied the villages; a school opened in 1903
for the twenty children who remained. The last permanent residents left in 1958.

The island has been a nature reserve since 1997, and its puffin colony is the largest on the
coast. A new landing pier is scheduled to open in 2027.

Getting there: boats leave Roonagh pier daily from May to September, weather permitting.""",
        (
            expect("0837", "raid"),
            expect("1350", "conraoi"),
            expect("1866-10-01", "lighthouse"),
            expect("1903", "school"),
            expect("1958", "left"),
            expect("1997/..", "reserve"),
            expect("2027", "pier", planned=True),
        ),
    ),
    Text(
        "notice-a592-closure",
        "road closure notice",
        date(2026, 3, 20),
        """HIGHWAYS DEPARTMENT
PUBLIC NOTICE - TEMPORARY ROAD CLOSURE
Ref: TRO/2026/44 | Issued 20 March 2026

A592 Kirkstone Road, between Troutbeck Bridge and the Kirkstone Pass Inn

The road will be closed from 8pm on Monday 6 April to 6am on Friday 10 April to allow slope
stabilisation works following the landslip on 2 February.

The road will also be closed overnight, from 8pm to 6am, on 14, 15 and 16 April for
resurfacing.

All works are expected to finish by 30 April.

Diversion: via the A591 and A5074, signed on site.
Access for residents and emergency vehicles will be maintained at all times.
Bus route 508 is suspended every weekend during the works.

For enquiries call 0300 000 0000 or visit highways.example/roadworks.""",
        (
            expect("2026-04-06/2026-04-10", "clos", planned=True),
            expect("2026-02-02", "landslip"),
            expect("2026-04-14", "overnight", planned=True),
            expect("2026-04-15", "overnight", planned=True),
            expect("2026-04-16", "overnight", planned=True),
            expect("../2026-04-30", "finish", planned=True),
        ),
    ),
)
