"""A hundred-and-tenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
fisheries agency's quota notice, a comedy club's history, a medical council's registration
decision, a weather ship's log, a town twinning association's page in HTML, a museum's
reopening press release, a bowls championship report, a transport ministry's road pricing
timetable, a priory's history, a parent-teacher association's letter and a glassworks'
history). Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTENTH_CORPUS",)

HUNDREDTENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "gdansk-crane-strike",
        "wire story with a dateline",
        date(2026, 2, 11),
        """GDANSK, Feb 11 (Baltic Wire) - Crane operators at the port of Gdansk ended a nine-day
strike on Tuesday after the terminal operator agreed to raise night-shift pay by 12 percent,
their union said.

The walkout, which began on February 1, halted container traffic at the Baltic Quay terminal
and was the longest stoppage at the port since 1989, according to the harbour authority.
About 1,900 containers are still waiting to be loaded.

Members of the union's dockers' section will vote on the deal on Friday. If it is approved,
the new contract will take effect on March 1.

The section, which has represented crane operators at the port since 1994, last called a
strike in about 2008, when a two-day dispute over overtime was settled without arbitration.

The operator, Baltic Quay Terminals, said the agreement was "expensive but necessary" and
that its 2030 Port Expansion Plan, which foresees a third deep-water berth, was not affected.
Maintenance crews will work every Sunday night until the backlog is cleared, a spokeswoman
said.

Shipping lines had diverted some vessels to Gdynia and Klaipeda during the dispute, and
freight forwarders warned that it could take weeks to restore normal schedules.

(Reporting by Marta Wisniewska; Editing by Tom Hale)""",
        (
            expect("2026-02-10", "strike"),
            expect("2026-02-01", "walkout"),
            expect("2026-02-13", "vote", planned=True),
            expect("2026-03-01", "contract", planned=True),
            expect("1994/..", "represent"),
            expect("2008~", "strike"),
        ),
    ),
    Text(
        "northgate-quietrail",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Northgate Acoustics launches QuietRail panel for urban tram lines

LEEDS, 3 June 2025 - Northgate Acoustics Ltd, the Leeds-based maker of noise-control
systems, today announced the commercial launch of QuietRail, a low-height barrier that cuts
wheel squeal on tight tram curves by up to 9 decibels.

QuietRail was tested on the Sheffield tram network in a pilot that ran from 6 January to
28 March 2025. The company signed a supply agreement with the operator in April and will
deliver the first 1,200 metres of panels by 30 September.

"Residents living next to curves have put up with this noise for decades," said Dr Priya
Raman, Northgate's chief technology officer. "QuietRail is the biggest launch in our history
and the most tested."

Founded in 2014 by two former university researchers, Northgate employs 85 people and is
certified to ISO 9001:2015. The company is expected to open a sales office in Dublin in
March 2026, its first outside the United Kingdom. Its engineers run open design reviews
with customers every Thursday.

Notes to editors
Northgate Acoustics holds UK patent GB2598431 for the QuietRail clamp.
High-resolution images are available on request.

Media contact: Hannah Cole, +44 113 496 0021, press@northgate-acoustics.example
ENDS""",
        (
            expect("2025-06-03", "launch"),
            expect("2025-01-06/2025-03-28", "pilot"),
            expect("2025-04", "agreement"),
            expect("../2025-09-30", "deliver", planned=True),
            expect("2014", "found"),
            expect("2026-03", "office", planned=True),
        ),
    ),
    Text(
        "harborview-v-columbia-dock",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

HARBORVIEW MARINE SUPPLY, LLC,
Plaintiff-Appellant,
v.
COLUMBIA DOCK PROPERTIES, INC.,
Defendant-Respondent.

Multnomah County Circuit Court No. 21CV01774; A178402

MORALES, J.

Plaintiff appeals a judgment dismissing its claim for breach of a commercial lease. We
affirm.

The facts are not disputed. On or about March 14, 2019, the parties entered into a ten-year
lease of a warehouse on North Marine Drive. The lease obliged defendant to complete repairs
to the loading dock no later than December 31, 2019, and required any notice of default to
be "delivered in writing within 30 days" of the breach. Plaintiff has occupied the premises
since April 2019.

Plaintiff delivered a notice of default on September 2, 2020. It filed this action on
January 11, 2021, seeking damages under ORS 91.210. The trial court granted defendant's
motion for summary judgment on May 5, 2022, concluding that the notice was untimely, and
plaintiff filed its notice of appeal 28 days later. We heard argument on November 7, 2023.

Plaintiff contends that the 30-day period did not begin to run until the repairs were
abandoned, relying on Kessler v. Ortland, 301 Or App 455 (2019), and on the Commercial
Tenancy Act of 1997. Neither helps plaintiff. Kessler concerned a continuing covenant to
pay rent, not a single obligation with a fixed completion date, and the 1997 Act does not
apply to leases of industrial premises. The default, if any, occurred when the completion
date passed, and the notice came some eight months later.

Affirmed.""",
        (
            expect("2019-03-14~", "lease"),
            expect("../2019-12-31", "repair"),
            expect("2019-04/..", "occup"),
            expect("2020-09-02", "notice"),
            expect("2021-01-11", "file"),
            expect("2022-05-05", "judgment"),
            expect("2022-06-02", "appeal"),
            expect("2023-11-07", "argument"),
        ),
    ),
    Text(
        "holme-navigation",
        "encyclopedia history",
        None,
        """Holme Navigation

The Holme Navigation is a 14-mile (23 km) canal in West Yorkshire, England, linking the River
Calder at Cooper Bridge with the town of Holmfirth. It has 31 locks and a tunnel 1,790 yards
long.

History

The earliest known use of the name "Holme Cut" may date from 1758, in a surveyor's letter
whose authenticity is disputed. Construction began in about 1761 under the engineer Josiah
Platt, and the first section, from Cooper Bridge to Lockwood, opened in 1766. The canal was
extended to Holmfirth the following year.

Traffic, mostly coal and woollen cloth, reached some 310,000 tons a year. Competition from
the railway, authorised under the Holme Valley Railway Act 1845, reduced it steadily, and
the canal closed to commercial traffic in 1931. Several locks were filled in and the tunnel
was sealed.

Restoration

The Holme Canal Trust was formed in 1974 by local boaters and has managed the waterway since
1976 under a lease from the county council. After two decades of volunteer work and a grant
from the Millennium fund, the navigation reopened on 2 July 1994. Boats now pass through the
tunnel in convoy every Saturday during the cruising season.

See also
- Canals of the United Kingdom
- Huddersfield Narrow Canal""",
        (
            expect("1758?", "name"),
            expect("1761~", "construct"),
            expect("1766", "open"),
            expect("1767", "extend"),
            expect("1931", "clos"),
            expect("1974", "form"),
            expect("1976/..", "manag"),
            expect("1994-07-02", "reopen"),
        ),
    ),
    Text(
        "stags-beat-tigers",
        "sports report",
        date(2025, 10, 19),
        """RUGBY UNION | CHAMPIONSHIP

Marsh runs riot as Stags end Quarry hoodoo

By Daniel Prior

Harrowgate Stags beat Castlebridge Tigers 31-17 on Saturday, their first win at the Quarry
Ground since 2012, in front of 6,204 spectators.

Winger Ollie Marsh, who made his debut in 2017, scored two tries in the first half and set
up a third for full-back Kit Mensah as the Tigers' defence came apart after the break.

Ben Ayodele, captain since 2021, returned after missing three games with a hamstring injury
sustained on 27 September, and his line-out work gave the Stags a platform all afternoon.

"We've been coming here and losing for a long time," said head coach Marta Lindqvist, who
was appointed in March 2023. "The boys stuck to the plan and deserved it."

The Tigers, who train at the Quarry every Thursday evening, have now lost four of their
first six games. Their fly-half Rhys Penhale kicked four penalties but was replaced after
64 minutes.

The Stags will host Redcliffe on November 1, with Marsh hoping to catch the eye of national
selectors before the 2027 World Cup squad is named.

Harrowgate Stags: Mensah; Marsh, Okafor, Reid, Lowe; Garside, Fenton; Ayodele (capt).""",
        (
            expect("2025-10-18", "beat"),
            expect("2017", "debut"),
            expect("2021/..", "captain"),
            expect("2025-09-27", "injur"),
            expect("2023-03", "appoint"),
            expect("2025-11-01", "host", planned=True),
        ),
    ),
    Text(
        "tennant-rowe-inks",
        "company history",
        None,
        """Our history | Tennant & Rowe

Tennant & Rowe was founded in 1887 by the chemist Agnes Tennant and her brother-in-law Samuel
Rowe, who mixed printing inks in a rented loft above a Bristol cooperage. Around 1902 the
business moved to a larger works at Avonside, where its coal-fired boilers ran day and night.

The firm was incorporated as a limited company on 12 May 1920. Between the wars it supplied
most of the newspapers of the West Country, and when paper rationing ended it looked abroad:
it opened agencies in Lisbon, Oslo and Cairo in 1948, 1953 and 1961 respectively.

Tennant & Rowe was listed on the London Stock Exchange in 1986 and acquired by the Dutch
coatings group Van Leer Kleur in 2007. Since 2015 the company has been owned by the Tennant
Foundation, a charitable trust set up by descendants of the founder, which bought the
business back for an undisclosed sum.

Today the Avonside plant produces 1,920 tonnes of ink a year, and our Heritage Blue No. 1887
shade, named after the year of our foundation, remains our best seller. Every Friday the
laboratory still tests a batch against Agnes Tennant's original colour cards, which are kept
in a fireproof cabinet in the boardroom.

Visits to the works can be arranged for schools and printing societies.
Tennant & Rowe Ltd, Avonside Works, Bristol BS2 0QT. Registered in England No. 00168251.""",
        (
            expect("1887", "found"),
            expect("1902~", "move"),
            expect("1920-05-12", "incorporat"),
            expect("1948", "agenc"),
            expect("1953", "agenc"),
            expect("1961", "agenc"),
            expect("1986", "list"),
            expect("2007", "acquir"),
            expect("2015/..", "own"),
        ),
    ),
    Text(
        "lumen-lunar-orbiter",
        "mission summary",
        None,
        """Mission summary: LUMEN lunar orbiter

Agency: Iberian Space Agency (ISA)
Mission ID: ISA-2019-04
Status: Operational (extended mission)

LUMEN was launched on 14 September 2021 aboard a Vega-C rocket from Kourou and entered lunar
orbit on 2 October, after an 18-day cruise. The first images from its wide-angle camera were
returned three days later, showing the floor of the crater Plato.

The orbiter's infrared spectrometer stopped responding, possibly in 2022; engineers have
not been able to establish when the fault began because telemetry from that period is
patchy. From 9 to 17 March 2024 the spacecraft was in safe mode after a reaction wheel fault,
and science operations resumed only after a software patch was uploaded.

The agency approved an extended mission in June 2023. LUMEN is expected to be deorbited in
August 2026, when its hydrazine runs out; controllers intend to crash it near the south pole
so that the impact can be observed from Earth.

Key figures
- Orbit: about 100 km, one revolution every 118 minutes
- Images returned: more than 2,000
- Mass at launch: 1,215 kg

Principal investigator: Prof. Elena Castillo, University of Granada
Page last updated: 11 April 2025""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-05", "image"),
            expect("2022?", "spectrometer"),
            expect("2024-03-09/2024-03-17", "safe"),
            expect("2023-06", "extend"),
            expect("2026-08", "deorbit", planned=True),
        ),
    ),
    Text(
        "gambling-levy-statement",
        "government statement",
        None,
        """Ministry of Finance
Statement on the Gambling Levy (Amendment) Regulations

8 April 2025 | Press Office | Ref. MF/2025/117

The Minister of Finance, Aoife Brennan, today signed the Gambling Levy (Amendment)
Regulations, which raise the levy on online betting operators from 1% to 1.5% of gross
gaming yield, as announced in Budget 2025.

The levy has been in force since 2016 and raises about EUR 40 million a year for the Social
Fund, which supports addiction services and problem-gambling research.

A public consultation ran from 6 January to 14 February 2025 and drew 212 submissions, most
of them from treatment charities and operators. The Oireachtas finance committee approved
the draft regulations on Thursday after a two-hour debate.

The new rate will apply from 1 July 2025. The Gambling Regulatory Authority is to report to
the Minister on its effect no later than 31 March 2026, and operators will continue to file
returns every quarter.

"This is the first increase in the rate since the levy was introduced, and it is a modest
one," the Minister said. "Operators have had a long notice period and the revenue will go
where the harm is felt."

ENDS

Press Office, Ministry of Finance: +353 1 604 5000 | press@finance.example""",
        (
            expect("2025-04-08", "sign"),
            expect("2016/..", "levy"),
            expect("2025-01-06/2025-02-14", "consultation"),
            expect("2025-04-03", "approv"),
            expect("2025-07-01", "rate", planned=True),
            expect("../2026-03-31", "report", planned=True),
        ),
    ),
    Text(
        "carnegie-library-news",
        "HTML page (news page with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Carnegie Library, Kirkby Moor</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/events">Events</a></nav>
<article>
<h1>Library to reopen after roof repairs</h1>
<p class="meta">Posted on <time datetime="2025-09-02">2 September 2025</time> by Library
Services</p>
<p>The Carnegie Library on Market Street, which closed on 30 June for repairs to its slate
roof, will reopen on Monday. The work cost &pound;186,000 and included new gutters and a
lift to the first-floor reading room.</p>
<p>The library was built in 1908 with a grant from Andrew Carnegie and extended in around
1965, when the children's wing was added. Our catalogue has been online since March 2011,
and members can still reserve books from home while the building is closed.</p>
<p>To celebrate the reopening, the Friends of the Library will hold a book sale from 20 to
27 September in the ground-floor hall.</p>
<ul>
<li>Opening hours: Monday&ndash;Saturday 9am&ndash;5pm, late opening every Tuesday until 8pm</li>
<li>Phone: 01632 960 447</li>
<li>Rhyme time for under-fives: every Wednesday at 10.30am</li>
</ul>
</article>
<footer>
<p>Last updated: <time datetime="2025-09-02">2 September 2025</time></p>
<p>&copy; 2025 Westmoor District Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-06-30", "clos"),
            expect("2025-09-08", "reopen", planned=True),
            expect("1908", "built"),
            expect("1965~", "extend"),
            expect("2011-03/..", "catalogue"),
            expect("2025-09-20/2025-09-27", "sale", planned=True),
        ),
    ),
    Text(
        "northern-shelf-cod-notice",
        "fisheries agency's quota notice",
        None,
        """MARINE FISHERIES AGENCY
NOTICE TO FISHERMEN No. 2025/041
Issued: 17 November 2025

Subject: Northern shelf cod - 2026 quota and Sandy Bank closed area

1. The Agency gives notice that the total allowable catch of northern shelf cod for the
national fleet will be 1,987 tonnes from 1 January 2026, a reduction of 15 per cent. The
figure follows the scientific advice published on 30 September.

2. The Sandy Bank closed area, closed to all towed gear since 14 February 2024, remains
closed. Its boundaries are unchanged (see Annex A, positions 1 to 8).

3. Vessel owners are to submit their catch plans for the coming year to the Agency no later
than 15 December 2025. Plans received after that date will not be considered in the first
allocation round.

4. Background. The stock collapsed around 1992 and has been managed under a recovery plan
since 2004. In 2023 the quota was cut by 20 per cent after surveys found the lowest number
of young fish since 2011.

5. The Agency will hold an industry briefing at Peterhead on 2 December.

6. Landings of cod must continue to be reported every Friday by 1800 hours.

This notice is issued under the Sea Fisheries (Quota Management) Regulations 2019.
Enquiries: Quota Management Unit, 0300 123 4567, quotas@mfa.example""",
        (
            expect("2026-01-01", "cod", planned=True),
            expect("2025-09-30", "advice"),
            expect("2024-02-14/..", "clos"),
            expect("../2025-12-15", "plan", planned=True),
            expect("1992~", "collapse"),
            expect("2004/..", "recovery"),
            expect("2023", "cut"),
            expect("2025-12-02", "briefing", planned=True),
        ),
    ),
    Text(
        "laughing-gannet-history",
        "comedy club's history",
        date(2025, 6, 10),
        """About us | The Laughing Gannet, Leith

The Laughing Gannet opened in a former wine cellar under the Shore in 1983, the brainchild
of ex-teacher Moira Dunbar and her friend, the folk singer Alec Baird. It hosted its first
open-mic night on 14 February 1984, with eleven acts and, legend has it, an audience of nine.

Local lore says Davie Rennie played his first gig here, possibly in 1986, though no poster
survives and Rennie himself cannot remember.

Around 1991 the club moved to its present home on Leith Walk, a former bakery with room for
220. A fire on 3 November 1997 gutted the stage and the bar; the club reopened the following
year with the help of a benefit gig at the Usher Hall. Since 2009 the Gannet has been run by
a workers' co-operative of staff and comedians.

We put on stand-up every Thursday, Friday and Saturday, and new acts try out at our Sunday
Scratch nights. Ask at the bar for our Class of 1983 house ale, and watch out for the
1,000th Scratch night, which is only a few months away.

The club will celebrate its 42nd birthday with a gala on Saturday 18 October, hosted by
Moira Dunbar herself.

Box office: 0131 496 0800 | 14 Leith Walk, Edinburgh EH6""",
        (
            expect("1983", "open"),
            expect("1984-02-14", "mic"),
            expect("1986?", "rennie"),
            expect("1991~", "move"),
            expect("1997-11-03", "fire"),
            expect("1998", "reopen"),
            expect("2009/..", "co-operative"),
            expect("2025-10-18", "gala", planned=True),
        ),
    ),
    Text(
        "marsh-registration-decision",
        "medical council's registration decision",
        None,
        """MEDICAL PRACTITIONERS COUNCIL
Registration Committee - Determination

Practitioner: Dr Helen Marsh (Registration No. 7012345)
Case reference: MC/4471
Determination issued: 22 January 2025

Background

1. Dr Marsh first registered with the Council in 2006 and has practised as a general
practitioner in Stockport since 2011.

2. The Council's case is that on or about 12 March 2022 Dr Marsh prescribed oxycodone to a
family member without making a clinical record.

3. Her registration has been subject to interim conditions since 4 August 2023.

4. The Committee heard evidence from 20 to 22 January 2025. Dr Marsh admitted the facts and
told the Committee that she had completed a course in safe prescribing in November 2024.

Decision

5. The Committee finds that Dr Marsh's fitness to practise is impaired. Acting under section
35D of the Medical Act 1983, it directs that her registration be suspended for 12 months.

6. The suspension will take effect on 19 February 2025 unless Dr Marsh appeals. A review
hearing will be held before the suspension ends, no later than 18 February 2026.

7. The Committee notes that Dr Marsh has attended peer supervision every month and that no
patient came to harm. It has taken her insight into account in deciding against erasure.""",
        (
            expect("2006", "register"),
            expect("2011/..", "practi"),
            expect("2022-03-12~", "prescri"),
            expect("2023-08-04/..", "condition"),
            expect("2025-01-20/2025-01-22", "evidence"),
            expect("2024-11", "course"),
            expect("2025-02-19", "suspension", planned=True),
            expect("../2026-02-18", "review", planned=True),
        ),
    ),
    Text(
        "cumulus-station-lima-log",
        "weather ship's log",
        None,
        """WEATHER SHIP "CUMULUS" - OCEAN STATION LIMA (57 00 N, 20 00 W)
Deck log, voyage 41 (extract). Master: Capt. R. J. Ferrier.
Remarks: This ship has served on the Atlantic weather stations since 1947.

Tue 12 Jan 1971. 0800 relieved OWS Weather Reporter on station. Wind W force 5, pressure
1004 mb, falling slowly. Radiosonde ascents at 0000 and 1200 as usual; surface observations
every three hours.

Fri 15 Jan. Storm force 11 from SW at 1800, seas very high. Hove to, head to sea. W/T aerial
carried away and contact with Dunstable lost. Pressure 962 mb at 2100.

W/T contact restored two days later after the aerial was re-rigged by the second radio
officer. No ascents possible during the blow.

Tue 19 Jan. 0340 red flare sighted bearing 070. Rescued four crew of the yacht Morwenna,
dismasted on passage from the Azores, all well. Yacht abandoned and sunk as a hazard.

Sat 30 Jan. 1000 relieved by OWS Weather Monitor; proceeding Greenock with the Morwenna's
crew on board. ETA Greenock about 2 Feb.

Stores and fuel remaining: fresh water 1,940 gallons, fuel oil 212 tons. Balloon stock 61.""",
        (
            expect("1947/..", "serv"),
            expect("1971-01-12", "reporter"),
            expect("1971-01-15", "storm"),
            expect("1971-01-17", "contact"),
            expect("1971-01-19", "rescu"),
            expect("1971-01-30", "monitor"),
            expect("1971-02-02~", "greenock", planned=True),
        ),
    ),
    Text(
        "harrowby-twinning-page",
        "town twinning association's page in HTML",
        None,
        """<div class="page">
<header><h1>Harrowby Twinning Association</h1>
<p class="tagline">Friends of Saint-Aubin-sur-Loire and Bad Lindenau</p></header>
<div class="post">
<h2>Forty-eight years of friendship</h2>
<p class="posted">Posted on 4 March 2025 by the Secretary</p>
<p>Harrowby and Saint-Aubin-sur-Loire signed their twinning charter on 21 May 1977 in the
salle des f&ecirc;tes at Saint-Aubin. The first exchange visit, by forty Harrowby
schoolchildren, took place the following year.</p>
<p>The association registered as a charity in 1993 and has also been twinned with Bad
Lindenau in Hesse since 2002. That link grew out of a choir exchange in about 1999, when the
Harrowby Singers were invited to the Lindenau wine festival.</p>
<p>Our AGM will be held on Thursday 20 March at 7.30pm in the Methodist Hall. This year's
visit to Saint-Aubin will run from 29 May to 1 June, with coach travel from the Market
Square.</p>
<ul class="regular">
<li>French conversation group: every Wednesday, 7pm, the Red Lion</li>
<li>Coffee morning: first Saturday of each month</li>
</ul>
</div>
<footer>
<p>Registered charity no. 1072214 &middot; Tel. 01632 960 318</p>
<p>&copy; 2025 Harrowby Twinning Association</p>
</footer>
</div>""",
        (
            expect("1977-05-21", "charter"),
            expect("1978", "visit"),
            expect("1993", "charit"),
            expect("2002/..", "twin"),
            expect("1999~", "choir"),
            expect("2025-03-20", "agm", planned=True),
            expect("2025-05-29/2025-06-01", "visit", planned=True),
        ),
    ),
    Text(
        "colegate-house-reopening",
        "museum's reopening press release",
        None,
        """PRESS RELEASE

Norwich, 9 September 2025

Colegate House Museum to reopen after GBP 4.2 million restoration

Colegate House Museum will reopen to the public on Saturday 27 September after a
three-and-a-half-year restoration, Norfolk Museums Trust said.

The museum closed in January 2022 so that its timber frame and painted ceilings could be
repaired. The work was made possible by a GBP 2.9 million National Lottery Heritage Fund
grant awarded in 2021.

The merchant's house at the heart of the museum dates from about 1520. The city bought the
house in 1891 and opened it as a museum of domestic life in 1894. Its celebrated silver
collection had been given to the city before 1900 by the Harbord family.

Entry will be free from 27 September to 5 October, after which normal charges apply.

"People have missed this house," said the Trust's director, Ruth Akers. "They will find it
lighter, warmer and full of stories we could never tell before."

Notes to editors
- Opening hours: Tuesday to Sunday, 10am to 5pm.
- The silver gallery is known as the 1894 Room.
- Images: press@norfolkmuseums.example | 01603 495 897""",
        (
            expect("2025-09-27", "reopen", planned=True),
            expect("2022-01", "clos"),
            expect("2021", "grant"),
            expect("1520~", "house"),
            expect("1891", "bought"),
            expect("1894", "open"),
            expect("../1900", "silver"),
            expect("2025-09-27/2025-10-05", "free", planned=True),
        ),
    ),
    Text(
        "derbyshire-bowls-singles",
        "bowls championship report",
        date(2025, 8, 25),
        """BOWLS

Pryce follows in mother's footsteps at Ashbourne

By Sam Whitlock

Lucy Pryce of Dovedale BC won the Derbyshire women's singles title on Sunday, beating the
defending champion Carol Finch 21-18 in a tense 23-end final at Ashbourne Park.

Pryce, 26, had come through a marathon semi-final against Jo Tebbutt on Saturday, winning
21-20 on the last end after trailing 9-17.

Her mother, Margaret Oakes, won the title in 1979 and 1984, and still bowls for Dovedale
every Wednesday afternoon. "She was on the bank shouting at me the whole time," Pryce said.

Ashbourne Park has hosted the championships since 1958. Finch's run of 14 successive
winning ends in the quarter-final was the longest seen there since 2003.

Dovedale BC, founded in around 1920, now has 84 members and has produced three county
champions in the last decade.

Pryce will represent Derbyshire at the national finals at Leamington Spa from 6 to 21
September, and has not ruled out a tilt at the 2026 Commonwealth Games trials.

Results: Singles final: L Pryce (Dovedale) bt C Finch (Matlock) 21-18. Pairs final: Matlock
bt Belper 19-15.""",
        (
            expect("2025-08-24", "pryce"),
            expect("2025-08-23", "semi"),
            expect("1979", "oakes"),
            expect("1984", "oakes"),
            expect("1958/..", "host"),
            expect("1920~", "found"),
            expect("2025-09-06/2025-09-21", "final", planned=True),
        ),
    ),
    Text(
        "ashford-road-pricing-timetable",
        "transport ministry's road pricing timetable",
        date(2025, 11, 3),
        """MINISTRY OF TRANSPORT
Greater Ashford Road User Charging: Implementation Timetable
Programme Plan, Table 2 | Version 3.1

1. Background

The Government announced a distance-based road user charge for the Greater Ashford area in
the Budget in March 2024. The central congestion zone, in operation since 2003, will be
absorbed into the new scheme.

2. Consultation

The public consultation on the scheme closed on Friday and received 14,218 responses, the
most for any transport consultation since 2019. A summary of responses will be published in
due course.

3. Timetable

- Roadside cameras will be installed by 30 June 2026.
- A live trial with 5,000 volunteer drivers will run from 1 September to 30 November 2026.
- Charging is scheduled to begin on 4 January 2027.
- An independent review of the scheme is expected in about 2029.

4. Charges

Drivers will pay 8p per mile in peak hours (0700-1000 and 1600-1900) and 3p per mile at
other times. Exemptions under the Roads (Charging) Act 1984 continue to apply to blue badge
holders and emergency vehicles.

Enquiries: Road Charging Programme, 0300 330 3000""",
        (
            expect("2024-03", "announce"),
            expect("2003/..", "zone"),
            expect("2025-10-31", "consultation"),
            expect("../2026-06-30", "camera", planned=True),
            expect("2026-09-01/2026-11-30", "trial", planned=True),
            expect("2027-01-04", "charg", planned=True),
            expect("2029~", "review", planned=True),
        ),
    ),
    Text(
        "wenlow-priory-history",
        "priory's history",
        None,
        """St Ethelburga's Priory, Wenlow: a short history

The priory was founded in about 1135 by Ranulf de Wenlow for a small community of Augustinian
canons, on a terrace above the river Lune. Henry II confirmed its lands by charter in 1155,
and the canons came to hold four parishes and a fishery.

A fire, perhaps in 1290, destroyed the east range; the chapter house was later rebuilt in
stone, and its vaulted entrance survives.

The priory was dissolved in 1536 under the Suppression of Religious Houses Act 1535, when its
net income was assessed at GBP 187. The canons' buildings were sold and quarried for stone,
but the nave was in use as the parish church by 1550.

The church was restored between 1882 and 1885 by the architect Henry Ladd, who rebuilt the
west front and uncovered the Norman doorway. The ruins of the cloister have been in the care
of the state since 1958 and are listed at Grade I.

Visiting
The church is open daily from 9am to dusk, and a sung Eucharist is held every Sunday at 10am.
Guided tours of the ruins run on the first Saturday of each month. Please note that the
cloister garth is uneven underfoot.""",
        (
            expect("1135~", "found"),
            expect("1155", "charter"),
            expect("1290?", "fire"),
            expect("1536", "dissol"),
            expect("../1550", "parish"),
            expect("1882/1885", "restor"),
            expect("1958/..", "care"),
        ),
    ),
    Text(
        "ashgrove-pta-letter",
        "parent-teacher association's letter",
        None,
        """Ashgrove Primary School PTA
c/o Ashgrove Primary School, Mill Lane, Thornbury BS35 2XX

14 January 2026

Dear parents and carers,

Happy New Year from the PTA committee!

Thank you to everyone who came to the Winter Fair on Saturday 6 December: together we raised
GBP 2,340, which will go towards new reading books for Years 1 and 2.

At our meeting on Tuesday, members elected Priya Shah as chair. Many thanks to Tom Lacey for
his three years in the role. The PTA has funded the school's breakfast club since 2019 and
we have agreed to keep doing so for the rest of this school year.

Our next event is the quiz night on Friday 30 January in the school hall (doors 6.45pm,
tables of six, GBP 5 a head). Please book through the school office.

The new climbing frame, paid for by the sponsored fun run, will be installed by 27 March.

The PTA was founded in about 1975, and we would love some new faces. We meet on the second
Monday of each month in Room 12, and every parent and carer is welcome, even for ten
minutes.

With best wishes,

Priya Shah, Chair, and Hannah Price, Secretary
Ashgrove PTA, registered charity no. 1105230 | pta@ashgrove.example""",
        (
            expect("2025-12-06", "fair"),
            expect("2026-01-13", "elect"),
            expect("2019/..", "breakfast"),
            expect("2026-01-30", "quiz", planned=True),
            expect("../2026-03-27", "install", planned=True),
            expect("1975~", "found"),
        ),
    ),
    Text(
        "brierley-lane-glassworks",
        "glassworks' history",
        None,
        """Brierley Lane Glassworks: history

The Brierley Lane Glassworks was established in 1796 by the Quaker glassmaker Thomas Hadley,
and its first furnace was lit on 3 April 1797. The brick cone that still dominates the site
was built circa 1810; at 90 feet it is one of only four glass cones surviving in England.

Through the nineteenth century the works made cut-glass tableware for London retailers. Its
best-known design, the "Pattern 1851" decanter, took its name from a catalogue number rather
than from the Great Exhibition, whatever the guidebooks say.

In 1889 the glassmakers went on strike for eleven weeks over piece rates, and the dispute
ended only when Hadley's grandson agreed to a union scale.

Electric furnaces, reaching 1400 degrees, were introduced in 1934, and the old coal-fired
pots were let go cold. Cheap imports after the war cut orders steadily, and the works closed
on 31 March 1981 with the loss of 140 jobs.

A museum has occupied the cone since 1990. Glassblowers give demonstrations every Saturday
and Sunday, and visitors can watch the annealing ovens from a gallery.

Brierley Lane Glass Museum, Stourbridge DY8 | 01384 496 233""",
        (
            expect("1796", "establish"),
            expect("1797-04-03", "furnace"),
            expect("1810~", "cone"),
            expect("1889", "strike"),
            expect("1934", "electric"),
            expect("1981-03-31", "clos"),
            expect("1990/..", "museum"),
        ),
    ),
)
