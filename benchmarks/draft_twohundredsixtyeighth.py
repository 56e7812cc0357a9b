"""The two-hundred-and-sixty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a council's hackney
carriage fare review notice, an ice dance report, a zinc refinery release, a shepherd's lambing
book of the 1880s, a common lizard survey, a cricket bat maker's history, an arts minister's
statement, a roller disco's HTML page, a licensing sub-committee's decision on an objection to a
temporary event notice, a leatherwork history and an Aunt Sally league's fixtures card. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYEIGHTH_CORPUS",)


TWOHUNDREDSIXTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "torvellin-hangar-fire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """TORVELLIN, March 12 (Baltline News) - Regional carrier Aerotorvel suspended all flights
from its Torvellin base on Tuesday after a fire destroyed one of its two maintenance hangars,
and said services would resume on Monday.

The fire broke out shortly before midnight on Sunday and was brought under control early on
Monday, the airport's fire service said. No one was hurt, but three of the carrier's eleven
turboprops were damaged, one of them beyond repair.

Chief executive Anders Molvik said Aerotorvel would lease two aircraft from a Czech operator,
the first arriving on March 20 and the second about a week later. "Our priority is to get
stranded passengers home," he told a news conference at the terminal.

Shares in the company fell 6 percent on Wednesday, their steepest one-day drop since October
2020, as analysts warned that lost revenue could wipe out the airline's first-quarter profit.

Aerotorvel, founded in 1994 as an air-taxi business, carries about 1.3 million passengers
a year. The destroyed hangar was built around 1978 for the former state airline and had long
been due for replacement, according to the airport operator.

The civil aviation authority said it had opened an inquiry into the cause of the fire and
would publish an interim report by the end of June.

(Reporting by Ilse Varga; Editing by Tom Brandt)""",
        (
            expect("2025-03-11", "suspend", "flights"),
            expect("2025-03-09", "fire"),
            expect("2025-03-10", "control"),
            expect("2025-03-17", "resum", planned=True),
            expect("2025-03-20", "first", planned=True),
            expect("2025-03-27~", "second", planned=True),
            expect("2025-03-12", "shares"),
            expect("1994", "founded"),
            expect("1978~", "hangar", "built"),
            expect("../2025-06", "report", planned=True),
        ),
    ),
    Text(
        "vantrell-harrowgate-plant",
        "press release",
        None,
        """PRESS RELEASE

Vantrell Biosystems to build cell therapy plant at Harrowgate Science Park

HARROWGATE, England, 4 February 2025 - Vantrell Biosystems plc (LSE: VNTR), a developer of
cell therapies for blood cancers, completed the purchase of a six-hectare site at Harrowgate
Science Park on 31 January and will begin construction of a GBP 140 million manufacturing
plant there in April 2025.

The site was previously occupied by a council vehicle depot, which was demolished in 2019. A
ground-breaking ceremony will be held on 14 April, attended by the Mayor of Harrowgate. The
plant is expected to be completed by the end of 2026, and the first commercial batches are
scheduled for March 2027. About 220 people will work at the site when it reaches full
capacity.

"This is the largest single investment in our history," said Dr Helena Marsh, Chief
Executive Officer. "It lets us bring the manufacture of Celvara in-house for the first time
and shortens the wait for patients."

Vantrell was founded in 2011 as a spin-out of Eastmere University. Its first product,
Celvara, was approved by the Medicines Agency in May 2022 and is now used in 31 hospitals.
The company raised GBP 85 million in a share placing in September 2024, part of which will
fund the new plant.

Vantrell will report its full-year results on 19 March 2025.

-ENDS-

Notes to editors
Vantrell Biosystems plc is listed on the Main Market of the London Stock Exchange. The
company holds an open day for patient groups every year in June.

Media contact: Priya Anand, +44 20 7946 0381, press@vantrell.example
(c) 2025 Vantrell Biosystems plc. Reference: VB/PR/2025/03""",
        (
            expect("2025-01-31", "purchase"),
            expect("2025-04", "construction", planned=True),
            expect("2019", "demolish"),
            expect("2025-04-14", "ceremony", planned=True),
            expect("../2026", "complet", planned=True),
            expect("2027-03", "batches", planned=True),
            expect("2011", "founded"),
            expect("2022-05", "celvara", "approv"),
            expect("2024-09", "placing"),
            expect("2025-03-19", "results", planned=True),
        ),
    ),
    Text(
        "halverson-orchards-appeal",
        "court opinion",
        None,
        """IN THE APPELLATE COURT
FIFTH DISTRICT

HALVERSON ORCHARDS, LLC, Plaintiff-Appellant,
v.
CASTELLO IRRIGATION DISTRICT, Defendant-Appellee.

No. 5-23-0417
Opinion filed June 18, 2024

JUSTICE REYES delivered the judgment of the court, with opinion.

OPINION

1 Plaintiff Halverson Orchards, LLC, appeals the circuit court's order of March 2, 2023,
dismissing its complaint for breach of a water-delivery contract. For the reasons that
follow, we affirm.

2 I. BACKGROUND

3 Halverson has operated a 300-acre almond orchard in Tierra Blanca County since 1987. On or
about April 10, 2019, it entered into a written agreement with the District under which the
District was to deliver 900 acre-feet of water each irrigation season.

4 On July 14, 2021, the District notified its customers that deliveries would be cut by 40%
because of drought. Halverson alleges that its deliveries stopped entirely about two weeks
later. The contract required written notice of any claim within 90 days of the disputed
delivery. Halverson says it mailed a notice of claim, possibly on October 5, 2021; the
District denies ever receiving it, and no copy of the letter appears in the record.

5 Halverson filed suit on January 9, 2022. The circuit court granted the District's motion
to dismiss, finding that the notice requirement had not been met. The notice of appeal was
filed on March 29, 2023.

6 II. ANALYSIS

7 We review de novo an order granting a motion to dismiss. Halverson bears the burden of
pleading facts showing compliance with the contract's notice clause. An allegation that a
letter was "possibly" mailed on an uncertain date, unsupported by any copy or proof of
mailing, does not meet that burden.

8 III. CONCLUSION

9 For these reasons, we affirm the judgment of the circuit court of Tierra Blanca County.

10 Affirmed.""",
        (
            expect("2024-06-18", "affirm"),
            expect("2023-03-02", "dismiss"),
            expect("1987/..", "orchard"),
            expect("2019-04-10~", "agreement"),
            expect("2021-07-14", "notif"),
            expect("2021-07-28~", "deliveries", "stop"),
            expect("2021-10-05?", "mail"),
            expect("2022-01-09", "suit"),
            expect("2023-03-29", "appeal"),
        ),
    ),
    Text(
        "velmora-canal-history",
        "encyclopedia history",
        None,
        """Velmora Canal

The Velmora Canal is a 42-kilometre navigation canal linking the rivers Ostra and Velm,
with 31 locks and a summit tunnel at Harnsby. It is owned by the Velmora Canal Trust.

History

Proposals for a canal between the two rivers were first made c. 1760 by a group of
Ostrabridge coal owners, but came to nothing. An act of parliament authorising construction
was passed in 1791, and digging began the following year under the engineer Tobias Renwick.
The canal opened throughout on 14 May 1801, with a procession of fourteen boats from
Ostrabridge to the Velm basin.

For half a century the canal carried coal, lime and grain. Its fortunes declined after the
opening of the Velm Valley Railway, and the canal company eventually sold the waterway to
the railway. Maintenance was neglected, and commercial traffic ended around 1938. The
navigation was formally abandoned by act of parliament in 1955, and the Harnsby tunnel was
sealed.

Restoration

The Velmora Canal Trust was formed by volunteers to restore the waterway. Restored sections
reopened to boats in 1988, 1994 and 2003, and the canal has been a scheduled monument since
1999. Work to reopen the Harnsby tunnel, the last obstacle to through navigation, is
expected to be finished in 2027.

Traffic on the restored canal is heaviest in August, when the trust holds its annual boat
gathering at the Velm basin.

See also
- Canals of the Ostra basin
- Tobias Renwick""",
        (
            expect("1760~", "proposals"),
            expect("1791", "act"),
            expect("1792", "digging"),
            expect("1801-05-14", "opened"),
            expect("1938~", "traffic", "ended"),
            expect("1955", "abandoned"),
            expect("1988", "reopened"),
            expect("1994", "reopened"),
            expect("2003", "reopened"),
            expect("1999/..", "monument"),
            expect("2027", "tunnel", planned=True),
        ),
    ),
    Text(
        "harrowby-kelsall-cup",
        "sports report",
        date(2025, 11, 23),
        """COUNTY SENIOR CUP - THIRD ROUND

Harrowby Athletic 3 Kelsall Town 1

By Dan Mercer

Harrowby Athletic moved into the quarter-finals of the County Senior Cup with a deserved
win over Kelsall Town at a rain-soaked Mill Lane on Saturday.

Joel Akande, who joined on loan from Dunmore in August, opened the scoring after 12 minutes,
his ninth goal of the season. Kelsall levelled through Ryan Pike shortly before half-time,
but substitute Marcus Lyle struck twice in the final quarter to settle the tie.

It was Harrowby's first cup win over their neighbours since 2009. The sides last met in the
competition in March 2019, when Kelsall won 2-0 in a replay.

Harrowby manager Sean Doherty, appointed in September 2023, said: "The lads showed real
character after the equaliser. We've had a few sticky weeks, but this gives everyone a
lift."

Captain Liam Foster limped off with a hamstring injury on the hour and will miss Wednesday's
league game at Brackley. He is expected to be out for around three weeks.

The quarter-final draw will be made on Monday evening, with ties to be played on Saturday 13
December.

Kelsall, who were relegated from the Northern Premier in May, have now lost four of their
last five games. Their chairman, Paul Greaves, confirmed on Thursday that manager Tony Reid
had been offered a new two-year contract, and he insisted the club would not panic.

Harrowby: Walsh; Okoye, Foster (Brennan 61), Hart, Silva; Moran, Quinn, Dale (Lyle 70);
Akande, Price, Nwosu.
Kelsall: Kirby; Ellis, Morton, Shaw, Lees; Pike, Holt, Grady; Benn, Fox, Ward.
Attendance: 1,412.""",
        (
            expect("2025-11-22", "quarter"),
            expect("2025-08", "loan"),
            expect("2019-03", "met"),
            expect("2023-09", "appoint"),
            expect("2025-11-26", "brackley", planned=True),
            expect("2025-11-24", "draw", planned=True),
            expect("2025-12-13", "tie", planned=True),
            expect("2025-05", "relegat"),
            expect("2025-11-20", "contract"),
        ),
    ),
    Text(
        "quenby-pumps-history",
        "company history",
        None,
        """A HISTORY OF QUENBY PUMPS

From the smithy to the world

Quenby Pumps traces its origins to a smithy opened by Thomas Quenby in the village of
Ashwick in about 1852. His son Arthur patented a double-acting hand pump in 1879, and the
growing firm moved to a purpose-built works beside the Ashwick canal the following year.

The works made bilge pumps for the Admiralty in both world wars, and Quenby's first electric
centrifugal pump became the mainstay of its range between the wars.

Going abroad

After the Second World War demand from mines and farms overseas grew quickly. Quenby opened sales
offices in
Johannesburg, Melbourne and Toronto in 1949, 1953 and 1957, and soon exported more than half
of its output.

A new home

The old Ashwick works closed in 1986, when production moved to a single modern plant at
Denholm. Quenby has been owned outright by the Hartwell Group since 2004, and has kept its
own name, its own engineers and its own apprentice school, which still takes in twelve
school leavers every September.

Looking ahead

The company is to open a pump test centre at Denholm in 2026, able to test units of up to
2 megawatts. "Every Quenby pump has been tested before it left the factory since my
great-great-grandfather's day," says managing director Clare Quenby-Hunt. "The new centre
lets us keep that promise for the largest machines we make."

Quenby Pumps Ltd, Denholm Road, Denholm. Registered in England No. 00188243.""",
        (
            expect("1852~", "smithy"),
            expect("1879", "patent"),
            expect("1880", "moved"),
            expect("1949", "johannesburg"),
            expect("1953", "melbourne"),
            expect("1957", "toronto"),
            expect("1986", "closed"),
            expect("2004/..", "hartwell"),
            expect("2026", "test", planned=True),
        ),
    ),
    Text(
        "orven-lunar-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY: ORVEN-2 LUNAR ORBITER
Nordic Space Directorate - Lunar Programme Office
Status as of 15 January 2025: extended mission, spacecraft healthy

Overview
Orven-2 is the Directorate's first lunar orbiter. It carries a wide-angle camera, a laser
altimeter and a neutron spectrometer to map water ice near the lunar poles.

Mission timeline
Orven-2 was launched on a Kestrel V rocket from the Halmstrand range on 9 September 2022.
After a 25-day cruise, it entered lunar orbit on October 4, and it then lowered itself to its
100 km polar mapping orbit. Science operations began on November 1.

The primary mission ended on 31 October 2023, having mapped some 94 percent of the surface.
An extended mission was approved the following month. A reaction wheel failed on or about
17 March 2024; since 20 April 2024 the spacecraft has operated in a two-wheel mode, with
attitude control supported by its thrusters.

Outlook
The lander Orven-3, which will use Orven-2 to relay its data, is scheduled for launch in
August 2025. Orven-2's orbit is slowly decaying, and the spacecraft will be deliberately
impacted near the lunar south pole no later than December 2026.

Key facts
Launch mass: 1,140 kg
Orbit: 100 km, polar
Data returned: 212 terabytes
Mission cost: 310 million euros
Camera images are released to the public archive every three months.

Document NSD-LPO-0042, revision F""",
        (
            expect("2022-09-09", "launch"),
            expect("2022-10-04", "orbit"),
            expect("2022-11-01", "science"),
            expect("2023-10-31", "primary", "ended"),
            expect("2023-11", "extended"),
            expect("2024-03-17~", "wheel"),
            expect("2024-04-20/..", "two-wheel"),
            expect("2025-08", "orven-3", planned=True),
            expect("../2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "renholm-bridge-closure",
        "government statement",
        None,
        """Ministry of Transport and Public Works

STATEMENT ON THE CLOSURE OF THE RENHOLM BRIDGE

Issued: 27 February 2025

The Renholm Bridge on the N14 was closed to all traffic at 18:00 on Tuesday 25 February
after inspectors found cracking in two of its steel bearings. The closure was ordered as a
precaution. There is no immediate risk of collapse.

The bridge, which opened in 1964, carries some 28,000 vehicles a day. It was last
strengthened between May 2011 and March 2012. A lorry struck one of its piers on 3 November
2024, but inspections at the time found no damage to the structure.

The Minister, Dr Amira Sohl, visited the site on Wednesday and met engineers and the mayors
of Renholm and Aldby. Engineers will complete a full structural assessment by 14 March.
Buses and emergency vehicles are expected to be allowed back onto the bridge from Monday 3
March, subject to a weight limit of 18 tonnes.

A temporary ferry service between Renholm and Aldby quay will begin on Saturday, running
every 20 minutes from 06:00 to 22:00. Tickets will be free of charge.

Funding of 42 million euros for a replacement bridge was approved by Parliament in November
2023, and construction is due to start in 2026. The Ministry recognises that this is the
longest closure of a major crossing in the region since 2008, and apologises to residents
and businesses for the disruption.

Further updates will be published at www.mtpw.example/renholm.

Press Office - Ref. MTPW/2025/118""",
        (
            expect("2025-02-25", "closed"),
            expect("1964", "opened"),
            expect("2011-05/2012-03", "strengthened"),
            expect("2024-11-03", "lorry"),
            expect("2025-02-26", "visit"),
            expect("../2025-03-14", "assessment", planned=True),
            expect("2025-03-03", "buses", planned=True),
            expect("2025-03-01", "ferry", planned=True),
            expect("2023-11", "funding"),
            expect("2026", "construction", planned=True),
        ),
    ),
    Text(
        "dunmere-tram-extension",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council backs Westgate tram extension | Dunmere Evening Post</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/news/transport">Transport</a></nav></header>
<article>
<h1>Council backs 310m pound Westgate tram extension</h1>
<p class="byline">By <a href="/authors/ruth-okafor">Ruth Okafor</a>, Transport Reporter &middot;
<time datetime="2025-05-14T18:40">Wednesday 14 May 2025</time></p>
<p>Dunmere City Council voted on Tuesday night to approve a 4.2-mile extension of the city's
tram network to Westgate and the airport, after a five-hour debate.</p>
<p>Councillors backed the scheme by 41 votes to 17. Construction is scheduled to start in
January 2026, and the first trams are due to run no later than December 2028.</p>
<p>The decision follows a public consultation that ran from 3 February to 16 March, which
drew some 6,800 responses. The scheme was first proposed around 2016.</p>
<figure><img src="/img/tram-castle-square.jpg" alt="A tram at Castle Square">
<figcaption>A tram at Castle Square in March. Photo: Dunmere Evening Post</figcaption></figure>
<p>The city's first tram line opened in 1999, and a second, to Harbourside, followed in
2007. Ridership has grown every year since 2012.</p>
<p>Councillor Hugh Varley, the cabinet member for finance, resigned from the cabinet on
Monday over the cost of the scheme. Opposition leader Carl Benning said his group would ask
the Transport Secretary to call in the decision.</p>
<p>A final funding decision from the government is expected on Friday.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/potholes">Pothole repairs behind schedule</a></li>
</ul></aside>
<footer><p>&copy; 2025 Dunmere Evening Post. Last updated 15 May 2025 09:02.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-13", "approve"),
            expect("2026-01", "construction", planned=True),
            expect("../2028-12", "trams", planned=True),
            expect("2025-02-03/2025-03-16", "consultation"),
            expect("2016~", "proposed"),
            expect("1999", "first", "line"),
            expect("2007", "harbourside"),
            expect("2025-05-12", "resign"),
            expect("2025-05-16", "funding", planned=True),
        ),
    ),
    Text(
        "dunholt-hackney-fares",
        "hackney carriage fare review notice",
        None,
        """DUNHOLT BOROUGH COUNCIL

LOCAL GOVERNMENT (MISCELLANEOUS PROVISIONS) ACT 1976 - SECTION 65
HACKNEY CARRIAGE FARES: NOTICE OF PROPOSED VARIATION OF TABLE OF FARES

NOTICE IS HEREBY GIVEN that Dunholt Borough Council, at a meeting of its Licensing
Committee held on 14 January 2025, resolved to vary the table of fares for hackney
carriages licensed by the Council. The Committee had before it representations from the
Dunholt Taxi Drivers' Association, received on 2 December 2024.

The current table of fares took effect on 1 June 2023. The Council last carried out a full
review of fares in 2019. Drivers' fuel and insurance costs have risen by around 14 per cent
since 2023.

Summary of principal changes
Tariff 1 (06:00 to 22:00): initial charge for the first 1/5 mile or part, from 3.20 to
3.60 pounds.
Tariff 2 (22:00 to 06:00, Sundays and Bank Holidays): initial charge from 4.00 to 4.50
pounds.
Tariff 3 (Christmas and New Year): applies from 18:00 on 24 December to 06:00 on 2 January
each year; no change proposed.
Soiling charge: maximum 75 pounds (unchanged).

The proposed table of fares will come into effect on 1 April 2025 if no objection is made.

A copy of the proposed table may be inspected free of charge during office hours at the
Civic Offices, Market Street, Dunholt.

Any objection to the proposed variation must be made in writing and received by the
Licensing Manager no later than 21 February 2025.

If objections are made and not withdrawn, the Licensing Committee will consider them at its
meeting on 11 March 2025 and will then set a further date, not later than 1 June 2025, on
which the varied table will come into force.

Dated: 24 January 2025
Ref: LIC/HC/0125

J. Marlowe
Head of Legal and Democratic Services
Civic Offices, Market Street, Dunholt DH1 2AB""",
        (
            expect("2025-01-14", "resolv"),
            expect("2024-12-02", "representations"),
            expect("2023-06-01", "effect"),
            expect("2019", "review"),
            expect("2025-04-01", "effect", planned=True),
            expect("../2025-02-21", "objection"),
            expect("2025-03-11", "consider", planned=True),
            expect("../2025-06-01", "force", planned=True),
        ),
    ),
    Text(
        "valmont-ice-dance",
        "ice dance report",
        date(2025, 11, 16),
        """FIGURE SKATING | ICE DANCE

Moreau and Lindqvist retake Valmont title

VALMONT, France - Elise Moreau and Jonas Lindqvist won the ice dance at the Grand Prix de
Valmont on Saturday, scoring 131.40 in the free dance for a total of 214.86, and booked
their place in the Grand Prix Final.

The French-Swedish couple had led by more than three points after Friday's rhythm dance,
skated to a medley of 1980s club hits, and their free dance to Debussy's La Mer drew a
standing ovation from the 6,000 crowd at the Patinoire Duval.

It was their second win in Valmont after their first in 2022. Moreau and Lindqvist have
skated together since 2019 and train in Lyon under Marina Ostrova.

Lindqvist had surgery on his left knee in May 2024 and returned to competition at the
Nordic Trophy some ten months later. "There were days when I thought we would never get
back here," he said.

Canada's Tessa Hurd and Owen Blake took silver with 209.12, the highest total for a
runner-up at this event since 2018, and Italy's Sara Conti and Luca Ferri were third.

Moreau, 27, revealed in October that the couple will retire at the end of next season.

The pair now head to the Grand Prix Final in Turin, which runs from December 4 to 7. "We
will add a new lift for Turin," Moreau said. The International Skating Union is expected to
confirm the Final's entry list on Monday.

Results - Ice dance: 1. Moreau/Lindqvist (FRA/SWE) 214.86; 2. Hurd/Blake (CAN) 209.12;
3. Conti/Ferri (ITA) 205.77.""",
        (
            expect("2025-11-15", "ice"),
            expect("2025-11-14", "rhythm"),
            expect("2022", "first"),
            expect("2019/..", "together"),
            expect("2024-05", "surgery"),
            expect("2025-03~", "return"),
            expect("2025-10", "retire"),
            expect("2025-12-04/2025-12-07", "final", planned=True),
            expect("2025-11-17", "entry", planned=True),
        ),
    ),
    Text(
        "korvath-skarnfjord-roaster",
        "zinc refinery release",
        None,
        """Korvath Metals ASA: Skarnfjord zinc refinery back at full roasting capacity

Skarnfjord, 30 October 2025 - Korvath Metals ASA (OSE: KORV) announces that the No. 2
roaster at its Skarnfjord zinc refinery was restarted on 27 October after an unplanned
outage. The roaster had been shut down on or about 2 September following a failure of its
waste heat boiler.

During the outage the refinery continued to operate at roughly 60 percent of capacity,
using calcine from stock and from the No. 1 roaster. Cathode zinc production in the third
quarter was 41,200 tonnes, compared with 52,900 tonnes in the same quarter last year.

Korvath expects the refinery to reach its full production rate of 190,000 tonnes a year by
the end of November, and lowers its production guidance for the full year to between
178,000 and 183,000 tonnes.

The boiler, installed in 1998, will be replaced during a maintenance shutdown scheduled for
4 to 18 May 2026. A similar boiler failure in March 2019 kept the roaster offline for nine
days.

"Our teams worked around the clock to bring the roaster back safely," said Chief Executive
Ingrid Solheim. "Replacing the boiler removes the main weak point in the plant."

Korvath will publish its third-quarter results on 6 November 2025 at 07:00 CET, followed by
a webcast for analysts at 09:00 CET.

About Korvath Metals
The Skarnfjord refinery has operated since 1968 and is one of Europe's largest producers of
special high grade zinc. A new leaching circuit was commissioned in 2016. The refinery
shuts for planned maintenance every second year.

For further information: Erik Dahl, Investor Relations, +47 55 00 41 20

This information is subject to the disclosure requirements pursuant to Section 5-12 of the
Norwegian Securities Trading Act.""",
        (
            expect("2025-10-27", "restart"),
            expect("2025-09-02~", "shut"),
            expect("../2025-11", "full", "production", planned=True),
            expect("1998", "installed"),
            expect("2026-05-04/2026-05-18", "shutdown", planned=True),
            expect("2019-03", "failure"),
            expect("2025-11-06", "results", planned=True),
            expect("1968/..", "operated"),
            expect("2016", "leaching"),
        ),
    ),
    Text(
        "kilbrannock-lambing-book",
        "shepherd's lambing book of the 1880s",
        None,
        """KILBRANNOCK HILL - LAMBING BOOK, 1884
kept by Wm. Laidlaw, herd

Ewes on the hill 340, Blackface. 12 tups. Tups were put to the ewes about the 20th November
last.

Mar. 27. First lamb, a single tup lamb off the old brockit ewe at the Cairn. Wind N.E. and
very cold.

Mar. 29. Lambing fairly begun. 14 lambs, all doing well. Took the hoggs down to the low
park.

Apr. 2. Heavy snow from the forenoon. Lost 3 lambs and one ewe in the Black Syke.

Apr. 3 to 6. Storm continued. Fed hay at the fank every day. Dug out 9 ewes from the drifts,
all living.

Apr. 9 (or the 10th, did not write it at the time). Fox at the lambs on the Cairn side; took
two. Set snares by the dyke.

Apr. 19. Lambing done, bar a few gimmers. Tally 291 lambs living off 326 ewes, 17 pair of
twins.

May 12. Marked the lambs and cut the tup lambs, with the help of Jas. Rae and his boy.

Mean to clip on the 18th June if the weather holds; Mr Gow to send two men.

Note. The worst spring for lambs since '79, when we lost near a hundred on the low ground.

Memo. The Lanark tup sale is always the 2nd Thursday of October. Wages from the laird 4
pounds 10s. the half year, paid at the term.""",
        (
            expect("1883-11-20~", "tups"),
            expect("1884-03-27", "first", "lamb"),
            expect("1884-03-29", "lambing", "begun"),
            expect("1884-04-02", "snow"),
            expect("1884-04-03/1884-04-06", "storm"),
            expect("1884-04-09?", "fox"),
            expect("1884-04-19", "lambing", "done"),
            expect("1884-05-12", "marked"),
            expect("1884-06-18", "clip", planned=True),
        ),
    ),
    Text(
        "hollinsend-lizard-survey",
        "common lizard survey",
        None,
        """HOLLINSEND COMMON, NORTHERN FIELD
COMMON LIZARD (Zootoca vivipara) PRESENCE / LIKELY ABSENCE SURVEY

Report ref. EC/2417/R01 - Version 2 - 12 June 2024
Prepared for: Brackenridge Homes Ltd
Prepared by: Ecoscape Consulting, Dalby

1. Summary
A presence/likely absence survey for common lizard was carried out at Hollinsend Common to
inform a planning application for 140 homes on the northern field. Common lizards were
found on every visit, and a medium population is present.

2. Methods
Eighty artificial refugia (roofing felt, 0.5 m x 0.5 m) were laid on 2 April 2024 and left
to bed in. Survey visits were made on 16 and 23 April and on 7 and 21 May 2024, between
08:30 and 11:00, in dry weather at 9 to 18 degrees C.

3. Results
Table 1. Peak counts
Visit | Adults | Juveniles
1 | 4 | 0
2 | 6 | 1
3 | 11 | 3
4 | 8 | 2

The peak count of 11 adults was made on the third visit, mostly along the south-facing
bank.

4. Site history
Aerial photographs show that the northern field was last ploughed around 1990. A heath fire
burned about 2 ha of the southern slope in August 2018. Common lizards typically emerge from
hibernation in March in this part of the county.

5. Recommendations
A reptile exclusion fence is to be installed around the development footprint by 31 March
2025. Lizards will then be captured and moved to the receptor site at Coldwell Bank between
April and September 2025, when the animals are active.

(c) Ecoscape Consulting 2024. This report is valid for two years from its date.""",
        (
            expect("2024-04-02", "refugia"),
            expect("2024-04-16", "visit"),
            expect("2024-04-23", "visit"),
            expect("2024-05-07", "visit"),
            expect("2024-05-21", "visit"),
            expect("1990~", "plough"),
            expect("2018-08", "fire"),
            expect("../2025-03-31", "fence", planned=True),
            expect("2025-04/2025-09", "moved", planned=True),
        ),
    ),
    Text(
        "ashcombe-pyle-bats",
        "cricket bat maker's history",
        None,
        """ASHCOMBE & PYLE - CRICKET BAT MAKERS

Our Story

It was in 1887 that Walter Ashcombe, a wheelwright's son, began shaping cricket bats in a
shed behind the Bell Inn at Marden Green. He was joined by his brother-in-law, Frederick
Pyle, a sawyer, in 1893, and the firm took its present name the following year.

The partners bought their first willow plantation, eleven acres along the River Teise, in
about 1902, and Ashcombe & Pyle bats were being used by three county sides by 1910.

The workshop was destroyed by fire on the night of 11 February 1936. Production moved to the
former maltings on Church Lane, where every bat is still pressed, shaped and finished by
hand.

The firm held a royal warrant from 1952 to 1977, and our bats have been carried to the
crease in more than forty Test matches. Since 2008 the company has been owned by its
employees through a trust, and all twenty-three of them are bat makers, sawyers or
apprentices.

Our willow is cut in winter and seasoned for at least a year before a blade is shaped.
Each spring we plant around three hundred new willow sets.

What's next
A new drying shed is to open at Church Lane in 2026, doubling the amount of willow we can
season on site.

Visit the workshop: Church Lane, Marden Green. Open Tuesday to Saturday, 9am to 5pm.

(c) Ashcombe & Pyle Ltd 2025. Company No. 00412877.""",
        (
            expect("1887", "bats"),
            expect("1893", "joined"),
            expect("1894", "name"),
            expect("1902~", "plantation"),
            expect("../1910", "county"),
            expect("1936-02-11", "fire"),
            expect("1952/1977", "warrant"),
            expect("2008/..", "employee"),
            expect("2026", "drying", planned=True),
        ),
    ),
    Text(
        "achterberg-touring-theatre",
        "arts minister's statement",
        None,
        """Department of Culture, Arts and Media

Statement by the Minister for the Arts, Rosalind Achterberg, on the National Touring Theatre

Thursday 10 April 2025

Earlier today I met the board of the National Touring Theatre, which announced on Monday
that it would cancel its autumn tour because of a deficit of 2.4 million pounds.

The Touring Theatre has taken drama to towns without a playhouse since 1958. Its loss
would be felt most in the places that already have the least, and I am not prepared to let
that happen.

I wrote to the board on 28 March asking for a recovery plan. I have now asked the Arts
Council to complete an independent review of the company's finances by 30 May, and I will
set out a new national touring strategy to Parliament no later than 22 July.

The company's chair, Sir Matthew Hale, has told me that the board will meet again on
Tuesday to consider a rescue plan. In the meantime the government will underwrite the
company's payroll.

This follows the Arts Recovery Fund, which I launched in September 2023 and which has
supported 214 organisations across the country. The Touring Theatre last received an uplift
in its core grant in 2019. Arts Council funding rose 4 per cent in real terms this year,
the largest increase since 2010.

The arts belong to everyone, wherever they live. I will keep the House informed.

ENDS

Notes to editors
1. The National Touring Theatre visits around 60 towns every year.
2. Media enquiries: Press Office, 020 7946 0990.""",
        (
            expect("2025-04-10", "met", "board"),
            expect("2025-04-07", "cancel"),
            expect("1958/..", "drama"),
            expect("2025-03-28", "wrote"),
            expect("../2025-05-30", "review", planned=True),
            expect("../2025-07-22", "strategy", planned=True),
            expect("2025-04-15", "rescue", planned=True),
            expect("2023-09", "recovery"),
            expect("2019", "uplift"),
        ),
    ),
    Text(
        "starlite-roller-disco",
        "roller disco HTML page",
        date(2025, 6, 4),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>What's on | Starlite Roller Rink, Pellworth</title>
<meta name="description" content="Roller disco, skate school and roller derby in Pellworth.">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sessions">Sessions</a></li><li>
<a href="/parties">Parties</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main>
<h1>Roll back to 1979!</h1>
<p>Our <strong>Friday Night Roller Disco</strong> runs every Friday from 7pm to 10.30pm, with
a DJ, glitter ball and quad skates in every size.</p>
<section id="news">
<h2>News</h2>
<p><b>We're back!</b> After six weeks of repairs to the maple floor, the rink reopened on
Saturday. Huge thanks to everyone who came down and skated the new boards.</p>
<p>Tickets for our <em>Neon Nights</em> all-nighter on Saturday 14 June go on sale at 10am
on Monday. These nights always sell out fast, so be quick!</p>
<p>Skate hire prices will rise from 1 July, to 4.50 pounds a session.</p>
</section>
<section id="story">
<h2>Our story</h2>
<p>Starlite opened in the old Pellworth drill hall on 6 October 1979, at the height of the
craze. It closed in 1992, and the hall stood empty until a group of local skaters leased it
in 2021. After eighteen months of fundraising and repairs, roller skating returned to the
hall in March 2023.</p>
<p>Since 2024 we have been home to the Pellworth Rollers roller derby team. Come and cheer
them on!</p>
</section>
</main>
<footer><p>&copy; 2025 Starlite Roller CIC &middot; Registered company 13920571 &middot; Page
updated 2 June</p></footer>
</body>
</html>""",
        (
            expect("2025-05-31", "reopened"),
            expect("2025-06-14", "neon", planned=True),
            expect("2025-06-09", "tickets", planned=True),
            expect("2025-07-01", "prices", planned=True),
            expect("1979-10-06", "opened"),
            expect("1992", "closed"),
            expect("2021", "leased"),
            expect("2023-03", "returned"),
            expect("2024/..", "derby"),
        ),
    ),
    Text(
        "bramwell-granary-ten",
        "temporary event notice objection hearing decision",
        None,
        """BRAMWELL DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DECISION - LICENSING ACT 2003, SECTIONS 105 AND 106A
Temporary Event Notice: The Old Granary, Quayside, Bramwell
Premises user: Mr Daniel Okoro
Reference: TEN/24/0612

1. On 2 August 2024 Mr Okoro gave a standard temporary event notice for a "harbour festival
after-party", to take place on Saturday 24 August 2024 from 14:00 to 23:30, with the sale of
alcohol and live and recorded music for up to 480 people. The Bramwell Harbour Festival
itself runs from 23 to 25 August 2024.

2. On 6 August 2024 the police gave an objection notice on the ground of the prevention of
crime and disorder. The Environmental Health service objected the following day on the
ground of public nuisance.

3. The police referred to a fight outside the premises on or about 9 June 2024, when two
people were taken to hospital. Mr Okoro, who took over the lease of the Granary in March
2024, told the Sub-Committee that he was not involved in that event.

4. The premises has held a premises licence since 2017, with conditions on door staff and
noise.

5. At the hearing on 13 August 2024 the Sub-Committee heard from the police, the
Environmental Health officer and Mr Okoro, and considered the written representations.

6. Decision. The Sub-Committee decided not to give a counter notice. Under section 106A it
imposes the following conditions from the premises licence: (a) four SIA door staff from
18:00 until close; (b) last entry at 22:00; (c) music below the agreed limit at the site
boundary. The event may therefore go ahead on 24 August 2024 on these conditions.

7. Right of appeal. The police or Environmental Health may appeal to the magistrates' court
within 21 days of receiving this notice.

Cllr P. Hendry, Chair
Date of notice: 14 August 2024""",
        (
            expect("2024-08-02", "notice"),
            expect("2024-08-24", "party", planned=True),
            expect("2024-08-23/2024-08-25", "festival", planned=True),
            expect("2024-08-06", "police"),
            expect("2024-08-07", "environmental"),
            expect("2024-06-09~", "fight"),
            expect("2024-03", "lease"),
            expect("2017/..", "licence"),
            expect("2024-08-13", "hearing"),
        ),
    ),
    Text(
        "carrowmere-leatherwork",
        "leatherwork history",
        None,
        """Leatherworking in Carrowmere

Carrowmere's leather trade is one of the oldest in the region. A tax roll of 1280 lists
four tanners and two cordwainers among the burgesses of the town. The Guild of Cordwainers
and Saddlers received its charter in 1412, and for two centuries it set prices, trained
apprentices and fined members who sold shoddy work.

Around 1700 there were some thirty tan yards along the Carrow Water, each with its rows of
oak-bark pits. Hides were soaked for a year or more before they were fit for the currier.

The largest firm of the industrial age, Dunlop & Keir, opened a steam-powered currying
works beside the new railway in 1856. Its harness and saddles were sold throughout the
Empire.

Chrome tanning, introduced at Carrowmere around 1895, cut the tanning time from months to
days and displaced the old bark pits within a generation. The last bark yard closed,
probably in 1931, when its owner retired without an heir.

Dunlop & Keir itself closed in 1974, unable to compete with imported leather. Since 1996
the former works has housed the Carrowmere Leather Museum, which holds the guild's charter,
its minute books and the last set of bark-pit tools. A new gallery of saddlery is to open
in 2026.

A handful of workshops in the town still teach hand-stitching and tooling, and the museum's
Leather Fair is held every September.""",
        (
            expect("1280", "tanners"),
            expect("1412", "charter"),
            expect("1700~", "tan", "yards"),
            expect("1856", "currying"),
            expect("1895~", "chrome"),
            expect("1931?", "bark", "closed"),
            expect("1974", "dunlop", "closed"),
            expect("1996/..", "museum"),
            expect("2026", "gallery", planned=True),
        ),
    ),
    Text(
        "wychwood-aunt-sally-card",
        "Aunt Sally league fixtures card",
        None,
        """NORTH WYCHWOOD & DISTRICT AUNT SALLY LEAGUE
2025 SEASON - DIVISION TWO
FIXTURE CARD: THE PLOUGH, ASHBY LEYS ('A')

Captain: Gary Tull  Tel. 01608 410233

All matches Thursdays, 8.00pm start. Home team provides the doll, sticks and supper.
Six throws a leg, three legs a match.

DATE         OPPONENTS              VENUE
Thu 24 Apr   Fox & Hounds 'B'       Home
Thu 1 May    Crown, Stanfield       Away
Thu 8 May    Red Lion 'A'           Home

KEY DATES
League AGM held Thursday 6 March at the Red Lion, Stanfield.
Registration of players closes Thursday 17 April.
Knock-out Cup draw: the Crown, Stanfield, Friday 2 May.
Singles Finals Night: Friday 12 September, Red Lion, Stanfield.
Presentation evening: to be arranged.

LEAGUE NOTES
The league was formed in 1951 by eight pub teams. Its long-serving secretary, Ron Tull,
died on 11 January, aged 84; a minute's silence will be held before every first-round
match.

Postponed matches must be rearranged within 14 days.
Results to the Fixtures Secretary by Saturday noon each week.

Card No. 047   Printed by Wychwood Press, Chipping Norton""",
        (
            expect("2025-04-24", "fox", planned=True),
            expect("2025-05-01", "crown", planned=True),
            expect("2025-05-08", "lion", planned=True),
            expect("2025-03-06", "agm"),
            expect("2025-04-17", "registration", planned=True),
            expect("2025-05-02", "draw", planned=True),
            expect("2025-09-12", "finals", planned=True),
            expect("1951", "formed"),
            expect("2025-01-11", "died"),
        ),
    ),
)
