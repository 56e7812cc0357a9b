"""A nineteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty kinds of documents a journalist or a historian
keeps a chronology from (a wire story on an energy deal, a magazine profile, press releases of
a sports federation and a city council, a US appeals opinion, encyclopedia entries on a treaty
and a church, a company history, a cycling stage report, a mission summary, an emergency
statement, an HTML blog post, a history society's talk summary, an airline route announcement,
an enforcement notice with numeric dates, an embassy election notice, a school inspection
summary, a cooperative's newsletter, a war timeline and a radio bulletin), some with British,
some with American date styles. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETEENTH_CORPUS",)

NINETEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "nineteenth-wire-gas-deal",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ASTANA, 12 March (Meridian) - Kazakhstan's state-owned QazSteppe Gas and the
Norwegian utility Fjellkraft Energi signed a 20-year supply agreement on Tuesday, the two
companies said, in a deal worth an estimated $9 billion.

Under the agreement, Fjellkraft will buy up to 4 billion cubic metres of gas a year, the
largest single contract for the Kazakh producer since 2014. First deliveries are expected to
begin in January 2027, once a new compressor station at Beineu is connected.

Talks between the two companies began around September 2023, according to a person familiar
with the negotiations who asked not to be named. The Beineu hub itself was completed in 2019.

Kazakhstan's competition regulator had approved the terms before 5 March, a spokesperson
for QazSteppe said.

Shares in Fjellkraft rose 3.1% in Oslo.

(Reporting by Aidana Serik; editing by Tom Harlow)""",
        (
            expect("2025-03-11", "sign", "agreement"),
            expect("2027-01", "deliver", planned=True),
            expect("2023-09~", "talks"),
            expect("2019", "beineu"),
            expect("../2025-03-05", "regulator"),
        ),
    ),
    Text(
        "nineteenth-profile-politician",
        "long-read magazine profile of a politician",
        None,
        """THE LONG GAME

Marcia Delgado has lost more elections than most politicians ever contest. That, her
friends say, is the point.

By Evan Whitcombe

Marcia Delgado was born in Dayton, Ohio, on February 9, 1968, the third of five children of
a machinist and a school nurse. She did not think about politics, she insists, until a
zoning fight over the lot behind her house turned her into a neighborhood organizer.

She won a seat on the Dayton city council in 1997 and then, with a stubbornness her critics
call reckless, ran for the state senate in 2004, 2006 and 2008, losing each time by fewer
votes than the last. The 2008 race was the closest in that district since 1982.

She has chaired the Ohio Democratic Party since March 2015, a job that pays nothing and, as
she puts it over a plate of pierogi, "costs you most of your friends."

Now she wants the top job. Delgado is expected to declare her candidacy for governor on
September 14, 2025, at the same union hall in Dayton where she held her first fundraiser.
"I know how to lose," she says. "I'd like to find out what the other thing feels like.\"""",
        (
            expect("1968-02-09", "born"),
            expect("1997", "council"),
            expect("2004", "senate"),
            expect("2006", "senate"),
            expect("2008", "senate"),
            expect("2015-03/..", "chair"),
            expect("2025-09-14", "candidacy", planned=True),
        ),
    ),
    Text(
        "nineteenth-federation-release",
        "press release of a sports federation",
        date(2024, 4, 4),
        """INTERNATIONAL CANOE POLO FEDERATION
Press Release No. 11/2024
Lausanne, 4 April 2024

GHENT TO HOST 2027 WORLD CHAMPIONSHIPS

The Executive Board of the International Canoe Polo Federation (ICPF), meeting in Lausanne
from 2 to 3 April, has awarded the 2027 World Championships to Ghent, Belgium. The
championships will be held from 12 to 18 July 2027 at the Watersportbaan.

The bidding process opened on 15 September 2023 and attracted four candidate cities. The
World Championships are held every two years.

The Board also confirmed that the revised anti-doping rules will take effect on
1 January 2025, in line with the 2021 World Anti-Doping Code.

The ICPF, founded c. 1949 by six national associations, today counts 58 member federations.

"Ghent has shown us a plan that puts the athletes first," said ICPF President Hanne Mortensen.

- ENDS -

Media contact: press@icpf-example.org""",
        (
            expect("2024-04-02/2024-04-03", "board"),
            expect("2027-07-12/2027-07-18", "championship", planned=True),
            expect("2023-09-15", "bid"),
            expect("2025-01-01", "doping", planned=True),
            expect("1949~", "found"),
        ),
    ),
    Text(
        "nineteenth-council-release",
        "press release of a city council",
        date(2023, 10, 17),
        """CITY OF RIVERTON
Office of Communications
FOR IMMEDIATE RELEASE
October 17, 2023

City Council Approves $14.2 Million Renovation of Carnegie Library

RIVERTON, Ore. - The Riverton City Council voted 6-1 Monday to approve a $14.2 million
renovation of the Carnegie Library on Main Street, which has been closed since August 2021
after inspectors found damage to its roof trusses.

The building was built around 1928 with a grant from the Carnegie Corporation. Construction
is scheduled to begin in March 2024, and the work will take about eighteen months.

A public hearing on the design will be held on Thursday, November 2, at 6 p.m. in Council
Chambers. The Council meets every second Tuesday of the month.

"This library is part of who we are," said Mayor Denise Okafor. Population figures from the
2020 census show Riverton has grown by 11 percent in a decade.

###

Media contact: Luis Ferreira, (541) 555-0148""",
        (
            expect("2023-10-16", "approv", "renovation"),
            expect("2021-08/..", "clos"),
            expect("1928~", "built"),
            expect("2024-03", "construction", planned=True),
            expect("2023-11-02", "hearing", planned=True),
        ),
    ),
    Text(
        "nineteenth-appeal-opinion",
        "court of appeal opinion excerpt",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE EIGHTH CIRCUIT

No. 21-3144

HOLLISTER GRAIN COOPERATIVE, Plaintiff-Appellant,
v.
MIDWEST RAIL LOGISTICS, INC., Defendant-Appellee.

OPINION

KRAMER, Circuit Judge.

Hollister Grain Cooperative ("Hollister") appeals the grant of summary judgment to Midwest
Rail Logistics, Inc. ("MRL") on its breach-of-contract claim. We reverse and remand.

I.

On or about June 3, 2019, Hollister delivered 41 carloads of soybeans to MRL's terminal in
Council Bluffs for shipment to Louisiana. It is unclear whether the parties signed the
written rate addendum in March 2019; the only copy in the record bears one signature.

Hollister filed its complaint on January 14, 2020. The district court granted summary
judgment to MRL on August 30, 2021, holding that the addendum's limitation clause barred the
claim. Hollister filed a timely notice of appeal on September 24, 2021, and we heard
argument on May 9, 2022.""",
        (
            expect("2019-06-03~", "deliver"),
            expect("2019-03?", "addendum"),
            expect("2020-01-14", "complaint"),
            expect("2021-08-30", "summary judgment"),
            expect("2021-09-24", "appeal"),
            expect("2022-05-09", "argument"),
        ),
    ),
    Text(
        "nineteenth-treaty-entry",
        "encyclopedia entry on a treaty",
        None,
        """Treaty of Varnholm

The Treaty of Varnholm (formally the Convention on the Conservation of Herring Stocks in the
Eastern Baltic) is a multilateral agreement on fishing quotas between the states bordering
the Gulf of Riga and the Gulf of Finland.

History

Negotiations opened at Tallinn in May 1994 after two years of falling catches. The treaty was
signed at Varnholm Manor on 17 October 1996 by Estonia, Latvia and Finland. Estonia ratified
it on 11 June 1997 and Latvia in 1998; it entered into force on 1 March 1999, thirty days
after the deposit of the third instrument of ratification.

Sweden, which had acceded by 2001, proposed the first amendment on quota trading. Observers
called it the most important fisheries accord in the region since 1976.

See also
- Baltic Sea fisheries
- 1992 Helsinki Convention""",
        (
            expect("1994-05", "negotiat"),
            expect("1996-10-17", "sign"),
            expect("1997-06-11", "estonia", "ratif"),
            expect("1998", "latvia"),
            expect("1999-03-01", "force"),
            expect("../2001", "sweden"),
        ),
    ),
    Text(
        "nineteenth-church-entry",
        "encyclopedia entry on a town's church",
        None,
        """St Aldhelm's Church, Wexcombe

St Aldhelm's Church is the Church of England parish church of the market town of Wexcombe,
Wiltshire. It is a Grade I listed building.

History

A church stood on the site by 1086, when Domesday Book records a priest at Wexcombe. The
present nave was built c. 1340, and the west tower was added in 1487 at the expense of the
wool merchant John Fyssher.

The church was restored between 1871 and 1873 by the architect G. E. Harrow, who replaced
the box pews and rebuilt the chancel arch. It was designated a Grade I listed building on
14 May 1952, and the bells were recast the following year at Whitechapel.

The 1851 religious census recorded an attendance of 412 at morning service. Holy Communion
is celebrated every Sunday at 8 am.""",
        (
            expect("../1086", "church"),
            expect("1340~", "nave"),
            expect("1487", "tower"),
            expect("1871/1873", "restor"),
            expect("1952-05-14", "listed"),
            expect("1953", "bells"),
        ),
    ),
    Text(
        "nineteenth-annual-report-history",
        "company history in an annual report",
        None,
        """HARWELL BROTHERS TOOL COMPANY - ANNUAL REPORT 2023

Our History

Harwell Brothers was founded in 1921 by Samuel and Otto Harwell in a rented garage in
Toledo, Ohio, making wrenches for the automobile trade. The company was incorporated in
Ohio on April 2, 1934.

Harwell shares were listed on the New York Stock Exchange in 1962. In 1988 the company
acquired Brandt Fasteners of Milwaukee, and it expanded into Mexico the following year with
a plant in Saltillo.

A second Mexican plant, in Monterrey, is scheduled to open in June 2025 and will employ
about 600 people.

Net sales reached $1.9 billion in the year under review, the highest since 2008.

Page 6 | Harwell Brothers Tool Company""",
        (
            expect("1921", "found"),
            expect("1934-04-02", "incorporat"),
            expect("1962", "listed"),
            expect("1988", "brandt"),
            expect("1989", "mexico"),
            expect("2025-06", "monterrey", planned=True),
        ),
    ),
    Text(
        "nineteenth-cycling-stage",
        "sports report of a cycling race stage",
        date(2024, 5, 16),
        """CYCLING | TOUR OF THE ARDENNES

Verbeek storms the Côte de Wanne to take stage four

By Pieter Claes

Lotte Verbeek won yesterday's fourth stage of the Tour of the Ardennes with a solo attack on
the Côte de Wanne, 11 km from the finish in Stavelot, and moved into second place overall.

It was the Dutch rider's first victory since the national championships on 23 June 2022,
and came two days after she crashed on Monday's descent into Malmedy and needed four
stitches in her elbow.

The Côte de Wanne, first included in the race around 1987, was climbed in the fastest time
since 2011. The climb is used every year.

The race leader, Sofie Lindqvist, finished 38 seconds back and keeps the yellow jersey by
21 seconds. The race finishes in Liège on Sunday.

Stage 4 result: 1 L. Verbeek (NED) 3h 41' 08"; 2 S. Lindqvist (SWE) +38"; 3 A. Roux (FRA)
s.t.""",
        (
            expect("2024-05-15", "verbeek", "stage"),
            expect("2022-06-23", "championship"),
            expect("2024-05-13", "crash"),
            expect("1987~", "wanne"),
            expect("2024-05-19", "finish", planned=True),
        ),
    ),
    Text(
        "nineteenth-mission-summary",
        "mission summary of an IMF-style staff visit",
        None,
        """Regional Stabilization Fund
Press Release No. 24/318

Mongolia: Staff Concludes Visit

- A staff team of the Regional Stabilization Fund (RSF) led by Ms. Ingrid Holt visited
  Ulaanbaatar from October 2 to 13, 2024, to discuss recent economic developments and
  progress under the program.
- The three-year arrangement was approved by the RSF Executive Board in June 2022.

Ms. Holt issued the following statement at the end of the visit:

"Growth has been strong, but inflation has remained above the central bank's target band
since February 2023. The Bank of Mongolia appropriately raised the policy rate by 100 basis
points on September 16, and staff welcomes its commitment to tighten further if needed.

Real GDP growth is projected at 5.2 percent, the lowest since 2020.

The team reached staff-level agreement on the second review. The Executive Board is expected
to consider the review in December 2024. The team thanks the authorities for their
hospitality and candid discussions.\"""",
        (
            expect("2024-10-02/2024-10-13", "visit"),
            expect("2022-06", "approv"),
            expect("2023-02/..", "inflation"),
            expect("2024-09-16", "rate"),
            expect("2024-12", "board", "review", planned=True),
        ),
    ),
    Text(
        "nineteenth-emergency-statement",
        "government statement on a state of emergency",
        date(2025, 8, 8),
        """STATEMENT BY THE MINISTRY OF THE INTERIOR
Issued 8 August 2025

State of emergency in the Upper Drava region

1. The Government declared a state of emergency in the districts of Lienz, Spittal and
   Hermagor at 18:00 on 6 August 2025, following the flooding that began on or about
   2 August after the heaviest rainfall since 1953.

2. The declaration allows the armed forces to support the civil protection services and the
   requisition of heavy equipment. It will be reviewed by the Council of Ministers on
   13 August.

3. Parliament is to meet in extraordinary session on Monday to debate the measures.

4. The previous state of emergency in the region was declared after the Kestrel Dam failure
   in March 2011.

5. Residents are reminded that the emergency hotline, 0800 200 112, is staffed around the
   clock and that sirens are tested every Saturday at noon.""",
        (
            expect("2025-08-06", "emergency"),
            expect("2025-08-02~", "flood"),
            expect("2025-08-13", "review", planned=True),
            expect("2025-08-11", "parliament", planned=True),
            expect("2011-03", "dam"),
        ),
    ),
    Text(
        "nineteenth-blog-bakery",
        "HTML blog post with a date line and comments",
        date(2022, 5, 9),
        """<article class="post">
<h1>Goodbye, Ferris Bakery</h1>
<p class="post-date">Posted on May 9, 2022 by <a href="/author/kath">Kath M.</a></p>
<p>Ferris Bakery on Elm Street closed its doors for good last Saturday, and I am still not
over it. Half the neighborhood turned up for the farewell party on Friday, and the line for
the last cinnamon rolls went around the block.</p>
<p>The bakery opened in 1979. Greg Ferris bought it from the founders around 1994 and kept
the recipes exactly as they were. He baked every morning at four.</p>
<p>The building has been sold, and the new owner says it will be demolished in July to make
way for apartments.</p>
<p>Tags: <a href="/tag/neighborhood">neighborhood</a>, <a href="/tag/food">food</a></p>
</article>
<section id="comments">
<h2>3 Comments</h2>
<div class="comment"><span class="meta">JanetR - May 10, 2022 at 8:14 am</span>
<p>I will miss their rye bread so much.</p></div>
<div class="comment"><span class="meta">dave_k - May 10, 2022 at 11:52 am</span>
<p>End of an era. Thanks for writing this.</p></div>
</section>""",
        (
            expect("2022-05-07", "clos"),
            expect("2022-05-06", "party"),
            expect("1979", "open"),
            expect("1994~", "bought"),
            expect("2022-07", "demolish", planned=True),
        ),
    ),
    Text(
        "nineteenth-history-society-talk",
        "local history society talk summary",
        None,
        """LYDD VALLEY LOCAL HISTORY SOCIETY - Newsletter No. 87

Talk report: "The Mills of the Lydd Valley"

On 14 February 2024 Dr Mary Catt spoke to 42 members and visitors about the water mills
that once lined our river.

The first mill in the valley is recorded in 1279, at Hatch Green. The paper mill at Hadlow
opened c. 1715 and for a century supplied the London stationers. It was destroyed by fire in
1866 and rebuilt the following year, larger and steam-powered.

Dr Catt showed that the last working mill, at Brookfoot, probably closed in 1931, though
the miller's family continued to live there.

Our next talk, on the Lydd Navigation canal, will be on 13 March at the Village Hall.
Meetings are held on the second Wednesday of each month at 7.30 pm; visitors £3.""",
        (
            expect("2024-02-14", "catt"),
            expect("1279", "mill"),
            expect("1715~", "paper"),
            expect("1866", "fire"),
            expect("1867", "rebuilt"),
            expect("1931?", "clos"),
            expect("2024-03-13", "canal", planned=True),
        ),
    ),
    Text(
        "nineteenth-airline-route",
        "airline route announcement",
        date(2025, 1, 21),
        """NEWSROOM | Skylark Air

Skylark Air Announces Nonstop Service Between Denver and Reykjavik

DENVER, Jan. 21, 2025 /Skylark Air/ -- Skylark Air will launch nonstop service between
Denver International Airport (DEN) and Reykjavik-Keflavik (KEF) on May 22, 2025, the
airline announced today. The seasonal route will operate three times weekly on Mondays,
Thursdays and Saturdays with a 186-seat Airbus A321neo.

Tickets go on sale Thursday at skylarkair.example.

Skylark Air has served Denver since 2009 and began flying to Europe in 2017, when it opened
a route to Dublin.

"Iceland has been the number-one request in our 2024 customer survey," said Chief Commercial
Officer Dana Whitfield.

About Skylark Air
Skylark Air is a low-fare carrier based in Salt Lake City.""",
        (
            expect("2025-05-22", "reykjavik", planned=True),
            expect("2025-01-23", "sale", planned=True),
            expect("2009/..", "denver"),
            expect("2017", "europe"),
        ),
    ),
    Text(
        "nineteenth-enforcement-notice",
        "regulatory enforcement notice",
        date(2024, 4, 3),
        """Federal Office for Payment Supervision
Enforcement notice 2024/07
Vienna, 03.04.2024

Administrative fine imposed on Alpina Zahlungsdienste GmbH

By decision of 28.03.2024 the Federal Office imposed a fine of EUR 1,250,000 on Alpina
Zahlungsdienste GmbH, a payment institution licensed since 12.05.2017.

The fine concerns breaches of customer due diligence obligations between 01.02.2021 and
30.06.2022. The breaches were identified in an on-site inspection that began on or about
14.09.2022. The company ended the practice before 01.07.2022 and has since cooperated with
the Office.

The fine is the largest imposed on a payment institution since 2015.

The decision is not yet final. The notice is published in accordance with section 99 of the
Payment Services Act.""",
        (
            expect("2024-03-28", "fine"),
            expect("2017-05-12/..", "licens"),
            expect("2021-02-01/2022-06-30", "breach"),
            expect("2022-09-14~", "inspection"),
            expect("../2022-07-01", "practice"),
        ),
    ),
    Text(
        "nineteenth-embassy-election",
        "embassy notice about an election abroad",
        date(2024, 5, 20),
        """EMBASSY OF THE REPUBLIC OF VELTRIA
Canberra

NOTICE TO VELTRIAN CITIZENS IN AUSTRALIA AND NEW ZEALAND

Presidential election, Sunday 23 June 2024

The presidential election will be held on Sunday 23 June 2024. Citizens living abroad may
vote in person at the Embassy or by post, provided they are on the overseas electoral
register.

- Registration opened on 2 April. More than 1,900 citizens had registered by 17 May.
- Postal ballots will be dispatched on 3 June to all registered voters who chose postal
  voting.
- The Embassy will be closed on Monday 10 June for a public holiday.

Turnout abroad at the 2019 election was the lowest since 2004.

Consular office hours: Monday to Friday, 9.00-12.30.""",
        (
            expect("2024-06-23", "election", planned=True),
            expect("2024-04-02", "registration"),
            expect("../2024-05-17", "registered"),
            expect("2024-06-03", "ballot", planned=True),
            expect("2024-06-10", "closed", planned=True),
        ),
    ),
    Text(
        "nineteenth-school-inspection",
        "school inspection report summary",
        None,
        """Inspection report: Northgate Primary School
Unique reference number 143321

Summary of key findings

Northgate Primary School was inspected from 5 to 6 March 2024. The school continues to be
a good school.

- The headteacher, Mrs Farida Qureshi, has been in post since September 2021 and has
  improved the teaching of early reading.
- Attendance is now the highest it has been since 2015.
- The school's 2023 key stage 2 results in mathematics were above the national average.

Context

Northgate converted to become an academy on 1 April 2016 and is part of the Tern Valley
Learning Trust. The previous inspection took place in November 2019. A new teaching block
is due to open in January 2025.""",
        (
            expect("2024-03-05/2024-03-06", "inspect"),
            expect("2021-09/..", "headteacher"),
            expect("2016-04-01", "academy"),
            expect("2019-11", "inspection"),
            expect("2025-01", "block", planned=True),
        ),
    ),
    Text(
        "nineteenth-coop-newsletter",
        "newsletter of a cooperative",
        date(2023, 11, 6),
        """THE GREENHILL GRAPEVINE
Newsletter of Greenhill Community Co-operative Ltd - November 2023

AGM round-up
Thank you to the 63 members who came to the Annual General Meeting on Saturday 28 October.
Members approved the 2022 accounts and re-elected three directors.

Our story so far
Greenhill was founded in 1978 by twelve households who wanted to buy wholefoods in bulk.
Solar panels went onto the shop roof in 2012, 2015 and 2019, and we have sold flour from
Tanner's Mill since 1990.

Dividend
This year's members' dividend of 2.5% will be paid by 15 December.

Dates for your diary
Volunteer mornings are on the first Saturday of every month.

Greenhill Community Co-operative Ltd, 4 Station Road. Registered society no. 21774R.""",
        (
            expect("2023-10-28", "agm"),
            expect("1978", "found"),
            expect("2012", "solar"),
            expect("2015", "solar"),
            expect("2019", "solar"),
            expect("1990/..", "flour"),
            expect("../2023-12-15", "dividend", planned=True),
        ),
    ),
    Text(
        "nineteenth-war-timeline",
        "Wikipedia-style timeline section of a war",
        None,
        """Second Varnese War

Timeline

1915
- 12 March 1915 – Kingdom of Varna declares war on the Dornish Confederation.
- c. 20 June 1915 – Varnese troops begin the siege of Dornholm.
- 3–9 September 1915 – Battle of Kestra; the Dornish counter-offensive is halted.

1916
- 1 May 1916 – Varnese forces cross the Lesk river near Ottow.
- Probably 14 October 1916 – Dornholm surrenders after sixteen months of siege; sources
  disagree on the exact day.

1917
- 2 February 1917 – Armistice signed at Halbe, ending the fighting.

See also
- First Varnese War
- List of battles of the Second Varnese War""",
        (
            expect("1915-03-12", "war"),
            expect("1915-06-20~", "siege"),
            expect("1915-09-03/1915-09-09", "kestra"),
            expect("1916-05-01", "lesk"),
            expect("1916-10-14?", "dornholm"),
            expect("1917-02-02", "armistice"),
        ),
    ),
    Text(
        "nineteenth-radio-bulletin",
        "transcript of a radio news bulletin",
        date(2024, 11, 7),
        """WKRZ NEWS AT SEVEN - TRANSCRIPT
Thursday, November 7, 2024

ANCHOR (JIM BECKER): Good morning. Here are the headlines.

Governor Alicia Moran signed the state budget yesterday after a three-week standoff with
lawmakers. The $61 billion plan includes money for rural hospitals.

The Harlan Street Bridge has been closed since Monday, October 28, and city engineers say it
may stay shut through the winter.

At the Pellston paper mill, the strike that began around October 1 goes on; no new talks have
been scheduled.

In court news, the trial of former county treasurer Gene Harbaugh is set to begin on
January 13.

And weather: a strong coastal storm is expected to arrive Saturday, with up to three inches
of rain. It's been the warmest fall since 1998.

That's the news at seven. WKRZ news is on the hour, every hour.""",
        (
            expect("2024-11-06", "budget"),
            expect("2024-10-28/..", "bridge"),
            expect("2024-10-01~", "strike"),
            expect("2025-01-13", "trial", planned=True),
            expect("2024-11-09", "storm", planned=True),
        ),
    ),
)
