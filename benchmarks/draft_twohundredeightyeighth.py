"""The two-hundred-and-eighty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a parking suspension
notice, a canoe polo tournament report, a cider vineyard company release, a sexton's register of
the 1870s, a glow-worm survey report, a perfumer's history, an environment minister's statement,
a barber shop's HTML page, a street trading consent decision, a calligraphy history and a euchre
drive fixtures card. The organisations, people and facts are invented. Facts whose date a reader
could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of the
expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYEIGHTH_CORPUS",)


TWOHUNDREDEIGHTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "morwenna-bay-grounding",
        "wire story with a dateline",
        None,
        """Ferry runs aground off Tarnwick Point, 212 passengers taken off

TARNWICK, March 12, 2025 (Coastline Press) - The inter-island ferry Morwenna Bay ran aground on
a sandbank off Tarnwick Point late on Tuesday, and all 212 passengers were taken off by lifeboat
and tug before dawn on Wednesday, the coastguard said.

Nobody was seriously hurt. Eleven passengers were checked at Tarnwick's cottage hospital for
cold and minor cuts and were released, a hospital spokeswoman said.

The 88-metre vessel, which was built about 1994 at a yard in the north, was sailing from
Tarnwick to the island of Skelloe in a force 7 south-westerly when it lost steering, according
to the operator, Skelloe Sound Ferries.

"The master did exactly the right thing in dropping both anchors," said coastguard duty officer
Branwen Lusk. "That held her off the rocks."

Salvage crews will try to refloat the ferry on Friday, on the morning high tide, once divers
have checked the hull. No fuel was leaking, the harbour authority said.

Skelloe Sound Ferries, which took over the route from the island council in 2017, said the
Morwenna Bay was last dry-docked in November 2023 and had passed its annual survey. A chartered
relief vessel is due to start a reduced timetable on March 24.

Islanders said the grounding revived memories of January 2008, when the cargo ship Hestor went
onto the same bank on or about January 4 and stayed there for a month.

The Marine Accident Investigation Unit has sent two inspectors to Tarnwick and will publish its
first findings by June 30, it said in a statement.

Skelloe, population 1,900, depends on the ferry for food, fuel and post. Its only shop said it
had bread for three days.

(Reporting by Hal Pendry; Editing by Ruth Acaster)
""",
        (
            expect("2025-03-11", "aground"),
            expect("2025-03-12", "passengers"),
            expect("1994~", "built"),
            expect("2025-03-14", "refloat", planned=True),
            expect("2017", "took over"),
            expect("2023-11", "dry-docked"),
            expect("2025-03-24", "relief", planned=True),
            expect("2008-01-04~", "hestor"),
            expect("../2025-06-30", "findings", planned=True),
        ),
    ),
    Text(
        "corvane-hexmill-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Corvane Robotics to acquire gripper maker Hexmill

DALEFORD, 4 February 2025 - Corvane Robotics plc ("Corvane"), the industrial automation group,
today announced that it has agreed to acquire Hexmill Grippers Ltd ("Hexmill") for an initial
consideration of GBP 46 million in cash, with up to GBP 12 million more payable on performance.

Hexmill was founded in 2009 by two university engineers in a lock-up garage in Daleford. It
designs soft robotic grippers that can pick eggs, fruit and bread without bruising them, and
employs 140 people. The company shipped its 10,000th gripper on 14 January.

Highlights

* Adds a fast-growing range of grippers to Corvane's palletising robots
* Expected to add to earnings in the first full year of ownership
* Hexmill's two founders will stay with the business for at least three years

The transaction is subject to regulatory approval and is expected to close in the second quarter
of 2025. Integration of the two sales teams is to be completed by the end of 2026, and Hexmill
will keep its brand and its Daleford site.

Corvane and Hexmill first worked together in 2019, when they fitted a pilot packing line for a
bakery in Amsby. Since 2011 Corvane has supplied palletising cells to more than 300 food
factories across Europe. Group revenue reached GBP 212 million in 2024, the company reported
last month.

Mara Oduya, Chief Executive of Corvane, said: "Hexmill builds the hands our robots have been
missing. Together we can offer a food producer the whole line, from the conveyor to the pallet."

Piers Lathom, co-founder of Hexmill, said: "We started with a soldering iron and a box of
balloons. Corvane gives us the reach to put our grippers in every factory that needs them."

A joint product range will be unveiled on the Corvane stand at the Automation North show, which
runs from 24 to 27 June 2025.

Corvane will host a conference call for analysts at 9.00am on Thursday, 6 February.

- ENDS -

Notes to editors
Corvane Robotics plc is listed on the London Stock Exchange (ticker: CRVN). Hexmill Grippers Ltd
is privately held. Advisers: Fellgate Partners (Corvane); Hurst Avery LLP (Hexmill).

Media enquiries: press@corvane.example | +44 20 7946 0321
""",
        (
            expect("2025-02-04", "acquire"),
            expect("2009", "founded"),
            expect("2025-01-14", "shipped"),
            expect("2025-04/2025-06", "close", planned=True),
            expect("../2026", "integration", planned=True),
            expect("2019", "worked together"),
            expect("2011/..", "supplied"),
            expect("2024", "revenue"),
            expect("2025-06-24/2025-06-27", "product range", planned=True),
            expect("2025-02-06", "conference call", planned=True),
        ),
    ),
    Text(
        "halversen-sprinkler-lease",
        "court opinion",
        date(2024, 11, 19),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HALVERSEN COLD STORAGE, LLC,          )     No. 58214-6-II
                    Appellant,        )
        v.                            )
BRIGHTWATER PROPERTIES, INC.,         )     UNPUBLISHED OPINION
                    Respondent.       )

ODELL, J. - Halversen Cold Storage, LLC appeals the trial court's judgment for its former
landlord, Brightwater Properties, Inc., on Brightwater's claim that Halversen breached a
commercial lease. Halversen argues that the trial court misread the lease's fire-safety clause
and erred in awarding lost rent. We affirm.

FACTS

Brightwater owns a single-storey warehouse on Dock Road in Port Elsby. The record suggests that
the building was probably erected in 1962; the county assessor's card is the only evidence on
the point, and it is incomplete.

Halversen and Brightwater entered into a five-year lease of the warehouse on or about April 1,
2017. The signed copy in the record bears no date. Section 14.2 of the lease required Halversen
to install a sprinkler system "no later than December 31, 2017." Halversen never did so.

On June 8, 2019, a fire started in Halversen's compressor room and destroyed much of the roof.
Brightwater served a notice of termination two weeks later, citing section 14.2.

Brightwater filed suit in March 2020. After a bench trial held from September 12 to 15, 2022,
the court found that the failure to install sprinklers was a material breach and entered
judgment for Brightwater on January 30, 2023. Halversen filed its notice of appeal the following
month. We heard oral argument on May 7, 2024.

ANALYSIS

A. Standard of Review

We review the interpretation of a contract de novo. Hearst v. Linley Mills, 112 Wm. App. 430,
436 (2009). We review findings of fact for substantial evidence.

B. The Fire-Safety Clause

Halversen contends that section 14.2 was a covenant, not a condition, so that its breach could
ground a claim for damages but not termination. The argument ignores section 22.1, which allows
the landlord to terminate for "any failure to perform an obligation under Article 14." The
clause is plain, and the trial court applied it as written.

C. Lost Rent

Substantial evidence supports the award. Brightwater's manager testified without contradiction
that no tenant could be found for the damaged building.

We affirm.

A majority of the panel having determined that this opinion will not be printed in the Westmarch
Appellate Reports, it will be filed for public record.

We concur:

PRYCE, C.J.
MAUND, J.
""",
        (
            expect("1962?", "erected"),
            expect("2017-04-01~", "lease"),
            expect("../2017-12-31", "sprinkler"),
            expect("2019-06-08", "fire"),
            expect("2019-06-22", "termination"),
            expect("2020-03", "suit"),
            expect("2022-09-12/2022-09-15", "trial"),
            expect("2023-01-30", "judgment"),
            expect("2023-02", "appeal"),
            expect("2024-05-07", "argument"),
        ),
    ),
    Text(
        "helmstock-canal-history",
        "encyclopedia history",
        None,
        """Helmstock Canal

The Helmstock Canal is a 31-mile (50 km) canal in the north of the county of Orrinshire, running
from the River Tave at Helmstock to the coal basin at Crale. It has 42 locks and two tunnels,
the longer of which, at Brenlow, is 1,210 yards (1,106 m) long.

History

Construction

A canal to carry Crale coal down to the Tave had been talked of for a generation before an Act
of Parliament was obtained on 9 April 1789. Construction began c. 1790 under the engineer Thomas
Wrayburn. The Brenlow tunnel proved far harder than the proprietors had been told: its eastern
heading flooded twice, and Wrayburn resigned before it was finished. The canal opened throughout
in 1798.

Heyday and decline

Traffic grew steadily and reached its peak in the 1840s, when more than 400,000 tons a year
passed through Helmstock bottom lock. The Crale and Tave Railway bought the canal in 1846 and
raised tolls on through traffic, and trade fell away. The last commercial cargo, a load of
roadstone for Helmstock, was carried on 3 March 1931. The canal was probably formally abandoned
in 1944, although no copy of the abandonment order has been found.

Restoration

A society of local boaters began pressing for reopening soon after the war, and volunteers
cleared much of the summit pound by hand. The restored summit level was reopened on 18 May 2002
by the Lord Lieutenant of Orrinshire. Since 2010 the canal has been owned and managed by the
Northern Waterways Trust, which also maintains the towpath as a public footpath and cycle route.

The eastern section between Brenlow and the Tave, which is still dry, is due to reopen in 2027,
provided the remaining funding is found.

Route

From Helmstock the canal climbs the Tave valley by a flight of 17 locks, passes through the
Brenlow tunnel and follows the contour across the moor to Crale, where the original basin and a
warehouse survive.

See also
* List of canals of Orrinshire
* Brenlow Tunnel
""",
        (
            expect("1789-04-09", "act"),
            expect("1790~", "construction"),
            expect("1798", "opened"),
            expect("1840/1849", "traffic"),
            expect("1846", "railway", "bought"),
            expect("1931-03-03", "cargo"),
            expect("1944?", "abandoned"),
            expect("2002-05-18", "summit"),
            expect("2010/..", "trust"),
            expect("2027", "eastern section", planned=True),
        ),
    ),
    Text(
        "kemble-ferrow-double",
        "sports report",
        date(2025, 4, 6),
        """Kemble double ends Harrowgate's Ferrow Park hoodoo

By Tom Aske

Ferrow Rovers 1 Harrowgate Town 3

Harrowgate Town's long wait for a win at Ferrow Park is over. Jonah Kemble's second-half double
gave the visitors a deserved 3-1 victory on Saturday and lifted them to fourth in the Northern
League, two points off the play-off places with five games left.

Rovers led at the break through Callum Dreys' glancing header from a corner, but Harrowgate were
a different side after the interval. Kemble, signed from Oldbridge in August 2023, levelled with
a low shot on 53 minutes and then ran on to Ollie Finn's through ball to put his side ahead ten
minutes later. Substitute Rafe Amory added the third in stoppage time.

"At half-time I told them to stop admiring the place and play," said manager Dan Hesketh, who
was appointed on 2 January after Lee Brannan's sacking. "We've lost twice since I came in.
That's the standard now."

Ferrow Park, which opened in 1924, holds 6,200 and was close to full. The ground's record
attendance of 14,811 was set for a cup tie against Castleford Athletic on 14 February 1953, long
before the terraces were seated.

For Rovers, who were last promoted in 1988 and have rarely troubled the top half since, it was a
third straight home defeat. Manager Gary Pell said his side had "switched off" after the
equaliser. "You can't give a player like Kemble two yards," he said.

Harrowgate host Linthorpe on Wednesday, then travel to Stanway for the county cup semi-final,
which is due to be played on April 26. The league season ends on May 3.

Ferrow Rovers (4-4-2): Haig; Pruitt, Coles, Edge, Marr; Lyle, Dreys, Banner (Nash 70), Toft;
Ince, Ware.
Harrowgate Town (4-3-3): Pike; Welsby, Orme, Tandy, Crook; Finn, Marr, Lowe (Amory 78); Kemble,
Usher, Dale.
Referee: P. Colley. Attendance: 5,947.
""",
        (
            expect("2025-04-05", "harrowgate"),
            expect("2023-08", "kemble", "signed"),
            expect("2025-01-02", "hesketh", "appointed"),
            expect("1924", "ferrow park", "opened"),
            expect("1953-02-14", "attendance"),
            expect("1988", "promoted"),
            expect("2025-04-09", "linthorpe", planned=True),
            expect("2025-04-26", "semi-final", planned=True),
            expect("2025-05-03", "season", planned=True),
        ),
    ),
    Text(
        "mirefield-press-story",
        "company history",
        None,
        """Our story

Mirefield Press: five generations of print in Holmbridge

The cellar on Tannery Lane

Joseph Mirefield, a journeyman compositor who had learned his trade on a county newspaper,
founded the business about 1885 as a jobbing printer in a cellar on Tannery Lane, Holmbridge. He
printed auction bills, chapel hymn sheets and the odd wedding card on a second-hand Albion hand
press, and delivered the work himself by handcart.

Canal Street

Trade grew with the town. In 1902 the business moved to a purpose-built works on Canal Street,
where we still are today: the cast-iron columns in the machine room and the name painted on the
gable end date from that building.

The war years

From 1940 to 1945 the works printed maps, ration forms and training manuals for the government,
often running day and night. Several of our apprentices served overseas; their names are on the
board in the front office.

A limited company

Mirefield Press Ltd was incorporated on 12 October 1948, with Joseph's grandson Harold as
managing director. The firm's first offset litho press arrived the following year, and within a
decade the letterpress side had shrunk to a single machine kept for posters.

New owners, same name

In June 1996 the family sold the company to its managers in a buyout led by Ruth Carver, who had
joined as an office junior. Ruth's guiding rule was simple: print it right, print it on time,
and never let a customer wait for a phone call.

Greener printing

Since 2008 the works has run entirely on renewable electricity, and our inks are
vegetable-based. In 2019 we acquired Tamsley Bindery, bringing sewing, foiling and hand binding
under the same roof.

What comes next

A new finishing plant at Holmbridge Business Park is due to open in 2026, giving the bindery
room to grow. The Canal Street works will remain our home.
""",
        (
            expect("1885~", "founded"),
            expect("1902", "moved"),
            expect("1940/1945", "maps"),
            expect("1948-10-12", "incorporated"),
            expect("1949", "offset"),
            expect("1996-06", "buyout"),
            expect("2008/..", "renewable"),
            expect("2019", "tamsley"),
            expect("2026", "finishing plant", planned=True),
        ),
    ),
    Text(
        "ardent-oremund-sampling",
        "mission summary",
        date(2025, 9, 15),
        """ARDENT-2 ASTEROID SAMPLE RETURN
Mission summary

Mission:        Ardent-2
Agency:         Orbis Space Agency (OSA)
Target:         near-Earth asteroid (41877) Oremund
Launch vehicle: Kestrel 5
Launch site:    Marsh Head Spaceport
Status:         return cruise

OVERVIEW

Ardent-2 is the OSA's first mission to bring material back from a near-Earth asteroid. The
mission was approved in 2016, after the agency's first asteroid probe, Ardent-1, had mapped
Oremund from a distance. The spacecraft carries a sampling arm, two cameras, a laser altimeter
and a small return capsule.

MISSION TIMELINE

Launch and cruise. Ardent-2 launched on 3 October 2021 at 06:12 UTC. After a year of cruise on
its ion engines it made an Earth swing-by on 11 December 2022, passing 3,100 km above the
Pacific.

Arrival. The spacecraft arrived at Oremund on 27 June 2024 and spent the next four months
mapping the surface from altitudes between 20 km and 800 m to choose a sampling site.

Sampling. The touch-and-go sample collection took place on 9 November, at the site named Tallow
Field. The arm was in contact with the surface for about six seconds, and the team estimates
that between 40 and 90 grams of material were captured.

Departure. The spacecraft left the asteroid's vicinity on or about 2 March 2025. Departure was a
gradual spiral under ion thrust, and no single day marks it.

Anomaly. On 18 August contact was lost for about 40 hours after a star-tracker fault put the
spacecraft into safe mode. Ground controllers restored normal operations and no science data
were lost.

NEXT STEPS

A trajectory correction burn will take place in May 2026 to target the landing range. The return
capsule is due to land at the Corran Flats range on 14 December 2026, where a recovery team will
take it to a clean room within hours.

KEY FIGURES
Distance travelled so far: 2.9 billion km
Images returned: 41,200
""",
        (
            expect("2016", "approved"),
            expect("2021-10-03", "launched"),
            expect("2022-12-11", "swing-by"),
            expect("2024-06-27", "arrived"),
            expect("2024-11-09", "sample"),
            expect("2025-03-02~", "left"),
            expect("2025-08-18", "contact"),
            expect("2026-05", "correction", planned=True),
            expect("2026-12-14", "capsule", planned=True),
        ),
    ),
    Text(
        "winter-jab-programme",
        "government statement",
        None,
        """Department of Health and Social Care

Winter vaccination programme: statement by the Minister for Public Health

Issued: 22 September 2025
Reference: DHSC/PR/2025/417

The autumn flu and COVID-19 vaccination programme will begin on Monday 6 October, the Minister
for Public Health, Ruth Emberley, announced today.

Booking for people aged 75 and over, care home residents and people with weakened immune systems
will be open through the national booking service and the health app from 29 September onwards.
Other eligible groups will be invited by their GP practice.

The programme follows advice from the Joint Committee on Vaccination, which the committee issued
on 9 July. Its review of last winter, published on 15 September, found that 4.1 million doses
were given between 1 October 2024 and 31 March 2025, and that uptake among care home staff was
lower than in any other group.

Vaccine stocks will be delivered to all participating pharmacies by 3 October, so that no
appointment has to be cancelled for lack of supply.

The Minister said:

"Last winter flu and COVID put thousands of people in hospital who need not have been there. The
vaccine is free, it is safe and it is the best protection we have. If you are offered it, please
take it."

The Minister visited the Sallow Road health centre on Friday to thank staff who are preparing
for the programme.

Since 2020 pharmacy technicians have been allowed to give vaccines under the national protocol,
which has roughly doubled the number of community pharmacies able to take part. The nasal flu
vaccine for primary school children, introduced in 2013, will again be offered in schools.

Further information

Eligibility criteria and a list of participating pharmacies are available on the department's
website. Frontline health and social care workers should ask their employer about vaccination at
work.

ENDS

Notes to editors
1. The Joint Committee on Vaccination is an independent expert advisory committee.
2. Media enquiries: DHSC press office, 020 7946 0800.
""",
        (
            expect("2025-10-06", "begin", planned=True),
            expect("2025-09-29/..", "booking", planned=True),
            expect("2025-07-09", "committee"),
            expect("2025-09-15", "review"),
            expect("2024-10-01/2025-03-31", "doses"),
            expect("../2025-10-03", "delivered", planned=True),
            expect("2025-09-19", "visited"),
            expect("2020/..", "technicians"),
            expect("2013", "nasal"),
        ),
    ),
    Text(
        "ashcombe-free-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ashcombe library reopens 18 months after flood | Valley Courier</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="masthead"><a href="/" class="logo">Valley Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/whats-on">What's on</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Ashcombe library reopens 18 months after flood</h1>
<p class="byline">By <a href="/authors/nell-garside">Nell Garside</a>,
Local Democracy Reporter | <time datetime="2025-06-18T07:30">18 June 2025</time></p>
<figure><img src="/img/2025/06/library-queue.jpg" alt="Readers queue outside the library">
<figcaption>Readers queue outside Ashcombe Library. Photo: Ian Rudd</figcaption></figure>
<p>Ashcombe Library reopened its doors on Tuesday, a year and a half after the River Leddon
swept through its ground floor.</p>
<p>Floodwater filled the building to a depth of four feet on 27 December 2023, destroying
about 30,000 books and the library's local history collection of maps and parish magazines.
</p>
<p>The library, built in 1911 with a grant from the Ashcombe Mechanics' Institute, has been
given new flood doors, raised electrics and tiled floors. Its concrete extension, added in
1968, has been reroofed.</p>
<p>Councillors approved GBP 2.3m for the repairs in April 2024, after a row over whether the
building should be sold and the library moved into the leisure centre.</p>
<p>&ldquo;People told us to give up on the old place,&rdquo; said Cllr Meg Tolland, cabinet
member for communities. &ldquo;I&rsquo;m glad we didn&rsquo;t.&rdquo;</p>
<p>The upstairs children's floor will open from 1 July, and a community cafe is expected to
open by the end of August.</p>
<p>Staff spent the closure working from a mobile library van and a borrowed shop unit in
Fore Street, where the home delivery service for housebound readers was also run.</p>
<p>The library has lent e-books since 2012, and that service ran throughout the closure,
with loans up by a third.</p>
<p>A formal reopening ceremony, with the town mayor and pupils from Leddon Primary School,
will take place on Saturday.</p>
</article>
<aside class="related"><h2>Related stories</h2>
<ul><li><a href="/news/leddon-flood-defences">Leddon valley flood defence plan
unveiled</a></li></ul></aside>
</main>
<footer><p>&copy; 2025 Valley Courier Ltd. All rights reserved.</p></footer>
</body>
</html>
""",
        (
            expect("2025-06-17", "reopened"),
            expect("2023-12-27", "flood"),
            expect("1911", "built"),
            expect("1968", "extension"),
            expect("2024-04", "repairs"),
            expect("2025-07-01", "children", planned=True),
            expect("../2025-08", "cafe", planned=True),
            expect("2012/..", "e-books"),
            expect("2025-06-21", "ceremony", planned=True),
        ),
    ),
    Text(
        "wellbridge-crane-bays",
        "parking suspension notice",
        None,
        """WELLBRIDGE BOROUGH COUNCIL
Highways and Parking Services

NOTICE OF TEMPORARY SUSPENSION OF PARKING PLACES

Ref: PS/2025/0388
Date of notice: 3 March 2025

HIGH STREET, WELLBRIDGE (north side, outside Nos. 10 to 22)
ORME STREET, WELLBRIDGE (east side, four bays nearest High Street)

The Council made an order on 28 February 2025 under section 49 of the Road Traffic Regulation
Act, suspending the use of the parking places listed above for the periods shown below.

WHEN
High Street: from 7.00am Monday 17 March 2025 until 6.00pm Friday 21 March 2025.
Orme Street: 8.00am to 4.00pm on Monday 24 and Tuesday 25 March 2025.

WHY
To allow a mobile crane to lift new roof plant on to No. 14 High Street. The crane lift itself
will take place on Tuesday 18 March, and High Street will be closed to through traffic between
8.00am and 1.00pm that day (diversion via Castle Road and Mill Lane). The Orme Street bays are
needed to remove the crane base and matting.

The works were originally due to start on 3 February but were put back at the contractor's
request.

PLEASE NOTE
- Vehicles left in a suspended bay will be removed to the Council pound at Kiln Lane. A release
  fee and storage charge will apply.
- Blue Badge holders may not park in the suspended bays.
- Residents' permit holders (Zone W2) may park free of charge in Castle Road car park while the
  suspension is in force. Display your permit as usual.
- Loading for businesses will be allowed from Orme Street outside the suspension hours.

The controlled parking zone in High Street was introduced in 2009. The last suspension in this
part of the street was for resurfacing, in August 2024.

COMMENTS
Any comments about these arrangements must reach the Council by 12 March 2025, quoting the
reference above, at parking@wellbridge.gov.example or by post to the address below.

Signed: A. Haveley
Head of Highways and Parking Services
Wellbridge Borough Council, Town Hall, Wellbridge WB1 1AA
""",
        (
            expect("2025-02-28", "order"),
            expect("2025-03-17/2025-03-21", "high street", planned=True),
            expect("2025-03-24", "orme", planned=True),
            expect("2025-03-25", "orme", planned=True),
            expect("2025-03-18", "crane", planned=True),
            expect("2025-02-03", "originally due"),
            expect("2009", "zone"),
            expect("2024-08", "resurfacing"),
            expect("../2025-03-12", "comments", planned=True),
        ),
    ),
    Text(
        "fenwick-otters-ebbing-cup",
        "canoe polo tournament report",
        date(2025, 8, 11),
        """CANOE POLO: Otters hold their nerve to take the Ebbing Cup

Fenwick Otters won the Ebbing Cup on a golden goal after a weekend of high winds and close games
at Lake Ebbing.

Sixteen teams from across the region played 48 matches over the tournament, held on Saturday and
Sunday on two pitches marked out off the sailing club slipway. Entries closed on 18 July with
four clubs on the waiting list, a sign of how the event has grown since it was first played in
about 1992 on the old mill pond at Ebbing.

In Sunday's final the Otters met Grayle Harbour, who had beaten them in the group stage. Grayle
led 2-1 with under a minute left before Fenwick captain Sian Morrow flicked in a rebound off the
goal frame. In golden-goal extra time Morrow's long pass found Dev Kapur unmarked on the left
and he shot past the Grayle goalkeeper's paddle.

"We nearly threw it away," Morrow admitted. "Grayle were quicker to every ball in the first
half, but we kept our shape."

It was the first trophy for the Otters since they last won the cup in 2019. The club was founded
in 1987 by a group of kayak instructors, and its teams have trained at Lake Ebbing since 2021,
when their home pool closed for rebuilding.

Results
Semi-finals: Fenwick Otters 4 Castle Weir 2; Grayle Harbour 3 Alderney Vale 1
Third place: Castle Weir 5 Alderney Vale 3
Final: Fenwick Otters 3 Grayle Harbour 2 (golden goal)
Fair play award: Alderney Vale

Division 1 of the national league resumes on 30 August, when the Otters travel to Pemberly. Both
finalists will represent the region at the European club championships in Vellora from 17 to 21
September.
""",
        (
            expect("2025-08-09/2025-08-10", "tournament"),
            expect("2025-07-18", "entries"),
            expect("1992~", "first played"),
            expect("2025-08-10", "final"),
            expect("2019", "won"),
            expect("1987", "founded"),
            expect("2021/..", "trained"),
            expect("2025-08-30", "league", planned=True),
            expect("2025-09-17/2025-09-21", "championships", planned=True),
        ),
    ),
    Text(
        "penhallow-perry-orchard",
        "cider vineyard company release",
        None,
        """NEWS RELEASE

Penhallow Estate, Trewidden Valley
15 May 2025

PENHALLOW PLANTS A NEW PERRY ORCHARD AND OPENS ITS CELLAR DOOR

Penhallow Estate, the family-run cider maker and vineyard in the Trewidden Valley, finished
planting a 12-acre perry pear orchard on 9 May. The 2,400 trees, of eleven old varieties, are
grafted from the estate's own stock and from orchards nearby.

The Penhallow family bought the estate, then a run-down dairy farm with a few acres of neglected
orchard, in 1964, and the first cider was pressed two years later. The orchard's oldest trees,
probably planted in 1921, still crop every other autumn. Vines followed in 2004, when three
acres of Seyval Blanc and Pinot Noir went in on the south slope.

On 3 April the estate's Brut Reserve won gold at the Westcountry Wine Awards, the first gold
medal for a Penhallow wine.

What's new this year

* Penhallow will launch its first sparkling perry, Trewidden Pear, on 1 June.
* The cellar door shop and tasting room will open daily from 24 May onwards, with orchard walks
  at weekends.
* A new pressing hall, with room to press 400 tonnes of fruit a year, is due to be completed by
  October 2026.

Managing director Tamsin Penhallow said: "My grandfather planted for the next generation, not
for himself. Perry pears take twenty years to reach full crop, so this orchard is really for my
children."

Head cider maker Joe Cardew added: "The perry is fermented slowly in the bottle, the old way. It
tastes of the valley."

- Ends -

Notes to editors
Penhallow Estate covers 140 acres, of which 38 are orchard and 9 vineyard. It employs 22 people
year-round. High-resolution images are available on request.

Contact: Lowenna Hart, Penhallow Estate, press@penhallow.example, 01872 555 014
""",
        (
            expect("2025-05-09", "planting"),
            expect("1964", "bought"),
            expect("1966", "cider", "pressed"),
            expect("1921?", "trees"),
            expect("2004", "vines"),
            expect("2025-04-03", "gold"),
            expect("2025-06-01", "perry", planned=True),
            expect("2025-05-24/..", "cellar door", planned=True),
            expect("../2026-10", "pressing hall", planned=True),
        ),
    ),
    Text(
        "st-elwyn-sexton-book",
        "sexton's register of the 1870s",
        None,
        """A REGISTER of Graves dug, Bells tolled, & other Work done by me
John Tregarthen, Sexton of the Parish of St Elwyn, Porthcarrow.

1873.
Jany 4th.  Dug grave for Wm Hoskins of Trenance, aged 71. 6 ft. Recd of the
           widow 5s. 0d.
Feby 11th. Tolled the Passing Bell for Mrs Ann Penrose, widow, at abt 4
           o'clock p.m. Recd 1s. 6d.
Mar. 3d.   New Bell rope of Mr Dunstan, Ropemaker. Pd 9s. 6d. & charged
           to the Churchwardens.
Abt the 20th Apl. The N. wall of the Churchyard fell down in the great rains,
           some 4 rod of it, & the earth with it into the lane.
           Memm. Old Mr Vosper tells me the great Yew by the Porch was set
           c. 1690, in his grandfather's grandfather's time. Not to be lopped.
           Recd this year for Graves & Bells  3l. 4s. 6d.

1874.
June 22d.  Buried the infant son of Saml & Mary Tregear, abt 3 weeks old.
           No fee taken, the father being out of work at the mine.
Augt.      Mowed the Churchyard twice this month, as usual. Hay to the
           Parson's horse.
           Recd this year  2l. 18s. 0d.

1875.
Mar. 15th. The new Burial Ground, the gift of Mr Trelawne, consecrated by the
           Lord Bishop. Rang the Bells from 11 till noon. Recd of the Churchwardens 3s. for the
           ringers' beer.
           Recd this year  3l. 0s. 9d.

1876.
Octr 2d.   Opened the Trelawne Vault for Capt. Jas Trelawne, R.N., aged 64.
           The Vault, it is thought made in 1790 by his great-grandfather,
           is sound & dry. 8 bearers. Recd 10s. 6d.
""",
        (
            expect("1873-01-04", "hoskins"),
            expect("1873-02-11", "penrose"),
            expect("1873-03-03", "bell rope"),
            expect("1873-04-20~", "wall"),
            expect("1690~", "yew"),
            expect("1874-06-22", "tregear"),
            expect("1875-03-15", "consecrated"),
            expect("1876-10-02", "trelawne"),
            expect("1790?", "vault"),
        ),
    ),
    Text(
        "hensford-bank-glowworms",
        "glow-worm survey report",
        date(2025, 10, 2),
        """Glow-worm (Lampyris noctiluca) survey
Hensford Chalk Bank Local Nature Reserve
Report to the Hensford Wildlife Group, 2025 season

Prepared by: K. Marsh and D. Olufemi (survey coordinators)

1. Summary

Surveys were carried out on 12 evenings between 14 June and 26 July 2025 along the fixed
transect. The peak count of 143 glowing females, the highest in the group's records, came on 1
July, a warm and still night. Numbers on the upper slope, where scrub was cut back, rose
sharply; the lower verge along Bell Lane held steady.

2. Background

Glow-worms were first recorded on the bank about 1950 by the naturalist Edith Crane, whose
notebooks mention "many lights on the chalk above the lane". The group's standardised transect
survey began in 2006 and has been repeated every summer since, apart from a gap for the
pandemic.

3. Methods

Two surveyors walk the 1.2 km transect, starting 30 minutes after sunset, and count every
glowing female within 2 m of the path. Air temperature, cloud cover, wind and moon phase are
noted at the start and end of each walk. Counts are entered in the county recording scheme.

4. Results by section

Section            Length   Peak count   Mean count
A  Upper slope     450 m        71           38
B  Hawthorn gap    300 m        29           17
C  Bell Lane verge 450 m        43           26
Total             1200 m       143           81

5. Management

Scrub clearance on the upper slope was done in February 2024 by volunteers and the county's
conservation team. Since 2015 the Bell Lane verge has been cut only after the end of August,
once the larvae are feeding in the longer grass. The streetlights on Bell Lane were replaced
with dimmed amber LEDs on or about 10 March 2022; the lamps nearest the reserve are now switched
off after midnight.

6. Next steps

A light-pollution study with Hensford University will start in 2026, using light meters on the
transect. The 2026 survey season will run from 1 June to 31 July 2026. New volunteers are
welcome and will be trained on site.
""",
        (
            expect("2025-06-14/2025-07-26", "surveys"),
            expect("2025-07-01", "peak count"),
            expect("1950~", "recorded"),
            expect("2006", "survey", "began"),
            expect("2024-02", "clearance"),
            expect("2015/..", "verge"),
            expect("2022-03-10~", "streetlights"),
            expect("2026", "light-pollution", planned=True),
            expect("2026-06-01/2026-07-31", "survey season", planned=True),
        ),
    ),
    Text(
        "maison-vellaud-perfumes",
        "perfumer's history",
        None,
        """Maison Vellaud: a history of the house

Origins in Sarlanne

The house traces its beginnings to Etienne Vellaud, a glover of Sarlanne who scented his leather
with orange blossom and lavender, as the glovers of the town had done for generations. He is
said to have opened a shop for perfumed gloves and pomades on the Place du Marche about 1782,
though the family's account books from those years were lost in a fire.

The cologne

In 1809 his son Aurelien created the Eau de Sarlanne, a bright citrus cologne of bergamot,
neroli and rosemary. It is still made to his formula, and still sold in the ribbed glass bottle
he chose.

Royal favour

On 1 May 1838 the house received a royal warrant as perfumer to the court, and orders from the
nobility followed. In 1861 the Vellauds moved their shop to the capital, keeping the distillery
and the fields in Sarlanne.

The twentieth century

Les Heures, the fragrance for which the house is best known today, was probably composed in 1932
by the perfumer Madeleine Orry; her notebooks from the period do not survive, and the first
bottles carry no date. The Sarlanne factory closed in 1940, when most of its workers were called
up, and reopened in 1946 with half its old staff.

In 1988 the Vellaud family sold the house to the Dortmann group, which kept the name and the
workshop but closed the last of the shops outside the capital.

Maison Vellaud today

Since 2014 the house has distilled its own rose absolute from twelve hectares of Rosa centifolia
planted on the family's old fields at Sarlanne. Every bottle is still filled and labelled by
hand.

A museum of perfumery will open in the old Sarlanne factory in 2026, with the original copper
stills, the glovers' tools and the archive of formulas that survives.
""",
        (
            expect("1782~", "shop"),
            expect("1809", "eau de sarlanne"),
            expect("1838-05-01", "warrant"),
            expect("1861", "moved"),
            expect("1932?", "les heures"),
            expect("1940", "closed"),
            expect("1946", "reopened"),
            expect("1988", "sold"),
            expect("2014/..", "rose"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "penbury-peat-compost-ban",
        "environment minister's statement",
        None,
        """Department for Environment and Rural Affairs

Ending the sale of peat compost: statement by the Environment Minister, Hugh Penbury

Issued: Tuesday 11 November 2025

Today I can confirm that the Government will ban the sale of bagged peat compost to amateur
gardeners from 1 January 2027.

Peat bogs are our largest store of carbon on land, and they take thousands of years to form.
Digging them up to grow geraniums makes no sense when good peat-free compost is on every garden
centre shelf.

The decision follows a public consultation, which ran from 3 March to 26 May this year and drew
more than 9,000 responses. Three quarters of those who replied supported a ban, including most
of the retailers who took part.

Our Peat Action Plan, published in 2021, set out our aim to end the use of peat in horticulture.
Since 2019 the Peatland Restoration Grant has funded the rewetting of moorland and lowland bogs,
and the Moorland Protection Act, which received Royal Assent on 8 October, now protects the
deepest peat from burning.

On Thursday I visited Blackmoss Flow, where drainage ditches cut a century ago are being blocked
and the sphagnum is coming back. It was a reminder of what a living bog looks like, and of how
easily we lose one.

Next steps:

1. Regulations will be laid before Parliament by the end of March.
2. Professional growers, who face greater practical difficulties, will have until 2030 to stop
   using peat.
3. A GBP 20 million Peat-Free Transition Fund will open for bids on 1 December to help nurseries
   and compost makers change their equipment and supply chains.

I want to thank the gardeners, growers and retailers who have already made the switch. They have
shown it can be done.

Hugh Penbury
Environment Minister

ENDS
""",
        (
            expect("2027-01-01", "ban", planned=True),
            expect("2025-03-03/2025-05-26", "consultation"),
            expect("2021", "action plan"),
            expect("2019/..", "grant"),
            expect("2025-10-08", "royal assent"),
            expect("2025-11-06", "visited"),
            expect("../2026-03", "regulations", planned=True),
            expect("../2030", "growers", planned=True),
            expect("2025-12-01", "fund", planned=True),
        ),
    ),
    Text(
        "delacey-quarry-street-barbers",
        "barber shop HTML page",
        date(2025, 5, 20),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us | Delacey's Barbers, Quarry Street</title>
<link rel="stylesheet" href="styles.css">
</head>
<body>
<header>
<h1>Delacey's Barbers</h1>
<p class="tagline">Cuts, fades and hot towel shaves on Quarry Street</p>
<nav><a href="index.html">Home</a> | <a href="prices.html">Prices</a> |
<a href="about.html" class="active">About</a> | <a href="book.html">Book</a></nav>
</header>
<main>
<section id="story">
<h2>Our story</h2>
<p>Frank Delacey opened the shop in 1958 with two chairs, a wireless and a tin of
brilliantine. He charged two shillings a cut and never once took a booking.</p>
<p>The red leather chair by the window was made c. 1930 by Harker &amp; Sons and came
from a hotel barbershop that closed down. Frank bought it for a fiver. It still pumps.</p>
<p>Frank's son Tony took over in 1989 and added the hot towel shave that made us famous
on the street. In March 2011 we moved two doors down to number 41, where there was room
for four chairs and a proper waiting bench.</p>
<p>Since 2016 we've offered traditional wet shaves with a straight razor, and our
beard trims now outnumber our short-back-and-sides. In 2023 we were named Best Barber in
the Kingsmere Business Awards, which Tony still hasn't stopped talking about.</p>
</section>
<section id="news">
<h2>Shop news</h2>
<ul>
<li><strong>Bank holiday:</strong> we'll be closed on Monday 26 May. Normal hours the
rest of the week.</li>
<li><strong>New face:</strong> from Monday 2 June onwards Tony's grandson Kit joins us
full time, so that's three generations of Delaceys behind the chairs.</li>
<li><strong>Thank you!</strong> Our charity cut-a-thon on Saturday 12 April raised
&pound;1,460 for the Kingsmere hospice. Forty-one haircuts in ten hours.</li>
</ul>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Monday to Friday</th><td>9am to 6pm</td></tr>
<tr><th>Saturday</th><td>8am to 4pm</td></tr>
<tr><th>Sunday</th><td>Closed</td></tr>
</table>
<p>Walk-ins welcome. No cards under &pound;5.</p>
</section>
</main>
<footer><p>Delacey's Barbers, 41 Quarry Street, Kingsmere. Tel. 01632 960 418</p></footer>
</body>
</html>
""",
        (
            expect("1958", "opened"),
            expect("1930~", "chair"),
            expect("1989", "took over"),
            expect("2011-03", "moved"),
            expect("2016/..", "wet shaves"),
            expect("2023", "best barber"),
            expect("2025-05-26", "closed", planned=True),
            expect("2025-06-02/..", "kit", planned=True),
            expect("2025-04-12", "cut-a-thon"),
        ),
    ),
    Text(
        "varma-pitch-seven-consent",
        "street trading consent decision",
        None,
        """KESTRELL DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE - APPLICATION FOR STREET TRADING CONSENT

Case ref:        ST/25/014
Applicant:       Mr Sunil Varma, trading as "Varma's Kitchen"
Location:        Pitch 7, Market Place, Kestrell
Date of notice:  4 July 2025

1. The application

1.1 An application for street trading consent to sell hot food (vegetable curries, samosas and
    hot drinks) from a catering trailer at Pitch 7 was received on 12 May 2025.

1.2 Market Place was designated a consent street by a resolution of the Council on 17 January
    1996.

1.3 The previous consent for Pitch 7, held by another trader, lapsed in October 2023 and was not
    renewed. The pitch has been empty since.

2. Consultation

2.1 The 28-day consultation ended on 9 June. One objection was received, on 2 June, from the
    proprietor of a cafe in Market Place, who was concerned about competition and the smell of
    cooking. Environmental Health and the Police raised no objection.

3. The hearing

3.1 The Sub-Committee heard the application on 1 July 2025 and reached its decision at the end
    of the hearing. The applicant attended with his daughter. The objector did not attend but
    her written representation was read.

3.2 Mr Varma told members that he has traded at the Saturday market in Kestrell since 2018
    without complaint, and produced a five-star food hygiene rating.

4. Decision

4.1 The Sub-Committee has decided to GRANT consent for the period from 1 August 2025 to 31 July
    2026, subject to the standard conditions and to the additional conditions in the schedule.

4.2 The applicant must provide a current gas safety certificate for the trailer no later than 25
    July 2025. Consent will not take effect until it has been received.

5. Reasons

5.1 Competition with existing businesses is not a ground for refusal under the Council's street
    trading policy. The applicant's record is good, and the conditions on hours and the siting
    of the trailer address the concern about cooking smells.

6. Right of appeal

6.1 There is no statutory right of appeal against this decision. Any complaint should be made
    through the Council's complaints procedure.

Signed: Cllr P. Ashdown (Chair)
""",
        (
            expect("2025-05-12", "application"),
            expect("1996-01-17", "designated"),
            expect("2023-10", "lapsed"),
            expect("2025-06-09", "consultation"),
            expect("2025-06-02", "objection"),
            expect("2025-07-01", "heard"),
            expect("2018/..", "traded"),
            expect("2025-08-01/2026-07-31", "consent", planned=True),
            expect("../2025-07-25", "gas safety", planned=True),
        ),
    ),
    Text(
        "vellmere-secretary-hand",
        "calligraphy history",
        None,
        """Vellmere hand

The Vellmere hand, also called Vellmere secretary, is a cursive book and document script of the
northern cities, written with a broad-edged pen held at a steep angle. It is known for its
looped ascenders and the long, sweeping tail of its final s.

History

Origins

The hand developed about 1450 among the notaries and guild clerks of Vellmere, who needed a
script both quicker than the formal book hand and easier to read than the court hands in use
elsewhere. The earliest surviving manuscript written wholly in it, a register of the Guild of St
Loy, is dated 1472.

The writing masters

The writing master Anselm Roke published his copybook, The Pennes Excellencie, in 1588; its
engraved plates spread the hand far beyond the city. A school of writing at Vellmere was founded
c. 1620 by Roke's pupil Judith Carew. Her own workbook, probably written in 1610 while she was
still his apprentice, survives in the city library and shows the hand at its most elegant.

Decline and revival

The hand fell out of use as the round hand of the merchants' counting houses took over. Interest
returned with the arts and crafts movement, and the Society of Scribes of Vellmere was founded
in 1921 to teach it again. An exhibition of the society's work and of the old masters was held
at the Vellmere Guildhall from 4 to 29 October 1938 and drew more than 20,000 visitors.

The scribe Ottilie Brandt taught the hand at the Vellmere School of Art from 1952 to 1979, and
most living practitioners trace their training to her classes.

Today

The hand is used for civic scrolls, certificates and memorial books. A digital typeface based on
Carew's workbook is due to be released in 2026 by the Vellmere Type Foundry.

See also
* Secretary hand
* Round hand
* Broad-edged pen
""",
        (
            expect("1450~", "developed"),
            expect("1472", "manuscript"),
            expect("1588", "copybook"),
            expect("1620~", "school"),
            expect("1610?", "workbook"),
            expect("1921", "society"),
            expect("1938-10-04/1938-10-29", "exhibition"),
            expect("1952/1979", "taught"),
            expect("2026", "typeface", planned=True),
        ),
    ),
    Text(
        "tolgate-euchre-league-card",
        "euchre drive fixtures card",
        date(2025, 8, 28),
        """TOLGATE & DISTRICT EUCHRE LEAGUE
(founded 1961)

FIXTURES CARD - AUTUMN HALF, 2025-26 SEASON

All drives start 7.30pm prompt. Cards and scorecards provided.
Entry GBP 3 a head, includes raffle ticket and supper.

DATE          VENUE                        HOST CLUB            NOTES
------------  ---------------------------  -------------------  ----------------------
Fri 12 Sep    St Anne's Church Hall        St Anne's            Opening drive
Fri 10 Oct    The Kellow Arms, Tolgate     Kellow Arms          Harvest supper
Fri 14 Nov    Brampton Village Institute   Brampton Jacks       Poppy appeal raffle
Fri 12 Dec    Tolgate Legion Club          Legion               Christmas drive, prizes
Fri 9 Jan     Tolgate Legion Club          League committee     AGM 7pm, drive after

Team entries for the season must reach the secretary by 5 September at the latest.
Late entries will be put on a waiting list.

LAST SEASON
League champions: Kellow Arms "A", who won the play-off final on 4 April 2025 at
Brampton Village Institute by 14 games to 11.
Pegg Cup (individual): R. Dymond, St Anne's.

The Pegg Cup was first played for in 1978, in memory of Walter Pegg, league
secretary for seventeen years.

PRIZES
Each drive: first, second and third pairs, plus a booby prize for the lowest card.
The pair with the best aggregate over the autumn half takes the Hocking Shield.

RULES REMINDER
- Partners may not be changed after the fourth table.
- Play moves on at the bell; any hand not finished is scored as it stands.
- A lone hand scores four games. Marching scores two.
- Disputes to the host club's card steward, whose word is final.
- No mobile telephones at the tables, please.

Host clubs are asked to have the hall open and tables laid by 7pm, and to send the
night's results to the secretary within the week.

Secretary: Mrs J. Hocking, 3 Mill View, Tolgate. Tel. 01632 960 772
""",
        (
            expect("1961", "founded"),
            expect("2025-09-12", "opening drive", planned=True),
            expect("2025-10-10", "kellow arms", planned=True),
            expect("2025-11-14", "brampton", planned=True),
            expect("2025-12-12", "christmas drive", planned=True),
            expect("2026-01-09", "agm", planned=True),
            expect("../2025-09-05", "entries", planned=True),
            expect("2025-04-04", "play-off final"),
            expect("1978", "pegg cup"),
        ),
    ),
)
