"""A sixty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (a sanctions wire story, a battery
factory's press release, a broadcasting regulator's ruling, a pilgrimage route's history, a
golf report, a biscuit maker's HTML history, a census mission summary, a flood warning, a
lambing diary, an economist's CV, a partnership agreement, a library closure notice, a street
theatre programme, an astronomy newsletter, a school roof tender, a submarine accident
factbox, a gas explosion report, a glacier status page, a parliamentary correction and a
blacksmith's family history), with invented organisations, people and facts. Facts whose date
a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYFOURTH_CORPUS",)

SIXTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire_sanctions_koval",
        "wire story with a dateline",
        date(2026, 3, 12),
        """BRUSSELS, March 12 (Meridian Wire) - European Union foreign ministers agreed on
Wednesday to freeze the assets of Koval Maritime, a tanker operator registered in the
Marshall Islands, and to bar its three directors from entering the bloc.

The decision follows a report by a panel of customs experts, delivered on February 20, which
found that Koval vessels had switched off their transponders on some 40 voyages. The company
has been on a United States blacklist since June 2024.

"This is the widest maritime listing since 2022," one diplomat said, asking not to be named.

The freeze will take effect on March 16, once the legal text is published in the Official
Journal. Ministers are scheduled to review the listing on September 14.

Koval said in a statement that it had sold its last two tankers by the end of January and
would challenge the decision at the General Court in Luxembourg.

(Reporting by Ana Ferreira; Editing by Piet Damen)""",
        (
            expect("2026-03-11", "freeze"),
            expect("2026-02-20", "report"),
            expect("2024-06/..", "blacklist"),
            expect("2026-03-16", "effect", planned=True),
            expect("2026-09-14", "review", planned=True),
            expect("../2026-01-31", "sold"),
        ),
    ),
    Text(
        "press_release_voltera_cells",
        "press release of a battery factory",
        None,
        """PRESS RELEASE

Voltera Cells breaks ground on its second cell plant in Ostrava

Ostrava, 4 May 2025 - Voltera Cells a.s. today laid the foundation stone of its second
lithium-iron-phosphate cell plant, an investment of EUR 1.2 billion and the largest in the
Moravian-Silesian Region since 1995.

Key facts
- Construction of the 60,000 m2 hall is scheduled to finish in October 2026.
- Series production is expected to start in March 2027, with 1,100 jobs at full output.
- The 48-hectare site was acquired around March 2021 from the former Karolina steelworks.

About Voltera Cells
Voltera was founded in 2019 as a spin-off of the Brno University of Technology. Its first
plant, in Kolin, opened on 17 September 2022. Voltera signed a supply contract with the bus
maker Tarra Mobility in 2023 and extended it in 2024 to cover Tarra's new articulated models.

"Today we move from pilot scale to industrial scale," said chief executive Lenka Horakova.

Media contact: Petr Sevcik, press@voltera-cells.example, +420 555 010 220
(c) 2025 Voltera Cells a.s. All rights reserved.""",
        (
            expect("2025-05-04", "foundation"),
            expect("2026-10", "construction", planned=True),
            expect("2027-03", "production", planned=True),
            expect("2021-03~", "site"),
            expect("2019", "found"),
            expect("2022-09-17", "open"),
            expect("2023", "contract"),
            expect("2024", "extend"),
        ),
    ),
    Text(
        "regulator_ruling_kestrel_fm",
        "ruling of a broadcasting regulator",
        None,
        """OFFICE OF BROADCAST STANDARDS
Broadcast Bulletin, Issue 482
Decision 2025/117 - Radio Kestrel FM (licensee: Kestrel Media Ltd)

1. Summary
The Office finds that Radio Kestrel FM breached Rule 5.2 (due impartiality) in its programme
"Morning Mile", broadcast on 14 April 2025, in which the presenter campaigned for one
candidate in the Harrowgate mayoral election.

2. Background
Kestrel Media Ltd was granted its community radio licence on 2 February 2018. The Office
received a complaint from a listener on 16 April 2025 and opened an investigation on or
about 5 May 2025. The licensee had already removed the programme from its catch-up service by
2 May 2025. It responded to the Office's preliminary view on 30 May.

3. Decision
"Morning Mile" is broadcast every weekday from 7am to 10am. The licensee accepted that the
segment was not balanced. This is its third breach of the Code since 2020.

The Office will review the licensee's compliance procedures in January 2026.

Adopted by the Standards Board on 9 October 2025.""",
        (
            expect("2025-04-14", "programme"),
            expect("2018-02-02", "licence"),
            expect("2025-04-16", "complaint"),
            expect("2025-05-05~", "investigat"),
            expect("../2025-05-02", "remov"),
            expect("2025-05-30", "respon"),
            expect("2026-01", "review", planned=True),
            expect("2025-10-09", "adopt"),
        ),
    ),
    Text(
        "encyclopedia_via_serena",
        "encyclopedia history of a pilgrimage route",
        None,
        """Via Serena

The Via Serena is a pilgrimage route of about 410 km between Lucca and the shrine of San
Teodoro at Montefalcone, crossing the Apennines by the Passo del Cerro.

History

The route is first recorded c. 1140, in a charter of the abbey of Sesto that names the
"strata Serena". A hospice for pilgrims was built at Passo del Cerro before 1230. Bishop
Arnolfo of Lucca granted an indulgence to its pilgrims in 1467, and the Confraternity of San
Teodoro was founded the following year to keep the hospices.

The route fell out of use in the early modern period. It was revived in 1998 by the
Associazione Via Serena, and waymarked between 2003 and 2006 with a yellow shell on a blue
ground. It has been listed as a European Cultural Route since 2015.

Pilgrims traditionally set out on the feast of Saint Theodore, 9 November.

See also
- Via Francigena
- Pilgrim hospices in Tuscany""",
        (
            expect("1140~", "record"),
            expect("../1230", "hospice"),
            expect("1467", "indulgence"),
            expect("1468", "confraternity"),
            expect("1998", "reviv"),
            expect("2003/2006", "waymark"),
            expect("2015/..", "cultural"),
        ),
    ),
    Text(
        "golf_baltic_open",
        "sports report on a golf open",
        date(2025, 7, 21),
        """GOLF | BALTIC OPEN

Lindqvist holds his nerve for first title in Riga

By Tom Harrow

RIGA - Sweden's Emil Lindqvist won the Baltic Open at Ozolkalns on Sunday, closing with a
bogey-free 66 for a 17-under-par total and a two-stroke victory over Marco Bellandi.

Lindqvist, 24, turned professional in 2021 and lost his tour card the following year. He had
led after a second-round 64 on Friday, then slipped back with a 71 in a third round that was
suspended on Saturday because of lightning.

Bellandi, the 54-hole leader, had a 75, his worst round since 2019.

"I told my caddie on the 15th tee not to look at the leaderboard," Lindqvist said.

The tournament has been held at Ozolkalns since 2016. Lindqvist is expected to play in the
Scottish Championship, which begins on 7 August.

Final scores: 271 Lindqvist (SWE); 273 Bellandi (ITA); 274 Ozols (LAT), Brandt (GER).""",
        (
            expect("2025-07-20", "won"),
            expect("2021", "professional"),
            expect("2022", "card"),
            expect("2025-07-18", "led"),
            expect("2025-07-19", "suspend"),
            expect("2016/..", "held"),
            expect("2025-08-07", "scottish", planned=True),
        ),
    ),
    Text(
        "company_history_pells_biscuits",
        "company history of a biscuit maker (HTML list)",
        None,
        """<div class="history">
<h2>Our story</h2>
<ul>
<li><b>1897</b> - Agnes Pell starts baking oat biscuits in the back kitchen of her
house in the Hilltown, Dundee.</li>
<li><b>c. 1910</b> - The first Pell's shop opens on the Nethergate.</li>
<li><b>1934</b> - The "Highland Round", still our best seller, is launched.</li>
<li><b>1 March 1952</b> - The new factory at Kingsway begins production.</li>
<li><b>1968 and 1974</b> - Two extensions double the Kingsway floor space.</li>
<li><b>Since 1991</b> - Pell's biscuits are exported to Canada.</li>
<li><b>Coming next</b> - The Kingsway bakery is scheduled to switch to electric ovens in
2027.</li>
</ul>
<p>Every Friday the factory shop sells broken biscuits by weight.</p>
</div>
<footer>(c) 2025 Pell's Biscuits Ltd - Baking in Dundee since 1897 - Privacy - Cookies</footer>""",
        (
            expect("1897", "bak"),
            expect("1910~", "shop"),
            expect("1934", "highland"),
            expect("1952-03-01", "factory"),
            expect("1968", "extension"),
            expect("1974", "extension"),
            expect("1991/..", "export"),
            expect("2027", "oven", planned=True),
        ),
    ),
    Text(
        "mission_summary_census_valdera",
        "mission summary of a census support team",
        None,
        """MISSION SUMMARY
Census Support Team CST-14 - Statistical Capacity Fund
Country: Province of Valdera, National Statistics Office (NSO)
Mission dates: 3-21 February 2025

Purpose
To support the NSO in the final preparations for the 2025 Population and Housing Census.

Findings
1. The NSO ran a pilot census from 10 to 14 March 2024 in two districts. Non-response in
   urban areas was about 9 per cent.
2. Recruitment of enumerators began on 6 January 2025. Mapping of the 4,212 enumeration areas
   was completed by 31 January, shortly before the team arrived.
3. The NSO has used tablets for data capture since 2021; about 1,500 devices need new
   batteries.

Next steps
- Enumeration is scheduled to run from 1 to 15 June 2025.
- Preliminary results are expected in September.

Team: R. Okafor (lead), M. Lindgren (cartography), S. Batbayar (IT)
Page 1 of 1""",
        (
            expect("2025-02-03/2025-02-21", "mission"),
            expect("2024-03-10/2024-03-14", "pilot"),
            expect("2025-01-06", "recruit"),
            expect("../2025-01-31", "mapping"),
            expect("2021/..", "tablet"),
            expect("2025-06-01/2025-06-15", "enumeration", planned=True),
            expect("2025-09", "results", planned=True),
        ),
    ),
    Text(
        "government_statement_sava_flood",
        "government statement on a flood warning",
        date(2026, 1, 14),
        """MINISTRY OF ENVIRONMENT AND WATER
Statement - Flood warning for the lower Sava basin
Issued: 14 January 2026, 09:30

The Ministry has raised the flood warning for the lower Sava from orange to red.

Heavy rain began on Saturday over the upper catchment, and the national crisis staff has
been in session since Sunday evening. Some 600 residents of the Lonja floodplain villages had
left their homes by Monday evening.

Yesterday the river at Jasenovac reached 7.4 m, the highest level since 2014. It is expected
to peak on Friday at around 8.9 m.

The embankment at Puska was reinforced in 2015 and 2019 and is being watched around the
clock. Residents should follow instructions from civil protection. Warning sirens are tested
at noon on the first Monday of each month; any other sounding is a real alarm.

Hotline: 112 | Updates: www.mzv.example/floods""",
        (
            expect("2026-01-10", "rain"),
            expect("2026-01-11/..", "crisis"),
            expect("../2026-01-12", "left"),
            expect("2026-01-13", "jasenovac"),
            expect("2026-01-16", "peak", planned=True),
            expect("2015", "embankment"),
            expect("2019", "embankment"),
        ),
    ),
    Text(
        "html_diary_hillend_lambing",
        "HTML diary of a sheep farmer at lambing",
        None,
        """<html><body>
<h1>Hillend lambing diary, spring 2025</h1>
<p class="intro">Tups went in on or about 1 November last year, a week later than usual.</p>
<h3>Sat 29 March 2025</h3>
<p>First lambs born at about 4am: twins to ewe 212, both up and sucking.</p>
<h3>Mon 31 March</h3>
<p>Vet (Ailsa) out for a prolapse on a Mule ewe. Marking and tagging every evening as usual.</p>
<h3>Thu 3 April</h3>
<p>Snow overnight, 10 cm in the top park. Lost a triplet. 61 lambs since Saturday.</p>
<h3>Tue 8 April</h3>
<p>Turned the first 40 ewes and lambs out to the low park. The rest are to go out on
Friday.</p>
<h3>Sun 13 April</h3>
<p>Last ewe lambed at teatime. 188 lambs from 104 ewes, the best since 2019.</p>
<p><a href="/diary/">Back to the diary</a></p>
</body></html>""",
        (
            expect("2024-11-01~", "tup"),
            expect("2025-03-29", "born"),
            expect("2025-03-31", "vet"),
            expect("2025-04-03", "snow"),
            expect("2025-04-08", "turn"),
            expect("2025-04-11", "rest", planned=True),
            expect("2025-04-13", "last"),
        ),
    ),
    Text(
        "cv_economist_maas_olsen",
        "curriculum vitae of an economist",
        None,
        """CURRICULUM VITAE

Dr Ingrid Maas-Olsen
Nordvik School of Economics, Department of Public Finance
ingrid.maas-olsen@nordvik.example

Born 12 June 1978 in Bergen, Norway

Employment
since 2019    Professor of Public Finance, Nordvik School of Economics
2012-2019     Senior Economist, Fiscal Policy Unit, Nordic Budget Institute
2008-2012     Postdoctoral Fellow, Centre for Tax Research, Uppsala

Education
2004-2008     PhD in Economics, Tilburg University

Honours
2016          Kessler Prize for research on fiscal councils

Forthcoming
- Fiscal Rules in Small Open Economies, Oxford University Press, to appear in 2026.

Languages: Norwegian, English, Dutch, German
References available on request. Last updated: March 2025""",
        (
            expect("1978-06-12", "born"),
            expect("2019/..", "professor"),
            expect("2012/2019", "economist"),
            expect("2008/2012", "postdoctoral"),
            expect("2004/2008", "phd"),
            expect("2016", "kessler"),
            expect("2026", "fiscal rules", planned=True),
        ),
    ),
    Text(
        "agreement_summary_harbourline",
        "partnership agreement summary",
        None,
        """SUMMARY OF PARTNERSHIP AGREEMENT

Parties: Harbourline Logistics Ltd ("Harbourline") and the Northquay Port Authority ("the
Authority")

1. Background
Harbourline first leased berth 4 at Northquay in 2017. The parties signed a memorandum of
understanding on a cold-chain hub around April 2024.

2. Signature and term
The agreement was signed in Gdansk on 22 August 2025 and enters into force on 1 October
2025. It expires on 30 September 2035 unless renewed.

3. Main obligations
- Harbourline will build and operate a cold-storage terminal of 24,000 pallet places. The
  terminal is scheduled to open in 2027.
- The Authority will dredge berths 4 and 5 to 12.5 m.
- A joint steering committee meets every quarter.

4. Governing law: the laws of Poland. Disputes go to arbitration in Warsaw.

This summary is not part of the agreement and has no legal force.""",
        (
            expect("2017", "lease"),
            expect("2024-04~", "memorandum"),
            expect("2025-08-22", "sign"),
            expect("2025-10-01", "force", planned=True),
            expect("2035-09-30", "expir", planned=True),
            expect("2027", "terminal", planned=True),
        ),
    ),
    Text(
        "notice_eastgate_library_closure",
        "library closure notice",
        date(2025, 11, 20),
        """NOTICE TO LIBRARY USERS

Eastgate Branch Library - temporary closure

Eastgate Library will close to the public on Saturday 29 November for the replacement of its
heating system and roof insulation. The council's budget committee approved the
GBP 1.4 million works on Tuesday, as part of its 2025/26 capital programme.

The library is expected to reopen on Monday 2 March 2026.

While Eastgate is closed:
- Books on loan can be returned to Central Library, which has stayed open until 8pm on
  weekdays since 3 November.
- Rhyme Time, every Wednesday at 10.30am, moves to Eastgate Community Hall.
- The home delivery service continues as normal.

The building, which opened in 1963, was last refurbished in about 1995.

We are sorry for any inconvenience. Questions: libraries@eastgate-council.example
Posted 20 November 2025""",
        (
            expect("2025-11-29", "close", planned=True),
            expect("2025-11-18", "approv"),
            expect("2026-03-02", "reopen", planned=True),
            expect("2025-11-03/..", "central"),
            expect("1963", "open"),
            expect("1995~", "refurbish"),
        ),
    ),
    Text(
        "festival_programme_kerbside",
        "street theatre festival programme",
        None,
        """KERBSIDE! Street Theatre Festival - Ghent 2025
Programme

Kerbside! was founded in 2009 by the Stoepkrijt collective. This year the festival runs from
11 to 14 September 2025 in the squares of the old town. All shows are free.

THURSDAY 11 SEPTEMBER
19:00  Opening parade, Vrijdagmarkt - Compagnie Louvoie and its six-metre puppets

FRIDAY 12 SEPTEMBER
21:00  "The Drowned Orchestra", Teatro Sbieco (Bologna), Korenmarkt. The show premiered in
       Bologna in 2023.

SATURDAY 13 SEPTEMBER
14:00  "Ladder Men", Duo Vertigo, Sint-Baafsplein - performed every hour until 18:00

Workshops for children take place each morning at the Kouter. Registration for workshops
closes on 5 September.

Kerbside! is supported by the City of Ghent. Programme subject to change.
www.kerbside.example | #kerbside2025""",
        (
            expect("2009", "found"),
            expect("2025-09-11/2025-09-14", "festival", planned=True),
            expect("2025-09-11", "parade", planned=True),
            expect("2025-09-12", "orchestra", planned=True),
            expect("2023", "premier"),
            expect("2025-09-13", "ladder", planned=True),
            expect("2025-09-05", "registration", planned=True),
        ),
    ),
    Text(
        "newsletter_wrexham_astronomy",
        "amateur astronomy society newsletter",
        date(2025, 10, 1),
        """THE EYEPIECE
Newsletter of the Wrexham & District Astronomical Society - October 2025

FROM THE CHAIR
Our September meeting on the 18th drew 43 members to hear Dr Siân Jarvis on variable stars.
The new 14-inch Dobsonian, bought in about July with a lottery grant, is now in the club
store and can be booked by members.

OBSERVING
The Draconid meteor shower is expected to peak on 8 October. Meetings are held on the third
Thursday of every month at Bwlch observatory, weather permitting.

MEMBER NEWS
Gareth Pryce's image of comet C/2025 K3 was published in a national magazine in August.

HISTORY CORNER
The society first met in 1958 in the back room of the Feathers Inn. Our founder, Dr Hilda
Roe, probably bought the Bwlch site in 1969, and the observatory was built between 1971 and
1973 by members.

Subscriptions: GBP 20 a year, GBP 10 concessions. Editor: Mair Owen.""",
        (
            expect("2025-09-18", "meeting"),
            expect("2025-07~", "dobsonian"),
            expect("2025-10-08", "draconid", planned=True),
            expect("2025-08", "image"),
            expect("1958", "met"),
            expect("1969?", "site"),
            expect("1971/1973", "observatory"),
        ),
    ),
    Text(
        "tender_notice_st_aidans_roof",
        "tender notice for a school roof",
        None,
        """CONTRACT NOTICE - WORKS

Contracting authority: Brackenfield Metropolitan Borough Council, Children's Services
Reference: BMBC/ED/2025/044
CPV code: 45261410 Roof insulation work

Title: Replacement of the flat roof, St Aidan's Primary School, Brackenfield

Description: Strip and replace about 1,850 m2 of built-up felt roofing with a warm-roof
single-ply system. The roof was installed in 1974 and patched in 2009 and 2016. Leaks into
two classrooms have been recorded since January 2024.

Estimated value: GBP 310,000 excluding VAT

Timetable
- Tender return date: 17 February 2025, 12:00.
- Works are scheduled to start on 21 July 2025, during the school summer holiday.

Conditions: contractors must hold Constructionline Gold or equivalent.

Date of dispatch of this notice: 20 January 2025""",
        (
            expect("1974", "install"),
            expect("2009", "patch"),
            expect("2016", "patch"),
            expect("2024-01/..", "leak"),
            expect("2025-02-17", "tender", planned=True),
            expect("2025-07-21", "works", planned=True),
        ),
    ),
    Text(
        "factbox_nerida_submersible",
        "factbox timeline of a submarine accident",
        date(2025, 6, 10),
        """FACTBOX-What we know about the loss of the research submersible Nerida

June 10 (Coastline News) - The three-person submersible Nerida was lost off the island of
Kythira last week. Here is a timeline of events:

* Tethys Deep, the Piraeus company that operated the Nerida, was founded around 2012. The
  vessel was built in 2016.
* May 20 - The hull was probably damaged during a test dive, the company's engineers said.
* June 2 - The Nerida lost contact with its support ship about 95 minutes into a dive.
* June 3 - The Hellenic Coast Guard launched a search with two ships and an aircraft.
* June 5 - A remotely operated vehicle found debris on the seabed at some 1,100 m.
* On Monday, the families of the crew asked for an independent inquiry.
* The Hellenic Maritime Accident Board is expected to publish its first findings in
  September.

(Compiled by Eleni Markou; Editing by Joe Barnes)""",
        (
            expect("2012~", "found"),
            expect("2016", "built"),
            expect("2025-05-20?", "damage"),
            expect("2025-06-02", "contact"),
            expect("2025-06-03", "search"),
            expect("2025-06-05", "debris"),
            expect("2025-06-09", "famil"),
            expect("2025-09", "findings", planned=True),
        ),
    ),
    Text(
        "investigation_report_linden_terrace",
        "investigation report on a gas explosion",
        None,
        """GAS SAFETY INVESTIGATION BRANCH
Investigation report IR-2025-07: Explosion at 14 Linden Terrace, Valemouth

1. Summary
At approximately 06:40 on 9 January 2025 an explosion destroyed the house at 14 Linden
Terrace and seriously injured one occupant.

2. Sequence of events
2.1 The steel service pipe to the house was laid in 1961.
2.2 The gas distributor, Wessmoor Networks, replaced the gas meter on 14 October 2024.
2.3 A neighbour reported a smell of gas on or about 6 January 2025, but no call was logged.
2.4 Corrosion had perforated the service pipe before 1 December 2024, according to the
    metallurgical examination.

3. Analysis
Steel service pipes of this type have been banned in new installations since 1977. The
distributor inspects its mains every five years.

4. Recommendations
Wessmoor Networks is to begin a survey of all steel service pipes in Valemouth in April 2025.

Page 3 of 28 | Crown copyright 2025""",
        (
            expect("2025-01-09", "explosion"),
            expect("1961", "laid"),
            expect("2024-10-14", "meter"),
            expect("2025-01-06~", "smell"),
            expect("../2024-12-01", "corrosion"),
            expect("1977/..", "banned"),
            expect("2025-04", "survey", planned=True),
        ),
    ),
    Text(
        "status_page_paludella_glacier",
        "glacier monitoring status page",
        date(2025, 9, 15),
        """<h1>Vadret da Paludella - monitoring network status</h1>
<p class="updated">Last updated: 15 September 2025, 07:10 CEST</p>
<table>
<tr><th>Station</th><th>Status</th><th>Since</th></tr>
<tr><td>PAL-1 (tongue, 2,410 m)</td><td>online</td><td>4 June 2025</td></tr>
<tr><td>PAL-2 (ablation stakes)</td><td>offline - battery</td><td>28 August 2025</td></tr>
<tr><td>PAL-3 (webcam)</td><td>online</td><td>-</td></tr>
</table>
<h2>Notes</h2>
<p>The measurement network was set up in 2008. Data are uploaded every 10 minutes.</p>
<p>The tongue retreated by 41 m between October 2023 and October 2024, the largest annual loss
since 2003.</p>
<p>The proglacial lake probably drained on 3 August 2025; the webcam images are not conclusive.</p>
<p>A field team will replace the PAL-2 battery on 22 September.</p>""",
        (
            expect("2025-06-04/..", "pal-1"),
            expect("2025-08-28/..", "pal-2"),
            expect("2008", "network"),
            expect("2023-10/2024-10", "retreat"),
            expect("2025-08-03?", "drain"),
            expect("2025-09-22", "battery", planned=True),
        ),
    ),
    Text(
        "correction_assembly_record",
        "correction of a parliamentary record",
        None,
        """HOUSE OF ASSEMBLY
OFFICIAL REPORT - CORRECTIONS
Vol. 218, No. 41

Water Services Bill - Second Reading

In the debate on the Water Services Bill on Tuesday 10 June 2025 (Col. 412), the Minister
for Infrastructure, Ms Odile Bastien, is recorded as saying that the Kerrow reservoir "was
completed in 1986". The reservoir was completed in 1968.

At Col. 419 the Member for Dunmore East is recorded as saying that the Kerrow pumping
station "has been closed since March". The station has been closed since 14 February 2025.
It was built around 1975.

The corrections were requested by the Minister's office on 16 June and by the Member on
18 June. The Official Report has been corrected accordingly.

The Bill is scheduled for its Third Reading on 8 July.

Clerk of the Assembly""",
        (
            expect("2025-06-10", "debate"),
            expect("1968", "reservoir"),
            expect("2025-02-14/..", "closed"),
            expect("1975~", "built"),
            expect("2025-06-16", "request"),
            expect("2025-06-18", "member"),
            expect("2025-07-08", "third reading", planned=True),
        ),
    ),
    Text(
        "family_history_halloran_smiths",
        "family history of a blacksmith",
        None,
        """The Hallorans of Ballykeel: a smith's family

Thomas Halloran was born in Ballykeel, County Down, probably in 1823; the baptism register
of the parish for those years is lost. He was apprenticed to his uncle's forge at Rathfriland
about 1837, and on 14 February 1848 he married Bridget Cassidy at St Mary's, Clonduff.

Thomas took over the Ballykeel forge in 1851. The 1864 valuation list describes "house,
forge and garden" there, and the family shod horses for most of the townland every spring
and autumn.

Their eldest son, Patrick, emigrated to Philadelphia in 1870, and the youngest, James,
followed him the following year. Thomas died on 2 March 1889 and is buried at Clonduff.

The forge has stood empty since 1962, but the anvil is kept by a great-grandson in Newry.

Sources: parish registers of Clonduff; valuation revision books; family letters.""",
        (
            expect("1823?", "born"),
            expect("1837~", "apprentic"),
            expect("1848-02-14", "married"),
            expect("1851", "forge"),
            expect("1870", "patrick"),
            expect("1871", "james"),
            expect("1889-03-02", "died"),
            expect("1962/..", "empty"),
        ),
    ),
)
