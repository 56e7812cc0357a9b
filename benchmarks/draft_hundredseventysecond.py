"""The hundred-and-seventy-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space or scientific), a government statement, an HTML
news page, a river flood gauge bulletin, a gymnastics championship report, a mobile network
switch-off release, a surveyor's field book of the 1830s, a butterfly monitoring report, a
workhouse's history, a foreign ministry embassy reopening statement, a science festival HTML
programme page, an immigration tribunal decision, a distillery's history and a tennis club's
committee minutes. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, a decade, "next week", "recently") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYSECOND_CORPUS",)


HUNDREDSEVENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "korrin-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELSTAD, March 13 (Northwire) - The Velstad-Korrin ferry, the only car link to the
island of Korrin, was suspended on Wednesday after inspectors found cracks in the hull of
its sole vessel, the operator said.

A replacement vessel, the Hallin, is to be chartered from a Danish operator and should
arrive on Saturday, Korrin Ferries chief executive Arvid Lunne said. Repairs to the damaged
ship are expected to be finished by April 30.

The regional council will hold an emergency meeting on March 18 to discuss a subsidy for the
charter, council leader Sanna Ferell said.

The ferry, the MV Tessaly, was withdrawn from service following an inspection carried out
on Monday by the regional maritime safety board. Built in 1989, it had last passed a full
survey on October 2, 2023, and was due for its next one in the autumn.

"People here need to get to hospital, to school, to work," said Korrin resident Hilde Sand,
73. "Without the ferry we are cut off."

Korrin Ferries has run the crossing since 1971. Passenger numbers on the route, at roughly
310,000 a year, are at their lowest since 2009. Boats normally leave Velstad every hour on
weekdays, the last at 7.40 p.m.

The council first subsidised the line in about 1994 and now pays some 2.1 million crowns a
year towards it.

(Reporting by Ilse Marken; Editing by Paul Gray)""",
        (
            expect("2025-03-12", "ferry", "suspend"),
            expect("1989", "tessaly", "built"),
            expect("2025-03-10", "inspection"),
            expect("2023-10-02", "survey"),
            expect("1971/..", "crossing"),
            expect("2025-03-15", "hallin", planned=True),
            expect("../2025-04-30", "repairs", planned=True),
            expect("2025-03-18", "meeting", planned=True),
            expect("1994~", "subsid"),
        ),
    ),
    Text(
        "oaklin-second-factory",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE
20 November 2024

Oaklin Pumps to open second factory in Vestmark

MERROW, UK - Oaklin Pumps Ltd, the Merrow-based maker of industrial water pumps, today
announced a £38 million second factory on the Vestmark business park. The plant will open in
September 2026.

Construction is scheduled to begin on 3 February 2025 and to be complete no later than
30 June 2026. The Vestmark site, some 14 hectares, was bought from the county council on
12 August 2024 for £4.1 million.

Oaklin Pumps was founded in 1962 by the engineer Walter Oaklin in a rented garage and moved
to its present site on Carrow Road in 1977. The company acquired the Dutch valve maker
Hendrix Kleppen in 2008 and opened a sales office in Singapore the following year.

The new plant is expected to employ around 220 people when it reaches full output in 2027.
Recruitment will start in the spring.

"This is the biggest investment in our history, and it keeps manufacturing jobs in the
county," said managing director Priya Hale. "Our order book has doubled since 2019."

Councillor Mark Ellery, leader of Vestmark County Council, said: "We are delighted that a
local company has chosen to grow here."

ENDS

Notes to editors
Oaklin Pumps employs 640 people at Merrow and is certified to ISO 9001:2015. Images are
available on request.

Media contact: Joe Brandt, Head of Communications, press@oaklinpumps.example,
01632 960 412""",
        (
            expect("2024-11-20", "announc"),
            expect("2026-09", "open", planned=True),
            expect("2025-02-03", "construction", planned=True),
            expect("../2026-06-30", "complete", planned=True),
            expect("2024-08-12", "site", "bought"),
            expect("1962", "found"),
            expect("1977", "moved"),
            expect("2008", "hendrix"),
            expect("2009", "singapore"),
            expect("2027", "output", planned=True),
        ),
    ),
    Text(
        "halvorsen-v-dunmore",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTFIELD

No. 24-CA-0817

HALVORSEN BUILDERS, INC., Plaintiff-Appellant,
v.
CITY OF DUNMORE, Defendant-Appellee.

Appeal from the Circuit Court of Ash County, No. 2022-CV-3391

Argued: January 15, 2025 - Decided: March 4, 2025

OPINION

PRATT, J.

Halvorsen Builders, Inc. appeals the summary judgment entered against it on June 27, 2024,
in its suit to recover payment for work on the Dunmore public library annex. We affirm.

I. BACKGROUND

The City awarded Halvorsen the annex contract on or about April 9, 2019. The contract,
governed by the Public Works Payment Act of 1998, required substantial completion no later
than November 30, 2020. Halvorsen did not achieve substantial completion until March 12,
2021, and the City withheld $412,000 in liquidated damages.

Halvorsen served a notice of claim on May 3, 2021, and filed suit on August 16, 2022. It
argued that design changes ordered by the City, which began in about February 2020, excused
its late performance.

II. DISCUSSION

We review a grant of summary judgment de novo. Section 7.2 of the contract required any
request for an extension of time to be submitted within 21 days of the delaying event.
Halvorsen concedes that it submitted no such request. A contractor that fails to follow a
contractual notice procedure waives its claim to an extension. See Marlow Paving Co. v.
Town of Keene, 311 W.3d 902, 907 (2016). The circuit court correctly held that the
liquidated damages were properly withheld.

III. CONCLUSION

The judgment of the circuit court is affirmed. The mandate shall issue on April 8, 2025.

GRAY and ODUYA, JJ., concur.""",
        (
            expect("2025-01-15", "argued"),
            expect("2025-03-04", "decided"),
            expect("2024-06-27", "summary judgment"),
            expect("2019-04-09~", "contract", "award"),
            expect("../2020-11-30", "completion"),
            expect("2021-03-12", "completion"),
            expect("2021-05-03", "notice", "claim"),
            expect("2022-08-16", "suit"),
            expect("2020-02~", "design", "changes"),
            expect("2025-04-08", "mandate", planned=True),
        ),
    ),
    Text(
        "brennock-history",
        "encyclopedia history",
        None,
        """Brennock

Brennock is a market town and civil parish in the Lower Ashvale district, on the River Wend,
about 14 miles (23 km) north-east of Castlebury. It has a population of about 9,900.

History

A settlement at the ford may be first recorded in 1143, if the "Brannoc" whose tithes were
granted to the abbey of St Olwen in a charter of that year is the same place. The town was
granted a market charter in c. 1290 by the lord of the manor, Ralph de Wend.

During the Wars of the Marches the castle changed hands in 1461, 1463 and 1470, and it was
left in ruins after the last siege. Its stone was later reused in houses on Castle Street.

A great fire on 14 June 1689 destroyed most of the timber houses on Bridge Street and the old
market hall; the town was rebuilt in brick and stone. The railway reached Brennock in 1851,
bringing visitors to the spa wells, though the station closed in 1966 and the line was
lifted soon afterwards.

The borough of Brennock was abolished on 1 April 1974 and its functions passed to Ashvale
District Council. The population, which had fallen for much of the twentieth century, has
been roughly stable since 1981.

Landmarks

The parish church of St Olwen, largely of the 15th century, has the tallest spire in the
county. The market hall on the square was rebuilt after the fire and is listed at Grade II.

See also

- List of market towns in Ashvale
- River Wend""",
        (
            expect("1143?", "recorded"),
            expect("1290~", "market", "charter"),
            expect("1461", "castle", "hands"),
            expect("1463", "castle", "hands"),
            expect("1470", "castle", "hands"),
            expect("1689-06-14", "fire"),
            expect("1851", "railway"),
            expect("1966", "station", "closed"),
            expect("1974-04-01", "borough", "abolish"),
            expect("1981/..", "population", "stable"),
        ),
    ),
    Text(
        "harwick-beat-castleby",
        "sports report",
        date(2025, 6, 4),
        """FOOTBALL | NATIONAL LEAGUE NORTH

Harwick Rovers 3 Castleby Town 1

By Dan Mercer, 4 June 2025

Harwick Rovers kept their promotion hopes alive with a 3-1 win over Castleby Town at the
Millfield Ground on Tuesday night.

Leon Amadi, signed from Portvale on January 29, opened the scoring after 11 minutes with a
low shot from the edge of the area. Castleby levelled before the break through Sam Yeo's
header, but Amadi restored the lead on 58 minutes and substitute Kieran Walsh added a third
in stoppage time.

Rovers sit third in the table, two points behind leaders Dunholm United. They travel to
Dunholm on Saturday before the play-off semi-finals, which are scheduled for June 14 and
June 18.

"The lads showed real character," said manager Greta Olsson, in charge since November 2023.
"We have given ourselves a chance, and that's all we asked for."

The club, founded in 1888, last played in the second tier in 2011. The crowd of 2,914 was
the Millfield Ground's biggest since 2019.

Castleby, who have won only once away from home all season, are ninth.

Harwick Rovers: Pratt; Leigh, Mensah, Dorr, Fenn; Carver, Ibe (Walsh 71); Rowe, Amadi,
Stott; Kell.""",
        (
            expect("2025-06-03", "castleby"),
            expect("2025-01-29", "amadi", "signed"),
            expect("2023-11/..", "olsson"),
            expect("1888", "found"),
            expect("2011", "second tier"),
            expect("2025-06-07", "dunholm", planned=True),
            expect("2025-06-14", "semi-final", planned=True),
            expect("2025-06-18", "semi-final", planned=True),
        ),
    ),
    Text(
        "fenwick-cordage-story",
        "company history",
        None,
        """Fenwick Cordage - Our Story

Hannah Fenwick opened a rope walk on the banks of the Dee at Carrowby in 1868, making lines
and nets for the herring fleet. Her daughters Ada and Mary took over the business on her
death in 1897 and renamed it Fenwick & Daughters.

The rope walk, some 300 yards long, was lengthened in 1904 and again in 1921 to meet demand
from the shipyards. The firm supplied mooring lines to the Admiralty from 1915 until 1919,
and its workforce reached a peak of 240 during the war.

Nylon rope was introduced in about 1958, and the old hemp walk closed on 30 September 1971.
The company moved to new premises on the Kelvin Road industrial estate in 1972, where it
still makes every metre of its rope.

Fenwick Cordage has been owned by its employees since 6 April 2001, when the last of the
Fenwick family, Margaret Fenwick, sold her shares to an employee trust. "It was the only way
to keep the firm in Carrowby," she said at the time.

Today Fenwick makes rope for customers in 40 countries, from yacht halyards to the mooring
lines of offshore wind farms. A new braiding hall will open in 2026, doubling our capacity
for synthetic ropes.

Fenwick Cordage Ltd, Unit 4, Kelvin Road, Carrowby. Registered in Scotland No. SC098211.""",
        (
            expect("1868", "rope walk"),
            expect("1897", "daughters"),
            expect("1904", "lengthened"),
            expect("1921", "lengthened"),
            expect("1915/1919", "mooring"),
            expect("1958~", "nylon"),
            expect("1971-09-30", "hemp"),
            expect("1972", "moved"),
            expect("2001-04-06/..", "employee"),
            expect("2026", "braiding", planned=True),
        ),
    ),
    Text(
        "aurelia-cubesat-summary",
        "mission summary",
        date(2025, 10, 7),
        """MISSION SUMMARY - AURELIA (TISS-ASC-7)
Status: extended operations | Last updated: 7 October 2025

Aurelia is a 24-kg cubesat built by the Tarrow Institute of Space Science to measure ozone
and water vapour in the upper stratosphere with a miniature limb-sounding spectrometer.

Launch and commissioning
Aurelia was launched on 22 March 2023 aboard a Kestrel rideshare rocket from the Norvik
range, together with eleven other small satellites. First contact with the ground station at
Tarrow was made two days later, and the spectrometer returned first light on 11 April.

Operations
The primary mission ended on 22 March 2024, after one year of measurements, and the mission
was extended. A reaction wheel failed on or about 2 September 2024; the team has controlled
the spacecraft's pointing with its magnetorquers since 5 September, at some cost in the
number of daily profiles.

Data
Calibrated profiles from the first 18 months were released to the public on 30 June 2025.
A second release, with the improved water vapour retrieval, is planned by 31 January 2026.

End of mission
Aurelia orbits at about 490 km. Atmospheric drag is expected to bring it down, and re-entry
is predicted for about March 2026.

Principal investigator: Dr Nadia Ferrante. Contact: aurelia-ops@tiss.example""",
        (
            expect("2023-03-22", "launch"),
            expect("2023-03-24", "contact"),
            expect("2023-04-11", "first light"),
            expect("2024-03-22", "primary", "ended"),
            expect("2024-09-02~", "wheel"),
            expect("2024-09-05/..", "magnetorquer"),
            expect("2025-06-30", "release"),
            expect("../2026-01-31", "release", planned=True),
            expect("2026-03~", "re-entry", planned=True),
        ),
    ),
    Text(
        "poultry-housing-order-lifted",
        "government statement",
        date(2024, 1, 16),
        """Department of Agriculture and Rural Affairs
News release - 16 January 2024

Housing order for poultry to be lifted

The Chief Veterinary Officer, Dr Eamon Keane, has confirmed that the mandatory housing order
for poultry and captive birds will be lifted at noon on Friday 26 January. The order has been
in force since 4 December 2023.

It was introduced after avian influenza (H5N1) was confirmed at a turkey farm near Greyhallow
on 28 November. A 10 km surveillance zone around the farm was lifted on 9 January 2024, and
no further cases have been found in the region.

Agriculture Minister Ruth Ansell said: "I want to thank keepers for the sacrifices they have
made over a difficult winter. The risk has fallen, but it has not gone away." She will visit
Greyhallow on Thursday to meet farmers affected by the outbreak.

Keepers must still register flocks of 50 or more birds by 29 February. The department will
review the remaining biosecurity rules in March.

This is the longest housing order imposed since 2017. Keepers are reminded to check their
birds every day and to report any signs of disease at once.

Notes
The order was made under the Animal Health Order 1993.
Helpline: 0300 555 0147 (Monday to Friday, 9am-5pm).
Ref: DARA/AI/2023/41""",
        (
            expect("2024-01-26", "housing order", "lift", planned=True),
            expect("2023-12-04/..", "housing order"),
            expect("2023-11-28", "influenza"),
            expect("2024-01-09", "surveillance zone"),
            expect("2024-01-18", "visit", planned=True),
            expect("../2024-02-29", "register", planned=True),
            expect("2024-03", "review", planned=True),
        ),
    ),
    Text(
        "eastgate-library-reopens",
        "HTML news page",
        date(2025, 2, 11),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastgate library reopens after flood repairs | Ridgeway Courier</title>
<meta name="date" content="2025-02-11">
</head>
<body>
<header><a href="/">Ridgeway Courier</a> <nav><a href="/news">News</a> |
<a href="/sport">Sport</a></nav></header>
<article>
<h1>Eastgate library reopens after flood repairs</h1>
<p class="byline">By Hana Brooks &middot; 11 February 2025, 09:14</p>
<p>Eastgate Library reopened to the public on Monday, eight months after storm water
flooded its ground floor and ruined some 6,000 books.</p>
<p>The building, a Carnegie library opened in 1909, was closed on 14 June last year when a
drain under Mill Lane collapsed during a downpour. Repair work began in September and was
completed on January 24 this year, at a cost of about &pound;640,000.</p>
<p>A flood barrier on Mill Lane is to be installed by October 31, the council said.</p>
<p>Library manager Owen Petts said the children's reading room will reopen on March 3. It has
been closed since 2019 for lack of staff. "Families have asked for it for years," he said.</p>
<figure><img src="/img/eastgate.jpg" alt="">
<figcaption>Readers return to Eastgate Library. Photo: R. Dunn</figcaption></figure>
</article>
<footer>&copy; 2025 Ridgeway Courier &middot; newsdesk@ridgewaycourier.example</footer>
</body>
</html>""",
        (
            expect("2025-02-10", "reopen"),
            expect("1909", "opened"),
            expect("2024-06-14", "closed"),
            expect("2024-09", "repair", "began"),
            expect("2025-01-24", "completed"),
            expect("2019/..", "reading room"),
            expect("2025-03-03", "reading room", planned=True),
            expect("../2025-10-31", "barrier", planned=True),
        ),
    ),
    Text(
        "tarne-ollerby-bulletin",
        "river flood gauge bulletin",
        date(2025, 1, 8),
        """MARSH VALLEY RIVERS AUTHORITY - RIVER LEVEL BULLETIN
Bulletin No. 14/2025 | Issued 06:00 Wednesday 8 January 2025

RIVER TARNE AT OLLERBY BRIDGE (gauge 28114)
Current level: 3.42 m    Typical range: 0.30 m to 1.85 m    Trend: FALLING

Event summary
The river peaked at 3.96 m at 22:15 on Monday 6 January, after 61 mm of rain fell on the
upper catchment in 36 hours. Property flooding was reported in Mill Row and Tarne Walk.

Warnings in force
FLOOD WARNING - Ollerby riverside: issued 14:30 Sunday 5 January, remains in force.
FLOOD ALERT - Lower Tarne: in force since 3 January.

Forecast
Levels are expected to fall below 2.5 m by Friday and to return to the typical range around
14 January. Further heavy rain is forecast from Saturday, and the alert may be extended.

Gauge history
The gauge was installed in 1961 and rebuilt after flood damage on or about 27 December 1999.
Monday's peak is the highest reading at the gauge since 12 February 2020. Levels are read
every 15 minutes and published online.

Next bulletin: 18:00 today.
Floodline: 0345 988 1188 | Quickdial code 172241""",
        (
            expect("2025-01-06", "peak"),
            expect("2025-01-05", "warning"),
            expect("2025-01-03/..", "alert"),
            expect("../2025-01-10", "fall", planned=True),
            expect("2025-01-14~", "range", planned=True),
            expect("2025-01-11", "rain", planned=True),
            expect("1961", "install"),
            expect("1999-12-27~", "rebuilt"),
        ),
    ),
    Text(
        "lindqvist-all-around-gold",
        "gymnastics championship report",
        date(2025, 4, 14),
        """GYMNASTICS

Lindqvist takes all-around gold in Aalvik

Nordic Artistic Gymnastics Championships, Aalvik Arena
Report by Mette Sand | 14 April 2025

Seventeen-year-old Elin Lindqvist won the women's all-around title on Saturday with 53.466
points, becoming the youngest champion since 2013. She had led after the qualification round
on Thursday and sealed the gold with a clean routine on the balance beam, her last apparatus.

The apparatus finals will be held on Tuesday and Wednesday, with Lindqvist qualified for
three of the four women's finals. The national federations have said that team selection
for the World Championships will be announced by 30 June.

In the men's competition on Sunday, Oskar Haapala retained the title he first won in 2022,
finishing 0.7 ahead of his team-mate Juho Rinne despite a fall on pommel horse.

Lindqvist, who trains at Sollen GK and has competed internationally since 2023, missed most
of last season with a broken wrist suffered on 9 February 2024. "A year ago I could not even
hold a bar," she said. "Today I just enjoyed every second."

The championships, first held in 1979, are being staged in Aalvik for the first time since
1998. A record 212 gymnasts from eight nations are taking part, and organisers said that
about 9,000 tickets had been sold for the finals.

Results, women's all-around: 1 Lindqvist (SWE) 53.466; 2 Aro (FIN) 52.900; 3 Holm (NOR)
52.733.""",
        (
            expect("2025-04-12", "lindqvist"),
            expect("2025-04-10", "qualification"),
            expect("2023/..", "competed"),
            expect("2024-02-09", "wrist"),
            expect("2025-04-13", "haapala"),
            expect("2022", "haapala"),
            expect("2025-04-15", "apparatus", planned=True),
            expect("2025-04-16", "apparatus", planned=True),
            expect("../2025-06-30", "selection", planned=True),
            expect("1979", "championships"),
        ),
    ),
    Text(
        "vireo-3g-switch-off",
        "mobile network switch-off release",
        date(2024, 5, 29),
        """PRESS RELEASE

Vireo Mobile confirms dates for 3G switch-off

Leeds, 29 May 2024 - Vireo Mobile today confirmed that it will switch off its 3G network,
region by region, between 3 February and 31 March 2025. The switch-off will begin in
Northumbria and Cumbria and end in Greater London.

Vireo launched its 3G service on 15 March 2003. Its 2G network, opened in 1995, is not
affected and will continue to carry voice calls and text messages for the time being.

The company began turning off 3G masts in a trial in the town of Hexley on 12 March 2024,
and said the trial had shown that almost every customer kept a working service. Around
1.2 million customers still use handsets that work only on 3G. They will be contacted by
letter and text message, and must claim a free replacement handset no later than
30 September 2025.

Vireo follows rival Kestrel Telecom, which closed its own 3G network in 2023. The freed
spectrum will be used for 5G, which Vireo launched in about 2019 and which now reaches
roughly 82% of the population.

"3G served our customers well for more than twenty years," said chief technology officer
Anjali Rao. "Switching it off lets us give them faster, more reliable 4G and 5G."

Customers can check whether their phone is affected by texting CHECK to 2020 or by visiting
vireo.example/3g.

Notes to editors
Vireo Mobile is a trading name of Vireo Communications plc, registered in England and Wales
No. 04418872. Press office: 0113 496 0750, press@vireo.example""",
        (
            expect("2024-05-29", "confirm"),
            expect("2025-02-03/2025-03-31", "switch", planned=True),
            expect("2003-03-15", "3g"),
            expect("1995", "2g"),
            expect("2024-03-12", "trial"),
            expect("../2025-09-30", "handset", planned=True),
            expect("2023", "kestrel"),
            expect("2019~", "5g"),
        ),
    ),
    Text(
        "whitmoor-field-book-1837",
        "surveyor's field book of the 1830s",
        None,
        """FIELD BOOK No. 3
Survey of the Parish of Whitmoor, for the Tithe Commissioners
Kept by Jno. Aldous, Land Surveyor, of Stainby

1837
Aug. 14. Mon.  Began at the N.E. corner of Long Acre close. Chained along the lane to
               Whitmoor Mill, 42 ch. 17 lks. Offsets to the hedge every 2 chains. Fair.
Aug. 15.       Rain all day; no work in the field. Plotted yesterday's lines at the inn.
Aug. 17.       Measured the glebe with Mr Pell the churchwarden. Glebe 31 a. 2 r. 14 p.
Aug. 21.       Dispute at Coldharbour Farm with Mr Rudd, who will not allow the line I
               took. Left it open for the Commissioners. See memorandum.
Aug. 24.       Finished the Common, 212 a. 0 r. 30 p. Station XVII on the barrow.
Sept. 2.       Paid the two chainmen, Wm. Hobb & Thos. Lane, 14s. each for the fortnight.

Memorandum.  To deliver the finished map & apportionment to the Commissioners by 25 March
             next. Scale 3 chains to the inch as directed.

Memorandum.  The enclosure award, made in 1786, is kept at the vestry. Its plan is found to
             be in error by near 3 chains on the west side of the Common.

Memorandum.  Whitmoor Mill, as the miller believes, was rebuilt in 1802, but I could find
             no date stone to confirm it. Mr Rudd says his boundary stone was moved by his
             neighbour in about 1829.

Bearings taken by the circumferentor, corrected 24 deg. W. variation.""",
        (
            expect("1837-08-14", "began"),
            expect("1837-08-15", "rain"),
            expect("1837-08-17", "glebe"),
            expect("1802?", "mill", "rebuilt"),
            expect("1837-08-21", "dispute"),
            expect("1829~", "stone", "moved"),
            expect("1837-08-24", "common"),
            expect("1837-09-02", "chainmen"),
            expect("1786", "enclosure"),
            expect("../1838-03-25", "map", planned=True),
        ),
    ),
    Text(
        "haddon-down-transect-2024",
        "butterfly monitoring report",
        None,
        """HADDON DOWN BUTTERFLY TRANSECT - ANNUAL REPORT 2024

Site: Haddon Down nature reserve, grid ref. SU 412 287
Recorder: Gillian Forde | Transect established in 1991 | 14 sections, 2.6 km

Summary
The transect was walked on 24 of the 26 weeks between 1 April and 29 September 2024, by a
team of nine volunteers. A total of 3,412 butterflies of 27 species was counted after a cool
and wet spring.

Highlights
- The first Brimstone of the year was seen on 3 April, and the first Orange-tip two days
  later.
- Adonis Blue was recorded again on 21 August on section 11, the first on the site since it
  was lost in about 1998.
- Small Blue numbers have risen every year since 2019 and reached 64 this year.
- Marbled White had its worst year on record, with only 31 counted, and the season's total
  was the lowest since 2012.

Management
Grazing by Dexter cattle, reintroduced on 15 October 2021, continues on sections 5 to 12 from
October to March. Scrub clearance on sections 6 to 9 is planned for November 2025.

The transect has been part of the national butterfly monitoring scheme since 1993, and its
counts are sent each winter to the county recorder.

Next year's report will be submitted by 31 January 2026.

Thanks to all volunteers, and to the Haddon Estate for access.""",
        (
            expect("1991", "established"),
            expect("2024-04-01/2024-09-29", "walked"),
            expect("2024-04-03", "brimstone"),
            expect("2024-04-05", "orange-tip"),
            expect("2024-08-21", "adonis"),
            expect("1998~", "adonis", "lost"),
            expect("2021-10-15", "cattle"),
            expect("2025-11", "scrub", planned=True),
            expect("1993/..", "scheme"),
            expect("../2026-01-31", "report", planned=True),
        ),
    ),
    Text(
        "calderbrook-workhouse",
        "workhouse's history",
        None,
        """Calderbrook Union Workhouse

The Calderbrook Poor Law Union was formed on 2 March 1836 under the Poor Law Amendment Act of
1834, and took in nineteen parishes of the upper Calder valley. Its workhouse, designed by
the architect Samuel Kemp for 300 inmates, was built on Moor Lane in 1838-39 and received its
first inmates on 5 November 1839.

Life inside followed the strict rules of the period: men, women and children were housed
apart, and able-bodied men broke stone in the yard. A separate school for pauper children was
opened in about 1880 on the opposite side of the lane.

The master, Josiah Penrose, was dismissed on 17 May 1894 after an inquiry into the death of
an elderly inmate, William Dyer. The inquiry had opened three weeks earlier, and its findings
were widely reported in the county press.

Under the Local Government Act 1929 the workhouse passed to the county council on
1 April 1930 and was renamed the Moor Lane Public Assistance Institution. It later
served as a hospital for the elderly until it closed in 1992.

The main block has since been converted into flats, and the former chapel has been used as a
community hall since 1996. The Calderbrook Heritage Group is expected to open a heritage
trail around the site in 2026, with panels drawing on the union's surviving admission
registers.

Sources: Calderbrook Union minute books (county record office, ref. PL/7/1-64).""",
        (
            expect("1836-03-02", "union", "formed"),
            expect("1838/1839", "built"),
            expect("1839-11-05", "inmates"),
            expect("1880~", "school"),
            expect("1894-05-17", "penrose", "dismissed"),
            expect("1894-04-26", "inquiry"),
            expect("1930-04-01", "county council"),
            expect("1992", "closed"),
            expect("1996/..", "community hall"),
            expect("2026", "trail", planned=True),
        ),
    ),
    Text(
        "estmark-embassy-qarsen",
        "foreign ministry embassy reopening statement",
        date(2025, 10, 7),
        """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ESTMARK
Press Statement No. 211/25
7 October 2025

Reopening of the Embassy of Estmark in Qarsen

The Ministry of Foreign Affairs announces that the Embassy of the Republic of Estmark in
Qarsen will resume full operations on Monday, 20 October.

Minister of Foreign Affairs Lorenz Albrek will attend the reopening and will meet his
Tavarian counterpart, Foreign Minister Idris Namaj, the following day to sign a memorandum on
consular cooperation.

An advance team has been in Qarsen since 15 September to prepare the chancery building,
which was renovated between June and August. Consular services, including passport
applications, will be available from 3 November. Visa services are expected to resume no
later than 1 December.

The Embassy suspended its activities on 11 March 2022, when its staff were withdrawn because
of the deteriorating security situation. In the meantime the Consulate-General in Dovra has
served Estmarkian citizens in Tavaria.

Diplomatic relations between Estmark and Tavaria were established on 4 July 1992, and the
Embassy first opened in Qarsen in 1994.

The Ministry continues to advise against all but essential travel to the border provinces
of Tavaria. Travel advice is reviewed every week and published at mfa.estmark.example.

Press Office of the Ministry of Foreign Affairs
Tel. +00 41 555 0192 | press@mfa.estmark.example""",
        (
            expect("2025-10-20", "embassy", planned=True),
            expect("2022-03-11", "suspend"),
            expect("2025-09-15/..", "team"),
            expect("2025-06/2025-08", "renovat"),
            expect("2025-11-03", "consular", planned=True),
            expect("../2025-12-01", "visa", planned=True),
            expect("2025-10-21", "meet", planned=True),
            expect("1992-07-04", "relations"),
            expect("1994", "embassy", "opened"),
        ),
    ),
    Text(
        "glenmoor-festival-programme",
        "science festival HTML programme page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Programme - Glenmoor Science Festival 2024</title>
<link rel="stylesheet" href="/css/festival.css">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/programme">Programme</a> |
<a href="/tickets">Tickets</a> | <a href="/schools">Schools</a></nav>
<main>
<h1>Festival programme</h1>
<p>The Glenmoor Science Festival, first held in 2011, runs from 7 to 16 June 2024 at venues
across the city, with more than 120 talks, shows and workshops.</p>
<h2>Tickets</h2>
<p>Tickets go on sale at 10:00 on 13 May. Most events cost &pound;5; under-16s go free.</p>
<h2>Highlights</h2>
<ul>
<li><strong>Sat 8 June, 21:30</strong> - <em>Stars over the Loch</em>: a telescope evening
on Kelso Point with the Glenmoor Astronomical Society.</li>
<li><strong>12-14 June</strong> - <em>Build a robot</em>: a drop-in workshop for ages 8-12 at
the Discovery Centre.</li>
<li><strong>Tue 11 June, 19:00</strong> - <em>The comet that comes back</em>: a lecture by
Prof. Ayo Brandt on Comet Farrant, last seen from Earth in 1987 and due to return around
2061.</li>
<li><strong>Every day, 10:00-16:00</strong> - the Discovery Tent in Castle Park, free.</li>
</ul>
<h2>Our partners</h2>
<p>The festival is run with the University of Glenmoor and the Glenmoor Astronomical Society,
which was founded in 1923 and lends its telescopes for the week.</p>
</main>
<footer>
<p>Glenmoor Science Festival is a registered charity, SC041123.
&copy; 2024 Glenmoor Science Festival</p>
</footer>
</body>
</html>""",
        (
            expect("2011", "first", "festival"),
            expect("2024-06-07/2024-06-16", "festival", planned=True),
            expect("2024-06-08", "stars", planned=True),
            expect("1923", "society", "found"),
            expect("2024-06-11", "lecture", planned=True),
            expect("1987", "comet"),
            expect("2061~", "comet", planned=True),
            expect("2024-06-12/2024-06-14", "robot", planned=True),
            expect("2024-05-13", "tickets", planned=True),
        ),
    ),
    Text(
        "venn-human-rights-appeal",
        "immigration tribunal decision",
        None,
        """IMMIGRATION AND ASYLUM TRIBUNAL (NORTHERN CIRCUIT)

Appeal Number: HU/04417/2024

Heard at: Mardale Hearing Centre            Decision & Reasons Promulgated
On: 11 February 2025                        On: 3 March 2025

Before
TRIBUNAL JUDGE OKONJO

Between
MR DARIUS VENN
(NO ANONYMITY DIRECTION MADE)
Appellant
and
THE SECRETARY OF STATE FOR THE HOME DEPARTMENT
Respondent

Representation: For the Appellant: Ms L. Harte, counsel. For the Respondent: Mr P. Doyle,
Presenting Officer.

DECISION AND REASONS

1. The appellant, a national of Corvenia born on 2 September 1991, appeals against the
respondent's decision of 18 June 2024 refusing his human rights claim.

2. He entered the United Kingdom on or about 14 January 2016 with a student visa, which
expired on 30 April 2019. He has lived with his partner, Ms Alina Reyes, a British citizen,
since March 2020, and they married on 9 October 2023.

3. He applied for leave to remain on 21 November 2023 on the basis of his marriage. That
application was refused by the decision under appeal.

4. The appellant said that he left Corvenia after his brother's arrest, which he placed in
about 2014. I accept his evidence on this point, which was consistent throughout.

5. Having heard the appellant and Ms Reyes give evidence, I find that there would be
insurmountable obstacles to family life continuing in Corvenia, under paragraph EX.1.(b)
of Appendix FM.

Notice of Decision
The appeal is allowed on human rights grounds (Article 8 ECHR).

Tribunal Judge Okonjo""",
        (
            expect("2025-02-11", "heard"),
            expect("2025-03-03", "promulgated"),
            expect("1991-09-02", "born"),
            expect("2024-06-18", "refus"),
            expect("2016-01-14~", "entered"),
            expect("2019-04-30", "visa", "expired"),
            expect("2020-03/..", "partner"),
            expect("2023-10-09", "married"),
            expect("2023-11-21", "applied"),
            expect("2014~", "arrest"),
        ),
    ),
    Text(
        "craigmorven-distillery-history",
        "distillery's history",
        None,
        """Craigmorven Distillery - A History

Whisky was made on the farm of Craigmorven long before it was made legally. Excise records
suggest an illicit still there in 1798, though the date is uncertain and the entry may refer
to a neighbouring farm.

The brothers Hector and Alasdair Munro took out a licence to distil at Craigmorven on
11 November 1826, in a former maltings beside the Allt Dubh burn. Their whisky was carried
by cart to the coast and shipped south from Portnell.

The distillery passed to the Leith blenders Duncan Shaw & Co. in 1887 and was rebuilt the
following year with four pot stills, two of which are still in use. It fell silent in 1917,
when barley was requisitioned for food, and again from 1932 to 1935.

On the night of 3 February 1975 a fire destroyed the still house and most of the mash tun
room. Production restarted some nine months later in a rebuilt still house.

Since 2009 Craigmorven has again been owned by the Munro family, after a buy-out led by
Catriona Munro, great-great-granddaughter of Hector. A new warehouse for 6,000 casks is due
to be completed by May 2026.

Craigmorven Distillery, Glen Dubh, Argyll. Tours daily at 11:00 and 14:30.""",
        (
            expect("1798?", "still"),
            expect("1826-11-11", "licence"),
            expect("1887", "shaw"),
            expect("1888", "rebuilt"),
            expect("1917", "silent"),
            expect("1932/1935", "silent"),
            expect("1975-02-03", "fire"),
            expect("1975-11~", "production", "restart"),
            expect("2009/..", "family"),
            expect("../2026-05", "warehouse", planned=True),
        ),
    ),
    Text(
        "linton-park-committee-minutes",
        "tennis club's committee minutes",
        date(2025, 10, 7),
        """LINTON PARK LAWN TENNIS CLUB

Minutes of the Committee Meeting held on Tuesday 7 October 2025 at 7.30 pm in the Pavilion

Present: R. Hayes (Chair), M. Osei (Secretary), P. Lindgren (Treasurer), J. Coyle, S. Varma
Apologies: T. Blake

1. Minutes of the previous meeting were approved and signed.

2. Floodlights. Planning permission for floodlights on courts 1 and 2 was granted on
26 September. Installation is expected to take about two weeks and will begin on Monday
3 November. PL to ask the contractor for a start time.

3. AGM. The annual general meeting will be held on Thursday 27 November in the Pavilion.
Nominations to reach MO by 13 November.

4. Courts. The resurfacing of courts 3 and 4 was completed on 19 September at a cost of
£18,400, some £600 under budget. Court 5 will be resurfaced by 31 March 2026.

5. Membership. 412 members (junior 138). Junior fees have been frozen since 2021 and
will stay at £60 for another year. The coach reported that junior squad sessions every
Saturday morning are full.

6. Centenary. The club was founded in 1927. The centenary dinner is planned for Saturday
15 May 2027; SV and JC to look at venues.

Date of next meeting: Tuesday 4 November 2025.

Signed ....................... (Chair)""",
        (
            expect("2025-09-19", "resurfac"),
            expect("../2026-03-31", "court 5", planned=True),
            expect("2025-09-26", "permission"),
            expect("2025-11-03", "installation", planned=True),
            expect("2025-11-27", "meeting", planned=True),
            expect("../2025-11-13", "nominations", planned=True),
            expect("2021/..", "fees"),
            expect("1927", "found"),
            expect("2027-05-15", "dinner", planned=True),
            expect("2025-11-04", "meeting", planned=True),
        ),
    ),
)
