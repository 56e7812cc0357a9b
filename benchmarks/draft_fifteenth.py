"""A fifteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents in twenty different styles (a wire
story, a press release, an appellate opinion, an encyclopedia history of a town, a match
report, a company history, an election observation statement, a foreign ministry statement,
an HTML news page, an obituary, a committee hearing summary, an NGO annual report, a project
status update, UN briefing notes, a tender notice, a biography, a council roadworks notice,
an academic abstract, an embassy travel advisory and a "this week in history" column). The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTEENTH_CORPUS",)


FIFTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "fifteenth-wire-dairy",
        "wire story",
        date(2025, 3, 14),
        """\
NAIROBI, March 14 (Meridian News) - Rift Valley Creameries, Kenya's largest dairy \
cooperative, suspended milk collection in three counties on Wednesday after an outbreak of \
foot-and-mouth disease was confirmed near Nakuru, the company said.

The cooperative, which has bought milk from some 40,000 smallholders since 2009, said \
veterinary officers first detected the disease around February 20 at a farm outside Molo. \
Collection is scheduled to resume on March 24 if laboratory tests come back clear.

Shares in its listed partner, Agri Holdings, fell 4 percent on Thursday, their steepest \
one-day drop since October 2021.

Chairman Peter Kamau told reporters the board would meet on Monday to decide on \
compensation for farmers who have had to pour away unsold milk. "Nobody will be left \
without support," he said.

(Reporting by Amina Odhiambo; Editing by Tom Rees)
""",
        (
            expect("2025-03-12", "suspend"),
            expect("2009/..", "milk"),
            expect("2025-02-20~", "detect"),
            expect("2025-03-24", "resum", planned=True),
            expect("2025-03-13", "shares"),
            expect("2025-03-17", "board", planned=True),
        ),
    ),
    Text(
        "fifteenth-release-ferry",
        "press release",
        None,
        """\
FOR IMMEDIATE RELEASE

Halvorsen Marine puts first hybrid ferry into service on the Bergen-Stavanger route

BERGEN, Norway, 9 September 2024 - Halvorsen Marine AS said its first battery-hybrid \
ferry, MS Fjordlys, entered regular service on the coastal route between Bergen and \
Stavanger on 2 September 2024. The vessel cuts fuel consumption by around 40 percent \
compared with 2019 levels on the same route.

Halvorsen ordered Fjordlys and her sister ship in June 2022 from the Remontowa yard in \
Gdansk. The second vessel, MS Havlys, is expected to be delivered in March 2025.

Bookings for freight trailers on the route will open on 16 September.

"This is the biggest change to our fleet in a generation," said chief executive Knut Aasen.

About Halvorsen Marine
Founded in Alesund in 1961, Halvorsen Marine operates 14 passenger and freight routes along \
the Norwegian coast and employs 1,100 people. The company has been listed on the Oslo Stock \
Exchange since 2006.

Media contact:
Ingrid Solberg, Head of Communications
+47 55 00 00 00 | press@halvorsenmarine.example
""",
        (
            expect("2024-09-02", "fjordlys"),
            expect("2022-06", "order"),
            expect("2025-03", "havlys", planned=True),
            expect("2024-09-16", "booking", planned=True),
            expect("1961", "found"),
            expect("2006/..", "listed"),
        ),
    ),
    Text(
        "fifteenth-appeal-permit",
        "appellate court opinion",
        None,
        """\
IN THE COURT OF APPEALS OF THE STATE OF OREGON

MERIDEN TIMBER LLC,
Plaintiff-Appellant,
v.
LINN COUNTY,
Defendant-Respondent.

A178342

OPINION

I. PROCEDURAL HISTORY

The parcel at issue has been zoned for forest use since 1984. Plaintiff applied for a \
conditional use permit to operate a sawmill on the parcel on or about March 3, 2020. The \
county planning commission denied the application on August 17, 2020, and the Board of \
Commissioners affirmed that denial on November 4. Plaintiff filed its petition for writ of \
review in circuit court on December 2, 2020.

It is unclear from the record whether plaintiff also asked the board to reconsider its \
decision, possibly in January 2021; neither party's brief addresses the point, and we do \
not rely on it.

The trial court granted summary judgment for the county in a letter opinion dated July 19, \
2021. Plaintiff appealed, and we heard argument on October 4, 2023. For the reasons that \
follow, we reverse and remand.
""",
        (
            expect("1984/..", "zon"),
            expect("2020-03-03~", "appl"),
            expect("2020-08-17", "denied"),
            expect("2020-11-04", "affirm"),
            expect("2020-12-02", "petition"),
            expect("2021-01?", "reconsider"),
            expect("2021-07-19", "summary"),
            expect("2023-10-04", "argument"),
        ),
    ),
    Text(
        "fifteenth-encyclopedia-dravnik",
        "encyclopedia history",
        None,
        """\
Dravnik is a town in the Lower Carniola region of southeastern Slovenia, on the left bank \
of the Krka.

== History ==
The hill above the river was settled c. 1150 by colonists from Carinthia, and the \
settlement is first recorded in 1237 as Drauenik in a charter of the Stična monastery. \
Stone walls were built around the market before 1470.[2]

Ottoman raiders attacked the town in 1473, 1491 and 1529; the last raid destroyed the \
parish church, which was rebuilt in the Baroque style. A fire destroyed most of the old \
town on 3 June 1822.[3]

Dravnik has been the seat of its own municipality since 1994. According to the 2002 \
census, the town had 4,812 inhabitants, the highest figure since the 1960s.

== See also ==
* List of towns in Slovenia
""",
        (
            expect("1150~", "settle"),
            expect("1237", "record"),
            expect("../1470", "wall"),
            expect("1473", "raid"),
            expect("1491", "raid"),
            expect("1529", "raid"),
            expect("1822-06-03", "fire"),
            expect("1994/..", "seat"),
        ),
    ),
    Text(
        "fifteenth-match-harbour",
        "sports match report",
        date(2025, 10, 19),
        """\
Harbour City 3-1 Northgate Rovers
By Dan Whitley, Football Correspondent

Harbour City moved to the top of the Championship on Saturday with a 3-1 win over \
Northgate Rovers, their first home win against Rovers in nine attempts.

Luka Mendes, signed from Porto in January, scored twice before half-time and set up the \
third for Callum Reid in the 71st minute. Rovers pulled one back through a late penalty, \
but it was their heaviest defeat since 2019.

City, who were relegated from the Premier League in 2022, lost defender Tom Okafor to a \
hamstring injury. He will have a scan on Monday. The crowd of 21,344 was the largest of the \
season.

"We train for moments like this every Friday," said City manager Graham Hale.

City will travel to Bristol on 25 October.
""",
        (
            expect("2025-10-18", "win"),
            expect("2025-01", "mendes"),
            expect("2022", "relegat"),
            expect("2025-10-20", "scan", planned=True),
            expect("2025-10-25", "bristol", planned=True),
        ),
    ),
    Text(
        "fifteenth-company-ashby",
        "company history",
        None,
        """\
Our story

It started in a garage in Leeds. In 1987, brothers Colin and Martin Ashby began repairing \
bicycles for their neighbours, and word soon got round. By 1990 they had opened their first \
shop, on Kirkstall Road.

In 1996 we launched our first own-brand frame, the Ridgeway, and we expanded into Scotland \
the following year. Around 2004 we moved into our current works at Holbeck, where every \
Ashby frame is still brazed by hand.

On 12 May 2015 Ashby Cycles became employee-owned, and we have been a certified B \
Corporation since 2019.

What's next? Our new factory in Wakefield is scheduled to open in 2026, doubling the number \
of frames we can build.

We still ride together every Sunday morning - come and join us.

Ashby Cycles Ltd | Registered in England No. 02165432
""",
        (
            expect("1987", "repair"),
            expect("../1990", "shop"),
            expect("1996", "frame"),
            expect("1997", "scotland"),
            expect("2004~", "holbeck"),
            expect("2015-05-12", "employee"),
            expect("2019/..", "corporation"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "fifteenth-eom-macedonia",
        "election observation statement",
        None,
        """\
INTERNATIONAL ELECTION OBSERVATION MISSION
North Macedonia - Early Parliamentary Elections, 16 November 2025

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS
Skopje, 17 November 2025

The early parliamentary elections of 16 November were competitive and fundamental \
freedoms were generally respected, but the campaign was marked by misuse of \
administrative resources.

The elections were called after parliament dissolved itself on 2 September. Head of \
Mission Lena Varga arrived in Skopje on or about 1 October, and the mission's long-term \
observers were deployed on 6 October. The official campaign ran from 17 October to 14 \
November. Voter lists were finalised by 21 October, although some 3,000 voters complained \
that they could not find their names.

Turnout, at 51 percent, was the lowest since independence. A final report is expected in \
the coming months.

MEDIA CONTACT: press@eom-mk.example
""",
        (
            expect("2025-11-16", "election"),
            expect("2025-09-02", "dissol"),
            expect("2025-10-01~", "varga"),
            expect("2025-10-06", "deploy"),
            expect("2025-10-17/2025-11-14", "campaign"),
            expect("../2025-10-21", "voter"),
        ),
    ),
    Text(
        "fifteenth-ministry-palau",
        "foreign ministry statement",
        None,
        """\
Ministry of Foreign Affairs of the Republic of Estonia
Press release
Tallinn, 5 June 2025

Estonia and Palau sign agreement on visa-free travel

The Ministry of Foreign Affairs welcomes the agreement on the mutual waiver of visa \
requirements signed in Koror on 2 June 2025. The agreement follows a first round of \
consultations held in Canberra on 11 and 12 December 2023.

Estonia and the Republic of Palau have maintained diplomatic relations since 14 March 1994. \
An Estonian delegation possibly first visited Koror in 2008; the ministry's archive does \
not record the exact year.

An honorary consulate of Estonia in Koror is expected to open in September. Foreign \
Minister Kaja Tamm will visit the Pacific region from 20 to 26 July.

The Ministry reminds travellers to consult its travel advice, which is reviewed every \
month.
""",
        (
            expect("2025-06-02", "sign"),
            expect("2023-12-11/2023-12-12", "consultation"),
            expect("1994-03-14/..", "relations"),
            expect("2008?", "delegation"),
            expect("2025-09", "consulate", planned=True),
            expect("2025-07-20/2025-07-26", "visit", planned=True),
        ),
    ),
    Text(
        "fifteenth-html-library",
        "HTML news page",
        date(2024, 11, 28),
        """\
<!DOCTYPE html>
<html lang="en">
<head><title>Riverside library to reopen after flood repairs | Cumbria Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | \
<a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Riverside library to reopen after flood repairs</h1>
<p class="byline">By Sarah Quinn &middot; <time datetime="2024-11-28">28 November 2024</time></p>
<p>The Riverside branch library in Carlisle, which has been closed since December 2023, \
will reopen on Monday, the city council said.</p>
<p>Councillors approved the final &pound;1.2m repair budget yesterday. Repair work began \
in about March and was finished on 22 November, when the last of the new shelving was \
fitted.</p>
<p>The library first opened in 1962 and was extended in 1988. Story time for under-fives \
will continue every Saturday at 10am.</p>
</article>
<footer><p>&copy; 2024 Cumbria Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p></footer>
</body>
</html>
""",
        (
            expect("2023-12/..", "closed"),
            expect("2024-12-02", "reopen", planned=True),
            expect("2024-11-27", "budget"),
            expect("2024-03~", "repair"),
            expect("2024-11-22", "finish"),
            expect("1962", "open"),
            expect("1988", "extend"),
        ),
    ),
    Text(
        "fifteenth-obituary-doyle",
        "obituary",
        date(2025, 2, 11),
        """\
DOYLE, Margaret Ellen (née Considine), 1931 - 2025

Margaret Doyle, a retired schoolteacher and local historian, died peacefully on Sunday at \
St Vincent's Hospital, Dublin, surrounded by her family. She was 93.

Born on 14 July 1931 in Ennis, Co. Clare, she trained at Carysfort College and taught at \
Scoil Mhuire in Ennis for more than three decades. She married Patrick Doyle, a vet, in \
1957; Patrick died in 2009.

She retired around 1991 and chaired the Ennis Historical Society from 1993 to 2004, \
writing two books on the town's market.

She is survived by her daughters Anne and Clare, her son Michael and eight grandchildren.

Funeral Mass will be held at the Church of the Three Patrons, Rathgar, on Friday at 11am, \
followed by burial at Drumcliff Cemetery, Ennis. House private. Donations, if desired, to \
the Irish Hospice Foundation.
""",
        (
            expect("2025-02-09", "died"),
            expect("1931-07-14", "born"),
            expect("1957", "married"),
            expect("2009", "patrick"),
            expect("1991~", "retire"),
            expect("1993/2004", "chair"),
            expect("2025-02-14", "funeral", planned=True),
        ),
    ),
    Text(
        "fifteenth-committee-rail",
        "parliamentary committee hearing summary",
        None,
        """\
Transport Committee
Summary of oral evidence: Rail services in the North West

At its session on 12 March 2025, the Committee heard evidence from Alan Pryce, chief \
executive of Northern Lines Ltd, and from officials of the Department for Transport.

Key points
- Mr Pryce told the Committee that Northern Lines had taken over the franchise on 1 April \
2021, and that timetable changes introduced on 15 December 2024 had reduced cancellations \
by roughly a third.
- The Department confirmed that it had received the operator's recovery plan no later than \
31 January 2025.
- A new fleet of 42 trains, ordered in 2022, is to enter service in 2027.
- Members noted that punctuality in the region was the worst since 2018 and that \
complaints were raised at every monthly stakeholder meeting.

Next steps
The Committee's report is expected in May.
""",
        (
            expect("2025-03-12", "evidence"),
            expect("2021-04-01", "franchise"),
            expect("2024-12-15", "timetable"),
            expect("../2025-01-31", "recovery"),
            expect("2022", "order"),
            expect("2027", "service", planned=True),
            expect("2025-05", "report", planned=True),
        ),
    ),
    Text(
        "fifteenth-ngo-wellspring",
        "NGO annual report section",
        None,
        """\
WellSpring Uganda - Annual Report 2023

3. Water and sanitation

In 2023 our teams drilled 46 new boreholes in Lira, Gulu and Kitgum districts, bringing \
safe water to more people than in any previous year.

Programme highlights
- In February we opened our second field office, in Gulu.
- From 3 to 7 July, some 120 community volunteers were trained as pump mechanics.
- Around October, the Lira district water board took over the maintenance of 12 older \
pumps.
- Our partnership with the Ministry of Water and Environment, in place since 2016, was \
renewed on 14 November.

Looking ahead
Phase two of the Karamoja water project is scheduled to begin in March 2024.

Figures in this section are audited; see the 2023 financial statements on page 31.
""",
        (
            expect("2023", "borehole"),
            expect("2023-02", "office"),
            expect("2023-07-03/2023-07-07", "train"),
            expect("2023-10~", "maintenance"),
            expect("2016/..", "partnership"),
            expect("2023-11-14", "renew"),
            expect("2024-03", "karamoja", planned=True),
        ),
    ),
    Text(
        "fifteenth-status-harbourlight",
        "project status update",
        date(2025, 10, 6),
        """\
Project Harbourlight - Status Update #14
Reporting date: 6 October 2025 | Owner: Programme Office | Overall status: AMBER

Milestones
| #  | Milestone                    | Date        | Status       |
| M1 | Requirements signed off      | 14 Mar 2025 | Done         |
| M2 | Vendor contract awarded      | 2 May 2025  | Done         |
| M3 | Pilot go-live, Dundee        | 29 Sep 2025 | Done (late)  |
| M4 | Data migration complete      | 31 Oct 2025 | At risk      |
| M5 | National rollout             | Feb 2026    | Not started  |

Summary
The pilot went live at the Dundee site on 29 September, one week later than planned. Load \
testing last Thursday showed response times within target. Data migration is expected to \
finish by 31 October at the latest, but two legacy databases remain unmapped. The \
national rollout is planned for February 2026.

Decisions needed
The steering committee will meet on 15 October to decide whether to add a second \
migration team. Risk log reviewed every Monday.
""",
        (
            expect("2025-03-14", "requirement"),
            expect("2025-05-02", "contract"),
            expect("2025-09-29", "pilot"),
            expect("2025-10-02", "test"),
            expect("../2025-10-31", "migration", planned=True),
            expect("2026-02", "rollout", planned=True),
            expect("2025-10-15", "steering", planned=True),
        ),
    ),
    Text(
        "fifteenth-un-briefing",
        "UN press briefing notes",
        date(2025, 5, 22),
        """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
Thursday, 22 May 2025

MOZAMBIQUE
Our humanitarian colleagues tell us that Tropical Cyclone Halima made landfall near Pemba \
on Monday, displacing some 60,000 people. A flash appeal for the response will be launched \
in Maputo tomorrow.

SECRETARY-GENERAL'S TRAVEL
The Secretary-General will travel to Addis Ababa on Sunday. He will attend the summit on \
food systems, which is scheduled to run from 26 to 28 May.

FINANCIAL CONTRIBUTION
Yesterday, Mongolia paid its regular budget dues in full, becoming the 98th Member State \
to do so.

QUESTIONS AND ANSWERS
Asked about the talks in Geneva, the Spokesperson said the Personal Envoy had probably met \
both delegations on 18 May, but he would check and come back to journalists. He added that \
the envoy briefs the Secretary-General every week.
""",
        (
            expect("2025-05-19", "landfall"),
            expect("2025-05-23", "appeal", planned=True),
            expect("2025-05-25", "travel", planned=True),
            expect("2025-05-26/2025-05-28", "summit", planned=True),
            expect("2025-05-21", "mongolia"),
            expect("2025-05-18?", "envoy"),
        ),
    ),
    Text(
        "fifteenth-tender-bridge",
        "tender notice",
        None,
        """\
CONTRACT NOTICE - WORKS
Contracting authority: Municipality of Brzeziny Dolne, ul. Rynek 1, 64-200 Poland
Reference number: BD/ZP/17/2025
Date of dispatch of this notice: 3 March 2025

Section II: Object
Title: Reconstruction of the Stawowa Street bridge over the Dojca
CPV code: 45221111-3 | Estimated value: PLN 4,200,000 excl. VAT

Works are scheduled to start in June 2025 and to be completed by 30 November 2026.

Section IV: Procedure
The previous tender for this contract, published on 9 December 2024, was cancelled on 20 \
January 2025 because all bids exceeded the budget.

An optional site visit will take place on 12 March 2025 at 10:00.
Tenders are to be submitted through the e-procurement platform no later than 7 April \
2025, 10:00.
The opening of tenders will take place on 8 April 2025 at 10:30 in room 12 of the town hall.
Tender validity period: 60 days from the deadline for submission.
""",
        (
            expect("2025-06", "start", planned=True),
            expect("../2026-11-30", "complet", planned=True),
            expect("2024-12-09", "publish"),
            expect("2025-01-20", "cancel"),
            expect("2025-03-12", "site", planned=True),
            expect("../2025-04-07", "tender", planned=True),
            expect("2025-04-08", "opening", planned=True),
        ),
    ),
    Text(
        "fifteenth-biography-okonkwo",
        "Wikipedia-style biography",
        None,
        """\
Amara Okonkwo-Hale FREng (born 3 August 1968) is a British-Nigerian structural engineer \
known for her work on long-span foundations.

Early life and career
Okonkwo-Hale was born in Lagos and moved with her family to Manchester in about 1975.[1] \
She studied civil engineering at the University of Sheffield, graduating in 1990, and \
joined the consultancy Burrell & Finch the following year.[2]

From 1994 to 1998 she worked in Hong Kong on the foundations of the Kwai Chung container \
terminal extension. She probably returned to Lagos in 1999 to advise on the rebuilding of \
the Apapa wharf, although company records of the period are incomplete.[3]

She became a partner at Burrell & Finch in 2003, and she has been a Fellow of the Royal \
Academy of Engineering since 2016.[4]

References
1. "Engineer of the year", The Structural Engineer, 2011.
""",
        (
            expect("1968-08-03", "born"),
            expect("1975~", "manchester"),
            expect("1990", "graduat"),
            expect("1991", "burrell"),
            expect("1994/1998", "hong kong"),
            expect("1999?", "return"),
            expect("2003", "partner"),
            expect("2016/..", "fellow"),
        ),
    ),
    Text(
        "fifteenth-council-roadworks",
        "council roadworks notice",
        date(2025, 6, 27),
        """\
Westbury Borough Council - News
Published: Friday 27 June 2025

Roadworks: Station Road resurfacing

Resurfacing of Station Road between the Market Place roundabout and Bratton Road will \
start on Monday 7 July and is expected to last around three weeks. The scheme was approved \
by the council's cabinet on 11 March.

Overnight closures, from 8pm to 6am, will apply from 14 to 25 July. A signed diversion \
will be in place via Bratton Road and the B3098.

Gas main replacement by Wessex Gas has been under way on the road since 2 June and will be \
finished before resurfacing starts. Letters explaining the works were delivered to \
residents on Monday.

The last full resurfacing of Station Road took place around 1998. Bin collections (every \
Tuesday) will not be affected.

For more information call 01373 000000 or visit westbury.example/roadworks.
""",
        (
            expect("2025-07-07", "resurfac", planned=True),
            expect("2025-03-11", "approv"),
            expect("2025-07-14/2025-07-25", "closure", planned=True),
            expect("2025-06-02/..", "gas"),
            expect("2025-06-23", "letter"),
            expect("1998~", "resurfac"),
        ),
    ),
    Text(
        "fifteenth-academic-cholera",
        "academic abstract and history",
        None,
        """\
Abstract
This article examines the municipal cholera hospital of Trieste between 1836 and 1886. \
Drawing on some 2,400 admission records and the minutes of the city's health commission, \
it argues that the hospital served as much to reassure merchants as to treat the sick.
Keywords: cholera; Trieste; quarantine; Habsburg public health

1. Historical background
Cholera first reached the port on or about 12 October 1836, carried, it was believed, by a \
brig from Ancona. The city council opened a temporary lazaretto at San Bartolomeo within \
days, and a permanent cholera hospital was opened in 1849. Further epidemics struck the \
city in 1855, 1866 and 1873. The hospital was probably enlarged in 1860, although the \
building accounts for that decade are lost. It closed in 1886, when the new general \
hospital took over infectious cases.
""",
        (
            expect("1836-10-12~", "cholera"),
            expect("1849", "hospital"),
            expect("1855", "epidemic"),
            expect("1866", "epidemic"),
            expect("1873", "epidemic"),
            expect("1860?", "enlarg"),
            expect("1886", "close"),
        ),
    ),
    Text(
        "fifteenth-advisory-peru",
        "embassy travel advisory",
        None,
        """\
Australian Embassy, Lima
Travel advice: Peru
Last updated: 14 August 2025
Overall advice level: Exercise a high degree of caution

Latest update
We've reviewed our advice and continue to advise a high degree of caution. Protests and \
road blockades have affected the southern regions of Puno and Cusco since 28 July. A state \
of emergency was declared in Puno on 5 August.

Rail services between Cusco and Machu Picchu were suspended from 9 to 11 August. Further \
nationwide strikes are planned for 21 August.

General elections are scheduled for 12 April 2026. Demonstrations may occur at short \
notice in the lead-up.

Getting there
The new passenger terminal at Lima's international airport has been in use since 1 June \
2025. Check with your airline which terminal you depart from.

Subscribe to receive updates. Updates are issued whenever the situation changes.
""",
        (
            expect("2025-07-28/..", "protest"),
            expect("2025-08-05", "emergency"),
            expect("2025-08-09/2025-08-11", "rail"),
            expect("2025-08-21", "strike", planned=True),
            expect("2026-04-12", "election", planned=True),
            expect("2025-06-01/..", "terminal"),
        ),
    ),
    Text(
        "fifteenth-column-gazette",
        "this week in history column",
        date(2025, 11, 3),
        """\
THIS WEEK IN HISTORY
From the archives of the Harlow Valley Gazette, first printed c. 1871

100 YEARS AGO (1925)
The Harlow Street bridge opened to traffic on Nov. 5, after two years of work and a \
ribbon-cutting attended by most of the town.

75 YEARS AGO (1950)
Fire gutted the Palace Theatre on Nov. 7. Owner Fred Imrie vowed to rebuild, and the \
theatre reopened the following year.

50 YEARS AGO (1975)
Voters approved a $2 million bond for a new high school on Nov. 4. The school opened in \
1978.

25 YEARS AGO (2000)
Mayor Ruth Castillo lost her bid for a fourth term on Nov. 7, by 212 votes, in the closest \
race the town had seen.

Compiled by the Gazette library staff, who answer history questions every Wednesday.
""",
        (
            expect("1871~", "gazette"),
            expect("1925-11-05", "bridge"),
            expect("1950-11-07", "fire"),
            expect("1951", "reopen"),
            expect("1975-11-04", "bond"),
            expect("1978", "school"),
            expect("2000-11-07", "castillo"),
        ),
    ),
)
