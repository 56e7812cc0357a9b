"""A seventeenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new texts in twenty styles (wire stories on
business and on politics, a corporate and an NGO press release, a trial judgment and a
supreme court's procedural history, encyclopedia histories of a company and of a region,
reports of a football match and of an athletics season, company histories by decade and as
milestones, summaries of an election observation mission and of a needs assessment,
statements of a prime minister's office and of a ministry, an HTML news page and a city's
event page, an ambassador's letter and a parliamentary written answer). The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season,
"late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTEENTH_CORPUS",)

SEVENTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-business-pumps",
        "wire story with a dateline (business)",
        date(2025, 3, 12),
        """Markets | Industrials
March 12, 2025 9:14 AM UTC Updated 2 hours ago

Kessler Hydraulik agrees to buy Dutch rival Vandermolen

FRANKFURT, March 12 (Tidewire) - German pump maker Kessler Hydraulik said on Tuesday
it had agreed to buy Dutch rival Vandermolen Pompen for 410 million euros, its largest
acquisition since the group was founded in 1998.

The deal is expected to close in June, pending approval from competition authorities
in Brussels, Kessler said.

Kessler, which has been listed on the Frankfurt stock exchange since 2004, bought the
Austrian valve maker Nordwerk in 2016 and expanded into Poland the following year.
Its shares rose 4.2% on the news, their biggest one-day gain since August 2019.

Vandermolen, based in Eindhoven, employs about 900 people. Its chief executive, Pieter
Hoogland, said the two companies had first discussed a tie-up in about 2021.

(Reporting by Anke Brenner; Editing by Tom Oyelaran)""",
        (
            expect("2025-03-11", "buy", "vandermolen"),
            expect("1998", "found"),
            expect("2025-06", "close", planned=True),
            expect("2004/..", "list"),
            expect("2016", "nordwerk"),
            expect("2017", "poland"),
            expect("2021~", "discuss"),
        ),
    ),
    Text(
        "wire-politics-term-limits",
        "wire story with a dateline (politics)",
        date(2024, 10, 7),
        """NAIROBI, Oct 7 (Tidewire) - Kenya's ruling coalition pushed a bill to extend
presidential term limits through its first reading on Saturday, despite a walkout by
opposition lawmakers and protests outside parliament.

The second reading will take place on Thursday, the speaker of the National Assembly,
Grace Wambui, told reporters. A referendum would be needed if the bill passes.

The Umoja coalition, in power since 2019, holds 212 of the 349 seats. Two earlier
attempts to change the term limit, in 2010 and 2015, failed in committee.

Police said about 40 people were arrested in the protests, the largest in the capital
since 2017. Opposition leader Daniel Kiprop called the bill "a betrayal" and said his
party would challenge it in court.

The constitution, adopted on 27 August 2010 after a referendum, limits presidents to
two five-year terms.

(Reporting by Joseph Mwangi in Nairobi; Additional reporting by Lucy Achieng; Writing
by Henrik Dahl; Editing by Sara Ponti)""",
        (
            expect("2024-10-05", "reading"),
            expect("2024-10-10", "second", "reading", planned=True),
            expect("2019/..", "power"),
            expect("2010", "attempt"),
            expect("2015", "attempt"),
            expect("2010-08-27", "constitution", "adopt"),
        ),
    ),
    Text(
        "press-release-valence-plant",
        "corporate press release",
        None,
        """FOR IMMEDIATE RELEASE

Orvalis Energie starts series production of its H4 heat pump

LYON, France - 4 February 2026 - Orvalis Energie SA (Euronext: ORV), a maker of heat
pumps for apartment buildings, today announced that series production of its H4 heat
pump has started at its plant in Valence.

The Valence plant, opened in September 2023, has been extended by 6,000 square metres.
By 31 December 2025 the company had installed more than 3,000 H4 units in pilot
projects across France and Belgium.

Deliveries to customers in Germany will begin in May 2026, and a second production line
is scheduled to start in January 2027.

"The H4 is the product we have worked on for a decade," said chief executive Claire
Dumesnil.

About Orvalis Energie
Orvalis Energie was founded in 1987 by the engineers Marc and Hélène Brison and has been
listed on Euronext Paris since 2012. Every June the company opens its plants to the
public. It employs roughly 1,400 people.

Media contact: presse@orvalis.example | +33 4 00 00 00 00""",
        (
            expect("2023-09", "open"),
            expect("../2025-12-31", "install"),
            expect("2026-05", "deliver", planned=True),
            expect("2027-01", "line", planned=True),
            expect("1987", "found"),
            expect("2012/..", "list"),
        ),
    ),
    Text(
        "ngo-release-hedgehog-count",
        "NGO press release with notes to editors",
        None,
        """PRESS RELEASE
Issued by the Meadowland Wildlife Trust, 18 November 2025
Embargoed until 00:01, 19 November 2025

Hedgehog numbers in rural areas fall by a third in ten years

A survey carried out by 1,200 volunteers between 2 and 20 June 2025 found hedgehogs in
only 41% of the rural sites visited, against 62% in the survey of 2015.

The Trust's chief executive, Dr Helen Marsh, said: "This is the steepest fall we have
recorded." The full report will be presented to the parliamentary committee on the
environment on 3 December.

The Trust is calling for hedgerow grants to be restored. They were cut in April 2022.

ENDS

Notes to editors
1. The Meadowland Wildlife Trust was established in 1964 and is a registered charity.
2. The first national hedgehog count was organised by the Trust in about 1972.
3. The 2015 survey covered 1,450 sites; figures are not adjusted for weather.
4. Interviews: press@meadowland.example, 01632 960 000.""",
        (
            expect("2025-06-02/2025-06-20", "survey"),
            expect("2025-12-03", "report", "present", planned=True),
            expect("2022-04", "cut"),
            expect("1964", "establish"),
            expect("1972~", "count"),
        ),
    ),
    Text(
        "trial-judgment-consultancy",
        "court opinion (trial judgment, findings of fact)",
        None,
        """Neutral Citation Number: [2025] EWHC 1432 (Comm)
Case No: CL-2023-000041
IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS

Between: HARTWELL LOGISTICS LIMITED (Claimant)
and ORMSBY CONSULTING LLP (Defendant)

JUDGMENT

Findings of fact

14. Mr Daniel Okafor was employed by the claimant as finance director from 1 April 2016
to 30 September 2021. I accept his evidence that the consultancy agreement with the
defendant was probably signed in July 2019, although no signed copy has been produced.

15. On or about 14 February 2020 the defendant sent the claimant an invoice for
£218,000 described as "phase two advisory work". The invoice was paid in full on
2 March. The defendant has not shown that any work described as phase two was carried
out.

16. The claimant first raised the matter in a letter of 9 June 2022. The claim form was
issued on 11 January 2023.

17. The defendant's practice was to send invoices on the last Friday of each month.""",
        (
            expect("2016-04-01/2021-09-30", "employ"),
            expect("2019-07?", "sign"),
            expect("2020-02-14~", "invoice"),
            expect("2020-03-02", "paid"),
            expect("2022-06-09", "letter"),
            expect("2023-01-11", "claim"),
        ),
    ),
    Text(
        "supreme-court-procedural-history",
        "court opinion (supreme court, procedural history)",
        None,
        """SUPREME COURT OF THE REPUBLIC
Criminal Appeal No. 88 of 2019

Jonas Heikkilä, Appellant
v.
The State, Respondent

JUDGMENT OF THE COURT, delivered by Justice Aaltonen

I. Procedural history

1. The appellant was arrested on 2 January 2016 and has been in custody since that
day; he has been held at Vaara prison since 14 March 2016.

2. He was convicted by the District Court of Lahtinen on 9 May 2017 of aggravated fraud
under section 14 of the Penal Code, as amended in 2012, and sentenced to seven years'
imprisonment.

3. The Court of Appeal dismissed his appeal on 21 November 2018. Leave to appeal to this
Court was granted on 3 April 2019, limited to the question whether the amended section
applies to acts committed before it entered into force.

4. The appeal was heard on 12 October 2020. Judgment was reserved.""",
        (
            expect("2016-01-02", "arrest"),
            expect("2016-03-14/..", "held"),
            expect("2017-05-09", "convict"),
            expect("2012", "amend"),
            expect("2018-11-21", "dismiss"),
            expect("2019-04-03", "leave"),
            expect("2020-10-12", "heard"),
        ),
    ),
    Text(
        "encyclopedia-company-brewery",
        "encyclopedia history of a company",
        None,
        """Brauerei Falkenstein

Brauerei Falkenstein AG is a brewing company based in Regensburg, Germany.

History

The brewery traces its origins to a tavern opened by Josef Falkenstein c. 1880 on the
banks of the Danube. It was incorporated as a joint-stock company in 1902 and built a
new brewhouse in 1911.

During the interwar years the company bought breweries in Passau, Landshut and Straubing,
in 1921, 1925 and 1930 respectively. Its production was requisitioned during the Second
World War, and in 1948 it resumed brewing under a licence from the American authorities.

In 1987 Falkenstein was taken over by the Munich-based Oberland group. It has been owned
by the Danish investor Kragh Holding since 2009, which moved part of the bottling to
Pilsen.

Its Helles is still brewed to the recipe of 1911, and the company sponsors the yearly
Regensburg Beer Week.""",
        (
            expect("1880~", "tavern"),
            expect("1902", "incorporat"),
            expect("1911", "brewhouse"),
            expect("1921", "passau"),
            expect("1925", "landshut"),
            expect("1930", "straubing"),
            expect("1948", "resum"),
            expect("2009/..", "own"),
        ),
    ),
    Text(
        "encyclopedia-region-varnia",
        "encyclopedia history of a region",
        None,
        """Lower Varnia

Lower Varnia is a historical region in the south-west of Slovakia, along the middle
course of the Varna river.

Contents
1 History
1.1 Middle Ages
1.2 Modern period
2 See also
3 References

History

Middle Ages
The region is first mentioned in a charter of 1136.[1] From 1278 to 1526 it formed part
of the Duchy of Orlava, whose dukes probably built the castle at Hrabov in 1290.[2]

Modern period
The railway reached the valley in 1867, and the first spa at Tepla opened the following
year.[3] The 1910 census counted 48,000 inhabitants, the highest figure before 1990.
After the war the region was divided between two districts in 1949. Since 1996 it has
formed part of the Nitra Region.[4]

References
1. ^ Kovac, J. (1988). Charters of the Varna Valley. p. 14.
2. ^ Hlinka, M. (2001). Castles of Orlava. pp. 77-80.""",
        (
            expect("1136", "charter"),
            expect("1278/1526", "duchy"),
            expect("1290?", "castle"),
            expect("1867", "railway"),
            expect("1868", "spa"),
            expect("1949", "divid"),
            expect("1996/..", "nitra"),
        ),
    ),
    Text(
        "sports-football-match",
        "sports report (football match)",
        date(2025, 4, 13),
        """FOOTBALL | CHAMPIONSHIP

Brightwater United 3 Castleford Town 1

By Owen Pritchard
Sunday 13 April 2025

Brightwater United moved to within two points of the play-off places with a 3-1 win
over Castleford Town at the Harbour Ground on Saturday, their first home win against
Castleford since 2011.

Striker Mateo Ruiz, signed from Deportivo Arenal in January, scored twice before half-time.
Castleford pulled one back through Liam Doyle, but substitute Jack Amesbury sealed the
points in stoppage time.

Manager Karen Holt, in charge since November 2023, said: "We train every Monday on set
pieces and it showed."

Brightwater, relegated in 2019 and promoted back in 2022, next face Hull Rovers away
on Wednesday.

Brightwater: Price; Adams, Okoro, Lewin, Marsh; Ruiz, Kent, Lowe; Amesbury, Diallo, Pike.
Attendance: 18,412.""",
        (
            expect("2025-04-12", "win"),
            expect("2025-01", "sign"),
            expect("2023-11/..", "charge"),
            expect("2019", "relegat"),
            expect("2022", "promot"),
            expect("2025-04-16", "face", planned=True),
        ),
    ),
    Text(
        "sports-athletics-season",
        "sports report (athletics season, results list)",
        None,
        """ATHLETICS - SEASON REVIEW

Ines Carvalho: the 2025 season in results

Ines Carvalho, who has held the Portuguese 800 metres record since 2022, ended her season
with a time of 1:57.4, her best since 2019.

Results 2025
- 1-2 March 2025, European Indoor Championships, Apeldoorn: 2nd (2:00.11)
- 12 June, Diamond League, Oslo: 1st (1:58.02)
- 26-27 July, Portuguese Championships, Lisbon: 1st (2:01.30)
- 15 September, World Championships, Tokyo: 4th (1:57.40, season best)

She withdrew from the Zurich meeting on or about 20 August with a calf strain.

Carvalho, who trains twice a day in Leiria, said her season opener in 2026 is scheduled
for 18 April in Doha.""",
        (
            expect("2022/..", "record"),
            expect("2025-03-01/2025-03-02", "indoor"),
            expect("2025-06-12", "oslo"),
            expect("2025-07-26/2025-07-27", "portuguese", "championships"),
            expect("2025-09-15", "world"),
            expect("2025-08-20~", "withdr"),
            expect("2026-04-18", "open", planned=True),
        ),
    ),
    Text(
        "company-history-html-decades",
        "company history page (HTML with decade headings)",
        None,
        """<html><head><title>Our history | Lindqvist Knives</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/history">History</a></nav>
<h1>Seventy years of Lindqvist</h1>
<h2>1950s</h2>
<p>In 1953 the blacksmith Erik Lindqvist opened a small workshop in Mora. Around 1958
the workshop moved to a former dairy by the lake.</p>
<h2>1970s</h2>
<p>The first export order went to Norway in 1974. By 1979 Lindqvist knives were sold in
twelve countries.</p>
<h2>1990s</h2>
<p>In March 1996 the family sold a majority stake to the Dalarna Industri group.</p>
<h2>2020s</h2>
<p>A new factory in Rättvik is scheduled to open in 2027. Every knife is still sharpened
by hand.</p>
<footer>&copy; 2026 Lindqvist Knives AB</footer>
</body></html>""",
        (
            expect("1953", "workshop"),
            expect("1958~", "move"),
            expect("1974", "export"),
            expect("../1979", "sold"),
            expect("1996-03", "stake"),
            expect("2027", "factory", planned=True),
        ),
    ),
    Text(
        "company-history-milestones",
        "company history (milestones list)",
        None,
        """About us > Milestones

Kivi Software

Milestones
- 2001 - Kivi Software is founded in Tallinn by three university friends.
- 2004 - Launch of KiviBooks, our first accounting product.
- 2008, 2010 and 2013 - New offices open in Riga, Vilnius and Helsinki.
- 2018 - Series B round of roughly 20 million euros.
- Since 2020 - All our data centres run on renewable energy.
- 2026 (planned) - Entry into the Japanese market.

Our values: we ship every two weeks and we answer every ticket within a day.""",
        (
            expect("2001", "found"),
            expect("2004", "kivibooks"),
            expect("2008", "office"),
            expect("2010", "office"),
            expect("2013", "office"),
            expect("2018", "series"),
            expect("2020/..", "renewable"),
            expect("2026", "japan", planned=True),
        ),
    ),
    Text(
        "mission-summary-election",
        "mission summary (election observation)",
        None,
        """INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Moldova - Parliamentary Elections, 21 September 2025

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS
Chisinau, 22 September 2025

Summary
The 21 September elections were competitive and fundamental freedoms were generally
respected, but the campaign was marred by allegations of vote buying.

The Mission was deployed on 20 August 2025 with 14 experts in the capital and 30
long-term observers. On election day it deployed 310 observers to 1,060 polling stations.

The legal framework was amended in April 2024. The official campaign started on 22 August,
and registration of candidate lists closed around 5 September. The Central Electoral
Commission is expected to announce final results on 1 October.

The Mission will remain in the country to observe post-election developments. A final
report will be published after the completion of the electoral process.

This statement is also available in Romanian.""",
        (
            expect("2025-09-21", "election"),
            expect("2025-08-20", "deploy"),
            expect("2024-04", "amend"),
            expect("2025-08-22", "campaign"),
            expect("2025-09-05~", "registration"),
            expect("2025-10-01", "result", planned=True),
        ),
    ),
    Text(
        "mission-summary-floods",
        "mission summary (humanitarian needs assessment)",
        None,
        """RAPID NEEDS ASSESSMENT - SUMMARY
Floods in Sylhet Division, Bangladesh
Joint Assessment Team | Report No. 3

Situation overview
Heavy rains that began on about 14 July 2024 caused the Surma and Kushiyara rivers to
overflow. Water levels at Sunamganj were the highest since 1988. Some 64,000 people have
been living in temporary shelters since 16 July.

Assessment
The joint team visited 42 unions from 29 July to 4 August. A previous assessment of the
same area was carried out in March 2023.

Key findings
- 71% of households lost their stored rice.
- Two health posts were destroyed on 18 July.
- Water points are tested every Thursday by district staff.

Response
Distribution of seed kits is planned to start in October 2024. The next assessment is
scheduled for 2 December.""",
        (
            expect("2024-07-14~", "rain"),
            expect("2024-07-16/..", "shelter"),
            expect("2024-07-29/2024-08-04", "visit"),
            expect("2023-03", "assessment"),
            expect("2024-07-18", "destroy"),
            expect("2024-10", "seed", planned=True),
            expect("2024-12-02", "assessment", planned=True),
        ),
    ),
    Text(
        "pm-office-statement",
        "government statement (prime minister's office)",
        date(2025, 11, 9),
        """Prime Minister's Office
Press statement
9 November 2025

Prime Minister meets leaders of the Nordic Energy Council

The Prime Minister, Astrid Solberg-Lie, met the heads of government of the Nordic Energy
Council in Bergen yesterday to discuss the joint grid programme. She has chaired the
Council since January 2024.

The leaders agreed to bring forward the connection of the Baltic interconnector, first
proposed in 2017 and approved in 2021. The Prime Minister will travel to Brussels on
Thursday to present the programme to the European Commission.

Talks on a shared reserve of transformers probably began in 2019, though officials were
unable to confirm the exact date.

The Council meets every six months. Electricity prices this autumn were the lowest since
2020.

Contact: Communications Unit, +47 22 00 00 00""",
        (
            expect("2025-11-08", "meet"),
            expect("2024-01/..", "chair"),
            expect("2017", "propos"),
            expect("2021", "approv"),
            expect("2025-11-13", "brussels", planned=True),
            expect("2019?", "talks"),
        ),
    ),
    Text(
        "ministry-agriculture-table",
        "government statement (ministry of agriculture, with a table)",
        None,
        """MINISTRY OF AGRICULTURE, FOOD AND RURAL AFFAIRS
Statement on African swine fever in Varaždin County
28 July 2025

The Ministry confirms that the outbreak of African swine fever in Varaždin County is under
control; the last case was recorded on 12 July.

Chronology of the outbreak
| Date          | Event                                           |
|---------------|-------------------------------------------------|
| 3 June 2025   | First case confirmed on a farm near Ludbreg     |
| 10 June 2025  | Restriction zone of 10 km established           |
| c. 20 June    | Peak of the outbreak, 14 farms affected         |
| 12 July 2025  | Last case recorded                              |

Compensation payments to farmers began on 21 July. The ban on moving pigs out of the zone
will be lifted on 1 September, provided no new case is found.

The county had its last outbreak in 2019. Veterinary inspectors visit the zone every
Tuesday.

Number of pigs culled, 2019 outbreak: 3,100; 2025 outbreak: 5,840.""",
        (
            expect("2025-06-03", "case", "confirm"),
            expect("2025-06-10", "zone"),
            expect("2025-06-20~", "peak"),
            expect("2025-07-12", "last", "case"),
            expect("2025-07-21", "compensation"),
            expect("2025-09-01", "ban", "lift", planned=True),
            expect("2019", "outbreak"),
        ),
    ),
    Text(
        "html-news-bridge",
        "HTML news page with scripts, navigation and related links",
        date(2024, 6, 5),
        """<!DOCTYPE html>
<html lang="en"><head>
<title>Old Weir Bridge to stay shut until summer | Riverside Echo</title>
<script>window.dataLayer=[{"published":"2024-06-05T07:30:00Z","section":"local"}];</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Old Weir Bridge to stay shut until summer</h1>
<p class="byline">By Rachel Amies | Wednesday 5 June 2024</p>
<p>Engineers found cracks in two of the arches of the Old Weir Bridge during an inspection
on Monday, the county council said.</p>
<p>The bridge, built in 1931 and last strengthened in about 1987, has been closed to
traffic since 28 May. Its reopening is scheduled for 15 July.</p>
<p>Councillor Mark Tulley said the bridge carried about 9,000 vehicles a day, the most of
any river crossing in the county since 2015.</p>
</article>
<aside><h3>Related</h3><ul>
<li><a href="/news/flood-2013">The flood of 2013: ten years on</a></li>
<li><a href="/news/roadworks">Roadworks this week</a></li></ul></aside>
<script src="/js/ads.js"></script>
</body></html>""",
        (
            expect("2024-06-03", "inspect"),
            expect("1931", "built"),
            expect("1987~", "strengthen"),
            expect("2024-05-28/..", "close"),
            expect("2024-07-15", "reopen", planned=True),
        ),
    ),
    Text(
        "html-city-event-page",
        "HTML event page of a city",
        None,
        """<html><body>
<header><a href="/">City of Ghent</a> &gt; <a href="/events">Events</a></header>
<main>
<h1>Flower Market Festival</h1>
<p class="when"><time datetime="2026-05-15">15</time>&ndash;<time datetime="2026-05-17">17
May 2026</time>, Kouter square</p>
<p>First held in 1994, the festival takes place every May on the Kouter. The 2025 edition
drew some 120,000 visitors.</p>
<p>Registration for market stalls closes on <time datetime="2026-03-31">31 March</time>.
The old flower hall, restored in 2019, will host the orchid show; tickets go on sale on
<time datetime="2026-02-02">2 February</time>. Free shuttle buses run from Sint-Pieters
station.</p>
<p>Opening hours of the regular market: every Sunday, 7:00-13:00.</p>
</main>
<footer>Last updated <time datetime="2026-01-20">20 January 2026</time></footer>
</body></html>""",
        (
            expect("2026-05-15/2026-05-17", "festival", planned=True),
            expect("1994", "first"),
            expect("2026-03-31", "registration", planned=True),
            expect("2019", "restor"),
            expect("2026-02-02", "ticket", planned=True),
        ),
    ),
    Text(
        "letter-ambassador",
        "letter to a newspaper from an ambassador",
        date(2025, 2, 17),
        """LETTERS TO THE EDITOR

Trade with Portugal is not in decline

Sir, Your article on trade with southern Europe gives a misleading picture of the
relations between our two countries.

Portugal and the United Kingdom have been allies for centuries. Portugal joined the
European Economic Community in 1986; our consulate in Manchester opened in 1994, followed
by a second consulate in Edinburgh the following year. The trade agreement between us
has been in force since 1 July 2021, and bilateral trade last year was the highest since
2008.

Our joint economic commission will meet in London on 3 March to prepare new investment
projects. More than 600 British companies now operate in Portugal.

I would also note that the tourism figures you quoted date from the 2019 survey and not
from last year.

Yours faithfully,
Miguel Sarmento Lobo
Ambassador of Portugal, London""",
        (
            expect("1986", "join"),
            expect("1994", "manchester"),
            expect("1995", "edinburgh"),
            expect("2021-07-01/..", "force"),
            expect("2025-03-03", "commission", planned=True),
        ),
    ),
    Text(
        "parliamentary-written-answer",
        "parliamentary written answer",
        None,
        """Written questions and answers
Question UIN 41872, tabled on 2 June 2025

Heat Pump Grant Scheme

Asked by Laura Pendry (Eastleigh North)
To ask the Secretary of State for Energy how many applications to the Heat Pump Grant
Scheme have been received since 2020.

Answered by Minister Robert Ashdown, 10 June 2025
The Heat Pump Grant Scheme was launched in April 2021. By 31 March 2025, 48,312
applications had been received, of which 39,870 were approved.

The grant was increased in 2023 and again in 2024, to £7,500 per installation. The
Department is to publish an evaluation of the scheme in December 2025.

Applications are processed every working day. Figures for April 2025 onwards will be
published in the next quarterly statistics.""",
        (
            expect("2021-04", "launch"),
            expect("../2025-03-31", "applications"),
            expect("2023", "increas"),
            expect("2024", "increas"),
            expect("2025-12", "evaluation", planned=True),
        ),
    ),
)
