"""Three more batches of texts for ``kztimeline draft``, written without reading the draft's
rules or the earlier texts, and scored once as they stand before any change they may lead
to: their first reading is the estimate on text the draft has not seen. Same form as
``draft_corpus.py``.

Each text holds, beside its dated facts, the numbers and dates that are none: ages,
amounts and tonnages (``2,015 tonnes``), clock times (``at 2015 GMT``), telephone, case,
project and model numbers, a ``section 1983`` claim, page numbers, cited works, years used
as names (``Annual Report 2022``), comparisons (``the highest since the 1960s``), habits
(``every Saturday``), and dates in page furniture (a story number, a docket, a photo
caption). The fifth batch's misses may be studied; the sixth and the seventh stay unseen
estimates.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTH_CORPUS", "SEVENTH_CORPUS", "SIXTH_CORPUS")


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


# Written after the sixth batch's reading, in styles the batches above use little or not at
# all (a radio transcript, minutes, a police report, a letter to shareholders, a guide's
# history box, an infobox, a paper's methods, a communiqué, a storm warning, a season review,
# a university's history page, a festival programme, a diary, a dash timeline, a FAQ, a legal
# notice), and read once, never used for a fix.
SEVENTH_CORPUS: tuple[Text, ...] = (
    Text("bridge-radio", "radio transcript", None, """\
STEPPE RADIO ONE - MORNING BULLETIN
Transcript

Thursday, 6 March 2025

PRESENTER (AIGUL): It's seven o'clock, good morning. Our top story: the Ishim bridge at Kokshe
reopened to traffic yesterday after eleven months of repairs.

REPORTER (TIMUR): That's right, Aigul. The bridge was closed in April last year, when
inspectors found cracks in two of its piers. The contractor, Zhol-Stroy, says the final coat of
asphalt will be laid before 1 June, once the nights are warmer.

PRESENTER: And the cost?

REPORTER: About 4.2 billion tenge, some 1,990 million more than first planned. The regional
akim is to open a second crossing, at Borovoe, on 1 July.

PRESENTER: Thank you, Timur. Frost tonight, lows of minus 12, and sport at 7.15.
""", (
        expect("2025-03-05", "bridge", "reopened"),
        expect("2024-04", "closed"),
        expect("../2025-06-01", "asphalt", planned=True),
        expect("2025-07-01", "crossing", planned=True),
    )),
    Text("library-minutes", "meeting minutes", None, """\
Minutes of the Board of Trustees
Kokterek Public Library Foundation

Meeting held on Tuesday, 14 January 2025, at 6.30 pm, Room 204

Present: A. Bekova (chair), D. Omarov, S. Lee, M. Nurlanova. Apologies: K. Ivanov.

1. Minutes of the previous meeting
The minutes of the meeting of 10 December 2024 were approved without amendment.

2. Roof repairs
The treasurer reported that the roof repairs, begun in October, were completed on 20 December.
The final invoice of 3,450,000 tenge (item 2.3 of the budget) was paid on 8 January.

3. Reading festival
The board agreed that the spring reading festival will take place from 24 to 26 April.
Invitations are to be sent no later than 1 March.

4. Any other business
Mr Omarov noted that the library lends more than 12,000 books every year.

Next meeting: Tuesday, 11 February 2025.
""", (
        expect("2025-01-14", "meeting"),
        expect("2024-12-10", "meeting"),
        expect("2024-10", "repairs"),
        expect("2024-12-20", "completed"),
        expect("2025-01-08", "invoice"),
        expect("2025-04-24/2025-04-26", "festival", planned=True),
        expect("../2025-03-01", "invitations", planned=True),
        expect("2025-02-11", "meeting", planned=True),
    )),
    Text("shop-burglary", "police report", None, """\
KARAGANDA CITY POLICE - INCIDENT REPORT

Report no.: 2023/0417-B
Officer: Sgt. R. Akhmetov, badge 2011

Summary of incident

At 02:40 on Saturday 16 September 2023, a patrol unit responded to an alarm at the Nur
Electronics shop, 19 Bukhar Zhyrau Avenue. Officers found the rear door forced and about 40
mobile phones (model X-2020) missing.

The shop owner, aged 58, stated that the premises had been locked at 21:00 the previous
evening. CCTV footage shows two men entering the yard at around 02:15.

A similar burglary at a shop in the same block was reported on or about 2 August 2023. A
suspect, 24, was detained on 18 September and released on bail two days later. He is to
appear before the district court on 9 October.
""", (
        expect("2023-09-16", "alarm"),
        expect("2023-09-15", "locked"),
        expect("2023-08-02~", "burglary"),
        expect("2023-09-18", "detained"),
        expect("2023-09-20", "released"),
        expect("2023-10-09", "court", planned=True),
    )),
    Text("agro-letter", "letter to shareholders", None, """\
Letter from the Chairman

Dear Shareholders,

2024 was a year of renewal for Altyn Dala Agro. In March we completed the purchase of the
Sarykol grain elevator, and in the third quarter we opened our first flour mill outside
Kostanay region, at Shchuchinsk.

Revenue reached 48.6 billion tenge, our highest since 2008, and net profit rose 11 percent; the
details are on pages 42 to 57 of this Annual Report 2024. The Board proposes a dividend of 120
tenge per share, to be paid on 31 July 2025 at the latest if the Annual General Meeting on
27 May 2025 approves it.

Our founder, Serik Dauletov, who established the company as a seed cooperative in 1996, remains
on the Board. We expect the new mill at Ekibastuz to start production in the first half of
2026.

Yours faithfully,
Marat Iskakov, Chairman
""", (
        expect("2024-03", "elevator"),
        expect("2024-07/2024-09", "mill"),
        expect("../2025-07-31", "dividend", planned=True),
        expect("2025-05-27", "meeting", planned=True),
        expect("1996", "established"),
        expect("2026-01/2026-06", "production", planned=True),
    )),
    Text("kyzyltas", "travel guide history box", None, """\
HISTORY IN BRIEF: OLD KYZYLTAS

The caravan town of Kyzyltas grew up around a well dug around 1120. Its fortress is believed
to date from 1342.

In 1868 the town was taken by a Russian column, and a customs post opened the following year.
The caravanserai was probably built in 1874. The railway arrived in 1906; the old bazaar
burned down in the great fire of c. 1911 and was rebuilt in brick.

Today the restored caravanserai (open daily 9am-6pm, entry 1,500 tenge) houses a small
museum. The fortress walls are being restored, and a new visitor path around them is to open
in 2026.
""", (
        expect("1120~", "well"),
        expect("1342?", "fortress"),
        expect("1868", "taken"),
        expect("1869", "customs"),
        expect("1874?", "caravanserai"),
        expect("1906", "railway"),
        expect("1911~", "burned"),
        expect("2026", "path", planned=True),
    )),
    Text("aksu-observatory", "infobox and prose", None, """\
Aksu Valley Observatory

Type: Astronomical observatory
Location: Aksu valley, Zhetysu Region
Altitude: 2,750 m
Established: 1 July 1973
Closed: 2009-2012 (renovation)
Operator: National Institute of Astrophysics
Telescopes: AZT-1987 (1.5 m reflector)

The Aksu Valley Observatory is a research station of the National Institute of Astrophysics.
Site testing began in 1968, and the first telescope, a 60 cm reflector, saw first light in
November 1974. The larger AZT-1987 reflector, despite its name, was installed only in 1991.

The observatory was closed for renovation from 2009 to 2012. From 2015 onwards it has hosted a
summer school for students. A new 2-metre telescope is planned to be commissioned around 2027.
""", (
        expect("1973-07-01", "established"),
        expect("1968", "testing"),
        expect("1974-11", "first light"),
        expect("1991", "installed"),
        expect("2009/2012", "closed"),
        expect("2015/..", "summer school"),
        expect("2027~", "telescope", planned=True),
    )),
    Text("alakol-cores", "scientific paper methods", None, """\
2. Materials and methods

2.1. Study area and sampling

The lake was last surveyed by the Institute of Geography in 1987, when the coring site at
station A3 was first described. Samples were collected between 12 and 19 June 2019 at 14
stations (Fig. 2) with a gravity corer. A second campaign followed in October 2019.

2.2. Laboratory analysis

Cores were stored at 4 C and opened within 30 days. Radiocarbon dates were obtained at the
Almaty AMS facility in March 2020; one shell layer gave an age of 2150 +/- 40 BP (sample
AL-2019-07). Grain size was measured following the 2012 protocol of Ospanov et al. (2012,
p. 118).

Statistical analysis was done in R 4.1.2. The full data set will be deposited in the PANGAEA
repository no later than December 2025.
""", (
        expect("1987", "surveyed"),
        expect("2019-06-12/2019-06-19", "collected"),
        expect("2019-10", "campaign"),
        expect("2020-03", "radiocarbon"),
        expect("../2025-12", "deposited", planned=True),
    )),
    Text("valdoria-visit", "diplomatic communique", None, """\
JOINT COMMUNIQUE

Valdora, 22 October 2024

At the invitation of the Minister of Foreign Affairs of the Republic of Valdoria, the Minister
of Foreign Affairs of the Republic of Kazakhstan paid an official visit to Valdora on 21-22
October 2024.

The Ministers recalled that diplomatic relations between the two countries were established on
3 February 1993, and welcomed the opening of the Embassy of Valdoria in Astana in 2019.

On 22 October the sides signed an agreement on visa-free travel for holders of diplomatic
passports. The agreement shall enter into force on 1 January 2025. The Ministers agreed to hold
the next round of political consultations in Astana in the first half of 2025, and to convene
the Intergovernmental Commission no later than March 2025.

The Minister of Foreign Affairs of the Republic of Kazakhstan invited his Valdorian counterpart
to visit Kazakhstan at a mutually convenient time.
""", (
        expect("2024-10-21/2024-10-22", "visit"),
        expect("1993-02-03", "relations"),
        expect("2019", "embassy"),
        expect("2024-10-22", "signed"),
        expect("2025-01-01", "force", planned=True),
        expect("2025-01/2025-06", "consultations", planned=True),
        expect("../2025-03", "commission", planned=True),
    )),
    Text("storm-warning", "weather bulletin", None, """\
KAZHYDROMET - STORM WARNING No. 17

Issued: 06:00 local time, Friday 7 February 2025

A deep cyclone moving from the Caspian will bring heavy snow and winds gusting to 25 m/s to
Aktobe and Kostanay regions on Saturday. Snowfall is expected to ease on Monday, 10 February.

On Thursday, drifting snow closed the Aktobe-Karabutak highway for nine hours. On Wednesday
night temperatures fell to minus 31 at Irgiz, the lowest February reading since 1969.

Kazhydromet issued its first warning for the cyclone on 4 February. Similar storms closed the
highway on 12, 19 and 26 January; such storms hit the region two or three times every winter.
""", (
        expect("2025-02-08", "snow", planned=True),
        expect("2025-02-10", "ease", planned=True),
        expect("2025-02-06", "highway"),
        expect("2025-02-05", "temperatures"),
        expect("2025-02-04", "warning"),
        expect("2025-01-12", "highway"),
        expect("2025-01-19", "highway"),
        expect("2025-01-26", "highway"),
    )),
    Text("shagala-season", "sports season recap", date(2024, 11, 4), """\
Season review: Shagala back among the best

Shagala FC's season ended as it began, with a win. The club, relegated in 2021, clinched
promotion on 19 October with a 2-0 victory over Kaisar-2, and finished the campaign on Saturday
by beating Ekibastuz 3-1 in front of 9,400 fans.

Striker Daniyar Seitkali, 31, scored 19 goals, the most by a Shagala player since 2008. He
signed a new two-year contract last month. Shagala, who won the national cup in 1998 and 2005,
reached its quarter-finals again.

The club's new stadium, which was meant to be ready for the start of this season, is now
scheduled to open in April 2025. Shagala's first match back in the Premier League will be
played on or about 8 March.
""", (
        expect("2021", "relegated"),
        expect("2024-10-19", "promotion"),
        expect("2024-11-02", "ekibastuz"),
        expect("2024-10", "contract"),
        expect("1998", "cup"),
        expect("2005", "cup"),
        expect("2025-04", "stadium", planned=True),
        expect("2025-03-08~", "match", planned=True),
    )),
    Text("polytech-history", "university history page (HTML)", None, """\
<html><head><title>History | Kokshetau Polytechnic University</title></head>
<body>
<h1>Our history</h1>
<p>From a small evening school to a research university: seven decades in brief.</p>
<ul>
<li><strong>1958:</strong> The Kokshetau Evening Technical School opens with 140 students in
two rented rooms.</li>
<li><strong>1964:</strong> First graduates: 37 mining technicians.</li>
<li><strong>September 1971:</strong> The school becomes the Kokshetau Polytechnic
Institute.</li>
<li><strong>1986-1989:</strong> The main building on Abay Street is built.</li>
<li><strong>circa 1995:</strong> The first computer laboratory is set up with donated
equipment.</li>
<li><strong>12 May 2003:</strong> University status granted by government decree
No. 1903.</li>
<li><strong>2026:</strong> The new engineering campus is scheduled to open.</li>
</ul>
<p>Page last updated: 02.09.2024 | Contact: +7 7162 25 19 58</p>
</body></html>
""", (
        expect("1958", "opens"),
        expect("1964", "graduates"),
        expect("1971-09", "institute"),
        expect("1986/1989", "building"),
        expect("1995~", "computer"),
        expect("2003-05-12", "status"),
        expect("2026", "campus", planned=True),
    )),
    Text("steppe-festival", "festival programme", None, """\
SPIRIT OF THE STEPPE
12th International Folk Music Festival, Almaty

The festival will take place from 5 to 9 August 2025 on three stages in the city centre. First
held in 2013 in a yurt camp near Turgen, it moved to the city in 2018. Tickets go on sale on
1 June at 10:00.

PROGRAMME

Tuesday 5 August
19:00 Opening concert, Republic Palace, with the State Kurmangazy Orchestra (120 musicians)

Thursday 7 August
11:00 Masterclass: the dombra of the western regions, with Erlan Sarsenov

Saturday 9 August
21:00 Closing gala and award ceremony, Botanical Garden stage
""", (
        expect("2025-08-05/2025-08-09", "festival", planned=True),
        expect("2013", "first held"),
        expect("2018", "moved"),
        expect("2025-06-01", "tickets", planned=True),
        expect("2025-08-05", "opening concert", planned=True),
        expect("2025-08-07", "masterclass", planned=True),
        expect("2025-08-09", "closing gala", planned=True),
    )),
    Text("teacher-diary", "diary", None, """\
From the diary of Galina Orlova, schoolteacher, Semipalatinsk

Monday, 3 March 1952.
Snow again, and the stove smoking. Kolya turned nine today; we had a cake of sorts, made with
the last of the sugar.

Thursday, 6 March 1952.
The road from Zhana-Semey has been closed by drifts since Tuesday, so no post. Mother wrote
that the roof of the old house at Ayagoz fell in about two weeks ago.

Sunday, 16 March 1952.
The regional inspector came yesterday, stayed three hours and praised the wall newspaper. I
have taught at this school since September 1947, and nobody has praised anything before.

Tuesday, 1 April 1952.
The director says the new school building will be finished by October 1953.
""", (
        expect("1952-03-03", "kolya"),
        expect("1952-03-04/..", "road"),
        expect("1952-02-21~", "roof"),
        expect("1952-03-15", "inspector"),
        expect("1947-09/..", "taught"),
        expect("../1953-10", "building", planned=True),
    )),
    Text("koktal-pipeline", "timeline list", None, """\
Timeline: the Koktal water pipeline

1962 - Survey teams map a route for a water main from Lake Balkhash to Koktal.
March 1965 - Construction begins; some 3,000 workers are housed in tents.
1967-1968 - The first 80 km of pipe are laid.
14 November 1969 - Water reaches Koktal for the first time.
c. 1980 - A second line is added alongside the first.
1991 - Operation passes to the regional water company.
2019 - The 2018 inspection report finds 40% of the pipe corroded.
2024-2027 - Full replacement is planned, at a cost of about 62 billion tenge.
""", (
        expect("1962", "route"),
        expect("1965-03", "construction"),
        expect("1967/1968", "laid"),
        expect("1969-11-14", "water"),
        expect("1980~", "second line"),
        expect("1991", "operation"),
        expect("2019", "inspection"),
        expect("2024/2027", "replacement", planned=True),
    )),
    Text("heritage-faq", "FAQ page", None, """\
Frequently asked questions: Aral Heritage Fund grants

When can I apply?
The 2025 call for applications will open on 15 January 2025 and will close at 17:00 Astana time
on 28 February 2025. Applications received after the deadline will not be considered.

When will I hear back?
Decisions will be announced by 30 April 2025. Successful projects must be completed within 18
months.

How long has the Fund been making grants?
The Fund was set up in 2009 and awards grants every year. In 2020 the call was suspended
because of the pandemic.

Can I apply again if I received a grant before?
Yes, provided that the final report of your previous project (form F-2023) has been accepted.

Who do I contact?
Call +7 727 2019 550 or write to grants@aralheritage.kz.
""", (
        expect("2025-01-15", "open", planned=True),
        expect("2025-02-28", "close", planned=True),
        expect("../2025-04-30", "decisions", planned=True),
        expect("2009", "set up"),
        expect("2020", "suspended"),
    )),
    Text("rail-settlement", "legal notice", date(2024, 3, 11), """\
NOTICE OF PROPOSED CLASS ACTION SETTLEMENT

Petrov et al. v. Kazakh Northern Railways JSC, Case No. 2-1187/2023

The lawsuit concerns season tickets on the Astana-Burabay line that were sold between 1 January
2021 and 30 June 2023 with a promised travel time the trains did not keep. The lawsuit was
filed on 9 August 2023. The railway denies wrongdoing but agreed to settle on 20 February 2024.

The Court will hold a hearing on 14 May 2024 at 10:00 in Courtroom 12 to decide whether to
approve the settlement. You must submit a claim form no later than 30 April 2024. If you wish
to object, your objection must be postmarked on or before 15 April 2024.

Dated: 11 March 2024
""", (
        expect("2021-01-01/2023-06-30", "tickets"),
        expect("2023-08-09", "filed"),
        expect("2024-02-20", "settle"),
        expect("2024-05-14", "hearing", planned=True),
        expect("../2024-04-30", "claim", planned=True),
        expect("../2024-04-15", "objection", planned=True),
    )),
)  # fmt: skip
