"""The two-hundred-and-seventy-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an oyster fishery
closure notice, a table football tournament report, a sawmill company release, a hurdle
maker's account book of the 1820s, an oystercatcher survey, a jigsaw puzzle maker's history, a
mining minister's statement, a sauna HTML page, a pavement café licence decision, a
pyrography history and a canasta club fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYTHIRD_CORPUS",)


TWOHUNDREDSEVENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvenmoor-ferry-suspension",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TARVENMOOR, March 12 (Corvane News) - Ferry operator Lysk Sealines suspended all sailings
between Tarvenmoor and the island of Oddra on Tuesday after inspectors found cracks in the hull
of its only car ferry, the regional transport authority said.

The 29-year-old Oddra Star was taken out of service at 14:00 and will be towed to the Brenholt
dry dock on Friday for repairs expected to take about three weeks. A chartered passenger boat
will run a reduced timetable of four crossings a day in the meantime, the authority added.

Cracks near the bow ramp were first reported by a crew member on March 4, but the ship kept
sailing while engineers assessed them, according to an inspection report seen by Corvane News.
The report, dated March 10, recommended "immediate withdrawal" of the vessel.

"We acted the moment the findings were confirmed," Lysk chief executive Annelie Brandt told
reporters. The company has operated the Oddra route since 2011 and carries some 310,000
passengers a year.

Islanders complain of breakdowns every winter, and last month's two-day outage was the longest
since 2017, the island council said. Lorries carrying food and fuel will be given priority on
the replacement boat's small deck.

The council will hold an emergency meeting on Monday, and the transport authority said it would
decide by April 30 whether to put the route out to tender.

(Reporting by Tomas Greve; Editing by Ilse Warrick)""",
        (
            expect("2025-03-11", "sailings", "suspend"),
            expect("2025-03-14", "dock", planned=True),
            expect("2025-03-04", "cracks"),
            expect("2025-03-10", "report"),
            expect("2011/..", "route"),
            expect("2025-02", "outage"),
            expect("2025-03-17", "meeting", planned=True),
            expect("../2025-04-30", "tender", planned=True),
        ),
    ),
    Text(
        "vintermark-bakery-opening",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Vintermark Foods opens £48 million bakery at Selby Cross

SELBY CROSS, 3 June 2025 - Vintermark Foods today opened its new bakery at the Selby Cross
business park, the largest investment in the family company's 61-year history.

Construction began in April 2023, and the first trial loaves came off the line on 12 May. The
plant will reach its full output of 90,000 loaves a day by the end of September, and a second
line, for rye and sourdough bread, is scheduled to start in March 2026.

"This bakery brings 140 skilled jobs back to the valley," said chief executive Oskar Linde.
"Our grandparents baked for this town, and now we can bake for the whole region."

Recruitment started in January, and around 110 staff have been hired so far. Most of them
trained on the bakery course at Selby Cross College, which will move into a teaching kitchen
on the new site next year.

Vintermark was founded in 1964 as a single shop on Harbour Street. Its old bakery in the former
Dunmere mill will close on 27 June, once the last production lines have moved to Selby Cross;
the building has been sold to the town council.

An open day for local residents will be held on Saturday 14 June, with tours every half hour
from 10 a.m.

Notes to editors
About Vintermark Foods: Vintermark Foods employs 620 people and bakes bread and cakes for
supermarkets across the north of England. Every December it donates its surplus Christmas
stollen to food banks.

Media contact: Ruth Galloway, press@vintermark.example, 01632 960 418
Ref. VMF/PR/2025/041 · © 2025 Vintermark Foods Ltd""",
        (
            expect("2025-06-03", "bakery", "open"),
            expect("2023-04", "construction"),
            expect("2025-05-12", "loaves"),
            expect("../2025-09", "output", planned=True),
            expect("2026-03", "rye", planned=True),
            expect("2025-01", "recruitment"),
            expect("2026", "teaching", "kitchen", planned=True),
            expect("1964", "founded"),
            expect("2025-06-27", "mill", "close", planned=True),
            expect("2025-06-14", "open", "day", planned=True),
        ),
    ),
    Text(
        "corrabin-glass-delivery-appeal",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF NORTH AVONDALE

HELMSLEY GREENHOUSES, INC.,
Appellant,
v.
CORRABIN GLASS WORKS, LLC,
Appellee.

No. S-2024-0388

Appeal from the Court of Appeals, Second District

OPINION

OKAFOR, J., delivered the opinion of the Court, in which all Justices joined.

This appeal asks whether a seller that promises delivery "on or about" a date breaches the
contract when the goods arrive eleven days later. On the facts found below, we hold that it
did not.

I

On March 2, 2021, Helmsley ordered 4,200 panes of tempered glass from Corrabin for a new
growing house. The purchase order scheduled delivery for "on or about June 1, 2021." Corrabin's
main furnace failed on May 14, and the glass arrived on June 12. Helmsley rejected the shipment
two days later and bought replacement panes from another maker at a higher price.

Helmsley sued on September 9, 2021, claiming the difference of $61,300. After a bench trial
held from October 3 to October 6, 2022, the district court entered judgment for Corrabin,
finding that an eleven-day delay was a reasonable variance in the trade. The Court of Appeals
affirmed on August 15, 2023. We granted review.

II

The phrase "on or about" has long been read in this State to allow a reasonable variance, see
Pell v. Marston, 41 N. Av. 212 (1908), and the Uniform Commercial Code, as adopted here, does
not displace that reading. Helmsley points to no evidence that its planting schedule, or any
other term of the order, made the date essential. The district court's finding that glass
deliveries in the region routinely varied by up to two weeks is supported by the record, and
we will not disturb it.

III

The judgment of the Court of Appeals is affirmed. The clerk shall issue the mandate no later
than January 6, 2025.

It is so ordered.""",
        (
            expect("2021-03-02", "ordered", "glass"),
            expect("2021-06-01~", "delivery", planned=True),
            expect("2021-05-14", "furnace"),
            expect("2021-06-12", "arrived"),
            expect("2021-06-14", "rejected"),
            expect("2021-09-09", "sued"),
            expect("2022-10-03/2022-10-06", "trial"),
            expect("2023-08-15", "affirmed"),
            expect("../2025-01-06", "mandate", planned=True),
        ),
    ),
    Text(
        "ordwin-canal-history",
        "encyclopedia history",
        None,
        """Ordwin Canal

The Ordwin Canal is a 38-kilometre (24 mi) canal in the north of Vessland, running from the
River Tase at Hollin Bridge to the former coalfield around Marrow Dale. Its upper section,
including the Crane Hill tunnel, is not navigable.

History

Construction
A canal through the dale was first proposed around 1770 by the landowner Sir Edmund Parr, but
the scheme stalled for lack of subscribers. Parliament authorised the canal in 1791, and digging
began the following year under the engineer James Foyle. The 1,140-metre summit tunnel at Crane
Hill took from 1794 to 1799 to complete, at a cost of eleven lives. The canal opened throughout
on 14 May 1801. Foyle, who is thought to have died in 1804, did not live to see the branch to
Kessock finished.

Decline
Coal traffic made the company one of the most profitable in the region; its dividend of 22 per
cent was exceeded by no other canal in the north. Competition from the railways cut receipts,
and commercial carrying ended in c. 1921. The roof of the Crane Hill tunnel collapsed in 1947,
and the upper section has been closed since then.

Restoration
The Ordwin Canal Trust, formed by local volunteers, reopened the lower section in two stages,
in 1988 and 1994. The trust aims to clear the tunnel and reopen the whole canal by 2030,
subject to funding.

See also
List of canals of Vessland

References
Harbin, P. (1972). The Ordwin Canal. Tase Valley Press.
Marsh, J. (2004). "Canal tunnels of the north". Waterways History 18: 44-61.""",
        (
            expect("1770~", "proposed"),
            expect("1791", "authoris"),
            expect("1792", "digging"),
            expect("1794/1799", "tunnel"),
            expect("1801-05-14", "opened"),
            expect("1804?", "foyle", "died"),
            expect("1921~", "carrying"),
            expect("1947", "collapsed"),
            expect("1947/..", "closed"),
            expect("1988", "reopen"),
            expect("1994", "reopen"),
            expect("../2030", "reopen", planned=True),
        ),
    ),
    Text(
        "brackwater-rovers-fenmouth",
        "sports report",
        date(2025, 4, 27),
        """Brackwater edge Fenmouth to stretch lead
By Callum Reid at Quarry Lane

Brackwater Rovers moved four points clear at the top of the Northern Premier League on
Saturday, beating Fenmouth Town 2-1 in front of a season-high crowd of 6,412.

Dario Pellegrini headed the opener after 17 minutes, his 21st league goal of the campaign, and
Joe Amankwah doubled the lead from the edge of the box before the break. Fenmouth pulled one
back through Liam Barr's 88th-minute penalty but could not find an equaliser.

It was Brackwater's ninth straight win, their best run since 1998, and manager Ellen Moss
refused to talk about the title. "Nothing is won yet," she said. "Castlegate will make it very
hard for us."

Rovers travel to second-placed Castlegate on Tuesday night and finish the season at home to
Dunnock Athletic on May 3.

The club also confirmed that captain Sam Okoro, who damaged knee ligaments in the 3-0 win at
Harlow on April 12, will have surgery on Thursday. He is expected to be out for around four
months.

Brackwater were relegated in 2022 and bought by the Ashfield family the following year. Moss
was appointed in November 2023 and has lost only nine of her 70 league matches since.

Fenmouth, who had won three of their previous four games, stay seventh, six points off the
play-off places with two games to play.

Tickets for the Dunnock game go on sale to season-ticket holders on Monday, and any that remain
will be released to the general public the following day.""",
        (
            expect("2025-04-26", "fenmouth"),
            expect("2025-04-29", "castlegate", planned=True),
            expect("2025-05-03", "dunnock", planned=True),
            expect("2025-04-12", "harlow"),
            expect("2025-05-01", "surgery", planned=True),
            expect("2022", "relegated"),
            expect("2023", "bought"),
            expect("2023-11", "appointed"),
            expect("2025-04-28", "tickets", planned=True),
            expect("2025-04-29", "public", planned=True),
        ),
    ),
    Text(
        "ambrecht-scales-history",
        "company history",
        None,
        """A century of weighing: the Ambrecht story

Ambrecht Waagen began in about 1908, when the watchmaker Friedrich Ambrecht started repairing
shop scales in a back room on Lindau Street in Kessenfeld. Customers soon asked him to build
them, and his brass letter balance became a fixture of post offices across the region.

Friedrich's son Karl took over the business in 1931 and moved it to a purpose-built works at
Kessenfeld-Ost three years later. During the war the works made parts for field telephones,
and it was some years before civilian scales were made there again.

Export followed in the years of the economic miracle: a sales office opened in Lyon in 1971,
followed by offices in Milan in 1974 and Vienna in 1976.

In 1989 the Ambrecht family sold a majority stake to the investment firm Tessaro Partners, and
bought it back on 1 July 2003. Since 2011 Ambrecht has been part of the Norvik Group, a Danish
maker of industrial weighing systems, while remaining an independent brand.

Today Ambrecht employs 430 people and sells its scales in 38 countries. Every third scale in a
German bakery is an Ambrecht, and our workshop still repairs letter balances made a century
ago.

The Kessenfeld-Ost works, which have served the company for more than ninety years, will be
replaced by a new plant at Rahnsdorf, due to open in 2027.

Ambrecht Waagen GmbH · Lindaustrasse 40 · Kessenfeld
© 2024 Ambrecht Waagen GmbH · Imprint · Privacy · Careers""",
        (
            expect("1908~", "repair"),
            expect("1931", "karl"),
            expect("1934", "moved"),
            expect("1971", "lyon"),
            expect("1974", "milan"),
            expect("1976", "vienna"),
            expect("1989", "sold"),
            expect("2003-07-01", "bought"),
            expect("2011/..", "norvik"),
            expect("2027", "rahnsdorf", planned=True),
        ),
    ),
    Text(
        "hestrand-lunar-orbiter",
        "mission summary",
        None,
        """HESTRAND-2 MISSION SUMMARY
Hestrand Space Agency · Document HSA-MS-0219, rev. B · Last updated 4 February 2025

Mission type: lunar polar orbiter
Launch: 22 August 2023, 03:41 UTC, Kelvik Launch Complex, Sarn-4 vehicle
Status: extended mission

OVERVIEW
Hestrand-2 is the agency's second lunar mission and its first to reach lunar orbit. It carries
a synthetic-aperture radar, a neutron spectrometer and two cameras to map water ice in the
permanently shadowed craters near the Moon's south pole.

MISSION TIMELINE
The spacecraft was launched on 22 August 2023 and entered lunar orbit on 9 September after an
18-day cruise. Its first images of the south polar region were returned two days later.

The primary mission ran from 1 October 2023 to 31 March 2024. During this period the radar
mapped about 86 percent of the shadowed craters larger than 2 km, and the spectrometer confirmed
hydrogen enrichment at four sites.

On 17 January 2024 one of the four reaction wheels failed. Controllers switched the spacecraft
to a three-wheel pointing mode on 20 January, and science operations continued with reduced
imaging.

An extended mission was approved in April 2024 and is scheduled to end in December 2025. The
orbit will be lowered from 100 km to about 30 km in around March 2025 to sharpen the radar
maps. At the end of the mission the spacecraft will be deliberately crashed into the surface,
no later than 31 January 2026, so as to leave no debris in lunar orbit.

KEY FIGURES
Mass at launch: 1,240 kg · Images returned: 212,000 (to 31 January 2025) · Radar passes: 9,870

Contact: HSA Public Affairs, Kelvik""",
        (
            expect("2023-08-22", "launched"),
            expect("2023-09-09", "orbit"),
            expect("2023-09-11", "images"),
            expect("2023-10-01/2024-03-31", "primary"),
            expect("2024-01-17", "wheel"),
            expect("2024-01-20", "switched"),
            expect("2024-04", "approved"),
            expect("2025-12", "end", planned=True),
            expect("2025-03~", "lowered", planned=True),
            expect("../2026-01-31", "crashed", planned=True),
        ),
    ),
    Text(
        "mireva-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press Office
Statement No. 112/2025
Ordana, 14 July 2025

Statement by the Minister of Water and Environment, Dr Hana Velic, on the water situation in
the Mireva basin

The level of Lake Mireva fell below the critical mark of 212.4 metres above sea level on 9 July,
the lowest reading since measurements began. Inflow from the Sava and Dren rivers is now less
than a quarter of its July average.

The Government therefore declared a state of water emergency in the Mireva basin on Friday
11 July. A ban on watering lawns, washing cars and filling private swimming pools in the
fourteen municipalities of the basin will take effect on Monday 21 July. Fines of up to 2,000
dinars will apply.

Since 2 June the regional water company has reduced mains pressure at night, and it will
continue to do so until the lake recovers. Industrial users have agreed to cut their intake by
ten per cent.

Work on the emergency pipeline from the Tavra reservoir began in March. It is expected to carry
its first water to Ordana by 15 August, supplying up to 40,000 cubic metres a day.

The last comparable drought, in 2003, lasted some fourteen weeks. We have learnt from it, and
we are better prepared today.

I will meet the mayors of the basin in Ordana on Wednesday to agree how the restrictions will
be enforced.

I ask every citizen to use water sparingly. The daily lake level is published on the
Ministry's website every morning at 8:00.

Dr Hana Velic
Minister of Water and Environment""",
        (
            expect("2025-07-09", "level"),
            expect("2025-07-11", "emergency"),
            expect("2025-07-21", "ban", planned=True),
            expect("2025-06-02/..", "pressure"),
            expect("2025-03", "pipeline"),
            expect("../2025-08-15", "pipeline", "water", planned=True),
            expect("2003", "drought"),
            expect("2025-07-16", "mayors", planned=True),
        ),
    ),
    Text(
        "drennick-tram-delay-page",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saltmarsh tram extension delayed again | Drennick Courier</title>
<link rel="canonical" href="https://courier.example/news/2025/10/22/saltmarsh-tram">
</head>
<body>
<header><a href="/">Drennick Courier</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a></nav>
</header>
<main>
<article>
<h1>Saltmarsh tram extension delayed again</h1>
<p class="byline">By Nora Quist &middot; <time datetime="2025-10-22T07:30:00+01:00">22 October 2025
</time></p>
<p>Drennick's Line 3 extension to Saltmarsh will open on 28 March 2026, more than three months
later than promised, after the board of the city transport company DVB approved a new timetable
for the project on Tuesday.</p>
<p>Tests of the new signalling system, which began on 2 September, found faults in the software
that controls the single-track section at Mill Lane. DVB said the supplier, Ostrel Rail Systems,
would deliver a corrected version by 30 November.</p>
<p>Construction of the 4.2-kilometre extension started in June 2022. The project was first
delayed in 2024, when a buried gas main was found under Quay Street.</p>
<p>"We will not open a line we are not sure of," DVB chief executive Piet Sandvoort said. The
cost has risen to &euro;212 million, about 30 percent above the 2021 estimate.</p>
<p>Mayor Ines Farr will visit the works on Friday. Line 3, which has run between the central
station and the university since 1997, will keep its current timetable until the extension
opens.</p>
<figure><img src="/img/tram-test.jpg" alt="Test tram at Mill Lane">
<figcaption>A test tram at Mill Lane on 2 October. Photo: DVB</figcaption></figure>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/2025/10/20/harbour-bridge">Harbour bridge to close for a week</a></li>
<li><a href="/sport/2025/10/21/drennick-city">Drennick City sack coach</a></li></ul>
</aside>
</main>
<footer><p>&copy; 2025 Drennick Courier Ltd. Last updated 22.10.2025, 09:12.</p></footer>
</body>
</html>""",
        (
            expect("2026-03-28", "open", planned=True),
            expect("2025-10-21", "board", "approved"),
            expect("2025-09-02", "tests"),
            expect("../2025-11-30", "corrected", planned=True),
            expect("2022-06", "construction"),
            expect("2024", "delayed"),
            expect("2025-10-24", "visit", planned=True),
            expect("1997/..", "line"),
        ),
    ),
    Text(
        "quarnish-oyster-closure",
        "oyster fishery closure notice",
        None,
        """MARRACK ESTUARY SHELLFISH AUTHORITY
Harbour Office, Quay Road, Quarnish

FISHERY NOTICE FN 19/2025
Issued: 6 November 2025

TEMPORARY CLOSURE OF THE QUARNISH NATIVE OYSTER FISHERY

1. Under byelaw 7 of the Marrack Estuary Shellfish Byelaws, the Authority gives notice that the
Quarnish native oyster beds (Areas Q1 to Q4, shown on the attached chart) will be closed to all
dredging and hand-gathering from 00:01 on Saturday 8 November 2025.

2. The closure follows the detection of the parasite Bonamia ostreae in oysters sampled from
Area Q3 on 28 October. The finding was confirmed by the national reference laboratory on
4 November.

3. The closure will be reviewed on or before 31 January 2026. Until then no oysters may be
taken, moved or relaid from the beds.

4. The Quarnish beds were last closed for disease from 2016 to 2018. The fishery has been
managed under a permit scheme since 1994, and the Authority's aim remains a sustainable harvest
of about 60 tonnes a year.

5. Holders of 2025-26 permits will receive a refund of one third of the permit fee. Permit fees
are reviewed each April.

6. A meeting for permit holders will be held at the Harbour Office at 18:30 on Thursday
13 November. Officers of the Authority and of the laboratory will answer questions.

7. In normal years the fishery opens on 1 October and closes on 31 March.

D. Penhale
Clerk to the Authority
Ref. MESA/SH/0419 · Enquiries 01632 960 772""",
        (
            expect("2025-11-08", "closed", planned=True),
            expect("2025-10-28", "sampled"),
            expect("2025-11-04", "confirmed"),
            expect("../2026-01-31", "reviewed", planned=True),
            expect("2016/2018", "closed"),
            expect("1994/..", "permit"),
            expect("2025-11-13", "meeting", planned=True),
        ),
    ),
    Text(
        "grellin-table-soccer-open",
        "table football tournament report",
        date(2025, 5, 19),
        """GRELLIN TABLE SOCCER CLUB · Club news

Kovac and Ruiz win Grellin Open doubles

Club members Marta Kovac and Diego Ruiz won the open doubles at the ninth Grellin Open on
Sunday, beating the Dutch pair Bram van Loon and Jesse Smits 5-3, 5-4 in a tense final at the
Old Maltings.

The tournament, played on 24 tables from Friday to Sunday, drew 212 players from nine
countries, the biggest entry in its history. Kovac and Ruiz dropped only one game all weekend,
a 4-5 loss to the Belgian champions in the group stage.

Saturday's open singles went to Lena Hartig of Bremen, who beat the defending champion Pavel
Dusek 3-1 in sets. Dusek had won the title in 2022, 2023 and 2024.

"We have been practising twice a week since the winter, and it paid off," said Kovac.

Ranking points from the Open will be credited by the national federation by 31 May.

The club was founded in 2009 in the back room of the Plough and has grown to 86 members.
Training is every Tuesday and Thursday from 7 p.m.; beginners are welcome.

Coming up: the summer league starts on Tuesday 3 June, and the Grellin Open returns on
15-17 May 2026.

RESULTS
Open doubles, final: Kovac/Ruiz bt Van Loon/Smits 5-3, 5-4
Open singles, final: Hartig bt Dusek 3-1
Women's doubles, final: Hartig/Ohm bt Kovac/Lenz 5-2, 3-5, 5-4
Amateur doubles, final: Price/Adeyemi bt Kerr/Lund 5-1, 5-3""",
        (
            expect("2025-05-18", "doubles"),
            expect("2025-05-16/2025-05-18", "tournament"),
            expect("2025-05-17", "singles"),
            expect("2022", "title"),
            expect("2023", "title"),
            expect("2024", "title"),
            expect("../2025-05-31", "points", planned=True),
            expect("2009", "founded"),
            expect("2025-06-03", "league", planned=True),
            expect("2026-05-15/2026-05-17", "open", planned=True),
        ),
    ),
    Text(
        "tallowmere-ragnvik-sawmill",
        "sawmill company release",
        None,
        """PRESS RELEASE - REGULATORY INFORMATION
Tallowmere Timber AB (publ)
Kvarnsjö, 2 April 2025, 08:00 CET

Tallowmere Timber to stop older line at Ragnvik and invest SEK 380 million in Kvarnsjö

Tallowmere Timber will stop sawing on the older of the two production lines at its Ragnvik
sawmill on 30 June 2025. About 45 of the mill's 160 employees are affected, and negotiations
with the trade unions began on 1 April.

At the same time the company will invest SEK 380 million in a new log sorting station and a
continuous drying kiln at its Kvarnsjö mill. Work is scheduled to start in September 2025 and
to be completed by the end of 2026, lifting Kvarnsjö's capacity to 420,000 cubic metres a year.

"Sawn timber prices have fallen for eight quarters in a row, and the old Ragnvik line cannot
compete," said CEO Britt Almgren. "Our investment in Kvarnsjö secures jobs in the region for
the long term."

Ragnvik sawmill has operated on the same site since 1887 and was bought by Tallowmere in 1996.
Its newer line, installed in 2014, will continue to run in two shifts.

Storm Ylva, which crossed the region on 11-12 January, left about 1.2 million cubic metres of
damaged timber in the company's supply area, most of which has now been collected.

Tallowmere will publish its interim report for the first quarter on 24 April 2025.

For further information, please contact:
Britt Almgren, CEO, +46 70 555 01 22
Jonas Ek, CFO, +46 70 555 01 37

This information is information that Tallowmere Timber AB (publ) is obliged to make public
pursuant to the EU Market Abuse Regulation. The information was submitted for publication,
through the agency of the contact persons set out above, at 08:00 CET on 2 April 2025.""",
        (
            expect("2025-06-30", "sawing", "stop", planned=True),
            expect("2025-04-01", "negotiations"),
            expect("2025-09", "work", "start", planned=True),
            expect("../2026", "complet", planned=True),
            expect("1887/..", "sawmill"),
            expect("1996", "bought"),
            expect("2014", "installed"),
            expect("2025-01-11/2025-01-12", "storm"),
            expect("2025-04-24", "report", planned=True),
        ),
    ),
    Text(
        "wheddon-hurdle-accounts",
        "hurdle maker's account book of the 1820s",
        None,
        """Account Book of Thos. Wheddon, Hurdle Maker, of Crowcombe Ashes
Transcription of pages 14-16 (Crowcombe Local History Group)

1826
Octr 2d. Bought of Mr Gale the underwood of Hanger Copse, 3 acres at £4 10s. the acre. Paid £5
on account, the balance of £8 10s. to be paid by Lady Day next [25 March 1827].
Octr 9. Began cutting in Hanger Copse with Wm. Hayter & young Saml.
Novr 14. To Jno. Biddle of Stert Farm, 3 doz. sheep hurdles at 14s. the doz. ... £2 2 0
Mem. Father first took Hanger Copse in or about 1791 & it has been cut every seventh year
since.

1827
Jany 8 to 13. Hard frost & snow; no work.
Feby 19. To the Revd Mr Harcourt, 6 gate hurdles for the glebe at 4s. ... £1 4 0
Mar. 24. Paid Mr Gale the balance in full ... £8 10 0
Apl 2. Agreed with Mr Tapp of Lydeard to make him 10 doz. sheep hurdles against next year's
lambing, to be delivered about Michaelmas [29 September]. Recd of him in earnest ... 0 10 0

Editorial note: Wheddon's spelling and abbreviations are kept, and sums are given in pounds,
shillings and pence as he wrote them. Words in square brackets are editorial additions. A sheep
hurdle is a light woven panel of split hazel rods, used to pen sheep on the arable; a gate
hurdle is a heavier frame of cleft ash. Each hurdle took a skilled man about an hour to make.

Original in the Westcombe Record Office, ref. DD/WHD/3.
© Crowcombe Local History Group 2019""",
        (
            expect("1826-10-02", "underwood"),
            expect("../1827-03-25", "balance", planned=True),
            expect("1826-10-09", "cutting"),
            expect("1826-11-14", "biddle"),
            expect("1791~", "copse"),
            expect("1827-01-08/1827-01-13", "snow"),
            expect("1827-02-19", "harcourt"),
            expect("1827-03-24", "balance"),
            expect("1827-04-02", "tapp"),
            expect("1827-09-29~", "delivered", planned=True),
        ),
    ),
    Text(
        "skerrow-oystercatcher-survey",
        "oystercatcher survey",
        None,
        """SKERROW FIRTH WADER GROUP
Breeding Oystercatcher Survey 2025: Summary Report
Report SFWG/2025/03 · Compiled by A. Lindqvist · 30 September 2025

1. Methods
Three coordinated counts of the 42 km shoreline were made on 26 April, 17 May and 7 June 2025,
each within two hours of low water, by 31 volunteers. Nest searches on the shingle spit at Gull
Ness ran from 12 May to 20 June.

2. Results
The peak count was 318 pairs, on 17 May, down 22% on the 2019 figure. The first chicks were
seen at Gull Ness on or about 23 May, and the last brood there fledged around 14 July. A spring
tide on 14 June, driven by a south-westerly gale, flooded about 30 nests at Sandwick; most of
the pairs did not lay again.

3. Discussion
Productivity was 0.31 chicks per pair, well below the 0.5 thought necessary to keep the
population stable. Disturbance by dogs on the spit was recorded on 19 of 27 visits, and on
every weekend visit in June.

4. Next steps
The Gull Ness spit will be fenced against dogs by 31 March 2026, before the birds return to
their nesting areas. The next full survey is due in 2027. Results will be presented at the
group's annual meeting on 22 November.

Table 1. Pairs counted by sector
Sector     | 26 Apr | 17 May | 7 Jun
Gull Ness  |     61 |     74 |    70
Sandwick   |     88 |    102 |    95
Burra Voe  |    140 |    142 |   131
Total      |    289 |    318 |   296""",
        (
            expect("2025-04-26", "count"),
            expect("2025-05-17", "count"),
            expect("2025-06-07", "count"),
            expect("2025-05-12/2025-06-20", "nest"),
            expect("2025-05-23~", "chicks"),
            expect("2025-07-14~", "fledged"),
            expect("2025-06-14", "flooded"),
            expect("../2026-03-31", "fenced", planned=True),
            expect("2027", "survey", planned=True),
            expect("2025-11-22", "meeting", planned=True),
        ),
    ),
    Text(
        "wendlecombe-jigsaw-history",
        "jigsaw puzzle maker's history",
        None,
        """About us: the Wendlecombe story

It started with a fretsaw. In 1932, when the furniture shop where he worked closed its doors,
the cabinet-maker Arthur Penrose began cutting jigsaw puzzles from plywood offcuts at his
kitchen table in Wendlecombe. He sold his first puzzle, a view of Porthallow harbour, through a
lending library in the town, which hired puzzles out at twopence a week.

By 1936 Penrose employed eleven cutters in a former chapel on Tanyard Lane. From 1940 to 1945
the workshop made ammunition boxes, and the cutters' fretsaws were put away.

In 1958 the firm switched from plywood to thick card, which allowed far larger puzzles.
Arthur's daughter Joan ran the company from 1964 until 1991. She introduced the famous "whimsy"
pieces, shaped like birds, teapots and bicycles, in about 1970, and every Wendlecombe puzzle
has hidden at least one ever since.

The company was sold to the toy group Harlequin Leisure in 1998 and bought back by the Penrose
family in 2006, when Joan's grandson Tom became managing director.

Since 2015 all our puzzles have been made from recycled board and printed with vegetable inks,
and we still cut every one of them in Wendlecombe, just as Arthur did.

Our 95th anniversary edition, a 2,000-piece map of Wendlecombe as it was in 1932, will be
released in March 2027.

© 2025 Wendlecombe Puzzles Ltd · Registered in England No. 00274411
Free UK delivery on orders over £40""",
        (
            expect("1932", "cutting"),
            expect("../1936", "cutters"),
            expect("1940/1945", "ammunition"),
            expect("1958", "card"),
            expect("1964/1991", "joan"),
            expect("1970~", "whimsy"),
            expect("1998", "sold"),
            expect("2006", "bought"),
            expect("2006", "tom"),
            expect("2015/..", "recycled"),
            expect("2027-03", "edition", planned=True),
        ),
    ),
    Text(
        "mbelwa-mine-accident-statement",
        "mining minister's statement",
        date(2025, 9, 24),
        """MINISTERIAL STATEMENT
Accident at the Mbelwa No. 2 Shaft
Delivered to the National Assembly by the Hon. Ruth Kaswende, MP, Minister of Mines and
Minerals Development

Madam Speaker, I rise to inform the House of the accident at the Mbelwa copper mine in Kanjobe
District.

At 21:40 hours on Sunday, a fall of ground occurred at the 640-metre level of the Mbelwa No. 2
shaft, operated by Zantar Copper Limited. Eleven miners were trapped. Nine of them were brought
to the surface alive on Monday morning. The remaining two, Mr Joseph Phiri and Mr Amos Zulu,
were recovered on Tuesday, and I regret to inform the House that both had passed away.

Madam Speaker, I visited the mine on Monday and met the families. On behalf of the Government I
convey our deepest condolences.

All underground work at Mbelwa has been suspended since Sunday night, and it will not resume
until the Mines Safety Department is satisfied that the shaft is safe. The Department has
opened an investigation and will report to me no later than 24 October.

The House may wish to know that Mbelwa No. 2 was last inspected on 3 July this year, when
inspectors ordered additional roof bolting on the 640-metre level. The company has informed my
Ministry that the work was completed in August. The investigation will establish whether that
is so.

This is the second fatal accident at the mine since it opened in 2009. In 2017 an underground
fire killed four workers.

Madam Speaker, I will table amendments to the Mines Safety Act no later than 12 December, to
strengthen the powers of inspectors. A national day of mourning will be observed on Friday.

I thank the rescue teams from Zantar and from the neighbouring mines, who worked through the
night in very dangerous conditions.

I thank you, Madam Speaker.""",
        (
            expect("2025-09-21", "fall", "ground"),
            expect("2025-09-22", "surface"),
            expect("2025-09-22", "visited"),
            expect("2025-09-23", "recovered"),
            expect("2025-09-21/..", "suspended"),
            expect("../2025-10-24", "report", planned=True),
            expect("2025-07-03", "inspected"),
            expect("2025-08", "bolting", "completed"),
            expect("2009", "opened"),
            expect("2017", "fire"),
            expect("../2025-12-12", "amendments", planned=True),
            expect("2025-09-26", "mourning", planned=True),
        ),
    ),
    Text(
        "harkimo-sauna-news-page",
        "sauna HTML page",
        date(2025, 1, 15),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News - Harkimo Public Sauna</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header>
<h1>Harkimo Public Sauna</h1>
<nav><a href="/">Home</a> | <a href="/saunas">Our saunas</a> | <a href="/prices">Prices</a> |
<a href="/news" class="active">News</a></nav>
</header>
<main>
<article>
<h2>Smoke sauna closed for repairs</h2>
<p>Our wood-fired smoke sauna has been closed since Monday because of a cracked stove. A new
stove has been ordered and should arrive on Thursday, and we expect to reopen the smoke sauna
on Saturday 25 January. The two electric saunas and the lake stay open as usual.</p>
</article>
<article>
<h2>Ice swimming</h2>
<p>The swimming hole in the lake ice was opened on 2 January, once the ice had reached 15 cm.
Please use the handrail and never swim alone.</p>
</article>
<article>
<h2>Evenings</h2>
<p>Women's evening is every Tuesday from 17:00 to 21:00, and a full-moon sauna with live
kantele music is held once a month. Watch this page for dates.</p>
</article>
<article>
<h2>New prices</h2>
<p>New prices will come into force on 1 March 2025: single entry &euro;14, ten-visit card
&euro;120, towel hire &euro;4. Cards bought before then stay valid.</p>
</article>
<article>
<h2>About us</h2>
<p>Harkimo has been heating its saunas on the shore of Lake Lohjärvi since 1929. The original
building burned down in 1968 and was rebuilt the following year by the members of the sauna
society.</p>
</article>
</main>
<footer><p>Harkimo Public Sauna &middot; Rantatie 4, Harkimo &middot; tel. 019 555 0142
&middot; &copy; 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-01-13/..", "closed"),
            expect("2025-01-16", "stove", planned=True),
            expect("2025-01-25", "reopen", planned=True),
            expect("2025-01-02", "hole", "opened"),
            expect("2025-03-01", "prices", planned=True),
            expect("1929/..", "heating"),
            expect("1968", "burned"),
            expect("1969", "rebuilt"),
        ),
    ),
    Text(
        "morvane-pavement-licence",
        "pavement café licence decision",
        None,
        """ELSMERE BOROUGH COUNCIL
LICENSING SUB-COMMITTEE
NOTICE OF DECISION - PAVEMENT LICENCE

Application ref.: PL/2025/0163
Premises: Café Morvane, 18 Castle Parade, Elsmere EL2 4QT
Applicant: Morvane Coffee Ltd
Date of notice: 14 October 2025

1. The application, received on 4 August 2025, sought a pavement licence for six tables and 24
chairs on the footway outside the premises, between 08:00 and 22:00 daily.

2. Public consultation ran from 6 August to 20 August. Four representations were received:
three from residents of Castle Parade, concerned about noise in the evening, and one from
Elsmere Access Group, concerned about the width of footway left for wheelchair users. The
licence fee of £500 was paid on 12 August.

3. The applicant has traded from the premises since 2019. It held a temporary pavement licence
from 1 April 2021 to 30 September 2022, during which no complaints were recorded by the Council.

4. Decision. Having heard the applicant, two residents and the Access Group at the hearing on
9 October, the Sub-Committee granted the licence for four tables and 16 chairs only, subject
to the conditions below.

5. Duration. The licence will run from 1 November 2025 to 31 October 2027.

6. Conditions. (a) Tables and chairs must be taken in by 21:00 each evening. (b) A clear
footway of at least 1.8 metres must be kept at all times. (c) The licence holder must install
the planters and barriers shown on Plan B no later than 31 October 2025.

7. Reasons. The Sub-Committee gave weight to the applicant's record under the temporary
licence, but accepted that six tables would narrow the footway below the national guidance.

8. Right of appeal. There is no statutory right of appeal against this decision. The Council
may review or revoke the licence at any time.

Signed: Cllr P. Amadi, Chair of the Sub-Committee""",
        (
            expect("2025-08-04", "received"),
            expect("2025-08-06/2025-08-20", "consultation"),
            expect("2025-08-12", "fee"),
            expect("2019/..", "traded"),
            expect("2021-04-01/2022-09-30", "temporary"),
            expect("2025-10-09", "granted"),
            expect("2025-11-01/2027-10-31", "licence", planned=True),
            expect("../2025-10-31", "barriers", planned=True),
        ),
    ),
    Text(
        "vellmark-pyrography-history",
        "pyrography history",
        None,
        """Pyrography in Vellmark

Pyrography, or poker work, is the decoration of wood, leather or gourds with burn marks made by
a heated point. In Vellmark it was long a winter craft of farm households, who burned patterns
into spoons, boxes and bride chests with irons heated in the stove. The oldest surviving pieces,
painted and burned bride chests, are kept in the Tarrow Folk Museum.

Platinum-point pens
The modern craft began with the "Vellmark pen", a hollow platinum point kept hot by benzine
vapour pumped from a rubber bellows. It was patented by the Tarrow chemist Oskar Frenn in 1879
and sold in toy and stationery shops from the following year. Frenn, who probably died in 1902,
made little money from it: cheap copies from abroad soon dominated the trade.

The craft had a fashionable boom around 1900, when burned photograph frames, glove boxes and
panels after popular paintings were sold in great numbers. The Tarrow School of Poker Work
opened in 1903 and trained some 600 women before it closed in 1931.

Electric pens
Electric pyrography pens with a wire tip, first sold in Vellmark in about 1935, made the work
cleaner and cheaper, but by then the fashion had passed.

Revival
The Vellmark Pyrography Guild was founded on 6 March 1978 by twelve craftsmen at Tarrow and
holds an exhibition there every May. A gallery devoted to the craft is to open in the Tarrow
Folk Museum in 2026.

See also: Wood carving in Vellmark · Folk art of the Tase valley

References
Frenn, O. (1881). Anleitung zur Brandmalerei. Tarrow: Holm.
Lind, K. (1999). Burned Wood: Poker Work in Vellmark. Tarrow: Tarrow Folk Museum.""",
        (
            expect("1879", "patented"),
            expect("1880", "sold"),
            expect("1902?", "frenn", "died"),
            expect("1900~", "boom"),
            expect("1903", "opened"),
            expect("1931", "closed"),
            expect("1935~", "electric"),
            expect("1978-03-06", "guild"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "staldric-canasta-fixtures",
        "canasta club fixtures card",
        None,
        """ST ALDRIC CANASTA CLUB
(founded 1958)

FIXTURES CARD · AUTUMN 2025 - SPRING 2026

Club play every Tuesday afternoon at the Aldric Rooms, 2 Mill Lane, except where shown below.
Play starts at 2 p.m. sharp; please be seated by 1.50. Table money: members £2, visitors £3.

OCTOBER 2025
Tue 7 .............. Opening afternoon and partnership draw
Sat 25 ............. AWAY at Hensley Bridge C.C. (coach leaves the Rooms 12.30)

NOVEMBER 2025
Tue 18 ............. Annual General Meeting, 1.30 p.m., followed by play

DECEMBER 2025
Tue 9 .............. Christmas lunch and Pairs Cup final

JANUARY 2026
Tue 20 and Tue 27 .. Mixed Pairs Knock-out (two sessions)

MARCH 2026
Tue 10 ............. League final round and presentation of trophies

NOTES
Partners for the League are drawn on the opening afternoon. Scores are to be handed to the
League Secretary on the day; late cards will not count. Subscriptions (£25) fall due each
January. Visitors are always welcome but may play no more than six times a season.
Mobile telephones to be switched off at the tables, please.

Secretary: Mrs D. Oakes, 01632 960 551
Printed by Mill Lane Press""",
        (
            expect("1958", "founded"),
            expect("2025-10-07", "opening", planned=True),
            expect("2025-10-25", "hensley", planned=True),
            expect("2025-11-18", "general", "meeting", planned=True),
            expect("2025-12-09", "christmas", planned=True),
            expect("2026-01-20", "knock-out", planned=True),
            expect("2026-01-27", "knock-out", planned=True),
            expect("2026-03-10", "trophies", planned=True),
        ),
    ),
)
