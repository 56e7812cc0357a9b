"""A sixty-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a wire story on a
central bank governor's resignation, a distillery's press release, an appeals court opinion, a
monastery library's history, a Channel swim report, a bell foundry's HTML history, a landmine
survey mission summary, a heat health statement, a field diary, an obituary, twinning minutes,
a road closure notice, a fair programme, a bird club newsletter, a dredging tender, a mutiny
factbox, a collision report, an observatory status page, a museum label correction and a ferry
family history), with invented organisations, people and facts. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYSIXTH_CORPUS",)


SIXTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "central bank governor resigns",
        "wire story with a dateline",
        date(2026, 11, 19),
        """RIGA, Nov 19 (Nordline) - Andris Kalnietis, governor of the Latvian Reserve \
Council, resigned on Wednesday, two days after a parliamentary committee questioned his \
handling of a failed bond sale.

Kalnietis, 61, had led the council since March 2018. He told reporters that his deputy, \
Ilze Varna, would take over as acting governor on Dec. 1.

The committee hearing on Monday followed the collapse of a 400-million-euro bond auction on \
Oct. 28, when the council sold less than a third of the paper on offer, the weakest result \
for a sovereign sale since 2012.

Finance Minister Roberts Ozols said a permanent successor would be nominated by the end of \
January. Parliament is scheduled to vote on the nomination on Feb. 12.

Kalnietis joined the council as a junior economist in 1992 and spent a decade at the \
International Monetary Fund before returning to Riga as deputy governor. Analysts said the \
euro-denominated bonds of the country barely moved on the news.

(Reporting by Liga Berzina; Editing by Tom Aldous)""",
        (
            expect("2026-11-18", "resign"),
            expect("2018-03/..", "led"),
            expect("2026-12-01", "acting", planned=True),
            expect("2026-11-16", "hearing"),
            expect("2026-10-28", "auction"),
            expect("../2027-01", "successor", planned=True),
            expect("2027-02-12", "vote", planned=True),
            expect("1992", "join"),
        ),
    ),
    Text(
        "distillery bicentenary release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Glenmorrach Distillery marks two centuries with an 18-year-old single malt

SPEYSIDE, Scotland, 4 March 2025 - Glenmorrach, one of the smallest working distilleries \
in the Spey valley, is celebrating its bicentenary with the bottling of a rare 18-year-old \
single malt.

The distillery was founded in around 1825 by the brothers Hamish and Duncan Reid on a farm \
above the Allt Dubh burn. Its original stillhouse burned down on 14 November 1908 and was \
rebuilt the following year with the copper pot stills still in use today.

Since 2016 Glenmorrach has been owned by the Ardlaw Spirits Group, which has kept production \
at fewer than 300,000 litres a year. The distillery was last expanded in 1974, when a \
second pair of stills was installed. The new bottling was distilled in 2006 and matured in \
sherry butts. It will go on sale on 1 April 2025 at a recommended price of GBP 145.

"Two hundred years on, we still make whisky the way the Reids did," said distillery manager \
Fiona Mackay.

Tours run every day except Sunday.

ENDS

Notes to editors: Glenmorrach is a registered trade mark of Ardlaw Spirits Group Ltd. \
Media contact: press@glenmorrach.example""",
        (
            expect("1825~", "found"),
            expect("1908-11-14", "burn"),
            expect("1909", "rebuilt"),
            expect("2016/..", "own"),
            expect("1974", "expand"),
            expect("2006", "distill"),
            expect("2025-04-01", "sale", planned=True),
        ),
    ),
    Text(
        "appeal on the seizure of a trawler",
        "appeals court opinion",
        None,
        """COURT OF APPEAL - NORTHERN DIVISION
Appeal No. FA/118/2023
Havbris Fiskeri AS v. The Directorate of Fisheries

OPINION OF THE COURT

1. The appellant, owner of the trawler Maren Ess, appeals from the order of the District \
Court of 14 February 2023 that confirmed the seizure of the vessel.

2. The facts are not in dispute. On or about 2 September 2022 the vessel was boarded by \
fisheries officers some eleven nautical miles north of Vardo and her catch was inspected. \
The officers found undersized cod in the hold and detained the vessel on 3 September 2022. \
The appellant lodged a bond on 20 September, but the vessel was not released.

3. The appellant argues that its licence, held since 2015, was valid throughout. The \
Directorate's register shows that the licence was probably renewed in January 2022, although \
the renewal form itself has not been found.

4. We are not persuaded that a missing form can defeat a licence the Directorate itself \
recorded as renewed. The detention after the bond was lodged had no basis in the Act.

5. The appeal is allowed. The vessel shall be released to the appellant no later than \
31 May 2024, and the Directorate shall bear the costs of both instances.""",
        (
            expect("2023-02-14", "order"),
            expect("2022-09-02~", "board"),
            expect("2022-09-03", "detain"),
            expect("2022-09-20", "bond"),
            expect("2015/..", "licence"),
            expect("2022-01?", "renew"),
            expect("../2024-05-31", "release", planned=True),
        ),
    ),
    Text(
        "library of Sankt Wendelin abbey",
        "encyclopedia history",
        None,
        """Library of Sankt Wendelin Abbey

The library of Sankt Wendelin Abbey is the book collection of a Benedictine monastery in \
the Gail valley of Carinthia, Austria.

History
The abbey was founded c. 1140 by monks from Admont. The first catalogue of the library was \
compiled in 1387 and lists 212 manuscripts, most of them liturgical. During the Reformation \
part of the collection was probably sold to the printer Matthias Krenn in 1563, whose \
bindings reused leaves from the abbey's missals. \
A fire in 1612 destroyed the east range of the abbey but spared the books.

A baroque library hall, with ceiling frescoes of the liberal arts, was built from 1741 to \
1746. After the suppression of the abbey in 1786, most of the manuscripts passed to the court \
library in Vienna, where many remain. The monks returned in 1809 and began to rebuild the \
collection from donations.

The library has been open to visiting scholars since 1952. The 1387 catalogue, itself kept \
in the abbey archive, is still used to identify manuscripts dispersed across Europe.

See also
- List of monastic libraries in Austria""",
        (
            expect("1140~", "found"),
            expect("1387", "catalogue"),
            expect("1563?", "sold"),
            expect("1612", "fire"),
            expect("1741/1746", "hall"),
            expect("1786", "suppress"),
            expect("1809", "return"),
            expect("1952/..", "open"),
        ),
    ),
    Text(
        "teacher swims the Channel",
        "sports report",
        date(2025, 8, 11),
        """SWIMMING

Teacher, 52, conquers the Channel at the fourth attempt

By Dan Harker | Monday 11 August 2025

Margaret Ellery walked ashore at Cap Gris-Nez at 4.12pm on Saturday after 15 hours and 40 \
minutes in the water, becoming the oldest woman from Kent to complete a solo crossing.

Ellery, a chemistry teacher from Deal who joined the Channel Swimming Association in 2016 and \
trains in Dover harbour every weekend, first \
attempted the swim in 2019 but was pulled out with hypothermia eight miles from France. She tried \
again in 2021 and 2023, both times beaten by the spring tides off the French coast.

Her time is the fastest by a British woman over 50 since 2011, according to her pilot, \
Steve Marchant.

The Channel Swimming Association ratified the swim yesterday. Ellery, who raised GBP 8,000 \
for a hospice, said she will attempt a two-way crossing in 2027. "My legs disagree," she added.""",
        (
            expect("2025-08-09", "ashore"),
            expect("2019", "attempt"),
            expect("2016", "join"),
            expect("2021", "tried"),
            expect("2023", "tried"),
            expect("2025-08-10", "ratif"),
            expect("2027", "crossing", planned=True),
        ),
    ),
    Text(
        "Krell bell foundry",
        "company history (HTML list)",
        None,
        """<section class="history">
<h2>Three centuries of bells</h2>
<p>Every bell we cast still carries the 1738 mark of our founder.</p>
<ul>
  <li><strong>1738</strong> &ndash; Johann Krell casts his first bell in a yard outside the \
walls of Passau.</li>
  <li><strong>c. 1790</strong> &ndash; The foundry moves to the Innstadt, beside the river.</li>
  <li><strong>23 June 1866</strong> &ndash; The 4.2-tonne <em>Severina</em> is cast for the \
parish church of St. Severin.</li>
  <li><strong>1917</strong> &ndash; Most of the bells in the yard are requisitioned and \
melted down for the war.</li>
  <li><strong>1949</strong> &ndash; The <em>Severina</em> is recast for St. Severin after \
its wartime loss.</li>
  <li><strong>Since 1951</strong> &ndash; The foundry has been run by the Aumueller family.</li>
  <li><strong>May 2027</strong> &ndash; A bell museum is to open in the old moulding shop.</li>
</ul>
<p class="footer">&copy; Glockengiesserei Krell &middot; Impressum &middot; Datenschutz</p>
</section>""",
        (
            expect("1738", "cast"),
            expect("1790~", "move"),
            expect("1866-06-23", "severina"),
            expect("1917", "requisition"),
            expect("1949", "recast"),
            expect("1951/..", "run"),
            expect("2027-05", "museum", planned=True),
        ),
    ),
    Text(
        "landmine victims survey in Battambang",
        "mission summary",
        None,
        """MEKONG MINE ACTION FORUM
Mission summary: Victim Assistance Survey, Battambang Province, Cambodia

Purpose
To record the needs of landmine and explosive remnant survivors in four districts and to \
update the findings of the 2014 baseline survey.

Summary
The survey team worked in the province from 6 to 24 October 2025 and interviewed 312 \
survivors and 97 family members. The last recorded casualty in Kamrieng district occurred \
on or about 17 March 2025, when a farmer was injured while clearing land.

The provincial rehabilitation centre closed in 2019 for lack of funds and probably reopened \
in 2022; its records for the period are incomplete. Most survivors travel more than three \
hours to reach it. A prosthetics workshop opened in Battambang town on 2 June \
2023 and now fits some forty limbs a month.

Next steps
- The final report is expected by 15 December 2025.
- A follow-up visit to the two northern districts is planned for April 2026.

Team: S. Chan (lead), R. Okafor, M. Vann. Contact: survey@mmaf.example""",
        (
            expect("2025-10-06/2025-10-24", "survey"),
            expect("2025-03-17~", "casualt"),
            expect("2019", "close"),
            expect("2022?", "reopen"),
            expect("2023-06-02", "workshop"),
            expect("../2025-12-15", "report", planned=True),
            expect("2026-04", "visit", planned=True),
        ),
    ),
    Text(
        "amber heat health alert",
        "government statement",
        date(2025, 7, 14),
        """Department of Public Health
News and statements

Amber heat-health alert for the Western and Midland regions

Published 14 July 2025

The Chief Medical Officer has raised the heat-health alert for the Western and Midland \
regions to amber. The alert will be in force from 09:00 on Tuesday 15 July to 21:00 on \
Friday 18 July 2025. Temperatures are expected to reach 34C on Thursday.

The amber alert follows a yellow alert issued on 11 July. It is the first amber alert in \
these regions since August 2022. The alert system itself was introduced in 2019.

Cooling centres have been open in twelve towns since Saturday. Hospitals report heat-related \
admissions to the Department every morning.

The decision to raise the alert was agreed with the regional health boards on Sunday. The \
alert may be extended.

People over 75, young children and those with heart or lung conditions are most at risk. \
Drink water regularly, keep rooms shaded and check on neighbours who live alone.

Share this page | Print""",
        (
            expect("2025-07-15/2025-07-18", "alert", planned=True),
            expect("2025-07-17", "temperat", planned=True),
            expect("2025-07-11", "yellow"),
            expect("2019", "introduc"),
            expect("2025-07-12/..", "cool"),
            expect("2025-07-13", "agreed"),
        ),
    ),
    Text(
        "field diary on Skarvoy",
        "HTML diary",
        None,
        """<article class="diary">
<h1>Skarvoy field season: seabird diary</h1>
<h3>Tue 3 June 2025</h3>
<p>Landed on Skarvoy with the fisheries boat at about ten. Tent up by noon. Counted 412 \
occupied puffin burrows on the east slope.</p>
<h3>Thu 5 June</h3>
<p>Storm all day, no fieldwork. Radioed the skipper: the boat is to return for us on \
19 June.</p>
<h3>Sat 7 June</h3>
<p>Found a ringed storm petrel in the boulder field. The ring is from Rost; the database says \
it was ringed there on 12 July 2016. First ringed petrel caught on the island since 2009.</p>
<h3>Mon 9 June</h3>
<p>First kittiwake chick seen this morning on ledge B; it probably hatched yesterday. I check \
the ledges every morning at six.</p>
</article>""",
        (
            expect("2025-06-03", "land"),
            expect("2025-06-05", "storm"),
            expect("2025-06-19", "boat", planned=True),
            expect("2025-06-07", "found"),
            expect("2016-07-12", "ringed"),
            expect("2025-06-09", "seen"),
            expect("2025-06-08?", "hatch"),
        ),
    ),
    Text(
        "obituary of a harbour master",
        "obituary",
        None,
        """Captain Ewan MacLure, harbour master

Captain Ewan MacLure, who has died aged 84, ran the port of Kilbrannan for more than a \
quarter of a century and knew every rock in its approaches.

He was born on 2 April 1941 in Campbeltown, the son of a ferry engineer, and went to sea as \
a deck boy. After years in coasters and tankers he joined the Kilbrannan Harbour Trust as a \
pilot in 1972 and was appointed harbour master in 1979. He retired in 2006.

His proudest work was the ro-ro pier, opened in 1988, which brought the island ferry \
alongside for the first time. He walked its length every morning until the week he retired.

He married Agnes Reid in about 1966; she survives him, with their two sons.

He died on 21 October 2025 at his home above the harbour. A funeral will be held at \
St Kieran's Church on 3 November.""",
        (
            expect("1941-04-02", "born"),
            expect("1972", "join"),
            expect("1979", "appoint"),
            expect("2006", "retire"),
            expect("1988", "pier"),
            expect("1966~", "married"),
            expect("2025-10-21", "died"),
            expect("2025-11-03", "funeral", planned=True),
        ),
    ),
    Text(
        "twinning association committee",
        "meeting minutes",
        None,
        """WEXBRIDGE & SAINT-AUBIN-SUR-LOIRE TWINNING ASSOCIATION
Minutes of the committee meeting held on Tuesday 14 January 2025, Corn Exchange, 7.30pm

Present: J. Denby (Chair), P. Okoye (Treasurer), M. Hale, R. Fournier. Apologies: S. Pratt.

1. Minutes of the previous meeting were approved.
2. Treasurer's report. Membership stands at 86. Subscriptions have been GBP 15 from \
1 April 2024 onwards.
3. Exchange visit. A group of 32 from Saint-Aubin will visit Wexbridge from 23 to 26 May \
2025. Host families are still needed.
4. Anniversary. The twinning charter was signed on 17 June 1975. A 50th anniversary dinner \
is to be held on 21 June at the Swan Hotel.
5. Grants. The application to the town council must be submitted by 28 February.
6. AOB. Mrs Denby recalled that the association first met in 1973 in the back room \
of the Swan. Committee meetings continue on the second Tuesday of alternate months.

Date of next meeting: Tuesday 11 March 2025.""",
        (
            expect("2025-01-14", "meeting"),
            expect("2024-04-01/..", "subscript"),
            expect("2025-05-23/2025-05-26", "visit", planned=True),
            expect("1975-06-17", "charter"),
            expect("2025-06-21", "dinner", planned=True),
            expect("../2025-02-28", "grant", planned=True),
            expect("1973", "first met"),
            expect("2025-03-11", "meeting", planned=True),
        ),
    ),
    Text(
        "Hallow Lane emergency closure",
        "emergency road closure notice",
        date(2025, 11, 3),
        """KELSBY COUNTY COUNCIL
EMERGENCY ROAD CLOSURE
Road Traffic Regulation Act 1984 - Section 14(2)

B4372 HALLOW LANE, KELSBY

Kelsby County Council gives notice that, owing to the collapse of a culvert reported on the \
evening of Saturday 1 November, Hallow Lane has been closed between its junctions with Mill \
Road and Station Hill since Sunday 2 November.

The culvert was last inspected in March 2017. A crane will lift the new culvert sections \
into place on 10 and 11 November, when pedestrian access will also be withdrawn.

Repairs are expected to be completed by Friday 21 November.

Diversion: via Mill Road, the A61 and Station Hill, in both directions.

Emergency vehicle access will be maintained at all times.

Dated: 3 November 2025
R. Atherton, Director of Highways""",
        (
            expect("2025-11-01", "culvert"),
            expect("2025-11-02/..", "closed"),
            expect("2017-03", "inspect"),
            expect("2025-11-10", "crane", planned=True),
            expect("2025-11-11", "crane", planned=True),
            expect("../2025-11-21", "repair", planned=True),
        ),
    ),
    Text(
        "Castle Harrowden medieval fair",
        "event programme",
        None,
        """CASTLE HARROWDEN MEDIEVAL FAIR
Saturday 9 & Sunday 10 August 2025
Programme

Welcome! The castle was built around 1290 and besieged by Parliament's army in 1644. \
Its great hall was restored in \
1962 and now houses the fair's armoury display. The \
fair was first held on the castle green in 1987 and will again fill the bailey with stalls, \
music and armour from 9 to 10 August 2025.

SATURDAY 9 AUGUST
11.00 The fair will open with a procession of the guilds from the gatehouse
13.00 Falconry on the lower lawn
15.30 Tournament heats in the tilt yard

SUNDAY 10 AUGUST
12.00 Archery tournament final
14.00 Siege engine demonstration
16.30 Prize-giving

Advance tickets are on sale at the castle shop; gates open at 10.00 each day.
Adults GBP 12 | Children GBP 6 | Under-5s free
Parking in the Home Field. Dogs on leads welcome.""",
        (
            expect("1290~", "built"),
            expect("1644", "besieged"),
            expect("1962", "restor"),
            expect("1987", "first held"),
            expect("2025-08-09/2025-08-10", "fair", planned=True),
            expect("2025-08-09", "procession", planned=True),
            expect("2025-08-10", "archery", planned=True),
        ),
    ),
    Text(
        "Fenmarsh Bird Club autumn news",
        "club newsletter",
        date(2025, 10, 1),
        """FENMARSH BIRD CLUB
Newsletter No. 142 - Autumn 2025

RECENT SIGHTINGS
A juvenile Red-necked Phalarope was at Clay Pits on 6 and 7 September 2025, feeding close to \
the hide. A Wryneck was reported from Long Hedge on or about 14 September but could not be \
relocated.

Great White Egrets have bred at Kelt Reedbed since 2021, and possibly in 2020 as well; three \
nests fledged young this year. The count of 3,400 Golden Plover on the Levels on 28 September \
was the highest since 2013.

CLUB NEWS
The AGM will be held on Thursday 13 November at the Village Hall, 7.30pm. Indoor meetings \
are on the first Wednesday of each month.

Our founder, Walter Prynne, started the club in 1958 with six members and a borrowed \
telescope; we now have 214.

Please send records to the county recorder by the end of each month.

Editor: Jan Moss""",
        (
            expect("2025-09-06", "phalarope"),
            expect("2025-09-07", "phalarope"),
            expect("2025-09-14~", "wryneck"),
            expect("2021/..", "egret"),
            expect("2020?", "egret"),
            expect("2025-09-28", "plover"),
            expect("2025-11-13", "agm", planned=True),
            expect("1958", "start"),
        ),
    ),
    Text(
        "Aberlyn harbour dredging tender",
        "tender notice",
        date(2025, 11, 17),
        """CONTRACT NOTICE - WORKS
Port of Aberlyn Harbour Authority
Maintenance dredging of the inner harbour and approach channel, 2026-2028
Reference number: PAHA/2025/031

II.1.4) Short description
Maintenance dredging of approximately 180,000 m3 of silt from the inner harbour, the \
turning basin and the approach channel, which were last dredged in 2019. The previous \
maintenance contract ended on 31 March 2022. The harbour has \
held a maintenance dredging licence since 2011.

II.2.7) Duration of the contract
The contract will start on 1 April 2026 and run for 24 months.

II.2.14) Additional information
A site visit will take place on 3 December 2025; attendance is mandatory.

IV.2.2) Time limit for receipt of tenders
Tenders must be received no later than 12:00 on 12 January 2026.

IV.2.7) Conditions for opening of tenders
Tenders will be opened on 14 January 2026.

VI.5) Date of dispatch of this notice: 17 November 2025""",
        (
            expect("2019", "dredged"),
            expect("2022-03-31", "ended"),
            expect("2011/..", "licence"),
            expect("2026-04-01", "contract", planned=True),
            expect("2025-12-03", "site visit", planned=True),
            expect("../2026-01-12", "tender", planned=True),
            expect("2026-01-14", "open", planned=True),
        ),
    ),
    Text(
        "timeline of the frigate mutiny",
        "factbox timeline",
        date(2025, 10, 9),
        """FACTBOX-Key dates in the Estavian frigate mutiny

Oct 9 (Meridian Wire) - Sailors aboard the Estavian frigate Varn have held the ship for more \
than three weeks. It is the first mutiny in the country's navy since 1961. Here are the main \
events:

* Sept 14 - About 120 sailors refuse orders at the port of Kessal over five months of unpaid \
wages.
* Sept 15 - Mutineers take control of the ship and confine the captain to his cabin.
* Sept 21 - Government says talks with the mutineers have begun through a church mediator.
* Around Sept 27 - Crews of two patrol boats join the mutiny.
* Oct 2 - The captain is released in exchange for food and fuel.
* Oct 6 - Defence Minister Aleksis Roor resigns.
* Since Oct 7 - The frigate has been blockaded in Kessal by loyalist units.
* A court martial is expected to begin by the end of November.

(Compiled by the Meridian Wire desk)""",
        (
            expect("2025-09-14", "refuse"),
            expect("2025-09-15", "control"),
            expect("2025-09-21", "talks"),
            expect("2025-09-27~", "patrol"),
            expect("2025-10-02", "release"),
            expect("2025-10-06", "resign"),
            expect("2025-10-07/..", "blockade"),
            expect("../2025-11", "court martial", planned=True),
        ),
    ),
    Text(
        "collision of Birka Trader and Lorna Bay",
        "investigation report",
        None,
        """MARINE ACCIDENT INVESTIGATION BOARD
Report No 14/2025 - Collision between the general cargo vessel Birka Trader and the fishing \
vessel Lorna Bay in the Sound of Kerra

SYNOPSIS
At about 0340 on 22 February 2025, Birka Trader and Lorna Bay collided in restricted \
visibility in the Sound of Kerra. The three crew of Lorna Bay were rescued by the lifeboat; \
their vessel sank the following day.

Birka Trader had been operated by Nordvik Shipping since 2018. Her officer of the watch was \
alone on the bridge. It is unclear whether Lorna Bay's AIS transponder was switched off on \
20 February, when shore stations last recorded it.

A near-miss between a coaster and a fishing vessel occurred in the same channel in 2016.

ACTIONS TAKEN
Nordvik Shipping issued revised bridge manning procedures to its fleet on 5 May 2025.

RECOMMENDATIONS
The Board recommends that the harbour authority introduces a reporting point in the Sound; \
the recommendations are to be implemented by 31 March 2026.""",
        (
            expect("2025-02-22", "collid"),
            expect("2025-02-23", "sank"),
            expect("2018/..", "operat"),
            expect("2025-02-20?", "ais"),
            expect("2016", "near-miss"),
            expect("2025-05-05", "procedure"),
            expect("../2026-03-31", "recommend", planned=True),
        ),
    ),
    Text(
        "Kessler Peak solar observatory status",
        "status page",
        date(2025, 6, 12),
        """KESSLER PEAK SOLAR OBSERVATORY - Instrument status
Last updated: 12 June 2025, 08:15 UTC

| Instrument | Status | Notes |
|---|---|---|
| Coronagraph | OFFLINE | Offline since 3 June 2025 after a filter wheel fault. |
| H-alpha telescope | Operational | Realigned on 30 May. |
| Magnetograph | Operational | Scheduled maintenance from 16 to 18 June. |
| Full-disk imager | Operational | Data gap on 7 June during a network outage. |
| Spectrograph | Degraded | Commissioned in about 1998; cooling fan noisy. |
| Webcam | Operational | Restored on 10 June after a lightning strike. |
| Dome | Restricted | The new dome drive motor is expected to be installed by the end of July. |

Synoptic drawings are uploaded at 14:00 UTC every day. Data requests: data@kpso.example

(c) 2025 Kessler Peak Solar Observatory""",
        (
            expect("2025-06-03/..", "coronagraph"),
            expect("2025-05-30", "realign"),
            expect("2025-06-16/2025-06-18", "maintenance", planned=True),
            expect("2025-06-07", "gap"),
            expect("1998~", "commission"),
            expect("2025-06-10", "restor"),
            expect("../2025-07", "motor", planned=True),
        ),
    ),
    Text(
        "corrected label for a silver tankard",
        "museum label correction",
        date(2025, 3, 10),
        """Correction - Gallery 4, case 12

The label previously shown with the silver tankard (accession no. 1962.114) stated that it \
was made in London in 1702 by Peter Haldane. Further research by the curatorial team shows \
that the tankard was probably made in Edinburgh in 1712; the assay mark had been misread.

The tankard was presented to the Burgh Council of Linlithgow in 1740 by the merchant \
Robert Imrie, and was bought by the museum at auction on 14 May 1962.

It was displayed with the wrong attribution from 1971 until last month, when a visiting \
researcher queried the mark.

The tankard was last cleaned and photographed in 2008 for the online catalogue. The \
corrected label will be installed on 1 April. We thank Dr Isla Menzies for her help.""",
        (
            expect("1712?", "made"),
            expect("1740", "presented"),
            expect("1962-05-14", "bought"),
            expect("1971/2025-02", "display"),
            expect("2008", "cleaned"),
            expect("2025-04-01", "label", planned=True),
        ),
    ),
    Text(
        "the Haldorsen ferry family",
        "family company history",
        None,
        """The Haldorsens of Storfjord: four generations of ferries

Ole Haldorsen bought his first boat, a steam launch named Elisabeth, in 1889 and began \
carrying passengers across the Storfjord the following year. His son Knut took over the \
business in 1921 and ordered the company's first car ferry, the Fjordbas, which was \
delivered on 12 June 1934.

The ferries were requisitioned by the occupying forces in 1940, and Knut spent much of the \
war repairing what was returned to him.

His daughter Ragnhild ran the company from 1958 to 1986, the first woman to head a Norwegian \
ferry operator, and introduced the timetable that still bears her initials.

Since 2009 Haldorsen Ferjer has been part of the Vestkyst group, though a Haldorsen still \
sits on its board. A battery-electric ferry is scheduled to enter service on the crossing in \
March 2027.""",
        (
            expect("1889", "bought"),
            expect("1890", "began"),
            expect("1921", "took over"),
            expect("1934-06-12", "delivered"),
            expect("1940", "requisition"),
            expect("1958/1986", "ran"),
            expect("2009/..", "vestkyst"),
            expect("2027-03", "ferry", planned=True),
        ),
    ),
)
