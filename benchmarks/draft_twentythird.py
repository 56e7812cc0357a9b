"""A twenty-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: documents diplomatic staff and analysts keep
chronologies from (a General Assembly vote story, a joint communique, an OSCE statement, a
consular notice, a sanctions notice, a treaty fact sheet, a country profile, a defender's
profile, a court press release, a ratification record, a minister's speech, an election
calendar analysis, an aid appeal update, a state visit programme, a briefing transcript, a
wire timeline, a membership history page, an election commission announcement, an opinion
column and a trade story). The organisations, people and facts are invented. Facts whose date
a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYTHIRD_CORPUS",)

TWENTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "ga-vote-ocean-debris",
        "UN General Assembly vote news story",
        date(2025, 11, 13),
        """UNITED NATIONS, Nov 13 (Meridian Wire) - The UN General Assembly on Wednesday adopted a
resolution on abandoned fishing gear by 161 votes to 4, with 11 abstentions, the widest
margin for an environmental text since 2008.

The draft, first tabled by Fiji and Norway in 2019, had been blocked in committee for years.
A shorter version failed by three votes in March 2022, when several coastal states objected
to its reporting clauses.

Under the text adopted yesterday, the Secretary-General is to present a survey of national
recovery programmes no later than 30 June 2026. A review conference is scheduled to take
place in Nairobi from 2 to 4 March 2026.

"This is a small rope, but it pulls a heavy net," said Ambassador Teuila Reupena of Fiji,
who has chaired the informal working group since January 2023. The Assembly's Second
Committee meets every Tuesday during the session.

(Reporting by Ines Calderwood; Editing by Paul Marsh)
""",
        (
            expect("2025-11-12", "adopt", "resolution"),
            expect("2019", "tabl"),
            expect("2022-03", "fail"),
            expect("../2026-06-30", "survey", planned=True),
            expect("2026-03-02/2026-03-04", "conference", planned=True),
            expect("2023-01/..", "chair"),
        ),
    ),
    Text(
        "communique-lithuania-estonia",
        "joint communique after bilateral talks",
        None,
        """JOINT COMMUNIQUE
on the talks between the Ministers of Foreign Affairs of the Republic of Lithuania and the
Republic of Estonia

Vilnius, 18 September 2024

1. At the invitation of the Minister of Foreign Affairs of Lithuania, the Minister of Foreign
Affairs of Estonia paid an official visit to Vilnius from 17 to 18 September 2024.

2. The Ministers recalled that diplomatic relations between the two states were restored on
6 March 1992, and welcomed the work of the Intergovernmental Commission on Cross-Border
Cooperation, which has met regularly since 2015.

3. The sides noted that bilateral trade reached its highest level since 2013, and reaffirmed
the agreement on the mutual recognition of driving licences signed in 2011.

4. The Ministers agreed that the ninth session of the Commission will take place in Tallinn
in May 2025, and that a joint rail timetable is expected to enter into service on
1 December 2025.
""",
        (
            expect("2024-09-17/2024-09-18", "visit"),
            expect("1992-03-06", "relations"),
            expect("2015/..", "commission"),
            expect("2011", "licen"),
            expect("2025-05", "session", planned=True),
            expect("2025-12-01", "timetable", planned=True),
        ),
    ),
    Text(
        "osce-pc-moldova",
        "OSCE Permanent Council statement",
        None,
        """PC.DEL/88/25
6 February 2025

STATEMENT BY THE DELEGATION OF THE NETHERLANDS
AT THE 1512th MEETING OF THE OSCE PERMANENT COUNCIL
(Vienna, 6 February 2025)

Mr Chair,

The Netherlands thanks the Head of the OSCE Mission to Moldova, which has been present in
the country since 1993, for her report.

We commend the conduct of the presidential election of 20 October 2024 and of the second
round on 3 November, observed by some 400 international observers.

We are concerned, however, by reports that two Mission patrol members were briefly detained
at a checkpoint on or about 14 January 2025. We call for a full account of this incident.

The Mission's current mandate is due to expire on 31 December 2025. We support its renewal
and will engage constructively in the consultations. We note that this Council meets every
Thursday and that the item remains on our agenda.

Thank you, Mr Chair.
""",
        (
            expect("1993/..", "mission"),
            expect("2024-10-20", "election"),
            expect("2024-11-03", "round"),
            expect("2025-01-14~", "detain"),
            expect("2025-12-31", "mandate", "expire", planned=True),
        ),
    ),
    Text(
        "consular-notice-passports",
        "embassy consular notice on document deadlines",
        None,
        """<div class="notice">
<p class="meta">Consular Section | Updated 2 April 2025 | Print this page</p>
<h2>Important: changes to passport applications</h2>
<p>Since 3 March 2025, appointments at the Consular Section can be booked only through the
online portal. Walk-in visits are no longer accepted.</p>
<p>New biometric passport rules will take effect on 1 July 2025. Citizens who wish to apply
under the current rules must submit complete applications no later than 15 May 2025.</p>
<p>Please note that the Consular Section will be closed from 18 to 21 April 2025 for the
Easter holidays; urgent cases will be handled by the duty officer.</p>
<p>Passports issued before 2012 without a chip cannot be renewed by post. Notarial services
are available every Wednesday from 9:00 to 12:00.</p>
</div>
""",
        (
            expect("2025-03-03/..", "online"),
            expect("2025-07-01", "rules", planned=True),
            expect("../2025-05-15", "submit", planned=True),
            expect("2025-04-18/2025-04-21", "closed", planned=True),
        ),
    ),
    Text(
        "sanctions-notice-belarus",
        "sanctions list update notice",
        None,
        """FINANCIAL SANCTIONS NOTICE 2025/14
Belarus
Published 9 January 2025

1. On 8 January 2025 the Minister designated three entities under the Belarus (Sanctions)
Regulations 2019: Grodvest Engineering OJSC, Palessie Polymer LLC and Minskar Freight CJSC.

2. Orvin Trading LLC was removed from the list on 7 January 2025 following a successful
administrative review.

3. The entry for Kestrel Logistics, whose assets have been frozen since 14 March 2022, has
been amended to add two aliases.

4. General Licence INT/2024/118, which permits the wind-down of existing contracts, will
expire on 28 February 2025.

5. Any person holding frozen funds of the newly designated entities must report them to the
Office no later than 31 January 2025.

Page 1 of 2
""",
        (
            expect("2025-01-08", "designat"),
            expect("2025-01-07", "removed"),
            expect("2022-03-14/..", "frozen"),
            expect("2025-02-28", "licence", "expire", planned=True),
            expect("../2025-01-31", "report", planned=True),
        ),
    ),
    Text(
        "fact-sheet-baltic-cbm-treaty",
        "arms control treaty fact sheet",
        None,
        """FACT SHEET
Treaty on Naval Confidence-Building Measures in the Baltic Sea (NCBM Treaty)
Office of Arms Control and Verification

Key dates
| Negotiations opened (Geneva)        | November 2008   |
| Treaty signed (Helsinki)            | 12 April 2011   |
| Entry into force                    | 5 February 2012 |
| Review conferences                  | 2016 and 2021   |

Limits. Each Party undertook to eliminate its surplus sea-launched cruise missile launchers,
and all Parties completed the reductions by 2017.

Verification. Roughly 1,100 inspections have been conducted since entry into force, more
than under any comparable regime since 1990.

Duration. Unless the Parties agree to extend it, the Treaty is set to expire on 5 February
2027. A third review conference is expected to convene in 2026.
""",
        (
            expect("2008-11", "negotiation"),
            expect("2011-04-12", "sign"),
            expect("2012-02-05", "force"),
            expect("2016", "review"),
            expect("2021", "review"),
            expect("../2017", "reduction"),
            expect("2027-02-05", "expire", planned=True),
            expect("2026", "conference", planned=True),
        ),
    ),
    Text(
        "profile-varadia-history",
        'country profile "Political history" section',
        None,
        """VARADIA - COUNTRY PROFILE

Political history

Varadia gained independence from France in 1961. A first constitution, drafted by a
committee of the former territorial assembly, was adopted c. 1963.

On 14 August 1974 army officers led by Colonel Ruben Asamoah overthrew the civilian
government in a coup and suspended parliament. Civilian rule was restored in 1981.

Multi-party elections were held in 1992, 1997 and 2002, each won by the Varadian Democratic
Union. Turnout in 2002 was the lowest since independence.

President Esther Kwabena-Loum has ruled since 2009; she was re-elected in a vote the
opposition boycotted.

See also: Economy | Foreign relations | Human rights
""",
        (
            expect("1961", "independence"),
            expect("1963~", "constitution"),
            expect("1974-08-14", "coup"),
            expect("1981", "restored"),
            expect("1992", "election"),
            expect("1997", "election"),
            expect("2002", "election"),
            expect("2009/..", "rule"),
        ),
    ),
    Text(
        "defender-profile-oruzbaeva",
        "human rights defender profile",
        None,
        """DEFENDER PROFILE
Nadira Oruzbaeva - lawyer, Kyrgyzstan

Nadira Oruzbaeva was born in Osh in 1979 and trained as a lawyer in Bishkek. In 2004 she
founded Adilet Koomu, a legal aid centre for families of detainees.

She was arrested on 11 May 2016 after publishing a report on conditions in pre-trial
detention, and was released on 2 February 2017 after an international campaign. In 2019 she
received the Vera Lind Prize for human rights lawyers.

Ms Oruzbaeva has lived in exile in Vilnius since 2021. Her appeal against the conviction
in absentia handed down in 2022 is scheduled to be heard on 24 June 2025.

Status: at risk | Focus: detention, fair trial
""",
        (
            expect("1979", "born"),
            expect("2004", "found"),
            expect("2016-05-11", "arrest"),
            expect("2017-02-02", "release"),
            expect("2019", "prize"),
            expect("2021/..", "exile"),
            expect("2022", "convict"),
            expect("2025-06-24", "appeal", planned=True),
        ),
    ),
    Text(
        "echr-petrov-bulgaria",
        "court of human rights judgment press release",
        date(2025, 7, 3),
        """issued by the Registrar of the Court
ECHR 214 (2025)
03.07.2025

Unlawful detention of protesters in Plovdiv violated the Convention

In today's Chamber judgment in the case of Petrov and Others v. Bulgaria (application
no. 53107/18) the European Court of Human Rights held, unanimously, that there had been a
violation of Article 5 (right to liberty and security).

Principal facts
The applicants, six members of a residents' association, were detained by police on or about
27 June 2017 during a protest against the demolition of a market hall. The Plovdiv Regional
Court dismissed their claims for compensation on 4 April 2018.

The application was lodged with the Court on 9 October 2018 and communicated to the
Government in March 2020.

This press release is a document produced by the Registry. It does not bind the Court.
""",
        (
            expect("2025-07-03", "judgment"),
            expect("2017-06-27~", "detain"),
            expect("2018-04-04", "dismiss"),
            expect("2018-10-09", "lodged"),
            expect("2020-03", "communicat"),
        ),
    ),
    Text(
        "ratification-record-social-security",
        "parliamentary ratification record",
        None,
        """PARLIAMENT OF GEORGIA - LEGISLATIVE RECORD
Bill No. 412-IX: On the Ratification of the Agreement between Georgia and the Republic of
Poland on Social Security

Stage                                      Date
Agreement signed (Tbilisi)                 19 November 2023
Submitted by the Government                8 February 2024
Committee on Foreign Relations hearings    27 February - 1 March 2024
First reading (adopted, 98 for, 6 against) 12 March 2024
Second and third readings (adopted)        2 April 2024
Signed by the President                    16 April 2024

Note: the Agreement enters into force on the first day of the second month after the
exchange of instruments. Plenary sittings are held every Tuesday to Thursday.
""",
        (
            expect("2023-11-19", "sign"),
            expect("2024-02-08", "submit"),
            expect("2024-02-27/2024-03-01", "hearing"),
            expect("2024-03-12", "first reading"),
            expect("2024-04-02", "third reading"),
            expect("2024-04-16", "president"),
        ),
    ),
    Text(
        "speech-fm-year-review",
        "speech by a foreign minister looking back on a year",
        None,
        """Address by the Minister for Foreign Affairs to the Annual Conference of Heads of Mission
Delivered in Dublin, 19 December 2024 (check against delivery)

Colleagues,

It has been a demanding year. In January 2024 we took up our seat on the Security Council,
and on 24 February we opened our new embassy in Nairobi.

On or about 10 September, when fighting reached the outskirts of the capital, our team
evacuated 412 citizens by road in a single night. Since April, our consulates have issued
emergency travel documents within 24 hours, more of them than in any year since 1991.

We will not slow down. In October 2025 we will host the Ocean Partnerships Conference, and
in March 2026 we are to chair the Council's working group on peacekeeping.

Thank you.
""",
        (
            expect("2024-01", "seat"),
            expect("2024-02-24", "embassy"),
            expect("2024-09-10~", "evacuat"),
            expect("2024-04/..", "emergency"),
            expect("2025-10", "conference", planned=True),
            expect("2026-03", "chair", planned=True),
        ),
    ),
    Text(
        "analysis-election-calendar",
        "news analysis piece on an election campaign calendar",
        date(2026, 1, 20),
        """ANALYSIS
The long road to April: what the election calendar means for the opposition
By Marta Ojeda | 20 January 2026

When President Halvorsen set the presidential election for 12 April 2026, his critics
said the short timetable favoured the incumbent. The calendar bears them out.

Candidates must register with the electoral commission by 20 February, leaving challengers a
month to gather 50,000 signatures. The official campaign begins on 13 March. A runoff, if no
one wins a majority, would probably be held on 26 April.

On Monday the commission began printing ballot papers, a step it took only weeks before the
vote in the 2021 election. Turnout then was the lowest since 1996.

Opposition parties hold joint strategy meetings every Sunday.
""",
        (
            expect("2026-04-12", "election", planned=True),
            expect("../2026-02-20", "regist", planned=True),
            expect("2026-03-13", "campaign", planned=True),
            expect("2026-04-26?", "runoff", planned=True),
            expect("2026-01-19", "ballot"),
        ),
    ),
    Text(
        "flash-appeal-sahel-floods",
        "aid agency funding appeal update",
        None,
        """FLASH APPEAL UPDATE No. 3
Sahel Floods - Niger and Chad
14 October 2024

Situation
Heavy rains that began around 20 August 2024 have flooded large parts of the Lake Chad basin.
By 10 October, some 210,000 people had been displaced.

Funding
The appeal was launched on 2 September 2024 for US$ 46 million. The Central Emergency
Response Fund allocated US$ 5 million on 9 September. The appeal is 31% funded, the lowest
share at this stage since 2012.

Next steps
Distribution of seed and tools is planned to start in November 2024, once the water recedes.

Situation reports are issued every Friday. Contact: appeals@sahelrelief.example
""",
        (
            expect("2024-08-20~", "rain"),
            expect("../2024-10-10", "displac"),
            expect("2024-09-02", "launch"),
            expect("2024-09-09", "allocat"),
            expect("2024-11", "seed", planned=True),
        ),
    ),
    Text(
        "state-visit-programme",
        "diplomatic protocol office programme of a state visit",
        None,
        """PROTOCOL DEPARTMENT
STATE VISIT OF THE PRESIDENT OF THE REPUBLIC OF FINLAND TO PORTUGAL
24-26 May 2027
Programme (version of 10 May 2027 - subject to change)

Sunday, 23 May
16:00  Advance delegation arrives at Lisbon airport

Monday, 24 May
11:30  Arrival of the President at Figo Maduro air base; official welcome ceremony
13:00  Lunch offered by the President of Portugal, Belem Palace

Tuesday, 25 May
10:00  Official talks between the two delegations, Belem Palace
20:00  State banquet, Ajuda National Palace

Wednesday, 26 May
09:30  Visit to the University of Porto
15:00  Departure of the President from Porto airport

Dress code: lounge suit unless otherwise indicated.
""",
        (
            expect("2027-05-24/2027-05-26", "state visit", planned=True),
            expect("2027-05-23", "advance", planned=True),
            expect("2027-05-24", "arrival", planned=True),
            expect("2027-05-25", "talks", planned=True),
            expect("2027-05-26", "departure", planned=True),
        ),
    ),
    Text(
        "briefing-transcript-spokesperson",
        "press briefing transcript of a government spokesperson",
        date(2025, 3, 6),
        """GOVERNMENT PRESS BRIEFING - TRANSCRIPT
Spokesperson: Hanna Lindqvist

SPOKESPERSON: Good afternoon. The Foreign Minister travelled to Brussels yesterday for the
meeting of the Foreign Affairs Council. The cabinet will meet on Monday
to adopt the spring budget guidelines.

QUESTION: Where is the energy bill?

SPOKESPERSON: The bill was sent to parliament on 28 February. The tariff reform it amends
has been in force since 1 January.

QUESTION: Can you confirm that the border talks will resume on 20 March?

SPOKESPERSON: It is unclear whether the talks will resume on 20 March; both sides are still
consulting. As you know, we brief every Tuesday and Thursday.

[END]
""",
        (
            expect("2025-03-05", "brussels"),
            expect("2025-03-10", "cabinet", planned=True),
            expect("2025-02-28", "bill"),
            expect("2025-01-01/..", "reform"),
            expect("2025-03-20?", "talks", planned=True),
        ),
    ),
    Text(
        "timeline-ralvic-dispute",
        "wire timeline sidebar of a conflict",
        date(2024, 12, 2),
        """TIMELINE-Key events in the Ralvic valley dispute

Dec 2 (Meridian Wire) - Here are key events in the dispute over the Ralvic valley:

* March 2008 - Clashes erupt between border units after a shooting at a checkpoint.
* Aug. 12, 2008 - A truce mediated by Switzerland takes effect.
* 2013, 2016 and 2019 - Rounds of talks in Geneva fail to agree on a demarcation line.
* Around 2020 - Joint patrols, in place for more than two decades, are quietly withdrawn.
* Sept. 2023 - An offensive by government forces retakes three villages.
* Jan. 15 - Talks are expected to reopen in Geneva.

(Compiled by the Vienna newsroom)
""",
        (
            expect("2008-03", "clash"),
            expect("2008-08-12", "truce"),
            expect("2013", "talks"),
            expect("2016", "talks"),
            expect("2019", "talks"),
            expect("2020~", "withdrawn"),
            expect("2023-09", "offensive"),
            expect("2025-01-15", "talks", planned=True),
        ),
    ),
    Text(
        "iofc-membership-history",
        "intergovernmental organisation's membership history page",
        None,
        """<html><body>
<nav>Home &gt; About &gt; Members</nav>
<h1>Western Indian Ocean Fisheries Council: membership history</h1>
<p>The Convention establishing the Council was signed in Port Louis on 30 June 1987 by
Kenya, Mozambique and Tanzania, and entered into force on 1 March 1989.</p>
<ul>
<li>Mauritius joined in 1991.</li>
<li>Seychelles and Comoros acceded together in 1995.</li>
<li>Madagascar withdrew in 2009 and re-joined the following year.</li>
<li>The Maldives applied in 2024; its accession will probably be approved in 2026.</li>
</ul>
<footer>Last updated 2025 | Contact the Secretariat</footer>
</body></html>
""",
        (
            expect("1987-06-30", "sign"),
            expect("1989-03-01", "force"),
            expect("1991", "mauritius"),
            expect("1995", "acced"),
            expect("2009", "withdr"),
            expect("2010", "join"),
            expect("2024", "appl"),
            expect("2026?", "accession", planned=True),
        ),
    ),
    Text(
        "cec-results-announcement",
        "central election commission results announcement",
        None,
        """CENTRAL ELECTION COMMISSION
Announcement No. 118
4 November 2024

On the results of the elections to the National Assembly

1. The elections to the National Assembly were held on 27 October 2024. Turnout was 61.3%,
the highest since 2008.

2. Preliminary results were published on 28 October. Following complaints, ballots in 14
precincts were recounted from 30 October to 1 November 2024; the recount did not change the
distribution of seats.

3. Complaints against this announcement may be filed with the Supreme Court no later than
8 November 2024.

4. The newly elected National Assembly is to convene for its first sitting no later than
25 November 2024.

Chair of the Commission: R. Abdrakhmanova
""",
        (
            expect("2024-10-27", "election"),
            expect("2024-10-28", "preliminary"),
            expect("2024-10-30/2024-11-01", "recount"),
            expect("../2024-11-08", "complaint", planned=True),
            expect("../2024-11-25", "convene", planned=True),
        ),
    ),
    Text(
        "column-former-ambassador",
        "opinion column by a former ambassador",
        date(2025, 6, 15),
        """OPINION
We have been here before with Uzbekistan
By Gerald Munro, a former British ambassador to Uzbekistan

When I presented my credentials on 9 January 2004, the embassy's small trade office, which
has operated since 1996, was the busiest part of the mission.

The unrest in May 2005 changed that. Around 2007 the relationship cooled to the point where
ministers stopped visiting altogether.

Last month the two governments agreed to reopen a trade dialogue. A summit is to be held in
September, the first since 2008. Ministers would do well to remember how quickly such
openings close.

The writer is a former diplomat. Views are his own.
""",
        (
            expect("2004-01-09", "credentials"),
            expect("1996/..", "trade office"),
            expect("2005-05", "unrest"),
            expect("2007~", "cool"),
            expect("2025-05", "agree"),
            expect("2025-09", "summit", planned=True),
        ),
    ),
    Text(
        "trade-agreement-in-force",
        "news story about a trade agreement entering into force",
        date(2024, 5, 2),
        """<article>
<p class="dateline">WELLINGTON, May 2 -</p>
<p>A free trade agreement between New Zealand and the Andean Pacific Union entered into force
on Wednesday, removing tariffs on about 90 per cent of goods traded between them.</p>
<p>Negotiations were launched in 2017 and concluded in December 2022, and the agreement was
signed in Lisbon on 6 June 2023. Duties on the remaining goods, mostly dairy and wine, will
be phased out by 2031.</p>
<p>Exporters welcomed the deal. Dairy shipments to the region are at their highest level
since 2015.</p>
<p>A joint committee set up by the agreement will hold its first meeting in October.</p>
<p class="tags">Trade | Exports | Agriculture</p>
</article>
""",
        (
            expect("2024-05-01", "force"),
            expect("2017", "negotiat"),
            expect("2022-12", "conclud"),
            expect("2023-06-06", "sign"),
            expect("../2031", "phase", planned=True),
            expect("2024-10", "committee", planned=True),
        ),
    ),
)
