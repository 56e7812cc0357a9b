"""The two-hundred-and-forty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a harbour authority's
port notices, a motor rally report, a biomass power station press release, an estate steward's
account book of the 1750s, a kingfisher survey, a gunpowder mill's history, a security
minister's border checks statement, a stadium's HTML event postponements page, a gambling
regulator's licence review decision, a milliner's history and a softball league's fixtures
list. The organisations, people and facts are invented. Facts whose date a reader could take
two ways (a season, "late 1970s", "early 2025", "late July") are left out of the expected
events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYSEVENTH_CORPUS",)

TWOHUNDREDFORTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "vantaria-rail-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KESTREL BAY, Oct 9 (Nordline) - Train drivers in Vantaria will return to work on Friday
after their union accepted a pay offer late on Tuesday, ending a nine-day strike that had
halted most passenger services, the state railway company said.

The Vantarian Locomotive Engineers' Union (VLEU) walked out on Sept. 30 after talks on a new
three-year contract collapsed. Freight trains kept running under a minimum-service law passed
in 2019.

The deal gives drivers a 6.5 percent raise at once and a further 3 percent rise on January 1,
the operator VanRail said in a statement. Union members are to vote on the agreement in a
postal ballot that closes on Oct. 21.

"Nobody wins a strike like this," union leader Petra Solvang told reporters outside the
labour ministry at about 11 p.m. "But our members will be glad to be back in their cabs."

The stoppage cost the economy an estimated 40 million crowns a day, according to the chamber
of commerce, and was the longest rail strike since 1996. Commuters in the capital crowded
onto buses and ferries, and the city's ferry operator said it had carried record numbers of
passengers.

VanRail, which was formed in 1994 when the old state railways were split up, has been losing
money since 2020. Transport Minister Ivo Kral said the government would present a plan to
repair the company's finances by the end of November.

(Reporting by Marta Lindqvist; Editing by Paul Geraghty)""",
        (
            expect("2024-10-11", "return", planned=True),
            expect("2024-10-08", "accept", "offer"),
            expect("2024-09-30", "walk"),
            expect("2019", "law"),
            expect("2025-01-01", "rise", planned=True),
            expect("2024-10-21", "ballot", planned=True),
            expect("1994", "formed"),
            expect("2020/..", "money"),
            expect("../2024-11", "plan", planned=True),
        ),
    ),
    Text(
        "quillon-brightmoor-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillon Foods agrees to acquire Brightmoor Creamery

LEEDSWORTH, England, 12 February 2025 -- Quillon Foods plc (LSE: QLF) today announced that it
has signed an agreement to acquire Brightmoor Creamery Ltd, a family-owned maker of cheeses
and cultured butter, for GBP 86 million in cash.

The transaction is expected to close no later than 30 June 2025, subject to clearance by the
Competition and Markets Authority. Quillon will finance the purchase from existing cash and a
GBP 50 million credit facility.

Founded in 1931 by dairy farmer Edwin Hale, Brightmoor has been run by the Hale family for
three generations and has supplied the royal household since 1978. Its Wensley Blue cheese
won the gold award at the World Cheese Awards in 2016, 2019 and 2023. The company employs 240
people at its creamery near Thirsk, which was extended in 2012.

"Brightmoor is exactly the kind of business we want to grow," said Quillon chief executive
Naomi Farrant. "Its sales have risen every year since 2015, and we intend to keep every one of
its 240 jobs."

Quillon will present its full-year results on 6 March 2025, when it will give further details
of the integration plan. Brightmoor's managing director, Tom Hale, 58, will join Quillon's
executive committee on completion.

About Quillon Foods
Quillon Foods plc is a British food group with annual revenue of GBP 1.2 billion and 4,100
employees. For more information visit www.quillonfoods.co.uk.

Media contact: Priya Anand, +44 (0)113 496 0722, press@quillonfoods.co.uk

(c) 2025 Quillon Foods plc. All rights reserved.""",
        (
            expect("2025-02-12", "agreement"),
            expect("../2025-06-30", "close", planned=True),
            expect("1931", "founded"),
            expect("1978/..", "royal"),
            expect("2016", "gold"),
            expect("2019", "gold"),
            expect("2023", "gold"),
            expect("2012", "extend"),
            expect("2025-03-06", "results", planned=True),
        ),
    ),
    Text(
        "grant-v-cedarvale-mutual",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MERRITT

No. 23-0417

Filed: August 14, 2024

HOLLIS GRANT, Appellant,
v.
CEDARVALE MUTUAL INSURANCE COMPANY, Appellee.

Appeal from the Circuit Court of Dunmore County, Hon. Lydia Ashworth, Judge.

OPINION

BRANDT, Judge.

Hollis Grant appeals the summary judgment entered against him on March 2, 2023, in his suit
to recover under a homeowner's policy issued by Cedarvale Mutual Insurance Company. We
reverse and remand.

I. BACKGROUND

Grant bought the house at 14 Orchard Lane, Dunmore, in 2009 and insured it with Cedarvale from
2011 onward. On or about January 18, 2021, a pipe in the attic burst during a cold snap,
flooding the upper floor. Grant, who was working abroad, did not learn of the damage until he
returned on February 9, 2021, and he reported the loss to Cedarvale two days later.

Cedarvale denied the claim by letter dated April 5, 2021, citing the policy's exclusion for
damage to a dwelling "vacant for more than 60 consecutive days." Grant sued on January 10,
2022. The circuit court held that the house had been vacant since at least October 2020 and
granted Cedarvale's motion.

II. ANALYSIS

We review summary judgment de novo. Under the Insurance Fair Dealing Act of 1987, an
exclusion in a policy must be read narrowly and against the insurer. A house is not "vacant"
merely because its owner is away. Grant's furniture and clothing remained inside, the
utilities stayed connected, and a neighbour checked the house weekly. On this record,
vacancy was not established as a matter of law.

III. CONCLUSION

The judgment of the circuit court is reversed and the case is remanded for trial. Costs to
appellant.

REVERSED AND REMANDED.

OKAFOR, C.J., and LINDGREN, J., concur.""",
        (
            expect("2023-03-02", "judgment"),
            expect("2009", "house"),
            expect("2011/..", "insur"),
            expect("2021-01-18~", "pipe"),
            expect("2021-02-09", "return"),
            expect("2021-02-11", "report"),
            expect("2021-04-05", "claim"),
            expect("2022-01-10", "sue"),
        ),
    ),
    Text(
        "vellmouth-town-history",
        "encyclopedia history",
        None,
        """Vellmouth

Vellmouth is a market town and civil parish on the River Vell in the county of Ashcombe,
England. It had a population of 11,842 at the 2021 census.

History

A settlement existed at the ford by the 8th century, and the town appears as Wellemude in a
charter of possibly 956. The Normans raised a motte-and-bailey castle c. 1080, and the town
received a market charter from King John in 1204. The parish church of St Cyneburga is said to
have been rebuilt in 1340 after a fire.

Vellmouth prospered from the wool trade in the 15th and 16th centuries. During the Civil War
it was held for Parliament and was besieged by Royalist troops from 3 to 21 May 1644.

The Ashcombe Canal reached the town in the 1790s, and the railway followed on 1 September
1859, when the Vell Valley Railway opened its station on Mill Road. A tannery founded circa
1820 grew into the town's main employer, Rowe & Sons, which closed in 1982. The passenger line
closed the following year.

The town has held a folk festival every July since 1996. The former tannery was converted
into housing between 2004 and 2008, and a bypass opened in 2015, taking some 14,000 vehicles a
day out of the High Street.

See also
- List of market towns in Ashcombe
- Vell Valley Railway

References
1. Ashcombe Record Society, vol. 12 (1978), pp. 44-61.""",
        (
            expect("0956?", "charter"),
            expect("1080~", "castle"),
            expect("1204", "market"),
            expect("1340?", "church"),
            expect("1644-05-03/1644-05-21", "besiege"),
            expect("1859-09-01", "railway"),
            expect("1820~", "tannery"),
            expect("1982", "clos"),
            expect("1983", "line"),
            expect("2004/2008", "convert"),
            expect("2015", "bypass"),
        ),
    ),
    Text(
        "harbour-city-redgate-rovers",
        "sports report",
        date(2023, 11, 12),
        """HARBOUR CITY 3 REDGATE ROVERS 1

By Sam Whitlock at the Quayside Ground
Sunday 12 November

Harbour City went three points clear at the top of the Northern Premier table with a deserved
win over Redgate Rovers on Saturday, their ninth victory in a row and the club's best run
since 1988.

Callum Reid opened the scoring in the 14th minute, turning in Kofi Mensah's low cross. Ade
Okafor equalised for Rovers just before half-time, but Jonny Pask restored City's lead on 61
minutes and substitute Luis Ferro, signed from Vila Real on 1 September, added a third in
stoppage time.

The Quayside reopened in August 2019 after a GBP 12m rebuild, and the crowd of 6,204 was its
biggest since.

"We're not getting carried away," said City manager Dana Cole. "Nine wins is nice, but
nobody hands you a trophy in November."

Rovers, who sacked manager Glenn Hurst on Monday, are now 14th. Caretaker Mick Doyle will take
charge for Wednesday's trip to Whitfield Town, and the club hopes to name a permanent
appointment by the end of the month.

Reid, 31, will miss next Saturday's game at Castleford Athletic through suspension after his
fifth booking of the season. The two sides meet again in the second round of the County Cup
on 9 December.

Harbour City (4-3-3): Byrne; Walsh, Adeyemi, Kerr, Lund; Pask, Mensah, Hollis; Reid, Stokes
(Ferro 78), Quinn.
Attendance: 6,204.""",
        (
            expect("2023-11-11", "Harbour"),
            expect("2023-09-01", "Ferro"),
            expect("2019-08", "reopen"),
            expect("2023-11-06", "Hurst"),
            expect("2023-11-15", "Whitfield", planned=True),
            expect("../2023-11", "appoint", planned=True),
            expect("2023-11-18", "Castleford", planned=True),
            expect("2023-12-09", "Cup", planned=True),
        ),
    ),
    Text(
        "penhallow-daughters-history",
        "company history",
        None,
        """Penhallow & Daughters: Our History

Beginnings
Jacob Penhallow, a former watchmaker's apprentice, opened a small spectacle-grinding workshop
on Falmouth Street, Bristol, in 1887. His daughters Ada and Ruth joined him around 1905, and
on his retirement the firm took the name it still carries.

Lenses for war and peace
During the First World War the company made rangefinder lenses for the Admiralty, and in 1921
it moved to a purpose-built factory at Avonside. Ruth Penhallow patented a bifocal grinding
jig in 1926; the patent was licensed to three American firms the following year.

The Avonside works were bombed on the night of 24 November 1940, and production moved to a
wartime site in Frome for the rest of the war.

Microscopes and a homecoming
In the 1960s Penhallow became one of Britain's leading makers of microscope objectives. The
family sold a majority stake to the Harland Instruments group in 1974 and bought it back in
1991, an event still remembered at Avonside as "the homecoming".

Penhallow has been employee-owned since 2003, when the last family shareholders placed their
shares in a trust for the staff.

Today
The company employs 310 people and exports to 46 countries. A new optical coatings hall at
Avonside, built with a GBP 9 million investment, is due to open in September 2026.

Penhallow & Daughters Ltd. Registered in England No. 00214487. (c) 2025""",
        (
            expect("1887", "workshop"),
            expect("1905~", "join"),
            expect("1921", "factory"),
            expect("1926", "patent"),
            expect("1927", "licens"),
            expect("1940-11-24", "bomb"),
            expect("1974", "stake"),
            expect("1991", "back"),
            expect("2003/..", "employee"),
            expect("2026-09", "hall", planned=True),
        ),
    ),
    Text(
        "alcyon-limb-observer",
        "mission summary",
        None,
        """ALCYON MISSION SUMMARY
Aurelian Space Office - Document ASO-ALC-SUM-004, Issue 3
Revised 2 October 2024

Overview
ALCYON (Atmospheric Limb Climate Observer) is a 140 kg satellite that measures water vapour
and ozone in the upper atmosphere by observing the Earth's limb at sunrise and sunset. It was
built by Tessel Aerospace under a contract signed in 2017.

Mission timeline
- Launch: 17 June 2021 at 02:14 UTC from Varna Point on a Kestrel-2 launcher.
- The spacecraft reached its 540 km sun-synchronous orbit on 29 June 2021, after five engine
  burns.
- Commissioning ended on or about 20 September 2021, and routine science operations began on
  1 October 2021.
- On 14 March 2022 a fault in the star tracker put the spacecraft in safe mode; it resumed
  observations eleven days later, after a software patch was uploaded.
- The first global water-vapour map was released on 8 December 2022.
- The mission was extended on 3 May 2024.

Status
ALCYON has returned more than 2.1 million limb profiles. It carries 1.8 kg of its original
6.0 kg of propellant, enough for orbit maintenance well beyond the extended mission. A
controlled de-orbit is planned to start no later than 31 March 2027.

Key figures
| Orbit altitude | 540 km |
| Inclination | 97.5 deg |
| Data volume | 2048 MB per day |

Mission manager: Dr. Leonie Faber, +49 6151 900 2714""",
        (
            expect("2017", "contract"),
            expect("2021-06-17", "launch"),
            expect("2021-06-29", "orbit"),
            expect("2021-09-20~", "commissioning"),
            expect("2021-10-01", "operations"),
            expect("2022-03-14", "safe"),
            expect("2022-03-25", "resum"),
            expect("2022-12-08", "map"),
            expect("2024-05-03", "extend"),
            expect("../2027-03-31", "orbit", planned=True),
        ),
    ),
    Text(
        "drought-emergency-statement",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER

Statement by the Minister, Dr Helena Voss, on drought measures
Issued: Tuesday, 7 May 2024

The Government has today declared a Stage 3 drought emergency in the provinces of Arlen, Mosk
and Tervel. Rainfall in the three provinces since October has been the lowest since records
began, and reservoir storage stands at 31 per cent.

From 00:00 on Thursday, 9 May, the watering of gardens and the washing of vehicles with mains
water will be prohibited in the three provinces. Holders of irrigation licences issued under
the Water Resources Act 2011 will have their allocations cut by 40 per cent from 15 May.

The Cabinet approved an emergency fund of 120 million on 2 May to support farmers and
livestock keepers. Applications to the fund open on 20 May, and payments will begin no later
than 30 June.

In the longer term, our answer is new supply. The desalination plant at Port Calder, under
construction since 2022, is expected to deliver its first water in October 2025.

I will report to Parliament on Thursday 16 May, and every two weeks thereafter until the
emergency is lifted. The measures announced today will be reviewed by 31 July at the latest.

I thank every household that has already cut its use. Advice is available on the free water
line, 0800 400 2024.

Dr Helena Voss
Minister for Environment and Water

Press office: +38 1 2204 5500""",
        (
            expect("2024-05-07", "emergency"),
            expect("2024-05-09", "watering", planned=True),
            expect("2024-05-15", "allocation", planned=True),
            expect("2024-05-02", "fund"),
            expect("2024-05-20", "application", planned=True),
            expect("../2024-06-30", "payment", planned=True),
            expect("2022/..", "construction"),
            expect("2025-10", "water", planned=True),
            expect("2024-05-16", "Parliament", planned=True),
            expect("../2024-07-31", "review", planned=True),
        ),
    ),
    Text(
        "dunmere-library-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dunmere library reopens eight months after flood | The Wexcombe Courier</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="site-nav">
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li></ul>
</nav>
<article>
<h1>Dunmere library reopens eight months after flood</h1>
<p class="byline">By Hannah Olabode |
  <time datetime="2024-08-29T09:12:00+01:00">Thursday 29 August 2024</time></p>
<figure>
  <img src="/img/2024/08/dunmere-library.jpg" alt="Readers outside the library">
  <figcaption>Readers queue outside Dunmere library on Wednesday morning.
  Photo: Courier</figcaption>
</figure>
<p>Dunmere's public library reopened to readers on Wednesday, eight months after floodwater
from the River Leat filled its ground floor.</p>
<p>The Victorian building, which opened in 1893 thanks to a gift from the mill owner Samuel
Crewe, was flooded on 27 December last year when the river burst its banks after two days
of heavy rain.</p>
<p>Repairs cost &pound;740,000, of which &pound;500,000 came from a county council flood fund
approved by councillors in February. Work began on 4 March and was finished by the end of
July.</p>
<p>The children's room upstairs will reopen on Monday 9 September, and a new local history
archive will be unveiled on 21 September during the town's heritage weekend.</p>
<p>"It's the busiest morning we've had since 2010," said librarian Gwen Morris.</p>
<p class="info">Opening hours: Mon-Sat 9am-5pm. Tel. 01632 960418.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/leat-floods-town-centre">Leat floods Dunmere town centre</a>
      <time datetime="2023-12-28">28 Dec 2023</time></li>
    <li><a href="/news/council-flood-fund">Council approves &pound;2m flood fund</a></li>
  </ul>
</aside>
<footer>
  <p>&copy; 2024 Wexcombe Courier Ltd. Updated
  <time datetime="2024-08-29T11:40:00+01:00">29 August 2024, 11:40</time></p>
</footer>
</body>
</html>""",
        (
            expect("2024-08-28", "reopen"),
            expect("1893", "opened"),
            expect("2023-12-27", "flood"),
            expect("2024-02", "fund"),
            expect("2024-03-04", "work"),
            expect("../2024-07", "finish"),
            expect("2024-09-09", "children", planned=True),
            expect("2024-09-21", "archive", planned=True),
        ),
    ),
    Text(
        "kilbrannan-notices-to-mariners",
        "harbour authority's port notices",
        None,
        """KILBRANNAN HARBOUR AUTHORITY
NOTICES TO MARINERS

Issued 26 February 2025 by Capt. R. Lamont, Harbour Master

NOTICE No. 14 of 2025 - MAINTENANCE DREDGING, INNER HARBOUR
Mariners are advised that maintenance dredging will take place in the Inner Harbour approach
channel from 3 to 28 March 2025. The trailing suction dredger SANDPIPER will work between
0600 and 1800 daily and will display the signals required by Rule 27. Vessels are to pass at
slow speed and keep a listening watch on VHF Channel 12.

NOTICE No. 15 of 2025 - NORTH PIER HEAD LIGHT
The North Pier head light (Fl G 3s) was extinguished on 19 February 2025 following storm
damage. A temporary lit buoy (Fl G 3s) was established 30 metres east of the pier head on
21 February. The light is expected to be restored by 14 March 2025.

NOTICE No. 16 of 2025 - WRECK, OUTER ROADS
The fishing vessel MORVEN LASS sank on or about 23 February 2025 in position 56 12.4N
005 31.8W, in a charted depth of 18 metres. The wreck is marked by an isolated danger buoy.
Salvage operations are scheduled to begin on 10 April 2025. Anchoring within 500 metres of
the position is prohibited.

NOTICE No. 17 of 2025 - BERTH 4 (FISH QUAY)
Berth 4 has been closed to all vessels since 24 February 2025 for piling repairs and will
remain closed until further notice.

NOTICE No. 11 of 2025 is hereby cancelled.

The annual inspection of navigation marks takes place each year in May; a separate notice
will be issued.

Port Control: VHF Channel 12/16. Tel. 01586 552 301 (24 hours).""",
        (
            expect("2025-03-03/2025-03-28", "dredging", planned=True),
            expect("2025-02-19", "extinguish"),
            expect("2025-02-21", "buoy"),
            expect("../2025-03-14", "restor", planned=True),
            expect("2025-02-23~", "Morven"),
            expect("2025-04-10", "salvage", planned=True),
            expect("2025-02-24/..", "berth"),
        ),
    ),
    Text(
        "rally-of-the-glens-final",
        "motor rally report",
        date(2025, 4, 6),
        """RALLY OF THE GLENS - ROUND 3, NATIONAL RALLY CHAMPIONSHIP
Final report, Sunday 6 April

Finn Maguire and co-driver Aoife Brennan won the Rally of the Glens by 48.2 seconds on Sunday,
taking their Varga R5 to a first championship victory on the gravel stages of the Sperrin
hills.

The event began with a ceremonial start in the square at Ballymore on Friday evening, before
a floodlit super special stage on the old airfield at Kilrea.

Maguire took the lead on Saturday after title favourite Declan Hoey crashed out on the
seventh stage, Glenelly, when his car slid wide into a ditch. Hoey, winner here in 2019 and
2023, and co-driver Sean Tolan were unhurt.

The Glenshane stage was cancelled on Sunday morning because of thick fog, which left Maguire
to manage his lead over the final four stages. His average speed of 112.6 km/h was the
fastest winning average on the event since 2008.

"I'm 24 and I've been dreaming of this since I was ten," said Maguire at the finish ramp in
Ballymore. "Aoife called it perfectly in the fog."

Provisional results
1. F. Maguire / A. Brennan (Varga R5) 1:52:41.7
2. C. Devlin / M. Quinn (Varga R5) +48.2
3. P. Rooney / J. Kerr (Halden Rally2) +1:15.9

The championship moves on to the Lakeland Stages on 17 May. The title decider, the Atlantic
Rally, is scheduled for 11 October.""",
        (
            expect("2025-04-06", "Maguire"),
            expect("2025-04-04", "start"),
            expect("2025-04-05", "lead"),
            expect("2025-04-05", "crash"),
            expect("2019", "Hoey"),
            expect("2023", "Hoey"),
            expect("2025-04-06", "Glenshane"),
            expect("2025-05-17", "Lakeland", planned=True),
            expect("2025-10-11", "decider", planned=True),
        ),
    ),
    Text(
        "thornmere-biomass-commercial-operation",
        "biomass power station press release",
        None,
        """NEWS RELEASE
Embargo: 00:01 BST, Thursday 18 September 2025

Ashgrove Energy's Thornmere biomass station enters commercial operation

THORNMERE, North Yorkshire, 18 September 2025 - Ashgrove Energy today confirmed that its
42-megawatt Thornmere Biomass Power Station entered commercial operation on 15 September,
after a six-week test period.

The GBP 186 million station burns around 300,000 tonnes of forestry residues and sawmill
chips a year, all sourced within 80 miles of the site, and will generate enough electricity
for some 80,000 homes.

"Thornmere shows that firm, renewable power can be built in Britain, by British contractors,
on time," said Ashgrove chief executive Robert Lyle.

Ashgrove won a 15-year contract for difference in the government's renewables auction in May
2020. Planning consent was granted by the county council on 12 November 2021, and
construction began in April 2023.

The boiler was first fired on 29 July this year, and the turbine was synchronised with the
grid on 4 August.

From January 2026 the station will also supply heat to Thornmere General Hospital through a
3.2 km district heating pipe. The connection works are expected to be finished by the end of
2025.

Ashgrove has operated the Kelby Moor wind farm, ten miles to the north, since 2014.

- ENDS -

Notes to editors
Ashgrove Energy is an independent generator headquartered in Leeds, with 410 MW of wind,
solar and biomass capacity in the United Kingdom.

Media enquiries: Hollie Barnes, 0113 496 0981, press@ashgrove-energy.co.uk""",
        (
            expect("2025-09-15", "operation"),
            expect("2020-05", "contract"),
            expect("2021-11-12", "consent"),
            expect("2023-04", "construction"),
            expect("2025-07-29", "boiler"),
            expect("2025-08-04", "turbine"),
            expect("2026-01", "heat", planned=True),
            expect("../2025", "connection", planned=True),
            expect("2014/..", "Kelby"),
        ),
    ),
    Text(
        "hawkridge-steward-accounts",
        "estate steward's account book of the 1750s",
        None,
        """ACCOUNT of DISBURSEMENTS & RECEIPTS
for the Estate of Sir Jno. Ashby Bart. at Hawkridge
kept by Wm. Pell, Steward

1754.

March.
 2d.   Pd. Thos. Webb for hedging in the Long Meadow, 6 days at 10d. p. day ..... 0 : 5 : 0
 9th.  Recd. of Widow Harker her rent due at Michaelmas last ...................... 3 : 10 : 0
 Memd. A great Storm of wind the 28th, which broke the Hall windows & took part of
       the thatch from the Tithe Barn.

April.
 3d.   Pd. Jas. Lusty, Glazier, for mending the Hall windows broke in the Storm
       of the 28th ult. ............................................................ 1 : 2 : 6
 20th. Sold at Banbury fair 2 fat Oxen to Mr. Cattell of Deddington ............... 19 : 0 : 0

May.
 1st.  Recd. a letter from Sir Jno., that he wd. come down from London the 7th inst.
 Tues. 7th. Sir Jno. came down from London with my Lady & 3 servants.
 10th. The Mason began the new Dairy. Pd. him on acct. ............................. 2 : 0 : 0

June.
 22d.  The new Dairy finish'd. Pd. Saml. Hobbs, Mason, in full ....................... 6 : 15 : 0
 Memd. the great Elm in the Avenue blown down abt. Midsummer.

 Memd. The Labourers to be pd. their wages every Quarter day, as heretofore.

1755.

Jan.
 6th.  Pd. Rob. Fry, Rat-catcher, his year's wages ................................... 0 : 10 : 6

                                    Examined & allowed, Jno. Ashby""",
        (
            expect("1754-03-02", "hedging"),
            expect("1754-03-09", "rent"),
            expect("1754-03-28", "storm"),
            expect("1754-04-03", "window"),
            expect("1754-04-20", "oxen"),
            expect("1754-05-01", "letter"),
            expect("1754-05-07", "London"),
            expect("1754-05-10", "dairy"),
            expect("1754-06-22", "dairy"),
            expect("1755-01-06", "rat"),
        ),
    ),
    Text(
        "wenn-kingfisher-survey-2024",
        "kingfisher survey",
        None,
        """WENN VALLEY WILDLIFE TRUST
Kingfisher (Alcedo atthis) breeding survey of the River Wenn catchment, 2024
Survey report SR/24/07 - Dr Imogen Rees and volunteers - Published December 2024

1. Summary
Eleven occupied kingfisher territories were recorded on the Wenn and its tributaries, the
highest count in any of the Trust's surveys. The Trust has repeated the survey every five years
since 2004.

2. Methods
Thirty-eight kilometres of river bank were walked in two visits. The first visit took place
between 8 and 19 April 2024 and the second between 3 and 14 June 2024. Surveyors recorded
birds seen or heard and searched the banks for nest burrows.

3. Results
Table 1. Occupied territories by section
| Section    | Length (km) | 2019 | 2024 |
| Upper Wenn | 12.5        | 2    | 4    |
| Milbrook   | 9.0         | 3    | 3    |
| Lower Wenn | 16.5        | 2    | 4    |

A spate on 16 May 2024 flooded the lower Milbrook and washed out two nest burrows. The
artificial nest bank built at Harrow Weir in February 2023 was used for the first time, and
its first brood fledged on or about 2 July 2024.

A dead kingfisher was found below Corley bridge on 9 January 2024 after a week of hard frost.
Fish stocks in the Corley reach are still recovering from a pollution incident at the sewage
works between 22 and 24 August 2023.

4. Recommendations
- Two further nest banks should be installed on the Lower Wenn by 31 March 2025, before the
  birds begin to prospect for sites.
- Bankside mowing should be avoided from March to August.
- The next full survey is scheduled for 2029.

Contact: surveys@wennvalleywt.org.uk, 01905 611 280""",
        (
            expect("2024-04-08/2024-04-19", "first", "visit"),
            expect("2024-06-03/2024-06-14", "second", "visit"),
            expect("2024-05-16", "spate"),
            expect("2023-02", "bank"),
            expect("2024-07-02~", "fledge"),
            expect("2024-01-09", "dead"),
            expect("2023-08-22/2023-08-24", "pollution"),
            expect("../2025-03-31", "install", planned=True),
            expect("2029", "survey", planned=True),
        ),
    ),
    Text(
        "ewell-marsh-gunpowder-mills",
        "gunpowder mill's history",
        None,
        """Ewell Marsh Gunpowder Mills: a history

Gunpowder is said to have been made on the marshes as early as 1561, though no record of a
mill survives from that date. The mills proper were established c. 1640 by John Fenwick, a
London grocer who supplied powder to the parliamentary army, and they passed through several
hands before they were bought by the Crown in 1759.

Powder-making was dangerous work. An explosion in the corning house on 11 March 1773 killed
four men and broke windows in Selby Cross, two miles away, and the corning house was rebuilt
the following year on a safer plan, with earth banks between the buildings. The works were
later run to the rules of the 1772 Gunpowder Act, which limited the powder kept in each
building.

Steam-powered incorporating mills replaced the old horse mills between 1816 and 1822, and a
guncotton works opened on the north side of the site in 1872. At its height the factory
employed some 1,100 people and could turn out 1,200 barrels of powder a week.

The worst disaster came on 2 April 1916, when a fire in a store of TNT set off an explosion
that killed 108 workers and was heard across the estuary. Demand fell after the war, and the
mills closed in 1934.

The surviving incorporating mill and the guncotton stove have been a scheduled monument since
1987. The Ewell Marsh Trust, which cares for the site, plans to open a visitor centre in the
restored charge house in 2026.

Further reading: M. Cotter, The Powder Makers of Ewell Marsh (1994).""",
        (
            expect("1561?", "powder"),
            expect("1640~", "establish"),
            expect("1759", "Crown"),
            expect("1773-03-11", "explosion"),
            expect("1774", "rebuilt"),
            expect("1816/1822", "incorporating"),
            expect("1872", "guncotton"),
            expect("1916-04-02", "explosion"),
            expect("1934", "closed"),
            expect("1987/..", "monument"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "norvania-border-checks-statement",
        "security minister's border checks statement",
        None,
        """MINISTRY OF THE INTERIOR AND SECURITY
Republic of Norvania

Statement by the Minister of State for Security, Tomas Redek, on temporary border checks
Monday, 27 January 2025

From Monday 3 February, temporary checks will be reintroduced at all crossings on our land
border with Kelvaria, for an initial period of six months.

I have not taken this decision lightly. Free movement is one of the great achievements of
our region. But the pressure on our border has changed. Last Thursday, police at the Vessa
crossing arrested 14 people on suspicion of people smuggling, in the largest single operation
of its kind. The smugglers are organised, and they adapt quickly.

The Government notified the European Commission and our neighbours of the decision on Friday,
as the rules require. Checks were last carried out between 12 October 2023 and 30 April 2024,
and they worked: crossings fell, and traffic kept moving.

The checks will be targeted and based on risk. Lorries and buses will be checked at the
border; most cars will be waved through. An additional 300 officers will be deployed to the
crossings by the end of February. The National Border Surveillance Centre, in operation since
2021, will support them with cameras and drones.

I will brief parliament's security committee tomorrow, and interior ministers of the region
will meet in Vessa on 14 February to discuss common measures.

To travellers I say: carry your identity card or passport, and allow extra time. Information
is available on the 24-hour line, +421 2 5500 1919.

Press office of the Ministry of the Interior and Security""",
        (
            expect("2025-02-03", "checks", planned=True),
            expect("2025-01-23", "arrest"),
            expect("2025-01-24", "notif"),
            expect("2023-10-12/2024-04-30", "checks"),
            expect("../2025-02", "officers", planned=True),
            expect("2021/..", "centre"),
            expect("2025-01-28", "committee", planned=True),
            expect("2025-02-14", "meet", planned=True),
        ),
    ),
    Text(
        "harbour-park-stadium-postponements",
        "stadium's HTML event postponements page",
        date(2025, 9, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Event changes and postponements - Harbour Park Stadium</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script src="/assets/js/cookie-banner.js" defer></script>
</head>
<body>
<nav aria-label="Main">
  <a href="/">Home</a> | <a href="/events">Events</a> | <a href="/tickets">Tickets</a> |
  <a href="/visit">Plan your visit</a> | <a href="/tours">Stadium tours</a>
</nav>
<main>
<h1>Event changes and postponements</h1>
<p class="updated">Last updated: <time datetime="2025-09-03T16:05">3 September, 16:05</time></p>

<section class="notice">
<h2>Kestrels v Harbourside Rovers - POSTPONED</h2>
<p>The league match set for Saturday 6 September was postponed on Tuesday following a pitch
inspection. The pitch was relaid between 25 and 29 August after the Summer Sounds festival and
needs more time to settle.</p>
<p><strong>New date:</strong> the match will now be played on Wednesday 24 September, kick-off
7.45pm. Tickets remain valid.</p>
</section>

<section class="notice">
<h2>Mira Calloway - Live at Harbour Park - POSTPONED</h2>
<p>Mira Calloway's management announced on 1 September that her concert has been postponed
while she recovers from a wrist injury. The show is expected to be rescheduled for May 2026.
Refunds are available from your point of purchase until 30 September.</p>
</section>

<section class="notice">
<h2>Stadium tours</h2>
<ul>
  <li>Tours are suspended from 8 to 12 September while the pitch is treated.</li>
  <li>The Harbour Park Autumn Fun Run will now take place on Sunday 19 October.</li>
</ul>
</section>

<p class="help">Box office: 0161 496 0555 (Mon-Fri, 10am-4pm).</p>
</main>
<footer>
  <p>&copy; 2025 Harbour Park Stadium Ltd. Opened 1998.</p>
  <ul class="related"><li><a href="/news/pitch-renovation">Pitch renovation update</a></li>
  <li><a href="/events/2025-26">Full 2025/26 events calendar</a></li></ul>
</footer>
</body>
</html>""",
        (
            expect("2025-09-02", "postpone"),
            expect("2025-08-25/2025-08-29", "pitch"),
            expect("2025-09-24", "match", planned=True),
            expect("2025-09-01", "announce"),
            expect("2026-05", "reschedul", planned=True),
            expect("../2025-09-30", "refund", planned=True),
            expect("2025-09-08/2025-09-12", "tours", planned=True),
            expect("2025-10-19", "run", planned=True),
        ),
    ),
    Text(
        "redline-bet-licence-review",
        "gambling regulator's licence review decision",
        None,
        """GAMBLING CONTROL COMMISSION

Regulatory decision: licence review
Licensee: Redline Bet Limited
Account number: 41177
Reference: GCC/LR/2024/019
Decision date: 11 June 2024

1. Background
1.1 Redline Bet Limited ("the licensee") has held a remote casino and betting operating
licence since 2016.
1.2 On 18 and 19 April 2023 the Commission carried out a compliance assessment of the
licensee's anti-money laundering and social responsibility controls.
1.3 On 2 August 2023 the Commission began a review of the licence under section 41 of the
Gaming and Lotteries Act 2009.

2. Findings
2.1 Between 1 January 2022 and 31 March 2023 the licensee failed to carry out adequate
source-of-funds checks on high-spending customers.
2.2 Customer A opened an account on or about 14 September 2022 and deposited GBP 310,000 over
the following seven weeks without being asked where the money came from.
2.3 In representations submitted on 29 February 2024, the licensee accepted the findings in
full and described the changes it has made since.

3. Decision
3.1 The licensee will pay a financial penalty of GBP 2,140,000 no later than 9 July 2024.
This is the largest penalty the Commission has imposed since 2019.
3.2 A new condition is added to the licence: the licensee must commission an independent
audit of its anti-money laundering controls, to be completed by 31 December 2024.
3.3 The licensee will also write to the 2,022 customers whose accounts were affected.

Signed for the Commission by its Regulatory Panel.""",
        (
            expect("2016/..", "licence"),
            expect("2023-04-18", "assessment"),
            expect("2023-04-19", "assessment"),
            expect("2023-08-02", "review"),
            expect("2022-01-01/2023-03-31", "checks"),
            expect("2022-09-14~", "account"),
            expect("2024-02-29", "representations"),
            expect("../2024-07-09", "penalty", planned=True),
            expect("../2024-12-31", "audit", planned=True),
        ),
    ),
    Text(
        "hattersley-vane-milliners-history",
        "milliner's history",
        None,
        """Hattersley & Vane: A Short History

Martha Vane opened her first millinery shop in Luton Row, Bedford, c. 1868, trimming straw
bonnets made from plait bought at the Luton market. Her nephew Joseph Hattersley joined her
as a partner in 1884, bringing capital from his father's drapery, and the shop took on its
present name.

Family tradition holds that Martha trimmed a bonnet for a visiting princess, perhaps in 1891;
no record of the commission has been found. The firm moved to London in 1903, taking a shop
and first-floor workroom at 41 Conduit Street, off Bond Street. A fire destroyed the workroom
on 4 January 1911, and the ten milliners worked from Hattersley's own dining room until it
was rebuilt.

Between 1914 and 1918 the workroom made caps for officers of the London regiments. The firm
opened a second shop, in Harrogate, in 1925, and in the 1920s the cloche hat brought it its
busiest years, with forty staff.

The Conduit Street shop closed in 1969 and the business moved to smaller premises in
Marylebone, where it lived on bridal and racing hats. The designer Celia Orme bought the firm
in 2001, and it has held a royal warrant since 2012.

Some 1,860 hats and hat blocks from the workroom archive are to be shown in a retrospective
at the Museum of Dress in Bath, planned for 2027.

Hattersley & Vane, 18 Chiltern Street, London W1. Appointments: 020 7946 0311.""",
        (
            expect("1868~", "shop"),
            expect("1884", "partner"),
            expect("1891?", "bonnet"),
            expect("1903", "moved"),
            expect("1911-01-04", "fire"),
            expect("1914/1918", "caps"),
            expect("1925", "Harrogate"),
            expect("1969", "closed"),
            expect("2001", "Orme"),
            expect("2012/..", "warrant"),
            expect("2027", "retrospective", planned=True),
        ),
    ),
    Text(
        "riverside-softball-fixtures-2025",
        "softball league's fixtures list",
        None,
        """RIVERSIDE SOCIAL SOFTBALL LEAGUE
2025 Season - Key Dates & Opening Fixtures
Issued 22 April 2025. All games at Hollins Park unless stated. First pitch 6.30pm.

KEY DATES
Fri. 2nd May ............... Team fees (GBP 240 per team) due by this date
Tues. 6th May .............. Opening Night & captains' meeting, 6pm, clubhouse
Sat. 21st June ............. Midsummer Tournament, Ashby Rec (all day)
Thurs. 10th & 17th July .... Rain-out make-up nights
Tues. 5th - Thurs. 7th Aug . Play-offs (top 4)
Sat. 9th Aug ............... Final & Presentation Night, Riverside Sports Club

WEEK 1
Tues. 6th May     Field A   Mudcats v Sluggers
Thurs. 8th May    Field A   Hawks v Bandits

LEAGUE RULES (extract)
- Games are seven innings or 75 minutes, whichever comes first.
- Rained-off games are replayed on the next make-up night; teams must report a rain-out
  to the fixtures secretary by 4pm on the day.
- Every team must field at least 3 women and 3 men.
- Teams play every Tuesday and Thursday from May to July.

Fixtures for weeks 2-12 will be issued after Opening Night.

Fixtures secretary: Jo Bakewell, 07700 900412
Est. 1987 - 16 teams - 240 players""",
        (
            expect("../2025-05-02", "fees", planned=True),
            expect("2025-05-06", "opening", planned=True),
            expect("2025-06-21", "tournament", planned=True),
            expect("2025-07-10", "make-up", planned=True),
            expect("2025-07-17", "make-up", planned=True),
            expect("2025-08-05/2025-08-07", "play-off", planned=True),
            expect("2025-08-09", "final", planned=True),
            expect("2025-05-06", "Mudcats", planned=True),
            expect("2025-05-08", "Hawks", planned=True),
        ),
    ),
)
