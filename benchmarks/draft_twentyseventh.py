"""A twenty-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents that diplomats, analysts and
journalists keep chronologies from, about the United Nations, human rights, Central Asia,
Europe and Africa, each in a different style. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYSEVENTH_CORPUS",)

TWENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "security-council-wire",
        "wire story on a Security Council resolution",
        date(2025, 3, 14),
        """UNITED NATIONS, March 14 (Meridian Wire) - The U.N. Security Council on Thursday
extended the mandate of its observer mission in the Fergana border zone for another year,
adopting resolution 2871 by 13 votes in favour with two abstentions.

The mission, known as UNOMF, first deployed in April 2019 after clashes along the disputed
frontier. Under the new text its mandate will expire on 31 March 2026, and the
Secretary-General must submit a review of its troop levels by 15 September.

The previous one-year extension was approved on 27 March 2024.

The resolution raises the ceiling to 1,400 personnel, the largest authorised strength
since 2016. Diplomats said the vote followed weeks of talks over the ceasefire of 2 February
2024, which both governments say has largely held.

"This is a signal that the Council is not walking away," said Ambassador Helena Voss of the
presiding delegation. The Council meets on the region every quarter.

(Reporting by Daniel Okafor; editing by Maria Lund)""",
        (
            expect("2025-03-13", "extend", "mandate"),
            expect("2019-04", "deploy"),
            expect("2026-03-31", "expire", planned=True),
            expect("../2025-09-15", "review"),
            expect("2024-02-02", "ceasefire"),
            expect("2024-03-27", "extension"),
        ),
    ),
    Text(
        "hrc-election-news",
        "UN Human Rights Council election news",
        date(2024, 10, 10),
        """Uzbekistan wins seat on Human Rights Council

GENEVA / NEW YORK, 10 October 2024 - Uzbekistan was elected to the UN Human Rights Council
on Wednesday, winning 172 votes in a secret ballot of the General Assembly, the highest
total for any Asia-Pacific candidate since 2012.

The country will serve a three-year term beginning on 1 January 2025. It previously served
as a member of the Council from 2019 to 2021, after a first bid in 2016 failed by eleven
votes.

Rights groups had urged states to weigh the candidate's record. "Membership comes with
scrutiny," said Amira Hassan of the Geneva-based Council Watch Network.

The Council's next organisational meeting is scheduled for 6 December, when the new
bureau will be chosen. The Council holds three regular sessions every year.""",
        (
            expect("2024-10-09", "elect"),
            expect("2025-01-01", "term", planned=True),
            expect("2019/2021", "serv"),
            expect("2016", "bid"),
            expect("2024-12-06", "meet", planned=True),
        ),
    ),
    Text(
        "ministry-statement-ecosoc",
        "foreign ministry statement on an election to a UN body",
        None,
        """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF TAJIKISTAN
Press statement No. 114/25 - 18 June 2025

On the election of the Republic of Tajikistan to the Economic and Social Council

On 17 June 2025 the United Nations General Assembly elected the Republic of Tajikistan
to the Economic and Social Council for the term 2026-2028. The Ministry expresses its
gratitude to all Member States that supported the candidature.

Tajikistan joined the United Nations on 2 March 1992 and has been a member of the
Commission for Social Development since 2021. The mandate in the Council will begin on
1 January 2026.

During its membership Tajikistan will give priority to water, climate and sustainable
development. In this spirit, Tajikistan will host a high-level water conference in
Dushanbe from 20 to 22 May 2026.

Dushanbe, 18 June 2025""",
        (
            expect("2025-06-17", "elect"),
            expect("1992-03-02", "join"),
            expect("2021/..", "commission"),
            expect("2026-01-01", "mandate", planned=True),
            expect("2026-05-20/2026-05-22", "water", "conference", planned=True),
        ),
    ),
    Text(
        "ngo-pledge-tracker",
        "NGO pledge-tracker page on a country's human rights commitments",
        None,
        """PLEDGE TRACKER | Kenya
Rights Commitments Monitor - Last updated: 3 November 2025

| Pledge | Status | Notes |
|---|---|---|
| Ratify OPCAT | In progress | Signed on 12 April 2019; bill tabled in March 2024 |
| Fund the rights commission | Fulfilled | Budget raised in about July 2022 |
| Abolish the death penalty | Not fulfilled | Moratorium on executions in place since 1987 |
| Engage with the UPR | On track | Kenya's last review took place in January 2020 |

How we track: our researchers check each pledge every quarter against official gazettes
and parliamentary records. Status labels follow the 2018 methodology note.

Share this page | Download CSV | Report an error""",
        (
            expect("2019-04-12", "sign"),
            expect("2024-03", "bill"),
            expect("2022-07~", "budget"),
            expect("1987/..", "moratorium"),
            expect("2020-01", "review"),
        ),
    ),
    Text(
        "voluntary-pledges-summary",
        "a country's voluntary pledges document summary",
        None,
        """Candidature of Georgia to the Human Rights Council
Voluntary pledges and commitments - summary

1. Georgia abolished the death penalty in 1997, joined the Council of Europe on 27 April
1999 and ratified the Istanbul Convention on 19 May 2017. It remains committed
to the universal abolition of capital punishment.

2. Georgia has extended a standing invitation to all special procedures of the Council
since 2010 and will continue to receive country visits.

3. Georgia commits to submit its overdue periodic report to the Committee against Torture
no later than 30 June 2026.

4. A new national human rights strategy is expected to be adopted in March 2027, after
public consultations with civil society organisations and the Public Defender.

5. Georgia will continue to report every year on the implementation of these pledges.""",
        (
            expect("1999-04-27", "council", "europe"),
            expect("1997", "abolish"),
            expect("2017-05-19", "ratif"),
            expect("2010/..", "invitation"),
            expect("../2026-06-30", "report"),
            expect("2027-03", "strategy", planned=True),
        ),
    ),
    Text(
        "encyclopedia-un-agency",
        "encyclopedia history of a UN agency",
        None,
        """United Nations Office for Arid Land Development

The United Nations Office for Arid Land Development (UNOALD) is a subsidiary body of the
General Assembly that supports countries affected by desertification.

History
The office was established by a General Assembly resolution on 14 December 1967, with a
small secretariat in Geneva. Its founding director, the Chilean agronomist Ines Valdar,
probably retired in 1981, although agency records from the period are incomplete.

The headquarters moved from Geneva to Nairobi in 1975, and the office opened a regional
office in Tashkent the following year. Around 1982 it began a drought early-warning
programme for the Sahel and Central Asia. UNOALD was restructured in 1989, 1996 and 2004,
each time after a review by member states.

Today it employs some 1,200 staff, and its budget is the largest since 1990.

See also: United Nations Environment Programme""",
        (
            expect("1967-12-14", "establish"),
            expect("1981?", "retire"),
            expect("1975", "move"),
            expect("1976", "regional"),
            expect("1982~", "warning"),
            expect("1989", "restructur"),
            expect("1996", "restructur"),
            expect("2004", "restructur"),
        ),
    ),
    Text(
        "court-press-freedom",
        "a court ruling summary on press freedom",
        None,
        """CONSTITUTIONAL COURT OF THE REPUBLIC OF MOLDOVA
Summary of judgment - Case of Ilies v. Prosecutor General (application no. 41/2023)

Facts. The applicant, Radu Ilies, is an investigative reporter for the weekly Ziarul de
Garda Nou, which was founded in about 1998. He was arrested on 9 November 2021 after
publishing documents on public procurement. The Chisinau district court convicted him of
disclosing state secrets on 22 June 2022, and the Court of Appeal dismissed his appeal on
3 March 2023.

Decision. In its judgment of 28 January 2025 the Court held that Article 178 of the Criminal
Code, as applied, violated the freedom of expression. The Court ordered Parliament to amend
the provision by 31 December 2025 at the latest.

The full text of the judgment is available in Romanian. This summary does not bind the
Court.""",
        (
            expect("1998~", "found"),
            expect("2021-11-09", "arrest"),
            expect("2022-06-22", "convict"),
            expect("2023-03-03", "appeal"),
            expect("2025-01-28", "judgment"),
            expect("../2025-12-31", "amend"),
        ),
    ),
    Text(
        "feature-decade-reforms",
        "a journalist's feature on a decade of reforms",
        date(2026, 2, 2),
        """Ten years on, Kazakhstan's quiet reformers take stock

By Laura Bekova

ASTANA - The reform commission that Aliya Seitkali chaired was created in January 2016,
in a government building that still smelled of fresh paint. "Nobody believed we would
last a year," she says.

A decade later, the list of changes is long. The tenge was floated on or about 5
September 2017, a shock that economists now credit with the fastest growth since 2008.
Exit visas were abolished in 2019. A new media law, drafted by the commission, had come
into force in 2018, although critics say it changed little.

Since 2021 independent candidates have been allowed to stand in local elections, though
few win. Data from the 2009 census still shape the map of districts.

Parliamentary elections are expected in 2027, and Seitkali, now 61, says she will not
run. "Reform is a habit," she says. "You do a little every Monday.\"""",
        (
            expect("2016-01", "commission"),
            expect("2017-09-05~", "float"),
            expect("2019", "exit"),
            expect("2018", "media"),
            expect("2021/..", "independent"),
            expect("2027", "election", planned=True),
        ),
    ),
    Text(
        "committee-report-treaty",
        "parliamentary committee report on a treaty",
        None,
        """RIIGIKOGU - FOREIGN AFFAIRS COMMITTEE
Report on the Agreement between the Republic of Estonia and the Republic of Kazakhstan
on the Promotion and Reciprocal Protection of Investments

Summary
1. The Agreement was signed in Astana on 11 October 2024 and laid before the Riigikogu on
3 February 2025. It replaces the 1996 agreement, which entered into force on 1 June 1997.

2. The Committee held hearings from 17 to 19 March 2025, taking evidence from the Ministry
of Economic Affairs, two business associations and an academic expert.

3. The Committee recommends that the Riigikogu ratify the Agreement. Under the terms agreed
with Kazakhstan, ratification should be completed by 30 June 2025, and the Agreement is
expected to enter into force in January 2026.

4. The Committee notes that investment flows between the two countries are the lowest
since 2014 and asks the Government to report on them every two years.""",
        (
            expect("2024-10-11", "sign"),
            expect("2025-02-03", "laid"),
            expect("1997-06-01", "force"),
            expect("2025-03-17/2025-03-19", "hearing"),
            expect("../2025-06-30", "ratif"),
            expect("2026-01", "force", planned=True),
        ),
    ),
    Text(
        "consular-notice",
        "a consular notice with dates",
        date(2025, 11, 20),
        """EMBASSY OF FINLAND IN ASTANA
Consular notice - 20 November 2025

Closures: the consular section will be closed on 1 and 2 December 2025 for the national
holidays.

Appointments: since 3 March 2025, passport and visa appointments are booked online only.
Walk-in visits are no longer possible.

Holiday travel: applications for passports needed for travel over the New Year must be
lodged by 12 December. Later applications cannot be guaranteed.

Mobile consular day: the consul will hold a mobile consular day in Shymkent on Saturday
24 January 2026. Places are limited.

Office hours: every Tuesday and Thursday, 9:00-12:00. Emergency telephone: +7 717 000 0000.""",
        (
            expect("2025-12-01", "close", planned=True),
            expect("2025-12-02", "close", planned=True),
            expect("2025-03-03/..", "online"),
            expect("../2025-12-12", "application"),
            expect("2026-01-24", "consular", planned=True),
        ),
    ),
    Text(
        "factbox-council",
        "a wire factbox of key facts about a council",
        None,
        """FACTBOX-Key facts about the Pan-African Human Rights Council

ADDIS ABABA (Meridian Wire) - Here are some facts about the Pan-African Human Rights
Council, whose members meet this week to elect a new chair.

* FOUNDED: The Council was founded in Addis Ababa on 25 May 1999. Its first chair, Kofi
Addai of Ghana, took office on 3 June 1999. It replaced the African Commission for Rights
Monitoring, which operated from 1981 to 1999.

* MEMBERS: Membership was expanded to 21 seats in 2013. Members serve staggered terms.

* SUSPENSIONS: The Council suspended Mali's participation in around August 2021 and has
not lifted the measure.

* SESSIONS: It meets three times a year; its founding texts include the 2015 Kigali
Declaration.

* NEXT STEPS: The next election of Council members will be held in February 2026.

(Compiled by Grace Mensah; editing by Tom Hale)""",
        (
            expect("1999-05-25", "found"),
            expect("1999-06-03", "chair"),
            expect("1981/1999", "commission"),
            expect("2013", "expand"),
            expect("2021-08~", "suspend"),
            expect("2026-02", "election", planned=True),
        ),
    ),
    Text(
        "summit-declaration",
        "a regional organisation's summit declaration",
        None,
        """CASPIAN-BLACK SEA COOPERATION FORUM
Baku Declaration of the Heads of State

We, the Heads of State of the member countries of the Caspian-Black Sea Cooperation Forum,
having met in Baku on 13-14 May 2025,

Recalling the founding Charter of the Forum signed in Tbilisi on 7 April 2001,

Welcoming the entry into force of the Agreement on Multimodal Transit on 1 January 2025,

Noting with concern that trade between member countries remains below its 2019 level,

1. Decide to establish a permanent secretariat in Astana no later than 31 December 2026;

2. Instruct the ministers of transport to meet every year;

3. Agree that the next summit will be held in Tashkent in 2027.

Done at Baku, 14 May 2025, in one original in the English and Russian languages.""",
        (
            expect("2025-05-13/2025-05-14", "baku"),
            expect("2001-04-07", "charter"),
            expect("2025-01-01", "transit"),
            expect("../2026-12-31", "secretariat"),
            expect("2027", "summit", planned=True),
        ),
    ),
    Text(
        "think-tank-invitation",
        "a think-tank event invitation with a programme",
        None,
        """<h2>Invitation: Water, Borders and Peace in Central Asia</h2>
<p>The Eurasia Policy Institute invites you to a roundtable on Wednesday, 18 March 2026, at
its offices in Brussels, Rue de la Loi 42.</p>
<p>The Astana water accord, signed in September 2018, promised joint management of the
Syr Darya. Our new report, which follows the Institute's first study published in about
2020, asks what has been delivered.</p>
<h3>Programme</h3>
<ul>
<li>09:30 Registration and coffee</li>
<li>10:00 Opening remarks - Dr Marta Kowalczyk, Director</li>
<li>10:15 Panel: the accord seven years on</li>
<li>12:00 Lunch</li>
</ul>
<p>Registration closes by 11 March. A follow-up meeting is planned in Bishkek for 9 June.</p>
<p>Our roundtables take place every first Wednesday of the month.</p>""",
        (
            expect("2026-03-18", "roundtable", planned=True),
            expect("2018-09", "accord"),
            expect("2020~", "study"),
            expect("../2026-03-11", "registration"),
            expect("2026-06-09", "meet", planned=True),
        ),
    ),
    Text(
        "national-action-plan",
        "a government's national action plan summary with deadlines",
        None,
        """GOVERNMENT OF THE REPUBLIC OF ARMENIA
National Action Plan on Business and Human Rights 2025-2028 - Summary

The Plan was adopted by Government decision on 22 August 2025, after a public consultation
on the draft held from 1 to 30 April 2025. It builds on the first plan, which ran from 2020
to 2023.

Key measures and deadlines

- Measure 1: a non-judicial complaint mechanism for workers must be in place by 31
  March 2026.
- Measure 2: the Labour Inspectorate will publish its first report on supply chains in
  June 2026.
- Measure 3: a draft law on human rights due diligence must be submitted to Parliament no
  later than December 2027.

Responsible bodies report to the inter-ministerial working group every six months.""",
        (
            expect("2025-08-22", "adopt"),
            expect("2025-04-01/2025-04-30", "consult"),
            expect("2020/2023", "plan"),
            expect("../2026-03-31", "complaint"),
            expect("2026-06", "report", planned=True),
            expect("../2027-12", "law"),
        ),
    ),
    Text(
        "html-press-release",
        "an HTML press release page with a dateline and boilerplate",
        date(2025, 9, 24),
        """<div class="header"><a href="/">Steppe Rights Watch</a> | News | Press releases</div>
<h1>Kyrgyzstan: parliament passes restrictive NGO bill</h1>
<p class="date">24 September 2025</p>
<p><strong>BISHKEK, 24 September 2025</strong> - Kyrgyzstan's parliament yesterday passed
the so-called foreign representatives bill in its third reading, Steppe Rights Watch said
today.</p>
<p>The bill was introduced in May 2024 and would oblige groups with foreign funding to
register as "foreign representatives". President Adylbek Sariev is expected to sign the
law on 8 October.</p>
<p>The third reading had been postponed on 11 September after protests outside the
building.</p>
<p>Our own lawyer, Aibek Tursunov, was detained on or about 2 August and remains in
custody.</p>
<h3>About Steppe Rights Watch</h3>
<p>Steppe Rights Watch is an independent organisation documenting human rights in Central
Asia. Media contact: press@steppe-rights.example</p>
<footer>(c) 2025 Steppe Rights Watch. All rights reserved.</footer>""",
        (
            expect("2025-09-23", "pass"),
            expect("2024-05", "introduc"),
            expect("2025-09-11", "postpon"),
            expect("2025-10-08", "sign", planned=True),
            expect("2025-08-02~", "detain"),
        ),
    ),
    Text(
        "sports-continental-championship",
        "a sports report on a continental championship",
        date(2025, 4, 28),
        """JUDO | ASIAN CHAMPIONSHIPS

Abdullaeva completes hat-trick of Asian titles

TASHKENT - Dilnoza Abdullaeva won gold in the women's 57kg category on Sunday, beating
Japan's Rika Mori by ippon in the final in front of a home crowd.

Her first continental title came in 2019, and she defended it the following year before
a knee injury kept her out for two seasons. The championships, held in Tashkent from 24 to
27 April, brought the hosts four gold medals, their best haul since 2011.

"I train every morning at six, even on holidays," Abdullaeva said. She will compete at the
world championships in Budapest in June.

Medal table (top three): 1. Japan 7 gold; 2. Uzbekistan 4; 3. Kazakhstan 2.""",
        (
            expect("2025-04-27", "gold"),
            expect("2019", "title"),
            expect("2020", "defend"),
            expect("2025-04-24/2025-04-27", "championship"),
            expect("2025-06", "world", planned=True),
        ),
    ),
    Text(
        "airline-route-history",
        "a company's history of an airline route",
        None,
        """Altyn Air - Our history: Almaty to Frankfurt

Our first flight between Almaty and Frankfurt took off on 3 July 1994, a leased Tupolev
with 140 passengers and a crew of nine.

Around 1998 the route moved to Boeing 757 aircraft, cutting the journey by almost an
hour. Services were suspended from March 2020 to June 2021 during the pandemic, and the
route has been flown daily since 2023.

Today the route carries some 200,000 passengers a year, more than in any year since 2008.

A new Astana-Frankfurt service is scheduled to start on 29 March 2026, joining the
Almaty route in our European network.

Book now | Manage booking | Altyn Air is a member of the Silk Skies alliance.""",
        (
            expect("1994-07-03", "first", "flight"),
            expect("1998~", "757"),
            expect("2020-03/2021-06", "suspend"),
            expect("2023/..", "daily"),
            expect("2026-03-29", "astana", planned=True),
        ),
    ),
    Text(
        "ambassador-interview",
        "an interview with an ambassador",
        date(2025, 11, 12),
        """"Our ties with Austria are older than many think"

Interview with Ambassador Nurlan Abenov, published in Wiener Diplomat

Q: Ambassador, you arrived in Vienna this autumn. How have the first months been?
A: Busy. I presented my credentials on 2 September, and since then I have met almost every
minister. Our embassy here opened in 1993, so we are not newcomers.

Q: When did the two governments last hold formal talks?
A: The bilateral commission last met in about 2019. We want to revive it.

Q: And trade?
A: Trade has been growing since 2021. The President will visit Vienna on Monday to open a
business forum.

Q: Is it true you had a consulate before the embassy?
A: It is unclear whether the first honorary consulate opened in 1996 or later; the files
were lost.""",
        (
            expect("2025-09-02", "credential"),
            expect("1993", "embassy"),
            expect("2019~", "commission"),
            expect("2021/..", "trade"),
            expect("2025-11-17", "visit", planned=True),
            expect("1996?", "consulate"),
        ),
    ),
    Text(
        "university-exchange-timeline",
        "a university's timeline of an exchange programme",
        None,
        """Northbridge University - International Office
Timeline: the Northbridge-Karaganda exchange programme

- March 2008 - Memorandum of understanding signed with Karaganda State Technical Academy.
- 2009, 2011 and 2013 - Summer schools held in Karaganda for engineering students.
- c. 2015 - Joint master's programme in mining engineering launched.
- 2020 - Exchanges moved online for a full academic year.
- Since September 2022 - Double-degree students enrolled in both universities.
- January 2027 - First double-degree cohort is expected to graduate.

Students apply every year in November. Contact the International Office for details.""",
        (
            expect("2008-03", "memorandum"),
            expect("2009", "summer"),
            expect("2011", "summer"),
            expect("2013", "summer"),
            expect("2015~", "master"),
            expect("2020", "online"),
            expect("2022-09/..", "double"),
            expect("2027-01", "graduat", planned=True),
        ),
    ),
    Text(
        "news-brief-roundup",
        "a news brief roundup of four short items",
        date(2025, 6, 6),
        """WORLD IN BRIEF | Friday 6 June 2025

ALMATY - A district court on Thursday jailed activist Marat Zhunusov for five years on
charges of inciting unrest. His lawyers said they would appeal.

GENEVA - The UN special rapporteur on freedom of assembly will visit Tajikistan from 16 to
25 June, the first such visit since 2017.

NAIROBI - Kenya's parliament on Tuesday approved a bill creating an independent police
oversight tribunal, after a debate lasting three days.

BRUSSELS - EU foreign ministers kept in place a sanctions regime that has applied since
2022. They must review the list of listed persons by 31 July.

Compiled by the foreign desk.""",
        (
            expect("2025-06-05", "jail"),
            expect("2025-06-16/2025-06-25", "visit", planned=True),
            expect("2025-06-03", "approv"),
            expect("2022/..", "sanction"),
            expect("../2025-07-31", "review"),
        ),
    ),
)
