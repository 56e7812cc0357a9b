"""A thirteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTEENTH_CORPUS",)

THIRTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "veldora-flash",
        "news agency flash and follow-up",
        None,
        """\
FLASH -- Veldora parliament dismisses Prime Minister Anton Raskel -- Nordpress

ORVANSK, March 12, 2025 (Nordpress) - Veldora's parliament voted on Wednesday to dismiss \
Prime Minister Anton Raskel, 14 months after he took office.

UPDATE 1 - adds detail, reaction

The motion passed by 88 votes to 61 at 15:40 local time. Raskel had survived a first \
confidence vote on Monday.

Speaker Lina Corvo said a caretaker cabinet would be sworn in on Friday, and that a vote \
on a new prime minister is scheduled for March 26.

Raskel became prime minister on January 9, 2024, after his Unity Bloc won the election of \
November 2023.

(Reporting by Ivo Marten; Editing by Clare Hobb)
""",
        (
            expect("2025-03-12", "dismiss"),
            expect("2025-03-10", "confidence"),
            expect("2025-03-14", "caretaker", planned=True),
            expect("2025-03-26", "vote", planned=True),
            expect("2024-01-09", "Raskel"),
            expect("2023-11", "election"),
        ),
    ),
    Text(
        "tessaly-mfa",
        "foreign-ministry press release",
        date(2023, 6, 8),
        """\
Ministry of Foreign Affairs of the Republic of Tessaly
Press Release No. 214/23

Minister Vinje receives the Foreign Minister of Parvania

Foreign Minister Haldor Vinje and the Foreign Minister of Parvania, Mrs. Selin Okaro, \
today signed a memorandum on consular cooperation at the Ministry. The ministers agreed \
that the Joint Economic Commission will hold its fifth session in Parvan on 14–16 November \
2023.

Minister Vinje recalled that diplomatic relations between the two countries were \
established on 3 April 1992 and that the Embassy of Tessaly in Parvan opened in 1995. Trade \
between the two countries has grown by 18 percent a year and is now at its highest since \
2008.

Mrs. Okaro is to visit the Port of Selvik tomorrow.

Press Office, tel. +30 210 555 0142
""",
        (
            expect("2023-06-08", "memorandum"),
            expect("2023-11-14/2023-11-16", "commission", planned=True),
            expect("1992-04-03", "diplomatic relations"),
            expect("1995", "embassy"),
            expect("2023-06-09", "Selvik", planned=True),
        ),
    ),
    Text(
        "unsc-korvenia",
        "UN Security Council press statement",
        None,
        """\
Security Council Press Statement on Attack against Peacekeepers in Korvenia

SC/15822
21 August 2024

The following Security Council press statement was issued today by Council President \
Amara Delgado (Norland):

The members of the Security Council condemned in the strongest terms the attack on \
19 August 2024 against a patrol of the United Nations Stabilization Mission in Korvenia \
(UNSMK) near Tarsk, in which two peacekeepers from Belmont were killed and four were \
wounded.

The members of the Security Council recalled resolution 2719 (2023) and resolution 2650 \
(2022). They recalled that UNSMK was established by the Council on 14 March 2019.

The members of the Security Council called on the Government of Korvenia to swiftly \
investigate the attack and to report to the Council no later than 30 September 2024. They \
looked forward to the Secretary-General's next report, due on 15 October 2024.
""",
        (
            expect("2024-08-21", "condemn"),
            expect("2024-08-19", "attack"),
            expect("2019-03-14", "establish"),
            expect("../2024-09-30", "report", planned=True),
            expect("2024-10-15", "report", planned=True),
        ),
    ),
    Text(
        "hrc-marovia",
        "human-rights council resolution summary",
        date(2022, 10, 7),
        """\
Human Rights Council adopts resolution on the situation in Marovia

The Human Rights Council today adopted resolution 51/29 on the situation of human rights in \
Marovia by a vote of 27 in favour, 9 against and 11 abstentions.

By the resolution, the Council decided to extend the mandate of the Special Rapporteur on \
Marovia for one year, and requested the Special Rapporteur to present an oral update at its \
fifty-second session, scheduled to open on 27 February 2023.

The Council expressed deep concern at the arrest of some 300 protesters in Dovrin on or \
about 12 May 2022 and at the closure of the newspaper Marovia Today on 1 June 2022.

The Council also welcomed the release of opposition leader Kasia Brandt on 2 August 2022, \
after almost four years in detention.
""",
        (
            expect("2022-10-07", "resolution"),
            expect("2023-02-27", "session", planned=True),
            expect("2022-05-12~", "arrest"),
            expect("2022-06-01", "Marovia Today"),
            expect("2022-08-02", "Brandt"),
        ),
    ),
    Text(
        "kestria-ieom",
        "election observation mission preliminary statement",
        None,
        """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Kestria - Parliamentary Elections, 3 March 2024

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS
Sarnov, 4 March 2024

The 3 March parliamentary elections were competitive and offered voters a genuine choice, \
but the misuse of administrative resources blurred the line between state and party.

Background
The elections were called by presidential decree on 2 December 2023, after parliament \
failed to adopt the budget. Candidate registration ran from 18 December 2023 to 12 January \
2024, and the Central Election Commission (CEC) registered 14 parties. The official \
campaign began on 2 February and ended 24 hours before election day.

The CEC is to announce the final results no later than 13 March. Any second-round contests \
are expected to take place on 17 March.

For further information: Anna Lindqvist, Press Officer, +44 7700 900123, \
press@ieom-kestria.org
""",
        (
            expect("2024-03-03", "election"),
            expect("2023-12-02", "decree"),
            expect("2023-12-18/2024-01-12", "registration"),
            expect("2024-02-02", "campaign"),
            expect("../2024-03-13", "results", planned=True),
            expect("2024-03-17", "round", planned=True),
        ),
    ),
    Text(
        "selvan-backgrounder",
        "think-tank backgrounder",
        date(2021, 4, 20),
        """\
Backgrounder: The Selvan River Dispute
By Marta Ouellet, Senior Fellow, Institute for Basin Studies | Last updated April 20, 2021

The Selvan River rises in the highlands of Dorvia and flows through Ambria to the sea. \
Dorvia began building the Great Kessa Dam in April 2011, and the river has been \
the subject of a dispute ever since.

After years of talks mediated by the Lakes Union, the two governments agreed on a \
Declaration of Principles in March 2015. Ambria has boycotted the joint technical committee \
since January 2018. Each year, Ambria's farmers draw roughly 80 percent of their irrigation \
water from the Selvan.

Filling of the reservoir started in July 2020; a second filling is planned for July 2021. \
The latest round of talks collapsed on April 6, 2021, in Velm. Dorvia says the dam's \
KT-400 turbines will begin generating power no later than December 2022.
""",
        (
            expect("2011-04", "dam"),
            expect("2015-03", "declaration"),
            expect("2018-01/..", "boycott"),
            expect("2020-07", "fill"),
            expect("2021-07", "second", planned=True),
            expect("2021-04-06", "talks"),
            expect("../2022-12", "power", planned=True),
        ),
    ),
    Text(
        "ostravia-history",
        "Wikipedia-style country history section",
        None,
        """\
== History ==
=== Independence and early years ===
Ostravia declared independence from the Halvic Federation on 25 June 1991, following a \
referendum in which 88% of voters backed independence.[3] The first \
president, Mirko Tallen, took office the following year.[4]

=== Civil conflict ===
In September 1994 fighting broke out in the eastern provinces between government forces \
and the Free Ostravia militia. The war ended with the Lerin Accords, signed on \
11 November 1997.[5] An estimated 40,000 people were killed.

=== Recent history ===
Ostravia joined the Lakes Union in 2004 and adopted the crown as its currency three years \
later.[6] A new constitution came into force on 1 January 2020.[citation needed]
""",
        (
            expect("1991-06-25", "independence"),
            expect("1992", "Tallen"),
            expect("1994-09", "fighting"),
            expect("1997-11-11", "Lerin"),
            expect("2004", "Lakes Union"),
            expect("2007", "crown"),
            expect("2020-01-01", "constitution"),
        ),
    ),
    Text(
        "norland-embassy",
        "embassy news item",
        date(2024, 11, 22),
        """\
Home > News > 2024
Ambassador presents credentials | Embassy of Norland in Ostrova
Posted 22.11.2024

Ambassador Helga Strand presented her letter of credentials to President Davor Ilic at the \
Presidential Palace on Wednesday, 20.11.2024. In a cordial conversation, the two discussed \
trade, energy and student exchanges.

Ambassador Strand arrived in Ostrova on 28.10.2024. She previously served as Norland's \
ambassador to Tessaly from 2018 to 2022. Presidents of Norland paid state visits to Ostrova \
in 2009, 2015 and 2021.

The Embassy will host a reception to mark Norland's Constitution Day on 5.12.2024 (by \
invitation only).

Photo: Ambassador Strand with President Ilic, 20 November 2024. (c) Embassy of Norland
Tel. +47 22 24 36 00 | Opening hours 09:00-15:00
""",
        (
            expect("2024-11-20", "credentials"),
            expect("2024-10-28", "arriv"),
            expect("2018/2022", "Tessaly"),
            expect("2009", "visit"),
            expect("2015", "visit"),
            expect("2021", "visit"),
            expect("2024-12-05", "reception", planned=True),
        ),
    ),
    Text(
        "kelford-press-summary",
        "court press summary",
        None,
        """\
PRESS SUMMARY
Kelford Holdings Ltd (Appellant) v Marrow Borough Council (Respondent)
[2023] SCN 7
On appeal from [2021] CA Civ 412
JUSTICES: Lord Aske (President), Lady Fenn, Lord Orlo
14 February 2023

BACKGROUND TO THE APPEAL
On 3 March 2016 the Council served \
an enforcement notice requiring Kelford to remove contaminated soil from the site by \
30 September 2016 at the latest. Kelford did not comply, and the Council carried out the \
works itself between March and May 2017, at a cost of GBP 2.4 million.

The High Court held on 9 July 2019 that the Council could recover the cost from Kelford. \
The Court of Appeal dismissed Kelford's appeal on 22 April 2021.

JUDGMENT
The Supreme Court unanimously allows the appeal. Lord Aske gives the lead judgment, with \
which Lady Fenn and Lord Orlo agree. [para 41]

NOTE: This summary is provided to help in understanding the Court's decision. It does not \
form part of the reasons for the decision.
""",
        (
            expect("2023-02-14", "allow"),
            expect("2016-03-03", "notice"),
            expect("../2016-09-30", "soil"),
            expect("2017-03/2017-05", "works"),
            expect("2019-07-09", "High Court"),
            expect("2021-04-22", "Court of Appeal"),
        ),
    ),
    Text(
        "korvenia-gdp",
        "central statistics office release",
        date(2025, 2, 14),
        """\
STATISTICS KORVENIA
News Release | 14 February 2025 | 10:00 | Ref. 2025/031

Gross domestic product, fourth quarter 2024 (flash estimate)

Gross domestic product (GDP) grew by 0.6% in the fourth quarter of 2024 compared with the \
previous quarter. Annual growth was 2.1%, the strongest since 2017.

Following the floods of 9–11 October 2024 in the Tarsk region, agricultural output fell by \
3.4%.

Since January 2024, the estimates have been compiled under the revised classification \
KSIC 2023.

The second estimate will be published on 14 March 2025, and the annual national accounts \
are scheduled for 30 September 2025.

Media enquiries: +371 6736 6866, press@stat.kv
""",
        (
            expect("2024-10/2024-12", "GDP"),
            expect("2024-10-09/2024-10-11", "flood"),
            expect("2024-01/..", "classification"),
            expect("2025-03-14", "second estimate", planned=True),
            expect("2025-09-30", "national accounts", planned=True),
        ),
    ),
    Text(
        "norvik-q2",
        "energy company investor update",
        date(2023, 7, 27),
        """\
Norvik Energy ASA - Second quarter 2023 investor update
Halden, 27 July 2023

Highlights
- Production averaged 212,000 barrels of oil equivalent per day, up 4% on the first quarter.
- The Skarv Deep field came on stream on 3 May 2023, three weeks ahead of schedule.
- First gas from Tolle West is expected in the fourth quarter of 2024.
- The Board approved a dividend of NOK 2.50 per share, to be paid on or about \
10 August 2023.

Operations
On 14 June, a fire in a compressor room on the Brekke platform forced a shutdown. No one \
was hurt. Production resumed on 23 June after the HX-2030 compressor was replaced.

Outlook
The company intends to take a final investment decision on the Vega North project no later \
than 31 December 2023.

Investor relations: Jon Stige, +47 915 55 201
""",
        (
            expect("2023-05-03", "Skarv"),
            expect("2024-10/2024-12", "Tolle", planned=True),
            expect("2023-08-10~", "dividend", planned=True),
            expect("2023-06-14", "fire"),
            expect("2023-06-23", "resum"),
            expect("../2023-12-31", "Vega", planned=True),
        ),
    ),
    Text(
        "last-ferry",
        "long-form magazine feature",
        None,
        """\
THE LAST FERRY
How a small island learned to live without its lifeline
By Rosa Inglet | Photographs by Tomas Veer

The ferry Maren Holt made her final crossing from Skerra to the mainland on the afternoon \
of March 31, 2022. Earlier that month, the county had sold her to a scrap dealer in \
Brenna. For 63 years the boat had carried the island's children to school, its sick to \
hospital and its dead to the churchyard on the mainland.

"I was on the first sailing," says Aud Lind, now 91. She remembers it as a Sunday, the 14th \
of June 1959. "The whole island came down to the pier."

The Maren Holt was built at the Brenna yard, which closed circa 1975. On the night of \
January 5, 1988, she ran aground in a storm; all 47 passengers were rescued.

[Photo caption: Aud Lind at the pier, where she has waited for the boat every morning for \
decades.]

The decision to end the service came in 2019, when the county council voted to build a \
bridge instead. Construction began two years later, and the bridge, the Skerra Link, is due \
to open in the spring of 2023.
""",
        (
            expect("2022-03-31", "cross"),
            expect("2022-03", "sold"),
            expect("1959-06-14", "first"),
            expect("1975~", "Brenna"),
            expect("1988-01-05", "aground"),
            expect("2019", "bridge"),
            expect("2021", "construction"),
        ),
    ),
    Text(
        "brenford-notice",
        "local-government notice",
        date(2024, 4, 3),
        """\
BRENFORD TOWN COUNCIL
PUBLIC NOTICE
Temporary Road Closure - Mill Lane (B1142)

Notice is hereby given that, to enable water main replacement works by Anglo Vale Water, \
Mill Lane will be closed to through traffic from 08:00 on Monday 15 April 2024 until \
18:00 on Friday 3 May 2024. The works are expected to be completed by 10 May at the \
latest, weather permitting.

The Council's Planning Committee will consider application 24/0312/FUL (land at Orchard \
Farm) at its meeting on Tuesday 23 April at 19:00 in the Council Chamber. Drop-in \
consultation sessions on the Orchard Farm plans will be held at the Town Hall on 16, 18 and \
20 April.

The Mill Lane car park has been closed since 4 March 2024 for resurfacing. The Annual Town \
Meeting is held each year in May.

Dated 3 April 2024
J. Carrow, Town Clerk, Town Hall, Brenford BR4 2PQ. Tel. 01632 960412
""",
        (
            expect("2024-04-15/2024-05-03", "Mill Lane", planned=True),
            expect("../2024-05-10", "complet", planned=True),
            expect("2024-04-23", "Orchard", planned=True),
            expect("2024-04-16", "consultation", planned=True),
            expect("2024-04-18", "consultation", planned=True),
            expect("2024-04-20", "consultation", planned=True),
            expect("2024-03-04/..", "car park"),
        ),
    ),
    Text(
        "skykess-route",
        "airline route announcement",
        date(2025, 1, 21),
        """\
SkyKess launches nonstop service between Tarsk and Lisbon
NEWSROOM | January 21, 2025 | Tarsk

SkyKess, Kestria's flag carrier, will launch nonstop flights between Tarsk (TRK) and Lisbon \
(LIS) on June 2, 2025, with three weekly frequencies, rising to daily from July 1. Tickets \
go on sale tomorrow at skykess.com.

Flight SK 417 departs Tarsk at 07:35 on Mondays, Wednesdays and Fridays, arriving in \
Lisbon at 10:05 local time. The route will be flown with Airbus A321neo aircraft.

"Lisbon has been our most requested destination since 2019," said chief executive Petra \
Alm.

About SkyKess
SkyKess was founded in 1946 as Kestrian Air Lines and adopted its current name on \
1 April 2008.
Media contact: press@skykess.com, +385 1 555 0199
""",
        (
            expect("2025-06-02", "Lisbon", planned=True),
            expect("2025-07-01", "daily", planned=True),
            expect("2025-01-22", "sale", planned=True),
            expect("1946", "found"),
            expect("2008-04-01", "name"),
        ),
    ),
    Text(
        "marrowby-history",
        "university history page (HTML with nav)",
        None,
        """\
<html><head><title>Our History | University of Marrowby</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/about/history">History\
</a> | <a href="/contact">Contact</a></nav>
<h1>Our History</h1>
<p>The University of Marrowby traces its origins to the Marrowby Mechanics' Institute, \
founded in 1838 by the mill owner Josiah Crane.</p>
<p>In 1903 the Institute became Marrowby Technical College. It received its royal charter \
as a university on 12 October 1966, and the Queen's Library opened two years later.</p>
<p>The Crane Building, completed c. 1872, is the oldest on the campus.</p>
<p>The university merged with St Aldric's College of Education in 1995. Since 2012 it has \
been a member of the Northern Research Alliance.</p>
<p>A new medical school is to open in September 2026.</p>
<footer>&copy; 2025 University of Marrowby &middot; Registered charity no. 1137004 \
&middot; Last updated 3 March 2025</footer>
</body></html>
""",
        (
            expect("1838", "institute"),
            expect("1903", "college"),
            expect("1966-10-12", "charter"),
            expect("1968", "library"),
            expect("1872~", "Crane Building"),
            expect("1995", "Aldric"),
            expect("2012/..", "Alliance"),
            expect("2026-09", "medical school", planned=True),
        ),
    ),
    Text(
        "kolvik-memoir",
        "memoir excerpt (first person)",
        None,
        """\
Chapter Seven: The Year of the Strike

I arrived in Kolvik on the 2nd of September 1978, a Saturday, with one suitcase and an \
address written on the back of a tram ticket. A fortnight later I had a job at the Halberg \
shipyard, riveting hulls for the Baltic trade.

The strike began on the 14th of March 1979. We walked out at ten in the morning, and by \
noon the gates were chained from the inside. Three years later I married Irena, in June, \
in the little church by the harbour.

In 1984 we moved to the capital, and the following year our son Pavel was born. I went back \
to Kolvik only once, around 2005, and found a supermarket where the slipway had been.
""",
        (
            expect("1978-09-02", "Kolvik"),
            expect("1978-09-16", "Halberg"),
            expect("1979-03-14", "strike"),
            expect("1982-06", "marri"),
            expect("1984", "capital"),
            expect("1985", "Pavel"),
            expect("2005~", "Kolvik"),
        ),
    ),
    Text(
        "long-view-podcast",
        "podcast transcript excerpt",
        None,
        """\
THE LONG VIEW - Episode 112: "The Velm Blackout"
Transcript. Recorded 9 May 2023. Released May 16, 2023.

[00:00:14] DANA ORR (HOST): Welcome back to The Long View. I'm Dana Orr, and today we're \
talking about the night the lights went out.

[00:01:02] ORR: So take us back.

[00:01:05] PROF. ELIAS MUND: Right. On August 14, 2003, at about 4:10 in the afternoon, the \
northern grid began to collapse, when a line near Velm sagged into a tree. Within ninety \
minutes eleven million people had no power.

[00:01:40] ORR: And power came back when?

[00:01:42] MUND: Most of Velm had power again by August 16.

[00:02:30] ORR: There was an inquiry.

[00:02:33] MUND: The Harlan Commission. It was set up on Sept. 3 that year and reported in \
March 2005. Its main recommendation, mandatory reliability standards, became law two years \
later.

[00:04:00] ORR: This episode is sponsored by Quill Notes. Use code LONGVIEW20 for 20% off.
""",
        (
            expect("2003-08-14", "grid"),
            expect("../2003-08-16", "power"),
            expect("2003-09-03", "Harlan"),
            expect("2005-03", "report"),
            expect("2007", "law"),
        ),
    ),
    Text(
        "coastal-communique",
        "conference communique",
        None,
        """\
FINAL COMMUNIQUE
Ninth Ministerial Conference of the Coastal States Forum
Port Alder, 6–7 October 2022

1. The Ministers of the Coastal States Forum met in Port Alder on 6–7 October 2022 under \
the chairmanship of Minister Ines Kober of Lunaria.

2. Ministers welcomed the entry into force of the Convention on Coastal Fisheries on \
1 July 2022, and the accession of Ostravia on 15 September 2022.

3. Ministers recalled the Forum's founding declaration, adopted at Valen on 23 May 2006, and \
the Valen Action Plan 2016-2025.

4. Ministers agreed to establish a permanent Secretariat in Port Alder, which is expected to \
begin work no later than 1 March 2023.

5. Ministers thanked the Government of Norland for hosting the Eighth Conference in 2020, \
and decided that the Tenth Ministerial Conference will be held in Marsaland in 2024.
""",
        (
            expect("2022-10-06/2022-10-07", "minist"),
            expect("2022-07-01", "convention"),
            expect("2022-09-15", "Ostravia"),
            expect("2006-05-23", "declaration"),
            expect("../2023-03-01", "secretariat", planned=True),
            expect("2020", "Eighth"),
            expect("2024", "Marsaland", planned=True),
        ),
    ),
    Text(
        "interior-briefing",
        "press-conference Q&A transcript",
        None,
        """\
Transcript: Press briefing by Ministry of Interior spokesperson Tomas Reval
Thursday, 11 January 2024

REVAL: Good afternoon. Three announcements. First, the new identity cards will be issued \
from 1 March onwards at all district offices. Second, the minister will travel to Selvik \
on Monday to open the new border crossing. Third, as you know, the storm on Tuesday flooded \
four districts; emergency payments of up to 1,500 crowns are available.

Q (Radio Kessa): When was the old card introduced?

REVAL: In 1997. It has served us well.

Q (Daily Courier, Mira Tosk): Is it true that the minister met the opposition leader last \
week?

REVAL: She met Ivan Lorr on Friday, yes, at her own request.

Q: And the census?

REVAL: The census will take place between 1 and 30 April 2025. Page 14 of the annual \
report has the details.
""",
        (
            expect("2024-03-01/..", "identity", planned=True),
            expect("2024-01-15", "crossing", planned=True),
            expect("2024-01-09", "storm"),
            expect("1997", "card"),
            expect("2024-01-05", "Lorr"),
            expect("2025-04-01/2025-04-30", "census", planned=True),
        ),
    ),
    Text(
        "rail-link-fact-sheet",
        "fact sheet with bullet points",
        date(2024, 9, 30),
        """\
FACT SHEET: The Lunaria-Ostravia Rail Link
Lunaria Infrastructure Agency | September 2024

Key facts
- Length: 214 km, of which 38 km in tunnels
- Cost: EUR 3.1 billion (2019 prices)
- Agreement signed: 4 June 2017, Valen
- Construction started: 2019-11-18
- Test runs: scheduled for the second quarter of 2025
- Opening to passenger traffic: projected for December 2025
- Trains: 12 sets of the KX 2020 series, top speed 250 km/h

Background
- The link was first proposed in about 1987 by the Valen Chamber of Commerce.
- A feasibility study was carried out from 2009 to 2011.
""",
        (
            expect("2017-06-04", "agreement"),
            expect("2019-11-18", "construction"),
            expect("2025-04/2025-06", "test", planned=True),
            expect("2025-12", "open", planned=True),
            expect("1987~", "propos"),
            expect("2009/2011", "feasibility"),
        ),
    ),
)
