"""The two-hundred-and-sixty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a district council's
street naming and numbering notice, a tug of war report, a tin smelter's press release, a
pedlar's account book of the 1790s, a nightjar survey, a tennis racket maker's history, a home
affairs minister's statement, a laser tag arena's HTML page, a fishing permit appeal decision, a
glass engraving history and a bar billiards league's fixtures card. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYSIXTH_CORPUS",)


TWOHUNDREDSIXTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "morveth-skarrow-mine-flood",
        "wire story with a dateline",
        date(2025, 3, 12),
        """MORVETH, March 12 (Calder Press) - Pumps were restarted at the flooded Skarrow copper
mine on Monday, nearly two weeks after water broke into its lower levels, owner Venn Metals
said, but the company warned that ore would not be hoisted again for weeks.

The mine flooded on Feb. 27 when a tailings wall above the No. 3 shaft gave way after heavy
rain. All 312 miners underground at the time reached the surface unhurt.

Venn said production was expected to resume by the end of April at the latest. It will give
a fuller update with its annual results on Thursday.

Copper prices rose 4 percent on Tuesday on the London market, their largest one-day gain
since October 2022, as traders weighed the loss of some 9,000 tonnes of monthly supply.

"The water level is falling about a metre a day, which is better than we planned for,"
chief operating officer Anneke Voss told reporters at the pithead.

Inspectors from the national mines agency will visit the site on March 18 to examine the
failed wall. The agency said it had not yet decided whether to open a formal inquiry.

Skarrow opened in 1962 and was bought by Venn from the state in 1998. A similar flood in 2009
shut the mine for about five months and cost the company around $60 million.

(Reporting by Ilse Harrow; Editing by Tomas Reed)""",
        (
            expect("2025-03-10", "pumps", "restart"),
            expect("2025-02-27", "mine", "flood"),
            expect("../2025-04", "production", "resum", planned=True),
            expect("2025-03-13", "update", planned=True),
            expect("2025-03-11", "copper", "rose"),
            expect("2025-03-18", "inspectors", "visit", planned=True),
            expect("1962", "skarrow", "opened"),
            expect("1998", "bought"),
            expect("2009", "flood"),
        ),
    ),
    Text(
        "quillmere-phase-three-results",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillmere Therapeutics Reports Positive Topline Results from Phase 3 HARBOR Trial of QT-114
in Chronic Cough

HARNBY, 4 June 2024 - Quillmere Therapeutics plc (HNX: QLM), a clinical-stage company
developing treatments for respiratory disease, today announced positive topline results from
HARBOR, its pivotal Phase 3 trial of QT-114 in adults with refractory chronic cough.

The trial met its primary endpoint, a 41 per cent reduction in 24-hour cough frequency at week
12 against 19 per cent on placebo. The first patient was enrolled in September 2022 and
enrolment was completed on 17 November 2023, with 684 patients at 92 sites in nine countries.

"These results are the strongest evidence yet that QT-114 could change daily life for people
with this condition," said Dr Helena Marsk, Chief Executive Officer.

QT-114 received Fast Track designation in March 2021. Quillmere plans to submit a marketing
application no later than March 2025. Full results will be presented at the European
Respiratory Congress, taking place 21-24 September 2024.

The company also expects to open its new process development laboratory in Harnby in
October 2024, adding around 40 jobs.

About Quillmere Therapeutics
Quillmere was founded in 2015 as a spin-out from the University of Harnby and listed on the
Harnby Exchange in 2019. It develops inhaled and oral medicines for chronic cough and
refractory asthma.

Forward-looking statements
This announcement contains forward-looking statements that involve risks and uncertainties.
Actual results may differ materially.

Contacts: Pia Lorne, Head of Communications, +44 20 7946 0131, media@quillmere.example

(c) 2024 Quillmere Therapeutics plc. All rights reserved.""",
        (
            expect("2024-06-04", "results", "announce"),
            expect("2022-09", "first", "patient", "enrol"),
            expect("2023-11-17", "enrolment", "complet"),
            expect("2021-03", "fast", "track"),
            expect("../2025-03", "marketing", "application", planned=True),
            expect("2024-09-21/2024-09-24", "results", "present", planned=True),
            expect("2024-10", "laboratory", planned=True),
            expect("2015", "founded"),
            expect("2019", "listed"),
        ),
    ),
    Text(
        "darrowgate-keld-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF DARROWGATE
CIVIL DIVISION

Case No. CA/2022/0417

BETWEEN: ASTERLY PROPERTIES LIMITED (Appellant)
AND: MAREK KELD (Respondent)

Judgment delivered: 14 April 2023

Before: Lady Justice Orme, Lord Justice Fenby and Mr Justice Salt

JUDGMENT

ORME LJ:

1. This is an appeal against the refusal of a possession order for the ground-floor shop at
17 Wharf Row, Darrowgate. The respondent has occupied the premises since 2012 and holds them
under a lease dated 1 April 2016.

2. The appellant's case is that the respondent stopped paying rent on or about 14 March 2020,
when his business closed, and paid nothing thereafter. A notice to quit was served on 2 July
2020. Proceedings were issued on 9 September of that year.

3. The respondent says that in late 2020 the parties agreed to defer the arrears. No writing
records that agreement, and the appellant denies it was ever made.

4. The recorder gave judgment on 23 May 2022. He found that a deferral had been agreed and
refused possession. The appellant was granted permission to appeal, and the appeal was heard
on 7 and 8 February 2023.

5. In my judgment the recorder was entitled to find that some arrangement was reached, but he
was wrong to treat it as open-ended. An agreement to defer is not an agreement to forgive.
Whatever was agreed, the respondent has paid nothing and offered nothing.

6. I would therefore allow the appeal. The order for possession shall take effect no later
than 30 June 2023, and the question of arrears is remitted to the county court.

FENBY LJ: I agree.

SALT J: I also agree.""",
        (
            expect("2012/..", "occupied"),
            expect("2016-04-01", "lease"),
            expect("2020-03-14~", "stopped", "rent"),
            expect("2020-07-02", "notice", "served"),
            expect("2020-09-09", "proceedings", "issued"),
            expect("2022-05-23", "recorder", "judgment"),
            expect("2023-02-07/2023-02-08", "appeal", "heard"),
            expect("2023-04-14", "judgment"),
            expect("../2023-06-30", "possession", planned=True),
        ),
    ),
    Text(
        "ostrevik-town-history",
        "encyclopedia history",
        None,
        """Ostrevik

History

Ostrevik grew up around a ford on the river Selm, where a small Benedictine cell was founded
c. 1140. The settlement received a market charter from Count Albrecht in 1287, and its
parish church of St Wendel, begun soon afterwards, was probably finished in 1312, although
the only record of the consecration is a copy made two centuries later.

The town was sacked twice during the Selm succession wars. Between 1530 and 1545 the walls were
rebuilt on a larger circuit, and parts of the north gate survive. The plague of 1603 killed
about a third of the inhabitants, and Ostrevik did not regain its earlier population for
more than a hundred years.

Industry came late. The railway from Hallen reached Ostrevik in 1858, and the town's station
opened the following year, bringing the first of the tanneries and, later, a sugar beet
factory that remained the largest employer until it closed.

In 1974 Ostrevik was merged with the neighbouring villages of Velka and Drossen to form the
present municipality. The town has been twinned with Port Aubrel since 1991.

Population

The population was 18,420 at the last census, the highest figure ever recorded for the town.
Like many towns of the Selm valley, Ostrevik holds a horse fair every September.

See also
  * List of towns on the Selm
  * Ostrevik Cathedral

References
  1. Haller, J. (1988). Die Stadt am Selm. Hallen: Kreisverlag. p. 41.""",
        (
            expect("1140~", "cell", "founded"),
            expect("1287", "market", "charter"),
            expect("1312?", "church", "finished"),
            expect("1530/1545", "walls", "rebuilt"),
            expect("1603", "plague"),
            expect("1858", "railway"),
            expect("1859", "station", "opened"),
            expect("1974", "merged"),
            expect("1991/..", "twinned"),
        ),
    ),
    Text(
        "harwick-rovers-tollesby-win",
        "sports report",
        date(2024, 11, 17),
        """RUGBY UNION | NATIONAL TWO NORTH

Orrey back with a bang as Rovers end Tollesby hoodoo

Tollesby 19 Harwick Rovers 27

By Gareth Pyle

Dan Orrey marked his return with two tries as Harwick Rovers won 27-19 at Tollesby on
Saturday, their first league win at Brook Lane since 2013.

The full-back had been out since tearing knee ligaments against Marle on September 28, and he
needed only 11 minutes to remind everyone what they had been missing, stepping two defenders
to score under the posts.

Tollesby, under coach Liam Ferris since his appointment in June, hit back through a driving
maul and led 19-17 with a quarter of an hour to go. But Orrey's second try and a late penalty
from fly-half Sam Okoro settled it.

Rovers, promoted in 2022, climb to third. Their last league title came in 1998.

"He's a different player when he's fit," said Rovers coach Anna Beckwith. "We'll need all of
that next week."

That is because Rovers host leaders Brackley next Saturday, while Tollesby travel to Marle on
Friday night.

There was better news off the field for Rovers, too: wing Kai Lunde signed a two-year
contract extension on Thursday.

The cup quarter-final between the two sides has been moved to December 7 because of the
Brackley fixture.

Tollesby: Hart; Pim, Coles, Rudd, Abara; Vane, Stott; replacements not used: Dyer.
Harwick Rovers: Orrey (2 tries); Lunde, Meade, Tully, Sims; Okoro (1 con, 2 pens), Gale.

Referee: P. Nolan. Attendance: 1,140.""",
        (
            expect("2024-11-16", "rovers", "won"),
            expect("2024-09-28", "knee"),
            expect("2024-06", "ferris", "appoint"),
            expect("2022", "promoted"),
            expect("1998", "title"),
            expect("2024-11-23", "brackley", planned=True),
            expect("2024-11-22", "tollesby", "marle", planned=True),
            expect("2024-11-14", "lunde", "contract"),
            expect("2024-12-07", "quarter-final", planned=True),
        ),
    ),
    Text(
        "tarnholm-biscuit-company-history",
        "company history",
        None,
        """OUR STORY

Tarnholm Biscuit Company - baking in Selby Quay since 1881

It began with one oven. In 1881 Edwin Tarnholm, a ship's baker who had come ashore for good,
opened a bakehouse behind the Anchor Inn and sold hard biscuit to the fishing fleet. His
oatmeal rounds proved so popular with the townspeople that he soon gave up the fleet trade
altogether.

In 1897 the business moved to the Quay Street works, which it still occupies, and in 1911 it
was granted a royal warrant as biscuit maker to the household. Edwin's son Arthur introduced
the first steam oven and the famous tin with the lighthouse on its lid.

During the Second World War the factory was requisitioned, from 1940 to 1945, to make ration
biscuit for the navy. Tarnholm began exporting to Norway and Denmark around 1952, and the
oatmeal round soon had a Scandinavian following.

The company merged with Pellow & Sons of Brigham in 1968 and was listed on the stock exchange
the following year. After three decades as a public company it returned to private hands,
and since 2003 it has been owned by the Tarnholm Family Trust.

Today more than 300 people bake over 40 million biscuits a year at Quay Street. A second
bakery, on the Eastfield estate, is scheduled to open in 2026 and will double our capacity
for gluten-free lines.

Every year in December we still bake one batch of the original ship's biscuit to Edwin's
recipe, and give it to the lifeboat station.

Tarnholm Biscuit Company Ltd, Quay Street, Selby Quay. Registered in England No. 00049312.""",
        (
            expect("1881", "bakehouse"),
            expect("1897", "moved", "quay"),
            expect("1911", "royal", "warrant"),
            expect("1940/1945", "requisitioned"),
            expect("1952~", "export"),
            expect("1968", "merged", "pellow"),
            expect("1969", "listed"),
            expect("2003/..", "trust"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "selvane-lunar-orbiter-mission",
        "mission summary",
        None,
        """SELVANE-2 LUNAR POLAR ORBITER - MISSION SUMMARY
Document SLV-MS-004, rev. C

1. Overview
Selvane-2 was a 640 kg orbiter built to map water ice in permanently shadowed craters near the
lunar south pole, and to test a low-power laser altimeter for later missions.

2. Mission timeline
Selvane-2 was launched on 14 August 2021 at 03:12 UTC from the Korrin launch site. The
trans-lunar injection burn was made two days later. After a four-week cruise the spacecraft
performed lunar orbit insertion on 2 September, and science operations began on about
20 September, once the altimeter had been calibrated.

The primary mission ended on 31 August 2022 with all objectives met. An extended mission ran
from 1 September 2022 to 15 December 2023, during which the orbit was lowered to 35 km to
improve resolution over Shackleton-type craters.

With propellant nearly exhausted, the spacecraft was deliberately impacted on the far side on
19 December 2023.

3. Results
The altimeter returned 2.1 billion ranging points. Ice deposits were confirmed in 14 craters,
the most found by any single mission since the first detections.

4. Outstanding actions
The final calibrated data set is to be delivered to the public archive by June 2025. The
follow-on mission, Selvane-3, with a lander, is projected for launch in 2027.

Prepared by the Selvane Project Office. Approved: R. Obi, Mission Manager.
Last updated 3 March 2024. Page 1 of 1.""",
        (
            expect("2021-08-14", "launched"),
            expect("2021-08-16", "trans-lunar", "injection"),
            expect("2021-09-02", "orbit", "insertion"),
            expect("2021-09-20~", "science", "operations"),
            expect("2022-08-31", "primary", "mission", "ended"),
            expect("2022-09-01/2023-12-15", "extended", "mission"),
            expect("2023-12-19", "impacted"),
            expect("../2025-06", "data", "archive", planned=True),
            expect("2027", "selvane-3", planned=True),
        ),
    ),
    Text(
        "brenmoor-drought-relief-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE, FOOD AND RURAL AFFAIRS

Press Statement - 22 July 2025

Minister announces 45-million drought relief scheme for livestock farmers

The Minister for Agriculture, Nerys Coldwell, today announced a 45-million drought relief
scheme for livestock farmers in the Brenmoor uplands and the eastern lowlands.

The package was approved by Cabinet on Monday. It follows the driest spring and early summer
in the east for more than fifty years. A ban on non-essential water use has been in force in
the eastern districts since 4 July, and emergency water-carting to isolated holdings began on
15 July.

On Friday the Minister visited farms near Halsby and Crogg Fell, where some herds are now
being fed winter fodder.

"Farmers have done everything asked of them. Now it is our turn," the Minister said.

Under the scheme:
  - applications will open on Monday through the online farm portal;
  - payments of up to 12,000 per holding will be made by 30 September at the latest;
  - haulage costs for fodder will be covered at 75 per cent.

The last comparable scheme, in 2018, paid out 28 million to some 3,900 farms.

The Minister has also asked the Water Allocation Board to review abstraction rules for
agriculture. Its report will be published in January 2026.

Notes to editors
1. Ref: MAFRA/PR/2025/118.
2. Rainfall figures are provided by the National Weather Office, which publishes them at the
start of each month.

ENDS""",
        (
            expect("2025-07-22", "relief", "scheme", "announce"),
            expect("2025-07-21", "cabinet", "approved"),
            expect("2025-07-04/..", "ban"),
            expect("2025-07-15", "water-carting"),
            expect("2025-07-18", "visited", "farms"),
            expect("2025-07-28", "applications", "open", planned=True),
            expect("../2025-09-30", "payments", planned=True),
            expect("2018", "scheme"),
            expect("2026-01", "report", planned=True),
        ),
    ),
    Text(
        "fenwick-crane-street-library",
        "HTML news page",
        date(2024, 5, 10),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Crane Street library reopens after two-year repair | Fenwick Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
  <h1>Crane Street library reopens after two-year repair</h1>
  <p class="byline">By Rosa Kettle, Local Democracy Reporter</p>
  <p>Fenwick's Crane Street library reopened on Thursday, more than two years after a leaking
  roof forced it to close.</p>
  <p>The Grade II listed building, which was built in 1909 with a grant from the shipowner
  Hugh Calloway, shut its doors in January 2022 when water came through the reading room
  ceiling. The council approved a repair budget in November 2022, and work began in March
  2023.</p>
  <p>Restorers repaired the original dome, and the 1974 extension at the back, added when
  the library took over the old fire station, has been fully refitted.</p>
  <figure>
    <img src="/img/crane-street-dome.jpg" alt="The restored dome">
    <figcaption>The restored dome, photographed on Wednesday. Photo: Courier</figcaption>
  </figure>
  <p>A community cafe in the former fire station bay will open on Monday, and the crime
  novelist Edie Marr will give the first author talk on 24 May.</p>
  <p>"People have waited a long time for this," said library manager Tariq Osei. Saturday
  opening will start on June 1, once extra staff have been recruited.</p>
  <p>The repairs cost about 2.1 million pounds, the largest sum spent on a council building
  since the town hall was re-roofed.</p>
</article>
<footer>
  <p>&copy; 2024 Fenwick Courier Ltd. All rights reserved.</p>
</footer>
</body>
</html>""",
        (
            expect("2024-05-09", "library", "reopened"),
            expect("1909", "built"),
            expect("2022-01", "shut"),
            expect("2022-11", "budget", "approved"),
            expect("2023-03", "work", "began"),
            expect("1974", "extension"),
            expect("2024-05-13", "cafe", planned=True),
            expect("2024-05-24", "talk", planned=True),
            expect("2024-06-01", "saturday", "opening", planned=True),
        ),
    ),
    Text(
        "borvale-linnet-rise-naming-notice",
        "street naming and numbering notice",
        None,
        """BORVALE DISTRICT COUNCIL

STREET NAMING AND NUMBERING

Public Notices (Streets) Act - Notice of Intention to Name a New Street

Our ref: SNN/2025/031          Issued: 3 February 2025

NOTICE IS HEREBY GIVEN that Borvale District Council intends to name the new street off
Mill Lane, Ashby Moor, shown on the plan deposited at the Council Offices, as:

                              LINNET RISE

1. Background. An application to name the street was received from Heronfield Homes Ltd on
12 November 2024. The proposed name was approved by the Planning and Streets Committee on
28 January 2025, and Royal Mail was consulted on 30 January.

2. The name commemorates the Linnet Mill, a cotton spinning mill which operated on the site
from 1832 to 1961. The access track has been known locally as Mill Lane North since about
1890; that name is not an official street name and will no longer be used for addressing.

3. Objections. Any person may object to the proposed name in writing to the Street Naming
Officer no later than 3 March 2025, quoting the reference above.

4. Commencement. If no valid objection is received, the name will take effect on 1 April 2025.
Street nameplates will be erected by 31 March 2025.

5. Numbering. Plots 1 to 24 will be numbered consecutively, odd numbers on the north side.
Numbers for plots 25 to 36 will be assigned when building control completion certificates
are issued, expected in June 2025.

Numbers 13 and 13A are not used in the Borvale district, as has been the Council's practice
for many years.

Signed: K. Marsh, Street Naming Officer, for the Chief Executive
Council Offices, Market Place, Borvale.""",
        (
            expect("2024-11-12", "application"),
            expect("2025-01-28", "name", "approved"),
            expect("2025-01-30", "royal", "mail"),
            expect("1832/1961", "mill", "operated"),
            expect("1890~/..", "mill", "lane", "north"),
            expect("../2025-03-03", "object", planned=True),
            expect("2025-04-01", "name", "effect", planned=True),
            expect("../2025-03-31", "nameplates", planned=True),
            expect("2025-06", "numbers", planned=True),
        ),
    ),
    Text(
        "kelsby-farmers-tug-of-war",
        "tug of war report",
        date(2024, 8, 12),
        """TUG OF WAR

Kelsby Farmers pull their way back to the county title at Anwick

Kelsby Farmers are county champions again after taking the 640kg title at the Anwick Show on
Saturday, beating holders Ravensholt by two pulls to one in a final that lasted almost nine
minutes in all.

It is Kelsby's first county title since 2016, and for anchorman Pete Grelling, who has pulled
for the club since 1994, it was "the sweetest of the lot".

Ravensholt took the first end in under a minute, but Kelsby dug in on the second, holding a
long lock before driving them over the mark. The third end was a war of attrition, decided
when Ravensholt's number three lost his footing on the damp grass.

Ravensholt had some consolation in the 600kg catchweight contest on Sunday, which they won
without dropping an end.

Kelsby, formed in 1978 by a group of young farmers who trained on a tractor tyre, have a new
hydraulic training frame, built by club members in May, which coach Lou Tennant credited for
the win.

The team now go to the national championships at Stennick on August 24, and three of them,
Grelling among them, are in the England squad for the European championships in Friesland,
September 5-8. Grelling first pulled for England in 2001.

The club AGM will be held at the Plough, Kelsby, on Thursday at 8pm. New members are always
welcome; training is every Tuesday and Friday evening from April to September.

RESULTS - 640kg: Final: Kelsby Farmers bt Ravensholt 2-1. Third: Anwick YFC.
600kg: Final: Ravensholt bt Stennick A 2-0.""",
        (
            expect("2024-08-10", "kelsby", "title"),
            expect("1994/..", "grelling", "pulled"),
            expect("2024-08-11", "catchweight"),
            expect("1978", "formed"),
            expect("2024-05", "frame", "built"),
            expect("2024-08-24", "national", planned=True),
            expect("2024-09-05/2024-09-08", "european", planned=True),
            expect("2001", "grelling", "england"),
            expect("2024-08-15", "agm", planned=True),
        ),
    ),
    Text(
        "carrowen-tin-furnace-restart",
        "tin smelter release",
        None,
        """CARROWEN TIN SMELTING LIMITED

NEWS RELEASE - 14 October 2025

Carrowen restarts No. 2 furnace after relining; third furnace on track

Carrowen Tin Smelting Limited ("Carrowen" or "the Company") is pleased to report that its
No. 2 reverberatory furnace was brought back into production on 10 October, following a
planned relining that began when the furnace was shut down on 2 June.

With both furnaces now running, the Company expects refined tin output of 2,300 to 2,500
tonnes for the full year.

Concentrate supply
On 30 September Carrowen signed a three-year concentrate supply agreement with Tamberi Mining
for up to 6,000 tonnes a year of tin concentrate.

Third furnace
Construction of the No. 3 electric furnace is on schedule, and the furnace is to be
commissioned by March 2026 at the latest.

About Carrowen
The Carrowen smelter was built in 1936 to treat ore from the mines of the Carrow valley. It
closed in 1986, when the collapse of the international tin price ended mining in the valley,
and reopened in 2011 under new owners. Carrowen has held an LME brand listing for its
Carrowen 99.9 ingot since 2014.

Financial calendar
The Company will publish its results for the year on 29 January 2026.

Enquiries:
Davey Pascoe, Chief Executive, +44 1209 000 412
Morwenna Lusk, Investor Relations

This release contains inside information. Registered office: Smelter Road, Carrowen.
Company No. 07731208.""",
        (
            expect("2025-10-10", "furnace", "production"),
            expect("2025-06-02", "furnace", "shut"),
            expect("2025-09-30", "supply", "agreement"),
            expect("../2026-03", "furnace", "commission", planned=True),
            expect("1936", "smelter", "built"),
            expect("1986", "closed"),
            expect("2011", "reopened"),
            expect("2014/..", "lme", "listing"),
            expect("2026-01-29", "results", planned=True),
        ),
    ),
    Text(
        "threlkeld-pedlar-account-book",
        "pedlar's account book of the 1790s",
        None,
        """THE ACCOUNT BOOK OF JOSIAH THRELKELD, PEDLAR, 1793-1794
(Brackenthwaite Record Society, MS 42, transcribed with the original spelling)

[f. 1r]
1793.
April 2d. Set out from Scarrow with the new pack. In stock: ribbons 6 doz., laces 4 doz.,
  pins 10 papers, 2 pr. sissors, almanacks 12.                          Cash in hand  2 - 4 - 6
Apr. 5. At Ullbeck fair. Sold ribbons & laces to the valu of 1 - 3 - 0. Paid standing 0 - 0 - 4.
Do. 9th. Bought of Mr Aske at Thornby 3 doz. horn buttons on credit      0 - 9 - 0
May 1. Pd. toll at Garth bridge, & lodging at the Bell 2 nights          0 - 1 - 8

[f. 1v]
June 17th to 20th. Laid up with an ague at the Bell. Pd. the apothecary  0 - 2 - 6
Mem. my licence renewed ab.t the 1st of August at Thornby, cost          1 - 0 - 0
Widow Pratt owes for 2 yds. lace, she pays when she can.

[f. 2r]
1794.
Jan. 14. Settled with Mr Aske for the buttons, paid in part              0 - 5 - 0
Feb. 3. Bot a new pack of Jno. Hebb, saddler                             0 - 7 - 0
Sold the grey mare at Ullbeck, the 12th I think, for                      3 - 10 - 0
Mem. to pay Mr Aske the residue by the 25th of March next.

[Editor's note: the remaining leaves are blank apart from sums. Threlkeld appears in the
Thornby licence rolls for most years of the decade. Transcription checked 2019.]""",
        (
            expect("1793-04-02", "set", "out"),
            expect("1793-04-05", "fair"),
            expect("1793-04-09", "aske", "buttons"),
            expect("1793-05-01", "toll"),
            expect("1793-06-17/1793-06-20", "ague"),
            expect("1793-08-01~", "licence", "renewed"),
            expect("1794-01-14", "settled", "aske"),
            expect("1794-02-03", "pack"),
            expect("1794-02-12?", "grey", "mare"),
            expect("../1794-03-25", "residue", planned=True),
        ),
    ),
    Text(
        "holmesby-heath-nightjar-survey",
        "nightjar survey",
        None,
        """HOLMESBY HEATH NATURE RESERVE
Nightjar (Caprimulgus europaeus) Survey 2024 - Report No. 12

Prepared for the Holmesby Heath Management Group by the Wealdmarsh Wildlife Trust
Report date: 30 September 2024

1. Summary
Fourteen churring males were located on the reserve, the highest count since 2015.
The survey, begun in 2012, follows the national three-visit method.

2. Methods
Dusk transect visits were made on 4 and 18 June and 2 July, each starting 30 minutes after
sunset and lasting about two hours. Observers walked the fixed route of 7.2 km and mapped
every churring male and wing-clap.

3. Results
The first churring male of the year was heard on 21 May, near the Beacon Pond. Territories
were concentrated in Compartment 7, clear-felled in February 2021, which now holds five
territories. Pony grazing, in place on the southern heath since 2019, appears to keep the
bracken down and the ground open.

A fire on approximately 12 August burned about 3 ha of the northern heath, outside the
nightjar territories but close to two of them.

| Visit | Date     | Males | Observers |
|-------|----------|-------|-----------|
| 1     | 4 June   | 11    | 4         |
| 2     | 18 June  | 14    | 5         |
| 3     | 2 July   | 13    | 4         |

4. Recommendations
Seasonal path closures around Compartment 7 will be in place by 15 May 2025. The 2025 survey
will start on or about 1 June and will use the same route.

Nightjars usually arrive on the heath in the second half of May and leave by September.

Report ref. WWT/HH/NJ/2024. Map data (c) Wealdmarsh Wildlife Trust 2024.""",
        (
            expect("2012", "survey", "begun"),
            expect("2024-06-04", "visit"),
            expect("2024-06-18", "visit"),
            expect("2024-07-02", "visit"),
            expect("2024-05-21", "first", "churring"),
            expect("2021-02", "clear-felled"),
            expect("2019/..", "grazing"),
            expect("2024-08-12~", "fire"),
            expect("../2025-05-15", "path", "closures", planned=True),
            expect("2025-06-01~", "survey", planned=True),
        ),
    ),
    Text(
        "ashgrove-pell-racket-makers-history",
        "tennis racket maker's history",
        None,
        """ASHGROVE & PELL: A SHORT HISTORY OF THE FIRM

Thomas Ashgrove, a wheelwright's son, and his brother-in-law Samuel Pell set up in business as
racket and bat makers in a yard off Tanner's Row, Wexcombe, in 1874. Their early frames were
of steamed ash, bent over iron forms and strung with gut bought from a Wexcombe butcher.

The firm's reputation rested on the laminated frame, which Pell patented in 1889: thin strips
of ash and beech glued together, lighter and far less likely to warp. A Pell racket may have
been used by the winner of the 1895 Northern Championship, though no photograph survives to
prove it.

As trade grew the firm moved to the Quarry Road works, where it employed 140 people at
its height.

The coming of new materials was a hard test. Ashgrove launched its first metal racket in 1971
and a graphite model in 1980, but neither sold well against foreign makers, and wooden racket
production ceased in about 1984. In 1996 the firm was bought by Halden Sports, which kept the
name for its premium range.

Since 2001 the Quarry Road workshop has offered a hand restringing service, and it still
restores wooden rackets for collectors and for real tennis players.

A museum of the firm's rackets, tools and pattern books is planned to open in the old
finishing shop in 2026.

Ashgrove & Pell rackets were used in more county championships than any other make between
the wars.

(c) Halden Sports Ltd. Text by the Wexcombe Local History Group.""",
        (
            expect("1874", "set", "up"),
            expect("1889", "laminated", "patent"),
            expect("1895?", "northern", "championship"),
            expect("1971", "metal", "racket"),
            expect("1980", "graphite"),
            expect("1984~", "production", "ceased"),
            expect("1996", "bought", "halden"),
            expect("2001/..", "restringing"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "ederland-home-affairs-border-statement",
        "home affairs minister's statement",
        None,
        """MINISTRY OF HOME AFFAIRS

Statement by the Minister for Home Affairs, Ruth Aldane, to the House
Thursday 6 March 2025                                            Ref. HA/STAT/25/07

Passport services and border policing

Madam Speaker, with permission I will make a statement on passport services and on policing
at our borders.

On Monday I met the chiefs of the four regional police forces and the head of the Passport
Office. I want to report frankly what they told me.

The new border checks took effect on 1 January. They have worked, but they have put pressure
on a Passport Office that was already stretched. The backlog of applications peaked last
November at around 140,000. It now stands at 61,000. The Passport Office will clear it by the
end of May, and I have told its head that I expect weekly figures to be published.

On policing, we will recruit 1,200 additional border officers by 2027. The Border Policing
Bill, which gives those officers their powers, will be introduced to this House on 18 March.

When the border force was last restructured, in 2016, the House was promised reform that
never came. This time the independent inspectorate, which has reported to Parliament since
2019, will examine our progress every six months.

I will make a further statement on the Passport Office's progress on Thursday next week.

I commend this statement to the House.""",
        (
            expect("2025-03-03", "met", "chiefs"),
            expect("2025-01-01", "border", "checks"),
            expect("2024-11", "backlog", "peaked"),
            expect("../2025-05", "clear", planned=True),
            expect("../2027", "officers", planned=True),
            expect("2025-03-18", "bill", planned=True),
            expect("2016", "restructured"),
            expect("2019/..", "inspectorate"),
            expect("2025-03-13", "statement", planned=True),
        ),
    ),
    Text(
        "zapfield-laser-arena-news",
        "laser tag arena HTML page",
        date(2025, 4, 9),
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>News &amp; Events - Zapfield Laser Arena</title>
  <link rel="stylesheet" href="/css/arena.css">
</head>
<body>
<header class="site-header">
  <img src="/img/zapfield-logo.png" alt="Zapfield Laser Arena">
  <nav><a href="/book">Book now</a> <a href="/parties">Parties</a> <a href="/news">News</a></nav>
</header>
<main>
  <h1>We're nearly back!</h1>
  <p>The arena closed on 24 March for the biggest refit in its history, and we're delighted
  to say we <strong>reopen on Saturday</strong> at 10am.</p>
  <p>Our staff completed their new safety and first-aid training on 2 April, and the new
  two-level maze, fog system and vests are all in and tested.</p>
  <h2>Coming up</h2>
  <ul>
    <li><strong>Grand reopening tournament</strong> - Saturday 19 April, teams of five, free
    entry.</li>
    <li><strong>Easter holiday camps</strong> - 14-17 April, ages 8 to 14, 10am to 3pm.</li>
    <li><strong>New prices</strong> from 1 May: single game &pound;8, three games
    &pound;20.</li>
  </ul>
  <h2>League final</h2>
  <p>Congratulations to Team Nebula, who won the winter league final last Sunday at our
  sister site in Harrowgate.</p>
  <h2>About us</h2>
  <p>Zapfield opened in 2009 in the old Canal Park bus depot. Our last refit, in 2017, added
  the party rooms.</p>
  <p>Student night is every Tuesday: two games for the price of one with a valid card.</p>
</main>
<footer>
  <p>Zapfield Laser Arena, Unit 4, Canal Park, Zapfield. Open 7 days.</p>
  <p>&copy; 2009-2025 Zapfield Leisure Ltd.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-24", "arena", "closed"),
            expect("2009", "opened"),
            expect("2025-04-12", "reopen", planned=True),
            expect("2025-04-02", "training"),
            expect("2025-04-19", "tournament", planned=True),
            expect("2025-04-14/2025-04-17", "camps", planned=True),
            expect("2025-05-01", "prices", planned=True),
            expect("2025-04-06", "nebula", "final"),
            expect("2017", "refit"),
        ),
    ),
    Text(
        "hallowmere-fishing-permit-appeal",
        "fishing permit appeal decision",
        None,
        """FISHERIES LICENSING APPEALS PANEL

Decision Notice                                   Appeal reference: FLA/24/113

Appellant: Ronan Keeble
Respondent: Hallowmere Fisheries Board
Subject: Revocation of salmon netting permit No. HFB-N-0288
Hearing: 28 November 2024, Hallowmere Civic Centre
Panel: J. Ostrander (Chair), M. Crewe, D. Ashworth

Background
1. The appellant has held a netting permit for the Hallowmere estuary for many years. The
Estuary Netting Byelaw, which restricts nets to the lower estuary, has been in force since
2017.

2. The Board alleges that on or about 27 June 2024 the appellant set a net above the
byelaw limit. A fisheries officer inspected the appellant's boat on 2 July and found a net
of the type described, but no fish.

3. The Board revoked the permit on 6 August 2024. The appellant lodged this appeal on 3
September.

Findings
4. We accept that a net was set above the limit. We do not accept that the appellant set it
knowingly: the marker buoy had been moved, as the Board's own officer accepted at the
hearing.

5. Revocation was disproportionate for a first breach by a permit holder with nineteen
seasons of compliant catch returns.

Decision
6. The appeal is allowed in part. The revocation is replaced by a suspension, and the permit
is reinstated with effect from 1 January 2025, on condition that the appellant completes the
Board's byelaw awareness course no later than 31 March 2025.

7. Either party may seek a review of this decision within 28 days of the date below.

Signed: J. Ostrander, Chair
Date of decision: 19 December 2024""",
        (
            expect("2017/..", "byelaw"),
            expect("2024-06-27~", "net"),
            expect("2024-07-02", "inspected"),
            expect("2024-08-06", "revoked"),
            expect("2024-09-03", "appeal", "lodged"),
            expect("2024-11-28", "hearing"),
            expect("2024-12-19", "decision"),
            expect("2025-01-01", "reinstated", planned=True),
            expect("../2025-03-31", "course", planned=True),
        ),
    ),
    Text(
        "varrenhoek-glass-engraving-history",
        "glass engraving history",
        None,
        """Glass engraving in Varrenhoek

Origins
Wheel engraving is thought to have reached Varrenhoek around 1690, brought by craftsmen from
the glasshouses of Bohemia, who cut coats of arms and hunting scenes into imported crystal for
the town's merchant families. The engravers formed their own guild in 1721, separate from the
glaziers.

The age of Jan Drost
The finest of the town's engravers, Jan Drost, was active from c. 1740 to c. 1765. He is
credited with the first use of diamond-point stippling in the town, possibly as early as
1752, the year engraved on a goblet signed "J.D." that he presented to the burgomaster.

Decline and revival
The guild was dissolved in 1798, when the French administration abolished the trade
corporations, and many engravers left for the north. By 1900 acid etching had largely
replaced the wheel in the town's commercial workshops.

A revival began with the opening of a municipal school of engraving in 1887, and a second,
private school followed in 1893. Its pupils revived stipple work for commemorative glass.

Collections
The Varrenhoek Stadsmuseum has held the Drost collection of 46 glasses since 1926. It is the
largest group of stippled glass in any public collection, and more goblets have been
attributed to Drost than to any other engraver of his generation.

Further reading
  * Meulen, A. van der (1971). Het Varrenhoeks glas. Varrenhoek: Stadsmuseum.""",
        (
            expect("1690~", "engraving", "reached"),
            expect("1721", "guild"),
            expect("1740~/1765~", "drost"),
            expect("1752?", "stippling"),
            expect("1798", "guild", "dissolved"),
            expect("../1900", "etching"),
            expect("1887", "school"),
            expect("1893", "school"),
            expect("1926/..", "collection"),
        ),
    ),
    Text(
        "wyebridge-bar-billiards-fixtures",
        "bar billiards fixtures card",
        date(2024, 9, 16),
        """WYEBRIDGE & DISTRICT BAR BILLIARDS LEAGUE
Founded 1952

WINTER LEAGUE - DIVISION ONE - FIXTURES

All matches Tuesdays, 8.15pm prompt. Home team named first and provides the scorer.
Eight singles and two pairs per match; winners' captain to phone the result to the
Fixtures Secretary by Wednesday noon.

Fixtures as agreed at the AGM held at the Plough on 2 September.

  Tue 1 Oct      Plough v Anchor            Bell v Railway Tavern
  Tue 15 Oct     Anchor v Bell              Railway Tavern v Plough
  Tue 5 Nov      Railway Tavern v Anchor    Plough v Bell
  Tue 19 Nov     Bell v Plough              Anchor v Railway Tavern
                 -- Christmas break --
  Tue 7 Jan      Anchor v Plough            Railway Tavern v Bell
  Tue 21 Jan     Bell v Anchor              Plough v Railway Tavern

KNOCKOUT CUP FINAL: Friday 14 March, at the Anchor. Draw to be made at the Anchor after the
last league match.

RULES REMINDERS
  - Postponed matches must be played by 31 January, or the points go to the team that was
    ready to play.
  - Mushrooms are worth nothing in this league: knock over the black mushroom and the break
    ends and scores nothing, as it always has.

Fixtures Secretary: Jean Hobday, 14 Castle Street, Wyebridge. Tel. 01981 000 237
League Secretary: Colin Pryde

Printed by Wyebridge Print Shop""",
        (
            expect("1952", "founded"),
            expect("2024-09-02", "agm"),
            expect("2024-10-01", "plough", "anchor", planned=True),
            expect("2024-10-15", "anchor", "bell", planned=True),
            expect("2024-11-05", "railway", "anchor", planned=True),
            expect("2024-11-19", "bell", "plough", planned=True),
            expect("2025-01-07", "anchor", "plough", planned=True),
            expect("2025-01-21", "bell", "anchor", planned=True),
            expect("2025-03-14", "cup", "final", planned=True),
            expect("../2025-01-31", "postponed", planned=True),
        ),
    ),
)
