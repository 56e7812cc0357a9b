"""A seventy-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
dated letter, a town council agenda with minutes, a conference call for papers, a clinical
trial registry entry, a ship's log, a season preview, an NGO fact sheet, an encyclopedia
biography, an auction catalogue entry, a bulleted timeline in HTML and an editor's note
correcting an article). Facts whose date a reader could take two ways (a season, "late
1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYSECOND_CORPUS",)

SEVENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "dam-spillway",
        "wire story with a dateline",
        date(2024, 10, 8),
        """GARISSA, Kenya, Oct 8 (East Africa Wire) - Engineers opened the emergency spillway of
the Tana Ridge dam on Sunday after water rose to within 40 centimetres of its crest, the
national water authority said, sending a flood wave through farmland downstream.

About 3,400 families have been living in school halls and tented camps since September 29,
when the river first burst its banks near Bura. Rainfall in the basin this month has been
the heaviest since 1961, according to the meteorological department.

The earth-fill dam was completed in 1987 with Japanese financing. An inspection report dated
12 August warned of seepage along its eastern abutment, but repairs were deferred, two
officials told East Africa Wire on condition of anonymity.

The authority will begin emergency grouting works on Friday, its chief executive Amina Deko
told reporters in Garissa. The contractor is expected to finish sealing the abutment no later
than 15 December, she said.

Deko said the dam was "not at risk of failure" and that engineers inspect the gauges every
six hours. Residents can report rising water on the hotline 0800 721 987.

The dam is one of 14 reservoirs in the government's Vision 2030 water programme, which aims
to double irrigated land in the north-east.

(Reporting by Peter Wanjiru; Editing by Lucy Harte)""",
        (
            expect("2024-10-06", "spillway"),
            expect("2024-09-29/..", "camp"),
            expect("1987", "dam", "complet"),
            expect("2024-08-12", "report"),
            expect("2024-10-11", "grout", planned=True),
            expect("../2024-12-15", "seal", planned=True),
        ),
    ),
    Text(
        "solar-plant-press",
        "press release",
        None,
        """PRESS RELEASE

Nordwerft Solar starts series production at Harburg module plant

Hamburg, 4 June 2025 - Nordwerft Solar GmbH today announced that the first glass-glass
photovoltaic modules have left the assembly line of its new plant in Hamburg-Harburg.

Construction of the 22,000 square-metre hall began on 2 September 2024 on the site of a former
shipyard warehouse. The first modules came off the line on 19 May, three weeks ahead of
schedule, and were delivered to a rooftop project at the Port of Hamburg, a customer Nordwerft
has supplied since 2017.

The plant will run a single shift until the end of the year. A second line is scheduled to
start production in March 2026, raising annual capacity to 1.2 gigawatts. The company expects
to employ 300 people at the site by 31 December 2025.

"Europe can make its own solar modules again," said managing director Henrike Albers. "Harburg
is the proof."

Nordwerft Solar was founded in 2009 in Lüneburg by engineers Henrike Albers and Tobias Wendt.
The company is certified to ISO 9001:2015 and is a founding member of the Solar 2030 Alliance,
whose members aim to supply a quarter of Germany's module demand.

About Nordwerft Solar
Nordwerft Solar GmbH designs and manufactures photovoltaic modules and building-integrated
solar façades. The company employs 410 people in Lüneburg and Hamburg.

Media contact:
Julia Brandt, Head of Communications
+49 40 2019 3344
presse@nordwerft-solar.example""",
        (
            expect("2024-09-02", "construction"),
            expect("2025-05-19", "modules"),
            expect("2017/..", "port", "suppl"),
            expect("2026-03", "second line", planned=True),
            expect("../2025-12-31", "employ", planned=True),
            expect("2009", "founded"),
        ),
    ),
    Text(
        "lease-appeal",
        "court opinion",
        None,
        """[DO NOT PUBLISH]

IN THE UNITED STATES COURT OF APPEALS FOR THE ELEVENTH CIRCUIT

No. 23-11987
Non-Argument Calendar

HARLAN MARINE SUPPLY, LLC,
Plaintiff-Appellant,
versus
CORAL BAY PROPERTIES, INC.,
Defendant-Appellee.

Appeal from the United States District Court for the Southern District of Florida

(March 4, 2024)

Before JORDAN, BRANCH, and LUCK, Circuit Judges.

PER CURIAM:

Harlan Marine Supply appeals the summary judgment entered against it on its claim that Coral
Bay Properties breached a commercial lease. We affirm.

I.

On or about June 14, 2019, Harlan leased a warehouse unit from Coral Bay for a term of five
years. The lease required rent to be paid no later than the fifth day of each month. After
Harlan fell behind, Coral Bay served a notice of default on January 6, 2020. The parties then
signed a settlement under which Harlan agreed to vacate the unit no later than October 31,
2020. It did so.

Harlan filed suit on March 2, 2021, alleging that the notice of default was defective under
Fla. Stat. § 83.20 and that the settlement was therefore void. The district court granted
summary judgment to Coral Bay on August 17, 2022, holding that Harlan had waived any defect by
signing the settlement. Harlan filed its notice of appeal eleven days later.

II.

We review a grant of summary judgment de novo. Harlan's argument fails for the reason the
district court gave. A party that knowingly settles a dispute over a notice cannot later sue
on the notice. See Rule 56(a).

AFFIRMED.""",
        (
            expect("2019-06-14~", "lease"),
            expect("2020-01-06", "default"),
            expect("../2020-10-31", "vacate"),
            expect("2021-03-02", "suit"),
            expect("2022-08-17", "summary judgment"),
            expect("2022-08-28", "appeal"),
        ),
    ),
    Text(
        "brackenford-history",
        "encyclopedia history",
        None,
        """Brackenford

History

A settlement at the ford over the River Brack is first recorded c. 1150, in a charter of the
priory of St Anselm. Brackenford received a market charter from Edward I in 1274, and its
Thursday market, held every week since the Middle Ages, remains the oldest in the county.

The priory was dissolved in 1539, and its lands were sold the following year to Sir Walter
Menzies, whose family held the manor for the next three centuries. The great fire that
destroyed most of the timber houses on Bridge Street is traditionally dated to 1702, although the
parish register
for those years is lost and some historians place it a decade earlier.

The town's growth was slow: the first census returns show only 1,847 inhabitants. The
Brackenford and Wyre Railway reached the town on 12 May 1847, and a tannery and two
breweries were built near the station over the next decade.

Brackenford has been the seat of the Brackenford Rural District since 1894. Its grammar
school, founded in 1558, was merged with the secondary modern school in 1972 to form
Brackenford Academy.

Population

At the most recent census Brackenford had 14,203 inhabitants, the highest figure since 1851.

See also
- List of market towns in England
- River Brack""",
        (
            expect("1150~", "settlement"),
            expect("1274", "market charter"),
            expect("1539", "priory", "dissolved"),
            expect("1540", "sold"),
            expect("1702?", "fire"),
            expect("1847-05-12", "railway"),
            expect("1894/..", "seat"),
            expect("1558", "school", "founded"),
            expect("1972", "merged"),
        ),
    ),
    Text(
        "derby-win",
        "sports report",
        date(2025, 4, 27),
        """Calder Athletic 3 Holm Rovers 1

By Owen Pritchard, Football Correspondent

Calder Athletic moved to within two points of the summit with a 3-1 win over Holm Rovers on
Saturday, their first league victory at Moor Lane against their neighbours since 1998.

Kwame Okafor, who joined from Rennes in January 2023, scored twice before half-time in front
of a crowd of 21,998. It was his first start since he tore a hamstring on 2 March, an injury
that kept him out for seven weeks.

Rovers pulled one back through Danny Sheils after the break, but Lewis Mair's free-kick
settled it with ten minutes to go.

"We've waited a long time for this one," said head coach Sanne de Groot, who has been in
charge since June 2021. "But nobody here is getting carried away."

The sides meet again in the county cup semi-final on Wednesday at Holm's Riverside ground,
and the league title will be decided on the final day, May 24, when Calder travel to
leaders Ashbury.

De Groot's squad train every Tuesday and Thursday in front of supporters at the club's
Brookfield training centre. Three of her players have been called up for the 2026 World Cup
qualifiers.

Calder: Price; Adeyemi, Holt, Varga, Keane; Mair, Lindqvist; Okafor, Bright, Dunne; Hart.""",
        (
            expect("2025-04-26", "win"),
            expect("2023-01", "okafor", "joined"),
            expect("2025-03-02", "hamstring"),
            expect("2021-06/..", "charge"),
            expect("2025-04-30", "semi-final", planned=True),
            expect("2025-05-24", "title", planned=True),
        ),
    ),
    Text(
        "kettle-company-history",
        "company history",
        None,
        """Our History

Maison Verlaque: a century of kitchen craft

Maison Verlaque was founded in 1923 by Émile Verlaque, a tinsmith from Saint-Étienne, who
made enamelled coffee pots in a rented workshop behind his brother's bakery. Around 1930 the
firm moved to a larger site on the Rue des Forges, where it began to make pressed-steel
kettles.

Our famous Model 1900 kettle is still made there by hand.

After the war the company grew quickly. It opened factories in Roanne, Vienne and Annecy in
1948, 1952 and 1957 respectively, and soon employed more than 1,200 people. Maison Verlaque has
been headquartered in Lyon since 1961.

The company's shares were listed on the Lyon stock exchange on 2 October 1986. In 2004
Verlaque acquired the Italian cookware maker Fratelli Boni, and it entered the United States
the following year with a showroom in Chicago.

Today Maison Verlaque sells in 46 countries. Every kettle is still tested by hand before it
leaves the factory.

Contact us | Careers | Press
© 2024 Maison Verlaque SA. All rights reserved.""",
        (
            expect("1923", "founded"),
            expect("1930~", "moved"),
            expect("1948", "roanne"),
            expect("1952", "vienne"),
            expect("1957", "annecy"),
            expect("1961/..", "headquarter"),
            expect("1986-10-02", "listed"),
            expect("2004", "acquired"),
            expect("2005", "united states"),
        ),
    ),
    Text(
        "aurelia-orbiter",
        "mission summary",
        None,
        """AURELIA Lunar Reconnaissance Orbiter - Mission Summary

Agency: European Planetary Exploration Office (EPEO)
COSPAR ID: 2021-084A
Status: Extended mission

Overview
Aurelia is a 640 kg orbiter built to map water ice in permanently shadowed craters near the
lunar south pole. It was proposed under the agency's Lunar Horizon 2030 roadmap and built by
Orbitale Systems in Toulouse.

Timeline
Aurelia was launched on 14 September 2021 at 03:12 UTC from Kourou on a Vega-C rocket. After
a low-energy transfer it entered lunar orbit on 2 October 2021. Its neutron camera returned
its first image on or about 23 October 2021, although the exact time of the first downlink
was not logged.

The primary mission ran from 1 November 2021 to 31 October 2023, during which the orbiter
circled the Moon at an altitude of 100 km and mapped 2,023 shadowed craters. An extended
mission was approved in December 2023.

On 9 March 2024 a software fault put the spacecraft into safe mode, and contact was lost for
36 hours. Controllers restored normal operations on 15 March 2024.

The orbiter is expected to be deliberately crashed into the far side of the Moon in 2027,
when its propellant runs out.

Data
All calibrated data are released to the public archive every six months.

Last updated: 2 February 2025""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-23~", "image"),
            expect("2021-11-01/2023-10-31", "primary mission"),
            expect("2023-12", "extended mission"),
            expect("2024-03-09", "safe mode"),
            expect("2024-03-15", "restored"),
            expect("2027", "crash", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT

Statement by the Minister on water restrictions

11 July 2024

On Monday 8 July, the Minister, Hon. Rosalind Teague, met the chairs of the five regional
water boards to review supplies across the southern catchments.

Storage in the Ellery and Mount Carne reservoirs has fallen to 31 per cent of capacity, the
lowest level for July since 2003. The drought declaration, in force since 28 May, will remain
in place.

The Minister has therefore approved Stage 2 restrictions, which will take effect from 15
July. Under Stage 2, garden watering with sprinklers is banned, and hoses may be used only
on Wednesdays and Saturdays before 8 a.m.

Councils must submit their local water-saving plans no later than 30 August. The Ministry will
review the restrictions with the water boards on Friday 26 July.

Last year's Stage 1 restrictions lasted from 3 August to 21 September 2023 and cut household
demand by 12 per cent.

The restrictions are issued under section 41 of the Water Resources Act 2019.

Households can find advice at the Ministry's website or call the water helpline on
1800 200 317.

Media enquiries: Ministry Communications Unit, media@water.gov.example""",
        (
            expect("2024-07-08", "met"),
            expect("2024-05-28/..", "drought declaration"),
            expect("2024-07-15", "restrictions", planned=True),
            expect("../2024-08-30", "plans", planned=True),
            expect("2024-07-26", "review", planned=True),
            expect("2023-08-03/2023-09-21", "stage 1"),
        ),
    ),
    Text(
        "library-reopening-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Eastgate Library to reopen | Harbury Borough Council</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; 2025</nav>
<article class="news-item">
<h1>Eastgate Library to reopen after refurbishment</h1>
<p class="meta">Posted on 5 February 2025 by Libraries Team</p>
<p>Eastgate Library, which closed on 18 November 2024 for a full refurbishment, will reopen
on <strong>Saturday 15 February</strong> with a new children's floor, a café and longer
opening hours.</p>
<p>The library opened in 1962 and had not been modernised since. The council approved a
&pound;1.2 million budget for the works in March 2024, after a public consultation that ran
from 3 to 28 June 2023 drew 1,968 responses.</p>
<p>Councillor Meera Shah, cabinet member for culture, will cut the ribbon at 10am on the
opening day.</p>
<p>Rhyme time returns every Thursday at 10.30am, and the homework club runs every weekday
after school.</p>
<figure><img src="/img/eastgate.jpg" alt="New reading room">
<figcaption>The new reading room, photographed on 3 February 2025.</figcaption></figure>
</article>
<aside>
<h2>More news</h2>
<ul>
<li><a href="/news/2025/01/bins">Bin collection changes</a></li>
<li><a href="/news/2024/12/parking">Christmas parking offer</a></li>
</ul>
</aside>
<footer><p>&copy; 2025 Harbury Borough Council | Tel 01632 960 2024 | Last updated
06/02/2025</p></footer>
</body>
</html>""",
        (
            expect("2024-11-18", "closed"),
            expect("2025-02-15", "reopen", planned=True),
            expect("1962", "opened"),
            expect("2024-03", "budget"),
            expect("2023-06-03/2023-06-28", "consultation"),
        ),
    ),
    Text(
        "letter-edinburgh",
        "dated letter",
        None,
        """14 Elm Row,
Edinburgh.
3rd March 1921.

My dear Margaret,

Your letter of the 19th February reached me late, having gone first to the old
house in Leith. I arrived here on Tuesday last, and the move is now, thank heaven, complete.

You will have heard from Agnes that Father died on Sunday night. He had been failing for some
months and went very quietly. The funeral is fixed for Saturday at Warriston, and the
minister has been very kind.

I have been going through his papers. He kept every letter you sent from Bombay, tied up by
year. There is a photograph of him and Mother on the day they were married, in June 1868,
looking very stiff and solemn. I had forgotten that Uncle Robert went out to Canada about
1904; there are letters from him from Winnipeg which I shall keep for you.

Father walked to the Botanic Garden every Sunday afternoon until last summer, and he spoke of
you each time. He still had the watch the railway gave him, engraved No. 1896, and I think
you should have it.

I mean to come south to you in London by the 20th, when the lawyers are done.

Your loving sister,
Jean""",
        (
            expect("1921-02-19", "letter"),
            expect("1921-03-01", "arrived"),
            expect("1921-02-27", "father", "died"),
            expect("1921-03-05", "funeral", planned=True),
            expect("1868-06", "married"),
            expect("1904~", "canada"),
            expect("../1921-03-20", "london", planned=True),
        ),
    ),
    Text(
        "parish-council-agenda",
        "town council agenda with minutes",
        None,
        """LITTLE ASTON PARISH COUNCIL

NOTICE OF MEETING
Councillors are summoned to the meeting of the Parish Council to be held in the Village Hall
on Monday 9 September 2024 at 7.30pm.
Issued: 3 September 2024 - R. Finch, Clerk

AGENDA
1. Apologies for absence
2. Declarations of interest
3. To approve the minutes of the meeting held on 12 August 2024
4. Planning: application 24/01987/FUL, extension at 7 Mill Lane
5. Precept for 2025/26
6. Playground repairs
7. Date of next meeting

DRAFT MINUTES OF THE MEETING HELD ON 12 AUGUST 2024

Present: Cllr D. Hughes (Chair), Cllr P. Okoro, Cllr S. Laing, Cllr T. Burrows.

24/51 Chair's remarks. The Chair thanked Cllr Burrows, who has served on the council since
May 2011 and has announced his retirement.

24/52 Playground. The clerk reported that the playground on Church Green was closed on 22 July
after the climbing frame was vandalised. RESOLVED: the clerk to obtain three quotes for repair
before 30 September.

24/53 Village Hall. Members noted that the hall, built circa 1885, needs a new roof. A grant
bid to the county council was submitted on 5 August.

24/54 Date of next meeting. The council meets on the second Monday of each month. The next
meeting will be held on Monday 9 September 2024, and the October meeting on Monday 14 October
2024.

The meeting closed at 9.05pm.""",
        (
            expect("2024-09-09", "meeting", planned=True),
            expect("2024-08-12", "meeting"),
            expect("2011-05/..", "burrows"),
            expect("2024-07-22", "playground", "closed"),
            expect("../2024-09-30", "quotes", planned=True),
            expect("1885~", "hall", "built"),
            expect("2024-08-05", "grant"),
            expect("2024-10-14", "october meeting", planned=True),
        ),
    ),
    Text(
        "csm-call-for-papers",
        "conference call for papers",
        None,
        """CALL FOR PAPERS

CSM 2026 - 7th International Workshop on Coastal Sediment Modelling
Aveiro, Portugal

Posted: 1 September 2025

The seventh International Workshop on Coastal Sediment Modelling will take place at the
University of Aveiro from 8 to 10 June 2026. The workshop brings together modellers, field
scientists and coastal engineers working on sediment transport, morphodynamics and shoreline
change.

The series began in Delft in 2012 and has been held every two years since. CSM 2024, held in
Gdańsk in September 2024, drew about 140 participants from 31 countries.

Topics
- Sediment transport in the surf and swash zones
- Estuarine and tidal inlet morphodynamics
- Long-term shoreline evolution and sea-level rise
- Machine learning for coastal morphology
- Nature-based solutions and beach nourishment

Important dates
- Abstract submission: abstracts must be submitted by 15 January 2026
- Notification of acceptance: 20 February 2026
- Full papers (camera-ready) due no later than 30 March 2026
- Early registration closes on 15 April 2026

Abstracts of up to 500 words should be submitted through the workshop website. Selected
papers will be invited to a special issue of the Journal of Coastal Dynamics.

Organising committee: Prof. Inês Moura (chair), Dr Pieter de Waal, Dr Anna Kowalczyk.

Contact: csm2026@ua.example | +351 234 370 200""",
        (
            expect("2026-06-08/2026-06-10", "workshop", planned=True),
            expect("2012", "delft"),
            expect("2024-09", "gdańsk"),
            expect("../2026-01-15", "abstract", planned=True),
            expect("2026-02-20", "notification", planned=True),
            expect("../2026-03-30", "papers", planned=True),
            expect("2026-04-15", "registration", planned=True),
        ),
    ),
    Text(
        "trial-registry",
        "clinical trial registry entry",
        None,
        """Study Record Detail

A Phase 2 Study of Velmorastat in Adults With Moderate Plaque Psoriasis (VELORA-2)

Registry ID: EUCTR-2023-501987-14
Sponsor: Halvern Therapeutics AB
Study type: Interventional (randomised, double-blind, placebo-controlled)

Brief Summary
This study tests whether velmorastat, an oral TYK2 inhibitor, reduces skin plaques compared
with placebo over 24 weeks. The sponsor's phase 1 study in healthy volunteers was completed in
2021. Participants take one tablet daily and attend a clinic visit every 28 days.

The study received ethics committee approval on 2 March 2023. Recruitment was paused from 11
September to 6 November 2023 while the data monitoring committee reviewed two cases of raised
liver enzymes, and resumed with additional blood tests.

Study Dates
Study Start (Actual): 3 April 2023
Primary Completion (Estimated): December 2025
Study Completion (Estimated): 30 June 2026

Enrolment: 240 participants (estimated)
Arms: velmorastat 15 mg, velmorastat 30 mg, placebo

Eligibility
Ages 18 to 75; PASI score of 12 or more; no biologic therapy in the 12 weeks before
screening.

Locations
Uppsala University Hospital, Sweden; Aarhus University Hospital, Denmark;
Charité, Berlin, Germany

Contacts
Trial information line: +46 18 611 2023

Last Update Posted: 10 January 2025""",
        (
            expect("2021", "phase 1"),
            expect("2023-03-02", "ethics"),
            expect("2023-09-11/2023-11-06", "recruitment", "paused"),
            expect("2023-04-03", "study start"),
            expect("2025-12", "primary completion", planned=True),
            expect("2026-06-30", "study completion", planned=True),
        ),
    ),
    Text(
        "barque-log",
        "ship's log",
        None,
        """LOG OF THE BARQUE MARGARET ELLIS, 614 tons register, W. Pryce, Master.
Liverpool towards Valparaiso, 1872.

Tuesday 12th March. Fresh breezes from NE, clear. At 6 a.m. unmoored and proceeded down the
Mersey in tow of the tug Resolute. Crew 16 all told. Pumps attended every watch, ship making
little water.

Thursday 14th March. Moderate wind and hazy. At 8 a.m. discharged the pilot off Point Lynas
and made sail. Lat. by account 53°25'N, Long. 4°20'W. Barometer 29.87.

Sunday 17th. Strong gales from WSW with a heavy head sea. At 3 p.m. Thomas Kerrigan, A.B.,
fell from the fore-topsail yard to the deck and was badly hurt. Carried him below. He died of
his injuries two days later.

Thursday 21st. Fine weather. Spoke the brig Ceres of Bristol, 41 days out from Bahia, all
well. Painted the quarter boats.

Saturday 23rd. Light airs. At 4 p.m. Madeira in sight bearing SW by W, distant about 30
miles. Lat. 33°40'N, Long. 16°10'W. Employed setting up rigging.

Memo. The master intends to reach Valparaiso no later than the 10th of June, the charterers'
cancelling date, and to call at no port on the way.""",
        (
            expect("1872-03-12", "mersey"),
            expect("1872-03-14", "pilot"),
            expect("1872-03-17", "kerrigan", "fell"),
            expect("1872-03-19", "die"),
            expect("1872-03-21", "ceres"),
            expect("1872-03-23", "madeira"),
            expect("../1872-06-10", "valparaiso", planned=True),
        ),
    ),
    Text(
        "season-preview",
        "season preview",
        date(2025, 8, 8),
        """SEASON PREVIEW: Dunmore Town

Back in the second tier, but can they stay there?

By Hannah Royle

Dunmore Town's 2025/26 season opens on Saturday at home to Wexley United, and few teams in
the division have changed as much over the summer.

Relegated in May 2024 after a dismal campaign, Dunmore bounced straight back under manager
Gareth Lowe, who has been in charge since October 2022. The bookmakers tip them to finish
in the top half for the first time since 2009.

Lowe's biggest signing came on 1 July, when striker Femi Adebayo arrived from Carrow
Athletic for a club-record fee believed to be around £1.9 million. Defender Tom Kearns left
for Scotland a week later.

The transfer window closes on 1 September, and Lowe has said he wants two more defenders
before then.

Key dates
The first derby of the season against Brackley is scheduled for 26 December at the Lane.
The club will hold a squad open day on Sunday 17 August, when fans can watch training,
which is held every morning at 10am.

Prediction: 11th

Last season: 2nd in League One (promoted)
Manager: Gareth Lowe
Captain: Ryan Osei
Capacity: 12,030""",
        (
            expect("2025-08-09", "season", "opens", planned=True),
            expect("2024-05", "relegated"),
            expect("2022-10/..", "lowe"),
            expect("2025-07-01", "adebayo"),
            expect("2025-07-08", "kearns"),
            expect("2025-09-01", "transfer window", planned=True),
            expect("2025-12-26", "derby", planned=True),
            expect("2025-08-17", "open day", planned=True),
        ),
    ),
    Text(
        "ngo-water-factsheet",
        "NGO fact sheet",
        None,
        """FACT SHEET

Clean Water for Ruvuma
A programme of WellSpring Africa

Last updated: March 2025

The need
In Tunduru and Namtumbo districts, in southern Tanzania, fewer than half of rural households
have a safe water source within 30 minutes' walk. Women and girls spend an average of 3.5
hours a day fetching water.

What we do
WellSpring Africa started the Clean Water for Ruvuma programme in 2014 with three boreholes in
Tunduru. By 2020, more than 120 wells had been drilled and handed over to village water
committees. Since 2019 we have worked under a memorandum of understanding with the Tunduru
District Council, which maintains the pumps.

Milestones and setbacks
- January 2018: a cholera outbreak in Nakapanya prompted an emergency chlorination campaign
  reaching 1,950 households.
- 2021 to 2023: three years of poor rains left 17 shallow wells dry; we deepened 11 of them.
- Around 2016, we began training local mechanics; today 64 mechanics are on our roster.

Our goal
We plan to reach 50,000 more people by 2028 and to make every scheme self-financing. The
programme contributes to the UN 2030 Agenda, Sustainable Development Goal 6.

Key figures
Wells and boreholes: 214
People served: 86,000
Cost of a borehole: about US$ 9,000

Donate: www.wellspring-africa.example | Registered charity No. 1120387""",
        (
            expect("2014", "started"),
            expect("../2020", "wells"),
            expect("2019/..", "memorandum"),
            expect("2018-01", "cholera"),
            expect("2021/2023", "rains"),
            expect("2016~", "mechanics"),
            expect("../2028", "reach", planned=True),
        ),
    ),
    Text(
        "kornfeld-biography",
        "encyclopedia biography",
        None,
        """Ilse Kornfeld

Ilse Marta Kornfeld (c. 1881 - 14 March 1949) was an Austrian botanist and plant collector
known for her work on the flora of western Persia.

Early life and education
Kornfeld was born in Brünn (now Brno) around 1881; her baptismal record has not
survived. She studied natural sciences at the University of Vienna from 1900 to 1905, one of
the first women admitted to the faculty as a full student.

Career
Kornfeld led a collecting expedition to Luristan in 1911, and published its results the
following year as Beiträge zur Flora Westpersiens. She may have visited Crete in 1909, but
the only evidence is a set of undated specimens in her hand. She taught botany at the
University of Graz from 1919 to 1938, and was dismissed in April 1938, a month after the
Anschluss.

Later life
She emigrated to Portugal the following year and worked without pay at the herbarium in
Coimbra. She died in Lisbon on 14 March 1949.

Legacy
Her herbarium of 1,906 sheets is held in Graz. The genus Kornfeldia is named after her, and
the Austrian Botanical Society awards a Kornfeld Prize every year to a young woman
botanist.

References
1. Hartl, E. (2003). Frauen in der Botanik. Graz: Leykam. pp. 112-118.""",
        (
            expect("1881~", "born"),
            expect("1900/1905", "studied"),
            expect("1911", "expedition"),
            expect("1912", "published"),
            expect("1909?", "crete"),
            expect("1919/1938", "taught"),
            expect("1938-04", "dismiss"),
            expect("1939", "emigrated"),
            expect("1949-03-14", "died"),
        ),
    ),
    Text(
        "tea-urn-lot",
        "auction catalogue entry",
        None,
        """FINE ENGLISH SILVER AND OBJECTS OF VERTU
Sale 2071

214

A GEORGE III SILVER TEA URN
MAKER'S MARK OF JOHN PARKER AND EDWARD WAKELIN, LONDON, 1783

Of vase form, on a square foot with four ball feet, the body chased with acanthus and
husk swags, the domed cover with a pineapple finial, the spout with a carved ivory tap,
engraved on one side with the arms of Hatherley impaling Stowe
52.3 cm high; 1,874 g (60 oz 5 dwt)

£8,000-12,000

PROVENANCE
Commissioned circa 1780 by Sir Henry Hatherley, 3rd Bt., for Hatherley Hall, Shropshire,
and thence by descent.
Sold by the Hatherley trustees, Christie's, London, 12 May 1921, lot 88.
Acquired by the present owner's grandfather in 1954.

EXHIBITED
Probably shown at the Loan Exhibition of Shropshire Silver, Shrewsbury, in 1929.

NOTE
The urn was damaged in the fire that gutted the east wing of Hatherley Hall in about 1890
and was repaired by Garrard's, whose workshop records the regilding of the interior. The
ivory tap is a later replacement. The Parker and Wakelin ledgers, now in the Victoria and
Albert Museum, record a payment for "a tea vase" from Sir Henry on 6 December 1783.

Please note that items containing ivory may require a licence under the Ivory Act 2018
before export.""",
        (
            expect("1783", "urn"),
            expect("1780~", "commissioned"),
            expect("1921-05-12", "sold"),
            expect("1954", "acquired"),
            expect("1929?", "exhibition"),
            expect("1890~", "fire"),
            expect("1783-12-06", "payment"),
        ),
    ),
    Text(
        "harrow-bridge-timeline-html",
        "bulleted timeline in HTML",
        None,
        """<div class="timeline">
<h2>Timeline: the Harrow Street Bridge</h2>
<ul>
  <li><b>1899</b> &ndash; Engineer Clara Ashdown wins the design competition for a steel
  arch bridge over the Calder.</li>
  <li><b>c. 1903</b> &ndash; Work begins on the foundations; the exact start is not recorded
  in the council minutes.</li>
  <li><b>3 June 1906</b> &ndash; The bridge is opened by the Lord Mayor.</li>
  <li><b>October 1940</b> &ndash; A bomb damages the southern approach; repairs take two
  years.</li>
  <li><b>1987</b> &ndash; The bridge is listed at Grade II.</li>
  <li><b>Since 2009</b> &ndash; The bridge has been closed to motor traffic and open only to
  pedestrians and cyclists.</li>
  <li><b>2024</b> &ndash; Restoration of the steelwork begins with a grant from the Heritage
  Fund.</li>
  <li><b>2026</b> &ndash; The restoration is scheduled to be finished.</li>
</ul>
<p class="note">The bridge spans 1,140 feet and carries about 4,000 cyclists a day. Guided
walks across it run every first Sunday of the month.</p>
</div>
<footer>
<p>Calderford Civic Trust &middot; Registered charity 1019062 &middot; Page last edited on
4 April 2024</p>
</footer>""",
        (
            expect("1899", "design competition"),
            expect("1903~", "foundations"),
            expect("1906-06-03", "opened"),
            expect("1940-10", "bomb"),
            expect("1987", "listed"),
            expect("2009/..", "closed"),
            expect("2024", "restoration", "begin"),
            expect("2026", "restoration", "finish", planned=True),
        ),
    ),
    Text(
        "editors-note-factory",
        "editor's note correcting an article",
        date(2025, 3, 11),
        """Editor's note

An earlier version of this article, published on 4 March, misstated the year in which the
Brennan Street shoe factory closed. The factory closed in November 2009, not 2019 as we
reported. The article also said that Mayor Dana Whitlock took office in 2016; she has been
mayor since January 2017.

The article has also been updated to reflect that the city council voted on 25 February,
not 25 January, to sell the site to Kestrel Homes, and that demolition of the main building
will begin on Monday. Kestrel Homes has said the first of the 180 homes planned for the site
are expected to be ready no later than December 2026.

The article quoted a figure of 2,019 jobs lost when the factory closed. The correct figure,
according to the city's 2010 economic review, is 1,240. We regret the errors.

Corrections policy: The Riverton Courier corrects factual errors as soon as we learn of
them. Readers who believe an article contains an error can email
corrections@rivertoncourier.example or call 555-0147 between 9am and 5pm, Monday to Friday.""",
        (
            expect("2025-03-04", "article"),
            expect("2009-11", "factory", "closed"),
            expect("2017-01/..", "mayor"),
            expect("2025-02-25", "voted"),
            expect("2025-03-17", "demolition", planned=True),
            expect("../2026-12", "homes", planned=True),
        ),
    ),
)
