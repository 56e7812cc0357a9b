"""A sixty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document, with invented
organisations, people and facts (only country and city names are real). Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYNINTH_CORPUS",)


SIXTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "trade-agreement-wire",
        "wire story with a dateline",
        date(2026, 3, 12),
        """LISBON, March 12 (Meridian Wire) - Portugal and Uruguay signed a trade agreement on
Wednesday that cuts tariffs on wine, leather and machine parts, ending almost five years of
talks.

The deal, the largest bilateral pact Portugal has signed since 2015, is to enter into force
on 1 January 2027, officials said. Ratification by both parliaments must be completed by
30 November 2026 at the latest.

Negotiators first met in Montevideo on or about 14 June 2021, according to a note from the
Uruguayan foreign ministry, and a second round of talks was held in Lisbon the following
year.

Uruguay's trade minister, Elena Baridó, will present the text to the senate in Montevideo
on Tuesday. "This opens the Atlantic to our exporters," she told reporters after the
ceremony.

(Reporting by Tomás Vieira; Editing by Ana Clerc)""",
        (
            expect("2026-03-11", "sign"),
            expect("2027-01-01", "force", planned=True),
            expect("../2026-11-30", "ratif"),
            expect("2021-06-14~", "met"),
            expect("2022", "round"),
            expect("2026-03-17", "present", planned=True),
        ),
    ),
    Text(
        "cycling-federation-release",
        "press release of a cycling federation",
        None,
        """PRESS RELEASE
Nordic Cycling Federation
Oslo, 4 February 2026

NCF names Hedda Lunde head coach of the track programme

The Nordic Cycling Federation (NCF) has appointed Hedda Lunde as head coach of its track
programme. Lunde will take up the post on 1 March 2026 and will lead the team at the
European Track Championships, which are scheduled to run from 8 to 12 October 2026 in
Grenchen.

Lunde, 41, has coached the federation's junior squad since 2019. As a rider she won the
national individual pursuit title in 2008, 2010 and 2011, and she retired from racing in
2014.

The federation's board approved the appointment on 29 January 2026. "Hedda knows every
rider in this squad," said NCF president Arne Falk.

The federation holds open talent trials every September.

Media contact: press@ncf.example | +47 22 00 00 00""",
        (
            expect("2026-03-01", "post", planned=True),
            expect("2026-10-08/2026-10-12", "championships", planned=True),
            expect("2019/..", "coach"),
            expect("2008", "title"),
            expect("2010", "title"),
            expect("2011", "title"),
            expect("2014", "retire"),
            expect("2026-01-29", "approv"),
        ),
    ),
    Text(
        "copyright-appeal-opinion",
        "opinion of a court of appeal on a copyright claim",
        None,
        """IN THE COURT OF APPEAL OF NEW ZEALAND
CA212/2025

BETWEEN HARBOUR LIGHT RECORDS LIMITED, Appellant
AND MERE TAKAO, Respondent

Hearing: 18 February 2026
Judgment: 2 April 2026

JUDGMENT OF THE COURT (delivered by Whitlow J)

[1] The respondent composed the song "Salt Road" on or about 20 March 2009 and performed it
in public for several years.

[2] The appellant released a recording of the song on 6 September 2011 without a licence.
Royalties for that recording have been withheld since October 2011.

[3] The appellant says it applied to the collecting society for a licence, possibly in June
2012; the society has no record of the application.

[4] The respondent issued proceedings in the High Court on 14 August 2023. The High Court
found for her on 9 May 2025 and awarded damages.

[5] We agree with the Judge. The appeal is dismissed. The appellant must pay the
respondent's costs no later than 30 April 2026.

Solicitors: Marram Law, Wellington, for the appellant""",
        (
            expect("2009-03-20~", "compos"),
            expect("2011-09-06", "releas"),
            expect("2011-10/..", "royalt"),
            expect("2012-06?", "licence"),
            expect("2023-08-14", "proceedings"),
            expect("2025-05-09", "high court"),
            expect("../2026-04-30", "costs"),
        ),
    ),
    Text(
        "cathedral-choir-encyclopedia",
        "encyclopedia history of a cathedral choir",
        None,
        """St Aldric's Cathedral Choir

The St Aldric's Cathedral Choir is the choir of the cathedral of Dunmarrow, in the north
of Scotland. It sings the daily offices and is known for its performances of Scottish
polyphony.

History
A song school attached to the cathedral is first recorded c. 1240. The choir was refounded
by Bishop Alan Crathie in 1503 with six boys and four lay clerks. After the Reformation it
was disbanded in 1560, and the building stood largely silent for three centuries.

The choir was revived in 1874 by the organist Hugh Lennie, whose "Dunmarrow Psalter" set
the repertoire for decades. It toured North America in 1987 and 2003. Girls have sung
alongside the boys since 1996.

Present day
The choir sings Evensong every weekday during term. A new song school building beside the
chapter house is expected to open in 2027.

See also: Music in Scottish cathedrals""",
        (
            expect("1240~", "song school"),
            expect("1503", "refound"),
            expect("1560", "disband"),
            expect("1874", "reviv"),
            expect("1987", "tour"),
            expect("2003", "tour"),
            expect("1996/..", "girls"),
            expect("2027", "open", planned=True),
        ),
    ),
    Text(
        "kayak-slalom-report",
        "sports report on a kayak slalom",
        date(2026, 6, 15),
        """Bakken claims first World Cup win in Ljubljana
By Marta Reisz | Canoe Slalom

Norway's Ida Bakken won the women's K1 final at the Tacen course on Sunday, clearing all
25 gates in 91.42 seconds, the fastest women's run on the course since 2019.

It was the 24-year-old's first World Cup victory since she joined the senior team in 2021.
Bakken had qualified only 14th in the heats on Friday after touching gate 9.

She missed the opening round in Pau on 30 May with a shoulder strain and finished fourth at
the world championships in September 2025.

"I just tried to stay clean on the top section," she said.

The next World Cup round is scheduled for 26 to 28 June in Augsburg, and the world
championships will be held in Tacen from 22 to 27 September.

Results, women's K1: 1. Ida Bakken (NOR) 91.42; 2. Léa Moreau (FRA) 92.07; 3. Zofia Kral
(POL) 92.60.""",
        (
            expect("2026-06-14", "won"),
            expect("2021", "join"),
            expect("2026-06-12", "heat"),
            expect("2026-05-30", "miss"),
            expect("2025-09", "fourth"),
            expect("2026-06-26/2026-06-28", "round", planned=True),
            expect("2026-09-22/2026-09-27", "championships", planned=True),
        ),
    ),
    Text(
        "rope-bridge-company-history",
        "company history of a rope bridge builder (HTML list)",
        None,
        """<section id="history">
<h2>Our history</h2>
<p>Seventy years of crossings in the Andes.</p>
<ul>
  <li><b>1952</b> – Engineer Rosa Quispe founds Puentes Quispe in Cusco with two
  employees.</li>
  <li><b>c. 1960</b> – First steel-cable footbridge, over the Apurímac near Curahuasi.</li>
  <li><b>1968</b> – The company moves to Arequipa and opens its own cable works the
  following year.</li>
  <li><b>1991</b> – Wins a contract for 14 footbridges in Bolivia, all completed by
  1995.</li>
  <li><b>Since 2008</b> – Certified to ISO 9001 for design and construction.</li>
  <li><b>2027</b> – A new assembly plant in Juliaca is planned to open.</li>
</ul>
<p><a href="/contact">Contact us</a> | &copy; Puentes Quispe S.A.C.</p>
</section>""",
        (
            expect("1952", "found"),
            expect("1960~", "footbridge"),
            expect("1968", "move"),
            expect("1969", "cable works"),
            expect("1991", "contract"),
            expect("../1995", "complet"),
            expect("2008/..", "certif"),
            expect("2027", "plant", planned=True),
        ),
    ),
    Text(
        "by-election-observation",
        "mission summary of an electoral observation in a by-election",
        None,
        """Civic Ballot Watch
Observation Mission to the Kelvinside North By-election
Summary of findings

The by-election was called on 9 January 2026 after the death of the sitting member, Iain
Rennick. Civic Ballot Watch deployed 24 observers to the constituency from 2 to 13 February
2026.

Polling took place on 12 February 2026. Observers visited 61 of 74 polling stations and
found voting orderly. Turnout, at 38 percent, was the lowest in the constituency since 1997.
The count was completed overnight and the result was declared on 13 February.

A complaint concerning postal ballots was lodged with the Electoral Commission on
15 February. The Commission will publish its ruling by 31 March 2026.

The mission will issue its final report, with recommendations, in April 2026.

Head of mission: Dr Morag Keillor | contact@civicballot.example""",
        (
            expect("2026-01-09", "called"),
            expect("2026-02-02/2026-02-13", "deploy"),
            expect("2026-02-12", "poll"),
            expect("2026-02-13", "declared"),
            expect("2026-02-15", "complaint"),
            expect("../2026-03-31", "ruling", planned=True),
            expect("2026-04", "report", planned=True),
        ),
    ),
    Text(
        "bank-holiday-statement",
        "government statement on a bank holiday change",
        date(2026, 5, 6),
        """Department for Work and Communities
Statement

Change to the summer bank holiday

The Minister for Work and Communities, Rhian Pugh, announced yesterday that the summer bank
holiday will move from August to September.

From 2027 onwards, the summer bank holiday will fall on the first Monday of September
instead of the last Monday of August. The holiday has been held in August since 1971.

The decision follows a public consultation that ran from 12 January to 6 March 2026, in
which 61 percent of respondents supported a later date. Schools and employers said a
September holiday would ease the pressure on the busiest weeks of the summer.

The necessary order will be laid before Parliament on 2 June 2026. This year's holiday is
unaffected. The holiday calendar was last changed in 1998, when
the spring holiday was moved to the end of May.

Banks are closed on every bank holiday.

Ends""",
        (
            expect("2026-05-05", "announc"),
            expect("2027/..", "september", planned=True),
            expect("1971/..", "august"),
            expect("2026-01-12/2026-03-06", "consultation"),
            expect("2026-06-02", "parliament", planned=True),
            expect("1998", "calendar"),
        ),
    ),
    Text(
        "winter-camper-blog",
        "HTML blog of a winter camper with dated entries",
        None,
        """<article class="trip-log">
<h1>Three weeks on the Finnmarksvidda</h1>
<h3>28 January 2025</h3>
<p>Left Alta this morning with the pulk loaded to 62 kg. Minus 31 tonight, the coldest I
have camped in since 2018. I first tried this route around 2019 and turned back after four
days.</p>
<h3>2 February</h3>
<p>Crossed the frozen lake at Jotka yesterday in good light. Today a storm kept me in the
tent from dawn to dusk; I cooked twice and read.</p>
<h3>9 February</h3>
<p>Found the food cache intact. I pitch camp every evening before four, when the light
goes. I plan to reach Karasjok on 14 February.</p>
<h3>15 February</h3>
<p>Made Karasjok at last, a day behind plan, after a long slog through soft snow.</p>
</article>
<footer>Posted in <a href="/tag/winter">winter</a> | 12 comments</footer>""",
        (
            expect("2025-01-28", "alta"),
            expect("2019~", "route"),
            expect("2025-02-01", "lake"),
            expect("2025-02-02", "storm"),
            expect("2025-02-14", "karasjok", planned=True),
            expect("2025-02-15", "karasjok"),
        ),
    ),
    Text(
        "botanist-biography",
        "biography of a botanist",
        None,
        """Ingrid Solvåg (1891–1967)

Ingrid Solvåg was a Norwegian botanist who specialised in the flora of the Arctic.

She was born in Bergen on 3 May 1891, the daughter of a ship's chandler. She studied
botany at Uppsala from 1910 to 1914 under Professor Nils Edholm, and in 1921 she joined an
expedition to Svalbard, where she collected more than two thousand specimens.

In about 1930 she described a new saxifrage from Bjørnøya, which now bears her name. She
was appointed keeper of the herbarium at the Bergen Museum in 1936, the first woman to hold
the post. She possibly visited Greenland in 1947, though no record of the journey survives.

Solvåg died in Oslo on 11 November 1967. Her herbarium of some 18,000 sheets has been held
by the University of Tromsø since 1970.""",
        (
            expect("1891-05-03", "born"),
            expect("1910/1914", "stud"),
            expect("1921", "expedition"),
            expect("1930~", "saxifrage"),
            expect("1936", "keeper"),
            expect("1947?", "greenland"),
            expect("1967-11-11", "died"),
            expect("1970/..", "herbarium"),
        ),
    ),
    Text(
        "water-board-minutes",
        "minutes of a water board",
        None,
        """OUSE FEN INTERNAL DRAINAGE BOARD
Minutes of the meeting held on 14 October 2025 at the Board's office, Ely

Present: J. Hardwick (Chair), P. Moss, S. Caddy, R. Ives; Clerk: A. Thorne

1. Apologies were received from M. Lacey.

2. Welney pumping station. The Clerk reported that the new pump was installed on
22 September 2025 and has been running since 29 September. Water levels in August had been
the highest since 2012.

3. Bank breach at Denver. The engineer said the breach probably occurred on 2 August 2025;
repairs are complete.

4. Drain clearance. Contractors will clear the Hundred Foot Drain from 3 to 21 November
2025.

5. Rates. The Board agreed the 2026/27 drainage rate. Demand notices must be sent no later
than 31 March 2026.

6. Bank inspections take place every April.

7. Date of next meeting: Tuesday 13 January 2026, 10:00.""",
        (
            expect("2025-09-22", "install"),
            expect("2025-09-29/..", "running"),
            expect("2025-08-02?", "breach"),
            expect("2025-11-03/2025-11-21", "clear", planned=True),
            expect("../2026-03-31", "notices"),
            expect("2026-01-13", "meeting", planned=True),
        ),
    ),
    Text(
        "gas-meter-notice",
        "gas meter replacement notice",
        None,
        """NORTHGAS DISTRIBUTION
IMPORTANT NOTICE - PLEASE READ
Our ref: 2026/GM/118 | 2 March 2026

Gas meter replacement in Lindenweg (numbers 1-48)

Dear resident,

Our engineers will replace the gas meters in your street on Thursday 19 March 2026 between
08:00 and 16:00. Your gas supply will be interrupted for about two hours.

The existing meters were installed in 1994 and must be replaced by 31 December 2026 under
the national metering rules.

If you cannot be at home on that day, please call us before 12 March 2026 to arrange access.
A second visit for addresses we could not reach is planned for 2 April 2026.

Meter readings are taken every quarter as usual; your bill will not change.

Customer service: 0800 123 456 (Monday to Friday, 8:00-18:00)""",
        (
            expect("2026-03-19", "replace", planned=True),
            expect("1994", "install"),
            expect("../2026-12-31", "replac"),
            expect("../2026-03-12", "call"),
            expect("2026-04-02", "visit", planned=True),
        ),
    ),
    Text(
        "early-music-programme",
        "early music festival programme",
        None,
        """Festival of Early Music Brugge-Damme 2026
Programme

Friday 4 September 2026, 20:00 - Sint-Jacobskerk, Brugge
Ensemble Cor Lucens performs Monteverdi's Vespers of 1610.

Saturday 5 September, 11:00 - Stadhuis, Damme
Lecture: "Tuning the harpsichord" by Dr Lien Verhaeghe.

Sunday 6 September, 16:00 - Onze-Lieve-Vrouwekerk, Damme
Closing concert: harpsichord recital by Pieter Dewulf.

About the festival
The festival was founded in 1989 and has been held in Damme since 2004. The harpsichord
heard at the closing concert was built around 1680 in Antwerp and restored for the
festival. Masterclasses take place every morning at the Stadhuis.

Ticket sales opened on 1 June 2026.
Tickets: EUR 18-35 | www.earlymusic-damme.example""",
        (
            expect("2026-09-04", "vespers", planned=True),
            expect("2026-09-05", "lecture", planned=True),
            expect("2026-09-06", "concert", planned=True),
            expect("1989", "found"),
            expect("2004/..", "damme"),
            expect("1680~", "harpsichord"),
            expect("2026-06-01", "ticket"),
        ),
    ),
    Text(
        "alumni-newsletter",
        "alumni association newsletter",
        date(2026, 4, 20),
        """Halvorsen College Alumni Association
Spring Newsletter - April 2026

CAMPUS NEWS
The new library wing was opened on Friday by the Chancellor, Dame Ruth Okafor. It adds
400 study places and a reading room named after the college's first librarian.

CLASS NOTES
Dr Ama Owusu (Class of 1998) was elected president of the Ghana Society of Surgeons in
January 2026.

REUNIONS
The 25-year reunion for the Class of 2001 will be held on 13 June 2026 in the Great Hall.

GIVING
The Annual Fund has raised some 1.2 million pounds since 2019. Thank you to every donor.

IN MEMORIAM
Peter Lindqvist (Class of 1965) died on 2 March 2026, aged 82.

The association, founded around 1925, has more than 14,000 members.

To update your details, visit alumni.halvorsen.example""",
        (
            expect("2026-04-17", "library"),
            expect("2026-01", "elect"),
            expect("2026-06-13", "reunion", planned=True),
            expect("2019/..", "raised"),
            expect("2026-03-02", "died"),
            expect("1925~", "found"),
        ),
    ),
    Text(
        "school-catering-tender",
        "tender notice for school catering",
        None,
        """CONTRACT NOTICE - SERVICES

Section I: Contracting authority
Municipality of Tarnwick, Education Department, Town Hall, Tarnwick

Section II: Object
II.1.1 Title: Catering services for 14 primary schools. Reference: TW-EDU-2026-07
II.2.7 Duration: the contract will start on 1 August 2026 and run for 36 months.

Section IV: Procedure
IV.2.2 Tenders must be received by 15 May 2026, 12:00 local time.
IV.2.7 Tenders will be opened in public on 18 May 2026.

Section VI: Complementary information
VI.3 Site visits to the school kitchens will be held on 22 and 23 April 2026. The current
contract, awarded in 2019, will expire on 31 July 2026.
VI.5 Date of dispatch of this notice: 8 April 2026""",
        (
            expect("2026-08-01", "start", planned=True),
            expect("../2026-05-15", "tender"),
            expect("2026-05-18", "open", planned=True),
            expect("2026-04-22", "visit", planned=True),
            expect("2026-04-23", "visit", planned=True),
            expect("2019", "award"),
            expect("2026-07-31", "expire", planned=True),
        ),
    ),
    Text(
        "airport-cyber-factbox",
        "factbox timeline of a cyber outage at an airport",
        date(2026, 2, 11),
        """FACTBOX-How a cyber attack grounded flights at Brenmouth Airport

Feb 11 (Meridian Wire) - Here are key events in the outage at Brenmouth Airport:

* Feb 6 - Check-in and boarding systems fail early in the morning; the airport switches to
  manual check-in.
* Feb 7 - A ransomware group claims the attack; more than 200 flights are cancelled.
* Feb 8-9 - Engineers restore the baggage handling system.
* Feb 10 - The airport says most services are back to normal.

Investigators say the intruders probably entered the network on Feb 3. The airport expects
full service to resume by Feb 20.

The airport's IT systems were outsourced to Corvid Systems in 2022. The outage is the worst
at a British airport since 2017.

(Compiled by Lena Brooks; Editing by Paul Hart)""",
        (
            expect("2026-02-06", "fail"),
            expect("2026-02-07", "claim"),
            expect("2026-02-08/2026-02-09", "baggage"),
            expect("2026-02-10", "services"),
            expect("2026-02-03?", "enter"),
            expect("../2026-02-20", "resume", planned=True),
            expect("2022", "outsourc"),
        ),
    ),
    Text(
        "cable-car-inquiry",
        "inquiry report on a cable car accident",
        None,
        """Federal Transport Safety Board
Final Report
Accident involving cabin 2 of the Piz Lunghin aerial tramway

Bern, 14 April 2025

1 Factual information
1.1 At about 14:10 on 23 December 2024, cabin 2 struck the saddle of tower 2 while
descending. Eleven passengers were slightly injured.
1.2 The tramway was built in 1979 and last overhauled in 2016.
1.3 An inspection of the haul rope was due by 30 November 2024 at the latest. It was carried
out on 6 December 2024 and found no defect.
1.4 A roller bearing on tower 2 was probably replaced in 2009; the maintenance log for that
year is incomplete.

2 Analysis
The bearing had worn unevenly and the cabin swung beyond its design angle.

3 Safety recommendations
The operator intends to fit a rope monitoring system and plans to reopen the tramway on
1 July 2025.

Page 1 of 18""",
        (
            expect("2024-12-23", "struck"),
            expect("1979", "built"),
            expect("2016", "overhaul"),
            expect("../2024-11-30", "inspection"),
            expect("2024-12-06", "carried"),
            expect("2009?", "bearing"),
            expect("2025-07-01", "reopen", planned=True),
        ),
    ),
    Text(
        "seismic-network-status",
        "seismic network status page",
        None,
        """<h1>Westland Seismic Network - Station status</h1>
<p class="updated">Last updated: 14 July 2026, 08:00 UTC</p>
<table>
<tr><th>Station</th><th>Status</th><th>Notes</th></tr>
<tr><td>WSN.KARU</td><td>Online</td><td>Online since 2 March 2019</td></tr>
<tr><td>WSN.TEWA</td><td>Offline</td><td>Offline since 9 July 2026 after storm damage;
repair expected by 20 July 2026</td></tr>
<tr><td>WSN.MOKO</td><td>Online</td><td>Installed in 1998</td></tr>
</table>
<p>Maintenance of the telemetry link to the central station is scheduled for 21 July
2026.</p>
<p>The network has operated since 1987. Waveform data are archived every night.</p>
<p>Largest event this year: a magnitude 4.1 earthquake near Hokitika on 3 June 2026, the
strongest recorded in the region since 2011.</p>
<p><a href="/data">Data access</a> | <a href="/about">About</a></p>""",
        (
            expect("2019-03-02/..", "karu"),
            expect("2026-07-09/..", "tewa"),
            expect("../2026-07-20", "repair", planned=True),
            expect("1998", "install"),
            expect("2026-07-21", "maintenance", planned=True),
            expect("1987/..", "network"),
            expect("2026-06-03", "earthquake"),
        ),
    ),
    Text(
        "travel-guide-correction",
        "correction of a travel guide",
        None,
        """CORRECTIONS
Lanterna Guides: Northern Portugal (3rd edition, 2025)

Page 112, Ponte de Lima: we said the medieval bridge was rebuilt in 1368. It was in fact
rebuilt around 1370, according to the town archive.

Page 140, Museu do Linho: the museum closed for renovation on 3 November 2025 and is to
reopen in May 2026.

Page 155, Caminha: the passenger ferry across the Minho has not operated since 2022. Use
the bridge at Valença instead.

Page 201, Barcelos: the market is held every Thursday, not every Tuesday as printed.

Page 88, Viana do Castelo: the Casa dos Arcos hotel changed its name to Hotel Arcada in
2024.

We regret these errors, which will be corrected in the next printing.

Lisbon, 12 January 2026""",
        (
            expect("1370~", "rebuilt"),
            expect("2025-11-03", "closed"),
            expect("2026-05", "reopen", planned=True),
            expect("2022/..", "ferry"),
            expect("2024", "name"),
        ),
    ),
    Text(
        "river-crossing-local-history",
        "local history of a river crossing",
        None,
        """The Crossing at Hallam's Ford

For most of its history the only way over the Wend at Hallam was the ford that gave the
village its name. A ferry is first mentioned in a deed of about 1420, when the ferryman
paid the priory two shillings a year.

The first timber bridge was built in 1688 by the lord of the manor. It was swept away in
February 1795, when a thaw brought the river up faster than anyone could remember.

A stone bridge of three arches replaced it in 1802, paid for by a toll on carts and cattle.
The toll was abolished in 1871 after years of complaint from local farmers.

The parish records suggest the bridge was probably widened in 1930 to take motor lorries.
It has been a listed building since 1967, and the old ford can still be seen at low water
below the eastern arch.

From "Hallam Through the Ages", Hallam Local History Society""",
        (
            expect("1420~", "ferry"),
            expect("1688", "timber"),
            expect("1795-02", "swept"),
            expect("1802", "stone"),
            expect("1871", "toll"),
            expect("1930?", "widen"),
            expect("1967/..", "listed"),
        ),
    ),
)
