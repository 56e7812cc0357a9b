"""A hundred-and-twenty-second batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
heat-health alert, a hand-bell choir's history, a charity regulator's inquiry report, an
astronomer's observing log, a village fete page in HTML, a drone maker's certification
release, a hockey cup report, a culture ministry's listed-building consultation notice, a
ropeway's history, a tenants' association newsletter and a chocolate maker's history). Facts
whose date a reader could take two ways (a season, "late 1970s", "next week") are left out of
the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYSECOND_CORPUS",)

HUNDREDTWENTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike-setubra",
        "wire story with a dateline",
        date(2024, 10, 8),
        """SETUBRA, Portugal, Oct 8 (Iberian Press Agency) - Dockworkers at the container port of
Setubra walked off the job on Monday, halting loading at four of the terminal's six berths
and stranding at least 14 ships in the estuary.

The stevedores' union SINPOR filed its strike notice on September 23, after the port
operator Atlantis Terminais refused to index wages to inflation. Talks broke down on or
about September 30, according to a union official who asked not to be named.

Atlantis has run the terminal under a 30-year concession since 2017. Its contract with the
union expires at the end of the year and must be renewed by December 31, the ministry of
infrastructure said.

The government mediator, Helena Vasconcelos, will meet both sides on Thursday in Lisbon,
her office said. "Nobody gains from a long stoppage," she told reporters.

The last walkout at Setubra, in 2019, lasted eleven days. Volumes handled in September were
the highest since 2008, with 118,400 containers moved, and shippers warned that a long
stoppage would push cargo to Spanish ports.

Pickets gather at the main gate every morning at six. Under the Port Labour Law of 2015,
minimum services must cover fuel and medical supplies.

(Reporting by Rui Matos; Editing by Claire Dunmore)
IPA-0412-1008""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "notice"),
            expect("2024-09-30~", "talks"),
            expect("2017/..", "concession"),
            expect("../2024-12-31", "renew"),
            expect("2024-10-10", "mediator", planned=True),
            expect("2019", "walkout"),
        ),
    ),
    Text(
        "water-plant-opens",
        "press release",
        None,
        """NEWS RELEASE
Valley Water Company
12 March 2025
FOR IMMEDIATE RELEASE

Valley Water opens Kelby Bridge treatment works

Valley Water today opened its new treatment works at Kelby Bridge, which will supply
drinking water to some 42,000 homes in the upper Arden valley.

The £68 million works was approved by Arden District Council on 14 September 2021, and
construction began in June 2022. The plant uses ceramic membranes that remove 99.9 per cent
of particles, and its three filtration halls can treat 1,850 litres a second.

"Valley Water has served this valley since 1958, and this is the biggest investment in our
history," said chief executive Morag Hendry. "It secures supply for the next fifty years."

The second phase of the project, a 9-kilometre pipeline to the reservoir at Dunsop, is
expected to be completed by December 2026.

Members of the public will be able to tour the works on Saturday 22 March, with guided walks
every hour from 10am. Places can be booked on the company's website.

Notes to editors
Valley Water is licensed under the Water Industry Act 1991 and supplies 310,000 customers.
Media contact: Press Office, +44 1632 960 418, press@valleywater.example
Ref: VW/PR/2025/011""",
        (
            expect("2025-03-12", "open"),
            expect("2021-09-14", "approv"),
            expect("2022-06", "construction"),
            expect("1958/..", "serv"),
            expect("../2026-12", "phase", planned=True),
            expect("2025-03-22", "tour", planned=True),
        ),
    ),
    Text(
        "okafor-v-brightline",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS FOR THE EIGHTH CIRCUIT
No. 23-2187
Adaeze OKAFOR, Plaintiff-Appellant,
v.
BRIGHTLINE LOGISTICS, INC., Defendant-Appellee.
Filed: June 3, 2024

Before HARLAN, MBEKI, and ROSSETTI, Circuit Judges.

ROSSETTI, Circuit Judge.

Adaeze Okafor appeals the grant of summary judgment to her former employer on her claims of
retaliation under Title VII of the Civil Rights Act of 1964, 42 U.S.C. § 2000e-3(a). We
reverse and remand.

I.

Brightline hired Okafor as a dispatch supervisor on or about March 4, 2019. In or around
November 2020, she complained to her regional manager that a colleague had made remarks about
her accent. Brightline terminated her employment on January 15, 2021, citing a reduction in
force.

Okafor filed a charge of discrimination with the EEOC on May 2, 2021, and, after receiving a
right-to-sue letter, filed this action on August 20, 2022. The district court granted
summary judgment to Brightline on September 12, 2023, holding that two months was too long a
gap to infer causation. Okafor filed her notice of appeal fourteen days later.

II.

We review a grant of summary judgment de novo. Brightline's own records show that the
reduction in force, which it describes as a review conducted every quarter, selected only
Okafor from a team of 1,964 employees in the region. A reasonable jury could find the reason
pretextual.

Reversed and remanded.""",
        (
            expect("2019-03-04~", "hire"),
            expect("2020-11~", "complain"),
            expect("2021-01-15", "terminat"),
            expect("2021-05-02", "charge"),
            expect("2022-08-20", "action"),
            expect("2023-09-12", "judgment"),
            expect("2023-09-26", "appeal"),
        ),
    ),
    Text(
        "harrow-fen-navigation",
        "encyclopedia history",
        None,
        """Harrow Fen Navigation

The Harrow Fen Navigation is a partly restored canal in eastern England, running 23 miles
from the River Ouse at Stanby to the market town of Harrow Market.

History

The navigation was promoted by a group of corn merchants and authorised under the Harrow
Fen Navigation Act 1793. Construction began in 1794 under the engineer Josiah Petch, whose
tunnel at Coldham, 1,790 yards long, proved the most difficult work. The canal opened to
traffic in about 1801, although contemporary newspapers give different dates.

Trade in grain and coal grew steadily, and the navigation was bought by the Eastern Counties
Railway in 1846. Traffic then declined; the last commercial cargo, a load of sugar beet, was
carried in 1931, and the canal was formally abandoned on 30 June 1936.

Restoration

The Harrow Fen Canal Trust has worked to restore the waterway since 1974. Its volunteers
meet every second Sunday for work parties. The lower section between Stanby and Coldham
Lock is expected to reopen to boats in 2027.

See also: Canals of Great Britain; Eastern Counties Railway.""",
        (
            expect("1794", "construction"),
            expect("1801~", "open"),
            expect("1846", "bought"),
            expect("1931", "cargo"),
            expect("1936-06-30", "abandon"),
            expect("1974/..", "trust"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "rovers-beat-city",
        "sports report",
        date(2024, 11, 24),
        """Rovers end City hoodoo as Lindqvist double seals derby

By Tom Aspinall, Football Correspondent

Harbour Rovers beat Northgate City 3-1 on Saturday to climb to fourth in the Championship
and record their first away win at Northgate since 2019.

Swedish striker Emil Lindqvist, who signed on loan from Malmo on 2 September, scored twice
before half-time, and substitute Jordan Okoye added a third in stoppage time in front of a
crowd of 21,480.

It was a seventh win in nine games for manager Dana Whitcombe, who was appointed in February
after the club had flirted with relegation. "The lads run for each other," Whitcombe said.
"We just play every game like a final."

Rovers, who won their last league title in 1998, have played at the Quayside Ground since
1911, and the club's centenary stand remains the oldest in the division.

They host United on Wednesday, before the third-round draw of the cup. The cup final is
scheduled for 17 May 2025 at the national stadium.

City remain in the bottom three, and their chairman, Graham Pye, has promised fresh funds
when the transfer window reopens. Their captain is in the squad for the 2026 World Cup
qualifiers.""",
        (
            expect("2024-11-23", "beat"),
            expect("2024-09-02", "sign"),
            expect("2024-02", "appoint"),
            expect("1998", "title"),
            expect("1911/..", "quayside"),
            expect("2024-11-27", "host", planned=True),
            expect("2025-05-17", "final", planned=True),
        ),
    ),
    Text(
        "marchetti-cycles-history",
        "company history",
        None,
        """Our story

Marchetti Cycles was founded in 1923 by Enzo Marchetti, a blacksmith's son from Bergamo who
had repaired army bicycles during the war. He worked first from a lean-to behind his
father's forge, and moved the business to a brick factory on the Via Serio around 1931.

The first Marchetti racing frame, built from Reynolds tubing, left the workshop in 1948.
Riders on Marchetti frames won the national road championship in 1962, 1967 and 1971, and
the company's "Modello 1950" touring bike, still in the catalogue, has sold more than 40,000
copies.

After three generations in the family, the firm was acquired in 2004 by the Dal Bosco group,
which kept the workshop and its twelve frame builders in Bergamo. Marchetti has been a
certified B Corporation since 2019.

Every frame is still brazed by hand, and every customer can visit the workshop on the first
Saturday of the month.

Marchetti Cycles S.r.l. | Via Serio 1923, Bergamo | +39 035 555 0123""",
        (
            expect("1923", "found"),
            expect("1931~", "factory"),
            expect("1948", "frame"),
            expect("1962", "championship"),
            expect("1967", "championship"),
            expect("1971", "championship"),
            expect("2004", "acquir"),
            expect("2019/..", "certified"),
        ),
    ),
    Text(
        "kestrel-mission",
        "mission summary",
        None,
        """KESTREL — Mission summary

Agency: Nordic Space Office (NSO)
Mission ID: NSO-SR-03
Target: near-Earth asteroid 2019 RK7
Status: returning to Earth

Kestrel is a sample-return mission to the small near-Earth asteroid 2019 RK7. The spacecraft
was launched on 14 August 2019 from Kourou on an Ariane 62, and used an Earth gravity-assist
flyby the following year to raise its orbit.

Kestrel arrived at the asteroid on 3 March 2022, after a cruise of 931 days. The team
believes a micrometeoroid struck the spacecraft's sunshade in 2021, although the impact has
not been confirmed. After seven months of mapping, the probe descended to the surface and
collected a sample on 19 October 2022.

The spacecraft left the asteroid around 11 May 2023 and is now on its return cruise. Its
sample capsule is scheduled to land at the Woomera range in South Australia on 24 September
2026.

Key facts: mass at launch 1,340 kg; sample mass goal 100 g; operations centre in Kiruna.""",
        (
            expect("2019-08-14", "launch"),
            expect("2020", "flyby"),
            expect("2022-03-03", "arriv"),
            expect("2021?", "micrometeoroid"),
            expect("2022-10-19", "sample"),
            expect("2023-05-11~", "left"),
            expect("2026-09-24", "capsule", planned=True),
        ),
    ),
    Text(
        "storm-recovery-statement",
        "government statement",
        None,
        """Department for Communities and Local Resilience
Statement by the Minister for Local Resilience, Priya Raman
4 February 2025

Storm recovery: support for households and businesses

The storms that crossed the north-west from 18 to 21 January 2025 flooded more than 3,100
homes and closed 46 roads. A major incident was declared in Westmere county on 19 January,
and I have since visited Carrford and Lowbridge to meet families who had lost everything.

The Community Recovery Scheme, which has been in place since 2016, has now been activated.
The first payments to households were made on 29 January, and 1,874 households have so far
received the £500 grant. Applications must be submitted by 31 March 2025.

It was the wettest January in the region since 1987, and I know that many residents are
tired of promises. That is why I have commissioned an independent review of flood defences
on the River Wenn, which will report in June.

Councils will continue to publish updates every Friday. Anyone needing help should call the
recovery helpline on 0800 015 2025.

This statement is made under section 12 of the Civil Contingencies Act 2004.""",
        (
            expect("2025-01-18/2025-01-21", "storm"),
            expect("2025-01-19", "incident"),
            expect("2016/..", "scheme"),
            expect("2025-01-29", "payment"),
            expect("../2025-03-31", "application"),
            expect("2025-06", "review", planned=True),
        ),
    ),
    Text(
        "library-news-page",
        "HTML page (a list or news page with tags)",
        date(2024, 6, 3),
        """<html>
<head><title>News | Ashcombe Libraries</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/events">Events</a></nav>
<h1>Library news</h1>
<ul class="news">
  <li><h2>Central Library reopens after roof repairs</h2>
    <p>Central Library, open to the public since 1887, closed on Monday 20 May so that
    contractors could replace the slate roof. It reopened on 28 May, a day ahead of
    schedule.</p></li>
  <li><h2>Author talk: Wren Adeyemi</h2>
    <p>Novelist Wren Adeyemi will talk about her new book <em>The Salt Year</em> at Central
    Library on Thursday 13 June at 7pm. Free, but please book.</p></li>
  <li><h2>Summer Reading Challenge</h2>
    <p>This year's challenge will run from 6 July to 31 August. Children who read six books
    get a medal and a certificate.</p></li>
  <li><h2>New branch for Millbrook</h2>
    <p>The new Millbrook branch is expected to open around September, in the former bank on
    the High Street.</p></li>
  <li><h2>Regular sessions</h2>
    <p>Rhyme Time every Tuesday at 10.30am; Code Club every Wednesday after school.</p></li>
</ul>
<footer>
  <p>Ashcombe Libraries, 2 Chapel Street, Ashcombe. Tel: 01632 960 555</p>
  <p>Last updated: 3 June 2024</p>
</footer>
</body>
</html>""",
        (
            expect("1887/..", "library"),
            expect("2024-05-20", "closed"),
            expect("2024-05-28", "reopen"),
            expect("2024-06-13", "talk", planned=True),
            expect("2024-07-06/2024-08-31", "challenge", planned=True),
            expect("2024-09~", "millbrook", planned=True),
        ),
    ),
    Text(
        "heat-health-alert-amber",
        "heat-health alert",
        None,
        """HEAT-HEALTH ALERT — AMBER
Issued by: National Health Protection Agency, Weather and Health Unit
Issued at: 10:00 on Monday 15 July 2024
Regions: East Midlands, East of England, London, South East

An amber heat-health alert is in force from 09:00 on Tuesday 16 July until 21:00 on Friday
19 July 2024 for the regions above.

Forecast
Temperatures are expected to peak at around 33C on Thursday, with overnight lows of 19C in
central London. It will be hotter than any July day since 2022.

Background
A yellow alert was issued for the same regions on 28 June. The impact-based alerting system
has been in place since June 2023.

Actions
On Sunday, hospital trusts were asked to review discharge plans for frail patients. Care
homes should check residents every four hours during the hottest part of the day and keep
indoor temperatures below 26C.

Next update
The next update will be issued no later than 17:00 on Wednesday 17 July.

For advice call 0300 123 1033 or visit the Agency's website. Alert reference: HHA-2024-017.""",
        (
            expect("2024-07-16/2024-07-19", "amber"),
            expect("2024-07-18", "peak", planned=True),
            expect("2024-06-28", "yellow"),
            expect("2023-06/..", "system"),
            expect("2024-07-14", "hospital"),
            expect("../2024-07-17", "update", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-handbells",
        "a hand-bell choir's history",
        None,
        """About us — St Aldhelm's Handbell Ringers

St Aldhelm's Handbell Ringers were formed around 1952 by the church organist, Miss Edith
Varley, who wanted something for the choirboys to do in the winter evenings. For the first
few years they borrowed bells from the tower ringers.

In 1958 the parish bought a set of 37 bells from the Whitechapel foundry, paid for by a
jumble sale and a gift from Lady Harcourt. The team first performed on BBC radio on
24 December 1963, playing carols in a broadcast from Bristol.

Numbers dwindled and the group disbanded in 1979; it reformed two years later under the
direction of Alan Pascoe, who led it for three decades. The ringers won the West Country
Handbell Festival in 1994 and 1999.

The group has been based at the Corn Exchange since 2008, and rehearses there every Thursday
at 7.30pm. New ringers are always welcome: no experience needed, but you must be able to
count to four!

A 75th anniversary concert is planned for 2027 in St Aldhelm's Church.

Contact: Ruth Penhaligon, 01632 960 772""",
        (
            expect("1952~", "form"),
            expect("1958", "bought"),
            expect("1963-12-24", "radio"),
            expect("1979", "disband"),
            expect("1981", "reform"),
            expect("1994", "festival"),
            expect("1999", "festival"),
            expect("2008/..", "corn exchange"),
            expect("2027", "concert", planned=True),
        ),
    ),
    Text(
        "hearthstone-relief-inquiry",
        "a charity regulator's inquiry report",
        None,
        """Charities Oversight Authority
Inquiry report: Hearthstone Relief Trust (registered charity number 1127345)
Published: 10 April 2025

1. The charity

Hearthstone Relief Trust was registered on 2 March 2009. Its objects are the relief of
poverty among older people in the county of Wessex. It is governed by a trust deed and has
five trustees.

2. Background

The Authority opened a statutory inquiry into the charity on 14 June 2023, under section 46
of the Charities Act 2011, after the charity's accounts for the three years to 2022 were
filed late and a former employee raised concerns.

3. Findings

The inquiry found that between January 2020 and March 2021 the charity transferred £118,400
to a building company owned by the then chair. No trustee meeting approved the payments.
The Authority appointed an interim manager on or about 1 September 2023. The chair resigned
on 30 November 2023.

The trustees are required to file the outstanding accounts by 30 June 2025. The trustees
meet every month, but minutes for much of 2021 could not be found.

4. Conclusion

The inquiry closed on 21 March 2025. The Authority's findings are set out in full above.

Enquiries: 0300 066 9197 | Case ref: COA/INQ/2023/0412""",
        (
            expect("2009-03-02", "register"),
            expect("2023-06-14", "inquiry"),
            expect("2020-01/2021-03", "transfer"),
            expect("2023-09-01~", "manager"),
            expect("2023-11-30", "resign"),
            expect("../2025-06-30", "accounts"),
            expect("2025-03-21", "closed"),
        ),
    ),
    Text(
        "observing-log-spring",
        "an astronomer's observing log",
        None,
        """Observing log — H. Lindgren, Fell Lane Observatory, Cumbria
Instrument: 10-inch f/5 Newtonian (mirror last re-aluminised in 2016), 2024 season

2024 Mar 09, 20:40 UT. Seeing 3/5, transparency good. First light with the new Moonlite
focuser. Star test fine. Split Castor easily at 180x.

2024 Mar 14, 19:55 UT. Comet 12P/Pons-Brooks low in the west. Coma clearly asymmetric,
est. mag 5.2. Judging by the BAA reports, the outburst seems to have begun around 13 March.
Sketch no. 2024-31 attached.

2024 Apr 03. Bright fireball heading north-east, mag about -6, around 22:15 UT. Notes
smudged; I think it was the night of 2 April, not the 3rd. Reported to the meteor network
anyway.

2024 Apr 05. Packing. Fly to Dallas on 6 April for the total eclipse, which will be
visible from there on 8 April, weather permitting. Bringing the 80 mm refractor and the
solar filter.

(I observe from the garden every clear Friday; SQM readings average 21.4.)""",
        (
            expect("2016", "aluminis"),
            expect("2024-03-09", "light"),
            expect("2024-03-14", "comet"),
            expect("2024-03-13~", "outburst"),
            expect("2024-04-02?", "fireball"),
            expect("2024-04-06", "dallas", planned=True),
            expect("2024-04-08", "eclipse", planned=True),
        ),
    ),
    Text(
        "little-wickham-fete",
        "a village fete page in HTML",
        date(2024, 5, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Summer Fete 2024 | Little Wickham Village</title></head>
<body>
<header><h1>Little Wickham Summer Fete</h1>
<p class="tagline">Bunting, brass and the best Victoria sponge in the county</p></header>
<main>
<section>
<h2>Save the date</h2>
<p>This year's fete will be held on <strong>Saturday 13 July</strong> on the village green,
from 12 noon to 5pm. Opening by the Mayor of Wickham Market.</p>
</section>
<section>
<h2>Cake and produce competition</h2>
<p>Entries must reach the committee no later than Friday 5 July. Classes include Victoria
sponge, chutney and "a vegetable that looks like a celebrity". Judging starts at 1pm in the
marquee, and the winning cakes are auctioned at 4pm alongside the tombola prizes.</p>
</section>
<section>
<h2>Our history</h2>
<p>The first fete was held in 1946 to welcome home the village's servicemen. It was
cancelled in 2020 and 2021, and last year's fete raised £8,400 for the village hall, which
has hosted the teas since 1928.</p>
</section>
<section>
<h2>Get involved</h2>
<p>The committee meets every Monday in the hall. Stall bookings: Jan Cole, 01632 960 331.</p>
</section>
</main>
<footer>&copy; 2024 Little Wickham Parish Council &middot; Registered charity 1098765</footer>
</body>
</html>""",
        (
            expect("2024-07-13", "fete", planned=True),
            expect("../2024-07-05", "entries"),
            expect("1946", "first"),
            expect("2020", "cancel"),
            expect("2021", "cancel"),
            expect("2023", "raised"),
            expect("1928/..", "hall"),
        ),
    ),
    Text(
        "skyline-aero-certificate",
        "a drone maker's certification release",
        None,
        """Skyline Aero receives EASA type certificate for SA-2400 cargo drone

BREMEN, Germany, 18 September 2024 /Aviation Wire/ -- Skyline Aero GmbH, a maker of
heavy-lift unmanned aircraft, today announced that its SA-2400 cargo drone received a type
certificate from the European Union Aviation Safety Agency (EASA) on 16 September. It is the
first drone of its size to be certified in the certified category under Regulation (EU)
2019/945.

Skyline Aero applied for the certificate in March 2021. The certification flight test
campaign ran from 4 to 29 April 2023 at the Cochstedt test centre, covering 212 flights and
more than 1,900 kilometres.

"This is a milestone for the whole industry," said chief executive Ines Vogt, who founded
the company in 2015 with two former Airbus engineers. Skyline Aero has held a Light UAS
Operator Certificate since 2020.

Deliveries to launch customer NordFracht will begin in January 2025. The company expects to
obtain approval from the US Federal Aviation Administration by December 2026.

About Skyline Aero
Skyline Aero GmbH employs 180 people in Bremen and Toulouse.
Media contact: Lena Albers, +49 421 555 2400, press@skylineaero.example""",
        (
            expect("2024-09-16", "certificate"),
            expect("2021-03", "applied"),
            expect("2023-04-04/2023-04-29", "test"),
            expect("2015", "found"),
            expect("2020/..", "operator"),
            expect("2025-01", "deliver", planned=True),
            expect("../2026-12", "federal aviation", planned=True),
        ),
    ),
    Text(
        "ravens-lift-cup",
        "hockey cup report",
        date(2025, 4, 14),
        """Ravens end 38-year wait with overtime cup win

By Marit Solheim

TROMSVIK — The Tromsvik Ravens won the Nordic Cup on Sunday, beating Kalmar 3-2 in overtime
in Game 7 in front of 7,412 fans at the Ishallen.

Defenceman Jesper Aalto scored the winner 4:18 into overtime, ending a series that began on
April 2 in Kalmar. It was the club's first cup since 1987.

Captain Nils Berge broke a finger in Game 2 on April 4 and returned eight days later,
playing through the pain with a protective glove.

Coach Ulrika Fahlgren, hired in June 2022 after two losing seasons, called it "the best
night of my life". The Ravens, who have played in the top division since 1964, finished
third in the regular season.

The city will hold a victory parade on Thursday, starting from the harbour at noon. Several
players are expected to join the national team for the 2026 Winter Olympics qualifiers.

Season-ticket holders, who get priority every Friday when tickets go on sale, can claim
parade passes online.""",
        (
            expect("2025-04-13", "won"),
            expect("2025-04-02", "series"),
            expect("2025-04-04", "finger"),
            expect("2025-04-12", "return"),
            expect("2022-06", "hired"),
            expect("1964/..", "division"),
            expect("2025-04-17", "parade", planned=True),
        ),
    ),
    Text(
        "carrow-mill-listing",
        "a culture ministry's listed-building consultation notice",
        None,
        """Ministry of Culture and Heritage
Historic Environment Division

CONSULTATION NOTICE
Proposed upgrade of listing: Carrow Mill, Mill Lane, Oakbridge
Case ref: LB/2024/0317
Date of notice: 2 October 2024

The Minister has received an application to upgrade the listing of Carrow Mill from Grade II
to Grade II*. The application was received from the Oakbridge Civic Society on 9 July 2024.

Description

Carrow Mill is a five-storey worsted spinning mill built circa 1862 for the Hallam family,
and extended in 1891 with an engine house and a 140-foot chimney. The mill ceased production
in 1968. It was listed at Grade II on 14 May 1973.

Consultation

Owners, the local authority and amenity societies are invited to comment on the proposal.
Comments must be received no later than 30 October 2024. A decision is expected by
31 March 2025.

This notice is given under section 1 of the Planning (Listed Buildings and Conservation
Areas) Act 1990. The case officer, Dr Saira Bhatt, is available every Wednesday on
020 7946 0813.""",
        (
            expect("2024-07-09", "application"),
            expect("1862~", "built"),
            expect("1891", "extend"),
            expect("1968", "production"),
            expect("1973-05-14", "listed"),
            expect("../2024-10-30", "comment"),
            expect("../2025-03-31", "decision", planned=True),
        ),
    ),
    Text(
        "brunegg-ropeway-history",
        "a ropeway's history",
        None,
        """History of the Brunegg Ropeway

The Brunegg aerial ropeway links the village of Brunegg with the Alp Sella, climbing 1,212
metres over a length of 1,948 metres.

A concession for a passenger ropeway was granted by the cantonal government in 1908, but
financing took two years. The line was built from 1910 to 1912 by the engineering firm
Bleichert, and opened to the public on 1 August 1912, the Swiss national day.

Service was suspended from 1940 to 1946, when the cabins and rope were requisitioned for
military use. The original wooden cabins were replaced with aluminium ones around 1965. The
restored 1912 cabin now stands outside the valley station.

The canton has owned the ropeway since 1997, when the private operating company went
bankrupt. Cabins run every twenty minutes from May to October.

A complete renewal of the line, with new towers and eight-person gondolas, is scheduled to
start in 2026.

Valley station: Dorfstrasse 12, 3999 Brunegg · +41 27 555 19 12""",
        (
            expect("1908", "concession"),
            expect("1910/1912", "built"),
            expect("1912-08-01", "open"),
            expect("1940/1946", "suspend"),
            expect("1965~", "cabin"),
            expect("1997/..", "canton"),
            expect("2026", "renewal", planned=True),
        ),
    ),
    Text(
        "bramble-court-newsletter",
        "a tenants' association newsletter",
        None,
        """BRAMBLE COURT TENANTS' ASSOCIATION
Newsletter No. 47 — 4 November 2024

LIFTS: FINALLY FIXED
Both lifts in Block B broke down on 12 October, leaving older residents on the upper floors
stuck for days. After pressure from the association, engineers repaired them nine days
later. Thank you to everyone who wrote to Northfield Homes.

RENT RISE
Northfield has told us that a rent increase of 4.5% will take effect from 6 January 2025.
We think this is too much while the damp problems continue.

MEETING WITH THE LANDLORD
Our committee meets Northfield's housing director on Thursday 14 November. Please send your
questions by the end of this week.

DAMP SURVEY
Northfield has promised to complete a damp survey of all 120 flats by 31 December.

ABOUT US
The association was founded in 1977, when the estate was new. Our chair, Bernadette Quinn,
has led the committee since 2019.

DIARY
Coffee morning every Wednesday, 10am, community room. Repairs line: 0800 555 0147.
Your rights under the Housing Act 1988 are explained on our noticeboard.""",
        (
            expect("2024-10-12", "lift"),
            expect("2024-10-21", "repair"),
            expect("2025-01-06", "rent", planned=True),
            expect("2024-11-14", "director", planned=True),
            expect("../2024-12-31", "survey", planned=True),
            expect("1977", "found"),
            expect("2019/..", "quinn"),
        ),
    ),
    Text(
        "fairbairn-chocolate-history",
        "a chocolate maker's history",
        None,
        """Fairbairn & Sons — Our History

Fairbairn & Sons was founded around 1848 by Thomas Fairbairn, a Quaker grocer in York who
ground cocoa beans in a back room behind his shop. The firm made drinking chocolate for
almost three decades before it produced its first eating bar in 1879; that recipe survives
today as "The 1879 Original".

Demand grew so quickly that the family moved production to a new factory on the River Foss
two years later. Family tradition holds that Fairbairn chocolate was supplied to the royal
household as early as 1902, although no record of it survives.

In 1969 the company merged with the Leeds confectioner Haig & Platt, and for thirty years
Fairbairn was one brand among many. In 2002 the founder's great-great-granddaughter, Alice
Fairbairn, bought the business back.

Fairbairn has sourced only Fairtrade cocoa since 2012, and each year we buy about 1,500
tonnes of beans from cooperatives in Ghana and Peru.

A new visitor centre at the Foss factory will open in 2026.

Fairbairn & Sons Ltd, Foss Works, York YO31 · Company no. 00018481""",
        (
            expect("1848~", "found"),
            expect("1879", "bar"),
            expect("1881", "factory"),
            expect("1902?", "royal"),
            expect("1969", "merg"),
            expect("2002", "bought"),
            expect("2012/..", "cocoa"),
            expect("2026", "visitor", planned=True),
        ),
    ),
)
