"""A sixty-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a
volcano, a dairy cooperative's press release, a social security tribunal's judgment, an
encyclopedia history of a lock flight, a snooker report, a shoe factory's history as an HTML
list, a cold-chain audit summary, a statement on a fuel shortage, a runner's HTML blog, an
obituary, parish council minutes, a water pressure notice, a quartet's season programme, a
walking club newsletter, a road salt tender, a bridge closure factbox, a school fire inquiry,
a radio telescope status page, a census table correction, a fishing harbour's history), the
organisations, people and facts invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYSEVENTH_CORPUS",)

SIXTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "volcano-wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """Ash closes airspace as Hveragil erupts again

By Sigrun Alfsdottir

REYKJAVIK, March 14 (Norpress) - Mount Hveragil erupted again on Thursday, sending an ash
column nine kilometres into the sky and forcing the closure of two regional airports, the
island's civil protection agency said.

Seismic unrest under the volcano began around March 9, when sensors recorded more than 400
small earthquakes in a single night. The volcano last erupted on November 2, 2021, in an event
that lasted eleven days.

The ash column was the tallest measured at Hveragil since 1996, said Petur Hallgrimsson of the
Northern Volcano Observatory, which has monitored the mountain since 1978.

The agency evacuated some 1,200 residents of three farming valleys overnight. It will review
the exclusion zone on Sunday, a spokeswoman said, adding that residents should not expect to
return before then.

(Reporting by Sigrun Alfsdottir; Editing by Mark Denholm)
""",
        (
            expect("2025-03-13", "erupt"),
            expect("2025-03-09~", "unrest"),
            expect("2021-11-02", "erupt"),
            expect("1978/..", "monitor"),
            expect("2025-03-16", "review", planned=True),
        ),
    ),
    Text(
        "dairy-release",
        "press release of a dairy cooperative",
        None,
        """PRESS RELEASE
Valdmark Dairy Cooperative
For immediate release - 8 April 2024

VALDMARK MEMBERS BACK NEW CHEESE PLANT AT HOLLUM

Members of Valdmark Dairy Cooperative approved a 62 million euro investment in a new cheese
plant at Hollum at their general meeting on 21 March 2024. Construction work on the site began
on 2 April.

The cooperative was founded in 1921 by fourteen farms around Hollum and merged with Ostby
Creamery in 1968. Today it collects milk from 640 member farms.

The new plant is scheduled to open in September 2025 and will employ about 90 people.

Thanks to a strong cheese market, the board has set a milk price supplement for 2023 deliveries,
the highest since 2014. The supplement will be paid out to members on 28 June.

"Our members have shown that they believe in the future of the cooperative," said chair Anne
Kjaergaard.

Media contact: Lars Bunde, communications, +45 7012 3344
""",
        (
            expect("2024-03-21", "approv"),
            expect("2024-04-02", "construct"),
            expect("1921", "found"),
            expect("1968", "merge"),
            expect("2025-09", "open", planned=True),
            expect("2024-06-28", "supplement", planned=True),
        ),
    ),
    Text(
        "tribunal-judgment",
        "judgment of a social security tribunal",
        None,
        """FIRST-TIER TRIBUNAL (SOCIAL SECURITY)
Appeal No. SC/214/19/00873

Between: Ms R. Okonedo (Appellant) and the Department for Welfare (Respondent)

DECISION AND REASONS

1. The appeal is allowed.

2. The appellant claimed disability benefit on 4 February 2019. The Department refused the
claim on or about 17 May 2019, finding that she scored no points under the daily living
activities.

3. The appellant worked as a care assistant from 2008 to 2016. She told us that she probably
stopped driving in 2017, when the pain in her hands became too great to grip a steering wheel;
she was not sure of the year.

4. The appeal was lodged on 12 August 2019. The hearing, delayed by the pandemic, took place
on 9 March 2021.

5. We found the appellant a credible witness. The medical evidence, including the report of
Dr Haldane, supports her account.

Judge P. Moravec
""",
        (
            expect("2019-02-04", "claim"),
            expect("2019-05-17~", "refus"),
            expect("2008/2016", "work"),
            expect("2017?", "driv"),
            expect("2019-08-12", "lodg"),
            expect("2021-03-09", "hearing"),
        ),
    ),
    Text(
        "lock-flight-encyclopedia",
        "encyclopedia history of a canal lock flight",
        None,
        """Ardle Locks

The Ardle Locks are a flight of eleven locks on the Mersham Canal, raising the canal 34 metres
over a distance of 1.2 km.

History

Construction of the flight began in 1793 to the design of the engineer Josiah Crane, and the
locks opened c. 1799, after a shortage of money halted work for two years. The chambers were
rebuilt in brick between 1851 and 1854, under powers granted by the 1851 Mersham Canal Act.

Commercial traffic on the flight ended in 1963, and the locks were left derelict. The flight
has been listed as a Grade II structure since 1975. Volunteers of the Ardle Locks Trust have
carried out the restoration from 1988 onwards, and the flight reopened to boats on 14 May 2001.

See also
- List of canal lock flights
""",
        (
            expect("1793", "construct"),
            expect("1799~", "open"),
            expect("1851/1854", "rebuil"),
            expect("1963", "traffic"),
            expect("1975/..", "list"),
            expect("1988/..", "restor"),
            expect("2001-05-14", "reopen"),
        ),
    ),
    Text(
        "snooker-final",
        "sports report on a snooker final",
        date(2024, 5, 6),
        """SNOOKER

Orrey holds his nerve to take Northern Masters crown

SHEFFIELD - Daniel Orrey won the Northern Masters on Sunday night, beating Callum Fenwick 10-8
in a final that finished after midnight.

Fenwick led 5-3 after the first session of the final on Saturday afternoon, but Orrey took five
of the last six frames, including a clearance of 131 in the 17th.

It was the Leeds player's first ranking title since 2019. Orrey, who turned professional in
2011, had reached the semi-finals of the event in 2016, 2018 and 2021 without going further.

"I have lost here so many times that I stopped believing," he said.

Orrey will defend his Riga Open title, which starts on 22 May, before taking a break.
""",
        (
            expect("2024-05-05", "orrey"),
            expect("2024-05-04", "fenwick"),
            expect("2011", "profession"),
            expect("2016", "semi"),
            expect("2018", "semi"),
            expect("2021", "semi"),
            expect("2024-05-22", "riga", planned=True),
        ),
    ),
    Text(
        "shoe-factory-history",
        "company history of a shoe factory (HTML list)",
        None,
        """<section class="history">
<h1>Our story</h1>
<p>Kell &amp; Sons has made shoes in Northampton for five generations.</p>
<ul>
  <li><b>1884</b> - Tobias Kell opens a cobbler's workshop on Gold Street.</li>
  <li><b>c. 1902</b> - The first Goodyear-welted boots are made by machine.</li>
  <li><b>1916-1918</b> - The factory makes boots for the army.</li>
  <li><b>1957</b> - Kell &amp; Sons moves to the Far Cotton site; the following year it opens
  its first shop in London.</li>
  <li><b>Since 2009</b> - The company has been owned by its employees.</li>
  <li><b>2026</b> - A repair workshop for resoling is planned to open beside the factory.</li>
</ul>
<p class="small">&copy; Kell &amp; Sons Ltd. All rights reserved.</p>
</section>
""",
        (
            expect("1884", "cobbler"),
            expect("1902~", "boot"),
            expect("1916/1918", "army"),
            expect("1957", "move"),
            expect("1958", "shop"),
            expect("2009/..", "own"),
            expect("2026", "repair", planned=True),
        ),
    ),
    Text(
        "cold-chain-mission",
        "mission summary of a vaccine cold-chain audit",
        None,
        """MISSION SUMMARY - Effective Vaccine Management audit, Central Region

Team: 4 auditors (Global Immunisation Partnership) and 2 ministry counterparts.

The team audited the national cold store, two regional stores and 24 health centres from 3 to
14 June 2024.

Findings
- The national cold store in Lilongwe, commissioned in 2017, met all temperature standards.
- A power failure at the Kasungu regional store on or about 27 May spoiled some 4,000 doses of
  measles vaccine; the generator did not start.
- Solar direct-drive refrigerators had been installed in 38 health centres before March 2023.
- Temperature logs are read twice a day, but are not reviewed by supervisors.

Next steps
- The ministry is to replace the remaining kerosene refrigerators in 2025.
- A follow-up visit is scheduled for 10 February 2025.
""",
        (
            expect("2024-06-03/2024-06-14", "audit"),
            expect("2017", "commission"),
            expect("2024-05-27~", "power"),
            expect("../2023-03", "solar"),
            expect("2025", "kerosene", planned=True),
            expect("2025-02-10", "follow", planned=True),
        ),
    ),
    Text(
        "fuel-statement",
        "government statement on a fuel shortage",
        date(2022, 10, 12),
        """MINISTRY OF ENERGY AND INDUSTRY
Statement on fuel supplies
12 October 2022

Since Friday, deliveries of diesel to filling stations in the northern regions have been
disrupted by the strike at the Porvik refinery, which began on 3 October.

To ease the shortage, the Government released 60,000 tonnes of diesel from the strategic
reserve yesterday. Stocks at the terminals are the lowest since 2008.

A limit of 30 litres per visit will apply at all filling stations from Saturday. Hauliers of
food and medicines are exempt.

The Minister, Helena Saari, will meet the refinery unions on Thursday. "We call on both sides
to return to the table," she said.

The Ministry publishes the stock figures every morning at 09:00 on its website.

Press office: +358 29 506 0000
""",
        (
            expect("2022-10-07/..", "deliver"),
            expect("2022-10-03", "strike"),
            expect("2022-10-11", "reserve"),
            expect("2022-10-15", "limit", planned=True),
            expect("2022-10-13", "union", planned=True),
        ),
    ),
    Text(
        "runner-blog",
        "HTML blog of a long-distance runner with dated entries",
        None,
        """<main class="blog">
<h1>Miles and Mud - Tove Randers</h1>
<article>
<h2>12 January 2025</h2>
<p>Ran 32 km along the coast path to Hallby in strong wind. Legs fine, head tired.</p>
</article>
<article>
<h2>19 January 2025</h2>
<p>Entered the Sahara Trail ultra today! It starts on 6 April. I ran my first marathon in
2014 and my first ultra roughly five years later, and this will be the longest yet.</p>
<p>I do hill repeats every Tuesday, and they will matter now.</p>
</article>
<article>
<h2>2 February 2025</h2>
<p>Calf strain. It probably happened at the track session on Thursday; I felt a twinge on the
last 400.</p>
</article>
<footer>Posted in: training, ultra</footer>
</main>
""",
        (
            expect("2025-01-12", "coast"),
            expect("2025-01-19", "enter"),
            expect("2025-04-06", "sahara", planned=True),
            expect("2014", "marathon"),
            expect("2019~", "ultra"),
            expect("2025-01-30?", "calf"),
        ),
    ),
    Text(
        "sculptor-obituary",
        "obituary of a sculptor",
        date(2023, 9, 20),
        """Obituary

Marta Vellan
Sculptor whose bronze figures of working women stand in harbours across the Baltic

Marta Vellan, who has died aged 92, made the human body heavy and tender at once.

Born in Gdynia, she studied at the Academy of Fine Arts in Krakow from 1950 to 1955. Her
bronze The Ferrywoman was unveiled on the quay in Gdansk in 1968 and became a meeting place
for the whole city.

She moved to Norway around 1972, after her husband, the architect Olav Brekke, took a post in
Bergen. She taught at the Bergen Academy for twenty years.

A retrospective at the National Museum in Oslo is planned for 2024.

Marta Vellan, sculptor, born 3 April 1931; died 11 September 2023
""",
        (
            expect("1950/1955", "stud"),
            expect("1968", "ferrywoman"),
            expect("1972~", "norway"),
            expect("2024", "retrospective", planned=True),
            expect("1931-04-03", "born"),
            expect("2023-09-11", "die"),
        ),
    ),
    Text(
        "parish-minutes",
        "minutes of a parish council",
        None,
        """ELMSWORTH PARISH COUNCIL

Minutes of the meeting held on Tuesday 7 March 2023 at 7.30pm in the Village Hall

Present: Cllr J. Pryce (Chair), Cllr M. Doyle, Cllr S. Afolabi, Cllr T. Graves.
Clerk: Mrs L. Hart.

23/31 Minutes. The minutes of the meeting of 7 February were approved and signed.

23/32 Bus shelter. The clerk reported that the shelter on Mill Lane was damaged on or about
18 February. An insurance claim has been made.

23/33 Play area. The resurfacing of the play area was completed by 31 January at the latest,
within budget.

23/34 Allotments. The council has owned the Ferry Road allotments since 1949. Rents will stay
the same.

23/35 The annual parish meeting will be held on 16 May. The litter pick takes place on the
first Saturday of every month.

Meeting closed at 8.55pm.
""",
        (
            expect("2023-02-07", "meeting"),
            expect("2023-02-18~", "shelter"),
            expect("../2023-01-31", "resurfac"),
            expect("1949/..", "allotment"),
            expect("2023-05-16", "annual", planned=True),
        ),
    ),
    Text(
        "water-pressure-notice",
        "water pressure reduction notice",
        None,
        """ARNHOLM WATER - CUSTOMER NOTICE
Issued 2 August 2024

Reduced water pressure in Eastfield

What is happening? Arnholm Water will reduce pressure in the Eastfield supply zone from 12 to
16 August 2024, between 22:00 and 05:00, while we inspect the Eastfield trunk main.

Why? The work follows a burst on the main on 27 July, which left 3,000 homes without water for
a day. The main was laid c. 1936 and is one of the oldest in our network.

What next? The replacement of the main is expected to be completed in March 2026.

Customers on our Priority Services Register were contacted by phone before 1 August.

Questions? Call 0800 414 2020 (free, 24 hours).
""",
        (
            expect("2024-08-12/2024-08-16", "pressure", planned=True),
            expect("2024-07-27", "burst"),
            expect("1936~", "laid"),
            expect("2026-03", "replac", planned=True),
            expect("../2024-08-01", "contact"),
        ),
    ),
    Text(
        "quartet-season",
        "string quartet season programme",
        None,
        """THE HALVARD QUARTET - Season 2025-26

Welcome

The Halvard Quartet, founded in 1994 by four students of the Oslo conservatory, has been
resident at St Olave's Hall since 2008. Its cellist, Ines Morrow, joined in 2019.

The quartet will open the season on Thursday 16 October 2025 with Haydn's "Sunrise" quartet,
Op. 76 No. 4, and Bartok's Third.

On 5 February 2026 the quartet is scheduled to give the premiere of Saul Ebbe's Fourth Quartet,
written for the ensemble.

The cycle of Beethoven's late quartets, first played here in 2012, will return on 14 May 2026.

Tickets: 25 / 15 (students). Concerts begin at 19:30. Subscribers receive a 20% discount.
""",
        (
            expect("1994", "found"),
            expect("2008/..", "resident"),
            expect("2019", "join"),
            expect("2025-10-16", "open", planned=True),
            expect("2026-02-05", "premiere", planned=True),
            expect("2012", "beethoven"),
            expect("2026-05-14", "return", planned=True),
        ),
    ),
    Text(
        "walking-newsletter",
        "walking club newsletter",
        date(2024, 11, 4),
        """TARNSIDE WALKING CLUB
Newsletter No. 212

Chair's notes

On Sunday, 23 of us walked the Hebble Ridge in thick mist, and only one map was lost. Thanks to
Derek for leading.

It is with great sadness that we report that founder member Joan Platt died on 19 October. Joan
walked with us for some sixty years and never missed a Boxing Day walk.

Path news: the footbridge at Cray Beck has been closed since 14 September, so the Beck circuit
is off the programme.

The club was formed in 1952 and has walked every Wednesday from the market cross ever since.

Our AGM will be on 7 December in the Old School room, followed by a supper.

Editor: Pat Lowe
""",
        (
            expect("2024-11-03", "ridge"),
            expect("2024-10-19", "platt"),
            expect("2024-09-14/..", "footbridge"),
            expect("1952", "form"),
            expect("2024-12-07", "agm", planned=True),
        ),
    ),
    Text(
        "road-salt-tender",
        "tender notice for road salt",
        None,
        """CONTRACT NOTICE
Reference: HWY/2024/117
Contracting authority: Kellbrook County Council, Highways Department

Title: Supply and delivery of de-icing rock salt

Description: The council seeks a supplier of up to 18,000 tonnes of 6 mm rock salt a year for
its four depots. The current contract, awarded in 2021, comes to an end this autumn.

A pre-market engagement event was held on 3 July 2024 and was attended by six suppliers.

Timetable
- Tenders will close at 12:00 on 30 September 2024.
- The contract award is scheduled for 18 October 2024.
- The contract is expected to start on 1 November 2024, for three years.

Deliveries must be made within 48 hours of each order, every day of the week.

Documents: via the Kellbrook procurement portal.
""",
        (
            expect("2021", "award"),
            expect("2024-07-03", "engagement"),
            expect("2024-09-30", "close", planned=True),
            expect("2024-10-18", "award", planned=True),
            expect("2024-11-01", "start", planned=True),
        ),
    ),
    Text(
        "bridge-factbox",
        "factbox timeline of a bridge closure",
        None,
        """FACTBOX - How the Selby Road bridge closure unfolded

The Selby Road bridge over the river Aire has been shut to traffic for six months. Key dates:

* 1932 - The steel bridge opens to traffic.
* 2019 - Inspectors find corrosion in the main girders.
* 4 Jan 2023 - A weight limit of 7.5 tonnes is imposed.
* 21 Aug - The bridge is closed to all vehicles after a bearing fails.
* Since September 2023 - A free shuttle bus has run between the two banks.
* Nov 2023 - The council votes to build a replacement, at a cost of some 48 million pounds.
* 2027 - The new bridge is expected to open.

Source: Aire County Council
""",
        (
            expect("1932", "open"),
            expect("2019", "corros"),
            expect("2023-01-04", "weight"),
            expect("2023-08-21", "close"),
            expect("2023-09/..", "bus"),
            expect("2023-11", "vote"),
            expect("2027", "new", planned=True),
        ),
    ),
    Text(
        "school-fire-inquiry",
        "inquiry report on a school fire",
        None,
        """INDEPENDENT INQUIRY INTO THE FIRE AT BRACKENHILL PRIMARY SCHOOL
Report to the Education Committee

Chapter 2: What happened

2.1 The fire started shortly after 2 a.m. on 23 March 2022 in the roof void above the school
hall. No one was in the building.

2.2 The roof void had been insulated in 1998 with material that was not fire-retardant. The
alarm system had last been serviced in about October 2021.

2.3 A fire risk assessment was carried out in 2017 and possibly again in 2020; the school could
find no copy of the later one.

2.4 The inquiry took evidence from staff, the fire service and the council from 5 to 9
September 2022.

2.5 The council is to publish its response to this report in June 2023.
""",
        (
            expect("2022-03-23", "fire"),
            expect("1998", "insulat"),
            expect("2021-10~", "servic"),
            expect("2017", "assess"),
            expect("2020?", "assess"),
            expect("2022-09-05/2022-09-09", "evidence"),
            expect("2023-06", "respons", planned=True),
        ),
    ),
    Text(
        "telescope-status",
        "radio telescope status page",
        date(2025, 7, 9),
        """<div class="status">
<h1>Lindholm 64 m Radio Telescope - Facility status</h1>
<p class="banner">Status: OBSERVING (page updated 9 July 2025, 14:00 UTC)</p>
<h2>Current notes</h2>
<ul>
<li>The drive motor of the azimuth axis was replaced on Monday.</li>
<li>Observations resumed yesterday at 18:00 UTC.</li>
<li>Receiver L2 has been offline since 28 June; use L1 for 21 cm work.</li>
<li>A control software upgrade is scheduled for 15 July (no observing 08:00-16:00).</li>
<li>Radio interference at 1.4 GHz is the lowest measured since 2016.</li>
</ul>
<h2>About</h2>
<p>The telescope saw first light in 1987. Scheduling requests are reviewed every Friday.</p>
</div>
""",
        (
            expect("2025-07-07", "motor"),
            expect("2025-07-08", "resum"),
            expect("2025-06-28/..", "receiver"),
            expect("2025-07-15", "upgrade", planned=True),
            expect("1987", "light"),
        ),
    ),
    Text(
        "census-correction",
        "correction of a census table",
        None,
        """CORRECTION NOTICE
Table 4.2: Usual resident population by ward, 2021 Census

Table 4.2 of the 2021 Census ward report, first published on 14 March 2023, gave the
population of Dunmore ward as 8,412 and of Kilbride ward as 6,037. The correct figures are
7,968 and 6,481.

The error arose because boundary changes made on or about 1 April 2019 were not applied to
444 addresses on the Glen estate.

The error was found by the council's planning team on 2 May 2023, and a corrected table was
issued on 9 May. Totals for the district are not affected.

The revised figures will be included in the ward profiles to be released in July 2023.

We apologise for the error.
Statistics and Research Unit
""",
        (
            expect("2023-03-14", "publish"),
            expect("2019-04-01~", "boundar"),
            expect("2023-05-02", "found"),
            expect("2023-05-09", "correct"),
            expect("2023-07", "profile", planned=True),
        ),
    ),
    Text(
        "fishing-harbour-history",
        "local history of a fishing harbour",
        None,
        """PORT CARROW: A HARBOUR AND ITS PEOPLE

From the Carrow Heritage Society's local history series

Port Carrow harbour was built around 1790 by the Ardmore estate, to land herring for the
curing yards on the shore. The north pier was added in 1834, and the lifeboat station opened the
following year.

The fish market on the quay closed on 30 June 1967, after the last curing firm moved to
Fraserburgh. The harbour was probably dredged for the last time in 1974, and sand has built up
at the mouth ever since.

The harbour has been run by the Port Carrow Community Trust since 2004. Today six creel boats
land lobster and crab there, and the old net loft houses the Heritage Society's museum, open
every Saturday in summer.
""",
        (
            expect("1790~", "built"),
            expect("1834", "pier"),
            expect("1835", "lifeboat"),
            expect("1967-06-30", "market"),
            expect("1974?", "dredg"),
            expect("2004/..", "trust"),
        ),
    ),
)
