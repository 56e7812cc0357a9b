"""The two-hundred-and-twenty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a lighthouse authority's
notices to mariners, a rowing regatta report, a battery gigafactory press release, a lighthouse
keeper's log of the 1860s, a dormouse nest box survey, a rope works' history, an education
minister's school building statement, a museum's HTML gallery closures page, an employment
tribunal judgment, a clockmaker's history and a rugby league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTWENTYFIRST_CORPUS",)


TWOHUNDREDTWENTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry-aground-karsvik",
        "wire story with a dateline",
        date(2024, 10, 9),
        """KARSVIK, Oct 9 (Northline) - Salvage crews refloated the passenger ferry Aurora Vent on
Wednesday, two days after it ran aground on a reef off the island of Hesso with 312 people
on board, the Maritime Safety Agency said.

The 148-metre ferry struck the reef shortly before 11 p.m. on Monday in heavy seas, about
40 minutes after leaving Karsvik for Tolmo. All passengers were taken off by lifeboats and a
coastguard cutter on Tuesday morning; eleven were treated for minor injuries.

"The hull is holed in two compartments, but she is stable," agency spokeswoman Maja
Lindqvist told reporters. Tugs were towing the ship to the Orvalla yard, where she was built
in 1998.

Operator Baltline, which bought the ferry in 2015, said it expected to resume the
Karsvik-Tolmo service no later than Oct. 21 with a chartered vessel. The Accident
Investigation Board said it would publish a preliminary report by the end of November. A
parliamentary committee hearing on ferry safety is scheduled for Oct. 15.

It was the most serious accident on the route since 2009, when a cargo ship lost its deck
load in the same strait. Baltline shares fell 4.3 percent in Karsvik trading on Tuesday.

Baltline carries around 1.8 million passengers a year on six routes. Its passenger hotline,
+46 8 555 0192, is open around the clock.

(Reporting by Elin Sandberg; Editing by Mark Hollis)""",
        (
            expect("2024-10-09", "refloat"),
            expect("2024-10-07", "reef"),
            expect("2024-10-08", "passengers"),
            expect("1998", "built"),
            expect("2015", "bought"),
            expect("../2024-10-21", "resume", "service", planned=True),
            expect("../2024-11", "report", planned=True),
            expect("2024-10-15", "hearing", planned=True),
            expect("2024-10-08", "shares"),
        ),
    ),
    Text(
        "quillon-desalination-pilot",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillon Water opens Europe's first wave-powered desalination pilot at Port Adder

PORT ADDER, February 18, 2025 /Wirenet/ -- Quillon Water Technologies plc (AIM: QWT) today
opened its wave-powered desalination pilot plant at Port Adder harbour, the first plant of
its kind in Europe. The plant can deliver up to 1,500 cubic metres of drinking water a day,
enough for some 9,000 households.

Construction began in March 2023, after the company agreed a EUR 42 million loan with the
Coastal Investment Bank in November 2022. The plant delivered its first water to the
municipal network on January 6 this year and has run at full output since February 3.

"Port Adder proves that the sea can power its own desalination," said Hanna Morrow, Chief
Executive of Quillon. "We now have the data to go to commercial scale."

A second, larger module is scheduled to come online in September 2026, and Quillon expects
to take a decision on its first commercial plant by the end of 2026.

Quillon will host a conference call for analysts and investors on February 20, 2025 at
10:00 a.m. GMT. Dial-in: +44 20 7946 0418, access code 2025.

About Quillon Water Technologies
Founded in 2011 as a spin-out of the University of Port Adder, Quillon has been listed on
the Alternative Investment Market since 2019. It employs 210 people in three countries.

Media contact: Owen Tranter, owen.tranter@quillonwater.example, +44 20 7946 0420

(c) 2025 Quillon Water Technologies plc. All rights reserved.""",
        (
            expect("2025-02-18", "plant", "open"),
            expect("2023-03", "construction"),
            expect("2022-11", "loan"),
            expect("2025-01-06", "water"),
            expect("2025-02-03/..", "output"),
            expect("2026-09", "module", planned=True),
            expect("../2026", "decision", planned=True),
            expect("2025-02-20", "call", planned=True),
            expect("2011", "founded"),
            expect("2019/..", "listed"),
        ),
    ),
    Text(
        "arnaud-v-halverson",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 23-1187

DELPHINE ARNAUD, Plaintiff-Appellant,
v.
HALVERSON FREIGHT SYSTEMS, INC., Defendant-Appellee.

Appeal from the Superior Court of Cardon County, Hon. R. T. Walsh, Judge.

FILED April 2, 2024

OPINION

MARSH, J.

Delphine Arnaud appeals from a summary judgment in favor of her former employer, Halverson
Freight Systems, Inc., on her claim under the Workers' Retaliation Act of 1974. We reverse.

I. BACKGROUND

Halverson hired Arnaud as a dispatcher on or about June 3, 2019. Since January 1, 2018,
Halverson has required every employee injured at work to report the injury within 24 hours.
Arnaud, then 52 years old, injured her shoulder while loading a trailer on March 14, 2021,
and reported the injury to her supervisor the next morning.

The record shows that Halverson terminated her employment on or before May 31, 2021; the
termination letter bears no date. Arnaud filed her complaint on August 30, 2021. On
November 15, 2022, the superior court granted Halverson's motion for summary judgment,
holding that Arnaud had not shown a causal link between her report and her dismissal. She
filed a notice of appeal on December 9, 2022.

II. DISCUSSION

We review a grant of summary judgment de novo. Pryor v. Doone Mills, Inc., 412 W.2d 88, 91
(1996). A dismissal that follows a protected report within a few weeks may, without more,
support an inference of retaliation. Id. at 93. An interval of at most eleven weeks is
enough to put causation before a jury.

The judgment is reversed, and the case is remanded for further proceedings consistent with
this opinion.

WE CONCUR: OKAFOR, P.J., and LINDGREN, J.""",
        (
            expect("2019-06-03~", "hired"),
            expect("2018-01-01/..", "require"),
            expect("2021-03-14", "injur"),
            expect("2021-03-15", "report"),
            expect("../2021-05-31", "terminat"),
            expect("2021-08-30", "complaint"),
            expect("2022-11-15", "summary", "judgment"),
            expect("2022-12-09", "appeal"),
        ),
    ),
    Text(
        "harran-canal",
        "encyclopedia history",
        None,
        """Harran Canal

The Harran Canal is a 46-kilometre (29 mi) canal in the county of Wexmoor, England, linking
the River Tane at Oldbridge with the former coalfield around Harran. It has 31 locks and is
managed by the Harran Canal Trust.

History

The route was first surveyed c. 1760 by the engineer Josiah Crabbe for a group of Harran
colliery owners. Parliament authorised the canal in 1766, and construction took place
between 1768 and 1774 under Crabbe's assistant, William Noakes. The canal opened throughout
on 12 May 1774, when a fleet of eleven boats carried coal from Harran to Oldbridge.

Crabbe did not see it finished: he died in London, perhaps in 1771. Noakes later claimed
the whole design as his own in his Account of the Harran Navigation.

Traffic peaked in the 1840s, when the canal carried up to 310,000 tons of coal a year. The
Wexmoor Railway bought the canal in 1852 and let it decline; the section above Fenny Locks
was abandoned in 1907, and the last commercial cargo, a load of timber, passed through
Oldbridge in 1938.

Restoration

The Harran Canal Trust was formed in 1972 and has worked since then to restore the
navigation, under the powers given to the canal company by the 1766 Act. The canal reopened
throughout on 21 June 2002. The trust plans to restore the Fenny branch by 2030.

See also
Tane Navigation; List of canals of England

References
Noakes, W. (1775). An Account of the Harran Navigation. Oldbridge.""",
        (
            expect("1760~", "survey"),
            expect("1766", "authoris"),
            expect("1768/1774", "construction"),
            expect("1774-05-12", "open"),
            expect("1771?", "died"),
            expect("1852", "bought"),
            expect("1907", "abandon"),
            expect("1938", "cargo"),
            expect("1972", "trust", "form"),
            expect("1972/..", "restor"),
            expect("2002-06-21", "reopen"),
            expect("../2030", "fenny", planned=True),
        ),
    ),
    Text(
        "kelmore-rovers-dunmore",
        "sports report",
        date(2025, 3, 16),
        """Kelmore Rovers 2 Dunmore Athletic 1

Rovers edge Athletic to close the gap at the top

By Callum Reid
Sunday, 16 March

Kelmore Rovers came from behind to beat Dunmore Athletic 2-1 at Ashgrove Park on Saturday,
cutting the leaders' advantage at the top of the Northern League to three points.

Athletic led through Tomasz Wisniak's header after 23 minutes, but striker Femi Adeyemo
equalised in the 61st minute and won it with a low shot in the 88th. It was Rovers' first
home win over Athletic since 2011.

Adeyemo, who joined from Portland Town in January for a fee of around 350,000 pounds, now
has nine goals in eleven games. "He changes our season," said manager Gareth Lyle, who was
appointed in October 2023 after the club's relegation.

The result avenged a 3-0 defeat at Dunmore on 2 November last year, when Rovers finished
with ten men. A crowd of 11,204, the biggest at Ashgrove Park this season, saw the club,
founded in 1887, move into second place.

Rovers travel to Brackenfield on Tuesday and face Dunmore again in the county cup
semi-final, scheduled for 5 April at a neutral ground.

Kelmore Rovers: Marsh; Doyle, Akande, Whitlow, Price; Heron, Mbeki (Collins 70), Farrow;
Lowe, Adeyemo, Baird.
Dunmore Athletic: Sefton; Carr, Wisniak, Hurst, Ojo; Lamb, Tierney, Vance (Kerr 80);
Finch, Ryder, Amos.
Referee: P. Haldane. Attendance: 11,204.""",
        (
            expect("2025-03-15", "beat", "athletic"),
            expect("2025-01", "join"),
            expect("2023-10", "appointed"),
            expect("2024-11-02", "defeat"),
            expect("1887", "founded"),
            expect("2025-03-18", "brackenfield", planned=True),
            expect("2025-04-05", "semi", planned=True),
        ),
    ),
    Text(
        "ostler-finch-history",
        "company history",
        None,
        """Our History

Ostler & Finch began in a bakehouse on Quay Lane, Bramport, where Samuel Ostler is said to
have baked his first ship's biscuits in 1848. In about 1852 he took his brother-in-law,
Edwin Finch, into partnership, and the two men sold their biscuits to the packet boats that
called at Bramport every week.

Growth came with the railway. In 1871 the partners moved to a purpose-built factory beside
Bramport station, and in 1899 the business became a limited company, Ostler & Finch Ltd.
Harbour Creams, launched in 1923, are still made to the original recipe.

On the night of 14 April 1941 the factory was destroyed by incendiary bombs. Production
moved to a requisitioned mill in Dunhurst, and a new factory was built at Bramport between
1948 and 1950.

The Ostler family sold the company to Carrow Foods in 1987. Since 2008, Ostler & Finch has
been owned by its employees through the Ostler & Finch Trust, and today some 640 partners
make 90 million biscuits a year.

In 2024 we opened a visitor centre in the old Quay Lane bakehouse. A new oven line, the
largest investment in our history, is due to come into service in spring 2026.

Home | Our Biscuits | History | Careers | Contact
(c) Ostler & Finch Ltd 2025. Registered in England No. 1899 0432.""",
        (
            expect("1848?", "biscuit"),
            expect("1852~", "partner"),
            expect("1871", "move"),
            expect("1899", "limited"),
            expect("1923", "launch"),
            expect("1941-04-14", "destroy"),
            expect("1948/1950", "factory"),
            expect("1987", "sold"),
            expect("2008/..", "owned"),
            expect("2024", "visitor"),
        ),
    ),
    Text(
        "lumen-2-mission-summary",
        "mission summary",
        None,
        """LUMEN-2 Lunar Polar Orbiter - Mission Summary

Agency: Continental Space Research Organisation (CSRO)
Mission status: Extended mission
Last updated: 12 May 2025

Overview
LUMEN-2 maps water ice in the permanently shadowed craters near the lunar south pole with a
neutron spectrometer and a 1.2-metre radar antenna. It is the successor of LUMEN-1, which
mapped the same region from a higher orbit.

Key facts
- Launch mass: 2,024 kg (including 610 kg of propellant)
- Orbit: 100 km, polar
- Orbits completed: 1,969 (as of last update)

Timeline
LUMEN-2 was launched on a Vela-4 rocket from the Sarnes launch site on 14 September 2021.
After a cruise of under three weeks, the spacecraft entered lunar orbit on 2 October, and
its science phase began about two weeks later, once the orbit had been lowered to 100 km.

The primary mission ended on 31 March 2023, and the mission was extended in June 2023 for a
further two years. From 3 to 11 March 2024 the orbiter was in safe mode after a reaction
wheel stalled; engineers have operated it on three wheels since 12 March 2024.

Next steps
The full radar data set is scheduled for public release on 30 June 2025. To avoid leaving
debris in lunar orbit, the spacecraft is to be deorbited no later than December 2025.

Contact: lumen2-science@csro.example""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-16~", "science"),
            expect("2023-03-31", "primary"),
            expect("2023-06", "extend"),
            expect("2024-03-03/2024-03-11", "safe"),
            expect("2024-03-12/..", "wheels"),
            expect("2025-06-30", "release", planned=True),
            expect("../2025-12", "deorbit", planned=True),
        ),
    ),
    Text(
        "eastern-region-drought",
        "government statement",
        None,
        """Department for Environment and Rural Affairs
Press statement
7 August 2024

Drought declared in the Eastern Region: statement by the Environment Minister, Ruth Okafor

The Environment Agency declared drought status for the Eastern Region on 2 August 2024,
after the region's driest July on record. Reservoir stocks across the region stand at 54
per cent, the lowest for the time of year since 1976.

Yesterday I met the chief executives of the six water companies serving the region. They
have agreed to introduce temporary use bans, which will come into force on Monday 12 August.
I thank households and businesses for the water they are already saving.

The last drought in the region was declared in July 2018 and lifted in March 2019. We have
learned from it, and I want farmers to have help sooner this time.

A 20 million pound Drought Resilience Fund will open for applications on 1 September.
Applications must be received no later than 30 September, and payments will be made by the
end of December.

My department reviews drought status every month with the Agency and the water companies.
Households can find advice on saving water at gov.example/drought or by calling 0300 123
4567.

ENDS

Notes to editors: the Water Resources Act 1991 gives the Agency its drought powers.""",
        (
            expect("2024-08-02", "drought", "declar"),
            expect("2024-08-06", "met"),
            expect("2024-08-12", "ban", planned=True),
            expect("2018-07", "drought"),
            expect("2019-03", "lifted"),
            expect("2024-09-01", "fund", planned=True),
            expect("../2024-09-30", "applications", planned=True),
            expect("../2024-12", "payment", planned=True),
        ),
    ),
    Text(
        "tallis-bridge-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tallis Bridge reopens after 21-month repair | Wexmoor Herald</title>
<script async src="https://cdn.wexmoorherald.example/js/ads.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"news",
"published":"2024-11-21"});</script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport
</a> <a href="/whats-on">What's on</a> <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Tallis Bridge reopens to traffic after 21-month repair</h1>
<p class="byline">By Priya Nair, Transport Reporter &middot;
<time datetime="2024-11-21T08:14:00Z">21 November 2024, 08:14</time></p>
<figure><img src="/img/2024/11/tallis-bridge.jpg" alt="Scaffolding on Tallis Bridge">
<figcaption>The bridge under repair in June 2023. Photo: Wexmoor Herald</figcaption></figure>
<p>Tallis Bridge reopened to cars and buses on Wednesday, 21 months after it was closed when
inspectors found cracks in two of its steel hangers.</p>
<p>The Grade II listed bridge, built in 1931, was shut in February 2023. Contractor Hallam
Civil began work on the hangers in September 2023. The repairs cost &pound;14.2m, of which
the Department for Transport paid &pound;9m.</p>
<p>A 7.5-tonne weight limit remains in place, but the council expects to lift it by the end
of January once load tests are complete. An official reopening ceremony is scheduled for
6 December.</p>
<p>"People have waited a long time for this," said council leader Tom Ashby, who took office
in May 2024. The bridge carries about 18,000 vehicles a day.</p>
</article>
<aside class="related"><h2>Related stories</h2>
<ul>
<li><a href="/news/2023/02/tallis-bridge-closed">Tallis Bridge closed after cracks found</a>
<time datetime="2023-02-14">14 Feb 2023</time></li>
<li><a href="/news/2024/06/bridge-repairs-delay">Bridge repairs delayed again</a>
<time datetime="2024-06-03">3 Jun 2024</time></li>
</ul></aside>
<footer><p>&copy; 2024 Wexmoor Herald Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-11-20", "reopen"),
            expect("1931", "built"),
            expect("2023-02", "shut"),
            expect("2023-09", "work"),
            expect("../2025-01", "limit", planned=True),
            expect("2024-12-06", "ceremony", planned=True),
            expect("2024-05", "office"),
        ),
    ),
    Text(
        "northern-coasts-notices",
        "lighthouse authority's notices to mariners",
        None,
        """NORTHERN COASTS LIGHTHOUSE BOARD
NOTICES TO MARINERS
Issued 6 May 2025

No. 14 of 2025
FIRTH OF CALLAN - CARRAIG POINT LIGHT - TEMPORARY DISCONTINUANCE
Mariners are advised that Carraig Point Light (Fl W 10s 41m 18M) will be discontinued from
10 to 14 June 2025 for the replacement of the lantern. A temporary light, Fl W 5s 8M, will be
exhibited from the gallery during the works.
Position: 56 12.40N 005 47.15W. Charts: 2173, 2389.

No. 15 of 2025
SOUND OF ORAN - WRECK
A wreck, believed to be the fishing vessel Brendan Rua, sank on or about 19 April 2025 in
position 56 31.08N 006 02.66W. Least depth 11.2 metres. A north cardinal light buoy (Q) was
established 0.2 cables north of the wreck on 2 May 2025.

No. 16 of 2025
INNER SOUND - BALLAN ROCK - FOG SIGNAL PERMANENTLY DISCONTINUED
The fog signal at Ballan Rock was permanently discontinued on 1 May 2025. The light is
unchanged.

No. 17 of 2025
KYLE OF DORRA - DORRA BEACON - RACON UNSERVICEABLE
The racon (Morse "K") on Dorra Beacon has been unserviceable since 22 April 2025. Repairs are
expected to be completed by 30 June 2025.

No. 18 of 2025
LOCH EILE - EILEAN MOR BUOY
Eilean Mor port-hand buoy was re-established on station on 29 April 2025. Notice No. 9 of
2025 is cancelled.

Mariners are requested to report any defect in lights or buoys to Marine Operations,
telephone 0131 473 3100.""",
        (
            expect("2025-06-10/2025-06-14", "light", "discontinu", planned=True),
            expect("2025-04-19~", "sank"),
            expect("2025-05-02", "cardinal", "buoy"),
            expect("2025-05-01", "fog"),
            expect("2025-04-22/..", "racon"),
            expect("../2025-06-30", "repair", planned=True),
            expect("2025-04-29", "eilean"),
        ),
    ),
    Text(
        "alderwick-tarnmouth-regatta",
        "rowing regatta report",
        date(2025, 7, 7),
        """ALDERWICK AMATEUR ROWING CLUB
Club news - posted Mon 7 July

Alderwick crews bring home two titles from Tarnmouth

Tarnmouth Regatta ran from Friday to Sunday on its 1,850 m course at Lower Reach, with 412
crews from 61 clubs racing in a stiff headwind for most of the three days.

Our women's eight won the Corinthian Cup in Sunday's final, beating Deeside RC by a length
and a quarter in 5 min 58 sec. They had set a new course record of 5:51 in Saturday's
semi-final. Alderwick have now won the Corinthian Cup four times, after wins in 2003, 2008
and 2019.

In the men's events, our junior quad of Sam Okoro, Tom Pryce, Luca Bell and Finn Amery won
the Fenwick Plate on Saturday afternoon, the club's first win in that event since 1994.

Thanks as ever to our boatman, Ray Dunne, who has looked after the club's fleet since 1979
and had the eight's shell re-rigged overnight after a collision in practice.

Next up: both crews race at the National Championships at Carnford Water from 25 to 27 July,
and the eight will then go to the Home Internationals on 9 August.

Reminder: squad outings are every Tuesday and Thursday at 6 a.m. Subs for 2025-26 are due
at the AGM. Enquiries: captain@alderwickarc.example""",
        (
            expect("2025-07-04/2025-07-06", "regatta"),
            expect("2025-07-06", "cup"),
            expect("2025-07-05", "record"),
            expect("2003", "cup"),
            expect("2008", "cup"),
            expect("2019", "cup"),
            expect("2025-07-05", "plate"),
            expect("1979/..", "fleet"),
            expect("2025-07-25/2025-07-27", "championship", planned=True),
            expect("2025-08-09", "international", planned=True),
        ),
    ),
    Text(
        "volterra-gigafactory",
        "battery gigafactory press release",
        None,
        """PRESS RELEASE

Volterra Cells breaks ground on 24 GWh battery gigafactory in Saxmund

SAXMUND, September 23, 2025 - Volterra Cells AB today broke ground on its first full-scale
battery cell factory, a EUR 2.6 billion project to make lithium-iron-phosphate cells for
trucks and grid storage.

The regional government granted the environmental permit for the site in July 2025, and
Volterra signed a ten-year supply agreement with truck maker Hallberg Motors on May 12,
2025.

Construction of the first 8 GWh production block is scheduled to be completed by the end of
2026, with cell production expected to start in March 2027. The plant is planned to reach
its full capacity of 24 GWh by 2030 and to employ 2,300 people. Recruitment of the first 400
operators will begin in January 2026.

"Saxmund gives Europe's truck makers a home-grown supply of safe, cobalt-free cells," said
Lena Ask, Chief Executive Officer of Volterra Cells.

Volterra has operated a pilot line in Ostervik since 2021, where it has made more than 1,960
prototype cells for customer testing.

About Volterra Cells
Volterra Cells was founded in 2017 by battery researchers from the Ostervik Institute of
Technology. It raised EUR 640 million in a Series C round in 2023.

Forward-looking statements: this release contains statements about future events that
involve risks and uncertainties.

Media contact: Jonas Fredh, press@volterracells.example, +46 31 555 20 17""",
        (
            expect("2025-09-23", "ground"),
            expect("2025-07", "permit"),
            expect("2025-05-12", "supply"),
            expect("../2026", "construction", planned=True),
            expect("2027-03", "cell", "production", planned=True),
            expect("../2030", "capacity", planned=True),
            expect("2026-01", "recruit", planned=True),
            expect("2021/..", "pilot"),
            expect("2017", "founded"),
            expect("2023", "raised"),
        ),
    ),
    Text(
        "skerrow-point-journal-1864",
        "lighthouse keeper's log of the 1860s",
        None,
        """SKERROW POINT LIGHT HOUSE.
Journal kept by the Principal Keeper, Jno. Macrae.
1864.

Jany. 2nd. Sat. Wind N.W. strong. Supply boat Hope arrd. 11 a.m. with coals, 40 galls. oil
& stores; left again 2 p.m. Lit up 4.10 p.m.

Tues. 5th. Whole gale from W. At 9 p.m. a pane of the lantern glass broke by a sea fowl
striking it; put up storm pane. Asst. Keeper Ross & self on watch all night.

Frid. 8th. Gale moderated. Wrote Supt. for a new pane of glass.

The 12th. New pane fitted by the Artificer from Stromhaven, who came off in the Hope & left
same day. Light exhibited as usual.

Jany. 19th. Took account of stores: oil 1,843 galls., coals 6 tons, wicks 2 gross.

Feby. 2nd. Tues. Mr Calder, Inspector, landed 10 a.m., inspected the station & found all in
good order; left 1 p.m. He informs me that the brig Mary Ann of Leith was lost with all hands
on the Ness Bank on or about the 20th ult. Relief keeper to come on the 15th inst., when Asst.
Ross goes on his leave.

My son Donald, aged 14, keeps the day book for me every evening.""",
        (
            expect("1864-01-02", "supply"),
            expect("1864-01-05", "broke"),
            expect("1864-01-08", "wrote"),
            expect("1864-01-12", "fitted"),
            expect("1864-01-19", "stores"),
            expect("1864-02-02", "inspect"),
            expect("1864-01-20~", "lost"),
            expect("1864-02-15", "relief", planned=True),
        ),
    ),
    Text(
        "coppice-wood-dormouse-2024",
        "dormouse nest box survey",
        None,
        """Coppice Wood Hazel Dormouse Monitoring
Nest Box Survey - 2024 Season Interim Report
Prepared by: Wexmoor Mammal Group
Report date: 20 September 2024

Site: Coppice Wood, grid ref. SU 4821 6190
Boxes: 50 (NB01-NB50), installed in March 2019. The site has been part of the National
Dormouse Monitoring Programme since 2019.
Licence no.: 2019-04417-CLS

Summary
Checks this season were carried out on 14 May, 11 June, 9 July and 10 September 2024 by two
licensed surveyors and three trainees. A storm on 13 August brought down two boxes, NB12 and
NB31.

Results
Check | Date       | Boxes used | Adults | Juveniles
1     | 14/05/2024 | 3          | 2      | 0
2     | 11/06/2024 | 5          | 4      | 0
3     | 09/07/2024 | 6          | 5      | 0
4     | 10/09/2024 | 8          | 5      | 4

The first dormouse of the season, a torpid adult male of 17 g, was found in NB23 on 11 June.
The first litter (four young, eyes still closed) was recorded in NB07 on 10 September. The
total of 14 animals is the highest count at the site since 2020.

Next steps
The final check of the season is planned for 15 October 2024. Damaged boxes will be replaced
by the end of November, and the full annual report will be sent to the national programme
no later than 31 January 2025.

Boxes are checked monthly from April to October, weather permitting.""",
        (
            expect("2019-03", "install"),
            expect("2019/..", "programme"),
            expect("2024-05-14", "check"),
            expect("2024-06-11", "check"),
            expect("2024-07-09", "check"),
            expect("2024-09-10", "check"),
            expect("2024-08-13", "storm"),
            expect("2024-06-11", "dormouse"),
            expect("2024-09-10", "litter"),
            expect("2024-10-15", "final", "check", planned=True),
            expect("../2024-11", "replace", planned=True),
            expect("../2025-01-31", "report", planned=True),
        ),
    ),
    Text(
        "carrick-rope-works",
        "rope works' history",
        None,
        """The Carrick Rope Works: A Short History

Rope has been made on the Carrick ropewalk for well over two centuries. The works are said
to have been founded in 1790 by James Orr, a sailmaker from Port Lannach, although the
earliest surviving lease of the ground dates from 1794.

The ropewalk is 1,100 feet long, long enough to lay a full cable in one piece. In 1805 the
works won their first Admiralty contract, supplying cable to the naval yard at Kilbride, and
around 1815 they employed some 80 spinners and boys.

Fire destroyed the hemp store on the night of 3 November 1843. Steam machinery was installed
in 1858, and the works passed to the Carrick Cordage Company in 1886. Between 1914 and 1918
the works made towing hawsers and anti-submarine net ropes for the Admiralty.

Spinning ended on 29 June 1971, when the company closed the works. The Carrick Rope Works
Trust has run the site as a working museum since 1988, and visitors can watch rope being
laid by hand every Saturday.

A new interpretation centre in the former tar house is expected to open in 2026.

Opening hours: Wednesday to Sunday, 10.00-16.30. Admission: adults 9.50, children free.""",
        (
            expect("1790?", "founded"),
            expect("1794", "lease"),
            expect("1805", "contract"),
            expect("1815~", "employ"),
            expect("1843-11-03", "fire"),
            expect("1858", "steam"),
            expect("1886", "passed"),
            expect("1914/1918", "hawser"),
            expect("1971-06-29", "closed"),
            expect("1988/..", "museum"),
            expect("2026", "centre", planned=True),
        ),
    ),
    Text(
        "school-rebuilding-statement",
        "education minister's school building statement",
        None,
        """Written Ministerial Statement
Department for Schools
School Rebuilding Programme: update

Made on: 4 March 2025
Made by: The Minister for Education (Ms Helen Varney)

Today I am announcing the fifth round of the School Rebuilding Programme, which will rebuild
or refurbish 68 school buildings in poor condition across the country.

The programme was launched in 2021, and 34 schools have so far been completed. In August
2023, surveys found reinforced autoclaved aerated concrete (RAAC) in 119 schools. All the
pupils affected had returned to full-time face-to-face teaching by 20 November 2023, and
those schools have been given priority in this round.

Riverside Primary in Ashby Vale, which opened on 10 February 2025, is the first school in the
programme built to a net zero carbon standard. It has 420 places and a 26-place nursery.

The responsible bodies of the schools in the fifth round will be notified by letter no later
than 31 March 2025, and construction tenders will be published by the end of June. We expect
the first schools in this round to open by September 2027.

Capital funding is provided under section 14 of the Education Act 1996. A list of the
schools will be placed in the Library of the House.""",
        (
            expect("2025-03-04", "round"),
            expect("2021", "launch"),
            expect("2023-08", "raac"),
            expect("../2023-11-20", "return"),
            expect("2025-02-10", "riverside"),
            expect("../2025-03-31", "notif", planned=True),
            expect("../2025-06", "tender", planned=True),
            expect("../2027-09", "open", planned=True),
        ),
    ),
    Text(
        "harbourside-gallery-closures",
        "museum's HTML gallery closures page",
        None,
        """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gallery closures | Harbourside Museum</title>
<link rel="stylesheet" href="/static/css/main.2024.css">
<script src="/static/js/analytics.js" defer></script>
</head>
<body>
<header><nav aria-label="Main"><ul><li><a href="/visit">Visit</a></li>
<li><a href="/whats-on">What's on</a></li><li><a href="/collections">Collections</a></li>
<li><a href="/shop">Shop</a></li></ul></nav></header>
<main>
<h1>Gallery closures</h1>
<p class="updated">Page updated: <time datetime="2025-01-20">20 January 2025</time></p>
<p>We are sorry that some galleries are closed while we carry out essential work. The museum
is open daily 10:00-17:00 and closed 24-26 December.</p>
<h2>Current closures</h2>
<ul>
<li><strong>Maritime Gallery (Level 2)</strong> has been closed since 2 December 2024 for
roof repairs. It will reopen in spring 2025.</li>
</ul>
<h2>Upcoming closures</h2>
<ul>
<li><strong>Ceramics Gallery</strong> will be closed from 3 to 7 February 2025 while its
display cases are replaced.</li>
<li><strong>Lecture Theatre</strong> is scheduled to close on 24 February 2025 for
refurbishment and will reopen no later than 30 May 2025.</li>
</ul>
<h2>Recently reopened</h2>
<ul>
<li><strong>Textile Gallery</strong> reopened on 15 January 2025 after closing in July 2024
for a complete rehang.</li>
<li><strong>Print Room</strong> reopened for study appointments on 8 January 2025.</li>
</ul>
<figure><img src="/img/textile-gallery.jpg" alt="Visitors in the Textile Gallery">
<figcaption>The rehung Textile Gallery. Photo &copy; Harbourside Museum 2025</figcaption>
</figure>
<aside><h2>Related</h2><ul><li><a href="/whats-on/tides-2025">Tides: 2025 exhibition</a>
</li><li><a href="/visit/access">Access information</a></li></ul></aside>
</main>
<footer><p>Harbourside Museum, Quay Street. Registered charity no. 1098765.
&copy; 2025</p></footer>
</body>
</html>""",
        (
            expect("2024-12-02/..", "maritime"),
            expect("2025-02-03/2025-02-07", "ceramics", planned=True),
            expect("2025-02-24", "lecture", planned=True),
            expect("../2025-05-30", "lecture", "reopen", planned=True),
            expect("2025-01-15", "textile"),
            expect("2024-07", "textile", "clos"),
            expect("2025-01-08", "print"),
        ),
    ),
    Text(
        "tay-v-marwood-logistics",
        "employment tribunal judgment",
        None,
        """EMPLOYMENT TRIBUNALS

Claimant:    Ms R Tay
Respondent:  Marwood Logistics Limited

Heard at:    Northfield
Before:      Employment Judge Hollis
Members:     Mr P Grant, Ms S Lowe

Case Number: 2401187/2024

JUDGMENT

The unanimous judgment of the Tribunal is that:
1. The claim of unfair dismissal is well founded and succeeds.
2. The claim of disability discrimination fails and is dismissed.
3. The remedy hearing is listed for 17 June 2025.

REASONS

Introduction
1. The claimant began working for the respondent as a warehouse supervisor on 4 April 2016.
She was dismissed on 30 September 2023. Early conciliation took place from 2 November to
14 December 2023, and the claim form (ET1) was presented on 18 January 2024.
2. The hearing took place on 10, 11 and 12 February 2025. We heard evidence from the
claimant and from three witnesses for the respondent.

Findings of fact
3. The respondent's attendance policy has been in force since 1 March 2017. It applies to
all 1,240 employees at its Northfield site.
4. On or about 14 July 2023 the claimant, then aged 47, raised a written grievance about the
way her absences had been recorded.
5. A disciplinary hearing took place on 12 September 2023. The claimant appealed against her
dismissal on 6 October 2023; the appeal was rejected without a hearing.

Employment Judge Hollis
Date: 24 March 2025
JUDGMENT SENT TO THE PARTIES ON 26 March 2025
FOR THE TRIBUNAL OFFICE""",
        (
            expect("2025-06-17", "remedy", planned=True),
            expect("2016-04-04", "work"),
            expect("2023-09-30", "dismiss"),
            expect("2023-11-02/2023-12-14", "conciliation"),
            expect("2024-01-18", "claim"),
            expect("2025-02-10", "hearing"),
            expect("2025-02-11", "hearing"),
            expect("2025-02-12", "hearing"),
            expect("2017-03-01/..", "policy"),
            expect("2023-07-14~", "grievance"),
            expect("2023-09-12", "disciplinary"),
            expect("2023-10-06", "appeal"),
        ),
    ),
    Text(
        "pellow-clockmakers",
        "clockmaker's history",
        None,
        """Pellow of Lanreath: Three Generations of Clockmakers

Thomas Pellow was born in Lanreath, probably in 1728, the son of a blacksmith. He was
apprenticed c. 1742 to John Vosper, clockmaker of Tremough, and set up his own shop in Fore
Street, Lanreath, in 1752.

His turret clock for St Keyne's church is said to have been made in 1766; it still strikes
the hours. His masterpiece, known to collectors as the "1784 Regulator", was in fact
finished in 1787, as the signed dial plate shows. Thomas died on 9 January 1791 and was
buried in Lanreath churchyard.

His son Richard Pellow (1760-1829) kept the shop going and retired c. 1820, handing the
business to his nephew Samuel Hext. Hext moved the business to Treloyan in 1834 and added
watch repairing and jewellery. Between 1859 and 1863 the firm supplied station clocks to the
Cornwall Valley Railway. The shop was sold in 1889, and the Pellow name disappeared from the
trade.

More than 40 Pellow clocks survive. A longcase clock recently sold at auction for 38,000
pounds, the highest price paid for a Pellow since 1998. Seventeen clocks hang in the
Lanreath Museum, which opened its Pellow Room in 2011.

Further reading: A. Jory, Cornish Clockmakers 1700-1900 (Truro, 1986).""",
        (
            expect("1728?", "born"),
            expect("1742~", "apprentice"),
            expect("1752", "shop"),
            expect("1766?", "turret"),
            expect("1787", "regulator"),
            expect("1791-01-09", "died"),
            expect("1820~", "retired"),
            expect("1834", "moved"),
            expect("1859/1863", "station"),
            expect("1889", "sold"),
            expect("2011", "room"),
        ),
    ),
    Text(
        "northern-league-fixtures-2026",
        "rugby league's fixtures list",
        None,
        """NORTHERN RUGBY LEAGUE
CHAMPIONSHIP 2026 - FIXTURE LIST (ROUNDS 1 AND 2)

Issued 20 November 2025. Dates and kick-off times may change for broadcast selection.

Key dates
- Squad registration: clubs must register their first-team squads no later than
  30 January 2026.
- Season launch: Tuesday 3 February 2026, Castlegate Stadium, Harrowby.
- Challenge Cup third round: weekend of 7-8 March 2026.
- Magic Weekend: 30-31 May 2026, Riverside Park, Dunmore.
- Grand Final: Saturday 10 October 2026, Castlegate Stadium.

Round 1
Fri 13 Feb   19:45   Harrowby Hawks v Kelsall Miners        Castlegate Stadium
Sun 15 Feb   15:00   Dunmore Rangers v Ashcombe Saints      The Mill

Round 2
Fri 20 Feb   20:00   Kelsall Miners v Dunmore Rangers       Pit Lane
Sat 21 Feb   17:30   Ashcombe Saints v Harrowby Hawks       Saints Park

Rivals Round is played every year on the Easter weekend. Season tickets on sale now.
Ticket office: 0345 600 1895.

(c) Northern Rugby League 2025""",
        (
            expect("../2026-01-30", "registration", planned=True),
            expect("2026-02-03", "launch", planned=True),
            expect("2026-03-07/2026-03-08", "cup", planned=True),
            expect("2026-05-30/2026-05-31", "magic", planned=True),
            expect("2026-10-10", "final", planned=True),
            expect("2026-02-13", "harrowby", "kelsall", planned=True),
            expect("2026-02-15", "dunmore", "ashcombe", planned=True),
            expect("2026-02-20", "kelsall", "dunmore", planned=True),
            expect("2026-02-21", "ashcombe", "harrowby", planned=True),
        ),
    ),
)
