"""A forty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story, a water
park's press release, a dismissal judgment, a village history, a triathlon report, a dairy
cooperative's HTML history, a flood assessment, a border rule statement, an HTML news page
with a timeline, an architect's biography, a union election calendar, a wildfire situation
report, a provenance note, a foundation chair's letter, a radio transcript, a university
press release, a recall notice, a club newsletter, a bridge's history page and a bus
diversion notice). The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYFIFTH_CORPUS",)


FORTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-plane-emergency-landing",
        "wire story with a dateline",
        date(2025, 3, 14),
        """LISBON, March 14 (Norpress) - A Vantair Airbus A320 carrying 162 passengers made an
emergency landing at Lisbon airport on Thursday after the crew reported smoke in the
cabin, the airline said.

Flight VT 418 from Frankfurt to Madeira turned back over the Atlantic about forty minutes
after take-off. Fire crews met the aircraft on the runway and all passengers left by the
front stairs. Four people were treated for minor injuries.

The aircraft was delivered to Vantair in about 2016 and had passed a heavy maintenance
check on January 28, a company spokeswoman said. The airline grounded a second A320 on
March 2 after a similar smell was reported in its cabin.

Portugal's civil aviation investigation office said it would publish a preliminary report
by April 30. Its investigators will interview the two pilots on Monday.

It was the third diversion to Lisbon so far this year, the highest number for the first
quarter since 2019.

(Reporting by Ana Reis; editing by Tom Barlow)""",
        (
            expect("2025-03-13", "landing"),
            expect("2016~", "deliver"),
            expect("2025-01-28", "check"),
            expect("2025-03-02", "ground"),
            expect("../2025-04-30", "report", planned=True),
            expect("2025-03-17", "interview", planned=True),
        ),
    ),
    Text(
        "press-water-park-season",
        "press release of a water park",
        date(2024, 4, 8),
        """PRESS RELEASE
For immediate release

Lagunia Water Park opens its 2024 season with a new wave pool

Valencia, 8 April 2024 - Lagunia Water Park will open its gates for the 2024 season on
25 May, the park's management said.

The highlight of the season is "Marea", a 1,200 square metre wave pool under construction
since September 2023. The pool is scheduled to be finished by 10 May, leaving two weeks for
testing before the first guests arrive.

Lagunia was opened in 1998 by the Ferrán family on the site of a former orange grove. The
park was enlarged in 2005, 2011 and 2019, and welcomed some 410,000 visitors last season.

Season tickets go on sale on 15 April at the park's website. As every year, Family
Tuesdays offer reduced entry for children in July and August.

"Marea is the biggest investment in our history," said managing director Lucía Ferrán.

About Lagunia
Lagunia Water Park, Carretera de Llíria km 9, Valencia. Open daily 10:00-19:00 in season.

Press contact: Javier Molina, prensa@lagunia.example, +34 960 000 000""",
        (
            expect("2024-05-25", "open", "season", planned=True),
            expect("2023-09/..", "construct"),
            expect("../2024-05-10", "finish", planned=True),
            expect("1998", "open"),
            expect("2005", "enlarg"),
            expect("2011", "enlarg"),
            expect("2019", "enlarg"),
            expect("2024-04-15", "ticket", planned=True),
        ),
    ),
    Text(
        "judgment-unfair-dismissal",
        "court judgment summary on an employment dismissal",
        None,
        """EMPLOYMENT TRIBUNAL (LEEDS)
Case No. 1804512/2023
Claimant: Ms A. Okonjo
Respondent: Harrow Lane Logistics Ltd

SUMMARY OF RESERVED JUDGMENT

1. The claimant started work for the respondent as a warehouse supervisor on 3 March 2015.
She had no disciplinary warnings on her record.

2. On or about 2 May 2023 the claimant raised a written grievance about the allocation of
night shifts. The respondent did not reply to it.

3. A disciplinary hearing was held on 9 June 2023 on an allegation of falsifying stock
records. The claimant was dismissed for gross misconduct on 21 June 2023. Her appeal was
rejected on 7 July 2023.

4. The claim form was presented on 14 September 2023, within the time limit as extended by
early conciliation. The full hearing took place from 22 to 24 January 2024.

5. The tribunal finds that the respondent did not carry out a reasonable investigation and
that the dismissal was unfair. The claim of victimisation is dismissed.

6. The respondent is to pay a compensatory award of GBP 18,400 no later than 15 March 2024.

Employment Judge R. Whitcombe""",
        (
            expect("2015-03-03", "start"),
            expect("2023-05-02~", "grievance"),
            expect("2023-06-09", "hearing"),
            expect("2023-06-21", "dismiss"),
            expect("2023-07-07", "appeal"),
            expect("2023-09-14", "claim"),
            expect("2024-01-22/2024-01-24", "hearing"),
            expect("../2024-03-15", "pay", planned=True),
        ),
    ),
    Text(
        "encyclopedia-fishing-village",
        "encyclopedia history of a fishing village",
        None,
        """Porthkerran

Porthkerran is a fishing village and civil parish on the north coast of Cornwall, England,
about 6 km west of Trelow. The 2011 census recorded 612 residents.

History

A chapel dedicated to Saint Keran is recorded on the headland c. 1240, and the name of the
village first appears in a tax roll of 1327. The stone harbour wall was built between 1788
and 1791 by the merchant Josiah Pender, who held the pilchard cellars.

The railway reached Trelow in 1876, and a lifeboat station opened in Porthkerran the
following year. The great storm of 14 October 1881 destroyed 23 boats and drowned eleven
men; a memorial to them stands by the slipway.

The fish market probably closed in 1967, when the last large boats moved to Newlyn. Since
1992 the village has formed part of the Porthkerran Heritage Area, and tourism is now its
main industry.

See also
- List of harbours in Cornwall""",
        (
            expect("1240~", "chapel"),
            expect("1327", "appear"),
            expect("1788/1791", "harbour"),
            expect("1876", "railway"),
            expect("1877", "lifeboat"),
            expect("1881-10-14", "storm"),
            expect("1967?", "market"),
            expect("1992/..", "heritage"),
        ),
    ),
    Text(
        "sport-triathlon-report",
        "sports report on a triathlon",
        date(2025, 6, 9),
        """TRIATHLON

Aalbers wins in Rotterdam in record time

By Pieter de Graaf

ROTTERDAM - Femke Aalbers won the Maaskant Triathlon on Sunday in 1 h 58 min 12 s, the
fastest women's time on the course since 2017.

The 29-year-old from Delft left the water in fourth place but took the lead on the second
lap of the bike course and finished 54 seconds ahead of the German Lisa Brandt. Aalbers,
who turned professional in 2019, had finished second in Rotterdam in 2021 and 2023.

It was a remarkable return for Aalbers, who broke her collarbone in a training crash in
about March 2024 and missed most of last season. "I cried on the finish line," she said.

The swim was shortened to 1,200 metres because the water temperature was around 17
degrees. Organisers test the water every morning of race week.

Aalbers will race the European championship in Madrid on 5 July. The next edition of the
Maaskant Triathlon is scheduled for 14 June 2026.

RESULTS - Women: 1. Aalbers (NED) 1:58:12; 2. Brandt (GER) 1:59:06; 3. Osei (GBR) 1:59:40.""",
        (
            expect("2025-06-08", "win"),
            expect("2019", "profession"),
            expect("2021", "second"),
            expect("2023", "second"),
            expect("2024-03~", "collarbone"),
            expect("2025-07-05", "championship", planned=True),
            expect("2026-06-14", "edition", planned=True),
        ),
    ),
    Text(
        "company-dairy-cooperative-html",
        "company history of a dairy cooperative (HTML with year headings)",
        None,
        """<section class="history">
<h1>Our story</h1>
<p>Fjordmælk is owned by the 212 farming families who deliver their milk to us.</p>
<h2>1921</h2>
<p>Thirty-four farmers from the villages around Vejle founded the cooperative on 4 April
and built a small dairy by the harbour.</p>
<h2>1936</h2>
<p>The first cheese cellar opened, and a butter line followed the next year.</p>
<h2>1958</h2>
<p>Merger with Horsens Mejeri on 1 July. Fjordmælk became the largest dairy in the
county.</p>
<h2>1989</h2>
<p>From 1989 onwards organic milk has been collected and processed separately.</p>
<h2>2012</h2>
<p>The new drying tower for milk powder was completed by November 2012, after roughly
fourteen months of work.</p>
<h2>Today</h2>
<p>Our tankers still collect milk from every farm each morning. A solar plant on the roof
of the dairy is planned to start production in 2026.</p>
<footer><a href="/en/contact">Contact</a> · © Fjordmælk a.m.b.a.</footer>
</section>""",
        (
            expect("1921-04-04", "found"),
            expect("1936", "cheese"),
            expect("1937", "butter"),
            expect("1958-07-01", "merger"),
            expect("1989/..", "organic"),
            expect("../2012-11", "tower"),
            expect("2026", "solar", planned=True),
        ),
    ),
    Text(
        "mission-flood-damage-assessment",
        "mission summary of a flood damage assessment",
        None,
        """MISSION SUMMARY
Post-Flood Damage Assessment, Bosna Valley (Bosnia and Herzegovina)
Reference: PDA/BiH/2024-07

1. Background
Heavy rain from 11 to 13 October 2024 caused the Bosna and its tributaries to overflow
between Zenica and Doboj. The authorities declared a state of natural disaster on 14
October.

2. Mission
At the request of the Ministry of Civil Affairs, a joint team of eleven engineers and
economists was deployed on 21 October. It finished its fieldwork on 4 November after
visiting 37 settlements.

3. Main findings
- Some 2,300 houses were damaged, 140 of them beyond repair.
- The Maglaj road bridge, closed since 12 October, cannot be reopened before the piers are
  rebuilt.
- The embankments south of Zenica were last reinforced, probably in 1998, and are below
  the current design standard.
- Damage is the highest recorded in the valley since 2014.

4. Next steps
The final report is to be submitted to the government by 15 December 2024. A donor
conference is expected to take place in January 2025.""",
        (
            expect("2024-10-11/2024-10-13", "rain"),
            expect("2024-10-14", "disaster"),
            expect("2024-10-21", "deploy"),
            expect("2024-11-04", "fieldwork"),
            expect("2024-10-12/..", "bridge"),
            expect("1998?", "embankment"),
            expect("../2024-12-15", "report", planned=True),
            expect("2025-01", "conference", planned=True),
        ),
    ),
    Text(
        "statement-border-registration-rule",
        "government statement on a new border rule",
        date(2025, 9, 18),
        """Ministry of the Interior
Press statement, 18 September 2025

New registration rule for road crossings on the eastern border

The government adopted on 11 September a decree requiring all travellers who enter Finland
by road at the eastern border crossings to register online before arrival. The new rule
will take effect on 1 November 2025.

The online registration replaces the paper arrival card, which has been in use since 2009.
A trial of the system ran at the Vaalimaa crossing from 2 to 20 June this year, with
around 41,000 travellers registered.

Self-service kiosks for travellers without a smartphone will be installed at all crossings
by 25 October at the latest. Border guards have received training since August.

Crossings on the eastern border recorded more entries this summer than in any summer since
2019.

Further information: Senior Adviser Mikko Laine, tel. +358 295 000 000""",
        (
            expect("2025-09-11", "adopt"),
            expect("2025-11-01", "effect", planned=True),
            expect("2009/..", "card"),
            expect("2025-06-02/2025-06-20", "trial"),
            expect("../2025-10-25", "kiosk", planned=True),
            expect("2025-08/..", "training"),
        ),
    ),
    Text(
        "html-news-tram-line-timeline",
        "HTML news page with a timeline list at the foot",
        date(2024, 11, 27),
        """<article>
<header>
<h1>Tram line 7 returns after two-year rebuild</h1>
<p class="byline">By Lena Hofbauer · <time datetime="2024-11-27">27 November 2024</time></p>
</header>
<p>Line 7 between the main station and Mariatrost will reopen to passengers on Sunday, the
operator Stadtverkehr Mur announced yesterday.</p>
<p>The rebuilt line has new rails, level boarding at all 14 stops and a separate lane on
Leonhardstraße. The works cost about €48 million, the largest tram investment in Graz since
2008.</p>
<p>"Passengers have been patient," said operations director Jürgen Pichler. Replacement buses
ran every six minutes during the works.</p>
<h2>Timeline</h2>
<ul>
<li>March 2019 – City council approves the rebuild</li>
<li>4 October 2022 – Line 7 closes for construction</li>
<li>around June 2023 – Track laying begins on Leonhardstraße</li>
<li>9 January 2024 – Last rail welded at Hilmteich</li>
<li>18 November 2024 – First test runs with passengers' weight simulated by sandbags</li>
</ul>
<p class="related"><a href="/verkehr">More transport news</a></p>
</article>""",
        (
            expect("2024-12-01", "reopen", planned=True),
            expect("2024-11-26", "announce"),
            expect("2019-03", "approv"),
            expect("2022-10-04", "clos"),
            expect("2023-06~", "track"),
            expect("2024-01-09", "weld"),
            expect("2024-11-18", "test"),
        ),
    ),
    Text(
        "biography-architect",
        "biography of an architect",
        None,
        """Marta Lindqvist-Oyelaran (12 May 1931 – 3 February 2008) was a Swedish architect known
for her brick public libraries.

Early life and education
Lindqvist-Oyelaran was born in Gothenburg, the daughter of a shipyard draughtsman. She
studied architecture at the Royal Institute of Technology in Stockholm from 1950 to 1955
and then worked for six years in the office of Sven Hallberg.

Career
She opened her own office in Stockholm around 1962. Her best-known work, the Tallbacka
Library in Västerås, was completed in 1971; the building was extended with a reading garden
the following year. She possibly submitted an unsigned entry to the Malmö concert hall
competition in 1976, although no drawings survive.

In 1984 she became the first woman to receive the Kasper Salin Prize of the Stockholm
architects' association. She taught at Chalmers University in Gothenburg until her
retirement.

Legacy
Several of her libraries are now listed buildings. She died in Uppsala.""",
        (
            expect("1931-05-12", "born"),
            expect("2008-02-03", "die"),
            expect("1950/1955", "stud"),
            expect("1962~", "office"),
            expect("1971", "library"),
            expect("1972", "extend"),
            expect("1976?", "competition"),
            expect("1984", "prize"),
        ),
    ),
    Text(
        "union-election-calendar",
        "union election calendar",
        date(2025, 2, 24),
        """ALLIED TRANSPORT AND RAIL UNION - SCOTLAND REGION
Election of the Regional Secretary 2025
Issued by the Returning Officer, 24 February 2025

The election will be held on the following timetable:

| Stage                                   | Date                      |
|-----------------------------------------|---------------------------|
| Notice of election sent to branches     | Monday 3 March 2025       |
| Nominations open                        | Monday 10 March 2025      |
| Nominations close (12:00 noon)          | Friday 28 March 2025      |
| Voting period (postal and online)       | 15 April - 9 May 2025     |
| Declaration of the result               | Monday 12 May 2025        |

Notes
1. Nominations require the support of at least five branches.
2. The present Regional Secretary, Iain Drummond, has held the post since 2013 and is
   standing again.
3. Branch meetings continue on the first Monday of every month.

Returning Officer: Electoral Reform Services (Glasgow) Ltd""",
        (
            expect("2025-03-03", "notice", planned=True),
            expect("2025-03-10", "nominat", "open", planned=True),
            expect("2025-03-28", "nominat", "clos", planned=True),
            expect("2025-04-15/2025-05-09", "vot", planned=True),
            expect("2025-05-12", "result", planned=True),
            expect("2013/..", "post"),
        ),
    ),
    Text(
        "sitrep-wildfire",
        "wildfire situation report",
        date(2025, 8, 14),
        """SITUATION REPORT No. 9
Serra da Estrela fire complex, Guarda district (Portugal)
Status as of 14 August 2025, 18:00

SUMMARY
- The fire started on 9 August on a slope above Manteigas. Its cause is under
  investigation.
- Burned area: 11,400 ha. The largest fire in the district since 2017.
- Personnel: 1,120 firefighters, 310 vehicles, 14 aircraft.

EVACUATIONS
Civil protection ordered the evacuation of three villages on 11 August. Residents of
Sameiro were allowed to return yesterday; Vale de Amoreira remains evacuated.

ROADS
Road N338 between Manteigas and Penhas Douradas has been closed since 10 August.

RESOURCES
Two water-bombing aircraft from Spain arrived on Tuesday under the EU civil protection
mechanism.

OUTLOOK
Temperatures above 35 °C are forecast each afternoon. Containment of the southern flank is
expected by 17 August if the wind stays below 30 km/h.

Next report: 15 August, 08:00""",
        (
            expect("2025-08-09", "start"),
            expect("2025-08-11", "evacuat"),
            expect("2025-08-13", "return"),
            expect("2025-08-10/..", "road"),
            expect("2025-08-12", "aircraft"),
            expect("../2025-08-17", "contain", planned=True),
        ),
    ),
    Text(
        "provenance-bronze-sculpture",
        "gallery provenance note of a sculpture",
        None,
        """Henrik Vaelstad (Norwegian)
Seated Ferryman
Bronze, dark brown patina, h. 64 cm
Inv. no. S 2011.4

PROVENANCE
Modelled in plaster in Copenhagen in 1905;
cast in bronze by the Fonderie Marchal, Paris, c. 1908;
Dr Ernst Kovač, Zagreb, probably acquired from the artist in 1921;
by descent to his daughter, Vera Kovač-Hall, London, 1954;
her sale, Galerie Thalberg, Vienna, 14 November 1988, lot 42, sold to a private collector;
on loan to the Kunstmuseum Bergen from 1995 to 2003;
acquired by the present gallery from the collector's estate in 2011.

EXHIBITIONS
Charlottenborg, Copenhagen, 1909, no. 112.

NOTE
The cast bears the founder's stamp but no number. Gallery research has found no evidence
of a claim against the work.""",
        (
            expect("1905", "plaster"),
            expect("1908~", "cast"),
            expect("1921?", "kovač"),
            expect("1954", "daughter"),
            expect("1988-11-14", "sale"),
            expect("1995/2003", "loan"),
            expect("2011", "acquir"),
            expect("1909", "charlottenborg"),
        ),
    ),
    Text(
        "letter-foundation-chair",
        "annual letter of a foundation chair",
        date(2025, 3, 20),
        """Letter from the Chair

Dear friends of the Halvorsen Trust,

2024 was the busiest year for the Trust since its founding in 1987 by the shipowner Anders
Halvorsen. We received more grant applications than ever, and our staff and volunteers met
them with great care.

On 6 June 2024 we opened our fiftieth school library, in Bodø, in the presence of pupils
from all three of the town's primary schools. Our teacher exchange with Tanzania, running
since 2016, sent fourteen teachers to Arusha and welcomed nine to northern Norway.

Our long-serving treasurer, Kari Moen, retired on 30 September after twenty-two years on the
board. We thank her warmly. Ola Brenna took over from her on 1 October.

The board will meet in Tromsø in June 2025 to adopt a new five-year strategy. We aim to
open our sixtieth library by 2027.

With my thanks for your support,

Ingrid Solberg
Chair of the Board
Oslo, 20 March 2025""",
        (
            expect("1987", "found"),
            expect("2024-06-06", "library"),
            expect("2016/..", "exchange"),
            expect("2024-09-30", "retire"),
            expect("2024-10-01", "brenna"),
            expect("2025-06", "strategy", planned=True),
            expect("../2027", "library", planned=True),
        ),
    ),
    Text(
        "radio-documentary-mine",
        "radio documentary transcript",
        None,
        """RADIO NORDKYST - "Voices of the Mountain", episode 4 of 6
TRANSCRIPT

[SOUND: wind, a door creaking]

NARRATOR: The first shaft at Svartberg was sunk in 1887, by a Swedish company that had
bought the mining rights two years earlier. By 1900 more than four hundred men worked
underground.

INGRID HOLM: My father came up from Mo i Rana to work in the mine. He talked about it every
evening at dinner, every single evening.

NARRATOR: Ingrid's father probably started at Svartberg in January 1951. Twelve years
later, on 19 March 1963, part of the eastern gallery collapsed.

INGRID HOLM: They were trapped for three days. Mother sat by the radio the whole time.

NARRATOR: All eleven men were brought out alive on 22 March. The mine closed for good on
30 June 1989, when copper prices fell.

[MUSIC]

NARRATOR: A mining museum is to open in the old machine hall in 2027.

INGRID HOLM: I will be the first one through the door.""",
        (
            expect("1887", "shaft"),
            expect("1885", "rights"),
            expect("../1900", "underground"),
            expect("1951-01?", "start"),
            expect("1963-03-19", "collapse"),
            expect("1963-03-22", "alive"),
            expect("1989-06-30", "clos"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "university-shipwreck-find",
        "university press release on a shipwreck find",
        date(2025, 10, 2),
        """Kattegat University · News

Wreck off Anholt identified as the merchant ship Margretha

Aarhus, 2 October 2025. Marine archaeologists from Kattegat University have identified a
wreck off the island of Anholt as the Margretha, a Danish merchant ship that sank on or
about 11 November 1716 on her way home from Riga with a cargo of hemp and flax.

The wreck was first detected during a sonar survey for a cable route on 22 August 2024.
University divers examined the site from 8 to 19 September this year and recovered a
bronze bell bearing the ship's name.

Timber samples suggest that the hull was built around 1690. Archive records in Copenhagen
show that the ship was insured in Amsterdam in 1714.

"It is the best-preserved wreck found in the Kattegat since 1998," said project leader
Associate Professor Sofie Kragh.

The team will present its results at the Nordic Maritime Archaeology Conference in
Copenhagen on 21 November.

Contact: Sofie Kragh, Department of History and Archaeology""",
        (
            expect("1716-11-11~", "sank"),
            expect("2024-08-22", "sonar"),
            expect("2025-09-08/2025-09-19", "diver"),
            expect("1690~", "hull"),
            expect("1714", "insur"),
            expect("2025-11-21", "present", planned=True),
        ),
    ),
    Text(
        "recall-bottle-warmer",
        "consumer authority recall notice",
        date(2025, 1, 23),
        """NATIONAL CONSUMER SAFETY OFFICE
Product Recall Notice 2025/014 · 23 January 2025

PRODUCT: SnugTot electric baby bottle warmer, model BW-200 (white and grey)
BATCHES: 2305 to 2411
SOLD: between 1 June 2023 and 15 January 2025, in pharmacies and online

HAZARD
The thermostat can fail and the unit can overheat, creating a risk of burns and fire.

WHAT HAPPENED
The first report of an overheating unit reached the manufacturer, Calderwood Home Ltd, on or
about 9 December 2024. Calderwood notified the Office on 17 January 2025 after a second
report, and the recall was issued yesterday.

WHAT TO DO
Stop using the product immediately and unplug it. Refund claims must be submitted no later
than 31 July 2025. Replacement units are expected to reach shops on 10 February.

Calderwood customer line: 1800 000 000, Monday to Friday, 9:00-17:00.""",
        (
            expect("2023-06-01/2025-01-15", "sold"),
            expect("2024-12-09~", "report"),
            expect("2025-01-17", "notif"),
            expect("2025-01-22", "recall"),
            expect("../2025-07-31", "refund"),
            expect("2025-02-10", "replacement", planned=True),
        ),
    ),
    Text(
        "newsletter-cycling-club",
        "cycling club newsletter",
        date(2025, 4, 4),
        """AIRE VALLEY WHEELERS CC - CLUB NEWS, APRIL 2025

Hi everyone,

A quick round-up before the racing season gets going.

* Reliability ride: last Saturday's reliability ride drew 64 riders, our best turnout since
  2019. Thanks to the marshals and the cake team!
* AGM: at the AGM on 12 March, Sue Patel was elected club chair and Rob Tan treasurer.
* Time trials: the club 10-mile series will start on Thursday 17 April on the Harewood
  course. Sign-on from 18:15.
* Hill climb: congratulations to Amira Khan, who won the club hill climb on 23 March.
* Kit: orders for the new club jersey must be in by 25 April.
* History corner: the club, founded in about 1948 by six friends from Shipley, still has
  one of its first membership cards. Dave Hirst has ridden the Coast-to-Coast every year
  since 2001 - chapeau, Dave.

Club runs leave the bandstand every Sunday at 8:30 as usual.

Ride safe,
Martin (newsletter editor)""",
        (
            expect("2025-03-29", "reliability"),
            expect("2025-03-12", "elect"),
            expect("2025-04-17", "series", planned=True),
            expect("2025-03-23", "hill"),
            expect("../2025-04-25", "order"),
            expect("1948~", "found"),
        ),
    ),
    Text(
        "tourist-office-bridge-history",
        "tourist office history page of a bridge",
        None,
        """Limoges Tourist Office › Discover › Heritage

The Pont de la Corderie

A wooden bridge crossing the Vienne at this spot is mentioned in a charter around 1350.
It served the rope-makers who gave the quarter its name.

The stone bridge you cross today was begun in 1612 and finished in 1619, to a design by the
master mason Jean Bourdier. A flood carried away two of its seven arches on 3 March 1783;
they were rebuilt by 1790 with a wider roadway.

The bridge was listed as a historic monument in 1923. Closed to cars since 1978, it is now
one of the most pleasant walks in the city, with fine views of the cathedral.

Restoration of the parapets is to begin in 2026, with the bridge remaining open to
pedestrians during the works.

Practical information
Guided walks every Saturday at 10:30 from the Tourist Office.
Open daily 9:30-18:00.""",
        (
            expect("1350~", "wooden"),
            expect("1612", "begun"),
            expect("1619", "finish"),
            expect("1783-03-03", "flood"),
            expect("../1790", "rebuilt"),
            expect("1923", "listed"),
            expect("1978/..", "cars"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "notice-bus-route-diversion",
        "bus route diversion notice",
        date(2025, 5, 28),
        """CITYLINK BUSES · CORK
CUSTOMER NOTICE - ROUTE 42 DIVERSION
Notice issued 28 May 2025

Why?
Cork City Council will replace the water main under Grand Parade. The main was laid around
1905. The works were approved by the council on 12 May.

When?
From Monday 2 June 2025 to Friday 18 July 2025, route 42 will be diverted in both
directions via South Mall and Parnell Place.

Route 42 was launched on 4 September 2017 to link Ballyvolane with the city centre.

Stops closed during the diversion
- Grand Parade (stop 2245)
- Daunt Square (stop 2246)

Sunday 15 June
The River Lee 10K will close Patrick Street from 07:00 to 13:00. Route 42 will not run
before 13:30 that day.

Timetable
The timetable valid since 6 January 2025 stays in force. Buses run every 12 minutes on
weekdays.

Questions? citylinkbuses.example/help""",
        (
            expect("1905~", "main"),
            expect("2025-05-12", "approv"),
            expect("2017-09-04", "launch"),
            expect("2025-06-02/2025-07-18", "divert", planned=True),
            expect("2025-06-15", "10k", planned=True),
            expect("2025-01-06/..", "timetable"),
        ),
    ),
)
