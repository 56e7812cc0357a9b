"""A twenty-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents about Central Asia, the Caucasus, the
UN and human rights, in twenty different styles, with invented organisations, people and
facts. Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYNINTH_CORPUS",)

TWENTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "bishkek_market_protest",
        "wire story with a dateline",
        date(2026, 3, 12),
        """BISHKEK, March 12 (Central Asia Wire) - Several hundred traders rallied outside the
city hall on Wednesday against the planned demolition of the Ak-Jol clothing market, in the
largest street protest in the capital since 2020.

The city council approved the demolition on February 24, and the vendors have been picketing
the market gates since February 26. Police detained about 30 people on Wednesday evening,
a spokesman for the interior ministry said.

The market, which opened in about 1994, employs some 4,000 people. Demolition is scheduled to
begin on April 1, according to a council document seen by Central Asia Wire.

"We will rally again on Monday, and every day after that," said Aizada Toktogulova, who has sold
clothes at the market for two decades. Organisers said they would hold a rally every evening
until the decision is withdrawn.

(Reporting by Nurlan Asanov; Editing by Peter Holm)""",
        (
            expect("2026-03-11", "rall"),
            expect("2026-02-24", "council", "approv"),
            expect("2026-02-26/..", "picket"),
            expect("1994~", "market", "open"),
            expect("2026-04-01", "demolition", planned=True),
            expect("2026-03-16", "rally", planned=True),
        ),
    ),
    Text(
        "rapporteur_tajikistan_visit",
        "UN special rapporteur end-of-visit statement",
        date(2025, 6, 11),
        """UNITED NATIONS - OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS
End-of-visit statement of the Special Rapporteur on the rights to freedom of peaceful
assembly and of association, Ms. Helena Marrick
Dushanbe, 11 June 2025

1. I visited Tajikistan from 2 to 11 June 2025 at the invitation of the Government, which was
extended on 14 November 2024. I thank the authorities for their cooperation.

2. In the course of the visit I travelled to Khorog on 7 June, where I met relatives of
detained protesters.

3. I am concerned that the Law on Public Associations, amended in 2021, obliges
organisations to report on every foreign grant each quarter.

4. I received credible information that a local activist, Mr. Daler Safarov, was detained on
or about 20 May and has had no access to a lawyer since.

5. My full report will be presented to the Human Rights Council in June 2026.""",
        (
            expect("2025-06-02/2025-06-11", "visit"),
            expect("2024-11-14", "invitation"),
            expect("2025-06-07", "khorog"),
            expect("2021", "amend"),
            expect("2025-05-20~", "safarov", "detain"),
            expect("2026-06", "report", planned=True),
        ),
    ),
    Text(
        "readout_armenia_call",
        "foreign ministry readout of a phone call",
        date(2025, 9, 18),
        """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN
Press Service | 18.09.2025 | 14:20

On telephone conversation of the Minister of Foreign Affairs with the Minister of Foreign
Affairs of Armenia

On 17 September 2025, Minister Yerlan Sadykov held a telephone conversation with his Armenian
counterpart Aram Vardanyan.

The ministers discussed preparations for the intergovernmental commission on economic
cooperation, which is to meet in Yerevan on 3 October. They noted that the text of the air
services agreement had been agreed by 1 September and welcomed the growth of mutual trade,
the highest since 2019.

The parties recalled that diplomatic relations between the two countries were established on
27 February 1992. Minister Sadykov last visited Yerevan in April 2024.

Tags: Armenia, bilateral relations""",
        (
            expect("2025-09-17", "conversation"),
            expect("2025-10-03", "commission", planned=True),
            expect("../2025-09-01", "air"),
            expect("1992-02-27", "relations"),
            expect("2024-04", "visit"),
        ),
    ),
    Text(
        "odihr_interim_uzbekistan",
        "OSCE election observation interim report",
        date(2026, 5, 29),
        """OSCE Office for Democratic Institutions and Human Rights
REPUBLIC OF UZBEKISTAN - EARLY PARLIAMENTARY ELECTIONS, 14 June 2026
ODIHR Election Observation Mission - INTERIM REPORT (12-26 May 2026)
29 May 2026

I. EXECUTIVE SUMMARY
The early elections were called by presidential decree on 2 April 2026, some eight months
before the end of the parliament's term. The election day is to be held on 14 June.

The ODIHR EOM opened in Tashkent on 12 May, with a core team of 11 experts, and 22 long-term
observers were deployed throughout the country from 19 May. Candidate registration closed on
15 May; the Central Election Commission registered 611 candidates from five parties.

The legal framework has remained largely unchanged since the Electoral Code was last amended
in December 2025. The ODIHR EOM will publish a statement of preliminary findings on the day
after the elections.

Page 1 of 9""",
        (
            expect("2026-04-02", "decree"),
            expect("2026-06-14", "election", planned=True),
            expect("2026-05-12", "eom", "open"),
            expect("2026-05-19", "observers"),
            expect("2026-05-15", "registration"),
            expect("2025-12", "amend"),
            expect("2026-06-15", "statement", planned=True),
        ),
    ),
    Text(
        "sheki_encyclopedia",
        "encyclopedia history of a Caucasus city",
        None,
        """Sheki

Sheki (Azerbaijani: Şəki) is a city in northern Azerbaijan, on the southern slopes of the
Greater Caucasus.

History
A settlement on the site is first mentioned in written sources c. 1150. The old town, on the
banks of the Kish river, was destroyed by a mudflow in 1772, and the khan had it rebuilt on its
present site the following year. From 1805 onwards the khanate was under Russian rule, and it
was abolished in 1819. A silk-spinning factory, long the town's largest employer, was founded
in 1931.

According to the 1959 census the city had 36,000 inhabitants. The historic centre with the
Khan's Palace has been a UNESCO World Heritage Site since 2019.

See also: Khans of Sheki | Silk Road

This page was last edited on 2 March 2024.""",
        (
            expect("1150~", "mention"),
            expect("1772", "mudflow"),
            expect("1773", "rebuilt"),
            expect("1805/..", "russian"),
            expect("1819", "abolish"),
            expect("1931", "factory"),
            expect("2019/..", "heritage"),
        ),
    ),
    Text(
        "urgent_appeal_journalist",
        "NGO urgent appeal on a detained journalist",
        date(2025, 11, 20),
        """URGENT APPEAL
Azerbaijan: Journalist Ramil Gasimov held on fabricated smuggling charges
Index: UA 44/25 | Date: 20 November 2025 | Press Freedom Watch Caucasus

Ramil Gasimov, an investigative reporter who has worked for the independent outlet Toplum
Xəbər since 2017, was arrested at his home in Baku on 3 November 2025. Officers probably
seized his laptop and notebooks at the outlet's office on 1 November, two days before the
arrest, but the search record has not been shown to his lawyer.

On 5 November the Khatai District Court ordered his pre-trial detention for four months. His
appeal against the detention order is scheduled to be heard by the Baku Court of Appeal on
27 November.

Ramil Gasimov is the sixth journalist of the outlet detained since December 2023.

TAKE ACTION: write to the Prosecutor General calling for his immediate release. Please take
action as soon as possible.""",
        (
            expect("2017/..", "work"),
            expect("2025-11-03", "arrest"),
            expect("2025-11-01?", "laptop"),
            expect("2025-11-05", "detention"),
            expect("2025-11-27", "appeal", planned=True),
        ),
    ),
    Text(
        "court_land_dispute",
        "court decision summary",
        None,
        """SUPREME COURT OF THE REPUBLIC OF KAZAKHSTAN
Judicial Collegium for Civil Cases
Case No. 6001-23-00-3gp/412 - Summary of decision

Parties: Peasant farm "Zhetysu-Agro" v. Akimat of Karasai District, Almaty Region

Facts. The plaintiff farm has cultivated the disputed 42-hectare plot since 1996 and leased it
from the akimat under a 49-year contract of 14 March 2008. In 2019, 2020 and 2021 the akimat
issued building permits for parts of the plot to a third-party developer.

Procedure. The Karasai District Court dismissed the claim on 9 February 2023, and the Almaty
Regional Court upheld that decision on 30 May.

Decision. On 18 April 2024 the Collegium set aside the decisions of the lower courts, holding
that the permits were issued in breach of the lease, and remitted the case for a new hearing.

Summary prepared by the Press Service of the Supreme Court. Not an official text.""",
        (
            expect("1996/..", "cultivat"),
            expect("2008-03-14", "lease"),
            expect("2019", "permit"),
            expect("2020", "permit"),
            expect("2021", "permit"),
            expect("2023-02-09", "dismiss"),
            expect("2023-05-30", "upheld"),
            expect("2024-04-18", "set aside"),
        ),
    ),
    Text(
        "border_timeline",
        "think-tank timeline of a border agreement",
        date(2025, 3, 10),
        """CASPIAN POLICY LAB | Briefing Notes
Timeline: the Kazakhstan-Turkmenistan border settlement
Compiled by Dana Ospanova | Updated 10 March 2025

The settlement closed the longest-running border talks in the region since 1991. Key steps:

- 2002 - Joint working groups begin delimitation talks.
- March 2009 - Negotiators agree on roughly 85 per cent of the line.
- 14-16 May 2014 - The joint commission meets in Ashgabat and settles the disputed Garabogaz
  section.
- Around October 2017 - Demarcation posts installed along the Caspian coastal section.
- 2 February 2021 - Presidents sign the border treaty in Astana.
- By 2023 - Treaty ratified by both parliaments.
- 2026 - A joint customs and border crossing point is expected to open at Temirbaba.

Sources: ministry statements, CPL interviews.""",
        (
            expect("2002", "talks"),
            expect("2009-03", "agree"),
            expect("2014-05-14/2014-05-16", "commission"),
            expect("2017-10~", "posts"),
            expect("2021-02-02", "treaty", "sign"),
            expect("../2023", "ratif"),
            expect("2026", "crossing", planned=True),
        ),
    ),
    Text(
        "kenesh_amendment_session",
        "parliamentary session report",
        date(2025, 4, 24),
        """JOGORKU KENESH OF THE KYRGYZ REPUBLIC
Press Office - Plenary session report
24 April 2025

Deputies back constitutional amendment on local self-government in first reading

On Wednesday, the Jogorku Kenesh approved in first reading the draft law amending Articles 9
and 110 of the Constitution, with 71 votes in favour and 8 against.

The draft was submitted by the President on 3 March. The Committee on Constitutional
Legislation held public hearings on it from 24 to 28 March and recommended its adoption.

The second reading is scheduled for 7 May. If adopted, the amendment would take effect on
1 January 2026. Several deputies called for a referendum in the autumn.

The current Constitution was adopted in a referendum on 11 April 2021.

Plenary sessions are held every Wednesday and Thursday.""",
        (
            expect("2025-04-23", "first reading"),
            expect("2025-03-03", "submit"),
            expect("2025-03-24/2025-03-28", "hearing"),
            expect("2025-05-07", "second reading", planned=True),
            expect("2026-01-01", "effect", planned=True),
            expect("2021-04-11", "constitution", "adopt"),
        ),
    ),
    Text(
        "embassy_consular_closures",
        "embassy notice on consular closures",
        date(2025, 12, 15),
        """EMBASSY OF THE REPUBLIC OF LATVIA IN THE KYRGYZ REPUBLIC
Notice to visitors | 15.12.2025

Holiday closures of the Consular Section

The Consular Section in Bishkek will be closed on 25 December and from 31 December 2025 to
2 January 2026. It will also be closed on 7 January.

Please note that the Honorary Consulate in Osh has been closed since 1 September 2025;
applicants from the southern regions should contact the Embassy directly.

The online appointment system will resume on 12 January.

Regular opening hours of the Consular Section: Monday to Thursday, 9:00-12:00.
In an emergency, citizens may call the duty officer at any time.

[Print] [Share] [Back to news]""",
        (
            expect("2025-12-25", "closed", planned=True),
            expect("2025-12-31/2026-01-02", "closed", planned=True),
            expect("2026-01-07", "closed", planned=True),
            expect("2025-09-01/..", "osh"),
            expect("2026-01-12", "appointment", planned=True),
        ),
    ),
    Text(
        "asian_wrestling_championship",
        "sports report",
        date(2025, 4, 14),
        """WRESTLING

Kurbanov takes Asian gold as hosts finish top of the table

By Marat Yessenov, sports correspondent

ASTANA - Almaz Kurbanov won the 74kg freestyle final on Sunday, beating Iran's Reza Tavakoli
4-2 to give Kazakhstan its fourth gold of the Asian Championships, which ran from 8 to 13 April
at the Barys Arena.

It was the 26-year-old's first continental title since 2019. He took world bronze in 2021 and
2023 and joined the national squad around 2016.

Kazakhstan finished first in the medal table with 14 medals, its best haul since the 2012
championships.

The national team is to travel to the world championships in Zagreb in September.

Results, page 22""",
        (
            expect("2025-04-13", "final"),
            expect("2025-04-08/2025-04-13", "championships"),
            expect("2021", "bronze"),
            expect("2023", "bronze"),
            expect("2016~", "join"),
            expect("2025-09", "world", planned=True),
        ),
    ),
    Text(
        "telecom_company_history",
        "company history",
        None,
        """About us > Our history

KavkazNet: 28 years of connecting Georgia

KavkazNet was founded in Tbilisi in 1997 by a group of engineers from the former state
telephone company. Its GSM network was launched on 1 December 1998, the first in the country
outside the capital region.

The company expanded into Armenia in 2004 and into Azerbaijan the following year. By 2012 its
network covered 95 per cent of Georgia's population, and in 2015 it introduced 4G services in
the five largest cities.

Since 2020 KavkazNet shares have been listed on the Georgian Stock Exchange. A nationwide 5G
network is planned to launch in 2027.

Every year our engineers volunteer in mountain villages during the Tbilisoba weekend.

(c) 2025 KavkazNet JSC. All rights reserved.""",
        (
            expect("1997", "found"),
            expect("1998-12-01", "gsm"),
            expect("2004", "armenia"),
            expect("2005", "azerbaijan"),
            expect("../2012", "cover"),
            expect("2015", "4g"),
            expect("2020/..", "listed"),
            expect("2027", "5g", planned=True),
        ),
    ),
    Text(
        "pipeline_press_release",
        "government press release",
        date(2026, 2, 5),
        """MINISTRY OF ENERGY OF TURKMENISTAN
PRESS RELEASE
Ashgabat, 5 February 2026

Cabinet approves feasibility study for the Galkynysh-Tashkent gas pipeline

On 4 February the Cabinet of Ministers approved the feasibility study for a new 1,100-km gas
pipeline from the Galkynysh field to Uzbekistan.

The intergovernmental agreement on the project was signed in Tashkent on 17 October 2025.
Route survey works were completed by 30 November 2025.

The new line will run parallel to the existing pipeline, which has operated since 2009. First
gas is projected for December 2028. Construction is expected to start in the second quarter.

Gas exports are now at their highest level since 2014.

For media enquiries: press@energy.example.tm""",
        (
            expect("2026-02-04", "feasibility"),
            expect("2025-10-17", "agreement"),
            expect("../2025-11-30", "survey"),
            expect("2009/..", "operat"),
            expect("2028-12", "first gas", planned=True),
        ),
    ),
    Text(
        "dam_html_page",
        "HTML news page",
        date(2025, 8, 21),
        """<html><head>
<title>Naryn Cascade: turbines arrive at Kazarman dam | Daily Altyn</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/economy">Economy</a> | <a href="/energy">Energy</a></nav>
<article>
<h1>First turbines arrive at Kazarman dam site</h1>
<p class="byline">By Gulnara Abdyldaeva | <time datetime="2025-08-21">21 August 2025</time></p>
<p>The first two turbines for the Kazarman hydropower plant arrived at the site on Tuesday,
the project company said.</p>
<p>Construction of the 1,160-MW plant on the Naryn river was launched on or about 29 October
2016. The river was diverted in November 2019, and the environmental assessment required by
the lenders was completed by March 2024.</p>
<p>The first unit is scheduled to begin generating in 2028.</p>
</article>
<aside><h3>Related</h3>
<ul><li><a href="/2019/naryn">Naryn 2019: the diversion in pictures</a></li></ul></aside>
<footer>&copy; 2025 Daily Altyn</footer>
</body></html>""",
        (
            expect("2025-08-19", "turbines"),
            expect("2016-10-29~", "construction"),
            expect("2019-11", "divert"),
            expect("../2024-03", "assessment"),
            expect("2028", "unit", planned=True),
        ),
    ),
    Text(
        "nhri_annual_report",
        "national human rights institution annual report section",
        None,
        """ANNUAL REPORT 2024 OF THE HUMAN RIGHTS DEFENDER OF ARMENIA
Chapter 4. Right to liberty and security of person

4.1 During the reporting year the Office received 1,942 complaints about deprivation of
liberty, the highest number since 2017.

4.2 Acting as the national preventive mechanism, a function it has performed since 2019, the
Office made monitoring visits to 14 places of detention between 5 and 19 March 2024. The Law on the
Human Rights Defender, amended in May 2024, now allows unannounced visits to military units.

4.3 On 10 December the Office held a roundtable with the Ministry of Justice on pre-trial
detention. The Office will publish a special report on pre-trial detention in 2025.

4.4 The Office reminds the authorities that its recommendations of 2022 on police custody have
not yet been implemented.

- 37 -""",
        (
            expect("2019/..", "mechanism"),
            expect("2024-03-05/2024-03-19", "visits"),
            expect("2024-05", "amend"),
            expect("2024-12-10", "roundtable"),
            expect("2025", "special report", planned=True),
        ),
    ),
    Text(
        "scholarship_call",
        "university scholarship call",
        date(2026, 1, 12),
        """AMERICAN UNIVERSITY OF CENTRAL ASIA - Graduate School
CALL FOR APPLICATIONS: Silk Road Fellowships 2026/27

The Silk Road Fellowship programme, running since 2012, funds one-year master's studies in
human rights and public policy for students from Central Asia, the Caucasus and Afghanistan.

Key dates
- The call opens on 12 January 2026.
- The application portal will close on 1 March 2026 at 23:59 (Bishkek time).
- Shortlisted candidates will be interviewed online from 6 to 10 April 2026.
- Results are scheduled to be published on 30 April.
- Fellows are expected to arrive in Bishkek on 24 August.

Eligibility: a bachelor's degree, English at IELTS 6.5 or equivalent.
Questions? The admissions office answers e-mails every weekday from 9:00 to 17:00.""",
        (
            expect("2012/..", "programme"),
            expect("2026-01-12", "call", "open"),
            expect("2026-03-01", "portal", "close", planned=True),
            expect("2026-04-06/2026-04-10", "interview", planned=True),
            expect("2026-04-30", "results", planned=True),
            expect("2026-08-24", "arrive", planned=True),
        ),
    ),
    Text(
        "former_minister_interview",
        "interview (Q/A)",
        date(2025, 6, 30),
        """"We talked to everyone, including the people we disliked"
An interview with Bakhtiyor Rasulov, former foreign minister of Uzbekistan

Q: How did you come to the ministry?
A: I was appointed in January 2008, after eleven years as ambassador in Moscow.

Q: Your critics say the Almaty memorandum was your biggest mistake.
A: It is unclear whether the memo was even sent on 14 May 2010; the archive copy has no
stamp. What is certain is that the talks collapsed on 2 June 2010.

Q: Why did you leave?
A: I resigned on 3 July 2012. I had said what I had to say.

Q: What do you do now?
A: I have lectured at the Diplomatic Academy since 2015, and my memoir will come out in
October. Next week I travel to Baku for a conference.

Interview by Feruza Alimova. Edited for length.""",
        (
            expect("2008-01", "appoint"),
            expect("2010-05-14?", "memo"),
            expect("2010-06-02", "talks", "collapse"),
            expect("2012-07-03", "resign"),
            expect("2015/..", "lectur"),
            expect("2025-10", "memoir", planned=True),
        ),
    ),
    Text(
        "regional_news_digest",
        "news digest",
        date(2025, 10, 6),
        """REGION IN BRIEF - Monday, 6 October 2025

TBILISI - Metro fares will rise to 1.50 lari on 1 November, the city hall said.

ASTANA - The Mazhilis elected Serik Nurpeisov as its new speaker on Friday, after his
predecessor resigned for health reasons.

DUSHANBE - Flooding in the Rasht valley has displaced about 400 families since 2 October,
the emergencies committee said.

YEREVAN - The National Gallery reopened on Saturday after a renovation that began in 2022.

TASHKENT - The central bank cut its key rate to 13 per cent, the first cut since March 2023.
Its next board meeting is scheduled for 23 October.

Compiled by the Regional Desk. Corrections: desk@example.org""",
        (
            expect("2025-11-01", "fare", planned=True),
            expect("2025-10-03", "speaker"),
            expect("2025-10-02/..", "flood"),
            expect("2025-10-04", "gallery", "reopen"),
            expect("2022", "renovation"),
            expect("2025-10-23", "meeting", planned=True),
        ),
    ),
    Text(
        "satellite_launch_note",
        "space agency launch note",
        date(2026, 7, 11),
        """KAZAKHSTAN GARYSH AGENCY
Launch note No. 7/2026 | 11 July 2026

QazSat-4 successfully launched

The QazSat-4 communications satellite was launched on 9 July 2026 at 06:14 UTC from the
Baikonur Cosmodrome on a Soyuz-2.1b rocket. The satellite separated from the upper stage
about 64 minutes after lift-off.

The first signal from the satellite was received by the Akkol ground station on 10 July.
The contract for the satellite was signed with Orbita Systems in March 2023.

QazSat-4 will replace QazSat-2, which has been in orbit since 2014. After in-orbit tests, the
satellite is expected to enter commercial service in October 2026.

Telemetry is checked every 90 minutes by the mission control centre.""",
        (
            expect("2026-07-09", "launch"),
            expect("2026-07-10", "signal"),
            expect("2023-03", "contract"),
            expect("2014/..", "orbit"),
            expect("2026-10", "service", planned=True),
        ),
    ),
    Text(
        "festival_programme",
        "festival programme",
        date(2026, 6, 1),
        """SHARQ TARONALARI - SAMARKAND WORLD MUSIC FESTIVAL
15th edition | Programme

The festival, founded in 1997, will run from 28 to 31 August 2026 on the Registan square and
at the Samarkand Philharmonic.

Friday 28 August
  19:00  Opening concert: Uzbek National Symphony Orchestra (Registan)
Saturday 29 August
  11:00  Masterclass on the dutar with Ustoz Karim Nazarov (Philharmonic, Hall B)
Sunday 30 August
  20:00  Shashmaqom night with ensembles from Bukhara and Khujand (Registan)
Monday 31 August
  18:00  Awards ceremony and closing gala (Registan)

Workshops for children daily at 10:00. Tickets on sale from the box office every day
except Monday.""",
        (
            expect("1997", "found"),
            expect("2026-08-28/2026-08-31", "festival", planned=True),
            expect("2026-08-28", "opening", planned=True),
            expect("2026-08-29", "masterclass", planned=True),
            expect("2026-08-30", "shashmaqom", planned=True),
            expect("2026-08-31", "closing", planned=True),
        ),
    ),
)
