"""The hundred-and-fifty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents but copying none: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a geomagnetic
storm watch, a triathlon report, a semiconductor plant groundbreaking release, a shepherd's
notebook of the 1880s, a meteor shower observing report, a corn exchange's history, a finance
ministry tax change statement, a city marathon HTML news page, a tax tribunal decision, a
distillery's history and a newsletter's diary of coming events. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, a decade, "the
week after", "the middle of May"), recurring habits, comparisons and document furniture are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYEIGHTH_CORPUS",)


HUNDREDFIFTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "fjellair-court-protection",
        "wire story with a dateline",
        date(2025, 3, 14),
        """SKARLUND, March 14 (Meridian Wire) - Fjellair, the regional carrier that links the
northern islands with the capital, filed for court protection from its creditors on
Thursday, leaving some 1,100 employees unsure of their jobs.

The airline's fleet of 14 turboprops has been grounded since March 2, when its fuel
supplier stopped deliveries over unpaid invoices.

A first meeting of creditors is scheduled for March 27 at the district court in Skarlund.
Administrator Helle Brandvik said she had been approached by two possible buyers and
expected binding offers no later than April 11.

"The routes are valuable. Somebody will fly them," she said.

On Wednesday the transport ministry approved emergency funding for ferry sailings to the
four islands that have no other link to the mainland. The extra sailings will start on
Monday, the ministry said.

Founded in 1989 by a group of island municipalities, Fjellair was bought by the shipping
group Torsvik Holding in 2011 and floated on the Skarlund exchange two years later. Its
collapse is the largest airline failure in the region since 2009, according to the
consultancy Nordaero.

Islanders, who travel to the mainland hospital every week for dialysis and other
treatment, said the ferries would add up to six hours to each journey. Fjellair normally
operates about 60 flights a day, numbered FJ 100 to FJ 188 in its timetable.

(Reporting by Ansel Marr; Editing by Priya Holm)""",
        (
            expect("2025-03-13", "protection"),
            expect("2025-03-02/..", "fleet", "grounded"),
            expect("2025-03-27", "creditors", planned=True),
            expect("../2025-04-11", "offers", planned=True),
            expect("2025-03-12", "funding"),
            expect("2025-03-17", "sailings", planned=True),
            expect("1989", "found"),
            expect("2011", "bought"),
            expect("2013", "float"),
        ),
    ),
    Text(
        "qeltis-lyon-centre",
        "press release",
        date(2025, 6, 3),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Qeltis Robotics opens European service centre in Lyon

LYON, France, 3 June 2025 - Qeltis Robotics, the maker of autonomous inspection robots for
pipelines and storage tanks, today opened its European service and training centre in the
Gerland district of Lyon.

The 4,200-square-metre centre was completed on 28 April, three weeks ahead of schedule, and
will be shown to customers and partners at an open day on 19 June. Building work had
started in October 2023. Certified to ISO 9001:2015, the centre will repair and recalibrate
robots from across Europe and train around 600 technicians a year.

Founded in 2014 in Eindhoven by the engineers Saskia Verbeek and Joris Lamme, Qeltis
delivered its first robot to a Rotterdam refinery in 2016. It has been listed on Euronext
Growth since 2020.

"Our customers asked us to be closer to them, and now we are," said chief executive Saskia
Verbeek. "From Lyon we are a day's drive from most of our European sites."

The centre will employ about 120 people by the end of 2026. Qeltis also expects to start
shipping its T8 tank crawler, which will be serviced in a second hall in Lyon, in
September 2026.

About Qeltis Robotics
Qeltis Robotics (Euronext Growth: QLTS) designs and builds robots that inspect pipelines,
tanks and pressure vessels without taking them out of service. Its 340 employees work in
Eindhoven, Lyon and Houston.

Media contact: Anouk Peeters, +31 40 555 0192, press@qeltis.example""",
        (
            expect("2025-06-03", "open"),
            expect("2025-04-28", "completed"),
            expect("2025-06-19", "open", "day", planned=True),
            expect("2023-10", "building"),
            expect("2014", "found"),
            expect("2016", "deliver"),
            expect("2020/..", "listed"),
            expect("../2026", "employ", planned=True),
            expect("2026-09", "shipping", planned=True),
        ),
    ),
    Text(
        "kellaway-v-pinecrest",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DORA KELLAWAY, Plaintiff-Appellant,
v.
PINECREST LOGISTICS, INC., Defendant-Respondent.

No. 2-23-0417
Filed June 18, 2024

OPINION

HALVERSEN, J. - Dora Kellaway appeals from the summary judgment entered against her on her
claim under the Whistleblower Protection Act of 1987. We reverse and remand.

I. BACKGROUND

Pinecrest hired Kellaway as a dispatcher on March 2, 2015, and promoted her to safety
coordinator in 2018. On July 19, 2021, she reported to the State Transport Board that
drivers were being told to falsify their rest logs. Two days later, her supervisor wrote in
an e-mail that she was "a problem to be managed." Pinecrest discharged her on or about
August 14, 2021, citing repeated lateness. Its attendance policy, possibly revised in 2019,
was never produced in discovery.

Kellaway filed this action on January 10, 2022. The trial court granted Pinecrest's motion
for summary judgment on May 3, 2023, reasoning that the twenty-six days between the report
and the discharge were too many to infer retaliation. Kellaway appealed on May 30.

II. DISCUSSION

We review a grant of summary judgment de novo. (Rule 56(c).) Temporal proximity is not the
only evidence of a causal link. The supervisor's e-mail of July 21, 2021 ties his view of
Kellaway to her report, and a jury could find that lateness was a pretext: the record shows
no warning for lateness before the report, and Pinecrest has not explained why its policy
was never produced.

III. DISPOSITION

The judgment is reversed and the matter is remanded for trial. Appellant shall recover her
costs on appeal.

We concur: OKONJO, P.J.; DRAYTON, J.""",
        (
            expect("2015-03-02", "hired"),
            expect("2018", "promoted"),
            expect("2021-07-19", "reported"),
            expect("2021-07-21", "supervisor"),
            expect("2021-08-14~", "discharged"),
            expect("2019?", "policy"),
            expect("2022-01-10", "action"),
            expect("2023-05-03", "judgment"),
            expect("2023-05-30", "appeal"),
        ),
    ),
    Text(
        "harlow-fen-canal",
        "encyclopedia history",
        None,
        """Harlow Fen Canal

The Harlow Fen Canal is a 23-mile (37 km) broad canal in the county of Wexmoor, England,
running from the River Lode at Pell's Lock to the town basin at Wexmoor. It has 11 locks.

History

Proposals for a canal across the fen were first made c. 1760 by local landowners, but they
were opposed by the Lode navigation commissioners. An Act of Parliament was finally
obtained in 1791, and construction began the following year under the engineer Josiah
Pell. The canal opened to traffic on 4 June 1798.

Coal, grain and bricks were the main cargoes, and in its best years the canal carried more
goods than the turnpike road. Competition from the railway reduced its trade after the
1840s, and the navigation company was sold to the Fenland and Wexmoor Railway.

Floods breached the embankments in 1912, 1928 and 1947, and commercial traffic ended around
1955. The county council took over the derelict channel, and several locks were filled in.

Restoration

The Harlow Fen Canal Trust has leased the navigation from the county council since 1986.
Volunteers first reopened the section between Pell's Lock and Stow Bridge to boats, and
the trust aims to reopen the remaining four miles to Wexmoor basin by 2030.

See also
- Canals of the United Kingdom
- Lode navigation

References
1. Pell, J. (1799). Report on the Harlow Fen Navigation. Wexmoor: Gedge.
2. Marsh, E. (1986). The Fen Canals. Norwich: Broadland Press, pp. 41-58.""",
        (
            expect("1760~", "proposals"),
            expect("1791", "act"),
            expect("1792", "construction"),
            expect("1798-06-04", "opened"),
            expect("1912", "flood"),
            expect("1928", "flood"),
            expect("1947", "flood"),
            expect("1955~", "traffic"),
            expect("1986/..", "lease"),
            expect("../2030", "reopen", planned=True),
        ),
    ),
    Text(
        "rovers-win-castleford",
        "sports report",
        date(2025, 2, 16),
        """Rovers end 27-year wait at Castleford as Daley double lifts them into play-offs

By Cal Munro | Sunday 16 February 2025

Castleford Athletic 0 Brackley Rovers 2

Two goals from Niamh Daley gave Brackley Rovers a 2-0 win at Castleford Athletic on
Saturday and lifted them into the play-off places for the first time this season.

Daley, signed from Dunmore United in January, scored after 12 minutes when she ran on to a
long ball from keeper Amy Stroud, and added a second ten minutes into the second half with
a low shot from 20 yards.

Rovers travel to Whitby Town on Tuesday and host leaders Felling on 1 March, and the club
has promised to unveil plans for a new stand by the end of that month.

It was Rovers' first league win at Castleford since 1998, and a different story from
12 October last year, when Castleford won 3-1 at Brackley. That defeat cost Rovers manager
Paul Ekwueme his job four days later. His successor, Gemma Ross, was appointed on
1 November and has lost only twice in 14 league games since.

"We've stopped feeling sorry for ourselves," Ross said. "The players train every Tuesday
and Thursday night after work, and you can see it."

Rovers, founded in 1889 as the works team of a Brackley boot factory, have never played in
the top division.

Attendance: 1,204.""",
        (
            expect("2025-02-15", "win"),
            expect("2025-01", "daley", "sign"),
            expect("2025-02-18", "whitby", planned=True),
            expect("2025-03-01", "felling", planned=True),
            expect("../2025-03", "stand", planned=True),
            expect("2024-10-12", "castleford"),
            expect("2024-10-16", "ekwueme"),
            expect("2024-11-01", "ross", "appoint"),
            expect("1889", "found"),
        ),
    ),
    Text(
        "marrow-finch-history",
        "company history",
        None,
        """Our history

Marrow & Finch was founded in 1923 by Edith Marrow and Walter Finch in a rented workshop
behind a bakery in Keswell. The partners made their first pencils from graphite bought at
auction, moved production to the former tannery on Mill Lane in 1931 and bought the
building outright in 1936.

In 1940 the factory was requisitioned to make map pencils and fuses for the War Office, and
for the first time half of the workforce were women. Edith's son Robert introduced the
hexagonal Finchline pencil around 1952. It won design awards in 1958, 1962 and 1967, and it
is still our best-selling line.

The company struggled in the 1980s as cheaper imports arrived. Marrow & Finch has been
owned by its workers since 1994, when the Finch family sold them the business for a
pound. Today 86 employee-owners make some 40 million pencils a year, and every pencil is
still sharpened and checked by hand before it is boxed.

Our new drying hall, heated by solar panels on the old tannery roof, is to be finished by
2027. It will cut the factory's gas use by about two thirds.

Visit us: the Mill Lane shop is open every day except Sunday, 9.30 to 5.
Marrow & Finch Ltd, Mill Lane, Keswell KW4 2PL. Company No. 00187562.""",
        (
            expect("1923", "found"),
            expect("1931", "moved"),
            expect("1936", "bought"),
            expect("1940", "requisition"),
            expect("1952~", "finchline"),
            expect("1958", "award"),
            expect("1962", "award"),
            expect("1967", "award"),
            expect("1994/..", "owned"),
            expect("../2027", "hall", planned=True),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary",
        date(2025, 6, 10),
        """KESTREL - mission summary
Nordic Space Agency > Missions > Solar System | Page last updated 10 June 2025

Mission type: comet rendezvous and sample return
Target: comet Orlan, a 4-km "contact binary" nucleus
Launch mass: 3,120 kg (including the 98-kg Pipit lander)

KESTREL was launched on a Vanta 4 rocket from the Saltholm launch site on 14 September
2019. It swung past Earth for a gravity assist the following year and reached comet Orlan
on 6 August 2022, after a cruise of almost three years. The Pipit lander was released on
12 November and touched down on the smaller lobe of the nucleus, where it worked for 61
hours until its battery ran flat.

The orbiter's sampler touched the surface during a slow descent, probably on 20 January
2023; the onboard log for that week was lost in a memory fault, and the day has been
inferred from camera images. KESTREL left the comet in March 2023 and began its cruise
home.

To save power while it is far from the Sun, the spacecraft has been in hibernation since
3 May 2025. Wake-up is scheduled for 2 February 2026, and the sample capsule is to land in
the Kvalsund test range on 24 September 2026. The capsule carries an estimated 60 grams of
dust, more than any earlier comet mission has returned.

Principal investigator: Prof. Ingrid Vaage, University of Tromsdal
Mission number: NSA-SSM-0417""",
        (
            expect("2019-09-14", "launch"),
            expect("2020", "earth"),
            expect("2022-08-06", "reach"),
            expect("2022-11-12", "pipit"),
            expect("2023-01-20?", "sampler"),
            expect("2023-03", "comet"),
            expect("2025-05-03/..", "hibernation"),
            expect("2026-02-02", "wake", planned=True),
            expect("2026-09-24", "capsule", planned=True),
        ),
    ),
    Text(
        "emergency-repairs-statement",
        "government statement",
        date(2025, 1, 22),
        """MINISTRY OF HOUSING AND LOCAL GOVERNMENT
Statement by the Minister for Housing, Ruth Akinde, on the Emergency Repairs Scheme
Issued: Wednesday 22 January 2025
Ref: MHLG/PR/2025/014

On Monday, Cabinet approved my proposal to extend the Emergency Repairs Scheme for a
further year, with an additional 38 million.

Applications will reopen on 3 February. They must be submitted no later than 30 June, and
we expect to pay for repairs to a further 6,000 homes.

An independent review of the scheme, led by Professor Hamid Osei, will report by the end of
September. I have asked it to look in particular at how quickly contractors are paid,
because small firms have told us that waiting for payment is the scheme's weakest point.

I will visit homes repaired under the scheme in Carrow on Friday, and I will meet local
contractors there.

The scheme, first announced in October 2022 and launched in March 2023, has so far paid
for urgent repairs to 14,200 homes owned by pensioners and people on low incomes. It is
the largest repair programme since 2008.

Under the Housing (Repairs) Act 2019, councils inspect every repaired home within twelve
weeks of the work being signed off.

Applicants can call the scheme helpline on 0800 140 2297, Monday to Friday, 8am to 6pm.

ENDS""",
        (
            expect("2025-01-20", "cabinet"),
            expect("2025-02-03", "reopen", planned=True),
            expect("../2025-06-30", "applications", planned=True),
            expect("../2025-09", "review", planned=True),
            expect("2025-01-24", "visit", planned=True),
            expect("2022-10", "announce"),
            expect("2023-03", "launch"),
        ),
    ),
    Text(
        "old-quay-bridge-html",
        "HTML news page",
        date(2024, 5, 8),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Old Quay Bridge to shut for repairs after cracks found | Tarnside Echo</title>
<meta property="article:published_time" content="2024-05-08T07:30:00+01:00">
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Old Quay Bridge to shut for repairs after cracks found</h1>
<p class="byline">By Ruth Okonedo, Local Democracy Reporter &middot;
<time datetime="2024-05-08">Wednesday 8 May 2024</time></p>
<p>Tarnside's Old Quay Bridge will close to traffic for most of the rest of the year after
engineers found cracks in two of its cast-iron arches.</p>
<p>The cracks were spotted during a routine inspection on 22 April, and a 7.5-tonne weight
limit has applied since 24 April.</p>
<p>Councillors approved the &pound;4.2m repair on Monday. Contractors will survey the river
bed from 3 to 7 June, and the full closure will begin on 1 July.</p>
<p>"We expect to reopen the bridge by 20 December," said cabinet member Jon Feraday. Buses
on the 14 and 14A routes, which run every 20 minutes, will divert via Tanner Street.</p>
<p>The bridge was opened in 1887 and widened in 1936. It carries about 11,000 vehicles a
day.</p>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/news/2023/ferry-fares">Ferry fares rise for 2023</a></li>
</ul></aside>
</article>
<footer>&copy; 2024 Tarnside Echo Ltd. Registered in England No. 04417731.</footer>
</body>
</html>""",
        (
            expect("2024-04-22", "cracks"),
            expect("2024-04-24/..", "limit"),
            expect("2024-05-06", "approve"),
            expect("2024-06-03/2024-06-07", "survey", planned=True),
            expect("2024-07-01", "closure", planned=True),
            expect("../2024-12-20", "reopen", planned=True),
            expect("1887", "open"),
            expect("1936", "widened"),
        ),
    ),
    Text(
        "g3-storm-watch",
        "geomagnetic storm watch",
        date(2025, 3, 18),
        """POLAR SPACE WEATHER OFFICE - GEOMAGNETIC STORM WATCH
Product: WATCH-GEO   Serial number: 1187
Issued: 2025 Mar 18 2210 UTC

WATCH: Strong (G3) geomagnetic storm likely on 21 March

Summary
A fast coronal mass ejection (CME) left the Sun on 17 March after an X1.4 flare from sunspot
Region 4012. Model runs give an arrival at Earth on 20 March, most likely between 1200 and
1800 UTC.

Forecast
Minor to moderate (G1-G2) storming is expected once the CME arrives. Strong (G3) levels are
likely on 21 March, and conditions should ease to minor (G1) levels on 22 March.

Background
Region 4012 rotated onto the visible disk on 9 March and has grown to 620 millionths of the
solar hemisphere. A smaller CME from the same region on 1 March produced moderate (G2)
storming two days later. The X1.4 flare was the strongest from any region since October
2024.

Potential impacts
Power systems: voltage corrections may be required; false alarms are possible on some
protection devices.
Satellites: surface charging and increased drag on satellites in low Earth orbit.
Radio: HF propagation may fade at high latitudes.
Aurora: may be seen as far south as 52 degrees N if the Kp index reaches 7.

This watch is reviewed every 6 hours until the CME arrives.

Forecast desk: +47 77 00 40 12 | www.pswo.example/watch""",
        (
            expect("2025-03-17", "cme"),
            expect("2025-03-20", "arriv", planned=True),
            expect("2025-03-21", "strong", planned=True),
            expect("2025-03-22", "ease", planned=True),
            expect("2025-03-09", "region"),
            expect("2025-03-01", "cme"),
            expect("2025-03-03", "storm"),
        ),
    ),
    Text(
        "lake-varne-triathlon",
        "triathlon report",
        date(2024, 6, 10),
        """Tessaro smashes Lake Varne record as Okoye takes men's title

Varne Gazette | Sport | Monday 10 June 2024

Giulia Tessaro won the Lake Varne Middle Distance Triathlon on Sunday in 4:11:52, eight
weeks after breaking her collarbone in a crash during a training ride on 14 April.

She will now prepare for the European Middle Distance Championships, which take place in
Valence from 26 to 28 July.

Her time took almost three minutes off the course record set by Britta Holm in 2019. The
27-year-old, who has been coached by her father, Paolo, since 2016, led from the 1.9 km
swim, held in water of 16.8 degrees, and pulled away on the 90 km bike course before
running the 21.1 km in 1:24:07.

"At Easter I couldn't lift a kettle," Tessaro said. "Today I felt I could ride for ever."

In the men's race on Sunday, Lars Okoye won in 3:49:30, beating Kofi Asante, the winner in
2021 and 2022, by 41 seconds.

A record 1,432 athletes finished the race, which was first held in 2008 with 212 starters.
Age-groupers from 31 countries wore bib numbers from 1 to 1999. Organisers said next year's
race will be held on 8 June 2025.

Results, women: 1 Tessaro 4:11:52; 2 Holm 4:16:03; 3 Ana Ruiz 4:19:48.
Men: 1 Okoye 3:49:30; 2 Asante 3:50:11; 3 Tom Birk 3:53:02.""",
        (
            expect("2024-06-09", "tessaro"),
            expect("2024-04-14", "crash"),
            expect("2024-07-26/2024-07-28", "championships", planned=True),
            expect("2019", "holm"),
            expect("2016/..", "coach"),
            expect("2024-06-09", "okoye"),
            expect("2021", "asante"),
            expect("2022", "asante"),
            expect("2008", "held"),
            expect("2025-06-08", "race", planned=True),
        ),
    ),
    Text(
        "corvane-groundbreaking",
        "semiconductor plant groundbreaking release",
        date(2025, 4, 29),
        """Corvane Semiconductor Breaks Ground on $9.6 Billion Fab in Orlen Valley

New 300mm plant to create 1,200 jobs; first wafers expected in 2027

ORLEN VALLEY, Ore., April 29, 2025 /BizWire Direct/ -- Corvane Semiconductor, Inc.
(Nasdaq: CRVN) today broke ground on CV7, a 300-millimeter wafer fabrication plant for
automotive and industrial power chips, at the Orlen Valley Technology Park.

Corvane selected the 140-acre site in November 2023, and the state legislature approved a
package of tax incentives for the project in June 2024.

Construction of the cleanroom shell is scheduled to be completed by June 2026, with tool
installation beginning in September 2026. Corvane expects the first production wafers in
2027, and the plant is planned to reach its full capacity of 40,000 wafer starts per month
by 2029.

"This valley has made chips since before most of us were born," said Corvane chief
executive Daniel Ferreira-Walsh. "CV7 keeps that tradition going for another generation."

Founded in 1998, Corvane has operated its CV5 fab in nearby Marten Falls since 2004. The
new plant will run 28-nanometer and 40-nanometer processes and is designed to meet LEED
Gold and ISO 14001 standards.

About Corvane Semiconductor
Corvane (Nasdaq: CRVN) designs and manufactures power and mixed-signal semiconductors for
vehicles, factories and the electrical grid. It employs 5,800 people in four countries.

Forward-looking statements: This release contains forward-looking statements, including
statements about construction schedules and production. Actual results may differ
materially.

Media contact: Lena Park, +1 503 555 0147, media@corvane.example""",
        (
            expect("2025-04-29", "ground"),
            expect("2023-11", "site"),
            expect("2024-06", "incentives"),
            expect("../2026-06", "shell", planned=True),
            expect("2026-09", "tool", planned=True),
            expect("2027", "wafers", planned=True),
            expect("../2029", "capacity", planned=True),
            expect("1998", "found"),
            expect("2004/..", "cv5"),
        ),
    ),
    Text(
        "shepherd-notebook-1884",
        "shepherd's notebook of the 1880s",
        None,
        """Notebook of John Ellerby, shepherd at High Scaur, Garsdale. 1884.

Mar. 28. Began lambing in the low croft. Three ewes lambed, one with twins. Wind N.E. and
bitter, snow lying on the tops.

May 19. To Kirkby fair with 40 wethers. Sold the lot to Mr. Dent at 38s. a head. Home by
the carrier's cart, late.

June 9. Washed the flock in the beck at Skell Dub. Master says we shall clip about the
20th if the weather holds.

June 23. Clipped 160. Finished the rest the day after, with the Bland lads helping. Wool
weighed 1,104 lb. and went down to Hawes by cart.

Oct. 6. Tups put to the ewes, 4 tups to 190 ewes. Raddled them blue.

Nov. 4. Mended the gap in the fell wall above the intake, two days' work. Old Tom reckons
the wall was built about 1820, when his father was a lad, and it shows it. Master says
lambing should begin about the 1st of March next. This year's lambs were the best crop
since '79.""",
        (
            expect("1884-03-28", "lambing"),
            expect("1884-05-19", "wethers"),
            expect("1884-06-09", "wash"),
            expect("1884-06-20~", "clip", planned=True),
            expect("1884-06-23", "clip"),
            expect("1884-06-24", "finish"),
            expect("1884-10-06", "tups"),
            expect("1884-11-04", "mend"),
            expect("1820~", "wall", "built"),
            expect("1885-03-01~", "lambing", planned=True),
        ),
    ),
    Text(
        "perseids-report-2024",
        "meteor shower observing report",
        date(2024, 8, 20),
        """Kellmoor Astronomical Society - Meteor Section
Visual and video observing report: Perseids 2024
Observer: Dr Anya Pelletier (IMO code PELAN)   Site: Kellmoor Hill, 54.21 N, 2.47 W, 312 m
Report date: 20 August 2024

Equipment. The section's new all-sky video camera was installed on the observatory roof on
2 July. First test images were taken around 30 July, after a week of cloud.

Observations. My first session, on 10 August, was abandoned after 40 minutes when cloud
rolled in from the west. The main watch began at 22:30 UT on 12 August under a limiting
magnitude of 6.3. I counted 214 Perseids and 31 sporadics in 4.1 hours of effective
observing time, giving a ZHR of about 95.

The brightest event was a magnitude -6 Perseid fireball at 01:12 UT on 13 August, which
left a persistent train visible for 9 seconds. The camera caught it as well, and the video
(file KAS-240813-0112) has gone to the fireball network.

The Perseids are active every year from about 17 July to 24 August, with the maximum
around 12-13 August.

Next. The section will publish its combined Perseid counts by 30 September. I plan to
observe the Orionids on the morning of 21 October, moon permitting.

These were the best Perseid rates I have seen since 2016.

Clear skies, Anya""",
        (
            expect("2024-07-02", "camera"),
            expect("2024-07-30~", "test"),
            expect("2024-08-10", "session"),
            expect("2024-08-12", "watch"),
            expect("2024-08-13", "fireball"),
            expect("../2024-09-30", "counts", planned=True),
            expect("2024-10-21", "orionids", planned=True),
        ),
    ),
    Text(
        "wexley-corn-exchange",
        "corn exchange's history",
        None,
        """A short history of the Corn Exchange

The Corn Exchange in Market Street was built between 1856 and 1858 to designs by the
architect Samuel Thorne, after the open market around the Butter Cross had become too
crowded for Wexley's grain trade. It opened on 17 March 1858 with a dinner for 300 farmers,
millers and merchants.

Merchants rented numbered stands under the great glazed roof and traded every Wednesday
and Saturday. A gale tore away much of the glass on 2 January 1871, and the roof was
rebuilt in iron and glass later that year.

Trade declined after the First World War, and the last grain merchant gave up his stand in
about 1935. The hall was used as a Ministry of Food store from 1940 to 1945 and was bought
by the borough council in 1951. Since 1962 it has been the town's concert hall.

The building was listed at Grade II in 1974 for its cast-iron roof and its carved
wheatsheaf frieze, which bears the Wexley arms and the date MDCCCLVII.

The roof and facade are now being restored with a grant of 6.2 million, and the
restoration is due to be completed by March 2026. While the work goes on, concerts have
moved to St Anne's Church.

Wexley Corn Exchange Trust, registered charity no. 1187344""",
        (
            expect("1856/1858", "built"),
            expect("1858-03-17", "opened"),
            expect("1871-01-02", "gale"),
            expect("1871", "roof"),
            expect("1935~", "merchant"),
            expect("1940/1945", "store"),
            expect("1951", "bought"),
            expect("1962/..", "concert"),
            expect("1974", "listed"),
            expect("../2026-03", "restoration", planned=True),
        ),
    ),
    Text(
        "excise-vat-statement",
        "finance ministry tax change statement",
        date(2024, 10, 31),
        """MINISTRY OF FINANCE
Press statement - Thursday 31 October 2024

Changes to excise duty on tobacco and to the VAT registration threshold

The Minister of Finance, Katrin Solvberg, today announced two changes to indirect taxes in
the 2025 budget.

Excise duty on cigarettes and hand-rolling tobacco will rise by 9 per cent from 1 January.
It is the largest increase since 2009.

The VAT registration threshold for small businesses, last changed in April 2021, will rise
from 50,000 to 65,000 from 1 April 2025. About 7,400 businesses will no longer need to
register.

The reduced VAT rate of 6 per cent on home insulation, which has applied since 1 July 2019,
is not affected.

Businesses and other interested parties may comment on the draft legislation. Responses
must be received no later than 29 November 2024. Parliament will hold the first reading of
the Finance Bill on Tuesday.

"These measures raise revenue where it protects health, and they take thousands of small
traders out of the paperwork," the Minister said.

Notes to editors
1. The tobacco excise is set out in section 14 of the Excise Act 1996.
2. Responses should be sent to indirect.tax@finance.example or to the Ministry, PO Box 8008.

Press office: +47 22 24 90 90""",
        (
            expect("2024-10-31", "announce"),
            expect("2025-01-01", "excise", planned=True),
            expect("2021-04", "threshold"),
            expect("2025-04-01", "threshold", planned=True),
            expect("2019-07-01/..", "insulation"),
            expect("../2024-11-29", "responses", planned=True),
            expect("2024-11-05", "reading", planned=True),
        ),
    ),
    Text(
        "brennfield-marathon-html",
        "city marathon HTML news page",
        date(2025, 4, 28),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kiprono and Varga win Brennfield Marathon | Brennfield Post</title>
<meta property="article:published_time" content="2025-04-28T06:45:00+01:00">
<link rel="canonical" href="https://brennfieldpost.example/sport/marathon-2025-results">
</head>
<body>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/sport">Sport</a> &rsaquo;
Athletics</nav>
<article>
<h1>Kiprono and Varga win as record field runs Brennfield Marathon</h1>
<p class="meta">By Hannah Lisle &middot; <time datetime="2025-04-28">Monday 28 April
2025</time></p>
<figure><img src="/img/marathon-finish.jpg" alt="">
<figcaption>Runners on Castle Parade at the start. Photo: Dev Mistry, 2025</figcaption>
</figure>
<p>Daniel Kiprono and Eszter Varga won the Brennfield Marathon on Sunday, in 2:09:14 and
2:26:40. Varga finished a minute outside the course record she set in 2018.</p>
<p>Entries for next year's race open on Thursday, and the 2026 marathon will be held on
26 April 2026.</p>
<p>A record 21,300 runners finished, 2,000 more than the previous best. The race, first run
in 1983 with 940 finishers, was cancelled in 2020 and 2021 and returned with a smaller
field in 2022.</p>
<p>The current route, which starts and finishes on Castle Parade, has been used since 2012.
Organisers are studying a change to avoid the roadworks on Mill Road.</p>
<p>Race director Owen Pryce said runners had coped well with temperatures of about 19C.
Water stations were placed every 5 km.</p>
</article>
<footer><p>&copy; 2025 Brennfield Post. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-27", "marathon"),
            expect("2018", "record"),
            expect("2025-05-01", "entries", planned=True),
            expect("2026-04-26", "marathon", planned=True),
            expect("1983", "first"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2022", "return"),
            expect("2012/..", "route"),
        ),
    ),
    Text(
        "cornhill-bean-tribunal",
        "tax tribunal decision",
        None,
        """TAX APPEALS TRIBUNAL
Appeal number: TAT/2022/00871

BETWEEN
CORNHILL BEAN COMPANY LIMITED                                   Appellant
- and -
THE COMMISSIONERS OF THE REVENUE BOARD                          Respondents

TRIBUNAL: JUDGE MARGARET OYELARAN
          MR PETER LINDQVIST

Sitting in public at Tarnside on 6 February 2024
Decision released: 2 May 2024

DECISION

1. The appellant has roasted and sold coffee in Tarnside since 2011. It registered for VAT
on 1 August 2016 and began selling iced coffee drinks to take away in about 2017. The issue
is whether those drinks were zero-rated food or standard-rated beverages in VAT periods
06/19 to 03/21.

2. On 14 March 2022 the Respondents issued an assessment for 41,870. The appellant requested
a review on or about 10 April 2022, and the review officer upheld the assessment on 29 July
2022.

3. The appellant lodged its notice of appeal on 25 August 2022. The appeal was heard on
6 February 2024.

4. We find that the drinks sold with milk foam and syrup were beverages within the excepted
items in Group 1 of Schedule 8 to the VAT Act 1994, but that the bottled cold brew sold in
multipacks was not.

5. For these reasons the appeal is allowed in part. The Respondents must issue an amended
assessment by 31 May 2024.

6. Any party dissatisfied with this decision has a right to apply for permission to appeal
not later than 56 days after this decision is sent to that party.""",
        (
            expect("2011/..", "coffee"),
            expect("2016-08-01", "vat"),
            expect("2017~", "iced"),
            expect("2022-03-14", "assessment"),
            expect("2022-04-10~", "review"),
            expect("2022-07-29", "upheld"),
            expect("2022-08-25", "notice"),
            expect("2024-02-06", "heard"),
            expect("../2024-05-31", "amended", planned=True),
        ),
    ),
    Text(
        "glen-corrach-history",
        "distillery's history",
        None,
        """Glen Corrach Distillery - Our Story

Whisky was being made in the glen long before anyone paid duty on it. Smugglers worked an
illicit still at the head of the Corrach burn from about 1795, and the ruins of their bothy
can still be seen on the distillery walk.

Alasdair Munro took out the first licence in 1824 and built the stillhouse that still
stands beside the burn. Fire destroyed the maltings in 1887, and they were rebuilt the
following year with the pagoda roof that appears on our label. The distillery fell silent
from 1931 to 1936, when the Depression closed most of the blending houses it sold to.

The Munro family sold Glen Corrach to the Leith blenders Harcus & Bell in 1963, and the new
owners doubled the number of stills the following year. We have bottled Glen Corrach as a
single malt since 1972; before that almost every drop went into blends.

Our 1824 Reserve, aged in first-fill sherry casks, is named after the year of the licence.
Every May the distillery opens its warehouses for the Glen Festival.

A new stillhouse with two larger stills is under construction and will start distilling in
2026. It will raise capacity from 1.2 to 2 million litres of alcohol a year.

Glen Corrach Distillery, Corrachbridge, Banffshire AB37 9YY.
Please enjoy our whisky responsibly.""",
        (
            expect("1795~", "illicit"),
            expect("1824", "licence"),
            expect("1887", "fire"),
            expect("1888", "rebuilt"),
            expect("1931/1936", "silent"),
            expect("1963", "sold"),
            expect("1964", "stills"),
            expect("1972/..", "malt"),
            expect("2026", "stillhouse", planned=True),
        ),
    ),
    Text(
        "ashby-diary-dates",
        "newsletter's diary of coming events",
        date(2025, 3, 1),
        """ASHBY ST LEDGER PARISH NEWS - March 2025

DIARY DATES

Sat 8 March - Spring litter pick. Meet at the village hall at 10am; gloves and bags
provided.

Fri 14 to Sun 16 March - The Ashby Players present "The Rivals" in the village hall,
7.30pm nightly. Tickets 8 pounds from the shop.

Every Tuesday - Coffee morning in the church room, 10am to noon. All welcome.

Wed 26 March - Annual Parish Meeting, village hall, 7pm. Come and hear what the council has
done this year, and bring your questions.

Sat 5 April - Plant and cake sale on the green from 2pm, in aid of the school roof fund.

Sun 20 April, Easter Day - Dawn service at the war memorial, 6am, followed by breakfast in
the hall.

NEWS

Brook Lane footbridge has been closed since 3 February, when the county found rot in two
of its beams. Highways say it will reopen by the end of April.

Copy for the April issue to the editor by 20 March, please: editor@ashbynews.example or
01788 555 019.

Thank you to everyone who came to the quiz on 14 February. It raised 612 pounds towards
re-slating the hall roof, which was last done in 1964.

Hall bookings: call Jean on 01788 555 320.""",
        (
            expect("2025-03-08", "litter", planned=True),
            expect("2025-03-14/2025-03-16", "rivals", planned=True),
            expect("2025-03-26", "meeting", planned=True),
            expect("2025-04-05", "sale", planned=True),
            expect("2025-04-20", "service", planned=True),
            expect("2025-02-03/..", "footbridge"),
            expect("../2025-04", "reopen", planned=True),
            expect("../2025-03-20", "copy", planned=True),
            expect("2025-02-14", "quiz"),
            expect("1964", "roof"),
        ),
    ),
)
