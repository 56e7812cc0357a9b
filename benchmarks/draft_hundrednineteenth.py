"""A hundred-and-nineteenth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
tidal surge warning, a bell-ringing society's history, a gambling commission's penalty
notice, a tugboat's log, a museum's exhibition listings page in HTML, a solar farm
developer's press release, a rowing head race report, a water regulator's price review
timetable, a rope-walk's history, a lifeboat guild's newsletter and a hat maker's history).
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETEENTH_CORPUS",)

HUNDREDNINETEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """ROTTERDAM, Oct 9 (Northsea Press) - About 1,800 lashers and crane drivers at
Rotterdam's container terminals walked out on Monday, leaving at least 40 ships waiting at
anchor off the Maas estuary, the FNV Havens union said.

Talks on a new collective agreement broke down on September 27 after the employers'
federation offered a pay rise of 3.5 percent, well short of the union's demand of 7 percent.
The previous agreement expired on June 30.

The stoppage is already the port's longest since 2002, and freight forwarders said spot rates
for transshipment via Hamburg had climbed to their highest since March 2021.

A government-appointed mediator, former judge Marieke Oosterhuis, will meet both sides on
Friday, the social affairs ministry said in a statement.

The union, which has represented lashing crews at the Maasvlakte terminals since 1998, also
staged a 24-hour strike there in January 2023. Its members vote on any offer at a general
meeting held every first Tuesday of the month.

The port authority said it would publish revised berth schedules each morning at 0800 and
asked shippers to call its operations desk on +31 10 555 2024 rather than the harbour master.

(Reporting by Sanne de Wit; Editing by Tom Hallam)
NP-4418-2024""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-27", "talks"),
            expect("2024-06-30", "agreement"),
            expect("2024-10-11", "mediator", planned=True),
            expect("1998/..", "represent"),
            expect("2023-01", "strike"),
        ),
    ),
    Text(
        "dialysis-monitor-ce-mark",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halden Medical receives CE marking for KidneyTrack wearable dialysis monitor

LEEDS, England, 5 March 2025 /PRNewswire/ -- Halden Medical Ltd, a developer of wearable
devices for patients with kidney failure, today announced that its KidneyTrack monitor
received CE marking on 26 February 2025, clearing it for sale across the European Economic
Area.

KidneyTrack was tested in a pilot at three NHS trusts from 4 November to 20 December 2024,
in which about 240 patients wore the monitor between their dialysis sessions. Patients on
haemodialysis typically attend three sessions a week.

The company expects first deliveries to hospitals in the UK and Ireland by the end of June
2025, and plans to file for FDA clearance in the United States in 2026.

"This is the moment our patients have been waiting for," said Dr Aisha Rennard, chief
executive since 2019. "KidneyTrack alerts the care team hours before a dangerous potassium
spike."

About Halden Medical
Halden Medical was founded in 2016 as a spin-out from the University of Leeds. It raised
GBP 22 million in a Series B round in March 2023. Its quality system is certified to
ISO 13485:2016.

Media contact:
Priya Okafor, Halden Medical
+44 113 496 0738 | press@haldenmedical.example

SOURCE Halden Medical Ltd""",
        (
            expect("2025-02-26", "mark"),
            expect("2024-11-04/2024-12-20", "pilot"),
            expect("../2025-06", "deliver", planned=True),
            expect("2026", "fda", planned=True),
            expect("2019/..", "chief"),
            expect("2016", "found"),
            expect("2023-03", "series"),
        ),
    ),
    Text(
        "warehouse-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

HARLAN D. MEEKS,
Plaintiff-Respondent,
v.
CASCADE ORCHARD SUPPLY, LLC,
Defendant-Appellant.

Hood River County Circuit Court 20CV01873; A178204

Before Ortega, Presiding Judge, and Lindqvist, Judge.

LINDQVIST, J.

Defendant appeals a judgment awarding plaintiff damages for breach of a commercial lease. It
argues that the trial court misread the lease's notice clause. We affirm.

The facts are not disputed. Plaintiff has owned a warehouse on Industrial Way in Hood River
since 2011. On or about March 3, 2019, the parties signed a five-year lease of the building.
The lease required defendant to give written notice of any intent to vacate no less than 90
days in advance. Defendant moved out by August 31, 2019, without giving notice, and stopped
paying rent the following month.

Plaintiff filed this action on January 14, 2020. After a bench trial, the court entered
judgment for plaintiff on October 2, 2021, awarding $186,400 in unpaid rent, and defendant
filed its notice of appeal 14 days later.

Defendant relies on Kerns v. Lake Oswego Holdings, 301 Or App 540, 459 P3d 1012 (2020), and
on the 1999 amendments to ORS 91.060. Neither helps it. Kerns concerned a residential
tenancy, and ORS 91.060 does not reach a lease that, like this one, sets its own notice
period. We review for errors of law, ORS 19.415(1), and find none.

Affirmed.""",
        (
            expect("2011/..", "own"),
            expect("2019-03-03~", "lease"),
            expect("../2019-08-31", "mov"),
            expect("2019-09", "rent"),
            expect("2020-01-14", "action"),
            expect("2021-10-02", "judgment"),
            expect("2021-10-16", "appeal"),
        ),
    ),
    Text(
        "kelborne-history",
        "encyclopedia history",
        None,
        """Kelborne

Kelborne is a market town and civil parish in North Wenshire, England, on the River Lune
where it is crossed by the B1246 road.

History

A settlement at the ford is first recorded c. 1180, when the monks of Wenhaven Abbey held a
mill there. King Henry III granted the town a market charter in 1246. Most of the timber
town was destroyed by fire in 1532 and again in 1541, and the present Market Place dates
from the rebuilding that followed.

In the Civil War Kelborne sided with Parliament. A skirmish at Mill Bridge, perhaps in 1644,
is recorded only in a later county history, and its date is uncertain.

The Kelborne and Ashby Railway reached the town in 1863, and the tannery and two breweries
grew up beside the line. The population rose from under 2,000 in the early nineteenth
century to a peak of about 12,400 in 1911, declining after the tannery closed. The station
closed in 1964.

The borough was reformed under the Municipal Corporations Act 1835. Since 1974 the town has
formed part of the district of North Wenshire, and its town council meets on the second
Monday of each month in the old Corn Exchange.

See also
List of market towns in North Wenshire

References
Hallam, J. (1998). A History of Kelborne. Wenshire Record Society, vol. 41, pp. 1532-1541.""",
        (
            expect("1180~", "settlement"),
            expect("1246", "charter"),
            expect("1532", "fire"),
            expect("1541", "fire"),
            expect("1644?", "skirmish"),
            expect("1863", "railway"),
            expect("1911", "peak"),
            expect("1964", "station"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "ashford-vale-merriton",
        "sports report",
        date(2025, 4, 13),
        """Ashford Vale 2 Merriton Town 1

By Owen Pritchard, at the Brookside Ground

Ashford Vale kept their promotion hopes alive with a late 2-1 win over Merriton Town on
Saturday, Callum Dade heading in from a corner in the 89th minute.

It was Vale's first home win over Merriton since 1998, and it stretched an unbeaten run that
has lasted since 22 February to eight league matches.

Dade, signed on loan from Kingsbridge in January, now has seven goals for the club. "I just
attacked the ball," he said. "We've worked on that set-piece every Thursday for a month."

Merriton led through Jamal Ofori's low shot after 23 minutes, before Tom Beckley levelled
from the penalty spot early in the second half.

Manager Lisa Cort, appointed in October 2023 after Vale were relegated in 2022, said her
side could still finish in the top two. Vale travel to Dunmore on Wednesday, and the
play-off final is scheduled for 24 May at the National Stadium.

Ashford Vale: Hurst; Penn, Osei, Blackwood, Lyle; Dade, Kerr (Amin 71), Beckley; Ward,
Moss, Finch.
Attendance: 1,987.
Referee: G. Halloran (Tyne).""",
        (
            expect("2025-04-12", "merriton"),
            expect("2025-02-22/..", "unbeaten"),
            expect("2025-01", "sign"),
            expect("2023-10", "appoint"),
            expect("2022", "relegat"),
            expect("2025-04-16", "dunmore", planned=True),
            expect("2025-05-24", "final", planned=True),
        ),
    ),
    Text(
        "garrows-biscuits-history",
        "company history",
        None,
        """Garrow's of Dundee - Our History

Garrow's began in 1868, when Thomas Garrow opened a bakehouse on Quay Street in Dundee,
selling ship's biscuit to the whalers and jute boats.

His son William created the oatmeal "Harbour" biscuit around 1890, and the firm moved
production to a steam-powered factory on Blackness Road in 1897. The Harbour 1890 tin, with
its picture of the old quay, is still on our shelves today.

During the Second World War the factory baked ration biscuits for the Admiralty from 1940 to
1945, working three shifts a day.

In 1962 the Garrow family sold a majority stake to United Bakers, but they bought it back in
1988, and Garrow's has been independent ever since. We have held a Royal Warrant as biscuit
makers since 2003.

Today some 140 people work at Blackness Road, where the ovens are cleaned down every Sunday.
A second production line in Perth will open in 2026, doubling our capacity for oatcakes.

Garrow's Biscuits Ltd, Blackness Road, Dundee DD1 5PA
Customer care: 01382 555 019
Registered in Scotland, company no. SC018972""",
        (
            expect("1868", "bakehouse"),
            expect("1890~", "harbour"),
            expect("1897", "factory"),
            expect("1940/1945", "ration"),
            expect("1962", "stake"),
            expect("1988", "bought"),
            expect("2003/..", "warrant"),
            expect("2026", "perth", planned=True),
        ),
    ),
    Text(
        "selene-pathfinder",
        "mission summary",
        None,
        """SELENE PATHFINDER - MISSION SUMMARY

Mission ID: 2021-045A
Type: lunar orbiter (remote sensing)
Orbit: polar, about 100 km

Selene Pathfinder is a small lunar orbiter built to map water ice in permanently shadowed
craters near the Moon's south pole. Its neutron spectrometer and thermal imager were first
proposed around 2012 by a consortium of five universities.

The spacecraft was launched on 14 August 2021 aboard a Soyuz-ST rocket from Kourou. After a
low-energy transfer of about four months, it entered lunar orbit in December 2021.

The primary science phase ran from 10 January 2022 to 9 January 2024, during which the
orbiter completed more than 9,000 orbits. The thermal imager suffered a power fault on
3 June 2023 and returned to service two days later, after engineers switched it to its
redundant supply.

An extended mission was approved in November 2023. Selene Pathfinder is expected to make a
controlled impact on the lunar far side no later than March 2027, once its propellant runs
low. Its data will also help plan landing sites for crewed missions of the 2030s.

Data are released to the public archive every six months.""",
        (
            expect("2012~", "propos"),
            expect("2021-08-14", "launch"),
            expect("2021-12", "orbit"),
            expect("2022-01-10/2024-01-09", "science"),
            expect("2023-06-03", "fault"),
            expect("2023-06-05", "service"),
            expect("2023-11", "extend"),
            expect("../2027-03", "impact", planned=True),
        ),
    ),
    Text(
        "rental-standards-statement",
        "government statement",
        None,
        """MINISTRY OF HOUSING AND COMMUNITIES
Statement - 2 May 2024
Ref: MHC/2024/117

Rental Standards Bill: next steps

The Minister for Housing, Catriona Vell, met representatives of tenants' groups and
landlords' associations on Tuesday to discuss the Government's response to the consultation
on minimum standards for rented homes.

The public consultation ran from 8 January to 29 February 2024 and drew 6,412 responses,
more than any housing consultation since 2015.

The Rental Standards Bill will be introduced in Parliament on 14 May. Under the Bill, the new
minimum standards will come into force on 1 April 2025 for all new tenancies. Existing
tenancies must comply no later than 31 March 2027.

The current standards were set under the Housing Standards Act 1998 and last revised in 2009.

"Every tenant deserves a warm, dry and safe home," the Minister said. "These rules will make
that a legal requirement, not a hope."

Notes to editors
1. Local authorities inspect around 3,000 rented homes every month.
2. Press office: 020 7946 0312 (out of hours: 020 7946 0000)""",
        (
            expect("2024-04-30", "tenant"),
            expect("2024-01-08/2024-02-29", "consultation"),
            expect("2024-05-14", "bill", planned=True),
            expect("2025-04-01", "force", planned=True),
            expect("../2027-03-31", "comply", planned=True),
            expect("2009", "revis"),
        ),
    ),
    Text(
        "kessock-harbour-newsroom",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Newsroom | Kessock Harbour Trust</title></head>
<body>
<header><a href="/">Kessock Harbour Trust</a> <nav><a href="/news">News</a> | <a
href="/dues">Harbour dues</a></nav></header>
<main>
<h1>Newsroom</h1>
<ul class="news-list">
  <li><time datetime="2024-05-28">28 May 2024</time> <a href="/news/pontoon">Trust board
  approves GBP 4.2m pontoon extension</a>
    <p>The extension will add 36 berths for visiting yachts.</p></li>
  <li><time datetime="2024-05-16">16 May 2024</time> <a href="/news/harbour-master">Ewan
  Sutherland takes up post as harbour master</a>
    <p>Captain Sutherland, who has worked at the harbour since 2011, succeeds Morag Fraser.</p></li>
  <li><time datetime="2024-05-02">2 May 2024</time> <a href="/news/cruise">Cruise season opens
  with call of MV Nordlys Star</a>
    <p>The trust expects 38 cruise calls this year, the most since 2019.</p></li>
  <li><time datetime="2024-04-19">19 April 2024</time> <a href="/news/dredging">Dredging of the
  inner basin begins</a>
    <p>The work is scheduled to finish by 7 June.</p></li>
  <li><time datetime="2024-03-08">8 March 2024</time> <a href="/news/dues">Harbour dues for
  2024-25 published</a>
    <p>Dues rise by 4.5%, the first increase since 2021.</p></li>
</ul>
<aside><h2>Harbour office</h2><p>Open Monday to Friday, 9am to 5pm. Tel: 01463 555 870. VHF
channel 12.</p></aside>
</main>
<footer><p>Page last updated 28 May 2024</p><p>&copy; Kessock Harbour Trust 2024. Charity no.
SC041963.</p></footer>
</body>
</html>""",
        (
            expect("2024-05-28", "pontoon"),
            expect("2024-05-16", "sutherland"),
            expect("2011/..", "work"),
            expect("2024-05-02", "cruise"),
            expect("2024-04-19", "dredg"),
            expect("../2024-06-07", "finish", planned=True),
            expect("2024-03-08", "dues"),
        ),
    ),
    Text(
        "saltfleet-surge-warning",
        "tidal surge warning",
        None,
        """FLOOD WARNING - TIDAL SURGE
Severity: Flood warning - immediate action required
Issued by: Eastmarsh Coastal Flood Service
Issued at: 14:05 on Tuesday 9 January 2024
Area: Saltfleet Haven to Marram Point
Warning code: TFW-2024-0109-03

A tidal surge of up to 0.9 metres is forecast to coincide with high tide at 06:40 on
Wednesday. Waves and spray are likely to overtop the promenade at Saltfleet Haven and
flood Quay Lane, Ferry Road and the caravan parks at Marram Point.

The Haven tidal barrier will be closed at 21:00 tonight. A second, smaller surge is expected
with the evening tide on Thursday 11 January.

Properties on Quay Lane last flooded on 5 December 2013, when the surge was the highest on
this coast since 1953. The Saltfleet flood wall, in place since 2017, is expected to protect
most homes in the town centre, but the caravan parks remain at risk.

The last warning for this area was lifted on 27 December.

What you should do: move vehicles and valuables to higher ground, keep away from the sea
front, and follow the advice of the emergency services. Residents are reminded that the
sirens are tested at noon on the first Monday of every month.

Floodline: 0345 555 0190 (24 hours). Quick dial code: 171204.
This message will be updated every six hours, or sooner if the situation changes.""",
        (
            expect("2024-01-10", "surge", planned=True),
            expect("2024-01-09", "barrier", planned=True),
            expect("2024-01-11", "second", planned=True),
            expect("2013-12-05", "flood"),
            expect("2017/..", "wall"),
            expect("2023-12-27", "lift"),
        ),
    ),
    Text(
        "st-aldhelm-youths",
        "bell-ringing society's history",
        None,
        """THE ANCIENT SOCIETY OF ST ALDHELM YOUTHS, WAREFORD
A Short History of the Society and its Bells

The tower's first ring of six bells was cast around 1690 by a travelling founder, probably
on the green beside the church. The Society itself was founded in 1732 by eleven young men of
the parish, who paid a shilling each "for the maintenance of ropes and beer".

Two trebles were added in 1784, making a ring of eight, and the first peal on the eight,
5,040 changes of Grandsire Triples, was rung on 12 November 1787 in three hours and
eleven minutes. A ringer named Josiah Pell is said to have rung here in 1805, though the
board that records him may be a later copy.

During the Second World War ringing was banned from June 1940 until 1943, when the bells
were kept silent except as an invasion warning. The bells were rehung in a new steel frame
in 1951 and rang for the coronation on 2 June 1953.

The Society's 1887 Jubilee Peal Board, restored at a cost of GBP 1,260, hangs in the ringing
chamber. Practice is held every Thursday from 7.30pm, and visiting ringers are always
welcome.

The tower is due to be closed for repairs to the frame from 6 January to 28 February 2026.

Tower captain: Ruth Ellery, tel. 01929 555 304. Tenor 14-2-19 in E.""",
        (
            expect("1690~", "cast"),
            expect("1732", "found"),
            expect("1784", "treble"),
            expect("1787-11-12", "peal"),
            expect("1805?", "pell"),
            expect("1940-06/1943", "ban"),
            expect("1951", "frame"),
            expect("1953-06-02", "coronation"),
            expect("2026-01-06/2026-02-28", "repair", planned=True),
        ),
    ),
    Text(
        "brightreel-penalty",
        "gambling commission's penalty notice",
        None,
        """GAMBLING COMMISSION
Public statement: regulatory action against Brightreel Gaming Ltd
Date: 17 September 2024
Account number: 000-041937-R-324118-006

Brightreel Gaming Ltd (Brightreel), which has held a remote casino operating licence since
2015, will pay GBP 1.9 million in lieu of a financial penalty for social responsibility and
anti-money laundering failures.

A compliance assessment carried out by the Commission in May 2022 found that between
1 March 2021 and 30 June 2022 Brightreel failed to interact with customers showing signs of
harm, in breach of Social Responsibility Code Provision 3.4.3. One customer lost around
GBP 48,000 in six weeks without any check on the source of his funds, as required by the
Money Laundering Regulations 2017.

Brightreel notified the Commission of further failings in its own systems on 9 August 2022.

Brightreel has agreed to pay the GBP 1.9 million, which must be paid no later than
15 October 2024. It will also commission an independent audit of its safer gambling
controls, to be completed by 31 March 2025.

The Commission's enforcement decisions are made under section 117 of the Gambling Act 2005.

Enquiries: press office, 0121 555 0418 (Monday to Friday, 9am to 5pm).""",
        (
            expect("2015/..", "licence"),
            expect("2022-05", "assessment"),
            expect("2021-03-01/2022-06-30", "fail"),
            expect("2022-08-09", "notif"),
            expect("../2024-10-15", "paid", planned=True),
            expect("../2025-03-31", "audit", planned=True),
        ),
    ),
    Text(
        "brentside-deck-log",
        "tugboat's log",
        None,
        """STEAM TUG BRENTSIDE - DECK LOG (EXTRACT)
Master: A. Croxley     Port of Registry: London     O.N. 168245

Mon. 3rd Feb. 1958. Wind SW 5, fine. 0615 left Erith buoys. 0730 made fast to SS Halcyon
Bay (7,120 g.r.t.) at Tilbury, No. 29 Berth, and towed her off the berth and down to
Gravesend. Let go 0950. Returned to buoys 1235.

Tues. 4th. Wind W 6-7, heavy rain. Lay at buoys all day, no orders. Chief reports a leak at
the No. 2 boiler gland; fires drawn on No. 2 at 1600.

Wed. 5th. 0900 ordered to assist collier Ardmore, aground on Mucking Flats since about 0300
on the ebb. Towed with tug Sunbeam on the flood and refloated her at 1340. Ardmore
proceeded under own steam. Berthed Erith 1845.

Thurs. 6th to Sat. 8th. In Harland's dry dock, Blackwall, for repair of No. 2 gland and
scraping. Crew on shore leave except watchmen.

Sun. 9th. Left dry dock 0700. Steam trials in Bugsby's Reach, all correct. Two days later
the owners' superintendent came aboard to inspect the repair and signed it off.

Orders received for the two-tug job on the liner Oriana, expected on or about the 14th inst.
Coal taken: 14 tons. Water: full.

Signed A. Croxley, Master""",
        (
            expect("1958-02-03", "halcyon"),
            expect("1958-02-04", "leak"),
            expect("1958-02-05", "ardmore"),
            expect("1958-02-06/1958-02-08", "dock"),
            expect("1958-02-09", "trial"),
            expect("1958-02-11", "superintendent"),
            expect("1958-02-14~", "oriana", planned=True),
        ),
    ),
    Text(
        "harbour-museum-whats-on",
        "museum's exhibition listings page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>What's on | Wendmouth Harbour Museum</title></head>
<body>
<nav><a href="/">Home</a> <a href="/visit">Visit</a> <a href="/whats-on">What's on</a> <a
href="/shop">Shop</a></nav>
<main>
<h1>What's on</h1>
<p class="updated">Page updated 20 March 2025</p>
<p>The museum has been free to enter since 2001. Open Tuesday to Sunday, 10am to 5pm; closed
Mondays.</p>

<article class="exhibition">
  <h2>The Weavers' Strike of 1911</h2>
  <p class="dates">Opened 15 November 2024. Closes 30 March 2025.</p>
  <p>Banners, letters and photographs from the town's longest strike.</p>
</article>

<article class="exhibition">
  <h2>Glass and Tide: Venetian Mirrors 1600-1800</h2>
  <p class="dates">12 April - 7 September 2025</p>
  <p>Forty mirrors on loan from private collections, shown together for the first time.</p>
  <p>Tickets GBP 12, members free. Book on 01632 960 441.</p>
</article>

<article class="exhibition">
  <h2>Mapping the Marsh</h2>
  <p class="dates">Opens 3 October 2025</p>
  <p>Booking opens on 1 July for members and on 15 July for everyone else.</p>
</article>

<section class="events">
  <h2>Events</h2>
  <ul>
    <li>Late opening: Thursday 24 April, 6pm to 9pm, with music in the Sail Loft</li>
    <li>Drop-in drawing for families, every Saturday, 11am to 1pm</li>
  </ul>
</section>
</main>
<footer>&copy; Wendmouth Harbour Museum 2025 | Registered charity 1102341</footer>
</body>
</html>""",
        (
            expect("2001/..", "free"),
            expect("2024-11-15", "weaver"),
            expect("2025-03-30", "weaver", planned=True),
            expect("2025-04-12/2025-09-07", "glass", planned=True),
            expect("2025-10-03", "marsh", planned=True),
            expect("2025-07-01", "book", planned=True),
            expect("2025-07-15", "book", planned=True),
            expect("2025-04-24", "late", planned=True),
        ),
    ),
    Text(
        "halsey-fen-solar",
        "solar farm developer's press release",
        None,
        """NEWS RELEASE

Sunmoor Renewables wins consent for 49.9 MW Halsey Fen solar farm

NORWICH, 4 March 2025 - Sunmoor Renewables today confirmed that South Fenland District
Council granted planning consent for its Halsey Fen solar farm on Thursday, after a
committee vote of nine to two.

Sunmoor acquired an option on the 120-hectare site in 2022 and submitted its planning
application on 18 July 2023. Construction is scheduled to begin in September 2025, and the
farm is expected to be energised by the end of 2026.

Once running, Halsey Fen will generate around 52,000 MWh a year, enough for about 14,000
homes, and will help the county towards its Net Zero 2050 target. A 20 MW battery will be
added later.

The land has been farmed by the Tebbit family since 1946, and sheep will continue to graze
between the panel rows.

"This is a good day for Fenland," said Sunmoor's managing director, Gareth Ilsley. "We
listened to neighbours and moved the panels 1,250 metres back from the village."

Notes to editors
Sunmoor Renewables Ltd (company no. 09812233) develops solar and storage projects in the
East of England. It holds public consultation surgeries every second Wednesday at Halsey
village hall.

Media enquiries: Jo Mercer, 01603 555 212, press@sunmoor.example""",
        (
            expect("2025-02-27", "consent"),
            expect("2022", "option"),
            expect("2023-07-18", "application"),
            expect("2025-09", "construct", planned=True),
            expect("../2026", "energis", planned=True),
            expect("1946/..", "farm"),
        ),
    ),
    Text(
        "head-of-the-wendle",
        "rowing head race report",
        date(2025, 3, 23),
        """ROWING

Kingsmere storm to Head of the Wendle win

By Harriet Colley

Kingsmere Rowing Club's first eight won the 92nd Head of the Wendle on Saturday, covering the
6.8 km course from Cobb's Mill to Wendle Bridge in 17 min 42.6 sec on a strong ebb stream.

That was the fastest winning time since 2011, but well short of the course record of
16 min 58 sec, set by Leander in 2018. Kingsmere last won the Head in 2016, when their
stroke, Amira Halloway, was still at school.

A record 312 crews started at ten-second intervals. The race, first rowed in 1926, was
suspended from 1940 to 1945 and cancelled in 2020 and 2021.

Tideway Scullers were second, 4.1 sec behind, and Wendle Amateur third. Halloway said the
crew had trained on the water every morning at 6am since Christmas.

The organisers said next year's Head will be rowed on 14 March 2026, a week earlier than
usual because of the spring tides.

Results: 1 Kingsmere 17:42.6; 2 Tideway Scullers 17:46.7; 3 Wendle Amateur 17:51.0.""",
        (
            expect("2025-03-22", "kingsmere"),
            expect("2018", "record"),
            expect("2016", "kingsmere"),
            expect("1926", "first"),
            expect("1940/1945", "suspend"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2026-03-14", "head", planned=True),
        ),
    ),
    Text(
        "pr29-timetable",
        "water regulator's price review timetable",
        None,
        """OFFICE OF WATER PRICING
PR29: timetable for the 2029 price review
Published 10 July 2025 | Ref OWP/PR29/2025-07

This document sets out the timetable for the 2029 price review (PR29), which will set the
price limits for water and wastewater companies for the five years 2030-35.

The timetable follows PR24, whose final determinations we published on 19 December 2024.
Our consultation on the outline approach to PR29 ran from 3 March to 25 April 2025 and
received 47 responses.

Key stages
- Final methodology: we will publish our final methodology by December 2026.
- Business plans: companies are to submit their business plans on 2 October 2027.
- Draft determinations: we expect to publish draft determinations in June 2028.
- Final determinations: final determinations will be published no later than
  15 December 2029.
- New price limits: the new limits will take effect on 1 April 2030.

Companies have been required to publish long-term delivery strategies since 2023, and the
PR29 plans must be consistent with them. We meet company finance directors every quarter
to review progress.

Contact: pr29@owp.example | 0300 555 2029""",
        (
            expect("2024-12-19", "pr24"),
            expect("2025-03-03/2025-04-25", "consultation"),
            expect("../2026-12", "methodology", planned=True),
            expect("2027-10-02", "business", planned=True),
            expect("2028-06", "draft", planned=True),
            expect("../2029-12-15", "final", planned=True),
            expect("2030-04-01", "limit", planned=True),
            expect("2023/..", "strateg"),
        ),
    ),
    Text(
        "hallmouth-ropery",
        "rope-walk's history",
        None,
        """THE ROPERY, HALLMOUTH
A history of the rope-walk

Rope was first spun on this site around 1720, in an open walk beside the creek that
supplied cordage to the fishing fleet. The present covered walk, 1,094 feet long and built of
brick and slate, was built in 1791 for the Navy Board, which needed cables for the warships
fitting out at Hallmouth during the French wars.

Steam power arrived in 1838, when a beam engine was installed to drive the forming machines.
Admiralty orders ceased in 1891 and the ropery turned to trawl warps, lorry ropes and bell
ropes for half the church towers of the county.

A fire in the hemp house on 4 March 1907 destroyed a year's stock of Manila hemp, and the
hemp house was rebuilt the following year. Commercial spinning ended in 1969.

The building has been listed Grade II* since 1972 and has housed a working museum since 1984.
Bell ropes are still made by hand every Wednesday, and each rope is tested to a load of 1,850
pounds before it leaves the walk.

Opening times: daily, 10am-4pm. Group bookings: 01752 555 018.""",
        (
            expect("1720~", "rope"),
            expect("1791", "built"),
            expect("1838", "steam"),
            expect("1891", "admiralty"),
            expect("1907-03-04", "fire"),
            expect("1908", "rebuilt"),
            expect("1969", "spinning"),
            expect("1972/..", "list"),
            expect("1984/..", "museum"),
        ),
    ),
    Text(
        "portharrow-guild-newsletter",
        "lifeboat guild's newsletter",
        date(2025, 4, 2),
        """PORTHARROW LIFEBOAT GUILD
Newsletter No. 87

Chair's notes

It has been a busy few months for the crew. On 14 February the all-weather lifeboat
Margaret Tudor launched to a yacht dismasted four miles off Gull Point and towed her safely
into harbour. Last Saturday the crew held a night exercise with the coastguard helicopter
from Newquay.

Coxswain Derek Pascoe, who has served on the crew since 1989, will retire on 31 May. We will
miss his calm voice on the radio. The new Shannon-class lifeboat is due to arrive in June,
and crew training on her will follow.

The Guild, founded in 1952, has now raised more than GBP 1.2 million for the station. Our
Christmas raffle raised GBP 3,410, the best result since 2009. Thank you all.

Dates for your diary
- Open day at the boathouse: Saturday 17 May, 10am to 4pm
- Coffee morning: first Saturday of every month, 10.30am, Harbour Room

Membership is GBP 12 a year. Please contact our secretary, Jenny Treloar, on 01326 555 019.

Registered charity no. 1091827""",
        (
            expect("2025-02-14", "yacht"),
            expect("2025-03-29", "exercise"),
            expect("1989/..", "serv"),
            expect("2025-05-31", "retir", planned=True),
            expect("2025-06", "arriv", planned=True),
            expect("1952", "found"),
            expect("2025-05-17", "open", planned=True),
        ),
    ),
    Text(
        "tressell-hatters",
        "hat maker's history",
        None,
        """TRESSELL & SONS, HATTERS - OUR STORY

Tressell & Sons was founded in 1799 by Jonah Tressell, a felt-maker from Stockport, in a
single room off Cheapside. The firm moved to 14 Vine Street in 1842, where its silk top hats
were blocked, ironed and trimmed by hand.

Our felt bowler, still sold as the "No. 1870", was introduced c. 1868 and soon became the
hat of every clerk in the City. Production of silk hats ended in about 1935, when the last
French plush could no longer be bought.

A fire destroyed the Vine Street workshop on the night of 9 January 1907; the firm reopened
in Denmark Street three months later. Tressell's held a Royal Warrant from 1911 until 1956.

Since 1978 the firm has been owned by the Kaur family, who added a bespoke turban and cap
service. Every hat is still fitted with our 1799 conformateur, which maps the wearer's head.

In 2026 we will open a second workshop in Northampton, where we will train six apprentices.

Shop: 22 Denmark Street, London WC2. Open Tuesday to Saturday, 10am-6pm.
Telephone 020 7946 1799.""",
        (
            expect("1799", "found"),
            expect("1842", "vine"),
            expect("1868~", "bowler"),
            expect("1935~", "silk"),
            expect("1907-01-09", "fire"),
            expect("1907-04", "reopen"),
            expect("1911/1956", "warrant"),
            expect("1978/..", "own"),
            expect("2026", "northampton", planned=True),
        ),
    ),
)
