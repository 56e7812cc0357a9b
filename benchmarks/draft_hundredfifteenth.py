"""A hundred-and-fifteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
coastal erosion monitoring report, an amateur dramatic society's history, a broadcasting
regulator's ruling, a polar expedition's daily log, a model railway club's HTML news page, a
chemicals company's plant closure announcement, a table tennis final report, a defence
ministry's exercise notice, a bobbin mill's history, a friends-of-the-park newsletter and an
organ builder's history). Facts whose date a reader could take two ways (a season, "late
1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTEENTH_CORPUS",)

HUNDREDFIFTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-suspended",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALIFAX, Nova Scotia, Oct 9 (Atlantic Newswire) - Bayline Ferries suspended all
sailings between Halifax and Port Medway on Monday after inspectors found corrosion in the
car deck of its only vessel, the MV Harbour Grace, the company said.

The ship, which entered service on the route in 1998, has been tied up at the Woodside
terminal since the weekend. Federal inspectors boarded the ferry on September 24 during a
routine survey and ordered further ultrasonic checks of the deck plating.

Bayline, which has operated the crossing since 2006, said repairs are expected to be
completed by October 21 and that sailings should resume the following day. It is the longest
interruption to the service since 2015, the company said.

About 1,950 passengers a day use the crossing in October, many of them workers at the
Port Medway container yard. Bayline said it would refund tickets and had chartered buses that
leave the terminal every hour.

Provincial transport minister Carla Dunphy will meet company executives on Friday to discuss
a replacement vessel. "We cannot have one ship and no plan B," she told reporters. The
province's 2030 coastal transport strategy calls for a second ferry on the route.

Passengers can call Bayline's customer line at 1-902-555-0148.

(Reporting by Marie Thibodeau; Editing by Graham Kerr)""",
        (
            expect("2024-10-07", "suspend"),
            expect("1998", "service"),
            expect("2024-09-24", "board"),
            expect("2006/..", "operate"),
            expect("../2024-10-21", "repair", planned=True),
            expect("2024-10-22", "resume", planned=True),
            expect("2024-10-11", "meet", planned=True),
        ),
    ),
    Text(
        "speaker-launch",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brightwell Audio unveils the Calder One, its first wireless studio monitor

Leeds, UK - 22 May 2025 - Brightwell Audio today introduced the Calder One, a compact
powered monitor for home studios and podcasters, priced at GBP 1,299 a pair.

The company opened pre-orders on Monday through its own website and selected dealers, and
will begin shipping the Calder One on 2 June. Demand in the first three days was the
strongest for any Brightwell product since 2018, the company said.

"We wanted a monitor you can trust at two in the morning," said co-founder Priya
Nandakumar.

Brightwell was founded in 2011 by sound engineers Priya Nandakumar and Tom Ecclestone in a
rented railway arch in Holbeck. The firm moved production to a new factory in Wakefield in
March 2019 and has been certified carbon neutral since 2021.

The Calder One will be shown at the Northern Audio Fair in Manchester from 14 to 15 June 2025,
alongside the company's Model 2040 subwoofer.

About Brightwell Audio
Brightwell Audio designs and builds loudspeakers and monitors in West Yorkshire. It employs
64 people and exports to 31 countries.

Media contact: Hannah Royle, Brightwell Audio, +44 113 496 0573, press@brightwell.example
Ref: BA-PR-2025-117

ENDS""",
        (
            expect("2025-05-22", "calder one"),
            expect("2025-05-19", "pre-order"),
            expect("2025-06-02", "ship", planned=True),
            expect("2011", "found"),
            expect("2019-03", "wakefield"),
            expect("2021/..", "carbon"),
            expect("2025-06-14/2025-06-15", "fair", planned=True),
        ),
    ),
    Text(
        "delgado-v-columbia",
        "court opinion",
        None,
        """Case 3:23-cv-01874-MK      Document 42      Filed 03/14/24      Page 1 of 6

UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF OREGON

MARISOL DELGADO,
          Plaintiff,
     v.                                       Case No. 3:23-cv-01874-MK
COLUMBIA VALLEY FREIGHT, INC.,
          Defendant.                          OPINION AND ORDER

KASPER, United States Magistrate Judge:

Plaintiff brings claims for sex discrimination and retaliation under Title VII of the Civil
Rights Act of 1964, 42 U.S.C. 2000e et seq. Before the Court is Defendant's Motion for
Summary Judgment (ECF No. 31). For the reasons below, the motion is GRANTED in part and
DENIED in part.

BACKGROUND

Defendant hired Plaintiff as a freight dispatcher on or about June 3, 2019. She received a
favorable written performance review in 2020. Defendant terminated her employment on
January 11, 2022, citing a reduction in force at its Portland yard.

Plaintiff filed a charge of discrimination with the Equal Employment Opportunity Commission
on or about April 2, 2022. The EEOC issued a notice of right to sue on September 30, 2022,
and Plaintiff filed this action on December 27, 2022. Under the Court's scheduling order,
discovery was to close no later than July 31, 2023. Defendant moved for summary judgment on
August 15, 2023.

LEGAL STANDARD

Summary judgment is appropriate where there is no genuine dispute as to any material fact
and the movant is entitled to judgment as a matter of law. Fed. R. Civ. P. 56(a); Celotex
Corp. v. Catrett, 477 U.S. 317, 322 (1986).

DISCUSSION

A charge must be filed within 300 days of the alleged unlawful practice. 42 U.S.C.
2000e-5(e)(1). Plaintiff's charge was timely as to her termination.""",
        (
            expect("2019-06-03~", "hire"),
            expect("2020", "review"),
            expect("2022-01-11", "terminat"),
            expect("2022-04-02~", "charge"),
            expect("2022-09-30", "notice"),
            expect("2022-12-27", "action"),
            expect("../2023-07-31", "discovery"),
            expect("2023-08-15", "summary"),
        ),
    ),
    Text(
        "kettlewick",
        "encyclopedia history",
        None,
        """Kettlewick

Kettlewick is a market town and civil parish in the upper Ure valley, 14 miles (23 km)
north-west of Ripon. At the 2021 census it had a population of 4,873.

History

The settlement is thought to have been founded around 1180 by lay brothers of a Cistercian
grange. Its market charter was granted by Henry III in 1253. The tower of the parish church
of St Oswald may date from 1220, although the earliest surviving record of the church is
later. Much of the town was destroyed by fire in 1412, and the present street plan dates
from its rebuilding.

Cloth working brought prosperity: by 1600 the town had six fulling mills along the
Kettle Beck. The Kettlewick and Ure Valley Railway reached the town in 1847 and closed to
passengers in 1958, although stone traffic continued for some years afterwards.

Kettlewick was a municipal borough until 1974, when it was abolished under the Local
Government Act 1972 and its area passed to Richmondshire. Since 1988 Kettlewick has been
twinned with Saint-Aubin-sur-Loire in France.

Transport

The town lies on the A6108 road. Buses to Ripon and Leyburn run every two hours.""",
        (
            expect("1180~", "found"),
            expect("1253", "charter"),
            expect("1220?", "tower"),
            expect("1412", "fire"),
            expect("../1600", "mill"),
            expect("1847", "railway"),
            expect("1958", "close"),
            expect("1974", "abolish"),
            expect("1988/..", "twin"),
        ),
    ),
    Text(
        "vale-clinch-title",
        "sports report",
        date(2025, 3, 2),
        """Harlow Vale 27 Northgate 19

Vale seal the title in front of a full Mill Lane

By Sam Okafor, Rugby Correspondent

Harlow Vale won the National One championship with a 27-19 victory over Northgate at Mill
Lane on Saturday, two tries from wing Dan Effiong sealing it with a round to spare.

Vale, who last won the league in 1998, trailed 12-10 at the break before Effiong went over
twice in eight minutes. Their 27 points were the most Northgate have conceded at Mill Lane
since 2009. A crowd of 4,120 stayed long after the final whistle.

Head coach Aled Prys, appointed in January 2023 after eight years with the Welsh age-grade
sides, said: "These boys train every Tuesday and Thursday in the rain and nobody sees it.
Today everyone saw it."

Fly-half Connor Blake, who tore a hamstring on 8 February, watched from the stand. The club
said he is expected to return by April.

Vale will travel to Ebbw Bridge for their final league game on 15 March. Prys would not be
drawn on promotion talk or on the three Vale players tipped for the 2027 World Cup squad.

Harlow Vale: tries Effiong 2, Morrow; cons Hale 3; pens Hale 2.
Northgate: tries Sayer, Obi; pens Ward 3.""",
        (
            expect("2025-03-01", "championship"),
            expect("1998", "league"),
            expect("2023-01", "appoint"),
            expect("2025-02-08", "hamstring"),
            expect("../2025-04", "return", planned=True),
            expect("2025-03-15", "ebbw", planned=True),
        ),
    ),
    Text(
        "dunmore-motor",
        "company history",
        None,
        """Our history

Dunmore Motor Services was founded in 1921 by the brothers Albert and Edwin Hargreaves, who
ran a single converted army lorry between Dunmore and the market at Skelbrook. The following
year they bought their first charabanc, and the familiar maroon and cream livery appeared
soon after.

As the network grew, depots were opened at Pelham in 1934, Cresswick in 1938 and Low Moor in
1946. During the war the company carried munitions workers to the Skelbrook ordnance
factory, and at its peak ran 240 vehicles.

Dunmore was nationalised on 1 January 1969 and became part of the regional bus company.
Following deregulation under the Transport Act 1985, the business was bought by its managers
in 1987. Since 1994 Dunmore has been part of the Pennine Travel Group, which kept the name
and the livery.

Today the company runs 212 buses on 48 routes and carries around nine million passengers a
year. Our heritage fleet, including fleet number 1966, a Leyland Titan, comes out every
August bank holiday.

A new electric bus depot at Low Moor is scheduled to open in 2026, with charging for
60 vehicles.

Dunmore Motor Services Ltd, Station Road, Dunmore. Registered in England No. 00174211.""",
        (
            expect("1921", "found"),
            expect("1922", "charabanc"),
            expect("1934", "pelham"),
            expect("1938", "cresswick"),
            expect("1946", "low moor"),
            expect("1969-01-01", "nationalis"),
            expect("1987", "manager"),
            expect("1994/..", "pennine"),
            expect("2026", "electric", planned=True),
        ),
    ),
    Text(
        "aurelis-mission",
        "mission summary",
        None,
        """AURELIS - Asteroid Sample Return Mission
Mission summary | Last updated: 12 June 2024

Aurelis is a sample return mission to the near-Earth asteroid 2011 QF47, a 480-metre
carbonaceous body.

Aurelis was launched on 14 November 2019 from the Tanegawa Space Centre aboard a Helix-2
rocket. An Earth gravity assist in November 2020 raised the spacecraft's aphelion and set it
on course for the asteroid.

The spacecraft arrived at 2011 QF47 on 3 August 2022 and entered a 5 km orbit two days
later. After seven weeks of mapping with its wide-angle camera and laser altimeter, it made a
single sampling descent. Telemetry was interrupted during the descent, and engineers
estimate that the touchdown took place around 19 September 2022; the sampler horn recorded
a firing, suggesting that material was collected.

Aurelis departed the asteroid in March 2024, using its ion engines, which have a total
delta-v of 1,870 m/s. The sample capsule is scheduled to return to Earth in 2027, landing
in the Woomera range in South Australia.

Key facts
Mass at launch: 2,310 kg
Instruments: 6
Mission ID: AUR-2019-065A""",
        (
            expect("2019-11-14", "launch"),
            expect("2020-11", "assist"),
            expect("2022-08-03", "arrive"),
            expect("2022-08-05", "orbit"),
            expect("2022-09-19~", "touchdown"),
            expect("2024-03", "depart"),
            expect("2027", "capsule", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH
Press statement | 12 February 2025 | Ref: MOH/PR/2025/014

Measles outbreak in Dunmarra District: the Ministry's response

The Ministry of Health confirms an outbreak of measles in Dunmarra District. The first case
was confirmed on 28 January in a child attending a primary school in Dunmarra town. As of
today, 37 cases have been confirmed, the largest outbreak since 2019.

Walk-in vaccination clinics opened on Monday at four health centres in the district and
will remain open from 8am to 6pm every day, including weekends. The Ministry expects to
complete the catch-up campaign for children aged one to fourteen by 31 March.

The Minister of Health, Dr Amina Saidu, will visit Dunmarra on Friday to meet health workers
and school leaders.

Measles vaccination has been part of the national immunisation schedule since 1988, and the
country was declared free of endemic measles in 2016. The Ministry urges all parents to
check their children's vaccination cards.

Members of the public with questions can call the free health line on 0800 600 100.

Issued by the Communications Unit, Ministry of Health.""",
        (
            expect("2025-01-28", "case"),
            expect("2025-02-10", "clinic"),
            expect("../2025-03-31", "campaign", planned=True),
            expect("2025-02-14", "visit", planned=True),
            expect("1988/..", "vaccination"),
            expect("2016", "declare"),
        ),
    ),
    Text(
        "halden-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Halden Town Library</title></head>
<body>
<header><h1>Halden Town Library</h1>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/visit">Visit us</a></nav>
</header>
<main>
<h2>Latest news</h2>
<article>
  <h3>Reading Room reopens</h3>
  <p class="meta">Posted 26 February 2025</p>
  <p>The Reading Room reopened on Monday after a refurbishment that began in August 2024.
  New lighting, 40 study desks and a hearing loop have been installed.</p>
</article>
<article>
  <h3>Local history talk</h3>
  <p class="meta">Posted 19 February 2025</p>
  <p>Historian Dr Ruth Ambler will talk about her book <em>Mill Town 1850</em> on Thursday
  6 March 2025 at 7pm. Free, but please book on 01422 555 0193.</p>
</article>
<article>
  <h3>Self-service kiosks</h3>
  <p class="meta">Posted 12 February 2025</p>
  <p>New self-service kiosks will be installed from 10 to 21 March 2025. The library will
  stay open, but some shelves will be moved.</p>
</article>
<article>
  <h3>Sunday opening</h3>
  <p class="meta">Posted 3 February 2025</p>
  <p>The library will begin Sunday opening on 6 April 2025. After that we will be open every
  Sunday from 10am to 4pm. Bookstart rhyme time continues every Tuesday at 10.30am.</p>
</article>
<aside><p>Halden Town Library has been part of the Calder Libraries network since 2013.</p></aside>
</main>
<footer><p>Last updated: 3 March 2025</p><p>&copy; 2025 Halden Town Council</p></footer>
</body>
</html>""",
        (
            expect("2025-02-24", "reopen"),
            expect("2024-08", "refurbishment"),
            expect("2025-03-06", "talk", planned=True),
            expect("2025-03-10/2025-03-21", "kiosk", planned=True),
            expect("2025-04-06", "sunday", planned=True),
            expect("2013/..", "network"),
        ),
    ),
    Text(
        "holderness-cliff-survey",
        "coastal erosion monitoring report",
        None,
        """EAST HOLDERNESS COASTAL MONITORING PROGRAMME
Cliff-top Survey Report CTS/2024/07
Report date: 28 March 2024                                        Page 1 of 4

1. Summary

The spring cliff-top survey was carried out on 14 March 2024 at 46 profile points between
Skirby Gap and Aldham. Monitoring along this frontage has been carried out twice yearly since
2008, using RTK GPS at fixed profile posts.

A major cliff fall occurred at profile P23 (grid ref. TA 3841 2917) on or around
2 February 2024, following a week of heavy rain and high tides. About 9 m of cliff top was
lost at this profile, the greatest loss at a single profile since 2013.

2. Defences

The rock revetment at Aldham, installed in 1996, continues to protect the village frontage,
but outflanking of its northern end is now evident. Mean recession between P30 and P46 was
1.8 m per year.

3. Actions

The access road to Skirby Sands caravan park is to be relocated inland by 31 October 2024,
as the cliff edge is now 11 m from the carriageway at P21. The next survey is scheduled for
September 2024.

Contact: Coastal Monitoring Team, 01482 555 7710, coastal.monitoring@eastholderness.example""",
        (
            expect("2024-03-14", "survey"),
            expect("2008/..", "monitor"),
            expect("2024-02-02~", "fall"),
            expect("1996", "revetment"),
            expect("../2024-10-31", "road", planned=True),
            expect("2024-09", "survey", planned=True),
        ),
    ),
    Text(
        "wexcombe-players",
        "amateur dramatic society's history",
        None,
        """The Wexcombe Players: a short history

The Wexcombe Players were founded in 1947 by a group of returning servicemen and members of
the Women's Institute who wanted "something to look forward to on a winter evening". Their
first production, Sheridan's The Rivals, opened in the Church Hall in March 1948 with a cast
of fourteen and a borrowed curtain.

In 1962 the society moved to the Corn Exchange, where a proper stage and a lighting rig were
built by members. A fire on the night of 5 November 1979 destroyed most of the scenery store,
and the autumn show was performed in borrowed costumes.

The society has performed at the Riverside Playhouse since 1985. In 1993 its production of
the musical 1776 won the county drama festival, and the Players have entered the festival
almost every year since.

Today the Players have 62 members. We rehearse every Tuesday and Thursday evening and are
always looking for people to help backstage.

Our next production, Noel Coward's Hay Fever, will run at the Riverside Playhouse from
8 to 11 October 2025. Tickets GBP 12, concessions GBP 10.

The Wexcombe Players, registered charity no. 1023876.""",
        (
            expect("1947", "found"),
            expect("1948-03", "rivals"),
            expect("1962", "exchange"),
            expect("1979-11-05", "fire"),
            expect("1985/..", "playhouse"),
            expect("1993", "festival"),
            expect("2025-10-08/2025-10-11", "hay fever", planned=True),
        ),
    ),
    Text(
        "kestrel-fm-ruling",
        "broadcasting regulator's ruling",
        None,
        """COMMUNICATIONS STANDARDS COMMISSION
Broadcast Standards Bulletin, Issue 512 | Published 9 December 2024
Decision ref. CSC/BC/2024/0381

Night Line with Dev Mistry
Radio Kestrel FM, 3 July 2024, 22:00
Category: Due impartiality (Rule 5.5)
Outcome: In breach

Introduction

Night Line is a phone-in programme broadcast every weeknight on Radio Kestrel FM, a community
radio station in Thornbury. The Commission received 47 complaints about the edition
broadcast on 3 July 2024, the eve of the general election, in which the presenter urged
listeners to vote against a named candidate.

The Commission wrote to the Licensee on 12 August 2024 asking for its comments. The Licensee
responded on 29 August, accepting that the presenter's remarks were "ill-judged".

Decision

Radio Kestrel has held its community radio licence since 2016. A previous breach of the
due impartiality rules was recorded against the station in 2021.

Section 319 of the Communications Act 2003 requires the Commission to set standards for
broadcast content. The Commission finds that Rule 5.5 was breached. The Licensee will
broadcast a summary of this decision no later than 31 January 2025, on a date and at a time
to be agreed with the Commission.""",
        (
            expect("2024-07-03", "broadcast"),
            expect("2024-08-12", "wrote"),
            expect("2024-08-29", "respond"),
            expect("2016/..", "licence"),
            expect("2021", "breach"),
            expect("../2025-01-31", "summary", planned=True),
        ),
    ),
    Text(
        "thwaite-traverse-log",
        "polar expedition's daily log",
        None,
        """THWAITE ICE TRAVERSE 2024 - EXPEDITION LOG

Day 12 - Tuesday 9 January 2024
Position 81 14'S 79 40'W. Temp -27C. Distance 21.4 km.
We reached the fuel depot at Camp Harrow at 16:40. The Twin Otter had laid it on
28 November, and every drum was still there. Ilse's left runner has a crack that first
appeared around 5 January; we bound it with wire again tonight.

Day 13 - Wednesday 10 January
Tent-bound all day in 50-knot winds. Radio schedule with base at 19:00, as every evening.
Base tells us the Bergen team, who left Hercules Inlet on 14 November, reached the Pole
yesterday - 57 days. Ops say the resupply flight to Camp Harrow is now expected on
16 January.

Day 14 - Thursday 11 January
Calm at last. We crossed 82 degrees south at 14:10, two days behind schedule. Altitude
1,920 m. Sledges 118 kg and 121 kg.

Day 15 - Friday 12 January
Whiteout in the morning, sun by noon. 19.8 km. Morale good. We now plan to reach the Pole
by 20 January if the weather holds.""",
        (
            expect("2024-01-09", "depot"),
            expect("2023-11-28", "otter"),
            expect("2024-01-05~", "crack"),
            expect("2023-11-14", "hercules"),
            expect("2024-01-09", "bergen"),
            expect("2024-01-16", "resupply", planned=True),
            expect("2024-01-11", "cross"),
            expect("../2024-01-20", "pole", planned=True),
        ),
    ),
    Text(
        "ashby-mrc-news",
        "model railway club's news page in HTML",
        None,
        """<html>
<head><title>Ashby &amp; District Model Railway Club - News</title></head>
<body>
<div id="header"><h1>Ashby &amp; District Model Railway Club</h1>
<p>Club nights every Wednesday, 7-10pm, St Mark's Hall, Ashby</p></div>
<div id="news">
<div class="post">
<h2>Exhibition 2024 a record success</h2>
<p class="posted">Posted on 18 November 2024 by Keith</p>
<p>Our annual exhibition at Ashby Town Hall over the weekend of 9-10 November drew 1,874
visitors, the most since 2016. Our OO gauge layout <b>Little Ashby</b>, begun in 2011,
won best in show.</p>
</div>
<div class="post">
<h2>AGM</h2>
<p class="posted">Posted on 4 November 2024 by Sue (Secretary)</p>
<p>The AGM will be held on Tuesday 14 January 2025 at 7.30pm. Nominations for the committee
to the secretary, please.</p>
</div>
<div class="post">
<h2>Fiddle yard relay complete</h2>
<p class="posted">Posted on 28 October 2024 by Keith</p>
<p>The relaying of the fiddle yard on the club layout, started in about June, was finished
on Saturday. Thanks to everyone who turned up with a soldering iron.</p>
</div>
</div>
<div id="about"><p>The club was founded in 1958 and has met at St Mark's Hall since 1973.
Membership GBP 35 a year.</p></div>
<div id="footer">&copy; 2024 ADMRC | Last updated 18/11/2024</div>
</body>
</html>""",
        (
            expect("2024-11-09/2024-11-10", "exhibition"),
            expect("2011", "little ashby"),
            expect("2025-01-14", "agm", planned=True),
            expect("2024-06~", "start"),
            expect("2024-10-26", "finish"),
            expect("1958", "found"),
            expect("1973/..", "hall"),
        ),
    ),
    Text(
        "runfold-closure",
        "chemicals company's plant closure announcement",
        None,
        """Halvorsen Chemicals plc (LSE: HVC)

Proposed closure of Runfold chlor-alkali plant

Runfold, 6 March 2025 - Halvorsen Chemicals plc today announces its intention to close its
chlor-alkali plant at Runfold, Cheshire, which employs 212 people.

The company began formal consultation with employee representatives and the unions on
Monday. Production of chlorine and caustic soda will cease no later than 30 June 2025, and
decommissioning of the site is expected to be complete by 2027.

The Runfold plant opened in 1964 and was expanded in 1989 with a membrane-cell unit. Since
2022 the site has operated at about 55 percent of capacity, as energy costs rose by 180
percent between 2021 and 2023. Carbon costs under Phase IV of the EU ETS (2021-2030) add
further pressure.

"This is a painful decision for a site with a proud history," said chief executive Lars
Engstrom. The group's last closure, of its Eldmoor resins plant, took place in 2019; all
Eldmoor employees were offered redeployment or retraining.

Halvorsen will continue to supply customers from its Teesport and Antwerp sites.

Enquiries
Investor relations: Ruth Baines, +44 20 7946 0321
Media: Tom Whitlock, +44 20 7946 0388

ENDS""",
        (
            expect("2025-03-06", "announce"),
            expect("2025-03-03", "consultation"),
            expect("../2025-06-30", "chlorine", planned=True),
            expect("../2027", "decommission", planned=True),
            expect("1964", "open"),
            expect("1989", "expand"),
            expect("2022/..", "capacity"),
            expect("2019", "eldmoor"),
        ),
    ),
    Text(
        "okonjo-national-title",
        "table tennis final report",
        date(2025, 4, 14),
        """TABLE TENNIS

Okonjo storms to first national title

By Leah Carrow

Tomiwa Okonjo won her first English National Championships women's singles title on Sunday,
beating the second seed Ellie Marsh 11-7, 9-11, 11-8, 8-11, 11-6 at the English Institute
of Sport in Sheffield.

The 22-year-old left-hander had knocked out the top seed, Hana Kwok, in the semi-finals the
previous day, saving two match points in the fifth game. She is the first left-hander to win
the women's title since 2008.

Defending champion Gemma Rees withdrew on Thursday with a wrist injury, opening up the top
half of the draw.

Okonjo, who turned professional in 2019 and was runner-up in 2023, trains every morning at
the Ormesby club in Middlesbrough. "I lost that final two years ago because I was scared,"
she said. "Today I wasn't."

Okonjo will make her World Championships debut in Doha in May, and has set her sights on
the 2028 Olympic Games in Los Angeles.

Results - women's singles final: T Okonjo bt E Marsh 3-2. Men's singles final: L Pitchford
bt S Walker 3-1.""",
        (
            expect("2025-04-13", "title"),
            expect("2025-04-12", "semi"),
            expect("2025-04-10", "withdr"),
            expect("2019", "professional"),
            expect("2023", "runner"),
            expect("2025-05", "debut", planned=True),
        ),
    ),
    Text(
        "iron-heron-notice",
        "defence ministry's exercise notice",
        None,
        """MINISTRY OF DEFENCE
Defence Training Estate South West
PUBLIC NOTICE - Exercise IRON HERON 25
Notice ref. DTE/SW/25/031 | Issued 4 August 2025

Exercise IRON HERON 25 will take place on the Kelsmoor Training Area and surrounding
land from 15 to 26 September 2025. Up to 1,400 personnel and 120 vehicles will take part.

Live firing will take place on 18 and 19 September between 08:00 and 23:00. Red flags are
flown and lamps shown whenever firing is in progress, and the public must not enter the
danger area.

The B4312 between Caldy Cross and Hennock will be closed on 17 September, from 06:00 to
20:00, for the movement of armoured vehicles. A signed diversion will be in place via the A386.

Low-flying helicopters will operate by day and by night. Residents who believe they have
suffered damage to land or livestock should register a claim no later than 31 October 2025.

Kelsmoor has been used for military training since 1941. The previous exercise in the
IRON HERON series was held in 2022.

Range Control: 01837 555 2210 (24 hours)
Grid reference of Range Control: SS 712 398""",
        (
            expect("2025-09-15/2025-09-26", "exercise", planned=True),
            expect("2025-09-18", "firing", planned=True),
            expect("2025-09-19", "firing", planned=True),
            expect("2025-09-17", "b4312", planned=True),
            expect("../2025-10-31", "claim", planned=True),
            expect("1941/..", "training"),
            expect("2022", "exercise"),
        ),
    ),
    Text(
        "rusland-beck-bobbin-mill",
        "bobbin mill's history",
        None,
        """Rusland Beck Bobbin Mill

Rusland Beck Bobbin Mill was built around 1835 by the local landowner, Thomas Satterthwaite,
to supply wooden bobbins to the cotton spinning mills of Lancashire. Coppiced birch, ash and
sycamore from the surrounding woods were turned into bobbins on lathes driven by a
waterwheel fed from the beck.

Trade was good. In 1858 the waterwheel was supplemented by a steam engine, and by 1860 the
mill employed 80 men and boys, some as young as nine. A fire in 1871 destroyed the turning
shop, which was rebuilt within the year. At its height the mill could produce up to 250,000
bobbins a week.

The Satterthwaites possibly sold the mill to the Coniston Bobbin Company in 1902, though no
deed of sale survives. Electricity was installed in 1941, when the steam engine was kept as
a standby.

With the decline of the cotton industry, orders fell away, and the mill closed on
31 December 1971. English Heritage opened it as a working museum in 1983, and since 1987 it
has been a scheduled monument.

Visiting
The mill is open daily from April to October. Demonstrations of bobbin turning are given
every hour. Admission GBP 9.50.""",
        (
            expect("1835~", "built"),
            expect("1858", "steam"),
            expect("../1860", "employ"),
            expect("1871", "fire"),
            expect("1902?", "sold"),
            expect("1941", "electricity"),
            expect("1971-12-31", "close"),
            expect("1983", "museum"),
            expect("1987/..", "monument"),
        ),
    ),
    Text(
        "hollins-park-newsletter",
        "friends-of-the-park newsletter",
        date(2025, 4, 3),
        """FRIENDS OF HOLLINS PARK
Newsletter No. 58 - Spring 2025

Bandstand back in tune

The restored bandstand was reopened on Saturday 15 March by the Mayor, Cllr Joan Pell, with
music from the Hollinsworth Silver Band. Restoration began in September 2024, after
lead thieves stripped the roof. Thank you to everyone who gave to the appeal: we raised
GBP 18,750, our biggest appeal since 2014.

Trees for the future

On 22 February, 35 volunteers planted 40 trees along the Beck Walk, including six
replacement limes for those lost in the storms.

From the chair

Hollins Park opened in 1893 on land given by the mill owner Samuel Hollins, and we want it
to look its best for its birthday. The Friends have run the refreshment kiosk since 2019,
and every penny of profit goes back into the park.

Coming up

Our Easter Fair will be held on Monday 21 April from 11am, with a dog show and tombola. The
council has promised to resurface the main paths by the end of June.

Litter picks take place on the first Sunday of every month - meet at the kiosk at 10am.

Membership: GBP 5 a year. Friends of Hollins Park, registered charity 1109245.
friendsofhollinspark.example | 0161 555 0822""",
        (
            expect("2025-03-15", "reopen"),
            expect("2024-09", "restoration"),
            expect("2025-02-22", "tree"),
            expect("1893", "park"),
            expect("2019/..", "kiosk"),
            expect("2025-04-21", "fair", planned=True),
            expect("../2025-06", "resurface", planned=True),
        ),
    ),
    Text(
        "harwood-pell-organs",
        "organ builder's history",
        None,
        """Harwood & Pell, Organ Builders - Our History

The firm was founded in 1868 by Josiah Harwood, a joiner who had trained with the London
builders, in a workshop behind his father's house in Lowerby. Its first instrument, a
two-manual organ for St Bride's Church, Lowerby, was completed in 1870 and is still played
every Sunday.

In 1884 the firm moved to the Albion Works on Canal Street, where it remains today. A fire
about 1902 destroyed the drawing office, and with it most of the firm's early records; the
surviving order books begin at Opus 212.

Between 1931 and 1933 the firm rebuilt the great organ of Kendrick Cathedral, adding a
32-foot Open Wood and a new console of the Harwood 1890 pattern. With 4,120 pipes it
remains the firm's largest instrument.

Since 1978 the firm has been led by the Pell family, who first came to the Albion Works
as apprentices. Today Harwood & Pell employs eleven craftsmen and maintains some 300 organs
across the
north of England.

Current work

The firm will complete a new 38-stop organ for St Mary's Church, Ashwell, in 2026. The
restoration of the 1,875-pipe organ at Holmfield Methodist Church is under way.

Harwood & Pell Ltd, Albion Works, Canal Street, Lowerby. Tel. 01535 555 0417""",
        (
            expect("1868", "found"),
            expect("1870", "bride"),
            expect("1884", "albion"),
            expect("1902~", "fire"),
            expect("1931/1933", "rebuil"),
            expect("1978/..", "pell"),
            expect("2026", "ashwell", planned=True),
        ),
    ),
)
