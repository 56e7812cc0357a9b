"""The hundred-and-sixty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the tool or its earlier results, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, an earthquake aftershock forecast, a bowls championship report, a data centre
groundbreaking release, an emigrant's letters home of the 1870s, a dormouse survey report,
a swing bridge's history, a justice ministry prison statement, a county show HTML schedule
page, a traffic commissioner decision, a foundry's history and a rowing club's captain's
log. The organisations, people and facts are invented. Facts whose date a reader could take
two ways (a season, "next year", "last summer", a century), habits, comparisons and document
furniture are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTYSECOND_CORPUS",)


HUNDREDSIXTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "rail-line-reopens-after-landslide",
        "wire story with a dateline",
        date(2025, 3, 14),
        """KESTRELPORT, March 14 (Meridian Wire) - The Kestrelport-Alder Vale railway line
reopened to passengers on Thursday, nearly five months after a landslide buried a stretch of
track near the village of Orrin Cross.

The landslide struck on October 19, 2024, after two days of heavy rain, closing the
38-kilometre line. Repair work began on December 2 and was completed last Friday, three
weeks ahead of schedule. A permanent retaining wall will be finished by June 30, the network
operator Railcourse said, and until then trains will run at reduced speed past Orrin Cross.

Engineers said the slope had last been reinforced around 1990.

The line, opened in 1868, carries about 4,200 passengers a day. Flooding washed out the
embankment at Pellham in 2013, suspending services for 19 days. The latest closure was the
longest on the line since 1947.

A full timetable, with a train every 30 minutes, will start on Monday, March 24. Until then
a reduced hourly service operates, and the replacement buses that have run every day since
the slip will be withdrawn.

"Commuters have been very patient," said regional transport minister Ilse Varga, who has
promised that an inquiry into drainage on the line will report in the autumn.

(Reporting by Hana Sefton; Editing by Piet Laurens)""",
        (
            expect("2025-03-13", "line", "reopen"),
            expect("2024-10-19", "landslide"),
            expect("2024-12-02", "repair"),
            expect("2025-03-07", "complet"),
            expect("../2025-06-30", "wall", planned=True),
            expect("1990~", "slope", "reinforc"),
            expect("1868", "open"),
            expect("2013", "flood"),
            expect("2025-03-24", "timetable", planned=True),
        ),
    ),
    Text(
        "membrane-plant-dunmore",
        "press release",
        date(2025, 2, 11),
        """FOR IMMEDIATE RELEASE

Halcyon Water Technologies chooses Dunmore for second membrane plant

DUNMORE, 11 February 2025 - Halcyon Water Technologies Ltd, a maker of ceramic filtration
membranes for municipal water works, has chosen the Dunmore Business Park for its second
manufacturing plant, a EUR 48 million investment that will create some 140 jobs.

Construction is scheduled to begin in April 2025, and the plant is expected to start
production no later than 31 March 2026. It will be built to ISO 14001 standards and powered
in part by a 2.5 MW rooftop solar array.

Founded in 2009 as a spin-out of the University of Carrowmore, Halcyon opened its first
plant in Ashgrove in 2014. Its membranes now filter drinking water for about 3.1 million
people in eleven countries. The company won the National Engineering Innovation Award in
2018, 2020 and 2023, and has been listed on the Euronext Growth market since June 2019.

"Dunmore gives us the skilled workforce and the grid connection we need," said chief
executive Niamh Cordell. "We have doubled our order book in two years, and we intend to
keep our manufacturing close to our engineers."

A public information evening on the project will be held at Dunmore Town Hall on Thursday
27 February, and recruitment for the first 60 posts is to open on 3 March.

About Halcyon Water Technologies
Halcyon designs and makes ceramic membranes for water and wastewater treatment. It employs
310 people at its headquarters and plant in Ashgrove.

Media contact: Orla Brennan, +353 1 555 0147, press@halcyonwater.example""",
        (
            expect("2025-04", "construction", planned=True),
            expect("../2026-03-31", "production", planned=True),
            expect("2009", "found"),
            expect("2014", "first", "plant"),
            expect("2018", "award"),
            expect("2020", "award"),
            expect("2023", "award"),
            expect("2019-06/..", "listed"),
            expect("2025-02-27", "information", "evening", planned=True),
            expect("2025-03-03", "recruitment", planned=True),
        ),
    ),
    Text(
        "delacroix-v-pemberton-zoning",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT

DELACROIX HOLDINGS LLC, Appellant,
v.
ZONING HEARING BOARD OF PEMBERTON TOWNSHIP, Appellee.

No. 2023-CA-04417
Filed June 5, 2025

OPINION

MARSH, J.

Delacroix Holdings LLC appeals from an order of the Court of Common Pleas of Alder County
affirming the denial of its application for a use variance. We affirm in part and remand.

I. Background

Appellant purchased the parcel at 14 Mill Race Road on or about March 3, 2016. A lumber
yard had operated there for decades; the yard probably opened in 1931, although the record
on that point consists of a single undated photograph and one witness's recollection. The
yard closed in 2009.

On September 11, 2017, the Township adopted Ordinance No. 2017-12, which rezoned the parcel
for residential use. Appellant applied for a variance on January 8, 2019, seeking to run a
builders' merchant on the site. The Board denied the application on April 22 of that year,
finding no unnecessary hardship under Section 910.2 of the Municipalities Planning Code of
1968. The trial court affirmed on February 14, 2023, and this appeal followed.

II. Discussion

Appellant argues that the lumber yard was a lawful nonconforming use that survived the
rezoning. A nonconforming use is abandoned when it is discontinued for the period the
ordinance specifies, here twelve months. The yard had been closed for more than eight years
when the ordinance was adopted, and appellant offered no evidence of an intent to resume.

III. Conclusion

The order is affirmed insofar as it holds the nonconforming use abandoned. Because the
Board did not address appellant's alternative request for a special exception, we remand.
The Board shall hold a hearing on that request no later than August 29, 2025.

Jurisdiction relinquished.""",
        (
            expect("2016-03-03~", "purchas"),
            expect("1931?", "yard", "open"),
            expect("2009", "yard", "clos"),
            expect("2017-09-11", "ordinance"),
            expect("2019-01-08", "variance"),
            expect("2019-04-22", "board", "deni"),
            expect("2023-02-14", "affirm"),
            expect("../2025-08-29", "hearing", planned=True),
        ),
    ),
    Text(
        "vessenburg-history",
        "encyclopedia history",
        None,
        """Vessenburg

Vessenburg (Low Aldish: Vessenborg) is a market town in the Nether Aldmark district of the
province of Upper Lenz. It lies on the river Vesse, 23 kilometres south of Harlingmoor.

History

The area was settled in about 1050, when a community of fishermen built huts on the higher
ground above the Vesse. The town received a market charter from Count Ortwin II in 1214,
and its stone walls were built between 1290 and 1315. Fire devastated the town in 1389 and
again in 1402; after the second fire the council ordered that all houses be roofed with
tile.

The Church of St Aldric, begun around 1420, was consecrated in 1467. Its tower is 74 metres
high, and its west window holds the oldest stained glass in the province.

From 1632 to 1635 the town was occupied by a garrison of the Margrave of Lenz, and its
population fell by about a third. Recovery was slow: the cloth trade that had made the town
rich never returned, and Vessenburg became a quiet farming centre.

The railway reached Vessenburg in 1871 and brought a brief revival of trade in grain and
timber. Vessenburg has been the seat of the Nether Aldmark district since 1952.

Economy

Agriculture and food processing remain the largest employers. The town's weekly market is
held on Thursdays in the square below the church.""",
        (
            expect("1050~", "settled"),
            expect("1214", "charter"),
            expect("1290/1315", "walls"),
            expect("1389", "fire"),
            expect("1402", "fire"),
            expect("1420~", "church"),
            expect("1467", "consecrat"),
            expect("1632/1635", "occupied"),
            expect("1871", "railway"),
            expect("1952/..", "seat"),
        ),
    ),
    Text(
        "rovers-reach-quarter-finals",
        "sports report",
        date(2024, 11, 20),
        """Rovers edge Athletic to reach cup quarter-finals

By Dan Whitcombe, Football Correspondent
Wednesday 20 November 2024

Harlow Vale Rovers reached the quarter-finals of the Northern Counties Cup for the first
time since 2011 with a 2-1 win over Stanbridge Athletic at Mill Lane on Tuesday night.

Koffi Asante gave the hosts the lead in the 14th minute, turning in a low cross from Ryan
Pell, and Liam Carver doubled it with a header before the break. Athletic pulled one back
through substitute Jonah Fitch in the 78th minute but could not find an equaliser in front
of a crowd of 2,031.

It was a fourth win in five games since Rovers sacked manager Paul Dreyer on October 28 and
appointed Gemma Lowry as interim head coach two days later. "The players have responded to
everything we've asked of them," Lowry said.

Asante, who signed from Carrow United in January for an undisclosed fee, now has nine goals
this season. He missed the first month of the campaign with a hamstring injury.

Athletic manager Steve Ocampo said: "We have not won here since 2016 and it showed. We gave
them two soft goals and you cannot do that in a cup tie."

The quarter-final draw will be made on Monday, with the ties to be played on the weekend of
14-15 December. Before then Rovers host league leaders Dunmore Town on Saturday.""",
        (
            expect("2024-11-19", "rovers", "quarter"),
            expect("2024-10-28", "dreyer", "sack"),
            expect("2024-10-30", "lowry", "appoint"),
            expect("2024-01", "asante", "sign"),
            expect("2024-11-25", "draw", planned=True),
            expect("2024-12-14/2024-12-15", "ties", planned=True),
            expect("2024-11-23", "dunmore", planned=True),
        ),
    ),
    Text(
        "tamsin-and-reed-history",
        "company history",
        None,
        """Our history

Tamsin & Reed began in 1887, when Edith Tamsin opened a bakery on Cheapside Row in Lowford,
selling bread in the mornings and, from the afternoon oven, the oat biscuits that made her
name. Her nephew Arthur Reed joined as a partner around 1895, and the firm took the name it
still trades under.

In 1912 the business moved to a purpose-built factory beside the Lowford canal, where coal
arrived by barge and finished biscuits left the same way. The following year it registered
its best-known trademark, the Lowford Crumble.

From 1940 to 1945 the factory made ration biscuits for the armed forces, working three
shifts a day and employing more women than at any time before or since.

The Reed family sold the company to Halberd Foods in 1968. Under Halberd the range shrank to
six lines, and many in Lowford feared the factory would close. Instead it was bought back by
a management team led by Carol Ainsley on 1 April 1994, and the old recipes returned.

The company has baked only with palm-oil-free fats since 2006, and today produces some
1,450 tonnes of biscuits a year, sold in 14 countries. Every December the staff still bake a
batch of Edith's original recipe for Lowford's almshouses.

In 2027, our 140th anniversary year, we will reopen the original Cheapside Row shop as a
museum of baking. We hope to see you there.""",
        (
            expect("1887", "bakery"),
            expect("1895~", "reed", "partner"),
            expect("1912", "factory"),
            expect("1913", "trademark"),
            expect("1940/1945", "ration"),
            expect("1968", "halberd"),
            expect("1994-04-01", "ainsley"),
            expect("2006/..", "palm"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "aster-2-mission-summary",
        "mission summary",
        None,
        """ASTER-2 MISSION SUMMARY

Agency: Continental Space Directorate (CSD)
Target: near-Earth asteroid 2019 QX4
Status: cruise to Earth (sample return)

Overview
ASTER-2 was proposed in about 2014 by a team at the Valdane Institute of Planetary Science
and approved by the CSD science council in 2016. Its aim is to return at least 60 grams of
surface material from a carbon-rich asteroid.

Mission timeline
The spacecraft was launched on 14 September 2021 from Halvorsen Spaceport on a Tessaly-5
rocket. After an Earth gravity assist on 2 October 2022, it arrived at 2019 QX4 on 20 July
2023 and entered a 1.2 km orbit on 9 August. A boulder survey lasting some six weeks
followed, and the touch-and-go sample collection was carried out on 17 January 2024, when
the sampling arm spent 5.8 seconds in contact with the surface.

ASTER-2 left the asteroid on or about 3 May 2024; the exact departure time was not published
because a thruster anomaly delayed the final burn. The sample capsule is scheduled to land
at the Karoo Flats test range on 22 September 2026. After releasing the capsule the
spacecraft will go on to an extended mission, subject to funding.

Instruments
- AVC: visible camera (1,024 x 1,024 pixels)
- TIRS: thermal infrared spectrometer
- SAM-2: sampling mechanism

Mission cost: about 710 million euros (2016 prices)""",
        (
            expect("2014~", "proposed"),
            expect("2016", "approved"),
            expect("2021-09-14", "launch"),
            expect("2022-10-02", "gravity"),
            expect("2023-07-20", "arriv"),
            expect("2023-08-09", "orbit"),
            expect("2024-01-17", "sample"),
            expect("2024-05-03~", "left", "asteroid"),
            expect("2026-09-22", "capsule", planned=True),
        ),
    ),
    Text(
        "caldermoor-flooding-statement",
        "government statement",
        date(2025, 6, 5),
        """Department of Environment and Water
MINISTERIAL STATEMENT

Caldermoor valley flooding: statement by the Minister for the Environment, Rhian Tallis
5 June 2025

The flooding that began in the Caldermoor valley on Sunday has affected more than 1,100
homes and businesses, and I want first to thank the emergency services, council staff and
volunteers who have worked through the night to keep people safe.

I visited Harrowgate and Lower Fenn yesterday and saw the damage for myself. This is the
worst flooding in the valley since 1968, and the recovery will take months.

The Government has today activated the Disaster Relief Fund for the valley. Grants of up to
2,500 pounds per household will be paid from Monday 16 June, and applications must be
received by 31 August. Businesses can apply separately for rate relief through their
council.

I know many residents will ask why the Caldermoor flood defence scheme is not yet built. The
scheme was first proposed in 2008 and approved in 2019, and construction is under way at
Lower Fenn. I have asked the Agency to complete it before the end of 2027, and I will report
to Parliament on its progress every six months.

Residents who need help should call the flood line on 0800 555 0199, which is open 24 hours
a day.

Ends""",
        (
            expect("2025-06-01", "flood"),
            expect("2025-06-04", "visit"),
            expect("2025-06-05", "fund"),
            expect("2025-06-16", "grants", planned=True),
            expect("../2025-08-31", "applications", planned=True),
            expect("2008", "proposed"),
            expect("2019", "approved"),
            expect("../2027", "scheme", planned=True),
        ),
    ),
    Text(
        "old-tannery-museum-reopens",
        "HTML news page",
        date(2023, 9, 27),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Old Tannery Museum to reopen after three-year refit | Fellbridge Gazette</title>
</head>
<body>
<header><a href="/">Fellbridge Gazette</a> | <a href="/news">News</a> |
  <a href="/sport">Sport</a></header>
<article>
  <h1>Old Tannery Museum to reopen after three-year refit</h1>
  <p class="byline">By Priya Nandakumar |
    <time datetime="2023-09-27T08:15">27 September 2023</time></p>
  <p>The Old Tannery Museum in Fellbridge will reopen to visitors on Saturday, its trustees
  have confirmed, ending a closure that has lasted almost three years. The museum's cafe
  and shop will open on 9 October.</p>
  <p>The museum closed in October 2020 for a 4.2 million pound refit that was meant to take
  18 months. Work was held up when builders uncovered a medieval well beneath the drying
  loft in March 2021.</p>
  <p>Archaeologists believe the well was dug around 1350. It will be visible through a
  glass floor in the new entrance hall.</p>
  <p>The tannery building itself dates from about 1760. It stopped tanning hides in 1954
  and has housed the museum since 1979.</p>
  <p>"People have waited a long time, and we think it was worth it," said trustee chair
  Alan Brisco. A new gallery on leather-working is planned for spring next year.</p>
  <p>Admission remains free. The museum holds a family craft day on the first Sunday of
  every month.</p>
</article>
<footer>&copy; 2023 Fellbridge Gazette Ltd. Newsdesk: 01632 960481</footer>
</body>
</html>""",
        (
            expect("2023-09-30", "reopen", planned=True),
            expect("2023-10-09", "shop", planned=True),
            expect("2020-10", "clos"),
            expect("2021-03", "well", "uncover"),
            expect("1350~", "well", "dug"),
            expect("1760~", "building"),
            expect("1954", "tanning"),
            expect("1979/..", "museum"),
        ),
    ),
    Text(
        "tarrow-ridge-aftershock-forecast",
        "earthquake aftershock forecast",
        date(2025, 7, 22),
        """TARROW RIDGE EARTHQUAKE SEQUENCE - AFTERSHOCK FORECAST
Southern Geohazards Service | Update no. 4 | Issued Tuesday 22 July 2025, 10:00 local time

Summary
The M6.3 mainshock struck at 03:41 local time on Sunday 20 July 2025, 14 km north-east of
Tarrow, at a depth of 11 km. Since then our network has recorded more than 1,400
aftershocks. The largest aftershock, of magnitude 5.1, struck beneath Kelso Downs on Monday
afternoon and was felt as far away as Port Ellery. Aftershock rates are declining as
expected, but damaging aftershocks remain possible.

Forecast
Between 22 and 28 July we expect 40 to 110 aftershocks of magnitude 3 or greater. The
chance of one or more M5+ aftershocks in that period is 27%, and the chance of an M6+
earthquake is about 4%. Aftershocks may continue for months to years.

Background
The sequence lies on the Kelso fault segment, which last ruptured in about 1887. An M5.8
earthquake struck 20 km to the north on 4 March 1952. Sunday's mainshock is the largest in
the region since 1931.

Monitoring
Seismograph station TRW3, near the epicentre, has been offline since 18 July because of a
power fault. A temporary station was installed at Kelso Downs yesterday.

What happens next
The next forecast update will be issued on Friday 25 July. A public meeting with our
scientists will be held at Tarrow Community Hall on Thursday evening.

Model: ETAS v2.3, calibrated on the 1974-2024 regional catalogue.
Duty seismologist: +64 4 555 0172""",
        (
            expect("2025-07-20", "mainshock"),
            expect("2025-07-21", "largest", "aftershock"),
            expect("2025-07-22/2025-07-28", "aftershocks", planned=True),
            expect("1887~", "ruptur"),
            expect("1952-03-04", "earthquake"),
            expect("2025-07-18/..", "offline"),
            expect("2025-07-21", "station", "install"),
            expect("2025-07-25", "update", planned=True),
            expect("2025-07-24", "meeting", planned=True),
        ),
    ),
    Text(
        "county-pairs-bowls-final",
        "bowls championship report",
        date(2024, 8, 12),
        """EASTMOOR COUNTY BOWLING ASSOCIATION
Championship report - week 6
Monday 12 August 2024

MARSH AND PELLOW TAKE PAIRS TITLE

Jean Marsh and Tessa Pellow (Cleeve) are the county pairs champions after beating Ann
Duggan and Rosa Finch (Hatherby) 21-14 over 18 ends in the final at Aldwick Park on Sunday.

Pellow's drawing was the difference: she held shot on eleven of the last fourteen ends, and
Marsh, skipping, needed only two drives all afternoon. It was the first pairs title for a
Cleeve team since 1987.

Marsh, who won the county singles in 2009, 2013 and 2019, now has eleven county titles. "I
still get nervous on the first end," she said.

FOURS
The fours semi-finals, abandoned because of rain on 3 August, were completed at Aldwick Park
on Saturday. Cleeve (skip D. Hooper) beat Marsden Park 19-17 after an extra end, and
Lowther beat Hatherby 24-11. The final will be played at Aldwick Park on Sunday 18 August,
starting at 2pm. Spectators are welcome; tea is served from 3.30pm.

CLUB NEWS
Cleeve BC, founded in about 1904, has now produced 37 county champions. Entries for the
winter indoor league must reach the secretary by 30 September. Matches are played every
Tuesday evening at Lowther Indoor Bowls Centre.

Secretary: Mrs P. Allender, 14 Orchard Way, Eastmoor EM4 2LB. Tel. 01632 960712""",
        (
            expect("2024-08-11", "pairs"),
            expect("2009", "singles"),
            expect("2013", "singles"),
            expect("2019", "singles"),
            expect("2024-08-03", "abandon"),
            expect("2024-08-10", "complet"),
            expect("2024-08-18", "final", planned=True),
            expect("1904~", "cleeve", "found"),
            expect("../2024-09-30", "entries", planned=True),
        ),
    ),
    Text(
        "kellaway-fields-groundbreaking",
        "data centre groundbreaking release",
        date(2025, 5, 8),
        """NEWS RELEASE

Northbeam Digital breaks ground on 96 MW Kellaway Fields campus

KELLAWAY, 8 May 2025 - Northbeam Digital today broke ground on its data centre campus at
Kellaway Fields, a 41-hectare former airfield on the edge of Wexcombe. The ceremony was
attended by the leader of Wexcombe Borough Council, Cllr Sunita Bhatt. A community liaison
group will meet for the first time on 2 June, and a jobs fair for construction trades is to
be held at Wexcombe College on 19 June.

The campus will house three data halls with a combined IT load of 96 MW. The first hall is
scheduled to go live in September 2026, with the full campus completed by the end of 2028.
All three halls will be cooled by a closed-loop system and powered by renewable electricity
under a 15-year supply agreement.

The airfield closed in 1994, and Northbeam acquired the site in November 2023. Planning
permission was granted on 19 December 2024 after a seven-month consultation.

"Kellaway Fields is the biggest investment in the borough in a generation," said Bhatt.
Waste heat from the campus will warm the neighbouring Kellaway Fields housing estate from
winter 2026.

About Northbeam Digital
Founded in 2015, Northbeam Digital designs, builds and operates data centres in the UK and
Ireland. It has operated its 30 MW Harbury campus since 2018.

Media enquiries: media@northbeam.example | +44 161 555 0143""",
        (
            expect("2025-05-08", "ground"),
            expect("2025-06-02", "liaison", planned=True),
            expect("2025-06-19", "jobs", "fair", planned=True),
            expect("2026-09", "hall", planned=True),
            expect("../2028", "campus", planned=True),
            expect("1994", "airfield"),
            expect("2023-11", "acquired"),
            expect("2024-12-19", "planning"),
            expect("2015", "found"),
            expect("2018/..", "harbury"),
        ),
    ),
    Text(
        "ashdown-letters",
        "emigrant's letters home of the 1870s",
        None,
        """THE ASHDOWN LETTERS
Letters of Thomas Ashdown, farm labourer, to his mother at Brill's Green.
Transcribed from the originals; spelling as written.

I.
Port Ellery, 9th December 1873

Dear Mother,
We came to anchor here on Thursday last the 4th, after a passage of 97 days, having sailed
from Gravesend on the 29th of August. Two children died on the voyage and was buried at
sea, but I kept well throughout. Mr Fenwick of Glen Orra has took me on at forty pounds a
year and my keep, and I start with him on Monday. He come out here about 1852 and has
3,000 sheep.

II.
Glen Orra, 16th May 1874

Dear Mother,
I am very comfortable here and the work is not so hard as at home. They opened the railway
from the port to Kelso Flat on the 1st of this month and there was a band and a dinner for
all hands. I have put by eleven pounds. Annie shall come out by the Clarissa, which sails
from London in September, and I have wrote to her father. Tell Will there is land to be
had for them as will work.

III.
Glen Orra, 3rd January 1876

Dear Mother,
You will have heard by now from Annie's people that we was married at St Luke's, Port
Ellery, on the 20th November 1875. She is well and sends her love. We take up our own
section of 60 acres at Waiora on the 25th of March, Mr Fenwick having lent me the first
payment. I go to church every Sunday as I promised.

Your loving son,
Thomas""",
        (
            expect("1873-12-04", "anchor"),
            expect("1873-08-29", "gravesend"),
            expect("1873-12-15", "start", planned=True),
            expect("1852~", "fenwick"),
            expect("1874-05-01", "railway"),
            expect("1874-09", "clarissa", planned=True),
            expect("1875-11-20", "married"),
            expect("1876-03-25", "section", planned=True),
        ),
    ),
    Text(
        "hazelbrook-dormouse-survey",
        "dormouse survey report",
        None,
        """HAZELBROOK WOOD - HAZEL DORMOUSE NEST-BOX SURVEY
Annual report, 2024 season
Surveyor: Meg Ashcroft (Wildlife Licensing Office class licence 2019-18456-CL10)
Site: Hazelbrook Wood, Harewold. Grid ref. ST 584 271

1. Summary
The 2024 survey season ran from 15 April to 21 October, with the 50 nest boxes checked once
a month under the county dormouse monitoring scheme. Numbers were good and breeding was
recorded for the first time in three years.

2. Results
The first dormouse of the year, a torpid adult male, was found in box 37 on 14 May. The
highest count came on 17 September, when 23 animals were recorded, including two litters
of young. Dormice or their nests were found in 19 boxes during the season, against 14 in
2023. The count of 23 is the highest since 2016.

3. Site history
Hazelbrook Wood has been managed by the Harewold Wildlife Trust since 1987. Dormice were
first recorded there in about 1998, from gnawed hazelnuts found by a volunteer, and the
present boxes were put up in March 2011.

4. Recommendations
A further 30 boxes will be installed along the northern boundary in March 2025.
Compartment 4 is to be coppiced before 28 February 2026, leaving at least a third of the
hazel standing, and the bramble margins should be left uncut. Boxes are cleaned out each
November.""",
        (
            expect("2024-04-15/2024-10-21", "season"),
            expect("2024-05-14", "first", "dormouse"),
            expect("2024-09-17", "count"),
            expect("1987/..", "trust"),
            expect("1998~", "recorded"),
            expect("2011-03", "boxes"),
            expect("2025-03", "boxes", planned=True),
            expect("../2026-02-28", "coppic", planned=True),
        ),
    ),
    Text(
        "carrick-haven-swing-bridge",
        "swing bridge's history",
        None,
        """Carrick Haven Swing Bridge

The Carrick Haven Swing Bridge carries Quay Street across the entrance to the Inner Harbour
at Carrick Haven. Before it was built, a rowing ferry linked the two quays.

Construction
The bridge was authorised by the Carrick Haven Harbour Act 1859. Work began in March 1862
under the engineer Jonas Wetherby, and the bridge opened on 6 August 1864, when the mayor
was swung across the harbour on its deck. The wrought-iron span, 38 metres long, turns on a
central pier. It was originally swung by hand, with four men walking a capstan; hydraulic
machinery was installed in 1897.

Accidents and alterations
On 12 January 1931 the steamer Corvina, leaving the harbour in a gale, struck the open span
and bent two of its girders. The bridge reopened on 3 October after repairs at the Harrowby
foundry. It was converted to electric drive in about 1958. At its busiest it swung 1,864
times in a year for shipping.

Recent history
The bridge has been a listed structure since 1972. As traffic in the Inner Harbour declined,
the council fixed the span shut in 2019, and it now opens only for inspection. A restoration
funded by the Heritage Harbours Fund is to be completed by December 2026, after which the
bridge will swing again for visiting tall ships.""",
        (
            expect("1862-03", "work"),
            expect("1864-08-06", "open"),
            expect("1897", "hydraulic"),
            expect("1931-01-12", "corvina"),
            expect("1931-10-03", "reopen"),
            expect("1958~", "electric"),
            expect("1972/..", "listed"),
            expect("2019", "shut"),
            expect("../2026-12", "restoration", planned=True),
        ),
    ),
    Text(
        "blackmoor-prison-statement",
        "justice ministry prison statement",
        date(2025, 2, 11),
        """DEPARTMENT OF JUSTICE AND CORRECTIONS
Press Office

Statement: death in custody and update on Blackmoor Prison
Tuesday 11 February 2025

A prisoner died at Blackmoor Prison on Sunday. Staff found the man, who was 34,
unresponsive in his cell at about 6.20am and began emergency first aid; paramedics attended
but he was pronounced dead at the scene. His next of kin have been informed. As with all
deaths in custody, the independent Prisons Ombudsman will investigate and the coroner has
been notified.

Following the disturbance on the evening of 28 January, in which three officers were
injured, 14 prisoners were transferred to other prisons between 29 January and 2 February.
Two wings remain closed while damaged cells are repaired.

An unannounced inspection by the Chief Inspector of Prisons took place from 3 to 7
February. The inspectorate will publish its report in due course. A new healthcare wing is
due to open by 30 April.

Blackmoor, which opened in 1926 and holds about 780 men, has been in special measures since
October 2023. Recruitment has increased officer numbers by 40 since last summer.

The Minister for Prisons, Daniel Okoro, will visit Blackmoor on Thursday to meet staff and
the Independent Monitoring Board.

A Department spokesperson said: "Our thoughts are with the family of the man who died. We
will not comment further while the Ombudsman's investigation is under way."

Media enquiries: 020 7946 0311 (24 hours)""",
        (
            expect("2025-02-09", "prisoner"),
            expect("2025-01-28", "disturbance"),
            expect("2025-01-29/2025-02-02", "transfer"),
            expect("2025-02-03/2025-02-07", "inspection"),
            expect("../2025-04-30", "healthcare", planned=True),
            expect("1926", "blackmoor", "open"),
            expect("2023-10/..", "special", "measures"),
            expect("2025-02-13", "visit", planned=True),
        ),
    ),
    Text(
        "westlow-county-show-schedule",
        "county show HTML schedule page",
        date(2025, 5, 8),
        """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Show Schedule 2025 - Westlow County Show</title></head>
<body>
<nav><a href="/">Home</a> <a href="/tickets">Tickets</a> <a href="/schedule">Schedule</a>
  <a href="/contact">Contact</a></nav>
<main>
<h1>Westlow County Show 2025: schedule</h1>
<p class="updated">Page updated 8 May 2025</p>
<p>The 162nd Westlow County Show takes place at Hatherby Showground on
  <strong>Friday 15 and Saturday 16 August 2025</strong>. Gates open at 8am each day.</p>
<h2>Entries</h2>
<ul>
  <li>Livestock entries must be received by <strong>11 July</strong>. Late entries cannot
    be accepted.</li>
  <li>Horticulture and home-craft entries close on <strong>1 August</strong>.</li>
  <li>Trade stand bookings: see <a href="/trade">trade stands</a>.</li>
</ul>
<h2>Highlights</h2>
<ul>
  <li><strong>Friday 15 August:</strong> the Westlow Open Sheep Shearing Championship
    final, main ring, 4pm.</li>
  <li><strong>Saturday 16 August:</strong> the Grand Parade of Champions, main ring,
    3pm.</li>
</ul>
<h2>About the show</h2>
<p>The show was first held in 1858 on Westlow Common and moved to Hatherby in about 1921.
  It was cancelled in 2001, when foot-and-mouth disease closed the countryside, and again
  in 2020.</p>
<p>Adult tickets cost &pound;18 in advance. Under-16s go free.</p>
</main>
<footer>&copy; 2025 Westlow Agricultural Society. Registered charity no. 1034567.
  Tel. 01632 960 844</footer>
</body>
</html>""",
        (
            expect("2025-08-15/2025-08-16", "show", planned=True),
            expect("../2025-07-11", "livestock", planned=True),
            expect("2025-08-01", "horticulture", planned=True),
            expect("2025-08-15", "shearing", planned=True),
            expect("2025-08-16", "parade", planned=True),
            expect("1858", "first"),
            expect("1921~", "hatherby"),
            expect("2001", "cancel"),
            expect("2020", "cancel"),
        ),
    ),
    Text(
        "kinsale-haulage-decision",
        "traffic commissioner decision",
        None,
        """TRAFFIC COMMISSIONER FOR THE WESTERN TRAFFIC AREA

DECISION

KINSALE HAULAGE LTD - OH2093417

Background
1. Kinsale Haulage Ltd ("the operator") has held a standard national goods vehicle
operator's licence since 12 June 2014, authorising nine vehicles and four trailers. Its
sole director is Mr Dean Kinsale and its nominated transport manager is Ms Lorna Pike.
2. The operator previously appeared at public inquiry in 2019, when my predecessor issued a
formal warning about maintenance.
3. On 8 May 2024 a Vehicle Standards Agency examiner issued an immediate prohibition to
vehicle KX19 ABC at the Penbury check site for a seriously defective brake. A traffic
examiner visited the operator's yard on 22 July and returned on 29 July to complete a
maintenance investigation.
4. I called the operator to a public inquiry, which was held at Carrow House, Penbury, on
14 January 2025. Mr Kinsale and Ms Pike attended, represented by Mr A. Greaves, solicitor.

Findings
5. Safety inspections were not carried out at the stated six-weekly intervals, and driver
defect reports were not completed on most days. I find that section 26(1)(c)(iii) and (f)
of the Goods Vehicles (Licensing of Operators) Act 1995 apply.

Decision
6. The licence is curtailed to six vehicles from 23:59 on 3 March 2025 until 23:59 on 31
March 2025.
7. Ms Pike has lost her good repute and is disqualified from acting as a transport manager
from 3 March 2025 until 2 February 2027.
8. The operator must send an independent audit of its maintenance systems to my office no
later than 30 April 2025.

H. Stenhouse
Traffic Commissioner for the Western Traffic Area
3 February 2025""",
        (
            expect("2014-06-12/..", "licence"),
            expect("2019", "warning"),
            expect("2024-05-08", "prohibition"),
            expect("2024-07-22", "visit"),
            expect("2024-07-29", "investigation"),
            expect("2025-01-14", "inquiry"),
            expect("2025-03-03/2025-03-31", "curtail", planned=True),
            expect("2025-03-03/2027-02-02", "disqualif", planned=True),
            expect("../2025-04-30", "audit", planned=True),
        ),
    ),
    Text(
        "harrowby-bell-foundry-history",
        "foundry's history",
        None,
        """Harrowby Bell Foundry: a short history

The foundry in Well Street, Laxton, was established in or about 1710 by Josiah Harrowby, a
brazier who had learned the craft in his father's pewter shop. His grandson Samuel cast the
tenor bell of St Edmund's, Laxton, in 1769; it still hangs there and is rung every Sunday.

The firm moved to larger premises on Furnace Lane in 1838, and the old Well Street foundry
was demolished two years later. Between 1914 and 1918 the works made shell casings, and
most of the bell-hangers left for the army.

The foundry's largest bell, the 4.1-tonne "Great Tom" of Harlingmoor Town Hall, was poured
on 11 November 1921 in front of a crowd of several hundred.

The Harrowby family sold the business around 1955 to the Laxton engineering firm of Pryor &
Dunn, which kept the Harrowby name. Production of church bells ended on 30 June 1981, when
the last bell, a treble for St Mary's, Oakley, was tuned, and the works turned to
architectural ironwork and bollards. In all, the foundry cast about 1,912 bells, of which
some 600 are still in use.

The Furnace Lane buildings have been listed since 1994. The former moulding shop will open
as a heritage centre in 2026, with the original casting pit and a display of bell
patterns.""",
        (
            expect("1710~", "establish"),
            expect("1769", "tenor"),
            expect("1838", "furnace"),
            expect("1840", "demolish"),
            expect("1914/1918", "shell"),
            expect("1921-11-11", "great", "tom"),
            expect("1955~", "sold"),
            expect("1981-06-30", "production"),
            expect("1994/..", "listed"),
            expect("2026", "heritage", planned=True),
        ),
    ),
    Text(
        "tallow-reach-captains-log",
        "rowing club's captain's log",
        None,
        """TALLOW REACH ROWING CLUB
Captain's Log - Season 2025
Captain: R. Ilesanmi

Date       | Crew      | Flag  | Notes
-----------+-----------+-------+---------------------------------------------------------
Sat 5 Apr  | M1 VIII   | Green | First outing in new eight "Hester Vane", christened by
           |           |       | the President on Thursday. Ran well; rigging at 3 needs
           |           |       | work.
Wed 9 Apr  | W1 IV     | Amber | Outing cut short below Mill Lock, stream rising fast.
Sun 13 Apr | All       | Red   | River closed to rowing by the Conservancy. Ergs in the
           |           |       | boathouse instead.
Wed 16 Apr | Novices   | Green | Learn-to-row course began: 11 novices, 2 coaches.
Sat 26 Apr | M1 VIII   | Green | Won Senior 3 at Tallow Spring Head by 4 sec. First
           |           |       | pennant for the club since 2018.
Sat 3 May  | W1 IV     | Green | Seat racing. Crew picked for Hallam Regatta (14-15 June).

Notes
- Boathouse roof repair to be finished by 31 July (Committee).
- The club has rented Bay 3 at Ferry Wharf since 2019; lease renewal under discussion.
- Captain's outings continue every Saturday at 07:30. Sign the board by Thursday night.
- Flags: Green = all crews; Amber = senior crews only; Red = no rowing.""",
        (
            expect("2025-04-05", "first", "outing"),
            expect("2025-04-03", "christen"),
            expect("2025-04-09", "outing", "cut"),
            expect("2025-04-13", "river"),
            expect("2025-04-16", "course"),
            expect("2025-04-26", "senior"),
            expect("2025-05-03", "picked"),
            expect("2025-06-14/2025-06-15", "regatta", planned=True),
            expect("../2025-07-31", "roof", planned=True),
            expect("2019/..", "bay"),
        ),
    ),
)
