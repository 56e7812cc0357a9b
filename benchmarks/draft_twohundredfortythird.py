"""The two-hundred-and-forty-third batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an air quality service's
pollution episode notices, a show jumping report, a nuclear decommissioning press release, a
Regency lady's letters of the 1810s, a water vole survey, a bell foundry's history, a digital
minister's broadband rollout statement, a council's HTML bin collection changes page, a financial
conduct tribunal decision, a cobbler's history and a basketball league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFORTYTHIRD_CORPUS",)


TWOHUNDREDFORTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "halvard-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALVARD, Oct 9 (Norland Press) - Dockworkers at the port of Halvard ended a nine-day
strike on Tuesday after the port authority agreed to a 6.5 percent pay rise spread over two
years, the Transport and Harbour Workers' Union said.

The walkout began on Sept. 30, three days after talks on a new contract had broken down on
Sept. 27, and left about 40 cargo ships waiting at anchor off the coast. Union leader Britt
Sandvik said crews would resume loading and unloading on Thursday, starting with the 6 a.m.
shift.

"Nobody wanted this to go on, least of all the men on the quays," Sandvik told reporters
outside the union's offices. "But the offer on the table in September was an insult."

The deal still has to be approved by the union's 2,300 members in a postal ballot, which is
expected to close by Oct. 25. Port authority chairman Ivar Holm said he was confident it
would pass.

Halvard handled 14.2 million tonnes of cargo in 2023, its busiest year since 2008, and is the
main export outlet for timber and pulp from the inland forests. Exporters said the stoppage
had cost them around 30 million crowns a day.

The last strike at the port, in March 2019, lasted four days. The port authority was
privatised in 2011 under the 2010 Ports Act, and it plans to open a new container terminal on
the northern breakwater in 2027.

(Reporting by Ola Brekke; Editing by Jane Mercer)""",
        (
            expect("2024-10-08", "strike", "end"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-09-27", "talks", "broke"),
            expect("2024-10-10", "loading", planned=True),
            expect("../2024-10-25", "ballot", planned=True),
            expect("2023", "handle"),
            expect("2019-03", "strike"),
            expect("2011", "privatis"),
            expect("2027", "terminal", planned=True),
        ),
    ),
    Text(
        "tessaro-distribution-centre",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Tessaro Foods opens £38 million distribution centre at Leedsham

LEEDSHAM, England, 12 February 2025 /PRNewsline/ -- Tessaro Foods Ltd, the family-owned
maker of chilled ready meals, today opened its new distribution centre on the Ashfield
Business Park, creating 180 jobs.

The 42,000 square-metre centre, built to the standards of the company's 2021 Net Zero Plan,
will handle up to 1.4 million cases a week. Construction began in April 2023. The site will
reach full capacity by the end of June, and Tessaro expects to hire a further 120 staff no
later than 30 September 2025. A second phase, adding a frozen store, is planned for spring 2026.

"This is the biggest single investment in our 38-year history," said managing director Paula
Tessaro. "Leedsham is where we started and it is where we want to grow."

Tessaro was founded in 1987 by brothers Carlo and Enzo Tessaro in a former bakery on Mill
Street. It acquired the sandwich maker Pellow Chilled in 2019 and has supplied Harbury
supermarkets since 2015. Its annual sales are now around £412 million.

An open day for local residents and job seekers will be held at the centre on Saturday
1 March, from 10am to 3pm.

About Tessaro Foods
Tessaro Foods employs 2,150 people at four sites in northern England.

Media contact: Jo Whitley, +44 113 496 0555, press@tessarofoods.example
© 2025 Tessaro Foods Ltd. All rights reserved.""",
        (
            expect("2025-02-12", "centre", "open"),
            expect("2023-04", "construction"),
            expect("../2025-06", "capacity", planned=True),
            expect("../2025-09-30", "hire", planned=True),
            expect("1987", "founded"),
            expect("2019", "acquire"),
            expect("2015/..", "suppl"),
            expect("2025-03-01", "open", "day", planned=True),
        ),
    ),
    Text(
        "quist-v-brandt-holdings",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF NEVARRA
THIRD DISTRICT

DARA QUIST,
        Appellant,
v.                                                    No. 3-CA-23-0917
BRANDT HOLDINGS LLC,
        Appellee.

Filed: June 17, 2024

OPINION

HALVERSEN, Judge.

¶1 Dara Quist appeals from a summary judgment awarding her former landlord, Brandt Holdings
LLC, $61,480 in unpaid rent and damages. We reverse and remand.

BACKGROUND

¶2 On or about March 3, 2021, Quist signed a lease for a ground-floor retail unit at 418
Granger Avenue. The lease term ran from April 1, 2021 to March 31, 2024, at a monthly rent of
$2,950, due on the first of each month.

¶3 After Quist fell behind on rent, Brandt served a notice to quit on November 15, 2021.
Quist vacated the premises two days later and returned the keys. Brandt re-let the unit to a
new tenant on or about February 1, 2022, at a lower rent.

¶4 Brandt filed suit on January 10, 2022, seeking the rent for the remainder of the term
under section 1951.2 of the Civil Code and the Landlord and Tenant Act of 1978. The trial
court granted summary judgment for Brandt on August 29, 2023, and Quist filed her notice of
appeal on September 20, 2023.

DISCUSSION

¶5 We review a grant of summary judgment de novo. Ellery v. Marsh, 212 Nev. App. 1998, 1203
(2019). A landlord who re-lets the premises must credit the new rent against the damages it
claims. The trial court did not do so, and the record does not show what rent the new tenant
paid for the months at issue.

CONCLUSION

¶6 The judgment is reversed, and the case is remanded for the trial court to determine
damages consistent with this opinion.""",
        (
            expect("2021-03-03~", "lease", "sign"),
            expect("2021-04-01/2024-03-31", "lease", "term"),
            expect("2021-11-15", "notice"),
            expect("2021-11-17", "vacate"),
            expect("2022-02-01~", "re-let"),
            expect("2022-01-10", "suit"),
            expect("2023-08-29", "summary", "judgment"),
            expect("2023-09-20", "appeal"),
        ),
    ),
    Text(
        "kellerby-canal",
        "encyclopedia history",
        None,
        """Kellerby Canal

The Kellerby Canal is a narrow canal in northern England, 23 miles (37 km) long, running
from the River Aske at Kellerby to the coalfield at Hanley Moor through 31 locks.

History

A line for the canal is said to have been surveyed by the engineer James Orde, perhaps in
1791, for a group of mine owners who wanted a cheaper outlet for their coal. Construction was
authorised by an Act of Parliament in 1793 and began the following year, but progress was slow
because of the difficult ground at Caley Cutting, where the canal climbs 186 feet in a mile.
The canal opened throughout in 1801.

Traffic reached its peak c. 1840, when some 180,000 tons of coal and limestone passed through
Kellerby basin in a year. The railway reached Kellerby in 1847, and the canal company was
bought by the railway in 1852, after which trade declined steadily. The canal was closed to
commercial traffic in 1938, and its upper section was abandoned under the 1968 Transport Act.

Restoration

The Kellerby Canal Trust has worked to restore the canal since 1972, largely with volunteer
labour. The restored section from Kellerby to Caley Top Lock reopened to boats in 2006. The
remaining 4 miles (6.4 km) to Hanley Moor are blocked by a road embankment built in the 1960s.

See also
- Canals of Great Britain
- List of canal locks

References
1. Priestley, A. (1974). The Canals of the North. p. 1847.""",
        (
            expect("1791?", "survey"),
            expect("1793", "authoris"),
            expect("1794", "construction", "began"),
            expect("1801", "open"),
            expect("1840~", "traffic", "peak"),
            expect("1847", "railway"),
            expect("1852", "bought"),
            expect("1938", "closed"),
            expect("1972/..", "restor"),
            expect("2006", "reopen"),
        ),
    ),
    Text(
        "brackley-rovers-castleford-vale",
        "sports report",
        date(2025, 3, 9),
        """RUGBY UNION | CHAMPIONSHIP

Ede double sends Rovers top

Brackley Rovers 28 Castleford Vale 17

By Gareth Lloyd

Brackley Rovers moved to the top of the Championship for the first time this season with a
28-17 win over Castleford Vale at Millbrook Park on Saturday, in front of a crowd of 6,021,
their biggest since 2009.

Hooker Sam Ede, 31, scored two tries from driving mauls in the first half, and fly-half
Owen Price kicked 13 points, including a 40-metre penalty with four minutes left that put the
game beyond Vale's reach.

It was revenge for Rovers, who had been beaten 20-3 at Castleford in the reverse fixture on
14 December. "We owed them one," said Ede, who joined from Harlow in 2021. "The pack was
outstanding today."

Vale, whose coach Mick Arden was appointed in November, led 10-7 after 25 minutes through a
try by wing Tom Fry, but conceded three penalties at the breakdown either side of half-time.

Rovers travel to Oldcastle on Friday 14 March (kick-off 7.45pm), and full-back Kai Moss is
expected to return from a hamstring injury by the end of the month. The Championship
semi-finals are scheduled for 10 and 11 May.

Rovers: Moss (Cole 12); Fenn, Brady, Lowe, Akande; Price, Webb; Hart, Ede, Nolan, Grey,
Sykes, Ward, Bell, Okafor (capt).

Vale: Dunn; Fry, Shaw, Kerr, Hale; Pike, Mills; Rowe, Cox, Amos, Reid, Lang, Pratt, Finch,
Doyle (capt).

Referee: L. Marsh (Bath).""",
        (
            expect("2025-03-08", "win"),
            expect("2024-12-14", "beat"),
            expect("2021", "join"),
            expect("2024-11", "appoint"),
            expect("2025-03-14", "oldcastle", planned=True),
            expect("../2025-03", "return", planned=True),
            expect("2025-05-10", "semi-final", planned=True),
            expect("2025-05-11", "semi-final", planned=True),
        ),
    ),
    Text(
        "marlow-coaches-history",
        "company history",
        None,
        """Marlow Coaches - Our History

A hundred years on the road

Marlow Coaches was founded in 1923 by Edith Marlow, a former munitions worker, with a single
second-hand charabanc bought for £310. Her first regular service, between Asham and Deepdale
market, began on 1 June 1925 and ran on Tuesdays and Saturdays.

During the war years, between 1939 and 1945, most of the fleet was requisitioned for
troop transport, and Edith kept the market service going with two elderly buses and a
borrowed lorry.

Edith's son Robert took over the business in 1961, and the company moved to its present
depot at Coldharbour in 1974, when the old yard on Station Road was sold for housing. In the
1980s Marlow won its first county council school contracts, which still make up around half
of its work.

New low-floor buses were delivered in 2003, 2005 and 2008, making Marlow one of the first
independent operators in the county with a fully accessible fleet. Since 2019 all of our
school routes have been run with electric vehicles, charged overnight at Coldharbour from
the depot's own solar roof.

The company celebrated its centenary in 2023 with a cavalcade of 14 vintage and modern
coaches through Asham. Today Marlow runs 62 vehicles and employs 118 people, and we carry more
than a million passengers a year.

Looking ahead, we plan to replace the remaining diesel fleet by 2030.

Marlow Coaches Ltd, Coldharbour Depot, Asham AS4 7RT. Tel 01632 960 118.
Company no. 01923440. © 2025 Marlow Coaches""",
        (
            expect("1923", "founded"),
            expect("1925-06-01", "service"),
            expect("1939/1945", "requisition"),
            expect("1961", "robert"),
            expect("1974", "depot"),
            expect("2003", "deliver"),
            expect("2005", "deliver"),
            expect("2008", "deliver"),
            expect("2019/..", "electric"),
            expect("2023", "centenary"),
            expect("../2030", "diesel", planned=True),
        ),
    ),
    Text(
        "selene-pathfinder-mission",
        "mission summary",
        None,
        """SELENE PATHFINDER (SPF)
Mission summary

Agency:         Aurelian Space Agency (ASA)
Mission type:   Lunar orbiter
Launch mass:    1,240 kg
Orbit:          100 km polar (nominal)
Status:         Extended mission

Overview

Selene Pathfinder was launched on 12 September 2021 at 03:14 UTC on a Vesta-2 rocket from
the Korsa launch site. After a low-energy transfer, it entered lunar orbit on 4 October 2021,
and the science phase ran from 1 November that year to 30 June 2023. During that time its
neutron spectrometer mapped hydrogen in the permanently shadowed craters of the south pole at
a resolution of 15 km.

An extended mission, focusing on the far side, was approved in May 2023. The primary star
tracker failed on or about 17 February 2024; since then the spacecraft has relied on its
backup unit. Controllers lowered the orbit to 30 km on 9 April 2024 to improve the
resolution of the spectrometer.

Plans

The spacecraft is scheduled to be deliberately impacted on the far side on 22 January 2026,
when its propellant runs out. All calibrated data will be released to the public archive no
later than 31 December 2026.

Instruments
- NSX neutron spectrometer
- LCAM wide-angle camera (2048 x 2048 pixels)
- LRA laser altimeter

Last updated: 3 November 2025""",
        (
            expect("2021-09-12", "launch"),
            expect("2021-10-04", "orbit"),
            expect("2021-11-01/2023-06-30", "science", "phase"),
            expect("2023-05", "extended", "approv"),
            expect("2024-02-17~", "tracker"),
            expect("2024-04-09", "orbit", "lower"),
            expect("2026-01-22", "impact", planned=True),
            expect("../2026-12-31", "data", "release", planned=True),
        ),
    ),
    Text(
        "storm-idris-recovery-fund",
        "government statement",
        None,
        """Department for Rural Affairs

Statement by the Minister for Rural Affairs on the Storm Idris recovery

2 December 2024

Storm Idris made landfall on the north-west coast on 23 November, bringing the heaviest
rainfall in the region since 2007 and flooding more than 2,400 homes and 310 farms. I want to
thank the emergency services, the Environment Agency and the many volunteers who have worked
around the clock. Since 24 November, Environment Agency crews have been pumping water from the
worst-hit villages along the River Lune.

I visited Carrow and Lydd on Thursday and saw for myself the damage done to homes, roads and
livelihoods.

The Flood Recovery Fund opened today. Households can claim up to £5,000 and farms up to
£25,000 towards repairs and lost stock. Applications must be submitted no later than
28 February 2025. The first payments are expected to reach households by 20 December.

The Government will meet the leaders of the affected councils on Friday 6 December to agree
how the fund will be shared between them. An independent review of flood defences on the
Lune, under the Flood Resilience Act 2019, will report in June 2025.

Anyone who needs help or advice can call the Flood Recovery helpline on 0300 555 0199, open
from 8am to 8pm every day.

ENDS

Notes to editors
1. The Flood Recovery Fund is worth £60 million.
2. Guidance for applicants is published on the Department's website.""",
        (
            expect("2024-11-23", "landfall"),
            expect("2024-11-24/..", "crews"),
            expect("2024-11-28", "visit"),
            expect("2024-12-02", "fund", "open"),
            expect("../2025-02-28", "application", planned=True),
            expect("../2024-12-20", "payment", planned=True),
            expect("2024-12-06", "council", planned=True),
            expect("2025-06", "review", planned=True),
        ),
    ),
    Text(
        "ashworth-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Ashworth Central Library reopens after £4.2m refurbishment | Ashworth Echo</title>
  <script>window.dataLayer = window.dataLayer || []; var pubDate = "2025-05-20";</script>
  <script async src="/static/js/ads.2024.min.js"></script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> |
  <a href="/whats-on">What's On</a> | <a href="/jobs">Jobs</a>
</nav>
<article>
  <h1>Ashworth Central Library reopens after £4.2m refurbishment</h1>
  <p class="byline">By Hannah Okoro, Local Democracy Reporter ·
    <time datetime="2025-05-20T09:30:00+01:00">Tuesday 20 May 2025, 9.30am</time></p>
  <figure>
    <img src="/img/library-reading-room.jpg" alt="The reading room">
    <figcaption>The restored reading room. Photo taken 1 May 2025 by Ashworth Council.
    </figcaption>
  </figure>
  <p>Ashworth Central Library reopened on Monday after an 18-month refurbishment, with
  queues forming outside the Market Square entrance before the doors opened at 9am.</p>
  <p>The library closed in November 2023 so that its leaking roof could be replaced and a
  lift installed. The Edwardian building first opened in 1906 and is Grade II listed.</p>
  <p>The £4.2m project was paid for by the council and by a heritage grant awarded in 2022.
  A cafe will open in the atrium on 2 June, and the council plans to extend opening hours to
  8pm on weekdays from 1 September.</p>
  <p>Work on the second phase, restoring the clock tower, is due to finish by the end of
  September. The library, which lent its first ebook in 2011, had around 600,000 visits a
  year before it closed.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/museum-repairs">Museum to close for roof repairs</a>
      <time datetime="2025-03-12">12 March 2025</time></li>
    <li><a href="/news/library-closure">Library shuts its doors for 18 months</a>
      <time datetime="2023-11-04">4 November 2023</time></li>
  </ul>
</aside>
<footer>© 2025 Ashworth Echo · Call the newsdesk on 01632 960 555</footer>
</body>
</html>""",
        (
            expect("2025-05-19", "library", "reopen"),
            expect("2023-11", "closed"),
            expect("1906", "building", "open"),
            expect("2022", "grant"),
            expect("2025-06-02", "cafe", planned=True),
            expect("2025-09-01", "hours", planned=True),
            expect("../2025-09", "clock", "tower", planned=True),
            expect("2011", "ebook"),
        ),
    ),
    Text(
        "airwatch-clearside-episodes",
        "air quality service's pollution episode notices",
        None,
        """AIRWATCH CLEARSIDE - Pollution episode notices
Clearside Basin Air Quality Service

--------------------------------------------------------------------
NOTICE 14/2025                         Issued 08:00 Mon 7 July 2025
--------------------------------------------------------------------
OZONE - HIGH levels forecast

Hot, still weather is expected to build up ozone across the basin. Ozone is forecast to
reach HIGH levels on Tuesday 8 July, especially in the afternoon and in the eastern suburbs.
Traffic restrictions under the Clean Air Order 2021 will apply from 06:00 on Wednesday
9 July: vehicles over 3.5 tonnes will be barred from the inner ring road.

Health advice: adults and children with lung problems should reduce strenuous outdoor
activity. Health advice line: 0800 555 0142.

--------------------------------------------------------------------
NOTICE 15/2025                         Issued 16:00 Tue 8 July 2025
--------------------------------------------------------------------
OZONE - HIGH

Ozone reached band 8 at the Harrow Road monitor at 14:00 today, the highest reading in the
network since 2018. Other monitors are at band 7. Restrictions remain as announced.

--------------------------------------------------------------------
NOTICE 16/2025                        Issued 10:00 Thu 10 July 2025
--------------------------------------------------------------------
EPISODE ENDED

A sea breeze cleared the basin overnight. Ozone fell to LOW at all monitors at 06:00 today,
and the traffic restrictions were lifted at 09:00.

--------------------------------------------------------------------
NOTICE 17/2025                         Issued 07:30 Fri 25 July 2025
--------------------------------------------------------------------
FINE PARTICLES - MODERATE levels forecast

Smoke from moorland fires near Eskdale, burning since Wednesday 23 July, is drifting
south-west. Fine particle (PM2.5) levels are expected to reach MODERATE on Saturday 26 July.
Readings from the new sensor network, which went live on 1 July, are shown on our map.

Episodes of this kind occur most summers. Sign up for alerts at airwatch.example/alerts.""",
        (
            expect("2025-07-08", "ozone", "forecast", planned=True),
            expect("2025-07-09", "restriction", planned=True),
            expect("2025-07-08", "harrow"),
            expect("2025-07-10", "low"),
            expect("2025-07-10", "restriction", "lift"),
            expect("2025-07-23/..", "fire"),
            expect("2025-07-26", "particle", planned=True),
            expect("2025-07-01", "sensor"),
        ),
    ),
    Text(
        "ravensworth-grand-prix",
        "show jumping report",
        None,
        """EQUESTRIAN | SHOW JUMPING

Culhane and Silver Ardan land Ravensworth Grand Prix

Posted Sunday 17 August 2025, 18:42

By Fiona Marsh at Ravensworth

Irish rider Niamh Culhane won the Ravensworth Grand Prix on Sunday, riding her 13-year-old
mare Silver Ardan to the only double clear in an eight-horse jump-off on a course of 1.60m.
Culhane, 27, stopped the clock at 38.41 seconds, 0.6 seconds ahead of Germany's Lukas Braun
on Cordano, to take the £150,000 first prize.

It was a first win in the class for Culhane, who finished second in the same Grand Prix in
2022 and 2023. She bought Silver Ardan as a four-year-old in 2019 from a dealer in Co. Cork.
"She has given me everything today," Culhane said.

The five-day show, which opened on Wednesday, drew record crowds. On Friday the Speed Derby
went to Sweden's Tomas Berg on Kalmar, one of 1,960 starts over the week.

Culhane is expected to be named in Ireland's team for the European Championships by
Friday, and will next ride at the Nations Cup final in Barcelona from 2 to 5 October.

The Ravensworth Derby, held every year since 1961, is the show's oldest class.

Results - Grand Prix (1.60m)
1 Niamh Culhane (IRL) Silver Ardan    0/0   38.41
2 Lukas Braun (GER) Cordano           0/0   39.01
3 Amy Forde (GBR) Lord Quintus        0/4   36.88

Entries for next year's show open on 1 March.""",
        (
            expect("2025-08-17", "culhane", "prix"),
            expect("2022", "second"),
            expect("2023", "second"),
            expect("2019", "bought"),
            expect("2025-08-13", "show", "open"),
            expect("2025-08-15", "speed", "derby"),
            expect("../2025-08-22", "team", planned=True),
            expect("2025-10-02/2025-10-05", "nations", "cup", planned=True),
            expect("2026-03-01", "entries", planned=True),
        ),
    ),
    Text(
        "dunmarrow-last-fuel",
        "nuclear decommissioning press release",
        None,
        """NEWS RELEASE

Coastal Nuclear Decommissioning Company

Last spent fuel leaves Dunmarrow A

DUNMARROW, 4 November 2025 - The last flask of spent fuel left Dunmarrow A today by rail,
removing more than 99 per cent of the radioactivity on the site and ending the most hazardous
stage of its decommissioning.

Dunmarrow A generated electricity from 1968 until 2021, when its two reactors were shut down
after 53 years of operation. Defuelling started on 14 June 2022 and has involved 412 flask
journeys. The final flask will arrive at the Carnforth fuel handling plant on or about
6 November.

"Defuelling Dunmarrow A safely, and ahead of schedule, is a huge achievement for our teams,"
said site director Morag Fell. Over the past three years, 310 staff have been retrained for
decommissioning roles.

The company will now begin demolishing the turbine hall in 2027, and the site is expected to
enter its care and maintenance phase no later than 2031. Final site clearance, under the
current plan, is expected around 2090.

A public meeting of the Dunmarrow Site Stakeholder Group will be held at Dunmarrow Village
Hall on 27 November at 7pm, where the next stage of the work will be explained.

Ends

Notes to editors
The Coastal Nuclear Decommissioning Company is responsible for six former power station
sites. It was set up under the Energy Act 2004.

Press office: 01946 555 210 (24 hours)""",
        (
            expect("2025-11-04", "flask"),
            expect("1968/2021", "generat"),
            expect("2021", "shut"),
            expect("2022-06-14", "defuel"),
            expect("2025-11-06~", "arrive", planned=True),
            expect("2027", "turbine", planned=True),
            expect("../2031", "care", "maintenance", planned=True),
            expect("2090~", "clearance", planned=True),
            expect("2025-11-27", "meeting", planned=True),
        ),
    ),
    Text(
        "ashby-letters-1812",
        "Regency lady's letters of the 1810s",
        None,
        """Letters of Miss Caroline Ashby to her sister Harriet, 1812-1813

I.
                                        Laura Place, Bath. Tuesday 14th April 1812.
My dearest Harriet,
We arriv'd here on Saturday last after a most tedious journey of three days, the roads
beyond Marlborough being very bad & poor Mamma much shaken. Our lodgings are pleasant, tho'
dear at 6 guineas the week. We are to go to the ball at the Upper Rooms on Thursday, & I
have trimm'd my white muslin afresh for it. Mr Fenwick of Ashcombe is here with his sister;
his family are said to have settled at Ashcombe about 1760, & he has £4000 a year.
                                        Yr ever affec. sister, C. A.

II.
                                                  Bath. Saturday 2d May.
Dearest H.,
You will guess my news before you have read a line. Mr Fenwick call'd upon Papa on Tuesday
the 28th ult., & on Thursday the 30th he made me an offer, in the Crescent fields, which I
accepted. Papa has given his consent, & the wedding is fix'd for the 9th of June, at
Walcot church. Pray tell nobody but Aunt Mary.
                                        Yr happy C.

III.
                                        Ashcombe House. Saturday 18th Decr 1813.
My dear Harriet,
I can hold a pen at last. My dear boy was born on the 3d inst., a fine child of 8 lb., &
is to be called Edward after his grandpapa. Fenwick is obliged to go up to Town on Wednesday
the 22d upon business & I shall be very dull without him. You will have heard that our poor
Aunt Mary died at Cheltenham on the 1st of Novr. She was in her 74th year.
                                        Ever yr loving sister, Caroline Fenwick.""",
        (
            expect("1812-04-11", "arriv"),
            expect("1812-04-16", "ball", planned=True),
            expect("1760~", "settle"),
            expect("1812-04-28", "fenwick", "call"),
            expect("1812-04-30", "offer"),
            expect("1812-06-09", "wedding", planned=True),
            expect("1813-12-03", "born"),
            expect("1813-12-22", "town", planned=True),
            expect("1813-11-01", "aunt", "died"),
        ),
    ),
    Text(
        "lower-brenn-water-vole-survey",
        "water vole survey",
        None,
        """LOWER BRENN VALLEY WATER VOLE SURVEY 2024
Summary report for the Brenn Rivers Trust
Report date: 9 December 2024        Prepared by: K. Adeyemi BSc MCIEEM

1. Summary
Field surveys for water vole (Arvicola amphibius) were carried out between 15 April and
30 June 2024 at 52 sites along the Brenn, the Tamsey Brook and the Kell Drain. A total of
1984 metres of bank was walked. Field signs (latrines, feeding stations, burrows) were found
at 34 of the 52 sites.

2. Background
Water voles were last recorded on the Tamsey Brook in 2009. American mink control has been
in place across the catchment since 2016, and 120 captive-bred voles were released on the
Kell Drain on 12 and 14 August 2021. Local anglers reported voles at the Mill Lane ponds,
perhaps in 2019, but no survey was made at the time.

3. Results
| Watercourse   | Sites | With signs | Latrines |
|---------------|-------|------------|----------|
| River Brenn   | 21    | 11         | 46       |
| Tamsey Brook  | 14    | 9          | 31       |
| Kell Drain    | 17    | 14         | 58       |

Otter spraint was noted at site 17 on the Brenn on 3 May. No mink signs were found.

4. Recommendations
- Habitat works on the Kell Drain (bank reprofiling, fencing) will be completed by
  31 March 2025.
- A repeat survey is planned for spring 2026.
- Mink rafts should continue to be checked every fortnight from April to October.

Licence: surveys were done under the Wildlife and Countryside Act 1981 (as amended).""",
        (
            expect("2024-04-15/2024-06-30", "survey"),
            expect("2009", "recorded"),
            expect("2016/..", "mink"),
            expect("2021-08-12", "released"),
            expect("2021-08-14", "released"),
            expect("2019?", "mill"),
            expect("2024-05-03", "otter"),
            expect("../2025-03-31", "habitat", planned=True),
        ),
    ),
    Text(
        "haverill-bell-foundry",
        "bell foundry's history",
        None,
        """THE HAVERILL BELL FOUNDRY
A Short History

Bells have been cast in Dunmore for more than four centuries. The oldest bell known from the
Ashby Street foundry is the tenor at St Olave's, Wickham, which bears the date 1587 and the
initials of an otherwise unknown founder, "R.S."

John Haverill, a pewterer from Norwich, took over the foundry c. 1720 and gave it the name
it still bears. His grandson Thomas moved the business to larger premises in Cross Lane,
possibly in 1784, where the casting floor and the tuning shop remain in use today.

The foundry's most famous bell, "Great Peter" for Dunmore Minster, weighing 7 tons 3 cwt,
was cast on 21 June 1851 in a pit dug in the yard, and was drawn through the streets to the
Minster by sixteen horses. A furnace explosion in 1907 killed two men and closed the foundry
for most of a year. Between 1914 and 1918 the foundry made shell cases and ship's fittings
for the Admiralty, and casting only resumed in 1919.

In the 1950s and 1960s the foundry recast or retuned hundreds of rings, among them a ring of
12 for St Mary's, Holt. The last of the family, Arthur Haverill, retired in 1969, and after
nearly twenty years of uncertainty the foundry has been run by the Pellingham Trust since
1988.

Today the foundry casts about 80 bells a year, by the same loam-moulding methods as in
Thomas Haverill's day. A new visitor centre in the old pattern store is due to open in 2026.

Tours: Tuesday and Thursday, 2pm, £12 (booking essential). Tel. 01362 555 784.""",
        (
            expect("1587", "tenor"),
            expect("1720~", "took"),
            expect("1784?", "moved"),
            expect("1851-06-21", "cast"),
            expect("1907", "explosion"),
            expect("1914/1918", "shell"),
            expect("1919", "casting", "resume"),
            expect("1969", "retire"),
            expect("1988/..", "trust"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "gigabit-rollout-statement",
        "digital minister's broadband rollout statement",
        None,
        """Written Ministerial Statement

Gigabit Broadband Rollout: Progress Update

Made on:   11 March 2025
Made by:   Rhiannon Teale MP, Minister for Digital Infrastructure
Statement: HCWS512

Since the Project Connect programme began in April 2021, it has become the largest
broadband build in the country's history. By the end of February, 1.2 million premises had
been connected under programme contracts, and gigabit coverage now stands at 78 per cent, the
fastest annual growth since 2018.

On 3 March my department signed a contract worth £112 million with Fibrelink Networks for the
Northern Uplands lot, which will bring gigabit-capable connections to around 96,000 hard-to-
reach homes and businesses. Two further regional contracts will be awarded no later than
30 June.

The Gigabit Voucher Scheme reopened on 1 January with a simplified application process, and
more than 14,000 vouchers have been issued since. Suppliers using the scheme must meet the
standards set out in the Telecommunications Infrastructure Act 2023.

We remain on track to reach 85 per cent gigabit coverage by 2026 and nationwide coverage by
2030. For the hardest-to-reach premises, where fibre will never be economic, we are
consulting on support for satellite connections; the consultation closes on 14 April.

I will update the House again in the autumn. A list of contracts and their delivery dates
has been placed in the Library of the House.

Enquiries: Department for Digital Infrastructure, 020 7946 0321.""",
        (
            expect("2021-04", "programme", "began"),
            expect("../2025-02", "connect"),
            expect("2025-03-03", "contract", "sign"),
            expect("../2025-06-30", "contract", "award", planned=True),
            expect("2025-01-01", "voucher"),
            expect("../2026", "85", planned=True),
            expect("../2030", "nationwide", planned=True),
            expect("2025-04-14", "consultation", planned=True),
        ),
    ),
    Text(
        "harwell-vale-bin-changes",
        "council's HTML bin collection changes page",
        date(2024, 12, 2),
        """<!DOCTYPE html>
<html lang="en">
<head>
<title>Christmas and New Year bin collection changes - Harwell Vale District Council</title>
<script src="/assets/js/cookie-consent.js"></script>
<script>gtag('config', 'G-HVDC2024');</script>
</head>
<body>
<header><a href="/" class="logo">Harwell Vale District Council</a></header>
<nav aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>
  <li>Christmas changes</li></ol>
</nav>
<main>
<h1>Christmas and New Year bin collection changes</h1>
<p>Collections will move over the Christmas and New Year holidays. Please put your bins out
by 7am on your revised collection day.</p>
<table>
  <caption>Revised collection days</caption>
  <thead><tr><th>Normal collection day</th><th>Revised collection day</th></tr></thead>
  <tbody>
    <tr><td>Wednesday 25 December</td><td>Friday 27 December</td></tr>
    <tr><td>Thursday 26 December</td><td>Saturday 28 December</td></tr>
    <tr><td>Wednesday 1 January</td><td>Thursday 2 January</td></tr>
    <tr><td>Thursday 2 January</td><td>Saturday 4 January</td></tr>
  </tbody>
</table>
<h2>Garden waste</h2>
<p>Garden waste collections are suspended from Monday 23 December and will restart on
Monday 13 January.</p>
<h2>Christmas trees</h2>
<p>Real Christmas trees will be collected from 6 to 17 January. Please remove all
decorations and cut trees taller than 6 feet in half.</p>
<h2>Recycling centres</h2>
<p>Household recycling centres will close at 2pm on Christmas Eve and stay closed on
Christmas Day and Boxing Day.</p>
<p>Our waste contract with Verdant Services began on 1 April 2024. Questions? Call
01632 960 400 (Monday to Friday, 9am to 5pm).</p>
</main>
<footer>
<p>Last updated: 2 December 2024</p>
<p>&copy; 2024 Harwell Vale District Council</p>
</footer>
</body>
</html>""",
        (
            expect("2024-12-27", "collection", planned=True),
            expect("2024-12-28", "collection", planned=True),
            expect("2025-01-02", "collection", planned=True),
            expect("2025-01-04", "collection", planned=True),
            expect("2024-12-23", "garden", "suspend", planned=True),
            expect("2025-01-13", "garden", "restart", planned=True),
            expect("2025-01-06/2025-01-17", "tree", planned=True),
            expect("2024-12-24", "recycling", "close", planned=True),
            expect("2024-04-01", "contract"),
        ),
    ),
    Text(
        "pell-v-markets-supervision-authority",
        "financial conduct tribunal decision",
        None,
        """IN THE FINANCIAL MARKETS TRIBUNAL

Reference: FMT/2024/0031

BETWEEN:
                              MARCUS PELL
                                                                      Applicant
                                 - and -
                   THE MARKETS SUPERVISION AUTHORITY
                                                                     Respondent

Tribunal: Judge Imogen Rafferty, Mr D. Okonjo, Ms S. Lund
Hearing dates: 4, 5 and 6 November 2024
Decision released: 21 January 2025

DECISION

Introduction
1. Mr Pell refers to the Tribunal a Decision Notice given by the Authority on 12 July 2024,
imposing a financial penalty of £478,300 and a prohibition order under section 56 of the
Financial Services and Markets Act 2000.

Background
2. Mr Pell joined Lindqvist Capital LLP as head of fixed income trading on 2 September 2016.
Between 3 March 2019 and 18 November 2020 he executed 214 trades in illiquid corporate bonds
at prices the Authority says were not fair to clients.
3. The Authority's investigation began on or about 9 February 2021. Mr Pell resigned from
Lindqvist on 30 April 2021, and referred the Decision Notice to the Tribunal on
8 August 2024. The hearing took place on 4, 5 and 6 November 2024.

Discussion
4. We accept the Authority's evidence that 187 of the 214 trades were executed at prices
outside the range shown on the firm's own pricing screens (see Ferris v Authority [2019]
FMT 0142 at [2014]). We do not accept that Mr Pell acted dishonestly.

Conclusion
5. We allow the reference in part: we reduce the penalty to £310,000, and we remit the
prohibition order to the Authority for reconsideration. The Authority must publish a Final
Notice by 18 February 2025.""",
        (
            expect("2024-07-12", "decision", "notice"),
            expect("2016-09-02", "join"),
            expect("2019-03-03/2020-11-18", "trades"),
            expect("2021-02-09~", "investigation"),
            expect("2021-04-30", "resign"),
            expect("2024-08-08", "refer"),
            expect("2024-11-04", "hearing"),
            expect("2024-11-05", "hearing"),
            expect("2024-11-06", "hearing"),
            expect("../2025-02-18", "publish", planned=True),
        ),
    ),
    Text(
        "pruetts-shoe-repairs",
        "cobbler's history",
        None,
        """PRUETT'S SHOE REPAIRS
14 Castle Street, Wendham · Est. c. 1902

Our story

Albert Pruett learned his trade as a boy, possibly with a bootmaker in Northampton,
perhaps in 1896, though no papers survive to prove it. He opened his first shop, a single
room on Marsh Lane, circa 1902, mending the hobnailed boots of the brickyard workers for
fourpence a pair.

In 1931 the shop moved to 14 Castle Street, where it has stood ever since. Albert's daughter
Ivy ran the shop from 1944 to 1971, the first woman cobbler in Wendham, and her lasts and
hammers still hang on the back wall.

On 9 January 1958 the shop was badly damaged by a fire that started in the bakery next
door. Ivy worked from a garden shed through the rest of the winter, and the shop reopened
on 1 March the following year.

Ivy's nephew Dennis added key cutting in 1977, and his son Mark, who runs the shop today,
took it over in 1999. Since 2012 we've also repaired handbags, luggage and leather jackets.

We have been in the same family for more than 120 years and have resoled, at a rough count,
over 250,000 pairs of shoes.

Opening hours: Tues-Sat 9am-5.30pm (closed 1-2pm)
Tel. 01223 555 019 · Heel bar while you wait · Gift vouchers available
© 2024 Pruett's Shoe Repairs""",
        (
            expect("1896?", "learn", "trade"),
            expect("1902~", "shop", "open"),
            expect("1931", "moved"),
            expect("1944/1971", "ivy"),
            expect("1958-01-09", "fire"),
            expect("1959-03-01", "reopen"),
            expect("1977", "key"),
            expect("1999", "mark"),
            expect("2012/..", "handbag"),
        ),
    ),
    Text(
        "nbl-round-14-fixtures",
        "basketball league's fixtures list",
        date(2025, 2, 3),
        """NATIONAL BASKETBALL LEAGUE
Season 2024-25 · Round 14 fixtures

All times local. Venues subject to change. Tickets from nbl.example/tickets

FRIDAY 7 FEBRUARY
19:30   Harbour City Hawks   v  Eastvale Giants       Dome Arena, Harbour City
        Live on SportsNet 2

SATURDAY 8 FEBRUARY
17:00   Northgate Lions      v  Riverside Raiders     Northgate Leisure Centre
19:30   Kingsport Kings      v  Mill Town Wolves      Kingsport Arena

SUNDAY 9 FEBRUARY
14:00   Ashby Aces           v  Port Clair Pelicans   Ashby Sports Hall (cap. 1,850)

ALL-STAR BREAK
No league games from 10 to 14 February. The All-Star Game is at the Dome Arena.

RESCHEDULED GAME
Round 11: Mill Town Wolves v Northgate Lions, postponed from 17 January because of a
leaking roof at Mill Town, will now be played on Wednesday 19 February at 19:30.

NOTES
- The trade deadline is 5pm on Friday 28 February.
- The NBL Cup Final will be played on Sunday 16 March at the Kingsport Arena.
- Harbour City have won every home game since November.
- Standings, stats and the 2023-24 season archive are at nbl.example/stats.

Round 15 fixtures will be published on Monday 10 February.""",
        (
            expect("2025-02-07", "hawks", "giants", planned=True),
            expect("2025-02-08", "lions", "raiders", planned=True),
            expect("2025-02-08", "kings", "wolves", planned=True),
            expect("2025-02-09", "aces", "pelicans", planned=True),
            expect("2025-02-10/2025-02-14", "break", planned=True),
            expect("2025-02-19", "wolves", "lions", planned=True),
            expect("2025-02-28", "trade", "deadline", planned=True),
            expect("2025-03-16", "cup", "final", planned=True),
            expect("2025-02-10", "round", "publish", planned=True),
        ),
    ),
)
