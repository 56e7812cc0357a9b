"""A sixty-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (a wire story on a stock exchange
halt, a recycling cooperative's press release, a consumer disputes tribunal's order, an island
monastery's history, a judo report, a ropeworks' history as an HTML list, a livestock
vaccination mission, a drought water ban, a retired sailor's HTML blog, a geologist's
biography, a framework agreement summary, a tram closure notice, a dance festival programme,
a hiking club newsletter, a bridge inspection contract notice, an oil spill factbox, a care
home inquiry, an ocean buoy status page, a yearbook erratum and a mill owner's family
history). The organisations, people and facts are invented. Facts whose date a reader could
take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYFIRST_CORPUS",)

SIXTYFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "exchange-halt",
        "wire story with a dateline",
        date(2025, 3, 12),
        """NAIROBI, March 12 (Meridian Wire) - Trading on the Lakeshore Securities Exchange was
halted on Tuesday for nearly three hours after a fault in its order-matching engine, the
bourse said in a statement.

The exchange said full trading would resume on Thursday once an external auditor had
checked the back-up system. Brokers said the all-share index closed 2.3 percent lower, its
steepest one-day fall since 2020.

The last comparable outage, on 14 August 2019, kept the market shut for two days and led to
the resignation of the then head of operations.

The Capital Markets Board said it would publish a report on the fault by 30 April at the
latest. Chief executive Amina Odhiambo, who has led the exchange since 2021, apologised to
investors.

"We test the failover every Saturday, and it worked last weekend," she said.

(Reporting by Peter Wanjiru; Editing by Lena Kraus)""",
        (
            expect("2025-03-11", "halt"),
            expect("2025-03-13", "resum", planned=True),
            expect("2019-08-14", "outage"),
            expect("../2025-04-30", "report", planned=True),
            expect("2021/..", "odhiambo"),
        ),
    ),
    Text(
        "recycling-cooperative",
        "press release of a recycling cooperative",
        date(2024, 6, 4),
        """PRESS RELEASE
For immediate release - 4 June 2024

ReKruh Cooperative opens second sorting hall, plans glass line

Brno - The recycling cooperative ReKruh, founded in 2011 by twelve waste pickers, opened its
second sorting hall in the Slatina district on 15 May. The hall can handle 90 tonnes of
plastic and paper a day, more than the cooperative processed in a whole month in its first
year.

ReKruh has run a bottle deposit scheme with the city of Olomouc since March 2019. Under the
2023 Packaging Act, the scheme now covers cans as well.

A glass sorting line is scheduled to start operating in October 2024. Members will vote on a
merger with the Zlín cooperative Sklo Plus at the general assembly on 21 June.

"Our members collect every Tuesday and Friday, whatever the weather," said chairwoman Petra
Novotná.

About ReKruh
ReKruh is owned by its 86 worker-members.
Media contact: press@rekruh.example""",
        (
            expect("2011", "found"),
            expect("2024-05-15", "hall"),
            expect("2019-03/..", "deposit"),
            expect("2024-10", "glass", planned=True),
            expect("2024-06-21", "vote", planned=True),
        ),
    ),
    Text(
        "consumer-tribunal",
        "order of a consumer disputes tribunal",
        None,
        """CONSUMER DISPUTES TRIBUNAL - DUBLIN REGISTRY
Claim No. CDT/2023/0412
Between: Siobhan Farrell (Claimant) and Brightline Appliances Ltd (Respondent)

ORDER
Dated 9 February 2024

1. The Claimant bought a Brightline WX-80 washing machine from the Respondent on 3 March
2023 for EUR 749.
2. The machine stopped working on or about 20 April 2023. The Claimant complained in writing
on 2 May, enclosing photographs of the damaged drum.
3. On 30 May 2023 the Respondent refused to repair the machine, asserting misuse. No
technician had inspected it.
4. The Tribunal heard the parties on 25 January 2024. The Respondent offered no evidence of
misuse.

IT IS ORDERED THAT:
(a) the Respondent is to refund the purchase price of EUR 749 to the Claimant no later than
8 March 2024;
(b) the Respondent is to collect the machine at its own expense.

Registrar: M. Keogh""",
        (
            expect("2023-03-03", "bought"),
            expect("2023-04-20~", "stop"),
            expect("2023-05-02", "complain"),
            expect("2023-05-30", "refus"),
            expect("2024-01-25", "heard"),
            expect("../2024-03-08", "refund", planned=True),
        ),
    ),
    Text(
        "island-monastery",
        "encyclopedia history of an island monastery",
        None,
        """St Ilarion's Monastery (Croatian: Samostan sv. Ilarija) is a former Benedictine
monastery on the islet of Školjić, off the coast near Šibenik.

History
The monastery was founded c. 1140 by monks from Montecassino. Its church was consecrated in
1187 and enlarged in the following century. Pirates sacked the house in 1316, 1348 and 1391;
after the third raid the community was reduced to four monks.

A scriptorium was possibly added in 1420, though the only evidence is a later inventory.

The community was dissolved in 1807 under French rule. After decades of neglect, the
buildings were restored by the state, and they have housed a maritime museum since 1961.

Pilgrims still cross to the islet every 14 January, the feast of the patron saint. The
cloister is the best-preserved Romanesque cloister in Dalmatia after that of Zadar.

See also
- Benedictines in Dalmatia
- List of monasteries in Croatia""",
        (
            expect("1140~", "found"),
            expect("1187", "consecrat"),
            expect("1316", "sack"),
            expect("1348", "sack"),
            expect("1391", "sack"),
            expect("1420?", "scriptorium"),
            expect("1807", "dissolv"),
            expect("1961/..", "museum"),
        ),
    ),
    Text(
        "judo-grand-prix",
        "sports report on a judo tournament",
        date(2025, 11, 17),
        """JUDO

Vuković throws her way to Zagreb gold

By Ivan Matić

Home favourite Lana Vuković won the women's -63 kg title at the Zagreb Grand Prix on Sunday,
beating Japan's Haruka Mori with a seoi-nage in golden score.

The three-day tournament, which opened on Friday in the Dražen Petrović Hall, drew 412
athletes from 58 nations. Croatia finished with two golds and a bronze, its best result at
a Grand Prix since 2017.

Vuković, 24, won her first Grand Prix medal in Tashkent in March 2022. She returned from knee
surgery in August this year and had lost in the first round at her two previous events.

"I train every morning at six, and today it paid off," she said.

She will compete at the World Masters in Budapest from 12 to 14 December, where the top 36
in the world ranking are invited.

Results, -63 kg: 1. Vuković (CRO); 2. Mori (JPN); 3. Dubois (FRA), Keller (GER)""",
        (
            expect("2025-11-16", "won"),
            expect("2025-11-14", "open"),
            expect("2022-03", "medal"),
            expect("2025-08", "return"),
            expect("2025-12-12/2025-12-14", "masters", planned=True),
        ),
    ),
    Text(
        "ropeworks-history",
        "company history of a ropeworks (HTML list)",
        None,
        """<div class="history">
<h1>Our history</h1>
<p>Five generations of rope-making on the Elbe.</p>
<ul>
<li><strong>1868</strong> - Josef Hallwang opens a rope walk of 300 metres outside the
town walls of Tangermünde.</li>
<li><strong>c. 1890</strong> - The works move to the harbour, closer to the river
barges that are its main customers.</li>
<li><strong>1912</strong> - Steam-driven stranding machines replace hand spinning.</li>
<li><strong>9 October 1944</strong> - The hemp store is destroyed in an air raid.</li>
<li><strong>1951 and 1953</strong> - Two new production halls are built on the old
foundations.</li>
<li><strong>1996</strong> - Hallwang begins making synthetic mooring lines, its main
product ever since.</li>
<li><strong>2026</strong> - A second plant, in Gdynia, is planned to open.</li>
</ul>
<p>Visitors can tour the historic rope walk every first Saturday of the month.</p>
</div>
<footer>&copy; 2024 Hallwang Seilerei GmbH &middot; Imprint &middot; Privacy</footer>""",
        (
            expect("1868", "rope"),
            expect("1890~", "move"),
            expect("1912", "stranding"),
            expect("1944-10-09", "destroy"),
            expect("1951", "hall"),
            expect("1953", "hall"),
            expect("1996", "mooring"),
            expect("2026", "gdynia", planned=True),
        ),
    ),
    Text(
        "livestock-vaccination",
        "mission summary of a livestock vaccination team",
        None,
        """MISSION SUMMARY - Mobile Vaccination Team 4, Moroto District
Prepared by: Dr. Okello Ssemanda, team leader

Objective: vaccinate goats and sheep against peste des petits ruminants (PPR) in three
sub-counties.

- The team arrived in Moroto on 6 September 2023 with two vehicles and a solar fridge.
- Vaccination ran from 8 to 19 September at 27 crush sites; 14,320 animals were vaccinated.
- The solar fridge failed on or about 12 September; about 600 doses were discarded.
- The team departed Moroto on 21 September.

Background: the district's last confirmed PPR outbreak occurred probably in 2019, but
laboratory records from that year are incomplete.

Next steps: a booster round is planned for March 2024, subject to funding. Radio check-ins
with the district veterinary office continue every Tuesday.

Annex: list of crush sites (not attached)""",
        (
            expect("2023-09-06", "arriv"),
            expect("2023-09-08/2023-09-19", "vaccinat"),
            expect("2023-09-12~", "fridge"),
            expect("2023-09-21", "depart"),
            expect("2019?", "outbreak"),
            expect("2024-03", "booster", planned=True),
        ),
    ),
    Text(
        "drought-water-ban",
        "government statement on a drought water ban",
        date(2025, 7, 8),
        """MINISTRY OF ENVIRONMENT AND WATER
Statement on water restrictions in the Alentejo region
8 July 2025

The national drought crisis committee met yesterday and advised the Minister to restrict
non-essential water use in 14 municipalities.

A ban on watering gardens, filling private swimming pools and washing cars will take effect
on Friday 11 July. Farms with approved irrigation plans are exempt.

Levels in the Alqueva and Monte da Rocha reservoirs have been below 40 percent of capacity
since 20 June. Rainfall from January to June was the lowest recorded since 1976.

The Ministry will review the ban no later than 15 August.

The last ban in the region was imposed on 2 August 2022 and lifted in October 2022, after
heavy rain.

Residents can report leaks on the free line 800 200 300, staffed every day from 8:00 to
20:00.

- Ends -""",
        (
            expect("2025-07-07", "committee"),
            expect("2025-07-11", "ban", planned=True),
            expect("2025-06-20/..", "reservoir"),
            expect("../2025-08-15", "review", planned=True),
            expect("2022-08-02", "impos"),
            expect("2022-10", "lift"),
        ),
    ),
    Text(
        "sailor-blog",
        "HTML blog of a retired sailor with dated entries",
        None,
        """<header><h1>Merle's Log</h1><p>A retired skipper and his old sloop</p></header>
<article>
<h2>3 May 2024</h2>
<p>Merle went back in the water today at Mylor after a long winter on the hard. She was built
in about 1968 in Looe, and her planking still smells of tar.</p>
</article>
<article>
<h2>11 May 2024</h2>
<p>Crossed to Roscoff in a steady westerly, 19 hours harbour to harbour. I first made this
crossing in 1979, with my late brother Tom.</p>
</article>
<article>
<h2>20 May 2024</h2>
<p>Stuck in Camaret by fog. The plan is to leave for the Scillies on 24 May, if the forecast
holds. The harbourmaster says this is the foggiest May since 2012.</p>
</article>
<footer><p>New posts every Sunday, wind permitting. &copy; R. Penhale</p></footer>""",
        (
            expect("2024-05-03", "water"),
            expect("1968~", "built"),
            expect("2024-05-11", "roscoff"),
            expect("1979", "first"),
            expect("2024-05-24", "leave", planned=True),
        ),
    ),
    Text(
        "geologist-biography",
        "biography of a geologist",
        None,
        """Ingrid Solvang (2 February 1931 - 17 November 2008) was a Norwegian petrologist known
for her work on the ophiolites of northern Norway.

Early life and education
Solvang was born in Tromsø, the daughter of a harbour pilot. She studied geology at the
University of Oslo from 1950 to 1955.

Career
She mapped the Lyngen ophiolite in the field seasons of 1958 and 1959, largely on foot. She
married the glaciologist Per Aune around 1962. In 1970 she was appointed to the chair of
petrology at Bergen, which she held for twenty-six years.

Her field notebooks were probably lost in a fire at the institute in 1987; only two survive,
in a private collection.

Solvang lectured every Wednesday evening at the Bergen folk university for thirty years.
She died in Bergen.""",
        (
            expect("1931-02-02", "born"),
            expect("1950/1955", "stud"),
            expect("1958", "lyngen"),
            expect("1959", "lyngen"),
            expect("1962~", "married"),
            expect("1970", "chair"),
            expect("1987?", "fire"),
            expect("2008-11-17", "died"),
        ),
    ),
    Text(
        "framework-agreement",
        "framework agreement summary",
        None,
        """SUMMARY OF THE FRAMEWORK AGREEMENT ON REGIONAL RAIL ROLLING STOCK

Parties: the Transport Authority of the Lower Danube Region and Voralp Rail Systems AG.

Background
Negotiations began in about March 2023, after the contract notice was published on 12 June
2022. The agreement replaces the 2016 Maintenance Framework.

Key terms
- Signature: the agreement was signed in Linz on 28 November 2024.
- Entry into force: it will enter into force on 1 January 2025.
- Scope: up to 40 three-car electric units, with options for 12 more.
- First call-off orders are expected by 30 June 2025.
- Prices are reviewed every 1 April against the producer price index.
- Term: eight years, with one extension of two years.

Disputes go to the arbitration panel named in Annex C.

This summary is not legally binding.""",
        (
            expect("2023-03~", "negotiat"),
            expect("2022-06-12", "notice"),
            expect("2024-11-28", "sign"),
            expect("2025-01-01", "force", planned=True),
            expect("../2025-06-30", "order", planned=True),
        ),
    ),
    Text(
        "tram-closure",
        "tram line closure notice",
        date(2025, 2, 3),
        """STADTWERKE HALLENBERG - PASSENGER NOTICE

Line 4: no trams between Ostbahnhof and Kleinfeld

Line 4 will be closed between Ostbahnhof and Kleinfeld from 10 February to 23 March 2025
while we replace the track on the Kleinfeld bridge.

Why?
The bridge was built in 1927 and its track was last renewed in 1994. The rails are now worn
beyond their safe limit.

Replacement buses
Bus E4 runs every 10 minutes between Ostbahnhof and Kleinfeld, stopping at all tram stops.

Night service
Night trams on line N4 will be restored by 17 March at the latest.

Information evening
Our engineers will answer questions at an information evening on Thursday at 18:00 in the
Kleinfeld community hall.

We apologise for the inconvenience.
Notice no. 2025/031""",
        (
            expect("2025-02-10/2025-03-23", "clos", planned=True),
            expect("1927", "built"),
            expect("1994", "renew"),
            expect("../2025-03-17", "night", planned=True),
            expect("2025-02-06", "information", planned=True),
        ),
    ),
    Text(
        "dance-festival",
        "dance festival programme",
        None,
        """FESTIVAL ONDAS 2025 - CONTEMPORARY DANCE, LISBON
Programme

About the festival
Ondas was founded in 1998 by the choreographer Marta Leitão and has been held in the old
tobacco factory in Xabregas since 2009.

Programme highlights
- Friday 5 September 2025: the festival will open with "Maré", a piece for 30 dancers by
  Companhia Vento.
- Saturday 6 September: Compañía Brasa (Seville) will premiere "Sal".
- 8 to 10 September: workshops for young dancers will be held in studio 2 (places limited).
- Saturday 13 September: a closing gala will be held on the riverside terrace.

Box office: open every day from 14:00 to 20:00. Tickets EUR 12, reduced EUR 8.

Ondas is supported by the Lisbon City Council and the Directorate-General for the Arts.""",
        (
            expect("1998", "found"),
            expect("2009/..", "tobacco"),
            expect("2025-09-05", "open", planned=True),
            expect("2025-09-06", "premiere", planned=True),
            expect("2025-09-08/2025-09-10", "workshop", planned=True),
            expect("2025-09-13", "gala", planned=True),
        ),
    ),
    Text(
        "hiking-newsletter",
        "hiking club newsletter",
        date(2024, 10, 1),
        """ALPENVEREIN SEKTION LINDACH - NEWSLETTER, OCTOBER 2024

Dear members,

Summit report: on Saturday 14 September, 23 of us climbed the Hochkönig in perfect weather,
after the wettest August since 1999. Thanks to Markus for leading!

Our hut: the Lindacher Hütte has been closed for renovation since 30 September. The
builders have promised that it will reopen by 1 May 2025 at the latest. Keys can no longer be
collected at the sports shop.

Anniversary: the section was founded in 1952 by nine teachers from the Lindach grammar
school.

Annual general meeting: the AGM is to be held on 8 November at the Gasthof Krone. Please send
motions to the board in advance.

Regulars: we meet every first Thursday of the month at 19:30 in the Krone.

Berg heil!
The board""",
        (
            expect("2024-09-14", "climb"),
            expect("2024-09-30/..", "hut"),
            expect("../2025-05-01", "reopen", planned=True),
            expect("1952", "found"),
            expect("2024-11-08", "meeting", planned=True),
        ),
    ),
    Text(
        "bridge-inspection-notice",
        "contract notice for bridge inspection",
        None,
        """CONTRACT NOTICE - SERVICES
Directive 2014/24/EU

Section I: Contracting authority
Croatian Roads Ltd, Vončinina 3, Zagreb

Section II: Object
II.1 Title: Principal inspection of the Sava bridge at Slavonski Brod. Reference BR-2025/117.
II.2 Description: The bridge, a steel truss of 412 m, was opened in 1961. Its last principal
inspection took place in 2019. The work includes a rope-access survey of all bearings.
II.3 Duration: the contract will run from 1 June 2025 to 31 May 2027.

Section IV: Procedure
IV.1 A site visit will be held on 24 March 2025 at 10:00.
IV.2 Tenders must be received no later than 14 April 2025, 12:00 local time.
IV.3 Tenders will be opened on 15 April 2025 in public session.

Section VI: Complementary information
Requests for clarification are answered every Monday on the procurement portal.""",
        (
            expect("1961", "open"),
            expect("2019", "inspect"),
            expect("2025-06-01/2027-05-31", "contract", planned=True),
            expect("2025-03-24", "visit", planned=True),
            expect("../2025-04-14", "tender", planned=True),
            expect("2025-04-15", "opened", planned=True),
        ),
    ),
    Text(
        "oil-spill-factbox",
        "factbox timeline of an oil spill",
        date(2025, 1, 20),
        """FACTBOX-Key events in the Varna Bay oil spill

VARNA, Jan 20 (Pontic Wire) - The tanker Kaliakra, built in 2004, ran aground in Varna Bay
earlier this month, causing the worst spill on the Bulgarian coast since 2007. Here are the
main events:

* Jan 9, 2025 - The Kaliakra runs aground on a sandbank with some 18,000 tonnes of crude
  aboard.
* Jan 10 - Oil reaches the beaches of Asparuhovo and Galata.
* Jan 12 - The government declares a state of emergency in Varna province.
* Jan 15 - Salvage crews begin pumping oil from the damaged tanks.
* Jan 18-19 - About 300 volunteers clean beaches along a 6 km stretch.
* Next - The salvage company says the tanker is expected to be refloated no later than Feb 5.

(Compiled by the Sofia newsroom; editing by Dora Petkova)""",
        (
            expect("2004", "built"),
            expect("2025-01-09", "aground"),
            expect("2025-01-10", "beach"),
            expect("2025-01-12", "emergency"),
            expect("2025-01-15", "pump"),
            expect("2025-01-18/2025-01-19", "volunteer"),
            expect("../2025-02-05", "refloat", planned=True),
        ),
    ),
    Text(
        "care-home-inquiry",
        "inquiry report on a care home",
        None,
        """INDEPENDENT INQUIRY INTO BIRCHFIELD HOUSE CARE HOME
Summary of findings

1. Birchfield House, a 48-bed home in Kettering, opened in 1987 and has been run by Elmcare
Ltd since its purchase from the council.

2. Mr Arthur Dale, aged 86, was admitted on 4 March 2022 after a stroke.

3. Mr Dale fell in his room on or about 19 March 2022. The fall was not recorded until
23 March, when a visiting nurse noticed bruising.

4. Mr Dale died in Kettering General Hospital on 2 April 2022.

5. The home was probably inspected in June 2021, but no report of that visit survives. The
inquiry found that staffing fell short of the levels required by the 2014 Care Act on most
night shifts.

6. Recommendation: Elmcare Ltd is to submit an action plan to the regulator by 31 January
2024.

Chair of the inquiry: Dr Helen Mortimer""",
        (
            expect("1987", "open"),
            expect("2022-03-04", "admit"),
            expect("2022-03-19~", "fell"),
            expect("2022-03-23", "record"),
            expect("2022-04-02", "died"),
            expect("2021-06?", "inspect"),
            expect("../2024-01-31", "plan", planned=True),
        ),
    ),
    Text(
        "buoy-network-status",
        "ocean buoy network status page",
        date(2025, 4, 9),
        """<h1>North Atlantic Moored Buoy Network - Station status</h1>
<p class="updated">Last updated: 9 April 2025, 06:00 UTC</p>
<table>
<tr><th>Station</th><th>Status</th><th>Notes</th></tr>
<tr><td>44-117</td><td>Offline</td><td>Adrift since 28 March. Recovery is scheduled for
22 April.</td></tr>
<tr><td>44-121</td><td>Operational</td><td>Redeployed on 2 February 2025.</td></tr>
<tr><td>44-130</td><td>Degraded</td><td>Wind sensor failed on or about 15 March;
air pressure and waves still reporting.</td></tr>
<tr><td>44-134</td><td>Offline</td><td>Possibly lost in a storm on 4 January; no signal
since.</td></tr>
</table>
<p>A service cruise by RV Halcyon is scheduled for 14 to 20 May to replace the missing
buoys.</p>
<p>About the network: established in 1994, it now has 22 moored stations. Data are
refreshed every hour.</p>""",
        (
            expect("1994", "establish"),
            expect("2025-03-28/..", "adrift"),
            expect("2025-04-22", "recover", planned=True),
            expect("2025-02-02", "redeploy"),
            expect("2025-03-15~", "wind"),
            expect("2025-01-04?", "lost"),
            expect("2025-05-14/2025-05-20", "cruise", planned=True),
        ),
    ),
    Text(
        "yearbook-erratum",
        "erratum of a yearbook",
        None,
        """ERRATUM
Yearbook of the Harwell Valley Historical Society, Vol. 42 (2023)

The editors regret the following errors in the last volume:

p. 117, line 4: the corn mill at Sutton burned down on 12 March 1891, not in 1892 as
printed.

p. 130, note 12: the Reverend John Ames arrived in the parish c. 1840, not in 1848 as
stated in the text.

p. 144: the village school closed in 1968 and was converted into flats in 1974 (the
caption reverses the two).

p. 162: the footbridge at Milton Ford was rebuilt before 1905, not "after the Great War".

A corrected edition will appear in June 2024 and will be sent free to all members.

The Editors""",
        (
            expect("1891-03-12", "burn"),
            expect("1840~", "ames"),
            expect("1968", "school"),
            expect("1974", "flats"),
            expect("../1905", "rebuilt"),
            expect("2024-06", "edition", planned=True),
        ),
    ),
    Text(
        "mill-owner-family",
        "family history of a mill owner",
        None,
        """The Vollmers of the Lindenmühle

Heinrich Vollmer, a miller's son from Heilbronn, bought the Lindenmühle on the Jagst in
1853 for 4,200 guilders. He married Anna Kern, the daughter of a local innkeeper, the
following year. Their children Karl, Luise and Friedrich were born in 1855, 1857 and 1860.

The old wooden mill burned down, possibly in 1871; the parish chronicle mentions a fire
"at the mill" without naming it. By 1880 Heinrich had replaced the water wheel with a
turbine, and the mill ground for three villages.

Heinrich died on 8 December 1889 and is buried in Jagsthausen. Karl took over the business,
and on market days, every Thursday, he drove the flour cart to Möckmühl himself.""",
        (
            expect("1853", "bought"),
            expect("1854", "married"),
            expect("1855", "born"),
            expect("1857", "born"),
            expect("1860", "born"),
            expect("1871?", "burn"),
            expect("../1880", "turbine"),
            expect("1889-12-08", "died"),
        ),
    ),
)
