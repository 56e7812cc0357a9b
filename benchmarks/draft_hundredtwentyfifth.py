"""A hundred-and-twenty-fifth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
blue-green algae warning for a lake, a puppet company's history, an ombudsman's decision on a
pension scheme, a whaler's journal excerpt, a zoo's events page in HTML, a biotech IPO press
release, a ski jumping report, a housing ministry's building safety deadline notice, a lime
kiln's history, a bee-keeping club's newsletter and a glove maker's history). Facts whose date
a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYFIFTH_CORPUS",)

HUNDREDTWENTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "mozambique-rate-cut",
        "wire story with a dateline",
        date(2024, 10, 8),
        """MAPUTO, Oct 8 (Southern Africa Press) - Mozambique's central bank cut its benchmark
lending rate by 150 basis points to 12.75 percent on Monday, its deepest single reduction
since 2017, as inflation kept sliding.

The bank's monetary policy committee had begun easing around January 2024 and made its
previous cut in July, when it lowered the rate by 100 points.

Data from the national statistics institute, released on September 30, showed consumer prices
rising 2.9 percent year on year, the slowest pace in more than a decade.

Governor Tomas Muianga, who has led the bank since 2016, told reporters the committee "still
sees room" but wants to watch the metical. Commercial banks fix their prime rate every Friday
and are expected to follow within days, analysts said.

The International Monetary Fund approved a three-year credit facility for Mozambique in May
2022. Its staff will return to Maputo on November 4 for the fourth review, a Fund spokesperson
said.

The committee will hold its next meeting on November 27.

For queries call the bank's press office on +258 21 354 600.

(Reporting by Celso Nhantumbo; Editing by Ruth Ambrose)""",
        (
            expect("2024-10-07", "cut"),
            expect("2024-01~", "eas"),
            expect("2024-07", "cut"),
            expect("2024-09-30", "data"),
            expect("2016/..", "muianga"),
            expect("2022-05", "facility"),
            expect("2024-11-04", "review", planned=True),
            expect("2024-11-27", "meeting", planned=True),
        ),
    ),
    Text(
        "veridan-acquisition",
        "press release",
        None,
        """PRESS RELEASE

Veridan Robotics to acquire Norwegian gripper specialist Fjellgrep AS

LYON, France - 3 June 2025 - Veridan Robotics SA (Euronext: VRDN), a maker of collaborative
robot arms for food processing, today announced an agreement to acquire Fjellgrep AS, a
Trondheim-based designer of soft grippers, for EUR 48 million in cash.

Fjellgrep was founded in 2014 by engineers from the Norwegian University of Science and
Technology. It raised a EUR 11 million Series B round in March 2021 and delivered its first
production grippers to a salmon processor the following year. Veridan has been a minority
shareholder since 2019.

"Soft handling is the missing half of our line," said Claire Aubertin, Veridan's chief
executive. "Together we can offer a complete cell."

The transaction has been approved by both boards and is expected to close no later than
30 September 2025, subject to approval by the Norwegian Competition Authority. Veridan will
present the combined roadmap at its Investor Day 2026 in Lyon.

Veridan's plants are certified to ISO 9001:2015. The company employs about 1,950 people.

About Veridan Robotics
Founded in Lyon, Veridan designs and builds robot arms certified for wash-down environments.

Media contact: Julie Perrin, +33 4 72 19 20 14, press@veridan.example
(c) 2025 Veridan Robotics SA. All rights reserved.""",
        (
            expect("2025-06-03", "acqui"),
            expect("2014", "fjellgrep", "found"),
            expect("2021-03", "series"),
            expect("2022", "deliver"),
            expect("2019/..", "shareholder"),
            expect("../2025-09-30", "close", planned=True),
        ),
    ),
    Text(
        "harlan-v-pinecrest",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMORE
DIVISION TWO

HARLAN MASONRY, INC., Plaintiff-Appellant,
v.
PINECREST DEVELOPMENT GROUP, LLC, Defendant-Respondent.

No. 22-1547
Filed April 17, 2023

OPINION

MORALES, J.

Harlan Masonry appeals the summary judgment entered against it on its claim for the unpaid
balance of a subcontract. We reverse.

I. BACKGROUND

On or about March 3, 2019, Harlan and Pinecrest signed a subcontract for the stonework of a
four-storey office building. The subcontract required Harlan to complete its work no later than
December 31, 2019, and incorporated the 2018 amendments to the standard form by reference.

Harlan's crews finished on December 20. On June 12, 2020, Harlan served a notice of final
payment. Pinecrest stopped all payments in August 2020, citing cracked lintels.

Harlan filed its complaint on January 8, 2021, seeking $412,650. The trial court granted
Pinecrest's motion for summary judgment on May 24, 2022, holding that the notice was untimely
under Westmore Civil Code section 1671. Harlan filed its notice of appeal fourteen days later.

II. DISCUSSION

Section 1671 requires notice "within two hundred days of substantial completion." Harlan's
notice, served 175 days after its crews finished, was timely. The trial court counted from
the date of the final inspection, which the statute does not mention.

The judgment is reversed and the matter remanded for further proceedings.""",
        (
            expect("2019-03-03~", "sign"),
            expect("../2019-12-31", "complet"),
            expect("2019-12-20", "finish"),
            expect("2020-06-12", "notice"),
            expect("2020-08", "payment"),
            expect("2021-01-08", "complaint"),
            expect("2022-05-24", "judgment"),
            expect("2022-06-07", "appeal"),
        ),
    ),
    Text(
        "kessendorf-history",
        "encyclopedia history",
        None,
        """Kessendorf

Kessendorf is a market town in the district of Upper Ralstal. This article covers its history.

History

Early period

A settlement at the ford over the Ralst is first mentioned in a charter of about 1150, when
the abbey of Sankt Veit received tithes from "Chezzindorf". The counts of Ralstal granted the
village market rights in 1327, and the weekly market is still held every Thursday on the
Anger.

Fires and rebuilding

The town burned in 1634, during the Swedish occupation, and again in 1689. After the second
fire the town council ordered stone gables for all houses on the market square; the
surviving 1,690-square-metre square dates from this rebuilding.

Industrial era

The Ralstal railway reached Kessendorf in 1871, and a tannery and two breweries opened near
the station in the following decade. The population peaked at 4,812 before the First World War.

Modern town

Since the district reform of 1972 Kessendorf has belonged to the district of Upper Ralstal. A
bypass road was completed in 1998, the town's first
major road project since 1871.

See also
- List of market towns in Ralstal
- 1634 fire of Kessendorf (disambiguation)

References
1. Ralstal Historical Society, Yearbook 2009, pp. 114-138.""",
        (
            expect("1150~", "mention"),
            expect("1327", "market"),
            expect("1634", "burn"),
            expect("1689", "burn"),
            expect("1871", "railway"),
            expect("1972/..", "district"),
            expect("1998", "bypass"),
        ),
    ),
    Text(
        "rovers-title",
        "sports report",
        date(2025, 3, 9),
        """FOOTBALL | LEAGUE TWO NORTH

Rovers seal title with three to spare

By Dan Whitlock, Sports Reporter

Kellbridge Rovers clinched the League Two North title on Saturday, beating Ashmoor Town 3-1 in
front of 8,204 fans at Quarry Lane, the club's first championship since 1998.

Winger Luis Ferreira scored twice before half-time. Ferreira missed three weeks after injuring
his ankle on 15 February, and manager Gemma Rowe said his return had "changed everything".

Rowe was appointed in November 2023 with Rovers second from bottom. Captain Tom Aske, who has
led the side since 2017, lifted the trophy in the rain.

Rovers will face Southern champions Dunmere in the play-off for the overall title on 12 April
at a neutral ground. The club expects to confirm the venue by 21 March.

Ticket office: 01632 960 771. Season-ticket holders may collect their seats every Tuesday from
10am.

The club also confirmed that its new north stand, which will hold 2,026 supporters, has been
put back because of planning delays.

RESULT: Kellbridge Rovers 3 (Ferreira 12, 38, Aske 77) Ashmoor Town 1 (Pryce 64)""",
        (
            expect("2025-03-08", "title"),
            expect("2025-02-15", "injur"),
            expect("2023-11", "appoint"),
            expect("2017/..", "aske"),
            expect("2025-04-12", "play-off", planned=True),
            expect("../2025-03-21", "venue", planned=True),
        ),
    ),
    Text(
        "halvorsen-marine",
        "company history",
        None,
        """Our history

Halvorsen Marine Engines - more than a century at sea

Blacksmith Anders Halvorsen founded the company in Arendal around 1908, repairing the
single-cylinder engines of the local fishing fleet. His son Knut built the firm's first diesel
engine in 1926, the HD-1, a design so sturdy that fishermen still speak of the "Halvorsen
thump".

The factory was requisitioned by the occupying authorities in 1940 and returned to the family
in 1945. In the years that followed, Halvorsen supplied engines to more than 1,400 fishing
boats along the Norwegian coast.

Halvorsen Marine was listed on the Oslo Stock Exchange in 1962 and opened a sales office in
Aberdeen two years later. The best-selling model of the period, the H-1950, was named after
its 1,950 cubic-centimetre cylinders, not after a year.

In 2001 the company was acquired by the Swedish engineering group Ostberg. Production moved to
a new plant at Grimstad in 2011.

Looking ahead, a hybrid-engine plant at Grimstad is scheduled to open in 2027.

Every engine that leaves the works is still test-run for six hours, as Knut Halvorsen
insisted.

Halvorsen Marine Engines AS | Postboks 1908, 4809 Arendal | Tel. +47 37 00 19 08""",
        (
            expect("1908~", "found"),
            expect("1926", "diesel"),
            expect("1940", "requisition"),
            expect("1945", "return"),
            expect("1962", "list"),
            expect("1964", "aberdeen"),
            expect("2001", "acqui"),
            expect("2011", "grimstad"),
            expect("2027", "plant", planned=True),
        ),
    ),
    Text(
        "kestrel-sample-return",
        "mission summary",
        None,
        """KESTREL - MISSION SUMMARY

Mission type: asteroid sample return
Operator: European-Japanese Small Bodies Consortium
COSPAR ID: 2019-017A
Launch mass: 2,014 kg

Kestrel was launched on 14 March 2019 from Tanegashima on an H-IIA rocket. It used a flyby of
Earth on 2 October to bend its path toward the near-Earth asteroid 2011 KR4, a rubble-pile
body some 620 metres across.

After a cruise of more than two years the spacecraft arrived at the asteroid on 9 July 2021
and spent four months mapping its surface from 20 km. Touchdown and sample collection took
place from 21 to 23 November 2021, when the sampler fired two tantalum projectiles and
captured an estimated 3.4 grams of regolith.

Kestrel left the asteroid on 18 February 2022. The mission's science archive has been open to
all researchers since June 2023. Controllers contact the spacecraft
every Monday through the Usuda deep-space antenna.

The return capsule is scheduled to land in the Woomera range in South Australia on 4 September
2026. The consortium expects to release the first samples to researchers no later than
March 2027.

Kestrel's camera team has published more than 140 papers. The mission's name follows the
bird-of-prey naming tradition established for the 1990s survey missions.""",
        (
            expect("2019-03-14", "launch"),
            expect("2019-10-02", "flyby"),
            expect("2021-07-09", "arriv"),
            expect("2021-11-21/2021-11-23", "sample"),
            expect("2022-02-18", "left"),
            expect("2023-06/..", "archive"),
            expect("2026-09-04", "capsule", planned=True),
            expect("../2027-03", "sample", planned=True),
        ),
    ),
    Text(
        "drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, Hon. Ana Kovac
5 March 2025

Drought response in the eastern provinces

On 4 March the Cabinet approved an emergency package of 62 million to support farmers and
water utilities in the eastern provinces, where rainfall has been the lowest since 1976.

A drought was declared in the four eastern provinces in November 2024. Restrictions on garden
watering and car washing have been in force there since 1 February, and I thank households
for the savings they have already made.

The package funds tanker deliveries to 140 villages, fodder for livestock and the repair of
leaking mains. Payments to farmers will begin no later than 31 March.

I will visit the Drava reservoir on Friday with the regional governors to review the
situation. An expert panel appointed under the Water Act 1992 will report to me by 30 June
with recommendations for the summer months.

Households can check the restrictions that apply to them by calling the free drought line on
0800 2025 100, open every day from 8am to 8pm, or at water.gov.example/drought.

Media enquiries: press office, +385 1 6307 400

ENDS""",
        (
            expect("2025-03-04", "approv"),
            expect("2024-11", "drought"),
            expect("2025-02-01/..", "restriction"),
            expect("../2025-03-31", "payment", planned=True),
            expect("2025-03-07", "visit", planned=True),
            expect("../2025-06-30", "report", planned=True),
        ),
    ),
    Text(
        "college-news-list",
        "HTML page (a list or news page with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - St Aldric's College</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/events">Events</a></nav></header>
<main>
<h1>College news</h1>
<ul class="news-list">
  <li><time datetime="2025-05-12">12 May 2025</time>
    <h2><a href="/news/library-reopens">Old library reopens after restoration</a></h2>
    <p>The Fenwick Library reopened to readers on 12 May after a two-year restoration of its
    1710 bookcases, which were moved back by hand.</p></li>
  <li><time datetime="2025-04-28">28 April 2025</time>
    <h2><a href="/news/boat-club">Boat Club wins at Henley qualifiers</a></h2>
    <p>The women's eight qualified for the regatta on 26 April, the club's best result since
    2009.</p></li>
  <li><time datetime="2025-04-03">3 April 2025</time>
    <h2><a href="/news/new-master">New Master elected</a></h2>
    <p>Professor Miriam Oyelaran was elected Master on 2 April and will take office on 1 October
    2025. She has been a Fellow of the college since 2004.</p></li>
  <li><time datetime="2025-03-18">18 March 2025</time>
    <h2><a href="/news/boathouse">Boathouse plans approved</a></h2>
    <p>The city council approved plans for a new boathouse on 17 March. Construction is
    expected to begin in
    September 2025.</p></li>
</ul>
<p class="more"><a href="/news?page=2">Older news</a></p>
</main>
<footer><p>Last updated 14 May 2025 | Porters' lodge: 01865 270 2025 | Registered charity
no. 1137791</p><p>&copy; 2025 St Aldric's College</p></footer>
</body>
</html>""",
        (
            expect("2025-05-12", "library", "reopen"),
            expect("2025-04-26", "qualif"),
            expect("2025-04-02", "elect"),
            expect("2025-10-01", "office", planned=True),
            expect("2004/..", "fellow"),
            expect("2025-03-17", "boathouse"),
            expect("2025-09", "construction", planned=True),
        ),
    ),
    Text(
        "lough-carra-algae",
        "blue-green algae warning for a lake",
        None,
        """PUBLIC HEALTH NOTICE
Blue-green algae (cyanobacteria) warning: Lough Tarran

Issued: Friday 18 July 2025
Issued by: Midlands County Council, Environment Section, in consultation with the HSE

Water samples taken from Lough Tarran on Wednesday at Kilbride Pier and the Old Boathouse
showed high levels of blue-green algae. A do-not-swim warning for the whole lake has been in
force since 17 July, and dog owners are asked to keep their animals out of the water.

Further sampling is scheduled for 24 July. The warning will remain in place until two
consecutive clear results are recorded.

Background

Cell counts at Kilbride Pier exceeded 20,000 cells per millilitre, the alert level set in the
WHO 2021 guidelines. Lough Tarran had a prolonged bloom last year from 2 to 29 August 2024, and
a similar warning was lifted around 12 September 2023. The lake was added to the council's
bathing-water monitoring programme in 2016.

What to do
- Do not swim, paddle or wade in the lake.
- Do not let dogs drink or swim in the water; algal scum can kill a dog within hours.
- Do not use lake water for drinking or cooking, even after boiling.
- Anglers may fish but should wash hands and equipment.

The council checks notice boards at all access points every Monday.

Further information: Environment Section, 0761 07 2024 (Mon-Fri, 9am-5pm), or
environment@midlandscoco.example. Reference: ENV/ALG/0718.""",
        (
            expect("2025-07-16", "sampl"),
            expect("2025-07-17/..", "warning"),
            expect("2025-07-24", "sampl", planned=True),
            expect("2024-08-02/2024-08-29", "bloom"),
            expect("2023-09-12~", "lift"),
            expect("2016", "monitoring"),
        ),
    ),
    Text(
        "lanterna-puppets",
        "puppet company's history",
        None,
        """About us: the Lanterna Puppet Company

The Lanterna Puppet Company was founded around 1962 by Hedda and Piet Vermaas, two art-school
graduates who carved their first marionettes from the legs of a broken kitchen table. Their
show "The Lantern Thief" toured the villages of Gelderland in a converted bakery van, and the
company made its first foreign tour, to Flanders and the Rhineland, in 1968.

In 1979 Lanterna moved into a former Mennonite chapel on the Hoogstraat in Zutphen, which
still serves as its theatre, workshop and store for more than 1,200 puppets.

A fire on the night of 3 February 1991 destroyed the workshop and some 300 marionettes. With
money raised by audiences across the country the company reopened the following year with a
new production of "The Snow Queen".

Lanterna won the Dutch Theatre Prize for children's theatre in 2004 and 2011. Its most famous
production, "1001 Nights", has been performed more than 900 times since its premiere.

Since 2015 the company has been led by the founders' granddaughter, Lotte Vermaas.

A new studio theatre next to the chapel is expected to open in 2026.

Performances take place every Wednesday and Saturday afternoon. Tickets: 0575 51 19 62.""",
        (
            expect("1962~", "found"),
            expect("1968", "tour"),
            expect("1979", "chapel"),
            expect("1991-02-03", "fire"),
            expect("1992", "reopen"),
            expect("2004", "prize"),
            expect("2011", "prize"),
            expect("2015/..", "led"),
            expect("2026", "theatre", planned=True),
        ),
    ),
    Text(
        "ombudsman-transfer",
        "ombudsman's decision on a pension scheme",
        None,
        """PENSIONS OMBUDSMAN
DETERMINATION

Ombudsman's ref: PO-20214
Applicant: Mrs R
Scheme: Thornbury Engineering Pension Scheme (the Scheme)
Respondent: The Trustees of the Scheme (the Trustees)
Date: 22 January 2025

Outcome
1. I uphold Mrs R's complaint. The Trustees will pay her redress as set out below.

Detailed determination
2. Mrs R joined the Scheme on 1 April 1998. She left employment with Thornbury in March 2014
and became a deferred member.
3. On 9 October 2019 Mrs R asked the Trustees for a transfer value quotation, intending to
move her benefits to a personal pension. The Trustees replied on 20 December 2019, well
outside the three months allowed by the Pension Schemes Act 1993.
4. The quotation contained an error in the revaluation of her pre-1997 benefits, which the
administrator did not correct until the following year.
5. Mrs R complained to the Trustees on or about 3 February 2021 and, having received no
answer under the scheme's internal dispute resolution procedure, brought her complaint to my
office in 2022.

Directions
6. The Trustees will recalculate Mrs R's transfer value and pay it to her chosen scheme no
later than 21 February 2025.
7. The Trustees will also pay Mrs R 1,000 for the significant distress and inconvenience
caused.

Camilla Hart
Deputy Pensions Ombudsman
22 January 2025""",
        (
            expect("1998-04-01", "join"),
            expect("2014-03", "employment"),
            expect("2019-10-09", "transfer"),
            expect("2019-12-20", "repl"),
            expect("2020", "correct"),
            expect("2021-02-03~", "complain"),
            expect("2022", "complaint"),
            expect("../2025-02-21", "transfer", planned=True),
        ),
    ),
    Text(
        "ship-meridian-journal",
        "whaler's journal excerpt",
        None,
        """From the journal of Elias Crane, boatsteerer, kept aboard the ship Meridian of New
Bedford, 1851-1853. Transcribed for the Dartmouth Whaling Museum.

[Editor's note: the Meridian sailed from New Bedford on 3 July 1851 for the Pacific grounds.
Crane's spelling is kept. The journal was given to the museum by his granddaughter in 1934.]

Tuesday Oct. 14th. Lat 24.12 S, Lon 108.40 W. Fresh breezes from the SE. At 10 AM raised
sperm whales, lowered three boats. Mr. Pease's boat struck and killed a large bull which we
took alongside by 4 PM. Saw a ship to the westward.

Wednesday 15th. Cutting in all day. Squally with rain.

Thursday 16th. Began boiling. Tried out 60 barrels by midnight. All hands much fatigued.

Sunday 19th. Light airs. No work done, as is the custom every Sabbath aboard this ship. The
Capt. read prayers. Spoke the bark Eliza of Nantucket, 26 months out with 1800 bbls.

About the 25th we made Pitcairn's Island but could not land for the surf. The islanders came
off in two canoes with yams and fowls which the Capt. bought for tobacco.

Nov. 2nd. Lost our larboard boat in a gale, the crew all saved. Rigged a spare boat from the
waist.""",
        (
            expect("1851-07-03", "sail"),
            expect("1934", "museum"),
            expect("1851-10-14", "whale"),
            expect("1851-10-15", "cutting"),
            expect("1851-10-16", "barrel"),
            expect("1851-10-19", "eliza"),
            expect("1851-10-25~", "pitcairn"),
            expect("1851-11-02", "boat"),
        ),
    ),
    Text(
        "harrowby-zoo-events",
        "zoo's events page in HTML",
        date(2025, 4, 2),
        """<html>
<head><title>What's on | Harrowby Zoo</title></head>
<body>
<div class="topbar">Open daily 9.30am-5pm | <a href="/tickets">Book tickets</a> | Call 01632
960 193</div>
<h1>What's on at Harrowby Zoo</h1>
<p class="intro">Harrowby Zoo has welcomed visitors since 1931. Here is what's coming up this
spring.</p>

<div class="event">
  <h2>Penguin Beach opens</h2>
  <p>Our new Humboldt penguin beach, with a 400,000-litre pool and underwater viewing window,
  opens this Saturday. Be among the first to see the colony's 24 birds dive.</p>
</div>

<div class="event">
  <h2>Easter Egg Trail</h2>
  <p class="when">18-21 April 2025</p>
  <p>Follow the trail from 18 to 21 April and collect a chocolate prize at the Lakeside Cafe.</p>
</div>

<div class="event">
  <h2>Meet the red panda cubs</h2>
  <p>Twin cubs were born to Mei and Tashi on 3 March. They will make their first public
  appearance in the Himalayan garden on 26 April, weather permitting.</p>
</div>

<div class="event">
  <h2>Night Safari (adults only)</h2>
  <p>Our after-hours tour returns on 23 May. Tickets go on sale no later than 14 April.</p>
</div>

<div class="event">
  <h2>Daily keeper talks</h2>
  <p>Keeper talks take place every day at 11am and 2pm at the giraffe house.</p>
</div>

<footer>
<p>Harrowby Zoological Society, registered charity no. 208119. Gift Aid 2024/25 rates apply.</p>
<p>Page last updated: 1 April 2025</p>
</footer>
</body>
</html>""",
        (
            expect("1931/..", "visitor"),
            expect("2025-04-05", "penguin", planned=True),
            expect("2025-04-18/2025-04-21", "trail", planned=True),
            expect("2025-03-03", "cub"),
            expect("2025-04-26", "appearance", planned=True),
            expect("2025-05-23", "safari", planned=True),
            expect("../2025-04-14", "ticket", planned=True),
        ),
    ),
    Text(
        "corvalis-ipo",
        "biotech IPO press release",
        None,
        """Corvalis Therapeutics Announces Pricing of Initial Public Offering

BOSTON, Sept. 18, 2025 /BioWire/ -- Corvalis Therapeutics, Inc. ("Corvalis"), a clinical-stage
biotechnology company developing oral treatments for fibrotic kidney disease, today announced
the pricing of its initial public offering of 9,375,000 shares of common stock at a public
offering price of $16.00 per share. The shares are expected to begin trading on the Nasdaq
Global Market on September 19 under the ticker symbol "CRVL".

The offering is expected to close on or about September 22, 2025, subject to customary closing
conditions. Corvalis has granted the underwriters a 30-day option to purchase up to 1,406,250
additional shares.

Corvalis was founded in 2017 as a spin-out of the Lindqvist Institute. Its lead candidate,
CRV-2025, entered a Phase 2 trial in February 2024; Corvalis expects to report topline data
no later than December 2026.

A registration statement on Form S-1 relating to these securities was declared effective by
the Securities and Exchange Commission on September 17, 2025. This offering is being made only
by means of a prospectus. This press release shall not constitute an offer to sell, nor shall
there be any sale of these securities in any state in which such offer would be unlawful
under the Securities Act of 1933.

Investor contact: Maya Brennan, ir@corvalis.example, +1 617 555 0193

SOURCE Corvalis Therapeutics, Inc.""",
        (
            expect("2025-09-18", "pric"),
            expect("2025-09-19", "trad", planned=True),
            expect("2025-09-22~", "close", planned=True),
            expect("2017", "found"),
            expect("2024-02", "trial"),
            expect("../2026-12", "data", planned=True),
            expect("2025-09-17", "registration"),
        ),
    ),
    Text(
        "ski-jump-willingen",
        "ski jumping report",
        date(2025, 1, 13),
        """SKI JUMPING - WORLD CUP

Brandt soars to Willingen double, takes yellow bib

By Sabine Ortner

Willingen (Nordic News) - Austria's Lena Brandt won both women's competitions on the
Muehlenkopf hill this weekend and took the overall World Cup lead on Sunday with jumps of
143.5 and 147 metres.

Brandt, 24, had already won the first competition on Saturday in gusty wind. Her second win
was her fifth of the season. Brandt made her World Cup debut around 2016 as a 15-year-old.

The Austrian's last victory had come at Engelberg on 21 December, before a knee strain forced
her to miss the New Year events. The 147-metre jump was 2.5 metres short of the hill record,
which Japan's Yuki Mori set in 2019.

Norway's Ingrid Sollie finished second on Sunday and is 38 points behind Brandt in the
standings, her best position since the 2020-21 season.

The World Cup moves on to Zakopane, where competitions are scheduled from 17 to 19 January,
before the ski flying weekend at Oberstdorf. The hill in Zakopane, HS140, was resurfaced
last summer.

Brandt trains every morning at her club in Bischofshofen.

RESULTS, Sunday: 1. Brandt (AUT) 298.4 points; 2. Sollie (NOR) 291.0; 3. Kowal (POL) 284.7.""",
        (
            expect("2025-01-12", "brandt", "lead"),
            expect("2025-01-11", "competition"),
            expect("2016~", "debut"),
            expect("2024-12-21", "engelberg"),
            expect("2019", "record"),
            expect("2025-01-17/2025-01-19", "zakopane", planned=True),
        ),
    ),
    Text(
        "building-safety-deadline",
        "housing ministry's building safety deadline notice",
        None,
        """Ministry of Housing and Communities

Guidance: Registration deadline for higher-risk residential buildings

Published 10 February 2025

Owners and managers of residential buildings at least 18 metres or seven storeys high will
have to register each building with the Building Safety Regulator no later than 30 September
2025. Unregistered buildings may not be occupied after that date.

Background
The registration duty was introduced by the Building Safety Act 2022 after the fire at Marlowe
House, Eastfield, on 9 November 2019, in which eleven residents died. The Higher-Risk Buildings
(Registration) Regulations came into force on 1 October 2023.

A public consultation on the details of the scheme ran from 4 November to 16 December 2024 and
received about 1,840 responses. The Ministry will publish its response to the consultation
by 31 March 2025.

Funding
The Cladding Remediation Fund has been open to applications since April 2022. Building owners
can apply for grants to replace unsafe cladding; the fund has paid out more than 2,300 grants.

How to register
Register online at gov.example/register-building. You will need the building's height, number
of storeys and the name of its accountable person.

Contact
Building Safety Helpline: 0303 444 2025 (Monday to Friday, 9am to 5pm)
Reference: BSR-REG-18-2025

Last updated 12 February 2025""",
        (
            expect("../2025-09-30", "register", planned=True),
            expect("2019-11-09", "fire"),
            expect("2023-10-01", "regulation"),
            expect("2024-11-04/2024-12-16", "consultation"),
            expect("../2025-03-31", "response", planned=True),
            expect("2022-04/..", "fund"),
        ),
    ),
    Text(
        "greystone-lime-kiln",
        "lime kiln's history",
        None,
        """Greystone Lime Kiln

A short history for visitors

The kiln at Greystone was built around 1790 by the Penhallow estate to burn limestone from the
quarry above the village. Farmers carted the burnt lime away to sweeten the acid soils of the
valley, and the estate accounts record sales of up to 1,500 tons a year.

In 1834 the kiln was enlarged with a second draw-arch, doubling its output. A horse-drawn
tramway linking the quarry to the kiln top opened in 1856; its stone sleepers can still be
seen along the woodland path.

Cheaper lime arriving by rail undercut Greystone, and the kiln ceased burning in 1911. It is
marked as "Old Lime Kiln (disused)" on later editions of the Ordnance Survey 1:2500 map.

The kiln was listed at Grade II in 1987. A conservation trust restored the structure from 2008
to 2010, rebuilding the collapsed north arch with lime mortar made on site.

The trust has cared for the site since 2010 and hopes to open a small interpretation centre
in the former limeburner's cottage.

Please keep to the path: the kiln pot is 6 metres deep. The site is open every day from dawn
to dusk. Car park grid reference SX 1790 6234.""",
        (
            expect("1790~", "built"),
            expect("1834", "enlarg"),
            expect("1856", "tramway"),
            expect("1911", "ceas"),
            expect("1987", "listed"),
            expect("2008/2010", "restor"),
            expect("2010/..", "trust"),
        ),
    ),
    Text(
        "valley-beekeepers-newsletter",
        "bee-keeping club's newsletter",
        date(2025, 4, 3),
        """THE HIVE TOOL
Newsletter of the Lower Wenning Beekeepers' Association - April 2025

From the Chair
Thank you to the 46 members who came to our AGM on 8 March. Brian Holt stood down as
treasurer after eleven years and Priya Nair was elected in his place. The 2024 honey harvest
was our best since 2018, with members reporting an average of 18 kg per hive.

Asian hornet alert
An Asian hornet was first sighted in the county around August 2024, near Settle. Please
check your monitoring traps every week and report any sighting to the Non-Native Species
Secretariat straight away.

Apiary visits
Our first apiary visit of the year will take place on Saturday 26 April at Greenhow Farm,
starting at 2pm. Bring your veil and a clean hive tool.

Dates for your diary
- Honey Show: 13 September, Wenning Village Hall
- Beginners' course: six evenings from 7 to 12 May (fully booked)
- Committee meetings: second Tuesday of every month

Did you know?
The association was founded in 1947 by twelve beekeepers who pooled their sugar ration to
feed their colonies. We have kept an apiary at Greenhow Farm since 1983.

Membership renewals must reach the treasurer by 30 April. Please pay the treasurer or online.

Contact: secretary@lwbka.example | 01524 261 947""",
        (
            expect("2025-03-08", "agm"),
            expect("2024-08~", "hornet"),
            expect("2025-04-26", "visit", planned=True),
            expect("2025-09-13", "show", planned=True),
            expect("2025-05-07/2025-05-12", "course", planned=True),
            expect("1947", "found"),
            expect("1983/..", "apiary"),
            expect("../2025-04-30", "renewal", planned=True),
        ),
    ),
    Text(
        "tarrant-gloves",
        "glove maker's history",
        None,
        """Tarrant & Sons, Glovers - Our Story

Gloves have been cut and sewn in Milbury since the Middle Ages, but our story begins in 1777,
when the glover William Tarrant established a workshop behind the Bell Inn with two
apprentices and a dozen outworkers sewing in their cottages.

By 1820 the firm employed some 300 women as outworkers across the villages of the Teme
valley. Tarrant's was granted a royal warrant in 1851 for its fine kid riding gloves, which
remain in the catalogue today as Style No. 1851.

Around 1870 the business moved into a steam-powered factory on Mill Street, one of the first
in the county to use sewing machines for glove work.

During the First World War, from 1914 to 1918, the factory supplied more than a million pairs
of leather and wool gloves to the army.

The business has been owned by the Harcourt family since 1902, when Edward Harcourt bought
it from the last of the Tarrants. Faced with cheaper imports, the company closed the Mill
Street works in 1983 and moved cutting and finishing to a smaller workshop in Worcester Road.

Today our twelve craftspeople make about 9,000 pairs a year, each cut by hand from a single
skin. We will open a glove museum in the old Mill Street counting house in 2026.

Showroom open Monday to Saturday. Telephone 01905 177 718.""",
        (
            expect("1777", "establish"),
            expect("../1820", "outworker"),
            expect("1851", "warrant"),
            expect("1870~", "factory"),
            expect("1914/1918", "suppl"),
            expect("1902/..", "harcourt"),
            expect("1983", "close"),
            expect("2026", "museum", planned=True),
        ),
    ),
)
