"""A twelfth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWELFTH_CORPUS",)

TWELFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "grain-terminal",
        "wire story",
        None,
        """\
Fire halts loading at northern grain terminal

By Dana Ormanova

KOSTANAY, Oct. 9, 2024 (Steppe Wire) - The Tobol grain terminal halted loading on Monday
after a fire damaged one of its conveyor galleries, the regional emergencies department said.

Its operator, Arka Grain, said it will resume shipments on Friday once engineers have
checked the gallery. Nobody was hurt.

The terminal opened in 2011 and doubled its capacity three years later. Its shipments are now
the highest since 2008.

A similar fire on or about 2 February 2019 closed the terminal for a week.

Photo: Workers clear debris at the Tobol terminal, Oct. 8, 2024.

Reporting by Dana Ormanova; Editing by Paul Reeve
(c) 2024 Steppe Wire. All rights reserved. Story no. 2024-1009-0417
""",
        (
            expect("2024-10-07", "halted"),
            expect("2024-10-11", "resume", planned=True),
            expect("2011", "opened"),
            expect("2014", "capacity"),
            expect("2019-02-02~", "fire"),
        ),
    ),
    Text(
        "solar-plant",
        "press release",
        date(2023, 11, 20),
        """\
FOR IMMEDIATE RELEASE

Qazaq Solar Partners connects Saryarka plant to the grid

ASTANA - Qazaq Solar Partners today announced that its 120 MW Saryarka solar plant was
connected to the national grid on 14 November 2023.

Construction of the plant began in March 2022. It uses 214,000 bifacial modules and
SX-2040 inverters. Commercial operation is expected to start no later than 31 January 2024,
once the grid operator has completed its acceptance tests.

"This is our largest project to date," said chief executive Marat Tuleu. The company,
founded in 2016, has operated the 50 MW Balkhash plant since 2019. It plans to begin work on
a battery storage site at Balkhash in 2025.

About Qazaq Solar Partners
Qazaq Solar Partners develops and operates solar plants in Central Asia. Ref. QSP/2023/114.

Media contact: Aliya Sarsen, +7 717 255 2019, press@qsp.example
""",
        (
            expect("2023-11-14", "grid"),
            expect("2022-03", "construction"),
            expect("../2024-01-31", "commercial operation", planned=True),
            expect("2016", "founded"),
            expect("2019/..", "Balkhash"),
            expect("2025", "battery", planned=True),
        ),
    ),
    Text(
        "ceasefire-statement",
        "UN statement",
        None,
        """\
Statement attributable to the Spokesperson for the Secretary-General on Vella

Geneva, 2 May 2022

The Secretary-General welcomes the agreement signed on 29 April 2022 in Vella between the
Government of Ardania and the Eastern Alliance. He notes that the ceasefire took effect at
06:00 local time on 1 May and has so far held.

The parties have been in talks under United Nations auspices since January 2021. The first
exchange of detainees is to take place on 15 May. A joint monitoring commission will convene
in Vella no later than 31 May 2022.

The Secretary-General calls on all parties to honour their commitments (see document
S/2022/341).

Stephane Lavoie, Spokesperson for the Secretary-General
""",
        (
            expect("2022-04-29", "agreement"),
            expect("2022-05-01", "ceasefire"),
            expect("2021-01/..", "talks"),
            expect("2022-05-15", "exchange", planned=True),
            expect("../2022-05-31", "monitoring commission", planned=True),
        ),
    ),
    Text(
        "land-lease-judgment",
        "court ruling summary",
        None,
        """\
SUPREME COURT OF THE REPUBLIC OF ARDANIA
Judicial Board for Civil Cases
Case No. 6001-22-00-6ap/118 - Summary of judgment delivered 17.03.2023

Altyn Bulak LLP v. Akimat of Zhetysu District

Facts. The claimant concluded a 25-year lease of a 14-hectare plot with the akimat on
04.06.2015. The akimat terminated the lease unilaterally on 12.09.2019, citing unpaid rent of
KZT 14,500,000. Earlier that month, it had sent the claimant a warning letter.

Proceedings. The district court dismissed the claim on 23.11.2021, and the appellate board
upheld that decision on 15.04.2022.

Holding. Under Article 401 of the Civil Code a lease may be terminated only by a court. The
Supreme Court set aside the lower decisions on 17.03.2023 and restored the lease. The akimat
must return the plot to the claimant no later than 30.06.2023.

This summary is not part of the judgment and does not bind the Court.
""",
        (
            expect("2015-06-04", "lease"),
            expect("2019-09-12", "terminat"),
            expect("2019-09", "warning"),
            expect("2021-11-23", "dismissed"),
            expect("2022-04-15", "upheld"),
            expect("2023-03-17", "set aside"),
            expect("../2023-06-30", "return", planned=True),
        ),
    ),
    Text(
        "karatau-mining",
        "encyclopedia history with infobox",
        None,
        """\
Karatau Mining Trust

Type: Joint-stock company
Industry: Phosphorite mining
Founded: 5 May 1957
Headquarters: Zhanatas
Defunct: 2004

The Karatau Mining Trust was a phosphorite producer in southern Kazakhstan.

History
The trust was established on 5 May 1957 to work the deposits of the Karatau range. Output
began c. 1960 at the Aksai open pit. From 1975 to 1981 the trust built a second concentrator
at Kokzhon, which raised its output to the highest level since the war. The trust was awarded
the Order of Labour in 1966, 1971 and 1976.

It was privatised in 1996 and declared bankrupt in 2004. Its assets were sold to several
buyers.

See also: Phosphorite mining in Kazakhstan
References: [1] Annual Statistical Digest, vol. 12, p. 1957.
""",
        (
            expect("1957-05-05", "established"),
            expect("1960~", "output"),
            expect("1975/1981", "concentrator"),
            expect("1966", "Order"),
            expect("1971", "Order"),
            expect("1976", "Order"),
            expect("1996", "privatis"),
            expect("2004", "bankrupt"),
        ),
    ),
    Text(
        "road-answer",
        "parliamentary answer",
        date(2024, 6, 11),
        """\
Written question E-000417/2024 to the Minister of Transport
Question by Deputy Yerlan Saduakas: When will the reconstruction of the Ekibastuz-Pavlodar
road be completed, and who manages the road today?

Answer by the Minister of Transport, Asel Mukan

The reconstruction of the 140 km road began on 1 April 2021, and the first section of 48 km
was opened to traffic on 30 October 2022. The contractor, Dala Road Group, is scheduled to
finish the remaining works by 30 November 2025. Tenders for the last section were opened last
month.

Since 1 January 2024 the road has been managed by the national operator Zholdar. Funding of
KZT 62 billion was set aside in the budget. Traffic on the road grows by roughly 14% each
year, and its accident rate is now the lowest since 2012.
""",
        (
            expect("2021-04-01", "reconstruction"),
            expect("2022-10-30", "section"),
            expect("../2025-11-30", "works", planned=True),
            expect("2024-05", "tenders"),
            expect("2024-01-01/..", "Zholdar"),
        ),
    ),
    Text(
        "travel-advisory",
        "embassy travel advisory",
        date(2025, 2, 3),
        """\
Embassy of Nortland in Astana
Travel Advice: Kazakhstan
Last updated: 3 February 2025 | Advice level: 2 - Exercise a high degree of caution

Latest update
Opposition groups have announced protests in central Almaty on Saturday 8 February. Avoid
demonstrations and follow the instructions of local authorities.

Since 20 January 2025, foreign visitors staying more than five days must register online
with the migration service.

The Khorgos border crossing was closed on 28 January and reopened on 31 January. Expect
delays of up to 12 hours.

An electronic visa system for Nortland citizens will be introduced on 1 March 2025.

Natural hazards
Earthquakes of magnitude 5 occur several times each year in the south-east.

Emergency line for Nortland citizens: +7 7172 55 20 25 (24 hours)
""",
        (
            expect("2025-02-08", "protests", planned=True),
            expect("2025-01-20/..", "register"),
            expect("2025-01-28", "closed"),
            expect("2025-01-31", "reopened"),
            expect("2025-03-01", "visa", planned=True),
        ),
    ),
    Text(
        "base-rate",
        "central-bank release",
        None,
        """\
Central Bank of Ardania
Press release No. 21
Vella, 14 July 2023

Base rate lowered to 16.5%

The Monetary Policy Committee of the Central Bank of Ardania decided on 14 July 2023 to lower
the base rate by 25 basis points to 16.5%. It is the first cut since March 2021. The rate was
last raised on 24 February 2023, to 16.75%.

The Committee expects inflation to return to the 4-6% target range by the end of 2025. The
Bank has pursued an inflation-targeting regime since 2015.

The next decision on the base rate is scheduled for 25 August 2023, at 17:00 Vella time.

For media inquiries: +7 727 270 4591, press@cba.example
""",
        (
            expect("2023-07-14", "rate"),
            expect("2023-02-24", "raised"),
            expect("../2025", "inflation", planned=True),
            expect("2015/..", "targeting"),
            expect("2023-08-25", "decision", planned=True),
        ),
    ),
    Text(
        "freight-history",
        "company annual-report history",
        None,
        """\
Tengri Freight JSC - Annual Report 2022
Our history

1994 - Founded in Shymkent as a trucking cooperative of twelve lorries.
2003-2006 - Expanded into Uzbekistan and Kyrgyzstan.
2011 - Listed on the Kazakhstan Stock Exchange; acquired RailLink LLP the following year.
2019 - Launched the TF-Track 360 platform.
Since 2020 - Carbon-neutral operations at all our terminals.

Between March and May 2020 the company ran free deliveries of medical supplies to hospitals
in six regions. Its revenue growth is now the fastest since 2011.

Looking ahead, the Board plans to open a logistics hub in Aktau in 2024.

Annual Report 2022 | page 4
""",
        (
            expect("1994", "founded"),
            expect("2003/2006", "expand"),
            expect("2011", "listed"),
            expect("2012", "RailLink"),
            expect("2019", "TF-Track"),
            expect("2020/..", "carbon"),
            expect("2020-03/2020-05", "deliveries"),
            expect("2024", "Aktau", planned=True),
        ),
    ),
    Text(
        "falcons-season",
        "sports season recap",
        date(2024, 5, 20),
        """\
Season review: Falcons end fifteen-year wait

The Irtysh Falcons opened the season with a 3-1 win over Aktobe Steel on 12 August 2023, and
few expected what followed.

Head coach Ruslan Beisenov was dismissed on October 30 after six straight defeats. His
assistant Timur Ospan took over the following day and lost only two of his 21 league games.

The Falcons lost the cup final 0-2 to Tobol on the 4th of May, but the league title was
sealed on Sunday with a 2-0 win at Kaisar in front of 11,400 fans. It was the club's first
title since 2009.

Pre-season training will start on 1 July.
""",
        (
            expect("2023-08-12", "Aktobe"),
            expect("2023-10-30", "dismissed"),
            expect("2023-10-31", "Ospan"),
            expect("2024-05-04", "cup final"),
            expect("2024-05-19", "title"),
            expect("2024-07-01", "training", planned=True),
        ),
    ),
    Text(
        "seitkali-papers",
        "archive finding aid",
        None,
        """\
Central State Archive - Finding aid
Papers of Gulnara Seitkali, 1948-1999
Collection MS 2231 | Extent: 4.5 linear metres (31 boxes) | Language: Kazakh, Russian

Biographical note
Gulnara Seitkali (c. 1931-2004) was an ethnographer. She joined the Institute of History in
1955 and led the Mangyshlak expedition from 1962 to 1967. She was elected to the Academy of
Sciences in 1983. She died in Almaty on 2 March 2004.

Scope and content
Field diaries, photographs and correspondence, arranged in four series.

Acquisition
Donated by her son, Nurlan Seitkali, in 2006.

Container list
Box 1-9: field diaries | Box 10-22: photographs | Box 23-31: correspondence
""",
        (
            expect("1931~", "Seitkali"),
            expect("1955", "Institute"),
            expect("1962/1967", "expedition"),
            expect("1983", "Academy"),
            expect("2004-03-02", "died"),
            expect("2006", "donated"),
        ),
    ),
    Text(
        "steppe-conference",
        "conference programme page (HTML)",
        None,
        """\
<html><head><title>Steppe Studies 2025 - Programme</title></head>
<body>
<nav>Home | Call for papers | Programme | Venue | Contact</nav>
<h1>Twelfth Steppe Studies Conference</h1>
<p class="dates">Karaganda, 14-16 October 2025</p>
<p>Papers must be submitted no later than 15 June 2025. Early registration closes on
31 July 2025.</p>
<h2>Tuesday 14 October</h2>
<ul><li>09:30 Opening address by the rector</li></ul>
<h2>Wednesday 15 October</h2>
<ul><li>All day: excursion to the Karkaraly museum</li></ul>
<h2>About the association</h2>
<p>The Steppe Studies Association was founded in Karaganda in 2001. Its conference has been
held every two years since 2003.</p>
<footer>(c) 2025 Steppe Studies Association | Page updated 2 May 2025</footer>
</body></html>
""",
        (
            expect("2025-10-14/2025-10-16", "conference", planned=True),
            expect("../2025-06-15", "papers", planned=True),
            expect("2025-07-31", "registration", planned=True),
            expect("2025-10-14", "opening", planned=True),
            expect("2025-10-15", "excursion", planned=True),
            expect("2001", "association"),
        ),
    ),
    Text(
        "early-election",
        "election commission notice",
        None,
        """\
ELECTION COMMISSION OF THE REPUBLIC OF ARDANIA
Notice No. 45/212, issued in Vella on 19 August 2024

On the calendar of the early elections to the National Assembly

The President dissolved the National Assembly by Decree No. 612 on 16 August 2024. The
Commission announces the following calendar.

1. Polling day is set for Sunday 17 November 2024. Polling stations open from 07:00 to 20:00.
2. Nominations of candidates open on 2 September 2024 and close on 2 October 2024 at 18:00.
3. The campaign period runs from 3 October until 15 November 2024.
4. Results will be announced no later than 27 November 2024.

Voter information hotline: 1414
""",
        (
            expect("2024-08-16", "dissolved"),
            expect("2024-11-17", "polling", planned=True),
            expect("2024-09-02", "nominations", "open", planned=True),
            expect("2024-10-02", "nominations", "close", planned=True),
            expect("2024-10-03/2024-11-15", "campaign", planned=True),
            expect("../2024-11-27", "results", planned=True),
        ),
    ),
    Text(
        "zhalagash-water",
        "NGO field report",
        date(2024, 6, 7),
        """\
Aral Water Relief - Field report, week 23
Kyzylorda region, Zhalagash district
Prepared by: A. Nurlanova, field coordinator | Distribution: internal

Situation
The pumping station at Zhalagash failed around 20 May, and about 1,200 households now rely on
trucked water. Water samples were taken on 28, 29 and 31 May; all showed high salinity.

Response
Our mobile team arrived in Zhalagash on Monday 3 June. Distribution of filters began on
4 June. Each household receives 20 litres of drinking water per person per day.

Next steps
The district akimat has promised to repair the
station by 15 July. In 2021 the same station was out of service for three weeks.

Contact: +7 705 123 4567
""",
        (
            expect("2024-05-20~", "pumping station"),
            expect("2024-05-28", "samples"),
            expect("2024-05-29", "samples"),
            expect("2024-05-31", "samples"),
            expect("2024-06-03", "team"),
            expect("2024-06-04", "filters"),
            expect("../2024-07-15", "repair", planned=True),
            expect("2021", "service"),
        ),
    ),
    Text(
        "kemelbek-obituary",
        "newspaper obituary",
        date(2022, 9, 14),
        """\
OBITUARIES

Bolat Kemelbek, architect of the Palace of Students, 1938-2022

Bolat Kemelbek, who designed the Palace of Students in Semey, died on September 9 at his home
in Almaty. He was 84.

Born in Zaisan on March 3, 1938, he studied at the Moscow Architectural Institute, graduating
in 1961. He joined the city design bureau of Semey the following year and
became its chief architect in 1979.

The Palace of Students, completed in 1972, was listed as a monument in 2008.

A memorial service will be held on Saturday at the Union of Architects.
""",
        (
            expect("2022-09-09", "died"),
            expect("1938-03-03", "born"),
            expect("1961", "graduat"),
            expect("1962", "design bureau"),
            expect("1979", "chief architect"),
            expect("1972", "Palace"),
            expect("2008", "monument"),
            expect("2022-09-17", "memorial", planned=True),
        ),
    ),
    Text(
        "bakery-blog",
        "blog post",
        None,
        """\
Why our little bakery is moving
Posted by Saule on 22 April 2021 | 14 comments

We opened Nan & Co. on a rainy Friday, 13 September 2013, with one oven and two tables.
Three years later we added the cafe corner. Since 2013 we have never missed a Saturday
market, and we still bake about 300 loaves each day.

Last month the landlord told us the building will be demolished. Our last day on Abay Street
will be Sunday, May 30. We hope to reopen in the new place on Zheltoksan Street around
15 June.

Thank you for sticking with us!
Tags: bakery, Almaty, news
""",
        (
            expect("2013-09-13", "opened"),
            expect("2016", "cafe"),
            expect("2021-03", "landlord"),
            expect("2021-05-30", "last day", planned=True),
            expect("2021-06-15~", "reopen", planned=True),
        ),
    ),
    Text(
        "wetlands-convention",
        "treaty status table",
        None,
        """\
Convention on the Protection of Transboundary Steppe Wetlands
Ust-Kamenogorsk, 21 May 1998
Status as at 1 January 2024

Adopted at Ust-Kamenogorsk on 21 May 1998. Entry into force: 3 March 2001, in accordance with
article 19(1). Registration No. 37214.

Participant   | Signature    | Ratification, accession (a)
Ardania       | 21 May 1998  | 14 Nov 2000
Kyrgyzstan    |              |  9 Jun 2005 a
Nortland      | 22 May 1998  |

Note: Nortland has announced that it intends to ratify the Convention by the end of 2024.
""",
        (
            expect("1998-05-21", "adopted"),
            expect("2001-03-03", "force"),
            expect("1998-05-21", "Ardania", "sign"),
            expect("2000-11-14", "Ardania", "ratif"),
            expect("2005-06-09", "Kyrgyzstan", "acce"),
            expect("1998-05-22", "Nortland", "sign"),
            expect("../2024", "Nortland", "ratif", planned=True),
        ),
    ),
    Text(
        "bottle-recall",
        "product recall notice",
        None,
        """\
PRODUCT RECALL
Date of notice: 22 January 2025

Sunny Kids baby bottles, model BK-2019, 250 ml (LOT 2406-118 to 2411-204)

Nomad Home Goods LLP is recalling about 14,000 baby bottles sold between 1 March and
30 November 2024, after a customer reported on 6 January 2025 that a bottle cracked when
heated. No injuries have been reported.

The company stopped sales on 9 January 2025 and notified the Committee for Consumer
Protection the next day.

What to do: stop using the bottle. Refunds are available at any store until 31 March 2025.
Free hotline: 8 800 080 2024 (09:00-18:00).
""",
        (
            expect("2024-03-01/2024-11-30", "sold"),
            expect("2025-01-06", "report"),
            expect("2025-01-09", "stopped"),
            expect("2025-01-10", "notified"),
            expect("../2025-03-31", "refund", planned=True),
        ),
    ),
    Text(
        "zhunus-jacket",
        "book-jacket biography",
        None,
        """\
ABOUT THE AUTHOR

Aida Zhunus was born in Taraz in 1975. She worked as a correspondent for the Steppe Herald
from 1998 to 2003, then spent roughly a decade in Istanbul. Her first novel, The Salt Road
(2009), won the Ardanian Book Prize the following year. She has lived in Almaty since 2016.
Her new novel will be published next spring.

Cover photograph (c) Dana Ermek 2024
ISBN 978-601-7321-04-9
""",
        (
            expect("1975", "born"),
            expect("1998/2003", "correspondent"),
            expect("2009", "Salt Road"),
            expect("2010", "Prize"),
            expect("2016/..", "Almaty"),
        ),
    ),
    Text(
        "gas-cable",
        "diplomatic cable summary",
        None,
        """\
DATE: 12 May 2023 (Friday)
FROM: EMBASSY VELLA
SUBJECT: ARDANIA: SPEAKER OUTLINES GAS DEAL TIMETABLE
REF: A) VELLA 1142 B) 23 STATE 45017
CLASSIFIED BY: DCM, REASON 1.4 (b) and (d)

1. (C) SUMMARY: Speaker Kanat Orynbay told the Ambassador on 2023-05-10 that parliament would
vote on the gas transit agreement on Tuesday. END SUMMARY.

2. (C) The agreement was initialled in Baku on 2023-03-28 and signed by the two governments on
or about April 20. Orynbay expects first deliveries no later than 2024-01-01. Ref A reported
the first round of talks in December 2021.
""",
        (
            expect("2023-05-10", "Orynbay"),
            expect("2023-05-16", "vote", planned=True),
            expect("2023-03-28", "initialled"),
            expect("2023-04-20~", "signed"),
            expect("../2024-01-01", "deliveries", planned=True),
            expect("2021-12", "talks"),
        ),
    ),
)
