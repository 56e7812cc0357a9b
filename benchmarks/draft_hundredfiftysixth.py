"""The hundred-and-fifty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a blizzard
warning, a table tennis open report, a steelworks buyout release, a gold prospector's diary of
1897, a river dolphin survey report, a canal basin's history, an education department exam
results statement, a film festival HTML programme page, a patent office opposition decision,
a shipyard's history and a church's baptism register extract. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, a decade, "last
year" without a fact, "recently") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYSIXTH_CORPUS",)


HUNDREDFIFTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-operator-insolvency",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PORT VELLAN, March 14 (Meridian Wire) - The ferry operator Strandline Sea Links filed
for insolvency protection on Thursday, two days after its last seagoing vessel was detained
in Port Vellan over unpaid harbour dues, the company said.

The ferry Kessel Star was detained on Tuesday on the order of the harbour master, leaving
about 3,000 residents of the Kessel Islands without a scheduled crossing.

The district court appointed Ruth Calloway of Calloway Restructuring as administrator. She
said she would report to creditors by April 30, and that a first meeting with them will be
held on Monday.

The regional government is expected to name a temporary operator before March 28,
transport minister Ilse Markovic told reporters. "The islands cannot wait for the lawyers,"
she said.

Strandline lost its largest contract, a mail service for the island council, on or about
January 6, when the council moved the work to a rival carrier. The company, founded in 1987
by the shipowner Aldo Brevik, carries some 640,000 passengers a year and posted losses in
2019, 2021 and 2023.

The islands' council called the shutdown the worst disruption on the route since 2008.
Islanders, who cross to the mainland market every Saturday, have been told to book seats on
a chartered catamaran.

(Reporting by Joaquim Sall; Editing by Petra Hume; +47 2100 4417)""",
        (
            expect("2025-03-13", "insolvency"),
            expect("2025-03-11", "detain"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-03-17", "meeting", planned=True),
            expect("../2025-03-28", "operator", planned=True),
            expect("2025-01-06~", "contract"),
            expect("1987", "found"),
            expect("2019", "loss"),
            expect("2021", "loss"),
            expect("2023", "loss"),
        ),
    ),
    Text(
        "diagnostics-plant-opens",
        "press release",
        date(2024, 11, 20),
        """FOR IMMEDIATE RELEASE

Brightwater Diagnostics opens assay plant in Tarrow

TARROW, England, 20 November 2024 - Brightwater Diagnostics Ltd, the maker of rapid blood
tests for clinics and pharmacies, today opened its new assay manufacturing plant on the
Tarrow Business Park.

The 9,400-square-metre plant received its ISO 13485 certification on 4 October, nearly
seven weeks before today's opening. Construction had begun in March 2023. A second
production line is scheduled to start operation in 2026, and the company expects to hire
about 120 more staff at the site by December 2025.

"Tarrow is where this company began, and it is where we will grow," said chief executive
Helen Marsh-Okoro. "We will welcome our neighbours to an open day on Saturday."

Brightwater was founded around 2009 as a spin-out of a university laboratory. Its first
product, the RapidCK cardiac test, was launched in 2014 and is now sold in 31 countries. The
company has been listed on the AIM market of the London Stock Exchange since 2019.

Notes to editors
Brightwater Diagnostics Ltd (AIM: BWD) develops and makes point-of-care blood tests. Its
products are used in more than 4,000 clinics. Results for the year to 30 June are published
each September.

Media contact: Priya Nandakumar, Head of Communications
+44 1632 960412 | press@brightwater-dx.example
###""",
        (
            expect("2024-11-20", "plant", "open"),
            expect("2024-10-04", "certification"),
            expect("2023-03", "construction"),
            expect("2026", "line", planned=True),
            expect("../2025-12", "staff", planned=True),
            expect("2024-11-23", "open", "day", planned=True),
            expect("2009~", "found"),
            expect("2014", "launch"),
            expect("2019/..", "listed"),
        ),
    ),
    Text(
        "halloran-v-midlake",
        "court opinion",
        None,
        """SUPERIOR COURT OF THE COMMONWEALTH OF NORTH ALDEN
COUNTY OF BRENTON

HALLORAN FREIGHT, INC., Plaintiff,
v.
MIDLAKE WAREHOUSING LLC, Defendant.

Case No. 23-CV-04417
MEMORANDUM OPINION AND ORDER ON DEFENDANT'S MOTION FOR SUMMARY JUDGMENT
Filed: February 3, 2025

I. BACKGROUND

Plaintiff Halloran Freight, Inc. ("Halloran") and Defendant Midlake Warehousing LLC
("Midlake") entered into a storage agreement on April 12, 2019 (the "Agreement"). Midlake
agreed to store Halloran's goods at its Brenton facility for a term of five years.

On or about August 2, 2022, a fire broke out at the Brenton facility and destroyed part of
the stored inventory. Halloran notified Midlake of its claim on August 19, 2022, and Midlake
denied the claim on October 5 of that year. Halloran filed this suit on March 30, 2023,
alleging breach of contract and negligence under the Warehouse Receipts Act of 1986.

Midlake moved for summary judgment on September 8, 2024. The Court heard argument on
December 12.

II. DISCUSSION

Section 14 of the Agreement limits Midlake's liability to $0.50 per pound "unless a higher
value is declared in writing." Halloran does not dispute that it made no declaration. The
limitation therefore bars the contract claim above that amount. Whether Midlake's sprinkler
maintenance met the standard of reasonable care, however, is a question of fact for the jury.

III. CONCLUSION

For the foregoing reasons, Midlake's motion is GRANTED as to Count I and DENIED as to Count
II. The parties shall file a joint status report no later than February 28, 2025. A final
pretrial conference is set for April 22, 2025, at 10:00 a.m. in Courtroom 4B.

IT IS SO ORDERED.

/s/ Adaeze Nwankwo-Hart
Judge of the Superior Court""",
        (
            expect("2019-04-12", "agreement"),
            expect("2022-08-02~", "fire"),
            expect("2022-08-19", "notif"),
            expect("2022-10-05", "deni"),
            expect("2023-03-30", "suit"),
            expect("2024-09-08", "summary"),
            expect("2024-12-12", "argument"),
            expect("../2025-02-28", "report", planned=True),
            expect("2025-04-22", "conference", planned=True),
        ),
    ),
    Text(
        "kellmoor-history",
        "encyclopedia history",
        None,
        """Kellmoor

Kellmoor is a market town and civil parish in the county of Ardenshire, England, on the
River Kell about 14 miles (23 km) north-west of Hadley.

History

A settlement at Kellmoor is first recorded in about 1150, as Chelmore, in a grant of land to
the priory of St Neot at Hadley. The town received a market charter from the king in 1262,
and a market has been held on Thursdays ever since.

The parish church of St Aldric was built around 1340 and enlarged in 1488, when the west
tower was added. Kellmoor Grammar School was founded in 1571 by the wool merchant Robert
Dene and has occupied the former guildhall since 1604.

The railway reached the town in 1847, bringing a tannery and two breweries, and the station
closed in 1964, when the line to Hadley was cut back to a freight spur.

In January 1993 the Kell burst its banks and flooded some 600 homes; it was the worst flood
in the valley since 1795. A relief road to take through traffic off the High Street is
planned to open in 2028.

Landmarks

The town's buildings include the Market Cross, the sixteenth-century Dene Almshouses and
the former Corn Hall, now a museum of the wool trade.

See also
List of market towns in Ardenshire""",
        (
            expect("1150~", "record"),
            expect("1262", "charter"),
            expect("1340~", "church"),
            expect("1488", "enlarg"),
            expect("1571", "found"),
            expect("1604/..", "guildhall"),
            expect("1847", "railway"),
            expect("1964", "station"),
            expect("1993-01", "flood"),
            expect("2028", "road", planned=True),
        ),
    ),
    Text(
        "harbour-city-reach-final",
        "sports report",
        date(2024, 5, 6),
        """Harbour City 94, Rivertown 88: Oyelaran fires Harbour City into the final

By Dana Whitcombe, Sports Desk
Monday, May 6, 2024

Harbour City reached the National Basketball League final on Sunday night, beating
Rivertown 94-88 in the deciding game of their semi-final series in front of 6,120 fans at
the Bayside Arena.

Guard Marcus Oyelaran scored 31 points, 12 of them in the fourth quarter, in only his ninth
game since returning from injury. He broke his left wrist in a win over Eastvale on February
3 and missed six weeks.

Oyelaran, who joined Harbour City from Rivertown in January 2022, was booed by the visiting
supporters every time he touched the ball. "That's fine. I heard it all night and I enjoyed
it," he said.

Harbour City's 94 points were the club's highest playoff score since 2009. Coach Renata
Sollis, who has been in charge since 2019, said her side had "earned a rest". In 2016
Harbour City lost the final to Northgate in five games.

The rematch with Northgate begins with Game 1 in Northgate on Friday. A deciding Game 5, if
needed, would be played on May 19, and the club has said it will settle a new contract for
Sollis by May 31.

Harbour City play their home games on Saturday evenings at the Bayside Arena.""",
        (
            expect("2024-05-05", "final"),
            expect("2024-02-03", "wrist"),
            expect("2022-01", "join"),
            expect("2019/..", "sollis"),
            expect("2016", "final"),
            expect("2024-05-10", "game", planned=True),
            expect("2024-05-19", "game", planned=True),
            expect("../2024-05-31", "contract", planned=True),
        ),
    ),
    Text(
        "fenwick-ardley-history",
        "company history",
        None,
        """Our history

Fenwick & Ardley began in 1898, when Thomas Fenwick opened a small bakery on Mill Lane in
Dunmore, selling bread in the mornings and biscuits in the afternoons. His brother-in-law
George Ardley joined him as a partner the following year, bringing GBP 300 and a recipe for
oat crackers that the company still uses. The firm took its present name in 1903.

Demand grew quickly, and in 1926 the company moved to a purpose-built factory beside the
Dunmore Canal, where flour arrived by narrowboat. In 1958 it launched the Ginger Crown, a
thin spiced biscuit that remains our best-seller: we bake around 1,900 packets of it an
hour.

The family sold a majority stake to Harlow Foods in 1972, and bought it back in 1989, after
Harlow decided to leave the biscuit market. Since 2011 the company has been run by Clare
Fenwick-Ode, Thomas Fenwick's great-granddaughter.

Production moved to a new bakery in Staunton in about 2015, and the canal factory now
houses our offices and a small shop, open every day except Sunday. A new line for
gluten-free biscuits is to open at Staunton in 2026, and a visitor centre at the old
factory is due to open in spring 2027.

Today Fenwick & Ardley employs 340 people and sells in 18 countries. We are still
independent, still family-run, and still baking Ginger Crowns the way we always have.""",
        (
            expect("1898", "bakery"),
            expect("1899", "partner"),
            expect("1903", "name"),
            expect("1926", "factory"),
            expect("1958", "ginger"),
            expect("1972", "stake"),
            expect("1989", "back"),
            expect("2011/..", "run"),
            expect("2015~", "staunton"),
            expect("2026", "gluten", planned=True),
        ),
    ),
    Text(
        "kestrel-sample-return",
        "mission summary",
        None,
        """KESTREL - Mission summary
Nordic-Iberian Space Office (NISO) | Directorate of Science | Status: extended mission

KESTREL is NISO's first sample-return mission. It was designed to collect at least 60 g of
material from the near-Earth asteroid 2009 QK17, a rubble pile about 480 m across, and to
bring it back to Earth.

Timeline
The spacecraft was launched on 14 September 2021 on an Aurora-4 rocket from the Solvik
launch site. A fault in one of its two ion engines around 18 August 2022 was traced to a
clogged propellant valve and cleared after three weeks. KESTREL swung past Earth on 2
October 2022 and arrived at the asteroid on 21 June 2023.

After five months of mapping, the probe made its first touch-and-go sampling manoeuvre on
11 November, collecting an estimated 95 g. It departed from the asteroid in March 2024 and
is now cruising back towards Earth.

The prime mission ended on 31 March 2025, and KESTREL has been in extended operations since
1 April 2025. The sample capsule is scheduled to land on the Tarn Flats range on 27
September 2026. NISO will decide on a further extension by December 2026.

Key figures
Launch mass: 1,870 kg | Ion engines: 2 x 25 mN | Distance travelled: 4.1 billion km
Mission cost: EUR 612 million | Prime contractor: Solmark Space Systems""",
        (
            expect("2021-09-14", "launch"),
            expect("2022-08-18~", "fault"),
            expect("2022-10-02", "earth"),
            expect("2023-06-21", "arriv"),
            expect("2023-11-11", "sampl"),
            expect("2024-03", "depart"),
            expect("2025-03-31", "prime"),
            expect("2025-04-01/..", "extended"),
            expect("2026-09-27", "capsule", planned=True),
            expect("../2026-12", "extension", planned=True),
        ),
    ),
    Text(
        "avian-influenza-lowmere",
        "government statement",
        date(2025, 6, 18),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Press Office | Ref. MARA/PR/2025/114

Statement on avian influenza in Lowmere district
18 June 2025

The Ministry confirms that highly pathogenic avian influenza (H5N1) was detected on Monday at
a commercial poultry farm near Lowmere. A 3 km protection zone and a 10 km surveillance zone
were put in place around the premises the same day.

Culling of the flock of roughly 48,000 laying hens was completed yesterday under the
supervision of the State Veterinary Service. The carcasses have been removed for disposal.
This is the first outbreak in the district since 2017.

A housing order requiring all poultry to be kept indoors has been in force nationwide since
1 December 2024 and remains in place.

The Minister, Dr Henrik Salo, will visit the district on Friday to meet farmers and
veterinary staff. Officials will review the protection zone on 1 July, when it may be merged
into the surveillance zone if no further cases are found.

Farmers whose birds were culled on official orders are entitled to compensation at market
value. Claims must reach the Ministry no later than 31 August.

Keepers must report suspected disease immediately. The Animal Disease Helpline, 0800 555
0199, is staffed every day from 8:00 to 20:00.

Ends

Notes to editors: The risk to public health from this strain remains very low. Powers to
declare zones are set out in the Animal Health Act 2002.""",
        (
            expect("2025-06-16", "detect"),
            expect("2025-06-16", "zone"),
            expect("2025-06-17", "cull"),
            expect("2024-12-01/..", "housing"),
            expect("2025-06-20", "visit", planned=True),
            expect("2025-07-01", "review", planned=True),
            expect("../2025-08-31", "claim", planned=True),
        ),
    ),
    Text(
        "corn-exchange-library",
        "HTML news page",
        date(2024, 12, 4),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Corn Exchange library to reopen after four-year refit | Ashby Vale Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Corn Exchange library to reopen after four-year refit</h1>
<p class="byline">By <a href="/authors/leah-morrow">Leah Morrow</a>,
<time datetime="2024-12-04T07:30:00Z">4 December 2024</time></p>
<p>The Corn Exchange library in Ashby Vale will reopen to readers on Monday 16 December,
more than four years after it shut its doors, the borough council has said.</p>
<p>The library closed in November 2020 for what was meant to be an eighteen-month
refurbishment. Work on site only started in about March 2022, and costs rose sharply after
asbestos was found in the roof on 9 August 2023.</p>
<p>The building, a sandstone exchange built in about 1861 for the town's grain dealers,
became a public library in 1937. The refit is the council's largest building project since
1999.</p>
<p>"It has been a long wait," said councillor Samir Haddad. "People will find the old
reading room just as they remember it, with a lift and a caf&eacute; as well."</p>
<p>A community archive is to open on the first floor in February 2025. The library will be
open from Tuesday to Saturday each week.</p>
</article>
<footer><p>&copy; 2024 Ashby Vale Courier Ltd. Registered in England No. 04417822.</p>
</footer>
</body>
</html>""",
        (
            expect("2024-12-16", "reopen", planned=True),
            expect("2020-11", "closed"),
            expect("2022-03~", "work"),
            expect("2023-08-09", "asbestos"),
            expect("1861~", "built"),
            expect("1937", "library"),
            expect("2025-02", "archive", planned=True),
        ),
    ),
    Text(
        "kestrel-falls-blizzard",
        "blizzard warning",
        date(2025, 2, 3),
        """URGENT - WINTER WEATHER MESSAGE
Northern Plains Weather Office Kestrel Falls
345 AM CST Mon Feb 3 2025

ARZ014-015-021-031200-
Ardmore-Lisle-Wexley-
Including the cities of Kestrel Falls, Lisle, and Wexley Junction
345 AM CST Mon Feb 3 2025

...BLIZZARD WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY...

The Winter Storm Watch issued Sunday has been upgraded to a Blizzard Warning.

* WHAT...Blizzard conditions expected. Total snow accumulations of 8 to 12 inches. Winds
  gusting as high as 55 mph will cause whiteout conditions.

* WHERE...Ardmore, Lisle and Wexley counties.

* WHEN...From 6 PM this evening to noon CST Wednesday.

* IMPACTS...Travel could be very difficult to impossible. Widespread blowing snow will
  reduce visibility to near zero. Power outages are possible.

* ADDITIONAL DETAILS...Wind chills as low as 35 below zero are expected Thursday morning.
  The last blizzard warning for the area expired on January 12. This is expected to be the
  strongest storm since the blizzard of March 2013.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

Travel should be restricted to emergencies only. The City of Kestrel Falls snow emergency
takes effect at 3 PM today; vehicles parked on snow routes will be towed. Lisle County
schools will be closed Tuesday. If you must travel, keep an extra flashlight, food, and
water in your vehicle. Call 511 for road information.

The next statement will be issued by 4 PM CST.

&&

$$

BRANDT""",
        (
            expect("2025-02-03/2025-02-05", "blizzard", planned=True),
            expect("2025-02-02", "watch"),
            expect("2025-02-06", "wind", planned=True),
            expect("2025-01-12", "expir"),
            expect("2025-02-03", "emergency", planned=True),
            expect("2025-02-04", "school", planned=True),
        ),
    ),
    Text(
        "vesterby-open",
        "table tennis open report",
        date(2024, 8, 12),
        """VESTERBY OPEN: HAVRELUND TAKES FOURTH TITLE

By Karin Lund
VESTERBY, 12 August 2024

Top seed Lina Havrelund won the women's singles at the Vesterby Table Tennis Open on Sunday,
beating Mei-Ling Osei 4-2 (11-8, 9-11, 11-6, 11-13, 11-7, 11-5) in a final that lasted 58
minutes. She will lead the national team at the European Championships, which run from 14
to 20 October.

The Open, which ran from 6 to 11 August, drew 212 players from 31 associations and a crowd
of 1,850 for the finals.

Havrelund, 27, had already won the title in 2018, 2020 and 2022. "This hall feels like my
living room," she said.

In the men's event, left-hander Tomas Reyes beat defending champion Jun Takeda 4-1 on
Saturday. Reyes became the first left-handed men's winner since 2001. He trains twice a
day at the national centre in Osterholm.

The doubles titles went to the home pairs Sandberg/Lind and Aaro/Haukka.

The Open has been held at the Vesterby Arena since 1996. The next edition is scheduled for
4-9 August 2025.

Results
Women's singles final: L. Havrelund bt M.-L. Osei 4-2
Men's singles final: T. Reyes bt J. Takeda 4-1
Women's doubles final: Sandberg/Lind bt Osei/Marek 3-1
Men's doubles final: Aaro/Haukka bt Reyes/Duval 3-2""",
        (
            expect("2024-08-11", "havrelund"),
            expect("2024-10-14/2024-10-20", "european", planned=True),
            expect("2024-08-06/2024-08-11", "open"),
            expect("2018", "title"),
            expect("2020", "title"),
            expect("2022", "title"),
            expect("2024-08-10", "reyes"),
            expect("1996/..", "arena"),
            expect("2025-08-04/2025-08-09", "open", planned=True),
        ),
    ),
    Text(
        "calderbridge-buyout",
        "steelworks buyout release",
        None,
        """PRESS RELEASE

Workers' consortium completes buyout of Calderbridge steelworks

Calderbridge, 29 April 2025 - Ravensholm Steel Ltd, a consortium owned by employees of the
Calderbridge works and the regional investment fund Northgate Capital, today completed its
purchase of the plant from Orvane Metals plc.

The deal was agreed on 14 February and approved by the workforce in a ballot held from 10 to
12 March, in which 87% of those voting supported it. It received clearance from the
Competition Authority on 2 April.

The consortium will restart the No. 2 blast furnace by 30 June, and the first steel under
the new owners is expected in July. The furnace has been idle since October 2023. Ravensholm
plans to invest some GBP 85 million over five years, mainly in a new plate mill, and expects
to take on some 200 more workers by December 2026.

"For the first time in its history, this works belongs to the people who run it," said
Ravensholm chair Bernadette Quayle, a crane driver at the plant for 22 years.

The Calderbridge works opened in 1911 and was acquired by Orvane Metals in 1998. It employs
about 1,400 people.

Ends

Notes to editors
Ravensholm Steel Ltd is registered in England and Wales, company no. 10293847.
Media enquiries: Tom Arkwright, +44 113 496 0721, media@ravensholm.example""",
        (
            expect("2025-04-29", "complet"),
            expect("2025-02-14", "deal"),
            expect("2025-03-10/2025-03-12", "ballot"),
            expect("2025-04-02", "clearance"),
            expect("../2025-06-30", "restart", planned=True),
            expect("2025-07", "steel", planned=True),
            expect("2023-10/..", "idle"),
            expect("../2026-12", "workers", planned=True),
            expect("1911", "open"),
            expect("1998", "acqui"),
        ),
    ),
    Text(
        "harker-diary-1897",
        "gold prospector's diary of 1897",
        None,
        """From the diary of William Harker, gold seeker, 1897
(transcribed from the original notebook; spelling as written)

Aug. 14th, 1897. Landed on Dyea beach at last with Tom Beal & our outfit, near 1,100 lbs
between us. Rain all day. Paid the Indian packers' price, which is robbery.

Aug. 19th. Started packing up the trail to Sheep Camp. Tom's back bad. Saw two horses dead
in the canyon.

Sept. 2nd. Over the summit at last, 19 days from the beach. Fellow at the scales from Circle
City says a man named Dawes struck it on Bonanza about the 20th of August last year, and
that there is not a foot of ground left on that creek.

Sept. 9th. At Lake Bennett building our boat. Whipsawing green spruce is the meanest work I
ever did. Tom says we shall be in Dawson by the 1st of October if the river holds.

Sept. 26th. Launched the boat, the "Mary H.", at noon. Leaks some.

Oct. 4th. Reached Dawson. Flour $1 a lb and none to be had. Town full of men with no grub
talking of going out before the freeze.

Oct. 11th. Staked No. 14 below discovery on Hunker Creek. Tom means to go down to Fortymile
for flour on the 15th. Thermometer 8 below this morning. God keep Mother.""",
        (
            expect("1897-08-14", "dyea"),
            expect("1897-08-19", "sheep"),
            expect("1897-09-02", "summit"),
            expect("1896-08-20~", "struck"),
            expect("1897-09-09", "bennett"),
            expect("../1897-10-01", "dawson", planned=True),
            expect("1897-09-26", "boat"),
            expect("1897-10-04", "dawson"),
            expect("1897-10-11", "stak"),
            expect("1897-10-15", "fortymile", planned=True),
        ),
    ),
    Text(
        "sarawan-dolphin-survey",
        "river dolphin survey report",
        None,
        """LOWER SARAWAN CONSERVATION TRUST
Technical Report LSCT-TR-24/07

Sarawan River Dolphin Survey 2024: Summary Report

1. Background
The Sarawan river dolphin is confined to the lower 420 km of the Sarawan below the Tembak
barrage, which was completed in around 1979 and blocks upstream movement. Dolphins in this
reach were first counted systematically in 1993, when a boat survey found an estimated 210
animals. Repeat surveys in 2004, 2012 and 2018 recorded 171, 139 and 122 animals
respectively. Gillnets have been banned in the 60 km core reach since 2016.

2. Methods
The 2024 survey ran from 4 to 21 March, covering 412 km between Kuala Resak and the river
mouth. Two boats travelled downstream at 10 km/h with independent observer teams, and
sightings were pooled every 15 minutes. Abundance was estimated with the same
distance-sampling method as in earlier surveys.

3. Results
The survey recorded 61 encounters and an estimated 148 animals (CV 0.12), the first
increase since 1993. A calf carcass entangled in monofilament net was recovered at km 287
on 11 March; it was the only carcass found.

4. Recommendations
The Trust will submit these findings to the Provincial Wildlife Board by 30 June. A
follow-up survey is planned for March 2027, using the same route and protocol.

Contact: survey@lsct.example | Tel. +60 82 555 1240""",
        (
            expect("1979~", "barrage"),
            expect("1993", "count"),
            expect("2004", "survey"),
            expect("2012", "survey"),
            expect("2018", "survey"),
            expect("2016/..", "ban"),
            expect("2024-03-04/2024-03-21", "survey"),
            expect("2024-03-11", "carcass"),
            expect("../2024-06-30", "findings", planned=True),
            expect("2027-03", "survey", planned=True),
        ),
    ),
    Text(
        "hollin-wharf-basin",
        "canal basin's history",
        None,
        """Hollin Wharf Basin: a short history

Hollin Wharf Basin lies at the head of the Ashlow Canal, authorised by the Canal Act of
1791. The basin was dug between 1794 and 1796 by gangs of navvies under the engineer James
Pettifer, and the first boats arrived on 12 May 1796, carrying coal from the Ashlow pits.

A grain warehouse was added on the north side in 1811, and a second, larger one on the south
side two years later. Traffic peaked around 1840, when as many as 90 boats a week used the
basin. The railway reached Hollin in 1852, and the canal's decline was slow but steady.

The last commercial cargo, a load of roadstone, left the basin on or about 20 March 1961.
By then the south warehouse was roofless and the basin half silted.

The Hollin Basin Trust was formed in 1983 by local boaters to save what was left. It has
leased the site from the county council since 1990, and its volunteers have dredged the
basin and re-roofed the south warehouse, which now holds a cafe and a small museum.

Restoration of the north warehouse is to be completed by 2027. Visitors can take a trip boat
from the basin every Sunday afternoon between Easter and October.""",
        (
            expect("1794/1796", "dug"),
            expect("1796-05-12", "boats"),
            expect("1811", "warehouse"),
            expect("1813", "warehouse"),
            expect("1840~", "peak"),
            expect("1852", "railway"),
            expect("1961-03-20~", "cargo"),
            expect("1983", "trust"),
            expect("1990/..", "lease"),
            expect("../2027", "restoration", planned=True),
        ),
    ),
    Text(
        "senior-certificate-results",
        "education department exam results statement",
        date(2025, 8, 14),
        """DEPARTMENT FOR SCHOOLS AND SKILLS

News release | For publication: Thursday 14 August 2025

Senior Certificate results 2025

Results for the 2025 Senior Certificate were released today to 212,480 candidates at 8:00.
Candidates sat their written examinations between 12 May and 20 June, and marking was
completed on 25 July after a second check of 14,200 scripts.

The national pass rate is 81.2%, up from 79.6% last year and the highest since 2015. The
grading scale, in use since 2022, awards grades from 9 (highest) to 1.

Candidates who believe a paper was marked wrongly may ask their school to request a review
no later than 4 September. Resit examinations will take place from 3 to 14 November, and
certificates will be posted to schools by 30 September.

The Minister for Schools, Aoife Brannagh, will present the National Merit Awards to the top
50 candidates on Monday at the Assembly Rooms in Carrow. "Every one of these results
represents years of work," she said.

Ends

Enquiries: Press Office, 0300 555 2025 (weekdays 9:00-17:00)
Results helpline for candidates: 0300 555 1998""",
        (
            expect("2025-08-14", "results"),
            expect("2025-05-12/2025-06-20", "exam"),
            expect("2025-07-25", "marking"),
            expect("2022/..", "grading"),
            expect("../2025-09-04", "review", planned=True),
            expect("2025-11-03/2025-11-14", "resit", planned=True),
            expect("../2025-09-30", "certificate", planned=True),
            expect("2025-08-18", "award", planned=True),
        ),
    ),
    Text(
        "lakeshore-film-festival",
        "film festival HTML programme page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8">
<title>Programme | Lakeshore International Film Festival 2025</title></head>
<body>
<header>
<h1>Lakeshore International Film Festival</h1>
<p class="dates">9&ndash;18 October 2025 &middot; Regent Cinema &amp; Harbour Hall</p>
</header>
<main>
<section id="highlights">
<h2>Highlights</h2>
<ul>
<li><strong>Opening night</strong> &ndash; Thu 9 Oct, 19:30, Regent 1:
<em>The Salt Orchard</em> (dir. Noor Halabi), followed by a reception.</li>
<li><strong>Masterclass</strong> &ndash; Sat 11 Oct, 14:00, Harbour Hall: cinematographer
Piet Osterlind on shooting in natural light.</li>
<li><strong>Closing night</strong> &ndash; Sat 18 Oct, 20:00, Regent 1: awards ceremony
and <em>Low Tide</em> (dir. Matteo Brandl).</li>
</ul>
</section>
<section id="tickets">
<h2>Tickets</h2>
<p>Tickets go on sale on Monday 15 September at 10:00. Early-bird festival passes must be
booked by 31 August. Members' screenings continue every Wednesday at the Regent.</p>
</section>
<section id="about">
<h2>About the festival</h2>
<p>Founded in 1987 by the critic Ines Vallory, the festival has been based at the Regent
Cinema since 2003. This year's 39th edition brings 84 features from 41 countries.</p>
<p>Our retrospective strand opens with <em>Harbour Lights</em>, which premiered in
Lakeshore in 1962, shown in a new 4K restoration.</p>
</section>
</main>
<footer><p>Box office: 0161 555 0187 &middot; info@lakeshorefilm.example</p></footer>
</body>
</html>""",
        (
            expect("2025-10-09/2025-10-18", "festival", planned=True),
            expect("2025-10-09", "opening", planned=True),
            expect("2025-10-11", "masterclass", planned=True),
            expect("2025-10-18", "closing", planned=True),
            expect("2025-09-15", "tickets", planned=True),
            expect("../2025-08-31", "pass", planned=True),
            expect("1987", "found"),
            expect("2003/..", "regent"),
            expect("1962", "premiere"),
        ),
    ),
    Text(
        "primer-patent-opposition",
        "patent office opposition decision",
        None,
        """NORDIC PATENT OFFICE
Opposition Division

Date: 10.09.2025

DECISION REVOKING THE PATENT (Article 101(2) NPC)

Patent No.: NP 3 104 229
Application No.: 17 812 093.5
Proprietor: Helmark Coatings AB, Uppsala
Opponent: Valdane Chemie GmbH, Ludwigshafen
Title: Corrosion-resistant primer composition

Summary of facts and submissions

I. The patent application was filed on 14 March 2017, claiming the priority of an earlier
national application of 15 March 2016. The mention of the grant was published on 8
September 2021 (Bulletin 2021/36).

II. On 6 June 2022 the opponent filed an opposition against the patent in its entirety,
citing lack of novelty and inventive step (Article 100(a) NPC, with Articles 54 and 56 NPC
1973).

III. The opposition relies mainly on D3, a product brochure of the company Ferrosal which,
according to the opponent, was distributed at a trade fair in Lyon in October 2015. Its
exact date of distribution could not be established, and the proprietor contested it.

IV. The Division issued summons to oral proceedings on 19 December 2024 and set 2 May 2025
as the final date for written submissions.

V. At the oral proceedings held on 2 July 2025, the Division announced its decision to
revoke the patent.

Reasons for the decision

1. The Division considers it more likely than not that D3 was available to the public
before the priority date. D3 discloses a primer with every feature of claim 1 of the main
request and of the three auxiliary requests, which therefore lack novelty.

Possibility of appeal: an appeal may be filed within two months of notification of this
decision.

The Opposition Division: K. Lindqvist (Chair), M. Oduya, P. Renner""",
        (
            expect("2017-03-14", "application"),
            expect("2016-03-15", "priority"),
            expect("2021-09-08", "grant"),
            expect("2022-06-06", "opposition"),
            expect("2015-10?", "brochure"),
            expect("2024-12-19", "summons"),
            expect("../2025-05-02", "submissions"),
            expect("2025-07-02", "revo"),
        ),
    ),
    Text(
        "marrick-shipyard-history",
        "shipyard's history",
        None,
        """Marrick & Sons, Kestrel Point: a history of the yard

The yard was established on the east bank of the Tarne around 1868 by the brothers Eli and
Samuel Marrick, who had served their time as shipwrights at Hallport. Its first hull, the
schooner Ada Marrick, was launched on 3 April 1870 and traded in the Baltic for forty years.

The Marricks switched from wood to iron around 1885, when the first steam coasters were
ordered by Tarne owners. Between 1914 and 1918 the yard built 22 minesweepers and six
coasters for the Admiralty; a memorial at the gate names the 41 men of the yard who were
killed in the war.

The yard was nationalised in 1977 as part of Tarne Shipbuilders and privatised again in
1986. In between, its largest ship, the bulk carrier Northern Venture of 74,000 tonnes
deadweight, was delivered on 19 November 1981.

Since 1999 the yard has specialised in ferries and research vessels. Yard No. 1904, the
research vessel Aurora Tarne, was handed over to the Tarne Marine Institute in May 2019.

A covered building hall, large enough for ships of 160 m, is due to be completed in 2026,
allowing work to continue in all weathers. Today the yard employs 610 people and takes on
about 30 apprentices each year.""",
        (
            expect("1868~", "establish"),
            expect("1870-04-03", "launch"),
            expect("1885~", "iron"),
            expect("1914/1918", "minesweeper"),
            expect("1977", "nationali"),
            expect("1986", "privati"),
            expect("1981-11-19", "deliver"),
            expect("1999/..", "ferr"),
            expect("2019-05", "aurora"),
            expect("2026", "hall", planned=True),
        ),
    ),
    Text(
        "st-bridget-baptisms-1852",
        "church's baptism register extract",
        None,
        """PARISH OF ST BRIDGET, HOLLOWAY FEN, IN THE COUNTY OF ELYSHIRE
Extract from the Register of Baptisms, page 15, entries 114 to 117
(copied for an enquirer; columns as in the printed register)

No. | When baptised | Child's Christian name | Parents' names | Abode | Trade | By whom
----+---------------+------------------------+----------------+-------+-------+--------
114 | 1852 April 4  | Mary Ann (born 1 March) | John & Sarah Tolley | Fen End |
    |               | Labourer | H. Garside, Curate
115 | April 11      | George (born about 20 Jan.) | William & Eliza Brand | Drove Road |
    |               | Thatcher | H. Garside, Curate
116 | April 18      | Thomas & Ellen, twins (born 2 April) | Robert & Hannah Pell |
    |               | Fen End | Eel fisher | J. Ashdown, Rector
117 | April 25      | Emma (privately baptised 9 March; received into the Church this
    |               | day) | Ann Goodyear, singlewoman | The Street | - | J. Ashdown, Rector

Marginal note to No. 114, in a later hand: "Mary Ann married Jas. Cole at this church, June
1874?"

Note by the copyist: the register for these years is a printed book of the standard form,
with eight entries to a page. Entries 113 and 118 concern other families and are not
copied. The spelling of names is as written by the officiating minister. The register is
kept in the vestry safe and may be seen by appointment with the churchwardens, who meet on
the first Tuesday of each month.

Copied by R. Ashdown, Vicar""",
        (
            expect("1852-04-04", "bapti", "mary"),
            expect("1852-03-01", "mary"),
            expect("1852-04-11", "bapti", "george"),
            expect("1852-01-20~", "george"),
            expect("1852-04-18", "bapti", "thomas"),
            expect("1852-04-02", "thomas"),
            expect("1852-03-09", "privat", "emma"),
            expect("1852-04-25", "receiv", "emma"),
            expect("1874-06?", "marri"),
        ),
    ),
)
