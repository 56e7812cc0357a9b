"""A fifty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a central bank wire
story, a theatre press release, a competition ruling, a canal company history, a horse race
report, a glassworks history as an HTML list, an electoral mission summary, a bird flu
statement, a ship's cook's HTML diary, an obituary, harbour board minutes, a power cut
notice, an orchestra brochure, a rowing club newsletter, a snow clearing tender, a prison
riot factbox, an air accident interim report, a museum status page, a regulation amendment
notice and a spa town history), with invented organisations, people and facts. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYFOURTH_CORPUS",)

FIFTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "meridian-reserve-rate-cut",
        "wire story with a dateline (a central bank rate decision)",
        date(2025, 2, 6),
        """VALLETTA, Feb 6 (Coastline Wire) - The Meridian Reserve Bank cut its benchmark
lending rate by 50 basis points to 3.75% on Thursday, its biggest move since March 2020,
and said further easing was likely if wage growth kept slowing.

The bank last lowered rates on Nov. 14, when it trimmed a quarter point after annual
inflation dropped below 3% for the first time in two years.

Governor Elena Sciberras told reporters that policy "remains restrictive" even after the
cut. The bank began raising rates in May 2022 and lifted them nine times before it paused
in September 2023, leaving borrowing costs at a 16-year high.

Most economists polled by Coastline had expected a smaller step. The Meridian lira
weakened 0.6% against the euro after the announcement, and two-year bond yields fell to
their lowest level since the summer of 2022.

The government will present its budget on Feb. 25, and the bank's next policy meeting is
scheduled for March 20.

(Reporting by Karl Vella; Editing by Ruth Ashdown)""",
        (
            expect("2025-02-06", "cut"),
            expect("2024-11-14", "lower"),
            expect("2022-05", "rais"),
            expect("2023-09", "paus"),
            expect("2025-02-25", "budget", planned=True),
            expect("2025-03-20", "meeting", planned=True),
        ),
    ),
    Text(
        "lantern-yard-salt-houses",
        "press release of a theatre company",
        date(2026, 1, 14),
        """FOR IMMEDIATE RELEASE
14 January 2026

LANTERN YARD THEATRE ANNOUNCES SPRING PREMIERE OF "SALT HOUSES"

Lantern Yard Theatre Company will stage the world premiere of Salt Houses, a new play by
Dervla Quinlan about the last herring curers of the east coast, at the Corn Exchange,
Norwich.

- Previews will run from 5 to 11 March 2026.
- The production is scheduled to open on 12 March, with a press night the same evening.
- After Norwich, the show is expected to tour to Hull and Whitby in May 2026.

Tickets went on sale to members on Monday and demand has been strong, the company said.

Lantern Yard was founded in about 1998 by the actors Tom Greaves and Ama Boateng and has
been resident at the Corn Exchange since 2011. Its free Saturday workshops for young
writers run throughout the year.

"This is the most ambitious show we have made since our 2019 tour," said artistic director
Ama Boateng.

ENDS

Press contact: Hattie Lowe, press@lanternyard.example""",
        (
            expect("2026-03-05/2026-03-11", "preview", planned=True),
            expect("2026-03-12", "open", planned=True),
            expect("2026-05", "tour", planned=True),
            expect("2026-01-12", "ticket"),
            expect("1998~", "found"),
            expect("2011/..", "resident"),
        ),
    ),
    Text(
        "competition-council-cement-cartel",
        "ruling of a competition authority",
        date(2024, 12, 12),
        """COMPETITION COUNCIL
Decision No 2024/117 of 12 December 2024
Case AT.3381 - Ready-mixed concrete (Northgate Cement / Halvik Aggregates)

I. FACTS
(1) The Council finds that Northgate Cement S.A. and Halvik Aggregates S.A. coordinated
their list prices for ready-mixed concrete in the northern region from 14 February 2017
to 30 September 2021.
(2) Contacts between the sales managers probably began in 2015, but the file does not
contain sufficient evidence for that period, which is therefore not covered by this
Decision.
(3) Northgate left the arrangement no later than 30 June 2020, when its regional sales
director was replaced.

II. PROCEDURE
(4) The Council carried out unannounced inspections at the premises of both undertakings
on 9 November 2021.
(5) Halvik applied for leniency on 2 December 2021.
(6) The Statement of Objections was issued on 18 July 2023. Both parties replied in
writing; neither requested an oral hearing.

III. ASSESSMENT
(7) The market definition follows the 2019 sector inquiry into construction materials.

IV. FINES
(8) A fine of EUR 4.2 million is imposed on Northgate and of EUR 0.9 million on Halvik,
the latter reduced by 40% for cooperation.""",
        (
            expect("2017-02-14/2021-09-30", "coordinat"),
            expect("2015?", "contact"),
            expect("../2020-06-30", "left"),
            expect("2021-11-09", "inspect"),
            expect("2021-12-02", "leniency"),
            expect("2023-07-18", "objection"),
        ),
    ),
    Text(
        "harrowfield-teme-canal",
        "encyclopedia history of a canal company",
        None,
        """Harrowfield and Teme Canal Company

The Harrowfield and Teme Canal Company was a British canal company that built and
operated a 31-mile (50 km) narrow canal between Harrowfield and the River Teme.

History
The company was incorporated by Act of Parliament in 1791, with a share capital of
£120,000 raised mostly among Harrowfield ironmasters. Construction began c. 1793 under the
engineer Josiah Prothero. The first section, from Harrowfield basin to Cradley Wharf,
opened on 14 May 1796. Financial difficulties slowed the work, and the full line was not
completed until 1804; a short branch to the limestone quarries at Ashby Knoll was
opened the following year.

The canal was acquired by the Midland Junction Railway in 1846. Traffic declined steadily,
and commercial carrying had ended before 1939. The 1851 census recorded 212 boatmen living
in Harrowfield parish alone.

Restoration
The derelict canal has been managed by the Harrowfield Canal Trust since 1972, and about
twelve miles are now navigable. The Cradley flight of fourteen locks is the longest in
the county.""",
        (
            expect("1791", "incorporat"),
            expect("1793~", "construct"),
            expect("1796-05-14", "open"),
            expect("1804", "complet"),
            expect("1805", "branch"),
            expect("1846", "acquir"),
            expect("../1939", "end"),
            expect("1972/..", "trust"),
        ),
    ),
    Text(
        "carrow-cup-golden-haver",
        "sports report on a horse race",
        date(2025, 6, 8),
        """RACING

Golden Haver lands Carrow Cup for Brennan

By Niall Corrigan

Golden Haver gave trainer Maura Brennan another big-race success when taking the Carrow
Cup at Ballinrobe yesterday, beating the favourite Tidewater by a length and a half in the
fastest time recorded for the race since 2009.

The five-year-old, ridden by Shane Dolan, had last won at the course on 17 May, when he
made all in a handicap over the same trip. Brennan, who also won the Carrow Cup in 2016,
2019 and 2022, bought the gelding for around €40,000 at the sales in roughly October 2023.

"He is a horse who thrives on quick ground," said Brennan, whose string gallops on the
strand every Tuesday morning. "We will not over-race him."

Golden Haver will run next in the Connacht Derby at Galway on 5 July, where he is
quoted at 6-1.

Result: 1 Golden Haver (S Dolan) 9-2; 2 Tidewater 7-4 fav; 3 Moyne Lass 12-1. Nine ran.""",
        (
            expect("2025-06-07", "carrow"),
            expect("2025-05-17", "won"),
            expect("2016", "carrow"),
            expect("2019", "carrow"),
            expect("2022", "carrow"),
            expect("2023-10~", "bought"),
            expect("2025-07-05", "derby", planned=True),
        ),
    ),
    Text(
        "brannvik-glassworks-history",
        "company history of a glassworks (HTML list)",
        None,
        """<html><body>
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/visit">Visit</a></nav>
<h1>Our history</h1>
<p>For more than 160 years, glass has been blown by hand at Brännvik.</p>
<ul>
<li><b>1857</b> – Johan Ekdahl founds the glassworks by the lake at Brännvik, using
local sand and beech charcoal.</li>
<li><b>c. 1870</b> – A second furnace is built to meet demand for window glass.</li>
<li><b>1902–1905</b> – The works is rebuilt in brick after a fire destroys the
wooden halls.</li>
<li><b>1931</b> – Designer Greta Holm's "Ripple" bowl wins a gold medal at the
Milan Triennale.</li>
<li><b>1968</b> – Brännvik merges with the neighbouring Lindå glassworks.</li>
<li><b>Since 1994</b> – The works has been owned by the Brännvik Foundation.</li>
<li><b>2021</b> – A new visitor centre opens in the old cutting shop.</li>
</ul>
<p>Glassblowing demonstrations take place every weekday at 11:00.</p>
<footer>© Brännvik Glasbruk AB · Brännvik 1, Sweden</footer>
</body></html>""",
        (
            expect("1857", "found"),
            expect("1870~", "furnace"),
            expect("1902/1905", "rebuilt"),
            expect("1931", "medal"),
            expect("1968", "merge"),
            expect("1994/..", "foundation"),
            expect("2021", "visitor"),
        ),
    ),
    Text(
        "iest-kestria-mission-summary",
        "mission summary of an electoral assistance team",
        None,
        """INTERNATIONAL ELECTORAL SUPPORT TEAM (IEST) – REPUBLIC OF KESTRIA
Mission summary

Mandate: technical assistance to the Independent Electoral Commission (IEC) for the 2024
general elections.

Chronology
The team of eleven advisers deployed to the capital on 3 February 2024, following a
request from the IEC. Voter registration took place from 11 to 30 March and added some
410,000 first-time voters to the roll. The general elections were held on 14 May, in a
calm atmosphere, with turnout of 67%, the highest since 2004.

Provisional results were announced around 21 May, after delays in the tally of two
eastern districts. The last team members left the country by 30 June 2024. The mission's
final report was published on 9 August 2024.

Key findings
- Polling station staff were well trained, but results forms arrived late in 14% of
  constituencies.
- The IEC meets party agents every Monday during the campaign; this practice should be
  kept.
- Funding for the 2029 cycle should be secured early.

Budget: USD 1.8 million (fully spent).""",
        (
            expect("2024-02-03", "deploy"),
            expect("2024-03-11/2024-03-30", "registration"),
            expect("2024-05-14", "election"),
            expect("2024-05-21~", "result"),
            expect("../2024-06-30", "left"),
            expect("2024-08-09", "report"),
        ),
    ),
    Text(
        "ministry-bird-flu-statement",
        "government statement on a bird flu outbreak",
        date(2025, 1, 9),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Statement – 9 January 2025

Avian influenza confirmed at a poultry farm near Ribe

Highly pathogenic avian influenza of the H5N1 subtype was confirmed on Tuesday at a
commercial laying-hen farm near Ribe, the Ministry of Agriculture and Rural Affairs said.

The farm first reported increased mortality to the veterinary authority on 2 January.
All 24,000 birds on the premises had been culled by Wednesday evening, and cleaning and
disinfection are under way.

A national housing order for all poultry has been in force since 5 January. A 3 km
protection zone and a 10 km surveillance zone have been set up around the farm; the zones
are expected to be lifted on 6 February if no further cases are found.

The last outbreak in the region was in November 2022. This is the largest flock affected
since 2021. The risk to public health remains very low.

Poultry keepers are reminded to check their flocks every day and to report unusual
deaths to the helpline on 70 10 20 30.

Contact: press office, +45 70 10 20 00""",
        (
            expect("2025-01-07", "confirm"),
            expect("2025-01-02", "report"),
            expect("../2025-01-08", "cull"),
            expect("2025-01-05/..", "housing"),
            expect("2025-02-06", "lift", planned=True),
            expect("2022-11", "outbreak"),
        ),
    ),
    Text(
        "marrowind-cooks-diary",
        "HTML diary of a ship's cook",
        None,
        """<html><head><title>Galley log of the SS Marrowind, 1952</title></head>
<body>
<h1>The galley log of Albert Penhale, ship's cook, SS Marrowind, 1952</h1>
<p class="note">Transcribed by his granddaughter. Spelling has been kept.</p>

<h3>4 March</h3>
<p>Sailed from Hull at noon with 38 hands. Potatoes enough for six weeks if the
lads do not waste them.</p>

<h3>11 March</h3>
<p>Took on stores at Lisbon: oranges, oil, two sacks of rice. The bosun says this is
the worst weather since 1947.</p>

<h3>(date not sure)</h3>
<p>Lost count of the days in the gale. It was around 20 March that the sea came in
through the galley door and the flour got wet. Baked hard tack instead.</p>

<h3>2 April</h3>
<p>Crossed the line today. Old Neptune came aboard and the young deckhands were shaved
with my big spoon. Mutton stew, as every Friday.</p>

<p>Captain Rowe says we will reach Cape Town on 15 April. I shall believe it when I
see Table Mountain.</p>
</body></html>""",
        (
            expect("1952-03-04", "sail"),
            expect("1952-03-11", "stores"),
            expect("1952-03-20~", "flour"),
            expect("1952-04-02", "line"),
            expect("1952-04-15", "cape town", planned=True),
        ),
    ),
    Text(
        "obituary-margit-oyelaran",
        "obituary of a trade unionist",
        date(2025, 9, 18),
        """Obituaries

Margit Oyelaran
Cutlers' leader who fought for equal pay

Margit Oyelaran, who has died aged 87, was the first woman to lead the Sheffield Cutlery
and Allied Trades Union.

She was born in Sheffield on 3 April 1938, the daughter of a Nigerian seaman and a
buffer girl, and left school at 15 to start work as a polisher at Harland & Sons in
about 1953. She soon became a shop steward.

Oyelaran was elected general secretary of the union in 1979 and was re-elected in 1983
and 1987, each time by a wider margin. Under her leadership the union won its first
equal pay agreement, and membership among women rose to its highest level since the war.

She retired in 1996 but remained a familiar figure at the May Day march every year.

Oyelaran died at a care home in Hillsborough on Sunday. She is survived by her son,
Femi, and two grandchildren. Her funeral will be held at Sheffield Cathedral on
26 September.

Margit Oyelaran, trade unionist, born 3 April 1938; died 14 September 2025""",
        (
            expect("1938-04-03", "born"),
            expect("1953~", "work"),
            expect("1979", "elect"),
            expect("1983", "elect"),
            expect("1987", "elect"),
            expect("1996", "retire"),
            expect("2025-09-14", "die"),
            expect("2025-09-26", "funeral", planned=True),
        ),
    ),
    Text(
        "port-ellery-harbour-board-minutes",
        "minutes of a harbour board",
        date(2025, 10, 7),
        """PORT ELLERY HARBOUR BOARD
Minutes of the ordinary meeting held on Tuesday 7 October 2025 in the Harbour Office

Present: J. Tregarthen (Chair), S. Mabey, D. Pascoe, R. Kitto, Harbourmaster C. Nance
Apologies: L. Bray

1. Minutes of the previous meeting
The minutes were approved and signed as a correct record.

2. Harbourmaster's report
2.1 Dredging of the inner basin was completed on 19 September, within budget.
2.2 The visitor pontoon has been closed since 28 August following storm damage. Repair
quotes are awaited.
2.3 The cruise ship Aurelia is expected to call on or about 14 November; tendering
arrangements will be agreed with the agent.

3. Finance
3.1 Harbour dues were last revised in 2019. The Board agreed that the draft budget for
2026, including revised dues, is to be submitted to the council on 31 October.

4. Any other business
None.

The Board meets on the first Tuesday of each month. The next meeting will be held on
4 November 2025 at 7 pm.

Signed ........................ Chair""",
        (
            expect("2025-09-19", "dredg"),
            expect("2025-08-28/..", "pontoon"),
            expect("2025-11-14~", "aurelia", planned=True),
            expect("2019", "dues"),
            expect("2025-10-31", "budget", planned=True),
            expect("2025-11-04", "meeting", planned=True),
        ),
    ),
    Text(
        "mill-lane-planned-power-cut",
        "planned power cut notice",
        date(2025, 5, 2),
        """WESTERN GRID NETWORKS
NOTICE OF PLANNED INTERRUPTION TO YOUR ELECTRICITY SUPPLY
Issued: 2 May 2025 · Reference: WGN/PI/55812

To the occupier,

We need to carry out essential work on the Mill Lane substation, which supplies your
property. To do this safely, your supply will be interrupted on Tuesday 13 May 2025
between 08:30 and 16:00.

Why is this work needed?
The substation was installed around 1968 and is being replaced with modern equipment.
Preparatory work on the site began on 28 April.

What happens next?
- Customers on our Priority Services Register will be contacted by 9 May.
- A second interruption, to connect the new transformer, will take place on
  27 May 2025 between 09:00 and 13:00.

Please treat all cables as live at all times. Our engineers never ask for payment at
the door.

Questions? Call 0800 555 0123 (free, 24 hours), quoting the reference above.""",
        (
            expect("2025-05-13", "interrupt", planned=True),
            expect("1968~", "install"),
            expect("2025-04-28", "work"),
            expect("../2025-05-09", "contact", planned=True),
            expect("2025-05-27", "interrupt", planned=True),
        ),
    ),
    Text(
        "northern-sinfonia-season-brochure",
        "orchestra season brochure",
        None,
        """NORTHERN SINFONIA OF TYNESIDE
SEASON 2026/27

Welcome from our Chief Conductor

Dear friends,
It is a joy to present my eighth season with you. Since I was appointed in 2019, this
orchestra, founded in 1946 by a group of demobilised musicians, has never sounded better.

Highlights
• Opening night, 18 September 2026: Mahler's Third Symphony with the Tyneside Youth
  Choir.
• New Year's Concert, 1 January 2027: Viennese waltzes and polkas.
• Our first tour of Japan will take the orchestra to Tokyo, Osaka and Sapporo from 3 to
  14 March 2027.

Looking ahead
The new riverside concert hall is taking shape. If building work stays on schedule, we
will probably move into it in 2028.

Family concerts take place every Sunday at 11 am. Subscribers to the 2025/26 season
have priority booking.

Sofia Lindqvist, Chief Conductor

Box office: 0191 000 4646 · northernsinfonia.example""",
        (
            expect("2019", "appoint"),
            expect("1946", "found"),
            expect("2026-09-18", "open", planned=True),
            expect("2027-01-01", "new year", planned=True),
            expect("2027-03-03/2027-03-14", "tour", planned=True),
            expect("2028?", "move", planned=True),
        ),
    ),
    Text(
        "kelston-rowing-club-newsletter",
        "rowing club newsletter",
        date(2025, 4, 10),
        """KELSTON ROWING CLUB – NEWSLETTER No. 142
April 2025

From the Captain
What a start to the racing year! Last Saturday our senior men's eight won the Avon
Head, our best result there since 2011. Congratulations to cox Priya Shah and crew.

Boathouse news
The new boathouse roof was completed in February, so the boats are finally dry.
Thank you to everyone who helped with the fundraising.

Dates for the diary
The Kelston Regatta will take place on 21 June. We need volunteers for umpiring, the
bar and car parking; please sign up on the board.

From the archive
The club was founded around 1887 by workers from the paper mill. Our oldest boat still
in use, the coxed four "Jenny Lind", was bought in 1998 and refurbished the following
year.

Reminders
- Outings every Wednesday evening and Sunday morning.
- Subscriptions for 2025/26 are due at the AGM.

Happy rowing!""",
        (
            expect("2025-04-05", "won"),
            expect("2025-02", "roof"),
            expect("2025-06-21", "regatta", planned=True),
            expect("1887~", "found"),
            expect("1998", "bought"),
            expect("1999", "refurbish"),
        ),
    ),
    Text(
        "nordvik-snow-clearing-tender",
        "tender notice for snow clearing",
        date(2025, 6, 20),
        """CONTRACT NOTICE – SERVICES
Date of dispatch of this notice: 20 June 2025

Section I: Contracting authority
Municipality of Nordvik, Technical Department, Storgata 4, 9990 Nordvik, Norway

Section II: Object
II.1 Title: Winter maintenance – snow clearing and gritting of municipal roads, lots 1-3
II.2 Description: Clearing is required whenever snowfall exceeds 5 cm. The current
contract, awarded in 2019, expires on 31 October 2025.
II.3 Duration: the new contract will run from 1 November 2025 to 30 April 2028, with an
option to extend by one winter.

Section IV: Procedure
IV.1 Open procedure. A market consultation was held on 12 March 2025.
IV.2 A site visit will be held on 9 July 2025 at 10:00 at the municipal depot.
IV.3 Tenders must be received no later than 14 August 2025, 12:00 local time.
IV.4 Language: Norwegian or English.

Section VI: Complementary information
Tender documents are available free of charge on the national procurement portal.""",
        (
            expect("2019", "award"),
            expect("2025-10-31", "expir", planned=True),
            expect("2025-11-01/2028-04-30", "contract", planned=True),
            expect("2025-03-12", "consultation"),
            expect("2025-07-09", "visit", planned=True),
            expect("../2025-08-14", "tender", planned=True),
        ),
    ),
    Text(
        "hollin-moor-riot-factbox",
        "factbox timeline of a prison riot",
        date(2025, 3, 4),
        """FACTBOX-Timeline of the unrest at Hollin Moor prison

March 4 (Northern Press) - Here is a timeline of events at Hollin Moor prison, where a
three-day riot left one inmate dead and two wings uninhabitable.

2019 - Prison inspectors warn that Hollin Moor is dangerously overcrowded and short
of experienced staff.

2021 - The prison has held more inmates than its certified capacity since 2021,
according to justice ministry figures.

Feb 26, 2025 - Inmates on C wing refuse to return to their cells after evening
association and take two officers hostage.

Feb 27 - Riot police retake A and B wings. One inmate dies of smoke inhalation.

March 1 - The last hostage is released unharmed and the riot ends.

March 10 - The justice minister is due to make a statement to parliament.

An independent inquiry has been ordered to report no later than June 30.

(Compiled by Dana Whitlock)""",
        (
            expect("2019", "inspector"),
            expect("2021/..", "capacity"),
            expect("2025-02-26", "hostage"),
            expect("2025-02-27", "retake"),
            expect("2025-03-01", "release"),
            expect("2025-03-10", "statement", planned=True),
            expect("../2025-06-30", "inquiry", planned=True),
        ),
    ),
    Text(
        "aaiu-interim-statement-cessna",
        "air accident interim report",
        date(2025, 5, 12),
        """AIR ACCIDENT INVESTIGATION UNIT
Interim Statement AAIU-2024-017
Published 12 May 2025

Aircraft: Cessna 172N, registration EI-KZT
Location: near Abbeyleix, Co. Laois
Persons on board: 2 (one fatal, one serious injury)

1. Summary
On 12 November 2024, at about 14:20 local time, the aircraft collided with terrain
during an approach to a private airstrip in conditions of low cloud.

2. Factual information
2.1 The aircraft was manufactured in 1979. The engine had been overhauled in March 2021,
some 600 flight hours before the accident. The logbook shows the last annual inspection
as completed on or about 3 August 2024.
2.2 The pilot held a private pilot licence. He had probably flown the same route before,
in September 2024, although no log entry confirms it.
2.3 Examination of the wreckage was completed on 20 January 2025.

3. Ongoing investigation
It is unclear whether carburettor heat was applied during the descent. The final report
is expected to be published by December 2025.

This statement does not apportion blame or liability.""",
        (
            expect("2024-11-12", "collid"),
            expect("1979", "manufactur"),
            expect("2021-03", "overhaul"),
            expect("2024-08-03~", "inspection"),
            expect("2024-09?", "flown"),
            expect("2025-01-20", "wreckage"),
            expect("../2025-12", "report", planned=True),
        ),
    ),
    Text(
        "kettleby-museum-status",
        "museum reopening status page",
        date(2025, 11, 3),
        """<html><body>
<header><a href="/">Kettleby Museum of Art</a> · <a href="/visit">Visit</a> ·
<a href="/support">Support us</a></header>
<main>
<h1>Reopening: where we are now</h1>
<p class="updated">Last updated: 3 November 2025</p>
<p>The museum closed to the public on 6 January 2023 for a full renovation of its
galleries, heating and roof.</p>
<h2>Progress</h2>
<ul>
<li>The roof works were completed in September 2024.</li>
<li>The collection has been in temporary storage at the Riverside Depot since
February 2023.</li>
<li>Our online shop reopened in May 2024.</li>
</ul>
<h2>What's next</h2>
<p>The galleries are due to reopen on Saturday 14 March 2026, when the museum will
celebrate its restored Victorian building, which dates from c. 1888.</p>
<p>Once we reopen, entry will be free on the first Sunday of every month.</p>
</main>
<footer>Opening hours: Tue–Sun 10:00–17:00 · Registered charity 1100456</footer>
</body></html>""",
        (
            expect("2023-01-06", "closed"),
            expect("2024-09", "roof"),
            expect("2023-02/..", "storage"),
            expect("2024-05", "shop"),
            expect("2026-03-14", "reopen", planned=True),
            expect("1888~", "building"),
        ),
    ),
    Text(
        "drinking-water-regulation-amendment",
        "amendment notice of a published regulation",
        date(2025, 7, 1),
        """OFFICIAL GAZETTE – NOTICES
1 July 2025

Notice of amendment: Regulation 2021/33 on the sampling of drinking water

1. Regulation 2021/33 was published in the Official Gazette on 15 March 2021 and came
into force on 1 July 2021.

2. Following a public consultation held from 3 to 28 February 2025, the Minister for
Environment adopted an amending regulation on 10 June 2025.

3. The amending regulation will enter into force on 1 September 2025. It:
   (a) replaces Article 4(2) (minimum sampling frequency);
   (b) deletes Article 7;
   (c) inserts a new Annex III on lead testing.

4. Water suppliers must comply with the new sampling frequency no later than
1 March 2026.

5. The consolidated text is available on the Gazette's website. The regulation is
reviewed every five years.

Ref.: ENV/WQ/2025/044""",
        (
            expect("2021-03-15", "publish"),
            expect("2021-07-01", "force"),
            expect("2025-02-03/2025-02-28", "consultation"),
            expect("2025-06-10", "adopt"),
            expect("2025-09-01", "force", planned=True),
            expect("../2026-03-01", "comply", planned=True),
        ),
    ),
    Text(
        "aldbourne-wells-spa-history",
        "local history of a spa town",
        None,
        """ALDBOURNE WELLS: A SHORT HISTORY OF THE SPA
from the Aldbourne Wells Local History Society

According to local tradition, the chalybeate spring on Chapel Green was discovered
around 1620 by a shepherd whose lame dog recovered after drinking from it. Whatever the
truth of the story, the water was being sold in bottles by the end of that century.

The first Pump Room was built in 1754 by the lord of the manor, Sir Hugh Tillotson, and
the town grew quickly as a resort for the gentry of three counties. The railway arrived
in 1862, and the Royal Baths opened the following year, with Turkish rooms and a
swimming bath. The 1851 census had counted 3,200 residents, a figure that almost
trebled over the next fifty years.

The Royal Baths probably closed in 1941, when the building was requisitioned by the War
Office, though no record of the closure survives.

The Pump Room has been a listed building since 1972. Today the town has more hotels than
at any time since 1900, and the Society leads a heritage walk every Saturday from the
Pump Room steps.""",
        (
            expect("1620~", "discover"),
            expect("1754", "pump room"),
            expect("1862", "railway"),
            expect("1863", "baths"),
            expect("1941?", "closed"),
            expect("1972/..", "listed"),
        ),
    ),
)
