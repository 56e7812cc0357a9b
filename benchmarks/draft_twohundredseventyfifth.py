"""The two-hundred-and-seventy-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a scaffolding licence
notice, a crokinole championship report, a fluorspar mine release, a hay dealer's book of the
1880s, a marsh fritillary survey, a kaleidoscope maker's history, a heritage minister's
statement, a board game cafe's HTML page, a tattoo parlour licence decision, a calligraphy
history and a backgammon league fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYFIFTH_CORPUS",)


TWOHUNDREDSEVENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "vardmoor-ferry-aground",
        "wire story with a dateline",
        date(2023, 3, 16),
        """BRELLINGHOLM, March 16 (Coastline Press) - A passenger ferry operated by Vardmoor
Sealink ran aground off the island of Tessa on Tuesday evening, and all 212 people on board
were taken off by lifeboats, the coastguard said.

The MV Aurelie had left Brellingholm harbour at about 19:40 and struck a sandbar near the
Skarrow light roughly two hours later. Nobody was seriously hurt. Salvage crews refloated the
ship on Wednesday and towed it to the Kallvik yard, where divers will inspect the hull on
Friday.

The national marine accident board said it had opened an investigation and expected to
publish preliminary findings by April 28. Inspectors last certified the ship as seaworthy on
Feb. 22, according to the national ship registry. Vardmoor said its Brellingholm-Tessa service
would resume on Monday with a chartered vessel.

"We are grateful to the lifeboat crews, who worked through the night," chief executive Jonas
Ekwall told reporters on the quay.

The Aurelie was built in 1998 in Gdynia and bought by Vardmoor in 2011.

Vardmoor has run the crossing since 1993 and carries about 400,000 passengers a year. It was
the first grounding on the route since 2004, the coastguard said.

(Reporting by Ines Valtonen; Editing by Carl Brody)""",
        (
            expect("2023-03-14", "ferry", "aground"),
            expect("2023-03-15", "refloat"),
            expect("2023-03-17", "inspect", "hull", planned=True),
            expect("../2023-04-28", "findings", planned=True),
            expect("2023-03-20", "service", "resum", planned=True),
            expect("1998", "built"),
            expect("2011", "bought"),
            expect("2023-02-22", "certif", "seaworthy"),
            expect("1993/..", "crossing"),
        ),
    ),
    Text(
        "quillmere-compostable-film-line",
        "press release",
        None,
        """QUILLMERE POLYMERS PLC
PRESS RELEASE - FOR IMMEDIATE RELEASE

Quillmere opens compostable film line at Harrowgate

Harrowgate, 4 June 2025 - Quillmere Polymers plc today inaugurated its first compostable
packaging film line at the Harrowgate works, the company's largest investment since its
stock market listing.

The GBP 38 million line began commercial production on 2 June 2025, after the first trial
reels were run around 20 April. Building work on the extension started on 14 September 2023.

"Brand owners have been asking us for a film that performs like polythene and breaks down in
a garden heap," said chief executive Dr Helen Marsh. "From this week they can order it by the
tonne."

The line can produce 18,000 tonnes of film a year. A second line is scheduled to come online
in March 2026, and the company expects to hire around 60 more staff by the end of 2025.
Quillmere will present the project to analysts at an investor day on 18 June.

ENDS

About Quillmere Polymers
Quillmere Polymers was founded in 2009 by two chemists from the University of Aldenburg and
was listed on the Aldenburg Stock Exchange in 2017. It employs 420 people at sites in
Harrowgate and Velm.

Media contact: Owen Pryce, press@quillmere.example, +44 20 7946 0321

(c) 2025 Quillmere Polymers plc. All rights reserved.""",
        (
            expect("2025-06-04", "inaugurat", "line"),
            expect("2025-06-02", "production"),
            expect("2025-04-20~", "trial", "reels"),
            expect("2023-09-14", "building"),
            expect("2026-03", "second", "line", planned=True),
            expect("../2025", "hire", planned=True),
            expect("2025-06-18", "investor", planned=True),
            expect("2009", "founded"),
            expect("2017", "listed"),
        ),
    ),
    Text(
        "ostrowind-haulage-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MERROW

No. 23-0418

MARTA PELLERIN, Plaintiff-Appellant,
v.
OSTROWIND HAULAGE, INC., Defendant-Appellee.

Appeal from the Circuit Court of Dunlow County, Hon. R. T. Greer, Judge.

FILED Feb 09 2024 - CLERK OF THE COURT

OPINION

HALVORSEN, Judge.

Marta Pellerin appeals the summary judgment entered against her on her negligence claim.
We reverse.

I.

Pellerin was hired by Ostrowind as a dock supervisor in 2017. Under its contract with
Lindqvist Foods, Ostrowind was required to deliver a refrigerated trailer to the Dunlow depot
no later than December 15, 2020. The trailer arrived late, and on or about March 14, 2021,
while it was being unloaded, Pellerin was struck by a pallet jack and injured.

She filed suit on September 2, 2021. Ostrowind moved for summary judgment, arguing that her
claim was barred by the exclusivity provision of the Workers' Compensation Act. The motion was
heard in or about May 2022, and the circuit court granted summary judgment on June 30, 2022. This
appeal followed, and we heard argument on October 3, 2023.

II.

We review a grant of summary judgment de novo, viewing the record in the light most
favorable to the nonmoving party. The exclusivity bar protects only an employer. The record
shows that Ostrowind has used Brant Labour, a staffing agency, for its dock staff since 2014,
and Pellerin's pay slips were issued by Brant. Whether she was then Ostrowind's employee, or
Brant's, is a genuine dispute of material fact that the circuit court could not resolve on
the papers.

III.

The judgment of the circuit court is REVERSED, and the cause is REMANDED for further
proceedings consistent with this opinion.

OKAFOR and LINDGREN, JJ., concur.""",
        (
            expect("2017", "pellerin", "hired"),
            expect("../2020-12-15", "deliver"),
            expect("2021-03-14~", "injur"),
            expect("2021-09-02", "suit"),
            expect("2022-05~", "motion", "heard"),
            expect("2022-06-30", "summary", "judgment"),
            expect("2023-10-03", "argument"),
            expect("2014/..", "brant"),
            expect("2024-02-09", "revers"),
        ),
    ),
    Text(
        "drassenburg-canal-history",
        "encyclopedia history",
        None,
        """Drassenburg Canal

The Drassenburg Canal is a 31-kilometre broad canal in the Velm lowlands, linking the cloth
town of Drassenburg with the river Velm at Ostermark. It has 15 locks and one tunnel.

History

Construction began in 1791 under the engineer Matthias Koller, with money raised by a
company of Drassenburg cloth merchants. Koller is thought to have died in 1812, although some
sources give 1813. The canal opened to traffic in 1798 and was extended to the Velm quays the
following year. A toll house with a keeper's cottage was built at the Ostermark lock c. 1820.

Floods in 1834 and 1852 damaged the locks and bankrupted several carriers. Traffic declined
after the opening of the Drassenburg-Velm railway, and the canal was closed to commercial
traffic by 1931.

Restoration

Since 1978 the canal has been managed by the Drassenburg Canal Trust, a volunteer charity,
which has reopened the lower nine kilometres to pleasure boats. Restoration of the six upper
locks is expected to be completed in 2027. The trust's boat rally, held every year in August,
draws about 3,000 visitors.

See also
Canals of the Velm lowlands
Ostermark lock flight

This page was last edited on 12 March 2024, at 09:41.""",
        (
            expect("1791", "construction"),
            expect("1812?", "koller", "died"),
            expect("1798", "opened"),
            expect("1799", "extended"),
            expect("1820~", "toll"),
            expect("1834", "flood"),
            expect("1852", "flood"),
            expect("../1931", "closed"),
            expect("1978/..", "trust"),
            expect("2027", "restor", planned=True),
        ),
    ),
    Text(
        "harnock-rovers-pellham",
        "sports report",
        date(2025, 10, 12),
        """Rovers end Pellham hoodoo as Oyelaran double lifts them to third

By Sam Whitlock

Harnock Rovers beat Pellham Athletic 3-1 at Millbank Park on Saturday to climb to third in
the Northern League, their first home win over Pellham since March 2019.

Dani Oyelaran, signed from Brisby Town in August, scored twice in the first half, heading in
a Jack Tolley corner after 11 minutes and curling a second past keeper Liam Shore on 38.
Pellham pulled one back through Ryan Doak early in the second half before substitute Kofi
Mensah settled it in stoppage time.

Manager Tom Greaves, appointed on 2 September after the sacking of Phil Ainsley, has now taken
13 points from six games. "The lads were brave on the ball," he said. "We'll enjoy tonight
and then it's straight on to the next one."

Rovers were without defender Kyle Marr, who had knee surgery on Monday and is expected to be
out for a month.

They travel to Corby Vale on Wednesday before a League Cup third-round tie at home to Arlow
United on October 28.

A crowd of 6,214 was the biggest at Millbank Park this season, with the East Stand still
closed for refurbishment. The club says the stand is due to reopen by the end of November.

Rovers, founded in 1884 and promoted in 2023, have played at Millbank Park since 1921.""",
        (
            expect("2025-10-11", "beat", "pellham"),
            expect("2025-08", "oyelaran", "signed"),
            expect("2025-09-02", "greaves", "appointed"),
            expect("2025-10-06", "marr", "surgery"),
            expect("2025-10-15", "corby", planned=True),
            expect("2025-10-28", "cup", planned=True),
            expect("../2025-11", "stand", planned=True),
            expect("1884", "founded"),
            expect("2023", "promoted"),
            expect("1921/..", "millbank"),
        ),
    ),
    Text(
        "tarrowby-biscuit-company",
        "company history",
        None,
        """Our History - Tarrowby Biscuit Company

1902-1939: A bakehouse on Cole Street

Agnes Tarrowby began baking oat biscuits for the grocers of Lenwick in 1902, in a rented
bakehouse behind her husband's shop on Cole Street. Demand grew quickly, and the firm moved
to a larger works beside the canal, probably in 1911; the company's own records for those
years were lost in a fire. Around 1925 the firm began exporting to the Netherlands and
Denmark.

1940-1965: War and expansion

From 1940 to 1945 the canal works made ration biscuits for the armed forces, with Agnes's son
Walter running the night shift. In 1958 the company went public, and it bought its rival
Denholm's of Hatherby the following year.

1966-today: Ashford Road

The Ashford Road plant, which has operated since 1966, is still our main site and bakes
40 million packets a year. In 2004 the family sold the business to Corran Foods, which kept
the Tarrowby name and the Lenwick Oaten recipe that Agnes wrote down. We have been the
county's largest biscuit maker every year since 1970.

A visitor centre and shop at Ashford Road is planned to open in 2026, with a bakery where
visitors can shape their own biscuits.

(c) Tarrowby Biscuit Company 2024 - Registered in England No. 00073391""",
        (
            expect("1902", "baking"),
            expect("1911?", "moved"),
            expect("1925~", "export"),
            expect("1940/1945", "ration"),
            expect("1958", "public"),
            expect("1959", "denholm"),
            expect("1966/..", "plant"),
            expect("2004", "sold"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "corvane-lunar-mission",
        "mission summary",
        None,
        """CORVANE-2 MISSION SUMMARY
Vellmark Space Agency - Document ref. VSA-CV2-MS-011 - Issue 3 - Last updated 5 August 2024

Mission type:     lunar orbiter and rover
Launch vehicle:   Arkel-4
Launch site:      Kaldness Launch Complex 2
Mass at launch:   1,840 kg
Orbit:            100 km, polar

OVERVIEW

Corvane-2 was launched from Kaldness on 14 March 2022 and entered lunar orbit on 19 March
after a direct transfer. The Tarn rover separated from the orbiter on 2 April and touched
down in Mare Frigoris two days later.

Primary science operations ran from 10 April 2022 to 30 September 2023. The rover drove
7.4 km and returned 21,000 images. Contact with the rover was lost on or about 17 November
2022, probably after dust settled on its solar panels.

STATUS

Since October 2023 the orbiter has been in an extended mission, mapping polar ice with its
radar sounder. Propellant is sufficient for a controlled impact, which is planned for no
later than December 2026. A successor mission, Corvane-3, is scheduled for launch in 2028.

For data access contact the Corvane Science Archive.""",
        (
            expect("2022-03-14", "launch"),
            expect("2022-03-19", "orbit"),
            expect("2022-04-02", "separat"),
            expect("2022-04-04", "touch"),
            expect("2022-04-10/2023-09-30", "science"),
            expect("2022-11-17~", "contact", "lost"),
            expect("2023-10/..", "extended"),
            expect("../2026-12", "impact", planned=True),
            expect("2028", "corvane-3", planned=True),
        ),
    ),
    Text(
        "ostrenia-water-ministry-drought",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Republic of Ostrenia
Press Office - Statement No. 87/2024
Tuesday 3 December 2024

Statement by Minister Ilse Varga on the drought in the southern districts

The Orrin reservoir, which supplies 1.2 million people in the southern districts, fell to
21 percent of capacity on Sunday, its lowest level for at least thirty years.

I visited the reservoir and the treatment works at Kessel on Monday with the district
governors.

Rationing, in force since 18 November, will continue. Tanker deliveries of drinking water to
14 villages began on 25 November, and on 28 November the government approved an emergency fund
of 40 million crowns.

Six mobile desalination units ordered from Halberg Engineering will be installed at Port
Anvers by 20 December. Parliament will debate the Water Security Bill on 10 December. The new
Orrin-Kessel pipeline, which the bill would fund, is due for completion in 2027.

I ask every household to keep daily use below 100 litres. Every summer the southern districts
face shortages; this year, after the driest autumn in a generation, they face a crisis.

- Ilse Varga, Minister of Water and Environment

Ref: MWE/PRESS/2024/087""",
        (
            expect("2024-12-01", "reservoir"),
            expect("2024-12-02", "visit"),
            expect("2024-11-18/..", "rationing"),
            expect("2024-11-25", "tanker"),
            expect("2024-11-28", "fund"),
            expect("../2024-12-20", "desalination", planned=True),
            expect("2024-12-10", "debate", planned=True),
            expect("2027", "pipeline", planned=True),
        ),
    ),
    Text(
        "marrowgate-library-roof",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Marrowgate library shut for roof repairs | Marrowgate Echo</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Marrowgate library shut for roof repairs</h1>
<p class="byline">By Fiona Adair &middot; <time datetime="2025-05-21T07:45">Wednesday 21 May 2025
</time></p>
<p>Marrowgate Central Library closed on Monday so that contractors can replace part of its
leaking roof, and will reopen on Saturday 7 June, the borough council said.</p>
<p>Staff first noticed leaks in the reading room in about February, and buckets have stood
beside the local history shelves ever since. The council's cabinet approved &pound;120,000 for
the work on 13 May.</p>
<p>While the building is shut, the mobile library will park in Elm Square on Thursday from
10am to 4pm. Books can also be returned at the Hythe Road branch.</p>
<p>The Art Deco library opened in 1938 and was listed in 1987. A previous repair, in 2016,
replaced the skylights but not the flat roof behind them.</p>
<p>A public consultation on the library's future opening hours will run from 2 June to
30 June.</p>
<p>"We know how much people rely on this building," said councillor Dev Raman.</p>
</article>
<footer><p>Last updated: 22 May 2025 14:02</p><p>&copy; 2025 Marrowgate Echo Ltd</p></footer>
</body>
</html>""",
        (
            expect("2025-05-19", "closed"),
            expect("2025-06-07", "reopen", planned=True),
            expect("2025-02~", "leaks"),
            expect("2025-05-13", "approved"),
            expect("2025-05-22", "mobile", planned=True),
            expect("1938", "opened"),
            expect("1987", "listed"),
            expect("2016", "repair"),
            expect("2025-06-02/2025-06-30", "consultation", planned=True),
        ),
    ),
    Text(
        "kettlesby-scaffold-licence",
        "scaffolding licence notice",
        None,
        """BOROUGH OF KETTLESBY
Highways Act 1980, Section 169
NOTICE OF LICENCE TO ERECT SCAFFOLDING ON THE HIGHWAY

Licence reference: SCF/2024/0192
Location: 14-18 Tanner's Row, Kettlesby (footway, north side)
Licensee: Brightwell Access Ltd, Unit 3, Foundry Lane, Kettlesby
On behalf of: Tanner's Row Management Company

1. An application for this licence was received on 19 February 2024, and the licence fee of
GBP 285 was paid on 26 February 2024. The Council granted this licence on 4 March 2024.

2. The licensee has stated that the scaffold will be erected on 11 March 2024. A mobile crane
will occupy the northbound lane of Tanner's Row on 12 and 13 March to lift materials onto the
roof; a signed diversion will be in place.

3. The scaffold must be removed, and the footway reinstated, no later than 7 June 2024.

4. The scaffold shall be lit between sunset and sunrise and shall carry the licensee's name
and a 24-hour telephone number. It shall be inspected by a competent person every seven days.

5. A previous licence for this address (ref. SCF/2022/0077) was granted on 3 May 2022 and
expired on 31 August 2022.

6. Any person wishing to object to the continuation of this licence should write to the
address below no later than 18 March 2024.

Signed: P. Okonedo, Network Manager
Highways Licensing, Kettlesby Town Hall, Market Place, KT1 4RB - Tel. 01632 960 447""",
        (
            expect("2024-02-19", "application"),
            expect("2024-02-26", "fee"),
            expect("2024-03-04", "granted"),
            expect("2024-03-11", "erect", planned=True),
            expect("2024-03-12", "crane", planned=True),
            expect("2024-03-13", "crane", planned=True),
            expect("../2024-06-07", "remov", planned=True),
            expect("2022-05-03", "previous", "licence"),
            expect("2022-08-31", "expired"),
            expect("../2024-03-18", "object"),
        ),
    ),
    Text(
        "harlowmere-crokinole-open",
        "crokinole championship report",
        date(2025, 9, 15),
        """CROKINOLE
Anand flicks her way to Harlowmere Open title

By Rhys Calloway

HARLOWMERE - Priya Anand won the Harlowmere Open crokinole singles title on Sunday, beating
defending champion Marcus Roe 8-2 in a final played before a packed village hall.

Anand, 34, who first played the game in about 2011 on her grandfather's kitchen table, came
through qualifying rounds on Friday and Saturday without losing a game. In the final she
scored 14 twenties, the most in an Open final since 2009.

Roe, who won the title in 2017, 2023 and 2024, had been bidding for a third straight crown.
"She was dead-on all afternoon," he said. "I had no answer to her in-offs."

The doubles final was abandoned after a scoring dispute and will be replayed next Saturday at
the Harlowmere Legion hall.

Anand now heads to the World Crokinole Championship in Brennick, which is scheduled to begin
on 4 October. The Open, first held in 1988, drew a record 96 players this year.""",
        (
            expect("2025-09-14", "anand", "title"),
            expect("2025-09-12", "qualifying"),
            expect("2025-09-13", "qualifying"),
            expect("2011~", "first", "played"),
            expect("2017", "roe"),
            expect("2023", "roe"),
            expect("2024", "roe"),
            expect("2025-09-20", "doubles", "replay", planned=True),
            expect("2025-10-04", "world", "championship", planned=True),
            expect("1988", "first", "held"),
        ),
    ),
    Text(
        "gorsedale-fluorspar-release",
        "fluorspar mine release",
        None,
        """GORSEDALE MINERALS PLC
("Gorsedale" or "the Company")
RNS Number: 4821K
17 April 2023

Blackrake Mine: main vein reached, first shipment timetable confirmed

Gorsedale Minerals plc (AIM: GRSM) is pleased to announce that underground development at
its Blackrake fluorspar mine in the Tarn Valley reached the main vein on 12 April 2023, on
schedule and within budget.

Highlights
- Main vein intersected 212 m below surface, 3.4 m true width, grading 41% CaF2: the thickest
  section intersected by the Company to date
- Processing plant commissioned on 28 February
- First shipment of acid-grade concentrate expected in September 2023
- Full production of about 40,000 tonnes a year targeted by the end of 2024

Background
Lead was first mined at Blackrake circa 1740, and fluorspar was worked there until the mine
closed in 1999. Gorsedale acquired the Blackrake licence in 2019 and received planning
consent the following year.

Chief Executive David Penhale said: "Reaching the vein is the moment this team has been
working towards for four years."

The Company's Annual General Meeting will be held at the Tarn Valley Hotel on 25 May 2023.

For further information:
Gorsedale Minerals plc - David Penhale, Chief Executive - +44 (0)1632 960 118

This announcement contains inside information for the purposes of Article 7 of the UK Market
Abuse Regulation.""",
        (
            expect("2023-04-12", "vein"),
            expect("2023-02-28", "commission"),
            expect("2023-09", "shipment", planned=True),
            expect("../2024", "production", planned=True),
            expect("1740~", "lead"),
            expect("1999", "closed"),
            expect("2019", "acquired"),
            expect("2020", "consent"),
            expect("2023-05-25", "meeting", planned=True),
        ),
    ),
    Text(
        "fennick-hay-day-book",
        "hay dealer's book of the 1880s",
        None,
        """DAY BOOK
JOSIAH FENNICK, HAY, STRAW & CORN DEALER
MILL LANE, ASHCOMBE
1884

July 28. Bought of Wm. Crane the standing grass of the Long Meadow, 11 acres, at 3l. 10s. per
acre. Paid him 5l. on account, bal. when the hay is carried.

Aug. 2. Began mowing the Long Meadow. Weather fine. Three men & a boy at 3s. 6d. a day & beer.

Aug. 14. Sold Capt. Lysaght of Ashcombe House 2 tons old hay at 90s. the ton, to be fetched
by his own cart. Recd. 4l. 10s.

Aug. 21. Long Meadow rick heating badly. Cut a vent & put in a chimney of hurdles. Ned says it
began to heat about the 18th.

Sept. 6. Delivered 1 load clover hay to the Cavalry Barracks, 1 ton 3 cwt. Qr. Master
promises to take 10 tons more by Oct. 31 if the sample holds.

Sept. 13. Wm. Crane is to thatch the rick on Monday, for 12s. & his dinner.

Memo. Hay as dear this year as in '79. My father began in this trade in 1851 & I have kept
the yard in Mill Lane since 1873.

CASH, AUGUST                          l.  s.  d.
Recd. of Capt. Lysaght                 4  10   0
Paid mowers                            3   3   0
Paid Wm. Crane on acct.                5   0   0
Beer                                   0   7   6""",
        (
            expect("1884-07-28", "bought", "grass"),
            expect("1884-08-02", "mowing"),
            expect("1884-08-14", "sold"),
            expect("1884-08-21", "vent"),
            expect("1884-08-18~", "heat"),
            expect("1884-09-06", "deliver"),
            expect("../1884-10-31", "tons", planned=True),
            expect("1884-09-15", "thatch", planned=True),
            expect("1851", "trade"),
            expect("1873/..", "yard"),
        ),
    ),
    Text(
        "cranmoor-marsh-fritillary",
        "marsh fritillary survey",
        None,
        """CRANMOOR COMMON SSSI
Marsh Fritillary (Euphydryas aurinia) Larval Web Survey 2024
Report no. CMC/BFY/24/07 - Revised 14 January 2025
Prepared by: Tamsin Goodyear, Cranmoor Conservation Volunteers

1. Summary
Larval webs were counted on 3, 10 and 17 September 2024 across the four compartments of the
common. A total of 212 webs was found, up by half on last year's total and the highest count
since monitoring began.

2. Background
Marsh fritillary was first recorded at Cranmoor in 1996. The colony apparently died out around
2005, when grazing lapsed and the devil's-bit scabious was shaded out by purple moor-grass.
Pony grazing was introduced in 2016, and the species was rediscovered by a volunteer on
28 May 2019.

3. Results
Table 1. Larval webs by compartment
Compartment         3 Sep   10 Sep   17 Sep   Max
A  North Mire         61       74       70     74
B  Ditch Field        22       31       35     35
C  Heron Slade        48       57       52     57
D  Gorse Bank         39       46       44     46
Total                                          212

Adult transect counts were lower than expected: the flight probably peaked on 4 June 2024,
but four weekly walks were lost to rain.

4. Recommendations
Scrub clearance in compartment D is planned for February 2025. The next web count is
scheduled for 8 September 2025. Webs should be counted in the first half of September every
year, in dry weather.""",
        (
            expect("2024-09-03", "webs"),
            expect("2024-09-10", "webs"),
            expect("2024-09-17", "webs"),
            expect("1996", "first", "recorded"),
            expect("2005~", "died"),
            expect("2016", "grazing"),
            expect("2019-05-28", "rediscover"),
            expect("2024-06-04?", "flight", "peak"),
            expect("2025-02", "scrub", planned=True),
            expect("2025-09-08", "count", planned=True),
        ),
    ),
    Text(
        "quennell-kaleidoscope-makers",
        "kaleidoscope maker's history",
        None,
        """Quennell & Daughters: a short history

Thomas Quennell, a Birmingham-trained tinsmith, began making kaleidoscopes and other
"philosophical toys" in a back room off Sallow Street, Pelham Cross, around 1849. His early
scopes were simple card tubes with loose glass in the object box; the brass parlour
instruments the firm is known for came later.

In 1856 Quennell patented a rotating object cell that could be changed without opening the
tube, and orders from the London toy warehouses followed. The workshop moved to larger
premises at 22 Sallow Street in 1861.

Quennell retired in 1889, handing the business to his daughter Ada, and died four years
later. Under Ada Quennell the firm showed a walnut floor-standing kaleidoscope at the Pelham
Industrial Exhibition of 1896, where it won a silver medal.

Production stopped from 1915 to 1919, while the workshop ground prisms for army range-finders.

The firm has been run by the Orme family since 1952. It still makes every scope by hand, from
pocket teleidoscopes to two-metre garden pieces, and it is the oldest working kaleidoscope
maker in the country. A museum of the firm's instruments is to open in the old showroom in
spring 2026, and a catalogue of every surviving Quennell scope will be published in 2025.""",
        (
            expect("1849~", "making"),
            expect("1856", "patent"),
            expect("1861", "moved"),
            expect("1889", "retired"),
            expect("1893", "died"),
            expect("1896", "exhibition"),
            expect("1915/1919", "production"),
            expect("1952/..", "orme"),
            expect("2025", "catalogue", planned=True),
        ),
    ),
    Text(
        "calderwick-hall-fire-statement",
        "heritage minister's statement",
        None,
        """DEPARTMENT FOR CULTURE AND HERITAGE
Statement by the Minister for Heritage, Nadia Ferraby MP
Thursday 9 October 2025

Fire at Calderwick Hall

On Tuesday evening fire broke out in the roof of Calderwick Hall, one of the finest early
Georgian houses in the country. Firefighters from three counties brought it under control in
the early hours. No one was hurt, and staff and volunteers carried more than 300 paintings and
objects to safety.

Calderwick Hall was built between 1712 and 1719 for the Ashby family and was listed Grade I in
1951. It has been in state care since 1983. Its last major restoration was completed in 1994.

Emergency works to make the roof weathertight began yesterday. I will visit the site on
Monday with the chief executive of the Albion Heritage Trust. A full structural assessment
will be completed by 31 October, and I expect to announce restoration funding in the Budget on
26 November.

This is the most serious fire at a Grade I building since 2009. Every year in October the
Department reviews fire safety at all the properties in its care; this year's review will
give Calderwick's lessons to every one of them.

ENDS

Notes to editors: Department press office, 020 7946 0123.""",
        (
            expect("2025-10-07", "fire"),
            expect("1712/1719", "built"),
            expect("1951", "listed"),
            expect("1983/..", "state", "care"),
            expect("1994", "restoration"),
            expect("2025-10-08", "emergency", "works"),
            expect("2025-10-13", "visit", planned=True),
            expect("../2025-10-31", "assessment", planned=True),
            expect("2025-11-26", "funding", planned=True),
        ),
    ),
    Text(
        "dicebury-tavern-games-cafe",
        "board game cafe HTML page",
        date(2024, 3, 4),
        """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>What's On | Dicebury Tavern Board Game Cafe</title></head>
<body>
<header class="site-header"><a href="/"><img src="/img/logo.svg" alt="Dicebury Tavern"></a>
<nav><a href="/menu">Menu</a> <a href="/games">Game Library</a> <a href="/whats-on">What's On</a>
<a href="/book">Book a Table</a></nav>
</header>
<main>
<h1>What's on this week</h1>
<section class="news">
<h2>New arrivals</h2>
<p>Our new expansion shelf opened on Saturday, with more than 80 expansions for the games you
already love. Ask a games guru to find yours.</p>
<p>Thanks to everyone who came to Thursday's charity quiz, which raised &pound;230 for
Dicebury Food Bank.</p>
</section>
<section class="events">
<h2>Coming up</h2>
<ul>
<li><strong>Friday:</strong> booking opens for the April Ticket to Ride league (six weeks,
teams of two).</li>
<li><strong>Sunday, 2pm:</strong> Catan tournament, &pound;5 entry, prizes from Kettle Bay
Games.</li>
<li><strong>Monday 18 March:</strong> we're closed all day for a deep clean.</li>
</ul>
<p>Every Tuesday is Family Day: under-12s play free until 6pm.</p>
</section>
<section class="loyalty">
<h2>Loyalty cards</h2>
<p>Paper loyalty cards will expire on 31 March. Bring yours in before then and we'll move
your stamps to the app.</p>
</section>
<section class="about">
<h2>About us</h2>
<p>Dicebury Tavern opened in 2017 in a former bakery on Mill Walk and moved to Quay Street in
2021. Our library now holds over 600 games.</p>
</section>
</main>
<footer>
<p>Site updated 4 March 2024 &middot; &copy; 2024 Dicebury Tavern Ltd &middot; Company no. 10837465
</p></footer>
</body>
</html>""",
        (
            expect("2024-03-02", "expansion", "shelf"),
            expect("2024-02-29", "quiz"),
            expect("2024-03-08", "booking", planned=True),
            expect("2024-03-10", "catan", "tournament", planned=True),
            expect("2024-03-18", "closed", planned=True),
            expect("2024-03-31", "loyalty", "expire", planned=True),
            expect("2017", "opened"),
            expect("2021", "quay"),
        ),
    ),
    Text(
        "wexmoor-tattoo-licence-decision",
        "tattoo parlour licence decision",
        None,
        """WEXMOOR DISTRICT COUNCIL
LICENSING SUB-COMMITTEE - DECISION NOTICE
Local Government (Miscellaneous Provisions) Act 1982, Part VIII
Special treatment (tattooing) premises licence

Application ref: LIC/ST/24/0831
Applicant: Ms Corinne Adebayo-Hale
Premises: Black Lantern Tattoo, 7 Chandler's Yard, Wexmoor

1. Background
1.1 The application was received on 2 December 2024. The applicant signed the lease of the
premises on 4 November 2024 and has held a personal registration as a tattooist since 2018.
1.2 A representation from the Council's Environmental Health team was received on
16 December.
1.3 A previous licence at these premises, held by a different operator, was revoked in 2021.

2. Hearing
2.1 Officers inspected the premises on or about 8 January 2025. The Sub-Committee heard the
application on 23 January 2025, when the applicant and Environmental Health both attended.

3. Decision
3.1 At the close of the hearing the Sub-Committee decided to grant the licence subject to
the conditions in Schedule 1. The licence will take effect on 1 March 2025.
3.2 Condition 4: the autoclave must be validated by an approved engineer no later than
14 February 2025, and the certificate sent to the Council.

4. Reasons
The Sub-Committee was satisfied that the revised layout separates the work area from the
waiting room and that the applicant's infection-control training is current.

5. Right of appeal
The applicant may appeal to the magistrates' court within 21 days of the date of this notice.

Date of notice: 30 January 2025
Signed: Cllr H. Whitcombe, Chair of the Sub-Committee""",
        (
            expect("2024-12-02", "application", "received"),
            expect("2024-11-04", "lease"),
            expect("2018/..", "registration"),
            expect("2024-12-16", "representation"),
            expect("2021", "revoked"),
            expect("2025-01-08~", "inspected"),
            expect("2025-01-23", "heard"),
            expect("2025-03-01", "licence", "effect", planned=True),
            expect("../2025-02-14", "autoclave", planned=True),
        ),
    ),
    Text(
        "harnwick-hand-calligraphy",
        "calligraphy history",
        None,
        """The Harnwick Hand

The Harnwick hand is a rounded book script associated with the Benedictine abbey of Harnwick
in the Orrel valley. Its broad, upright letters and clubbed ascenders make it easy to read at
a distance, and it remains a favourite of lettering students.

Origins

The script appears to have been developed in the abbey's scriptorium c. 1140, adapting late
Caroline minuscule to a wider pen. The earliest dated manuscript in the hand, a copy of
Gregory's Moralia, was finished in 1162. The Marrow Psalter, perhaps the work of the same
scribe, was possibly completed in 1175, although its colophon is damaged.

Decline

The hand fell out of use after the Black Death, and the abbey library was dispersed when
Harnwick was dissolved in 1538.

Revival

The calligrapher Eleanor Stroud revived the script in 1904 after studying the Moralia at the
Corran Library, and taught it at the Fenwright School of Art from 1906 to 1931. The Harnwick
Society was founded in 1957 to promote the hand, and its archive was moved to the county record
office in 1989. A digital facsimile of the Marrow Psalter is to be released in 2026.""",
        (
            expect("1140~", "developed"),
            expect("1162", "moralia"),
            expect("1175?", "psalter"),
            expect("1538", "dissolved"),
            expect("1904", "revived"),
            expect("1906/1931", "taught"),
            expect("1957", "founded"),
            expect("1989", "archive"),
            expect("2026", "facsimile", planned=True),
        ),
    ),
    Text(
        "tolverne-backgammon-fixtures",
        "backgammon league fixtures card",
        None,
        """TOLVERNE & DISTRICT BACKGAMMON LEAGUE
Founded 1979
WINTER LEAGUE 2025-26 - FIXTURES CARD - DIVISION ONE
Issued 1 September 2025

All matches 8pm prompt, 11 points. Home team provides boards, cubes and clocks.

ROUND 1 - Tuesday 30 September
  The Anchor ............ v  Quay Street BC
  Lantern Club .......... v  Ferryman's Arms
ROUND 2 - Tuesday 14 October
  Quay Street BC ........ v  Lantern Club
  Ferryman's Arms ....... v  The Anchor
ROUND 3 - Tuesday 28 October
  Lantern Club .......... v  The Anchor
  Quay Street BC ........ v  Ferryman's Arms
CHRISTMAS PAIRS - Friday 12 December - Tolverne Legion (all divisions)

NOTES
- Team entries for the winter league will close on 20 September.
- The AGM on 19 August 2025 approved the move from 7-point to 11-point matches.
- The Plough closed in June; its team now plays at the Ferryman's Arms.
- Last season's Division One final, on 8 April 2025, was won by The Anchor 5-3.
- Results must be phoned to the fixtures secretary by 10pm on match night.

Fixtures secretary: Gwen Rowe, 07700 900 314""",
        (
            expect("2025-09-30", "round", planned=True),
            expect("2025-10-14", "round", planned=True),
            expect("2025-10-28", "round", planned=True),
            expect("2025-12-12", "christmas", "pairs", planned=True),
            expect("2025-09-20", "entries", planned=True),
            expect("2025-08-19", "agm"),
            expect("2025-06", "plough", "closed"),
            expect("2025-04-08", "final"),
            expect("1979", "founded"),
        ),
    ),
)
