"""The two-hundred-and-nineteenth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an air quality agency's
pollution episode updates, a canoe slalom report, a tram extension press release, a soldier's
letters home of the 1910s, a great crested grebe count, a silk mill's history, an environment
minister's bathing water statement, an art gallery's HTML exhibition postponements page, a
pensions ombudsman determination, a gunsmith's history and a bridge club's congress programme.
The organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as are
habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETEENTH_CORPUS",)


TWOHUNDREDNINETEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-skarholm",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALSTED, Oct 9 (Nordline) - Salvage crews refloated the passenger ferry Aurora
Vinter early on Wednesday, two days after it ran aground on a sandbank off the island of
Skarholm with 1,146 passengers and 212 cars on board, the coast guard said.

The ferry, on the overnight crossing from Halsted to Vesterby, struck the bank at 11:40 p.m. on
Monday in gusts of up to 28 metres per second. All passengers were taken off by lifeboat and
helicopter on Tuesday; 14 were treated in hospital for minor injuries.

Tugs towed the 186-metre vessel to the Halsted shipyard, where divers will inspect the hull on
Thursday. Operator Vinterlinjen said it expected to resume sailings on the route on October 21
with a chartered ship.

"The crew did everything by the book," Vinterlinjen chief executive Per Ostrand told a news
conference. He declined to comment on the ship's speed at the time of the grounding.

The national accident investigation board has opened an inquiry and said it would publish a
preliminary report by the end of November. Transport Minister Karin Lodal will answer questions
in parliament about the accident on Friday.

The Aurora Vinter, built in Gdansk in 1998, ran aground once before, in March 2019, near
Vesterby harbour. It was the most serious incident on the route since 2011. The crossing
carries about 600,000 passengers a year; fares on the rival Sundline service rose by up to 40
percent this week.

(Reporting by Liv Haraldsen; Editing by Mark Penrose)""",
        (
            expect("2024-10-09", "refloat"),
            expect("2024-10-07", "aground"),
            expect("2024-10-08", "passengers"),
            expect("2024-10-10", "inspect", "hull", planned=True),
            expect("2024-10-21", "resume", "sailings", planned=True),
            expect("../2024-11", "report", planned=True),
            expect("2024-10-11", "questions", planned=True),
            expect("1998", "built"),
            expect("2019-03", "aground"),
        ),
    ),
    Text(
        "tessaly-recycling-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessaly Materials breaks ground on battery recycling plant in Lindholm

LINDHOLM, Sweden, 3 February 2025 /PRNewsline/ -- Tessaly Materials AB, a Swedish recycler of
lithium-ion batteries, today broke ground on its first industrial-scale plant, a SEK 2.4
billion facility on the site of the former Lindholm paper mill.

The plant is designed to process 40,000 tonnes of spent batteries and production scrap a year
and to recover nickel, cobalt, manganese and lithium for new cells. Tessaly expects to begin
commercial production by the end of 2026 and to reach full capacity in 2028. The plant will
employ about 320 people.

Construction follows a SEK 900 million financing agreement signed on 17 January with Nordvik
Bank and the Swedish Energy Agency, and the environmental permit granted by the Land and
Environment Court in October 2024.

"Lindholm made paper for 130 years. Now it will make the raw materials for Europe's batteries,"
said Malin Ekstrand, Chief Executive Officer of Tessaly Materials. "Recovered metals are no
longer a niche; under the 2023 EU Battery Regulation they are a requirement."

Tessaly was founded in 2016 by three researchers from Norrvik University and opened its pilot
line in Skelleby in September 2021. Since 2022 the pilot line has supplied recovered nickel and
cobalt to two cathode makers in Finland.

The company will present the Lindholm project in detail at its Capital Markets Day in Stockholm
on 12 March 2025.

About Tessaly Materials
Tessaly Materials AB recycles lithium-ion batteries with a low-temperature hydrometallurgical
process protected by 14 patents. The company has 140 employees and is backed by Nordvik
Industrial Partners and the Arktis Climate Fund.

Media contact:
Johan Berg, Head of Communications
+46 8 555 019 30 | press@tessaly.example

© 2025 Tessaly Materials AB""",
        (
            expect("2025-02-03", "ground"),
            expect("../2026", "production", planned=True),
            expect("2028", "capacity", planned=True),
            expect("2025-01-17", "financing"),
            expect("2024-10", "permit"),
            expect("2016", "founded"),
            expect("2021-09", "pilot"),
            expect("2022/..", "suppl"),
            expect("2025-03-12", "markets", planned=True),
        ),
    ),
    Text(
        "marlow-v-penhallow",
        "court opinion",
        None,
        """COURT OF APPEALS OF THE STATE OF NORTH CALDER
SECOND DISTRICT

No. 2-19-2274
Filed April 22, 2021

DANA MARLOW,
        Plaintiff-Appellant,
    v.
PENHALLOW SHIPPING CO.,
        Defendant-Appellee.

Appeal from the Superior Court of Ashby County, No. 18-CV-0931, Hon. Ruth T. Okafor, Judge.

OPINION

KEMPER, J.

Dana Marlow appeals from a summary judgment entered against her on her claim under the
Whistleblower Protection Act of 1987, N.C. Code § 34-5-101 et seq. We affirm.

I. BACKGROUND

Penhallow hired Marlow as a dock safety inspector on or about June 3, 2015. Between 2016 and
2017 she told her supervisors at least eleven times that two cranes at the Port of Ashby had
not been load-tested. On January 8, 2018, she mailed a written complaint to the State
Occupational Safety Board. Penhallow terminated her employment on March 9, 2018, citing
repeated tardiness.

Marlow filed this action on August 30, 2018. After discovery, the trial court granted
Penhallow's motion for summary judgment on November 14, 2019, and Marlow filed a timely notice
of appeal on December 2, 2019. We heard oral argument on January 12, 2021.

II. DISCUSSION

We review a grant of summary judgment de novo. Ferris v. Dalton Freight Lines, 412 N.C.2d 88,
91 (2009). The Act protects an employee who reports a violation "in writing" to a public body.
§ 34-5-103(2). Marlow's oral reports to her supervisors were not made to a public body and do
not qualify.

Her written complaint does qualify, but the Board's records show that it was not received until
January 29, 2018. By then Penhallow's operations manager had already recommended her dismissal,
and Marlow offers no evidence that anyone at Penhallow knew of the complaint before she was
dismissed. Without knowledge there can be no retaliation. See Ferris, 412 N.C.2d at 94.

III. CONCLUSION

The judgment of the Superior Court is AFFIRMED.

PRICE, P.J., and ALVAREZ, J., concur.""",
        (
            expect("2015-06-03~", "hired"),
            expect("2016/2017", "supervisors"),
            expect("2018-01-08", "complaint"),
            expect("2018-03-09", "terminat"),
            expect("2018-08-30", "filed"),
            expect("2019-11-14", "judgment"),
            expect("2019-12-02", "appeal"),
            expect("2021-01-12", "argument"),
            expect("2018-01-29", "received"),
        ),
    ),
    Text(
        "ostermark-history",
        "encyclopedia history",
        None,
        """Ostermark

Ostermark is a town in the district of Lauen in the state of Westerland. It lies on the left
bank of the Ilse, 34 km north-east of Lauen, and had 18,412 inhabitants at the 2011 census.

History

A settlement at the ford of the Ilse grew up around a chapel that was perhaps built in 1120 by
monks from Kloster Reinsfeld. The Church of St Walburga, the oldest surviving building in the
town, was begun c. 1340. Count Albrecht III granted Ostermark town rights in 1462, and the town
joined the Ilse League of market towns soon afterwards.

The town burned in 1598, 1631 and 1687; after the last fire it was rebuilt on a regular grid of
streets around the market square, a plan that survives almost unchanged. From 1803 to 1815
Ostermark was occupied by French troops.

By 1871 the railway from Lauen had reached the town, and cloth and leather works grew up along
the river. In the 1920s Ostermark was known for its glove-makers, who employed up to 2,000
people. An air raid on 11 April 1945 destroyed most of the old town north of the market;
reconstruction lasted into the 1960s.

Since 1994 Ostermark has been twinned with Saint-Aubin-des-Prés in France.

Economy

The largest employers are the district hospital, with 640 beds, and the packaging maker
Ilsepack. The weekly market is held every Thursday on the market square.

See also
- List of towns in Westerland

References
1. Hartung, E. (1998). Geschichte der Stadt Ostermark. Lauen: Verlag Brandt, pp. 112-118.""",
        (
            expect("1120?", "chapel"),
            expect("1340~", "church"),
            expect("1462", "rights"),
            expect("1598", "burned"),
            expect("1631", "burned"),
            expect("1687", "burned"),
            expect("1803/1815", "occupied"),
            expect("../1871", "railway"),
            expect("1945-04-11", "raid"),
            expect("1994/..", "twinned"),
        ),
    ),
    Text(
        "rovers-win-kelham",
        "sports report",
        date(2025, 4, 13),
        """PREMIER DIVISION | MATCH REPORT

Kelham Town 1 Ashby Rovers 3

Mensah double ends Rovers' long wait at Kelham Road

By Gareth Lowry at Kelham Road

Ashby Rovers beat Kelham Town 3-1 on Saturday to win at Kelham Road for the first time since
2009 and move within two points of the play-off places with four games left.

Joel Mensah opened the scoring in the 12th minute, turning in Ryan Cole's low cross at the near
post, and added a second from the penalty spot three minutes before half-time after Dan Pryce
had handled. Kelham pulled one back through Marcus Hale early in the second half, but
substitute Tom Ellery sealed it in stoppage time.

Mensah, signed from Portvale in January 2023, now has 19 league goals this season, the most by
a Rovers player since 1997.

"We've talked all week about not being scared of this place," said manager Sam Oduya, who was
appointed on 2 December last year. "The lads were brilliant from the first whistle."

The afternoon was soured by an injury to captain Lewis Barr, who limped off with a hamstring
strain after 30 minutes. Oduya said Barr was expected back by the end of April.

Rovers, promoted in May 2022, last won the league title in 1994. They host Dunmore Athletic on
Wednesday (7.45pm) and travel to Hatherley on Monday 21 April.

Kelham Town: Ward; Pryce, Hale, Okoro, Lind; Brady (Fenn 71), Corr, Ames; Wilde, Sato, Penn.
Ashby Rovers: Dyer; Cole, Barr (Evans 30), Mott, Quinn; Asante, Rix, Lyle; Gray (Ellery 80),
Mensah, Hunt.
Referee: Paul Kirby. Attendance: 8,412.""",
        (
            expect("2025-04-12", "beat"),
            expect("2023-01", "signed"),
            expect("2024-12-02", "appointed"),
            expect("../2025-04", "Barr", planned=True),
            expect("2022-05", "promoted"),
            expect("1994", "title"),
            expect("2025-04-16", "Dunmore", planned=True),
            expect("2025-04-21", "Hatherley", planned=True),
        ),
    ),
    Text(
        "harrows-biscuits-history",
        "company history",
        None,
        """OUR HISTORY

A family of bakers

It began with a single oven. In 1887 Thomas Harrow, a journeyman baker, and his sister Ada
opened a shop and bakehouse on Mill Street, Harrowgate, selling bread by day and ginger
biscuits by the tin.

Demand for the biscuits soon outgrew the bakehouse, and the firm moved to a purpose-built works
beside the canal at Wharf Lane. Its clock tower, said to have been added in 1911, still stands
and appears on every packet.

Between 1940 and 1945 the Wharf Lane works made ration biscuits for the armed forces, up to 60
tonnes a day, while Ada's granddaughter Margaret ran the business.

The family later sold the company to Consolidated Foods, which opened a new factory at Ridley
Cross on 14 May 1974. The Wharf Lane works closed two years later; the building is now flats.

Harrow's regained its independence through a management buyout in 1988 and was listed on the
London Stock Exchange the following year. Since 2012 the company has been owned by the Dutch
bakery group Van Leeuw, which has invested £45 million at Ridley Cross.

Today more than 900 people work at Ridley Cross, and our Original 1887 Ginger Snap is still
made to Thomas's recipe. Every December we open the bakery to local schools.

Looking ahead

A new £30 million oven hall is planned to open in 2026, and we aim to double our exports by
2030.

© Harrow's Biscuits Ltd 2024. All rights reserved.""",
        (
            expect("1887", "open"),
            expect("1911?", "tower"),
            expect("1940/1945", "ration"),
            expect("1974-05-14", "factory"),
            expect("1976", "closed"),
            expect("1988", "buyout"),
            expect("1989", "listed"),
            expect("2012/..", "owned"),
            expect("2026", "oven", planned=True),
            expect("../2030", "exports", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-orbiter",
        "mission summary",
        None,
        """KESTREL LUNAR ORBITER - MISSION SUMMARY
Commonwealth Space Agency | Planetary Missions Directorate
Document CSA-PM-0412, revision C. Last revised 14 May 2025

Overview
Kestrel is a 1,350 kg orbiter that maps the Moon's polar regions with a radar sounder, a
thermal imager and a neutron spectrometer. It is the agency's first mission beyond Earth orbit.

Mission timeline
Kestrel was launched on 5 November 2019 at 03:12 UTC from the Taranui launch site on a Vela-2
rocket. After a six-day cruise it entered lunar orbit on 11 November, and it reached its 100 km
polar mapping orbit after five further burns.

The primary science phase began on 1 January 2020 and ended on 31 December 2021, having met all
14 of its level-1 requirements. An extended mission followed from 2022 to 2024, concentrating
on the permanently shadowed craters near both poles.

Around 17 August 2023 a reaction wheel failure put the spacecraft into safe mode. Engineers
reconfigured it to fly on its three remaining wheels, and science operations resumed on 2
October 2023.

Current status and plans
Kestrel is now in its second extension. Its propellant is expected to run out in early 2026,
and the spacecraft will be deliberately crashed into the far side no later than March 2026 to
avoid leaving debris in the polar orbits used by later missions. The final data release to the
public archive is scheduled for December 2026.

Key results
- 412,000 images and 3.1 million radar soundings returned
- Water-ice deposits mapped in 38 craters
- Surface temperatures as low as 28 K measured

Contact: kestrel-science@csa.example""",
        (
            expect("2019-11-05", "launch"),
            expect("2019-11-11", "orbit"),
            expect("2020-01-01", "phase", "beg"),
            expect("2021-12-31", "phase", "end"),
            expect("2022/2024", "extended"),
            expect("2023-08-17~", "wheel"),
            expect("2023-10-02", "resumed"),
            expect("../2026-03", "crash", planned=True),
            expect("2026-12", "release", planned=True),
        ),
    ),
    Text(
        "measles-corran-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH

Statement on the measles outbreak in Corran Province

Issued: Friday 12 September 2025

The Ministry of Health has confirmed 214 cases of measles in Corran Province since the outbreak
was declared on 28 July. The first case, a child who had returned from travel abroad, was
identified on or about 9 July.

Two children have died, on 19 and 27 August. Neither had been vaccinated. The Minister, Dr
Alina Voss, extends her deepest sympathy to their families.

Since 1 September all schools in the province have required proof of two doses of MMR vaccine,
or a documented medical exemption, before admitting pupils. Children without proof are taught
remotely.

A catch-up vaccination campaign will run from Monday 15 September to 31 October 2025 in all 46
health centres of the province and in 12 mobile clinics. Vaccination is free and no appointment
is needed.

Measles was declared eliminated in the country in 2016. Coverage with the second dose fell to
86 per cent in 2024, well below the 95 per cent needed to stop the spread, and the current
outbreak is the largest since 2011.

The Minister will report to Parliament on the outbreak and the campaign by the end of
September.

Parents with questions can call the measles helpline on 0800 412 1987 (8 am to 8 pm, seven days
a week).

ENDS""",
        (
            expect("2025-07-28", "outbreak", "declared"),
            expect("2025-07-09~", "case"),
            expect("2025-08-19", "died"),
            expect("2025-08-27", "died"),
            expect("2025-09-01/..", "schools"),
            expect("2025-09-15/2025-10-31", "campaign", planned=True),
            expect("2016", "eliminated"),
            expect("2024", "coverage"),
            expect("../2025-09", "report", planned=True),
        ),
    ),
    Text(
        "dunmore-library-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Central Library reopens after six-year refit | Dunmore Courier</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2K4Z"></script>
<script>window.dataLayer = window.dataLayer || []; function
gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<nav class="site-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a
href="/sport">Sport</a></li>
<li><a href="/whats-on">What's On</a></li><li><a href="/subscribe">Subscribe</a></li>
</ul></nav>
<main>
<article>
<h1>Central Library reopens after six-year refit</h1>
<p class="byline">By Priya Nandakumar &middot;
<time datetime="2024-06-03T09:15:00+01:00">3 June 2024</time> &middot;
Updated <time datetime="2024-06-03T16:40:00+01:00">16:40</time></p>
<figure>
<img src="/img/2024/06/library-queue.jpg" alt="Readers queue outside the library">
<figcaption>Readers queue on Fenwick Street before the doors open. Photo: Courier</figcaption>
</figure>
<p>Dunmore's Central Library reopened to the public on Saturday 1 June 2024, more than five and
a half years after it closed for a &pound;14.2m refurbishment.</p>
<p>The Grade II-listed building on Fenwick Street opened in 1906, paid for by the shipowner
Arthur Kemble. It closed in September 2018, a year and a half after the council approved the
refurbishment on 22 March 2017.</p>
<p>Work was held up by the pandemic and by the discovery of asbestos in the roof in February
2021, which added &pound;1.9m to the bill.</p>
<p>"People have waited a long time, and they came in their thousands," said Cllr Joan Mabey.
The 4,310 visitors on the first day were the most the library has seen in a single day since
2011.</p>
<p>A rooftop caf&eacute; will open on 15 July, and the local studies archive is expected to
return by the end of the year. A second phase, refurbishing the children's wing, is scheduled
to start in January 2025.</p>
<p>The library is open from 9am to 7pm, Monday to Saturday. Call 01382 555 190 for details.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/news/kemble-hall-award">Kemble Hall restoration wins award</a>
<time datetime="2024-02-12">12 Feb 2024</time></li>
<li><a href="/news/mobile-library-route">New mobile library route for villages</a>
<time datetime="2023-11-28">28 Nov 2023</time></li>
</ul>
</aside>
</main>
<footer><p>&copy; 2024 Dunmore Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-06-01", "reopened"),
            expect("1906", "opened"),
            expect("2018-09", "closed"),
            expect("2017-03-22", "approved"),
            expect("2021-02", "asbestos"),
            expect("2024-07-15", "rooftop", planned=True),
            expect("../2024", "archive", planned=True),
            expect("2025-01", "wing", planned=True),
        ),
    ),
    Text(
        "vardenburg-pm10-episode",
        "air quality agency's pollution episode updates",
        None,
        """NORTH VALLEY AIR QUALITY AGENCY
Air pollution episode - Vardenburg basin
Update 4 | issued 14:00 CET, Thursday 16 January 2025

SITUATION
A particulate (PM10) pollution episode has affected the Vardenburg basin since Monday 13
January, under a persistent temperature inversion with very light winds.

The daily limit value of 50 µg/m³ was exceeded at Vardenburg-Centre on 13, 14 and 15 January.
The 24-hour mean on 15 January, 138 µg/m³, was the highest at the station since February 2018.
Provisional hourly values today range from 95 to 160 µg/m³.

Alert level 3 (of 4) was declared at 18:00 on Wednesday 15 January and remains in force.

FORECAST
A weak cold front is expected to reach the basin on Saturday 18 January. Concentrations should
fall below the limit value by Sunday 19 January at the latest.

MEASURES IN FORCE
- Speed limit of 70 km/h on the A4 and B12 ring roads
- Ban on open fires and on wood stoves that are not the main source of heating
- Free public transport on Friday 17 and Saturday 18 January
- Outdoor school sports suspended

HEALTH ADVICE
People with asthma or heart disease, older people and young children should avoid strenuous
activity outdoors. Information line: 0800 21 43 65 (07:00-21:00).

BACKGROUND
Inversions of this kind occur in the basin every winter, mostly between December and February.
The wood-stove rules of the 2019 Clean Air Ordinance apply from 1 November to 31 March each
year.

Previous updates: Update 3 (09:00, 16 January), Update 2 (15 January), Update 1 (13 January)""",
        (
            expect("2025-01-13/..", "episode"),
            expect("2025-01-13", "exceeded"),
            expect("2025-01-14", "exceeded"),
            expect("2025-01-15", "exceeded"),
            expect("2025-01-15", "alert"),
            expect("2025-01-18", "front", planned=True),
            expect("../2025-01-19", "concentrations", planned=True),
            expect("2025-01-17", "transport", planned=True),
            expect("2025-01-18", "transport", planned=True),
        ),
    ),
    Text(
        "valmorel-slalom-world-cup",
        "canoe slalom report",
        date(2024, 9, 8),
        """CANOE SLALOM WORLD CUP | ROUND 4 | VALMOREL

Hartley seizes K1 gold as Valmorel roars

VALMOREL, Sunday - Imogen Hartley won the women's K1 final at the Valmorel World Cup on Sunday
with a clean run of 94.31 seconds, 1.71 ahead of Zuzana Kollárová.

Hartley, 27, who won the world title in 2022 and had shoulder surgery in March 2023, attacked
the upstream gates 7 and 8 as if the water were flat. "I've been chasing that run all season,"
she said.

On Saturday, Lukas Brenner took the men's C1 final despite a two-second penalty for touching
gate 14, his first World Cup win since 2019.

Hartley has led the overall standings since her win at round 2 in Esterel on 16 June, and she
can clinch the crystal globe at the final round in Sorvik from 20 to 22 September. The
International Canoe Federation will decide on 1 October whether to add kayak cross to next
year's series.

The Valmorel course, opened in 2011, drew 6,800 spectators over the weekend. Heats were run in
high water after two days of heavy rain.

RESULTS
Women's K1 final: 1. Imogen Hartley (GBR) 94.31; 2. Zuzana Kollárová (SVK) 96.02; 3. Lea
Fournier (FRA) 96.88 (2)
Men's C1 final: 1. Lukas Brenner (GER) 91.47 (2); 2. Tomas Riha (CZE) 92.10; 3. Ian Moss (AUS)
92.33""",
        (
            expect("2024-09-08", "K1"),
            expect("2022", "title"),
            expect("2023-03", "surgery"),
            expect("2024-09-07", "C1"),
            expect("2024-06-16/..", "standings"),
            expect("2024-09-20/2024-09-22", "round", planned=True),
            expect("2024-10-01", "decide", planned=True),
            expect("2011", "course"),
        ),
    ),
    Text(
        "kessingham-line4-extension",
        "tram extension press release",
        None,
        """PRESS RELEASE

Kessingham Metro Trams

For immediate use: Thursday 21 August 2025

Line 4 extension to Harbour Park: final rail in place

The last section of track on the 3.2 km extension of tram Line 4 from Eastgate to Harbour Park
was welded into place today, completing track-laying on the project.

Construction began in March 2023 and has included a new bridge over the Kess and four new
stops: Canal Basin, Foundry Lane, Marina and Harbour Park.

Overhead line works will be completed by the end of September, and test runs without passengers
will begin on 6 October. Driver training is planned from 3 to 21 November. Passenger services
are scheduled to start on Sunday 14 December 2025, subject to approval by the Office of Rail
Safety.

Cllr Meera Shah, Chair of the Transport Committee, said: "Harbour Park has waited a long time
for this. Soon residents will be 14 minutes from the city centre, without a car."

The extension was approved by the Combined Authority on 18 May 2021 at a cost of £128 million.
Line 4 itself opened in 1994 and carries about 9.6 million passengers a year.

Trams on the extension will run every 7.5 minutes from 06:00 until 00:30, seven days a week.

ENDS

Notes to editors
1. The extension is part of the 2019 Kessingham Transport Plan.
2. Photographs of the final weld are available on request.

Media enquiries: press@kmtrams.example | 0161 555 0142 (out of hours: 07700 900 318)""",
        (
            expect("2025-08-21", "track"),
            expect("2023-03", "construction"),
            expect("../2025-09", "overhead", planned=True),
            expect("2025-10-06", "test", planned=True),
            expect("2025-11-03/2025-11-21", "training", planned=True),
            expect("2025-12-14", "passenger", planned=True),
            expect("2021-05-18", "approved"),
            expect("1994", "opened"),
        ),
    ),
    Text(
        "whitcombe-letters-1916",
        "soldier's letters home of the 1910s",
        None,
        """Letters of Pte. Harold Whitcombe, 7th Bn. Royal Wessex Regt., to his mother

France. Oct. 5th 1916.

Dear Mother,
Just a line to let you know I am still in the pink & hope you are the same. We came up the line
on Tues. 3rd & are in support trenches now, so do not worry. It is very wet & the mud is
something cruel. Your parcel came yesterday, the cake was a bit squashed but none the worse for
that & the socks are a godsend.
Tell Father I saw Alf Prentice on Sunday, he is with the 9th Batt. now & looks well. We are to
go back to billets on Sat. if all goes well.
Your loving son,
Harry

Rouen. 14th Nov. 1916.

Dear Mother,
You will have had the card from the Chaplain by now. Don't you fret, it is only a Blighty one.
I was hit in the left arm on the 9th inst. while bringing up rations & they put me on the
hospital train on Sat. 11th. The Sister here is very good to us. The doctor says I shall be
sent across to England by the end of the month, so keep your fingers crossed.
Your loving son,
Harry

Netley Hospital, Hants. 2nd Jan. 1917.

Dear Mother,
A happy New Year to you & Father. We landed at Southampton on the 28th ult. & were brought
straight here. The arm is mending well & I can nearly close my fist. I am to go before a
Medical Board on the 11th & then I hope for a spell of leave. Give my love to Edie & remember
me to Mr. Ellis at No. 42.
Your loving son,
Harry""",
        (
            expect("1916-10-03", "line"),
            expect("1916-10-04", "parcel"),
            expect("1916-10-01", "Alf"),
            expect("1916-10-07", "billets", planned=True),
            expect("1916-11-09", "hit"),
            expect("1916-11-11", "train"),
            expect("../1916-11", "England", planned=True),
            expect("1916-12-28", "landed"),
            expect("1917-01-11", "board", planned=True),
        ),
    ),
    Text(
        "lea-colne-grebe-count",
        "great crested grebe count",
        None,
        """LEA & COLNE WATERBIRD GROUP
Great Crested Grebe Count - Autumn 2024
Report No. 37 | compiled by Dr Ruth Okonedo, counts co-ordinator

SUMMARY
The autumn count was held on 14 and 15 September 2024 at 23 waters in the Lea and Colne valleys
by 41 volunteers. A total of 612 adults and 148 juveniles was recorded, 9% fewer than in autumn
2023 and the lowest total since 2008.

SITE NOTES
Holme Reservoir remains the stronghold, with 164 adults. Breeding was first proved here in
1987, and the species has nested every year since.

At Fenwick Gravel Pits, where grebes were shot for their head plumes c. 1880, numbers fell from
96 to 41. Pit 3 was drained in August 2022 for aggregate extraction, and its colony of some 40
pairs has not returned.

Sandmere Lagoons have been managed as a nature reserve since April 2023; eight pairs have now
bred there, the first on record.

RINGING
A juvenile ringed at Holme on 2 June 2019 was found wintering on the Lac de Servan, France, on
17 January 2024, 730 km from where it hatched.

Table 1. Adults at the five largest sites
Site                      2023   2024
Holme Reservoir            181    164
Fenwick Gravel Pits         96     41
Arlow Lake                  58     63
King George's Basin         44     39
Sandmere Lagoons            12     27

NEXT COUNTS
The winter count is scheduled for Saturday 18 January 2025, and the group plans to survey the
new Sandmere east lagoon by the end of March. New counters are always welcome: call 01279 555
213.""",
        (
            expect("2024-09-14", "count"),
            expect("2024-09-15", "count"),
            expect("1987", "breeding"),
            expect("1880~", "shot"),
            expect("2022-08", "drained"),
            expect("2023-04/..", "reserve"),
            expect("2019-06-02", "ringed"),
            expect("2024-01-17", "found"),
            expect("2025-01-18", "winter", "count", planned=True),
            expect("../2025-03", "survey", planned=True),
        ),
    ),
    Text(
        "alderbrook-silk-mill",
        "silk mill's history",
        None,
        """Alderbrook Silk Mill: a short history

The mill on the river Dane at Alderbrook is said to have been built in 1769 by John Crossley, a
silk throwster from Leek, to twist raw silk into thread for the weavers of Spitalfields. Its
five storeys and 1,200 spindles were driven by a single breastshot waterwheel.

Weaving came later. The first power looms were probably installed in 1838, and by the middle of
the century the mill was making ribbons, handkerchiefs and dress silks under its own name.

On the night of 3 March 1851 fire gutted the east wing. It was rebuilt the following year with
cast-iron columns and brick vaults, the 'fireproof' construction that visitors can still see on
the ground floor.

A strike of eleven weeks in 1889, over the piece rates paid to ribbon weavers, was settled only
when the owners agreed to publish their price list. Around 1900, at its peak, the mill employed
640 hands, two thirds of them women and girls.

Cheap imports and the new artificial silks took their toll. Production ended on 29 June 1957
and the buildings became a furniture warehouse. They were later bought by the Alderbrook Mill
Trust, which opened the museum in 1981. The mill has been listed Grade II* since 1995.

Between 2008 and 2011 the roof and the waterwheel were restored with a £2.1 million grant from
the Heritage Lottery Fund, and the wheel turned again for the first time in 54 years.

Visiting
The museum is open Wednesday to Sunday, 10.00-16.00, from Easter to the end of October. Guided
tours run every Saturday at 11.00.""",
        (
            expect("1769?", "built"),
            expect("1838?", "looms"),
            expect("1851-03-03", "fire"),
            expect("1852", "rebuilt"),
            expect("1889", "strike"),
            expect("1900~", "employed"),
            expect("1957-06-29", "production"),
            expect("1981", "museum"),
            expect("1995/..", "listed"),
            expect("2008/2011", "restored"),
        ),
    ),
    Text(
        "bathing-water-statement-2025",
        "environment minister's bathing water statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Department for Environment and Rural Affairs
Bathing water quality: results of the 2025 season

Made on: 27 November 2025
Made by: Helen Ashworth MP (Secretary of State for Environment and Rural Affairs)

Today I am publishing the classifications of bathing waters in England for the 2025 season.

Of the 451 designated bathing waters, 64% were classified as excellent and 89% met at least the
minimum standard of 'sufficient', the best results since 2019. Twenty-six sites were rated
'poor'.

Twenty-seven new bathing waters were designated on 15 May 2025, among them the first eleven
river sites. The Environment Agency began sampling at the new sites on or about 20 May.

The results also show where work is needed. At Polwith Sands, storm overflows discharged on 7,
8 and 9 August after heavy rain, and bathing was advised against for six days at the height of
the holiday season. That is unacceptable. I have asked the Environment Agency to complete its
investigation into the Polwith discharges by 31 March 2026.

Since 1 October 2025 water companies have been required to publish data on every overflow
discharge within one hour, under the Water (Special Measures) Act 2025.

We will go further. A consultation on reforms to the Bathing Water Regulations 2013, including
the designation of more inland waters, will open in January 2026 and close no later than 30
April 2026.

The bathing season runs each year from 15 May to 30 September, and samples are taken weekly
throughout it.

I will place copies of the full results in the Libraries of both Houses.""",
        (
            expect("2025-11-27", "classification"),
            expect("2025-05-15", "designated"),
            expect("2025-05-20~", "sampling"),
            expect("2025-08-07", "discharg"),
            expect("2025-08-08", "discharg"),
            expect("2025-08-09", "discharg"),
            expect("../2026-03-31", "investigation", planned=True),
            expect("2025-10-01/..", "data"),
            expect("2026-01", "consultation", "open", planned=True),
            expect("../2026-04-30", "consultation", "close", planned=True),
        ),
    ),
    Text(
        "harbourside-gallery-changes-html",
        "art gallery's HTML exhibition postponements page",
        date(2025, 6, 4),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Exhibition changes | Harbourside Gallery</title>
<link rel="stylesheet" href="/assets/css/main.css?v=20250528">
<script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body class="page-notices">
<header>
<a class="logo" href="/">Harbourside Gallery</a>
<nav><ul>
<li><a href="/visit">Visit</a></li><li><a href="/whats-on">What's on</a></li>
<li><a href="/learn">Learn</a></li><li><a href="/support">Support us</a></li>
</ul></nav>
</header>
<main id="content">
<h1>Exhibition changes</h1>
<p class="notice">The Main Galleries have been closed since 3 March, after a storm on 24
February damaged the glass roof lantern. Repairs are expected to be finished by the end of
July. The lantern was installed in 1884 and has never before been taken down. The Print Room,
shop and caf&eacute; remain open as usual.</p>
<h2>Postponed</h2>
<ul class="changes">
<li>
<h3>Mariner's Light: Painting the Northern Coast</h3>
<p>Originally due to open in April. <strong>Now opens 19 September</strong> and runs until 11
January 2026.</p>
<p>Tickets bought before 1 May will be refunded automatically by 30 June.</p>
</li>
<li>
<h3>Ana Tovar: Threadwork</h3>
<p>Postponed to 2026. New dates will be announced on this page.</p>
</li>
</ul>
<h2>Unaffected</h2>
<ul class="changes">
<li><h3>The Cartographers</h3><p>Gallery 4. Closes on 31 August as planned.</p></li>
</ul>
<h2>Cancelled</h2>
<ul class="changes">
<li><h3>Summer Print Fair</h3><p>Held every June since 1998, the fair will not take place this
year.</p></li>
</ul>
<p class="updated">Last updated <time datetime="2025-06-04">4 June 2025</time></p>
</main>
<footer>
<p>&copy; 2025 Harbourside Gallery. Registered charity no. 1098765.</p>
<p>Harbour Road, Porthallow PL99 4QT &middot; 01632 960 555</p>
</footer>
<script>window.galleryConfig = {lang: "en-GB", shopEnabled: true};</script>
</body>
</html>""",
        (
            expect("2025-03-03/..", "closed"),
            expect("2025-02-24", "storm"),
            expect("../2025-07", "repairs", planned=True),
            expect("1884", "installed"),
            expect("2025-09-19/2026-01-11", "Mariner", planned=True),
            expect("../2025-06-30", "refund", planned=True),
            expect("2026", "Threadwork", planned=True),
            expect("2025-08-31", "Cartographers", planned=True),
        ),
    ),
    Text(
        "dunphy-pensions-determination",
        "pensions ombudsman determination",
        None,
        """PENSION SCHEMES OMBUDSMAN

Determination

Ref:          PO-31274
Applicant:    Mr R Dunphy
Scheme:       Calderwood Engineering Pension Scheme (the Scheme)
Respondents:  The Trustees of the Scheme (the Trustees)
              Harcourt Administration Ltd (Harcourt)

Outcome

1. I uphold Mr Dunphy's complaint against the Trustees. The Trustees shall, no later than 30
April 2024, pay Mr Dunphy the difference between the transfer value he received and the value
he would have received had the transfer been paid on time, with interest, and £1,000 for the
serious distress and inconvenience caused.

Complaint summary

2. Mr Dunphy, now aged 61, says delays in the transfer of his benefits cost him £18,412.

Background information

3. Harcourt has administered the Scheme on the Trustees' behalf since 2016.

4. Mr Dunphy joined the Scheme on 1 April 1989 and left service on 30 September 2012, becoming
a deferred member.

5. On or about 14 February 2021 Mr Dunphy asked Harcourt for a transfer value quotation.
Harcourt did not issue one until 9 June 2021, after he had chased it four times. Under section
93A of the Pension Schemes Act 1993 a member is entitled to a quotation within three months of
asking.

6. His signed transfer request was received on 12 July 2021. On 1 October 2021 the Trustees
changed the basis for calculating transfer values, and the transfer, of £214,730, was paid on
23 November 2021.

7. After an unsuccessful complaint under the Scheme's internal dispute resolution procedure, Mr
Dunphy brought his complaint to this office on 5 August 2022.

Ombudsman's conclusions

8. Had Harcourt issued the quotation within the statutory three months, the transfer could have
been completed well before 1 October 2021. The delay is maladministration for which the
Trustees, as the Scheme's managers, are responsible.

Anthony Reyes
Pensions Ombudsman
14 March 2024""",
        (
            expect("../2024-04-30", "pay", planned=True),
            expect("2016/..", "administer"),
            expect("1989-04-01", "joined"),
            expect("2012-09-30", "left"),
            expect("2021-02-14~", "quotation"),
            expect("2021-06-09", "issue"),
            expect("2021-07-12", "received"),
            expect("2021-10-01", "basis"),
            expect("2021-11-23", "paid"),
            expect("2022-08-05", "brought"),
        ),
    ),
    Text(
        "pardoe-lisle-gunmakers",
        "gunsmith's history",
        None,
        """PARDOE & LISLE - A HISTORY

The business traces its origins to William Pardoe, a lockfiler who set up on his own account in
Whittall Street, Birmingham, circa 1790. His first gun was possibly made in 1786, while he was
still a journeyman, but no example survives.

William's son Edward took Samuel Lisle, a Wolverhampton barrel-maker, into partnership in 1834.
The firm's sidelock game guns won it a Royal Warrant in 1863, and about 1878 it moved to St
James's, London, to be closer to its sporting customers.

Edward's nephew Arthur Lisle was the firm's great inventor. Patents for a rebounding lock, an
intercepting safety sear and a self-opening ejector followed in 1881, 1884 and 1897; the last
is still fitted to every gun we make.

Between 1914 and 1918 the workshop made rifle sights and telescope mounts for the War Office,
and the London shop was closed for the duration. The Holroyd family, who bought the company
after the Second World War, own it to this day.

Since 2001 our guns have been built at Birch Lane, Ludlow, where twelve craftsmen and four
apprentices make around 30 guns a year. Each takes some 900 hours of work, and the order book
now runs to gun number 4,017. A pair of 12-bores ordered today will be delivered in about two
years.

Visits to the Birch Lane workshop are by appointment. Telephone 01584 555 017.""",
        (
            expect("1790~", "Pardoe"),
            expect("1786?", "gun"),
            expect("1834", "partnership"),
            expect("1863", "warrant"),
            expect("1878~", "moved"),
            expect("1881", "patent"),
            expect("1884", "patent"),
            expect("1897", "patent"),
            expect("1914/1918", "sights"),
            expect("2001/..", "Birch"),
        ),
    ),
    Text(
        "elmhurst-bridge-congress",
        "bridge club's congress programme",
        None,
        """ELMHURST BRIDGE CLUB

52nd Autumn Congress
Friday 7 - Sunday 9 November 2025
Elmhurst Community Hall, 14 Station Road, Elmhurst

PROGRAMME

Friday 7 November
19:30     Welcome Pairs (one session, 24 boards)

Saturday 8 November
10:30     Swiss Teams, session 1 (seven matches of 4 boards)
14:45     Swiss Teams, session 2

Sunday 9 November
10:00     Congress Pairs, session 1
14:30     Congress Pairs, session 2
18:00     Annual General Meeting (after the prize-giving)

ENTRIES
Entries close no later than 31 October. Late entries are accepted at the Tournament Director's
discretion, space permitting. Entry fees: £24 per pair per session (students £8); Swiss Teams
£96 per team.

The Congress Pairs is played for the Joan Atherley Trophy, in memory of Joan Atherley
(1931-2019), club president from 1982 to 2004.

Scoring: Pairs by match points; Swiss Teams by IMPs converted to a 20-point VP scale. Green
points at EBU rates.

ABOUT THE CLUB
Elmhurst Bridge Club was founded in 1948 and has held a congress every autumn since 1974. It
plays on Monday, Wednesday and Thursday evenings. The club's new premises on Orchard Lane are
expected to open in spring 2026.

Congress Secretary: Mrs P. Kaur, 12 Linden Avenue, Elmhurst EL4 7QS
Tel. 01632 960 418 | congress@elmhurstbridge.example""",
        (
            expect("2025-11-07/2025-11-09", "congress", planned=True),
            expect("2025-11-07", "welcome", planned=True),
            expect("2025-11-08", "swiss", planned=True),
            expect("2025-11-09", "congress", "pairs", planned=True),
            expect("2025-11-09", "meeting", planned=True),
            expect("../2025-10-31", "entries", planned=True),
            expect("1948", "founded"),
            expect("1982/2004", "president"),
        ),
    ),
)
