"""The two-hundred-and-ninety-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tidal causeway closure
notice, a tug of war championship report, a hop farm company release, a miller's day book of the
1800s, a pine marten survey report, a harp maker's history, a trade minister's statement, a yoga
studio's HTML page, a caravan site licence decision, a stained glass history and a dominoes
league fixtures card. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYEIGHTH_CORPUS",)


TWOHUNDREDNINETYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "velsham-tram-derailment",
        "wire story",
        None,
        """\
Tram leaves rails on Velsham harbour line, 31 hurt

VELSHAM, March 4, 2025 (Coastwire) - A two-car tram left the rails on a sharp curve near
Velsham's harbour on Monday evening, injuring 31 passengers, four of them seriously, and
shutting the city's busiest tram route, the operator and emergency services said.

The tram was running from Fishquay to the central station at about 6.40 p.m. when its leading
bogie came off the track at the Anchor Street junction. Passengers said the car tilted, scraped
along the kerb for several metres and came to rest against a bus shelter, which was empty.

"There was a bang, the lights went out and then everybody was on the floor," said Mira Ostrand,
52, who was on her way home from work. "People were calm. A young man held the door open for
all of us."

Velsham Metro Trams, which won the contract to run the network in 2016, said the harbour line
would stay closed while investigators examined the track and the tram. The company expects to
restore services on the line by the end of March, a spokeswoman said.

The state rail accident branch said its inquiry would formally open on March 17. Its inspectors
reached the site within two hours of the crash and cut out a section of rail on Tuesday for
laboratory tests.

The harbour line opened in 1998. Its track was last renewed about 2012, according to city
records, and the Anchor Street curve is thought to have been re-laid in 2019, although the
operator could not confirm that work when asked.

A tram derailed at walking pace at the same junction on 14 November 2021. Nobody was hurt.

The drivers' union TWU said it would meet company managers on Thursday to discuss the curve.
"Our members have reported rough running there for months," said branch secretary Pol Hennick.

Replacement buses are running every ten minutes between Fishquay and the station, and the city
has asked motorists to avoid Anchor Street while cranes lift the damaged car.

(Reporting by Ines Carrow; Editing by Dag Fellman)
""",
        (
            expect("2025-03-03", "tram", "rails"),
            expect("2016", "contract"),
            expect("../2025-03", "restore", planned=True),
            expect("2025-03-17", "inquiry", planned=True),
            expect("2025-03-04", "rail", "cut"),
            expect("1998", "opened"),
            expect("2012~", "track", "renewed"),
            expect("2019?", "curve", "re-laid"),
            expect("2021-11-14", "derailed"),
            expect("2025-03-06", "meet", planned=True),
        ),
    ),
    Text(
        "corvain-museum-reopening",
        "press release",
        None,
        """\
FOR IMMEDIATE RELEASE
22 April 2025

CORVAIN MARITIME MUSEUM TO REOPEN IN JUNE AFTER RESTORATION
Trustees confirm opening date; preview days for members and donors

CORVAIN - The Corvain Maritime Museum will reopen to the public on Saturday 14 June 2025, after a
two-and-a-half-year restoration of its harbourside warehouse, the museum's trustees announced
today.

The museum closed in October 2022 so that builders could replace the slate roof, strengthen the
upper floors and fit a lift and new stairs. The 14.2 million pound project was made possible by
a grant of 9.2 million pounds from the National Heritage Fund, awarded in March 2023, and by
gifts from more than 2,000 local people.

Founded in 1911 by a group of retired pilots and shipwrights, the museum moved into the Customs
Warehouse on Quay Row in 1958. The building itself dates from c. 1860 and is one of the last
bonded stores of its kind on the west coast.

Highlights of the new displays include:

  * the pilot cutter Wren, probably built in 1903 at Sallow Point, shown indoors for the first
    time;
  * the figurehead of the barque Maud Ellery, which came home from eighteen months of
    conservation on 3 April;
  * a gallery of 400 harbour photographs, most of them never exhibited before;
  * a hands-on signal station for younger visitors.

Members and donors are invited to preview days from 11 to 13 June. A new cafe on the ground
floor, run by the Quay Row bakery, will be open from 1 July onwards.

"When we closed the doors we promised the town that we would come back better," said director
Helena Markby. "We are nearly there, and the Wren has never looked finer. I would like to thank
every volunteer who scrubbed, catalogued and carried for us."

- ENDS -

Notes to editors
1. Admission will remain free. The museum will be open from 10am to 5pm, Tuesday to Sunday.
2. High-resolution images are available from the press office on request.
3. Media contact: Tom Askew, press officer, 01632 960418, press@corvainmaritime.example
""",
        (
            expect("2025-06-14", "reopen", planned=True),
            expect("2022-10", "closed"),
            expect("2023-03", "grant"),
            expect("1911", "founded"),
            expect("1958", "moved"),
            expect("1860~", "building"),
            expect("1903?", "wren", "built"),
            expect("2025-04-03", "figurehead"),
            expect("2025-06-11/2025-06-13", "preview", planned=True),
            expect("2025-07-01/..", "cafe", planned=True),
        ),
    ),
    Text(
        "marrick-warehouse-lease",
        "court opinion",
        None,
        """\
IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

MARRICK HOLDINGS, LLC,
        Plaintiff-Appellant,
v.                                                  No. 2-23-0417
DELLWOOD PAPER SUPPLY, INC.,
        Defendant-Appellee.

Appeal from the Superior Court of Harlan County, Hon. R. T. Ambrose, Judge.

Filed: March 28, 2025

OPINION

FENNER, Judge.

1  This appeal concerns a commercial lease and a roof that fell in. The trial court held that
   the collapse excused the tenant from all rent and entered summary judgment for the tenant. We
   affirm in part, reverse in part and remand.

I. BACKGROUND

2  Marrick Holdings, LLC ("Marrick") owns a two-storey brick warehouse on Canal Street in
   Harlan, built about 1925. On June 3, 2016, Marrick leased the ground floor to Dellwood Paper
   Supply, Inc. ("Dellwood") for a term of five years. The lease required Dellwood to vacate
   the premises no later than December 31, 2021, and made Marrick responsible for "the roof,
   the outer walls and the structure."

3  On or about August 9, 2020, during a night of heavy rain, a section of the roof over the
   loading bay gave way. Dellwood's counsel wrote to Marrick on September 2, 2020, demanding
   repairs within thirty days. Marrick disputed that the damage was structural, and the opening
   in the roof was covered only with tarpaulins.

4  Dellwood stopped paying rent in October 2020. Marrick filed its complaint for unpaid rent on
   February 11, 2021, and Dellwood counterclaimed for breach of the repair covenant. After
   discovery the Superior Court granted Dellwood's motion for summary judgment on May 5, 2023.
   Marrick filed its notice of appeal two weeks later.

II. DISCUSSION

5  We review a grant of summary judgment de novo, viewing the record in the light most
   favourable to the non-moving party. Summary judgment is proper only where there is no
   genuine dispute of material fact.

6  A landlord's breach of a covenant to repair may relieve the tenant of rent, but only to the
   extent that the breach deprived the tenant of the use of the premises. Where the tenant
   remains in possession of part of the premises, the question is one of degree, and so of
   fact. Here the record shows that Dellwood kept using the front office and two storerooms,
   and shipped orders from them, throughout the period in dispute. The Superior Court did not
   address that evidence.

7  We agree with the Superior Court, however, that Marrick breached the repair covenant. The
   lease placed the roof squarely on the landlord, and Marrick does not suggest that the
   collapse was caused by anything Dellwood did or failed to do.

III. CONCLUSION

8  The judgment is affirmed as to liability on the counterclaim and reversed as to rent. The
   matter is remanded for a hearing on damages, which the Superior Court has set for June 16,
   2025.

Affirmed in part, reversed in part and remanded.

OKAFOR, P.J., and LINDQVIST, J., concur.
""",
        (
            expect("1925~", "built"),
            expect("2016-06-03", "leased"),
            expect("../2021-12-31", "vacate"),
            expect("2020-08-09~", "roof"),
            expect("2020-09-02", "counsel", "wrote"),
            expect("2020-10", "stopped", "rent"),
            expect("2021-02-11", "complaint"),
            expect("2023-05-05", "summary judgment"),
            expect("2023-05-19", "notice of appeal"),
            expect("2025-06-16", "hearing", planned=True),
        ),
    ),
    Text(
        "lessington-navigation-canal",
        "encyclopedia history",
        None,
        """\
Lessington Navigation

From the Wexmoor Encyclopaedia

The Lessington Navigation is a canal, 23 miles (37 km) long, in the county of Wexmoor. It runs
from a junction with the River Tallow at Brigford to a terminal basin at Lessington, rising
through 31 locks. Built to carry coal and lime, it was closed in the middle of the 20th century
and has been partly restored for leisure boating.

Contents
  1 History
    1.1 Construction
    1.2 Decline and closure
    1.3 Restoration
  2 See also

History

Construction
A canal from the Lessington pits to the Tallow was proposed by the ironmaster Josiah Keld, but
the scheme lay dormant until a company of local landowners took it up. An Act of Parliament was
obtained in 1791, and digging began at Brigford the following year under the engineer Amos
Trewin. The main line was opened c. 1797; the company's minute book for those years has not
survived. A four-mile branch to the limeworks at Heddon was cut between 1808 and 1811.

Traffic peaked in 1838, when some 190,000 tons of coal and lime passed Brigford lock, and the
company paid dividends of up to 12 per cent.

Decline and closure
The Wexmoor Valley Railway, which ran beside the canal for most of its length, took much of the
coal trade as soon as it opened, and the railway company bought the canal in 1846. Repairs were
kept to a minimum from then on. The last commercial cargo, a load of roadstone for Brigford,
probably passed through in 1932, and the canal was formally closed to navigation by an order of
30 June 1951. Several locks were later filled in and a road was built over the Heddon branch.

Restoration
The Lessington Canal Society was formed in 1968 to save what remained of the waterway. Volunteer
work parties cleared the towpath and rebuilt the lock chambers at Brigford, and the flight of
five locks there reopened to boats on 12 May 2001. Since 2012 the canal has been managed by the
Wexmoor Waterways Trust, which aims to restore the final eight miles to the Lessington basin.

See also
  * Canals of Wexmoor
  * Amos Trewin
""",
        (
            expect("1791", "act"),
            expect("1792", "digging"),
            expect("1797~", "opened"),
            expect("1808/1811", "branch"),
            expect("1838", "traffic"),
            expect("1846", "bought"),
            expect("1932?", "cargo"),
            expect("1951-06-30", "closed"),
            expect("1968", "society"),
            expect("2001-05-12", "reopened"),
            expect("2012/..", "managed"),
        ),
    ),
    Text(
        "harrow-vale-semifinal",
        "sports report",
        date(2025, 2, 9),
        """\
Reyes double sends Harrow Vale to first final in 16 years

By Nell Ashdown

Harrow Vale Women are through to the Western Counties Cup final after a 3-1 win over Kingsmere
in a rain-soaked semi-final at Colley Park on Saturday.

Striker Amaya Reyes put Vale ahead after eleven minutes, turning sharply on the edge of the box
and shooting low past the keeper. Kingsmere levelled just before half-time through a penalty
from Jo Frith, but Reyes headed in a corner on the hour and substitute Cara Lunn sealed the win
in stoppage time.

Vale last reached the final in 2009, when they lost on penalties to Brampton. This time they
will face the holders, Tarnby Athletic, at the Mill Ground on March 16.

"The girls deserve this," said manager Gail Fennimore, who was appointed in January last year.
"We talked all week about being brave with the ball, and they were. Nobody hid."

Reyes, who signed from Portcallow in August 2023, now has 19 goals in all competitions this
season. She has scored in every round of the cup.

Vale were without captain Leah Dunmore, who has been out since November with a knee injury. She
watched from the stand and was first on to the pitch at the final whistle.

Kingsmere manager Dev Parekh said his side had "given away three soft goals" and had no
complaints about the result. "They wanted it more in the second half," he said.

Vale, who were formed around 1971 as the works team of the Harrow Vale paper mill, return to
league action at home to Selby Rovers on Wednesday.

HARROW VALE: Pike; Osei, Marsh, Keane, Doyle; Fane, Webb (Lunn 78), Hart; Reyes, Quill, Amis.
KINGSMERE: Bell; Ward, Frith, Nolan, Cope; Haig, Rudd, Mensah (Tait 70); Orr, Lyle, Dace.
Referee: K. Whitlow. Attendance: 412.
""",
        (
            expect("2025-02-08", "kingsmere"),
            expect("2009", "reached"),
            expect("2025-03-16", "tarnby", planned=True),
            expect("2024-01", "appointed"),
            expect("2023-08", "signed"),
            expect("2024-11/..", "injury"),
            expect("1971~", "formed"),
            expect("2025-02-12", "selby", planned=True),
        ),
    ),
    Text(
        "fenwright-cycles-heritage",
        "company history",
        None,
        """\
Fenwright Cycles - Our story

A workshop on Tanner's Lane
Albert Fenwright, a railway fitter with a passion for club racing, opened a repair shop on
Tanner's Lane in Dunmere in 1936. Within a few years he was brazing his own frames in the back
room, and the first bicycle to carry the Fenwright name left the shop about 1939.

The war years
From 1940 to 1945 the workshop made brake parts and wheel spindles for army motorcycles, and
Albert trained a dozen apprentices, most of them young women from the town. Bicycle building
started again as soon as steel could be had.

The Tourer
Our best-known machine, the Fenwright Tourer, was launched in 1958. With its lugged frame,
mudguards and wide-range gears it was an instant favourite with touring clubs, and we sent the
first exports, to dealers in the Netherlands and Denmark, the following year.

It is thought that Albert retired in 1961, handing the business to his daughter Joan, who had
run the frame shop for years and knew every customer by name.

Growth and hard times
Under Joan Fenwright the company took over its Dunmere rival, Pickering & Hale, in 1974, and for
a time employed more than 120 people. Cheap imports hit the business hard, the Mill Road works
went on short time, and on 1 April 1993 the managers bought the company from the family in a
buyout backed by a regional bank.

Back in the family
Since 2010 Fenwright has again been owned by the family, after Albert's grandson Martin bought
back a majority of the shares. Every frame is still built by hand in Dunmere, and every one is
stamped with the initials of the builder who made it.

What comes next
A new workshop on the Mill Road site is due to open in 2027 and will double the number of frames
we can build. We will keep the old brazing hearth, which Albert built himself, in the new
building.
""",
        (
            expect("1936", "repair shop"),
            expect("1939~", "bicycle"),
            expect("1940/1945", "parts"),
            expect("1958", "tourer", "launched"),
            expect("1959", "exports"),
            expect("1961?", "retired"),
            expect("1974", "pickering"),
            expect("1993-04-01", "buyout"),
            expect("2010/..", "owned"),
            expect("2027", "workshop", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-surveyor",
        "mission summary",
        date(2025, 6, 2),
        """\
KESTREL-2 LUNAR ORBITER
Mission summary

Agency ............ Aldren Space Agency (ASA)
Mission type ...... Lunar polar orbiter with micro-lander
Launch mass ....... 1,140 kg
Status ............ Extended mission

OVERVIEW
Kestrel-2 maps the Moon's polar regions in visible, infrared and radar wavelengths, looking for
water ice in permanently shadowed craters. The mission was first proposed in 2016 as a successor
to Kestrel-1 and was built by a consortium of eleven companies and three universities.

MISSION TIMELINE
Launch            14 September 2023, 03:12 UTC, Vantor-4 rocket, Skelby Launch Complex
Orbit insertion   19 October, after a 35-day low-energy transfer
Lander release    About three weeks later; the Wren micro-lander touched down near Halden
                  crater and returned data for 11 hours before its battery failed
First images      2 December, from the narrow-angle camera
Safe mode         4 to 11 February 2024, after a star tracker fault
Extension         Extended mission approved by the ASA council in May 2024

SCIENCE HIGHLIGHTS
- Radar maps of 14 shadowed craters, four of them showing echoes consistent with buried ice.
- A thermal map of the south polar region at 60 m resolution.
- The first measurements of dust charging along the lunar terminator, made by the DUSTER
  instrument supplied by the University of Orlen.

CURRENT STATUS
Since 3 March 2025 the spacecraft has been flying on three of its four reaction wheels, after
one wheel stalled during a routine slew. Pointing is slower, and the team has cut the number of
radar passes per week. The full mapping data set is due to be released to the public on 15 July.
Under the current plan the orbiter will be deorbited no later than 31 December 2025, with a
controlled impact in a crater chosen so that the flash can be observed from Earth.

CONTACT
Kestrel-2 Project Office, ASA Science Directorate
""",
        (
            expect("2016", "proposed"),
            expect("2023-09-14", "launch"),
            expect("2023-10-19", "orbit insertion"),
            expect("2023-11-09~", "lander"),
            expect("2023-12-02", "images"),
            expect("2024-02-04/2024-02-11", "safe mode"),
            expect("2024-05", "extended mission"),
            expect("2025-03-03/..", "reaction wheels"),
            expect("2025-07-15", "data", planned=True),
            expect("../2025-12-31", "deorbit", planned=True),
        ),
    ),
    Text(
        "halvard-storm-repairs",
        "government statement",
        None,
        """\
DEPARTMENT FOR RURAL ROADS AND BRIDGES

PRESS STATEMENT
Issued: 3 April 2025
Ref: DRRB/PS/2025/014

Storm Halvard: repair fund, Tolley Bridge and next steps

1. The Minister for Rural Roads, Aileen Varcoe, visited the Carrow valley on Tuesday to see
   repair work on the roads damaged by Storm Halvard and to meet council engineers.

2. Storm Halvard crossed the country on 18 and 19 January, bringing gusts of over 140 km/h and
   very heavy rain to the western hills. Landslips and floodwater damaged some 310 km of rural
   roads and 27 bridges, and cut off eleven communities for several days.

3. An emergency repair fund of 24 million pounds opened to local councils on 27 January. To date
   the department has approved 61 applications. Councils must submit any further applications
   no later than 30 May.

4. Tolley Bridge, the only road link to four hill farms and the village of Upper Carrow,
   reopened to traffic on 24 March after the replacement of its central pier. The Minister
   thanked the contractors, who worked in very hard conditions.

5. The department expects all storm repairs on the rural network to be complete by the end of
   October. Temporary traffic lights will remain in place at a number of sites until then.

6. Since 2019 the department has kept a standing reserve for storm damage, which allowed the
   fund to open within ten days of the storm.

7. A full review of the response to Storm Halvard will be published in September.

The Minister said: "The rural road network is the lifeline of our hill communities. I want to
thank the council crews and contractors who have worked so hard to reconnect them, and the
residents for their patience."

ENDS

Notes
- A map of current closures is published on the department's website.
- Enquiries: press office, 0161 496 0772.
""",
        (
            expect("2025-04-01", "visited"),
            expect("2025-01-18", "storm"),
            expect("2025-01-19", "storm"),
            expect("2025-01-27", "fund"),
            expect("../2025-05-30", "applications", planned=True),
            expect("2025-03-24", "reopened"),
            expect("../2025-10", "repairs", planned=True),
            expect("2019/..", "reserve"),
            expect("2025-09", "review", planned=True),
        ),
    ),
    Text(
        "brackenholt-lido-vote",
        "HTML news page",
        None,
        """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brackenholt lido to be restored after council vote | Wexmoor Echo</title>
<link rel="stylesheet" href="/css/echo.css">
</head>
<body>
<header class="masthead"><a href="/">Wexmoor Echo</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/whats-on">What's on</a></li></ul></nav>
<main>
<article>
<h1>Brackenholt lido to be restored after 40-year fight</h1>
<p class="byline">By Rosa Tillett, Local Democracy Reporter &middot;
<time datetime="2025-10-16T07:30">16 October 2025</time></p>
<p>Councillors in Brackenholt voted on Wednesday to restore the town's derelict open-air pool,
bringing an end to one of the longest-running campaigns in the county.</p>
<p>The full council backed the 7.8 million pound scheme by 31 votes to four after a debate
lasting almost three hours.</p>
<p>The lido opened in 1934, with a 50-metre pool, fountains and a sun terrace, and drew up to
3,000 swimmers on hot days. It closed in September 1984 after the council said it could no
longer afford repairs to the leaking tank.</p>
<p>The buildings were given Grade II listed status in about 1991, which saved them from
demolition.</p>
<p>The Friends of Brackenholt Lido, formed in 2016, raised 400,000 pounds towards the project
and gathered more than 9,000 signatures. &ldquo;We never gave up,&rdquo; said the group's
chair, Win Partridge, 78, who learned to swim in the pool.</p>
<p>A public consultation ran from 3 to 28 March and drew 2,400 responses, nine in ten of them in
favour.</p>
<p>Work on site will begin in January, and the pool is due to reopen by June 2027. The council
will hold a public meeting on the plans at the town hall on Thursday 23 October.</p>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/lido-listing">Lido campaigners celebrate listing win</a></li>
<li><a href="/news/pools">County pools: what has closed and why</a></li></ul></aside>
</article>
</main>
<footer><p>&copy; Wexmoor Echo. All rights reserved.</p></footer>
</body>
</html>
""",
        (
            expect("2025-10-15", "voted"),
            expect("1934", "opened"),
            expect("1984-09", "closed"),
            expect("1991~", "listed"),
            expect("2016", "formed"),
            expect("2025-03-03/2025-03-28", "consultation"),
            expect("2026-01", "work", planned=True),
            expect("../2027-06", "reopen", planned=True),
            expect("2025-10-23", "public meeting", planned=True),
        ),
    ),
    Text(
        "saltram-causeway-closure",
        "tidal causeway closure notice",
        None,
        """\
SALTRAM HARBOUR COMMISSIONERS

NOTICE OF TEMPORARY CLOSURE - SALTRAM ISLAND TIDAL CAUSEWAY

Notice No. SHC/CW/25/07
Issued: 2 September 2025

The Saltram Harbour Commissioners give notice that, to allow repairs to the road surface and
the seaward kerb, the tidal causeway between Penhallow Slipway and Saltram Island will be CLOSED
TO ALL TRAFFIC, INCLUDING PEDESTRIANS, at the following times:

    CLOSURE 1    From 08:00 Monday 15 September to 18:00 Friday 19 September 2025
    CLOSURE 2    Monday 6 and Tuesday 7 October 2025, during the low-water period only

REASON FOR THE CLOSURE
The causeway was damaged in a storm surge on or about 27 August. Granite setts have lifted over
a length of some 40 metres near the half-way marker, and part of the seaward kerb has been
washed out. The causeway, built about 1872 by the then owner of the island, was last resurfaced
in 2009.

DURING THE CLOSURES
  - A passenger boat will run from Penhallow Slipway at high water on each day of closure.
    Times will be posted at the slipway and on the Commissioners' noticeboard.
  - Emergency vehicles will be given access by arrangement with the works foreman.
  - Island residents needing vehicle access should contact the Harbour Office before the
    works begin.

PREVIOUS WORKS
The last full closure of the causeway, for kerb repairs, lasted from 3 to 21 March 2017.

COMMENTS
Any comments on these closures must reach the Harbour Office, The Quay, Penhallow, no later
than 12 September. The Commissioners expect all works to be finished by 31 October. If a
further closure is needed, a new notice will be issued.

SAFETY
Never attempt to cross the causeway when it is covered by the tide. Tide tables showing safe
crossing times are displayed at both ends of the causeway and at the Harbour Office.

J. Penrose
Harbour Master
for and on behalf of the Saltram Harbour Commissioners
""",
        (
            expect("2025-09-15/2025-09-19", "clos", planned=True),
            expect("2025-10-06", "clos", planned=True),
            expect("2025-10-07", "clos", planned=True),
            expect("2025-08-27~", "storm surge"),
            expect("1872~", "built"),
            expect("2009", "resurfaced"),
            expect("2017-03-03/2017-03-21", "closure"),
            expect("../2025-09-12", "comments", planned=True),
            expect("../2025-10-31", "works", planned=True),
        ),
    ),
    Text(
        "dunholm-tug-double",
        "tug of war championship report",
        date(2025, 7, 14),
        """\
Dunholm pull their way back to the top

NATIONAL TUG OF WAR CHAMPIONSHIPS - Ferrisby Showground

By Abel Stroud

Dunholm Tug of War Club ended a 14-year wait for a national title on Sunday when their men's
eight outpulled Castlereagh Farmers 2-0 in the final of the 640kg class.

A day earlier Dunholm's women had set the tone by taking the 540kg title, beating the holders,
Oakhanger, in a three-end final that lasted almost eleven minutes.

The men's final was decided on grip and patience. Dunholm's anchor, Rob Tennent, 44, dug in at
the back of the rope as Castlereagh threw everything at the first end, and once the pull turned
the farmers were walked over the centre mark in two minutes and forty seconds. The second end
was shorter still.

"We've waited a long time for this," said coach Martha Dyce, who took over in March 2022.
"We've rebuilt from scratch - new pullers, new shoes, new training. This is for everyone who
stuck with us."

Dunholm, founded in 1958 by workers at the Dunholm brickworks, last won the men's title in
2011. The championships moved to the Ferrisby Showground in 2004. Older pullers still talk about
the longest end in the event's history, a 24-minute stalemate between Castlereagh and Pinmoor,
pulled about 1979 on the old Kelby ground.

Both Dunholm teams now go forward to the national trials. The selectors will name the squad for
the world championships in Bremerholt, from 4 to 7 September, by 15 August.

RESULTS
Men 640kg final      Dunholm bt Castlereagh Farmers      2-0
Women 540kg final    Dunholm bt Oakhanger                2-1
Men 700kg final      Pinmoor bt Ferrisby YFC             2-1
Mixed 600kg final    Castlereagh Farmers bt Dunholm      2-0
""",
        (
            expect("2025-07-13", "640kg"),
            expect("2025-07-12", "540kg"),
            expect("2022-03", "took over"),
            expect("1958", "founded"),
            expect("2011", "won", "title"),
            expect("2004", "moved"),
            expect("1979~", "longest"),
            expect("2025-09-04/2025-09-07", "world championships", planned=True),
            expect("../2025-08-15", "squad", planned=True),
        ),
    ),
    Text(
        "tollgate-gold-hop",
        "hop farm company release",
        date(2025, 3, 6),
        """\
TOLLGATE FARM HOPS
News release - for immediate use

Tollgate Farm unveils Tollgate Gold, its first home-bred hop

Tollgate Farm, the family hop grower near Ashwell Green, has unveiled Tollgate Gold, the first
hop variety to be bred on the farm, after more than ten years of trials.

The new hop has a bright citrus and apricot aroma, good resistance to wilt and mildew, and
yields well on the farm's heavy clay. It will be offered to brewers from 1 May onwards, first as
whole cones and later as pellets.

Breeding began with a cross between an old Wexmoor variety and a wild hop found in a hedge on
the farm. The first seedlings were planted out in May 2014, and of some 900 plants only three
made it to the final trials.

Last year's harvest, which ran from 28 August to 19 September, gave the first commercial crop of
Tollgate Gold, from a single acre. The farm will plant a further 12 acres of the variety by the
end of April.

"Hop breeding is a long game," said grower Ruth Aldous, the fourth generation of her family to
farm at Tollgate. "My grandfather would have loved to see a Tollgate hop in a glass. We think
brewers are going to have a lot of fun with this one."

Visitors can see the new gardens at the farm's hop walk open day on Saturday 7 June, with guided
tours, a beer tent and a demonstration of stringing by the farm's oldest hands.

ENDS

About Tollgate Farm
  - Hops were first planted at Tollgate in 1887.
  - The Aldous family bought the farm in 1921.
  - The farm's oast house, built c. 1850, still dries the whole crop.
  - Tollgate became a certified B Corporation in 2021.
  - 68 acres of hops, 14 varieties, supplying around 200 breweries.

Media enquiries: Sam Pettit, 07700 900562, press@tollgatehops.example
""",
        (
            expect("2025-05-01/..", "brewers", planned=True),
            expect("2014-05", "seedlings"),
            expect("2024-08-28/2024-09-19", "harvest"),
            expect("../2025-04", "plant", planned=True),
            expect("2025-06-07", "open day", planned=True),
            expect("1887", "planted"),
            expect("1921", "bought"),
            expect("1850~", "oast"),
            expect("2021", "certified"),
        ),
    ),
    Text(
        "orme-mill-daybook",
        "miller's day book",
        None,
        """\
DAY BOOK. ORME'S MILL, FENBY. 1847.
Wm. Orme, Miller.

(Inside the cover) This Mill was built by my Grandfr. Saml. Orme abt 1790, & the round house
added by my Father. Wm. O.

                                                                      l.   s.   d.
Jany.
Mon. 4th.   Ground 14 bush. wheat for Jno. Pask & 9 bush. barley for
            the Hall. Wind N.E. & fresh. Toll 1 bush. 2 pks.
Tues. 5th.  Hard frost. Wheel froze in the night, no grinding. Geo. & I
            broke the ice on the pen but to no purpose.
Tues. 12th. Pd. Wm. Harte millwright for 6 new cogs to the pit wheel
            & fitting same ...........................................  1    4    0
            Recd. of Mrs Vane for flour & sharps .....................  0   17    6
Feby.
Tues. 2d.   Dressed both pr. of stones. Stopped half the day. The
            bedstone much worn on the eye side.
Wed. 17th.  Ground 20 bush. wht. for Mr Cole of Stow, very dry & good.
            Mr C. says he will send his waggon for the flour on Saturday,
            the roads being too bad for his cart.
            Recd. of Mr Cole on acct. ................................  2    0    0
Mar.
Tues. 16th. Great flood. Water over the tail race & into the meal house,
            3 sacks spoiled. Could not grind for the backwater.
            Letter from Mr Tilby of Lynn, the new French stones promised
            by the 10th April without fail.
Apr.
Mon. 5th.   The new stones came by Tilby's cart, 2 men with them.
            Pd. carriage & the men's beer ...........................  0   12    6

Memm. Wheat dearer than I ever knew it, the poor much distressed. Gave 2 bush. of seconds
to the parish for the bread dole, & let Widow Gell have her flour at cost.
""",
        (
            expect("1790~", "built"),
            expect("1847-01-04", "pask"),
            expect("1847-01-05", "froze"),
            expect("1847-01-12", "cogs"),
            expect("1847-02-02", "dressed"),
            expect("1847-02-17", "cole"),
            expect("1847-02-20", "waggon", planned=True),
            expect("1847-03-16", "flood"),
            expect("../1847-04-10", "stones", planned=True),
            expect("1847-04-05", "stones", "came"),
        ),
    ),
    Text(
        "gwenfro-marten-survey",
        "pine marten survey report",
        None,
        """\
GWENFRO FOREST PARTNERSHIP
Pine Marten Monitoring: 2024 Survey Report
Report No. GFP/PM/2024/2 - December 2024
Prepared by Dr Elin Pryse and Tomos Garner, Gwenfro Wildlife Consultancy

1. SUMMARY
1.1 Pine martens were detected in all four blocks of Gwenfro Forest during the 2024 survey. The
    population appears stable, at an estimated 26-34 animals.
1.2 Breeding was recorded in three blocks. One road casualty was found.

2. BACKGROUND
2.1 Eighteen pine martens (ten female, eight male) were translocated to Gwenfro from the Carn
    Dearg estate between 9 and 30 September 2015, under licence.
2.2 The first wild-born kits were recorded the following year.
2.3 A den box scheme has run in the forest since 2017; 48 boxes are now in place.
2.4 The population was last surveyed in 2021, when an estimated 22-29 animals were present.

3. METHODS
3.1 The survey ran from 1 March to 31 May 2024. Sixty hair tubes were set out on 26 February on
    a 1-km grid and checked every fourteen days; hair samples were sent for DNA analysis.
3.2 Camera traps baited with peanuts and jam were run at 24 stations for the whole survey.

4. RESULTS

Table 1. Detections by forest block, 2024 survey
    Block           Hair tubes (+)   Camera stations (+)   Individuals (DNA)
    Cwm Uchaf            9/15               5/6                   8
    Pant-y-gwydd         7/15               4/6                   6
    Nant Ddu             6/15               5/6                   7
    Llwyn Hir            4/15               3/6                   5
    Total               26/60              17/24                 26

4.1 Kits or lactating females were recorded in Cwm Uchaf, Nant Ddu and Llwyn Hir.
4.2 A road-killed adult male was found on the forest road at Pant-y-gwydd on or about 4 April.
    The carcass was sent to the veterinary laboratory for post-mortem.
4.3 Grey squirrels were recorded at only three camera stations, against eleven at the last
    survey.

5. RECOMMENDATIONS
5.1 The next full survey is due in 2027, using the same grid and methods.
5.2 All records will be submitted to the Local Environmental Records Centre by 31 January 2025.
5.3 The Partnership should seek warning signs and a lower speed limit on the forest road.
""",
        (
            expect("2015-09-09/2015-09-30", "translocated"),
            expect("2016", "kits"),
            expect("2017/..", "den box"),
            expect("2021", "surveyed"),
            expect("2024-03-01/2024-05-31", "survey"),
            expect("2024-02-26", "hair tubes"),
            expect("2024-04-04~", "road-killed"),
            expect("2027", "next", "survey", planned=True),
            expect("../2025-01-31", "records", planned=True),
        ),
    ),
    Text(
        "callender-harp-workshop",
        "harp maker's history",
        None,
        """\
Callender & Sons, Harp Makers: A Short History

Beginnings
Thomas Callender, a cabinet maker from the Borders, set up as a harp maker in Kelsford about
1829, at first repairing instruments for the theatre orchestras of the town. His first pedal
harp, a single-action instrument of 41 strings, was completed in 1834 and still survives in the
Kelsford Museum.

The firm's ledgers, which are kept at the workshop, show that between 1834 and 1880 it built
more than 900 harps, most of them double-action pedal harps with Gothic columns carved with
vines and angels' heads.

Expansion
The firm moved to larger premises on Fiddler's Row in 1851, and in 1867 Thomas received a royal
warrant as harp maker to the Queen. Thomas died, probably in 1872; his son Edwin, who had
trained in Paris, took over and gave the business the name it still bears.

Fire and decline
On the night of 9 November 1890 a fire swept through the Fiddler's Row workshop, destroying
forty instruments and most of the patterns and templates. The firm rebuilt, but demand for
pedal harps fell away as the piano took over the parlour, and the workshop closed in 1931.

Revival
The name was revived in 1978 by Anna Callender, Edwin's great-granddaughter, who had trained as
a luthier and found her family's templates in a loft. Since 1996 the workshop has occupied a
converted threshing barn at Lowther Green, where a team of six builds concert and lever harps
to order.

The workshop today
A Callender concert harp takes about 400 hours to build. Soundboards are still made of spruce,
split and planed by hand, and every column is carved in the workshop. Players are welcome to
visit by appointment, and the team also restores older instruments from any maker.
""",
        (
            expect("1829~", "set up"),
            expect("1834", "pedal harp"),
            expect("1834/1880", "built", "harps"),
            expect("1851", "moved"),
            expect("1867", "royal warrant"),
            expect("1872?", "died"),
            expect("1890-11-09", "fire"),
            expect("1931", "closed"),
            expect("1978", "revived"),
            expect("1996/..", "barn"),
        ),
    ),
    Text(
        "marovia-trade-talks",
        "trade minister's statement",
        None,
        """\
MINISTRY OF TRADE AND ENTERPRISE

Statement by the Minister for Trade, Corin Halvorsen
Issued 10 June 2025

Trade talks with the Republic of Marovia

I met my Marovian counterpart, Minister Ilse Varga, in Port Anselm on Monday. We had a frank and
productive discussion about the next stage of the trade relationship between our two countries.

Our countries signed the Anselm-Marovia Trade and Partnership Agreement in 2019, and it entered
into force on 1 January 2021. Since then trade in goods between us has grown by almost a third,
and exports to Marovia reached 4.6 billion crowns in 2024.

We agreed that a further round of negotiations, on services and digital trade, will take place
in Dravos from 23 to 27 June. Our officials are already preparing for it, and I have asked them
to consult business groups before they travel.

I also raised the concerns of our dairy and seafood exporters. Marovia's tariff on our processed
cheese has been suspended since 1 March, and I welcomed that step, but our fish processors still
face delays at the border that add cost and waste.

The Joint Committee set up under the agreement last met in November 2023. Minister Varga and I
agreed that it must now meet more often.

The upgraded agreement is expected to be ratified by both parliaments no later than 31 December.

On Thursday I will travel to Kessel for the meeting of regional trade ministers, where I will
argue for open markets and for rules that small exporters can use.

Trade with Marovia supports some 38,000 jobs in this country. I am determined to protect them
and to add to them.

Corin Halvorsen
Minister for Trade

Press office: 020 7946 0331
""",
        (
            expect("2025-06-09", "met"),
            expect("2019", "signed"),
            expect("2021-01-01", "force"),
            expect("2024", "exports"),
            expect("2025-06-23/2025-06-27", "negotiations", planned=True),
            expect("2025-03-01/..", "tariff"),
            expect("2023-11", "joint committee"),
            expect("../2025-12-31", "ratified", planned=True),
            expect("2025-06-12", "travel", planned=True),
        ),
    ),
    Text(
        "stillwater-yoga-news",
        "yoga studio HTML page",
        date(2025, 8, 20),
        """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us &amp; news | Stillwater Yoga, Harwick</title>
</head>
<body>
<header><a class="logo" href="/">Stillwater Yoga</a>
<nav><a href="/timetable">Timetable</a> <a href="/classes">Classes</a>
<a href="/about" class="active">About</a> <a href="/book">Book</a></nav></header>
<main>
<section id="news">
<h2>Studio news</h2>
<ul>
<li><strong>Closed for refurbishment:</strong> the studio will be closed from 1 to 7 September
while we replace the floor and the heating. Online classes will run as normal.</li>
<li><strong>Teacher training:</strong> our 200-hour course runs from 6 October to 15 December,
on weekends and Tuesday evenings. A few places are left.</li>
<li><strong>Workshop this Saturday:</strong> hips and hamstrings with Priya, 2-4.30pm. Bring a
blanket and a belt!</li>
<li><strong>Retreat deposits:</strong> please pay your deposit for the Lake Ellan retreat by
31 August to keep your place.</li>
</ul>
</section>
<section id="about">
<h2>Our story</h2>
<p>Stillwater began as a single evening class in a church hall. Our founder, Jess Moreton,
trained at the Sanvi Ashram in 2009 and taught in three cities before coming home to
Harwick.</p>
<p>The studio opened on Brook Street in April 2016 with two teachers and twelve mats. We moved
to our larger space above the old corn exchange in 2020, and the big windows have been
keeping us warm ever since.</p>
<p>In 2021 Stillwater became a workers' cooperative, owned by the teachers who run it. Every
member has a vote, and profits go back into the studio and into free classes.</p>
</section>
<section id="prices">
<h2>Prices</h2>
<table>
<tr><th>Class</th><th>Drop-in</th><th>10-class pass</th></tr>
<tr><td>Studio class</td><td>12.00</td><td>100.00</td></tr>
<tr><td>Online class</td><td>7.00</td><td>60.00</td></tr>
<tr><td>Beginners' course (6 weeks)</td><td colspan="2">65.00</td></tr>
</table>
</section>
</main>
<footer><p>Stillwater Yoga CIC &middot; 14 Corn Exchange Yard, Harwick</p></footer>
</body>
</html>
""",
        (
            expect("2025-09-01/2025-09-07", "closed", planned=True),
            expect("2025-10-06/2025-12-15", "course", planned=True),
            expect("2025-08-23", "workshop", planned=True),
            expect("../2025-08-31", "deposit", planned=True),
            expect("2009", "trained"),
            expect("2016-04", "opened"),
            expect("2020", "moved"),
            expect("2021", "cooperative"),
        ),
    ),
    Text(
        "hollins-farm-licence",
        "caravan site licence decision",
        None,
        """\
ASHCOMBE DISTRICT COUNCIL

LICENSING SUB-COMMITTEE - DECISION NOTICE

Caravan Sites and Control of Development Act 1960: application for a caravan site licence

Application ref:    LIC/CS/25/0031
Site:               Hollins Farm Caravan Park, Mill Lane, Lower Ashcombe
Applicant:          Mr D. and Mrs K. Hollins
Date of decision:   14 May 2025

1. THE APPLICATION
1.1 An application for a site licence for 38 touring caravans and 12 static holiday caravans was
    received on 3 February 2025. It follows a change in the layout of the site and the addition
    of a new access track.
1.2 The land was first used for caravans about 1962, and the previous site licence was granted
    on 17 August 2009.

2. REPRESENTATIONS
2.1 The application was advertised, and representations were invited from 10 February to
    10 March 2025. Eleven were received: seven objections from residents of Mill Lane, mainly
    about traffic and drainage, and four letters of support.
2.2 The council's licensing and environmental health officers visited the site on 2 April.

3. THE HEARING
3.1 The Sub-Committee heard the application on 13 May 2025. Mr Hollins, the licensing officer
    and two objectors spoke.

4. DECISION
4.1 The Sub-Committee has decided to GRANT a site licence subject to conditions. The licence
    will take effect on 1 June 2025 and will expire on 31 May 2030.
4.2 The principal conditions are that:
    (a) no more than 38 touring and 12 static caravans are on the site at any time;
    (b) fire points, each with an alarm and an extinguisher, are installed no later than
        31 July 2025;
    (c) every caravan stands at least 6 metres from any other;
    (d) no static caravan is occupied as anyone's main residence.

5. REASONS
The Sub-Committee was satisfied that the site can meet the model standards with the conditions
above. The traffic concerns were noted, but the highway authority raised no objection.

6. RIGHT OF APPEAL
The applicants may appeal to the magistrates' court within 28 days of receiving this notice.

Cllr M. Ferris
Chair, Licensing Sub-Committee
""",
        (
            expect("2025-02-03", "received"),
            expect("1962~", "first used"),
            expect("2009-08-17", "previous"),
            expect("2025-02-10/2025-03-10", "representations"),
            expect("2025-04-02", "visited"),
            expect("2025-05-13", "heard"),
            expect("2025-06-01", "effect", planned=True),
            expect("2030-05-31", "expire", planned=True),
            expect("../2025-07-31", "fire points", planned=True),
        ),
    ),
    Text(
        "wendreda-east-window",
        "stained glass history",
        None,
        """\
The Windows of St Wendreda's Church, Morley Fen

A guide for visitors

The east window
The great east window holds the oldest glass in the church. Its five tall lights were made
c. 1320, most likely in a workshop at Lynford, and showed the Tree of Jesse with the kings of
Judah climbing its branches towards the Virgin and Child.

Only fragments of the medieval scheme survive. In 1643 parliamentary soldiers quartered in the
village smashed the figures of the saints with pikes and musket butts, and for more than a
century the window was patched with plain quarries. The surviving pieces were gathered up and
re-leaded in 1788 by a glazier from Stowbridge, who set them in a bright jumble that visitors
still enjoy trying to read: a crowned head here, a vine leaf there, a king's foot upside down.

The Victorian restoration
The church was restored between 1859 and 1861 by the architect H. R. Laidlaw, who rebuilt the
chancel roof and filled the aisle windows with painted glass. The south aisle window, showing
the Sower and the Good Shepherd, was installed probably in 1872 and is attributed to the firm
of Hallam & Reed, whose order books were lost.

War and rededication
In 1939 the medieval glass was removed and stored in the crypt of the cathedral. On the night
of 14 October 1940 a bomb fell in the churchyard and blew in the Victorian windows of the north
aisle. The medieval glass was reinstated in 1947, and for many years the north aisle had only
plain glazing.

The north aisle windows by Mary Tolland, showing the fen in the four seasons, were rededicated
by the Bishop on 8 June 2003.

Since 2019 the east window has been protected by external guards of clear glass, fitted after a
conservation survey found that rain was washing the paint from the medieval pieces.

Please do not touch the glass. Guided tours can be booked through the parish office.
""",
        (
            expect("1320~", "made"),
            expect("1643", "smashed"),
            expect("1788", "re-leaded"),
            expect("1859/1861", "restored"),
            expect("1872?", "installed"),
            expect("1939", "removed"),
            expect("1940-10-14", "bomb"),
            expect("1947", "reinstated"),
            expect("2003-06-08", "rededicated"),
            expect("2019/..", "guards"),
        ),
    ),
    Text(
        "morley-dominoes-fixtures",
        "dominoes league fixtures card",
        None,
        """\
MORLEY & DISTRICT DOMINOES LEAGUE
(Founded 1949)

WINTER LEAGUE 2025 - DIVISION ONE
FIXTURES, FIRST HALF

Issued 20 August 2025 by the Fixtures Secretary, after the AGM held at the Plough on 7 August.

All league matches on Thursdays, 8.30pm start. Home team first. Fives and threes, 7 singles and
3 pairs per match.

  Date          Home                      Away
  ----------    ----------------------    ----------------------
  Thu 4 Sep     Feathers              v   Coach & Horses
                Plough                v   Railway Tavern
                Red Lion B            v   Red Lion A
  Thu 11 Sep    Railway Tavern        v   Red Lion B
                Red Lion A            v   Feathers
                Plough                v   Coach & Horses
  Thu 18 Sep    Plough                v   Feathers
                Red Lion A            v   Railway Tavern
                Red Lion B            v   Coach & Horses
  Thu 25 Sep    Coach & Horses        v   Railway Tavern
                Red Lion B            v   Feathers
                Plough                v   Red Lion A
  Thu 2 Oct     Red Lion A            v   Coach & Horses
                Railway Tavern        v   Feathers
                Red Lion B            v   Plough
  Thu 9 Oct     KNOCKOUT CUP, ROUND 1 - all teams at the Feathers, draw on the night

NOTES
1. Result cards to the Results Secretary by the Saturday after the match.
2. Postponements only with the agreement of the Committee. Fine for a late card: 5 pounds.
3. Singles Knockout Final: Friday 12 December at the Railway Tavern, 8pm. Buffet provided.
4. Second-half fixtures will be sent out with the November newsletter.
5. A team that cannot field seven players forfeits the missing singles, not the whole match.
6. Landlords are asked to keep a clean board, two sets of dominoes and chalk ready by 8.15pm.

Chairman: R. Gedge       Secretary: M. Pye       Fixtures Secretary: A. Lister (07700 900318)
""",
        (
            expect("1949", "founded"),
            expect("2025-08-07", "agm"),
            expect("2025-09-04", "feathers", planned=True),
            expect("2025-09-11", "railway", planned=True),
            expect("2025-09-18", "plough", planned=True),
            expect("2025-09-25", "coach", planned=True),
            expect("2025-10-02", "red lion a", planned=True),
            expect("2025-10-09", "cup", planned=True),
            expect("2025-12-12", "final", planned=True),
        ),
    ),
)  # fmt: skip
