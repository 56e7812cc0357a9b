"""The hundred-and-thirty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind (without reading the tool or the earlier batches), in twenty styles: a wire story
with a dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space), a government statement, an HTML news page, a
drought monitor update, a cricket test match report, a pharmaceutical trial results release, a
trench diary from 1916, a research vessel cruise report, an abbey's history, a foreign ministry
protest note, a library's HTML events and news page, a disciplinary panel decision, a bicycle
maker's history and a transit authority service change notice. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, a decade, "next
week") are left out of the expected events, as are habits, comparisons and page furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYTHIRD_CORPUS",)


HUNDREDTHIRTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-operator-administration",
        "wire story with a dateline",
        date(2025, 3, 13),
        """PORT ELLIS, March 13 (Meridian Wire) - Northway Ferries, the island operator that has
served the Calder Sound crossing since 1961, went into administration on Wednesday, leaving
about 400 staff uncertain of their jobs.

Administrators from Brannock & Lowe were appointed at a short hearing in the Port Ellis
commercial court, the company said. Sailings will run as normal while a buyer is sought.

Northway's troubles began when its newest ship, the Ardglass, ran aground off Skerry Point on
January 17, forcing the company to charter two replacement vessels at short notice. The
regional council turned down a request for a rescue loan on February 26, and two days later
the firm's main lender called in an overdraft of 11.2 million crowns.

Founded as a family business, Northway listed its shares on the Port Ellis exchange in 1998.
It reported a loss of 3.4 million crowns for 2024, its first annual loss since 2009.

"Nobody wanted it to end like this," said chief executive Ruth Calloway, who joined the
company in around 2015. Staff were told of the decision at a meeting on the quayside.

Union officials will meet the administrators on Monday, said Hal Brennick of the Maritime
Workers' Federation. The administrators said they expected to name a preferred bidder by the
end of April.

Island residents depend on the ferry for most deliveries, and the sound is crossed some 30
times a day in summer.

(Reporting by Ines Varga; Editing by Colm Dwyer)""",
        (
            expect("1961/..", "serv"),
            expect("2025-03-12", "administration"),
            expect("2025-01-17", "aground"),
            expect("2025-02-26", "loan"),
            expect("2025-02-28", "overdraft"),
            expect("1998", "list"),
            expect("2024", "loss"),
            expect("2015~", "join"),
            expect("2025-03-17", "meet", planned=True),
            expect("../2025-04", "bidder", planned=True),
        ),
    ),
    Text(
        "solar-recycling-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Lindqvist Circular opens solar panel recycling plant in Västerby

VÄSTERBY, Sweden, 4 June 2025 - Lindqvist Circular AB today opened its first full-scale plant
for recycling end-of-life solar panels, at the Norrhamn industrial park outside Västerby. The
plant can separate glass, aluminium, silver and silicon from up to 12,000 tonnes of panels a
year.

Construction of the 9,400 m2 facility began in March 2024, after the company secured a
SEK 310 million green loan. On 12 November 2024 Lindqvist signed a supply agreement with the
installer Solvik Energi, which will send it all panels removed from its customers' roofs.

"Only a few years ago this was a pilot on a workbench," said Karin Lindqvist, the company's
chief executive. The company ran its first pilot line in about 2021 in a rented hall in Östbro.

The plant will begin accepting panels from private households on 1 September, through
collection points at municipal recycling centres. Lindqvist expects the plant to reach full
capacity by the end of 2026 and plans to hire a further 40 staff by the end of 2025. A second
line, for thin-film panels, is being planned for spring 2027.

Panels installed during the boom of the 2010s are now reaching the end of their 25-to-30-year
life, and volumes are expected to grow each year.

About Lindqvist Circular
Lindqvist Circular AB was founded in 2019 and is based in Västerby. It employs 85 people and
recovers materials from solar panels and batteries under the EU WEEE Directive 2012/19/EU.

Media contact
Johan Ek, Head of Communications
+46 70 123 45 67 | press@lindqvistcircular.se""",
        (
            expect("2025-06-04", "open"),
            expect("2024-03", "construction"),
            expect("2024-11-12", "agreement"),
            expect("2021~", "pilot"),
            expect("2025-09-01", "accept", planned=True),
            expect("../2026", "capacity", planned=True),
            expect("../2025", "hire", planned=True),
            expect("2019", "found"),
        ),
    ),
    Text(
        "reyes-v-corvane",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NORTH CASCADIA
DIVISION TWO

DANA M. REYES, Appellant,
v.
CORVANE LOGISTICS, INC., Respondent.

No. 58231-4-II                                        UNPUBLISHED OPINION

HOLLIS, J. - Dana Reyes appeals the trial court's order granting summary judgment to her former
employer, Corvane Logistics, on her claim of retaliatory discharge under the Cascadia Fair
Employment Act of 1987. We reverse.

I. FACTS

Reyes was hired by Corvane as a dispatcher on or about March 3, 2016. She was promoted to shift
supervisor in about 2019. Corvane's attendance policy, in force since January 2014, allowed
supervisors to record absences but reserved discipline to the operations manager.

On June 14, 2021, Reyes made a written complaint to human resources that the operations
manager had altered drivers' logbooks. Eleven days later, Corvane terminated her employment,
citing unexcused absences. Reyes had received no warning before that date.

Reyes filed suit in Harlan County Superior Court on January 10, 2022. After discovery, Corvane
moved for summary judgment, which the trial court granted on August 2, 2023. Reyes filed a
notice of appeal on August 29, 2023. We heard oral argument on February 11, 2025.

II. ANALYSIS

We review an order of summary judgment de novo. Under section 12(3) of the Act, an employer
may not discharge an employee for opposing a practice the Act forbids. Close timing between a
complaint and a discharge is evidence of a causal link. Here eleven days separated the two.
Corvane points to absences recorded earlier, but it took no action on them until after the
complaint. A reasonable jury could find that the stated reason was a pretext.

III. CONCLUSION

We reverse and remand for trial.

Hollis, J.
We concur: Abernathy, C.J.; Munoz, J.""",
        (
            expect("2016-03-03~", "hired"),
            expect("2019~", "promot"),
            expect("2014-01/..", "policy"),
            expect("2021-06-14", "complaint"),
            expect("2021-06-25", "terminat"),
            expect("2022-01-10", "suit"),
            expect("2023-08-02", "judgment"),
            expect("2023-08-29", "appeal"),
            expect("2025-02-11", "argument"),
        ),
    ),
    Text(
        "varnholm-canal",
        "encyclopedia history",
        None,
        """Varnholm Canal

The Varnholm Canal is a 34-kilometre canal linking the river Oster at Varnholm with the port
of Lessing on the Baltic coast. It is one of the oldest navigable canals in the region.

History

A canal across the Lessing marshes was first proposed c. 1740 by the engineer Jöran Stiel,
but the estates could not agree on the cost. Construction finally began in 1768 under the
direction of Carl Wessel, and the canal was completed in 1779. The first lock keeper's house
at Ebbe may have been built in 1772, though the date carved on its lintel has been disputed.

Rising traffic in timber and grain made the original locks too small, and they were enlarged
in 1802, 1811 and 1824. Traffic peaked around 1860, when more than 3,000 barges a year passed
through Varnholm lock, a figure never reached again. The opening of the Lessing railway took
most of the heavy freight, and the canal was closed to commercial traffic in 1951.

Preservation

After three decades of neglect, a local society began clearing the towpath. The canal has
been a protected monument since 1987, and the locks are now worked by volunteers for pleasure
craft. The best time for a visit is summer, when the locks are operated daily.

See also
- List of canals in the Oster basin
- Carl Wessel (engineer)

References
1. Halvorsen, B. The Lessing Canals. Varnholm: Stift Press, 1994, pp. 17-58.""",
        (
            expect("1740~", "propos"),
            expect("1768", "construction"),
            expect("1779", "complet"),
            expect("1772?", "house"),
            expect("1802", "enlarg"),
            expect("1811", "enlarg"),
            expect("1824", "enlarg"),
            expect("1860~", "traffic"),
            expect("1951", "clos"),
            expect("1987/..", "monument"),
        ),
    ),
    Text(
        "rovers-go-top",
        "sports report",
        date(2025, 9, 21),
        """Rovers go top as Ilves double sinks Castlebrook

Halden Rovers 3 Castlebrook Town 1

By Mark Tennant | Sunday 21 September 2025

Halden Rovers moved to the top of the Northern League on Saturday, beating Castlebrook Town
3-1 in front of 11,204 at Mill Lane, the club's biggest home crowd since 2016.

Pekka Ilves scored twice in the first half, his first goals since joining from Kemi, before
Castlebrook's Danny Roe pulled one back after 58 minutes. Substitute Joel Amadi sealed it in
stoppage time with a low shot from the edge of the box.

It was a sixth win in seven league games for Sandra Kopp, who was appointed manager on 2 June
after the sacking of Ian Drury. "We've got a group who believe in what we're doing," she said.

Rovers were without captain Lewis Pell, who tore a hamstring against Brancaster on August 30.
The club said he is expected to return by October 18.

Rovers travel to Millwick in the League Cup on Wednesday and are to host second-placed
Brancaster on October 4, a match that is already sold out. Kopp said she would rotate her
squad for the cup tie.

Rovers were founded in 1889 by workers at the Halden paper mill.""",
        (
            expect("2025-09-20", "castlebrook"),
            expect("2025-06-02", "appoint"),
            expect("2025-08-30", "hamstring"),
            expect("../2025-10-18", "return", planned=True),
            expect("2025-09-24", "millwick", planned=True),
            expect("2025-10-04", "host", planned=True),
            expect("1889", "found"),
        ),
    ),
    Text(
        "ostrander-paints",
        "company history",
        None,
        """Our history

1897-1930: A shed by the river
Elias Ostrander founded the company in 1897, mixing linseed-oil paints in a shed behind his
father's chandlery on Water Street, Dunmere.

On the night of 14 February 1921 a fire destroyed the Mill Road works. Elias rebuilt on the
same site, and the works reopened the following year with electric mixers.

1930-1985: Colour for every home
Ostrander launched its Weatherguard exterior range in 1936 and the Satinhome interior
emulsion in 1954, which for a time was the best-selling paint in the country. During the war
the works made camouflage paint for the Admiralty.

1985-today: A new home
The family sold the company to the Dalby Group around 1988. Since 2011 Ostrander has been
headquartered at the Greenfield Park site in Dunmere, and the old Mill Road works is now
flats. We have made only water-based paints since 2018.

Looking ahead
We plan to make all our products at a carbon-neutral plant by 2030. A recycling scheme for
part-used tins will start in 12 of our stores on 1 March 2026, and we hope to extend it across
the country if customers take it up.

Ostrander Paints Ltd, Greenfield Park, Dunmere DN4 7QX. Registered in England No. 00071234.""",
        (
            expect("1897", "found"),
            expect("1921-02-14", "fire"),
            expect("1922", "reopen"),
            expect("1936", "weatherguard"),
            expect("1954", "satinhome"),
            expect("1988~", "sold"),
            expect("2011/..", "headquarter"),
            expect("2018/..", "water"),
            expect("../2030", "carbon", planned=True),
            expect("2026-03-01", "recycling", planned=True),
        ),
    ),
    Text(
        "kestrel-sample-return",
        "mission summary",
        None,
        """KESTREL SAMPLE-RETURN MISSION - MISSION SUMMARY

Mission: Kestrel (Small Body Sample Return Demonstrator)
Agency: Nordic Space Consortium (NSC)
Target: near-Earth asteroid (48211) 2004 RL
Status: cruise phase (Earth return)

The mission was approved by the NSC council in about 2014. Kestrel was launched on 11 October
2019 from Kourou. An Earth gravity-assist flyby on 3 December 2020 set it on course for the
asteroid, a dark C-type body about 420 m across.

The spacecraft arrived at 2004 RL on 19 July 2022 and entered a 2 km orbit twelve days later.
Mapping took eight months. A first touch-and-go sampling attempt on 2 February 2023 was
aborted by the onboard software when a boulder was detected in the descent corridor; a second
attempt on 27 March collected an estimated 60 g of regolith.

Kestrel departed the asteroid on or about 14 November 2023, once the orbit geometry allowed a
low-energy transfer to Earth.

The sample capsule is scheduled to land on the Tarnak test range in September 2026. After
releasing it, the main spacecraft will fly past the Earth; engineers will decide by the end of
2026 whether to send it on to a second asteroid.

Key figures: launch mass 1,280 kg; delta-v budget 1950 m/s; data returned so far 2.1 TB.""",
        (
            expect("2014~", "approv"),
            expect("2019-10-11", "launch"),
            expect("2020-12-03", "flyby"),
            expect("2022-07-19", "arriv"),
            expect("2022-07-31", "orbit"),
            expect("2023-02-02", "abort"),
            expect("2023-03-27", "collect"),
            expect("2023-11-14~", "depart"),
            expect("2026-09", "capsule", planned=True),
            expect("../2026", "decide", planned=True),
        ),
    ),
    Text(
        "avian-influenza-statement",
        "government statement",
        date(2025, 2, 7),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS
Press Office | Statement 07/2025 | Issued Friday 7 February 2025

Avian influenza in Oster Province: update

The Ministry confirms that highly pathogenic avian influenza H5N1 was confirmed at a
commercial layer farm near Lindow on 29 January. A 3 km protection zone and a 10 km
surveillance zone have been in force around the premises since 30 January.

All 48,000 birds on the farm were culled, and the culling was completed on Tuesday. Cleansing
and disinfection of the premises is under way. This is the first outbreak in the province
since 2021.

To reduce the risk of further spread, a national housing order will take effect on Monday
10 February, requiring all keepers of poultry to keep their birds indoors. Keepers of more
than 50 birds must register their flocks with the Animal Health Agency no later than
28 February.

Compensation will be paid under the Animal Health Act 2003 for birds culled on the Ministry's
instructions.

Minister Petra Vossen said: "Early detection has helped us. I urge every keeper to check
their birds daily and to report any sign of disease at once."

The Ministry will publish a review of its response by 31 March. Further updates will be
issued as the situation develops.

Contact: press@agri.example.gov | +31 70 555 0199""",
        (
            expect("2025-01-29", "confirm"),
            expect("2025-01-30/..", "zone"),
            expect("2025-02-04", "cull"),
            expect("2025-02-10", "housing", planned=True),
            expect("../2025-02-28", "regist", planned=True),
            expect("../2025-03-31", "review", planned=True),
        ),
    ),
    Text(
        "alhambra-theatre-reopens",
        "HTML news page",
        date(2025, 5, 15),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Alhambra Theatre reopens after four-year restoration | Fenwick Evening Post</title>
</head>
<body>
<header><a href="/">Fenwick Evening Post</a>
<nav><a href="/news">News</a> | <a href="/arts">Arts</a></nav></header>
<article>
<h1>Alhambra Theatre reopens after four-year restoration</h1>
<p class="byline">By Grace Obi, Arts Correspondent &middot;
<time datetime="2025-05-15">Thursday 15 May 2025</time></p>
<p>The Alhambra Theatre on Castle Street reopened to the public on Wednesday evening, more
than four years after it closed in March 2021 for a &pound;14m restoration.</p>
<p>Built in 1902 to designs by the architect Walter Penrose, the theatre lost its fly tower
in a fire around 1931 and was remodelled twice in the 1960s. It has been a listed building
since 1979.</p>
<figure><img src="/img/alhambra-1958.jpg" alt="">
<figcaption>The auditorium in 1958. Photo: Fenwick City Archive</figcaption></figure>
<p>"We found layers of paint going back a century," said project director Hamid Rashid. The
painted ceiling of the auditorium was uncovered during work in 2022.</p>
<p>The first full production, a new staging of <em>The Rivals</em>, is to open on 6 June.
Free backstage tours begin on Saturday, and the box office is open Tuesday to Saturday from
10am.</p>
</article>
<footer>&copy; 2025 Fenwick Evening Post. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-05-14", "reopen"),
            expect("2021-03", "clos"),
            expect("1902", "built"),
            expect("1931~", "fire"),
            expect("1979/..", "listed"),
            expect("2022", "ceiling"),
            expect("2025-06-06", "production", planned=True),
            expect("2025-05-17", "tour", planned=True),
        ),
    ),
    Text(
        "corven-basin-drought",
        "drought monitor update",
        date(2025, 8, 14),
        """CORVEN BASIN DROUGHT MONITOR
Weekly update | Data valid: August 12, 2025 | Released: Thursday, August 14, 2025
Author: L. Haugen, State Climate Office

Summary
Hot, dry weather continued across most of the basin this week. Extreme drought (D3) expanded
by about 6% of the basin's area, mainly in Corven and Lisle counties, where July was the
driest since 2012. Drought has persisted in the northern basin since May 2024.

Rainfall
Thunderstorms on August 9 brought 25-40 mm to parts of the southern uplands, enough to improve
pasture locally, and D1 was removed from a small area near Harlan. Elsewhere rainfall was
under 5 mm.

Water supply
Storage in Lake Orrin fell to 31% of capacity on August 11. Corven County declared Stage 2
water restrictions on August 5; Stage 3 will take effect on Monday, August 18, unless
significant rain falls before then. A burn ban has been in effect in all basin counties since
July 18. The Pike Ridge fire, which started on or about August 7, has burned 2,400 acres.

Impacts
Ranchers report hauling water and selling cattle early. Streamflow at 14 of 22 gauges is
below the 10th percentile for the date.

Outlook
Little relief is expected over the next two weeks. This map is updated every Thursday.

Contact: drought@climate.example.org | (555) 014-2279""",
        (
            expect("2024-05/..", "drought"),
            expect("2025-08-09", "storm"),
            expect("2025-08-11", "orrin"),
            expect("2025-08-05", "restriction"),
            expect("2025-08-18", "stage", planned=True),
            expect("2025-07-18/..", "burn"),
            expect("2025-08-07~", "fire"),
        ),
    ),
    Text(
        "second-test-day-five",
        "cricket test match report",
        date(2025, 12, 30),
        """Second Test, day five: New Zealand beat Sri Lanka by 84 runs to level series

From Raj Menon at the Harbour Oval, Tuesday 30 December 2025

New Zealand 312 & 251-8d; Sri Lanka 279 & 200 (Roy 6-41)

New Zealand levelled the three-match series 1-1 on Tuesday when Tom Roy took the last two Sri
Lankan wickets in four balls shortly after tea on the final day.

Set 285 to win, Sri Lanka resumed on 96-3 and were well placed while Kasun Perera batted.
Perera, who has played for Sri Lanka since 2017, made 71 before he was stumped, and his
dismissal began a collapse of six wickets for 49 runs. Roy's 6-41 were the best figures by a
New Zealand spinner at the ground since 1998.

The match, which started on 26 December, turned on Saturday when opener Sam Henley made 142,
his first Test century since February 2022. Henley, who made his Test debut in 2019, batted
for almost seven hours. About two and a half hours were lost to rain on Sunday, and the hosts
declared on Monday morning to give themselves time to bowl Sri Lanka out.

Sri Lanka had won the first Test at Dunmore Park by nine wickets on 14 December.

The third and deciding Test begins at Kingsgate on 3 January. The selectors will name the
squad for it by Thursday, and captain Will Marsh said he expected no changes.""",
        (
            expect("2025-12-30", "level"),
            expect("2017/..", "play"),
            expect("2025-12-26", "start"),
            expect("2025-12-27", "henley"),
            expect("2019", "debut"),
            expect("2025-12-28", "rain"),
            expect("2025-12-29", "declar"),
            expect("2025-12-14", "first", "test"),
            expect("2026-01-03", "third", planned=True),
            expect("../2026-01-01", "squad", planned=True),
        ),
    ),
    Text(
        "velorotide-phase-3",
        "pharmaceutical trial results release",
        None,
        """NEWS RELEASE

Arventa presents full Phase 3 results for velorotide in chronic cluster headache

LAUSEN, Switzerland, 22 October 2025 - Arventa Therapeutics AG (SIX: ARVT) today presented
full results from the Phase 3 CALYX-2 trial of velorotide, an oral CGRP-receptor blocker, at
the European Headache Congress in Lisbon.

CALYX-2 enrolled 642 adults with chronic cluster headache at 88 sites in 14 countries between
March 2022 and November 2023. Patients taking velorotide 40 mg had 4.1 fewer weekly attacks
than those on placebo at week 12 (p<0.001), meeting the primary endpoint. Topline results were
first announced on 14 May 2025. The most common side effects were nausea and dizziness.

Arventa submitted a marketing authorisation application to the European Medicines Agency on
30 September and expects a decision from the US Food and Drug Administration no later than
30 June 2026. Subject to approval, the company plans to launch velorotide in Germany and the
Nordic countries in 2026. Patients completing CALYX-2 may join an open-label extension study,
which is expected to be completed in 2028.

Arventa licensed velorotide from the University of Aarden in about 2017. A Phase 2 study,
completed in 2020, showed a dose-dependent effect on attack frequency.

About Arventa
Arventa Therapeutics AG was founded in 2011 and develops treatments for neurological
disorders. Its shares are listed on the SIX Swiss Exchange.

Forward-looking statements
This release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Contact: Media Relations, +41 61 555 20 17, media@arventa.example.com""",
        (
            expect("2025-10-22", "present"),
            expect("2022-03/2023-11", "enrol"),
            expect("2025-05-14", "topline"),
            expect("2025-09-30", "submit"),
            expect("../2026-06-30", "decision", planned=True),
            expect("2026", "launch", planned=True),
            expect("2028", "extension", planned=True),
            expect("2017~", "licens"),
            expect("2020", "phase"),
            expect("2011", "found"),
        ),
    ),
    Text(
        "lemming-diary-1916",
        "trench diary from 1916",
        None,
        """Diary of Pte. Arthur Lemming, No. 17734, 9th Bn. Westbury Fusiliers
Pocket diary for the year 1916 (Letts No. 31)

Tues. 14 March. Came up the line after dark and relieved the Wiltshires at Brindle Wood. Mud
to the knees in the communication trench. Rations late again.

Thurs. 16th. Shelled all afternoon. Corpl. Hatch killed by a 5.9 near the sap head about 4
o'clock. A good sort, had never had a scratch till today.

Sun. 19th. Out to rest at Cambron Farm. Baths at last and a clean shirt. Heard we are to go
back in on the 25th.

Sun. 26th. Back in at Brindle Wood, a day late. Sgt. Pike says Jerry blew a mine under the
Crater on or about the 28th of last month, which is why the line bends here.

Mon. 27th. Jerry raided the Fusiliers on our left about 2 am. Two of ours missing, one
brought in by Pike at first light.

Fri. 31st. Mr Dacre says leave for our draft is to start about the 20th of next month.
Nobody believes it. Stand-to every morning at 5, same as always.

Sun. 2 April. Orders to move south. Nobody knows where. Rumour says the Somme.

Tues. 4th. Marched to Aubrette, 14 miles in full pack. Feet bad. Billets in a barn with
the rats.""",
        (
            expect("1916-03-14", "reliev"),
            expect("1916-03-16", "hatch"),
            expect("1916-03-19", "rest"),
            expect("1916-03-25", "back", planned=True),
            expect("1916-03-26", "back"),
            expect("1916-02-28~", "mine"),
            expect("1916-03-27", "raid"),
            expect("1916-04-20~", "leave", planned=True),
            expect("1916-04-02", "orders"),
            expect("1916-04-04", "march"),
        ),
    ),
    Text(
        "amaranth-cruise-am25-04",
        "research vessel cruise report",
        None,
        """RV AMARANTH - CRUISE REPORT AM25-04
North Skagen Slope Observatory: mooring turnaround and hydrography
Chief scientist: Dr Ingrid Solheim (Institute of Marine Sciences, Bergvik)
Ports: Bergvik - Bergvik

1. Narrative
RV Amaranth sailed from Bergvik at 08:00 on 3 April 2025 with 14 scientists aboard. The
observatory mooring SKS-1, which has been in place on the slope since 2019, was recovered on
6 April after a 40-minute acoustic search. All twelve instruments were retrieved, although
the upper current meter had stopped recording in about January.

CTD and water-sampling stations were occupied along the Skagen line from 8 to 15 April, with
casts to a maximum depth of 1987 m at station 2031. A gale forced the ship to shelter in
Lysfjord from 16 to 17 April. The replacement mooring SKS-2 and an ocean glider were deployed
on 18 April. The glider, on a six-month mission, is to be recovered by RV Tinde in about
October.

Amaranth returned to Bergvik on 24 April.

2. Samples and data
Water samples (nutrients, oxygen, DIC) will be analysed at the Institute by 30 June 2025.
Processed CTD data will be deposited with the national data centre. For the station list
see Appendix A (stations 2001-2046).""",
        (
            expect("2025-04-03", "sail"),
            expect("2019/..", "mooring"),
            expect("2025-04-06", "recover"),
            expect("2025-01~", "meter"),
            expect("2025-04-08/2025-04-15", "ctd"),
            expect("2025-04-16/2025-04-17", "shelter"),
            expect("2025-04-18", "deploy"),
            expect("2025-10~", "recover", planned=True),
            expect("2025-04-24", "return"),
            expect("../2025-06-30", "analys", planned=True),
        ),
    ),
    Text(
        "st-wendels-abbey",
        "abbey's history",
        None,
        """St Wendel's Abbey, Marrow Vale
A short history

The abbey was founded c. 1134 by a colony of twelve Cistercian monks from Kelda Abbey, on
land given by Ranulf de Marrow. Building in stone began soon afterwards, and the abbey church
was consecrated in 1187. The abbey's first water mill was perhaps built in 1210, although the
charter that mentions it survives only in a later copy.

The community prospered on wool. In 1316 raiders from the north sacked the abbey and burned
the dormitory. The cloister was rebuilt between 1322 and 1340 under Abbot John of Ely, whose
tomb slab can still be seen in the chapter house.

The abbey was dissolved on 19 March 1539, when the last abbot and nineteen monks signed the
deed of surrender. The nave was kept for the people of the valley and has served as the
parish church since 1541; the rest of the buildings were sold and largely pulled down for
their stone.

Restoration of the ruins began in the 1890s. In 1962 a small community of Benedictine monks
returned to Marrow Vale and built a new monastery beside the old guest house. The monks sing
the office seven times a day.

The guest house, closed for repairs, is to reopen in 2026. Visitors are welcome daily from
9am; guided tours every Sunday at 2pm.

Text (c) Friends of St Wendel's, 2024.""",
        (
            expect("1134~", "found"),
            expect("1187", "consecrat"),
            expect("1210?", "mill"),
            expect("1316", "sack"),
            expect("1322/1340", "cloister"),
            expect("1539-03-19", "dissol"),
            expect("1541/..", "parish"),
            expect("1962", "return"),
            expect("2026", "guest", planned=True),
        ),
    ),
    Text(
        "velmora-note-verbale",
        "foreign ministry protest note",
        date(2025, 7, 3),
        """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF VELMORA

No. 214/25-DPL

NOTE VERBALE

The Ministry of Foreign Affairs of the Republic of Velmora presents its compliments to the
Embassy of the Republic of Karsia and has the honour to lodge a formal protest against
repeated violations of the sovereignty of the Republic of Velmora.

On 28 June 2025 the Karsian coast guard vessel KCG Tarvos entered the territorial sea of
Velmora north-west of Isle Merrin and remained there for about six hours despite radio
warnings. On 30 June a Karsian military transport aircraft crossed into Velmoran airspace over
the Merrin Strait without clearance.

These incidents follow the unauthorised survey conducted by a Karsian research ship in
Velmoran waters on or about 12 May, which was the subject of the Ministry's Note No. 171/25 of
19 May 2025, to which no reply has been received.

The boundary in the Merrin Strait was fixed by the Treaty of Sollen, signed on 4 March 1923,
and the Ministry recalls that both Parties are bound by it.

The chargé d'affaires of the Embassy was summoned to the Ministry on 2 July and informed of
the contents of this Note. The Ministry requests an explanation no later than 15 July 2025
and intends to raise the matter at the meeting of the Joint Boundary Commission on 22 July.

The Ministry of Foreign Affairs of the Republic of Velmora avails itself of this opportunity
to renew to the Embassy of the Republic of Karsia the assurances of its highest
consideration.

Velmora City, 3 July 2025

Embassy of the Republic of Karsia
Velmora City""",
        (
            expect("2025-06-28", "vessel"),
            expect("2025-06-30", "aircraft"),
            expect("2025-05-12~", "survey"),
            expect("2025-05-19", "note"),
            expect("1923-03-04", "treaty"),
            expect("2025-07-02", "summon"),
            expect("../2025-07-15", "explanation", planned=True),
            expect("2025-07-22", "commission", planned=True),
        ),
    ),
    Text(
        "brackley-library-events",
        "library's HTML events and news page",
        date(2025, 11, 3),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Events &amp; News - Brackley Public Library</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/catalogue">Catalogue</a> |
<a href="/events">Events &amp; News</a></nav>
<main>
<h1>Events &amp; News</h1>
<p class="updated">Page updated Monday 3 November 2025</p>
<h2>Coming up</h2>
<ul class="events">
<li><strong>Author talk: Nadia Fenn</strong> &ndash; Thursday 13 November, 7pm, Reading
Room. Nadia Fenn will talk about her novel <em>The Salt Ledger</em>. Free, booking
required.</li>
<li><strong>Repair Caf&eacute;</strong> &ndash; Saturday 22 November, 10am&ndash;1pm. Bring
broken lamps, toasters and clothes.</li>
<li><strong>Story time</strong> &ndash; every Saturday at 10:30, Children's Library.</li>
<li><strong>Holiday closing</strong> &ndash; all branches will be closed on 25 and 26
December.</li>
</ul>
<h2>News</h2>
<article>
<h3>Elm Street branch closed for roof repairs</h3>
<p>The Elm Street branch closed on 24 October after water came through the roof of the
children's area. Contractors expect the branch to reopen by 12 January. Returns can be made
at any branch.</p>
</article>
<article>
<h3>The Courier, 1850&ndash;1899, now online</h3>
<p>Fifty years of the <em>Brackley Courier</em> went online on 28 October, digitised from
the library's own bound volumes. The local history collection, which holds them, was founded
in 1911 with a gift from the Pell family.</p>
</article>
<article>
<h3>No more fines</h3>
<p>A reminder that the library has been fine-free since 1 April 2024: overdue items will
never cost you anything, but please bring them back!</p>
</article>
</main>
<footer>Brackley Public Library, 2 Market Place &middot; 01280 555 014 &middot;
&copy; 2025 Brackley Borough Council</footer>
</body>
</html>""",
        (
            expect("2025-11-13", "talk", planned=True),
            expect("2025-11-22", "repair", planned=True),
            expect("2025-12-25", "clos", planned=True),
            expect("2025-12-26", "clos", planned=True),
            expect("2025-10-24", "clos"),
            expect("../2026-01-12", "reopen", planned=True),
            expect("2025-10-28", "online"),
            expect("1911", "found"),
            expect("2024-04-01/..", "fine"),
        ),
    ),
    Text(
        "icbs-ashdown-decision",
        "disciplinary panel decision",
        None,
        """INSTITUTE OF CHARTERED BUILDING SURVEYORS
DISCIPLINARY PANEL

Case No. DP/2025/031
Registrant: Mr Colin J. Ashdown MICBS (Registration No. 40917)
Hearing: remote, by video link

DECISION ON FACTS, MISCONDUCT AND SANCTION

1. Mr Ashdown has been a registered member of the Institute since 2008 and practises as a
sole trader in Carnforth.

2. Between 1 March and 30 September 2022 Mr Ashdown signed eleven completion certificates for
extension works he had not inspected. The matter came to light when a ceiling collapsed at
one of the properties.

3. The Institute received a complaint from Lunedale District Council on 9 January 2023. An
Interim Orders Committee imposed an interim suspension on 27 February 2023, which remains in
force until the sanction below takes effect.

4. The hearing took place from 6 to 8 May 2025. On the first day Mr Ashdown admitted all the
allegations, and the Panel heard evidence only on sanction.

5. The Panel found the facts proved and that they amount to misconduct under Rule 14(3) of
the Disciplinary Rules 2019. Signing certificates without an inspection put the public at
risk and damaged confidence in the profession.

6. Sanction. Mr Ashdown is suspended from the register for twelve months. The suspension will
take effect on 1 June 2025. He must pay costs of £6,850 to the Institute no later than
30 June 2025.

7. Mr Ashdown may appeal within 28 days of the date of this decision.

Panel: Ms R. Okonjo (Chair), Mr D. Finch, Dr S. Patel (lay member)""",
        (
            expect("2008/..", "regist"),
            expect("2022-03-01/2022-09-30", "certificate"),
            expect("2023-01-09", "complaint"),
            expect("2023-02-27", "interim"),
            expect("2025-05-06/2025-05-08", "hearing"),
            expect("2025-05-06", "admit"),
            expect("2025-06-01", "suspension", planned=True),
            expect("../2025-06-30", "costs", planned=True),
        ),
    ),
    Text(
        "harwood-cycles",
        "bicycle maker's history",
        None,
        """Harwood Cycles - frames hand-built in Kettleby

Our story

Brothers Albert and Frank Harwood founded Harwood Cycles in 1923 in a rented workshop on
Ashby Lane, Kettleby, building frames for the town's postmen and errand boys.

In 1940 the works was requisitioned for war production, turning out mortar-bomb fins and
aircraft seat frames; bicycle making resumed in 1946 with just nine frame builders.

The fifties were our golden years. Riders on Harwood frames won the national road race
championship in 1951, 1953 and 1958, and the Harwood Clubman became the frame every club rider
wanted.

As the business grew we moved to a larger factory on the Blaby Road estate around 1972.
Cheap imports hit hard in the 1980s, and the firm was bought in 2004 by the Pennant family,
who still own it.

Since 2016 every Harwood frame has been built to order, brazed by hand by one of our six
builders. We build about 400 frames a year, and each one carries its builder's initials
under the bottom bracket.

Next chapter: the Harwood museum, in the restored Ashby Lane workshop, will open in 2027.
Until then, visitors can see the frame shop on our open days.""",
        (
            expect("1923", "found"),
            expect("1940", "requisition"),
            expect("1946", "resum"),
            expect("1951", "championship"),
            expect("1953", "championship"),
            expect("1958", "championship"),
            expect("1972~", "move"),
            expect("2004", "bought"),
            expect("2016/..", "order"),
            expect("2027", "museum", planned=True),
        ),
    ),
    Text(
        "mvta-fall-service-changes",
        "transit authority service change notice",
        date(2025, 8, 29),
        """METRO VALLEY TRANSIT AUTHORITY
SERVICE CHANGE NOTICE | Notice No. SC-25-09 | Posted August 29, 2025

Fall service changes

The MVTA Board of Directors approved the following changes at its meeting on August 12,
after public hearings held in June 2025 at which 340 riders spoke or wrote in.

ROUTE 14 - HARLOW PARK CROSSTOWN
Route 14, introduced in 1968, will be discontinued effective Sunday, September 7. Riders
should use Route 22 or the new Harlow Park on-demand shuttle.

ROUTE 22 - CENTRAL / UNIVERSITY
Starting Monday, September 8, Route 22 frequency will increase to every 10 minutes on
weekdays from 6 a.m. to 7 p.m. (now every 15 minutes).

ELM AVENUE STATION CLOSURE
Elm Avenue station will be closed from September 13 to October 5 for platform replacement.
Free shuttle buses will run between Elm Avenue and Grant Street every 8 minutes.

FARES
No fare changes are included in this notice. Fares last rose on July 1.

COMMENTS
Comments on the new Route 22 timetable must be submitted by September 30. Write to
planning@mvta.example.org or call 555-0142 (TTY 711).

Printed timetables are available at all staffed stations.""",
        (
            expect("2025-08-12", "approv"),
            expect("2025-06", "hearing"),
            expect("1968", "introduc"),
            expect("2025-09-07", "discontinu", planned=True),
            expect("2025-09-08", "frequency", planned=True),
            expect("2025-09-13/2025-10-05", "clos", planned=True),
            expect("2025-07-01", "fare"),
            expect("../2025-09-30", "comment", planned=True),
        ),
    ),
)
