"""Texts for the evaluation of ``kztimeline draft``: the hundred-and-seventy-ninth batch.

Written blind, without reading the project or running the tool, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a thunderstorm watch, an ice hockey playoff report, an e-scooter scheme release, a land
girl's diary of the 1940s, a swift nest survey report, a lighthouse's history, a housing
minister's rent cap statement, a village hall HTML bookings page, a gambling commission
sanction decision, a mustard mill's history and a gardening club's show schedule. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, a decade, "this weekend") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYNINTH_CORPUS",)


HUNDREDSEVENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "mine-flood-rescue",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTREN FALLS, March 14 (Meridian Wire) - Rescuers brought the last of 11 trapped miners
to the surface on Thursday evening, four days after floodwater cut them off in a lower
gallery of the Harrow Deep copper mine, the regional emergency office said.

The shaft flooded on March 9 when a pump station failed during heavy rain. Five of the men
were able to walk out unaided; the other six sheltered on a raised drift and were reached by
divers through a side passage.

"They were cold and hungry, but all of them are talking," said rescue coordinator Ilse
Varga, whose team runs drills at the mine every spring.

The mine opened in 1962. It was closed in 1998 after a fall in copper prices and reopened in
2001 under its present owner, Corrin Metals, which employs about 900 people at the site. It
was the worst accident at Harrow Deep since 1979.

State inspectors last visited the pump station on or about February 20, according to a log
seen by Meridian Wire. The miners' union says it had warned of faulty float switches in the
lower gallery.

Corrin Metals said pumping out the lower levels would be completed by March 28 and that
production would not restart until an independent engineer had checked the shafts. Its
shares have been suspended on the Varholm exchange since Tuesday.

A public inquiry will open on Monday in Kestren Falls, the mines ministry said.

(Reporting by Anneke Sollis; Editing by Pavel Dorn; anneke.sollis@meridianwire.example)""",
        (
            expect("2025-03-13", "miners"),
            expect("2025-03-09", "shaft", "flood"),
            expect("1962", "mine", "open"),
            expect("1998", "closed"),
            expect("2001", "reopen"),
            expect("2025-02-20~", "inspectors"),
            expect("../2025-03-28", "pumping", planned=True),
            expect("2025-03-11/..", "shares", "suspended"),
            expect("2025-03-17", "inquiry", planned=True),
        ),
    ),
    Text(
        "battery-plant-release",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Arvelo Cells to build second battery plant in Dunmere

LINDHOLM, 4 June 2024 - Arvelo Cells AB, a maker of lithium-iron-phosphate battery cells for
buses and grid storage, today announced plans for a second factory at the Dunmere Industrial
Park, an investment of SEK 4.6 billion. The company's board approved the investment on
Monday.

Construction is scheduled to begin in September, once the final environmental permit has
been granted, and the plant, with a planned capacity of 8 GWh a year, is to be ready for
production by June 2026.

Arvelo Cells was founded in 2015 by the engineers Saga Lindqvist and Omar Feld in a rented
workshop in Lindholm. It opened its first plant, in Corby Vale, in 2019, and its shares have
been listed on the Nordvik Growth Market since 2021. On 12 March this year the company signed
a seven-year supply agreement with the bus builder Harlow Motors.

"Demand for safe, long-life cells has never been stronger," said chief executive Saga
Lindqvist. "Dunmere gives us the space, the grid connection and the people."

The Dunmere plant is expected to employ about 650 people at full output. The company's
quality system is certified to ISO 9001:2015.

About Arvelo Cells
Arvelo Cells AB develops and manufactures battery cells in Sweden. It employs 1,100 people.

Media contact:
Jonna Berg, Head of Communications
+46 8 555 012 44 | press@arvelocells.example
###""",
        (
            expect("2024-06-04", "announce"),
            expect("2024-06-03", "board"),
            expect("2024-09", "construction", planned=True),
            expect("../2026-06", "production", planned=True),
            expect("2015", "found"),
            expect("2019", "plant"),
            expect("2021/..", "listed"),
            expect("2024-03-12", "supply", "agreement"),
        ),
    ),
    Text(
        "holt-v-greystone",
        "court opinion",
        None,
        """IN THE EMPLOYMENT APPEAL COURT OF WESTMARCH
Appeal No. EAC/2022/0417

MAREN HOLT                                                    Appellant
                                  - and -
GREYSTONE LOGISTICS LIMITED                                   Respondent

JUDGMENT

Before: Lady Justice Anwar, Mr Justice Pellow and Ms Justice Carrick

Lady Justice Anwar (giving the judgment of the court):

1. The respondent has operated a distribution depot at Fennick Cross since 2009. The
appellant began work there as a shift supervisor on 3 April 2017.

2. On or about 14 October 2021 the appellant lodged a written grievance alleging that
overtime was allocated unfairly. The respondent did not investigate it. It dismissed her on
30 November 2021, citing a reorganisation of the night shift.

3. The appellant brought a claim of unfair dismissal under section 98 of the Employment
Rights Act 1996. The tribunal heard the claim from 6 to 9 June 2022 and dismissed it on
25 August 2022. Notice of appeal was filed on 2 October 2022.

4. We heard the appeal on 7 November 2023. Counsel for the respondent accepted that the
grievance was never answered, but submitted that the reorganisation would have happened in
any event.

5. In our judgment the tribunal erred in law. It did not ask whether the reason given was the
real reason, and it gave no weight to the timing of the dismissal, some six weeks after the
grievance.

6. The appeal is allowed. The claim is remitted to a differently constituted tribunal, which
is to hear it no later than 31 March 2024. Costs are reserved.

Neutral citation: [2023] WMEAC 88""",
        (
            expect("2009/..", "depot"),
            expect("2017-04-03", "work"),
            expect("2021-10-14~", "grievance"),
            expect("2021-11-30", "dismiss"),
            expect("2022-06-06/2022-06-09", "tribunal", "hear"),
            expect("2022-08-25", "claim", "dismiss"),
            expect("2022-10-02", "notice", "appeal"),
            expect("2023-11-07", "appeal", "hear"),
            expect("../2024-03-31", "claim", "hear", planned=True),
        ),
    ),
    Text(
        "merrowby-canal",
        "encyclopedia history",
        None,
        """Merrowby Canal

The Merrowby Canal is a former broad canal in the county of Haldane, running 19 miles (31 km)
from the River Ost at Merrowby to the coalfield at Tannock Moor. It was authorised by the
Merrowby Canal Act 1790.

History

Construction began in 1791 under the engineer Thomas Brandreth, and the canal opened to
traffic throughout in 1796. A short branch to the lime kilns at Helmsford was added c. 1810.
Coal made up most of the trade; the proprietors raised the tolls in 1838, 1845 and 1851, and
paid dividends of up to 12 per cent.

Competition came with the Haldane Valley Railway. The railway company bought the canal in
1864, and the following year it closed the eleven upper locks at Tannock Moor, leaving only
the lower pound navigable. Traffic dwindled to a few boats a month. The canal was formally
abandoned, probably in 1921, although some sources give 1923.

Much of the line was filled in during the 1950s and 1960s, but the aqueduct over the Ost and
nine locks survive. The Merrowby Canal Trust has led the restoration of the lower pound since
1988.

Structures

The Ost Aqueduct, of five stone arches, is the largest structure on the canal. Lock 7 at
Helmsford keeps its lock-keeper's cottage, built to the canal company's standard design,
pattern 1794.

See also
- Canals of Haldane
- Tannock Moor Colliery""",
        (
            expect("1791", "construction"),
            expect("1796", "open"),
            expect("1810~", "branch"),
            expect("1838", "tolls"),
            expect("1845", "tolls"),
            expect("1851", "tolls"),
            expect("1864", "railway"),
            expect("1865", "locks"),
            expect("1921?", "abandon"),
            expect("1988/..", "restoration"),
        ),
    ),
    Text(
        "carrick-away-win",
        "sports report",
        date(2025, 2, 23),
        """Carrick come from behind to end away drought

By Tess Ambler, Football Correspondent
Sunday 23 February 2025

Carrick Athletic came from two goals down to beat Port Selwyn 3-2 at Harbour Road on
Saturday, their first away win in the league since 2019.

Port Selwyn led through Dane Hollis after 11 minutes and doubled the lead on the half hour
when Jamie Crewe headed in a corner. Carrick's reply came from Luis Ferreira, signed from
Portavel in August 2024, who curled in a free kick before the break and levelled with a low
drive on 64 minutes. Substitute Kofi Manu won it in the 88th minute.

"We have been poor on the road for too long," said manager Ruth Okonjo, in charge since
March 2022. "Today they showed what they can do when it matters."

The win lifts Carrick to ninth, four points off the play-off places. The club was relegated
in 2021 and promoted a year later under Okonjo. Its reserves play every Tuesday night in the
county league to give fringe players minutes.

Carrick host Rovers on Wednesday and then face Port Selwyn again in the county cup
semi-final on 12 April, a tie sure to draw more than the 4,180 who were at Harbour Road
yesterday.

Port Selwyn: Abbot; Grey, Meyer, Sutton, Kalu; Crewe, Dyce, Han; Hollis, Pardo, Ives.
Carrick Athletic: Moss; Lund, Oyelaran, Price, Bell; Ferreira, Stam, Royle; Beck, Nwosu,
Tait. Subs used: Manu, Fox.
Referee: K. Adeyemi.""",
        (
            expect("2025-02-22", "carrick", "selwyn"),
            expect("2024-08", "ferreira", "sign"),
            expect("2022-03/..", "okonjo"),
            expect("2021", "relegat"),
            expect("2022", "promot"),
            expect("2025-02-26", "rovers", planned=True),
            expect("2025-04-12", "semi", planned=True),
        ),
    ),
    Text(
        "brightwater-pottery",
        "company history",
        None,
        """Our history

Brightwater Pottery was founded in 1887, when the brothers Amos and Jethro Wray leased a
bottle kiln beside the Leam brook in Stainby and started making salt-glazed drainpipes. Later
they turned to tableware, and in 1902 the firm moved to the larger Quayside Works, where it
still stands.

The blue-banded pattern that made the Wrays' name, still sold today as 'Stainby 1902', was
drawn by Jethro's daughter Ada, who ran the decorating shop for forty years.

From 1940 to 1945 the works made insulators and instrument casings for the Admiralty, and
the kilns were kept burning through the blackout. The family sold the firm in about 1968 to
the Harcourt group, which modernised the works and replaced the last coal kiln with gas.

Exports grew quickly. Brightwater opened an export office in Hamburg in 1974, and a showroom
in Milan the following year. Since 1991 the company has held a royal warrant as a supplier
of tableware.

Today Brightwater employs 240 people and fires around 30,000 pieces a week. Every piece is
still hand-dipped and signed on the base by the dipper.

Next chapter: a museum at the Quayside Works, telling the story of the Wrays and of the
people who worked for them, is planned to open in 2026.

Brightwater Pottery Ltd, Quayside Works, Stainby ST9 4QW. Registered in England No. 00019874""",
        (
            expect("1887", "found"),
            expect("1902", "move"),
            expect("1940/1945", "insulators"),
            expect("1968~", "harcourt"),
            expect("1974", "hamburg"),
            expect("1975", "milan"),
            expect("1991/..", "warrant"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "cirrus-2-summary",
        "mission summary",
        None,
        """Mission summary: Cirrus-2 asteroid sample return

Agency: Nordic-Alpine Space Consortium (NASC)
Spacecraft mass at launch: 2,140 kg
Target: asteroid (1996) Tevelin, a carbon-rich body about 1.4 km across

Cirrus-2 was launched on 17 May 2021 on a Vesta-4 rocket from the Skarvik spaceport. The
first star-tracker images reached the control centre in Darmstein about ten days later,
confirming that the spacecraft was stable and its solar arrays deployed.

After a cruise of 19 months the probe swung past Earth on 2 December 2022, using the planet's
gravity to raise its orbit. It entered orbit around Tevelin on 14 January 2024 and spent five
months mapping the surface with its wide-angle camera and laser altimeter. The team chose a
boulder-free site, named Ravnsborg, and on 3 July the probe touched down for six seconds and
collected an estimated 180 g of regolith.

Cirrus-2 left Tevelin in March 2025. The sample capsule is expected to land at the Karrana
test range in about December 2027, after which the material will be curated at the
consortium's laboratory in Lund.

Once the capsule has been released, the main spacecraft will continue towards a second
asteroid, but its xenon propellant is projected to run out by 2030, engineers said.

Key numbers
- Distance travelled to Tevelin: 1.9 billion km
- Ion engine operating hours: 21,350
- Images returned: 71,204

Contact: mission office, cirrus2@nasc.example""",
        (
            expect("2021-05-17", "launch"),
            expect("2021-05-27~", "images"),
            expect("2022-12-02", "earth"),
            expect("2024-01-14", "orbit"),
            expect("2024-07-03", "touch"),
            expect("2025-03", "tevelin"),
            expect("2027-12~", "capsule", planned=True),
            expect("../2030", "propellant", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        date(2024, 12, 12),
        """MINISTRY OF AGRICULTURE, FOOD AND RURAL AFFAIRS
Statement by the Chief Veterinary Officer on avian influenza
Issued: Thursday 12 December 2024
Reference: AH/2024/117

Since 1 November 2024, all poultry and captive birds in the lowland districts have had to be
housed, and this order remains in force.

The first case of highly pathogenic avian influenza H5N1 this season was confirmed at a
turkey farm near Olden on 18 October. A second outbreak, at a duck unit in the same parish,
followed two days later. Between 19 and 29 October some 48,000 birds were culled on the two
premises and in the surrounding protection zone. No further cases have been confirmed.

The Minister met representatives of poultry producers and the veterinary association
yesterday to discuss the winter months. She thanked farmers for their vigilance.

Compensation payments for birds culled on the Minister's orders will begin on Monday. Claims
should be made through the department's online portal.

The housing order will be reviewed by 15 January 2025 at the latest, in the light of the
risk assessment from the National Reference Laboratory. Keepers are reminded to check their
birds every day and to report any sign of disease at once.

A comparable housing order was last in force in the winter of 2021.

Press office: 01632 960 417 (out of hours: 01632 960 999)""",
        (
            expect("2024-11-01/..", "poultry"),
            expect("2024-10-18", "first", "case"),
            expect("2024-10-20", "outbreak"),
            expect("2024-10-19/2024-10-29", "cull"),
            expect("2024-12-11", "producers"),
            expect("2024-12-16", "compensation", planned=True),
            expect("../2025-01-15", "review", planned=True),
        ),
    ),
    Text(
        "library-reopens-html",
        "HTML news page",
        date(2025, 5, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carrow Street library reopens after two-year repair | Fenmouth Echo</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Carrow Street library reopens after two-year repair</h1>
<p class="byline">By Priya Castell &middot; <time datetime="2025-05-08">8 May 2025</time></p>
<p>Readers queued around the block when Carrow Street library reopened its doors on Tuesday,
more than two years after it closed in January 2023 for urgent roof repairs.</p>
<p>The library was built in 1908 with a gift from the shipowner Edwin Larch. It was badly
damaged by a bomb in 1941 and rebuilt in 1949, when the reading room gained its long
skylight.</p>
<p>The repair scheme, costing roughly &pound;3.1m, was agreed by the council in about March
2022 but was held up when asbestos was found in the roof void.</p>
<p>&ldquo;It was the busiest day we have had since 2019,&rdquo; said librarian Hal Moreby.
The library now stays open until 8pm every Thursday.</p>
<p>A caf&eacute; run by the Fenmouth Youth Trust will open on the ground floor by the end of
June. Councillors will decide on Sunday opening at a meeting on 22 May.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/4417">Ferry timetable changes</a></li>
</ul></aside>
<footer>&copy; 2025 Fenmouth Echo &middot; newsdesk@fenmouthecho.example</footer>
</body>
</html>""",
        (
            expect("2025-05-06", "reopen"),
            expect("2023-01", "clos"),
            expect("1908", "built"),
            expect("1941", "bomb"),
            expect("1949", "rebuilt"),
            expect("2022-03~", "scheme"),
            expect("../2025-06", "caf", planned=True),
            expect("2025-05-22", "sunday", planned=True),
        ),
    ),
    Text(
        "storm-watch-412",
        "thunderstorm watch",
        date(2025, 6, 10),
        """URGENT - IMMEDIATE BROADCAST REQUESTED
Severe Thunderstorm Watch Number 412
Plains Weather Service Storm Forecast Office Meadow City
215 PM CDT Tue Jun 10 2025

The Storm Forecast Office has issued a

* Severe Thunderstorm Watch for portions of
  Alder, Brennan, Corwin, Dutton and Esker counties

* Effective this Tuesday afternoon and evening from 215 PM until 900 PM CDT.

* Primary threats include...
  Scattered large hail events to 2 inches in diameter likely
  Scattered damaging wind gusts to 70 mph likely
  A tornado or two possible

SUMMARY...Storms developing along a cold front from near Holcomb Springs to Tanner Falls
will spread east through the afternoon, with the strongest cells capable of very large hail.

The severe thunderstorm watch area is approximately along and 60 statute miles east and west
of a line from 35 miles north of Marlow Junction to 20 miles south of Kettering.

OTHER WATCH INFORMATION...This watch replaces Severe Thunderstorm Watch Number 409, issued
Monday.

DISCUSSION...Storms are expected to continue into Wednesday morning over the eastern counties
as a low-level jet strengthens. A second round of severe storms is forecast on Thursday as
the front returns north. The Tanner River at Holcomb Springs, which last reached flood stage
on May 4, is forecast to crest near 18.5 feet on Friday.

AVIATION...Hail surface and aloft to 2 inches. Extreme turbulence and surface wind gusts to
60 knots. A few cumulonimbi with maximum tops to 550. Mean storm motion vector 25035.

...Hale""",
        (
            expect("2025-06-10", "watch"),
            expect("2025-06-09", "watch", "409"),
            expect("2025-06-11", "storms", planned=True),
            expect("2025-06-12", "round", planned=True),
            expect("2025-06-13", "crest", planned=True),
            expect("2025-05-04", "flood", "stage"),
        ),
    ),
    Text(
        "harriers-game-five",
        "ice hockey playoff report",
        date(2025, 4, 25),
        """Harriers one win from final after Lyck shuts out Comets

KELLSPORT GAZETTE - Friday, April 25, 2025

The Brannock Harriers moved within one win of the league final on Thursday night, beating
the Dunmore Comets 3-0 in Game 5 of their semi-final series at the Brannock Arena to lead
the series 3-2.

Goaltender Anders Lyck stopped all 34 shots for his second shutout of the playoffs. Lyck,
who signed with the Harriers on March 3 after the Comets released him, was mobbed by his
teammates at the final buzzer. "I had a point to prove," he said.

Mikko Rautio scored on a power play at 6:12 of the first period, and Jonah Beale and Sam
Okafor added goals in the third. The Harriers killed off all five Comets power plays.

The Harriers have played without captain Roy Dune, out since April 12 with a knee injury.
Coach Ellen Marsh said Dune skated on his own on Wednesday but will not play this weekend.

Game 6 is Saturday at the Comets' Lakeside Centre. A Game 7, if needed, would be played
Monday in Brannock.

The Harriers won the championship in 1998, 2004 and 2011 and have not reached the final
since. It was their first playoff shutout at home since 1987, and the crowd of 6,912 was the
biggest of the season.

Three stars: 1. Lyck (BRA) 2. Rautio (BRA) 3. Kessler (DUN)""",
        (
            expect("2025-04-24", "comets"),
            expect("2025-03-03", "lyck", "sign"),
            expect("2025-04-12/..", "dune"),
            expect("2025-04-23", "skat"),
            expect("2025-04-26", "game", "6", planned=True),
            expect("2025-04-28", "game", "7", planned=True),
            expect("1998", "championship"),
            expect("2004", "championship"),
            expect("2011", "championship"),
        ),
    ),
    Text(
        "harwick-scooters-release",
        "e-scooter scheme release",
        date(2025, 7, 1),
        """NEWS RELEASE
Harwick City Council - Transport and Streets
Release date: Tuesday 1 July 2025
Ref: HCC/PR/25/231

E-scooter hire scheme to reach Westfield and Brockley Heath

Harwick's shared e-scooter scheme will expand to Westfield and Brockley Heath on 4 August,
the council said, bringing another 300 scooters and 45 parking bays to the east of the city.

The scheme's operator, Zipp Mobility, was appointed in about May 2023 after a tender, and the
trial launched on 14 July 2023 with 150 scooters in the city centre. It was extended to the
university campus in March 2024. Riders have made more than 410,000 trips, and the busiest
day, with 3,902 trips, came during the city marathon.

Since 1 January 2025, all riders have had to verify a full or provisional driving licence
in the app before their first ride. Speeds are capped at 12.5 mph and fall to 8 mph in the
pedestrian zones.

All new parking bays in Westfield and Brockley Heath must be installed by 30 September, and
riders who leave a scooter outside a bay will be charged a £2 fee.

Councillor Bea Tallis, cabinet member for transport, said: "People are using these scooters
to get to work, not just for fun. Bringing them to the east of the city is the obvious next
step." The transport committee will review the trial's first two years at its meeting on
Thursday.

Ends

Notes to editors
1. Zipp Mobility operates schemes in 14 towns.
2. Media enquiries: press@harwick.gov.example / 01632 960 231""",
        (
            expect("2025-08-04", "expand", planned=True),
            expect("2023-05~", "appoint"),
            expect("2023-07-14", "trial", "launch"),
            expect("2024-03", "extend"),
            expect("2025-01-01/..", "licence"),
            expect("../2025-09-30", "bays", planned=True),
            expect("2025-07-03", "review", planned=True),
        ),
    ),
    Text(
        "land-girl-diary",
        "land girl's diary of the 1940s",
        None,
        """From the diary of Joan Ashby, Women's Land Army, Hollins Farm, Thwaite

Monday 7th June 1943
Arrived at Hollins Farm by the 4.10 from Skipworth with my kit bag and a cardboard case, and
showed my card (No. 1942/WLA/0883) to Mrs Pyle, who gave me tea and a boiled egg. My room is
over the dairy and smells of sour milk. Joined up on 1st March and had three months on the
training farm at Ellerby, so I am not quite green.

Wednesday 9th
Singled mangolds all day with Dora from Leeds. Back like a board. Mr Pyle says the threshing
tackle is to come on Monday and we shall be on the stack from six. He says the big barn was
built about 1790 and I believe him, the beams are black as tar.

Friday 11th
Milked by hand for the first time, Daisy and Clover, both very patient with me. Only half a
pail. Rain again. I feed the hens every morning and evening now, that is my job.

Sunday 13th
Letter from Bill at last - he sailed on 28th May and cannot say where to, but I can guess.
Kept it under my pillow.

Mrs Pyle says the harvest supper is to be on 3rd September if the weather holds, and the
whole valley comes. Dora is already planning what to wear.""",
        (
            expect("1943-06-07", "arriv"),
            expect("1943-03-01", "join"),
            expect("1943-06-09", "mangolds"),
            expect("1943-06-14", "threshing", planned=True),
            expect("1790~", "barn"),
            expect("1943-06-11", "milk"),
            expect("1943-06-13", "letter"),
            expect("1943-05-28", "sail"),
            expect("1943-09-03", "harvest", "supper", planned=True),
        ),
    ),
    Text(
        "st-annes-swifts-2024",
        "swift nest survey report",
        None,
        """ST ANNE'S SWIFT GROUP
Annual Nest Survey Report 2024
Prepared by R. Kettleby and J. Amadi for the Oxley Parish Nature Partnership

1. Summary
The swift colony at St Anne's Church, Oxley, has been monitored by volunteers since 2012.
Surveys between 12 May and 28 July 2024 recorded 31 occupied nests, the highest count since
2016.

2. Methods
Observers watched each elevation for 60 minutes from 20:30, counting entries to nest holes
and screaming parties. Visits were made each Tuesday and Friday evening, weather permitting.
Grid reference SP 4519 2037.

3. Results
The first swifts were seen over the tower on or about 2 May, two days earlier than the
ten-year mean. The 24 nest boxes fitted inside the louvres of the bell tower in 2019 were
first occupied in 2021; this year 17 of them held nests. The last birds left the colony on
6 August, and a grounded juvenile found in Mill Lane was released after care at the Vale
Wildlife Hospital.

4. Threats and actions
Scaffolding put up for repairs to the church roof blocks two nest holes on the south wall.
The contractor has agreed that it will be removed by 15 April 2025, before the birds return.

5. Next season
The 2025 survey is scheduled to begin on 10 May. New volunteers are welcome; a training walk
will be announced in the parish magazine.

Contact: stanneswifts@oxleyparish.example""",
        (
            expect("2012/..", "monitor"),
            expect("2024-05-12/2024-07-28", "survey"),
            expect("2024-05-02~", "swifts"),
            expect("2019", "boxes"),
            expect("2021", "occupied"),
            expect("2024-08-06", "birds"),
            expect("../2025-04-15", "scaffolding", planned=True),
            expect("2025-05-10", "survey", planned=True),
        ),
    ),
    Text(
        "gannet-head-lighthouse",
        "lighthouse's history",
        None,
        """Gannet Head Lighthouse: a short history

Mariners have relied on a light at Gannet Head for more than three centuries. A coal brazier
was kept burning on the headland as early as c. 1680, paid for by dues levied on ships
entering Porth Avon.

The present tower, 31 metres high, was designed by the engineer Robert Harlan and built
between 1818 and 1821 of granite brought by sea from Lundra. It was first lit on 1 November
1821, with twenty-four oil lamps and silvered reflectors.

The original lantern was replaced with a larger one, probably in 1904; the board's records
for those years were lost in a fire. The first-order lens, which weighs almost four tonnes,
still turns on a bath of mercury.

The tower was listed as a building of special architectural interest in 1971. The light was
automated in 1987, and the last keepers left the following year. Its range is 23 nautical
miles, and it flashes white twice every 15 seconds.

Since 2015 the three keepers' cottages have been let as holiday homes by the Gannet Head
Trust, which also opens the tower to visitors on summer weekends.

The trust hopes to repaint the tower in 2026, for the first time since 1996, once the funds
have been raised.

Gannet Head Trust, Registered Charity No. 1081822""",
        (
            expect("1680~", "brazier"),
            expect("1818/1821", "built"),
            expect("1821-11-01", "lit"),
            expect("1904?", "lantern"),
            expect("1971", "listed"),
            expect("1987", "automat"),
            expect("1988", "keepers"),
            expect("2015/..", "cottages"),
            expect("2026", "repaint", planned=True),
        ),
    ),
    Text(
        "rent-cap-statement",
        "housing minister's rent cap statement",
        date(2025, 10, 15),
        """DEPARTMENT FOR HOUSING AND COMMUNITIES
Written ministerial statement: Private rents
Made by: Rt Hon Nadia Farrow MP, Minister of State for Housing
Wednesday 15 October 2025

This statement sets out how the Government will protect private tenants from steep rent rises
once the emergency measures come to an end.

We launched a consultation on longer-term protections in June, and it closed on 19 September
with more than 14,000 responses. On Monday I met tenants' unions and landlord associations to
discuss what we heard.

The current emergency cap, in place since 1 January 2023, limits in-tenancy increases to 5
per cent. It expires on 31 March 2026. Rents have nevertheless risen by 9.1 per cent over
the past year, the steepest rise since 1991.

I can confirm that a permanent cap, set at the lower of CPI plus 1 per cent or 3 per cent,
will take effect on 1 April 2026. Landlords will be able to raise rents only once in any
twelve months, and the cap will be reviewed by the Rent Assessment Panel each April.

Legislation will be introduced in Parliament before 19 December 2025, amending the Rent Act
1977 and the Housing (Tenancies) Act 2023. We will publish an impact assessment alongside the
Bill.

Nothing in this statement affects social housing rents, which are set under a separate
framework.

HCWS 1147""",
        (
            expect("2025-06", "consultation", "launch"),
            expect("2025-09-19", "consultation", "clos"),
            expect("2025-10-13", "tenants"),
            expect("2023-01-01/..", "emergency"),
            expect("2026-03-31", "expire", planned=True),
            expect("2026-04-01", "permanent", planned=True),
            expect("../2025-12-19", "legislation", planned=True),
        ),
    ),
    Text(
        "aldwick-hall-bookings",
        "village hall HTML bookings page",
        date(2025, 6, 2),
        """<html>
<head><title>Bookings - Little Aldwick Village Hall</title></head>
<body>
<div id="header"><img src="/img/hall.jpg" alt="The hall from the green">
<h1>Little Aldwick Village Hall</h1><p>Registered charity no. 300412</p></div>
<div id="main">
<h2>Bookings 2025</h2>
<p>Our hall was built in 1923 as the parish war memorial and is run by volunteers. It was
closed for refurbishment from 6 January to 28 March 2025 and now has a new kitchen, an
accessible toilet and a sprung floor.</p>
<h3>Coming up</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Room</th></tr>
<tr><td>Sat 14 June</td><td>Wedding reception (private)</td><td>Main hall</td></tr>
<tr><td>Sat 21 June</td><td>Midsummer barn dance, tickets &pound;8</td><td>Main hall</td></tr>
<tr><td>Fri 4 &ndash; Sun 6 July</td><td>Aldwick Players: <i>The Ghost Train</i></td>
<td>Main hall</td></tr>
<tr><td>Sat 19 July</td><td>Village fete and dog show</td><td>Hall and green</td></tr>
</table>
<h3>Regular sessions</h3>
<ul>
<li>Every Tuesday, 7&ndash;8pm: Yoga</li>
<li>Every Thursday, 10am&ndash;12: Toddler group</li>
<li>First Monday of the month: Parish council</li>
</ul>
<h3>Booking the hall</h3>
<p>Hire is &pound;14 an hour (&pound;10 for village groups). August bookings must be
confirmed by 30 June, as the hall will be closed for floor sanding from 11 to 15 August.</p>
<p>Contact Margaret Lowe, bookings secretary, on 01632 960 552.</p>
</div>
<div id="footer">Last updated 2 June 2025</div>
</body>
</html>""",
        (
            expect("1923", "built"),
            expect("2025-01-06/2025-03-28", "refurbish"),
            expect("2025-06-14", "wedding", planned=True),
            expect("2025-06-21", "dance", planned=True),
            expect("2025-07-04/2025-07-06", "ghost", planned=True),
            expect("2025-07-19", "fete", planned=True),
            expect("../2025-06-30", "bookings", planned=True),
            expect("2025-08-11/2025-08-15", "sanding", planned=True),
        ),
    ),
    Text(
        "rook-hill-settlement",
        "gambling commission sanction decision",
        date(2025, 1, 16),
        """GAMING AND BETTING COMMISSION OF VALDORIA
Regulatory action: public statement
Licensee: Rook Hill Gaming Ltd (trading as SpinCastle)
Account number: 041997
Published: 16 January 2025

1. Rook Hill Gaming Ltd ("the licensee") has held a remote casino operating licence since
2014. The Commission issued a formal warning to the licensee in 2019 about its customer
interaction policies.

2. Following a compliance assessment, the Commission began a review of the licence on
14 April 2023 under section 116 of the Gambling Act 2005.

3. The review found that, between 1 March 2022 and 31 January 2023, the licensee failed to
carry out adequate social responsibility and anti-money laundering checks. For example,
Customer A opened an account on 9 May 2022 and lost some £48,000 over the following six
weeks. No source of funds checks were made, although his deposits far exceeded his declared
income of £26,000 a year.

4. The licensee accepted the findings and agreed a regulatory settlement on 8 January 2025.
It will:
  (a) pay £1,240,000 in lieu of a financial penalty by 28 February 2025;
  (b) commission an independent audit of its safer gambling and AML controls, to be
      completed no later than 30 June 2025; and
  (c) publish this statement on its corporate website.

5. The Commission considers that the failures were serious. In deciding on the settlement it
took account of the licensee's cooperation and of the steps it has taken since, including
the replacement of its head of compliance.

Ends. Enquiries: enforcement@gbcv.example""",
        (
            expect("2014/..", "licence"),
            expect("2019", "warning"),
            expect("2023-04-14", "review"),
            expect("2022-03-01/2023-01-31", "fail"),
            expect("2022-05-09", "account"),
            expect("2025-01-08", "settlement"),
            expect("../2025-02-28", "pay", planned=True),
            expect("../2025-06-30", "audit", planned=True),
        ),
    ),
    Text(
        "keanes-mustard-mill",
        "mustard mill's history",
        None,
        """Keane's Mill, Harwick Fen: a history of mustard on the Wend

There has been a mill on the River Wend at Harwick Fen since at least the Middle Ages, and
milling on the present site dates back to about 1650, when the Dean and Chapter of Harwick
leased a corn mill here.

Josiah Keane, a grocer from Norbury, bought the watermill in 1814 and began grinding mustard
seed there two years later, using a recipe his wife Hannah had brought from her father's
shop. Keane's 'Double Superfine' was soon on sale in London.

A steam engine was installed in 1852 so that grinding could go on when the Wend ran low. On
3 March 1889 fire destroyed the grinding floor; it was rebuilt the following year with the
cast-iron columns that still carry it today.

The Keane family sold the mill in 1961 to a local co-operative, and since 1975 it has ground
stone-milled mustard for the Harwick Co-operative Society, whose blend 'Old 1840' is still
made to the original proportions of seed, flour and turmeric.

The mill is now closed for the restoration of its waterwheel and will reopen to visitors on
1 May 2026. Guided tours will then run every Saturday.

Keane's Mill Trust | Mill Lane, Harwick Fen | www.keanesmill.example""",
        (
            expect("1650~", "mill"),
            expect("1814", "watermill"),
            expect("1816", "grind"),
            expect("1852", "steam"),
            expect("1889-03-03", "fire"),
            expect("1890", "rebuilt"),
            expect("1961", "sold"),
            expect("1975/..", "co-operative"),
            expect("2026-05-01", "reopen", planned=True),
        ),
    ),
    Text(
        "hallowdene-show-schedule",
        "gardening club's show schedule",
        None,
        """THE HALLOWDENE GARDENING CLUB
(founded 1958; affiliated to the Royal Horticultural Society)

SCHEDULE OF THE 62nd ANNUAL FLOWER AND PRODUCE SHOW

to be held in the Memorial Hall, Church Lane, on
SATURDAY 23 AUGUST 2025
Open to the public 2.00 pm - 4.30 pm. Admission 50p, children free.

The show has been held in the Memorial Hall since 1986.

ENTRIES
Entry forms, with fees of 20p per class, must reach the Show Secretary, Mrs G. Pennock,
14 Orchard Rise, by Wednesday 20 August. Late entries cannot be accepted.
Staging 7.00 am - 10.00 am on show day. Judging begins at 10.30 am prompt.

RULES (as amended at the AGM on 6 March 2025)
1. Exhibits must have been grown by the exhibitor.
2. No exhibitor may enter more than one exhibit in any class.
3. Vegetables must be shown as gathered, lightly cleaned.

SECTION A - VEGETABLES
Class 1   Three potatoes, white
Class 2   Five runner beans
Class 3   Heaviest marrow

SECTION B - FLOWERS
Class 12  Three dahlias, cactus type (for the Ada Coombe Trophy, presented in 1977)
Class 13  Vase of mixed garden flowers

FORTHCOMING
Autumn talk: "Bulbs for spring colour" with Diane Fairley, Thursday 9 October, 7.30 pm.
Club meetings are held on the first Thursday of each month in the Memorial Hall.

RHS Affiliated Society No. 4471""",
        (
            expect("1958", "found"),
            expect("2025-08-23", "show", planned=True),
            expect("1986/..", "memorial"),
            expect("../2025-08-20", "entr", planned=True),
            expect("2025-03-06", "rules"),
            expect("1977", "trophy"),
            expect("2025-10-09", "talk", planned=True),
        ),
    ),
)
