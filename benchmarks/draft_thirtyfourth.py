"""A thirty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a mining
strike, a power utility's press release, an appeals court opinion on defamation, an encyclopedia
history of a spa town, a rugby report, a watchmaker's milestones, a heritage mission summary, a
census statement, a ministry's HTML press list, an explorer's biography, a union strike
calendar, a humanitarian flash update, an auction lot with its provenance, a chairman's letter,
a podcast transcript, a university grant item, a regulator's consultation notice, a village
newsletter, a museum audio guide and an airline's schedule change notice). The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, "late
1970s", "next week") are left out of the expected events."""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYFOURTH_CORPUS",)


THIRTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ozyornaya_strike_wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """\
ZHEZKAZGAN, Kazakhstan, March 14 (Steppe Wire) - About 2,100 miners at the Ozyornaya copper
mine stayed off the job for a fourth day, and some 300 of them refused to come up from the
shafts on Thursday, the Miners' Union of Ulytau said.

The strike began on Tuesday after Tengri Metals, which bought the mine in 2012, rejected a
demand for a 25 percent wage rise. The company said it had offered 12 percent on March 6 and
called the stoppage illegal.

Miners have worked without a collective agreement since January 2024, union leader Aidar
Seitkali told reporters outside the pit gates. He said talks with management would resume on
Monday in Astana.

Daily output at Ozyornaya has fallen to its lowest level since 2016, according to a company
statement. The previous stoppage at the pit, in about October 2021, lasted 11 days and ended
with an 8 percent raise.

Shares in Tengri Metals fell 3.1 percent in Astana trading.

(Reporting by Dana Omarova; Editing by Mark Hollis)
""",
        (
            expect("2012", "tengri"),
            expect("2021-10~", "stoppage"),
            expect("2024-01/..", "agreement"),
            expect("2025-03-06", "offer"),
            expect("2025-03-11", "strike"),
            expect("2025-03-13", "shaft"),
            expect("2025-03-17", "talk", planned=True),
        ),
    ),
    Text(
        "brennvik_battery_press_release",
        "press release of a power utility",
        date(2025, 6, 2),
        """\
PRESS RELEASE

Vesterhav Energi brings Brennvik battery plant into operation

Bergen, 2 June 2025 – Vesterhav Energi ASA today put its 120 MW Brennvik battery storage plant
into commercial operation, the largest of its kind on the west coast of Norway.

The grid connection agreement with the transmission operator Fjordnett was signed on
14 February 2023, and construction started in September 2023. The plant will receive its
first capacity payment from the national reserve market on 1 July.

"Brennvik lets us store the surplus of our wind farms for the evening peak," said chief
executive Ingrid Solheim. A second unit of 200 MW at Kvalsund is scheduled to enter service in
October 2027.

About Vesterhav Energi
Vesterhav Energi was founded in 1921 by the municipalities of the Hordaland coast and today
supplies 310,000 customers. Its 2024 annual report is available at vesterhav.example.

Media contact: Kari Nes, press@vesterhav.example, +47 55 00 00 00
""",
        (
            expect("1921", "founded"),
            expect("2023-02-14", "connection"),
            expect("2023-09", "construction"),
            expect("2025-06-02", "operation"),
            expect("2025-07-01", "payment", planned=True),
            expect("2027-10", "kvalsund", planned=True),
        ),
    ),
    Text(
        "lindqvist_defamation_appeal",
        "court opinion of an appeals court on a defamation case",
        None,
        """\
IN THE COURT OF APPEAL FOR THE EASTERN DISTRICT
Civil Appeal No. 23-CA-0417

MARTA LINDQVIST, Appellant,
v.
HARBOUR COURIER PUBLISHING LTD., Respondent.

OPINION

HOLLOWAY, J.

Appellant Marta Lindqvist, a member of the Eastbridge town council, sued the Harbour Courier
over an article published on or about 5 May 2021. The article stated that she had accepted
payments from a developer before the council's zoning vote of 17 March 2020. The newspaper
possibly obtained the developer's ledger in April 2021; its reporter could not say when.

Lindqvist filed her complaint on 2 November 2021. The trial court granted summary judgment to
the Courier on 9 January 2023, holding that the statements were substantially true, and
Lindqvist filed her notice of appeal on February 6.

Under the rule of Harlow v. Benton (1998), a public official must show that the publisher knew
the statement was false or acted in reckless disregard of its truth. Appellant points to no
evidence of either. The ledger entries match the article in every material respect.

The judgment is affirmed.
""",
        (
            expect("2020-03-17", "zoning"),
            expect("2021-04?", "ledger"),
            expect("2021-05-05~", "article"),
            expect("2021-11-02", "complaint"),
            expect("2023-01-09", "summary judgment"),
            expect("2023-02-06", "appeal"),
        ),
    ),
    Text(
        "bad_quellstein_encyclopedia",
        "encyclopedia history of a spa town",
        None,
        """\
Bad Quellstein

Bad Quellstein is a spa town in the district of Hohenwald, known for its warm saline springs.
Population (2021 census): 8,904.

History

A thermal spring at the site is first recorded c. 1150, in a charter of the abbey of
Marienrode. The settlement received market rights in 1387. The first public bathhouse opened
in 1702, and the Kurhaus followed in 1749. The railway reached the town in 1871, and the
following year the town was granted the title "Bad".

During both world wars the spa buildings served as military hospitals. Since 1994 the spa has
been run by a municipal company, Quellstein Kur GmbH, which also manages the park and the
theatre. In 2019 the town recorded 212,000 overnight stays, the highest figure since 1913.

See also
List of spa towns in Germany
""",
        (
            expect("1150~", "spring"),
            expect("1387", "market"),
            expect("1702", "bathhouse"),
            expect("1749", "kurhaus"),
            expect("1871", "railway"),
            expect("1872", "title"),
            expect("1994/..", "municipal"),
            expect("2019", "overnight"),
        ),
    ),
    Text(
        "hawks_ridgeway_rugby",
        "sports report on a rugby match",
        date(2025, 2, 9),
        """\
RUGBY UNION | PREMIER DIVISION

Hawks hold off Ridgeway to climb to third

Harbour Hawks 27 Ridgeway 19

By Sam Pritchard

The Harbour Hawks beat Ridgeway 27-19 at Kingsmead on Saturday, their first home win over the
west-country side since 2017, to move up to third in the table.

Fly-half Tom Arnell, back after injuring his knee on 14 December, kicked 12 points and made
the second of the Hawks' three tries. Arnell, who made his debut for the Hawks in 2019, said
the pack had "won the game in the last twenty minutes".

Ridgeway flanker Joe Maddox was sent off in the 61st minute for a high tackle; his
disciplinary hearing is expected on Wednesday.

The clubs first met in about 1895, and the fixture still draws the biggest crowd of the
season. The Hawks will travel to Castleford on Friday 14 February.
""",
        (
            expect("1895~", "met"),
            expect("2019", "debut"),
            expect("2024-12-14", "knee"),
            expect("2025-02-08", "ridgeway"),
            expect("2025-02-12", "hearing", planned=True),
            expect("2025-02-14", "castleford", planned=True),
        ),
    ),
    Text(
        "maison_verdier_milestones",
        "company history of a watchmaker (milestones list)",
        None,
        """\
Maison Verdier – Our history

For almost two centuries, every Verdier movement has been assembled and regulated by hand in
the valley of Saint-Imier.

Milestones

• 1838 – Auguste Verdier opens his first workshop in Saint-Imier.
• 1890 – The firm moves into the new factory on the Rue des Jonchères.
• 1914–1918 – The workshops make fuses for the Swiss army.
• 1969, 1972 and 1975 – Verdier chronometers win first prize at the Neuchâtel Observatory
  trials.
• Since 2008 – Part of the Lémanic Horlogerie group.
• 2026 – A new manufacture in Villeret is scheduled to open.

Discover our collections
""",
        (
            expect("1838", "workshop"),
            expect("1890", "factory"),
            expect("1914/1918", "fuse"),
            expect("1969", "prize"),
            expect("1972", "prize"),
            expect("1975", "prize"),
            expect("2008/..", "group"),
            expect("2026", "villeret", planned=True),
        ),
    ),
    Text(
        "ghadira_minaret_mission",
        "mission summary of a cultural-heritage mission",
        None,
        """\
ADVISORY MISSION SUMMARY
Old Town of Ghadira – Emergency assessment of the Great Minaret
Report ref. AM-GH-11

Background
The old town of Ghadira was inscribed on the national heritage list in 1987. The first cracks
in the shaft of the Great Minaret probably appeared in March 2023, after a series of tremors.
The upper third of the minaret collapsed on 22 August 2024; emergency shoring of the remaining
structure had been completed by 15 September.

Mission
A two-expert mission visited Ghadira from 3 to 9 October 2024 at the invitation of the
Department of Antiquities. The experts inspected the shoring, the stored fallen masonry and the
adjoining houses, and met the mosque committee.

Recommendations
- Record and number every fallen stone before any removal.
- Do not begin rebuilding before full documentation is complete.
- The Department will submit a revised conservation plan on 1 February 2025.
""",
        (
            expect("1987", "inscribed"),
            expect("2023-03?", "crack"),
            expect("2024-08-22", "collapse"),
            expect("../2024-09-15", "shoring"),
            expect("2024-10-03/2024-10-09", "mission"),
            expect("2025-02-01", "conservation", planned=True),
        ),
    ),
    Text(
        "census_provisional_statement",
        "government statement on a census",
        date(2025, 11, 20),
        """\
GOVERNMENT STATEMENT

Statement by the Minister of Economy on the provisional results of the 2025 Population and
Housing Census

20 November 2025

The National Statistics Office yesterday published the provisional results of the census.
Enumerators visited every household from 1 to 30 September 2025, after the field staff had
completed their training by 25 August. The resident population stood at 6.21 million, up 2.4%
on the previous census, held in 2015, the slowest growth since the 1961 census.

The census law was adopted by Parliament on 12 April 2023. Since 2019 the Office has kept a
central population register, which made it possible to check the count against administrative
records for the first time.

Final results, including the tables by municipality, will be released in March 2026. The
Government thanks the 11,000 enumerators and every household that took part.
""",
        (
            expect("2015", "census"),
            expect("2019/..", "register"),
            expect("2023-04-12", "law"),
            expect("../2025-08-25", "training"),
            expect("2025-09-01/2025-09-30", "enumerat"),
            expect("2025-11-19", "provisional"),
            expect("2026-03", "final", planned=True),
        ),
    ),
    Text(
        "transport_ministry_press_list",
        "HTML page of a ministry with a press list and dates",
        None,
        """\
<!DOCTYPE html>
<html lang="en">
<head><title>Press releases – Ministry of Transport</title></head>
<body>
<nav><a href="/">Home</a> › <a href="/press">Press</a></nav>
<h1>Press releases</h1>
<ul class="press-list">
  <li><time datetime="2025-04-28">28 April 2025</time> –
    <a href="/press/0428">Minister opens the Dunmore bypass</a></li>
  <li><time datetime="2025-04-15">15 April 2025</time> –
    <a href="/press/0415">Tender launched for Kilbarry line electrification</a></li>
  <li><time datetime="2025-04-02">2 April 2025</time> –
    <a href="/press/0402">Road deaths in first quarter lowest since 2009</a></li>
  <li><time datetime="2025-03-20">20 March 2025</time> –
    <a href="/press/0320">Consultation opens on the new rail timetable</a></li>
</ul>
<section class="featured">
  <h2>Dunmore bypass</h2>
  <p>The 9 km bypass was approved in 2019 and construction began around June 2021. It takes
  12,000 vehicles a day out of the town centre. The electrification of the Kilbarry line is
  expected to be completed in 2029.</p>
</section>
<footer>Last updated: 30 April 2025 · © Ministry of Transport</footer>
</body>
</html>
""",
        (
            expect("2019", "approved"),
            expect("2021-06~", "construction"),
            expect("2025-03-20", "consultation"),
            expect("2025-04-02", "road death"),
            expect("2025-04-15", "tender"),
            expect("2025-04-28", "bypass"),
            expect("2029", "electrification", planned=True),
        ),
    ),
    Text(
        "whitcombe_explorer_biography",
        "biography of an explorer",
        None,
        """\
WHITCOMBE, Eleanor Mary (1862–1931), explorer and travel writer

Eleanor Whitcombe was born in Whitby on 4 March 1862, the daughter of a shipowner, and was
taught navigation by her father's captains. In 1889 she crossed the Atacama desert on
mule-back with two Chilean guides, a journey she described in her first book.

She left Valparaíso on or about 10 November 1893 for Tierra del Fuego, and probably reached the
Beagle Channel in January 1894, though her diary for those weeks is lost. Her maps of the
western channels were used by the Admiralty for thirty years.

She met the geologist Henry Pell at the Royal Geographical Society in 1897 and married him the
following year. From 1905 onwards she lived in Madeira, where she wrote three more books and
kept a meteorological record of the island. She died in Funchal on 2 August 1931.
""",
        (
            expect("1862-03-04", "born"),
            expect("1889", "atacama"),
            expect("1893-11-10~", "valpara"),
            expect("1894-01?", "beagle"),
            expect("1897", "pell"),
            expect("1898", "marri"),
            expect("1905/..", "madeira"),
            expect("1931-08-02", "funchal"),
        ),
    ),
    Text(
        "metrolink_strike_calendar",
        "trade union strike calendar notice",
        date(2025, 1, 20),
        """\
UNITED TRANSPORT WORKERS' UNION
Metrolink Branch 14

STRIKE CALENDAR – NOTICE TO MEMBERS
Issued 20 January 2025

Colleagues,

The result of the industrial action ballot was announced on 13 January: 82% voted for strikes
on a turnout of 71%. Pay talks with Metrolink have been deadlocked since October 2024, and the
company has been asked to table a new offer no later than 31 January.

Unless an acceptable offer is made, members will take the following action:

  DATE                              ACTION
  Monday 3 February                 24-hour strike, all depots
  Wednesday 12 – Friday 14 February Overtime ban
  Saturday 22 February              24-hour strike, all depots

Picket lines will be staffed from 05:00 on each strike day. Branch meetings continue every
Thursday at the Eastgate club. The last strike at Metrolink, on 9 June 2022, closed all three
depots.

In solidarity,
Dave Kerrigan, Branch Secretary
""",
        (
            expect("2022-06-09", "strike"),
            expect("2024-10/..", "deadlock"),
            expect("2025-01-13", "ballot"),
            expect("../2025-01-31", "offer"),
            expect("2025-02-03", "strike", planned=True),
            expect("2025-02-12/2025-02-14", "overtime", planned=True),
            expect("2025-02-22", "strike", planned=True),
        ),
    ),
    Text(
        "upper_sarai_flood_flash_update",
        "humanitarian flash update",
        date(2025, 8, 7),
        """\
FLASH UPDATE No. 3
Upper Sarai Province: Floods
7 August 2025

HIGHLIGHTS
• Heavy rain has fallen on the upper Sarai valley since 1 August.
• The Kundar dam overflowed on the night of 4 August, flooding 37 villages downstream.
• Some 18,000 people are displaced; nine deaths have been confirmed.

SITUATION OVERVIEW
On Tuesday the provincial government declared a state of emergency in four districts and
requested international assistance. A first convoy of 12 trucks with food and shelter kits
reached Mirpur yesterday. Roads to Kalat remain cut. The area was last hit by floods of this
scale in about 2010.

RESPONSE
A joint multi-sector needs assessment is scheduled to start on 9 August. Partners report
shortages of water purification tablets and of tarpaulins.

For further information: Sarai Humanitarian Coordination Cell, info@sarai-hcc.example
""",
        (
            expect("2010~", "flood"),
            expect("2025-08-01/..", "rain"),
            expect("2025-08-04", "dam"),
            expect("2025-08-05", "emergency"),
            expect("2025-08-06", "convoy"),
            expect("2025-08-09", "assessment", planned=True),
        ),
    ),
    Text(
        "carrow_inkstand_lot",
        "auction catalogue lot with provenance",
        None,
        """\
Lot 212

A GEORGE III SILVER-GILT TRAVELLING INKSTAND
John Parr, London

Of rectangular form, the hinged cover enclosing two cut-glass bottles and a pounce pot, the
cover engraved with the arms of Carrow. 24 cm wide; 1,120 g.

£8,000–12,000

PROVENANCE
Made in 1774 for Sir Edmund Carrow, 3rd Baronet, and by descent at Harwell Park, Berkshire;
The Harwell Park sale, Dunmore & Pike, 14 May 1921, lot 88;
Acquired by Mrs Agnes Fellowes before 1938;
Lent by her to the Victoria Gallery, Bath, from 1952 to 1960;
Private collection, Switzerland, since 1987.

EXHIBITED
Bath, Assembly Rooms, Georgian Silver, 1930, no. 41.

The Carrow arms were granted with the baronetcy; the inkstand is the only piece of the family
plate known to survive.
""",
        (
            expect("1774", "made"),
            expect("1921-05-14", "sale"),
            expect("1930", "georgian"),
            expect("../1938", "fellowes"),
            expect("1952/1960", "lent"),
            expect("1987/..", "switzerland"),
        ),
    ),
    Text(
        "nordkraft_chairmans_letter",
        "annual report chairman's letter",
        None,
        """\
Letter from the Chairman

Dear Shareholders,

2024 was a year in which Nordkraft Pack grew faster than its markets. Net sales rose 9% to
SEK 6.8 billion, our strongest growth since 2011, and the operating margin held at 11.2%.

In May we completed the acquisition of Holmsund Packaging, which adds two corrugating plants in
northern Sweden. On 1 October, Karin Ode succeeded Lars Bengtsson as President and CEO; the
Board thanks Lars for eleven years of steady leadership.

Our founder, Erik Nordin, opened the first box factory in Sundsvall in 1923, and we have been
listed on Nasdaq Stockholm since 1996. That long view guides our investments.

Looking ahead, the new containerboard mill in Gävle is expected to start production in 2026.
The Board proposes a dividend of SEK 4.20 per share, to be paid on or about 8 May 2025.

Thank you for your continued trust.

Gunnar Wikström
Chairman of the Board
""",
        (
            expect("1923", "factory"),
            expect("1996/..", "listed"),
            expect("2024-05", "holmsund"),
            expect("2024-10-01", "ode"),
            expect("2025-05-08~", "dividend", planned=True),
            expect("2026", "gävle", planned=True),
        ),
    ),
    Text(
        "punta_serra_podcast",
        "podcast transcript excerpt",
        date(2025, 10, 15),
        """\
THE COASTLINE PODCAST – Episode 84: "The keepers of Punta Serra"
Transcript, lightly edited

[00:12:31] NADIA FERRO: So, Paolo, when was the lighthouse actually lit for the first time?

[00:12:36] PAOLO RUGGERI: On the 1st of December 1867. We have the keeper's logbook for that
night. Then in roughly 1910 they converted the lamp to acetylene, which was a big deal out
there.

[00:13:02] NADIA FERRO: And people lived on the rock until...?

[00:13:05] PAOLO RUGGERI: The last keeper, Gino Basile, left on 30 June 1986, and the light was
automated the following day. When I wrote my book about him, in 2021, he was still alive.

[00:13:40] NADIA FERRO: And your association runs the place now.

[00:13:42] PAOLO RUGGERI: We've held the lease since March 2019. Every Sunday we take a group up
the tower, and we're reopening the keeper's house to visitors on Saturday, after two years of
work.
""",
        (
            expect("1867-12-01", "lit"),
            expect("1910~", "acetylene"),
            expect("1986-06-30", "basile"),
            expect("1986-07-01", "automat"),
            expect("2019-03/..", "lease"),
            expect("2021", "book"),
            expect("2025-10-18", "reopen", planned=True),
        ),
    ),
    Text(
        "holderby_cliffs_grant",
        "university news item on a grant",
        date(2025, 5, 21),
        """\
News › Faculty of Science

£4.2m grant to study the retreat of the Holderby cliffs

21 May 2025

A team led by Professor Amina Okafor of the School of Earth Sciences has been awarded
£4.2 million by the Coastal Futures Trust, the largest grant the faculty has received since
2008. The award was announced on Monday at a ceremony in London.

The five-year project will run from 1 September 2025 to 31 August 2030 and will combine drone
surveys with sensors buried in the cliff face.

Professor Okafor, who joined Eastmoor in 2012, has monitored the cliffs for almost a decade.
Her team's first survey, in about 2016, found that some sections were losing two metres a year.
The team's application was submitted by the deadline of 30 November 2024. A field station at
Holderby is expected to open in spring 2026.

The Coastal Futures Trust was set up in 2009 by a group of North Sea ports.

Media enquiries: press@eastmoor.example
""",
        (
            expect("2009", "trust"),
            expect("2012", "join"),
            expect("2016~", "survey"),
            expect("../2024-11-30", "application"),
            expect("2025-05-19", "announc"),
            expect("2025-09-01/2030-08-31", "project", planned=True),
        ),
    ),
    Text(
        "leakage_consultation_notice",
        "regulator consultation notice with deadlines",
        date(2025, 3, 3),
        """\
WATER SERVICES REGULATION AUTHORITY
Consultation notice CN-04
Published: 3 March 2025

Proposed changes to the reporting of leakage

1. The Authority invites comments on its proposal to change how water companies measure and
report leakage. The current methodology was introduced on 1 April 2018; a discussion paper on
its shortcomings was published on 14 October 2024.

2. A stakeholder workshop will be held in Leeds on 19 March 2025.

3. Deadlines
   - Written responses must be received no later than 5 pm on 28 April 2025.
   - Companies must submit trial returns under the new method before 30 September 2025.

4. The new rules are to take effect on 1 April 2026. Leakage will continue to be reported every
quarter, as under the 2019 price review.

Responses should be sent to leakage.consultation@wsra.example.
""",
        (
            expect("2018-04-01", "methodology"),
            expect("2024-10-14", "discussion"),
            expect("2025-03-19", "workshop", planned=True),
            expect("../2025-04-28", "response"),
            expect("../2025-09-30", "trial"),
            expect("2026-04-01", "rule", planned=True),
        ),
    ),
    Text(
        "thornby_crier_newsletter",
        "village newsletter",
        date(2025, 10, 1),
        """\
THE THORNBY CRIER
Village newsletter · Issue 212 · October 2025

CHURCH ROOF APPEAL – TARGET REACHED!
Thank you all! The appeal reached its £30,000 target on 12 September, helped by a last-minute
gift from the Parish Lands Charity. Scaffolding will go up on Monday 3 November, and the
roofers hope to finish in the new year.

HARVEST SUPPER
Sixty-two of us sat down in the village hall on Saturday 27 September, and the supper raised
£640 for the hall fund. The hall itself was built in 1934 by public subscription, and its
floor is overdue for sanding.

BUSES
The 47 has not stopped at Thornby Green since 1 August because of the bridge works. Please
write to the county council if this affects you.

DIARY
Coffee morning – every Wednesday, 10 am, village hall
Bonfire and fireworks – will be held on Wednesday 5 November, from 6 pm, Glebe Field
""",
        (
            expect("1934", "built"),
            expect("2025-08-01/..", "47"),
            expect("2025-09-12", "target"),
            expect("2025-09-27", "harvest"),
            expect("2025-11-03", "scaffold", planned=True),
            expect("2025-11-05", "bonfire", planned=True),
        ),
    ),
    Text(
        "amberley_tapestry_audio_guide",
        "museum audio-guide text",
        None,
        """\
Stop 14 · The Amberley Tapestry
[Audio track 14 · 2 min 40 s]

Welcome to the Great Hall. In front of you hangs the Amberley Tapestry, showing the hunt of the
unicorn. It was woven in Brussels around 1540, in wool, silk and gilt thread.

The Earl of Amberley bought it in 1623 for his new long gallery. Now look at the lower left
corner: the brown scorch marks come from the fire of 9 March 1811, when servants cut the
tapestry from the wall and carried it out of the burning house.

The museum acquired it in 1957. Conservators spent from 2014 to 2017 cleaning and re-lining
it, and it has been on display in this hall since 2018. If you step closer, you can see where
the new stitching meets the old.

Guided tours of the hall run every Sunday at 11 am. Press 15 to continue to the armour room.
""",
        (
            expect("1540~", "woven"),
            expect("1623", "bought"),
            expect("1811-03-09", "fire"),
            expect("1957", "acquired"),
            expect("2014/2017", "conserv"),
            expect("2018/..", "display"),
        ),
    ),
    Text(
        "northwind_schedule_change",
        "airline schedule change notice",
        date(2025, 9, 10),
        """\
NORTHWIND AIR
Schedule change notice
Sent: 10 September 2025
Booking reference: KQ7HZD

Dear Ms Larsen,

We are writing to let you know that the timetable of your flight has changed. From
26 October 2025 onwards, flight NW 482 from Bergen to Aberdeen will depart at 07:40 instead of
06:55.

Your new itinerary:
  Flight   Date              From       To         Departs  Arrives
  NW 482   Tue 4 Nov 2025    Bergen     Aberdeen   07:40    08:25
  NW 487   Sun 9 Nov 2025    Aberdeen   Bergen     18:10    20:50

The change follows runway works at Aberdeen airport, which are to run from 3 November to
14 December 2025. We first announced the new winter timetable on 2 July.

If the new time does not suit you, you can rebook or cancel free of charge no later than
20 October 2025 at northwind.example/manage.

Our Bergen–Aberdeen route, opened in 2003, had its best on-time record since 2015 this year.

Kind regards,
Northwind Air Customer Service
""",
        (
            expect("2003", "route"),
            expect("2025-07-02", "announc"),
            expect("../2025-10-20", "rebook"),
            expect("2025-10-26/..", "depart", planned=True),
            expect("2025-11-03/2025-12-14", "runway", planned=True),
            expect("2025-11-04", "482", planned=True),
            expect("2025-11-09", "487", planned=True),
        ),
    ),
)
