"""The hundred-and-eighty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its other test texts, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
wildfire smoke advisory, a dressage championship report, a biscuit factory anniversary
release, a stoker's diary of the 1910s, a hazel dormouse nest tube report, an assembly rooms'
history, a treasury minister's tax deadline statement, a cathedral choir HTML evensong page, a
small claims court judgment, a lime kiln's history and a quilting guild's programme. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, a decade, "next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYFIFTH_CORPUS",)


HUNDREDEIGHTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "rail-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 13),
        """KELDMOUTH, March 13 (Northline News) - Engineers closed the Aston Reach rail bridge
on Thursday after inspectors found cracks in two of its cast-iron piers, cutting the main
line between Keldmouth and Farrow for what officials said could be months.

The cracks were first noticed on Monday during a routine survey, the operator Westrail
said. Divers examined the river bed around the piers overnight.

The bridge, opened in 1868, was strengthened in 1994 and again in 2009. Its ironwork was
cast by the Farrow firm of Dunstan & Pike, founded around 1840, whose foundry closed
decades ago.

Replacement buses will start running on Saturday, and Westrail said a full structural
assessment would be completed by April 4. "Until then we cannot say when trains will cross
again," regional director Sunita Hale told reporters.

It is the worst disruption on the route since the floods of 2007. Passenger numbers on the
line have risen every year since 2015, to about 9,400 journeys a day.

Commuters who travel every weekday will be offered refunds on season tickets, the company
said. Ticket office staff will work extended shifts from 0600.

(Reporting by Callum Reyes; Editing by Anja Brookes; tel. +44 20 7946 0344)""",
        (
            expect("2025-03-13", "bridge", "closed"),
            expect("2025-03-10", "cracks"),
            expect("1868", "bridge", "opened"),
            expect("1994", "strengthened"),
            expect("2009", "strengthened"),
            expect("1840~", "dunstan", "found"),
            expect("2025-03-15", "buses", planned=True),
            expect("../2025-04-04", "assessment", planned=True),
        ),
    ),
    Text(
        "membrane-plant-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Orrin Water Systems to build second membrane plant in Dunmere

DUNMERE, 2 June 2025 - Orrin Water Systems Ltd today announced that it will build a second
filtration-membrane plant on the former Calder brickworks site in Dunmere, creating 120
skilled jobs. Applications for the first 40 posts will open no later than 31 July.

The announcement follows Orrin's purchase of the Swiss membrane maker Tessel AG, completed
on 14 January 2025, which doubled the company's order book.

Construction is scheduled to begin in September 2025, and the plant is expected to open in
March 2027. It will run on power from a 4 MW solar array on the site's northern roof.

"Dunmere has been our home since the beginning," said chief executive Halla Brenner. "This
is a vote of confidence in its people."

About Orrin Water Systems
Orrin was founded in 2003 by engineer Halla Brenner in a garage on Mill Row and moved to its
current site in Kettle Lane in 2011. It employs 310 people and is certified to ISO 9001.
Its membranes treat some 80 million litres of water every day across 14 countries.

Media contact: Priya Lund, +44 1632 960 418, press@orrinwater.example

###""",
        (
            expect("2025-06-02", "plant", "announced"),
            expect("../2025-07-31", "applications", planned=True),
            expect("2025-01-14", "tessel", "purchase"),
            expect("2025-09", "construction", planned=True),
            expect("2027-03", "plant", "open", planned=True),
            expect("2003", "orrin", "found"),
            expect("2011", "moved"),
        ),
    ),
    Text(
        "vask-v-harlan-properties",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
No. 23-0417

DOREEN VASK, Appellant,
v.
HARLAN PROPERTIES LLC, Appellee.

OPINION

Judge ABERNATHY delivered the opinion of the court.

Appellant Doreen Vask appeals from the judgment of the Calder County District Court denying
the return of her security deposit. We reverse.

I. BACKGROUND
On or about March 3, 2021, Vask signed a one-year lease for Unit 4B at 118 Orchard Street,
a building that has been under court-appointed receivership since 2019. She took possession
on April 1, 2021, and paid a deposit of $1,850.

On November 18, Harlan served a notice alleging water damage to the unit. Vask disputed the
notice in writing and vacated the premises on December 2. Harlan kept the whole deposit,
citing section 12 of the 1986 Residential Tenancies Act.

The district court entered judgment for Harlan on August 9, 2022. Vask filed her notice of
appeal on September 6, 2022, within the thirty days allowed by Rule 4(a)(1).

II. DISCUSSION
A landlord who withholds a deposit must give an itemized statement within fourteen days of
the tenant's departure. Harlan gave none. The receiver's monthly inspection reports, filed
every month since the receivership began, record no damage to Unit 4B.

III. DISPOSITION
The judgment is reversed. Appellee shall return the deposit, with statutory interest, no
later than March 15, 2024.""",
        (
            expect("2021-03-03~", "lease", "signed"),
            expect("2019/..", "receivership"),
            expect("2021-04-01", "possession"),
            expect("2021-11-18", "notice"),
            expect("2021-12-02", "vacated"),
            expect("2022-08-09", "judgment"),
            expect("2022-09-06", "appeal"),
            expect("../2024-03-15", "deposit", "return", planned=True),
        ),
    ),
    Text(
        "brackwell-history",
        "encyclopedia history",
        None,
        """Brackwell

Brackwell is a market town and civil parish in the Vale of Ashby, with a population of
11,402 at the last census.

History
The settlement is first recorded c. 1086 as Bracauuelle, a holding of the abbey of St
Wendreda. A charter for a weekly market and a fair at Lammas was granted in 1253, and the
market is still held every Thursday in the square.

The parish church of St Ebba was rebuilt between 1420 and 1436 in the Perpendicular style,
funded largely by the wool trade. A wool mill opened on the Brack around 1760 and closed in
1958, the last of the town's textile works.

Much of the old town was destroyed by fire in 1641, and the following year the corporation
began building a new town hall of brick on the site of the burnt market house. The hall
was the largest public building in the vale until the nineteenth century.

Twinning
Brackwell has been twinned with Saint-Aubin-sur-Loire since 1972. An exchange of school
pupils takes place each summer.

See also
- List of market towns in the Vale of Ashby
- Brack Navigation

References
1. Ashby Record Society, vol. 14 (1911), p. 203.""",
        (
            expect("1086~", "recorded"),
            expect("1253", "charter"),
            expect("1420/1436", "church", "rebuilt"),
            expect("1760~", "mill", "opened"),
            expect("1958", "mill", "closed"),
            expect("1641", "fire"),
            expect("1642", "town hall"),
            expect("1972/..", "twinned"),
        ),
    ),
    Text(
        "harlow-vale-promotion",
        "sports report",
        date(2025, 5, 11),
        """Harlow Vale 3 Castlemoor Athletic 1

By Dean Whitlock

Harlow Vale sealed promotion on Saturday with a composed win at Castlemoor, their first
victory on the ground in 27 years, and their travelling fans spilled onto the pitch at the
final whistle.

Owen Ballard, signed from Dunley Town in January, scored twice before the break, first
heading in a corner from Sam Eke and then lifting the ball over the goalkeeper from 20
yards. Ballard has now scored 17 league goals, the most by a Vale player since 2004.

Castlemoor pulled one back through Rhys Mallon after the hour, but substitute Kofi Danso
settled it in stoppage time.

It completes a remarkable turnaround for the club, founded in 1887, under manager Iris
Kemble, who was appointed on 3
November 2024 after the sacking of Rob Tate two days earlier. Vale were 19th that morning.

"The players believed in every session," Kemble said. "We train at 8am every day and nobody
has complained once."

Vale play their final league game at home to Ostby on Saturday, when the
trophy will be presented. Castlemoor are still in the play-off places, and the play-off
final is scheduled for 26 May at the National Stadium.

Vale: Hurst; Amadi, Cole, Pryce, Lund; Eke, Varga (Danso 78); Ballard, Moss, Tiernan;
Oyelaran.""",
        (
            expect("2025-05-10", "promotion"),
            expect("2025-01", "ballard", "signed"),
            expect("2024-11-03", "kemble", "appointed"),
            expect("2024-11-01", "tate", "sack"),
            expect("1887", "found"),
            expect("2025-05-17", "ostby", planned=True),
            expect("2025-05-26", "play-off", "final", planned=True),
        ),
    ),
    Text(
        "marlow-fairbanks-history",
        "company history",
        None,
        """Our history

Marlow Fairbanks Instruments was founded in 1921 by the brothers Edwin and Arthur Fairbanks
in a rented loft above a saddler's shop in Halden, where they repaired barometers and ships'
compasses.

The business grew with the coastal trade. In 1934, 1937 and 1946 it opened branch
workshops in Portlow, Aberwick and Stannard Bay, each beside a working harbour. From 1940
to 1945 the Halden loft made aircraft altimeters for the Air Ministry, employing more than
200 people at its peak.

Marlow Fairbanks listed on the Northern Stock Exchange in 1962, and it moved its
headquarters to a purpose-built factory at Corby Park the following year. The Corby Park
building, with its saw-tooth roof, is still our home and appears on our logo.

Around 1980 the company began making digital depth sounders, the product line that now
brings in more than half of its sales. Our Model 1974 echo sounder, whose number is simply
its catalogue code, remains popular with inshore fishermen.

Since 2014 Marlow Fairbanks has been owned by the Dutch group Verhoef Maritiem, which has
kept the brand and the Halden name. We plan to open an assembly plant in Gdynia in 2026 to
serve customers around the Baltic.

Today 640 people work for Marlow Fairbanks in six countries. Every instrument still leaves
Corby Park with a card signed by the engineer who tested it.""",
        (
            expect("1921", "marlow fairbanks", "found"),
            expect("1934", "workshop"),
            expect("1937", "workshop"),
            expect("1946", "workshop"),
            expect("1940/1945", "altimeters"),
            expect("1962", "listed"),
            expect("1963", "headquarters", "moved"),
            expect("1980~", "depth sounders"),
            expect("2014/..", "verhoef", "owned"),
            expect("2026", "gdynia", planned=True),
        ),
    ),
    Text(
        "corvid-mission-summary",
        "mission summary (space or scientific)",
        None,
        """CORVID - Mission Summary
European-Asian Space Consortium (EASC) | Mission directorate fact sheet FS-27

Objective: to map, sample and return material from the near-Earth asteroid 2231 Tanager,
discovered in roughly 1998 by the Mount Kessel survey.

Corvid was approved by the EASC council in 2013 and launched on 12 March 2019 from the
Tarvos spaceport aboard a Helion 4 rocket. After a cruise of more than two years it entered
orbit around Tanager on 4 August 2021 and released its lander, Magpie, on 19 October. Magpie
worked for 61 hours and sent back 2,048 images before its battery ran down.

The spacecraft collected its surface sample in a touch-and-go manoeuvre and left Tanager in
May 2024. Its orbit around the asteroid was the longest of any EASC mission.

Next steps
An Earth flyby, scheduled for December 2025, will adjust Corvid's course for home. The
sample capsule is expected to land in the Kestrel Desert test range on or about
23 September 2026, where a recovery team will take it to the curation facility at Veyle.

Mission facts
Mass at launch: 1,960 kg
Instruments: 6
Controllers' shift pattern: 3 x 8 hours, every day of the year""",
        (
            expect("1998~", "tanager", "discovered"),
            expect("2013", "approved"),
            expect("2019-03-12", "launched"),
            expect("2021-08-04", "orbit"),
            expect("2021-10-19", "magpie"),
            expect("2024-05", "left"),
            expect("2025-12", "flyby", planned=True),
            expect("2026-09-23~", "capsule", "land", planned=True),
        ),
    ),
    Text(
        "zero-emission-buses-statement",
        "government statement",
        date(2025, 9, 16),
        """Department for Transport and Connectivity
Press statement - Ref: DTC/2025/0412

Zero-emission rule for new buses confirmed

The Minister for Local Transport, Glenys Adeyemi, today confirmed that from 1 January 2026
onwards, all new buses registered for local services will have to be zero emission at the
tailpipe.

The Minister met bus operators and manufacturers in Leeds on Monday to discuss the timetable.
The consultation on the rule, which opened on 2 June and closed on 28 July, received some
1,900 responses, most of them in favour.

Operators can apply for help from the Clean Bus Fund, launched in 2021, which has already
paid for about 2,600 vehicles. Applications for the next round must be submitted by
31 October 2025. The fund pays up to 75% of the difference in price between a diesel and an
electric bus.

A review of the rule will take place in 2028, when the department will also look at coaches.

The Minister said: "Passengers ride our buses every day of the year. They deserve clean air
on every journey, and so do the towns the buses run through."

The rule is made under the Clean Air Act 2019 and Schedule 3 of the Road Vehicles
Regulations.

Notes to editors
Enquiries: press office, 020 7946 0712 (24 hours).""",
        (
            expect("2025-09-16", "rule", "confirmed"),
            expect("2026-01-01/..", "zero emission", planned=True),
            expect("2025-09-15", "minister", "met"),
            expect("2025-06-02", "consultation", "opened"),
            expect("2025-07-28", "consultation", "closed"),
            expect("2021", "fund", "launched"),
            expect("../2025-10-31", "applications", planned=True),
            expect("2028", "review", planned=True),
        ),
    ),
    Text(
        "central-library-reopens-html",
        "HTML news page",
        date(2024, 4, 5),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Central Library reopens after two-year renovation | Ferrand Gazette</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/local">Local</a></nav>
<article>
<h1>Central Library reopens after two-year renovation</h1>
<p class="byline">By Marta Quill &middot; <time datetime="2024-04-05">5 April 2024</time></p>
<p>Ferrand's Central Library reopened on Thursday, welcoming more than 1,300 visitors on its
first day back after a &pound;8.2m renovation.</p>
<p>A new children's wing, with a storytelling room and a sensory garden, will open on
20 May, the council said.</p>
<p>The Grade II building closed in March 2022 when contractors found asbestos in the roof
void. Built in 1904 with a gift from the shipowner Amos Trelawney, it was given a rear
extension in about 1962 that has now been rebuilt in glass and oak.</p>
<p>The library has offered free public wifi since 2011 and now adds a makerspace with two
3D printers. &ldquo;It is busier than it has been since 1990,&rdquo; said librarian Yusuf
Kell.</p>
<p class="caption">Photo: Readers queue at the Trelawney Street entrance. 05/04/2024</p>
</article>
<aside><h2>Opening hours</h2><p>Mon&ndash;Sat 9am&ndash;5pm, Sun 11am&ndash;3pm</p></aside>
<footer>&copy; 2024 Ferrand Gazette Ltd. Registered no. 1904263.</footer>
</body>
</html>""",
        (
            expect("2024-04-04", "library", "reopened"),
            expect("2022-03", "closed"),
            expect("1904", "built"),
            expect("1962~", "extension"),
            expect("2024-05-20", "children's wing", planned=True),
            expect("2011/..", "wifi"),
        ),
    ),
    Text(
        "pike-ridge-smoke-advisory",
        "wildfire smoke advisory",
        date(2025, 8, 7),
        """AIR QUALITY ALERT - WILDFIRE SMOKE ADVISORY
Tamarack County Air Quality District
Issued: 10:40 AM PDT Thursday, August 7, 2025

The Tamarack County Air Quality District and the County Health Officer have issued a
wildfire smoke advisory for the Upper Tamarack Valley, including the communities of Elk
Flat, Brannock and Sayer Springs.

Smoke from the Pike Ridge Fire, which started on July 29 from a lightning strike, is
expected to persist in the valley from Friday, August 8, through Sunday, August 10. Fine
particle (PM2.5) levels may reach the Unhealthy category (AQI 151-200) in the early
mornings. Conditions are expected to improve by Monday as westerly winds return.

The fire has burned about 18,000 acres. Crews completed a containment line along Route 9
on Wednesday, and evacuation orders for Elk Flat were lifted on August 3. Readings in the
valley have not passed 200 since September 2020.

WHAT TO DO
- Stay indoors with windows and doors closed; run air cleaners with a HEPA filter.
- Limit outdoor activity, especially for children, older adults and people with asthma.
- N95 masks are available at the Brannock fire station, open daily 8 a.m.-6 p.m.

A community meeting on the fire will be held on Tuesday at 6 p.m. at Sayer Springs Grange
Hall.

For current readings visit airquality.tamarack.example or call (530) 555-0148.""",
        (
            expect("2025-08-07", "advisory", "issued"),
            expect("2025-08-08/2025-08-10", "smoke", planned=True),
            expect("2025-07-29", "fire", "started"),
            expect("../2025-08-11", "improve", planned=True),
            expect("2025-08-06", "containment"),
            expect("2025-08-03", "evacuation"),
            expect("2025-08-12", "meeting", planned=True),
        ),
    ),
    Text(
        "national-dressage-championships",
        "dressage championship report",
        date(2025, 6, 30),
        """DRESSAGE: Marsh and Solstice Ember take national freestyle title

Laura Marsh and her 14-year-old gelding Solstice Ember won the Grand Prix Freestyle at the
National Dressage Championships at Harewick Park on Sunday, scoring 81.42% with a new
floorplan set to music by Sibelius.

Selectors will name the squad for the European Championships by 15 July. The Europeans take
place in Rosendal from 20 to 24 August, and Marsh is widely expected to be picked.

The championships ran from 26 to 29 June and drew 412 combinations across eleven levels.
Marsh, 37, first competed at Grand Prix in 2016 and won national bronze in 2019 and 2022,
but had never taken gold.

Solstice Ember, foaled in about 2011 at the Ellery stud in Devon, was bought by Marsh as an
unbroken four-year-old. "He was all legs and opinions," she said. "He still is."

Second place went to Tomasz Rydel on Quillon (79.88%), ahead of the former champion Fenella
Orme on Gatsby VI (78.15%). Marsh's 81.42% was the highest freestyle score at the
championships since 2017.

Full results: Class 41 Grand Prix Freestyle - 1 Marsh (Solstice Ember) 81.42; 2 Rydel
(Quillon) 79.88; 3 Orme (Gatsby VI) 78.15; 4 Baird (Hollin Rose) 76.30.""",
        (
            expect("2025-06-29", "freestyle"),
            expect("2025-06-26/2025-06-29", "championships"),
            expect("2016", "grand prix"),
            expect("2019", "bronze"),
            expect("2022", "bronze"),
            expect("2011~", "foaled"),
            expect("../2025-07-15", "squad", planned=True),
            expect("2025-08-20/2025-08-24", "europeans", planned=True),
        ),
    ),
    Text(
        "pellows-biscuits-centenary",
        "biscuit factory anniversary release",
        None,
        """NEWS RELEASE - 14 October 2025

Pellow's Biscuits celebrates 100 years of baking in Tregarne

Pellow's Biscuits marks its centenary today. The firm began when Jenifer and Wilfred Pellow
opened a small bakery on Quay Street, Tregarne, on 14 October 1925, selling saffron buns
and ship's biscuit to the fishing fleet.

Its best-known product, the Ginger Crinkle, was introduced in 1931 and is still made to the
original recipe. The factory moved to a larger site on Marsh Road in 1958 and was extended
in 1972 and 1989. Since 2008 the business has been owned by its employees through the
Pellow Trust.

Today the factory bakes some 40 million biscuits a year and employs 186 people, many of them
the grandchildren of its first bakers.

To mark the anniversary, the factory will hold an open day on Saturday 18 October 2025, with
tours of the bakehouse and a display of tins from every decade. A commemorative centenary
tin will be on sale in shops from 1 November.

"A hundred years on, we still start the ovens at 4am," said managing director Kerensa Hocking.

Notes to editors
Pellow's Biscuits Ltd, Marsh Road, Tregarne TR9 4PB. Company no. 00213745.
Media: Jory Nance, 01632 960 771, jory.nance@pellows.example""",
        (
            expect("2025-10-14", "centenary"),
            expect("1925-10-14", "bakery", "opened"),
            expect("1931", "ginger crinkle"),
            expect("1958", "moved"),
            expect("1972", "extended"),
            expect("1989", "extended"),
            expect("2008/..", "employees", "owned"),
            expect("2025-10-18", "open day", planned=True),
            expect("2025-11-01", "tin", planned=True),
        ),
    ),
    Text(
        "stoker-diary-1913",
        "stoker's diary of the 1910s",
        None,
        """Diary of Wm. Treharne, fireman & trimmer, S.S. Marlowe of Cardiff.
(Discharge bk. No. 1912)

Monday March 3rd 1913. Signed on the Marlowe at Roath Dock, 4 pound 10 a month. Chief is a
Scotsman named Baird, seems fair. Same watch as Dai Prosser from the Tamar.

4th. Sailed on the evening tide for Buenos Aires with coal. My first watch below was the
middle watch, 12 to 4, as it will be every night now.

Sunday 9th. Bay of Biscay, sea very heavy. Shovelled till my arms were dead. No. 2 boiler
priming. Mate says we shall reach Las Palmas about the 12th if the weather eases.

13th. Into Las Palmas a day late. Coaled ship all night, black as the ace of spades. Letter
from Mother there, says our Alf joined the Navy in January and is at Devonport.

April 2nd. Arrived Buenos Aires at last, very hot. Paid a sub of 10 shillings. Chief says
we load grain and must leave again by the 20th or lose the charter.

Grandfather stoked on the old Tamar in 1871 or thereabouts and used to say the heat gets in
your bones. He was right.""",
        (
            expect("1913-03-03", "signed"),
            expect("1913-03-04", "sailed"),
            expect("1913-03-09", "biscay"),
            expect("1913-03-12~", "las palmas", planned=True),
            expect("1913-03-13", "las palmas"),
            expect("1913-01", "alf", "navy"),
            expect("1913-04-02", "buenos aires"),
            expect("../1913-04-20", "leave", planned=True),
            expect("1871~", "grandfather", "tamar"),
        ),
    ),
    Text(
        "coppice-wood-dormouse-report",
        "hazel dormouse nest tube report",
        None,
        """HAZEL DORMOUSE (Muscardinus avellanarius) NEST TUBE SURVEY - INTERIM REPORT 2024

Site: Coppice Wood, Hollowbridge (grid ref SX 4817 6203)
Surveyor: R. Ashworth BSc, MCIEEM. Licence ref: 2024-51873-CLS-CLS
Report date: 1 October 2024

1. Background
Dormice were first recorded at Coppice Wood in 2009, when a woven nest was found in
bramble near the eastern ride. The wood has been managed under a 15-year hazel coppice
rotation since 1995, giving a mosaic of young and mature growth.

2. Method
Fifty nest tubes were deployed at 20 m intervals along two transects on 18 April 2024.
Tubes were checked on 21 May, 24 July and 25 September, following standard guidance. Each
tube was opened, any nest described and any animal weighed and sexed.

3. Results
Tube no. | Contents | Notes
12 | woven nest, empty | hazel and honeysuckle bark
37 | nest, 2 adults, 3 juveniles | juveniles grey, c. 9 g
41 | wood mouse nest | -
Dormice use the tubes most in late summer, as at other sites in the county.

4. Next steps
The tubes will be removed by 31 October, before the animals hibernate. The next survey
season is planned to start in April 2025 with the same 50 tubes and a third transect.""",
        (
            expect("2009", "dormice", "recorded"),
            expect("1995/..", "coppice"),
            expect("2024-04-18", "tubes", "deployed"),
            expect("2024-05-21", "checked"),
            expect("2024-07-24", "checked"),
            expect("2024-09-25", "checked"),
            expect("../2024-10-31", "tubes", "removed", planned=True),
            expect("2025-04", "survey", planned=True),
        ),
    ),
    Text(
        "wexcombe-assembly-rooms",
        "assembly rooms' history",
        None,
        """The Assembly Rooms, Wexcombe - A Short History

The Assembly Rooms were built between 1771 and 1773 to designs by the Bath architect
Thomas Pellingham, paid for by a tontine of forty local subscribers. They opened with a
grand ball on 12 January 1774, attended, the Wexcombe Journal reported, by "above three
hundred persons of fashion".

During the season, assemblies were held every Thursday and card parties every Monday. The
novelist Jane Austen may have danced here in 1799, on a visit to cousins, though no record
of her presence survives. A Doric portico was added to the Pelham Street front in about
1830.

The rooms declined with the resort. They were converted to a cinema, the Regal, in 1921,
and the cinema closed in 1964. On the night of 3 February 1967 a fire destroyed the ballroom
ceiling and most of the plasterwork.

After a public campaign the building was restored from 1988 to 1992, the ballroom ceiling
being recreated from old photographs. Since 1993 the rooms have been run by the
Wexcombe Assembly Rooms Trust, a registered charity (no. 1017734).

The Trust hopes to reopen the restored card room in the spring of 2026. Guided tours run on
the first Saturday of each month.""",
        (
            expect("1771/1773", "built"),
            expect("1774-01-12", "ball", "opened"),
            expect("1799?", "austen"),
            expect("1830~", "portico"),
            expect("1921", "cinema", "converted"),
            expect("1964", "cinema", "closed"),
            expect("1967-02-03", "fire"),
            expect("1988/1992", "restored"),
            expect("1993/..", "trust"),
        ),
    ),
    Text(
        "self-assessment-deadline-statement",
        "treasury minister's tax deadline statement",
        date(2026, 1, 19),
        """HM TREASURY AND REVENUE SERVICE
Statement by the Exchequer Secretary, Rt Hon Owain Bexley MP

Self-assessment deadline: "File now, not at midnight"

The deadline for online self-assessment returns for the 2024-25 tax year is approaching.
Returns must be filed, and any tax owed paid, by 31 January. Around 11.6 million people are
expected to file this year, and some 3.4 million have yet to do so.

I launched our "File Now" campaign on Wednesday, and I am grateful to the accountants and
advice charities who have backed it.

To help late filers, the Revenue Service helplines will open extended hours on 24 and
25 January, the final weekend before the deadline.

The online service, introduced in 2004, now handles more than 97% of all returns. The
late-filing penalty of GBP 100 has been in place since 2011. Penalties are charged
under section 93 of the 1970 Act, and interest runs daily on tax paid late.

Looking ahead, the Digital Ledger rules will apply to sole traders with income over
GBP 50,000 from 6 April 2026 onwards. Our consultation on simplifying penalties will close on
27 February, and I encourage every professional body to respond.

Ends

Notes for editors: Press office 020 7946 0100. Statement ref. HMTRS/26/009.""",
        (
            expect("../2026-01-31", "returns", planned=True),
            expect("2026-01-14", "campaign", "launched"),
            expect("2004", "online service"),
            expect("2026-01-24", "helplines", planned=True),
            expect("2026-01-25", "helplines", planned=True),
            expect("2011/..", "penalty"),
            expect("2026-04-06/..", "digital ledger", planned=True),
            expect("2026-02-27", "consultation", "close", planned=True),
        ),
    ),
    Text(
        "st-ebbas-cathedral-evensong",
        "cathedral choir HTML evensong page",
        date(2025, 11, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Choral Evensong &amp; the Choir | St Ebba's Cathedral, Ashby</title></head>
<body>
<header><a href="/">St Ebba's Cathedral</a> | <a href="/worship">Worship</a> |
<a href="/music">Music</a></header>
<main>
<h1>Choral Evensong</h1>
<p>Choral Evensong is sung daily at 5.30pm during term, except on Wednesdays. All are
welcome; no tickets are needed.</p>
<h2>About the choir</h2>
<p>A choir of boys and men has sung in this cathedral since its foundation c. 1190. The
girls' choir was formed in 1998 and now shares the services equally with the boys. The
great organ was rebuilt in 1876 by Hendry &amp; Sons. Our Director of Music, Alys Penrose,
took up her post in September 2019.</p>
<h2>Coming up</h2>
<ul>
<li><strong>Sunday 30 November 2025, 6pm</strong> - Advent Procession by candlelight.</li>
<li><strong>27-30 December</strong> - The choir tours to Utrecht and Haarlem.</li>
<li><strong>Saturday 17 January 2026</strong> - Chorister voice trials for boys and girls
aged 7-9.</li>
</ul>
<p>Applications for the voice trials must reach the Music Office by 5 January. Download
form CH-26 (PDF, 240 KB).</p>
</main>
<footer><p>St Ebba's Cathedral, Close Lane, Ashby AB1 2CD. Registered charity no. 1143309.
Page updated 20 November 2025.</p></footer>
</body>
</html>""",
        (
            expect("1190~", "foundation"),
            expect("1998", "girls' choir"),
            expect("1876", "organ", "rebuilt"),
            expect("2019-09", "penrose"),
            expect("2025-11-30", "advent procession", planned=True),
            expect("2025-12-27/2025-12-30", "tour", planned=True),
            expect("2026-01-17", "voice trials", planned=True),
            expect("../2026-01-05", "applications", planned=True),
        ),
    ),
    Text(
        "wren-v-brightwell-roofing",
        "small claims court judgment",
        None,
        """IN THE COUNTY COURT AT MERROWBY
Small Claims Track
Claim No. K4QZ71P9

BETWEEN: TOBIAS WREN (Claimant) and BRIGHTWELL ROOFING LIMITED (Defendant)

JUDGMENT of Deputy District Judge Hale

1. This is a claim for GBP 2,340, the cost of putting right a flat roof. The hearing took
place on 12 March 2025. Mr Wren appeared in person; the defendant was represented by its
director, Mr Kane Brightwell.

2. Brightwell Roofing has traded from Unit 7, Fenner Road since 2015. Mr Wren engaged it on
6 September 2023 to replace the felt roof of his garage extension, and the work was done
from 2 to 4 October 2023.

3. Leaks appeared in late autumn. Mr Wren first complained in writing on 11 December, and
the defendant attended on or about 9 January 2024 but did no further work. Mr Wren's
surveyor found that the upstand flashings had not been dressed into the wall.

4. The claim was issued on 2 May 2024. I prefer Mr Wren's evidence and that of his
surveyor. The defendant's own photographs, numbered 1 to 2017 in its bundle, show no
flashings at all.

5. I find the work was not carried out with reasonable care and skill (section 49 of the
2015 Act). The defendant shall pay the claimant GBP 2,340 plus the court fee of GBP 115 by
4pm on 2 April 2025.""",
        (
            expect("2025-03-12", "hearing"),
            expect("2015/..", "brightwell", "traded"),
            expect("2023-09-06", "engaged"),
            expect("2023-10-02/2023-10-04", "work"),
            expect("2023-12-11", "complained"),
            expect("2024-01-09~", "attended"),
            expect("2024-05-02", "claim", "issued"),
            expect("../2025-04-02", "pay", planned=True),
        ),
    ),
    Text(
        "carrick-point-lime-kiln",
        "lime kiln's history",
        None,
        """Carrick Point Lime Kiln

The double-draw kiln at Carrick Point was built around 1805 by the Trevaskis estate to burn
limestone brought by sea from South Wales. The burnt lime was sold to farmers to sweeten the
acid soils of the parish, and in a good season the kiln could burn about 120 tons a week.

Estate papers show that the kiln was leased to Josiah Penberthy in 1822 and again in 1837,
the second lease including the right to build a small quay. The kiln appears, with its
limeburner's cottage, on the 1842 tithe map.

Cheap artificial fertiliser and the railway ended the trade, and lime burning had ceased
by 1890. The seaward side of the kiln was partly demolished in 1943 to widen the coast road
for military traffic. It was scheduled as an ancient monument in 1978.

The Carrick Heritage Trust, which has owned the kiln since 2004, carried out repairs to the
draw arches and the charging ramp from 2016 to 2017. New interpretation panels are to be
installed in 2026.

Visiting: the kiln is on the coast path, 400 m west of the car park (grid ref SW 7742 1190).
Open at all times; no charge.""",
        (
            expect("1805~", "kiln", "built"),
            expect("1822", "leased"),
            expect("1837", "leased"),
            expect("../1890", "lime burning", "ceased"),
            expect("1943", "demolished"),
            expect("1978", "scheduled"),
            expect("2004/..", "trust", "owned"),
            expect("2016/2017", "repairs"),
            expect("2026", "panels", planned=True),
        ),
    ),
    Text(
        "tamsworth-quilters-programme",
        "quilting guild's programme",
        None,
        """TAMSWORTH QUILTERS' GUILD
Programme, September 2025 to June 2026

We meet on the second Tuesday of each month at 7.30pm in St Aidan's Hall, Fore Street.
Visitors are welcome (GBP 4 on the door). Bring your own mug!

9 September 2025 - Annual General Meeting, followed by show-and-tell of summer projects.
Subscriptions (GBP 24) are due by 30 September.

14 October - "Welsh wholecloth quilts", an illustrated talk by Megan Pryce of the Quilt
Heritage Archive.

11 November - Workshop evening: foundation paper piecing. Please bring a 12" block kit.

7-8 March 2026 - SPRING QUILT SHOW at the Corn Exchange. Entry forms from the programme
secretary. Stewards needed on both days.

Committee notes
Last season's raffle, drawn on 10 June 2025, raised GBP 1,140 for Tamsworth Hospice.
Thank you to everyone who bought a ticket.

Founded in 1982, the guild has met at St Aidan's Hall since 1994 and now has 64 members.

The library is open before every meeting, and the sales table takes cash or card.

Contacts: Chair - Ruth Ellacott, 01632 960 215. Programme secretary - Denise Ho,
programme@tamsworthquilters.example""",
        (
            expect("1982", "guild", "found"),
            expect("1994/..", "st aidan's hall"),
            expect("2025-09-09", "annual general meeting", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("2025-10-14", "talk", planned=True),
            expect("2025-11-11", "workshop", planned=True),
            expect("2026-03-07/2026-03-08", "quilt show", planned=True),
            expect("2025-06-10", "raffle"),
        ),
    ),
)
