"""A forty-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (a ferry strike on the wire, a
robotics press release, a high court on a heritage listing, a copper mine, a basketball derby,
a cement plant's history as an HTML list, an OSCE border visit, a vaccine supply statement, a
beekeeper's blog, a curator's CV, a bilateral agreement, a gas interruption notice, a theatre
festival programme, a village hall newsletter, a school meals tender, a bank failure factbox,
a rail crash inquiry, a weather satellite status page, statistics errata, a sea captain's
family history). The organisations, people and facts are invented. Facts whose date a reader
could take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYSIXTH_CORPUS",)


FORTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry_strike_wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PIRAEUS, March 14 (Aegean Wire) - Ferry crews on routes to the Cyclades stayed
ashore for a fourth day, after the seamen's union rejected a pay offer from the operators'
association.

The strike began on Tuesday when talks on a new wage agreement broke down. The previous
agreement expired on December 31, 2024, and crews have been working without a contract since
January 2025.

The union's executive turned down the operators' offer yesterday. Union secretary Stavros
Lykos said members would vote on Monday on whether to continue the stoppage.

Operators say around 38,000 passengers have had bookings cancelled, and advance bookings for
April are the lowest since 2016, according to the association.

The shipping ministry has called both sides to a meeting on March 18 and said emergency
sailings to the smaller islands would start on Saturday.

Crews last went on strike for more than a week in November 2019.

(Reporting by Eleni Dara; editing by Paul Wren)""",
        (
            expect("2025-03-11", "strike"),
            expect("2024-12-31", "agreement"),
            expect("2025-01/..", "contract"),
            expect("2025-03-13", "offer"),
            expect("2025-03-17", "vote", planned=True),
            expect("2025-03-18", "meeting", planned=True),
            expect("2025-03-15", "sailing", planned=True),
            expect("2019-11", "strike"),
        ),
    ),
    Text(
        "robotics_press_release",
        "press release of a robotics company",
        None,
        """FOR IMMEDIATE RELEASE

Vortane Robotics closes EUR 48 million Series C round

LYON, France - 9 June 2026 - Vortane Robotics SA, maker of mobile arms for hospital
logistics, announces the closing of a EUR 48 million Series C round led by Halden Capital.
The round closed on 2 June 2026 and will fund a second factory in Villeurbanne, which is
scheduled to open in September 2027.

Vortane was founded in 2014 by engineers Claire Mounier and Yusuf Demir and shipped its
first arm in March 2017. Since 2021 it has supplied the ward-delivery robots of the Rhone
regional hospital group. A pilot with the parcel carrier Expedor ran from 12 to 30 January
2026. Deliveries of the new K7 model will begin in November.

"This round lets us build at the scale our customers ask for," said Mounier. The K7 meets
the ISO 13482:2014 safety standard for personal care robots.

About Vortane Robotics
Vortane Robotics employs about 240 people in Lyon and Turin. www.vortane.example

Media contact: press@vortane.example""",
        (
            expect("2026-06-02", "round"),
            expect("2027-09", "factory", planned=True),
            expect("2014", "found"),
            expect("2017-03", "arm"),
            expect("2021/..", "suppl"),
            expect("2026-01-12/2026-01-30", "pilot"),
            expect("2026-11", "deliver", planned=True),
        ),
    ),
    Text(
        "heritage_listing_court",
        "court opinion of a high court on a heritage listing",
        None,
        """IN THE HIGH COURT OF JUSTICE
Civil Appeal No. HC 2023/117

MARLOWE PROPERTIES LIMITED (Appellant)
v.
THE MINISTER FOR CULTURE AND HERITAGE (Respondent)

JUDGMENT

1. The appeal concerns the former Corn Exchange on Bridge Street, built c. 1894 to the
designs of a local architect. The building was entered in the register of protected places
under the Heritage Act 1977 on 14 March 1988.

2. The appellant bought the building in 2016. On 2 May 2019 it applied to the Minister for
the listing to be removed, arguing that the interior had lost its historic fabric. The
Minister refused the application on 30 September 2020.

3. The Heritage Review Tribunal upheld that refusal on 11 August 2022. This Court heard the
appeal on 6 June 2023.

4. For the reasons that follow, the appeal is dismissed. The appellant must lodge a
conservation plan for the roof and facade no later than 31 March 2024.""",
        (
            expect("1894~", "built"),
            expect("1988-03-14", "regist"),
            expect("2016", "bought"),
            expect("2019-05-02", "appl"),
            expect("2020-09-30", "refus"),
            expect("2022-08-11", "tribunal"),
            expect("2023-06-06", "appeal"),
            expect("../2024-03-31", "conservation"),
        ),
    ),
    Text(
        "copper_mine_encyclopedia",
        "encyclopedia history of a copper mine",
        None,
        """Kaltberg copper mine

The Kaltberg mine is a former copper mine in the Ore Mountains of Saxony, Germany.

History
The first recorded shaft at Kaltberg was sunk in about 1541 by miners from the town of
Annaberg. Working was small and irregular until the Kaltberg Mining Company was formed in
1836 by a group of Leipzig merchants.

The lower levels were flooded in March 1858, and ownership passed to the Saxon state the
following year. The engine house was possibly rebuilt in 1912, although the company records
for that period are lost. In 1955 output reached 62,000 tonnes of ore, the highest since
1913.

Production ceased on 30 June 1967 after the last workable seam was exhausted. Since 1991 the
surface buildings have housed a mining museum, which is open every day except Mondays.

See also
- Mining in Saxony
- List of copper mines in Germany""",
        (
            expect("1541~", "shaft"),
            expect("1836", "company"),
            expect("1858-03", "flood"),
            expect("1859", "ownership"),
            expect("1912?", "engine"),
            expect("1955", "output"),
            expect("1967-06-30", "production"),
            expect("1991/..", "museum"),
        ),
    ),
    Text(
        "basketball_derby_report",
        "sports report on a basketball derby",
        date(2025, 11, 17),
        """BASKETBALL | ADRIATIC LEAGUE

Crvena Luka edge Stari Grad in a derby to remember

By Marko Ilic

Crvena Luka beat city rivals Stari Grad 88-85 on Sunday, their first home derby win since
2019, after guard Nikola Petkovski hit a three-pointer with four seconds left.

Petkovski scored 27 points. Centre Aleksa Radic, who has been out since October 28 with a
knee injury, watched from the bench.

Coach Dragan Vukic said the win meant more than the cup final the sides played on 2 April,
which Stari Grad won by 14.

"We train every Thursday for exactly these last minutes," said Vukic, who has been in charge
of Crvena Luka since June 2023.

Crvena Luka host Partizan Novi Pazar on Wednesday. The return derby at Stari Grad is
scheduled for 14 February.""",
        (
            expect("2025-11-16", "beat"),
            expect("2025-10-28/..", "injur"),
            expect("2025-04-02", "final"),
            expect("2023-06/..", "vukic"),
            expect("2025-11-19", "host", planned=True),
            expect("2026-02-14", "derby", planned=True),
        ),
    ),
    Text(
        "cement_plant_history_html",
        "company history of a cement plant (HTML list)",
        None,
        """<div class="history">
<h2>Our history</h2>
<p>Three generations of cement from the Meuse valley.</p>
<ul>
<li><strong>1921</strong> - The brothers Henri and Jules Dessart found the Cimenterie de
Lanaye on the banks of the Meuse.</li>
<li><strong>c. 1930</strong> - The first rotary kiln replaces the old shaft kilns.</li>
<li><strong>1974, 1981 and 1990</strong> - The plant is expanded three times and grinding
capacity doubles.</li>
<li><strong>2008</strong> - Cimenterie de Lanaye is acquired by the Belgian group Materia
Nova.</li>
<li><strong>Since 2015</strong> - Alternative fuels made from sorted waste feed the
kiln.</li>
<li><strong>2027</strong> - A carbon capture unit is to enter service next to kiln 2.</li>
</ul>
<p class="note">Site tours every first Saturday of the month.</p>
</div>""",
        (
            expect("1921", "found"),
            expect("1930~", "kiln"),
            expect("1974", "expand"),
            expect("1981", "expand"),
            expect("1990", "expand"),
            expect("2008", "acquir"),
            expect("2015/..", "fuel"),
            expect("2027", "carbon", planned=True),
        ),
    ),
    Text(
        "osce_border_visit",
        "mission summary of an OSCE border visit",
        None,
        """OSCE Mission - Border Monitoring Team
Summary of a field visit to the Dalny crossing point

From 23 to 25 September 2024, a team of four monitors visited the Dalny crossing point and
two villages nearby.

The crossing point has been closed to passenger traffic since 4 August, and residents said
they now travel some 90 kilometres to reach the regional hospital. On 24 September the team
met the commander of the border guard detachment, Colonel Ruslan Ayvazov, who said the
crossing would reopen on 1 November.

Villagers told the team of shots fired near the riverbank on or about 19 September; the
team could not confirm the report. The Mission last visited the area in May 2023.

Findings will be presented to the Permanent Council on 10 October.

Distribution: participating States, Mission members""",
        (
            expect("2024-09-23/2024-09-25", "visit"),
            expect("2024-08-04/..", "clos"),
            expect("2024-09-24", "commander"),
            expect("2024-11-01", "reopen", planned=True),
            expect("2024-09-19~", "shot"),
            expect("2023-05", "visit"),
            expect("2024-10-10", "council", planned=True),
        ),
    ),
    Text(
        "vaccine_supply_statement",
        "government statement on a vaccine supply",
        date(2025, 10, 8),
        """MINISTRY OF HEALTH
Statement on the supply of influenza vaccine
8 October 2025

The Ministry of Health opened the tender for this season's supply on 4 July. It signed a
contract with the manufacturer Serovia for 1.2 million doses of influenza vaccine on 22
September. A pilot batch was delivered for quality testing before
15 September, and the first 400,000 doses arrived at the national store on Monday.

A second consignment is scheduled to arrive on 20 October. Vaccination of people aged 65
and over will begin on Monday 13 October at family practices and pharmacies.

Since 2021 the Ministry has kept a strategic reserve equal to five per cent of each order.
Stock levels are published every Tuesday on the Ministry website.

For media enquiries: press office, +00 000 000 000""",
        (
            expect("2025-07-04", "tender"),
            expect("2025-09-22", "contract"),
            expect("../2025-09-15", "pilot"),
            expect("2025-10-06", "arriv"),
            expect("2025-10-20", "consignment", planned=True),
            expect("2025-10-13", "vaccination", planned=True),
            expect("2021/..", "reserve"),
        ),
    ),
    Text(
        "beekeeper_blog_html",
        "HTML blog of a beekeeper with dated entries",
        None,
        """<html><body>
<h1>Notes from the Bottom Field Apiary</h1>
<p class="about">I have kept bees on this hillside since 2011. I check the hives every
Sunday when the weather allows.</p>

<article>
<h3>Saturday 12 April 2025</h3>
<p>Hive 3 swarmed this morning and settled in the plum tree. Hived it again by noon.
Hive 5 is queenless - it probably lost its queen in March. The first cleansing flights
were on 2 March.</p>
</article>

<article>
<h3>3 May 2025</h3>
<p>Put the first supers on on 1 May, a week earlier than last year. The association's
disease inspector is planned to visit on 17 May.</p>
</article>

<article>
<h3>28 June 2025</h3>
<p>Took off about 22 kg of honey yesterday, mostly from hives 1 and 2.</p>
</article>
</body></html>""",
        (
            expect("2011/..", "bee"),
            expect("2025-04-12", "swarm"),
            expect("2025-03?", "queen"),
            expect("2025-03-02", "flight"),
            expect("2025-05-01", "super"),
            expect("2025-05-17", "inspector", planned=True),
            expect("2025-06-27", "honey"),
        ),
    ),
    Text(
        "curator_cv",
        "curriculum vitae of a curator",
        None,
        """CURRICULUM VITAE

Ines Valadares Rocha
Chief Curator, Museu do Papel e da Imagem, Porto

Born 1968 in Porto, Portugal

Education
1993  MA in Art History, University of Coimbra

Positions
1994-1999  Assistant curator, Casa da Gravura, Lisbon
2000-2011  Curator of prints and drawings, Museu do Papel e da Imagem
Since 2012  Chief Curator, Museu do Papel e da Imagem

Selected exhibitions
2016  "Salt and Ink: Printing on the Atlantic Coast"

Forthcoming
A monograph on the engraver Joaquim Nery is to be published in 2027.

Languages: Portuguese, English, French""",
        (
            expect("1968", "born"),
            expect("1993", "history"),
            expect("1994/1999", "assistant"),
            expect("2000/2011", "prints"),
            expect("2012/..", "chief"),
            expect("2016", "salt"),
            expect("2027", "monograph", planned=True),
        ),
    ),
    Text(
        "bilateral_agreement_summary",
        "bilateral agreement summary",
        None,
        """Summary of the Agreement between the Republic of Estonia and the Portuguese Republic
on Cooperation in Maritime Search and Rescue

Negotiations began around 2019 at the request of the two coast guards. The Agreement was
signed in Lisbon on 12 May 2023 and replaces the 1998 Memorandum on Maritime Contacts.

Portugal ratified the Agreement on 18 October 2023. It entered into force on 1 January
2024.

Main provisions
- exchange of liaison officers between the rescue coordination centres;
- joint exercises at least once a year;
- a Joint Committee to review the arrangements.

The first liaison officers were exchanged in June 2024. The Joint Committee met for the
first time in Tallinn from 4 to 6 March 2025. The
Agreement will expire on 31 December 2033 unless the Parties renew it.""",
        (
            expect("2019~", "negotiat"),
            expect("2023-05-12", "sign"),
            expect("2023-10-18", "ratif"),
            expect("2024-01-01", "force"),
            expect("2024-06", "liaison"),
            expect("2025-03-04/2025-03-06", "committee"),
            expect("2033-12-31", "expir", planned=True),
        ),
    ),
    Text(
        "gas_interruption_notice",
        "gas supply interruption notice",
        date(2025, 2, 3),
        """NORTHGATE GAS NETWORKS
NOTICE OF PLANNED INTERRUPTION TO YOUR GAS SUPPLY

To the occupier - Elm Road, Hawthorn Close and Mill Lane

Following a leak reported on 27 January 2025, we need to replace a section of the gas main
under Elm Road, which was laid in about 1962 and last repaired on 9 September 2013.

Your gas supply will be interrupted on Tuesday 11 February 2025 between 08:00 and 16:00.
Our engineers will call on 12 February to relight boilers and cookers.

If anyone in your home depends on gas for medical reasons, please register for our
Priority Services list no later than 7 February.

Meters in this area are read every quarter; this work will not affect your bill.

Reference: NG/EL/2025/0143""",
        (
            expect("2025-01-27", "leak"),
            expect("1962~", "main"),
            expect("2013-09-09", "repair"),
            expect("2025-02-11", "interrupt", planned=True),
            expect("2025-02-12", "relight", planned=True),
            expect("../2025-02-07", "register"),
        ),
    ),
    Text(
        "theatre_festival_programme",
        "theatre festival programme",
        None,
        """SALTWATER THEATRE FESTIVAL 2026
Programme

Welcome

The Saltwater Theatre Festival was founded in 1987 by a group of fishermen's wives who
staged plays in the net lofts of the old harbour. Marta Kowalczyk has been its director since
2018.

This year the festival will run from 3 to 12 July 2026 on four stages around the harbour.

Highlights
- Teatr Brzeg brings "The Harbour Master", which the company premiered in Gdansk in about
  2019. It will be performed on 5, 7 and 9 July at the Net Loft.
- Readings of new plays every afternoon at 16:00 in the lifeboat station.

Tickets: box office at the Harbour Hall, open daily 10:00-18:00.""",
        (
            expect("1987", "found"),
            expect("2018/..", "director"),
            expect("2026-07-03/2026-07-12", "festival", planned=True),
            expect("2019~", "premiere"),
            expect("2026-07-05", "harbour master", planned=True),
            expect("2026-07-07", "harbour master", planned=True),
            expect("2026-07-09", "harbour master", planned=True),
        ),
    ),
    Text(
        "village_hall_newsletter",
        "village hall newsletter",
        date(2025, 9, 5),
        """ASHCOMBE VILLAGE HALL NEWS
Issue 87

From the committee
The repairs to the hall roof were finished in August 2025, on budget and just in time for
the wet weather. Not bad for a hall built in 1911!

Last Saturday's jumble sale raised GBP 412 for the kitchen fund. We have been fundraising for
a new kitchen since March 2024 and are now two thirds of the way there.
The new stacking chairs were delivered on 21 July.

Coming up
- Quiz night on Friday 19 September, 7.30pm. Teams of up to six.
- The harvest supper will be held on 4 October.

Regulars
Yoga every Tuesday at 10am; the toddler group meets on Thursdays in term time.

Attendance at the summer fete was the best since 2015 - thank you all!

Bookings: ring Pat on 01234 567890""",
        (
            expect("2025-08", "roof"),
            expect("1911", "built"),
            expect("2025-08-30", "jumble"),
            expect("2024-03/..", "fundrais"),
            expect("2025-07-21", "chair"),
            expect("2025-09-19", "quiz", planned=True),
            expect("2025-10-04", "supper", planned=True),
        ),
    ),
    Text(
        "school_meals_tender",
        "tender notice for school meals",
        None,
        """CONTRACT NOTICE - SERVICES

Contracting authority: Municipality of Vila Serena, Education Department
Title: Provision of school meals to 14 primary schools
Reference: VS-EDU-2025-07

Section II - Object
The contract will run from 1 September 2025 to 31 August 2028. The current contract,
awarded in 2019, covers nine schools only.

Section IV - Procedure
A site visit to the central kitchen is scheduled for 2 April 2025.
Questions for clarification must be submitted by 8 April 2025.
Tenders must be received no later than 22 April 2025, 12:00 local time.
Tenders will be opened in public on 23 April 2025.

Section VI - Complementary information
Menus must follow the 2023 national nutrition guidelines.
Date of dispatch of this notice: 14 March 2025""",
        (
            expect("2025-09-01/2028-08-31", "contract", planned=True),
            expect("2019", "award"),
            expect("2025-04-02", "visit", planned=True),
            expect("../2025-04-08", "question"),
            expect("../2025-04-22", "tender"),
            expect("2025-04-23", "open", planned=True),
        ),
    ),
    Text(
        "bank_failure_factbox",
        "factbox timeline of a bank failure",
        date(2024, 5, 20),
        """FACTBOX-Timeline: the rise and fall of Hanseatic Merchant Bank

May 20 (Baltic Financial Wire) - Regulators closed Hanseatic Merchant Bank last week. Here
are key events in its history:

1952 - Founded in Lubeck as a savings bank for grain traders.

2019 - Put under enhanced supervision by the federal regulator.

2021 - Auditors possibly flagged risks in its shipping loans, according to people familiar
with the matter.

March 2023 - Reports its first annual loss.

Oct. 12, 2023 - Regulator bars the bank from paying dividends.

Jan. 2024 - Chief executive Lars Oltmann resigns.

May 17, 2024 - Regulator closes the bank and appoints an administrator.

May 27, 2024 - Payouts to insured depositors are expected to start.

(Compiled by Anke Reuter)""",
        (
            expect("1952", "found"),
            expect("2019", "supervision"),
            expect("2021?", "auditor"),
            expect("2023-03", "loss"),
            expect("2023-10-12", "dividend"),
            expect("2024-01", "resign"),
            expect("2024-05-17", "clos"),
            expect("2024-05-27", "payout", planned=True),
        ),
    ),
    Text(
        "rail_crash_inquiry",
        "inquiry report on a rail crash",
        None,
        """RAIL ACCIDENT INQUIRY BOARD
Report 04/2024: Derailment of a passenger train near Kesthely junction

Summary
1. At 07:42 on 9 November 2023, the 06:55 service from Sorvik derailed on the approach to
Kesthely junction. Eleven passengers were injured.

2. The track on the approach had been renewed c. 2009. A temporary speed restriction of 40
km/h had been in force on the curve since 14 June 2023 because of worn rails.

3. Signal K21 was last inspected on or about 2 October 2023. The maintenance log for that
week is incomplete.

4. The Board published an interim statement on 20 December 2023 and held public hearings
in Sorvik from 4 to 15 March 2024.

Recommendations
5. The infrastructure manager must complete the replacement of the worn rails on all
curves of the line no later than 31 December 2025.""",
        (
            expect("2023-11-09", "derail"),
            expect("2009~", "renew"),
            expect("2023-06-14/..", "restriction"),
            expect("2023-10-02~", "inspect"),
            expect("2023-12-20", "interim"),
            expect("2024-03-04/2024-03-15", "hearing"),
            expect("../2025-12-31", "replace"),
        ),
    ),
    Text(
        "weather_satellite_status",
        "weather satellite status page",
        date(2025, 7, 2),
        """NORDSAT-3 | Spacecraft status
Last updated: 2 July 2025, 09:10 UTC

Current status: SAFE MODE

Nordsat-3 entered safe mode yesterday after a further fault in its imaging radiometer. The
radiometer first showed an anomaly on 28 June. Engineers expect to recover normal operations
on Friday. Until then, imagery is provided by the backup satellite.

Mission facts
- Launched: 14 December 2016 from Kourou
- Entered service: 1 May 2017
- Image cycle: full disc every 15 minutes

Future
The successor satellite, Nordsat-4, is planned to launch around 2029.

Subscribe to status alerts | Data portal | Contact""",
        (
            expect("2025-07-01", "safe mode"),
            expect("2025-06-28", "anomal"),
            expect("2025-07-04", "recover", planned=True),
            expect("2016-12-14", "launch"),
            expect("2017-05-01", "service"),
            expect("2029~", "launch", planned=True),
        ),
    ),
    Text(
        "statistics_errata",
        "errata for a statistics release",
        None,
        """NATIONAL STATISTICS OFFICE
Errata: Labour Force Survey, quarterly bulletin, third quarter 2024

The bulletin was first published on 14 November 2024. On 2 December 2024 staff found an
error in the weighting of the regional estimates. The error was probably introduced with a
software update in October 2021, and it has affected the regional estimates since January
2022.

Corrected tables 3, 4 and 7 were reissued on 5 December. National totals are not affected;
the unemployment rate of 5.8 per cent, the highest since 2014, stands.

The weights continue to use the 2021 census population. The next bulletin is scheduled for
13 February 2025.

Contact: labour.statistics@nso.example""",
        (
            expect("2024-11-14", "publish"),
            expect("2024-12-02", "error"),
            expect("2021-10?", "update"),
            expect("2022-01/..", "affect"),
            expect("2024-12-05", "reissu"),
            expect("2025-02-13", "bulletin", planned=True),
        ),
    ),
    Text(
        "sea_captain_family_history",
        "family history of a sea captain",
        None,
        """Chapter 3: Captain Thomas Pengelly

Our great-great-grandfather Thomas Pengelly was born c. 1821 at Mousehole in Cornwall, the
third son of a pilchard fisherman. He went to sea in 1835 as a cabin boy on a coasting
schooner.

By 1850 he was master of the brig Ellen of Penzance, carrying china clay to Liverpool and
coal home. He married Grace Trewin at Paul church on 3 May 1852.

The Ellen was wrecked off the Scilly Isles on 11 January 1867. Thomas and all his crew were
saved, but he lost his savings with the cargo and retired from the sea the following year.

He probably died in March 1894; the parish burial register for that year is damaged, and
his gravestone has not been found.""",
        (
            expect("1821~", "born"),
            expect("1835", "sea"),
            expect("../1850", "master"),
            expect("1852-05-03", "marri"),
            expect("1867-01-11", "wreck"),
            expect("1868", "retir"),
            expect("1894-03?", "died"),
        ),
    ),
)
