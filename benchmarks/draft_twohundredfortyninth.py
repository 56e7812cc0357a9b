"""The two-hundred-and-forty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a water company's boil
water notice, a wrestling tournament report, a district heating network press release, a gold
rush miner's letters of the 1850s, a heron colony survey, a linoleum works' history, a sports
minister's statement on a stadium, a cemetery's HTML opening-hours and news page, a solicitors
disciplinary tribunal decision, a goldsmith's history and a futsal league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYNINTH_CORPUS",)


TWOHUNDREDFORTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "orvaskel-smelter-leak",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ORVASKEL, March 12 (Meridian Wire) - Copper producer Telmar Metals shut its Orvaskel
smelter on Monday after molten matte leaked from a furnace tap hole, and expects to restart
it by April 20 at the latest, the company said on Wednesday.

The leak was first noticed by a shift supervisor on Saturday, March 8, but the furnace was
kept running for two more days while engineers assessed the damage, according to an internal
memo seen by Meridian Wire. A furnace operator who suffered burns to both hands was
discharged from hospital on Tuesday.

Telmar will brief investors on the outage on Thursday, and a labour ministry inspection of
the site is scheduled for March 24.

The smelter, which opened in 1964, processes about 280,000 tonnes of concentrate a year,
roughly a fifth of the country's output. Telmar has owned it since 2003. Its last major
outage, in 2017, lasted some six weeks and cut national refined copper output by 9 percent
that year.

Benchmark copper prices rose 2.4 percent this week, their biggest weekly gain since June
2022, as traders weighed the shutdown alongside supply problems elsewhere. The smelter
usually halts for maintenance every year in August.

"Safety comes before tonnage," chief executive Anders Brecken told reporters at the plant
gates.

(Reporting by Ilse Moravec; Editing by Tom Aldane)""",
        (
            expect("2025-03-10", "smelter", "shut"),
            expect("../2025-04-20", "restart", planned=True),
            expect("2025-03-08", "leak"),
            expect("2025-03-11", "operator", "discharged"),
            expect("2025-03-13", "brief", "investors", planned=True),
            expect("2025-03-24", "inspection", planned=True),
            expect("1964", "smelter", "opened"),
            expect("2003/..", "owned"),
            expect("2017", "outage"),
        ),
    ),
    Text(
        "pellowry-fermentation-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Pellowry Biosciences opens £46 million fermentation research centre in Granthaven

GRANTHAVEN, England, 4 June 2024 - Pellowry Biosciences plc (LSE: PLWY), the industrial
enzyme developer, today opened its new Fermentation Research Centre at Granthaven Science
Park, bringing its laboratories, pilot plant and analytical teams together under one roof
for the first time.

Construction of the 6,800 m² building began in March 2022 and was completed in February
this year, some five weeks ahead of schedule. The centre houses 14 pilot fermenters ranging
from 10 to 3,000 litres and a new analytical suite for protein characterisation.

The first client projects are expected to start in September. An open day for neighbours
and local schools will be held on Saturday 15 June.

"Granthaven gives us the scale to take an enzyme from the bench to a customer's plant in
months rather than years," said Dr Hanna Sorelle, Chief Executive Officer. "It is the
biggest investment in the company's history."

Pellowry has supplied enzymes to the Nordic paper industry since 2018 and now counts 11 of
the region's 14 mills among its customers.

- ENDS -

Notes to editors

About Pellowry Biosciences
Pellowry Biosciences was founded in 2009 as a spin-out of the University of Granthaven. It
listed on AIM in 2015 and moved to the Main Market of the London Stock Exchange the
following year. The company employs 310 people in England and Finland.

Media contact: Olu Brandt, +44 20 7946 0321, press@pellowry.example

© 2024 Pellowry Biosciences plc. All rights reserved.""",
        (
            expect("2024-06-04", "centre", "open"),
            expect("2022-03", "construction"),
            expect("2024-02", "complet"),
            expect("2024-09", "projects", planned=True),
            expect("2024-06-15", "open day", planned=True),
            expect("2018/..", "suppl"),
            expect("2009", "founded"),
            expect("2015", "listed"),
            expect("2016", "main market"),
        ),
    ),
    Text(
        "dravenhollt-whistleblower-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DARA WENDT, Appellant,
v.
DRAVENHOLLT FREIGHT LINES, INC., Respondent.

No. 57301-4-II

PUBLISHED OPINION

HALVERSEN, J. - Dara Wendt appeals the summary dismissal of her claim under the Westmarch
Whistleblower Protection Act (WPA). She argues that the trial court misread the Act's filing
period. We agree, and reverse.

I. FACTS

Wendt began working as a dispatcher for Dravenhollt Freight Lines on or about March 3, 2019.
On August 14, 2021, she reported to the company's safety officer that drivers were being
scheduled beyond federal hours-of-service limits. Two days later, Dravenhollt terminated her
employment, citing "attendance concerns" that appear nowhere in her prior evaluations.

Wendt filed an administrative complaint with the Department of Labor and Industries no later
than February 10, 2022; the record does not contain the date-stamped original. She sued in
superior court on July 7, 2022. The trial court granted Dravenhollt's motion for summary
judgment on May 5, 2023, holding that the complaint was untimely, and Wendt appealed on
June 1.

II. ANALYSIS

We review summary judgment de novo. Ostler v. Brand Co., 48 Wn. App. 412, 419 (1994).

The WPA was enacted in 1987 and amended in 2004 and 2016. The 2016 amendment extended the
period for an administrative complaint from 90 to 180 days. Because Wendt's complaint was
filed within 180 days of her termination, it was timely.

Dravenhollt contends that the longer period does not apply to employees hired before the
amendment took effect. Nothing in the text supports that reading, and the legislature knew
how to write a grandfather clause when it wanted one.

III. CONCLUSION

We reverse the order granting summary judgment and remand for trial.

WE CONCUR:
Moberly, C.J.
Tsang, J.""",
        (
            expect("2019-03-03~", "work"),
            expect("2021-08-14", "reported"),
            expect("2021-08-16", "terminat"),
            expect("../2022-02-10", "complaint"),
            expect("2022-07-07", "sued"),
            expect("2023-05-05", "summary judgment"),
            expect("2023-06-01", "appealed"),
            expect("1987", "enacted"),
            expect("2004", "amended"),
            expect("2016", "amended"),
        ),
    ),
    Text(
        "ashvellmoor-canal-history",
        "encyclopedia history",
        None,
        """Ashvellmoor Canal

The Ashvellmoor Canal is a 22-mile (35 km) narrow canal in the north of Brenshire, England,
running from the River Lune at Coldharbour to the limestone quarries at Ashvellmoor Edge. It
has 17 locks and one tunnel, the 410-yard Grisedale Tunnel.

History

The canal was promoted by a group of quarry owners led by Sir Matthew Orrell, who wanted a
cheaper route to the coast than the packhorse roads over the fells. Construction began
c. 1793 under the engineer Thomas Farrant, and the first section, from Coldharbour to Holme
Bridge, opened to traffic in 1798. The line was extended in stages in 1805 and 1819, when it
finally reached the Edge.

Traffic peaked around 1840, when some 180,000 tons of limestone and coal were carried a
year. In 1846 the canal was bought by the Brenshire and Lune Railway, which ran it down in
favour of its own line along the valley. The last commercial cargo, a boatload of coal for
Holme Mill, possibly passed in 1937, and the upper locks were left to decay.

Restoration

The Ashvellmoor Canal Trust was founded in 1988 and has been restoring the canal since 1991;
eleven of the 17 locks have been rebuilt by volunteers, and trip boats run from Holme Bridge
at weekends. Full reopening to the Edge is planned for 2030.

Unusually, the canal carried more limestone than coal in every year of its working life.

See also
- List of canals of England
- Lune Aqueduct""",
        (
            expect("1793~", "construction"),
            expect("1798", "opened"),
            expect("1805", "extended"),
            expect("1819", "extended"),
            expect("1840~", "traffic", "peak"),
            expect("1846", "bought"),
            expect("1937?", "cargo"),
            expect("1988", "trust", "founded"),
            expect("1991/..", "restor"),
            expect("2030", "reopening", planned=True),
        ),
    ),
    Text(
        "kelvarrow-lynx-hockey",
        "sports report",
        date(2024, 11, 24),
        """ICE HOCKEY

Lynx end Stags hoodoo as Marchetti marks return

By Ruth Okafor

Kelvarrow Lynx beat Harrowgate Stags 4-2 at the Bellmoor Arena on Saturday night, their
first win on Harrowgate ice since January 2019.

Captain Joel Marchetti, who returned from a shoulder injury on Tuesday, scored twice in the
second period and set up Niklas Brandvold for the empty-net goal that sealed it. Marchetti
hurt the shoulder against Dunmere Kings on October 12 and missed eleven games.

"It was a long month watching from the stand," he said. "The boys kept us up there, so I
just had to slot back in."

The Stags led through Callum Reyes after four minutes, but goaltender Piet Vanek stopped 31
of 33 shots and the Lynx never trailed again after Marchetti's first goal.

The Lynx have sat top of the Northern Conference since November 2 and now lead Harrowgate
by six points with a game in hand.

Kelvarrow last won the Grantley Cup in 2016. The two clubs meet every year in February in
the outdoor Heritage Classic.

Next up: the Lynx host Dunmere on Wednesday and travel to Orrin Bay on Friday. The league's
All-Star break runs from January 24 to 27.

SCORING: 1st: HAR Reyes (Lindqvist) 4:12; KEL Brandvold (Marchetti) 17:40. 2nd: KEL
Marchetti (Okoye) 6:03; KEL Marchetti (PP) 15:51. 3rd: HAR Lindqvist 9:26; KEL Brandvold
(EN) 19:02. Attendance: 4,118.""",
        (
            expect("2024-11-23", "lynx", "beat"),
            expect("2024-11-19", "marchetti", "returned"),
            expect("2024-10-12", "shoulder"),
            expect("2024-11-02/..", "top"),
            expect("2016", "grantley cup"),
            expect("2024-11-27", "dunmere", planned=True),
            expect("2024-11-29", "orrin bay", planned=True),
            expect("2025-01-24/2025-01-27", "all-star", planned=True),
        ),
    ),
    Text(
        "brimsleigh-biscuits-history",
        "company history",
        None,
        """Brimsleigh Biscuits: Our Story

Brimsleigh & Co. was founded in 1872 by Amos Brimsleigh, a miller's son, in a two-oven
bakehouse on Friar Street, Wendlecombe. His ship's biscuits and ginger nuts sold to the
barge crews on the canal, and within a decade he employed forty hands.

The business moved to a steam-powered works beside the canal in 1889, and it began exporting
tinned biscuits to the Cape around 1905. The distinctive blue-and-gold tin, designed by
Amos's daughter Edith, dates from the same period and is still used for the Christmas
assortment.

During the Second World War the Canal Street works was requisitioned in 1940 for the
manufacture of aircraft parts. Biscuit production resumed the following spring, with many
of the pre-war staff back at their ovens.

Brimsleigh's Oat Crumbles, launched in 1958, remain the company's best-selling line, and the
recipe has barely changed since. In 1973 the company became a public limited company, and it
opened its first overseas plant, in Ghent, the following year.

Since 2006 Brimsleigh has been owned by the Dutch group Verhoeven Foods, which has invested
more than €40 million in the Wendlecombe site, including a new packing hall and a
wastewater plant. A new gluten-free bakery line is due to open in 2026.

Today more than 600 people work at Wendlecombe, and each year in December the factory opens
its doors to families for a Christmas tasting. Brimsleigh biscuits are sold in 38 countries.""",
        (
            expect("1872", "founded"),
            expect("1889", "moved"),
            expect("1905~", "export"),
            expect("1940", "requisitioned"),
            expect("1958", "oat crumbles"),
            expect("1973", "public"),
            expect("1974", "overseas plant"),
            expect("2006/..", "owned"),
            expect("2026", "bakery line", planned=True),
        ),
    ),
    Text(
        "arlenquist-lunar-orbiter",
        "mission summary",
        None,
        """ARLENQUIST-2 LUNAR ORBITER - MISSION SUMMARY
Solvenne Space Agency, Directorate of Exploration
Document AOS-MS-117, Revision C, last updated 30 August 2024

1. Overview
Arlenquist-2 is a 1,240 kg polar orbiter carrying a laser altimeter, a neutron spectrometer
and a wide-angle camera. It was launched on 14 September 2022 at 03:12 UTC aboard a
Corvane-3 rocket from the Halmstead launch site, entered lunar orbit on 2 October after an
18-day transfer, and reached its 100 km polar mapping orbit about two weeks later.

2. Operations
Science operations began on 1 November 2022. By the end of the prime mission the altimeter
had returned more than 3.1 billion range measurements, the densest topographic data set of
the polar regions since the missions of the previous decade.

The spacecraft entered safe mode on 19 March 2023 after a reaction wheel stalled, and
resumed science operations on 27 March using its three remaining wheels. Momentum is now
unloaded with thrusters every eight days.

3. Extended mission
The extended mission is scheduled to end in December 2026. A controlled impact near the
south pole, which would allow ground telescopes to look for water in the plume, is planned
for early 2027. Since 8 May 2024 the orbiter has been relaying data from the Kesh-1 lander.

4. Data
Calibrated data are released to the public archive in batches. Data release 4, covering
the second year of mapping, is expected by 30 November 2024.

Contact: Arlenquist-2 Project Office, arlenquist@ssa.example""",
        (
            expect("2022-09-14", "launched"),
            expect("2022-10-02", "lunar orbit"),
            expect("2022-10-16~", "mapping orbit"),
            expect("2022-11-01", "science operations", "began"),
            expect("2023-03-19", "safe mode"),
            expect("2023-03-27", "resumed"),
            expect("2026-12", "extended mission", "end", planned=True),
            expect("2024-05-08/..", "relaying"),
            expect("../2024-11-30", "data release", planned=True),
        ),
    ),
    Text(
        "skerrowan-ferry-statement",
        "government statement",
        None,
        """MINISTRY OF TRANSPORT AND ISLANDS

Statement on the Skerrowan ferry service

18 February 2025

This statement sets out the Government's response to the loss of the ferry service between
Skerrowan and Port Amhlaid.

The service was suspended on 3 January after the MV Morven Isle failed her annual survey.
On 11 February the Ministry received the final report of the independent marine surveyor,
which concluded that the vessel cannot economically be repaired. A public meeting was held
on the island on 14 February, attended by more than 200 residents.

The Government has therefore chartered the MV Kestrel Sound, which will enter service on or
about 10 March. Until then the passenger launch will continue to run twice daily, weather
permitting. Tenders for two new ferries will be invited by the end of June, and the first
of the new vessels is expected to be delivered in 2028.

Fares on the route have been frozen since April 2023 and will remain so. The harbour at
Skerrowan was last dredged in 2014; a new survey of the approach channel has been
commissioned.

The Minister, Catriona Vell, will visit the island on Friday to meet the community council.

"Islanders have been let down by a vessel that was kept going long past its time," the
Minister said. "The charter is a stopgap. The new ferries are the answer, and we will not
let that programme slip."

Ends

Press Office, Ministry of Transport and Islands | Reference PR 25/031""",
        (
            expect("2025-01-03", "suspended"),
            expect("2025-02-11", "report"),
            expect("2025-02-14", "public meeting"),
            expect("2025-03-10~", "kestrel sound", planned=True),
            expect("../2025-06", "tenders", planned=True),
            expect("2028", "delivered", planned=True),
            expect("2023-04/..", "fares", "frozen"),
            expect("2014", "dredged"),
            expect("2025-02-21", "visit", planned=True),
        ),
    ),
    Text(
        "ellingforth-library-page",
        "HTML news page",
        date(2024, 5, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ellingforth Library reopens after refurbishment | Ellingforth Gazette</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></nav></header>
<article>
<h1>Ellingforth Library reopens after 18-month refurbishment</h1>
<p class="byline">By Sam Reddish &middot; <time>Thursday</time> &middot; Updated 10:42</p>
<p>Ellingforth's Carnegie library reopened on Monday after an 18-month, &pound;2.1m
refurbishment that has added a lift, a children's floor and 40 public computers.</p>
<p>The building on Bridge Street closed in November 2022. The council approved the scheme in
March 2021 after a campaign by the Friends of Ellingforth Library.</p>
<p>Built in 1906 with a grant from the Carnegie trust, the library was listed in 1987. Its
visitor numbers last year were the lowest since 1998, which librarian Priya Halloran blamed
on the closure and the temporary site in the market hall.</p>
<p>A café run by a local charity will open on the ground floor on June 3, and the story
sessions for under-fives return this Saturday. Work on the roof, delayed by a shortage of
slate, is expected to be finished by September 30.</p>
<figure><img src="/img/library-reading-room.jpg" alt="The reading room">
<figcaption>The restored reading room on Monday. Photo: Gazette</figcaption></figure>
<p>"People have waited a long time, and I think they will be pleased," said Ms Halloran.</p>
</article>
<aside><h2>Most read</h2><ul><li>
<a href="/news/bypass">Bypass plan goes to inquiry</a></li></ul></aside>
<footer><p>&copy; 2024 Ellingforth Gazette Ltd</p></footer>
</body>
</html>""",
        (
            expect("2024-05-13", "library", "reopened"),
            expect("2022-11", "closed"),
            expect("2021-03", "approved", "scheme"),
            expect("1906", "built"),
            expect("1987", "listed"),
            expect("2024-06-03", "café", planned=True),
            expect("2024-05-18", "story sessions", planned=True),
            expect("../2024-09-30", "roof", planned=True),
        ),
    ),
    Text(
        "corrandale-boil-water",
        "water company's boil water notice",
        None,
        """CORRANDALE WATER
BOIL WATER NOTICE - UPDATE 2
Issued: Thursday 10 July 2025, 16:00
Ref: CW-BWN-25-014

Affected area: Hillhead, Crossgates and Lower Mains (postcodes CD4 7 and CD4 8)

What is happening
A boil water notice has been in place since Monday 7 July for around 6,200 properties
supplied from the Hillhead service reservoir. Routine samples taken on Sunday 6 July found
E. coli bacteria in water leaving the reservoir.

What we have done
We isolated the reservoir, flushed the mains on Tuesday and Wednesday, and raised chlorine
levels at Hillhead treatment works, which was upgraded in 2021.

What happens next
Further samples will be taken on Friday and Saturday. If two consecutive sets are clear, we
expect to lift the notice by Tuesday 15 July at the latest. We will tell every affected
customer by text message and on our website.

Until then you must:
- boil all water used for drinking, cooking, brushing teeth and making ice, and let it cool;
- not give unboiled tap water to pets;
- continue to use tap water for washing and flushing toilets as normal.

Bottled water is available at Crossgates Community Hall, open 8am to 8pm daily. Customers
on our priority services register will receive deliveries at home.

The last boil water notice in this area, in August 2019, lasted four days.

Customer helpline: 0800 915 4420 (24 hours)
Corrandale Water Ltd. Registered in Scotland, company no. SC045188.""",
        (
            expect("2025-07-07/..", "boil water notice"),
            expect("2025-07-06", "samples"),
            expect("2025-07-08", "flushed"),
            expect("2025-07-09", "flushed"),
            expect("2021", "upgraded"),
            expect("2025-07-11", "samples", planned=True),
            expect("2025-07-12", "samples", planned=True),
            expect("../2025-07-15", "lift", planned=True),
            expect("2019-08", "notice"),
        ),
    ),
    Text(
        "draybrigg-wrestling-open",
        "wrestling tournament report",
        date(2024, 3, 4),
        """WRESTLING

Okoro storms to Northern Open gold

DRAYBRIGG - Tamsin Okoro won the women's 62 kg freestyle title at the Northern Open on
Saturday, pinning Hanne Solberg in the final, a day after clubmate Luis Ferrand took bronze
in the men's 74 kg.

The championships, held at the Draybrigg Sports Hall from Thursday to Sunday, drew 412
wrestlers from 38 clubs. The hall, built in about 1978, has hosted the event every year since
1997.

Okoro, 23, had been out of competition since a knee operation in September and admitted she
had doubted she would be fit in time. "I wasn't sure the knee would hold," she
said. "Today my legs did the thinking."

She will now travel to the European qualifier in Sofia from April 19 to 21. Ferrand's place
on the team is to be confirmed by March 15, head coach Viktor Anand said, and both wrestlers
are due to compete at a ranking tournament in Kraslo on March 23.

Draybrigg Wrestling Club won its last national team title in 2011. Portmore took the team
trophy for a third straight year.

RESULTS (finals)
Women 62 kg: T. Okoro (Draybrigg) bt H. Solberg (Portmore), fall 3:41
Women 68 kg: A. Mensah (Portmore) bt R. Kaur (Leethorpe), 8-2
Men 74 kg: D. Ilic (Portmore) bt S. Varga (Kellsby), 5-4; bronze: L. Ferrand (Draybrigg)
Men 86 kg: J. Rourke (Leethorpe) bt M. Haddad (Draybrigg), 10-0

Team: 1. Portmore 112 pts, 2. Draybrigg 97, 3. Leethorpe 81""",
        (
            expect("2024-03-02", "okoro", "title"),
            expect("2024-03-01", "ferrand", "bronze"),
            expect("2024-02-29/2024-03-03", "championships"),
            expect("1978~", "hall"),
            expect("2023-09", "knee operation"),
            expect("2024-04-19/2024-04-21", "qualifier", planned=True),
            expect("../2024-03-15", "ferrand", "confirm", planned=True),
            expect("2024-03-23", "ranking tournament", planned=True),
            expect("2011", "national", "title"),
        ),
    ),
    Text(
        "lennisfold-heat-network",
        "district heating network press release",
        None,
        """PRESS RELEASE

Lennisfold Heat Network welcomes its first customers

22 January 2025 - for immediate release

The first homes on the Lennisfold Heat Network were connected on Monday, when 64 flats at
Castle Wynd began taking heat from the network's energy centre on the site of the former
gasworks.

Construction of the 9 km network of insulated pipes started in April 2023. The energy
centre, which burns biomethane until its river-source heat pump is ready, was commissioned
last November. The 12 MW heat pump is expected to take over from the boilers in September.

Some 1,400 homes, the Royal Infirmary and the university's Kings Road campus will be
connected by the end of 2026. A second phase, to the Westfield estate, is scheduled to begin
in spring 2026.

Lennisfold Heat Ltd has been wholly owned by Lennisfold City Council since 2021. The scheme
received £18 million from the Green Heat Fund in 2022, the largest award made by the fund to
a Scottish project.

Residents who want to know more can attend drop-in sessions at Castle Wynd Community Centre
on 5 and 12 February.

"Today's customers are paying less for their heat than they did on gas, and they are doing
it with a fraction of the carbon," said Councillor Anna Strachan, the council's convener for
net zero.

ENDS

Notes to editors
1. Lennisfold Heat Ltd, registered number SC612044, is an arm's-length company of Lennisfold
City Council.
2. Heat tariffs are reviewed every year in April.
3. Photographs of the energy centre are available from the press office.

Media enquiries: press@lennisfoldheat.example | 0131 496 0177""",
        (
            expect("2025-01-20", "homes", "connected"),
            expect("2023-04", "construction"),
            expect("2024-11", "energy centre", "commission"),
            expect("2025-09", "heat pump", planned=True),
            expect("../2026", "1,400", planned=True),
            expect("2021/..", "owned"),
            expect("2022", "green heat fund"),
            expect("2025-02-05", "drop-in", planned=True),
            expect("2025-02-12", "drop-in", planned=True),
        ),
    ),
    Text(
        "quartzhollow-miner-letters",
        "gold rush miner's letters of the 1850s",
        None,
        """Letters of Silas Wenbury to his wife Martha, 1850-1852
(transcribed from the originals held by the Quartzhollow Historical Society; spelling kept)

Sacramento City, Oct. 17th, 1850

Dear Martha,
We came into San Francisco on the 2nd of this month, 163 days out of Boston, all hands well
save poor Cobb who was buried at sea off the Horn. We came up the river on the 9th in a
little steamer so crowded a man could not lie down. Eli and I mean to start for the diggings
on Monday next with two mules and a rocker. Flour is forty dollars the barrel and a man
thinks nothing of it.

Quartzhollow Bar, March 20th, 1851

Dear Wife,
We staked our claim here about the first of December and have worked it ever since in all
weathers. The river rose on the 11th and carried off our rocker and near a week's work with
it. On the 15th I sent you by the express two hundred dollars in dust, which I pray has come
safe. We mean to go up to the Middle Fork in May, when the water falls. Kiss the children
for me.

Marysville, Sept. 2nd, 1852

My dear Martha,
It grieves me to write that brother Eli died of the fever on the 28th of July and lies in
the burying ground above the town. I could not write of it sooner. I have kept a store here
since the first of June, selling picks, pans and salt pork to the miners, and it pays better
than ever the digging did. I mean to sail for home by the Panama route before Christmas,
God willing, and shall not come to this country again.

Your loving husband,
Silas""",
        (
            expect("1850-10-02", "san francisco"),
            expect("1850-10-09", "river"),
            expect("1850-10-21", "diggings", planned=True),
            expect("1850-12-01~", "claim"),
            expect("1851-03-11", "river", "rose"),
            expect("1851-03-15", "sent", "dust"),
            expect("1851-05", "middle fork", planned=True),
            expect("1852-07-28", "eli", "died"),
            expect("1852-06-01/..", "store"),
            expect("../1852-12-25", "sail", planned=True),
        ),
    ),
    Text(
        "aldwickcarr-heronry-survey",
        "heron colony survey",
        None,
        """ALDWICKCARR HERONRY - GREY HERON NEST COUNT 2024
Brenshire Bird Club | Survey report no. 2024/07 | Compiled by M. Tennant

1. Summary
Occupied nests were counted from the causeway on 14 March, 2 April and 23 April 2024. The
maximum count, 33 occupied nests, is the highest since 2009. The heronry, in alder carr on
the east side of Aldwick Mere, has been occupied continuously since 1921 and was probably
first counted by the club in 1954.

2. Method
Nests were counted with a telescope from the public causeway, at least 150 m from the
nearest tree, between 08:00 and 10:00. A nest was recorded as occupied if an adult was
sitting, if young were seen or heard, or if fresh material had been added.

3. Results
Visit | Date | Occupied nests | Notes
1 | 14 Mar | 29 | most birds incubating
2 | 2 Apr | 31 | two nests empty in north group
3 | 23 Apr | 33 | young visible in 12 nests

Two nests in the north group were blown down in a gale on 9 April. The first young were
heard calling on or about 10 April, roughly a week later than in 2023. Grey herons lay in
March in most years here, and the first broods usually fledge in May.

4. Recommendations
The alders in the north group are leaning and should not be disturbed during the nesting
period. The next count visit is planned for 10 March 2025, with further visits to be
arranged on the day depending on the water level.

5. Observers
M. Tennant, R. Ashworth, J. Pell. Thanks to the Aldwick Estate for access.""",
        (
            expect("2024-03-14", "counted"),
            expect("2024-04-02", "counted"),
            expect("2024-04-23", "counted"),
            expect("1921/..", "occupied"),
            expect("1954?", "first", "counted"),
            expect("2024-04-09", "gale"),
            expect("2024-04-10~", "young"),
            expect("2025-03-10", "visit", planned=True),
        ),
    ),
    Text(
        "kelderbrook-linoleum-works",
        "linoleum works' history",
        None,
        """Kelderbrook Linoleum Works

The Kelderbrook Linoleum Works stood on the south bank of the River Arrow at Kelderbrook for
almost a century and was for much of that time the town's largest employer.

Foundation and growth
The works was founded in 1877 by the Scottish manufacturer Robert Dunlay, who had learned
the trade in Kirkcaldy and chose Kelderbrook for its railway and its supply of cheap
linseed oil from the port mills. Inlaid linoleum was introduced in 1896 and printed patterns
in 1902, and the works' "Arrow" brand became a familiar sight in kitchens and school
corridors across the country. A fire destroyed the drying stoves on 4 February 1911; they
were rebuilt within eighteen months, larger than before.

At its height the works employed some 2,300 people, many of them women in the printing and
finishing shops. Dunlay's firm built terraces of workers' houses on Canvas Street and a
reading room that still stands.

Decline
The works turned to vinyl floor coverings c. 1965, as linoleum lost ground to cheaper
plastics. Linoleum production ceased in 1971, and the works closed the following year. Most
of the site was cleared for housing in 1980-1981.

Legacy
The surviving office block and canteen have been protected as listed buildings since 1994.
The Kelderbrook Trust hopes to open a linoleum museum in the former canteen by 2027, and
already holds the works' pattern books, which record every design printed at Kelderbrook.""",
        (
            expect("1877", "founded"),
            expect("1896", "inlaid"),
            expect("1902", "printed"),
            expect("1911-02-04", "fire"),
            expect("1965~", "vinyl"),
            expect("1971", "production", "ceased"),
            expect("1972", "closed"),
            expect("1980/1981", "cleared"),
            expect("1994/..", "protected"),
            expect("../2027", "museum", planned=True),
        ),
    ),
    Text(
        "corrickpark-stadium-statement",
        "sports minister's statement on a stadium",
        None,
        """STATEMENT BY THE MINISTER FOR SPORT AND RECREATION, HON. DAVID ASHCOMBE, ON THE NATIONAL
STADIUM AT CORRICK PARK

Wellan, 9 October 2024

The east stand at the National Stadium was closed on 27 September after engineers found
cracking in the concrete of its upper tier. Their report was delivered to me yesterday, and
I want to set out plainly what it says and what the Government will do.

The engineers found that the cracking is confined to the cantilever beams of the upper tier
and that the rest of the stadium is safe. They recommend strengthening the beams with steel
plates rather than demolition.

Repairs will begin on 4 November and are expected to be complete by 31 March. Until then
the east stand will stay closed, and capacity will be reduced from 38,000 to 26,500.

The two home internationals scheduled for 12 and 16 November will be played at Harlow Road,
Brenport, by agreement with the national federation. Ticket holders will be contacted
directly.

The stadium opened in 1956. The Government has owned it since 1988, and I accept that
successive governments, including this one, have spent too little on its upkeep. This is the
most serious structural problem at a national venue since 1985, and I do not take it
lightly.

I will report to Parliament on Tuesday, and I will publish the engineers' report in full at
the same time.

Ends

Media: Office of the Minister for Sport and Recreation, +61 2 5550 1844""",
        (
            expect("2024-09-27", "east stand", "closed"),
            expect("2024-10-08", "report", "delivered"),
            expect("2024-11-04", "repairs", planned=True),
            expect("../2025-03-31", "complete", planned=True),
            expect("2024-11-12", "international", planned=True),
            expect("2024-11-16", "international", planned=True),
            expect("1956", "opened"),
            expect("1988/..", "owned"),
            expect("2024-10-15", "parliament", planned=True),
        ),
    ),
    Text(
        "eastholmby-cemetery-page",
        "cemetery's HTML opening-hours and news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Eastholmby Cemetery - Opening hours and news</title></head>
<body>
<h1>Eastholmby Cemetery</h1>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Period</th><th>Gates open</th><th>Gates close</th></tr>
<tr><td>1 March - 31 October</td><td>08:00</td><td>19:00</td></tr>
<tr><td>1 November - 28 February</td><td>08:00</td><td>16:00</td></tr>
</table>
<p>The office in the East Lodge is open Monday to Friday, 09:00-13:00. The cemetery is closed
on Christmas Day.</p>
</section>
<section id="news">
<h2>News</h2>
<article><h3>East Chapel reopens</h3>
<p>The East Chapel reopened on 3 June 2024 after restoration of its roof and bell-cote,
which began in September 2023. The chapel can again be booked for funeral services.</p></article>
<article><h3>Cross Lane gates</h3>
<p>The Cross Lane gates will be closed from 14 to 25 October 2024 for resurfacing. Please
use the Main Gate on Holm Road.</p></article>
<article><h3>Service of remembrance</h3>
<p>This year's service of remembrance will be held at the war memorial on Sunday 10 November
2024 at 11:00.</p></article>
<article><h3>Headstone survey</h3>
<p>Volunteers from the Friends of Eastholmby Cemetery, founded in 1992, recorded about 3,100
headstones between May and August 2024. The Friends lead a guided heritage walk on the first
Saturday of every month.</p></article>
<article><h3>About the cemetery</h3>
<p>The cemetery was opened in 1861 by the Eastholmby Burial Board and was closed to new
burials in 1978, except in existing family graves. A columbarium for the interment of ashes
is planned to open in 2025.</p></article>
</section>
<footer><p>Last updated 2 October 2024 | &copy; 2024 Eastholmby Town Council</p></footer>
</body>
</html>""",
        (
            expect("2024-06-03", "chapel", "reopened"),
            expect("2023-09", "restoration"),
            expect("2024-10-14/2024-10-25", "gates", planned=True),
            expect("2024-11-10", "service", planned=True),
            expect("1992", "friends", "founded"),
            expect("2024-05/2024-08", "headstones"),
            expect("1861", "opened"),
            expect("1978", "closed", "burials"),
            expect("2025", "columbarium", planned=True),
        ),
    ),
    Text(
        "penwickhart-tribunal-decision",
        "solicitors disciplinary tribunal decision",
        None,
        """SOLICITORS DISCIPLINARY TRIBUNAL
Case No. 12874-2024

IN THE MATTER OF THE SOLICITORS ACT 1974

BETWEEN:
LEGAL CONDUCT BOARD - Applicant
and
HAROLD JAMES PENWICKHART - Respondent

Before: Ms R. Okonjo (in the chair), Mr T. Bevan, Mrs A. Lister (lay member)

FINDINGS AND DECISION

1. The hearing took place from 11 to 13 March 2025. The Applicant was represented by
Ms K. Adeyemi of counsel. The Respondent appeared in person.

2. The Respondent was admitted to the Roll in 2006. At the material time he was a salaried
partner in the private client department of Brackley Stowe LLP.

3. Between 4 January 2021 and 30 June 2022 the Respondent made 17 transfers totalling
£412,600 from client account to an account in the name of a company he controlled, without
the authority of the clients concerned.

4. The shortfall was identified by the firm's reporting accountant on or about 15 September
2022. The firm suspended the Respondent on 21 September, and he resigned a week later. The
shortfall was replaced in full by the firm's insurers no later than 31 January 2023.

5. The Respondent admitted the allegations of dishonesty. He told the Tribunal that he had
intended to repay the money. The Tribunal did not find that this amounted to exceptional
circumstances.

6. Sanction. The misconduct was deliberate, repeated and concealed, and caused harm to
vulnerable clients and to the reputation of the profession. On 13 March 2025 the Tribunal
ordered that the Respondent be struck off the Roll.

7. Costs. The Respondent shall pay the Applicant's costs, agreed at £24,500, by 30 April
2025.

Dated 27 March 2025

R. Okonjo
Chair""",
        (
            expect("2025-03-11/2025-03-13", "hearing"),
            expect("2006", "admitted", "roll"),
            expect("2021-01-04/2022-06-30", "transfers"),
            expect("2022-09-15~", "shortfall", "identified"),
            expect("2022-09-21", "suspended"),
            expect("2022-09-28", "resigned"),
            expect("../2023-01-31", "replaced"),
            expect("2025-03-13", "struck off"),
            expect("../2025-04-30", "costs", planned=True),
        ),
    ),
    Text(
        "ravelinor-goldsmiths-history",
        "goldsmith's history",
        None,
        """Ravelinor & Sons - A Short History of the Firm

Josiah Ravelinor, a Huguenot weaver's son apprenticed to a London plate-worker, registered
his first maker's mark at the Brenchester assay office around 1782. His early work, mostly
tea wares and buckles, is plain and well made, and a sugar basket of his is in the city
museum.

In 1810 he took his son Benjamin into partnership. Benjamin's ambitions were grander: the
firm has held a royal warrant since 1838, and at the Great Exhibition in 1851 it showed a
silver-gilt centrepiece of St George that took eleven men two years to chase. The firm moved
to its present premises on Tollesbury Lane in 1863.

The chain of office of the Mayor of Harwick, with its enamelled shields of the town's guilds,
was probably made for the Diamond Jubilee in 1897, although the firm's day books for that
decade are lost.

The Tollesbury Lane workshop was bombed in May 1941, and much of the stock of patterns and
dies was destroyed. The shop reopened within a month from a back room.

Ownership passed out of the family in 1989, when the last Ravelinor partner, Anne, sold the
business to its workshop manager, Geoffrey Strand. It remains one of the few goldsmiths in
the country to raise, chase and engrave every piece in its own workshop.

A 250th anniversary exhibition at the Brenchester City Museum is planned for 2032.""",
        (
            expect("1782~", "mark"),
            expect("1810", "partnership"),
            expect("1838/..", "royal warrant"),
            expect("1851", "great exhibition"),
            expect("1863", "moved"),
            expect("1897?", "chain"),
            expect("1941-05", "bombed"),
            expect("1989", "ownership"),
            expect("2032", "exhibition", planned=True),
        ),
    ),
    Text(
        "marchwoodley-futsal-fixtures",
        "futsal league's fixtures list",
        date(2025, 1, 13),
        """MARCHWOODLEY FUTSAL LEAGUE
Division One - Season 2024/25
Fixtures and Results | Last updated Mon 13 Jan, 10:15

RESULTS - ROUND 9
Sat 11 Jan   Harbour Lions 5-2 Cresswell Athletic   (Kingsmead Sports Hall)
Sun 12 Jan   Docklands FC 3-3 Tanner Street   (St Bede's Academy)

FIXTURES - ROUND 10
Sat 18 Jan   19:00   Cresswell Athletic v Docklands FC   (Kingsmead Sports Hall)
Sun 19 Jan   18:30   Tanner Street v Harbour Lions   (St Bede's Academy)

REARRANGED
Marchwoodley Rovers v Harbour Lions - now Wed 5 Feb, 20:00 (hall unavailable on the original
date)

LEAGUE CUP
Semi-finals: Sat 8 - Sun 9 Feb (draw to be shown live on the league page)
Final: Sun 2 Mar, Kingsmead Sports Hall

TABLE (after Round 9)
Pos | Team | P | W | D | L | GD | Pts
1 | Harbour Lions | 9 | 7 | 1 | 1 | +21 | 22
2 | Docklands FC | 9 | 6 | 2 | 1 | +14 | 20
3 | Tanner Street | 9 | 4 | 2 | 3 | +3 | 14
4 | Marchwoodley Rovers | 8 | 3 | 1 | 4 | -6 | 10
5 | Cresswell Athletic | 9 | 0 | 2 | 7 | -32 | 2

NOTES
- Player registrations for the second half of the season must be submitted by Fri 31 Jan.
- Results must be texted to the fixtures secretary within an hour of the final whistle;
clubs that report late are fined £25.
- The league, founded in 2014, plays all matches under FIFA futsal laws with rolling
substitutions.

Contact: fixtures@marchwoodleyfutsal.example""",
        (
            expect("2025-01-11", "lions", "cresswell"),
            expect("2025-01-12", "docklands", "tanner"),
            expect("2025-01-18", "cresswell", "docklands", planned=True),
            expect("2025-01-19", "tanner", "lions", planned=True),
            expect("2025-02-05", "rovers", planned=True),
            expect("2025-02-08/2025-02-09", "semi-finals", planned=True),
            expect("2025-03-02", "final", planned=True),
            expect("../2025-01-31", "registrations", planned=True),
            expect("2014", "founded"),
        ),
    ),
)
