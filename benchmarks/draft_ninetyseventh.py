"""A ninetyseventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
space agency's launch manifest update, a city orchestra's season announcement, a patent office
decision, a lifeboat station's rescue log, a newspaper's own history page in HTML, a food
safety agency warning, a marathon race report, a telecom operator's network outage report, a
lighthouse keeper's journal excerpt, an election commission's timetable notice and a zoo's
animal birth announcement). Facts whose date a reader could take two ways (a season, "late
1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYSEVENTH_CORPUS",)

NINETYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-suspended",
        "wire story with a dateline",
        date(2024, 10, 8),
        """KISUMU, Oct 8 (Lakeside Wire) - Kenyan ferry operator Nyanza Marine Lines suspended all
passenger sailings on Lake Victoria on Monday, after one of its vessels ran aground with 212
people on board.

The MV Nyanza Star struck a sandbank off Mbita on September 29. No one was seriously hurt,
but passengers spent nine hours on the listing ship before fishing boats took them ashore.
The maritime authority called it the most serious incident on the lake since 2012.

Nyanza Marine, which has operated the Kisumu-Mbita route since 2017, said it would resume
sailings only after a full audit of its three-ship fleet. Inspectors from the Kenya Maritime
Authority will board the vessel on Friday, a spokeswoman said. Repairs to the hull are
expected to be finished by October 31.

The company was founded in 1998 by a group of Kisumu traders and listed its shares in
Nairobi in 2006. It normally runs sailings every Sunday and Wednesday from the Kisumu pier,
carrying mainly market traders and schoolchildren.

Passengers with tickets can call the company's help line on 0711 206 912 for refunds, the
spokeswoman said.

(Reporting by Achieng Otieno; Editing by Paul Mbeki)""",
        (
            expect("2024-10-07", "suspend"),
            expect("2024-09-29", "aground"),
            expect("2017/..", "operat"),
            expect("2024-10-11", "inspect", planned=True),
            expect("../2024-10-31", "repair", planned=True),
            expect("1998", "found"),
            expect("2006", "list"),
        ),
    ),
    Text(
        "verdane-acquisition",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Verdane Biosystems completes acquisition of Helixa Diagnostics

Lyon, France - 12 March 2025 - Verdane Biosystems SA (Euronext: VRDN) today completed its
acquisition of Helixa Diagnostics GmbH, the Freiburg maker of rapid tests for veterinary
laboratories.

The agreement, first announced on 4 November 2024, values Helixa at EUR 310 million. Helixa
has supplied Verdane with test cartridges since 2015 and employs about 240 people.

"Bringing Helixa into the group is a central step of our Vision 2030 plan," said chief
executive Claire Montagnon. "Our teams have worked side by side for a decade."

Integration of the two companies' sales networks is expected to be completed by 30 September
2025. Verdane will hold a conference call for investors and analysts on Thursday, 20 March
2025, at 14:00 CET.

Verdane's revenue has grown for eleven consecutive quarters, its longest run of growth since
2019.

About Verdane Biosystems
Verdane Biosystems was founded in Lyon in 2009 by the microbiologists Claire Montagnon and
Eric Faure. It opened its first production plant in Villeurbanne around 2012 and today
employs 1,900 people in eleven countries.

About Helixa Diagnostics
Helixa Diagnostics develops lateral-flow tests for animal health laboratories in Europe.

Media contact
Juliette Perrin, +33 4 78 12 20 19, press@verdane-bio.example

###""",
        (
            expect("2025-03-12", "acqui"),
            expect("2024-11-04", "announce"),
            expect("2015/..", "suppl"),
            expect("../2025-09-30", "integrat", planned=True),
            expect("2025-03-20", "call", planned=True),
            expect("2009", "found"),
            expect("2012~", "plant"),
        ),
    ),
    Text(
        "doss-v-gulfstream",
        "court opinion",
        None,
        """IN THE UNITED STATES COURT OF APPEALS
FOR THE ELEVENTH CIRCUIT

No. 22-13617
Non-Argument Calendar

HARLAN DOSS, Plaintiff-Appellant,
v.
GULFSTREAM CASUALTY INSURANCE COMPANY, Defendant-Appellee.

Appeal from the United States District Court for the Southern District of Florida
D.C. Docket No. 1:21-cv-20114

(Filed: June 3, 2024)

Before JORDAN, BRANCH, and LUCK, Circuit Judges.

PER CURIAM:

Doss had owned a two-storey rental building in Hialeah since 2011. On or about March 14,
2019, he purchased a homeowner's policy for the building from Gulfstream. The policy lapsed on
August 1, 2020, when Gulfstream declined to renew it. Gulfstream says it mailed a notice of
nonrenewal before July 1, 2020, but its mailing log, as the district court noted, is
incomplete.

Doss filed suit in the Southern District of Florida on January 11, 2021, claiming that the
notice did not satisfy Fla. Stat. section 627.4133 (2019), as amended by the 2018 statute.
The district court granted summary judgment to Gulfstream on September 27, 2022, and Doss
noticed this appeal in October 2022.

We review a grant of summary judgment de novo. Chapman v. AI Transport, 229 F.3d 1012, 1023
(11th Cir. 2000) (en banc). Under Florida law, an insurer bears the burden of proving
that notice was mailed. Because the record leaves a genuine dispute over whether and when the
notice was sent, summary judgment was improper.

VACATED AND REMANDED.""",
        (
            expect("2011/..", "own"),
            expect("2019-03-14~", "purchase"),
            expect("2020-08-01", "lapse"),
            expect("../2020-07-01", "notice"),
            expect("2021-01-11", "suit"),
            expect("2022-09-27", "judgment"),
            expect("2022-10", "appeal"),
        ),
    ),
    Text(
        "valdmora-history",
        "encyclopedia history",
        None,
        """Valdmora

Valdmora is a market town on the river Ebreta, in the district of the same name. It has a
population of about 14,300 and covers 2,140 hectares.

History

A settlement grew up around a grange of the Cistercian abbey of Santa Olalla, founded circa
1140 on the north bank of the river. The town received a market charter from King Sancho in
1287, and its weekly market, held every Thursday, still occupies the Plaza Mayor.

During the revolt of the comuneros Valdmora was sacked in 1523 by royal troops, and its
walls were rebuilt the following year. The stone bridge of eleven arches was possibly
completed in 1571; a date carved on the central pier is no longer legible, and some
historians place it a decade later.

The town declined when the wool trade moved south. Its fortunes
revived after the railway from the coast reached Valdmora in 1862, bringing tanneries and a
sugar refinery.

Valdmora has been the seat of the district administration since 1919. Under the Local
Government Act 1985 it lost its own court, but kept its hospital and two secondary schools.

Landmarks

The collegiate church of San Esteban, rebuilt in the Baroque style, houses an organ of 1,732
pipes. The former sugar refinery is now the district museum.""",
        (
            expect("1140~", "found"),
            expect("1287", "charter"),
            expect("1523", "sack"),
            expect("1524", "rebuilt"),
            expect("1571?", "bridge"),
            expect("1862", "railway"),
            expect("1919/..", "seat"),
        ),
    ),
    Text(
        "rovers-cup-final",
        "sports report",
        date(2025, 4, 27),
        """Okafor double brings Northern Cup to Calder Rovers

By Tom Hartley, Football Correspondent

Calder Rovers won the Northern Cup on Saturday, beating Ashby Town 2-1 in front of 21,987 at
Millfield, the biggest crowd at the ground since 2008.

Mel Okafor scored both goals, the second a header in the 88th minute, to settle a final that
Ashby had led through Dan Keyes' penalty before half-time. The striker, who joined Rovers
from Dunmore in January 2024, had also scored twice in the semi-final against Brigg on April
12.

"He lives for these games," said manager Ruth Aldine, who has been in charge at Millfield
since 2021. "We train every Tuesday on set-pieces and it paid off."

Ashby, who finished with ten men after Lee Carver's second booking, had beaten Rovers 3-0 in
the league earlier in the season. Their manager, Graham Pitt, refused to blame the referee.

There is little time to celebrate. Rovers play their rearranged league match against
Haverton on Wednesday and still need four points to avoid a play-off. The club said an
open-top bus parade through the town will be held on May 4, whatever happens in the league.

Calder Rovers: Blyth; Amis, Norton, Keane, Doyle; Ward, Price (Hall 71); Murray, Asante,
Lowe; Okafor.""",
        (
            expect("2025-04-26", "won"),
            expect("2024-01", "join"),
            expect("2025-04-12", "semi"),
            expect("2021/..", "charge"),
            expect("2025-04-30", "haverton", planned=True),
            expect("2025-05-04", "parade", planned=True),
        ),
    ),
    Text(
        "kessler-motors-history",
        "company history",
        None,
        """Our story - Kessler Motorwerke

A repair shop with big ideas
Kessler Motorwerke was founded in 1921 by the brothers Anton and Felix Kessler as a bicycle
repair shop in a courtyard in Hagenau. The brothers fitted their first engine to a bicycle
frame in their spare time, and the firm began making motorcycles of its own around 1934.

Growth after the war
In 1951 Kessler moved to a former aircraft works in Brackwater and opened a second plant
there two years later. Its K-1950 scooter became one of the best-selling two-wheelers of
the decade, with more than 1,200 sold in a single month.

Kessler was listed on the Frankfurt stock exchange in 1968. It opened sales offices abroad in
1979, 1982 and 1990, in Madrid, Lisbon and Sao Paulo.

A family company again
After two difficult decades the founders' grandchildren bought back a majority of the shares.
The company has been owned by the Kessler family trust since 2004 and today builds electric
scooters and cargo bikes for delivery firms. It employs about 1,450 people, and its test
riders still take the prototypes out on the old works track every Friday.

Kessler Motorwerke GmbH - Werkstrasse 12 - Brackwater - Tel. +49 6221 1921 00""",
        (
            expect("1921", "found"),
            expect("1934~", "motorcycle"),
            expect("1951", "move"),
            expect("1953", "plant"),
            expect("1968", "list"),
            expect("1979", "office"),
            expect("1982", "office"),
            expect("1990", "office"),
            expect("2004/..", "own"),
        ),
    ),
    Text(
        "aster-2-mission",
        "mission summary",
        None,
        """Aster-2 - Mission summary

Mission type: asteroid sample return
Operator: European Small Bodies Consortium
COSPAR ID: 2019-011A
Launch mass: 1,310 kg

Aster-2 was launched on 14 February 2019 on a Vega-C rocket from Kourou, French Guiana. After
a gravity-assist flyby of Mars on 2 November 2019, the spacecraft used its ion engines to
spiral out to the near-Earth asteroid 2011 QK4, a rubble pile about 480 metres across.

The spacecraft arrived at 2011 QK4 on 18 June 2021 and spent eight months mapping its surface
from altitudes between 20 km and 800 m. Aster-2 collected surface material on 9 and 23 March
2022, touching down for about six seconds each time. The first sample was smaller than
planned because a boulder tilted the sampling horn.

The spacecraft left the asteroid about two months later and began its return cruise. Its
sample capsule is scheduled to land at the Woomera range in South Australia in September
2026, where it will be taken to a clean room in Adelaide.

The mission team holds a science briefing every six months. Aster-2 follows Aster-1, which
was lost shortly after launch in the 2010s; its name recalls the Asterix programme of the
1990 European roadmap for small bodies.""",
        (
            expect("2019-02-14", "launch"),
            expect("2019-11-02", "mars"),
            expect("2021-06-18", "arriv"),
            expect("2022-03-09", "collect"),
            expect("2022-03-23", "collect"),
            expect("2022-05~", "left"),
            expect("2026-09", "capsule", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND FOOD
Statement by the Minister, Dr Helen Amadi
Monday, 5 August 2024
Ref: MAF/2024/117

Drought in the Eastern Region

On 22 July I declared a drought emergency in the five districts of the Eastern Region. Since
March, rainfall there has been below average, and the region's reservoir levels had fallen
below 40 percent by 15 July.

The last declaration of this kind was made in 2003. Farmers then lost almost a third of
their herds, and we are determined that this will not happen again.

The government has therefore agreed an emergency fodder scheme worth 45 million, which will
open for applications on Monday 12 August. Livestock farmers registered under the Water
Resources Act 1989 will receive a subsidy of up to 60 percent of the cost of fodder and
water haulage.

I will visit Kilmore and the other affected districts on Thursday to meet farmers and
district officials.

Extension officers hold advice sessions in every district office each Tuesday morning. The
drought hotline, 0800 555 1976, is open from 8 am to 8 pm.

Further information: www.agriculture.gov.example/drought

ENDS""",
        (
            expect("2024-07-22", "drought"),
            expect("2024-03/..", "rainfall"),
            expect("../2024-07-15", "reservoir"),
            expect("2003", "declar"),
            expect("2024-08-12", "scheme", planned=True),
            expect("2024-08-08", "visit", planned=True),
        ),
    ),
    Text(
        "museum-news-list",
        "HTML page",
        date(2023, 6, 5),
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harrowgate Museum of Art</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a></nav>
<main>
<h1>Museum news</h1>
<ul class="news">
  <li><strong>2 May 2023</strong> - <a href="/news/east-wing">The east wing reopened after a
  two-year restoration of its glass roof.</a></li>
  <li><strong>17 May 2023</strong> - <a href="/news/hartley">The museum received the Hartley
  bequest of 60 drawings by the marine painter Agnes Hartley.</a></li>
  <li><strong>New on display</strong> - <a href="/news/map">A hand-coloured map of the
  county, drawn around 1790 by the surveyor John Pell, goes on show in Gallery 4.</a></li>
  <li><strong>Coming soon</strong> - <a href="/news/salt-iron">The exhibition <em>Salt and
  Iron</em> will run in the main hall from 10 June to 24 September 2023.</a></li>
  <li><strong>Caf&eacute;</strong> - <a href="/news/cafe">The garden caf&eacute; is being
  refurbished and is expected to reopen by 1 July.</a></li>
</ul>
<aside>
  <h2>Regular events</h2>
  <p>Free guided tours every Saturday at 11:00. Family drawing club on the first Sunday of
  each month.</p>
</aside>
</main>
<footer>
  <p>Harrowgate Museum of Art, 1872 Victoria Road. Tel. 01423 556 120.</p>
  <p>Last updated: 3 June 2023 &middot; &copy; 2009-2023 Harrowgate Borough Council</p>
</footer>
</body>
</html>""",
        (
            expect("2023-05-02", "reopen"),
            expect("2023-05-17", "bequest"),
            expect("1790~", "map"),
            expect("2023-06-10/2023-09-24", "exhibition", planned=True),
            expect("../2023-07-01", "caf", planned=True),
        ),
    ),
    Text(
        "vx-manifest-update",
        "space agency launch manifest update",
        None,
        """NORDIC SPACE AGENCY - LAUNCH MANIFEST UPDATE
Revision 7 - issued 14 January 2026
Document code: M-2026-07

1. Recent flights

VX-19 lifted off from the Andoya launch complex on 9 January carrying two polar weather
satellites for EUMETNOR. Both spacecraft separated on schedule and are in their planned 560 km
orbits.

VX-18, originally manifested for November, was delayed by a valve fault and flew on 12
December 2025 with the ice-monitoring satellite Skadi-3.

2. Upcoming flights

VX-20 is scheduled for 26 February, carrying the technology demonstrator Rune-1.
VX-21 is expected to fly in April 2026 with a rideshare of nine cubesats.
The payload for VX-22 has not yet been confirmed, and no date is given in this revision.

3. Ground infrastructure

Pad 2 has been under refurbishment since October 2025 and is not available for launches.
Pad 1 supports one launch roughly every 14 days.

4. Background

The VX family flew for the first time in 2017. With VX-19 it has completed nineteen
flights, the highest launch rate of any European small launcher since 2020. Work on the
heavier VX-Max, intended for the 2030 lunar campaign, continues.

Manifest dates are targets and may change. Contact: launch.office@nsa.example""",
        (
            expect("2026-01-09", "vx-19"),
            expect("2025-12-12", "vx-18"),
            expect("2026-02-26", "vx-20", planned=True),
            expect("2026-04", "vx-21", planned=True),
            expect("2025-10/..", "refurbish"),
            expect("2017", "first"),
        ),
    ),
    Text(
        "orchestra-season",
        "city orchestra's season announcement",
        date(2025, 2, 19),
        """Bramwell Philharmonic announces its 2025-26 season

The Bramwell Philharmonic Orchestra today unveiled a season of 42 concerts at the Winterhall,
which reopened in October 2016 after a four-year renovation.

The season opens on Friday 26 September with Mahler's Second Symphony, conducted by music
director Sofia Lindqvist, who has led the orchestra since 2019. On 14 November the orchestra
will give the world premiere of a cello concerto by the Bramwell-born composer Owen Hughes,
with soloist Mira Castell.

Other highlights include Shostakovich's Symphony No. 11, "The Year 1905", and a cycle of the
Beethoven piano concertos, played over three consecutive evenings.

The orchestra will also tour Japan from 3 to 15 March 2026, its first visit to Asia. The
orchestra was founded in 1908 by a group of mill owners and gave its first concert in the
Corn Exchange.

Free lunchtime rehearsals will be open to the public every Wednesday during the season.

Subscriptions go on sale on Monday. Box office:
0161 555 1908, or online at bramwellphil.example.

Photo: Sofia Lindqvist conducting at the Winterhall, March 2024.""",
        (
            expect("2016-10", "reopen"),
            expect("2025-09-26", "open", planned=True),
            expect("2019/..", "lindqvist"),
            expect("2025-11-14", "premiere", planned=True),
            expect("2026-03-03/2026-03-15", "tour", planned=True),
            expect("1908", "found"),
            expect("2025-02-24", "subscription", planned=True),
        ),
    ),
    Text(
        "board-appeal-t1123-21",
        "patent office decision",
        None,
        """BOARDS OF APPEAL OF THE EUROPEAN PATENT OFFICE

Case Number: T 1123/21 - 3.5.01
Decision of Technical Board of Appeal 3.5.01 of 8 May 2024
Application number: 16804211.5
IPC: G06Q 10/08
Language of the proceedings: EN

Title of invention: Method for routing parcels in a delivery network

Summary of Facts and Submissions

I. European patent application No. 16804211.5 was filed on 2 December 2016, claiming
priority from US 62/263,101 of 4 December 2015.

II. The examining division refused the application by a decision dispatched on 15 March
2021, holding that the subject-matter of claim 1 lacked an inventive step (Article 56 EPC)
over document D1, a conference paper published around 2013.

III. The appellant (applicant) filed a notice of appeal on 20 May 2021 and paid the appeal
fee the same day.

IV. In a communication under Article 15(1) RPBA 2020 the Board set a time limit for
submissions. The appellant filed amended claims before 1 March 2024.

V. Oral proceedings were held on 18 April 2024 by videoconference.

Reasons for the Decision

1. The appeal is admissible.

2. Following T 641/00 (COMVIK), features that do not contribute to the solution of a
technical problem cannot support an inventive step. The parcel-grouping rule of claim 1 is
an administrative measure. The remaining features are known from D1.

Order

For these reasons it is decided that: The appeal is dismissed.""",
        (
            expect("2016-12-02", "filed"),
            expect("2015-12-04", "priority"),
            expect("2021-03-15", "refus"),
            expect("2013~", "d1"),
            expect("2021-05-20", "appeal"),
            expect("../2024-03-01", "amend"),
            expect("2024-04-18", "oral"),
        ),
    ),
    Text(
        "kessock-lifeboat-log",
        "lifeboat station's rescue log",
        None,
        """KESSOCK HEAD LIFEBOAT STATION
Service log - January 2024

Our all-weather lifeboat ALB 13-44 Elizabeth Rowe has been on service at Kessock Head since
March 2019. Pagers are tested every Monday at 19:00 and the crew trains every Thursday
evening.

Tue 9 Jan, 14:22 - Ops No. 2024/011. ALB launched to the fishing vessel Girl Morag, fouled
propeller 6 nm NE of the head. Towed to Kessock harbour. Wind NE 5, sea moderate. Back on
station 18:40.

Sat 13 Jan, 10:05 - ILB launched to two kayakers swept past the point by the ebb. Both
recovered from the water, cold but unhurt, and handed to the ambulance service.

Thu 18 Jan, 22:50 - ALB launched to the yacht Seraphine, dismasted in a SW gale 11 nm west.
Crew of three taken off; the yacht was abandoned and later recovered by her owner.

Sun 28 Jan, 16:30 - ILB launched to a dog that had fallen from the cliff path at Craig
Bay. Dog returned to its owner on the beach.

Station notes
The Elizabeth Rowe goes to Buckie for her five-year refit. A relief lifeboat is due to arrive
on or about 5 February and will cover the station until the refit ends.

Thank you to everyone who supported our station open day. Donations: Kessock Head
Lifeboat, Harbour Road. Call 01463 731 824.

Station Lifeboat Operations Manager: Alasdair Fraser""",
        (
            expect("2019-03/..", "elizabeth rowe"),
            expect("2024-01-09", "fishing"),
            expect("2024-01-13", "kayak"),
            expect("2024-01-18", "yacht"),
            expect("2024-01-28", "dog"),
            expect("2024-02-05~", "relief", planned=True),
        ),
    ),
    Text(
        "gazette-history-html",
        "newspaper's own history page in HTML",
        None,
        """<html>
<head><title>Our history - The Harbour Gazette</title></head>
<body>
<header><p class="masthead">The Harbour Gazette - Serving Port Ellery since 1851</p></header>
<article>
<h1>Our history</h1>
<p>The <em>Harbour Gazette</em> first appeared on 3 April 1851 as a four-page weekly printed
on a hand press above a chandler's shop in Water Lane. It became a daily in 1872, when the
owners bought a steam press from Glasgow.</p>
<p>The Water Lane offices burned down in 1906. The paper missed only one issue, printing for
several weeks on a press lent by a rival in Ellery Bridge.</p>
<p>The <em>Gazette</em> moved to Quay Street in 1931 and bought its evening rival, the
<em>Evening Echo</em>, five years later. The last hot-metal edition was printed on or about
14 July 1979, after which the paper was set by computer.</p>
<p>The paper has been published online since 1997. It is expected to move its newsroom to a
new building in the old customs house in 2026.</p>
<figure>
<img src="/img/quay-street-1931.jpg" alt="The Quay Street building">
<figcaption>The Quay Street building shortly after the move.</figcaption>
</figure>
<p>Readers still mark Founders' Day every 3 April, and the 1851 Club of former staff meets
in the Anchor each month.</p>
</article>
<footer>&copy; 2025 Harbour Gazette Ltd. Registered company no. 01851402.</footer>
</body>
</html>""",
        (
            expect("1851-04-03", "appear"),
            expect("1872", "daily"),
            expect("1906", "burn"),
            expect("1931", "quay"),
            expect("1936", "echo"),
            expect("1979-07-14~", "hot-metal"),
            expect("1997/..", "online"),
            expect("2026", "move", planned=True),
        ),
    ),
    Text(
        "listeria-warning",
        "food safety agency warning",
        None,
        """NATIONAL FOOD SAFETY AUTHORITY
Product recall - Do not eat
Published: 11 July 2025
Reference: FSA-PRIN-38-2025

Greenvale Dairy recalls Greenvale Soft Goat's Cheese because of Listeria monocytogenes

Product: Greenvale Soft Goat's Cheese, 150 g
Lot numbers: L5171, L5178
Best before: all dates up to and including 31 July 2025

Listeria monocytogenes was detected in a routine sample taken on 2 July at a retail store in
Dunmore. On Wednesday the manufacturer, Greenvale Dairy Ltd, notified the Authority and
withdrew the product from sale.

The cheese was sold between 20 June and 8 July 2025 in independent delicatessens and at
farmers' markets. Three people who fell ill after eating it around 28 June are being treated
in hospital. Further laboratory results are expected by 15 July.

Greenvale Dairy has been registered with the Authority since 2014. Its inspection record
showed no problems, and its last audit scored the highest rating since 2018.

Advice to consumers
Do not eat the product. Return it to the place of purchase for a full refund. Anyone who
develops a fever within 70 days of eating it should contact their doctor.

Listeria infections are rare. Pregnant women, babies and people over 65 are most at risk.

Consumer helpline: 0300 123 1999 (Monday to Friday, 9 am to 5 pm)""",
        (
            expect("2025-07-02", "sample"),
            expect("2025-07-09", "notif"),
            expect("2025-06-20/2025-07-08", "sold"),
            expect("2025-06-28~", "ill"),
            expect("../2025-07-15", "result", planned=True),
            expect("2014/..", "regist"),
        ),
    ),
    Text(
        "riverside-marathon",
        "marathon race report",
        date(2024, 10, 14),
        """Kiprono breaks clear to win Riverside Marathon

Daniel Kiprono won the Riverside Marathon on Sunday, pulling away from a group of five at 35
kilometres to finish in 2:07:12, just outside the course record of 2:06:41 that Ethiopia's
Lemma Tadesse set in 2019.

The 27-year-old Kenyan, who turned professional in 2018, ran the second half in 1:02:58 into a
headwind along the embankment. "The last ten kilometres were the hardest of my life," he
said.

Portugal's Ana Ribeiro took the women's race in 2:23:05 in her first marathon since she
withdrew from the Olympic trials in February with a foot injury. Ribeiro has trained in Iten,
Kenya, since 2021.

Organisers said about 31,000 runners started, the largest field since 2012. The race,
first held in 1982 with 640 finishers, is held every October and raised 4.2 million for
charity this year.

Kiprono will run in the Valencia Marathon on 1 December. The 2025 edition of the Riverside
race is scheduled for 12 October 2025.

Results: Men - 1 Kiprono (KEN) 2:07:12, 2 Abebe (ETH) 2:07:40, 3 Moreau (FRA) 2:08:15.
Women - 1 Ribeiro (POR) 2:23:05, 2 Wanjiru (KEN) 2:23:51, 3 Lind (SWE) 2:25:30.""",
        (
            expect("2024-10-13", "won"),
            expect("2019", "record"),
            expect("2018", "professional"),
            expect("2024-02", "withdr"),
            expect("2021/..", "train"),
            expect("1982", "first"),
            expect("2024-12-01", "valencia", planned=True),
            expect("2025-10-12", "edition", planned=True),
        ),
    ),
    Text(
        "telecom-outage-report",
        "telecom operator's network outage report",
        None,
        """NORTHLINK TELECOM - POST-INCIDENT REPORT
Incident: INC-2024-0412 (Severity 1)
Issued: 19 April 2024
Classification: Public

Summary
Beginning at 03:14 on Tuesday 16 April 2024, mobile data and voice services failed for about
1.3 million customers in the northern region. Service was fully restored two days later, at
11:50.

Root cause
The outage was caused by a software fault in a core router in the Ravensby exchange. The
fault was introduced in a vendor update deployed on 2 April, but remained dormant until a
routine traffic rebalancing on the night of the incident triggered it. The affected router
has been in service since about 2015.

A similar fault caused a shorter outage on 7 November 2021, after which the vendor issued a
patch that was not carried forward into the new software.

Impact
Emergency calls to 112 and 999 were routed through partner networks throughout. Our contact
centre received 84,000 calls, the highest number since 2019. Affected customers will receive
a credit equal to three days' line rental on their next bill.

Next steps
- The update has been rolled back on all 42 core routers.
- Northlink will complete an independent review of its change process no later than 31 May
  2024 and publish a summary.
- Automated checks now run every five minutes on all core routers.

Media enquiries: press@northlink.example""",
        (
            expect("2024-04-16", "outage"),
            expect("2024-04-18", "restor"),
            expect("2024-04-02", "update"),
            expect("2015~/..", "router"),
            expect("2021-11-07", "fault"),
            expect("../2024-05-31", "review", planned=True),
        ),
    ),
    Text(
        "skerry-light-journal",
        "lighthouse keeper's journal excerpt",
        None,
        """From the journal of Thomas Leask, assistant keeper, Haaf Skerry Lighthouse

1887.

March 3rd. Thursday. Wind SSW, fresh, with rain. At 4 p.m. sighted a barque standing in too
close under the Skerry. She went ashore on the Gorse Rock at half past five. Mr Tait and I
showed a light on the landing until the crew came off in their boat, fourteen men, all wet
through. Her name is the Margaret Tully, of Leith.

March 5th. The relief boat came at noon and took off the shipwrecked men to Lerwick. Wind
shifting west as it does every evening at this season.

Sunday 6th. Heavy gale from NW all day. The tower shook at the top; the lamp, installed about
1861, burned steady. Oil consumed 14 pints. Read prayers with Mr Tait, who has been
principal keeper here since 1879.

March 8th. Barque broken in two overnight. Much timber ashore on the north beach.

Memorandum. The Commissioners' steamer Pharos is expected here before the 20th with stores
and the new clockwork. Mr Tait says the light first shone in 1834, though old Rendall the
boatman holds it was a year earlier; I cannot tell which is right.

Light List No. 2114. Fixed white, visible 17 miles.""",
        (
            expect("1887-03-03", "ashore"),
            expect("1887-03-05", "relief"),
            expect("1887-03-06", "gale"),
            expect("1861~", "lamp"),
            expect("1879/..", "keeper"),
            expect("1887-03-08", "broken"),
            expect("../1887-03-20", "pharos", planned=True),
            expect("1834?", "light"),
        ),
    ),
    Text(
        "ward-by-election-notice",
        "election commission's timetable notice",
        None,
        """MIDSHIRE ELECTORAL COMMISSION
NOTICE OF ELECTION

Election of a Councillor for the Westgate Ward (Ward No. 14) of Midshire District Council

Dated: Wednesday 6 May 2026

1. A by-election is to be held for one councillor for the Westgate Ward. The vacancy arose
after Councillor Margaret Oduya resigned on 21 April 2026.

2. Nomination papers may be obtained from the Commission's offices at Council House,
Midshire. Nominations open on Monday 18 May 2026.

3. Nomination papers must be delivered no later than 4 pm on 29 May 2026.

4. Applications to vote by post must reach the Electoral Registration Officer by 5 pm on 16
June.

5. If the election is contested, polling day will be Thursday 2 July 2026. Polling stations
will be open from 7 am to 10 pm. The count will begin at 10 am on 3 July at the Civic Hall.

6. Midshire District Council was established in 1974 and elects its councillors every four
years. This notice is given under the Representation of the People Act 1983 and the Local
Elections (Principal Areas) Rules.

Helen Tranter
Returning Officer
Council House, Midshire MS1 4TT. Telephone 01632 960 411""",
        (
            expect("2026-04-21", "resign"),
            expect("2026-05-18", "nominat", planned=True),
            expect("../2026-05-29", "nominat", planned=True),
            expect("../2026-06-16", "post", planned=True),
            expect("2026-07-02", "poll", planned=True),
            expect("2026-07-03", "count", planned=True),
            expect("1974", "establish"),
        ),
    ),
    Text(
        "tiger-cub-birth",
        "zoo's animal birth announcement",
        date(2025, 6, 12),
        """Tiger cub born at Highmoor Zoo

Keepers at Highmoor Zoo are celebrating the birth of a female Sumatran tiger cub, the first
tiger born here since 2011.

The cub was born on Saturday to nine-year-old Kirana, who arrived from Tierpark Lindau in 2019
under the European breeding programme. Her father, Bima, has lived at Highmoor since 2016.
Sumatran tigers are critically endangered, with about 400 left in the wild.

A vet examined the cub on Tuesday and found her healthy and feeding well. She weighed 1.2 kg.
"Kirana is a calm and attentive mother," said head of carnivores Lucy Farrant. "We are
watching both of them on cameras around the clock, but leaving them in peace."

The cub is expected to go on public view around 1 August, once she is strong enough to
explore the outdoor enclosure. Until then visitors can follow her progress on the zoo's
tiger camera.

Supporters can help choose the cub's name: voting closes on 30 June, and the three shortlisted
names were suggested by local schoolchildren.

Keeper talks at the tiger enclosure take place every day at 2 pm. Highmoor Zoo is open daily
from 9.30 am. For group bookings call 01904 377 2011.

Photo: Kirana with her cub in the den. Credit: Highmoor Zoo / Sam Reid.""",
        (
            expect("2025-06-07", "born"),
            expect("2019", "arriv"),
            expect("2016/..", "bima"),
            expect("2025-06-10", "vet"),
            expect("2025-08-01~", "view", planned=True),
            expect("2025-06-30", "vot", planned=True),
        ),
    ),
)
