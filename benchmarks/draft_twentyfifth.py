"""A twenty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents about Kazakhstan and Central Asia,
the UN and human rights, of the kinds the project's users keep chronologies of (a wire story,
treaty body observations, a ministry press release, a review outcome, an encyclopedia
history, a company history, a sports report, an observation mission statement, a government
statement, an HTML news page, an NGO briefing, a parliamentary record, an embassy notice, a
think-tank brief, a university history, a launch schedule, an interview, a project update, a
festival announcement and a wire timeline). The organisations, people and facts are made up.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYFIFTH_CORPUS",)

TWENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "almaty_court_wire",
        "wire story",
        date(2024, 11, 21),
        """ALMATY, Nov 21 (Steppe News Agency) - A district court in Almaty on Wednesday
sentenced the journalist Arman Zhaksybekov to four years in prison for "spreading false
information", his lawyer said.

Zhaksybekov, 41, was detained on or about 9 March at his home in the city's Bostandyk
district and has been held in pre-trial custody since 12 March. His trial opened on
2 September after two postponements.

His lawyer, Dana Omarova, said the defence will file an appeal no later than 6 December.
The regional appeal court is expected to hear the case in January.

The sentence is the longest handed to a reporter in Kazakhstan since 2016, according to the
press freedom group Erkin Soz Monitor. Zhaksybekov, who presents a talk show every Monday on
an online channel, denies the charges.

(Reporting by Aigerim Nurlanova; Editing by Paul Kerr)""",
        (
            expect("2024-11-20", "sentenc"),
            expect("2024-03-09~", "detain"),
            expect("2024-03-12/..", "custody"),
            expect("2024-09-02", "trial"),
            expect("../2024-12-06", "appeal", planned=True),
            expect("2025-01", "hear", planned=True),
        ),
    ),
    Text(
        "treaty_body_observations",
        "UN treaty body concluding observations summary",
        None,
        """Committee on the Rights of Detained Persons

Concluding observations on the third periodic report of Kazakhstan*

* Adopted by the Committee at its sixty-first session (4-22 November 2024).

A. Introduction

1. The Committee considered the third periodic report of Kazakhstan at its 1412th and
1414th meetings, held on 7 and 8 November 2024. The report was submitted on 15 June 2022,
some fourteen months after it was due.

B. Positive aspects

2. The Committee welcomes the amendments to the Criminal Code that entered into force on
1 January 2024, and notes that the National Preventive Mechanism has been operating since
2014.

C. Principal subjects of concern

3. The Committee is concerned that the number of complaints of ill-treatment in custody
remains the highest since the 2015 reform of the penitentiary service.

D. Follow-up procedure

4. The State party is to provide, by 22 November 2025, information on the implementation of
the recommendations in paragraphs 12 and 18. Its fourth periodic report is to be submitted
by 22 November 2028.""",
        (
            expect("2024-11-04/2024-11-22", "session"),
            expect("2024-11-07", "consider"),
            expect("2024-11-08", "consider"),
            expect("2022-06-15", "submit"),
            expect("2024-01-01", "code"),
            expect("2014/..", "mechanism"),
            expect("../2025-11-22", "information", planned=True),
            expect("../2028-11-22", "report", planned=True),
        ),
    ),
    Text(
        "visa_press_release",
        "ministry press release",
        date(2025, 2, 10),
        """PRESS RELEASE
Ministry of Foreign Affairs of the Republic of Kazakhstan
Astana, 10 February 2025

On the visa-free regime for citizens of Uruguay and Vietnam

In accordance with Government Decree No. 87 of 31 January 2025, citizens of Uruguay and
Vietnam will be able to enter Kazakhstan without a visa for a stay of up to 30 days from
1 March 2025.

The decree extends the unilateral visa-free regime that has been in force for citizens of
57 states since 15 January 2023. The electronic visa system, launched on 1 July 2024, has
so far processed roughly 48,000 applications.

Air carriers were notified of the change on 4 February.

The Ministry recalls that the list of visa-exempt states was revised in 2018, 2020 and 2022.

Press service: +7 7172 72 05 18 (weekdays, 9:00-18:30)""",
        (
            expect("2025-01-31", "decree"),
            expect("2025-03-01", "visa", planned=True),
            expect("2023-01-15/..", "regime"),
            expect("2024-07-01", "electronic"),
            expect("2025-02-04", "notif"),
            expect("2018", "revis"),
            expect("2020", "revis"),
            expect("2022", "revis"),
        ),
    ),
    Text(
        "upr_outcome",
        "Universal Periodic Review outcome summary",
        None,
        """UNIVERSAL PERIODIC REVIEW - KAZAKHSTAN (FOURTH CYCLE)
Outcome summary

The review of Kazakhstan took place at the 48th session of the Working Group on 21 January
2025. The delegation was headed by Deputy Minister of Justice Marat Seitkali, and 102 States
made statements during the interactive dialogue.

The report of the Working Group was adopted on 24 January. Kazakhstan received 294
recommendations and supported 221 of them; it will give its response to the remaining 73 by
30 May 2025 at the latest.

The previous review of Kazakhstan was held in November 2019, and a voluntary mid-term report
was submitted in March 2022. Several stakeholders noted that Kazakhstan has had a
national human rights action plan since 2023.

The 59th session of the Human Rights Council is to be held from 16 June to 11 July 2025. The
outcome of the review is scheduled for adoption at a plenary meeting, probably on 3 July
2025.""",
        (
            expect("2025-01-21", "review"),
            expect("2025-01-24", "adopt"),
            expect("../2025-05-30", "response", planned=True),
            expect("2019-11", "review"),
            expect("2022-03", "report"),
            expect("2023/..", "plan"),
            expect("2025-06-16/2025-07-11", "session", planned=True),
            expect("2025-07-03?", "outcome", planned=True),
        ),
    ),
    Text(
        "karasu_region_history",
        "encyclopedia history",
        None,
        """Karasu Region

Karasu Region (Kazakh: Қарасу облысы) is an administrative region in central Kazakhstan.
Its capital is Zhanatas.

History

The valley of the Karasu river was settled by herding clans c. 1560. A Russian fort,
Karasu Krepost, was founded on the river in 1832 and became a district town in 1868.

The region itself was formed on 3 May 1939 from parts of the neighbouring provinces. It was
abolished in 1963 and restored the following year. The regional capital was moved from
Karasu to Zhanatas, probably in October 1997.

Population

The region had 612,000 inhabitants at the 2021 census. Its population has been falling
since 1991, as young people leave for Astana and Karaganda.

See also: Districts of Kazakhstan""",
        (
            expect("1560~", "settl"),
            expect("1832", "fort"),
            expect("1868", "town"),
            expect("1939-05-03", "form"),
            expect("1963", "abolish"),
            expect("1964", "restor"),
            expect("1997-10?", "capital"),
            expect("1991/..", "population"),
        ),
    ),
    Text(
        "saryarka_copper_history",
        "company history",
        None,
        """Saryarka Copper JSC - Our history

- 1954 - Geologists of the Balkhash expedition discover the Koktau copper deposit.
- 1961 - The first ore is shipped from the Koktau open pit to the Balkhash smelter.
- 1997 - Saryarka Copper is founded when the state sells the Koktau mine to a group of
  Kazakh investors.
- 2008, 2012 and 2016 - New concentrators open at Koktau, Ushbulak and Terekti.
- 2 December 2019 - The company's shares are listed on the Astana International Exchange.
- 2027 - A new smelter in Balkhash is scheduled to start production.

Today Saryarka Copper employs 9,400 people. Its annual output of copper cathode now exceeds
300,000 tonnes, the highest since 1989, and the company publishes a sustainability report
every year.""",
        (
            expect("1954", "discover"),
            expect("1961", "ore"),
            expect("1997", "found"),
            expect("2008", "concentrator"),
            expect("2012", "concentrator"),
            expect("2016", "concentrator"),
            expect("2019-12-02", "list"),
            expect("2027", "smelter", planned=True),
        ),
    ),
    Text(
        "ulytau_football_report",
        "sports report",
        date(2025, 5, 12),
        """FOOTBALL | Premier League

Ulytau go top after late winner in Shymkent

By Yerlan Dossov | 12 May 2025

FC Ulytau moved to the top of the Kazakhstan Premier League on Sunday with a 2-1 win at
Atameken Shymkent, their first victory in Shymkent since 2017. Substitute Ruslan Abenov
headed the winner in the 88th minute.

It was Ulytau's fourth win in a row, after they beat Kaspiy on 19 April, Altai on 27 April
and Zhenis on 3 May.

Head coach Timur Bekov, in charge since August 2023, said his side "still have a lot to
prove". Ulytau will host Astana Dynamo on Saturday, and their cup semi-final against Zhas
Kyran is scheduled for 21 May.""",
        (
            expect("2025-05-11", "atameken"),
            expect("2025-04-19", "kaspiy"),
            expect("2025-04-27", "altai"),
            expect("2025-05-03", "zhenis"),
            expect("2023-08/..", "coach"),
            expect("2025-05-17", "dynamo", planned=True),
            expect("2025-05-21", "semi", planned=True),
        ),
    ),
    Text(
        "observation_mission_statement",
        "election observation mission preliminary statement",
        date(2025, 12, 1),
        """INTERNATIONAL ELECTION OBSERVATION MISSION
Kyrgyz Republic - Early Parliamentary Elections, 30 November 2025

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS
Bishkek, 1 December 2025

The early parliamentary elections held on 30 November were technically well administered,
but took place in a restrictive environment for independent media.

The elections were called by presidential decree on 22 August. Candidate registration ran
from 5 to 24 September, and the official campaign started on 31 October.

The mission of the Eurasian Democratic Standards Observatory (EDSO) was opened in response to
an invitation from the authorities. Its core team has been based in Bishkek since 20 October,
and 28 long-term observers were deployed to the regions on or about 27 October.

The Central Election Commission is expected to announce the final results by 20 December.
Turnout, at 36 per cent, was the lowest since 2005.""",
        (
            expect("2025-11-30", "election"),
            expect("2025-08-22", "call"),
            expect("2025-09-05/2025-09-24", "registration"),
            expect("2025-10-31", "campaign"),
            expect("2025-10-20/..", "team"),
            expect("2025-10-27~", "observer"),
            expect("../2025-12-20", "result", planned=True),
        ),
    ),
    Text(
        "tenge_government_statement",
        "government statement",
        date(2026, 3, 6),
        """STATEMENT OF THE GOVERNMENT OF THE REPUBLIC OF KAZAKHSTAN
on the exchange rate of the tenge

Astana, 6 March 2026

Yesterday the National Bank moved the tenge to a new trading band of 560-590 per US dollar.
The Government supports this decision, which reflects the fall in oil export revenues. The
previous adjustment of the exchange rate was made in August 2015.

To protect households, the Government will:
- index pensions and social benefits by 12 per cent from 1 April 2026;
- submit amendments to the republican budget to Parliament no later than 20 March;
- keep the freeze on retail fuel prices introduced on 1 October 2025.

The Prime Minister will address the Mazhilis on Tuesday. Annual inflation, at 9.1 per cent,
remains well below its 2022 peak.""",
        (
            expect("2026-03-05", "band"),
            expect("2015-08", "adjust"),
            expect("2026-04-01", "pension", planned=True),
            expect("2025-10-01", "freeze"),
            expect("../2026-03-20", "amendment", planned=True),
            expect("2026-03-10", "address", planned=True),
        ),
    ),
    Text(
        "railway_html_page",
        "HTML news page",
        date(2025, 9, 26),
        """<html><head><title>First train on Kyzylzhar-Sarybel line | Dala Business</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/transport">Transport</a> | <a href="/energy">Energy</a></nav>
<article>
<h1>First freight train runs on new Kyzylzhar-Sarybel railway</h1>
<p class="meta">Published 26 September 2025 | Transport</p>
<p>The first freight train ran on the 312-kilometre Kyzylzhar-Sarybel railway on Thursday,
the operator Temir Zhol Logistics said.</p>
<p>Construction began in May 2022, and track-laying was completed by 14 August this year.
The route was first surveyed in 1978.</p>
<p>Passenger services are to start on 1 December. A second track will probably be added in
2029, the company said.</p>
</article>
<aside><h3>Related</h3><ul>
<li><a href="/transport/china-freight">Rail freight to China highest since 2019</a></li>
<li><a href="/transport/timetable">Suburban trains run every Sunday from Astana</a></li>
</ul></aside>
</body></html>""",
        (
            expect("2025-09-25", "train"),
            expect("2022-05", "construction"),
            expect("../2025-08-14", "track"),
            expect("1978", "survey"),
            expect("2025-12-01", "passenger", planned=True),
            expect("2029?", "second", planned=True),
        ),
    ),
    Text(
        "prisoner_ngo_briefing",
        "NGO briefing",
        date(2025, 4, 3),
        """STEPPE RIGHTS WATCH - CASE BRIEFING
Nurlan Abdrakhmanov, trade union leader (updated 3 April 2025)

Nurlan Abdrakhmanov, who led the oil workers' union in Zhanaozen, was arrested on
16 September 2023 and has been held in detention since 18 September 2023. He is charged
with "inciting social discord".

Hearings:
- 9 January 2024: first hearing at Zhanaozen City Court; adjourned at the request of the
  prosecution.
- 23 and 30 January 2024: hearings held behind closed doors.
- 14 March 2024: sentenced to seven years in a general-regime colony.
- On or about 2 July 2024: transferred to a colony in Pavlodar Region.

The Supreme Court is to consider a cassation petition on 22 April 2025. The colony allows
family visits every second month.""",
        (
            expect("2023-09-16", "arrest"),
            expect("2023-09-18/..", "detention"),
            expect("2024-01-09", "hearing"),
            expect("2024-01-23", "hearing"),
            expect("2024-01-30", "hearing"),
            expect("2024-03-14", "sentenc"),
            expect("2024-07-02~", "transfer"),
            expect("2025-04-22", "cassation", planned=True),
        ),
    ),
    Text(
        "ratification_record",
        "parliamentary record",
        date(2025, 6, 11),
        """MAZHILIS OF THE PARLIAMENT OF THE REPUBLIC OF KAZAKHSTAN
Verbatim record of the plenary sitting, Wednesday, 11 June 2025

Chair (A. Tulegenov): Item 3, the draft law "On the ratification of the Agreement between the
Republic of Kazakhstan and the Republic of Uzbekistan on the joint management of the Syr
Darya border section". The floor is given to the Vice Minister, B. Sarsenov.

B. Sarsenov: The Agreement was signed in Tashkent on 14 November 2024 and approved by the
Government on 3 April this year. The Oliy Majlis of Uzbekistan ratified it last month. The joint
commission is to meet for the first time no later than 1 December 2025.

Zh. Amanova: Releases from the Shardara reservoir have stayed below the agreed volumes since
2021. Will the Agreement change this?

B. Sarsenov: Yes, it sets fixed monthly volumes.

Chair: Put to the vote. For - 89, against - 0, abstained - 2. The law on ratification is
adopted today. Sittings continue every Wednesday at 10:00.""",
        (
            expect("2024-11-14", "sign"),
            expect("2025-04-03", "approv"),
            expect("2025-05", "uzbekistan"),
            expect("../2025-12-01", "commission", planned=True),
            expect("2021/..", "release"),
            expect("2025-06-11", "adopt"),
        ),
    ),
    Text(
        "embassy_election_notice",
        "embassy notice",
        date(2026, 2, 2),
        """EMBASSY OF THE REPUBLIC OF KAZAKHSTAN IN THE FEDERAL REPUBLIC OF GERMANY

NOTICE TO CITIZENS OF KAZAKHSTAN RESIDING IN GERMANY
Berlin, 2 February 2026

The Embassy informs that voting in the elections to the Mazhilis will take place on Sunday,
15 March 2026, from 07:00 to 20:00 local time, at the polling station in the Embassy
(Elsterstrasse 12, Berlin) and at the Consulate General in Frankfurt am Main.

The polling station was formed by a decision of the Central Election Commission of
12 January 2026. Voter lists are compiled from the 2025 consular register; applications for
inclusion will be accepted no later than 28 February.

Consular reception will be suspended from 13 to 16 March. Kazakh citizens in Germany first
voted abroad in 1999.

Updates are published every Monday on the Embassy's website.""",
        (
            expect("2026-03-15", "vot", planned=True),
            expect("2026-01-12", "form"),
            expect("../2026-02-28", "application", planned=True),
            expect("2026-03-13/2026-03-16", "consular", planned=True),
            expect("1999", "vote"),
        ),
    ),
    Text(
        "water_sharing_brief",
        "think-tank brief",
        None,
        """CENTRAL ASIA WATER POLICY INSTITUTE
Policy Brief No. 14

Sharing the Syr Darya after the Soviet quotas

Key points
- Allocation among Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan still rests on
  Soviet-era schemes approved in 1982 and 1987.
- The agreement signed in Almaty on 18 February 1992 created an interstate coordinating
  commission but left the quotas unchanged.
- Since 1998, a framework agreement has governed the barter of Kyrgyz summer water releases
  for Kazakh and Uzbek fuel.

Upstream projects change the picture. Tajikistan began filling the Rogun reservoir in about
2018, and Kyrgyzstan's Kambarata-1 dam is expected to be completed by 2032. Recent shortfalls
in southern Kazakhstan were the worst since 2008.

The water ministers of the four states are scheduled to meet in Dushanbe on 9 September 2025.
The Institute recommends a joint forecasting centre, funded from a common budget.""",
        (
            expect("1982", "scheme"),
            expect("1987", "scheme"),
            expect("1992-02-18", "agreement"),
            expect("1998/..", "framework"),
            expect("2018~", "rogun"),
            expect("../2032", "kambarata", planned=True),
            expect("2025-09-09", "meet", planned=True),
        ),
    ),
    Text(
        "university_history_page",
        "university history page",
        None,
        """Saryarka State Technical University
About us > History

The university traces its origins to the Karaganda Mining Technical School, which opened on
1 September 1934 with 120 students. It became the Karaganda Mining Institute in 1953 and
admitted its first evening students the following year.

The main building on Mira Avenue, designed in 1958 by the architect Pavel Lisovsky, was
completed in 1962. The institute gained university status and its present name in 1996.

Since 2011 the university has taught its engineering programmes in English as well as Kazakh
and Russian. A new campus in Temirtau is planned to open in September 2027.

Every year, on the first Saturday of September, graduates of all generations meet in front
of the main building.""",
        (
            expect("1934-09-01", "open"),
            expect("1953", "institute"),
            expect("1954", "evening"),
            expect("1958", "design"),
            expect("1962", "complet"),
            expect("1996", "name"),
            expect("2011/..", "english"),
            expect("2027-09", "campus", planned=True),
        ),
    ),
    Text(
        "launch_schedule",
        "space agency launch schedule",
        date(2026, 1, 15),
        """QAZAQ ORBITAL AGENCY
Launch schedule, January-June 2026 (updated 15 January 2026)

| Date            | Launcher     | Payload    | Site               | Status    |
|-----------------|--------------|------------|--------------------|-----------|
| 29 January 2026 | Soyuz-2.1b   | QazSat-4   | Baikonur, Site 31  | Scheduled |
| ~20 February    | Falcon 9     | DalaSat-2  | Vandenberg         | Scheduled |
| March 2026 (?)  | Soyuz-2.1a   | Sunkar-1   | Baikonur, Site 31  | Possible  |

Notes
- The Earth observation satellite KazEarth-2 was launched on 9 January 2026 and is in its
  commissioning phase.
- DalaSat-2 will fly on a rideshare mission on or about 20 February.
- Sunkar-1 will possibly be launched in March 2026, depending on the readiness of the payload.
- KazEarth-3, originally planned for 2025, is now expected to be launched by 30 June 2026 at
  the latest.

Dates are given in UTC and may change. The schedule is updated every Thursday.""",
        (
            expect("2026-01-29", "qazsat", planned=True),
            expect("2026-02-20~", "dalasat", planned=True),
            expect("2026-03?", "sunkar", planned=True),
            expect("2026-01-09", "kazearth"),
            expect("../2026-06-30", "kazearth", planned=True),
        ),
    ),
    Text(
        "lawyer_interview",
        "interview",
        date(2025, 10, 8),
        """"The courts still decide in one hour"

Saule Ismagulova has defended activists and journalists in Kazakhstan since 2006. We asked
her about her work and her current cases.

Q: When did you take your first political case?
A: In March 2008. A student had been detained at a rally in Almaty and nobody wanted to
defend him.

Q: You were yourself detained once.
A: Yes, in Zhanaozen, around 16 December 2011. I was released after a night at the police
station.

Q: Has the profession changed?
A: The law on the bar took effect on 12 July 2018, and all lawyers had to join a single
chamber. I still go to the pre-trial detention centre every Friday.

Q: What is next for your client Daniyar Kassenov?
A: His appeal will be heard on Monday. We are also to file a complaint with the UN Human
Rights Committee no later than 31 January.""",
        (
            expect("2006/..", "defend"),
            expect("2008-03", "case"),
            expect("2011-12-16~", "detain"),
            expect("2018-07-12", "law"),
            expect("2025-10-13", "appeal", planned=True),
            expect("../2026-01-31", "complaint", planned=True),
        ),
    ),
    Text(
        "oil_consortium_update",
        "oil consortium project update",
        date(2025, 10, 14),
        """Caspian Northern Operating Company
Project update: Ushkyn Phase 2 expansion
Atyrau, 14 October 2025

- The Final Investment Decision for Phase 2 was taken on 5 May 2022. The production sharing
  agreement for the Ushkyn block was signed in 1997.
- Drilling of the 14 production wells began in about November 2024; nine are complete.
- The offshore platform jacket was installed on 2 August this year, and hook-up is to be
  completed by 31 March 2026.
- First oil from the Phase 2 wells is expected in September 2026.
- Output from Phase 1 has been constrained since 28 June 2025 by maintenance at the Karabatan gas
  plant.

Safety: 1.2 million hours worked without a lost-time incident, the best record since 2015.
Contact: media@cnoc.example.kz""",
        (
            expect("2022-05-05", "decision"),
            expect("1997", "sign"),
            expect("2024-11~", "drill"),
            expect("2025-08-02", "jacket"),
            expect("../2026-03-31", "hook", planned=True),
            expect("2026-09", "oil", planned=True),
            expect("2025-06-28/..", "constrain"),
        ),
    ),
    Text(
        "astana_festival_announcement",
        "festival announcement",
        date(2025, 6, 2),
        """DALA SAZY 2025 - THE STEPPE SOUND FESTIVAL RETURNS TO ASTANA

Astana, 2 June 2025. The fifth Dala Sazy festival of music and crafts will be held in Astana
from 4 to 6 July, the organisers announced today. Tickets will go on sale on Friday.

The festival was first held in 2019 on the Ishim embankment. It was cancelled in 2020 and
2021 and moved to the Expo grounds in 2023.

This year's programme includes forty bands from eleven countries. A night concert on the
embankment will probably take place on 5 July. Registration for the craft stalls opened on
20 May.

A drone show will light up the sky every evening of the festival at 23:00.""",
        (
            expect("2025-07-04/2025-07-06", "festival", planned=True),
            expect("2025-06-06", "ticket", planned=True),
            expect("2019", "first"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2023", "expo"),
            expect("2025-07-05?", "concert", planned=True),
            expect("2025-05-20", "registration"),
        ),
    ),
    Text(
        "diplomatic_row_timeline",
        "wire timeline factbox",
        date(2025, 4, 18),
        """FACTBOX-Timeline of the Kazakhstan-Latvia diplomatic row

April 18 (Steppe News Agency) - Kazakhstan recalled its ambassador from Riga on Thursday, the
latest step in a row over the arrest of a Kazakh businessman. Here is a timeline:

* Dec 2, 2024 - Latvian police arrest businessman Daulet Serikov at Riga airport on a
  fraud warrant. He has been held in custody since Dec 3.
* Jan 14, 2025 - Kazakhstan summons the Latvian charge d'affaires in Astana.
* Around Feb 20 - Latvia expels two Kazakh diplomats, accusing them of pressuring witnesses.
* March 3 - Kazakhstan expels two Latvian diplomats in response.
* May 6 - A Riga court is scheduled to rule on Serikov's extradition.

Bilateral trade is at its highest since 2013, according to customs data.

(Compiled by Madina Sultanova; Editing by Tom Rees)""",
        (
            expect("2025-04-17", "recall"),
            expect("2024-12-02", "arrest"),
            expect("2024-12-03/..", "custody"),
            expect("2025-01-14", "summon"),
            expect("2025-02-20~", "expel"),
            expect("2025-03-03", "expel"),
            expect("2025-05-06", "extradition", planned=True),
        ),
    ),
)
