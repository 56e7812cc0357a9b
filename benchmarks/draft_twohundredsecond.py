"""The two-hundred-and-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a tidal
flood alert, a golf club medal report, a repair cafe opening release, a curate's letters of
the 1880s, a hazel dormouse survey, a corn exchange's history, a health minister's dental
access statement, a community garden HTML work days page, a leasehold valuation tribunal
decision, a foundry's history and a chess club's fixtures list. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, a decade,
"next summer", "this spring") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSECOND_CORPUS",)


TWOHUNDREDSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "salt-mine-reopens",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VELMORE, March 13 (Northgate Wire) - The Krasten salt mine near Velmore will
reopen on Monday, almost four months after a roof fall trapped six miners underground, its
owner Halvard Minerals said.

State mining inspectors signed off the repaired galleries on Tuesday after a final check of
the roof bolts and ventilation shafts, the company said in a statement.

Chief executive Ilse Marrow said production was expected to be back at full capacity by
April 30. "We owe it to the families to get this right, not fast," she said.

A parliamentary inquiry into the accident is to hold its first public hearing on April 2 in
the regional capital, Ostrand. The miners' union has asked for the hearing to be moved to
Velmore so that relatives can attend.

The roof fall happened on November 18, 2024, during a night shift about 400 metres below
the surface. All six men were brought up two days later, two of them with broken legs.

The mine opened in 1887 and has been owned by Halvard since 2003. It employs about 310
people and is the region's main source of road grit, which is spread on some 9,000 km of
roads each winter. Output in the months before the accident was the highest since 2015,
the company said.

(Reporting by Pia Lundqvist; Editing by Karel Dobos)""",
        (
            expect("2025-03-17", "mine", "reopen", planned=True),
            expect("2025-03-11", "inspectors", "sign"),
            expect("../2025-04-30", "capacity", planned=True),
            expect("2025-04-02", "hearing", planned=True),
            expect("2024-11-18", "roof", "fall"),
            expect("2024-11-20", "brought"),
            expect("1887", "mine", "open"),
            expect("2003/..", "halvard", "own"),
        ),
    ),
    Text(
        "optician-fortieth-branch",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Calder & Pike to open fortieth branch in Dunmere

DUNMERE, 4 February 2025 - Calder & Pike, the family-run optician chain, will open its
fortieth branch at 12 Harbour Row, Dunmere, on 3 March 2025, creating 14 jobs.

To mark the opening, the branch will offer free eye tests to customers over 60 from
3 to 7 March. Appointments can be booked online or by telephone.

Calder & Pike was founded in 1962 by optometrists Agnes Calder and Robert Pike, who ran a
single shop above a bakery in Fenwick. The company opened its second branch in 1971 and
moved its headquarters to Fenwick's Old Post Office the following year. It has offered home
eye tests for housebound patients since 2009.

"Dunmere has been on our list for a decade," said managing director Hugh Pike, Robert's
grandson. "Harbour Row gives us room for a full contact-lens clinic, which our Fenwick and
Tarlow branches have had for years."

The company expects to open a further six branches by 2027, most of them in market towns
without an independent optician.

ENDS

Notes to editors
- Calder & Pike employs roughly 620 people across 39 branches.
- Its lens laboratory in Fenwick is certified to ISO 9001:2015.
- Media contact: Jo Merriman, Head of Communications, 01632 960418,
  press@calderpike.example""",
        (
            expect("2025-03-03", "branch", "open", planned=True),
            expect("2025-03-03/2025-03-07", "eye", "test", planned=True),
            expect("1962", "found"),
            expect("1971", "second", "branch"),
            expect("1972", "headquarters"),
            expect("2009/..", "home", "test"),
            expect("../2027", "six", "branch", planned=True),
        ),
    ),
    Text(
        "grain-supply-appeal",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF WESTMARCH
SECOND DISTRICT

No. 2-23-0417

HOLLIS GRAIN COOPERATIVE, Plaintiff-Appellant,
v.
TARRANT MILLING COMPANY, Defendant-Appellee.

Appeal from the Circuit Court of Orrin County, No. 21-L-0088.
Honorable Dana Whitcombe, Judge, presiding.

JUSTICE REYES delivered the judgment of the court, with opinion.
Justices Lund and Okonkwo concurred in the judgment and opinion.

OPINION

¶ 1 Plaintiff, Hollis Grain Cooperative (Hollis), appeals the order of the circuit court
granting summary judgment to defendant, Tarrant Milling Company (Tarrant). We reverse and
remand.

¶ 2 I. BACKGROUND

¶ 3 On or about June 3, 2019, the parties entered into a written supply agreement under
which Hollis was to deliver 9,000 tons of milling wheat each year. Section 4.2 required
Tarrant to complete an upgrade of its receiving silo no later than December 31, 2020.

¶ 4 Tarrant did not complete the upgrade. Hollis served a notice of default on
January 9, 2021, and filed its complaint on March 30 of that year. Tarrant has refused all
deliveries since April 2021.

¶ 5 On August 22, 2022, the circuit court granted Tarrant's motion for summary judgment,
finding that section 4.2 expressed only an intention. Hollis filed a timely notice of appeal
on September 12. We heard oral argument on January 17, 2024.

¶ 6 II. ANALYSIS

¶ 7 We review a grant of summary judgment de novo. 735 Westm. Comp. Stat. 5/2-1005(c)
(West 2022). Section 4.2 uses the word "shall" and fixes a date; a clause that sets a
deadline is not a statement of hope. Whether Tarrant's delay was excused by Hollis's own
late deliveries is a question of fact that cannot be resolved on this record.

¶ 8 III. CONCLUSION

¶ 9 The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings. The cause is to be returned to the circuit court's trial calendar on
April 15, 2024.

¶ 10 Reversed and remanded.""",
        (
            expect("2019-06-03~", "agreement"),
            expect("../2020-12-31", "silo", "upgrade"),
            expect("2021-01-09", "notice", "default"),
            expect("2021-03-30", "complaint"),
            expect("2021-04/..", "deliveries"),
            expect("2022-08-22", "summary", "judgment"),
            expect("2022-09-12", "notice", "appeal"),
            expect("2024-01-17", "argument"),
            expect("2024-04-15", "calendar", planned=True),
        ),
    ),
    Text(
        "kellsmouth-town",
        "encyclopedia history",
        None,
        """Kellsmouth

Kellsmouth is a market town and civil parish on the estuary of the River Kell, in the
district of South Arden. It has a population of about 11,500.

History

A settlement at Kellsmouth is first recorded c. 1086, when it had a mill and fourteen
households. A small Augustinian priory was founded on the hill above the ford,
perhaps in 1140, although the date rests on a single chronicle written two centuries later.
The town received a market charter in 1253.

Much of the medieval town was destroyed by a fire in 1611, and the present church of St
Brannoc dates largely from the rebuilding that followed. The railway from Arden Junction
reached the town in 1847, and the quay's trade in slate and timber moved to the station
yard. The low-lying market square was flooded in 1852, 1866 and 1894, and a tidal wall was
built along the quay after the last of these floods.

Kellsmouth has been twinned with Saint-Aubin-les-Marais, in Brittany, since 1968. Its
population is now the largest it has been since 1901. A western bypass, intended to take
heavy traffic out of Fore Street, is planned to open in 2027.

See also
- List of towns in South Arden
- River Kell

References
1. Harcourt, J. (1998). A History of Kellsmouth. Arden Press. p. 44.""",
        (
            expect("1086~", "recorded"),
            expect("1140?", "priory", "found"),
            expect("1253", "charter"),
            expect("1611", "fire"),
            expect("1847", "railway"),
            expect("1852", "flood"),
            expect("1866", "flood"),
            expect("1894", "flood"),
            expect("1968/..", "twin"),
            expect("2027", "bypass", planned=True),
        ),
    ),
    Text(
        "rovers-go-top",
        "sports report",
        date(2023, 11, 26),
        """Rovers go top as Alcott double sinks Kelby

Ashford Rovers 3 Kelby Town 1

By Gareth Pell

Dean Alcott scored twice as Ashford Rovers moved to the top of the Southern Combination
table with a 3-1 win over Kelby Town at Mill Lane on Saturday.

Alcott, signed from Porthaven United in January, headed the opener after 11 minutes and
added a second from the penalty spot just before half-time. Kelby pulled one back through
Sam Ferris, but substitute Leon Baptiste sealed the points in stoppage time.

Rovers have been unbeaten at home since August 19, and have conceded only four goals at
Mill Lane in that run.

They travel to Brenton Athletic on Tuesday and host Wickham in the county cup on December 9.

Manager Fay Corrigan, appointed on 2 March 2022 after a spell in charge of the club's
women's side, said: "We've built this team for a year and a half. They looked like a side
that believes it."

It was Rovers' first league win over Kelby since 2009, and the crowd of 2,214 was the
biggest at Mill Lane, which opened in 1921, for several seasons.

Rovers: Hale; Dunne, Okoro, Mace, Pike; Rennie, Shaw (Baptiste 78), Kerr; Amis, Alcott,
Fry.
Referee: T. Lowry. Attendance: 2,214.""",
        (
            expect("2023-11-25", "rovers", "kelby"),
            expect("2023-01", "alcott", "sign"),
            expect("2023-08-19/..", "unbeaten"),
            expect("2023-11-28", "brenton", planned=True),
            expect("2023-12-09", "cup", planned=True),
            expect("2022-03-02", "corrigan", "appoint"),
            expect("1921", "mill", "open"),
        ),
    ),
    Text(
        "tallis-coaches-history",
        "company history",
        None,
        """Our story

Tallis Coaches was founded in 1934 by Ernest Tallis, a former railway fitter, with one
fourteen-seat charabanc that ran market-day trips from Brockford to Selwick. In around 1938
the firm won the contract to carry mail and passengers to the outlying villages of the
Harrow Vale, a service it ran for almost thirty years.

After the war the business grew quickly. It moved to the present depot on Sandy Lane
in 1951, and added its first double-decker two years later. Ernest's daughter Marjorie
took over as managing director in 1966 and led the company for more than three decades.

Like every operator, we stood the fleet down in March 2020. Services resumed on 6 July with
fewer seats and open windows, and the school contracts returned in September.

Tallis Coaches has been employee-owned since 2012, and every one of our 85 staff has a
share in the business.

Today we run 64 coaches, including our Harrow Vale commuter routes every weekday. By 2030
the whole fleet will be zero-emission; the first four electric coaches are due in the
spring.

Tallis Coaches Ltd, Sandy Lane Depot, Brockford BK4 7TT.
Registered in England No. 00294518.""",
        (
            expect("1934", "found"),
            expect("1938~", "mail", "contract"),
            expect("1951", "depot"),
            expect("1953", "double-decker"),
            expect("1966", "marjorie"),
            expect("2020-03", "fleet"),
            expect("2020-07-06", "services", "resum"),
            expect("2020-09", "school", "contracts"),
            expect("2012/..", "employee"),
            expect("../2030", "zero-emission", planned=True),
        ),
    ),
    Text(
        "alba-2-orbiter",
        "mission summary",
        None,
        """ALBA-2 Lunar Orbiter - Mission Summary

Agency: Meridian Space Agency (MSA)
Mission type: lunar orbiter with impactor
Mass at launch: 1,120 kg
Status: extended mission

ALBA-2 was launched on 14 September 2021 on a Kestrel-4 rocket from the Porto Seco launch
site and entered lunar orbit on 2 October after a nineteen-day cruise. Its primary aims were
to map water ice in permanently shadowed craters near the south pole and to measure the
thin lunar exosphere.

Primary science operations ran from 1 November 2021 to 30 April 2023. The 48 kg impactor
struck the floor of Vardan crater on or about 19 January 2022; the plume was observed by the
orbiter's ultraviolet spectrograph 90 seconds later. Contact was lost for about 40 hours on
8 March 2022 when a software fault put the spacecraft into safe mode.

Since 1 May 2023 the orbiter has flown an extended mission in a higher, 300 km orbit,
relaying signals from the Meridian lander Tessa. The spacecraft is scheduled to be
deorbited in August 2025, and the final archive release is expected no later than
December 2025.

Key instruments: LIRA neutron spectrometer; UVX ultraviolet spectrograph; NAC narrow-angle
camera (0.5 m per pixel).

Last updated: 12 June 2024""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "lunar", "orbit"),
            expect("2021-11-01/2023-04-30", "science", "operations"),
            expect("2022-01-19~", "impactor"),
            expect("2022-03-08", "contact", "lost"),
            expect("2023-05-01/..", "extended", "mission"),
            expect("2025-08", "deorbit", planned=True),
            expect("../2025-12", "archive", planned=True),
        ),
    ),
    Text(
        "carrow-bridge-statement",
        "government statement",
        date(2024, 5, 21),
        """Carrow Bridge: statement by the Minister for Infrastructure

From: Department for Infrastructure and Helen Vasko MP
Published 21 May 2024

The Carrow Bridge was closed to all traffic on 9 May after engineers found severe corrosion
in two of its main suspension hangers. I want to set out what has happened since and what
we will do next.

A temporary passenger ferry between Carrow Quay and Lisk began running on Monday, and the
extra bus service via Harlow Bridge will continue for as long as it is needed. I thank the
operators, who set both up within days.

Engineers expect to reopen the bridge to pedestrians and cyclists by 30 June. It will not
carry vehicles again until it has been replaced or fully rebuilt. Design work has begun,
and construction of a replacement is expected to start in 2026.

The bridge opened in 1938 and carries about 18,000 vehicles a day. It was last strengthened
in 1994 and has been inspected every two years since. The latest inspection was brought
forward after a cable sensor recorded unusual movement.

I will visit Carrow on Friday to meet residents and businesses, and I will publish the
engineers' report in full.

Media enquiries: 020 7946 0312""",
        (
            expect("2024-05-09", "bridge", "closed"),
            expect("2024-05-20", "ferry"),
            expect("../2024-06-30", "reopen", "pedestrians", planned=True),
            expect("2026", "construction", planned=True),
            expect("1938", "open"),
            expect("1994", "strengthen"),
            expect("2024-05-24", "visit", planned=True),
        ),
    ),
    Text(
        "merrow-library-refit",
        "HTML news page",
        date(2025, 6, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Merrow library to close for summer refit | Merrow Mercury</title>
</head>
<body>
<article>
<header>
<h1>Merrow library to close for summer refit</h1>
<p class="byline">By <a href="/authors/nadia-welch">Nadia Welch</a>, Local Democracy
Reporter</p>
<time datetime="2025-06-18T09:30:00+01:00">18 June 2025</time>
</header>
<p>Merrow Library will close from 1 July to 30 September for a &pound;1.2 million
refurbishment, Harlow District Council has confirmed.</p>
<p>Councillors approved the funding on Thursday. The work will replace the leaking roof,
add a lift to the first-floor reading room and install new heating.</p>
<p>The library was built in 1905 with a gift from the shipowner Thomas Ardley and was
extended in 1967 and 1988. It has offered free wifi since 2004, and visitor numbers last
year were the highest since 2010.</p>
<p>A temporary returns point will open at the town hall on Monday. A pop-up library will
run in the market square every Saturday during the closure.</p>
<p>"We know three months is a long time," said councillor Ruth Abara. "But the building
will be warm, dry and open to everyone when it reopens."</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/4411">Bypass plan goes to inquiry</a></li>
</ul></aside>
<footer>&copy; 2025 Merrow Mercury Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-07-01/2025-09-30", "library", "close", planned=True),
            expect("2025-06-12", "approv"),
            expect("1905", "built"),
            expect("1967", "extended"),
            expect("1988", "extended"),
            expect("2004/..", "wifi"),
            expect("2025-06-23", "returns", planned=True),
        ),
    ),
    Text(
        "penlow-tidal-alert",
        "tidal flood alert",
        date(2025, 10, 28),
        """FLOOD ALERT IN FORCE
Tidal flooding is possible: be prepared

Area: Saltmarsh Quay to Penlow Point, including Penlow Harbour and Crane Wharf
Alert code: 064TWA205
Tuesday 28 October 2025, 06:12

Flooding is possible along the Saltmarsh and Penlow frontages with the high tides on
Wednesday evening and Thursday morning. A tidal surge of up to 0.6 m is forecast, together
with strong south-westerly winds and large waves.

High water at Penlow Harbour is predicted at 19:48 (5.9 m) and 08:15 (5.7 m).

The Penlow tidal barrier will be closed from 17:00 on Wednesday. The barrier was brought
into use in 1983 and was last closed for a surge on 3 February 2025.

The sea wall at Saltmarsh Quay was raised in about 2016, after the surge of 5 December 2013
flooded 140 properties along the quay.

What you should do:
- Avoid walking, cycling or driving on sea fronts and promenades.
- Move vehicles out of Crane Wharf car park.
- Check the tide tables and sign up for free flood warnings.

We are monitoring the situation closely and will update this message if it changes.

Floodline: 0300 000 0417 (24 hours)""",
        (
            expect("2025-10-29", "tide", planned=True),
            expect("2025-10-30", "tide", planned=True),
            expect("2025-10-29", "barrier", "closed", planned=True),
            expect("1983", "barrier"),
            expect("2025-02-03", "barrier", "closed"),
            expect("2016~", "wall"),
            expect("2013-12-05", "surge"),
        ),
    ),
    Text(
        "elmstead-june-medal",
        "golf club medal report",
        date(2025, 6, 12),
        """ELMSTEAD PARK GOLF CLUB
Competition Report: June Monthly Medal
Posted by the Competitions Secretary

The June Monthly Medal was played on Saturday 7 June in warm, breezy conditions, with 112
members taking part. The greens, watered by the new irrigation system installed in April,
ran fast and true. CSS 71 (SSS 70).

Division 1 was won by Martin Oyelaran with a superb net 66. Division 2 went to Alan Briggs
(net 68 on countback) and Division 3 to Tom Haskell (net 70). Twos sweep: 9 twos, £14.50
each.

Congratulations also to Pauline Reid, who holed in one at the par-3 14th (152 yards) on
Tuesday during the Ladies' Stableford. Drinks were, as tradition demands, on her.

Coming up
Captain's Day will be held on 28 June, with a shotgun start at 9am. Entries must be in no
later than 21 June via the booking system. On 19 July the Coronation Cup, first contested
in 1953, will be played as a four-ball better-ball.

From the archive
The course was laid out in about 1911 by the Scottish professional James Coull, and the
14th is still much as he designed it. The original clubhouse burned down in 1962.

Medals are played on the first Saturday of each month. Results and handicap adjustments
are posted on the club app.

Anne Colvin, Competitions Secretary""",
        (
            expect("2025-06-07", "medal"),
            expect("2025-04", "irrigation"),
            expect("2025-06-10", "reid", "hole"),
            expect("2025-06-28", "captain", planned=True),
            expect("../2025-06-21", "entries", planned=True),
            expect("2025-07-19", "coronation", planned=True),
            expect("1953", "coronation"),
            expect("1911~", "course"),
            expect("1962", "clubhouse"),
        ),
    ),
    Text(
        "fernley-repair-cafe",
        "repair cafe opening release",
        date(2025, 9, 3),
        """NEWS RELEASE
For immediate release: 3 September 2025

Fernley Repair Café opens its doors this month

Broken toasters, wobbly chairs and torn jeans will get a second life when Fernley Repair
Café holds its first session at St Cuthbert's Hall on Saturday 13 September, from 10am to
1pm.

Volunteer fixers, including two retired electricians, a seamstress and a bicycle mechanic,
will repair items free of charge while visitors drink tea and learn how to mend things
themselves.

A pilot session held on 12 July drew more than 40 items, of which 29 were mended. In August
the project received a £3,500 grant from the Fernley Community Fund to buy tools, a PAT
tester and two sewing machines.

After the launch, the café will run on the second Saturday of every month. A tool library,
lending drills, ladders and garden tools, will open at the hall on 1 October. New
volunteers are asked to register no later than 10 September so that they can attend a
safety briefing.

"Every kettle we fix is one less in the skip," said organiser Priya Nair.

The café is run by Fernley Transition, a volunteer group founded in 2019 to cut waste in
the town. Repair cafés first appeared in the Netherlands around 2009, and there are now
thousands of them worldwide.

ENDS

Contact: Priya Nair, 07700 900318, hello@fernleyrepair.example
St Cuthbert's Hall, Mill Road, Fernley FN3 2QA""",
        (
            expect("2025-09-13", "first", "session", planned=True),
            expect("2025-07-12", "pilot"),
            expect("2025-08", "grant"),
            expect("2025-10-01", "tool", "library", planned=True),
            expect("../2025-09-10", "register", planned=True),
            expect("2019", "transition", "found"),
            expect("2009~", "repair", "appear"),
        ),
    ),
    Text(
        "curate-penrose-letters",
        "curate's letters of the 1880s",
        None,
        """From the letters of the Rev. Arthur Penrose, curate of Market Lavering,
to his mother

I.
The Curacy, Market Lavering,
14th March 1883.

My dear Mother,
You will be glad to hear that the new organ was opened on the 4th of March with a great
deal of ceremony and, I fear, a great many wrong notes. Mrs Chaundy played, the Archdeacon
preached, and the collection came to £11 4s. 6d. The Bishop is to confirm forty-one of our
young people on the 2nd of April, and I take the candidates every evening after Evensong.
Mr Pelling, our churchwarden, tells me that the chancel was last restored about 1841, and
the damp in the vestry bears him out.
Your affectionate son, Arthur.

II.
The Curacy, Market Lavering,
9th November 1884.

Dearest Mother,
The fever which broke out at Stoke End on the 20th of October has now carried off three
children, and the school is shut. Dr Hale believes the well at the Bell cottages to be the
cause. I sit with the sick families most afternoons. I shall leave for Exeter on the 1st of
December to see the Bishop about the living at Hallow End, which I am told is to be offered
to me.
Ever your loving son, A.

III.
St Jude's Vicarage, Hallow End,
2nd February 1886.

My dear Mother,
At last I write from a house of my own! I was instituted here on the 21st of January by
the Bishop himself, in a snowstorm, with eleven parishioners present. My predecessor, Mr
Ambrose, died in 1879, and the people have had only a borrowed curate on Sundays. The
vicarage roof wants mending before the summer.
Your devoted son, Arthur.""",
        (
            expect("1883-03-04", "organ"),
            expect("1883-04-02", "confirm", planned=True),
            expect("1841~", "chancel", "restor"),
            expect("1884-10-20", "fever"),
            expect("1884-12-01", "exeter", planned=True),
            expect("1886-01-21", "institut"),
            expect("1879", "ambrose"),
        ),
    ),
    Text(
        "brackenwood-dormouse-survey",
        "hazel dormouse survey",
        None,
        """BRACKENWOOD COPSE - HAZEL DORMOUSE NEST-TUBE SURVEY
Report on the 2024 season

Surveyor: Dr Helen Marsh (licence no. 2024-54101-CLS-CLS)
Site: Brackenwood Copse, 6.2 ha, grid ref. SU 4512 7788
Method: 50 nest tubes on five transects, checked by two surveyors

Summary
The tubes were checked on 14 May, 18 June and 20 August 2024. A fourth planned check was
cancelled because storm damage had closed the access track. Dormice (Muscardinus
avellanarius) were recorded in six tubes.

An extra visit on 17 September found a litter of four young, eyes not yet open, in tube 31,
a woven nest of honeysuckle bark and fresh hazel leaves. Wood mice were found in nine tubes
and blue tits in two. The six dormouse records are the most at the site since 2016.

Management
Coppicing of compartment 3 was completed in about February 2024, leaving standards of oak
and a ten-metre hazel buffer along the northern ride.

Background
The nest tubes were first put up in 2011 by volunteers of the Arden Mammal Group. The site
has contributed records to the county Dormouse Monitoring Scheme since 2013.

Next steps
The first check of the 2025 season is planned for 5 May 2025. Ten damaged tubes will be
replaced before then.

Compiled 30 November 2024""",
        (
            expect("2024-05-14", "check"),
            expect("2024-06-18", "check"),
            expect("2024-08-20", "check"),
            expect("2024-09-17", "litter"),
            expect("2024-02~", "coppic"),
            expect("2011", "tubes"),
            expect("2013/..", "scheme"),
            expect("2025-05-05", "check", planned=True),
        ),
    ),
    Text(
        "stallbridge-corn-exchange",
        "corn exchange's history",
        None,
        """The Corn Exchange, Stallbridge: a short history

For centuries Stallbridge's farmers sold their grain in the open Market Place, in all
weathers. The Stallbridge Corn Exchange Company was formed in 1853 by a group of local
merchants, who raised £6,000 to build a covered hall.

The foundation stone was laid on 12 May 1854 by the Earl of Cressing, and the building,
designed by the Leeds architect Samuel Brereton, opened on 3 October 1856. Its great glass
roof, 31 metres long, let buyers judge the colour of samples in daylight.

Trading was busiest on Tuesdays, when up to 120 merchants rented stands. The clock on the
façade was restored in 1921 and again in 1987.

Corn trading ended in about 1939, and the hall later served as a furniture store, a dance
hall and a roller-skating rink. It was listed at Grade II in 1972.

The Stallbridge Corn Exchange Trust has owned the building since 1991. After a three-year
conversion it reopened as an arts centre in 1994, and it now hosts about 300 events a year.

Restoration of the glass roof, at a cost of £2.4 million, is scheduled to begin in
January 2026 and to take fourteen months.

Stallbridge Corn Exchange, Market Place, Stallbridge ST7 1AA.
Registered charity no. 1041853.""",
        (
            expect("1853", "company"),
            expect("1854-05-12", "foundation"),
            expect("1856-10-03", "open"),
            expect("1921", "clock"),
            expect("1987", "clock"),
            expect("1939~", "trading"),
            expect("1972", "listed"),
            expect("1991/..", "trust"),
            expect("1994", "reopen"),
            expect("2026-01", "roof", planned=True),
        ),
    ),
    Text(
        "dental-access-statement",
        "health minister's dental access statement",
        date(2025, 1, 16),
        """Written Ministerial Statement
Dental access: update
Made by: Dr Ruth Adeyemi, Minister for Health
Made on: 16 January 2025

Too many people in this country still cannot find a dentist when they need one. This
statement sets out what the Government has done and what it will do next.

On Monday I met representatives of the Association of General Dental Practitioners to
discuss recruitment. As a result, the first golden hello payments of £20,000 will be made on
1 March to dentists who commit to three years in the areas of greatest need.

Since 1 April 2024, practices have received a premium of £50 for each patient seen who had
not visited a dentist for two years, and more than 312,000 such patients have been treated.
Three mobile dental units began operating in the Northern and Coastal health regions in
October, and a fourth will join them this spring.

Waiting times for children's extractions under general anaesthetic remain the longest since
2006. That is unacceptable.

I have asked officials to complete a review of the dental contract no later than
31 July 2025. The new dental school at Fenwick University will admit its first 40 students in
September 2026.

I will update the House again on Tuesday, when I will set out the terms of the review.""",
        (
            expect("2025-01-13", "practitioners"),
            expect("2025-03-01", "golden", planned=True),
            expect("2024-04-01/..", "premium"),
            expect("2024-10", "mobile"),
            expect("../2025-07-31", "review", planned=True),
            expect("2026-09", "school", planned=True),
            expect("2025-01-21", "update", planned=True),
        ),
    ),
    Text(
        "orchard-street-work-days",
        "community garden HTML work days page",
        date(2025, 2, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Work days | Orchard Street Community Garden</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/workdays">Work days</a> | <a href="/plots">Plots</a> |
<a href="/contact">Contact</a></nav>
<main>
<h1>Work days</h1>
<p class="updated">Last updated 20 February 2025</p>
<p>Everyone is welcome at our work days: no experience needed, gloves and tools provided,
tea and cake guaranteed. We meet at the shed by the Orchard Street gate, 10am to 1pm.</p>
<p>Thank you to the 23 volunteers who turned out on 15 February and laid 30 metres of new
hedge along the railway fence!</p>
<h2>Coming up</h2>
<ul>
<li><strong>Saturday 8 March</strong> - planting the hedge gaps and mulching the fruit
bushes</li>
<li><strong>Saturday 12 April</strong> - building four raised beds for the school
group</li>
<li><strong>Saturday 10 May</strong> - clearing the pond and repairing the dipping
platform</li>
</ul>
<p>Polytunnel space for the coming season must be booked by 1 March. Email
<a href="mailto:plots@orchardstreetgarden.example">plots@orchardstreetgarden.example</a>.</p>
<p>We also garden informally every Wednesday afternoon: just turn up.</p>
<h2>About the garden</h2>
<p>The garden was set up on the old bowling green in 2014. Volunteers dug the wildlife pond
in 2017, and the orchard of heritage apple trees was planted in 2019 and 2021.</p>
</main>
<footer><p>Orchard Street Community Garden, registered charity no. 1162017</p></footer>
</body>
</html>""",
        (
            expect("2025-02-15", "hedge"),
            expect("2025-03-08", "hedge", planned=True),
            expect("2025-04-12", "beds", planned=True),
            expect("2025-05-10", "pond", planned=True),
            expect("../2025-03-01", "polytunnel", planned=True),
            expect("2014", "garden"),
            expect("2017", "pond"),
            expect("2019", "orchard"),
            expect("2021", "orchard"),
        ),
    ),
    Text(
        "mallory-court-service-charges",
        "leasehold valuation tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (RESIDENTIAL PROPERTY)

Case reference     : CHI/43UK/LSC/2023/0061
Property           : Flats 1-24 Mallory Court, Wey Road, Ashby Green AG2 9LL
Applicants         : The lessees of Flats 1-24 Mallory Court
Representative     : Mrs J. Okafor (Mallory Court Residents' Association)
Respondent         : Harlequin Estates (No. 4) Limited
Type of application: Liability to pay service charges, section 27A Landlord and Tenant
                     Act 1985
Tribunal members   : Judge A. Pennant; Mr R. Dyer FRICS

DECISION

1. The application, dated 12 April 2023, asks the Tribunal to decide whether the lessees
are liable for service charges demanded for major works to the roof and lift.

2. The leases were granted on 25 March 1987 for terms of 99 years. The respondent has been
the freeholder since 2011. Clause 5(4) obliges each lessee to pay one twenty-fourth of the
cost of maintaining the structure.

3. The respondent served a notice of intention under section 20 of the 1985 Act on
3 February 2022. The works were carried out between June and September 2022. The lift, which
the respondent said had last been replaced around 1995, was refurbished rather than renewed.

4. The hearing took place on 14 November 2023. The Tribunal did not inspect the building.

5. The Tribunal finds that the consultation was adequate, but that £3,150 of the sum
demanded related to scaffolding for the lift shaft that was never erected.

6. The respondent shall refund £3,150 to the lessees' service charge account no later than
9 January 2024. The Tribunal also makes an order under section 20C of the 1985 Act.

Judge A. Pennant""",
        (
            expect("2023-04-12", "application"),
            expect("1987-03-25", "lease"),
            expect("2011/..", "freeholder"),
            expect("2022-02-03", "notice"),
            expect("2022-06/2022-09", "works"),
            expect("1995~", "lift"),
            expect("2023-11-14", "hearing"),
            expect("../2024-01-09", "refund", planned=True),
        ),
    ),
    Text(
        "hartwell-bell-foundry",
        "foundry's history",
        None,
        """Hartwell Bell Foundry: our story

The foundry was established in around 1702 by Josiah Hartwell, a pewterer who turned to
bell-founding after casting a small ring for his parish church. In 1789 his grandson moved
the works to its present site in Crane Street, beside the canal that brought in copper and
tin.

Our best-known bell, Great Gabriel, was cast for St Olave's, Pellborough, in 1823. It
cracked during the peal for a royal wedding and was recast in 1859. At 4,180 kg it remains
the heaviest bell we have made.

A fire in 1907 destroyed the pattern shop and many of the old moulding boards, but the
shop was rebuilt the following year. The foundry has been run by the Cobb family since
1931.

Over three centuries the foundry has cast more than 1900 bells for churches, schools, ships
and town halls on five continents. We marked our tercentenary in 2002 with a new ring of
eight for Orsington Minster.

The old casting hall is to reopen as a museum of bell-founding in 2026, with demonstrations
of moulding and tuning. Casting still takes place most Thursdays, and visitors can book a
place in the gallery.

Hartwell Bell Foundry Ltd, Crane Street, Orsington OR1 4BF. Tel. 01632 960771""",
        (
            expect("1702~", "establish"),
            expect("1789", "crane"),
            expect("1823", "gabriel", "cast"),
            expect("1859", "recast"),
            expect("1907", "fire"),
            expect("1908", "rebuilt"),
            expect("1931/..", "cobb"),
            expect("2002", "tercentenary"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "dunmore-chess-fixtures",
        "chess club's fixtures list",
        None,
        """DUNMORE CHESS CLUB
Fixtures 2025-26

Club nights: every Tuesday from 7.30pm, upstairs at the Railway Institute, Station Road.
Juniors 6.30-7.30pm. Visitors welcome; boards and clocks provided.

League fixtures (Harlow & District League)
Date              Div   Match                            Venue
Thu 18 Sep 2025   1     Dunmore A v Castlebeck A         H
Thu 9 Oct 2025    1     Selwick Knights v Dunmore A      A
Thu 6 Nov 2025    2     Dunmore B v Wetherden B          H
All matches start at 7.30pm. Players graded above 1850 may not play in Division 2.

Club events
Club Championship: seven rounds on Tuesdays, from 7 October to 2 December 2025.
Autumn Rapidplay: Saturday 1 November 2025, six rounds of 15 minutes plus 10 seconds.
Entries for the Rapidplay close no later than 24 October; £8 adults, £4 juniors.

Last season
Dunmore A won Division 2 on 13 May 2025 and will play in Division 1 this season.

About the club
Founded in 1921, the club has met at the Railway Institute since 1968.

Secretary: Owen Pryce, 07700 900524, secretary@dunmorechess.example""",
        (
            expect("2025-09-18", "castlebeck", planned=True),
            expect("2025-10-09", "selwick", planned=True),
            expect("2025-11-06", "wetherden", planned=True),
            expect("2025-10-07/2025-12-02", "championship", planned=True),
            expect("2025-11-01", "rapidplay", planned=True),
            expect("../2025-10-24", "entries", planned=True),
            expect("2025-05-13", "division"),
            expect("1921", "found"),
            expect("1968/..", "railway"),
        ),
    ),
)
