"""A thirty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new texts in twenty styles (a wire story, a
biotech press release, a planning appeal judgment, a canal history, a cycling report, a
porcelain maker's history, a veterinary mission summary, a heatwave statement, a theatre's
HTML season page, an obituary, council minutes, an NGO report, a call for papers, an
embassy notice, a student's diary, an architect's interview, firmware release notes, an
explainer with key dates, a parliamentary answer and a regional news digest). The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYFIFTH_CORPUS",)


THIRTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire_derailment_bizovac",
        "wire story",
        date(2025, 3, 14),
        """OSIJEK, Croatia, March 14 (Panon Wire) - A regional passenger train derailed near the
village of Bizovac on Wednesday evening, injuring 23 people, two of them seriously, the
operator Slavonska Pruga said.

The four-carriage train had left Osijek at 18:40 and came off the tracks on a curve that
had been inspected on February 3, spokesman Zeljko Maric told reporters. The carriages were
built in about 1978 and had been due for replacement.

Trains on the single-track line have been limited to 60 km/h since October 2023 because of
worn sleepers. It was the worst accident on the route since 2011.

The line is scheduled to reopen on March 24, Maric said. The national rail safety agency
will publish a preliminary report no later than April 30.

(Reporting by Ana Kovac; editing by Tomislav Juric)
""",
        (
            expect("2025-03-12", "derail"),
            expect("2025-02-03", "inspect"),
            expect("1978~", "built"),
            expect("2023-10/..", "limit"),
            expect("2025-03-24", "reopen", planned=True),
            expect("../2025-04-30", "report", planned=True),
        ),
    ),
    Text(
        "press_release_helixora",
        "press release",
        None,
        """Helixora Therapeutics Closes EUR 42 Million Series A Financing

LEIDEN, the Netherlands, 9 September 2025 -- Helixora Therapeutics B.V., a start-up
developing RNA medicines for rare liver diseases, announced that it closed a EUR 42 million
Series A financing on 4 September, led by Noordzee Ventures with participation from
existing investors.

Helixora was founded in 2021 as a spin-out of the Leiden Centre for Hepatology and moved
into its first laboratory in June 2022. The company has collaborated with the Leiden
University Medical Centre since 2022. Its lead candidate, HLX-101, entered a Phase 1 trial
in March 2024; the trial is the largest of its kind in Europe since 2019.

The proceeds will fund a Phase 2 study, which is expected to begin in January 2027, and a
new 1,800 square metre laboratory in the Leiden Bio Science Park, scheduled to open on
1 March 2026.

"This round gives us the runway to reach patients," said chief executive Marloes de Vries.

About Helixora Therapeutics
Helixora Therapeutics develops RNA-based treatments for inherited metabolic liver disorders.

Media contact: press@helixora.example
""",
        (
            expect("2025-09-04", "series"),
            expect("2021", "found"),
            expect("2022-06", "laborator"),
            expect("2022/..", "collaborat"),
            expect("2024-03", "phase 1"),
            expect("2027-01", "phase 2", planned=True),
            expect("2026-03-01", "open", planned=True),
        ),
    ),
    Text(
        "court_opinion_kellow_quarry",
        "court opinion",
        None,
        """IN THE SUPREME COURT
Appeal No. PA 17/2023

KELLOW QUARRY HOLDINGS LIMITED (Appellant)
v
DUNMORE DISTRICT COUNCIL (Respondent)

JUDGMENT

LADY JUSTICE HALLORAN:

1. Limestone has been quarried at Kellow Hill since 1962. On 14 July 2019 the appellant
applied for planning permission to extend the quarry by twelve hectares. Its ecological
survey of the extension area had been carried out on or about 20 May 2019.

2. The council refused permission on 2 December 2019. An inspector appointed by the
minister allowed the appellant's appeal in a decision letter dated 9 November 2020.

3. The council's challenge to that decision was dismissed by the High Court on 3 May 2021,
but the Court of Appeal allowed the council's appeal and quashed the inspector's decision
on 27 January 2022.

4. The question before this Court is whether the inspector was entitled to give limited
weight to policy ENV4 of the 2015 Local Plan. For the reasons that follow, I would dismiss
the appeal.
""",
        (
            expect("1962/..", "quarr"),
            expect("2019-07-14", "appl"),
            expect("2019-05-20~", "survey"),
            expect("2019-12-02", "refus"),
            expect("2020-11-09", "allow"),
            expect("2021-05-03", "dismiss"),
            expect("2022-01-27", "quash"),
        ),
    ),
    Text(
        "encyclopedia_elsterberg_canal",
        "encyclopedia history",
        None,
        """Elsterberg Canal

The Elsterberg Canal (German: Elsterberg-Kanal) is a 38-kilometre canal in Saxony, Germany,
linking the White Elster at Elsterberg with the Pleisse valley.

History
Plans for a canal to carry timber and lime from the Vogtland were first drawn up around
1780. Construction began in 1791 under the engineer Johann Roeder, and the canal opened to
traffic on 12 October 1799. The anniversary of the opening is marked every October with a
parade of decorated boats.

Competition from the railways reduced traffic through the nineteenth century, and the
upper sections were closed in 1903, 1911 and 1924. The remaining waterway has been a
protected monument since 1979.

Restoration of the eleven-lock Hainau flight is planned to be completed in 2027.

See also: List of canals in Germany
""",
        (
            expect("1780~", "plan"),
            expect("1791", "construct"),
            expect("1799-10-12", "open"),
            expect("1903", "clos"),
            expect("1911", "clos"),
            expect("1924", "clos"),
            expect("1979/..", "protect"),
            expect("2027", "restor", planned=True),
        ),
    ),
    Text(
        "sports_scheldeland_classic",
        "sports report",
        date(2025, 4, 14),
        """Verbeke finally wins the Scheldeland classic in two-up sprint

By Pieter Aerts | 14 April 2025

OUDENAARDE - Jonas Verbeke won the 87th Ronde van het Scheldeland yesterday, beating the
Dane Mikkel Holm by half a wheel after the pair had broken away on the Kapelmuur with
18 kilometres to go. The margin was the smallest on the finishing line since 1998.

Verbeke, who turned professional in 2019, had finished second in 2021, 2022 and 2023. He
crashed heavily in the Tour of Flanders on 6 April and needed stitches in his elbow.

"I didn't know if I could race this week," he said. The race is held every year on the
second Sunday of April.

Verbeke will lead his team at the Limburg Hills Classic on Sunday.
""",
        (
            expect("2025-04-13", "scheldeland"),
            expect("2019", "professional"),
            expect("2021", "second"),
            expect("2022", "second"),
            expect("2023", "second"),
            expect("2025-04-06", "crash"),
            expect("2025-04-20", "limburg", planned=True),
        ),
    ),
    Text(
        "company_history_lindwerder",
        "company history",
        None,
        """Our History | Porzellanmanufaktur Lindwerder

c. 1746 - The potter Gottlieb Hanisch begins experimenting with kaolin from the
Lindwerder hills.

1752 - The Elector grants Hanisch a privilege to make porcelain, the founding document of
the manufactory.

1789 - The manufactory moves to the former hunting lodge at Seeburg.

The Seeburg Rose pattern, still our best-selling service, was probably introduced in 1805.

1921 - The manufactory is converted into a joint-stock company; the following year it opens
its first shop in Berlin.

Since 1994 the company has been owned by the Hanisch-Lenz family foundation.

A new porcelain museum at Seeburg is scheduled to open on 15 May 2026.

Every piece is still painted by hand in our Seeburg workshops.

(c) 2025 Porzellanmanufaktur Lindwerder GmbH | Imprint | Privacy
""",
        (
            expect("1746~", "kaolin"),
            expect("1752", "privilege"),
            expect("1789", "move"),
            expect("1805?", "rose"),
            expect("1921", "stock"),
            expect("1922", "shop"),
            expect("1994/..", "own"),
            expect("2026-05-15", "museum", planned=True),
        ),
    ),
    Text(
        "mission_summary_khovd",
        "mission summary",
        None,
        """MISSION SUMMARY - VAB-MN-2024-03
Organisation: Vets Across Borders
Mission: Emergency vaccination support, Khovd Province, Mongolia
Team: six veterinarians, two cold-chain technicians

Background: An outbreak of sheep pox was reported in Erdeneburen district on or about
20 April 2024. Livestock movement in the province has been restricted since 22 April.

Activities:
- The team arrived in Khovd on 8 May and set up a cold-chain base at the provincial
  veterinary office.
- From 11 to 24 May, four mobile teams vaccinated roughly 41,000 sheep and goats.
- Tissue samples were sent to the national laboratory in Ulaanbaatar on 16 May.
- The team departed on 27 May, leaving vaccine stocks with the district services.

Vaccination coverage reached 92 per cent, the highest in the province since the 2010 dzud.

Next steps: A follow-up visit is planned for 9 September 2024.
""",
        (
            expect("2024-04-20~", "outbreak"),
            expect("2024-04-22/..", "restrict"),
            expect("2024-05-08", "arriv"),
            expect("2024-05-11/2024-05-24", "vaccinat"),
            expect("2024-05-16", "sample"),
            expect("2024-05-27", "depart"),
            expect("2024-09-09", "visit", planned=True),
        ),
    ),
    Text(
        "government_statement_heatwave",
        "government statement",
        date(2025, 7, 16),
        """National Directorate for Public Health
Statement on the heatwave

Budapest, 16 July 2025

A red heat alert has been in force in eleven counties since Sunday. On Monday the
temperature reached 41.2 degrees Celsius in Szeged, the highest reading since 2007.

Under the national heat action plan, adopted on 2 June 2023, employers must end heavy
outdoor work by 11:00 each day while the alert lasts.

The government will open 120 public cooling centres on Thursday. A ban on watering gardens
from the public supply in Pest county will take effect on 18 July.

The meteorological service expects the heatwave to end around 22 July.

Residents are asked to check on elderly neighbours, drink water regularly and call 112 in
an emergency.
""",
        (
            expect("2025-07-13/..", "alert"),
            expect("2025-07-14", "temperature"),
            expect("2023-06-02", "plan"),
            expect("2025-07-17", "cooling", planned=True),
            expect("2025-07-18", "ban", planned=True),
            expect("2025-07-22~", "end", planned=True),
        ),
    ),
    Text(
        "html_teatro_novo_archive",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Season archive 2023/24 | Teatro Novo Aveiro</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/tickets">Tickets</a> | <a href="/archive">Archive</a></nav>
<h1>Season archive 2023/24</h1>
<p>Teatro Novo, founded in 1926, presented these productions in its 2023/24 season.</p>
<ul>
  <li><strong>The Cherry Orchard</strong> (Chekhov), 14 to 23 September 2023, Main Stage</li>
  <li><strong>Salt Houses</strong> by Rita Casal, world premiere on 17 November 2023</li>
  <li>New Year's Gala with the Aveiro Chamber Orchestra, 1 January 2024</li>
  <li><strong>Orlando</strong>, from 8 to 18 February 2024, Studio</li>
</ul>
<p>Family matinees took place every Sunday at 16:00.</p>
<p>The theatre has been closed for refurbishment since 1 May 2024. The 2024/25 programme
will be announced on 3 June 2024.</p>
<footer>Teatro Novo Aveiro &middot; Rua do Cais 12 &middot; info@teatronovo.example</footer>
</body>
</html>
""",
        (
            expect("1926", "found"),
            expect("2023-09-14/2023-09-23", "cherry"),
            expect("2023-11-17", "salt"),
            expect("2024-01-01", "gala"),
            expect("2024-02-08/2024-02-18", "orlando"),
            expect("2024-05-01/..", "refurbish"),
            expect("2024-06-03", "programme", planned=True),
        ),
    ),
    Text(
        "obituary_ingrid_solheim",
        "obituary",
        date(2025, 2, 3),
        """Ingrid Solheim, mountaineer, 1940-2025

Ingrid Solheim, who has died aged 84, was one of the first Norwegian women to lead
expeditions in the Himalaya. She died in Tromso on Thursday after a short illness.

Born in Tromso on 11 May 1940, the daughter of a fisherman, she began climbing on the sea
cliffs of Kvaloya as a teenager. In August 1963 she made the first ascent of the north face
of Kvitskarstind with her cousin Lars Eide. She married the photographer Arne Bakke in 1966.

In 1971 she reached 7,400 metres on Annapurna, then a record for a Scandinavian woman. She
probably made the first winter traverse of the Lyngen Alps in 1975, though no written
record of the climb survives.

She ran a climbing school at Lyngseidet from 1982 to 2004 and trained a generation of
mountain guides.

A memorial will be held in Tromso Cathedral on 8 February.
""",
        (
            expect("2025-01-30", "died"),
            expect("1940-05-11", "born"),
            expect("1963-08", "kvitskarstind"),
            expect("1966", "marr"),
            expect("1971", "annapurna"),
            expect("1975?", "traverse"),
            expect("1982/2004", "school"),
            expect("2025-02-08", "memorial", planned=True),
        ),
    ),
    Text(
        "council_minutes_mill_lane_bridge",
        "council minutes",
        None,
        """HALVERSHAM TOWN COUNCIL
MINUTES OF THE ORDINARY MEETING held on Tuesday 12 March 2024 at 7.00 pm in the Guildhall

Present: Cllr R. Okafor (Mayor), Cllrs Baines, Hurst, Patel and Whitlock
Apologies: Cllr Dewar

24/31 MILL LANE BRIDGE
(a) The Clerk reported that the bridge had been closed to vehicles since 4 December 2023,
following the county's structural inspection of 28 November.
(b) The County Highways Authority has confirmed that repair works are expected to start on
6 May and to take roughly ten weeks.
(c) Members noted that the bridge was built in 1843 and listed Grade II in 1985.
(d) RESOLVED: that the Clerk writes to the County no later than 29 March asking for a
temporary pedestrian crossing at Mill Lane.

24/32 DATES OF MEETINGS
Ordinary meetings are held on the second Tuesday of each month.

Signed ........................ Mayor
""",
        (
            expect("2023-12-04/..", "clos"),
            expect("2023-11-28", "inspect"),
            expect("2024-05-06", "repair", planned=True),
            expect("1843", "built"),
            expect("1985", "listed"),
            expect("../2024-03-29", "writ", planned=True),
        ),
    ),
    Text(
        "ngo_annual_report_puits_ouverts",
        "NGO annual report",
        None,
        """Puits Ouverts - Annual Report 2023 (excerpt)

2. Our year in the field

In 2023 we drilled 64 new boreholes in the regions of Tahoua and Maradi, bringing safe
water to some 21,000 people. Our field office in Tahoua, open since 2017, coordinated all
drilling teams.

In March we signed a five-year partnership with the Regional Directorate of Hydraulics,
which now maintains the pumps we install. Floods in August and September cut the roads to
eleven villages and interrupted work in Maradi.

Our founder, Aicha Moussa, established Puits Ouverts in 2009 with a single drilling rig.
Fourteen years later, we employ 38 staff.

Looking ahead: by the end of 2025 we will reach 100 villages with year-round water.

Page 6 | Annual Report 2023
""",
        (
            expect("2023", "borehole"),
            expect("2017/..", "office"),
            expect("2023-03", "partnership"),
            expect("2023-08/2023-09", "flood"),
            expect("2009", "establish"),
            expect("../2025", "village", planned=True),
        ),
    ),
    Text(
        "call_for_papers_iwsa",
        "call for papers",
        None,
        """CALL FOR PAPERS
14th International Workshop on Soil Acoustics (IWSA 2026)

The workshop will take place at the Graz University of Applied Sciences from 22 to
24 September 2026. The series began in Delft in 2001 and has been held every two years
since. Topics include seismic sensing of soil moisture, acoustic emission in granular
media and low-cost field instruments.

Important dates
* Abstracts (max. 300 words) must reach the committee no later than 15 March 2026.
* Authors will be notified of acceptance by 30 April 2026.
* Full papers are to be submitted by 15 June 2026.
* Early registration will close on 31 July 2026.

Submissions: https://iwsa2026.example/submit
Contact: Dr. Katrin Hofer, programme chair
""",
        (
            expect("2026-09-22/2026-09-24", "workshop", planned=True),
            expect("2001", "began"),
            expect("../2026-03-15", "abstract", planned=True),
            expect("../2026-04-30", "notif", planned=True),
            expect("../2026-06-15", "paper", planned=True),
            expect("2026-07-31", "registration", planned=True),
        ),
    ),
    Text(
        "embassy_notice_national_day",
        "embassy notice",
        None,
        """EMBASSY OF THE REPUBLIC OF ESTONIA IN OTTAWA
Notice No. 2025/03

National Day Reception

Ottawa, 3 February 2025

The Embassy will host a reception on the occasion of Estonia's Independence Day on Monday,
24 February 2025, from 18:00 to 20:00 at the Rideau Terrace Hotel. Invitations were sent
on 27 January. Registration for the reception will close no later than 14 February.

The consular section will be closed to the public on 25 February.

Ambassador Mari Kask, who has headed the mission since September 2022, will address the
guests. The Embassy moved to its present premises on Sparks Street in 2004.

For enquiries please write to embassy.ottawa@mfa.example.
""",
        (
            expect("2025-02-24", "reception", planned=True),
            expect("2025-01-27", "invitation"),
            expect("../2025-02-14", "registration", planned=True),
            expect("2025-02-25", "consular", planned=True),
            expect("2022-09/..", "kask"),
            expect("2004", "move"),
        ),
    ),
    Text(
        "diary_student_kyoto",
        "personal diary",
        None,
        """Sunday 1 October 2023
Landed at Kansai at six in the morning after fourteen hours of travelling. The dorm room
is tiny but there is a view of the hills.

Wednesday 4 October
First day of classes! Kanji is going to kill me. The placement test will be on Friday.

Saturday 14 October
Day trip to Nara with Lena; the deer are ruthless. Yesterday I finally got my residence
card at the ward office, after three visits. Mum called: Grandpa has been in hospital
since Tuesday, but he is joking with the nurses, so that's something.

I will probably fly home for Christmas on 20 December, if the fares don't go crazy.
""",
        (
            expect("2023-10-01", "land"),
            expect("2023-10-04", "class"),
            expect("2023-10-06", "test", planned=True),
            expect("2023-10-10/..", "hospital"),
            expect("2023-10-13", "residence"),
            expect("2023-10-14", "nara"),
            expect("2023-12-20?", "home", planned=True),
        ),
    ),
    Text(
        "interview_architect_costa",
        "interview",
        None,
        """"A library should feel like a street": a conversation with Helena Costa

Interview by Sofia Lemos

Q: How did the studio begin?
A: Two of us set up Costa Reis Arquitectos in a garage in Porto in 2008. We possibly showed
our first models at a small gallery in Milan in 2010, but honestly I can't remember the year.

Q: The Alcantara Library made your name.
A: We won the competition in 2013, and the library opened on 2 April 2019 after almost six
years of construction. It was our biggest budget since we started.

Q: What are you working on now?
A: We have been designing social housing in Setubal since 2021. And the ferry terminal in
Barreiro is to be completed in 2026.

Q: Any rituals?
A: Every Friday the whole office pins up drawings and argues.
""",
        (
            expect("2008", "porto"),
            expect("2010?", "milan"),
            expect("2013", "competition"),
            expect("2019-04-02", "open"),
            expect("2021/..", "housing"),
            expect("2026", "terminal", planned=True),
        ),
    ),
    Text(
        "firmware_release_notes_ap300",
        "release notes",
        None,
        """NetVane AP-300 Access Point - Firmware Release Notes

Version 4.2.1

Version 4.2.1 was released on 18 June 2024 and replaces version 4.2.0, released on
2 May 2024. Upgrading is recommended for all AP-300 units.

Fixed
- Mesh roaming could drop clients during channel changes.
- Addresses CVE-2024-31877 in the web management interface.

Changed
- The default transmit power in the 5 GHz band is now 20 dBm.

Lifecycle
- The AP-300 has been on sale since 2021.
- Security updates for the 3.x firmware branch will end no later than 31 December 2024.
- Version 4.3.0, adding WPA3 Enterprise, is planned for September 2024.

Checksum (SHA-256): 9f2c...e41a
""",
        (
            expect("2024-06-18", "4.2.1"),
            expect("2024-05-02", "4.2.0"),
            expect("2021/..", "sale"),
            expect("../2024-12-31", "security", planned=True),
            expect("2024-09", "4.3.0", planned=True),
        ),
    ),
    Text(
        "explainer_lake_varne_ferry",
        "news explainer",
        date(2025, 5, 5),
        """Explainer: why the Lake Varne ferry contract has ended up in court

Passengers on the Lake Varne crossing have lived with a reduced timetable since October
2024, and cancellations last winter were the highest since 2015. Here is how the dispute
between the regional council and the operator Nordvann Ferjer unfolded.

Key dates
- 14 January 2022: the council launches a tender for a ten-year ferry contract.
- August 2022: the contract is awarded to Nordvann Ferjer.
- c. March 2023: the first complaints about cancelled sailings reach the council.
- 9 October 2024: the council terminates the contract, citing repeated breaches.
- 12 May 2025: a hearing at the district court is scheduled to begin.

What happens next? A judgment could take months. In the meantime a temporary operator
runs three crossings a day.
""",
        (
            expect("2024-10/..", "timetable"),
            expect("2022-01-14", "tender"),
            expect("2022-08", "award"),
            expect("2023-03~", "complaint"),
            expect("2024-10-09", "terminat"),
            expect("2025-05-12", "hearing", planned=True),
        ),
    ),
    Text(
        "parliamentary_question_rural_stations",
        "parliamentary question",
        None,
        """Written Answers - Transport
Rural Railway Stations: Accessibility

Question 214. Deputy Niamh Rourke asked the Minister for Transport the number of rural
stations made step-free since 2018, and the timeline for works at Carrowmore station.

Minister for Transport (Mr. Declan Foley): The Station Accessibility Programme was launched
in June 2018. A lift was installed at Ballyhale station in 2020, and an audit of all rural
stations was carried out in May 2022.

Works at Carrowmore station began on 15 January 2024 and are expected to be completed by
the end of October. Since 1 September 2023, passengers can book assistance two hours before
travel rather than twenty-four.

I will ask the operator to reply directly to the Deputy on the number of stations.
""",
        (
            expect("2018-06", "launch"),
            expect("2020", "lift"),
            expect("2022-05", "audit"),
            expect("2024-01-15", "carrowmore"),
            expect("../2024-10", "complet", planned=True),
            expect("2023-09-01/..", "assistance"),
        ),
    ),
    Text(
        "regional_digest_west_river",
        "regional news digest",
        date(2025, 10, 10),
        """WEST RIVER NEWS DIGEST - Friday, October 10, 2025

KELSO - The public library reopened on Monday after a nine-month renovation. The building
was completed in 1911 and last renovated in 1987.

MILLBROOK - The 73rd Millbrook Apple Fair drew some 8,000 visitors on Saturday, October 4.
The fair is held every October on the village green.

DUNMORE - Resurfacing of Route 9 between Dunmore and the county line will run from
October 20 to November 14, the county highway department said. Expect delays.

HARLOW - Police arrested a 34-year-old man on Wednesday in connection with the burglary of
Harlow Pharmacy on or about September 28.

Send news tips to digest@westriver.example
""",
        (
            expect("2025-10-06", "reopen"),
            expect("1911", "complet"),
            expect("1987", "renovat"),
            expect("2025-10-04", "fair"),
            expect("2025-10-20/2025-11-14", "resurfac", planned=True),
            expect("2025-10-08", "arrest"),
            expect("2025-09-28~", "burglary"),
        ),
    ),
)
