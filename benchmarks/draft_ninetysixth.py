"""A ninetysixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
antarctic station's season log, a canal restoration society newsletter, an employment tribunal
judgment summary, a record label's artist biography, a football stadium's history in HTML, a
data breach notification, a rowing regatta report, a pension fund's annual statement, a
castle's guidebook history, a road closure notice and a vineyard's vintage notes). Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETYSIXTH_CORPUS",)

NINETYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "shipyard-strike",
        "wire story with a dateline",
        None,
        """PORTO, Portugal, Oct. 9, 2024 (Atlantic News Service) - Some 2,150 workers at the
Lusomar shipyard walked out on Monday over a restructuring plan that would cut a fifth of the
yard's jobs, the biggest stoppage at a Portuguese yard since 1989.

The metalworkers' union filed its notice of strike on September 23, after three rounds of
talks with management failed. Union leader Carla Veloso said pickets would stay at the gates
"as long as it takes". Strikers meet at the main gate every Thursday to vote on the action.

Talks with the company will resume on Friday in Lisbon, the labour ministry said.

The yard, which was founded around 1937 to repair fishing trawlers, has been under Spanish
ownership since 2017, when the Galician group Astilleros Mendaña bought it out of
insolvency. It builds patrol vessels for the navy under the 2030 naval programme and
employs about 3,400 people in the region.

Mendaña said in a statement that the first of two frigates ordered by the navy would be
delivered no later than March 2026 despite the strike. Defence officials declined to comment.

(Reporting by Tiago Nunes; Editing by Helen Marsh; story no. 2024-1009-PT;
newsdesk +351 22 555 0144)""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "notice"),
            expect("2024-10-11", "talks", planned=True),
            expect("1937~", "found"),
            expect("2017/..", "ownership"),
            expect("../2026-03", "frigate", planned=True),
        ),
    ),
    Text(
        "battery-recycling-plant",
        "press release",
        None,
        """PRESS RELEASE

Hamburg, 4 March 2025

Nordvolt Recycling starts trial operations at Elbe battery plant

Nordvolt Recycling GmbH today announced that its battery recycling plant in
Hamburg-Billbrook began trial operations on 17 February. The plant will recover lithium,
nickel and cobalt from up to 2,400 tonnes of used batteries a year, in line with EU Battery
Regulation 2023/1542.

Construction of the plant started in May 2023, four months after the environmental permit was
granted in January 2023. The plant is scheduled to reach full capacity in September 2025.

"This is the largest investment in our history," said chief executive Dr. Anke Brösel.
Nordvolt, founded in 2009 as a scrap metal trader, has supplied recovered nickel to the
carmaker Nordwerk since 2016.

Residents are invited to a public open day, which will take place on Saturday, 22 March, from
10 am to 4 pm. Guided tours of the sorting hall run every Monday for school groups.

About Nordvolt Recycling
Nordvolt Recycling GmbH employs 310 people at three sites in northern Germany.

Press contact: Jana Wittek, +49 40 5550 1234, presse@nordvolt.example
Last updated: 4 March 2025""",
        (
            expect("2025-02-17", "trial"),
            expect("2023-05", "construction"),
            expect("2023-01", "permit"),
            expect("2025-09", "capacity", planned=True),
            expect("2009", "found"),
            expect("2016/..", "suppl"),
            expect("2025-03-22", "open day", planned=True),
        ),
    ),
    Text(
        "harlow-v-brightline",
        "court opinion",
        None,
        """UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

DENISE HARLOW, Plaintiff,
v.
BRIGHTLINE LOGISTICS, INC., Defendant.

Civil Action No. 1:23-cv-04471
Filed 06/12/24

MEMORANDUM OPINION

Plaintiff Denise Harlow brings this action under Title VII of the Civil Rights Act of 1964,
42 U.S.C. § 2000e et seq. Before the Court is Defendant's motion for summary judgment.

I. BACKGROUND

Brightline hired Plaintiff as a dispatcher on or about March 3, 2019. On January 14, 2022,
Defendant terminated her employment, citing repeated scheduling errors. Plaintiff filed a
charge of discrimination with the EEOC on July 8, 2022, and the agency issued a right-to-sue
notice about two months later. She filed her complaint in this Court on December 1, 2022.

Under the scheduling order, fact discovery was to close no later than October 31, 2023.
Defendant moved for summary judgment on November 20, 2023, and Plaintiff opposed.

II. STANDARD

Summary judgment is appropriate where there is no genuine dispute as to any material fact.
Fed. R. Civ. P. 56(a); see Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986).

III. DISCUSSION

Plaintiff has produced evidence that two male dispatchers with comparable error rates were
not disciplined. Defendant's own records, produced as Exhibit 12, show that at least 1,964
dispatch entries were corrected by supervisors without any warning being issued. A reasonable
jury could find Defendant's stated reason to be pretext.

IV. CONCLUSION

For these reasons, Defendant's motion for summary judgment is DENIED. An appropriate order
follows.

/s/ Margaret O. Ellison
United States District Judge""",
        (
            expect("2019-03-03~", "hire"),
            expect("2022-01-14", "terminat"),
            expect("2022-07-08", "charge"),
            expect("2022-09~", "notice"),
            expect("2022-12-01", "complaint"),
            expect("../2023-10-31", "discovery"),
            expect("2023-11-20", "summary"),
        ),
    ),
    Text(
        "keldermark",
        "encyclopedia history",
        None,
        """Keldermark

Keldermark is a market town on the river Aue, at an elevation of 312 m. It has a population of
14,220.

History

The settlement is first mentioned in a charter of 1183, in which the bishop of Verden granted
its mill to the canons of St. Anne. It received town rights circa 1290 and grew rich on the
salt trade. The Franciscan friary was perhaps dissolved in 1536, although the surviving
records do not agree on the year.

A fire destroyed most of the timber houses in 1542, the worst disaster in the town's history
until the bombing raids of the Second World War. The town hall and the market square had been
rebuilt in stone by 1560.

The railway from Verden reached Keldermark in 1871, and a station with a goods yard was opened
the following year. Several tanneries moved close to the line.

After the Second World War the town took in large numbers of refugees. It has been the seat of the
Keldermark district since 1952.

Culture

The Salt Market, held every August, draws visitors from across the region. The museum in the
former friary shows a model of the town as it stood around the year 1600, built at a scale of
1:250.""",
        (
            expect("1183", "charter"),
            expect("1290~", "rights"),
            expect("1536?", "dissol"),
            expect("1542", "fire"),
            expect("../1560", "rebuil"),
            expect("1871", "railway"),
            expect("1872", "station"),
            expect("1952/..", "seat"),
        ),
    ),
    Text(
        "harbour-rfc-cup",
        "sports report",
        date(2024, 9, 16),
        """RUGBY | Harbour claim Shield as Okafor kicks late winner

By Owen Pryce, Rugby Correspondent

Harbour RFC won the Western Shield on Sunday, beating Coldbrook 23-21 in front of a crowd of
6,418 at the Quay Ground, their first title since 2008.

Fly-half Daniel Okafor, who joined the club in 2019 from the Ospreys academy, kicked a
penalty from 42 metres with two minutes left. It was his best kicking display since 2016, when
he was still at school.

Captain Rhys Bowen, back after he was injured on August 30 against Tenby, led the pack. "We
train every Tuesday and Thursday night in the rain for days like this," he said.

Head coach Alana Griffiths, in charge since March 2022, has rebuilt a side that finished
bottom of the 2021-22 league.

Harbour will face Llanelli Wanderers on Saturday in the first round of the Cup. The Cup final
is scheduled for 12 October at the national stadium, with the winners going through to the
2027 Celtic Trophy qualifiers.

Result: Harbour 23 (Bowen try; Okafor 6 pen) Coldbrook 21.""",
        (
            expect("2024-09-15", "shield"),
            expect("2019", "join"),
            expect("2024-08-30", "injur"),
            expect("2022-03/..", "coach"),
            expect("2024-09-21", "face", planned=True),
            expect("2024-10-12", "final", planned=True),
        ),
    ),
    Text(
        "duclos-pompes",
        "company history",
        None,
        """Our history

Duclos Pompes was founded in 1898 by the blacksmith Étienne Duclos, who made hand pumps for
the farms around Saint-Étienne.

His son Henri moved the workshop to Lyon in 1923 and opened a second works at Vénissieux in
1931. The Model 1931 centrifugal pump, designed there, stayed in the catalogue for forty
years and is still on display in the entrance hall.

From about 1950 the company began exporting to North Africa and Spain. Duclos was listed on
the Paris stock exchange on 2 June 1986.

Growth since then has come from acquisitions: Duclos acquired three rivals, in 1998, 2001 and
2005, among them the Italian valve maker Ferretti. The largest, Ferretti, doubled its sales in
Italy.

The group has been headed by Marie Duclos, the founder's great-great-granddaughter, since 2018.
Today it employs 3,400 people in eleven countries and delivers pumps to 120 markets, more than
at any time since the 1970s.

Duclos Pompes SA - 14 quai Perrache, 69002 Lyon - RCS Lyon 954 201 330""",
        (
            expect("1898", "found"),
            expect("1923", "lyon"),
            expect("1931", "works"),
            expect("1950~", "export"),
            expect("1986-06-02", "listed"),
            expect("1998", "acqui"),
            expect("2001", "acqui"),
            expect("2005", "acqui"),
            expect("2018/..", "marie duclos"),
        ),
    ),
    Text(
        "helix-mission",
        "mission summary",
        None,
        """HELIX - Mission Summary

Mission ID: HX-2021-04 | Status: operating | Last updated: 2 May 2025

Overview
HELIX is a European orbiter and lander mission to the main-belt asteroid (1949) Aurelia. Design
studies began circa 2012 at the agency's technology centre.

Key events
HELIX was launched on 14 March 2021 on an Ariane 6 from Kourou. After a gravity assist at
Earth, the spacecraft entered orbit around Aurelia on 2 November 2022, and released its
lander, Pico, on 19 December. Pico touched down on 6 January 2023, two bounces away from its
target site, and sent back 1,500 images before its batteries ran down.

Contact with the orbiter was lost on or about 30 August 2024 during a solar conjunction and
recovered some weeks later.

The orbiter weighs 2,140 kg and circles the asteroid once every 11 hours at about 40 km.

Outlook
The mission is expected to end no later than December 2026, when the orbiter will be lowered
onto the surface.

Contact: helix-ops@esa-example.int""",
        (
            expect("2012~", "design"),
            expect("2021-03-14", "launch"),
            expect("2022-11-02", "orbit"),
            expect("2022-12-19", "lander"),
            expect("2023-01-06", "touch"),
            expect("2024-08-30~", "contact"),
            expect("../2026-12", "end", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH
Statement on the measles outbreak in Vester District
18 November 2024

The Ministry of Health confirms an outbreak of measles in Vester District. The first case was
detected on 2 November in a primary school pupil. By 17 November, 42 cases had been confirmed,
the highest number in the district since 2011.

On Friday the national reference laboratory confirmed that all samples belong to a single
strain. The national measles surveillance network, which has operated since 2009, is
following every contact.

A catch-up vaccination campaign for children and young adults will begin on 25 November in all
schools of the district. Vaccination is free under the 2005 Public Health Act.

The minister, Dr. Sofie Lund, will visit the district hospital on Thursday to meet staff and
families.

Parents with questions can call the health hotline on 0800 123 456, which is staffed every
weekday from 8 am to 8 pm.

Press office, Ministry of Health, press@health.example.gov""",
        (
            expect("2024-11-02", "detect"),
            expect("../2024-11-17", "case"),
            expect("2024-11-15", "laborator"),
            expect("2009/..", "surveillance"),
            expect("2024-11-25", "vaccination", planned=True),
            expect("2024-11-21", "visit", planned=True),
        ),
    ),
    Text(
        "vellinge-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Vellinge Town Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Latest news</h1>
<ul class="news">
  <li>
    <time datetime="2025-05-12">12 May 2025</time>
    <h2>New council chair elected</h2>
    <p>Councillor Britt Holm was elected chair of the council on 12 May 2025.</p>
  </li>
  <li>
    <time datetime="2025-04-30">30 April 2025</time>
    <h2>Library reopens</h2>
    <p>The town library reopened on 28 April after an eight-month renovation. The
    library was founded around 1890 by the local savings bank.</p>
  </li>
  <li>
    <time datetime="2025-04-15">15 April 2025</time>
    <h2>Pool maintenance complete</h2>
    <p>The swimming pool was closed from 3 to 14 April 2025 for maintenance.</p>
  </li>
  <li>
    <time datetime="2025-04-02">2 April 2025</time>
    <h2>Budget vote</h2>
    <p>The council will vote on the 2026 budget on 2 June 2025. Residents can submit comments
    no later than 30 May 2025.</p>
  </li>
</ul>
<p class="note">Council meetings are held every second Monday at 7 pm.</p>
</main>
<footer>Vellinge Town Council | Tel. 040-42 50 00 | Last updated 14 May 2025 | &copy; 2025</footer>
</body>
</html>""",
        (
            expect("2025-05-12", "chair"),
            expect("2025-04-28", "library"),
            expect("1890~", "found"),
            expect("2025-04-03/2025-04-14", "pool"),
            expect("2025-06-02", "budget", planned=True),
            expect("../2025-05-30", "comment"),
        ),
    ),
    Text(
        "halvorsen-station-log",
        "antarctic station's season log",
        None,
        """HALVORSEN STATION - SUMMER SEASON LOG 2023/24
Station leader: Dr. Ingrid Aasen | Radio call sign LHZ-7

Background. Halvorsen Station was opened in 1969 on the Fimbul ice shelf and has been staffed
year-round since 1987. Summer crew: 14.

28 October 2023. The summer team arrived by Basler aircraft from Troll. -31.4 °C at landing.
Radio schedule with the ship every Sunday at 0900 UTC, as in previous seasons.

2 December 2023. Resupply vessel Polarbjørn arrived at the ice edge; unloading of 1,120 drums
of fuel took four days.

17 January 2024. Blizzard from 14 to 17 January 2024 kept all staff indoors; wind gusts of
38 m/s, the strongest recorded here since 1983. No damage except to the weather mast.

24 January 2024. Emperor penguin count at the colony completed around 20 January; about
2,600 chicks, in line with the long-term mean.

19 February 2024. Winter crew handover done. The last flight out is scheduled for 24 February.
The station will then be run by the six winterers until November.

Log entries are kept by the station leader and copied to the institute weekly.""",
        (
            expect("1969", "open"),
            expect("1987/..", "staff"),
            expect("2023-10-28", "arriv"),
            expect("2023-12-02", "resupply"),
            expect("2024-01-14/2024-01-17", "blizzard"),
            expect("2024-01-20~", "penguin"),
            expect("2024-02-24", "flight", planned=True),
        ),
    ),
    Text(
        "canal-newsletter",
        "canal restoration society newsletter",
        date(2025, 3, 28),
        """THE TOWPATH
Newsletter of the Wendle Canal Restoration Society | Issue No. 142
Registered charity no. 1012345

FROM THE CHAIR

Dear members,

What a start to the year. The Heritage Lottery grant we applied for last autumn was awarded
in January, and it will pay for new gates on Locks 8 to 11.

On Saturday 8 March our working party cleared the last of the silt from Lock 7, helped by
twenty volunteers from the Scouts. Lock 7 will reopen to boats on 17 May, the first time
a boat will pass it since the canal was abandoned in 1938. That was a sad year: the canal had
carried coal since it opened in 1794.

For newer members, a reminder that the Society was founded in 1971 by three narrowboat owners,
and we have held the lease on the Wendle Basin since 1989.

Work parties meet on the second Sunday of every month at the Basin car park. It has been the
driest spring on the canal since 1976, so bring water.

Membership now stands at 1,204.

Peter Ashdown, Chair
Enquiries: 01632 960 441 | towpath@wendlecanal.example""",
        (
            expect("2025-01", "grant"),
            expect("2025-03-08", "lock"),
            expect("2025-05-17", "reopen", planned=True),
            expect("1938", "abandon"),
            expect("1794", "open"),
            expect("1971", "found"),
            expect("1989/..", "lease"),
        ),
    ),
    Text(
        "okonkwo-v-meridian",
        "employment tribunal judgment summary",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant: Mr C Okonkwo
Respondent: Meridian Facilities Ltd

Heard at: London Central   On: 9-11 December 2024
Before: Employment Judge Rahman, Ms P Lowe, Mr D Carver
Case No: 2204518/2023

JUDGMENT SUMMARY

1. The claimant's claim of unfair dismissal under section 98 of the Employment Rights Act 1996
succeeds. His claim of direct race discrimination fails and is dismissed.

2. The claimant began employment with the respondent as a site supervisor on 2 May 2017. He
raised a written grievance about his manager on or about 14 March 2023. The respondent did
not hold a grievance meeting.

3. The claimant was dismissed on 30 June 2023 for alleged gross misconduct. The tribunal found
that the investigation lasted less than a day and that no reasonable employer would have
dismissed on that evidence.

4. ACAS early conciliation took place from 12 August to 23 September 2023. The claim form was
presented on 20 October 2023, in time.

5. The claimant earned £23,450 a year and worked 37.5 hours a week.

6. A remedy hearing is to take place on 14 April 2025 by video.

Employment Judge Rahman""",
        (
            expect("2024-12-09/2024-12-11", "hear"),
            expect("2017-05-02", "employ"),
            expect("2023-03-14~", "grievance"),
            expect("2023-06-30", "dismiss"),
            expect("2023-08-12/2023-09-23", "conciliation"),
            expect("2023-10-20", "claim"),
            expect("2025-04-14", "remedy", planned=True),
        ),
    ),
    Text(
        "aoife-brennan-bio",
        "record label's artist biography",
        None,
        """DRUMLIN RECORDS - ARTISTS - AOIFE BRENNAN

Biography

Aoife Brennan was born in Cork in 1990 and grew up above her parents' music shop on Oliver
Plunkett Street. She formed her first band, The Lee Swimmers, while studying at UCC,
and released a debut EP, Tidewater, in March 2013.

She signed to Drumlin in 2016. She released three albums with us, in 2017, 2019 and 2022,
and her single "1999 Summers" has passed 40,000,000 streams. Critics have called her the most
distinctive Irish songwriter since 2010, and she plays a residency at Whelan's every Friday in
December.

Since 2023 she has lived in Berlin, where she wrote and recorded her fourth album, North,
with producer Lukas Vent. North will be released on 6 June 2025, and a European tour is
expected to begin in Dublin on 19 September 2025.

Selected discography
Tidewater (EP) - catalogue DRK-2013-04
Salt Lines - DRK-2017-11

Booking: agent@drumlin.example | +353 1 555 0199
Press photos: please credit Sinéad Moran.""",
        (
            expect("1990", "born"),
            expect("2013-03", "tidewater"),
            expect("2016", "sign"),
            expect("2017", "album"),
            expect("2019", "album"),
            expect("2022", "album"),
            expect("2023/..", "berlin"),
            expect("2025-06-06", "north", planned=True),
            expect("2025-09-19", "tour", planned=True),
        ),
    ),
    Text(
        "brackley-park-history",
        "football stadium's history in HTML",
        None,
        """<html>
<head><title>Stadium History | Brackley Park | Ashford Town FC</title></head>
<body>
<div class="breadcrumb">Home &gt; Club &gt; Stadium &gt; History</div>
<article>
<h1>Brackley Park: a history</h1>
<p><strong>Capacity:</strong> 32,500 &middot; <strong>Pitch:</strong> 105 x 68 m</p>
<p>Brackley Park was opened on <b>18 August 1923</b> with a friendly against Queen's Park.
The club's record attendance, 41,442, came in <b>1948</b> for a cup replay against
Portsmouth.</p>
<p>Floodlights were installed around 1957, and the first evening game drew a full house.</p>
<h2>Fire and rebuilding</h2>
<p>The wooden main stand was destroyed by fire in 1985. The ground had been converted to an
all-seater stadium by 1994, following the recommendations of the Taylor Report.</p>
<p>Since 2001 the naming rights to the east stand have been held by the brewer Hartley &amp;
Sons.</p>
<h2>The future</h2>
<p>A new north stand is scheduled to open in 2027, raising capacity to 36,000.</p>
<aside><p>Book a table in <em>the 1966 Club</em>, our hospitality lounge, on every home
matchday.</p></aside>
</article>
<footer>&copy; 2025 Ashford Town Football Club Ltd. Stadium tours: 01233 555 1923</footer>
</body>
</html>""",
        (
            expect("1923-08-18", "open"),
            expect("1948", "attendance"),
            expect("1957~", "floodlight"),
            expect("1985", "fire"),
            expect("../1994", "seater"),
            expect("2001/..", "naming"),
            expect("2027", "north stand", planned=True),
        ),
    ),
    Text(
        "tallymark-breach-letter",
        "data breach notification",
        None,
        """Tallymark Accounting Software Ltd
2 Quayside, Leeds LS1 4AB

28 February 2025

Our reference: DBN-2025-0447

Dear customer,

Notice of a data security incident

We are writing to tell you about an incident that may affect your personal information.

What happened
On 11 February 2025 we discovered that an unauthorised party had gained access to one of our
customer databases. Our investigation shows that the access took place between 3 and 9
February 2025. The vulnerability that was exploited was probably introduced in a software
update in November 2024; our investigators are still confirming this.

What we have done
We closed the access the same day and notified the Information Commissioner's Office on 13
February, as required by the Data Protection Act 2018. We have not stored full card numbers
since 2019, so no payment card data was affected.

What you can do
We are offering 12 months of free credit monitoring. To take part, you must enrol no later
than 31 May 2025 using the code printed below. Please be wary of emails asking for your
password; we will never ask for it.

For more information
Call our dedicated helpline on 0800 917 2025, open every day from 8 am to 8 pm.

Yours sincerely,
Rachel Oduya, Data Protection Officer""",
        (
            expect("2025-02-11", "discover"),
            expect("2025-02-03/2025-02-09", "access"),
            expect("2024-11?", "vulnerab"),
            expect("2025-02-11", "closed"),
            expect("2025-02-13", "notif"),
            expect("2019/..", "card"),
            expect("../2025-05-31", "enrol"),
        ),
    ),
    Text(
        "marlow-regatta",
        "rowing regatta report",
        date(2025, 7, 7),
        """ROWING

Thames crew takes the Grand as Wenlock regatta ends in sunshine

By Claire Hendry

Thames Rowing Club won the Grand Challenge Cup on Sunday, beating the Dutch students of
Nereus by three-quarters of a length over the 1,000 metres course at Wenlock. It was Thames's
first win in the event since 2014.

The regatta, held from Wednesday to Sunday, drew more than 400 crews. On Friday the Thames
eight set a course record of 2:51 in their semi-final, a time no crew has come close to since
1996.

The winning crew was formed only in March, when coach Tom Ellery combined his two best
fours. "They row every morning at six, whatever the weather," he said.

The regatta was first rowed in 1862, when six crews raced for a silver claret jug. The
winning eight now receives the 1912 Cup. In the women's events, Leander's Annie Koh won the
single sculls.

Next year's regatta will be held from 1 to 5 July 2026, the organisers said.

Results, Grand Challenge Cup final: Thames RC bt Nereus 3/4 length, 2:53.""",
        (
            expect("2025-07-06", "grand"),
            expect("2025-07-02/2025-07-06", "regatta"),
            expect("2025-07-04", "record"),
            expect("2025-03", "crew"),
            expect("1862", "first"),
            expect("2026-07-01/2026-07-05", "regatta", planned=True),
        ),
    ),
    Text(
        "riverside-pension-statement",
        "pension fund's annual statement",
        None,
        """RIVERSIDE COUNCILS PENSION FUND
Annual Statement to Members
Issued 30 June 2025 | Scheme registry number 10123456

Dear member,

This statement summarises the fund's year to 31 March 2025.

About the fund
The fund was established in 1962 to provide pensions for the staff of four river authorities.
It has been closed to new members since 1 April 2011; existing members continue to build up
benefits.

Funding
The last triennial valuation, as at 31 March 2023, found the fund 94% funded. The next
valuation will be carried out as at 31 March 2026. Under the recovery plan agreed with the
employers, the deficit is expected to be eliminated by 2028.

Investments
The fund returned 4.7% over the year, the lowest return since 2008.

Trustees
The trustees appointed Dr. Helen Marsh as chair on 14 November 2024, following the retirement
of John Pike.

Pensions in payment
Pension increases of 3.2% took effect on 1 April 2025. Pensions are paid on the 28th of each
month.

The fund complies with the Pension Schemes Act 2021. Questions: 0345 600 1962 or
pensions@riverside.example""",
        (
            expect("1962", "establish"),
            expect("2011-04-01/..", "closed"),
            expect("2023-03-31", "valuation"),
            expect("2026-03-31", "valuation", planned=True),
            expect("../2028", "deficit", planned=True),
            expect("2024-11-14", "appoint"),
            expect("2025-04-01", "increase"),
        ),
    ),
    Text(
        "carreg-castle-guide",
        "castle's guidebook history",
        None,
        """CASTELL CARREG - THE OFFICIAL GUIDE
Page 4 | A short history

The first castle on the crag was built around 1270 by Rhys ap Maredudd, on the site of an
older hill fort. A small chapel in the outer ward may date from 1190, though no document
proves it.

In 1403 the castle was besieged for eleven weeks by the supporters of Owain Glyndŵr; the
garrison of 28 men held out. You can see the scars of the siege on the gatehouse from the
1403 Room, our tea room.

The Great Hall was remodelled c. 1600 with large windows and a plaster ceiling. During the
Civil War the castle declared for the King, and it was slighted by order of Parliament in 1647.

The Vaughans have owned the castle since 1521. After centuries of decay the family began a
restoration in 1951 and opened the castle to the public the following year.

Visiting
Open daily 10 am to 5 pm, March to October. Guidebook £5. Telephone 01234 567890.""",
        (
            expect("1270~", "built"),
            expect("1190?", "chapel"),
            expect("1403", "besieg"),
            expect("1600~", "great hall"),
            expect("1647", "slight"),
            expect("1521/..", "own"),
            expect("1951", "restoration"),
            expect("1952", "public"),
        ),
    ),
    Text(
        "a38-closure-notice",
        "road closure notice",
        None,
        """PUBLIC NOTICE - TEMPORARY ROAD CLOSURE
Devonshire County Council | Order ref. TRO/2025/118
Made under section 14 of the Road Traffic Regulation Act 1984

Date of notice: 3 June 2025

A38 Kennford Bridge

The A38 will be closed in both directions between the Kennford and Chudleigh junctions from
9 to 20 June 2025 for repairs to Kennford Bridge. Vehicles over 7.5 tonnes must use the
signed diversion at all times.

Preparatory works started on Monday 2 June on the verges either side of the bridge.

Kennford Bridge was built in 1931. An inspection in March 2024 found cracking in two of its
beams, and a weight limit has applied since April 2024.

Diversion signs will be in place by 6 June. Resurfacing will take place overnight, every night
from 8 pm to 6 am.

The road will reopen on Saturday 21 June.

Enquiries: Highways, 0300 123 4567, quoting reference TRO/2025/118.""",
        (
            expect("2025-06-09/2025-06-20", "closed", planned=True),
            expect("2025-06-02", "works"),
            expect("1931", "built"),
            expect("2024-03", "inspection"),
            expect("2024-04/..", "weight limit"),
            expect("../2025-06-06", "signs", planned=True),
            expect("2025-06-21", "reopen", planned=True),
        ),
    ),
    Text(
        "domaine-salvert-2023",
        "vineyard's vintage notes",
        None,
        """DOMAINE DE SALVERT - VINTAGE NOTES
Côtes du Rhône Villages - Cuvée 1961

The vintage
In 2023 budburst came around 10 April, a week later than usual after a cold March. A hail
storm on 2 June damaged about a tenth of the Grenache on the lower terraces, but the summer
that followed was dry and even, the warmest at the domaine since 2003.

We harvested by hand from 18 September to 6 October, picking the Syrah first.

The vineyard
Our oldest vines were planted in 1961 by Jean Salvert, and give the Cuvée 1961 its name. The
domaine has been certified organic since 2012. We prune every February and plough between the
rows by horse.

In the cellar
The wine spent 18 months in concrete tanks and will be bottled in May 2025. Alcohol 13.5%;
2,400 cases produced.

Tasting notes
Dark cherry, garrigue and a touch of liquorice; drink now to 2033.

Domaine de Salvert, 84110 Séguret - visites sur rendez-vous - +33 4 90 55 19 61""",
        (
            expect("2023-04-10~", "budburst"),
            expect("2023-06-02", "hail"),
            expect("2023-09-18/2023-10-06", "harvest"),
            expect("1961", "plant"),
            expect("2012/..", "organic"),
            expect("2025-05", "bottl", planned=True),
        ),
    ),
)
