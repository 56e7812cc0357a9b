"""The hundred-and-twenty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a museum acquisition announcement, a rowing regatta
programme, a hospital trust board minute, a beekeeper's diary, a volcano observatory update,
a railway heritage society newsletter, a data-breach disclosure letter, a theatre company's
season history, a coroner's inquest report, a university obituary and a fisheries quota
notice. The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "next week", "recently") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYSEVENTH_CORPUS",)


HUNDREDTWENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-hull-crack",
        "wire story with a dateline",
        date(2025, 3, 13),
        """LOWMERE, March 13 (Northfield Wire) - Ferry operator Skerrow Lines suspended all
sailings between Lowmere and the Halsay islands on Wednesday after engineers found a crack
in the hull of its largest vessel, leaving about 3,000 islanders without a car ferry.

The crack, some 40 centimetres long, was first spotted during a routine inspection on
March 4, the company said, but its extent only became clear after divers examined the ship.

The Kestrel Bay entered service in 2009 and was refitted in 2016 and again in 2021.
Skerrow Lines, founded in about 1954 as a cooperative of island hauliers, runs three
vessels on the route.

"Safety comes first. We will not sail until the classification society is satisfied,"
chief executive Orla Brannock said. It is the first full suspension of the service since
2013.

Sailings are expected to resume on Monday with a smaller chartered ship, the Morven, which
can carry 40 cars instead of 120. The company said repairs to the Kestrel Bay should be
completed by April 30, in time for the summer timetable.

Island councillors, who meet the operator every quarter, said hauliers had already
cancelled deliveries of feed and fuel to the outer islands.

(Reporting by Ewan Tulloch; Editing by Priya Marsh; +44 131 496 0723)""",
        (
            expect("2025-03-12", "suspend"),
            expect("2025-03-04", "crack"),
            expect("2009", "service"),
            expect("2016", "refit"),
            expect("2021", "refit"),
            expect("1954~", "found"),
            expect("2025-03-17", "resume", planned=True),
            expect("../2025-04-30", "repair", planned=True),
        ),
    ),
    Text(
        "solar-plant-opens",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Veltrane Solar opens module plant in Carrow, creating 260 jobs

CARROW, 2 June 2025 - Veltrane Solar Ltd today announced that its new solar module plant in
Carrow began production on 30 May, fourteen months after construction started in March 2024.

A second production line is scheduled to start on 1 September, doubling the plant's output
to 1.2 gigawatts a year. The plant is expected to reach full capacity no later than March
2026, and Veltrane expects to employ 400 people at Carrow by 2027.

"Carrow gives us room to grow, and it keeps manufacturing in the region," said managing
director Idris Pennock. "Most of our new staff live within ten miles of the gate."

The plant was built on the site of the former Carrow brickworks with support from the
Northern Growth Fund. It recycles 94 per cent of its process water.

About Veltrane Solar
Founded in 2011 in Brightwell, Veltrane Solar designs and manufactures solar modules for
commercial roofs and infrastructure. It has supplied panels to the Northern Rail network
since 2015 and is certified to ISO 9001:2015.

Media contact: Jo Arkwright, press@veltrane.example, +44 113 496 0381

###""",
        (
            expect("2025-05-30", "production"),
            expect("2024-03", "construction"),
            expect("2025-09-01", "line", planned=True),
            expect("../2026-03", "capacity", planned=True),
            expect("../2027", "employ", planned=True),
            expect("2011", "found"),
            expect("2015/..", "suppl"),
        ),
    ),
    Text(
        "vale-v-holloway",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTLAND
SECOND APPELLATE DISTRICT

DORRIT VALE, Defendant and Appellant,
v.
HOLLOWAY PROPERTY TRUST, Plaintiff and Respondent.

No. B-24-1187 (Super. Ct. No. 23CV04412)
Filed April 22, 2025

OPINION

MENDEZ-ORR, J. - This appeal concerns a commercial tenant's liability for rent after she
surrendered the premises. We reverse in part.

I. BACKGROUND

On or about March 3, 2021, appellant Dorrit Vale signed a lease for a bakery unit at 14
Quarry Street owned by respondent Holloway Property Trust (the Trust). The lease term ran
from April 1, 2021 through March 31, 2024, at a monthly rent of $3,150.

Following a dispute over repairs, the Trust served a notice to quit on January 9, 2023.
Vale returned the keys two days later and vacated the unit. The Trust filed this action on
June 14, 2023, seeking rent for the remainder of the term under Civil Code section 1951.2.

After a bench trial, the court entered judgment for the Trust on May 2, 2024, awarding
$41,580. Vale timely appealed.

II. DISCUSSION

A landlord who elects to terminate a lease cannot recover, as rent, sums falling due after
the termination (Orsini v. Dale (1994) 41 W.App.4th 212, 219). The notice to quit ended
the tenancy; the Trust's remedy thereafter lay in damages, which the trial court did not
assess.

III. DISPOSITION

The judgment is reversed insofar as it awards rent accruing after the notice to quit. The
matter is remanded, and the trial court shall hold a hearing on damages no later than
September 30, 2025. Each party shall bear its own costs on appeal.

We concur: HALVORSEN, P. J.; OKONJO, J.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2021-04-01/2024-03-31", "lease"),
            expect("2023-01-09", "notice"),
            expect("2023-01-11", "vacat"),
            expect("2023-06-14", "action"),
            expect("2024-05-02", "judgment"),
            expect("../2025-09-30", "hearing", planned=True),
        ),
    ),
    Text(
        "orlenburg-abbey",
        "encyclopedia history",
        None,
        """Orlenburg Abbey

Orlenburg Abbey is a ruined Cistercian monastery on the River Lenne, 6 km north of the
market town of Staveley Cross. Its west range is the only part of the buildings still
roofed.

History
The abbey was founded c. 1140 by monks from Clairmont. Its church was consecrated in 1178
by Bishop Aldred of Wendham. A fire, probably in 1349, destroyed the dormitory and much of
the library; the chronicle that records it was written decades later and gives no exact
date.

The abbey was dissolved in 1536, and its lands were sold to the Fenwick family the
following year. The church was quarried for building stone, but the west range survived as
a farmhouse. Since 1602 it has housed Orlenburg Grammar School, which claims to be the
oldest school in the county in continuous use.

Archaeology
Excavations were carried out in 1911, 1927 and 1958. The second of these uncovered the
chapter house floor, with 312 decorated tiles, and the foundations of an earlier timber
church. The cloister, 38 metres square, is the largest surviving in the region.

The ruins have been in the care of the Heritage Commission since 1984 and are open to
visitors daily.""",
        (
            expect("1140~", "found"),
            expect("1178", "consecrat"),
            expect("1349?", "fire"),
            expect("1536", "dissol"),
            expect("1537", "sold"),
            expect("1602/..", "school"),
            expect("1911", "excavat"),
            expect("1927", "excavat"),
            expect("1958", "excavat"),
            expect("1984/..", "care"),
        ),
    ),
    Text(
        "vale-beat-dunmore",
        "sports report",
        date(2025, 9, 14),
        """Harlow Vale 3 Dunmore Athletic 1

By Cal Mbeki, Sunday 14 September 2025

Ade Konu scored twice on his home debut as Harlow Vale beat Dunmore Athletic 3-1 at
Riverside Park on Saturday to climb to fourth in the Northern Premier table.

Konu, signed from Castlebury Town on 28 August for an undisclosed fee, opened the scoring
after 11 minutes and added a second from the penalty spot shortly after half-time.
Dunmore's Liam Farr pulled one back with a header, before Josh Ileto sealed the points in
stoppage time.

It was Vale's first league win over Dunmore since 2017, and the crowd of 2,814 was the
biggest at Riverside this season.

"He trains every morning like it's a cup final," said manager Rhian Cole, who was appointed
in June 2023 and has now lost only one of her last nine home games. "The lads fed him the
ball and he did the rest."

Vale, who won the league title in 1998 and 2004, host Portgate on Wednesday before
travelling to Eastholm on September 20.

Harlow Vale: Brennan; Okoro, Dale, Fitch, Ward; Ileto, Sands (Price 74), Moyo; Hart,
Konu, Adair (Lowe 81).""",
        (
            expect("2025-09-13", "beat"),
            expect("2025-08-28", "sign"),
            expect("2023-06", "appoint"),
            expect("1998", "title"),
            expect("2004", "title"),
            expect("2025-09-17", "portgate", planned=True),
            expect("2025-09-20", "eastholm", planned=True),
        ),
    ),
    Text(
        "hollin-marsh-ropes",
        "company history",
        None,
        """Our history - Hollin & Marsh Ropes

Josiah Hollin opened a rope walk at Saltby harbour in 1887, making hemp lines and nets for
the herring fleet. He took his brother-in-law, Arthur Marsh, into partnership around 1895,
and the two men built the firm's name on the quality of its mooring lines.

The business moved to larger premises on Kells Lane in 1923, and was incorporated as a
limited company two years later. In wartime the works made cargo nets and camouflage
netting, employing 140 people at its peak.

Since 1956 Hollin & Marsh has spun polypropylene as well as natural fibres, and today
synthetic rope makes up nine-tenths of our sales.

In March 1988 the company was bought by its managers, led by Susan Marsh, a great-
granddaughter of Arthur. A new factory at Crossmoor opened in 2014, and the old Kells Lane
works were converted into flats.

Looking ahead, we plan to open a rope recycling plant at Crossmoor in 2027, taking back
worn lines from harbours across the north-east. We still splice every mooring line by hand.""",
        (
            expect("1887", "rope"),
            expect("1895~", "partnership"),
            expect("1923", "move"),
            expect("1925", "incorporat"),
            expect("1956/..", "polypropylene"),
            expect("1988-03", "manag"),
            expect("2014", "factory"),
            expect("2027", "recycling", planned=True),
        ),
    ),
    Text(
        "corvid-sample-return",
        "mission summary",
        None,
        """CORVID SAMPLE RETURN MISSION - MISSION SUMMARY
Agency: Northern Space Consortium (NSC)
Target: asteroid (2041) Halvard
Launch mass: 1870 kg

Corvid was launched on 14 October 2019 aboard a Tarrant-4 rocket from the Kessock range.
After an Earth flyby on 2 December 2020 that bent its path toward the asteroid belt, the
spacecraft's navigation camera failed on or about 11 April 2021, and the team switched to
the backup unit.

Corvid arrived at Halvard on 19 July 2022 and spent fifteen weeks mapping its surface from
orbits as low as 900 metres. It touched down in the crater Emsworth on 3 November and
collected about 120 grams of regolith, the largest sample yet taken from a carbon-rich
asteroid. The spacecraft left Halvard and began its return cruise on 28 February 2023.

The sample capsule is scheduled to land in the Stanmore desert range on 9 September 2026.
Once the capsule has been recovered, the mission is expected to end by December 2026,
although the team has proposed an extended mission to a second asteroid.

Distance travelled to date: 6.2 billion km. Mission status: cruise, nominal.""",
        (
            expect("2019-10-14", "launch"),
            expect("2020-12-02", "flyby"),
            expect("2021-04-11~", "camera"),
            expect("2022-07-19", "arriv"),
            expect("2022-11-03", "touch"),
            expect("2023-02-28", "return"),
            expect("2026-09-09", "capsule", planned=True),
            expect("../2026-12", "mission", planned=True),
        ),
    ),
    Text(
        "tarn-valley-floods",
        "government statement",
        date(2025, 2, 6),
        """MINISTRY OF WATER AND RURAL AFFAIRS
Statement by the Minister, Halla Ruvik, on the Tarn Valley floods
6 February 2025

Heavy rain between 27 and 31 January caused the River Tarn to overtop its banks in eleven
places, flooding some 400 homes and 60 businesses. It was the worst flooding in the valley
since 1968. A state of emergency declared on 29 January remains in force.

I will visit the Tarn Valley on Tuesday to meet families and the emergency services, and to
thank the volunteers who have worked around the clock.

Emergency payments of 2,500 krona per household will be made no later than 28 February. An
independent review of the valley's flood defences, led by Professor Anu Sellar, will report
by 30 June.

The Tarn Valley defence scheme was approved in 2019. Since 2021 the government has invested
1.2 billion krona in flood defences nationwide, but the scheme's final phase was delayed by
legal challenges. I understand the anger of residents, and I will not hide behind process.

Residents can call the flood line on 0300 555 0142, open every day from 8am to 8pm.

Ends""",
        (
            expect("2025-01-27/2025-01-31", "rain"),
            expect("2025-01-29", "emergency"),
            expect("2025-02-11", "visit", planned=True),
            expect("../2025-02-28", "payment", planned=True),
            expect("../2025-06-30", "review", planned=True),
            expect("2019", "approv"),
            expect("2021/..", "invest"),
        ),
    ),
    Text(
        "wexbury-library",
        "HTML news page",
        date(2025, 5, 21),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wexbury library to reopen after restoration | Wexbury Courier</title>
<meta name="date" content="2025-05-21">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Wexbury's Carnegie library to reopen on Saturday</h1>
<p class="byline">By Nadia Quist | Published 21 May 2025, 09:14</p>
<p>Wexbury's Carnegie library will reopen to the public on Saturday after a two-year
restoration that cost £3.4 million.</p>
<p>The listed building, which opened on 12 October 1906, closed in May 2023 when inspectors
found rot in the roof timbers.</p>
<p>Roof works began on 4 March 2024 and finished in January this year. A public consultation
on the new layout ran from 3 to 17 April, and more than 1,900 residents took part.</p>
<p>A café in the former reading room is expected to open by July. The council will decide
the library's opening hours at its meeting on 2 June.</p>
<p>"It is the most ambitious project we have undertaken since 1998," said councillor Femi
Oduro.</p>
</article>
<footer>&copy; 2025 Wexbury Courier &middot; <a href="/contact">Contact us</a></footer>
</body>
</html>""",
        (
            expect("2025-05-24", "reopen", planned=True),
            expect("1906-10-12", "open"),
            expect("2023-05", "close"),
            expect("2024-03-04", "roof"),
            expect("2025-01", "finish"),
            expect("2025-04-03/2025-04-17", "consultation"),
            expect("../2025-07", "café", planned=True),
            expect("2025-06-02", "hours", planned=True),
        ),
    ),
    Text(
        "penrose-chest",
        "museum acquisition announcement",
        date(2025, 11, 4),
        """ALDERMOOR MUSEUM
News | 4 November 2025

Aldermoor Museum acquires the Penrose chest

The Aldermoor Museum has acquired the Penrose chest, an oak coffer painted with scenes of
the town's horse fair and made c. 1620, probably by a joiner working in Aldermoor. The
museum bought it at auction in London on 22 October for £186,000.

The chest belonged to the Penrose family of Kestle Manor from 1740 until 1931, when it was
sold to a private collector in Boston. It was last exhibited in public in 1952, at the
Westcountry Furniture Exhibition.

Conservators are now cleaning the painted panels, work that must be finished before 30
November. The chest will go on public display in the Tudor Gallery on 6 December.

The purchase was made possible by a grant of £120,000 from the Heritage Purchase Fund,
which has supported the museum since 2008, and by 640 individual donors.

Director Miriam Achterberg said: "The chest has come home. It shows Aldermoor as its own
people saw it four centuries ago."

Press enquiries: press@aldermoor-museum.example | Object number ALDMM 2025.114""",
        (
            expect("1620~", "chest"),
            expect("2025-10-22", "auction"),
            expect("1740/1931", "penrose"),
            expect("1931", "sold"),
            expect("1952", "exhibit"),
            expect("../2025-11-30", "panels", planned=True),
            expect("2025-12-06", "display", planned=True),
            expect("2008/..", "fund"),
        ),
    ),
    Text(
        "kelmouth-regatta",
        "rowing regatta programme",
        date(2025, 6, 16),
        """KELMOUTH AMATEUR REGATTA
Saturday 5 and Sunday 6 July 2025
Official Programme - £3

Welcome
The committee welcomes crews and spectators to the river. Racing starts at 08:30 each day
and the last final is due off at 17:10. The bar on the club lawn is open every evening.

Entries
Entries close at noon on 23 June. The draw will be made in the clubhouse on Wednesday 2
July. Crews must collect their numbers at Control one hour before their first race.

The Course
1850 metres, upstream, from Ferry Steps to the Kelmouth Bridge finish. Two lanes, side by
side, with a stake-boat start.

History
The regatta was first held in 1862 and was revived in 1949 after a gap of ten years. The
Grand Challenge Cup for senior eights was presented in 1891 by the Kelmouth Shipwrights'
Company. The course record of 5:48 was set by Tyne Vale Rowing Club in 2018.

Safety
All coxes must wear a lifejacket. Umpires' decisions are final. Emergency: 07700 900461.""",
        (
            expect("2025-07-05/2025-07-06", "regatta", planned=True),
            expect("2025-06-23", "entries", planned=True),
            expect("2025-07-02", "draw", planned=True),
            expect("1862", "first"),
            expect("1949", "reviv"),
            expect("1891", "cup"),
            expect("2018", "record"),
        ),
    ),
    Text(
        "riversea-board-minutes",
        "hospital trust board minute",
        None,
        """RIVERSEA HOSPITALS NHS TRUST
Minutes of the meeting of the Board of Directors held in public on Thursday 27 March 2025
at 10:00, Boardroom, Ashgrove Hospital

Present: Ruth Ingleby (Chair), Mark Feeney (Chief Executive), Dr Imani Read (Medical
Director), Sian Price (Chief Nurse), Olu Bankole (Director of Finance)
Apologies: Gareth Lyle (Non-Executive Director)

25/031 Welcome and apologies
The Chair welcomed Dr Imani Read, who took up post as Medical Director on 1 March.

25/032 Care Quality Commission inspection
The CQC inspected maternity and urgent care services from 11 to 13 February. The Chief
Nurse reported that initial feedback had been positive; the draft report is expected in
May.

25/033 Diagnostic imaging
The new MRI scanner at Ashgrove was installed in January and will be fully operational by
30 April. Waiting times for MRI have fallen to 4.2 weeks, the lowest since 2019.

25/034 Finance
The Board approved the 2025/26 revenue budget.
ACTION: Director of Finance to present a revised savings plan by 24 April.

25/035 Any other business
None.

Date of next meeting: Thursday 29 May 2025, 10:00""",
        (
            expect("2025-03-27", "meeting"),
            expect("2025-03-01", "director"),
            expect("2025-02-11/2025-02-13", "inspect"),
            expect("2025-05", "report", planned=True),
            expect("2025-01", "scanner"),
            expect("../2025-04-30", "operational", planned=True),
            expect("../2025-04-24", "savings", planned=True),
            expect("2025-05-29", "meeting", planned=True),
        ),
    ),
    Text(
        "top-field-apiary",
        "beekeeper's diary",
        None,
        """Apiary diary 2025 - Top Field, Hollins Moor
Hives: 1 (Buckfast), 2 (local black), 3 (nucleus from last year)

Sat 12 April. Warm, 16 C. First full inspection of the year. Hive 1 queen laying well on six
frames, hive 2 slower. Plenty of stores in both.

Thu 24 April. Hive 3 swarmed at about 2 pm and settled in the hawthorn by the gate.
Collected it into a spare box before dusk. Old queen gone with them, I think.

Mon 5 May. Added supers to hives 1 and 2. Ordered a mated queen from Ferrow Apiaries - they
have bred Buckfast queens since 1994, never had a bad one from them.

Sun 18 May. Hive 3 still queenless? No eggs seen. New queen arrived by post; introduced her
in a cage with candy.

Sat 7 June. Took off the first supers and extracted 14 kg of light honey, the best spring
crop since 2019. Hive 2 very tetchy.

Reminder: inspect every 7 days until July.

Note for August: varroa treatment from 10 to 31 August, all hives. Association honey show
on 13 September - enter the dark honey and a frame.""",
        (
            expect("2025-04-12", "inspection"),
            expect("2025-04-24", "swarm"),
            expect("2025-05-05", "super"),
            expect("1994/..", "ferrow"),
            expect("2025-05-18", "queen"),
            expect("2025-06-07", "honey"),
            expect("2025-08-10/2025-08-31", "varroa", planned=True),
            expect("2025-09-13", "show", planned=True),
        ),
    ),
    Text(
        "kerrane-activity-notice",
        "volcano observatory update",
        date(2025, 8, 19),
        """KERRANE VOLCANO OBSERVATORY
VOLCANO ACTIVITY NOTICE

Volcano: Mount Kerrane (VNUM 284130)
Issued: Tuesday 19 August 2025, 06:30 UTC
Notice number: 2025/KER/14
Aviation Colour Code: ORANGE    Volcano Alert Level: 3

Summary: The Observatory raised the Volcano Alert Level from 2 to 3 on Sunday, after a short
ash emission from the summit crater on 16 August.

Seismicity: A swarm of volcano-tectonic earthquakes has continued since 2 August, with up to
140 events a day, the highest daily counts at Kerrane since 2011.

Gas: Sulphur dioxide emissions measured during an overflight on 14 August were about 1,200
tonnes per day, four times the background level.

Background: Mount Kerrane last erupted in 1967, when lava flows reached the outskirts of the
village of Tessary. A minor phreatic explosion occurred in about 1984.

Outlook: An aerial survey with the civil defence agency is planned for Thursday. Further ash
emissions may occur with little warning. The 5 km exclusion zone remains in place.

Contact: duty volcanologist, +64 7 555 0193""",
        (
            expect("2025-08-17", "alert"),
            expect("2025-08-16", "ash"),
            expect("2025-08-02/..", "swarm"),
            expect("2025-08-14", "overflight"),
            expect("1967", "erupt"),
            expect("1984~", "phreatic"),
            expect("2025-08-21", "survey", planned=True),
        ),
    ),
    Text(
        "wenlow-whistle-212",
        "railway heritage society newsletter",
        None,
        """WENLOW VALLEY RAILWAY SOCIETY
The Wenlow Whistle - Newsletter No. 212 - Autumn 2025
Registered charity no. 1048821

From the Chairman
What a summer it has been. On 9 August 2025, after an overhaul lasting ten years, No. 4471
Lady Agnes returned to steam, and more than 1,600 visitors came to ride behind her.

Lady Agnes was built at Crewe in 1923 and withdrawn by British Railways in 1965. Our
founders bought her from a scrapyard at Dunmoss in about 1971, by which time she had lost
her tender and most of her brass.

Hatherby extension
The line beyond Wenlow Halt, closed in 1962, came a step closer to reopening when the Light
Railway Order was granted on 2 September. Track-laying volunteers meet every Sunday at the
Halt; new faces are always welcome.

Diary dates
Santa Specials will run on 6 and 13 December; booking opens online shortly.
The Annual General Meeting will be held in the Station Buffet on Saturday 15 November at
2 pm. Nominations for the committee to the Secretary, please.

Membership now stands at 1,987. Thank you all.""",
        (
            expect("2025-08-09", "steam"),
            expect("1923", "built"),
            expect("1965", "withdraw"),
            expect("1971~", "scrapyard"),
            expect("1962", "close"),
            expect("2025-09-02", "order"),
            expect("2025-12-06", "santa", planned=True),
            expect("2025-12-13", "santa", planned=True),
            expect("2025-11-15", "meeting", planned=True),
        ),
    ),
    Text(
        "pellway-breach-notice",
        "data-breach disclosure letter",
        None,
        """Pellway Health Supplies, Inc.
PO Box 4471, Harlan Falls, OH 45999

June 10, 2025

Re: Notice of Data Breach - Reference PHS-2025-0611

Dear Customer,

We are writing to tell you about a security incident that may have involved some of your
personal information. Pellway has served home-care customers since 1999, and we take the
protection of your information seriously.

What Happened. On May 19, 2025, we discovered unusual activity in our online ordering
system. We took the system offline and engaged an outside cybersecurity firm. The
investigation determined that an unauthorized party had access to the system between April
28 and May 16, 2025. On or about May 22, we notified law enforcement.

What Information Was Involved. Names, postal addresses, dates of birth and order
histories. Payment card numbers were not involved.

What We Are Doing. We are moving the ordering system to a new platform, a migration we
expect to complete by August 2025.

What You Can Do. We are offering 24 months of complimentary credit monitoring through
Claravue. To enroll, visit claravue.example/pellway and use code PW7731. You must enroll by
September 30, 2025. We recommend reviewing your account statements every month.

For More Information. Call 1-888-555-0148, Monday through Friday, 9 a.m. to 6 p.m. Eastern.

Sincerely,
Dana Whitcombe
Chief Privacy Officer""",
        (
            expect("1999/..", "customer"),
            expect("2025-05-19", "discover"),
            expect("2025-04-28/2025-05-16", "access"),
            expect("2025-05-22~", "enforcement"),
            expect("../2025-08", "migration", planned=True),
            expect("../2025-09-30", "enrol", planned=True),
        ),
    ),
    Text(
        "lantern-players-seasons",
        "theatre company's season history",
        None,
        """The Lantern Players - Our Seasons

The Lantern Players were founded in 1958 by a group of teachers in Ashby Norton, and staged
their first production, Sheridan's The Rivals, in November that year in St Aidan's church
hall.

The company moved into the old Corn Exchange around 1966, where it staged four productions
a season and built up a loyal audience of subscribers.

Ibsen's Hedda Gabler has been our most revived play: we staged it in 1971, 1984 and 2003,
each time with a different director and a different Hedda.

On the night of 4 February 1990 the Corn Exchange was destroyed by fire, taking with it
most of our costumes and thirty years of programmes. For two seasons the company played in
school halls across the district, and it reopened in the rebuilt Exchange in September 1992
with Twelfth Night.

The 2018-19 season was our best-attended since 1979, with 11,400 tickets sold.

Looking ahead: our 2026 season will open with The Tempest on 12 March, and in August 2026
the company will take Hedda Gabler to the Edinburgh Fringe for the first time.

Box office: 01632 960514 | Registered charity 508112""",
        (
            expect("1958", "found"),
            expect("1958-11", "rivals"),
            expect("1966~", "exchange"),
            expect("1971", "hedda"),
            expect("1984", "hedda"),
            expect("2003", "hedda"),
            expect("1990-02-04", "fire"),
            expect("1992-09", "reopen"),
            expect("2026-03-12", "tempest", planned=True),
            expect("2026-08", "fringe", planned=True),
        ),
    ),
    Text(
        "polgrean-quarry-inquest",
        "coroner's inquest report",
        date(2025, 1, 16),
        """Quarryman's death was an accident, coroner rules

By Ros Penhale, Courts Reporter
Thursday 16 January 2025

A retired quarryman who fell about 30 metres at a disused quarry near Stennick died
accidentally, a coroner has ruled.

Gerald Davey, 67, of Mill Road, Stennick, was found at the foot of the west face of Polgrean
Quarry on 2 October last year. He had last been seen on the evening of 30 September,
walking his dog along the quarry path. A post-mortem examination on 4 October gave the cause
of death as multiple injuries, and the inquest was opened and adjourned on 9 October.

Mr Davey had worked at Polgrean from 1979 until it closed in 2008, and walked there most
days, his daughter, Sarah Lowen, said in a statement. The quarry's owners, Polgrean
Minerals, put up warning signs around 2015, but the hearing was told that the fence along
the west face had collapsed in several places.

Recording his conclusion at Carrick Coroner's Court on Tuesday, senior coroner Hugh Tregear
said there was no evidence that anyone else had been involved. He said he would write to
the company about the fence, the third such letter he had sent to quarry owners since 2020.

Polgrean Minerals said new fencing would be installed by 31 March.""",
        (
            expect("2024-10-02", "found"),
            expect("2024-09-30", "seen"),
            expect("2024-10-04", "post-mortem"),
            expect("2024-10-09", "adjourn"),
            expect("1979/2008", "work"),
            expect("2008", "clos"),
            expect("2015~", "signs"),
            expect("2025-01-14", "conclusion"),
            expect("../2025-03-31", "fenc", planned=True),
        ),
    ),
    Text(
        "helen-marrick-obituary",
        "university obituary",
        date(2025, 4, 3),
        """University of Harrowgate - News - Obituaries

Professor Helen Marrick, 1938-2025

Professor Helen Marrick, who held the chair of geology at the university for a quarter of a
century and led its first Arctic expeditions, died on 21 March aged 86.

Born in Leeds on 9 June 1938, the daughter of a railway clerk, she read natural sciences at
Carbury College and graduated in 1960. After a doctorate on the schists of the Northern
Highlands she joined the university as a lecturer in 1967, and was appointed to the chair
some eleven years later, the first woman to hold a science chair here.

She led expeditions to Svalbard in 1974 and 1981. The second mapped the retreat of the
Kvalbreen glacier, and its survey is still used by researchers today. Her textbook Rocks of
the North (1985) ran to four editions and was a set text for a generation of students.

Colleagues remember a demanding but generous teacher who read every draft twice. She retired
in 2003 but went on walking the Pennine fells with former students into her eighties.

She is survived by her husband, Tom, and their two sons. A memorial service will be held in
the Great Hall on 10 May.""",
        (
            expect("2025-03-21", "die"),
            expect("1938-06-09", "born"),
            expect("1960", "graduat"),
            expect("1967", "lecturer"),
            expect("1978~", "chair"),
            expect("1974", "svalbard"),
            expect("1981", "svalbard"),
            expect("1985", "rocks"),
            expect("2003", "retire"),
            expect("2025-05-10", "memorial", planned=True),
        ),
    ),
    Text(
        "north-reach-haddock",
        "fisheries quota notice",
        None,
        """DEPARTMENT OF MARINE RESOURCES
FISHERIES NOTICE FN 2025/37
Issued: 27 June 2025

NORTH REACH HADDOCK (AREA IVc) - CLOSURE OF THE DIRECTED FISHERY

1. The 2025 total allowable catch for North Reach haddock, 4,120 tonnes, was set on 12
December 2024. Landings reported so far have reached 4,046 tonnes, or 98.2 per cent of the
allocation.

2. The directed fishery for haddock in Area IVc will close at 23:59 on 30 June. Haddock
taken as by-catch after the closure must not exceed 5 per cent of the catch by weight. The
fishery will reopen on 1 January 2026 under the 2026 allocation.

3. Masters must submit logbooks for all trips ending before the closure no later than 7
July.

4. The minimum mesh size of 120 mm, in force since 1 March 2019, is unchanged.

5. A research survey by the vessel RV Harnmoor will run from 14 to 25 July. Fishing vessels
are asked to keep at least 2 nautical miles clear of the survey vessel.

6. Fisheries Notice FN 2025/29 is revoked. This notice is issued under section 12 of the Sea
Fisheries Act 1967.

Enquiries: Quota Desk, 0131 496 0812, quota@marine.example""",
        (
            expect("2024-12-12", "catch"),
            expect("2025-06-30", "close", planned=True),
            expect("2026-01-01", "reopen", planned=True),
            expect("../2025-07-07", "logbook", planned=True),
            expect("2019-03-01/..", "mesh"),
            expect("2025-07-14/2025-07-25", "survey", planned=True),
        ),
    ),
)
