"""The two-hundred-and-ninety-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a footpath diversion
notice, an underwater hockey tournament report, a salt works company release, a farrier's
account book of the 1840s, a grey seal pup count report, an organ builder's history, a housing
minister's statement, a barber shop's HTML page, a skip permit decision, an origami history and
a backgammon club fixtures card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYFIRST_CORPUS",)


TWOHUNDREDNINETYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "veldmark-ferry-grounding",
        "wire story with a dateline",
        None,
        """Ferry runs aground off Veldmark, 140 passengers taken off by lifeboat

VELDMARK, March 12, 2025 (Tidewire) - A passenger ferry ran aground on a sandbank at the mouth of
the Veldmark estuary on Tuesday evening, and all 140 passengers and 11 crew were taken off by
lifeboat, the coastguard said.

The Maren Sky, operated by Ostrand Lines, was refloated on the rising tide early on Wednesday
and towed into Veldmark harbour. Divers who examined the hull later in the day found a two-metre
gash near the bow, the company said.

No one was badly hurt. Three passengers were treated for mild hypothermia at the harbour medical
post and released before midnight.

Ostrand Lines, which has run the Veldmark-Kessholm crossing since 2011, said sailings would
resume on Monday with a chartered replacement vessel. The Maren Sky, built in 1998 at a yard in
Rostveld, was bought by Ostrand from a northern operator in 2016 and is expected to be out of
service for several weeks.

Local pilots have complained for months about the state of the channel. It was last dredged on
or about November 4 last year, according to harbour board minutes, and the sandbanks are known
to shift quickly after winter storms.

"The buoys were where the charts said they were. The sand was not," said one pilot, who asked
not to be named because he was not authorised to speak to the press.

A similar grounding in 2017, when a cargo ship stuck fast on the same bank for two days, led to
a review of the buoyage that was never fully carried out, the pilots' association said.

The Maritime Accident Bureau has sent two inspectors to Veldmark. Its chief inspector, Lise
Hammar, said an interim report would be published by the end of June.

Ostrand shares fell 2.1 percent in Kessholm trading, their biggest one-day fall since October.

(Reporting by Per Anholt; Editing by Clara Voss)""",
        (
            expect("2025-03-11", "ferry", "aground"),
            expect("2025-03-12", "refloated"),
            expect("2011/..", "crossing"),
            expect("2025-03-17", "sailings", "resum", planned=True),
            expect("1998", "built"),
            expect("2016", "bought"),
            expect("2024-11-04~", "dredged"),
            expect("2017", "grounding"),
            expect("../2025-06", "interim report", planned=True),
        ),
    ),
    Text(
        "orvane-lethbridge-works",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orvane Climate Systems completes purchase of former Lethbridge works

HARNLEY, 3 June 2025 - Orvane Climate Systems, the heat pump manufacturer, today completed the
purchase of the former Lethbridge engineering works on Mill Lane, Harnley, where it will build
its second factory.

Production of air-source heat pumps at the site is expected to begin in September, and the
company will create up to 240 jobs by 2026.

Planning permission for the conversion was granted by Harnley Borough Council on 22 April.
Orvane raised GBP 18 million for the project through a share issue completed on 12 May.

The factory buildings were put up about 1962 for the Lethbridge company, which made pumps and
valves there until the works closed in 2019. Orvane will keep the brick frontage on Mill Lane,
which local residents campaigned to save when the site was first offered for sale.

"Harnley has a long engineering tradition, and we want to be part of its next chapter," said
Orvane's chief executive, Dr Samira Holt. "We have found skilled people here who know how to
build things, and a council that wanted us to come."

Orvane was founded in 2008 by Dr Holt and two fellow engineers from the University of Kestwick.
It launched its first domestic heat pump in 2014 and recorded revenue of GBP 84 million in
2024, up from GBP 61 million the year before.

Notes to editors
- Orvane Climate Systems Ltd is headquartered in Kestwick and employs 410 people.
- Recruitment for the Harnley factory opens on the company's careers website next week.
- High-resolution images of the Mill Lane site and of Dr Holt are available on request.

Media contact: Tom Feeney, Orvane press office, press@orvane.example, 01632 960418

ENDS""",
        (
            expect("2025-06-03", "purchase", "completed"),
            expect("2025-09", "production", planned=True),
            expect("../2026", "jobs", planned=True),
            expect("2025-04-22", "planning permission"),
            expect("2025-05-12", "share issue"),
            expect("1962~", "buildings"),
            expect("2019", "works", "closed"),
            expect("2008", "founded"),
            expect("2014", "heat pump"),
            expect("2024", "revenue"),
        ),
    ),
    Text(
        "hollins-marrowby-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESSMOOR
SECOND DISTRICT

DELIA HOLLINS,
    Plaintiff-Appellee,
v.
MARROWBY ESTATES LLC,
    Defendant-Appellant.

No. 2-24-0117

Argued January 14, 2025 -- Decided April 2, 2025

Opinion of the Court by Judge ACKROYD.

I. BACKGROUND

Marrowby Estates has owned and managed the Fenwick Building on Carter Street since 2016. On
August 1, 2019, Delia Hollins leased the ground-floor unit from Marrowby for five years to run a
bakery. Section 9 of the lease obliged Marrowby to finish repairs to the building's roof no
later than March 31, 2020.

The repairs were not finished. On or about June 15, 2020, after a night of heavy rain, water
came through the ceiling of the unit and ruined the ovens, stock and fittings. Hollins gave
written notice of the damage in July 2020 and kept the bakery closed for eleven weeks.

Hollins filed her complaint on February 9, 2021, alleging breach of the lease and negligence. A
bench trial was held October 2 through 6, 2023. The trial court found for Hollins on both counts
and entered judgment for $212,400 on January 18, 2024. Marrowby timely appealed, and we heard
oral argument on January 14, 2025.

II. ANALYSIS

A. The repair deadline

Marrowby argues first that the date in Section 9 was a target, not a promise. We disagree. The
clause says that the repairs "shall be completed" by the stated date, and the record shows that
Marrowby's own roofing contractor was told in writing that the date was "firm." A landlord who
fixes a date in its own lease, and then tells its contractor the same, cannot later call that
date a hope.

B. Mitigation

Marrowby argues next that Hollins failed to mitigate her loss by reopening sooner. The trial
court heard evidence that replacement ovens took nine weeks to build and deliver, and it found
the length of the closure reasonable. That finding is supported by the record and is not
clearly erroneous.

III. CONCLUSION

The judgment of the trial court is affirmed.

AFFIRMED.

Judges MERCER and OYELARAN concur.""",
        (
            expect("2016/..", "owned"),
            expect("2019-08-01", "leased"),
            expect("../2020-03-31", "repairs"),
            expect("2020-06-15~", "water"),
            expect("2020-07", "notice"),
            expect("2021-02-09", "complaint"),
            expect("2023-10-02/2023-10-06", "trial"),
            expect("2024-01-18", "judgment"),
            expect("2025-01-14", "argument"),
        ),
    ),
    Text(
        "castry-canal-history",
        "encyclopedia history",
        None,
        """Castry Canal

The Castry Canal is a disused and partly restored canal in the north of Wendleshire, running for
23 miles from the River Wend at Castry Bridge to the coal staithes at Holm Edge. It is known for
the Castry flight of eleven locks, among the steepest in the county.

History

A line for the canal was first surveyed c. 1790 by the engineer Matthew Dorland, who had worked
on several river navigations in the south of the county. Local coal owners promoted a bill, and
an Act of Parliament authorising the canal was passed in 1794.

Construction lasted from 1796 to 1803, held up by a shortage of money and by a collapse in the
Holm Edge tunnel that killed four navvies. The canal opened throughout on 19 May 1803, when a
procession of twelve boats climbed the flight to the sound of the Castry town band.

Traffic was heavy for half a century, chiefly coal downhill and lime and grain uphill. The
opening of the Castry and Holm railway drew away most of the trade, and the canal company sold
the waterway to the railway in 1861. The last commercial cargo, a load of roadstone, probably
passed through the flight in 1932. The canal was formally abandoned in 1955, and parts of its
bed were filled in to build the Holm Edge bypass.

Restoration

Since 1989 the Castry Canal Trust has worked to reopen the whole line. Volunteers cleared the
flight by hand over many years, and the restored locks were reopened to boats in July 2008. The
trust expects to have the summit pound watered by 2027, though the tunnel remains blocked and
no date has been given for its repair.

Route

From Castry Bridge the canal follows the Wend valley for six miles before climbing the flight
to the summit pound. It then crosses the moor on a long embankment, passes through the 900-yard
Holm Edge tunnel and falls by three locks to the staithes.

See also
- Canals of Wendleshire
- List of canal tunnels in Wendleshire""",
        (
            expect("1790~", "surveyed"),
            expect("1794", "act"),
            expect("1796/1803", "construction"),
            expect("1803-05-19", "opened"),
            expect("1861", "sold"),
            expect("1932?", "cargo"),
            expect("1955", "abandoned"),
            expect("1989/..", "trust"),
            expect("2008-07", "locks", "reopened"),
            expect("../2027", "summit pound", planned=True),
        ),
    ),
    Text(
        "harlow-vale-senior-cup",
        "sports report",
        date(2024, 5, 19),
        """Vale end 37-year wait as Kemble double sinks Ashcombe

By Rhodri Gammon

Harlow Vale lifted the Wendleshire Senior Cup for the first time in 37 years on Saturday,
beating Ashcombe Town 2-1 in front of 3,800 fans at the Priory Ground.

Vale last won the trophy in 1987, when a side managed by the late Arthur Penhale beat Dunmere
after a replay. The wait ended thanks to two goals from Josh Kemble, who joined Vale from
Ashcombe in January 2022 and was booed by the away end every time he touched the ball.

Kemble opened the scoring with a header after 12 minutes. Ashcombe levelled through Dan Orme
just before half-time, but Kemble struck again on 71 minutes, curling a free kick over the wall
and into the top corner.

It was a remarkable afternoon for a striker who feared his season was over when he damaged knee
ligaments on 2 March. He returned three weeks ahead of schedule and scored the winner in the
semi-final against Brackley on April 20.

"I said to the physio, I'm playing in that final if I have to do it on one leg," Kemble said.

Manager Rosa Tilney, in charge since 2021, paid tribute to a squad of part-timers. "Half of them
were at work at six this morning," she said. "They deserve every minute of this."

Vale have little time to celebrate. They finished second in the Northern Counties League after
beating Dunmere 3-1 on 27 April, and will face Kelsey Rovers in the promotion play-off final on
Saturday 1 June at a neutral venue yet to be named.

The club also confirmed that work on a new 600-seat stand at the Priory Ground is due to finish
in August, in time for the start of next season.

Vale: Pryce; Adeyemi, Holt, Marsh, Okafor; Lyle, Benn (Cato 80), Rhodes; Finch, Kemble,
Doyle (Sallis 88).

Ashcombe: Weir; Coles, Tandy, Ibe, Rourke; Noakes, Orme, Pell (Ashe 75); Gayle, Hurst,
Mumford.

Referee: Colin Prest.""",
        (
            expect("2024-05-18", "cup"),
            expect("1987", "trophy"),
            expect("2022-01", "kemble", "joined"),
            expect("2024-03-02", "ligaments"),
            expect("2024-04-20", "semi-final"),
            expect("2021/..", "tilney"),
            expect("2024-04-27", "dunmere"),
            expect("2024-06-01", "play-off", planned=True),
            expect("2024-08", "stand", planned=True),
        ),
    ),
    Text(
        "pellory-rope-works",
        "company history",
        date(2025, 2, 10),
        """Our story

Pellory & Sons, Ropemakers, Brackwater

A rope walk by the river
William Pellory, a former ship's rigger, founded the firm in 1878 on a strip of ground beside
the River Brack, where he and two apprentices spun hemp by hand along a 300-yard rope walk. The
following year he took a lease on the old corn mill in Crane Street, which is still our home.

Steam and war
A steam engine was installed at the mill c. 1905, allowing the firm to make the heavier cables
wanted by the trawler fleet. From 1916 to 1918 almost everything the works produced went to the
navy as rigging and towing hawsers, and the workforce grew to more than ninety.

Hard times
After the war the family ran into debt. It is thought that they sold a majority stake to the
Brackwater shipowner Edmund Clay in 1948, though no deed survives, and the Pellory name was
kept over the gate. Old hands still remember the smell of tar in the spinning room.

New fibres
In 1962 the works made its first nylon rope, and within a few years man-made fibres had
replaced hemp for almost every order. We still spin hemp and manila for restorers, thatchers
and theatres who want the real thing.

Back in local hands
In November 1999 a management buyout led by the works manager, Gwen Arrow, returned the firm to
independent ownership. We have been a certified B Corporation since 2012, and today we supply
climbing centres, boatyards, stage riggers and farms across Britain and Europe.

What's next
We are building a new warehouse on Tenby Road, which will open in April 2026 and let us bring
all our stock under one roof for the first time. The old Crane Street mill will stay our home
for spinning, laying and finishing.

Come and see us: the mill shop on Crane Street is open Monday to Saturday, 9am to 5pm, and our
team is always happy to talk rope.""",
        (
            expect("1878", "founded"),
            expect("1879", "lease"),
            expect("1905~", "steam engine"),
            expect("1916/1918", "navy"),
            expect("1948?", "stake"),
            expect("1962", "nylon"),
            expect("1999-11", "buyout"),
            expect("2012/..", "b corporation"),
            expect("2026-04", "warehouse", planned=True),
        ),
    ),
    Text(
        "hollow-sky-cubesat",
        "mission summary",
        date(2025, 9, 30),
        """Mission summary: HOLLOW SKY-2 lunar cubesat

Operator: Tarnwell University Space Laboratory
Status: operational

Overview
HOLLOW SKY-2 is a 12U cubesat built to map water ice in permanently shadowed craters near the
lunar south pole with a small neutron spectrometer and a thermal camera. It is the second lunar
spacecraft built by students at Tarnwell; the first, HOLLOW SKY-1, was lost shortly after
launch in 2021 when its radio failed.

Timeline
- Launch. HOLLOW SKY-2 was launched as a secondary payload on 14 November 2024 and separated
  from the upper stage about forty minutes later.
- Solar arrays. Both arrays were deployed three days after launch, on the second attempt.
- Lunar orbit insertion. After a slow, low-energy transfer, the spacecraft entered lunar orbit
  on 8 January 2025.
- Safe mode. Contact was lost for nine hours on or about 22 February, when a software fault put
  the spacecraft into safe mode; the cause was later traced to a clock rollover.
- Science. A first imaging campaign ran from 3 to 9 April. By 31 July the team had mapped about
  60 percent of the target craters.
- Manoeuvres. A final orbit-raising burn on 12 September lifted the lowest point of the orbit
  to 28 km.

Outlook
Propellant is now nearly exhausted. Operations are expected to end in December 2025, when the
spacecraft will be steered into a crater rim so that the impact flash can be watched from
Earth. The final release of calibrated data to the public archive is due in March 2026.

Team
Principal investigator: Prof. Anja Reddaway. Mission operations: Tarnwell Ground Station, with
tracking support from the Kelso Deep Space Antenna and a network of amateur radio stations.""",
        (
            expect("2021", "lost"),
            expect("2024-11-14", "launched"),
            expect("2024-11-17", "arrays", "deployed"),
            expect("2025-01-08", "lunar orbit"),
            expect("2025-02-22~", "contact"),
            expect("2025-04-03/2025-04-09", "imaging campaign"),
            expect("../2025-07-31", "mapped"),
            expect("2025-09-12", "burn"),
            expect("2025-12", "operations", planned=True),
            expect("2026-03", "data", planned=True),
        ),
    ),
    Text(
        "inshore-quota-order",
        "government statement",
        None,
        """DEPARTMENT FOR COASTAL AFFAIRS

Statement on inshore fishing quotas

Issued: 14 January 2025

The Minister for Coastal Affairs, Ellen Tasker, today signed the Inshore Fisheries (Quota)
Order, which sets new catch limits for sea bass, pollack and brown crab in waters within six
nautical miles of the coast.

The order was prepared after a public consultation that ran from 21 October to 9 December 2024
and received 1,146 responses, most of them from owners of small boats.

What changes
1. The new catch limits take effect on 1 February 2025.
2. All vessels under ten metres must join the inshore register no later than 31 March 2025.
   Unregistered vessels will not be able to land quota species after that date.
3. The ban on netting for bass from the shore, in force since 2019, remains in place.
4. Limits for brown crab will be set by area rather than for the coast as a whole.

Background
Quotas for inshore waters were first introduced in 1994. A review of stocks carried out by the
Marine Survey Agency in 2023 found that bass numbers had recovered, but that pollack had
declined in every survey area and that crab landings were falling in the east.

The Minister said: "Our fishing communities have told us clearly that they want limits that
are fair to small boats and that protect the stocks their children will depend on. This order
delivers that, and we will keep listening."

The Minister will meet representatives of the Inshore Fishermen's Federation on Thursday to
discuss how the register will work at the smaller harbours.

Enquiries: press office, Department for Coastal Affairs, 0300 555 0192.

ENDS""",
        (
            expect("2025-01-14", "order", "signed"),
            expect("2024-10-21/2024-12-09", "consultation"),
            expect("2025-02-01", "limits", planned=True),
            expect("../2025-03-31", "register", planned=True),
            expect("2019/..", "ban"),
            expect("1994", "quotas", "introduced"),
            expect("2023", "review"),
            expect("2025-01-16", "meet", planned=True),
        ),
    ),
    Text(
        "dunmore-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dunmore library reopens after two-year restoration | Dunmore Courier</title>
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header>
<a class="logo" href="/">Dunmore Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav>
</header>
<main>
<article>
<h1>Library reopens after two-year restoration</h1>
<p class="byline">By Fern Ashdown, local democracy reporter |
<time datetime="2025-04-08">8 April 2025</time></p>
<p>Dunmore's Free Library reopened to the public on Monday after a restoration that took more
than two years and cost 3.4 million pounds.</p>
<p>The building on Abbey Street was built in 1909 with money left by the mill owner Josiah Venn,
and was listed in 1974 for its domed reading room and carved stone front.</p>
<p>It closed in September 2022, when surveyors found that the roof timbers were rotten. The
borough council voted on 14 December 2022 to pay for the repairs, and work started in March
2023.</p>
<p>During the work, builders uncovered a painted frieze of local trades above the shelves of the
reading room. It is thought the frieze was painted in 1931 by students of the town's art
school. It has been cleaned and left on show.</p>
<p>"People queued round the corner before we opened the doors," said the head librarian, Meera
Castell. "Some of them had not been inside since they were children."</p>
<p>A cafe run by a local social enterprise will open on 1 May, and from 14 April onwards the
library will stay open until 8pm on Thursdays.</p>
<p>The local studies room, which holds the town's newspaper archive, is due to reopen by the end
of September.</p>
<figure><img src="/img/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored reading room, with the frieze above the shelves.</figcaption></figure>
</article>
<aside>
<h2>Most read</h2>
<ul><li><a href="/news/bypass">Bypass plan goes to inquiry</a></li>
<li><a href="/news/market">Market traders vote on new hours</a></li></ul>
</aside>
</main>
<footer><p>&copy; Dunmore Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-07", "reopened"),
            expect("1909", "built"),
            expect("1974", "listed"),
            expect("2022-09", "closed"),
            expect("2022-12-14", "council", "voted"),
            expect("2023-03", "work", "started"),
            expect("1931?", "frieze"),
            expect("2025-05-01", "cafe", planned=True),
            expect("2025-04-14/..", "thursdays", planned=True),
            expect("../2025-09", "local studies", planned=True),
        ),
    ),
    Text(
        "ashby-marlow-footpath",
        "footpath diversion notice",
        None,
        """WENDLESHIRE COUNTY COUNCIL

THE WENDLESHIRE COUNTY COUNCIL
(PUBLIC FOOTPATH No. 14, PARISH OF ASHBY MARLOW)
PUBLIC PATH DIVERSION ORDER (No. 3)

NOTICE OF MAKING OF ORDER

The above Order, made on 3 March 2025 under section 119 of the Highways Act, will divert part
of Public Footpath No. 14, which crosses Lower Marlow Farm, to a new line along the field edge.

The existing path, shown by a bold black line on the Order map, runs from point A on Ashby Lane
for 310 metres north-east to point B at the stile by Marlow Brook. The new path, shown by a
broken black line, will run from point A along the western and northern edges of the field to
point B, a distance of 365 metres, with a width of 2 metres and a grass surface.

The landowner applied for the diversion on or about 20 September 2024, on the grounds that the
present line passes close to a new calf shed. The path has been closed on safety grounds since
2 December 2024 under a separate temporary closure order.

Footpath No. 14 was recorded on the definitive map of rights of way in 1952. It was last
diverted in 1978, when a section near the brook was moved to avoid a farm pond.

A copy of the Order and the Order map may be seen free of charge at Ashby Marlow Village Hall,
Church Lane, on 18 and 25 March between 10am and 2pm, and at County Hall, Tarnwell, during
normal office hours.

Any representation about or objection to the Order must be sent in writing to the address below
no later than 14 April 2025, stating the grounds on which it is made.

If no representations or objections are duly made, or if any so made are withdrawn, the Council
may confirm the Order as an unopposed order. The new route is expected to open on 1 June 2025,
once gates and waymarks have been put in.

Dated 10 March 2025

J. R. Fallowfield
Head of Legal Services
Wendleshire County Council, County Hall, Tarnwell TW1 4QR
Ref: PROW/AM14/DIV""",
        (
            expect("2025-03-03", "order", "made"),
            expect("2024-09-20~", "applied"),
            expect("2024-12-02/..", "closed"),
            expect("1952", "definitive map"),
            expect("1978", "diverted"),
            expect("2025-03-18", "seen", planned=True),
            expect("2025-03-25", "seen", planned=True),
            expect("../2025-04-14", "objection", planned=True),
            expect("2025-06-01", "new route", planned=True),
        ),
    ),
    Text(
        "silverpool-open-tridents",
        "underwater hockey tournament report",
        date(2025, 3, 3),
        """UNDERWATER HOCKEY

Tridents keep their breath and their nerve to retain Silverpool Open

Kelham Tridents retained the Silverpool Open on Sunday, beating Avonmere Barracudas 3-2 in a
final settled by a goal with eleven seconds of the last period left.

Twelve clubs from across the country took part in the two-day tournament at the Silverpool
Leisure Centre, whose 25-metre pool reopened in September 2023 after a long refit that gave it
a deep end of 2.2 metres, just right for the game.

On Saturday the Tridents came through the group stage unbeaten, conceding only once in five
games, though a 1-1 draw with the Dunmore Dolphins left them needing a win in their last match
to top the group.

Captain Nia Orrell, who has played for the national team since 2019, scored twice in the final,
flicking the puck past two defenders on the floor of the pool for the winner. "We practise that
move every Tuesday and it never works," she said. "Today it did."

The Silverpool Open was first held about 1998, when only four clubs entered and games were
played in a pool so shallow that the tallest players could stand up. The Tridents, formed in
2013 by a group of university swimmers, have now won it four times.

The club's new junior section started on 8 February and already has 22 members aged 11 to 16.

Next up for the Tridents is the national championships at Penhallow from 12 to 13 April. The
selectors have said the squad for the European championships will be named by 30 April.

Results
Final: Kelham Tridents 3, Avonmere Barracudas 2
Third place: Dunmore Dolphins 4, Harnley Hammerheads 1
Plate final: Tarnwell Torpedoes 2, Kestwick Kraken 2 (Torpedoes won on golden goal)

Player of the tournament: Nia Orrell (Kelham Tridents)""",
        (
            expect("2025-03-02", "retained"),
            expect("2025-03-01", "group stage"),
            expect("2023-09", "pool", "reopened"),
            expect("2019/..", "orrell"),
            expect("1998~", "first held"),
            expect("2013", "formed"),
            expect("2025-02-08", "junior section"),
            expect("2025-04-12/2025-04-13", "national championships", planned=True),
            expect("../2025-04-30", "squad", planned=True),
        ),
    ),
    Text(
        "maldreth-salt-visitors",
        "salt works company release",
        None,
        """NEWS RELEASE
Maldreth Sea Salt Company
Issued: 22 October 2024

MALDRETH SEA SALT OPENS VISITOR CENTRE AT HISTORIC SALT WORKS

Maldreth Sea Salt today opened a visitor centre at its works on the Maldreth marshes, giving the
public its first chance to see how flaky sea salt is made by hand on the estuary.

The centre, in a restored boiling house, tells the story of salt-making on the marshes. Salt was
first made at Maldreth about 1580, when the monks' tenants boiled seawater in shallow lead pans
over peat fires. The trade grew for two centuries, but the old works closed in 1871, unable to
compete with cheap rock salt brought in by rail.

In 2009 Edda and Tom Varne revived salt-making on the site with a single steel pan in a garden
shed. The company's salt was granted protected designation of origin in 2016, and it shipped
its first consignment to Japan on 14 May 2019. It now sells to more than 300 shops and
restaurants.

"People are always amazed that salt can taste of a place," said Edda Varne. "Now they can come
and watch it happen, from the seawater tanks to the last crystal."

Growing production
A second evaporation house, due to be completed by March 2025, will allow the company to double
its output. Production is expected to reach around 120 tonnes in 2025.

Guided tours of the salt pans will start on 2 November and will run at weekends throughout the
winter. Tickets can be booked at the visitor centre or online.

Notes to editors
1. Maldreth Sea Salt Company employs 19 people, most of them from villages around the estuary.
2. The visitor centre is open Wednesday to Sunday, 10am to 4pm. Entry is free.
3. Photographs of the salt pans and the restored boiling house are available on request.

Press contact: Rowan Hale, rowan@maldrethsalt.example

-ENDS-""",
        (
            expect("2024-10-22", "visitor centre"),
            expect("1580~", "salt", "made"),
            expect("1871", "closed"),
            expect("2009", "revived"),
            expect("2016", "protected"),
            expect("2019-05-14", "japan"),
            expect("../2025-03", "evaporation house", planned=True),
            expect("2025", "production", planned=True),
            expect("2024-11-02", "tours", planned=True),
        ),
    ),
    Text(
        "josiah-brand-daybook",
        "farrier's account book of the 1840s",
        None,
        """Day Book & Accompts of Josiah Brand, Farrier & Shoeing Smith,
at the Forge, Nether Hollin, in the Parish of St Wendreda.

                                                                   L.  s.  d.
1843.
Jany 9.   Wm Tolley, Grange Fm.  To 4 new shoes bay cart mare          0   3   4
                        do.      To 2 removes ye grey colt             0   0   8
                        do.      To mending a harrow tine              0   0   3
Jany 21.  The Revd Mr Pask.  To shoeing his chesnut cob all round,
          & dressing a thrush in ye near fore foot                      0   4   0
Mar. abt ye 14th.  Saml Hurd, Low Ends.  Bled & drenched his old black
          horse wh. was took with the gripes. Horse died notwithstanding.
          No charge, Hurd being a poor man.                             0   0   0
Apr. 3.   Lent Geo. Marsh, wheelwright, ten shillings in money,
          to be pd. back by ye 24th June                                0  10   0
May.      Shod ye whole team at Hollin Hall for the hay, 6 horses,
          24 new shoes, & 4 removes. To Mr Steward's acct.              1   6   8
          Recd of Geo. Marsh 5s. in part of his loan.
Octr.     Mem. My wife brought to bed of a son, named Josiah for his
          Grandfather. I think upon the 3rd of the month but did not
          set it down at the time, being much hurried at the forge.
          Pd for a cradle of Jno. Cawley the joiner                     0   4   6

1844.
Jany 1.   Settled with Mr Wm Tolley for the year past, all accts.
          cleared, he paying                                            3  17   2
          & I allowing him 2s. for old iron took in part payment.
Feby 12.  Forge new roofed with slate by Thos. Ince & his lad,
          3 days work, slates & laths found by me                        2   2   0
          The old thatch was laid by my Father c. 1790, the same year
          he took the forge of old Mr Hollin's executors.
          Pd Thos. Ince beer for the men                                 0   1   6

Memoranda.
Geo. Marsh has not yet pd. the 5s. remaining. To be asked again.
The grey colt at Grange Fm. is a kicker. Mind him.
Iron is dear this winter, 16s. the cwt at Tarnwell. Try the Kelso waggon.
Mr Pask's cob wants a bar shoe on the near fore if the thrush returns.""",
        (
            expect("1843-01-09", "tolley", "shoes"),
            expect("1843-01-21", "pask"),
            expect("1843-03-14~", "bled"),
            expect("1843-04-03", "lent", "marsh"),
            expect("../1843-06-24", "back", planned=True),
            expect("1843-05", "hollin hall"),
            expect("1843-10-03?", "son"),
            expect("1844-01-01", "settled"),
            expect("1844-02-12", "roofed"),
            expect("1790~", "thatch"),
        ),
    ),
    Text(
        "skarra-head-pups",
        "grey seal pup count report",
        date(2025, 1, 20),
        """Skarra Head Grey Seal Pup Count: Summary Report for the 2024 Season

Prepared by the Skarra Head Seal Group for the Northern Coast Wildlife Trust

1. Introduction
Grey seals breed on the boulder beaches below Skarra Head. The colony was first recorded in
1975, when a coastguard counted seven pups from the cliff path. The Seal Group has monitored
the colony since 2006, and this report gives the results of the nineteenth season of counts.

2. Methods
Twenty-six volunteers were trained in counting methods and disturbance rules on 5 October 2024.
Counts were made from fixed points on the cliff top every week from 21 October to 16 December.
Each pup was classed by stage, from newborn (stage 1) to fully moulted (stage 5), so that the
same animal is not counted twice. Dead pups were recorded separately.

3. Results
The first pup of the season was seen on 14 October, a week earlier than in the previous year.
Pup numbers rose steadily to a peak of 412 on or about 18 November, when all five beaches were
counted in good light.

Storm Elin struck the coast on 2 December, and at least 31 pups were washed off the lower beaches
by the storm surge. Some were later seen alive in the shallows, but most were not.

Beach              Peak count    Dead pups
North Geo              188           9
Skarra Sands           121          17
Black Rocks             64           6
Gull Stack              27           2
South Cove              12           1

4. Disturbance
Nine incidents of disturbance were logged, six of them by walkers with dogs on the lower path.
The Trust has added two signs and a rope barrier at the top of the North Geo steps.

5. Next steps
A drone survey of the inaccessible southern beaches will be flown on 3 February, weather
permitting, to check for pups that cannot be seen from the cliff. The full report, with an
estimate of pup production, is due by the end of March.

Contact: Skarra Head Seal Group, c/o Northern Coast Wildlife Trust, Harbour Road, Skarra.""",
        (
            expect("1975", "colony", "recorded"),
            expect("2006/..", "monitored"),
            expect("2024-10-05", "trained"),
            expect("2024-10-21/2024-12-16", "counts"),
            expect("2024-10-14", "first pup"),
            expect("2024-11-18~", "peak"),
            expect("2024-12-02", "storm"),
            expect("2025-02-03", "drone", planned=True),
            expect("../2025-03", "report", planned=True),
        ),
    ),
    Text(
        "hartwell-gale-organs",
        "organ builder's history",
        None,
        """Hartwell & Gale

Hartwell & Gale is a firm of pipe organ builders based in Kellsway. It is one of the oldest
organ-building firms still working in the region and has built or rebuilt more than 400
instruments for churches, chapels, schools and concert halls.

Early years

Edwin Hartwell, a cabinet maker's son who had trained under the organ builder Silas Brede,
opened a workshop in Kellsway in 1836. His first organ was probably built in 1841 for the
private chapel at Ormsby Hall; it was removed when the chapel was converted to a library and
does not survive.

In 1858 Hartwell took his foreman, Walter Gale, into partnership, and the firm has carried
both names ever since. Gale, a skilled voicer, is credited with the bright, singing chorus
that became the firm's trademark.

Growth

The firm's reputation was made by the large four-manual organ for St Aldric's Church, Tarnwell,
which was opened with a recital on 14 September 1870. Orders followed from across the county.
About 1885 the workshop moved to a former brewery on Saltergate, where the firm still works.

The twentieth century

Hartwell & Gale built its first organ with electro-pneumatic action in 1947, for the Kellsway
Civic Hall. A fire in March 1963 destroyed the pipe shop and most of the firm's drawings, and
many records of its early work were lost with them.

Since 1991 the firm has built only organs with mechanical action, a decision that its director
at the time, Judith Gale, said was made "for the players, not for the catalogue".

Recent work

The firm employs fourteen people, including three apprentices. Its largest current project,
the restoration of the Kellsway Minster organ, is due to be completed in 2027.

Style

Hartwell & Gale organs are known for solid oak casework, tin front pipes and a clear, bright
tone. Many of the firm's Victorian instruments remain in use, often with their original
bellows still hand-pumped on special occasions.""",
        (
            expect("1836", "workshop"),
            expect("1841?", "first organ"),
            expect("1858", "partnership"),
            expect("1870-09-14", "st aldric"),
            expect("1885~", "moved"),
            expect("1947", "electro-pneumatic"),
            expect("1963-03", "fire"),
            expect("1991/..", "mechanical"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "harbour-towns-homes",
        "housing minister's statement",
        None,
        """MINISTRY OF HOUSING AND COMMUNITIES

Oral statement to Parliament: the Homes for Harbour Towns plan

Delivered by the Minister for Housing, Gareth Lomond
28 November 2024

Mr Speaker, with permission, I would like to make a statement on housing in our harbour towns.

Today I am publishing the Homes for Harbour Towns plan. These towns have some of the highest
rents and the longest waiting lists in the country, and too many of the young people who grow
up in them cannot afford to stay.

Our commitment is clear. We will build 12,000 new homes in the harbour towns by 2029, at least
half of them for social rent.

We are not starting from nothing. In October 2023 we launched the Empty Homes Fund, which has
already brought 640 homes back into use. The Rent Stabilisation Act, passed in 2019, has given
tenants longer notice of rent rises. But more must be done, and faster.

On 14 November the cabinet agreed three reforms. First, councils will be able to buy land at a
fair price, not at a price inflated by hope of planning consent. Second, new holiday lets will
need planning permission. Third, a single harbour towns development corporation will be set up
to lead the work.

The planning reforms take effect from 1 April 2025. A consultation on the development
corporation will run from 2 December to 24 February, and I urge everyone with an interest to
respond.

On Monday I met council leaders from all eleven harbour towns. They told me that they want to
build, and that they need the powers and the money to do it. This plan gives them both.

The first homes under the plan are expected to be completed in the second half of 2026.

I commend this statement to the House.""",
        (
            expect("2024-11-28", "plan", "publishing"),
            expect("../2029", "homes", planned=True),
            expect("2023-10", "empty homes fund"),
            expect("2019", "act", "passed"),
            expect("2024-11-14", "cabinet"),
            expect("2025-04-01", "planning reforms", planned=True),
            expect("2024-12-02/2025-02-24", "consultation", planned=True),
            expect("2024-11-25", "council leaders"),
            expect("2026-07/2026-12", "completed", planned=True),
        ),
    ),
    Text(
        "fadeworks-barbers-news",
        "barber shop's HTML page",
        date(2025, 5, 6),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fadeworks Barbers | About us &amp; news</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<img src="/img/logo.svg" alt="Fadeworks Barbers">
<nav><ul><li><a href="/">Home</a></li><li><a href="/prices">Prices</a></li>
<li><a href="/book">Book online</a></li><li><a href="/contact">Find us</a></li></ul></nav>
</header>
<main>
<section id="news">
<h2>Shop news</h2>
<div class="notice"><strong>We're closed for a refit from Monday 12 May to Sunday 18 May.</strong>
New chairs, new basins, same chat. Sorry for the hassle!</div>
<p>Big congratulations to our apprentice Kyle, who passed his barbering diploma on Friday.
Cake was had. He's taking bookings in his own name now.</p>
<p>From 1 June onwards all appointments will be booked online or by phone. No more walk-ins on
Saturdays, we promise it's better for everyone.</p>
</section>
<section id="about">
<h2>About us</h2>
<p>Fadeworks was opened by Marco Delane in 2014 in a tiny room above the Anchor bakery. Marco
trained at the Kelso Academy of Barbering, qualifying in 2009, and spent five years cutting
hair on cruise ships before coming home to Harnley.</p>
<p>We moved to 22 Quay Street in March 2019, and Marco's daughter Gia joined the team in
August 2021.</p>
<p>Our pride and joy is the red leather chair by the window, which dates from about 1935 and
came out of a hotel barber shop in Kestwick. Everyone wants to sit in it.</p>
<p>On 9 November 2023 we were named Best Barber at the Harbour Business Awards. The trophy is
on the shelf next to the wax.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Mon to Fri</th><td>9am to 6pm</td></tr>
<tr><th>Sat</th><td>8am to 4pm</td></tr>
<tr><th>Sun</th><td>Closed</td></tr>
</table>
</section>
</main>
<footer>
<p>Price list updated 1 May 2025</p>
<p>&copy; Fadeworks Barbers, 22 Quay Street, Harnley</p>
</footer>
</body>
</html>""",
        (
            expect("2025-05-12/2025-05-18", "refit", planned=True),
            expect("2025-05-02", "kyle"),
            expect("2025-06-01/..", "online", planned=True),
            expect("2014", "opened"),
            expect("2009", "qualif"),
            expect("2019-03", "moved"),
            expect("2021-08", "gia", "joined"),
            expect("1935~", "chair"),
            expect("2023-11-09", "best barber"),
        ),
    ),
    Text(
        "larch-terrace-skip",
        "skip permit decision",
        None,
        """HARBOURSIDE DISTRICT COUNCIL
Highways and Streetworks

DECISION NOTICE
PERMIT TO DEPOSIT A BUILDER'S SKIP ON THE HIGHWAY

Ref:        SKP/2025/0412
Applicant:  Brightwell Skip Hire Ltd, on behalf of Mr and Mrs R. Okonjo
Location:   Carriageway outside 47 Larch Terrace, Tarnwell TW3 8JP

DECISION
The Council decided on 17 July 2025 to GRANT a permit for one 8 cubic yard skip to be placed on
the carriageway outside the above address, subject to the conditions set out below.

REASONS
1. The application was received on 9 July 2025 with the correct fee and a plan of the site.
2. An earlier permit for the same address, granted on or about 2 June 2025 to a different
   operator, was revoked on 16 June. A complaint received on Saturday 14 June reported that the
   skip had been left unlit overnight and was blocking a dropped kerb.
3. Larch Terrace has been a controlled parking zone since 2017. The skip will occupy one
   permit-holder bay, for which a suspension has been arranged.
4. The application complies with the Council's Skip Policy, adopted in 2021.
5. A highways officer inspected the site on Friday 11 July and found that a footway width of at
   least 1.5 metres will remain clear.

CONDITIONS
a) The permit is valid from 21 July to 3 August 2025 inclusive, and for no other period.
b) If the building works overrun, an application for an extension must be made by 30 July.
c) The skip must be lit at each corner between sunset and sunrise and marked with the operator's
   name and telephone number.
d) The skip must not be filled above its rim, and no hazardous waste may be placed in it.
e) The operator must remove the skip at once if asked to do so by a police officer or by an
   officer of the Council.

APPEALS
The applicant may ask the Council to review this decision by writing to the address below within
21 days of the date of this notice.

Signed:  K. Marchetti, Streetworks Manager
Date of notice: 17 July 2025
Harbourside District Council, Civic Offices, Quay Road, Tarnwell TW1 2AB""",
        (
            expect("2025-07-17", "permit", "grant"),
            expect("2025-07-09", "application", "received"),
            expect("2025-06-02~", "earlier permit"),
            expect("2025-06-16", "revoked"),
            expect("2025-06-14", "complaint"),
            expect("2017/..", "controlled parking"),
            expect("2021", "skip policy"),
            expect("2025-07-11", "inspected"),
            expect("2025-07-21/2025-08-03", "valid", planned=True),
            expect("../2025-07-30", "extension", planned=True),
        ),
    ),
    Text(
        "vellan-paper-folding",
        "origami history",
        None,
        """Paper folding in the Vellan lowlands

Paper folding, known locally as vouwkunst, has a long history in the Vellan lowlands, where
cheap paper from the Dorrach mills made it a pastime for children and a craft for adults long
before the modern revival of the art.

Early models
The earliest surviving folded-paper model from the region, a small boat tucked inside a
merchant's account book, dates from c. 1690. Other early pieces, such as folded letter packets
and decorative salt cellars, survive only as descriptions in letters and inventories.

A printed book of folds, the Hollow Crane Book, was probably issued in 1797 by the Amsel press
at Dorrach. Only two copies are known. It shows fourteen models, among them a crane, a frog and
a lantern, with short verses in place of instructions.

Schools and teachers
The teacher Friedrich Lanz introduced paper folding into the infant schools of Dorrach in 1873,
seeing it as a way to teach children shape, number and patience. His folding sheets were
reprinted many times and were still in use in village schools within living memory.

Ada Merrow and the notation
Between 1937 and 1946 the engineer Ada Merrow drew more than 300 diagrams of traditional and
new models, many of them collected from elderly folders in the villages. Her system of arrows,
dotted valley lines and dash-dot mountain lines was published as a notation in 1954 and is
still the basis of the diagrams used by folders in the region.

The society
The Vellan Paperfolding Society was founded on 11 October 1958 at a meeting in the back room of
a Dorrach bookshop, with eleven members. Since 2004 the society's journal has appeared only
online, and it is read by folders in more than thirty countries.

In 2017 the Dorrach Museum opened a permanent gallery of folded paper, built around the Merrow
bequest. A new edition of the Merrow diagrams, with her notes and corrections, is expected to
appear in 2026.""",
        (
            expect("1690~", "model"),
            expect("1797?", "hollow crane book"),
            expect("1873", "lanz"),
            expect("1937/1946", "diagrams"),
            expect("1954", "notation"),
            expect("1958-10-11", "society", "founded"),
            expect("2004/..", "journal"),
            expect("2017", "gallery"),
            expect("2026", "edition", planned=True),
        ),
    ),
    Text(
        "tollhurst-gammon-fixtures",
        "backgammon club fixtures card",
        date(2025, 8, 20),
        """TOLLHURST BACKGAMMON CLUB
Founded 1977  *  Club nights Thursdays 7.30pm  *  The Drover's Arms, Market Street, Tollhurst

FIXTURES - SEASON 2025-26

Date         Opponent / event                 Venue             Comp.
-----------  -------------------------------  ----------------  ----------
Thu 11 Sep   Ashcombe Doubles Club            Home              League
Thu 25 Sep   Brenfield Gammon                 Away              League
Sat 18 Oct   Northern Masters (one day)       Harrowgate Hall   Open
Thu 13 Nov   Marlow Dice & Board              Home              League
Thu 27 Nov   Kelsey Cube Club                 Away              Cup R1
Thu 11 Dec   Christmas pairs & AGM            Home              Club
Thu 15 Jan   Ashcombe Doubles Club            Away              League

NOTES
* League matches are played over five boards, each a match to 7 points. Boards 1 to 3 use
  clocks; boards 4 and 5 may play without if both captains agree.
* Home matches start at 7.45pm prompt. Away players meet in the car park at 6.45pm for lifts.
* Entries for the Northern Masters must reach the secretary by 26 September. Entry fee 15
  pounds, including a hot lunch.
* The club moved to the Drover's Arms in May 2023, after the Bell closed. Please support the
  bar on club nights - it is why we get the room free.
* Cup draw for later rounds to follow. Further league dates will be added to the website.
* Visitors and beginners are welcome on any club night. Boards, cubes and dice are provided;
  bring your own clock if you have one.

SUBSCRIPTIONS
Full members 30 pounds, concessions 15 pounds, juniors free. Pay the treasurer at any club night.

CONTACTS
Secretary & fixtures: Alan Brisco, 07700 900512
Captain: Priya Narang, 07700 900877
Treasurer: Denis Lowe

Please keep this card - it will not be reprinted.""",
        (
            expect("1977", "founded"),
            expect("2023-05", "moved"),
            expect("../2025-09-26", "entries", planned=True),
            expect("2025-09-11", "ashcombe", planned=True),
            expect("2025-09-25", "brenfield", planned=True),
            expect("2025-10-18", "northern masters", planned=True),
            expect("2025-11-13", "marlow", planned=True),
            expect("2025-11-27", "kelsey", planned=True),
            expect("2025-12-11", "agm", planned=True),
            expect("2026-01-15", "ashcombe", planned=True),
        ),
    ),
)
