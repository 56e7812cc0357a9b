"""A fifty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty styles (a wire story on a train derailment,
a wind farm developer's press release, a family court judgment on a relocation, an
encyclopedia history of a lighthouse island, a swimming report, a pottery's HTML history, a
flood assessment mission summary, a government statement on a teachers' strike, a
birdwatcher's HTML blog, a translator's obituary, village council minutes, a gas leak
evacuation notice, a chamber music festival programme, a cooperative's newsletter, a ferry
contract award notice, a pipeline explosion factbox, a mining accident inquiry report, a rail
works status page, a court listing corrigendum and a family bakery's history). The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYFIFTH_CORPUS",)


FIFTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "derailment-wire",
        "wire story with a dateline",
        date(2024, 3, 14),
        """\
KARLSTAD, Sweden, March 14 (Nordwire) - A freight train carrying timber derailed near the
village of Edsvalla on Wednesday, blocking the main line between Karlstad and Kristinehamn,
the operator Vanerbanan Cargo said.

Twenty-two of the train's 31 wagons left the track shortly before dawn. The driver was
unhurt and no other trains were on the section at the time.

The line is expected to reopen on March 18, a spokeswoman for the national rail
infrastructure agency told Nordwire. Passenger services will run by bus until then.

According to the agency's records, sleepers on the stretch were replaced in October 2022, and
an inspection on February 27 found no faults. The same section was closed for about a week
after flooding around August 20 last year.

It was the third derailment on the Varmland line since 2019. The accident investigation board
said it will publish a preliminary report in June.

(Reporting by Lena Holmqvist; Editing by Peter Sand)
""",
        (
            expect("2024-03-13", "derail"),
            expect("2024-03-18", "reopen", planned=True),
            expect("2022-10", "sleepers"),
            expect("2024-02-27", "inspection"),
            expect("2023-08-20~", "flood"),
            expect("2024-06", "report", planned=True),
        ),
    ),
    Text(
        "windfarm-release",
        "press release of a wind farm developer",
        date(2025, 5, 6),
        """\
PRESS RELEASE
Nordkap Vind AS
Tromso, 6 May 2025

Nordkap Vind reaches financial close for the 210 MW Hestvika wind farm

Nordkap Vind AS reached financial close for its Hestvika wind farm on 2 May 2025, securing
NOK 3.1 billion from a group of four Nordic banks. It is the largest onshore wind project
financed in northern Norway since 2019.

The company has held the lease of the Hestvika plateau since 2016. The energy regulator
granted the concession on 14 November 2022, and the turbine supply agreement with Vestra
Turbines was signed in January 2025.

Construction of the access roads is scheduled to begin in June 2025. Commercial operation is
expected in 2027, when the 35 turbines will supply about 640 GWh a year.

"This is a milestone for the region," said chief executive Ingrid Solberg.

About Nordkap Vind
Nordkap Vind was founded in Tromso in 2011 and develops onshore wind projects in Troms and
Finnmark.

Media contact: press@nordkapvind.example
""",
        (
            expect("2025-05-02", "financ"),
            expect("2016/..", "lease"),
            expect("2022-11-14", "concession"),
            expect("2025-01", "turbine", "agreement"),
            expect("2025-06", "construction", planned=True),
            expect("2027", "operation", planned=True),
            expect("2011", "founded"),
        ),
    ),
    Text(
        "relocation-judgment",
        "judgment of a family court on a relocation",
        None,
        """\
IN THE FAMILY COURT AT BRISTOL                                   Case No: BS24F00317

Re L (A Child) (Relocation)

Between: ANNA KOWALCZYK (Applicant) and THOMAS REID (Respondent)

JUDGMENT

1. This is the mother's application for permission to relocate with L to Gdansk, Poland.

2. L was born on 9 April 2015. The parties separated on or about 1 February 2020. Since March
2020 L has lived with the mother in Bristol and has spent alternate weekends with the father.

3. On 17 January 2024 the mother was offered a consultant post at a hospital in Gdansk. She
applied to this court on 5 February 2024. The father opposes the application.

4. The Cafcass officer's report is dated 22 May 2024. It records that L wishes to keep seeing
her father often and is anxious about a new school.

5. The final hearing took place from 2 to 4 September 2024. I heard evidence from both parents
and from the Cafcass officer.

6. If permission is given, the mother is to start work in Gdansk on 6 January 2025. She
proposes that L spends half of every school holiday with the father.

HHJ Marsh
""",
        (
            expect("2015-04-09", "born"),
            expect("2020-02-01~", "separat"),
            expect("2020-03/..", "lived"),
            expect("2024-01-17", "offer"),
            expect("2024-02-05", "appli"),
            expect("2024-05-22", "report"),
            expect("2024-09-02/2024-09-04", "hearing"),
            expect("2025-01-06", "work", planned=True),
        ),
    ),
    Text(
        "skarvoy-encyclopedia",
        "encyclopedia history of a lighthouse keeper's island",
        None,
        """\
Skarvoy

Skarvoy is a small rocky island at the mouth of the Lofjord in Nordland, Norway. It is known
for its lighthouse and its former keepers' settlement.

History

A wooden beacon stood on the summit of the island by 1702. The present stone lighthouse was
built between 1851 and 1854 to a design by the harbour engineer Carl Lund. The keeper's house
was possibly enlarged in 1898, when a second assistant keeper was appointed. The 1891 census
recorded fourteen residents, most of them members of the keepers' families.

The light was automated in 1962, and the last families left the island soon after. Storms in
1987, 1993 and 2001 damaged the landing stage, which was rebuilt each time by the coastal
administration.

Skarvoy has been a nature reserve since 2006. Visitors may land only outside the nesting
period of the eider and the black guillemot.

See also
- List of lighthouses in Norway
""",
        (
            expect("../1702", "beacon"),
            expect("1851/1854", "lighthouse", "built"),
            expect("1898?", "enlarg"),
            expect("1962", "automat"),
            expect("1987", "storm"),
            expect("1993", "storm"),
            expect("2001", "storm"),
            expect("2006/..", "reserve"),
        ),
    ),
    Text(
        "swimming-report",
        "sports report on a swimming championship",
        date(2025, 7, 28),
        """\
SWIMMING

Lindqvist sets national record as Nordic championships close

By Mette Aalund | 28 July 2025

REYKJAVIK - Sofie Lindqvist won the 200m butterfly on Sunday in 2:05.31, a Swedish record and
the fastest time by a Nordic woman since 2016.

The 22-year-old, who trains in Bergen every morning before lectures, had taken silver in the
100m butterfly on Thursday behind Denmark's Ida Krogh. Her previous record of 2:06.02 was set
in Malmo in April 2023.

The championships, held from 23 to 27 July at the Laugardalur pool, ended with Sweden top of
the medal table with nine golds.

Head coach Henrik Bo, who has led the Swedish squad since 2021, said the team will travel to
Singapore on 8 August for a training camp. The world championships are scheduled to start on
1 September.

"She is swimming the best races of her life," Bo said.
""",
        (
            expect("2025-07-27", "lindqvist", "won"),
            expect("2025-07-24", "silver"),
            expect("2023-04", "record"),
            expect("2025-07-23/2025-07-27", "championships"),
            expect("2021/..", "led"),
            expect("2025-08-08", "travel", planned=True),
            expect("2025-09-01", "world", planned=True),
        ),
    ),
    Text(
        "pottery-history-html",
        "company history of a pottery (HTML list)",
        None,
        """\
<section id="history">
<h2>Our story</h2>
<p>Holm Keramik has made stoneware by hand in south Jutland for more than a century.</p>
<ul>
  <li><strong>1921</strong> &ndash; Margit and Jens Holm open a small workshop behind their
  house in Tonder.</li>
  <li><strong>c. 1950</strong> &ndash; The blue &ldquo;Fjord&rdquo; glaze is developed by
  their son Aksel.</li>
  <li><strong>1968</strong> &ndash; The workshop moves to the former dairy in Ribe; output
  grows the following year to 40,000 pieces.</li>
  <li><strong>1999</strong> &ndash; The online shop opens, probably in 1999 (our records are
  incomplete), making Holm one of the first Danish potteries to sell on the web.</li>
  <li><strong>2015</strong> &ndash; We start taking all our clay from a single pit near
  Aabenraa.</li>
  <li><strong>2026</strong> &ndash; A visitor centre with a glaze museum is planned to open
  next to the workshop.</li>
</ul>
<p>Every Saturday the workshop holds open throwing sessions for visitors.</p>
</section>
""",
        (
            expect("1921", "workshop"),
            expect("1950~", "glaze"),
            expect("1968", "move"),
            expect("1969", "output"),
            expect("1999?", "online shop"),
            expect("2015", "clay"),
            expect("2026", "visitor centre", planned=True),
        ),
    ),
    Text(
        "flood-mission",
        "mission summary of a flood assessment team",
        None,
        """\
MISSION SUMMARY
Joint Flood Damage Assessment - Lower Sava basin
Team: six experts (hydrology, shelter, agriculture, health)

1. Background
Heavy rain fell over the upper catchment from 2 to 5 November 2024. The river peaked at
Slavonski Brod on or about 6 November, at levels the highest since May 2014. The embankment
at Davor failed on 7 November, flooding some 3,200 homes.

2. Mission
The team was deployed from 11 to 19 November 2024 at the request of the county civil
protection office. It visited 23 villages and met local officials every evening.

3. Findings
- Shelter: about 40% of flooded homes need new floors and plaster.
- Agriculture: sowing of winter wheat had been completed by 25 October on most farms; the
  seed is lost on roughly 6,000 ha.
- Health: no outbreaks of water-borne disease were reported.

4. Next steps
A follow-up mission is scheduled for February 2025 to check the repair of the embankment.
""",
        (
            expect("2024-11-02/2024-11-05", "rain"),
            expect("2024-11-06~", "peak"),
            expect("2024-11-07", "embankment"),
            expect("2024-11-11/2024-11-19", "team", "deployed"),
            expect("../2024-10-25", "sowing"),
            expect("2025-02", "follow-up", planned=True),
        ),
    ),
    Text(
        "strike-statement",
        "government statement on a teachers' strike",
        date(2025, 3, 10),
        """\
MINISTRY OF EDUCATION AND SCIENCE
Statement on the teachers' strike
10 March 2025

The Ministry regrets the decision of the National Union of Teachers to continue the strike
that began on 3 March. Talks between the Ministry and the union broke down on Friday after
eleven hours.

The Ministry's offer of 20 February would raise salaries by 6% over two years. Teachers'
salaries have risen every year since 2018. The previous collective agreement expired on 31
December 2024. The union's members rejected the offer in a ballot held around 12 February.

The Minister, Dr Katarina Novak, will meet the union's leaders on Thursday. She calls on both
sides to return to the table without conditions.

Final examinations are scheduled to begin on 2 June and will go ahead as planned. Parents can
find information on school closures at www.education.example/strike.

Press office of the Ministry
""",
        (
            expect("2025-03-03", "strike", "began"),
            expect("2025-03-07", "talks"),
            expect("2025-02-20", "offer"),
            expect("2024-12-31", "agreement", "expired"),
            expect("2025-02-12~", "ballot"),
            expect("2025-03-13", "meet", planned=True),
            expect("2025-06-02", "examinations", planned=True),
        ),
    ),
    Text(
        "birdwatcher-blog-html",
        "HTML blog of a birdwatcher with dated entries",
        None,
        """\
<div class="blog">
<h1>Notes from Lough Carra</h1>
<article>
<h2>14 April 2024</h2>
<p>The first osprey of the year arrived over the lake this morning and circled the old nest
platform for ten minutes. The reedbed on the east shore was cut around 10 March, so the
water rail have moved to the north pool.</p>
</article>
<article>
<h2>21 April</h2>
<p>A pair of black-necked grebes on the north pool, the first here since 2019. The warden
says the north hide, built in 1998, will be closed from 29 April for repairs to the roof.</p>
</article>
<article>
<h2>5 May</h2>
<p>First cuckoo heard from the car park. I walk the lake circuit every Sunday, and 41 swifts
today is the highest count since 2017. The wetland has been managed by the Carra Trust since
1992.</p>
</article>
</div>
""",
        (
            expect("2024-04-14", "osprey"),
            expect("2024-03-10~", "reedbed"),
            expect("2024-04-21", "grebe"),
            expect("1998", "hide", "built"),
            expect("2024-04-29", "hide", "closed", planned=True),
            expect("2024-05-05", "cuckoo"),
            expect("1992/..", "managed"),
        ),
    ),
    Text(
        "translator-obituary",
        "obituary of a translator",
        date(2025, 1, 20),
        """\
OBITUARIES

Irena Vaskovic, translator who brought Nordic novels to Croatian readers

Irena Vaskovic, whose translations of Scandinavian fiction were read in schools across
Yugoslavia, died in Zagreb on Tuesday. She was 86.

She was born on 3 June 1938 in Split, the daughter of a ship's engineer, and studied German
and Swedish in Belgrade from 1957 to 1962. Her translation of Tove Alm's novel The Salt Road
appeared in 1971 and won the Iskra prize the following year.

She moved to Zagreb around 1975 and taught translation at the university for two decades,
where students remember her red pencil and her patience.

A collection of her essays on translation is to be published in October by Durieux. A memorial
reading will be held at the Zagreb City Library on 2 February.

She is survived by her son, Marko, and two grandchildren.
""",
        (
            expect("2025-01-14", "died"),
            expect("1938-06-03", "born"),
            expect("1957/1962", "studied"),
            expect("1971", "translation"),
            expect("1972", "prize"),
            expect("1975~", "moved"),
            expect("2025-10", "essays", planned=True),
            expect("2025-02-02", "memorial", planned=True),
        ),
    ),
    Text(
        "village-council-minutes",
        "minutes of a village council",
        date(2024, 10, 8),
        """\
LITTLE HADDON PARISH COUNCIL
Minutes of the meeting held on Tuesday 8 October 2024, 7.30pm, Village Hall

Present: Cllrs J. Pryce (Chair), M. Dunn, S. Okoro, R. Webb. Clerk: A. Fielding.

24/61 Minutes: The minutes of the meeting of 10 September were approved and signed.

24/62 Bus shelter: The clerk reported that the new shelter on the Green was installed on 23
September.

24/63 Street lighting: The lamps on Church Road went out on 20 August. The clerk will chase
the district council again.

24/64 Playground: It was agreed that resurfacing will be carried out from 4 to 8 November.

24/65 Village hall: The roof, last replaced c. 1975, needs a survey. Quotes to be sought.

24/66 Finance: The draft budget was circulated to members on 1 October. The council meets on
the second Tuesday of every month.

24/67 Date of next meeting: Tuesday 12 November 2024.

Signed ........................ Chair
""",
        (
            expect("2024-09-10", "meeting"),
            expect("2024-09-23", "shelter"),
            expect("2024-08-20", "lamps"),
            expect("2024-11-04/2024-11-08", "resurfacing", planned=True),
            expect("1975~", "roof"),
            expect("2024-10-01", "budget"),
            expect("2024-11-12", "meeting", planned=True),
        ),
    ),
    Text(
        "gas-leak-notice",
        "gas leak evacuation notice",
        date(2025, 2, 11),
        """\
NOTICE TO RESIDENTS
Evacuation - Fernhill Road gas leak
Westmere Borough Council, Emergency Planning | Issued 11 February 2025, 14:00

A gas leak was detected in the main under Fernhill Road at 06:15 this morning. As a
precaution, residents of numbers 1 to 48 have been asked to leave their homes.

- Engineers from Southern Gas Networks expect repairs to be completed on Thursday.
- Residents are expected to be able to return home on Friday 14 February, once the main has
  been tested.
- The rest centre at St Mark's School is open every day from 8am to 10pm.
- The bin collection for Fernhill Road will be moved to Saturday 15 February.

The cast-iron main was laid in 1965. A smaller leak was reported on the same road on 28
January and repaired the same day.

Do not return to your home until you are told it is safe. Helpline: 0300 555 0192.
""",
        (
            expect("2025-02-11", "leak"),
            expect("2025-02-13", "repairs", planned=True),
            expect("2025-02-14", "return", planned=True),
            expect("2025-02-15", "bin", planned=True),
            expect("1965", "main", "laid"),
            expect("2025-01-28", "leak"),
        ),
    ),
    Text(
        "chamber-festival-programme",
        "chamber music festival programme",
        date(2025, 4, 2),
        """\
VLTAVA CHAMBER MUSIC DAYS 2025
Programme

The festival will run from 20 to 29 June 2025 in the Renaissance halls of Rozmberk chateau,
where it moved in 2002.

Saturday 21 June, 19:30 - Kessler Quartet
The quartet will give the premiere of Petra Dvorska's String Quartet No. 3, commissioned by the
festival in 2023, alongside Janacek's "Intimate Letters".

Wednesday 25 June, 19:30 - Eva Markova, piano
Schubert, Suk and Smetana. Markova replaces Tomas Rada, who has withdrawn.

The festival was founded in 1994 by the cellist Jan Hora. The 2024 edition sold out within
three weeks. Tickets went on sale on 1 April at the chateau box office and online.
""",
        (
            expect("2025-06-20/2025-06-29", "festival", planned=True),
            expect("2002", "moved"),
            expect("2025-06-21", "premiere", planned=True),
            expect("2025-06-25", "markova", planned=True),
            expect("2023", "commission"),
            expect("1994", "founded"),
            expect("2025-04-01", "tickets"),
        ),
    ),
    Text(
        "coop-newsletter",
        "cooperative members' newsletter",
        date(2024, 11, 15),
        """\
GREENVALE FOOD CO-OP
Members' News - November 2024

AGM report
This year's annual general meeting took place on 19 October in the Methodist hall. 212
members attended, the most since 2012, and the accounts were approved.

3,000 and counting
Our membership passed 3,000 yesterday when Asha and Tom Patel signed up at the till. Welcome!

Harbour Street shop
The new shop in Harbour Street is scheduled to open on 2 December, with longer opening hours.

From the farm
Deliveries from Hollow Farm have been running again since 4 November, after the flooding of
their yard. The solar panels on our warehouse roof, installed in 2016, now cover half of
our electricity use.

Looking back
Our founding members first met in a kitchen on Mill Street in March 1987. Photographs from
those days are on the noticeboard by the bulk aisle.
""",
        (
            expect("2024-10-19", "general meeting"),
            expect("2024-11-14", "membership"),
            expect("2024-12-02", "shop", planned=True),
            expect("2024-11-04/..", "deliveries"),
            expect("2016", "solar"),
            expect("1987-03", "founding", "met"),
        ),
    ),
    Text(
        "ferry-contract-award",
        "contract award notice for ferries",
        date(2025, 8, 4),
        """\
CONTRACT AWARD NOTICE - Supplies

Section I: Contracting authority
Western Isles Transport Agency, Harbour Road, Stornoway

Section II: Object
II.1 Title: Supply of two battery-electric passenger ferries. Reference: WITA/2024/017
II.2 Description: Two 40 m vessels to replace the ferries on the Sound of Barra route, in
service since 1998.

Section IV: Procedure
IV.1 Open procedure. The contract notice was published on 12 March 2024.
IV.2 Four tenders were received. Tender evaluation was completed on 20 June 2025.

Section V: Award of contract
V.1 Date of conclusion of the contract: 18 July 2025
V.2 Contractor: Hollis Marine Ltd, Port Glasgow
V.3 Total value: GBP 41,600,000 excluding VAT
V.4 The first vessel is scheduled for delivery in March 2027 and the second in October 2027.

Section VI: Complementary information
VI.1 The standstill period ended on 14 July 2025 without challenge.
VI.2 Date of dispatch of this notice: 4 August 2025
""",
        (
            expect("1998/..", "service"),
            expect("2024-03-12", "notice", "published"),
            expect("2025-06-20", "evaluation"),
            expect("2025-07-18", "contract"),
            expect("2027-03", "first vessel", planned=True),
            expect("2027-10", "second", planned=True),
            expect("2025-07-14", "standstill"),
        ),
    ),
    Text(
        "pipeline-factbox",
        "factbox timeline of a pipeline explosion",
        date(2025, 9, 30),
        """\
FACTBOX-Key events since the Dornbach pipeline blast

Sept 30 (Nordwire) - Austria's government on Monday named an independent panel to review the
safety of the TransAlpine gas line. Here are the key events since the explosion:

* Aug. 14, 2025 - Explosion on the TransAlpine line near Dornbach kills two maintenance
  workers; flows to southern Germany are cut.
* Aug. 15 - The energy regulator orders the shutdown of two parallel lines for checks.
  Operator AlpGas says it is unclear whether the section was inspected in 2023.
* Aug. 22 - Prosecutors in Innsbruck open a criminal inquiry.
* Sept. 3 - Partial flows resume through a bypass built by AlpGas crews.
* Sept. 29 - Government names a three-member safety panel; the panel is to report in March
  2026.

BACKGROUND
* The line was built around 1978 and carries gas from the Italian border to Bavaria.
* It is the most serious incident on an Austrian gas line since 2009.

(Compiled by Anna Berger; Editing by Tom Walsh)
""",
        (
            expect("2025-08-14", "explosion"),
            expect("2025-08-15", "shutdown"),
            expect("2023?", "inspect"),
            expect("2025-08-22", "inquiry"),
            expect("2025-09-03", "flows", "resume"),
            expect("2025-09-29", "panel"),
            expect("2026-03", "report", planned=True),
            expect("1978~", "built"),
        ),
    ),
    Text(
        "mining-inquiry-report",
        "mining accident inquiry report",
        None,
        """\
REPORT OF THE INQUIRY INTO THE ROOF FALL AT KESTREL COLLIERY

1. Summary
1.1 At about 02:10 on 9 March 2023 a roof fall in the 14s district of Kestrel Colliery killed
one miner, Gareth Lloyd, and injured two others.
1.2 The inquiry was appointed on 21 March 2023 and held public hearings in Neath from 11 to 22
September 2023.

2. Background
2.1 The colliery was taken over by Kestrel Mining Ltd in 2004.
2.2 The 14s district was opened in 2019 and worked by two shifts a day.
2.3 The roof support plan for the district had been approved by the Mines Inspectorate before
1 February 2023.

3. Findings
3.1 Roof bolting in the affected roadway was probably left unfinished on the night shift of 7
March 2023.
3.2 The shift deputy's report did not record the missing bolts.

4. Recommendations
4.1 The Inspectorate is expected to issue revised guidance on roof bolting in June 2024.
""",
        (
            expect("2023-03-09", "roof fall"),
            expect("2023-03-21", "inquiry", "appointed"),
            expect("2023-09-11/2023-09-22", "hearings"),
            expect("2004", "taken over"),
            expect("2019", "opened"),
            expect("../2023-02-01", "plan", "approved"),
            expect("2023-03-07?", "bolting"),
            expect("2024-06", "guidance", planned=True),
        ),
    ),
    Text(
        "rail-works-status",
        "rail line works status page",
        date(2025, 10, 6),
        """\
Hallerton-Brigg line upgrade: works status
Last updated: Monday 6 October 2025

Current status
The line has been closed between Hallerton and Brigg since 15 September. Rail replacement
buses run every 30 minutes, calling at all stations.

Completed
- Track renewal at Oxmoor: finished on 28 September.
- Bridge 14 (River Ancholme): the deck was replaced on 3 October.

Coming up
- Signalling tests will take place from 13 to 17 October.
- The line is expected to reopen on Monday 27 October, with a reduced timetable for the first
  week.

About the project
The upgrade was approved in 2022, and the first works started in January 2024. It will
allow faster and more frequent trains between Hallerton and the coast.
""",
        (
            expect("2025-09-15/..", "closed"),
            expect("2025-09-28", "track renewal"),
            expect("2025-10-03", "deck"),
            expect("2025-10-13/2025-10-17", "signalling", planned=True),
            expect("2025-10-27", "reopen", planned=True),
            expect("2022", "approved"),
            expect("2024-01", "works", "started"),
        ),
    ),
    Text(
        "court-listing-corrigendum",
        "corrigendum of a court listing",
        date(2025, 4, 14),
        """\
HIGH COURT OF JUSTICE - KING'S BENCH DIVISION
CORRIGENDUM TO THE DAILY CAUSE LIST
Issued: Monday 14 April 2025

The following corrections are made to the cause lists published last week.

1. Harrow v Medway Logistics Ltd (KB-2024-001182)
This application, listed in error for Tuesday 15 April, will now be heard on Thursday 17 April
2025 before Mrs Justice Okafor at 10.30am.

2. Re Calder Estates Ltd (KB-2023-004417)
The trial, which began on 7 April, is now expected to conclude on 25 April. The time
estimate in the list is amended accordingly.

3. Dunmore v Patel (KB-2024-002961)
The hearing was vacated on 9 April by consent and is removed from the list.

4. Okonjo v Brightwater Housing (KB-2025-000348)
The claim was issued on or about 6 February 2025, not 16 February as stated in the list.

Listing Office, Royal Courts of Justice
""",
        (
            expect("2025-04-17", "heard", planned=True),
            expect("2025-04-07", "trial", "began"),
            expect("2025-04-25", "conclude", planned=True),
            expect("2025-04-09", "vacated"),
            expect("2025-02-06~", "claim", "issued"),
        ),
    ),
    Text(
        "family-bakery-history",
        "history of a family bakery",
        None,
        """\
Brennan's Bakery: four generations on Shop Street

Patrick Brennan opened his first bakehouse on Quay Street, Galway, in 1908, selling soda bread
and barm brack from a handcart. The 1911 census lists him as "baker and carter", with his wife
Bridget and three apprentices.

Around 1955 his son Sean bought the bakery's first electric oven, a German model that is still
on show in the shop window. The shop has stood at 14 Shop Street since 1968, when the family
moved from the cramped quay premises.

Brennan's brown bread won bronze medals at the Dublin bread show in 1974, 1979 and 1986. Every
Friday the bakery still makes the barm brack to Bridget's recipe, which is possibly older than
the bakery itself.

Today the business is run by Patrick's great-granddaughter Niamh Brennan. A second shop will
open in Oranmore in 2026.
""",
        (
            expect("1908", "bakehouse"),
            expect("1955~", "oven"),
            expect("1968/..", "shop street"),
            expect("1974", "medal"),
            expect("1979", "medal"),
            expect("1986", "medal"),
            expect("2026", "second shop", planned=True),
        ),
    ),
)
