"""A ninetyfourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
sailing club's regatta notice, a town's flood defence history, a university library's special
collection page in HTML, a fishing quota announcement, a motor race report, a company's
bankruptcy timeline, a census of a bird colony, a military museum's medal citation notes, a
consumer watchdog's ruling, a convent's chronicle summary and a bus strike update). Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYFOURTH_CORPUS",)

NINETYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "water-utility-suspended",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LISBON, Oct 9 (Iberia Press) - Portugal's water regulator suspended the licence of
Aguas do Tejo Norte on Monday, days after a burst main left about 2,300 homes in the
northern suburbs without drinking water for nearly a week.

The main burst on September 22 under a road junction in Odivelas. Engineers from the utility
needed four days to locate the break, the regulator said in a 38-page decision, describing it as
the worst outage in the region since 2009.

Aguas do Tejo Norte, which has run the network under a municipal concession since 1998, said it
would contest the suspension. The company replaced some 40 km of older cast-iron pipe before
2020, but inspectors found that valves on the failed section dated from the 1960s.

The regulator first fined the utility in 2016, over billing errors. A spokeswoman for the
regulator, who briefs reporters every Thursday, said a hearing on the suspension will be held on
Friday in Lisbon and that customers could call 800 203 117 for compensation claims.

Mayor Helena Carvalho said residents had been "treated like an afterthought". Shares in the
utility's parent company fell 6.4 percent in Lisbon trading.

(Reporting by Marta Sousa; Editing by Paul Brennan)""",
        (
            expect("2024-10-07", "suspend"),
            expect("2024-09-22", "burst"),
            expect("1998/..", "network"),
            expect("../2020", "pipe"),
            expect("2016", "fine"),
            expect("2024-10-11", "hearing", planned=True),
        ),
    ),
    Text(
        "harbour-cranes-press-release",
        "press release",
        None,
        """PRESS RELEASE | For immediate release

Nordkai Systems and the Port of Lubeck sign agreement on electric cranes

Hamburg, 20 February 2025 - Nordkai Systems GmbH today signed an agreement with the Port of
Lubeck to supply twelve battery-electric container cranes for the port's Skandinavienkai
terminal. First deliveries are scheduled for September 2025, with the remaining cranes to follow
over eighteen months.

The agreement follows a pilot that ran from 4 to 28 November 2024, in which a prototype crane
handled more than 6,000 containers without a diesel generator. "The pilot showed that the
technology is ready for a working port," said Dr. Katrin Albers, chief executive of Nordkai.

Nordkai was founded in 2011 as a spin-off of the Technical University of Hamburg. It opened its
assembly plant in Bremen in about 2016 and has supplied cranes to ports in Denmark and Poland
since 2019. The company employs 410 people.

The cranes will help the port meet its 2030 climate targets, which it adopted together with the
city council.

About Nordkai Systems
Nordkai Systems develops electric handling equipment for ports and logistics centres. Its
EC-2000 crane series is in service at nine terminals.

Press release no. 2025/014

Media contact:
Jan Petersen, Head of Communications
+49 40 5550 1820 | press@nordkai.example""",
        (
            expect("2025-02-20", "agreement"),
            expect("2025-09", "deliver", planned=True),
            expect("2024-11-04/2024-11-28", "pilot"),
            expect("2011", "found"),
            expect("2016~", "plant"),
            expect("2019/..", "suppl"),
        ),
    ),
    Text(
        "henley-v-brookfield",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF COLUMBIA
DIVISION TWO

No. 22-1874

MARCUS HENLEY, Appellant,
v.
BROOKFIELD HOLDINGS LLC, Respondent.

OPINION

ORTEGA, J. - Appellant Marcus Henley challenges the summary judgment entered against him in his
action for return of a security deposit. We affirm.

I. BACKGROUND

On or about May 3, 2019, Henley signed a written lease for a ground-floor unit at 1650 Harlan
Street. The lease term ran from June 1, 2019 through May 31, 2021, at a monthly rent of $1,975.
It incorporated the notice provisions of the 1998 Residential Tenancies Act.

Brookfield contends, and Henley does not dispute, that it gave him written notice of unpaid
utility charges no later than August 15, 2020. Henley vacated early, and Brookfield retained the
deposit.

Henley filed suit on February 2, 2021, alleging that Brookfield had withheld the deposit in bad
faith under Civ. Code section 1950.5. The trial court granted Brookfield's motion for summary
judgment and entered judgment on June 14, 2022. Henley filed his notice of appeal the following
day.

II. DISCUSSION

We review a grant of summary judgment de novo. (Ames v. Corliss (2004) 119 Col.App.4th 212,
218.) A landlord who itemizes deductions within the statutory period is not liable for
statutory damages merely because the tenant disputes the amount. Henley identifies no evidence
that the itemization was late or made in bad faith.

III. DISPOSITION

The judgment is affirmed. Respondent shall recover its costs on appeal.

WE CONCUR: HALVORSEN, P. J., DUNNE, J.""",
        (
            expect("2019-05-03~", "lease"),
            expect("2019-06-01/2021-05-31", "term"),
            expect("../2020-08-15", "notice"),
            expect("2021-02-02", "suit"),
            expect("2022-06-14", "judgment"),
            expect("2022-06-15", "appeal"),
        ),
    ),
    Text(
        "kellaway-minster",
        "encyclopedia history",
        None,
        """Kellaway Minster

Kellaway Minster is a former collegiate church in the market town of Kellaway, in the English
county of Northshire. It is a Grade I listed building and one of the largest parish churches in
the region.

History

A community of secular canons was founded at Kellaway c. 1140, probably by the lords of the
manor. The present nave was completed by 1215, and the chancel followed in the later thirteenth
century. A fire in 1397 destroyed the roofs and much of the east end; the church was rebuilt
between 1402 and 1431 in the Perpendicular style, with funds from the wool trade.

The college was suppressed at the Reformation. The building has served as the parish church of
Kellaway since 1561, and its services followed the 1549 Book of Common Prayer in a form that local
antiquaries described in detail. The tall lead spire was added perhaps in 1620, although some
historians date it to a rebuilding after a storm.

Restorations took place in 1866, 1891 and 1924, the first under the architect George Gilbert
Scott the younger. The 1,312 carved roof bosses of the nave, long hidden by plaster, were
uncovered during the last of these.

Architecture

The nave is of seven bays, with a clerestory of 14 windows on each side. The west tower, 42
metres high, carries a ring of ten bells, rung every Sunday and on the feast of St Aldhelm.""",
        (
            expect("1140~", "found"),
            expect("../1215", "nave"),
            expect("1397", "fire"),
            expect("1402/1431", "rebuil"),
            expect("1561/..", "parish"),
            expect("1620?", "spire"),
            expect("1866", "restor"),
            expect("1891", "restor"),
            expect("1924", "restor"),
        ),
    ),
    Text(
        "harbour-city-rugby",
        "sports report",
        date(2025, 6, 2),
        """RUGBY | PREMIER DIVISION

Harbour City clinch top spot as Vake runs riot

By Dan Whitcombe

Harbour City clinched first place in the Premier Division on Sunday with a 38-17 win over
Eastgate at a sold-out Quayside Park, their highest points total in a league season since 2013.

Captain Tomasi Vake, who joined the club in around 2017 from Suva, scored two tries in the first
half and set up a third for the winger Liam Osei. "We've been building this for years," Vake
said. "The boys train every Friday night in the rain, and today showed why."

City had lost their semi-final to Eastgate on May 24, a defeat that coach Mara Eloff called "the
wake-up call we needed". Eloff, in charge since January 2022, said she would name an unchanged
squad.

The final will be played on Saturday, June 14 at the National Stadium, where City will meet the
winner of the replayed semi-final between Northfield and Carrow. Kick-off is at 15:30.

Eastgate coach Pieter Roux, whose side trailed 24-3 at half-time, said his players had "run out
of legs". Three Eastgate players are in contention for the 2027 World Cup squad.

Harbour City: 15 Tane; 14 Osei, 13 Kerr, 12 Vake (capt), 11 Mbeki.""",
        (
            expect("2025-06-01", "clinch"),
            expect("2017~", "join"),
            expect("2025-05-24", "semi"),
            expect("2022-01/..", "eloff"),
            expect("2025-06-14", "final", planned=True),
        ),
    ),
    Text(
        "brauer-soehne-history",
        "company history",
        None,
        """Our history

Brauer & Sohne was founded in 1887 by the toolmaker Wilhelm Brauer in a rented workshop in
Remscheid. His first product, the Model 1887 smoothing plane, is still made today in a slightly
modified form.

The company had moved to a larger site in Solingen by 1902, where it began forging chisels and
carving knives. From 1915 to 1918 the works were converted to munitions production, and Brauer's
two sons served on the Western Front.

After the Second World War the family rebuilt the firm around hand tools for joiners and
cabinet makers. Brauer & Sohne went public in 1973, and opened a subsidiary in Sao Paulo, Brazil
the following year to serve the South American market.

Around 1990 the company began to supply precision blades to the furniture industry, which now
accounts for almost half of its sales. At its peak the workforce numbered 1,500.

The Haldane Group has owned Brauer & Sohne since 2006. Under Haldane the company has invested in
a new heat-treatment line and in training: every year twelve apprentices begin their three-year
course at the Solingen works.

Today Brauer tools are sold in 46 countries. Our showroom at Klingenstrasse 18 is open to
visitors Tuesday to Saturday.

Brauer & Sohne GmbH | Klingenstrasse 18 | 42651 Solingen | Tel. +49 212 555 0190""",
        (
            expect("1887", "found"),
            expect("../1902", "solingen"),
            expect("1915/1918", "munition"),
            expect("1973", "public"),
            expect("1974", "subsidiar"),
            expect("1990~", "blade"),
            expect("2006/..", "haldane"),
        ),
    ),
    Text(
        "ares-pathfinder-mission",
        "mission summary",
        None,
        """Mission summary: Ares Pathfinder Orbiter and Lander (APOL)

Agency: European-Andean Space Consortium
Mission type: Mars orbiter and stationary lander

The Ares Pathfinder spacecraft was launched on 12 March 2019 aboard an Ariane 5 rocket from
Kourou. After a cruise of seven months it entered orbit around Mars on 30 October 2019, and
released its lander on 4 December after a series of orbit-lowering manoeuvres.

The lander, named Condor, touched down in Elysium Planitia and returned weather and seismic
data for 412 sols. Its solar panels gradually became covered in dust, and it fell silent around
18 May 2020; controllers made their last attempt to contact it in the weeks that followed.

The orbiter continues to map water ice at mid-latitudes from a 320 km orbit, completing one
revolution every 1.9 hours. Engineers believe the spacecraft may have lost one of its eight
attitude thrusters in 2021, although telemetry from that period is incomplete.

The mission was extended in 2022 and again in 2024. The orbiter is scheduled to end its science
operations in March 2027, when it will be raised to a disposal orbit. The mission's findings
were cited in the 2023 Planetary Science Decadal Review.

Key figures: launch mass 2,140 kg; orbiter power 1,850 W; 17 instruments.""",
        (
            expect("2019-03-12", "launch"),
            expect("2019-10-30", "orbit"),
            expect("2019-12-04", "lander"),
            expect("2020-05-18~", "silent"),
            expect("2021?", "thruster"),
            expect("2022", "extend"),
            expect("2024", "extend"),
            expect("2027-03", "end", planned=True),
        ),
    ),
    Text(
        "measles-campaign-statement",
        "government statement",
        date(2025, 4, 24),
        """Ministry of Health
Statement from the Minister for Health, Dr Elin Marsh, on the national measles catch-up
campaign

The national measles catch-up campaign, which began on Monday, has already reached more than
18,000 children in its first days. I want to thank the nurses, pharmacists and school staff who
have made this possible.

Measles cases in the Tarrow district have been rising since 3 March, after a cluster was found at
a primary school. Vaccination coverage among five-year-olds stands at 88 percent, the lowest since
2016 and well below the 95 percent needed to stop the disease from spreading.

Our aim is clear: we will offer a second dose to every eligible child by 30 June. The previous
catch-up campaign, in 2019, reached 71 percent of the children it targeted, and we have learned
from it. Clinics now open every Saturday morning, and parents can book online or through the
helpline on 0800 555 0192.

I will visit clinics in Tarrow on Tuesday to meet health workers and families. The campaign is
run under the powers of the 2014 Public Health Act and is free of charge.

Vaccination is safe, and it is the best protection we have. I urge every parent to check their
child's record today.

Ends

Notes to editors: Media enquiries to the ministry press office, reference MOH/PR/25/061.""",
        (
            expect("2025-04-21", "campaign"),
            expect("2025-03-03/..", "case"),
            expect("../2025-06-30", "dose", planned=True),
            expect("2019", "previous"),
            expect("2025-04-29", "visit", planned=True),
        ),
    ),
    Text(
        "ashbury-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Ashbury Town Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bins and recycling</a></nav>
<main>
<h1>Latest news</h1>
<ul class="news-list">
  <li><h3>Library reopens after roof repairs</h3>
    <p>Ashbury Library reopened on <strong>24 February 2025</strong> after eleven weeks of
    repairs. The building, which opened in about 1884 as the Mechanics' Institute, now has a
    step-free entrance.</p></li>
  <li><h3>Riverside cycle path approved</h3>
    <p>The council approved the riverside cycle path on <strong>3 March 2025</strong> by nine
    votes to two. Works are expected to cost 420,000 pounds.</p></li>
  <li><h3>Market Street closure</h3>
    <p>Market Street will be closed to traffic from 14 April to 2 May 2025 while the gas main
    is replaced. Buses on route 2025A will divert via Mill Lane.</p></li>
  <li><h3>Bus route consultation</h3>
    <p>Responses to the bus route consultation had to be received no later than
    <strong>31 March 2025</strong>. A summary of the 640 replies will follow.</p></li>
  <li><h3>Spring fair</h3>
    <p>The spring fair is scheduled for <strong>Saturday 17 May 2025</strong> on the Green,
    with stalls from 10am.</p></li>
</ul>
<aside><p>Garden waste is collected every other Tuesday. Call 01632 960 441 to report a
missed bin.</p></aside>
</main>
<footer><p>Last updated: 10 April 2025</p><p>&copy; 2025 Ashbury Town Council</p></footer>
</body>
</html>""",
        (
            expect("2025-02-24", "library"),
            expect("1884~", "institute"),
            expect("2025-03-03", "cycle"),
            expect("2025-04-14/2025-05-02", "market", planned=True),
            expect("../2025-03-31", "consultation"),
            expect("2025-05-17", "fair", planned=True),
        ),
    ),
    Text(
        "kestrel-bay-regatta",
        "sailing club's regatta notice",
        None,
        """KESTREL BAY SAILING CLUB

NOTICE OF RACE
Kestrel Bay Autumn Regatta 2024
Organising authority: Kestrel Bay Sailing Club, in association with the Kestrel Bay Harbour
Trust

1. THE EVENT
1.1 The Autumn Regatta will be sailed from 7 to 9 September 2024 in Kestrel Bay and the
approaches to the Wyre estuary.
1.2 The Skippers' briefing will take place in the clubhouse at 09:00 on Saturday 7 September.
1.3 The Kestrel Cup, which the club has awarded to the overall winner of the regatta since 1921,
will be presented at the prize-giving.

2. VENUE AND FACILITIES
2.1 The club, founded in 1893, opens its clubhouse to all competitors. Its new visitors'
pontoon was installed before 1 May 2024 and has berths for 30 keelboats. Visiting boats should
call the harbour office on VHF channel 72 on arrival.
2.2 The 2023 regatta was abandoned on 16 September 2023 because of gales; the club has since
moved the committee boat station closer to the shore.

3. ELIGIBILITY AND ENTRY
3.1 The regatta is open to keelboats with a valid IRC or club handicap certificate.
3.2 Entry fee: 65 pounds per boat, payable to the club account, reference KBSC-1994.

4. OTHER RACING
Members' evening racing continues every Wednesday until the end of the season and is not part
of this event.

Issued 15 July 2024 by the Regatta Secretary, Ann Tolley (regatta@kbsc.example)""",
        (
            expect("2024-09-07/2024-09-09", "regatta", planned=True),
            expect("2024-09-07", "briefing", planned=True),
            expect("1921/..", "cup"),
            expect("1893", "found"),
            expect("../2024-05-01", "pontoon"),
            expect("2023-09-16", "abandon"),
        ),
    ),
    Text(
        "saltmouth-flood-defences",
        "town's flood defence history",
        None,
        """Saltmouth and the sea: a history of the town's flood defences

Saltmouth has fought the North Sea for as long as it has existed. A great storm, possibly in
1703, is said to have swept away the fish market and the old quay, though the only account of it
was written long afterwards.

The first sea wall was built around 1790 by the harbour commissioners, a timber-faced bank of
clay and rubble along the South Beach. It held until 1881, when a flood breached it in three
places and drowned the lower town.

The worst disaster came with the great flood of January 1953, when a surge overtopped the
defences at night and 27 people died. The Saltmouth Flood Memorial on the promenade lists their
names. After the disaster, works under the 1949 Coast Protection Act raised the wall by a metre.

The tidal flood barrier across the mouth of the Salt, the town's best-known landmark, was
completed in 1987. It now closes on average six times a year, usually in winter. Between 2008 and
2011 the embankments upstream were raised and widened to match it.

Volunteers matter as much as concrete: the town council's flood warden scheme has operated since
1999, with 40 wardens trained to warn neighbours and check drains.

The last big project is a new tidal gate at the Fishergate outfall, which is expected to be
finished by 2028. Engineers have designed it for a 1-in-200-year flood.""",
        (
            expect("1703?", "storm"),
            expect("1790~", "wall"),
            expect("1881", "flood"),
            expect("1953-01", "flood"),
            expect("1987", "barrier"),
            expect("2008/2011", "embankment"),
            expect("1999/..", "warden"),
            expect("../2028", "gate", planned=True),
        ),
    ),
    Text(
        "ashby-papers-collection",
        "university library's special collection page in HTML",
        None,
        """<html>
<head><title>Margaret Ashby Papers | Special Collections | University of Airedale
Library</title></head>
<body>
<div id="breadcrumb">Library &gt; Special Collections &gt; Personal papers</div>
<h1>The Margaret Ashby Papers</h1>
<p class="shelfmark">Shelfmark: MS 1968/4 &middot; Extent: 42 boxes</p>
<h2>About Margaret Ashby</h2>
<p>Margaret Ashby was born in Leeds in 1891, the daughter of a wool merchant. She founded the
Leeds Women's Press around 1921, which published pamphlets on housing, birth control and votes for
women, and she later wrote for the <em>Yorkshire Post</em>.</p>
<h2>The collection</h2>
<p>The papers cover the years 1905-1966 and include diaries, correspondence and proofs. They
were donated to the Library by her nephew, Robert Ashby, in 1972, and were catalogued between
1998 and 2001 with a grant from a national heritage fund.</p>
<h2>Access</h2>
<div class="notice">
<p>The Special Collections reading room has been closed since 3 March 2025 for refurbishment.
It will reopen on 1 September 2025. Until then, items can be consulted by appointment in the
Brotherton annexe, open Monday to Friday, 10:00-16:00.</p>
</div>
<p>Enquiries: special.collections@airedale.example &middot; Tel. +44 113 496 0718</p>
<footer>Last modified: 12 May 2025</footer>
</body>
</html>""",
        (
            expect("1891", "born"),
            expect("1921~", "press"),
            expect("1972", "donat"),
            expect("1998/2001", "catalog"),
            expect("2025-03-03/..", "reading"),
            expect("2025-09-01", "reopen", planned=True),
        ),
    ),
    Text(
        "north-sea-cod-quota",
        "fishing quota announcement",
        date(2023, 11, 16),
        """FISHERIES DIRECTORATE - QUOTA NOTICE

North Sea cod quota cut by 12 percent

Norway and the United Kingdom agreed on Tuesday in Bergen to cut the total allowable catch for
North Sea cod by 12 percent, to 22,400 tonnes, after scientists warned that the stock remains
under pressure.

The International Council for the Exploration of the Sea (ICES) advised the cut on 29 September.
Its assessment found that the spawning stock has been below the precautionary reference level
since 2017, and that young fish numbers were the lowest since 1978.

The new quotas will take effect on 1 January 2024 and apply to all vessels fishing in the
shared zone. Haddock and whiting quotas are unchanged, while saithe rises by 4 percent.

The national fleet landed about 31,000 tonnes of cod in 2022, worth an estimated 96 million
pounds at first sale. Skippers' associations said the cut would hit small inshore boats hardest.

A mid-term review of the cod recovery measures is scheduled for June 2024. Vessel owners must
continue to submit electronic logbooks every 24 hours while at sea.

Legal basis: Sea Fisheries Order 2023/2842. Enquiries: quota desk, 0300 555 0117.""",
        (
            expect("2023-11-14", "agree"),
            expect("2023-09-29", "advi"),
            expect("2017/..", "stock"),
            expect("2024-01-01", "quota", planned=True),
            expect("2022", "land"),
            expect("2024-06", "review", planned=True),
        ),
    ),
    Text(
        "monza-grand-prix-report",
        "motor race report",
        date(2025, 9, 15),
        """MOTOR RACING

Lindgren holds off the pack to win at Monza

By Carla Benedetti

Oskar Lindgren won Sunday's Italian Grand Prix for Vireo Racing, holding off a late charge from
the two Castellan cars to take his first victory since 2021.

The Swede, who had qualified on pole on Saturday with a lap of 1:19.406, led from the start and
managed his tyres through a single stop on lap 27. He crossed the line 1.8 seconds ahead of Luca
Ferri, with Ferri's team-mate third.

Lindgren made his Formula One debut at Monza in 2019, and the team confirmed on 2 September that
he had signed a new three-year contract. "This track gave me my start," he said. "To
win here in front of these fans is special."

Drivers praised the grip of the circuit, which was resurfaced in around 2022, though several
complained of bumps at the Parabolica. Car number 16 retired with a gearbox failure on lap 41.

The next round will be held in Baku on 21 September, the last race before the new technical
rules of the 2026 regulations are finalised.

Result: 1 Lindgren (Vireo) 1hr 13:52.117; 2 Ferri (Castellan) +1.8s; 3 Moreau (Castellan) +6.4s.""",
        (
            expect("2025-09-14", "win"),
            expect("2025-09-13", "pole"),
            expect("2019", "debut"),
            expect("2025-09-02", "contract"),
            expect("2022~", "resurfac"),
            expect("2025-09-21", "baku", planned=True),
        ),
    ),
    Text(
        "hartwell-collapse-timeline",
        "company's bankruptcy timeline",
        date(2024, 2, 20),
        """BUSINESS | TIMELINE

How Hartwell Home Stores collapsed

The department store chain Hartwell Home Stores, which employs 2,100 people, is in
administration. Here are the key moments in its history.

1962 - Founded by Edna and George Hartwell as a single furniture shop in Derby.

1999 - Floats on the London Stock Exchange, with 64 stores across the Midlands and the North.

March 2019 - Issues its first profit warning, blaming online competition and business rates.

14 January 2024 - Shares are suspended after the board says it cannot publish accounts, following
what it called its worst Christmas trading since 2008.

By 31 January 2024 - More than 40 stores have closed, including the original Derby shop.

2 February 2024 - Administrators from Calder Lowe are appointed. The company is registered as
Company No. 00714421.

Around 6 February 2024 - Talks with the discount retailer Penfold break down over the pension
deficit.

30 March 2024 - The remaining stores are expected to close by this date, the administrators say.

Customers with queries can call the administrators on 0121 555 0874, open every weekday.""",
        (
            expect("1962", "found"),
            expect("1999", "float"),
            expect("2019-03", "warning"),
            expect("2024-01-14", "suspend"),
            expect("../2024-01-31", "store"),
            expect("2024-02-02", "administrator"),
            expect("2024-02-06~", "talk"),
            expect("../2024-03-30", "close", planned=True),
        ),
    ),
    Text(
        "skarholm-puffin-census",
        "census of a bird colony",
        date(2024, 7, 15),
        """Skarholm Seabird Trust - Colony census report

Puffin numbers on Skarholm fall again

The full census of the Skarholm puffin colony was carried out from 3 to 14 June this year by
nine staff and volunteers, who checked burrows along transects on the island's western slopes.

The team counted 2,017 apparently occupied burrows, 9 percent fewer than at the previous full
census, in 2018, and the lowest count since 1998. Puffins have been declining on the island since
2005, when the colony held nearly 4,000 pairs.

The colony was first recorded in about 1935 by a lighthouse keeper, who noted "a great many
sea-parrots" in his log. An outbreak of avian flu in July 2022 killed several hundred adult birds
across the island group, although puffins were less affected than guillemots and kittiwakes.

There is better news from the cliffs: the warden reported on Friday that the first fledglings had
left their burrows, several days earlier than usual. Staff check the study plots every morning
and evening during the fledging period.

The next full census will take place in 2030. Until then the Trust will monitor 120 sample
burrows each year.

Visitors can reach Skarholm by boat from Hellisvik between May and August. Landing permits cost
15 pounds; call 01595 555 018 to book.""",
        (
            expect("2024-06-03/2024-06-14", "census"),
            expect("2018", "census"),
            expect("2005/..", "declin"),
            expect("1935~", "record"),
            expect("2022-07", "flu"),
            expect("2024-07-12", "fledgling"),
            expect("2030", "census", planned=True),
        ),
    ),
    Text(
        "lindqvist-military-medal",
        "military museum's medal citation notes",
        None,
        """NORTHSHIRE REGIMENT MUSEUM - Medal Room, Case 7
Object notes: Military Medal group of Private A. Lindqvist

Accession no. 1985.114.2
Group: Military Medal (George V); 1914-15 Star; British War Medal; Victory Medal.

Arthur Lindqvist (Regimental No. 21347), the son of a Swedish timber merchant in Hull, enlisted in
the 2nd Battalion, Northshire Regiment, in October 1914. Family tradition holds that he possibly
served at Gallipoli in 1915 with an attached company, but his service record does not confirm
this.

Citation. On or about 9 April 1917, near Arras, Private Lindqvist rescued three wounded men from
no man's land under heavy machine-gun fire, making three journeys across open ground. His Military
Medal was gazetted on 18 June 1917 (London Gazette, issue 30135).

Lindqvist was discharged in 1919 and returned to Hull, where he worked on the docks. He died c.
1962; his grave has not been traced.

Provenance. The medal group was acquired by the museum before 1985 from a dealer in York, and it
has been on display in the Medal Room since 2011. The ribbons are replacements.

Medal Room volunteers give a short talk on the case every first Sunday of the month.""",
        (
            expect("1914-10", "enlist"),
            expect("1915?", "gallipoli"),
            expect("1917-04-09~", "rescu"),
            expect("1917-06-18", "gazett"),
            expect("1919", "discharg"),
            expect("1962~", "die"),
            expect("../1985", "acqui"),
            expect("2011/..", "display"),
        ),
    ),
    Text(
        "brightwave-advert-ruling",
        "consumer watchdog's ruling",
        date(2025, 2, 20),
        """ADVERTISING STANDARDS COUNCIL
Ruling on Brightwave Energy Ltd
Complaint ref. A24-118402 | Medium: Television | Sector: Utilities

Summary of council's decision
The Advertising Standards Council ruled on Tuesday that a television advert for Brightwave
Energy must not appear again in its current form, after finding that it exaggerated how much
customers could save.

Ad
A TV advert for Brightwave's "Green 2030" tariff, seen from 12 October to 3 November 2024, showed
a family turning down their heating and stated "Switch today and save up to 400 pounds a year".

Issue
Fourteen complainants challenged whether the savings claim was misleading and could be
substantiated.

Response
Brightwave said the tariff, launched in January 2024, offered lower unit rates than the market
average, and that the 400-pound figure reflected the savings of its highest-use customers. The
company said it had withdrawn the advert by 8 November.

Assessment: Upheld
The council considered that viewers would understand "up to 400 pounds" as a saving that a
significant number of customers could achieve. Brightwave's data showed that fewer than 3 percent
of customers had saved that amount, most of them in winter.

Action
The ad must not appear again in its current form. Brightwave has been the subject of two previous
rulings, in 2021 and 2023, both about price claims.

Consumers can report misleading adverts on 0300 555 0871.""",
        (
            expect("2025-02-18", "rul"),
            expect("2024-10-12/2024-11-03", "advert"),
            expect("2024-01", "tariff"),
            expect("../2024-11-08", "withdr"),
            expect("2021", "ruling"),
            expect("2023", "ruling"),
        ),
    ),
    Text(
        "st-agnes-convent-chronicle",
        "convent's chronicle summary",
        None,
        """The Chronicle of St Agnes, Marienthal: a summary

The convent of St Agnes at Marienthal was founded around 1352 by Countess Adelheid of Rotberg for
twelve Dominican sisters. Its chronicle, preserved as MS Cod. 1417 in the diocesan library, is
one of the longest records of conventual life in the region.

The chronicle begins in 1417, when the prioress Katharina von Ried ordered the sisters to record
"all things worthy of memory". Its early entries deal mostly with gifts of land, elections of
prioresses and the prayers said each night at Compline for the founders.

In 1521 plague killed eleven sisters, and the chronicler lists their names in red ink. A fire,
perhaps in 1634, destroyed the dormitory during the war; the entry is damaged and the year is
partly illegible. The house recovered slowly and later took in girls for schooling.

The convent was dissolved by the state in 1803, and the last sisters left Marienthal the
following year for a house in Constance. The buildings served as a brewery for several decades.

The Ursulines have occupied the house since 1869 and run a girls' school there today. The
chronicle was transcribed by 1911 by a local priest, whose typescript of 1,417 pages is still the
main working copy for researchers.""",
        (
            expect("1352~", "found"),
            expect("1417", "chronicle"),
            expect("1521", "plague"),
            expect("1634?", "fire"),
            expect("1803", "dissol"),
            expect("1804", "sister"),
            expect("1869/..", "ursuline"),
            expect("../1911", "transcri"),
        ),
    ),
    Text(
        "metroline-bus-strike-update",
        "bus strike update",
        date(2024, 3, 27),
        """LIVE: Metroline bus strike - latest travel update
Updated 14:32

Bus drivers at Metroline's Northgate and Riverside depots walked out on Monday in a dispute over
pay, leaving most routes in the city without a service. Only routes X52 and 7 are running, on a
reduced timetable.

Drivers have been without a pay rise since April 2022, the union says. Members voted to strike in
a ballot that closed on 28 February, with 84 percent in favour on a 71 percent turnout - the
largest vote for action at the company since 1989.

Talks at the conciliation service broke down on 19 March, when Metroline's offer of 5 percent was
rejected. The company said the union's demand would add 3.2 million pounds a year to its costs.

A further 48-hour strike will run from Friday 29 March to Saturday 30 March, the union confirmed.
Services are expected to return to normal by 2 April if no new dates are announced.

What you need to know:
- Night buses are not affected.
- The Sunday timetable normally runs every Sunday and bank holiday; it will not operate during
  strike days.
- School services will run as usual.
- For journey planning call the Strike Info line on 0345 555 0139.""",
        (
            expect("2024-03-25", "walk"),
            expect("2022-04/..", "pay"),
            expect("2024-02-28", "ballot"),
            expect("2024-03-19", "talk"),
            expect("2024-03-29/2024-03-30", "strike", planned=True),
            expect("../2024-04-02", "service", planned=True),
        ),
    ),
)
