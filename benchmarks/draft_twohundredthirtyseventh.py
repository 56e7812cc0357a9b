"""The two-hundred-and-thirty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a tornado warning
office's statements, a rowing regatta report, a hydrogen electrolyser press release, a
lighthouse keeper's log of the 1880s, a bat roost survey, a rope works' history, a health
minister's hospital waiting times statement, a zoo's HTML animal arrivals page, a planning
inspector's appeal decision, a clockmaker's history and a netball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYSEVENTH_CORPUS",)


TWOHUNDREDTHIRTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "saltmere-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SALTMERE, Oct 9 (Coastline Press) - Dockworkers at the port of Saltmere voted on Tuesday
to end a nine-day strike that had left more than 40 container ships waiting offshore, the
Harbour and Transport Workers' Union said.

The walkout began on Sept. 30 after talks on a new three-year contract broke down over shift
patterns. Transport minister Ilse Brandt had threatened on Monday to order the 2,300 strikers
back to work under emergency powers, a step no government has taken since 1998.

Cranes will resume work at 6 a.m. on Thursday, union secretary Pavel Orlov said, and the port
authority expects to clear the backlog of ships by Oct. 25 at the latest.

"Nobody wins a strike like this. We got a fair deal, and now we have to earn it back for the
port," Orlov told reporters outside the union hall.

The deal gives workers a 14 percent rise over three years and a one-off payment of 1,500
crowns. Members will vote separately on pension terms on or about Nov. 12, the union said.

The stoppage was the longest at Saltmere since 1998 and cost the port an estimated 9 million
crowns a day. Saltmere handled an average of 2,017 containers a day last year.

The port's deep-water container terminal, opened in 2016, is due to be extended, with work
expected to start in March 2025.

(Reporting by Katrin Holm; Editing by Adam Pryce)""",
        (
            expect("2024-10-08", "dockworkers", "vote"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-10-07", "threaten"),
            expect("2024-10-10", "cranes", "resume", planned=True),
            expect("../2024-10-25", "backlog", planned=True),
            expect("2024-11-12~", "vote", "pension", planned=True),
            expect("2016", "terminal", "open"),
            expect("2025-03", "work", "start", planned=True),
        ),
    ),
    Text(
        "harlan-treloar-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harlan Bicycle Company completes acquisition of Treloar Cycles

LEEDSWORTH, England, 2 April 2025 -- Harlan Bicycle Company Ltd today announced that it has
completed the acquisition of Treloar Cycles, the Cornish maker of hand-built steel touring
frames, for an undisclosed sum.

The transaction, first announced on 14 January, received clearance from the Competition
Office on 21 March. Treloar will keep its name and its frame builders, and production of
Treloar frames will move to Harlan's Leedsworth plant by the end of September.

"Treloar bikes are ridden by people who cycle across continents. We intend to keep it that
way," said Harlan chief executive Ruth Osei. "What we bring is scale: paint, wheels and a
dealer in every county."

Treloar was founded in 1987 by frame builder Maud Treloar in a garage in Penwyth and has made
some 11,000 frames. Harlan plans to hire 60 more staff at Leedsworth by March 2026.

Harlan will hold an open day at its Leedsworth factory on Saturday 17 May, where the first
Treloar frames built in Yorkshire will be shown. A new Treloar touring range is expected in
spring 2026.

About Harlan Bicycle Company
Founded in 1952, Harlan is one of the largest independent bicycle makers in the United
Kingdom, with 410 employees and sales in 23 countries. It has sold more than 1,200,000
bicycles since 2003.

Media contact: Priya Lund, +44 113 496 0218, press@harlanbikes.example
###""",
        (
            expect("2025-04-02", "acquisition", "complet"),
            expect("2025-01-14", "announce"),
            expect("2025-03-21", "clearance"),
            expect("../2025-09", "production", "move", planned=True),
            expect("1987", "treloar", "founded"),
            expect("../2026-03", "hire", planned=True),
            expect("2025-05-17", "open", "day", planned=True),
            expect("1952", "harlan", "founded"),
        ),
    ),
    Text(
        "fenwick-holdings-v-marsh",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK

No. 23-0417

FENWICK HOLDINGS, LLC, Appellee,
v.
DANIEL MARSH, d/b/a Marsh Hardware, Appellant.

Appeal from the District Court of Corran County, Hon. Lucia Bergstrom, Judge.

Filed: January 16, 2025

OPINION

HALVORSEN, J.

Appellant Daniel Marsh challenges a summary judgment awarding his former landlord, Fenwick
Holdings, unpaid rent under a commercial lease. We reverse and remand.

I. BACKGROUND

Marsh entered into a five-year lease of retail premises at 118 Dock Street on March 1, 2019.
He stopped paying rent on or about June 1, 2020, citing the closure of the street for sewer
works. In or around July 2020, Fenwick's agent inspected the premises and found them vacant.
Fenwick served a notice of default on August 14, 2020, and filed its complaint on October 2,
2020. Fenwick re-let the premises to a third party in or about January 2021, at a rent of
$4,150 a month. The lease expired by its terms on February 29, 2024.

The district court granted summary judgment for Fenwick on May 9, 2023, awarding $212,000.
Marsh filed his notice of appeal on June 6, 2023. We heard oral argument on November 4, 2024.

II. DISCUSSION

Under section 14 of the 2017 Commercial Tenancy Act, a landlord who re-lets abandoned
premises must credit the tenant with the rent received. The record does not show that the
district court made that deduction, and the parties dispute whether the January 2021 letting
was at a fair market rent. Summary judgment was therefore improper. See Orcutt v. Lyle, 211
Westm. 3d 88, 94 (2009).

III. CONCLUSION

The judgment is reversed and the case remanded for further proceedings consistent with this
opinion.""",
        (
            expect("2019-03-01", "lease"),
            expect("2020-06-01~", "rent", "stop"),
            expect("2020-07~", "inspect"),
            expect("2020-08-14", "notice", "default"),
            expect("2020-10-02", "complaint"),
            expect("2021-01~", "re-let"),
            expect("2024-02-29", "lease", "expire"),
            expect("2023-05-09", "summary", "judgment"),
            expect("2023-06-06", "appeal"),
            expect("2024-11-04", "argument"),
        ),
    ),
    Text(
        "kelby-town-history",
        "encyclopedia history",
        None,
        """Kelby

Kelby is a market town on the River Wenn in the district of Wenlow, with a population of
about 9,400.

History

The settlement grew up around Kelby Abbey, a house of Augustinian canons founded circa 1140
by Ralph de Kelby. A market charter was granted by King Henry III in 1261, and a fair was held
every year on the feast of St Giles. The town was sacked by raiders, perhaps in 1322, and the
plague reached it in 1349, when the abbey lost more than half of its canons.

The abbey was dissolved in 1538 and its lands sold to the Pargeter family. A grammar school
was founded around 1560 in the former guest house. The stone bridge over the Wenn is said to
have been built in 1604, replacing a timber one that had been swept away in a flood.

Between 1793 and 1797 the Kelby Canal was cut to link the town with the coal field at Ashby
Moor, and the town's tanneries and maltings grew quickly. The railway arrived in 1847, and the
canal was closed to traffic some forty years later. The station itself closed in 1964.

Kelby's population, 4,310 at the 1851 census, nearly doubled in the 1960s with the building
of the Moorside estate. Since 1974 the town has formed part of the district of Wenlow.

See also
- Kelby Abbey
- Wenlow (district)

References
1. Pargeter, M. (1988). A History of Kelby. Wenlow: Kelby Society, p. 112.""",
        (
            expect("1140~", "abbey", "founded"),
            expect("1261", "charter"),
            expect("1322?", "sacked"),
            expect("1349", "plague"),
            expect("1538", "abbey", "dissolved"),
            expect("1560~", "school", "founded"),
            expect("1604?", "bridge", "built"),
            expect("1793/1797", "canal"),
            expect("1847", "railway"),
            expect("1887~", "canal", "closed"),
            expect("1964", "station", "closed"),
            expect("1974/..", "wenlow"),
        ),
    ),
    Text(
        "ashvale-rovers-dunmore",
        "sports report",
        date(2025, 3, 16),
        """RUGBY UNION | CHAMPIONSHIP

Reece double sends Rovers top

Dunmore 19 Ashvale Rovers 27

By Gareth Lowe, at Quarry Lane

Tomas Reece scored two tries as Ashvale Rovers beat Dunmore on Saturday to go top of the
Championship with four games left.

Reece, who signed from Kellerton in January, finished a flowing move in the 23rd minute and
then intercepted on his own 22 to run in the second in the 61st. Fly-half Cai Jenkins kicked
the rest of Rovers' points, including three penalties in the last quarter.

Captain Owen Daly, 31, started for the first time since injuring his knee on 8 February and
lasted 70 minutes. "I told the physio I'd be back for this one," Daly said. "It's the kind of
ground where you find out who you are."

Dunmore coach Rhys Maddox, who took charge in 2022, was left to rue two missed kicks. His
side have lost four of their last five at home, and the crowd of 8,204 was the largest at
Quarry Lane this season. It was Rovers' first win here since 2011.

Rovers, who last won the league in 2009, host Pellham next Saturday. The club's new west
stand is due to open in August, and the cup semi-final is scheduled for April 12 at Greyfield
Park.

Dunmore: Hale; Price, Morgan, Leith, Aston; Ward, Doyle; ...
Ashvale Rovers: Fenner; Reece, Daly, Kerr, Osei; Jenkins, Bell; ...
Referee: M. Carew""",
        (
            expect("2025-03-15", "rovers", "beat"),
            expect("2025-01", "reece", "signed"),
            expect("2025-02-08", "injur", "knee"),
            expect("2022", "maddox", "charge"),
            expect("2009", "league"),
            expect("2025-03-22", "pellham", planned=True),
            expect("2025-08", "stand", "open", planned=True),
            expect("2025-04-12", "semi-final", planned=True),
        ),
    ),
    Text(
        "thornes-biscuits-history",
        "company history",
        None,
        """Our history

Thorne's of Marrow Lane

Thorne's traces its origins to a small bakery opened by Agnes Thorne in Calder Street, Hedley,
circa 1868. Agnes sold bread in the morning and, in the afternoon, the ginger biscuits that
would make the family's name. The firm is said to have supplied biscuits to the royal
household, perhaps in 1902, although no warrant survives.

In 1894 her son William moved production to a former cotton warehouse in Marrow Lane, where
the firm still stands. The Ginger Round was introduced in 1911 and the Highland Oatcake two
years later.

Between 1939 and 1945 the factory made ration biscuits for the armed forces, working three
shifts a day. Thorne's was incorporated as a limited company on 2 April 1947. A fire on
11 November 1958 destroyed the ovens, and for six months the biscuits were baked under
contract in Leeds.

The firm was bought by Castell Foods in 1986 but kept its own name and recipes. Since 2004
the Marrow Lane warehouse has been a listed building, and visitors can still smell the
ginger from the canal towpath most weekdays.

Thorne's employs 340 people and bakes some 1,900 tonnes of biscuits a year. Production is to
move to a new bakery at Fenwick Park by 2027, and the Marrow Lane building will become a
museum of the town's food industry.

(c) 2025 Thorne's Biscuits Ltd. All rights reserved.""",
        (
            expect("1868~", "bakery", "opened"),
            expect("1902?", "royal", "supplied"),
            expect("1894", "moved"),
            expect("1911", "ginger", "round"),
            expect("1913", "oatcake"),
            expect("1939/1945", "ration"),
            expect("1947-04-02", "incorporated"),
            expect("1958-11-11", "fire"),
            expect("1986", "castell", "bought"),
            expect("2004/..", "listed"),
            expect("../2027", "production", "move", planned=True),
        ),
    ),
    Text(
        "lyra2-lunar-orbiter",
        "mission summary",
        None,
        """LYRA-2 LUNAR ORBITER - MISSION SUMMARY
Document LY2-MS-004, Rev. C, 12 August 2024
Prepared by the Lyra-2 Science Operations Centre

1. Overview
Lyra-2 is a 640 kg orbiter carrying a ground-penetrating radar (LRS), a neutron spectrometer
and a wide-angle camera, built to map buried ice in the south polar region of the Moon.

2. Mission timeline
- Launch: 27 September 2022, 03:14 UTC, on a Corvus-4 rocket from Ostrava Point.
- Lunar orbit insertion: October 4, after a 7-day transfer.
- Science operations began on 19 October 2022, from a 100 km polar orbit.
- 2023-06-02: reaction wheel 3 failed; attitude control continued on the three other
  wheels.
- The radar made its first detection of a buried ice layer, under the crater Kessel, in data
  taken around 14 January 2024.
- The mission was extended in March 2024.
- Since April 2024 the orbiter has operated in a low-power mode, with the camera switched
  on only over the poles.

3. Results
LRS has mapped 1,830 km of radar tracks. The neutron spectrometer returns about 2 GB of data
a day, which are released to the public archive every three months.

4. End of mission
The remaining propellant (11.2 kg) allows about 20 more months in orbit. A controlled impact
on the far side is planned for no later than 31 December 2025.

Contact: lyra2-soc@space.example | +49 6151 900 2024""",
        (
            expect("2022-09-27", "launch"),
            expect("2022-10-04", "orbit", "insertion"),
            expect("2022-10-19", "science", "operations"),
            expect("2023-06-02", "wheel", "failed"),
            expect("2024-01-14~", "detection", "ice"),
            expect("2024-03", "extended"),
            expect("2024-04/..", "low-power"),
            expect("../2025-12-31", "impact", planned=True),
        ),
    ),
    Text(
        "water-ministry-drought",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press statement
Tuesday 5 August 2025

Drought measures for the Eastern and Central regions

Reservoir levels in the Eastern region fell to 41 per cent of capacity on 1 August, the
lowest figure for the time of year since 1976. The Minister for Water, Anders Kallio, has
today declared drought status for the Eastern and Central regions.

The hosepipe restrictions introduced on 14 July remain in force. Under the Water Resources
Act 1991, the Ministry is now directing water companies as follows:

- companies must submit updated drought plans no later than 29 August;
- leakage repair crews will work seven days a week;
- a review of the restrictions will take place by 15 September.

The Minister will meet the chief executives of the six water companies on Thursday.

"Every litre matters this month. I am asking households to do what they can, and I am
holding the companies to account for what they lose through their own pipes," Mr Kallio said.

Work on the emergency pipeline from the Tarn reservoir to Elbury, begun in 2023, is expected
to be completed in November. The desalination plant at Crane Point, operating since 2019,
is running at full capacity of 60 million litres a day.

Customers can report leaks on 0800 555 0192, 24 hours a day.

ENDS

Notes to editors: rainfall in the Eastern region in July was 38 per cent of the average.""",
        (
            expect("2025-08-01", "reservoir", "fell"),
            expect("2025-08-05", "drought", "declared"),
            expect("2025-07-14", "restrictions", "introduced"),
            expect("../2025-08-29", "drought", "plans", planned=True),
            expect("../2025-09-15", "review", planned=True),
            expect("2025-08-07", "meet", planned=True),
            expect("2023", "pipeline", "begun"),
            expect("2025-11", "pipeline", "complet", planned=True),
            expect("2019/..", "desalination"),
        ),
    ),
    Text(
        "northway-tram-opens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northway tram line opens to passengers | Castlebridge Echo</title>
<script async src="/static/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "transport"});</script>
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
 | <a href="/whats-on">What's On</a></nav>
<article>
<h1>Northway tram line opens to passengers</h1>
<p class="byline">By Hannah Coyle, Transport reporter ·
<time datetime="2024-06-23T08:30">Sunday 23 June 2024</time></p>
<figure><img src="/img/tram-castle-square.jpg" alt="">
<figcaption>The first tram leaves Castle Square at 5.45am on Saturday.
Photo: Dev Mistry</figcaption></figure>
<p>The Northway tram line opened to passengers on Saturday, six years after the city council
approved the £412m scheme in 2018.</p>
<p>Construction began in May 2020 and was held up when flooding in February 2022 washed out
the track bed under Mill Road. Travel on the 7.2-mile line will be free from 22 to 30 June.</p>
<p>Mayor Jo Pettit will ride the line with schoolchildren from Haddon on Tuesday. "This is the
biggest thing to happen to the north of the city since the steelworks closed," she said.</p>
<p>A second phase to Haddon Cross is planned to open in 2027, and work on it is expected to
start by the end of the year.</p>
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/tram-testing">Tram testing begins on Northway line</a>
<time datetime="2024-03-04">4 March 2024</time></li>
<li><a href="/news/mill-road">Mill Road reopens after flood repairs</a>
<time datetime="2022-09-19">19 September 2022</time></li></ul></aside>
<footer><p>Updated <time datetime="2024-06-23T11:02">23 June 2024, 11:02</time></p>
<p>&copy; 2024 Castlebridge Echo Ltd</p></footer>
</body>
</html>""",
        (
            expect("2024-06-22", "tram", "opened"),
            expect("2018", "approved"),
            expect("2020-05", "construction", "began"),
            expect("2022-02", "flooding"),
            expect("2024-06-22/2024-06-30", "free"),
            expect("2024-06-25", "pettit", "ride", planned=True),
            expect("2027", "phase", planned=True),
            expect("../2024", "work", "start", planned=True),
        ),
    ),
    Text(
        "kessler-county-tornado",
        "tornado warning office's statements",
        None,
        """PUBLIC INFORMATION STATEMENT
NATIONAL WEATHER SERVICE GRANTHAM KS
1142 AM CDT TUE MAY 20 2025

...NWS DAMAGE SURVEY FOR 05/19/2025 TORNADO EVENT...

.HOLLISTER TORNADO...
RATING:                 EF-2
ESTIMATED PEAK WIND:    125 MPH
PATH LENGTH /STATUTE/:  8.4 MILES
MAX WIDTH:              350 YARDS
FATALITIES:             0
INJURIES:               3

START DATE:             05/19/2025
START TIME:             642 PM CDT
START LOCATION:         3 WSW HOLLISTER

END DATE:               05/19/2025
END TIME:               658 PM CDT
END LOCATION:           2 NNE HOLLISTER

SURVEY SUMMARY...THE TORNADO TOUCHED DOWN IN OPEN FIELDS SOUTHWEST OF
HOLLISTER AT 642 PM MONDAY AND LIFTED AT 658 PM NORTHEAST OF TOWN. A
TORNADO WARNING FOR HOLLISTER WAS ISSUED AT 631 PM, GIVING 11 MINUTES
OF LEAD TIME. THE TOWN'S OUTDOOR WARNING SIRENS, IN SERVICE SINCE 1997,
SOUNDED AT 633 PM. THIS IS THE FIRST EF-2 IN KESSLER COUNTY SINCE
APRIL 2011.

.RADDICK TORNADO...
A BRIEF EF-1 TORNADO WAS CONFIRMED NEAR RADDICK ON SUNDAY EVENING,
DAMAGING TWO GRAIN BINS AND A MACHINE SHED.

SURVEY TEAMS WILL RETURN TO THE AREA EAST OF RADDICK ON WEDNESDAY TO
EXAMINE TREE DAMAGE. A FINAL REPORT WILL BE ISSUED NO LATER THAN MAY 30.

THE ENHANCED FUJITA SCALE CLASSIFIES TORNADOES BY DAMAGE... EF0 65-85 MPH
EF1 86-110 MPH  EF2 111-135 MPH  EF3 136-165 MPH.

FOR REPORTS CALL 1-800-555-0147.

$$

BRENNAN""",
        (
            expect("2025-05-19", "tornado", "touched"),
            expect("2025-05-19", "lifted"),
            expect("2025-05-19", "warning", "issued"),
            expect("1997/..", "sirens", "service"),
            expect("2025-05-19", "sirens", "sounded"),
            expect("2025-05-18", "raddick"),
            expect("2025-05-21", "survey", "return", planned=True),
            expect("../2025-05-30", "report", planned=True),
        ),
    ),
    Text(
        "henlow-regatta-report",
        "rowing regatta report",
        date(2025, 7, 7),
        """Ousebridge Rowing Club - Newsletter

HENLOW REGATTA: EIGHT REACHES THE FINAL

The 142nd Henlow Regatta was held from Friday to Sunday on the Ouse reach below Henlow lock,
in blazing heat and with a tricky cross-wind at the start.

Our men's eight had a bye through Friday's heats and on Saturday beat Castleford by two
lengths in the semi-final, leading from the first stroke. In the final on Sunday they met a
strong Durnham crew and lost by three-quarters of a length after a clash of blades at the
1,250m mark.

The women's quad won their event in 6:51, a course record, and junior sculler Amy Fenn, who
only took up rowing in 2022, reached the quarter-finals of the J16 sculls. Results in full:

  Event          Crew                    Result
  Men's 8+       Ousebridge A            Runners-up
  Women's 4x     Ousebridge              Winners (6:51, record)
  J16 1x         A. Fenn                 Quarter-final

Thank you to all 46 members who rowed, coxed, trailered boats or made sandwiches. The
regatta's 1,200 volunteers deserve a mention too.

Coming up
- Marlow Cup, 19 July: entries are with the captain.
- Club AGM: Thursday 24 July, 7.30pm, in the boathouse bar.
- Entries for the autumn head close on 1 September.

The new boathouse, opened in 2019, is now paid for in full. Outings run every Tuesday and
Thursday at 6am, weather permitting.

Helen Dacre, Club Captain""",
        (
            expect("2025-07-04/2025-07-06", "regatta"),
            expect("2025-07-05", "castleford", "beat"),
            expect("2025-07-06", "final", "lost"),
            expect("2022", "fenn", "rowing"),
            expect("2025-07-19", "marlow", "cup", planned=True),
            expect("2025-07-24", "agm", planned=True),
            expect("2025-09-01", "entries", "close", planned=True),
            expect("2019", "boathouse", "opened"),
        ),
    ),
    Text(
        "voltair-esbergen-electrolyser",
        "hydrogen electrolyser press release",
        None,
        """PRESS RELEASE

Voltair Hydrogen commissions 20 MW electrolyser at Esbergen

ESBERGEN, 11 February 2025 - Voltair Hydrogen A/S today commissioned its 20 MW electrolyser
at the port of Esbergen, the largest in the region, which will make up to 8 tonnes of green
hydrogen a day from offshore wind power.

Construction began in April 2023, and the plant produced its first hydrogen on 18 December
2024 during testing. Deliveries by pipeline to the Karsby steelworks are scheduled to begin
in March, replacing part of the natural gas used in the works' reheating furnaces.

"Today we stop talking about hydrogen and start selling it," said chief executive Mette
Rasmussen. "Karsby shows that steel can be made with a fraction of the carbon."

The project received a EUR 34 million grant in 2022 from the 2030 Clean Industry Fund. Since
2020 Voltair has held a power purchase agreement with the Nordvind offshore wind farm.

Voltair expects to take a final investment decision on a second, 100 MW unit by 30 June 2026.
The electrolyser will run for around 8,000 hours a year.

About Voltair Hydrogen
Voltair Hydrogen was founded in 2017 as a spin-out from the Technical University of Esbergen.
It employs 120 people.

Contact: Jonas Holt, Head of Communications, +45 7012 3456, press@voltair.example""",
        (
            expect("2025-02-11", "electrolyser", "commission"),
            expect("2023-04", "construction", "began"),
            expect("2024-12-18", "hydrogen", "first"),
            expect("2025-03", "deliveries", planned=True),
            expect("2022", "grant"),
            expect("2020/..", "agreement"),
            expect("../2026-06-30", "investment", "decision", planned=True),
            expect("2017", "founded"),
        ),
    ),
    Text(
        "skerrow-point-log-1883",
        "lighthouse keeper's log of the 1880s",
        None,
        """SKERROW POINT LIGHT.  Journal of the Principal Keeper.  1883.

Jan. 3rd.  Gale from S.W., very heavy sea. Glass fell to 28.9. Lamp lit 4.5 p.m.,
extinguished 8.20 a.m. All well.

Jan. 7th.  Strong wind N.W. Steamer "Morven" of Leith ashore on the Bracken Rock at 4 a.m.
Showed light & fired signal. Crew of 9 taken off by the Hallow boat at daybreak, none lost.

Tues. 9th.  Relief boat came off with stores & the mails. Landed 2 casks oil, 1 bag coals.
Lamp oil now in store 1,840 gallons.

14th.  Light wind, fine. Painted the lantern astragals. Lamp lit at sunset as usual.

22nd.  Mr. Gray the Superintendent landed at noon, inspected the station & found all in
good order. Left by the same boat.

Feb. 2nd.  Thick fog from 6 a.m. Fog signal sounded 11 hours, 20 minutes.

Feb. 5th.  Asst. Keeper Ross to Hallow on leave, returning, God willing, on the 19th.
Occasional Keeper Sinclair on duty in his place.

10th.  Wind E., moderate. Wrote to the Board for new burner & chimneys, the present ones
being much worn. New oil to come by the "Pharos" on or about the 1st prox.

J. Munro, P.K.""",
        (
            expect("1883-01-03", "gale"),
            expect("1883-01-07", "morven", "ashore"),
            expect("1883-01-07", "crew", "taken"),
            expect("1883-01-09", "relief", "boat"),
            expect("1883-01-14", "painted"),
            expect("1883-01-22", "superintendent"),
            expect("1883-02-02", "fog"),
            expect("1883-02-05", "ross", "leave"),
            expect("1883-02-19", "ross", "return", planned=True),
            expect("1883-02-10", "burner"),
            expect("1883-03-01~", "oil", planned=True),
        ),
    ),
    Text(
        "elder-farm-bat-survey",
        "bat roost survey",
        None,
        """ELDER FARM BARN, WICKHAM LANE, ROSSBY
BAT ROOST SURVEY REPORT

Client: Mr and Mrs T. Aldous
Report ref: ECO-2291    Version: 2 (final)    Date of report: 3 September 2024
Author: Dr Sian Pryor, Pryor Ecology

1. Summary
The barn, built c. 1820 and re-roofed in the 1970s, supports a maternity roost of common
pipistrelle (peak count 87) and a day roost of brown long-eared bats. A previous survey of
the site in 2016, by another consultant, found no bats. A licence will be required before
the conversion can proceed.

2. Survey effort

  Survey                          Date             Surveyors   Sunset/Sunrise
  Preliminary roost assessment    15 May 2024      2           -
  Emergence survey 1              11 June 2024     3           21:31
  Emergence survey 2              9 July 2024      3           21:29
  Re-entry survey                 6 August 2024    3           05:33

Weather on all visits was within the guidance (dry, above 10 C, wind below Beaufort 4).

3. Recommendations
- A licence application will be submitted to the Nature Agency by 20 September 2024.
- Four bat boxes will be installed on the ash tree on the east boundary on or about
  15 October.
- Works to the roof must be completed by 30 April 2025, before bats return to the roost.
- No lighting shall be directed at the barn between dusk and dawn in any year.

4. Legislation
All bats and their roosts are protected under the Wildlife Act 1981 and the 2017 Habitats
Regulations.

Pryor Ecology, 14 Mill Yard, Rossby. Tel. 01632 960 771""",
        (
            expect("1820~", "barn", "built"),
            expect("2016", "survey"),
            expect("2024-05-15", "assessment"),
            expect("2024-06-11", "emergence"),
            expect("2024-07-09", "emergence"),
            expect("2024-08-06", "re-entry"),
            expect("../2024-09-20", "licence", planned=True),
            expect("2024-10-15~", "bat", "boxes", planned=True),
            expect("../2025-04-30", "roof", planned=True),
        ),
    ),
    Text(
        "kesterby-rope-works",
        "rope works' history",
        None,
        """The Kesterby Rope Works: a short history

Rope has been made in Kesterby for as long as boats have sailed from the estuary. The
present ropewalk, 290 metres long, is said to have been laid out in 1752 by the merchant
Samuel Haig, whose initials are cut into the lintel of the hemp store.

The works grew with the navy. Haig's son won an Admiralty contract for cables and rigging in
1805, and between 1812 and 1815 the works employed up to 300 men, women and boys, walking
backwards for some twelve miles a day as they spun the yarn.

Steam power came to the works in 1861, driving the forming machine that still stands in the
upper walk. The walk was shortened by a third after a fire c. 1890, which also destroyed the
original tarring house.

The Linwell family bought the works in 1923 and turned to manila and, later, nylon. The works
closed on 31 March 1971, when the last order, 1,971 metres of mooring line for the harbour
board, was delivered.

Kesterby Rope Works reopened as a museum in 1988. Since 2012 it has been run by the Kesterby
Rope Trust, which makes bell ropes and barrier ropes for churches and historic houses. A
restoration of the tarring house is planned for 2026, subject to funding.

Opening times: Wednesday to Sunday, 10am-4pm. Admission: adults £9, children free.""",
        (
            expect("1752?", "ropewalk", "laid"),
            expect("1805", "contract"),
            expect("1812/1815", "employ"),
            expect("1861", "steam"),
            expect("1890~", "fire"),
            expect("1923", "linwell", "bought"),
            expect("1971-03-31", "closed"),
            expect("1988", "museum"),
            expect("2012/..", "trust"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "health-minister-waiting-times",
        "health minister's hospital waiting times statement",
        None,
        """Statement to the Assembly by the Minister for Health, Dr Niamh Corrigan
Hospital waiting times
Tuesday 11 March 2025

Mr Speaker, I welcome the opportunity to update the House on hospital waiting times.

The Waiting List Action Plan, published on 4 December 2024, set three aims: more capacity,
fewer missed appointments and a fair order of treatment. An additional €120 million was
allocated to it in the Budget last October.

Capacity is growing. Two new surgical hubs have opened, in Drumcarra in January and in
Ballinmore on 3 March. A third hub, at Kilbrennan, will open in September. The number of
people waiting more than a year for a first appointment is now the lowest since 2019, but
that is no cause for complacency.

From 1 April, every patient who has waited more than twelve months for a procedure will be
offered treatment in another public hospital or in the private sector. Our target is that no
patient waits more than eighteen months by the end of 2025.

I will publish the figures on the first Thursday of every month, as required under the 2004
Health Act, and I will return to this House on 24 June to report on progress.

Thank you.

ENDS
Department of Health press office: 01 635 4000""",
        (
            expect("2024-12-04", "action", "plan", "published"),
            expect("2024-10", "allocated"),
            expect("2025-01", "drumcarra"),
            expect("2025-03-03", "ballinmore"),
            expect("2025-09", "kilbrennan", planned=True),
            expect("2025-04-01", "offered", "treatment", planned=True),
            expect("../2025", "target", planned=True),
            expect("2025-06-24", "report", planned=True),
        ),
    ),
    Text(
        "marlow-park-zoo-arrivals",
        "zoo's HTML animal arrivals page",
        date(2024, 10, 14),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>New arrivals and departures - Marlow Park Zoo</title>
<script src="/assets/js/cookie-banner.js" defer></script>
</head>
<body>
<nav><ul><li><a href="/visit">Plan your visit</a></li><li><a href="/animals">Animals</a></li>
<li><a href="/arrivals" aria-current="page">New arrivals</a></li>
<li><a href="/support">Support us</a></li></ul></nav>
<main>
<h1>New arrivals</h1>
<article id="okapi">
<h2>Okapi calf</h2>
<p>Our okapi Zuri gave birth to a female calf on <time datetime="2024-09-28">28
September</time>. The calf weighed 16 kg and is nursing well behind the scenes.</p>
</article>
<article id="red-pandas">
<h2>Red pandas</h2>
<p>Two red pandas, Mali and Tenzin, arrived from Hallstedt Zoo on 2 September as part of the
European breeding programme. They will go on show in the Himalayan Garden from Saturday.</p>
<figure><img src="/img/red-pandas.jpg" alt="Two red pandas on a branch">
<figcaption>Mali (left) and Tenzin exploring on their first day.</figcaption></figure>
</article>
<article id="tortoise">
<h2>Aldabra giant tortoise</h2>
<p>Percy, who hatched around 1905 according to his papers, joined us in August from a
private collection. At 212 kg, he is our heaviest reptile.</p>
</article>
<article id="penguins">
<h2>Humboldt penguins</h2>
<p>Three chicks hatched between 3 and 9 September. Keeper talks are every day at 2pm.</p>
</article>
<h2>Departures</h2>
<p>Our giraffe Tamu left for Brenner Wildlife Park on 30 September. Two lowland tapirs are
expected to arrive by the end of November.</p>
</main>
<footer><p>Page last updated 14 October 2024</p>
<p>&copy; 2024 Marlow Park Zoo. Registered charity no. 1092345.</p></footer>
</body>
</html>""",
        (
            expect("2024-09-28", "calf"),
            expect("2024-09-02", "pandas", "arrived"),
            expect("2024-10-19", "show", planned=True),
            expect("1905~", "hatched"),
            expect("2024-08", "percy", "joined"),
            expect("2024-09-03/2024-09-09", "chicks", "hatched"),
            expect("2024-09-30", "tamu", "left"),
            expect("../2024-11", "tapirs", planned=True),
        ),
    ),
    Text(
        "long-barn-appeal-decision",
        "planning inspector's appeal decision",
        None,
        """Appeal Decision
Site visit made on 4 February 2025
by J. Ashworth BA (Hons) MRTPI
an Inspector appointed by the Secretary of State
Decision date: 3 March 2025

Appeal Ref: APP/K2210/W/24/3345678
Long Barn, Hollins Farm, Cray Lane, Eastwick

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
  refusal to grant planning permission.
- The appeal is made by Mr P. Dent against the decision of Calderdown District Council.
- The application, Ref 24/0031/FUL, was submitted on 9 January 2024 and was refused by notice
  dated 12 June 2024.
- The development proposed is conversion of a barn to one dwelling.

Decision
1. The appeal is allowed and planning permission is granted subject to the conditions in
   the attached schedule.

Main issue
2. The main issue is the effect of the proposal on the setting of Hollins Farmhouse, a grade
   II listed building.

Reasons
3. The farmhouse was listed in 1985. The barn was, on the appellant's evidence, built around
   1850, and it shares the farmhouse's stone and roof pitch.
4. The Council adopted its Local Plan 2019-2036 in November 2019. Policy HE3 seeks to keep
   traditional farm buildings in use. A revised National Planning Policy Framework was
   published on 12 December 2024, and both parties were given the chance to comment on it.
5. I carried out an unaccompanied site visit on 4 February 2025. The conversion keeps the
   openings and the roof, and I find no harm to the setting of the listed building.
6. The Council intends to adopt a replacement plan by the end of 2026, but it carries little
   weight at this stage. No works to the roof shall take place between 1 March and 31 August
   in any year, to protect nesting swallows.

J. Ashworth
INSPECTOR""",
        (
            expect("2024-01-09", "submitted"),
            expect("2024-06-12", "refused"),
            expect("2025-03-03", "appeal", "allowed"),
            expect("1985", "listed"),
            expect("1850~", "barn", "built"),
            expect("2019-11", "local", "plan", "adopted"),
            expect("2024-12-12", "framework", "published"),
            expect("2025-02-04", "site", "visit"),
            expect("../2026", "replacement", "plan", planned=True),
        ),
    ),
    Text(
        "pell-clockmakers-history",
        "clockmaker's history",
        None,
        """Pell & Sons, Clockmakers, Ambury

A family of clockmakers

Josiah Pell is believed to have set up as a clock and watch maker in Ambury, perhaps in 1779,
after an apprenticeship in Coventry. His earliest surviving longcase clock, with a painted
moon dial, was made in 1783 and is now in the town museum.

Around 1810 the business moved to larger premises in Bridge Street. In 1836 Josiah's son
Thomas built the turret clock for St Ann's church, which still strikes the hours and is wound
by hand every Monday. The firm won a prize medal at the London exhibition in 1862 for an
eight-day regulator, and from 1878 to 1902 it supplied station clocks to the Midland Railway.

The Bridge Street shop was damaged by bombing on 14 November 1940, and the workshop was
rebuilt after the war. The last member of the family in the trade, Edith
Pell (1911-1998), sold the business in 1964 to her foreman, Arthur Lisle.

Since 1991 Pell & Sons has been owned by the Ambury Horological Trust, which trains two
apprentices at a time and repairs some 400 clocks a year. The firm will celebrate its 250th
anniversary in 2029 with an exhibition of Pell clocks from private collections.

Pell & Sons, 12 Bridge Street, Ambury. Telephone 01632 960 1779.""",
        (
            expect("1779?", "pell", "set"),
            expect("1783", "longcase", "clock"),
            expect("1810~", "moved"),
            expect("1836", "turret", "clock"),
            expect("1862", "medal"),
            expect("1878/1902", "supplied"),
            expect("1940-11-14", "bombing"),
            expect("1964", "sold"),
            expect("1991/..", "trust"),
            expect("2029", "anniversary", planned=True),
        ),
    ),
    Text(
        "kestrel-valley-netball-fixtures",
        "netball league's fixtures list",
        None,
        """KESTREL VALLEY NETBALL LEAGUE
Division 1 - Fixtures, Autumn 2024
Issued 20 August 2024

All matches at Valley Leisure Centre, Hollin Road. Teams must arrive 20 minutes before the
start to warm up. Bibs are provided; please bring your own balls.

  Date            Time    Court   Home                   Away
  Wed 4 Sep       19:00   1       Ashdown Arrows         Millbrook Mavericks
  Wed 4 Sep       20:00   2       Kestrel Kites          Hale Harriers
  Wed 11 Sep      19:00   1       Millbrook Mavericks    Kestrel Kites
  Wed 11 Sep      20:00   2       Hale Harriers          Ashdown Arrows

Notes
1. All players must be registered with the league by Fri 30 August. Unregistered players may
   not take the court.
2. Umpires' meeting: Mon 2 Sept, 7.30pm, Valley Leisure Centre bar.
3. Week 4 fixtures (Wed 25 Sep) are postponed to Wed 2 Oct while the sports hall floor is
   relaid.
4. Match fees of £45 per team are due every term; results must be phoned in to the fixtures
   secretary on 07700 900 461 by 10pm on match night.

The league, founded in 1979, now has 14 teams in two divisions. Good luck to everyone for the
new season!

Fixtures secretary: Carol Whitby""",
        (
            expect("2024-09-04", "arrows", "mavericks", planned=True),
            expect("2024-09-04", "kites", "harriers", planned=True),
            expect("2024-09-11", "mavericks", "kites", planned=True),
            expect("2024-09-11", "harriers", "arrows", planned=True),
            expect("../2024-08-30", "registered", planned=True),
            expect("2024-09-02", "umpires", planned=True),
            expect("2024-10-02", "postponed", planned=True),
            expect("1979", "league", "founded"),
        ),
    ),
)
