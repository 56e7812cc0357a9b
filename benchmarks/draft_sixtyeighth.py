"""A sixty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a ferry
sinking, a university hospital's press release, a human rights court's ruling, the history of
a royal mint, a biathlon report, a porcelain maker's history as an HTML list, a drought
assessment mission, a smog alert statement, a ship's doctor's HTML diary, a museum director's
CV, a loan guarantee summary, a pool closure notice, a theatre season brochure, an allotment
newsletter, a lift maintenance tender, a prison escape factbox, a tram derailment
investigation, a hydrological station page, a corrected company announcement and a
clockmaker's family history). Organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYEIGHTH_CORPUS",)


SIXTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-sinking-wire",
        "wire story with a dateline",
        date(2025, 3, 10),
        """PIRAEUS, Greece, March 10 (Aegean Wire) - Divers resumed the search for
four passengers missing after the ferry Agia Thekla sank off the island of Kythnos on
Sunday, the coastguard said.

The 62-metre vessel, built in 1987 in a Norwegian yard, took on water shortly after leaving
Lavrio with 143 people on board. Most were lifted off by fishing boats and a navy frigate.

Kykladiki Lines, which has operated the ferry since 2011, said the ship had passed a hull
inspection on or about February 14 and that its papers were in order. The company declined
to comment on reports that a bilge pump had been repaired twice this winter.

Shipping minister Eleni Varvaki said a formal inquiry will open on March 17 in Piraeus.

It was the deadliest ferry accident in Greek waters since 2008, when a smaller boat
capsized near Lesbos.

(Reporting by Nikos Stamatis; Editing by Joan Ferrer)""",
        (
            expect("2025-03-09", "sank"),
            expect("1987", "built"),
            expect("2011/..", "operat"),
            expect("2025-02-14~", "inspection"),
            expect("2025-03-17", "inquiry", planned=True),
        ),
    ),
    Text(
        "proton-centre-press-release",
        "press release of a university hospital",
        date(2024, 6, 4),
        """PRESS RELEASE
Nordvik University Hospital - Communications Office
4 June 2024

Nordvik opens the region's first proton therapy centre

Nordvik University Hospital opened its proton therapy centre on 3 June 2024 in the presence
of the regional health commissioner, Dr Ingrid Solberg.

Construction of the centre began in April 2021 on the site of the former laundry building.
The first patient, a twelve-year-old girl with a brain tumour, was treated on 28 May during
the final test phase.

The centre expects to treat some 600 patients each year. A second treatment room with its
own gantry is scheduled to enter service in March 2026.

The hospital has worked with the Technical University of Halden on beam physics since 2019,
and the two institutions share three research posts.

Media contact: press@nordvik-uh.example | +47 555 01 234
###""",
        (
            expect("2024-06-03", "open"),
            expect("2021-04", "construction"),
            expect("2024-05-28", "first patient"),
            expect("2026-03", "gantry", planned=True),
            expect("2019/..", "work"),
        ),
    ),
    Text(
        "detention-court-ruling",
        "ruling of a human rights court",
        None,
        """FOURTH SECTION

CASE OF DRAGANOV v. NORTH MACEDONIA
(Application no. 41877/19)

JUDGMENT
STRASBOURG
12 March 2024

PROCEDURE
1. The case originated in an application lodged on or about 20 May 2019.
2. The Government were given notice of the complaint under Article 5 § 3 on 7 January 2021.

THE FACTS
3. The applicant was arrested in Bitola on 2 May 2017 on suspicion of fraud.
4. He was held in pre-trial detention from 3 May 2017 to 14 September 2018. The trial court
extended his detention on eleven occasions, each time in almost identical terms.
5. The Supreme Court dismissed his last appeal against detention on 19 November 2018.
6. The applicant was convicted at first instance in 2020; the appeal proceedings are
apparently still pending.""",
        (
            expect("2019-05-20~", "application"),
            expect("2021-01-07", "notice"),
            expect("2017-05-02", "arrest"),
            expect("2017-05-03/2018-09-14", "detention"),
            expect("2018-11-19", "dismiss"),
            expect("2020", "convict"),
        ),
    ),
    Text(
        "royal-mint-encyclopedia",
        "encyclopedia history of a royal mint",
        None,
        """Royal Mint of Estrava

The Royal Mint of Estrava is the state coin producer of the Kingdom of Estrava, based in
Velsund.

History
The mint was founded c. 1642 by King Aldric II, who wished to stop the import of foreign
coin. It possibly struck copper tokens for the garrison towns as early as 1703, although no
specimen survives. In 1768 it moved to the present premises on the Myntgata, where it struck
its first gold coins in 1771.

A fire destroyed the melting house on 9 August 1844. Steam-driven presses were installed the
following year, and output rose to the highest level in the mint's history.

Since 1999 the mint has been a state-owned limited company. It also produces medals and,
every year, the commemorative coin of the national day.

See also: Coinage of Estrava; The 1844 fire in Velsund""",
        (
            expect("1642~", "found"),
            expect("1703?", "copper"),
            expect("1768", "moved"),
            expect("1771", "gold"),
            expect("1844-08-09", "fire"),
            expect("1845", "press"),
            expect("1999/..", "company"),
        ),
    ),
    Text(
        "biathlon-pursuit-report",
        "sports report on a biathlon race",
        date(2025, 1, 19),
        """ANTERSELVA, Italy - Maja Lindqvist missed one target in four bouts and won Sunday's
10km pursuit by 18.4 seconds, her first World Cup victory since December 2022.

The Swede had started seventh after finishing fourth in Friday's sprint, in which she missed
two targets in the standing stage.

"I felt the snow was fast today and just trusted my skis," said Lindqvist, who hurt her knee
in a training fall around 20 November last year and missed the season opener.

France's Clara Mounier took second place and Germany's Lea Hartwig was third after a clean
final stage.

The World Cup moves on to the mass start on Thursday. The world championships are to open
in Lenzerheide on 12 February.

Results, women's pursuit: 1. Lindqvist (SWE) 29:41.2 (1 miss); 2. Mounier (FRA) +18.4 (2);
3. Hartwig (GER) +25.9 (0).""",
        (
            expect("2025-01-19", "pursuit"),
            expect("2025-01-17", "sprint"),
            expect("2024-11-20~", "knee"),
            expect("2025-01-23", "mass start", planned=True),
            expect("2025-02-12", "championship", planned=True),
        ),
    ),
    Text(
        "porcelain-maker-history",
        "company history of a porcelain maker (HTML list)",
        None,
        """<section class="history">
<h2>Our history</h2>
<ul>
  <li><strong>1794</strong> - Porzellanmanufaktur Kalten is founded by the potter Gottlieb
  Rehm in Kalten, Thuringia.</li>
  <li><strong>1821</strong> - The first complete table service, "Weisser Hirsch", is
  presented at the Leipzig fair.</li>
  <li><strong>c. 1860</strong> - The kilns are moved to the bank of the Saale to use coal
  brought by barge.</li>
  <li><strong>1903, 1911 and 1925</strong> - Kalten porcelain wins gold medals at the world
  exhibitions.</li>
  <li><strong>Since 1992</strong> - The manufactory is owned by the Rehm Family
  Foundation.</li>
  <li><strong>2026</strong> - A new porcelain museum is planned to open in the old
  painting hall.</li>
</ul>
<p class="note">Tours of the works every Wednesday and Saturday.</p>
</section>""",
        (
            expect("1794", "found"),
            expect("1821", "service"),
            expect("1860~", "kiln"),
            expect("1903", "medal"),
            expect("1911", "medal"),
            expect("1925", "medal"),
            expect("1992/..", "foundation"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "drought-assessment-mission",
        "mission summary of a drought assessment",
        None,
        """MISSION SUMMARY - Rapid drought impact assessment, Eastern Lowlands

Dates of mission: from 6 to 17 October 2023
Team: two agronomists, one water engineer, one nutrition officer

Background
The Ministry of Agriculture declared a drought emergency in five districts on 28 August 2023
after rainfall in the growing period was the lowest since 1984. A previous assessment of the
same districts was carried out in May 2019.

Findings
- Water trucking by the district councils had reached all fourteen affected wards by
  30 September.
- Maize yields are estimated at about a third of the five-year average.
- Livestock prices have fallen by roughly 40 % in the affected wards.

Next steps
The full report is expected in January 2024. Seed distribution should be discussed with
donors at the coordination meeting held every second Tuesday.""",
        (
            expect("2023-10-06/2023-10-17", "mission"),
            expect("2023-08-28", "drought"),
            expect("2019-05", "assessment"),
            expect("../2023-09-30", "water trucking"),
            expect("2024-01", "report", planned=True),
        ),
    ),
    Text(
        "smog-alert-statement",
        "government statement on a smog alert",
        date(2025, 1, 14),
        """MINISTRY OF ENVIRONMENT AND SPATIAL PLANNING
Statement on the air quality situation in the capital region
Tuesday, 14 January 2025

The Ministry raised the smog alert for the capital region to level 2 yesterday, after
concentrations of fine particles (PM2.5) exceeded 150 micrograms per cubic metre at six of
the nine monitoring stations on Sunday, 12 January.

The following measures apply:
- Public transport in the city will be free of charge on Wednesday.
- Outdoor school activities are suspended; schools are to resume normal timetables on
  20 January.
- The use of solid-fuel stoves in flats connected to district heating has been banned since
  1 November 2024.

Air quality data are published every hour on the Ministry's website. Citizens with
respiratory illnesses are advised to stay indoors.

Press office of the Ministry""",
        (
            expect("2025-01-13", "alert"),
            expect("2025-01-12", "exceed"),
            expect("2025-01-15", "transport", planned=True),
            expect("2025-01-20", "school", planned=True),
            expect("2024-11-01/..", "ban"),
        ),
    ),
    Text(
        "ship-doctor-diary",
        "HTML diary of a ship's doctor",
        None,
        """<article class="diary">
<h1>Journal of Dr. Friedrich Anselm, surgeon of the barque <i>Marie Luise</i></h1>
<h3>3 April 1878</h3>
<p>Sailed from Bremerhaven at noon with 212 emigrants for Valparaiso. Fair wind.</p>
<h3>11 April</h3>
<p>Three children in steerage with a fever; I have separated them from the others.</p>
<h3>19 April</h3>
<p>The sailor Jens Olufsen, who fell from the yard two days ago, died this morning and was
buried at sea at four o'clock.</p>
<h3>27 April</h3>
<p>Crossed the Line, by the mate's reckoning on or about the 25th. The usual foolery with
Neptune, which I was glad to miss.</p>
<h3>2 May</h3>
<p>The captain tells me we shall reach Valparaiso on 2 June if the westerlies are kind.</p>
</article>""",
        (
            expect("1878-04-03", "sail"),
            expect("1878-04-11", "fever"),
            expect("1878-04-19", "buri"),
            expect("1878-04-25~", "cross"),
            expect("1878-06-02", "valparaiso", planned=True),
        ),
    ),
    Text(
        "museum-director-cv",
        "curriculum vitae of a museum director",
        None,
        """CURRICULUM VITAE

Dr. Kadri Allik
Director, Tartu Museum of Applied Art

Personal
Born 14 March 1968 in Tartu, Estonia

Education
1987-1992  Studies in art history, University of Tartu
1996       PhD, Courtauld Institute of Art, London (thesis on Baltic German silver)

Professional experience
1997-2004  Curator of metalwork, Estonian National Museum
2004-2015  Deputy director, Tallinn City Museum
since 2015 Director, Tartu Museum of Applied Art

Memberships
ICOM Estonia (board member); lectures annually at the summer school of the Baltic Museums
Association

Languages: Estonian, English, German, Russian""",
        (
            expect("1968-03-14", "born"),
            expect("1987/1992", "art history"),
            expect("1996", "phd"),
            expect("1997/2004", "curator"),
            expect("2004/2015", "deputy"),
            expect("2015/..", "director"),
        ),
    ),
    Text(
        "loan-guarantee-summary",
        "loan guarantee agreement summary",
        None,
        """SUMMARY OF THE GUARANTEE AGREEMENT
Guarantor: Republic of Moldavia Ministry of Finance
Borrower: Apa-Canal Bălți S.A.
Lender: Danube Investment Bank

1. Approval. The guarantee was approved by the Board of the Lender on 12 June 2024 under the
2019 Framework Agreement for municipal utilities.
2. Signature. The Guarantee Agreement was signed in Chisinau on 22 July 2024.
3. Conditions. All conditions precedent to the first disbursement were fulfilled by
30 September 2024.
4. Disbursement. The first tranche of EUR 12 million was disbursed on 15 October 2024. The
second tranche is scheduled for March 2025.
5. Fees. A guarantee fee of 0.5 % is payable every six months on the outstanding amount.""",
        (
            expect("2024-06-12", "approv"),
            expect("2024-07-22", "sign"),
            expect("../2024-09-30", "condition"),
            expect("2024-10-15", "first tranche"),
            expect("2025-03", "second tranche", planned=True),
        ),
    ),
    Text(
        "pool-closure-notice",
        "swimming pool closure notice",
        date(2025, 9, 2),
        """RIVERSIDE LEISURE CENTRE - NOTICE TO ALL CUSTOMERS
Posted 2 September 2025

Main pool closure

Following the discovery of a leak in the filtration plant on Thursday 28 August, the main
pool will close from 8 September to 31 October 2025 while the pipework is replaced.

The sauna and steam room have been closed since 25 August and will stay closed during the
works.

We plan to reopen the main pool on 1 November. The learner pool remains open every day from
7am to 10pm, and swimming lessons will move there.

Members with a monthly pass will receive a pro-rata refund. We apologise for any
inconvenience.

Riverside Leisure Centre Management""",
        (
            expect("2025-08-28", "leak"),
            expect("2025-09-08/2025-10-31", "clos", planned=True),
            expect("2025-08-25/..", "sauna"),
            expect("2025-11-01", "reopen", planned=True),
        ),
    ),
    Text(
        "theatre-season-brochure",
        "theatre season brochure",
        None,
        """STADTTHEATER AMBERG - SEASON 2025/26

Welcome to a new season!
Our house on the Schlossplatz has been home to the Amberg ensemble since 1911, and this year
we celebrate with a programme of classics and new writing.

OPENING
The season opens on 20 September 2025 with a new production of Hamlet, directed by Ruth
Engel.

HIGHLIGHTS
- The Seagull, guest performance of the Riga Russian Theatre: 5 to 8 November
- New Year's Eve Gala with the Amberg Philharmonic: 31 December
- World premiere: "The Salt Road", an opera commissioned by the theatre, is scheduled for
  14 March 2026

SERVICE
Matinee every Sunday at 3 pm. Box office: Mon-Sat 10 am - 6 pm, tel. 09621 555 100.""",
        (
            expect("1911/..", "home"),
            expect("2025-09-20", "hamlet", planned=True),
            expect("2025-11-05/2025-11-08", "seagull", planned=True),
            expect("2025-12-31", "gala", planned=True),
            expect("2026-03-14", "salt road", planned=True),
        ),
    ),
    Text(
        "allotment-newsletter",
        "allotment society newsletter",
        date(2025, 4, 7),
        """GREENHILL ALLOTMENT SOCIETY
Newsletter - Issue 2, 7 April 2025

From the chair
Thank you to the 41 members who came to the AGM on 15 March. The accounts were approved and
Brenda Walsh was re-elected treasurer.

Security
The shed on plot 23 was broken into on or about 28 March. Tools were taken; please report
anything suspicious to the committee.

Diary dates
- Our annual plant sale will be held on Saturday 10 May at the main gate.
- Plot rents will rise to £48 from 1 October.

A bit of history
The society was founded in 1921 by railway workers who rented the land from the Midland
company. Members say the rhubarb is the best since 2018!

Work parties take place every first Sunday of the month.""",
        (
            expect("2025-03-15", "agm"),
            expect("2025-03-28~", "shed"),
            expect("2025-05-10", "plant sale", planned=True),
            expect("2025-10-01", "rent", planned=True),
            expect("1921", "found"),
        ),
    ),
    Text(
        "lift-maintenance-tender",
        "tender notice for lift maintenance",
        None,
        """CONTRACT NOTICE - SERVICES
Contracting authority: Municipal Housing Company of Lodz (MZBM Lodz)
Reference: MZBM/ZP/41/2025

Object of the contract
Maintenance, inspection and emergency repair of 64 passenger lifts in eleven residential
buildings. Most of the lifts were installed in 1998.

Procedure
A prior information notice was published on 2 September 2025. A site visit for interested
bidders will take place on 30 October 2025.

Time limits
Tenders must be received no later than 14 November 2025, 12:00.
The contract is expected to start on 1 February 2026 and to run for 36 months.

Award criteria: price 60 %, response time 40 %.
Lifts are to be inspected every month in line with the technical supervision rules.""",
        (
            expect("1998", "install"),
            expect("2025-09-02", "prior information"),
            expect("2025-10-30", "site visit", planned=True),
            expect("../2025-11-14", "tender"),
            expect("2026-02-01", "contract", planned=True),
        ),
    ),
    Text(
        "prison-escape-factbox",
        "factbox timeline of a prison escape",
        date(2025, 6, 12),
        """FACTBOX-How three inmates escaped from Valmont prison

June 12 (Lakeside News) - Here is a timeline of the escape from Valmont high-security prison:

* 1974 - Valmont prison opens with 420 places.
* 2003 - The last successful escape: two inmates climb the south wall.
* June 8 - Three inmates leave their cells through a ventilation shaft shortly
after midnight, and climb over the perimeter fence.
* June 9 - One of the men is recaptured at a petrol station 40 km away.
* June 10 - Four guards are suspended pending an internal investigation.
* The two other men are still at large. A parliamentary hearing on the escape is scheduled
for June 16.

(Compiled by Marc Fontaine)""",
        (
            expect("1974", "open"),
            expect("2003", "escape"),
            expect("2025-06-08", "escape"),
            expect("2025-06-09", "recapture"),
            expect("2025-06-10", "suspend"),
            expect("2025-06-16", "hearing", planned=True),
        ),
    ),
    Text(
        "tram-derailment-investigation",
        "investigation report on a tram derailment",
        None,
        """INTERIM INVESTIGATION REPORT
Derailment of tram 318 at Kolonaden junction, Aarberg

1. Summary
At about 07:42 on 14 February 2024, the leading bogie of tram 318 on line 4 derailed at the
switch at Kolonaden junction. Two passengers were slightly injured.

2. Infrastructure
The switch was installed in about 2009 and was last inspected on 2 February 2024, when no
defect was recorded. The investigators found a broken switch blade; the crack probably
developed in January 2024.

3. Actions taken
A speed restriction of 10 km/h has applied at the junction since 20 February 2024.

4. Further work
The final report is expected to be published in September 2024. Switches of the same type
are checked every week by the operator.""",
        (
            expect("2024-02-14", "derail"),
            expect("2009~", "switch"),
            expect("2024-02-02", "inspect"),
            expect("2024-01?", "crack"),
            expect("2024-02-20/..", "speed restriction"),
            expect("2024-09", "final report", planned=True),
        ),
    ),
    Text(
        "hydrological-station-status",
        "hydrological station status page",
        date(2025, 3, 3),
        """<div class="station">
<h2>Station 4127 - Lindau Bridge (River Ammer)</h2>
<p class="updated">Last updated: 3 March 2025, 08:00</p>
<table>
<tr><th>Water level</th><td>2.31 m</td></tr>
<tr><th>Discharge</th><td>48.6 m&sup3;/s</td></tr>
<tr><th>Status</th><td>Operational</td></tr>
</table>
<h3>Station notes</h3>
<ul>
<li>The station has been in operation since 1952.</li>
<li>The pressure sensor was replaced on 12 November 2024.</li>
<li>No data were transmitted from 3 to 5 January 2025 because of a modem fault.</li>
<li>A flood peak of 4.12 m was recorded on 27 February 2025, the highest since 2013.</li>
<li>The next calibration measurement is scheduled for 18 March.</li>
</ul>
<p class="foot">Values are provisional and updated every 15 minutes.</p>
</div>""",
        (
            expect("1952/..", "operation"),
            expect("2024-11-12", "sensor"),
            expect("2025-01-03/2025-01-05", "data"),
            expect("2025-02-27", "peak"),
            expect("2025-03-18", "calibration", planned=True),
        ),
    ),
    Text(
        "company-announcement-correction",
        "correction of a company announcement",
        date(2025, 11, 5),
        """CORRECTION: Halvorsen Marine ASA - Notice of extraordinary general meeting

Oslo, 5 November 2025 - Halvorsen Marine ASA corrects its stock exchange announcement
published on 4 November 2025. The extraordinary general meeting will be held on
9 December 2025, and not on 2 December 2025 as previously stated.

All other information remains unchanged. As announced, the company completed the
acquisition of Fjordkraft Offshore AS on 31 October 2025. The board will propose an extra
dividend of NOK 2.50 per share, to be paid on or about 16 December 2025.

The corrected notice is attached.

For further information: Kari Lunde, CFO, +47 900 55 123

This information is subject to the disclosure requirements of the Norwegian Securities
Trading Act.""",
        (
            expect("2025-11-04", "announce"),
            expect("2025-12-09", "meeting", planned=True),
            expect("2025-10-31", "acqui"),
            expect("2025-12-16~", "dividend", planned=True),
        ),
    ),
    Text(
        "clockmaker-family-history",
        "family history of a clockmaker",
        None,
        """The Brenner Clockmakers of Furtwangen

Johann Georg Brenner, the first clockmaker of the family, was born about 1731 on a farm
above Furtwangen in the Black Forest. In 1745 he was apprenticed to the clockmaker Matthias
Kirner in Schonach.

He married Anna Maria Dold on 12 May 1758 and opened his own workshop the following year in
the lower village. His wooden wall clocks with painted shields were carried to Alsace and
Holland by the travelling clock pedlars.

By 1795 the workshop had passed to his son Karl, who added brass wheels to the movements.
Johann Georg probably died in 1802; the parish register of that year is damaged.

The tower clock Karl built for the church of St. Cyriak still strikes every quarter hour.""",
        (
            expect("1731~", "born"),
            expect("1745", "apprentic"),
            expect("1758-05-12", "married"),
            expect("1759", "workshop"),
            expect("../1795", "karl"),
            expect("1802?", "died"),
        ),
    ),
)
