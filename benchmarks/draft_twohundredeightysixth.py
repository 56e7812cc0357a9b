"""The two-hundred-and-eighty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a ferry suspension
notice, an Eton fives tournament report, a honey producer company release, a glover's day book
of the 1810s, a sand lizard survey report, a glass eye maker's history, an agriculture
minister's statement, a yoga studio's HTML page, a taxi licence decision, a kilim weaving
history and a skittles league fixtures card. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025", "late
July") are left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYSIXTH_CORPUS",)


TWOHUNDREDEIGHTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "vellmoor-spillway-crack",
        "wire story",
        None,
        """Crack in dam spillway forces hundreds from homes below Vellmoor reservoir

HARROWMERE, March 19, 2025 (Coastwire) - About 1,200 people living below the Vellmoor
reservoir were ordered to leave their homes on Wednesday after engineers found a crack running
across the dam's concrete spillway, the county emergency office said.

The crack, roughly 14 metres long, was spotted by a water board inspector on Tuesday afternoon
during a routine walk along the crest. Officials stressed that the earth embankment itself
showed no sign of movement.

"We are not expecting a failure, but we are not going to gamble with people's lives," county
emergency chief Petra Halloran told reporters in a school gym in Harrowmere that has been
turned into a shelter. Volunteers were handing out blankets and soup late into the evening.

Vellmoor Water, which acquired the reservoir from the county in 2004, said it had opened all
three draw-off valves and expected to lower the water by at least four metres by Friday. Pumps
borrowed from a neighbouring utility were on their way, a spokeswoman said.

The dam was built about 1931 to supply the mill towns of the lower valley. It was last
inspected in full in October 2023, when engineers reported "minor spalling" on the spillway
face. A smaller crack in the same structure was repaired in 2012.

The company has monitored the embankment with remote sensors since 2019 and said the readings
had been normal "right up to this week".

The county council will hold an emergency session on Thursday to discuss the cost of the
evacuation and of putting families up in hotels. Halloran said residents would not be allowed
back before the water had fallen, and possibly not until the weekend.

The regional environment agency said it had sent its own engineers to the site.

The reservoir holds about 9 million cubic metres when full. Each spring the water board
usually raises the level again after the winter drawdown, a practice critics have questioned
for years.

(Reporting by Colm Ferris; Editing by Aud Lindqvist)""",
        (
            expect("2025-03-19", "ordered"),
            expect("2025-03-18", "spotted"),
            expect("2004", "acquired"),
            expect("../2025-03-21", "lower", planned=True),
            expect("1931~", "built"),
            expect("2023-10", "inspected"),
            expect("2012", "repaired"),
            expect("2019/..", "sensors"),
            expect("2025-03-20", "council", "session", planned=True),
        ),
    ),
    Text(
        "corrigan-lessford-recycling",
        "press release",
        date(2025, 6, 10),
        """NEWS RELEASE

Corrigan Cell Recovery opens Lessford battery recycling plant

140 jobs created at Lessford Gate; second line to follow

LESSFORD - Corrigan Cell Recovery Ltd today opened its first full-scale battery recycling plant
at the Lessford Gate industrial park, creating 140 permanent jobs. The plant was formally
opened by the regional development commissioner, Hanna Velde, who unveiled a plaque made from
recovered aluminium.

The 40-million-euro plant can take in up to 20,000 tonnes of spent electric-vehicle batteries a
year and recover lithium, nickel and cobalt for reuse in new cells. Construction began in April
2023, and the first trial batch of shredded cells was processed on 14 May.

"Not long ago this site was a muddy field," said chief executive Tomas Brisk. "Today it is one
of the cleanest metal refineries anywhere, and every kilogram we recover is a kilogram that
does not have to be dug out of the ground."

Key facts

- Founded in 1987 as a scrap metal merchant in nearby Orrin Bay
- Pilot recycling line operating at Orrin Bay since 2019
- Supply partnership with Halden Motors signed in December 2024
- A second processing line is due to start in March 2026
- Full capacity of 20,000 tonnes a year is expected by the end of 2026

Commissioner Velde said the region had "bet early on the circular economy" and that the plant
showed the bet was paying off. The regional development fund contributed 6 million euros to
the project.

The company will hold an open day for local residents on Saturday 21 June, with guided tours
of the shredding hall every hour from 10:00. Places can be booked on the company's website.

About Corrigan Cell Recovery
Corrigan Cell Recovery Ltd is a privately owned company based in Orrin Bay. It employs 310
people at two sites and recovers battery metals for carmakers and cell manufacturers in six
countries.

Media contact:
Lise Farrant, Communications Manager
press@corrigan-cells.example | +44 1632 960 418

ENDS""",
        (
            expect("2025-06-10", "opened"),
            expect("2023-04", "construction"),
            expect("2025-05-14", "trial batch"),
            expect("1987", "founded"),
            expect("2019/..", "pilot"),
            expect("2024-12", "partnership"),
            expect("2026-03", "second", "line", planned=True),
            expect("../2026", "capacity", planned=True),
            expect("2025-06-21", "open day", planned=True),
        ),
    ),
    Text(
        "oslander-holloway-appeal",
        "court opinion",
        date(2024, 11, 12),
        """IN THE EMPLOYMENT APPEAL COURT

Appeal No. EAC/2023/0417

BETWEEN
MARGIT OSLANDER                                                                  Appellant
- and -
HOLLOWAY FREIGHT SERVICES LIMITED                                               Respondent

OPINION OF THE COURT
delivered by Lady Justice Pemberton

Introduction

1. This is an appeal against a decision of the Regional Employment Tribunal, sent to the parties
on 2 May 2023, which dismissed the appellant's claim of unfair dismissal. The appeal was argued
before us on 24 September 2024. We are grateful to counsel on both sides for their submissions.

Background

2. The appellant started work for the respondent as a transport planner on 3 January 2019. The
respondent has operated a written attendance policy since 2016, under which three unauthorised
absences in a rolling year "may" lead to dismissal.

3. On or about 17 August 2022 the appellant was dismissed at a meeting with the depot manager.
The letter confirming the dismissal bears no date, and the respondent's witnesses could not say
when it was sent.

4. The appellant presented her claim to the tribunal on 9 September 2022. The tribunal heard
evidence from 6 to 8 March 2023, including evidence from the appellant's general practitioner
about the reasons for two of the absences.

The timeliness point

5. Under rule 3(2) of the Appeal Rules, the notice of appeal was due no later than 30 May 2023.
It was lodged on 13 June 2023, two weeks out of time. The appellant was then without
representation and had been in hospital. The respondent does not suggest it was prejudiced by
the delay, and we extend time.

The merits

6. The tribunal treated the policy as if it required dismissal after a third absence. It does
not: the word used is "may". Having misread the policy, the tribunal never asked whether
dismissal was within the range of reasonable responses on the facts of this case. That is an
error of law, and it is enough to dispose of the appeal.

Disposal

7. The appeal is allowed. The claim is remitted to a differently constituted tribunal, and the
fresh hearing shall be listed no later than 31 March 2025.""",
        (
            expect("2023-05-02", "tribunal"),
            expect("2024-09-24", "argued"),
            expect("2019-01-03", "started"),
            expect("2016/..", "policy"),
            expect("2022-08-17~", "dismissed"),
            expect("2022-09-09", "claim"),
            expect("2023-03-06/2023-03-08", "evidence"),
            expect("../2023-05-30", "notice", "due"),
            expect("2023-06-13", "lodged"),
            expect("../2025-03-31", "fresh hearing", planned=True),
        ),
    ),
    Text(
        "orrisdale-canal-history",
        "encyclopedia history",
        None,
        """Orrisdale Canal

The Orrisdale Canal is a 23-mile (37 km) broad canal in the north of the county of Wenmarsh. It
runs from the tidal river at Orrisdale Quay to the former coal basin at Caddon Moor, rising
through 19 locks. The canal is navigable throughout and is used mainly by pleasure boats.

History

Origins and construction
A canal to carry coal from Caddon Moor to the sea was first proposed c. 1790 by a group of
colliery owners, but the scheme foundered for lack of money. An Act of Parliament authorising
the present line was obtained in 1802, and cutting began the following year under the engineer
Josiah Rendle, who had trained on the river navigations of the south.

The canal opened throughout on 14 May 1811, when a procession of eleven boats decked with flags
travelled from the basin to the quay. Tolls were set at a penny halfpenny per ton per mile.

Traffic and decline
In the 1840s the canal usually carried more than 300,000 tons of coal a year. Traffic probably
peaked in 1847; the Caddon Moor Railway opened the following year and began to take the coal
trade away. The canal company was bought by the Hexley Railway in 1862, and maintenance was
cut back.

Traffic dwindled through the early twentieth century. The canal closed to commercial traffic
on 30 September 1939, and several locks were later filled in.

Restoration
The Orrisdale Canal Society was formed in 1971 by boaters and local historians, and volunteers
began clearing the upper pounds that summer. The whole line reopened to navigation in 2008.
Since 2010 the canal has been managed by the Wenmarsh Waterways Trust, which leases it from the
county council.

See also
- Caddon Moor Railway
- Canals of Wenmarsh

References
1. Rendle, J. (1812). A Report on the Orrisdale Navigation. Orrisdale: Pask.
2. Harker, M. (1998). Coal and Water in Wenmarsh. Hexley: Vale Press. pp. 41-77.""",
        (
            expect("1790~", "proposed"),
            expect("1802", "act"),
            expect("1803", "cutting"),
            expect("1811-05-14", "opened"),
            expect("1847?", "peaked"),
            expect("1848", "railway"),
            expect("1862", "bought"),
            expect("1939-09-30", "closed"),
            expect("1971", "society"),
            expect("2010/..", "managed"),
        ),
    ),
    Text(
        "brackenfield-hockey-crown",
        "sports report",
        date(2025, 9, 14),
        """Brackenfield end eight-year wait for national crown

Marlow holds her nerve in shoot-out as holders Stanmere fall

By Ruth Okafor

Brackenfield Ladies won the national field hockey championship on Saturday, beating the holders
Stanmere 3-2 in a penalty shoot-out after a 1-1 draw at Farrow Park.

Captain Ines Marlow, who joined from the Dutch side HC Veerburg in January 2021, scored the
decisive shoot-out goal, sending the Stanmere goalkeeper the wrong way before lifting the ball
into the top corner.

Brackenfield last lifted the trophy in 2017, and this was only the fourth title in the history
of a club founded in 1923.

Stanmere had the better of the first half and took the lead through Keira Dunn's deflected
corner. Brackenfield were level within four minutes of the restart when Priya Athwal slid in at
the far post, and they might have won it in normal time had Athwal's late shot not clipped the
crossbar.

"We have talked about this for years," said head coach Alun Freer. "The girls deserved it for
the way they stuck at it when the shoot-out started badly."

Brackenfield reached the final with a 4-0 win over Castle Rigg in the semi-final on September
6, a match in which they never allowed their opponents a shot on goal.

Farrow Park has hosted the final since 2019, and a crowd of 3,850 watched on a warm, bright
afternoon.

The squad will parade the trophy through the town centre on Tuesday, finishing with a
reception at the town hall. There is little time to celebrate: Brackenfield open their European
campaign on October 4 against the Belgian champions Royal Ixelles.

Teams: Brackenfield - Holt; Marlow, Athwal, Ngata, Reyes, Pike, Okonjo, Varga, Lund, Shaw,
Cullen. Stanmere - Ibbs; Dunn, Farr, Kowal, Ames, Ruiz, Thorpe, Bello, Hart, Sims, Oduya.""",
        (
            expect("2025-09-13", "brackenfield", "championship"),
            expect("2021-01", "joined"),
            expect("2017", "lifted"),
            expect("1923", "founded"),
            expect("2025-09-06", "semi-final"),
            expect("2019/..", "hosted"),
            expect("2025-09-16", "parade", planned=True),
            expect("2025-10-04", "european", planned=True),
        ),
    ),
    Text(
        "marrick-thorne-ropeworks",
        "company history",
        None,
        """Marrick & Thorne - Our Story

Five generations of rope

The business that became Marrick & Thorne was founded about 1868, when Eli Marrick, a sailmaker's
son, began laying hemp rope in a walk behind the Anchor inn at Saltby. His first customers were
the herring boats of the harbour, and for a decade he made little else.

In 1891 the firm moved to the Dockside works, where the 300-yard covered ropewalk still stands.
Eli's son-in-law Walter Thorne joined the business soon afterwards, and it was incorporated as a
limited company, Marrick & Thorne Ltd, on 3 March 1904.

From 1914 to 1918 the works supplied towing hawsers and mooring lines to the navy, running day
and night with a workforce made up largely of women. A fire, probably in 1932, destroyed the
tarring shed and most of the company's early records - which is why so little is known of
Eli's first years.

Nylon and after

Marrick & Thorne made its first nylon rope in 1956 and, like most of the trade, stopped spinning
natural fibre soon after. The family sold the company to the Fellgate Group in 1988, but the
arrangement never settled, and the managers bought it back two years later.

Since 2015 we have made dynamic climbing ropes alongside our marine ranges, and today more than
half of what leaves Dockside goes to mountaineers and arborists rather than sailors.

What comes next

The old ropewalk is being restored with help from the county heritage fund, and we plan to open
a visitor centre there in 2026, with demonstrations of hand laying on the original machinery.
Visitors have always asked to look round; soon we will be able to say yes.

Marrick & Thorne Ltd, Dockside Works, Saltby. Registered in England No. 00081247.""",
        (
            expect("1868~", "founded"),
            expect("1891", "moved"),
            expect("1904-03-03", "incorporated"),
            expect("1914/1918", "navy"),
            expect("1932?", "fire"),
            expect("1956", "nylon"),
            expect("1988", "sold"),
            expect("1990", "bought"),
            expect("2015/..", "climbing"),
            expect("2026", "visitor centre", planned=True),
        ),
    ),
    Text(
        "tessary-lander-summary",
        "mission summary",
        date(2025, 11, 3),
        """MISSION SUMMARY - TESSARY-2 LUNAR LANDER AND ORBITER

Agency: Orlan Space Agency (OSA)        Status: orbiter operating; lander silent
Launch vehicle: Kova-3                  Landing site: Mare Vellum, 21.4 N 14.8 W

Overview
Tessary-2 is OSA's first attempt at a soft landing on the Moon. The mission was approved in
2019 after the partial success of the Tessary-1 orbiter, and combines an orbiter with a
1.1-tonne lander carrying a small rover.

Timeline
- Launch: the spacecraft was launched from the Tarn Point range on 14 February 2025.
- Cruise: after two trajectory corrections it entered lunar orbit on 9 March.
- Mapping: between 10 March and 30 June the orbiter mapped the landing region and both poles
  at a resolution of 40 cm.
- Landing: the lander separated and touched down on Mare Vellum two weeks after orbit insertion.
- Surface operations: the rover was deployed the following day and drove 212 metres in all.
- End of lander operations: the lander lost contact on or about 6 April, at local sunset. It was
  not designed to survive the lunar night, and no signal has been received since.

Results
The rover's spectrometer returned the first measurements of titanium-rich basalt made on the
surface by the agency. The orbiter's radar has found layering at depths of up to 30 metres
beneath the mare.

Current status and plans
The orbiter remains healthy with 18 kg of propellant left. It will lower its orbit from 1
December onwards to image the landing site at higher resolution. The science team's final
report is due by 31 March 2026. A successor mission, Tessary-3, which would return samples, is
expected to launch in 2028, subject to funding.

Contact: OSA Mission Operations, Tarn Point. Figures as of the date of this summary.""",
        (
            expect("2019", "approved"),
            expect("2025-02-14", "launched"),
            expect("2025-03-09", "orbit"),
            expect("2025-03-10/2025-06-30", "mapped"),
            expect("2025-03-23", "lander", "touched down"),
            expect("2025-03-24", "rover"),
            expect("2025-04-06~", "lost contact"),
            expect("2025-12-01/..", "lower", planned=True),
            expect("../2026-03-31", "report", planned=True),
            expect("2028", "tessary-3", planned=True),
        ),
    ),
    Text(
        "orchard-court-safety",
        "government statement",
        None,
        """MINISTRY OF HOUSING AND COMMUNITIES

Statement on the building safety inspection programme

Issued: Thursday 22 January 2026

The Minister for Housing, Delyth Carrow, today published the interim report of the national
building safety inspection programme and set out the next steps.

1. Background
The programme was launched on 5 May 2025, following the fire at Orchard Court in Wexbury on 3
February 2025, in which two residents died and forty families lost their homes. Combustible
cladding has been banned on new residential buildings over 11 metres since 2019; the Orchard
Court block was clad in 2007, before the ban.

2. Progress
By 31 December, inspectors had visited 412 buildings over 11 metres in height. Of these, 63
were found to need urgent remedial work and 9 were judged unsafe to occupy until fire watches
were in place. A public consultation on the proposed new rules closed on 14 November 2025 and
received more than 3,100 responses.

3. Funding
The Building Remediation Fund, which opened in March 2024, has so far paid out 118 million to
owners and management companies. The Minister confirmed that leaseholders will not be asked to
contribute to the cost of remediation.

4. Next steps
- New Building Safety Regulations will come into force on 1 April 2026.
- The Minister will meet residents' groups from Orchard Court and other affected blocks on
  Monday.
- The final report of the programme is expected by the end of September.

The Minister said: "No family should go to bed wondering whether their home is safe. The
inspections have told us where the problems are; now we must fix them, and quickly."

Notes to editors
The interim report is available on the Ministry's website. Figures are provisional and may be
revised.

Press Office, Ministry of Housing and Communities
ENDS""",
        (
            expect("2026-01-22", "interim report"),
            expect("2025-05-05", "programme", "launched"),
            expect("2025-02-03", "fire"),
            expect("2019/..", "banned"),
            expect("2007", "clad"),
            expect("../2025-12-31", "visited"),
            expect("2025-11-14", "consultation"),
            expect("2024-03", "fund"),
            expect("2026-04-01", "regulations", planned=True),
            expect("2026-01-26", "meet", planned=True),
            expect("../2026-09", "final report", planned=True),
        ),
    ),
    Text(
        "castlebridge-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Castlebridge library reopens after two-year refit | Castlebridge Courier</title>
<link rel="stylesheet" href="/css/courier.css">
</head>
<body>
<header class="masthead"><a href="/">Castlebridge Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article class="story">
<h1>Castlebridge library reopens after two-year refit</h1>
<p class="byline">By Martha Quill &middot;
<time datetime="2025-05-18">Sunday 18 May 2025</time></p>
<figure><img src="/img/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored domed reading room. Photo: Courier staff</figcaption></figure>
<p>Hundreds of people queued in the rain as Castlebridge Central Library reopened on Saturday
after a refit that took longer and cost more than anyone had planned.</p>
<p>The Edwardian building, built in 1908 with a gift from the shipowner Hector Lisle, closed in
January 2023 after water from a failed roof gutter brought down part of the reading-room
ceiling. It had already been damaged by a flood in 2021.</p>
<p>The borough council approved the 4.2 million pound restoration on 11 July 2022, but work was
held up for months while specialists repaired the plaster dome.</p>
<p>&ldquo;It is like getting an old friend back,&rdquo; said retired teacher Ann Devlin, who
has held a library card since she was six.</p>
<h2>What happens next</h2>
<ul>
<li>A cafe run by the Castlebridge Trust will open in June.</li>
<li>The library will open on Sundays from 1 September onwards.</li>
<li>The mobile library van that stood in for the building will be withdrawn by the end of
May.</li>
</ul>
<p>The library's own history display notes that the town's first subscription reading room
opened around 1852, in two rooms above a draper's shop on Bridge Street.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/news/museum-roof">Museum roof
appeal passes target</a></li></ul></aside>
</main>
<footer><p>&copy; Castlebridge Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-17", "reopened"),
            expect("1908", "built"),
            expect("2023-01", "closed"),
            expect("2021", "flood"),
            expect("2022-07-11", "approved"),
            expect("2025-06", "cafe", planned=True),
            expect("2025-09-01/..", "sundays", planned=True),
            expect("../2025-05", "van", planned=True),
            expect("1852~", "reading room"),
        ),
    ),
    Text(
        "kittiwake-inchmarra-suspension",
        "ferry suspension notice",
        None,
        """KESTREL SOUND FERRIES

SERVICE NOTICE No. 07/26
Route: Ardlaw - Inchmarra
Issued: Friday 20 February 2026

SUSPENSION OF SERVICE

Owing to a fault found in the port propulsion unit of MV Kittiwake during a routine check on 16
February, the Ardlaw - Inchmarra service will be suspended from Tuesday 3 March. The last
sailing before the suspension will be the 17:40 from Inchmarra on Monday 2 March.

Repairs will be carried out at the Dunhollow yard. The vessel is expected to return to service
by 27 March, subject to satisfactory sea trials. We will confirm the date of the first sailing
as soon as the yard can give it.

While the vessel is away, work on the Inchmarra slipway is scheduled for 9 to 13 March. The
slipway will be closed to all traffic, including small boats, on those days.

ALTERNATIVE ARRANGEMENTS

* Passengers: a chartered launch, the Selkie, will run three return sailings a day (Mon - Sat)
  from Ardlaw pier. Capacity is limited to 12 passengers a trip.
* Vehicles: no vehicle service can be provided. Hauliers should contact the freight desk.
* Medical appointments: islanders with hospital appointments should call the booking office;
  priority seats will be held on every launch sailing.

REFUNDS

Tickets and season passes for sailings during the suspension will be refunded in full. Claims
must be made no later than 30 April, using the form on our website or at the Ardlaw office.

PUBLIC MEETING

Company managers will meet islanders at Inchmarra Hall on Thursday 26 February at 7 pm to
answer questions about the suspension and the repair.

BACKGROUND

MV Kittiwake entered service in 1998 and was last overhauled in November 2022. She is one of
the oldest vessels in the fleet.

We apologise for the disruption this will cause.

Operations Manager, Kestrel Sound Ferries
Ardlaw Pier Office | Booking line 01632 960 771""",
        (
            expect("2026-02-16", "fault"),
            expect("2026-03-03", "suspended", planned=True),
            expect("2026-03-02", "sailing", planned=True),
            expect("../2026-03-27", "return", planned=True),
            expect("2026-03-09/2026-03-13", "slipway", planned=True),
            expect("../2026-04-30", "claims", planned=True),
            expect("2026-02-26", "meet", planned=True),
            expect("1998", "entered service"),
            expect("2022-11", "overhauled"),
        ),
    ),
    Text(
        "kingsbridge-open-fives",
        "Eton fives tournament report",
        date(2025, 3, 10),
        """FIVES: KINGSBRIDGE OPEN

Thorne and Akande regain the title in five-game thriller

The Kingsbridge Open returned to the three covered courts at Hollins School this weekend, and
for the third time in seven years the trophy went home with Dan Thorne and Femi Akande.

The Old Hollinsians pair won the final on Sunday against the Cambridge University first pair,
Rory Fell and Tom Ashdown, 12-9, 8-12, 10-12, 12-4, 12-10. Thorne and Akande also won the title
in 2019 and 2022, and few in the gallery doubted they would find a way back after trailing by
two games to one.

The deciding game was as tight as the score suggests. Fell's cutting from the top step gave the
students a 10-7 lead, but Akande, playing from the back of the court, began to find the
buttress with his returns, and Thorne finished the match with a blackguard into the pepperpot
that left both opponents standing.

Earlier in the day the semi-finals had gone largely to form, although the Cambridge pair needed
a fifth game to see off the holders, Sam Wray and Kit Lowther.

The Plate, for first-round losers, was decided on Saturday evening, when two schoolboys from
Ashcombe, Ollie Reid and Hamza Patel, beat a pair of veterans from the Nortonians 12-6, 12-8.
It was the first time an under-18 pair had won any event at the tournament.

The tournament was first held in 1962 and has been sponsored since 2014 by Hollins Brewery,
whose landlord at the Three Tuns kept the bar open long after the presentation. The courts
themselves were built about 1890 and are among the oldest still in regular use. The pepperpot
on court two carries a repair in brick of a different colour that no one can date.

Results
Final: D Thorne/F Akande (Old Hollinsians) bt R Fell/T Ashdown (Cambridge U) 3-2
Plate final: O Reid/H Patel (Ashcombe) bt J Meer/C Strang (Nortonians) 2-0

Coming up
The National Schools Championships take place at Hollins from 27 to 30 March, and Thorne and
Akande's next outing is the Open Doubles at Marlow Court on 12 April, an event in which they have
never gone beyond the quarter-finals.""",
        (
            expect("2025-03-09", "final"),
            expect("2019", "won"),
            expect("2022", "won"),
            expect("2025-03-08", "plate"),
            expect("1962", "first held"),
            expect("2014/..", "sponsored"),
            expect("1890~", "courts", "built"),
            expect("2025-03-27/2025-03-30", "schools", planned=True),
            expect("2025-04-12", "open doubles", planned=True),
        ),
    ),
    Text(
        "hesketh-hill-brambleford",
        "honey producer company release",
        None,
        """HESKETH HILL APIARIES - COMPANY ANNOUNCEMENT

Issued 8 July 2025

Hesketh Hill Apiaries to acquire Brambleford Bees

Hesketh Hill Apiaries, the family-owned honey producer based at Hesketh Farm, Upper Dunnock,
today announced an agreement to acquire Brambleford Bees, a smaller producer of raw and comb
honey in the Lune valley. Terms were not disclosed.

Brambleford was set up in 2009 by Clare and Joss Winthrop, who will stay on to run its 600
hives. The acquisition is expected to complete by 30 September, subject to the usual checks.

A family business
Hesketh Hill was founded in 1976 by Reg Hesketh, a shepherd who kept twelve hives in the corner
of a sheep field. The family thinks the first jars of Hesketh honey were sold at Kendlebury
market probably in 1978, although no accounts survive from those years. The company now runs
about 2,400 hives across three counties and packs its honey on the farm.

Hesketh Hill has kept a permanent apiary on Orme Moor, for heather honey, since 2011. In 2023 a
varroa outbreak cost the company almost a third of its colonies, and the business has since
invested in breeding mite-tolerant queens. It was certified organic on 2 May 2024.

Harvest outlook
Beekeepers report strong colonies after a warm spring. The heather honey harvest is expected to
start around 18 August, weather permitting. A new bottling hall is planned for spring 2026.

Managing director Nia Hesketh said: "Clare and Joss keep bees the way my grandfather did, and
that is exactly why we wanted to work with them. Brambleford honey will keep its own label."

Notes for editors
- Hesketh Hill Apiaries employs 34 people, rising to about 50 at harvest.
- Brambleford Bees employs six people.
- Photographs of the apiaries are available on request.

Contact: Owen Parry, Hesketh Hill Apiaries, Upper Dunnock. Tel. 01632 960 552""",
        (
            expect("2025-07-08", "acquire"),
            expect("2009", "brambleford"),
            expect("../2025-09-30", "complete", planned=True),
            expect("1976", "founded"),
            expect("1978?", "jars"),
            expect("2011/..", "orme moor"),
            expect("2023", "varroa"),
            expect("2024-05-02", "organic"),
            expect("2025-08-18~", "harvest", planned=True),
        ),
    ),
    Text(
        "partridge-glover-daybook",
        "glover's day book",
        None,
        """Day Book kept by Jno. Partridge, Glover & Breeches Maker,
at the Sign of the Hand, Fore Street, Wellingcote. Begun Jany. 1816.

Jany. 2d 1816. Tuesday.
  Sold to Mrs Lacy 2 prs Kid Gloves, white, & 1 pr Beaver for her Son ....... 0 . 9 . 6
  Mended Mr Cole's Riding Gloves, new thumbs .............................. 0 . 0 . 8

Jany. 9th. Tuesday.
  Recd of Revd Mr Amory in full of his Acct to Xmas last .................. 1 . 4 . 6
  (N.B. he grumbles at the price of Doeskin, as every year.)

Jany. 16. Bot of Wm Hext, Tanner, 3 doz. Lamb skins, dressed ............. 2 . 2 . 0
  Pd him 1 . 0 . 0 on acct, the rest at Lady Day.

Feby. 3d. Saturday.
  Paid Sarah Coombe for sewing 4 doz. prs at 3d. per pr ................... 0 . 12 . 0
  Her Daughter to sew for me likewise if she prove handy.

Feby. 14th. Wednesday.
  Mr Oakley's Livery Gloves, 6 prs, buff, for his Coachman & Footmen,
  promised for Saturday next. Cut this day.

Feby. 21. Shop shut this day, the Funeral of my Father, Jas. Partridge, aged 71,
  who was bound Apprentice in this Town abt. 1771 to old Mr Tovey & kept this Shop
  upwards of 40 years.

Mar. 25. Lady Day. Pd Rent to Mr Brand for the half year ................. 3 . 10 . 0
  Pd Wm Hext the remainder for skins ....................................... 1 . 2 . 0

Apl. 6th. The new Cutting Board from Jos. Teague, put up on or abt the 4th inst.,
  is a great improvement upon the old. Pd Teague ........................... 0 . 15 . 0

May 1st. Took Thos. Pike, son of the late Saml. Pike, Carrier, Apprentice
  for 7 years. Recd with him of the Parish ................................. 5 . 0 . 0

Memdm. To go to Worcester Glove Fair on the 20th inst. with 10 doz. prs,
  & to call upon Mr Dent the Leather Factor while there.""",
        (
            expect("1816-01-02", "lacy"),
            expect("1816-01-09", "amory"),
            expect("1816-01-16", "lamb skins"),
            expect("1816-02-03", "coombe"),
            expect("1816-02-17", "oakley", planned=True),
            expect("1816-02-21", "funeral"),
            expect("1771~", "apprentice"),
            expect("1816-03-25", "rent"),
            expect("1816-04-04~", "cutting board"),
            expect("1816-05-01", "pike"),
            expect("1816-05-20", "fair", planned=True),
        ),
    ),
    Text(
        "coldharbour-sand-lizard",
        "sand lizard survey report",
        None,
        """COLDHARBOUR COMMON SSSI
Sand lizard (Lacerta agilis) survey 2025 - summary report

Prepared for: Wenmarsh Heathland Partnership
Prepared by: R. Achterberg MCIEEM, Hollybank Ecology
Report ref.: HE/2025/031   Issue: final   Date: 30 October 2025

1. Introduction
1.1 Sand lizards were released on Coldharbour Common in 1996 and 1997 from captive-bred stock,
as part of the national reintroduction programme. The previous full survey of the site was made
in 2019 (Hollybank Ecology, report HE/2019/012).

1.2 A heath fire on or about 9 July 2022 burnt 4.6 ha of mature heather in compartment C3, which
held the largest known group of lizards at the last survey.

2. Methods
2.1 Fourteen visits were made between 22 April and 19 September 2025, in suitable weather
(air temperature 12-20 C, sunny intervals, light wind). Sun-facing banks were walked slowly
along fixed transects, and artificial refugia (40 roofing felt squares) were checked.

3. Results
3.1 The first basking male of the year was recorded on 24 April. Hatchlings were first seen on
28 August, on the sandy track edge in C1.

Table 1. Peak counts by compartment
  Compartment   Adults   Sub-adults   Hatchlings   Burnt
  C1                11            4           17   no
  C2                 6            2            5   no
  C3                 2            1            0   yes
  C4                 8            3            9   no

3.2 The population appears stable overall, but C3 has not been recolonised.

4. Management
4.1 Conservation grazing by Exmoor ponies has taken place on the common since 2015 and has
kept birch and pine seedlings in check on the open heath.

4.2 Scrub clearance on the south bank of C3 is to be completed by 28 February 2026, before
lizards emerge from hibernation. New sand scrapes for egg-laying should be cut at the same time.

5. Recommendations
5.1 A repeat full survey is scheduled for 2027. Refugia should be left in place until then.""",
        (
            expect("1996", "released"),
            expect("1997", "released"),
            expect("2019", "previous", "survey"),
            expect("2022-07-09~", "fire"),
            expect("2025-04-22/2025-09-19", "visits"),
            expect("2025-04-24", "basking male"),
            expect("2025-08-28", "hatchlings"),
            expect("2015/..", "grazing"),
            expect("../2026-02-28", "scrub", planned=True),
            expect("2027", "repeat", planned=True),
        ),
    ),
    Text(
        "ferrand-ocularist-history",
        "glass eye maker's history",
        None,
        """Ferrand & Sons, Ocularists: a short history

Beads before eyes

The Ferrand family were glass workers long before they made eyes. Pierre Ferrand was blowing
beads and buttons in the village of Saint-Amel c. 1785, and his grandson Louis learned the lamp
at the same bench. Louis made his first artificial eye probably in 1832, for a neighbour who
had lost an eye to a flying splinter; the family story says it was blue and far too large.

Louis moved to Brellingham in 1840 and set up a workshop in Cutler's Row, fitting eyes for
surgeons at the infirmary. In the 1840s he travelled a great deal, visiting patients in country
houses with a case of some two hundred stock eyes from which the nearest match was chosen.

Louis Ferrand died on 14 February 1871. His sons Henri and Paul took over the business the
following year and renamed it Ferrand & Sons, the name it has kept ever since.

War and after

Between 1915 and 1919 the firm made more than 4,000 eyes for wounded servicemen, working from
moulds and charts sent by army hospitals. Paul's daughter Madeleine, who trained at the bench
from the age of fourteen, ran the workshop through the second war and is remembered for refusing
to fit any eye she had not made herself.

Glass was slowly giving way to plastic. Ferrand & Sons made its first acrylic eye in 1948,
although it went on blowing glass eyes for patients who preferred them. The last of the
family's glass blowers, Madeleine's nephew Gilles, retired in 1994, and with him the
workshop's glass furnace went cold.

The archive

The firm's order books, tools and some 900 stock eyes have been on loan to the Brellingham
Museum of Medicine since 2002, where a reconstructed bench shows how an eye was blown, painted
and veined with fine red threads of glass.

Ferrand & Sons still fits acrylic eyes at Cutler's Row, by appointment.""",
        (
            expect("1785~", "beads"),
            expect("1832?", "first artificial eye"),
            expect("1840", "moved"),
            expect("1871-02-14", "died"),
            expect("1872", "took over"),
            expect("1915/1919", "4,000 eyes"),
            expect("1948", "acrylic"),
            expect("1994", "retired"),
            expect("2002/..", "loan"),
        ),
    ),
    Text(
        "carlane-flock-housing",
        "agriculture minister's statement",
        None,
        """DEPARTMENT OF AGRICULTURE, FOOD AND RURAL AFFAIRS

Statement by the Minister for Agriculture, Bronagh Tiernan TD, on avian influenza
in County Carlane

15 April 2026

I want to begin by thanking the farmers, vets and department staff who have worked through the
weekend to contain this outbreak.

Highly pathogenic avian influenza (H5N1) was confirmed on Monday in a flock of 28,000 laying
hens near Ballyduff, County Carlane. The birds have been humanely culled and a 3 km protection
zone and 10 km surveillance zone are in place around the premises.

This is the first case in a commercial flock in the county since the previous outbreak, in
November 2021, which cost the sector an estimated 14 million euro. I know how frightening this
is for poultry keepers who remember that winter.

The national housing order for all poultry came into force on 1 March and will stay in place
while the risk remains high. Zone restrictions will be reviewed no later than 30 April, on the
advice of the Chief Veterinary Officer.

I met the National Farmers' Council and the poultry producers' association on 9 April, and I have
listened to their concerns about cash flow. I can announce today that a compensation scheme for
affected keepers will open on Monday 20 April. Applications will be made online, and
department staff will help anyone who cannot do so.

The department ordered an emergency stock of vaccine in 2025 as a precaution. Vaccination is
not being used at present, but the option remains open.

Longer term, the Animal Health and Biosecurity Bill is expected to pass all stages in
parliament by the end of June. It will give the department new powers over the movement of
birds and equipment between farms.

Separately, I can confirm that advance payments under the basic income support scheme for 2026
will be made from 1 December onwards, as in previous years.

Ends.

Press Office, Department of Agriculture, Food and Rural Affairs, Kildavin House.""",
        (
            expect("2026-04-13", "confirmed"),
            expect("2021-11", "previous outbreak"),
            expect("2026-03-01", "housing order"),
            expect("../2026-04-30", "reviewed", planned=True),
            expect("2026-04-09", "met"),
            expect("2026-04-20", "compensation", planned=True),
            expect("2025", "vaccine"),
            expect("../2026-06", "bill", planned=True),
            expect("2026-12-01/..", "payments", planned=True),
        ),
    ),
    Text(
        "bethel-chapel-yoga",
        "yoga studio HTML page",
        date(2025, 10, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>News &amp; Timetable | Stillwater Yoga, Halsey</title>
</head>
<body>
<header><h1>Stillwater Yoga</h1>
<p class="tagline">Breathe. Move. Rest. In the old Bethel Chapel, Halsey.</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/classes">Classes</a></li>
<li><a href="/news" class="active">News</a></li><li><a href="/contact">Contact</a></li></ul>
</nav></header>
<main>
<section id="about">
<h2>About us</h2>
<p>Stillwater opened in March 2014 in a room above the Halsey co-op, with six mats and a kettle.
Our founder, Juno Ashworth, trained at the Sundara ashram in 2009 after ten years as a
nurse.</p>
<p>We have been in the old Bethel Chapel on Mill Lane since 2018. The light through the long
windows is still our favourite thing about the place.</p>
<p>We celebrated our tenth birthday with a candlelit class and far too much cake on 15 March
2024. Thank you to everyone who came.</p>
</section>
<section id="news">
<h2>Coming up</h2>
<ul>
<li><strong>Saturday:</strong> Slow Flow and Yin workshop with Juno, 10.00-12.30. Two places
left.</li>
<li><strong>Beginners' course:</strong> our six-week course starts on Monday at 6.30 pm. No
experience needed; mats and blocks provided.</li>
<li><strong>Studio closed 13-19 October</strong> while the chapel floor is sanded and
re-oiled. Online classes carry on as normal.</li>
<li><strong>Autumn retreat:</strong> 7-9 November at Greyhope Farm, with walks, silence and
good food. Full details and booking on the retreat page.</li>
</ul>
<p>Most weekday classes run every morning at 7.00, and the Friday evening restorative class
usually fills up, so please book ahead.</p>
<h3>Good to know</h3>
<p>Please arrive ten minutes early, leave shoes in the porch and let your teacher know about any
injuries. The chapel is heated, but bring a layer for relaxation at the end of class.</p>
</section>
</main>
<footer><p>Stillwater Yoga, Bethel Chapel, Mill Lane, Halsey &middot;
<a href="mailto:hello@stillwater.example">hello@stillwater.example</a></p></footer>
</body>
</html>""",
        (
            expect("2014-03", "opened"),
            expect("2009", "trained"),
            expect("2018/..", "chapel"),
            expect("2024-03-15", "tenth birthday"),
            expect("2025-10-04", "workshop", planned=True),
            expect("2025-10-06", "beginners", planned=True),
            expect("2025-10-13/2025-10-19", "closed", planned=True),
            expect("2025-11-07/2025-11-09", "retreat", planned=True),
        ),
    ),
    Text(
        "kempe-hackney-revocation",
        "taxi licence decision",
        date(2024, 5, 9),
        """WENMARSH BOROUGH COUNCIL
LICENSING SUB-COMMITTEE - DECISION NOTICE

Reference:       LIC/HC/24/0193
Licence holder:  Mr Dariusz Kempe
Licence:         Hackney carriage driver's licence No. HD-4471
Members:         Cllr S. Onions (Chair), Cllr P. Gadd, Cllr R. Mistry

1. The Sub-Committee met on 7 May 2024 to consider whether Mr Kempe's licence should be revoked
under the Council's hackney carriage licensing powers. Mr Kempe attended and was represented by
his union.

2. Mr Kempe has held a hackney carriage driver's licence from the Council since 2011. His
current licence was renewed on 1 October 2022. In 2017 he received a written warning after
refusing a short fare at the station rank.

3. On or about 16 February 2024 a passenger complained that Mr Kempe had driven at excessive
speed on the ring road while using a mobile phone, and had been abusive when asked to slow
down. The passenger gave a statement and dashboard footage was obtained from a following
vehicle.

4. Mr Kempe was cautioned by the police on 2 March 2024 for using a hand-held phone while
driving. The Council suspended his licence with immediate effect on 8 March 2024 pending
this hearing.

5. Mr Kempe told the Sub-Committee that he had been under strain and that the call concerned
a family emergency. Members accepted that he was genuinely sorry but were not satisfied that
he had shown the judgement expected of a driver entrusted with the safety of the public.

DECISION
6. The licence is revoked. The revocation will take effect on 31 May 2024. If Mr Kempe wishes
to appeal to the magistrates' court, the appeal must be lodged no later than 30 May 2024, in
which case the revocation will not take effect until the appeal is decided.

7. Any future application will be considered on its own merits, having regard to the
Council's policy on the suitability of drivers.

Signed: Licensing Officer, on behalf of the Sub-Committee""",
        (
            expect("2024-05-07", "sub-committee"),
            expect("2011/..", "held"),
            expect("2022-10-01", "renewed"),
            expect("2017", "warning"),
            expect("2024-02-16~", "complained"),
            expect("2024-03-02", "cautioned"),
            expect("2024-03-08", "suspended"),
            expect("2024-05-31", "revocation", planned=True),
            expect("../2024-05-30", "appeal", planned=True),
        ),
    ),
    Text(
        "sarevan-valley-kilims",
        "kilim weaving history",
        None,
        """Sarevan kilims

Sarevan kilims are flat-woven rugs and bags made by the women of the villages of the upper
Sarevan valley. They are known for their slit-tapestry weave, their bold stepped medallions and
a deep madder red that collectors call "Sarevan rose".

Early history
Weaving in the valley is certainly much older than any surviving piece. The oldest Sarevan
kilim now known, a long runner in the Holt Museum, carries a woven inscription giving the
year 1773. In the 1840s, travellers reported, kilims usually covered the floors of every house,
but few pieces from that time have survived hard daily use.

Dyes and trade
Synthetic dyes reached the valley about 1880, carried by pedlars from the coast, and for a
generation the old madder and weld colours were largely abandoned. The Armenian merchant
Ohannes Berberian opened a depot in the market town of Kalvar in 1891 and began sending bales
of kilims to dealers abroad. A group of Sarevan pieces shown at the Lorant Exhibition of 1906
won a silver medal and first brought the name to buyers in western Europe.

Twentieth century
The earthquake of 3 April 1927 destroyed many of the looms in the upper villages. A government
weaving school opened in Kalvar, probably in 1932, with the aim of standardising designs for
export. Its teachers favoured copies of Persian carpets, and many weavers resented it. The
Sarevan Weavers' Cooperative was founded in 1958 and still buys from some 300 households.

Revival
Since 1984 a group of weavers led by Anahit Sarkissian has worked to revive natural dyeing,
growing madder again in the valley and recording the old patterns from elderly women before
they were lost. Sarevan kilim weaving was added to the national register of intangible heritage
in 2016.

See also: Slit-tapestry weave; Madder; Kalvar.""",
        (
            expect("1773", "oldest"),
            expect("1880~", "synthetic dyes"),
            expect("1891", "depot"),
            expect("1906", "exhibition"),
            expect("1927-04-03", "earthquake"),
            expect("1932?", "weaving school"),
            expect("1958", "cooperative"),
            expect("1984/..", "revive"),
            expect("2016", "register"),
        ),
    ),
    Text(
        "wheatsheaf-wanderers-fixtures",
        "skittles league fixtures card",
        date(2025, 8, 30),
        """VALE OF ORRIN SKITTLES LEAGUE                                          (est. 1954)

            WHEATSHEAF WANDERERS  -  Ladies' Division Two
                 FIXTURES TO CHRISTMAS, SEASON 2025-26

   All matches Fridays, 8.00 pm sharp unless shown.  H = home (Wheatsheaf alley)

   DATE          OPPONENTS                      H/A    ALLEY
   -----------   ----------------------------   ---    ---------------------------
   Fri 19 Sep    Plough Pinkers                  H     Wheatsheaf, Orrin Magna
   Fri  3 Oct    Red Lion Rollers                A     Red Lion, Orrin St Mary
   Fri 17 Oct    Bell Belles                     H     Wheatsheaf, Orrin Magna
   Fri 31 Oct    CUP Rd 1: Fox & Hounds Foxes    A     Fox & Hounds, Nethercombe
   Fri 14 Nov    Station Stompers                A     Railway Inn, Halt Lane
   Sat 13 Dec    CHRISTMAS SOCIAL & RAFFLE - partners welcome, Wheatsheaf, 7.30 pm

   Second-half card will be given out at the social.

   Captain:      Jan Hoskins      07700 900 318
   Vice-capt.:   Marion Dyer      07700 900 527

   Subs: 2.00 a match, to the captain on the night.
   Club record: Div. Two champions 2019.  Minutes of AGM held 14 June 2025 on the notice board.

   Team of 12, best 8 to count.  Please let Jan know by the Wednesday if you can't play.
   Sticking legs: if the alley runs slow, the home skipper's word is final!

   LEAGUE RULES (reminder)
   1. Three balls per leg, six legs per player.  Sticking up by the home side.
   2. Foot must be behind the line at the moment of release - no "running in".
   3. Any pin knocked down by a rebound from the cushion counts.
   4. Results card to be phoned to the Fixture Secretary by noon the next day.

   AWAY ALLEYS
   Red Lion - car park at the back, alley through the skittle bar door.
   Fox & Hounds - narrow lane, please share lifts.
   Railway Inn - alley upstairs, mind the low beam at the top of the steps.

   Printed by kind permission of the landlord, Wheatsheaf Inn, Orrin Magna.""",
        (
            expect("1954", "league"),
            expect("2019", "champions"),
            expect("2025-06-14", "agm"),
            expect("2025-09-19", "plough", planned=True),
            expect("2025-10-03", "red lion", planned=True),
            expect("2025-10-17", "bell belles", planned=True),
            expect("2025-10-31", "fox", planned=True),
            expect("2025-11-14", "station stompers", planned=True),
            expect("2025-12-13", "social", planned=True),
        ),
    ),
)
