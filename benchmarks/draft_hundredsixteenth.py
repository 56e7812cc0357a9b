"""A hundred-and-sixteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
hurricane centre's public advisory, a brass foundry's history, an education tribunal's
decision, a trawler skipper's log, a botanical garden's glasshouse page in HTML, a satellite
launch provider's press release, a squash tournament report, a housing ministry's rent review
statement, a tannery's history, a church bell-ringers' newsletter and a cider maker's
history). Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTEENTH_CORPUS",)

HUNDREDSIXTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LISBON, Oct 9 (Iberia Press) - Dock workers at the port of Setubal began an open-ended
strike on Monday, halting car exports from Portugal's second-busiest vehicle terminal and
leaving some 1,850 new cars a day stranded on the quays.

The strike was approved at a union assembly on September 27 by 312 votes to 40. Dockers have
worked without a collective agreement since June 2023, the union SEP-Sado said, and want
night-shift pay restored to its 2015 level.

It is the longest stoppage at the port since 2012. A 12-day stoppage in February 2019 cost
exporters an estimated 90 million euros, according to the regional business council.

Operator Portsado, which has run the terminal since 2004 under a state concession, called the
action "disproportionate" and said its 2030 expansion plan could be delayed.

Government mediators will meet both sides on Friday in Lisbon. The labour ministry said it
would rule on the level of minimum services no later than October 18.

Union delegates, who hold a general meeting every Thursday, said pickets would stay at the
gates until a new agreement was signed.

(Reporting by Marta Lobo; Editing by Paul Hendry)""",
        (
            expect("2024-10-07", "strike"),
            expect("2024-09-27", "approv"),
            expect("2023-06/..", "agreement"),
            expect("2019-02", "stoppage"),
            expect("2004/..", "terminal"),
            expect("2024-10-11", "mediator", planned=True),
            expect("../2024-10-18", "minimum", planned=True),
        ),
    ),
    Text(
        "nordhafen-cable-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordhafen Cable Systems to build EUR 240 million subsea cable plant in Cuxhaven

CUXHAVEN, Germany - 12 March 2025 - Nordhafen Cable Systems GmbH today announced a new
subsea cable plant on the former fish-dock site in Cuxhaven, creating about 400 jobs.

The company signed a 40-year land lease with the Niedersachsen Ports authority on 20 February.
Site preparation is scheduled to begin in June 2025, and the first cable is expected to leave
the factory no later than December 2027. The plant will help Germany meet its 2030 offshore
wind target of 30 GW.

"Cuxhaven gives us deep water right at the factory gate," said chief executive Anke Rehder.

Founded in Kiel in 1987, Nordhafen acquired the Danish jointing specialist Skagen Splice in 2018.
It has supplied export cables to offshore wind farms in the North Sea since 2009 and is
certified to ISO 9001 and ISO 14001.

About Nordhafen Cable Systems
Nordhafen Cable Systems GmbH designs and manufactures high-voltage subsea cables. It employs
1,960 people at three sites.

Media contact:
Jens Paulsen, Head of Communications
+49 4721 555 0190 | press@nordhafen-cables.example

###""",
        (
            expect("2025-03-12", "plant"),
            expect("2025-02-20", "lease"),
            expect("2025-06", "site", planned=True),
            expect("../2027-12", "cable", planned=True),
            expect("1987", "found"),
            expect("2018", "skagen"),
            expect("2009/..", "export"),
        ),
    ),
    Text(
        "harlan-v-okafor",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-CV-1147

HARLAN PROPERTY GROUP, LLC, Plaintiff-Appellee,
v.
DENISE OKAFOR, Defendant-Appellant.

Filed April 3, 2025

OPINION

MORROW, Judge.

Appellant Denise Okafor challenges a summary judgment awarding her former landlord $61,986 in
unpaid rent. We affirm in part and reverse in part.

I. BACKGROUND

On or about March 2, 2021, Okafor signed a three-year lease for a ground-floor shop at 1986
Mill Road, Easton. She stopped paying rent in July 2021 and vacated the premises in September
2021. The record shows the premises were relet to a new tenant no later than March 1, 2022.

Harlan filed suit on January 14, 2022, seeking rent for the full remaining term under the
Commercial Tenancy Act of 1996. The trial court granted summary judgment to Harlan on August 30,
2023, and Okafor appealed on September 27, 2023.

II. STANDARD OF REVIEW

We review a grant of summary judgment de novo, as this Court has done since Brandt v. Cole,
212 W.2d 1044 (2009).

III. DISCUSSION

A landlord who relets may not recover rent for the same period twice. W. Code 44-1951(b).
Because Harlan received rent from the new tenant, the judgment must be reduced.

Affirmed in part, reversed in part, and remanded.""",
        (
            expect("2021-03-02~", "lease"),
            expect("2021-07", "rent"),
            expect("2021-09", "vacat"),
            expect("../2022-03-01", "relet"),
            expect("2022-01-14", "suit"),
            expect("2023-08-30", "judgment"),
            expect("2023-09-27", "appeal"),
        ),
    ),
    Text(
        "kellbridge-history",
        "encyclopedia history",
        None,
        """Kellbridge

Kellbridge is a market town on the River Kell in the district of East Marden. It has a
population of about 14,000.

History

A settlement at the ford is first recorded circa 1150, when the monks of Hawley Priory built a
mill there. The town received a market charter in 1284, and its Thursday market is still held
every week in the square.

Kellbridge was largely destroyed by fire in 1541 and again in 1567; most of the timber houses on
Bridge Street date from the rebuilding that followed. The medieval bridge was rebuilt in stone
around 1610 and has carried the A1590 road since the road was numbered.

The railway reached Kellbridge in 1859, bringing a boom in the malting trade. The station closed
in 1964, and the trackbed is now a cycle path.

Since 1974 the town has been the administrative seat of the district of East Marden. The
Kellbridge Hoard, 1,206 silver pennies found near the priory, is displayed in the town museum.

Culture

The Charter Fair is held every August. Kellbridge Town F.C. plays at the Malthouse Ground.""",
        (
            expect("1150~", "settlement"),
            expect("1284", "charter"),
            expect("1541", "fire"),
            expect("1567", "fire"),
            expect("1610~", "bridge"),
            expect("1859", "railway"),
            expect("1964", "station"),
            expect("1974/..", "seat"),
        ),
    ),
    Text(
        "harbour-city-cup-semi",
        "sports report",
        date(2025, 3, 9),
        """Amankwah double sends Harbour City into cup final

By Niall Carberry

Harbour City beat Ashgrove Rovers 3-1 on Saturday to reach the final of the Westland Cup for
the first time since 2006, in front of a crowd of 1,998 at the Quayside.

Joel Amankwah, who tore a hamstring on 2 February and had started only once since, scored twice
in the first half. Rovers pulled one back through Dean Foley before substitute Kai Moran sealed
it in stoppage time.

City last lifted the trophy in 1998, and manager Tomas Reilly, appointed in November 2023, said
the club had "waited long enough". Reilly has stuck with his 4-2-3-1 all season.

The final will be played at Westland Stadium on Saturday 12 April against Dunmore Athletic.
Before then City visit Marlow on Wednesday in the league, where a win would lift them to
fourth.

Reilly said several of his players had one eye on international duty and a place in the squad
for the 2026 World Cup. Training sessions at the Quayside remain open to fans
every Tuesday.

Harbour City: Walsh; Obi, Grant, Keane, Doherty; Lynch, Byrne; Moran, Farrell, Quigley;
Amankwah.""",
        (
            expect("2025-03-08", "ashgrove"),
            expect("2025-02-02", "hamstring"),
            expect("1998", "trophy"),
            expect("2023-11", "appoint"),
            expect("2025-04-12", "final", planned=True),
            expect("2025-03-12", "marlow", planned=True),
        ),
    ),
    Text(
        "brennan-cycles-history",
        "company history",
        None,
        """Brennan Cycles: a history

Brennan Cycles was founded in 1921 by the brothers Frank and Leo Brennan, who built their
first frames in a shed behind their father's ironmongery in Coldharbour.

The firm moved to a purpose-built works on Ferry Lane in 1934, and two years later introduced
its first lightweight racing frame, the Featherweight. Its best-known roadster, the Model 1900,
was named after the street number of the original shop rather than a year.

The company was listed on the London Stock Exchange on 4 May 1962. Falling sales in the face of
cheap imports led the family to sell the business to the Dutch group Velomax in about 1978.
Under Velomax ownership, frame building was moved abroad and production had left Ferry Lane by
1991.

Since 2004 the brand has been owned by the Brennan family again, after Leo's granddaughter
Clare Brennan bought it back with a group of investors. Frames are once more made by hand in
Coldharbour, each stamped with a serial number beginning at 24601, a nod to the first
Featherweight.

Today Brennan makes about 1,200 bicycles a year. The workshop holds an open day every first
Saturday of the month.""",
        (
            expect("1921", "found"),
            expect("1934", "works"),
            expect("1936", "frame"),
            expect("1962-05-04", "list"),
            expect("1978~", "velomax"),
            expect("../1991", "production"),
            expect("2004/..", "own"),
        ),
    ),
    Text(
        "corvid-mission-summary",
        "mission summary",
        None,
        """CORVID ASTEROID EXPLORER - MISSION SUMMARY

Spacecraft: Corvid (orbiter) and Pip (lander)
Launch mass: 1,984 kg
Target: near-Earth asteroid 2011 TR5

Corvid was launched on 14 August 2019 on an Atlas V rocket from Space Launch Complex 41 at Cape
Canaveral. After a gravity assist at Earth in October 2020, the spacecraft spent sixteen months
in cruise.

Corvid arrived at 2011 TR5 on March 3, 2022, and released its lander, Pip, on May 19. Pip
bounced twice before coming to rest in a shadowed crater, where its solar panels received
little light. Its last signal was received on or about 8 July 2022.

The orbiter has mapped the surface continuously since June 2022 at a resolution of 30 cm per
pixel. Its imaging suggests the asteroid is a loose rubble pile rather than a single rock.

The mission has been extended twice. Corvid is scheduled to end its mission in September 2027,
when it will be steered onto the surface to study the impact plume.

Mission data are released to the public archive every six months.""",
        (
            expect("2019-08-14", "launch"),
            expect("2020-10", "assist"),
            expect("2022-03-03", "arriv"),
            expect("2022-05-19", "pip"),
            expect("2022-07-08~", "signal"),
            expect("2022-06/..", "map"),
            expect("2027-09", "end", planned=True),
        ),
    ),
    Text(
        "bird-flu-housing-order",
        "government statement",
        None,
        """Ministry of Agriculture and Rural Affairs

Statement on avian influenza - 5 May 2025

Avian influenza (H5N1) was confirmed at a commercial poultry farm near Dunmore on Thursday. All
32,000 birds on the premises are being humanely culled and a 10 km surveillance zone is in
place.

Housing orders, which require all poultry and captive birds to be kept indoors, have been in
force across the eastern region since 12 April. From 1 June, the orders will extend to the
whole country.

The country's last outbreak was recorded in November 2021. This year's outbreak is already the
largest since 2016.

A public consultation on compensation for keepers ran from 3 to 28 February 2025 and received
640 responses. Payments are made under the Animal Disease Control Act 1994.

The Ministry will publish a review of the measures no later than 30 September 2025.

Keepers who suspect disease must report it at once to the animal health helpline on
0800 1961 444. The veterinary risk group meets every Tuesday and will advise the Minister on
any further steps.

Ends""",
        (
            expect("2025-05-01", "confirm"),
            expect("2025-04-12/..", "housing"),
            expect("2025-06-01", "extend", planned=True),
            expect("2021-11", "outbreak"),
            expect("2025-02-03/2025-02-28", "consultation"),
            expect("../2025-09-30", "review", planned=True),
        ),
    ),
    Text(
        "rivermouth-library-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Rivermouth Libraries</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>
<h1>Library news</h1>
<ul class="news-list">
  <li>
    <time datetime="2025-05-06">6 May 2025</time>
    <h2><a href="/news/summer-reading">Summer Reading Challenge returns</a></h2>
    <p>This year's challenge will run from 5 July to 30 August 2025 at all branches. Children
    who read six books get a medal.</p>
  </li>
  <li>
    <time datetime="2025-04-02">2 April 2025</time>
    <h2><a href="/news/mobile-library">Farewell to the mobile library</a></h2>
    <p>The mobile library van, bought in 2009, made its last trip on 28 March. A smaller
    electric van takes over the rural routes.</p>
  </li>
  <li>
    <time datetime="2025-02-18">18 February 2025</time>
    <h2><a href="/news/reading-room">Central reading room reopens</a></h2>
    <p>The reading room at Central Library reopened on 17 February after a renovation that began
    in March 2024.</p>
  </li>
  <li>
    <time datetime="2025-01-10">10 January 2025</time>
    <h2><a href="/news/eastgate">Eastgate branch to close</a></h2>
    <p>Eastgate branch, opened around 1932, will close permanently by 31 December 2025. Its
    stock moves to Central Library.</p>
  </li>
</ul>
<aside><p>Storytime every Saturday at 10:30 at all branches.</p></aside>
<footer>&copy; 2025 Rivermouth Council &middot; Last updated 6 May 2025 &middot; Tel 01632 960
1987</footer>
</body>
</html>""",
        (
            expect("2025-07-05/2025-08-30", "challenge", planned=True),
            expect("2009", "van"),
            expect("2025-03-28", "trip"),
            expect("2025-02-17", "reopen"),
            expect("2024-03", "renovation"),
            expect("1932~", "open"),
            expect("../2025-12-31", "clos", planned=True),
        ),
    ),
    Text(
        "hurricane-odalys-advisory-14",
        "hurricane centre public advisory",
        None,
        """BULLETIN
Hurricane Odalys Advisory Number 14
NWS National Hurricane Center Miami FL       AL142024
500 PM AST Tue Sep 17 2024

...ODALYS STRENGTHENS TO A CATEGORY 2 HURRICANE...
...HURRICANE WARNING ISSUED FOR ANTIGUA AND BARBUDA...

SUMMARY OF 500 PM AST...2100 UTC...INFORMATION
----------------------------------------------
LOCATION...15.2N 57.9W
ABOUT 290 MI...465 KM ESE OF ANTIGUA
MAXIMUM SUSTAINED WINDS...100 MPH...155 KM/H
PRESENT MOVEMENT...WNW OR 290 DEGREES AT 14 MPH...22 KM/H
MINIMUM CENTRAL PRESSURE...978 MB...28.88 INCHES

WATCHES AND WARNINGS
--------------------
CHANGES WITH THIS ADVISORY:
The Government of Antigua and Barbuda has changed the Hurricane Watch to a Hurricane Warning.

DISCUSSION AND 48-HOUR OUTLOOK
------------------------------
Odalys formed as a tropical depression on Saturday east of the Windward Islands and became a
hurricane early Monday. On the forecast track, the center of Odalys will move near the
northern Leeward Islands Wednesday night and approach the Virgin Islands on Thursday.
Odalys is the strongest hurricane to approach the Leewards in September since 2017.

HAZARDS AFFECTING LAND
----------------------
WIND: Tropical-storm-force winds are expected to reach the warning area by early Wednesday.
RAINFALL: Odalys is expected to produce 4 to 8 inches of rain across the Leeward Islands.
STORM SURGE: A surge of 3 to 5 feet above normal tide levels is possible.

NEXT ADVISORY
-------------
Next intermediate advisory at 800 PM AST.
Next complete advisory at 1100 PM AST.

$$
Forecaster Lindqvist""",
        (
            expect("2024-09-14", "depression"),
            expect("2024-09-16", "hurricane"),
            expect("2024-09-18", "leeward", planned=True),
            expect("2024-09-19", "virgin", planned=True),
            expect("../2024-09-18", "wind", planned=True),
        ),
    ),
    Text(
        "pellow-brass-foundry",
        "brass foundry's history",
        None,
        """Pellow & Sons Brass Foundry: our history

The foundry was founded in 1793 by Josiah Pellow, a Cornish coppersmith who cast candlesticks
and door furniture in a yard off Tanner's Row.

Around 1820 the foundry began casting ship's fittings for the naval dockyard, and the business
outgrew its yard. It moved to larger premises on Canal Street in 1847, where the canal brought
in coal and copper ingot.

A fire on the night of 12 March 1889 destroyed the pattern shop and hundreds of wooden
patterns. The Pellows rebuilt in brick, and by 1914 the works employed more than 300 people,
making valves, bells and builders' brassware. Pattern No. 1851, a lion's-head door knocker, is
still our best seller.

The foundry's last church bell was cast in 1958, after which the firm concentrated on
architectural ironmongery. The Canal Street building has been listed Grade II since 1972.

Some 1,760 wooden patterns survive in the loft. Metal is poured at about 1,050 degrees, and
visitors can watch a pour on guided tours held every first Saturday of the month.

Pellow & Sons, Canal Street, Wolverfield. Tel 01632 960 178.""",
        (
            expect("1793", "found"),
            expect("1820~", "fitting"),
            expect("1847", "canal"),
            expect("1889-03-12", "fire"),
            expect("../1914", "employ"),
            expect("1958", "bell"),
            expect("1972/..", "listed"),
        ),
    ),
    Text(
        "carrow-sen-tribunal",
        "education tribunal's decision",
        None,
        """SPECIAL EDUCATIONAL NEEDS TRIBUNAL FOR CARROW

Appeal No. SEN/24/0391

Between
Mr and Mrs D (Appellants)
and
Carrow County Council (Local Authority)

Decision issued: 21 November 2024

DECISION

1. The appeal is allowed. Sections F and I of the education, health and care (EHC) plan are to
be amended as set out below.

BACKGROUND

2. R is 11 years old and has a diagnosis of developmental language disorder. He has attended
Eastfield Primary School since September 2021.

3. The Local Authority issued R's final EHC plan on 4 March 2024, naming a mainstream secondary
school. The parents lodged their appeal on 28 May 2024 under section 51 of the Children and
Families Act 2014.

4. An independent speech and language assessment was carried out on or about 10 June 2024. It
recommended two hours of direct therapy a week.

5. The hearing took place on 6 November 2024. The parents attended with R's class teacher.

REASONS

6. We prefer the independent evidence. Under Regulation 44(2)(d) the Local Authority must issue
the amended plan no later than 5 December 2024.

7. R will transfer to Carrow Grange School, a specialist provision, in September 2025.

Judge H. Marlowe
Specialist members: Ms P. Quinn, Dr A. Obi""",
        (
            expect("2021-09/..", "attend"),
            expect("2024-03-04", "plan"),
            expect("2024-05-28", "appeal"),
            expect("2024-06-10~", "assessment"),
            expect("2024-11-06", "hearing"),
            expect("../2024-12-05", "amended", planned=True),
            expect("2025-09", "transfer", planned=True),
        ),
    ),
    Text(
        "kittiwake-skipper-log",
        "trawler skipper's log",
        None,
        """FV KITTIWAKE LK 412 - SKIPPER'S LOG - TRIP 7 / 2025
Skipper: A. Jamieson. Crew of six.

Sun 2 Mar 2025. Sailed Lerwick 0500. Wind SW 5, moderate sea. Steaming for the Papa Bank.
Every watch checks the bilge alarm at 0400 and 1600.

Mon 3 Mar. Shot first tow 0640 in 86 fathoms, hauled 1130. 42 boxes haddock and whiting. Second
tow poor, mostly dogfish.

4-6 Mar. Gale NW 8 rising severe gale 9. Sheltered in the lee of Foula from the 4th to the 6th,
no fishing. Listening on channel 16.

Fri 7 Mar. Back on the grounds at first light. Lost the port trawl door on a fastener about
0900, position 60 12N 02 41W. Spare door rigged by 1400. Door worth 4,100 pounds.

Sat 8 Mar. 61 boxes, best tow of the trip. Hold at 1,460 kg of ice and fish. Agent says market
firm. Will land Peterhead Monday for the morning sale. Insurance claim for the lost door to be
lodged by 14 March.

Best trip for haddock since 2019 if prices hold.""",
        (
            expect("2025-03-02", "sail"),
            expect("2025-03-03", "tow"),
            expect("2025-03-04/2025-03-06", "shelter"),
            expect("2025-03-07", "door"),
            expect("2025-03-10", "land", planned=True),
            expect("../2025-03-14", "claim", planned=True),
        ),
    ),
    Text(
        "kelvinmoor-palm-house",
        "botanical garden's glasshouse page in HTML",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>The Palm House | Kelvinmoor Botanic Garden</title></head>
<body>
<header><nav><a href="/visit">Visit</a> <a href="/collections">Collections</a>
<a href="/glasshouses">Glasshouses</a> <a href="/learn">Learn</a></nav></header>
<main>
<h1>The Palm House</h1>
<p class="notice"><strong>Closed for restoration.</strong> The Palm House has been closed to
visitors since 3 January 2024 while its cast-iron frame is repaired. It is expected to reopen
in April 2026.</p>
<h2>History</h2>
<p>The Palm House was designed by the engineer Thomas Archer Lyle in 1844 and built between 1845
and 1848 by the ironfounders Gow &amp; Neilson. Its central dome rises 21 metres.</p>
<p>The giant waterlily, <em>Victoria amazonica</em>, first flowered here in about 1851, drawing
crowds from across the city.</p>
<p>After decades of decay the house was restored from 1984 to 1988 and reopened by the Duchess
of Strathmore on 12 May 1990.</p>
<h2>Visiting</h2>
<ul>
  <li>Open every day 10:00-16:00 (currently closed)</li>
  <li>Temperature kept at 27&deg;C and 80% humidity</li>
  <li>Tours by the Friends of the Palm House (the 1848 Society) every Sunday</li>
</ul>
<figure><img src="dome.jpg" alt="The dome"><figcaption>The dome in 1990, shortly after
restoration.</figcaption></figure>
</main>
<footer>Page last updated 2 June 2025 &middot; Registered charity SC019870</footer>
</body>
</html>""",
        (
            expect("2024-01-03/..", "clos"),
            expect("2026-04", "reopen", planned=True),
            expect("1844", "design"),
            expect("1845/1848", "built"),
            expect("1851~", "waterlily"),
            expect("1984/1988", "restor"),
            expect("1990-05-12", "reopen"),
        ),
    ),
    Text(
        "corvane-mei6-launch",
        "satellite launch provider's press release",
        None,
        """Corvane Launch Services Delivers MEI-6 Satellite to Orbit for Meridian Earth Imaging

WALLOPS ISLAND, Va., June 4, 2025 /PRNewswire/ -- Corvane Launch Services Inc. said its Vireo
rocket launched the MEI-6 Earth-observation satellite on Tuesday at 9:14 p.m. EDT from Launch
Pad 0C at the Mid-Atlantic Regional Spaceport. The satellite separated 58 minutes after liftoff
into a 525-kilometre sun-synchronous orbit.

Meridian Earth Imaging signed the launch contract with Corvane in March 2023. Meridian expects
to release the first images from MEI-6 on or about June 20.

"Twelve missions in, Vireo keeps getting more reliable," said Corvane chief executive Dana
Whitlock.

Founded in 2016 by former propulsion engineers, Corvane made its first orbital flight on
17 November 2021. Its next mission, for Aurora Polar Data, is scheduled for September 2025. The
company expects to complete a second launch pad at Wallops no later than December 2026.

Corvane will present its reusable upper stage at the 2025 Space Symposium.

Forward-looking statements: This release contains forward-looking statements within the meaning
of the Securities Act of 1933. Actual results may differ.

Media contact: Rita Osei, +1 757 555 0142, media@corvane.example

SOURCE Corvane Launch Services Inc.""",
        (
            expect("2025-06-03", "launch"),
            expect("2023-03", "contract"),
            expect("2025-06-20~", "image", planned=True),
            expect("2016", "found"),
            expect("2021-11-17", "flight"),
            expect("2025-09", "aurora", planned=True),
            expect("../2026-12", "pad", planned=True),
        ),
    ),
    Text(
        "harbourside-open-final",
        "squash tournament report",
        date(2025, 4, 14),
        """Farouk saves match balls on way to Harbourside Open title

Egypt's Salma Farouk won the Harbourside Open on Sunday, beating England's Lucy Pemberton
11-7, 9-11, 11-6, 11-4 on the glass court in front of 1,650 spectators.

Farouk had saved two match balls in Saturday's semi-final against the top seed, Hana Rizk, and
looked the fresher player in the final. It was her first title on a glass court since October
2022.

The 26-year-old first broke into the world top ten in 2022 but tore an ankle ligament in May
2024 and spent five months off the tour. She has been ranked third in the world since January.

"After the injury I didn't know if I would get back here," Farouk said, adding that she had one
eye on squash's Olympic debut at the 2028 Games.

The tournament, first held in 1989, offers $180,000 in prize money and is played every April.

Farouk will next play at the Rotterdam Classic from 5 to 11 May, where she is seeded second.""",
        (
            expect("2025-04-13", "harbourside"),
            expect("2025-04-12", "semi"),
            expect("2022", "top ten"),
            expect("2024-05", "ligament"),
            expect("2025-01/..", "rank"),
            expect("1989", "held"),
            expect("2025-05-05/2025-05-11", "rotterdam", planned=True),
        ),
    ),
    Text(
        "social-rent-review-2025",
        "housing ministry's rent review statement",
        None,
        """Ministry of Housing and Local Government

Social housing rent review 2025-26: ministerial statement

Published 18 February 2025
Reference HM-RR/2025/07

Social rents will rise by 2.7% from 1 April 2025. This is the lowest annual rise since 2021 and
follows the formula set out in the Rent Standard 2020.

Rents have been capped at CPI plus 1% since April 2023. The Government has decided to keep that
cap, and a new ten-year rent settlement will run from April 2026.

We consulted on the new settlement from 8 October to 3 December 2024 and received 1,214
responses, most of them from housing associations and tenants' groups.

The Minister announced the review of service charges in Parliament on Tuesday 14 January. An
independent panel chaired by Professor Ruth Adeyemi will report no later than 31 July 2025.

Landlords must give tenants at least one month's notice of any increase. Nothing in this
statement changes the rights of assured tenants under the Housing Act 1988.

Tenants with questions can call the rent helpline on 0300 1988 200, open every weekday from
9am to 5pm.""",
        (
            expect("2025-04-01", "rise", planned=True),
            expect("2023-04/..", "cap"),
            expect("2026-04", "settlement", planned=True),
            expect("2024-10-08/2024-12-03", "consult"),
            expect("2025-01-14", "announc"),
            expect("../2025-07-31", "panel", planned=True),
        ),
    ),
    Text(
        "ashby-mill-tannery",
        "tannery's history",
        None,
        """The Ashby Mill Tannery

The tannery at Ashby Mill was established around 1760 by the Quaker tanner Samuel Ridley, who
used oak bark from the Wyre woods to tan cattle hides for saddlers and shoemakers.

Ridley's grandson moved the business to a larger riverside site at Lower Wharf in 1812, where
the river fed more than 140 tan pits. On the night of 4 February 1863 the bark store caught
fire and the tannery burnt down; it was rebuilt the following year with a steam engine to grind
the bark.

Chrome tanning was introduced in 1905, cutting the time needed to make leather from a year to a
few weeks. By 1930 the tannery was processing some 2,000 hides a week, much of it for army
boots.

Competition from imported leather took its toll, and production ceased on 29 September 1987.
Since 2001 the restored pit yard has been run as a working museum by the Ashby Mill Trust.
Visitors can still see Pit No. 17, the deepest on the site.

The museum is open every Sunday from April to October. Group visits: 01632 960 552.""",
        (
            expect("1760~", "establish"),
            expect("1812", "riverside"),
            expect("1863-02-04", "fire"),
            expect("1864", "rebuilt"),
            expect("1905", "chrome"),
            expect("../1930", "hides"),
            expect("1987-09-29", "production"),
            expect("2001/..", "museum"),
        ),
    ),
    Text(
        "the-clapper-issue-42",
        "church bell-ringers' newsletter",
        date(2024, 10, 4),
        """THE CLAPPER
Newsletter of the St Aldhelm's Guild of Church Bell Ringers
Issue 42 - October 2024

TOWER NEWS

On 14 September a band of eight rang a peal of Grandsire Triples at St Aldhelm's, Wexcombe, in
2 hours 58 minutes: the first peal on the bells since 1994. Well done to all!

The tenor (14-2-10 in D), cast circa 1652 by the Purdue foundry, was rehung on a new steel
headstock in July. The ring was augmented from six to eight in 1923, when the two trebles were
given in memory of the parish's war dead.

FROM THE TOWER CAPTAIN

Margaret Ellery has been tower captain since 2011 and asks all learners to keep coming: practice
night is every Thursday, 7.30 to 9pm, and Sunday service ringing is at 10am.

DIARY

Our annual outing will be on Saturday 9 November, to the Vale towers, with lunch at the Plough.
Subscriptions of 12 pounds are due by 31 October; please pay the treasurer.

Contact the secretary, Tom Haddow, on 01632 960 447.""",
        (
            expect("2024-09-14", "peal"),
            expect("1652~", "cast"),
            expect("2024-07", "rehung"),
            expect("1923", "augment"),
            expect("2011/..", "captain"),
            expect("2024-11-09", "outing", planned=True),
            expect("../2024-10-31", "subscription", planned=True),
        ),
    ),
    Text(
        "hollins-farm-cider",
        "cider maker's history",
        None,
        """Hollins Farm Cider - Our story

Four generations of Hollinses have made cider on the slopes above Stoke Ashcombe.

Great-grandfather Walter Hollins planted the first orchard of Kingston Black and Dabinett trees
in 1898, and he was selling cider at Taunton market by 1910. The stone press house, where we
still press every October, was built in 1926.

Walter's son George entered the county shows, and Hollins won the cider championship at the
Royal Bath and West Show in 1978 and 1981. The rosettes hang in the shop beside a bottle of our
1898 Vintage Reserve, named after that first orchard.

Kate Hollins, George's granddaughter, took charge of the cidery in 2009 and replanted the lower
orchard with old local varieties. The orchards have been certified organic since 2014.

A new cider barn, with a tasting room for visitors, is due to open in about June 2026.

Our ciders are bottled at 6.5% and sold in the farm shop, open every Saturday 9am to 4pm.
Tel 01823 555 019.""",
        (
            expect("1898", "orchard"),
            expect("../1910", "sell"),
            expect("1926", "press"),
            expect("1978", "championship"),
            expect("1981", "championship"),
            expect("2009", "kate"),
            expect("2014/..", "organic"),
            expect("2026-06~", "barn", planned=True),
        ),
    ),
)
