"""An eighth batch of texts for ``kztimeline draft``, written after every fix and never used
for one: the unseen estimate for the code after later fixes.

The texts were written without reading the draft's code, its tests or the earlier batches,
in the styles of real documents (a wire story, a press release, a court opinion, a changelog,
a parliamentary record, a storm warning, minutes, a legal notice, a FAQ...), with invented
organisations and facts, the dates as writers give them and numbers that look like dates and
are none. The form is that of ``draft_corpus.py``.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTH_CORPUS",)

EIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "grain-port",
        "wire story",
        None,
        """\
Caspian grain shipments hit record

AKTAU, Oct. 21, 2021 (Steppe News) - Wheat shipments through the port of Aktau reached 1.2
million tonnes in the third quarter, the highest since 2008, the port operator said.

The operator opened a second grain terminal in the spring of 2019 and plans to add a third by
the end of 2023. Loading was halted for roughly two days after a storm on Sept. 14.

A loading crane toppled over yesterday, injuring two workers. The port handled its first grain
cargo in 1996.

The operator will present its annual report on Nov. 15.

Reporting by Dana Orazova; editing by Paul Reyes
""",
        (
            expect("2021-07/2021-09", "shipments"),
            expect("2019", "terminal"),
            expect("../2023", "third", planned=True),
            expect("2021-09-14", "storm"),
            expect("2021-10-20", "crane"),
            expect("1996", "grain cargo"),
            expect("2021-11-15", "annual report", planned=True),
        ),
    ),
    Text(
        "vaccine-trial",
        "press release",
        date(2024, 5, 14),
        """\
FOR IMMEDIATE RELEASE

Nurlan Bio completes Phase II trial of its hay-fever vaccine

SHYMKENT, Kazakhstan, May 14, 2024 /BizWire/ -- Nurlan Bio Ltd. today announced that the
Phase II trial of its NB-2015 vaccine met its main endpoint. The trial enrolled 340 patients
between Sept. 2022 and Jan. 2024 at eleven clinics.

The company was founded in mid-2009 by two virologists from the Almaty Institute of
Microbiology. It listed its shares on the Astana exchange on 3 June 2017.

Nurlan Bio expects to begin a Phase III trial in Q4 2024 and to file for approval no later
than the end of 2026. Full results will be presented at the European allergy congress in
Lisbon on June 8.

About Nurlan Bio
Nurlan Bio develops vaccines against allergies. Media contact: +7 727 201 5024.
""",
        (
            expect("2024-05-14", "trial"),
            expect("2022-09/2024-01", "enrolled"),
            expect("2009", "founded"),
            expect("2017-06-03", "listed"),
            expect("2024-10/2024-12", "phase iii", planned=True),
            expect("../2026", "approval", planned=True),
            expect("2024-06-08", "results", planned=True),
        ),
    ),
    Text(
        "warehouse",
        "court opinion",
        None,
        """\
SUPREME COURT OF THE REPUBLIC OF ARDENIA
Civil Chamber

Case No. 2-1187/2019

Opinion delivered 17 March 2020

1. The appellant, Kestrel Logistics LLP, leased a warehouse from the respondent under a
contract signed on 2nd February 2015 for a term of five years.

2. In late 2017 the roof of the warehouse partly collapsed. The appellant notified the
respondent in writing on 9 January 2018 and stopped paying rent from March 2018 onwards.

3. The District Court found for the respondent on 14 May 2019, and the Court of Appeal upheld
that judgment on 21 November 2019.

4. Under section 2015 of the Civil Code, a tenant must report a defect within 30 days.

5. The appeal is dismissed. The appellant shall pay the arrears no later than 16 May 2020.
""",
        (
            expect("2015-02-02", "contract"),
            expect("2017", "roof"),
            expect("2018-01-09", "notified"),
            expect("2018-03/..", "rent"),
            expect("2019-05-14", "district court"),
            expect("2019-11-21", "upheld"),
            expect("2020-03-17", "dismissed"),
            expect("../2020-05-16", "arrears", planned=True),
        ),
    ),
    Text(
        "salt-works",
        "encyclopedia history",
        None,
        """\
Lake Tuzkol salt works

The Lake Tuzkol salt works is a salt-extraction plant on the southern shore of Lake Tuzkol,
near the village of Saty (population 1,480 at the 2009 census).

History

Salt was gathered on the lake by hand for centuries. A merchant company built the first
evaporation pans c. 1902. A narrow-gauge railway reached the shore in 1911, and a telegraph
office opened the following year.

The works were nationalised in 1921 and expanded in 1934 and 1958. Production fell sharply
after independence, and the plant closed in 1996. It reopened under private owners in 2003.

Flamingos nest on the lake every spring.
""",
        (
            expect("1902~", "evaporation pans"),
            expect("1911", "railway"),
            expect("1912", "telegraph"),
            expect("1921", "nationalised"),
            expect("1934", "expanded"),
            expect("1958", "expanded"),
            expect("1996", "closed"),
            expect("2003", "reopened"),
        ),
    ),
    Text(
        "hockey",
        "sports report",
        date(2023, 3, 13),
        """\
Irbis edge Bars to reach play-off final

Irbis Karaganda reached the national ice hockey play-off final on Sunday with a 3-2 overtime
win over Bars, taking the semi-final series 4-3.

Defender Olzhas Nurpeisov scored the winner at 2:15 of overtime. The 31-year-old missed most
of the 2021/22 season with a knee injury.

Irbis last won the title in 2014 and lost the final in 2017 and 2019. The final starts on
Friday in Karaganda; a seventh game, if needed, is scheduled for March 29.

Tickets for the final went on sale this morning.
""",
        (
            expect("2023-03-12", "reached"),
            expect("2021/2022", "missed"),
            expect("2014", "won"),
            expect("2017", "lost"),
            expect("2019", "lost"),
            expect("2023-03-17", "final", planned=True),
            expect("2023-03-29", "seventh game", planned=True),
            expect("2023-03-13", "tickets"),
        ),
    ),
    Text(
        "lunar-orbiter",
        "space mission summary",
        None,
        """\
Mission summary: Kumis-2 lunar orbiter

Kumis-2 was launched from the Vostochny site on 11 Aug. 2027 aboard a Soyuz-2.1b rocket. After
a trajectory correction two days later, the probe entered lunar orbit on 16 August and lowered
its orbit to 100 km on the 22nd.

Science operations began in September 2027. The mission was extended in July 2028 for a
further eighteen months. Contact was lost on or about 3 January 2030.
""",
        (
            expect("2027-08-11", "launched"),
            expect("2027-08-13", "correction"),
            expect("2027-08-16", "lunar orbit"),
            expect("2027-08-22", "lowered"),
            expect("2027-09", "science operations"),
            expect("2028-07", "extended"),
            expect("2030-01-03~", "contact"),
        ),
    ),
    Text(
        "dam",
        "government statement",
        None,
        """\
MINISTRY OF WATER RESOURCES
Statement No. 14/2022

Nur-Sultan, 28.06.2022

The reconstruction of the Koksaray counter-regulator dam is to begin on 1 August 2022 and to
be completed by the end of 2025. The works are estimated to cost 48 billion tenge.

The dam was commissioned in 2011. Since the spring floods of 2017, its northern spillway has
operated at reduced capacity.

A public hearing will be held in Turkistan on Tuesday, 12 July. Written comments may be
submitted until 25 July 2022.
""",
        (
            expect("2022-08-01", "reconstruction", planned=True),
            expect("../2025", "completed", planned=True),
            expect("2011", "commissioned"),
            expect("2017/..", "spillway"),
            expect("2022-07-12", "public hearing", planned=True),
            expect("../2022-07-25", "comments", planned=True),
        ),
    ),
    Text(
        "dairy",
        "HTML page",
        None,
        """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our history | Altyn Dala Dairy</title>
</head>
<body>
<header><a href="/">Altyn Dala Dairy</a> <nav><a href="/products">Products</a>
<a href="/history">History</a></nav></header>
<main>
<h1>Our history</h1>
<p>Altyn Dala began as a family farm near Kostanay with 40 cows. The Baimukhanov family
registered the dairy as a company in <b>1993</b>.</p>
<h2>Milestones</h2>
<ul>
<li><time datetime="1998">1998</time>: first cheese line installed</li>
<li>2004 &ndash; exports to Russia begin</li>
<li>March 2012 &ndash; new plant opens in Rudny</li>
<li>2016&ndash;2018: herd doubled to 2,400 cows</li>
</ul>
<p>In 2021 the company won a national quality award. A yoghurt plant in Astana is planned for
2026.</p>
</main>
<footer>&copy; 2008&ndash;2025 Altyn Dala Dairy. Page updated 12/03/2025.</footer>
</body></html>
""",
        (
            expect("1993", "registered"),
            expect("1998", "cheese line"),
            expect("2004", "exports"),
            expect("2012-03", "plant"),
            expect("2016/2018", "herd"),
            expect("2021", "award"),
            expect("2026", "yoghurt", planned=True),
        ),
    ),
    Text(
        "pianist",
        "obituary",
        date(2025, 2, 10),
        """\
Zhanna Abenova, pianist who revived the Kazakh concert repertoire, dies at 88

Zhanna Abenova, a pianist and teacher who brought forgotten works by Kazakh composers back to
the concert hall, died on Saturday in Almaty. She was 88.

Born in Semipalatinsk on 14 June 1936, she studied at the Moscow Conservatory from 1954 to
1959. She gave her first solo recital in 1960 and taught at the Almaty Conservatory for some
forty years.

She began collecting manuscripts in regional archives, and her edition of 24 forgotten
preludes appeared in 1984. She toured Japan three times in the 1990s.

A memorial concert will take place at the Philharmonic on 2 March.
""",
        (
            expect("2025-02-08", "died"),
            expect("1936-06-14", "born"),
            expect("1954/1959", "studied"),
            expect("1960", "recital"),
            expect("1984", "edition"),
            expect("1990/1999", "japan"),
            expect("2025-03-02", "memorial concert", planned=True),
        ),
    ),
    Text(
        "sync-changelog",
        "product changelog",
        None,
        """\
# Changelog

All notable changes to Tabyn Sync are documented in this file.

## [3.2.0] - 2024-11-05
### Added
- Two-way sync with CalDAV servers.
### Fixed
- Crash when an event starts at 2015 local time (#2019).

## [3.1.1] - 2024-09-17
### Security
- Patched the token leak reported on 12 September 2024 (CVE-2024-31337).

## [3.1.0] - 2024-08-30
### Changed
- Dropped support for Python 3.8.
### Deprecated
- The `--legacy` flag will be removed in 4.0, planned for Q2 2025.
""",
        (
            expect("2024-11-05", "3.2.0"),
            expect("2024-09-17", "3.1.1"),
            expect("2024-09-12", "leak"),
            expect("2024-08-30", "3.1.0"),
            expect("2025-04/2025-06", "4.0", planned=True),
        ),
    ),
    Text(
        "waste-bill",
        "parliamentary record",
        None,
        """\
OFFICIAL REPORT OF THE MAJILIS
Sitting of Wednesday, 15 November 2023

The sitting opened at 10.00 a.m.

The Chair: Item 3 on the agenda is the second reading of the Waste Management Bill. The bill
was introduced by the Government on 4 July and passed its first reading on 27 September.

Ms A. Dosova (Ecology Committee): The Committee held public hearings on 11 and 18 October. The
bill bans single-use plastic bags from 1 January 2025 and requires every town of over 50,000
people to sort its waste by 2030.

The Chair: I put the question. The bill is passed at second reading.

The third reading is scheduled for 6 December.
""",
        (
            expect("2023-07-04", "introduced"),
            expect("2023-09-27", "first reading"),
            expect("2023-10-11", "hearings"),
            expect("2023-10-18", "hearings"),
            expect("2025-01-01", "plastic", planned=True),
            expect("../2030", "sort", planned=True),
            expect("2023-11-15", "second reading"),
            expect("2023-12-06", "third reading", planned=True),
        ),
    ),
    Text(
        "gallery",
        "museum notice",
        date(2026, 4, 20),
        """\
Notice to visitors

The East Gallery of the Regional Museum of Local Lore will close for repairs from Monday 4 May
to Sunday 14 June 2026. The Bronze Age collection will move to the ground floor during the
works.

The museum was founded around 1899 as a school collection and moved to its present building
in 1935. The East Gallery last reopened after renovation in autumn 2009. Its mammoth skeleton,
found near Pavlodar in 1962, is about 14,000 years old and will stay on view.

Opening hours: Tuesday to Sunday, 10:00-18:00. Admission: 1500 tenge (children under 7 free).
""",
        (
            expect("2026-05-04/2026-06-14", "repairs", planned=True),
            expect("1899~", "founded"),
            expect("1935", "moved"),
            expect("2009", "reopened"),
            expect("1962", "skeleton"),
        ),
    ),
    Text(
        "clinics",
        "NGO report",
        None,
        """\
Clean Steppe Foundation - Annual Report 2022 (excerpt)

2. Our programmes

Since 2016 the Foundation has run mobile clinics in the villages of the Aral region. In 2022
the clinics saw roughly 11,000 patients, the most since the programme began.

Our well-drilling project, launched in February 2020, was suspended between March and June
2020 because of the pandemic and resumed in July. By December 2022 it had drilled 37 wells.

We plan to open a training centre in Aralsk in early 2024, in line with the 2030 Agenda (see
section 4.2).
""",
        (
            expect("2016/..", "clinics"),
            expect("2022", "patients"),
            expect("2020-02", "launched"),
            expect("2020-03/2020-06", "suspended"),
            expect("2020-07", "resumed"),
            expect("../2022-12", "wells"),
            expect("2024", "training centre", planned=True),
        ),
    ),
    Text(
        "lake-core",
        "academic abstract",
        None,
        """\
Abstract

We report radiocarbon dates and pollen records from a 6.2 m sediment core taken from Lake
Shortandy in July 2018. The basal sediment gave an age of 9820 +/- 60 14C yr BP. The pollen
record shows that the lake level fell sharply between 1950 and 1970, when irrigation
withdrawals grew. A dam on the main inflow, probably built in 1957, trapped most of the
sediment. A second core, drilled in March 2021, confirms the sequence. Fieldwork for a third
core is planned for summer 2025.

Keywords: Holocene; pollen; lake level; Kazakhstan
""",
        (
            expect("2018-07", "core"),
            expect("1950/1970", "lake level"),
            expect("1957?", "dam"),
            expect("2021-03", "second core"),
            expect("2025", "third core", planned=True),
        ),
    ),
    Text(
        "canyon",
        "blog post",
        None,
        """\
Three days in the Charyn Canyon

Posted on 5th March 2024 by Aliya

We finally did it! On Saturday we drove out to Charyn in my brother's 4x4, and on Sunday
morning we hiked the Valley of Castles down to the river.

I first visited the canyon back in 2011, when the road was still gravel. The new visitor centre
opened two years ago, and honestly it's great (the campsite costs 2000 tenge a night).

Next trip: the Kolsai lakes. We are planning to go in late May. My friend says the road to the
lakes will be closed for repairs until April 15.
""",
        (
            expect("2024-03-02", "charyn"),
            expect("2024-03-03", "hiked"),
            expect("2011", "visited"),
            expect("2022", "visitor centre"),
            expect("2024-05", "planning", planned=True),
            expect("../2024-04-15", "road", planned=True),
        ),
    ),
    Text(
        "snowstorm",
        "weather bulletin",
        None,
        """\
KAZHYDROMET - STORM WARNING No. 12

Issued: 06:00 local time, Thursday 9 January 2025

A deep Arctic cyclone will bring heavy snow and north-easterly winds of 20-25 m/s to Akmola
and North Kazakhstan regions from Friday evening until Sunday. Temperatures are expected to
fall to around -35 C by Monday.

Snowfall since Tuesday has already reached 30-40 cm in Kokshetau, where gusts of 31 m/s were
recorded at 2015 GMT on Wednesday. The last storm of this strength hit the region on 27-28
December 2012.

Schools in Kokshetau will be closed on Friday.
""",
        (
            expect("2025-01-10/2025-01-12", "cyclone", planned=True),
            expect("../2025-01-13", "temperatures", planned=True),
            expect("2025-01-07/..", "snowfall"),
            expect("2025-01-08", "gusts"),
            expect("2012-12-27/2012-12-28", "storm"),
            expect("2025-01-10", "schools", planned=True),
        ),
    ),
    Text(
        "cooperative",
        "meeting minutes",
        None,
        """\
Minutes of the Board meeting of the Zhasyl Kala Housing Cooperative
Held on Tuesday 14 May 2024 at 7 p.m., community room

Present: 9 of 11 members. Apologies: K. Omarov.

1. Roof repairs: the contractor started work on 2 May and expects to finish within three
weeks. The chair reported that the lift was out of service from 20 to 26 April.
2. Budget: the service charge will rise by 8 percent from 1 July 2024.
3. AOB: the annual general meeting will be held on Saturday 22 June.

Next board meeting: 11 June 2024.
""",
        (
            expect("2024-05-14", "meeting"),
            expect("2024-05-02", "started"),
            expect("2024-04-20/2024-04-26", "lift"),
            expect("2024-07-01", "service charge", planned=True),
            expect("2024-06-22", "annual general meeting", planned=True),
            expect("2024-06-11", "board meeting", planned=True),
        ),
    ),
    Text(
        "settlement",
        "legal notice",
        date(2025, 1, 20),
        """\
NOTICE OF PROPOSED CLASS SETTLEMENT

A settlement of 1.2 billion tenge has been reached in Dosov v. Qazaq Air JSC (Case No.
2021-CV-0415), a class action filed on 12 October 2021. The settlement covers tickets bought
between 1 March 2019 and 31 August 2021.

The court granted preliminary approval on 6 January 2025.

To receive a payment, submit a claim form by 30 April 2025. Objections must be filed no later
than 15 April 2025. The court will hold a final approval hearing on 20 May 2025 at 10:00.
""",
        (
            expect("2021-10-12", "filed"),
            expect("2019-03-01/2021-08-31", "tickets"),
            expect("2025-01-06", "preliminary approval"),
            expect("../2025-04-30", "claim", planned=True),
            expect("../2025-04-15", "objections", planned=True),
            expect("2025-05-20", "hearing", planned=True),
        ),
    ),
    Text(
        "copper-letter",
        "letter to shareholders",
        None,
        """\
Letter to our shareholders

Dear Shareholders,

In the fiscal year from 1 April 2023 to 31 March 2024, Kemel Mining's revenue rose 18 percent
to 412 billion tenge, and net profit reached 61 billion tenge, against 44 billion a year
earlier.

In June 2023 we completed the purchase of the Sarybulak copper mine, and in November we
commissioned its new flotation plant. Output at Sarybulak is projected to double by 2026.

The Board proposes a dividend of 120 tenge per share, to be paid on 15 July 2024 at the
latest. Our annual general meeting is to take place on 27 June 2024.

Askar Tulegenov
Chairman
""",
        (
            expect("2023-04-01/2024-03-31", "revenue"),
            expect("2023-06", "purchase"),
            expect("2023-11", "flotation plant"),
            expect("../2026", "output", planned=True),
            expect("../2024-07-15", "dividend", planned=True),
            expect("2024-06-27", "annual general meeting", planned=True),
        ),
    ),
    Text(
        "bridge",
        "timeline list",
        None,
        """\
Timeline: the Ili river bridge

- 1912 – a wooden bridge is believed to have been built upstream at Iliysk
- 1968 – first ferry licence granted to the Kapshagay cooperative
- Sept. 1983 – design competition for a road bridge won by Alatau Proekt
- 1985–1989 – construction, interrupted for a year by a funding dispute
- 12 Oct 1989 – bridge opened to traffic
- 2007 – bridge closed for eight months after cracks were found
- 2031 – replacement bridge expected to open
""",
        (
            expect("1912?", "wooden bridge"),
            expect("1968", "ferry licence"),
            expect("1983-09", "design competition"),
            expect("1985/1989", "construction"),
            expect("1989-10-12", "opened"),
            expect("2007", "closed"),
            expect("2031", "replacement bridge", planned=True),
        ),
    ),
    Text(
        "transit-card",
        "FAQ",
        None,
        """\
Frequently asked questions: the new transit card

When does the old Onay card stop working?
Old cards will be accepted until 31 December 2025. From 1 January 2026 onwards only the new
card will work on buses and the metro.

When did the new card come out?
The new card went on sale on 1 September 2025, and more than 200,000 were sold within a month.
Two weeks later, the mobile app version followed.

Can I get a refund of my old balance?
Yes. Balances can be transferred at any service point until the end of March 2026.

Is the fare going up?
The fare of 90 tenge per ride is to rise to 120 tenge in the summer of 2026.
""",
        (
            expect("../2025-12-31", "accepted", planned=True),
            expect("2026-01-01/..", "new card", planned=True),
            expect("2025-09-01", "sale"),
            expect("2025-09-15", "mobile app"),
            expect("../2026-03", "transferred", planned=True),
            expect("2026", "fare", planned=True),
        ),
    ),
)
