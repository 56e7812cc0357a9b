"""The hundred-and-seventy-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its output, in twenty styles: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary (space or scientific), a government statement, an HTML news page, a
smog alert, a fell running championship report, a cable car reopening release, a whaling
captain's logbook of the 1830s, a barn owl box survey report, a corn exchange's history, a
justice minister's court closures statement, an art gallery HTML exhibitions page, a building
regulations appeal decision, a brick works' history and a cycling club's club-run diary. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, a decade, "next spring", "late February") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYSEVENTH_CORPUS",)


HUNDREDSEVENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-ferries-grounded",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORT ELLIS, March 13 (Northwind Wire) - Island ferry operator Skerrymar grounded all
four of its vessels on Wednesday after inspectors found cracks in a propeller shaft, leaving
some 6,000 residents of the Farra islands without a passenger service.

The fault was first spotted on March 7, during a routine check of the MV Corran in dry dock,
and the company said further tests had found similar wear on the rest of the fleet. It was
the worst disruption to island sailings since 2018.

Skerrymar, which has held the state contract for the Farra routes since 2009, said services
are expected to resume on Monday if replacement shafts arrive from the supplier in time. The
vessels were last overhauled in about November 2022.

The maritime regulator has opened an inquiry and must deliver a preliminary report by
March 31, a spokesman said. "Our priority is to understand whether the overhaul was carried
out to standard," he added.

Islanders, who normally rely on a sailing every Tuesday for hospital appointments on the
mainland, have been offered seats on a chartered fishing boat and on two extra flights a day.

"We have had three breakdowns this winter alone," said Aileen Tormey, chair of the Farra
community council. Skerrymar's chief executive, Brendan Quill, appointed in January 2023,
apologised to passengers and said refunds would be paid automatically.

(Reporting by Kit Marlowe-Dunn; Editing by Sunita Rao)""",
        (
            expect("2025-03-12", "ground"),
            expect("2025-03-07", "fault"),
            expect("2009/..", "contract"),
            expect("2025-03-17", "resume", planned=True),
            expect("2022-11~", "overhaul"),
            expect("../2025-03-31", "report", planned=True),
            expect("2023-01", "quill", "appoint"),
        ),
    ),
    Text(
        "vaccine-plant-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvern Biologics opens £85 million fill-and-finish plant at Wexcombe

WEXCOMBE, 4 June 2024 - Halvern Biologics plc today opened its new fill-and-finish plant at
the Wexcombe Science Park, creating 210 skilled jobs and doubling the company's capacity to
package vaccines for the UK and European markets.

The 14,000 square metre facility was opened by the regional mayor, Dr Paula Ingram, at a
ceremony attended by staff, suppliers and pupils from local schools. The company received
planning consent on 14 September 2021, and construction began in March 2022.

First commercial batches are scheduled to ship in January 2025, once regulatory inspections
are complete, and the plant will reach full capacity by the end of 2026.

Founded in 1998 as a spin-out of the University of Wexcombe, Halvern has supplied the national
childhood immunisation programme since 2011 and employs more than 1,100 people on three
sites. Its Norfield site, acquired in 2016, is expected to close by the end of 2025, when its
work moves to Wexcombe.

"This is the largest single investment in the company's history," said chief executive
Rohan Delacourt. "Wexcombe gives us the room to grow for the next twenty years."

The plant is certified to ISO 14644 clean-room standards and draws its power from a
solar array on the roof.

- ENDS -

Notes to editors
Halvern Biologics plc is listed on the London Stock Exchange (ticker HLVB).

Media contact: Jo Whitlock, Head of Communications
press@halvernbio.example | +44 1632 960 415""",
        (
            expect("2024-06-04", "open", "plant"),
            expect("2021-09-14", "consent"),
            expect("2022-03", "construction"),
            expect("2025-01", "batch", planned=True),
            expect("../2026", "capacity", planned=True),
            expect("1998", "found"),
            expect("2011/..", "immunisation"),
            expect("2016", "norfield"),
            expect("../2025", "close", planned=True),
        ),
    ),
    Text(
        "kell-v-briarwood",
        "court opinion",
        date(2024, 4, 22),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
SECOND DISTRICT

DORRANCE KELL, Appellant,
v.
BRIARWOOD PROPERTY HOLDINGS, LLC, Respondent.

No. 2-23-0417
Filed April 22, 2024

Appeal from the Superior Court of Lanford County, No. CV-22-00118. Hon. Miriam Oduya, Judge.

OPINION

HALVORSEN, J.

¶ 1 This appeal asks whether a commercial tenant may recover for damage caused by a roof the
landlord had promised to repair. We hold that he may, and reverse.

¶ 2 On March 3, 2021, Kell signed a lease of a single-storey unit at 44 Quarry Road from
Briarwood for use as a joinery workshop. The lease ran from April 1, 2021, to March 31, 2024.
Under section 7.2, Briarwood undertook to replace the roof membrane no later than June 30,
2021.

¶ 3 The membrane was not replaced. On or about July 19, 2021, after a night of heavy rain,
part of the roof collapsed onto Kell's machinery. Kell vacated the unit on or about August 15,
2021, and filed suit on January 10, 2022, alleging breach of contract and negligence under
Civil Code § 1941.

¶ 4 Briarwood moved for summary judgment, relying on an exculpatory clause in section 11 of
the lease. The trial court granted the motion on May 2, 2023, and Kell filed his notice of
appeal eleven days later. We heard oral argument on February 6, 2024.

¶ 5 An exculpatory clause does not excuse a party from the consequences of its own breach of
an express undertaking. (Tamsin v. Grell (1986) 41 W.App.3d 212, 219.) Section 11 releases
Briarwood from liability for "ordinary wear and weather"; it says nothing of a roof that
Briarwood had agreed to replace and did not.""",
        (
            expect("2021-03-03", "sign", "lease"),
            expect("2021-04-01/2024-03-31", "lease"),
            expect("../2021-06-30", "membrane"),
            expect("2021-07-19~", "roof", "collapse"),
            expect("2021-08-15~", "vacat"),
            expect("2022-01-10", "suit"),
            expect("2023-05-02", "grant"),
            expect("2023-05-13", "appeal"),
            expect("2024-02-06", "argument"),
        ),
    ),
    Text(
        "saint-ivos-abbey",
        "encyclopedia history",
        None,
        """Saint Ivo's Abbey, Carrow

Saint Ivo's Abbey is a former Cistercian monastery on the west bank of the River Carrow,
about two kilometres north of the market town of Holmfirth Magna. Its church is now the
parish church of Carrow.

History

The abbey was founded c. 1140 by monks from Rievaulx under the patronage of Walter de Lisle,
and became the largest Cistercian house in the county, with some 40 choir monks at its
height. The abbey church was probably consecrated in 1187, although the only source for the
date is a chronicle written three centuries later, and some historians place it a decade
after that.

The community surrendered to the Crown commissioners in 1538, during the dissolution of the
monasteries. Its last abbot, Richard Hale, died around 1545. The nave was granted to the
parishioners, and since 1541 it has served as the parish church; the east range passed to
the Lisle family, who converted it into a house.

Fires in 1612, 1644 and 1690 destroyed much of the east range, and the surviving claustral
buildings were afterwards used as barns. The church was restored between 1868 and 1872 by
the architect Edwin Carvell, who rebuilt the west front and reroofed the nave.

Architecture

The nave of eight bays is in a transitional style, with pointed arcades on round piers. The
tower, added in the late fourteenth century, holds a ring of six bells, the oldest of which
was cast in 1420 by a Lincoln founder. The organ case is also by Carvell.""",
        (
            expect("1140~", "found"),
            expect("1187?", "consecrat"),
            expect("1538", "surrender"),
            expect("1545~", "hale"),
            expect("1541/..", "parish", "church"),
            expect("1612", "fire"),
            expect("1644", "fire"),
            expect("1690", "fire"),
            expect("1868/1872", "restor"),
            expect("1420", "bell"),
        ),
    ),
    Text(
        "rovers-late-show",
        "sports report",
        date(2024, 9, 29),
        """Late Ferris double sinks Athletic
By Gareth Llewellyn
Sunday 29 September 2024

Dunmore Athletic 1 Hollins Rovers 2

Two goals in the final ten minutes from substitute Callum Ferris gave Hollins Rovers their
first away win since February 2022 at Castle Meadow on Saturday, and lifted them out of the
bottom three.

Athletic had led through Owen Pryce's header on 34 minutes, and looked comfortable until
Ferris, signed from Dunmore themselves on August 30, came off the bench. He levelled with a
low shot on 81 minutes and won it in stoppage time after the home defence failed to clear a
corner.

"He knows the ground, he knows the goalkeeper," said Rovers manager Tess Abara, who was
appointed in 2021 and guided the club to promotion the following year. "That's why we bought
him."

Athletic were without captain Danny Mould, who has been out since 14 September with a
hamstring injury. He is expected back for the derby against Rowley United on October 12.

Rovers, league champions in 1998 and 2003, host Carlton Town on Tuesday and then travel to
Pelham on Saturday. Abara said she would rotate the squad: "We play every three or four days
now. Nobody can keep that up."

Attendance: 6,214.""",
        (
            expect("2024-09-28", "rovers"),
            expect("2024-08-30", "ferris", "sign"),
            expect("2021", "abara", "appoint"),
            expect("2022", "promotion"),
            expect("2024-09-14/..", "mould"),
            expect("2024-10-12", "derby", planned=True),
            expect("1998", "champion"),
            expect("2003", "champion"),
            expect("2024-10-01", "carlton", planned=True),
            expect("2024-10-05", "pelham", planned=True),
        ),
    ),
    Text(
        "thornbury-pell-history",
        "company history",
        None,
        """Thornbury & Pell Ltd | Our history

From a harness maker's bench to a name known in forty countries

1887 - Josiah Thornbury, a journeyman saddler, opens a workshop on Mill Lane, Walsby, with a
borrowed bench and two apprentices.

1903 - Thornbury takes his nephew Arthur Pell into partnership, and the firm moves to larger
premises on Canal Street the following year.

1915-1918 - The works makes harness, belts and ammunition pouches for the army; the workforce
grows from 14 to more than 90.

c. 1930 - With the horse trade in decline, the firm turns to leather luggage and cartridge
bags.

2 April 1947 - The partnership is incorporated as Thornbury & Pell Ltd.

2019 - The first shop outside the UK opens in Lyon, followed by a second in Tokyo the next
year.

Today - Owned by the Pell family alone since 1961, the company employs 140 people, and every
bag is still cut by hand at Canal Street. A new training workshop for apprentices is due to
open in 2026.

Our craftsmen serve a five-year apprenticeship, and each signs the lining of the bags they
make.""",
        (
            expect("1887", "thornbury", "workshop"),
            expect("1903", "partnership"),
            expect("1904", "canal"),
            expect("1915/1918", "army"),
            expect("1930~", "luggage"),
            expect("1947-04-02", "incorporat"),
            expect("2019", "lyon"),
            expect("2020", "tokyo"),
            expect("1961/..", "pell", "own"),
            expect("2026", "training", "workshop", planned=True),
        ),
    ),
    Text(
        "corvid-2-summary",
        "mission summary",
        date(2024, 10, 9),
        """MISSION SUMMARY: CORVID-2 (Venus Atmospheric Orbiter and Descent Probe)
European-Andean Space Consortium | Mission Directorate
Document EASC-MS-0412, issue 3.2, 9 October 2024

Overview
CORVID-2 was launched on 17 November 2019 from the Alcantara launch centre aboard a Vesta-4
rocket. It entered orbit around Venus on 3 August 2021, after a cruise of 21 months with two
gravity-assist flybys, and released its descent probe, Nube, on October 28. The probe
returned data for about 46 minutes as it fell through the cloud decks.

Operations
The orbiter's high-gain antenna failed on or about 2 November 2021. The flight team recovered
communications through the medium-gain antenna on 10 November, at a reduced data rate of
12 kbit/s. The primary mission ended in August 2022. The mission has been extended twice, in
2022 and 2024.

Results
The 1,240 kg spacecraft has mapped sulphuric acid cloud structure over 3,100 orbits and
confirmed the presence of phosphine-free upper hazes. Its spectrometer, software version 7.4,
continues to return data every orbit.

Current status
The orbiter remains in a 300 x 66,000 km polar orbit. The consortium expects to end
operations no later than December 2026, when the propellant runs out. The final calibrated
data archive is scheduled for release in March 2025.

Contact: mission-office@easc.example""",
        (
            expect("2019-11-17", "launch"),
            expect("2021-08-03", "orbit"),
            expect("2021-10-28", "probe"),
            expect("2021-11-02~", "antenna"),
            expect("2021-11-10", "recover"),
            expect("2022-08", "primary"),
            expect("2022", "extend"),
            expect("2024", "extend"),
            expect("../2026-12", "operations", planned=True),
            expect("2025-03", "archive", planned=True),
        ),
    ),
    Text(
        "lynmere-spillway-statement",
        "government statement",
        date(2025, 1, 20),
        """DEPARTMENT FOR RURAL WATER AND RESERVOIRS
Statement on the Lynmere Reservoir spillway
20 January 2025

The Department can confirm that the spillway of Lynmere Reservoir was damaged during the
storm surge of 4 January. Engineers from the Reservoir Safety Unit completed an emergency
inspection two days later and found that the dam itself is structurally sound. There is no
risk to the dam and no need for residents downstream to leave their homes.

Lynmere was commissioned in 1964 and supplies around 120,000 households in the Carne valley.
Its water level has been held at 80 per cent of capacity since 9 January as a precaution.

Repairs to the spillway are scheduled to run from 3 February to 28 March. To protect supplies
while the level is kept low, a hosepipe ban will apply across the Carne valley from 1 March
until further notice.

The Minister for Rural Water, Gwen Arkwright, will visit the site on Thursday to meet
engineers and members of the Lynmere residents' association.

Households and businesses that suffered losses as a result of the storm may apply to the
Storm Hardship Fund. Claims must be submitted by 30 April. The fund, created under the
Emergency Relief Act 2011, has paid out more than £3 million since it was set up.

Further information: www.ruralwater.gov.example/lynmere
Press office: 0300 555 0142""",
        (
            expect("2025-01-04", "spillway"),
            expect("2025-01-06", "inspection"),
            expect("1964", "commission"),
            expect("2025-01-09/..", "level"),
            expect("2025-02-03/2025-03-28", "repair", planned=True),
            expect("2025-03-01/..", "hosepipe", planned=True),
            expect("2025-01-23", "visit", planned=True),
            expect("../2025-04-30", "claim", planned=True),
        ),
    ),
    Text(
        "tram-extension-approved",
        "HTML news page",
        date(2024, 5, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council backs £210m tram extension to Kingsmoor | Weybridge Echo</title>
<meta property="article:published_time" content="2024-05-16T07:45:00+01:00">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/transport">Transport</a></nav>
<article>
<h1>Council backs £210m tram extension to Kingsmoor</h1>
<p class="byline">By Priya Halloran, Transport Correspondent</p>
<p class="date"><time datetime="2024-05-16">Thursday 16 May 2024</time></p>
<p>Weybridge city councillors voted by 41 to 12 on Wednesday night to approve a 4.8km
extension of the city's tram line to the Kingsmoor estate.</p>
<p>The line first opened in 1994 and carries around nine million passengers a year. A
similar proposal was rejected in 2016 over its cost.</p>
<p>A public consultation ran from 8 January to 29 February and drew more than 3,400
responses, two thirds of them in favour.</p>
<p>Work is expected to start next spring, and the extension should carry its first
passengers in September 2027, according to the council's transport chief, Cllr Imran Shale.
He said a full business case would be sent to the Department for Transport by the end of
July.</p>
<p>A public exhibition of the plans will be held at the Corn Hall on 1 June.</p>
<p>Opposition councillors called the scheme "the most expensive project since the ring
road".</p>
</article>
<figure><img src="/img/tram.jpg" alt="Tram at Station Square">
<figcaption>A tram at Station Square in 2019. Photo: Echo archive</figcaption></figure>
<footer>&copy; 2024 Weybridge Echo Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2024-05-15", "approve"),
            expect("1994", "open"),
            expect("2016", "reject"),
            expect("2024-01-08/2024-02-29", "consultation"),
            expect("2027-09", "passenger", planned=True),
            expect("../2024-07", "business", planned=True),
            expect("2024-06-01", "exhibition", planned=True),
        ),
    ),
    Text(
        "valley-basin-smog-alert",
        "smog alert",
        date(2024, 11, 14),
        """VALLEY BASIN AIR AUTHORITY
AIR QUALITY ALERT - LEVEL 3 (HIGH)
Issued: 06:00, Thursday 14 November 2024        Ref: AQ-2024-117

AREA: Corrin City, Lower Tavy and the eastern valley towns

WHAT: Fine particle (PM2.5) concentrations exceeded the daily limit of 50 micrograms per cubic
metre at nine of the authority's 14 monitoring stations on Tuesday and Wednesday, peaking at
138 at Corrin Central. A temperature inversion is trapping smoke from domestic wood burning
and traffic in the valley.

WHEN: The alert is in force from today until midnight on Sunday. Levels are forecast to fall
below the limit by Saturday afternoon, when a westerly wind is expected to break the
inversion.

ADVICE: Older people, children and anyone with heart or lung conditions should avoid
strenuous activity outdoors. Keep windows closed during the morning and evening rush hours.
Do not light wood stoves or open fires while the alert is in force.

BACKGROUND: The authority has monitored air quality in the basin since 1972. The last Level 3
alert was issued on 3 February 2023. Wood-burning restrictions apply every winter from
November to March under by-law 7/2019.

Next update: 18:00 today. Check aq.valleybasin.example or call the air quality line on
0800 555 0199.""",
        (
            expect("2024-11-12", "exceed"),
            expect("2024-11-13", "exceed"),
            expect("2024-11-14/2024-11-17", "alert", planned=True),
            expect("../2024-11-16", "fall", planned=True),
            expect("1972/..", "monitor"),
            expect("2023-02-03", "alert"),
        ),
    ),
    Text(
        "grisedale-horseshoe",
        "fell running championship report",
        date(2023, 6, 19),
        """FELL RUNNING | English Championships, round 4
Grisedale Horseshoe (AL, 19km/1,150m)
Report by Hannah Birkett, Monday 19 June 2023

Ashworth takes charge on the Horseshoe

Tom Ashworth moved to the top of the men's standings with a commanding win in the Grisedale
Horseshoe on Saturday, reaching the finish field in 2:47:15 after a solo run over the final
three tops.

Ashworth, a member of Borrowdale Harriers since 2015, won the English title in 2019. He broke
clear on the climb to Dollywaggon and led by more than four minutes at the last checkpoint.
Kendal's Sam Orrell was second, with defending champion Josh Leece third.

The course record of 2:41:07, set by Dai Prosser in 1989, was never under threat in the heat.
Conditions were the warmest for the race since 2006, and marshals handed out water at every
checkpoint.

In the women's race, Ffion Rees of Eryri Harriers won in 3:12:40. Rees, who also won the
opening round at Kentmere on 22 April, extends her lead in the standings to 31 points.

The Horseshoe, first run in about 1952 by members of a Patterdale climbing club, drew a field
of 312 this year.

The championship moves on to the Borrowdale race on 5 August. Entries close no later than
28 July, and organisers warn that the limit of 400 runners is likely to be reached.""",
        (
            expect("2023-06-17", "ashworth"),
            expect("2015/..", "ashworth", "harriers"),
            expect("2019", "title"),
            expect("1989", "record"),
            expect("2023-04-22", "kentmere"),
            expect("1952~", "horseshoe"),
            expect("2023-08-05", "borrowdale", planned=True),
            expect("../2023-07-28", "entries", planned=True),
        ),
    ),
    Text(
        "carrick-cable-car-reopens",
        "cable car reopening release",
        date(2025, 4, 2),
        """NEWS RELEASE
Carrick Heights Cable Car
For immediate release: Wednesday 2 April 2025

CARRICK HEIGHTS CABLE CAR TO REOPEN AFTER £14M UPGRADE

The Carrick Heights Cable Car will reopen to the public on Saturday 12 April, after a
three-month closure for the biggest upgrade in its history.

The line closed on 6 January for the replacement of its 1,420-metre haul rope, the drive
machinery in the valley station and all 24 cabins. The new cabins, built by Fenwick
Seilbahntechnik in Austria, were delivered in late February, and safety certification was
granted by the Cableway Inspectorate on 28 March after a week of load tests.

The cable car opened in 1967 and carried its ten-millionth passenger in 2008. It links the
harbour at Carrick with the summit restaurant, 610 metres above, in just under six minutes.

Tickets for the reopening weekend go on sale online on Monday. The summer timetable runs from
12 April to 31 October, with cabins departing every fifteen minutes.

"Our engineers and the contractors have worked through some of the worst weather this coast
has seen since 1990," said general manager Isla McPhee. "We can't wait to welcome people
back."

Notes to editors
The Carrick Heights Cable Car is owned by Carrick Heights Leisure Trust (charity no. 1056732).

Media enquiries: Fergus Blair, 01632 960 882, press@carrickheights.example""",
        (
            expect("2025-04-12", "reopen", planned=True),
            expect("2025-01-06", "close"),
            expect("2025-03-28", "certification"),
            expect("1967", "open"),
            expect("2008", "passenger"),
            expect("2025-04-07", "ticket", planned=True),
            expect("2025-04-12/2025-10-31", "timetable", planned=True),
        ),
    ),
    Text(
        "perseverance-logbook-1837",
        "whaling captain's logbook of the 1830s",
        None,
        """Journal of a Voyage in the Ship Perseverance of New Bedford, Ezra Haddock Master,
towards the Coast of Peru. Kept by the Master.

Tuesday 14th March 1837
Light airs from the SE & fine weather. At 8 AM saw sperm whales, lowered 3 boats, the
Larboard boat struck & at 11 AM killed a large Bull whale & took him alongside.
Lat by obs 12°04' S, Lon 81°30' W. So ends.

Wednesday 15th
Commences with fresh breezes. All hands employed cutting in. Got the head on deck at 4 PM.

Thursday 16th
Thos. Pell, seaman, taken sick with a fever. Blowing fresh from the S'd.

Friday 17th
Started the try works and commenced boiling. Pell no better.

Sunday 19th
At 4 AM Thos. Pell departed this life, aged 23 years. At noon committed his body to the deep
with the usual ceremony. Saw nothing.

Monday 20th
Finished boiling & stowed down 62 barrels of sperm oil, making 410 bbls since leaving
New Bedford on the 2nd of August last. One boat stove by the whale & repairing.

Saturday 25th
Spoke the Ship Hector of Nantucket, Capt. Swain, 11 months out with 900 bbls, bound to
Tumbez. Myself intend to make Tumbez about the 1st of April for wood & water & to ship a
man in the place of Pell. So ends this day.""",
        (
            expect("1837-03-14", "whale"),
            expect("1837-03-15", "cutting"),
            expect("1837-03-16", "pell", "sick"),
            expect("1837-03-17", "boil"),
            expect("1837-03-19", "pell"),
            expect("1837-03-20", "oil"),
            expect("1836-08-02", "bedford"),
            expect("1837-03-25", "hector"),
            expect("1837-04-01~", "tumbez", planned=True),
        ),
    ),
    Text(
        "alderbrook-owl-boxes-2024",
        "barn owl box survey report",
        date(2024, 10, 14),
        """ALDERBROOK WILDLIFE GROUP
Barn Owl Nest Box Survey 2024 - Summary Report
Compiled by R. Ambridge and M. Salt, 14 October 2024

1. Background
The group put up its first barn owl boxes in 1996, on farms along the Alder valley, after the
county atlas recorded only three breeding pairs. Further boxes were added in 2008, 2013 and
2019, and the network now stands at 86 boxes on 41 sites. The group has held a Schedule 1
disturbance licence from Natural England since 2002.

2. Methods
All boxes were visited between 10 June and 26 July 2024 by licensed volunteers working in
pairs. Boxes were checked from a ladder using an endoscope, and no box was opened for more
than ten minutes.

3. Results
Barn owls bred in 29 boxes (34 per cent), the highest occupancy since 2014. Kestrels used 6
boxes and stock doves 11. Mean brood size was 3.4. The largest brood, six chicks in Box 17 at
Haddon Farm, was ringed on 2 July. The first owl box at Haddon was put up around 1998.

4. Recommendations
- Replace 9 boxes damaged in storms; the work should be completed by 28 February 2025,
  before the breeding season.
- Next year's survey is planned to start on 9 June 2025.
- Landowners are reminded that boxes are inspected every summer and that rough grass
  margins of 6 m or more provide the best hunting.""",
        (
            expect("1996", "first", "box"),
            expect("2008", "box"),
            expect("2013", "box"),
            expect("2019", "box"),
            expect("2002/..", "licence"),
            expect("2024-06-10/2024-07-26", "visit"),
            expect("2024-07-02", "ring"),
            expect("1998~", "haddon"),
            expect("../2025-02-28", "replace", planned=True),
            expect("2025-06-09", "survey", planned=True),
        ),
    ),
    Text(
        "harwell-corn-exchange",
        "corn exchange's history",
        None,
        """The Corn Exchange, Market Harwell: a short history

Market Harwell has been a grain town for as long as records survive. A charter of 1291
granted the town a weekly market on Thursdays, and corn was pitched and sold in the open on
the Market Place for the next five centuries.

As the trade grew, the farmers and merchants wanted a covered hall. The exchange was built in
1862-63 to designs by the Norwich architect Frederick Lusty, and it opened on 6 October 1863
with a dinner for 300 subscribers. The glass roof over the trading floor was added around
1899, when the original slate roof proved too dark for buyers to judge samples.

Trading in grain dwindled after the Second World War and ended in 1968, when the last
merchants moved to the new cattle market on the bypass. From 1970 to 1986 the hall housed a
roller rink, and it was listed Grade II in 1972.

Since 2004 the building has been run by the Harwell Corn Exchange Trust as an arts centre,
with a 420-seat auditorium in the old trading hall. The clock tower, which has leaned since
1911, is being repaired, and the work is due to be completed by June 2026.

The Trust's archive, open every Wednesday afternoon, holds the exchange's minute books and
sale ledgers. Enquiries: archive@harwellcornexchange.example""",
        (
            expect("1291", "charter"),
            expect("1862/1863", "built"),
            expect("1863-10-06", "open"),
            expect("1899~", "roof"),
            expect("1968", "trading"),
            expect("1970/1986", "rink"),
            expect("1972", "listed"),
            expect("2004/..", "trust"),
            expect("1911/..", "lean"),
            expect("../2026-06", "repair", planned=True),
        ),
    ),
    Text(
        "magistrates-court-closures",
        "justice minister's court closures statement",
        date(2024, 2, 27),
        """MINISTRY OF JUSTICE
Written ministerial statement: Court estate reform - magistrates' court closures
Made by: Rt Hon Eleanor Fairbairn MP, Secretary of State for Justice
Date: 27 February 2024          Statement UIN HCWS281

Today I am announcing the closure of seven magistrates' courts in the North Riding circuit,
following a public consultation which ran from 4 September to 27 November 2023 and received
1,146 responses.

The seven courts heard fewer than 30 per cent of the cases they were built for in the last
financial year. Lyford, in use as a court house since 1881, has sat on only two days a week
since the pandemic, and the cells at Hexby have failed every fire inspection since 2017.

The courts will close on 31 July. Their work will transfer to the Ashcombe Justice Centre,
which opened in 2019 with 14 courtrooms, and to Pelham Magistrates' Court. No hearing already
listed will be moved without at least eight weeks' notice to the parties.

The buildings will be offered for sale by the end of March 2025, and the proceeds reinvested
in the remaining estate, including £12 million for repairs to the roof and lifts at Ashcombe
under the 1980 Magistrates' Courts Act programme.

I will update the House on Thursday on the wider court maintenance programme. A full response
to the consultation has been placed in the Library of the House.

I commend this statement to the House.""",
        (
            expect("2024-02-27", "closure"),
            expect("2023-09-04/2023-11-27", "consultation"),
            expect("1881/..", "lyford"),
            expect("2024-07-31", "close", planned=True),
            expect("2019", "ashcombe"),
            expect("../2025-03", "sale", planned=True),
            expect("2024-02-29", "update", planned=True),
        ),
    ),
    Text(
        "chapel-gallery-exhibitions",
        "art gallery HTML exhibitions page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Exhibitions | The Chapel Gallery, Wrexley</title></head>
<body>
<header><a href="/"><img src="/logo.svg" alt="The Chapel Gallery"></a>
<nav><a href="/visit">Visit</a> <a href="/exhibitions" class="active">Exhibitions</a>
<a href="/learn">Learn</a> <a href="/shop">Shop</a></nav></header>
<main>
<h1>Exhibitions</h1>
<p class="intro">The Chapel Gallery was founded in 1978 in the former Ebenezer chapel on
Bridge Street, and reopened on 9 May 2022 after a two-year refurbishment. Entry is free, and
we stay open late every Thursday.</p>

<section class="now">
<h2>Now showing</h2>
<h3>Marta Lenz: Salt Lines</h3>
<p class="dates">1 February &ndash; 23 March 2025</p>
<p>Large charcoal drawings of the salt marshes of the Dee estuary. Join the curator, Anwen
Price, for a free talk in the gallery on Saturday 15 March at 2pm.</p>
</section>

<section class="upcoming">
<h2>Coming soon</h2>
<h3>The Weavers of Kell</h3>
<p class="dates">12 April &ndash; 6 July 2025</p>
<p>Three generations of tapestry from a Welsh mill village. Opening evening: Friday 11
April, 6&ndash;8pm, all welcome.</p>
<h3>Jonah Pike: A Retrospective</h3>
<p class="dates">Autumn 2025</p>
</section>

<section class="past">
<h2>Past exhibitions</h2>
<ul>
<li><a href="/exhibitions/northern-light">Northern Light</a>,
14 September &ndash; 8 December 2024</li>
<li><a href="/exhibitions/clay-bodies">Clay Bodies</a>, 2024</li>
</ul>
</section>
</main>
<footer><p>Registered charity no. 1102245 &middot; Page last updated 3 March 2025</p></footer>
</body></html>""",
        (
            expect("1978", "found"),
            expect("2022-05-09", "reopen"),
            expect("2025-02-01/2025-03-23", "salt"),
            expect("2025-03-15", "talk", planned=True),
            expect("2025-04-12/2025-07-06", "weavers", planned=True),
            expect("2025-04-11", "opening", planned=True),
            expect("2024-09-14/2024-12-08", "northern"),
            expect("2024", "clay"),
        ),
    ),
    Text(
        "orchard-rise-loft-appeal",
        "building regulations appeal decision",
        date(2024, 9, 11),
        """Department for Housing and Communities - Building Regulations Division
APPEAL DECISION

Appeal reference: BRA/2024/0318
Site: 17 Orchard Rise, Penhallow, PL14 6QT
Appeal against the rejection of a full plans application by Penhallow District Council
(sections 16 and 39 of the Building Act 1984)
Decision date: 11 September 2024

The proposed work
1. The appellant, Mr Jared Fenn, proposes to convert the roof space of his two-storey
semi-detached house, built in about 1935, into a bedroom with an en-suite shower room. The
new stair would rise into the loft from the first-floor landing.

The appeal
2. Mr Fenn consulted the council's building control service on or about 4 December 2023 and
submitted a full plans application on 15 January 2024. The council rejected the plans on
27 February 2024 on the ground that the escape route from the new storey did not comply with
requirement B1 (means of warning and escape). Mr Fenn lodged this appeal on 18 March, within
the one-month period allowed.

3. An inspector visited the site on 2 July. The appellant relies on the guidance in Approved
Document B (2019 edition incorporating 2020 and 2022 amendments), paragraph 2.21.

Determination
4. The Secretary of State has concluded that the proposal, with the addition of fire doors
and a mains-powered alarm system, would comply with requirement B1. The appeal is therefore
allowed, subject to the following conditions.

5. The fire doors and alarm system shall be installed before the loft room is first
occupied, and the conversion shall be completed no later than 31 March 2025.

Signed: K. Tremayne, for the Secretary of State""",
        (
            expect("1935~", "house"),
            expect("2023-12-04~", "consult"),
            expect("2024-01-15", "application"),
            expect("2024-02-27", "reject"),
            expect("2024-03-18", "appeal"),
            expect("2024-07-02", "visit"),
            expect("../2025-03-31", "conversion", planned=True),
        ),
    ),
    Text(
        "hartsedge-brick-works",
        "brick works' history",
        None,
        """Hartsedge Brick Works
A history by the Hartsedge Local History Society

Clay from the Hartsedge ridge has been dug for building for centuries, and bricks were being
made on the site by 1784, when an estate map marks a "brick kiln close" beside the Leen
brook.

In 1851 George Alder, a builder from Nottingham, leased the pits from the Hartsedge estate.
He built a Hoffmann continuous kiln of 16 chambers in 1869, one of the first in the Midlands,
and by then employed around 60 men and boys.

The works was bought by the Midland Brick Company in 1898 and connected to the railway two
years later by a siding from the Leen Valley line. Production peaked in 1937, at around 18
million bricks a year, many of them the "Hartsedge Reds" still seen in the terraces of the
city.

After the war, demand fell away as cheaper bricks arrived from the Fletton works, and the
works closed on 30 June 1972. The buildings were cleared over the next decade; the great
chimney, 48 metres tall, was probably demolished in 1979, though the society has found no
record of the date.

Since 1991 the flooded clay pits have been a local nature reserve, managed by the county
wildlife trust. A heritage trail with information boards on the site of the kilns is due to
open in 2026.

The society meets on the first Tuesday of every month at the Alder Institute.""",
        (
            expect("../1784", "brick"),
            expect("1851", "lease"),
            expect("1869", "kiln"),
            expect("1898", "midland"),
            expect("1900", "railway"),
            expect("1937", "production"),
            expect("1972-06-30", "close"),
            expect("1979?", "chimney"),
            expect("1991/..", "reserve"),
            expect("2026", "trail", planned=True),
        ),
    ),
    Text(
        "wrexley-wheelers-april-runs",
        "cycling club's club-run diary",
        date(2024, 4, 3),
        """Wrexley Wheelers CC - Club Run Diary, April 2024
Posted Wednesday 3 April 2024 by Rob (ride sec.)

Last Sunday's run to Wolvey went ahead in a howling headwind - 23 riders, two punctures and
one very welcome tea stop. Thanks to Kath for leading the B group home.

Sunday runs leave Market Cross at 08:30 every week unless stated. The coffee group meets at
the Lock House on Wednesdays at 10:00.

Coming up:

Sun 7 Apr - Hilly 60 to the Ashby tea rooms. A and B groups. Lights advised.
Sat 13 Apr - Spring 100 audax (BR-24-0413), 100 km, start Wrexley Leisure Centre 08:00.
Sun 21 Apr - Easy 40 to Stoke Golding, newcomers welcome; no one gets dropped.
Thu 25 Apr - AGM at the Red Lion, 19:30. Agenda and accounts on the website.
Sun 28 Apr - Club 10-mile time trial on the V718 course, HQ Burbage village hall.

Housekeeping
- Membership renewals are due by 30 April. Fees unchanged at £25 (£12 juniors).
- Orders for the new club kit must be in by Friday. Sizing samples are at the Lock House.
- The club was founded in 1931 and ran its first time trial in 1934; if anyone has photos
  from the early years, the archive team would love to scan them.

Ride safe,
Rob""",
        (
            expect("2024-03-31", "wolvey"),
            expect("2024-04-07", "ashby", planned=True),
            expect("2024-04-13", "audax", planned=True),
            expect("2024-04-21", "stoke", planned=True),
            expect("2024-04-25", "agm", planned=True),
            expect("2024-04-28", "trial", planned=True),
            expect("../2024-04-30", "renewal", planned=True),
            expect("../2024-04-05", "kit", planned=True),
            expect("1931", "found"),
            expect("1934", "trial"),
        ),
    ),
)
