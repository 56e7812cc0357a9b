"""A fourteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FOURTEENTH_CORPUS",)

FOURTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrel-mine-wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """\
VELMORA, March 12 (Northwire) - Kestrel Mining halted output at its Dunmore copper mine on
Wednesday, two days after a tailings wall gave way on Monday, the latest setback for a
company whose shares have fallen 14% this year, their steepest drop since 2015.

Kestrel shut the mine for three weeks in 2022 and again in 2023 after flooding. It expects to
restart operations by April 30, chief executive Mara Quill told reporters on a call.

The Dunmore mine opened in 2009 and has produced about 80,000 tonnes of copper a year since
2012. Kestrel shares closed down 6.2% at 41.30 dollars.

(Reporting by Ilse Brandt; Editing by Tom Okoro)
""",
        (
            expect("2025-03-12", "halt"),
            expect("2025-03-10", "wall"),
            expect("2022", "shut"),
            expect("2023", "shut"),
            expect("../2025-04-30", "restart", planned=True),
            expect("2009", "opened"),
            expect("2012/..", "produc"),
        ),
    ),
    Text(
        "harlow-bridge-explainer",
        "explainer with a timeline box",
        date(2024, 11, 5),
        """\
What to know about the Harlow Bay bridge closure

HARLOW, Ore. - The Harlow Bay bridge, built in 1962, carried about 31,000 vehicles a day
before trucks were banned from it last week. Here's what to know.

WHY WAS IT CLOSED?
State engineers said Monday that corrosion in two piers had grown faster than expected.
The bridge is expected to reopen to all traffic in the second quarter of 2026.

HOW DID WE GET HERE?
— Aug. 3, 2019: Harlow County voters approve a $210 million bond for a new span.
— Jan. 2021: Construction of the replacement begins.
— Sept. 14, 2023: Inspectors find cracks in two piers.
— Oct. 28, 2024: State closes the bridge to trucks.

Copyright 2024. All rights reserved. This material may not be published or redistributed.
""",
        (
            expect("1962", "built"),
            expect("2019-08-03", "bond"),
            expect("2021-01", "construction"),
            expect("2023-09-14", "cracks"),
            expect("2024-10-28", "trucks"),
            expect("2026-04/2026-06", "reopen", planned=True),
        ),
    ),
    Text(
        "registry-decree",
        "government decree summary",
        None,
        """\
SUMMARY OF GOVERNMENT DECREE No. 118/2025 of 4 February 2025
on the National Register of Agricultural Holdings

The Government adopted Decree No. 118/2025 on 4 February 2025. The decree enters into force
on 1 March 2025 and repeals Decree No. 42/2019.

Article 3. Ministries shall submit their implementation plans no later than 30 June 2025.

Article 7. The register, which has been in operation since 2016, will be transferred to the
Agency for Digital Services by 31 December 2025. The fee for an extract remains 12.50 per
page (Article 9, paragraph 2).

Official Gazette No. 17, page 344.
""",
        (
            expect("2025-02-04", "decree"),
            expect("2025-03-01", "force", planned=True),
            expect("../2025-06-30", "implementation plan", planned=True),
            expect("2016/..", "register"),
            expect("../2025-12-31", "transfer", planned=True),
        ),
    ),
    Text(
        "sarvesh-mission-report",
        "monitoring mission report excerpt",
        None,
        """\
International Monitoring Mission to Sarvesh (IMMS)
Status Report No. 24/117 - based on information received as of 19:00, 16 June 2024

Summary
On 3 June, the Mission recorded around 40 shelling impacts near Oltava. On or about 7 June,
the road bridge near Kresk was destroyed. On 9 and 11 June, Mission patrols were denied
access at the Pirlo checkpoint by armed men.

The water pumping station at Dovany has been out of operation since 12 June, leaving roughly
9,000 residents without piped water.

A local ceasefire is to take effect on 20 June, according to both sides.
""",
        (
            expect("2024-06-03", "shelling"),
            expect("2024-06-07~", "bridge"),
            expect("2024-06-09", "denied"),
            expect("2024-06-11", "denied"),
            expect("2024-06-12/..", "station"),
            expect("2024-06-20", "ceasefire", planned=True),
        ),
    ),
    Text(
        "malvera-article-iv",
        "IMF country note",
        None,
        """\
Republic of Malvera: Staff Concluding Statement of the 2025 Article IV Mission
May 22, 2025

An IMF staff team led by Ms. Ines Varga visited Lusk during May 7-21, 2025. Growth slowed to
2.1 percent in 2024, the lowest since 2013, and inflation averaged 6.4 percent.

The central bank raised its policy rate by 150 basis points in October 2024. The new VAT law,
in effect since January 1, 2023, has lifted revenue by about 1.2 percent of GDP.

The authorities intend to adopt a medium-term fiscal framework in the first half of 2026.
The Executive Board is expected to discuss the staff report in July 2025.
""",
        (
            expect("2025-05-07/2025-05-21", "visit"),
            expect("2024-10", "rate"),
            expect("2023-01-01/..", "VAT"),
            expect("2026-01/2026-06", "fiscal framework", planned=True),
            expect("2025-07", "Board", planned=True),
        ),
    ),
    Text(
        "nordmark-transport-committee",
        "parliament committee report",
        None,
        """\
House of the Assembly of Nordmark
Standing Committee on Transport
Rural Rail Services: Third Report of Session 2023-24
Published on 18 April 2024 by authority of the House | HC 412

1. The Committee launched its inquiry into rural rail services on 12 September 2023. We
took oral evidence on 7, 14 and 21 November 2023 and received 86 written submissions.

2. The Minister of State, Mr Aron Ostrander, wrote to the Committee on 9 January 2024. He
undertook to publish the review of branch lines no later than 31 March 2024; the review
appeared on 2 April 2024. We regret the delay.
""",
        (
            expect("2023-09-12", "inquiry"),
            expect("2023-11-07", "evidence"),
            expect("2023-11-14", "evidence"),
            expect("2023-11-21", "evidence"),
            expect("2024-01-09", "Ostrander"),
            expect("../2024-03-31", "review", planned=True),
            expect("2024-04-02", "review"),
        ),
    ),
    Text(
        "brightwater-8k",
        "company current report filing",
        None,
        """\
UNITED STATES SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 8-K
CURRENT REPORT
Date of Report (Date of earliest event reported): August 26, 2024
BRIGHTWATER ANALYTICS, INC.
Commission File Number 001-38842 | (303) 555-0147

Item 5.02 Departure of Directors or Certain Officers.
On August 26, 2024, Lena Harcourt notified the Board of Directors of her decision to resign
as Chief Financial Officer, effective September 30, 2024. The Board appointed Tomas Reyes as
interim Chief Financial Officer, effective October 1, 2024. Mr. Reyes, 47, has served as
Vice President, Finance since March 2019.

Item 8.01 Other Events.
On August 28, 2024, the Company announced that it had completed the sale of its Denver data
center for $41.5 million.
""",
        (
            expect("2024-08-26", "Harcourt"),
            expect("2024-09-30", "resign", planned=True),
            expect("2024-10-01", "Reyes", planned=True),
            expect("2019-03/..", "Reyes"),
            expect("2024-08-28", "sale"),
        ),
    ),
    Text(
        "fenwick-corrections",
        "newspaper correction notice",
        date(2024, 2, 9),
        """\
CORRECTIONS & CLARIFICATIONS

An article on Tuesday about the fire at the Fenwick Library misstated the date of the blaze.
It broke out on January 28, not January 29. The article also said the library, founded in
1911, reopened after renovation in 1998; it reopened in 1996.

An obituary on Feb. 2 of the painter Ruth Alvane gave the wrong date of her death. She died
on Jan. 31, not Jan. 30. She was born in Carrow in 1935.

A photo caption on Page A4 misidentified the fire chief. She is Dana Morrow.
To report an error, call 555-0100, ext. 4.
""",
        (
            expect("2024-01-28", "fire"),
            expect("1911", "founded"),
            expect("1996", "reopen"),
            expect("2024-01-31", "died"),
            expect("1935", "born"),
        ),
    ),
    Text(
        "lindholm-ferry-html",
        "regional news site HTML page",
        None,
        """\
<html><head><title>Lindholm ferry to resume service | Westfjord Today</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
<a href="/weather">Weather</a></nav>
<div class="share">Share: <a>Facebook</a> <a>X</a> <a>E-mail</a></div>
<article>
<h1>Lindholm ferry to resume service after three-week break</h1>
<p class="meta">Published: 14.10.2024 09:32 | Updated: 14.10.2024 11:05</p>
<p>The Lindholm ferry will resume service on Monday 21 October, the operator Fjordlink
announced on Friday. Service was suspended on 23 September when the MV Salka struck the
pier in a storm.</p>
<p>The pier was built in 1987 and rebuilt in 2006. Repairs cost about 2.3 million kroner,
the highest bill since 2011.</p>
</article>
<aside><h2>Related</h2><ul>
<li><a>Ferry fares rise 4% from 1 January</a> (03.10.2024)</li>
<li><a>New harbour master appointed</a> (27.09.2024)</li></ul></aside>
<footer>(c) 2024 Westfjord Today | Tel. 0471 555 210</footer>
</body></html>
""",
        (
            expect("2024-10-21", "ferry", planned=True),
            expect("2024-09-23", "suspended"),
            expect("1987", "built"),
            expect("2006", "rebuilt"),
        ),
    ),
    Text(
        "orsolya-tamm-biography",
        "encyclopedia biography with an infobox",
        None,
        """\
Orsolya Tamm
From the free encyclopedia

Orsolya Tamm
Born      3 May 1951, Kessel, Orvania
Died      17 November 2019 (aged 68), Kessel
Occupation  Violist, teacher
Awards    Arden Prize (1997, 2001)

Orsolya Tamm (3 May 1951 - 17 November 2019) was an Orvanian violist and teacher.

Early life and career
Tamm studied at the Conservatory of Rell from 1969 to 1974. In 1978 she joined the Rell
Philharmonic as principal violist, and she became its first woman concertmaster in 1985. She
left the orchestra c. 1992 to teach. Her recording of the Brisk sonatas won the Arden Prize in
1997 and 2001.

Death
Tamm died in Kessel on 17 November 2019.

References
1. Halm, P. (2004). Violists of Orvania. Rell: Arcade Press, pp. 211-219.
""",
        (
            expect("1951-05-03", "born"),
            expect("1969/1974", "studied"),
            expect("1978", "joined"),
            expect("1985", "concertmaster"),
            expect("1992~", "left"),
            expect("1997", "Arden Prize"),
            expect("2001", "Arden Prize"),
            expect("2019-11-17", "died"),
        ),
    ),
    Text(
        "halvard-museum-press",
        "museum exhibition press text",
        date(2025, 1, 20),
        """\
PRESS RELEASE - for immediate release

Salt and Iron: The Northern Forges, 1650-1820
Halvard Museum, Gallery 3 - 14 March to 27 July 2025

The Halvard Museum presents Salt and Iron, the first exhibition devoted to the iron forges of
the northern coast. It opens with a members' preview on Thursday 13 March.

At its heart is the forge at Ulmby, founded around 1660. It closed in 1818 after a fire. The
museum acquired the Ulmby account ledgers in 2003, and they are shown here for the first time.

Opening hours: Tue-Sun 10:00-17:00. Tickets EUR 14, concessions EUR 9.
Press contact: Nina Lund, +46 8 555 0192
""",
        (
            expect("2025-03-14/2025-07-27", "Salt and Iron", planned=True),
            expect("2025-03-13", "preview", planned=True),
            expect("1660~", "founded"),
            expect("1818", "closed"),
            expect("2003", "ledgers"),
        ),
    ),
    Text(
        "bellmark-rowing",
        "sports federation announcement",
        date(2024, 7, 2),
        """\
BELLMARK ROWING FEDERATION - OFFICIAL ANNOUNCEMENT

At its meeting on Saturday, the Board of the Bellmark Rowing Federation (BRF) confirmed that
the 2025 National Championships will be held at Lake Ostra from 12-15 June 2025. Entries must
be received no later than 1 May 2025.

Kristin Aal, head coach since 2017, will lead the national team at the European
Championships in Varna on 24-27 July. The federation, founded in 1921, has held the national
championships each year since 1923, except in 1940-1945.

Contact: office@brf.example | Ref. BRF/2024/066
""",
        (
            expect("2024-06-29", "meeting"),
            expect("2025-06-12/2025-06-15", "Championships", planned=True),
            expect("../2025-05-01", "entries", planned=True),
            expect("2017/..", "coach"),
            expect("2024-07-24/2024-07-27", "European", planned=True),
            expect("1921", "founded"),
        ),
    ),
    Text(
        "coastal-archives-cfp",
        "academic call for papers",
        None,
        """\
CALL FOR PAPERS
ICCA 2026 - Seventh International Conference on Coastal Archives
Porto Nera, 18-20 May 2026

The conference has met every two years since its first edition in Lorne in 2014. We invite
papers of 6,000-8,000 words on harbour records, shipping registers and coastal mapping.

Important dates
- Abstracts (300 words) due by 15 December 2025, 23:59 AoE
- Notification of acceptance: 31 January 2026
- Full papers: no later than 1 March 2026
- Early registration closes on 15 March 2026 (fee EUR 240)

Submissions via the conference site. Track 4 is chaired by Dr. Leena Voss.
""",
        (
            expect("2026-05-18/2026-05-20", "ICCA", planned=True),
            expect("2014", "first"),
            expect("../2025-12-15", "abstract", planned=True),
            expect("2026-01-31", "notification", planned=True),
            expect("../2026-03-01", "paper", planned=True),
            expect("2026-03-15", "registration", planned=True),
        ),
    ),
    Text(
        "storm-ilse-sitrep",
        "humanitarian situation report",
        None,
        """\
SOUTHERN PROVINCE: Tropical Storm Ilse
Situation Report No. 9 - as of 30 October 2024

HIGHLIGHTS
- Some 48,000 people displaced; the worst storm since 2011.
- US$64 million needed.

SITUATION OVERVIEW
Tropical Storm Ilse made landfall near Port Amara on 21 October. Flights to Port Amara
resumed on 25 October, and road access to Kellin was restored two days later. By 27 October,
312 of 540 damaged schools had reopened.

Cholera cases have been reported in Kellin district since 26 October. A flash appeal will be
launched on 4 November.

For further information: reliefweb contact, +1 212 555 0110.
""",
        (
            expect("2024-10-21", "landfall"),
            expect("2024-10-25", "flights"),
            expect("2024-10-27", "road"),
            expect("../2024-10-27", "schools"),
            expect("2024-10-26/..", "cholera"),
            expect("2024-11-04", "appeal", planned=True),
        ),
    ),
    Text(
        "marlow-falls-minutes",
        "city council agenda and minutes",
        None,
        """\
CITY OF MARLOW FALLS
REGULAR COUNCIL MEETING - MINUTES
Tuesday, April 8, 2025, 7:00 p.m. - Council Chambers, 200 Main St.

1. CALL TO ORDER at 7:02 p.m. by Mayor Dee Pruitt. Present: 5 members.
2. APPROVAL OF MINUTES of March 25, 2025. Approved 5-0.
3. RESOLUTION 2025-031 awarding the Elm Street resurfacing contract to Garrow Paving
   ($1.26 million). Approved 4-1. Work is scheduled to begin May 19 and to be completed by
   August 29.
4. PUBLIC HEARING on the rezoning of 48 Canal Rd. Continued to April 22.
5. COUNCIL COMMENTS. Council Member Ruiz noted that the Hollis Park pool, closed since 2022,
   will reopen on Saturday, June 14.
6. ADJOURNMENT at 8:47 p.m.
""",
        (
            expect("2025-04-08", "contract"),
            expect("2025-05-19", "work", planned=True),
            expect("../2025-08-29", "complet", planned=True),
            expect("2025-04-22", "hearing", planned=True),
            expect("2022/..", "pool"),
            expect("2025-06-14", "pool", planned=True),
        ),
    ),
    Text(
        "brannock-mill-newsletter",
        "historical society newsletter",
        None,
        """\
VALE HISTORICAL SOCIETY - Autumn Newsletter - Issue 88

The Brannock Mill: a short history
The mill on Brannock Lane was built c. 1842 by Josiah Brannock. It ground grain until 1911,
when a flood broke the dam. The Society bought the derelict building in 1974, and restoration
began the following year. The waterwheel turned again on 6 June 1981, watched by some 400
villagers.

Next talk
"Mills of the Vale" by Margaret Ives is on Thursday 14 November 2024 at 7.30 pm in the Parish
Hall. Members free, visitors 3 pounds. Membership remains 12 pounds a year.
""",
        (
            expect("1842~", "built"),
            expect("1911", "flood"),
            expect("1974", "bought"),
            expect("1975", "restoration"),
            expect("1981-06-06", "waterwheel"),
            expect("2024-11-14", "Mills of the Vale", planned=True),
        ),
    ),
    Text(
        "pinecrest-interview",
        "interview transcript",
        date(2023, 9, 18),
        """\
TRANSCRIPT - "Makers" podcast, episode 57
Recorded 14.09.2023 | Duration 00:42:10
Guest: Dana Hale, founder of Pinecrest Robotics

Q: When did you start the company?
HALE: We incorporated Pinecrest Robotics in February 2016. I remember because it was the week
of my daughter's birthday. We shipped the first unit, the PR-200, in 2018.

Q: And the recall?
HALE: That was October 2020. We pulled about 1,400 units, every PR-310.

Q: What's next?
HALE: We're opening a plant in Tulsa. Construction starts on October 2, and we will list on
the exchange in the first quarter of next year.
""",
        (
            expect("2016-02", "incorporat"),
            expect("2018", "shipped"),
            expect("2020-10", "recall"),
            expect("2023-10-02", "construction", planned=True),
            expect("2024-01/2024-03", "list", planned=True),
        ),
    ),
    Text(
        "career-post",
        "career network post",
        date(2025, 6, 2),
        """\
Jonas Weller · 1st
Operations leader | Logistics | Supply chain
2d · Edited

After 11 years, today is my last day at Corvid Logistics. I joined as a dispatcher in March
2014, became operations manager in 2017, and have led our Midwest network since January 2021.
Thank you to the 240 people who made it a joy.

On June 16 I'll start as VP of Operations at Halden Freight. Onward!

#logistics #newjob #gratitude
342 reactions · 57 comments · 4 reposts
Like  Comment  Repost  Send
""",
        (
            expect("2025-06-02", "last day"),
            expect("2014-03", "joined"),
            expect("2017", "operations manager"),
            expect("2021-01/..", "Midwest"),
            expect("2025-06-16", "Halden", planned=True),
        ),
    ),
    Text(
        "brisa-incident-summary",
        "airline incident report summary",
        None,
        """\
AVIATION SAFETY BOARD
Summary of Investigation Report ASB-2024-017 (interim)

On 9 March 2024 at 14:52 UTC, a Kestrel K-320 of Aerolinea Brisa, registration EC-LMV,
operating flight BR4411 from Dorna to Pellis, suffered an engine failure shortly after
take-off and returned to Dorna. None of the 164 occupants was injured.

The aircraft had undergone a heavy maintenance check on 2 February 2024. The operator
grounded its fleet of six K-320s on 11 March and returned them to service a week later.

The Board issued an interim safety recommendation on 4 April 2024. Page 3 of 12.
""",
        (
            expect("2024-03-09", "engine"),
            expect("2024-02-02", "maintenance"),
            expect("2024-03-11", "grounded"),
            expect("2024-03-18", "service"),
            expect("2024-04-04", "recommendation"),
        ),
    ),
    Text(
        "talvia-visa-notice",
        "embassy visa notice",
        None,
        """\
Embassy of the Republic of Talvia in Osterberg
Consular Section - Notice on visa services
Posted: 14 August 2025

From 1 September 2025 onwards, all applications for short-stay visas must be lodged online.
Paper applications received until 31 August 2025 will still be processed.

The Consular Section will be closed on Friday, 22 August, for a national holiday.

The visa fee has been EUR 80 since 1 February 2020. Since 3 March 2025 the Embassy has also
accepted card payments.

Appointments: +49 30 5550 1234, Mon-Thu 9:00-12:00. Form VA-7 (version 2.3).
""",
        (
            expect("2025-09-01/..", "online", planned=True),
            expect("../2025-08-31", "paper", planned=True),
            expect("2025-08-22", "closed", planned=True),
            expect("2020-02-01/..", "fee"),
            expect("2025-03-03/..", "card"),
        ),
    ),
)
