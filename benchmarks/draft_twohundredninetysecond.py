"""The two-hundred-and-ninety-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a bus route withdrawal
notice, a sepak takraw tournament report, an oyster fishery company release, a wheelwright's
day book of the 1860s, a puffin colony survey report, a telescope maker's history, a digital
minister's statement, a pet shop's HTML page, a house in multiple occupation licence decision, a
tapestry history and a shove ha'penny league fixtures card. The organisations, people and facts
are invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early
2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYSECOND_CORPUS",)


TWOHUNDREDNINETYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "tollgarth-spillway-crack",
        "wire story",
        None,
        """Crack in spillway forces evacuation below Tollgarth reservoir

TOLLGARTH, March 12, 2025 (Eastmere Press) - Engineers began lowering the water level at the
Tollgarth reservoir on Tuesday after a crack was found in its concrete spillway, and about 1,200
people in three villages downstream were told to leave their homes, the water authority said.

The crack, roughly four metres long, was spotted by a technician during a routine inspection on
Sunday. Divers later confirmed that it ran through the full depth of the spillway apron, and the
county's emergency plan was put into action.

"There is no immediate danger of the dam failing, but we are not prepared to take chances,"
said Marnie Coyle, chief engineer at Eastmere Water. "I would rather have people sleeping in a
sports hall for a few nights than living below a structure we are not sure of."

The evacuation is the largest in the county since the floods of 1968, when the river Lenn burst
its banks at Ashcombe.

The earth-and-concrete dam was completed about 1931 to supply the mill towns of the lower Lenn
valley. Its spillway was last rebuilt in 1987. The national dam safety regulator placed the
reservoir under a special monitoring order in 2019, after seepage was found at the foot of the
embankment.

Eastmere Water was fined 240,000 pounds in 2022 for failing to carry out required inspections at
two of its other reservoirs, Halse Pond and Cribb's Water. The company said at the time that it
had since doubled the size of its reservoir safety team.

Coyle said the lowering was going to plan. Residents should be able to return to their homes by
Friday at the latest, the authority said, although some roads below the dam may stay closed for
longer.

A public meeting will be held in Tollgarth village hall on March 20, and permanent repairs to the
spillway are due to begin in June.

Villagers at the rest centre in Brackley Cross were calm but weary. "They knocked at eleven at
night and told us to pack a bag," said Fen Oldroyd, 71, who has lived in Lower Tollgarth all her
life. "Nobody has said how long for."

(Reporting by Idris Penhale; Editing by Clare Moberly)""",
        (
            expect("2025-03-11", "lower"),
            expect("2025-03-09", "crack"),
            expect("1931~", "dam", "completed"),
            expect("1987", "spillway", "rebuilt"),
            expect("2019", "monitoring"),
            expect("2022", "fined"),
            expect("../2025-03-14", "return", planned=True),
            expect("2025-03-20", "meeting", planned=True),
            expect("2025-06", "repairs", planned=True),
        ),
    ),
    Text(
        "velmora-dunsby-kilnworks",
        "press release",
        None,
        """PRESS RELEASE

Velmora Ceramics opens new kiln works in Dunsby, creating 140 jobs

Dunsby, 4 June 2024 - Velmora Ceramics, the Scarlow-based maker of glazed floor and wall tiles,
today officially opened its new kiln works on the Fallow Lane estate in Dunsby. The 38 million
pound plant was opened by the Lord Lieutenant of Eastshire, Dame Rosa Hartigan, in front of
staff, suppliers and pupils from two local primary schools.

Construction of the 12,000 square metre building began in September 2022. The first of its two
roller kilns was fired on 18 March, and trial batches of tile have already been delivered to
three customers.

"Dunsby has a long history of making things out of clay, and we are proud to be part of its
next chapter," said Velmora's chief executive, Anselm Kirby. "This works gives us the capacity
to bring back production we had moved overseas, and it is built to run on hydrogen when the
supply is there."

About the new works
- Two gas-fired roller kilns, designed to run on hydrogen blends of up to 30 percent
- Annual capacity of 4.5 million square metres of tile
- Heat recovered from the kilns dries the glaze lines and heats the offices
- 140 permanent jobs, 90 of them already filled

Recruitment for a further 50 posts, including kiln operators and glaze technicians, will open on
1 July. Velmora expects the works to reach full production by the end of 2025.

The public will be able to see inside the works at an open day on Saturday 15 June, from 10am to
4pm. Tours must be booked in advance through the company's website.

Councillor Peter Aske, leader of Eastshire County Council, said: "This is the largest
manufacturing investment in the district for a generation."

ENDS

Notes to editors
1. Velmora Ceramics was founded in 1957 by Ottilie and Jon Velmora in a former brickworks at
   Scarlow. It was acquired by the Dutch tile group Hoekstra Keramiek in 2011 and employs 610
   people in the UK.
2. Velmora has supplied hand-glazed tiles for the restoration of Dunsby Minster since 2016.
3. High-resolution images of the works are available from the press office.

Media contact: Priya Ennals, Velmora Ceramics press office, 01632 960 418""",
        (
            expect("2024-06-04", "opened"),
            expect("2022-09", "construction"),
            expect("2024-03-18", "kiln", "fired"),
            expect("2024-07-01", "recruitment", planned=True),
            expect("../2025", "full production", planned=True),
            expect("2024-06-15", "open day", planned=True),
            expect("1957", "founded"),
            expect("2011", "acquired"),
            expect("2016/..", "supplied"),
        ),
    ),
    Text(
        "okafor-hallam-retaliation",
        "court opinion",
        date(2023, 11, 22),
        """UNITED STATES DISTRICT COURT
DISTRICT OF WEST CALLOWAY

MARGUERITE OKAFOR-DENNY,
                Plaintiff,
        v.                                      Civil Action No. 2:22-cv-00418
HALLAM FREIGHT SYSTEMS, INC.,
                Defendant.

MEMORANDUM OPINION AND ORDER

Before the Court is Defendant Hallam Freight Systems, Inc.'s Motion for Summary Judgment (ECF
No. 41). For the reasons that follow, the motion is GRANTED IN PART and DENIED IN PART.

I. BACKGROUND

The following facts are undisputed unless otherwise noted. Hallam hired Plaintiff as a
dispatcher at its Reddick terminal on or about April 3, 2017. (Okafor-Denny Dep. 14:2-9.) She
was promoted to senior dispatcher in January 2019 and received satisfactory reviews in each of
the two years that followed.

Hallam's written anti-retaliation policy has been in effect since 2015. (Def.'s Ex. C.) It
directs employees to report concerns to Human Resources "without fear of reprisal."

On March 9, 2021, Plaintiff lodged a written complaint with Human Resources alleging that her
shift supervisor, Dale Worsley, had made repeated remarks about her age. Hallam terminated her
employment two weeks later, citing a dispatch error that delayed a refrigerated load. Plaintiff
contends that the stated reason is pretext; Hallam contends that the decision to dismiss her was
made before anyone in management learned of the complaint.

Plaintiff filed a charge of discrimination with the Equal Employment Opportunity Commission on
September 14, 2021, and later received a notice of right to sue. She filed this suit on February
2, 2022, asserting claims of age discrimination (Count I) and retaliation (Count II). Hallam
moved for summary judgment on June 30, 2023.

II. LEGAL STANDARD

Summary judgment is appropriate where "there is no genuine dispute as to any material fact and
the movant is entitled to judgment as a matter of law." Fed. R. Civ. P. 56(a). The Court views
the record in the light most favorable to the nonmoving party.

III. DISCUSSION

A. Age discrimination. Plaintiff offers no evidence beyond her own account of Worsley's remarks,
and she concedes that Worsley played no part in the termination decision. Count I fails.

B. Retaliation. The interval between the complaint and the termination is short, and the only
record of the earlier decision is an undated note. A reasonable jury could find that the
decision followed the complaint. Count II survives.

IV. CONCLUSION

Defendant's Motion for Summary Judgment (ECF No. 41) is GRANTED as to Count I and DENIED as to
Count II. The retaliation claim remains set for trial on January 16, 2024. The parties shall file
their joint pretrial statement no later than December 15, 2023.

IT IS SO ORDERED.

/s/ Harriet L. Vance
United States District Judge""",
        (
            expect("2017-04-03~", "hired"),
            expect("2019-01", "promoted"),
            expect("2015/..", "policy"),
            expect("2021-03-09", "complaint"),
            expect("2021-03-23", "terminated"),
            expect("2021-09-14", "charge"),
            expect("2022-02-02", "suit"),
            expect("2023-06-30", "summary judgment"),
            expect("2024-01-16", "trial", planned=True),
            expect("../2023-12-15", "pretrial", planned=True),
        ),
    ),
    Text(
        "dunmarrow-castle-ruin",
        "encyclopedia history",
        None,
        """Dunmarrow Castle

Dunmarrow Castle is a ruined castle on a spur above the river Skell, 3 km north of the village of
Dunmarrow in the county of Harthshire, England. It is a scheduled monument and a Grade I listed
building.

History

Early castle
A timber castle on the site is mentioned in a charter of the abbey of St Werburh. The first stone
keep was probably built in 1132 by Walter de Marrow, a tenant of the earls of Harth, and parts of
its north wall stand to full height. The manor and castle were granted to the Ferrand family in
1287; the curtain wall and the twin-towered gatehouse are usually dated to the decades after.

Siege and rebuilding
During the civil wars of the fifteenth century the castle was held for the Lancastrian side. It
was besieged from 3 to 19 August 1461, when the garrison surrendered on terms. Sir Hugh Ferrand
recovered it under a royal pardon, and his descendants held it for two more centuries. The great
hall and a range of lodgings along the east wall were rebuilt in brick c. 1590, probably for
Thomas Ferrand, whose arms appear over the hall porch.

Slighting and decline
After a short siege in the First Civil War, Parliament ordered the castle slighted in 1648, and
the keep was blown up that autumn. The Ferrands, ruined by fines, sold the estate the following
year to a London merchant, Josiah Clerebold, who used the stone to build Skell House in the
valley below. By the eighteenth century the ruins had become a picturesque feature of the Skell
House park, and they were drawn and engraved by several topographical artists.

Modern period
The ruins have been in state care since 1934. Excavations between 1971 and 1975 uncovered the
footings of the timber hall and a rock-cut well 31 m deep. A visitor centre in the former Skell
House stables is due to open in 2026.

Architecture
The gatehouse is the best-preserved part of the castle. Its two D-shaped towers flank a vaulted
passage that retains the grooves for a portcullis. The brick hall range of the Ferrands is
roofless but stands to its full height, with mullioned windows facing the inner bailey.

See also
- List of castles in Harthshire
- Ferrand baronets

References""",
        (
            expect("1132?", "keep", "built"),
            expect("1287", "granted"),
            expect("1461-08-03/1461-08-19", "besieged"),
            expect("1590~", "rebuilt"),
            expect("1648", "slighted"),
            expect("1649", "sold"),
            expect("1934/..", "state care"),
            expect("1971/1975", "excavations"),
            expect("2026", "visitor centre", planned=True),
        ),
    ),
    Text(
        "hestley-hornets-title",
        "sports report",
        date(2024, 9, 15),
        """HOCKEY | WOMEN'S PREMIER DIVISION

Hestley Hornets end 15-year wait for league title

By Cerys Lanigan

Hestley Hornets are champions of the Women's Premier Division after a 4-1 win at Parkhurst Vale on
Saturday sealed the title with two rounds to spare.

Gemma Thorley scored twice in the first quarter and the visitors never looked back, adding
further goals through Amara Quist and a late penalty corner from captain Lotte Brand, back in the
side after a month out with an ankle injury.

Hornets' only previous league title came in 2009, when they also reached the final of the
European club cup. Their last defeat in any competition came on 4 May, a 2-0 loss to Kingsmere
in the play-offs, and they have gone 17 matches without losing since.

Head coach Dervla Mackie, who was appointed in November 2021 after six seasons in charge of the
national under-21 squad, said: "We talked at the start of the season about being ruthless in
the first quarter, and that is exactly what we were today. The girls have earned this."

Parkhurst Vale coach Tom Ebbrell was gracious in defeat. "They are the best side we have played
for years," he said. "You can see the work that has gone into them."

The double is still on. Hornets beat Ollerton 3-1 in the cup semi-final on Wednesday and will
meet Kingsmere again in the final at Marlow Park on September 28. As champions they will also
enter the European club qualifying tournament, to be played in Antwerp from 10 to 13 October.

The club, founded about 1923 as the hockey section of the Hestley Cricket Club, moved to its
water-based pitch at Coldharbour Lane in 2018 and now runs eleven senior and junior teams.

Parkhurst Vale: Okoye; Blane, Ferris, Hanlon (Dyce 40), Marr; Sutcliffe, Ng, Penrose; Ebbs,
Larkin, Cole.
Hestley Hornets: Pryor; Brand, Oduya, Fell, Quist; Harte, Lund (Moss 52), Sadler; Thorley,
Vaughan, Ibbotson.""",
        (
            expect("2024-09-14", "title"),
            expect("2009", "previous"),
            expect("2024-05-04", "defeat"),
            expect("2021-11", "appointed"),
            expect("2024-09-11", "semi-final"),
            expect("2024-09-28", "final", planned=True),
            expect("2024-10-10/2024-10-13", "qualifying", planned=True),
            expect("1923~", "founded"),
            expect("2018", "moved"),
        ),
    ),
    Text(
        "brackwell-quay-ropewalk",
        "company history",
        None,
        """Brackwell & Sons: a short history

Rope has been made in Quay Street, Carrick Haven, for more than 150 years. This is the story of
the family firm that made it, and still makes it.

The rope walk
Elias Brackwell, a ship's rigger from the Tyne, founded the firm in 1868 on a leased rope walk
beside the old harbour. Six years later he moved to Quay Street, where the firm still stands,
building a covered walk 320 yards long, then the longest in the county. Steam-driven spinning
machinery came about 1890, although most rope was still laid by hand on the walk, by men walking
backwards with the yarn around their waists.

Brackwell & Sons Ltd
The firm became a limited company in 1912, with Elias's sons Walter and Amos as its first
directors. From 1940 to 1945 the works was requisitioned by the Admiralty and turned out towing
hawsers and cargo nets day and night; a bomb that fell in Quay Street narrowly missed the tarring
shed, and the scorch marks can still be seen on the north wall.

New fibres
Brackwell spun its first nylon rope in 1958 and gave up natural fibres entirely some years later,
a change that the older hands never quite forgave. On 1 April 1986 the family sold the business
to Tarn Industries, a plastics group. Three years later the managers, led by Elias's
great-grandson Robert Brackwell, bought it back.

Ropes for the sea
Since 2003 we have made mooring lines for the Royal Navy's survey fleet, and our heritage ropes,
laid on the original walk, hang in the rigging of tall ships from Brest to Boston. We still
test every batch on the old breaking machine, which has never been allowed to retire.

Looking ahead
In 2028 we will celebrate our 160th anniversary with an open weekend on the rope walk, and we
hope that many of the families who have worked here over the years will join us.""",
        (
            expect("1868", "founded"),
            expect("1874", "moved"),
            expect("1890~", "steam"),
            expect("1912", "limited company"),
            expect("1940/1945", "requisitioned"),
            expect("1958", "nylon"),
            expect("1986-04-01", "sold"),
            expect("1989", "bought"),
            expect("2003/..", "mooring lines"),
            expect("2028", "anniversary", planned=True),
        ),
    ),
    Text(
        "aurel-polar-orbiter",
        "mission summary",
        date(2025, 1, 20),
        """MISSION SUMMARY: AUREL-2 LUNAR POLAR ORBITER

Agency:          Calloway Space Agency (CSA)
Launch vehicle:  Vantor-M
Orbit:           100 km circular polar lunar orbit
Status:          Extended mission

Objectives
Aurel-2 maps hydrogen, surface temperature and the depth of permanently shadowed craters at the
lunar poles, to locate water ice for future landers. It carries a neutron spectrometer, a
thermal imager and a laser altimeter supplied by the Kessock Institute.

Mission history
The mission was approved in 2017 as the successor to Aurel-1, whose spectrometer had failed after
six weeks. Aurel-2 was launched from the Kessock Range on 14 November 2023 and entered lunar
orbit on December 2 after a 17-day cruise. The neutron spectrometer returned its first map of the
south polar region five days later.

On 19 February 2024 a reaction wheel fault put the spacecraft into safe mode. Engineers
reconfigured the attitude control system to work with the three remaining wheels, and normal
science operations resumed about three weeks later. The thermal imager was not affected.

The primary mission ended on 30 November 2024, with 94 percent of the planned polar map
completed and some 1.2 terabytes of data returned.

Extended mission
The agency has approved an extended mission that will run until 31 December 2026 at the latest.
The orbit is to be lowered from 100 km to 40 km in March 2025 to sharpen the neutron map over
the floors of the shadowed craters. A second release of science data to the public archive is
scheduled for 15 April 2025.

At the end of the extended mission the spacecraft will be steered into the surface, away from any
historic landing site.

Key results
- Hydrogen enrichment confirmed in 11 permanently shadowed craters
- Surface temperatures as low as 28 kelvin measured in the Hemmer crater
- Altimeter map of the south polar region at 5 m resolution""",
        (
            expect("2017", "approved"),
            expect("2023-11-14", "launched"),
            expect("2023-12-02", "orbit"),
            expect("2023-12-07", "first map"),
            expect("2024-02-19", "safe mode"),
            expect("2024-03-11~", "resumed"),
            expect("2024-11-30", "primary mission"),
            expect("../2026-12-31", "extended mission", planned=True),
            expect("2025-03", "lowered", planned=True),
            expect("2025-04-15", "release", planned=True),
        ),
    ),
    Text(
        "westmarch-poultry-housing",
        "government statement",
        None,
        """Ministry of Rural Affairs

Avian influenza: housing order for all poultry and captive birds

Issued: 7 November 2024
Reference: MRA/AI/2024/17

The Ministry of Rural Affairs has decided that all poultry and other captive birds in the
Province of Westmarch must be housed, or otherwise kept apart from wild birds. The housing order
will come into force at 00:01 on Monday 11 November.

Why we are acting now
Highly pathogenic avian influenza H5N1 was confirmed on 29 October at a commercial turkey farm
near Orlestone. A 3 km protection zone and a 10 km surveillance zone were declared around the
premises on 1 November, and all 21,000 birds on the farm have been humanely culled.

The virus has since been found in dead wild geese at four sites along the Westmarch coast, and
on Tuesday the national risk level for wild birds was raised from medium to high.

What keepers must do
- keep all birds indoors or in fully netted enclosures;
- cleanse and disinfect footwear and vehicles before and after contact with birds;
- keep feed and water where wild birds cannot reach them;
- report any suspicion of disease at once to the Animal Health Office on 0300 555 0147.

Keepers of more than 50 birds have had to register with the ministry since 2021. Smaller keepers,
including those with a few hens in the garden, are strongly encouraged to register too, so that
we can alert them quickly.

Next steps
The ministry will publish updated biosecurity guidance on Friday. The housing order will be
reviewed by 5 December, and a compensation scheme for keepers whose flocks have been culled will
be open from 2 December onwards.

The last housing order in the province was lifted on 18 April 2023.

Deputy Minister Ingrid Salo said: "I know this is hard news for keepers who take pride in their
free-range birds. But the risk is now high, and housing is the single most effective thing we can
do to protect the flock."

ENDS

Media enquiries: press office, Ministry of Rural Affairs, 0300 555 0100""",
        (
            expect("2024-11-11", "housing order", planned=True),
            expect("2024-10-29", "confirmed"),
            expect("2024-11-01", "protection zone"),
            expect("2024-11-05", "risk"),
            expect("2021/..", "register"),
            expect("2024-11-08", "guidance", planned=True),
            expect("../2024-12-05", "reviewed", planned=True),
            expect("2024-12-02/..", "compensation", planned=True),
            expect("2023-04-18", "lifted"),
        ),
    ),
    Text(
        "carrowfield-library-refit",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carrowfield library to close for refurbishment | Carrowfield Courier</title>
</head>
<body>
<header><a href="/" class="logo">Carrowfield Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article>
<h1>Carrowfield library to close for refurbishment</h1>
<p class="byline">By Tobias Wren, local democracy reporter |
<time datetime="2024-05-22">Wednesday 22 May 2024</time></p>
<p>Carrowfield's Carnegie library will close from 1 July for a 2.6 million pound refurbishment,
after the borough council's cabinet approved the scheme on Tuesday.</p>
<p>The listed building on Abbey Street was built in 1906 with a grant from the Carnegie trust and
extended in 1972, when the children's library and the lecture room were added at the back.</p>
<p>The reading room was closed in February after rain came through the lantern roof, and
staff have been working around buckets and tarpaulins since.</p>
<p>A public consultation, which ran from 8 January to 16 February, drew 1,140 responses. Most
people backed a full closure to get the work done quickly rather than a phased scheme that would
have kept parts of the building open.</p>
<blockquote><p>"This is a building people love, and it has been let down for too long," said
council leader Asha Merriman. "We want it to be fit for another hundred years."</p></blockquote>
<p>During the works a pop-up library will open in the Market Hall on 8 July, with a smaller stock,
public computers and the weekly rhyme-time sessions for under-fives.</p>
<p>The library is expected to reopen by the end of March 2026.</p>
<p>The Friends of Carrowfield Library, founded in 1985, said they would hold a book sale to help
pay for new furniture for the children's library.</p>
<aside class="related"><h2>Most read</h2>
<ul><li><a href="/news/bypass-plan">Bypass plan goes back to the drawing board</a></li>
<li><a href="/news/market-traders">Market traders call for free parking</a></li></ul></aside>
</article>
</main>
<footer><p>&copy; Carrowfield Courier. Page updated 22 May 2024, 16:40.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-21", "approved"),
            expect("2024-07-01", "close", planned=True),
            expect("1906", "built"),
            expect("1972", "extended"),
            expect("2024-02", "reading room"),
            expect("2024-01-08/2024-02-16", "consultation"),
            expect("2024-07-08", "pop-up", planned=True),
            expect("../2026-03", "reopen", planned=True),
            expect("1985", "friends"),
        ),
    ),
    Text(
        "kestrel-route-fortyseven",
        "bus route withdrawal notice",
        date(2025, 2, 3),
        """KESTREL COACHES

PUBLIC NOTICE

WITHDRAWAL OF BUS ROUTE 47
Hollins Green - Saddleby - Orme Bridge - Crowthorpe Bus Station

Kestrel Coaches Ltd gives notice that Route 47 will be withdrawn from Sunday 2 March 2025.
The last journeys on Route 47 will run on Saturday 1 March 2025.

WHY IS THE ROUTE BEING WITHDRAWN?
Route 47 was introduced in 1998 with support from Crowthorpe County Council. The timetable was
cut to two-hourly in September 2017 as passenger numbers fell. The council's subsidy for the
route ended on 31 December 2024, and we have been unable to find other funding. Fewer than 40
passengers now use the route on an average weekday.

WHAT WILL REPLACE IT?
The council's KESTREL FLEXI demand-responsive minibus will start serving Hollins Green, Saddleby
and Orme Bridge on Monday 3 March. It will run Monday to Saturday, 7am to 7pm.

  * Journeys must be booked at least 2 hours ahead.
  * Concessionary bus passes are accepted.
  * Wheelchair-accessible vehicles are used on all journeys.
  * Bookings open on 17 February, by phone (01632 960 772) or through the Flexi app.

Route 12 (Orme Bridge - Crowthorpe) is not affected by these changes and continues to run every
30 minutes.

COME AND TALK TO US
Staff from Kestrel Coaches and the council will hold drop-in sessions from 10am to 2pm on:

  Tuesday 11 February     Hollins Green Village Hall
  Wednesday 12 February   Saddleby Methodist Church Hall
  Thursday 13 February    Orme Bridge Library

Please bring your questions about booking, fares and pick-up points. Large-print copies of this
notice and the Flexi guide are available on request.

We are sorry for the inconvenience this change will cause to our regular passengers, and we
thank everyone who has used Route 47 over the past 27 years.

Passenger Transport, Crowthorpe County Council, County Hall, Crowthorpe CR1 4QX
Kestrel Coaches Ltd, Depot Road, Crowthorpe CR2 9BT

Notice ref: KC/47/W/25""",
        (
            expect("2025-03-02", "withdrawn", planned=True),
            expect("2025-03-01", "last journeys", planned=True),
            expect("1998", "introduced"),
            expect("2017-09", "two-hourly"),
            expect("2024-12-31", "subsidy"),
            expect("2025-03-03", "flexi", planned=True),
            expect("2025-02-17", "bookings", planned=True),
            expect("2025-02-11", "drop-in", planned=True),
            expect("2025-02-12", "drop-in", planned=True),
            expect("2025-02-13", "drop-in", planned=True),
        ),
    ),
    Text(
        "harbour-kites-regu",
        "sepak takraw tournament report",
        date(2024, 8, 19),
        """SEPAK TAKRAW

Harbour Kites retain national club crown in Port Alder

Harbour Kites retained the National Sepak Takraw Club Championship on Sunday, coming from a set
down to beat Lindow Flyers 2-1 in the final at the Brennan Sports Centre, Port Alder.

Lindow took the first set 21-15, their tekong Anan Srisuk serving three straight aces to close
it out. The Kites levelled 21-17 behind a run of roll spikes from Danial Rosli and held their
nerve in the decider, which they won 21-18 when Srisuk's final serve clipped the net.

Rosli, who joined the Kites from the Penang club Bayan Lepas in March 2023, was named player of
the tournament. "The first set was a shock, but we know how to come back," he said. "The crowd
here carried us."

The Kites had needed extra points to get past Calder Vale in Saturday's semi-final, taking the
third set 25-23 after saving two match points.

The four-day tournament, which ran from 15 to 18 August, drew 22 regu from nine clubs. The
championship was first staged around 2012 in a school gym in Lindow, with four teams and no
spectators; this year more than 600 people watched the final.

The Kites were formed in 2016 by Malaysian and Thai students at Port Alder University and now
train three evenings a week at the Brennan centre. Half of this year's squad learned the game at
the club's junior sessions.

As champions they will represent the country at the Asian club championship in November. The
national coach, Somchai Meeboon, will name his squad for the regional games by 30 September and
is expected to call up at least four Kites players.

Next year's championship will be held in Dunmore from 7 to 10 August 2025.

RESULTS
Final: Harbour Kites 2 Lindow Flyers 1 (15-21, 21-17, 21-18)
Semi-finals: Harbour Kites 2 Calder Vale 1 (21-19, 18-21, 25-23); Lindow Flyers 2 Ostry Bay 0
(21-16, 21-14)
Third place: Calder Vale 2 Ostry Bay 1""",
        (
            expect("2024-08-18", "retain"),
            expect("2023-03", "joined"),
            expect("2024-08-17", "semi-final"),
            expect("2024-08-15/2024-08-18", "tournament"),
            expect("2012~", "first staged"),
            expect("2016", "formed"),
            expect("2024-11", "asian", planned=True),
            expect("../2024-09-30", "squad", planned=True),
            expect("2025-08-07/2025-08-10", "championship", planned=True),
        ),
    ),
    Text(
        "strand-colne-natives",
        "oyster fishery company release",
        date(2024, 10, 10),
        """NEWS RELEASE
For immediate use

Native oysters back on the menu as Strand & Colne season opens strongly

The Strand & Colne Oyster Company, which farms and dredges oysters on the Colne estuary at
Wivenham Mere, reports a strong start to the native oyster season, which opened on 1 October.
Early dredging has found healthy, well-fattened stock on all six of the company's laying grounds.

It is a welcome recovery after a difficult year. The company's beds were closed from 14 February
to 2 April this year, after routine water sampling by the harbour authority detected norovirus
following heavy rain and sewage overflows upstream. No oysters from the affected beds reached the
market.

"Those seven weeks were the hardest in my time here," said managing director Corin Abbs, whose
family has worked the creek for four generations. "But the water is clean, the oysters are as
good as I have seen them, and our customers have come back."

In March the company's several order, the licence that gives it the exclusive right to cultivate
shellfish on 220 hectares of the estuary, was renewed for a further ten years.

Looking ahead
A new depuration plant at the company's packing shed on Hythe Quay will be commissioned in
January, doubling the number of oysters that can be purified each day. The Wivenham Mere Oyster
Festival returns to the quay on Saturday 19 October, with shucking demonstrations, live music and
a tasting marquee.

ENDS

Notes to editors
* The Strand & Colne Oyster Company was founded in 1879 by the merchant Josiah Strand and the
  dredgerman-turned-dealer Abel Colne. It opened its oyster bar on Hythe Quay in 2008.
* Oyster fishing rights on the Colne estuary have been held by the borough of Wivenham since 1702;
  the company leases them from the borough.
* The estuary's wild native beds were almost wiped out by disease in 1921 and have been restocked
  only slowly.
* The native oyster (Ostrea edulis) is a priority species for conservation; the company's
  restoration work is carried out with the Colne Estuary Partnership.

Press contact: Hollie Vane, 01632 960 251""",
        (
            expect("2024-10-01", "season", "opened"),
            expect("2024-02-14/2024-04-02", "closed"),
            expect("2024-03", "renewed"),
            expect("2025-01", "depuration", planned=True),
            expect("2024-10-19", "festival", planned=True),
            expect("1879", "founded"),
            expect("2008", "oyster bar"),
            expect("1702/..", "rights"),
            expect("1921", "disease"),
        ),
    ),
    Text(
        "harnett-stoke-daybook",
        "wheelwright's day book",
        None,
        """DAY BOOK No. 4.   JAS. HARNETT, WHEELWRIGHT & CARPENTER, STOKE ABBAS.

                                                                           L.  s.  d.
1863.
Jany 5th. Mon.  Jno Pettit, Lower Farm. To a new pr of wheels for his dung
                cart, ash felloes, elm stocks & oak spokes. Tyres put on
                by Saml Ruddle smith, his charge included.                 3. 10.  0
Jany 9th. Fri.  Revd Mr Ashby. To tyreing 2 wheels of his gig & a new
                linch pin, & mending ye shaft wch his man broke agst ye
                gate post.                                                 0.  7.  6
Feby 2nd. Mon.  Snow very deep. Shop shut. Walked to Lydford to Squire
                Hale's sale & bought 3 ash planks & a lot of seasoned
                spokes.                                                    1.  4.  0
                Pd carrier for fetching same.                              0.  1.  6
Mar 25th.       Lady Day. Pd Mr Cole half yrs rent of shop & yard.         4.  0.  0
Apl 11th. Sat.  Wm Dance, son of Thos Dance of this parish, bound
                apprentice to me for 7 yrs. Premium recd of his father.    5.  0.  0
May 1st to 6th. At Hallow Court with ye boy, mending ye timber carriage.
                New bolster & 4 spokes. 5 days self at 4s. 6d., boy 1s.    1.  7.  6
Jun 3rd.        Jno Pettit pd his acct in full.                            3. 10.  0
                Mem. Mrs Ashby's new pony trap to be ready by 20th inst.
                Painted & lined in red, same as ye Revd's gig. Body of
                ash, panels of deal, & to have a hood if she will pay.

Memoranda at ye back of ye book.
Father set up this shop abt 1831, in ye old malthouse by ye pound, having
served his time at Wincombe. Grandfather's bench, wch I still use, was made I
think in 1794, but Mother could never say for certain.
Elm for stocks to be felled in ye winter only & laid by 3 yrs at ye least.
Ash for felloes, oak for spokes, never beech, it rots in ye wet.
A dished wheel runs true, a flat one will not. Mind ye boy learns it.
Owing to me at this time: Revd Mr Ashby, for ye gig, 7s. 6d. Farmer Lusk,
for a barrow wheel, 9s.""",
        (
            expect("1863-01-05", "wheels"),
            expect("1863-01-09", "gig"),
            expect("1863-02-02", "sale"),
            expect("1863-03-25", "rent"),
            expect("1863-04-11", "apprentice"),
            expect("1863-05-01/1863-05-06", "timber carriage"),
            expect("1863-06-03", "pettit"),
            expect("../1863-06-20", "trap", planned=True),
            expect("1831~", "shop"),
            expect("1794?", "bench"),
        ),
    ),
    Text(
        "skerran-puffin-census",
        "puffin colony survey report",
        date(2024, 11, 4),
        """SKERRAN ISLAND SEABIRD MONITORING PROGRAMME

Atlantic Puffin Fratercula arctica: colony survey report, 2024 breeding season
Report No. SIS/SB/24/03
Prepared by Nell Garvock and Ruairi Doan, Skerran Island Trust

1. SUMMARY
The Skerran puffin colony was counted in full this year for the first time in six years. The
previous full census was carried out in 2018. The number of apparently occupied burrows (AOB)
rose by 11 percent, to 3,870, and breeding productivity was moderate.

2. BACKGROUND
Puffins were first recorded breeding on Skerran probably in 1897, in a note by the lighthouse
keeper. Brown rats, which reached the island from a wrecked coaster, were removed in a programme
funded by the Trust, and the island has been rat-free since 2014.

3. METHODS
Burrows were counted between 28 April and 6 May, using the standard method of inspecting each
burrow for fresh digging, droppings or feathers. Productivity was estimated from a sample of 120
marked burrows, checked with a burrow camera.

4. RESULTS
4.1 Counts by sub-colony

    Sub-colony        AOB 2018    AOB 2024    Change
    North Slope          1,240       1,410      +14%
    West Cliff             980         930       -5%
    Garbh Stack            760         920      +21%
    Lighthouse Bank        510         610      +20%
    Total                3,490       3,870      +11%

4.2 Timing and productivity
The first birds were seen ashore on or about 2 April. A storm on 21 June flooded burrows on the
lower West Cliff, where 14 of the marked burrows failed. Productivity was sampled on 9 July and
was 0.61 chicks fledged per occupied burrow. The last birds had left the colony by 12 August.

5. DISCUSSION
The rise on the North Slope and Garbh Stack is consistent with the spread of birds into
rat-free ground. The fall on the West Cliff is probably due to erosion of the soil cap and to
the June storm.

6. RECOMMENDATIONS
The next full census will be carried out in 2030. Productivity monitoring should continue each
year, and fencing should keep visitors off the eroding edge of the West Cliff.""",
        (
            expect("2018", "census"),
            expect("1897?", "first recorded"),
            expect("2014/..", "rat-free"),
            expect("2024-04-28/2024-05-06", "counted"),
            expect("2024-04-02~", "ashore"),
            expect("2024-06-21", "storm"),
            expect("2024-07-09", "productivity"),
            expect("../2024-08-12", "left"),
            expect("2030", "census", planned=True),
        ),
    ),
    Text(
        "pellowe-sharp-refractors",
        "telescope maker's history",
        None,
        """Pellowe & Sharp: telescope makers of Bristol and Kelston

From a spectacle shop on Broad Quay to the great refractor of the Hallam Observatory, the firm of
Pellowe & Sharp made optical instruments for nearly a century. This history draws on the firm's
order books, drawings and letters.

Beginnings
Jonas Pellowe, the son of a Bristol glazier, served his apprenticeship with a London optician
before opening a spectacle shop on Broad Quay, Bristol, in 1841. He made his first telescope, a
three-inch brass refractor for a local surgeon, c. 1846, grinding the object glass himself in
the back room of the shop.

On 1 January 1855 he took into partnership Matthew Sharp, a mechanic from the Bristol locomotive
works, whose skill with the lathe gave the firm's mountings their reputation. Their equatorial
stands, driven by a falling-weight clock, were sold to amateur astronomers across the west of
England.

The great refractor
The firm's largest instrument, a 12-inch refractor for the Hallam Observatory, was delivered in
October 1883 after four years of work. Sharp figured its object glass by hand, testing it night
after night on the double stars of the summer sky. It remained in use until the observatory
closed, and it can still be seen there.

Kelston
Jonas Pellowe died in 1887, and the following year his son Edwin moved the works to a new
factory at Kelston, beside the railway, where steam power drove the grinding machines. The
shop on Broad Quay was kept as a showroom.

War and decline
From 1914 to 1918 the Kelston works made rangefinders and gunsights for the War Office, and the
staff grew to more than a hundred. After the war the demand for large telescopes fell away, and
German and American makers took much of the trade. The firm closed probably in 1932; no order
book survives after that year.

Legacy
The firm's order books, drawings and glass-working tools have been held by the county record
office since 1971. Several Pellowe & Sharp telescopes survive in museums, and a few are still
used by astronomical societies, their brass tubes polished by generations of members.""",
        (
            expect("1841", "spectacle shop"),
            expect("1846~", "first telescope"),
            expect("1855-01-01", "partnership"),
            expect("1883-10", "refractor"),
            expect("1887", "died"),
            expect("1888", "moved"),
            expect("1914/1918", "rangefinders"),
            expect("1932?", "closed"),
            expect("1971/..", "held"),
        ),
    ),
    Text(
        "govid-outage-statement",
        "digital minister's statement",
        None,
        """Department for Digital Government

Statement by the Minister for Digital Services, Tamsin Achterberg, on the GovID outage and the
next steps for digital public services

26 February 2025

Mr Speaker, with permission, I will make a statement on the failure of the GovID sign-in service
on Saturday and on the next steps for our digital programme.

On Saturday, for just under nine hours, people could not sign in to 41 public services,
including tax, benefits and vehicle licensing. Around 380,000 attempts to sign in failed. I want
to apologise to every one of them. That should not have happened, and it must not happen again.

Yesterday I published the independent review of the outage by Professor Idris Mallory. It finds
that an expired security certificate on a single server brought down the whole service, and that
no one had been given clear ownership of renewing it. I accept all twelve of its
recommendations, and the first four have already been carried out.

Mr Speaker, this failure must not stop the progress we have made. The new GovID app, tested in a
pilot with 60,000 users from September to December 2024, will launch on Monday 3 March. It has
been built so that no single certificate can take it down. The legacy Gateway portal will be
switched off by 30 June, once every service has moved across.

This government has been delivering its digital strategy since 2021. The Data Act, passed in
November 2023, gave citizens the right to see which departments hold their data. Gigabit
broadband reached 78 percent of premises in December 2024.

A public consultation on standards for digital identity is open now and closes on 14 March. I
urge every member of this House to encourage their constituents to respond.

I commend this statement to the House.""",
        (
            expect("2025-02-22", "outage"),
            expect("2025-02-25", "review"),
            expect("2024-09/2024-12", "pilot"),
            expect("2025-03-03", "app", planned=True),
            expect("../2025-06-30", "portal", planned=True),
            expect("2021/..", "strategy"),
            expect("2023-11", "data act"),
            expect("2024-12", "broadband"),
            expect("2025-03-14", "consultation", planned=True),
        ),
    ),
    Text(
        "whiskers-fins-news",
        "pet shop's HTML page",
        date(2025, 4, 7),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News &amp; events - Whiskers &amp; Fins, Bramley Cross</title>
<link rel="stylesheet" href="/css/shop.css">
</head>
<body>
<header class="site-header">
<img src="/img/logo.png" alt="Whiskers &amp; Fins pet shop logo">
<nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/news">News &amp; events</a></li><li><a href="/contact">Find us</a></li></ul></nav>
</header>
<main>
<h1>News &amp; events</h1>
<section id="events">
<h2>Coming up</h2>
<ul>
<li><strong>Puppy socialisation classes</strong> restart on Saturday 12 April at 9.30am in
the training room upstairs. Six weeks, &pound;60, for vaccinated pups aged 10 to 18 weeks.</li>
<li>The shop will be <strong>closed for stocktaking</strong> on Monday 21 April. Sorry!</li>
<li><strong>Rabbit adoption weekend</strong> with Bramley Rabbit Rescue on 26 and 27 April.
Come and meet the bonded pairs looking for a new home.</li>
</ul>
</section>
<section id="news">
<h2>Shop news</h2>
<p>Our aquarium room closed on 17 March for a full refit, with new filtration and bigger
quarantine tanks. We'll post the reopening date here as soon as the plumbers have finished.</p>
<p>We were thrilled to be named Independent Pet Retailer of the Year for the South West last
November. Thank you to everyone who voted for us!</p>
<p>Our licence to sell reptiles was renewed by the council in January after its inspection,
with top marks for our heating and lighting set-ups.</p>
</section>
<section id="about">
<h2>About us</h2>
<p>Whiskers &amp; Fins was opened by Gwen and Barry Tollet in 1994 in a tiny unit on Mill Lane.
We moved to our current home at 14-16 Market Street in May 2016, and we have been stocking
tropical and coldwater fish since 2002. Our staff are happy to give advice on feeding, housing
and health for every animal we sell.</p>
</section>
</main>
<footer>
<p>Whiskers &amp; Fins, 14-16 Market Street, Bramley Cross. Open Mon-Sat 9-5.30, Sun 10-4.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-04-12", "classes", planned=True),
            expect("2025-04-21", "stocktaking", planned=True),
            expect("2025-04-26", "adoption", planned=True),
            expect("2025-04-27", "adoption", planned=True),
            expect("2025-03-17", "aquarium"),
            expect("2024-11", "retailer"),
            expect("2025-01", "licence"),
            expect("1994", "opened"),
            expect("2016-05", "moved"),
            expect("2002/..", "fish"),
        ),
    ),
    Text(
        "tanners-row-licence",
        "HMO licence decision",
        None,
        """WESTBURN CITY COUNCIL
Private Sector Housing Team

HOUSING ACT 2004, PART 2
DECISION TO GRANT A LICENCE FOR A HOUSE IN MULTIPLE OCCUPATION

Licence reference:    HMO/2024/0671
Property:             41 Tanner's Row, Westburn WB3 7LH
Licence holder:       Mr Kenji Adeyemi-Stroud
Maximum occupation:   6 persons in 6 households
Date of decision:     18 March 2025

1. The application
1.1 An application for a licence was received on 2 October 2024 from Mr Adeyemi-Stroud, the
freeholder of the property.
1.2 The property has been let as a house in multiple occupation since 2016. Its previous licence
expired on 30 September 2024.
1.3 An officer of the Council inspected the property on 14 November 2024. The officer found the
property in a generally good condition, but noted that the doors to bedrooms 2 and 5 were not
fire doors and that the kitchen was too small for six occupiers.

2. Proposal and representations
2.1 The Council served a notice of its proposal to grant a licence, with conditions, on 17 January
2025.
2.2 Representations were received from the applicant's agent on 3 February 2025, objecting to
proposed condition 4, which would have limited the occupation to five persons until the kitchen
was enlarged.
2.3 The Council has considered the representations and accepts that a second cooker and extra
worktop, now fitted, make the kitchen adequate for six. Condition 4 is withdrawn.

3. Decision
3.1 On 18 March 2025 the Council decided to grant the licence subject to the conditions in the
schedule below. The licence will be in force for five years.

Schedule of conditions (extract)
(a) Fire doors with self-closers must be fitted to bedrooms 2 and 5 by 30 June 2025.
(b) A gas safety certificate must be provided to the Council each year.
(c) Smoke alarms must be kept in working order and tested at each change of occupier.

4. Right of appeal
You may appeal against this decision to the First-tier Tribunal (Property Chamber). An appeal
must be made within 28 days of the date of this decision, that is by 15 April 2025.

Signed: R. Okonjo-Hale
Senior Environmental Health Officer, for the Director of Housing""",
        (
            expect("2024-10-02", "application"),
            expect("2016/..", "multiple occupation"),
            expect("2024-09-30", "expired"),
            expect("2024-11-14", "inspected"),
            expect("2025-01-17", "proposal"),
            expect("2025-02-03", "representations"),
            expect("2025-03-18", "grant"),
            expect("../2025-06-30", "fire doors", planned=True),
            expect("../2025-04-15", "appeal", planned=True),
        ),
    ),
    Text(
        "harwell-tobias-hangings",
        "tapestry history",
        None,
        """The Harwell Hangings

The Harwell Hangings are a set of six wool and silk tapestries telling the story of Tobias and the
Angel, now in the collection of the Merrow Museum of Textiles. They are among the largest
sixteenth-century tapestries to have survived in a private English house into the twentieth
century.

Origins
The set was woven in Tournai, probably in 1521, to designs attributed to the workshop of the
painter known as the Master of the Orchard. An inscription in the border of the fourth piece,
"AVE MARIA MDXXI", has long been read as the date of the weaving, although some scholars argue
that it records the date of the designs instead.

At Harwell
The hangings came to England c. 1600, when they were bought by Sir Anselm Harwell, a wool
merchant knighted by James I, for the long gallery of his new house. They appear in an inventory
of the house taken in 1638, valued at 300 pounds and described as "the best stuff in the house".
During the Civil War the family hid them in the cellars in 1643, which probably saved them from
the soldiers who stripped the chapel.

In 1761 the tapestries were cut down to fit the panelled walls of the new saloon, and two of the
borders were made into chair covers. They stayed at Harwell until the house was sold after the
death of the last baronet. The set was sold at auction in London on 14 May 1923 and bought by the
textile collector Edith Merrow.

Conservation and display
The six pieces were conserved at the Merrow studio from 1986 to 1991. The work reunited the cut
borders with the main panels where they survived, and replaced the coarse linen linings of the
eighteenth century. They have been on permanent display in the Tobias Gallery since 1992.

The set will travel to the Tournai tapestry museum for an exhibition in 2026, its first return
to the city where it was woven.

Description
Each piece measures about 4.2 m high. The borders show fruit, flowers and small animals on a dark
blue ground, and the fields are rich in silk highlights, now faded from red to a pale pink.""",
        (
            expect("1521?", "woven"),
            expect("1600~", "bought"),
            expect("1638", "inventory"),
            expect("1643", "hid"),
            expect("1761", "cut"),
            expect("1923-05-14", "auction"),
            expect("1986/1991", "conserved"),
            expect("1992/..", "display"),
            expect("2026", "exhibition", planned=True),
        ),
    ),
    Text(
        "plough-delverton-fixtures",
        "shove ha'penny fixtures card",
        date(2024, 9, 2),
        """DELVERTON & DISTRICT SHOVE HA'PENNY LEAGUE

        PLOUGH INN "A"  -  FIXTURES, SEASON 2024-25
                  SEPTEMBER - NOVEMBER CARD

Captain: Len Sowerby (01632 960 381)       Vice-captain: Maureen Platt

  DATE          OPPONENTS                 H/A    RESULT      BOARD AT
  ------------  ------------------------  -----  ----------  -----------
  Tue 17 Sep    Crown "B"                 H      ....-....   Plough
  Tue 24 Sep    Bell                      A      ....-....   Bell
  Tue  1 Oct    Anchor                    H      ....-....   Plough
  Tue  8 Oct    CUP RD 1 v Crown "A"      A      ....-....   Crown

  Later league fixtures will be on the second card, out at the October meeting.

KEY DATES
  The AGM was held at the Bell on Friday 2 August; all officers were re-elected.
  The Summer Knock-Out final was played on Tuesday 27 August: Plough "A" 7, Crown "A" 4.
  Well played all!
  Entries for the Singles Championship must reach the Secretary by Friday 1 November.
  The Singles Championship will be played on Friday 15 and Saturday 16 November in the Anchor
  function room.

NOTES
  1. Matches start at 8.15 pm sharp. Teams of nine; each player shoves one frame of five coins
     against his or her opponent, best of three beds.
  2. Home team supplies the board, chalk and sandwiches.
  3. Results to the Results Secretary by Thursday noon after each match, by phone or in the box
     at the Bell.
  4. Any dispute to be settled by the captains on the night; if not, to the committee.

The league was founded in 1952 with six teams from the villages around Delverton. We now
have fourteen, and new players of every age are always welcome.

Hon. Secretary: Doreen Cass, 3 Mill Row, Delverton (01632 960 512)
Results Secretary: Alf Minns (01632 960 907)""",
        (
            expect("2024-09-17", "crown", planned=True),
            expect("2024-09-24", "bell", planned=True),
            expect("2024-10-01", "anchor", planned=True),
            expect("2024-10-08", "cup", planned=True),
            expect("2024-08-02", "agm"),
            expect("2024-08-27", "knock-out"),
            expect("../2024-11-01", "entries", planned=True),
            expect("2024-11-15", "singles", planned=True),
            expect("2024-11-16", "singles", planned=True),
            expect("1952", "founded"),
        ),
    ),
)
