"""A hundred-and-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
tsunami warning centre's bulletin, a cathedral choir school's history, a tax tribunal's ruling
summary, a ferry operator's service disruption notice, a county record office's catalogue page
in HTML, a biotech firm's trial results release, a chess olympiad report, a regional
parliament's sitting calendar, a windmill's restoration history, a scout group's annual report
and a brewery's company history). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRD_CORPUS",)

HUNDREDTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """SETUBAL, Portugal, Oct 9 (Iberian Wire) - Dockworkers at the port of Setubal ended a
nine-day strike on Tuesday after the terminal operator agreed to hire 60 crane drivers on
permanent contracts, the stevedores' union said.

About 400 workers walked out on September 29, halting container traffic and forcing two
carmakers to divert exports through Lisbon. It was the longest stoppage at the port since
2013, according to the harbour authority.

The operator, Portlink Atlantico, took over the port concession in 2016 and has faced
repeated complaints about the use of day labourers, who are hired by text message every
morning. Its "Porto 2030" investment plan foresees a second quay.

The union, which has represented crane drivers at Setubal since 1987, said members will vote
on the deal on Friday. If they approve it, the new contracts will take effect on January 1.

"This is a fair agreement, but the vote belongs to the workers," union secretary Marta Lobo
told reporters outside the gates.

Portlink said in a statement it expected normal operations to resume within 48 hours and that
a backlog of 3,150 containers would be cleared within two weeks.

(Reporting by Tiago Ramos; Editing by Clare Whitfield)""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-09-29", "walk"),
            expect("2016", "concession"),
            expect("1987/..", "represent"),
            expect("2024-10-11", "vote", planned=True),
            expect("2025-01-01", "contract", planned=True),
        ),
    ),
    Text(
        "voltbus-luebeck-order",
        "press release",
        None,
        """PRESS RELEASE

VoltBus wins Luebeck order for 48 battery-electric city buses

Hamburg, 4 June 2025 - VoltBus GmbH, the Hamburg-based maker of electric city buses, signed a
contract on 2 June 2025 with Stadtverkehr Luebeck for 48 vehicles of its eCity 12 model, the
largest single order in the company's history.

The first twelve buses will be handed over no later than 30 November 2025. The remaining 36
vehicles are scheduled for delivery from March to September 2026. The operator plans to retire
its last diesel buses on the harbour routes once the whole fleet is in service.

"Luebeck has set itself one of the most ambitious targets in northern Germany," said chief
executive Anja Brodersen. "We are proud to help the city get there."

VoltBus was founded in 2009 by three engineers from the Hamburg University of Technology. The
company delivered its first prototype around 2012 and has operated a final assembly plant in
Rostock since 2017, where 410 people now work in two shifts every weekday.

The order is worth about EUR 31 million. The vehicles carry a 490 kWh battery pack, giving a
range of up to 360 kilometres. VoltBus will also present its new eCity 2030 concept bus at the
trade fair in Hanover.

About VoltBus
VoltBus GmbH designs and builds battery-electric buses for public transport operators in
Germany, Denmark and the Netherlands.

Press contact: Lena Harms, +49 40 5512 2019, presse@voltbus.example""",
        (
            expect("2025-06-02", "contract"),
            expect("../2025-11-30", "hand", planned=True),
            expect("2026-03/2026-09", "deliver", planned=True),
            expect("2009", "found"),
            expect("2012~", "prototype"),
            expect("2017/..", "plant"),
        ),
    ),
    Text(
        "harlow-v-brightwater-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS
FOURTH DISTRICT
No. 04-23-00871-CV
Opinion delivered and filed: March 12, 2024

GRETCHEN HARLOW, Appellant
v.
BRIGHTWATER PROPERTY HOLDINGS, LLC, Appellee

MEMORANDUM OPINION

Appellant Gretchen Harlow appeals a summary judgment in favor of her former landlord,
Brightwater Property Holdings, LLC. We affirm.

I. Background

On or about June 3, 2021, Harlow signed a two-year commercial lease for a storefront on
Alameda Street that had been vacant since 2019. The lease required Brightwater to complete
repairs to the roof by October 31, 2021. Harlow contends the repairs were never finished and
stopped paying rent in January 2022.

Brightwater filed suit for unpaid rent on February 14, 2022. Harlow counterclaimed for breach
of the repair covenant. After discovery, the trial court granted Brightwater's motion for
summary judgment on August 30, 2023, and awarded $48,210 in damages. Harlow filed her notice of
appeal on September 25, 2023.

II. Standard of Review

We review a summary judgment de novo. Valence Operating Co. v. Dorsett, 164 S.W.3d 656, 661
(Tex. 2005). Rent under the lease was due on the first day of every month.

III. Analysis

Harlow's summary-judgment evidence consisted of her own affidavit, which does not state when
the roof leaked or what damage resulted. A conclusory affidavit does not raise a fact issue.
Because Harlow produced no evidence that the alleged breach caused her any loss, the trial
court did not err.

We affirm the judgment of the trial court.

Patricia O. Delgado, Justice""",
        (
            expect("2021-06-03~", "lease"),
            expect("2019/..", "vacant"),
            expect("../2021-10-31", "repair"),
            expect("2022-01", "rent"),
            expect("2022-02-14", "suit"),
            expect("2023-08-30", "judgment"),
            expect("2023-09-25", "appeal"),
        ),
    ),
    Text(
        "kastel-vrana",
        "encyclopedia history",
        None,
        """Kastel Vrana

Kastel Vrana is a ruined hilltop fortress above the Krka gorge, about 14 km north-east of the
town of Drnis. Its curtain wall, some 1,240 metres long, encloses a plateau at an elevation of
402 m.

History

The fortress was built around 1340 by the counts of Nelipic to guard the crossing of the
river. It was captured by Ottoman forces in 1463 and served for more than two centuries as the
seat of a local sanjak official.

Venetian troops recaptured Kastel Vrana in 1688, and the fortifications were rebuilt the
following year to a design by the military engineer Antonio Verneda. After the fall of the
Venetian Republic the garrison is thought to have left in 1797, although no record of its
departure survives.

Archaeology

The site was excavated in 1956, 1961 and 1974. The campaigns uncovered a chapel, a cistern
holding about 300 cubic metres of water and a hoard of 212 silver coins. Kastel Vrana has been
a protected cultural monument since 1948.

See also
- List of castles in Croatia
- Krka National Park

References
1. Marasovic, T. (1985). Utvrde Dalmatinske zagore. Split, p. 119.""",
        (
            expect("1340~", "built"),
            expect("1463", "captur"),
            expect("1688", "recaptur"),
            expect("1689", "rebuil"),
            expect("1797?", "garrison"),
            expect("1956", "excavat"),
            expect("1961", "excavat"),
            expect("1974", "excavat"),
            expect("1948/..", "monument"),
        ),
    ),
    Text(
        "rovers-cup-final",
        "sports report",
        date(2025, 5, 19),
        """FOOTBALL

Kilbride Rovers end 27-year wait for Scottish Cup glory

By Euan MacLeod, Sports Correspondent

Kilbride Rovers won the Scottish Cup final on Sunday, beating Dundee Athletic 2-1 at Hampden
in front of about 41,000 supporters to lift the trophy for the first time since 1998.

Captain Ross Gilchrist scored the winner in the 84th minute, a low drive from 20 yards that
capped a remarkable run for a side that had to come through a replay in the fourth round.

Rovers reached the final by beating holders Greenock Thistle 3-0 in the semi-final on
May 11, their most emphatic win at the national stadium since 1987.

Manager Karen Doig, who was appointed in January 2023 after two seasons in charge of the
women's team, said the players had earned "every bit of this".

"We train every Tuesday night in the rain and nobody sees it," Doig said. "Today they saw it."

The club last won the cup in 1998, when a Gilchrist - Ross's uncle Alan - headed the only
goal against Motherwell.

Rovers will face league champions Glasgow City in the Super Cup on August 9, and the victory
also secures a place in the qualifying rounds of the 2025-26 Europa League.

Gilchrist, 31, has now scored 14 goals in 39 appearances this season. He hinted that the final
might have been his last match in a Rovers shirt, but refused to confirm reports linking him
with a move to the 2026 World Cup host nation's top flight.""",
        (
            expect("2025-05-18", "final"),
            expect("2025-05-11", "semi"),
            expect("2023-01", "appoint"),
            expect("1998", "cup"),
            expect("2025-08-09", "super", planned=True),
        ),
    ),
    Text(
        "brenner-pencils-history",
        "company history",
        None,
        """Our history

Brenner & Sohn - a century of writing instruments

Brenner & Sohn was founded in 1921 by the lathe turner Karl Brenner in a rented workshop in
Fuerth, where he made wooden pencil cases for the Nuremberg stationery trade. Around 1935 the
company moved to a larger site on the Rednitz, where it began to make pencils of its own.

During the Second World War production was stopped from 1942 to 1945, and the factory was used
as a depot by the Wehrmacht. Karl's son Otto restarted the machines with 17 workers and a
single press.

The post-war years brought the firm's best-known product, the Model 1950 mechanical
sharpener, which is still sold today. Brenner made its first exports, to the Netherlands, in
1958 and opened a sales subsidiary in France the following year.

On 14 May 1986 Brenner & Sohn shares were listed on the Frankfurt Stock Exchange. The family
later sold its majority, and the company has been owned by the Hartmann Foundation
since 2004.

Today Brenner employs more than 1,800 people at four sites and sells some 240 million pencils
a year. Our factory shop is open every Saturday from 9 am to 1 pm.

(c) Brenner & Sohn AG 2025 - Imprint - Privacy""",
        (
            expect("1921", "found"),
            expect("1935~", "move"),
            expect("1942/1945", "production"),
            expect("1958", "export"),
            expect("1959", "subsidiary"),
            expect("1986-05-14", "list"),
            expect("2004/..", "foundation"),
        ),
    ),
    Text(
        "kestrel-asteroid-mission",
        "mission summary",
        None,
        """KESTREL - Mission summary

Target: near-Earth asteroid 2008 EV5
Launch mass: 1,230 kg
Status: operating (return cruise)

Kestrel is a sample-return mission to the near-Earth asteroid 2008 EV5. The probe was proposed
to the agency's small-missions programme in 2011 and approved two years later, after a
competition against a comet flyby and a lunar lander.

Kestrel was launched on 12 March 2019 on a Vega-C rocket from Kourou. After a flyby of Earth it
entered orbit around the asteroid on 3 November 2019, becoming the first European spacecraft to
orbit a body of this kind.

The probe made two touch-and-go sampling attempts, on 20 and 27 July 2020. The second attempt
collected an estimated 60 grams of regolith, well above the 10-gram requirement.

A software fault put the spacecraft into safe mode from 4 to 16 February 2021, delaying the
departure manoeuvre. Kestrel left the asteroid in May 2021 and is now on its return cruise.

The sample capsule is expected to return to Earth in September 2026, landing in the Woomera
range in South Australia. The main spacecraft will then fly past the Earth and continue to a
second target, still to be chosen.

Mission operations are run from the control centre in Darmstadt, where the team holds a
review every Monday.""",
        (
            expect("2011", "propos"),
            expect("2013", "approv"),
            expect("2019-03-12", "launch"),
            expect("2019-11-03", "orbit"),
            expect("2020-07-20", "sampl"),
            expect("2020-07-27", "sampl"),
            expect("2021-02-04/2021-02-16", "safe"),
            expect("2021-05", "left"),
            expect("2026-09", "capsule", planned=True),
        ),
    ),
    Text(
        "ministry-storm-ingrid",
        "government statement",
        None,
        """Ministry of Environment and Water
Statement

Thursday 20 February 2025

Storm Ingrid: emergency repairs to the Lowmoor flood defences

Storm Ingrid struck the east coast on 9 February, breaching the Lowmoor embankment in two
places and flooding 312 homes. It was the worst flooding in the district since 1953.

The Minister for Water, Ruth Okonjo, visited the affected villages on Monday and met the
families who have been moved to temporary accommodation.

Since 2021 the ministry has funded a programme of inspections of all tidal embankments under
the 2019 Water Act. The Lowmoor embankment was last inspected in October 2024 and was rated as
"fair".

Emergency repairs began on 11 February. They will be completed by 30 June 2025, and the
ministry has released an additional 14.5 million pounds for the work.

A public consultation on the long-term protection of the Lowmoor coast will run from 3 to 28
March. The ministry will publish its response in the autumn.

Residents can call the flood helpline on 0800 124 2025, which is staffed every day from 8 am
to 8 pm.

Ends

Notes to editors: Media enquiries to press@envwater.example, 020 7946 0321.""",
        (
            expect("2025-02-09", "storm"),
            expect("2025-02-17", "visit"),
            expect("2021/..", "fund"),
            expect("2024-10", "inspect"),
            expect("2025-02-11", "repair"),
            expect("../2025-06-30", "complet", planned=True),
            expect("2025-03-03/2025-03-28", "consultation", planned=True),
        ),
    ),
    Text(
        "ashcombe-parish-news",
        "HTML page (news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Ashcombe Parish Council</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/bins">Bin collections</a></nav>
<h1>Latest news</h1>

<article>
  <h2>Mill Lane bridge reopens</h2>
  <p class="meta">Posted on 3 March 2025 by the Clerk</p>
  <p>The Mill Lane bridge reopened to traffic on Saturday. It was closed on 14 October 2024
  after flood water undermined its western abutment. The bridge was first built in 1884 and is
  the only road crossing of the Ash within the parish.</p>
</article>

<article>
  <h2>Have your say on the new play area</h2>
  <p class="meta">Posted on 24 February 2025 by the Clerk</p>
  <p>Plans for a new play area on the recreation ground are now on display. The consultation
  will close on 21 March, and the council expects to award the contract in May 2025.</p>
</article>

<article>
  <h2>New chair of the council</h2>
  <p class="meta">Posted on 13 February 2025 by the Clerk</p>
  <p>Cllr Helen Price was elected chair of Ashcombe Parish Council on 12 February. She has
  served on the council since 2017.</p>
</article>

<aside>
  <p>Green bins are collected every other Thursday. Report a missed collection on 01632 960 418.</p>
</aside>
<footer>
  <p>Page last updated: 3 March 2025</p>
  <p>&copy; 2025 Ashcombe Parish Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-01", "reopen"),
            expect("2024-10-14", "close"),
            expect("1884", "built"),
            expect("2025-03-21", "consultation", planned=True),
            expect("2025-05", "contract", planned=True),
            expect("2025-02-12", "elect"),
            expect("2017/..", "council"),
        ),
    ),
    Text(
        "ptwc-marianas-statement",
        "tsunami warning centre bulletin",
        None,
        """TSUNAMI INFORMATION STATEMENT NUMBER 2
NWS PACIFIC TSUNAMI WARNING CENTER HONOLULU HI
0412 UTC TUE JAN 14 2025

...THIS STATEMENT IS FOR INFORMATION ONLY. NO ACTION IS REQUIRED...

PRELIMINARY EARTHQUAKE PARAMETERS
---------------------------------
  * MAGNITUDE      7.1
  * ORIGIN TIME    0347 UTC JAN 14 2025
  * COORDINATES    12.3 NORTH 143.9 EAST
  * DEPTH          35 KM / 22 MILES
  * LOCATION       MARIANA ISLANDS REGION

EVALUATION
----------
  * AN EARTHQUAKE OF MAGNITUDE 7.1 OCCURRED IN THE MARIANA ISLANDS REGION AT 0347 UTC ON
    TUESDAY JANUARY 14 2025.

  * A MAGNITUDE 6.2 FORESHOCK OCCURRED AT NEARLY THE SAME LOCATION ON JANUARY 11 2025.

  * SEA LEVEL READINGS SHOW A TSUNAMI OF 0.3 METERS AT APRA HARBOR. THE GAUGE AT
    PAGAN ISLAND HAS BEEN OUT OF SERVICE SINCE JANUARY 2 2025 AND CANNOT CONFIRM
    OBSERVATIONS NORTH OF SAIPAN.

  * A DAMAGING TSUNAMI WAS GENERATED BY AN EARTHQUAKE IN THIS REGION IN ABOUT 1849.
    THIS EVENT IS THE STRONGEST IN THE REGION SINCE 1993.

RECOMMENDED ACTIONS
-------------------
  * NO ACTION IS REQUIRED. SEA LEVEL CHANGES OF LESS THAN 0.3 METERS ARE POSSIBLE.

NEXT UPDATE AND ADDITIONAL INFORMATION
--------------------------------------
  * THIS WILL BE THE FINAL STATEMENT ISSUED FOR THIS EVENT UNLESS ADDITIONAL
    INFORMATION BECOMES AVAILABLE. A SUMMARY REPORT WILL BE ISSUED ON WEDNESDAY.

  * AUTHORITATIVE INFORMATION IS AVAILABLE AT TSUNAMI.GOV. PHONE 808-725-6300.

$$""",
        (
            expect("2025-01-14", "earthquake"),
            expect("2025-01-11", "foreshock"),
            expect("2025-01-02/..", "gauge"),
            expect("1849~", "tsunami"),
            expect("2025-01-15", "report", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-choir-school",
        "cathedral choir school history",
        None,
        """St Aldhelm's Cathedral Choir School - A short history

The school is among the oldest in England. Boys have sung the daily services in the cathedral
since its foundation, and the choir school itself is believed to date from about 1120, when
Bishop Roger endowed a master to teach the choristers grammar and plainsong.

A book of polyphonic songs now in the cathedral library was possibly copied at the school in
1460, although the scribe's name and the date are both uncertain.

In 1548 the school was refounded by royal charter, surviving the dissolution of the chantries
that closed many similar foundations. For three centuries it was housed above the west cloister
until, in 1873, it moved into the Old Deanery, where it remains today.

The school escaped the changes brought by the 1944 Education Act by remaining independent.
Girls have been admitted since 1991, and a separate girls' top line has sung Evensong alongside
the boys every Wednesday ever since.

The choir has toured the United States in 1965, 1979 and 1988, and has recorded Psalm 119 in its
entirety for a record label.

A new song school, with a rehearsal room large enough for the full choir of 42 voices, is
scheduled to open in September 2026.

Admissions enquiries: 01234 567 890 | Registered charity no. 1120448""",
        (
            expect("1120~", "school"),
            expect("1460?", "book"),
            expect("1548", "charter"),
            expect("1873", "deanery"),
            expect("1991/..", "girl"),
            expect("1965", "tour"),
            expect("1979", "tour"),
            expect("1988", "tour"),
            expect("2026-09", "song", planned=True),
        ),
    ),
    Text(
        "tribunal-marlow-joinery-vat",
        "tax tribunal ruling summary",
        None,
        """FIRST-TIER TRIBUNAL (TAX CHAMBER)
Decision summary - Marlow Joinery Ltd v The Commissioners for HM Revenue and Customs
Neutral citation: [2025] UKFTT 00412 (TC)    Appeal reference: TC/2022/01873
Decision released: 8 April 2025

Summary

The appellant, a bespoke joinery business, registered for VAT on 1 August 2016. Like all
registered traders it was required to file a return every quarter. HMRC issued an assessment
for under-declared output tax of 96,450 pounds on 19 October 2021, on the basis that some
fitted-kitchen supplies had been wrongly zero-rated.

The appellant requested a statutory review on or about 12 November 2021. The review concluded
on 3 February 2022, upholding the assessment. The notice of appeal was lodged with the
Tribunal on 1 March 2022, within the time allowed by section 83G of the Value Added Tax Act
1994.

The appeal was heard from 10 to 12 March 2025. The Tribunal found that the fitted units were
not part of a new dwelling and that the supplies were standard-rated, but that HMRC had
miscalculated the tax in two of the four quarters.

Decision

The appeal is allowed in part. The assessment is reduced to 71,020 pounds. HMRC is directed to
repay the excess, with interest, by 30 June 2025.

This summary does not form part of the decision. Either party may apply for permission to
appeal within 56 days of the release date.""",
        (
            expect("2016-08-01", "regist"),
            expect("2021-10-19", "assessment"),
            expect("2021-11-12~", "request"),
            expect("2022-02-03", "review"),
            expect("2022-03-01", "appeal"),
            expect("2025-03-10/2025-03-12", "heard"),
            expect("../2025-06-30", "repay", planned=True),
        ),
    ),
    Text(
        "caledonian-isles-oban-disruption",
        "ferry operator service disruption notice",
        None,
        """SERVICE UPDATE - Oban to Craignure
Status: DISRUPTED
Posted 06:40, Friday 7 November 2025

Due to continuing gale force winds, sailings on the Oban - Craignure route are liable to
disruption or cancellation at short notice.

Thursday's 17:10 sailing from Oban was cancelled because of sea conditions at the Craignure
linkspan. Customers booked on it have been contacted by text message.

MV Isle of Cairn has been in dry dock at Greenock since 2 November for repairs to her port
propeller shaft. She is expected to return to service on Wednesday 12 November. Until then the
route is served by MV Loch Tarbert, which carries a maximum of 32 cars.

A reduced timetable will operate from Saturday, with departures from Oban every two hours
between 07:00 and 19:00. Winds are forecast to ease by Sunday.

Commercial vehicles over 7.5 tonnes must be booked in advance by calling 0800 066 5000.
Booking references beginning OB2025 remain valid on any sailing.

This is the worst weather disruption on the route since 2019. We apologise to all customers
for the inconvenience.

Next update: 12:00 today, or sooner if the situation changes.""",
        (
            expect("2025-11-06", "cancel"),
            expect("2025-11-02/..", "dock"),
            expect("2025-11-12", "return", planned=True),
            expect("2025-11-08", "timetable", planned=True),
            expect("../2025-11-09", "wind", planned=True),
        ),
    ),
    Text(
        "wyke-hall-estate-catalogue",
        "county record office catalogue page in HTML",
        None,
        """<html>
<head><title>D/HAL - Hallam family of Wyke Hall | Westshire Record Office online
catalogue</title></head>
<body>
<div id="breadcrumb">Catalogue &gt; Family and estate collections &gt; D/HAL</div>
<h1>Hallam family of Wyke Hall, estate papers</h1>
<table class="record">
  <tr><th>Reference</th><td>D/HAL</td></tr>
  <tr><th>Covering dates</th><td>1778-1846</td></tr>
  <tr><th>Extent</th><td>14 boxes, 3 outsize maps</td></tr>
  <tr><th>Level</th><td>Fonds</td></tr>
</table>
<h2>Administrative history</h2>
<p>The Wyke estate was purchased by John Hallam, a Leeds cloth merchant, in 1781. The common of
Wyke Moor was enclosed in 1809 under a private act, and the estate grew to some 2,300 acres.
After the death of Edward Hallam, the hall and its land were
sold in 1846.</p>
<h2>Scope and content</h2>
<p>Deeds, rentals, enclosure papers and maps. The earliest estate map (D/HAL/3/14) is undated
but was perhaps drawn in 1778, before the purchase.</p>
<h2>Custodial history</h2>
<p>Deposited by Mrs A. Hallam of Harrogate on 14 June 1962. The collection was catalogued
c. 1975 and the list was revised in 2003.</p>
<p class="notice">The collection is closed for conservation and is scheduled to reopen to
readers in May 2026.</p>
<p>Searchroom open Tuesday to Friday, 9.30-16.30. Please quote the reference D/HAL/1/1-422
when ordering.</p>
<footer>Page last updated 12/03/2024 | Westshire Record Office, Tel. 01632 960 2003</footer>
</body>
</html>""",
        (
            expect("1781", "purchas"),
            expect("1809", "enclos"),
            expect("1846", "sold"),
            expect("1778?", "map"),
            expect("1962-06-14", "deposit"),
            expect("1975~", "catalogu"),
            expect("2003", "revis"),
            expect("2026-05", "reopen", planned=True),
        ),
    ),
    Text(
        "helixbio-hlx204-phase2",
        "biotech trial results release",
        None,
        """HelixBio Announces Positive Phase 2 Results for HLX-204 in Relapsed Ovarian Cancer

CAMBRIDGE, Mass., Sept. 15, 2025 (BUSINESS WIRE) -- HelixBio, Inc. (NASDAQ: HLXB), a
clinical-stage biotechnology company, reported positive topline results from PRISM-2,
its Phase 2 trial of HLX-204 in women with platinum-resistant ovarian cancer.

PRISM-2 enrolled 118 patients at 31 sites from March 2023 to August 2024. The trial met its
primary endpoint, with an objective response rate of 38 percent (p=0.003), the highest reported
in this population since 2014 according to the company.

The data were presented on Saturday in a late-breaking session at the ESMO Congress in Berlin.

The U.S. Food and Drug Administration granted Fast Track designation to HLX-204 in June 2022.
HelixBio expects to begin a pivotal Phase 3 trial by the end of March 2026.

"These results show what a targeted payload can do for patients who have run out of options,"
said Dr. Priya Raman, Chief Medical Officer.

HelixBio will host a conference call and webcast on Tuesday, September 16, at 8:00 a.m. ET.
Participants may dial 1-877-407-0789 and use conference ID 13752204.

About HelixBio
HelixBio was founded in 2015 and develops antibody-drug conjugates for solid tumors.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Contacts
Investors: Mark Feeney, ir@helixbio.example, +1 617 555 0142""",
        (
            expect("2023-03/2024-08", "enrol"),
            expect("2025-09-13", "present"),
            expect("2022-06", "fast track"),
            expect("../2026-03", "phase 3", planned=True),
            expect("2025-09-16", "call", planned=True),
            expect("2015", "found"),
        ),
    ),
    Text(
        "valmora-chess-olympiad",
        "chess olympiad report",
        date(2026, 9, 21),
        """CHESS

Armenia's women take gold as the Olympiad ends in Valmora

Valmora - The final round of the 47th Chess Olympiad was played on Sunday in the Palazzo dei
Congressi, where Armenia's women beat Poland 3-1 to finish a full point ahead of the field.

The Olympiad opened on 8 September with 188 teams in the open section and 162 in the women's,
both records. Games started every day at 15:00, with the exception of a single rest day.

Armenia's women had last won gold in 2002. Their board one, IM Narine Avetikyan, who
has captained the team since 2019, scored 8 points from 10 games with a performance rating of
2618.

In the open section India retained the title, with Uzbekistan second. It was the best result
for a team from Central Asia since 1994. Bulgaria's top board, rated 2764, lost only once.

The FIDE General Assembly is to meet in the same hall on 25 and 26 September to elect a new
deputy president. The next Olympiad will be held in Almaty in 2028.

Final standings (open): 1. India 21; 2. Uzbekistan 19; 3. United States 18 ...
Final standings (women): 1. Armenia 20; 2. Poland 19; 3. Georgia 18 ...""",
        (
            expect("2026-09-20", "round"),
            expect("2026-09-08", "open"),
            expect("2002", "gold"),
            expect("2019/..", "captain"),
            expect("2026-09-25", "assembly", planned=True),
            expect("2026-09-26", "assembly", planned=True),
            expect("2028", "olympiad", planned=True),
        ),
    ),
    Text(
        "nordmark-landtag-calendar-2026",
        "regional parliament sitting calendar",
        None,
        """LANDTAG NORDMARK
Sitting calendar 2026
Drucksache 21/3144

The Council of Elders adopted the following calendar of plenary sittings on 11 December 2025,
in accordance with Rule 34 of the Standing Orders of 2019.

1. Spring session
The spring session will open on Tuesday 13 January 2026 with the Speaker's address. Plenary
sittings are then scheduled on 27, 28 and 29 January.

2. Budget
The budget debate will take place from 17 to 19 March 2026. The State Government must table
its annual accounts for 2025 no later than 30 April 2026.

3. Summer recess
The Landtag will be in recess from 20 July to 31 August 2026. No plenary sittings take place
during school holidays.

4. Election
The next regional election is expected to be held in May 2027; the final sitting of the 21st
electoral term will be fixed later.

Committees meet every Wednesday of a sitting week unless the Council of Elders decides
otherwise. Public galleries open 30 minutes before each sitting.

Press office: Room 2.014, Tel. 0431 988 1020""",
        (
            expect("2025-12-11", "adopt"),
            expect("2026-01-13", "session", planned=True),
            expect("2026-01-27", "sitting", planned=True),
            expect("2026-01-28", "sitting", planned=True),
            expect("2026-01-29", "sitting", planned=True),
            expect("2026-03-17/2026-03-19", "budget", planned=True),
            expect("../2026-04-30", "account", planned=True),
            expect("2026-07-20/2026-08-31", "recess", planned=True),
            expect("2027-05", "election", planned=True),
        ),
    ),
    Text(
        "westhorpe-mill",
        "windmill restoration history",
        None,
        """Westhorpe Mill - History and restoration

Westhorpe Mill is a five-storey brick tower mill standing on a low ridge west of the village.
It was built in 1802 for the miller Thomas Gill, whose account book records a cost of 1,140
pounds, and it ground wheat and barley for local farms for more than a century.

Commercial milling ceased around 1928, when the last miller, Walter Gill, moved his business to
a roller mill in Thetford. The mill was used as a grain store until the Second World War.

On 31 January 1953 a gale tore two sails from the cap and left the tower open to the weather.

The Westhorpe Mill Trust was formed in 1976 by a group of villagers to save the building.
Restoration took place from 1979 to 1984, with a new cap built by the millwrights R. Thompson &
Son. New sails were fitted on 9 May 2009.

The mill has been grinding flour again since 2011, and its stoneground wholemeal is sold in the
shop. The fantail gearing has a ratio of 1 to 2,160.

The cap, now more than forty years old, is scheduled to be replaced in 2026.

Visiting
The mill is open every second Sunday from April to September, 2-5 pm, and on National Mills
Weekend. Admission 4 pounds, children free.""",
        (
            expect("1802", "built"),
            expect("1928~", "ceas"),
            expect("1953-01-31", "gale"),
            expect("1976", "trust"),
            expect("1979/1984", "restor"),
            expect("2009-05-09", "sail"),
            expect("2011/..", "grind"),
            expect("2026", "cap", planned=True),
        ),
    ),
    Text(
        "1st-ashby-scouts-report",
        "scout group annual report",
        None,
        """1st Ashby-de-la-Zouch Scout Group
Annual Report 2024-25
Registered charity no. 1052019

Group Scout Leader's report

It has been another busy year for the group. We now have 96 young people in five sections,
and for the first time in our history we have a waiting list for every one of them.

Our biggest change was the launch of a Squirrels section for four- and five-year-olds in
January 2025. By the end of the year it had 14 members. The St George's Day parade on 27 April
saw all five sections march through the town together.

The summer camp at Walesby Forest ran from 26 July to 2 August 2025. Forty-one Scouts and
Cubs took part, and the rain held off for all but one day.

The roof of our headquarters was replaced in about October 2024 after the storms of the
previous winter. The group has met at the Bath Street hut since 1961, and the new roof should
keep it dry for another fifty years.

Sections meet every Monday and Thursday during term time, 6.30-8 pm.

Looking ahead, the group will celebrate its centenary in 2027, and we are already planning a
reunion for former members.

Treasurer's report

Income for the year was 18,240 pounds, including Gift Aid of 1,160 pounds. Subscriptions stay
at 2025 levels.""",
        (
            expect("2025-01", "squirrel"),
            expect("2025-04-27", "parade"),
            expect("2025-07-26/2025-08-02", "camp"),
            expect("2024-10~", "roof"),
            expect("1961/..", "hut"),
            expect("2027", "centenary", planned=True),
        ),
    ),
    Text(
        "hobbs-brewery-history",
        "brewery company history",
        None,
        """About us - The Hobbs Brewery story

Hobbs has been brewing in Kendal for more than 175 years. Our flagship bitter, Old 1848, is
named after the year it all began.

Beginnings
The brewery was founded in 1848 by the maltster Josiah Hobbs behind the Fleece Inn on
Highgate. His son Samuel introduced the first bottled beers in 1894, when Hobbs' Pale Ale won a
medal at the London Brewers' Exhibition.

Fire and rebuilding
On the night of 3 March 1911 the brewhouse burnt down. It reopened two years later in a new
tower brewery designed by the architect William Bradshaw, with a copper that held 40 barrels.

The Northern Ales years
Hobbs was acquired by Northern Ales in 1962 and lost much of its independence, though the
family kept a seat on the board. In 1994 a management buyout led by head brewer Jane Hobbs
returned the company to local ownership.

Today
Hobbs has brewed at its current site on Mintsfeet Road since 1999, producing about 25,000
barrels a year. Tours run every Friday and Saturday. We plan to open a visitor centre next to
the brewery in 2026.

Our beers are sold in 320 pubs across Cumbria and Lancashire, and our IPA is 4.5% ABV.""",
        (
            expect("1848", "found"),
            expect("1894", "bottl"),
            expect("1911-03-03", "burn"),
            expect("1913", "reopen"),
            expect("1962", "acquir"),
            expect("1994", "buyout"),
            expect("1999/..", "site"),
            expect("2026", "visitor", planned=True),
        ),
    ),
)
