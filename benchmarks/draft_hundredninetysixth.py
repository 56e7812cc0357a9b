"""The hundred-and-ninety-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary, a
government statement, an HTML news page, a frost warning for growers, a squash open report, a
ferry route closure release, a vicar's parish notebook of the 1900s, a glow-worm count report,
an almshouse's history, a home office minister's passport fees statement, a youth theatre HTML
auditions page, a traffic commissioner's decision, a tin mine's history and an allotment
society's show calendar. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "early 2022", "the 1850s", "next summer") are left out
of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYSIXTH_CORPUS",)


HUNDREDNINETYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "colvey-line-reopens",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRANTMOOR, March 12 (Northgate Wire) - Rail services between Brantmoor and the coast
will resume on Monday, nearly four months after a landslip buried a stretch of track near
Colvey Cutting, the line's operator Westmarch Rail said.

The landslip came on November 19, 2024, after a week of heavy rain, and left some 30,000
tonnes of clay and rock across both tracks. Engineers began clearing the cutting two days
later, working in shifts around the clock once the slope had been pinned.

The track bed was rebuilt in January 2025 and the last rails were laid on or about
February 28, Westmarch said. Test trains have run on the line since March 3, at first at
walking pace and then at the full line speed of 75 mph.

The branch, opened in 1868, carried about 2,000 passengers a day before the closure, many
of them students travelling to the college at Seaford. It was the longest closure on the
line since 1947, when snow blocked the cutting for five weeks.

Replacement buses will stop running once services resume, but a full timetable, including
the late-evening trains, is to be restored by April 6. Westmarch said it would refund season
ticket holders for the weeks lost; timetables on the network change every May and December.

"We know how hard this has been for people who rely on the branch," said operations director
Helen Marsh-Adeyemi. Local councillors have asked for a review of drainage on other cuttings.

(Reporting by Owen Pryce; Editing by Sara Tull)""",
        (
            expect("2025-03-17", "services", "resume", planned=True),
            expect("2024-11-19", "landslip"),
            expect("2024-11-21", "clearing"),
            expect("2025-01", "track", "rebuilt"),
            expect("2025-02-28~", "rails", "laid"),
            expect("2025-03-03/..", "test", "trains"),
            expect("1868", "branch", "opened"),
            expect("../2025-04-06", "timetable", planned=True),
        ),
    ),
    Text(
        "halloway-pike-bakery",
        "press release",
        date(2025, 5, 20),
        """FOR IMMEDIATE RELEASE
20 May 2025

HALLOWAY & PIKE TO OPEN SECOND BAKERY AT CARNWELL

Ledbury, Herefordshire - Halloway & Pike, the family-owned maker of oat biscuits and
shortbread, will open a second bakery at Carnwell Business Park in September 2025,
doubling its output and creating around 60 new jobs.

Construction of the 4,800 square-metre building began on 14 January and the finished shell
was handed over to the company on 2 May. Two new ovens, each 40 metres long, are now being
installed and commissioned.

Recruitment for the new roles, from bakers and engineers to warehouse staff, will open on
2 June, and applications must be received no later than 30 June.

"This is our biggest investment since we moved to Ledbury," said managing director Clare
Pike. "Every biscuit will still be baked to the recipe my great-grandmother wrote
down."

Founded in 1932 by sisters Edith and Mary Halloway, the company moved to its present site
on Bye Street in 1961 and was bought by the Pike family in 1978. It now sells in 14
countries and employs 210 people.

ENDS

Notes to editors
Halloway & Pike Ltd is registered in England and Wales, company no. 00271984.
Images are available on request.

Media contact: Joanna Reece, Reece Communications
press@reececomms.example | 01432 555 019""",
        (
            expect("2025-09", "bakery", "open", planned=True),
            expect("2025-01-14", "construction"),
            expect("2025-05-02", "handed"),
            expect("2025-06-02", "recruitment", planned=True),
            expect("../2025-06-30", "applications", planned=True),
            expect("1932", "found"),
            expect("1961", "moved"),
            expect("1978", "bought"),
        ),
    ),
    Text(
        "feld-v-corvell",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTLAND
SECOND DISTRICT

DORRAN FELD, Plaintiff-Appellant,
v.
CORVELL PROPERTIES LLC, Defendant-Appellee.

No. 23-CV-4471

OPINION

HARTIGAN, J.

I. BACKGROUND

Appellant Dorran Feld leased the ground floor of 118 Mercer Street from appellee Corvell
Properties LLC on March 1, 2019, for a term of five years. Corvell has owned the building
since 2011.

On or about October 3, 2021, a supply pipe burst on the floor above and flooded the leased
premises. Feld notified Corvell in writing by letter dated October 5, 2021, and asked that
repairs begin at once. Corvell did not begin work, and Feld vacated the premises by
December 31, 2021, removing her stock to a storage unit.

Feld filed her complaint on February 14, 2022, alleging constructive eviction and breach of
the covenant of quiet enjoyment under section 14 of the Landlord and Tenant Act 1986. The
trial court granted Corvell's motion for summary judgment on August 9, 2023, holding that
Feld had not given Corvell a reasonable time to repair. Feld timely appealed, and we heard
oral argument on April 2, 2024.

II. DISCUSSION

Whether a tenant gave a landlord a reasonable time to cure is ordinarily a question of fact.
See Ambrose v. Tilley, 412 W.2d 88, 91 (1998). The record shows that nearly three months
passed between Feld's letter and her departure. A reasonable juror could find that period
sufficient. Summary judgment was therefore improper.

III. CONCLUSION

The judgment of the trial court is REVERSED and the matter is REMANDED for trial.

OSEI, P.J., and LINDQVIST, J., concur.""",
        (
            expect("2019-03-01", "leased"),
            expect("2011/..", "owned"),
            expect("2021-10-03~", "pipe", "burst"),
            expect("2021-10-05", "letter"),
            expect("../2021-12-31", "vacated"),
            expect("2022-02-14", "complaint"),
            expect("2023-08-09", "summary", "judgment"),
            expect("2024-04-02", "argument"),
        ),
    ),
    Text(
        "stavely-cross",
        "encyclopedia history",
        None,
        """Stavely Cross

Stavely Cross is a market town and civil parish in the district of North Avonside. It lies
on the River Leme, 11 miles (18 km) north-east of Marlbury.

History

The settlement is first recorded c. 1150 as Stanlegh, a hamlet held by the priory of
Halstow. A market charter was granted in 1284 to the prior, and the triangular market place,
with its fifteenth-century cross, still forms the centre of the town.

The grammar school was founded perhaps in 1552, although the earliest surviving reference
to a master dates from some decades later. Much of the medieval town was lost to fires in
1623, 1649 and 1702; the last destroyed 60 houses on the west side of the market place,
which were rebuilt in brick.

The town's trade in wool and malt grew after the canal reached Stavely Cross in 1794 and the
railway in 1847. The station closed to passengers in 1964, the year of the town's largest
population loss since 1831, and the goods yard is now a car park.

Governance

Since 1974 the town has been part of the district of North Avonside. The town council meets
in the Corn Hall each month.

Landmarks

The parish church of St Osyth has a Norman nave and a tower rebuilt after the fire of 1702.
The Corn Hall (grid reference ST 7191 1834) houses the town museum.

See also
- List of market towns in Avonside""",
        (
            expect("1150~", "recorded"),
            expect("1284", "charter"),
            expect("1552?", "school", "found"),
            expect("1623", "fire"),
            expect("1649", "fire"),
            expect("1702", "fire"),
            expect("1794", "canal"),
            expect("1847", "railway"),
            expect("1964", "station", "closed"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "ashgrove-win-millbeck",
        "sports report",
        date(2024, 11, 17),
        """Marsh double lifts Ashgrove clear of the drop zone

Millbeck Town 1 Ashgrove Rovers 3

By Carys Wendell

Ashgrove Rovers climbed out of the relegation places on Saturday with a 3-1 win at Millbeck
Town, their first victory at Parkside since 1998.

Captain Dele Marsh, signed from Kelby Athletic in July 2022, scored twice in the first half,
heading in a corner after 12 minutes and drilling a low shot past Jonah Ferris just before
the break. Millbeck pulled one back through Ade Colburn, but substitute Lewis Tran settled it
in stoppage time.

It was a fourth win in six games for manager Ivo Brandt, who took charge on 2 October after
the sacking of Gary Holm. "The lads are playing with their heads up again," Brandt said.

Rovers were without striker Pim Osei, who tore a hamstring in the defeat at Harrowgate on
26 October. Brandt would not say when he will be fit again.

The club, formed in about 1889 by workers at the Ashgrove tannery, have not been relegated
from this division for 31 years. They host Kelby Athletic on Tuesday night and then travel
to Dunmere on 30 November.

Millbeck: Ferris; Dane, Oyelaran, Pitt, Moss; Colburn, Vey, Hart; Sims (Quill 70), Rowe,
Addo.
Ashgrove: Lund; Bright, Okoro, Hale, Wynn; Marsh, Fenn, Coyle (Tran 78); Beattie, Ross, Mayo.
Referee: P Daly. Attendance: 3,912.""",
        (
            expect("2024-11-16", "win"),
            expect("2022-07", "marsh", "signed"),
            expect("2024-10-02", "brandt", "charge"),
            expect("2024-10-26", "hamstring"),
            expect("1889~", "formed"),
            expect("2024-11-19", "kelby", planned=True),
            expect("2024-11-30", "dunmere", planned=True),
        ),
    ),
    Text(
        "tessaly-instruments",
        "company history",
        None,
        """About us | Our history

Tessaly Instruments

Founded in 1956 in a rented garage in Rotherby by the engineer Anselm Tessaly, the company
built its first bourdon-tube pressure gauge the following year and sold it to a local
brewery. Orders from the dairy industry followed quickly.

In 1964 Tessaly moved to a purpose-built works in Kettlebridge, and it listed on the
Northern Exchange in 1972. Exports began around 1975, first to Norway and then to the Gulf,
and by the end of the decade more than half of all gauges left the works for abroad.

A fire destroyed the main works on 11 March 1983. Production restarted in a temporary plant
some three weeks later, and not a single customer order was cancelled - a story still told
to every new starter.

Since 2008 the company has been owned by the Dutch instrumentation group Veldhaven, while
keeping its name, its Kettlebridge home and its own research team. Its model 1983 digital
transmitter, named for the year of the fire, is its best seller.

Tessaly is to open a service centre in Singapore in 2026, its first in Asia.

Tessaly Instruments Ltd, Canal Road, Kettlebridge KB4 7TQ. Registered in England No.
0412765.""",
        (
            expect("1956", "found"),
            expect("1957", "gauge"),
            expect("1964", "moved"),
            expect("1972", "listed"),
            expect("1975~", "exports"),
            expect("1983-03-11", "fire"),
            expect("1983-04-01~", "production", "restarted"),
            expect("2008/..", "owned", "veldhaven"),
            expect("2026", "service", "centre", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary",
        None,
        """KESTREL-2 ASTEROID SAMPLE RETURN MISSION
Mission summary - Northern Space Agency, Directorate of Science

Spacecraft: Kestrel-2 (NSA-SC-0417)
Target: near-Earth asteroid 2011 QF4
Launch vehicle: Harrier V

Kestrel-2 was launched on 4 September 2019 from the Skarvik launch site. After an Earth
flyby and a long cruise phase it entered orbit around asteroid 2011 QF4 on 17 June 2021,
at a distance of about 20 km.

The spacecraft mapped the surface for five months before descending. It collected its first
sample, from the crater informally named Saga, on 9 November and a second sample on 23
February 2022, after a sequence of rehearsal descents.

Kestrel-2 departed the asteroid on or about 12 May 2022, when its ion engines were restarted
for the return cruise. The engines have logged more than 21,000 hours of operation, the most
of any agency spacecraft since 2004.

The sample capsule is scheduled to land in the Karoo test range on 8 December 2025. After
releasing the capsule, Kestrel-2 will continue on an extended mission, with a flyby of
asteroid 1998 KY26 expected in July 2031.

Principal investigator: Dr Ingrid Solvang
Mission status: nominal""",
        (
            expect("2019-09-04", "launched"),
            expect("2021-06-17", "orbit"),
            expect("2021-11-09", "first", "sample"),
            expect("2022-02-23", "second", "sample"),
            expect("2022-05-12~", "departed"),
            expect("2025-12-08", "capsule", "land", planned=True),
            expect("2031-07", "flyby", planned=True),
        ),
    ),
    Text(
        "water-restrictions-lifted",
        "government statement",
        date(2025, 2, 3),
        """Ministry of Water and Environment
Statement by the Minister, Ruth Adebayo-Clarke
3 February 2025

Water restrictions lifted as reservoirs recover

The temporary water restrictions introduced in the eastern region on 12 August last year
will be lifted from Friday. From that day households may again use hosepipes and sprinklers,
and businesses may wash vehicles and fill ponds.

Last autumn was the driest on record in the eastern region. Reservoir stocks fell to 38 per
cent on 1 November, the lowest level since 1976. A public consultation on longer-term measures
ran from 4 to 29 November and received 11,400 responses.

Heavy rain over the winter has transformed the position. Regional reservoir stocks have stood
above 70 per cent since 20 January 2025, and groundwater levels are close to normal for the
time of year.

I will meet the chief executives of the region's water companies on 17 February to agree the
next steps, including the reduction of leakage under the Water Industry Act 1991. The new
reservoir at Callow Moor is projected to be completed by 2029.

I want to thank every household and business that saved water over the past six months.

Ends

Press office: 020 7946 0412 (out of hours 020 7946 0000)""",
        (
            expect("2024-08-12", "restrictions", "introduced"),
            expect("2025-02-07", "restrictions", "lifted", planned=True),
            expect("2024-11-01", "reservoir"),
            expect("2024-11-04/2024-11-29", "consultation"),
            expect("2025-01-20/..", "reservoir"),
            expect("2025-02-17", "meet", planned=True),
            expect("../2029", "callow", planned=True),
        ),
    ),
    Text(
        "marlowe-street-library",
        "HTML news page",
        date(2025, 4, 9),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Marlowe Street library to reopen after refurbishment | Eastwick Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/local">Local</a></nav>
<article>
  <h1>Marlowe Street library to reopen after refurbishment</h1>
  <p class="byline">By Priya Lomas &middot; <time datetime="2025-04-09">9 April 2025</time></p>
  <p>The Marlowe Street library will reopen to the public on Saturday after an 18-month
  refurbishment that has added a children's floor, a lift and a new reading room.</p>
  <p>The library closed on 30 September 2023. Staff began moving 40,000 books back onto the
  shelves on Monday, working alongside volunteers from the Friends of Marlowe Street.</p>
  <p>Built in 1904 with a grant from the shipowner Jacob Rennie, the library was extended in
  1938 and again in 1971. Its stained-glass reading room window, removed for cleaning, is
  back in place.</p>
  <p>The official opening by the mayor, Cllr Dana Whitcombe, is expected around 1 May.</p>
  <p>Opening hours: Mon&ndash;Sat 9:00&ndash;17:00. Entry is free.</p>
</article>
<aside>
  <h2>Related</h2>
  <ul>
    <li><a href="/news/2025/library-visits">Library visits highest since 2009</a></li>
    <li><a href="/news/2025/book-sale">Friends' book sale raises &pound;4,200</a></li>
  </ul>
</aside>
<footer>&copy; 2025 Eastwick Courier. 14 Quay Street, Eastwick.</footer>
</body>
</html>""",
        (
            expect("2025-04-12", "library", "reopen", planned=True),
            expect("2023-09-30", "library", "closed"),
            expect("2025-04-07", "books"),
            expect("1904", "built"),
            expect("1938", "extended"),
            expect("1971", "extended"),
            expect("2025-05-01~", "official", "opening", planned=True),
        ),
    ),
    Text(
        "frost-alert-growers",
        "frost warning for growers",
        date(2025, 4, 17),
        """VALE FRUIT GROWERS' ASSOCIATION - FROST ALERT
Issued 06:00 Thursday 17 April 2025 | Alert level: AMBER

Summary
An air frost is expected on Friday night (18 April), with lows of -2 to -3 C in frost
hollows and on low-lying orchards along the Avon. A second, lighter frost is likely on
Tuesday night.

Crop stage
Apple blossom at the association's trial orchard at Hinton Green reached full bloom on 14
April, two weeks earlier than the ten-year average. Open flowers are killed at about -2.2 C;
pears and plums are past petal fall and now at the more tender fruitlet stage.

Action
Frost fleece should be in place by 16:00 on Friday. Growers with overhead irrigation should
check pumps and start sprinklers before temperatures at bud height fall to 0.5 C. Do
not run wind machines if a temperature inversion is not present.

Background
Growers who lost fruitlets in the frost of 26-27 April 2024 will remember how quickly
temperatures fell after midnight. The last air frost at the Hinton Green station last year
came on 2 May 2024. This week's forecast lows would make it the coldest mid-April night at
the station since 1981.

Next update
The next update will be issued on Monday 21 April, or sooner if the forecast changes.

Frost line: 01386 555 214 | Station grid ref SP 0412 4419""",
        (
            expect("2025-04-18", "frost", planned=True),
            expect("2025-04-22", "frost", planned=True),
            expect("2025-04-14", "full", "bloom"),
            expect("../2025-04-18", "fleece", planned=True),
            expect("2024-04-26/2024-04-27", "frost"),
            expect("2024-05-02", "last", "frost"),
            expect("2025-04-21", "update", planned=True),
        ),
    ),
    Text(
        "kelsworth-squash-open",
        "squash open report",
        date(2025, 9, 22),
        """KELSWORTH OPEN: HALLORAN AND BENN TAKE THE TITLES

Report by Martin Gale, Kelsworth Squash & Racketball Club

The Kelsworth Open, played at the club and the university courts from 16 to 21 September,
finished with home favourite Nadia Halloran taking the women's title on Sunday in front of
a full gallery.

Halloran beat the top seed, Lena Voss of Germany, 11-8, 9-11, 11-6, 11-4 in 52 minutes.
Halloran, who turned professional in about 2016, won her first PSA title in Cairo in March
2021 and has now reached four finals this year.

The men's final was played on Saturday. Tariq Benn, world No. 3 since 1 August, beat Diego
Salas 11-7, 11-9, 8-11, 11-5 to lift the trophy for the second time.

First staged in 1987 as a club tournament with 16 entries, the Open attracted 96 players
this year from 19 countries. Club members play in the doubles ladder every Thursday evening,
and the courts were resurfaced for the event.

Both champions now head to the Northern Classic in Leeds, which starts on 6 October.

Results
Women's final: N Halloran (ENG) bt L Voss (GER) 3-1
Men's final: T Benn (EGY) bt D Salas (MEX) 3-1
Prize money: $40,000 (PSA World Tour Bronze)""",
        (
            expect("2025-09-16/2025-09-21", "open"),
            expect("2025-09-21", "halloran", "title"),
            expect("2016~", "professional"),
            expect("2021-03", "first", "title"),
            expect("2025-09-20", "men", "final"),
            expect("2025-08-01/..", "benn"),
            expect("1987", "staged"),
            expect("2025-10-06", "northern", "classic", planned=True),
        ),
    ),
    Text(
        "mora-ferry-closure",
        "ferry route closure release",
        date(2025, 1, 16),
        """CARRICK FERRIES - SERVICE UPDATE
16 January 2025

Port Ailin - Isle of Mora route: closure to vehicles for overhaul

The vehicle ferry service between Port Ailin and the Isle of Mora will close from Monday
3 February to Friday 14 February while MV Seabright is in dry dock at Greenock for her
overhaul. A passenger-only service will be run by the small relief vessel MV Corran.

Customers holding vehicle bookings for these dates must change them no later than 31
January. Bookings can be changed free of charge online or by calling the booking office.

The slipway at Port Ailin was damaged in Storm Edda on 7 December 2024, and temporary
repairs were made two days later. Permanent repairs to the slipway are expected to be
finished by 28 March 2025, and some sailings may be moved at short notice until then.

MV Seabright, built in 2004 at the Ferguson yard, entered service on the route on 19 May
2005. She carries up to 36 cars and 220 passengers, and in 2024 carried more vehicles than
in any year since 2012.

"We know how much the island relies on this link," said Carrick Ferries' operations manager
Fiona MacRae. "We have planned the overhaul for the quietest weeks of the year."

Booking office: 01475 555 650 (08:00-18:00)
Ref: CF/PA-MORA/25/03

Ends""",
        (
            expect("2025-02-03/2025-02-14", "closure", planned=True),
            expect("../2025-01-31", "bookings", planned=True),
            expect("2024-12-07", "slipway", "damaged"),
            expect("2024-12-09", "temporary", "repairs"),
            expect("../2025-03-28", "permanent", "repairs", planned=True),
            expect("2004", "built"),
            expect("2005-05-19", "service"),
        ),
    ),
    Text(
        "ashby-parva-notebook",
        "vicar's parish notebook of the 1900s",
        None,
        """Notebook of the Revd. Arthur Pennock, Vicar of Ashby Parva

1903.
Jan. 4. Snow in the night. Baptised Ellen, d. of Jas. Colley, carter, & Martha his wife.
Small congregation on account of the drifts.

Mar. 2. Buried Wm. Pardew of Hollins Farm, who rang the tenor bell every Sunday for fifty
years. The ringers muffled the bells.

Apr. 19. Faculty for the new organ granted by the Chancellor. Organ to be installed by
Sept. 29 (Michaelmas), Messrs. Nicholson to do the work for 240 pounds.

Sept. 27. New organ played for the first time; Mr. Tranter of Worcester at the keys. Took 3
pounds 11s. at the collection for the organ fund.

1904.
Jun. 8. Bishop came for the Confirmation; 23 candidates, the largest number since 1888. Mrs.
Pennock gave luncheon at the Vicarage.

Jun. 10. Mr. Ashby the antiquary here all day. He holds the church was built c. 1190, from
the chancel arch, & the tower perhaps added in 1480? - he could not be certain of the tower.
Must look out the old terrier in the chest.

Dec. 24. Letter from the Archdeacon. The bells are to be recast at Loughborough in May 1905;
the parish to find 90 pounds. Hymns for Christmas morning: 60, 62, 59.""",
        (
            expect("1903-01-04", "baptised", "ellen"),
            expect("1903-03-02", "buried", "pardew"),
            expect("1903-04-19", "faculty", "organ"),
            expect("../1903-09-29", "organ", "installed", planned=True),
            expect("1903-09-27", "organ", "played"),
            expect("1904-06-08", "confirmation"),
            expect("1904-06-10", "ashby"),
            expect("1190~", "church", "built"),
            expect("1480?", "tower"),
            expect("1904-12-24", "letter", "archdeacon"),
            expect("1905-05", "bells", "recast", planned=True),
        ),
    ),
    Text(
        "hallow-down-glow-worms",
        "glow-worm count report",
        date(2025, 8, 20),
        """HALLOW DOWN CONSERVATION GROUP
Glow-worm survey 2025 - report to members (20 August 2025)

Summary
Counts of glowing female glow-worms (Lampyris noctiluca) were made along the standard 1.2 km
transect on 18 June, 25 June and 2 July, starting half an hour after sunset each time. The
highest total, 212 glowing females, was the best count since 2018 and more than double last
year's peak.

Method and history
The survey has run since 1994, when it was set up by the late Dr Rosalind Kemp. The transect
runs from the stile at grid reference TQ 4122 1987 along the lower path to the dew pond.
Volunteers walk it slowly with red torches and record each glowing female by section.

Habitat
Scrub clearance on the east bank was carried out in February 2024 and the bank now holds the
densest cluster, with 61 females in section 4 alone. Sheep grazing, reintroduced around 2019,
keeps the sward open without removing the snail populations the larvae feed on.

Next steps
Volunteers are asked to send any casual records to the recorder by 30 September 2025. Next
year's first count is planned for 16 June 2026; volunteers usually meet at the car park on
the first Tuesday of each month.

Recorder: Tom Ashdown, glowworms@hallowdown.example""",
        (
            expect("2025-06-18", "count"),
            expect("2025-06-25", "count"),
            expect("2025-07-02", "count"),
            expect("1994/..", "survey"),
            expect("2024-02", "scrub", "clearance"),
            expect("2019~", "grazing"),
            expect("../2025-09-30", "records", planned=True),
            expect("2026-06-16", "count", planned=True),
        ),
    ),
    Text(
        "pelham-almshouses",
        "almshouse's history",
        None,
        """The Pelham Almshouses, Church Lane, Wyndford

A short history

The almshouses were founded under the will of Sir Roger Pelham, a London mercer born in
Wyndford, who died in 1612 leaving land at Coldharbour to maintain "six poor and honest
persons of this parish for ever". The six houses, built of flint with stone dressings, were
completed around 1620.

The small chapel at the north end of the row was added in 1687, and the row was refronted in
brick in 1754, when the present sash windows and doorcases were put in. The Pelham arms over
the central doorway were recut at the same time.

At first only single men and widows were admitted. From 1837 onwards the trustees have
admitted married couples as well, and today the houses are home to eight residents, who
still receive a small weekly allowance each Friday from the charity.

The houses were listed Grade II* in 1951. A major restoration ran from 2016 to 2018, replacing
the roofs and bringing in heating, bathrooms and level access for the first time.

A seventh house, on the site of the old wash-house, is planned for 2027.

Visitors are welcome to the chapel on the first Saturday of each month, 2-4 pm.

The Pelham Almshouse Charity, registered charity no. 204117""",
        (
            expect("1612", "pelham", "died"),
            expect("1620~", "houses", "completed"),
            expect("1687", "chapel"),
            expect("1754", "refronted"),
            expect("1837/..", "married", "couples"),
            expect("1951", "listed"),
            expect("2016/2018", "restoration"),
            expect("2027", "seventh", "house", planned=True),
        ),
    ),
    Text(
        "passport-fees-statement",
        "home office minister's passport fees statement",
        date(2025, 1, 30),
        """Written ministerial statement
Home Office
Made on: 30 January 2025
Statement No. HCWS-0461

Passport fees

The Minister of State for Borders and Citizenship (Ms Laura Penhaligon):

Passport fees will rise on 10 April. The standard online fee for an adult passport will go
from 88.50 pounds to 94.50 pounds, and for a child from 57.50 pounds to 61.50 pounds. Postal
application fees will rise by the same proportion.

Fees were last changed on 2 February 2023. The review of fees, which considered the full cost
of issuing passports and of consular support abroad, was completed by December 2024.

The fees regulations, made under the Consular Fees Act 1980, will be laid before Parliament on
Monday. Digital photo checks will become mandatory for all online applications from 1 October
2025.

Service levels remain strong. Since March 2022 HM Passport Office has processed 98 per cent of
straightforward applications within three weeks. It now handles around 5.6 million
applications a year, the most since 2014. To support this work it opened a new processing
centre in Durham on 14 October 2024.

The Government does not make a profit from passport fees. Income is used to fund the
passport service and the wider costs of border security.""",
        (
            expect("2025-04-10", "passport", "fees", planned=True),
            expect("2023-02-02", "fees", "changed"),
            expect("../2024-12", "review"),
            expect("2025-02-03", "regulations", "laid", planned=True),
            expect("2025-10-01", "photo", "checks", planned=True),
            expect("2022-03/..", "applications"),
            expect("2024-10-14", "processing", "centre"),
        ),
    ),
    Text(
        "lantern-keepers-auditions",
        "youth theatre HTML auditions page",
        date(2025, 6, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Auditions: The Lantern Keepers | Fenby Youth Theatre</title>
</head>
<body>
<header>
  <h1>Fenby Youth Theatre</h1>
  <p>Ages 11&ndash;18 &middot; Charity no. 1087654</p>
</header>
<main>
  <h2>Auditions: <em>The Lantern Keepers</em></h2>
  <p class="posted">Posted 2 June 2025</p>
  <p>Auditions for our summer production will be held at the Fenby Arts Centre on
  <strong>Saturday 14 June</strong> and <strong>Sunday 15 June</strong>. No experience is
  needed &mdash; just bring a short speech or song of your choice.</p>
  <p>Please register no later than 9 June. Callbacks will be held on the following
  Wednesday, and the cast list will go up on this page soon after.</p>
  <p>Performances run from 21 to 26 July at the Corn Exchange.</p>
  <h3>About us</h3>
  <p>Fenby Youth Theatre was founded in 1998 by the drama teacher Rhian Morgan and staged its
  first show, <em>Treasure Island</em>, in March 1999. We rehearse every Tuesday and Thursday
  evening in Studio 2.</p>
  <p><a href="/register" class="button">Register for an audition</a></p>
</main>
<footer>Fenby Youth Theatre, Arts Centre, Mill Lane, Fenby &middot; 01632 960 218</footer>
</body>
</html>""",
        (
            expect("2025-06-14", "auditions", planned=True),
            expect("2025-06-15", "auditions", planned=True),
            expect("../2025-06-09", "registration", planned=True),
            expect("2025-06-18", "callbacks", planned=True),
            expect("2025-07-21/2025-07-26", "performances", planned=True),
            expect("1998", "found"),
            expect("1999-03", "first", "show"),
        ),
    ),
    Text(
        "pellow-haulage-decision",
        "traffic commissioner's decision",
        None,
        """TRAFFIC COMMISSIONER FOR THE NORTH WEST OF ENGLAND

DECISION

GOODS VEHICLES (LICENSING OF OPERATORS) ACT 1995

PELLOW HAULAGE LIMITED - OB1098765

Background

1. Pellow Haulage Limited holds a standard national goods vehicle operator's licence,
granted on 12 March 2014, authorising 6 vehicles and 4 trailers. Kenneth Pellow has been
its sole director since 2011.

2. On 4 June 2024 a DVSA examiner stopped vehicle PE19 KHL at Haydock and issued an immediate
prohibition for a defective brake. DVSA then carried out a maintenance investigation, with
visits to the operating centre on 19 and 27 August 2024.

3. The examiner found that safety inspections had slipped from six to as much as eleven
weeks apart and that drivers' defect reports were not being completed.

4. I held a public inquiry at Golborne on 21 January 2025. Mr Pellow attended with the
company's new transport manager.

Findings and decision

5. I find that section 26(1)(c)(iii) and (f) of the 1995 Act are made out. The operator's
maintenance systems failed, but I accept that it has acted since the inquiry was called.

6. The licence is curtailed to 3 vehicles. The curtailment takes effect at 23:59 on 28
February 2025.

7. The operator must send evidence of a full systems audit to my office by 31 March 2025.

Deputy Traffic Commissioner""",
        (
            expect("2014-03-12", "licence", "granted"),
            expect("2011/..", "director"),
            expect("2024-06-04", "prohibition"),
            expect("2024-08-19", "visit"),
            expect("2024-08-27", "visit"),
            expect("2025-01-21", "inquiry"),
            expect("2025-02-28", "curtailment", planned=True),
            expect("../2025-03-31", "audit", planned=True),
        ),
    ),
    Text(
        "wheal-carrow",
        "tin mine's history",
        None,
        """Wheal Carrow

Wheal Carrow lies on the western slope of the Carrow valley, two miles south of St Enny.
Its engine houses, stamps floors and a dressing floor survive as one of the best preserved
groups in the parish.

The mine was first worked c. 1720 as a shallow open working on the back of the lode. Deep
mining began after a 60-inch Cornish engine was erected in 1826 to pump the main shaft, and
a second, smaller engine was added for winding in 1834.

On 3 November 1869 the workings flooded when miners holed into the old flooded levels of a
neighbouring sett; eleven men drowned. The company was wound up, but the mine was reopened the
following year by a new company formed in Truro.

Wheal Carrow closed for good in 1898, when the tin price collapsed. At its deepest the
engine shaft reached 1,140 feet below adit, and the mine paid dividends in more years
than any other in the valley.

Since 1984 the engine houses have been in the care of the Carrow Valley Trust. Consolidation
of the pumping engine house, whose bob wall has cracked, is to begin in April 2026.

The site is open daily from dawn to dusk. Visitors should keep to the marked paths and keep
dogs on a lead: the shafts are capped but the ground around them is unstable.

Access: car park at SW 7123 4189.""",
        (
            expect("1720~", "worked"),
            expect("1826", "engine"),
            expect("1834", "engine"),
            expect("1869-11-03", "flooded"),
            expect("1870", "reopened"),
            expect("1898", "closed"),
            expect("1984/..", "trust"),
            expect("2026-04", "consolidation", planned=True),
        ),
    ),
    Text(
        "holme-lane-show-calendar",
        "allotment society's show calendar",
        date(2025, 3, 1),
        """HOLME LANE ALLOTMENT & GARDENS SOCIETY
Shows and events calendar 2025 - issued 1 March 2025

Spring Show
Saturday 26 April, Holme Lane Pavilion, 2 pm. Daffodils, tulips, rhubarb and seedlings.
Entries must reach the show secretary by noon on Thursday 24 April.

Summer Show
Saturday 19 July, 2 pm. Sweet peas, soft fruit, first potatoes and the children's classes.

Harvest Show
13-14 September. Onions, marrows, dahlias and the Lewin Cup for the best plot exhibit.

Annual General Meeting
Tuesday 18 November, 7.30 pm, in the Pavilion.

Regular dates
The committee meets on the first Monday of every month. The trading hut is open every
Sunday from 10 am to noon; seed potatoes at 2024 prices while stocks last.

About the society
The society was founded in 1919 on land given by the Holme estate for returning
servicemen, and the Lewin Cup was first presented in 1936. Plots 19 and 36 are vacant:
contact the lettings officer.

Show secretary: Pat Ormerod, 14 Holme Lane. Tel 0161 496 0735""",
        (
            expect("2025-04-26", "spring", "show", planned=True),
            expect("../2025-04-24", "entries", planned=True),
            expect("2025-07-19", "summer", "show", planned=True),
            expect("2025-09-13/2025-09-14", "harvest", "show", planned=True),
            expect("2025-11-18", "meeting", planned=True),
            expect("1919", "found"),
            expect("1936", "lewin", "cup"),
        ),
    ),
)
