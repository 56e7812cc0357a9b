"""A sixtieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new documents in twenty styles (a wire story,
a press release, a planning appeal decision, an encyclopedia history, a sports report, an HTML
company history, a mission summary, a government statement, an HTML diary, a curriculum vitae,
a grant summary, a maintenance notice, a festival programme, a newsletter, a tender notice, a
factbox, an accident report, a status page, a corrigendum and a memoir), with invented
organisations, people and facts. Facts whose date a reader could take two ways (a season,
"late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTIETH_CORPUS",)


SIXTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "sixtieth-embassy-reopening",
        "wire story with a dateline",
        date(2025, 3, 14),
        """TBILISI, March 14 (Meridian) - Portugal reopened its embassy in Tbilisi on Thursday,
more than five years after the mission was shut down. Ambassador-designate Ines Carvalho, a
former deputy director for Eastern Europe, presented copies of her credentials to the
Georgian foreign ministry on March 3.

The embassy had been closed on 2 August 2019 after a fire in the chancery building on
Chavchavadze Avenue destroyed the consular archive.

A consular section is to open on April 7, a spokesman for the embassy said. Since 2021, visa
applications from Georgian citizens have been handled by an outside agency, VisaLink, which
will keep that contract for now.

The two countries established diplomatic relations in about 1993. Bilateral trade is now at
its highest since 2012, according to the Georgian statistics office, driven mostly by wine,
cork and machinery.

"We are back, and we intend to stay," Carvalho told reporters at the ribbon-cutting.

(Reporting by Nino Beridze; Editing by Paul Lang)""",
        (
            expect("2025-03-13", "reopen"),
            expect("2019-08-02", "clos"),
            expect("2025-03-03", "credential"),
            expect("2025-04-07", "consular", planned=True),
            expect("2021/..", "visa"),
            expect("1993~", "relations"),
        ),
    ),
    Text(
        "sixtieth-ebike-sharing",
        "press release",
        date(2026, 6, 9),
        """PRESS RELEASE
For immediate release - 9 June 2026

Greenway Mobility brings Pedala e-bikes to Porto

PORTO - On 28 May, Greenway Mobility and the City of Porto signed a six-year concession for
Pedala, a dock-based electric bike sharing scheme covering the centre and the riverside.

- The first 300 bikes will go into service on 1 July 2026.
- A pilot ran from 4 to 25 October 2025 in the Bonfim district, with 80 bikes.
- All 40 docking stations had been installed by 5 June.
- The fleet is expected to grow to 1,000 bikes in 2027.

Greenway was founded in 2017 in Lisbon and has operated a similar scheme in Braga since
March 2022. According to the 2021 Mobility Census, fewer than 2% of trips in Porto are made
by bicycle.

Rides will be free every Sunday morning during July.

About Greenway Mobility
Greenway Mobility designs and operates shared mobility services in Portugal and Spain.

Media contact: press@greenway-mobility.example | +351 22 000 0000""",
        (
            expect("2026-05-28", "concession"),
            expect("2026-07-01", "service", planned=True),
            expect("2025-10-04/2025-10-25", "pilot"),
            expect("../2026-06-05", "station"),
            expect("2027", "fleet", planned=True),
            expect("2017", "found"),
            expect("2022-03/..", "braga"),
        ),
    ),
    Text(
        "sixtieth-planning-appeal",
        "ruling of a planning appeal inspector",
        None,
        """Appeal Decision
by R. Hartley BA (Hons) MRTPI
an Inspector appointed by the Secretary of State
Decision date: 3 June 2025

Appeal Ref: APP/K4420/W/25/3301187
14 Mill Lane, Ashby Green

The appeal is made under section 78 of the Town and Country Planning Act 1990 against a
refusal to grant planning permission. The application was refused by Ashby District Council
on 14 November 2024. The appeal was lodged on or about 9 January 2025.

Decision
1. The appeal is allowed and planning permission is granted for the change of use of the
building from offices to four flats.

Main issue and reasons
2. I visited the site on 12 May 2025. The building has been used as offices since 2016, and
lies within the Mill Lane Conservation Area, which was designated in 1987.
3. The Council relies on policy H7 of the 2011 Local Plan. Refuse collection on the lane
takes place every Thursday and would not be affected.

Conditions
4. The development hereby permitted must be begun before 3 June 2028.

R. Hartley
INSPECTOR""",
        (
            expect("2024-11-14", "refus"),
            expect("2025-01-09~", "appeal"),
            expect("2025-05-12", "visit"),
            expect("2016/..", "office"),
            expect("1987", "designat"),
            expect("../2028-06-03", "begun"),
        ),
    ),
    Text(
        "sixtieth-river-port",
        "encyclopedia history of a river port",
        None,
        """Port of Velika Luka

Velika Luka is a river port on the right bank of the Danube, about 40 km downstream of
Novi Sad, Serbia.

History
A timber wharf is first recorded at the site c. 1340, serving salt barges from the lower
river, and merchants paid a toll on every barrel landed. The wharf was possibly destroyed
in 1599 by raiders, and the chronicles are silent for the following decades.

The port was flooded in 1838, 1862 and 1879; after the last flood the quays were raised by
two metres. A railway link to the port opened in 1896, and a grain elevator was built the
following year. Since 1994 the port has been run by a municipal company, Luka Velika d.o.o.

Traffic
Annual throughput is now the lowest since 1950, mostly gravel and fertiliser.

See also
- List of ports on the Danube
- Danube Commission""",
        (
            expect("1340~", "wharf"),
            expect("1599?", "destroy"),
            expect("1838", "flood"),
            expect("1862", "flood"),
            expect("1879", "flood"),
            expect("1896", "railway"),
            expect("1897", "elevator"),
            expect("1994/..", "municipal"),
        ),
    ),
    Text(
        "sixtieth-volleyball-final",
        "sports report on a volleyball final",
        date(2025, 4, 27),
        """VOLLEYBALL | SUPER LEAGUE

Radomir edge Plovdiv in five-set thriller

By Kalina Stoeva

VK Radomir are champions. The club beat Lokomotiv Plovdiv 3-2 (25-21, 22-25, 25-19, 23-25,
16-14) in Saturday's final before 4,100 fans, the biggest crowd at the Sofia Arena since 2011.

Captain Mila Petrova, who joined Radomir in 2018, finished with 24 points. "We lost to them twice
in the regular season, so this feels even sweeter," she said.

Radomir had needed four sets to dispose of Slavia in the semifinal on 19 April. The team
trains every Tuesday and Thursday at its home hall, which opened around 1978 and badly needs
a new roof.

Coach Daniel Ivo will leave the club on 30 June to take over the national women's team.
The draw for the European Cup is scheduled for 15 July in Vienna.""",
        (
            expect("2025-04-26", "final"),
            expect("2018", "join"),
            expect("2025-04-19", "semifinal"),
            expect("1978~", "open"),
            expect("2025-06-30", "leave", planned=True),
            expect("2025-07-15", "draw", planned=True),
        ),
    ),
    Text(
        "sixtieth-paper-mill",
        "company history of a paper mill (HTML list)",
        None,
        """<div class="page-content">
<h1>Haldern Papier: our history</h1>
<p>Five generations of paper-making on the river Issel.</p>
<ul class="timeline">
  <li><strong>1872</strong> &ndash; Friedrich Haldern founds a rag-paper mill at the old
  Issel fulling mill.</li>
  <li><strong>c. 1890</strong> &ndash; The first steam-driven paper machine is installed.</li>
  <li><strong>1931 and 1934</strong> &ndash; Strikes stop production for several weeks.</li>
  <li><strong>1948</strong> &ndash; The mill is nationalised; it is returned to the family
  in 1992.</li>
  <li><strong>Since 2008</strong> &ndash; All our board grades have been FSC-certified.</li>
  <li><strong>2027</strong> &ndash; A new biomass boiler is scheduled to start up, replacing
  the gas boiler.</li>
</ul>
<p>Guided tours of the mill take place every first Saturday of the month.</p>
</div>
<footer>&copy; 2024 Haldern Papier GmbH &middot; Imprint &middot; Privacy</footer>""",
        (
            expect("1872", "found"),
            expect("1890~", "machine"),
            expect("1931", "strike"),
            expect("1934", "strike"),
            expect("1948", "nationalis"),
            expect("1992", "return"),
            expect("2008/..", "certified"),
            expect("2027", "boiler", planned=True),
        ),
    ),
    Text(
        "sixtieth-water-supply-mission",
        "mission summary of a water supply project",
        None,
        """MISSION SUMMARY
Project: Rural Water Supply Rehabilitation, Mangochi District (Malawi)
Prepared by: Aqua Vitae Foundation, technical unit

1. Purpose and dates
The mission took place from 6 to 17 February 2023. It assessed the state of the existing
water points and the readiness of the district for the second phase. The previous mission
visited Mangochi in June 2021.

2. Findings
- The borehole at Mpemba was drilled in 2019 and has been dry since October 2022.
- The pump station at Chiwaula was probably built in 1985; no drawings survive.
- By 10 January 2023 the district water office had filed its abstraction licence application.
- Household figures are taken from the 2018 household survey.

3. Next steps
Works on the Mpemba replacement borehole are expected to start in September 2023. The
water committees meet every month and will report pump breakdowns by text message.

Annex: list of persons met""",
        (
            expect("2023-02-06/2023-02-17", "mission"),
            expect("2021-06", "previous"),
            expect("2019", "drill"),
            expect("2022-10/..", "dry"),
            expect("1985?", "pump"),
            expect("../2023-01-10", "licence"),
            expect("2023-09", "works", planned=True),
        ),
    ),
    Text(
        "sixtieth-curfew-statement",
        "government statement on a curfew",
        date(2025, 8, 22),
        """MINISTRY OF THE INTERIOR
Official statement

The Ministry of the Interior announces that the night curfew in the districts of Nordhavn and
Ellesby, in force since 11 August, will be lifted on Monday.

Unrest broke out in both districts on the night of 9 August, after the death of a young man
in a police chase. He was buried on 16 August. Some 140 people were detained between 9 and
12 August; most have since been released.

While it lasts, the curfew applies from 22:00 to 05:00 every night.

Yesterday, the Minister met community leaders and representatives of local businesses in
Ellesby. The independent inquiry into the police chase is to report by 30 September.

The Ministry thanks residents for their patience.

Press office, Ministry of the Interior""",
        (
            expect("2025-08-11/..", "curfew"),
            expect("2025-08-25", "lift", planned=True),
            expect("2025-08-09", "unrest"),
            expect("2025-08-09/2025-08-12", "detain"),
            expect("2025-08-16", "buried"),
            expect("2025-08-21", "leaders"),
            expect("../2025-09-30", "inquiry", planned=True),
        ),
    ),
    Text(
        "sixtieth-ferry-deckhand-diary",
        "HTML diary of a ferry deckhand",
        None,
        """<html><body>
<header><h1>Salt on the Ropes</h1><p>notes from the car deck</p></header>
<article>
<h3>Tue 4 March 2025</h3>
<p>Full gale from the west. The 06:40 and all later crossings cancelled, so we spent the day
chipping rust on the bow ramp. I've been on this route since 2019 and have never seen the
harbour this rough.</p>
</article>
<article>
<h3>Fri 7 March</h3>
<p>Got my deck certificate renewed at the harbour office. Captain Ruud says the Orka will go
into dry dock on 24 March, so we'll be on the spare boat for a while. The Orka was built in
about 1974 in Bergen and it shows.</p>
</article>
<article>
<h3>Wed 12 March</h3>
<p>Hauled a kayaker out of the water off the north pier around 6 pm. Cold but fine. We still
run every 40 minutes in the evening, wind or no wind.</p>
</article>
<footer>Posted by deckhand_jo | 3 comments | Older posts</footer>
</body></html>""",
        (
            expect("2025-03-04", "cancel"),
            expect("2019/..", "route"),
            expect("2025-03-07", "certificate"),
            expect("2025-03-24", "dock", planned=True),
            expect("1974~", "built"),
            expect("2025-03-12", "kayak"),
        ),
    ),
    Text(
        "sixtieth-translator-cv",
        "curriculum vitae of a translator",
        None,
        """CURRICULUM VITAE

Claire Fontanel
Translator DE / PT > FR
Lyon, France | claire.fontanel@example.org

EXPERIENCE
Since 2018        Freelance translator (legal, technical, literary)
2017 - 2018       In-house translator, Delacroix Legal, Geneva
Since March 2021  Sworn translator at the Court of Appeal of Lyon

EDUCATION
2012 - 2016       BA in Applied Languages, University of Lyon 2
2016 - 2017       MA in Translation, University of Geneva
In progress       Certificate in audiovisual subtitling, expected June 2026

PUBLISHED TRANSLATIONS
- The Salt Road, novel by Ana Braga (Editions du Quai, 2020)
- Winter Harbour, essays by Jonas Weil (Editions du Quai, 2023)

LANGUAGES
French (native), German (C2), Portuguese (C2), English (C1)

References available on request.""",
        (
            expect("2018/..", "freelance"),
            expect("2017/2018", "house"),
            expect("2021-03/..", "sworn"),
            expect("2012/2016", "ba"),
            expect("2016/2017", "ma"),
            expect("2026-06", "subtitl", planned=True),
            expect("2020", "salt"),
            expect("2023", "winter"),
        ),
    ),
    Text(
        "sixtieth-grant-summary",
        "grant agreement summary",
        None,
        """GRANT AGREEMENT SUMMARY
Grant Agreement No. 2024-117 - "Green Schoolyards Cluj"

Beneficiary: Fundatia Verde Urban (registered since 2009, Cluj-Napoca, Romania)
Funding body: Civic Futures Fund

Key facts
- The call for proposals closed on 12 October 2023; 214 applications were received.
- Agreement signed: 14 March 2024.
- Project period: 1 April 2024 to 31 March 2027.
- Maximum grant: EUR 480,000 (80% of eligible costs).

Reporting
The first progress report is to be submitted no later than 30 September 2024. A mid-term
review will take place in May 2025. Financial statements are due every six months.

Payments
Pre-financing of 30% is paid within 30 days of signature. The balance is paid after approval
of the final report.

This summary is not a legal document; only the signed agreement is binding.""",
        (
            expect("2009/..", "regist"),
            expect("2023-10-12", "call"),
            expect("2024-03-14", "sign"),
            expect("2024-04-01/2027-03-31", "project"),
            expect("../2024-09-30", "report", planned=True),
            expect("2025-05", "review", planned=True),
        ),
    ),
    Text(
        "sixtieth-maintenance-notice",
        "scheduled maintenance notice of a website",
        date(2025, 11, 3),
        """Stackwell Status | Notices

Scheduled maintenance: Saturday 8 November, 22:00 - Sunday 9 November, 04:00 UTC

During this window the dashboard and the public API will be unavailable for up to six
hours while we upgrade our storage cluster. Webhooks will be queued and delivered afterwards.

What has changed recently
- We migrated the billing database on Thursday, without downtime.
- Since 20 October, two-factor authentication has been mandatory for all admin accounts.
- The last maintenance, on 14 September, took longer than planned; this time we have
  doubled the rollback capacity.

Coming up
Login through the old v1 API will be switched off by 1 December at the latest. Please
move your integrations to v2.

For reference, our previous storage upgrade was completed on 2 June 2024.

This page is refreshed every 15 minutes. Subscribe to updates by e-mail or RSS.

(c) 2025 Stackwell Ltd.""",
        (
            expect("2025-11-08/2025-11-09", "maintenance", planned=True),
            expect("2024-06-02", "upgrade"),
            expect("2025-10-30", "migrat"),
            expect("2025-10-20/..", "authentic"),
            expect("2025-09-14", "maintenance"),
            expect("../2025-12-01", "api", planned=True),
        ),
    ),
    Text(
        "sixtieth-puppet-festival",
        "puppet theatre festival programme",
        None,
        """MARIONETKA 2025
14th International Puppet Theatre Festival
Ljubljana, 2-8 June 2025

PROGRAMME
Mon 2 June, 19:00 | Castle courtyard
Opening: The Iron Dragon - Teatro Filo (Italy), marionettes, 70 min

Wed 4 June, 11:00 | Tram depot
Little Moon - Lutkovno gledalisce Maribor, for children aged 3+, 35 min

Fri 6 June, 21:00 | Castle courtyard
Faust - Schattenbuhne Graz (Austria), shadow play, 60 min

Sun 8 June, 20:00 | Tram depot
Closing gala and award ceremony, broadcast live on Radio Slovenija

Workshops for families run daily from 10:00 to 12:00 (booking required).

ABOUT THE FESTIVAL
Founded in 1998 by the puppeteer Vesna Kralj, Marionetka has been held every two years
since, bringing companies from across Europe to the castle courtyard and the old tram depot.
Since 2016 the festival's main prize has carried her name.

Tickets: EUR 8 / 5 reduced | www.marionetka.example""",
        (
            expect("2025-06-02/2025-06-08", "festival"),
            expect("1998", "found"),
            expect("2025-06-02", "dragon"),
            expect("2025-06-04", "moon"),
            expect("2025-06-06", "faust"),
            expect("2025-06-08", "gala"),
            expect("2016/..", "prize"),
        ),
    ),
    Text(
        "sixtieth-beekeepers-newsletter",
        "beekeepers' association newsletter",
        None,
        """DUNMORE & DISTRICT BEEKEEPERS' ASSOCIATION
Newsletter - October 2025

From the chair
Our AGM was held on 27 September in the parish hall, with 46 members present. Thank you to
everyone who stayed for the honey tasting, and to the helpers at the swarm-collection day
on 21 June.

Asian hornet alert
An Asian hornet was sighted near Kilbride on or about 3 September. The sighting has been
reported to the National Biodiversity Centre. Please check your traps.

Dates for your diary
- The annual honey show will be held on 8 November.
- The beginners' course is to begin on 14 January 2026.
- Members meet every second Thursday at the Glebe Farm hut.

Apiary news
The association has had its own teaching apiary at Glebe Farm since 2014. Varroa counts in
members' hives are the highest since 2018.

Looking back
The association was probably founded in 1952, though the early records are lost.

Editor: Maura Keane""",
        (
            expect("2025-09-27", "agm"),
            expect("2025-09-03~", "hornet"),
            expect("2025-06-21", "swarm"),
            expect("2014/..", "apiary"),
            expect("2025-11-08", "show", planned=True),
            expect("2026-01-14", "course", planned=True),
            expect("1952?", "found"),
        ),
    ),
    Text(
        "sixtieth-uniform-tender",
        "tender notice for uniforms",
        None,
        """CONTRACT NOTICE - SUPPLIES
Date of dispatch of this notice: 14 February 2025

Section I: Contracting authority
Municipal Transport Company of Varna (MTC), 12 Primorski Blvd, Varna, Bulgaria

Section II: Object
II.1 Title: Supply of uniforms for drivers and ticket inspectors. Reference: MTC/2025/044
II.2 Description: about 1,800 sets of summer and winter uniforms. The current uniforms have
been in use since 2016.
II.3 Contract period: 1 May 2025 to 30 April 2027.

Section IV: Procedure
IV.1 A prior information notice was published on 9 December 2024.
IV.2 Clarification questions must be sent by 7 March 2025.
IV.3 Tenders must be received no later than 17 March 2025, 12:00 local time.
IV.4 Tenders will be opened in public on 18 March 2025 at 10:00.

Section VI: Complementary information
Review procedures: Commission for the Protection of Competition, Sofia.""",
        (
            expect("2016/..", "uniform"),
            expect("2025-05-01/2027-04-30", "contract"),
            expect("2024-12-09", "prior"),
            expect("../2025-03-07", "question"),
            expect("../2025-03-17", "tender"),
            expect("2025-03-18", "open", planned=True),
        ),
    ),
    Text(
        "sixtieth-poisoning-factbox",
        "factbox timeline of a mass poisoning",
        date(2024, 10, 2),
        """FACTBOX-Timeline of the Ndarugo methanol poisoning

NAIROBI, Oct 2 (Meridian) - Kenyan health officials say 31 people have died after drinking
bootleg liquor in the town of Ndarugo, the deadliest such poisoning in the country since
2000. Here is how events unfolded:

* Around Sept 10, 2024 - The batch is believed to have been brewed in a house on the edge of
Ndarugo market.

* Sept 14 - The first patients with blurred vision and vomiting are admitted to Ndarugo
sub-county hospital.

* Sept 15-16 - The death toll rises to 23 as more patients arrive from nearby villages.

* Sept 17 - Police arrest a brewer and three sellers.

* Sept 30 - A parliamentary health committee holds a hearing in Nairobi.

* Oct 8 - The trial of the four suspects is scheduled to open in Thika.

EARLIER
* 2019 - A similar poisoning in a neighbouring county killed 11 people.

(Compiled by Meridian's Nairobi bureau)""",
        (
            expect("2024-09-10~", "brew"),
            expect("2024-09-14", "admit"),
            expect("2024-09-15/2024-09-16", "death"),
            expect("2024-09-17", "arrest"),
            expect("2024-09-30", "hearing"),
            expect("2024-10-08", "trial", planned=True),
            expect("2019", "kill"),
        ),
    ),
    Text(
        "sixtieth-level-crossing-report",
        "railway level-crossing accident report",
        None,
        """Rail Accident Investigation Branch
Report 07/2023: Collision at Fenby level crossing, Lincolnshire

Summary
At about 07:42 on 21 January 2023, a passenger train travelling from Grimsby to Lincoln
struck a tractor towing a trailer on Fenby automatic half barrier level crossing. The driver
of the tractor was seriously injured; eleven passengers received minor injuries. The line
reopened on 23 January after repairs to the track and the barriers.

The crossing was converted from manned gates to automatic half barriers in 1989. A near
miss involving farm machinery occurred on or about 4 October 2022 but was not reported to
the infrastructure manager. Since 2019 the crossing has been on the route's register of
high-risk crossings.

An interim report was published on 14 March 2023.

Recommendations
Network Rail is to close the crossing by the end of 2025 and divert farm traffic to the
Fenby Lane bridge. The farm's staff attend safety briefings every spring.""",
        (
            expect("2023-01-21", "struck"),
            expect("1989", "convert"),
            expect("2022-10-04~", "miss"),
            expect("2019/..", "register"),
            expect("2023-01-23", "reopen"),
            expect("2023-03-14", "interim"),
            expect("../2025", "close", planned=True),
        ),
    ),
    Text(
        "sixtieth-space-station-status",
        "space station status page",
        date(2026, 2, 11),
        """KESTREL ORBITAL STATION - STATUS
Last updated: 11 Feb 2026, 14:05 UTC

Crew: 6 | Altitude: 412 km | Orbit data refreshed every 90 minutes

Current operations
- Crew-7 docked on Monday at the forward port, bringing the crew to six.
- Crew-6 returned to Earth on 30 January after 182 days aboard.
- The station carried out a reboost burn yesterday, raising its orbit by 1.8 km.
- Solar array 2B has been offline since 28 January after a drive motor fault.

Upcoming
- The spacewalk to replace the array drive motor is scheduled for 19 February.
- Cargo ship Tern-4 will undock on or about 2 March and burn up over the Pacific.

All times UTC. This page is maintained by the mission operations team. The station has
been continuously crewed since 3 November 2019.""",
        (
            expect("2026-01-30", "return"),
            expect("2026-02-09", "dock"),
            expect("2026-02-10", "reboost"),
            expect("2026-01-28/..", "array"),
            expect("2019-11-03/..", "crewed"),
            expect("2026-02-19", "spacewalk", planned=True),
            expect("2026-03-02~", "undock", planned=True),
        ),
    ),
    Text(
        "sixtieth-election-corrigendum",
        "corrigendum of an election result",
        None,
        """BOROUGH OF WESTFORD
CORRIGENDUM
Notice of result - Ward 4 (Riverside)

In the notice of the result of the election held on 5 October 2025 in Ward 4, published on
7 October 2025, the votes cast for two candidates were transposed.

Following a recount carried out on 10 October, the corrected figures are:

Candidate            Party               Votes
HOLLIS, Margaret     Independent         1,204  (elected)
NAIDU, Ravi          Westford First      1,198

The corrected result was certified by the returning officer on 13 October. Margaret Hollis
has been a councillor for Riverside since 2017 and is therefore re-elected. Turnout, at
41.2%, was the lowest since 2009. The electorate is based on the 2025 electoral register.

The new council will hold its first meeting on 3 November 2025.

J. Okafor, Returning Officer""",
        (
            expect("2025-10-05", "election"),
            expect("2025-10-07", "publish"),
            expect("2025-10-10", "recount"),
            expect("2025-10-13", "certif"),
            expect("2017/..", "councillor"),
            expect("2025-11-03", "meeting", planned=True),
        ),
    ),
    Text(
        "sixtieth-teacher-memoir",
        "memoir of a teacher",
        None,
        """Chapter Three: The School on the Hill

I started teaching at the village school in Badeni in September 1968, fresh from the
normal school in Cluj, with a cardboard suitcase and a great deal of confidence. There were
thirty-one children in four grades, and one stove.

Every Friday afternoon we sang, whatever the inspector thought of it. Around 1972 the school
got its first television, a gift from the collective farm, and the whole village came to
watch the news in my classroom.

The old building burned down in March 1979; we moved into the new school by the road the
following year. I was probably made headmistress in 1986, though the papers were lost when
the district archive flooded, so I cannot be sure.

I retired on 30 June 2004. Since 2010 I have lived with my daughter in Cluj, and the school
on the hill is a holiday home now.""",
        (
            expect("1968-09", "teach"),
            expect("1972~", "television"),
            expect("1979-03", "burn"),
            expect("1980", "moved"),
            expect("1986?", "headmistress"),
            expect("2004-06-30", "retire"),
            expect("2010/..", "cluj"),
        ),
    ),
)
