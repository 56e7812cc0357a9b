"""Two more batches of texts for ``kztimeline draft``, written without reading the draft's
rules or the earlier texts, and scored once as they stand before any change they may lead
to: their first reading is the estimate on text the draft has not seen. Same form as
``draft_corpus.py``.

Each text holds, beside its dated facts, the numbers and dates that are none: ages,
amounts and tonnages (``2,015 tonnes``), clock times (``at 2015 GMT``), telephone, case,
project and model numbers, a ``section 1983`` claim, page numbers, cited works, years used
as names (``Annual Report 2022``), comparisons (``the highest since the 1960s``), habits
(``every Saturday``), and dates in page furniture (a story number, a docket, a photo
caption). The fifth batch's misses may be studied; the sixth stays the unseen estimate.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTH_CORPUS", "SIXTH_CORPUS")


FIFTH_CORPUS: tuple[Text, ...] = (
    Text("copper-shaft", "wire story", None, """\
Copper miner halts deepest shaft after flooding

By Dana Kemelova

ZHEZKAZGAN, Nov. 18, 2021 (KazNews) – Copper producer Ulytau Metals suspended work at its
deepest shaft on Wednesday after groundwater flooded two of its lower levels, the company said.

No one was hurt. The shaft, sunk in 1974, produced 2,015 tonnes of copper in concentrate in the
third quarter of 2021, about a tenth of the group's output.

Pumping is expected to take two weeks, and the company will decide on a restart before Dec. 10.
Ulytau's shares fell 6.4 percent on Thursday, their steepest drop since March 2020.

Story No. 4471-KZ 18/11/2021 14:02
""", (
        expect("2021-11-17", "suspended"),
        expect("1974", "sunk"),
        expect("2021-07/2021-09", "produced"),
        expect("../2021-12-10", "restart", planned=True),
        expect("2021-11-18", "shares"),
    )),
    Text("ammonia", "press release", None, """\
FOR IMMEDIATE RELEASE

Karatau Chemicals Commissions Second Ammonia Line

TARAZ, Kazakhstan – 4 September 2023 – Karatau Chemicals JSC today announced the commissioning
of its second ammonia line, built at a cost of KZT 96 billion, which produced its first ammonia
on 22nd August.

Construction began in mid-2021. The line will reach its full capacity of 1,350 tonnes a day in
Q1 2024, the company said.

Karatau Chemicals was established in 1999 and has supplied fertiliser to farmers in the south
of the country since 2003.

Media contact:
Aliya Nurpeisova, +7 7262 43 19 85, press@karatau-chem.example
###
""", (
        expect("2023-09-04", "commissioning"),
        expect("2021", "construction"),
        expect("2023-08-22", "first ammonia"),
        expect("2024-01/2024-03", "capacity", planned=True),
        expect("1999", "established"),
        expect("2003/..", "fertiliser"),
    )),
    Text("containers", "court opinion", date(2021, 1, 14), """\
IN THE DISTRICT COURT OF THE CITY OF ARANSK
Case No. 2-1983/2020

BEREN LOGISTICS LLP v. ARANSK CUSTOMS OFFICE

OPINION AND ORDER

Plaintiff Beren Logistics LLP brings claims under section 1983 of the Civil Code against the
Aransk customs office for the seizure of 38 refrigerated containers.

On or about 3 October 2019, customs officers detained the containers at the Kolbay crossing.
The plaintiff asked for their release on 11 October 2019, and again two weeks later. The
containers were released on 9 December 2019, after their cargo had spoiled.

The plaintiff filed this action on 2 March 2020. The Court heard argument between 3 and 5
November 2020. For the reasons below, the claims are dismissed in part.
""", (
        expect("2019-10-03~", "detained"),
        expect("2019-10-11", "asked"),
        expect("2019-10-25", "asked"),
        expect("2019-12-09", "released"),
        expect("2020-03-02", "filed"),
        expect("2020-11-03/2020-11-05", "argument"),
    )),
    Text("fortress", "encyclopedia history", None, """\
Kyzyl-Tas fortress

Kyzyl-Tas is a ruined fortress on the left bank of the Ili river, about 40 km east of the town
of Zharkent.

The fortress was built c. 1730 by the Dzungar khans and is believed to have been abandoned in
1758. Russian surveyors mapped the ruins in 1856, and the following year a Cossack post was set
up beside them.

Excavations took place in 1968, 1971 and 1974 under the archaeologist N. Beisenov (Beisenov
1979, pp. 40-62). The site has been protected as a monument of national importance since 1982.
""", (
        expect("1730~", "built"),
        expect("1758?", "abandoned"),
        expect("1856", "mapped"),
        expect("1857", "cossack post"),
        expect("1968", "excavations"),
        expect("1971", "excavations"),
        expect("1974", "excavations"),
        expect("1982/..", "protected"),
    )),
    Text("boxing", "sports report", date(2024, 10, 13), """\
Zhaksybekov keeps welterweight title in Almaty

Daniyar Zhaksybekov, 29, retained his WBA welterweight title on Saturday with a unanimous points
win over Mexico's Luis Ortega at the Baluan Sholak Palace. Ortega, 31, had stopped the former
champion in the sixth round in Monterrey on 6th July.

Zhaksybekov won the belt in Las Vegas in April 2022 and has now defended it three times. He
turned professional in 2016 and has not lost in 24 fights.

His promoter said a unification bout with the IBF champion is planned for early 2025, possibly
in Riyadh.
""", (
        expect("2024-10-12", "retained"),
        expect("2022-04", "won", "belt"),
        expect("2016", "professional"),
        expect("2024-07-06", "stopped"),
        expect("2025", "unification", planned=True),
    )),
    Text("dairy", "company history", None, """\
About us

Altyn Dala Dairy is a family company from the Akmola region. We process 2,015 tonnes of milk
every year. Our story:

1994 – Serik and Gulnar Abenov buy twelve cows and sell milk at the Kokshetau market.
1998 – The first cheese workshop opens in a rented barn.
2003: The company moves to its own plant in Shchuchinsk.
2011 — Altyn Dala yoghurt reaches supermarket shelves in Astana and Almaty.

From 2016 onwards, all our milk has come from certified organic farms. In 2025 we will open a
visitor farm for schools.
""", (
        expect("1994", "cows"),
        expect("1998", "cheese"),
        expect("2003", "plant"),
        expect("2011", "yoghurt"),
        expect("2016/..", "organic"),
        expect("2025", "visitor farm", planned=True),
    )),
    Text("tulpar", "space mission summary", None, """\
Mission summary: Tulpar-2 lunar orbiter

Tulpar-2, the second lunar orbiter of the Kazakh Space Agency, lifted off from Baikonur at 2015
GMT on 14 March 2027 aboard a Soyuz-2.1b rocket.

After a cruise of 97 days the probe entered lunar orbit on 19 June. Its TK-300 camera returned
the first images of the south pole five days later. The orbit was lowered to 50 km between 1
and 3 August 2027.

The primary mission is scheduled to end in March 2028; an extension of up to two years is
possible. Tulpar-1 was lost in 2019 when its engine failed.
""", (
        expect("2027-03-14", "lifted off"),
        expect("2027-06-19", "lunar orbit"),
        expect("2027-06-24", "first images"),
        expect("2027-08-01/2027-08-03", "lowered"),
        expect("2028-03", "mission", planned=True),
        expect("2019", "lost"),
    )),
    Text("flood-works", "government statement", None, """\
Statement of the Ministry of Water Resources and Irrigation

Astana, 9 April 2024

Flood protection work in the North Kazakhstan region began yesterday and will continue until the
water recedes. Dams along the Yesil river were reinforced from 18 to 31 March.

Evacuation plans for 112 villages are to be approved by 15 April at the latest. The Ministry
recalls that the flood of spring 2017 affected 1,983 households.

Residents can call the hotline 109 around the clock. The next update will be published on
Friday.
""", (
        expect("2024-04-08", "flood protection"),
        expect("2024-03-18/2024-03-31", "reinforced"),
        expect("2017", "flood"),
        expect("../2024-04-15", "evacuation plans", planned=True),
        expect("2024-04-12", "update", planned=True),
    )),
    Text("conservatory", "HTML page", None, """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>History | Tamsy Conservatory of Music</title></head>
<body>
<h1>Tamsy Conservatory of Music</h1>
<h2>Our history</h2>
<p>The conservatory was founded in 1962 as a music school and became a conservatory in 1979.</p>
<ul>
<li>1985 – The organ hall opens with a concert by the Riga Philharmonic.</li>
<li>12 May 1993 – The conservatory is renamed after the composer Bakhyt Tamsy.</li>
<li>2008–2010 – The main building is restored.</li>
</ul>
<h2>Rectors</h2>
<table>
<tr><th>Rector</th><th>Years</th></tr>
<tr><td>Kanat Ermekov</td><td>1962–1979</td></tr>
<tr><td>Roza Tulegenova</td><td>1979–1994</td></tr>
</table>
<p>Page 2 of 3</p>
</body>
</html>
""", (
        expect("1962", "founded"),
        expect("1979", "became"),
        expect("1985", "organ hall"),
        expect("1993-05-12", "renamed"),
        expect("2008/2010", "restored"),
        expect("1962/1979", "ermekov"),
        expect("1979/1994", "tulegenova"),
    )),
    Text("surgeon", "obituary", date(2024, 11, 21), """\
Saule Ermekova, pioneering transplant surgeon, dies at 88

Saule Ermekova, who performed the country's first kidney transplant, died on Tuesday in Almaty.
She was 88.

Born on 2 February 1936 in Semipalatinsk, Ermekova graduated from the Almaty medical institute
in 1959 and joined the republican hospital the following year. She performed the transplant on
17 April 1979, on a 34-year-old teacher who lived for another 21 years.

Ermekova retired in 2004. A funeral service will be held on Saturday at the Central Mosque.
""", (
        expect("2024-11-19", "died"),
        expect("1936-02-02", "born"),
        expect("1959", "graduated"),
        expect("1960", "joined"),
        expect("1979-04-17", "transplant"),
        expect("2004", "retired"),
        expect("2024-11-23", "funeral", planned=True),
    )),
    Text("bulak-sync", "product changelog", None, """\
# Changelog — Bulak Sync

## 3.0.0 — 2025-02-03
- Sync now runs every 15 minutes instead of every hour.
- Dropped support for Android 9 (announced on 2024-10-01).

## 2.9.4 — 2025-01-14
- Fixed a crash when a file name held more than 2015 characters.

## 2.9.0 (2024-11-05)
- New: export to CSV.

Support for the 2.x series will end no later than 30 June 2025.
""", (
        expect("2025-02-03", "3.0.0"),
        expect("2024-10-01", "announced"),
        expect("2025-01-14", "2.9.4"),
        expect("2024-11-05", "2.9.0"),
        expect("../2025-06-30", "support", planned=True),
    )),
    Text("aral-dam", "fact sheet", None, """\
FACT SHEET: North Aral Dam Restoration Project

Project number: P-2019-0457
Budget: USD 86 million
Implementing agency: Committee for Water Resources

Key dates:
Approval: 12 December 2019
Loan signed: 3 March 2020
Works start: early March 2021
Completion: expected in 2026

Background: The Kokaral dam was first completed in 2005 and raised the level of the Small Aral
Sea by about 3 metres by 2008. Fish catches are now the highest since the 1960s.
""", (
        expect("2019-12-12", "approval"),
        expect("2020-03-03", "loan signed"),
        expect("2021-03", "works start"),
        expect("2026", "completion", planned=True),
        expect("2005", "completed"),
        expect("../2008", "raised"),
    )),
)  # fmt: skip


SIXTH_CORPUS: tuple[Text, ...] = (
    Text("grain-terminal", "wire story", None, """\
Aktau port to double grain terminal

AKTAU, Aug. 6, 2019 /KazWire/ -- The port of Aktau will double the capacity of its grain
terminal to 1.5 million tonnes a year, its director said on Tuesday.

The expansion is projected to cost 14 billion tenge and to be finished by the end of 2021.
Grain handled at the terminal rose to a record 812,000 tonnes in the 2018/19 season, the highest
since fiscal 2012.

The terminal, opened in 2009, was expanded in 2012, 2014 and 2016.

Photo: A ship loads wheat at Aktau on 2 August. (KazWire/Erlan Sadykov)
""", (
        expect("2019-08-06", "terminal"),
        expect("../2021", "finished", planned=True),
        expect("2018/2019", "grain"),
        expect("2009", "opened"),
        expect("2012", "expanded"),
        expect("2014", "expanded"),
        expect("2016", "expanded"),
    )),
    Text("rehab-wing", "press release", date(2024, 5, 15), """\
FOR IMMEDIATE RELEASE

Nurly Zher Foundation opens children's rehabilitation wing in Shymkent

The Nurly Zher Foundation today opened a 60-bed rehabilitation wing at the Shymkent Regional
Children's Clinic, built with a grant of USD 4.2 million.

Building work ran from May to July 2023, and the wing admitted its first patients last week. A
second wing is scheduled to open in the autumn of 2025.

The foundation was set up in 2008 and has since funded 23 clinics.

Contact: Madina Ospanova, +7 701 555 20 19, media@nurlyzher.example
""", (
        expect("2024-05-15", "opened"),
        expect("2023-05/2023-07", "building work"),
        expect("2024-05-06/2024-05-12", "first patients"),
        expect("2025", "second wing", planned=True),
        expect("2008", "set up"),
    )),
    Text("beekeeping", "parliamentary record", None, """\
MAZHILIS OF THE PARLIAMENT
VERBATIM RECORD OF THE PLENARY SITTING
Wednesday, 4 October 2023

THE CHAIR (Mr B. Ospanov): Colleagues, item 4 of the agenda: the draft law on beekeeping. The
committee considered it on 26 and 28 September.

Ms A. Zhunusova (rapporteur): Thank you. The law on beekeeping was last amended in 2016. The
draft before us was tabled by the Government on 21/6/2023. Some 14,000 beekeepers will be
registered by the end of 2024, and the national register is to open on 1 March.

THE CHAIR: The draft is adopted today at first reading. The second reading will take place on
Wednesday, 18 October.

Page 17
""", (
        expect("2023-09-26", "considered"),
        expect("2023-09-28", "considered"),
        expect("2016", "amended"),
        expect("2023-06-21", "tabled"),
        expect("../2024", "registered", planned=True),
        expect("2024-03-01", "register", planned=True),
        expect("2023-10-04", "adopted"),
        expect("2023-10-18", "second reading", planned=True),
    )),
    Text("felt-silver", "museum notice", None, """\
Felt and Silver: Nomad Crafts of the Steppe

West Kazakhstan Regional Museum, Oral

The exhibition is open from 12 March to 30 June 2025 in the east gallery. A catalogue (212
pages, 4,500 tenge) will be published in April.

It brings together roughly 120 objects, most of them collected by the ethnographer Aigul
Temirova in 1914–1918 and shown together only once before, in 1987. The oldest piece, a silver
saddle plate, was made circa 1872. The felt carpets were probably woven in Uralsk in 1911.

Guided tours in Kazakh and Russian are held every Saturday at 11:00.
""", (
        expect("2025-03-12/2025-06-30", "exhibition"),
        expect("2025-04", "catalogue", planned=True),
        expect("1914/1918", "collected"),
        expect("1987", "shown"),
        expect("1872~", "saddle plate"),
        expect("1911?", "woven"),
    )),
    Text("clean-air", "NGO report", None, """\
Clean Steppe Alliance – Annual Report 2022 (summary)

Air quality in Karaganda. Coal became the city's main heating fuel in the 1990s. The Alliance
installed 40 low-cost sensors across the city in Q3 2019. Their readings showed fine-particle
levels above the WHO guideline on roughly 200 days a year.

Volunteers collected signatures on 3, 5 and 7 May 2018, and the petition was handed to the city
council two weeks later. From January 2021 onwards, the city has published the readings on its
own portal.

A switch from coal to gas for 11,000 private houses is estimated to take place in 2024–2026.
""", (
        expect("1990/1999", "coal"),
        expect("2019-07/2019-09", "sensors"),
        expect("2018-05-03", "signatures"),
        expect("2018-05-05", "signatures"),
        expect("2018-05-07", "signatures"),
        expect("2018-05-21", "petition"),
        expect("2021-01/..", "published"),
        expect("2024/2026", "gas", planned=True),
    )),
    Text("balkhash", "academic abstract", None, """\
Abstract

We reconstruct the water balance of Lake Balkhash over the last half century from gauge
records (Kazhydromet 2016) and satellite altimetry. The lake level fell by about 2.2 m between
1970 and 1987, while the Kapshagay reservoir upstream was being filled. The highest level of
the record was observed in 2002, and a rise of 0.6 m in the spring of 1998 was the largest in a
single season. Since 2005 the level has stayed within 0.4 m of its long-term mean. Under the
warming scenarios considered, we project a further fall of 0.5–0.8 m by 2050.

Keywords: Balkhash; water balance; altimetry; Ili river
""", (
        expect("1970/1987", "level fell"),
        expect("2002", "highest level"),
        expect("1998", "rise"),
        expect("2005/..", "stayed"),
        expect("../2050", "fall", planned=True),
    )),
    Text("canyon-blog", "blog post", None, """\
Back to Tamgaly-Sai, ten years on

Posted by steppe_walker

I first walked the Tamgaly-Sai canyon in August 2013, on a hot weekend with two friends from
university. Last week I went back, and a lot has changed.

The canyon became a national park in 2006, but for years there was nothing more than a sign at
the turn-off. A paved road reached the rim in 2020. A year earlier the park had opened a
visitor centre, where a ticket now costs 1,500 tenge.

The river flooded the lower campsite on June 3rd, 2016, and it was never rebuilt. The rangers
told me a cable footbridge is to be built across the river, probably next year.
""", (
        expect("2013-08", "walked"),
        expect("2006", "national park"),
        expect("2020", "road"),
        expect("2019", "visitor centre"),
        expect("2016-06-03", "flooded"),
    )),
    Text("kentau", "HTML page", None, """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Kentau: history of the city</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/history">History</a></nav>
<h2>History of Kentau</h2>
<p>Kentau grew up around a lead mine opened in 1952. It was granted town status in 1955.</p>
<table>
<tr><th>Year</th><th>Event</th></tr>
<tr><td>1963</td><td>The Kentau transformer plant starts production</td></tr>
<tr><td>1991–1995</td><td>The mine's output falls by two thirds</td></tr>
<tr><td>6 August 2019</td><td>A new water main is put into service</td></tr>
</table>
<h2>Coming up</h2>
<ul><li>The city park will reopen on 1 June 2026 after its renovation.</li></ul>
<footer>© 2025 Kentau city administration · Tel. 8 72544 2 19 83</footer>
</body>
</html>
""", (
        expect("1952", "lead mine"),
        expect("1955", "town status"),
        expect("1963", "transformer plant"),
        expect("1991/1995", "output"),
        expect("2019-08-06", "water main"),
        expect("2026-06-01", "park", planned=True),
    )),
    Text("cup-final", "sports report", date(2021, 11, 8), """\
Syrdariya win cup on penalties

FC Syrdariya won the Kazakhstan Cup for the third time yesterday, beating Tobol 4-2 on
penalties after a 1-1 draw in front of 21,500 fans at the Central Stadium.

Syrdariya first won the cup in 2011 and last lifted the trophy in the 2019/20 season. Coach
Ruslan Amanov, 47, who took charge in mid-2020, dedicated the win to the club's supporters.

The victory puts Syrdariya into the Super Cup, which will be played in Astana on Saturday.
""", (
        expect("2021-11-07", "cup"),
        expect("2011", "first won"),
        expect("2019/2020", "trophy"),
        expect("2020", "took charge"),
        expect("2021-11-13", "super cup", planned=True),
    )),
    Text("flat-appeal", "court opinion", None, """\
COURT OF APPEAL OF THE AKMOLA REGION
Civil Division
No. 2a-771/2022

Zhanar Bekova v. Kokshe Construction LLP

JUDGMENT

1. The appellant bought a flat in a building under construction from the respondent under a
contract of 14 February 2017 for KZT 18,400,000.

2. The building was accepted into use on or about 20 September 2020, some 21 months late. The
appellant sued for a contractual penalty on 11 January 2021. The district court awarded her KZT
1,200,000 on Aug. 6, 2021, and the respondent appealed on 2 September 2021.

3. This judgment was delivered on 17 March 2022.
""", (
        expect("2017-02-14", "bought"),
        expect("2020-09-20~", "accepted"),
        expect("2021-01-11", "sued"),
        expect("2021-08-06", "awarded"),
        expect("2021-09-02", "appealed"),
        expect("2022-03-17", "judgment"),
    )),
    Text("river-shipping", "company history", None, """\
Irtysh River Shipping: a short history

The company traces its roots to a river transport cooperative set up in Pavlodar around 1928.
In 1996 it was privatised, and the following year it bought its first two tankers. Freight
peaked in 2008 at 3.1 million tonnes, a level not reached since.

From 2012 onwards the fleet has been converted to low-sulphur fuel. In 2023 the company ordered
four river-sea vessels from a yard in Turkey; the first is expected to be delivered in the
second half of 2025.
""", (
        expect("1928~", "cooperative"),
        expect("1996", "privatised"),
        expect("1997", "tankers"),
        expect("2008", "freight"),
        expect("2012/..", "converted"),
        expect("2023", "ordered"),
        expect("2025-07/2025-12", "delivered", planned=True),
    )),
    Text("heat-warning", "government statement", date(2023, 7, 10), """\
Ministry for Emergency Situations: heat warning for the southern regions

The Ministry for Emergency Situations warns of extreme heat in the Turkestan, Kyzylorda and
Zhambyl regions. Daytime temperatures are expected to reach 44°C on Thursday and Friday.

Outdoor work has been banned between 12:00 and 16:00 since Friday. Water supply schedules
will be reviewed no later than 20 July.

A comparable heatwave in July 2021 left 1,200 people in hospital. In an emergency, call 112.
""", (
        expect("2023-07-13", "temperatures", planned=True),
        expect("2023-07-14", "temperatures", planned=True),
        expect("2023-07-07/..", "banned"),
        expect("2021-07", "heatwave"),
        expect("../2023-07-20", "reviewed", planned=True),
    )),
)  # fmt: skip
