"""A hundred-and-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
wildfire service's situation report, a dance company's repertoire history, a privacy
regulator's fine notice, a pilot's flight log excerpt, an island's ferry timetable page in
HTML, a drug maker's approval announcement, a sailing round-the-world race report, a finance
ministry's bond auction calendar, a spa town's history, a residents' association newsletter
and a typewriter maker's history). Facts whose date a reader could take two ways (a season,
"late 1970s", "next week", a quarter) are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDSIXTH_CORPUS",)

HUNDREDSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2025, 10, 8),
        """LISBON, Oct 8 (Iberia Press) - Dockworkers at the port of Setubal walked off the job
on Monday, halting car exports from one of Portugal's busiest roll-on terminals in a
dispute over shift rules that the operator says costs it 2 million euros a day.

The stevedores' union SINPORT served strike notice on September 22, after talks with the
operator Tejo Terminais broke down on or about September 19, according to meeting minutes
seen by Iberia Press.

"We have been working without a contract since January 2024," union leader Marta Covilha
told reporters at the gate. The union has represented crane and lashing crews at Setubal
since 2014. Port data showed it was the longest stoppage at the terminal since 2012.

Tejo Terminais, which was privatised in 1999, said it had offered a 4.5 percent raise and
called the walkout "disproportionate". A government-appointed mediator will meet both sides
on Friday, the labour ministry said in a statement.

The strike has also delayed shipments of parts for the 2026 model year of a minivan built
at a plant nearby. Union delegates meet every Thursday at the port gate to decide whether
to continue.

(Reporting by Ines Faria; Editing by Tom Hale)
((lisbon.newsroom@iberiapress.example; +351 21 555 0142))""",
        (
            expect("2025-10-06", "dockworker"),
            expect("2025-09-22", "notice"),
            expect("2025-09-19~", "talks"),
            expect("2024-01/..", "contract"),
            expect("2014/..", "represent"),
            expect("1999", "privatis"),
            expect("2025-10-10", "mediator", planned=True),
        ),
    ),
    Text(
        "kestrel-harvesting-arm",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordlicht Robotics unveils Kestrel H2 harvesting arm for greenhouse growers

HAMBURG, Germany - 12 May 2025 - Nordlicht Robotics GmbH today unveiled the Kestrel H2, a
camera-guided arm that picks tomatoes and peppers around the clock without bruising the fruit.

The Kestrel H2 was tested in a field trial from 3 February to 28 March 2025 at four growers
in the Dutch Westland region, where it picked 1,940 kilograms of tomatoes a day with a damage
rate under one percent.

On 6 May Nordlicht signed a distribution agreement with AgriNova BV, which will sell and
service the arm in the Benelux countries. First deliveries to customers will begin in
September 2025, and the company expects to ship its 500th unit by December 2026.

"Growers tell us every week that they cannot find pickers," said chief executive Johanna
Brekke. "The Kestrel H2 answers that."

Visitors can see the arm at GreenTech 2025 in Amsterdam, Hall 4, stand B-2019.

About Nordlicht Robotics
Nordlicht Robotics was founded in 2016 as a spin-off of the Hamburg University of Technology.
Its 85 employees build robots certified to ISO 13482:2014.

Media contact:
Lena Vogt, Head of Communications
+49 40 5550 1984 | press@nordlicht-robotics.example

###""",
        (
            expect("2025-05-12", "kestrel"),
            expect("2025-02-03/2025-03-28", "trial"),
            expect("2025-05-06", "agreement"),
            expect("2025-09", "deliver", planned=True),
            expect("../2026-12", "500th", planned=True),
            expect("2016", "found"),
        ),
    ),
    Text(
        "dwyer-v-brightwell",
        "court opinion",
        None,
        """COURT OF APPEALS OF OHIO
NINTH APPELLATE DISTRICT

HARLAN DWYER, Appellant,
v.
BRIGHTWELL LOGISTICS, INC., Appellee.

C.A. No. 24CA0112
Decided: June 3, 2025

OPINION

{1} Appellant Harlan Dwyer appeals from the judgment of the trial court granting summary
judgment to Brightwell Logistics, Inc. on his claim under R.C. 4112.02. We affirm.

I.

{2} Dwyer began working for Brightwell as a forklift operator on or about March 4, 2019.
The record shows that he submitted a written request for medical leave before November 1,
2022, and that the company's handbook, revised in 2020, required such requests to be made
thirty days in advance.

{3} Brightwell terminated Dwyer's employment on November 15, 2022, citing three unexcused
absences. Dwyer filed his complaint in the Summit County Court of Common Pleas on January 9,
2023, alleging that the termination was retaliation for his leave request. He did not bring
a claim under the Family and Medical Leave Act of 1993.

{4} After discovery, the trial court granted Brightwell's motion for summary judgment on
April 2, 2024. Dwyer filed a notice of appeal on April 29, 2024.

II.

{5} We review a grant of summary judgment de novo. Grafton v. Ohio Edison Co., 77 Ohio St.3d
102, 105 (1996). Summary judgment is proper where no genuine issue of material fact remains.
See also Lorence v. Mill Ridge, 2023-Ohio-4417, 12.

{6} Dwyer offered no evidence that the decision-makers knew of his request when they acted.
His first assignment of error is overruled.

Judgment affirmed.

CARR, P.J., and SUTTON, J., concur.""",
        (
            expect("2019-03-04~", "work"),
            expect("../2022-11-01", "leave"),
            expect("2020", "handbook"),
            expect("2022-11-15", "terminat"),
            expect("2023-01-09", "complaint"),
            expect("2024-04-02", "judgment"),
            expect("2024-04-29", "appeal"),
        ),
    ),
    Text(
        "dunmarrow-priory",
        "encyclopedia history",
        None,
        """Dunmarrow Priory

Dunmarrow Priory is a ruined house of Augustinian canons on the northern shore of Loch Arran
in the former county of Strathdee. The ruins stand below Carn Dubh, a hill of 1,140 feet.

History

The priory was founded around 1160 by Earl Malcolm of Dunmarrow, who brought canons from
Scone. Its church was consecrated in 1203 by the Bishop of Dunkeld. A fire, possibly in
1390, destroyed the west range; the chronicle that records it was copied two centuries later
and its dates are unreliable.

English raiding parties damaged the buildings in 1544 and 1547 during the Rough Wooing. The
house was dissolved in 1560, and the nave was converted into a parish kirk the following
year. The last canon is said to have died at Dunmarrow aged 94.

After the kirk was abandoned for a new church in the village, the ruins were quarried for
building stone. They were scheduled under the Ancient Monuments Act 1913, and the site has
been in state care since 1931. It is open to visitors every day from April to September.

Archives

The priory's cartulary, a register of some 1,214 charters, survives in the National Library
(MS 1187). An edition was published by the Strathdee Record Society.

See also: List of monastic houses in Scotland""",
        (
            expect("1160~", "found"),
            expect("1203", "consecrat"),
            expect("1390?", "fire"),
            expect("1544", "raid"),
            expect("1547", "raid"),
            expect("1560", "dissolv"),
            expect("1561", "kirk"),
            expect("1931/..", "care"),
        ),
    ),
    Text(
        "harbour-city-cup",
        "sports report",
        date(2025, 3, 23),
        """Vance heroics send Harbour City into the semi-finals

By Declan Moore, Football Correspondent

Harbour City 2 Millbrook Athletic 1

Goalkeeper Rory Vance saved a stoppage-time penalty as Harbour City beat Millbrook Athletic
2-1 on Saturday to reach the FAI Cup semi-finals for the first time in nine years.

Ciaran Lynch headed City in front after 23 minutes, and although Millbrook levelled through
Tomas Okafor before the break, substitute Jamie Rourke struck the winner with 12 minutes left.
It was City's first home win over Millbrook since 2009.

Then came the drama. Referee Alan Byrne pointed to the spot in the 94th minute, but Vance,
signed from Dundalk in January 2024, dived low to his right to keep out Okafor's kick.

"Rory's done that in training every Friday for a year," said manager Gareth Pryce, who has
been in charge since November 2022. "Now he's done it when it counts."

City last reached the semi-finals in 2016, when they lost to Cork. They played without captain
Kwame Osei, who tore a hamstring on March 8.

Their semi-final against Ravensworth is scheduled for Wednesday, April 9, at Ravensworth Park,
kick-off 19:45. A crowd of 1,987 watched Saturday's tie, with the 2027 Cup draw format still
under review.""",
        (
            expect("2025-03-22", "millbrook"),
            expect("2024-01", "sign"),
            expect("2022-11/..", "charge"),
            expect("2016", "semi"),
            expect("2025-03-08", "hamstring"),
            expect("2025-04-09", "ravensworth", planned=True),
        ),
    ),
    Text(
        "halvorsen-paints-history",
        "company history",
        None,
        """Halvorsen Marine Paints - Our history

A century of protecting hulls

Halvorsen Marine Paints was founded in 1923 by Ingrid Halvorsen, a chemist's daughter, in a
rented boathouse in Bergen. She mixed anti-fouling paint for the herring fleet by hand.

The company opened its first factory at Laksevag around 1930. Exports began in 1947, when a
Gothenburg shipyard placed the first order from Sweden, and Halvorsen expanded into Denmark
the following year.

Growth through acquisition

Halvorsen bought coatings makers in Finland in 1986, in Scotland in 1991 and in Poland in 1999.
Its best-known product, PantoGuard 2000, a hard epoxy for ferries, is still sold today.

Shares of Halvorsen have been listed on the Oslo Stock Exchange since 2004. The company now
employs more than 1,800 people and supplies one in five of the ferries that sail the Norwegian
coast.

Looking ahead

A new plant in Gdansk is scheduled to open in 2027 and will make solvent-free coatings. The
company's research team presents its results to customers every autumn.

Halvorsen Marine Paints ASA | Strandkaien 12, Bergen | Org. no. 912 555 304""",
        (
            expect("1923", "found"),
            expect("1930~", "factory"),
            expect("1947", "export"),
            expect("1948", "denmark"),
            expect("1986", "finland"),
            expect("1991", "scotland"),
            expect("1999", "poland"),
            expect("2004/..", "list"),
            expect("2027", "plant", planned=True),
        ),
    ),
    Text(
        "argo-2-mission",
        "mission summary",
        None,
        """ARGO-2 - Asteroid Reconnaissance and Grab Orbiter
Mission summary | Nordic Space Agency | Last updated: 14 November 2025

Mission facts
Target: near-Earth asteroid 2004 LW
Launch mass: 1,985 kg
Launcher: Vega-C

Overview

ARGO-2 is the agency's first sample-return mission. Spacecraft operations have been run from
the Kiruna control centre since 2019, when the flight team moved there from Oslo.

The spacecraft was launched on 9 December 2021 from Kourou, French Guiana. It swung past
Earth in a gravity-assist flyby on 14 October 2022, passing 3,200 km above the Pacific.

ARGO-2 entered orbit around 2004 LW on 27 June 2024 and released its small lander, Frigg, on
2 September. Frigg returned images for 61 hours before its battery ran flat.

The orbiter left the asteroid on 11 August 2025 with about 80 grams of regolith in its
capsule. The capsule is expected to land in the Australian outback around 20 October 2027.

Status: cruise. Telemetry passes are scheduled every Tuesday and Friday.

Contact: argo2@nsa.example""",
        (
            expect("2019/..", "kiruna"),
            expect("2021-12-09", "launch"),
            expect("2022-10-14", "flyby"),
            expect("2024-06-27", "orbit"),
            expect("2024-09-02", "lander"),
            expect("2025-08-11", "left"),
            expect("2027-10-20~", "capsule", planned=True),
        ),
    ),
    Text(
        "avian-flu-statement",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

Statement on avian influenza in Kellow district

Wednesday 2 April 2025

On 28 March the ministry confirmed an outbreak of highly pathogenic avian influenza (H5N1)
at a commercial laying farm near Kellow. About 41,000 birds on the farm have been culled.

A 10 km restriction zone around the farm has been in force since 29 March. Within the zone,
poultry may not be moved and bird fairs and markets are suspended.

All keepers of more than 50 birds in the district must register their flocks with the ministry
no later than 30 April. Registration is free and can be done online.

The last outbreak in the district was recorded in February 2022. Compensation for culled
birds is paid under the Animal Health Act 2006 at market value.

The Minister, Dr Aoife Kerrigan, will visit the affected area on Friday to meet farmers and
veterinary staff.

"Our vets are testing flocks every day, and so far the disease has not spread," Dr Kerrigan
said.

Keepers who notice signs of disease should call the ministry helpline on 0800 555 2023.

ENDS

Issued by the Press Office, Ministry of Agriculture and Rural Affairs""",
        (
            expect("2025-03-28", "outbreak"),
            expect("2025-03-29/..", "zone"),
            expect("../2025-04-30", "register"),
            expect("2022-02", "outbreak"),
            expect("2025-04-04", "visit", planned=True),
        ),
    ),
    Text(
        "port-kestrel-newsroom",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Newsroom | Port of Kestrel Authority</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">Newsroom</a></nav>
<h1>Latest news</h1>
<ul class="news-list">
  <li>
    <time datetime="2025-06-10">Posted on 10 June 2025</time>
    <h2><a href="/news/cruise-terminal-opens">New cruise terminal welcomes first passengers</a></h2>
    <p>The new cruise terminal on the West Quay opened to passengers on Monday, when the
    <em>Aurora Borealis</em> landed 1,240 guests.</p>
  </li>
  <li>
    <time datetime="2025-06-02">Posted on 2 June 2025</time>
    <h2><a href="/news/dredging">Dredging of the inner basin</a></h2>
    <p>Dredging of the inner basin will run from 16 June to 4 July 2025. Berths 3 to 5 will be
    closed during the works.</p>
  </li>
  <li>
    <time datetime="2025-05-21">Posted on 21 May 2025</time>
    <h2><a href="/news/price-retires">Harbour master Aled Price to retire</a></h2>
    <p>Aled Price joined the port authority as a pilot in 1994 and has been harbour master
    since 2011. He will retire on 30 June after 31 years of service.</p>
  </li>
</ul>
<footer>
  <p>Port office open every weekday 08:00-17:00 | Tel. 01646 555 700</p>
  <p>&copy; 2025 Port of Kestrel Authority | Last updated 10 June 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-06-09", "terminal"),
            expect("2025-06-16/2025-07-04", "dredg", planned=True),
            expect("1994", "join"),
            expect("2011/..", "harbour master"),
            expect("2025-06-30", "retire", planned=True),
        ),
    ),
    Text(
        "corran-ridge-sitrep",
        "wildfire situation report",
        None,
        """STATE FIRE SERVICE - SITUATION REPORT No. 9
Incident: Corran Ridge Fire (Incident No. 25-0418)
Issued: Monday 18 August 2025, 07:00

SITUATION
Area burned: 4,215 hectares. Containment: 40 percent. Personnel: 312.
Fire danger rating: Extreme, the highest rating issued for the district since 2003.

Investigators believe the fire started on or about 10 August from a lightning strike in
steep country west of Corran Ridge. It was first reported by a fire tower observer on
11 August at 14:30.

EVACUATIONS AND CLOSURES
An evacuation order for the township of Glenbrack was issued on Wednesday 13 August. That
order was lifted on Sunday, and residents have returned home. Highway 14 between Corran and
Mossvale has been closed since 12 August and will stay closed until further notice.

OUTLOOK
Crews are building containment lines along the northern flank. Full containment is expected
by 25 August if winds stay light.

Situation reports are issued every day at 07:00 and 19:00.

PUBLIC INFORMATION
Fire information line: 1800 555 347
Road conditions: www.roads.example/closures""",
        (
            expect("2025-08-10~", "start"),
            expect("2025-08-11", "report"),
            expect("2025-08-13", "evacuation"),
            expect("2025-08-17", "lift"),
            expect("2025-08-12/..", "highway"),
            expect("../2025-08-25", "containment", planned=True),
        ),
    ),
    Text(
        "compagnie-ardoise-repertoire",
        "dance company repertoire history",
        None,
        """Compagnie Ardoise - Repertoire history

Compagnie Ardoise was founded in Lyon in 1978 by the choreographer Helene Marchetti and six
dancers from the Opera's corps de ballet. It has since performed more than 1,400 times in
31 countries.

The early works

The company's first full-evening work, Salt Lines, premiered at the Theatre de la Croix-Rousse
on 14 November 1981. Set to field recordings of the Camargue salt marshes, it toured France
for two years.

Threshold, a duet for two men and a wall of slate, was created around 1989. It became the
company's signature piece and was revived in 2004, 2012 and 2019, each time with a new cast.

A new generation

Marchetti handed the company to her assistant Samir Ouali, who has been artistic director
since 2016. Under Ouali the company gives open classes every Saturday morning and has added
eleven works to the repertoire.

Coming next

Tidewater, a work for twelve dancers and a live string quartet, is scheduled to premiere at
the Maison de la Danse on 7 March 2026.

Compagnie Ardoise is supported by the City of Lyon and the Ministry of Culture.
Bookings: +33 4 55 50 19 81""",
        (
            expect("1978", "found"),
            expect("1981-11-14", "salt lines"),
            expect("1989~", "threshold"),
            expect("2004", "reviv"),
            expect("2012", "reviv"),
            expect("2019", "reviv"),
            expect("2016/..", "director"),
            expect("2026-03-07", "tidewater", planned=True),
        ),
    ),
    Text(
        "helix-rewards-fine",
        "privacy regulator's fine notice",
        None,
        """DATA PROTECTION COMMISSION
Notice of administrative fine
Reference: DPC-2025-0417
Date: 19 September 2025

The Data Protection Commission today imposed a fine of EUR 1.2 million on Helix Rewards
Limited, which has operated a supermarket loyalty scheme since 2017.

Findings

1. A misconfigured database exposed the names, e-mail addresses and purchase histories of
about 380,000 members between 2 and 9 January 2024.

2. Helix Rewards notified the Commission of the breach on 23 January 2024, well outside the
72-hour window set by Article 33 of the General Data Protection Regulation.

3. The Commission opened an inquiry in March 2024. It found that Helix Rewards had not tested
its security settings regularly, as required by Article 32.

Decision

The company must pay the fine no later than 17 October 2025. It must also carry out security
tests every quarter and report the results to the Commission for two years.

The fine is the largest imposed by the Commission on a retailer since 2021. Helix Rewards may
appeal to the Circuit Court within 28 days under section 150 of the Data Protection Act 2018.

Press enquiries: +353 1 555 6870 | press@dpc.example""",
        (
            expect("2025-09-19", "fine"),
            expect("2017/..", "loyalty"),
            expect("2024-01-02/2024-01-09", "expos"),
            expect("2024-01-23", "notif"),
            expect("2024-03", "inquiry"),
            expect("../2025-10-17", "pay"),
        ),
    ),
    Text(
        "oyelaran-flight-log",
        "pilot's flight log excerpt",
        None,
        """PILOT'S PERSONAL FLYING LOG - R. OYELARAN, PPL(A) - extract, pages 41-42

12 Jan 2025 | Cessna 172 G-OKLA | Shoreham - Shoreham | 1.4 hrs
Crosswind circuits, runway 20, wind 250/18G26. Six landings. QNH 1013.

19 Jan 2025 | Cessna 172 G-OKLA | Shoreham - Shoreham | 1.1 hrs
Night circuits with instructor on board. Night rating held since Nov 2022, currency restored.

26 Jan 2025 | PA-28 G-BXKT | Shoreham - Lydd | 0.9 hrs
Planned Shoreham - Headcorn. Diverted to Lydd after fog closed Headcorn. Squawk 7000 all
the way.

2 Feb 2025 | PA-28 G-BXKT | Lydd - Le Touquet - Shoreham | 2.3 hrs
First Channel crossing. Life jackets, GAR filed. Customs at Le Touquet.

Remarks (back page)
G-BXKT grounded for annual inspection from 3 to 9 February 2025.
IR(R) skill test booked for 14 Feb 2025 with examiner J. Whitlow.
Fly with the club every Sunday when the weather allows.
Total hours since first solo (Aug 2019): 212.6

Certified correct: R. Oyelaran, licence no. UK.FCL.PPL.A.1998/4471""",
        (
            expect("2025-01-12", "crosswind"),
            expect("2025-01-19", "night"),
            expect("2022-11/..", "night rating"),
            expect("2025-01-26", "divert"),
            expect("2025-02-02", "channel"),
            expect("2025-02-03/2025-02-09", "inspection"),
            expect("2025-02-14", "test", planned=True),
            expect("2019-08", "solo"),
        ),
    ),
    Text(
        "carrow-ferry-timetable",
        "island's ferry timetable page in HTML",
        None,
        """<html>
<head><title>Timetable - Isle of Carrow Ferries</title></head>
<body>
<header><h1>Isle of Carrow Ferries</h1><p class="updated">Page updated Friday 4 April
2025</p></header>
<section id="notices">
  <h2>Service notices</h2>
  <p>All sailings were cancelled on Tuesday because of gales. Ticket holders can claim a refund.</p>
  <p>The <strong>MV Gannet</strong> returns from her refit at Troon on 9 May.</p>
  <p>Sailings have departed from the new linkspan at Port Ardan since 3 March 2025.</p>
</section>
<section id="timetable">
  <h2>Summer timetable</h2>
  <p>The summer timetable runs from 17 May to 28 September 2025.</p>
  <table>
    <tr><th>Port Ardan dep.</th><th>Carrow Pier arr.</th></tr>
    <tr><td>0715</td><td>0805</td></tr>
    <tr><td>1130</td><td>1220</td></tr>
    <tr><td>1530</td><td>1620</td></tr>
  </table>
  <p>Sailings run daily. Vehicles must check in 30 minutes before departure. The waiting room at
  Carrow Pier is closed every Sunday afternoon for cleaning.</p>
</section>
<section id="about">
  <h2>About us</h2>
  <p>The service has been run by Argyll Islands Council since 1974. A new hybrid vessel is
  expected to enter service in 2027.</p>
  <p>Adult return &pound;19.50 | Car return &pound;74.00 | Bookings: 01870 555 214</p>
</section>
</body>
</html>""",
        (
            expect("2025-04-01", "cancel"),
            expect("2025-05-09", "gannet", planned=True),
            expect("2025-03-03/..", "linkspan"),
            expect("2025-05-17/2025-09-28", "timetable", planned=True),
            expect("1974/..", "council"),
            expect("2027", "vessel", planned=True),
        ),
    ),
    Text(
        "veltria-approval",
        "drug maker's approval announcement",
        None,
        """Veltria Pharma receives European approval for Orvenza in hereditary angioedema

BASEL, Switzerland, 16 January 2025 - Veltria Pharma AG (SIX: VELT) announced that the
European Commission granted marketing authorisation for Orvenza (velanostat) on 14 January
for the prevention of attacks in patients aged 12 and older with hereditary angioedema.

The decision follows a positive opinion from the Committee for Medicinal Products for Human
Use (CHMP) in November 2024. It is based on the Phase III HALO-3 trial, which enrolled 214
patients at 61 sites from March 2021 to August 2023. Orvenza cut the monthly attack rate by
87 percent compared with placebo.

"Orvenza is the first new oral option for these patients since 1998," said Dr Miriam Stahel,
Chief Medical Officer.

Veltria will launch Orvenza in Germany in February 2025, with other EU markets to follow. A
decision by the US Food and Drug Administration is expected by 30 June 2025.

About Veltria Pharma
Veltria Pharma has developed medicines for rare diseases since 2009. ClinicalTrials.gov
identifier for HALO-3: NCT04412987.

Forward-looking statements
This release contains forward-looking statements that are subject to risks and uncertainties.

Media contact: Sandra Kuhn, +41 61 555 20 19, media@veltria.example""",
        (
            expect("2025-01-14", "authoris"),
            expect("2024-11", "chmp"),
            expect("2021-03/2023-08", "enrol"),
            expect("2025-02", "launch", planned=True),
            expect("../2025-06-30", "decision", planned=True),
            expect("2009/..", "rare"),
        ),
    ),
    Text(
        "globe-race-cape-horn",
        "sailing round-the-world race report",
        date(2025, 2, 7),
        """GLOBE OCEAN RACE - LEG 3, DAY 34

Aurora first round Cape Horn as Mistral nurses broken rig

By Sophie Langlais, race reporter on board the media boat

Team Aurora rounded Cape Horn at 03:12 UTC on Thursday, the first boat of the fleet to leave
the Southern Ocean behind after a month of freezing spray and 40-knot winds.

The fleet left Alicante on 4 January and has since raced through the Atlantic and the Indian
Ocean. Aurora's 24-hour run of 541 nautical miles last week was the best in the race since
2017.

Behind them, Team Mistral has been limping north since the boat was dismasted on Monday. The
crew rigged a jury mast and expect to reach the Falkland Islands under their own power.

The leaders are expected to arrive in Itajai, Brazil, around 19 February. After a stopover
of two weeks, the restart of Leg 4 is scheduled for 8 March.

The race, first held in 1973, now runs with six IMOCA 60 boats and crews of five. Position
reports are published every six hours.

Standings after Day 34: 1. Aurora; 2. Kaimana (+86 nm); 3. Nordwind (+140 nm);
4. Mistral (damaged).""",
        (
            expect("2025-02-06", "horn"),
            expect("2025-01-04", "alicante"),
            expect("2025-02-03", "dismast"),
            expect("2025-02-19~", "itajai", planned=True),
            expect("2025-03-08", "restart", planned=True),
            expect("1973", "first"),
        ),
    ),
    Text(
        "bond-auction-calendar",
        "finance ministry's bond auction calendar",
        None,
        """MINISTRY OF FINANCE - DEBT MANAGEMENT OFFICE

Government bond auction calendar: second quarter 2025
Published 24 March 2025 | Press release no. 2025/031

The Debt Management Office completed its first-quarter issuance programme on 18 March, having
raised EUR 11.4 billion in six auctions.

Second-quarter auctions

Auctions of Treasury bonds will be held on 8 April, 13 May and 10 June 2025. Each auction
will offer the 3.25% Treasury Bond 2035 and one shorter line, with an indicative volume of
EUR 3,000-4,000 million.

In addition, a new 30-year benchmark bond will be launched by syndication no later than
30 June 2025, subject to market conditions.

General terms

Auctions take place at 11:00 and settle two business days later. Bids are submitted through
the Bloomberg auction system by the 14 primary dealers.

The Debt Management Office has published quarterly auction calendars since January 2016.
Gross issuance in 2024 totalled EUR 41.2 billion, the highest since 2012.

Contact: Debt Management Office, Investor Relations, +30 210 555 2035, dmo@minfin.example""",
        (
            expect("2025-03-18", "programme"),
            expect("2025-04-08", "auction", planned=True),
            expect("2025-05-13", "auction", planned=True),
            expect("2025-06-10", "auction", planned=True),
            expect("../2025-06-30", "30-year", planned=True),
            expect("2016-01/..", "calendar"),
        ),
    ),
    Text(
        "aigues-claires-history",
        "spa town history",
        None,
        """Aigues-Claires-les-Bains: a history of the spa

The town lies at an altitude of 1,120 metres in a narrow valley of the Haut-Vivarais, where
four springs rise from the granite at 38 degrees Celsius.

Antiquity to the Renaissance

The Romans built a small bath at the main spring circa AD 70; coins of Vespasian were found
in its drain in the 19th century. The bath fell into ruin, and the springs were rediscovered
in 1604 by a shepherd whose lame ewe was cured by the water, or so the legend says.

The first bathhouse opened in 1736, paid for by the Bishop of Viviers.

The railway era

The railway reached the town in 1858, and the Grand Thermes opened two years later with 140
marble tubs. The Empress visited in 1864 and again in 1869, and her suite of rooms is still
shown to visitors.

During the First World War the Grand Thermes served as a military hospital from 1914 to
1918. The town's casino is still run under the 1901 law on associations.

Today

Aigues-Claires has been a classified spa resort since 1947. Some 9,000 patients a year take
the three-week cure for rheumatism, and a water festival is held every July.

Tourist office: Place des Sources, 07510 Aigues-Claires. Tel. 04 75 55 18 58.""",
        (
            expect("0070~", "roman"),
            expect("1604", "rediscover"),
            expect("1736", "bathhouse"),
            expect("1858", "railway"),
            expect("1860", "grand thermes"),
            expect("1864", "empress"),
            expect("1869", "empress"),
            expect("1914/1918", "hospital"),
            expect("1947/..", "classified"),
        ),
    ),
    Text(
        "fernhill-newsletter",
        "residents' association newsletter",
        None,
        """FERNHILL RESIDENTS' ASSOCIATION
Newsletter No. 47 - November 2025

Dear neighbours,

Annual General Meeting
Our AGM will be held on Thursday 27 November at 7.30pm in St Anne's church hall. Please come
and vote on the new committee. Tea and biscuits as always.

Roads and lights
The council resurfaced Alder Road from 6 to 10 October, after three years of complaints. Sadly
the street lights on Birch Close have been out since 14 October; we have reported them again.

Bins
The new recycling contract starts on 5 January 2026, when the food waste caddies will be
collected with the green bins.

Planning
The application to build six flats on the old garage site (ref. 25/01847/FUL) must be decided
by the council by 12 December. You can still comment online.

From the archive
Our association was founded in 1986 by residents fighting a ring road. The great oak on the
green, planted about 1890, is the oldest tree on the estate.

Dates for your diary
Litter pick on the first Saturday of every month, 10am from the green. Membership is still
just 5 pounds a year.

Committee: chair Margaret Osei | secretary Paul Drummond, 07700 900 312""",
        (
            expect("2025-11-27", "agm", planned=True),
            expect("2025-10-06/2025-10-10", "resurfac"),
            expect("2025-10-14/..", "light"),
            expect("2026-01-05", "recycling", planned=True),
            expect("../2025-12-12", "application", planned=True),
            expect("1986", "found"),
            expect("1890~", "oak"),
        ),
    ),
    Text(
        "brandt-typewriters-history",
        "typewriter maker's history",
        None,
        """Brandt & Sohne: from sewing machines to typewriters and beyond

Company history

Brandt & Sohne was founded in 1889 by the mechanic Wilhelm Brandt in Chemnitz as a maker of
sewing machines. Its first typewriter, the Brandt Model 1, appeared around 1898 and sold
fewer than 1,250 copies.

The firm's breakthrough came in 1926 with the Kolibri portable, a three-bank machine weighing
just over four kilograms. Journalists carried it all over Europe, and the later Kolibri 2000
name was borrowed from it.

The Chemnitz factory was destroyed in 1945. The Brandt family moved the company to Ulm in 1949,
and typewriter production restarted there two years later.

Brandt's first electric typewriter is usually dated to 1961, although the company's own
catalogues leave the year uncertain. Serial numbers above 2,000,000 belong to electric models.

Competition from personal computers hit the firm hard. Brandt ended typewriter production in
1994, and it has made label printers for warehouses since 1995. It still repairs old
typewriters for collectors every Wednesday afternoon at its Ulm workshop.

Brandt & Sohne GmbH | Donaustrasse 19, 89073 Ulm""",
        (
            expect("1889", "found"),
            expect("1898~", "model 1"),
            expect("1926", "kolibri"),
            expect("1945", "destroy"),
            expect("1949", "ulm"),
            expect("1951", "production"),
            expect("1961?", "electric"),
            expect("1994", "ended"),
            expect("1995/..", "label"),
        ),
    ),
)
