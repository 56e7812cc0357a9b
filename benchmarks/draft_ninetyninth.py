"""A ninety-ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
seismology institute's earthquake report, a football club's managerial history, a competition
authority's merger ruling, a fire brigade's incident log, a public library's local history page
in HTML, a university's research grant announcement, a cycling stage race report, a water
utility's boil-notice update, a regiment's battle honours history, a festival's cancellation
statement and a pottery's makers' marks history). Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYNINTH_CORPUS",)

NINETYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2024, 10, 8),
        """PORTO, Oct 8 (Atlantic Press) - Dockworkers at the port of Leixoes walked out on
Monday in a dispute over night-shift pay, leaving some 40 cargo ships waiting at anchor off
the coast, harbour officials said.

The stevedores' union SINPORT filed its strike notice on September 23, three months after the
collective contract expired in June without a replacement being agreed.

Terminal operator Ondamar, which has run the container quay since 2016, said the stoppage was
costing it about 1.2 million euros a day. Its quay extension, completed by March 2021, lifted
capacity to 1,850 containers a day.

Talks between the two sides will resume on Thursday at the labour ministry in Lisbon, a
ministry spokeswoman said. Union members vote every Friday on whether to continue the action,
which shop stewards called the broadest walkout since the 1998 Ports Law took effect.

A previous stoppage at the port, in 2012, lasted eleven days and was ended by a government
mediator.

Ondamar's press office can be reached on +351 22 619 4400.

(Reporting by Marta Leal; Editing by Hugh Barnes)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "notice"),
            expect("2024-06", "contract"),
            expect("2016/..", "quay"),
            expect("../2021-03", "extension"),
            expect("2024-10-10", "talks", planned=True),
            expect("2012", "stoppage"),
        ),
    ),
    Text(
        "battery-supply-deal",
        "press release",
        None,
        """PRESS RELEASE No. 2025/07
FOR IMMEDIATE RELEASE

Nordlicht Energiespeicher signs supply agreement with Baltic Motors

Hamburg, 12 February 2025 - Nordlicht Energiespeicher GmbH today signed a supply agreement
with the Danish van maker Baltic Motors for lithium iron phosphate cells worth up to EUR 410
million.

The cells will come from Nordlicht's second factory in Rostock, where construction began on
4 November 2024. The plant will open in September 2026 and is expected to employ 620 people.
First deliveries to Baltic Motors are planned for around January 2027.

Founded in Kiel in 2017 by the engineers Jana Wulf and Piet Hansen, Nordlicht brought its
first production line to full output by December 2023. The company has held ISO 14001
certification since 2020 and says the Rostock site fits the region's 2030 climate targets.

"This agreement gives Rostock a customer before the first machine is switched on," said chief
executive Jana Wulf.

About Nordlicht Energiespeicher
Nordlicht develops and manufactures battery cells for commercial vehicles. It employs 1,240
people at two sites in northern Germany.

Forward-looking statements: this release contains statements about future events that are
subject to risks.

Media contact: Lena Brandt, +49 40 5550 2017, presse@nordlicht-es.example""",
        (
            expect("2025-02-12", "agreement"),
            expect("2024-11-04", "construction"),
            expect("2026-09", "open", planned=True),
            expect("2027-01~", "deliver", planned=True),
            expect("2017", "found"),
            expect("../2023-12", "output"),
            expect("2020/..", "certif"),
        ),
    ),
    Text(
        "harlow-v-kestrel",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 23-CV-0418

DANIEL HARLOW, Appellant,
v.
KESTREL FREIGHT LINES, INC., Appellee.

Filed: March 5, 2024

OPINION

OSEI, Judge.

Daniel Harlow appeals the summary judgment entered against him on his claim of retaliatory
discharge. We reverse.

I. BACKGROUND

Kestrel hired Harlow as a forklift operator in 2015. Kestrel had maintained a written safety
policy since 2009 requiring employees to report injuries within one shift. On or about August
14, 2021, Harlow injured his back while unloading a trailer at the company's Ridgeway depot.
He reported the injury to his supervisor and later filed for benefits under the Workers'
Compensation Act
of 1987.

Kestrel terminated Harlow's employment on September 30, 2021, citing "attendance." Harlow
filed his complaint in the Ridgeway County Circuit Court on January 10, 2022. After discovery,
the trial court granted Kestrel's motion for summary judgment on May 2, 2023, finding no causal
link between the benefits claim and the discharge. Harlow filed his notice of appeal before
June 1, 2023.

II. STANDARD OF REVIEW

We review a grant of summary judgment de novo. See Pruett v. Dale Mills, 211 W.3d 1998
(Westm. 2010).""",
        (
            expect("2015", "hire"),
            expect("2009/..", "policy"),
            expect("2021-08-14~", "injur"),
            expect("2021-09-30", "terminat"),
            expect("2022-01-10", "complaint"),
            expect("2023-05-02", "judgment"),
            expect("../2023-06-01", "appeal"),
        ),
    ),
    Text(
        "kaldersund",
        "encyclopedia history",
        None,
        """Kaldersund

Kaldersund is a small port town on the eastern shore of the Vessel Fjord. Its population was
4,460 at the last census.

History

A fishing settlement at the mouth of the Kalder river was founded circa 1180 by monks from the
abbey of Orum. The bishop granted the settlement a town charter in 1297, and it became a
minor member of the herring trade with the Hanseatic towns.

Raiders from the south sacked the town in 1425 and again in 1428, after which its walls were
rebuilt in stone. By 1540 the burghers had adopted the Lutheran faith, and the old priory
church became the parish church.

A great fire destroyed most of the timber houses in 1697, although some chroniclers give the
year as 1698. Rebuilding followed a grid plan that survives in the old town.

The railway from the capital reached Kaldersund in 1872, and the following year the harbour
was deepened to take steamships. Shipbuilding remained the largest employer until the
twentieth century.

Culture

The town's football club, FC Kaldersund 1905, plays at the Fjordvang ground. A market is held
in the square every Thursday.""",
        (
            expect("1180~", "found"),
            expect("1297", "charter"),
            expect("1425", "sack"),
            expect("1428", "sack"),
            expect("../1540", "lutheran"),
            expect("1697?", "fire"),
            expect("1872", "railway"),
            expect("1873", "harbour"),
        ),
    ),
    Text(
        "rugby-harbourside",
        "sports report",
        date(2024, 3, 17),
        """RUGBY | PREMIER DIVISION

Harbourside end long wait with win over Grange

By Ciaran Dowd

Harbourside beat Grange 27-19 at the Quay Stadium on Saturday, their first league win over the
champions since 2009, in front of a crowd of 11,740.

Winger Tomos Pryce scored two tries. Pryce, who has played for the club since 2018, was moved
from full-back to the wing when captain Owen Maddox injured his knee against Carrow on 24
February.

Coach Lisa Henning, appointed in January 2023, said her side had "finally learned how to close
a game". Harbourside won the title in 1999 and 2006 but finished seventh last season.

Harbourside will face Carrow again on Saturday in the quarter-final of the cup. Two of their
players have been named in the wider squad for the 2027 World Cup cycle.

The club trains every Tuesday and Thursday at the Mill Lane pitches, which are open to
supporters.""",
        (
            expect("2024-03-16", "beat"),
            expect("2018/..", "play"),
            expect("2024-02-24", "injur"),
            expect("2023-01", "appoint"),
            expect("1999", "title"),
            expect("2006", "title"),
            expect("2024-03-23", "face", planned=True),
        ),
    ),
    Text(
        "brannock-vale",
        "company history",
        None,
        """Our Story | Brannock & Vale Biscuits

Brannock & Vale was founded in 1868 by the baker Samuel Brannock and his brother-in-law
Edwin Vale, who sold oatcakes from a shop on Carter Street in Leith. The firm moved to a
purpose-built works beside the canal in about 1890.

Brannock & Vale floated on the London Stock Exchange in 1924. During the Second World War its
canal works was bombed in 1941 and production moved for two years to a disused mill in Fife.

The company merged with the Dundee confectioner Ruthven Foods in 1967 and was renamed
Brannock Ruthven the following year. By 1985 it was exporting biscuits to 40 countries, from
its famous "Number 1902" shortbread to its oat crackers.

Brannock Ruthven has been owned by the family investment firm Kelso Holdings since 2011. Today
it employs 1,250 people and bakes 3,100 tonnes of biscuits a week, many of them still
following recipes that date from the Carter Street shop.

Visitor centre open every day except Christmas. Tel 0131 555 1868.""",
        (
            expect("1868", "found"),
            expect("1890~", "move"),
            expect("1924", "float"),
            expect("1941", "bomb"),
            expect("1967", "merg"),
            expect("1968", "renam"),
            expect("../1985", "export"),
            expect("2011/..", "own"),
        ),
    ),
    Text(
        "perenna-mission",
        "mission summary",
        None,
        """PERENNA SAMPLE RETURN - MISSION SUMMARY
Mission designation: PRN-2019-017 | Last updated: 12 May 2025

Perenna is a robotic mission to the near-Earth asteroid 2011 QJ4 that aims to return a sample
of its surface to Earth.

The spacecraft was launched on 14 March 2019 from Kourou. Commissioning of its instruments ran
from 3 to 14 April 2019. A gravity-assist flyby of Earth followed on 9 December 2020.

A fault in one of the attitude thrusters was first noticed around 10 November 2021; engineers
switched to the redundant branch and the cruise continued.

Perenna arrived at the asteroid on 21 July 2022 and spent ten months mapping it. The sampling
run took place in May 2023, when the arm collected an estimated 60 grams of regolith. The
spacecraft departed two months later on its long return arc.

The sample capsule is scheduled to land at the Woomera range in Australia on 24 September 2026.
Its curation facility will be able to store 120 sample containers.

Mission contact: perenna-ops@space-agency.example""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-04-03/2019-04-14", "commission"),
            expect("2020-12-09", "flyby"),
            expect("2021-11-10~", "fault"),
            expect("2022-07-21", "arriv"),
            expect("2023-05", "sampl"),
            expect("2023-07", "depart"),
            expect("2026-09-24", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        None,
        """Department for Rural Affairs
Statement: avian influenza confirmed near Hollin Cross
Published 3 June 2025 | Reference: DRA/2025/114

Avian influenza H5N1 was confirmed at a commercial laying farm near Hollin Cross on Friday.
All 38,000 birds on the premises are being humanely culled, and a 3 km protection zone has
been put in place around the farm.

A housing order requiring all poultry in the county to be kept indoors has been in force since
12 May. By Sunday, inspectors had contacted all 1,140 registered keepers inside the zone.

The last outbreak in the county was in 2017. Compensation for culled birds will be paid under
the scheme introduced in 2006 under the Animal Health Act 1981.

The Minister for Rural Affairs, Helen Ashdown, will visit the area on Thursday to meet farmers
and local vets.

Keepers should report suspicion of disease immediately on 0300 200 301. Updated risk levels
are published every Monday.""",
        (
            expect("2025-05-30", "confirm"),
            expect("2025-05-12/..", "housing"),
            expect("../2025-06-01", "contact"),
            expect("2017", "outbreak"),
            expect("2006", "scheme"),
            expect("2025-06-05", "visit", planned=True),
        ),
    ),
    Text(
        "rowing-club-news",
        "HTML page",
        None,
        """<html><head><title>News | Riverside Rowing Club</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/join">Join</a></nav>
<h1>Club news</h1>
<article>
<h2>Double gold at Marlow Bridge regatta</h2>
<p class="meta">Posted 14 May 2024 by the Captain</p>
<p>Our women's eight and men's coxless four both won their finals at the Marlow Bridge regatta
on Sunday 12 May. Thank you to everyone who came to cheer.</p>
</article>
<article>
<h2>New boathouse: the countdown</h2>
<p class="meta">Posted 2 May 2024</p>
<p>The new boathouse will open on 1 June with a naming ceremony. The appeal had raised
&pound;48,000 by March, enough to pay for the racks and the changing rooms.</p>
</article>
<article>
<h2>Thank you, Maria</h2>
<p class="meta">Posted 20 April 2024</p>
<p>Head coach Maria Lind, who joined Riverside in 2002, is stepping down after 22 years.
Riverside was founded in 1884 and has had only five head coaches.</p>
<p>The junior squad has trained at the Weir Lane lake since January, while the river is
closed to novices.</p>
</article>
<ul class="notices">
<li>Training sessions every Tuesday and Thursday, 6pm.</li>
<li>Registered charity no. 1082291</li>
</ul>
<footer>&copy; 2024 Riverside Rowing Club | Last updated 14 May 2024</footer>
</body></html>""",
        (
            expect("2024-05-12", "won"),
            expect("2024-06-01", "boathouse", planned=True),
            expect("../2024-03", "raised"),
            expect("2002", "join"),
            expect("1884", "found"),
            expect("2024-01/..", "train"),
        ),
    ),
    Text(
        "valmora-earthquake",
        "seismology institute's earthquake report",
        None,
        """NATIONAL INSTITUTE OF GEOPHYSICS AND SEISMOLOGY
Event report INGS-2024-0871 | Issued 18:40 UTC, 9 November 2024

M 5.4 earthquake, Valmora district

A magnitude 5.4 earthquake struck the Valmora district at 03:12 local time on 9 November
2024, at a depth of 12 km. It was the strongest event recorded by the national network in the
district since 2003. Damage to older masonry buildings has been reported in three villages.

A magnitude 3.1 foreshock was located two days earlier beneath the same fault segment.
Aftershocks are expected to continue; the institute recorded 46 of them from 9 to 11
November, the largest of magnitude 3.8.

The area has a long history of damaging earthquakes. Historical sources describe an event that
destroyed the village of San Lorio around 1857.

The permanent station network has been operating in the district since 1998. A field team will
deploy six temporary sensors on Monday, and a geological survey of the surface rupture is
expected in December.

Bulletins are issued every six hours. Press office: +39 06 5186 0210.""",
        (
            expect("2024-11-09", "earthquake"),
            expect("2024-11-07", "foreshock"),
            expect("2024-11-09/2024-11-11", "aftershock"),
            expect("1857~", "destroy"),
            expect("1998/..", "network"),
            expect("2024-11-11", "sensor", planned=True),
            expect("2024-12", "survey", planned=True),
        ),
    ),
    Text(
        "ashford-town-managers",
        "football club's managerial history",
        None,
        """Ashford Town FC - Managers

Ashford Town appointed their first full-time manager in 1921, when the committee gave the job
to the former Bolton half-back Tom Reddish. Reddish managed the club from 1921 to 1934, still
the longest reign in its history, and took charge of a record 617 league matches.

His successor, Harold Gee, was sacked in 1938 after relegation to the Third Division. After
the war Jack Arnott rebuilt the side, and Ashford were promoted in 1951 and 1953.

The Welsh coach Emlyn Rees was appointed c. 1962, although no board minute of his
appointment survives. Rees is credited with the "Class of '66" youth side.

Frank Dyer resigned on 2 January 1977, two days after a 6-0 defeat at Gillingham. The
caretaker Bill Stott then held the post for the rest of the season.

The current manager, Chidi Okafor, has been in charge since June 2022. He is the club's 31st
permanent manager.

Managers marked * held the post on a caretaker basis.""",
        (
            expect("1921", "appoint"),
            expect("1921/1934", "reddish"),
            expect("1938", "sack"),
            expect("1951", "promot"),
            expect("1953", "promot"),
            expect("1962~", "rees"),
            expect("1977-01-02", "resign"),
            expect("1976-12-31", "defeat"),
            expect("2022-06/..", "okafor"),
        ),
    ),
    Text(
        "merger-ruling-terminals",
        "competition authority's merger ruling",
        None,
        """COMPETITION AND MARKETS AUTHORITY OF NORDLAND
Case ME/7021/24 - Halvard Logistics / Fjellport Terminals
Decision of 27 August 2024

Summary

1. On 27 August 2024 the Authority cleared the acquisition of Fjellport Terminals AS by
Halvard Logistics ASA, subject to the remedies set out below.

2. The transaction was notified to the Authority on 14 March 2024. Having found that it raised
concerns in the supply of container handling at west-coast ports, the Authority opened a
Phase 2 investigation on 2 May 2024. Oral hearings were held from 8 to 10 July 2024.

3. Fjellport has operated the terminals at Bergvik and Stavnes since 2009. Halvard previously
acquired the inland depot operator Trollnes Transport in 2019.

4. Halvard must complete the divestment of the Stavnes terminal by 28 February 2025. The
parties expect to complete the acquisition in October 2024.

5. This decision is taken under section 33 of the Competition Act 1998. Combined market shares
exceeded 45% in each year since 2015.""",
        (
            expect("2024-08-27", "clear"),
            expect("2024-03-14", "notif"),
            expect("2024-05-02", "phase"),
            expect("2024-07-08/2024-07-10", "hearing"),
            expect("2009/..", "operat"),
            expect("2019", "trollnes"),
            expect("../2025-02-28", "divest", planned=True),
            expect("2024-10", "acquisition", planned=True),
        ),
    ),
    Text(
        "fire-log-week-11",
        "fire brigade's incident log",
        date(2025, 3, 17),
        """NORTH DALE FIRE AND RESCUE SERVICE
Station 21 (Kirkby Moor) - incident log

Tue 11 Mar, 14:22 - Kitchen fire in a first-floor flat on Brook Street. One pump attended;
the occupant was treated for smoke inhalation. Incident no. 2025/00412.

Wed 12 Mar, 08:05 - Road traffic collision on the A684 at Long Bank. Crews freed one driver
using hydraulic cutting gear.

From 13 to 14 Mar - Grass fire on Haw Moor. About 4 hectares burned; crews from three stations
damped down overnight.

Sat 15 Mar, 02:31 - Fire in the derelict Low Mill, which has stood empty since 2008. The
roof partly collapsed. An investigation into the cause is under way.

Crews will return to Brook Street for home safety visits on Wednesday. Smoke alarms should be
tested every month; under the Fire Safety Order 2005 landlords must fit them in rented homes.

In an emergency always dial 999.""",
        (
            expect("2025-03-11", "kitchen"),
            expect("2025-03-12", "collision"),
            expect("2025-03-13/2025-03-14", "grass"),
            expect("2025-03-15", "mill"),
            expect("2008/..", "empty"),
            expect("2025-03-19", "visit", planned=True),
        ),
    ),
    Text(
        "thornley-local-history",
        "public library's local history page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Local history: Thornley | Thornley Public Library</title></head>
<body>
<header><p>Thornley Public Library - Local Studies</p></header>
<main>
<h1>A short history of Thornley</h1>
<p>Thornley grew up around the woollen mills on the River Thorn. <strong>By 1850</strong> the
village had three chapels and a population of 2,300.</p>
<p>An electric tram line ran from Thornley to the market town of Sedley from 1899 to 1931,
when it was replaced by buses.</p>
<h2>The library</h2>
<p>The Carnegie trustees awarded a grant for a free library in 1903. The library was extended
with a reading room in c. 1936, although the plans in our collection are undated.</p>
<p>Whiteley's Mill, the last of the village's mills, closed in 1961.</p>
<p>The parish registers have been held in the library's strongroom since 1974 and may be
consulted by appointment.</p>
<figure><img src="mill1910.jpg" alt="Whiteley's Mill"><figcaption>Whiteley's Mill, photographed
in 1910 (ref. THL/P/1910/22)</figcaption></figure>
</main>
<footer><p>Local Studies open every Saturday 10:00-13:00. Tel 01422 555 019.</p>
<p>Last updated 4 March 2024</p></footer>
</body>
</html>""",
        (
            expect("../1850", "chapel"),
            expect("1899/1931", "tram"),
            expect("1903", "grant"),
            expect("1936~", "extend"),
            expect("1961", "clos"),
            expect("1974/..", "register"),
        ),
    ),
    Text(
        "coastal-erosion-grant",
        "university's research grant announcement",
        None,
        """News | School of Earth and Ocean Sciences
Posted 22 January 2025

University awarded GBP 2.4m to study soft-cliff erosion

The University of Eastmere has been awarded GBP 2.4 million by the Natural Environment
Research Council to forecast erosion of the soft cliffs of the North Sea coast. The grant
(reference NE/Z531021/1) was confirmed on 20 January.

The project will run from 1 April 2025 to 31 March 2030 and will install laser scanners at
twelve sites between Flamborough and Cromer.

It builds on pilot studies at Skipsea in 2022 and 2023, funded under the Horizon 2020
programme. The Coastal Processes Laboratory, which will host the work, was established in
2014. Professor Anita Okoye has led the research group since 2019.

First results are expected around 2027. "We want councils to plan with numbers, not guesses,"
Professor Okoye said.

The university is ranked among the top 100 in the world for earth sciences.

Media enquiries: press@eastmere.ac.example | 01632 960 214""",
        (
            expect("2025-01-20", "grant"),
            expect("2025-04-01/2030-03-31", "project", planned=True),
            expect("2022", "pilot"),
            expect("2023", "pilot"),
            expect("2014", "establish"),
            expect("2019/..", "led"),
            expect("2027~", "result", planned=True),
        ),
    ),
    Text(
        "giro-stage-10",
        "cycling stage race report",
        date(2025, 5, 21),
        """CYCLING | TOUR OF THE APENNINES, STAGE 10

Lindqvist takes summit finish to tighten grip on pink

Danish climber Mads Lindqvist won the tenth stage at Campo Alto on Tuesday, attacking 3 km
from the top of the 2,150 m climb to finish 24 seconds clear of the Italian Luca Ferrante.

Lindqvist took the leader's jersey on Sunday when his team controlled the crosswinds on the
road to Ravenna. He now leads by 1 minute 12 seconds, the biggest margin at this stage of the
race since 1998.

The 26-year-old turned professional in 2019 and broke his collarbone in a crash at the Basque
Country race in 2023.

Ferrante, the runner-up overall in 2024, said he would attack again in the mountains. "Mads
is strong, but the Dolomites are long," he said after the stage.

The race, which began in Sicily on 10 May, finishes in Rome on 1 June. Riders face Thursday's
38 km time trial before two days in the Dolomites.

Average speed on the stage: 39.8 km/h.""",
        (
            expect("2025-05-20", "won"),
            expect("2025-05-18", "jersey"),
            expect("2019", "professional"),
            expect("2023", "collarbone"),
            expect("2024", "runner"),
            expect("2025-05-10", "began"),
            expect("2025-06-01", "finish", planned=True),
            expect("2025-05-22", "time trial", planned=True),
        ),
    ),
    Text(
        "boil-notice-update",
        "water utility's boil-notice update",
        date(2025, 2, 7),
        """Fenmoor Water - Boil water notice: Hatley and Crowmarsh
Update 3 (14:00)

The boil water notice for 6,200 homes in Hatley and Crowmarsh remains in place. Please
continue to boil tap water and let it cool before drinking or brushing teeth.

We issued the notice on Tuesday after routine samples taken on Monday found E. coli at the
Hatley service reservoir. The reservoir has been isolated and flushed, and chlorine levels are
being checked every 30 minutes.

If the next two rounds of samples are clear, the notice is expected to be lifted on Sunday.

Hatley treatment works, in service since 1974, had its ultraviolet disinfection plant upgraded
by 2019. A similar notice was last issued in the area in about 2011.

Bottled water is available at Hatley village hall. Customers on our priority services
register will receive deliveries. Customer line: 0800 316 9800. This notice is issued under
the Water Supply (Water Quality) Regulations 2016.""",
        (
            expect("2025-02-04", "notice"),
            expect("2025-02-03", "sampl"),
            expect("2025-02-09", "lift", planned=True),
            expect("1974/..", "works"),
            expect("../2019", "upgrad"),
            expect("2011~", "notice"),
        ),
    ),
    Text(
        "wessex-fusiliers-honours",
        "regiment's battle honours history",
        None,
        """THE WESSEX FUSILIERS - BATTLE HONOURS

The regiment was raised at Dorchester in 1759 as the 81st Regiment of Foot. Its first colours
were presented around 1825, replacing those lost at sea.

Its earliest honour was won at the siege of Castelbranco in 1811. The honour "Vittoria" is
doubtful: the 2nd Battalion may have been present in 1813, but its muster rolls for that year
are lost.

During the Indian Mutiny the 1st Battalion relieved the besieged garrison at Kalpur on or
about 23 May 1858, the action for which the regiment carries the honour "Kalpur". The honour
is carried on the Queen's Colour with 22 others.

The 81st was amalgamated with the 96th Foot in 1881 to form the Wessex Fusiliers. In the
Great War the 1st Battalion fought near Thiepval from 1 to 4 July 1916 and lost 412 men.

Since 1994 the regiment has formed part of the Light Division. Its regimental march, "The
Eighty-First", is played at every parade.

The Regimental Museum is open daily except Mondays. Army List number 57.""",
        (
            expect("1759", "raise"),
            expect("1825~", "colours"),
            expect("1811", "siege"),
            expect("1813?", "vittoria"),
            expect("1858-05-23~", "kalpur"),
            expect("1881", "amalgamat"),
            expect("1916-07-01/1916-07-04", "thiepval"),
            expect("1994/..", "light division"),
        ),
    ),
    Text(
        "greenhollow-cancelled",
        "festival's cancellation statement",
        None,
        """GREENHOLLOW FOLK FESTIVAL 2025 - 12-15 JUNE
Posted on 28 April 2025

A statement from the festival board

It is with great sadness that we announce that Greenhollow will not take place this year.

The board of trustees took the decision at a meeting on Friday after a review of our finances
and of the site. Our main sponsor, Marlow Cider, withdrew on 3 March, and the lower meadow was
badly damaged by flooding in January. Without either, we could not run the festival safely.

Greenhollow was first held in 1997 as a one-day concert for 300 people. It has become a
weekend for 9,000 of you every June.

All ticket holders will receive a full refund by 30 May; you do not need to do anything.
We are determined to come back, and the festival will return in June 2026.

Questions: tickets@greenhollow.example, quoting your booking reference (GH-2025-xxxx).

Thank you for twenty-eight years of music.""",
        (
            expect("2025-04-25", "decision"),
            expect("2025-03-03", "withdr"),
            expect("2025-01", "flood"),
            expect("1997", "first"),
            expect("../2025-05-30", "refund", planned=True),
            expect("2026-06", "return", planned=True),
        ),
    ),
    Text(
        "radwell-pottery-marks",
        "pottery's makers' marks history",
        None,
        """Radwell Pottery: a guide to makers' marks

The Radwell pottery at Lane End, Staffordshire, was founded in about 1790 by the potter
William Radwell. Some later wares carry a mark reading "Est. 1788", but no document supports
that date.

The impressed mark "W.R." was used from 1802 to 1825. A printed mark with a swan and the
name RADWELL was introduced the following year and is found on most transfer-printed
earthenware.

A small crown mark over the initials may have been used in 1840, but only two marked pieces
are known and the attribution is uncertain.

Year letters, stamped below the main mark, were introduced in 1860. By 1891 the word
"ENGLAND" had been added to the backstamp to meet American import rules.

The pottery closed in 1931 and its moulds were sold to a neighbouring works.

Collectors should note that pattern numbers (for example, pattern 1845) are not dates. The
registered design no. 2143 appears on a jug of the 1850s.""",
        (
            expect("1790~", "found"),
            expect("1802/1825", "impressed"),
            expect("1826", "printed"),
            expect("1840?", "crown"),
            expect("1860", "letter"),
            expect("../1891", "england"),
            expect("1931", "clos"),
        ),
    ),
)
