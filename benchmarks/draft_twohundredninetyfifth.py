"""The two-hundred-and-ninety-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a harbour dredging
notice, a hurling tournament report, a watercress farm company release, a tanner's account book
of the 1830s, a bat roost survey report, a violin maker's history, a health minister's
statement, a dog groomer's HTML page, a market stall licence decision, a basket weaving history
and a canasta league fixtures card. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are
left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYFIFTH_CORPUS",)


TWOHUNDREDNINETYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "penwithy-cliff-landslip",
        "wire story",
        None,
        """Landslip cuts Penwithy coast railway, line shut for weeks

PENWITHY, March 12, 2025 (Coastline Press) - A landslip buried a 60-metre stretch of the
Penwithy coast railway on Monday night, leaving boulders and mud across both tracks and cutting
the only rail link between the fishing towns of Penwithy and Garrow Sands, the line's operator
said.

No train was on the section when the cliff gave way, shortly after 11 p.m. Engineers from
Westerly Rail walked the line on Tuesday and found that the sea wall beneath the slip had also
been undermined for about 40 metres.

"We are looking at weeks, not days," said Westerly Rail's route director, Nessa Tregaskis. "The
line will reopen by the end of April at the latest, but only once we are satisfied that the
cliff above it is stable."

Replacement buses will start running between the two towns on Friday, the company said, adding
that the journey would take roughly twice as long as by train.

The railway, which carries about 1,200 passengers a day, opened in 1861 and was built largely on
a shelf cut into the cliff. Its sea wall was rebuilt in 2014 after storms washed part of it
into the sea.

Residents said the cliff had been moving for weeks. A smaller slip on or about 3 February
blocked a footpath above the line, and walkers reported fresh cracks in the field behind it.

Westerly Rail installed tilt sensors along the cliff top in 2019. Tregaskis said the sensors
had recorded movement, but not enough to trigger a closure. "We will be looking very hard at
those thresholds," she said.

The county council has called a public meeting in Penwithy for March 20, where the operator and
the council's own engineers will answer questions from residents and businesses.

Hoteliers in Garrow Sands, which depends on day visitors arriving by train, said bookings were
already falling. "People see the pictures and think the whole coast has fallen in," said Ada
Penrose, who runs a guest house on the harbour front.

(Reporting by Demelza Crowan; Editing by Piers Latchford)""",
        (
            expect("2025-03-10", "landslip"),
            expect("2025-03-11", "engineers"),
            expect("../2025-04", "reopen", planned=True),
            expect("2025-03-14", "buses", planned=True),
            expect("1861", "opened"),
            expect("2014", "sea wall"),
            expect("2025-02-03~", "footpath"),
            expect("2019", "sensors"),
            expect("2025-03-20", "meeting", planned=True),
        ),
    ),
    Text(
        "corvale-leak-sensors",
        "press release",
        None,
        """PRESS RELEASE

Corvale Water to fit leak sensors across its network after successful pilot

Issued: 4 June 2024
For immediate release

Corvale Water today announced a 14 million pound programme to fit acoustic leak sensors to
every district of its supply network, after a pilot in the Hallam Vale area cut the time taken
to find burst mains by more than half.

The pilot ran from 8 January to 29 March 2024 and covered 310 kilometres of pipe. Sensors
clamped to valves listened overnight for the hiss of escaping water and sent alerts to the
company's control room in Dunmere. Engineers found 46 leaks during the trial, eleven of which
had shown no sign at the surface.

The full programme will begin on 1 July, starting in the three districts with the oldest cast
iron mains. Corvale expects to have sensors installed in all 28 districts by the end of 2026.

"Every litre we lose underground is a litre our customers have paid to treat and pump," said
chief executive Miriam Oduya, who joined the company in 2021. "This is the biggest single step
we have taken on leakage in a generation, and the pilot shows it works."

Corvale was fined 2.1 million pounds by the regulator in September 2022 for missing its
leakage targets. Its current business plan commits it to cutting leakage by a quarter.

Customers and councils are invited to comment on the order in which districts will be covered.
Responses must be submitted no later than 15 July. A summary of the first results of the full
programme is expected to be published in October.

ENDS

Notes to editors
1. Corvale Water supplies drinking water to about 1.4 million people in the Dunmere and Hallam
   Vale region. The company was founded in 1952 as the Dunmere Joint Water Board.
2. The acoustic sensors are supplied by Fennick Instruments under a five-year contract.
3. Photographs and video of the pilot are available from the press office on request.

Media contact: Press Office, Corvale Water | press@corvalewater.example | 01632 960417""",
        (
            expect("2024-06-04", "announc"),
            expect("2024-01-08/2024-03-29", "pilot"),
            expect("2024-07-01", "programme", planned=True),
            expect("../2026", "sensors", planned=True),
            expect("2021", "oduya", "joined"),
            expect("2022-09", "fined"),
            expect("../2024-07-15", "responses", planned=True),
            expect("2024-10", "results", planned=True),
            expect("1952", "founded"),
        ),
    ),
    Text(
        "ashcombe-hedge-boundary",
        "court opinion",
        date(2023, 11, 2),
        """IN THE COUNTY COURT AT MARLSTOW

Claim No. K41MR207

BETWEEN:
                  DOROTHY ELSPETH VANE                          Claimant
                          - and -
                  GARETH ROLAND PRIDDY                          Defendant

                           JUDGMENT

HIS HONOUR JUDGE ALDERTON:

Introduction

1. This is a dispute between neighbours about a strip of land, roughly two metres wide, at the
bottom of their gardens in Ashcombe Lane, Marlstow. The claimant owns Hollybank; the defendant
owns the adjoining property, Wren Cottage.

2. The claimant bought Hollybank on or about 12 August 2009. The conveyance itself has been
lost, and the date is taken from her former solicitor's completion statement.

3. Between the two gardens stands an old hawthorn hedge. The evidence of Mr Colley, a retired
farmer who grew up in the lane, was that the hedge was planted c. 1975 by the then owner of
Wren Cottage, along the line of an earlier post and wire fence. I accept that evidence.

The facts

4. On 3 May 2021 the defendant erected a close-boarded fence on the claimant's side of the
hedge, enclosing the strip. The claimant's solicitors wrote to him on 17 June 2021, asserting
that the fence stood on her land and asking him to take it down. He did not reply.

5. The claimant issued these proceedings on 2 February 2022. She seeks a declaration as to the
position of the boundary, an order for the removal of the fence and damages for trespass.

6. The trial was heard over three days, from 11 to 13 September 2023. I heard evidence from both
parties, from Mr Colley and from two surveyors, one instructed by each side.

The documents

7. The only plan of any age is an estate plan of Ashcombe Farm, which neither surveyor could
date with confidence. The plan was probably drawn in 1932, when the farm was divided and sold
in lots; it shows a field boundary in the position of the present hedge.

8. The defendant's surveyor relied on the Land Registry title plan. That plan shows general
boundaries only and cannot settle the question.

Conclusion

9. In my judgment the hedge marks the boundary, and the fence stands on the claimant's land.

10. The defendant must remove the fence no later than 1 December 2023. The claimant is entitled
to nominal damages for the trespass.

11. Costs will be dealt with at a short hearing on 15 January 2024, unless the parties agree
them before then.""",
        (
            expect("2009-08-12~", "bought"),
            expect("1975~", "hedge", "planted"),
            expect("2021-05-03", "fence"),
            expect("2021-06-17", "solicitors"),
            expect("2022-02-02", "proceedings"),
            expect("2023-09-11/2023-09-13", "trial"),
            expect("1932?", "plan"),
            expect("../2023-12-01", "remove", "fence", planned=True),
            expect("2024-01-15", "costs", planned=True),
        ),
    ),
    Text(
        "skellbridge-canal-history",
        "encyclopedia history",
        None,
        """Skellbridge Canal

The Skellbridge Canal is a narrow canal in the north of Carnford county, running 23 miles
(37 km) from the River Aske at Skellbridge to the former coalfield villages around Hobmoor. It
was built to carry coal and lime, and is now used almost entirely by pleasure boats.

History

Proposals and construction

A canal to the Hobmoor pits was first proposed c. 1790 by a group of landowners led by Sir
Anthony Brisco. After a survey by the engineer Josiah Thwaite, an Act of Parliament authorising
the canal was passed in 1793, and construction began the following year.

Progress was slow. The 1,100-yard Hobmoor Tunnel proved far harder to dig than Thwaite had
estimated, and the company twice had to raise more capital from its shareholders. The canal
finally opened throughout on 14 May 1801, when a procession of eleven boats carried coal from
Hobmoor to the town wharf at Skellbridge.

Railway ownership and decline

Faced with competition from the new Carnford and Aske Railway, the canal company sold out to
the railway in 1846. The railway kept the canal open but spent little on it, and tonnages fell
for the rest of the century.

The last commercial cargo, a load of roadstone for the county council, was probably carried in
1936. The canal was formally closed to navigation in 1938, and several of its locks were later
filled in.

Restoration

The Skellbridge Canal Society was formed in 1971 to campaign for the canal's reopening.
Volunteers cleared the towpath and rebuilt the Hobmoor flight of locks over the next three
decades, helped by lottery grants and by the county council. The whole canal was reopened to
boats on 2 June 2007.

Since 2012 the canal has been owned and managed by the Northern Waterways Trust, a charity. The
tunnel, which is one-way and has no towpath, is open to boats only when a trust volunteer is on
duty at the Hobmoor portal.

Route

From the Aske the canal climbs through the seven locks of the Skellbridge flight, then follows
the contour of the valley side to the Hobmoor Tunnel. Beyond the tunnel a short summit pound
leads to the terminus basin, where the old lime kilns survive.

See also
 - Canals of northern England
 - Hobmoor Tunnel""",
        (
            expect("1790~", "proposed"),
            expect("1793", "act"),
            expect("1794", "construction"),
            expect("1801-05-14", "opened"),
            expect("1846", "sold"),
            expect("1936?", "cargo"),
            expect("1938", "closed"),
            expect("1971", "society"),
            expect("2007-06-02", "reopened"),
            expect("2012/..", "trust"),
        ),
    ),
    Text(
        "halvering-county-title",
        "sports report",
        date(2024, 8, 19),
        """Cricket: Ferrow century ends Halvering's 26-year wait for county title

By Rhiannon Keld

Halvering won the Westmarch women's county championship on Sunday, beating the holders Tollbury
by 64 runs in the final at Abbot's Meadow behind a superb unbeaten century from their captain,
Lise Ferrow.

Ferrow, who joined Halvering from Tollbury in April 2022, came in at 31 for two in the ninth
over and batted through the innings, finishing on 112 not out from 118 balls with fourteen
fours and two sixes. Halvering's 247 for six proved far too many for a Tollbury side that lost
its top three inside ten overs, and off-spinner Maddy Orrin took four for 29 as they were
bowled out in the 44th over.

It completed a remarkable week for Halvering, who needed a last-ball single to beat Pennick in
the semi-final on Wednesday.

"I told the girls after the semi that if we got over that line we would win it," said coach
Tamsin Rudd, who has been in charge since 2019. "Lise has played the innings of her life, and
against her old club too."

Halvering, founded in 1873, last lifted the trophy in 1998, when Ferrow's mother, Jan, opened
the batting.

The champions now go on to the national play-off against the winners of the Eastern League at
Brackley Road on 1 September. Their new pavilion, delayed by a dispute with the builder, is
expected to open by the end of May next year, and the first fixture there is due to be a home
match against Pennick on 26 April.

Tollbury captain Jess Mercer, whose 58 was the only resistance, was gracious in defeat. "They
were better than us on the day, and Lise was the difference," she said.

Scores: Halvering 247-6 (50 overs; L Ferrow 112no, K Ashe 41); Tollbury 183 (43.2 overs;
J Mercer 58, M Orrin 4-29). Halvering won by 64 runs.""",
        (
            expect("2024-08-18", "halvering"),
            expect("2024-08-14", "semi-final"),
            expect("2022-04", "ferrow", "joined"),
            expect("2019/..", "rudd"),
            expect("1873", "founded"),
            expect("1998", "trophy"),
            expect("2024-09-01", "play-off", planned=True),
            expect("../2025-05", "pavilion", planned=True),
            expect("2025-04-26", "pennick", planned=True),
        ),
    ),
    Text(
        "corrigan-teale-ropeworks",
        "company history",
        None,
        """Corrigan & Teale - Our Story

Rope has been made on the same strip of ground in Hessleford for well over a century and a half.
This is how a two-man ropewalk became one of the last working rope makers in the country.

The early years
Thomas Corrigan, a ship's rigger from Tynemouth, began spinning hemp in a field behind the
Hessleford docks about 1850. His partner, William Teale, brought the money; Corrigan brought the
skill. The firm moved to its present site in Tannery Lane in 1874, where the 330-yard covered
ropewalk was built.

A limited company
Corrigan & Teale was incorporated as a limited company on 1 July 1899, with Corrigan's sons
Edward and Frank as its first directors. By then the works employed more than sixty people and
supplied trawler owners from Hessleford to Aberdeen.

Fire and rebuilding
In 1921 a fire destroyed the hemp store and half of the ropewalk. The works was rebuilt the
following year, this time in brick, and the long building you can see from the road today dates
from then.

From hemp to polyester
Like every rope maker, we changed with the times. Nylon and polyester arrived after the war,
and within a generation they had almost replaced natural fibres on the fishing fleet. The
Corrigan family remained in charge of the business until 1988.

Owned by the people who work here
In 2003 the company was bought by its employees through a trust, which still holds every share.
Since 2016 we have exported mooring lines to the salmon farms of Norway, now our largest
market, and the ropewalk runs two shifts for much of the year.

Looking ahead
A second ropewalk, built for the heavy mooring lines our Norwegian customers need, will open in
2026 alongside the original building. The old walk will carry on making the traditional
three-strand ropes that the heritage sailing fleet still asks for.

Visit us
Guided tours of the ropewalk run on the first Saturday of each month. Please book ahead.

[Our products]  [Heritage ropes]  [Careers]  [Contact us]""",
        (
            expect("1850~", "corrigan"),
            expect("1874", "tannery lane"),
            expect("1899-07-01", "incorporated"),
            expect("1921", "fire"),
            expect("1922", "rebuilt"),
            expect("../1988", "family"),
            expect("2003", "employees"),
            expect("2016/..", "export"),
            expect("2026", "ropewalk", planned=True),
        ),
    ),
    Text(
        "petrel-glider-halloran",
        "mission summary",
        date(2024, 11, 28),
        """MISSION SUMMARY - PETREL-2 UNDER-ICE GLIDER
Polar Ocean Robotics Group, Kelvinside Marine Institute
Document PORG-MS-024, Revision B

Objective
To measure the temperature and salinity of the water flowing beneath the Halloran Ice Shelf,
and to test whether a buoyancy glider can navigate under the ice for months at a time without
surfacing.

Background
Petrel-2 is the second glider of its class. Design work on the Petrel family probably began in
2019, although the earliest surviving drawings are undated. Its predecessor, Petrel-1, flew a
six-week mission in open water in 2021 and was lost at the ice edge.

Timeline
- Deployment. Petrel-2 was lowered over the side of the research vessel Skua on 3 March 2024,
  some 200 km north of the ice front.
- First dive. After a day of checks at the surface, the glider began its first deep dive two
  days later.
- Under the ice. The glider passed beneath the shelf front and began navigating by the
  acoustic beacons moored on the sea floor.
- Silence. Contact with the glider was lost on or about 19 June, when it stopped answering the
  beacon array; the exact date is uncertain because the array logs only once a week.
- Return. To the team's relief, Petrel-2 surfaced in a polynya on 2 August and sent 48 days of
  stored profiles home by satellite.
- Recovery. Recovery took three days, from 14 to 16 October, because of heavy swell; the glider
  was lifted aboard the Skua at the third attempt.

Results
The glider completed 1,912 dives and travelled about 2,300 km, 1,400 km of it under the ice.
Its data show warm water reaching the grounding line at depths of 600 to 800 metres, a finding
that will be tested against the models of the shelf.

Lessons
The loss of contact was caused by ice forming on the acoustic transducer. A heated housing has
been designed for the next glider.

Next steps
The calibrated data set will be released to the public by 31 March 2025. Petrel-3, fitted with
an upward-looking sonar to map the underside of the shelf, is due to be deployed in January
2026.""",
        (
            expect("2019?", "design"),
            expect("2021", "petrel-1"),
            expect("2024-03-03", "petrel-2"),
            expect("2024-03-05", "dive"),
            expect("2024-06-19~", "contact"),
            expect("2024-08-02", "surfaced"),
            expect("2024-10-14/2024-10-16", "recovery"),
            expect("../2025-03-31", "data", planned=True),
            expect("2026-01", "petrel-3", planned=True),
        ),
    ),
    Text(
        "morrow-bridge-toll",
        "government statement",
        None,
        """DEPARTMENT FOR TRANSPORT AND INFRASTRUCTURE

Written Ministerial Statement
Morrow Estuary Bridge: tolls

Issued: 7 May 2025
Ref: DTI/WMS/2025/118

The Minister for Transport (Honor Llewyn):

Today I am confirming that the Government will abolish the toll on the Morrow Estuary Bridge,
the last tolled road crossing in the region.

The bridge opened to traffic in October 1938, and motorists have paid to cross it for more than
eighty years. The present toll regime was introduced in 1996, when ownership of the bridge
passed to the Morrow Crossings Company under a concession agreement.

In November 2023 my predecessor commissioned an independent review of the tolls, chaired by
Professor Alun Garside. The review reported on 14 March 2025. It found that the tolls raise
far more than is needed to maintain the bridge, and that they fall most heavily on workers in
Kesh and Llanmorrow, many of whom cross twice a day.

A public consultation on the review's recommendations ran from 2 to 30 April. More than 9,000
people and organisations responded, and I am grateful to all of them. Nine in ten supported
abolition.

I have therefore decided as follows.

(a) Tolls will be suspended from 1 June onwards, while the legislation needed to abolish them
    passes through Parliament.

(b) The regulations to give effect to this decision will be laid before Parliament no later
    than 30 June.

(c) The Government will honour the concession agreement with the Morrow Crossings Company,
    which will end on 31 March 2027 as the agreement provides. Until then the company will be
    compensated from the transport budget for the tolls it no longer collects.

(d) The outstanding debt on the bridge, some 41 million pounds, is expected to be repaid in
    full by 2030.

Maintenance of the bridge will not suffer. The budget for its upkeep will be protected, and the
bridge will continue to be inspected by engineers of my department.

I will place copies of the review and of the summary of consultation responses in the Library
of the House.

ENDS""",
        (
            expect("2025-05-07", "toll"),
            expect("1938-10", "opened"),
            expect("1996", "regime"),
            expect("2023-11", "review", "commissioned"),
            expect("2025-03-14", "review", "reported"),
            expect("2025-04-02/2025-04-30", "consultation"),
            expect("2025-06-01/..", "suspended", planned=True),
            expect("../2025-06-30", "regulations", planned=True),
            expect("2027-03-31", "concession", planned=True),
            expect("../2030", "debt", planned=True),
        ),
    ),
    Text(
        "brackwater-museum-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brackwater museum reopens 14 months after flood | Vale Courier</title>
</head>
<body>
<header><a class="masthead" href="/">Vale Courier</a>
<nav><a href="/news">News</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<h1>Brackwater museum reopens 14 months after flood</h1>
<p class="byline">By Owain Pettifer &middot;
<time datetime="2025-01-23">Thursday 23 January 2025</time></p>
<p>The Brackwater Town Museum welcomed visitors on Tuesday for the first time in more than a
year, after a restoration that cost almost &pound;900,000.</p>
<p>The River Brack burst its banks on the night of 9 November 2023, sending a metre of water
through the ground floor galleries. Volunteers carried more than 3,000 objects upstairs as the
water rose around them.</p>
<figure><img src="/img/museum-gallery.jpg" alt="The restored ground floor gallery">
<figcaption>The restored ground floor gallery, photographed on Monday.</figcaption></figure>
<p>The building, a former corn exchange, was built c. 1880 and became the town's museum in
1954. Insurers settled the museum's claim in March 2024, which allowed work to start on new
floors, wiring and display cases.</p>
<p>Curator Fenella Marsh, appointed in 2017, said the flood had been &ldquo;the worst night of
my working life&rdquo;. &ldquo;Seeing the doors open again this week has been the best
day,&rdquo; she added.</p>
<p>Showcases in the new galleries stand on raised plinths, and the most fragile objects are now
kept on the first floor.</p>
<h2>What&rsquo;s next</h2>
<ul>
<li>The museum caf&eacute; will open on Saturday, run by volunteers from the Friends of the
museum.</li>
<li>A new exhibition, <em>High Water</em>, about the town&rsquo;s floods and the people who
cleared up after them, will run from 1 February to 31 May.</li>
<li>The Environment Agency&rsquo;s new flood barrier beside the museum is expected to be
complete by the end of June.</li>
</ul>
<p>Admission is free. The museum is open Tuesday to Sunday, 10am to 4pm.</p>
</article>
</main>
<footer><p>&copy; Vale Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-01-21", "museum"),
            expect("2023-11-09", "brack"),
            expect("1880~", "built"),
            expect("1954", "museum"),
            expect("2024-03", "claim"),
            expect("2017", "marsh"),
            expect("2025-01-25", "caf", planned=True),
            expect("2025-02-01/2025-05-31", "exhibition", planned=True),
            expect("../2025-06", "barrier", planned=True),
        ),
    ),
    Text(
        "kilbrannock-channel-dredging",
        "harbour dredging notice",
        None,
        """KILBRANNOCK HARBOUR COMMISSIONERS

LOCAL NOTICE TO MARINERS No. 14 of 2025

MAINTENANCE DREDGING - APPROACH CHANNEL AND INNER BASIN

Notice is hereby given that maintenance dredging of the Kilbrannock approach channel and of the
Inner Basin will take place from 10 March to 25 April 2025. The work will be carried out by the
trailing suction hopper dredger MARGIT HALL (call sign 2BQF7) and the backhoe dredger SEAL ROCK.

1. Reason for the work
1.1 A hydrographic survey carried out on 12 February 2025 found that depths in the approach
channel had fallen to about 4.1 metres below chart datum, against a maintained depth of 5.0
metres. The channel was last dredged in 2019.
1.2 The MARGIT HALL last worked in the harbour in October 2022, when she deepened the berth at
the fish quay.

2. Spoil disposal
2.1 Dredged material will be taken to the licensed disposal site at Garron Deep, in position
56 41.20N 005 52.80W. The site was designated for harbour spoil in 1987.

3. Navigation
3.1 Vessels shall keep well clear of the dredgers, which will display the signals prescribed by
Rule 27 of the Collision Regulations, and shall pass them at slow speed.
3.2 Port hand buoy No. 3 will be moved about 50 metres to the west on or about 7 March to give
the dredgers room to turn. Its light characteristic will not change.
3.3 The Inner Basin anchorage will be closed to all vessels on Saturday 15 March while the
backhoe dredger works alongside the fish quay.
3.4 Masters of vessels over 60 metres in length shall call Kilbrannock Harbour on VHF
Channel 12 before entering the approach channel, and shall follow the directions given.

4. Completion
4.1 On completion a survey of the channel will be made, and its results published by 9 May
2025 at the latest. Until then masters should not rely on the charted depths in the approach
channel.

5. Cancellation
5.1 Local Notice to Mariners No. 9 of 2025 is hereby cancelled.

The Kilbrannock Harbour Commissioners, constituted by Act of Parliament in 1862, are the
statutory harbour authority for the port and its approaches.

Dated this 3rd day of March 2025

R. D. McAskill
Harbour Master
Harbour Office, Pier Road, Kilbrannock
VHF Channel 12 (24 hours)""",
        (
            expect("2025-03-10/2025-04-25", "dredging", planned=True),
            expect("2025-02-12", "survey"),
            expect("2019", "dredged"),
            expect("2022-10", "margit hall"),
            expect("1987", "designated"),
            expect("2025-03-07~", "buoy", planned=True),
            expect("2025-03-15", "anchorage", planned=True),
            expect("../2025-05-09", "results", planned=True),
            expect("1862", "commissioners"),
        ),
    ),
    Text(
        "ballyderrig-shield-final",
        "hurling tournament report",
        date(2024, 7, 8),
        """Ballyderrig end 45-year wait for the Corran Shield

Corran Shield final, Kilmeague Park
Ballyderrig 2-17  Drumanagh 1-15

Ballyderrig are Corran Shield champions after a display full of heart at Kilmeague Park on
Sunday, where a second-half goal from wing-forward Ciaran Duggan finally broke the resistance
of a gallant Drumanagh side.

It was a hard-earned title. Ballyderrig needed extra time to get past Castlemoyne in the
semi-final at Ardnagh on Saturday 29 June, and captain Rory Kinsella played both games with
strapping on the hand he broke in a club league match on or about 2 June.

Drumanagh, backed by a strong breeze, led 0-9 to 1-5 at the break, their full-forward Padraig
Hession causing all sorts of trouble with his first-time pulling. But Ballyderrig came out for
the second half a different team. Kinsella, moved to midfield, won a string of puck-outs, and
the gap was down to a point when Duggan collected a break on the 45 in the 41st minute, rounded
his marker and buried a low shot to the corner of the net.

Hession's goal with seven minutes left gave Drumanagh hope, but points from Kinsella and
substitute Eoin Brophy saw Ballyderrig home.

The Shield, for intermediate clubs in the west of the county, was first played for in 1925.
Ballyderrig, founded in 1887, last won it in 1979, when manager Seanie Furlong was the
corner-back.

"I waited a long time for this one," Furlong said. "These lads never gave up, not in the
semi-final and not today."

The celebrations will go on to Friday, when the team bring the Shield home to a reception at the
community hall. Attention then turns to the county intermediate championship, where Ballyderrig
meet Rathcoole in the quarter-final on 20 July. The club's new all-weather pitch, funded by a
sports capital grant, is due to open by September 2025.

BALLYDERRIG: T Walsh; M Cody, S Kehoe, P Doyle; J Furlong, L Nolan, D Kehoe; R Kinsella (0-5),
C Byrne; C Duggan (1-3), E Moran (1-1), N Lacey (0-2); K Murphy (0-4), S Cullen, A Dunne (0-1).
Sub: E Brophy (0-1).

Referee: B Tierney (Clonross).""",
        (
            expect("2024-07-07", "ballyderrig"),
            expect("2024-06-29", "semi-final"),
            expect("2024-06-02~", "hand"),
            expect("1925", "shield"),
            expect("1887", "founded"),
            expect("1979", "shield"),
            expect("2024-07-12", "reception", planned=True),
            expect("2024-07-20", "quarter-final", planned=True),
            expect("../2025-09", "pitch", planned=True),
        ),
    ),
    Text(
        "lyddon-springs-watercress",
        "watercress farm company release",
        date(2024, 4, 18),
        """NEWS FROM LYDDON SPRINGS WATERCRESS

Lyddon Springs signs supermarket deal and plants new beds as demand for watercress grows

Lyddon Springs, the family-run watercress farm in the Ebble valley, has signed a three-year
agreement to supply Harwick's supermarkets across the south-west, and has planted four new beds
to meet the extra demand.

The agreement was signed on 2 April and will put Lyddon cress on the shelves of 46 Harwick
stores, under the farm's own label. It is the largest contract in the farm's history.

The new beds, fed by the same chalk springs as the rest of the farm, were planted in February
2024 and are growing well in water that stays at around ten degrees all year. The first cut
from them is expected to begin on 13 May.

"Our great-great-grandfather would recognise most of what we do," said director Kit Lyddon. "The
water comes up through the chalk, runs through the beds and goes back to the river cleaner than
it came in. The difference now is that we can tell everyone about it."

Henry Lyddon grew the first crop of cress in the valley in 1886, selling it from a barrow at
Salchester market. The family bought the springs themselves in 1931, and the farm has been
certified organic since 2012. Floods in January 2014 closed the beds for six weeks; the farm
won a Chalk Streams Award in 2019 for its work restoring the river margin below the beds.

A new packhouse, which will let the farm wash, bag and chill all of its cress on site, will be
completed by 30 September.

Visitors can see the beds for themselves at the farm's open day on Saturday 8 June, with guided
walks along the springs, tastings and a children's trail.

- ENDS -

Notes for editors
* Lyddon Springs grows about 180 tonnes of watercress a year on eleven acres of beds.
* The farm employs 23 people, most of them from the villages of the valley.
* Images are available on request.

Contact: Hattie Lyddon, Lyddon Springs Watercress, Ebble Bottom, Salchester""",
        (
            expect("2024-04-02", "agreement"),
            expect("2024-02", "beds"),
            expect("2024-05-13", "cut", planned=True),
            expect("1886", "crop"),
            expect("1931", "springs"),
            expect("2012/..", "organic"),
            expect("2014-01", "floods"),
            expect("2019", "award"),
            expect("../2024-09-30", "packhouse", planned=True),
            expect("2024-06-08", "open day", planned=True),
        ),
    ),
    Text(
        "pellow-tanyard-accompts",
        "tanner's account book",
        None,
        """Tan Yard Accompt Book of Jno. Pellow, Tanner, at Lower Addicote

                                                                        l.    s.    d.
1834
Jany. 4th   Bought of Mr. Josh. Hibbert, Grazier, 20 Ox Hides @ 14s.      14     0     0
  Do.       Pd. Wm. Crabbe for carting the Do. from Wellsford                0     6     6
  Do.       Pd. for Salt & Lime for the Hides                                0     9     2
Feby. 17th  Pd. Saml. Oake his Bill for Oak Bark, 6 Ton @ 3l. 12s.          21    12     0
  Do.       Pd. the Bark Shavers 3 days                                      0     7     6
  Do.       Beer for the Men                                                 0     1     0
Apl. 22nd   Sold to Js. Whitlow, Sadler, 12 Butts dressed                   18    18     0
            Recd. of him on acct.                                           10     0     0
            Mem. Mr. Whitlow to pay the remainder by the 29th Septr. next.

Mem. The old Pit by the Brook was dug by my Father abt. 1809 & is now past mending. A new
Pit to be sunk beside it when the Bark money is come in.

1835
June 11th   Wm. Cobb bound Apprentice this day for 7 years, his
            Father paying the Premium                                       10     0     0
  Do.       Pd. Lawyer Veale for drawing the Indenture                       0    15     0
  Do.       Pd. for a Smock & Apron for the Boy                              0     4     3
Novr. 24th  Pd. Js. Vosper, Millwright, for mending the Bark Mill            1     4     0
            NB the Mill broke down on or abt. the 20th inst. & no Bark
            ground for 4 days, the Men set to scraping Hides.

1836
Mar. 2nd    Recd. of the Widow Pask on acct. of her late Husband's debt,
            contracted probably in 1829 for Bend Leather                     3     0     0
            Mem. the Widow to pay 1l. more when she can. Not to be pressed.

Decr. 1836  The Yard under water by the great Flood, the worst since my
            Father's time. 30 Hides spoilt in the Pits & the Bark
            Stack carried off. Loss reckoned at                             22    10     0
            Pd. Wm. Cobb & two Men for clearing the Pits, 5 days             1     2     6

Carried forward to the next Book.  J. P.""",
        (
            expect("1834-01-04", "hides"),
            expect("1834-02-17", "bark"),
            expect("1834-04-22", "whitlow"),
            expect("../1834-09-29", "remainder", planned=True),
            expect("1809~", "pit"),
            expect("1835-06-11", "cobb"),
            expect("1835-11-24", "vosper"),
            expect("1835-11-20~", "mill"),
            expect("1829?", "debt"),
            expect("1836-03-02", "pask"),
            expect("1836-12", "flood"),
        ),
    ),
    Text(
        "holloway-barn-bats",
        "bat roost survey report",
        None,
        """PRELIMINARY ROOST ASSESSMENT AND EMERGENCE SURVEY REPORT
Holloway Barn, Stenning Lane, Crossthwaite

Client:          Mr and Mrs D. Achterberg
Report ref:      FBE/24/0317   Version 2 (final)
Date of issue:   30 September 2024
Prepared by:     Fernbrake Ecology Ltd

1. SUMMARY
1.1 Holloway Barn, a stone threshing barn built c. 1790, is proposed for conversion to a single
dwelling. The surveys described below found that the barn supports a day roost of brown
long-eared bats (Plecotus auritus) in the roof void above the central threshing bay.
1.2 The works will destroy the roost unless mitigation is provided. A licence from the
statutory nature conservation body will be needed before any work to the roof.

2. SURVEY METHODS AND TIMING
2.1 A preliminary roost assessment (PRA) of the barn was carried out on 14 May 2024 by a
licensed ecologist, using an endoscope and a high-powered torch.
2.2 Three dusk emergence surveys followed, on 11 June, 2 July and 29 July 2024, each with four
surveyors and two infra-red cameras. Weather conditions were suitable on all three evenings.

Table 1. Survey effort
  Survey        Date         Sunset   Temp (C)   Bats emerging
  PRA           14/05/2024   -        14         -
  Emergence 1   11/06/2024   21:28    15         3 BLE
  Emergence 2   02/07/2024   21:31    17         7 BLE
  Emergence 3   29/07/2024   21:07    16         5 BLE, 1 common pipistrelle

3. PREVIOUS RECORDS
3.1 A survey of the barn by another consultancy in 2017 recorded scattered droppings but no
bats. No other records for the site were returned by the local records centre.

4. RESULTS
4.1 The peak count of seven brown long-eared bats on 2 July indicates a small day roost, not a
maternity colony. Bats emerged from a gap at the ridge and from the top of the east gable.

5. MITIGATION AND TIMETABLE
5.1 Ten bat boxes were erected on trees along the eastern boundary on 19 September 2024, to
provide roosts while the barn is worked on.
5.2 An application for a mitigation licence will be submitted by 15 October 2024.
5.3 Subject to the licence, roof works are due to begin on 4 November 2024, after the bats have
left for their winter roosts. A dedicated roost loft will be built above the east bay.
5.4 A post-works check of the new roost loft is expected in about August 2025.

6. LIMITATIONS
6.1 Bat activity varies from year to year. These results remain valid for eighteen months from
the date of the last survey.""",
        (
            expect("1790~", "built"),
            expect("2024-05-14", "assessment"),
            expect("2024-06-11", "survey"),
            expect("2024-07-02", "survey"),
            expect("2024-07-29", "survey"),
            expect("2017", "survey"),
            expect("2024-09-19", "boxes"),
            expect("../2024-10-15", "licence", planned=True),
            expect("2024-11-04", "roof", planned=True),
            expect("2025-08~", "check", planned=True),
        ),
    ),
    Text(
        "abernethy-violin-workshop",
        "violin maker's history",
        None,
        """The Abernethy Workshop of Strathvenn

Alexander Abernethy was the first violin maker of note in Strathvenn, and the workshop he founded
outlived him by almost thirty years. His instruments, long dismissed as provincial copies, are
now sought after by players of traditional music for their strong, open tone.

Early life
Abernethy was born about 1798, the son of a cabinet maker in the village of Balquharrie. In
1812 he was apprenticed to the Edinburgh maker Robert Gow, from whom he learned to work on the
pattern of the Amati family rather than that of Stradivari, then coming into fashion.

His own shop
Abernethy set up on his own in Strathvenn in 1824, in two rooms above a chandler's shop in
Tolbooth Wynd. For some years he lived mainly by repairs and by making fiddles for dancing
masters. The earliest instrument with his printed label is a viola dated 1826, now in the
Strathvenn Museum.

His finest violin, known as the 'Lark' from the bird carved in place of the usual scroll, was
probably made in 1832. Its one-piece back of flamed sycamore is thought to have come from a
tree on the Balquharrie estate.

Quay Street
In May 1840 the workshop moved to larger premises in Quay Street, where Abernethy took on two
journeymen and began to sell strings, bows and cases as well as instruments. His labels from
this time read "A. Abernethy, Maker, Quay Street".

Abernethy died at Quay Street on 3 February 1861. His son James ran the workshop until 1889,
making mostly cellos and basses, before selling the stock and tools to a Glasgow dealer.

The instruments
Fewer than ninety Abernethy instruments are known. Their varnish is a deep golden brown, often
worn through on the upper back, and the f-holes are cut low and wide. The 'Lark' was sold at
auction in London on 12 November 1998, and is now played by the fiddler Morag Tulloch.""",
        (
            expect("1798~", "born"),
            expect("1812", "apprenticed"),
            expect("1824", "abernethy"),
            expect("1826", "viola"),
            expect("1832?", "lark"),
            expect("1840-05", "quay street"),
            expect("1861-02-03", "died"),
            expect("../1889", "james"),
            expect("1998-11-12", "auction"),
        ),
    ),
    Text(
        "tarrant-measles-clinics",
        "health minister's statement",
        None,
        """Statement by the Minister for Health, Dr Saoirse Penhallow
Measles in the Tarrant district

Wednesday, 11 September 2024

I want to update the public on the outbreak of measles in the Tarrant district, and on the
steps we are taking to bring it under control.

The first case was reported to public health officials on 22 August, in a young child who had
recently returned from abroad. As of this morning there are 38 confirmed cases, most of them in
children under ten who had not been vaccinated. Four children have been treated in hospital.
All are recovering.

On Monday I met clinicians at Tarrant General Hospital and the district's family doctors. They
told me that the outbreak is spreading mainly through schools and nurseries, and that many
parents are unsure whether their children have had both doses of the vaccine.

So we are making it easier to check and to catch up. A telephone helpline for parents opened
yesterday and has already taken more than 1,200 calls. Additional vaccination clinics will open
on Saturday at the Tarrant Leisure Centre and in the libraries at Oldholme and Wickstead, and no
appointment will be needed.

This country has been certified free of endemic measles since 2016, and I am determined that we
keep that status. The last significant outbreak here, in 2011, infected more than 200 people.
Measles is not a mild illness. It can cause pneumonia, brain swelling and, rarely, death.

In March 2023 we announced new funding for catch-up vaccination in the areas with the lowest
uptake. Tarrant was one of them, and I want to know why uptake has not recovered there. I have
asked the Chief Medical Officer to examine this, and she will report to me by 31 December.

I will update Parliament on 24 September.

To every parent: please check your child's red book or ask your family doctor, and if a dose is
missing, come along to a clinic. It takes five minutes, and it protects your child and the
children around them.

Ends.""",
        (
            expect("2024-08-22", "first case"),
            expect("2024-09-09", "clinicians"),
            expect("2024-09-10", "helpline"),
            expect("2024-09-14", "clinics", planned=True),
            expect("2016/..", "certified"),
            expect("2011", "outbreak"),
            expect("2023-03", "funding"),
            expect("../2024-12-31", "report", planned=True),
            expect("2024-09-24", "parliament", planned=True),
        ),
    ),
    Text(
        "muddy-paws-parlour",
        "dog groomer's HTML page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>About us | The Muddy Paws Parlour, Fenwick Bridge</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<img src="/img/logo.png" alt="The Muddy Paws Parlour">
<nav><ul>
<li><a href="/">Home</a></li>
<li><a href="/prices">Prices</a></li>
<li><a href="/about" class="active">About us</a></li>
<li><a href="/book">Book online</a></li>
</ul></nav>
</header>
<div class="notice"><strong>Refurbishment closure:</strong> the salon will be closed from
Monday 17 March to Friday 21 March while we fit new baths and drying tables. We reopen on
Saturday 22 March at 8.30am &ndash; thank you for bearing with us!</div>
<main>
<h1>About us</h1>
<p>Hi, I&rsquo;m Jo Tremlett. I qualified as a groomer with City &amp; Guilds in 2009, after
years of bathing every dog on our street for pocket money.</p>
<p>Muddy Paws opened in April 2015 in a converted garage behind my house, with one table, one
bath and a very patient spaniel called Biscuit. Becky joined in 2018 and we soon outgrew the
garage, and on 6 June 2020 we moved to our shop on High Street, opposite the Co-op.</p>
<p>In November 2023 we won Groomer of the Year at the Westcountry Pet Awards, which we are still
a little giddy about.</p>
<h2>Coming soon: Muddy Paws on the road</h2>
<p>From 1 April onwards our new mobile grooming van will visit the villages around Fenwick
Bridge, so older and nervous dogs can be groomed on their own drive.</p>
<h2>Prices</h2>
<p>New prices will apply from 1 May. Puppy introductions stay free.</p>
<table class="hours">
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Tuesday to Friday</td><td>8.30am &ndash; 5pm</td></tr>
<tr><td>Saturday</td><td>8.30am &ndash; 1pm</td></tr>
<tr><td>Sunday and Monday</td><td>Closed</td></tr>
</table>
</main>
<footer>
<p>The Muddy Paws Parlour, 14 High Street, Fenwick Bridge &middot; 01632 960288</p>
<p>Page last updated 28 February 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-17/2025-03-21", "closed", planned=True),
            expect("2025-03-22", "reopen", planned=True),
            expect("2009", "qualified"),
            expect("2015-04", "opened"),
            expect("2018", "becky"),
            expect("2020-06-06", "moved"),
            expect("2023-11", "groomer of the year"),
            expect("2025-04-01/..", "van", planned=True),
            expect("2025-05-01", "prices", planned=True),
        ),
    ),
    Text(
        "ottery-cross-stall-licence",
        "market stall licence decision",
        None,
        """STAINTON BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DETERMINATION
Market Stall Licence - Application ref. MST/2024/0291

Applicant:              Mr Dariusz Kowal, trading as "Kowal's Kitchen"
Pitch:                  No. 14, Ottery Cross Market
Hearing date:           14 November 2024
Decision notice dated:  19 November 2024

1. THE APPLICATION
1.1 The Council received an application on 23 September 2024 for a market stall licence to sell
hot food (pierogi, soups and sausages) from pitch 14, using a gas-fired griddle.
1.2 Mr Kowal has traded from pitch 14 since 2013, selling cold delicatessen goods under annual
licences. This application would allow hot food to be cooked on the stall for the first time.

2. REPRESENTATIONS
2.1 A representation was received on 8 October from the owner of an adjoining shop, who
objected on grounds of smell, smoke and the risk of fire.
2.2 The Council's records show that a written warning was issued to Mr Kowal in July 2022 for
leaving waste at the pitch after trading. No further complaints have been recorded.

3. THE HEARING
3.1 The Sub-Committee heard the application on 14 November 2024. Mr Kowal attended with his
daughter, who interpreted for him. The objector attended and spoke. The Market Manager and an
officer of the Fire and Rescue Service also gave evidence.

4. DECISION
4.1 The Sub-Committee has decided to GRANT the licence, subject to the conditions in Schedule 1.
4.2 The licence will run from 1 January 2025 to 31 December 2025.
4.3 A review hearing is expected to take place in June 2025, at which the Sub-Committee will
consider any complaints received about smoke or smell.

5. REASONS
5.1 Ottery Cross market has been held under a charter granted in 1284, and hot food has been
sold on it at many times in its history. The Sub-Committee found that, with the conditions
imposed, the stall would not cause a nuisance to neighbouring premises.

6. RIGHT OF APPEAL
6.1 Any appeal against this decision must be lodged with the Magistrates' Court by 10 December
2024.

SCHEDULE 1 - CONDITIONS
(a) A current gas safety certificate shall be kept on the stall at all times.
(b) A fire extinguisher and fire blanket shall be kept within reach of the griddle.
(c) All waste and grease shall be removed from the market at the close of each trading day.

Signed: Cllr M. Ashdown, Chair of the Sub-Committee""",
        (
            expect("2024-09-23", "application"),
            expect("2013/..", "traded"),
            expect("2024-10-08", "representation"),
            expect("2022-07", "warning"),
            expect("2024-11-14", "sub-committee"),
            expect("2025-01-01/2025-12-31", "licence", planned=True),
            expect("2025-06", "review", planned=True),
            expect("1284", "charter"),
            expect("../2024-12-10", "appeal", planned=True),
        ),
    ),
    Text(
        "marrowdene-willow-baskets",
        "basket weaving history",
        None,
        """Willow basket making in the Marrowdene Levels

The wet moors of the Marrowdene Levels have grown basket willow for at least seven hundred
years, and for much of that time the villages along the River Yeal lived by it. This account
traces the craft from its first records to its revival.

Medieval beginnings
Willow beds, or withy beds, at Sallowmead are first recorded in a manorial survey of 1327,
which values them above the manor's arable land. Baskets for eels, for carrying peat and for
packing fruit were made in every cottage.

The guild
The basket makers of Crandon formed the Worshipful Guild of Basket Makers of Crandon about 1690,
to fix prices and to keep out makers from other towns. Its ordinances, copied into a vellum
book, survive in the county record office.

The basket school
The Levels Basketry School opened at Crandon on 1 October 1888, with twelve pupils and a
master from Belgium. It taught the finer work, chairs, hampers and cradles, that the cottage
makers could not do.

War and decline
In 1915 the War Office placed its first large order for shell baskets with the Levels
workshops, and for the rest of the war hardly anything else was made. Demand fell sharply after
the war, and cheaper imported baskets and then plastic did the rest. The last commercial
withy-boiling works, at Hembury, probably closed in 1962.

Revival
A handful of families kept the craft alive. The Marrowdene Willow and Basket Heritage Centre
opened in 1994 in the old boiling house at Sallowmead, and the craft was placed on the red list
of endangered crafts in 2019. Since 2021 an apprenticeship scheme run by the centre has trained
young makers alongside the last of the old families.

The Levels Willow Trust will plant twelve acres of new beds on the moor by 2027, using old
varieties such as Black Maul and Champion Rod collected from hedges and ditches across the
Levels.

Further reading
Notes on the varieties of willow grown on the Levels, and a list of working makers, are kept at
the Heritage Centre.""",
        (
            expect("1327", "record"),
            expect("1690~", "guild"),
            expect("1888-10-01", "school"),
            expect("1915", "order"),
            expect("1962?", "works"),
            expect("1994", "heritage centre"),
            expect("2019", "red list"),
            expect("2021/..", "apprenticeship"),
            expect("../2027", "beds", planned=True),
        ),
    ),
    Text(
        "crossgate-canasta-card",
        "canasta league fixtures card",
        None,
        """CROSSGATE CANASTA CLUB
Member of the Wendlebury & District Canasta League (founded 1961)

            FIXTURES 2025 - DIVISION ONE - FIRST HALF

Date          Opponents                   H/A   Venue
------------  --------------------------  ----  -------------------------------
Tue 7 Jan     Ladybank Ladies             H     Crossgate Pavilion
Tue 21 Jan    Wendlebury Legion           A     Legion Club Room, Mill Street
Tue 4 Feb     St Ives Road WI             H     Crossgate Pavilion
Tue 18 Feb    Harnham Bridge Club         A     Harnham Village Hall
Tue 4 Mar     Ladybank Ladies             A     Ladybank Hall, Station Road
Sat 5 Apr     ROSE BOWL FINAL             -     Wendlebury Town Hall, 2.00 pm
              (if qualified)

All league matches start at 7.15 pm prompt. Home team provides tea, cards and score pads.
Three tables of four a side. Hand-and-foot rules do not apply in league play.

NOTES
1. The Rose Bowl was first presented in 1975 by Mrs Edna Farrow, in memory of her husband.
2. The rule on freezing the discard pile was amended at the League AGM of 29 April 2024 and
   now applies at every table. Please read the revised rule sheet before the first match.
3. Club subscriptions (12 pounds) are due no later than 31 December 2024. Members who have not
   paid may not be picked.
4. Matches may be re-arranged only by agreement of both captains and the League Secretary.
5. Please let your captain know of any evening you cannot play at least a week ahead.

CAPTAIN:       Mrs June Haddow      01632 960155
RESERVES:      Mr Lionel Pike, Mrs Iris Bell
LEAGUE SEC.:   Mrs Pat Okafor       01632 960901

Good luck and good cards!""",
        (
            expect("1961", "founded"),
            expect("2025-01-07", "ladybank", planned=True),
            expect("2025-01-21", "legion", planned=True),
            expect("2025-02-04", "st ives road", planned=True),
            expect("2025-02-18", "harnham", planned=True),
            expect("2025-03-04", "ladybank", planned=True),
            expect("2025-04-05", "rose bowl", planned=True),
            expect("1975", "rose bowl"),
            expect("2024-04-29", "amended"),
            expect("../2024-12-31", "subscriptions", planned=True),
        ),
    ),
)
