"""The two-hundred-and-sixty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a bathing water
swimming ban notice, a pole vault meeting report, a kaolin (china clay) producer's release, an
innkeeper's day book of the 1810s, a curlew breeding survey report, a fountain pen maker's
history, a local government minister's statement, a go-kart track's HTML page, a council ethics
committee decision, an enamelling studio's history and a pool league fixture card. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSIXTYFOURTH_CORPUS",)


TWOHUNDREDSIXTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skarnair-turboprop-grounding",
        "wire story with a dateline",
        date(2025, 3, 13),
        """ORVELLO, March 13 (Halcyon Wire) - Regional carrier Skarn Air grounded all 14 of its
turboprop aircraft on Wednesday after engineers found cracks in an engine mount during a
routine inspection, the airline said, cancelling about 120 flights a day.

The cracks were found on March 7 on an aircraft based at Tessel airport, and checks on two
more planes turned up similar damage, chief operating officer Ilse Varga told a news
conference in the capital.

"We will not fly these aircraft until every mount has been checked and, where needed,
replaced," Varga said. The airline expects to resume its full schedule no later than March 24.

The Orvello Civil Aviation Authority will publish its initial findings on Friday, a spokesman
said. He declined to say whether other operators of the type had been asked to carry out
checks.

Skarn Air ordered the turboprops from manufacturer Lorne Aero in 2016 and received the first
of them in 2018. A software fault kept three of its jets on the ground for a week in 2019.

The shutdown is the largest disruption to domestic air travel in Orvello since 2009,
according to travel industry group ORTA. Passenger numbers on the airline's island routes peak
every year in July and August, and ORTA warned that a longer grounding would hit hotels on the
coast.

Skarn Air, which has flown between Orvello and Lisbon since 2004, will take delivery of the first
of six new regional jets in October under a fleet renewal plan.

(Reporting by Tomas Evrard; Editing by Jana Kell)""",
        (
            expect("2025-03-12", "grounded"),
            expect("2025-03-07", "cracks"),
            expect("../2025-03-24", "resume", planned=True),
            expect("2025-03-14", "findings", planned=True),
            expect("2016", "ordered"),
            expect("2018", "received"),
            expect("2019", "software", "fault"),
            expect("2004/..", "lisbon"),
            expect("2025-10", "delivery", planned=True),
        ),
    ),
    Text(
        "brennick-halder-acquisition",
        "press release",
        None,
        """PRESS RELEASE
FOR IMMEDIATE RELEASE

Brennick Systems completes acquisition of Halder Metrology

BRENNICK, 4 February 2025 - Brennick Systems plc (BRNS), a maker of industrial sensing
equipment, today announced that it has completed its acquisition of Halder Metrology GmbH, the
specialist in optical measurement, for EUR 96 million in cash.

The agreement was first announced on 18 November 2024 and was approved by Brennick
shareholders at a general meeting on 20 January 2025.

"Halder brings us the optical know-how we have been building towards for a decade," said
Chief Executive Officer Ruth Amadi. "Together we can offer customers a complete inspection
line, from the first sensor to the final report."

Founded in around 1998 by the physicist Jonas Halder, the company employs 210 people and opened
its plant in Lyon in 2015. It has supplied measuring heads to Brennick since 2012.

Integration of the two businesses is expected to be completed by 30 September 2025, and the
combined group plans to move its European headquarters to Stuttgart in 2026. The acquisition
is the largest in Brennick's 40-year history.

Brennick will host a conference call for analysts and investors on Thursday 6 February 2025 at
09:00 GMT. Dial-in details are available at brennick.example/investors.

- ENDS -

About Brennick Systems
Brennick Systems plc designs and manufactures sensors, vision systems and inspection software
for the automotive, food and packaging industries. It employs 1,450 people in nine countries.

Media contact: Owen Tarrant, press@brennick.example
Ref: BS-PR-2025-007
(c) 2025 Brennick Systems plc. All rights reserved.""",
        (
            expect("2025-02-04", "acquisition", "complet"),
            expect("2024-11-18", "agreement", "announc"),
            expect("2025-01-20", "approv"),
            expect("1998~", "found"),
            expect("2015", "lyon"),
            expect("2012/..", "suppl"),
            expect("../2025-09-30", "integration", planned=True),
            expect("2026", "headquarters", planned=True),
            expect("2025-02-06", "call", planned=True),
        ),
    ),
    Text(
        "dunmore-calloway-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 24-1187

MARGARET DUNMORE, Appellant,
v.
CALLOWAY FREIGHT SERVICES, INC., Respondent.

Appeal from the Superior Court for Bressing County, Hon. Peter Ashgrove, Judge.

OPINION

LINDQVIST, J. - Margaret Dunmore appeals the summary dismissal of her claim that Calloway
Freight Services dismissed her in retaliation for complaining about unpaid overtime. We
reverse and remand.

I. BACKGROUND

Calloway hired Dunmore as a dispatcher on or about March 2, 2019. The company's overtime
policy, in effect since 2017, required dispatchers to obtain written approval before working
more than 45 hours a week.

Dunmore raised an internal grievance about unpaid overtime in the spring of 2022, and Calloway
concedes that it had received the grievance by June 30, 2022. Whether her supervisor told her
that "complainers don't last here" on August 12, 2022, as Dunmore testified, or some days
later, as he recalls, is disputed. Calloway terminated her employment on August 14, 2022.

Dunmore filed this action on January 9, 2023, under the Westmarch Wage Protection Act. The
trial court granted Calloway's motion for summary judgment on May 30, 2024, and Dunmore filed a
notice of appeal on June 21. We heard oral argument on March 11, 2025.

II. ANALYSIS

We review an order granting summary judgment de novo, viewing the evidence in the light most
favorable to the nonmoving party. An employee establishes a prima facie case of retaliation by
showing protected activity, an adverse action, and a causal link between the two. Close
timing may support an inference of causation. Here two weeks at most separate the disputed
remark from the termination, and the grievance was pending throughout. That is enough to raise
a genuine issue of material fact for the jury.

III. CONCLUSION

We reverse the order granting summary judgment and remand for trial.

WE CONCUR:
Okafor, C.J.
Brandt, J.""",
        (
            expect("2019-03-02~", "hired"),
            expect("2017/..", "policy"),
            expect("../2022-06-30", "grievance"),
            expect("2022-08-12?", "supervisor"),
            expect("2022-08-14", "terminat"),
            expect("2023-01-09", "action"),
            expect("2024-05-30", "summary", "judgment"),
            expect("2024-06-21", "notice", "appeal"),
            expect("2025-03-11", "argument"),
        ),
    ),
    Text(
        "carrowmere-town-history",
        "encyclopedia history",
        None,
        """Carrowmere

Carrowmere is a market town and civil parish on the River Leddon in the county of Halstow.
It lies 14 miles (23 km) north-east of the county town and had a population of 11,482 at the
last census, the highest since 1911.

History

A settlement grew up around a ford on the Leddon in about 1140, when monks from Ashby Priory
built a grange on the north bank. The keep of Carrowmere Castle is traditionally dated to 1190,
although no document confirms this. The town received a royal charter in 1286, which granted it
the Thursday market that is still held every week in the Market Place.

A fire destroyed much of the town centre in 1541, and the guildhall was rebuilt the following
year in timber and brick. The wool trade on which the town had grown rich later declined, and
Carrowmere turned to tanning and malting.

The Leddon Navigation, opened in 1794, linked Carrowmere to the coast and brought coal to the
spinning mills that lined the river. At its height the town had six mills; the last two, Bridge
Mill and Leddon Mill, closed in 1958 and 1971.

Carrowmere has been a conservation area since 1974. The Market Place, the guildhall and
the castle ruins are its best-known landmarks, and Bridge Mill now houses the town museum.

Notable people
- Ellen Thwaite, botanist
- Robert Garside, engineer of the Leddon Navigation

References
1. Hollins, R. (1987). A History of Carrowmere. Halstow: Leddon Press.
2. Halstow County Council (2019). Carrowmere Conservation Area Appraisal.""",
        (
            expect("1140~", "settlement"),
            expect("1190?", "keep"),
            expect("1286", "charter"),
            expect("1541", "fire"),
            expect("1542", "guildhall"),
            expect("1794", "navigation"),
            expect("1958", "mill", "clos"),
            expect("1971", "mill", "clos"),
            expect("1974/..", "conservation"),
        ),
    ),
    Text(
        "harwick-marlston-report",
        "sports report",
        date(2025, 9, 21),
        """Harwick end long wait as Doyle double sinks Marlston

By Sean Pryor at Palk Road

Marlston Rovers 1 Harwick Athletic 2

Harwick Athletic climbed out of the Championship relegation zone with a 2-1 win at Palk Road on
Saturday, their first victory over Marlston on their own ground since 1998.

Callum Doyle, starting for the first time since the ankle injury he suffered against Stanway on
12 August, scored twice in the space of eleven minutes after the break. His first was a low
drive from the edge of the box; his second a header from Liam Quarrie's corner.

Marlston had led at half-time through Tobi Aderemi's penalty, awarded when goalkeeper Sam
Ostrowski brought down the striker in the 34th minute, and the home side hit the post twice in
stoppage time.

Belgian midfielder Jens Vermaut, who signed from Kelby on deadline day, September 1, and made
his debut two days later in the League Cup, was the game's outstanding player, breaking up play
in front of the back four.

"We've been nearly men for a month," said manager Aoife Brennan, who was appointed in June
after Harwick's narrow escape last season. "Today the lads found a way to win ugly."

Harwick, founded in 1887, have been in the second tier since 2019. They host Stanway on
Wednesday, and Brennan hopes to add a striker when the transfer window reopens on January 1.

Marlston: Hale; Norris, Kiely, Obi, Banks; Toft, Reyes (Mills 71); Carr, Aderemi, Jukes; Pratt.
Harwick: Ostrowski; Lane, Okoye, Brandt, Quarrie; Vermaut, Hask; Tull (Ames 80), Doyle,
Ferris; Moran.
Referee: P. Gant. Attendance: 14,211.""",
        (
            expect("2025-09-20", "win"),
            expect("2025-08-12", "injury"),
            expect("2025-09-01", "sign"),
            expect("2025-09-03", "debut"),
            expect("2025-06", "appoint"),
            expect("1887", "found"),
            expect("2019/..", "tier"),
            expect("2025-09-24", "stanway", planned=True),
            expect("2026-01-01", "window", planned=True),
        ),
    ),
    Text(
        "quennell-coachworks-history",
        "company history",
        None,
        """Our history

1921-1939: From carts to coaches
Quennell began in 1921, when the wheelwright Arthur Quennell and his brother Sam opened a
workshop in Fenhurst building horse-drawn delivery carts for the town's bakers and brewers.
The first purpose-built factory, on Mill Lane, opened in 1926. By 1930 at the latest the
brothers had given up the carts and adopted the name Quennell Motor Bodies, and their charabanc
bodies were running on seaside routes all along the south coast.

1939-1960: War work
Around 1942 the Mill Lane works turned to building ambulance bodies for the army; some 1,100
had left the factory by the end of the war. Peace brought a flood of orders for single-deck
coaches from operators replacing worn-out fleets.

1960-2000: Growth abroad
Quennell built its first export coach, for a Norwegian operator, in 1963 and opened an assembly
plant in Trondheim the following year. In 2001 the company was acquired by the Dutch group
Vendral, which kept the Quennell name and the Fenhurst design office.

Today
Quennell has built only electric and hydrogen buses since 2015. More than 2,000 of them are in
service in eleven countries, and a second factory, near Doncaster, is due to open in 2027.
Every year in September we open the Fenhurst works to families of our staff.

Quennell Motor Bodies Ltd - Registered in England, company no. 00193452
(c) Quennell Motor Bodies Ltd 2025""",
        (
            expect("1921", "workshop"),
            expect("1926", "factory", "mill"),
            expect("../1930", "name"),
            expect("1942~", "ambulance"),
            expect("1963", "export"),
            expect("1964", "trondheim"),
            expect("2001", "acquired"),
            expect("2015/..", "electric"),
            expect("2027", "factory", "doncaster", planned=True),
        ),
    ),
    Text(
        "perdix-lunar-mission",
        "mission summary",
        None,
        """PERDIX-2 LUNAR MISSION - MISSION SUMMARY
Iberian-Nordic Space Agency (INSA) | Document INSA-PX2-MS-004 rev. C

Overview
Perdix-2 is a lunar orbiter and lander mission designed to study the regolith of Mare Crisium
and to relay data for future landers. The mission was approved by the INSA Council in 2016 and
built by a consortium led by Halvard Aerospace.

Timeline
Launch: 14 March 2021, 02:17 UTC, on a Veyra-4 rocket from the Kourrane launch site.
Lunar orbit insertion: 2 April, after a 19-day cruise and two trajectory corrections.
Landing: the lander Lykke touched down in Mare Crisium on 19 April, and its rover drove 1.4 km
in the weeks that followed.
End of surface operations: contact with the lander was lost on or about 12 July 2021, at the
onset of the lunar night; attempts to revive it ended after two lunar days.

Extended mission
The orbiter's mission was extended in 2023 to map water ice in the polar craters. It has been
in a frozen polar orbit since 2024, which needs almost no fuel to maintain. The orbiter is
expected to be deorbited in 2027, when its remaining propellant will be used to steer it into
a controlled impact.

Results
Perdix-2 returned 41 terabytes of data, including the first ground-truth measurements of
regolith density in the mare.

Successor
Perdix-3, a sample-return mission, is scheduled to launch no later than December 2026.

Document history
rev. A 2021-05-02 | rev. B 2023-10-11 | rev. C 2025-01-20""",
        (
            expect("2016", "approv"),
            expect("2021-03-14", "launch"),
            expect("2021-04-02", "orbit", "insertion"),
            expect("2021-04-19", "touch"),
            expect("2021-07-12~", "contact", "lost"),
            expect("2023", "extended"),
            expect("2024/..", "orbit"),
            expect("2027", "deorbit", planned=True),
            expect("../2026-12", "launch", planned=True),
        ),
    ),
    Text(
        "sallowvale-flood-statement",
        "government statement",
        date(2024, 11, 12),
        """MINISTRY OF THE ENVIRONMENT
Press Office

Statement by the Minister for the Environment, Dana Kovac, on the Sallow Valley floods

"The storm that struck the Sallow Valley on Saturday brought more rain in twenty-four hours than
the valley has had in a single day since 1968. About 2,300 people were evacuated from their
homes in Brenford and Oxlow on Sunday, and I want to thank the fire and rescue crews, the
volunteers and the neighbours who took them in.

I visited Brenford yesterday and saw for myself the damage to homes, shops and the old bridge.
No one should have to face that alone.

The government will open an emergency recovery fund on Monday. Households and small
businesses will be able to apply for grants of up to 8,000 euros to clean and dry their
properties, and applications must be submitted by 31 January. Payments will be made within ten
working days of an approved claim.

The flood defences at Oxlow, raised after the floods of 2007, held. They were strengthened
under the valley defence programme that this government launched in 2019, and since 2020 the
Environment Agency has kept temporary barriers in store at three depots in the valley. Those
barriers were in place before the river peaked.

I have asked the Agency for a full review of the warnings and the response, and its report is
due in March. We will publish it in full."

ENDS

Notes to editors
1. Rainfall figures are provisional and come from the Agency's gauge at Keller Weir.
2. Photographs of the Minister's visit are available from the Press Office, ref.
MOE/PR/2024/311.""",
        (
            expect("2024-11-09", "storm"),
            expect("2024-11-10", "evacuat"),
            expect("2024-11-11", "visit"),
            expect("2024-11-18", "fund", planned=True),
            expect("../2025-01-31", "applications", planned=True),
            expect("2007", "flood"),
            expect("2019", "programme"),
            expect("2020/..", "barriers"),
            expect("2025-03", "report", planned=True),
        ),
    ),
    Text(
        "halverton-museum-reopening",
        "HTML news page",
        date(2025, 5, 16),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Halverton Museum reopens after three-year refit | Halverton Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/culture">Culture</a></nav>
</header>
<article>
<h1>Halverton Museum reopens after three-year refit</h1>
<p class="byline">By Mira Castellan, Culture Reporter | Last updated 14:32</p>
<p>The Halverton Museum of Art and Industry reopened to the public on Thursday, more than three
years after it closed in January 2022 for an 18 million euro refit.</p>
<p>Hundreds of visitors queued along Foundry Street before the doors opened at ten, and the
museum counted 4,100 visitors by closing time.</p>
<p>The museum's Gothic Revival building opened in 1902 to house the collection of the mill owner
Edwin Harrow, who had donated it to the town in 1899. A concrete extension was added in 1971
and has now been stripped back and glazed.</p>
<p>Director Lena Okoro, who took up the post in around 2019, said the refit had "given the
collection back its light".</p>
<p>A first temporary exhibition, <em>Looms and Lights</em>, will open on 7 June, and the rooftop
cafe should be running by the end of July. The museum will also host the conference of the
European Textile Museums network in 2027.</p>
<p>Every year in May the museum holds a free late-night opening, and this year's will go ahead
as usual.</p>
<aside><h2>Related</h2><ul><li>
<a href="/culture/harrow-collection">The Harrow collection in ten objects</a></li></ul></aside>
</article>
<footer><p>&copy; 2025 Halverton Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-15", "reopen"),
            expect("2022-01", "closed"),
            expect("1902", "building"),
            expect("1899", "donat"),
            expect("1971", "extension"),
            expect("2019~", "okoro"),
            expect("2025-06-07", "exhibition", planned=True),
            expect("../2025-07", "rooftop", planned=True),
            expect("2027", "conference", planned=True),
        ),
    ),
    Text(
        "kelmouth-bathing-ban",
        "bathing water swimming ban notice",
        None,
        """ASHCOMBE DISTRICT COUNCIL
Environmental Health Service

PUBLIC NOTICE
BATHING WATER - ADVICE AGAINST SWIMMING
Kelmouth Sands (Bathing Water ID KS-2104)

Notice ref: EH/BW/2025/044          Issued: 22 July 2025

Swimming and paddling are prohibited at Kelmouth Sands from 22 July 2025 until further notice.

Why?
Water samples taken at the beach on 18 July and 20 July found levels of intestinal enterococci
and E. coli above the standard for bathing water. The Environment Agency believes the pollution
came from a storm overflow at Pellow Bridge pumping station, which discharged on or about
17 July after heavy rain.

What happens next?
The Agency will take further samples on 24 July. Results are expected by 28 July, and this
notice will be reviewed as soon as they are received.

The beach, cafe and car park remain open. Please keep children and dogs out of the water and
wash hands before eating.

Background
Kelmouth Sands was designated a bathing water in 2011 and was classified "Good" in 2024.
Samples are taken every week from May to September. A similar notice in August 2019 was lifted
after three days.

For the latest sampling results visit ashcombe.example/bathing or call 01632 960417.

Signed: R. Tolliver, Head of Environmental Health
Page 1 of 1""",
        (
            expect("2025-07-22/..", "swimming"),
            expect("2025-07-18", "samples"),
            expect("2025-07-20", "samples"),
            expect("2025-07-17~", "overflow"),
            expect("2025-07-24", "samples", planned=True),
            expect("../2025-07-28", "results", planned=True),
            expect("2011", "designated"),
            expect("2024", "classified"),
            expect("2019-08", "notice"),
        ),
    ),
    Text(
        "kessling-pole-vault-meeting",
        "pole vault meeting report",
        date(2025, 6, 9),
        """POLE VAULT | KESSLING STREET MEETING

Ferreira flies to 4.81m as Kessling square lives up to its billing

By Anke Roth

KESSLING - Brazil's Livia Ferreira cleared 4.81 metres at the second attempt to win the women's
pole vault at the Kessling Street Meeting on Sunday, in front of a crowd of about 3,000 packed
around the runway in the town's Marktplatz.

It was her best clearance outdoors this season and only four centimetres short of the personal
best she set indoors in Clermont-Ferrand on 22 February. She then had three tries at 4.89m, one
centimetre above the meeting record set in 2014 by Sweden's Elin Strand, and brushed the bar
off with her chest on the last of them.

"The wind was behind us all evening, and the crowd is right on top of you. I love that," said
Ferreira, 24, a former gymnast.

Second place went to Nigeria's Grace Okafor with 4.66m. Okafor, who won here in 2021 and 2023,
struggled with her run-up in the swirling wind.

In the men's competition Norway's Mats Halden won with 5.75m, the best winning height at
Kessling since 2017, ahead of local favourite Jonas Beck (5.60m).

The meeting, first staged in 1996, has been held in the Marktplatz since 2009; before that
it was staged in the Kessling stadium. Every year in June the square is closed to traffic for
three days so the runway and landing bed can be laid.

Ferreira will compete at the meeting in Oslo on Friday and then at the Brazilian championships
in Sao Paulo on 12-13 July.

RESULTS
Women: 1. L. Ferreira (BRA) 4.81; 2. G. Okafor (NGR) 4.66; 3. M. Dvorak (CZE) 4.56;
4. H. Lind (GER) 4.41.
Men: 1. M. Halden (NOR) 5.75; 2. J. Beck (GER) 5.60; 3. P. Aubert (FRA) 5.50.""",
        (
            expect("2025-06-08", "ferreira"),
            expect("2025-02-22", "personal", "best"),
            expect("2014", "record"),
            expect("2021", "okafor"),
            expect("2023", "okafor"),
            expect("1996", "staged"),
            expect("2009/..", "marktplatz"),
            expect("2025-06-13", "oslo", planned=True),
            expect("2025-07-12/2025-07-13", "championships", planned=True),
        ),
    ),
    Text(
        "trevelloe-kaolin-restart",
        "kaolin (china clay) producer's release",
        None,
        """NEWS RELEASE

Trevelloe China Clay to restart Carnwartha pit, creating 40 jobs

St Aubry, 2 April 2025 - Trevelloe China Clay Ltd, a producer of kaolin for paper, ceramics and
paint, announces that it will restart extraction at its Carnwartha pit on 1 May, four and a half
years after the pit was mothballed in October 2020.

The county planning authority granted permission for the extension of the pit last month, on
14 March. The company will invest 12 million pounds in the site, including a new refining line
that is due to be commissioned no later than December 2025. It will begin recruiting 40 staff in
June.

"Demand from ceramic tile makers in Spain and Italy has come back strongly, and our clay is
whiter and finer than anything they can buy closer to home," said managing director Kerensa
Hollow, who joined the company in 2019.

Trevelloe has quarried china clay in the Carnwartha valley since 1873 and first shipped clay to
continental Europe in around 1890. Its coal-fired drying kiln, built in 1931, is now a listed
building. The company's sales last year were the highest since 2008.

ENDS

Notes to editors
Trevelloe China Clay Ltd is registered in England and Wales, company no. 00412873. It employs
118 people at three pits and a refinery at St Aubry.
Media enquiries: Jory Penrose, 01632 960552, media@trevelloe.example""",
        (
            expect("2025-05-01", "restart", planned=True),
            expect("2020-10", "mothball"),
            expect("2025-03-14", "permission"),
            expect("../2025-12", "refining", planned=True),
            expect("2025-06", "recruit", planned=True),
            expect("2019", "joined"),
            expect("1873/..", "quarr"),
            expect("1890~", "shipped"),
            expect("1931", "kiln"),
        ),
    ),
    Text(
        "dunnockcross-inn-daybook",
        "innkeeper's day book of the 1810s",
        None,
        """DAY BOOK - THE WHEATSHEAF INN, DUNNOCK CROSS
kept by Jno. Marlow, Innholder. Vol. IV, begun Lady Day 1816.

Monday 3d June 1816. Bath coach in at 9 at night, two hours behind its time, the roads being
very heavy after the rains. Six outsides, four in. Supper for 7. Recd. of Capt. Ferrars 14s.
for his chaise & horses.

Tuesday 4th. Brewed 3 hogsheads of ale. Cold & wet; a fire in the parlour all day, in June!
Not so cold a June in my memory since the year '99.

Thursday 6th. Mr Pardoe the exciseman here, gauged the cellar & found all right. The Assize
judges expected on the 17th; must have the best beds aired & the stable cleared for their
horses.

Monday 10th. The sow farrowed about the 8th, whilst I was away at Frome fair. 9 pigs, one
overlain since.

Friday 14th. Dick Sayer the post-boy gone off in the night with 2 guineas of the takings &
the brown mare's saddle. Sent word to the constable at Norton.

Monday 1st July. Quarter's rent paid to Squire Addison, 22l. 10s. The well, dug in my father's
time in 1787, near dry; sent for the well-man from Frome. The militia to come to us on the
10th inst. to be quartered, 6 men & a serjeant, by order of the constable. Wife says we must
let the back chamber to them & put the ostler in the loft.

Carts through this week: 41. Horses baited: 63.""",
        (
            expect("1816-06-03", "coach"),
            expect("1816-06-04", "brewed"),
            expect("1816-06-06", "exciseman"),
            expect("1816-06-17", "judges", planned=True),
            expect("1816-06-08~", "sow"),
            expect("1816-06-14", "sayer"),
            expect("1816-07-01", "rent"),
            expect("1787", "well"),
            expect("1816-07-10", "militia", planned=True),
        ),
    ),
    Text(
        "ullerdale-curlew-survey",
        "curlew breeding survey report",
        None,
        """WESTERN FELLS CURLEW RECOVERY PROJECT
Breeding Season Survey Report 2025
Report ref. CRP/25/03 | Prepared by Hanna Roebuck, Project Ecologist

1. Summary
Fieldwork ran from 1 April to 15 July 2025 across 14 farms in the Ullerdale and Brackmoor
valleys. Twenty-one territorial pairs were recorded, and at least nine chicks fledged, the best
result since monitoring began.

2. Arrival and settlement
The first birds were back on the in-bye fields at Low Rigg on about 8 March, a little earlier
than usual. Curlews return to the valleys each year from the coast as the snow clears. The
first clutch was found on 19 April at Hesket Moss, and the first chicks hatched on 21 May.

3. Productivity
Nine chicks fledged from six pairs. The last confirmed fledging on the project farms before
this year was in 2018. A pair at Brackmoor may have bred in 2024, although no nest or chicks
were found. Losses this year were mainly to foxes and to silage cutting on two farms.

4. Management
Predator-exclusion fencing was installed around three nest fields in 2022, and all six
successful pairs nested inside it or within 200 m of it. The project has monitored breeding
curlew on these farms since 2009.

5. Next steps
The 2026 survey will begin on 1 March 2026, with two extra volunteer surveyors in Brackmoor.
Landowners will be asked to delay cutting on nest fields.

Table 1. Territorial pairs by year
Year:  2021  2022  2023  2024  2025
Pairs:   14    15    13    16    21""",
        (
            expect("2025-04-01/2025-07-15", "fieldwork"),
            expect("2025-03-08~", "birds"),
            expect("2025-04-19", "clutch"),
            expect("2025-05-21", "chicks", "hatched"),
            expect("2018", "fledging"),
            expect("2024?", "bred"),
            expect("2022", "fencing"),
            expect("2009/..", "monitor"),
            expect("2026-03-01", "survey", planned=True),
        ),
    ),
    Text(
        "ardlow-pen-history",
        "fountain pen maker's history",
        None,
        """ARDLOW PENS - A HISTORY

The founder
Thomas Ardlow was born in Walsall, the son of a saddler, and is said to have learnt
nib-grinding in Birmingham, possibly in 1901. He set up on his own in a two-room workshop in
Leith in 1908, grinding gold nibs for the stationers of Edinburgh.

The self-filler
The lever-filling mechanism that made his name followed within a few years. The firm moved to
larger premises in Bonnington Road in 1924 and again, to a purpose-built works at Granton, in
1936. Celluloid barrels in jade, lapis and "Leith grey" were introduced around 1927 and became
the firm's signature; collectors still argue over how many colours were made.

Decline and sale
The ballpoint pen hit Ardlow hard. In 1972 the company was bought by the stationery group Calder
Holdings, which later closed the Granton works and moved what little production remained to
England.

Revival
The Ardlow name was revived in 2004 by the engineer Fiona Muir, a great-niece of the founder.
Since 2011 every nib has been ground in-house again, by hand, in the workshop on Couper Street.
A small museum of the firm's pens is to open at the workshop in 2026.

Our pens are made to be used every day, and we service every Ardlow, old or new, free of charge.

(c) Ardlow Pens Ltd 2025. Ardlow is a registered trademark of Ardlow Pens Ltd.""",
        (
            expect("1901?", "birmingham"),
            expect("1908", "leith"),
            expect("1924", "bonnington"),
            expect("1936", "granton"),
            expect("1927~", "celluloid"),
            expect("1972", "calder"),
            expect("2004", "revived"),
            expect("2011/..", "nib"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "thornburyvale-commissioners-statement",
        "local government minister's statement",
        None,
        """Written Ministerial Statement
Department for Local Government and Communities
Wednesday 5 March 2025
Statement ref. WMS-2025-0412

Thornbury Vale District Council: intervention

The Minister for Local Government (Sarah Nwosu):

Today I have appointed three commissioners to take over the financial functions of Thornbury
Vale District Council, together with its property and procurement functions. This follows the
Best Value inspection report, which I received on 20 February and which found serious failures
of governance and a culture that discouraged challenge.

The council issued a section 114 notice in November 2024, declaring that it could not balance
its budget, and it has been under enhanced monitoring by my department since April 2023.
The council was last inspected in 2018, when inspectors raised many of the same concerns.

The commissioners will report to me on the council's finances by 30 June. The council's next
elections will take place in May 2026, as planned, and I have no intention of postponing them.

I am also consulting on merging the council with its neighbour, Esk Valley District Council,
ending the two-tier structure created by the reorganisation of 1996. The consultation will
close on Friday 28 March.

As every year in February, councils have set their budgets for the coming year; Thornbury
Vale's was set only with exceptional financial support.

I commend this statement to the House.""",
        (
            expect("2025-03-05", "commissioners"),
            expect("2024-11", "notice"),
            expect("2023-04/..", "monitoring"),
            expect("2025-02-20", "report"),
            expect("2018", "inspected"),
            expect("../2025-06-30", "commissioners", "report", planned=True),
            expect("2026-05", "elections", planned=True),
            expect("1996", "reorganisation"),
            expect("2025-03-28", "consultation", planned=True),
        ),
    ),
    Text(
        "wyvernhoe-karting-page",
        "go-kart track's HTML page",
        date(2025, 4, 10),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Track news | Wyvernhoe Karting Circuit</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/book">Book a session</a></li><li>
<a href="/news">News</a></li></ul></nav>
<main>
<h1>Track news</h1>
<section class="news-item">
<h2>We reopen on Saturday!</h2>
<p>The resurfacing is finished. The circuit, which closed on 3 March for new tarmac and kerbs,
reopens to the public this Saturday at 10am.</p>
<p>Our 24 new electric karts arrived on Monday and have been run in by the team all week. They
are quieter, quicker out of the hairpin and kinder to the planet.</p>
</section>
<section class="news-item">
<h2>About the track</h2>
<p>Wyvernhoe opened in 1994 on the old airfield perimeter road and was lengthened to 1,020
metres in 2008. Owners Gary and Jo Pell took over in about 2016. The adult lap record of
38.214 seconds has stood since 2019.</p>
</section>
<section class="news-item">
<h2>Endurance weekend</h2>
<p>The Wyvernhoe 12 Hours returns on 24-25 May. Teams of four to six drivers, arrive-and-drive
karts, trophies for the top three.</p>
<p>Bookings for the summer kids' camps open on 1 May.</p>
<p>Junior league every Sunday at 9am - just turn up!</p>
</section>
</main>
<footer><p>&copy; 1994-2025 Wyvernhoe Karting Ltd | Registered in England 02987711</p></footer>
</body>
</html>""",
        (
            expect("2025-04-12", "reopen", planned=True),
            expect("2025-03-03", "closed"),
            expect("2025-04-07", "karts"),
            expect("1994", "opened"),
            expect("2008", "lengthened"),
            expect("2016~", "pell"),
            expect("2019/..", "lap", "record"),
            expect("2025-05-24/2025-05-25", "hours", planned=True),
            expect("2025-05-01", "bookings", planned=True),
        ),
    ),
    Text(
        "braymoor-ethics-decision",
        "council ethics committee decision",
        None,
        """BRAYMOOR BOROUGH COUNCIL
STANDARDS AND ETHICS COMMITTEE - HEARING SUB-COMMITTEE

DECISION NOTICE

Complaint reference: SEC/2024/17
Subject member: Councillor Derek Fallowfield (Eastgate ward)
Complainant: Ms Priya Sandhu

1. The complaint
On 14 October 2024 the Monitoring Officer received a complaint from Ms Sandhu that Councillor
Fallowfield had failed to declare an interest at the Planning Committee meeting on 3 September
2024, when the committee approved 86 homes at Eastgate Fields for Kestrel Homes Ltd.

2. Findings of fact
Councillor Fallowfield was elected in May 2021. He bought shares in Kestrel Homes on or about
12 June 2023 and still holds them. He did not add the shareholding to his register of interests.
The Council's Code of Conduct, in force since 2012, requires members to register any interest
within 28 days and to declare it at any meeting where it is relevant. The independent
investigator, who interviewed the councillor, the complainant and two officers, reported on
9 December 2024.

3. Decision
The Sub-Committee met on 27 January 2025 and found that Councillor Fallowfield breached
paragraphs 4 and 9 of the Code. It did not find that he acted dishonestly. It resolved to
censure him and to require him to complete training on the Code by 30 April 2025.

4. Publication
This decision notice will be published on the Council's website on 10 February and reported
to the next meeting of full Council.

Signed: Cllr Helen Marsh, Chair of the Hearing Sub-Committee""",
        (
            expect("2024-10-14", "complaint"),
            expect("2024-09-03", "declare"),
            expect("2021-05", "elected"),
            expect("2023-06-12~", "shares"),
            expect("2012/..", "code"),
            expect("2024-12-09", "investigator"),
            expect("2025-01-27", "breach"),
            expect("../2025-04-30", "training", planned=True),
            expect("2025-02-10", "publish", planned=True),
        ),
    ),
    Text(
        "merrin-enamels-history",
        "enamelling studio's history",
        None,
        """About the studio

Merrin Vitreous Enamels was founded in 1957 by Agnes Merrin, a silversmith's daughter who had
learnt to fire enamel at evening classes, in a garden shed in Pellingford. Family tradition has
it that her first piece, a copper brooch with a kingfisher, was sold in 1958, but no record of
the sale survives. She bought her first electric kiln around 1959, and the shed became a
workshop.

Commissions followed: the Stations of the Cross for St Aldhelm's church in Pellingford in 1964,
and a set of altar panels for Wexcombe Priory in 1966. Both are still in place and can be
visited. The studio later moved to the old forge on Carter's Lane, where it still works today.

Agnes retired in 1990, and her daughter Ruth took over the studio the following year. Since
2002 Ruth and her team have taught weekend classes in champleve and cloisonne, and many of our
students now run studios of their own.

A retrospective exhibition, Fire and Glass, is planned at the Wexcombe Gallery in 2027, the
studio's seventieth anniversary, with pieces lent by churches and private collectors.

Every piece is fired at around 800 degrees, one colour at a time, and can take twenty firings.

Merrin Vitreous Enamels | The Old Forge, Carter's Lane, Pellingford | (c) 2025""",
        (
            expect("1957", "founded"),
            expect("1958?", "brooch"),
            expect("1959~", "kiln"),
            expect("1964", "stations"),
            expect("1966", "altar"),
            expect("1990", "retired"),
            expect("1991", "ruth"),
            expect("2002/..", "classes"),
            expect("2027", "exhibition", planned=True),
        ),
    ),
    Text(
        "dunstall-pool-fixtures",
        "pool league fixture card",
        None,
        """DUNSTALL & DISTRICT POOL LEAGUE
WINTER SEASON 2025 - DIVISION ONE
FIXTURE CARD

The league, formed in 1979, now runs three divisions of eight-ball pool. Crown won the Division
One title in 2023 and 2024.

Fixtures were agreed at the AGM held at the Crown, Dunstall, on Thursday 4 September 2025.
Player registrations must reach the Fixtures Secretary by Thursday 25 September at the latest.

All matches Thursdays, 8.00pm start. Home team provides the table and the balls. Results to be
phoned in by 11pm on match night.

WK  DATE        HOME       v  AWAY
1   Thu 2 Oct   Crown      v  Lion
                Anchor     v  Bell
                Railway    v  Plough
2   Thu 9 Oct   Lion       v  Anchor
                Bell       v  Railway
                Plough     v  Crown
3   Thu 16 Oct  KNOCKOUT CUP ROUND 1 - draw on the night at the Crown

Remaining fixtures overleaf.

FINALS NIGHT: Friday 16 January 2026, Dunstall Social Club, 7.30pm

Fixtures Secretary: Mick Dale, 07700 900318
Printed by Dunstall Print Shop""",
        (
            expect("1979", "formed"),
            expect("2023", "crown", "title"),
            expect("2024", "crown", "title"),
            expect("2025-09-04", "agm"),
            expect("../2025-09-25", "registrations", planned=True),
            expect("2025-10-02", "crown", planned=True),
            expect("2025-10-09", "lion", planned=True),
            expect("2025-10-16", "cup", planned=True),
            expect("2026-01-16", "finals", planned=True),
        ),
    ),
)
