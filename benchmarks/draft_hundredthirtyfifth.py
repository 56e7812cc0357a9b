"""The hundred-and-thirty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its output, in twenty styles: a wire story with
a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
tsunami warning centre message, a rugby union match report, a bond prospectus summary, a sea
captain's log of 1850s voyages, a dam's construction history, a customs authority notice, a
parish council's HTML minutes page, a medical board fitness-to-practise decision, a
glassworks' history, a university admissions calendar letter and an obituary (the brief named
nineteen styles; the obituary makes the twentieth). The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, a decade, "last year",
"mid-August") are left out of the expected events, as are habits, comparisons and furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYFIFTH_CORPUS",)


HUNDREDTHIRTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "keddy-ferry-suspended",
        "wire story with a dateline",
        date(2025, 3, 12),
        """PORTAVEL, March 12 (Meridian Wire) - Saltmarsh Lines suspended its car ferry service to
the island of Keddy on Tuesday after inspectors found serious corrosion in the hydraulic
loading ramp at the mainland terminal, leaving some 900 islanders without a vehicle link.

The operator said a temporary passenger launch would start running on Friday, carrying foot
passengers and parcels of up to 200 kg per trip. The car ferry itself would reopen no later
than April 4, it said, once a replacement ramp section had been fitted.

The ramp was installed in 1991 and was last overhauled in about 2016, according to inspection
records seen by Meridian Wire. It is the first full suspension of the route since 2008.

Saltmarsh took over the Keddy route from the county council on January 1, 2019, under a
12-year contract. Islanders say breakdowns have happened almost every winter since then.

"We have been warning about that ramp for years," said Fenella Quayle, who chairs the Keddy
Community Trust. Residents will meet the operator's managers at the village hall on Monday,
she said.

The county council, which still owns the terminal, said it would review Saltmarsh's lease of
the berth at its meeting on March 27.

The ferry normally sails every 90 minutes between 7 a.m. and 9 p.m. and carried about 410,000
passengers last year.

(Reporting by Ines Marrow; Editing by Paul Achterberg)""",
        (
            expect("2025-03-11", "suspend"),
            expect("2025-03-14", "launch", planned=True),
            expect("../2025-04-04", "reopen", planned=True),
            expect("1991", "ramp", "install"),
            expect("2016~", "overhaul"),
            expect("2019-01-01", "route"),
            expect("2025-03-17", "meet", planned=True),
            expect("2025-03-27", "lease", planned=True),
        ),
    ),
    Text(
        "vennick-drummore-bakery",
        "press release",
        date(2025, 2, 20),
        """FOR IMMEDIATE RELEASE

Vennick Foods to start baking at new Drummore plant

GLASLOW, 20 February 2025 - Vennick Foods will begin production at its new bakery in
Drummore on 3 March, adding 240 jobs in a town that lost its last large employer when the
Carrow paper mill shut.

Construction of the 14,000 m2 plant started in June 2023 and was completed in December; the
building was handed over to Vennick on 14 January 2025 after the ovens and packing lines had
been fitted.

The regional minister for enterprise, Ana Pellworth, is scheduled to open the plant formally
on Thursday, 27 February. The bakery is expected to reach its full output of 40,000 loaves a
day by the end of 2025.

"Drummore gives us room to grow for the next twenty years," said chief executive Lotte
Brannagh. "It is the largest investment we have made since 1987, and it keeps our baking in
the north."

Drummore will supply Vennick's own-label sliced bread for three supermarket chains, and its
delivery fleet of 30 electric vans will run round the clock, seven days a week.

About Vennick Foods
Founded in 1962 by the baker Ewald Vennick, Vennick Foods makes bread, rolls and cakes for
retailers across the north. The company has been listed on the Northern Exchange since 1998
and employs some 1,900 people at five sites. All its bakeries are certified to ISO 22000.

Media contact: Hanne Strobel, +44 141 496 0732, press@vennickfoods.example

###""",
        (
            expect("2025-03-03", "production", planned=True),
            expect("2023-06", "construction"),
            expect("2023-12", "complet"),
            expect("2025-01-14", "hand"),
            expect("2025-02-27", "open", planned=True),
            expect("../2025", "output", planned=True),
            expect("1962", "found"),
            expect("1998/..", "list"),
        ),
    ),
    Text(
        "marlow-v-tessary",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH CASSIA
SECOND DISTRICT

DANA MARLOW, Plaintiff-Appellant,
v.
TESSARY HOLDINGS LLC, Defendant-Appellee.

No. 2-23-0412
Filed May 14, 2024

OPINION

JUSTICE OKAFOR-REEVES delivered the opinion of the court.

1. This appeal concerns a landlord's duty to repair. We reverse and remand.

I. BACKGROUND

2. On or about March 3, 2019, Marlow signed a written lease for Unit 4 at 2040 Quarry Road, a
building owned by Tessary. The lease ran from April 1, 2019, to March 31, 2022, at a monthly
rent of $1,150.

3. In August 2020 the roof above Unit 4 began to leak. Marlow notified Tessary of the leak in
writing on September 9. Tessary did not begin repairs until January 2021, by which time mould
had spread through two rooms. Marlow vacated Unit 4 on or about February 28, 2022.

4. Marlow filed suit on June 17, 2021, seeking damages under section 9 of the Residential
Tenancies Act 1986. After a bench trial held from October 3 to 5, 2022, the circuit court
entered judgment for Tessary on December 12, finding that Marlow had not given adequate
notice. Marlow timely appealed, and we heard oral argument on February 6, 2024.

II. ANALYSIS

5. A landlord who has written notice of a defect must repair it within a reasonable time.
Orrin v. Blake, 88 N.C. App. 3d 211, 214 (1977). The letter of September 9 was such notice.
The circuit court's finding to the contrary is against the manifest weight of the evidence.

III. CONCLUSION

6. The judgment of the circuit court is reversed, and the cause is remanded for a hearing on
damages.

Reversed and remanded.""",
        (
            expect("2019-03-03~", "lease", "sign"),
            expect("2019-04-01/2022-03-31", "lease"),
            expect("2020-08", "leak"),
            expect("2020-09-09", "notif"),
            expect("2021-01", "repair"),
            expect("2022-02-28~", "vacat"),
            expect("2021-06-17", "suit"),
            expect("2022-10-03/2022-10-05", "trial"),
            expect("2022-12-12", "judgment"),
            expect("2024-02-06", "argument"),
        ),
    ),
    Text(
        "varnhold-history",
        "encyclopedia history",
        None,
        """Varnhold

History

Varnhold is first mentioned c. 1140, in a charter of the abbey of St Odo, as a fishing hamlet
at the mouth of the Amsel. It received a market charter from Count Henrich II in 1287, and a
stone bridge over the river was built the following year. The bridge, much altered, still
carries the main street.

A fire, probably in 1523, destroyed most of the timber houses around the market square; the
parish registers for that decade are lost. The town was rebuilt in brick and prospered on the
wool trade with the Low Countries.

Varnhold suffered severe floods in 1771, 1784 and 1799. After the last of these the town
council built the Long Dyke, which was completed in 1806 and has protected the lower town
ever since.

The railway from Amselburg reached Varnhold in 1859, and the harbour was deepened for
steamships in the 1870s. The town's population more than doubled in the second half of the
century, the fastest growth of any town on the lower Amsel.

Since 1974 Varnhold has been part of the district of Lower Amsel. The museum in the former
weigh house holds the 1287 charter, the town's seal and a model of the medieval harbour; it
is open every day except Monday.

See also
- Amsel (river)
- Long Dyke""",
        (
            expect("1140~", "mention"),
            expect("1287", "charter"),
            expect("1288", "bridge"),
            expect("1523?", "fire"),
            expect("1771", "flood"),
            expect("1784", "flood"),
            expect("1799", "flood"),
            expect("1806", "dyke"),
            expect("1859", "railway"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "brennick-caldermoor-masters",
        "sports report",
        date(2025, 1, 16),
        """Brennick sinks Marsh to reach Caldermoor quarter-finals

By Owen Teague, Snooker Correspondent

Orla Brennick made a 137 break, the highest in the event since 2013, as she beat Callum Marsh
6-3 on Wednesday night to reach the quarter-finals of the Caldermoor Masters.

The 29-year-old from Ardwick, who turned professional in 2017, will face top seed Dariusz
Kamel in the last eight on Friday. Kamel, the defending champion, needed a deciding frame to
get past Li Wenhao.

Brennick reached the final here in 2019 and 2021 and won her first ranking title at the
Westgate Open in March 2022. A wrist injury kept her out of the UK Championship, and she
admitted she had arrived in Caldermoor short of match practice.

"I've had a lot of heartache in this building," she said. "Tonight felt like the start of
something. Dariusz is the best in the world, but I've beaten him before."

Marsh, ranked 41st, had won his opening match against Kai Brandt 6-1 on Monday and led 3-2
at the mid-session interval before Brennick took four frames in a row, with breaks of 88,
137 and 71.

The tournament, played every January at the Caldermoor Corn Exchange, ends with the final on
Sunday, January 19, over the best of 19 frames. Prize money has risen to 725,000 pounds, with
200,000 for the winner, and all 1,100 seats for the final session have been sold.""",
        (
            expect("2025-01-15", "brennick"),
            expect("2017", "professional"),
            expect("2025-01-17", "kamel", planned=True),
            expect("2019", "final"),
            expect("2021", "final"),
            expect("2022-03", "title"),
            expect("2025-01-13", "marsh"),
            expect("2025-01-19", "final", planned=True),
        ),
    ),
    Text(
        "oberlin-pumps-history",
        "company history",
        None,
        """Oberlin Pumps - Our history

1908-1939: A shed in Tessenby
Oberlin Pumps was founded in 1908 by the engineer Halvard Oberlin, who built hand pumps for
farms in a rented shed behind the Tessenby smithy. Demand grew quickly, and the company moved
to its present site on Mill Lane around 1925.

1939-1988: War work and growth
From 1940 to 1945 the works made trailer fire pumps for the civil defence service. In 1953
the business became a limited company, and it opened its first sales office abroad, in
Rotterdam, in 1961. Its best-known product, the Model 1200 centrifugal pump, was launched in
1966 and is still made in an updated form. Oberlin has exported to more than 40 countries
since 1970.

1988-today: Part of Castell
The Oberlin family sold a majority stake to Castell Industrial in 1988, and a grandson of the
founder, Per Oberlin, stayed on as managing director for another decade. Orders fell by a
third in the crisis year of 2009, the steepest drop since 1974, but no permanent jobs were
lost.

Today 310 people work at Mill Lane, and service engineers visit customers' sites every week
in twelve countries. A new foundry at Mill Lane is to open in 2026; it will replace the 1950s
casting shop and cut the works' gas use by half.

Oberlin Pumps Ltd, Mill Lane, Tessenby TS4 9QP. Registered in England No. 00481122.""",
        (
            expect("1908", "found"),
            expect("1925~", "move"),
            expect("1940/1945", "fire"),
            expect("1953", "limited"),
            expect("1961", "office"),
            expect("1966", "launch"),
            expect("1970/..", "export"),
            expect("1988", "stake"),
            expect("2009", "order"),
            expect("2026", "foundry", planned=True),
        ),
    ),
    Text(
        "selka-2-mission",
        "mission summary",
        None,
        """SELKA-2 - MISSION SUMMARY

Mission type: Lunar orbiter | Operator: Aurelian Space Agency (ASA)
Mass at launch: 1,812 kg | Orbit: 100 km polar | Status: operational

Selka-2 was approved in 2016 as the agency's second lunar mission. It was launched on
9 November 2021 aboard a Vesta-4 rocket from the Kiruna-Ost range and entered lunar orbit on
14 December, after a 35-day cruise. After commissioning, science operations began on
2 January 2022.

The orbiter carries a stereo camera, an ice-mapping radar and a neutron spectrometer. It has
returned some 90 terabytes of data, including the first complete radar map of the south
polar craters, which was released in May 2023.

One of the four reaction wheels failed on 18 August 2023. Controllers switched to a hybrid
mode using the three remaining wheels and the thrusters two days later, and normal
observations resumed about two weeks after that.

Fuel now limits the mission. The spacecraft fires its thrusters roughly every 28 days to hold
its orbit, and controllers plan a controlled impact on the far side in about March 2027. Its
successor, the lander Selka-3, is scheduled for launch in 2028.

Key numbers
- Images returned: more than 2,040,000
- Radar passes: 11,950
- Mission cost: 312 million euros (2016 prices)

Mission contact: ASA Lunar Programme Office, programme@asa.example""",
        (
            expect("2016", "approv"),
            expect("2021-11-09", "launch"),
            expect("2021-12-14", "orbit"),
            expect("2022-01-02", "science"),
            expect("2023-05", "map"),
            expect("2023-08-18", "wheel"),
            expect("2023-08-20", "hybrid"),
            expect("2023-09-03~", "resum"),
            expect("2027-03~", "impact", planned=True),
            expect("2028", "selka-3", planned=True),
        ),
    ),
    Text(
        "hosepipe-restrictions-lifted",
        "government statement",
        date(2024, 5, 8),
        """MINISTRY OF WATER AND ENVIRONMENT
Statement No. 2024/117
Wednesday 8 May 2024

Hosepipe restrictions to be lifted

The Ministry of Water and Environment announces that the temporary use restrictions in force
in the Eastern and Southern supply zones since 2 April will be lifted on Monday 13 May.

The restrictions were imposed after the Ministry declared a drought in the two zones on
27 March, following the driest winter since 1976.

Reservoir storage has recovered to 78 per cent of capacity after heavy rainfall between 20
and 28 April. Groundwater levels remain below normal in the Southern zone, and the Ministry
asks customers there to keep using water carefully.

The Minister, Ruth Okonjo-Hale, will visit the Tallow Reservoir and the Brack treatment works
on Friday to thank staff who kept supplies running through the dry months.

Households and businesses that have sunk private boreholes must register them with the
Ministry by 30 June, as required under the Water Resources Act 1991. Registration is free and
can be completed online.

The National Water Strategy, adopted in 2019, remains the basis of the Ministry's policy. A
review of the strategy is expected to be published in the autumn.

Water companies test supplies every day and publish their results each week.

Ends.

Notes to editors: Press Office, 020 7946 0115, press@water.gov.example""",
        (
            expect("2024-04-02/..", "restriction"),
            expect("2024-05-13", "lift", planned=True),
            expect("2024-03-27", "drought"),
            expect("2024-04-20/2024-04-28", "rain"),
            expect("2024-05-10", "visit", planned=True),
            expect("../2024-06-30", "borehole", planned=True),
            expect("2019", "strategy"),
        ),
    ),
    Text(
        "alder-street-library",
        "HTML news page",
        date(2024, 10, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Alder Street library to reopen after refit | Hallam Courier</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Alder Street library to reopen after two-year refit</h1>
<p class="byline">By Priya Castell, Local Democracy Reporter</p>
<time datetime="2024-10-03">Thursday 3 October 2024</time>
<p>The Alder Street library, closed since 14 September 2022, will reopen to readers on
Saturday, the city council has confirmed.</p>
<p>The Grade II listed building opened in 1904 with money from the shipowner Edwin Hallam and
was extended in 1937 and 1968. The 6.8 million pound refit by contractor Pell &amp; Gray
started in January 2023, four months later than planned, after asbestos was found in the
roof.</p>
<p>Councillor Mei Lindqvist, cabinet member for culture, said: "This is the busiest branch
we have, and people have waited long enough. The children's room alone is twice the size it
was."</p>
<p>A formal ceremony with the Lord Mayor is planned for 12 November. The council also
confirmed that the Tenter Lane branch, which shut in 2020, will not reopen.</p>
<figure><img src="/img/alder-st-2021.jpg" alt="Scaffolding on the library">
<figcaption>The library under scaffolding. Photo: Hallam Courier</figcaption></figure>
<p>Opening hours will be 9am to 6pm, Monday to Saturday, with late opening until 8pm every
Thursday.</p>
</article>
<footer>&copy; 2024 Hallam Courier Ltd. Registered in England 04120877.</footer>
</body>
</html>""",
        (
            expect("2022-09-14/..", "clos"),
            expect("2024-10-05", "reopen", planned=True),
            expect("1904", "open"),
            expect("1937", "extend"),
            expect("1968", "extend"),
            expect("2023-01", "refit"),
            expect("2024-11-12", "ceremony", planned=True),
            expect("2020", "tenter"),
        ),
    ),
    Text(
        "solane-tsunami-threat",
        "tsunami warning centre message",
        date(2025, 3, 18),
        """ZCZC
WEPA42 PCTW 180412
TSUNAMI THREAT MESSAGE NUMBER 2
CORALINE SEA TSUNAMI WARNING CENTRE
ISSUED AT 0412 UTC TUE 18 MAR 2025

...TSUNAMI THREAT FORECAST...

* AN EARTHQUAKE HAS OCCURRED WITH THESE PRELIMINARY PARAMETERS

  MAGNITUDE      7.6
  ORIGIN TIME    0351 UTC MAR 18 2025
  COORDINATES    8.4 SOUTH 158.9 EAST
  DEPTH          22 KM / 14 MILES
  LOCATION       SOLANE ISLANDS REGION

* HAZARDOUS TSUNAMI WAVES FROM THIS EARTHQUAKE ARE POSSIBLE WITHIN 1000 KM OF THE EPICENTRE
  ALONG THE COASTS OF THE SOLANE ISLANDS AND VANOKA.

* SMALL SEA LEVEL CHANGES OF LESS THAN 0.3 METRES ARE FORECAST FOR MORE DISTANT COASTS.

...RECOMMENDED ACTIONS...

* GOVERNMENT AGENCIES RESPONSIBLE FOR THREATENED COASTAL AREAS SHOULD TAKE ACTION TO INFORM
  AND INSTRUCT ANY COASTAL POPULATIONS AT RISK IN ACCORDANCE WITH THEIR OWN PLANS.

...ESTIMATED TIMES OF INITIAL TSUNAMI ARRIVAL...

  LOCATION        REGION            COORDINATES     ARRIVAL TIME
  -----------------------------------------------------------------
  KELIWA          SOLANE ISLANDS    8.1S 157.2E     0448 UTC MAR 18
  PORT ANSEL      VANOKA            15.5S 167.2E    0637 UTC MAR 18
  TAMERO BAY      NEW TASMIRA       36.8S 174.8E    0015 UTC MAR 19

...HISTORICAL CONTEXT...

* HISTORICAL RECORDS SHOW A DESTRUCTIVE TSUNAMI IN THIS REGION IN 1932 AND A SMALLER ONE IN
  ABOUT 1894.

...NEXT UPDATE...

* THE NEXT MESSAGE WILL BE ISSUED BY 0530 UTC TUE 18 MAR OR SOONER IF THE SITUATION
  WARRANTS.

$$
NNNN""",
        (
            expect("2025-03-18", "earthquake"),
            expect("2025-03-18", "keliwa", planned=True),
            expect("2025-03-18", "ansel", planned=True),
            expect("2025-03-19", "tamero", planned=True),
            expect("1932", "tsunami"),
            expect("1894~", "tsunami"),
            expect("../2025-03-18", "message", planned=True),
        ),
    ),
    Text(
        "harlow-vale-brennan-park",
        "rugby union match report",
        date(2025, 2, 23),
        """Vale edge Brennan Park thriller

Brennan Park 24 Harlow Vale 27

By Gethin Morse | Sunday 23 February 2025

Tomos Rhydderch kicked a penalty from halfway in the 79th minute as Harlow Vale came from
24-13 down to beat Brennan Park on Saturday, their first win at the Park since 2009.

The home side led through tries from wing Sol Adebayo and hooker Rhys Penhale, and a
Penhale try from a lineout drive on 52 minutes looked to have settled it in front of a crowd
of 1,987.

Vale hit back with tries from scrum-half Dafydd Pryce and No 8 Jonah Ellery, both converted
by Rhydderch, who made his debut for the club in 2019 and now has 412 points in the league.

Captain Ellis Maddock, back after a three-week ban for the red card he was shown against
Carrow on 25 January, was outstanding at the breakdown.

"We talked at half-time about staying in the fight," Maddock said. "Tomos does that in
training every Thursday, so nobody was surprised."

When the sides met at the Vale Ground on 12 October, they played out a 19-19 draw in driving
rain.

Vale, founded in 1883, host Kingsmere on Saturday, March 1, and the cup quarter-final at
Dunmore is scheduled for Friday 14 March.

Brennan Park: Adebayo; Kell, Moran, Hughes, Lane; Price, Owusu; ...
Harlow Vale: Jenkins; Roe, Baptiste, Carr, Idris; Rhydderch, Pryce; ...
Referee: Aled Gwynne""",
        (
            expect("2025-02-22", "vale", "brennan"),
            expect("2019", "debut"),
            expect("2025-01-25", "maddock"),
            expect("2024-10-12", "draw"),
            expect("1883", "found"),
            expect("2025-03-01", "kingsmere", planned=True),
            expect("2025-03-14", "dunmore", planned=True),
        ),
    ),
    Text(
        "ardenmoor-green-bonds",
        "bond prospectus summary",
        None,
        """CITY OF ARDENMOOR
EUR 250,000,000 4.250 per cent. Green Bonds due 2034
ISIN: XS2034117788 - Common Code: 203411778

SUMMARY OF THE PROSPECTUS DATED 6 SEPTEMBER 2024

Section A - Introduction and warnings
This summary should be read as an introduction to the Prospectus, which was approved by the
Central Bank of Lorraine as competent authority under Regulation (EU) 2017/1129. Any decision
to invest in the Bonds should be based on the Prospectus as a whole.

Section B - The Issuer
The City of Ardenmoor was incorporated as a municipal borough in 1836 and has been a unitary
authority since 1 April 1996. Its long-term debt has held an A+ rating from Kestrel Ratings
since 2015. The City's budget for the financial year 2024/25 is EUR 1.9 billion.

Section C - The Securities
Offer period: from 9 to 13 September 2024 (inclusive).
Issue Date: on or about 16 September 2024.
Maturity: the Bonds will be redeemed at par on 15 September 2034.
Interest: 4.250 per cent. per annum, payable annually in arrear on 15 September in each
year, the first payment falling on 15 September 2025.
Denomination: EUR 1,000.

Section D - The Offer and use of proceeds
The net proceeds will be applied to the Ardenmoor tramway extension (Line 3), construction
of which began in March 2024 and which is expected to be completed by December 2028.
Application has been made for the Bonds to be admitted to trading on the regulated market of
the Lorraine Stock Exchange with effect from the Issue Date.

Risk factors include changes in central government grants and delays to the tramway works.""",
        (
            expect("1836", "borough"),
            expect("1996-04-01/..", "unitary"),
            expect("2015/..", "rating"),
            expect("2024-09-09/2024-09-13", "offer", planned=True),
            expect("2024-09-16~", "issue", planned=True),
            expect("2034-09-15", "redeem", planned=True),
            expect("2025-09-15", "interest", planned=True),
            expect("2024-03", "construction"),
            expect("../2028-12", "complet", planned=True),
        ),
    ),
    Text(
        "merriwen-log",
        "sea captain's log of 1850s voyages",
        None,
        """LOG OF THE BARQUE MERRIWEN, 412 TONS, OF LIVERPOOL
Josiah Harrowby, Master
(Extracts transcribed for the Mersey Maritime Society. On the flyleaf, in the master's hand:
"Built at Sunderland 1847, Lloyd's A1.")

VOYAGE THE FIRST - LIVERPOOL TOWARDS VALPARAISO, 1853

Date        Lat.      Long.     Wind   Remarks
Mon 7 Mar   -         -         SE     At 6 a.m. weighed anchor in the Mersey & proceeded
                                       to sea. 14 hands all told.
Thurs 10th  47.12 N   9.40 W    NW     Strong gales & heavy sea. Lost the jib boom.
                                       Dist. run 186 miles.
Sat 2 Apr   0.00      27.10 W   ESE    Crossed the Line at noon. Usual ceremonies.
14 May ?    57.30 S   67.20 W   WSW    Rounded Cape Horn, as near as I can reckon on this
                                       day, but the chronometer having stopt I cannot be
                                       certain of it.
Sun 19 Jun  33.02 S   71.38 W   S      Came to anchor in Valparaiso Bay, 104 days out.
                                       Agents inform me we are to load copper & sail for
                                       Swansea on or about the 10th August.

VOYAGE THE SECOND - SWANSEA TOWARDS MELBOURNE, 1855

Wed 4 Apr   -         -         NE     Left the South Dock, Swansea, with 26 passengers &
                                       general cargo.
Fri 6th     49.40 N   7.15 W    N      Mate W. Tregear put in irons for drunkenness, the
                                       second time this voyage.
Mon 23 Jul  38.18 S   144.38 E  W      Made Port Phillip Heads at daybreak & took the pilot
                                       aboard. Pumps worked every watch since the Cape.

(Spellings and abbreviations as in the original.)""",
        (
            expect("1847", "built"),
            expect("1853-03-07", "anchor"),
            expect("1853-03-10", "jib"),
            expect("1853-04-02", "line"),
            expect("1853-05-14?", "horn"),
            expect("1853-06-19", "valparaiso"),
            expect("1853-08-10~", "sail", planned=True),
            expect("1855-04-04", "swansea"),
            expect("1855-04-06", "tregear"),
            expect("1855-07-23", "phillip"),
        ),
    ),
    Text(
        "craigmoss-dam",
        "dam's construction history",
        None,
        """Craigmoss Dam: how it was built

Dunvale Water Heritage Trust - site guide, section 2

The idea of damming the Craig Water was first proposed by the Dunvale Water Board in 1912,
but the scheme was shelved during the First World War and revived in 1946, when the city's
demand for water outgrew the old Loch Arnie supply.

Parliament approved the scheme in March 1949. Excavation of the foundations began in May
1950, and the first concrete was poured on 4 October 1951. At the peak of construction some
1,400 men lived in a camp of timber huts at Kinloss Bridge; nine of them died in accidents on
the site, and they are remembered on a plaque at the east abutment.

The valley, including the hamlet of Auchterbeg, was flooded between 8 January and 30 April
1956, and the dam was formally opened by the Minister of Power, Alan Ferris, on 22 June 1957.
The 58-metre concrete gravity wall holds back 1,120 million cubic metres of water and was the
tallest dam built in the region since the 1930s.

Craigmoss has been a listed structure since 2003. Engineers inspect the wall and its
galleries every ten years.

A new auxiliary spillway is to be built between 2026 and 2028 to meet current flood
standards. The road across the crest will close on 2 March 2026, when the work starts, and
a signed diversion by Glen Arnie will add about 12 miles to the journey.

The Trust's visitor centre at the west abutment is open daily from Easter to October.""",
        (
            expect("1912", "propos"),
            expect("1946", "reviv"),
            expect("1949-03", "parliament"),
            expect("1950-05", "excavation"),
            expect("1951-10-04", "concrete"),
            expect("1956-01-08/1956-04-30", "flood"),
            expect("1957-06-22", "open"),
            expect("2003/..", "listed"),
            expect("2026/2028", "spillway", planned=True),
            expect("2026-03-02", "road", planned=True),
        ),
    ),
    Text(
        "estmark-customs-notice-47",
        "customs authority notice",
        None,
        """REVENUE AND CUSTOMS AUTHORITY OF ESTMARK

Customs Notice 47/2025
Postal and express consignments: electronic declarations
Published: 4 June 2025

1. What this notice is about
1.1 This notice explains changes to the customs clearance of postal and express
consignments. It replaces Customs Notice 12/2019.

2. Electronic declarations
2.1 From 1 July 2025, every postal or express consignment entering Estmark must be covered
by an electronic declaration lodged through the CLEAR portal before the goods arrive.
2.2 A transition period will run from 1 July to 31 August, during which the Authority will
still accept the paper form C-88 for consignments worth less than 150 euros.

3. Registration
3.1 Postal operators and express carriers must register on the CLEAR portal no later than
15 August 2025. Registration normally takes about ten working days.

4. Low-value relief
4.1 The relief from import VAT for goods worth 22 euros or less, in force since 1 January
2021, will be withdrawn on 30 September 2025.

5. Background
5.1 These changes follow a public consultation held from 10 February to 21 March 2025 and
implement Council Regulation (EU) 2024/1183.

6. Contact
6.1 Customs Helpline: 0300 200 3700, Monday to Friday, 8am to 6pm.
6.2 Your rights and obligations: see Notice 1000.""",
        (
            expect("2025-07-01/..", "electronic", planned=True),
            expect("2025-07-01/2025-08-31", "transition", planned=True),
            expect("../2025-08-15", "regist", planned=True),
            expect("2021-01-01/..", "relief"),
            expect("2025-09-30", "withdraw", planned=True),
            expect("2025-02-10/2025-03-21", "consultation"),
        ),
    ),
    Text(
        "little-ashby-minutes",
        "parish council's HTML minutes page",
        None,
        """<html>
<head><title>Minutes - 10 September 2024 | Little Ashby Parish Council</title></head>
<body>
<h1>Little Ashby Parish Council</h1>
<h2>Minutes of the meeting held on Tuesday 10 September 2024 at 7.30pm, Village Hall</h2>
<p><strong>Present:</strong> Cllrs J. Pettigrew (Chair), R. Osei, M. Hartley, D. Fenwick.
Clerk: S. Norbury. Two members of the public.</p>
<h3>24/61 Apologies</h3>
<p>Cllr A. Kaur.</p>
<h3>24/62 Minutes</h3>
<p>The minutes of the previous meeting were approved and signed as a true record.</p>
<h3>24/63 Clerk's report</h3>
<ul>
<li>The bench on Church Green was vandalised on or about 24 August; police reference
1408-2024.</li>
<li>The defibrillator at the Village Hall, installed in 2018, will be replaced by 31 October
under the county grant scheme.</li>
<li>The Harvest Fair on Saturday 7 September raised &pound;1,240 for the churchyard wall
fund.</li>
</ul>
<h3>24/64 Play area</h3>
<p>Resolved: the play area will be closed from 14 to 18 October for resurfacing. Cllr
Hartley to arrange notices.</p>
<h3>24/65 Planning</h3>
<p>24/01987/FUL, Orchard Barn, Mill Road: no objection.</p>
<h3>24/66 Chair's announcements</h3>
<p>Cllr Pettigrew, a member of the council since 2011, thanked the volunteers of the litter
pick, which is held on the first Sunday of every month.</p>
<h3>24/67 Date of next meeting</h3>
<p>Tuesday 8 October 2024 at 7.30pm, Village Hall.</p>
<p>The meeting closed at 8.52pm.</p>
</body>
</html>""",
        (
            expect("2024-08-24~", "bench"),
            expect("2018", "defibrillator", "install"),
            expect("../2024-10-31", "defibrillator", "replace", planned=True),
            expect("2024-09-07", "fair"),
            expect("2024-10-14/2024-10-18", "play", planned=True),
            expect("2011/..", "pettigrew"),
            expect("2024-10-08", "meeting", planned=True),
        ),
    ),
    Text(
        "osterley-sanction",
        "medical board fitness-to-practise decision",
        None,
        """MEDICAL PRACTITIONERS TRIBUNAL
Fitness to Practise Panel - Determination on Sanction

Doctor:               Dr Farid OSTERLEY
Registration number:  6093412
Case number:          3381/2023
Determination dated:  19 December 2024

Background

1. Dr Osterley qualified from the University of Carrick in 2006 and was entered on the
Specialist Register in anaesthesia in 2014. At the time of the events he worked as a
consultant anaesthetist at Westmere General Hospital.

2. Between March and September 2021 Dr Osterley prescribed controlled drugs, including
oxycodone, to three members of his family without keeping any record. On 11 November 2021 a
community pharmacist raised a concern with the hospital's Responsible Officer, who referred
the matter to the Council in January 2022.

3. Interim conditions have applied to Dr Osterley's registration since 4 February 2022. He
has complied with them fully.

The hearing

4. The Tribunal sat from 2 to 6 December 2024. Dr Osterley admitted all the facts alleged,
and the Tribunal found his fitness to practise impaired by reason of misconduct.

Sanction

5. The Tribunal considered erasure but concluded that it would be disproportionate, having
regard to Dr Osterley's insight, his remediation and the guidance in Good Medical Practice
(2013), paragraph 16.

6. The Tribunal determined that Dr Osterley's registration be suspended for nine months.
Unless he appeals, the suspension will take effect on 16 January 2025.

7. A review hearing will be held no later than 15 October 2025. At that hearing Dr Osterley
will be expected to show that he has completed a course in prescribing ethics.""",
        (
            expect("2006", "qualif"),
            expect("2014", "specialist"),
            expect("2021-03/2021-09", "drug"),
            expect("2021-11-11", "pharmacist"),
            expect("2022-01", "refer"),
            expect("2022-02-04/..", "condition"),
            expect("2024-12-02/2024-12-06", "tribunal"),
            expect("2025-01-16", "suspension", planned=True),
            expect("../2025-10-15", "review", planned=True),
        ),
    ),
    Text(
        "holloway-bridge-glassworks",
        "glassworks' history",
        None,
        """Holloway Bridge Glassworks: a short history

Glass has been made at Holloway Bridge since about 1690, using sand dug from the river
terraces and coal brought down the valley by packhorse.

The first glasshouse on record belonged to the Huguenot Pierre Davoult, who leased the
riverside plot from the lord of the manor in 1702. A brick cone furnace, 24 metres high, was
raised in 1764; it collapsed in a storm in 1811 and was rebuilt two years later. The rebuilt
cone is the one that still dominates the site.

The Ashcombe family bought the works around 1838 and ran it until 1921, when it was sold to
the newly formed Holloway Crystal Ltd. Under the Ashcombes the works added pressed tableware,
introduced c. 1860, to its blown and cut glass. Pattern No. 1744, a ribbed tumbler, became
its best seller and was copied by rivals across the country.

Holloway Crystal made lighting glass and laboratory ware for most of the twentieth century.
The works closed on 30 June 1982, the last of the town's five glasshouses, and reopened as a
museum and studio in 1990.

Today the museum welcomes some 40,000 visitors a year. Glassblowing demonstrations are given
every afternoon except Mondays, and the studio takes commissions for 1,200 to 1,500 pieces a
year.

Holloway Bridge Glassworks Museum, Riverside, Holloway Bridge. Registered charity 1018832.""",
        (
            expect("1690~/..", "glass"),
            expect("1702", "lease"),
            expect("1764", "furnace"),
            expect("1811", "collapse"),
            expect("1813", "rebuil"),
            expect("1838~", "ashcombe"),
            expect("1921", "crystal"),
            expect("1860~", "pressed"),
            expect("1982-06-30", "clos"),
            expect("1990", "museum"),
        ),
    ),
    Text(
        "st-ebbas-admissions-letter",
        "university admissions calendar letter",
        date(2024, 11, 21),
        """St Ebba's College, University of Carrick
Admissions Office - Porters' Lodge - Carrick CA2 1EB
admissions@stebbas.example - 01632 960 482

21 November 2024

Applicant ID: 24-118-0735

Dear Ms Adeyemi,

Application for Natural Sciences (course code C100)

Thank you for your application, which we received on 4 November. I am pleased to invite you
to interview, and this letter sets out the dates you will need for the rest of the
admissions round.

Interviews for Natural Sciences will take place online from 9 to 13 December. Please confirm
your preferred interview slot through the applicant portal by Friday; if we do not hear from
you, we will allocate one.

Decisions will be released through the portal on 15 January. If you receive an offer, you
must reply to it by 6 June 2025. Offers are conditional on examination results, which are
normally published in mid-August.

If you accept and meet the conditions, you will be expected to arrive for induction week,
which starts on Monday 29 September 2025. Full Term begins on Monday 6 October.

St Ebba's has admitted women since 1879 and today has some 640 undergraduates. Our open
days, held every March and July, are a good chance to meet current students.

We look forward to meeting you.

Yours sincerely,

Dr Helen Marchbank
Tutor for Admissions""",
        (
            expect("2024-11-04", "application"),
            expect("2024-12-09/2024-12-13", "interview", planned=True),
            expect("../2024-11-22", "confirm", planned=True),
            expect("2025-01-15", "decision", planned=True),
            expect("../2025-06-06", "reply", planned=True),
            expect("2025-09-29", "induction", planned=True),
            expect("2025-10-06", "term", planned=True),
            expect("1879/..", "women"),
        ),
    ),
    Text(
        "margit-solberg-obituary",
        "obituary",
        date(2025, 6, 4),
        """Margit Solberg, violinist, 1934-2025

By Kari Ness | Wednesday 4 June 2025

Margit Solberg, who led the Nordvik Chamber Orchestra for more than two decades and gave its
string sound a warmth that critics abroad came to call "the Nordvik glow", died at her home in
Bergholt on Sunday. She was 91.

She was born in Tromvik on 2 February 1934, the daughter of a ship's carpenter, and learned
the violin from the organist of the village church.

She joined the orchestra in 1956 as a second violin and led it from 1968 to 1990, taking it
from a part-time ensemble of fishermen's sons and music teachers to one of the most recorded
chamber orchestras in Scandinavia.

She married the cellist Arne Holt in 1959; he died in 2002. Her recordings of the Brenner
sonatas, made in 1971 and 1979, are still regarded as the finest of the cycle.

Colleagues remembered her discipline: she practised for four hours every morning, and she
was known to send back a soloist's part with 200 bowings marked in pencil.

"She never raised her voice," said the orchestra's present leader, Jonas Eide. "She did not
need to."

A memorial concert will be held at the Nordvik Concert House on 21 June, and her memoir, The
Second Desk, will be published in September.

She is survived by her son, Anders, and two grandchildren.""",
        (
            expect("2025-06-01", "solberg"),
            expect("1934-02-02", "born"),
            expect("1956", "join"),
            expect("1968/1990", "orchestra"),
            expect("1959", "marri"),
            expect("2002", "holt"),
            expect("1971", "record"),
            expect("1979", "record"),
            expect("2025-06-21", "memorial", planned=True),
            expect("2025-09", "memoir", planned=True),
        ),
    ),
)
