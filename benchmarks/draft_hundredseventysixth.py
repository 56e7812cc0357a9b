"""The hundred-and-seventy-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary, a government statement, an HTML news page, a river
drought bulletin, a hill climb motor race report, a seed bank opening release, a vicar's
letters of the 1840s, a dragonfly transect report, a toll house's history, a fisheries
minister's ban statement, a folk festival HTML line-up page, a data protection tribunal
decision, a candle maker's history and a youth hostel warden's log. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "next week", "recently") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSEVENTYSIXTH_CORPUS",)


HUNDREDSEVENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skylark-insolvency",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORE, March 14 (Meridian Wire) - Skylark Regional, the small carrier that links
Velmore with four island airports, filed for insolvency protection on Thursday, its chief
executive said, after a lessor repossessed two of its six turboprops.

The airline grounded all its flights on Monday, when the lessor, Orwin Aviation Capital,
took back the two aircraft at Velmore airport. Some 4,000 passengers with bookings have been
told to seek refunds through their card issuers.

Founded in 2009 by a group of island hoteliers, Skylark bought its first two aircraft around
2011 and added routes in 2013, 2016 and 2019. It carried about 310,000 passengers in 2024,
the most since 2015.

Chief executive Petra Lindqvist-Amadi said the administrator, Halden & Cross, would present
a rescue plan to creditors on March 28. "Every island on our network depends on these
flights for doctors, post and school trips," she said.

The regional government, which owns 12 percent of the airline, said it would decide by
April 4 whether to lend it 8 million euros. A spokesman declined to say whether other
carriers had shown interest in the routes.

Skylark's pilots, who are paid on the 25th of each month, have not received their February
salaries, the pilots' association said.

(Reporting by Oskar Brennan; Editing by Dalia Mirza; +46 8 555 0127)""",
        (
            expect("2025-03-13", "insolvency"),
            expect("2025-03-10", "flights"),
            expect("2009", "found"),
            expect("2011~", "aircraft"),
            expect("2013", "routes"),
            expect("2016", "routes"),
            expect("2019", "routes"),
            expect("2024", "passengers"),
            expect("2025-03-28", "rescue", "plan", planned=True),
            expect("../2025-04-04", "decide", planned=True),
        ),
    ),
    Text(
        "brightwater-second-plant",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Brightwater Membranes to build second filtration plant at Kessock Green

KESSOCK, 3 June 2025 - Brightwater Membranes Ltd, a maker of ceramic water filters for
municipal and industrial users, today announced that it will build a second production plant
at the Kessock Green business park.

Construction is scheduled to begin in September 2025, and the plant is expected to open in
March 2027. The new site will add roughly 140 jobs to the company's current workforce of 210.

Brightwater completed the purchase of the 4.2-hectare plot on 21 May, three weeks after the
Kessock District Council granted planning permission on 29 April.

"Since we opened our first production line in 2014, demand for our filters has grown every
year, and our Kessock works is now running three shifts," said managing director Ailsa
Ferrante. "The second plant lets us keep pace with our customers in Scandinavia and Germany."

Brightwater was founded in 2012 as a spin-out from the University of Kessock and has exported
to Scandinavia since 2018.

The company will present the project to residents at an open evening on Thursday 12 June at
Kessock Town Hall, from 6pm to 8pm.

ENDS

About Brightwater Membranes
Brightwater Membranes Ltd designs and manufactures ceramic membranes for water treatment.
Its works is certified to ISO 9001 and ISO 14001. Company number SC401166.

Media contact: Rowan Tully, +44 1463 555 0192, press@brightwater-membranes.example""",
        (
            expect("2025-06-03", "plant"),
            expect("2025-09", "construction", planned=True),
            expect("2027-03", "plant", "open", planned=True),
            expect("2025-05-21", "plot"),
            expect("2025-04-29", "planning", "permission"),
            expect("2014", "line"),
            expect("2012", "found"),
            expect("2018/..", "export"),
            expect("2025-06-12", "open", "evening", planned=True),
        ),
    ),
    Text(
        "helliwell-v-castlereagh",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF NORTH ARDEN

No. 24-0317

MARGOT HELLIWELL, Appellant,
v.
CASTLEREAGH MUTUAL INSURANCE COMPANY, Appellee.

Appeal from the Circuit Court for Pell County, Hon. Daniel R. Vance, Judge.

Filed: February 20, 2025

OPINION

OKONKWO, J., delivered the opinion of the Court.

Margot Helliwell has owned the property at 14 Orchard Road, Linden Falls, since 2014. She
bought a homeowner's policy from Castlereagh Mutual on or about March 2, 2021. She did not
pay the quarterly premium that fell due on December 1, 2022.

On January 17, 2023, a fire destroyed the detached garage on the property. Helliwell reported
the loss to Castlereagh two days later. The insurer denied the claim by letter dated April 5,
2023, stating that the policy had lapsed for non-payment.

Helliwell sued in the Circuit Court for Pell County on June 12, 2023. The circuit court
granted summary judgment to Castlereagh on May 8, 2024, and Helliwell timely appealed.

We review a grant of summary judgment de novo. Section 14-208 of the Insurance Code of 1986
requires an insurer to mail written notice to the insured at least 30 days before a policy is
cancelled for non-payment. Castlereagh concedes that it mailed no such notice. A policy
cannot lapse by silence where the statute demands a letter.

We therefore reverse the judgment of the circuit court and remand for proceedings on damages.
The parties shall file their briefs on damages in the circuit court no later than April 30,
2025.

Reversed and remanded.

HALVORSEN, C.J., and BRIGHT, ADEYEMI, and KOWALCZYK, JJ., concur.""",
        (
            expect("2014/..", "property"),
            expect("2021-03-02~", "policy"),
            expect("2022-12-01", "premium"),
            expect("2023-01-17", "fire"),
            expect("2023-01-19", "report"),
            expect("2023-04-05", "denied"),
            expect("2023-06-12", "sued"),
            expect("2024-05-08", "summary", "judgment"),
            expect("2025-02-20", "revers"),
            expect("../2025-04-30", "briefs", planned=True),
        ),
    ),
    Text(
        "grenholm",
        "encyclopedia history",
        None,
        """Grenholm

Grenholm is a market town and civil parish on the River Aske in the county of Westmarch,
about 11 miles (18 km) north-west of the county town of Aldersey.

History

The settlement at the ford is first mentioned in a charter of about 1150, as Grenholme. The
town received its market charter from the crown in 1227, and its cattle fair is still held
each year on the first Tuesday of October. A stone bridge replaced the ford c. 1350. The
parish church of St Ebba was rebuilt in 1412 and again, in the Gothic Revival style, in 1871.

During the First Civil War the town was held for Parliament and was besieged for eleven days
in 1644. The siege left the north aisle of the church in ruins, and the market hall was
burned.

The railway reached Grenholm in 1849, and for a time the town prospered from its tanneries
and rope walks. The Aske Valley line closed to passengers in 1962, and the station building
is now a dental surgery.

Since 1974 Grenholm has been part of the district of Upper Aske. The town's population of
6,812 is the highest recorded since 1901. A by-pass, long sought by residents to take lorries
off Bridge Street, is planned to open in 2028.

See also
- List of places in Westmarch
- River Aske

References
1. Westmarch Record Society, vol. 41 (1998), pp. 17-36.""",
        (
            expect("1150~", "mention"),
            expect("1227", "charter"),
            expect("1350~", "bridge"),
            expect("1412", "church"),
            expect("1871", "church"),
            expect("1644", "besieg"),
            expect("1849", "railway"),
            expect("1962", "line"),
            expect("1974/..", "district"),
            expect("2028", "by-pass", planned=True),
        ),
    ),
    Text(
        "harlow-vale-rovers",
        "sports report",
        date(2025, 4, 13),
        """Harlow Vale 3 Dunmore Rovers 1

By Kit Saunders, Sunday 13 April 2025

Harlow Vale moved four points clear at the top of the Northern League on Saturday with a 3-1
win over Dunmore Rovers at Millbrook Park, their first home win against Rovers since 2016.

Rovers led through Callum Iredale's penalty after 19 minutes, but striker Jonah Mbeki,
signed from Castleford in January, levelled before half-time with a low shot and put Vale
ahead on the hour from a corner. Substitute Theo Banerjee added the third in stoppage time.

"We were second best for 30 minutes and then we found our legs," said Vale manager Ines
Carvalho, who took charge on 2 November. "The lads showed what this club is about."

Vale, who were relegated in 2021 and promoted back in 2023, have played at Millbrook Park
since 1908. The crowd of 6,214 was the ground's largest of the season.

Vale travel to Ashby Town on Tuesday evening, then host second-placed Corran Athletic on
Easter Monday, 21 April. Rovers, who train every Thursday at Dunmore's college pitches, sit
ninth.

Harlow Vale: Osei; Pratt, Lindgren, Moss, Achebe; Kerr, Dunne (Banerjee 80), Rowe; Hale,
Mbeki, Fenn.
Dunmore Rovers: Clarke; Ives, Nolan, Grady, Shaw; Iredale, Pike, Ross; Ward, Tait, Lynch.
Referee: M. Odell. Attendance: 6,214.""",
        (
            expect("2025-04-12", "rovers"),
            expect("2025-01", "mbeki"),
            expect("2024-11-02", "carvalho"),
            expect("2021", "relegat"),
            expect("2023", "promot"),
            expect("1908/..", "millbrook"),
            expect("2025-04-15", "ashby", planned=True),
            expect("2025-04-21", "corran", planned=True),
        ),
    ),
    Text(
        "fenwick-pumps-history",
        "company history",
        None,
        """Our History - Fenwick Pumps Ltd

Fenwick Pumps began in about 1898, when the Carrow blacksmith Amos Fenwick built a cast-iron
hand pump for a dairy farm on the edge of the village. Neighbours ordered more, and Amos soon
gave up shoeing horses. He registered the company in 1903 and the following year opened a
foundry on Mill Lane, Carrow.

During the First World War the foundry made shell casings for the War Office from 1915 to
1918, while a handful of older men kept the pump trade going. Around 1931 the firm built its
first electric pump, for the waterworks at Stanmere.

Amos's granddaughter, Ruth Fenwick, moved production to a new works at Carrow Bridge, which
the Lord Lieutenant opened on 14 October 1957. The Mill Lane foundry was later converted
into flats.

The company was sold to the Danish group Helvang in 1988 and bought back by its managers in
1996, with the help of a loan from the county enterprise board. Since 2011 every Fenwick pump
has been cast from recycled iron.

Today Fenwick employs about 420 people at Carrow Bridge and ships pumps to 31 countries. The
firm will mark 125 years as a registered company in 2028 with an open day for customers and
former staff.

Fenwick Pumps Ltd, Carrow Bridge Works, Carrow CR4 7FW. Registered in England No. 00077310.""",
        (
            expect("1898~", "pump"),
            expect("1903", "regist"),
            expect("1904", "foundry"),
            expect("1915/1918", "shell"),
            expect("1931~", "electric"),
            expect("1957-10-14", "works"),
            expect("1988", "helvang"),
            expect("1996", "managers"),
            expect("2011/..", "recycled"),
            expect("2028", "125", planned=True),
        ),
    ),
    Text(
        "lumen-2-summary",
        "mission summary",
        date(2025, 5, 14),
        """LUMEN-2 lunar polar orbiter - mission summary

Nordic Space Office | Missions | Last updated: 14 May 2025

Overview
LUMEN-2 maps water ice in the permanently shadowed craters near the Moon's south pole with a
radar sounder and a thermal mapping camera. The design study began in about 2015, and the
spacecraft was built by Orbis Systems in Tromsdal between 2017 and 2020.

Launch and cruise
LUMEN-2 was launched on a Corvid-4 rocket from the Sorvik launch site on 9 September 2021 at
03:14 UTC. It entered lunar orbit on 15 September and reached its final 100 km polar orbit
on or about 2 October, after a series of braking burns.

Science
Science operations began on 1 November 2021. The radar has since returned 41 terabytes of
data and 1,971 swaths over the polar regions, more than any lunar radar since 1976. The
thermal camera failed on 22 March 2023 and was switched off; the radar was not affected.

Extension and end of mission
In June 2023 the Office extended the mission by two years. Operations are scheduled to end in
December 2025, when LUMEN-2 will be steered into the floor of Hadfield crater so that its
impact plume can be observed from Earth.

Key facts
Mass at launch: 1,240 kg | Power: 2.1 kW | Orbit: 100 km, polar | Mission code: NSO-L2""",
        (
            expect("2015~", "design", "study"),
            expect("2017/2020", "built"),
            expect("2021-09-09", "launch"),
            expect("2021-09-15", "lunar", "orbit"),
            expect("2021-10-02~", "final", "orbit"),
            expect("2021-11-01", "science", "operations"),
            expect("2023-03-22", "camera"),
            expect("2023-06", "extend"),
            expect("2025-12", "end", planned=True),
        ),
    ),
    Text(
        "rural-heating-grant",
        "government statement",
        date(2024, 11, 7),
        """Department for Rural Affairs

Statement: Rural Heating Grant to reopen

Published 7 November 2024
From: Department for Rural Affairs and Gwen Aldous MS

The Minister for Rural Affairs, Gwen Aldous, today confirmed that the Rural Heating Grant
will reopen to applications on Monday 18 November 2024.

The scheme, which began in January 2022, has so far paid out around £48 million to some
61,000 households that are not connected to the gas grid. Applications for this winter must
be submitted by 28 February 2025 at the latest.

The grant was last increased on 1 April 2023, when the maximum payment rose to £600. A new
supplement of £150 for households on the off-grid register will take effect on 1 December
2024.

An independent review of the scheme, published in July, found that nine in ten payments had
reached households in fuel poverty. Fuel poverty in rural areas is now at its lowest level
since 2010.

The Minister said: "No one in our villages should have to choose between heating and eating.
Reopening the grant before the coldest months gives families certainty."

The Minister will set out the long-term future of the scheme in a statement to the Assembly
on Wednesday.

Notes to editors
1. The Rural Heating Grant was established under the Energy (Rural Areas) Act 2021.
2. Households can apply online or by calling 0300 555 0142, Monday to Friday, 9am to 5pm.
3. Press office: 0300 555 0199.""",
        (
            expect("2024-11-07", "confirm"),
            expect("2024-11-18", "reopen", planned=True),
            expect("2022-01", "scheme", "began"),
            expect("../2025-02-28", "applications", planned=True),
            expect("2023-04-01", "increase"),
            expect("2024-12-01", "supplement", planned=True),
            expect("2024-07", "review"),
            expect("2024-11-13", "statement", planned=True),
        ),
    ),
    Text(
        "wexcombe-library-reopens",
        "HTML news page",
        date(2025, 9, 26),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Old Corn Exchange library reopens after flood repairs | Wexcombe Herald</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Old Corn Exchange library reopens after flood repairs</h1>
<p class="byline">By Nell Prentice | <time datetime="2025-09-26">26 September 2025</time></p>
<p>The library in Wexcombe's Old Corn Exchange reopened to readers on Thursday, fourteen
months after a burst water main flooded its basement.</p>
<p>The flood on 19 July 2024 destroyed around 9,000 books and wrecked the building's lift.
Repair work started in January 2025 and was finished on 29 August, at a cost of £1.3
million.</p>
<p>The Corn Exchange was built around 1856 and has housed the town library since 1931.</p>
<p>Councillor Dev Anand said a community café would open in the foyer on 6 October, and that
the children's reading room upstairs would be ready by 1 December.</p>
<p>"People have been asking me every week when they can come back," said librarian Joyce
Amberley. "Now they can."</p>
<figure><img src="/img/library-reopening.jpg" alt="Readers at the library counter">
<figcaption>Readers at the counter on reopening day. Photo: Wexcombe Herald</figcaption>
</figure>
<p class="info">Opening hours: Monday to Saturday, 9am to 5pm.</p>
</article>
<footer>&copy; 2025 Wexcombe Herald | Newsdesk 01632 960 771</footer>
</body>
</html>""",
        (
            expect("2025-09-25", "reopen"),
            expect("2024-07-19", "flood"),
            expect("2025-01", "repair"),
            expect("2025-08-29", "finish"),
            expect("1856~", "built"),
            expect("1931/..", "library"),
            expect("2025-10-06", "café", planned=True),
            expect("../2025-12-01", "reading", "room", planned=True),
        ),
    ),
    Text(
        "terran-drought-bulletin",
        "river drought bulletin",
        date(2025, 8, 12),
        """RIVER TERRAN CATCHMENT - DROUGHT BULLETIN No. 7
Issued: Tuesday 12 August 2025, 14:00 | Area Hydrology Team, Elmbridge office

STATUS: DROUGHT (declared 24 July 2025)

1. River flows
Flows on the Terran at Elmbridge gauging station (station ref. 27041) fell to 0.41 m3/s on
10 August, the lowest August flow since 1976. Tributaries in the upper catchment are below
the 5th percentile for the time of year.

2. Rainfall and groundwater
The catchment received 38% of its long-term average rainfall between 1 June and 31 July.
Groundwater levels in the chalk aquifer have been below normal since March.

3. Actions taken
- A hosepipe ban by Terran Water has been in force since 1 August.
- Abstraction licences for spray irrigation were suspended on 5 August. The suspension will
  be reviewed on 29 August.
- Fisheries staff moved about 2,300 fish from drying pools on the Lowley Brook on 6 and 8
  August.
- Reservoir releases from Cold Harbour are checked every morning at 07:00.

4. Outlook
Flows are expected to keep falling until there is significant rain. The drought group will
next meet on Friday to decide whether to apply for a drought order.

Contact: drought.terran@agency.example | Incident line 0800 555 0807 (24 hours)""",
        (
            expect("2025-07-24", "drought"),
            expect("2025-08-10", "flow"),
            expect("2025-06-01/2025-07-31", "rainfall"),
            expect("2025-03/..", "groundwater"),
            expect("2025-08-01/..", "hosepipe"),
            expect("2025-08-05", "suspend"),
            expect("2025-08-29", "review", planned=True),
            expect("2025-08-06", "fish"),
            expect("2025-08-08", "fish"),
            expect("2025-08-15", "meet", planned=True),
        ),
    ),
    Text(
        "shelmore-hill-climb",
        "hill climb motor race report",
        date(2025, 6, 2),
        """SHELMORE HILL CLIMB - Round 5, Northern Hill Climb Championship
Report by Gavin Oakes | Monday 2 June 2025

Fiona Carrick set a new outright hill record of 27.84 seconds at Shelmore on Sunday, taking
her third win of the season in her 2.0-litre Vantor MP97 single-seater.

The old record of 28.11 s had stood since 12 June 2016, when Douglas Pryce set it in a
supercharged Rennard. Carrick broke it on her second timed run, on a track that had dried
quickly after early drizzle.

Saturday's practice was cut short by rain after only two runs per car, and several
competitors went into Sunday without a dry run on the new tarmac at Keeper's Bend.

"I knew the car had more in it at the top esses," said Carrick, who works as a vet in
Bainford. "To take the record at my home hill is something I've wanted for years."

The Shelmore course, 1,148 yards long, was first used for a hill climb in 1931 and has been a
round of the championship since 1969. Marshals hold a briefing at 8am before every meeting.

Carrick now leads the championship on 87 points from Pryce on 74. Entries for the next round,
at Brackenside on 21-22 June, close on 9 June, and the championship finale at Shelmore will be
run on 6 September.

Top three, Round 5: 1. F. Carrick (Vantor MP97) 27.84 s; 2. D. Pryce (Rennard S3) 28.02 s;
3. A. Whitlow (Gould-Lister GR) 28.37 s.""",
        (
            expect("2025-06-01", "carrick", "record"),
            expect("2016-06-12", "pryce"),
            expect("2025-05-31", "practice"),
            expect("1931", "first"),
            expect("1969/..", "championship"),
            expect("2025-06-21/2025-06-22", "brackenside", planned=True),
            expect("2025-06-09", "entries", planned=True),
            expect("2025-09-06", "finale", planned=True),
        ),
    ),
    Text(
        "corrie-dhu-seed-vault",
        "seed bank opening release",
        date(2025, 4, 16),
        """NEWS RELEASE
Embargoed until 00:01, Wednesday 16 April 2025

Highland seed vault to open at Corrie Dhu

The Caledonian Plant Heritage Trust will open its new seed vault at Corrie Dhu, Glen Fearn,
on Thursday 24 April, when the first 3,000 seed collections will be moved from a rented
store in Perth into the vault's cold room.

The vault, dug 40 metres into the hillside and kept at minus 20 degrees, was designed by
Lomond Ashe Architects. Excavation began in March 2023, and the building was completed on 31
January this year.

The Trust was founded in 1991 and has banked the seed of wild Scottish plants since 1994. Its
collections include the Scottish primrose, the oblong woodsia and 212 other native species.

"Until now a single power cut in Perth could have undone thirty years of work," said the
Trust's seed officer, Dr Mairi Strachan. "Corrie Dhu keeps these seeds cold even if every
machine fails."

The Trust expects the vault to hold around 20,000 collections by 2030. The vault will open to
the public for guided tours on 3, 4 and 5 May; after that, tours will run on the first
Saturday of each month.

ENDS

Notes to editors
- Images are available on request.
- The Caledonian Plant Heritage Trust is a registered Scottish charity, SC048221.
- Press contact: Iona Blake, 0131 496 0327.""",
        (
            expect("2025-04-24", "vault", "open", planned=True),
            expect("2023-03", "excavation"),
            expect("2025-01-31", "complet"),
            expect("1991", "found"),
            expect("1994/..", "seed"),
            expect("../2030", "collections", planned=True),
            expect("2025-05-03", "tours", planned=True),
            expect("2025-05-04", "tours", planned=True),
            expect("2025-05-05", "tours", planned=True),
        ),
    ),
    Text(
        "thirkell-letters",
        "vicar's letters of the 1840s",
        None,
        """Letters of the Rev. Josiah Thirkell, vicar of Stanbury Parva, to his sister Harriet
(Westmarch Record Office, D/THK/3. The letters were given to the record office in 1962 by
the vicar's great-niece.)

Stanbury Vicarage, 3rd March 1845.
My dear Harriet,
Our new schoolroom was opened on Tuesday last, with forty-one children and a great deal of
mud on the floor. Mrs Lacey gave the buns. The Bishop is to confirm our young people here on
the 17th of April, and I am drilling them in the Catechism every evening.
Your affectionate brother, J. T.

Stanbury Vicarage, 9th October 1846.
Dearest H.,
The blight first showed itself in the parish on the 14th of August, and there is scarcely a
sound potato to be had. We buried old Mr Gedge on the 2nd of this month; he had rung the
tenor bell for sixty years. The organ, built in about 1780, wheezes worse than ever, and the
churchwardens talk of a new one.
Ever yours, J. T.

Stanbury Vicarage, Christmas Eve, 1847.
My dear Sister,
Our dear mother's stone was set up in the churchyard yesterday, and it looks very well under
the yew. I shall preach at Thornby on Sunday next for Mr Osgood, who is laid up with his
chest. The carol singers come round every Christmas Eve, and they are at the door as I
write.
God bless you all, J. T.""",
        (
            expect("1962", "letters"),
            expect("1845-02-25", "schoolroom"),
            expect("1845-04-17", "confirm", planned=True),
            expect("1846-08-14", "blight"),
            expect("1846-10-02", "gedge"),
            expect("1780~", "organ"),
            expect("1847-12-23", "stone"),
            expect("1847-12-26", "thornby", planned=True),
        ),
    ),
    Text(
        "pellow-moss-transect",
        "dragonfly transect report",
        date(2025, 1, 10),
        """PELLOW MOSS DRAGONFLY TRANSECT - ANNUAL REPORT 2024
Recorder: Dr Helen Varga | Transect ref. BDS-T-0412 | Grid ref. SD 612 447
Compiled 10 January 2025

Summary
The transect was walked 19 times between 8 May and 27 September 2024, in sections 1 to 6.
A total of 1,187 dragonflies and damselflies of 14 species were counted, the highest total
since 2015.

Highlights
- The first Four-spotted Chaser of the year was seen at Pond 1 on 8 May.
- A male Southern Migrant Hawker, new to the site, was photographed at Pond 3 on 14 August
  by volunteer Sam Okoro.
- The last record of the year was a Common Darter basking on the boardwalk on 27 September.

Site history
The transect was established in 2009 and is walked weekly from May to September. Scrub
clearance on Section 5 was carried out in about 2018, and Common Hawker numbers there have
risen since.

Plans for 2025
Section 2 will be re-routed around the new boardwalk, which the Moss Trust plans to build in
March 2025. A training walk for new volunteers is to be held on Saturday 17 May 2025, meeting
at the reserve car park at 10:30. The 2024 counts will be submitted to the national
monitoring scheme by 31 January 2025.

Species totals (top five): Common Darter 402; Azure Damselfly 288; Large Red Damselfly 141;
Four-spotted Chaser 97; Black Darter 62.""",
        (
            expect("2024-05-08/2024-09-27", "transect"),
            expect("2024-05-08", "chaser"),
            expect("2024-08-14", "hawker"),
            expect("2024-09-27", "darter"),
            expect("2009", "establish"),
            expect("2018~", "scrub"),
            expect("2025-03", "boardwalk", planned=True),
            expect("2025-05-17", "training", planned=True),
            expect("../2025-01-31", "counts", planned=True),
        ),
    ),
    Text(
        "blackwater-toll-house",
        "toll house's history",
        None,
        """THE TOLL HOUSE, BLACKWATER BRIDGE
A short history - Haldon Civic Society information board

The little octagonal toll house at the east end of Blackwater Bridge was built in 1823 for
the Haldon and Morcott Turnpike Trust, which had been set up in 1819 to mend the road
between the two market towns. Its bay windows let the keeper see traffic coming both ways.

The first keeper, William Dunning, took up his post on 25 March 1824. The tolls were let by
auction each year to the highest bidder, who paid the trust a fixed rent and kept what he
took at the gate.

On the night of 4 November 1830 a crowd of labourers, angry at the tolls on carts of lime,
broke the gate and threw it into the river. Nobody was ever charged.

Traffic fell away once the railway opened along the valley. The trust was wound up in 1878,
when the road passed to the county, and the toll house was sold the following year for £85.
Its last tenant, Ada Croft, moved out in about 1965, and the building stood empty for two
decades.

The toll house has been listed at Grade II since 1972. The Civic Society restored it between
1990 and 1992, and the Society will replace its slate roof in 2026.

The toll house is open on the second Sunday of each month from April to October.
Haldon Civic Society, registered charity 1047731.""",
        (
            expect("1823", "built"),
            expect("1819", "trust"),
            expect("1824-03-25", "dunning"),
            expect("1830-11-04", "gate"),
            expect("1878", "wound"),
            expect("1879", "sold"),
            expect("1965~", "croft"),
            expect("1972/..", "listed"),
            expect("1990/1992", "restor"),
            expect("2026", "roof", planned=True),
        ),
    ),
    Text(
        "selkie-bank-sandeel-ban",
        "fisheries minister's ban statement",
        date(2025, 3, 6),
        """Ministry of Fisheries and Coastal Affairs

Ministerial statement: closure of the Selkie Bank sandeel fishery
Ruairi Malloch MSP, Minister for Fisheries | Thursday 6 March 2025

Presiding Officer, I am today announcing a full ban on sandeel fishing on the Selkie Bank.
The ban will take effect on 1 April 2025.

Sandeel stocks on the bank have fallen by around 60 per cent since 2015. The seabirds that
feed on them are paying the price: kittiwake breeding at Noss Head failed almost completely
in 2023 and again in 2024.

The seasonal closure we introduced on 15 June 2019 has not been enough. We consulted on a
full ban from 2 September to 25 November 2024 and received 4,112 responses, three quarters of
them in favour.

I recognise that a small number of vessels depend on this fishery. Applications for
compensation from their owners will open on Monday, and payments will be made no later than
30 June.

The ban is not a judgment on our fishermen, who land their catch at Lerwick and Scalloway
every week of the year. It is a judgment on the state of the stock.

I will meet the Danish and Norwegian fisheries ministers in Bergen on 19 March to press for
matching measures on their side of the line.

The closure order will be laid before Parliament under the Sea Fisheries (Conservation) Act
1992 as SSI 2025/88.

Media enquiries: 0300 555 0461""",
        (
            expect("2025-03-06", "announc"),
            expect("2025-04-01", "ban", planned=True),
            expect("2023", "kittiwake"),
            expect("2024", "kittiwake"),
            expect("2019-06-15", "closure"),
            expect("2024-09-02/2024-11-25", "consult"),
            expect("2025-03-10", "compensation", planned=True),
            expect("../2025-06-30", "payment", planned=True),
            expect("2025-03-19", "meet", planned=True),
        ),
    ),
    Text(
        "tarnbeck-folk-lineup",
        "folk festival HTML line-up page",
        date(2025, 4, 14),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Line-up 2025 - Tarnbeck Folk Festival</title></head>
<body>
<header><h1>Tarnbeck Folk Festival 2025</h1>
<p class="dates">Friday 1 to Sunday 3 August 2025 &middot; Tarnbeck Showground</p></header>
<main>
<h2>Line-up</h2>
<section id="friday">
<h3>Friday 1 August</h3>
<ul>
<li><strong>The Wrenfield Sisters</strong> open the main stage, back at Tarnbeck for the first
time since 2017.</li>
<li>Corran Mhor &middot; Jess Alder &middot; The Fellside Ranters</li>
</ul>
</section>
<section id="saturday">
<h3>Saturday 2 August</h3>
<ul>
<li><strong>Idris Pell &amp; the Lowland Band</strong> headline, with songs from their new
record and from <em>Salt Roads</em>, the debut album they released in 2019.</li>
<li>Nan Kerrigan &middot; Three Ha'pence &middot; Stage 2 capacity 1,200</li>
</ul>
</section>
<section id="sunday">
<h3>Sunday 3 August</h3>
<ul>
<li><strong>The Haybarn Band</strong> play the closing ceilidh in the big top.</li>
</ul>
</section>
<h2>Tickets</h2>
<p>Early-bird weekend tickets must be bought by 31 May. Wristbands can be collected from
10:00 each day at the main gate.</p>
<h2>About the festival</h2>
<p>The festival began in about 1978 as a singaround in the back room of the Drover's Arms and
moved to the showground in 1994.</p>
</main>
<footer>Page updated 14 April 2025 &middot; Tarnbeck Folk Festival CIC
&middot; 017687 555 1994</footer>
</body>
</html>""",
        (
            expect("2025-08-01/2025-08-03", "festival", planned=True),
            expect("2025-08-01", "wrenfield", planned=True),
            expect("2025-08-02", "pell", planned=True),
            expect("2025-08-03", "ceilidh", planned=True),
            expect("2019", "salt"),
            expect("../2025-05-31", "tickets", planned=True),
            expect("1978~", "festival"),
            expect("1994", "showground"),
        ),
    ),
    Text(
        "kestrel-lettings-v-commissioner",
        "data protection tribunal decision",
        None,
        """DATA PROTECTION APPEALS TRIBUNAL OF ARDENMOOR

Appeal No. DPT/2024/0188

BETWEEN
KESTREL LETTINGS LIMITED (Appellant)
and
THE INFORMATION COMMISSIONER FOR ARDENMOOR (Respondent)

Before: Tribunal Judge A. Mensah-Hart; Members R. Coyle and P. Danvers
Decision promulgated: 3 March 2025

DECISION
1. The appeal is dismissed. The penalty notice dated 9 April 2024 is confirmed.

REASONS
2. Kestrel Lettings manages about 1,400 rented homes and has held a licence from the
Ardenmoor Lettings Board since 2011. On or about 14 May 2023 one of its employees emailed a
spreadsheet holding the names and bank details of 612 tenants to a wrong address.
3. Kestrel did not report the breach to the Commissioner until 26 June 2023, some six weeks
later, although section 33 of the Data Protection (Ardenmoor) Act 2019 requires a report
within 72 hours. It introduced encryption of outgoing attachments in September 2023.
4. The Commissioner issued a penalty notice of £45,000 on 9 April 2024. Kestrel appealed on 2
May 2024, arguing that the penalty was out of proportion to the harm done.
5. We heard the appeal on 11 February 2025 and reconvened on 18 February 2025 for closing
submissions. We find that the delay in reporting was not explained and that the tenants were
exposed to a real risk of fraud.
6. The penalty must be paid by 31 March 2025.

Signed: A. Mensah-Hart, Tribunal Judge
Date: 3 March 2025""",
        (
            expect("2025-03-03", "dismiss"),
            expect("2011/..", "licence"),
            expect("2023-05-14~", "spreadsheet"),
            expect("2023-06-26", "report"),
            expect("2023-09", "encryption"),
            expect("2024-04-09", "notice"),
            expect("2024-05-02", "appeal"),
            expect("2025-02-11", "hear"),
            expect("2025-02-18", "closing"),
            expect("../2025-03-31", "penalty", planned=True),
        ),
    ),
    Text(
        "hargreave-chandlers-history",
        "candle maker's history",
        None,
        """Hargreave & Sons, Chandlers - Our History

The Hargreave family and their successors have made candles in Kirkby Wend since about 1760.
The first of them, Thomas Hargreave, came over the fells from Kendal with a set of dipping
frames and a barrel of mutton tallow.

His grandson, Enoch Hargreave, built the present workshop on Tallow Lane in 1812. The
business survived the excise on candles, which was repealed in 1831 to the great relief of
every chandler in the county. Around 1856 Enoch's son William changed from tallow to paraffin
wax, which burned cleaner and did not smell of the kitchen, and in 1870 the firm won a bronze
medal at the Northern Counties Exhibition.

Gas and then electric light nearly ended the trade, but the churches kept the workshop
going. Hargreave's has supplied the altar candles for Wendmoor Cathedral since 1934.

In 1987 the last of the family, Edith Hargreave, sold the firm to her foreman, Alan Pike. His
daughter Lucy Pike runs it today with a staff of nine, still dipping by hand on frames that
are more than a century old.

The workshop flooded on 26 December 2015, when the Wend burst its banks, and reopened on 4
April the following year after the dipping room was rebuilt a metre higher.

A small visitor centre in the old wax store will open in 2026, with demonstrations of hand
dipping on Saturday mornings.

Hargreave & Sons Ltd, Tallow Lane, Kirkby Wend LA9 6HG | Tel. 01539 555 0184""",
        (
            expect("1760~/..", "candles"),
            expect("1812", "workshop"),
            expect("1831", "repeal"),
            expect("1856~", "paraffin"),
            expect("1870", "medal"),
            expect("1934/..", "cathedral"),
            expect("1987", "pike"),
            expect("2015-12-26", "flood"),
            expect("2016-04-04", "reopen"),
            expect("2026", "visitor", planned=True),
        ),
    ),
    Text(
        "scarth-gill-warden-log",
        "youth hostel warden's log",
        None,
        """SCARTH GILL YOUTH HOSTEL - WARDEN'S LOG, 1987
Fellside Hostels Association | Warden: Margaret Hebblethwaite
(Hostel opened 1939 in the old shooting lodge, built c. 1880 per the deeds.)

Date       | Beds | Weather  | Remarks
-----------+------+----------+----------------------------------------------------------
Mon 6 Jul  | 24   | Rain     | Water pump at the beck failed 10am. R. Dent fixed it by 3pm.
           |      |          | He says the pump was put in around 1952 and needs replacing.
Tue 7 Jul  | 31   | Showers  | Party of 18 from Penbury Grammar School arrived with 2
           |      |          | masters. Drying room full.
Wed 8 Jul  | 36   | Fair     | Full house - first time since 1984. Extra blankets out.
Thu 9 Jul  | 29   | Fair     | Fell rescue called out 16:40 for a hosteller with a broken
           |      |          | ankle on Scarth Pike. Back down by dusk.
Fri 10 Jul | 22   | Cloudy   | Regional Warden phoned: hostel inspection on Tuesday 21st.
           |      |          | June returns must reach Regional Office by the 15th.
Sat 11 Jul | 33   | Sun      | New mattresses delivered (ordered 2 June). Old ones to tip.
Sun 12 Jul | 27   | Sun      | Duty cleaning, as every Sunday. Quiet evening.

Bed-nights this week: 202. Till float £25. Key no. 1987 returned by Dr Amis.""",
        (
            expect("1939", "hostel"),
            expect("1880~", "lodge"),
            expect("1987-07-06", "pump"),
            expect("1952~", "pump"),
            expect("1987-07-07", "party"),
            expect("1987-07-09", "rescue"),
            expect("1987-07-21", "inspection", planned=True),
            expect("../1987-07-15", "returns", planned=True),
            expect("1987-07-11", "mattress"),
            expect("1987-06-02", "order"),
        ),
    ),
)
