"""A seventieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story, a press release, a tribunal decision, an encyclopedia history, a sports report, an HTML
company history, a mission summary, a government statement, an HTML diary, an obituary,
minutes, a closure notice, a festival programme, a newsletter, a tender notice, a factbox, an
inquiry report, a status page, a correction and a family history). Facts whose date a reader
could take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTIETH_CORPUS",)

SEVENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "minister-resigns",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VILNIUS, March 14 (Baltic Wire) - Lithuania's transport minister Rokas Valancius
resigned on Thursday after auditors accused his ministry of hiding cost overruns on a
rail freight terminal near Kaunas.

The state audit office published its report on March 3. It said the terminal's budget had
grown by 41 percent, the largest overrun on a public works contract since 2011.

Valancius, who has held the post since December 2022, said in a statement he had "done nothing
unlawful" but did not want to "stand in the way of the facts". A former logistics manager, he
was appointed deputy minister in 2019.

Prime Minister Ilona Petraityte will name a successor on Tuesday, her spokesman said. Until
then the economy minister will oversee the portfolio.

Opposition lawmakers, who meet every Wednesday to coordinate, said they would still seek a
hearing on the terminal.

(Reporting by Jonas Rimkus; Editing by Kate Mallory)""",
        (
            expect("2025-03-13", "resign"),
            expect("2025-03-03", "report"),
            expect("2022-12/..", "minister"),
            expect("2019", "deputy"),
            expect("2025-03-18", "successor", planned=True),
        ),
    ),
    Text(
        "tidal-array-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Firth Tidal Energy secures consent for 30 MW Stroma Sound array

WICK, Scotland - 9 June 2024 - The Marine Directorate granted Firth Tidal Energy Ltd consent
for its 30 MW tidal stream array in Stroma Sound on 22 May 2024.

Founded in 2016, the Caithness company has monitored currents at the site since March 2021.
Seabed surveys were carried out from 3 to 14 April 2023 using a chartered vessel from Scrabster.

The first turbine is scheduled to be installed in August 2025, and full export of power to the
grid is expected to begin in 2027.

"Stroma Sound has the fastest flows we have measured since our first buoy went in," said chief
executive Morag Sinclair. "This consent is the result of years of patient work."

Firth Tidal Energy holds an open day at its Wick workshop every September.

Media contact: press@firthtidal.example | +44 1955 000 000

###""",
        (
            expect("2024-05-22", "consent"),
            expect("2016", "found"),
            expect("2021-03/..", "monitor"),
            expect("2023-04-03/2023-04-14", "survey"),
            expect("2025-08", "turbine", planned=True),
            expect("2027", "export", planned=True),
        ),
    ),
    Text(
        "tribunal-appeal",
        "decision of a competition appeal tribunal",
        None,
        """IN THE COMPETITION APPEAL TRIBUNAL                 Case No: 1487/7/24
Neutral citation [2025] CAT 7

BETWEEN: NORTHGATE AGGREGATES LIMITED (Appellant)
and THE COMPETITION AUTHORITY (Respondent)

JUDGMENT

1. The Authority opened its investigation into the supply of crushed rock in the north-east on
11 March 2022, following a complaint from a haulier.

2. By a decision of 17 July 2024 the Authority found that the Appellant had agreed with a rival
to share customers, and imposed a penalty of GBP 4.2 million. The Authority found that the
conduct began on or about 1 June 2018.

3. The Appellant lodged its notice of appeal on 16 September 2024. It accepts that it had ceased
the practice by March 2021 at the latest, but disputes the start date.

4. The hearing took place from 2 to 4 December 2024. We are grateful to counsel for their
focused submissions.

5. For the reasons below, the appeal on liability is dismissed and the appeal on penalty is
allowed in part.""",
        (
            expect("2022-03-11", "investigation"),
            expect("2024-07-17", "decision"),
            expect("2018-06-01~", "conduct"),
            expect("2024-09-16", "appeal"),
            expect("../2021-03", "ceas"),
            expect("2024-12-02/2024-12-04", "hearing"),
        ),
    ),
    Text(
        "whaling-station",
        "encyclopedia history",
        None,
        """Hvalnes whaling station

Hvalnes was a shore whaling station on the east coast of Iceland, in the fjord of the same
name.

History
The station was established in 1904 by the Norwegian company Nordhval A/S, which moved its
plant from Finnmark after whaling was restricted there. A second flensing plant was added in 1912.
Record catches of fin whales were landed in 1925, 1927 and 1929.

The station lost most of its trade after the 1931 Whaling Convention limited catches, and it
closed in 1958. Most of the buildings were probably demolished in 1966, although the boiler
house survived.

The remains have been a protected monument since 1994. A small museum in the former manager's
house is open to visitors in summer.

See also
- Whaling in Iceland
- List of shore whaling stations""",
        (
            expect("1904", "establish"),
            expect("1912", "flensing"),
            expect("1925", "catch"),
            expect("1927", "catch"),
            expect("1929", "catch"),
            expect("1958", "clos"),
            expect("1966?", "demolish"),
            expect("1994/..", "monument"),
        ),
    ),
    Text(
        "fencing-world-cup",
        "sports report",
        date(2025, 11, 17),
        """FENCING

Duval takes epee gold in Paris as Lemoine adds bronze

By Claire Antonetti

Marion Duval won the women's epee World Cup in Paris on Sunday, beating Hungary's Reka Szabo
15-11 in the final at the Halle Carpentier.

It was the 27-year-old's third World Cup title and the best result for a French epeeist at a
home event since 2014. Duval has topped the world rankings since January.

Her team-mate Ines Lemoine took bronze on Saturday in the sabre event, held on the same piste.

Duval, who trains every morning at INSEP, won her first World Cup medal in Doha in March 2021.

The next World Cup stage will be held in Bern from 5 to 7 December.

Results, women's epee: 1. Duval (FRA); 2. Szabo (HUN); 3. Kowalska (POL), Lin (CHN).""",
        (
            expect("2025-11-16", "duval"),
            expect("2025-01/..", "ranking"),
            expect("2025-11-15", "bronze"),
            expect("2021-03", "medal"),
            expect("2025-12-05/2025-12-07", "bern", planned=True),
        ),
    ),
    Text(
        "signal-maker-history",
        "company history (HTML list)",
        None,
        """<h2>Our history</h2>
<p>From a Leeds workshop to railway lines on four continents.</p>
<ul>
  <li><b>1887</b> &ndash; Albert Harcourt founds Harcourt &amp; Lowe in Leeds.</li>
  <li><b>1902</b> &ndash; First electric track circuit supplied to the North Eastern Railway.</li>
  <li><b>c. 1925</b> &ndash; The works move to a larger site in Holbeck.</li>
  <li><b>By 1960</b> &ndash; More than 2,000 signal boxes fitted with Harcourt equipment.</li>
  <li><b>2004</b> &ndash; Harcourt is acquired by the Swiss group Alvena.</li>
  <li><b>Since 2015</b> &ndash; The company has supplied ETCS equipment to European networks.</li>
  <li><b>2026</b> &ndash; A new assembly plant in Derby is planned to open.</li>
</ul>
<p class="footer">&copy; 2025 Harcourt Signalling Ltd. All rights reserved.</p>""",
        (
            expect("1887", "found"),
            expect("1902", "track circuit"),
            expect("1925~", "move"),
            expect("../1960", "signal box"),
            expect("2004", "acquir"),
            expect("2015/..", "etcs"),
            expect("2026", "derby", planned=True),
        ),
    ),
    Text(
        "camp-health-survey",
        "mission summary",
        None,
        """MISSION SUMMARY - Rapid health survey, Kalobeyei extension camp
Prepared by: Health Cluster assessment team | Status: final

Background
The camp opened in about 2017 and now hosts roughly 31,000 people. A cholera outbreak possibly
began in August 2023.

Mission
The team arrived in the camp on 4 October 2023. The household survey ran from 6 to 15 October
and covered 612 households in eight blocks.

Key findings
- A measles vaccination campaign had been completed by 30 September.
- Water supply averaged 11 litres per person per day, below the standard.
- Food is distributed every Tuesday; several families reported missing rations.

Next steps
The findings will be presented to the county health department on 12 December 2023. A follow-up
survey is recommended.""",
        (
            expect("2017~", "camp", "open"),
            expect("2023-08?", "cholera"),
            expect("2023-10-04", "arriv"),
            expect("2023-10-06/2023-10-15", "survey"),
            expect("../2023-09-30", "measles"),
            expect("2023-12-12", "present", planned=True),
        ),
    ),
    Text(
        "rabies-statement",
        "government statement",
        date(2024, 7, 12),
        """MINISTRY OF HEALTH - STATEMENT

Confirmed case of human rabies

The Ministry of Health confirms a case of rabies in a man in his forties who was bitten by a dog
on or about 20 June while travelling abroad.

The man developed symptoms on 5 July and was admitted to the regional hospital in Tartu
yesterday, where he is in intensive care. Laboratory tests confirmed rabies this morning.

Close contacts have been offered post-exposure vaccination since Wednesday. There is no risk to
the wider public.

The last locally acquired human case in the country was reported in 1998. Under the 2011 Animal
Health Act, dogs entering the country must be vaccinated.

A further briefing will be held on Monday. Travellers bitten or scratched by an animal abroad
should seek medical advice promptly.""",
        (
            expect("2024-06-20~", "bitten"),
            expect("2024-07-05", "symptom"),
            expect("2024-07-12", "confirm"),
            expect("2024-07-11", "admit"),
            expect("2024-07-10/..", "vaccin"),
            expect("1998", "case"),
            expect("2024-07-15", "briefing", planned=True),
        ),
    ),
    Text(
        "hut-cook-diary",
        "HTML diary",
        None,
        """<article class="diary">
<h1>Kitchen notes from the Rifugio Lares</h1>
<h2>Sunday 14 June 2026</h2>
<p>The hut opened for the season today. Eleven guests for dinner, polenta and venison stew.
We bake bread every morning, so I was up at five.</p>
<h2>Tuesday 16 June 2026</h2>
<p>The helicopter delivered two tonnes of supplies. Old Mattias, who cooked here from 1979 to
1994, came up with it and told stories all afternoon.</p>
<h2>Friday 19 June 2026</h2>
<p>Snow overnight. We turned away the first guests who tried the col. The warden says the path
will reopen on 1 July.</p>
</article>""",
        (
            expect("2026-06-14", "hut", "open"),
            expect("2026-06-16", "helicopter"),
            expect("1979/1994", "mattias"),
            expect("2026-06-19", "snow"),
            expect("2026-07-01", "path", planned=True),
        ),
    ),
    Text(
        "correspondent-obituary",
        "obituary",
        None,
        """Helena Marsh obituary

War correspondent who reported from Biafra, Beirut and the Falklands

Helena Marsh, who has died aged 84, was one of the first women to report from the front line
for a British daily.

Born on 3 May 1941 in Cork, the daughter of a schoolteacher, she joined the Evening Courier in
Bristol as a trainee in 1963. She covered the Nigerian civil war from 1968 to 1970, often
travelling with relief convoys.

In about 1975 she moved to Beirut for the Chronicle. She was wounded by shrapnel in 1982,
probably in June, while reporting from the south of the city, and was flown home.

She retired in 1999 to a farmhouse in West Cork, where she wrote two memoirs.

Marsh died on 2 February 2026. She is survived by her nephew, Daniel.""",
        (
            expect("1941-05-03", "born"),
            expect("1963", "join"),
            expect("1968/1970", "war"),
            expect("1975~", "beirut"),
            expect("1982-06?", "wound"),
            expect("1999", "retir"),
            expect("2026-02-02", "die"),
        ),
    ),
    Text(
        "harbour-forum-minutes",
        "minutes",
        None,
        """PORT ELLEN HARBOUR USERS' FORUM
Minutes of the meeting held on Tuesday 8 April 2025, Harbour Office, 19:00

Present: A. McNeill (chair), J. Campbell, R. Gillies, S. Baird (harbour master)
Apologies: K. Munro

1. Harbour master's report
1.1 Dredging of the inner basin was completed on 21 March.
1.2 The fuel berth has been closed since 2 March while the tank is inspected.
1.3 The new visitor pontoon is scheduled to be installed in May.

2. Charges
2.1 Harbour dues will rise by 4% from 1 June.

3. Any other business
3.1 R. Gillies noted that the slipway was last resurfaced around 2009 and is now breaking up.
3.2 The forum meets every quarter; members asked for an extra summer meeting.

Date of next meeting: Tuesday 8 July 2025.""",
        (
            expect("2025-03-21", "dredg"),
            expect("2025-03-02/..", "fuel"),
            expect("2025-05", "pontoon", planned=True),
            expect("2025-06-01", "dues", planned=True),
            expect("2009~", "slipway"),
            expect("2025-07-08", "meeting", planned=True),
        ),
    ),
    Text(
        "park-closure",
        "park closure notice",
        None,
        """WESTBROOK PARK - TEMPORARY CLOSURE

Notice dated 2 December 2024

Westbrook Park will be closed to the public from 6 January to 28 March 2025 while we replace
the drainage under the main lawn and the sports pitch.

Why is this needed?
The drains were originally laid in 1936 and have collapsed in several places. The flooding
of 14 November 2024 left the pitch under water for nine days.

What is already closed?
The children's play area has been fenced off since 9 December 2024 for safety.

When will facilities reopen?
The Lodge cafe will reopen on 1 April 2025. Dog walkers can use Hollins Wood, which is open every
day from dawn to dusk.

Questions: parks@westbrook-council.example or 0161 000 0000.
Westbrook Council, Parks and Open Spaces""",
        (
            expect("2025-01-06/2025-03-28", "clos", planned=True),
            expect("1936", "drain"),
            expect("2024-11-14", "flood"),
            expect("2024-12-09/..", "play area"),
            expect("2025-04-01", "cafe", planned=True),
        ),
    ),
    Text(
        "dance-festival",
        "contemporary dance festival programme",
        None,
        """MOVIMENTI 2025 - contemporary dance festival, Trieste
Programme

Founded in 1998 by the choreographer Lidia Vascotto, Movimenti has been based at the Teatro
Orfeo since 2019.

The festival will open on Friday 12 September 2025 with the premiere of "Salt Lines" by
Compagnie Oree. On Saturday 13 September, the Ljubljana company Plesni Val will perform
"Breath Archive" in the harbour warehouse.

A workshop for young dancers will take place from 15 to 17 September, led by Tomas Riha.

The closing gala will be held on 20 September at the Teatro Orfeo.

Tickets: EUR 18 / concessions EUR 12. The box office is open every afternoon from 16:00.""",
        (
            expect("1998", "found"),
            expect("2019/..", "orfeo"),
            expect("2025-09-12", "salt lines", planned=True),
            expect("2025-09-13", "breath archive", planned=True),
            expect("2025-09-15/2025-09-17", "workshop", planned=True),
            expect("2025-09-20", "gala", planned=True),
        ),
    ),
    Text(
        "estate-newsletter",
        "residents' newsletter",
        date(2025, 10, 3),
        """THE FARADAY FORTNIGHT
News for residents of the Faraday Estate | Issue 112

LIFTS BACK AT LAST
The lifts in Block C were back in service on Monday after eleven weeks of repairs. Thank you for
your patience.

NEW WINDOWS
Window replacement in Blocks A and B will start on 20 October. Contractors will write to each
flat with a date.

GARDEN NEWS
The community garden has been open since May 2023 and now has 40 plot holders. September was
the wettest since 2017, so the squash harvest was poor.

A BIT OF HISTORY
The estate was built in 1968 for workers at the cable factory. The residents' association was
set up in 1985.

REMINDERS
Bins are collected every Thursday. Please do not leave bags on the landings.""",
        (
            expect("2025-09-29", "lift"),
            expect("2025-10-20", "window", planned=True),
            expect("2023-05/..", "garden"),
            expect("1968", "built"),
            expect("1985", "association"),
        ),
    ),
    Text(
        "fire-engine-tender",
        "tender notice",
        None,
        """CONTRACT NOTICE - SUPPLIES
Publication date: 14/03/2025    Notice ID: 2025/S 051-000000

Section I: Contracting authority
Highland and Islands Fire and Rescue Service, Inverness

Section II: Object
II.1 Title: Supply of eight rescue pumping appliances
II.2 Description: The current fleet was bought in 2008 and 2010 and is reaching the end of its
service life. A prior information notice was published on 9 December 2024.

Section IV: Procedure
IV.1 Tenders must be received no later than 25 April 2025, 12:00.
IV.2 Opening of tenders will take place on 28 April 2025.
IV.3 Award of the contract is expected in June 2025.
IV.4 Delivery of the first appliances is scheduled for January 2027.

Section VI: Complementary information
Documents are available free of charge at the procurement portal.""",
        (
            expect("2008", "fleet"),
            expect("2010", "fleet"),
            expect("2024-12-09", "prior information"),
            expect("../2025-04-25", "tender", planned=True),
            expect("2025-04-28", "opening", planned=True),
            expect("2025-06", "award", planned=True),
            expect("2027-01", "deliver", planned=True),
        ),
    ),
    Text(
        "mine-collapse-factbox",
        "factbox timeline",
        date(2024, 10, 7),
        """FACTBOX-Key events in the Zlatna Dol mine collapse

Oct 7 (Balkan Newswire) - Here are the main events since part of the Zlatna Dol copper mine in
eastern Serbia collapsed last week:

* Around 2012 - Mining moves to a deeper level, 600 metres below the surface.

* 2019 - State inspectors warn about roof supports in gallery 7.

* Oct 2, 2024 - Part of the roof of gallery 7 collapses at about 03:40, trapping 14 miners.

* Oct 3 - Rescuers reach the first group of six miners alive.

* Oct 5 - The last two bodies are recovered.

* November - A government inquiry is expected to report.

(Compiled by Marko Ilic; Editing by Sarah Fenwick)""",
        (
            expect("2012~", "mining", "deeper"),
            expect("2019", "warn"),
            expect("2024-10-02", "collaps"),
            expect("2024-10-03", "rescu"),
            expect("2024-10-05", "bodies"),
            expect("2024-11", "inquiry", planned=True),
        ),
    ),
    Text(
        "stadium-crush-inquiry",
        "inquiry report",
        None,
        """INDEPENDENT INQUIRY INTO THE NORTH STAND CRUSH AT CASTLE PARK
Interim report - Chapter 3: The ground and the events of the day

3.1 On Saturday 9 March 2024, during the cup tie between Castle Park Rovers and Millbrook, a crush
occurred at the north stand turnstiles at about 14:52. Nineteen spectators were taken to hospital.

3.2 The north stand was opened in 1973 and extended the following year to hold 6,400 standing
spectators.

3.3 The turnstiles had been replaced by 2019. It is unclear whether the stewarding plan was
updated in 2023; the club could not produce a revised copy.

3.4 The safety advisory group reduced the stand's capacity to 4,000 from 12 April 2024 onwards.

3.5 It was the most serious incident at the ground since 1989. The stand is inspected every
August before the season.""",
        (
            expect("2024-03-09", "crush"),
            expect("1973", "open"),
            expect("1974", "extend"),
            expect("../2019", "turnstile"),
            expect("2023?", "stewarding"),
            expect("2024-04-12/..", "capacity"),
        ),
    ),
    Text(
        "space-weather-status",
        "space weather status page",
        date(2025, 5, 20),
        """SPACE WEATHER STATUS
Last updated: 2025-05-20 09:00 UTC

Current conditions
- Solar wind speed: 480 km/s
- Kp index: 3

Alerts and watches
- G1 (minor) geomagnetic storm watch in effect since 19 May.

Discussion
Active region 4087 rotated into view on the east limb on 12 May. An X2.1 flare erupted from
the region at 14:25 UTC on 18 May, the strongest flare since 2017, and caused a brief radio
blackout over the Atlantic.

The associated coronal mass ejection is expected to arrive at Earth on 21 May. Forecasters
note that the maximum of solar cycle 25 was possibly reached in October 2024.

Products are refreshed every 15 minutes.""",
        (
            expect("2025-05-19/..", "watch"),
            expect("2025-05-12", "region"),
            expect("2025-05-18", "flare"),
            expect("2025-05-21", "arriv", planned=True),
            expect("2024-10?", "maximum"),
        ),
    ),
    Text(
        "radio-correction",
        "correction of a radio programme",
        date(2025, 11, 7),
        """Corrections and clarifications

The Harbour Hour

In the programme broadcast on 4 November 2025 about the history of Kilbrannan pier, we made three
errors.

We said the ferry service to the island began in 1952. It began in 1949.

We said the pier was closed to vehicles in 1987. It was closed in about 1984.

We said the last piermaster, Hugh Galbraith, retired in 1969. He retired in 1971.

We apologise for these errors. The programme will be repeated on Sunday 16 November with the
corrections, and the podcast version has been amended.""",
        (
            expect("2025-11-04", "broadcast"),
            expect("1949", "ferry"),
            expect("1984~", "pier", "clos"),
            expect("1971", "retir"),
            expect("2025-11-16", "repeat", planned=True),
        ),
    ),
    Text(
        "lifeboat-family",
        "family history",
        None,
        """The Penroses of the Porthkennack lifeboat

My great-grandfather Thomas Penrose joined the crew of the Porthkennack lifeboat in 1898, when
the boat was still rowed and sailed. In the great gale of 12 January 1907 he helped rescue
seventeen men from the barque Elvira.

His son William served on the boat from 1922 to 1951. He was probably awarded the bronze medal
in 1928, though the family has never found the certificate.

The station's first motor lifeboat arrived in 1931, and William became her mechanic. The
station closed in 1969, when the service moved to a new harbour along the coast.

A brass plaque with the names of the crews has stood on the old boathouse since 2001. My cousins
still go down every New Year's Day to polish it.""",
        (
            expect("1898", "join"),
            expect("1907-01-12", "rescu"),
            expect("1922/1951", "william"),
            expect("1928?", "medal"),
            expect("1931", "motor"),
            expect("1969", "clos"),
            expect("2001/..", "plaque"),
        ),
    ),
)
