"""The two-hundred-and-eighty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a swimming pool closure
notice, a racquetball tournament report, a gin distillery company release, a snuff maker's
account book of the 1790s, a cuckoo survey report, a bell founder's history, a sports minister's
statement, a bike shop's HTML page, an alcohol licence decision, an embroidery history and a
mah-jong club fixtures card. The organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYFIFTH_CORPUS",)


TWOHUNDREDEIGHTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "harn-gap-landslide",
        "wire story",
        None,
        """Landslide cuts Talvenne mountain railway, upland villages left without trains

VELMORA, March 12, 2025 (Coastwire) - A landslide buried a stretch of the Talvenne mountain
railway on Monday, cutting the only rail link to three upland villages and leaving about 300
walkers and residents to be driven out by road, the line's operator said.

No train was on the affected section when an estimated 40,000 cubic metres of rock and mud slid
onto the track below Harn Gap shortly after 6 a.m. A maintenance gang working further up the
valley raised the alarm.

Geldry Rail, which bought the narrow-gauge line from the regional council in 2004, said
replacement buses would start running on Thursday. Engineers hope to reopen the line by the end
of April, but the company warned that the date could slip if more rain fell on the slope.

The railway opened in 1911 to carry slate down from the Harn quarries and was turned over to
passenger traffic after the last quarry shut. Its single tunnel, under the Gap itself, was bored
about 1930 and was not damaged, according to a first survey by the company's engineers.

Geologists from the University of Velmora have monitored the slope above the track since 2019,
when cracks opened in a retaining wall. A smaller slide on the same hillside in 1987 closed the
line for six weeks.

"We knew this hillside was moving, but not that it would move this fast," said Ilse Marrow, who
leads the monitoring team. "Three wet weeks did it."

The regional transport office said its own inspectors would visit the site on March 20 and
report to ministers before any decision on paying for a new retaining structure. Villagers in
Upper Talvenne, where the nearest shop is 14 km away, said they were relying on neighbours with
four-wheel-drive vehicles to bring in food and medicine.

Walkers' groups asked members to keep off the Harn Gap path until further notice.

(Reporting by Pell Anders; Editing by Corrine Vasse)""",
        (
            expect("2025-03-10", "landslide"),
            expect("2004", "geldry", "bought"),
            expect("2025-03-13", "buses", planned=True),
            expect("../2025-04", "reopen", planned=True),
            expect("1911", "railway", "opened"),
            expect("1930~", "tunnel"),
            expect("2019/..", "monitored"),
            expect("1987", "slide"),
            expect("2025-03-20", "inspectors", planned=True),
        ),
    ),
    Text(
        "wendmoor-hydrogen-buses",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate, 4 June 2024

WENDMOOR BUSES ORDERS 40 HYDROGEN BUSES IN COUNTY'S LARGEST CLEAN TRANSPORT DEAL

Wendmoor Buses today announced an order for 40 hydrogen fuel-cell buses from the coachbuilder
Astley & Rook, the largest single investment in the company's 72-year history.

The first of the new buses are expected to enter service in March 2025 on the busy X4 route
between Harrowgate and Linford, with all 40 vehicles due to be delivered by the end of 2026.

The order follows a trial run from 12 February to 28 April 2023, when a borrowed hydrogen bus
carried more than 21,000 passengers on the X4 without a single breakdown. In November 2023 the
County Council awarded Wendmoor a grant of 6.2 million pounds towards the cost of the vehicles
and of a refuelling station.

Conversion of the Linford depot, where the refuelling station will stand, will begin on 1 July.

Managing director Harriet Nkemelu said:

"Our drivers and passengers told us during the trial that they liked the quiet, smooth ride. We
won the county contract in 1978, and this is the biggest step we have taken in all the years
since. It shows that we mean to be here for the next 72 years too."

Councillor Dev Rahane, cabinet member for transport, said the grant was "money well spent on
cleaner air for the people of Linford and the villages along the X4".

Members of the public can look inside one of the new buses at an open day at the Linford depot
on Saturday 15 June, from 10am to 4pm. Entry is free.

ENDS

Notes to editors
- Wendmoor Buses was founded in 1952 by the brothers Arthur and Len Wendmoor with two
  second-hand coaches. It now runs 214 buses on 38 routes and employs 610 people.
- Astley & Rook builds buses and coaches at its plant in Corrowby.
- Photographs of the trial bus are available on request.

Media contact: Priya Salt, communications manager, press@wendmoorbuses.example""",
        (
            expect("2024-06-04", "order"),
            expect("2025-03", "service", planned=True),
            expect("../2026", "delivered", planned=True),
            expect("2023-02-12/2023-04-28", "trial"),
            expect("2023-11", "grant"),
            expect("2024-07-01", "conversion", planned=True),
            expect("1978", "county contract"),
            expect("2024-06-15", "open day", planned=True),
            expect("1952", "founded"),
        ),
    ),
    Text(
        "beddoes-framing-lease",
        "court opinion",
        date(2023, 11, 8),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

No. 2-22-0418

CORALINE BEDDOES, d/b/a Beddoes Framing,
        Plaintiff-Appellant,
v.
HALBERD PROPERTY HOLDINGS, LLC,
        Defendant-Appellee.

Appeal from the Circuit Court of Ossery County, No. 21-L-0633.
The Honorable Martin Quayle, Judge, presiding.

OPINION

JUSTICE ADEYEMI delivered the judgment of the court, with opinion.

1. Plaintiff, the tenant of a ground-floor shop, sued her landlord for breach of a covenant to
repair. The circuit court granted summary judgment to the landlord. We reverse and remand.

I. BACKGROUND

2. The parties signed a five-year commercial lease on or about April 3, 2017; the copy in the
record bears no date beside the landlord's signature. Plaintiff took possession on May 1, 2017,
and opened her framing business in the unit soon afterwards.

3. Section 9 of the lease obliged the landlord to keep "the roof, walls and structure" in good
repair. Plaintiff testified that she first reported a leak over the workroom by telephone in or
around January 2020. On February 14, 2020, she sent a written notice of the leak, to which
defendant did not respond.

4. Plaintiff withheld rent from March 2020 until she vacated the premises on August 31, 2021.
She filed her complaint on June 9, 2021, seeking the cost of repairs and of damaged stock.
Defendant counterclaimed for the unpaid rent.

5. On October 4, 2022, the circuit court granted defendant's motion for summary judgment,
finding that plaintiff's letter did not comply with section 14 of the lease. Plaintiff filed
her notice of appeal twenty-eight days later.

II. ANALYSIS

6. We review a grant of summary judgment de novo. Section 14 requires notice "in writing,
delivered by hand or by first-class post." Defendant concedes that the letter was sent first
class and that it was received. Its argument is that the letter was addressed to its former
office, not to the address named in the lease.

7. We are not persuaded. The purpose of a notice clause is to make sure that the other party
learns of the matter in time to act. A notice that was actually received serves that purpose,
and defendant has never said that it did not read the letter. See Orme v. Castell Realty Co.
A genuine question of fact therefore remains as to whether defendant breached section 9, and
summary judgment should not have been entered.

III. CONCLUSION

8. The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings. On remand, the circuit court shall set the matter for a status hearing no later
than January 31, 2024.

9. Reversed and remanded.""",
        (
            expect("2017-04-03~", "lease"),
            expect("2017-05-01", "possession"),
            expect("2020-01~", "leak"),
            expect("2020-02-14", "written", "notice"),
            expect("2020-03/2021-08-31", "withheld", "rent"),
            expect("2021-06-09", "complaint"),
            expect("2022-10-04", "summary judgment"),
            expect("2022-11-01", "notice of appeal"),
            expect("../2024-01-31", "status hearing", planned=True),
        ),
    ),
    Text(
        "orsenfeld-market-town",
        "encyclopedia history",
        None,
        """Orsenfeld

Orsenfeld is a market town on the river Lenne, in the hill country of the Asterwald district.
It had 11,460 inhabitants at the last census.

Contents
1 History
1.1 Early history
1.2 Industry and railway
1.3 Twentieth century
2 See also

History

Early history
The settlement is first mentioned in a charter of 1143, in which the bishop of Carrow granted
the tithes of "Orsinfelde" to the abbey of Sankt Ulm. Finds on the Kirchberg point to an older
farmstead on the site, but no continuous occupation has been shown.

Orsenfeld received market rights c. 1290, presumably from Count Edmar II; the original grant
does not survive, and the date rests on a later confirmation. The parish church of St Veit was
built probably in 1342, to judge from a tree-ring date taken from the timbers of its roof.

A fire in 1561 destroyed most of the timber houses around the market square. The town was
rebuilt in stone, and several merchants' houses of that period still stand on the south side.

Industry and railway
Linen weaving was the town's main trade from the seventeenth century. In the 1840s weavers
usually worked at home on looms rented from merchants, and the trade declined as mechanised
mills opened in the lowlands.

The Lenne Valley Railway reached Orsenfeld in 1868, and the station building was finished the
following year. A paper mill opened beside the line in 1874 and soon became the largest
employer in the district, drawing workers from the surrounding villages.

The old town hall, weakened by repeated flooding, was pulled down and replaced by the present
building, constructed between 1902 and 1905 to designs by the architect Henrike Volz.

Twentieth century
The paper mill closed in 1981 after a long decline, and its site is now a business park. Since
1994 Orsenfeld has been twinned with the French town of Saint-Aubry-le-Lac; the partnership runs
an exchange for schoolchildren and a joint choir.

See also
- Lenne Valley Railway
- Asterwald (district)
- List of market towns in the Asterwald""",
        (
            expect("1143", "charter"),
            expect("1290~", "market rights"),
            expect("1342?", "church"),
            expect("1561", "fire"),
            expect("1868", "railway"),
            expect("1869", "station"),
            expect("1874", "paper mill", "opened"),
            expect("1902/1905", "town hall"),
            expect("1981", "closed"),
            expect("1994/..", "twinned"),
        ),
    ),
    Text(
        "brackley-vale-shield",
        "sports report",
        date(2024, 8, 18),
        """Brackley Vale end long wait for the Marlow Shield

By Tomas Ferreday

Brackley Vale won the Marlow Shield on Saturday, beating holders Easton Priors by 34 runs in a
tense final at the Meadow Ground.

Set 212 to win, Easton Priors were well placed at 150 for three before off-spinner Kit Akande
took four wickets in 11 balls. The last pair held out for six overs, but Akande came back to
bowl Sam Dewhirst for 9 and set off wild celebrations among the 900 spectators.

Earlier, Vale captain Rohan Mistry made a patient 88. Mistry, who joined the club from Fenwick
in June 2021, said: "It has been a long time coming. There were lads in the dressing room whose
fathers played in the last side to win this thing."

Vale were without opening bowler Danny Orme, who tore a hamstring against Hillsford on 3 August.
The club expects him to be fit again by the end of September, too late for the rest of this
season but in time for the winter nets.

Coach Andrea Solt, in charge since 2019, praised the depth of her squad. "We lost our best
bowler a fortnight ago and still won a final," she said. "That tells you everything about this
group."

Brackley Vale, founded in 1889, are the oldest club in the league. They return to league action
on Wednesday with a twilight match at home to Corbridge, and are still in the hunt for a league
and Shield double: the last round of league fixtures is due to be played on 7 September.

The league has also confirmed that Shield finals will be played at the new county ground at
Hallam Park from 2026 onwards, ending the tradition of finals on club grounds.

SCORES
Brackley Vale 211-8 (50 overs; Mistry 88, Pike 41; Dewhirst 3-37)
Easton Priors 177 all out (46.2 overs; Harwood 62; Akande 5-29)
Brackley Vale won by 34 runs""",
        (
            expect("2024-08-17", "won", "shield"),
            expect("2021-06", "mistry", "joined"),
            expect("2024-08-03", "hamstring"),
            expect("../2024-09", "fit", planned=True),
            expect("2019/..", "solt"),
            expect("1889", "founded"),
            expect("2024-08-21", "corbridge", planned=True),
            expect("2024-09-07", "fixtures", planned=True),
            expect("2026/..", "shield finals", planned=True),
        ),
    ),
    Text(
        "pellinger-dial-scales",
        "company history",
        None,
        """Pellinger & Sons - Our Story

Weighing fairly for a century and a half

The beginnings
Josiah Pellinger, a journeyman clockmaker from the Blackhill district, set up a workshop making
shop scales in Dunmere about 1874. Nobody is quite sure of the year: his first ledger is lost,
and the oldest invoice in our archive was written two years after the family's own date.

Trade grew quickly, and in 1891 the firm moved to larger works on Canal Row, where a steam
engine drove the lathes and the polishing wheels. In March 1896 Josiah patented a
self-indicating dial scale, the design that made the Pellinger name familiar in grocers' shops
up and down the country.

War and fire
From 1915 to 1918 the works made shell fuses for the War Office, and more than half of the
workforce were women. The business became a limited company in 1921, with Josiah's grandsons
Walter and Frank as its first directors.

On the night of 2 November 1937 a fire destroyed the pattern shop, and with it the wooden
patterns for almost every scale the firm had ever made. Staff rebuilt the most popular models
from surviving castings, and the foundry was pouring metal again within weeks.

Modern times
Pellinger launched its first electronic counter scale in 1979. Older hands still remember the
arguments: some of the fitters were certain that no grocer would ever trust a scale without a
dial and a needle.

The family sold the company to the Hessing Instruments group in 2006. The arrangement did not
last: since 2013 Pellinger has been owned by its employees through a trust, and it still makes
scales in Dunmere, though no longer on Canal Row.

What we stand for
- Accuracy first: every scale leaves the works tested against certified weights.
- Repair, not replace: we still service dial scales made before the Second World War.
- Local work: 140 people are employed at our Dunmere site, many of them in their second or
  third generation with the firm.""",
        (
            expect("1874~", "workshop"),
            expect("1891", "moved"),
            expect("1896-03", "patented"),
            expect("1915/1918", "shell fuses"),
            expect("1921", "limited company"),
            expect("1937-11-02", "fire"),
            expect("1979", "electronic"),
            expect("2006", "sold"),
            expect("2013/..", "owned", "employees"),
        ),
    ),
    Text(
        "corvid-ocean-colour",
        "mission summary",
        date(2025, 2, 3),
        """MISSION SUMMARY
CORVID-2 (Ocean Colour Monitor 2)

Operator:      Nordmark Space Agency, Earth Observation Directorate
Mission type:  Ocean colour and coastal water quality
Status:        Operational, extended mission
Document:      NSA-EO-CV2-MS-004, Issue 3

1. OVERVIEW
Corvid-2 maps the colour of the sea surface to follow phytoplankton, sediment plumes and
harmful algal blooms in the North Atlantic, the Norwegian Sea and the Barents Sea. It succeeds
Corvid-1, which operated from 2014 to 2021 and was the agency's first Earth observation
satellite.

2. LAUNCH AND EARLY OPERATIONS
Corvid-2 was launched on 14 September 2022 from the Vallhavn launch site on a Skarv-2 rocket.
After separation, five burns of its hydrazine thrusters raised the satellite to its final
sun-synchronous orbit at 705 km, which it reached nine days later.

The first image from the Ocean Colour Imager (OCI), showing a coccolithophore bloom south of the
Faroe Islands, was returned on 2 October 2022. Commissioning was completed by 15 December 2022,
well inside the six-month target set before launch.

3. ANOMALIES
On 11 July 2023 a software fault in the star tracker placed the spacecraft in safe mode. The
operations team uploaded a patch, and the OCI resumed science observations about three weeks
later. No archived data were lost, although the gap delayed the yearly bloom atlas.

4. EXTENSION
The nominal mission was planned to last three years. On 30 January 2025 the agency's programme
board approved an extended mission, and operations are now funded through to 31 December 2028.
The extension adds a coastal product for fish farms and a daily bloom warning for the
fisheries authority.

5. END OF LIFE
At the end of operations the satellite will lower its orbit with its remaining propellant.
Re-entry is expected in 2031, well within the 25-year limit set by the agency's debris rules.

6. KEY DATA
Launch mass ........ 812 kg
Orbit .............. 705 km, sun-synchronous, 10:30 descending node
OCI bands .......... 21, from 400 to 1020 nm
Ground stations .... Vallhavn, Tromvik
Data policy ........ free and open, within 3 hours of acquisition""",
        (
            expect("2014/2021", "corvid-1"),
            expect("2022-09-14", "launched"),
            expect("2022-09-23", "orbit"),
            expect("2022-10-02", "first image"),
            expect("../2022-12-15", "commissioning"),
            expect("2023-07-11", "safe mode"),
            expect("2023-08-01~", "resumed"),
            expect("2025-01-30", "extended mission"),
            expect("../2028-12-31", "funded", planned=True),
            expect("2031", "re-entry", planned=True),
        ),
    ),
    Text(
        "eastern-zone-hosepipe",
        "government statement",
        None,
        """MINISTRY OF WATER AND RURAL AFFAIRS
Press Office

Issued: 22 July 2025
Ref: MWRA/25/118

DROUGHT: TEMPORARY USE BAN FOR THE EASTERN SUPPLY ZONE

The Minister for Water, Ruth Calloway, has confirmed that a temporary use ban will apply to
households and businesses in the Eastern Supply Zone from Friday 1 August until 31 October,
unless rainfall allows it to be lifted earlier.

The ministry first declared drought status in the zone on 30 June. Combined storage in the
zone's four reservoirs then fell below 40 per cent of capacity on 18 July, and the national
drought committee, which met yesterday, advised that restrictions were now needed to protect
supplies for the autumn.

Under the ban, customers must not use a hosepipe to water gardens, wash cars or fill swimming
and paddling pools. Commercial car washes, plant nurseries and sports grounds may apply for an
exemption from Monday 28 July.

The last restrictions of this kind in the zone were in force from 9 July to 26 September 2018.

The Minister said:

"Nobody wants a hosepipe ban, and I know it will be hard for gardeners after such a dry year so
far. But every litre we save now is a litre still in the reservoir when we need it most."

The ministry will review the ban no later than 15 September, and every four weeks after that.

Longer-term supply
Work on the Ashby-Marrow transfer pipeline, which will carry water from the western reservoirs
to the Eastern Zone, began in March 2024. The pipeline is due to be completed in 2027.

Notes to editors
1. The Eastern Supply Zone serves 1.2 million people in 14 local authority areas.
2. Reservoir levels are published on the ministry's website each Monday.
3. Exemption forms are available from the water companies.

Ends""",
        (
            expect("2025-08-01/2025-10-31", "ban", planned=True),
            expect("2025-06-30", "drought status"),
            expect("2025-07-18", "reservoirs"),
            expect("2025-07-21", "drought committee"),
            expect("2025-07-28", "exemption", planned=True),
            expect("2018-07-09/2018-09-26", "restrictions"),
            expect("../2025-09-15", "review", planned=True),
            expect("2024-03", "pipeline", "began"),
            expect("2027", "pipeline", "completed", planned=True),
        ),
    ),
    Text(
        "carnford-library-refit",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carnford Library reopens after 19-month refit | Carnford Gazette</title>
<meta name="description" content="The Edwardian library on Abbey Street has reopened.">
<link rel="stylesheet" href="/static/gazette.css">
</head>
<body>
<header class="masthead"><a href="/">Carnford Gazette</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav>
</header>
<main>
<article class="story">
<h1>Carnford Library reopens after 19-month refit</h1>
<p class="byline">By Maisie Oduya, Local Democracy Reporter</p>
<p class="dateline"><time datetime="2024-04-16T07:30">Tuesday 16 April 2024, 7.30am</time></p>
<figure><img src="/img/2024/04/library-reading-room.jpg" alt="Children in the reading room">
<figcaption>The restored reading room on the first morning. Photo: Gazette</figcaption>
</figure>
<p>Carnford's central library reopened to the public on Monday after a refurbishment that kept
its doors shut for 19 months, with a queue of about 60 people waiting on the steps at 9am.</p>
<p>The Abbey Street building closed in September 2022, when surveyors found that rain coming
through the roof had reached the steel frame of the reading room. Work on a new roof, a lift and
rewiring began in January 2023 and cost 3.4 million pounds, most of it from the council's
capital budget.</p>
<p>The library was built in 1908 with a gift from the mill owner Edwin Carr, and a children's
wing was added in 1965. Builders found the original oak shelving behind plasterboard during the
works, and it has been put back into use.</p>
<h2>What comes next</h2>
<ul>
<li>A cafe run by the Carnford Community Kitchen will open in May.</li>
<li>A tool library, lending drills, ladders and sewing machines, will run from 6 May
onwards.</li>
<li>The local history room, with the town's photograph archive, is expected to open on or
about 1 June.</li>
</ul>
<p>Councillors rejected a proposal for Sunday opening in a vote on 20 March, saying the budget
did not stretch to extra staff. "We will look at it again when the numbers allow," said Cllr
Yusuf Brent, cabinet member for communities.</p>
<p>Opening hours are 9am to 7pm on weekdays and 9am to 4pm on Saturdays.</p>
</article>
<aside class="related"><h3>Related stories</h3>
<ul><li><a href="/news/leisure-centre-repairs">Leisure centre repairs to start</a></li></ul>
</aside>
</main>
<footer><p>&copy; 2024 Carnford Gazette. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-04-15", "reopened"),
            expect("2022-09", "closed"),
            expect("2023-01", "work", "roof"),
            expect("1908", "built"),
            expect("1965", "wing", "added"),
            expect("2024-05", "cafe", planned=True),
            expect("2024-05-06/..", "tool library", planned=True),
            expect("2024-06-01~", "local history room", planned=True),
            expect("2024-03-20", "sunday opening"),
        ),
    ),
    Text(
        "brindley-road-pool",
        "pool closure notice",
        date(2025, 1, 9),
        """HALLOWAY LEISURE TRUST

IMPORTANT NOTICE TO ALL POOL USERS

TEMPORARY CLOSURE OF THE MAIN POOL AND THE LEARNER POOL
Brindley Road Leisure Centre

The main pool and the learner pool at Brindley Road will close from Monday 20 January for
urgent repairs. Public swims will run as normal until then.

WHY ARE WE CLOSING?
During the routine inspection on 12 December, our engineers found that a large number of tiles
on the floor of the main pool had come loose and that the movement joints beneath them had
failed. The pool tank was last retiled in 1996, and the work cannot be done while the pool is
full of water.

WHEN WILL THE POOLS REOPEN?
We expect to reopen both pools on or about 2 June. We will confirm the date on our website and
on the noticeboard in reception as soon as the contractor has finished.

WHAT STAYS OPEN?
* The gym, sports hall and studios will stay open as normal.
* The cafe will open from 9am to 3pm only.
* Changing rooms on the dry side are not affected.

SWIMMING LESSONS
Lessons will move to Castlebrook Pool from 27 January to 30 May. Your child's day and time
will stay the same wherever possible. Please check your email for details of your new class.

MEMBERSHIPS AND REFUNDS
Swim-only members will not be charged while the pools are closed. If you have paid in advance
for a course or a block of swims, please request a refund by 31 January, using the form at
reception or on our website.

COME AND ASK US
A drop-in meeting for pool users will be held in the sports hall on Wednesday 15 January at
7pm. The centre manager and the Trust's engineer will be there to answer your questions.

The Brindley Road pool has served the town since it opened in 1974, and the learner pool was
added in 1989. We are sorry for the disruption and thank you for your patience.

Halloway Leisure Trust - Registered Charity No. 1098234
Brindley Road, Halloway - 01632 960 771""",
        (
            expect("2025-01-20", "close", planned=True),
            expect("2024-12-12", "inspection"),
            expect("1996", "retiled"),
            expect("2025-06-02~", "reopen", planned=True),
            expect("2025-01-27/2025-05-30", "lessons", planned=True),
            expect("../2025-01-31", "refund", planned=True),
            expect("2025-01-15", "meeting", planned=True),
            expect("1974", "opened"),
            expect("1989", "learner pool"),
        ),
    ),
    Text(
        "westbridge-autumn-open",
        "racquetball tournament report",
        date(2023, 10, 30),
        """WESTBRIDGE RACQUETBALL CLUB - MEMBERS' NEWSLETTER

AUTUMN OPEN: THE REPORT

What a weekend! Seventy-two players from eleven clubs took part in the 15th Westbridge Autumn
Open, played on our four courts from 27 to 29 October.

Men's Open
Top seed Marcus Feld retained his title in Sunday's final, beating Owen Tallis 15-11, 12-15,
11-6 in a match that lasted just under an hour. Feld, who first won the Open in 2017, now has
four titles to his name and says he is "not finished yet".

Women's Open
Hana Sorokin took the women's title without dropping a game. Her drive serve down the left wall
caused problems for everyone she played, and Grace Amadi, beaten 15-8, 15-10 in the final, was
generous in defeat: "She just didn't miss."

Results
Men's Open final ........ M. Feld bt O. Tallis 15-11, 12-15, 11-6
Women's Open final ...... H. Sorokin bt G. Amadi 15-8, 15-10
Over-50s final .......... R. Petrakis bt L. Dunne 15-13, 9-15, 11-9
Juniors (U18) final ..... T. Achebe bt F. Lindqvist 15-12, 15-7

Thank you
The Open has been held at Westbridge since 2009, and it could not happen without the volunteers
who ran the desk, refereed 140 matches and kept the tea urn going. Special thanks to Lorna in
the kitchen.

A bit of history for new members: our courts were built in 1988, and the glass back wall on
court 1 was installed in 2015, which makes it one of the few show courts in the region.

Coming up
- The junior league starts on Tuesday 7 November at 6pm. New players are welcome, and the club
  has rackets and eye guards to lend.
- Westbridge will host the Regional Championships on 8-10 March 2024. Entries must be in by 31
  January, and places are limited to 96 players.

See you on court!
The Committee""",
        (
            expect("2023-10-27/2023-10-29", "autumn open"),
            expect("2023-10-29", "feld", "retained"),
            expect("2017", "feld", "won"),
            expect("2009/..", "open", "held"),
            expect("1988", "courts", "built"),
            expect("2015", "glass"),
            expect("2023-11-07", "junior league", planned=True),
            expect("2024-03-08/2024-03-10", "regional championships", planned=True),
            expect("../2024-01-31", "entries", planned=True),
        ),
    ),
    Text(
        "creevagh-saltmarsh-gin",
        "gin distillery company release",
        date(2024, 9, 26),
        """NEWS FROM CREEVAGH DISTILLERY

Creevagh launches Saltmarsh Gin, distilled with samphire from the Lough shore

Creevagh Distillery today launched Saltmarsh Gin, its fourth gin and the first to use samphire
gathered by hand from the shore of Lough Ardell, a mile from the still house.

Saltmarsh Gin (42% ABV, 70cl) will be available in independent off-licences and in the
distillery shop from 1 October, at a recommended price of 38 pounds a bottle.

Head distiller Fionnuala Breen said: "We have been picking samphire for the kitchen for years,
and one evening somebody asked why it wasn't in the still. It took us eleven trial batches to
get the salt right. The result tastes of the Lough on a windy day."

About the distillery
Creevagh was founded in 2016 by Breen and her partner Tom Mackey in the old Creevagh creamery, a
limestone building put up about 1902. Their copper pot still, named Agnes after Breen's
grandmother, was installed in November 2016, and the first gin was bottled on 1 March 2017.

The distillery planted its own juniper in 2019 on a half-acre plot behind the creamery, and it
now supplies about a third of the berries used in the still.

Looking ahead
A visitor centre with a tasting room and daily tours will open in April 2025. Creevagh is also
expected to begin exports to Japan in the first quarter of 2025, after signing an agreement with
a Tokyo importer last month.

ENDS

Tasting notes: samphire, juniper, lemon peel and a little bog myrtle; best with a light tonic
and a slice of green apple.

For samples and images contact Orla Keane, 087 555 0192, orla@creevagh.example""",
        (
            expect("2024-09-26", "saltmarsh gin"),
            expect("2024-10-01", "available", planned=True),
            expect("2016", "founded"),
            expect("1902~", "creamery"),
            expect("2016-11", "still", "installed"),
            expect("2017-03-01", "bottled"),
            expect("2019", "juniper"),
            expect("2025-04", "visitor centre", planned=True),
            expect("2025-01/2025-03", "exports", planned=True),
            expect("2024-08", "agreement"),
        ),
    ),
    Text(
        "pruett-colne-snuff",
        "snuff maker's account book",
        None,
        """ACCOUNT BOOK
of Saml. Pruett, Snuff Maker, at the Mill by Colne Bridge

Mem. This Mill was built by my Father c. 1761, as I am told by old Wm. Harker, who carted the
Stones for it from Ashford Edge. My Grandfather is thought to have first ground Snuff at Colne
Bridge in 1748, but in a smaller House by the Ford, now fallen down.

1793                                                           li.   s.   d.
Jany 4th   Pd Mr Tolley of Bristol for 2 hhds Virginia leaf      14    6    0
  do.      Pd Carriage of the same by Waggon                      1    2    6
  do.      Pd Turnpike at Colne Gate                              0    0    8
Jany 19th  Recd of Mrs Caley for 12 lb Rappee                     1   16    0
  do.      Recd of the same for 4 lb Scotch, in part              0    8    0
Feby 12th  Pd Jno. Marsh, Millwright, for mending the great
           Wheel, 3 days work & Iron                              0   12    0
  do.      Pd for Ale to the Men at the Wheel                     0    1    4
Apl 2d     Wm. Dunn came Apprentice this day for 7 yrs;
           Recd of his Father the Premium agreed                  5    0    0
  do.      Bot for him 1 pr Breeches & 2 Shirts                   0    9    6
May 14th   Tuesday. Sent 3 Casks of Scotch to London by
           Pickford's Waggon, for Mr Abell in Cheapside           -    -    -
  do.      Pd the Waggoner on acct                                0   18    0
  do.      Pd Excise on the same, per Permit                      2    5    0

Mem. The River froze hard & the Mill stood idle from the 20th to the 31st Decr. Ground nothing.
Made up the Books by Candle & mended Sieves.

1794
Jany 10th  Settled all Accts with Mr Tolley to this Day          22    4    0
  do.      Pd Mr Tolley's Clerk for his trouble                  0    2    6

Mem. Promised Mr Caley 20 lb of our best Rappee, to be deliver'd by Lady Day next, viz. the 25th
March, at 2s. 8d. the lb., she to send her own Jars.

Mem. Mr Tolley says Leaf will be dearer this Year on acct of the War with France, and advises
laying in 2 hhds more while the Price holds. Must speak with my Brother abt the Money.

Mem. Wm. Dunn is a good Lad but slow at the Sieves. Give him the Grinding when the Water is
high.""",
        (
            expect("1761~", "mill", "built"),
            expect("1748?", "grandfather", "snuff"),
            expect("1793-01-04", "tolley", "leaf"),
            expect("1793-01-19", "caley", "rappee"),
            expect("1793-02-12", "wheel"),
            expect("1793-04-02", "apprentice"),
            expect("1793-05-14", "casks"),
            expect("1793-12-20/1793-12-31", "idle"),
            expect("1794-01-10", "settled"),
            expect("../1794-03-25", "rappee", planned=True),
        ),
    ),
    Text(
        "fernlea-moss-cuckoos",
        "cuckoo survey report",
        date(2024, 11, 20),
        """FERNLEA MOSS NATURE RESERVE
Common Cuckoo (Cuculus canorus) Survey 2024 - Summary Report

Prepared by: Idris Vaughan-Lake, Reserve Ecologist
Report no.: FM/ECO/24/07
Circulation: Reserve committee; County Bird Recorder; volunteers

1. SUMMARY
At least nine calling males were recorded on the reserve this year, and one juvenile was seen
being fed by reed warblers at the North Reedbed. Numbers were similar to the last three years.

2. METHODS
The survey ran from 15 April to 30 June 2024. Observers walked the standard 4.2 km transect in
the first three hours after dawn, noting every calling male, female "bubbling" call and sighting.
The transect has been walked to the same method since 2006, which allows fair comparison
between years.

3. RESULTS
3.1 Arrival and departure
The first cuckoo of the year was heard on 19 April near the Eastern Scrape. Calling males were
recorded on 31 of the 38 survey visits. The last calling male was heard on or about 2 July by
a volunteer repairing the boardwalk, after the formal survey had ended.

3.2 Counts by month
Month    Visits   Max. calling males   Females seen
April       8             4                 1
May        15             9                 3
June       15             6                 2

3.3 Tracking
Bramble, the male cuckoo fitted with a satellite tag on the reserve in May 2022, came back for a
third summer. His tag showed that he crossed the Sahara in a single flight and had reached the
Congo basin by 14 August. The signal was lost on 3 September, probably because the tag's battery
failed; we hope to see him again.

4. HABITAT
The North Reedbed, restored in 2019 with funding from the Wetland Trust, held the highest
density of reed warbler nests on the reserve, and four of the nine calling males held territories
around it. Scrub clearance on the Western Heath should go ahead as planned.

5. NEXT STEPS
- The 2024 results will be published in the county bird report in March 2025.
- The 2025 survey will begin on 14 April 2025. New volunteers are very welcome.

Thanks to the 22 volunteers who gave their early mornings to this survey.""",
        (
            expect("2024-04-15/2024-06-30", "survey"),
            expect("2006/..", "transect"),
            expect("2024-04-19", "first cuckoo"),
            expect("2024-07-02~", "last", "calling male"),
            expect("2022-05", "bramble", "tag"),
            expect("../2024-08-14", "congo"),
            expect("2024-09-03", "signal"),
            expect("2019", "reedbed"),
            expect("2025-03", "results", "published", planned=True),
            expect("2025-04-14", "survey", "begin", planned=True),
        ),
    ),
    Text(
        "aldwick-bell-foundry",
        "bell founder's history",
        None,
        """The Aldwick Bell Foundry: A Short History

Origins
Bells have been cast in Aldwick for more than three hundred years. The foundry was established
c. 1702 by Nathaniel Crewe, a brazier and pewterer, in a yard behind the Swan inn on Market
Street. The oldest bell known to come from his furnace is the tenor at St Oswin's, Harford, cast
in 1738 and still rung for Sunday service.

The Crewe years
Nathaniel's son Elias took over the business, probably in 1760, although no deed of transfer has
been found. Under Elias the foundry began to cast whole rings rather than single bells, and its
work travelled by cart as far as the coast.

Canal Street
In 1823 the foundry moved to a new site on Canal Street, where finished bells could be lowered
straight onto barges. The casting pit and the great tuning lathe, driven first by a horse and
later by a gas engine, date from the move.

The Victorian boom in church building kept the furnace busy. New rings of eight were cast for
Lenham in 1851, for Stowe Barton in 1853 and for Marchfield Minster in 1856.

The Armistice bell
The tenor of Marchfield Minster cracked on 11 November 1918 while it was being rung for the
Armistice. It was recast at Canal Street the following year, using metal from the old bell and
from a field gun given by the town's regiment.

Decline and closure
Orders dwindled after the Second World War, as fewer new churches were built and old rings were
repaired rather than replaced. The foundry closed in 1972, and its last bell, a small sanctus
bell for a convent, was never collected.

The museum
Since 1998 the Canal Street buildings have housed the Aldwick Bell Museum, run by volunteers.
Visitors can see the loam moulding floor, the tuning lathe, and the foundry's pattern books,
which record the weight and note of every bell cast in the nineteenth century.""",
        (
            expect("1702~", "foundry", "established"),
            expect("1738", "tenor"),
            expect("1760?", "elias"),
            expect("1823", "moved"),
            expect("1851", "lenham"),
            expect("1853", "stowe barton"),
            expect("1856", "marchfield"),
            expect("1918-11-11", "cracked"),
            expect("1919", "recast"),
            expect("1972", "closed"),
            expect("1998/..", "museum"),
        ),
    ),
    Text(
        "grassroots-pitches-statement",
        "sports minister's statement",
        None,
        """Department for Culture, Sport and Communities

Written Ministerial Statement
Thursday 6 March 2025

GRASSROOTS SPORT INVESTMENT

The Minister for Sport (Lorna Achterberg):

Today I am announcing a further 120 million pounds for community sport facilities, to be spent
over the next three years on pitches, changing rooms and floodlights in the areas that need
them most.

The Community Pitches Fund, launched in 2021, has so far helped 640 clubs to resurface pitches
or build new changing rooms. Demand has outstripped the money available in every round, and
this statement responds to that demand.

The investment builds on the School Sport Strategy, published in 2019, and on the success of
our athletes at the Games held in Ardenport from 28 July to 8 August 2022, where the team won
41 medals. Too many of those athletes started out on a muddy pitch with no lights and no
showers. We want the next generation to have better.

The money will be allocated as follows:
(a) 70 million pounds for artificial pitches, with priority for clubs that share their
    facilities with schools;
(b) 30 million pounds for changing rooms that girls and women can use;
(c) 20 million pounds for floodlights and for the repair of existing facilities.

I will meet the governing bodies of the twenty most popular sports on Monday to discuss how the
money should be shared between them. A public consultation on the allocation rules opens today
and closes on 17 April.

Construction of the new national athletics stadium at Crossfield began in October 2023, and
the stadium will open in 2028. The Government will submit its bid to host the 2034 Games by
30 September.

This Department was created in 2016 to bring sport, culture and communities together under one
roof. This statement shows what that can achieve: money for sport that is also money for
healthier, better connected communities.

I will place a copy of the allocation rules in the Libraries of both Houses.""",
        (
            expect("2025-03-06", "120 million"),
            expect("2021", "community pitches fund"),
            expect("2019", "school sport strategy"),
            expect("2022-07-28/2022-08-08", "games"),
            expect("2025-03-10", "governing bodies", planned=True),
            expect("2025-04-17", "consultation", planned=True),
            expect("2023-10", "construction"),
            expect("2028", "stadium", "open", planned=True),
            expect("../2025-09-30", "bid", planned=True),
            expect("2016", "department", "created"),
        ),
    ),
    Text(
        "spokes-sprockets-tollbridge",
        "bike shop HTML page",
        date(2024, 3, 5),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>About us &amp; shop news | Spokes &amp; Sprockets, Tollbridge</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header>
<img src="/img/logo.png" alt="Spokes &amp; Sprockets">
<ul class="menu">
<li><a href="/">Home</a></li><li><a href="/bikes">Bikes</a></li>
<li><a href="/workshop">Workshop</a></li><li><a href="/about">About</a></li>
</ul>
</header>
<section id="news">
<h2>Shop news</h2>
<ul>
<li><strong>Stocktake:</strong> the shop will be closed from 11 to 13 March while we count every
inner tube in the building. Online orders placed that week will be sent out on 14 March.</li>
<li><strong>Longer hours:</strong> from 1 April onwards the workshop will stay open until 7pm on
weekdays, so you can drop your bike off after work.</li>
<li><strong>Spring social ride:</strong> Sunday 17 March, leaving the shop at 9.30am. About 40
km at a chatty pace, with a cafe stop at Harnby. All welcome, no one gets dropped.</li>
</ul>
</section>
<section id="about">
<h2>Our story</h2>
<p>Spokes &amp; Sprockets opened in April 1987 in a lock-up garage on Mill Lane, when Gareth
Pryce started fixing his neighbours' bikes for beer money and never stopped.</p>
<p>In 1999 we moved to our present shop on the High Street, with a proper workshop at the back
and room for more than a handful of bikes on the floor.</p>
<p>Gareth handed the spanners to his daughter Bethan in 2012. She still remembers sorting
ball bearings into jam jars at the age of six.</p>
<p>We added an e-bike service centre in 2018, and our two mechanics are now trained on Bosch
and Shimano motors.</p>
<p>We started refurbishing donated bikes for the Tollbridge Refugee Welcome group in 2015. If
you have an old bike in the shed, bring it in: we will make it roadworthy and find it a new
rider.</p>
</section>
<footer>
<p>Spokes &amp; Sprockets, 42 High Street, Tollbridge. Mon-Sat 9am-5.30pm.</p>
<p>&copy; Spokes &amp; Sprockets. <a href="/privacy">Privacy</a></p>
</footer>
</body>
</html>""",
        (
            expect("2024-03-11/2024-03-13", "closed", planned=True),
            expect("2024-03-14", "online orders", planned=True),
            expect("2024-04-01/..", "workshop", planned=True),
            expect("2024-03-17", "ride", planned=True),
            expect("1987-04", "opened"),
            expect("1999", "moved"),
            expect("2012", "bethan"),
            expect("2018", "e-bike"),
            expect("2015", "refurbishing"),
        ),
    ),
    Text(
        "blue-heron-premises-licence",
        "alcohol licence decision",
        None,
        """MARLCOMBE DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE
Application for a Premises Licence

Premises:   The Blue Heron, 14 Quay Street, Marlcombe
Applicant:  Heron Quay Ltd
Case ref.:  LIC/PL/25/0031
Members:    Cllr P. Ambrose (Chair), Cllr S. Mendes, Cllr A. Whitlock

1. THE APPLICATION
1.1 The licensing authority received an application on 3 February 2025 for a premises licence
permitting the sale of alcohol for consumption on the premises from 11:00 to 23:00 daily.
1.2 The premises have operated as a daytime cafe since 2019. The applicant wishes to open in
the evenings as a bistro serving food with wine and beer.

2. REPRESENTATIONS
2.1 Marlcombe Police made a representation on 24 February, referring to an incident on or about
14 December 2024 in which customers leaving a private party at the premises caused a
disturbance on Quay Street.
2.2 Four residents of Quay Street objected on grounds of noise and of litter.

3. BACKGROUND
3.1 The premises were previously licensed as the Anchor public house. That licence was revoked
in 2016 following a review brought by the police.

4. THE HEARING
4.1 At its hearing on 20 March 2025 the Sub-Committee heard from the applicant's director,
from PC Leanne Gough for the police and from two of the residents.

5. DECISION
5.1 Having considered the written and oral evidence, the Sub-Committee has decided to GRANT the
licence, subject to the conditions below.
5.2 The licence shall take effect on 1 May 2025.
5.3 Conditions:
  (a) a CCTV system covering the entrance shall be installed no later than 30 April 2025;
  (b) no alcohol shall be sold after 22:30 on any day;
  (c) no customer shall take drinks outside the premises after 21:00.
5.4 The licensing authority will review the operation of these conditions in March 2026.

6. RIGHT OF APPEAL
Any party may appeal against this decision to the magistrates' court within 21 days of being
notified of it.

Signed: Cllr Patrick Ambrose, Chair of the Sub-Committee""",
        (
            expect("2025-02-03", "application"),
            expect("2019/..", "cafe"),
            expect("2025-02-24", "police", "representation"),
            expect("2024-12-14~", "incident"),
            expect("2016", "revoked"),
            expect("2025-03-20", "hearing"),
            expect("2025-05-01", "licence", "effect", planned=True),
            expect("../2025-04-30", "cctv", planned=True),
            expect("2026-03", "review", planned=True),
        ),
    ),
    Text(
        "tamsworth-crewel-work",
        "embroidery history",
        None,
        """Embroidery in the Vale of Tamsworth

Tamsworth work, the blue-and-ochre crewel embroidery of the Vale, has a history of at least five
centuries, though much of it survives only in church vestries and in a handful of farmhouses.

Medieval beginnings
The earliest piece attributed to the Vale is an altar frontal in St Brannock's church, probably
made in 1497 for the marriage of a local landowner, Sir Hugh Dallow. Its couched gold thread has
mostly gone, but the outlines of vines and birds can still be made out.

The Broderers' Guild
A guild of broderers was chartered in Tamsworth about 1560. Its ordinances survive only in an
eighteenth-century copy, and they forbid any member to "sell worke of false colour".

Samplers
The earliest dated sampler from the Vale was worked in 1683 by a girl named Ann Pyke. It shows
the alphabet, a verse from the Psalms and a border of the strawberry pattern that still marks
Tamsworth work today.

The nineteenth century
In the 1840s Berlin woolwork was the fashion in most Tamsworth parlours, and the old crewel
patterns were often thought provincial. The first embroidery machine in the Vale, a
hand-operated one from Switzerland, was installed at Corley's mill in 1863.

The Tamsworth School of Art Needlework was founded in 1872 by Margaret Ellery, who copied the
old pieces in the churches and taught the stitches to a new generation of women.

The twentieth century
The county museum has collected Tamsworth work since 1924, when it bought the Pyke sampler at
auction. A Tamsworth wall hanging was shown at the National Crafts Exhibition in London in
1951, and in 1967 Tamsworth College began an evening class in crewel work that still runs.

Today
A new gallery of Tamsworth work is due to open at the county museum in 2026, bringing together
the frontal, the sampler and pieces lent by local families.""",
        (
            expect("1497?", "altar frontal"),
            expect("1560~", "guild"),
            expect("1683", "sampler"),
            expect("1863", "machine"),
            expect("1872", "school"),
            expect("1924/..", "museum"),
            expect("1951", "hanging"),
            expect("1967", "evening class"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "keston-vale-mahjong",
        "mah-jong fixtures card",
        date(2025, 8, 20),
        """KESTON VALE MAH-JONG CLUB
Founded 1962 - Affiliated to the Western Counties Mah-Jong Association (WCMA)

FIXTURES CARD - SEASON 2025-26

Club nights are held on Thursdays at St Aldric's Church Hall, Pennock Road, 7.15 for 7.30pm,
unless shown otherwise. The club has met at St Aldric's since 1988.

DATE          EVENT                                        VENUE          RULES
------------  -------------------------------------------  -------------  -----
SEPTEMBER 2025
Thu 11 Sep    Opening night & pairs draw                   Home           Club
Thu 18 Sep    League round 1 v Harby Tiles                 Home           WCMA
Thu 25 Sep    League round 2 v Lydgate Dragons             Away           WCMA
OCTOBER 2025
Thu 9 Oct     League round 3 v Ormsby Winds                Home           WCMA
Sat 25 Oct    Western Counties Open (one day, 10am)        Tolworth       WCMA
NOVEMBER 2025
Thu 13 Nov    League round 4 v Harby Tiles                 Away           WCMA
Thu 27 Nov    Beginners' evening - bring a friend          Home           Club
DECEMBER 2025
Sat 13 Dec    Christmas social & Beginners' Cup            Home           Club
JANUARY 2026
Thu 15 Jan    League round 5 v Lydgate Dragons             Home           WCMA
FEBRUARY 2026
Thu 12 Feb    League round 6 v Ormsby Winds                Away           WCMA
MARCH 2026
Thu 19 Mar    Chairman's Cup semi-finals                   Home           Club
APRIL 2026
Thu 23 Apr    ANNUAL GENERAL MEETING, 7pm prompt           Home           -
MAY 2026
Thu 14 May    Chairman's Cup final & presentation night    Home           Club

No club nights over Christmas and New Year - the hall is closed.

NOTES
1. Subscriptions (28 pounds; juniors and students 10 pounds) are due by 30 September.
   Table money is 2 pounds a night, tea and biscuits included.
2. "Club" games are played to the house rules, last revised in 2019. "WCMA" games follow the
   Association's rules; copies are kept in the tile cupboard.
3. The club hosted the Western Counties Open for the first time in 1996, and would be glad to
   do so again: volunteers, please speak to the Secretary.
4. Away venues: Harby Village Hall; Lydgate Methodist Hall; Ormsby Bowls Club.

Secretary: Mrs June Halloran, 01632 960 418
Please keep this card - it will not be reprinted.""",
        (
            expect("1962", "founded"),
            expect("1988/..", "met", "st aldric"),
            expect("2025-09-11", "opening night", planned=True),
            expect("2025-10-25", "western counties open", planned=True),
            expect("2025-12-13", "christmas social", planned=True),
            expect("2026-04-23", "annual general meeting", planned=True),
            expect("2026-05-14", "cup final", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("2019", "rules", "revised"),
            expect("1996", "hosted"),
        ),
    ),
)
