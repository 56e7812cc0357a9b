"""A hundred-and-eighteenth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML museum
timeline page, a sea ice service's weekly summary, a youth theatre's history, an immigration
tribunal's decision summary, a mountain observatory's weather diary, a swimming club's gala
results page in HTML, a water company's reservoir project release, a handball cup report, a
justice ministry's court closure timetable, a linen mill's history, a harbour trust's annual
letter to members and a bakery chain's history). Facts whose date a reader could take two
ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTEENTH_CORPUS",)

HUNDREDEIGHTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-hull-crack",
        "wire story with a dateline",
        None,
        """HALIFAX, Nova Scotia, June 11, 2024 (Maritime Press) - Bay Crossings Ltd. pulled its
largest ferry, the MV Cape Sable, off the Digby run after crew members found a crack in the
hull plating on Sunday, the company said.

Chief executive Mona Theriault told reporters the vessel will return to service on Friday if
federal inspectors sign off on a temporary weld. A permanent repair is to be finished by
July 31 at the latest, she said.

The Cape Sable, built in Norway and delivered in 1998, carries about 650 passengers and 180
vehicles. It was last dry-docked around March 2022, when a similar crack was patched,
according to a maintenance log seen by Maritime Press.

Bay Crossings has held the federal operating contract for the route since 2009. The
company's "Fleet 2030" renewal plan calls for a replacement vessel, but no order has been
placed.

Passenger groups said the outage was the longest on the crossing since 2017 and urged the
company to charter a backup ship. Sailings normally leave every two hours between 6 a.m.
and 10 p.m.

Travellers holding bookings can call 1-888-555-0143 for refunds.

(Reporting by Alain Cormier; Editing by Jean Walsh)""",
        (
            expect("2024-06-09", "crack"),
            expect("2024-06-14", "return", planned=True),
            expect("../2024-07-31", "repair", planned=True),
            expect("1998", "deliver"),
            expect("2022-03~", "dock"),
            expect("2009/..", "contract"),
        ),
    ),
    Text(
        "analytics-leeds-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brightwater Analytics opens second research centre in Leeds

LEEDS, UK - 4 March 2025 - Brightwater Analytics, the Yorkshire data science consultancy,
opened its new research centre on Wellington Street on Monday, doubling its office space in
the city.

Brightwater was founded in 2014 by statisticians Priya Nair and Tom Eckersley in a spare room
in Headingley. Its first centre opened in Sheffield in 2017, and the company moved its head
office to larger premises the following year.

The company expects to hire 60 more analysts and engineers by December 2026. A formal opening
with the Lord Mayor of Leeds is scheduled for 22 May.

"Leeds has the talent we need," said Priya Nair, chief executive. "We have grown every year
since we started, and this centre gives us room for the next decade."

Brightwater has been a certified B Corporation since 2021 and holds ISO 27001 accreditation.
Its team of 140 works for clients in health, transport and retail.

-ENDS-

Notes to editors
Brightwater Analytics Ltd is registered in England and Wales, company number 09123877.
Release reference: BW-2025-07.

Media contact
Hannah Lowe, Communications Manager
press@brightwater-analytics.example | +44 113 496 0521""",
        (
            expect("2025-03-03", "open"),
            expect("2014", "found"),
            expect("2017", "sheffield"),
            expect("2018", "move"),
            expect("../2026-12", "hire", planned=True),
            expect("2025-05-22", "opening", planned=True),
            expect("2021/..", "certif"),
        ),
    ),
    Text(
        "whitcombe-v-harlan-lettings",
        "court opinion",
        date(2025, 3, 18),
        """COURT OF APPEAL OF THE STATE OF NEW CAMBRIA
SECOND DISTRICT

DANA WHITCOMBE, Appellant,
v.
HARLAN LETTINGS LLC, Appellee.

No. 2024-CA-00871

OPINION

Judge ROSALIND OKAFOR delivered the opinion of the court.

On or about October 3, 2022, appellant Dana Whitcombe signed a one-year lease for an apartment
in a building owned by appellee Harlan Lettings LLC. The lease incorporated the notice
provisions of the Residential Tenancies Act of 1998.

Appellee served a notice to quit on January 9, 2023. The notice required appellant to vacate
the apartment no later than February 28, 2023, and cited unpaid rent of $1,964. Appellant
remained in the apartment and withheld rent, asserting that the heating had failed.

The trial court held a bench trial from June 5 to 7, 2023. It entered judgment for appellee
on August 14, 2023, finding that the notice complied with section 1946 of the Act. Appellant
filed her notice of appeal two days later.

A notice to quit must state the grounds for termination with reasonable particularity. See
Marsh v. Delgado, 412 P.3d 88, 91 (N.C. App. 2019). The notice here did not mention the
heating complaint that appellant had raised in writing, and the trial court did not consider
whether the rent was lawfully withheld.

Because the trial court applied the wrong standard, we reverse the judgment and remand for
further proceedings consistent with this opinion.

REVERSED AND REMANDED.""",
        (
            expect("2022-10-03~", "lease"),
            expect("2023-01-09", "notice"),
            expect("../2023-02-28", "vacate"),
            expect("2023-06-05/2023-06-07", "trial"),
            expect("2023-08-14", "judgment"),
            expect("2023-08-16", "appeal"),
        ),
    ),
    Text(
        "kestrelford-history",
        "encyclopedia history",
        None,
        """Kestrelford

Kestrelford is a market town and civil parish on the River Wenning. At the 2021 census the
parish had a population of 1,862.

History

A settlement was established at the ford around 1040, and the place appears as Cherchesford
in later surveys. The parish church of St Aldhelm possibly dates from 1150, although no
written record of it survives before the thirteenth century. The town received a market
charter from Henry III in 1227.

During the Civil War the castle was besieged by Parliamentary forces in 1644 and slighted
the following year. Much of its stone was reused in houses along Bridge Street.

The town hall, a two-storey building with an open arcade, was built circa 1760. The borough
lost its member of parliament under the 1832 Reform Act but remained an important cattle
market. The railway arrived in 1849, and a weekly livestock sale is still held every Thursday.

Kestrelford has been twinned with Saint-Aubin-sur-Loire since 1974.

See also
 - List of market towns in England""",
        (
            expect("1040~", "settlement"),
            expect("1150?", "church"),
            expect("1227", "charter"),
            expect("1644", "besieg"),
            expect("1645", "slight"),
            expect("1760~", "town hall"),
            expect("1849", "railway"),
            expect("1974/..", "twin"),
        ),
    ),
    Text(
        "harbury-rovers-away-win",
        "sports report",
        date(2024, 9, 23),
        """Rovers end Ashcombe hoodoo as Okoye strikes twice

By Mark Pellow, Sports Reporter

Harbury Rovers beat Ashcombe Town 3-1 at the Quarry Ground on Saturday, their first league
win there for eight years. Rovers' last victory at the ground came in 2016, when a late
penalty settled a 1-0 game.

Striker Daniel Okoye, signed in August from Wexley United, scored either side of half-time
before captain Lee Marsh headed a third from a corner. Ashcombe's reply came from a
deflected shot in the 88th minute.

The crowd of 2,014 included the largest away following at the ground since 2009, according
to the home club.

Manager Sian Probert, who has been in charge of Rovers since January 2023, said: "The lads
worked all week for that. We train every Tuesday and Thursday night and you could see it."

Rovers host Millbrook on Wednesday in the second round of the county cup, with kick-off at
7.45pm. The county cup final is scheduled for 17 May 2025 at Eastfield.

Rovers: Hale; Brook, Marsh, Ndiaye, Carr; Fenn, Willis (Ahmed 71), Doyle; Price, Okoye
(Lund 84), Rees.""",
        (
            expect("2024-09-21", "beat"),
            expect("2016", "victory"),
            expect("2024-08", "sign"),
            expect("2023-01/..", "charge"),
            expect("2024-09-25", "host", planned=True),
            expect("2025-05-17", "final", planned=True),
        ),
    ),
    Text(
        "marston-vale-instruments",
        "company history",
        None,
        """Our history | Marston & Vale Instruments

A century of measurement

Marston & Vale Instruments was founded in 1921 by Arthur Marston and Edith Vale, who
repaired ships' barometers in a workshop behind Bedford station. Our best-known product, the
Model 1912 aneroid barometer, was in fact a design Arthur had bought from a retiring
instrument maker.

The business moved to a purpose-built factory at Kempston in 1938, and in 1946 it began
making flowmeters for the water industry.

From 1940 to 1945 the company supplied pressure gauges to the Royal Navy, and more than half
of its staff were women. The records of our first export order, to New Zealand, were lost in
a flood, but it was placed c. 1955.

Marston & Vale was listed on the London Stock Exchange in 1972. It has been part of the
Hartwell Group since 2003, and today employs over 1,500 people in four countries.

Marston & Vale Instruments Ltd. Registered in England No. 00174389.""",
        (
            expect("1921", "found"),
            expect("1938", "move"),
            expect("1946", "flowmeter"),
            expect("1940/1945", "navy"),
            expect("1955~", "export"),
            expect("1972", "list"),
            expect("2003/..", "hartwell"),
        ),
    ),
    Text(
        "lunar-pathfinder-mission",
        "mission summary",
        None,
        """Mission summary: Skadi Lunar Pathfinder

Agency: Nordic Space Agency (NSA) | Mission ID: NSA-2017-03 | Status: extended mission

Skadi Lunar Pathfinder is a small orbiter that maps water ice in permanently shadowed craters
near the Moon's south pole.

Key events

Skadi was launched on 14 March 2021 on a Vega-C rocket from Kourou, French Guiana. After a
low-energy transfer, the spacecraft entered lunar orbit on 2 April and settled into a polar
orbit at an altitude of 1,950 kilometres. The first images were returned two days later.

Contact was lost for 11 hours on 9 November 2022 after a software fault put the spacecraft in
safe mode; engineers restored it from the ground station at Kiruna.

The primary mission ended in March 2023, having mapped 92 percent of the target craters. The
extended mission is scheduled to end by 31 December 2026. A controlled impact near Shackleton
crater is planned for 2027.

Spacecraft: 180 kg, solar powered, three instruments (neutron spectrometer, thermal imager,
laser altimeter).

Last updated: 2 February 2025""",
        (
            expect("2021-03-14", "launch"),
            expect("2021-04-02", "orbit"),
            expect("2021-04-04", "image"),
            expect("2022-11-09", "contact"),
            expect("2023-03", "primary"),
            expect("../2026-12-31", "extended", planned=True),
            expect("2027", "impact", planned=True),
        ),
    ),
    Text(
        "housing-fund-statement",
        "government statement",
        None,
        """Written statement: Second phase of the Town Centre Homes Fund

Minister for Housing and Local Government | Published 12 November 2024

On Friday the cabinet approved a second phase of the Town Centre Homes Fund, with
GBP 180 million over three years.

The fund, in place since April 2019, helps councils bring empty shops and offices back into
use as homes. Some 4,300 homes were delivered under the first phase, completed around June
2023. This was the highest number of town centre conversions since 2008, and the first phase
came in under budget.

I met council leaders in Cardiff on 28 October to discuss how the second phase should work.
They asked for simpler rules and a longer funding period, and both are reflected in the new
scheme.

Applications will open on 6 January 2025. Councils are expected to submit their delivery plans
no later than 31 March 2025. Guidance will be published on the Welsh Government website, and
the scheme will continue to operate under the Housing (Wales) Act 2014.

Enquiries: Housing Division, 0300 555 0177 (Monday to Friday, 9am to 5pm).""",
        (
            expect("2024-11-08", "approve"),
            expect("2019-04/..", "fund"),
            expect("2023-06~", "phase"),
            expect("2024-10-28", "met"),
            expect("2025-01-06", "application", planned=True),
            expect("../2025-03-31", "plan", planned=True),
        ),
    ),
    Text(
        "eastmoor-museum-timeline",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Our story - Eastmoor Museum</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/story">Our story</a></nav>
<main>
<h1>Our story</h1>
<p class="intro">Opening times: Tuesday to Sunday, 10:00 to 17:00. Closed every Monday.</p>
<h2>Milestones</h2>
<ul class="timeline">
  <li><strong>1962</strong> The museum opened in the former grammar school on Castle Lane.</li>
  <li><strong>1971 to 1974</strong> The museum was closed for rebuilding after a fire in the
  west wing.</li>
  <li><strong>c. 1980</strong> The Harrowby family donated its collection of 1,400 clay pipes.</li>
  <li><strong>12 May 1995</strong> The Princess Royal visited the new textile gallery.</li>
  <li><strong>2001</strong> Entry has been free since 2001, thanks to a grant from the county
  council.</li>
  <li><strong>2008, 2015</strong> Major exhibitions on the moorland railways were staged in 2008
  and 2015.</li>
  <li><strong>2026</strong> The museum is scheduled to reopen on 1 March 2026 after roof
  repairs.</li>
</ul>
</main>
<footer>
<p>&copy; 2025 Eastmoor Museum Trust. Registered charity 1093482.</p>
<p>Page last updated 14 January 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1962", "open"),
            expect("1971/1974", "closed"),
            expect("1980~", "donat"),
            expect("1995-05-12", "visit"),
            expect("2001/..", "free"),
            expect("2008", "exhibition"),
            expect("2015", "exhibition"),
            expect("2026-03-01", "reopen", planned=True),
        ),
    ),
    Text(
        "bothnian-ice-weekly",
        "sea ice service's weekly summary",
        None,
        """BOTHNIAN ICE SERVICE
WEEKLY ICE SUMMARY - WEEK 7
Issued Friday 14 February 2025, 12:00 UTC

General situation
Cold northerly winds continued over the Gulf of Bothnia. Fast ice formed along the coast of
the northern Bay of Bothnia on Monday and now reaches 15 to 25 km offshore, with a thickness
of 35 to 50 cm.

Icebreaker activity
The icebreaker Otso began assisting traffic in the Bay of Bothnia on 9 February. Two
icebreakers are now in operation; vessels should report to ICEINFO on VHF channel 16.

Traffic restrictions
Restrictions for ports in the Bay of Bothnia have been in force since 27 January (minimum
ice class IA, 2000 tonnes deadweight). The restrictions for the ports of Kemi and Oulu will
be tightened on Tuesday to ice class IA, 4000 tonnes deadweight.

Outlook
With continued frost, the maximum ice extent of the season is expected around 25 February.
The extent is currently the smallest for the date since 2020. Last winter the Bay of
Bothnia froze over completely on 3 March 2024.

Ice charts are issued every Monday, Wednesday and Friday.

Duty forecaster: Ilkka Rautio | tel. +358 29 539 1000""",
        (
            expect("2025-02-10", "fast ice"),
            expect("2025-02-09", "otso"),
            expect("2025-01-27/..", "restriction"),
            expect("2025-02-18", "tighten", planned=True),
            expect("2025-02-25~", "extent", planned=True),
            expect("2024-03-03", "froze"),
        ),
    ),
    Text(
        "lantern-youth-theatre-history",
        "youth theatre's history",
        None,
        """About us: the Lantern Youth Theatre

The Lantern Youth Theatre was founded in 1979 by drama teacher Gwen Pryce, who gathered
fourteen teenagers in the hall of St Mark's Church on Fore Street. Its first production,
Toad of Toad Hall, was staged in December 1979 with costumes borrowed from the Women's
Institute.

The company moved into the old Corn Exchange in 1986, where it converted the grain store
into a 212-seat studio. Rehearsals still take place there every Saturday morning.

The Lantern took its work to the Edinburgh Festival Fringe in 1991, 1994 and 1997. Our
"Class of 1999" reunion last year brought back more than sixty former members, several of
them now working in television.

Artistic director Femi Adeyemi has led the company since 2012, and under him the Lantern has
added workshops for children aged eight to eleven. A new rehearsal studio, funded by a
lottery grant, is expected to open in 2026.

Registered charity no. 1025617. Membership is open to anyone aged 8 to 21.""",
        (
            expect("1979", "found"),
            expect("1979-12", "toad"),
            expect("1986", "corn exchange"),
            expect("1991", "fringe"),
            expect("1994", "fringe"),
            expect("1997", "fringe"),
            expect("2012/..", "adeyemi"),
            expect("2026", "studio", planned=True),
        ),
    ),
    Text(
        "tribunal-appeal-summary",
        "immigration tribunal's decision summary",
        None,
        """UPPER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)
Appeal Number: PA/04127/2023

DECISION SUMMARY
Decision and reasons promulgated on 20 September 2024

Background
The appellant is a national of Eritrea. He says that he was detained by the military in
about 2017 after refusing to report for national service, and that he escaped some months
later. He arrived in the United Kingdom on or about 12 June 2019 and claimed asylum on
3 July 2019.

The Secretary of State refused the claim on 18 January 2023. The First-tier Tribunal
dismissed the appellant's appeal in a decision dated 5 March 2024, finding his account of
detention not credible.

The hearing
We heard the appeal at Field House on 4 September 2024. The appellant relied on paragraph
339L of the Immigration Rules and on Article 3 ECHR. Counsel referred us to HJ (Iran) v
SSHD [2010] UKSC 31.

Decision
The First-tier Tribunal failed to consider the country guidance and gave no reasons for
rejecting the medical evidence. Its decision involved the making of an error of law and is
set aside. The appeal is remitted to the First-tier Tribunal and is scheduled to be heard
afresh on 14 January 2025 before a different judge.

Anonymity direction made.""",
        (
            expect("2017~", "detain"),
            expect("2019-06-12~", "arriv"),
            expect("2019-07-03", "asylum"),
            expect("2023-01-18", "refus"),
            expect("2024-03-05", "dismiss"),
            expect("2024-09-04", "heard"),
            expect("2025-01-14", "heard", planned=True),
        ),
    ),
    Text(
        "hochkogel-observatory-diary",
        "mountain observatory's weather diary",
        None,
        """HOCHKOGEL SUMMIT OBSERVATORY - STATION DIARY, JANUARY 2025
WMO station 11343 | altitude 2,140 m | observations every three hours, radiosonde daily at 12 UTC

Observer Petra Lind, on duty since 2 January, with technician Jonas Auer.

6 January. Heavy snowfall began overnight on a strong north-westerly flow; 48 cm of new snow
by evening. Visibility below 50 m all day.

8 January. A gust of 162 km/h was recorded at 04:20, the strongest at the summit since 2018.
The anemometer mast held, but the roof hatch on the west tower iced shut.

From 10 to 13 January the cable car was closed because of avalanche danger on the middle
section. We lived on tinned goulash.

14 January. Clear and very cold, minus 23.4 degrees C at dawn, the lowest January reading
since 2006. A supply helicopter landed at 11:00 with fuel, food and mail.

16 January. Calm. Snow depth at the measuring field 3.1 m.

The relief crew is expected on 20 January, weather permitting.""",
        (
            expect("2025-01-02/..", "duty"),
            expect("2025-01-06", "snow"),
            expect("2025-01-08", "gust"),
            expect("2025-01-10/2025-01-13", "cable car"),
            expect("2025-01-14", "helicopter"),
            expect("2025-01-20", "relief", planned=True),
        ),
    ),
    Text(
        "otters-winter-gala-results",
        "swimming club's gala results page in HTML",
        None,
        """<html>
<head><title>Winter Open Gala 2025 - Results | Riverside Otters SC</title></head>
<body>
<div class="post">
<h1>Winter Open Gala 2025: Results</h1>
<p class="meta">Posted on 10 February 2025 by the Club Secretary</p>
<p>Thank you to everyone who swam, timed and cheered at the Winter Open Gala, held on
Saturday 8 February at Riverside Pool. Ninety-four swimmers from nine clubs took part.</p>
<p>Ella Moss (15) broke the club 200m backstroke record with 2:19.45. The old record was set
by Jane Ward in 2012.</p>
<table class="results">
<tr><th>Event</th><th>Winner</th><th>Club</th><th>Time</th></tr>
<tr><td>200m Backstroke (15+)</td><td>Ella Moss</td><td>Riverside Otters</td><td>2:19.45</td></tr>
<tr><td>100m Freestyle (13-14)</td><td>Sam Kerr</td><td>Millbrook ASC</td><td>1:02.19</td></tr>
<tr><td>50m Butterfly (11-12)</td><td>Ruby Adjei</td><td>Riverside Otters</td><td>0:33.80</td></tr>
</table>
<h2>Coming up</h2>
<p>The County Championships will be held on 5-6 April at Millbrook Leisure Centre. Entries
must reach the secretary by 14 March.</p>
<p>The club was founded in 1931 and has trained at Riverside Pool since 1994. Squad sessions
run every Tuesday and Thursday from 6pm.</p>
</div>
<footer>Swim England affiliated club, licence no. 3LE-2025-117</footer>
</body>
</html>""",
        (
            expect("2025-02-08", "gala"),
            expect("2012", "record"),
            expect("2025-04-05/2025-04-06", "championship", planned=True),
            expect("../2025-03-14", "entries"),
            expect("1931", "found"),
            expect("1994/..", "riverside"),
        ),
    ),
    Text(
        "hollins-reservoir-dam",
        "water company's reservoir project release",
        date(2025, 5, 21),
        """MEDIA RELEASE
Pennine Water

Work starts to raise Hollins Reservoir dam

Work on raising the dam at Hollins Reservoir, near Todbury, began on Monday. The project will
add 2.5 metres to the height of the embankment and increase the reservoir's capacity by a
quarter, to about 1,740 megalitres.

Hollins Reservoir was opened in 1884 to supply the mill towns of the Calder valley. The
scheme to enlarge it was first proposed in 2019 and received planning consent in November
2024. It is due to be completed no later than December 2028.

Reservoir levels across the region have been below 60 percent since 2 April, after the
driest spring since 1976. Pennine Water says the larger reservoir will help protect supplies
in dry years.

The footpath along the northern shore will be closed from 2 June to 29 August while
contractors build a new access road. A diversion will be signed.

"This is the biggest investment in Hollins since the Victorians built it," said project
director Karen Ashworth.

The work is being carried out under the Reservoirs Act 1975, with a panel engineer
supervising every stage.

Ends

Ref: HR-2025-044
Press office: 0345 555 0193 | media@penninewater.example""",
        (
            expect("2025-05-19", "work"),
            expect("1884", "open"),
            expect("2019", "propos"),
            expect("2024-11", "consent"),
            expect("../2028-12", "complet", planned=True),
            expect("2025-04-02/..", "level"),
            expect("2025-06-02/2025-08-29", "footpath", planned=True),
        ),
    ),
    Text(
        "handball-cup-semi",
        "handball cup report",
        date(2025, 3, 10),
        """HANDBALL | CUP

Skovby into cup final after thriller

By Mette Lund

Skovby HK beat Aalborg West 31-29 in the men's cup semi-final on Sunday in front of 2,450
spectators, a late save by goalkeeper Rasmus Holt settling a tense second half.

Skovby, who won the cup in 2008, 2011 and 2014, trailed by three goals at half-time. Left
back Jonas Friis scored nine times, and Holt saved two penalties in the last five minutes.

It is the club's first final since 2014. Coach Anders Bech, in charge since 2021, praised his
young side: "We train every morning and every evening this week was about character."

In the quarter-final, on 22 February, Skovby knocked out the holders, Ribe-Esbjerg, after
extra time.

The final will be played on 19 April in Jyske Bank Boxen in Herning against
Bjerringbro-Silkeborg, who won the other semi-final 27-24.

Skovby HK: Holt, Friis 9, Kjaer 6, Lauritsen 5, Dahl 4, Mogensen 3, Vinther 2, Berg 2.""",
        (
            expect("2025-03-09", "semi-final"),
            expect("2008", "cup"),
            expect("2011", "cup"),
            expect("2014", "cup"),
            expect("2021/..", "bech"),
            expect("2025-02-22", "quarter-final"),
            expect("2025-04-19", "final", planned=True),
        ),
    ),
    Text(
        "court-closure-timetable",
        "justice ministry's court closure timetable",
        None,
        """Ministry of Justice
Court estate: closure timetable for the Northern region

Published 3 February 2025

The Lord Chancellor announced on Thursday that three court buildings in the Northern region
will close, following the public consultation that ran from 4 July to 26 September 2024.
This page sets out the timetable.

Alderbrook Magistrates' Court (court code 2314)
The building has been used as a court since 1862. It will close on 28 March 2025. The transfer
of its listings to Greyford Justice Centre is expected to be completed by 14 March 2025.

Netherby County Court (court code 1987)
Netherby County Court will close around June 2025, once its family work has moved to
Greyford. Users will be told the final sitting day at least eight weeks in advance.

Kingsmere Crown Court
Kingsmere Crown Court closed in 2019. Its building will be sold.

What this means for court users
Hearings already listed at Alderbrook after its closing day will be heard at Greyford. Court
counters at Greyford are open Monday to Friday, 10am to 4pm.

Contact: Northern Region Estates Team, 0300 555 0123, estates.north@justice.example""",
        (
            expect("2025-01-30", "announce"),
            expect("2024-07-04/2024-09-26", "consultation"),
            expect("1862/..", "court"),
            expect("2025-03-28", "close", planned=True),
            expect("../2025-03-14", "transfer", planned=True),
            expect("2025-06~", "netherby", planned=True),
            expect("2019", "kingsmere"),
        ),
    ),
    Text(
        "carnduff-linen-mill",
        "linen mill's history",
        None,
        """Carnduff's Mill, Ballyreagh: a short history

A scutch mill, where flax was beaten before spinning, stood on the site by 1790, powered by
the Owenreagh river.

James Carnduff, a Belfast merchant, built the five-storey spinning mill in 1834. According to
family tradition the first power looms arrived in 1852, though no record of their purchase
has been found. The mill burned in 1868 and was rebuilt two years later with iron columns
and brick floors.

At its peak, around 1910, the mill employed about 900 people and ran 14,000 spindles. Most
workers lived in the terraces of Mill Row, and the mill bell rang every morning at six.

Competition from cotton and man-made fibres took its toll after the Second World War. The
mill closed in March 1961, and the machinery was sold for scrap.

The restored buildings have housed the Ballyreagh Linen Heritage Centre since 1998. The
centre is open daily and holds a collection of 2,300 pattern books.

Listed building reference HB05/14/001.""",
        (
            expect("../1790", "scutch"),
            expect("1834", "built"),
            expect("1852?", "loom"),
            expect("1868", "burn"),
            expect("1870", "rebuilt"),
            expect("1910~", "employ"),
            expect("1961-03", "closed"),
            expect("1998/..", "heritage"),
        ),
    ),
    Text(
        "harbour-trust-annual-letter",
        "harbour trust's annual letter to members",
        None,
        """Port Carrick Harbour Trust
The Harbour Office, Quay Street, Port Carrick PA34 9QX

14 April 2025

Dear Member,

I am pleased to send you the Trust's annual report and accounts, and to thank all 1,120 of
you for your support during a busy year.

The new visitor pontoon was opened on 2 August last year by the Lord Lieutenant, and it
brought a record number of yachts into the harbour. The winter was harder. On 19 November a
storm drove heavy seas over the north wall and damaged forty metres of its parapet. Repairs
are expected to be finished by 30 June.

The inner basin was last dredged around 2016, and silt is again a problem at low water. The
trustees are seeking quotations and will report at the meeting.

The Trust has managed the harbour since 1897, and its finances remain sound. Mooring fees,
which fall due every 1 April, will rise by 3 percent.

The Annual General Meeting will be held on Saturday 17 May at 7pm in the Harbour Hall. I hope
to see as many of you there as possible.

Yours sincerely,

Fiona MacAulay
Chair of Trustees

Port Carrick Harbour Trust is a Scottish charity, SC012345. Tel 01852 555 210.""",
        (
            expect("2024-08-02", "pontoon"),
            expect("2024-11-19", "storm"),
            expect("../2025-06-30", "repair", planned=True),
            expect("2016~", "dredg"),
            expect("1897/..", "harbour"),
            expect("2025-05-17", "meeting", planned=True),
        ),
    ),
    Text(
        "gregson-bakers-history",
        "bakery chain's history",
        None,
        """Gregson's Bakers: our story

Gregson's began with one oven and one shop. Walter and Ada Gregson opened their first bakery
on Front Street, Tynemouth, in 1952, selling bread, stotties and the pies that are still
made to Ada's recipe.

By 1965 the family ran six shops across Tyneside. The central bakery in Gateshead opened in
1971, and the first shop outside the North East followed two years later, in Darlington.

The Gregsons' daughter Margaret took over the business around 1980 and introduced the
"Recipe 1955" sourdough, named after the year her father first tried it at home.

Since 2016 Gregson's has been owned by its employees through a trust, and every one of our
2,000-plus colleagues shares in the profits. Fresh pies come out of the ovens every morning
at seven, and every Friday is still pie day.

Gregson's plans to open its 100th shop in 2026.

Gregson's Bakers Ltd, company no. 00512377.""",
        (
            expect("1952", "open"),
            expect("../1965", "shop"),
            expect("1971", "central bakery"),
            expect("1973", "shop"),
            expect("1980~", "margaret"),
            expect("2016/..", "employee"),
            expect("2026", "100th", planned=True),
        ),
    ),
)
