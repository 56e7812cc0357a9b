"""The two-hundred-and-twentieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a coastguard's
storm and gale warning log, a speedway meeting report, a hydrogen electrolyser press release,
a mill owner's daybook of the 1820s, a natterjack toad survey, a brick works' history, a trade
minister's export controls statement, a cathedral's HTML visiting hours changes page, a rent
tribunal decision, a wheelwright's history and a netball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTIETH_CORPUS",)


TWOHUNDREDTWENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "halverstad-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVERSTAD, Oct 9 (Northline News) - Dockworkers at the port of Halverstad, the busiest
container terminal on the northern coast, ended a nine-day strike on Tuesday after their
union reached a provisional pay deal with the port's three largest operators.

The first shifts returned to the quays at 6 a.m. on Wednesday, the Harbour Workers' Union
(HWU) said, and the first vessels were being worked by mid-morning. About 40 ships had been
left waiting at anchor off the coast.

The walkout began on Sept. 30, three months after the previous collective agreement expired
on June 30. It was the longest stoppage at Halverstad since 1989.

Under the deal, wages rise 6.5 percent this year and 4 percent next year, and night-shift
premiums go up to 35 percent. Members will vote on the agreement on Friday. If they reject
it, the dispute goes to the state arbitration board, which must rule no later than Nov. 15.

"Nobody wins from a ship sitting at anchor," HWU chairwoman Greta Lindvall told reporters
outside the union's offices. Operators' spokesman Per Aasen said the companies expected to
clear the backlog by Oct. 20.

The port, privatised in 1997, handles about a third of the country's container traffic.
The union last struck there in 2011, for four days.

Shipping lines said they would lift surcharges of up to $250 per container imposed during
the strike. Hotline for cargo owners: +47 555 01 920.

(Reporting by Nils Berge; Editing by Clara Hoff)""",
        (
            expect("2024-10-08", "strike", "ended"),
            expect("2024-10-09", "shifts", "returned"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-06-30", "agreement", "expired"),
            expect("2024-10-11", "vote", planned=True),
            expect("../2024-11-15", "arbitration", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("1997", "privatised"),
            expect("2011", "struck"),
        ),
    ),
    Text(
        "tidewell-marrables-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tidewell Foods Completes Acquisition of Marrable's Bakeries

ASHBURN GLEN, Ore., April 22, 2025 /PRWire/ -- Tidewell Foods, Inc. (NASDAQ: TDWL), a
producer of chilled and baked goods for grocery and food-service customers, today announced
that it has completed its acquisition of Marrable's Bakeries, a family-owned chain of 64
neighbourhood bakeries, for $118 million in cash.

The agreement was signed on February 3, 2025 and cleared review by the Federal Trade
Commission on April 9, 2025. Founded in 1958 by Edna and Walter Marrable in a single
storefront in Salem, Marrable's today employs 1,100 people across Oregon and Washington.

"Marrable's is the kind of brand customers have trusted for three generations," said Dana
Okafor, Chief Executive Officer of Tidewell. "We will keep the recipes, the names over the
doors and the people behind the counters."

Tidewell plans to open a new regional distribution centre in Corvale by the end of 2026 to
serve the combined network. The Marrable's stores will begin accepting the Tidewell Rewards
card in June 2025.

Tidewell has supplied school canteens in 14 states since 2019 and reported fiscal 2024 net
sales of $412 million.

Conference Call
Tidewell will host a conference call to discuss the transaction on April 24, 2025 at
10:00 a.m. ET. Dial-in: 1-800-555-0147.

About Tidewell Foods
Tidewell Foods, Inc. makes chilled and baked goods sold under the Tidewell, Harbour Loaf and
Greenrow brands.

Forward-Looking Statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Media contact: Jordan Reyes, press@tidewellfoods.example, +1 503 555 0192

© 2025 Tidewell Foods, Inc.""",
        (
            expect("2025-04-22", "acquisition"),
            expect("2025-02-03", "agreement", "signed"),
            expect("2025-04-09", "cleared"),
            expect("1958", "founded"),
            expect("../2026", "distribution", planned=True),
            expect("2025-06", "rewards", planned=True),
            expect("2019/..", "canteens"),
            expect("2025-04-24", "call", planned=True),
        ),
    ),
    Text(
        "vance-v-hollis-grant",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MARLOWE
SECOND DISTRICT

No. 2-23-0417

ROSALIND K. VANCE,
        Plaintiff-Appellant,
v.
HOLLIS & GRANT FREIGHT, INC.,
        Defendant-Appellee.

Appeal from the Circuit Court of Dunmore County, No. 21-CV-2281.
Honorable Marcus T. Albee, Judge Presiding.

Filed: March 5, 2024

OPINION

JUSTICE OKONKWO delivered the judgment of the court, with opinion.

¶ 1 Plaintiff Rosalind Vance appeals the circuit court's grant of summary judgment to her
former employer on her claim of retaliatory discharge under the Whistleblower Protection
Act of 2004. For the reasons below, we reverse and remand.

I. BACKGROUND

¶ 2 Defendant hired plaintiff, then 49, as a dispatcher on or about January 15, 2019. The
employee handbook, revised in 2017, required staff to report safety violations to a
supervisor "without delay."

¶ 3 In or around March 2021, plaintiff submitted a written grievance stating that drivers
were being scheduled beyond federal hours-of-service limits. Plaintiff testified that at a
meeting held before July 1, 2021, her supervisor told her to "stop making paperwork."

¶ 4 Defendant terminated plaintiff's employment on August 2, 2021, citing "performance
concerns." She filed her complaint on December 10, 2021. The circuit court granted
defendant's motion for summary judgment on May 18, 2023, and plaintiff filed a timely
notice of appeal on June 9, 2023.

II. ANALYSIS

¶ 5 We review a grant of summary judgment de novo. Harlow v. Benn, 2015 MAR App (2d) 140,
¶ 11. Summary judgment is proper only where there is no genuine issue of material fact.
735 MCS 5/2-1005(c) (West 2022).

¶ 6 The timing here is close: roughly four months separate the grievance from the
discharge, and the only intervening event in the record is the supervisor's remark. A jury
could infer that the remark, and not plaintiff's performance, explains what followed.""",
        (
            expect("2019-01-15~", "hired"),
            expect("2017", "handbook", "revised"),
            expect("2021-03~", "grievance"),
            expect("../2021-07-01", "meeting"),
            expect("2021-08-02", "terminated"),
            expect("2021-12-10", "complaint"),
            expect("2023-05-18", "summary", "judgment"),
            expect("2023-06-09", "appeal"),
        ),
    ),
    Text(
        "aldwick-fenmouth-canal",
        "encyclopedia history",
        None,
        """Aldwick and Fenmouth Canal

The Aldwick and Fenmouth Canal is a 23-mile (37 km) canal in the east of England linking
the River Aldle at Aldwick with the tidal harbour at Fenmouth. It has 14 locks and one
tunnel.

History

Construction and opening
A canal between Aldwick and the coast was proposed as early as the 1760s, but the scheme
was not authorised by Parliament until 1792, when local millers and the Fenmouth
corporation raised £86,000 in shares. Construction began in 1794 under the engineer Thomas
Rudge. The canal was possibly opened throughout in 1801; the company's minute books for
those years are lost. Braithwell Tunnel, 1,846 yards (1,688 m) long, was completed c. 1805,
having been bypassed by a horse tramway in the meantime.

Decline
Traffic peaked in the 1830s at some 190,000 tons a year. Railway competition cut tolls
sharply, and the company sold its water rights to the Aldwick Waterworks, which built the
Hollin Reservoir on the summit between 1862 and 1865. Commercial traffic ended when the
canal was closed in 1938; it passed to the state under the Transport Act 1947.

Restoration
The Aldwick and Fenmouth Canal Society was formed in 1971 to restore the waterway. Sections
were reopened to navigation in 2004, 2009 and 2013, the last including the restored flight
of six locks at Sallow Bridge. The Canal & River Trust expects the restoration of the
remaining eastern section to be complete by 2030.

See also
* Canals of the United Kingdom

References
1. Hadfield, R. (1968). The Canals of Eastern England. p. 112.
2. "Sallow Locks reopened". Waterways World. June 2013.""",
        (
            expect("1792", "authorised"),
            expect("1794", "construction"),
            expect("1801?", "opened"),
            expect("1805~", "tunnel"),
            expect("1862/1865", "reservoir"),
            expect("1938", "closed"),
            expect("1971", "society"),
            expect("2004", "reopened"),
            expect("2009", "reopened"),
            expect("2013", "reopened"),
            expect("../2030", "restoration", planned=True),
        ),
    ),
    Text(
        "harrowgate-rovers-dunmore",
        "sports report",
        date(2025, 3, 16),
        """Kelso hat-trick sends Rovers into play-off places

By Fiona Carrick, Sunday 16 March

Harrowgate Rovers 3 Dunmore Athletic 1

Harrowgate Rovers climbed into the play-off places yesterday as Danny Kelso's first
hat-trick for the club gave them a 3-1 win over Dunmore Athletic at Brook Lane.

It was Rovers' first league win over Athletic since 2009, and a crowd of 8,412, the largest
at Brook Lane this season, saw Kelso score in the 12th, 58th and 81st minutes. Marcus
Oyelaran's header had briefly levelled the game at 1-1 just before half-time.

Kelso, signed from Carrow Town on deadline day, 31 January, now has seven goals in nine
games. "He's the best bit of business we've done in years," said manager Ian Petrie, who
was appointed last November after the sacking of Gordon Wells.

There was a worry for Petrie when captain Sam Adeyemi limped off with a knee injury. The
defender will undergo surgery on Tuesday and is likely to miss the rest of the season.

Rovers travel to Ostley Town on Wednesday night (7.45pm kick-off) before the County Cup
semi-final against Brennan United, which is scheduled for 12 April. Tickets for the semi
go on sale to season-ticket holders at 9am on Monday, priced £15 for adults and £5 for
under-16s.

Rovers, founded in 1889, have not reached a cup final since 1994.

Harrowgate Rovers: Lyle; Adeyemi (Brooks 34), Tait, Mensah, Corr; Whelan, Amos, Dury;
Kelso, Farrell (Nunes 77), Grant.
Dunmore Athletic: Pike; Royce, Oyelaran, Stott, Hale; Burke, Kemp (Lunn 70), Marsh; Ives,
Okon, Delaney.
Referee: K. Lowther. Attendance: 8,412.""",
        (
            expect("2025-03-15", "Rovers"),
            expect("2025-01-31", "signed"),
            expect("2024-11", "appointed"),
            expect("2025-03-18", "surgery", planned=True),
            expect("2025-03-19", "Ostley", planned=True),
            expect("2025-04-12", "semi", planned=True),
            expect("2025-03-17", "tickets", planned=True),
            expect("1889", "founded"),
        ),
    ),
    Text(
        "ferrand-hale-our-story",
        "company history",
        None,
        """Our Story

Ferrand & Hale: spinning yarn in Bradwell for over a century

1921 - Two brothers-in-law, Arthur Ferrand and Leonard Hale, founded the company in a
rented loft in Crossley Street, Bradwell, with four second-hand spinning frames.

Around 1925 the business moved into its first purpose-built factory, the Beck Mill, which
is still our head office today.

Between 1939 and 1945 the mill spun parachute cord and blanket yarn for the armed forces.
More than 120 of our 300 workers were women, and several stayed on after the war as
overlookers.

On 2 May 1968 Ferrand & Hale was listed on the London Stock Exchange, raising £1.4 million
to build a new dye house.

The company was acquired by the textile group Cardwell Holdings in 1986. A management
buyout led by finance director Ruth Ambler returned it to independent ownership in 1999.

Since 2012 every cone of our yarn has been spun from at least 60% recycled fibre.

We celebrated our centenary in 2021 with an open day for 3,000 visitors and a book of
memories from former staff.

What's next? Our new low-energy spinning mill at Kellet Bridge will open in 2026, doubling
capacity to 1,900 tonnes a year.

Ferrand & Hale Ltd · Beck Mill, Bradwell BD7 4QT · 01274 555 218
© 2024 Ferrand & Hale Ltd. All rights reserved.""",
        (
            expect("1921", "founded"),
            expect("1925~", "factory"),
            expect("1939/1945", "parachute"),
            expect("1968-05-02", "listed"),
            expect("1986", "acquired"),
            expect("1999", "buyout"),
            expect("2012/..", "recycled"),
            expect("2021", "centenary"),
            expect("2026", "mill", planned=True),
        ),
    ),
    Text(
        "perdita-sample-return",
        "mission summary",
        None,
        """PERDITA - Asteroid Sample Return Mission
Mission summary

Agency: Continental Space Agency (CSA) · Target: near-Earth asteroid (188022) Halvane ·
Launch vehicle: Orion-5 · Status: cruise, returning to Earth

Overview
Perdita is the CSA's first sample return mission. The 1,430 kg spacecraft carries three
cameras, a thermal spectrometer and a touch-and-go sampling arm.

Timeline
Perdita was launched from the Kourmel launch site on 11 September 2019 at 03:14 UTC. After
a year in an Earth-like orbit it came back for an Earth gravity assist, passing 9,200 km
above the Pacific on 4 October 2020.

The spacecraft was in safe mode from 3 to 9 February 2021 after a reaction wheel fault;
controllers switched to the spare wheel and cruise resumed.

Perdita arrived at Halvane on 19 June 2022. The first close-up images of the asteroid's
boulder-strewn surface were released about two weeks later. Sampling took place on
8 March 2023, when the arm collected an estimated 62 g of regolith.

The spacecraft departed Halvane on 27 November 2023. In January 2024 the agency approved
an extended mission.

Next steps
The sample capsule is scheduled to land at the Tallis Range test site on 24 September 2026.
The main spacecraft will then fly on to a second asteroid, 2004 QK17, reaching it in 2029.

Communications
Perdita is out of contact for about three weeks each year during solar conjunction.

Last updated: 2 December 2024""",
        (
            expect("2019-09-11", "launched"),
            expect("2020-10-04", "gravity"),
            expect("2021-02-03/2021-02-09", "safe"),
            expect("2022-06-19", "arrived"),
            expect("2022-07-03~", "images"),
            expect("2023-03-08", "sampling"),
            expect("2023-11-27", "departed"),
            expect("2024-01", "extended"),
            expect("2026-09-24", "capsule", planned=True),
            expect("2029", "asteroid", planned=True),
        ),
    ),
    Text(
        "winter-vaccination-campaign",
        "government statement",
        None,
        """MINISTRY OF HEALTH AND SOCIAL CARE
Press statement · 2 December 2024

Minister launches winter respiratory vaccination campaign

The Minister of Health, Dr Ewa Marchetti, today launched the national winter vaccination
campaign at a community pharmacy in Lindgate.

The campaign will run from 9 December 2024 to 28 February 2025 and offers free combined
influenza and RSV vaccination to everyone aged 65 and over, to pregnant women and to
children aged 2 to 17 with long-term conditions.

Since 1 October, community pharmacies have been able to vaccinate adults without a
prescription, and more than 410,000 doses have already been given, the highest October and
November uptake since 2019.

Additional funding of €38 million for the campaign was announced in the Budget on
30 October. A public consultation on extending the programme to health and care workers
closed on 15 November and received 2,914 responses.

New regulations allowing trained pharmacy technicians to vaccinate will come into force on
1 January 2025. The Ministry will publish a report on the campaign's uptake no later than
31 March 2025.

"Vaccination remains the best protection we have," the Minister said. "I urge everyone who
is eligible to book an appointment this week."

Appointments can be booked at vaccinate.gov.example or by calling 0800 555 0123 (8am to
8pm, seven days a week).

Notes to editors
1. The campaign is run under the Health Protection Regulations 2023.
2. Photographs of today's launch are available on request.

ENDS""",
        (
            expect("2024-12-02", "launched"),
            expect("2024-12-09/2025-02-28", "campaign", planned=True),
            expect("2024-10-01/..", "pharmacies"),
            expect("2024-10-30", "funding"),
            expect("2024-11-15", "consultation"),
            expect("2025-01-01", "regulations", planned=True),
            expect("../2025-03-31", "report", planned=True),
        ),
    ),
    Text(
        "millbrook-bridge-closed",
        "HTML news page",
        date(2025, 5, 13),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Millbrook Bridge closed after cracks found | Wendham Courier</title>
<script async src="https://analytics.example/tag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/whats-on">What's On</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Millbrook Bridge closed after cracks found in main span</h1>
<p class="byline">By Aisha Rahman · <time datetime="2025-05-13T08:20:00+01:00">Tuesday 13 May
2025, 08:20</time></p>
<figure><img src="/img/millbrook-bridge.jpg" alt="Barriers across Millbrook Bridge">
<figcaption>Barriers went up at both ends of the bridge on Monday. Photo: Courier</figcaption>
</figure>
<p>Millbrook Bridge, the main road crossing of the River Wend in the town centre, was closed
to all traffic on Monday after engineers found cracks in two of its steel cross-girders.</p>
<p>The damage was found during a routine inspection on 2 May, Wendham County Council said.
Pedestrians can still use the footway on the upstream side.</p>
<p>Repairs are expected to begin on 26 May, and the council hopes to reopen the bridge to
cars by the end of August. Buses are being diverted via the Station Road bridge, adding
about 10 minutes to journeys.</p>
<p>The bridge was built in 1932 and was last refurbished in 1996, when its deck was
replaced. About 14,000 vehicles a day use it.</p>
<p>A public meeting on the closure will be held at the town hall on Thursday at 7pm.</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/2025/04/station-road-roadworks">Station Road roadworks to finish in
June</a> <time datetime="2025-04-22">22 April 2025</time></li>
<li><a href="/news/2024/11/wend-flood-warning">Flood warning for River Wend</a>
<time datetime="2024-11-26">26 November 2024</time></li>
</ul></aside>
<footer><p>Updated <time datetime="2025-05-13T11:02:00+01:00">13 May 2025, 11:02</time></p>
<p>&copy; 2025 Wendham Courier</p></footer>
</body>
</html>""",
        (
            expect("2025-05-12", "bridge", "closed"),
            expect("2025-05-02", "inspection"),
            expect("2025-05-26", "repairs", planned=True),
            expect("../2025-08", "reopen", planned=True),
            expect("1932", "built"),
            expect("1996", "refurbished"),
            expect("2025-05-15", "meeting", planned=True),
        ),
    ),
    Text(
        "carrick-head-gale-log",
        "coastguard's storm and gale warning log",
        None,
        """CARRICK HEAD COASTGUARD STATION
STORM AND GALE WARNING LOG - NOVEMBER 2024
All times UTC. Watch officer initials in right-hand column. Station tel. 066 555 7120.

Date    Time  Entry                                                             Init.
Tue 12  0500  Gale warning No. 41 received and broadcast Ch 16/67: SW gale        DK
              force 8, increasing severe gale 9 later. Fishing fleet advised.
Wed 13  1420  Storm warning issued: SW storm force 10 imminent, sea very high.    MF
Wed 13  2210  MAYDAY relayed from FV Mairead Óg, 4 crew, engine failure 6 nm W    MF
              of Carrick Head. R115 tasked 2214, ALB launched 2219.
Thu 14  0315  All 4 crew winched aboard R115, landed Shannon 0402. Vessel         JO
              abandoned, drifting; navigational warning broadcast.
Thu 14  1600  Storm and gale warnings cancelled. Wind SW 6, decreasing.           JO
Sat 16  0900  Met Office outlook: further gale expected Mon 18th, W gale 8.       DK
              Wave buoy M6 still off line since the 9th; no ETA for repair.
Sat 16  0910  Harbour master to inspect storm damage to north pier on or about    DK
              the 20th. Lifeboat exercise (every Thursday, 1900) to go ahead.

Checked: R. Quigley, Station Officer""",
        (
            expect("2024-11-12", "gale", "warning"),
            expect("2024-11-13", "storm", "warning"),
            expect("2024-11-13", "mayday"),
            expect("2024-11-14", "winched"),
            expect("2024-11-14", "cancelled"),
            expect("2024-11-18", "gale", planned=True),
            expect("2024-11-20~", "pier", planned=True),
            expect("2024-11-09/..", "buoy"),
        ),
    ),
    Text(
        "marshfield-hornets-brackenridge",
        "speedway meeting report",
        date(2024, 6, 14),
        """SPEEDWAY

Knockout Cup quarter-final, first leg
Marshfield Hornets 48 Brackenridge Falcons 42

By Lee Dawlish

MARSHFIELD HORNETS took a six-point lead into the second leg of the Knockout Cup
quarter-final after a tense meeting at Oakfield Stadium last night.

The fixture, rained off on 30 May, was restaged in front of a crowd of around 2,600, and it
went down to a heat 15 decider in which Hornets captain Jakub Wrona held off Falcons'
Mikkel Sand for a 4-2.

Wrona, who signed from Lakeside on 2 April, top-scored with 14 points from five rides and
clocked 58.9 seconds in heat 3, the quickest time at Oakfield since 2016.

There was a scare in heat 9 when reserve Tom Allard was sent into the fence on the third
lap. He was taken to hospital as a precaution and will have a scan on Saturday.

The teams meet again at Brackenridge on Monday (7.30pm). The Knockout Cup final is
scheduled for 19 September.

Oakfield Stadium, which opened in 1948, marks 76 years of racing this season.

SCORERS
Hornets 48: Wrona 14, Pearce 11+1, Lindqvist 9+2, Ward 6+1, Cook 4, Allard 2, Hall 2.
Falcons 42: Sand 13, Doyle 10, Carver 8+1, Nyman 6, Reece 3+1, Pike 2, Lowe 0.""",
        (
            expect("2024-06-13", "Hornets"),
            expect("2024-05-30", "rained"),
            expect("2024-04-02", "signed"),
            expect("2024-06-15", "scan", planned=True),
            expect("2024-06-17", "meet", planned=True),
            expect("2024-09-19", "final", planned=True),
            expect("1948", "opened"),
        ),
    ),
    Text(
        "aurelis-nordvik-electrolyser",
        "hydrogen electrolyser press release",
        None,
        """PRESS RELEASE

Aurelis Hydrogen commissions 20 MW electrolyser at Port of Nordvik

NORDVIK, 3 September 2025 - Aurelis Hydrogen AS today commissioned its 20 MW proton
exchange membrane (PEM) electrolyser at the Port of Nordvik, the largest in the Nordic
region to date. At full load the plant will produce up to 2,900 tonnes of renewable
hydrogen a year, powered by the nearby Stormfjell wind farm.

Aurelis took the final investment decision on the NOK 1.1 billion project in March 2023,
after the project was awarded a grant of NOK 310 million from the state climate fund in
2022. Construction began on 14 November 2023, and the plant produced its first hydrogen on
18 July 2025 during hot commissioning.

Deliveries of hydrogen to the steelmaker Vestra Stål under a ten-year offtake agreement
will begin on 1 January 2026. A second 80 MW phase is expected to start operations in 2028,
and Aurelis plans to expand capacity at Nordvik to 200 MW by 2030.

Aurelis has operated a 2.5 MW pilot plant at Sande since 2019, which has logged more than
31,000 operating hours.

"Today the hydrogen economy stops being a slide in a presentation," said Chief Executive
Ingrid Solheim. "This is steel being made with wind."

About Aurelis Hydrogen
Aurelis Hydrogen AS develops, builds and operates renewable hydrogen plants in Norway and
Sweden. The company is owned by Fjordkraft Invest and the Nordvik Harbour Authority.

Media contact
Kari Lunde, Head of Communications
+47 555 48 210 · press@aurelis.example""",
        (
            expect("2025-09-03", "commissioned"),
            expect("2023-03", "decision"),
            expect("2022", "grant"),
            expect("2023-11-14", "construction"),
            expect("2025-07-18", "hydrogen"),
            expect("2026-01-01", "deliveries", planned=True),
            expect("2028", "phase", planned=True),
            expect("../2030", "capacity", planned=True),
            expect("2019/..", "pilot"),
        ),
    ),
    Text(
        "greaves-mill-daybook-1824",
        "mill owner's daybook of the 1820s",
        None,
        """GREAVES MILL, HOLMEBRIDGE.
Day Book kept by Jno. Greaves.
1824.

Jany.
Thurs. 1st. New Year's Day. Mill stood. Gave the hands 1s. each as is customary.
Sat. 3d. Very hard frost. Wheel froze in the night & could not be got round till past
noon. Lost ½ a day.
Mon. 12th. Recd. of Mr Ashworth of Huddersfd. 40 ps. to mill at 2s. 6d. the piece.
Pd. carrier 4s. 6d.
Wed. 21st. Wrote Messrs Hick at Bolton, urging the engine.

Feby.
Tues. 3d. The engine came from Bolton on Jos. Dyson's waggons, 3 days on the road, the
boiler a day behind.
Sat. 7th. Letter from Mr Pollitt, he will come the 20th inst. to set the engine.
Mon. 16th. Bot. of Geo. Haigh 1820 lbs. wool at 11d. per lb., to pay at 3 mos.
N.B. Wages henceforth to be paid every Saturday at 4 o'clock, the hands having complained.

March.
Fri. 5th. Great flood in the night. Water 3 ft. in the scribbling room, the dam bank
breached at the low end. All hands at the bank till dark.
Tues. 23d. Engine set to work this day for the first time, Mr P. having come a month
behind his promise. Went very sweet.
Mon. 29th. Began pulling down the old mill, built by my Father abt. 1790, the walls
being bad.""",
        (
            expect("1824-01-01", "stood"),
            expect("1824-01-03", "wheel"),
            expect("1824-01-12", "Ashworth"),
            expect("1824-01-21", "Hick"),
            expect("1824-02-03", "engine"),
            expect("1824-02-07", "letter"),
            expect("1824-02-20", "come", planned=True),
            expect("1824-02-16", "wool"),
            expect("1824-03-05", "flood"),
            expect("1824-03-23", "engine", "work"),
            expect("1824-03-29", "pulling"),
            expect("1790~", "built"),
        ),
    ),
    Text(
        "saltholme-natterjack-survey",
        "natterjack toad survey",
        None,
        """SALTHOLME DUNES LOCAL NATURE RESERVE
Natterjack Toad (Epidalea calamita) Breeding Survey - 2023 Season Summary

Surveyor: Dr Helen Maitland, with volunteers from the Saltholme Amphibian Group
Licence ref. NE 2023-64718 · Report date: 30 August 2023

1. Background
Natterjacks were reintroduced to Saltholme in 1998 from a donor population at Crake Sands.
The colony has been monitored annually since 2004 using night-time counts of calling males
and daytime searches for spawn strings, following the standard method (surveys each spring
on warm, still evenings above 10°C).

2. Results
First calling was heard on 11 April 2023 from Pond 2. The first spawn strings were recorded
on 19 April in Ponds 2 and 5. The peak count of 46 calling males, on 2 May, was the highest
since 2015.

| Visit | Date        | Air temp. | Calling males | Spawn strings |
|-------|-------------|-----------|---------------|---------------|
| 1     | 11 Apr 2023 | 11°C      | 9             | 0             |
| 2     | 19 Apr 2023 | 12°C      | 27            | 6             |
| 3     | 2 May 2023  | 14°C      | 46            | 19            |

Pools 3 and 4 had dried out by 20 May, stranding at least 11 strings. Toadlets were first
seen emerging from Pond 5 on 14 June. Pond 7, excavated in November 2021, held spawn for
the first time.

3. Recommendations
Scrub clearance around Ponds 3 and 4 is planned for October 2023. Consider deepening Pond 4
before the next breeding season.""",
        (
            expect("1998", "reintroduced"),
            expect("2004/..", "monitored"),
            expect("2023-04-11", "calling"),
            expect("2023-04-19", "spawn"),
            expect("2023-05-02", "peak"),
            expect("../2023-05-20", "dried"),
            expect("2023-06-14", "toadlets"),
            expect("2021-11", "excavated"),
            expect("2023-10", "scrub", planned=True),
        ),
    ),
    Text(
        "hatch-end-brickworks",
        "brick works' history",
        None,
        """HATCH END BRICKWORKS
A short history, from the Hatch End Heritage Trail leaflet

Clay has been dug on the common at Hatch End since at least the eighteenth century, but
brickmaking on an industrial scale began when Samuel Tarrant founded the Hatch End Brick &
Tile Company in 1863. Tarrant, a builder from Ripley, had leased the clay pits c. 1858 and
fired his first bricks in clamps on the open ground.

A Hoffmann continuous kiln, with 16 chambers and a chimney 120 ft high, was built in 1879.
At its peak the works turned out some 2,000,000 bricks a year, and the company is said to
have supplied the facing bricks for Guildham Corn Exchange in 1881.

The works closed between 1940 and 1946, when the kiln served as an air-raid shelter and the
yard as a vehicle depot. Production was mechanised in 1953 with the installation of a
wire-cut brick machine, and the workforce fell from 85 to 40.

Competition from the big fletton works eventually proved too much. The last bricks were
fired on 29 March 1979, and the Tarrant family sold the site to the district council the
following year.

The flooded clay pits were designated a local nature reserve in 1994 and are now home to
great crested newts. The chimney has been listed Grade II since 2001.

Visiting
A heritage trail with interpretation boards around the kiln and pits is to open in 2026.
Until then the reserve is open daily from dawn to dusk. Car park: 1450 Hatch End Road.""",
        (
            expect("1863", "founded"),
            expect("1858~", "leased"),
            expect("1879", "kiln"),
            expect("1881?", "supplied"),
            expect("1940/1946", "closed"),
            expect("1953", "mechanised"),
            expect("1979-03-29", "fired"),
            expect("1980", "sold"),
            expect("1994", "reserve"),
            expect("2001/..", "listed"),
            expect("2026", "trail", planned=True),
        ),
    ),
    Text(
        "battery-export-controls-statement",
        "trade minister's export controls statement",
        date(2025, 2, 17),
        """Department for Trade and Enterprise
Oral statement to Parliament

Export controls on advanced battery technology

Delivered by: Rt Hon Miriam Okoye MP, Minister of State for Trade
Delivered on: 17 February 2025

Mr Speaker, with permission, I will make a statement on export controls.

Today I am laying an order that adds high-density solid-state battery cells, and the
equipment used to make them, to the Strategic Export Control List. From 3 March 2025 a
licence will be required to export these items to any destination outside our partner
group.

The House will recall that we launched a consultation on these measures on 4 November
2024. It closed on 16 December 2024 and received 212 responses, most of them from industry.
I am grateful to all who took part.

Exporters with contracts already in place should apply for a transitional licence no later
than 31 March 2025. My department will publish detailed guidance for business on Thursday,
and officials will hold a webinar for exporters the following Tuesday.

This is not a new departure. Since 2022 we have controlled exports of drone components on
the same basis, and those controls have been applied with a light touch: licences were
refused in fewer than 2 per cent of cases, and exports of controlled goods reached
£1.2 billion, the highest since 2014.

On 11 February I met counterparts from our partner countries in Geneva, and all agreed to
align their own lists by the end of June.

Finally, an independent review of the regime will report no later than the end of 2025.

I commend this statement to the House.

The order is made under the Export Control Order 2008. Enquiries: 020 7946 0581.""",
        (
            expect("2025-02-17", "order"),
            expect("2025-03-03", "licence", planned=True),
            expect("2024-11-04", "consultation", "launched"),
            expect("2024-12-16", "closed"),
            expect("../2025-03-31", "apply", planned=True),
            expect("2025-02-20", "guidance", planned=True),
            expect("2025-02-25", "webinar", planned=True),
            expect("2022/..", "drone"),
            expect("2025-02-11", "met"),
            expect("../2025-06", "align", planned=True),
            expect("../2025", "review", planned=True),
        ),
    ),
    Text(
        "st-ebbas-visiting-hours",
        "cathedral's HTML visiting hours changes page",
        date(2025, 5, 28),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Visiting hours: changes and closures | St Ebba's Cathedral, Aldermouth</title>
<link rel="stylesheet" href="/assets/site.css">
<script defer src="/assets/cookie-consent.js"></script>
</head>
<body>
<header><a class="logo" href="/">St Ebba's Cathedral</a>
<nav><ul><li><a href="/visit">Visit</a></li><li><a href="/worship">Worship</a></li>
<li><a href="/events">What's on</a></li><li><a href="/donate">Donate</a></li></ul></nav>
</header>
<main>
<h1>Changes to visiting hours</h1>
<p class="meta">Last updated <time datetime="2025-05-28">28 May 2025</time></p>
<p>The cathedral is normally open to visitors Monday to Saturday 9am-5pm and on Sundays
between services. Please check this page before you travel.</p>
<h2>June 2025</h2>
<ul>
<li>The crypt and treasury will be closed from <time datetime="2025-06-02">2 June</time> to
<time datetime="2025-06-13">13 June</time> while the medieval floor tiles are conserved.</li>
<li>On <time datetime="2025-06-07">Saturday 7 June</time> the cathedral will close to
visitors at 1pm for the ordination of deacons.</li>
<li>Choral Evensong on Wednesday 18 June will be sung by the visiting choir of Trinity
College, Marlbury.</li>
</ul>
<h2>Summer</h2>
<p>Summer opening hours (9am-6pm, with late opening until 8pm on Thursdays) apply from
1 July.</p>
<h2>Tower tours</h2>
<p>Tower tours have been suspended since 14 April while the bells are rehung. We will post
a new date here as soon as the work is finished.</p>
<figure><img src="/img/bells.jpg" alt=""><figcaption>The tenor bell being lowered from the
tower.</figcaption></figure>
<h2>About the building</h2>
<p>The cathedral was possibly consecrated in 1247, though no record of the ceremony
survives. The new visitor centre in the west cloister opened in 2019.</p>
<aside><h3>See also</h3><ul><li><a href="/visit/accessibility">Accessibility</a></li>
<li><a href="/visit/groups">Group visits</a></li></ul></aside>
</main>
<footer><p>St Ebba's Cathedral, Minster Yard, Aldermouth AL1 2EB · 01632 960 412</p>
<p>&copy; 2025 The Chapter of St Ebba's</p>
<script>document.querySelectorAll('time').forEach(function(t){t.title=t.dateTime;});</script>
</footer>
</body>
</html>""",
        (
            expect("2025-06-02/2025-06-13", "crypt", planned=True),
            expect("2025-06-07", "ordination", planned=True),
            expect("2025-06-18", "evensong", planned=True),
            expect("2025-07-01", "hours", planned=True),
            expect("2025-04-14/..", "tours"),
            expect("1247?", "consecrated"),
            expect("2019", "visitor"),
        ),
    ),
    Text(
        "whitlock-cobden-terrace-fair-rent",
        "rent tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (RESIDENTIAL PROPERTY)

Case reference      : MAN/00BR/F77/2024/0031
Property            : 14 Cobden Terrace, Rawley, RL4 2HT
Tenant              : Mrs Doreen Whitlock
Landlord            : Pendle Vale Estates Ltd
Type of application : Determination of a fair rent under section 70 of the Rent Act 1977
Tribunal members    : Judge A. Fairbairn, Mr K. Osei FRICS
Date of inspection  : 24 September 2024
Date of decision    : 9 October 2024

DECISION

The Tribunal determines a fair rent of £612.00 per calendar month with effect from the date
of this decision.

REASONS

Background
1. The tenant, who is 78, has occupied the property, a two-bedroom mid-terrace house, under
a regulated tenancy which began on or about 1 May 1987. The previous rent, £560 per month,
was registered on 11 April 2022.
2. By a notice dated 21 March 2024 the landlord applied to the rent officer for the
registration of a fair rent of £695 per month. The rent officer registered a rent of £640
per month on 3 June 2024.
3. By letter of 19 June 2024 the tenant objected, and the matter was referred to the
Tribunal.

Inspection
4. The Tribunal inspected the property on the morning of 24 September 2024 in the presence
of the tenant and her son. The kitchen was installed in about 1995 and is dated. The
landlord fitted double glazing before 2010; the central heating was installed by the
tenant at her own expense and is disregarded.

Hearing
5. Neither party requested an oral hearing, and the Tribunal decided the matter on the
papers.

Valuation
6. Taking a market rent of £850 per month and deducting £238 for the tenant's improvements,
the lack of white goods and scarcity, the Tribunal arrives at £612. This is below the
maximum fair rent under the Rent Acts (Maximum Fair Rent) Order 1999, which is £628.

Judge A. Fairbairn""",
        (
            expect("1987-05-01~", "tenancy"),
            expect("2022-04-11", "previous"),
            expect("2024-03-21", "applied"),
            expect("2024-06-03", "registered"),
            expect("2024-06-19", "objected"),
            expect("2024-09-24", "inspected"),
            expect("1995~", "kitchen"),
            expect("../2010", "glazing"),
        ),
    ),
    Text(
        "pennock-wheelwrights-ashby-magna",
        "wheelwright's history",
        None,
        """PENNOCK'S WHEELWRIGHT'S SHOP, ASHBY MAGNA

From the Ashby Magna Village History, chapter 7: "Trades and Crafts"

The Pennock family were working as wheelwrights in Ashby Magna by 1760. The present
workshop on Mill Lane, a long brick range with a saw pit and a tyring platform in the yard,
is said to have been built in 1802.

John Pennock (1811-1889) took over the business circa 1835. The 1851 census records him as
a "master wheelwright employing 4 men and 2 apprentices". He made carts and wagons for
farms across the district, and his blue-painted harvest wagons, with their deep "waisted"
bodies, can still be recognised in old photographs. A forge was added at the east end in
1874, so that tyres no longer had to be sent out to the smith.

In the 1920s the shop turned increasingly to motor lorry bodies and repairs, and by the
1930s most of its work was for the council. Walter Pennock, John's grandson, made the last
wooden wheel here in 1958, for a show wagon that now stands in the county museum.

The shop closed on 30 September 1966 on Walter's retirement at the age of 71. His tools,
patterns and wheel stock were given to the county museum in 1971, and the building was
converted to a house in 1983, though the tyring platform survives in the garden.

The village history group hopes to reopen the saw pit to visitors in spring 2026.""",
        (
            expect("../1760", "wheelwrights"),
            expect("1802?", "built"),
            expect("1835~", "took"),
            expect("1874", "forge"),
            expect("1958", "wheel"),
            expect("1966-09-30", "closed"),
            expect("1971", "tools"),
            expect("1983", "converted"),
        ),
    ),
    Text(
        "denholm-netball-fixtures",
        "netball league's fixtures list",
        date(2024, 9, 20),
        """DENHOLM & DISTRICT NETBALL LEAGUE
Senior League Fixtures 2024-25 - Division 1
Issued 20 September 2024 · Fixtures secretary: Jo Marsh (07700 900 318)

Team registrations must reach the league secretary no later than 27 September 2024.

All matches at Denholm Leisure Centre, courts 1-4. Matches every Saturday, first centre
pass 10:00, unless shown otherwise.

KEY DATES
Sat 5 Oct         Opening round (Round 1)
12, 19, 26 Oct    Umpire assessments (Court 4, 12:00)
Sat 16 Nov        County Cup, first round
21 Dec - 4 Jan    Christmas break: no fixtures
Sun 16 Mar        Cup Final (Court 1, 14:00)
Sat 29 Mar        Finals Day: play-offs and presentation of trophies
Thu 24 Apr        Annual General Meeting, 7.30pm, Denholm Cricket Club

ROUND 1 - SATURDAY 5 OCTOBER 2024
10:00  Court 1  Denholm Dynamos v Kirkby Flyers
10:00  Court 2  Alder Park v Wynford Storm
11:00  Court 1  Greenhill v Denholm Jets
11:00  Court 2  Kirkby Kestrels v Wynford A

Results to the fixtures secretary by 6pm on match day. Walkovers are scored 20-0.

The league was founded in 1972 with six teams and now has 48.

© 2024 Denholm & District Netball League · Affiliated to England Netball""",
        (
            expect("../2024-09-27", "registrations", planned=True),
            expect("2024-10-05", "round", planned=True),
            expect("2024-10-12", "umpire", planned=True),
            expect("2024-10-19", "umpire", planned=True),
            expect("2024-10-26", "umpire", planned=True),
            expect("2024-11-16", "County", planned=True),
            expect("2024-12-21/2025-01-04", "break", planned=True),
            expect("2025-03-16", "final", planned=True),
            expect("2025-03-29", "finals", planned=True),
            expect("2025-04-24", "meeting", planned=True),
            expect("1972", "founded"),
        ),
    ),
)
