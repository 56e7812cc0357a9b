"""A fortieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new kinds of document (a wire story on an
avalanche, a metro operator's press release, an appeals court's findings on a land title, an
encyclopedia history of a lake steamer company, a canoe slalom report, a seed company's
history, a demining survey summary, a statement on a state funeral, an embassy's HTML press
page, an engineer's CV, a joint statement after bilateral talks, a rail engineering works
notice, a film festival programme, a synagogue newsletter, an invitation to tender for a
bridge repair, a wire factbox on a currency crisis, a parliamentary inquiry summary, an
observatory bulletin on a comet, a readers' editor column and a family reunion page). The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTIETH_CORPUS",)

FORTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "avalanche-kaltenbach",
        "wire story with a dateline",
        date(2025, 2, 14),
        """Two guides killed as avalanche hits ski touring group in Tyrol

By Martina Oberhofer

INNSBRUCK, Austria, Feb 14 (Alpwire) - An avalanche buried part of a ski touring group
above the village of Kaltenbach on Thursday, killing two mountain guides and injuring four
of their clients, police said.

The slide broke away below the Grafenjoch ridge shortly before noon and swept the group
some 300 metres down a gully. Rescuers from three valleys dug out all six within an hour.

The regional warning service had raised the danger level to four on a scale of five on
Tuesday, after heavy snowfall that began on Feb. 8 and dropped more than a metre of fresh
snow on the Zillertal Alps. It was the deadliest avalanche in the province since 2019.

"The slope had not released in living memory," mayor Josef Kirchmair said. Older residents
recall a smaller slide on the same gully in about 1999, which caused no injuries.

The dead guides were members of the Zillertal Guides' Association, which was founded in
1972 and trains its members in avalanche rescue every winter.

The valley road to Kaltenbach is to reopen on Sunday once blasting crews have secured the
slopes above it, the district authority said. Prosecutors said they would decide next week
whether to open an inquiry.

(Reporting by Martina Oberhofer; Editing by Paul Greaves)""",
        (
            expect("2025-02-13", "avalanche"),
            expect("2025-02-11", "danger"),
            expect("2025-02-08", "snow"),
            expect("1999~", "slide"),
            expect("1972", "found"),
            expect("2025-02-16", "road", "reopen", planned=True),
        ),
    ),
    Text(
        "metro-line-four",
        "press release of a metro operator",
        None,
        """PRESS RELEASE
For immediate release

Line 4 extension to Druzhba opens to passengers on 28 March

Sofia, 2 March 2026 - The Sofia Underground Company (SUC) announced today that the 3.8 km
extension of Line 4 from Tsarigradsko Shose to Druzhba will open to passengers on Saturday
28 March.

Test runs without passengers began on 9 February and have continued daily since then,
without a single failure of the new signalling. The contractor, Balkan Tunnel Works,
handed over the three new stations on 15 January, two months ahead of the contract
date.

Construction started in September 2021 and was funded largely by the Cohesion Fund.
Passenger numbers on the network now reach 412,000 a day, the highest since 2019.

The twelve new trains ordered from Ostrava Rail Vehicles in 2023 are expected to enter
service in June 2027, allowing trains every three minutes at the morning peak.

SUC has operated the city's metro since 1998 and now runs four lines with 52 stations.

- ENDS -

Media contact: press@suc-metro.example | +359 2 000 0000""",
        (
            expect("2026-03-28", "open", planned=True),
            expect("2026-02-09", "test"),
            expect("2026-01-15", "hand"),
            expect("2021-09", "construct"),
            expect("2023", "order"),
            expect("2027-06", "service", planned=True),
            expect("1998/..", "operat"),
        ),
    ),
    Text(
        "appeal-land-title",
        "court opinion (appeals court, findings on a land title)",
        None,
        """IN THE COURT OF APPEAL AT KISUMU
CIVIL APPEAL NO. 114 OF 2024
BETWEEN
PETER OTIENO WERE ........................................ APPELLANT
AND
GRACE ACHIENG NYABOLA .................................... RESPONDENT

JUDGMENT OF THE COURT

14. We have re-evaluated the evidence as a first appellate court must. The appellant's
grandfather, Samuel Were, entered the suit parcel in or about 1962 and built a homestead
on it. The parcel was first registered in the name of the respondent's late husband on 4
March 1987. It is unclear whether the consent of the Land Control Board was obtained in
1986, as the respondent asserts; no minute of the Board was produced.

15. The appellant lodged a caution against the title on 12 August 2009. He has been
in open and continuous possession since 1991, a fact the respondent's own witness conceded.

16. The respondent filed her suit for eviction on 3 May 2016. The Environment and Land Court
dismissed the appellant's counterclaim for adverse possession on 21 February 2024, holding
that time did not run under the Land Registration Act, 2012. With respect, that was an
error.

DATED AND DELIVERED AT KISUMU THIS 17TH DAY OF JUNE 2025.""",
        (
            expect("1962~", "enter"),
            expect("1987-03-04", "regist"),
            expect("1986?", "consent"),
            expect("2009-08-12", "caution"),
            expect("1991/..", "possess"),
            expect("2016-05-03", "suit"),
            expect("2024-02-21", "dismiss"),
        ),
    ),
    Text(
        "vattern-steamers",
        "encyclopedia history of a lake steamer company",
        None,
        """Norra Vätterns Ångfartygsbolag

Norra Vätterns Ångfartygsbolag (NVÅ) was a Swedish shipping company that operated passenger
steamers on Lake Vättern from 1868 to 1959.

History

The company was founded in Hjo on 14 April 1868 by the merchant Carl Edvin Lindqvist and
six farmers of the district. Its first steamer, the Freja, was built c. 1869 at the Motala
yard and carried mail, timber and passengers between Hjo, Visingsö and Askersund.

Traffic grew with the railways that reached the lake shore, and in 1881 and 1884 the company
added two larger saloon vessels, the Ran and the Gylfe. The Freja sank in a storm on the
night of 7 November 1902; her crew of five were rescued by fishermen.

Motor buses took much of the local traffic in the interwar years. The Hjo route was probably
closed in 1931, although timetables for it were still printed in the late 1930s.

Legacy

The last steamer, the Ran, has been preserved at Motala since 1961 and sails on summer
Sundays. The company's 1895 cargo ledger survives in the county archive.""",
        (
            expect("1868/1959", "operat"),
            expect("1868-04-14", "found"),
            expect("1869~", "built"),
            expect("1881", "vessel"),
            expect("1884", "vessel"),
            expect("1902-11-07", "sank"),
            expect("1931?", "clos"),
            expect("1961/..", "preserv"),
        ),
    ),
    Text(
        "canoe-slalom-tacen",
        "sports report on a canoe slalom",
        date(2025, 6, 23),
        """CANOE SLALOM

Marić storms to first World Cup gold in Tacen

Croatia's Lea Marić won the women's K1 at the second World Cup of the season in Ljubljana
on Sunday, clearing all 22 gates on the Tacen course in 91.04 seconds, the fastest women's
run there since 2017.

Marić, 23, had scraped into the final in tenth place in the semi-final on Saturday after
touching gate 14. Her previous best at this level was a silver at Pau in 2023.

"I went with nothing to lose," said Marić, who has trained in Ljubljana since 2021 and
paddles the course every morning before her lectures.

Germany's Jana Vogt took silver and Australian Mia Cartwright bronze. The men's C1 final
was held back by about two hours as the river rose after a storm.

The circuit moves to Augsburg, where the third World Cup is scheduled for 4 to 6 July. The
world championships will be held in Penrith from 30 September to 5 October.

Results, women's K1 final: 1. Marić (CRO) 91.04; 2. Vogt (GER) 92.17; 3. Cartwright (AUS)
92.80.""",
        (
            expect("2025-06-22", "won"),
            expect("2025-06-21", "semi"),
            expect("2023", "silver"),
            expect("2021/..", "train"),
            expect("2025-07-04/2025-07-06", "world cup", planned=True),
            expect("2025-09-30/2025-10-05", "championship", planned=True),
        ),
    ),
    Text(
        "seed-company-history",
        "company history of a seed company",
        None,
        """Our history | Van der Kolk Zaden

A hundred years of seed from Enkhuizen

In 1923 Hendrik van der Kolk began selling vegetable seed from a shop on the Westerstraat
in Enkhuizen, buying from growers on the old Zuiderzee islands and cleaning the seed by
hand in the back room.

Around 1935 the firm started its own breeding of onions and carrots, and its yellow onion
'Westfries' became a staple of Dutch allotments. The nursery was requisitioned by the
occupying forces in 1944 and returned to the family the following year, with most of its
breeding stock lost.

In 1968 the company moved to its present site on the Oosterdijk, with its own trial fields
and a seed laboratory. A mechanised cleaning line followed in the late 1970s. Our 1958
catalogue, reprinted for the centenary, is still requested by gardeners.

All our breeding has been certified organic since 1990, and we now sell in 34 countries.

A new seed-processing hall is to open in 2027, doubling our drying capacity.

Van der Kolk Zaden B.V. | Oosterdijk 40, Enkhuizen | Cookie settings""",
        (
            expect("1923", "sell"),
            expect("1935~", "breed"),
            expect("1944", "requisition"),
            expect("1945", "return"),
            expect("1968", "move"),
            expect("1990/..", "organic"),
            expect("2027", "hall", planned=True),
        ),
    ),
    Text(
        "demining-survey-una",
        "mission summary of a demining assessment",
        None,
        """NON-TECHNICAL SURVEY - MISSION SUMMARY
Mission ref.: NTS-2025-031 | Area: Grabež ridge, Una-Sana Canton
Prepared by: Field Team 3, Balkan Mine Action Partnership

1. Deployment
The team deployed from Bihać on 7 April 2025 and surveyed the ridge from 8 to 17 April,
interviewing 19 residents and two former soldiers.

2. Findings
- Local informants state that the ridge was mined in about May 1993, when the front line
  ran along the forest edge.
- A clearance by a military engineering unit probably took place in 1998; no completion
  record has been found.
- A farmer's cow was killed by an anti-personnel mine near the upper spring on 2 March.
- Hunters report seeing mine fragments every autumn after heavy rain (not verified).

3. Risk reduction
The suspected area (about 42 hectares) was marked with warning signs on 11 April.
Risk education was given at the village school.

4. Recommendation
A technical survey of the ridge is scheduled to begin in October 2025, subject to funding.

Distribution: Mine Action Centre; Canton Civil Protection""",
        (
            expect("2025-04-07", "deploy"),
            expect("2025-04-08/2025-04-17", "survey"),
            expect("1993-05~", "mined"),
            expect("1998?", "clearance"),
            expect("2025-03-02", "cow"),
            expect("2025-04-11", "sign"),
            expect("2025-10", "technical survey", planned=True),
        ),
    ),
    Text(
        "state-funeral-kallaste",
        "government statement on a state funeral",
        None,
        """GOVERNMENT COMMUNICATION OFFICE
Statement by the Government on the state funeral of former President Tiit Kallaste

Tallinn, 31 October 2025

The Government announces with deep sorrow that former President Tiit Kallaste died in
Tartu on 29 October 2025 at the age of 88.

Tiit Kallaste served as President of the Republic from 1996 to 2006. In 2003 he led the
delegation that signed the accession treaty, a moment he called the proudest of his life.

By decision of the Government, flags on public buildings have flown at half-mast since 30
October. The former President will lie in state in the White Hall of the Parliament from 5
to 6 November, when the public may pay its respects between 10:00 and 20:00.

The state funeral will take place on Friday 7 November at St Mary's Cathedral, followed by
burial at Metsakalmistu Cemetery. The ceremony will be broadcast live.

Books of condolence are open at all embassies. The Government asks the public to refrain
from laying flowers at the family home.

Contact: Government Communication Office, press@valitsus.example""",
        (
            expect("2025-10-29", "died"),
            expect("1996/2006", "president"),
            expect("2003", "sign"),
            expect("2025-10-30/..", "flag"),
            expect("2025-11-05/2025-11-06", "lie in state", planned=True),
            expect("2025-11-07", "funeral", planned=True),
        ),
    ),
    Text(
        "embassy-news-nairobi",
        "HTML press page of an embassy with a list of news items",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News and events - Embassy of Finland, Nairobi</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>News and events</h1>
<ul class="news-list">
  <li><strong>9-11 March 2026</strong>: Trade mission. About 25 Finnish companies in water
  technology are expected to visit Nairobi and Mombasa.</li>
  <li><strong>16 January 2026</strong>: Ambassador Marta Oksanen presented her letters of
  credence to the President at State House.</li>
  <li><strong>1 December 2025</strong>: The honorary consulate in Mombasa, operating since
  2014, moved to new premises on Moi Avenue.</li>
  <li><strong>6 December 2025</strong>: Independence Day reception at the residence, attended
  by some 300 guests.</li>
  <li><strong>Visas</strong>: processing currently takes around 15 working days.
  Appointments can be booked every weekday from 8:00.</li>
</ul>
<p>The agreement on water sector cooperation, signed in 2019, funds the training of
water engineers in four counties.</p>
<footer>Published 20.1.2026 | Updated 20.1.2026 | Embassy of Finland, Nairobi</footer>
</body>
</html>""",
        (
            expect("2026-03-09/2026-03-11", "trade mission", planned=True),
            expect("2026-01-16", "credence"),
            expect("2025-12-01", "move"),
            expect("2014/..", "consulate"),
            expect("2025-12-06", "reception"),
            expect("2019", "agreement"),
        ),
    ),
    Text(
        "cv-bridge-engineer",
        "curriculum vitae of an engineer",
        None,
        """CURRICULUM VITAE

Ing. Petra Novotná, Ph.D. candidate
Ostrava, Czech Republic | petra.novotna@mail.example
Date of birth: 14.2.1985

PROFESSIONAL EXPERIENCE
since 03/2019        Lead Bridge Engineer, Valtek Consulting s.r.o., Ostrava
                     Design and assessment of steel and composite road bridges
2013 - 2019          Design Engineer, Moravia Structures a.s., Brno
09/2009 - 12/2012    Graduate Engineer, Silesian Road Authority, Opava

EDUCATION
2004 - 2009          Ing. (MSc) in Structural Engineering, Moravian Technical University
2020 - present       Doctoral studies, fatigue of orthotropic bridge decks;
                     thesis expected to be submitted in 2026

QUALIFICATIONS
Chartered engineer for bridges (Chamber of Engineers), authorised in 2015
Eurocode 3 training (2014 edition of the national annex)

LANGUAGES
Czech (native), English (C1), German (B2)

REFERENCES
Available on request""",
        (
            expect("1985-02-14", "birth"),
            expect("2019-03/..", "lead"),
            expect("2013/2019", "design"),
            expect("2009-09/2012-12", "graduate"),
            expect("2004/2009", "structural"),
            expect("2020/..", "doctoral"),
            expect("2026", "thesis", planned=True),
            expect("2015", "chartered"),
        ),
    ),
    Text(
        "joint-statement-accra",
        "joint statement after bilateral talks",
        None,
        """JOINT STATEMENT
on the occasion of the visit of the Minister of International Development of the Kingdom of
Norway to the Republic of Ghana

Accra, 13 May 2025

1. The Minister of International Development of Norway, Ingrid Solheim, and the Minister for
Foreign Affairs of Ghana, Kwame Asante-Boateng, held talks in Accra on 12-13 May 2025.

2. The Ministers recalled the establishment of diplomatic relations between the two
countries in 1958 and welcomed the entry into force on 1 January of the agreement on the
avoidance of double taxation.

3. They noted that bilateral trade had reached its highest level since 2014, and reviewed
the fisheries cooperation programme, in place since 2017, which both sides wish to widen.

4. Norway will open an honorary consulate in Takoradi by 30 September 2025.

5. The Joint Commission will hold its next session in Oslo in March 2026.

6. The Norwegian Minister thanked the Government and people of Ghana for their warm
hospitality.""",
        (
            expect("2025-05-12/2025-05-13", "talks"),
            expect("1958", "diplomatic"),
            expect("2025-01-01", "force"),
            expect("2017/..", "fisheries"),
            expect("../2025-09-30", "consulate", planned=True),
            expect("2026-03", "session", planned=True),
        ),
    ),
    Text(
        "engineering-works-derby",
        "rail engineering works notice",
        None,
        """ENGINEERING WORKS NOTICE
Midland Lines | Derby - Nottingham
Issued 2 March 2026

Line closure
No trains will run between Derby and Nottingham from 23:00 on Friday 13 March until
05:00 on Monday 16 March 2026 while we replace the bridge deck at Spondon.
Rail replacement buses will run every 20 minutes, calling at all stations.

Track renewal at Long Eaton
Thank you for your patience during the track renewal at Long Eaton, carried out on the
nights of 23, 24 and 25 February. The speed restriction there has now been lifted.

Beeston station
The footbridge at Beeston will be closed from 30 March until further notice. Please use
the level crossing at the east end of the platforms.

Why are we doing this?
This work follows the resignalling of the line completed on 8 February, and will allow
faster and more reliable journeys. Further details of the summer works will be published
next week.

Plan your journey at midlandlines.example/works | Customer services: 0300 000 0000""",
        (
            expect("2026-03-13/2026-03-16", "train", planned=True),
            expect("2026-02-23", "track"),
            expect("2026-02-24", "track"),
            expect("2026-02-25", "track"),
            expect("2026-03-30/..", "footbridge", planned=True),
            expect("2026-02-08", "resignal"),
        ),
    ),
    Text(
        "film-festival-tbilisi",
        "film festival programme",
        None,
        """23rd TBILISI RIVERSIDE FILM FESTIVAL
2-9 October 2026 | Programme

Welcome
Founded in 2004, the festival brings new cinema from the Caucasus and the Black Sea to the
banks of the Mtkvari. This year we will show 64 films from 19 countries.

Opening night - Friday 2 October, 19:30, Rustaveli Cinema
The Salt Road (dir. Levan Gigauri, Georgia, 2026, 104 min.)

Retrospective: Nino Abashidze
Her first feature, Winter Orchard, premiered at this festival's predecessor in 1962 and was
restored by the National Film Archive in 2025. Five of her films screen in new prints.

Open-air screenings
Every evening at around 21:00 in Rike Park (free entry, weather permitting).

Closing ceremony and awards - Friday 9 October, 20:00, Rustaveli Cinema

Submissions and tickets
Submissions closed on 30 June with a record 1,240 films. Tickets are sold online and at
the festival centre. Single ticket 10 GEL | Festival pass 60 GEL

Partners: Georgian National Film Centre · City of Tbilisi · Riverside Hotels""",
        (
            expect("2026-10-02/2026-10-09", "festival", planned=True),
            expect("2004", "found"),
            expect("2026-10-02", "opening", planned=True),
            expect("1962", "premiere"),
            expect("2025", "restor"),
            expect("2026-10-09", "clos", planned=True),
            expect("2026-06-30", "submission"),
        ),
    ),
    Text(
        "synagogue-newsletter-leeds",
        "synagogue or temple newsletter",
        date(2025, 8, 29),
        """KEHILLAT SHALOM LEEDS - NEWSLETTER
Elul 5785 | Issue 212

From the Rabbi's desk
Dear friends, as the month of Elul begins I want to thank all of you who came out last
Sunday, when forty volunteers repainted the community hall and cleared the garden.

High Holy Days
Rosh Hashanah begins on the evening of Monday 22 September. Seats are allocated as usual;
please return your form to the office.

Our new Sefer Torah
The new Torah scroll, commissioned from a scribe in Jerusalem in 2022, will be
dedicated on Sunday 19 October with a procession from the old building.

Simchas
Mazal tov to Noah Feldman, who celebrated his bar mitzvah on 16 August.

Community news
Rabbi Deborah Lipman, who has served our community since 2011, will be on study leave for
a month after the festivals. Our building, consecrated in 1936, needs a new roof; the
appeal has raised half of its target.

Regular services
Kabbalat Shabbat every Friday at 18:30; Shacharit every Saturday at 9:30, followed by kiddush.""",
        (
            expect("2025-08-24", "repaint"),
            expect("2025-09-22", "rosh hashanah", planned=True),
            expect("2022", "commission"),
            expect("2025-10-19", "dedicat", planned=True),
            expect("2025-08-16", "bar mitzvah"),
            expect("2011/..", "serv"),
            expect("1936", "consecrat"),
        ),
    ),
    Text(
        "tender-old-mill-bridge",
        "invitation to tender for a bridge repair",
        None,
        """MUNICIPALITY OF KRALJEVO
Department of Infrastructure

INVITATION TO TENDER
Ref. MUN/INF/2026/014 - Rehabilitation of the Old Mill Bridge over the Ibar

1. Subject
The Municipality invites tenders for the repair of the masonry arches, the replacement of
the deck waterproofing and the renewal of the parapets of the Old Mill Bridge. The bridge,
built in 1908, was closed to heavy vehicles in March 2024. The Municipal Council approved
the repair on 12 February 2026.

2. Site visit
A site visit for prospective tenderers is scheduled for 9 April 2026 at 10:00.

3. Submission
Tenders must be submitted to the Municipal Registry no later than 12:00 on 27 April 2026.
Tender documents may be collected every working day between 8:00 and 15:00.

4. Opening
Tenders will be opened in public on 28 April 2026 at 12:30 in Room 14.

5. Completion
The works are to be completed within 180 days of signature of the contract, at the latest
by 30 November 2026.

6. Contact
Ms Jelena Marković, Department of Infrastructure, tel. +381 36 000 000""",
        (
            expect("1908", "built"),
            expect("2024-03", "closed"),
            expect("2026-02-12", "approv"),
            expect("2026-04-09", "site visit", planned=True),
            expect("../2026-04-27", "submit", planned=True),
            expect("2026-04-28", "open", planned=True),
            expect("../2026-11-30", "complet", planned=True),
        ),
    ),
    Text(
        "factbox-dinar",
        "wire factbox on a currency crisis",
        date(2025, 9, 5),
        """FACTBOX-Key dates in the Zamarian dinar's slide

Sept 5 (Meridian Wire) - The Zamarian dinar hit a record low this week, deepening a crisis
that has pushed inflation above 40%. Here are key dates:

* March 2022 - The central bank pegs the dinar at 3.5 per U.S. dollar.

* Nov. 14, 2024 - The bank devalues the dinar by 18% after reserves fall below three
months of imports.

* Since Dec. 2, 2024 - Capital controls have been in force on transfers abroad.

* Jan. 9, 2025 - Talks open with the Regional Stability Fund on a rescue loan.

* Aug. 28 - The central bank raises its key rate to 32%, the highest since 1998.

* Wednesday - The dinar falls to a record low of 9.1 per dollar on the parallel market.

* Sept. 15 - Finance Minister Halim Sarouf is scheduled to present an emergency budget.

* The fund's board is expected to decide on a $2 billion loan by Oct. 31.

(Compiled by Nadia Ferhat; Editing by Tom Bright)""",
        (
            expect("2022-03", "peg"),
            expect("2024-11-14", "devalu"),
            expect("2024-12-02/..", "control"),
            expect("2025-01-09", "talks"),
            expect("2025-08-28", "rate"),
            expect("2025-09-03", "low"),
            expect("2025-09-15", "budget", planned=True),
            expect("../2025-10-31", "loan", planned=True),
        ),
    ),
    Text(
        "inquiry-dalmore-reservoir",
        "parliamentary inquiry report summary",
        None,
        """NATIONAL ASSEMBLY
Select Committee on Public Utilities

Inquiry into the contamination of the Dalmore Reservoir supply
Summary of the Report | HC 482 | Published 14 July 2025

Background
Contamination of the Dalmore supply with excess aluminium was detected on 19 July 2023. A
boil-water notice was in force for 61,000 households from 21 July to 4 August 2023.

An internal audit by the utility in March 2017 had warned of corrosion in the dosing plant,
but no repairs were carried out. It is unclear whether the Minister was briefed on 20 July
2023, as her former adviser told us; the Department has no record of the meeting.

The inquiry
The Committee was appointed on 12 October 2023 and took evidence from some 40 witnesses
between January and May 2024.

Findings
The dosing plant has been under independent supervision since November 2023. The Committee
finds that the utility's board failed to act on the audit and that the Department's
oversight was the weakest since the utility was created.

Recommendations
The Government is to respond to this Report no later than 30 September 2025.""",
        (
            expect("2023-07-19", "detect"),
            expect("2023-07-21/2023-08-04", "boil"),
            expect("2017-03", "audit"),
            expect("2023-07-20?", "brief"),
            expect("2023-10-12", "appoint"),
            expect("2024-01/2024-05", "evidence"),
            expect("2023-11/..", "supervision"),
            expect("../2025-09-30", "respond", planned=True),
        ),
    ),
    Text(
        "comet-bulletin",
        "observatory bulletin on a comet",
        None,
        """HILLTOP PUBLIC OBSERVATORY - BULLETIN No. 412
20 April 2026

Comet C/2026 F3 (Ortega-Lindqvist)

Comet C/2026 F3 was discovered on 24 March 2026 by the Sierra Sky Survey as a faint,
diffuse object of magnitude 17 in the constellation Hercules. Pre-discovery images from
the same survey show it on 2 and 9 February.

The comet brightened by about two magnitudes between 1 and 15 April and now shows a short
gas tail. Its orbital period is estimated at roughly 6,000 years.

Perihelion is expected on 11 June at a distance of 0.42 au from the Sun, and the closest
approach to Earth will come around 28 June. Forecasts of its brightness remain uncertain;
it may reach binocular visibility early in the summer.

Our 60-cm telescope, in use since 1974, will follow the comet on every clear night, and
members may book time on it through the observing secretary.

Public viewing evenings: every clear Friday from 21:00. Adults 5 EUR, children free.""",
        (
            expect("2026-03-24", "discover"),
            expect("2026-02-02", "image"),
            expect("2026-02-09", "image"),
            expect("2026-04-01/2026-04-15", "brighten"),
            expect("2026-06-11", "perihelion", planned=True),
            expect("2026-06-28~", "approach", planned=True),
            expect("1974/..", "telescope"),
        ),
    ),
    Text(
        "readers-editor-corrections",
        "readers' editor column correcting errors",
        date(2025, 10, 18),
        """THE READERS' EDITOR

Getting the dates right

By Hanne Vestergaard

Several readers wrote in this week about dates, and they were right.

An article about the Harbour Museum (14 October, page 23) said the museum opened in 1978.
It opened in 1987, in the former customs house.

A report on the ferry strike said the strike began on 3 October. It began on 1 October,
when the crews of the two island ferries walked out.

We said the mayor, Ilse Brandt, had been in office since 2016. She has held office since
2018; the error came from an old profile.

A caption dated a photograph of the dockers' march to 1956. The march took place in about
1951, according to the city archive, which holds the original print.

The obituary of the architect Paul Sørensen gave the date of his death as 8 October. He died
on 9 October.

The harbour authority confirmed yesterday that the council's vote on the ferry budget,
which we reported as taking place next week, is scheduled for 4 November.

This column appears every Saturday. Write to readers@dagbladet.example.""",
        (
            expect("1987", "museum"),
            expect("2025-10-01", "strike"),
            expect("2018/..", "office"),
            expect("1951~", "march"),
            expect("2025-10-09", "died"),
            expect("2025-10-17", "confirm"),
            expect("2025-11-04", "vote", planned=True),
        ),
    ),
    Text(
        "family-reunion-kowalczyk",
        "family reunion page with ancestors",
        None,
        """The Kowalczyk-Mertens Family Reunion 2026

Join us on Saturday 8 August 2026 at the Plover River Pavilion, Stevens Point, Wisconsin!
Potluck lunch from noon, family photo at 3 p.m. Please RSVP by 1 July 2026 to cousin
Diane.

Our ancestors
Jan Kowalczyk was born in Łódź c. 1861, the son of a weaver. He married Anna Mertens, a
baker's daughter from Antwerp, in Rotterdam on 2 May 1889. The couple sailed for New York
with their two eldest children, arriving in 1892, and worked in the Milwaukee
tanneries for ten years.

The family has farmed the same land near Stevens Point since 1903, clearing the cut-over
timberland by hand. Anna ran the farm after Jan's death and raised nine children.

Reunion history
The first reunion was held at the farm in 1951, and the second the following year. We have
met every other summer ever since.

Questions? Contact Diane Kowalczyk-Reyes, diane@familymail.example
Page last updated in the spring.""",
        (
            expect("2026-08-08", "reunion", planned=True),
            expect("../2026-07-01", "rsvp", planned=True),
            expect("1861~", "born"),
            expect("1889-05-02", "married"),
            expect("1892", "arriv"),
            expect("1903/..", "farm"),
            expect("1951", "first reunion"),
            expect("1952", "second"),
        ),
    ),
)
