"""A hundred-and-fourteenth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
volcanic ash advisory centre's notice, a gospel choir's history, a data protection
authority's reprimand, a lighthouse relief log, a village hall's bookings page in HTML, a
telescope maker's product launch, a badminton open report, a transport authority's fare
change notice, a slate mine's history, a beekeepers' association newsletter and a
distillery's history). Facts whose date a reader could take two ways (a season, "late
1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFOURTEENTH_CORPUS",)

HUNDREDFOURTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dockers-end-strike",
        "wire story with a dateline",
        date(2025, 2, 12),
        """LISBON, Feb 12 (Iberia Wire) - Dockworkers at the port of Setubal ended a nine-day
strike on Tuesday after the terminal operator agreed to hire 60 permanent crane drivers,
union officials said.

The stoppage began on February 3 and left more than 40 ships waiting at anchor off the
Sado estuary. Container volumes at the port fell 12 percent in January, the sharpest
monthly drop since 2020, as the dispute first slowed work with overtime bans.

The SEAL union, which has represented the port's crane operators since 1998, said a new
collective agreement will take effect on March 1. "Nobody wins a strike, but the
casual contracts are over," union leader Marta Leitao told reporters outside the gate,
where pickets had gathered every morning at six.

Terminais do Sado, which was granted the concession in 2004, declined to comment on the
cost of the stoppage. Its 2030 expansion plan for the port, which foresees a second
container quay, is still awaiting environmental approval.

Labour Minister Rui Castanheira will meet union leaders and employers on Friday to
discuss casual work at the country's other ports, his office said.

Shipping agents said the backlog would take at least a week to clear. Union members can
call the strike hotline on 265 400 180 for payment of strike days.

(Reporting by Ines Barros; Editing by Paul Hensley)""",
        (
            expect("2025-02-11", "strike"),
            expect("2025-02-03", "stoppage"),
            expect("2025-01", "volume"),
            expect("1998/..", "represent"),
            expect("2025-03-01", "agreement", planned=True),
            expect("2004", "concession"),
            expect("2025-02-14", "meet", planned=True),
        ),
    ),
    Text(
        "analytics-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Analytics completes acquisition of Brightfield Metrics

LEEDS, 21 November 2024 - Harrowgate Analytics Ltd today completed its acquisition of
Brightfield Metrics, the Sheffield-based provider of hospital scheduling software, for an
undisclosed sum.

The agreement was first announced on 2 September, subject to approval by the Competition
and Markets Authority, which cleared the deal last month without conditions.

Brightfield was founded in 2011 by two former junior doctors and has supplied NHS trusts
since 2017. Its 74 staff will join Harrowgate's health division.

"Brightfield's software is in use on more than 300 wards," said Priya Lall, Harrowgate's
chief executive, who joined the company in about 2015. "Together we can give planners one
view of beds, theatres and staff."

The combined company expects to move its northern teams into new offices at Wellington
Place by the end of March 2025. A webinar for existing Brightfield customers will be held
on Tuesday 3 December.

Harrowgate's 2023 Annual Report, with full results, is available on its website.

Notes to editors
Harrowgate Analytics builds planning software for public services and employs 410 people
in Leeds, Manchester and Dublin.

Media enquiries: Tom Aske, 0113 496 0721, press@harrowgate-analytics.example
Ref: HGA/PR/2024/117

ENDS""",
        (
            expect("2024-11-21", "acquisition"),
            expect("2024-09-02", "agreement"),
            expect("2024-10", "clear"),
            expect("2011", "found"),
            expect("2017/..", "suppl"),
            expect("2015~", "join"),
            expect("../2025-03", "office", planned=True),
            expect("2024-12-03", "webinar", planned=True),
        ),
    ),
    Text(
        "whitcombe-v-ardley",
        "court opinion",
        None,
        """SUPERIOR COURT OF NEW CALDER
APPELLATE DIVISION

DANA WHITCOMBE, Appellant,
v.
ARDLEY PROPERTY HOLDINGS, LLC, Appellee.

No. A-0418-21

OPINION

MERCER, J.

Appellant, a residential tenant, challenges a judgment of possession entered against her
for non-payment of rent. We reverse.

I.

On or about June 14, 2019, appellant signed a two-year lease for an apartment at 88
Quarry Street. The building's boiler failed on December 2, 2020, and was not repaired
for the rest of the winter. The record shows that appellant's written notice of the
defect was delivered to appellee before December 15, 2020.

Appellant withheld rent from January 2021 through April 2021 and paid the withheld sums
into an escrow account. Appellee filed its complaint for possession on May 10, 2021. The
trial court entered judgment for appellee some two months later, holding that the escrow
did not satisfy Section 47-211 of the Residential Tenancies Act of 1987.

II.

The Legislature amended Section 47-211 in 2016 to permit a tenant to withhold rent once
written notice has been given and the landlord has had a reasonable time to repair. See
Harlan v. Moss, 412 N.C.3d 1187 (2018). Appellee does not dispute that the heating system
is an essential service or that it had notice.

The trial court applied the statute as it read before the amendment. That was error.

III.

The judgment is reversed, and the matter is remanded for entry of judgment for appellant.

Reversed and remanded.""",
        (
            expect("2019-06-14~", "lease"),
            expect("2020-12-02", "boiler"),
            expect("../2020-12-15", "notice"),
            expect("2021-01/2021-04", "rent"),
            expect("2021-05-10", "complaint"),
            expect("2021-07~", "judgment"),
            expect("2016", "amend"),
        ),
    ),
    Text(
        "kelmscar-history",
        "encyclopedia history",
        None,
        """Kelmscar

Kelmscar is a market town and civil parish on the River Lugg, about 14 miles north of
Hereford on the A4103 road.

History

A settlement at Kelmscar is first recorded c. 1086, when it was held by the canons of St
Guthlac. The town received a market charter in 1227 and grew as a centre of the Welsh
Marches wool trade.

Kelmscar Abbey was dissolved in 1539, and its lands were sold the following year to the
Cornewall family, who built Kelmscar Court from the abbey's stone. A great fire, probably
in 1671, destroyed much of the timber-framed town centre; the present Market Hall dates
from its rebuilding.

The town had three railway stations, opened in 1848, 1856 and 1863, of which only the
last survives, on the line between Shrewsbury and Hereford. Glove-making, the main
industry of the nineteenth century, ended when the last factory closed.

Kelmscar has been twinned with Saint-Aubin-sur-Loir in France since 1972. A farmers'
market is held on the first Saturday of every month.

Demography

The population at the 2021 census was 14,380, up from 12,950 ten years earlier.

See also
List of market towns in Herefordshire""",
        (
            expect("1086~", "record"),
            expect("1227", "charter"),
            expect("1539", "dissolv"),
            expect("1540", "land"),
            expect("1671?", "fire"),
            expect("1848", "station"),
            expect("1856", "station"),
            expect("1863", "station"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "rovers-win-meadow-lane",
        "sports report",
        date(2025, 3, 30),
        """Okafor double keeps Rovers clear at the top

By Sam Whitlow, Football Correspondent

Harbourside Rovers beat Meadow Lane Athletic 3-1 on Saturday to stay four points clear at
the top of the National League North, their first win at Meadow Lane since 2009.

Kelechi Okafor, who joined from Gateshead in January, headed the opener after 11 minutes
and added a second from the penalty spot before half-time. Athletic pulled one back
through Lewis Barr, but substitute Danny Moyes settled it in stoppage time in front of a
crowd of 2,014.

Rovers, who have been top of the table since 8 February, were without captain Jordan
Pryce, who injured his knee on 15 March and is expected to miss the rest of the season.

"The lads who come in train every Tuesday and Thursday like they're starting," said
manager Carl Henshaw, whose side were promoted in 2022 and are chasing the club's first
title since the 1995-96 season.

Rovers host Dunmore Town on Wednesday before a trip to second-placed Corby.

Athletic: Reece; Nolan, Barr, Hart, Ogden; Price, Lyle (Fox 70), Amos; Carr, Webb, Ince.
Rovers: Pell; Ward, Moss, Tully, Green; Okafor, Reid, Akers (Moyes 78); Lamb, Kerr, Dale.
Referee: P. Gillmore. Attendance: 2,014.""",
        (
            expect("2025-03-29", "beat"),
            expect("2025-01", "join"),
            expect("2025-02-08/..", "top"),
            expect("2025-03-15", "injur"),
            expect("2022", "promot"),
            expect("2025-04-02", "host", planned=True),
        ),
    ),
    Text(
        "fennick-umbrellas-history",
        "company history",
        None,
        """Our Story | Fennick & Daughters, Umbrella Makers

Fennick & Daughters was founded in 1874 by Ada Fennick, a widow who repaired umbrellas
from a barrow on Whitechapel Road. Her daughters Lil and Maud joined her at the bench,
and the firm moved to a workshop on Clerkenwell Green around 1890.

The firm received a Royal Warrant in 1936. Its 1920s "Piccadilly" model, with a
whangee cane handle, is still made to the original pattern.

The Clerkenwell factory was bombed on 10 May 1941, and most of the stock and frames were
lost. The workshop was rebuilt by 1948, with the help of a loan from the Worshipful
Company of Turners.

The business has been run by the fifth generation of the family since 2009; Harriet Fennick
now leads the workshop. Fennick opened a shop in Tokyo in 2014 and another in New
York in 2017.

Every umbrella is still cut, sewn and fitted by hand in London, and every spring the
workshop opens its doors to visitors for a week. We make about 3,000 umbrellas a year and
repair almost as many.

Visit us: 14 Clerkenwell Green, London EC1R 0DP
Telephone: 020 7946 0188""",
        (
            expect("1874", "found"),
            expect("1890~", "move"),
            expect("1936", "warrant"),
            expect("1941-05-10", "bomb"),
            expect("../1948", "rebuilt"),
            expect("2009/..", "generation"),
            expect("2014", "tokyo"),
            expect("2017", "york"),
        ),
    ),
    Text(
        "halcyon-mission",
        "mission summary",
        None,
        """HALCYON - Asteroid Sample Return Mission

Mission summary

Halcyon is a sample return mission to the near-Earth asteroid 2011 QF7, a dark, carbon-rich
body about 480 metres across. The mission was approved in 2015 as the agency's third
medium-class science mission.

The spacecraft was launched on 14 October 2021 on an Ariane 6 from Kourou. It performed an
Earth flyby on 2 November 2022, which bent its path towards the asteroid. Halcyon arrived
at 2011 QF7 on 19 June 2024 and entered a 3-km orbit eleven days later, after a series of
braking burns.

In orbit, the spacecraft has mapped the whole surface with its camera and its infrared
spectrometer, and four candidate sampling sites have been chosen. The first sampling
attempt is scheduled for March 2026. The sample capsule is expected to return to Earth
around 2029, landing in the Australian desert.

Key facts
Mission ID: HLC-2021-04
Launch mass: 2,318 kg
Distance travelled to arrival: 2,350 million km
Instrument team meetings: every Thursday, 14:00 UTC

Status: in orbit around the asteroid""",
        (
            expect("2015", "approv"),
            expect("2021-10-14", "launch"),
            expect("2022-11-02", "flyby"),
            expect("2024-06-19", "arriv"),
            expect("2024-06-30", "orbit"),
            expect("2026-03", "sampl", planned=True),
            expect("2029~", "return", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        date(2024, 9, 17),
        """Ministry of Agriculture and Food

Statement on a case of avian influenza in Dravik district

A case of highly pathogenic avian influenza H5N1 was confirmed on Sunday at a commercial
poultry farm near Dravik. Samples were taken on 12 September after the farmer reported a
sudden rise in deaths among his laying hens.

A 3-km protection zone and a 10-km surveillance zone have been in force since Monday.
Within these zones, poultry may not be moved without a licence, and keepers must house
their birds.

The 24,000 birds on the farm will be culled no later than Thursday, under the supervision
of the State Veterinary Service. Owners will receive compensation at market value.

The country's last outbreak in commercial poultry was in March 2022. The flock affected
this time is the largest since 2017.

All keepers of 50 birds or more must be registered under the 2019 Animal Health
Regulations. Keepers who see signs of disease should call the veterinary helpline on
0800 112 4491, which is staffed every day from 8am to 8pm.

The Minister of Agriculture, Elin Vasshaug, will visit the area on Friday to meet farmers
and local officials.

The risk to public health remains very low.

Last updated: 18 September 2024""",
        (
            expect("2024-09-15", "influenza"),
            expect("2024-09-12", "sample"),
            expect("2024-09-16/..", "zone"),
            expect("../2024-09-19", "cull", planned=True),
            expect("2022-03", "outbreak"),
            expect("2024-09-20", "visit", planned=True),
        ),
    ),
    Text(
        "ashcombe-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Latest news - Ashcombe Borough Council</title></head>
<body>
<header><a href="/">Ashcombe Borough Council</a> | <a href="/news">News</a></header>
<main>
<h1>Latest news</h1>
<ul class="news-list">
  <li>
    <time datetime="2025-06-02">2 June 2025</time>
    <h2><a href="/news/library-reopens">Riverside Library reopens</a></h2>
    <p>Riverside Library, closed after the flood of 9 January 2025, reopened on Monday
    2 June with a new children's room and level access from Mill Street.</p>
  </li>
  <li>
    <time datetime="2025-05-30">30 May 2025</time>
    <h2><a href="/news/market-square">Have your say on Market Square</a></h2>
    <p>A consultation on closing Market Square to traffic will run from 2 to 27 June 2025.
    Drop-in sessions are held every Wednesday at the Guildhall.</p>
  </li>
  <li>
    <time datetime="2025-05-27">27 May 2025</time>
    <h2><a href="/news/quarry-lane">Quarry Lane recycling centre to close</a></h2>
    <p>The Quarry Lane recycling centre, open since 1994, will close on 31 August 2025,
    when the new site at Hobb's Cross takes over.</p>
  </li>
  <li>
    <time datetime="2025-05-20">20 May 2025</time>
    <h2><a href="/news/mayors-walk">Mayor's walk raises &pound;12,400</a></h2>
    <p>The Mayor's charity walk, held on Sunday 18 May, raised &pound;12,400 for the
    Ashcombe Hospice. The walk takes place every May along the canal towpath.</p>
  </li>
</ul>
</main>
<footer>
<p>Contact us: 01632 960 118 | Page last updated: 3 June 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-01-09", "flood"),
            expect("2025-06-02", "reopen"),
            expect("2025-06-02/2025-06-27", "consultation", planned=True),
            expect("1994/..", "centre"),
            expect("2025-08-31", "close", planned=True),
            expect("2025-05-18", "walk"),
        ),
    ),
    Text(
        "vaac-notice-taraheke",
        "volcanic ash advisory centre notice",
        None,
        """VOLCANIC ASH ADVISORY CENTRE WELLINGTON
NOTICE TO USERS No. 2025/14
Issued: 4 June 2025, 0300 UTC

1. ERUPTION OF MOUNT TARAHEKE

Mount Taraheke erupted at 2215 UTC on 2 June 2025, producing an ash column to about FL350
that drifted east over the Tasman Sea. Elevated seismic activity had been observed at the
volcano since 28 May. Its previous eruption, around 1937, lasted several weeks and closed
the coastal airfields.

While ash remains in the atmosphere, advisories for the event are issued every six hours
and updated whenever satellite imagery shows a change.

Latest advisory header:
VA ADVISORY
DTG: 20250604/0300Z
VAAC: WELLINGTON
VOLCANO: TARAHEKE 241070
PSN: S3917 E17538
ADVISORY NR: 2025/0412

2. CHANGE OF FORMAT

From 1 July 2025, VAAC Wellington will issue advisories in the IWXXM format only; the
text format will be withdrawn on that date. Test messages will be sent on 17 and 24 June
to all registered users.

3. CONTACT

Duty forecaster: +64 4 470 0789 (24 hours)

END OF NOTICE""",
        (
            expect("2025-06-02", "erupt"),
            expect("2025-05-28/..", "activity"),
            expect("1937~", "erupt"),
            expect("2025-07-01", "format", planned=True),
            expect("2025-06-17", "test", planned=True),
            expect("2025-06-24", "test", planned=True),
        ),
    ),
    Text(
        "mount-zion-gospel-history",
        "gospel choir history",
        None,
        """About Us - The Mount Zion Gospel Singers

The Mount Zion Gospel Singers were formed in 1967 by Pastor Delroy Hinds at the Mount Zion
Church of God on Soho Road, Handsworth, to give the young people of the congregation a
place to sing. Many of the first members had come to Birmingham from Jamaica and Trinidad
with their parents.

The choir recorded its first album, "Lift Every Voice", in 1974, and performed at the
Royal Albert Hall on 14 June 1982 in front of an audience of more than 5,000. Its
arrangement of "Psalm 150" became a favourite at weddings across the Midlands.

Pastor Hinds retired in 1991 and died two years later. Since 2003 the choir has been
directed by his granddaughter, Simone Hinds-Baker, who has added a youth choir and a
community choir that anyone can join.

The choir will celebrate its sixtieth anniversary with a concert at Symphony Hall on 12
September 2027, with former members invited back on stage.

Rehearsals take place every Thursday at 7.30 pm in the church hall. No audition is needed,
just a love of singing.

Bookings and enquiries: 0121 496 0330
Registered charity no. 1108421""",
        (
            expect("1967", "form"),
            expect("1974", "album"),
            expect("1982-06-14", "perform"),
            expect("1991", "retir"),
            expect("1993", "die"),
            expect("2003/..", "direct"),
            expect("2027-09-12", "concert", planned=True),
        ),
    ),
    Text(
        "dpc-reprimand-northvale",
        "data protection authority reprimand",
        None,
        """OFFICE OF THE DATA PROTECTION COMMISSIONER

REPRIMAND

To: Northvale Community Housing Trust
Reference: DPC-2024-0387
Date of issue: 9 May 2024

The Commissioner has decided to issue a reprimand to Northvale Community Housing Trust
under the Data Protection Act 2018 in respect of the following infringement.

Summary of the incident

On 14 February 2023, a Trust employee emailed a spreadsheet containing the names,
addresses and rent arrears of 1,182 tenants to an external contractor who had no need to
see them. The Trust became aware of the error two days later, when the contractor
returned the file. The Trust reported the breach to the Commissioner on 24 February 2023,
outside the 72-hour deadline set by Article 33 of the UK GDPR.

The Commissioner's investigation, opened in March 2023, found that the Trust's last data
protection training for staff took place in 2019. This is the third reprimand issued to a
housing body since 2022.

Remedial steps

The Commissioner notes that the Trust has used an encrypted file transfer system since 1
April 2023. The Trust is expected to complete the remaining recommended actions no later
than 30 September 2024, including annual training for all staff who handle tenant data.

Signed: Deputy Commissioner, Regulatory Supervision""",
        (
            expect("2023-02-14", "spreadsheet"),
            expect("2023-02-16", "error"),
            expect("2023-02-24", "report"),
            expect("2023-03", "investigation"),
            expect("2019", "training"),
            expect("2023-04-01/..", "encrypt"),
            expect("../2024-09-30", "action", planned=True),
        ),
    ),
    Text(
        "skerrymore-relief-log",
        "lighthouse relief log",
        None,
        """NORTHERN LIGHTHOUSE BOARD
SKERRYMORE ROCK LIGHTHOUSE - RELIEF LOG, 1897
Form N.L.B. 14. Light first exhibited 1 Oct. 1866.
Principal Keeper: A. McLeod

2 Jan. - Relief due. Boat Pharos unable to land owing to heavy swell on the landing
stage; stood off two hours and returned to Hynish.

6 Jan. - Relief effected four days late. Asst. Keeper J. Morrison landed; Asst. Keeper W.
Gunn taken off sick. Stores received: 6 casks paraffin, 2 bags coal, bread and post.

About 20 Jan. - Fog signal engine failed during the night; bell rung by hand until
repaired.

1 to 9 Feb. - Stormy; no relief possible. Spray over the lantern.

10 Feb. - Relief. New lamp burner fitted by Mr Dalgleish, Engineer, who left by the same
boat. Oil in store 1860 gals.

Note. Relief boat to call every fortnight, weather permitting. Next relief expected 24 Feb.

Signed A. McLeod, P.K.""",
        (
            expect("1866-10-01", "exhibit"),
            expect("1897-01-02", "land"),
            expect("1897-01-06", "relief"),
            expect("1897-01-20~", "fog"),
            expect("1897-02-01/1897-02-09", "relief"),
            expect("1897-02-10", "burner"),
            expect("1897-02-24", "relief", planned=True),
        ),
    ),
    Text(
        "little-brampton-hall-bookings",
        "village hall bookings page in HTML",
        date(2025, 3, 4),
        """<html>
<head><title>Bookings | Little Brampton Village Hall</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/bookings">Bookings</a> | <a href="/history">History</a></nav>
<h1>Little Brampton Village Hall - Bookings</h1>
<p>The hall was built in 1923 as a memorial to the men of the parish who died in the
Great War. It has been run by a charitable trust since 1987 and seats 120.</p>
<h2>Regular bookings</h2>
<ul>
  <li>Every Monday: Pilates, 10-11am</li>
  <li>Every Wednesday: Toddler group, 9.30-11.30am</li>
  <li>First Friday of the month: Film club</li>
</ul>
<h2>Forthcoming one-off bookings</h2>
<table>
  <tr><th>Date</th><th>Event</th></tr>
  <tr><td>Sat 15 March</td><td>Spring jumble sale, 10am</td></tr>
  <tr><td>Fri 28 March</td><td>Quiz night in aid of the roof fund</td></tr>
  <tr><td>12-13 April</td><td>Brampton Players present "The 39 Steps"</td></tr>
</table>
<p><strong>Please note:</strong> the hall will be closed from 21 to 25 April for floor
sanding. New hire rates take effect on 1 April: &pound;14 an hour for residents and
&pound;18 for others.</p>
<p>To book, call our booking secretary, Jan Holt, on 01632 960 457.</p>
<footer>Registered charity no. 1029384 | Page last updated 1 March 2025</footer>
</body>
</html>""",
        (
            expect("1923", "built"),
            expect("1987/..", "trust"),
            expect("2025-03-15", "jumble", planned=True),
            expect("2025-03-28", "quiz", planned=True),
            expect("2025-04-12/2025-04-13", "players", planned=True),
            expect("2025-04-21/2025-04-25", "floor", planned=True),
            expect("2025-04-01", "rate", planned=True),
        ),
    ),
    Text(
        "orbis-meridian-launch",
        "telescope maker's product launch",
        date(2025, 9, 10),
        """News | Orbis Optik GmbH

Orbis Optik unveils the Meridian 152 ED refractor

Orbis Optik today unveiled the Meridian 152 ED, a 152 mm apochromatic refractor with a
fluorite-equivalent triplet objective and a focal ratio of f/7.9. The 152 in its name
refers to the aperture in millimetres.

The Meridian replaces the Meridian 130, which was discontinued in June after fourteen
years in production. A prototype of the new telescope was first shown at the Northeast
Astronomy Forum in April 2024, where visitors compared it with the best-selling refractor
in its class since 2018.

Orders open on Monday through Orbis dealers in Europe and North America, and first
deliveries are expected in November 2025. The optical tube is priced at EUR 4,990,
including a fitted case.

The company was founded in 1952 by the lens grinder Hans Vollrath in Jena and moved to
Wetzlar in 1961, where every objective is still figured and tested by hand. Orbis
staff demonstrate the range at star parties every August.

Technical data
Aperture: 152 mm | Focal length: 1,200 mm | Weight: 9.4 kg
Item no. 2031-152

Press contact: Lena Brandt, +49 6441 555 0193, presse@orbis-optik.example""",
        (
            expect("2025-09-10", "unveil"),
            expect("2025-06", "discontinu"),
            expect("2024-04", "prototype"),
            expect("2025-09-15", "order", planned=True),
            expect("2025-11", "deliver", planned=True),
            expect("1952", "found"),
            expect("1961", "wetzlar"),
        ),
    ),
    Text(
        "lindholm-open-finals",
        "badminton open report",
        date(2024, 11, 18),
        """BADMINTON | Lindholm Open

Matsuda ends wait for Odense title as Holm delights home crowd

Japan's Aya Matsuda won the women's singles title at the Lindholm Open on Sunday, beating
top seed Chen Yufei 21-17, 21-19 in 48 minutes.

Matsuda, who turned professional in 2019, had lost to Chen in the semi-finals in 2022 and
2023. The win lifts her from No. 14 to a career-high No. 9 in the world rankings, her
best position since her debut season.

Denmark's Rasmus Holm also won the men's singles final on Sunday, defeating Indonesia's
Bagas Pratama 21-15, 18-21, 21-16 before a sell-out crowd of 4,200. It was his best
result since 2021 and a first home title.

The tournament, held in Odense since 2008, offers ranking points towards the 2025
Sudirman Cup seedings.

Holm will next play at the World Tour Finals in Hangzhou from 11 to 15 December. "I train
every morning at this hall," he said. "Winning here is special."

Results - women's singles final: A. Matsuda (JPN) bt Chen Y. (CHN) 21-17, 21-19. Men's
singles final: R. Holm (DEN) bt B. Pratama (INA) 21-15, 18-21, 21-16.""",
        (
            expect("2024-11-17", "matsuda"),
            expect("2019", "profession"),
            expect("2022", "semi"),
            expect("2023", "semi"),
            expect("2024-11-17", "holm"),
            expect("2008/..", "odense"),
            expect("2024-12-11/2024-12-15", "finals", planned=True),
        ),
    ),
    Text(
        "metro-fare-change",
        "transport authority fare change notice",
        date(2025, 1, 15),
        """TYNEVALE PASSENGER TRANSPORT AUTHORITY
Notice of fare changes
Ref: FN/25/03

Fares on buses, trams and the Metro will rise by an average of 4.2% from Sunday 2 March
2025. The authority's board approved the changes at its meeting on Thursday.

The last general fare increase took effect on 3 April 2023. Fares were frozen from 2020
to 2022 while passenger numbers recovered after the pandemic.

A public consultation ran from 4 to 29 November 2024 and received 3,116 responses. The
rise is above the current inflation rate of 2.5%, the lowest since 2021, because of
higher energy and staff costs.

What changes
- A single Zone 1 ticket rises from £2.70 to £2.90.
- Contactless capping, available since September 2023, will remain, with the daily cap
  rising to £6.40.
- Paper season tickets will be withdrawn no later than 30 June 2025 and replaced by
  smartcards.

What stays the same
Concessionary passes issued under the Concessionary Bus Travel Act 2007 remain free after
9.30am on weekdays and all day at weekends. Children under 5 travel free at all times.

Customer line: 0300 123 7788 (every day, 7am to 10pm)""",
        (
            expect("2025-03-02", "fare", planned=True),
            expect("2025-01-09", "approv"),
            expect("2023-04-03", "increase"),
            expect("2020/2022", "frozen"),
            expect("2024-11-04/2024-11-29", "consultation"),
            expect("2023-09/..", "capping"),
            expect("../2025-06-30", "ticket", planned=True),
        ),
    ),
    Text(
        "cwm-eithin-slate-mine",
        "slate mine history",
        None,
        """Cwm Eithin Slate Mine - History

Slate was quarried on the open hillside above Cwm Eithin before 1780, by farmers who
split roofing slates in their own sheds and carried them to the coast by packhorse.

The Cwm Eithin Slate Company was formed in 1836 by a group of Liverpool merchants, and
underground working began around 1850, when the best veins ran too deep to reach from the
surface. A narrow-gauge tramway to the harbour at Porth Llwyd opened in 1864.

In 1882 the mine employed some 600 men, and its slates roofed terraces from Manchester to
Hamburg. Work was hard and dangerous: a roof fall killed four men on 7 March 1903, and
their names are carved on the memorial by the chapel.

Demand fell after the First World War. The mine closed in 1969, and the site has been a
museum since 1978, run by volunteers and the county council.

Visitors can walk part of the old workings, a total of 1853 metres of tunnels on six
floors, with a guide. Tours run every day from Easter to October, and a miners' service is
held in the chapel each year.

Cwm Eithin Slate Mine Museum, Porth Llwyd, Gwynedd
Telephone: 01766 960 512""",
        (
            expect("../1780", "quarr"),
            expect("1836", "company"),
            expect("1850~", "underground"),
            expect("1864", "tramway"),
            expect("1882", "employ"),
            expect("1903-03-07", "roof"),
            expect("1969", "clos"),
            expect("1978/..", "museum"),
        ),
    ),
    Text(
        "beekeepers-newsletter-may",
        "beekeepers' association newsletter",
        date(2025, 5, 9),
        """THE SMOKER
Newsletter of the Wealdbridge & District Beekeepers' Association
Issue 87

From the Chair

Our spring meeting on Saturday 26 April drew 42 members to the village hall to hear Dr
Nia Forde on queen rearing. Thank you to everyone who brought cake.

The Asian hornet was confirmed in the county for the first time on 18 April, in a garden
at Hurst Green. Please keep monitoring traps out and report any sighting at once.

Swarm news: members reported the first swarm of the year on 3 May, from a hive at the
allotments. Our swarm collectors' list has been updated; call the swarm line on 01632
960 221 rather than individual members.

Apiary

Sessions at Holt Farm, which the association has leased since 2014, are held every Sunday
at 10am. Varroa counts in the teaching colonies are the highest since 2018, so we will
treat early. Hive no. 1987, the old WBC, finally has a new roof.

Dates for your diary

The beginners' course starts on Tuesday in the church room. Subscriptions for the year
must be paid by 31 May, or members lose their insurance cover. The honey show will be held
on Saturday 13 September at Wealdbridge Memorial Hall.

The association was founded in 1921 by the vicar of St Mary's and a local schoolmaster.

Editor: R. Pennell""",
        (
            expect("2025-04-26", "meeting"),
            expect("2025-04-18", "hornet"),
            expect("2025-05-03", "swarm"),
            expect("2014/..", "lease"),
            expect("2025-05-13", "course", planned=True),
            expect("../2025-05-31", "subscription", planned=True),
            expect("2025-09-13", "honey", planned=True),
            expect("1921", "found"),
        ),
    ),
    Text(
        "glenardoch-distillery-history",
        "distillery history",
        None,
        """Glenardoch Distillery - Our History

Whisky was made in the glen long before it was legal. The farmer Ewan MacRae is said to
have built his first still in 1819, hidden in a bothy above the burn, though no record of
it survives.

The distillery was licensed in 1824 under the Excise Act of 1823, and MacRae's sons ran it
for half a century. In 1887 it was rebuilt after a fire, with larger stills and a
maltings beside the new railway.

Glenardoch closed from 1931 to 1937, when the Depression and American prohibition emptied
its warehouses. It was acquired by Caledonian Spirits in 1962, and the first Glenardoch
single malt was bottled around 1971; until then all its spirit went into blends.

The visitor centre opened on 5 July 1994. Since 2016 the distillery has been owned by
descendants of the MacRae family again, who bought it back from Caledonian.

A new still house is due to open in 2026, doubling capacity while keeping the original
copper pot stills in use.

Tours run every weekday at 11am and 2pm. Our 12-year-old, bottling no. 1965, is available
only at the distillery shop.

Glenardoch Distillery, Strathardoch, Perthshire PH16 5TZ | 01796 960 410""",
        (
            expect("1819?", "still"),
            expect("1824", "licens"),
            expect("1887", "rebuilt"),
            expect("1931/1937", "clos"),
            expect("1962", "acquir"),
            expect("1971~", "malt"),
            expect("1994-07-05", "visitor"),
            expect("2016/..", "own"),
            expect("2026", "still", planned=True),
        ),
    ),
)
