"""A fiftieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents in twenty styles (a wire story on a
currency devaluation, a university press release, an arbitration award, a cathedral history,
a cycling stage race report, a textile mill's HTML history, a convoy mission summary, a
foreign ministry statement, a sailor's HTML blog, a judge's obituary, council minutes, a
flight cancellation notice, a book fair programme, an alumni newsletter, a call for tenders,
a strike factbox, a bridge collapse report, a reservoir status page, a statistics office
clarification and a mill village history). The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTIETH_CORPUS",)


FIFTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "cedi-devaluation",
        "wire story with a dateline",
        date(2024, 3, 14),
        """ACCRA, March 14 (Meridian Wire) - Ghana's Monetary Authority cut the official value
of the cedi by 12 percent against the dollar on Wednesday, its steepest single adjustment
since 2009, and said a second review of the band would be completed by June 30.

Governor Abena Mensah-Tetteh told reporters the currency had been under pressure since
November, when import demand picked up ahead of the holidays. The authority raised its policy
rate by 200 basis points on January 29 and last devalued the cedi on August 2, 2022.

The finance ministry is to present a revised budget to parliament on March 26, and a team
from the regional lenders' fund is expected in Accra from April 8 to 12.

Fuel importers raised pump prices by roughly 9 percent on Thursday, traders said. The
authority publishes its reference rate every business day at 10:00 local time.

(Reporting by Kwame Asare-Boadu; Editing by Lena Hartmann)""",
        (
            expect("2024-03-13", "cedi"),
            expect("../2024-06-30", "review", planned=True),
            expect("2023-11/..", "pressure"),
            expect("2024-01-29", "rate"),
            expect("2022-08-02", "devalu"),
            expect("2024-03-26", "budget", planned=True),
            expect("2024-04-08/2024-04-12", "team", planned=True),
            expect("2024-03-14", "price"),
        ),
    ),
    Text(
        "coastal-robotics-centre",
        "press release of a university",
        None,
        """FOR IMMEDIATE RELEASE

Severnside University to open its Centre for Coastal Robotics

BRISTOL, 9 October 2023 - Severnside University will open its new Centre for Coastal Robotics
on 15 January 2024, bringing 120 researchers under one roof on the Avonmouth campus.

Construction of the four-storey building began in May 2021. The contractor, Pellow & Finch,
handed the building over to the university by 1 September 2023.

The centre grew out of a small marine sensing group set up around 1998. Professor Ruth
Adeyemi was appointed head of the group in 2012 and will be the centre's first director. A
grant of GBP 14 million from the Tidal Futures Trust was awarded on 3 March 2022.

"Our results in the 2021 research assessment showed what this team can do," said the
Vice-Chancellor, Professor Martin Oduya.

A public open day is planned for Saturday 20 January, with tours every half hour.

Notes to editors
Severnside University admits new undergraduates every September.
Media contact: press@severnside.example | +44 117 000 0000
ENDS""",
        (
            expect("2024-01-15", "open", planned=True),
            expect("2021-05", "construct"),
            expect("../2023-09-01", "hand"),
            expect("1998~", "group"),
            expect("2012", "adeyemi"),
            expect("2022-03-03", "grant"),
            expect("2024-01-20", "day", planned=True),
        ),
    ),
    Text(
        "dredging-arbitration",
        "award of an arbitration tribunal",
        None,
        """IN THE MATTER OF AN ARBITRATION UNDER THE 2012 RULES OF THE NORDIC MARITIME
ARBITRATION CENTRE

Case No. NMAC/19/044

HALVORSEN DREDGING AS (Claimant)
v.
LAKEPORT HARBOUR AUTHORITY (Respondent)

FINAL AWARD

II. THE FACTS

12. The parties signed the Dredging Contract on 14 February 2017. Clause 8.1 required the
Claimant to complete the works no later than 30 June 2019.

13. The Claimant mobilised its cutter suction dredger to the site on or about 2 May 2017.

14. On 11 November 2018 the Respondent suspended the works, citing a dispute with the
environmental regulator. The suspension was lifted on 4 March 2019.

15. The approach channel has been silting up since 2020, as the Respondent asserts and the
Claimant does not dispute; the Tribunal makes no finding on the cause.

16. The Claimant served its Notice of Arbitration on 9 September 2019. The Tribunal was
constituted on 21 January 2020.

Dated: Geneva, 28 April 2023
[signatures of the three arbitrators]""",
        (
            expect("2017-02-14", "sign"),
            expect("../2019-06-30", "complet"),
            expect("2017-05-02~", "mobilis"),
            expect("2018-11-11", "suspend"),
            expect("2019-03-04", "lift"),
            expect("2020/..", "silt"),
            expect("2019-09-09", "notice"),
            expect("2020-01-21", "constitut"),
        ),
    ),
    Text(
        "st-aldric-cathedral",
        "encyclopedia history of a cathedral",
        None,
        """St Aldric's Cathedral

St Aldric's Cathedral is the cathedral church of the Diocese of Vernholm and the largest
church built in the region before 1300.

History

A wooden church stood on the site by 1120. Construction of the present Romanesque nave
began c. 1185 under Bishop Osric of Lund, and the choir was consecrated on 17 September
1231. The two west towers were probably completed in 1294, although the building accounts
for that decade are lost.

A fire in 1511 destroyed the roof of the nave; the repairs lasted from 1512 to 1530 and
introduced the brick vaults that survive today. The chapter became Lutheran in 1537, and the
side altars were removed.

Mass was said in the crypt every Sunday until the Reformation. The cathedral features on
the 1873 series of diocesan banknotes.

See also
- List of cathedrals in Scandinavia
- Bishops of Vernholm""",
        (
            expect("../1120", "church"),
            expect("1185~", "nave"),
            expect("1231-09-17", "consecrat"),
            expect("1294?", "tower"),
            expect("1511", "fire"),
            expect("1512/1530", "repair"),
            expect("1537", "luther"),
        ),
    ),
    Text(
        "vosges-stage-four",
        "sports report on a cycling stage race",
        date(2025, 6, 9),
        """CYCLING | TOUR DES VOSGES ORIENTALES

Vermeulen takes the lead after a stage-four solo

By Claire Dumont | Monday, June 9, 2025

SAINT-DIE-DES-VOSGES, France - Dutch rider Pim Vermeulen won the fourth stage of the Tour
des Vosges Orientales on Sunday with a 14-kilometre solo attack, and now leads the race by
38 seconds.

It was a remarkable turnaround for the 26-year-old, who crashed on the opening stage on
Thursday and lost almost a minute. Saturday's time trial was won by Norway's Eirik Solheim,
who slipped to third overall.

Vermeulen turned professional in 2018 with the small Orvelo team, which has not won a stage
race since 2019. "I ride this climb every spring in training," he said.

The peloton will climb the Col du Ballon Noir on Tuesday, and the
race finishes in Epinal on Wednesday. The race was first held in 1952.

Stage 4 result: 1. Vermeulen (NED) 4:12:09; 2. Solheim (NOR) +0:41; 3. Ruiz (ESP) +0:41""",
        (
            expect("2025-06-08", "stage"),
            expect("2025-06-05", "crash"),
            expect("2025-06-07", "trial"),
            expect("2018", "profession"),
            expect("2025-06-10", "ballon", planned=True),
            expect("2025-06-11", "finish", planned=True),
            expect("1952", "first"),
        ),
    ),
    Text(
        "brantwood-mill",
        "company history of a textile mill (HTML list)",
        None,
        """<section class="history">
<h2>Our story</h2>
<p>Brantwood Mill has woven cloth beside the River Calder for more than 175 years.</p>
<ul>
  <li><strong>1847</strong> &ndash; Josiah Brantwood founds the mill at Harrowfold with
  forty hand looms.</li>
  <li><strong>c. 1860</strong> &ndash; The first power looms are installed.</li>
  <li><strong>1941&ndash;1945</strong> &ndash; The mill weaves parachute silk for the war
  effort.</li>
  <li><strong>1972, 1979 and 1985</strong> &ndash; New spinning halls are added.</li>
  <li><strong>Since 1998</strong> &ndash; The mill has been owned by the Pemberton Family
  Trust.</li>
  <li><strong>2026</strong> &ndash; A new low-water dye house is scheduled to open.</li>
</ul>
<p>Mill shop open every Saturday, 10am&ndash;4pm. Winner of the 2019 Heritage Makers
award.</p>
<footer>&copy; 2024 Brantwood Mill Ltd &middot; <a href="/contact">Contact</a></footer>
</section>""",
        (
            expect("1847", "found"),
            expect("1860~", "loom"),
            expect("1941/1945", "parachute"),
            expect("1972", "spinning"),
            expect("1979", "spinning"),
            expect("1985", "spinning"),
            expect("1998/..", "pemberton"),
            expect("2026", "dye", planned=True),
        ),
    ),
    Text(
        "convoy-zinder",
        "humanitarian convoy mission summary",
        date(2024, 11, 22),
        """NORTHBRIDGE RELIEF ALLIANCE - MISSION SUMMARY
Convoy: NRA-14/2024 | Route: Maradi - Tessaoua - Zinder (Niger)
Date of report: 22 November 2024 | Prepared by: Logistics Cell, Maradi

Summary
- 10 Nov: 18 trucks loaded at the Maradi warehouse (212 t of food, 9 t of seed).
- 11 Nov: Convoy departed at 06:00 with two escort vehicles.
- 12-13 Nov: Convoy held at the Guidan checkpoint for some 30 hours pending papers.
- Arrived in Zinder on or about 14 Nov (the radio log for that day is incomplete).
- 15 Nov: Distribution began at the two sites agreed with the district authorities.
- All trucks returned to Maradi by 20 Nov.

Observations
Water points at both sites are checked every morning. Fuel prices on the route were the
highest since 2021.

Next steps
The next convoy is planned for 2 December, subject to clearance.""",
        (
            expect("2024-11-10", "load"),
            expect("2024-11-11", "depart"),
            expect("2024-11-12/2024-11-13", "checkpoint"),
            expect("2024-11-14~", "arriv"),
            expect("2024-11-15", "distribut"),
            expect("../2024-11-20", "return"),
            expect("2024-12-02", "convoy", planned=True),
        ),
    ),
    Text(
        "embassy-tegucigalpa",
        "foreign ministry statement on an embassy",
        date(2025, 7, 3),
        """MINISTRY OF FOREIGN AFFAIRS
Press Statement No. 112/2025 - 3 July 2025

Reopening of the Embassy in Tegucigalpa

The Ministry of Foreign Affairs announces that the Embassy in Tegucigalpa will resume full
consular services on Monday 14 July 2025.

The Embassy suspended its operations on 19 March 2023, two days after its chancery was
damaged by a fire on or about 17 March 2023. From 1 April 2023, consular matters for
nationals in Honduras were transferred to the Embassy in San Jose.

The new Ambassador, Ms Ingrid Solvang, presented her credentials to the President of
Honduras last month. The visa section is scheduled to open on 1 September 2025.

Diplomatic relations between the two countries were established in 1962. The Ministry
thanks the Embassy in San Jose for its support.

Consular hotline (24 hours): +00 0000 0000
Press office of the Ministry | statements are published every weekday at noon""",
        (
            expect("2025-07-14", "resume", planned=True),
            expect("2023-03-19", "suspend"),
            expect("2023-03-17~", "fire"),
            expect("2023-04-01", "transfer"),
            expect("2025-06", "credential"),
            expect("2025-09-01", "visa", planned=True),
            expect("1962", "relation"),
        ),
    ),
    Text(
        "blue-petrel-crossing",
        "HTML blog of a sailor's ocean crossing",
        date(2024, 12, 4),
        """<article class="post">
<h1>Day 19: halfway to Barbados</h1>
<p class="meta">Posted on 4 December 2024 by Marta Lindqvist | 3 comments</p>
<p>Greetings from the middle of the Atlantic! <em>Blue Petrel</em> and her crew of two are
well, if a little salty.</p>
<p>We left Mindelo on 15 November at first light, with the trade wind already filling in.
The autopilot died last Thursday, so since then we have been hand-steering in three-hour
watches. Yesterday we crossed 40 degrees west, our best day's run since Lanzarote.</p>
<p>We expect to make landfall in Port St Charles on 16 December. I first crossed this ocean
in about 2009, on someone else's boat; this time it is our own.</p>
<p><em>Blue Petrel</em> was built in 1987 in Sweden and has never let us down. We do a rig
check every morning at eight.</p>
<p>Tags: <a href="/tag/atlantic">atlantic</a>, <a href="/tag/crossing">crossing</a></p>
</article>""",
        (
            expect("2024-11-15", "mindelo"),
            expect("2024-11-28", "autopilot"),
            expect("2024-12-03", "cross"),
            expect("2024-12-16", "landfall", planned=True),
            expect("2009~", "first"),
            expect("1987", "built"),
        ),
    ),
    Text(
        "judge-martin-hoyle",
        "obituary of a judge",
        date(2025, 2, 6),
        """OBITUARIES

Eleanor Martin-Hoyle, judge who reshaped the law of evidence

Eleanor Martin-Hoyle, who sat on the Court of Appeal for almost two decades, died on Sunday
at her home in Edinburgh. She was 84.

Born in Dundee on 11 May 1940, the daughter of a ship's engineer, she read law at St Andrews
and was called to the bar in 1964. She was appointed a sheriff around 1979 and sat on the
appeal bench from 1998 to 2017, where her judgments on hearsay are still cited.

She chaired the 2003 review of jury directions and was, colleagues said, the first judge to
insist on plain-English summaries. She walked the Pentland Hills every Saturday well into
her eighties.

Her husband, the architect Tomas Hoyle, died in 2011. She is survived by two daughters.

A memorial service will be held at St Giles' Cathedral on 1 March.

Eleanor Martin-Hoyle, judge, born 11 May 1940; died 2 February 2025""",
        (
            expect("2025-02-02", "die"),
            expect("1940-05-11", "born"),
            expect("1964", "bar"),
            expect("1979~", "sheriff"),
            expect("1998/2017", "appeal"),
            expect("2011", "husband"),
            expect("2025-03-01", "memorial", planned=True),
        ),
    ),
    Text(
        "kestrel-bay-council",
        "minutes of a city council",
        None,
        """KESTREL BAY CITY COUNCIL
MINUTES OF THE ORDINARY MEETING HELD ON TUESDAY 11 MARCH 2025 AT 7.00 PM
Council Chambers, 14 Esplanade, Kestrel Bay

Present: Mayor D. Whitcombe (Chair), Crs Amos, Lee, Okafor, Pryce, Tan
Apologies: Cr Hollis

4. INFRASTRUCTURE REPORT
4.1 Council noted that Harbour Road bridge has been closed to heavy vehicles since 3 February
2025. Repairs to the bearings started on 3 March 2025.
4.2 The CEO reported that the Esplanade pool, built in 1968, recorded about 41,000 visits
in the past twelve months. The skate park opened on 12 December 2019.

5. LIBRARY SERVICES
RESOLVED (moved Cr Amos, seconded Cr Lee) that Saturday opening hours at the Central Library
be extended. The new hours will take effect on Monday 5 May 2025. CARRIED 6-0.

6. GENERAL BUSINESS
Cr Okafor noted that Council meets every second Tuesday and asked for a later start time.

7. CLOSURE
The meeting closed at 9.12 pm. The next ordinary meeting will be held on Tuesday 25 March
2025.

Confirmed: ____________________ Mayor""",
        (
            expect("2025-02-03/..", "closed"),
            expect("2025-03-03", "repair"),
            expect("1968", "pool"),
            expect("2019-12-12", "skate"),
            expect("2025-05-05", "hours", planned=True),
            expect("2025-03-25", "meeting", planned=True),
        ),
    ),
    Text(
        "skyvale-cancellation",
        "flight cancellation notice",
        date(2025, 3, 19),
        """From: Skyvale Airways <no-reply@skyvale.example>
Sent: Wednesday 19 March 2025 16:02
Subject: Important: your flight SV 412 has been cancelled

Booking reference: QX7T2M

Dear Mr Haddad,

We regret to inform you that flight SV 412 from Lisbon to Casablanca, scheduled to depart on
Friday 21 March 2025 at 14:35, has been cancelled because of a strike by ground handling
staff. The strike was announced by the handling company's unions on 17 March.

Your booking, made on 2 February 2025, has been moved to flight SV 418, which will depart on
Saturday 22 March at 09:10. No action is needed if this suits you.

If it does not, you may request a full refund no later than 20 April 2025 through Manage My
Booking. Refunds are processed within 14 days.

Our Lisbon airport desk is open every day from 06:00.

Kind regards,
Customer Care, Skyvale Airways""",
        (
            expect("2025-03-21", "cancel"),
            expect("2025-03-17", "announc"),
            expect("2025-02-02", "booking"),
            expect("2025-03-22", "418", planned=True),
            expect("../2025-04-20", "refund"),
        ),
    ),
    Text(
        "harbourside-book-fair",
        "book fair programme",
        None,
        """HARBOURSIDE BOOK FAIR 2025
Old Customs House, Gdansk - Programme

The fair will run from 12 to 15 June 2025 in the Old Customs House, its home since the fair
moved there in 2011. Tickets went on sale on 1 April.

FRIDAY 13 JUNE
11:00 Main Hall - Mira Kowalczyk will launch her novel "The Salt Ledger", followed by a
signing.
15:00 Room B - Translators' workshop (repeated daily)

SATURDAY 14 JUNE
19:00 Main Hall - The Amber Quill Award, founded in 1996, is to be presented by the mayor.

Practical information
- School groups must register by 30 May at the latest.
- The 2024 edition drew some 40,000 visitors; we recommend booking in advance.
- Guided tours of the Customs House leave every hour from the main entrance.

harboursidebookfair.example | #HBF2025""",
        (
            expect("2025-06-12/2025-06-15", "fair", planned=True),
            expect("2011", "moved"),
            expect("2025-04-01", "ticket"),
            expect("2025-06-13", "launch", planned=True),
            expect("2025-06-14", "award", planned=True),
            expect("1996", "found"),
            expect("../2025-05-30", "register"),
        ),
    ),
    Text(
        "crestfield-alumni-news",
        "alumni newsletter",
        date(2025, 4, 7),
        """CRESTFIELD COLLEGE ALUMNI NEWS
Issue 58 | Spring 2025

From the Alumni Office
Crestfield was founded c. 1888 as a school for the sons of mill managers, and has admitted
women since 1969. It is good to see so many of you back on campus.

Campus news
The new boathouse opened last month, with a regatta that drew crews from four colleges.

Class notes
- Congratulations to Dr Priya Raman ('02), who was appointed director of the Lakeside Eye
  Institute on 3 March.
- The Class of 1975 will hold its 50th reunion on Saturday 14 June 2025. Book through the
  alumni portal.

In memoriam
Harold Best ('58), long-serving captain of the Old Crestfieldians cricket XI, died on
19 January aged 88.
Professor Emerita June Alder, who taught chemistry at Crestfield from 1971 to 2004, sends her
greetings from Cornwall.

Giving Day takes place every May. Thank you for your support!""",
        (
            expect("1888~", "found"),
            expect("1969/..", "women"),
            expect("2025-03", "boathouse"),
            expect("2025-03-03", "appoint"),
            expect("2025-06-14", "reunion", planned=True),
            expect("2025-01-19", "best"),
            expect("1971/2004", "alder"),
        ),
    ),
    Text(
        "rha-it-tender",
        "call for tenders for IT services",
        None,
        """CONTRACT NOTICE - SERVICES
Date of dispatch of this notice: 20 August 2025

Section I: Contracting authority
Regional Health Agency of Moravia-West, Hospital Street 4, Olomouc, Czechia

Section II: Object
II.1.1 Title: Managed hosting and service desk for the patient records system
Reference number: RHA-IT-2025/07
II.1.4 Short description: hosting, 24/7 service desk and security monitoring for about
6,500 users. The current contract has run since 1 March 2019.
II.2.7 Duration: 48 months. The new contract is expected to start on 1 January 2026.

Section IV: Procedure
IV.1.1 Open procedure. A prior information notice was published on 3 April 2025, and a
market consultation was held on 5 June 2025.
IV.2.2 Tenders must be received no later than 15 September 2025, 12:00 local time.
IV.2.7 Tenders will be opened on 16 September 2025 at 10:00 (not a public session).

Section VI: Complementary information
Status reports are required every month. Questions: tenders@rha-mw.example""",
        (
            expect("2019-03-01/..", "current"),
            expect("2026-01-01", "start", planned=True),
            expect("2025-04-03", "prior"),
            expect("2025-06-05", "consultation"),
            expect("../2025-09-15", "tender"),
            expect("2025-09-16", "open", planned=True),
        ),
    ),
    Text(
        "rosario-strike-factbox",
        "factbox timeline of a general strike",
        date(2025, 10, 2),
        """FACTBOX-Key dates in Rosario's general strike

Oct 2 (Meridian Wire) - Unions in the Argentine city of Rosario called off a general strike
of more than two weeks on Wednesday, the longest stoppage in the city since 2001. Here are
key dates:

* Aug. 28 - The Federation of Port and Transport Workers rejects a 4% wage offer.
* Sept. 15 - The strike begins at midnight; buses, the grain port and schools shut.
* Sept. 16-17 - Talks at the provincial labour ministry break down.
* Around Sept. 20 - Fuel shortages are reported across the city.
* Sept. 24 - The provincial governor offers a 9% rise in two steps.
* Oct. 1 - Union delegates accept the deal and the strike ends.
* Oct. 6 - Schools are to reopen on Monday.

(Compiled by Ana Ferreyra; Editing by Tom Willis)""",
        (
            expect("2025-08-28", "reject"),
            expect("2025-09-15", "begin"),
            expect("2025-09-16/2025-09-17", "talk"),
            expect("2025-09-20~", "fuel"),
            expect("2025-09-24", "offer"),
            expect("2025-10-01", "accept"),
            expect("2025-10-06", "school", planned=True),
        ),
    ),
    Text(
        "marrow-creek-footbridge",
        "safety board report on a bridge collapse",
        None,
        """INLAND INFRASTRUCTURE SAFETY BOARD
Investigation Report IISB-24-03
Collapse of the Marrow Creek footbridge, Tamworth
Published 18 November 2024 | Page 4 of 38

1. FACTUAL INFORMATION

1.1 The occurrence
At about 16:40 on Saturday 9 March 2024, the central span of the Marrow Creek footbridge
collapsed into the creek. Three pedestrians were injured.

1.2 The structure
The steel truss footbridge was opened in 1986. Footbridges of this type are inspected every
six years.

1.3 Inspection history
The last principal inspection took place on 14 June 2021 and recorded surface rust on two
bottom chords. A load restriction was probably imposed in 2022, but the council's records are
incomplete.

1.4 Findings
Section loss from corrosion had begun no later than 2015, the Board found.

1.5 Current status
A replacement bridge is projected to be completed in October 2026.""",
        (
            expect("2024-03-09", "collaps"),
            expect("1986", "open"),
            expect("2021-06-14", "inspect"),
            expect("2022?", "restrict"),
            expect("../2015", "corrosion"),
            expect("2026-10", "replace", planned=True),
        ),
    ),
    Text(
        "harrowmere-reservoir",
        "reservoir water level status page",
        date(2025, 8, 21),
        """Harrowmere Reservoir - current status
Updated: Thursday 21 August 2025, 07:00

Level: 61.2% of capacity (the lowest for August since 2003)
Inflow: 0.4 m3/s | Outflow: 1.1 m3/s | Rain in the last 7 days: 2 mm

Notices
- A hosepipe ban has been in force across the supply area since 1 August 2025.
- The level fell below the 65% drought trigger on 12 August.
- The visitor car park at Ketton Point reopened yesterday after resurfacing.
- The Water Board will review the restrictions no later than 30 September.
- Maintenance of the outlet tower is scheduled from 8 to 19 September; the footpath across
  the dam will be closed.

About the reservoir
The dam was completed in 1934 and holds 18.6 million cubic metres. Readings are taken every
morning at 06:00.""",
        (
            expect("2025-08-01/..", "hosepipe"),
            expect("2025-08-12", "trigger"),
            expect("2025-08-20", "car"),
            expect("../2025-09-30", "review", planned=True),
            expect("2025-09-08/2025-09-19", "maintenance", planned=True),
            expect("1934", "dam"),
        ),
    ),
    Text(
        "labour-force-clarification",
        "statistics office clarification",
        date(2025, 7, 18),
        """NATIONAL STATISTICS OFFICE
Clarification | Labour Force Survey, June 2025

On 15 July 2025 the Office published its monthly labour market release. The release stated
that unemployment rose to 6.1% in June, the highest rate since 2016. Several outlets reported
that this was the first increase since 2021; this is not correct.

A processing error introduced on or about 2 July affected the seasonal adjustment of the
youth series. The error possibly also affected the release of 17 June. A corrected version
will be published on Tuesday 22 July 2025.

The survey has used the new population weighting since January 2024, based on the 2021
Census. Monthly figures are published on the third Tuesday of every month.

The Office apologises for any inconvenience.
Media enquiries: press@nso.example""",
        (
            expect("2025-07-15", "publish"),
            expect("2025-06", "unemploy"),
            expect("2025-07-02~", "error"),
            expect("2025-06-17?", "affect"),
            expect("2025-07-22", "correct", planned=True),
            expect("2024-01/..", "weight"),
        ),
    ),
    Text(
        "netherbridge-mill-village",
        "local history of a mill village",
        None,
        """Netherbridge: the making of a mill village

Long before the cotton age, a corn mill stood on the Netherbridge beck: it is recorded by
1291 in the rolls of the abbey of Kirkholme.

The village as we know it began when Samuel Ashworth built the cotton mill in 1794, and a
weaving shed was added the following year. Rows of stone cottages for the mill hands went up
in 1801 and 1806. The weir was probably rebuilt in 1820, after a great flood.

For a century and a half the mill bell rang every morning at half past five. The mill closed
on 30 June 1961, and most of the families moved away within a decade.

Since 1988 the old mill has housed the Netherbridge Textile Museum. The 1851 census, which
lists 412 people in the village, is on display in the entrance hall.""",
        (
            expect("../1291", "corn"),
            expect("1794", "cotton"),
            expect("1795", "weav"),
            expect("1801", "cottage"),
            expect("1806", "cottage"),
            expect("1820?", "weir"),
            expect("1961-06-30", "clos"),
            expect("1988/..", "museum"),
        ),
    ),
)
