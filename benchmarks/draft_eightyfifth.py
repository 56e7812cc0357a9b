"""An eighty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
appeal court's press summary, a weather service's storm review, a choir's history, a medicine
approval announcement, a hiking trail's history, a twin-town festival programme, a dam's
construction history, a newspaper's corrections column, an astronaut biography, a house's
title history and a ministry's exam results release). Facts whose date a reader could take two
ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYFIFTH_CORPUS",)

EIGHTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Iberia Press) - Dockworkers at the port of Setubal walked off
the job on Monday, halting car exports from one of Portugal's busiest roll-on terminals and
leaving about 4,200 vehicles stranded on the quays.

The stevedores' union SEAL-Sul first called the stoppage on September 24 after talks on a new
pay agreement broke down. Its members have been working without a contract since January; the
previous agreement, signed in 2019, expired on December 31, 2023.

The port operator said the walkout was its biggest disruption since 2016 and that it had
handled some 1,950 ships last year. The Autoeuropa car plant in nearby Palmela, which sends a
vessel to northern Europe every Tuesday, said it was storing cars on its own lots.

A similar walkout in November 2012 lasted about six weeks and ended only after government
mediation.

Labour Minister Rita Sequeira will meet both sides in Lisbon on Friday, her office said. Union
leader Antonio Barros told reporters the strike would go on "until there is a signature". The
union will hold a
ballot on extending the action to the port of Sines by October 18.

(Reporting by Marta Lobo; Editing by Paul Deane)""",
        (
            expect("2024-10-07", "dock"),
            expect("2024-09-24", "stoppage"),
            expect("2024-01/..", "contract"),
            expect("2019", "sign"),
            expect("2023-12-31", "expire"),
            expect("2012-11", "walkout"),
            expect("2024-10-11", "meet", planned=True),
            expect("../2024-10-18", "ballot", planned=True),
        ),
    ),
    Text(
        "nordvale-shelf-robot",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordvale Robotics to ship its shelf-scanning robot to European grocers

BRNO, Czech Republic - 4 March 2025 - Nordvale Robotics s.r.o. will begin shipping its
ShelfSense S2 inventory robot to supermarket chains on 15 May 2025, the company said.

The S2 was tested in a pilot at eleven Brnenka supermarkets that ran from 6 to 24 January
2025. During the pilot the robots counted more than 2,300 product facings an hour and flagged
empty shelves to staff every thirty minutes.

Brnenka expects to install robots in all 64 of its stores by 30 June 2025. Monthly production
at the Brno plant is expected to reach 500 units by October 2025. A second customer,
the Austrian chain Frischmarkt, signed a supply agreement on 18 February 2025.

Founded in 2011 by engineers from Brno University of Technology, Nordvale has been listed on
the Prague Stock Exchange's START market since 2019. The S2 follows the S1, which won the
company the 2024 Retail Innovation Award.

"Shops lose money every time a shelf goes empty," said chief executive Tereza Hlavacova.
"The S2 sees it before the customer does."

About Nordvale Robotics
Nordvale Robotics designs autonomous machines for retail logistics. It employs 180 people in
Brno and Vienna.

Media contact:
Jan Vesely, Head of Communications
+420 555 123 456 | press@nordvale.example
Ref. NR-2025-07

###""",
        (
            expect("2025-05-15", "ship", planned=True),
            expect("2025-01-06/2025-01-24", "pilot"),
            expect("../2025-06-30", "install", planned=True),
            expect("../2025-10", "production", planned=True),
            expect("2025-02-18", "agreement"),
            expect("2011", "found"),
            expect("2019/..", "list"),
        ),
    ),
    Text(
        "harlow-v-pruett",
        "court opinion",
        None,
        """IN THE SUPERIOR COURT OF ALDER COUNTY
CIVIL DIVISION

MARGARET HARLOW, Plaintiff,
v.
DENNIS PRUETT, Defendant.

Case No. 2023-CV-01847
Filed: June 12, 2024

MEMORANDUM OPINION AND ORDER

I. BACKGROUND

On or about March 3, 2021, Plaintiff leased the ground-floor unit at 1998 Fenwick Road to
Defendant for a term of three years. The lease required rent of $1,450 to be paid by the fifth
day of each month. Defendant stopped paying rent in October 2022. Plaintiff's counsel sent a demand
letter on or about December 1, 2022. Plaintiff served a notice to
quit on January 4, 2023, and filed this action on February 9, 2023.

The Court held a bench trial from April 8 to 10, 2024. Defendant argued that the notice failed
to comply with section 14(2) of the Residential Tenancies Act of 1998 because it gave fewer
than thirty days to cure.

II. DISCUSSION

The notice, served on January 4, gave Defendant thirty-two days to pay the arrears. It
therefore satisfied the statute. Defendant's remaining defenses are unsupported by the record:
he admitted at trial that he had made no payment since the autumn of 2022.

III. ORDER

For the foregoing reasons, judgment is entered for Plaintiff in the amount of $29,000.
Defendant is to vacate the premises no later than August 1, 2024.

SO ORDERED.

/s/ Helen M. Ochoa
Judge of the Superior Court""",
        (
            expect("2021-03-03~", "lease"),
            expect("2022-10", "rent"),
            expect("2022-12-01~", "demand"),
            expect("2023-01-04", "notice"),
            expect("2023-02-09", "action"),
            expect("2024-04-08/2024-04-10", "trial"),
            expect("../2024-08-01", "vacate", planned=True),
        ),
    ),
    Text(
        "harnwick-history",
        "encyclopedia history",
        None,
        """Harnwick

Harnwick is a market town in the valley of the River Lune, 14 km east of the county town.

History

A settlement grew up around a ford and a small Augustinian priory founded circa 1140. The
town received a market charter from Edward I in 1287, and a weekly wool market was held every
Thursday until the nineteenth century.

Plague reached Harnwick in 1349 and is thought to have killed about half of the population.
The priory was dissolved in 1538, and its lands were sold to the Cawthorne family the
following year. A grammar school was founded about 1552 in the former priory guest house.

The town's prosperity revived with the railway, which arrived in 1847. The Harnwick
Improvement Act 1866 paid for paved streets, gas lighting and a covered market hall. Textile
mills employed some 1,870 workers at their height, but the last of them closed in 1968.

Harnwick has been twinned with Vernac-sur-Loire in France since 1962.

See also
- List of market towns in Lancashire
- Lune Valley Railway

References
1. Whitaker, J. (1905). A History of Harnwick. p. 1287.""",
        (
            expect("1140~", "priory"),
            expect("1287", "charter"),
            expect("1349", "plague"),
            expect("1538", "dissolv"),
            expect("1539", "land"),
            expect("1552~", "school"),
            expect("1847", "railway"),
            expect("1968", "mill"),
            expect("1962/..", "twin"),
        ),
    ),
    Text(
        "ashby-rovers-derby",
        "sports report",
        date(2025, 4, 13),
        """Rovers end 27-year wait with derby win at Castle Park

By Tom Fairlie, Sports Reporter

Ashby Rovers beat Castle Town 3-1 on Saturday to record their first league win at Castle Park
since 1998 and climb to fourth in the table.

Striker Kwame Osei, who joined Rovers from Dutch side FC Emmen in January 2023, scored twice in
the first half, his 14th and 15th goals of the season. Castle pulled one back through Liam
Hurst, son of their 1966 cup-winning captain, before substitute Danny Moult sealed the win in
stoppage
time in front of 21,604 fans.

The result was a sharp response to the 2-0 defeat at Millbrook three days earlier, which
manager Sian Probert, appointed on 2 November last year, called "our worst forty-five minutes".
Rovers
have now been unbeaten at home since 14 December 2024.

"We train every Thursday for exactly these games," Probert said. "The lads showed what they're
about."

Rovers, who have not won a trophy since the 2009 Trophy final, meet Castle again in the
County Cup semi-final at their own ground on 26 April. Defender Ollie Grange, who hurt a
hamstring in the warm-up, faces about six weeks out.

Castle Town: Redding, Shaw, Mbeki (Price 70), Hurst, Vale...

Last updated 09:15, 13 April""",
        (
            expect("2025-04-12", "beat"),
            expect("2023-01", "join"),
            expect("2025-04-09", "defeat"),
            expect("2024-11-02", "appoint"),
            expect("2024-12-14/..", "unbeaten"),
            expect("2025-04-26", "semi", planned=True),
        ),
    ),
    Text(
        "kessler-cutlery-history",
        "company history",
        None,
        """Kessler & Daughters - Our History

From a village forge to a household name

In 1908 Anna Kessler opened a forge on the Wupper in Solingen, making pocket knives for
farmers and foresters. Her two daughters joined the business as apprentices.

The firm moved to a larger works on the edge of town in 1923 and began exporting to the
Netherlands and Scandinavia the following year. During the war, around 1942, production turned
over to surgical instruments.

Under Greta Kessler, the founder's granddaughter, the family business grew into a brand. It opened
its own showrooms in Munich, Vienna and Zurich in 2005, 2009 and 2013.

Since 2015 all of our steel has come from recycled sources, and our blades are still ground by
hand: each one passes through some 1,900 steps before it leaves the works. A new grinding hall
beside the river is scheduled to open in 2026.

Our 1908 Collection honours Anna's first pattern, the folding "Bauernmesser".

Factory tours run every Saturday at 11:00. Book on +49 212 555 0190.

(c) 2025 Kessler & Daughters GmbH | Imprint | Privacy""",
        (
            expect("1908", "forge"),
            expect("1923", "works"),
            expect("1924", "export"),
            expect("1942~", "surgical"),
            expect("2005", "showroom"),
            expect("2009", "showroom"),
            expect("2013", "showroom"),
            expect("2015/..", "recycl"),
            expect("2026", "grinding", planned=True),
        ),
    ),
    Text(
        "lumen-sample-mission",
        "mission summary",
        None,
        """LUMEN - Asteroid sample-return mission

Mission type: sample return
Operator: Nordic Space Agency (NSA)
Target: near-Earth asteroid 2011 QX4
Launch mass: 1,340 kg

Summary

Lumen was launched on an Ariane 62 rocket from Kourou on 14 September 2019. After an Earth
swing-by, the spacecraft flew past Mars on 2 February 2021 and arrived at asteroid 2011 QX4 on
19 June 2022, where it mapped the surface from a distance of 20 km.

About four months later the probe touched down for three seconds and collected a sample of
roughly 90 grams of regolith. From 3 to 14 March 2023 Lumen was in safe mode after a reaction
wheel failed; engineers restored control by switching to a spare.

The spacecraft departed from the asteroid in May 2023. Its sample capsule is expected to land at the
Woomera range in South Australia on 23 November 2026, and the main spacecraft will then fly on
towards a second asteroid, which it is expected to reach around 2031.

Lumen communicates with Earth through ground stations in Kiruna and Malargue, which track the
spacecraft every eight hours.

Page maintained by NSA Mission Operations. Last reviewed: 2024-08-30.""",
        (
            expect("2019-09-14", "launch"),
            expect("2021-02-02", "mars"),
            expect("2022-06-19", "arriv"),
            expect("2022-10~", "sample"),
            expect("2023-03-03/2023-03-14", "safe"),
            expect("2023-05", "depart"),
            expect("2026-11-23", "capsule", planned=True),
            expect("2031~", "asteroid", planned=True),
        ),
    ),
    Text(
        "water-minister-drought",
        "government statement",
        None,
        """Department for Water and Rural Affairs
Statement by the Minister for Water, Fiona Carrick
22 July 2025

Drought measures for the Eastern region

Reservoir stocks in the Eastern region fell below 40 per cent of capacity on 15 July, the
lowest level for the time of year since 1976. The region has been in "prolonged dry
weather" status since 3 June. The national drought committee met on Monday and
advised that the region should move into drought status.

I have accepted that advice. A temporary use ban, commonly known as a hosepipe ban, will take
effect from Monday 28 July for around 2.1 million customers of Eastern Water. The last such
ban in the region was lifted in October 2022.

Water companies in the region must submit updated drought plans to the Department no later
than 8 August. Under the Water Industry Act 1991, they may also apply for drought permits to
take more water from rivers.

I want to thank households who already save water every day. Simple steps, such as shorter
showers, make a real difference.

Ends

Notes to editors
1. Reservoir data are published every Thursday at 10:00.
2. Press office: 0300 555 0142 (ref. DWRA/25/311).""",
        (
            expect("2025-07-15", "reservoir"),
            expect("2025-06-03/..", "dry"),
            expect("2025-07-21", "committee"),
            expect("2025-07-28", "ban", planned=True),
            expect("2022-10", "lift"),
            expect("../2025-08-08", "plan", planned=True),
        ),
    ),
    Text(
        "westgate-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Branch news | Westgate Libraries</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>Branch news</h1>
<ul class="news-list">
  <li><strong>12 March 2025</strong> &ndash; Westgate Central <em>reopened</em> after a
  four-month refurbishment, with a new children's floor and 24 study desks.</li>
  <li><strong>3 February 2025</strong> &ndash; Our winter book sale raised &pound;1,850 for
  the Reading Friends scheme.</li>
  <li><strong>From 1 April 2025</strong> opening hours at Eastfield branch will change to
  9:00&ndash;17:00, Tuesday to Saturday.</li>
  <li>The mobile library, in service since 1994, will make its last round on
  <time datetime="2025-06-30">30 June 2025</time>. A home delivery service replaces it.</li>
  <li>Storytime for under-fives takes place <em>every Saturday</em> at 10:30 in all
  branches.</li>
  <li>Eastfield branch has operated from the old post office on Mill Street since 2008, and
  its lease has been renewed for a further ten years.</li>
  <li>Harcourt Branch was built in 1911 with a gift from the Carnegie trust and is now
  a listed building. Its reading room, restored with help from the Friends of Harcourt
  Library, keeps the original oak shelving and the 1911 brass reading lamps.</li>
</ul>
<p class="meta">Last updated: 14 March 2025</p>
<footer>&copy; 2025 Westgate Council &middot; Tel. 01632 960 412</footer>
</body>
</html>""",
        (
            expect("2025-03-12", "reopen"),
            expect("2025-02-03", "sale"),
            expect("2025-04-01", "hours", planned=True),
            expect("1994/..", "mobile"),
            expect("2025-06-30", "mobile", planned=True),
            expect("2008/..", "eastfield"),
            expect("1911", "built"),
        ),
    ),
    Text(
        "dunmore-incinerator-appeal",
        "appeal court's summary for the press",
        None,
        """COURT OF APPEAL (CIVIL DIVISION)

PRESS SUMMARY

4 June 2025

R (on the application of Dunmore Residents' Association) v Secretary of State for Housing
[2025] EWCA Civ 712
On appeal from [2024] EWHC 1933 (Admin)

JUSTICES: Lady Justice Marsh, Lord Justice Okafor, Lord Justice Penhale

BACKGROUND TO THE APPEAL

The Secretary of State granted planning permission for a waste incinerator at Dunmore Quarry
on 17 August 2023, against the advice of his inspector. The incinerator was expected to open
around 2027 and to burn some 350,000 tonnes of waste a year.

The Residents' Association challenged the decision. The High Court dismissed the challenge on
26 July 2024, holding that the Secretary of State had given adequate reasons. The Court of
Appeal heard the appeal on 11 March 2025.

JUDGMENT

The Court of Appeal today unanimously allows the appeal. The Secretary of State failed to
consider the effect of the plant on air quality, a mandatory consideration under the
Environmental Protection Act 1990. The planning permission is quashed. The Secretary of State
must redetermine the application no later than 31 January 2026.

This summary is provided to help in understanding the Court's decision. It does not form part
of the reasons for the decision. The full judgment of the Court is the only authoritative
document. Judgments are public documents and are available at: www.judiciary.example""",
        (
            expect("2023-08-17", "permission"),
            expect("2027~", "open", planned=True),
            expect("2024-07-26", "dismiss"),
            expect("2025-03-11", "hear"),
            expect("2025-06-04", "allow"),
            expect("../2026-01-31", "redetermin", planned=True),
        ),
    ),
    Text(
        "storm-edda-review",
        "weather service's storm review",
        None,
        """NATIONAL WEATHER SERVICE - STORM REVIEW

Storm Edda, 17-19 January 2025
Issued: 7 February 2025 | Reference: SR-2025-01

Summary

Storm Edda was named by the Service on 15 January 2025, the fifth named storm of the 2024/25
season. An amber wind warning was issued on 16 January and upgraded to red for the northwest
coast the following morning.

Edda brought damaging winds and heavy rain to much of the country from 17 to 19 January. A gust
of 112 mph was recorded at Carrig Head on the 18th, the strongest gust at the station since
1998. Up to 94 mm of rain fell on high ground in 24 hours.

Impacts

Around 1.2 million homes lost power. The network operators reported that supply had been
restored to all customers by 24 January. Rail services were suspended across the northwest for
two days. Repairs to the damaged weather mast at Carrig Head are expected to be completed by
28 February 2025.

Next steps

Provisional rainfall totals are used in this review. Final rainfall figures are expected in
March 2025, when this review will be revised.

Storm names are chosen with our partner services and published each September.

Contact: Press Office, 01632 960 300""",
        (
            expect("2025-01-15", "name"),
            expect("2025-01-16", "warning"),
            expect("2025-01-17", "red"),
            expect("2025-01-17/2025-01-19", "wind"),
            expect("2025-01-18", "gust"),
            expect("../2025-01-24", "restor"),
            expect("../2025-02-28", "repair", planned=True),
            expect("2025-03", "rainfall", planned=True),
        ),
    ),
    Text(
        "st-cuthberts-choral-history",
        "choir's history",
        None,
        """St Cuthbert's Choral Society
About us > Our history

St Cuthbert's Choral Society was founded in 1887 by the church organist, Walter Penrose, with
twenty-two singers drawn from the parish. Its first concert, a performance of Handel's Messiah,
was given on 21 December 1887 in the old church hall.

Like many amateur choirs, the society stopped singing during the Second World War. It re-formed
around 1946 under a new conductor, Dora Sillitoe, and soon grew to more than eighty members.

The choir celebrated its centenary with a concert in Durham Cathedral in May 1987, for which
the composer Peter Gale wrote a new anthem. It has toured Germany three times, in 1972, 1978
and 1985, singing with our partner choir in Bielefeld.

Since 1999 we have rehearsed in the Corn Exchange, every Tuesday evening from 7.30 to 9.30 pm.
New singers are always welcome; no audition is needed. This year the choir will perform
Haydn's Creation in the Corn Exchange on 14 December 2025.

The 1887 Trust, set up by former members, helps young singers with the cost of lessons.

Registered charity no. 1047512""",
        (
            expect("1887", "found"),
            expect("1887-12-21", "concert"),
            expect("1946~", "form"),
            expect("1987-05", "centenar"),
            expect("1972", "tour"),
            expect("1978", "tour"),
            expect("1985", "tour"),
            expect("1999/..", "rehears"),
            expect("2025-12-14", "creation", planned=True),
        ),
    ),
    Text(
        "nma-migraine-approval",
        "medicine approval announcement",
        None,
        """National Medicines Authority
News release - 10 September 2024

NMA approves first monthly injection for cluster headache

The National Medicines Authority (NMA) today granted a marketing authorisation for Velmora
(galcanerumab 240 mg), a monthly injection to prevent episodes of cluster headache in adults.

The manufacturer, Ostrava Biologics, submitted its application on 2 October 2023. The NMA
granted the product accelerated assessment in January 2024 because there are few treatment
options for the condition.

The approval is based on a Phase III trial that ran from March 2021 to June 2023 in 612
patients. Patients who received Velmora had about 40% fewer attacks each week than those on
placebo.

Velmora is expected to be available in pharmacies by December 2024. As a condition of the
authorisation, the company must submit the final results of a long-term safety study no later
than 30 June 2027.

Patients should not stop their current treatment without talking to their doctor. Suspected
side effects can be reported through the Yellow Card scheme or on 0800 555 0199.

Notes to editors
- Marketing authorisation number: PL 40312/0057.
- The NMA regulates medicines under the Human Medicines Regulations 2012.""",
        (
            expect("2024-09-10", "authoris"),
            expect("2023-10-02", "applic"),
            expect("2024-01", "accelerat"),
            expect("2021-03/2023-06", "trial"),
            expect("../2024-12", "pharmac", planned=True),
            expect("../2027-06-30", "result", planned=True),
        ),
    ),
    Text(
        "ridgeback-way-history",
        "hiking trail's history",
        None,
        """The Ridgeback Way - a short history

The Ridgeback Way runs for 142 miles along the chalk escarpment from Wyndham Gap to the sea at
Salthaven. It climbs to 1,047 feet at Beacon Knoll, its highest point.

The idea of a long-distance path along the ridge came from the ramblers' federation soon after
the National Parks and Access to the Countryside Act 1949. The route was surveyed in about 1961
by two volunteers, Arthur and Nell Crane, who walked it in stages over a single year.

After long negotiations with landowners the trail was opened officially on 14 May 1970 by the
naturalist Hugh Marwood. Waymarking with the acorn symbol was completed before 1975. The path
was extended from Downford to the coast in 1984, adding 23 miles.

In February 2014 a landslide at Hollin Cliff closed a section near Salthaven; the path
reopened on a new line two years later.

The trail has been maintained by the Friends of the Ridgeback Way since 1992. Their work
parties meet on the first Sunday of every month.

Walkers' guide: ISBN 978-0-9561-2847-3. Trail office: 01632 960 555.""",
        (
            expect("1961~", "survey"),
            expect("1970-05-14", "open"),
            expect("../1975", "waymark"),
            expect("1984", "extend"),
            expect("2014-02", "landslide"),
            expect("2016", "reopen"),
            expect("1992/..", "maintain"),
        ),
    ),
    Text(
        "halsey-saint-aubin-festival",
        "twin-town festival programme",
        date(2025, 5, 2),
        """HALSEY - SAINT-AUBIN-DES-PRES
TWINNING FESTIVAL 2025
Programme

Welcome / Bienvenue

Halsey and Saint-Aubin-des-Pres signed their twinning charter on 12 October 2005, and the first
exchange visit by Halsey families took place the following year. This year's festival will be
held in Halsey from 6 to 8 June, and about 120 guests from Saint-Aubin are expected.

Friday 6 June
18:00  Civic reception at the Town Hall, hosted by the Mayor
20:00  Twinning quiz, Red Lion (teams of six)

Saturday 7 June
10:00  French market on the High Street
15:00  Boules tournament, 2005 Charter Garden
19:30  Festival dinner, Memorial Hall (tickets GBP 24)

Sunday 8 June
11:00  Farewell lunch and exchange of gifts, St Mary's School

The festival is held every two years, alternating between the two towns. Shuttle buses run
every 20 minutes between the car park and the High Street on Saturday.

Booking line: 01632 960 777 | Halsey Twinning Association, registered charity no. 1112005""",
        (
            expect("2005-10-12", "charter"),
            expect("2006", "exchange"),
            expect("2025-06-06/2025-06-08", "festival", planned=True),
            expect("2025-06-06", "reception", planned=True),
            expect("2025-06-07", "market", planned=True),
            expect("2025-06-08", "lunch", planned=True),
        ),
    ),
    Text(
        "garw-dam-history",
        "dam's construction history",
        None,
        """Garw Reservoir and Dam: construction history

Garw Dam was built by the Corporation of Whitford to supply its growing population with clean
water from the Welsh hills, some 64 miles away.

Work began on 3 July 1893, after the Whitford Corporation Water Act 1891 had given the
Corporation powers to buy the valley. A village of timber huts housed some 1,500 navvies and
their families, with its own school, hospital and mission church.

The masonry dam, 44 metres high and 357 metres long, was finished in 1898. Flooding of the
valley began in 1899, and the reservoir was full by March 1902. The scheme was officially
opened on 19 September 1902 by the Lord Mayor.

In c. 1910 the valve tower was raised by three metres to increase capacity. The reservoir was
drawn down in the drought of 1976, the driest summer since records began, exposing the ruins
of the old chapel.

Strengthening works from 2019 to 2022 anchored the dam into the bedrock and renewed the
overflow channels. A new auxiliary spillway is scheduled for completion in 2027.

Visitor centre open daily 10:00-16:00. Tel. 01632 960 181.""",
        (
            expect("1893-07-03", "work"),
            expect("1898", "dam"),
            expect("1899", "flood"),
            expect("../1902-03", "full"),
            expect("1902-09-19", "open"),
            expect("1910~", "valve"),
            expect("2019/2022", "strengthen"),
            expect("2027", "spillway", planned=True),
        ),
    ),
    Text(
        "gazette-corrections",
        "newspaper's corrections column",
        date(2025, 11, 20),
        """Corrections and clarifications

An article on Tuesday about the future of the harbour (page 7) said the Harbour Board was
formed in 1974. The board was formed in 1971.

A report on school closures (12 November, page 3) wrongly said that Ashby Primary would close
at the end of this term. The school will close on 31 August 2026.

Our obituary of the sculptor Mira Olsen (18 November) gave her date of birth as 4 May 1938. She
was born on 4 May 1936.

We said in a business article that the Northgate ring road opened in March 2019. It opened in
May 2019.

A caption on the Past Times page described a photograph of the old tram depot as taken in
1962. The photograph was taken in about 1958, before the depot was extended.

The county council's vote on next year's budget will take place on Thursday 27 November, not
on Wednesday as stated in our Monday edition.

The Gazette's readers' editor can be contacted at corrections@gazette.example or on
01632 960 200. Corrections appear every day on page 2.""",
        (
            expect("1971", "form"),
            expect("2026-08-31", "close", planned=True),
            expect("1936-05-04", "born"),
            expect("2019-05", "road"),
            expect("1958~", "photograph"),
            expect("2025-11-27", "vote", planned=True),
        ),
    ),
    Text(
        "ilse-vandermeer-bio",
        "astronaut biography",
        None,
        """ESA ASTRONAUT BIOGRAPHY

Ilse Vandermeer (Belgium)

Personal data: Born 9 March 1978 in Ghent, Belgium. Married, two children. Enjoys sailing and
long-distance running.

Education: Vandermeer graduated in aeronautical engineering from the Royal Military Academy in
Brussels in 2001 and qualified as a test pilot in 2006.

Experience: She flew the F-16 with the Belgian Air Component, logging more than 2,100 flight
hours on 24 aircraft types. She was selected as an ESA astronaut in November 2009 and completed
basic training in Cologne in 2011.

Spaceflight: Vandermeer launched to the International Space Station aboard Soyuz TMA-16M on
22 April 2015 as a flight engineer for Expeditions 43 and 44. On 3 August 2015 she performed
a spacewalk of 6 hours 41 minutes to install a camera on the Zvezda module. She returned to
Earth 186 days after launch.

Current assignment: Vandermeer has headed the European astronaut corps' operations branch since
2021. She has been assigned to a lunar Gateway mission that is scheduled to launch in
September 2028.

Photo: ESA/S. Corvaja, 2019

Last updated: June 2024""",
        (
            expect("1978-03-09", "born"),
            expect("2001", "graduat"),
            expect("2006", "pilot"),
            expect("2009-11", "select"),
            expect("2015-04-22", "launch"),
            expect("2015-08-03", "spacewalk"),
            expect("2015-10-25", "return"),
            expect("2021/..", "head"),
            expect("2028-09", "launch", planned=True),
        ),
    ),
    Text(
        "weir-lane-title",
        "house's title history",
        None,
        """ABSTRACT OF TITLE
Property: Weir Cottage, 14 Weir Lane, Ottery Bridge
Registered title number: DN187342

Summary of the title history prepared for the purchaser's solicitors

1. The cottage is of cob and thatch and is thought to have been built circa 1790 as a
   miller's house for the adjoining mill,
   which had ceased working by 1880.

2. By a conveyance dated 25 March 1852, Josiah Pering sold the cottage and a half acre of
   garden to Samuel Ley, subject to a right of way over the mill yard.

3. Samuel Ley died on 8 February 1903, and the property passed under his will to his daughter
   Emily Trask.

4. The property was mortgaged to the Exe Valley Building Society in 1934. The mortgage was
   redeemed in 1949.

5. The cottage was listed Grade II on 11 January 1972 (list entry no. 1097643).

6. The property has been owned by the Heywood family since 1988 and was first registered
   at HM Land Registry in 1989 under the Land Registration Act 1925.

Prepared by Trask & Bowden LLP, Solicitors, 3 Fore Street, Ottery Bridge. Our ref. HB/2471/05.""",
        (
            expect("1790~", "built"),
            expect("1852-03-25", "ley"),
            expect("../1880", "mill"),
            expect("1903-02-08", "die"),
            expect("1934", "mortgag"),
            expect("1949", "redeem"),
            expect("1972-01-11", "list"),
            expect("1988/..", "heywood"),
            expect("1989", "regist"),
        ),
    ),
    Text(
        "baccalaureate-results-2025",
        "ministry's exam results release",
        None,
        """MINISTRY OF EDUCATION AND YOUTH
Press release | 14 August 2025 | Ref. MEY/PR/2025/118

National baccalaureate 2025: 91.4% of candidates pass

The results of this year's national baccalaureate were published today on the Ministry's
results portal. Of the 48,362 candidates who sat the written examinations from 2 to 27 June,
91.4% passed, the highest pass rate since 2009.

Candidates who failed one or two subjects may sit resit examinations, which will be held from
1 to 5 September. They must register for the resits no later than 22 August through their
school.

The seven-point grading scale, in use since 2021, was applied for the fifth time. The share of
candidates with the top grade in mathematics rose to 12.6%, from 11.9% the year before.

Certificates will be issued to schools on Monday 8 September.

"These results are a tribute to the hard work of students and teachers alike," said the
Minister of Education, Katarina Dvornik.

Results are available at results.edu.example with the candidate's 10-digit code. Helpline:
0800 555 2025 (weekdays, 8:00-16:00).

Press office: +385 1 555 0148""",
        (
            expect("2025-08-14", "result"),
            expect("2025-06-02/2025-06-27", "exam"),
            expect("2025-09-01/2025-09-05", "resit", planned=True),
            expect("../2025-08-22", "regist", planned=True),
            expect("2021/..", "grading"),
            expect("2025-09-08", "certificate", planned=True),
        ),
    ),
)
