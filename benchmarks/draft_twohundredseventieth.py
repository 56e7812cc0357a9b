"""The two-hundred-and-seventieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a market pitch
allocation notice, a roller hockey report, a cobalt mine release, a rat-catcher's account book
of the 1870s, a nightingale survey, a harmonica maker's history, a civil service minister's
statement, a bingo hall's HTML page, a market trader's licence appeal decision, a quilting
history and a petanque league's fixtures card. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "early 2025",
"late July") are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTIETH_CORPUS",)


TWOHUNDREDSEVENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "velmora-drossel-tunnel",
        "wire story with a dateline",
        date(2025, 3, 12),
        """VELMORA, March 12 (Castrel News Agency) - Freight trains returned to the Drossel rail
tunnel on Tuesday, five weeks after floodwater closed the main line between Velmora and the
coast, operator Ostrail said, but passenger services will not resume until Monday.

The 9-km tunnel was shut on Feb. 4 when a culvert burst during two days of torrential rain.
Engineers pumped out some 60,000 cubic metres of water, finishing on Feb. 27, and safety
inspectors signed off the track last Friday, Ostrail spokesman Tomas Reiner said.

"We ran the first test train at walking pace and it came out dry at the other end," Reiner
told reporters at Velmora station.

Freight customers, who have had to move their goods by road, are to receive compensation by
the end of April, the company said. Ostrail, which has run the line since 1998 under a state
concession, plans to build a second drainage culvert in 2026.

The region's February rainfall was the heaviest since 1966, according to the national
weather service. The tunnel, completed in 1911, is the only rail link through the Velmora
ridge, and some 14,000 passengers a day used the route before the flood.

Replacement buses will keep running between Velmora and Port Askel until passenger trains
resume, Reiner said. Ostrail shares closed 1.2 percent higher.

(Reporting by Ilse Varga; Editing by Jonas Breit)""",
        (
            expect("2025-03-11", "freight"),
            expect("2025-03-17", "passenger", planned=True),
            expect("2025-02-04", "shut"),
            expect("2025-02-27", "pump"),
            expect("2025-03-07", "inspector"),
            expect("../2025-04", "compensation", planned=True),
            expect("1998/..", "ostrail", "line"),
            expect("2026", "culvert", planned=True),
            expect("1911", "complet"),
        ),
    ),
    Text(
        "orvane-ferry-order",
        "press release",
        None,
        """PRESS RELEASE
For immediate release

ORVANE FERRIES ORDERS TWO BATTERY-ELECTRIC FERRIES FOR THE SKARRE CROSSING

Halsted, 3 June 2024 - Orvane Ferries AS today signed a contract with Brekke Verft for two
battery-electric double-ended ferries, the largest single investment in the company's
history.

The new vessels, each able to carry 120 cars and 399 passengers, will replace the diesel
ferry MF Skarrefjord, which entered service in 1994, on the 25-minute crossing between
Halsted and Skarre. Steel cutting is scheduled to begin at the Brekke yard on 14 January 2025.
The first ferry is to be delivered in September 2026 and the second no later than March 2027.

The project was awarded a grant of NOK 180 million from the Green Coastal Shipping Fund on
22 May. Charging towers at both quays will be supplied by the grid company Fjordnett.

"Our ships have served this crossing since 1972, and we want the next fifty years to be
emission-free," said chief executive Kari Lunde. "Our passengers have been asking for this,
and so have the people who live along the fjord."

Traffic on the route is at its highest since 2008, with about 1.3 million passengers a year.
Once both electric ferries are in service, Orvane expects to cut its CO2 emissions by some
9,000 tonnes a year.

About Orvane Ferries
Orvane Ferries AS was founded in 1961 and operates eleven car ferry routes in western Norway
with 19 vessels and 430 employees.

Media contact: Per Aasen, communications manager, press@orvane.example, +47 555 01 234

(c) 2024 Orvane Ferries AS. All rights reserved.""",
        (
            expect("2024-06-03", "contract"),
            expect("1994", "skarrefjord"),
            expect("2025-01-14", "steel", planned=True),
            expect("2026-09", "first", "deliver", planned=True),
            expect("../2027-03", "second", planned=True),
            expect("2024-05-22", "grant"),
            expect("1972/..", "crossing"),
            expect("1961", "founded"),
        ),
    ),
    Text(
        "tolvar-marsh-deposit",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF THE STATE OF CALLOWAY
SECOND DISTRICT

DELIA MARSH,                        )  Appeal from the Circuit Court
     Plaintiff-Appellant,           )  of Brenner County.
v.                                  )  No. 23-CV-0412
TOLVAR PROPERTIES, LLC,             )  Honorable Ruth Okafor,
     Defendant-Appellee.            )  Judge, presiding.

No. 2-24-0871                                         FILED April 8, 2025

JUSTICE HALVERSEN delivered the judgment of the court, with opinion.

OPINION

P 1 Plaintiff, Delia Marsh, appeals from the grant of summary judgment in favor of her former
landlord on her claim for the return of her security deposit. We reverse and remand.

P 2 I. BACKGROUND

P 3 Defendant, Tolvar Properties, LLC (Tolvar), has owned the six-unit building at 414 Ketter
Street since 2015. On or about March 3, 2021, Marsh signed a lease for unit 3B. The lease term
ran from April 1, 2021, through March 31, 2023, and required a deposit of $2,400.

P 4 On September 14, 2022, a supply pipe in the ceiling of unit 3B burst, flooding the kitchen
and living room. Marsh moved out two days later. Tolvar does not dispute that the unit was
uninhabitable until the repairs were finished.

P 5 Tolvar kept the deposit and, on November 2, sent Marsh an invoice for $18,400, which it
said was the cost of repairing damage caused by her failure to report a slow leak. Marsh
filed suit on January 19, 2023. On August 7, 2024, the circuit court granted summary judgment
to Tolvar, relying on the affidavit of Tolvar's plumber. Marsh timely appealed, and we heard
oral argument on February 11, 2025.

P 6 II. ANALYSIS

P 7 Summary judgment is appropriate only where the pleadings, depositions, and affidavits on
file show that there is no genuine issue of material fact. Nash v. Corwin Mills, Inc., 2019
Calloway App. (2d) 180233, P 14. We review the ruling de novo.

P 8 The plumber's affidavit states that the pipe "had been weeping for months." But he did
not see the unit until after the burst, and Marsh swears that she saw no staining before that
day. That conflict could not be resolved on the papers.

P 9 III. CONCLUSION

P 10 The judgment of the circuit court of Brenner County is reversed, and the cause is
remanded for further proceedings consistent with this opinion.

P 11 Reversed and remanded.""",
        (
            expect("2015/..", "owned"),
            expect("2021-03-03~", "lease", "sign"),
            expect("2021-04-01/2023-03-31", "term"),
            expect("2022-09-14", "pipe", "burst"),
            expect("2022-09-16", "moved"),
            expect("2022-11-02", "invoice"),
            expect("2023-01-19", "suit"),
            expect("2024-08-07", "summary", "judgment"),
            expect("2025-02-11", "argument"),
        ),
    ),
    Text(
        "brannockley-canal",
        "encyclopedia history",
        None,
        """Brannock Canal

The Brannock Canal is a 38-kilometre (24 mi) canal in the north of England, linking the River
Tarle at Brannock with the Hessle Navigation at Carrow Bridge. It was built to carry coal and
limestone from the Carrow moors to the river ports, and is now used by pleasure boats.

History

Proposals for a canal across the moors were first made c. 1760 by a group of Brannock coal
owners, but came to nothing for a generation. An Act of Parliament authorising construction
was passed in 1791, and digging began the following year under the engineer Samuel Thwaite.
The summit tunnel at Carrow, 2.1 km long, proved the hardest part of the work: two collapses
killed eleven men, and the whole canal did not open to traffic until 1803.

The canal prospered for half a century. A stone warehouse at Brannock Basin, probably built
in 1806, still stands and is a listed building. Floods breached the Hessle embankment in 1872
and again in 1894, each time closing the canal for several months, and the cost of repairs
left the company unable to compete with the railway.

Commercial traffic ended around 1936. The Brannock Canal Trust was formed in 1971 to restore
the waterway, and volunteers have since reopened 22 km of it to boats. Work to reopen the
Carrow tunnel is expected to be completed in 2027.

See also
Hessle Navigation; Canals of the United Kingdom

References
Thwaite, S. (1804). An Account of the Brannock Navigation. Brannock: J. Dyce.""",
        (
            expect("1760~", "proposal"),
            expect("1791", "act"),
            expect("1792", "digging"),
            expect("1803", "open"),
            expect("1806?", "warehouse"),
            expect("1872", "embankment"),
            expect("1894", "embankment"),
            expect("1936~", "traffic"),
            expect("1971", "trust"),
            expect("2027", "tunnel", planned=True),
        ),
    ),
    Text(
        "tressick-vale-win",
        "sports report",
        date(2024, 11, 10),
        """Ormsley Athletic 1 Tressick Vale 3

By Callum Pryce

Tressick Vale moved up to fourth in the Southern Premier with a deserved win at Marden Road on
Saturday, their first league victory there since 2017.

Teenage winger Rio Asante set up the opener for Dan Whitcombe after 12 minutes and scored the
second himself on the stroke of half-time. Ormsley pulled one back through a penalty ten
minutes into the second half, but Whitcombe, who joined from Kettleby Town in August, settled
it with a header in the 81st minute.

It was Vale's fourth win in five games. Their only defeat in that run came on October 19, when
Tamworth Rangers won 2-0 at the Vale Ground.

Manager Sean Doyle was again without centre-back Femi Kalu, who tore a hamstring against Ashby
on October 26. Kalu is expected to return around December 7, and Doyle said he would not rush
him back.

"We were brave today and we played the conditions well," Doyle said. "It's a big week now."

Vale, promoted as champions in 2022, learn their FA Trophy opponents when the second-round
draw is made on Monday. They host Corby on Tuesday night and then travel to Eastfold on
November 23.

Ormsley: Barnes; Hale, Quigley, Ndlovu, Fenn; Price, Oduya (Marsh 70), Cole; Dean, Wray,
Ibbotson.
Tressick Vale: Morley; Kane, Osei, Pratt, Lyle; Gough, Bailey, Asante; Ross, Whitcombe, Lett.
Referee: D. Hurst. Att: 1,214.""",
        (
            expect("2024-11-09", "win"),
            expect("2024-08", "whitcombe", "join"),
            expect("2024-10-19", "tamworth"),
            expect("2024-10-26", "hamstring"),
            expect("2024-12-07~", "kalu", "return", planned=True),
            expect("2022", "promot"),
            expect("2024-11-11", "draw", planned=True),
            expect("2024-11-12", "corby", planned=True),
            expect("2024-11-23", "eastfold", planned=True),
        ),
    ),
    Text(
        "tanquist-cordage-history",
        "company history",
        None,
        """OUR HISTORY

Tanquist Cordage was founded in 1868 by Elias Tanquist, a sailmaker's son, in a rented loft on
Quay Street, Marrowby, where he and two apprentices laid rope by hand for the herring fleet.

Demand grew quickly. In 1874 Elias moved the business to a 300-metre ropewalk at Saltholm, on
the edge of the town, and five years later he took his nephew Oskar into partnership. Oskar
brought the first steam-driven laying machine to Saltholm and, after his uncle's death, ran
the works for almost forty years.

From 1915 to 1918 the Saltholm walk worked day and night making towing hawsers for the navy.
Between the wars the company survived on agricultural twine and on the trawler trade.

The company spun its first nylon rope around 1952, and within a decade synthetic fibres made
up most of its output. The old ropewalk closed in 1968, when production moved to a new factory
at Brede Park, built on the site of a wartime airfield.

In 1994 the Tanquist family sold a majority stake to Norvik Industrial; Anna Tanquist,
great-granddaughter of the founder, still sits on the board. Since 2009 the company has
supplied mooring lines to offshore wind farms in the North Sea, work that now accounts for
about half of its sales.

A second plant, in Gdynia, is scheduled to open in 2026. The Saltholm ropewalk building is now
a museum of the rope trade, open every day from May to September.

Tanquist Cordage - Brede Park, Marrowby - www.tanquist.example""",
        (
            expect("1868", "founded"),
            expect("1874", "saltholm"),
            expect("1879", "partner"),
            expect("1915/1918", "hawser"),
            expect("1952~", "nylon"),
            expect("1968", "ropewalk", "clos"),
            expect("1994", "stake"),
            expect("2009/..", "mooring"),
            expect("2026", "gdynia", planned=True),
        ),
    ),
    Text(
        "halyra-relay-mission",
        "mission summary",
        None,
        """HALYRA LUNAR RELAY (HLR)
MISSION STATUS SUMMARY
Document HLR-OPS-0042, Issue 7 - Last updated 2 April 2025

1. Overview
Halyra is a 410 kg communications relay orbiter built by Corvane Aerospace for the Meridian
Space Agency. It provides links between Earth and landers on the far side of the Moon.

2. Mission timeline
Halyra was launched on 14 September 2023 at 02:11 UTC aboard a Tarvos-2 rocket from the Sollen
Point launch site. After a five-day direct transfer it entered lunar orbit on 19 September,
and commissioning was completed two weeks later.

On 8 March 2024 reaction wheel 3 failed and the spacecraft entered safe mode. Controllers
switched to the spare wheel on 21 March; no relay data were lost.

The Tamsin lander touched down in Hertz crater on 30 January 2025, and Halyra has relayed its
data to Earth since then, passing an average of 2.4 gigabits a day.

3. Forthcoming activities
An orbit-lowering manoeuvre is planned for around 15 June 2025 to improve link geometry over
the southern landing sites. Under the current extension, relay operations will end no later
than 31 December 2026, after which Halyra will be raised to a disposal orbit.

4. Spacecraft health
Propellant remaining: 38 kg (approx. 61 %). Power, thermal and attitude control nominal.
Downlink margin: 4.1 dB at maximum range.

Distribution: HLR project office; Tamsin science team; Sollen Point ground station.""",
        (
            expect("2023-09-14", "launch"),
            expect("2023-09-19", "orbit"),
            expect("2023-10-03", "commission"),
            expect("2024-03-08", "wheel"),
            expect("2024-03-21", "spare"),
            expect("2025-01-30", "tamsin"),
            expect("2025-01-30/..", "relay"),
            expect("2025-06-15~", "manoeuvre", planned=True),
            expect("../2026-12-31", "operations", "end", planned=True),
        ),
    ),
    Text(
        "quelmere-hosepipe-ban",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND WATER
Statement by the Minister for Water, Rosalind Teague
Wednesday 9 July 2025

Temporary use ban for the Eastern Water region

Reservoir levels in the Eastern region fell to 41 per cent of capacity on 6 July, the lowest
for the time of year since 1976. On Tuesday I met the chief executives of the three water
companies in the region, and we agreed that further action cannot wait.

A temporary use ban will therefore come into force at 00:01 on Monday 14 July. It will
prohibit the use of hosepipes to water gardens, wash cars or fill private swimming pools.
Restrictions of this kind were last imposed in the region in 2018.

The drought declaration, in force since 20 June, remains in place. The Water Resources Agency
will review the ban no later than 15 August and will lift it as soon as reservoir levels
allow.

Work on the Quelmere emergency pipeline, approved in 2023, is ahead of schedule. The
contractor expects to complete it by the end of September, which would add 40 million litres
a day to supplies.

I ask everyone to use water wisely. Most households use about 140 litres a day; a shorter
shower can save up to 40 litres.

I will update Parliament on Thursday.

ENDS

Notes to editors
1. Exemptions apply to Blue Badge holders and to businesses that depend on water.
2. Press office: 020 7946 0321 (out of hours: 020 7946 0000)""",
        (
            expect("2025-07-06", "reservoir"),
            expect("2025-07-08", "executives"),
            expect("2025-07-14", "ban", planned=True),
            expect("2018", "restrictions"),
            expect("2025-06-20/..", "drought", "declaration"),
            expect("../2025-08-15", "review", planned=True),
            expect("2023", "pipeline", "approv"),
            expect("../2025-09", "pipeline", "complet", planned=True),
            expect("2025-07-10", "parliament", planned=True),
        ),
    ),
    Text(
        "drovanek-tram-extension",
        "HTML news page",
        date(2024, 9, 18),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council backs Linden Street tram extension | Drovanek Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a>
</nav></header>
<article>
<h1>Council backs Linden Street tram extension</h1>
<p class="byline">By Ana Kovac, Transport Correspondent &middot; Updated 14:32</p>
<p>Drovanek councillors voted 31 to 18 on Tuesday to extend the number 4 tram line by 3.2 km
along Linden Street to the new hospital at Orme Fields.</p>
<p>Government funding of &euro;84 million for the scheme was confirmed on 2 September.
Construction is expected to begin in March 2025, and the extension should open by December
2027.</p>
<p>The number 4 line opened in 1987 and carries about 22,000 passengers on a typical weekday.
A previous plan to extend it to Moorside was shelved in about 2011 because of its cost.</p>
<p>A public consultation ran from 3 June to 12 July. Traders on Linden Street handed in a
petition signed by 1,200 people last Thursday, saying two years of roadworks would ruin
them.</p>
<blockquote>"We will keep at least one lane open the whole time," said deputy mayor Ilse
Baring.</blockquote>
<p>The council's transport committee will meet on Monday to approve the construction
budget.</p>
<figure><img src="/img/tram4.jpg" alt="A number 4 tram in Market Square">
<figcaption>A number 4 tram in Market Square, 2019. Photo: Drovanek Courier</figcaption></figure>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/9921">Bridge closure extended</a></li></ul></aside>
<footer><p>&copy; 2024 Drovanek Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2024-09-17", "vote"),
            expect("2024-09-02", "funding"),
            expect("2025-03", "construction", planned=True),
            expect("../2027-12", "extension", "open", planned=True),
            expect("1987", "line", "open"),
            expect("2011~", "moorside"),
            expect("2024-06-03/2024-07-12", "consultation"),
            expect("2024-09-12", "petition"),
            expect("2024-09-23", "committee", planned=True),
        ),
    ),
    Text(
        "wexhollow-market-pitches",
        "market pitch allocation notice",
        None,
        """WEXHOLLOW DISTRICT COUNCIL
Markets Service

NOTICE OF ALLOCATION OF PITCHES
Wexhollow Sunday Market, Station Road Car Park

Our ref: MKT/2025/117                                  Date of notice: 3 February 2025

1. Applications for permanent pitches for the 2025 trading year closed on 24 January 2025. The
Council received 83 applications for 64 pitches.

2. The Allocation Panel met on 30 January and allocated the pitches listed in the Schedule
below, having regard to the mix of goods, previous attendance and any record of breaches of
the Market Regulations.

3. Allocations take effect from Sunday 2 March 2025. Traders must pay the first quarter's pitch
fee no later than 21 February; a pitch not paid for by that date will be offered to the next
trader on the waiting list.

4. The market has traded in the Station Road car park since 2009. Pitch 22 becomes vacant
following the retirement of Mr R. Hollis, who traded there from 1991 to 2024, and has been
allocated to Ms P. Odunsi (hot food).

5. Unsuccessful applicants will be placed on the waiting list in the order drawn by lot at a
public draw on Monday 10 February at 10:00 in Committee Room 2.

6. The market operates every Sunday from 08:00 to 14:00. Traders must be on their pitch by
07:30 and clear it by 15:00.

SCHEDULE (extract)
Pitch | Trader       | Goods
07    | A. Mensah    | Fabrics
12    | K. Brannigan | Fruit and vegetables
22    | P. Odunsi    | Hot food

Signed: J. Farrant, Markets Manager
Enquiries: markets@wexhollow.example""",
        (
            expect("2025-01-24", "applications"),
            expect("2025-01-30", "panel"),
            expect("2025-03-02", "effect", planned=True),
            expect("../2025-02-21", "fee", planned=True),
            expect("2009/..", "station"),
            expect("1991/2024", "hollis"),
            expect("2025-02-10", "draw", planned=True),
        ),
    ),
    Text(
        "quillmont-rink-hockey",
        "roller hockey report",
        date(2025, 10, 5),
        """ROLLER HOCKEY | OK LIGA

Quillmont edge Sorrel thriller

Quillmont CP 5 - 4 Sorrel HC

Quillmont came from two goals down to beat Sorrel 5-4 at a packed Pavello Sant Roc on
Saturday night, avenging their defeat in the Iberian Cup final on 17 May.

Sorrel led 3-1 at the break through a hat-trick from Argentine forward Tomas Gil. Nil Ferrer
converted a direct free hit after Sorrel's tenth team foul, and Joan Mas struck twice in four
minutes to put the home side ahead. Gil levelled with a power-play goal while Roca sat out a
blue card, before Ferrer won it from the penalty spot with 38 seconds left.

Quillmont were again without captain Pau Serra, who broke his wrist in training on 14
September. He is expected back for the visit of Alcora on October 18.

"The crowd carried us," coach Mireia Soler said. "We haven't come back like that here since
2016."

Quillmont, who have played at Sant Roc since 1979, won the league title in 1988, 1990 and
2004. They travel to Vilanera for the derby next Saturday, and the draw for the Continental
Cup group stage is on Thursday.

Quillmont: Puig (gk); Ferrer 2, Mas 2, Roca 1, Bosch, Serrat.
Sorrel: Varela (gk); Gil 4, Ortiz, Lamas, Pinto, Vidal.
Referees: Costa and Ibarra. Blue cards: Roca (Q), Lamas (S).""",
        (
            expect("2025-10-04", "sorrel"),
            expect("2025-05-17", "final"),
            expect("2025-09-14", "wrist"),
            expect("2025-10-18", "serra", planned=True),
            expect("1979/..", "sant", "roc"),
            expect("1988", "league"),
            expect("1990", "league"),
            expect("2004", "league"),
            expect("2025-10-11", "derby", planned=True),
            expect("2025-10-09", "draw", planned=True),
        ),
    ),
    Text(
        "karsvik-nsolo-cobalt",
        "cobalt mine release",
        None,
        """NEWS RELEASE                                                      TSX-V: KSV

Karsvik Metals hoists first ore at Nsolo cobalt mine

TORONTO, April 22, 2025 /Kestrel Newswire/ - Karsvik Metals Inc. ("Karsvik" or the "Company")
is pleased to announce that first ore was hoisted from the main shaft at its Nsolo
cobalt-copper project in Lhemba Province on April 17, 2025.

Highlights
- First ore hoisted four weeks ahead of the schedule set out in the Company's Feasibility
  Study, completed on November 11, 2021.
- Commissioning of the concentrator began on April 3, and the first concentrate is expected
  in May.
- Commercial production is expected to be declared no later than September 30, 2025.

Nsolo received its mining permit in March 2022, and construction began in August 2022. In
2026, its first full year of operation, the mine is forecast to produce approximately 6,500
tonnes of cobalt in concentrate.

"Our team has built a mine in a little over two and a half years," said Dr. Ama Owusu,
President and CEO. "Now we turn to ramping it up safely."

Conference call
Management will host a conference call on Thursday, April 24, 2025 at 10:00 a.m. ET. Dial-in
details are on the Company's website.

Cautionary note regarding forward-looking statements
This news release contains forward-looking statements, including statements about production
and the timing of commercial production. Cobalt prices have fallen about 40% since January
2024, and there is no assurance that these plans will be achieved.

Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility
for the adequacy or accuracy of this release.

Contact: Investor Relations, ir@karsvik.example""",
        (
            expect("2025-04-17", "ore"),
            expect("2021-11-11", "feasibility"),
            expect("2025-04-03", "commission"),
            expect("2025-05", "concentrate", planned=True),
            expect("../2025-09-30", "commercial", planned=True),
            expect("2022-03", "permit"),
            expect("2022-08", "construction"),
            expect("2026", "produc", planned=True),
            expect("2025-04-24", "conference", planned=True),
        ),
    ),
    Text(
        "quethby-ratcatcher-book",
        "rat-catcher's account book of the 1870s",
        None,
        """ACCOUNT BOOK
of
JOSIAH PITCHER, RAT-CATCHER & FERRETER,
Back Lane, Quethby.

[p. 14]
1874.                                                          s.  d.
Jan. 6.   Mr Brindle's granary, Mill Lane. 38 rats at 1d.      3   2
Feb. 2 to 5.  Hallam Farm, at the threshing of the wheat
          ricks, with both ferrets and the dog. About 300
          rats, by agreement with Mr Hallam.             £1    5   0
Mar. 14.  Paid out to Thos. Gell for the terrier bitch
          "Nip", a good ratter.                               (7   6)
Apr. 2 (?).  Vicarage cellars. 9 rats.                         0   9
May 1.    Agreed with the Guardians of Quethby Union to keep
          the Workhouse clear of vermin one year, for £4.
                                       Carried fwd      £1 1s. 5d.

Memoranda.
Nip whelped on or about Aug. 20th, five pups, three kept, two sold to the
keeper at Thornby.
The Red Lion landlord says his rats come in by the brewhouse drain. Told him
to have it stopped, for I will not be paid to catch the same rats twice.
Promised Squire Orme of Thornby Hall to clear his barns on Feb. 2nd next,
being Candlemas, with two men.

[p. 15]
1875.
Jan. 11.  Quethby Gas Works, the retort house. 22 rats.         1  10
Jan. 18.  Received of the Guardians, the half year.       £2    0   0
          Bought 1 lb. arsenic of Mr Dowse, chemist, and
          signed his book.                                      (1   0)""",
        (
            expect("1874-01-06", "brindle"),
            expect("1874-02-02/1874-02-05", "hallam"),
            expect("1874-03-14", "terrier"),
            expect("1874-04-02?", "vicarage"),
            expect("1874-05-01", "workhouse"),
            expect("1874-08-20~", "whelp"),
            expect("1875-02-02", "orme", planned=True),
            expect("1875-01-11", "gas"),
            expect("1875-01-18", "guardians"),
        ),
    ),
    Text(
        "ambrecote-nightingale-survey",
        "nightingale survey",
        None,
        """AMBRECOTE COMMON NIGHTINGALE SURVEY 2024
Tamsey Bird Group - Survey Report No. 31
Compiled by E. Marchbank, 30 June 2024

Summary
Nightingales have been recorded on Ambrecote Common since 1962. This report gives the results
of the Group's 2024 survey and the management work carried out for the species.

Methods
Three dawn transect visits were made, on 22 April, 6 May and 20 May, following the standard
route through compartments 1-7. A night count of singing males was carried out on 11 May
between 23:00 and 01:30, in calm, mild conditions.

Results
The first singing male was heard on 14 April, in the blackthorn by the north gate. The night
count recorded 17 territories, the highest total since 2015. Most were in compartments 2 and
4. Song had largely ceased by 10 June, and no birds were heard on a final check.

Habitat
Scrub clearance in compartment 4, carried out between 12 November 2023 and 15 February 2024
under the Common's stewardship agreement, removed about 0.6 ha of over-mature blackthorn and
opened up dense regrowth along the ride edges. The conservators propose to coppice a further
strip in compartment 6 between November 2024 and February 2025.

Next year
The 2025 survey will begin on or about 15 April 2025. Volunteers who can help with dawn visits
are asked to contact the compiler. Please keep dogs on leads in compartments 2 to 6 during the
breeding season.

Table 1. Territories by compartment: 1 - 1; 2 - 5; 3 - 2; 4 - 6; 5 - 1; 6 - 2; 7 - 0.""",
        (
            expect("1962/..", "record"),
            expect("2024-04-22", "visit"),
            expect("2024-05-06", "visit"),
            expect("2024-05-20", "visit"),
            expect("2024-05-11", "count"),
            expect("2024-04-14", "singing", "male"),
            expect("../2024-06-10", "song"),
            expect("2023-11-12/2024-02-15", "clearance"),
            expect("2024-11/2025-02", "coppice", planned=True),
            expect("2025-04-15~", "survey", planned=True),
        ),
    ),
    Text(
        "wendelaue-harmonica-history",
        "harmonica maker's history",
        None,
        """Wendel & Aue: a short history

The firm of Wendel & Aue was founded in 1857 in Obermühl, a village of reed-makers in the
Vogtland hills, by the reed-maker Karl Wendel and the merchant Friedrich Aue. In its first
years the two partners and a dozen home-workers made mouth organs for fairs and pedlars.

Their first real success, the ten-hole "Echo" harmonica, appeared around 1880 and was soon
being sold by the gross to dealers across Europe. The firm opened an export office in Hamburg
in 1896 and a sales branch in New York in 1903; by then more than half its output went to
America, where the Echo was the harmonica of choice for many travelling musicians.

The factory burned down in 1921 and was rebuilt the following year, with electric presses and
a new reed-tuning hall lit from above. The first chromatic model, the Orpheus, was perhaps
introduced in 1931; it became the firm's best-known instrument among orchestral players.

Since 1992 the company has belonged to the Bessler music group, which has kept the brand,
the workforce and the old factory on Mühlgasse. Wendel & Aue today makes about 90,000
instruments a year, every one of them tuned by hand, just as the Echo was.

A museum of harmonica making, in the old stamping hall, is due to open in 2026.""",
        (
            expect("1857", "founded"),
            expect("1880~", "echo"),
            expect("1896", "hamburg"),
            expect("1903", "york"),
            expect("1921", "burn"),
            expect("1922", "rebuilt"),
            expect("1931?", "orpheus"),
            expect("1992/..", "bessler"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "strathvey-civil-service-statement",
        "civil service minister's statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Department for Public Administration
Civil Service pay award 2025-26 and workforce

Made by: Helena Strathvey MP, Minister for the Civil Service
Date: Thursday 27 February 2025
Statement reference: HCWS0519

The independent Public Service Pay Review Body submitted its report on 12 February 2025. The
Government has accepted its recommendation in full: civil servants in the delegated grades
will receive a pay award of 3.2 per cent, which will take effect from 1 April 2025.

The recruitment freeze that has been in place since 1 October 2024 will be lifted on 31 March.
Departments will instead work within the headcount limits agreed at the Spending Review. Staff
numbers have fallen by about 4,000 since March 2024.

Between 6 and 20 January the Public Servants' Union balloted its members on industrial
action; 61 per cent of those voting supported it, on a turnout of 44 per cent. I met the
union's general secretary on Monday, and I welcome the union's decision to suspend its
planned action while members consider this offer. The last dispute of this kind, in 2022, led
to nine days of strikes.

The Government remains committed to moving 2,500 posts out of the capital by 2028. I will
publish a workforce plan for the Civil Service in May.

A copy of the Pay Review Body's report will be placed in the Libraries of both Houses.""",
        (
            expect("2025-02-12", "report"),
            expect("2025-04-01", "pay", "award", planned=True),
            expect("2024-10-01/..", "freeze"),
            expect("2025-03-31", "freeze", "lift", planned=True),
            expect("2025-01-06/2025-01-20", "ballot"),
            expect("2025-02-24", "secretary"),
            expect("2022", "dispute"),
            expect("../2028", "posts", planned=True),
            expect("2025-05", "workforce", "plan", planned=True),
        ),
    ),
    Text(
        "palladrome-bingo-whats-on",
        "bingo hall HTML page",
        date(2025, 10, 22),
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>What's On | Palladrome Bingo, Coldharrow</title>
<meta name="description" content="Sessions, jackpots and events at the Palladrome">
</head>
<body>
<div class="top-bar">Open 7 days &middot; 10am-11pm &middot; Over 18s only</div>
<nav><a href="/">Home</a> <a href="/whats-on" class="active">What's On</a> <a href="/join">Join</a>
</nav>
<main>
<h1>What's On at the Palladrome</h1>
<section class="notice">
<h2>Closed for refurbishment</h2>
<p>The hall will be closed from <strong>Monday 3 November to Thursday 6 November</strong>
while we fit new seating and a brand-new sound system. We'll throw the doors open again with a
<strong>Grand Reopening Night on Friday 7 November</strong> - a free first book for every
member!</p>
</section>
<section>
<h2>This week</h2>
<ul>
<li><strong>Saturday:</strong> Halloween Fancy Dress Session, 7pm.
Best costume wins &pound;100.</li>
<li><strong>Every Wednesday:</strong> Cash Bonanza, doors 6pm.</li>
</ul>
<p>Congratulations to Doreen from Coalbrook, who scooped our &pound;10,000 national game
jackpot on Tuesday!</p>
<p>Christmas party night bookings open on Monday. Parties of ten or more get a free bottle of
fizz.</p>
</section>
<section class="history">
<h2>Our story</h2>
<p>The Palladrome opened as a cinema in 1936 and has been a bingo hall since 1968. Caller Mick
Dunne retired on 30 September after 31 years on the mic - thanks for everything, Mick!</p>
</section>
</main>
<footer><p>&copy; 2025 Palladrome Leisure Ltd &middot; Licence no. BG/0417/22 &middot;
Please play responsibly</p></footer>
</body>
</html>""",
        (
            expect("2025-11-03/2025-11-06", "closed", planned=True),
            expect("2025-11-07", "reopening", planned=True),
            expect("2025-10-25", "halloween", planned=True),
            expect("2025-10-21", "jackpot"),
            expect("2025-10-27", "booking", planned=True),
            expect("1936", "cinema"),
            expect("1968/..", "bingo"),
            expect("2025-09-30", "retir"),
        ),
    ),
    Text(
        "tellbridge-trading-appeal",
        "market trader licence appeal decision",
        None,
        """TELLBRIDGE BOROUGH COUNCIL
STREET TRADING APPEALS PANEL

Appeal No: STA/24/0031
Appellant: Mr Dariusz Wolan
Respondent: Tellbridge Borough Council (Licensing Service)
Panel: Cllr M. Byrne (Chair), Cllr A. Shah, Mr T. Lowe (independent member)
Date of decision: 14 May 2024

DECISION

1. The appeal is allowed.

REASONS

2. The appellant has held a street trading licence for a fruit and vegetable stall in Fore
Street, Tellbridge, since 2011. No complaint about his trading was recorded before 2023.

3. On 9 October 2023 an enforcement officer recorded that the stall's display extended about
1.5 metres beyond the marked pitch. A written warning was sent to the appellant on 16
October. A second inspection took place on or about 2 November; the officer's notes of it are
undated and unsigned.

4. On 11 January 2024 the Licensing Sub-Committee revoked the licence for persistent failure
to comply with its conditions. The appellant lodged this appeal on 29 January. At the hearing
on 23 April 2024 he was represented by Ms L. Crane of the Tellbridge Market Traders'
Association.

5. We find that a single recorded breach, followed by a second inspection whose date and
findings cannot be established, does not amount to a persistent failure to comply.

6. The licence is restored with effect from 21 May 2024, on condition that the appellant's
display stays within the marked pitch. The Council is to refund the appeal fee of £240 to the
appellant no later than 4 June 2024.

7. Either party may appeal to the magistrates' court within 21 days of the date of this
decision.

Signed: M. Byrne, Chair""",
        (
            expect("2011/..", "licence"),
            expect("2023-10-09", "enforcement"),
            expect("2023-10-16", "warning"),
            expect("2023-11-02~", "inspection"),
            expect("2024-01-11", "revok"),
            expect("2024-01-29", "lodg"),
            expect("2024-04-23", "hearing"),
            expect("2024-05-21", "restor", planned=True),
            expect("../2024-06-04", "refund", planned=True),
        ),
    ),
    Text(
        "marrowvale-quilting-history",
        "quilting history",
        None,
        """Quilting in the Marrow Valley

Quilting has been practised in the farming households of the Marrow Valley for at least three
centuries. The earliest surviving example, a wholecloth coverlet kept in the Ebbsford parish
chest, was worked in 1726 and carries the initials "M.H." in its central medallion.

Patchwork reached the valley later. Hexagon or "honeycomb" patchwork is first recorded around
1790, in the inventory of a Ravensholme draper's widow, and it gradually displaced wholecloth
work in the cottages of the upper valley.

The Ebbsford Quilting Club was founded in 1884 by the vicar's wife, Harriet Lusk, to provide
paid work for miners' widows; its members' quilts were sold through an agency in London. In
1928 the Rural Industries Bureau opened a quilting school at Ebbsford, which trained some 200
women before it closed, probably in 1939.

Valley quilts were shown at national exhibitions in 1951 and 1964, where the Club's Flood
Quilt and Harvest Star drew large crowds. The Marrow Valley
Quilt Archive was established at the old school house in 1990 and has since catalogued some
1,400 quilts. The guild has held a show in Ebbsford church hall every September since 2002.

A new gallery for the collection, in the former Ebbsford mill, is planned to open in 2027.

See also: Wholecloth quilt; Hexagon patchwork.
References: Lusk, H. (1891), Notes on Valley Quilting. Ebbsford: privately printed.""",
        (
            expect("1726", "coverlet"),
            expect("1790~", "hexagon"),
            expect("1884", "club"),
            expect("1928", "school", "open"),
            expect("1939?", "clos"),
            expect("1951", "exhibition"),
            expect("1964", "exhibition"),
            expect("1990", "archive"),
            expect("2027", "gallery", planned=True),
        ),
    ),
    Text(
        "skelbourne-petanque-fixtures",
        "petanque league fixtures card",
        None,
        """SKELBOURNE & DISTRICT PETANQUE LEAGUE
Founded 1994 - Affiliated to the Southern Counties Boules Federation

SUMMER LEAGUE 2025 - DIVISION ONE FIXTURES

All matches on Tuesdays, 7.30 pm start. Home team named first.
Each match: two triples and three doubles; 1 point per game won.

Round 1   Tuesday 6 May     Red Lion A v Millpond
                            Skelbourne BC v Crown & Anchor
Round 2   Tuesday 13 May    Crown & Anchor v Red Lion A
                            Millpond v Skelbourne BC
Round 3   Tuesday 20 May    Red Lion A v Skelbourne BC
                            Crown & Anchor v Millpond
          Tuesday 27 May    NO MATCHES (half-term)
Round 4   Tuesday 3 June    Millpond v Red Lion A
                            Crown & Anchor v Skelbourne BC

Postponed matches must be played by Monday 30 June.

KNOCKOUT CUP FINAL: Saturday 12 July, 2 pm, Skelbourne Recreation Ground.
Draw for the early rounds will be made at the Crown & Anchor.

NOTES
1. The new rules on substitutes adopted at the AGM on 4 March 2025 apply from Round 1.
2. Home captains must send results to the Fixtures Secretary within 48 hours.
3. Terrains must be raked and marked out before play. Measuring disputes go to the umpire.
4. 2024 champions: Millpond. Runners-up: Red Lion A.

Fixtures Secretary: Val Okonjo, 14 Tannery Row, Skelbourne. Tel. 01632 960 418
Printed April 2025""",
        (
            expect("2025-05-06", "round", planned=True),
            expect("2025-05-13", "round", planned=True),
            expect("2025-05-20", "round", planned=True),
            expect("2025-06-03", "round", planned=True),
            expect("../2025-06-30", "postponed", planned=True),
            expect("2025-07-12", "cup", "final", planned=True),
            expect("2025-03-04", "agm"),
            expect("1994", "founded"),
        ),
    ),
)
