"""A twenty-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty kinds of document a reader feeds in (wire
stories with a dateline and an update line, press releases, an employment tribunal decision,
encyclopedia entries, a chess report, a shipping line's history, a peacekeeping mandate
summary, a census statement, a ministry's HTML news list, a think tank's newsletter, a
traveller's blog, a union's strike timeline, a regulator's decision notice, a corrections
column, an auction lot's provenance, an incident log and a family history page), with
organisations, people and facts made up. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYSECOND_CORPUS",)

TWENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike-wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """\
ROTTERDAM, March 14 (Nordwire) - Dockworkers at three container terminals in Rotterdam
walked off the job on Wednesday, the Federation of Harbour Workers (FHW) said, in the
longest stoppage at the port since 2019.

The strike began after talks with the employers' group Havenwerk collapsed on March 7.
The dockers' collective agreement expired on January 31 and has not been renewed.

Shipping lines have been diverting vessels to Antwerp and Hamburg since Thursday, a
spokeswoman for the port authority said. About 40 ships were waiting at anchor.

A government mediator is scheduled to meet both sides on Monday, FHW chairman Joost
Verhagen told reporters. "We hold our members' assembly every Tuesday and they are
united," he said.

The last full stoppage at the port, in 2002, lasted nine days.

(Reporting by Anouk Meijer; Editing by Tom Ashdown)
""",
        (
            expect("2025-03-12", "walk"),
            expect("2025-03-07", "talks"),
            expect("2025-01-31", "expir"),
            expect("2025-03-13/..", "divert"),
            expect("2025-03-17", "mediat", planned=True),
            expect("2002", "stoppage"),
        ),
    ),
    Text(
        "oil-spill-update",
        "wire story with an update line",
        date(2024, 9, 5),
        """\
UPDATE 2-Tanker spill off Polish coast larger than first thought

(Adds coast guard estimate in paragraph 3, salvage plan in paragraph 5)

GDANSK, Poland, Sept 5 (Baltic Press) - The tanker Marisol Star ran aground on a sandbank
in the Bay of Gdansk on Tuesday, spilling fuel oil that has since reached beaches near
Sopot, Polish authorities said.

Crews laid floating booms around the hull early on Wednesday.

The coast guard now estimates that some 1,200 tonnes of oil leaked, making it the worst
spill in the bay since 2003.

Port state records show the Liberian-flagged vessel was last inspected in Rotterdam on or
about June 12. Its Greek owner, Thalassa Carriers, bought the ship in 2016.

Salvage crews are expected to begin pumping the remaining fuel from the tanks on Saturday,
weather permitting.
""",
        (
            expect("2024-09-03", "aground"),
            expect("2024-09-04", "boom"),
            expect("2024-06-12~", "inspect"),
            expect("2016", "bought"),
            expect("2024-09-07", "pump", planned=True),
        ),
    ),
    Text(
        "hospital-release",
        "press release of a hospital",
        date(2025, 6, 2),
        """\
FOR IMMEDIATE RELEASE
2 June 2025

St Aldric Regional Hospital opens Harwood Cardiac Unit

LINDMOOR - The Harwood Cardiac Unit at St Aldric Regional Hospital opened to its first
patients on 28 May, bringing 32 beds and two catheter laboratories under one roof.

Construction of the unit began in March 2023 with a gift from the Harwood Trust.

St Aldric, founded c. 1891 as a cottage hospital, has been a teaching hospital of the
University of Lindmoor since 1962. A rehabilitation wing is scheduled to open in September
2026.

"Our cardiology team has treated more patients this year than in any year since 2015,"
said chief executive Dr Fiona Marsh.

Media contact: press@staldric.example | 01632 960 118
###
""",
        (
            expect("2025-05-28", "cardiac"),
            expect("2023-03", "construct"),
            expect("1891~", "found"),
            expect("1962/..", "teaching"),
            expect("2026-09", "rehabilit", planned=True),
        ),
    ),
    Text(
        "film-festival-release",
        "press release of a film festival",
        date(2026, 2, 10),
        """\
PRESS RELEASE | Lisbon, 10 February 2026

ALVORADA INTERNATIONAL FILM FESTIVAL ANNOUNCES ITS 14TH EDITION

The 14th Alvorada International Film Festival will take place from 18 to 27 June 2026.
Submissions for the feature and short film competitions will close on 15 March, and the
full programme will be announced no later than 20 May.

Founded in 2012 by the director Inês Mota, the festival has been held at the Cinema Aurora
on Avenida da Liberdade since 2018. The previous edition drew 42,000 admissions, its best
attendance since 2019.

This year's honorary award goes to the actress Teresa Valadares, who made her screen debut
in 1974 in Joaquim Serra's "Maré Alta".

Accreditation for press opens every year on the first Monday of April.

Press office: Rita Campos, imprensa@alvorada.example
""",
        (
            expect("2026-06-18/2026-06-27", "festival", planned=True),
            expect("2026-03-15", "submission", planned=True),
            expect("../2026-05-20", "programme", planned=True),
            expect("2012", "found"),
            expect("2018/..", "aurora"),
            expect("1974", "debut"),
        ),
    ),
    Text(
        "tribunal-decision",
        "court opinion (employment tribunal decision)",
        None,
        """\
EMPLOYMENT TRIBUNALS

Claimant: Ms R Okonjo
Respondent: Fenwick Logistics Limited
Heard at: Leeds (by video)
Before: Employment Judge Harrow, Mr P Dunne, Ms S Bhatt

JUDGMENT

The claim of unfair dismissal is well-founded and succeeds.

REASONS

1. The claimant began work for the respondent as a warehouse supervisor on 14 August 2017.

2. On or about 20 November 2023 she raised a written grievance about shift allocation.

3. A disciplinary meeting was held on 30 January 2024 and the claimant was dismissed on
9 February 2024 for alleged misconduct.

4. The claim was presented to the tribunal on 2 May 2024. The hearing took place from
3 to 5 March 2025.

5. The tribunal finds that the respondent, which reviews its shift rota every quarter,
did not follow its own procedure.

6. The respondent's witnesses, Mr Carver (operations manager) and Ms Leigh (human resources
adviser), gave evidence on the second day. The tribunal found Ms Leigh a careful and candid
witness, but Mr Carver's account of the grievance meeting was contradicted by his own notes.

7. The respondent did not investigate the allegation of misconduct before it invited the
claimant to the disciplinary meeting, and the letter of dismissal gave no reason beyond a
"loss of trust". No reasonable employer would have dismissed on that material.

8. The claim of wrongful dismissal (notice pay) was withdrawn and is dismissed.

9. A remedy hearing is to take place on 16 June 2025.
""",
        (
            expect("2017-08-14", "began"),
            expect("2023-11-20~", "grievance"),
            expect("2024-01-30", "disciplinary"),
            expect("2024-02-09", "dismiss"),
            expect("2024-05-02", "claim"),
            expect("2025-03-03/2025-03-05", "hearing"),
            expect("2025-06-16", "remedy", planned=True),
        ),
    ),
    Text(
        "bridge-encyclopedia",
        "encyclopedia entry on a bridge",
        None,
        """\
Varnholm Bridge

The Varnholm Bridge (Swedish: Varnholmsbron) is a cable-stayed road bridge across the
Lödra strait in southern Sweden, linking the town of Varnholm with the island of Skärö.

History

Proposals for a fixed link across the strait date back to around 1910. Construction began
in April 1994, and the bridge opened to traffic on 22 September 1997. Tolls were abolished
in 2011.

The main span was probably repainted in 2005, although the county's maintenance records
for that decade are incomplete. A full renovation of the deck is planned to begin in 2027.

Traffic

The bridge now carries an average of 18,400 vehicles a day, the highest count since 2008.
""",
        (
            expect("1910~", "propos"),
            expect("1994-04", "construct"),
            expect("1997-09-22", "open"),
            expect("2011", "toll"),
            expect("2005?", "repaint"),
            expect("2027", "renovat", planned=True),
        ),
    ),
    Text(
        "party-encyclopedia",
        "encyclopedia entry on a political party",
        None,
        """\
Green Agrarian League

The Green Agrarian League (Latvian: Zaļā Zemnieku Līga, ZZL) is an agrarian and green
political party in Latvia.

The party was founded on 14 March 1992 in Jelgava by a group of farmers' cooperatives.
It merged with the smaller Rural Union in 1998 and entered the Saeima the following year.
The League took part in coalition governments in 2002, 2006 and 2010.

Ilze Kalniņa has led the party since 2021.

Ideology

The League supports family farms, rural schools and the protection of wetlands. Its youth
section, Paaudze 2000 (Generation 2000), has about 900 members.
""",
        (
            expect("1992-03-14", "found"),
            expect("1998", "merg"),
            expect("1999", "saeima"),
            expect("2002", "coalition"),
            expect("2006", "coalition"),
            expect("2010", "coalition"),
            expect("2021/..", "led"),
        ),
    ),
    Text(
        "chess-report",
        "sports report on a chess tournament",
        date(2025, 10, 20),
        """\
Vásquez takes Tbilisi Open on tiebreak

By our chess correspondent

Grandmaster Lucía Vásquez won the Tbilisi Open on Sunday, finishing level on 7/9
with Giorgi Beridze but ahead on Buchholz.

The nine-round event began on October 11. Vásquez lost to Beridze in the fourth round on
Tuesday, yet her rating is now the highest since 2019.

Her previous open title came in Reykjavik in 2022.

Vásquez, who plays online blitz every Thursday evening, is expected to play in the
qualification event in Madrid in January.
""",
        (
            expect("2025-10-19", "won"),
            expect("2025-10-11", "began"),
            expect("2025-10-14", "lost"),
            expect("2022", "reykjavik"),
            expect("2026-01", "madrid", planned=True),
        ),
    ),
    Text(
        "shipping-line-history",
        "company history of a shipping line",
        None,
        """\
Nordhavn Line - Our history

1889 - Captain Elias Brandt founds the company in Bergen with two schooners.

c. 1905 - The first steamship, SS Ingrid, enters service on the Bergen-Hull route.

1940-1945 - The fleet is requisitioned by the Allied shipping pool; four ships are lost.

1968 - Nordhavn switches its North Sea routes to containers, and it is listed on the Oslo
Stock Exchange the following year.

Since 2019 - All new vessels run on liquefied natural gas (LNG).

2027 - Two hydrogen ferries are scheduled for delivery.

Today Nordhavn Line operates 34 vessels and calls at 19 ports every week.
""",
        (
            expect("1889", "found"),
            expect("1905~", "steamship"),
            expect("1940/1945", "requisition"),
            expect("1968", "container"),
            expect("1969", "listed"),
            expect("2019/..", "lng"),
            expect("2027", "hydrogen", planned=True),
        ),
    ),
    Text(
        "peacekeeping-mandate",
        "mission summary of a UN peacekeeping mandate renewal",
        None,
        """\
UNITED NATIONS STABILIZATION MISSION IN THE LAKE REGION (MINUSAL)

Mandate renewal - summary

The Security Council adopted resolution 2791 on 28 June 2025, extending the mandate of
MINUSAL for a further twelve months and lowering the authorized troop ceiling by some 2,000
personnel.

Background. The Council established MINUSAL on 15 April 2013. Its headquarters have been
in Kalemba since 2016.

Security situation. An armed group attacked a mission patrol near Ruvanda on or about 3 May
2025, killing two peacekeepers.

Priorities. The resolution keeps the protection of civilians as the mission's first task,
followed by support to the disarmament programme and to the national police. It asks the
mission to hand its eastern bases over to national authorities in stages, as conditions
allow, and to brief the Council each quarter on violations of human rights.

Outlook. The Secretary-General is to report on the drawdown by 31 December 2025.
Presidential elections are expected to be held in 2026.
""",
        (
            expect("2025-06-28", "resolution"),
            expect("2013-04-15", "establish"),
            expect("2016/..", "kalemba"),
            expect("2025-05-03~", "attack"),
            expect("../2025-12-31", "report", planned=True),
            expect("2026", "election", planned=True),
        ),
    ),
    Text(
        "census-statement",
        "government statement on a census",
        date(2025, 11, 12),
        """\
Statement by the National Statistics Office on the 2025 Census
12 November 2025

The census was conducted on the night of 21 September. The National Statistics Office
thanks every household that took part. Field enumeration ran from 22 September to
19 October. The online response rate of 71% was the highest since 2011.

Preliminary population counts will be published on 15 December. Full results are expected
by June 2027 at the latest.

The previous census was held in 2015. The Census Act 2019, amended in 2022, requires the
Office to publish its methods before any results.

Enquiries: census@nso.example
""",
        (
            expect("2025-09-21", "conduct"),
            expect("2025-09-22/2025-10-19", "enumeration"),
            expect("2025-12-15", "preliminary", planned=True),
            expect("../2027-06", "results", planned=True),
            expect("2015", "census"),
            expect("2022", "amend"),
        ),
    ),
    Text(
        "ministry-news-html",
        "HTML page of a ministry with a news list",
        None,
        """\
<html><head><title>News | Ministry of Water and Environment</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>
<h1>Latest news</h1>
<ul class="news">
<li><time>4 February 2025</time> Minister Amina Wekesa opens the Kilifi desalination
plant</li>
<li><time>30 January 2025</time> Ministry signs a water-sharing memorandum with
Tanzania</li>
<li><time>27 January 2025</time> Tender for Athi River dredging launched; bids must reach
the ministry no later than 28 February 2025</li>
<li><time>20 January 2025</time> Drought emergency in Turkana County lifted</li>
<li><time>14 January 2025</time> Cabinet approves the National Water Master Plan 2030</li>
</ul>
<h2>Upcoming</h2>
<ul><li>22 March 2025: World Water Day forum at the Lakeside Conference Centre</li></ul>
<footer>Page last updated 5 February 2025 | © 2025 Ministry of Water and Environment
</footer>
</body></html>
""",
        (
            expect("2025-02-04", "desalination"),
            expect("2025-01-30", "memorandum"),
            expect("2025-01-27", "tender"),
            expect("../2025-02-28", "bids"),
            expect("2025-01-20", "drought"),
            expect("2025-01-14", "master"),
            expect("2025-03-22", "forum", planned=True),
        ),
    ),
    Text(
        "think-tank-newsletter",
        "weekly newsletter of a think tank",
        date(2025, 5, 9),
        """\
THE BRIEFING - weekly from the Caledon Institute | Issue 212 | 9 May 2025

IN BRIEF
* Testimony. Our director Harriet Nwosu testified before the Senate Finance Committee on
  Tuesday on the cost of the new border levy.
* Housing. Our paper "Homes Without Subsidy", released on April 29, has been downloaded
  6,000 times.
* Prices. Inflation figures out yesterday showed prices up 3.1%, the steepest rise since
  2023.
* Event. Our panel "Trade after tariffs" will be held on Thursday, May 15, at noon.
* People. Dr Pavel Ostrowski will join us as a senior fellow on June 1.

The Institute has published The Briefing since 2009. Members' lunches take place on the
last Friday of every month.

Unsubscribe | Manage preferences
""",
        (
            expect("2025-05-06", "testif"),
            expect("2025-04-29", "paper"),
            expect("2025-05-08", "inflation"),
            expect("2025-05-15", "panel", planned=True),
            expect("2025-06-01", "join", planned=True),
            expect("2009/..", "briefing"),
        ),
    ),
    Text(
        "travel-blog",
        "blog post by a traveller with dated entries",
        date(2024, 10, 2),
        """\
Slow roads through Georgia
Posted by Maren | 2 October 2024 | 14 comments

I first came to Georgia in 2011 as a student. This autumn I went back with a rucksack and
no plan. A few notes from my diary:

14 September - Landed in Tbilisi after a night flight from Berlin and ate khachapuri at
the first café that was open.

16 September - Took a shared minibus up the Military Road to Kazbegi. Cold, wonderful.

19 September - Hiked to the Gergeti Trinity Church and down again in the rain.

Somewhere around then I lost track of the days. We reached Mestia, in Svaneti, on or about
the 23rd, after two days in the back of a jeep.

I will return to Batumi on 5 July next year, for the jazz weekend.
""",
        (
            expect("2011", "came"),
            expect("2024-09-14", "tbilisi"),
            expect("2024-09-16", "kazbegi"),
            expect("2024-09-19", "hike"),
            expect("2024-09-23~", "mestia"),
            expect("2025-07-05", "batumi", planned=True),
        ),
    ),
    Text(
        "union-strike-timeline",
        "labour union's strike timeline",
        None,
        """\
RAIL AND TRANSPORT WORKERS' UNION
Northern Depots pay dispute: timeline
Updated 18 November 2025

3 July 2025 - Members reject the company's pay offer of 2%.

11 August - Strike ballot opens; it closes on 1 September.

4 September - Ballot result announced: 82% in favour of action on a turnout of 64%.

22-24 October - First 72-hour walkout at all six depots.

Since 1 November - Overtime ban in force.

1 December - Further strike days planned if no new offer is made.

Picket lines are staffed every weekday from 5am. This is the biggest rail dispute in the
region since 1995.
""",
        (
            expect("2025-07-03", "reject"),
            expect("2025-08-11", "ballot"),
            expect("2025-09-01", "closes"),
            expect("2025-09-04", "result"),
            expect("2025-10-22/2025-10-24", "walkout"),
            expect("2025-11-01/..", "overtime"),
            expect("2025-12-01", "strike", planned=True),
        ),
    ),
    Text(
        "regulator-decision",
        "regulator's decision notice",
        None,
        """\
OFFICE OF ENERGY MARKETS REGULATION
DECISION NOTICE
Reference: DN-2025-041        Date of notice: 20 August 2025
To: Brightwell Power Supply Ltd

1. Brightwell has held a domestic supply licence since 2014.

2. Between 1 October 2022 and 31 March 2024, Brightwell overcharged some 48,000 prepayment
customers through a tariff error.

3. Brightwell probably became aware of the error in February 2023 but did not report it.

4. The Authority opened its investigation on 12 June 2024.

5. Brightwell repaid £1.1 million to affected customers by 15 July 2025.

6. The Authority has decided to impose a penalty of £3.4 million, payable within 28 days.
Any appeal is to be lodged with the Energy Appeals Tribunal no later than
17 September 2025.
""",
        (
            expect("2014/..", "licence"),
            expect("2022-10-01/2024-03-31", "overcharg"),
            expect("2023-02?", "aware"),
            expect("2024-06-12", "investigation"),
            expect("../2025-07-15", "repaid"),
            expect("../2025-09-17", "appeal", planned=True),
        ),
    ),
    Text(
        "corrections-column",
        'newspaper "corrections and clarifications" column',
        date(2025, 4, 12),
        """\
Corrections and clarifications

A report about the Harlow bypass said that construction would begin in 2027. Harlow
District Council expects work to start in 2026.

An obituary of the sculptor Agnes Pell gave her year of birth as 1931. She was born on
8 March 1932.

We said the Linwood branch library closed in 2019. It closed on or about 30 September 2020,
after its lease ran out.

A caption misnamed the winner of the Hartfield half marathon, held last Sunday. She is
Grace Obi, not Grace Oyelaran.

The engineering firm Dellacourt has been based in Leeds since 2008, not in Bradford as we
stated.

Corrections appear in this space every Saturday.
""",
        (
            expect("2026", "work", planned=True),
            expect("1932-03-08", "born"),
            expect("2020-09-30~", "closed"),
            expect("2025-04-06", "marathon"),
            expect("2008/..", "leeds"),
        ),
    ),
    Text(
        "auction-lot",
        "auction catalogue lot description with provenance",
        None,
        """\
LOT 147

A GEORGE III SILVER TEA CADDY
Maker's mark of Hester Lambe, London
Estimate £4,000 - 6,000

Of oval form with bright-cut borders and a pineapple finial, 14 cm high.

The caddy was made in London in 1778 and was possibly engraved with the Tamworth arms in
1790.

Provenance:
Sir Oliver Tamworth, Bt., and by descent to his granddaughter Lady Caroline Fane; her sale,
Fenwick & Dale, London, 14 May 1887, lot 62.
Edmund Hale, Bath, and by descent until sold around 1938.
Private collection, Geneva, from 1952 onwards.

Exhibited:
Georgian Silver, Lansdown Gallery, Bath, 3 June - 28 August 1961.
""",
        (
            expect("1778", "made"),
            expect("1790?", "engrav"),
            expect("1887-05-14", "sale"),
            expect("1938~", "sold"),
            expect("1952/..", "geneva"),
            expect("1961-06-03/1961-08-28", "exhibit"),
        ),
    ),
    Text(
        "incident-log",
        "emergency service incident log",
        None,
        """\
KESSOCK FIRE AND RESCUE SERVICE - INCIDENT LOG
Incident 2025/0817 | Building fire | Harbour Road warehouse, Kessock

Date         Time   Entry
11-Jul-2025  23:42  Call received from a passer-by reporting smoke from the warehouse roof.
12-Jul-2025  04:10  Fire reported under control; four pumps remain on scene.
13-Jul-2025  09:00  Stop message sent; last crews released.
14-Jul-2025  10:00  Fire investigation team on site with the police.

Notes:
- The building was last inspected by the fire safety officer on or about 2 March 2024.
- Hydrants in the Harbour Road area are tested every April.
- A joint report with the police is due by 31 July 2025.
""",
        (
            expect("2025-07-11", "call"),
            expect("2025-07-12", "control"),
            expect("2025-07-13", "stop"),
            expect("2025-07-14", "investigation"),
            expect("2024-03-02~", "inspect"),
            expect("../2025-07-31", "report", planned=True),
        ),
    ),
    Text(
        "family-history",
        "family history page (genealogy)",
        None,
        """\
The Quennell Family of Market Ashby

Thomas Quennell, an agricultural labourer, was born about 1802 in Market Ashby,
Leicestershire. He married Ann Pratt at St Mary's church on 12 October 1826.

Their children were:
- William, born 1828
- Sarah, born 1831
- James, baptised 4 May 1834

In the 1851 census the family is listed at Mill Lane, with William working as a carter.

Thomas died on 19 February 1871 and is buried in St Mary's churchyard. Ann probably died in
1875, but no burial record has been found.

If you are researching the Quennells too, please write to the address below.
""",
        (
            expect("1802~", "born"),
            expect("1826-10-12", "married"),
            expect("1828", "william"),
            expect("1831", "sarah"),
            expect("1834-05-04", "james"),
            expect("1871-02-19", "died"),
            expect("1875?", "ann"),
        ),
    ),
)
