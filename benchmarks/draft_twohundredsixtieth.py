"""The two-hundred-and-sixtieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a noise abatement
notice, a trampoline competition report, a marble quarry's press release, a railway signalman's
log of the 1870s, a sand martin colony count, a fishing rod maker's history, a finance
minister's statement, an escape room's HTML bookings page, a council standards committee
decision, a signwriter's business history and a boules league's fixtures card. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTIETH_CORPUS",)


TWOHUNDREDSIXTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "zelvanor-ferry-suspension",
        "wire story with a dateline",
        date(2025, 3, 11),
        """ZELVANOR, March 11 (Meridian Press) - Ferry operator Skarholt Lines suspended all
sailings
between Zelvanor and the island of Pettra on Monday, two days after one of its vessels struck a
harbour breakwater in a gale, the company said.

The Aurelia, carrying 212 passengers and 40 vehicles, hit the eastern breakwater at Zelvanor on
Saturday evening as it was leaving port. Eleven people were treated for minor injuries, the
island's coastguard said.

Skarholt said it was chartering a replacement ship from a Norwegian operator and that services
are expected to resume on Friday. Inspectors from the National Maritime Authority will board the
Aurelia on Thursday, and the authority said a preliminary report would be published by March 31.

The 27-year-old ship was refitted in 2017 and again in 2022, when its engines were replaced.
Skarholt has operated the Pettra route since 2004 under a contract with the regional government.

Islanders complain of cancellations every winter. "We have been cut off more often this year
than in any year since 2010," Pettra's mayor, Ilse Varnov, told Meridian Press by telephone.
"People here need to get to hospital appointments, to school, to work."

Skarholt shares fell 4.2 percent in Zelvanor trading on Tuesday.

(Reporting by Anton Brisk; Editing by Clare Munday)""",
        (
            expect("2025-03-10", "sailings", "suspend"),
            expect("2025-03-08", "breakwater"),
            expect("2025-03-14", "services", "resum", planned=True),
            expect("2025-03-13", "inspectors", "board", planned=True),
            expect("../2025-03-31", "report", planned=True),
            expect("2017", "refit"),
            expect("2022", "refit"),
            expect("2004/..", "pettra", "route"),
            expect("2025-03-11", "shares", "fell"),
        ),
    ),
    Text(
        "quendrith-assembly-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quendrith Robotics opens second assembly plant in Brelmouth

BRELMOUTH, England, 14 May 2024 - Quendrith Robotics Ltd, the maker of autonomous warehouse
picking robots, today opened its second assembly plant, a 9,000-square-metre facility on the
Brelmouth Gate business park.

Construction began in March 2023, and the first robots left the production line on 2 May. The
plant employs 140 people and will employ around 180 once it reaches full output, which the
company expects by the end of 2025.

"Brelmouth gives us the capacity to meet orders we have been turning away," said chief
executive Nadia Orrell. "We are already looking at a third site, which we plan to open in 2027."

The first export order from the new plant, 60 robots for a Finnish grocery distributor, will
ship on or about 20 June.

The plant will hold a public open day on Saturday 8 June, with factory tours every hour from
10:00.

About Quendrith Robotics
Quendrith Robotics was founded in 2009 by engineers from the University of Brelmouth and
expanded into Germany the following year. It employs 610 people in the United Kingdom, Germany
and Poland. Quendrith is a registered trademark of Quendrith Robotics Ltd.

Media contact: Owen Peddle, press@quendrith.example, +44 1632 960417

(c) 2024 Quendrith Robotics Ltd. All rights reserved.

###""",
        (
            expect("2024-05-14", "plant", "open"),
            expect("2023-03", "construction"),
            expect("2024-05-02", "robots"),
            expect("../2025", "output", planned=True),
            expect("2027", "third", "site", planned=True),
            expect("2024-06-20~", "export", planned=True),
            expect("2024-06-08", "open", "day", planned=True),
            expect("2009", "founded"),
            expect("2010", "germany"),
        ),
    ),
    Text(
        "threnwick-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF THRENWICK

No. 23-0417

DORSEY LAMM, Appellant,
v.
KELLOWAY PROPERTIES LLC, Appellee.

Appeal from the District Court of Marbury County, Hon. R. Vance, Judge.

Argued January 9, 2024. Decided April 2, 2024.

OPINION

ADEYEMI, Judge.

Appellant Dorsey Lamm challenges a judgment of possession entered against him under the
Residential Tenancies Act. Because the notice to quit did not give the period the Act requires,
we reverse.

I. Background

On or about June 14, 2021, Lamm signed a one-year lease for an apartment at 22 Corliss Street
owned by appellee Kelloway Properties LLC. He stopped paying rent in February 2022, citing
repairs he said the landlord had refused to make. Kelloway served a notice to quit on March 3
and filed its eviction complaint eleven days later.

After a bench trial, the district court entered judgment for Kelloway on September 30, 2022.
The record shows that Lamm vacated the apartment no later than October 15, 2022. He timely
appealed.

II. Discussion

Section 14(b) of the Act, in force in its present form since 1987, requires a notice to quit for
non-payment to allow the tenant fourteen days to cure. See Harlow v. Penn, 412 Thr. 88, 91
(1994). Kelloway's notice allowed ten. A landlord who gives less than the statutory period may
not rely on the notice, whatever the tenant's conduct afterwards. Id. at 93.

Kelloway argues that the defect was harmless because Lamm paid nothing during the fourteen days
that followed. The argument fails: the statute makes the period a condition of the remedy, not a
chance the tenant must take.

III. Conclusion

The judgment of the district court is reversed, and the case is remanded for further
proceedings consistent with this opinion.

REVERSED AND REMANDED.""",
        (
            expect("2024-01-09", "argued"),
            expect("2024-04-02", "decided"),
            expect("2021-06-14~", "lease"),
            expect("2022-02", "rent"),
            expect("2022-03-03", "notice"),
            expect("2022-03-14", "eviction"),
            expect("2022-09-30", "judgment"),
            expect("../2022-10-15", "vacated"),
            expect("1987/..", "section", "force"),
        ),
    ),
    Text(
        "quillerby-canal-history",
        "encyclopedia history",
        None,
        """Quillerby Canal

The Quillerby Canal is a 24-mile (39 km) broad canal in the north of England, linking the River
Aske at Quillerby with the Hadley Navigation at Stannforth. It has 31 locks and a tunnel of
1,210 yards under Crowdon Edge.

History

A canal to carry coal from the Crowdon pits down to the Aske had been talked of for many years,
but an Act of Parliament authorising it was not obtained until 1791. Construction began the
following year under the engineer Josiah Brankley. The first section, from Quillerby to Harlow
Bridge, opened c. 1796; money ran short at the Crowdon tunnel, and the whole canal was completed
only in 1803.

Trade grew steadily, and traffic peaked around 1840, when more than 400,000 tons a year passed
Stannforth lock. Railway competition then forced the company to cut its tolls, and the canal
never again paid a dividend. The upper section above Crowdon was formally abandoned in two
stages, in 1944 and 1951.

Restoration

Volunteers of the Quillerby Canal Trust spent more than two decades clearing the lower locks,
and after the tunnel had been relined the whole canal reopened to navigation on 17 May 1999.
The canal has been a scheduled monument since 2006. It is the only canal in the county on which
boats still work through a stop-lock, which is opened each spring by the Trust's president.

See also
Hadley Navigation; Canals of northern England""",
        (
            expect("1791", "act", "parliament"),
            expect("1792", "construction"),
            expect("1796~", "first", "section"),
            expect("1803", "complet"),
            expect("1840~", "traffic", "peak"),
            expect("1944", "abandon"),
            expect("1951", "abandon"),
            expect("1999-05-17", "reopen"),
            expect("2006/..", "monument"),
        ),
    ),
    Text(
        "brannock-rovers-eldwick",
        "sports report",
        date(2024, 11, 17),
        """Reyne double lifts Rovers past Eldwick

Brannock Rovers 3 Eldwick Town 1

By Sam Kettering

Tomas Reyne scored twice as Brannock Rovers came from behind to beat Eldwick Town 3-1 at Calder
Road on Saturday, lifting them to fifth in the Northern Premier table.

Eldwick led through Joe Akinde's header after 14 minutes, but Reyne, signed from Hexley United
in August, levelled before half-time and put Rovers ahead with a low shot on 61 minutes.
Substitute Callum Dyer added the third in stoppage time.

It was only Reyne's fourth start since he returned from a knee injury on October 5, and it gave
Rovers their first home win over Eldwick since March 2022.

"He's getting sharper every week," said Rovers manager Lisa Ormond, who was appointed in June
2023. "We've asked a lot of him and he keeps giving it."

Eldwick have lodged a protest over the third goal, claiming the ball had gone out of play before
Dyer's cross. A league disciplinary hearing is expected around December 3.

Rovers, founded in 1889, last won the league title in 1998. They travel to Hexley on Wednesday
before hosting leaders Marlow City on Saturday.

Rovers: Hale; Brook, Mensah, Tully, Grant; Ibe, Walsh (Dyer 70), Carr; Okoro, Reyne, Stead.
Eldwick: Price; Lowe, Akinde, Barr, Fenn; Moss, Kaye, Ruiz; Pell, Dunn, Sykes.
Referee: K. Pryor. Attendance: 2,314.""",
        (
            expect("2024-11-16", "rovers", "eldwick"),
            expect("2024-08", "reyne", "signed"),
            expect("2024-10-05", "return", "knee"),
            expect("2023-06", "ormond", "appointed"),
            expect("2024-12-03~", "hearing", planned=True),
            expect("1889", "founded"),
            expect("1998", "league", "title"),
            expect("2024-11-20", "hexley", planned=True),
            expect("2024-11-23", "marlow", planned=True),
        ),
    ),
    Text(
        "tavernell-glass-history",
        "company history",
        None,
        """Our History

Tavernell Glass was founded in 1872 by Agnes Tavernell, the widow of a Corby Wharf bottle blower,
who rented a shed and a single furnace beside the canal and sold medicine bottles to the town's
chemists.

From 1914 to 1918 the works made lenses and prisms for field glasses under contract to the War
Office, and the workforce grew to more than 200, most of them women.

On 2 February 1927 fire destroyed the furnace hall. It was rebuilt by 1928 with two gas-fired
furnaces, the first in the district.

Agnes's grandsons sold a majority stake to Holbrook Industries in 1969 and bought it back in
1985, when Holbrook ran into trouble of its own. Around 1990 the firm gave up bottle making
altogether, and since 2003 it has made only studio and architectural glass, much of it for
churches and public buildings.

Tavernell pieces won the Carrow Design Medal in 2015 and 2019. Today fourteen glassmakers work
at the Corby Wharf site, and the furnace is still lit at six every morning, as it has been for
more than 150 years.

Visit our gallery: open Tuesday to Saturday, 10:00 to 17:00.

(c) Tavernell Glass Ltd 2024. Registered in England no. 00174412.""",
        (
            expect("1872", "founded"),
            expect("1914/1918", "lenses"),
            expect("1927-02-02", "fire"),
            expect("../1928", "rebuilt"),
            expect("1969", "sold"),
            expect("1985", "bought"),
            expect("1990~", "bottle"),
            expect("2003/..", "studio"),
            expect("2015", "medal"),
            expect("2019", "medal"),
        ),
    ),
    Text(
        "corvidane-lunar-orbiter",
        "mission summary",
        None,
        """ALDMARK SPACE AGENCY
Mission Summary: CORVIDANE-2 Lunar Orbiter and Lander
Document ASA-MS-0231 Rev. C - 12 April 2024

Overview
Corvidane-2 was approved by the Agency's Science Council in 2017 as a follow-on to Corvidane-1.
The spacecraft combined a polar orbiter with a small lander carrying a 14 kg rover.

Mission timeline
Launch: 14 September 2023, 02:41 UTC, on a Varga-4 rocket from Hessel Point.
After a cruise of 17 days and two trajectory corrections, the spacecraft entered lunar orbit on
October 2. The lander separated on 11 November and touched down two days later in the Sinus
Amoris region. The rover drove 212 metres before its last signal was received on or about
2 December; it is thought to have failed when its battery froze during the lunar night.

Orbiter status
The orbiter completed its primary mission in March 2024 and began an extended mission the
following month. It maps the south polar region once every 28 days. A controlled impact on the
far side is scheduled for no later than June 2026, and a final data release is planned for
December 2026.

Key facts
Mass at launch: 1,840 kg
Launch vehicle: Varga-4
Orbit: 100 km, polar
Science team lead: Dr Ines Calloway, Aldmark Institute of Planetary Science

Data policy
All science data are released to the public six months after receipt.""",
        (
            expect("2017", "approved"),
            expect("2023-09-14", "launch"),
            expect("2023-10-02", "orbit"),
            expect("2023-11-11", "separat"),
            expect("2023-11-13", "touch"),
            expect("2023-12-02~", "signal"),
            expect("2024-03", "primary"),
            expect("2024-04", "extended"),
            expect("../2026-06", "impact", planned=True),
            expect("2026-12", "data", "release", planned=True),
        ),
    ),
    Text(
        "oskvelt-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Republic of Oskvelt

Statement by the Minister for Water, Halvard Ost, on drought measures
Oskvelt City, 3 July 2025

Reservoir storage across the country stands at 41 percent of capacity, the lowest for the time
of year since 1976.

The ban on using hosepipes to water gardens, which took effect on 20 June, remains in force.
From Monday it will be extended to commercial car washes and to the filling of private swimming
pools.

On Tuesday I met the chairs of the six regional water boards. They confirmed that public supply
is secure through the summer, provided that consumption falls by a further ten percent.

Since 2 May the Government has paid drought compensation to livestock farmers in the eastern
provinces, and more than 3,100 farms have received payments so far. The emergency desalination
unit at Port Irna will be commissioned by the end of August. The Dravel reservoir, completed in
1964, now holds 22 percent of its capacity.

The restrictions will be reviewed on or about 1 August. The last hosepipe ban was lifted in
September 2022, and I will not hesitate to lift this one as soon as it is safe to do so.

Parliament will debate the Water Security Bill on 15 July.

Every household can help. Take shorter showers, fix dripping taps, and run washing machines
only when they are full.

Media enquiries: press@water.gov.example - Ref. MWE/ST/2025/114""",
        (
            expect("2025-06-20", "ban", "effect"),
            expect("2025-07-07", "car", "wash", planned=True),
            expect("2025-07-01", "boards"),
            expect("2025-05-02/..", "compensation"),
            expect("../2025-08", "desalination", planned=True),
            expect("1964", "dravel", "complet"),
            expect("2025-08-01~", "review", planned=True),
            expect("2022-09", "lifted"),
            expect("2025-07-15", "bill", "debate", planned=True),
        ),
    ),
    Text(
        "umbervale-library-page",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Umbervale library to reopen after refurbishment | Umbervale
Courier</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Umbervale library to reopen after two-year refurbishment</h1>
<p class="byline">By Hannah Wilde, local democracy reporter &middot; <time
datetime="2024-02-21">Wednesday 21 February 2024</time></p>
<p>Umbervale's central library will reopen to the public on Monday 4 March, more than two years
after it closed for repairs to its leaking roof.</p>
<p>The Grade II listed building, which opened in 1936, closed in January 2022. Building work
started that May, after the council had approved &pound;3.2 million for the scheme on
12 October 2021.</p>
<p>Council inspectors signed off the finished work on Tuesday.</p>
<p>"It has taken longer than any of us wanted," said Councillor Ruth Abbey, cabinet member for
culture. "But this is the biggest investment in a library in this county since 1998."</p>
<p>The temporary library in the former post office on Bank Street will close by 1 March. A
caf&eacute;
run by the Umbervale Community Trust is due to open in the building in April, and novelist
Jan Mercer will read from her new book on Saturday 9 March.</p>
<p>The library will open from 9am to 7pm on weekdays and until 4pm on Saturdays.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass works delayed again</a></li></ul>
</aside>
<footer><p>&copy; 2024 Umbervale Courier. Last updated 21 February 2024, 09:40.</p></footer>
</body>
</html>""",
        (
            expect("2024-03-04", "library", "reopen", planned=True),
            expect("1936", "opened"),
            expect("2022-01", "closed"),
            expect("2022-05", "work", "start"),
            expect("2021-10-12", "council", "approv"),
            expect("2024-02-20", "inspectors", "signed"),
            expect("../2024-03-01", "temporary", planned=True),
            expect("2024-04", "caf", planned=True),
            expect("2024-03-09", "mercer", planned=True),
        ),
    ),
    Text(
        "harrowdene-noise-notice",
        "noise abatement notice",
        None,
        """HARROWDENE DISTRICT COUNCIL
Environmental Health and Licensing
Civic Offices, Mill Lane, Harrowdene HD4 2QP

ENVIRONMENTAL PROTECTION ACT 1990 - SECTION 80
ABATEMENT NOTICE IN RESPECT OF STATUTORY NUISANCE

Our ref: EP/24/0917

To: Fettle & Drum Taverns Ltd, operator of the Fettle & Drum, 3 Kiln Yard, Harrowdene HD4 1LB

TAKE NOTICE that Harrowdene District Council is satisfied that a statutory nuisance under
section 79(1)(g) of the above Act, namely noise emitted from premises so as to be prejudicial to
health or a nuisance, exists at the above premises and is likely to recur. The nuisance arises
from amplified music and live performances in the rear beer garden late at night.

THE COUNCIL REQUIRES you to abate the nuisance no later than 28 August 2024 and to prohibit its
recurrence. To do so you must:
1. keep all external doors and windows closed whenever amplified music is played;
2. stop all amplified music in the beer garden after 22:00;
3. fit a noise limiter approved by the Council to the main sound system.

STATEMENT OF REASONS
The Council first received complaints from residents of Kiln Row on or about 12 May 2024.
Officers witnessed amplified music audible inside neighbouring homes after midnight on 8, 15 and
22 June. A warning letter was sent to the operator on 1 July, and noise monitoring equipment was
installed at 4 Kiln Row from 3 to 17 July. The premises licence, granted in 2016, permits
regulated entertainment until 23:00 only.

Failure to comply with this notice without reasonable excuse is an offence. You may appeal to
the magistrates' court within 21 days of the date on which this notice was served.

Signed: M. Okonjo, Principal Environmental Health Officer
Date of service: 7 August 2024""",
        (
            expect("../2024-08-28", "abate", "nuisance", planned=True),
            expect("2024-05-12~", "complaints"),
            expect("2024-06-08", "music"),
            expect("2024-06-15", "music"),
            expect("2024-06-22", "music"),
            expect("2024-07-01", "warning"),
            expect("2024-07-03/2024-07-17", "monitoring"),
            expect("2016", "licence"),
            expect("2024-08-07", "notice"),
        ),
    ),
    Text(
        "delvesham-trampoline-report",
        "trampoline competition report",
        date(2025, 4, 14),
        """DELVESHAM TRAMPOLINE CLUB - COMPETITION REPORT
Northern Regional Championships, Kessing Leisure Centre

What a weekend! Twenty-two Delvesham gymnasts competed at the Northern Regional Championships in
Kessing on Saturday and Sunday, and came home with nine medals, the club's best haul at a
regional event since 2017.

Mia Torrance, 14, won the 13-14 girls' individual title on Saturday with 52.340 for her final
voluntary routine. Mia has trained at Delvesham since 2019, and she has now qualified for the
British Championships, to be held in Liverpool from 20 to 22 June.

On Sunday our synchro pair, Ellis Ward and Kofi Mensah, took silver in the 15+ men's event
after a nervy first routine.

Sam Pryce's bronze in the 11-12 boys' double-mini came on the club's new double-mini trampoline,
which was delivered on 28 March and paid for by our members' sponsored bounce.

RESULTS (medallists)
Girls 13-14 individual: 1st Mia Torrance
Men 15+ synchro: 2nd Ellis Ward & Kofi Mensah
Boys 11-12 double-mini: 3rd Sam Pryce

Head coach Paul Okafor, who competed at the 1996 World Championships, said: "The judges were
tough, but our kids were clean and they were brave."

Thank you to everyone who came to the quiz night on Friday: we raised about 1,200 pounds towards
travel costs for Liverpool.

Our open day is on Sunday 27 April, 10am-2pm. Beginners' classes run every Tuesday and Thursday
at 6pm.""",
        (
            expect("2025-04-12/2025-04-13", "championships"),
            expect("2025-04-12", "torrance", "title"),
            expect("2019/..", "torrance", "train"),
            expect("2025-06-20/2025-06-22", "british", planned=True),
            expect("2025-04-13", "synchro", "silver"),
            expect("2025-03-28", "delivered"),
            expect("1996", "okafor", "world"),
            expect("2025-04-11", "quiz"),
            expect("2025-04-27", "open", "day", planned=True),
        ),
    ),
    Text(
        "verzanello-marble-release",
        "marble quarry's press release",
        None,
        """PRESS RELEASE

Verzanello Marmi reopens Bianca Alta face at Monte Sorra

VERZANELLO, Italy, 22 January 2025 - Verzanello Marmi S.p.A. today announced that extraction
resumed on Monday at the Bianca Alta face of its Monte Sorra quarry, which had been closed since
a rockfall on 9 November 2022, the longest closure at Monte Sorra since 1987.

The reopening follows fourteen months of stabilisation work, including the installation of
1,300 rock anchors and a seismic monitoring network along the upper benches.

The first blocks of Bianca Alta statuary marble will ship to customers from 3 February. Annual
output from the face is expected to reach around 40,000 tonnes in 2026.

"Bianca Alta is the heart of Monte Sorra," said managing director Giulia Ferrandi. "Our
quarrymen have waited a long time for this day, and so have our customers."

Verzanello Marmi has supplied stone for the restoration of Aldmere Cathedral since 2011. A
visitor centre at the quarry entrance is scheduled to open in May 2025, and a public meeting
with residents of Sorra village will be held on or about 10 March to present the company's plan
for lorry traffic.

Notes to editors
Verzanello Marmi was founded in 1921 by Pietro Ferrandi and acquired the Monte Sorra quarry in
1953. It employs 230 people and exports to 31 countries.

Press contact: Chiara Besana, press@verzanellomarmi.example, +39 0585 000 114

(c) 2025 Verzanello Marmi S.p.A. - P. IVA 00000000000""",
        (
            expect("2025-01-20", "extraction", "resum"),
            expect("2022-11-09", "rockfall"),
            expect("2025-02-03", "blocks", "ship", planned=True),
            expect("2026", "output", planned=True),
            expect("2011/..", "cathedral"),
            expect("2025-05", "visitor", "centre", planned=True),
            expect("2025-03-10~", "meeting", planned=True),
            expect("1921", "founded"),
            expect("1953", "acquired"),
        ),
    ),
    Text(
        "pellowick-signal-box-log",
        "railway signalman's log of the 1870s",
        None,
        """PELLOWICK JUNCTION SIGNAL BOX
Occurrence Book No. 7 - Year 1876
(Box erected 1864. Book to be produced to Inspector on demand.)

Jan. 3rd. Took duty 6 a.m. Hard frost. Down goods No. 14 held at home signal 20 min., facing
points frozen. Ganger Ellis & man came 7.30 a.m. and thawed same with brazier.
W. Garbett, Signalman.

Jan. 12th. Up express, driver Marsh, ran past down distant signal at danger 4.52 p.m.; stopped
at platform. Reported to Station Master by wire.
W. Garbett.

Jan. 14th. Gale. Telegraph wire down near Fenn Lane 11 a.m.; trains worked by time interval
until 3 p.m. S.M. says block instruments to be fitted in this box on or about the 20th.
W. Garbett.

Jan. 21st. Block working commenced 6 a.m. with Coldharbour and Fenn Lane boxes. All correct.
W. Garbett.

Feb. 2nd. Lamp of up home signal found out 8.40 p.m.; relit 9.5 p.m. by Porter Dunn. Lamp man
to be spoken to.
W. Garbett.

Feb. 7th to 11th. Relief Signalman Cobb in charge of box, self on sick list.
J. Cobb.

Feb. 15th. Resumed duty. Circular No. 22 rec'd: first Sunday excursion to Pellow Sands to run
5th March; extra man to be sent to box that day. Sunday trains as usual otherwise.
W. Garbett, Signalman.

Examined, H. Haigh, Inspector.""",
        (
            expect("1864", "box", "erected"),
            expect("1876-01-03", "points", "frozen"),
            expect("1876-01-12", "express", "danger"),
            expect("1876-01-14", "telegraph", "wire"),
            expect("1876-01-20~", "block", "instruments", planned=True),
            expect("1876-01-21", "block", "commenced"),
            expect("1876-02-02", "lamp"),
            expect("1876-02-07/1876-02-11", "cobb"),
            expect("1876-02-15", "resumed"),
            expect("1876-03-05", "excursion", planned=True),
        ),
    ),
    Text(
        "brackenford-sand-martins",
        "sand martin colony count",
        None,
        """BRACKENFORD BIRD GROUP
Sand Martin Colony Report 2024 - Brackenford Quarry, East Face

Summary
The colony has been monitored by the Group since 2001. It was first recorded by the county bird
recorder in 1989, when about 40 burrows were noted. In 2024 the first birds were back over the
face on 2 April; they usually return in the first week of April.

Burrow counts
Counts of apparently occupied burrows were made from the quarry rim on 18 May, 8 June and
29 June.

Date      Occupied burrows   Observers
18 May    164                3
8 June    212                4
29 June   197                2

The peak of 212 occupied burrows is the highest count since 2012. Most burrows were in the upper
sand band, between 2 and 4 metres below the rim.

Site changes
Under the quarry's restoration plan, extraction at the east face is to cease by 2027. The
operator has agreed to leave a vertical sand bank at least 50 metres long for the colony after
that, and to keep machinery away from it between April and August each year.

Departure
The last birds were seen around 14 September.

Next steps
The first count of the 2025 season is planned for 17 May 2025. Volunteers should bring
binoculars and a clicker counter, and meet at the weighbridge gate at 8am.

Report ref. BBG/SM/24. Compiled by R. Thwaite, 30 November 2024.""",
        (
            expect("2001/..", "monitor"),
            expect("1989", "recorded"),
            expect("2024-04-02", "first", "birds"),
            expect("2024-05-18", "count"),
            expect("2024-06-08", "count"),
            expect("2024-06-29", "count"),
            expect("../2027", "extraction", planned=True),
            expect("2024-09-14~", "last", "birds"),
            expect("2025-05-17", "count", planned=True),
        ),
    ),
    Text(
        "whitlinger-rods-history",
        "fishing rod maker's history",
        None,
        """Whitlinger Rods: A Short History

Edwin Whitlinger began building split-cane fly rods in a workshop behind his father's saddlery
in Kelmsby around 1884. An undated price list in the county archive, probably from 1887, offers
eleven models, the dearest at two guineas, and promises that "every rod is tried on the water
before it leaves the bench".

Edwin died in 1919, and his son Arthur took over the business the following year, adding a
range of sea rods for the holiday trade along the coast.

Whitlinger introduced glass-fibre rods in 1958 and its first carbon-fibre rods in 1976, but
cheap imports hit the firm hard, and the Kelmsby factory closed in 1983. For a quarter of a
century the name survived only on second-hand rods, much prized by collectors.

In 2009 Edwin's great-great-grandson, Tom Whitlinger, revived the name in a single-room workshop
at Kelmsby Mill. Since 2014 the workshop has made only split-cane rods again, each taking about
sixty hours to build and carrying its number written in ink on the butt section.

Every rod we make is guaranteed for life.

(c) Whitlinger Rods 2024 - Kelmsby Mill - Visits by appointment""",
        (
            expect("1884~", "began", "rods"),
            expect("1887?", "price", "list"),
            expect("1919", "died"),
            expect("1920", "arthur", "took"),
            expect("1958", "glass-fibre"),
            expect("1976", "carbon"),
            expect("1983", "factory", "closed"),
            expect("2009", "revived"),
            expect("2014/..", "split-cane"),
        ),
    ),
    Text(
        "norhavn-finance-statement",
        "finance minister's statement",
        None,
        """MINISTRY OF FINANCE - REPUBLIC OF NORHAVN
Press Office

Statement by the Minister of Finance, Dr Anneke Rosvall, on the economic and fiscal outlook

Helmstad, 28 October 2024

On Thursday Parliament approved the Government's budget for 2025 by 94 votes to 71. I thank
members on all sides for a serious debate.

The outlook has improved. Consumer price inflation fell to 2.1 percent in September, its lowest
rate since 2021, and the Central Bank of Norhavn cut its policy rate by a quarter of a point on
17 October.

The budget delivers on our promises. The reduced VAT rate on food will take effect on
1 January. The freeze in fuel duty, in place since 1 July, will continue.

We remain committed to the debt brake adopted in 2012. The general government deficit,
3.6 percent of GDP this year, is projected to fall below 3 percent by 2026. To fund the new grid
investment programme, the Debt Office will issue the country's first green bond in
February 2025.

The independent Fiscal Council concluded its review of our forecasts around 9 October and found
them prudent.

I will present the medium-term fiscal plan to Parliament on 12 November.

Ends.

Press Office, Ministry of Finance - Reference MoF/PR/2024/88""",
        (
            expect("2024-10-24", "budget", "approv"),
            expect("2024-09", "inflation"),
            expect("2024-10-17", "rate", "cut"),
            expect("2025-01-01", "vat", planned=True),
            expect("2024-07-01/..", "fuel", "duty"),
            expect("2012", "debt", "brake"),
            expect("../2026", "deficit", planned=True),
            expect("2025-02", "green", "bond", planned=True),
            expect("2024-10-09~", "review"),
            expect("2024-11-12", "plan", planned=True),
        ),
    ),
    Text(
        "drennock-escape-room-page",
        "escape room's HTML bookings page",
        date(2025, 5, 21),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Book a room | The Locksmith's Attic, Drennock</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a href="/" class="logo">The Locksmith's Attic</a>
<nav><a href="/rooms">Rooms</a> <a href="/book" class="active">Book</a>
<a href="/vouchers">Gift vouchers</a> <a href="/faq">FAQ</a></nav>
</header>
<main>
<div class="notice notice--warning">
<p><strong>Heads up!</strong> We will be closed on Monday for maintenance. Bookings for that day
have been moved, and we have emailed everyone affected.</p>
</div>
<h1>Book your escape</h1>
<p>Choose a room, pick a slot and you're in. Teams of 2 to 6 players. Please arrive 15 minutes
before your slot.</p>
<section class="rooms">
<article class="room room--new">
<h2>The Lighthouse Keeper <span class="badge">NEW</span></h2>
<p>Our fifth room opens on Friday 30 May. The keeper has vanished: can you find out why before
the lamp goes out?</p>
<button class="btn" data-room="lighthouse">See slots</button>
</article>
<article class="room room--retired">
<h2>The Victorian Parlour</h2>
<p>The Parlour was retired on Sunday after 4,812 games. Thank you to every team who played it!</p>
</article>
</section>
<section class="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Mon-Thu</th><td>12:00-21:00</td></tr>
<tr><th>Fri-Sat</th><td>10:00-23:00</td></tr>
<tr><th>Sun</th><td>10:00-18:00</td></tr>
</table>
</section>
<section class="about">
<h2>About us</h2>
<p>We opened in 2017 in the old strongroom of the Drennock Savings Bank. Since January the
ground floor, including two of our rooms, has been fully wheelchair accessible.</p>
<p>Fastest escape so far: <strong>31:12</strong>, set by team "Clueless" on 3 April in The
Vault.</p>
<p>Winner, Best Leisure Venue, Drennock Business Awards, 14 November 2024.</p>
<p>Prices will rise to &pound;24 per player from 1 July. Team-building packages for companies
return in September.</p>
</section>
</main>
<footer><p>&copy; 2025 The Locksmith's Attic Ltd &middot; Registered in England no. 10458812
&middot; 14 Tanner Row, Drennock</p></footer>
</body>
</html>""",
        (
            expect("2025-05-26", "closed", "maintenance", planned=True),
            expect("2025-05-30", "lighthouse", planned=True),
            expect("2025-05-18", "parlour", "retired"),
            expect("2017", "opened"),
            expect("2025-01/..", "wheelchair"),
            expect("2025-04-03", "clueless"),
            expect("2024-11-14", "award"),
            expect("2025-07-01", "prices", planned=True),
            expect("2025-09", "team-building", planned=True),
        ),
    ),
    Text(
        "farrowcombe-standards-decision",
        "council standards committee decision",
        None,
        """FARROWCOMBE TOWN COUNCIL
STANDARDS COMMITTEE - DECISION NOTICE

Complaint reference: SC/2024/07
Subject member: Councillor Peter Denholm (Abbey Ward)
Complainant: Mrs J. Astley (member of the public)

1. The complaint
1.1 The complaint was received on 4 March 2024. It concerns remarks Councillor Denholm made
about a member of the public during the full council meeting on 15 February, which were
recorded and later posted online.

2. The investigation
2.1 The Monitoring Officer appointed an independent investigator on 2 April. She interviewed six
witnesses and delivered her final report on or about 10 June, finding that the remarks were
disrespectful and in breach of paragraph 3.1 of the Council's Code of Conduct.

3. The hearing
3.1 The Committee heard the complaint on 9 July 2024, under the arrangements made under the
Localism Act 2011. Councillor Denholm attended with a friend and made written and oral
submissions.
3.2 The Committee noted that Councillor Denholm has been a member of the Council since May 2019
and that a previous complaint against him was dismissed in 2021.

4. Decision
4.1 The Committee finds that Councillor Denholm failed to comply with the Code of Conduct.
4.2 Councillor Denholm must complete training on the Code of Conduct by 30 September 2024. A
summary of this decision, with his apology, is to be published in the council's newsletter due
out on 1 August.
4.3 The Committee will review compliance with sanctions at each of its quarterly meetings.

Signed: Cllr M. Haddad, Chair of the Standards Committee
Date: 9 July 2024""",
        (
            expect("2024-03-04", "complaint", "received"),
            expect("2024-02-15", "remarks"),
            expect("2024-04-02", "investigator"),
            expect("2024-06-10~", "report"),
            expect("2024-07-09", "heard"),
            expect("2019-05/..", "member"),
            expect("2021", "dismissed"),
            expect("../2024-09-30", "training", planned=True),
            expect("2024-08-01", "newsletter", planned=True),
        ),
    ),
    Text(
        "grimsell-signwriters-history",
        "signwriter's business history",
        None,
        """GRIMSELL & SON - SIGNWRITERS SINCE 1931

Our story

Tom Grimsell was apprenticed to a Bridgefoot coach painter in 1925 and set up on his own in
1931, lettering shopfronts and delivery vans from a lock-up in Quay Lane. The firm's first
ledger suggests that, while still a journeyman, he may also have lettered the town's first motor
bus, possibly in 1928, though no photograph of it survives.

Between 1940 and 1945 the firm painted air-raid shelter signs and blackout notices for the
borough council. Tom's gilded fascia for Marlowe's Bank on the Market Place, the firm's
best-known work, dates from about 1953.

Tom retired in 1971 and died two years later, leaving the business to his son Derek. Cut vinyl
lettering spread quickly through the trade, and by 1990 it made up half of the firm's work.

In 2011 Derek's daughter Ellen took the firm back to hand lettering with brush and gold leaf,
and she has taught a weekend course in brush lettering every spring since. Her work can be seen
on more than forty shopfronts between Bridgefoot and the coast.

Every sign we make is drawn out by hand, full size, before a brush touches the board.

Est. 1931 - 7 Quay Lane, Bridgefoot - (c) 2024 Grimsell & Son - VAT reg. 412 7781 09""",
        (
            expect("1925", "apprenticed"),
            expect("1931", "set", "own"),
            expect("1928?", "bus"),
            expect("1940/1945", "signs"),
            expect("1953~", "fascia"),
            expect("1971", "retired"),
            expect("1973", "died"),
            expect("../1990", "vinyl"),
            expect("2011", "hand", "lettering"),
        ),
    ),
    Text(
        "pennacott-boules-fixtures",
        "boules league's fixtures card",
        None,
        """PENNACOTT & DISTRICT BOULES LEAGUE
Founded 1978
SUMMER LEAGUE 2025 - DIVISION ONE FIXTURES

All matches are played on Tuesday evenings, 7.00 pm start. The home team supplies the jack and
the score card.

Wk  Date          Home                   Away                   Terrain
1   Tue 6 May     Pennacott Arms         Steeple Greens         Arms terrain
2   Tue 13 May    Harbour Boules Club    Pennacott Arms         Quay
3   Tue 20 May    Steeple Greens         Old Forge              The Green
-   Tue 27 May    No fixtures (bank holiday week)
4   Tue 3 June    Old Forge              Harbour Boules Club    Forge yard
5   Tue 10 June   Pennacott Arms         Old Forge              Arms terrain

KNOCKOUT CUP FINAL: Saturday 6 September, 2.00 pm, at the Pennacott Arms.

REGISTRATION: Player registration forms must reach the League Secretary no later than 25 April.
Unregistered players may not take part in league matches.

RULE CHANGES: The changes agreed at the AGM on 11 March 2025 apply from this season. Teams are
now six players, of whom four play in each match, and a drawn match scores one point each.

Results must be phoned or texted to the Fixtures Secretary by 10 pm on the night of each match.

League Secretary: Mrs D. Hallam, 4 Orchard Close, Pennacott
Fixtures Secretary: R. Crewe

Card no. 07/25 - Printed by Quayside Print, Pennacott - Issued 1 April 2025""",
        (
            expect("1978", "founded"),
            expect("2025-05-06", "pennacott", "steeple", planned=True),
            expect("2025-05-13", "harbour", "pennacott", planned=True),
            expect("2025-05-20", "steeple", "forge", planned=True),
            expect("2025-06-03", "forge", "harbour", planned=True),
            expect("2025-06-10", "pennacott", "forge", planned=True),
            expect("2025-09-06", "cup", "final", planned=True),
            expect("../2025-04-25", "registration", planned=True),
            expect("2025-03-11", "agm"),
        ),
    ),
)
