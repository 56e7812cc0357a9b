"""A fifty-seventh batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (an avalanche wire story, a seed
bank's press release, an appeal on a noise nuisance, an observatory's history, a ski race, a
tram builder's HTML chronology, a cholera mission summary, a bridge toll statement, a
cheesemaker's HTML blog, a chemist's biography, a concession summary, a road works notice, a
film society programme, a neighbourhood watch newsletter, a procurement notice, a bank run
factbox, a ferry grounding report, a vaccination status page, an annual report correction
and a vineyard's family history), with invented organisations, people and facts. Facts whose
date a reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYSEVENTH_CORPUS",)


FIFTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "avalanche-wire",
        "wire story with a dateline",
        date(2025, 2, 12),
        """INNSBRUCK, Austria, Feb 12 (Alpenpress) - An avalanche buried four ski tourers on the
Kesselkar slope above the village of Grunwalden on Tuesday, killing two of them, mountain
rescue officials said.

The two survivors, both from Munich, were dug out by their companions within fifteen
minutes and flown to hospital in Innsbruck. Rescuers recovered the bodies of the other
two after a search that lasted into the night.

The regional warning service had raised the avalanche danger level to four, the
second-highest, on Sunday after heavy snowfall and strong westerly winds. It was the
deadliest avalanche in the province since 2017.

The same slope released a large slab in 1988, killing two mountain guides. Local
officials said the valley's warning sirens, which have been in service since 2009, were
not sounded because the slope lies outside the village zone.

Police will reopen the Grunwalden pass road on Friday once blasting crews have cleared
the remaining cornices, the district office said. Avalanche bulletins are issued every
morning at 7:30.

(Reporting by Katrin Moser; Editing by Paul Reinholt)""",
        (
            expect("2025-02-11", "avalanche"),
            expect("2025-02-09", "danger"),
            expect("1988", "slab"),
            expect("2009/..", "siren"),
            expect("2025-02-14", "reopen", planned=True),
        ),
    ),
    Text(
        "seed-vault-release",
        "press release of a seed bank",
        date(2024, 3, 4),
        """PRESS RELEASE
Nordvik Seed Vault Foundation
Tromso, 4 March 2024 - For immediate release

NORDVIK SEED VAULT RECEIVES ITS 500,000TH SAMPLE

The Nordvik Seed Vault registered its 500,000th accession on 27 February, a box of
drought-tolerant barley from the Gansu Crop Institute. The deposit left Lanzhou on or
about 2 February and travelled by rail and sea to the Arctic, the largest single
deposit from one institute since 2015.

The vault was founded in 2008 by the governments of Norway and Iceland. It has held
safety duplicates from the national gene banks of 74 countries since 2012.

"Every seed here is a back-up copy," said director Sigrid Aalvik. "We hope we never need
them, but we must be ready."

A new cooling plant is scheduled to be commissioned in October 2024, replacing the
original compressors. The next opening for deposits will be from 13 to 15 May. The vault
opens for deposits three times a year.

Media contact: press@nordvikseed.example, +47 555 01 234

###""",
        (
            expect("2024-02-27", "accession"),
            expect("2024-02-02~", "lanzhou"),
            expect("2008", "found"),
            expect("2012/..", "duplicate"),
            expect("2024-10", "cool", planned=True),
            expect("2024-05-13/2024-05-15", "deposit", planned=True),
        ),
    ),
    Text(
        "noise-nuisance-appeal",
        "opinion of an appellate court on a noise nuisance",
        None,
        """IN THE COURT OF APPEAL OF THE EASTERN CIRCUIT
Civil Appeal No. 23-0418
HALVORSEN and HALVORSEN, Appellants, v. HARBOUR KILNS LIMITED, Respondent

OPINION OF THE COURT, delivered by Justice Amara Whitcombe.

1. The appellants bought the house at 14 Mill Lane, Eastport, in June 2016. The
respondent operates a brick works on the adjoining land and began running its kiln
cooling fans through the night in about March 2019.

2. The appellants first complained to the respondent in writing on 2 May 2019, and
again on 16 July. It is unclear whether a second, larger fan was installed in 2020;
the respondent's records on the point are incomplete.

3. The district judge held a site view on 11 November 2021 and dismissed the claim on
3 February 2022, finding that the fans, which run every night from 22:00, produced a
reading of 41 dB at the boundary, the lowest reading on the site since 2018.

4. We do not agree that a reading at the boundary settles the matter. The judge gave no
weight to the low-frequency character of the noise inside the bedrooms.

5. The appeal is allowed and the claim is remitted for a fresh hearing.""",
        (
            expect("2016-06", "house"),
            expect("2019-03~", "fan"),
            expect("2019-05-02", "complain"),
            expect("2019-07-16", "complain"),
            expect("2020?", "second", "fan"),
            expect("2021-11-11", "view"),
            expect("2022-02-03", "dismiss"),
        ),
    ),
    Text(
        "observatory-history",
        "encyclopedia history of an observatory",
        None,
        """Karsten Hill Observatory

The Karsten Hill Observatory is an astronomical observatory on Karsten Hill, about 12 km
north of Tessel. It is best known for the Marrow catalogue of 1890 and for its long
series of variable-star observations.

History

The observatory was founded c. 1872 by the amateur astronomer Elias Marrow, who paid for
the building from his shipping fortune. Its first refractor, a 9-inch instrument with a
lens by Brandt of Hamburg, was installed in 1875.

The wooden dome was destroyed by a fire on 14 April 1903, and the observatory was rebuilt
in stone the following year. From 1931 onwards the observatory has been run by the
University of Tessel, which added a 24-inch reflector.

Observers at Karsten Hill discovered minor planets in 1958, 1960 and 1962; the last of
them, (3371) Marrowia, is named after the founder.

See also
- List of observatories in the Tessel region
- Elias Marrow""",
        (
            expect("1872~", "found"),
            expect("1875", "refractor"),
            expect("1903-04-14", "fire"),
            expect("1904", "rebuil"),
            expect("1931/..", "universit"),
            expect("1958", "planet"),
            expect("1960", "planet"),
            expect("1962", "planet"),
        ),
    ),
    Text(
        "ski-race-report",
        "sports report on a cross-country ski race",
        date(2025, 1, 20),
        """CROSS-COUNTRY SKIING

Solhaug storms to victory in Vallasen

By Erik Brattli | Monday 20 January 2025

Ingrid Solhaug won the 20 km classic mass start at Vallasen on Sunday, breaking away on
the last climb to finish 14.2 seconds ahead of Sweden's Maja Lind. It was her first World
Cup victory since December 2022.

Solhaug had finished only fourth in Saturday's sprint, where she fell in the semi-final.
"I was angry with myself last night," she said. "Today I wanted to decide it early."

The 27-year-old broke her wrist in a training fall in about November 2023 and missed most
of last season. The Vallasen course hosts a World Cup race every January.

The World Cup moves on to Lahti, where a 10 km free race is scheduled for 1 February.

Results, women's 20 km classic:
1. Ingrid Solhaug (NOR) 52:41.3
2. Maja Lind (SWE) +14.2
3. Aino Korpela (FIN) +21.9""",
        (
            expect("2025-01-19", "solhaug"),
            expect("2025-01-18", "sprint"),
            expect("2023-11~", "wrist"),
            expect("2025-02-01", "lahti", planned=True),
        ),
    ),
    Text(
        "tram-builder-history",
        "company history of a tram builder (HTML list)",
        None,
        """<section class="history">
<h2>Our history</h2>
<p>For more than a century Weissach Waggonbau has built trams for the cities of central
Europe.</p>
<ul>
<li><strong>1896</strong> - Founded in Graz by the wheelwright Anton Weissach as a
carriage works.</li>
<li><strong>1911</strong> - The first electric tramcar leaves the works for Linz on
2 March.</li>
<li><strong>1955</strong> - The six-axle articulated tram "Type G" enters service in
Vienna around May.</li>
<li><strong>1962, 1968 and 1974</strong> - Export orders from Zagreb, Ljubljana and
Bratislava.</li>
<li><strong>1991</strong> - Acquired by the Norrland Rail group.</li>
<li><strong>2026</strong> - Final assembly of the 100th Flexa low-floor tram is planned
for the spring.</li>
</ul>
<p class="small">&copy; Weissach Waggonbau GmbH | <a href="/imprint">Imprint</a></p>
</section>""",
        (
            expect("1896", "found"),
            expect("1911-03-02", "electric"),
            expect("1955-05~", "articulated"),
            expect("1962", "export"),
            expect("1968", "export"),
            expect("1974", "export"),
            expect("1991", "acquir"),
        ),
    ),
    Text(
        "cholera-mission-summary",
        "mission summary of a cholera response team",
        None,
        """MISSION SUMMARY - Cholera response, Kasama District, Zambia
Relief Corps International | Emergency Health Unit | Team leader: Dr Joseph Mwale

Context
The first cases of acute watery diarrhoea in Kasama were reported on or about 18 January
2024. It was the worst outbreak in the district since 2017.

Response
- The team of nine arrived on 25 January and opened a 40-bed cholera treatment unit at
  the district hospital on 29 January.
- An oral cholera vaccination round ran from 12 to 16 February and reached 61,000 people.
- Water teams chlorinated the shallow wells of the market area every morning.
- A second cluster in Mpika probably began on 20 February; the district could not trace
  its source.

Handover
The treatment unit was handed over to the District Health Office by 31 March at the
latest, with stocks for six weeks.

Lessons
Earlier community surveillance would have shortened the delay between the first cases
and the opening of the unit.""",
        (
            expect("2024-01-18~", "case"),
            expect("2024-01-25", "arriv"),
            expect("2024-01-29", "unit"),
            expect("2024-02-12/2024-02-16", "vaccin"),
            expect("2024-02-20?", "mpika"),
            expect("../2024-03-31", "hand"),
        ),
    ),
    Text(
        "bridge-toll-statement",
        "government statement on bridge tolls",
        date(2024, 10, 15),
        """Ministry of Transport and Infrastructure
Statement on tolls for the Sundholm Bridge
15 October 2024

Tolls on the Sundholm Bridge will rise by 8 percent from 1 January, the Ministry
said. A single crossing by car will cost 9.70 crowns.

The bridge opened in 1998. Its last construction loan was refinanced in 2016 at a fixed
rate, and the toll income covers interest, maintenance and the reserve fund.

Tolls have been collected electronically since 3 March 2019, when the last staffed
booths closed. Tolls are charged every day between 06:00 and 20:00.

Minister Henrik Dalby met the bridge operator, Sundholm Link AS, on Monday to review the
maintenance plan. The rise is the steepest since 2012, and the Minister acknowledged the
burden on commuters.

Parliament is expected to vote on the toll order on 7 November.

For further information: press office, +46 555 0100""",
        (
            expect("2025-01-01", "toll", planned=True),
            expect("1998", "open"),
            expect("2016", "refinanc"),
            expect("2019-03-03/..", "electronic"),
            expect("2024-10-14", "operator"),
            expect("2024-11-07", "vote", planned=True),
        ),
    ),
    Text(
        "cheesemaker-blog",
        "HTML blog of a cheesemaker with dated entries",
        None,
        """<header><h1>La Combe aux Chevres - notes from the dairy</h1></header>
<article>
<h2>Saturday 2 March 2024</h2>
<p>Yesterday the first batch of the spring tomme went into the cellar, 38 wheels in all.
The milk is coming back now that the kids are weaned.</p>
<p>For new readers: we bought the farm in 2011, dug the cellar into the hillside in 2014
and extended it in 2019. Our goats have been certified organic since 2016.</p>
</article>
<article>
<h2>Friday 19 April 2024</h2>
<p>The tasting went well - the best batch since 2020, if you ask Marc. The Alpage wheels
will be ready on 6 May, so please order early.</p>
<p>You will find us at the market in Annecy every Saturday morning.</p>
</article>
<footer>Posted by Claire | 4 comments | Share</footer>""",
        (
            expect("2024-03-01", "tomme"),
            expect("2011", "farm"),
            expect("2014", "cellar"),
            expect("2019", "extend"),
            expect("2016/..", "organic"),
            expect("2024-05-06", "wheel", planned=True),
        ),
    ),
    Text(
        "chemist-biography",
        "biography of a chemist",
        None,
        """Helena Varga-Moss, physical chemist

Helena Varga-Moss was born in Szeged on 3 May 1908, the daughter of a pharmacist. She
studied chemistry at the University of Budapest from 1926 to 1930 and stayed on as an
assistant in the laboratory of Pal Dersi.

In c. 1934 she isolated the alkaloid varganine from the bark of a Balkan shrub, work
that made her name abroad. She emigrated to Canada in 1939 and joined the Dominion
Research Council the following year, where she worked on explosives during the war.

She held the chair of physical chemistry at McLeod University in Montreal from 1952 to
1973. The Varga-Lindqvist equation, which describes the rate of certain surface
reactions, still carries her name.

She died in Montreal, probably in 1987; the university's records and her family give
different years. A prize for young chemists is awarded in her name every two years.""",
        (
            expect("1908-05-03", "born"),
            expect("1926/1930", "stud"),
            expect("1934~", "isolat"),
            expect("1939", "emigrat"),
            expect("1940", "join"),
            expect("1952/1973", "chair"),
            expect("1987?", "die"),
        ),
    ),
    Text(
        "port-concession-summary",
        "concession agreement summary",
        None,
        """SUMMARY OF CONCESSION AGREEMENT
Container Terminal 2, Port of Saldanha Nova
Grantor: Ministry of Ports and Maritime Affairs | Concessionaire: Kestrel Terminals S.A.

1. Award. The international tender was launched in about September 2021 under the Ports
Act 2004. The agreement was signed on 14 June 2022.

2. Term. The concession runs from 1 January 2023 to 31 December 2052, with one option to
extend by ten years.

3. Fees. An upfront fee of USD 40 million; the first instalment was paid on 28 March
2023. An annual variable fee of 6 percent of gross revenue is paid each quarter.

4. Works. The concessionaire shall complete the 350-metre berth extension no later than
30 June 2026. Dredging of the approach channel to 16 metres is expected to start in 2025.

5. Labour. All port workers employed at the terminal on the signing date keep their
contracts and seniority.""",
        (
            expect("2021-09~", "tender"),
            expect("2022-06-14", "sign"),
            expect("2023-01-01/2052-12-31", "concession"),
            expect("2023-03-28", "instalment"),
            expect("../2026-06-30", "berth", planned=True),
            expect("2025", "dredg", planned=True),
        ),
    ),
    Text(
        "road-resurfacing-notice",
        "road resurfacing notice",
        date(2025, 6, 2),
        """WEST HALLAM COUNTY COUNCIL
HIGHWAYS - NOTICE OF ROAD WORKS
B4071 Hillcrest Road, between Church Street and the Fenwick roundabout
Notice date: 2 June 2025

Resurfacing of Hillcrest Road will take place from 16 to 20 June 2025, between 19:00 and
06:00 each night. The road will be closed to through traffic during working hours; a
signed diversion will run via Station Road.

Preparatory drainage works will start on Wednesday 11 June. White lining will follow on
or about 25 June, weather permitting.

The surface of this section was last renewed in 2003. The County Council has been the
highway authority for the road since April 1974.

Refuse collections every Thursday will take place as normal. Access for residents and
emergency vehicles will be kept at all times.

Enquiries: highways@westhallam.example or 0300 555 0199""",
        (
            expect("2025-06-16/2025-06-20", "resurfac", planned=True),
            expect("2025-06-11", "drainage", planned=True),
            expect("2025-06-25~", "lining", planned=True),
            expect("2003", "renew"),
            expect("1974-04/..", "authority"),
        ),
    ),
    Text(
        "film-society-programme",
        "film society season programme",
        date(2024, 9, 10),
        """ELMBRIDGE FILM SOCIETY - AUTUMN PROGRAMME
Corn Exchange, Market Square | Doors 19:15, film 19:45

Welcome back! The society was founded in about 1951 by a group of teachers, and it has
screened in the Corn Exchange since 1977. Membership renewals opened on 1 September.

THU 3 OCT   The Salt Orchard (1962, dir. Leni Kovac)
A fishing family's last summer on a Baltic island.

THU 17 OCT  Night Ferry to Tallinn (1958)
Our annual thriller, introduced by member Rob Ashdown.

SAT 2 NOV   Double bill: The Glass Harbour / Cold Lanterns
Soup and bread between the films.

We meet every other Thursday from October to March. Guests pay 6 pounds at the door.""",
        (
            expect("1951~", "found"),
            expect("1977/..", "corn"),
            expect("2024-09-01", "renewal"),
            expect("2024-10-03", "orchard", planned=True),
            expect("2024-10-17", "ferry", planned=True),
            expect("2024-11-02", "double", planned=True),
        ),
    ),
    Text(
        "neighbourhood-watch-newsletter",
        "neighbourhood watch newsletter",
        date(2024, 11, 8),
        """ALDER PARK NEIGHBOURHOOD WATCH - NEWSLETTER No. 47
Friday 8 November 2024

Crime round-up
Two garden sheds on Alder Close were broken into on Tuesday night and power tools were
taken. A grey Ford Focus was stolen from a driveway in Birch Way on or about 28 October;
police would like to hear from anyone with doorbell footage.

The street lights on Alder Close were switched off in error on 2 November and stayed off
for two nights. The council has apologised.

Despite this, the quarter had the lowest number of burglaries since 2015.

Dates for your diary
PC Dana Okafor will hold a drop-in surgery at Alder Park library on 21 November.
Committee meetings are on the first Monday of each month.

About us
Our scheme was set up in 2009 by residents of Alder Close and Birch Way, and we have run
a WhatsApp alert group since 2020. New members are always welcome.""",
        (
            expect("2024-11-05", "shed"),
            expect("2024-10-28~", "stolen"),
            expect("2024-11-02", "light"),
            expect("2024-11-21", "surgery", planned=True),
            expect("2009", "scheme"),
            expect("2020/..", "whatsapp"),
        ),
    ),
    Text(
        "hospital-beds-procurement",
        "procurement notice for hospital beds",
        date(2025, 3, 3),
        """CONTRACT NOTICE - SUPPLIES
Northern Hills Health Trust | Reference: NHT/2025/017
Title: Supply of 240 electric hospital beds with pressure-relief mattresses

II.1 Description
The Trust seeks a supplier for 240 electric beds for the new surgical wing. The current
beds were purchased in 2008 and have reached the end of their service life. A prior
information notice was published on 9 December 2024.

II.2 Timetable
- A site visit for bidders will be held on 20 March 2025.
- Tenders must be received no later than 14 April 2025, 12:00 local time.
- Contract award is expected around 15 May 2025.
- Delivery and installation from 1 to 31 July 2025.

II.3 Conditions
Bidders must show annual turnover of at least EUR 3 million in each of the last three
financial years. Beds are serviced every six months under the maintenance lot.

VI.4 Review body: Regional Procurement Tribunal, Harbour Street 4.""",
        (
            expect("2008", "purchas"),
            expect("2024-12-09", "notice"),
            expect("2025-03-20", "visit", planned=True),
            expect("../2025-04-14", "tender", planned=True),
            expect("2025-05-15~", "award", planned=True),
            expect("2025-07-01/2025-07-31", "deliver", planned=True),
        ),
    ),
    Text(
        "bank-run-factbox",
        "factbox timeline of a bank run",
        date(2023, 6, 22),
        """FACTBOX-How depositors ran on Caldera Savings Bank

June 22 (Finance Desk) - Caldera Savings Bank, founded in 1924 as a mutual for dock
workers, collapsed this month in the largest bank failure in the country since 2008.
Here is how the run unfolded:

* March 2021 - Caldera launches a high-yield online deposit account and triples its
deposits within a year.

* Around Jan. 10, 2023 - A ratings agency puts Caldera on watch for a downgrade.

* May 30 - A local newspaper reports heavy losses on the bank's bond portfolio.

* June 1-2 - Depositors withdraw some 1.2 billion euros, about a fifth of all deposits.

* June 5 - The regulator closes the bank; insured deposits are guaranteed.

* June 26 - Bidders for the branch network are due to submit offers.

(Compiled by Laura Benedetti; Editing by Tom Hale)""",
        (
            expect("1924", "found"),
            expect("2021-03", "launch"),
            expect("2023-01-10~", "watch"),
            expect("2023-05-30", "loss"),
            expect("2023-06-01/2023-06-02", "withdraw"),
            expect("2023-06-05", "clos"),
            expect("2023-06-26", "offer", planned=True),
        ),
    ),
    Text(
        "ferry-grounding-report",
        "ferry grounding investigation report",
        None,
        """MARINE ACCIDENT INVESTIGATION BOARD
Report 07/2024 - Grounding of the ro-ro passenger ferry Kelda Star on Skarvholm reef

1. Summary
At about 21:40 on 18 November 2023, the ro-ro passenger ferry Kelda Star grounded on
Skarvholm reef while leaving Bergvik with 212 passengers on board. Nobody was injured.
The vessel was refloated on 20 November and towed back to Bergvik.

2. Findings
2.1 The master had served on the Bergvik route since 2017 and knew the fairway well.
2.2 The safety contour of the electronic chart system had possibly been set too shallow
during a software update on 2 October.
2.3 The bridge team's last resource management course was held in around 2019.
2.4 It was the fourth grounding in the fairway since 2020.

3. Actions taken
The operator issued revised passage plans for all its vessels on 15 January 2024.

4. Recommendations
The Board recommends that the operator audit chart settings after every update.""",
        (
            expect("2023-11-18", "ground"),
            expect("2023-11-20", "refloat"),
            expect("2017/..", "master"),
            expect("2023-10-02?", "update"),
            expect("2019~", "course"),
            expect("2024-01-15", "passage"),
        ),
    ),
    Text(
        "vaccination-status-page",
        "vaccination campaign status page",
        date(2024, 5, 10),
        """Measles-Rubella Catch-up Campaign: status
Eastern Highlands Regional Health Authority
Last updated: Friday 10 May 2024

Where we are
The campaign began on 8 April 2024 with fixed clinics in all 14 health centres.
Coverage of children aged 9 months to 14 years reached roughly 71 percent by 3 May.
A new delivery of vaccine supplies arrived on Monday.

What comes next
Phase 2, in schools, is scheduled to run from 13 to 31 May.

Background
The region's last measles outbreak was in 2019, when more than 900 cases were reported.
The region has been free of endemic rubella since 2015.

Clinic hours
Clinics are open every weekday from 9:00 to 16:00. Bring the child's health card.

Questions? Call the campaign line, 0800 555 0123.""",
        (
            expect("2024-04-08", "campaign"),
            expect("../2024-05-03", "coverage"),
            expect("2024-05-06", "suppl"),
            expect("2024-05-13/2024-05-31", "school", planned=True),
            expect("2019", "outbreak"),
            expect("2015/..", "rubella"),
        ),
    ),
    Text(
        "annual-report-correction",
        "correction of a company's annual report",
        date(2025, 4, 22),
        """CORRECTION - Annual Report 2024 of Oberland Kunststoff AG

Wels, 22 April 2025 - Oberland Kunststoff AG corrects the following statements in its
Annual Report 2024, which was published on 28 March 2025.

- Page 14: the report stated that the Linz extrusion plant opened in 2016. The plant
  opened in 2015.
- Page 31: the share buyback ran from 3 to 21 February 2025, not until 28 February as
  stated.
- Page 52: Chief Financial Officer Marta Linde has served since 1 September 2022, not
  since 2023.

The figures in the financial statements are not affected. Revenue of EUR 412 million
remains the highest since 2011.

The dividend of EUR 1.20 per share will be paid on or about 15 May 2025.

Investor Relations, Oberland Kunststoff AG""",
        (
            expect("2025-03-28", "report"),
            expect("2015", "plant"),
            expect("2025-02-03/2025-02-21", "buyback"),
            expect("2022-09-01/..", "linde"),
            expect("2025-05-15~", "dividend", planned=True),
        ),
    ),
    Text(
        "vineyard-family-history",
        "family history of a vineyard",
        None,
        """The Castellane family and the Coteau des Peyres

The Castellane family planted the first vines on the limestone slope of Les Peyres in
c. 1821. The vaulted cellar under the farmhouse was dug before 1850.

Phylloxera reached the estate in 1879, and the family replanted the vineyard on American
rootstock from 1884 to 1890. Aurele Castellane bought the neighbouring Clos Saint-Roch on
11 November 1921, doubling the size of the estate.

The 1947 vintage is still remembered in the village. The estate has bottled its own wine
since 1962; before that the grapes went to the cooperative.

Aurele's granddaughter Louise Castellane took over in 1998 and converted the vineyard to
organic farming the following year. The harvest begins every year in the second week of
September, and the whole family still picks by hand.""",
        (
            expect("1821~", "vine"),
            expect("../1850", "cellar"),
            expect("1879", "phylloxera"),
            expect("1884/1890", "replant"),
            expect("1921-11-11", "clos"),
            expect("1962/..", "bottl"),
            expect("1998", "louise"),
            expect("1999", "organic"),
        ),
    ),
)
