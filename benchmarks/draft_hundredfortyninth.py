"""The hundred-and-forty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary (space), a government statement, an HTML news page, a geomagnetic
storm watch, a lacrosse report, a record label signing release, a missionary nurse's diary of
the 1920s, an ocean acidification cruise summary, a windmill's history, an agriculture ministry
disease outbreak statement, a heritage railway's HTML timetable news page, a licensing
committee decision, a tannery's history and a sixth-form college open days letter. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, a decade, "within a year") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYNINTH_CORPUS",)


HUNDREDFORTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "veldorp-plant-fire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VELDORP, March 12 (Northgate News) - Fire crews in Veldorp brought a blaze at the
Kestrel Polymers plant under control on Tuesday, a day after an explosion in a solvent store
forced the evacuation of about 600 homes on the town's eastern edge.

The explosion happened shortly after 4 p.m. on Monday in a hall where drums of solvent were
kept, the regional fire service said. Nine workers were treated for smoke inhalation and
one remains in hospital.

The plant, opened in 1987 and bought by Kestrel in 2009, had passed a safety inspection on
January 28. Its last serious incident, a leak of ethyl acetate, occurred on or about
5 May 2016, according to the provincial environment agency.

The regional prosecutor's office said it opened an investigation on Tuesday. Inspectors
are to deliver a preliminary report by March 31, a spokeswoman for the labour ministry said.

"We will pay every worker in full while the site is closed," Kestrel chief executive Ilse
Vandoorn told reporters outside the gates. The company's shares fell 6.2 percent in
Amsterdam.

It was the largest industrial fire in the province since 2003, the fire brigade said. The
town council will hold an emergency meeting on Friday to discuss compensation for residents,
some of whom spent two nights in a sports hall.

(Reporting by Pieter Langhout; Editing by Amira Said; tel. +31 20 555 0142)""",
        (
            expect("2025-03-11", "blaze", "control"),
            expect("2025-03-10", "explosion"),
            expect("1987", "plant", "open"),
            expect("2009", "kestrel"),
            expect("2025-01-28", "inspection"),
            expect("2016-05-05~", "leak"),
            expect("2025-03-11", "investigation"),
            expect("../2025-03-31", "report", planned=True),
            expect("2025-03-14", "meeting", planned=True),
        ),
    ),
    Text(
        "brightwater-second-plant",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE

Brightwater Robotics to build second assembly plant at Tarnow Vale

TARNOW VALE, 20 November 2024 - Brightwater Robotics Ltd, the maker of warehouse picking
arms, today announced that it will build a second assembly plant at the Tarnow Vale business
park, creating about 200 jobs.

Construction is scheduled to begin in February 2025, and the plant is expected to deliver
its first units by September 2026. Recruitment for the new roles will open on 6 January
2025.

"Our order book has doubled in two years, and Harlow Cross is simply full," said chief
executive Priya Malhotra.

Brightwater was founded in 2014 by Malhotra and fellow engineer Jonas Ekberg in a rented
unit above a bicycle shop. The company opened its first plant, in Harlow Cross, on 9 March
2018, and shipped its 10,000th picking arm in October this year. It received grants from the
Regional Growth Fund in 2021 and 2023.

The Tarnow Vale plant will run on power from its own rooftop solar array, the largest of any
factory in the county.

ENDS

Notes to editors
About Brightwater Robotics: Brightwater designs and builds robotic picking arms for
warehouses and parcel hubs. It employs some 480 people and has been listed on the AIM market
of the London Stock Exchange since 2019 (AIM: BWR).

Media contact: Hannah Roe, Head of Communications
press@brightwater-robotics.example | +44 1632 960 412""",
        (
            expect("2024-11-20", "plant", "announce"),
            expect("2025-02", "construction", planned=True),
            expect("../2026-09", "units", planned=True),
            expect("2025-01-06", "recruitment", planned=True),
            expect("2014", "found"),
            expect("2018-03-09", "harlow"),
            expect("2024-10", "arm"),
            expect("2021", "grant"),
            expect("2023", "grant"),
            expect("2019/..", "listed"),
        ),
    ),
    Text(
        "dornell-v-quell",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND DISTRICT

DORNELL HOLDINGS, LLC,
        Plaintiff-Appellee,
v.                                                  No. CA-2023-0417
MARISA QUELL,
        Defendant-Appellant.

Filed June 4, 2024

OPINION

HARTWELL, J.

Appellant Marisa Quell appeals from a judgment of the Carrow County Circuit Court entered
on March 15, 2023, awarding possession of commercial premises to appellee Dornell Holdings.
We affirm.

I. BACKGROUND

Quell leased a ground-floor shop at 41 Fenner Street from Dornell's predecessor in title on
or about August 1, 2015, for a term of ten years. The lease required rent to be paid on the
first day of each month. Dornell acquired the building in 2019.

Quell stopped paying rent in October 2021, citing water damage to the shop. Dornell served
a notice to quit on January 10, 2022, requiring her to vacate the premises no later than
February 28, 2022. She remained in possession, and Dornell filed suit on April 4, 2022.

A bench trial was held on February 6 through 8, 2023. The court found that the
damage did not excuse payment under section 12 of the Commercial Tenancies Act of 1986 and
entered judgment for Dornell.

II. DISCUSSION

Quell contends that the trial court misread section 12. We heard argument on April 17,
2024. We are not persuaded. The statute suspends rent only where the premises are wholly
unfit for use, and Quell traded from the shop throughout.

III. DISPOSITION

The judgment is affirmed. The stay of execution previously entered by this court is
dissolved, and Quell shall surrender the premises by July 1, 2024.

MORALES, P.J., and OKAFOR, J., concur.""",
        (
            expect("2023-03-15", "judgment"),
            expect("2015-08-01~", "lease"),
            expect("2019", "acquir"),
            expect("2021-10", "rent"),
            expect("2022-01-10", "notice"),
            expect("../2022-02-28", "vacate"),
            expect("2022-04-04", "suit"),
            expect("2023-02-06/2023-02-08", "trial"),
            expect("2024-04-17", "argument"),
            expect("../2024-07-01", "surrender", planned=True),
        ),
    ),
    Text(
        "calderford-abbey",
        "encyclopedia history",
        None,
        """Calderford Abbey

Calderford Abbey was a Cistercian monastery on the River Calder, about 3 km north of the
market town of Ashwell. Its ruins are among the best preserved of the order in the region.

History

The abbey was founded c. 1147 by a party of twelve monks sent from Rievesby. Its church was
consecrated in 1189, and the cloister was completed some forty years later. A fire, perhaps
in 1302, destroyed the monks' dormitory, which was rebuilt in stone.

At its height the community numbered about sixty monks and lay brothers, and the abbey
owned sheep walks across the moors to the west. Wool was shipped to Flanders each summer.

The abbey was dissolved on 14 March 1538, and its lands were sold to Sir Edmund Rayle, who
stripped the lead from the roofs. The church fell into ruin over the following centuries.

The site today

The ruins have been in the care of the Calderford Trust since 1952. Excavations in 1961 and
1998 uncovered the foundations of the chapter house and an infirmary hall. The nave, 61
metres long, is the longest surviving Cistercian nave in the county.

Conservation of the west front is planned to begin in 2026, when scaffolding will close the
nave to visitors for about a year.

See also: List of monastic houses in Westmoor

References
1. Harwood, J. (1978). The Cistercians of the Calder Valley. Ashwell: Dale Press, pp. 14-59.""",
        (
            expect("1147~", "found"),
            expect("1189", "consecrat"),
            expect("1229~", "cloister"),
            expect("1302?", "fire"),
            expect("1538-03-14", "dissolv"),
            expect("1952/..", "trust"),
            expect("1961", "excavation"),
            expect("1998", "excavation"),
            expect("2026", "conservation", planned=True),
        ),
    ),
    Text(
        "rovers-win-at-ashcombe",
        "sports report",
        date(2025, 2, 9),
        """FOOTBALL | NATIONAL LEAGUE NORTH

Okoro double lifts Rovers past ten-man Ashcombe

By Gareth Pryce, Sunday 9 February 2025

Marlow Rovers came from behind to beat Ashcombe Town 2-1 at Victoria Park on Saturday,
with Dale Okoro scoring twice in the last twenty minutes.

Ashcombe led through a Kyle Hinds header on 34 minutes and looked comfortable until Tom
Reyes was sent off in the 71st minute for a second booking. Okoro, who joined Rovers from
Kingsmere in January 2022, levelled four minutes later and curled in the winner in stoppage
time.

The win was Rovers' first away victory since October 2023 and lifts them to 14th, nine
points clear of the relegation places.

"We showed character," said manager Sofia Brandt, who has been in charge of the club since
November 2021. "The lads train hard every Tuesday and Thursday and it showed in the last
ten minutes."

It was a difficult week for Ashcombe, who on Tuesday had sacked their goalkeeping coach
after a run of six defeats. Attendance: 2,904.

Rovers host Pelham Athletic on Wednesday night and travel to Brindle Town on 22 February.

Ashcombe: Ward; Lyle, Hinds, Mensah, Carver; Reyes, Dunn, Kaur (Pike 80); Sole, Ade,
Barnes. Rovers: Pratt; Ellis, Kemp, Noor, Foley; Gray (Lamb 63), Ryder, Ito; Okoro, Vance,
Quist.""",
        (
            expect("2025-02-08", "ashcombe"),
            expect("2022-01", "okoro"),
            expect("2021-11/..", "brandt"),
            expect("2025-02-04", "coach"),
            expect("2025-02-12", "pelham", planned=True),
            expect("2025-02-22", "brindle", planned=True),
        ),
    ),
    Text(
        "holloway-penn-history",
        "company history",
        None,
        """Our story

Holloway & Penn began in 1896, when Ada Holloway opened a bakery on Cooper's Row in
Stanbridge and started selling ginger biscuits from a handcart. Business was good enough
that in about 1910 the firm moved to a former chapel on Mill Lane, where its ovens still
stand.

Ada's nephew Walter Penn became a partner after the Great War, and Holloway & Penn Ltd was
incorporated on 2 April 1923. The factory was requisitioned by the Ministry of Supply from
1940 to 1945 and made ship's biscuits for the navy.

Exports began in 1958 with a shipment of shortbread to Rotterdam, and the company opened
its first overseas subsidiary, in Ghent, the following year. By then it was baking more than
twenty tonnes of biscuits a day.

In 2004 the Holloway and Penn families sold the business to Varden Foods, which kept the
name and the recipes. Since 2012 every biscuit we bake has been made without palm oil.

Today about 340 people work at Mill Lane, and our Stanbridge Ginger Nut, still made to Ada's
recipe, remains the best-selling ginger biscuit in the country.

What's next

A new bakery at Sandby, on the edge of Stanbridge, is to open in 2026 and will double our
capacity for oat biscuits. Mill Lane will stay open as our flagship bakery and visitor
centre, where tours run every Saturday.

Holloway & Penn Ltd, Mill Lane, Stanbridge SB4 2QT. Registered in England No. 00187342.""",
        (
            expect("1896", "bakery"),
            expect("1910~", "mill"),
            expect("1923-04-02", "incorporat"),
            expect("1940/1945", "requisition"),
            expect("1958", "export"),
            expect("1959", "ghent"),
            expect("2004", "varden"),
            expect("2012/..", "palm"),
            expect("2026", "sandby", planned=True),
        ),
    ),
    Text(
        "tessaly-mission-summary",
        "mission summary",
        None,
        """TESSALY ASTEROID SAMPLE-RETURN MISSION - MISSION SUMMARY

Operator: European Small Bodies Consortium (ESBC)
COSPAR ID: 2019-087A
Target: (4719) Varnholt, a carbon-rich near-Earth asteroid about 740 m across

Tessaly was launched on 14 December 2019 aboard a Vireo-2 rocket from the Kourmel launch
site. After a year of cruise it performed an Earth gravity-assist flyby on 3 December 2020,
passing 4,100 km above the Indian Ocean.

The spacecraft arrived at Varnholt on 27 June 2022 and spent ten months mapping the
surface with its wide-angle camera and infrared spectrometer. Two touch-and-go sample
collections were made, on 11 and 19 April 2023, each lasting under six seconds. The
team estimates that 60 to 90 grams of material was captured.

Tessaly departed the asteroid in November 2023 and is now on its return cruise. The sample
capsule is expected to be released over the Nardoo test range in central Australia around
8 September 2025. Curation teams at the ESBC facility in Leiden will begin analysis no later
than December 2025.

Mission facts
- Launch mass: 2,130 kg
- Propulsion: four xenon ion engines, 1,800 hours of operation at arrival
- Distance travelled at arrival: 1,951 million km
- Science team: 214 scientists from 11 countries

Related: Tessaly image archive | Sample curation plan (ESBC-CUR-2021) | Press kit""",
        (
            expect("2019-12-14", "launch"),
            expect("2020-12-03", "flyby"),
            expect("2022-06-27", "varnholt"),
            expect("2023-04-11", "sample"),
            expect("2023-04-19", "sample"),
            expect("2023-11", "depart"),
            expect("2025-09-08~", "capsule", planned=True),
            expect("../2025-12", "analysis", planned=True),
        ),
    ),
    Text(
        "lenbridge-flood-statement",
        "government statement",
        date(2024, 9, 17),
        """MINISTRY OF REGIONAL AFFAIRS
Statement | 17 September 2024

Minister confirms further support for flood-hit communities in the Lenn valley

The Minister for Regional Affairs, Colm Ardagh TD, today announced additional funding of
EUR 40 million for households and businesses affected by the floods of 2 to 4 September in
the Lenn valley.

The emergency relief scheme opened on 6 September and has so far paid out EUR 11.3 million
to 2,140 households. Applications for the scheme must be submitted by 31 October.

"No family should have to choose between repairing their home and paying their bills," the
Minister said. "This funding will be there for as long as it is needed."

The Minister will visit Lenbridge on Thursday to meet residents and local traders.

The flood defences at Lenbridge were built in 1968 and upgraded in 2007. Water overtopped
them in two places on the night of the floods, the worst in the valley since 1954. The
Minister has asked the Office of Public Works to carry out an independent review of the
defences, which will report before the end of March 2025.

The scheme is administered under the Civil Contingencies Act 2004. Local authority offices
in Lenbridge and Carrickmore are open every weekday from 9.30 a.m. to 4.30 p.m. to help with
applications.

ENDS

Further information: Press Office, Ministry of Regional Affairs, 01 555 0192,
press@regionalaffairs.example""",
        (
            expect("2024-09-17", "funding"),
            expect("2024-09-02/2024-09-04", "flood"),
            expect("2024-09-06", "scheme"),
            expect("../2024-10-31", "applications", planned=True),
            expect("2024-09-19", "visit", planned=True),
            expect("1968", "defences"),
            expect("2007", "upgrad"),
            expect("../2025-03", "review", planned=True),
        ),
    ),
    Text(
        "bramhall-library-reopens",
        "HTML news page",
        date(2025, 4, 26),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central Library reopens after two-year refit | Bramhall Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Central Library reopens after two-year refit</h1>
<p class="byline">By Nadia Kerr | Saturday 26 April 2025</p>
<p>Bramhall's Central Library reopened to the public on Thursday after a refit costing
about &pound;8.4 million, with queues forming on Arden Street before the doors opened.</p>
<p>The building closed on 3 April 2023 so that its roof could be replaced and a lift
installed. The council had approved the work in late 2021.</p>
<p>The Art Deco building, designed by architect Ellen Marsh, first opened in 1934 and was
listed Grade II in 1981. The Friends of Central Library, who have campaigned since 2019 for
the original reading-room ceiling to be restored, said they were "thrilled".</p>
<p>The local studies room will reopen on 12 May, and a new cafe on the ground floor is due
to open in June.</p>
<p>More than 3,000 people visited on the first day, the most for a single day since 2009,
according to the council.</p>
<aside><h2>Opening hours</h2><p>Mon-Sat 9am-7pm, Sun 11am-4pm</p></aside>
</article>
<footer>&copy; 2025 Bramhall Courier. Contact: newsdesk@bramhallcourier.example</footer>
</body>
</html>""",
        (
            expect("2025-04-24", "reopen"),
            expect("2023-04-03", "closed"),
            expect("1934", "first", "open"),
            expect("1981", "listed"),
            expect("2019/..", "friends"),
            expect("2025-05-12", "studies", planned=True),
            expect("2025-06", "cafe", planned=True),
        ),
    ),
    Text(
        "g3-storm-watch",
        "geomagnetic storm watch",
        date(2024, 10, 3),
        """Space Weather Message Code: WATA30
Serial Number: 412
Issue Time: 2024 Oct 03 1420 UTC

WATCH: Geomagnetic Storm Category G3 Predicted

Highest Storm Level Predicted by Day:
Oct 04:  G2 (Moderate)   Oct 05:  G3 (Strong)   Oct 06:  G1 (Minor)

Issued by: Northern Space Weather Office (NSWO), Tromsvik

Comment: A coronal mass ejection (CME) left the Sun on 1 October, associated with an
X1.9 flare from Active Region 3842. The region rotated into view on 24 September and has
produced four M-class flares since. Model runs indicate the CME will arrive late on
4 October, with the strongest storming expected on 5 October.

This watch supersedes the G1 watch issued on 2 October (Serial Number 411).

Potential Impacts: Area of impact primarily poleward of 50 degrees geomagnetic latitude.
Power systems: voltage corrections may be required; false alarms triggered on some
protection devices. Spacecraft: surface charging may occur on satellite components.
Navigation: intermittent satellite navigation and low-frequency radio problems.
Aurora: may be seen as low as 45 degrees geomagnetic latitude.

NSWO forecasters update this product every 12 hours, at 0200 and 1400 UTC, while a watch
is in effect.

www.nswo.example/alerts | Duty forecaster: +47 555 01 234""",
        (
            expect("2024-10-04", "g2", planned=True),
            expect("2024-10-05", "g3", planned=True),
            expect("2024-10-06", "g1", planned=True),
            expect("2024-10-01", "ejection"),
            expect("2024-09-24", "region"),
            expect("2024-10-04", "arrive", planned=True),
            expect("2024-10-02", "watch"),
        ),
    ),
    Text(
        "harwick-lacrosse-semifinal",
        "lacrosse report",
        date(2024, 5, 11),
        """WOMEN'S LACROSSE

Kosar's overtime goal sends Harwick to conference final

May 11, 2024 | Harwick Athletics

HARWICK, Pa. - Senior attacker Maddie Kosar scored 1:42 into overtime as No. 2 seed Harwick
edged third-seeded Dunmore 11-10 in the Ridge Conference semifinal on Friday night at Mercer
Field.

The Hawks (14-3) trailed 9-6 early in the fourth quarter before goals from Jess Alvarez,
Kosar and freshman Tia Brooks forced extra time. Goalkeeper Ren Ostrow made 13 saves.

Dunmore had beaten Harwick 12-9 in the regular season on March 30. "We owed them one," said
head coach Lena Park, who has led the program since 2015.

Kosar, who set the program's career scoring record on April 20 against Wexford, finished
with four goals and two assists to take her career total to 231 points. Harwick's 14 wins
are its most since 2009.

Harwick will face top seed Lorne College in the final on Sunday at 1 p.m. at Lorne's
Heaton Stadium. The Hawks last won the conference title in 2016 and 2018.

Tickets are $8 for adults; students are admitted free with ID. The Hawks practice every
weekday at 3:30 p.m. during the postseason.

Scoring by quarter: Dunmore 3-2-3-2-0 = 10; Harwick 2-3-1-4-1 = 11.""",
        (
            expect("2024-05-10", "semifinal"),
            expect("2024-03-30", "dunmore"),
            expect("2015/..", "park"),
            expect("2024-04-20", "record"),
            expect("2024-05-12", "lorne", planned=True),
            expect("2016", "title"),
            expect("2018", "title"),
        ),
    ),
    Text(
        "ferrous-signs-lantern-static",
        "record label signing release",
        date(2025, 1, 15),
        """FERROUS RECORDS - PRESS RELEASE

Ferrous Records signs Glasgow trio The Lantern Static

LONDON, 15 January 2025 - Independent label Ferrous Records today announced the signing of
Glasgow trio The Lantern Static to a worldwide record deal.

The band's debut album, Slow Tide, will be released on 4 April, preceded by the lead single
'Copper Wire' on Friday. A 14-date UK tour runs from 8 to 23 May, ending at the Kelvin
Rooms in Glasgow.

The Lantern Static formed in 2019, when singer Eilidh Moran met guitarist Callum Ure and
drummer Sana Rehman at a songwriting night in the city's Southside. They self-released
their first EP in 2021 and a second in 2023, both recorded in Ure's garage.

"Ferrous let us make exactly the record we wanted," said Moran. "We've been playing these
songs every week for two years, and now everyone gets to hear them."

Ferrous Records, founded in 2008 by former radio producer Dev Anand, is home to artists
including Marla Finch and The Ossory Players. Label manager Clare Whitlow said the band were
"the most exciting live act we have seen in years".

Slow Tide (FER-2025-01) will be available on vinyl, CD and all streaming services.

For press enquiries: Joss Harper, joss@ferrousrecords.example, +44 20 7946 0377""",
        (
            expect("2025-01-15", "sign"),
            expect("2025-04-04", "album", planned=True),
            expect("2025-01-17", "single", planned=True),
            expect("2025-05-08/2025-05-23", "tour", planned=True),
            expect("2019", "form"),
            expect("2021", "ep"),
            expect("2023", "ep"),
            expect("2008", "found"),
        ),
    ),
    Text(
        "kimbala-nurse-diary",
        "missionary nurse's diary of the 1920s",
        None,
        """From the diary of Sister Margaret Ellwood, Kimbala Mission Hospital

Sunday, 1st March 1925. - Arrived at Kimbala at last, after nine days on the road from the
railhead. Dr. Harland met us at the river with the boys and a lantern. The station was
founded in 1898, I think, by Mr. and Mrs. Tolley, though no one here seems quite sure. It
is a long way from Leeds, and from the hospital at Mombasa where I first came out to Africa
in October 1922.

Wednesday 4th. - Eleven cases of fever in the men's ward today, two of them very bad. Quinine
is running low. The mail goes down to the coast every Friday, and I have written to the
Society for more.

Saturday 14th. - Miss Greaves leaves us on the 20th for home leave, and I shall have the
women's ward alone. Dr. Harland says the new dispensary will be finished by the end of May
if the bricks come up from the kiln in time. I pray they do.

Thursday 26th. - Rain all day. Taught the dressers how to boil the instruments properly.
They are quick to learn.

Monday, 6th April. - The new ward was opened today with a hymn and a short address from
Dr. Harland. Forty patients can now sleep under a proper roof.""",
        (
            expect("1925-03-01", "arriv"),
            expect("1898?", "found"),
            expect("1922-10", "africa"),
            expect("1925-03-04", "fever"),
            expect("1925-03-20", "greaves", planned=True),
            expect("../1925-05", "dispensary", planned=True),
            expect("1925-03-26", "dressers"),
            expect("1925-04-06", "ward"),
        ),
    ),
    Text(
        "halcyon-drift-hd24-07",
        "ocean acidification cruise summary",
        None,
        """RV HALCYON DRIFT - CRUISE HD24-07 SUMMARY REPORT

Project: Northern Shelf Carbonate Time Series (NSCTS)
Chief scientist: Dr. Ingrid Solvang, Institute of Marine Chemistry, Bergvik
Cruise dates: 2-27 August 2024 | Ports: Bergvik - Bergvik

1. Overview
Cruise HD24-07 occupied 42 stations along the 58 deg N transect and at the P4 time-series
site, where the carbonate time series was started in 1996. Samples were taken for dissolved
inorganic carbon, total alkalinity, pH and nutrients at all stations.

2. Narrative
The cruise ran from 2 to 27 August 2024 without a port call. The CTD rosette was
lost on 11 August when its cable parted during recovery at station 2040; the spare rosette
was used for the rest of the cruise. Heavy weather forced the suspension of sampling from
14 to 16 August. Sea-surface temperatures peaked around 22 August at 16.8 deg C.

The P4 mooring deployed on 9 September 2022 was recovered on 19 August, with all sensors
intact. Its replacement was deployed the same day.

3. Preliminary results
Surface pH at P4 was 8.01, the lowest since records began. Aragonite saturation below 200 m
was under 1.2 at six stations.

4. Data and next steps
Quality-controlled data will be submitted to the National Oceanographic Data Archive no
later than 31 March 2025. The next cruise, HD25-05, is scheduled for July 2025.

Contact: nscts@imc.example | Report ref. IMC-CR-2024-113""",
        (
            expect("2024-08-02/2024-08-27", "cruise"),
            expect("1996", "series"),
            expect("2024-08-11", "rosette"),
            expect("2024-08-14/2024-08-16", "sampling"),
            expect("2024-08-22~", "temperature"),
            expect("2022-09-09", "mooring", "deploy"),
            expect("2024-08-19", "mooring", "recover"),
            expect("2024-08-19", "replacement"),
            expect("../2025-03-31", "data", planned=True),
            expect("2025-07", "cruise", planned=True),
        ),
    ),
    Text(
        "tollerby-windmill",
        "windmill's history",
        None,
        """Tollerby Windmill - A Short History

A windmill on Tollerby Hill is first recorded in 1285, when the manor court fined the miller
for taking too large a toll. That mill was a timber post mill, and several successors stood
on the same spot.

The present brick tower mill was built c. 1790 by the millwright Josiah Crane of Louthby.
It was raised by two storeys in 1842 to catch more wind above the new cottages below, and
in a gale on 9 January 1866 all four sails were blown off and the cap was damaged.

Milling by wind ceased in 1912. An oil engine then drove the stones until it was removed in
1935, and the mill stood empty for more than forty years.

Since 1978 the mill has belonged to the Tollerby Mill Trust. Restoration took place from
1980 to 1984, and the mill ground flour again on 14 May 1985. It is now the tallest working
windmill in the county, and stoneground flour is sold in the shop.

Visiting
The mill is open every Sunday from April to September, 11 a.m. to 4 p.m. New sails are to be
fitted in the spring of 2026. The mill is scheduled to close for repairs to the cap from
1 to 30 November 2025.

Tollerby Mill Trust, Mill Road, Tollerby LN9 6PW. Registered charity no. 1012847.""",
        (
            expect("1285", "record"),
            expect("1790~", "built"),
            expect("1842", "raised"),
            expect("1866-01-09", "sails"),
            expect("1912", "ceas"),
            expect("1935", "engine"),
            expect("1978/..", "trust"),
            expect("1980/1984", "restoration"),
            expect("1985-05-14", "flour"),
            expect("2025-11-01/2025-11-30", "repairs", planned=True),
        ),
    ),
    Text(
        "orsbeck-swine-fever",
        "agriculture ministry disease outbreak statement",
        date(2025, 6, 4),
        """Ministry of Agriculture, Fisheries and Rural Affairs
Press Office | 4 June 2025

African swine fever confirmed in wild boar near Orsbeck

The Chief Veterinary Officer, Dr. Hanne Velde, confirmed on Monday that African swine fever
(ASF) had been found in two wild boar carcasses in woodland near Orsbeck, in the north of
the country.

The carcasses were found by a hunter on or about 27 May and reported to the district
veterinary office. Samples tested positive at the National Reference Laboratory on 31 May,
and the result was confirmed by the EU reference laboratory.

A 10 km infected zone around the site took effect at midnight on Tuesday. Within the zone,
hunting and forestry work are suspended and pigs may not be moved off holdings. All pig
keepers in the zone must register their holdings with the Ministry by 13 June.

The country was declared free of ASF in March 2021, after an outbreak in wild boar that began
in about September 2018. This is the first case in the country since 2021. There is no risk
to human health, and pork remains safe to eat.

The Minister, Aart Donker, will meet representatives of pig farmers and hunters on Friday.
Controls are applied under Regulation (EU) 2016/429 on transmissible animal diseases.

Keepers should check their pigs every day and report any signs of disease to their vet.

Helpline: 0800 555 0170 (8 a.m. to 8 p.m.) | press@agriculture.example""",
        (
            expect("2025-06-02", "confirm"),
            expect("2025-05-27~", "carcass"),
            expect("2025-05-31", "positive"),
            expect("2025-06-03", "zone"),
            expect("../2025-06-13", "register", planned=True),
            expect("2021-03", "free"),
            expect("2018-09~", "outbreak"),
            expect("2025-06-06", "meet", planned=True),
        ),
    ),
    Text(
        "blackmoor-ellerdale-2025-timetable",
        "heritage railway's HTML timetable news page",
        date(2025, 3, 5),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>2025 timetable published - Blackmoor &amp; Ellerdale Railway</title>
</head>
<body>
<header><h1>Blackmoor &amp; Ellerdale Railway</h1>
<ul class="menu"><li>Timetable</li><li>Fares</li><li>Events</li><li>Volunteer</li></ul>
</header>
<main>
<h2>2025 timetable published</h2>
<p class="date">Posted Wednesday 5 March 2025 by the Commercial Team</p>
<p>Our 2025 timetable is now online. Services resume on Saturday 29 March after the winter
shutdown, and the Spring Steam Gala will run from 13 to 15 June.</p>
<p>Locomotive No. 1947 <em>Ellerdale</em> returns to traffic in May after a seven-year
overhaul in our Blackmoor works.</p>
<p>Fares have been frozen since 2023, and an adult day rover remains &pound;24.</p>
<table>
<tr><th>Blackmoor</th><td>10:15</td><td>12:30</td><td>14:45</td></tr>
<tr><th>Ellerdale</th><td>11:05</td><td>13:20</td><td>15:35</td></tr>
</table>
<p>Advance booking for the gala will open on Monday. Santa Specials will run every weekend in
December as usual.</p>
<h3>About the line</h3>
<p>The branch closed to British Railways passengers on 4 January 1965 and reopened as a
heritage railway in 1973. The Ellerdale extension opened on 21 July 2001.</p>
</main>
<footer>Blackmoor &amp; Ellerdale Railway Trust, registered charity 503918 |
01632 960 733</footer>
</body>
</html>""",
        (
            expect("2025-03-29", "resume", planned=True),
            expect("2025-06-13/2025-06-15", "gala", planned=True),
            expect("2025-05", "return", planned=True),
            expect("2023/..", "fares"),
            expect("2025-03-10", "booking", planned=True),
            expect("1965-01-04", "closed"),
            expect("1973", "reopen"),
            expect("2001-07-21", "extension"),
        ),
    ),
    Text(
        "anchor-vaults-licence-decision",
        "licensing committee decision",
        None,
        """KELHAM DISTRICT COUNCIL
LICENSING SUB-COMMITTEE - DECISION NOTICE

Premises: The Anchor Vaults, 12 Quay Street, Kelham KL2 4DN
Application: Variation of premises licence (Licensing Act 2003, s.34)
Reference: LIC/2024/0193
Applicant: Ravenglass Inns Ltd

1. The sub-committee heard this application on 22 October 2024.

2. The premises licence was first granted on 24 November 2005. Ravenglass Inns Ltd has held
it since 2017.

3. The application, received on 2 September 2024, sought to extend the hours for the sale of
alcohol on Fridays and Saturdays from 23:00 to 01:00 and to allow live music in the rear
yard. Representations were received from Kelham Police on 27 September and from eleven
residents of Quay Street and Harbour Row.

4. Residents described noise from the yard late at night. One resident made a formal
complaint to the council on or about 14 July, which the council's noise team investigated.

5. Decision. The sub-committee grants the application in part. The sale of alcohol on
Fridays and Saturdays may continue until 00:00. Live music in the rear yard is refused.
Sunday hours are unchanged.

6. Conditions. The licence holder shall submit a written noise management plan to the
licensing authority no later than 30 November 2024. The licence as varied takes effect on
1 December 2024.

7. Appeal. Any party may appeal to the magistrates' court within 21 days of receiving this
notice.

Signed: Cllr P. Adeyemi (Chair)   Date of notice: 25 October 2024""",
        (
            expect("2024-10-22", "heard"),
            expect("2005-11-24", "grant"),
            expect("2017/..", "ravenglass"),
            expect("2024-09-02", "application"),
            expect("2024-09-27", "police"),
            expect("2024-07-14~", "complaint"),
            expect("../2024-11-30", "plan", planned=True),
            expect("2024-12-01", "effect", planned=True),
        ),
    ),
    Text(
        "ashby-lowe-tannery",
        "tannery's history",
        None,
        """The Ashby & Lowe Tannery, Wexcombe

Tanning on the banks of the River Wend goes back to at least the 1600s. Tradition holds that
the first pits were dug by the lay brothers of Wexcombe Priory in 1540, though no document
survives to prove it.

The Lowe family took over the yard in about 1764 and built the long bark store that still
faces the river. The pits were enlarged in 1811 and 1829, and a steam engine to grind bark
and pump water was installed on 3 June 1850. Joseph Ashby joined Thomas Lowe as partner a
few years later, giving the firm its name.

Chrome tanning was introduced in the 1890s. Fire destroyed the drying lofts on the night of
11 February 1903; they were rebuilt within a year. From 1914 to 1918 the tannery supplied
leather for army boots, working day and night shifts.

Demand for heavy leather fell after the war, and the tannery closed on 30 September 1971,
the last of the eleven tanneries that once worked in the town.

The buildings have been a museum since 1989, run by the Wexcombe Leather Trust. Visitors can
see the original pits, the bark mill and a working currier's shop. A new conservation
laboratory for leather objects is to open in 2026.

Open Tuesday to Sunday, 10 a.m. to 5 p.m. Admission free.""",
        (
            expect("1540?", "dug"),
            expect("1764~", "lowe"),
            expect("1811", "enlarg"),
            expect("1829", "enlarg"),
            expect("1850-06-03", "engine"),
            expect("1903-02-11", "fire"),
            expect("1914/1918", "boots"),
            expect("1971-09-30", "closed"),
            expect("1989/..", "museum"),
            expect("2026", "laboratory", planned=True),
        ),
    ),
    Text(
        "harrowgate-open-days-letter",
        "sixth-form college open days letter",
        date(2024, 9, 25),
        """Harrowgate Sixth Form College
Beacon Road, Harrowgate HG7 3LS | 01632 960 518 | admissions@harrowgate.example

25 September 2024

Dear Parent/Carer,

Open events this autumn

I am delighted to invite you and your son or daughter to find out more about studying at
Harrowgate. Our autumn open evening will take place on Thursday 10 October from 5.30 to
8 p.m., and a Saturday open morning follows on 16 November.

Applications open on 1 November 2024 and close on 31 January 2025.
Interviews will be held from 3 to 14 February 2025, and enrolment day will be on or about
21 August 2025, after GCSE results are published.

The college opened in 1974 and was rated Outstanding by Ofsted in March 2023. Since 2019 we
have offered T Levels in Digital, Health and Engineering alongside more than 40 A level
courses.

If your child would like to attend a taster lesson at the open evening, please reply by
Friday 4 October using the slip below. Year 11 students from our partner schools also visit
every Wednesday afternoon in the spring term.

Yours sincerely,

Dr. Ruth Okonjo
Principal

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
Student name: ....................  School: ....................
Subject(s) for taster lesson: ....................""",
        (
            expect("2024-10-10", "evening", planned=True),
            expect("2024-11-16", "morning", planned=True),
            expect("2024-11-01", "applications", "open", planned=True),
            expect("2025-01-31", "close", planned=True),
            expect("2025-02-03/2025-02-14", "interviews", planned=True),
            expect("2025-08-21~", "enrolment", planned=True),
            expect("1974", "opened"),
            expect("2023-03", "outstanding"),
            expect("2019/..", "levels"),
            expect("../2024-10-04", "reply", planned=True),
        ),
    ),
)
