"""The two-hundred-and-sixty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a burial ground closure
notice, a synchronised swimming report, a gravel quarry operator's release, a harbourmaster's
journal of the 1860s, a harvest mouse survey report, an accordion maker's history, a heritage
minister's statement, an aquarium's HTML page, a boundary commission decision, a marquetry
workshop's history and a five-a-side football fixture card. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons
and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYTHIRD_CORPUS",)


TWOHUNDREDSIXTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvosk-rail-bridge-reopens",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TARVOSK, March 12 (Ostlin News) - Freight trains crossed the Velmar river rail bridge at
Tarvosk again on Tuesday, after engineers shored up a pier that floodwater had undermined,
state rail operator Korvan Rail said.

Heavy rain began falling in the upper Velmar valley on or about Feb. 27, according to the
national weather service, and the river at Tarvosk rose to 7.4 metres on March 2, its highest
level since 1987. Inspectors closed the bridge two days later, after divers found that the
current had scoured away the gravel around the base of the third pier.

The closure cut the main freight link between the port of Ossel and the interior, and some
60 trains a day were rerouted over a single-track line through the hills.

Passenger services will resume on Monday with a speed limit of 40 km/h on the bridge, Korvan
said. Permanent repairs to the pier are expected to be completed by the end of June.

"We were lucky the pier held at all," Korvan's chief engineer Dana Vukovar told reporters at
the site. "Another metre of water and we would be talking about a new bridge."

The steel truss bridge was last rebuilt in 1964. Korvan Rail has operated the line since
1993. A second track, on a new bridge alongside the old one, is to open in 2026 under a plan
that parliament approved last year.

Rail freight volumes through Ossel usually peak in March, when the grain harvest from the
south is shipped.

(Reporting by Ivo Marek; Editing by Ruth Calloway)""",
        (
            expect("2025-03-11", "freight", "bridge"),
            expect("2025-02-27~", "rain"),
            expect("2025-03-02", "river", "rose"),
            expect("2025-03-04", "closed", "bridge"),
            expect("2025-03-17", "passenger", planned=True),
            expect("../2025-06", "repairs", planned=True),
            expect("1964", "rebuilt"),
            expect("1993/..", "korvan", "line"),
            expect("2026", "track", planned=True),
            expect("2024", "plan", "approved"),
        ),
    ),
    Text(
        "brenholt-aarnby-plant-opening",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brenholt Biosystems opens water-testing plant in Aarnby

AARNBY, Denmark, 4 June 2024 - Brenholt Biosystems, a maker of rapid test kits for drinking
water, today opened its new production plant in the Aarnby Science Park, some 14 months after
construction began in March 2023.

The 6,800-square-metre plant will make up to two million kits a year once it reaches full
capacity, which the company expects by March 2025 at the latest. First shipments to customers
in the Nordic countries are scheduled for 1 July, and a second production line is planned to
start in 2026.

"This plant doubles what we can make and brings our laboratory and our factory under one
roof," said chief executive Sanna Vehko. "Municipal water utilities have waited too long for
tests that give an answer in the field rather than in three days."

Brenholt was founded in 2009 as a spin-out of Aarnby University. It acquired Lindqvist Labs,
a Swedish sensor maker, in 2015 and moved its headquarters to Aarnby the following year. The
company holds an open day for local schools every September.

Brenholt will present the plant to investors and analysts in a conference call on Thursday,
6 June, at 10:00 CET. Dial-in details are available on the company's investor pages.

About Brenholt Biosystems
Brenholt Biosystems develops and manufactures rapid microbiological tests for drinking water,
bathing water and food production. The company employs 240 people in Denmark and Sweden and
sells its products in 31 countries.

Media contact: Jonas Aalto, +45 70 11 42 90, press@brenholt.example

Ref: BB-PR-2024-031
(c) 2024 Brenholt Biosystems A/S. All rights reserved.""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2023-03", "construction"),
            expect("../2025-03", "capacity", planned=True),
            expect("2024-07-01", "shipments", planned=True),
            expect("2026", "line", planned=True),
            expect("2009", "founded"),
            expect("2015", "acquired", "lindqvist"),
            expect("2016", "headquarters"),
            expect("2024-06-06", "call", planned=True),
        ),
    ),
    Text(
        "pemberly-delacourt-variance-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF VESTARA
SECOND DISTRICT

ORRIN DELACOURT, Appellant,
v.
ZONING BOARD OF PEMBERLY TOWNSHIP, Appellee.

No. 2022-CA-0417
Filed November 18, 2022

Appeal from the Circuit Court of Harlan County, Hon. Ruth Ebsen, Judge.

OPINION

MARLOWE, J.

Appellant Orrin Delacourt challenges the summary judgment entered against him in his action
to overturn the denial of a use variance. We reverse and remand.

I. BACKGROUND

Delacourt bought the eleven-acre parcel at 40 Mill Run Road in 2017. The parcel lies in an
agricultural district under the township zoning ordinance, which has been in force since 1998
and which permits workshops only as accessory uses. In the spring of 2020 Delacourt applied
for a variance to run a furniture workshop in an existing barn. Members of the Board inspected
the barn on July 22, 2020, and the Board denied the application on September 14, 2020, finding
that the workshop would "alter the rural character of the district."

Delacourt filed his complaint in the circuit court on or about January 5, 2021; the copy in
the record bears no clerk's stamp. The court granted the Board's motion for summary judgment on
March 3, 2022, and Delacourt filed his notice of appeal twelve days later. We heard oral
argument on October 4, 2022.

II. DISCUSSION

A board that denies a variance must state the facts on which it relies and explain why the
hardship shown does not meet the standard. See Kessler v. Lyle Twp., 212 Vest. App. 3d 88, 94
(2009). The Board's written decision recites the ordinance but does not mention the evidence
that the barn cannot be farmed or the testimony of two neighbors who supported the
application. Without findings on those points there is nothing for a reviewing court to
weigh, and summary judgment should not have been granted.

III. CONCLUSION

The judgment is reversed, and the case is remanded to the circuit court with instructions to
return the application to the Board, which shall hold a new hearing no later than January 31,
2023.

Reversed and remanded.

ADAIR and FENN, JJ., concur.""",
        (
            expect("2017", "bought", "parcel"),
            expect("1998/..", "ordinance"),
            expect("2020-07-22", "inspect"),
            expect("2020-09-14", "denied"),
            expect("2021-01-05~", "complaint"),
            expect("2022-03-03", "summary", "judgment"),
            expect("2022-03-15", "notice", "appeal"),
            expect("2022-10-04", "argument"),
            expect("../2023-01-31", "hearing", planned=True),
        ),
    ),
    Text(
        "meldrun-canal-history",
        "encyclopedia history",
        None,
        """Meldrun Canal

The Meldrun Canal is a 38-kilometre canal in the county of Ashfold, running from the river
Meld at Hollin Bridge to the former coal port of Sarrow. It has 23 locks, eleven of them in
the flight at Crane Hill, and a 640-metre tunnel at Withy Cross.

History

A first survey of the route was possibly made in 1788 by the engineer Thomas Ketley, though
his notes do not survive. The canal was authorised by an act of parliament in 1791, and
construction began c. 1793 under Ketley's pupil John Brail. The canal opened in three stages,
in 1798, 1801 and 1804, the last of them including the Crane Hill flight and the tunnel.

Coal from the Ashfold pits made up most of the traffic, which reached some 400,000 tonnes a
year by the 1840s. Competition from the Sarrow Railway cut tolls sharply, and the railway
company purchased the canal in 1859. Traffic dwindled over the following decades, and the
canal was closed to commercial traffic in 1938. Much of the summit level was drained after
the Second World War, and the tunnel portals were bricked up.

Restoration

The Meldrun Canal Trust, formed by local volunteers, has led restoration since 1971. Its work
has been funded largely by lottery grants and by the county council, which now owns the
towpath as a public footpath. Rebuilding the Crane Hill flight is the largest remaining task.
The reopening of the full length to boats is projected for 2027.

See also
- Canals of Ashfold
- Sarrow Railway

References
1. Hadley, P. (1984). The Meldrun Canal. Sarrow: Ashfold History Society.""",
        (
            expect("1788?", "survey"),
            expect("1791", "authoris"),
            expect("1793~", "construction"),
            expect("1798", "canal", "open"),
            expect("1801", "canal", "open"),
            expect("1804", "canal", "open"),
            expect("1859", "purchas"),
            expect("1938", "closed"),
            expect("1971/..", "restoration"),
            expect("2027", "reopening", planned=True),
        ),
    ),
    Text(
        "cardell-harriers-win-at-oxmere",
        "sports report",
        date(2024, 11, 24),
        """RUGBY UNION - CHAMPIONSHIP

Oxmere 19 Cardell Harriers 27

Harriers hold off late charge to stay top

By Niall Fenwick at the Mere Ground

Cardell Harriers won at Oxmere for the first time since 2009 on Saturday, surviving a
frantic last ten minutes to keep a four-point lead at the top of the Championship.

Fly-half Tomas Reyne, who returned from a knee injury on November 9, kicked 12 points and
set up both of the visitors' tries with cross-field kicks, the first for wing Eli Marsh
after six minutes and the second for centre Joel Adeyemi just before half-time.

Oxmere, who lost a cup tie at Brayford on Wednesday, looked leg-weary until the hour mark.
Their pack then drove over twice in eight minutes, but prop Jon Akers was sent off in the
61st minute for a shoulder to the head, and Harriers closed the game out with a Reyne
penalty from halfway.

The crowd of about 6,200 was the largest at the Mere Ground since 2015.

Harriers, promoted in 2022, have won nine of their ten league games under head coach Pia
Lund, who was appointed in May 2023. Reyne, signed from Larkfield in July 2021, has now
scored 104 points this season.

"We didn't play well for long spells, but we found a way," Lund said.

Harriers host Drayfield next Saturday, and their cup quarter-final is scheduled for December
14. Akers will face a disciplinary hearing on Tuesday.

Oxmere: Pell; Grant, Idris, Hale, Vos; Murray, Keane; Akers, Doyle, Brandt...
Harriers: Okafor; Marsh, Adeyemi, Lyle, Penn; Reyne, Toft; Ward, Kemp, Silva...
Referee: C. Fairley""",
        (
            expect("2024-11-23", "harriers", "won"),
            expect("2024-11-09", "reyne", "return"),
            expect("2024-11-20", "lost", "cup"),
            expect("2022", "promoted"),
            expect("2023-05", "lund", "appointed"),
            expect("2021-07", "signed"),
            expect("2024-11-30", "drayfield", planned=True),
            expect("2024-12-14", "quarter-final", planned=True),
            expect("2024-11-26", "hearing", planned=True),
        ),
    ),
    Text(
        "pellworth-biscuits-history",
        "company history",
        None,
        """Pellworth Biscuits - Our Story

A shop on Quay Street

Pellworth Biscuits was founded in 1872 by Agnes Pellworth, a baker's widow who sold ginger
biscuits from her shop on Quay Street in Dunmarsh to the crews of the herring boats. Her son
Walter built a steam bakery behind the harbour in 1889 and began exporting to the Netherlands
the following year, shipping the biscuits in tins that still carry his mother's signature.

Growth and setbacks

The family business was incorporated as Pellworth & Son Limited c. 1903, when Walter's
nephews joined the board. On the night of 12 April 1921 a fire destroyed the ovens and the
packing hall; the bakery was rebuilt on the same site, and no worker was dismissed.

The bakery launched the Oat Crown biscuit in 1934 and the Harbour Wafer in 1937. Both are
still made to the original recipes, and the Oat Crown remains our best-selling line. In the
years after the war the company sold more biscuits abroad than at home.

Part of a larger family

Pellworth has been owned by Danvers Foods since 1998, but the bakery is still run from
Dunmarsh and still uses flour milled within forty miles of the town. Every December the
bakery opens its doors to the town for a Christmas tasting.

Looking ahead

A new low-energy bakery on the Dunmarsh Business Park is due to open in 2026, and the old
harbour bakery will become a visitor centre telling the story of the town and its biscuits.

(c) Pellworth Biscuits Ltd. Registered in England No. 00078215.""",
        (
            expect("1872", "founded"),
            expect("1889", "steam", "bakery"),
            expect("1890", "export"),
            expect("1903~", "incorporated"),
            expect("1921-04-12", "fire"),
            expect("1934", "oat", "crown"),
            expect("1937", "harbour", "wafer"),
            expect("1998/..", "danvers"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "meridian-corvid2-mission-summary",
        "mission summary",
        None,
        """CORVID-2 LUNAR ORBITER - MISSION SUMMARY
Meridian Space Agency | Document MSA-CV2-SUM-07 | Last updated: 2 February 2024

Mission type: lunar orbiter with a small technology lander (Kite)
Launch mass: 1,140 kg
Operator: MSA Deep Space Operations Centre, Vellin

Objectives
Corvid-2 maps the lunar south polar region at 1-metre resolution and measures hydrogen in the
upper regolith. The Kite lander was carried to test a low-cost landing system.

Timeline
Corvid-2 was launched on 14 September 2021 aboard a Talon-4 rocket from the Essery Range. It
entered lunar orbit on 3 October 2021 and released the Kite lander on 19 October. Kite
touched down on the rim of Amundsen crater two days later and returned 212 images before
contact with it was lost on or about 4 November, when its battery is thought to have failed
during the lunar night.

In March 2022 the orbiter's altitude was lowered from 100 km to 60 km for high-resolution
imaging. One of its four reaction wheels may have failed in August 2022; telemetry from that
month is incomplete and the cause of the loss of torque remains uncertain. The mission was
extended in January 2023, with the orbiter using its three remaining wheels.

Status
The orbiter is healthy. It makes an imaging pass of the polar region every 28 days.

Upcoming
The third release of mapping data to the public archive is scheduled for 15 April 2024. The
orbiter is to be deorbited onto the far side no later than December 2025, before its
propellant runs out.

Contact: corvid2-team@msa.example""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-03", "orbit"),
            expect("2021-10-19", "kite", "released"),
            expect("2021-10-21", "kite", "touched"),
            expect("2021-11-04~", "contact", "lost"),
            expect("2022-03", "altitude", "lowered"),
            expect("2022-08?", "wheel"),
            expect("2023-01", "extended"),
            expect("2024-04-15", "release", planned=True),
            expect("../2025-12", "deorbit", planned=True),
        ),
    ),
    Text(
        "senn-water-ministry-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND COASTS
Press statement | 28 August 2023 | Ref. MWC/ST/23/112

Drought in the eastern region: further measures

The Government's drought committee, chaired by the Minister for Water and Coasts, Halvard
Senn, met on Friday 25 August and agreed the following measures.

A hosepipe ban has been in force across the eastern region since 1 August. Storage in the
region's reservoirs fell below 40 per cent on 19 August, the lowest level for the time of year
since 1976. The ban will therefore stay in place, and the restrictions will be reviewed on 11
September.

A compensation scheme for farmers who cannot irrigate opened on 21 August. Applications may be
made online or at any regional agriculture office.

The mobile desalination unit at Port Ellery will be commissioned by 30 September at the
latest. It will supply up to 8 million litres a day to the coastal towns.

The last drought order in the region was issued in 2018. The Regional Water Authority,
established in 1974, is preparing a further order should rainfall in September be below
average.

In the longer term, the new reservoir at Kelsham is expected to be complete in 2028 and will
add 30 per cent to the region's storage.

"Every litre saved today is a litre we will have in October," the Minister said. "I thank
households and farmers for the efforts they are already making."

Residents can report leaks on the Authority's free number, 0800 440 221.

ENDS

Notes to editors: the Ministry publishes reservoir levels every Thursday.""",
        (
            expect("2023-08-01/..", "hosepipe", "ban"),
            expect("2023-08-19", "storage", "fell"),
            expect("2023-08-25", "committee", "met"),
            expect("2023-09-11", "review", planned=True),
            expect("2023-08-21", "compensation"),
            expect("../2023-09-30", "desalination", planned=True),
            expect("2018", "drought", "order"),
            expect("1974", "authority", "established"),
            expect("2028", "reservoir", planned=True),
        ),
    ),
    Text(
        "corran-eastgate-library-reopens-html",
        "HTML news page",
        date(2025, 5, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastgate Library reopens after two-year renovation | Corran Evening Post</title>
</head>
<body>
<header><a href="/">Corran Evening Post</a> <nav>
<a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a></nav>
</header>
<article>
<h1>Eastgate Library reopens after two-year renovation</h1>
<p class="byline">By Maud Ferris &middot; Thursday</p>
<figure><img src="/img/eastgate-library.jpg" alt="Eastgate Library reading room">
<figcaption>The restored reading room. Photo: Corran Evening Post</figcaption></figure>
<p>Eastgate Library in Corran reopened its doors on Tuesday, more than two years after it
closed for a renovation that has restored its domed reading room and added a lift.</p>
<p>The library closed in February 2023. The city council approved the &pound;4.2 million
scheme in 2021, after a survey found water coming through the dome.</p>
<p>The building was built in 1936 with money left by the shipowner Arthur Vane, and a
children's wing was added in 1978. It has been run by the Corran Cultural Trust since 2012.</p>
<p>"People have been knocking on the door asking when we would open," said branch manager
Leila Osei.</p>
<p>The mayor will attend a ceremony at the library on Friday, and the novelist Cath Rowe
will read from her new book there on Saturday. A caf&eacute; in the former boiler room is
expected to open on 2 June.</p>
<p>The library is open from 9am to 7pm on weekdays and 10am to 4pm on Saturdays.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bus-lanes">Bus lane fines double</a></li></ul>
</aside>
<footer><p>&copy; 2025 Corran Evening Post. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-06", "library", "reopened"),
            expect("2023-02", "closed"),
            expect("2021", "approved"),
            expect("1936", "built"),
            expect("1978", "wing"),
            expect("2012/..", "trust"),
            expect("2025-05-09", "ceremony", planned=True),
            expect("2025-05-10", "rowe", planned=True),
            expect("2025-06-02", "caf", planned=True),
        ),
    ),
    Text(
        "wrennford-st-ebba-burial-ground-closure",
        "burial ground closure notice",
        None,
        """PARISH OF ST EBBA, WRENNFORD
IN THE DIOCESE OF CASTLEMERE

PUBLIC NOTICE
CLOSURE OF THE BURIAL GROUND ADJOINING THE CHURCH OF ST EBBA

Ref: WF/BG/2025/07

NOTICE IS HEREBY GIVEN that by an Order in Council made on 14 January 2025 the burial ground
adjoining the parish church of St Ebba, Wrennford, is to be closed for further burials.

1. Burials in existing family graves in which space has been reserved may continue until the
ground closes. From 1 April 2025 the ground will be closed to all interments, save the burial of
cremated remains in existing graves.

2. The burial ground was consecrated in 1847 and extended to the north in 1902. The last
plot for a new grave was sold about 1968, and the last burial in a new grave took place on 9
November 2011.

3. Responsibility for the maintenance of the closed burial ground will pass to Wrennford
District Council from 1 May 2025, in accordance with the Local Government Act.

4. A public meeting to explain the arrangements will be held in the church hall on
Wednesday 19 March 2025 at 7.00 pm.

5. Any person holding a grant of exclusive right of burial who wishes to make representations
must lodge them in writing with the Parish Office no later than 28 March 2025.

The churchyard will continue to be open to visitors during daylight hours, and the annual
mowing will take place in June as usual.

Dated this 3rd day of March 2025

Revd. Canon Philippa Hurst, Vicar
Martin Oakes, Churchwarden

Parish Office, Church Lane, Wrennford WF3 2EB""",
        (
            expect("2025-01-14", "order"),
            expect("2025-04-01", "closed", planned=True),
            expect("1847", "consecrated"),
            expect("1902", "extended"),
            expect("1968~", "plot", "sold"),
            expect("2011-11-09", "last", "burial"),
            expect("2025-05-01", "council", planned=True),
            expect("2025-03-19", "meeting", planned=True),
            expect("../2025-03-28", "representations", planned=True),
        ),
    ),
    Text(
        "lanvoe-sync-swim-nationals",
        "synchronised swimming report",
        date(2024, 7, 14),
        """ARTISTIC SWIMMING | NATIONAL CHAMPIONSHIPS, HALLAM AQUATIC CENTRE

Lanvoe Swans take team gold with near-perfect free routine

Lanvoe Swans won the team free routine on Saturday with 241.3 points, their first national
team title for five years, finishing nine points clear of defending champions Kettering Pier.

The eight swimmers, led by captain Orla Baines, opened with a 12-second underwater sequence
and finished with a double lift that drew a standing ovation from the 1,400 spectators. Their
execution score of 84.6 was the highest of the week.

Baines and Freya Holm had already taken silver in the duet technical final on Friday, behind
the Pier pair of Jess Amadi and Lily Crane.

The championships, which opened on July 10, have been held at Hallam every summer since the
pool was rebuilt. The solo final, postponed after a lighting failure, will now be swum on
Monday.

Lanvoe won the national team title in 2014, 2016 and 2019, and head coach Ilse Marven
described Saturday's routine as "the cleanest we have ever swum."

Results: team free routine
1. Lanvoe Swans 241.3
2. Kettering Pier 232.1
3. Northgate Aqua 224.8

What's next: the squad will travel to the European Cup in Sete on July 26. The national
federation will name its Olympic duet by August 5 at the latest.""",
        (
            expect("2024-07-13", "lanvoe", "won"),
            expect("2024-07-12", "duet", "silver"),
            expect("2024-07-10", "championships", "opened"),
            expect("2024-07-15", "solo", planned=True),
            expect("2014", "title"),
            expect("2016", "title"),
            expect("2019", "title"),
            expect("2024-07-26", "european", planned=True),
            expect("../2024-08-05", "duet", planned=True),
        ),
    ),
    Text(
        "hollin-aggregates-carr-lane-extension",
        "gravel quarry operator's release",
        None,
        """HOLLIN AGGREGATES LTD
NEWS RELEASE
21 October 2024

Consent granted for Carr Lane quarry extension

Hollin Aggregates has been granted planning consent to extend its sand and gravel quarry at
Carr Lane, near Westerby, by 28 hectares. The county council's planning committee approved
the application on 9 October, some two and a half years after it was submitted in around May
2022.

The extension will secure about 4.5 million tonnes of sand and gravel, enough to keep the
quarry working at its current output of around 300,000 tonnes a year. Extraction is to end by
2041 at the latest, after which the land will be restored to farmland and wet woodland.
Work on the new east pit will begin in the spring.

The Carr Lane quarry opened in 1957 and was acquired by Hollin in 2004. The site has held an
environmental permit since 2011. Restoration of the worked-out west pit as a wetland nature
reserve was completed in 2019, and the reserve now hosts breeding lapwing and redshank.

Before extraction starts, Hollin will fund improvements to the Carr Lane junction with the
A614. The road works are scheduled to start on 6 January and will last about six weeks.

Residents are invited to a public liaison meeting at Westerby Village Hall on Thursday 7
November at 7pm.

"We have listened to the village throughout this process," said operations director Gareth
Pryce.

Notes to editors
Hollin Aggregates operates eight quarries and two asphalt plants in the East Midlands.
Media enquiries: 01636 402 118 / media@hollinagg.example
Release ref. HA/NR/24/19""",
        (
            expect("2024-10-09", "committee", "approved"),
            expect("2022-05~", "submitted"),
            expect("../2041", "extraction", planned=True),
            expect("1957", "quarry", "opened"),
            expect("2004", "acquired"),
            expect("2011/..", "permit"),
            expect("2019", "restoration"),
            expect("2025-01-06", "road", planned=True),
            expect("2024-11-07", "meeting", planned=True),
        ),
    ),
    Text(
        "porthcalloway-harbourmaster-journal-1867",
        "harbourmaster's journal of the 1860s",
        None,
        """PORT CALLOWAY HARBOUR
Journal kept by the Harbour Master, Jas. Treloar
1867                                                   Folio 23

Mon. 4th March. Wind S.W., fresh. Brig Anna Lowther, Capt. Deane, arrived from Memel with
timber for Messrs. Crake; moored at the east quay. Pier-head light still dark, the lamp having
been put out by the sea on Saturday the 2nd and the glass broke.

Tues. 5th. Wind N.E., a whole gale by noon. Schooner Providence of Whitby dragged both anchors
in the outer roads and brought up within a cable of the Skerry ledge. Sent the pilot gig; no
lives lost. Sea very heavy over the pier, as in the gale of Jan. 1865 that carried away the
old crane.

Thurs. 7th. Moderate. Pier-head light relit at dusk with new glass from Mr. Hobb. Paid him
14s. 6d.

Mon. 11th. Dredger commenced on the inner basin, the mud to go out on the ebb beyond the bar.
Six men engaged at 2s. 8d. a day.

Thurs. 14th. Fine. Providence sailed for Leith about 2 p.m., her windlass repaired by
Pascoe. Dues received as per the schedule.

Sat. 16th. Commissioners to meet on Wednesday the 20th to consider Mr. Lane's plan for a new
slip at the west end. Mr. Gorse, the agent, expects the Dublin steamer about the 18th and asks
that the berth at the east quay be kept clear. Wrote to the Trinity Board respecting the bell
buoy for the Skerry; they promise it in April next.

Mem. The tide gauge to be read at every high water, as is the custom.""",
        (
            expect("1867-03-04", "arrived"),
            expect("1867-03-02", "lamp"),
            expect("1867-03-05", "dragged"),
            expect("1865-01", "crane"),
            expect("1867-03-07", "relit"),
            expect("1867-03-11", "dredger"),
            expect("1867-03-14", "sailed"),
            expect("1867-03-20", "commissioners", planned=True),
            expect("1867-03-18~", "steamer", planned=True),
            expect("1867-04", "buoy", planned=True),
        ),
    ),
    Text(
        "tallowfen-harvest-mouse-survey",
        "harvest mouse survey report",
        None,
        """TALLOW FEN NATURE RESERVE
Harvest Mouse (Micromys minutus) Nest Survey 2023

Report ref. TF/HM/23-04 | Version 1.2 | 30 January 2024
Prepared by the Fenland Mammal Group for the Tallow Fen Trust

1. Summary
Fieldwork was carried out from 2 to 27 October 2023 along the 14 transects set out for the
previous survey in 2017. A total of 63 breeding nests were found, against 41 in 2017, and
nests were recorded in all four compartments for the first time.

2. Site and methods
Each transect is 100 m long and was searched to 1 m on either side by two surveyors. The
reedbed in compartment C was cut on about 12 September 2023, and its transects were searched
along the uncut margins only. The eastern compartment has been grazed by Konik ponies since
2019. Heavy flooding on 4 and 5 November 2023 submerged the lower transects after the
fieldwork had ended.

3. Results
Table 1. Breeding nests by compartment
Compartment   Transects   Nests
A (west)          4          19
B (north)         3          14
C (reedbed)       4          11
D (east)          3          19

A single nest was possibly recorded in compartment D in 2020 by a volunteer, but the record
was never verified. Nests are usually most numerous in the tussock sedge of compartment A.

4. Recommendations
The Trust is to revise the reserve management plan by 31 March 2024 so that at least a third
of the reedbed is left uncut each year. The next full survey is due in October 2026.

Appendix A: transect grid references (not reproduced here)""",
        (
            expect("2023-10-02/2023-10-27", "fieldwork"),
            expect("2017", "survey"),
            expect("2023-09-12~", "cut"),
            expect("2019/..", "graz"),
            expect("2023-11-04", "flooding"),
            expect("2023-11-05", "flooding"),
            expect("2020?", "nest"),
            expect("../2024-03-31", "management", "plan", planned=True),
            expect("2026-10", "survey", planned=True),
        ),
    ),
    Text(
        "castelvenne-ostrada-accordions-history",
        "accordion maker's history",
        None,
        """Ostrada Accordions, Castelvenne - A History in Reeds and Bellows

Beginnings

The workshop was founded in 1888 by Emilio Ostrada, a cabinet maker who had learned to tune
reeds from a travelling pedlar. His first instruments were small diatonic accordions for the
dance bands of the Marche hill towns, sold at fairs from the back of a cart.

The piano accordion

Ostrada's sons built the firm's first piano accordion c. 1910, copying the keyboard of a
harmonium in the parish church. Demand from emigrants grew so quickly that the workshop moved
to larger premises on Via dei Mantici in 1922, and a branch opened in Buenos Aires two years
later to serve the Italian community there.

War and recovery

The factory was requisitioned in 1943 to make parts for field telephones, and most of the
reed stock was lost. Production resumed in 1946 with nineteen workers, and export to the
United States began in 1951, when a New York music shop ordered three hundred instruments
for its teaching studios.

A new generation

The company was bought by the Ferrini family, long-time suppliers of its reeds, in 1989.
Every instrument is still tuned by ear in Castelvenne, and each one takes between 180 and 300
hours to build. Today the workshop makes fewer instruments than at any time since the 1920s,
but it sells them to players on five continents.

A museum of the firm's instruments and tools is to open in the old Via dei Mantici building
in 2026.

Ostrada Fisarmoniche S.r.l. - Via dei Mantici 14, Castelvenne (MC) - P.IVA 01184420438""",
        (
            expect("1888", "founded"),
            expect("1910~", "piano", "accordion"),
            expect("1922", "moved"),
            expect("1924", "buenos", "aires"),
            expect("1943", "requisitioned"),
            expect("1946", "production", "resumed"),
            expect("1951", "export"),
            expect("1989", "ferrini"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "brenvik-customs-house-heritage-statement",
        "heritage minister's statement",
        None,
        """DEPARTMENT OF CULTURE AND HERITAGE

Statement by the Minister for Heritage, Dr Aune Kessvik
Brenvik Old Customs House
15 May 2024

I am pleased to confirm that the Old Customs House on the harbour front at Brenvik was added
to the national heritage register on 2 May, following a public consultation that closed on
30 April and drew more than 1,100 responses.

The Customs House was built c. 1740 for the collection of duties on the timber and tar trade
and is one of the few buildings of its age to survive on the western coast. It was gutted by
fire in 1893 and rebuilt behind its original stone facade. Brenvik was made a conservation
area in 1981, and the Customs House is the most prominent building within it.

The building has stood empty since 2009, and its roof is now in poor condition. The
Government will therefore provide grant funding of 14 million kroner from 1 July, matched by
the municipality, for urgent repairs. Work on the roof is to begin in the autumn, and the
full restoration is expected to be complete by the end of 2026, when the ground floor will
open as a maritime heritage centre.

I will visit the site on Monday 20 May to meet the municipality and the Brenvik Harbour
Society, whose volunteers have kept watch over the building for many years.

The register now holds 6,412 buildings. It is updated each quarter.

Dr Aune Kessvik
Minister for Heritage

Press office: +47 22 24 90 00""",
        (
            expect("2024-05-02", "register"),
            expect("2024-04-30", "consultation"),
            expect("1740~", "built"),
            expect("1893", "fire"),
            expect("1981", "conservation"),
            expect("2009/..", "empty"),
            expect("2024-07-01", "funding", planned=True),
            expect("../2026", "restoration", planned=True),
            expect("2024-05-20", "visit", planned=True),
        ),
    ),
    Text(
        "skarholm-aquarium-news-html",
        "aquarium's HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News | Skarholm Sea Aquarium</title>
</head>
<body>
<header><img src="/logo.svg" alt="Skarholm Sea Aquarium"><nav>
<a href="/visit">Plan your visit</a> <a href="/tickets">Tickets</a> <a href="/news">News</a></nav>
</header>
<main>
<h1>Aquarium news</h1>
<p class="posted">Posted 10 February 2025</p>
<h2>Jellyfish gallery opens this month</h2>
<p>Our new jellyfish gallery, with eleven species in cylinder tanks lit from below, opens on
Saturday 22 February. Members can book an early preview.</p>
<h2>Seahorse fry</h2>
<p>Our lined seahorses produced more than 200 fry on 28 January. About forty are now on show in
the nursery tank by the caf&eacute;.</p>
<h2>Touch pool back open</h2>
<p>The ray touch pool, which closed in November 2024 for repairs to its filter, reopened on
Tuesday 4 February.</p>
<h2>Maren the turtle</h2>
<p>Maren, the loggerhead turtle who arrived in 2009 after being found stranded with a broken
flipper, is expected to be released back to the sea in June.</p>
<h2>Ocean tank works</h2>
<p>The underwater tunnel will be closed from 3 to 14 March while divers clean the acrylic
panels. All other galleries stay open.</p>
<h2>Membership</h2>
<p>Annual membership prices will rise by 5 per cent from 1 April. Members who renew before
then keep the current price.</p>
<h2>About us</h2>
<p>Skarholm Sea Aquarium opened in 1999 on the site of the old fish market. Feeding talks take
place every day at 11:00 and 14:30.</p>
</main>
<footer><p>Skarholm Sea Aquarium, Harbour Road, Skarholm.</p>
<p>&copy; 2025 Skarholm Sea Aquarium Trust. Charity no. 1104387</p></footer>
</body>
</html>""",
        (
            expect("2025-02-22", "jellyfish", planned=True),
            expect("2025-01-28", "fry"),
            expect("2024-11", "closed"),
            expect("2025-02-04", "reopened"),
            expect("2009", "arrived"),
            expect("2025-06", "released", planned=True),
            expect("2025-03-03/2025-03-14", "tunnel", planned=True),
            expect("2025-04-01", "membership", planned=True),
            expect("1999", "aquarium", "opened"),
        ),
    ),
    Text(
        "eastmere-ward-boundaries-decision",
        "boundary commission decision",
        None,
        """LOCAL BOUNDARY COMMISSION
Electoral review of Eastmere District Council

FINAL RECOMMENDATIONS
Decision No. 2023/14 | 6 December 2023

1. The Commission began its review of the electoral arrangements of Eastmere District on 4
October 2022. Members of the Commission visited the district on 9 and 10 November 2022 to
see the proposed ward boundaries on the ground.

2. Our draft recommendations were published on 13 June 2023. Consultation on them ran from 13
June to 21 August 2023, and we received 214 submissions.

3. The last review of Eastmere was completed in 2004. Since then the electorate has grown
unevenly, and six of the present 21 wards now vary by more than 10 per cent from the average.
The electorate is forecast to grow by a further 9 per cent by 2029.

4. We recommend a council of 39 members, to be elected from 14 wards: 11 three-member wards
and 3 two-member wards.

5. Holm parish has formed part of Marsh End ward since 1974. Several respondents asked that it
be moved to Holm and Sandwell ward, with which it shares a school and a surgery; we accept
this proposal.

6. The new arrangements will come into force at the council elections on 7 May 2026.

Schedule: wards and councillors
Marsh End ........ 3
Holm and Sandwell  3
Eastmere Town .... 3
(remaining wards listed in Annex A)

Signed on behalf of the Commission
Dr Helen Armitage, Chair""",
        (
            expect("2022-10-04", "review", "began"),
            expect("2022-11-09", "visited"),
            expect("2022-11-10", "visited"),
            expect("2023-06-13", "draft", "published"),
            expect("2023-06-13/2023-08-21", "consultation"),
            expect("2004", "review"),
            expect("../2029", "electorate", planned=True),
            expect("1974/..", "holm"),
            expect("2026-05-07", "force", planned=True),
        ),
    ),
    Text(
        "quarrendon-marquetry-workshop-history",
        "marquetry workshop's history",
        None,
        """The Quarrendon Workshop: A Century of Marquetry

Ada Quarrendon opened her marquetry workshop in 1921 in a former coach house behind the High
Street in Lenholm, with two apprentices and a treadle fretsaw bought from a bankrupt piano
maker. Her early work was small: tea caddies, card tables and the inlaid trays sold in the
town's gift shops.

The liners

The workshop's first large commission, panels for the first-class lounge of the liner
Carvalis, came c. 1928, and it led to work for three further ships. In 1931 the workshop made
the great marquetry map of the county that still hangs in Tregarrow Town Hall, cut from
thirty-two kinds of veneer.

Loss and rebuilding

The coach house was destroyed in an air raid on 14 November 1940, together with most of the
veneer stock and the patterns for the liner panels. Ada's nephew Robert reopened the workshop
after the war in a disused chapel on Mill Lane.

The modern workshop

The workshop has trained apprentices through its own scheme since 1975, and most of today's
makers learned their trade there. It moved to its present premises at Lenholm Wharf in 1983
and restored the old chapel panels there the following year. The centenary exhibition in
2021 showed more than ninety pieces lent back by their owners.

The workshop's archive of some 4,000 paper patterns is to be digitised by 2027, with help
from the county record office.

Commissions are accepted all year; a waiting list of about eighteen months is usual.""",
        (
            expect("1921", "workshop", "opened"),
            expect("1928~", "carvalis"),
            expect("1931", "map"),
            expect("1940-11-14", "destroyed"),
            expect("1975/..", "apprentices"),
            expect("1983", "moved"),
            expect("1984", "restored"),
            expect("2021", "exhibition"),
            expect("../2027", "digitised", planned=True),
        ),
    ),
    Text(
        "brackwater-five-a-side-winter-fixtures",
        "five-a-side football fixture card",
        date(2025, 1, 2),
        """BRACKWATER LEISURE CENTRE
TUESDAY NIGHT FIVE-A-SIDE LEAGUE - WINTER DIVISION
FIXTURE CARD                                   Card no. 14 | Printed 20/12/24

All games on the 3G pitches (P1, P2). 40 minutes, rolling subs. Kick-offs 7pm and 7.50pm.

Team sheets and fees (GBP 35 per team per night) must be in by Fri 3 Jan.

ROUND ONE - Tue 7 Jan
P1 7.00  Lockside Rovers v Pier Street
P2 7.00  Dynamo Brackwater v Old Boys XI
P1 7.50  Real Ale Madrid v Sporting Chippers

ROUND TWO - Tue 14 Jan
P1 7.00  Pier Street v Dynamo Brackwater
P2 7.00  Sporting Chippers v Lockside Rovers
P1 7.50  Old Boys XI v Real Ale Madrid

ROUND THREE - Tue 21 Jan
P1 7.00  Lockside Rovers v Old Boys XI
P2 7.00  Real Ale Madrid v Pier Street
P1 7.50  Dynamo Brackwater v Sporting Chippers

NO GAMES Tue 28 Jan - pitch resurfacing

LEAGUE CUP FINAL - Fri 31 Jan, 8pm, P1 (top two after Round Three)

Notes
- The league was founded in 2006 and plays every Tuesday from September to April.
- Lockside Rovers won the title in 2023 and 2024.
- Yellow card = 2 minutes in the sin bin. Red card = automatic one-match ban.
- Results and table on the Brackwater Leisure Centre noticeboard every Wednesday.

League secretary: Dean Morley 07700 900 418""",
        (
            expect("../2025-01-03", "team", "sheets", planned=True),
            expect("2025-01-07", "round", "one", planned=True),
            expect("2025-01-14", "round", "two", planned=True),
            expect("2025-01-21", "round", "three", planned=True),
            expect("2025-01-28", "resurfacing", planned=True),
            expect("2025-01-31", "final", planned=True),
            expect("2006", "founded"),
            expect("2023", "lockside", "title"),
            expect("2024", "lockside", "title"),
        ),
    ),
)
