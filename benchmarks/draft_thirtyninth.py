"""A thirty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story, a press
release, a judgment summary, an encyclopedia entry, a sports report, an HTML timeline, a
mission statement, a ministry statement, an HTML live page, a biography, a ballot timetable,
a situation report, a provenance record, a chairman's statement, a podcast transcript, a
university news item, a decision notice, a newsletter, a travel guide and a term-dates
notice), with invented organisations, people and facts. Facts whose date a reader could take
two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYNINTH_CORPUS",)


THIRTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire_hostage_release",
        "wire story with a dateline",
        date(2026, 3, 14),
        """NIAMEY, March 14 (Meridian Press) - Two Belgian engineers kidnapped in western Niger
were released on Friday after more than five months in captivity, Belgium's foreign
ministry said.

Pieter Van Daele, 41, and Jonas Mertens, 36, were seized on Sept. 28, 2025, near a
borehole site outside Tillaberi, according to their employer, the Ghent-based drilling firm
Aquaterra Boring. A video of the two men, looking thin but unharmed, surfaced on Nov. 3.

Talks through intermediaries in Doha began on Jan. 9, a ministry official said, speaking on
condition of anonymity. He would not say whether a ransom had been paid.

The men are to be flown to Brussels on Sunday and will meet Prime Minister Anke Wouters on
Monday, the ministry added.

The kidnapping was the longest of Europeans in the region since 2019. Aquaterra, which has
drilled in Niger every dry season for a decade, said it had suspended work.

(Reporting by Moussa Garba; Editing by Claire Dumont)
""",
        (
            expect("2026-03-13", "releas"),
            expect("2025-09-28", "seiz"),
            expect("2025-11-03", "video"),
            expect("2026-01-09", "talk"),
            expect("2026-03-15", "brussels", planned=True),
            expect("2026-03-16", "meet", planned=True),
        ),
    ),
    Text(
        "press_release_launch_startup",
        "press release of a space start-up",
        None,
        """FOR IMMEDIATE RELEASE

Orbivanta completes qualification of Aster-2 engine

TOULOUSE, France - 2 June 2026 - Orbivanta, the launch start-up founded in 2021 by former
propulsion engineers Lea Marchetti and Tomasz Wilk, said its Aster-2 upper-stage engine
completed hot-fire qualification on 28 May 2026 at the company's test stand in Vernon. The
campaign had begun on 14 March with a 20-second firing and totalled 41 tests.

Orbivanta has held a launch operator licence from the French space agency since 15 January
2025. On 3 February 2026 it signed a launch services agreement with the Norwegian satellite
operator Nordlys Telecom.

The maiden flight of the Cassio rocket is scheduled for November 2027 from the Andoya
spaceport. The company will open a second production site in Bremen in 2028.

"We fire the engine every Thursday, rain or shine," said Marchetti. "Qualification was the
hardest step since we started."

About Orbivanta
Orbivanta SAS designs and builds small launch vehicles. Media contact: press@orbivanta.example
""",
        (
            expect("2021", "found"),
            expect("2026-05-28", "qualif"),
            expect("2026-03-14", "campaign"),
            expect("2025-01-15/..", "licen"),
            expect("2026-02-03", "agreement"),
            expect("2027-11", "flight", planned=True),
            expect("2028", "bremen", planned=True),
        ),
    ),
    Text(
        "judgment_facial_recognition",
        "court judgment summary on a privacy case",
        None,
        """THE HIGH COURT
[2026] IEHC 211
Record No. 2024/4417 P

BETWEEN
AOIFE KEANE (Plaintiff)
and
LUMEN RETAIL ANALYTICS LIMITED (Defendant)

SUMMARY OF JUDGMENT (Ms Justice Ni Bhriain)

1. The plaintiff visited a shop in Galway operated by a client of the defendant on
11 February 2023, where a camera running facial-recognition software captured her image.

2. She made a subject access request on or about 2 March 2023. The defendant replied on
19 May, outside the one-month period, and conceded that the footage had been deleted no
later than 31 March 2023.

3. Proceedings issued on 6 September 2024. The plaintiff relied on the Data Protection Act
2018 and on Article 15 GDPR.

4. In a judgment delivered on 21 April 2026, the Court held that deleting the footage after
the request had been received breached the defendant's duties, and awarded EUR 2,000 in
damages.

5. This summary forms no part of the judgment and is not binding on the Court.
""",
        (
            expect("2023-02-11", "visit"),
            expect("2023-03-02~", "request"),
            expect("2023-05-19", "repl"),
            expect("../2023-03-31", "delet"),
            expect("2024-09-06", "proceed"),
            expect("2026-04-21", "judgment"),
        ),
    ),
    Text(
        "encyclopedia_border_river",
        "encyclopedia history of a border river",
        None,
        """Veresna

The Veresna (Hungarian: Veresnye) is a river of 96 km that forms part of the border between
Slovakia and Hungary.

History
The river is first recorded as a boundary in a charter of c. 1272, which divided the estates
of two noble families. Regulation works on its lower course, begun by the county after a
long dispute, were probably completed in 1908.

After the First World War a joint commission fixed the border along the thalweg in 1923, and
the following year the first boundary stones were set along its banks.

Floods in 1965, 1974 and 1997 shifted the channel by up to 300 metres; the 1997 flood was the
worst since 1813. Since 2011 the lower course has been protected by the cross-border
Veresna Meadows Nature Park.

See also
- List of rivers of Slovakia
- List of rivers of Hungary
""",
        (
            expect("1272~", "charter"),
            expect("1908?", "complet"),
            expect("1923", "commission"),
            expect("1924", "stone"),
            expect("1965", "flood"),
            expect("1974", "flood"),
            expect("1997", "flood"),
            expect("2011/..", "park"),
        ),
    ),
    Text(
        "sports_darts_final",
        "sports report on a darts championship",
        date(2026, 1, 5),
        """DARTS | World Championship

Kerr storms to first world title

By Gareth Pryce, Monday 5 January 2026

LONDON - Scotland's Callum Kerr won the World Darts Championship on Sunday night, beating
defending champion Ruud Jansen 7-3 in the final at Alexandra Palace.

Kerr, 27, averaged 104.6, the highest in a final since 2017, and hit a nine-dart leg in the
sixth set. He had beaten Englishman Dean Holt 6-4 in Saturday's semi-finals.

Jansen, who won the title in 2021 and 2023, was chasing a third crown.

Kerr has topped the world rankings since October 2024 and will defend his Masters title in
Milton Keynes from 30 January to 1 February.

The championship is played every December and January, and the winner takes home 500,000
pounds.
""",
        (
            expect("2026-01-04", "championship"),
            expect("2026-01-03", "holt"),
            expect("2021", "title"),
            expect("2023", "title"),
            expect("2024-10/..", "rank"),
            expect("2026-01-30/2026-02-01", "masters", planned=True),
        ),
    ),
    Text(
        "department_store_timeline_html",
        "company history of a department store (HTML timeline list)",
        None,
        """<section class="history">
<h2>Our story</h2>
<ul class="timeline">
<li><strong>1889</strong> - Edith Harwood and Samuel Lyle open a draper's shop on Briggate,
Leeds.</li>
<li><strong>c. 1902</strong> - The business moves into the new County Arcade.</li>
<li><strong>1923</strong> - Harwood &amp; Lyle installs the first escalator in the city.</li>
<li><strong>12 May 1941</strong> - An air raid destroys the upper floors.</li>
<li><strong>1953</strong> - The rebuilt store reopens, and the following year a food hall is
added in the basement.</li>
<li><strong>Since 2012</strong> - The store has been owned by its staff through the Harwood
Employee Trust.</li>
<li><strong>2027</strong> - A roof garden restaurant is scheduled to open in April.</li>
</ul>
<p class="note">Our 1960s tea room menu is still served every Saturday.</p>
</section>
<footer>&copy; 2026 Harwood &amp; Lyle Ltd. All rights reserved.</footer>
""",
        (
            expect("1889", "draper"),
            expect("1902~", "arcade"),
            expect("1923", "escalator"),
            expect("1941-05-12", "raid"),
            expect("1953", "reopen"),
            expect("1954", "food"),
            expect("2012/..", "trust"),
            expect("2027-04", "roof", planned=True),
        ),
    ),
    Text(
        "mission_article_iv_ardenia",
        "mission summary of an IMF-style article IV visit",
        None,
        """Ardenia: Staff Concluding Statement of the 2025 Article IV Mission

Port Lira, November 14, 2025

1. An International Monetary Fund (IMF) staff team led by Ms. Helena Voss visited Port Lira
from 3 to 14 November 2025 to hold discussions for the 2025 Article IV consultation. The
previous consultation was concluded on 12 June 2024.

2. Inflation, which peaked at 14.2 percent in March 2023, has remained within the central
bank's target band since August 2024, the longest such spell since 2011. The central bank
last cut its policy rate, by 50 basis points, on 18 September 2025.

3. The fiscal deficit narrowed to 3.4 percent of GDP. The authorities intend to adopt a
medium-term fiscal framework by 30 June 2026 at the latest, and a new procurement law is to
take effect in January 2027.

4. The Executive Board is expected to discuss the staff report in January 2026.

The mission thanks the authorities for their hospitality and candid discussions.
""",
        (
            expect("2025-11-03/2025-11-14", "visit"),
            expect("2024-06-12", "consultation"),
            expect("2023-03", "peak"),
            expect("2024-08/..", "target"),
            expect("2025-09-18", "rate"),
            expect("../2026-06-30", "framework", planned=True),
            expect("2027-01", "procurement", planned=True),
            expect("2026-01", "board", planned=True),
        ),
    ),
    Text(
        "ministry_drought_relief",
        "government statement on a drought relief package",
        date(2026, 7, 9),
        """MINISTRY OF AGRICULTURE, LIVESTOCK AND FISHERIES
Press statement | Thursday, 9 July 2026

Government approves 32 billion franc drought relief package

BAMAKO - The Council of Ministers yesterday approved a relief package of 32 billion CFA
francs for farmers and herders hit by the drought in the Kayes and Koulikoro regions.

The rains failed in October 2025, and a state of agricultural emergency was declared in 14
districts on 2 May. The first half of this year was the driest since 1984.

Applications for fodder and seed subsidies will open on 15 July and must be filed no later
than 30 September. Payments will be made to the mobile money accounts registered with the
district offices.

The Minister, Dr Aminata Sangare, will visit Nioro du Sahel on Saturday to meet livestock
owners.

Regional crisis committees meet every Monday to review the situation.

- END -
""",
        (
            expect("2026-07-08", "approv"),
            expect("2025-10", "rain"),
            expect("2026-05-02", "emergency"),
            expect("2026-07-15", "applic", planned=True),
            expect("../2026-09-30", "filed", planned=True),
            expect("2026-07-11", "visit", planned=True),
        ),
    ),
    Text(
        "live_updates_wildfire_html",
        "HTML news story with a live-updates list of timestamped entries",
        date(2026, 8, 22),
        """<article>
<h1>Live: wildfire near Aubagne forces evacuations</h1>
<p class="meta">Updated 22 August 2026, 14:05 CEST</p>
<p>A wildfire in the hills east of Marseille has burned about 1,800 hectares. The same
hillside last burned in July 2016.</p>
<ul class="live">
<li><time datetime="2026-08-22T08:05">08:05</time> Fire crews say the blaze started on
Thursday afternoon near a quarry road outside Aubagne.</li>
<li><time datetime="2026-08-22T09:40">09:40</time> The prefecture has ordered the evacuation
of the hamlets of Les Camoins and La Treille.</li>
<li><time datetime="2026-08-22T11:15">11:15</time> Reinforcements from Italy arrived
yesterday; two water bombers from Greece will arrive on Sunday.</li>
<li><time datetime="2026-08-22T12:30">12:30</time> A ban on entering the massifs has been in
force since 1 July.</li>
<li><time datetime="2026-08-22T13:50">13:50</time> Forecasters say the wind is the strongest
since 2003. Firefighters hold a briefing every morning at 7.</li>
</ul>
</article>
""",
        (
            expect("2016-07", "burn"),
            expect("2026-08-20", "start"),
            expect("2026-08-22", "evacuat"),
            expect("2026-08-21", "italy"),
            expect("2026-08-23", "greece", planned=True),
            expect("2026-07-01/..", "ban"),
        ),
    ),
    Text(
        "biography_composer_marwitz",
        "biography of a composer with a works list",
        None,
        """Ilse Marwitz (3 March 1911 - 17 November 1987) was a German-born Swedish composer and
teacher.

Life
Marwitz was born in Leipzig on 3 March 1911, the daughter of an organ builder. She studied
composition in Vienna from 1929 to 1933. She left Germany in 1938 and settled in Uppsala,
and taught counterpoint at the Royal College of Music in Stockholm from 1947 onwards.
Marwitz died in Uppsala on 17 November 1987.

Selected works
- String Quartet No. 1 (1934)
- Nordic Suite, for orchestra (c. 1944)
- Requiem for Kiel, for choir and orchestra (1962)

Her Requiem is still performed every year in Uppsala Cathedral on All Saints' Day.
""",
        (
            expect("1911-03-03", "born"),
            expect("1929/1933", "stud"),
            expect("1938", "germany"),
            expect("1947/..", "taught"),
            expect("1987-11-17", "died"),
            expect("1934", "quartet"),
            expect("1944~", "suite"),
            expect("1962", "requiem"),
        ),
    ),
    Text(
        "union_ballot_timetable",
        "election timetable of a trade union ballot",
        None,
        """NATIONAL UNION OF RAIL AND TRANSIT WORKERS
General Secretary Election 2026 - Notice of Election and Timetable
Issued by the Returning Officer, 12 January 2026

The National Executive Committee agreed the timetable below on 8 December 2025. The election
will be conducted by postal ballot according to this timetable:

| Stage                     | Date                                    |
|---------------------------|-----------------------------------------|
| Nominations open          | Monday 2 February 2026                  |
| Close of nominations      | 12 noon, Friday 27 February 2026        |
| Online hustings           | 9 to 11 March 2026                      |
| Ballot papers dispatched  | no later than Tuesday 17 March 2026     |
| Close of ballot           | 12 noon, Thursday 9 April 2026          |
| Declaration of result     | on or about Tuesday 14 April 2026       |

The previous election for General Secretary was held in 2021. Branch meetings continue on
the first Tuesday of each month. Members who have not received a ballot paper by 31 March
should contact the Returning Officer.
""",
        (
            expect("2025-12-08", "timetable"),
            expect("2026-02-02", "nominations", "open", planned=True),
            expect("2026-02-27", "close", "nominations", planned=True),
            expect("2026-03-09/2026-03-11", "hustings", planned=True),
            expect("../2026-03-17", "dispatch", planned=True),
            expect("2026-04-09", "close", "ballot", planned=True),
            expect("2026-04-14~", "result", planned=True),
            expect("2021", "election"),
        ),
    ),
    Text(
        "cholera_situation_report",
        "cholera outbreak situation report",
        None,
        """CHOLERA OUTBREAK - MANGOCHI DISTRICT, MALAWI
Situation Report No. 7 | Reporting period: 1-28 February 2026

Key highlights
- Cumulative cases: 1,146 (41 deaths, CFR 3.6%)
- No deaths have been recorded since 20 February.

Background
The first suspected case was reported on or about 14 January 2026 at a fishing camp near
Makanjira. Vibrio cholerae O1 was confirmed by the national reference laboratory on
19 January, and the District Health Office declared an outbreak on 23 January. A cholera
treatment centre opened at Mangochi District Hospital on 27 January.

Response
- An oral cholera vaccination campaign ran from 9 to 13 February, reaching 212,000 people.
- A second round is planned for 16 March.
- The WASH cluster meets every Wednesday at the district council.

This is the largest outbreak in the district since 2015.

Prepared by the District Health Office with support from partners.
""",
        (
            expect("2026-02-20/..", "death"),
            expect("2026-01-14~", "case"),
            expect("2026-01-19", "confirm"),
            expect("2026-01-23", "declar"),
            expect("2026-01-27", "treatment"),
            expect("2026-02-09/2026-02-13", "vaccin"),
            expect("2026-03-16", "round", planned=True),
        ),
    ),
    Text(
        "provenance_winter_landscape",
        "museum provenance record of a painting",
        None,
        """Collection record

Jan Verhulst (Dutch)
Winter Landscape with Skaters
Oil on oak panel, 48.5 x 66 cm
Signed lower left: JVHULST
Inv. no. 1972.118

Provenance
Commissioned by the Amsterdam merchant Pieter Hooft, c. 1655;
by descent to his grandson, Hendrick Hooft, Amsterdam, by 1721;
his sale, Amsterdam, Van der Ley, 14 April 1789, lot 37;
Baron Ferdinand von Reisach, Munich, 1840;
acquired by Emil Wertheim, Vienna, 1911;
possibly sold by Wertheim's heirs, 1946;
purchased by the museum from Galerie Arnholt, Zurich, 30 November 1972.

Notes
The panel was cleaned in the museum's conservation studio in 1988. Research into the years
1938-1946 is continuing.
""",
        (
            expect("1655~", "commission"),
            expect("../1721", "descent"),
            expect("1789-04-14", "sale"),
            expect("1840", "reisach"),
            expect("1911", "acquir"),
            expect("1946?", "sold"),
            expect("1972-11-30", "purchas"),
            expect("1988", "clean"),
        ),
    ),
    Text(
        "chairman_statement_halden",
        "chairman's statement of a football club",
        None,
        """CHAIRMAN'S STATEMENT
Annual Report and Accounts 2025/26 - Halden Town Football Club

Dear supporters,

This has been a season none of us will forget. We were promoted on 2 May 2026 after a 2-0
win at Ashworth, and our women's team won the county cup on 19 April.

Our manager, Dani Okafor, joined in November 2023, and I am delighted that she signed a
contract extension on 14 May. Turnover rose to 18.4 million pounds, the highest since 1998.

The club has been owned by the Supporters' Trust since 2009, and every major decision is put
to members. The new north stand will open for the first home match in August 2026, and the
academy is to move to the Oakfield site by June 2027 at the latest.

As ever, thank you to the volunteers who staff the turnstiles on every home matchday.

Martin Greaves
Chairman
30 June 2026
""",
        (
            expect("2026-05-02", "promot"),
            expect("2026-04-19", "cup"),
            expect("2023-11", "join"),
            expect("2026-05-14", "extension"),
            expect("2009/..", "trust"),
            expect("2026-08", "stand", planned=True),
            expect("../2027-06", "academy", planned=True),
        ),
    ),
    Text(
        "podcast_bradwell_mill",
        "podcast transcript on local history",
        None,
        """THE PARISH PUMP - Episode 42: The Mill at Bradwell
[Transcript. Theme music fades.]

[00:00:12] NIA: Welcome back. Today I'm with Geoff Ashby from the Bradwell Heritage
Society. Geoff, how old is the mill?
[00:00:21] GEOFF: Well, the main building went up around 1790. The deeds are lost, so we
can't be more exact than that.
[00:00:34] NIA: And then the famous fire.
[00:00:37] GEOFF: Yes, the fire of 1851 - 14 August 1851, to be precise. The mill reopened
two years later, in 1853.
[00:01:02] NIA: There were strikes too?
[00:01:05] GEOFF: The spinners struck in 1872, 1875 and 1889. The 1881 census lists about
300 people working there.
[00:01:30] NIA: When did it close?
[00:01:33] GEOFF: That's murky. It probably closed in 1931, though some say later. Since
1994 it's been a museum, and there's a craft market in the yard every Sunday.
[00:01:58] NIA: Lovely. Thanks, Geoff.
""",
        (
            expect("1790~", "building"),
            expect("1851-08-14", "fire"),
            expect("1853", "reopen"),
            expect("1872", "spinner"),
            expect("1875", "spinner"),
            expect("1889", "spinner"),
            expect("1931?", "clos"),
            expect("1994/..", "museum"),
        ),
    ),
    Text(
        "university_fossil_find",
        "university news on a fossil find",
        date(2026, 10, 15),
        """News | Faculty of Science

Student's find is a new species of long-necked dinosaur

15 October 2026

A partial skeleton discovered by a master's student in a limestone quarry near Porto de Mos
is a species new to science, palaeontologists at the Atlantic University of Leiria
announced on Monday.

Marta Queiros spotted a vertebra sticking out of the quarry face on 9 July 2025. The bones
were excavated from 4 to 22 August 2025. The description of the species, Lusotitan
queirosae, was published earlier this month, on 2 October, in the Journal of Iberian
Palaeontology.

The animal lived some 152 million years ago. A first partial skeleton was probably dug up in
the same quarry in 1911, but it was lost during the 1930s.

The site has been protected since 1984. The new skeleton will go on display at the
university's natural history museum in March 2027.

The museum is free to visit on the first Sunday of every month.
""",
        (
            expect("2026-10-12", "announc"),
            expect("2025-07-09", "vertebra"),
            expect("2025-08-04/2025-08-22", "excavat"),
            expect("2026-10-02", "publish"),
            expect("1911?", "skeleton"),
            expect("1984/..", "protect"),
            expect("2027-03", "display", planned=True),
        ),
    ),
    Text(
        "dpa_decision_dental",
        "data protection authority decision notice",
        None,
        """DATA PROTECTION AUTHORITY
Decision notice - Reference DP-2026-0413
Controller: Brightwell Dental Group Ltd

1. On 3 November 2025 the Authority received a complaint from a patient whose treatment
records had appeared on a public file-sharing site.

2. The breach probably occurred on 18 October 2025, when an attacker exploited a flaw in the
controller's booking software. The controller had run that unpatched software since
March 2024.

3. The controller notified the breach to the Authority on 7 November, well beyond the 72
hours required by Article 33 GDPR. The Authority sent a preliminary notice of its findings
on 20 January 2026.

4. The Authority finds infringements of Articles 32 and 33 GDPR and imposes a fine of
EUR 85,000. The fine is to be paid no later than 30 June 2026.

5. This decision was adopted on 12 March 2026. The controller may appeal to the Circuit
Court within 28 days of this notice.
""",
        (
            expect("2025-11-03", "complaint"),
            expect("2025-10-18?", "breach"),
            expect("2024-03/..", "software"),
            expect("2025-11-07", "notif"),
            expect("2026-01-20", "preliminary"),
            expect("../2026-06-30", "fine", planned=True),
            expect("2026-03-12", "adopt"),
        ),
    ),
    Text(
        "newsletter_elm_park",
        "neighbourhood association newsletter",
        date(2026, 9, 18),
        """ELM PARK RESIDENTS' ASSOCIATION
Newsletter - Autumn 2026

Hello neighbours!

SUMMER FAIR: Thank you to everyone who came to the fair on 29 August. We raised 1,240
pounds for the playground fund.

ROADWORKS: The council will resurface Orchard Road from 5 to 9 October. Parking will be
suspended on those days.

POST OFFICE SITE: The old post office, closed in 2009, is the subject of a planning
application for six flats. Comments on the application are to be sent to the council by
2 October.

GARDEN: We have run the community garden on Hazel Lane since 2017 and would love more
volunteers.

NEXT MEETING: Our general meeting will be held on Tuesday 13 October at 7.30pm in
St Anne's church hall.

REGULARS: Litter picks happen on the first Saturday of every month, meeting at the park
gates at 10am.

Editor: Priya Nair, 14 Elm Park Road
""",
        (
            expect("2026-08-29", "fair"),
            expect("2026-10-05/2026-10-09", "resurfac", planned=True),
            expect("2009", "post"),
            expect("../2026-10-02", "comment", planned=True),
            expect("2017/..", "garden"),
            expect("2026-10-13", "meeting", planned=True),
        ),
    ),
    Text(
        "travel_guide_dinas_brenig",
        "travel guide history of a castle",
        None,
        """Castell Dinas Brenig

History
The first stone keep at Dinas Brenig was begun around 1180 by the Welsh lord Madog ap
Rhys. The castle was besieged in 1461 during the Wars of the Roses. Its Yorkist garrison
surrendered the following year after a six-week siege. In 1702 the ruined estate was sold
to the Harcourt family, who built a house in the outer ward; a fire gutted its east wing on
23 January 1794.

In 1958 the castle passed into the care of the state. Restoration of the chapel is
expected to finish in 2028.

Practical information
Open daily 10:00-17:00 from April to October. 2026 prices: adults 7.50 pounds, children
4 pounds. Allow about an hour for the visit; the climb to the top of the keep has 112 steps.
""",
        (
            expect("1180~", "keep"),
            expect("1461", "besieg"),
            expect("1462", "surrender"),
            expect("1702", "sold"),
            expect("1794-01-23", "fire"),
            expect("1958", "care"),
            expect("2028", "chapel", planned=True),
        ),
    ),
    Text(
        "school_term_dates",
        "school term dates notice",
        None,
        """St Brigid's Primary School
Term dates 2026-27

The governing body approved the following dates on 10 March 2026. The school will be open
on these dates:

Autumn term
- INSET day (school closed to pupils): Wednesday 2 September 2026
- Term runs: Thursday 3 September 2026 to Friday 18 December 2026
- Half term: Monday 26 October to Friday 30 October 2026

Spring term
- Term runs: Monday 4 January to Thursday 1 April 2027

Summer term
- Last day of the school year: Tuesday 20 July 2027

The new uniform was introduced in September 2025. School closes at 1.30pm on the last day
of each term. Holiday dates for 2027-28 will be published in the spring.
""",
        (
            expect("2026-03-10", "approv"),
            expect("2026-09-02", "inset", planned=True),
            expect("2026-09-03/2026-12-18", "term", planned=True),
            expect("2026-10-26/2026-10-30", "half", planned=True),
            expect("2027-01-04/2027-04-01", "term", planned=True),
            expect("2027-07-20", "last", planned=True),
            expect("2025-09", "uniform"),
        ),
    ),
)
