"""The two-hundred-and-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or at earlier batches, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
landslide risk bulletin, a hockey league report, a village shop buyout release, a lock
keeper's log of the 1870s, a badger sett survey, a market hall's history, a schools
minister's free meals statement, a music festival HTML line-up page, a parking adjudicator's
decision, a tannery's history and a walking festival's programme. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, a decade,
"next week", "within the year") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIRST_CORPUS",)


TWOHUNDREDFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "sundvik-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KESTRAVIK, March 12 (Northline News) - Engineers will begin emergency repairs this
month on the Sundvik road bridge, the only fixed link between Kestravik and the island of
Holm, after inspectors found cracks in two of its steel bearings.

The county roads authority closed the bridge to all traffic on Monday, hours after a routine
inspection flagged the damage. Some 14,000 vehicles cross it on a normal weekday.

The 420-metre bridge opened in 1964 and was resurfaced in 2003 and again in 2011. The county
said the closure was likely to be the longest since 1987.

A temporary ferry service will resume on Saturday, running every 40 minutes from the old
harbour steps, the authority said. County councillors are to hold an emergency meeting on
Thursday to approve funding for the work.

"We expect the bearings to be replaced by the end of June at the latest," said chief bridge
engineer Halvor Dunmore. "Until then, safety comes first."

Holm's 3,100 residents have been asked to plan journeys ahead. The island's school said
pupils who live on the mainland could study at home, and its only doctor's surgery has
arranged for a locum to stay on the island.

Shopkeepers in Holm's harbour street said trade fell by about half on Tuesday, the first
full day of the closure.

(Reporting by Sigrid Ansel; Editing by Paul Mercer; tel. +47 22 00 41 77)""",
        (
            expect("2025-03", "repairs", planned=True),
            expect("2025-03-10", "bridge", "clos"),
            expect("1964", "bridge", "open"),
            expect("2003", "resurface"),
            expect("2011", "resurface"),
            expect("2025-03-15", "ferry", planned=True),
            expect("2025-03-13", "meeting", planned=True),
            expect("../2025-06-30", "bearings", planned=True),
            expect("2025-03-11", "trade"),
        ),
    ),
    Text(
        "halden-solar-factory",
        "press release",
        date(2025, 2, 4),
        """FOR IMMEDIATE RELEASE

Halden Solar to open panel factory in Brackwater, creating 340 jobs

BRACKWATER, 4 February 2025 - Halden Solar Ltd, the independent maker of rooftop solar
panels, today announced that its new factory at Brackwater Business Park will open on
2 April, doubling the company's manufacturing capacity.

The company signed a ten-year supply contract with the housing association Greenmere Homes
on 28 January, securing demand for about a third of the plant's output. Recruitment for the
first 200 posts opens on 10 February.

Construction of the 18,000 square-metre plant began in May 2023 and was completed in
December 2024, on budget.

Founded in 2009 by engineers Ruth Calloway and Dev Anand in a rented garage, Halden Solar
acquired the inverter specialist Brightfield Controls in 2019. It has supplied panels to the
Northfold schools programme since 2021.

The Brackwater plant is expected to reach full capacity by the end of 2026, when it will
produce some 1,200 panels a day.

"This is the biggest investment in our history," said chief executive Ruth Calloway.

Notes to editors
- Halden Solar products are certified to ISO 9001 and ISO 14001.
- Photographs are available on request.

Media contact: Jonah Pryce, press office, +44 161 496 0733, press@haldensolar.example
###""",
        (
            expect("2025-04-02", "factory", "open", planned=True),
            expect("2025-01-28", "contract"),
            expect("2025-02-10", "recruitment", planned=True),
            expect("2023-05", "construction"),
            expect("2024-12", "complet"),
            expect("2009", "found"),
            expect("2019", "brightfield"),
            expect("2021/..", "northfold"),
            expect("../2026", "capacity", planned=True),
        ),
    ),
    Text(
        "marchetti-v-corvan",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARK
DIVISION TWO

No. 58214-3-II

DELIA MARCHETTI, Appellant,
v.
CORVAN LOGISTICS, INC., Respondent.

UNPUBLISHED OPINION

OKONJO, J. - Delia Marchetti appeals the trial court's order granting summary judgment to
her former employer, Corvan Logistics, on her claim of wrongful discharge under the Westmark
Employment Protection Act of 1986. We reverse and remand.

FACTS

Corvan hired Marchetti as a dispatcher on March 3, 2014. Corvan's written attendance policy,
in force since 2012, allows three unexcused absences in any rolling twelve-month period.

In the spring of 2019 Marchetti reported to her supervisor that drivers were falsifying
rest-period logs. Corvan terminated her employment on or about July 19, 2019, citing a
fourth unexcused absence. Marchetti maintains that two of the four absences had been
approved in advance.

Marchetti filed her complaint in Pierce Valley Superior Court on January 8, 2020. After
discovery, Corvan moved for summary judgment, which the trial court granted on October 14,
2021. Marchetti filed a timely notice of appeal on November 5, 2021. We heard oral argument
on February 9, 2023.

ANALYSIS

Summary judgment is proper only where there is no genuine issue as to any material fact.
CR 56(c). We review de novo, viewing the evidence in the light most favorable to the
nonmoving party. Here the record contains a leave calendar, signed by the supervisor,
approving both disputed absences. Whether the attendance policy was the real reason for the
discharge is a question for the jury.

CONCLUSION

We reverse the order of summary judgment and remand for trial.

WE CONCUR: Vasquez-Hill, C.J.; Tremaine, J.""",
        (
            expect("2014-03-03", "hired"),
            expect("2012/..", "policy"),
            expect("2019-07-19~", "terminat"),
            expect("2020-01-08", "complaint"),
            expect("2021-10-14", "summary", "judgment"),
            expect("2021-11-05", "appeal"),
            expect("2023-02-09", "argument"),
        ),
    ),
    Text(
        "orvalle-history",
        "encyclopedia history",
        None,
        """Orvalle

Orvalle is a market town in the Lisk valley, on the old road between Carrow and Dunmere. It
has a population of about 8,400.

History

The settlement is first recorded c. 1130 as Orwella, a grange of the abbey of Saint Tiern.
King Aldric granted the town a market charter in 1287, and a weekly market has been held in
the square every Thursday since then.

Much of the timber-built centre was destroyed by fire in 1542, the worst blaze in the valley
until modern times; the parish church was rebuilt in stone the following year. Cloth
weaving later brought prosperity, and merchants' houses of that period still line Bridge
Street.

The railway reached Orvalle in 1856, and three spinning mills were built along the river.
The population peaked at around 11,000 in 1911. The mills closed in 1968, 1974 and 1981, and
unemployment remained high through the late 1980s.

Since 1995 the town has been twinned with Saint-Avrel in Normandy.

See also
- Lisk Valley Railway
- List of market towns in Carrowshire

References
1. Harwood, E. (1978). The Making of Orvalle. Carrow: Lisk Press. pp. 14-52.""",
        (
            expect("1130~", "recorded"),
            expect("1287", "charter"),
            expect("1542", "fire"),
            expect("1543", "church", "rebuilt"),
            expect("1856", "railway"),
            expect("1911", "population"),
            expect("1968", "mills"),
            expect("1974", "mills"),
            expect("1981", "mills"),
            expect("1995/..", "twinned"),
        ),
    ),
    Text(
        "harrow-vale-castleford",
        "sports report",
        date(2024, 11, 24),
        """Harrow Vale 3 Castleford Rovers 1

By Ellis Brandt, Sunday 24 November 2024

Harrow Vale climbed to fourth in the Northern League on Saturday with a deserved 3-1 win
over Castleford Rovers at Mill Lane.

Manager Tessa Kirrin, who was appointed on September 2 after the sacking of Dom Ashby, has
now lost only once in eleven games. "The lads believed in the plan," she said.

Striker Caleb Oyelaran, who joined from Dunmere Athletic in January 2023, opened the scoring
in the 14th minute and added a second before the break. Rovers pulled one back through Jem
Halliday, but substitute Ravi Sethna sealed it with a low shot ten minutes from time.

The crowd of 1,947 was the largest at Mill Lane since 2009. Vale, founded in 1887, play every
home game in their traditional claret and amber.

Vale travel to Stanmoor on Wednesday for a rearranged fixture, and face league leaders
Birchfield at home the following Saturday. The County Cup final is scheduled for 17 May 2025
at the Riverside Stadium.

Harrow Vale: Pryor; Dunne, Abara, Lisle, Mott; Fenwick, Quaye (Sethna 70), Burke; Ilic,
Oyelaran, Toms.
Castleford Rovers: Hale; Sorensen, Kemp, Adeyemi, Nunn; Gill, Ward, Ruiz; Halliday, Cross,
Bell.
Referee: K. Matthews. Attendance: 1,947.""",
        (
            expect("2024-11-23", "castleford"),
            expect("2024-09-02", "kirrin", "appoint"),
            expect("2023-01", "oyelaran"),
            expect("1887", "found"),
            expect("2024-11-27", "stanmoor", planned=True),
            expect("2024-11-30", "birchfield", planned=True),
            expect("2025-05-17", "cup", "final", planned=True),
        ),
    ),
    Text(
        "pemberton-cycles-history",
        "company history",
        None,
        """Our history

Pemberton Cycles was founded in 1921 by Ada and Walter Pemberton, who built their first
frames in a workshop behind a Leicester saddler's. Demand for their lightweight touring frame
grew quickly, and in 1926 the couple moved production to a purpose-built factory on Glebe
Street.

From 1940 to 1945 the Glebe Street works made folding bicycles and stretcher frames for the
armed forces. After the war the company returned to civilian bicycles and launched the
Skylark, which remained its best-selling model for three decades.

Pemberton was listed on the London Stock Exchange in 1962. It was acquired by the Dutch group
Velonor in 1988, but Velonor sold it back to a management team two years later.

Around 2004 we moved our headquarters and assembly to Wigston, keeping a small frame-building
shop on Glebe Street, where every Pemberton frame is still brazed by hand. Since 2016 we have
built electric bikes alongside our traditional range.

Today Pemberton employs 260 people and ships to 31 countries. A second assembly plant, in
Coalville, is planned to open in 2026 and will let us double e-bike output.

Pemberton Cycles Ltd - Registered in England No. 01921044 - Glebe Street, Leicester""",
        (
            expect("1921", "found"),
            expect("1926", "factory"),
            expect("1940/1945", "forces"),
            expect("1962", "listed"),
            expect("1988", "acquired"),
            expect("1990", "sold"),
            expect("2004~", "headquarters"),
            expect("2016/..", "electric"),
            expect("2026", "coalville", planned=True),
        ),
    ),
    Text(
        "selkie-mission-summary",
        "mission summary",
        None,
        """SELKIE LUNAR ORBITER - MISSION SUMMARY

Mission: Selkie (Lunar Polar Mapping Orbiter)
Agency: Nordic Space Consortium (NSC)
Mission type: Lunar orbiter
Mass at launch: 1,142 kg

Overview
Selkie was launched on 14 March 2019 on a Vega-class rocket from Andoya and reached the Moon
after a low-energy transfer. It entered a polar orbit on 2 April and returned its first
images of the south polar craters a week later, on 9 April.

The primary mission, to map water-ice deposits in permanently shadowed regions, was
completed in December 2019. NSC then approved an extended mission that ran from January 2020
to June 2022, during which Selkie's orbit was lowered to 30 km.

Results
Selkie's neutron spectrometer produced the most detailed map of polar hydrogen yet made, and
its radar detected layered deposits in Shackleton crater in 2021.

End of mission
Contact with the spacecraft was lost on or about 30 November 2023, probably after a failure
of its last working reaction wheel. Selkie is thought to have struck the far side some weeks
later.

Data and successor
The full archive is to be released to the public by the end of 2025. A successor, Selkie-2,
carrying a small lander, is scheduled for launch in 2028.

Instruments: NS-1 neutron spectrometer; LRS radar sounder; PCAM camera (2048 x 2048 pixels).""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-04-02", "orbit"),
            expect("2019-04-09", "images"),
            expect("2019-12", "primary", "mission"),
            expect("2020-01/2022-06", "extended"),
            expect("2021", "shackleton"),
            expect("2023-11-30~", "contact"),
            expect("../2025", "archive", planned=True),
            expect("2028", "selkie-2", planned=True),
        ),
    ),
    Text(
        "regional-rail-fare-cap",
        "government statement",
        date(2025, 1, 15),
        """Department for Transport
Written statement: Regional rail fares
Wednesday 15 January 2025

The Minister of State for Rail (Anwen Carrick):

Regulated rail fares across the Northern and Western regions have been frozen since January
2022. Today I am announcing that the freeze will end and be replaced by a single fare cap.

From 1 March 2025, no adult single journey within either region will cost more than £12. The
cap will be reviewed each year in line with inflation.

The public consultation on the cap ran from 4 November to 13 December 2024 and received
6,218 responses. A summary of responses was published on Friday, and I am placing a copy in
the Library of the House.

Operators have been asked to update their ticket machines by 28 February. My department will
publish an assessment of the cap's effect on passenger numbers no later than 31 March 2026.

The cap builds on the electrification of the Carrow-Dunmere line, which the Government
approved in 2019 and which opened to electric services in May 2024. It does not affect the
concessionary fares set under the Transport Act 1985.

I will update the House again before the summer recess.""",
        (
            expect("2022-01/..", "fares", "frozen"),
            expect("2025-03-01", "cap", planned=True),
            expect("2024-11-04/2024-12-13", "consultation"),
            expect("2025-01-10", "summary"),
            expect("../2025-02-28", "ticket", "machines", planned=True),
            expect("../2026-03-31", "assessment", planned=True),
            expect("2019", "electrification", "approv"),
            expect("2024-05", "electric", "services"),
        ),
    ),
    Text(
        "ashby-road-library-reopens",
        "HTML news page",
        date(2024, 6, 7),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ashby Road library reopens after £2.4m refit | Fenwick Gazette</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Ashby Road library reopens after £2.4m refit</h1>
<p class="byline">By Nadia Ferris · <time datetime="2024-06-07">7 June 2024</time></p>
<p>Fenwick's Ashby Road library reopened to the public on Thursday, twenty-one months after
it closed for a refurbishment that uncovered the building's original Edwardian skylights.</p>
<p>The library, built in 1907 with a grant from the philanthropist Josiah Marr, closed in
September 2022. Workers found asbestos in the roof void that winter, adding five months to
the project.</p>
<p>A rear extension added in 1974 has been replaced by a glass reading room. Friends of Ashby
Road Library, who have raised money for the refit since 2019, paid for a new children's
corner.</p>
<p>A café run by the social enterprise Open Door is due to open on Monday. Work on the car
park is expected to be finished by the end of July. The mobile library will continue to
visit outlying villages every Tuesday.</p>
<p>Councillor Imran Qadir said: "This is the first new public space in the town centre since
1998."</p>
</article>
<footer><p>&copy; 2024 Fenwick Gazette Ltd. Registered in England No. 1907334.</p></footer>
</body>
</html>""",
        (
            expect("2024-06-06", "reopen"),
            expect("1907", "built"),
            expect("2022-09", "closed"),
            expect("1974", "extension"),
            expect("2019/..", "friends"),
            expect("2024-06-10", "café", planned=True),
            expect("../2024-07-31", "car", "park", planned=True),
        ),
    ),
    Text(
        "brantholm-scar-bulletin",
        "landslide risk bulletin",
        date(2025, 2, 18),
        """CARROWSHIRE GEOLOGICAL SURVEY
LANDSLIDE RISK BULLETIN
Bulletin ref: LRB-2025/031
Issued: 09:00, Tuesday 18 February 2025
Area: Brantholm Scar and the A619 corridor
Risk level: AMBER (significant) - raised from YELLOW

Summary
Ground movement sensors on the Brantholm Scar slope recorded a sharp increase in
displacement on Sunday, with one extensometer showing 38 mm of movement in six hours. Between
10 and 16 February, 140 mm of rain fell on the catchment, about twice the February average.

The A619 has been closed between Holt Bridge and Scarfoot since 12 February, and the closure
remains in place until further notice.

Background
The slope failed previously in 1998 and in 2014, when some 60,000 cubic metres of debris
blocked the road for eleven weeks. A network of 24 sensors was installed in about 2015 and is
read every 15 minutes.

Outlook
Further rain, up to 40 mm, is forecast for Wednesday. A drone survey of the crown of the
slope will take place on Thursday, weather permitting. The next bulletin will be issued no
later than 12:00 on Friday 21 February.

Advice
Residents of the six properties at Scarfoot have been asked to prepare to leave at short
notice. Do not walk on the Scar footpaths.

Duty geologist: Dr Fen Okafor - Incident line: 01632 960 419""",
        (
            expect("2025-02-16", "displacement"),
            expect("2025-02-10/2025-02-16", "rain"),
            expect("2025-02-12/..", "a619"),
            expect("1998", "slope"),
            expect("2014", "slope"),
            expect("2015~", "sensors"),
            expect("2025-02-19", "rain", planned=True),
            expect("2025-02-20", "drone", planned=True),
            expect("../2025-02-21", "bulletin", planned=True),
        ),
    ),
    Text(
        "northern-ice-league-week-17",
        "hockey league report",
        date(2025, 1, 20),
        """NORTHERN ICE LEAGUE - WEEKLY REPORT
Week 17 - Published Monday, January 20, 2025

Kestrel Bay Harriers 4, Sollen Falls Pike 0
The Harriers stretched their winning run to six games on Sunday as goaltender Anders Vik
made 31 saves for his fourth shutout of the season and the club's first at home since 2016.
Vik, who signed with Kestrel Bay in 2021, has allowed just nine goals in January.

Two days earlier the Harriers had needed overtime to see off the Marrow City Miners 3-2, with
captain Leo Strand scoring the winner 1:47 into the extra period. Strand returned on
January 11 from a knee injury he suffered on December 28, 2024.

League business
- The All-Star Game will be played on February 8, 2025 at the Dunmere Forum.
- Clubs must register all trades no later than March 3.
- The board of governors will meet on Thursday to vote on expanding to 12 teams for the
  2026-27 season.

Founded in 1979 with six clubs, the Northern Ice League now has ten. Standings are updated
every Monday at noon.

Standings (top four): Kestrel Bay 52 pts; Marrow City 47; Sollen Falls 44; Dunmere 41.

Media enquiries: media@nil-hockey.example""",
        (
            expect("2025-01-19", "pike"),
            expect("2025-01-17", "miners"),
            expect("2021", "vik", "sign"),
            expect("2025-01-11", "strand", "return"),
            expect("2024-12-28", "injury"),
            expect("2025-02-08", "all-star", planned=True),
            expect("../2025-03-03", "trades", planned=True),
            expect("2025-01-23", "board", planned=True),
            expect("1979", "found"),
        ),
    ),
    Text(
        "ellerby-shop-buyout",
        "village shop buyout release",
        date(2024, 10, 3),
        """PRESS RELEASE
For immediate release: Thursday 3 October 2024

Villagers buy Ellerby's shop and post office

ELLERBY, North Carrowshire - Residents of Ellerby have raised £212,000 to buy the village's
only shop and post office, which has traded on the green since 1892.

Owners Gwen and Bryn Tolley announced their retirement in March this year, prompting fears
that the shop would close. A group of residents formed Ellerby Community Stores Ltd, which
was registered as a community benefit society in May.

A share offer opened on 1 July and closed on 31 August with 418 members, more than a third
of the village's households. The society also received a £40,000 grant from the Plunkett
Rural Fund on 12 September.

The purchase is due to complete on 15 October, and the shop will reopen under community
ownership no later than 1 December, with longer opening hours and a café corner.

"We didn't want Ellerby to lose its heart," said society chair Maggie Rourke. The Tolleys,
who have run the shop since 1986, will stay on as volunteers. The post office counter
handles about 1,892 parcels a year.

Volunteers meet every Wednesday evening in the village hall.

ENDS

Notes to editors: Ellerby Community Stores Ltd, registered society no. 8841. Contact: Maggie
Rourke, 07700 900 618.""",
        (
            expect("1892/..", "shop"),
            expect("2024-03", "retire"),
            expect("2024-05", "society"),
            expect("2024-07-01", "share", "offer"),
            expect("2024-08-31", "share", "offer"),
            expect("2024-09-12", "grant"),
            expect("2024-10-15", "purchase", planned=True),
            expect("../2024-12-01", "reopen", planned=True),
            expect("1986/..", "tolley"),
        ),
    ),
    Text(
        "stoke-hallow-lock-journal",
        "lock keeper's log of the 1870s",
        None,
        """STOKE HALLOW LOCK (No. 14) - KEEPER'S JOURNAL
Carrow & Lisk Navigation Company, Lisk Branch
Kept by Thos. Gedling, lock keeper

Date      Occurrences                                                        Boats
1874
Mar. 3    Frost broke in the night. Ice cleared from upper pound and lock       4
          opened to traffic at 7 a.m. It had been shut by ice on Feb. 9.
Mar. 11   Fly-boat "Mary Ann" of Dunmere, Capt. Jos. Ridd, struck the lower     2
          cill and sank in the chamber. Cargo of slates, 22 tons.
          Raised by the Company's men the day following.
Mar. 18   Company's dredger passed up to Lisk Wharf.                            6
Mar. 27   Lower gates leaking badly. Reported same to Mr Hollis, who            9
          promises carpenters by Apr. 5 at the latest.
Apr. 2    Carpenters fitted new heel posts to lower gates. Lock closed          3
          8 hours. Toll ticket No. 1869 spoiled and returned to office.
Apr. 21   River rose on or about the 19th and is now in flood, towpath under    2
          water below the lock. Horses led round by Hallow Lane.
Apr. 28   The Engineer is to come on the 30th to view the gates, per Mr        11
          Hollis. Wm. Sayer clearing weed from the bywash, as every spring.

          Boats this month 96. Tolls received £9 4s. 8d.
          Thos. Gedling""",
        (
            expect("1874-03-03", "opened"),
            expect("1874-02-09", "shut"),
            expect("1874-03-11", "mary"),
            expect("1874-03-12", "raised"),
            expect("1874-03-18", "dredger"),
            expect("1874-03-27", "leak"),
            expect("../1874-04-05", "carpenters", planned=True),
            expect("1874-04-02", "heel", "posts"),
            expect("1874-04-19~", "river"),
            expect("1874-04-30", "engineer", planned=True),
        ),
    ),
    Text(
        "coldharbour-badger-survey",
        "badger sett survey",
        date(2024, 5, 22),
        """ECOLOGICAL SURVEY REPORT
Badger Sett Survey - Land at Coldharbour Farm, Wenlow
Client: Harlan Homes (Midlands) Ltd
Report ref: HE-2417-BS - Version 2 - 22 May 2024
Prepared by: Orla Fennimore BSc MCIEEM, Fennimore Ecology

1. Summary
A main badger sett (M1) and two outlier setts (O1, O2) were recorded within the proposed
development site. The main sett is active and lies 18 m from the line of the proposed access
road.

2. Methods
Walkover surveys were carried out on 14 and 15 April 2024 in dry conditions. All holes within
30 m of the works area were mapped and recorded as active, partially active or disused. Two
camera traps were left at M1 and ran from 16 to 30 April 2024.

3. Background
The Wenlow Mammal Group first recorded the sett in 1986. It was resurveyed in 2011 and 2017,
when it had 9 and 12 entrances respectively, against 14 now.

4. Results
Camera footage showed at least five adults and two cubs using M1. Fresh spoil, bedding and
latrines were noted at both outliers. No sett was found in Hollin Wood.

5. Recommendations
Badgers and their setts are protected under the Protection of Badgers Act 1992. A licence
application to close outlier O2 will be submitted to Natural England in June 2024. If it is
granted, closure must be completed by 30 November 2024, outside the breeding season. Sett M1
should be retained with a 30 m buffer, and a repeat survey will be carried out in March 2025,
before works begin.

Table 1. Sett entrances: M1 - 14 (11 active); O1 - 3 (2 active); O2 - 2 (2 active).""",
        (
            expect("2024-04-14", "walkover"),
            expect("2024-04-15", "walkover"),
            expect("2024-04-16/2024-04-30", "camera"),
            expect("1986", "recorded"),
            expect("2011", "resurvey"),
            expect("2017", "resurvey"),
            expect("2024-06", "licence", planned=True),
            expect("../2024-11-30", "closure", planned=True),
            expect("2025-03", "repeat", "survey", planned=True),
        ),
    ),
    Text(
        "carrow-market-hall-history",
        "market hall's history",
        None,
        """Carrow Market Hall - A Short History

Carrow's covered market stands on the site of the medieval shambles, where butchers traded
under open sheds until the Improvement Commissioners bought the land in the 1850s. The
present hall was built between 1858 and 1861 to designs by the Birmingham architect Samuel
Loxley, and was opened by the mayor, Alderman Josiah Frith, on 6 June 1861.

Its cast-iron roof, 96 feet in span, was then the widest in the county. Fire destroyed the
roof in March 1923, and it was rebuilt in steel the following year with the help of a
public subscription.

The building was listed at Grade II in 1972. Trade declined as supermarkets opened on the
ring road, and the hall closed around 2008, after the last of its butchers retired.
Stallholders still gather every Saturday for a street market in the square outside.

The Friends of Carrow Market Hall, who have campaigned for its reopening since 2012, raised
the first £50,000 towards a survey of the roof. In 2021 the town council bought the hall for
£1 from the county. Restoration began in September 2023 and is due to be finished in spring
2026; the hall is scheduled to reopen with 40 stalls and a food court on 4 July 2026.

Visit carrowmarkethall.example for opening events. Registered charity no. 1186123.""",
        (
            expect("1858/1861", "built"),
            expect("1861-06-06", "opened"),
            expect("1923-03", "fire"),
            expect("1924", "rebuilt"),
            expect("1972", "listed"),
            expect("2008~", "closed"),
            expect("2012/..", "campaign"),
            expect("2021", "council"),
            expect("2023-09", "restoration"),
            expect("2026-07-04", "reopen", planned=True),
        ),
    ),
    Text(
        "free-school-meals-statement",
        "schools minister's free meals statement",
        date(2025, 9, 11),
        """MINISTRY OF EDUCATION
News release - Thursday 11 September 2025
Statement by the Schools Minister, Priya Halvorsen, on free school meals

"Every child in a state primary school will be offered a free hot lunch from September
2026, whatever their family's income.

Since 2014 all infants in their first three years of school have received free meals. Our
pilot in four local authorities, launched in January 2024, extended this to older primary
pupils, and an independent evaluation published on 2 July this year found that attendance
rose and that teachers saw better concentration in afternoon lessons.

On Monday I visited Brookfield Primary in Ashworth, one of the pilot schools, where lunch is
cooked on site every day from local produce. I heard first-hand what the scheme means to
families.

A consultation on meal standards opens today and closes on 30 October. I encourage every
parent, cook and head teacher to respond.

The extension will cost an estimated £1.1 billion a year and will benefit around 1.6 million
more children. Legislation will be laid before Parliament by the end of November, and
funding allocations for schools will be confirmed no later than 31 January 2026."

Notes
1. Free meals for all infant pupils were introduced under the Children and Families Act 2014.
2. The four pilot authorities were Ashworth, Brenmouth, Calder Vale and Hythe.
3. Press office: 020 7946 0112.""",
        (
            expect("2026-09", "lunch", planned=True),
            expect("2014/..", "infants"),
            expect("2024-01", "pilot"),
            expect("2025-07-02", "evaluation"),
            expect("2025-09-08", "brookfield"),
            expect("2025-09-11", "consultation"),
            expect("2025-10-30", "consultation", planned=True),
            expect("../2025-11-30", "legislation", planned=True),
            expect("../2026-01-31", "funding", planned=True),
        ),
    ),
    Text(
        "fennick-fields-line-up",
        "music festival HTML line-up page",
        date(2025, 4, 2),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Line-up 2025 | Fennick Fields Festival</title></head>
<body>
<nav><a href="/">Home</a> <a href="/tickets">Tickets</a> <a href="/lineup">Line-up</a>
<a href="/faq">FAQ</a></nav>
<main>
<h1>Fennick Fields 2025: the line-up</h1>
<p class="dates"><strong>Friday 18 - Sunday 20 July 2025</strong> · Fennick Park, Marlow
Heath</p>
<p>This year's festival takes place from 18 to 20 July, with three stages, a kids' field and
a silent disco that runs every night until 2 a.m.</p>
<h2>Friday 18 July</h2>
<ul><li><b>The Cormorants</b> (headline, Main Stage)</li><li>Idris &amp; the Lowlights</li>
<li>Sallow</li></ul>
<h2>Saturday 19 July</h2>
<ul><li><b>Maya Okonkwo</b> (headline, Main Stage)</li><li>Glass Orchard</li>
<li>DJ Pellucid</li></ul>
<h2>Sunday 20 July</h2>
<ul><li><b>Brass Against the Tide</b> (headline, Main Stage)</li><li>Fen Choir</li></ul>
<h2>Tickets</h2>
<p>Early-bird tickets sold out on 14 March, the fastest in our history. Weekend tickets are
on sale until 30 June. Sunday's headliner was announced on 28 March after the Marlowe
Sisters withdrew.</p>
<h2>About</h2>
<p>Fennick Fields began in 2011 as a one-day folk gathering in a farmer's barn and has been
held at Fennick Park since 2016.</p>
</main>
<footer><p>&copy; 2025 Fennick Fields Ltd ·
<time datetime="2025-04-02">Last updated 2 April 2025</time></p></footer>
</body></html>""",
        (
            expect("2025-07-18/2025-07-20", "festival", planned=True),
            expect("2025-07-18", "cormorants", planned=True),
            expect("2025-07-19", "okonkwo", planned=True),
            expect("2025-07-20", "brass", planned=True),
            expect("2025-03-14", "early-bird"),
            expect("../2025-06-30", "weekend", "tickets", planned=True),
            expect("2025-03-28", "announced"),
            expect("2011", "gathering"),
            expect("2016/..", "park"),
        ),
    ),
    Text(
        "wren-v-brenmouth-pcn",
        "parking adjudicator's decision",
        date(2024, 8, 14),
        """TRAFFIC PENALTY TRIBUNAL
Case reference: BR05218-2406
Appellant: Mr Tobias Wren
Authority: Brenmouth City Council
VRM: LK19 RTA
PCN number: BN41883306
Contravention: 01 - Parked in a restricted street during prescribed hours
Decision date: 14 August 2024

Reasons

1. The Penalty Charge Notice was issued on 3 April 2024 at 10:42 to a vehicle parked on
Chandos Row. Mr Wren does not dispute that he was parked there.

2. He made representations to the council on 19 April, saying that the single yellow line
was worn and that no time-plate was visible. The council rejected them in a Notice of
Rejection dated 2 May 2024, and Mr Wren lodged this appeal on 20 May.

3. I heard the appeal by telephone on 6 August. The council's photographs show a time-plate
some 40 metres from the vehicle, partly hidden by a tree. The restriction has been in force
since 2019 and is correctly described in the Brenmouth (Waiting Restrictions) Order 2019.
Mr Wren has held a resident's permit for the neighbouring zone since 2021, but that permit
does not cover Chandos Row.

4. Under the Traffic Management Act 2004 the council must show that the restriction was
adequately signed. Worn lines and a hidden plate do not meet that standard.

5. The appeal is allowed. I direct the council to cancel the Penalty Charge Notice and to
refund the £70 paid, no later than 13 September 2024.

Adjudicator: Helen Marsh-Obi""",
        (
            expect("2024-04-03", "issued"),
            expect("2024-04-19", "representations"),
            expect("2024-05-02", "rejection"),
            expect("2024-05-20", "lodged"),
            expect("2024-08-06", "telephone"),
            expect("2019/..", "restriction"),
            expect("2021/..", "permit"),
            expect("../2024-09-13", "refund", planned=True),
        ),
    ),
    Text(
        "pells-tannery-history",
        "tannery's history",
        None,
        """Pell's Tannery, Coldbrook: a history

Tanning is recorded on the banks of the Coldbrook from about 1690, when the parish register
names a "barker" living at Mill End. The yard took its present form after Jeremiah Pell, a
currier from Kendal, bought it in 1802. He dug forty new pits and, in 1839, installed a
six-horsepower steam engine to grind oak bark.

A fire in 1871 destroyed the drying lofts but spared the pits, and the lofts were rebuilt
within the year. In 1898 the business was incorporated as J. Pell & Sons Ltd, with
Jeremiah's grandsons Amos and Henry as directors.

The tannery closed from 1931 to 1933 during the slump, reopening with a contract to supply
harness leather to the county's brewers. It has made leather for saddlers since 1952 and is
now one of only two oak-bark tanneries left in Britain. Hides spend about fourteen months in
the pits, as they did in 1802.

In 2018 the yard was designated a scheduled monument, and the following year a visitor
centre opened in the old bark mill.

Work on eight replacement pits will begin in spring 2026, and the company expects to double
its output of sole leather by 2028.

J. Pell & Sons Ltd, Mill End, Coldbrook. Company no. 00057891.""",
        (
            expect("1690~", "tanning"),
            expect("1802", "bought"),
            expect("1839", "steam", "engine"),
            expect("1871", "fire"),
            expect("1898", "incorporated"),
            expect("1931/1933", "closed"),
            expect("1952/..", "saddlers"),
            expect("2018", "monument"),
            expect("2019", "visitor", "centre"),
            expect("../2028", "output", planned=True),
        ),
    ),
    Text(
        "carrow-hills-walking-festival",
        "walking festival's programme",
        None,
        """CARROW HILLS WALKING FESTIVAL 2026
Programme of guided walks - Saturday 9 to Sunday 17 May 2026

Welcome
Now in its nineteenth year, the festival offers 38 guided walks across nine days, from gentle
village strolls to a 26-mile ridge challenge. All walks are led by trained volunteers.

Booking
Booking opens at 10 a.m. on 2 March and closes on 1 May. Walks cost £6, children free.

Highlights
Sat 9 May - Opening Ridge Walk. 14 miles along the Carrow Edge, led by Jo Ashdown. Meet at
Carrowby market cross, 9.00. Grade: strenuous.
Mon 11 May - Drovers' Roads. The old cattle routes over the tops, with local historian Ned
Pryce. 7 miles, moderate.
Wed 13 May - Railway Heritage Walk along the trackbed of the Lisk Valley line, which closed
to passengers in 1962 and to goods two years later. 6 miles, easy.

Practical information
Walks leave every morning from the festival hub at the Carrowby Institute. Dogs on leads are
welcome on walks marked D. The Hills Hopper bus runs every two hours (timetable ref. 1908).

About the festival
The festival began in 2008 with six walks and 40 walkers. Its emblem is the drover: cattle
were driven over the Carrow Hills to the southern fairs until the railway arrived in about
1860.

Organised by Carrow Hills Walking Festival CIO, registered charity no. 1172008.
Enquiries: 01632 960 776 - walks@carrowhillsfest.example""",
        (
            expect("2026-05-09/2026-05-17", "festival", planned=True),
            expect("2026-03-02", "booking", planned=True),
            expect("2026-05-01", "booking", planned=True),
            expect("2026-05-09", "ridge", planned=True),
            expect("2026-05-11", "drovers", planned=True),
            expect("2026-05-13", "railway", "heritage", planned=True),
            expect("1962", "passengers"),
            expect("1964", "goods"),
            expect("2008", "walks"),
            expect("1860~", "railway"),
        ),
    ),
)
