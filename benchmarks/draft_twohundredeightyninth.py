"""The two-hundred-and-eighty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a canal lock stoppage
notice, a real tennis tournament report, a mustard mill company release, a rope maker's account
book of the 1780s, a great crested newt survey report, a harpsichord maker's history, a tourism
minister's statement, a tattoo studio's HTML page, a pavement cafe licence decision, a rug
hooking history and a dominoes league fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYNINTH_CORPUS",)


TWOHUNDREDEIGHTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ostley-bridge-cracks",
        "wire story with a dateline",
        None,
        """Cracks shut Ostley toll bridge; passenger ferry to run from Saturday

MARVENTON, March 12, 2025 (Coastwire) - The Ostley toll bridge, the only road link between
Marventon and the Haldane peninsula, will stay closed to all traffic until engineers have
finished a structural review, its operator said on Wednesday.

Inspectors found cracks in two steel hangers of the main span on Monday during a routine check,
and the operator, Ostley Crossing Ltd, shut the bridge to vehicles at 6 a.m. on Tuesday.
Pedestrians and cyclists were turned back later the same day.

"We are not going to take chances with a structure of this age," chief executive Mara Lindqvist
told reporters at the toll plaza. "Nobody crosses until we know exactly what we are dealing
with."

Investigators believe the hangers may have been strained when a gravel barge struck the southern
pier on or about Feb. 20. The barge's owner, Saltholm Aggregates, declined to comment.

The suspension bridge, which carries about 14,000 vehicles a day, opened in 1962 after six years
of construction, although local historians say its design probably dates from 1958. Its last
full inspection, in September 2023, found only minor corrosion on the deck bearings.

The transport ministry said the engineers' report must reach it by March 28 at the latest. A
temporary passenger ferry will start running from Marventon harbour on Saturday, and heavy
repairs are expected to begin on June 2 if the report finds nothing worse, Lindqvist said.

Ostley Crossing bought a 30-year concession to run the bridge and collect its tolls in 2011. The
bridge has been closed only twice before, both times for resurfacing.

Businesses on the peninsula said the closure would double delivery times. The detour by road,
through Kessing, adds about 70 km each way. "Every day it is shut costs us money," said Pell
Aune, who runs a bakery in Haldane village and normally crosses twice a morning.

Shares in Ostley's parent company, Varne Infrastructure, fell 4.6 percent, their steepest
one-day drop since October 2022.

(Reporting by Jonas Tveit; Editing by Clare Hume)""",
        (
            expect("2025-03-10", "cracks"),
            expect("2025-03-11", "shut"),
            expect("2025-02-20~", "barge"),
            expect("1962", "opened"),
            expect("1958?", "design"),
            expect("2023-09", "inspection"),
            expect("../2025-03-28", "report", planned=True),
            expect("2025-03-15", "ferry", planned=True),
            expect("2025-06-02", "repairs", planned=True),
            expect("2011", "concession"),
        ),
    ),
    Text(
        "fennick-springs-acquisition",
        "press release",
        date(2024, 6, 18),
        """CALDERWICK WATER COMPLETES ACQUISITION OF FENNICK SPRINGS

Valley supplier joins regional network; no change to customers' service

Calderwick Water plc today completed its acquisition of Fennick Springs Ltd, the family-owned
company that supplies drinking water to some 18,000 homes in the upper Tarn valley.

The deal was first agreed on 2 April, and the Fennick board recommended the offer to its
shareholders on 9 April. The Water Services Commission cleared the acquisition on 30 May after a
six-week review. Terms were not disclosed.

Fennick Springs was founded around 1890, when a mill owner piped water from the Hollin springs
to the cottages of his workers, and it has been run by four generations of the Fennick family.
Calderwick began supplying the neighbouring town of Brinley in 1974.

"This brings the whole valley under one network for the first time," said Ruth Okafor, chief
executive of Calderwick Water. "Fennick customers will see no change to their service, and
their water will still come from the same springs it always has."

Martin Fennick, who steps down as managing director, said: "My great-grandfather would be glad
to see the springs in safe hands. We looked for a partner who would keep the water local, and
we found one on the other side of the hill."

What happens next
  * Customers will receive their first Calderwick bill from 1 October onwards; until then,
    Fennick Springs will continue to send bills as usual.
  * Calderwick will invest GBP 40 million in the valley's mains and treatment works between
    2025 and 2030.
  * The integration of the two companies is expected to be complete by the end of March 2025.
  * Fennick's six staff will transfer to Calderwick on their current terms.

Notes to editors
Calderwick Water plc supplies drinking water to 410,000 customers in the north of the county and
treats waste water for 260,000. It is owned by a group of pension funds. Fennick Springs Ltd
draws all of its water from three springs on Hollin Moor and treats it at a works in Fennick.

Media enquiries: Press Office, Calderwick Water, 01632 960 418, press@calderwick.example

ENDS""",
        (
            expect("2024-06-18", "acquisition"),
            expect("2024-04-02", "agreed"),
            expect("2024-04-09", "recommended"),
            expect("2024-05-30", "cleared"),
            expect("1890~", "founded"),
            expect("1974", "brinley"),
            expect("2024-10-01/..", "bill", planned=True),
            expect("2025/2030", "invest", planned=True),
            expect("../2025-03", "integration", planned=True),
        ),
    ),
    Text(
        "ferris-holloway-castings",
        "court opinion",
        None,
        """IN THE CIRCUIT COURT OF ORLAND COUNTY
CIVIL DIVISION

DANA M. FERRIS,
        Plaintiff,
v.                                                        Case No. 2021-CV-04417
HOLLOWAY PRECISION CASTINGS, INC.,
        Defendant.

MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT

Decided: November 3, 2023

I. BACKGROUND

The following facts are undisputed unless otherwise noted. Holloway Precision Castings, Inc.
("Holloway") hired Plaintiff Dana Ferris as a quality engineer on or about June 1, 2016. The
parties signed a written employment agreement on June 14, 2016, which allowed termination only
"for cause" during its first five years. Ferris was promoted to quality manager in 2019.

On January 8, 2021, Holloway terminated Ferris's employment, citing a reduction in force. Ferris
contends that the stated reason was a pretext and points to an internal memorandum recommending
her removal. The memorandum is undated; the metadata produced in discovery indicate that it was
probably drafted in December 2020, and the Court assumes so for present purposes.

Ferris filed a charge of discrimination with the State Human Rights Commission on March 3, 2021.
After receiving a notice of her right to sue, she filed this action on September 20, 2021.
Discovery closed on May 31, 2023, and Holloway then moved for summary judgment.

II. STANDARD OF REVIEW

Summary judgment is appropriate where there is no genuine dispute as to any material fact and
the movant is entitled to judgment as a matter of law. The Court views the evidence in the light
most favorable to the non-moving party and draws all reasonable inferences in her favor.

III. DISCUSSION

Holloway first argues that the for-cause clause had lapsed before the termination. It had not:
the five-year period still had some months to run when Ferris was dismissed. Holloway next
argues that a reduction in force is itself "cause" under the agreement. The agreement does not
define the word, and the parties' own correspondence points both ways. Whether the reduction was
genuine, or whether, as Ferris says, it was a label attached to a decision already made, is a
question of fact for the jury.

IV. ORDER

For these reasons, Defendant's motion for summary judgment is DENIED. The parties shall file a
joint pretrial statement no later than December 15, 2023, and trial is set to begin on January
16, 2024.

SO ORDERED.

/s/ Adaeze Whitcombe
Circuit Judge""",
        (
            expect("2016-06-01~", "hired"),
            expect("2016-06-14", "agreement"),
            expect("2019", "promoted"),
            expect("2021-01-08", "terminated"),
            expect("2020-12?", "memorandum"),
            expect("2021-03-03", "charge"),
            expect("2021-09-20", "action"),
            expect("2023-05-31", "discovery"),
            expect("../2023-12-15", "pretrial statement", planned=True),
            expect("2024-01-16", "trial", planned=True),
        ),
    ),
    Text(
        "harrowmere-light-tower",
        "encyclopedia history",
        None,
        """Harrowmere Light

Harrowmere Light is a disused lighthouse on Gull Ness, a shingle spit at the mouth of the river
Harrow on the east coast of Wenmark. The round stone tower is 31 metres high and now houses a
small museum of pilotage and coastal trade.

History

Beacon
A coal-fired beacon was kept on the spit from c. 1790 by the Harrowmere Trinity Guild, a
brotherhood of river pilots and shipowners, and paid for by a levy on every vessel entering the
Harrow. The fire was often out in wet weather, and shipmasters complained that it could not be
told apart from the lime kilns along the shore.

Tower
After a series of wrecks on the Ness bank, the guild obtained an act of parliament for a
permanent light, and the present tower was built between 1823 and 1826 to a design by the
engineer Josiah Quarles. It was first lit with twelve oil lamps set in silvered reflectors. In
the 1840s these were replaced by a fixed dioptric lens, which is still in the lantern. By 1900
the light could be seen from 19 nautical miles in clear weather.

The Ness bank remained dangerous. On 12 November 1867 the collier brig Sarah Aske was driven
ashore below the tower in a north-easterly gale; the keepers and the Harrowmere lifeboat saved
eleven of her crew of thirteen.

Automation and closure
The light was automated in 1962, when the last three keepers left the cottages at its foot.
Falling traffic on the river and a new buoyed channel further south led the lighthouse
authority to discontinue it on 30 September 1998.

Preservation
The tower has been a listed building since 1974. It was sold to the Gull Ness Trust, probably in
2001 (the trust's own early records do not survive), and opened to visitors in 2004 after
repairs to the lantern and the iron gallery. The keepers' cottages are let as holiday homes.

See also
  * Lighthouses of Wenmark
  * Harrowmere Trinity Guild
  * Gull Ness lifeboat station""",
        (
            expect("1790~", "beacon"),
            expect("1823/1826", "tower", "built"),
            expect("1840/1849", "lens"),
            expect("../1900", "seen"),
            expect("1867-11-12", "sarah aske"),
            expect("1962", "automated"),
            expect("1998-09-30", "discontinue"),
            expect("1974/..", "listed"),
            expect("2001?", "sold"),
            expect("2004", "opened"),
        ),
    ),
    Text(
        "priory-park-chase",
        "sports report",
        date(2024, 8, 25),
        """Rovers edge Castlegate to keep title hopes alive

By Tom Ellery, Cricket Correspondent

Northam Rovers kept their hopes of the county championship alive with a three-wicket win over
Castlegate at Priory Park on Saturday, Hanif Dass steering them home with eleven balls to spare.

Chasing 231, Rovers slipped to 88 for five before Dass and wicketkeeper Lewis Orme put on 97 for
the sixth wicket. Dass finished unbeaten on 74, a day after he had hit a maiden first-team
century against the same opponents in Friday's Twenty20 match.

"He's been knocking on the door all summer," said coach Dom Harker. "Today he showed the
patience to go with the shots."

Castlegate had been put in on a slow, grassy pitch and were indebted to their captain, Imran
Sayle, whose 66 held the innings together after the new ball had done its damage. Rovers' new
left-arm seamer Kobus Maree took three for 41, including Sayle, caught at long-on off a slower
ball.

The win was all the more welcome for a side who lost Jack Pennock, their leading wicket-taker,
to a broken thumb on 3 August. Pennock is expected to return on or about September 14, the club
said, in time for the last two rounds.

Rovers, who won the title in 1987 and in 2009, moved to Priory Park in 1921 and have rarely lost
a chase there. Castlegate have not won on the ground in eleven visits.

Rovers travel to Wexley on Wednesday, and the season ends with the visit of the leaders, Ashby
Vale, on September 27. "We need to win three of our last four," said Harker. "It is in our own
hands, and that is all you can ask for at this stage."

SCORECARD
Castlegate 230-9 (50 overs): I Sayle 66, P Norris 38; K Maree 3-41, H Dass 2-30.
Northam Rovers 234-7 (48.1 overs): H Dass 74*, L Orme 41; T Kaye 3-52.
Rovers won by three wickets. Points: Rovers 20, Castlegate 4.""",
        (
            expect("2024-08-24", "win"),
            expect("2024-08-23", "century"),
            expect("2024-08-03", "thumb"),
            expect("2024-09-14~", "pennock", "return", planned=True),
            expect("1987", "title"),
            expect("2009", "title"),
            expect("1921", "priory park"),
            expect("2024-08-28", "wexley", planned=True),
            expect("2024-09-27", "ashby vale", planned=True),
        ),
    ),
    Text(
        "brackwater-cycle-works",
        "company history",
        date(2025, 5, 1),
        """Our story

Ninety years of Brackwater bicycles

Brackwater Cycles was founded in 1936 by Ellis Brack, a former railway fitter, in a rented shed
behind the Anchor inn at Brackwater Quay. He built frames by hand from bought-in steel tube and
sold them to farm workers and postmen who lived within cycling distance of the quay. The first
Brackwater catalogue, a folded sheet of four pages listing three models, was printed the
following year.

From 1940 to 1945 the shed and two neighbouring workshops made folding frames and carrier
brackets under government contract, and Ellis trained a dozen women from the quay to braze. Two
of them stayed on after the war and ran the frame shop for another twenty years.

After the war, demand for cheap transport outgrew the quay. The company moved to the former
Fallowgate tannery in about 1952 - the deeds were lost in a flood, and no one now remembers the
exact year - and the works there still builds every Brackwater frame.

In 1971 Brackwater merged with its old rival, Tindale Cycles of Pennock Bridge, keeping the
Brackwater name and the Tindale racing badge. The lean years that followed, when imported
bicycles undercut the home makers, ended with a management buyout in March 1994, led by works
manager Sue Kettering and backed by twenty-two of the staff.

Brackwater has exported frames to the Low Countries and Scandinavia since 2003, and today about
a third of the bicycles we build leave the country. We still braze every joint by hand, and we
still paint every frame on the old tannery floor.

What comes next

Our new assembly hall on the Fallowgate site will open in 2026, doubling the space for wheel
building and paint. To mark ninety years since Ellis Brack opened his shed, we will hold an open
day, with a ride from the quay to the works, on 14 June 2026. Everyone who owns a Brackwater, of
any age and in any state of repair, is invited.""",
        (
            expect("1936", "founded"),
            expect("1937", "catalogue"),
            expect("1940/1945", "contract"),
            expect("1952~", "fallowgate"),
            expect("1971", "merged"),
            expect("1994-03", "buyout"),
            expect("2003/..", "exported"),
            expect("2026", "assembly hall", planned=True),
            expect("2026-06-14", "open day", planned=True),
        ),
    ),
    Text(
        "kestrel-two-orbit",
        "mission summary",
        date(2025, 2, 20),
        """KESTREL-2 Earth observation mission: summary

Mission overview
KESTREL-2 is a 420 kg optical imaging satellite built for the Nordmark Space Agency (NSA) to map
coastal erosion and sea ice at a resolution of 2.5 metres. Its prime contractor was Halvard
Orbital Systems, and its ground station is at Skarvik.

Launch and early operations
KESTREL-2 was launched on 14 September 2019 from the Skarvik range on an Aurel-2 rocket. The
spacecraft separated 57 minutes after lift-off and reached its operational orbit, a
sun-synchronous orbit at 612 km, eleven days later after a series of engine burns. The first
image, of the Skarvik fjord under thin cloud, was returned on 2 October. Commissioning of the
instrument and the ground segment was completed by the end of November 2019, and routine
operations began at once.

Anomalies
One solar array was damaged, probably on 19 August 2021, when a sudden drop in current was
recorded during an eclipse pass; engineers think a micrometeoroid struck it. The array lost
about 6 percent of its power, which has not affected imaging.

On 5 June 2022 a software fault in the star tracker sent the satellite into safe mode.
Engineers uploaded a patch, and KESTREL-2 recovered three days later with no loss of data.

Extension and end of mission
The mission was designed to last five years. Following a review of fuel and power margins, the
NSA board extended it in March 2024. The final science downlink is due on 31 December 2026,
after which the remaining fuel will be used to lower the orbit; the satellite is expected to
re-enter the atmosphere in 2028.

Key figures
  Images acquired ................ 1.9 million
  Data volume downlinked ......... 3.4 PB
  Orbits completed ............... about 28,000
  Safe-mode events ............... 1

Contact: NSA Mission Operations, Skarvik""",
        (
            expect("2019-09-14", "launched"),
            expect("2019-09-25", "operational orbit"),
            expect("2019-10-02", "first image"),
            expect("../2019-11", "commissioning"),
            expect("2021-08-19?", "array"),
            expect("2022-06-05", "safe mode"),
            expect("2022-06-08", "recovered"),
            expect("2024-03", "extended"),
            expect("2026-12-31", "downlink", planned=True),
            expect("2028", "re-enter", planned=True),
        ),
    ),
    Text(
        "wessford-flock-outbreak",
        "government statement",
        None,
        """DEPARTMENT FOR FOOD AND RURAL AFFAIRS

Statement on avian influenza in Wessford

Issued: Monday 3 March 2025
Reference: DFRA/AI/2025/07

Laboratory tests on Friday confirmed highly pathogenic avian influenza (H5N1) in a commercial
flock of 32,000 laying hens near Ashcombe, Wessford. The farmer first noticed signs of illness
among the birds on or about 24 February and reported them promptly to the Animal Health Service.

All birds on the premises have been humanely culled. A 3 km protection zone and a 10 km
surveillance zone were imposed around the farm on 1 March, and movements of poultry, eggs and
litter within them now need a licence.

This is the first outbreak in a commercial flock in Wessford. The county's previous case, in
2016, was in a small backyard flock. The farm had passed a biosecurity audit on 11 November, and
there is no evidence at this stage of any failure on the premises.

Wessford County Council set up its register of poultry keepers in 2012, and the Department
thanks the council for its swift help in tracing neighbouring flocks.

The Minister for Farming, Alys Penhallow, will visit Ashcombe on Thursday to meet the farmer, the
council and local vets.

Next steps
1. Compensation for the culled birds will be paid by 21 March.
2. The zones will remain in place for at least 30 days; the Department will announce when they
   can be lifted.
3. An independent review of biosecurity on large laying farms will report by the end of June.

The risk to public health remains very low, and properly cooked poultry and eggs are safe to
eat. Bird keepers are reminded to report any suspicion of disease at once, and that keeping
birds housed and away from wild birds remains the best protection.

ENDS

Press office: 020 7946 0815 (out of hours: 020 7946 0000)""",
        (
            expect("2025-02-28", "confirmed"),
            expect("2025-02-24~", "signs"),
            expect("2025-03-01", "protection zone"),
            expect("2016", "previous case"),
            expect("2024-11-11", "audit"),
            expect("2012", "register"),
            expect("2025-03-06", "visit", planned=True),
            expect("../2025-03-21", "compensation", planned=True),
            expect("../2025-06", "review", planned=True),
        ),
    ),
    Text(
        "alder-street-lending-library",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alder Street library reopens ten months after flood | Tarnside Gazette</title>
</head>
<body>
<header><a class="masthead" href="/">Tarnside Gazette</a>
<nav><a href="/news">News</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<h1>Alder Street library reopens ten months after flood</h1>
<p class="byline">By <a href="/staff/n-odell">Nina O'Dell</a>, local democracy reporter |
<time datetime="2024-11-19T07:30">19 November 2024</time></p>
<p>Readers queued in the rain on Monday as Alder Street library opened its doors for the first
time since the river Tarn burst its banks last winter.</p>
<p>The Edwardian building was flooded to a depth of 1.2 metres on 7 January, when the Tarn rose
overnight after two days of rain. More than 9,000 books were lost, along with the heating system
and most of the ground-floor shelving.</p>
<figure><img src="/img/alder-queue.jpg" alt="Readers queuing outside the library">
<figcaption>Readers waiting for the doors to open. Photo: Gazette staff</figcaption></figure>
<p>The council approved a GBP 780,000 repair plan in March, using flood-resilient plaster and
raising all wiring above the 1.5-metre line.</p>
<h2>A library with a history</h2>
<p>The library was built in 1906 with a gift from the shipowner Cornelius Alder and gained a
children's wing in 1978. It has been run by the Alder Street Library Trust, a charity, since
2015.</p>
<p>"People told us they felt the town had lost its living room," said the trust's chair, Priya
Sandhu. "Today we have it back."</p>
<h2>What's next</h2>
<ul>
<li>A cafe in the old reading room will open on 2 December.</li>
<li>The local history archive, stored in a county depot since the flood, will return by
31 March 2025.</li>
<li>The library will open on Sundays, 11am to 3pm, from January 5 onwards.</li>
</ul>
</article>
</main>
<footer><p>&copy; Tarnside Gazette. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-11-18", "library", "opened"),
            expect("2024-01-07", "flooded"),
            expect("2024-03", "repair plan"),
            expect("1906", "built"),
            expect("1978", "children's wing"),
            expect("2015/..", "trust"),
            expect("2024-12-02", "cafe", planned=True),
            expect("../2025-03-31", "archive", planned=True),
            expect("2025-01-05/..", "sundays", planned=True),
        ),
    ),
    Text(
        "gallows-lock-gates",
        "canal lock stoppage notice",
        None,
        """HALLAMSHIRE & TARN NAVIGATION TRUST
NOTICE TO BOATERS - STOPPAGE

Notice no.:  ST/2025/041
Issued:      10 January 2025
Waterway:    Tarn Navigation, Gallows Lock (Lock 14) and the Gallows pound
Type:        Planned stoppage - lock gate replacement

Stoppage
Gallows Lock will be closed to navigation from 09:00 on Monday 3 February until 16:00 on Friday
28 February 2025 while both bottom gates and the cill are replaced.

Reason for the work
An underwater inspection on 12 December found that the heel posts of the bottom gates had rotted
through and that water was passing under the cill. The gates were last replaced in 1994; the
lock itself was built c. 1794 and is a listed structure.

Arrangements for boaters
- Boats wishing to pass the lock before the stoppage must do so no later than Friday 31 January.
- The Gallows pound will be drained from midday on Sunday 2 February. Boats must not be moored
  between Lock 13 and Lock 15 after that time.
- Overnight moorings are available at Kiln Wharf above Lock 13; a 7-day limit applies.
- A speed limit of 3 mph was imposed on the Gallows pound in 2021, following bank damage, and
  will be enforced when the pound is refilled.

Towpath
The towpath will be closed between Lock 13 and Lock 15 from 3 to 7 February while the crane is
in place. A signed diversion via Mill Lane will be in operation. Walkers and cyclists should
allow an extra 15 minutes.

Volunteers
Trust volunteers cleared the lock approach of fallen trees on 4 January, and we thank them for
their work in bitter weather.

Further information
We apologise for any inconvenience. Updates will be posted on the Trust's website and on the
lock beam. Enquiries: Waterway Office, Kiln Wharf, tel. 01632 960 227; out of hours, 01632 960
999.

Ref: ST/2025/041 (replaces draft notice ST/2024/198)""",
        (
            expect("2025-02-03/2025-02-28", "gallows lock", "closed", planned=True),
            expect("2024-12-12", "inspection"),
            expect("1994", "gates"),
            expect("1794~", "lock", "built"),
            expect("../2025-01-31", "pass", planned=True),
            expect("2025-02-02", "drained", planned=True),
            expect("2021", "speed limit"),
            expect("2025-02-03/2025-02-07", "towpath", planned=True),
            expect("2025-01-04", "volunteers"),
        ),
    ),
    Text(
        "saxtead-court-cup",
        "real tennis tournament report",
        date(2025, 4, 14),
        """Real tennis: Larkin takes the Harrowby Cup at Saxtead

By Edmund Vale

Olly Larkin won the Harrowby Cup for the second time on Sunday, beating the holder, Charles
Ambrose-Rowe, 6/4 5/6 6/2 6/3 in a final of long rallies on the old court at Saxtead Hall.

Larkin, who first won the cup in 2019, had been pushed hard in Saturday's semi-final, where he
needed a fifth set to see off the left-handed Alastair Finch. Against Ambrose-Rowe he was in
control from the third set, laying chases of better than a yard almost at will and finding the
grille twice in the decisive games.

"Saxtead is the hardest court in the country to read," Larkin said afterwards. "The floor is
slow and the tambour throws the ball at you from nowhere. You have to be patient."

Ambrose-Rowe, runner-up in the Ashdown Open in 2022, said his serve had deserted him. "I was
giving him too many easy railroads, and he punished every one of them."

The court at Saxtead was built c. 1640 for the third Earl of Harrowby and is one of the oldest
still in play. Its floor was relaid, probably in 1931, with flagstones from the estate quarry;
the club's papers for that decade were lost in a fire. The club has hosted the cup since 1956,
when the trophy was given by the ninth Earl.

The court was closed for repairs to the penthouse roof in February, and the club secretary,
Harriet Oduya, said the work had been finished "with a week to spare".

Larkin and Ambrose-Rowe are both entered for the Ashdown Open, which runs from 19 to 25 May.

Results
Semi-finals: O. Larkin bt A. Finch 6/5 3/6 6/4 2/6 6/4;
             C. Ambrose-Rowe bt P. Sandow 6/2 6/3 6/4.
Final:       O. Larkin bt C. Ambrose-Rowe 6/4 5/6 6/2 6/3.""",
        (
            expect("2025-04-13", "larkin", "won"),
            expect("2025-04-12", "semi-final"),
            expect("2019", "first won"),
            expect("2022", "runner-up"),
            expect("1640~", "built"),
            expect("1931?", "floor"),
            expect("1956/..", "hosted"),
            expect("2025-02", "closed", "repairs"),
            expect("2025-05-19/2025-05-25", "ashdown open", planned=True),
        ),
    ),
    Text(
        "coldbrook-wholegrain-range",
        "mustard mill company release",
        None,
        """NEWS RELEASE
Coldbrook Mustard Mill Ltd
Issued 8 September 2025 - for immediate release

COLDBROOK STONE-GROUND MUSTARD NAMED BEST CONDIMENT; NEW WHOLEGRAIN RANGE ON THE WAY

Coldbrook Mustard Mill, the small Fenland mill that still grinds its seed between stones, was
named Best Condiment of the Year at the Eastern Fine Food Awards in Kingsmere on Thursday
evening for its Coldbrook Hot, a sharp English mustard made to a recipe kept at the mill since
Victorian times.

This year's seed harvest began on 18 August, and the brown and white seed now in the mill's
barns was grown by eleven farms within twenty miles of the mill. Coldbrook has sourced all of
its seed from Fenland growers since 2009.

The mill will launch its first wholegrain range, three coarse mustards made with cider, ale and
honey, on 1 October. Managing director Joanna Harl said: "Wholegrain is what our customers ask
for most. We have been testing recipes in the kitchen for two years, and we think we have got
them right."

Work has also begun on a visitor centre in the old drying barn, which is due to open on 4 April
2026, with tours of the grinding floor and a tasting room.

About Coldbrook
Coldbrook Mustard Mill was founded about 1837 by the miller Thomas Pask on the Coldbrook drain,
where wind and later steam drove the stones. The Harl family bought the mill in 1902, and it is
still owned by the family. After decades of grinding with steel rollers, the mill went back to
stone grinding in 2014, using a pair of French burr stones found under sacking in the barn.
Coldbrook exported its first jars, to a delicatessen chain across the North Sea, in 2021.

Notes to editors
- Coldbrook employs 23 people and produces about 140 tonnes of mustard a year.
- Samples and high-resolution images are available from the press contact below.

Press contact: Sam Odili, Coldbrook Mustard Mill, Drain Road, Coldbrook, 01632 960 551

###""",
        (
            expect("2025-09-04", "best condiment"),
            expect("2025-08-18", "harvest"),
            expect("2009/..", "sourced"),
            expect("2025-10-01", "wholegrain", planned=True),
            expect("2026-04-04", "visitor centre", planned=True),
            expect("1837~", "founded"),
            expect("1902", "harl", "bought"),
            expect("2014", "stone grinding"),
            expect("2021", "exported"),
        ),
    ),
    Text(
        "threlkeld-long-walk",
        "rope maker's account book",
        None,
        """Account Book of Saml. Threlkeld, Roper, at the Long Walk by Southgate Strand.

Memorandum. The Walk was first lett to me by Mr Aldous on or about the 29th of Septr 1779, at
Six Guineas p. Ann. The great Tar Kettle had of Jno. Pybus, I think in 1781, is yet sound &
will serve some Years more, tho' the Bottom wants looking to.

                                                                   L.    s.    d.
1784
Janry  5th  Recd of Capt. Moss of the Brig Endeavour, for
            40 Fathom of 4 Inch Cable, laid Hawser-wise              12    10     0
            Recd of do. for 6 Coils of Spunyarn                       0    18     0
      17th  Pd Jas. Hinde for 3 Cwt of Riga Hemp, at 42s.             6     6     0
            Pd for Carriage of the same from the Key                  0     2     6
            Pd for Small Beer for the Men at the Walk                 0     1     4
Feby   2d   Recd of Mr Corder, Chandler, on Acct                      5     0     0
            N.B. Mr Corder owes still for Lines & Twine sent
            in the Autumn, abt 3 Pounds; he promises it at
            the Fair.
June  11th  Deliverd to Mr Ince, Storekeeper at the Dock Yard,
            200 Fathom of Bolt Rope & 12 Coils of Marline,
            by his written Order                                      -     -     -
            (to be pd by Navy Bill, at 90 Days)
Augt  14th  Pd Wm. Tarrant for tarring Yarn, the Week
            ending this Day, 6 Days at 18d.                           0     9     0
            Pd for 1 Barrl of Stockholm Tar                           1     3     0

1785
Janry 24th  Pd the Men half Wages for the Time the Walk stood
            idle, from the 24th Decr to the 20th Inst., by
            reason of the great Frost, the Yarn being too stiff
            to lay & the Tar froze in the Kettle                      3    12     0
            Memd. Mr Aldous's half Year's Rent to be pd the 25th
            of March next, I have not the Money by me.

Memd. Riga Hemp is to be preferr'd before all other for Cables, being longer in the Staple &
cleaner. Petersburgh Hemp will do for Lines & Twine. Never lay up a Cable with the Yarn wet, nor
tar it in a hard Frost. Keep the Hooks of the Jack greas'd & the Walk swept of Stones, that the
Yarn be not chafed.""",
        (
            expect("1779-09-29~", "walk", "lett"),
            expect("1781?", "tar kettle"),
            expect("1784-01-05", "moss"),
            expect("1784-01-17", "hinde"),
            expect("1784-02-02", "corder"),
            expect("1784-06-11", "ince"),
            expect("1784-08-14", "tarrant"),
            expect("1784-12-24/1785-01-20", "idle"),
            expect("1785-01-24", "half wages"),
            expect("1785-03-25", "rent", planned=True),
        ),
    ),
    Text(
        "brindle-lane-ponds",
        "great crested newt survey report",
        None,
        """BRINDLE LANE, HEATHFIELD: GREAT CRESTED NEWT SURVEY REPORT

Client:          Corvan Homes Ltd
Prepared by:     Marsh & Tilley Ecology, Unit 4, Granary Yard, Heathfield
Report ref.:     MTE-2417-GCN-01        Version: Final        Date of issue: 28 June 2024

1. Summary
1.1 Presence/absence surveys of four ponds within 250 m of the proposed development at Brindle
Lane found great crested newts (Triturus cristatus) in two of them, P2 and P3. A peak adult
count of 14 in P3 indicates a small population.
1.2 The development cannot go ahead without a mitigation licence from the Wildlife Licensing
Authority. An application will be submitted by 31 July 2024.

2. Background and desk study
2.1 The local records centre holds a record of great crested newts in P3 from 1998, made during
a county pond survey. There are no later records.
2.2 P2 is a former marl pit, dug about 1850 according to the tithe map, and is now shaded on its
south side by willow. P1 and P4 are shallow field ponds that dried out in the summer of 2022.

3. Methods
3.1 Habitat Suitability Index (HSI) scores were assessed on the first visit. Four survey visits
were made, on 11 and 24 April and on 9 and 21 May 2024, using torch counts and bottle traps;
eggs were searched for on the first three visits.

Table 1. Survey results (peak adult counts)
Pond    HSI     Torch    Bottle trap    Eggs
P1      0.48    0        0              no
P2      0.71    3        2              yes
P3      0.82    14       9              yes
P4      0.39    0        0              no

4. Evaluation
4.1 The population is of local importance. The proposed access road would pass within 40 m of
P3 and remove about 0.6 ha of rough grassland used by newts on land.

5. Mitigation
5.1 Temporary amphibian fencing will be in place around the works area from 1 March 2025
onwards, until construction ends. Newts caught inside it will be moved to a receptor area of
rough grassland with two new ponds to the north of P3.
5.2 Post-development monitoring will be carried out in each of the five years from 2025 to
2029, and the results sent to the licensing authority.

6. Limitations
The night of 24 April was cold (6 C at dusk), which may have lowered the counts on that visit.""",
        (
            expect("../2024-07-31", "application", planned=True),
            expect("1998", "record"),
            expect("1850~", "marl pit"),
            expect("2024-04-11", "survey"),
            expect("2024-04-24", "survey"),
            expect("2024-05-09", "survey"),
            expect("2024-05-21", "survey"),
            expect("2025-03-01/..", "fencing", planned=True),
            expect("2025/2029", "monitoring", planned=True),
        ),
    ),
    Text(
        "kell-harpsichord-workshop",
        "harpsichord maker's history",
        None,
        """Kell & Daughter, Harpsichord Makers: a short history

Early years
Ambrose Kell was apprenticed c. 1955 to the organ builders Pardoe & Lane in Haddleby, where he
learned to voice pipes and to cut keys from limewood. Encouraged by the early-music players who
came to the organ works, he set up on his own in 1962, in a former bakehouse in Sallow Lane,
with a bench, a bandsaw and a borrowed set of drawings of a Flemish double-manual harpsichord in
a private collection.

His first instrument, a copy of that double, was probably completed in 1963; there is no date
inside the case, and Kell himself later gave different years for it. It went to the
harpsichordist Mirren Holt, who played it in concert for thirty years.

Growth
Orders came faster than one man could fill them. In 1970 the workshop moved to the upper floor
of Thresher's Mill on the river Lim, and by 1975 it employed six people, among them the cabinet
maker Dot Fairweather, whose painted soundboards of birds and flowers became the firm's
signature. The hundredth instrument, a French double in the Parisian style, left the mill on 14
May 1981 for a conservatoire in the north.

Fire and recovery
On the night of 2 February 1989 a fire in the varnish room destroyed four instruments that were
nearly ready for delivery, and most of the seasoned wood store. The mill was repaired, new wood
was bought at auction, and the customers, to their great credit, waited.

Restoration
Kell's daughter Ruth trained as a furniture restorer before she joined her father at the bench.
Since 2005 the workshop has also restored historical keyboard instruments, among them virginals,
spinets and a rare clavichord from a country house chapel.

Today
Ambrose Kell died in 2011, aged 74. Ruth Kell runs the workshop with three makers and an
apprentice. It has built more than 340 instruments, most of them to order, and the waiting list
for a new double-manual harpsichord is about three years. Visitors are welcome by appointment.""",
        (
            expect("1955~", "apprenticed"),
            expect("1962", "set up"),
            expect("1963?", "first instrument"),
            expect("1970", "thresher's mill"),
            expect("../1975", "six people"),
            expect("1981-05-14", "hundredth"),
            expect("1989-02-02", "fire"),
            expect("2005/..", "restored"),
            expect("2011", "died"),
        ),
    ),
    Text(
        "eastern-isles-visitor-record",
        "tourism minister's statement",
        None,
        """MINISTRY OF TOURISM, CULTURE AND SPORT

Statement by the Minister for Tourism, Hon. Teodor Vasquez-Lind

Issued: 22 May 2025

Record visitor year and new measures for the season ahead

On Tuesday I met the islands' tour operators, hoteliers and ferry companies at the Harbour Hall
in Port Aurel to review a record year and to agree our plans for the summer.

In 2024 the Eastern Isles welcomed 1.46 million visitors, more than in any previous year, and
visitor spending rose to 612 million crowns. The Coastal Way footpath, which opened in 2019, is
now our second most visited attraction after the old town of Port Aurel.

I am pleased to confirm the following measures.

First, visitors from our twelve partner countries will be able to apply for an electronic visa
online from 1 July onwards, with a decision within 72 hours.

Second, the new cruise terminal at Sandhaven is due to open in April 2027. Construction began in
January and is on schedule and within budget.

Third, the ministry will publish a ten-year tourism strategy by the end of September, after a
public consultation in every island.

Fourth, the Festival of the Isles will return to Port Aurel from 8 to 10 August, with free
concerts on the harbour front.

The tourism levy of two crowns a night, introduced in 2016, will stay at its present rate. Every
crown it raises goes to the upkeep of footpaths, beaches and heritage sites.

I thank the ferry companies in particular for their patience during the winter. The Port Aurel
to Sandhaven ferry link, suspended after storm damage to the Sandhaven pier, resumed on 2 May.

Our islands are small, and we must grow tourism in a way that residents welcome. I will meet
the community councils of every island before the strategy is published.

Teodor Vasquez-Lind
Minister for Tourism, Culture and Sport

Media: press@tourism.ei.example | +99 20 555 0147""",
        (
            expect("2025-05-20", "met", "operators"),
            expect("2024", "visitors"),
            expect("2019", "coastal way"),
            expect("2025-07-01/..", "visa", planned=True),
            expect("2027-04", "cruise terminal", planned=True),
            expect("2025-01", "construction"),
            expect("../2025-09", "strategy", planned=True),
            expect("2025-08-08/2025-08-10", "festival", planned=True),
            expect("2016", "levy"),
            expect("2025-05-02", "ferry", "resumed"),
        ),
    ),
    Text(
        "black-lantern-studio",
        "tattoo studio's HTML page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Black Lantern Tattoo | About &amp; News</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/"><img src="/img/lantern.svg" alt="Black Lantern Tattoo"></a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/artists">Artists</a></li>
<li><a href="/aftercare">Aftercare</a></li><li><a href="/book">Book</a></li></ul></nav>
</header>
<main>
<section id="about">
<h1>About the studio</h1>
<p>Black Lantern was opened in 2009 by Kit Morrow, who started tattooing around 2001 in the back
room of a record shop on Quarry Street.</p>
<p>In May 2014 we moved into the old post office on Tanner's Row, and the sorting office is now
our main floor: four stations, a private room and the best light in town.</p>
<p>We were first licensed by Ashby District Council in 2010. Every needle is single-use, and
every station is stripped and cleaned between clients.</p>
<p>In 2023 the studio won Best Blackwork at the Northern Ink Awards.</p>
</section>
<section id="news">
<h2>News</h2>
<article>
<h3>Books are open</h3>
<p>Our spring booking opened on Saturday, and the first three weeks are already full. Please
use the <a href="/book">booking form</a>; we do not take bookings by message.</p>
</article>
<article>
<h3>Guest spot: Ines Barra</h3>
<p>Fine-line artist Ines Barra joins us from 12 to 15 March. She has a few slots left, and her
flash designs are on the <a href="/artists#guests">guest page</a>.</p>
</article>
<article>
<h3>Closed for refurbishment</h3>
<p>The studio will be closed from Monday 7 April to Friday 11 April while we lay a new floor.
Booked clients have been contacted.</p>
</article>
<article>
<h3>Convention</h3>
<p>Kit and Sam will be working at the Lowmoor Tattoo Convention on Saturday 24 May. Come and
say hello at booth 31.</p>
</article>
</section>
<aside><p>Walk-ins every Friday from noon, if the chairs allow. Over-18s only; bring photo
ID.</p></aside>
</main>
<footer><p>Black Lantern Tattoo, The Old Post Office, Tanner's Row, Ashby</p></footer>
</body>
</html>""",
        (
            expect("2009", "opened"),
            expect("2001~", "started tattooing"),
            expect("2014-05", "post office"),
            expect("2010", "licensed"),
            expect("2023", "blackwork"),
            expect("2025-03-01", "booking"),
            expect("2025-03-12/2025-03-15", "ines barra", planned=True),
            expect("2025-04-07/2025-04-11", "closed", planned=True),
            expect("2025-05-24", "convention", planned=True),
        ),
    ),
    Text(
        "marigold-cafe-tables",
        "pavement cafe licence decision",
        None,
        """TARNBURY CITY COUNCIL
Licensing Sub-Committee - Notice of Decision

Application ref.:   PL/24/0318
Premises:           The Marigold Cafe, 14 Bellfounder Street, Tarnbury TB2 4QL
Applicant:          Marigold Kitchens Ltd
Type:               Pavement licence (tables and chairs on the highway)
Date of decision:   17 July 2024

1. The application
1.1 The Council received an application on 3 June 2024 for a pavement licence for six tables
and 24 chairs on the footway outside the premises, to be used from 08:00 to 21:00 daily.
1.2 The premises have operated as a cafe since 2016. A previous licence, for four tables, was
granted in 2019 and expired on 30 April 2024.

2. Consultation
2.1 The application was publicised by a notice on the premises and on the Council's website, and
the consultation ran from 4 June to 1 July 2024. Highways, Environmental Health and the Police
raised no objection.
2.2 One objection was received, from the Bellfounder Street Residents' Association, on 20 June.
It raised the width of footway left for pedestrians, noise in the evening and the storage of
furniture overnight.

3. Hearing
3.1 The Sub-Committee heard the application on Tuesday 16 July. The applicant's director, Ms Ayo
Brennan, attended; the Residents' Association was represented by its secretary, Mr Frank
Dossett.
3.2 Members noted that with six tables the clear footway would be 1.6 metres, less than the 1.8
metres that the Council's guidance expects on a street of this kind.

4. Decision
4.1 The Sub-Committee GRANTS a pavement licence for five tables and 20 chairs, for the period
1 August 2024 to 31 July 2025, subject to the conditions below.

5. Conditions
(a) Tables and chairs shall be used only between 08:00 and 20:00.
(b) A clear footway of at least 1.8 metres shall be kept at all times.
(c) All furniture shall be removed from the highway and stored inside the premises each evening.
(d) No amplified music shall be played outside the premises.

6. Compliance
A licensing officer will inspect the layout on or before 30 September 2024. Breach of a
condition may lead to the licence being revoked.

7. Right of appeal
The applicant or any objector may appeal against this decision to the magistrates' court within
21 days of the date of this notice.

Signed: L. Okonjo, Licensing Manager, for the Sub-Committee""",
        (
            expect("2024-06-03", "application"),
            expect("2016/..", "cafe"),
            expect("2019", "previous licence"),
            expect("2024-04-30", "expired"),
            expect("2024-06-04/2024-07-01", "consultation"),
            expect("2024-06-20", "objection"),
            expect("2024-07-16", "heard"),
            expect("2024-08-01/2025-07-31", "licence", planned=True),
            expect("../2024-09-30", "inspect", planned=True),
        ),
    ),
    Text(
        "harrow-coast-hooked-rugs",
        "rug hooking history",
        None,
        """Rug hooking

Rug hooking is a craft in which loops of yarn or strips of cloth are pulled up through a woven
backing with a hook to make a pile. It is most closely associated with the fishing and farming
communities of the Harrow coast, where it grew up as a way of turning worn clothing into floor
coverings.

Origins
The craft emerged about 1850, when cheap jute sacking first reached the coast as the wrapping of
imported grain. Earlier rag rugs had been made by prodding or knotting strips into a coarse
linen ground, a slower technique. The earliest dated hooked rug, worked with the year 1863 in
its border, is in the Harrow Folk Museum.

Patterns and trade
In 1868 the pedlar Edwin Hallam began selling patterns stencilled on burlap from door to door,
and his designs of ships, roses and house dogs carried the craft far inland. By 1895 several
hundred women along the coast were hooking rugs for sale through village shops and the
mail-order firm of Pinder & Cole.

Revival
Hooking declined when factory-made carpets became cheap. A Harrow Rug Guild was founded,
probably in 1932, by the schoolteacher Margaret Ansell to keep the old patterns alive; its first
minute book is lost. The guild's first exhibition, at the Assembly Rooms in Stanmouth, opened
on 4 May 1937 and drew some 3,000 visitors in a fortnight.

Interest grew again after the war. The Harrow Folk Museum opened a permanent rug gallery in
1963, and exhibitions of guild work toured the country in 1975 and 1976. Since 2008 the museum
has kept a register of hooked rugs in private hands, which now lists more than 1,100 pieces.

Technique
A hook, usually with a wooden handle, is pushed down through the backing, catches the strip
held beneath and draws up a loop. Loops are packed closely so that they hold each other in
place without knots. Traditional rugs use strips of wool cloth cut about a centimetre wide;
finer work uses narrower strips or yarn. The backing is stretched on a frame, and a large rug
can take a winter to finish.""",
        (
            expect("1850~", "emerged"),
            expect("1863", "earliest"),
            expect("1868", "hallam"),
            expect("../1895", "sale"),
            expect("1932?", "guild"),
            expect("1937-05-04", "exhibition"),
            expect("1963", "rug gallery"),
            expect("1975", "toured"),
            expect("1976", "toured"),
            expect("2008/..", "register"),
        ),
    ),
    Text(
        "red-lion-fixture-card",
        "dominoes league fixtures card",
        date(2025, 8, 20),
        """TARNSIDE & DISTRICT DOMINOES LEAGUE
Founded 1948 - affiliated to the County Dominoes Association

RED LION "A" - FIXTURE CARD - SEASON 2025/26 - FIRST HALF

Captain: Bev Harkness, 07700 900318         Match night: Thursday, 8.15 pm start
Game: fives and threes, 7 singles and 3 pairs, first to 61, best of three legs

Date          Opponents               Venue   Competition
------------  ----------------------  ------  ---------------------
Thu 4 Sep     Ship Inn                H       League
Thu 11 Sep    Bay Horse               A       League
Thu 18 Sep    Railway Tavern "B"      H       League
Tue 23 Sep    Kings Arms              A       Fives Cup, round 1
Thu 2 Oct     Mason's Arms            A       League
Thu 9 Oct     Ship Inn                A       League
Thu 16 Oct    Railway Tavern "A"      H       League

H = home (Red Lion, Bridge Street)   A = away

NOTES
1. The league was founded in 1948 by six pubs on the Tarnside road.
2. Team subscriptions (GBP 40) and player registrations must reach the Secretary by 31 August.
   Unregistered players may not play.
3. The Crown withdrew from Division One on 30 July; teams drawn against them have a bye.
4. Rule changes agreed at the AGM on 12 June: a team may field one reserve per match, and a
   drawn match is now settled by a single pairs leg.
5. Home captains must text the result to the Results Secretary by 11 pm on match night.
6. Postponements only by agreement of both captains and the Fixtures Secretary, and never in
   the last three weeks of the half.
7. Fixtures for the second half will be issued at the winter meeting.

OFFICERS
Chairman: Len Wragg            Secretary: Pat Okoro, 07700 900455
Fixtures: Dee Maddox           Results: Gary Lumb, 07700 900782

Good play and good company. Shake hands before and after every game.""",
        (
            expect("1948", "founded"),
            expect("2025-06-12", "agm"),
            expect("2025-07-30", "crown", "withdrew"),
            expect("../2025-08-31", "subscriptions", planned=True),
            expect("2025-09-04", "ship inn", planned=True),
            expect("2025-09-11", "bay horse", planned=True),
            expect("2025-09-18", "railway tavern", planned=True),
            expect("2025-09-23", "kings arms", planned=True),
            expect("2025-10-02", "mason", planned=True),
            expect("2025-10-09", "ship inn", planned=True),
            expect("2025-10-16", "railway tavern", planned=True),
        ),
    ),
)
