"""The two-hundred-and-fifty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a street trading
consent notice, a wheelchair basketball report, a vanadium battery plant's press release, a
bookseller's day book of the 1790s, a kestrel nest box survey, a globe maker's history, a
foreign minister's statement, a climbing wall's HTML page, a listed building consent appeal
decision, a calligrapher's studio history and a quiz league's fixtures card. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYNINTH_CORPUS",)


TWOHUNDREDFIFTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "brindlemoor-tarrock-mine-flood",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRINDLEMOOR, March 12 (Halyard Press) - Rescue crews brought the last of 14 trapped
miners to the surface at the flooded Tarrock copper mine on Tuesday, operator Calder
Resources said, ending an ordeal that began when an underground stream broke through a
tunnel wall.

The flooding started early on Sunday on the mine's 400-metre level, where a night shift of
38 was working. Twenty-four men climbed out by ladder within hours; the rest sheltered in a
refuge chamber. The regional mines ministry ordered the closure of the No. 2 shaft on Monday.

Tarrock, which opened in 1987, produces about 61,000 tonnes of copper a year. Calder
Resources has owned it since 2012. The mine last flooded on Nov. 4, 2016, when two workers
died.

Inspectors from the ministry will visit the site on Friday, and Calder said it expected
production to restart by the end of April at the latest. The miners' union has called a
meeting for Monday to discuss safety on the lower levels.

"The men did everything right. The refuge chamber did what it was built to do," said
Calder's chief operating officer, Jonas Ekberg.

Copper prices in London rose 2.1 percent, their biggest daily gain since January 2023, on
concern over supply from the region, where Tarrock and two other mines account for a fifth
of national output.

(Reporting by Anja Roux; Editing by Tom Ellery)""",
        (
            expect("2025-03-11", "miners", "surface"),
            expect("2025-03-09", "flooding"),
            expect("2025-03-10", "shaft", "clos"),
            expect("1987", "open"),
            expect("2012/..", "owned"),
            expect("2016-11-04", "flood"),
            expect("2025-03-14", "inspect", planned=True),
            expect("../2025-04", "production", "restart", planned=True),
            expect("2025-03-17", "meeting", planned=True),
        ),
    ),
    Text(
        "quillmarsh-ledgerline-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quillmarsh Analytics launches Ledgerline 5 for mid-sized accounting firms

LONDON, 4 June 2024 - Quillmarsh Analytics, the audit software company, today announced the
general availability of Ledgerline 5, its platform for automated audit sampling. The release
follows a public beta that opened in November 2023 and drew some 400 firms in eleven
countries.

Ledgerline 5 adds continuous ledger monitoring, a new evidence vault and support for the
revised sampling standard. Existing customers will be able to upgrade at no cost from 1 July
2024. Support for Ledgerline 4 will end on 31 March 2025.

"Auditors told us they were spending more time collecting evidence than judging it," said
Priya Anand, chief executive of Quillmarsh. "Ledgerline 5 gives them that time back."

Quillmarsh will open an office in Berlin in September to serve customers in the
German-speaking market.

About Quillmarsh Analytics
Quillmarsh Analytics was founded in Leeds in 2014 by two former audit managers. It was
acquired by the Harrow Ridge Group in 2019 and listed on the AIM market the following year.
The company has been profitable since 2021 and serves more than 2,300 accounting firms.

Media contact: Tom Barker, press@quillmarsh.example, +44 113 496 0710

(c) 2024 Quillmarsh Analytics Ltd. All rights reserved. Ledgerline is a registered trade mark
of Quillmarsh Analytics Ltd.""",
        (
            expect("2024-06-04", "ledgerline", "availab"),
            expect("2023-11", "beta"),
            expect("2024-07-01", "upgrade", planned=True),
            expect("2025-03-31", "support", "end", planned=True),
            expect("2024-09", "office", "berlin", planned=True),
            expect("2014", "founded"),
            expect("2019", "acquired"),
            expect("2020", "listed"),
            expect("2021/..", "profitable"),
        ),
    ),
    Text(
        "harrowgate-v-pellingham-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HARROWGATE HOLDINGS, LLC, Plaintiff-Appellee,
v.
DANA PELLINGHAM, Defendant-Appellant.

No. 2-23-0417
Filed February 19, 2024

OPINION

KOVACS, J.

1. This appeal arises from an eviction action. We reverse and remand.

2. The parties signed a residential lease on or about May 2, 2017, and Pellingham took
possession of the unit on June 1, 2017. The lease obliged Harrowgate to keep the roof in
repair. The roof began leaking in 2019, and it is undisputed that it was replaced by August
2020.

3. Pellingham has withheld rent since March 2021, citing water damage to the ceilings.
Harrowgate served a notice to quit on September 14, 2022, and filed its complaint on October
3, 2022. After a bench trial, the circuit court entered judgment for possession on April 11,
2023. Pellingham filed her notice of appeal 28 days later.

4. Under section 9-209 of the Westmarch Eviction Act, a landlord's demand must state the
amount due. Harrowgate's notice demanded $14,850, a figure that included late fees the lease
did not authorize. A demand that overstates the amount due is defective. See Corman v. Leed,
212 Wm. App. 3d 88, 91 (1994); Ostler v. Brand, 240 Wm. App. 3d 412 (2003).

5. Harrowgate argues that the overstatement was small. The statute draws no such line, and
we decline to draw one for it. Because the demand was defective, the judgment cannot stand.
On remand, the circuit court shall also hear Pellingham's counterclaim for rent abatement.

6. Reversed and remanded.

JUSTICES ABEL and MORROW concurred in the judgment and opinion.""",
        (
            expect("2017-05-02~", "lease", "sign"),
            expect("2017-06-01", "possession"),
            expect("2019", "roof", "leak"),
            expect("../2020-08", "roof", "replac"),
            expect("2021-03/..", "rent", "withh"),
            expect("2022-09-14", "notice", "quit"),
            expect("2022-10-03", "complaint"),
            expect("2023-04-11", "judgment"),
            expect("2023-05-09", "appeal"),
        ),
    ),
    Text(
        "ostrovel-canal-history",
        "encyclopedia history",
        None,
        """Ostrovel Canal

The Ostrovel Canal is a 34-mile (55 km) broad canal in the north of the county of Daresmoor,
linking the river Lenn at Ostrovel with the coalfield around Varnholt.

History

The engineer Tobias Wren may have surveyed a route in 1759, though no plans of his survive.
Construction began c. 1763 under the resident engineer Samuel Pyke, and the canal opened from
Ostrovel to Kettlebridge in 1771. It was extended to Varnholt in 1784 and to the Harlby
collieries in 1792.

Coal traffic grew steadily for half a century; in its busiest years more than 400,000 tons
a year passed through the Ostrovel locks, the highest figure of any waterway in the county.
Railway competition ended that trade, and the last commercial cargo, a load of roadstone,
was carried in 1938.

Restoration

The canal has been owned by the Northern Waterways Board since 1962. The Ostrovel Canal Trust
was formed in 1969 by local volunteers, and the first restored section, at Kettlebridge,
reopened in 2002. The trust expects the whole line to be restored by 2030.

See also
List of canals of Daresmoor

References
1. Pyke, A. (1984). The Ostrovel Navigation. Daresmoor: Lenn Press.
2. Hale, R. (2005). Waterways of the North. Varnholt: Millbank.""",
        (
            expect("1759?", "survey"),
            expect("1763~", "construction"),
            expect("1771", "opened"),
            expect("1784", "varnholt"),
            expect("1792", "harlby"),
            expect("1938", "cargo"),
            expect("1962/..", "owned"),
            expect("1969", "trust", "formed"),
            expect("2002", "reopen"),
            expect("../2030", "restor", planned=True),
        ),
    ),
    Text(
        "calderbrook-united-cup-win",
        "sports report",
        date(2024, 11, 17),
        """Rensby Town 1 Calderbrook United 3

Calderbrook United beat Rensby Town 3-1 at Gorse Lane on Saturday to reach the quarter-finals
of the Northern Counties Cup, their first win there since 1998.

Leon Achterberg, signed from Hallam in January, scored twice before half-time, and substitute
Kofi Mensah added a third in the 81st minute after Rensby had pulled one back through Danny
Pyle's header.

It was a sixth win in seven games for Alan Greaves, who was appointed manager on 4 October
after the sacking of Mick Rudd. "We've got a group who run for each other," Greaves said.
"Nobody here is thinking about Wembley yet."

Calderbrook, who last won the cup in 2009 and lost the final in 2015 and 2018, will learn
their quarter-final opponents when the draw is made on Monday evening. Before that they host
Stanmore Athletic in the league on Wednesday night.

Captain Joe Harker missed the game with a hamstring strain and is expected to return by 7
December, the club said.

Rensby have now lost four home games in a row, their worst run since 2003, and manager Phil
Dunne admitted his side "never got going".

Rensby: Cole; Baxter, Ince, Pyle, Morrow; Flint, Adeyemi (Shaw 70); Kerr, Lund, Dale; Watt.
Calderbrook: Naylor; Oduya, Hart, Bell, Price; Ross, Tully; Achterberg (Mensah 74), Quinn,
Ferris; Gale.
Referee: S. Lomax. Attendance: 2,914.""",
        (
            expect("2024-11-16", "beat", "rensby"),
            expect("2024-01", "achterberg", "sign"),
            expect("2024-10-04", "greaves", "appoint"),
            expect("2009", "cup"),
            expect("2015", "final"),
            expect("2018", "final"),
            expect("2024-11-18", "draw", planned=True),
            expect("2024-11-20", "stanmore", planned=True),
            expect("../2024-12-07", "harker", "return", planned=True),
        ),
    ),
    Text(
        "fennick-daughters-biscuits-history",
        "company history",
        None,
        """Our history

1881 - 1945
Fennick & Daughters was founded in 1881 by Martha Fennick, a baker's widow, who sold oat
biscuits from a shop on Cask Street in Dunmarrow. Her three daughters took over the mixing
and the ovens, and around 1895 the business moved to a former maltings beside the Dunmarrow
canal. The firm received a royal warrant in 1911 for its ginger wafers.

During the Second World War the maltings were requisitioned by the Ministry of Supply from
1940 to 1945 and used to store flour.

1946 - today
Baking resumed in 1946, and the company became Fennick & Daughters Limited the following
year. It has exported its biscuits to Scandinavia since 1962; today they are sold in 23
countries. In 1998 the family sold a majority stake to the Tallis Foods group, although a
great-granddaughter of Martha's, Ruth Fennick-Owen, still chairs the board.

The maltings are now too small for us. A new bakery at Clay Cross Park, on the edge of the
town, will open in 2026 and will double our capacity. Whatever the building, our ginger
wafers are still cut to Martha's recipe every morning, and every December we bake a
shortbread for each of our 140 staff.

Visit our shop
Cask Street, Dunmarrow. Open Monday to Saturday, 9am to 5pm.

(c) Fennick & Daughters Ltd 2024. Registered in Scotland No. SC014392.""",
        (
            expect("1881", "founded"),
            expect("1895~", "moved"),
            expect("1911", "warrant"),
            expect("1940/1945", "requisition"),
            expect("1946", "baking", "resum"),
            expect("1947", "limited"),
            expect("1962/..", "export"),
            expect("1998", "stake", "sold"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "velanne-lunar-orbiter-summary",
        "mission summary",
        None,
        """VELANNE LUNAR ORBITER (VLO) - MISSION SUMMARY
Agency: Austral Space Directorate | Status: operational, second extended mission
Document rev. 7, 2025

Launch and transfer
VLO was launched on 14 March 2021 at 04:12 UTC from the Terrin Launch Complex aboard a
Corvid-2 rocket. After a direct transfer it entered lunar orbit on 2 April, and science
operations began about two weeks later, once the instruments had been outgassed and
calibrated.

Prime mission
The prime mission mapped 94 percent of the surface at 0.8 m resolution. The infrared
spectrometer failed on 9 November 2022 after a short in a power converter; the camera and
the laser altimeter were unaffected.

Extended missions
The mission was extended in 2023 and again in 2025. Since December 2023 VLO has also relayed
signals between Earth and the Tessaly lander on the far side, which has no direct link of its
own.

End of mission
VLO is scheduled to make a controlled impact near the south pole in January 2027, after its
remaining propellant has been used to lower the orbit. The full data archive is to be
released to the public by the end of 2027.

Key figures
Launch mass: 1,140 kg | Design life: 2 years | Orbit period: about 2 h
Instruments: narrow-angle camera, laser altimeter, infrared spectrometer (failed), radio
science package""",
        (
            expect("2021-03-14", "launch"),
            expect("2021-04-02", "entered", "orbit"),
            expect("2021-04-16~", "science", "operations"),
            expect("2022-11-09", "spectrometer"),
            expect("2023", "extend"),
            expect("2025", "extend"),
            expect("2023-12/..", "relay"),
            expect("2027-01", "impact", planned=True),
            expect("../2027", "archive", planned=True),
        ),
    ),
    Text(
        "marrowdale-storm-idris-statement",
        "government statement",
        None,
        """MINISTRY OF ENVIRONMENT AND RURAL AFFAIRS
Press statement - 8 October 2024

Minister announces recovery support after Storm Idris flooding

The Minister for the Environment, Helena Marsh, visited Lenholt yesterday to see the damage
caused when Storm Idris brought record rainfall to the Marrow valley from 27 to 29 September.
Some 1,200 homes were flooded in the valley, the worst flooding there since 1953.

The Marrowdale Household Recovery Fund, which opened on 1 October, has already paid grants to
640 households. The fund will close to new applications on 31 December.

The Environment Agency has monitored the Marrow at Lenholt since 1921, and its records will
guide the rebuilding of the valley's defences.

The Harl embankment, built in 1958 and raised in 1978, was breached in two places. Repairs
will be completed by the end of March 2025 at the latest, and the Minister has asked the
Agency to review the standard of protection for the whole valley.

The Minister said: "Families in Lenholt have shown extraordinary courage. We will stand with
them for as long as it takes, and we will build back defences fit for the rainfall we now
see."

The Minister will make a statement to Parliament on Thursday.

ENDS

Notes to editors
1. Householders can apply for grants of up to 5,000 pounds online or at Lenholt library.
2. Ref. MERA/PR/2024/311""",
        (
            expect("2024-10-07", "visit"),
            expect("2024-09-27/2024-09-29", "storm"),
            expect("2024-10-01", "fund", "open"),
            expect("2024-12-31", "fund", "close", planned=True),
            expect("1921/..", "monitor"),
            expect("1958", "built"),
            expect("1978", "raised"),
            expect("../2025-03", "repair", planned=True),
            expect("2024-10-10", "statement", "parliament", planned=True),
        ),
    ),
    Text(
        "sallowmere-tram-extension-page",
        "HTML news page",
        date(2025, 5, 15),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tram extension to Northgate approved | Sallowmere Evening Post</title>
</head>
<body>
<header><a href="/">Sallowmere Evening Post</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
</header>
<article>
<h1>Councillors approve 210m pound tram extension to Northgate</h1>
<p class="byline">By Ruth Okafor, Transport Correspondent &middot; <time>Thursday</time></p>
<p>Sallowmere City Council approved a 4.2-mile extension of the Metrolink tram to Northgate
on Tuesday, ending almost a decade of argument over the route.</p>
<p>Construction is due to begin in August, and the line is to open by December 2027. Station
Road will be closed to traffic from around 1 September while the tracks are laid.</p>
<p>A public consultation ran from 3 February to 28 March and drew more than 6,000 responses,
most of them in favour of the route along the old railway.</p>
<figure><img src="/img/tram-harwick.jpg" alt="A tram at Harwick">
<figcaption>A tram at Harwick terminus. Photo: Post archive, 2019</figcaption></figure>
<p>The city's first tram line opened in 1994. It was extended to the airport in 2003 and to
Harwick in 2011.</p>
<p>Residents will be able to question the project team at a public meeting at Northgate
Library on Wednesday.</p>
<p>"Northgate has waited long enough," said council leader Sam Whitcombe.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bins">Bin collections to change</a></li></ul>
</aside>
<footer><p>&copy; 2025 Sallowmere Evening Post. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-13", "approv"),
            expect("2025-08", "construction", planned=True),
            expect("../2027-12", "line", "open", planned=True),
            expect("2025-09-01~", "station", "clos", planned=True),
            expect("2025-02-03/2025-03-28", "consultation"),
            expect("1994", "line", "open"),
            expect("2003", "airport"),
            expect("2011", "harwick"),
            expect("2025-05-21", "meeting", planned=True),
        ),
    ),
    Text(
        "pellworth-market-square-trading-notice",
        "street trading consent notice",
        None,
        """PELLWORTH DISTRICT COUNCIL
Local Government (Miscellaneous Provisions) Act 1982, Schedule 4
NOTICE OF APPLICATION FOR STREET TRADING CONSENT

Ref: STC/2024/0417                         Date of notice: 3 April 2024

Applicant: Mr Anwar Saleem, trading as Saleem's Hot Food
Location: Pitch 3, Market Square, Pellworth (outside Nos. 14-16)
Commodities: hot food and non-alcoholic drinks
Proposed period of consent: 1 May 2024 to 30 April 2025

Trading days and hours
Monday to Saturday: 07:00 - 19:00
Sunday: no trading

Background
The application was received on 12 February 2024. The applicant has traded from Pitch 3
since June 2019 under annual consents. Market Square was designated a consent street on 1
January 2008. The pitch was moved some 20 metres west on or about 15 October 2022 while the
square was resurfaced.

Determination
The Licensing Sub-Committee will consider the application on 9 April 2024 under the Street
Trading Policy adopted on 22 November 2021. The annual consent fee rose to 1,240 pounds on 1
April 2024. If consent is granted, an enforcement officer will inspect the stall and its gas
safety certificate before 1 May 2024.

Any person wishing to comment on the application should write to the Licensing Team, Town
Hall, Pellworth PW1 2AA, quoting the reference above.

Signed: J. Thorley, Licensing Manager""",
        (
            expect("2024-05-01/2025-04-30", "consent", planned=True),
            expect("2024-02-12", "application", "received"),
            expect("2019-06/..", "traded"),
            expect("2008-01-01", "designat"),
            expect("2022-10-15~", "pitch", "moved"),
            expect("2024-04-09", "committee", planned=True),
            expect("2021-11-22", "policy"),
            expect("2024-04-01", "fee"),
            expect("../2024-05-01", "inspect", planned=True),
        ),
    ),
    Text(
        "ardenvale-wheelers-league-final",
        "wheelchair basketball report",
        date(2025, 2, 23),
        """WHEELCHAIR BASKETBALL
Ardenvale Wheelers crowned national champions

Ardenvale Wheelers beat Caddon Thunder 71-64 in the play-off final at the Merriden Arena on
Saturday to win the National Wheelchair Basketball League title. It is the club's second
league crown. Their first title came in 2016.

Guard Sian Parry, who made her senior debut as a 15-year-old in 2019, top-scored with 24
points, and centre Tomasz Wrona added 18 points and 13 rebounds. Ardenvale trailed by nine at
half-time but held Thunder to eight points in the third quarter.

The Wheelers had reached the final with a 58-55 win over Lisburn Knights on Thursday, when
Parry scored the winning basket with four seconds left.

Head coach Marcus Doyle, who took over in September 2021, said the team's new sports chairs,
delivered around 20 January, had made the difference. "We're quicker on the turn, and you
saw that in the last quarter," he said.

Ardenvale were formed in 1992 by a group of former servicemen. They now go on to the European
Champions Cup qualifying round in Lyon from 14 to 16 March, and the squad for that tournament
will be named on Tuesday.

Thunder, runners-up in each of the past three seasons, were left to rue 19 missed free
throws. "We had enough chances," said their coach, Ellie Brandt.

Final: Ardenvale Wheelers 71 (Parry 24, Wrona 18, Hughes 11) Caddon Thunder 64 (Okoro 22,
Vance 15).""",
        (
            expect("2025-02-22", "beat", "caddon"),
            expect("2016", "title"),
            expect("2019", "parry", "debut"),
            expect("2025-02-20", "lisburn"),
            expect("2021-09", "doyle"),
            expect("2025-01-20~", "chairs"),
            expect("1992", "formed"),
            expect("2025-03-14/2025-03-16", "lyon", planned=True),
            expect("2025-02-25", "squad", planned=True),
        ),
    ),
    Text(
        "orvane-brackwater-vanadium-plant",
        "vanadium battery plant's press release",
        None,
        """NEWS RELEASE

Orvane Energy Storage completes commissioning of 40 MW vanadium flow battery at Brackwater

BRACKWATER, 11 September 2024 - Orvane Energy Storage Ltd announces that commissioning of its
40 MW / 160 MWh vanadium redox flow battery at Brackwater was completed on 6 September. It is
the largest battery of its kind in the country.

Construction began in March 2023 on a former colliery site next to the Brackwater substation;
the project had secured its grid connection offer in 2022. The first 2.1 million litres of vanadium
electrolyte arrived around November 2023 and were loaded into the plant's 48 tanks over the
following months.

On 2 July Orvane signed a 15-year tolling agreement with Northway Power, which will dispatch
the battery into the balancing market.

The plant is expected to enter full commercial operation by the end of October, and an
opening ceremony with the regional energy minister will take place on Thursday 19 September.
Construction of a second, 60 MW phase is planned to start in 2025.

"Vanadium batteries don't wear out the way lithium cells do. This plant will be cycling long
after most of today's batteries have been recycled," said Orvane chief executive Greta
Lindqvist.

About Orvane
Orvane Energy Storage was founded in Brackwater in 2017 and has developed 210 MWh of
long-duration storage.

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties.

Media enquiries: media@orvane.example | +44 20 7946 0321""",
        (
            expect("2024-09-06", "commissioning", "complet"),
            expect("2023-03", "construction", "began"),
            expect("2022", "grid"),
            expect("2023-11~", "electrolyte"),
            expect("2024-07-02", "agreement"),
            expect("../2024-10", "commercial", planned=True),
            expect("2024-09-19", "ceremony", planned=True),
            expect("2025", "phase", planned=True),
            expect("2017", "founded"),
        ),
    ),
    Text(
        "thorncliffe-bookseller-day-book",
        "bookseller's day book of the 1790s",
        None,
        """DAY BOOK of JOSIAH THORNCLIFFE, Bookseller & Stationer,
at the Bible and Crown, High Street, Warminston

1794

Monday 3d March. Rec'd by the Bath coach from Mr Pratt of Paternoster Row a parcel of 25
vols., viz. 6 Cowper's Task, 12 Vicar of Wakefield, 7 Ready Reckoners. Carriage pd. 2s. 6d.

Tuesday 4th. Sold the Revd Mr Ashby one Johnson's Dictionary, 2 vols. 4to, 4l. 4s., to stand
on his acct. Mr Ashby says the Book Club will meet on Friday the 21st at the Angel, when he
will take the Cowper for them.

Thursday 6th. Shop shut the afternoon, my wife being brought to bed of a daughter about 3
o'clock, thank God both well.

Monday 10th. The Bristol waggon is expected Thursday with 4 reams of demy from Wookey mill;
to pay the carrier on delivery.

Wednesday 12th. The child baptised Hannah at St Mary's by Mr Ashby. Gave the clerk 1s.

Friday 14th. Gave the Circulating Library catalogue to Mr Rusk the printer for a new edition,
to be ready about the 25th inst. 300 copies at 2d. each.

Mem. - This shop taken on lease of Mr Gale the 29th Septr 1789, for 21 years at 18l. p.a.
Rent due quarterly. Binder's bill to be settled every Lady Day and Michaelmas.""",
        (
            expect("1794-03-03", "parcel"),
            expect("1794-03-04", "dictionary"),
            expect("1794-03-21", "club", planned=True),
            expect("1794-03-06", "daughter"),
            expect("1794-03-13", "waggon", planned=True),
            expect("1794-03-12", "baptis"),
            expect("1794-03-14", "catalogue"),
            expect("1794-03-25~", "edition", planned=True),
            expect("1789-09-29", "lease"),
        ),
    ),
    Text(
        "hallowfen-moss-kestrel-boxes",
        "kestrel nest box survey",
        None,
        """HALLOWFEN MOSS KESTREL NEST BOX SURVEY - REPORT FOR 2024
Hallowfen Raptor Group | Compiled by D. Aske | Licence ref. NE-2024-5531

1. Background
The first 12 boxes were erected on the moss in February 2018; a second set of 12 stands along
the eastern drain. Boxes are checked under licence each spring and cleaned each autumn.

2. Methods
Boxes were visited on 14 April, 2 May, 28 May and 19 June 2024. Visits lasted no more than
15 minutes per box and were not made in rain or strong wind.

3. Results
Table 1. Box occupancy, 2024
Group          Boxes  Kestrel  Barn owl  Jackdaw  Empty
West (1-12)      12      5        1         2       4
East (13-24)     12      3        0         3       6

Eight boxes held kestrels, the highest count since 2019. Clutch dating at the 2 May visit
suggests that the first egg was laid around 20 April. The first brood was ringed on 11 June
(five chicks, Box 9); in all, 31 chicks were ringed. Box 7 has been occupied by barn owls
since 2021 and was left undisturbed after the first visit.

4. Recommendations
Six of the west boxes are rotting and will be replaced by the end of February 2025. The 2025
survey is to start in April, with a camera trial at Box 3.

Acknowledgements: thanks to the Hallowfen estate for access, and to the eleven volunteers who
gave their time.""",
        (
            expect("2018-02", "erect"),
            expect("2024-04-14", "visit"),
            expect("2024-05-02", "visit"),
            expect("2024-05-28", "visit"),
            expect("2024-06-19", "visit"),
            expect("2024-04-20~", "egg"),
            expect("2024-06-11", "ring"),
            expect("2021/..", "barn", "owl"),
            expect("../2025-02", "replac", planned=True),
            expect("2025-04", "survey", planned=True),
        ),
    ),
    Text(
        "wexcombe-lisle-globe-makers",
        "globe maker's history",
        None,
        """WEXCOMBE & LISLE, GLOBE MAKERS, 1834-1958
A short history

Henry Wexcombe, an engraver of maps, founded the business at 9 Bowling Lane, Clerkwell, in
1834. His first 18-inch terrestrial globe was issued c. 1838, with gores engraved by his own
hand; a matching celestial globe followed in 1841. The firm's order ledgers, which survive in
the county archive, may have been begun in 1836, but the first pages are too damaged to read.

Wexcombe later took his former apprentice, Frederick Lisle, into partnership. The firm's
12-inch school globe won a medal at the Paris Exposition of 1867 and became the standard
model in board schools for a generation.

On the night of 9-10 December 1904 a fire destroyed the workshop in Amwell Street and most
of the copper plates. The firm rebuilt the following year, re-engraving the gores from
surviving prints.

Demand fell after the Second World War, as printed plastic globes replaced hand-pasted ones,
and Wexcombe & Lisle ceased production in 1958. The name was revived in 2011 by the globe
restorer Clara Mendes, whose workshop in Dorchester makes globes by hand to the 1867 pattern.

Collectors date the firm's globes by the cartouche: the earliest read "H. Wexcombe", later
ones "Wexcombe & Lisle, Amwell St."

Illustration: 12-inch terrestrial globe, c. 1880, private collection.""",
        (
            expect("1834", "founded"),
            expect("1838~", "terrestrial"),
            expect("1841", "celestial"),
            expect("1836?", "ledger"),
            expect("1867", "medal"),
            expect("1904-12-09/1904-12-10", "fire"),
            expect("1905", "rebuilt"),
            expect("1958", "ceased"),
            expect("2011", "revived"),
        ),
    ),
    Text(
        "ostrenia-dravik-ceasefire-statement",
        "foreign minister's statement",
        None,
        """REPUBLIC OF OSTRENIA - MINISTRY OF FOREIGN AFFAIRS

Statement by the Minister for Foreign Affairs, Ilona Varga, on the ceasefire in the Dravik
border region

Kestrin, 21 January 2025

I welcome the ceasefire between the Government of Valdoria and the Dravik Liberation Front,
which took effect at midnight on 20 January following talks hosted by Ostrenia in Kestrin
from 18 to 19 January. I thank both delegations for their courage.

Ostrenia established diplomatic relations with Valdoria in 1993, and the border treaty
brokered by Ostrenia in 1998 remains the basis of any lasting settlement. The fighting of
recent months has been the worst since 2014, and its burden has fallen on civilians.

Our first humanitarian convoy, carrying 40 tonnes of food and medicine, reached Dravik on 15
January. A second convoy is expected to leave Kestrin on 27 January.

Our embassy in Dravik, closed since March 2022, will reopen by the end of February. I will
travel to Geneva on Thursday to brief the members of the Contact Group, and Ostrenia stands
ready to host a second round of talks.

I call on both parties to respect the ceasefire, to open the crossings to aid and to exchange
prisoners within thirty days, as they agreed in Kestrin.

- Ends -

Press Office of the Ministry of Foreign Affairs | Statement No. 14/2025""",
        (
            expect("2025-01-20", "ceasefire"),
            expect("2025-01-18/2025-01-19", "talks"),
            expect("1993", "relations"),
            expect("1998", "treaty"),
            expect("2025-01-15", "convoy"),
            expect("2025-01-27", "second", "convoy", planned=True),
            expect("2022-03/..", "embassy", "closed"),
            expect("../2025-02", "embassy", "reopen", planned=True),
            expect("2025-01-23", "geneva", planned=True),
        ),
    ),
    Text(
        "cragspire-climbing-centre-news",
        "climbing wall's HTML page",
        date(2025, 4, 2),
        """<!doctype html>
<html lang="en-GB">
<head><title>News &amp; opening times - Cragspire Climbing Centre</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/prices">Prices</a> | <a href="/news">News</a> |
<a href="/book">Book a session</a></nav>
<main>
<h1>Centre news</h1>
<section class="post">
<h2>Bouldering cave back open</h2>
<p class="meta">Posted Wednesday by Jess (Centre Manager)</p>
<p>The bouldering cave reopened on Monday after a full reset, with 80 new problems from V0 to
V9. Thanks for your patience while it was closed from 24 March.</p>
<p>Our new 15-metre lead wall will open on Saturday 12 April with a free taster session from
10am. We will be closed on Good Friday, 18 April.</p>
</section>
<section class="post">
<h2>Cragspire Open</h2>
<p>Our bouldering competition returns on Saturday 17 May. Entries close on 9 May, and places
are limited to 120.</p>
</section>
<section class="about">
<h2>About us</h2>
<p>Cragspire opened in a former tram depot in 2009. Auto-belays were installed around March
2023. Our prices have stayed the same since January 2022. Youth club runs every Tuesday and
Thursday, 4.30-6pm.</p>
</section>
</main>
<footer><p>&copy; 2025 Cragspire Climbing Ltd &middot; Company No. 06812345 &middot; Page last
updated 2 April 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-03-31", "reopen"),
            expect("2025-03-24", "closed"),
            expect("2025-04-12", "lead", "wall", planned=True),
            expect("2025-04-18", "closed", planned=True),
            expect("2025-05-17", "competition", planned=True),
            expect("2025-05-09", "entries", planned=True),
            expect("2009", "opened"),
            expect("2023-03~", "auto-belays"),
            expect("2022-01/..", "prices"),
        ),
    ),
    Text(
        "hensleigh-old-vicarage-appeal",
        "listed building consent appeal decision",
        None,
        """Appeal Decision
Site visit made on 4 June 2024
by R. Whitlow BA (Hons) MA MRTPI
an Inspector appointed by the Secretary of State
Decision date: 2 July 2024

Appeal Ref: APP/K4410/Y/24/3341872
Old Vicarage, Church Lane, Hensleigh, Daresmoor HN4 7QT
- The appeal is made under section 20 of the Planning (Listed Buildings and Conservation
Areas) Act 1990 against a refusal to grant listed building consent.
- The appeal is made by Mr and Mrs P. Gorran against the decision of Daresmoor District
Council.
- The application Ref 23/01877/LBC, dated 5 November 2023, was refused by notice dated 14
February 2024.
- The works proposed are the replacement of eleven timber sash windows with double-glazed
units.

Decision
1. The appeal is dismissed.

Reasons
2. The Old Vicarage was built c.1820 in stuccoed brick and listed at Grade II in 1972. Most
of its windows are original, but those on the rear elevation were replaced in about 1965
with top-hung casements.

3. The appellants installed two of the proposed units in the rear kitchen by September 2023,
before the application was made. From what I saw at my visit, their thick glazing bars and
reflective glass are clearly at odds with the crown glass of the original sashes.

4. I conclude that the works would cause less than substantial harm to the significance of
the listed building, which is not outweighed by the modest energy savings claimed.

5. The Council has said that it will require the two unauthorised units to be removed by 31
December 2024.

R. Whitlow
INSPECTOR""",
        (
            expect("2024-06-04", "visit"),
            expect("2024-07-02", "appeal"),
            expect("2023-11-05", "application"),
            expect("2024-02-14", "refus"),
            expect("1820~", "built"),
            expect("1972", "listed"),
            expect("1965~", "windows", "replac"),
            expect("../2023-09", "install"),
            expect("../2024-12-31", "remov", planned=True),
        ),
    ),
    Text(
        "serrinford-calligraphy-studio-history",
        "calligrapher's studio history",
        None,
        """The Serrinford Studio: a history

The Serrinford Studio was opened in 1968 by the calligrapher Agnes Lowther in two rooms above
a saddler's shop in Serrinford market place. Lowther had trained in brush lettering in Kyoto
from 1962 to 1965, and her studio was one of the first in the country to teach both the
Western broad-edged pen and the East Asian brush.

Its best-known commission, the illuminated roll of honour for Daresmoor Cathedral, was
completed in 1975. In about 1983 the studio moved to the former Methodist chapel on Tanner's
Row, where the long north windows give the even light that lettering needs.

Lowther showed her work at the Guild of Scribes' exhibition in 1990. Her pupil Daniel Osei
joined the studio as an apprentice, probably in 1987; the studio's own records for those
years are lost.

Agnes Lowther died in 2009. Osei has run the studio since then, adding classes in Arabic and
Hebrew scripts. Since 2015 the studio has held the archive of the Daresmoor Society of
Scribes, some 4,000 sheets of lettering going back to the 1920s.

A book on the studio's archive, with 120 plates, will be published in 2026.

Visiting
Visitors are welcome by appointment. Classes run from September to June, on Tuesday and
Saturday mornings.

Serrinford Studio, The Old Chapel, Tanner's Row, Serrinford. Registered charity no. 1089233.""",
        (
            expect("1968", "opened"),
            expect("1962/1965", "trained"),
            expect("1975", "roll", "honour"),
            expect("1983~", "chapel"),
            expect("1990", "exhibition"),
            expect("1987?", "apprentice"),
            expect("2009", "died"),
            expect("2009/..", "run"),
            expect("2015/..", "archive", "held"),
            expect("2026", "book", planned=True),
        ),
    ),
    Text(
        "gannetby-quiz-league-fixtures",
        "quiz league's fixtures card",
        None,
        """GANNETBY & DISTRICT QUIZ LEAGUE
Founded 1979

FIXTURES CARD - SEASON 2024-25
All league matches on Tuesdays, 8.30pm prompt, at the home team's venue.
Fixtures agreed at the AGM on 10 September 2024.

DIVISION ONE
Tue 1 Oct    Anchor Inn v Quiz Rascals      Feathers v Trivia Newtons
Tue 15 Oct   Quiz Rascals v Feathers        Trivia Newtons v Anchor Inn
Tue 29 Oct   Anchor Inn v Feathers          Quiz Rascals v Trivia Newtons
Tue 12 Nov   KNOCKOUT CUP, ROUND 1 (draw made at the AGM)

WINTER BREAK: no fixtures from 17 December to 6 January

Tue 7 Jan    Feathers v Quiz Rascals        Anchor Inn v Trivia Newtons
Thu 27 Mar   KNOCKOUT CUP FINAL at the Feathers, 8pm

RULES
1. Each match is eight rounds of ten questions, read by the away captain.
2. Results must be phoned to the Fixtures Secretary by noon on the day after the match.
3. Postponed matches must be played within 21 days.
4. Teams may field up to six players, of whom four answer in any one round.

Fixtures Secretary: Val Brennan, 07700 900412
Printed by Gull Press, Gannetby. (c) GDQL 2024""",
        (
            expect("1979", "founded"),
            expect("2024-09-10", "agm"),
            expect("2024-10-01", "anchor", "rascals", planned=True),
            expect("2024-10-15", "rascals", "feathers", planned=True),
            expect("2024-10-29", "anchor", "feathers", planned=True),
            expect("2024-11-12", "cup", planned=True),
            expect("2024-12-17/2025-01-06", "break", planned=True),
            expect("2025-01-07", "feathers", "rascals", planned=True),
            expect("2025-03-27", "cup", "final", planned=True),
        ),
    ),
)
