"""The hundred-and-ninety-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary (space), a government statement, an HTML news page, a pollen count
forecast, a rowing regatta report, a heat pump grant release, a missionary's letters from the
1870s, a barn owl box survey, a cinema's history, a justice minister's court closures
statement, a community choir HTML rehearsals page, a planning appeal decision, a glassworks'
history and a film society's season list. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, a decade, "next week", "recently")
are left out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDNINETYEIGHTH_CORPUS",)


HUNDREDNINETYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "veldra-rail-landslide",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELDRA, March 13 (Northwire) - The mountain railway between Veldra and the ski resort
of Ostrang will stay closed for weeks after a landslide buried some 200 metres of track on
Tuesday night, the line's operator said.

Nobody was hurt when the slope above the Kessel tunnel gave way, but the last train of the
evening had passed the spot less than an hour earlier, according to Alpenbahn Veldra, the
regional company that has run the line since its nationalisation.

Replacement buses began running on Wednesday, and the company said they would leave every
40 minutes from the square outside Veldra station until the line reopens.

Engineers expect the track to be cleared and reopened by April 30 at the latest, operations
director Hanna Lisowski told a news conference. "We have to stabilise the whole slope first,
not just dig out the rails," she said. It was the worst slide on the route since 1987.

The line opened in 1911 and carries about 900,000 passengers a year. It was last closed for
repairs from 2 to 19 November 2019, when two bridges were strengthened.

Alpenbahn Veldra, founded in about 1948 when the state bought out the private owners, said it
would ask for emergency funds. Transport minister Jurek Balanov will visit the site on Monday,
his office said.

Hoteliers in Ostrang said bookings had already fallen by a fifth since the slide.

(Reporting by Piet Aalders; Editing by Sanne Moor)""",
        (
            expect("2025-03-11", "landslide"),
            expect("2025-03-12", "buses"),
            expect("../2025-04-30", "reopen", planned=True),
            expect("1911", "line", "open"),
            expect("2019-11-02/2019-11-19", "repairs"),
            expect("1948~", "alpenbahn", "found"),
            expect("2025-03-17", "minister", "visit", planned=True),
        ),
    ),
    Text(
        "lumenfold-brackwater-plant",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Lumenfold Optics to build lens plant in Brackwater, creating 320 jobs

BRACKWATER, 4 June 2024 - Lumenfold Optics, the maker of precision lenses for medical
imaging, today announced that it will build a new manufacturing plant on the former Tarrant
Mills site in Brackwater.

The company's board approved the 85-million-euro investment on 28 May, its largest since the
company was floated. Groundwork is scheduled to start in August, and the plant is expected to
open in September 2025. Recruitment for the first 120 posts will begin on 1 July, with
training provided at the company's academy in Delsford.

"Brackwater gives us room to grow and a workforce with a long tradition in fine engineering,"
said chief executive Ilse Varnhagen. "We are proud to bring skilled jobs back to the Tarrant
site."

Lumenfold was founded in 2003 by three physicists working from a garage in Delsford. It
acquired its rival Tessaline Lenses in 2016 and listed on the Delsford stock exchange the
following year. Today it employs 1,450 people in four countries and supplies more than 60 of
the world's hospital equipment makers.

About Lumenfold Optics
Lumenfold Optics (DSX: LMF) designs and makes optical components for medical, scientific and
industrial use. ISO 13485 certified.

Media contact:
Roos Delahaye, Head of Communications
press@lumenfold.example | +31 20 555 0147

###""",
        (
            expect("2024-06-04", "plant"),
            expect("2024-05-28", "board", "approv"),
            expect("2024-08", "groundwork", planned=True),
            expect("2025-09", "plant", "open", planned=True),
            expect("2024-07-01", "recruitment", planned=True),
            expect("2003", "found"),
            expect("2016", "tessaline"),
            expect("2017", "list"),
        ),
    ),
    Text(
        "marrick-v-castellan-appeal",
        "court opinion",
        None,
        """IN THE EMPLOYMENT APPEAL COURT
Appeal No. EAC/2023/0417

BETWEEN: DANIEL MARRICK (Appellant)
and CASTELLAN LOGISTICS LIMITED (Respondent)

Before: Judge Ferrand, sitting with Ms A. Oyelaran and Mr P. Kwiatek
Hearing: 23 January 2024
Judgment delivered: 14 February 2024

JUDGMENT

1. The appellant was employed by the respondent as a depot supervisor from on or about 3 March
2015. He was dismissed on 12 August 2021, the respondent stating that he had falsified
overtime records.

2. The appellant presented a claim of unfair dismissal to the tribunal on 9 November 2021.
The claim was heard over three days, from 6 to 8 June 2022, and the tribunal's reserved
decision, dismissing the claim, was sent to the parties on 30 September 2022.

3. A notice of appeal was lodged on 27 October 2022, within the period allowed by rule 3 of
the Appeal Rules 2013. The appeal came before us on 23 January 2024.

4. The central ground is that the tribunal failed to consider whether the respondent's
investigation, which lasted only two days, was within the range of reasonable responses.
The tribunal recorded the investigation but did not evaluate it. That was an error of law.

5. We are not able to say that the tribunal would inevitably have reached the same conclusion
had it directed itself correctly. For these reasons the appeal is allowed and the claim is
remitted to a differently constituted tribunal, which is to hear it no later than 31 May 2024.

6. We are grateful to counsel on both sides for their clear and helpful submissions.""",
        (
            expect("2015-03-03~", "employ"),
            expect("2021-08-12", "dismiss"),
            expect("2021-11-09", "claim"),
            expect("2022-06-06/2022-06-08", "claim", "hear"),
            expect("2022-09-30", "decision"),
            expect("2022-10-27", "notice", "appeal"),
            expect("2024-01-23", "appeal"),
            expect("2024-02-14", "appeal", "allow"),
            expect("../2024-05-31", "hear", planned=True),
        ),
    ),
    Text(
        "kestrelmoor-history",
        "encyclopedia history",
        None,
        """Kestrelmoor

History

Kestrelmoor is first recorded as Cestremor in a charter of c. 1140, when the manor was held by
the priory of St Aldhelm. Its market charter was granted in 1287 by Edward I, and the wool
trade made it one of the richer small towns of the county by the fifteenth century.

Much of the town burned in 1532, in the largest fire in the county since 1402, and it had been
rebuilt by 1540, largely in stone from the dissolved priory. The grammar school was founded in
1554, although some historians doubt this date and place the foundation a generation later.

The railway arrived in 1853, linking Kestrelmoor to the port of Hallow, and the town hosted
the county agricultural show in 1862, 1871 and 1880, each time on the Long Meadow below the
church. The weekly cattle market, still held every Thursday, dates from the same period.

Kestrelmoor lost its borough status in the reorganisation of local government, and since
1974 it has formed part of the district of Hollin Vale, whose offices are in the former corn
exchange.

Population

The population was 4,812 at the last census, little changed since the early twentieth century.

Notable people

- Agnes Thorley, botanist
- Samuel Pike, engineer of the Hallow railway

See also: Hollin Vale; List of market towns in the county""",
        (
            expect("1140~", "charter"),
            expect("1287", "market", "charter"),
            expect("1532", "burn"),
            expect("../1540", "rebuilt"),
            expect("1554?", "school", "found"),
            expect("1853", "railway"),
            expect("1862", "show"),
            expect("1871", "show"),
            expect("1880", "show"),
            expect("1974/..", "hollin"),
        ),
    ),
    Text(
        "harlow-vale-brinmouth",
        "sports report",
        date(2024, 11, 17),
        """Harlow Vale 3 Brinmouth Athletic 1

By Callum Reddy, Sunday 17 November 2024

Ezra Quayle scored twice as Harlow Vale came from behind to beat Brinmouth Athletic at Ferry
Lane yesterday and climb to fourth in the table.

Brinmouth led through an early header from Tobi Anselm, but Quayle, who joined Vale from
Corbridge Town in January 2023, levelled with a low shot before half-time and added a penalty
on the hour. Substitute Jonah Wilde made sure in stoppage time. It was Vale's first home win
against Brinmouth since 2008.

Manager Saoirse Dunleavy, who was appointed on 2 October after the departure of Gary Pell,
has now taken 13 points from six league games. "The players are starting to believe," she
said. "We train every day on the things that won it today."

Vale were without captain Marcus Odell, who has been sidelined since 21 September with a
hamstring tear. He is expected to return on 7 December, against Oakhurst.

The club, promoted in 2019 and again in 2022, face Penrith Rovers in the county cup on
Wednesday, when Dunleavy plans to rest several first-team players.

Harlow Vale: Stannard; Ibe, Crouch, Lowe, Fenn; Abara, Keel (Wilde 78), Roper; Marsh,
Quayle, Okoro. Attendance: 3,914.""",
        (
            expect("2024-11-16", "vale", "beat"),
            expect("2023-01", "quayle", "join"),
            expect("2024-10-02", "dunleavy", "appoint"),
            expect("2024-09-21/..", "odell", "sidelined"),
            expect("2024-12-07", "odell", "return", planned=True),
            expect("2019", "promot"),
            expect("2022", "promot"),
            expect("2024-11-20", "cup", planned=True),
        ),
    ),
    Text(
        "ostler-crane-history",
        "company history",
        None,
        """Our history

Ostler & Crane has been baking biscuits in Pelham for more than a century and a half.

1868 - Thomas Ostler, a baker's son, and the grocer William Crane found the firm in a rented
bakehouse on Mill Row, making ship's biscuits for the river trade.

Growth on Canal Street
In about 1890 the partners move production to the new Canal Street works, with gas-fired
ovens and a siding on the canal. The firm's first export order, for ginger nuts bound for
Cape Town, follows in 1904.

War years
The Canal Street works are requisitioned by the Ministry of Supply in 1940 and used to make
ration biscuits; they are returned to the family in 1946, in poor repair.

A new partnership
Ostler & Crane merge with Pellow Foods in 1972, and the combined group lists on the stock
exchange the following year. The Crane family keeps a seat on the board to this day.

Pelham Bakery
On 14 May 2008 the company opens its Pelham Bakery on the edge of town, one of the most
energy-efficient in Europe, and the old works become flats.

Looking ahead
Today Ostler & Crane employs 1,950 people and bakes some 40 million packets a year. We aim to
make all our bakeries carbon-neutral by 2030, and every packet is still checked by hand at the
end of the line, as Thomas Ostler insisted.""",
        (
            expect("1868", "found"),
            expect("1890~", "canal", "street"),
            expect("1904", "export"),
            expect("1940", "requisition"),
            expect("1946", "return"),
            expect("1972", "merge"),
            expect("1973", "list"),
            expect("2008-05-14", "pelham", "bakery"),
            expect("../2030", "carbon", planned=True),
        ),
    ),
    Text(
        "halcyon-mission-summary",
        "mission summary",
        None,
        """HALCYON - Asteroid Sample Return Mission
Mission summary | Directorate of Planetary Science

Target: near-Earth asteroid 2004 KV17 ("Velmira")
Spacecraft mass at launch: 2,110 kg

Halcyon was launched on 3 December 2018 from the Marrow Point launch complex aboard a Tern-5
rocket. After a year in an Earth-like orbit around the Sun, it flew past the Earth on 22
November 2019, using the planet's gravity to bend its course towards Velmira.

The spacecraft arrived at the asteroid on 11 July 2021 and entered a 1.2-kilometre orbit on or
about 2 August, once mapping had confirmed the asteroid's mass. A camera heater failed during
the cruise; the team worked around the fault by turning the spacecraft towards the Sun before
each imaging pass.

On 19 October, Halcyon descended to the boulder field named Kestrel, touched the surface for
six seconds and collected an estimated 180 grams of regolith. It left Velmira in May 2022 for
the long journey home.

A final trajectory correction is scheduled for March 2026, and the sample capsule is to land
in the Kharsa Desert test range on 24 September 2026. The capsule will then be flown to the
curation facility at Lindqvist, where the sample will be opened in a nitrogen cabinet.

Halcyon is the agency's second sample return mission. Its data are released to the public
every six months through the Planetary Data Archive.""",
        (
            expect("2018-12-03", "launch"),
            expect("2019-11-22", "earth"),
            expect("2021-07-11", "arrive"),
            expect("2021-08-02~", "orbit"),
            expect("2021-10-19", "collect"),
            expect("2022-05", "velmira"),
            expect("2026-03", "trajectory", "correction", planned=True),
            expect("2026-09-24", "capsule", "land", planned=True),
        ),
    ),
    Text(
        "drought-measures-statement",
        "government statement",
        date(2024, 7, 8),
        """Ministry of Environment and Water
Statement on drought measures
Issued: Monday 8 July 2024

The Minister for Water, Ellen Raskova, met the chief executives of the six regional water
companies on Friday to review the supply situation after the driest spring in the south-east
since 1976.

Restrictions on the use of hosepipes and sprinklers have been in force in the southern region
since 15 June. They will remain in place until reservoir stocks recover. The minister has
asked the companies to publish leakage figures each week.

To protect supplies for the autumn, a temporary pipeline linking the Ardle and Wenning
reservoirs is to be completed by 30 September. A public consultation on a permanent transfer
scheme will run from 15 July to 23 August, under the powers of the Water Resources Act 1991.

Drought was last formally declared in the region in 2018, and before that in 2012. The
ministry's assessment is that a declaration is not yet necessary, but it will be reviewed
every fortnight.

The minister said: "Every household can help by using water wisely. We are doing everything
we can to avoid wider restrictions, and I want to thank the farmers who have already cut
their abstraction."

The minister will make a statement to Parliament on Thursday.

Media enquiries: press office, 0300 555 0190 (ref. MEW/24/311).""",
        (
            expect("2024-07-05", "minister", "compan"),
            expect("2024-06-15/..", "restrictions"),
            expect("../2024-09-30", "pipeline", planned=True),
            expect("2024-07-15/2024-08-23", "consultation", planned=True),
            expect("2018", "drought", "declared"),
            expect("2012", "drought", "declared"),
            expect("2024-07-11", "statement", "parliament", planned=True),
        ),
    ),
    Text(
        "corrie-museum-reopening",
        "HTML news page",
        date(2023, 9, 21),
        """<article class="news-item">
<header>
<h1>Corrie Museum to reopen after three-year renovation</h1>
<p class="byline">By <a href="/staff/nadia-frain">Nadia Frain</a> |
<time datetime="2023-09-21">21 September 2023</time></p>
</header>
<p>The Corrie Museum in Lanmouth will reopen to visitors on Saturday, after a renovation
that has cost &pound;14 million and taken longer than planned.</p>
<p>The museum closed in March 2020, and work on the new roof and galleries started in 2021.
Director Fergus Imrie said the building, designed in 1897 and opened two years later, now
has lifts to every floor for the first time.</p>
<p>The reopening exhibition, <em>Salt and Iron</em>, runs from 23 September to 14 January
2024 and tells the story of the town's shipyards.</p>
<p>A gift of &pound;2 million from the Halbrook Trust, announced on 4 September, will pay for
free entry for schools for five years. &ldquo;We owe this to the people of Lanmouth,&rdquo;
Mr Imrie said.</p>
<p>The collection grew from the cabinet of the Lanmouth Literary Society, founded around
1885, and now numbers about 60,000 objects. A new learning wing is due to follow in the
spring.</p>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/2022/roof">Roof goes on at Corrie Museum</a></li>
<li><a href="/whats-on">What's on this week</a></li></ul></aside>
<footer><p>&copy; 2023 Lanmouth Echo. Tel. 01632 960 418</p></footer>
</article>""",
        (
            expect("2023-09-23", "reopen", planned=True),
            expect("2020-03", "clos"),
            expect("2021", "work", "start"),
            expect("1897", "design"),
            expect("1899", "open"),
            expect("2023-09-23/2024-01-14", "exhibition", planned=True),
            expect("2023-09-04", "gift"),
            expect("1885~", "society", "found"),
        ),
    ),
    Text(
        "pollen-forecast-may",
        "pollen count forecast",
        date(2025, 5, 13),
        """POLLEN FORECAST - Tuesday 13 May 2025
Issued by the Eastmarsh Pollen Monitoring Station, 10:00

Grass pollen is rising quickly across the region. The count on Monday was 62 grains per cubic
metre of air, the first "moderate" reading of the grass season.

Outlook
Thursday: HIGH. Warm sunshine and a light southerly breeze will lift grass pollen above 80.
Friday to Sunday: VERY HIGH. Counts are expected to exceed 150 on all three days, with the
highest levels in the late afternoon. Hay fever sufferers should keep windows closed and take
medication before symptoms start.

Tree pollen
The birch and oak season peaked on 28 April and is now fading; counts have been low for
several days.

Season outlook
The grass pollen season is expected to end around 10 July, although showery weather could
shorten it. Readings are usually highest in the first three weeks of June.

About the counts
Readings have been taken at the station, on the roof of the Eastmarsh science building, since
1994. The trap samples 10 litres of air a minute, and the slides are counted every morning by
volunteers. Counts above 150 are rare before June.

Sign up for daily alerts: pollen@eastmarsh.example""",
        (
            expect("2025-05-12", "count"),
            expect("2025-05-15", "high", planned=True),
            expect("2025-05-16/2025-05-18", "very", "high", planned=True),
            expect("2025-04-28", "tree", "peak"),
            expect("2025-07-10~", "season", "end", planned=True),
            expect("1994/..", "readings"),
        ),
    ),
    Text(
        "saltmere-regatta-report",
        "rowing regatta report",
        date(2025, 7, 7),
        """SALTMERE REGATTA: Wyvern crew break 14-year course record

From our rowing correspondent, Monday 7 July 2025

Wyvern Boat Club won the Grand Challenge Eights at the Saltmere Regatta on Sunday, beating
the Dutch students of Njord-Leiden by a length and a quarter in a time of 5:51 over the
1,850-metre course.

The crew broke the course record set in 2011 by the national under-23 squad, helped by a
strong following wind on the final stretch past Gull Point.

The regatta was held from Friday to Sunday, with a record 412 crews from nine countries.
Some heats were delayed by two hours when a barge drifted across the course.

First held in 1856, Saltmere is one of the oldest regattas on the coast. Women's eights were
added in 1979 and the lightweight events in 1994. This year's entry in the women's events was
the largest yet.

In the Ladies' Plate, Ardwell Rowing Club beat Saltmere Ladies in the final, their third win
in four years. Ardwell's coxswain Priya Nandakumar said: "We race here every summer, and this
is always the one we want."

Wyvern will race at the national championships on 26 July. Next year's regatta will be held
from 3 to 5 July 2026, the organisers announced at the prize-giving.

Results: Grand Challenge Eights - 1 Wyvern BC, 2 Njord-Leiden, 3 Saltmere RC.""",
        (
            expect("2025-07-06", "wyvern", "challenge"),
            expect("2011", "record"),
            expect("2025-07-04/2025-07-06", "regatta"),
            expect("1856", "first", "held"),
            expect("1979", "women", "eights"),
            expect("1994", "lightweight"),
            expect("2025-07-26", "championships", planned=True),
            expect("2026-07-03/2026-07-05", "regatta", planned=True),
        ),
    ),
    Text(
        "warm-homes-heat-pump-grant",
        "heat pump grant release",
        date(2025, 1, 22),
        """News release | Clean Heat Agency
Published 22 January 2025

Heat pump grants of up to 7,500 pounds open to all homeowners

Homeowners replacing a gas or oil boiler will be able to apply for a grant of up to 7,500
pounds towards an air-source or ground-source heat pump under the new Warm Homes Grant, the
Clean Heat Agency announced today.

The scheme opens for applications on 3 February. Applications must be submitted no later than
30 November, and the heat pump must be fitted by an installer certified under the agency's
quality mark.

The Warm Homes Grant replaces the Boiler Upgrade Voucher, which ran from April 2022 to March
2024 and paid for some 18,000 installations. A pilot offering higher grants to homes off the
gas grid started in October 2024 in three counties and has so far helped about 400
households.

The Clean Heat Agency was established in 2019 to lead the move away from fossil fuel heating.
The government's target is for 600,000 heat pumps a year to be installed by 2028.

Agency chief executive Morwenna Pask said: "A heat pump is now the cheapest way to heat most
homes over its lifetime. This grant takes away the biggest barrier, the upfront cost."

Notes to editors
1. Eligibility criteria and the list of certified installers are at cleanheat.example/grant.
2. Grant levels are reviewed each year.
3. Press office: 020 7946 0321.""",
        (
            expect("2025-01-22", "grant", "announc"),
            expect("2025-02-03", "scheme", "open", planned=True),
            expect("../2025-11-30", "applications", planned=True),
            expect("2022-04/2024-03", "voucher"),
            expect("2024-10", "pilot"),
            expect("2019", "agency", "establish"),
            expect("../2028", "target", planned=True),
        ),
    ),
    Text(
        "lukanda-mission-letters",
        "missionary's letters from the 1870s",
        None,
        """Letters of the Rev. Josiah Penwarden, Lukanda Mission Station

I.
Lukanda, 14th March 1873.
My dear Sister,
I reached this station on the 2nd of January, after eleven weeks upon the road, and have
been too busy since to write as I ought. The people received me with great kindness. We
began building the chapel on Monday last, the chief himself carrying the first beam, and the
walls already stand to the height of a man. I take the school each morning at seven.

II.
Lukanda, 9th September 1874.
My dear Sister,
You will have heard by now of the death of our good Mr. Ashdown, who was taken by the fever
on or about the 3rd of June while visiting the villages of the lake shore. We had no word of
it for a month. The chapel was opened on the 16th of August, and more than three hundred
crowded in or stood at the windows. Mr. Harrow is to leave for the coast on the 20th inst.,
and will carry this letter and my journal as far as Zanzibar.

III.
Lukanda, 1st February 1876.
My dear Sister,
The new mission house was finished last month, and for the first time we sleep under a roof
that does not let in the rain. The steamer is expected about the 10th of March, bringing, I
trust, the medicines and the slates for which I wrote so long ago. Pray for us.
Your affectionate brother, J. P.""",
        (
            expect("1873-01-02", "reach", "station"),
            expect("1873-03-10", "chapel", "build"),
            expect("1874-06-03~", "ashdown"),
            expect("1874-08-16", "chapel", "open"),
            expect("1874-09-20", "harrow", "leave", planned=True),
            expect("1876-01", "house", "finish"),
            expect("1876-03-10~", "steamer", planned=True),
        ),
    ),
    Text(
        "fenmoor-barn-owl-survey",
        "barn owl box survey",
        None,
        """FENMOOR BARN OWL GROUP
Nest Box Survey Report 2024

Summary
The 2024 survey was carried out between 1 April and 31 July 2024 by 23 volunteers, who
checked 186 boxes on 71 farms across the Fenmoor levels. Barn owls bred in 64 boxes, the best
year since 2014, and 217 young were fledged.

Background
The group put up its first boxes in 1998, on five farms near Holme Drove. Further boxes were
added in 2009, 2013 and 2017 with grants from the county wildlife fund, and the network now
covers most of the drained fen between the Ouse Washes and the Nene.

Breeding season
The earliest egg was recorded on 12 April, in a box on Gallow's Farm, and most pairs had laid
by mid-May. Vole numbers were high, and average brood size rose to 3.4 from 2.6 last year.
Chicks in 41 boxes were ringed on or about 20 June under licence (BTO permit C/4417).

Losses
Four boxes were lost to storm damage and two to barn conversions. Jackdaws took over nine
boxes, as they do most years.

Next steps
Volunteers will clean and repair all boxes by 28 February 2025, before the owls begin to
prospect for sites. The 2025 survey will begin on 1 April 2025. New volunteers are always
welcome; training is given each March.

Contact: survey@fenmoorowls.example""",
        (
            expect("2024-04-01/2024-07-31", "survey"),
            expect("1998", "first", "box"),
            expect("2009", "box", "add"),
            expect("2013", "box", "add"),
            expect("2017", "box", "add"),
            expect("2024-04-12", "egg"),
            expect("2024-06-20~", "ring"),
            expect("../2025-02-28", "clean", planned=True),
            expect("2025-04-01", "survey", planned=True),
        ),
    ),
    Text(
        "regal-farrowby-history",
        "cinema's history",
        None,
        """The Regal, Farrowby - a history

The Regal opened its doors on 19 October 1936 with a gala showing attended by the mayor and
a crowd that filled Market Street. Designed by the cinema architect Lionel Hask in a sleek
Art Deco style, it seated 1,482 people in stalls and circle and boasted a Compton organ that
rose from the orchestra pit.

Through the war the Regal rarely closed, and queues for the Saturday matinee stretched round
the block. CinemaScope was installed in about 1958, when the proscenium was widened and the
organ pit covered over.

Falling audiences led the owners to convert the building to three screens in 1974, with a
new screen built into the old circle. Even so, the Regal closed in 1989 and for six years
stood empty while developers circled.

A campaign by local people, the Friends of the Regal, raised the money to buy the building,
and the cinema reopened on 1 December 1995 with a screening of a restored print of the film
that had opened it in 1936. The building was listed in 2001 for its interior.

Since 2010 the Regal has been run by the Farrowby Regal Trust, a charity, with a small paid
staff and more than 90 volunteers. Centenary celebrations are planned for October 2036.

Visit us: 14 Market Street, Farrowby. Box office 01632 960 552.""",
        (
            expect("1936-10-19", "regal", "open"),
            expect("1958~", "cinemascope"),
            expect("1974", "convert"),
            expect("1989", "clos"),
            expect("1995-12-01", "reopen"),
            expect("2001", "list"),
            expect("2010/..", "trust"),
            expect("2036-10", "centenary", planned=True),
        ),
    ),
    Text(
        "court-estate-statement",
        "justice minister's court closures statement",
        date(2024, 7, 15),
        """Written Ministerial Statement: Court and Tribunal Estate
Minister of Justice, Rt Hon. Alistair Mbeki-Grant
Monday 15 July 2024

Today I am announcing the outcome of the consultation on the future of the court estate in
the Northern circuit, which ran from 4 March to 27 May 2024 and received 1,136 responses.

I have decided that three courts will close. Eastbridge Magistrates' Court, which opened in
1884 and now sits on average less than two days a week, will close on 31 January 2025, and
its work will move to Hallam Justice Centre, 11 miles away. Millhaven Magistrates' Court will
close by 30 June 2025, and Corran County Court in September 2025, once the refurbishment of
the Corran civic centre hearing rooms is complete.

I have listened carefully to the concerns raised about travel times. For that reason I have
decided that Aldwick Court will remain open, and that video hearing rooms will be provided in
Eastbridge library from the date of closure.

The estate was last reorganised in 2011. Since then the use of our courtrooms has fallen
steadily, and many of these buildings cost more to maintain each year than the ones that
replaced them. All proceeds from the sale of the buildings will be reinvested in the estate.

A full equality impact assessment will be published on Thursday, together with the
government's response to the consultation. Copies will be placed in the Libraries of both
Houses.

HCWS 412""",
        (
            expect("2024-07-15", "courts", "clos"),
            expect("2024-03-04/2024-05-27", "consultation"),
            expect("1884", "eastbridge", "open"),
            expect("2025-01-31", "eastbridge", "clos", planned=True),
            expect("../2025-06-30", "millhaven", "clos", planned=True),
            expect("2025-09", "corran", "clos", planned=True),
            expect("2011", "reorganis"),
            expect("2024-07-18", "assessment", planned=True),
        ),
    ),
    Text(
        "linden-voices-rehearsals",
        "community choir HTML rehearsals page",
        date(2025, 8, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Rehearsals - Linden Voices Community Choir</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/join">Join us</a> |
<a href="/rehearsals">Rehearsals</a></nav>
<main>
<h1>Rehearsals and dates, autumn 2025</h1>
<p>We rehearse every Tuesday from 7.30 to 9.30 pm in the hall of St Barnabas Church, Linden
Road. No audition is needed and everyone is welcome.</p>
<h2>Autumn term</h2>
<ul>
<li><strong>Tuesday 9 September</strong>: first rehearsal of term. New members please arrive
at 7.15 to collect music.</li>
<li><strong>By 30 September</strong>: term subscriptions (&pound;45, concessions &pound;30)
are due.</li>
<li><strong>Sunday 23 November</strong>: sectional rehearsal for sopranos and altos,
2-5 pm.</li>
<li><strong>Saturday 13 December</strong>: Christmas concert at St Barnabas, 7 pm, with the
Linden Brass.</li>
<li><strong>Tuesday 16 December</strong>: last rehearsal of term and mince pies.</li>
</ul>
<h2>About the choir</h2>
<p>Linden Voices was founded in 1987 by a group of parents at Linden Primary School. Our
musical director, Delia Okonkwo, has led the choir since 2016 and has taken us to festivals
in Bruges and Cork.</p>
<p>Questions? Email <a href="mailto:hello@lindenvoices.example">hello@lindenvoices.example</a>
or ring Jean on 07700 900 314.</p>
</main>
<footer><p>Registered charity no. 1098765 | Last updated 20 August 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-09-09", "first", "rehearsal", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("2025-11-23", "sectional", planned=True),
            expect("2025-12-13", "concert", planned=True),
            expect("2025-12-16", "last", "rehearsal", planned=True),
            expect("1987", "found"),
            expect("2016/..", "okonkwo"),
        ),
    ),
    Text(
        "holt-barn-appeal-decision",
        "planning appeal decision",
        None,
        """Appeal Decision
Site visit made on 11 June 2024
by R. Castellanos BA MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 2 July 2024

Appeal Ref: APP/K4410/W/24/3345678
Holt Barn, Sedge Lane, Ashcombe

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
refusal to grant planning permission.
- The application, Ref 23/01874/FUL, was refused by notice dated 8 January 2024.
- The development proposed is the conversion of a barn to two dwellings.

Decision
1. The appeal is dismissed.

Main issue
2. The main issue is the effect of the proposal on the character and appearance of the
Ashcombe Conservation Area, designated in 1979, and on protected species.

Reasons
3. Holt Barn is a threshing barn of c. 1820, built of local stone under a slate roof. It is a
non-designated heritage asset. Permission for a single dwelling was granted in 2016 but that
permission lapsed in 2019 without being implemented.

4. The present scheme would insert eleven new openings and a first floor across the threshing
bay. This would erode the barn's simple agricultural form and harm the conservation area.

5. Bat surveys undertaken on 22 and 29 May 2023 recorded a brown long-eared roost in the
eastern gable. The mitigation offered is not adequate.

6. For the reasons given above I conclude that the appeal should be dismissed.

R. Castellanos
INSPECTOR""",
        (
            expect("2024-06-11", "site", "visit"),
            expect("2024-07-02", "appeal", "dismiss"),
            expect("2024-01-08", "refus"),
            expect("1979", "conservation", "area"),
            expect("1820~", "barn"),
            expect("2016", "permission", "grant"),
            expect("2019", "permission", "lapse"),
            expect("2023-05-22", "bat", "survey"),
            expect("2023-05-29", "bat", "survey"),
        ),
    ),
    Text(
        "ravensholme-glassworks-history",
        "glassworks' history",
        None,
        """Ravensholme Glassworks: a short history

The Ravensholme works was founded in 1764 by Abraham Tulk, a merchant from Bristol, who saw
the value of the coal seams and white sand on the north bank of the Teme. Its first products
were green bottles for the wine and cider trade.

The great brick cone that still dominates the village was built in about 1780. Inside it,
gatherers and blowers worked in twelve-hour shifts around a single coal-fired furnace, and the
works became known for its fine flint-glass decanters.

A fire in 1851 destroyed the warehouses and most of the mould stock. The buildings had been
rebuilt by 1854, and the works won a silver medal at the Paris exhibition of 1867 for a cut
glass chandelier with 408 drops.

Gas furnaces were introduced around 1889; the cone, no longer needed as a chimney, was later
used as a store. In its busiest years the works employed 600 people, most of them from the village.

Competition from pressed glass and, later, from imports took their toll. The works closed on
30 June 1983, and reopened in 1987 as a museum of glassmaking, where visitors can watch
glassblowers at work every weekend.

A full restoration of the cone, which has been on the buildings-at-risk register, is due to
be completed in 2027 with the help of a heritage lottery grant.

Ravensholme Glass Museum, Teme Road. Open daily except Mondays.""",
        (
            expect("1764", "found"),
            expect("1780~", "cone"),
            expect("1851", "fire"),
            expect("../1854", "rebuilt"),
            expect("1867", "medal"),
            expect("1889~", "gas", "furnace"),
            expect("1983-06-30", "clos"),
            expect("1987", "museum"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "tarnbridge-film-society-season",
        "film society's season list",
        date(2025, 8, 29),
        """TARNBRIDGE FILM SOCIETY
Autumn Season 2025

All screenings at 7.45 pm in the Assembly Rooms, Bridge Street. Doors open 7.15.

Friday 10 October - Brief Encounter (1945), dir. David Lean. 86 min. PG.
Introduced by our president, Margaret Quennell.

Friday 24 October - Wild Strawberries (1957), dir. Ingmar Bergman. 91 min. 12A.

Friday 7 November - The Spirit of the Beehive (1973), dir. Victor Erice. 98 min. PG.

Friday 21 November - Tokyo Story (1953), dir. Yasujiro Ozu. 136 min. U.
Followed by a discussion with Dr Kenji Aldous of Tarnbridge University.

Annual General Meeting: Thursday 4 December, 7 pm, in the Green Room. All members are
entitled to vote; nominations for the committee to the secretary beforehand.

Membership
Season membership costs 38 pounds (students 20 pounds). Renewals must reach the membership
secretary by 30 September to guarantee a seat; after that, seats are offered to the waiting
list. Guests may attend up to two screenings a season for 7 pounds each.

About us
Tarnbridge Film Society was founded in 1952 and is affiliated to Cinema for All. We show a
film on alternate Fridays from October to April, with a short film before each feature.

Contact: secretary@tarnbridgefilm.example | Charity no. 502271""",
        (
            expect("2025-10-10", "brief", "encounter", planned=True),
            expect("2025-10-24", "wild", "strawberries", planned=True),
            expect("2025-11-07", "beehive", planned=True),
            expect("2025-11-21", "tokyo", "story", planned=True),
            expect("2025-12-04", "general", "meeting", planned=True),
            expect("../2025-09-30", "renewals", planned=True),
            expect("1952", "found"),
        ),
    ),
)
