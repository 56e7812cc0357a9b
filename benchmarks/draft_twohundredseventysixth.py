"""The two-hundred-and-seventy-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a borough's skip permit
notice, a tchoukball match report, a borax works release, a carter's day book of the 1900s, a
corncrake survey, a teddy bear maker's history, a postal services minister's statement, a crazy
golf course's HTML page, a pedicab licence decision, a tapestry weaving history and a euchre
drive fixtures card. The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of
the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYSIXTH_CORPUS",)


TWOHUNDREDSEVENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "vorskala-ferry-grounding",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VORSKALA, March 12 (Meridian Newswire) - A passenger and cargo ferry ran aground on a
sandbank off the island of Vorskala on Monday night, and salvage crews were still working to
stabilise the vessel, the regional maritime authority said.

All 212 passengers were taken off by lifeboat early on Tuesday. Nobody was seriously hurt,
a spokesman for operator Ostmar Line said.

Salvage crews will attempt to refloat the Kestrel Dawn on Friday at high tide. Ostmar said
service on the Vorskala route is to resume on March 20 with a chartered replacement ship.

The 118-metre ferry was built in 2003 at a yard in Gdynia and struck a pier at Halmstrand in
2016, when 14 people were injured. The maritime authority said it had last inspected the
ship on Feb. 27 and found no defects.

"We will not speculate on the cause until the investigators have done their work," Ostmar
chief executive Henrik Aalto told reporters in the harbour town of Nessby.

The accident is the most serious on the route since 1994. Ostmar has operated the Vorskala
crossing since 1997 and carries about 600,000 passengers a year.

A government inquiry into the grounding is expected to report by June 30, the transport
ministry said in a statement.

(Reporting by Anja Reval; Editing by Tom Birkett)""",
        (
            expect("2025-03-10", "ferry", "aground"),
            expect("2025-03-11", "passengers"),
            expect("2025-03-14", "refloat", planned=True),
            expect("2025-03-20", "service", "resum", planned=True),
            expect("2003", "built"),
            expect("2016", "pier"),
            expect("2025-02-27", "inspect"),
            expect("1997/..", "ostmar", "operated"),
            expect("../2025-06-30", "inquiry", "report", planned=True),
        ),
    ),
    Text(
        "brenvallo-assembly-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brenvallo Robotics opens assembly plant in Haldermoor

HALDERMOOR, 4 June 2025 - Brenvallo Robotics AB today opened its new assembly plant in the
Haldermoor business park, the company's largest investment to date.

Construction of the 22,000-square-metre plant began in March 2023, and the first warehouse
robots were shipped from the site on 19 May. Full production of 4,000 units a year is
expected by the end of 2026. A second assembly hall is scheduled to open in September 2027
and would add a further 150 jobs.

"Haldermoor gives us the room to grow that we never had in Tessby," said chief executive
Sanna Brenvall. "Our customers have waited for this capacity."

Founded in 2009 in a garage in Tessby, Brenvallo moved into its first factory the following
year. It has supplied the Norrvik automotive group since 2018 and now sells to logistics
firms in eleven countries. The company employs around 600 people, up from about 240 in 2020.

Brenvallo will report its half-year results on 21 August.

About Brenvallo Robotics
Brenvallo Robotics AB designs and builds autonomous mobile robots for warehouses and
factories. The company is headquartered in Haldermoor and listed on the Nordic Growth Market
(ticker BRNV).

Media contact
Lina Oskarsson, Head of Communications
press@brenvallo.example | +46 31 555 0147

(c) 2025 Brenvallo Robotics AB. All rights reserved.""",
        (
            expect("2025-06-04", "plant", "open"),
            expect("2023-03", "construction"),
            expect("2025-05-19", "robots", "shipped"),
            expect("../2026", "production", planned=True),
            expect("2027-09", "hall", planned=True),
            expect("2009", "founded"),
            expect("2010", "factory"),
            expect("2018/..", "norrvik"),
            expect("2025-08-21", "results", planned=True),
        ),
    ),
    Text(
        "corvall-pemberton-mill-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

CORVALL HOLDINGS, LLC, Appellant,
v.
PEMBERTON MILL TENANTS ASSOCIATION, Respondent.

No. 58211-4-II

OPINION

HASKETT, J. - Corvall Holdings appeals a judgment holding that it unlawfully terminated
the tenancies of eleven members of the Pemberton Mill Tenants Association. We affirm.

I. FACTS

The Pemberton Mill, which ceased operation in 1948 (the record is uncertain on this point),
was converted to apartments circa 1952. The master lease at issue was executed on or about
April 3, 2017.

Tenants first complained of heating failures in November 2021. Rather than make repairs,
Corvall served notices of termination on February 8, 2022. The tenants filed suit two weeks
later, alleging retaliation under section 42-118 of the Residential Tenancies Act, which was
enacted in 1989.

After a bench trial held from June 5 to June 8, 2023, the trial court found the notices
retaliatory and entered judgment for the tenants on August 30, 2023. It ordered the heating
system repaired; the record shows that the repairs were completed by December 31, 2023.

II. ANALYSIS

A landlord may not serve a notice of termination within ninety days after a tenant's good
faith complaint. Corvall argues that the complaints were not made in good faith because some
tenants were behind on rent. But the trial court found otherwise, and substantial evidence
supports that finding. Corvall's remaining arguments were not raised below, and we decline
to consider them. See Rule of Appellate Procedure 2.5.

III. CONCLUSION

We affirm the judgment and award the tenants their reasonable attorney fees on appeal.

HASKETT, J.
We concur: MORALES, C.J.; PRITCHARD, J.""",
        (
            expect("1948?", "mill", "ceased"),
            expect("1952~", "converted"),
            expect("2017-04-03~", "lease", "execut"),
            expect("2021-11", "complain"),
            expect("2022-02-08", "notices"),
            expect("2022-02-22", "suit"),
            expect("1989", "enacted"),
            expect("2023-06-05/2023-06-08", "trial"),
            expect("2023-08-30", "judgment"),
            expect("../2023-12-31", "repairs", "complet"),
        ),
    ),
    Text(
        "quellmarsh-town-history",
        "encyclopedia history",
        None,
        """Quellmarsh

Quellmarsh is a market town and former port on the estuary of the river Dane, and the
administrative centre of the Quellmarsh district.

History

Quellmarsh was first recorded as a fishing settlement c. 1140, when the monks of Hollin
Priory were granted its tithes of herring. It received a market charter in 1286 and, with
its sheltered harbour, grew into one of the busiest wool ports on the coast.

The town was burned by raiders in 1412 and again in 1437. The Guildhall, probably built in
1530, is the oldest surviving secular building; the parish church of St Olave is largely
of the 15th century.

As the harbour silted up, trade moved inland. A canal to Dornby was cut between 1791 and
1796, and the railway arrived in 1858, bringing the tanneries and the boot trade for which
the town was later known. The population grew faster in the 1860s than in any decade since.

Quellmarsh has been the seat of the Quellmarsh district since 1974, when the old borough was
merged with eleven surrounding parishes.

The town holds a herring fair every year in September, a custom said to date from the
charter. A new deep-water port at Saltings Point, east of the town, is planned to open in
2028.

See also
- Hollin Priory
- Dane Navigation

References
1. Pryor, M. (1987). A History of Quellmarsh. Dornby: Estuary Press. p. 41.""",
        (
            expect("1140~", "settlement"),
            expect("1286", "market", "charter"),
            expect("1412", "burned"),
            expect("1437", "burned"),
            expect("1530?", "guildhall"),
            expect("1791/1796", "canal"),
            expect("1858", "railway"),
            expect("1974/..", "seat"),
            expect("2028", "port", planned=True),
        ),
    ),
    Text(
        "harlowmere-athletic-brackwater",
        "sports report",
        date(2025, 10, 19),
        """Harlowmere Athletic 3 Brackwater Town 1

Fenner double lifts Harlowmere into play-off places

By Gareth Moyle at the Kilnfield

Harlowmere Athletic beat Brackwater Town 3-1 on Saturday, their first home league win over
their neighbours since August 2023, with Dayo Fenner scoring twice in the second half.

Brackwater had led through Cal Ruddock's header after 17 minutes, and their visiting fans,
whose side last won away on 14 September at Tolley, sensed another upset. But Fenner, who
joined from Ostley in January, levelled with a low shot on 58 minutes and turned in Rhys
Amadi's cross eight minutes later. Substitute Joe Lark added the third in stoppage time.

Fenner missed six weeks of the season after breaking a bone in his foot on 2 August. "He's
the difference for us," said manager Ines Kovac, who was appointed in May 2024 and led the
club to the play-offs in her first season. Harlowmere, promoted in 2022, are now fifth.

Brackwater boss Neil Hardie said: "We switched off. We gave them two goals and you can't
do that at this level."

Harlowmere host Cressing Rovers on Tuesday night and then travel to Mardale on Saturday 25
October. The club's new East Stand, with 1,800 seats, is due to open on or around 1
December.

Harlowmere: Price; Doyle, Okon, Sharpe, Hale; Amadi, Burke (Lark 80), Vance; Tully, Fenner,
Nwosu.
Brackwater: Innes; Cole, Ruddock, Marsh, Pike; Lowe, Grant, Fry (Watts 71); Keane, Shaw,
Dean.
Referee: P. Glover. Attendance: 4,212.""",
        (
            expect("2025-10-18", "harlowmere", "brackwater"),
            expect("2025-09-14", "brackwater", "won"),
            expect("2025-01", "fenner", "joined"),
            expect("2025-08-02", "foot"),
            expect("2024-05", "kovac", "appointed"),
            expect("2022", "promoted"),
            expect("2025-10-21", "cressing", planned=True),
            expect("2025-10-25", "mardale", planned=True),
            expect("2025-12-01~", "stand", planned=True),
        ),
    ),
    Text(
        "pellingham-rope-works",
        "company history",
        None,
        """Our History

Pellingham Brothers Ltd - Rope and Twine Makers since 1868

Pellingham Brothers was founded in 1868 by Amos and Reuben Pellingham, the sons of a
Tideford sailmaker, who began spinning hemp rope in a rented ropewalk beside the harbour.
Their rope was soon in demand with the herring fleet, and in 1874 the brothers moved to the
Wharf Street works, where a covered ropewalk a quarter of a mile long was built.

The business became a limited company in 1899 and opened a London office in Tooley Street the
following year. Reuben's son Walter ran the works for more than thirty years and installed
steam-driven spinning machines in 1912.

From 1940 to 1945 the works made cargo nets, lifelines and camouflage netting for the
Admiralty, employing more than 300 people at its height. Around 1958 the firm began using
nylon, and the hemp shed was closed soon afterwards.

Pellingham Brothers was acquired by the Strand Cordage Group in 1987 but kept its name and
its family of skilled spinners. When the Wharf Street site was sold for housing, production
moved to a modern unit on Marlow Lane, where the company has been based since 2004.

Today Pellingham makes rope for yachts, theatres, zoos and garden designers. Every spring the
firm supplies the new bell ropes for the ringers of St Clement's, Tideford, a tradition older
than anyone can remember.

A museum of rope making is scheduled to open in the old Wharf Street ropewalk in 2026, with
a working spinning jenny on loan from the company.

Pellingham Brothers Ltd, Unit 4, Marlow Lane, Tideford. Registered in England No. 00061822.""",
        (
            expect("1868", "founded"),
            expect("1874", "wharf", "moved"),
            expect("1899", "limited", "company"),
            expect("1900", "london", "office"),
            expect("1912", "steam"),
            expect("1940/1945", "nets"),
            expect("1958~", "nylon"),
            expect("1987", "acquired"),
            expect("2004/..", "marlow"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "ardenne-lunar-orbiter-summary",
        "mission summary",
        None,
        """VELTRAN SPACE AGENCY - MISSION SUMMARY
ARDENNE-3 Lunar Polar Orbiter

Last updated: 3 June 2025

Overview
ARDENNE-3 maps water ice and surface temperature in the permanently shadowed craters near the
lunar south pole. The mission was selected in 2017 as the third of the agency's small
science missions.

Mission timeline
ARDENNE-3 was launched on 14 February 2023 on a Corsa-M rocket from Saro Point. After a
sixteen-day transfer it entered lunar orbit on March 2, and science operations began about
two weeks later, once the radiometer had been cooled.

On 9 November 2023 one of the four reaction wheels failed; the spacecraft is now controlled
with the remaining three and its thrusters. The primary mission ended on 31
December 2024. An extended mission, approved in October 2024, will concentrate on the
Shackleton and Faustini craters.

Status
The orbiter is healthy but its propellant is limited. It is expected to be deorbited no later
than March 2027, with a controlled impact planned on the far side.

Data
Calibrated data are archived at the Veltran Planetary Data Centre. The third data release is
scheduled for 15 July 2025.

Key facts
Mass at launch: 412 kg
Orbit: 50 x 1,800 km, polar
Instruments: thermal radiometer, neutron spectrometer, narrow-angle camera
Mission ID: VSA-SCI-2017-03""",
        (
            expect("2017", "selected"),
            expect("2023-02-14", "launched"),
            expect("2023-03-02", "orbit"),
            expect("2023-03-16~", "science", "operations"),
            expect("2023-11-09", "reaction", "wheel"),
            expect("2024-12-31", "primary", "ended"),
            expect("2024-10", "extended", "approved"),
            expect("../2027-03", "deorbit", planned=True),
            expect("2025-07-15", "data", "release", planned=True),
        ),
    ),
    Text(
        "calvenia-drought-order",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press Statement | 22 September 2025 | Ref. MWE/PS/2025/114

Minister signs drought order for the eastern basin

The Minister of Water and Environment, Dr. Irena Valcic, today signed a drought order for
the eastern river basin, the first such order since 2018.

Reservoir levels in the basin fell below 30 percent of capacity on 5 September. Rainfall in
August was the lowest since 1976. Emergency water tankers were deployed to 14 villages on
10 September, and a public consultation on new drought tariffs closed on 12 September.

Under the order, a ban on the use of hosepipes and the filling of private pools will take
effect from 1 October. Farmers will be allowed to irrigate only at night.

"No household will be left without drinking water," the Minister said. "But every one of us
must use less."

The Minister will meet representatives of the farmers' unions on Thursday to discuss
compensation for lost harvests. The Lowfield desalination plant, which will supply 40
million cubic metres a year, will be completed by the end of 2027.

The National Water Agency has been under the direct supervision of the ministry since 2021.
The last drought order, in 2018, remained in force for seven months.

Note to editors: Data on reservoir levels are updated every Monday on the ministry website.

Press Office, Ministry of Water and Environment""",
        (
            expect("2025-09-22", "drought", "order"),
            expect("2025-09-05", "reservoir"),
            expect("2025-09-10", "tankers"),
            expect("2025-09-12", "consultation"),
            expect("2025-10-01", "ban", planned=True),
            expect("2025-09-25", "farmers", planned=True),
            expect("../2027", "desalination", planned=True),
            expect("2021/..", "supervision"),
            expect("2018", "drought", "order"),
        ),
    ),
    Text(
        "tennick-cross-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tennick Cross library to reopen after flood | Tennick Cross Courier</title>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
  <article>
    <h1>Tennick Cross library to reopen after flood</h1>
    <p class="byline">By Priya Maddox, local democracy reporter
      <time datetime="2025-05-14T09:30">14 May 2025</time></p>
    <p>Tennick Cross library will reopen on Monday 2 June, four months after a burst pipe
      flooded its basement and ruined thousands of books.</p>
    <p>The library closed on 2 February. Volunteers spent 4 and 5 February sorting damaged
      stock, and a mobile library has served the town from the market square since 10
      February.</p>
    <p>Repairs began in March. The council's insurer settled the claim around 20 April,
      paying for new shelving and a dehumidifier system.</p>
    <p>The building opened in 1934 as a gift from the Tennick family and was extended in
      1972. Before the flood it was lending more books than at any time since 2009.</p>
    <p>The council's cabinet is to decide by the end of July whether to add a children's wing
      to the building.</p>
    <figure>
      <img src="/img/library-2025.jpg" alt="Volunteers outside the library">
      <figcaption>Volunteers outside the library on 5 February. Photo: Courier</figcaption>
    </figure>
  </article>
  <footer>
    <p class="updated">Last updated 15 May 2025, 11:02</p>
    <p>&copy; 2025 Tennick Cross Courier Ltd. All rights reserved.</p>
  </footer>
</body>
</html>""",
        (
            expect("2025-06-02", "reopen", planned=True),
            expect("2025-02-02", "library", "closed"),
            expect("2025-02-04", "volunteers"),
            expect("2025-02-05", "volunteers"),
            expect("2025-02-10/..", "mobile", "library"),
            expect("2025-03", "repairs"),
            expect("2025-04-20~", "insurer", "claim"),
            expect("1934", "building", "opened"),
            expect("1972", "extended"),
            expect("../2025-07", "children", planned=True),
        ),
    ),
    Text(
        "wrenhallow-carrow-terrace-skip",
        "skip permit notice",
        None,
        """WRENHALLOW BOROUGH COUNCIL
Highways and Street Works
HIGHWAYS ACT 1980, SECTION 139 - PERMISSION TO DEPOSIT A BUILDER'S SKIP ON THE HIGHWAY

Permit No.: SKP/2025/0418
Date of issue: 4 March 2025
Application received: 27 February 2025
Fee paid: 48.00 GBP (receipt no. 2025-0311)

Permit holder: Dunmore Skip Hire Ltd, Unit 7, Gasworks Lane, Wrenhallow
Registered waste carrier since 2012 (registration CBDU0912)
Location: Carriageway outside 14 Carrow Terrace, Wrenhallow

Period of permit: 10 March 2025 to 23 March 2025

CONDITIONS
1. The skip shall not exceed 6 cubic yards and shall be placed parallel to the kerb.
2. The skip shall be lit from dusk until dawn on every night that it remains on the highway.
3. The skip is to be removed no later than 18:00 on 23 March 2025.
4. The Council's highways inspector will inspect the skip on Wednesday 12 March.

NOTES
Carrow Terrace will be closed to through traffic for resurfacing from 17 March to 21 March;
the permit holder must arrange collection outside those dates or contact the Street Works
team.

A previous permit for this location (SKP/2024/1190) expired on 30 November 2024.
Complaints about a skip left at this address beyond its permit were logged on 2 December
2024 and the holder is reminded of condition 3.

Signed: R. Okafor, Street Works Officer
For and on behalf of Wrenhallow Borough Council

Please display this permit in the window of the property. Enquiries: 01632 960 418.""",
        (
            expect("2025-03-04", "permit", "issue"),
            expect("2025-02-27", "application"),
            expect("2012/..", "waste", "carrier"),
            expect("2025-03-10/2025-03-23", "permit"),
            expect("../2025-03-23", "removed", planned=True),
            expect("2025-03-12", "inspect", planned=True),
            expect("2025-03-17/2025-03-21", "resurfacing", planned=True),
            expect("2024-11-30", "expired"),
            expect("2024-12-02", "complaints"),
        ),
    ),
    Text(
        "veldhaven-falcons-delta-cup",
        "tchoukball match report",
        date(2025, 4, 14),
        """TCHOUKBALL | DELTA CUP FINAL

Falcons keep their nerve to retain Delta Cup

Veldhaven Falcons 71 Oosterbrug Rebounders 64

Veldhaven Falcons retained the Delta Cup on Sunday, beating Oosterbrug Rebounders 71-64 in
a tense final at the Sporthal De Kreek in front of a record crowd of 640.

The Falcons had needed extra points to get past Marken Tigers in Saturday's semi-final, and
they looked tired in the first period, trailing 19-24. But captain Lotte Brink, who took up
the sport about eight years ago after a knee injury ended her volleyball career, scored 23
points, and the Falcons' defence held firm on the rebound in the third period.

"We had nothing left in the legs, so we played with our heads," Brink said. "Oosterbrug made
us suffer."

It is the Falcons' third Delta Cup: they also won it in 2022 and 2024, and their first
final, in 2019, ended in defeat to the same opponents. Tchoukball has been played in
Veldhaven since 1986, when a PE teacher brought the frames back from Geneva.

The national league resumes on 26 April. Coach Ruud Damsma said the national squad for the
European Championships, which take place in Bratislava from 4 to 9 August, would be named by
1 June at the latest.

Scores by period: Falcons 19-24, 38-40, 56-51, 71-64.
Top scorers: Brink 23, Vos 15 (Falcons); De Wit 21, Kramer 14 (Rebounders).""",
        (
            expect("2025-04-13", "falcons", "cup"),
            expect("2025-04-12", "semi"),
            expect("2017~", "brink"),
            expect("2022", "won"),
            expect("2024", "won"),
            expect("2019", "final"),
            expect("1986/..", "tchoukball", "played"),
            expect("2025-04-26", "league", "resum", planned=True),
            expect("2025-08-04/2025-08-09", "european", "championships", planned=True),
            expect("../2025-06-01", "squad", planned=True),
        ),
    ),
    Text(
        "kessling-flat-borax-restart",
        "borax works release",
        None,
        """NEWS RELEASE

Carrowind Minerals Restarts Kessling Flat Borax Refinery

DESERT WELLS, Nev., Nov. 18, 2024 -- Carrowind Minerals Inc. (NYSE: CWM) today announced
that its Kessling Flat borax refinery restarted production on Nov. 15, ending a shutdown of
almost twenty months.

The refinery was idled in March 2023 when borate prices fell. A new lined evaporation pond,
completed in September, and an agreement with the United Mine Workers local reached on Oct.
28 allowed the company to bring back 180 workers.

Output is expected to reach an annual rate of 120,000 tons by June 30, 2025. A boric acid
line, which would supply glass fiber and battery makers, is scheduled to start in 2026.

"Kessling Flat is the heart of this company," said President and CEO Dana Reinholt.
"Bringing it back safely is the best news our people could have had this year."

Carrowind has mined borax at Kessling Flat since 1927; the first refinery on the site was
built circa 1931 and replaced in 1974. Prices for refined borax are now the highest since
2011, according to industry publication Mineral Markets Weekly.

Forward-Looking Statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Contact: Mike Ferrante, Investor Relations, (775) 555-0193

SOURCE Carrowind Minerals Inc.""",
        (
            expect("2024-11-15", "production", "restart"),
            expect("2023-03", "idled"),
            expect("2024-09", "pond"),
            expect("2024-10-28", "agreement"),
            expect("../2025-06-30", "output", planned=True),
            expect("2026", "boric", planned=True),
            expect("1927/..", "mined"),
            expect("1931~", "refinery", "built"),
            expect("1974", "replaced"),
        ),
    ),
    Text(
        "hobday-carter-day-book",
        "carter's day book of the 1900s",
        None,
        """DAY BOOK
J. HOBDAY, CARTER & HAULIER, FENNIMORE LANE, WICKHAMSTEAD
Goods carted, furniture removed, coal & coke delivered

June 1907

Mon. 3rd. Two loads coal from the station yard to Mr Pask's, The Limes. 4s. 0d. Pask to pay
on or about the 24th.

Tues. 4th. Mare lame in near fore. No work. Farrier coming Monday next.

Wed. 5th. Removed Mrs Ellery's furniture from Church Row to the cottage at Tye Green, two
journeys with the long van. 7s. 6d. paid.

Thurs. 6th & Fri. 7th. Carting bricks from Coggin's kiln for the new chapel, 3 loads each day
with the grey cob. Have carted for the chapel trustees since March 1905. To account.

Sat. 8th. Paid Wm. Curtis his wages, 18s. Grey cob wants new shoes. Bought him at Stowmarket
fair about 3 years since for 14 pounds; a good puller still.

Mem. Rent of stable & yard, 2 pounds 10s., paid Mr Gage at Lady Day as usual.

                                  Cash in hand Sat. night: 1 pound 3s. 4d.
                                  Owing: Pask 4s.; chapel trustees 1 pound 1s.

p. 37""",
        (
            expect("1907-06-03", "coal", "pask"),
            expect("1907-06-24~", "pask", "pay", planned=True),
            expect("1907-06-04", "mare", "lame"),
            expect("1907-06-10", "farrier", planned=True),
            expect("1907-06-05", "furniture"),
            expect("1907-06-06/1907-06-07", "bricks"),
            expect("1905-03/..", "chapel", "trustees"),
            expect("1907-06-08", "wages"),
            expect("1904~", "bought"),
        ),
    ),
    Text(
        "marrach-corncrake-survey",
        "corncrake survey",
        None,
        """ISLE OF MARRACH CORNCRAKE SURVEY 2025
Interim report to the Marrach Crofting and Nature Partnership
Report date: 27 June 2025 | Ref. MCNP/CC/25/03 | Prepared by: F. MacInnes, field officer

1. Summary
The survey recorded nine calling male corncrakes, the lowest count since 2012.
The first calling male was heard at Baile Ard on 24 April. Survey visits were made between 20
May and 10 June, when males call most persistently.

2. Methods
Each township was visited twice at night (23:00 to 03:00 BST) and every calling male was
mapped to within 50 m. Birds heard on both visits within 250 m of each other were counted
once.

3. Results
Calling males were concentrated in the iris beds at Tobarn and Baile Ard. A nest with eleven
eggs was found at Tobarn on 2 June during silage preparation; the field was left uncut.

4. Management
Crofters at Tobarn have delayed mowing until August and mown from the centre outwards since
2021 under the agri-environment scheme. Some 2 ha of nettle and iris cover were planted
around 2016 and now hold most of the birds.

5. Background
The species was first recorded on Marrach in 1894. The last complete census of the island,
in 2014, found 17 males.

6. Next steps
A second count is scheduled for 8 to 12 July. The final report is to be submitted to the
Partnership by 31 October.""",
        (
            expect("2025-04-24", "first", "calling"),
            expect("2025-05-20/2025-06-10", "survey"),
            expect("2025-06-02", "nest"),
            expect("2021/..", "mowing"),
            expect("2016~", "nettle"),
            expect("1894", "first", "recorded"),
            expect("2014", "census"),
            expect("2025-07-08/2025-07-12", "second", "count", planned=True),
            expect("../2025-10-31", "final", "report", planned=True),
        ),
    ),
    Text(
        "bramwell-tibb-bear-makers",
        "teddy bear maker's history",
        None,
        """Bramwell & Tibb: A Short History of the Corsley Bears

Bramwell & Tibb was founded in 1911 by Edith Bramwell, a milliner's widow, and her cousin
Arthur Tibb in two rooms above a saddler's shop in Frome Street. Their first jointed bear,
with boot-button eyes and a growler made from a bellows, was sold through a toyshop in the
arcade in December 1912, and orders followed from as far away as Bristol.

The workshop closed from 1916 to 1919, when its sewing machines were turned over to making
kit bags. In 1923 the firm moved to a disused woollen mill at Corsley and, two years later,
registered the "Tibby" trademark, with its familiar embroidered paw label.

Mohair was replaced by synthetic plush around 1960, a change that many collectors still
regret, although it allowed bears to be washed for the first time. The date of the
management buyout that ended the Tibb family's control is variously given, but it was
probably 1978.

The Corsley mill has been a listed building since 1995 and is open to visitors on the first
Saturday of each month. Bramwell & Tibb bears of the 1920s now sell at auction for far more
than any British bear of their size.

A limited reissue of the 1923 Corsley bear, using original patterns found in the mill attic,
is planned for 2027.

Bramwell & Tibb Ltd, The Mill, Corsley. Text (c) Bramwell & Tibb 2024.""",
        (
            expect("1911", "founded"),
            expect("1912-12", "bear", "sold"),
            expect("1916/1919", "workshop", "closed"),
            expect("1923", "moved"),
            expect("1925", "trademark"),
            expect("1960~", "plush"),
            expect("1978?", "buyout"),
            expect("1995/..", "listed"),
            expect("2027", "reissue", planned=True),
        ),
    ),
    Text(
        "lanmore-rural-post-offices",
        "postal services minister's statement",
        None,
        """DEPARTMENT FOR POSTAL SERVICES
Written ministerial statement
Rural Post Office Network Plan
Made on: 9 January 2026 | Statement UIN HCWS214

The Minister for Postal Services (Ms Carys Lanmore):

Today I am publishing the Rural Post Office Network Plan, which sets out how the Government
will keep a post office within three miles of every rural household.

Between 2019 and 2024, 312 rural branches closed, most of them when a sub-postmaster retired
and no successor could be found. The review of the rural network that I commissioned in June
2025 heard from more than 4,000 people, and its findings are published alongside this
statement.

From 1 April, no rural branch will be able to close without a six-month public
consultation. Sunday collections from rural postboxes, which are used by fewer than two
percent of customers, will end on 28 February, and the savings will fund a new mobile
counter service.

The price of a first-class stamp rose on 5 January. I know this was unwelcome, but the
increase was the smallest since 2020.

The universal service obligation, in place since 1969, remains the foundation of our postal
system, and nothing in this plan weakens it. Legislation to protect branch funding will be
introduced no later than 30 June.

I will meet the National Federation of Sub-Postmasters on Tuesday to discuss the
remuneration of branches in sparsely populated areas.

I will place copies of the Plan in the Libraries of both Houses.""",
        (
            expect("2026-01-09", "plan", "publish"),
            expect("2019/2024", "branches", "closed"),
            expect("2025-06", "review", "commissioned"),
            expect("2026-04-01", "consultation", planned=True),
            expect("2026-02-28", "collections", planned=True),
            expect("2026-01-05", "stamp"),
            expect("1969/..", "universal", "service"),
            expect("../2026-06-30", "legislation", planned=True),
            expect("2026-01-13", "federation", planned=True),
        ),
    ),
    Text(
        "skelbrook-pirate-cove-golf",
        "crazy golf course HTML page",
        date(2025, 5, 7),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pirate Cove Crazy Golf | Skelbrook Sands</title>
</head>
<body>
  <header>
    <h1>Pirate Cove Crazy Golf</h1>
    <p class="tagline">18 holes of swashbuckling fun on Skelbrook seafront</p>
  </header>
  <div class="notice"><strong>Ahoy!</strong> We reopen on Saturday at 10am. See you there!</div>
  <section id="about">
    <h2>About the course</h2>
    <p>The course first opened in July 1964 as the Skelbrook Putting Green and was redesigned
      with its pirate theme in 1989, when the galleon and the waterfall were built. The cafe
      was added around 1995, and the windmill hole was rebuilt in 2011 after storm damage.
      It has been family run since 2003.</p>
    <p>Our course record of 21 was set by local schoolboy Tom Hessle on 14 August 2018. Can
      you beat it?</p>
  </section>
  <section id="news">
    <h2>News &amp; events</h2>
    <ul>
      <li>We will be closed on Monday 26 May for a private party.</li>
      <li>Our annual charity tournament takes place on Sunday 29 June. Entry 5 pounds.</li>
      <li>Glow golf every Friday evening in August.</li>
    </ul>
  </section>
  <section id="prices">
    <h2>Prices</h2>
    <table>
      <tr><th>Adult</th><td>6.50</td></tr>
      <tr><th>Child</th><td>4.50</td></tr>
      <tr><th>Family (2+2)</th><td>19.00</td></tr>
    </table>
  </section>
  <footer>
    <p>Pirate Cove, The Promenade, Skelbrook Sands. Tel 01723 555 019</p>
    <p>&copy; 2025 Skelbrook Leisure Ltd. Page last updated 2 May 2025.</p>
  </footer>
</body>
</html>""",
        (
            expect("2025-05-10", "reopen", planned=True),
            expect("1964-07", "course", "opened"),
            expect("1989", "pirate"),
            expect("1995~", "cafe"),
            expect("2011", "windmill"),
            expect("2003/..", "family"),
            expect("2018-08-14", "record"),
            expect("2025-05-26", "closed", planned=True),
            expect("2025-06-29", "charity", "tournament", planned=True),
        ),
    ),
    Text(
        "harrowgate-pedicab-weil",
        "pedicab licence decision",
        None,
        """HARROWGATE CITY COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DECISION

Application: Pedicab Operator's Licence
Applicant: Mr Tomasz Weil, trading as Weil Rickshaws
Reference: LIC/PED/25/0032
Date of decision: 17 June 2025

1. The Sub-Committee heard this application on 10 June 2025. Mr Weil attended and was
represented by Ms A. Cole. The Licensing Officer and a representative of the police also
attended.

2. Mr Weil applied for a pedicab operator's licence on 2 April 2025. His previous licence
was revoked on 14 October 2023 after he was found to have carried passengers without
insurance. A fixed penalty had also been issued to him on or about 22 August 2023 for
obstructing a bus lane.

3. The Sub-Committee noted that Mr Weil has held a cycle instructor qualification since 2019,
that he now holds valid public liability insurance, and that no complaint has been received
about him since the revocation.

4. The Council's pedicab byelaws came into force in 2016 and require every operator to be a
fit and proper person.

DECISION
5. The Sub-Committee is satisfied that Mr Weil is now a fit and proper person and has
granted the licence, subject to the standard conditions and to the following:
(a) the licence is granted for twelve months, commencing 1 July 2025;
(b) each vehicle is to be inspected by the Council's vehicle examiner no later than 24 June
2025.

6. The applicant and any person who made representations may appeal to the magistrates'
court within 21 days of receiving this notice.

Signed: Cllr P. Desai, Chair of the Sub-Committee""",
        (
            expect("2025-06-17", "granted"),
            expect("2025-06-10", "heard"),
            expect("2025-04-02", "applied"),
            expect("2023-10-14", "revoked"),
            expect("2023-08-22~", "penalty"),
            expect("2019/..", "qualification"),
            expect("2016", "byelaws"),
            expect("2025-07-01", "licence", "commenc", planned=True),
            expect("../2025-06-24", "inspect", planned=True),
        ),
    ),
    Text(
        "aubrenne-tapestry-weaving",
        "tapestry weaving history",
        None,
        """Aubrenne tapestry

Aubrenne tapestry is the high-warp and low-warp tapestry woven in the town of Aubrenne, in
the upper valley of the Saulne.

Origins
Tapestry weaving is recorded at Aubrenne from about 1470, when a Flemish master, Jan van
Hoorde, took on apprentices in the rue des Teinturiers. The clear water of the Saulne, good
for madder and woad dyes, made the town's reds and blues famous.

The royal manufactory
The royal manufactory was established in 1663, and its weavers, housed in a former convent,
worked to cartoons supplied by court painters. Its best-known work, the eight-piece Hunts of
Meleagre, was woven between 1671 and 1679 and now hangs in the Palais de Vesle.

Revolution and revival
The workshops were closed in 1793 and reopened in 1801 under a private company. A fire,
perhaps in 1886, destroyed many of the painted cartoons, although the looms were saved.

Modern period
The manufactory has belonged to the state since 1937. Its last master weaver of the old
school, Honorine Lascaux, retired in 1962. The weavers, who now work to contemporary artists'
designs, produce about six square metres a year, fewer than in any period since the 17th
century.

A new weaving school in the restored dye house is due to open in 2026.

See also: Vesle tapestry; Low-warp loom

Notes
1. Archives departementales de la Saulne, series H, 1663-1793.""",
        (
            expect("1470~", "weaving"),
            expect("1663", "manufactory", "established"),
            expect("1671/1679", "hunts"),
            expect("1793", "closed"),
            expect("1801", "reopened"),
            expect("1886?", "fire"),
            expect("1937/..", "state"),
            expect("1962", "retired"),
            expect("2026", "school", planned=True),
        ),
    ),
    Text(
        "ballyfern-euchre-fixtures",
        "euchre drive fixtures card",
        None,
        """BALLYFERN & DISTRICT EUCHRE LEAGUE
FIXTURES CARD - SEASON 2025/26
(Founded 1958)

All drives start 8.30 p.m. sharp. Tables of four, 25 games. Entry 5 euro per player.

AUTUMN
Fri 3 Oct    Opening Drive ......................... Carrick Hall
Fri 31 Oct   St Brigid's Hall ...................... Kilbrack
Sat 6 Dec    Christmas Drive (turkey & ham prizes) .. Carrick Hall

SPRING
Fri 9 Jan 2026   New Year Drive .................... Community Centre, Ballyfern
Fri 27 Feb 2026  League Final ...................... Carrick Hall

Team entries to reach the Secretary no later than Fri 26 Sept, with fee.

Last season's League Final was played on 28 Feb 2025 and won by the Kilbrack Ladies, who
also took the Christmas Drive. Carrick Hall was refurbished in 2019 with the help of a
lottery grant.

Drives are held on Fridays during the season unless otherwise stated.

Secretary: Mrs Noreen Fagan, 12 Abbey View, Ballyfern. Tel 087 555 0142.
Treasurer: Mr P. J. Loughnane.

Printed by Ballyfern Print, Sept 2025. No smoking in any hall.""",
        (
            expect("1958", "league", "founded"),
            expect("2025-10-03", "opening", "drive", planned=True),
            expect("2025-10-31", "brigid", planned=True),
            expect("2025-12-06", "christmas", planned=True),
            expect("2026-01-09", "new", "year", planned=True),
            expect("2026-02-27", "final", planned=True),
            expect("../2025-09-26", "entries", planned=True),
            expect("2025-02-28", "final", "kilbrack"),
            expect("2019", "refurbished"),
        ),
    ),
)
