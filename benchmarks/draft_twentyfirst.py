"""A twenty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents about Central Asia, the UN and
diplomacy, in twenty styles (a wire story from Astana, a foreign ministry's press release, a
Human Rights Council summary, an encyclopedia history, an NGO report chapter, an extradition
ruling, a think-tank commentary, a parliamentary summary, an embassy release, an HTML news
page, a sports report, an airline's history, an election observation summary, a holiday
decree, a drought statement, a university notice, an oral-history interview, a news digest,
a launch report and a museum announcement). The organisations, people and facts are made up.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYFIRST_CORPUS",)


TWENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "astana_un_vote",
        "wire story with a dateline",
        date(2025, 3, 14),
        """ASTANA, March 14 (Steppe Wire) - Kazakhstan voted on Thursday for a UN General
Assembly resolution that sets up a regional centre for glacier monitoring in Almaty, the
Foreign Ministry said.

The resolution, drafted by the five Central Asian states, passed with 141 votes in favour and
none against, the broadest support for a regional text since 2017.

The draft was first tabled in the Assembly's Second Committee on October 9, 2024, and was
approved there on or about November 19 after two rounds of informal consultations.

A first board meeting will be held in Almaty on April 22, Deputy Foreign Minister Aidos
Temirkhanov told reporters, and the centre itself is expected to open in January 2026.

Kazakhstan has chaired the regional water commission since 2022.

(Reporting by Dina Mukanova; Editing by Paul Hersh)""",
        (
            expect("2025-03-13", "vot"),
            expect("2024-10-09", "tabl"),
            expect("2024-11-19~", "approv"),
            expect("2025-04-22", "board", planned=True),
            expect("2026-01", "open", planned=True),
            expect("2022/..", "chair"),
        ),
    ),
    Text(
        "kyrgyz_mfa_visit",
        "press release of a foreign ministry",
        date(2025, 6, 2),
        """MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ REPUBLIC
Press Release No. 118
Bishkek, 2 June 2025

Minister of Foreign Affairs Nurlan Abdykadyrov will pay an official visit to Mongolia from
10 to 12 June at the invitation of Foreign Minister Batbayar Ganzorig.

In Ulaanbaatar the two ministers are to sign a protocol on visa-free travel for holders of
service passports. The text was agreed in principle at consultations held in Bishkek on
27 February.

Diplomatic relations between the Kyrgyz Republic and Mongolia were established on
11 March 1992. The Kyrgyz embassy in Ulaanbaatar has operated since 2012. The last visit
at the level of foreign ministers took place in 2019.

Press Service of the Ministry of Foreign Affairs
www.mfa.example.kg""",
        (
            expect("2025-06-10/2025-06-12", "visit", planned=True),
            expect("2025-02-27", "agree"),
            expect("1992-03-11", "relation"),
            expect("2012/..", "embassy"),
            expect("2019", "visit"),
        ),
    ),
    Text(
        "hrc_session_summary",
        "UN Human Rights Council session summary",
        None,
        """HUMAN RIGHTS COUNCIL - 59th SESSION
Summary of proceedings relating to Central Asia (prepared by the Geneva Rights Digest)

The fifty-ninth session of the Council ran from 16 June to 11 July 2025 in Geneva.

On 24 June the Special Rapporteur on the independence of judges and lawyers, Ms. Ilse
Varga, presented her report on Tajikistan, which followed her country visit from 3 to 14
February. The report draws on the 2023 survey of the Working Group on Detention.

The delegation of Uzbekistan told the interactive dialogue that the law on the national
ombudsperson had been in force since January 2024.

On 9 July the Council adopted resolution 59/14 on water and sanitation by consensus, with
Kyrgyzstan and Kazakhstan among the main sponsors.

The next universal periodic review of Kazakhstan is scheduled for January 2026.""",
        (
            expect("2025-06-16/2025-07-11", "session"),
            expect("2025-06-24", "report"),
            expect("2025-02-03/2025-02-14", "visit"),
            expect("2024-01/..", "law"),
            expect("2025-07-09", "adopt"),
            expect("2026-01", "review", planned=True),
        ),
    ),
    Text(
        "turkistan_encyclopedia",
        "encyclopedia history of a city",
        None,
        """Turkistan

Turkistan is a city in southern Kazakhstan and the administrative centre of Turkistan
Region.

History

The town is first mentioned, as Shavgar, in a chronicle of c. 980. Under the name Yasy it
grew around the shrine of a Sufi teacher. Work on the great mausoleum over his grave began
on the orders of Timur in 1389; it was left unfinished in 1405, on the ruler's death.

The city became the capital of the Kazakh Khanate around 1599. It was taken by Kokand forces
in 1815 and by Russian troops in 1864.

In 2018 Turkistan became the administrative centre of the newly created Turkistan Region, and
its population, 165,000 at the 2021 census, has grown faster than that of any other
regional centre since 2010.

See also: Sayram; Otrar.""",
        (
            expect("0980~", "mention"),
            expect("1389", "mausoleum"),
            expect("1405", "unfinish"),
            expect("1599~", "capital"),
            expect("1815", "kokand"),
            expect("1864", "russian"),
            expect("2018", "administrative"),
        ),
    ),
    Text(
        "ngo_assembly_chapter",
        "NGO report chapter",
        None,
        """Chapter 3. Freedom of Peaceful Assembly

3.1 Legal framework

The law on peaceful assemblies, adopted on 25 May 2020, replaced the permit system with
one of notification. By September 2020 all regional akimats had designated "special places"
for rallies. Amendments signed on or about 8 December 2022 shortened the notification period
to five working days.

3.2 Practice

Our monitors recorded 212 gatherings over the period covered, the highest number since 2016.
Since March 2024, organisers in Almaty have been required to file notifications through the
city's online portal. Police dispersed a rally of roughly 300 pensioners in Shymkent on
17 April 2024.

Activist Dana Seitkali was detained on 2 May 2024 and was released, probably on 6 May; her
lawyer was not informed of the release.

3.3 Recommendations

- Abolish the list of designated places.
- Allow spontaneous assemblies without prior notification.""",
        (
            expect("2020-05-25", "adopt"),
            expect("../2020-09", "designat"),
            expect("2022-12-08~", "amend"),
            expect("2024-03/..", "portal"),
            expect("2024-04-17", "dispers"),
            expect("2024-05-02", "detain"),
            expect("2024-05-06?", "releas"),
        ),
    ),
    Text(
        "riga_extradition_ruling",
        "court ruling summary",
        None,
        """REGIONAL COURT OF RIGA - EXTRADITION CHAMBER
Case No. EX-2024/311 (Nazarov)
Summary prepared by the Court's press office. Not binding on the Court.

Facts. The applicant, R. Nazarov, a Tajik national, entered Latvia on or about 14 August
2023. He was arrested at Riga airport on 3 February 2024 on the basis of an Interpol red
notice issued in 2021. The Prosecutor General's Office of Tajikistan submitted its formal
extradition request no later than 4 March 2024.

The applicant stated that he had been granted refugee status in Poland, possibly in 2019;
the documents before the Court do not settle the point.

Ruling. In its ruling of 12 March 2025 the Chamber refused extradition, finding a real risk
of ill-treatment in the requesting state. The prosecution may appeal to the Supreme Court
within fifteen days of service.""",
        (
            expect("2023-08-14~", "enter"),
            expect("2024-02-03", "arrest"),
            expect("2021", "notice"),
            expect("../2024-03-04", "request"),
            expect("2019?", "refugee"),
            expect("2025-03-12", "refus"),
        ),
    ),
    Text(
        "caspian_decade_commentary",
        "think-tank commentary",
        date(2025, 11, 20),
        """COMMENTARY | Steppe Policy Institute
A decade of the Caspian Transit Forum: what did it deliver?
By Marat Ospanov, senior fellow | 20 November 2025

When ministers met in Aktau in October 2015 to launch the Caspian Transit Forum, few expected
it to last. Yet the first concrete result came the following year, when a single customs
declaration for transit cargo was introduced.

The ferry terminal at Kuryk, the forum's flagship project, opened its three phases in 2017,
2019 and 2021. The forum's secretariat has been based in Baku since 2020.

At Monday's ministerial meeting in Tashkent the members agreed to harmonise rail tariffs, a
step discussed at every meeting for ten years. The next ministerial meeting is scheduled for
May 2026 in Turkmenbashi.

The views expressed are the author's own.""",
        (
            expect("2015-10", "launch"),
            expect("2016", "customs"),
            expect("2017", "phase"),
            expect("2019", "phase"),
            expect("2021", "phase"),
            expect("2020/..", "secretariat"),
            expect("2025-11-17", "tariff"),
            expect("2026-05", "ministerial", planned=True),
        ),
    ),
    Text(
        "mazhilis_session_summary",
        "parliamentary session summary",
        None,
        """MAZHILIS OF THE PARLIAMENT OF THE REPUBLIC OF KAZAKHSTAN
Plenary session - summary of decisions

At its plenary sitting on 15 October 2025 the Mazhilis adopted the bill amending the Water
Code in the first reading. The Code has been in force since 1 January 2004.

The bill ratifying the agreement with Uzbekistan on the demarcation of the state border was
adopted in the second reading; it had passed the first reading on 1 October.

The bill on tourism, approved in the first reading in June, was sent back to the committee
on ecology for a second opinion.

Deputies will consider the draft republican budget for 2026-2028 in the first reading on
22 October. Plenary sittings are held every Wednesday.

The current convocation of the Mazhilis was elected on 19 March 2023.""",
        (
            expect("2025-10-15", "water"),
            expect("2004-01-01/..", "force"),
            expect("2025-10-01", "demarcat"),
            expect("2025-06", "tourism"),
            expect("2025-10-22", "budget", planned=True),
            expect("2023-03-19", "elect"),
        ),
    ),
    Text(
        "seoul_embassy_festival",
        "embassy press release",
        date(2025, 8, 28),
        """EMBASSY OF THE REPUBLIC OF UZBEKISTAN IN THE REPUBLIC OF KOREA
PRESS RELEASE - 28.08.2025

The Embassy is pleased to announce that "Silk Threads", a festival of Uzbek culture, will
take place at the Seoul Arts Plaza from 12 to 14 September. Tickets will go on sale on
Monday, 1 September.

The festival was first held in Busan in 2019; about 9,000 people attended the previous
edition, in Incheon, in 2023. It is organised under the cultural exchange programme signed
by the two governments on 30 April 2024.

Ambassador Bekzod Rakhimov, in his post since February 2022, will open the festival together
with the Mayor of Seoul.

For accreditation please write to press@uzembassy.example.kr""",
        (
            expect("2025-09-12/2025-09-14", "festival", planned=True),
            expect("2025-09-01", "ticket", planned=True),
            expect("2019", "busan"),
            expect("2023", "incheon"),
            expect("2024-04-30", "programme"),
            expect("2022-02/..", "ambassador"),
        ),
    ),
    Text(
        "pipeline_html_page",
        "HTML news page",
        date(2024, 9, 5),
        """<html><head><title>Trans-Steppe pipeline signs contract | Caspian Energy Review</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/oil-gas">Oil &amp; Gas</a> | <a href="/power">Power</a></nav>
<article>
<h1>Trans-Steppe pipeline consortium signs final construction contract</h1>
<p class="byline">By Timur Akhmetov | <time datetime="2024-09-05">5 September 2024</time></p>
<p>The Trans-Steppe Gas Pipeline consortium signed the final engineering and construction
contract for its 410-km section between Beineu and the Uzbek border on Wednesday, the largest
investment in the region's gas sector since 2009.</p>
<p>The consortium was formed around 2019 by KazTransit Holding and two Uzbek partners. The
project's feasibility study was approved in March 2021, and the first pipe was laid on 14
June 2023.</p>
<p>Construction is scheduled to be completed in December 2026. First deliveries of gas to
Uzbekistan are projected for 2027.</p>
</article>
<footer>&copy; 2024 Caspian Energy Review. All rights reserved.</footer>
</body></html>""",
        (
            expect("2024-09-04", "contract"),
            expect("2019~", "form"),
            expect("2021-03", "feasib"),
            expect("2023-06-14", "pipe"),
            expect("2026-12", "complet", planned=True),
            expect("2027", "deliver", planned=True),
        ),
    ),
    Text(
        "turan_games_report",
        "sports report",
        date(2025, 7, 21),
        """WRESTLING | TURAN GAMES
Kyrgyz wrestlers take four golds in Dushanbe
By Azamat Isaev, Dushanbe

Kyrgyzstan's freestyle wrestlers won four gold medals on Sunday, led by Aibek Moldobaev, who
took silver at the previous Games in Tashkent. Kazakh swimmer Arina Sadykova set a Games
record in the 200 m butterfly on Saturday.

Kazakhstan still leads the medal table with 54 golds, its best tally since 2013.

The seventh Turan Games, which opened on 11 July with 2,600 athletes from nine countries,
close on Tuesday with the football final. The Games were first held in Almaty in 2005.

Organisers said the next edition is to be held in Ashgabat in 2029.

Medal table, p. 14 | Results, p. 15""",
        (
            expect("2025-07-20", "gold"),
            expect("2025-07-19", "record"),
            expect("2025-07-11", "open"),
            expect("2025-07-22", "close", planned=True),
            expect("2005", "almaty"),
            expect("2029", "ashgabat", planned=True),
        ),
    ),
    Text(
        "samanid_air_history",
        "company history of an airline",
        None,
        """About us > Our history

Samanid Air, the national carrier of Tajikistan, was established by government decree on
25 September 1992, taking over the Dushanbe directorate of the former Soviet airline. Its
first jet, a Tupolev Tu-154, probably arrived in 1994.

The airline joined the International Air Transport Association in 2001. Routes to Istanbul,
Dubai and Delhi followed in 2012, 2014 and 2016 respectively.

Since 2019 Samanid Air has operated from the new terminal at Dushanbe International Airport.

Delivery of the first of four Airbus A321neo aircraft is planned for March 2026.

Book a flight | Manage booking | Careers""",
        (
            expect("1992-09-25", "establish"),
            expect("1994?", "tupolev"),
            expect("2001", "join"),
            expect("2012", "istanbul"),
            expect("2014", "dubai"),
            expect("2016", "delhi"),
            expect("2019/..", "terminal"),
            expect("2026-03", "airbus", planned=True),
        ),
    ),
    Text(
        "kyrgyz_election_observation",
        "election observation final report summary",
        None,
        """EURASIAN ELECTORAL OBSERVERS NETWORK
Kyrgyz Republic - Early Parliamentary Elections
Final Report: Executive Summary

The early parliamentary elections were called by presidential decree on 25 September 2025
and held on 30 November. The mission was deployed from 15 October to 7 December, with some
240 observers from 31 countries.

All 11 party lists had been registered by 31 October. Turnout was 37.2 per cent, against
34.6 per cent at the 2021 elections.

The Central Election Commission announced the final results on or about 10 December. The
new Jogorku Kenesh convened on 18 December.

The mission's recommendations are listed in Section XIV.""",
        (
            expect("2025-09-25", "call"),
            expect("2025-11-30", "election"),
            expect("2025-10-15/2025-12-07", "deploy"),
            expect("../2025-10-31", "regist"),
            expect("2025-12-10~", "result"),
            expect("2025-12-18", "convene"),
        ),
    ),
    Text(
        "holiday_calendar_decree",
        "government decree",
        None,
        """RESOLUTION OF THE GOVERNMENT OF THE REPUBLIC OF KAZAKHSTAN
No. 812, Astana
On the transfer of days off in 2026

In accordance with the Labour Code of 23 November 2015, the Government RESOLVES:

1. Friday, 2 January 2026 is to be an additional day off.
2. Monday, 23 March 2026 is to be a day off in connection with Nauryz meiramy.
3. Public holidays that fall on a weekend are moved to the next working day, as in every
year. Republic Day, restored as a public holiday in 2022, is observed on 25 October.
4. Resolution No. 904 of 12 November 2024 is to lapse on 31 December 2025.
5. This resolution enters into force ten days after its first official publication.

Prime Minister of the Republic of Kazakhstan""",
        (
            expect("2026-01-02", "off", planned=True),
            expect("2026-03-23", "nauryz", planned=True),
            expect("2022", "restor"),
            expect("2025-12-31", "lapse", planned=True),
        ),
    ),
    Text(
        "amu_darya_drought",
        "ministry statement",
        date(2025, 8, 12),
        """Statement by the Ministry of Water Resources on low water in the Amu Darya basin
Tashkent, 12 August 2025

Flow in the Amu Darya at the Kerki gauge fell on Sunday to 610 cubic metres per second, the
lowest August level since 2008.

A state of emergency has been in force in Karakalpakstan and Khorezm since 28 July. Water
rationing for cotton fields began around 1 August.

The Ministry will hold an emergency meeting of the interstate water commission in Nukus on
19 August; the commission last met on 3 June in Dushanbe. The previous severe drought in
the basin occurred in 2021.

Farmers are asked to irrigate at night only.""",
        (
            expect("2025-08-10", "flow"),
            expect("2025-07-28/..", "emergency"),
            expect("2025-08-01~", "ration"),
            expect("2025-08-19", "meeting", planned=True),
            expect("2025-06-03", "dushanbe"),
            expect("2021", "drought"),
        ),
    ),
    Text(
        "university_exchange_notice",
        "university international office notice",
        date(2025, 10, 6),
        """ILE VALLEY UNIVERSITY - INTERNATIONAL OFFICE
Call for applications: Spring 2026 exchange semester

Applications will open on 13 October and will close on 14 November 2025 at 17:00 (Astana
time). The exchange semester is to run from 2 February to 12 June 2026.

An online information session will take place on Thursday at 15:00 on the university's
video platform.

The university has been part of the Erasmus+ mobility network since 2015. Its exchange
agreement with the University of Tartu was signed on 4 March 2019.

Office hours: every Tuesday and Thursday, 10:00-12:00, Room 214, Main Building.
Contact: intl@ilevalley.example.kz""",
        (
            expect("2025-10-13", "open", planned=True),
            expect("2025-11-14", "close", planned=True),
            expect("2026-02-02/2026-06-12", "semester", planned=True),
            expect("2025-10-09", "session", planned=True),
            expect("2015/..", "erasmus"),
            expect("2019-03-04", "tartu"),
        ),
    ),
    Text(
        "diplomat_oral_history",
        "oral-history interview",
        None,
        """ORAL HISTORY OF CENTRAL ASIAN DIPLOMACY - Interview No. 47
Interviewee: Ambassador (ret.) Serik Zhumabayev. Interviewer: Anna Lindqvist.
Recorded in Almaty, spring 2024.

Q: When did you join the foreign service?
A: In August 1993. The ministry was still in a few rooms of the old party building.

Q: And your first posting?
A: New York, the Permanent Mission. I arrived there probably in January 1995; it might have
been February.

Q: What do you remember best from those years?
A: The water memorandum. It was signed in Tashkent on 17 June 1998, after two years of talks.

Q: Then Geneva?
A: Yes, I went to Geneva in about 2001 and left in 2005.

Q: And afterwards?
A: I became head of the ministry's archive in 2012 and retired in 2016.""",
        (
            expect("1993-08", "join"),
            expect("1995-01?", "arriv"),
            expect("1998-06-17", "memorandum"),
            expect("2001~", "geneva"),
            expect("2005", "geneva"),
            expect("2012", "archive"),
            expect("2016", "retir"),
        ),
    ),
    Text(
        "news_agency_digest",
        "news agency daily digest",
        date(2025, 4, 9),
        """QAZAQ NEWS AGENCY - DAILY DIGEST
Wednesday, 9 April 2025

TASHKENT - Uzbekistan and Tajikistan agreed yesterday to reopen a second rail crossing near
Bekabad for freight trains.

BISHKEK - The National Bank on Monday kept its policy rate at 9 per cent, where it has stood
since November 2024.

ASHGABAT - A new airport in Jebel is scheduled to open on 1 July.

DUSHANBE - The second unit of the Varzob-3 hydropower plant was commissioned on or about
2 April, the energy ministry said.

ASTANA - Annual inflation slowed to 9.4 per cent, the lowest since 2021, the statistics
bureau said.

ALMATY - Registration for the 2025 Almaty Marathon will close on Friday.

(c) Qazaq News Agency. Reproduction only with a link.""",
        (
            expect("2025-04-08", "rail"),
            expect("2025-04-07", "rate"),
            expect("2024-11/..", "rate"),
            expect("2025-07-01", "airport", planned=True),
            expect("2025-04-02~", "commission"),
            expect("2025-04-11", "registration", planned=True),
        ),
    ),
    Text(
        "baikonur_launch_report",
        "space launch report",
        date(2025, 9, 19),
        """BAIKONUR COSMODROME, Kazakhstan - A Soyuz-2.1b rocket carrying the KazSat-R1 Earth
observation satellite lifted off from Site 31 at 06:14 Astana time on Thursday, the national
space agency said. The launch had been postponed from 28 August because of a sensor fault.

It is the first Kazakh satellite launched from Baikonur since 2019. The national space
agency ordered it from Orbita Systems in November 2021. Its predecessor,
KazSat-R0, was launched on 14 March 2014 and was retired in roughly 2023.

The satellite is expected to enter service in December after commissioning tests.

Kazakhstan has leased the cosmodrome to Russia since 1994. The next launch from Site 31 is
planned for 3 October.""",
        (
            expect("2025-09-18", "lift"),
            expect("2014-03-14", "launch"),
            expect("2021-11", "order"),
            expect("2023~", "retir"),
            expect("2025-12", "service", planned=True),
            expect("1994/..", "lease"),
            expect("2025-10-03", "launch", planned=True),
        ),
    ),
    Text(
        "samarkand_museum_exhibition",
        "museum exhibition announcement",
        date(2025, 2, 3),
        """MUSEUM OF THE SILK ROAD CITIES, SAMARKAND
Exhibition announcement

Ink and Clay: Samarkand Ceramics from the 9th to the 12th Century

The exhibition will be on view from 14 February to 31 May 2025 in the East Gallery. An
opening reception will be held on Thursday, 13 February 2025, at 18:00.

The centrepiece, a bowl made in Samarkand around the year 1000, was excavated at Afrasiab in
1967. Most pieces come from the collection of Professor Lidiya Vorontsova, bequeathed to the
museum in 1988. The museum reopened on 1 September 2024 after a three-year renovation.

Guided tours in English every Saturday at 11:00.""",
        (
            expect("2025-02-14/2025-05-31", "exhibition", planned=True),
            expect("2025-02-13", "reception", planned=True),
            expect("1000~", "bowl"),
            expect("1967", "excavat"),
            expect("1988", "bequeath"),
            expect("2024-09-01", "reopen"),
        ),
    ),
)
