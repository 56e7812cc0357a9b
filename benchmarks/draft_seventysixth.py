"""A seventysixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
lighthouse history, an insurance claim chronology, an HTML band biography, a regulator's
enforcement notice, an expedition diary, a school newsletter, a sports club history, a road
works notice, an obituary of a scientist, a vineyard's story page and a parliamentary committee
report summary). Facts whose date a reader could take two ways (a season, "early 2027", "the
end of term", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SEVENTYSIXTH_CORPUS",)

SEVENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "halifax-port-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALIFAX, Nova Scotia, Oct 9 (Maritime Press) - Dockworkers at the Port of Halifax ended
a nine-day strike on Tuesday after their union accepted a four-year contract that raises
wages by 14 percent, the port authority said.

The walkout began on Sept. 30, when talks on automation at the Fairview Cove container
terminal broke down. Members of Local 269 will vote to ratify the deal on Friday, union
president Denise MacAulay told reporters outside the hiring hall.

"Nobody wanted this to drag on," MacAulay said. "Our people go back to the cranes now."

The previous contract expired on March 31 and the two sides had met every Thursday since
the spring without result. Local 269 has represented the port's crane operators and
lashers since 1967.

Container volumes fell 12 percent in August, the steepest monthly drop since 2009, as
shipping lines began routing cargo to Saint John and Montreal ahead of the expected
stoppage. The port handles roughly 550,000 containers a year.

Port chief executive Alan Dorey said operations were expected to return to full capacity
no later than Oct. 14, once a backlog of about 40 vessels at anchor had cleared.

(Reporting by Claire Boudreau; Editing by Tom Whitcombe)""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-09-30", "walkout"),
            expect("2024-10-11", "ratify", planned=True),
            expect("2024-03-31", "contract"),
            expect("1967/..", "represent"),
            expect("2024-08", "volume"),
            expect("../2024-10-14", "capacity", planned=True),
        ),
    ),
    Text(
        "brightwater-tampere-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brightwater Robotics opens assembly plant in Tampere

TAMPERE, Finland - 4 June 2025 - Brightwater Robotics Oy, winner of the 2023 Nordic
Automation Award, today opened a 12,000-square-metre assembly plant in the Hervanta
business district of Tampere.

Construction of the plant began in February 2024 and was financed partly by a EUR 18
million loan from the Nordic Investment Bank. The plant will start series production of the
Kestrel-4 warehouse robot on 1 September, with an initial output of 40 units a month.

"Tampere gives us engineers, a port within reach and a city that builds things," said chief
executive Leena Harju, who founded the company in 2016 with two fellow students from Tampere
University.

Brightwater has supplied autonomous picking robots to Nordic grocery retailers since 2019
and today counts 31 customers in six countries. The company expects to employ around 180
people at the new plant by the end of 2026.

About Brightwater Robotics
Brightwater Robotics Oy designs and builds autonomous mobile robots for warehouses. Its
Kestrel and Heron product lines are certified to ISO 3691-4. Business ID 2781943-5.

Media contact:
Sanna Ojala, Head of Communications
+358 40 718 2290
press@brightwater-robotics.example

###""",
        (
            expect("2025-06-04", "open"),
            expect("2024-02", "construction"),
            expect("2025-09-01", "production", planned=True),
            expect("2016", "found"),
            expect("2019/..", "suppl"),
            expect("../2026", "employ", planned=True),
        ),
    ),
    Text(
        "harlan-v-dorrance",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF MONTANA

DA 23-0418

Filed: May 21, 2024

HARLAN FEED & SUPPLY, LLC,
Plaintiff and Appellee,
v.
DORRANCE CATTLE COMPANY,
Defendant and Appellant.

APPEAL FROM: District Court of the Eleventh Judicial District, Cause No. DV-21-377

Justice Ruth A. Calloway delivered the Opinion of the Court.

1 Dorrance Cattle Company (Dorrance) appeals the judgment of the Eleventh Judicial District
Court awarding Harlan Feed & Supply, LLC (Harlan) the unpaid price of hay. We affirm.

FACTUAL AND PROCEDURAL BACKGROUND

2 On or about March 3, 2021, Dorrance ordered 400 tons of grass hay from Harlan by
telephone. Harlan's written confirmation required payment in full by April 30, 2021. Harlan
delivered the hay in four loads between March 10 and March 29, 2021.

3 Dorrance paid the first invoice but refused to pay the remaining $61,400, asserting that
part of the hay was moldy. Harlan filed suit on August 2, 2021. After a two-day bench trial
in June 2023, the District Court entered judgment for Harlan on September 12, 2023, finding
that Dorrance had fed the hay to its herd without complaint for several weeks.

DISCUSSION

4 A buyer who accepts goods must notify the seller of a breach within a reasonable time or
be barred from any remedy. Section 30-2-607(3)(a), MCA; see also Beck v. Flathead Grain Co.,
2015 MT 88, 378 Mont. 402. Whether notice was timely is a question of fact, reviewed for
clear error.

5 The District Court's finding is supported by substantial evidence. Affirmed.""",
        (
            expect("2021-03-03~", "order"),
            expect("../2021-04-30", "payment"),
            expect("2021-03-10/2021-03-29", "deliver"),
            expect("2021-08-02", "suit"),
            expect("2023-06", "trial"),
            expect("2023-09-12", "judgment"),
        ),
    ),
    Text(
        "kessel-canal",
        "encyclopedia history",
        None,
        """Kessel Canal

The Kessel Canal is a 38-kilometre inland waterway linking the market town of Kessel with
the tidal river Orre at Fenmouth. It has 24 locks and rises 61 metres from the river.

History

Construction was authorised by the Kessel Navigation Act 1788, promoted by a group of corn
merchants who wanted a cheaper route to the coast. Work began around 1791 under the engineer
Josiah Penhale, but shortage of money halted it twice. The canal opened to traffic on
14 May 1799, when a fleet of eleven barges carrying coal reached the Kessel basin.

For half a century the canal paid a dividend of up to 9 percent. A railway reached Kessel in
1853, however, and receipts declined steadily. The canal company was declared bankrupt in
1871, and the county bought the waterway two years later for 14,500 pounds, chiefly to
preserve its water supply to local mills.

Commercial traffic had ended by 1939, and several locks were later filled in.

Restoration

The Kessel Canal Trust has led the restoration of the waterway since 1982. Volunteers, who
work on the locks every second Sunday, have reopened 17 kilometres to small boats. The
restored upper section, including the Penhale flight of seven locks, is expected to reopen
in 2027.

See also: List of canals of the Fen district""",
        (
            expect("1791~", "work"),
            expect("1799-05-14", "open"),
            expect("1853", "railway"),
            expect("1871", "bankrupt"),
            expect("1873", "bought"),
            expect("../1939", "traffic"),
            expect("1982/..", "restor"),
            expect("2027", "reopen", planned=True),
        ),
    ),
    Text(
        "rovers-beat-albion",
        "sports report",
        date(2025, 3, 9),
        """Holt double lifts Rovers clear of danger

By Gareth Pryce, Football Correspondent

Brackley Rovers 3 Castleford Albion 1

Two goals in six minutes from Danny Holt gave Brackley Rovers a 3-1 win over Castleford
Albion on Saturday and moved them seven points clear of the relegation places.

It was Rovers' first win at the Old Wharf since 2014, and it was watched by a crowd of
6,412, the biggest of the season. Holt, signed from Tranmere Athletic in January, turned in
Ellis Ward's cross after 58 minutes and added a second with a low shot four minutes later.
Castleford had drawn 1-1 with Rovers in the reverse fixture on 12 October last year.

Albion's late reply from Kofi Asante came too late. "We gave them two goals," said Albion
manager Steve Dallow, who has been in charge since November 2023. "You can't do that here."

The sides meet again in the county cup quarter-final on Wednesday, when Rovers are expected
to rest several players. Rovers also face an EFL disciplinary hearing over fielding an
ineligible player, which is due to be held no later than 31 March.

Rovers (4-4-2): Marsh; Pike, Okoye, Dunne, Reid; Ward, Cole (Baines 71), Fenn, Lowry; Holt,
Sutton (Grey 84).

Kick-off at the Old Wharf is 3pm every Saturday unless moved for television.""",
        (
            expect("2025-03-08", "win"),
            expect("2025-01", "sign"),
            expect("2024-10-12", "drawn"),
            expect("2023-11/..", "charge"),
            expect("2025-03-12", "quarter-final", planned=True),
            expect("../2025-03-31", "hearing", planned=True),
        ),
    ),
    Text(
        "marrow-lyle-history",
        "company history",
        None,
        """Marrow & Lyle - Our History

Page last updated: 2 February 2024

Marrow & Lyle was founded in 1902 by Agnes Marrow, a baker's widow, in a single-oven bakery
on Fore Street, Dundee. Her shortbread, sold from a handcart at the docks, is still made to
the same recipe as our 1902 Original.

In 1911 Agnes went into partnership with the grocer Thomas Lyle, whose shops gave the
biscuits a market across Tayside. The Fore Street bakery was destroyed by fire on 6 January
1925; production moved to a new factory on the Kingsway the following year.

Exporting began circa 1950, when a Dundee shipping agent took the first cases of ginger snaps
to Canada. As demand grew, the company opened factories in Perth in 1968, in Carlisle in
1974 and in Belfast in 1979. At its peak it employed about 1,400 people.

Marrow & Lyle has been owned by the Harcastle food group since 2008, and the Kingsway site
still bakes 30 tonnes of biscuits every working day.

Visit our factory shop, open Monday to Saturday, 9am-5pm. Customer line: 01382 496 010.

(c) 2024 Marrow & Lyle Ltd. Registered in Scotland No. SC004117.""",
        (
            expect("1902", "found"),
            expect("1911", "partnership"),
            expect("1925-01-06", "fire"),
            expect("1926", "factory"),
            expect("1950~", "export"),
            expect("1968", "perth"),
            expect("1974", "carlisle"),
            expect("1979", "belfast"),
            expect("2008/..", "own"),
        ),
    ),
    Text(
        "selka-lunar-orbiter",
        "mission summary",
        None,
        """SELKA LUNAR ORBITER - MISSION SUMMARY

Operator: Baltic-Nordic Space Consortium (BNSC)
COSPAR ID: 2022-156A
Launch mass: 1,450 kg
Orbit: polar, 100 km x 120 km

Selka is a small lunar orbiter built to map water ice in permanently shadowed craters near
the Moon's south pole. It carries a neutron spectrometer, a thermal imager and a laser
altimeter.

Timeline

Selka was launched on 17 November 2022 at 03:14 UTC on a Vega-C rocket from Kourou, French
Guiana. After a low-energy transfer it entered lunar orbit on December 1 and reached its
final mapping orbit eleven days later.

The science phase began in January 2023. On 9 August 2023 one of the four reaction wheels
failed, and the spacecraft entered safe mode; science operations resumed about three weeks
later after engineers reconfigured attitude control to work on three wheels.

The consortium extended the mission in 2024. The orbiter now returns about 2 gigabits of
data per day, downlinked every eight hours through ground stations in Kiruna and Svalbard.

End of mission

When its propellant runs low, Selka is scheduled to be deorbited by a controlled impact in
2027, close to the crater Shoemaker, so that the plume can be observed by other spacecraft.""",
        (
            expect("2022-11-17", "launch"),
            expect("2022-12-01", "orbit"),
            expect("2022-12-12", "mapping"),
            expect("2023-01", "science"),
            expect("2023-08-09", "wheel"),
            expect("2023-08-30~", "resum"),
            expect("2024", "extend"),
            expect("2027", "deorbit", planned=True),
        ),
    ),
    Text(
        "water-ministry-drought",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Press Office

Statement on the drought in the eastern provinces
11 July 2024

Since 1 June, rainfall in the eastern provinces has been 60 percent below the long-term
average, and reservoir storage stands at 38 percent of capacity, the lowest since 1976.

The Ministry declared a stage-two drought alert for the provinces of Arvel, Doma and Lisk
on Monday. It is the first stage-two alert since the last one was lifted on 2 March 2020.

Under the alert, restrictions on garden irrigation and the filling of private swimming pools
will take effect on 15 July. Farmers may continue to irrigate between 20:00 and 06:00 every
day, under quotas set by the provincial water boards.

The National Water Council will meet on Thursday 18 July to review the quotas. The Minister,
Dr Helena Varga, will brief parliament's environment committee the same day.

Work on the Lisk desalination plant, which will supply 90,000 cubic metres a day, is
expected to be completed by December 2025.

Citizens can report leaks and ask about the restrictions on the water hotline, 0800 555 1976,
or at water.gov.example/drought.

- ENDS -

Ref: MWE/PR/2024/117""",
        (
            expect("2024-06-01/..", "rainfall"),
            expect("2024-07-08", "alert"),
            expect("2020-03-02", "lift"),
            expect("2024-07-15", "restrict", planned=True),
            expect("2024-07-18", "council", planned=True),
            expect("2024-07-18", "brief", planned=True),
            expect("../2025-12", "desalination", planned=True),
        ),
    ),
    Text(
        "harbour-museum-news",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Harbour Museum, Pittenweem</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a></nav>
<main>
<h1>Museum news</h1>
<article>
  <h2>Steam launch Ellen back on the water</h2>
  <p class="meta">Posted 14 March 2025</p>
  <p>Our steam launch <em>Ellen</em> returned to the water on Tuesday after a two-year
  restoration by museum volunteers. She was built in 1898 by Ramage of Leith for the
  harbour master.</p>
</article>
<article>
  <h2>Lower Gallery closed for rewiring</h2>
  <p class="meta">Posted 2 February 2025</p>
  <p>The Lower Gallery will be closed from 10 to 21 February while the electrics are
  replaced. The Fisher Gallery, opened in 1987, is not affected.</p>
</article>
<article>
  <h2>Heritage Fund grant for photograph collection</h2>
  <p class="meta">Posted 9 January 2025</p>
  <p>The museum received a grant of &pound;120,000 from the Heritage Fund on 6 January to
  conserve the Ure collection of 2,046 glass-plate photographs, taken around 1930 by
  harbourmaster John Ure. A new exhibition of the prints, <em>Sail and Steam</em>, is
  expected to open on 5 April.</p>
</article>
</main>
<footer>
  <p>Open every Saturday and Sunday, 10:00-16:00. Tel. 01333 310 628.</p>
  <p>&copy; 2025 Harbour Museum Trust. Scottish charity SC019874.</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-11", "ellen"),
            expect("1898", "built"),
            expect("2025-02-10/2025-02-21", "closed", planned=True),
            expect("1987", "fisher"),
            expect("2025-01-06", "grant"),
            expect("1930~", "photograph"),
            expect("2025-04-05", "exhibition", planned=True),
        ),
    ),
    Text(
        "carrick-point-lighthouse",
        "lighthouse history",
        None,
        """Carrick Point Lighthouse

Carrick Point Lighthouse stands on a granite headland at the entrance to Loch Seil. The
white tower is 27 metres tall, and its light, 41 metres above high water, can be seen for
18 nautical miles.

Early lights

A light was first shown from the point about 1760, when the parish kept a coal brazier
burning on the headland on winter nights. Several ships were still lost on the Carrick Reef,
and in 1829 local shipowners petitioned the Northern Lighthouse Board for a proper tower.

The tower

A stone in the base of the tower bears the date 1833, perhaps the year in which the
foundations were laid. The tower, designed by the engineer Alexander Murdoch, was first lit
on 1 October 1834. In 1871 its oil lamps were replaced by a paraffin burner.

On the night of 11 January 1892 the schooner Mary Ann struck the reef in a gale; the keepers
rowed out and saved all seven of her crew.

Modern times

The light was electrified in 1958 and automated thirty-one years later, when the last
keepers left. In fog the old signal sounded twice every 30 seconds.

The tower and keepers' cottages have been owned by the Carrick Point Preservation Society
since 2004. The cottages are let to visitors, and the tower is open on summer afternoons.""",
        (
            expect("1760~", "light"),
            expect("1829", "petition"),
            expect("1833?", "foundation"),
            expect("1834-10-01", "lit"),
            expect("1871", "paraffin"),
            expect("1892-01-11", "mary ann"),
            expect("1958", "electrif"),
            expect("1989", "automat"),
            expect("2004/..", "own"),
        ),
    ),
    Text(
        "mill-lane-flood-claim",
        "insurance claim chronology",
        None,
        """NORTHERN MUTUAL INSURANCE - CLAIM CHRONOLOGY

Claim no.: HX-2024-118734
Policy no.: NMH/2019/0047712
Insured: Mr and Mrs D. Whitlow, 17 Mill Lane, Ashbourne
Peril: escape of water / flood
Prepared by: Priya Nair, Loss Adjuster, 28 November 2024

Policy
Buildings and contents cover has been in force since 1 March 2019. Excess: 250 pounds.

Chronology
- On or about 12 October 2024: surface water from Mill Lane enters the basement after
  heavy rain. Insured was away and discovered the damage on return.
- 14 October: Insured notifies the claim by telephone (call ref. 55210, 0345 600 2290).
- 16 October: Loss adjuster inspects the property. Standing water 30 cm deep; boiler,
  washing machine and stored furniture damaged.
- Drying equipment installed on 18 October and removed on 4 November after moisture
  readings fell below 15 percent.

Points in dispute
The boiler was probably installed in 2006, according to the manufacturer's serial records;
the insured has no invoice. Depreciation will be applied accordingly.

Next steps
An interim payment of 5,000 pounds is to be issued by 6 December 2024. The final settlement
depends on the contractor's quotation, reference Q-7781.

This chronology is updated each time a claim event is logged.""",
        (
            expect("2019-03-01/..", "policy"),
            expect("2024-10-12~", "water"),
            expect("2024-10-14", "notif"),
            expect("2024-10-16", "inspect"),
            expect("2024-10-18", "install"),
            expect("2024-11-04", "remov"),
            expect("2006?", "boiler"),
            expect("../2024-12-06", "payment", planned=True),
        ),
    ),
    Text(
        "paper-lanterns-bio",
        "HTML band biography",
        None,
        """<html>
<head><title>The Paper Lanterns - Biography</title></head>
<body>
<header><h1>The Paper Lanterns</h1>
<ul class="menu"><li><a href="/tour">Tour</a></li><li><a href="/music">Music</a></li>
<li><a href="/bio" class="active">Bio</a></li></ul></header>
<section class="bio">
<p>Singer Maya Rhodes and guitarist Sol Abernethy met around 2009 at a sixth-form college in
Bristol, and they formed <strong>The Paper Lanterns</strong> in 2011 with bassist Jonah Pell.</p>
<p>Their first EP, <em>Sodium Nights</em>, was released on 3 March 2013 on the tiny
Redcliffe label. Drummer Kit Owusu joined the following year, and the four-piece recorded
their debut album, <em>Harbour Lights</em> (2015), in a converted chapel in Stroud. Its
closing track, "1999 (Again)", became a radio favourite, and
critics compared Rhodes's voice to a foghorn heard through velvet.</p>
<p>The band toured North America in 2017 and 2019, and took a break from 2020 to 2022 while
Rhodes recovered from vocal surgery.</p>
<p>The Paper Lanterns will return with a new album, <em>Low Tide</em>, on 14 November 2025.</p>
</section>
<aside class="booking">
<h3>Booking</h3>
<p>Harrow Agency &middot; +44 117 496 0321 &middot; bookings@harrowagency.example</p>
</aside>
<footer>&copy; 2025 The Paper Lanterns. Site by Lamp Digital.</footer>
</body>
</html>""",
        (
            expect("2009~", "met"),
            expect("2011", "form"),
            expect("2013-03-03", "sodium"),
            expect("2014", "owusu"),
            expect("2015", "harbour"),
            expect("2017", "tour"),
            expect("2019", "tour"),
            expect("2020/2022", "break"),
            expect("2025-11-14", "low tide", planned=True),
        ),
    ),
    Text(
        "northgate-final-notice",
        "regulator's enforcement notice",
        None,
        """FINAL NOTICE

To: Northgate Payments Limited
Firm Reference Number: 612984
Address: 40 Canal Street, Manchester M1 3HE
Date: 19 February 2025

1. ACTION

1.1 For the reasons given in this Notice, the Authority hereby imposes on Northgate Payments
Limited (Northgate) a financial penalty of 3,212,900 pounds pursuant to regulation 76 of the
Money Laundering Regulations 2017.

1.2 Northgate agreed to settle this matter on 20 January 2025 and therefore qualified for a
30% discount. Were it not for this discount, the penalty would have been 4,589,900 pounds.

2. SUMMARY OF REASONS

2.1 Between 1 April 2020 and 31 December 2022 (the Relevant Period), Northgate failed to
monitor customer transactions adequately, processing over 1.1 million payments to
high-risk jurisdictions without review.

2.2 The Authority first raised concerns with Northgate in a letter of 14 June 2021.
Northgate commissioned a skilled person review in about September 2022, after a second
supervisory visit.

2.3 This is the largest penalty imposed on a payment institution since 2019.

3. PAYMENT AND REMEDIATION

3.1 Northgate must pay the penalty no later than 5 March 2025.

3.2 Northgate has undertaken that its remediation programme will be completed by 30 June
2025, and the Authority will monitor its progress each quarter.

4. CONTACTS

For more information concerning this matter generally, contact Enforcement Division
(direct line: 020 7066 4182).""",
        (
            expect("2025-02-19", "penalty"),
            expect("2025-01-20", "settle"),
            expect("2020-04-01/2022-12-31", "monitor"),
            expect("2021-06-14", "letter"),
            expect("2022-09~", "review"),
            expect("../2025-03-05", "pay", planned=True),
            expect("../2025-06-30", "remediation", planned=True),
        ),
    ),
    Text(
        "ardmore-expedition-diary",
        "diary of an expedition",
        None,
        """DIARY OF THE ARDMORE GLACIER EXPEDITION, SPITSBERGEN, 1936
kept by R. G. Latham, surveyor

Tuesday, 7 July. Sailed from Tromso at 11 p.m. in the sealer Fridtjof, six of us and
two tons of stores. Calm sea; everyone in good spirits.

12 July. Landed at the head of Ardmore Fjord after two days working through loose ice.
Made base camp on a gravel terrace above the beach.

13 July. Found an old hut on the north shore, perhaps built by Norwegian trappers in 1908.
Webb thinks the glacier snout has retreated about a mile since 1900. Harris insists that
we rest every Sunday, whatever the weather; by his sun sights we are at 78 degrees 52 N.

22 July. Blizzard from the east all day. Webb's toes frostbitten; kept him in the tent
with hot bottles.

Three days later we reached the summit ridge and could see the whole ice cap to the
east. Built a cairn and left a record in a tin.

2 August. Back at base. Stores low but enough. The Fridtjof is due on the 10th to take us
off.""",
        (
            expect("1936-07-07", "sail"),
            expect("1936-07-12", "camp"),
            expect("1908?", "hut"),
            expect("1936-07-22", "blizzard"),
            expect("1936-07-25", "summit"),
            expect("1936-08-02", "base"),
            expect("1936-08-10", "fridtjof", planned=True),
        ),
    ),
    Text(
        "st-aidans-newsletter",
        "school newsletter",
        None,
        """ST AIDAN'S PRIMARY SCHOOL
Newsletter - Issue 14 - Friday 21 March 2025

A message from the Head

Dear parents and carers,

What a busy week! Year 6 pupils visited the Science Museum on Tuesday and came back full of
questions about rockets. Thank you to the parents who helped on the coach.

Our new library opens on Monday 31 March. The children have chosen its name, The Reading
Nest, and the 1,200 new books were paid for by your summer fair donations.

Parents' evening will be held on Thursday from 3.30pm to 7pm. Please book a slot with your
child's class teacher.

Mrs Okafor, who has taught Year 2 at St Aidan's since 1998, has told us she will retire. We
will say a proper goodbye to her nearer the time.

Dates for your diary
- Residential trip forms must be returned by 28 March.
- The Easter holidays run from 4 to 22 April; school reopens the next day.
- Our 2025 Sports Day committee meets every Wednesday after school - new helpers welcome.

Attendance this term: 96.4 percent, the best since 2017. Well done, everyone!

Best wishes,
Mr J. Calloway, Headteacher

School office: 01632 960 482 | office@staidans.example""",
        (
            expect("2025-03-18", "museum"),
            expect("2025-03-31", "library", planned=True),
            expect("2025-03-27", "parents", planned=True),
            expect("1998/..", "taught"),
            expect("../2025-03-28", "forms", planned=True),
            expect("2025-04-04/2025-04-22", "easter", planned=True),
            expect("2025-04-23", "reopen", planned=True),
        ),
    ),
    Text(
        "ashby-rowing-history",
        "sports club history",
        None,
        """Ashby Rowing Club - A Short History

Rowing on the Trent at Ashby dates from around 1850, when watermen from the coal wharves
raced for money on regatta days. The club itself was founded at a meeting in the Crown Inn
on 12 March 1868; the minute book of that evening is still kept in the clubroom, along with
the oars of the 1868 Eight.

The first boathouse, a timber shed below the bridge, was built in 1874. It was swept away in
the great flood of February 1894, together with most of the boats. A women's section may
have existed as early as 1905, although no record of it survives.

The club's finest years came between the wars and just after. Ashby crews won the Thames Cup
at Henley in 1931, 1937 and 1952, a record no other Midlands club has matched.

The present brick boathouse was opened by the Olympic sculler Harold Venn on 5 May 1962.

Today the club has roughly 300 members. Juniors train every Saturday morning and the Crown
Regatta is held on the first Saturday in August each year.

Ashby Rowing Club, Riverside, Ashby DE12 7QX. Affiliated to British Rowing, club code ASH.""",
        (
            expect("1850~", "rowing"),
            expect("1868-03-12", "found"),
            expect("1874", "boathouse"),
            expect("1894-02", "flood"),
            expect("1905?", "women"),
            expect("1931", "thames cup"),
            expect("1937", "thames cup"),
            expect("1952", "thames cup"),
            expect("1962-05-05", "open"),
        ),
    ),
    Text(
        "mill-road-closure",
        "road works notice",
        None,
        """NORTHSHIRE COUNTY COUNCIL
ROAD TRAFFIC REGULATION ACT 1984 - SECTION 14
NOTICE OF TEMPORARY ROAD CLOSURE

B4632 Mill Road, Hexley (Station Road to Quarry Lane)
Ref: TTRO/2025/0417
Date of notice: 2 May 2025

Northshire County Council will close the B4632 Mill Road between its junctions with Station
Road and Quarry Lane from 9 June to 27 June 2025 to allow carriageway resurfacing. The road
was last resurfaced in 2009.

Works will be carried out between 20:00 and 06:00 each night; the road will be open to
traffic during the day. The footway will remain open at all times.

Diversion route: Station Road, A6041 Hexley Bypass, Quarry Lane, and vice versa.

Related works

Gas main replacement by Midland Gas Networks on the same section was completed on 14 April.
Repairs to the parapet of Mill Road bridge are expected to be completed by 18 July. The
7.5-tonne weight limit on the bridge, in force since October 2021, is not affected.

Objections to this notice must be received in writing no later than 23 May 2025.

Enquiries: Highways Customer Service, 0300 123 6000, quoting reference TTRO/2025/0417.

Director of Highways and Transport""",
        (
            expect("2025-06-09/2025-06-27", "close", planned=True),
            expect("2009", "resurfac"),
            expect("2025-04-14", "gas"),
            expect("../2025-07-18", "parapet", planned=True),
            expect("2021-10/..", "weight"),
            expect("../2025-05-23", "objection", planned=True),
        ),
    ),
    Text(
        "margit-sollberg-obituary",
        "obituary of a scientist",
        date(2025, 9, 12),
        """Obituaries

Margit Sollberg, glaciologist who measured how ice sheets slide

Margit Sollberg, 1938-2025

Margit Sollberg, who showed that meltwater reaching the bed of a glacier can make it speed
up within hours, died on Sunday at her home in Uppsala. She was 87.

She was born on 4 February 1938 in Kiruna, where her father was a mine surveyor. She first
went to the Tarfala research station around 1960 as a student assistant, carrying stakes
and theodolites up the Storglaciaren, and took her doctorate at Stockholm University in
1964.

In 1967 and 1969 she led winter traverses of the Greenland ice sheet, drilling boreholes
to measure the temperature at the bed. From 1975 to 1990 she directed the Tarfala station,
turning a summer hut into a year-round observatory that still logs its weather every three
hours.

Sollberg was elected to the Royal Swedish Academy of Sciences in 1986. She disliked
conferences and was said to have published more papers from a tent than from an office.

She is survived by her son, Anders, and two grandchildren. A memorial will be held at
Uppsala Cathedral on 3 October.""",
        (
            expect("2025-09-07", "die"),
            expect("1938-02-04", "born"),
            expect("1960~", "tarfala"),
            expect("1964", "doctorate"),
            expect("1967", "travers"),
            expect("1969", "travers"),
            expect("1975/1990", "direct"),
            expect("1986", "elect"),
            expect("2025-10-03", "memorial", planned=True),
        ),
    ),
    Text(
        "trois-chenes-story",
        "vineyard's story page",
        None,
        """Domaine des Trois Chenes - Our Story

Home > The Domaine > Our Story

Three oaks, four generations

Our family bought the estate, then eleven hectares of neglected vines and a ruined mill, in
1923. Great-grandfather Etienne Bastide replanted the slopes by hand and sold his first wine
to the cafes of Valence. Our Cuvee 1923 is named in his honour.

A hailstorm on 17 July 1961 destroyed most of that year's crop in under twenty minutes, and
the family survived by selling fruit from the orchard. His grandson Luc planted the first
Syrah on the granite terraces around 1978, against the advice of every neighbour.

We have farmed organically since 2006 and received our organic certification three years
later. Today the domaine covers 24 hectares and produces about 90,000 bottles a year.

Our new gravity-fed cellar, dug into the hillside below the three oaks, will be completed by
September 2026.

Visit us
Tastings every Friday and Saturday at 17:00, by appointment.
Domaine des Trois Chenes, 26600 Mercurol - Tel. +33 4 75 07 16 23

Alcohol abuse is dangerous for your health. Please drink responsibly.""",
        (
            expect("1923", "bought"),
            expect("1961-07-17", "hail"),
            expect("1978~", "syrah"),
            expect("2006/..", "organic"),
            expect("2009", "certification"),
            expect("../2026-09", "cellar", planned=True),
        ),
    ),
    Text(
        "pac-rural-broadband",
        "parliamentary committee report summary",
        None,
        """House of Commons Committee of Public Accounts

Rural Broadband Programme

Sixth Report of Session 2024-25 - HC 482
Report summary, published 15 October 2024

Summary

The Department for Digital Infrastructure launched the Rural Broadband Programme in March
2020 with a budget of 1.2 billion pounds. It aimed to connect 500,000 hard-to-reach premises
to gigabit-capable broadband by December 2025.

Progress has been slow. The Department revised the target in July 2023, after the first two
contracts delivered fewer than a third of the connections promised, and it now expects to
complete the programme in 2028, three years late.

The Committee took evidence from the Department's Permanent Secretary and from suppliers on
3 June 2024. We heard that connection costs in some areas had reached 8,000 pounds per
premises, the highest since records began in 2010, and that the Department still lacks
reliable data on which premises have been connected.

Recommendations

1. The Department should write to the Committee by 31 January 2025 setting out a revised
   timetable and the cost of each remaining contract.
2. The Department should publish quarterly progress figures, as required under the Telecoms
   (Rural Access) Act 2019.

Committee contact: pubaccom@parliament.example | 020 7219 5776""",
        (
            expect("2020-03", "launch"),
            expect("../2025-12", "connect", planned=True),
            expect("2023-07", "revis"),
            expect("2028", "complet", planned=True),
            expect("2024-06-03", "evidence"),
            expect("../2025-01-31", "write", planned=True),
        ),
    ),
)
