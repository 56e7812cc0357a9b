"""A seventy-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
regimental history, an archaeological excavation report, a company filing's risk and history
section, a fan blog post, a parish newsletter, a transit service change notice, an embassy
statement, podcast show notes, a family recipe's heritage story, a patent dispute history and
an accident investigation report). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYFOURTH_CORPUS",)

SEVENTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LISBON, Oct 9 (Iberia Press) - Dockworkers at the port of Setubal walked off the job
on Monday, halting container traffic at Portugal's third-busiest harbour in a dispute over
night-shift pay.

The dockers' union, SINPORT, first called the stoppage on September 23, after three rounds
of talks with the terminal operator failed. Union leader Marta Goncalves told reporters the
walkout was already "the longest at this port since 2012" and would continue until the operator
returned with a written offer.

Talks will resume on Friday at the Labour Ministry, a ministry official said.

The port authority, which has managed the container terminal directly since 2016, said 14
vessels were waiting offshore. A similar stoppage in about March 2019
lasted nine days and cost exporters an estimated 40 million euros.

Union delegates meet every Thursday at the harbour canteen, and Goncalves said the
strike committee would review the situation there. Cork and wine exporters, who ship some
2,016 containers a month through Setubal, have asked the government to intervene.

Contact the port authority press office on +351 265 555 019.

(Reporting by Tiago Ferreira; Editing by Ana Louro)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "stoppage"),
            expect("2024-10-11", "talks", planned=True),
            expect("2016/..", "manag"),
            expect("2019-03~", "stoppage"),
        ),
    ),
    Text(
        "sensor-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Norrvik Sensors to acquire Bergby Labs, expanding into industrial acoustics

HELSINKI, Finland - June 4, 2025 - Norrvik Sensors Oyj (NASDAQ Helsinki: NORRV) today
announced an agreement to acquire Bergby Labs, a Tampere-based developer of acoustic leak
detectors, for 86 million euros in cash.

Bergby Labs was founded around 2015 by two researchers from Tampere University and now
employs 74 people. Its detectors are used by water utilities in eleven countries.

Norrvik, founded in 2009, shipped its first vibration sensor in March 2012; its order book
is now the largest since 2018. The transaction is expected to close no
later than September 30, 2025, subject to regulatory approval. Norrvik will open a new
assembly plant in Oulu in January 2026.

"Bergby's acoustics complete our portfolio," said CEO Helena Aaltonen. Norrvik will
present the combined product line at the 2025 Nordic Sensor Summit.

About Norrvik Sensors
Norrvik Sensors designs vibration and temperature sensors for heavy industry. The
company's quality system is certified to ISO 9001:2015.

Forward-looking statements
This release contains forward-looking statements that involve risks and uncertainties.

Media contact:
Sanna Lehto, +358 40 555 0123, press@norrvik.example

###""",
        (
            expect("2025-06-04", "acqui"),
            expect("2015~", "found"),
            expect("2009", "found"),
            expect("2012-03", "ship"),
            expect("../2025-09-30", "close", planned=True),
            expect("2026-01", "plant", planned=True),
        ),
    ),
    Text(
        "attendance-policy-appeal",
        "court opinion",
        date(2024, 3, 12),
        """UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT

DELIA MARQUEZ, Plaintiff-Appellant,
v.
COASTLINE PACKAGING CO., Defendant-Appellee.

No. 23-1187

OPINION

Before: HARLAN, OKAFOR, and REYES, Circuit Judges.

Marquez worked as a line supervisor at Coastline's Stockton plant. She was hired on or
about June 3, 2019, and was terminated on November 18, 2021, after accumulating what the
company described as excessive absences. Coastline has maintained its point-based
attendance policy since January 2018.

Marquez filed a charge of discrimination with the Equal Employment Opportunity Commission
on or before May 16, 2022, alleging that absences caused by her pregnancy were counted
against her in violation of Title VII of the Civil Rights Act of 1964. A charge must be
filed within 300 days of the unlawful practice. 42 U.S.C. section 2000e-5(e)(1).

The district court granted summary judgment to Coastline on August 9, 2023, holding that
the charge was untimely. Marquez filed her notice of appeal two days later. We review a
grant of summary judgment de novo. See Fed. R. Civ. P. 56(a); Ostrander v. Hale, 512 F.3d
1004, 1009 (9th Cir. 2008).

Because the last absence counted against Marquez fell within the 300-day period, the charge
was timely. We REVERSE and REMAND for further proceedings.""",
        (
            expect("2019-06-03~", "hire"),
            expect("2021-11-18", "terminat"),
            expect("2018-01/..", "policy"),
            expect("../2022-05-16", "charge"),
            expect("2023-08-09", "judgment"),
            expect("2023-08-11", "appeal"),
        ),
    ),
    Text(
        "castelmarro",
        "encyclopedia history",
        None,
        """Castelmarro

Castelmarro is a town in the province of Alessandria, Piedmont, with a population of 14,382.

History

A castle was first built on the hill around 1120 by the lords of Ponzano, and a market
grew up beneath its walls. The town received a charter of privileges from the Marquis of
Monferrato in 1347. An outbreak of plague in 1630 killed nearly half of its inhabitants.

The stone bridge over the Tanaro was built between 1782 and 1789 to plans by the engineer
Giuseppe Vinardi. The railway from Alessandria reached Castelmarro in 1861, and a larger
station was built the following year. A flood, probably in 1911, destroyed the old
paper mill, which was never rebuilt.

Since 1974 the town has been twinned with Saint-Amand-sur-Loire in France. Its main street,
Via XX Settembre, commemorates the capture of Rome, and the football club, AC Castelmarro
1919, plays at the Stadio Comunale.

Economy

Castelmarro is known for its hazelnut confectionery; local producers process some 1,900
tonnes of nuts a year.""",
        (
            expect("1120~", "castle"),
            expect("1347", "charter"),
            expect("1630", "plague"),
            expect("1782/1789", "bridge"),
            expect("1861", "railway"),
            expect("1862", "station"),
            expect("1911?", "flood"),
            expect("1974/..", "twin"),
        ),
    ),
    Text(
        "harbour-united-win",
        "sports report",
        date(2025, 2, 16),
        """Harbour United 4 Millbrook Rovers 1

By Calum Reid, Football Correspondent

Harbour United climbed to second in the Northern League on Saturday with a 4-1 win over
Millbrook Rovers, their biggest away win since 2009, in front of a crowd of 2,019.

Striker Jonas Eklund, who joined from Vasteras on 31 January, scored twice before half-time.
Eklund's first goal, a header from Ryan Doyle's corner, came after eleven minutes.

Manager Sean Whitlock, appointed in November 2023 after the club narrowly avoided
relegation, said his players had "earned a rest", although they train every Tuesday
and Thursday regardless.

The club, founded in 1898, is unbeaten in eight games. United host Castleford
Athletic on Wednesday and face Dunmore in the Northern Cup final, which is scheduled for
24 May at Riverside Park.

Rovers, who lost captain Tom Hale to a hamstring injury, remain eleventh.

Harbour United: Pearce; Doyle, Grant, Okafor, Lyle; Baird, Moss (Kerr 74), Ndiaye;
Walsh, Eklund (Price 81), Hughes.""",
        (
            expect("2025-02-15", "win"),
            expect("2025-01-31", "join"),
            expect("2023-11", "appoint"),
            expect("1898", "found"),
            expect("2025-02-19", "host", planned=True),
            expect("2025-05-24", "final", planned=True),
        ),
    ),
    Text(
        "halloran-finch",
        "company history",
        None,
        """Our History - Halloran & Finch Ropeworks

Halloran & Finch was founded in 1874 by the brothers-in-law Patrick Halloran and Edwin
Finch, who twisted hemp rope for the fishing fleets of Arbroath. The firm moved to a larger
works on the Dundee waterfront in 1902.

From 1914 to 1918 the works supplied mooring lines and towing hawsers to the Royal Navy,
and its Model 1900 hawser became a standard fitting on minesweepers. The company was listed
on the London Stock Exchange in 1936.

In about 1968 the business was acquired by the Caledonian Textile Group, which invested in
nylon and polyester lines. Halloran & Finch has made synthetic ropes since 1971, and today
supplies lines to offshore wind farms, sailing clubs and rescue services.

The Dundee mill closed in 1985, and rope production moved to a new plant in Gdynia, Poland,
in 1994. The company still keeps a small heritage workshop in Dundee, which welcomes
visitors on the first Saturday of every month.

Last year our teams produced 1,912 kilometres of rope.

Halloran & Finch Ropeworks Ltd - Registered in Scotland No. SC018874""",
        (
            expect("1874", "found"),
            expect("1902", "move"),
            expect("1914/1918", "navy"),
            expect("1936", "list"),
            expect("1968~", "acqui"),
            expect("1971/..", "synthetic"),
            expect("1985", "clos"),
            expect("1994", "production"),
        ),
    ),
    Text(
        "aurelia-probe",
        "mission summary",
        None,
        """MISSION SUMMARY: AURELIA

Mission type: Venus orbiter and lander
Operator: European Planetary Agency (EPA)
Programme: Horizon 2000 Plus

Aurelia was launched on an Ariane rocket from Kourou on 2 December 2021. About six months
later the spacecraft made a gravity-assist flyby of Venus, lowering its speed for the long
spiral towards orbit insertion.

The orbiter entered Venus orbit on 9 October 2023, and its small lander, Lyra, touched down
on the plain of Lavinia Planitia on 21 October. Lyra returned 2,024 images and
measurements of surface temperature of about 460 degrees Celsius before its batteries
failed. Contact with the lander was lost, probably on 2 February 2024, although engineers
could not rule out a later signal.

The orbiter maps the surface on each 1,440-minute orbit, and its radar is switched on
every third pass. An extended mission is scheduled to begin in March 2026, subject to
approval by the agency's science committee.

Launch mass: 2,310 kg
Orbit: 250 x 66,000 km

Page last updated: 11 March 2025""",
        (
            expect("2021-12-02", "launch"),
            expect("2022-06~", "flyby"),
            expect("2023-10-09", "orbit"),
            expect("2023-10-21", "touch"),
            expect("2024-02-02?", "contact"),
            expect("2026-03", "extended", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER RESOURCES

Statement on the drought situation in the Southern Basin

17 July 2024

The Ministry is monitoring closely the drought affecting the Southern Basin. Restrictions
on the use of mains water for irrigation and car washing have been in effect since 1 June
across the six southern districts. On 10 July the level of the Merrin reservoir fell below
30 percent of capacity, the lowest reading for the month of July since 1996.

Under the Water Act of 1998, the Minister may order further measures if levels fall below
25 percent. Rationing was last imposed around 2011, when supplies were cut at night for
eleven weeks.

The Minister, Dr Amina Kourou, will visit the Merrin treatment works on Monday to meet
district officials. The new desalination plant at Port Selwyn is expected to be
operational by December 2026.

Households are asked to water gardens only on Saturdays after 6 p.m. and to report leaks
without delay.

Public hotline: 0800 2024 117
Press office: press@water.gov.example

ENDS""",
        (
            expect("2024-06-01/..", "restrict"),
            expect("2024-07-10", "reservoir"),
            expect("2011~", "ration"),
            expect("2024-07-22", "visit", planned=True),
            expect("../2026-12", "desalination", planned=True),
        ),
    ),
    Text(
        "library-news-list",
        "HTML page (news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Westbury Libraries</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/events">Events</a> | <a href="/news">News</a></nav>
<h1>Library news</h1>
<ul class="news-list">
  <li>
    <h2>Central Library reopens</h2>
    <p class="meta"><time datetime="2025-09-03">3 September 2025</time></p>
    <p>The Central Library on Market Street reopened on 2 September 2025 after an
    18-month renovation, with a new children's floor and 40 study desks.</p>
  </li>
  <li>
    <h2>Council approves book fund</h2>
    <p class="meta"><time datetime="2025-08-29">29 August 2025</time></p>
    <p>The borough council approved a book fund of &pound;120,000 on 28 August.
    Digitisation of the local history archive was completed before 31 July.</p>
  </li>
  <li>
    <h2>Westbury Book Festival returns</h2>
    <p class="meta"><time datetime="2025-08-14">14 August 2025</time></p>
    <p>The Westbury Book Festival will run from 10 to 12 October 2025 in the Corn
    Exchange. Our mobile library, which has served outlying villages since 2019, will
    bring festival authors to village halls.</p>
  </li>
</ul>
<aside><p>Story time every Saturday at 10:30. Call 01632 960 735.</p></aside>
<footer><p>Last updated: 12 September 2025</p><p>&copy; 2025 Westbury Borough Council</p></footer>
</body>
</html>""",
        (
            expect("2025-09-02", "reopen"),
            expect("2025-08-28", "fund"),
            expect("../2025-07-31", "digiti"),
            expect("2025-10-10/2025-10-12", "festival", planned=True),
            expect("2019/..", "mobile"),
        ),
    ),
    Text(
        "regiment-history",
        "regimental history",
        None,
        """THE 61st (WEST MARCHES) REGIMENT OF FOOT: A SHORT HISTORY

The regiment was raised at Hereford in 1759 by Colonel John Aubrey, during the Seven Years'
War, and took as its march the air still played today as "The Year Fifty-Nine".

From 1799 to 1803 the 61st served in the Mediterranean garrisons of Minorca and Malta. It
won its first battle honour at Corvela on 14 June 1812, where it lost 212 of its 480 men
holding the bridge against French cavalry. The anniversary is kept each year as Corvela Day,
when the colours are trooped.

Under the army reforms of 1881 the regiment was amalgamated with the 94th to form the
Herefordshire Light Infantry. The 1st Battalion landed in France on or about 22 August 1914
and fought at the Marne within three weeks. A second battalion was raised in 1915.

The regiment's colours were laid up in Hereford Cathedral in 1958. The regimental museum,
open Tuesdays to Saturdays, holds the drum captured at Corvela.

Museum enquiries: 01432 555 1759""",
        (
            expect("1759", "raise"),
            expect("1799/1803", "mediterranean"),
            expect("1812-06-14", "corvela"),
            expect("1881", "amalgamat"),
            expect("1914-08-22~", "france"),
            expect("1915", "battalion"),
            expect("1958", "colours"),
        ),
    ),
    Text(
        "hallow-hill-excavation",
        "archaeological excavation report",
        date(2023, 12, 4),
        """HALLOW HILL, NORTHUMBERLAND: INTERIM EXCAVATION REPORT
Report no. NAU-2023/14. Northern Archaeology Unit

1. Introduction

Excavation at Hallow Hill took place from 3 to 28 July 2023 under the direction of Dr Fiona
Strachan, with 22 volunteers from the Tynedale Archaeology Society. The site was first
identified from aerial photographs in 1962, and a geophysical survey in May 2022 located a
large rectangular building on the summit.

2. Results

Trench 1 exposed the stone footings of a hall measuring 21 by 8 metres. Pottery from the
primary floor, context (1148), suggests that the hall was built around 1150. A hearth in
the north aisle, context (1207), produced charred barley and a coin of Henry II.

The pottery sequence ends abruptly, and the hall had been abandoned by 1400. No later
occupation was found, apart from a post-medieval sheepfold.

3. Further work

A second season of excavation is planned for June 2024, when Trench 2 will be opened across
the western enclosure. Finds are held at the unit's store under accession number
HH23-2059.""",
        (
            expect("2023-07-03/2023-07-28", "excavat"),
            expect("1962", "identif"),
            expect("2022-05", "survey"),
            expect("1150~", "hall"),
            expect("../1400", "abandon"),
            expect("2024-06", "season", planned=True),
        ),
    ),
    Text(
        "quillon-10k",
        "company filing's risk and history section",
        date(2025, 2, 28),
        """QUILLON SOFTWARE, INC.
ANNUAL REPORT ON FORM 10-K
Commission File Number 001-35123

Item 1. Business - History

Quillon Software, Inc. was incorporated in Delaware in 2004. We completed our initial public
offering on May 17, 2011, and our common stock trades on the Nasdaq Global Select Market
under the symbol "QLLN". In 2016 we acquired Tellwave Ltd., a provider of call analytics.

Since March 2020, a majority of our employees have worked remotely. Revenue grew 14 percent in
the most recent fiscal year, the fastest growth since 2015.

Item 1A. Risk Factors

We have experienced security incidents and may experience more. Around October 2022 an
unauthorized party gained access to a customer support database; we notified affected
customers and regulators.

Our indebtedness could limit our flexibility. Our term loan will mature on June 30, 2027,
and we may be unable to refinance it on acceptable terms.

We are subject to Section 404 of the Sarbanes-Oxley Act of 2002, and awards under our 2019
Equity Incentive Plan may dilute existing stockholders.

Quillon Software, Inc. | 2024 Form 10-K | Page 17""",
        (
            expect("2004", "incorporat"),
            expect("2011-05-17", "offering"),
            expect("2016", "tellwave"),
            expect("2020-03/..", "remote"),
            expect("2022-10~", "access"),
            expect("2027-06-30", "matur", planned=True),
        ),
    ),
    Text(
        "paper-lanterns-fan-blog",
        "fan blog post",
        None,
        """THE LANTERN ROOM - a Paper Lanterns fan blog

THEY'RE BACK!!! Paper Lanterns reunion confirmed
Posted on 7 March 2025 by glowfan_mel | 47 comments

I still can't believe I'm typing this. Paper Lanterns confirmed their reunion on Tuesday
in a short video on their old channel, and I've watched it about forty times.

For newer readers: the band played their first gig at the Crown Inn, Leeds, on 14 February
1997, to about thirty people (my sister was one of them). Their debut album, "Moth
Weather", came out in 1999, and "1983" - still my favourite song ever - was the single that
got them on the radio. They split up around 2008, though nobody in the band has ever said
exactly when the last rehearsal was.

The reunion tour begins on 19 September in Glasgow, and tickets go on sale on 14 March.
I've seen them 23 times and I'm aiming for 30.

Every Friday I play "Moth Weather" start to finish, so you know what I'll be doing tonight.

Tags: paper lanterns, reunion, tour, 90s indie

Share | Reply | Report""",
        (
            expect("2025-03-04", "reunion"),
            expect("1997-02-14", "gig"),
            expect("1999", "album"),
            expect("2008~", "split"),
            expect("2025-09-19", "tour", planned=True),
            expect("2025-03-14", "ticket", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-newsletter",
        "parish newsletter",
        date(2024, 9, 27),
        """ST ALDHELM'S PARISH NEWS - OCTOBER

From the Vicarage

Dear friends, thank you to everyone who helped with the jumble sale on 14 September, which
raised 1,240 pounds for the roof appeal.

Our Harvest Festival will be held on Sunday 6 October at 10 a.m., followed by a shared
lunch in the church hall. Gifts of tinned food will go to the Wellsford food bank.

Roof appeal

The church was built around 1180, and the north aisle is the oldest part of the
building. Work on the north aisle roof is to be completed by 20 December so that the scaffolding is
down
before Christmas. The bells, recast in 1887, will be rung again once the tower is safe.

Parish notes

The Rev. Clare Whitby has been our vicar since 2016, and she will be on retreat for a few
days. The coffee morning meets every Wednesday at 10.30 in the hall, and the choir
practises on Thursdays. We follow Common Worship (2000) at the main Sunday service; please
use hymn 1026 in the supplement.

Contact the parish office on 01632 960 204.""",
        (
            expect("2024-09-14", "jumble"),
            expect("2024-10-06", "harvest", planned=True),
            expect("1180~", "built"),
            expect("../2024-12-20", "roof", planned=True),
            expect("1887", "recast"),
            expect("2016/..", "vicar"),
        ),
    ),
    Text(
        "route-14-diversion",
        "transit service change notice",
        None,
        """METRO LINK BUSES - SERVICE CHANGE NOTICE
Notice SC-2025-041 | Issued: 2 April 2025

Route 14 (Hillside - City Centre): diversion

Because of water main replacement on Canal Road, Route 14 will be diverted via Station
Street from 7 to 25 April 2025. Buses will not serve the Canal Road and Lock Lane stops
during this period.

The Victoria Bridge stop has been closed since 24 March for resurfacing and will reopen when
the works finish.

New timetable

A new timetable for Routes 14 and 16 takes effect from Sunday 4 May. Buses will run every
12 minutes on weekdays and every 20 minutes on Sundays.

Route 22 withdrawn

Route 22, introduced in 2009, will run for the last time on 31 May. Passengers can use
Night Bus N22 or Route 16 instead.

For journey planning, call 0345 600 1234 or visit the Metro Link website. Quote reference
SC-2025-041 in any complaint.""",
        (
            expect("2025-04-07/2025-04-25", "divert", planned=True),
            expect("2025-03-24/..", "closed"),
            expect("2025-05-04", "timetable", planned=True),
            expect("2009", "introduc"),
            expect("2025-05-31", "route", planned=True),
        ),
    ),
    Text(
        "valdoria-embassy",
        "embassy statement",
        None,
        """EMBASSY OF THE REPUBLIC OF VALDORIA
Canberra

PRESS STATEMENT
21 August 2025

The Embassy expresses its deep gratitude to the Government and people of Australia for
their messages of sympathy following the earthquake that struck the Valdorian province of
Serra Alta on 16 August.

In order to assist nationals seeking news of their families, the consular section will
close to routine visa business on Friday and will operate an emergency information desk
only. Opening hours are otherwise 9 a.m. to 1 p.m., Monday to Thursday.

Ambassador Lucia Ferrante, who presented her credentials to the Governor-General on 3 March,
has opened a book of condolence at the Chancery. Valdoria and Australia have maintained
diplomatic relations since 1972, and the 1972 Treaty of Friendship remains the foundation
of our cooperation.

The Embassy also reminds Valdorian citizens resident in Australia that the general
election is scheduled for 9 November. Postal ballots must be requested through the consular
section.

Emergency line: +61 2 6555 0100
Email: consular@valdoria-embassy.example""",
        (
            expect("2025-08-16", "earthquake"),
            expect("2025-08-22", "close", planned=True),
            expect("2025-03-03", "credential"),
            expect("1972/..", "relation"),
            expect("2025-11-09", "election", planned=True),
        ),
    ),
    Text(
        "signal-podcast-notes",
        "podcast show notes",
        date(2025, 11, 5),
        """Coastlines Podcast - Episode 212: The Station at Carrow Point

This week Jess talks to maritime historian Dr Owen Pryce about the wireless station that
once stood on the cliffs at Carrow Point. We recorded this conversation on Thursday in the
station's old engine shed.

In this episode:
(00:00) Intro and listener mail
(04:12) How the Carrow Point station sent its first signal to a liner in 1903
(18:40) Albert Penrose, who became station keeper around 1910, and his logbooks
(31:05) Why the station closed in 1967
(44:30) Owen's book, "Sparks on the Cliff", published in 2023

Owen's documentary "Signal 1903" screens regularly at the Penzance Maritime Museum.

Coming up: our first live show will take place at the Acorn Theatre on 29 November.
Tickets are on our website.

New episodes drop every Wednesday. Support the show with code COAST2025 for 15% off
merch.

Music: "Tide Tables" by The Harbourlights. Produced by Jess Morrow.""",
        (
            expect("2025-10-30", "record"),
            expect("1903", "signal"),
            expect("1910~", "keeper"),
            expect("1967", "clos"),
            expect("2023", "book"),
            expect("2025-11-29", "live", planned=True),
        ),
    ),
    Text(
        "nonna-rosa-cake",
        "family recipe's heritage story",
        None,
        """Nonna Rosa's Orange and Almond Cake

The story behind the recipe

My great-grandmother Rosa Bellini arrived in Buenos Aires in about 1912 with a trunk, a
rolling pin and not a word of Spanish. She married a baker from Genoa, and in 1926 the two
of them opened a small bakery on Calle Defensa, where this cake sat on the counter every
Sunday.

The recipe survives on a stained index card in Rosa's handwriting. The card, probably from
1951, lists "arance, mandorle, uova" and nothing about oven temperatures. The bakery closed
in 1979, when my grandfather retired.

My mother brought the card to Melbourne, and in 1988 she won first prize at the Royal
Melbourne Show with it. We still bake it every Christmas Eve.

Ingredients (serves 12)
2 whole oranges
250 g ground almonds
6 eggs
200 g sugar

Method
Boil the oranges for 2 hours, then blend. Beat the eggs and sugar, fold in the almonds and
orange pulp, and bake at 180 degrees for 45 minutes.""",
        (
            expect("1912~", "arriv"),
            expect("1926", "bakery"),
            expect("1951?", "card"),
            expect("1979", "clos"),
            expect("1988", "prize"),
        ),
    ),
    Text(
        "heatlock-patent-dispute",
        "patent dispute history",
        date(2024, 6, 20),
        """Client Briefing | Intellectual Property

Heatlock v. Thermaline: fifteen years of a patent fight

Heatlock Systems filed the application for its valve patent on 12 March 2009, and the
United States Patent and Trademark Office granted it as U.S. Patent No. 8,412,907 in 2013.
The patent covers a two-stage valve for domestic heat pumps.

Thermaline launched its rival pump range in about 2015. Heatlock sued Thermaline in the
District of Delaware on 4 April 2017, claiming infringement of three claims. A jury returned
a verdict for Heatlock in October 2019, awarding 31 million dollars in damages.

The Federal Circuit reversed in 2021, holding one claim invalid under 35 U.S.C. section 112,
but affirmed infringement of the other two. The parties settled, and Thermaline has paid a
running royalty since 2022. Thermaline also challenged the patent in inter partes review
under the America Invents Act of 2011, without success.

The patent will expire on 12 March 2029, twenty years after its filing date. Royalties are
paid every quarter.

For more information, contact the IP team at +1 302 555 0148.

This briefing is not legal advice.""",
        (
            expect("2009-03-12", "appli"),
            expect("2013", "grant"),
            expect("2015~", "launch"),
            expect("2017-04-04", "sue"),
            expect("2019-10", "verdict"),
            expect("2021", "revers"),
            expect("2022/..", "royalt"),
            expect("2029-03-12", "expir", planned=True),
        ),
    ),
    Text(
        "glider-tow-accident",
        "accident investigation report",
        None,
        """AIR ACCIDENTS INVESTIGATION OFFICE
Final Report AIR-2024-07
Published: 14 November 2024

Aircraft: Piper PA-25-235 Pawnee, registration G-BXTW
Location: Ravensmoor Airfield
Injuries: 1 serious

Synopsis

On 9 March 2024, at about 14:20 UTC, a tug aircraft collided with the winch cable of a
second launch point while towing a glider at Ravensmoor Airfield. The tug pilot was
seriously injured.

History of the aircraft

The aircraft was manufactured in 1998 and had flown 2,043 hours. It had last been inspected
on 2 February, and its maintenance programme requires an inspection every 100 flight hours.

The pilot had held a commercial licence since 2011 and had towed gliders on 318 occasions.

Investigation

The operator grounded its two other tug aircraft the following day. The Office issued a
preliminary report on 5 April, in accordance with ICAO Annex 13.

Safety actions

The winch manufacturer is expected to issue a service bulletin on cable markers by June
2025. The gliding association has revised its launch-point procedures.""",
        (
            expect("2024-03-09", "collid"),
            expect("1998", "manufactur"),
            expect("2024-02-02", "inspect"),
            expect("2011/..", "licen"),
            expect("2024-03-10", "ground"),
            expect("2024-04-05", "preliminary"),
            expect("../2025-06", "bulletin", planned=True),
        ),
    ),
)
