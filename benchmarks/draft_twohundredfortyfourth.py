"""The two-hundred-and-forty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a coastal erosion
monitoring service's notices, a boxing bout report, a solar farm press release, an army
chaplain's diary of the 1910s, a peregrine falcon nesting survey, a textile mill's history, a
defence minister's barracks closure statement, an airport's HTML flight disruption page, a
charity regulator's inquiry report, a farrier's history and an ice hockey league's fixtures
list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYFOURTH_CORPUS",)


TWOHUNDREDFORTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "tessin-crane-collapse",
        "wire story with a dateline",
        date(2024, 11, 8),
        """TESSIN, Nov 8 (Northgate Wire) - Container ships began using two of the four berths at
the Port of Tessin again on Thursday, the port authority said, after a 70-metre ship-to-shore
crane collapsed onto the quay during a storm on Wednesday afternoon.

Nobody was seriously hurt. Two crane drivers, aged 34 and 52, were treated for cuts and
released from hospital the same night.

Harbour master Lene Brask told reporters the port expected full operations to resume by
November 20, once divers had checked the quay wall for damage. A replacement crane is
expected to arrive from Rotterdam in February, she said.

The crane, installed in 2009 by the maker Kranlo, was last inspected on or about September
12, according to maintenance records seen by Northgate. A hearing of the national maritime
safety board is scheduled for Dec. 3.

Dockworkers, who struck for 11 days in 2019 over crane maintenance, said they would press for
an independent audit of the port's remaining 14 cranes. "We warned about this five years
ago," said union steward Pål Vinje.

Tessin handled 1.4 million containers last year, its highest volume since 2016, and the
closure has left about 20 ships waiting at anchor. The port authority estimated lost revenue
at 3.5 million crowns a day. Under the Ports Act 2011, the authority must publish an incident
report within 90 days.

Shipping lines were told to call the port's operations desk on +47 5521 3000 for berthing
slots.

(Reporting by Ingrid Solheim; Editing by Mark Dorrell)""",
        (
            expect("2024-11-07", "berths"),
            expect("2024-11-06", "crane", "collapse"),
            expect("../2024-11-20", "operations", planned=True),
            expect("2025-02", "replacement", planned=True),
            expect("2009", "crane", "install"),
            expect("2024-09-12~", "inspect"),
            expect("2024-12-03", "hearing", planned=True),
            expect("2019", "dockworkers"),
        ),
    ),
    Text(
        "corvale-hesketh-moor-plant",
        "press release",
        None,
        """PRESS RELEASE

Corvale Water switches on £38.5m Hesketh Moor treatment plant

LUNDGATE, 2 April 2025 - Corvale Water today began supplying drinking water from its new
membrane filtration plant at Hesketh Moor, which will serve 42,000 households across the
Lundgate valley.

The Drinking Water Regulator approved the scheme on 14 November 2022, and construction began
in February 2023. Trial operations ran from 3 to 21 March, during the wettest March in the
valley since 1981, and the plant met every quality standard throughout.

"This plant gives the valley a supply that can cope with the storms we now see every winter,"
said chief executive Priya Hallam. "It is the largest investment Corvale has made in a
generation."

A second phase, adding ultraviolet treatment and a 12-megalitre storage tank, is expected to
be completed by the end of 2026.

Since 2018 Corvale has run a free leak-repair scheme for customers' supply pipes, which has
fixed more than 9,000 leaks. Customers can book a repair on 0800 046 2210.

Residents are invited to a public open day at the plant on Saturday 26 April, from 10am to
3pm. Places can be booked on the Corvale website.

ENDS

Notes to editors
- Corvale Water was founded in 1894 as the Lundgate Waterworks Company and supplies 310,000
  customers.
- Corvale is a regulated water undertaker under the Water Industry Act 1991.
- Media enquiries: press@corvale.example, 01632 960 554.""",
        (
            expect("2025-04-02", "plant"),
            expect("2022-11-14", "approv"),
            expect("2023-02", "construction"),
            expect("2025-03-03/2025-03-21", "trial"),
            expect("../2026", "phase", planned=True),
            expect("2018/..", "leak"),
            expect("2025-04-26", "open day", planned=True),
            expect("1894", "founded"),
        ),
    ),
    Text(
        "harlow-marine-v-pennick-freight",
        "court opinion",
        None,
        """IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS
COMMERCIAL COURT
                                                        Claim No. CL-2021-000023
Date: 17 February 2023

Before:
MRS JUSTICE ADEYEMI-STROUD

Between:
HARLOW MARINE SUPPLIES LIMITED                                     Claimant
- and -
PENNICK FREIGHT LIMITED                                            Defendant

JUDGMENT

1. This is a claim for £214,600 for damage to a consignment of marine diesel engines carried
from Kessport to Felixmouth. By a contract of carriage dated 3 March 2017 the defendant
agreed to carry the engines on the terms of its standard conditions, which incorporate the
Hague-Visby Rules as given effect by the Carriage of Goods by Sea Act 1971.

2. The engines were delivered at Felixmouth on or about 19 June 2018. Three of the twelve
crates were found to have shifted and two engines were damaged beyond repair.

3. Clause 14 required any claim to be notified in writing within 60 days of delivery. The
claimant says that it sent a notice of claim, perhaps on 2 August 2018. No copy of the letter
has been found and the defendant denies receiving it.

4. The claim form was issued on 11 January 2021. The trial took place on 4, 5 and 6 October
2022, when I heard evidence from four witnesses of fact and two experts.

5. For the reasons below I find that the claimant has not proved that notice was given within
the 60-day period, and the claim fails on that ground. I would in any event have limited
damages to the package limitation under Article IV rule 5.

6. I will hear the parties on consequential matters, including costs, at a hearing listed for
3 March 2023. Any written submissions should be limited to ten pages.""",
        (
            expect("2017-03-03", "contract"),
            expect("2018-06-19~", "deliver"),
            expect("2018-08-02?", "notice"),
            expect("2021-01-11", "claim"),
            expect("2022-10-04", "trial"),
            expect("2022-10-05", "trial"),
            expect("2022-10-06", "trial"),
            expect("2023-03-03", "hearing", planned=True),
        ),
    ),
    Text(
        "kestrelby-history",
        "encyclopedia history",
        None,
        """Kestrelby

Kestrelby is a market town and civil parish on the River Lyme, with a population of 14,212 at
the 2021 census.

History

The parish church of St Ebba is said to have been built in 1190, although the oldest surviving
masonry is of the fourteenth century. A market charter was granted c. 1245, and the town's
Thursday market has been held every week since, on the same site. A grammar school was
perhaps founded in 1563, but the first certain record of a master dates from 1601.

A fire destroyed much of the town in 1540, and most of the timber-framed houses on Bridge
Street date from the rebuilding that followed. Wool and later leather were the chief trades;
the population grew quickly in the 1880s, when the tanneries employed about 1,900 people.

The railway reached Kestrelby in 1852, linking the town to the coast. Between 1914 and 1918 the
Tanner Street mill made uniforms and webbing for the army. The town hall, damaged by a gas
explosion, was rebuilt in 1921 and extended the following year.

Kestrelby has been twinned with Saint-Aubin-sur-Lys since 1967. The summer of 1976 was the
driest in the town's records since 1911.

Transport

The A4127 passes through the town centre. A bypass is expected to open in 2027, taking some
9,000 vehicles a day out of the centre.

See also
- List of market towns in the Lyme valley

References
1. Pryor, E. (1998). A History of Kestrelby. Lyme Press, p. 2003.""",
        (
            expect("1190?", "church"),
            expect("1245~", "charter"),
            expect("1563?", "school"),
            expect("1601", "master"),
            expect("1540", "fire"),
            expect("1852", "railway"),
            expect("1914/1918", "uniform"),
            expect("1921", "town hall", "rebuilt"),
            expect("1922", "extend"),
            expect("1967/..", "twin"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "corrigan-rovers-ballymere",
        "sports report",
        date(2024, 3, 10),
        """RUGBY | SENIOR LEAGUE

Kiely leads Rovers past Ballymere for fourth win in a row

By Owen Tiernan
Sunday 10 March

Corrigan Rovers 27 Ballymere 13

Corrigan Rovers beat Ballymere with a bonus point at Holm Park on Saturday, avenging the 19-16
defeat they suffered at Ballymere on 23 September and keeping the pressure on the leaders.

It was a fourth straight win for Rovers after victories over Castlebar on 17 February, Ennis
on 24 February and Tralee on 2 March, and they are chasing their first league title since
2016.

Captain Donal Kiely, who made his debut in 2012 and is now 31, scored two tries, the second
a 40-metre run in the 63rd minute that settled a scrappy contest in front of 8,214 fans.
Ballymere led 10-8 at the break through a converted try by winger Cathal Rooney.

"We have been good in the second half all season," said head coach Mairead Fallon, who was
appointed in 2021. "The lads train every Tuesday and Thursday night on top of their jobs and
you could see the fitness tell."

Fallon expects lock Ciaran Moyles, out with a hamstring strain, to be fit again by 6 April.

Scorers - Rovers: Tries: Kiely 2, Brady, Lyons. Cons: Hanlon 2. Pen: Hanlon.
Ballymere: Try: Rooney. Con: Dunne. Pens: Dunne 2.

Rovers travel to Drummond on Friday 15 March (kick-off 7.30pm), and the Senior Cup final is
scheduled for 18 May at Ardfert Park.""",
        (
            expect("2024-03-09", "Ballymere"),
            expect("2023-09-23", "defeat"),
            expect("2024-02-17", "Castlebar"),
            expect("2024-02-24", "Ennis"),
            expect("2024-03-02", "Tralee"),
            expect("2012", "debut"),
            expect("2021", "appoint"),
            expect("../2024-04-06", "Moyles", planned=True),
            expect("2024-03-15", "Drummond", planned=True),
            expect("2024-05-18", "final", planned=True),
        ),
    ),
    Text(
        "pelham-strand-history",
        "company history",
        None,
        """Pelham & Strand: Our Story

Pelham & Strand was founded circa 1868, when Arthur Pelham, a journeyman baker, and his
brother-in-law Walter Strand began selling ship's biscuit from a shop on the Wharf at
Ellesport. Their ginger snaps, still sold today as our 1868 Recipe Ginger Snap, soon made the
firm's name beyond the docks.

In 1889 the business moved to a purpose-built bakery on Canal Street, and in 1903 it won its
first export order, from a merchant house in Buenos Aires. On 14 February 1921 a fire
destroyed the bakehouse; it was rebuilt within the year with the firm's first gas ovens.

Between 1940 and 1945 the Canal Street works was requisitioned by the Ministry of Food and
turned out emergency ration biscuits. Every Christmas since 1911 the bakery has sent a cake to
the Ellesport children's hospital, a custom that survived even the war years.

Pelham & Strand was listed on the London Stock Exchange in 1962 and acquired by Harland Foods
in 1987. A management buyout in 2004 returned the company to independent ownership, and the
Strand family still holds a quarter of the shares.

Since 2015 the bakery has run entirely on renewable electricity, and today some 260 people
make 3,400 tonnes of biscuits a year for shops in 31 countries.

A new gluten-free line is planned to open in 2026 in a converted warehouse next to the Canal
Street site.

© Pelham & Strand Ltd 2024. All rights reserved.""",
        (
            expect("1868~", "founded"),
            expect("1889", "moved"),
            expect("1903", "export"),
            expect("1921-02-14", "fire"),
            expect("1940/1945", "requisition"),
            expect("1962", "listed"),
            expect("1987", "acquired"),
            expect("2004", "buyout"),
            expect("2015/..", "renewable"),
            expect("2026", "gluten", planned=True),
        ),
    ),
    Text(
        "lumen-2-mission-summary",
        "mission summary",
        None,
        """AURELIAN SPACE AGENCY - MISSION SUMMARY
LUMEN-2 LUNAR ORBITER
Status as of 12 September 2024                                Document ASA-LM2-0077 rev. C

Mission objective: map water ice in permanently shadowed craters near the lunar south pole
from a 100 km polar orbit.

Timeline
- Launch: Lumen-2 was launched on 4 February 2023 at 06:12 UTC aboard a Taren-4 rocket from
  Kessa Point.
- Cruise: after a 23-day cruise the spacecraft entered lunar orbit on 27 February, and the
  first-light image from the ice mapper was returned on 2 March.
- Science phase: routine science operations began on 1 April 2023.
- Anomaly: on 19 November 2023 the spacecraft entered safe mode after a star-tracker fault;
  normal operations resumed two days later.
- Extension: the ASA board approved an extended mission in June 2024.

Results to date
The mapper has returned 2,300 images and 1,120 hours of neutron spectrometer data. Ice
deposits have been confirmed in 17 craters, the largest at Faustini B. Lumen-2 is the first
ASA mission beyond Earth orbit since 1998.

Upcoming
- The third release of the science data archive is scheduled for 15 January 2025.
- End of mission: the spacecraft will be lowered for a controlled impact no later than
  31 December 2025, when its propellant is expected to run out.

Spacecraft: mass at launch 1,460 kg; power 1.9 kW; design life 24 months.
Contact: ASA Public Affairs, +33 5 61 00 42 17""",
        (
            expect("2023-02-04", "launch"),
            expect("2023-02-27", "orbit"),
            expect("2023-03-02", "image"),
            expect("2023-04-01", "science"),
            expect("2023-11-19", "safe mode"),
            expect("2023-11-21", "operations"),
            expect("2024-06", "extend"),
            expect("2025-01-15", "release", planned=True),
            expect("../2025-12-31", "impact", planned=True),
        ),
    ),
    Text(
        "marrowdale-bluetongue-statement",
        "government statement",
        None,
        """DEPARTMENT FOR RURAL AFFAIRS
News release - Statement issued Monday 19 August 2024

Bluetongue virus confirmed in Marrowdale: statement by the Minister for Rural Affairs

A case of bluetongue virus serotype 3 was confirmed in a cattle herd near Brindle Cross on
16 August. It is the first case in Marrowdale since 2007. Bluetongue does not affect people or
food safety.

A 20 km temporary control zone has been in force since 17 August, under powers in the Animal
Health Act 1981. Movements of cattle, sheep and goats out of the zone need a licence.
Surveillance testing of 46 neighbouring holdings between 16 and 18 August found no further
cases.

The Minister, Rhian Caddick, visited the affected farm on Saturday and met local vets. She
said:

"I know how worrying this is for farmers at a busy time of year. We acted within hours, and
the early results are reassuring. I want to thank the vets and the family at Brindle Cross."

Next steps
- Vaccination of cattle and sheep within the zone is to begin on Monday 26 August.
- An open meeting for farmers will be held at Brindle Cross village hall on Thursday 22 August
  at 7pm.
- The restrictions will be reviewed no later than 2 September.
- Compensation claims for animals culled must be submitted no later than 14 October.

Midges, which spread the virus, are most active every year from April to November.

Keepers should report suspicion of disease to the Animal Health Office on 0300 200 3010.

Ends""",
        (
            expect("2024-08-16", "confirm"),
            expect("2024-08-17/..", "zone"),
            expect("2024-08-16/2024-08-18", "test"),
            expect("2024-08-17", "visit"),
            expect("2024-08-26", "vaccinat", planned=True),
            expect("2024-08-22", "meeting", planned=True),
            expect("../2024-09-02", "review", planned=True),
            expect("../2024-10-14", "compensation", planned=True),
        ),
    ),
    Text(
        "harrowby-bridge-reopens-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harrowby Bridge reopens after 15-month closure | Wexley Gazette</title>
<script async src="/static/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "local"});</script>
</head>
<body>
<nav class="top-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/subscribe">Subscribe from £1.99</a>
</nav>
<article>
<h1>Harrowby Bridge reopens after 15-month closure</h1>
<p class="byline">By Sian Maddox, local democracy reporter ·
<time datetime="2025-01-22T09:15">22 January 2025</time> ·
Updated <time datetime="2025-01-22T16:40">16:40</time></p>
<figure>
  <img src="/img/2025/01/harrowby-bridge.jpg" alt="Cars crossing a stone bridge">
  <figcaption>Traffic crosses Harrowby Bridge on Wednesday morning. Photo: Ian Rowe</figcaption>
</figure>
<p>Harrowby Bridge reopened to traffic this morning, ending a closure that has forced drivers
into a 9-mile detour since the autumn of 2023.</p>
<p>The Grade II listed bridge, built around 1887, was closed in October 2023 after an
inspection found cracks in two of its three arches. Repairs began in March 2024, and a
petition signed by 3,100 residents was handed to the council in June 2024 asking for the work
to be speeded up.</p>
<p>Councillor Aled Brooke, cabinet member for highways, said the £4.2 million repair had been
"worth every penny". A 7.5-tonne weight limit remains in place.</p>
<p>Bus route 42 will return to the bridge from Monday 3 February, the operator said. The
council's cabinet will vote on Tuesday on a second phase of work, and the new cycle lane over
the bridge should be open by the end of March.</p>
<p>Anyone with questions can call the highways team on 01632 960 771.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/2023/10/12/harrowby-bridge-shut">Harrowby Bridge shut with immediate
    effect (12 October 2023)</a></li>
    <li><a href="/news/2024/06/20/bridge-petition">Residents hand in bridge petition</a></li>
  </ul>
</aside>
<footer>© 2025 Wexley Gazette Ltd · <a href="/privacy">Privacy</a></footer>
</body>
</html>""",
        (
            expect("2025-01-22", "bridge", "reopen"),
            expect("1887~", "built"),
            expect("2023-10", "closed"),
            expect("2024-03", "repair"),
            expect("2024-06", "petition"),
            expect("2025-02-03", "bus", planned=True),
            expect("2025-01-28", "vote", planned=True),
            expect("../2025-03", "cycle lane", planned=True),
        ),
    ),
    Text(
        "sallowcombe-erosion-notices",
        "coastal erosion monitoring service notices",
        None,
        """SALLOWCOMBE COASTAL MONITORING SERVICE
Public notices - Gull Point to Sallow Gap frontage

-------------------------------------------------------------------------------
Notice 2024/07                                         Issued 2 March 2024, 08:30
-------------------------------------------------------------------------------
A cliff fall was recorded at Gull Point on 1 March between 21:00 and 23:00. An estimated
1,400 tonnes of material reached the beach. The cliff-top footpath between Gull Point and
Sallow Gap is closed from 2 March until further notice. Please keep at least 10 m from the
cliff edge and do not climb on the debris.

-------------------------------------------------------------------------------
Notice 2024/09                                        Issued 14 March 2024, 12:00
-------------------------------------------------------------------------------
The drone survey flown on 11 March measured up to 6.5 m of cliff-top loss at Gull Point,
the largest single fall on this frontage since 2013. Contractors are expected to begin
placing rock armour at the foot of the cliff on Monday 18 March. Beach access at Sallow Gap
remains closed while plant is working.

-------------------------------------------------------------------------------
Notice 2024/11                                          Issued 2 April 2024, 09:00
-------------------------------------------------------------------------------
Rock armour placement was completed on 26 March, and beach access at Sallow Gap reopened on
28 March. The cliff-top footpath remains closed. The next quarterly survey is scheduled for
9 July 2024.

Background: the Gull Point coastguard lookout, built in about 1905, was lost to the sea in
1978. The service surveys the frontage every quarter and after every fall of more than
100 tonnes.

To report a cliff fall, call 01632 960 418 (24 hours) or email
notices@sallowcombe-coast.example.""",
        (
            expect("2024-03-01", "cliff fall"),
            expect("2024-03-02/..", "footpath"),
            expect("2024-03-11", "drone"),
            expect("2024-03-18", "rock armour", planned=True),
            expect("2024-03-26", "rock armour", "complet"),
            expect("2024-03-28", "beach access"),
            expect("2024-07-09", "survey", planned=True),
            expect("1905~", "lookout", "built"),
            expect("1978", "lost"),
        ),
    ),
    Text(
        "kessel-arrieta-bout",
        "boxing bout report",
        date(2024, 10, 6),
        """BOXING

Kessel stops Arrieta in nine to keep WBF belt

By Rafe Colton | Oct. 6

BELMOUTH - Dario Kessel retained his WBF super-middleweight title on Saturday night, stopping
Tomas Arrieta at 2:41 of the ninth round in front of 12,400 fans at the Belmouth Arena.

Kessel (27-1, 19 KOs) dropped Arrieta with a left hook to the body in the seventh and
finished the job two rounds later, when referee Hal Dempsey waved it off with Arrieta on the
ropes. Kessel was ahead 78-74 on two cards and 77-75 on the third at the time.

The 31-year-old won the vacant title in March 2022 and defended it in November 2022 and July
2023. It was his quickest win in a title fight since 2019.

Arrieta (22-3, 14 KOs), 28, turned professional in 2015 at 19 and had last fought on June 15,
a points win in Valdes that earned him this shot. He collected a purse of $1.2 million.

"He's tough, he kept coming, but I felt the body shots working from the fifth," Kessel said.
"I train for 12 rounds every time."

The WBF has ordered Kessel to face his mandatory challenger, Ade Okonjo, no later than March
31. Promoter Lorna Pike said she hoped to bring Kessel back to Belmouth in February.""",
        (
            expect("2024-10-05", "Kessel", "Arrieta"),
            expect("2022-03", "title"),
            expect("2022-11", "defen"),
            expect("2023-07", "defen"),
            expect("2015", "professional"),
            expect("2024-06-15", "Valdes"),
            expect("../2025-03-31", "Okonjo", planned=True),
            expect("2025-02", "Belmouth", planned=True),
        ),
    ),
    Text(
        "fenmoor-solar-farm",
        "solar farm press release",
        None,
        """NEWS RELEASE

Fenmoor Solar Farm connected to the grid

HALDEN FENS, 9 September 2025 - Brightwater Renewables today announced that its 48 MW Fenmoor
Solar Farm was connected to the national grid on 5 September, and is now exporting enough
electricity to power around 14,000 homes.

The 110-hectare site received planning consent in May 2023, and construction began on
15 January 2024. More than 86,000 panels were installed, and sheep will graze between the rows
every year from April to October.

"Fenmoor shows that solar and farming can share the same fields," said managing director
Tomasz Wren. "It will save some 12,500 tonnes of CO2 a year, helping the county towards its
2030 target."

A 20 MW battery storage system is expected to be commissioned by the end of March 2026.

The first round of grants from the Fenmoor Community Fund, worth £48,000 a year, opens on
1 November. Local schools and clubs will be able to apply online.

An official opening ceremony will take place at the site on Friday 26 September, attended by
the local MP.

About Brightwater Renewables
Brightwater Renewables was founded in 2011 and has operated solar farms in the eastern
counties since 2014. It now runs 14 sites with a combined capacity of 412 MW. Its projects
are delivered under the Climate Change Act 2008 carbon budgets.

Media contact: Hannah Rees, +44 1223 555 014, press@brightwater.example

ENDS""",
        (
            expect("2025-09-05", "connect"),
            expect("2023-05", "consent"),
            expect("2024-01-15", "construction"),
            expect("../2026-03", "battery", planned=True),
            expect("2025-11-01", "grants", planned=True),
            expect("2025-09-26", "opening", planned=True),
            expect("2011", "founded"),
            expect("2014/..", "operat"),
        ),
    ),
    Text(
        "marchbank-chaplain-diary",
        "army chaplain's diary of the 1910s",
        None,
        """Diary of the Rev. H. L. Marchbank, C.F., attached 2/5th Bn. Fenland Rifles

1916

Sept. 26. Tues. Reached the transport lines at Hautcourt abt. 4 p.m. after a wretched
journey, 11 hrs. in a cattle truck from the base. Slept in a loft over the Q.M. stores.

27th. Buried two men of B Coy. this morning, Pte. Ashby & L/Cpl. Noakes, in the little
cemetery by the mill. Rain all day. Wrote to both mothers.

29th. Fri. Celebrated H. Communion in a barn at 7 a.m.; 23 communicants, more than I had
dared hope. The C.O. came, which the men noticed.

Oct. 1. Sunday. Parade service for the Bn. in the orchard; preached on Ps. 121. Band of the
Gunners played. I write home every Sunday after Evensong, come what may.

3rd. Tues. Rode over to the Field Ambulance at Morlaix Farm to see our wounded; 4 stretcher
cases, all cheerful but Sgt. Pell, who I fear will lose the leg.

4th. Letter from Mary, written on or abt. the 20th ult., so a fortnight on the way. All well
at the Vicarage; the boys have the measles.

5th. Heard that Capt. Ellery was killed on the 2nd, leading a wiring party out by the sunken
road. A fine officer & a good churchman. 1,916 francs in the Canteen fund, which is a joke
with the men this year.

7th. Sat. Bn. moves up to the line tomorrow. Packed my communion set & the rest of the
cigarettes. It is twelve years since I was ordained, at Ely in 1904, and I have never felt
less fit for my calling, nor more needed in it.""",
        (
            expect("1916-09-26", "Hautcourt"),
            expect("1916-09-27", "buried"),
            expect("1916-09-29", "communion"),
            expect("1916-10-01", "service"),
            expect("1916-10-03", "ambulance"),
            expect("1916-09-20~", "letter"),
            expect("1916-10-02", "Ellery"),
            expect("1916-10-08", "line", planned=True),
            expect("1904", "ordain"),
        ),
    ),
    Text(
        "lindmere-peregrine-survey",
        "peregrine falcon nesting survey",
        None,
        """LINDMERE CATHEDRAL PEREGRINE PROJECT
Nesting survey - breeding season summary
Report date: 30 July 2024                          Compiled by: J. Okafor, survey coordinator

1. Site and birds
Peregrines first nested on the cathedral's north-west tower in 2009, using a gravel tray
fixed to the parapet. The current female (blue ring "PK") has held the site since 2017; the
tiercel is unringed and was first seen in 2022.

2. Breeding timeline
- Webcam: the nest webcam went live on 4 March 2024.
- Laying: the first egg was laid on or about 21 March, the earliest laying date on the tower
  since 2012. The clutch of four was complete by 28 March.
- Hatching: all four eggs hatched between 29 April and 1 May.
- Ringing: the three surviving chicks (two females, one male) were ringed on 21 May under
  licence by the county ringing group. Ring numbers GR4417, GR4418, GR4419.
- Fledging: the first chick fledged on 9 June; the last on 13 June.

3. Measurements at ringing (grams)
| Ring   | Sex | Weight |
|--------|-----|--------|
| GR4417 | F   | 1,010  |
| GR4418 | F   | 985    |
| GR4419 | M   | 640    |

4. Prey
Volunteers collect prey remains from the roof every Friday. Feral pigeon made up 58% of items,
followed by starling and redwing.

5. Recommendations
The gravel tray is badly worn and should be replaced no later than 31 January 2025, before the
pair returns to the ledge. Disturbance from roof works must be avoided between February and
July.

Data held by the Lindmere Natural History Society. Contact: survey@lindmere-nhs.example""",
        (
            expect("2009", "nest"),
            expect("2017/..", "female"),
            expect("2022", "tiercel"),
            expect("2024-03-04", "webcam"),
            expect("2024-03-21~", "egg"),
            expect("../2024-03-28", "clutch"),
            expect("2024-04-29/2024-05-01", "hatch"),
            expect("2024-05-21", "ringed"),
            expect("2024-06-09", "fledg"),
            expect("2024-06-13", "fledg"),
            expect("../2025-01-31", "tray", planned=True),
        ),
    ),
    Text(
        "ravensholt-mill-history",
        "textile mill history",
        None,
        """Ravensholt Mill: a short history

Ravensholt Mill stands on the River Calder at the foot of Holme Clough. It is said to have been
built in 1792 as a water-powered cotton spinning mill for the Ashworth family, though no
building accounts survive.

A beam engine was installed c. 1834 to supplement the wheel in dry summers, and a weaving shed
with 412 looms was added in 1851. At its height the mill ran some 1,850 spindles and employed
about 600 people, many of them children under the half-time system.

The mill's most famous episode was the strike of 1878, when the weavers walked out against a
ten per cent wage cut. Work stopped from 3 to 24 May 1878 and the dispute ended with the cut
halved. The mill was spared the worst of the cotton famine in the 1860s because the Ashworths
had stockpiled raw cotton.

The Ashworths sold the mill around 1900 to a Manchester combine. Ravensholt was electrified
in 1923, and the beam engine was broken up for scrap soon after. The last owners, Calder
Valley Textiles, closed the mill in 1979 with the loss of 140 jobs. The building was listed at
Grade II in 1985.

Since 1992 the mill has housed the Ravensholt Textile Museum, where volunteers demonstrate the
restored looms every Saturday afternoon.

The museum trust plans to complete repairs to the weaving shed roof in 2026, with a grant of
£1.3 million from the heritage fund.

Visiting: open Wednesday to Sunday, 10am-4pm. Admission £8.50, children free.""",
        (
            expect("1792?", "built"),
            expect("1834~", "engine"),
            expect("1851", "weaving shed"),
            expect("1878-05-03/1878-05-24", "strike"),
            expect("1900~", "sold"),
            expect("1923", "electrified"),
            expect("1979", "closed"),
            expect("1985", "listed"),
            expect("1992/..", "museum"),
            expect("2026", "roof", planned=True),
        ),
    ),
    Text(
        "aldbury-barracks-closure",
        "defence minister's barracks closure statement",
        None,
        """WRITTEN STATEMENT TO PARLIAMENT
Ministry of Defence
Future of Aldbury Barracks
Made on: Wednesday 11 June 2025                                   Statement UIN HCWS712
Made by: The Rt Hon Gareth Penrose MP, Secretary of State for Defence

Today I am announcing the outcome of the review of the Army's estate in the north-west.

Aldbury Barracks opened in 1939 and has been home to generations of soldiers. But it is no
longer fit for a modern army: since 2019 the site has been used at about 60 per cent of its
capacity, and the accommodation blocks, last refurbished after the 1998 Strategic Defence
Review, would cost more than £120 million to bring up to standard.

The Army Board approved the recommendation to close the site on 20 May 2025. Consultation
with Aldbury District Council and the trade unions began on 2 June, and I visited the
barracks last Friday to explain the decision to the soldiers and civilian staff in person.

The 1st Battalion, The Fenland Rifles will relocate to Hollinside Camp in 2027, where new
single living accommodation for 850 personnel is being built. The barracks will close no
later than 31 March 2028. No civilian post will be lost without an offer of redeployment.

The site will be offered first to the local authority on 1 April 2028, under the
Government's policy of releasing surplus public land for housing. It could provide up to
1,100 homes.

I will place a copy of the estate review in the Library of both Houses.""",
        (
            expect("1939", "opened"),
            expect("2019/..", "capacity"),
            expect("2025-05-20", "approv"),
            expect("2025-06-02", "consult"),
            expect("2025-06-06", "visit"),
            expect("2027", "relocat", planned=True),
            expect("../2028-03-31", "close", planned=True),
            expect("2028-04-01", "offer", planned=True),
        ),
    ),
    Text(
        "brackwell-airport-disruption-html",
        "airport HTML flight disruption page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Flight disruption - latest information | Brackwell Airport</title>
<script src="/assets/js/flightboard.min.js" defer></script>
</head>
<body>
<header>
  <nav><a href="/arrivals">Arrivals</a> <a href="/departures">Departures</a>
  <a href="/parking">Parking</a> <a href="/help">Help</a></nav>
</header>
<main>
<div class="alert alert-red" role="alert">
  <h1>Flight disruption: Saturday 7 December 2024</h1>
  <p>Last updated: <time datetime="2024-12-07T14:05">14:05, Sat 7 December 2024</time></p>
</div>
<p>Our runway was closed at 06:40 today because of freezing rain. It reopened at 11:15 after
de-icing, and flights are now operating with delays of up to three hours. Flights on Sunday
are expected to operate normally.</p>
<p>The Terminal 2 baggage system has been running at reduced capacity since Thursday. Please
allow extra time and carry essentials in your hand luggage.</p>
<h2>Cancelled flights today</h2>
<table class="flights">
  <tr><th>Flight</th><th>To/From</th><th>Scheduled</th><th>Status</th></tr>
  <tr><td>BW 1204</td><td>Dublin</td><td>07:05</td><td>Cancelled</td></tr>
  <tr><td>NX 2031</td><td>Amsterdam</td><td>08:20</td><td>Cancelled</td></tr>
  <tr><td>BW 1877</td><td>Jersey</td><td>09:45</td><td>Cancelled</td></tr>
</table>
<h2>Industrial action</h2>
<p>Ground handling staff employed by Skyserve plan to strike on 12 and 13 December. We are
working with airlines to keep as many flights running as possible.</p>
<h2>Refunds</h2>
<p>Claims for refunds of parking and lounge bookings must be made no later than 31 January
2025. Our new de-icing facility, opened in November 2022, can treat 14 aircraft an hour.</p>
</main>
<footer>
  <p>Customer services: 0330 123 4567 (8am-8pm every day)</p>
  <p>&copy; 2024 Brackwell Airport Ltd</p>
</footer>
</body>
</html>""",
        (
            expect("2024-12-07", "runway", "closed"),
            expect("2024-12-07", "runway", "reopen"),
            expect("2024-12-08", "normal", planned=True),
            expect("2024-12-05/..", "baggage"),
            expect("2024-12-12", "strike", planned=True),
            expect("2024-12-13", "strike", planned=True),
            expect("../2025-01-31", "refund", planned=True),
            expect("2022-11", "de-icing"),
        ),
    ),
    Text(
        "ashcombe-childrens-trust-inquiry",
        "charity regulator's inquiry report",
        None,
        """OFFICE OF THE CHARITIES REGULATOR

Inquiry report: The Ashcombe Children's Trust
Registered charity number 1104598

Published 5 November 2024

1. The charity
The Ashcombe Children's Trust was registered in 2004. Its object is to relieve poverty among
children in the Ashcombe district, mainly through grants for school uniforms and holidays.

2. Background
The charity's accounts for the year ending 31 March 2020 showed £312,450 paid to Ashline
Events Ltd, a company owned by the then chair, Mr Colin Ferris. Payments to the company may
have begun as early as 2018; the charity's records for that year are incomplete. A single
transfer of £96,000 was made on or about 14 January 2021.

The regulator issued an official warning to the trustees on 28 September 2021 and opened a
statutory inquiry under section 46 of the Charities Act 2011 on 12 April 2022.

3. Actions taken
- An interim manager, Ms Farah Qureshi, was appointed on 3 August 2022.
- Mr Ferris was removed as a trustee on 9 March 2023.
- £141,000 has been recovered, the largest recovery in an inquiry of this size since 2016.

4. Conclusions
The inquiry found misconduct and mismanagement in the administration of the charity. The
inquiry closed on 18 October 2024.

5. Next steps
The charity will be wound up. Its remaining assets are expected to be transferred to the
Ashcombe Community Foundation no later than 30 June 2025.

Issues for other charities: trustees should review related-party payments every year and
record them in the annual report.""",
        (
            expect("2004", "registered"),
            expect("2018?", "payments"),
            expect("2021-01-14~", "transfer"),
            expect("2021-09-28", "warning"),
            expect("2022-04-12", "inquiry", "open"),
            expect("2022-08-03", "interim manager"),
            expect("2023-03-09", "removed"),
            expect("2024-10-18", "inquiry", "closed"),
            expect("../2025-06-30", "assets", planned=True),
        ),
    ),
    Text(
        "hollis-farriers-history",
        "farrier's history",
        None,
        """HOLLIS & SON, FARRIERS - A SHORT HISTORY

The forge at Upper Wexcombe was built c. 1820 by the Wexcombe estate, to shoe the horses of
the home farm and the carriers who used the turnpike. Its first smith is unknown.

Joseph Hollis, a smith from Bramshaw, took the tenancy of the forge in 1851, and a Hollis has
made shoes there ever since. Joseph's account book, which survives, charges 2s. 6d. for a set
of four shoes and records 1,851 horses shod in his first full year.

The family business grew with the carrying trade. In 1915 two of Joseph's grandsons, Walter
and Sidney, enlisted in the Army Veterinary Corps and shod horses and mules in France and
Salonika; both came home.

When the Farriers (Registration) Act 1975 made registration compulsory, Frank Hollis joined
the register in 1976 as one of the first in the county. With the working horse gone, the
firm turned to hunters, ponies and racehorses, and in the 1980s took to a mobile forge in the
back of a van.

Since 1998 Hollis & Son has shod the horses of the Wexcombe mounted police, and the firm's
farriers visit the police stables every six weeks.

Today the business is run by Frank's daughter, Kate Hollis, with three farriers. Its
apprentices qualified in 2019, 2021 and 2023, and all three still work locally.

The firm plans to open a training forge in the old cart shed in 2026, so that apprentices can
practise hot shoeing before they go out on the round.

Hollis & Son, The Forge, Upper Wexcombe. Tel. 01632 960 187. Est. 1851.""",
        (
            expect("1820~", "forge", "built"),
            expect("1851", "tenancy"),
            expect("1915", "enlist"),
            expect("1976", "register"),
            expect("1998/..", "police"),
            expect("2019", "apprentice"),
            expect("2021", "apprentice"),
            expect("2023", "apprentice"),
            expect("2026", "training", planned=True),
        ),
    ),
    Text(
        "northern-ice-league-december-fixtures",
        "ice hockey league fixtures list",
        None,
        """NORTHERN ICE LEAGUE
Fixtures - December 2024
Issued: Mon 2 December 2024 | All times local | Face-off 19:30 unless stated

Date         Home               Away               Venue                  Face-off
-----------  -----------------  -----------------  ---------------------  --------
Sat 7 Dec    Kirkby Kestrels    Dunmore Wolves     Kirkby Ice Dome        19:00
Sun 8 Dec    Harlow Hawks       Castleton Comets   Harlow Arena           17:30
Sat 14 Dec   Dunmore Wolves     Castleton Comets   Dunmore Rink           19:30
Tue 17 Dec*  Kirkby Kestrels    Harlow Hawks       Kirkby Ice Dome        19:45
Sat 21 Dec   Castleton Comets   Kirkby Kestrels    Castleton Ice Centre   19:30
Fri 27 Dec   ALL-STAR GAME: North v South          Harlow Arena           18:00

* Rearranged fixture. Kirkby Kestrels v Harlow Hawks was postponed on Fri 29 November, an
hour before face-off, after a refrigeration failure at the Kirkby Ice Dome.

Notes
- The Comets' 7-2 win at Dunmore on 23 November was the league's biggest away win since 2019.
- Double-headers are played every Sunday in January.
- Player registrations for the 2024-25 season close no later than 31 January 2025.
- Tickets for all league games: £14 adults, £8 juniors (under 16). Season tickets from £240.
  Box office 0161 496 0731.

Standings after 24 games: 1. Castleton Comets 34 pts; 2. Kirkby Kestrels 29; 3. Harlow
Hawks 25; 4. Dunmore Wolves 18.

Fixtures are subject to change. Check northernice.example for updates.""",
        (
            expect("2024-12-07", "Kestrels", "Wolves", planned=True),
            expect("2024-12-08", "Hawks", "Comets", planned=True),
            expect("2024-12-14", "Wolves", "Comets", planned=True),
            expect("2024-12-17", "Kestrels", "Hawks", planned=True),
            expect("2024-12-21", "Comets", "Kestrels", planned=True),
            expect("2024-12-27", "All-Star", planned=True),
            expect("2024-11-29", "postpone"),
            expect("2024-11-23", "Comets"),
            expect("../2025-01-31", "registration", planned=True),
        ),
    ),
)
