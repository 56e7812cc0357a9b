"""A seventy-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
ministry's answer to a freedom-of-information request, a village history society newsletter,
a product recall notice, a mountain rescue incident log, a university department's HTML news
page, a charity's annual review, a trade union bulletin, a shipping line's schedule notice, an
art exhibition catalogue essay, a city council press statement and a local newspaper's 'on
this day' column). Facts whose date a reader could take two ways (a season, "late 1970s",
"next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYFIFTH_CORPUS",)

SEVENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Atlantic Wire) - Dockworkers at the port of Setubal walked
off the job on Monday, halting car exports and leaving at least 14 vessels waiting at anchor
in the Sado estuary, port officials said.

The stevedores' union SINPORT filed its pay claim on June 18, asking for a 9 percent rise
to offset inflation. Talks with the terminal operators broke down around July 10, and members
approved strike action in a ballot two weeks later.

It is the longest stoppage at the port since 1998, according to the union, which says
its members work 12-hour shifts every weekend during the export season.

Terminal operator Lusomar, which has run the car terminal under a concession since 2009,
said the claim was "unaffordable" and that it had offered 4.5 percent.

The labour ministry will convene both sides for mediation on Friday, a ministry spokeswoman
said. A second walkout is scheduled for October 21 if no deal is reached.

Carmaker Autoeuropa, whose plant at Palmela ships about 1,950 vehicles a week through
Setubal, said it had begun moving cars by rail to Lisbon.

The union's strike committee can be reached on +351 265 555 019.

(Reporting by Marta Quintela; Editing by Paul Hennessy)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-06-18", "claim"),
            expect("2024-07-10~", "talks"),
            expect("2024-07-24~", "ballot"),
            expect("2009/..", "concession"),
            expect("2024-10-11", "mediation", planned=True),
            expect("2024-10-21", "walkout", planned=True),
        ),
    ),
    Text(
        "lumetra-phase2-dosing",
        "press release",
        None,
        """PRESS RELEASE

Lumetra Biosystems doses first patient in Phase 2 trial of LMB-204 in chronic kidney disease

CAMBRIDGE, UK, 4 March 2025 -- Lumetra Biosystems plc (Nasdaq: LMTR), a clinical-stage
company developing RNA therapies for kidney disease, today announced that the first patient
was dosed in its Phase 2 FILTRA trial of LMB-204 on 24 February.

FILTRA will enrol about 180 patients at 40 sites in the UK, Germany and Poland. The company
completed enrolment of its Phase 1 study in November 2023 and reported safety data in June
2024. Top-line results from FILTRA are expected by June 2026.

"Dosing the first patient is a milestone for everyone who has worked on LMB-204 since we
spun out of the university," said Dr Helen Achterberg, Chief Executive Officer.

Lumetra was founded in 2016 as a spin-out of the University of Cambridge and has been listed
on Nasdaq since October 2021. It was named in the Cambridge Tech 2030 list of companies to
watch.

Lumetra will host a webcast for investors on Thursday 6 March at 14:00 GMT.

About Lumetra Biosystems
Lumetra Biosystems plc develops RNA medicines for diseases of the kidney. Its headquarters
are at 2019 Science Park Way, Cambridge.

Media contact: Sophie Lang, +44 1223 555 0190, media@lumetra.example
Ref: LMTR-PR-2025-07

Forward-looking statements: this release contains statements about future events that
involve risks and uncertainties.""",
        (
            expect("2025-02-24", "dose"),
            expect("2023-11", "enrol"),
            expect("2024-06", "safety"),
            expect("../2026-06", "result", planned=True),
            expect("2016", "found"),
            expect("2021-10/..", "list"),
            expect("2025-03-06", "webcast", planned=True),
        ),
    ),
    Text(
        "brisco-v-danforth",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE EIGHTH CIRCUIT

No. 23-4417

HAROLD BRISCO, Plaintiff - Appellant,
v.
DANFORTH LOGISTICS, INC., Defendant - Appellee.

Submitted: October 22, 2024
Filed: January 16, 2025

Before KELLER, ORTIZ, and WHITCOMB, Circuit Judges.

ORTIZ, Circuit Judge.

Harold Brisco sued his former employer under Title VII of the Civil Rights Act of 1964,
alleging that he was fired for complaining about racial slurs at the company's Omaha
warehouse. The district court granted summary judgment to Danforth on May 8, 2023. We
reverse.

I.

Danforth hired Brisco as a forklift operator in March 2014. Brisco says he first raised the
slurs orally with a shift supervisor in 2019, but no record of that conversation exists and
the date is disputed. On or about August 12, 2021, he complained in writing to the human
resources department. Danforth terminated him on September 30, 2021, citing three late
arrivals in the preceding 90 days.

Brisco filed a charge of discrimination with the EEOC on February 2, 2022, well within the
300-day period, and received a right-to-sue letter on November 14, 2022.

II.

We review a grant of summary judgment de novo. See Rule 56(a). The seven weeks between the
written complaint and the termination, together with the supervisor's remark that Brisco
"should have kept quiet," are enough for a reasonable jury to infer retaliation.

REVERSED and REMANDED.""",
        (
            expect("2023-05-08", "judgment"),
            expect("2014-03", "hire"),
            expect("2019?", "slur"),
            expect("2021-08-12~", "complain"),
            expect("2021-09-30", "terminat"),
            expect("2022-02-02", "charge"),
            expect("2022-11-14", "letter"),
        ),
    ),
    Text(
        "kilmorrow-history",
        "encyclopedia history",
        None,
        """Kilmorrow

History

Kilmorrow grew up around a Cistercian grange founded circa 1140 by monks from the abbey of
Dunleath. The grange passed to the Crown when the abbey was dissolved in 1538. The tower
house on the river bluff may have been rebuilt in 1460, although the surviving accounts
disagree and some historians place the work a generation later.

The town received a market charter in 1604, and the stone bridge over the Morrow was rebuilt
the following year. A market is still held in the square every Thursday. The lower town,
built on the flood plain, was inundated in 1872, 1881 and 1895, and is now protected by an
embankment built under the Kilmorrow Improvement Act 1899.

The railway reached Kilmorrow in 1857, and the woollen mills that grew up beside the station
employed about 1,860 people at their peak. Kilmorrow's population has been in decline since
1921 and stood at 4,180 at the most recent census.

See also: Dunleath Abbey; Morrow Valley Railway.""",
        (
            expect("1140~", "grange"),
            expect("1538", "dissolv"),
            expect("1460?", "tower"),
            expect("1604", "charter"),
            expect("1605", "bridge"),
            expect("1872", "inundat"),
            expect("1881", "inundat"),
            expect("1895", "inundat"),
            expect("1921/..", "population"),
        ),
    ),
    Text(
        "rovers-clinch-title",
        "sports report",
        date(2025, 5, 12),
        """FOOTBALL | NATIONAL LEAGUE NORTH

Rovers clinch title with a game to spare

By Callum Reid, Sports Reporter

Harbury Rovers are champions. A 3-1 win over Ashcombe Town at Millfield Park on Sunday sealed
their first league title since 1987 and promotion to the National League.

Striker Dele Amankwah, signed from Ferrybridge in January, scored twice before half-time to
take his season's tally to 27. The 24-year-old had announced himself with a hat-trick against
Dunmore on April 5 and has not stopped scoring since.

Manager Petra Lind, in charge since November 2022, said: "Three years ago we were
fighting relegation. These players have earned every bit of this."

A crowd of 2,016, the biggest at Millfield Park this season, stayed long after the final
whistle. Rovers play their home games on Saturday afternoons and the club sells out its
1,500-capacity Main Stand most weeks.

Rovers will be presented with the trophy before their last home game on Saturday. The final
round of the season is scheduled for May 24, when Rovers travel to Kenton.

Ashcombe, who sacked their manager in March, remain two points above the relegation places.

Harbury Rovers: Okafor; Dunne, Mills, Keane, Pratt; Varley, Sowerby (Hale 71), Byrne;
Amankwah (Tait 80), Lowe, Gilchrist.""",
        (
            expect("2025-05-11", "title"),
            expect("2025-01", "sign"),
            expect("2025-04-05", "hat-trick"),
            expect("2022-11/..", "lind"),
            expect("2025-05-17", "trophy", planned=True),
            expect("2025-05-24", "round", planned=True),
            expect("2025-03", "sack"),
        ),
    ),
    Text(
        "harwell-finch-history",
        "company history",
        None,
        """HARWELL & FINCH LTD
Our history

Harwell & Finch was founded in 1923 by Agnes Harwell, a saddler's daughter, in a rented
workshop behind the Corn Exchange in Leeds. The firm began making bicycle saddles around
1930, and its Model 1895 touring saddle became a best-seller.

In 1948 the company moved to larger premises on Halton Road, and it opened a second factory
in Bradford in 1955. Harwell & Finch first exported saddles to Canada in 1961 and expanded
into Australia the following year.

Agnes's grandson Peter Finch became managing director in 1979. Since 2004 the company has
been owned by the Finch Family Trust, which reinvests its profits in the business and in
apprenticeships.

Production of the leather saddle tops had moved entirely to our partner workshop in
Guimaraes, Portugal, by 2012, while frames are still welded in Bradford. Today we employ 140
people and make about 2,300 saddles a week.

Visit our factory shop: Unit 4, Halton Road, Leeds LS9 0DJ. Open Monday to Saturday.
Telephone 0113 496 0823.""",
        (
            expect("1923", "found"),
            expect("1930~", "saddle"),
            expect("1948", "move"),
            expect("1955", "factory"),
            expect("1961", "canada"),
            expect("1962", "australia"),
            expect("1979", "director"),
            expect("2004/..", "own"),
            expect("../2012", "portugal"),
        ),
    ),
    Text(
        "pallas-mission-summary",
        "mission summary",
        None,
        """PALLAS EXPLORER - MISSION SUMMARY

Mission ID: ESX-2031 | Status: cruise phase | Last updated: 3 February 2025

Overview
Pallas Explorer is a 2,040 kg robotic spacecraft that will study the near-Earth asteroid
2019 KR14, a body about 480 metres across. The mission was approved by the agency's science
committee in 2017.

Mission timeline
- Launch: the spacecraft was launched on 14 September 2023 aboard an Ariane 6 from Kourou.
- Commissioning: thruster tests were conducted from 3 to 14 January 2024.
- Anomaly: the infrared spectrometer has been switched off since March 2024, after a cooler
  fault; engineers are studying a restart.
- Earth flyby: the spacecraft swung past Earth on 2 October 2024 at an altitude of 3,100 km.
- Mars flyby: a gravity-assist flyby of Mars is scheduled for 11 February 2026.
- Arrival: rendezvous with 2019 KR14 is expected around July 2027.

Operations
The spacecraft is contacted by the Malargue ground station every Tuesday and Friday for
tracking passes of eight hours. Data are released to the public six months after receipt.

Contact: Pallas Explorer project office, ops-pallas@agency.example""",
        (
            expect("2017", "approv"),
            expect("2023-09-14", "launch"),
            expect("2024-01-03/2024-01-14", "thruster"),
            expect("2024-03/..", "spectrometer"),
            expect("2024-10-02", "earth"),
            expect("2026-02-11", "mars", planned=True),
            expect("2027-07~", "rendezvous", planned=True),
        ),
    ),
    Text(
        "rental-standards-statement",
        "government statement",
        None,
        """Department for Housing and Communities
Statement: Raising standards in the private rented sector
Published 17 June 2025

The Minister for Housing, Aisling Moran, met the leaders of the 26 local housing authorities
on Monday to discuss enforcement of the Rental Standards Act 2019.

Since 1 April 2024, every new private tenancy has had to be registered online with the
Tenancy Registry. Inspections carried out between January and May 2025 found that one
property in five still failed at least one minimum standard. Complaints to the Registry rose
to 7,412 last year, the highest number since 2016.

The public consultation on revised standards closed on 28 February and received 3,190
responses.

The revised minimum standards, including requirements on damp and ventilation, will come into
force on 1 October 2025. Each local authority must submit an enforcement plan to the
Department no later than 31 August 2025.

The Minister said: "Tenants are entitled to a safe and warm home. These measures will help
councils act where landlords do not."

Tenants can contact the Registry helpline, open every weekday from 9am to 5pm, on
0800 555 0147.

ENDS

Notes for editors: the Department publishes tenancy statistics every quarter.""",
        (
            expect("2025-06-16", "leader"),
            expect("2024-04-01/..", "regist"),
            expect("2025-01/2025-05", "inspection"),
            expect("2024", "complaint"),
            expect("2025-02-28", "consultation"),
            expect("2025-10-01", "standard", planned=True),
            expect("../2025-08-31", "plan", planned=True),
        ),
    ),
    Text(
        "harrow-museum-news",
        "HTML page (a list or news page with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harrow Museum</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a></nav>
<h1>Museum news</h1>
<ul class="news-list">
  <li>
    <time datetime="2025-05-12">12 May 2025</time>
    <h2><a href="/news/east-wing">East Wing reopens</a></h2>
    <p>The East Wing, closed for roof repairs in October 2022, reopened to visitors on
    12 May. The new roof was funded by a grant of &pound;1,350,000.</p>
  </li>
  <li>
    <time datetime="2025-04-28">28 April 2025</time>
    <h2><a href="/news/harrow-hoard">The Harrow Hoard comes home</a></h2>
    <p>The Harrow Hoard, found by a metal detectorist in 1994, will be shown in the
    museum from 3 June to 31 August 2025. Free guided tours run every Wednesday at 2pm.</p>
  </li>
  <li>
    <time datetime="2025-04-02">2 April 2025</time>
    <h2><a href="/news/volunteers">Volunteer open day</a></h2>
    <p>A volunteer open day is scheduled for Saturday 14 June. Our caf&eacute;, run by
    Bramble &amp; Co. since 2018, will serve refreshments.</p>
  </li>
</ul>
<footer>
  <p>&copy; 2025 Harrow Museum Trust. Registered charity no. 1092231.</p>
  <p>Page last updated 14 May 2025.</p>
</footer>
</body>
</html>""",
        (
            expect("2022-10", "close"),
            expect("2025-05-12", "reopen"),
            expect("1994", "found"),
            expect("2025-06-03/2025-08-31", "hoard", planned=True),
            expect("2025-06-14", "open day", planned=True),
            expect("2018/..", "bramble"),
        ),
    ),
    Text(
        "foi-flood-review",
        "ministry's answer to a freedom-of-information request",
        None,
        """Ministry of Environment and Water
Freedom of Information Unit
PO Box 4410, Wellford WF1 2AB

Our ref: FOI2025/04417
Date: 9 April 2025

Dear Ms Okonjo,

Request for information: independent review of river flood defences

Thank you for your request of 11 March, in which you asked for a copy of the independent
review of river flood defences and for correspondence about it.

I can confirm that the Ministry holds the information. The Ministry commissioned the review
from Halden Engineering Consultants in June 2023. A pilot scheme of temporary barriers, which
the review assessed, ran from 1 July to 30 November 2023. The consultants delivered their
final report on or about 15 January 2024.

The report itself is being withheld under section 22 of the Freedom of Information Act 2000
(information intended for future publication). The Ministry intends to publish the report by
the end of September 2025. A similar request was answered on 3 February, and that response is
available in our disclosure log.

Ministers receive progress updates on flood defences every quarter; the relevant extracts are
enclosed, with personal data redacted.

If you are unhappy with this response you may ask for an internal review within 40 working
days. You may also complain to the Information Commissioner on 0303 555 0100.

Yours sincerely,

R. Castellan
Information Rights Officer""",
        (
            expect("2025-03-11", "request"),
            expect("2023-06", "commission"),
            expect("2023-07-01/2023-11-30", "pilot"),
            expect("2024-01-15~", "report"),
            expect("../2025-09", "publish", planned=True),
            expect("2025-02-03", "answer"),
        ),
    ),
    Text(
        "upper-brackley-newsletter",
        "village history society newsletter",
        date(2024, 9, 20),
        """UPPER BRACKLEY HISTORY SOCIETY
Newsletter No. 58 - Autumn 2024

From the Chair

On Saturday, twenty-two members walked the old parish boundary from Gallows Lane to the
Ouse ford, following the route recorded in the 1771 Enclosure Map. Our thanks to the
Redmans for the tea at Crook Farm.

Bells and schools

The church bells, we now know, were recast in 1786 by the Whitechapel foundry; the invoice
turned up in the county record office this summer. The village school, built around 1852,
closed in 1969 and is now the Reading Room, where we meet on the second Tuesday of every
month.

The mill pond

Sam Ashby thinks the mill pond may have been dug in 1612, though he admits that this is far
from certain.

Thanks

Mrs Joan Pell has looked after the society's archive since 1991. Anyone with photographs of
the village before 1950 is asked to contact her.

Next talk

Our next talk, "Fields and Hedges: the Brackley enclosure", will be given by Dr Ruth Haines
on Tuesday 8 October at 7.30pm in the Reading Room.

Membership: GBP 8 a year. Secretary: Tom Ingle, 01280 555 314.""",
        (
            expect("2024-09-14", "walk"),
            expect("1786", "bell"),
            expect("1852~", "school"),
            expect("1969", "close"),
            expect("1612?", "pond"),
            expect("1991/..", "archive"),
            expect("2024-10-08", "talk", planned=True),
        ),
    ),
    Text(
        "kettlepro-recall",
        "product recall notice",
        None,
        """PRODUCT RECALL NOTICE
Brightwell Kitchens Ltd - KettlePro 3000 cordless kettle
Date of notice: 22 July 2025 | Ref: BK-RC-0725

Brightwell Kitchens is recalling the KettlePro 3000 cordless kettle (batch codes 2411 to
2419) because the base connector can overheat and, in rare cases, melt.

The affected kettles were sold between 1 March and 30 June 2025 by Brightwell stores and
online retailers. The KettlePro range has been sold in the UK since 2019; other batches and
models are not affected.

The fault was first reported to us by a customer on 9 July. We stopped selling the product
two days later, and have since received 38 further reports. No injuries have been reported.

What you should do
Stop using the kettle immediately and unplug the base. Return the product to any Brightwell
store, or request a free collection, no later than 31 December 2025 for a full refund.
Replacement units are expected to ship on 4 August to customers who prefer a replacement.

The product was tested to standard EN 60335 and is rated at 3,000 watts.

Contact
Freephone 0800 555 2025 (8am to 8pm, every day)
recall@brightwell.example

We apologise to our customers for the inconvenience.""",
        (
            expect("2025-03-01/2025-06-30", "sold"),
            expect("2019/..", "range"),
            expect("2025-07-09", "report"),
            expect("2025-07-11", "stop"),
            expect("../2025-12-31", "return", planned=True),
            expect("2025-08-04", "ship", planned=True),
        ),
    ),
    Text(
        "kessdale-rescue-log",
        "mountain rescue incident log",
        None,
        """KESSDALE MOUNTAIN RESCUE TEAM
Incident log, March 2025

Incident 41/25 - Saturday 15 March
Called out at 14:20 by Cumbria Police to a walker with a lower leg injury on the Blea Crag
path, grid ref NY 2345 1078. Casualty splinted and stretchered to the road head. 14 team
members, 4 hours 40 minutes.

Incident 42/25 - 19 March
Search for an overdue fell runner on Kess Fell. Found safe near Long Tarn shortly after
midnight. 21 team members.

Incident 43/25 - 23 March
Two walkers cragfast on Raven Buttress. Both lowered to safety. The team was stood down
at 19:05.

Team notes
A rockfall on 4 February damaged the upper Blea Crag path; the lower path has been closed
since 10 February and walkers are still being found on it.

The team's new Land Rover Defender will enter service on 1 April.

The team, founded in circa 1962 by members of the Kessdale climbing club, now attends about
90 incidents a year. Training takes place every Wednesday evening at the base.

Donations: Kessdale MRT, registered charity 1051962.""",
        (
            expect("2025-03-15", "walker"),
            expect("2025-03-19", "search"),
            expect("2025-03-23", "cragfast"),
            expect("2025-02-04", "rockfall"),
            expect("2025-02-10/..", "path"),
            expect("2025-04-01", "land rover", planned=True),
            expect("1962~", "found"),
        ),
    ),
    Text(
        "earth-sciences-news",
        "university department's news page in HTML",
        None,
        """<html>
<head><title>News - Department of Earth Sciences - University of Northmoor</title></head>
<body>
<div id="header"><a href="/earth">Department of Earth Sciences</a> &raquo; News</div>
<div class="news-item">
  <h2>Royal Society fellowship for Dr Anika Rao</h2>
  <p class="meta">Posted on 3 February 2025 by Comms Team</p>
  <p>Dr Anika Rao has been awarded a Royal Society University Research Fellowship for her
  work on glacial sediments. The award was announced on 30 January and will be presented at
  a ceremony in London on 12 March.</p>
  <p>Professor Tom Ellery, who joined the department in 1998, will retire on 31 July 2025.</p>
</div>
<div class="news-item">
  <h2>Drilling team back from Antarctica</h2>
  <p class="meta">Posted on 20 January 2025 by Comms Team</p>
  <p>The department's ice-drilling expedition returned to Northmoor on Friday after
  eleven weeks on the Ross Ice Shelf. The team reached a depth of 1,987 metres.</p>
  <p>Samples will be analysed at the Skye field station, which the department has operated
  since 1974.</p>
</div>
<div class="news-item">
  <h2>MSc Geohazards: applications open</h2>
  <p class="meta">Posted on 6 January 2025 by Admissions</p>
  <p>Applications for September entry must be submitted by 30 April 2025.
  Open seminars are held every Friday at 4pm in Room 2.019.</p>
</div>
<div id="footer">University of Northmoor | Tel 01904 555 2200 | Last modified: 4 February 2025</div>
</body>
</html>""",
        (
            expect("2025-01-30", "award"),
            expect("2025-03-12", "ceremony", planned=True),
            expect("1998", "join"),
            expect("2025-07-31", "retire", planned=True),
            expect("2025-01-17", "return"),
            expect("1974/..", "station"),
            expect("../2025-04-30", "application", planned=True),
        ),
    ),
    Text(
        "larder-trust-review",
        "charity's annual review",
        None,
        """THE OPEN LARDER TRUST
Annual Review 2023-24

A message from our Chief Executive

This has been the busiest year in our history, and the busiest for food banks in the region
since 2008. Between April 2023 and March 2024 we supported 2,019 families, a third more
than the year before.

Our founder, Margaret Oyelaran, started the charity in 1997 with a cupboard of tins in her
kitchen in Pontefract. In May 2023 we opened our third food hub, in Castleford, and we aim
to open a fourth by March 2025.

Between October 2023 and February 2024 our winter appeal raised GBP 182,000, our largest
appeal total ever. Volunteers sort donations every Monday and Thursday at the Pontefract
warehouse.

We have been accredited by the Food Standards Partnership since 2015, and in November 2023
we passed our re-accreditation audit with no actions.

Our chair, Dev Khanna, stepped down in January 2024 after nine years, and we thank him for
his leadership.

Thank you to everyone who gave time, food or money.

Registered charity no. 1187654 | 12 Ropewalk, Pontefract WF8 1AA""",
        (
            expect("2023-04/2024-03", "support"),
            expect("1997", "oyelaran"),
            expect("2023-05", "hub"),
            expect("../2025-03", "fourth", planned=True),
            expect("2023-10/2024-02", "appeal"),
            expect("2015/..", "accredit"),
            expect("2023-11", "audit"),
            expect("2024-01", "khanna"),
        ),
    ),
    Text(
        "heathfield-branch-bulletin",
        "trade union bulletin",
        None,
        """TRANSPORT AND DEPOT WORKERS' UNION
Heathfield Branch 14 - Bulletin No. 212 - 7 November 2025

PAY DEAL ACCEPTED

Members voted on Wednesday to accept the company's revised pay offer by 612 votes to 203.
The ballot ran from 20 October to 4 November, with a turnout of 71 per cent.

The dispute began in June, when management tabled cuts to overtime rates and shift
allowances. After two one-day stoppages, the company withdrew the cuts and improved its offer
to 5.2 per cent.

The new rates will take effect on 1 January, and back pay will be included in members' next
wage run. The deal replaces the 2022 Agreement in full.

Our branch has been recognised by the company at the Heathfield depot since 1986, and
this result shows why recognition matters.

BRANCH AGM
The branch AGM will be held on Thursday 27 November at 6pm in the Railway Club. Branch
meetings are held on the first Monday of every month.

HARDSHIP FUND
Members facing difficulty can call the branch office on 0161 555 7720.

Published by Heathfield Branch 14, TDWU, 40 Mill Street, Heathfield.""",
        (
            expect("2025-11-05", "vote"),
            expect("2025-10-20/2025-11-04", "ballot"),
            expect("2025-06", "dispute"),
            expect("2026-01-01", "rate", planned=True),
            expect("1986/..", "recognis"),
            expect("2025-11-27", "agm", planned=True),
        ),
    ),
    Text(
        "nordsea-schedule-notice",
        "shipping line's schedule notice",
        None,
        """NORDSEA LINES
Schedule Notice 2025/17 - Issued 2 December 2025
Route: Aberdeen - Lerwick - Bergen

1. Weather cancellations
Sailings in both directions were cancelled on Sunday because of Storm Elin. Passengers
booked on the cancelled sailings have been transferred to later departures.

2. Dry-docking of MV Kestrel Bay
MV Kestrel Bay will be withdrawn from service for her annual dry-docking in Gdansk from
6 to 27 January 2026. During this period the route will be operated by MV Solveig, with
reduced freight capacity. Bookings for the dry-docking period must be changed by
20 December.

3. Timetable
The winter timetable, in force since 26 October, remains valid. Sailings depart Aberdeen
every Tuesday and Friday at 18:00.

4. Tromso extension
The new extension of the route to Tromso is expected to open around April 2026, subject to
port approvals.

Nordsea Lines has sailed between Aberdeen and Bergen since 1978.

Reservations: +47 55 55 20 26 | Booking references have the form NS-2026-0000.""",
        (
            expect("2025-11-30", "cancel"),
            expect("2026-01-06/2026-01-27", "dry-dock", planned=True),
            expect("../2025-12-20", "booking", planned=True),
            expect("2025-10-26/..", "timetable"),
            expect("2026-04~", "extension", planned=True),
            expect("1978/..", "sail"),
        ),
    ),
    Text(
        "varga-catalogue-essay",
        "art exhibition catalogue essay",
        None,
        """ILSE VARGA: THE BLUE HOURS
Catalogue essay

Light on the Water: Ilse Varga and the Harbour

by Miriam Achebe

Born in Szeged in 1908, Ilse Varga trained first as a textile designer. She moved to Paris
around 1931 and, within five years, had abandoned pattern for paint. Her first solo
exhibition, at the Galerie Roux in 1936, was reviewed warmly, and she showed again at the
Galerie Roux in 1938. Her palette owes much to the 1925 Exposition des Arts
Decoratifs, which she knew only from photographs.

The series Blue Hours was perhaps begun in 1944; the dating is uncertain, since Varga
destroyed her notebooks from the war years. She had settled in London by 1950, and the
harbours of the Thames estuary replaced those of Normandy in her work.

Varga died in 1987, largely forgotten. This exhibition, the first retrospective since 1989,
brings together 64 works from public and private collections.

Plate 4: Harbour at Dusk, 1952. Oil on canvas, 61 x 76 cm. Private collection.
Plate 5: Blue Hour, Gravesend, c. 1955. Oil on board, 40 x 50 cm.""",
        (
            expect("1908", "born"),
            expect("1931~", "paris"),
            expect("1936", "exhibition"),
            expect("1938", "roux"),
            expect("1944?", "blue hours"),
            expect("../1950", "london"),
            expect("1987", "die"),
        ),
    ),
    Text(
        "victoria-baths-statement",
        "city council press statement",
        None,
        """HARBOURGATE CITY COUNCIL
Press statement
Issued: Thursday 13 February 2025

Council approves GBP 14.2m plan to bring Victoria Baths back into use

The Council's Cabinet agreed on Tuesday to restore the Grade II listed Victoria Baths on
Dock Road as a public swimming pool and community centre.

The baths opened in 1904 and have been closed since 2016 because of structural faults in
the roof of the main pool hall. The scheme is the council's largest investment in
leisure since 1999 and forms part of its 2030 Net Zero Plan, with heat pumps replacing the
original coal boilers.

Work will begin in September, and the restoration is expected to be completed by December
2027.

A public drop-in event, where residents can see the plans and meet the architects, will take
place at the Town Hall on Saturday 1 March from 10am to 2pm.

Councillor Nadia Frost, Cabinet Member for Culture and Leisure, said: "The Victoria Baths
have been part of Harbourgate life for generations."

ENDS

Media enquiries: press@harbourgate.example | 01632 960 2025
Notes to editors: Cabinet meets every second Tuesday. Minutes are published online.""",
        (
            expect("2025-02-11", "cabinet"),
            expect("1904", "open"),
            expect("2016/..", "close"),
            expect("2025-09", "work", planned=True),
            expect("../2027-12", "complet", planned=True),
            expect("2025-03-01", "drop-in", planned=True),
        ),
    ),
    Text(
        "gazette-on-this-day",
        "local newspaper's 'on this day' column",
        date(2025, 8, 14),
        """ON THIS DAY
From the Marden Gazette archive, compiled by Eileen Marsh

100 YEARS AGO - 1925
The new clock on the Corn Exchange was started at noon today by the Mayor, Alderman
Thomas Budd, before a crowd of several hundred. The clock, made by Potts of Leeds, cost
GBP 1,140 and was paid for by public subscription.

75 YEARS AGO - 1950
Fire destroyed the Regal cinema on Quay Street in the early hours of today. The Regal had
opened in 1937 and was the town's largest picture house, seating 1,250. The owners
promised last night that it would be rebuilt. (It reopened two years later.)

50 YEARS AGO - 1975
Marden's swimmers brought home six medals from the county championships, held at
Scarsby last Saturday.

25 YEARS AGO - 2000
The Marden bypass opened to traffic this morning, ending thirty years of campaigning. Work on
the 4.2-mile road began in March 1998.

The Gazette's archive can be searched every weekday at Marden Library. Tel 01947 555 1925.""",
        (
            expect("1925-08-14", "clock"),
            expect("1950-08-14", "regal"),
            expect("1937", "open"),
            expect("1952", "reopen"),
            expect("1975-08-09", "championship"),
            expect("2000-08-14", "bypass"),
            expect("1998-03", "work"),
        ),
    ),
)
