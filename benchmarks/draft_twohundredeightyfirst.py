"""The two-hundred-and-eighty-first batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a market relocation
notice, a boccia tournament report, a lavender distillery company release, a rat catcher's
account book of the 1840s, a white-clawed crayfish survey report, a rocking chair maker's
history, a trade minister's statement, a repair cafe's HTML page, a sex shop licence decision, a
macrame history and a hearts drive fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYFIRST_CORPUS",)


TWOHUNDREDEIGHTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "quellport-silo-blaze",
        "wire story with a dateline",
        None,
        """Fire guts grain silo at Quellport terminal, loading halted

QUELLPORT, Oct 9, 2024 (Northline News) - A fire tore through a grain silo at the Quellport bulk
terminal on Tuesday, sending a column of black smoke over the harbour and halting all grain
loading at the port, the terminal's owner said.

Firefighters brought the blaze under control early on Wednesday after working through the
night, the regional fire service said. Two workers were treated for smoke inhalation; no one was
seriously hurt.

Hallerby Grain, which bought the terminal from the port authority in 2015, said loading would
resume on Monday from the two undamaged silos. About 18,000 tonnes of barley were inside the
burnt silo when the fire started, the company estimated.

The concrete silo was built about 1968 and was last inspected on Sept. 2, according to a
maintenance log seen by Northline. Hallerby fitted dust extractors along the main conveyor in
2021. A smaller fire in 2009 damaged a conveyor belt and closed the terminal for a week.

"Grain dust is the enemy in every terminal in the world," said fire service spokesman Orrin
Dalby. "We will know more about the cause when the silo has cooled down and we can get inside."

The transport ministry said an independent inquiry into the fire would open on October 21.
Hallerby's insurers expect to complete their assessment of the damage by the end of November.

Farmers' groups warned that the closure comes at the busiest point of the export season.
Quellport usually ships about a third of the region's barley between September and December,
most of it to mills across the North Sea.

Shares in Hallerby's parent company, Osterlund Holdings, fell 3.4 percent in early trading,
their steepest one-day fall since March 2020.

(Reporting by Tamsin Oake; Editing by Hugo Ferrant)""",
        (
            expect("2024-10-08", "fire"),
            expect("2024-10-09", "control"),
            expect("2015", "bought"),
            expect("2024-10-14", "loading", "resum", planned=True),
            expect("1968~", "silo", "built"),
            expect("2024-09-02", "inspected"),
            expect("2021", "dust extractors"),
            expect("2009", "fire"),
            expect("2024-10-21", "inquiry", planned=True),
            expect("../2024-11", "assessment", planned=True),
        ),
    ),
    Text(
        "tollmere-solar-canopies",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brackwater Energy to build solar canopies at Tollmere Parkway station

Harwell Cross, 4 February 2025 - Brackwater Energy Ltd today signed an agreement with Northfen
Rail to build solar canopies over the 640-space car park at Tollmere Parkway station, the
largest project of its kind on the regional rail network.

The canopies will carry 3,900 panels with a combined peak output of 2.1 MW, enough to meet
roughly half of the station's electricity demand. Forty-eight charging points for electric
vehicles will be installed beneath them, doubling the number now available at the station.

Key dates
- Site preparation and construction: construction begins on 3 March 2025
- Phase one (north car park): to be completed by 30 June 2025
- Phase two (south car park) and full operation: expected in the second quarter of 2026

The agreement follows a public consultation that ran from 4 to 25 November 2024 and a pilot
canopy over twenty spaces at the station, which opened in September 2023. Northfen Rail's board
approved the project on 17 January.

"Car parks are the most underused roofs in the country," said Imogen Tarrant, chief executive
of Brackwater Energy. "Tollmere shows what a station can do with the space it already has, and
passengers get a dry walk to the platform into the bargain."

Brackwater and Northfen Rail signed a framework agreement on 9 December 2024, covering
feasibility studies at nine further stations. Studies at three of them are already under way.

About Brackwater Energy
Brackwater Energy was founded in Harwell Cross in 2009 by three former utility engineers. Since
2018 it has designed, built and operated solar carports at 14 sites across the region, with a
combined capacity of 19 MW. The company employs 86 people.

About Northfen Rail
Northfen Rail operates 212 stations and around 1,400 daily services in the north-east of the
region.

Media contact: Felix Ambrose, press office, +44 1632 960418, press@brackwater.example

###""",
        (
            expect("2025-02-04", "agreement"),
            expect("2025-03-03", "construction", planned=True),
            expect("../2025-06-30", "phase one", planned=True),
            expect("2026-04/2026-06", "operation", planned=True),
            expect("2024-11-04/2024-11-25", "consultation"),
            expect("2023-09", "pilot"),
            expect("2025-01-17", "approved"),
            expect("2024-12-09", "framework"),
            expect("2009", "founded"),
            expect("2018/..", "carports"),
        ),
    ),
    Text(
        "fenwright-orsino-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE STATE OF WESTMARCH
SECOND APPELLATE DISTRICT, DIVISION THREE

FENWRIGHT COLD STORAGE, LLC,
        Plaintiff and Respondent,
    v.
ORSINO FOODS DISTRIBUTION, INC.,
        Defendant and Appellant.

No. B-22-0417
(Super. Ct. No. 20CV03381)

Filed May 14, 2024

OPINION

   Appellant Orsino Foods Distribution, Inc. (Orsino) appeals from a judgment awarding
respondent Fenwright Cold Storage, LLC (Fenwright) unpaid rent and future rent under a
commercial lease. We affirm the award of unpaid rent, reverse the award of future rent, and
remand for a new determination of damages.

                              I. BACKGROUND

   The premises are a 90,000-square-foot warehouse on Dunmore Avenue that has been used as a
cold store since 1987. On April 1, 2016, Orsino leased the warehouse from Fenwright for a term
of ten years at a monthly rent of $61,500.

   Orsino stopped paying rent on or about June 1, 2020, citing a collapse in orders from its
restaurant customers. Fenwright served a notice to pay rent or quit on August 12, 2020. Orsino
vacated the premises in or about November 2020 and returned the keys by mail. Fenwright did not
relet the warehouse until the following spring.

   After a bench trial, the trial court entered judgment for Fenwright on March 9, 2022, awarding
$338,250 in unpaid rent and $4.1 million in future rent. Orsino filed a timely notice of appeal
on March 30, 2022. We heard oral argument on February 6, 2024.

                              II. DISCUSSION

   A landlord who terminates a lease may recover the rent for the balance of the term only to the
extent that it exceeds the amount of rental loss the tenant proves could have been reasonably
avoided. (Civ. Code, sec. 1951.2, subd. (a)(3).) The burden is on the tenant, but the court
must still make the finding. Here the trial court did not. Its statement of decision treats the
whole unexpired term as lost, although Fenwright's own witness testified that comparable cold
stores in the district were let within months.

   Orsino's remaining contentions lack merit. The unpaid rent was due under the plain terms of
the lease, and the pandemic did not make performance impossible.

                              III. DISPOSITION

   The judgment is affirmed as to unpaid rent and reversed as to future rent. On remand, the
trial court shall redetermine damages under section 1951.2 no later than October 31, 2024. Each
party shall bear its own costs on appeal.

                                                              HALVORSEN, J.
We concur:

ARDEN, P. J.

QUIGLEY, J.""",
        (
            expect("1987/..", "cold store"),
            expect("2016-04-01", "leased"),
            expect("2020-06-01~", "rent"),
            expect("2020-08-12", "notice"),
            expect("2020-11~", "vacated"),
            expect("2022-03-09", "judgment"),
            expect("2022-03-30", "appeal"),
            expect("2024-02-06", "oral argument"),
            expect("../2024-10-31", "damages", planned=True),
        ),
    ),
    Text(
        "varrowmouth-abbey-port",
        "encyclopedia history",
        None,
        """Varrowmouth

Varrowmouth is a market town and former port at the mouth of the River Varrow, in the county of
Estrey. It had a population of about 11,400 at the last census.

History

Early history
A Cistercian abbey was founded on the north bank of the river c. 1140, and the settlement that
grew up at its gate was granted a market charter in 1287. The abbey was dissolved in 1538, and
much of its stone was carried off to build the town's quay and houses.

Varrowmouth changed hands several times during the Civil War. The town was burned, probably in
1644, by a royalist garrison withdrawing towards Hallam; few buildings older than that survive.

Port and industry
A stone harbour was built c. 1790 to replace the medieval quay, and for some decades the town
traded in coal, salt and timber with the Baltic ports. Several woollen mills were built along
the Varrow in the 1840s, drawing workers from the surrounding parishes. The railway reached
Varrowmouth in 1847, and the station opened to passengers the following year.

The town hall, in an Italianate style, was completed about 1850 to designs by a local
architect, Josiah Penhale. Silting of the harbour mouth through the second half of the
nineteenth century slowly ended the port's trade, and by the turn of the century the quay
handled little but fishing boats.

Twentieth century
The mills declined between the wars, and the railway's passenger service was reduced to a
handful of trains a day. The borough was abolished in 1974, when Varrowmouth became part of the
district of North Estrey. The harbour is now used mainly by pleasure craft, and the abbey ruins
and the town hall are both listed buildings.

Landmarks
- Varrowmouth Abbey (ruins), Abbey Lane
- Town hall, Market Place
- The Custom House, Quay Street

See also
- List of abbeys in Estrey
- Varrow Valley Railway""",
        (
            expect("1140~", "abbey", "founded"),
            expect("1287", "charter"),
            expect("1538", "dissolved"),
            expect("1644?", "burned"),
            expect("1790~", "harbour"),
            expect("1840/1849", "mills"),
            expect("1847", "railway"),
            expect("1848", "station"),
            expect("1850~", "town hall"),
            expect("1974", "borough", "abolished"),
        ),
    ),
    Text(
        "kestle-vale-shootout",
        "sports report",
        date(2025, 4, 13),
        """Kestle Vale reach semi-finals after shoot-out drama

By Corin Mallory

Kestle Vale are into the semi-finals of the Northern Women's Hockey Cup for the first time in 27
years after beating Ashby Fields 3-2 in a penalty shoot-out at Kestle Road on Saturday.

The quarter-final finished 1-1 after sixty minutes. Ashby took the lead through Priya Dunmore's
deflection in the 22nd minute, and Vale captain Hattie Sellers levelled with a drag-flick from
the side's fourth penalty corner early in the third quarter.

Goalkeeper Nell Arbuthnot saved twice in the shoot-out, the second time from Ashby's under-21
international Lucy Tamm, before Sellers converted the winning attempt to set off a pitch
invasion by the club's juniors.

"We have been waiting a long time for a day like this," said Sellers, who joined Vale from
Harrowgate in 2019. "The girls were brilliant, and Nell was unbelievable."

It was a welcome change of fortune against Ashby. The sides last met on 8 February, when Ashby
won 4-0 in the league, and Vale could only draw 1-1 at home to bottom club Wexcombe on
Wednesday.

Head coach Marco Ferrante, appointed in June 2023, credited the video analysis sessions the
squad now holds after every match. Vale's last major trophy was the county cup in 1998, and the
club has played at Kestle Road since 1921.

Vale will meet Greybridge in the semi-final on Saturday 26 April, with the final scheduled for
10 May at the National Hockey Centre. Midfielder Saoirse Kenning, who limped off in the second
half with an ankle injury, is expected to miss the semi-final.

"We'll enjoy tonight and then get back to work next week," Ferrante said. "Greybridge beat us
twice last season, so nobody needs to tell us how good they are."

Kestle Vale: Arbuthnot; Sellers (capt), Okafor, Lind, Penrose, Kenning (Dale 48), Ho, Marsh,
Gerrard, Whitlow, Asante.

Ashby Fields: Pryce; Tamm, Dunmore, Kowalczyk, Brand, Ellery, Ng, Fothergill, Sands, Hale,
Ruddock.""",
        (
            expect("2025-04-12", "beat"),
            expect("2019", "joined"),
            expect("2025-02-08", "met"),
            expect("2025-04-09", "wexcombe"),
            expect("2023-06", "appointed"),
            expect("1998", "county cup"),
            expect("1921/..", "kestle road"),
            expect("2025-04-26", "semi-final", planned=True),
            expect("2025-05-10", "final", planned=True),
        ),
    ),
    Text(
        "pellbrook-umbrella-works",
        "company history",
        date(2024, 5, 20),
        """Our story

Pellbrook & Sons, umbrella makers, Hebble Mill, Horsley

1883 - A workshop in Cardle Lane
Pellbrook & Sons was founded in 1883, when Edwin Pellbrook, a cane turner, began making
umbrellas in a rented workshop behind his father's shop in Cardle Lane, Horsley. His frames were
of whalebone and his covers of oiled silk, and he sold them from a barrow on market days.

Moving to the mill
The business soon outgrew Cardle Lane. In 1902 the family bought the former Hebble corn mill on
the river, which is still our home. On 14 March 1911 Edwin's son Walter was granted a patent for
a folding steel rib, and the "Pellbrook Stormproof" became the firm's best seller for half a
century.

War and recovery
The mill was requisitioned for the making of parachute harnesses, probably in 1940; no copy of
the order survives, and the family's letters of the time mention it only in passing. Umbrella
production returned to the works in 1946, and the first export order, from a department store
in Toronto, followed two years later.

New owners, old skills
The Pellbrook family sold the firm to its managing director, Ruth Oyelaran, in 1979. Since 2012
the company has been owned by an employee trust, and every one of our 34 makers is a partner in
the business.

Still made by hand
Each umbrella passes through eleven pairs of hands. We still cut every canopy on the old oak
table in the top-floor room, we still sew every tip by hand, and we still test every frame in
the mill race before it leaves the building. A Pellbrook umbrella comes with a lifetime repair
promise: send it back to us, and we will mend it.

What's next
We will open a repair workshop in Leeds in September 2024, so that customers in the city can
bring in a broken umbrella and collect it, good as new, the same week. By the end of 2025 every
frame we make will use recycled steel, and we are trialling a canopy cloth woven from recycled
bottles with a mill in the next valley.

Visit us
Our mill shop is open from Tuesday to Saturday, 10am to 4pm. Factory tours run on the first
Saturday of the month and must be booked in advance.""",
        (
            expect("1883", "founded"),
            expect("1902", "mill"),
            expect("1911-03-14", "patent"),
            expect("1940?", "requisitioned"),
            expect("1946", "production"),
            expect("1948", "export"),
            expect("1979", "sold"),
            expect("2012/..", "employee trust"),
            expect("2024-09", "repair workshop", planned=True),
            expect("../2025", "recycled steel", planned=True),
        ),
    ),
    Text(
        "tessel-lunar-orbiter",
        "mission summary",
        date(2025, 1, 20),
        """Mission summary: Tessel-2 lunar mapping orbiter

Agency: Estrian Space Agency (ESPA)
Launch vehicle: Corvid-4
Mass at launch: 1,140 kg (including 410 kg of propellant)
Status: operating, extended mission

Overview
Tessel-2 is a lunar orbiter built to map hydrogen-bearing deposits near the Moon's south pole.
The mission was first proposed around 2015 by a team at the University of Harnsey and was
selected for funding in 2017, after a two-year study phase. It carries a neutron spectrometer,
a wide-angle camera and a laser altimeter.

Timeline
Launch. Tessel-2 was launched from the Kellan Point range on 14 September 2022 on a direct
transfer to the Moon.
Arrival. The spacecraft entered lunar orbit on 3 October, after a 31-minute burn of its main
engine, and spent four weeks lowering its orbit and commissioning its instruments.
Primary mission. Mapping ran from 1 November 2022 to 30 April 2024 from a polar orbit at an
average height of 100 km, covering 96 percent of the surface south of 70 degrees.
Anomaly. One of the two star trackers failed on or about 19 February 2023. The team switched to
the backup unit within a day, and mapping lost only four orbits.
Extended mission. The orbit was lowered to 30 km on 11 June 2024 to sharpen the spectrometer's
view of the permanently shadowed craters.

Results
The spectrometer found hydrogen concentrations well above the background in 14 of the 31
permanently shadowed craters mapped, the largest of them in the crater Lucan. The altimeter's
elevation model, at 20 m resolution, has already been used to choose landing sites for the
agency's planned rover.

What comes next
The final calibrated data set is due to be released to the public in June 2025. With its
propellant running low, the spacecraft will be deorbited no later than March 2026, on a
trajectory that will bring it down on the near side, away from any site of historic interest.

Key figures
Orbits completed (to date): 11,240
Data returned (to date): 38 terabytes
Operations cost: 212 million euros""",
        (
            expect("2015~", "proposed"),
            expect("2017", "selected"),
            expect("2022-09-14", "launched"),
            expect("2022-10-03", "orbit"),
            expect("2022-11-01/2024-04-30", "mapping"),
            expect("2023-02-19~", "star tracker"),
            expect("2024-06-11", "lowered"),
            expect("2025-06", "data", planned=True),
            expect("../2026-03", "deorbited", planned=True),
        ),
    ),
    Text(
        "skerrin-ferry-fares",
        "government statement",
        None,
        """DEPARTMENT FOR ISLAND TRANSPORT

Statement: Island Ferry Fares Support Scheme

Issued: 3 December 2024
Reference: DIT/PR/2024/118

The Minister for Island Transport, Ailsa Morven, has set out the terms of the new Island Ferry
Fares Support Scheme, which will cut the cost of vehicle crossings for residents of the Skerrin,
Holm and Outer Lagg islands.

1. Background

1.1 The department has funded the Skerrin crossing directly since 2016. The previous support
scheme for the other routes closed on 31 March 2023 and was not renewed.

1.2 The island ferry operator, Lagg Ferries, raised its fares by 12 percent on 1 September 2024.

1.3 The department's review of island fares was published on 14 October 2024. It followed a
public consultation that ran from 1 to 29 July 2024 and drew 2,340 responses, most of them from
island residents and businesses.

2. The scheme

2.1 The scheme will open for applications on 6 January 2025.

2.2 Residents must submit their applications by 28 February 2025 to receive support for the
whole of the first year. Later applications will be accepted, but support will run only from
the date of approval.

2.3 Eligible residents will receive a 40 percent discount on vehicle fares and a 25 percent
discount on foot passenger fares on all three routes.

3. Legislation

3.1 The scheme will at first be run under existing powers. Regulations to put it on a permanent
footing are expected to be laid before Parliament in May 2025.

4. Minister's comment

The Minister said: "I travelled to Holm and Outer Lagg on Monday and heard again and again that
the cost of a crossing decides whether a family stays on the island or leaves it. This scheme is
our answer, and it is only a start."

Notes for editors

- The scheme will cost an estimated 4.8 million pounds a year.
- About 6,100 people live on the three islands.
- Full eligibility rules are set out in the scheme guidance on the department's website.

Ends""",
        (
            expect("2016/..", "skerrin"),
            expect("2023-03-31", "scheme", "closed"),
            expect("2024-09-01", "fares"),
            expect("2024-10-14", "review"),
            expect("2024-07-01/2024-07-29", "consultation"),
            expect("2025-01-06", "applications", planned=True),
            expect("../2025-02-28", "submit", planned=True),
            expect("2025-05", "regulations", planned=True),
            expect("2024-12-02", "holm"),
        ),
    ),
    Text(
        "millharrow-bridge-cracks",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Millharrow Bridge shut after cracks found in arch | Estrey Courier</title>
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header class="masthead"><a href="/">Estrey Courier</a>
<nav><a href="/news">News</a> | <a href="/news/local">Local</a> | <a href="/sport">Sport</a>
</nav>
</header>
<main>
<article class="story">
<h1>Millharrow Bridge shut after cracks found in arch</h1>
<p class="byline">By <a href="/authors/jmarsh">Jude Marsh</a>, Local Democracy Reporter</p>
<time datetime="2025-05-22T07:30:00+01:00">Thursday 22 May 2025</time>
<p>The Millharrow Bridge was closed to all traffic on Tuesday after engineers found cracks in
the stonework of its central arch.</p>
<p>Residents first reported loose stones in the river beneath the bridge on or about 12 May,
and a county council engineer inspected the arch from a boat on Wednesday.</p>
<p>The council said the bridge will reopen to pedestrians and cyclists on Monday, once a
temporary footway has been fenced off along the upstream parapet. Full repairs are expected to
be finished by the end of September.</p>
<p>The three-arch bridge was opened in 1872 and was strengthened with a concrete saddle in
1961. Its last major repairs were carried out in 1996, and a 7.5-tonne weight limit has applied
since 2014.</p>
<blockquote><p>"We cannot take any chances with a structure this old," said Councillor Bryony
Keld, cabinet member for highways. "The diversion is a nuisance, and I am sorry for it, but
safety has to come first."</p></blockquote>
<p>Drivers are being sent on an eight-mile diversion through Scarth. Bus route 41 will not
serve Millharrow village while the bridge is closed.</p>
<p>Traders on Bridge Street said takings had already fallen. "Half my customers come over that
bridge," said Dev Anand, who runs the village shop.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/local/scarth-bypass-plans">Scarth bypass plans go on show</a></li>
<li><a href="/news/local/river-levels">River levels fall after dry spell</a></li>
</ul>
</aside>
</main>
<footer><p>&copy; Estrey Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-20", "closed"),
            expect("2025-05-12~", "reported"),
            expect("2025-05-21", "inspected"),
            expect("2025-05-26", "reopen", planned=True),
            expect("../2025-09", "repairs", planned=True),
            expect("1872", "opened"),
            expect("1961", "strengthened"),
            expect("1996", "repairs"),
            expect("2014/..", "weight limit"),
        ),
    ),
    Text(
        "saltergate-cornhill-market",
        "market relocation notice",
        None,
        """HARCASTLE BOROUGH COUNCIL

PUBLIC NOTICE

RELOCATION OF THE SATURDAY MARKET FROM SALTERGATE TO CORNHILL YARD

Notice is hereby given that, following the decision of the Council's Cabinet on 11 February
2025, the Saturday market will move from Saltergate to Cornhill Yard.

1. A market has been held in Saltergate since 1604, when the town received its charter. The
covered market hall on the north side of the street was demolished in 1987.

2. The last market in Saltergate will be held on Saturday 29 March 2025.

3. The market will be held in Cornhill Yard from Saturday 5 April 2025 onwards, between 8 a.m.
and 4 p.m. There will be no market on the Saturday between the two.

4. Redevelopment works in Saltergate are due to begin on 14 April 2025. Saltergate will be
closed to vehicles for the duration of the works.

5. Licensed traders must confirm their pitch at Cornhill Yard no later than 21 March 2025, by
returning the enclosed form to the Markets Office or by e-mail. Pitches not confirmed by that
date may be offered to traders on the waiting list. Drop-in sessions for traders were held at
the Guildhall on 3 and 5 March.

6. Pitch fees at Cornhill Yard will remain at the current rates for the first six months.
Electricity hook-ups will be provided to food traders at no extra charge.

7. Parking for traders' vehicles will be available in the Cornhill multi-storey car park,
levels 3 and 4, from 6 a.m. on market days.

8. Any person wishing to make representations about these arrangements should write to the
Markets Office, The Guildhall, Harcastle HC1 2AB, or e-mail markets@harcastle.example.

A plan of the new pitch layout is available for inspection at the Guildhall reception during
normal office hours and on the Council's website.

Dated 7 March 2025

P. R. Ashdown
Head of Legal and Democratic Services
Harcastle Borough Council""",
        (
            expect("2025-02-11", "cabinet"),
            expect("1604/..", "market"),
            expect("1604", "charter"),
            expect("1987", "demolished"),
            expect("2025-03-29", "last market", planned=True),
            expect("2025-04-05/..", "cornhill", planned=True),
            expect("2025-04-14", "redevelopment", planned=True),
            expect("../2025-03-21", "pitch", planned=True),
            expect("2025-03-03", "drop-in"),
            expect("2025-03-05", "drop-in"),
        ),
    ),
    Text(
        "drennock-boccia-open",
        "boccia tournament report",
        date(2025, 11, 17),
        """Drennock Open: Fairley takes BC3 title at the fourth attempt

Club news | Boccia

Drennock Boccia Club hosted the 13th Drennock Open at the Linnhe Leisure Centre from Friday 14
to Sunday 16 November, with 58 players from 19 clubs competing in the BC1 to BC4 classes and in
the open pairs.

The weekend belonged to one of our own. In the BC3 final on Sunday, home player Ewan Fairley and
his ramp assistant, his sister Kirsty, beat last year's champion Dara Quinlan of Inverlane 5-3
after a tie-break end. Fairley, who first competed in 2017, had lost three previous Drennock
finals, two of them to Quinlan.

"I've had that last ball in my head for three years," he said afterwards. "This time it
stayed on the jack."

In BC1, Moira Gunn of Stracathro won every one of her pool matches without conceding an end,
and in BC4 the youngest player in the tournament, 14-year-old Ali Rehman, reached the
semi-finals on his first appearance. The open pairs went to the Kirkwall club for the second
time in a row.

Results (finals)
  BC1   M. Gunn (Stracathro) bt P. Ross (Drennock) 6-1
  BC2   S. Lamont (Inverlane) bt J. Byrne (Castlebay) 4-4, tie-break
  BC3   E. Fairley (Drennock) bt D. Quinlan (Inverlane) 5-3, tie-break
  BC4   T. Moffat (Kirkwall) bt C. Dunne (Stracathro) 7-2
  Open pairs   Kirkwall A bt Drennock B 6-3

About the Open
The club was founded in 2008, and the first Drennock Open was played in 2012 with six players
in the old church hall on Kirk Wynd. The Linnhe Leisure Centre has been our home since 2019,
and its four courts now let us run the whole event over a single weekend.

Looking ahead
The top two players in each class qualify for the national championships, to be held in Perth
from 6 to 8 March 2026. The national squad coaches will confirm selections by 31 January.

Our next referee course is on Saturday 29 November at the leisure centre. It is free for club
members, and no experience is needed; please put your name on the sheet at reception.

Thanks go to our thirty volunteers, to the leisure centre staff and to the Drennock Rotary
Club, who paid for the new set of balls.""",
        (
            expect("2025-11-14/2025-11-16", "drennock open"),
            expect("2025-11-16", "fairley"),
            expect("2017", "competed"),
            expect("2008", "founded"),
            expect("2012", "open"),
            expect("2019/..", "linnhe"),
            expect("2026-03-06/2026-03-08", "championships", planned=True),
            expect("../2026-01-31", "selection", planned=True),
            expect("2025-11-29", "referee", planned=True),
        ),
    ),
    Text(
        "ashcombe-copper-still",
        "lavender distillery company release",
        None,
        """NEWS RELEASE

Ashcombe Lavender Distillery
Ashcombe Farm, Marlow Downs
19 June 2025

NEW COPPER STILL DOUBLES ASHCOMBE'S LAVENDER OIL CAPACITY

Ashcombe Lavender Distillery, the family-run grower and distiller on the Marlow Downs, has added
a second copper still to its distillery barn, doubling the amount of lavender it can distil in
a day.

The 1,200-litre still, made by hand by a firm of coppersmiths in northern Portugal, was
commissioned on 2 June and has already run its first trial batches on last year's dried stems.

This year's harvest of the Maillette variety is expected to begin around 7 July, about ten days
later than usual after a cold spring. A late frost on the night of 14 April damaged some of the
youngest plants on the north field, but the older rows came through unharmed.

"With two stills we can cut a field in the morning and have it in the still by lunchtime," said
distiller Hannah Lowther. "The fresher the flowers, the better the oil."

Visitors
The distillery's shop and cafe will reopen in the converted threshing barn by the end of August.
The farm's open day, with guided walks through the fields and demonstrations in the still room,
will take place on Saturday 19 July. Admission is free, and dogs on leads are welcome.

Notes to editors
- Lavender was probably first planted at Ashcombe in 1932, when the farm's owner, a chemist from
  Bristol, brought cuttings from Provence.
- The distillery was founded in 1994 by Graham and Tessa Lowther, Hannah's parents.
- The farm has held organic certification since 2010.
- Ashcombe Reserve oil won a Great Taste award on 4 September 2024.
- The farm grows 22 acres of lavender in six varieties and employs 15 people, rising to 40 at
  harvest.

Media enquiries: Rosa Fennimore, rosa@ashcombelavender.example, 01632 960 772

Images of the new still are available on request.""",
        (
            expect("2025-06-02", "still"),
            expect("2025-07-07~", "harvest", planned=True),
            expect("2025-04-14", "frost"),
            expect("../2025-08", "shop", planned=True),
            expect("2025-07-19", "open day", planned=True),
            expect("1932?", "planted"),
            expect("1994", "founded"),
            expect("2010/..", "organic"),
            expect("2024-09-04", "award"),
        ),
    ),
    Text(
        "pratley-ratcatcher-accompt",
        "rat catcher's account book",
        None,
        """ACCOMPT BOOK of Jno. Pratley, Rat & Mole Catcher, Wendle Street, Harcastle.
Begun Jany. 1846.

1846                                                              l.  s.  d.

Jany   5  Mr Jas. Hobbs, Brewer, Bridge St. - 2 days at his Malt-ho.,
          ferretted & kill'd 41 Rats, 3 Weasels, Boy 2 days at 6d.    0   7   6
Feby  21  Mrs Quantock, Lamb Inn - stopt the Holes in her Cellar
          with broken Glass & Mortar, kill'd 9                        0   2   6
Mch.  12  Lost my best Ferret Nip at Gorse Farm, gone down a Drain
          & never came out. A sad loss.
          Bot. of Wm Tiller his Dog Vixen in Nip's stead, on or abt
          the 20th Inst.                                              0   7   0
Apl    6  Mr Garside, Corn Chandler - his Granary, kill'd 63,
          a great Nest under the Floor, took up 3 Boards              0   9   0
May   30  Agreed with the Guardians of the Union Workhouse at 1l. 4s.
          the Year, to begin 1st July next, & Paymt. to be made
          by the 30th Septr. without fail.

                                              Carried forward     1  6  0

Memm.  My Father Thos. Pratley follow'd this Trade at Harcastle from abt. 1805, &
left me his Ferrets, Nets & Traps. He dy'd the 9th Novr. 1838, aged 61 Years, &
is bury'd at St Giles.

Memm.  Ferrets to be fed new Milk & Bread, never Flesh before Work. Keep the Dog
from the Ferrets. Arsenic to be kept lock'd in the Box & never left in a Stable.

Memm.  For a Bait that Rats will take: Oatmeal 1 lb., Sugar 2 oz., a few Drops of
Oil of Aniseed, work'd together with the Hand. Lay it 3 Nights without Poison that
they may grow bold, & the 4th Night with.

Memm.  Owing to me at this Date - Mrs Quantock 2s. 6d., Mr Garside 9s. Mr Hobbs
paid in full.

[Transcriber's note: a small octavo book of 48 leaves in a marbled card cover, of which
only the first 5 leaves are written on. Spelling and abbreviations are kept as in the
original; sums in the right-hand columns are in pounds, shillings and pence.]""",
        (
            expect("1846-01-05", "malt"),
            expect("1846-02-21", "lamb inn"),
            expect("1846-03-12", "ferret"),
            expect("1846-03-20~", "dog"),
            expect("1846-04-06", "garside"),
            expect("1846-05-30", "guardians"),
            expect("1846-07-01", "workhouse", planned=True),
            expect("../1846-09-30", "paym", planned=True),
            expect("1805~", "trade"),
            expect("1838-11-09", "pratley"),
        ),
    ),
    Text(
        "lissan-beck-crayfish",
        "white-clawed crayfish survey report",
        None,
        """LISSAN BECK WHITE-CLAWED CRAYFISH SURVEY 2025

Client: Estrey Rivers Trust
Prepared by: Hollin Ecology Ltd
Report ref.: HE-2025-041, version 1.2
Report date: 30 September 2025

1. SUMMARY

1.1 White-clawed crayfish (Austropotamobius pallipes) were found at four of the nine sites
surveyed on Lissan Beck between 4 and 6 August 2025. No signal crayfish were found above
Holme Weir, which remains the upstream limit of their known range in the beck.

2. BACKGROUND

2.1 Lissan Beck has been notified as a Site of Special Scientific Interest since 2004, in part
for its white-clawed crayfish population.
2.2 Signal crayfish (Pacifastacus leniusculus) were first recorded in the lower catchment in
1998. Crayfish plague was confirmed in dead white-clawed crayfish at Holme Weir on 11 September
2023.
2.3 The previous survey, in 2019, found white-clawed crayfish at six sites. Biosecurity signs
at the three angling access points were put up, probably in 2016, by the Lissan Angling
Association.

3. METHODS

3.1 The survey was carried out under a class licence, and a site-specific permission was issued
by the conservation agency on 22 July 2025.
3.2 At each site, refuges were hand-searched over a 20 m reach for a standard time of one hour.
A night torch survey of sites 3 to 5 was carried out on 19 August.
3.3 All equipment was disinfected and dried between sites, working from upstream to downstream.

4. RESULTS

Table 1. Crayfish recorded by site (hand search and night torch survey combined)

Site  Grid ref.     White-clawed  Signal  Notes
 1    SE 1042 6631        0          3    below Holme Weir
 2    SE 1051 6655        0          0    silted, few refuges
 3    SE 1077 6702       11          0    berried female seen
 4    SE 1089 6731        7          0
 5    SE 1102 6760       14          0    juveniles abundant
 6    SE 1118 6795        2          0
 7    SE 1130 6821        0          0    cattle poaching of bank

5. RECOMMENDATIONS

5.1 A small number of juveniles from site 5 will be moved to the Fellside ark site in May 2026,
subject to licence.
5.2 A follow-up survey of all nine sites should be completed by 31 August 2026.
5.3 The biosecurity signs should be renewed and a boot-wash station added at site 4.""",
        (
            expect("2025-08-04/2025-08-06", "crayfish"),
            expect("2004/..", "scientific"),
            expect("1998", "signal"),
            expect("2023-09-11", "plague"),
            expect("2019", "previous survey"),
            expect("2016?", "signs"),
            expect("2025-07-22", "permission"),
            expect("2025-08-19", "night"),
            expect("2026-05", "ark", planned=True),
            expect("../2026-08-31", "follow-up", planned=True),
        ),
    ),
    Text(
        "tredgold-fellbury-rocker",
        "rocking chair maker's history",
        None,
        """AMOS TREDGOLD AND THE FELLBURY ROCKER

A short history, from the collections of the Fellbury and District Local History Society

The maker
Amos Tredgold was born c. 1790 in the hamlet of Scarth, the son of a hurdle maker. In 1804 he
was apprenticed to John Blamire, a Windsor chair maker in Hallam, and he served the usual seven
years, learning to turn legs and stretchers on a pole lathe and to bend ash and yew in a steam
box.

He set up on his own account in Fellbury about 1815, in a workshop behind the Swan Inn. The
parish rate books show him there, paying eightpence a quarter, until his death.

The rocker
Tredgold's chairs were sold at the fairs of the district and by carriers' carts as far as
Carlisle. He made kitchen chairs, children's chairs and the occasional settle, but it was the
rocking chair, with its broad elm seat, tall comb back and long runners, that made his name. The
earliest that can be attributed to him with confidence is a comb-back rocker dated 1821, carved
on the underside of its seat with his initials.

The family business
His sons William and Joseph joined the business in 1838 and 1841 respectively, and by then the
workshop employed four men and a boy. Amos died on 3 March 1856 and was buried in Fellbury
churchyard; his stone, now badly worn, still stands near the lychgate.

The brothers carried on as W. & J. Tredgold. Their workshop burned down, probably in 1872,
although the only account of the fire is a short paragraph in a newspaper of uncertain date,
and the firm moved to a new shop on Bridge End. Faced with cheap factory-made furniture from
the towns, it closed in 1911, when the last of Joseph's sons went to work at the bobbin mill.

Surviving chairs
About forty Tredgold rockers are known. One was acquired by the County Museum in 1967 and is
on display in its rural life gallery; others remain in local homes, where several are still in
daily use. The Society would be glad to hear from anyone who owns a chair with the Tredgold
initials or the W. & J. T. stamp.""",
        (
            expect("1790~", "born"),
            expect("1804", "apprenticed"),
            expect("1815~", "fellbury"),
            expect("1821", "rocker"),
            expect("1838", "joined"),
            expect("1841", "joined"),
            expect("1856-03-03", "died"),
            expect("1872?", "burned"),
            expect("1911", "closed"),
            expect("1967", "acquired"),
        ),
    ),
    Text(
        "corvane-partnership-signing",
        "trade minister's statement",
        None,
        """MINISTRY OF TRADE AND ENTERPRISE

Statement by the Minister for Trade, Dr Selin Varga, on the signing of the Estrey-Corvane
Economic Partnership Agreement

Velka, 28 April 2025

Today in Velka I signed, on behalf of the Government, the Economic Partnership Agreement between
Estrey and the Republic of Corvane. It is the most ambitious trade agreement our country has
concluded with any partner outside the customs union.

Negotiations began in March 2022 and took eleven rounds. Our earlier agreement, signed in 2008,
lapsed on 30 June 2023, and since then our exporters have traded with Corvane on the general
tariff. Trade between our two countries has nonetheless doubled since 2015, and Corvane is now
our fourth-largest market for machinery.

On Saturday I met Corvane's Minister of Economy, Mr Teodor Alvi, to settle the last open points
on rules of origin. I thank him and his team for their patience and good faith.

What the agreement means

- Tariffs on machinery and machine parts will fall to zero from 1 January 2026 onwards.
- Tariffs on processed foods will be phased out over seven years.
- Public procurement in both countries will be opened to firms from the other on equal terms.
- Professional qualifications in engineering and architecture will be mutually recognised.

Next steps

The agreement is expected to be ratified by Parliament by the end of October. I will present it
to the Foreign Affairs and Trade Committee in the coming weeks, and the full text, with an
explanatory memorandum, is published today on the Ministry's website.

A trade mission of around 40 companies, led by the Deputy Minister, will visit Corvane from 9 to
13 June. Companies that wish to join it should contact the Export Agency.

The joint committee established by the agreement will meet for the first time in the first
quarter of 2026, in Velka.

This agreement is good news for our manufacturers, our farmers and our workers. I look forward
to seeing its benefits in every region of the country.

Dr Selin Varga
Minister for Trade

Press office: +00 21 555 0140 | press@trade.gov.example""",
        (
            expect("2025-04-28", "signed"),
            expect("2022-03", "negotiations"),
            expect("2008", "earlier agreement"),
            expect("2023-06-30", "lapsed"),
            expect("2025-04-26", "alvi"),
            expect("2026-01-01/..", "tariffs", planned=True),
            expect("../2025-10", "ratif", planned=True),
            expect("2025-06-09/2025-06-13", "trade mission", planned=True),
            expect("2026-01/2026-03", "joint committee", planned=True),
        ),
    ),
    Text(
        "wickham-repair-sessions",
        "repair cafe HTML page",
        date(2025, 2, 10),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wickham Repair Cafe - fix it, don't bin it</title>
<link rel="stylesheet" href="css/style.css">
</head>
<body>
<header>
<h1>Wickham Repair Caf&eacute;</h1>
<p class="tagline">Bring it broken, take it home working.</p>
</header>
<nav><ul>
<li><a href="index.html">Home</a></li>
<li><a href="what-we-fix.html">What we fix</a></li>
<li><a href="volunteer.html">Volunteer</a></li>
<li><a href="contact.html">Contact</a></li>
</ul></nav>
<main>
<section id="next">
<h2>Next sessions</h2>
<p>All sessions run from 10am to 1pm in St Aldric's Church Hall, Mill Lane. No booking needed -
just turn up with your broken thing and a cup of patience.</p>
<ul class="dates">
<li><strong>Saturday 15 February</strong> - bike check with Wickham Wheelers</li>
<li><strong>Saturday 15 March</strong> - knife and scissor sharpening table</li>
<li><strong>Saturday 12 April</strong> - lamp and light fitting special</li>
</ul>
<p>From March onwards our sewing table will be back, with two volunteers and a borrowed
overlocker. Bring zips, hems and torn pockets.</p>
</section>
<section id="about">
<h2>About us</h2>
<p>We held our first session on 14 May 2016, in the back room of the Crown, with four
volunteers and a box of screwdrivers. Since 2019 we have met in St Aldric's Church Hall, which
gives us room for eight repair tables and a tea urn.</p>
<p>In 2021 we won the district council's Community Award. On 23 November 2024 we logged our
1,000th repair: a Roberts radio older than most of our volunteers, which now plays again.</p>
<p>The January session was cancelled after the hall's boiler failed on 9 January. Thank you for
your patience, and sorry to anyone who came to a locked door.</p>
</section>
<section id="rules">
<h2>House rules</h2>
<ol>
<li>You stay with your item and help with the repair.</li>
<li>We cannot take gas appliances or microwaves.</li>
<li>Repairs are free; donations go towards spare parts and the hall hire.</li>
</ol>
</section>
</main>
<footer>
<p>Wickham Repair Caf&eacute; is run entirely by volunteers.
<a href="mailto:hello@wickhamrepair.example">hello@wickhamrepair.example</a></p>
</footer>
</body>
</html>""",
        (
            expect("2025-02-15", "bike", planned=True),
            expect("2025-03-15", "sharpening", planned=True),
            expect("2025-04-12", "lamp", planned=True),
            expect("2025-03/..", "sewing", planned=True),
            expect("2016-05-14", "first session"),
            expect("2019/..", "aldric"),
            expect("2021", "award"),
            expect("2024-11-23", "repair"),
            expect("2025-01-09", "boiler"),
        ),
    ),
    Text(
        "lantern-row-licence",
        "sex shop licence decision",
        None,
        """HARCASTLE BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE

Local Government (Miscellaneous Provisions) Act 1982, Schedule 3
Application for the grant of a sex establishment licence (sex shop)

Applicant:         Velvet Lantern Ltd
Premises:          17 Lantern Row, Harcastle HC2 4QT
Application ref.:  LIC/SEV/24/0093
Date of notice:    16 January 2025

1. The application

1.1 The application was received on 14 October 2024. Notice of the application was displayed
on the premises from 18 October to 15 November 2024 and published in the local newspaper.

1.2 Three written objections were received, the last of them on 12 November 2024. Two came from
residents of Lantern Row and one from the governors of the nursery at 4 Lantern Row, which
opened about 2015.

2. The hearing

2.1 The Sub-Committee heard the application on 9 January 2025 and reached its decision on the
same day. The applicant's director, Ms J. Okonedo, attended with a licensing consultant. One
objector attended and spoke.

2.2 The premises were first licensed as a sex shop in 2011. The previous operator surrendered
its licence in March 2019, and the unit has since been used as a vape shop.

3. Decision

3.1 The Sub-Committee has decided to GRANT the licence, subject to the standard conditions and
to the following additional conditions:

(a) the window display shall be screened with obscured film to a height of 2.2 m, and the
screening shall be installed by 31 January 2025;
(b) no person under 18 shall be admitted, and a notice to that effect shall be displayed at the
entrance;
(c) the premises shall not open before 10:00 or after 21:00.

3.2 The licence will take effect on 1 February 2025, for a period of one year.

4. Reasons

4.1 The Sub-Committee had regard to the character of the locality. Lantern Row is a mixed
commercial street with a late-night bar and two takeaways. The nursery entrance is on Coopers
Yard and is not visible from the premises.

4.2 The Sub-Committee did not consider that the number of sex establishments in the locality
would be inappropriate; there is no other such premises within a mile.

5. Right of appeal

5.1 An objector has no right of appeal under Schedule 3. The applicant may appeal against any
condition to the magistrates' court within 21 days of receiving this notice.

Licensing Officer: D. Fairweather, licensing@harcastle.example""",
        (
            expect("2024-10-14", "received"),
            expect("2024-10-18/2024-11-15", "notice"),
            expect("2024-11-12", "objection"),
            expect("2015~", "nursery"),
            expect("2025-01-09", "heard"),
            expect("2011", "licensed"),
            expect("2019-03", "surrendered"),
            expect("../2025-01-31", "screen", planned=True),
            expect("2025-02-01", "effect", planned=True),
        ),
    ),
    Text(
        "pemberley-knotted-fancies",
        "macrame history",
        None,
        """Macrame: a short history

Macrame, the craft of making patterns with knots rather than by weaving or knitting, reached
English homes by two roads: from the sea and from the lace pillow.

Sailors' knots
Deep-sea sailors had long filled their watches with decorative knotting, covering bottles,
bell ropes and sea chest handles with square knots and half hitches. The earliest printed guide
to such work in English, The Seaman's Knotting Companion, was probably published in 1782; the
only known copy lacks its title page.

From the lace pillow
In the 1840s lace-makers in the Channel port of Wenmouth took up knotted fringing, finishing
shawls and table covers for the London shops. Mrs Elvira Pemberley's Knotted Fancies for the
Drawing Room appeared in 1877 and ran to six editions; its patterns for bell-pulls, pincushions
and mantel borders were copied into hundreds of household scrapbooks. The Marlow Square-Knot
Society was founded in 1887 by a group of her readers, and a pattern card for a knotted
bell-pull, printed c. 1900 by a Manchester wool merchant, shows how far the fashion had spread.

Decline and revival
The craft fell out of favour between the wars, dismissed as fussy and old-fashioned, and for a
generation it survived mainly in Girl Guide handbooks and on the decks of sailing ships.

Its revival came with a single exhibition. Knots and Cords ran at the Harnsey Museum of Craft
from 4 June to 29 August 1971 and drew more than 60,000 visitors, and a touring version went to
Glasgow the following year. Jute plant hangers, owl wall hangings and knotted belts soon filled
market stalls across the country.

The Macrame Guild was founded about 1985 by a small group of teachers who wanted to keep the
older techniques alive. Since 2003 the Harnsey Museum has held the guild's archive, including
Mrs Pemberley's own annotated copy of her book and more than 400 pattern cards.

Techniques
The two basic knots are the square knot and the half hitch. Almost every pattern is built from
these, worked over a holding cord, with beads, rings and dowels added for weight and shape.

Further reading
- E. Pemberley, Knotted Fancies for the Drawing Room (London, 1877)
- R. Askew, Knots at Sea and Ashore (Harnsey Museum of Craft)""",
        (
            expect("1782?", "knotting companion"),
            expect("1840/1849", "lace-makers"),
            expect("1877", "knotted fancies"),
            expect("1887", "society"),
            expect("1900~", "pattern card"),
            expect("1971-06-04/1971-08-29", "knots and cords"),
            expect("1972", "glasgow"),
            expect("1985~", "guild"),
            expect("2003/..", "archive"),
        ),
    ),
    Text(
        "pennock-hearts-card",
        "hearts drive fixtures card",
        date(2025, 8, 20),
        """PENNOCK & DISTRICT HEARTS LEAGUE
(founded 1952)

FIXTURES CARD - AUTUMN SERIES 2025

Drives start 7.30 p.m. prompt.  24 hands.  Card money 2 pounds, tea & biscuits included.
Entries for the series close Fri 5 Sept.  Partners drawn on the night.

DATE          VENUE                          HOST CLUB        NOTES
------------  -----------------------------  ---------------  ------------------------
Fri 12 Sept   Pennock Village Hall           Pennock          Opening drive
Fri 10 Oct    Holme Bridge Institute         Holme Bridge
Fri 14 Nov    St Cuthbert's Parish Rooms     Ashby Moor       Car park at rear
Fri 12 Dec    Pennock Village Hall           Pennock          Christmas drive, raffle
Fri  9 Jan    Scarth Methodist Schoolroom    Scarth           Series final, cups

SCORING: 1 point per trick won, less 1 point for each heart taken and 13 for the Queen of
Spades.  Shooting the moon scores 26.  Highest aggregate over the five drives wins the
Tolley Cup, first presented in 1978.

RULES OF PLAY
  1. Four to a table.  Partners change after every sixth hand.
  2. Three cards passed - left, right, across, then hold - in rotation.
  3. Hearts may not be led until broken.  Two of Clubs leads the first trick.
  4. Disputes to the M.C. of the evening, whose word is final.
  5. Refreshments at the half-way interval.  Raffle prizes gratefully received.

2024-25 CHAMPIONS: Holme Bridge, who took the title on the last night of the season,
Fri 11 April 2025, by a single point.

AGM held Fri 2 May 2025.  New secretary elected: Mrs J. Birtwistle.

In bad weather ring the secretary before setting out.  No drive will be cancelled
later than 5 p.m. on the day.

Secretary: Mrs J. Birtwistle, 3 Mill Cottages, Pennock.  Tel. Pennock 41187

Please bring a pen, and please keep this card - spares 10p.""",
        (
            expect("1952", "founded"),
            expect("../2025-09-05", "entries", planned=True),
            expect("2025-09-12", "opening", planned=True),
            expect("2025-10-10", "holme bridge", planned=True),
            expect("2025-11-14", "cuthbert", planned=True),
            expect("2025-12-12", "christmas", planned=True),
            expect("2026-01-09", "scarth", planned=True),
            expect("1978", "tolley"),
            expect("2025-04-11", "title"),
            expect("2025-05-02", "agm"),
        ),
    ),
)  # fmt: skip
