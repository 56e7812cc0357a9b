"""An eighteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents of the kinds an analyst or a
diplomat keeps a chronology from (a wire story on a court ruling, a newswire factbox, an
earnings release, a decree summary, a UN agency release, an encyclopedia article on a
disaster, a sports club history, a trade mission summary, a spokesperson's briefing, an
embassy's HTML page, an obituary, a police release, an election calendar, a university
release, a judgment summary, a museum catalogue entry, a regional feature, a company history
table, a debate summary and an NGO update). The organisations, people and facts are made up.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTEENTH_CORPUS",)


EIGHTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "lisbon-salt-licence",
        "wire story with a dateline about a court ruling",
        date(2025, 3, 14),
        """LISBON, March 14 (Meridian Wire) - Portugal's Supreme Administrative Court on
Thursday annulled the operating licence of Atlantis Salinas for a salt works near Aveiro,
ruling that the environment agency had skipped a mandatory public consultation.

The licence was issued on June 9, 2022, after the company filed its application in about
February 2021. A residents' association challenged it in October 2022, and a lower court
in Coimbra upheld the licence on May 17, 2024.

Atlantis Salinas has run a pilot evaporation basin on the site since 2019. Under the
ruling, the agency must reopen the consultation no later than September 30, and the pilot
basin may stay in use until then.

The judgment is the court's third against a coastal licence since 2020. A lawyer for the
company, Rui Tavares, said it was studying the text.

(Reporting by Ana Meireles; Editing by Tom Hurst)
""",
        (
            expect("2025-03-13", "annul"),
            expect("2022-06-09", "licen", "issu"),
            expect("2021-02~", "appli"),
            expect("2022-10", "challeng"),
            expect("2024-05-17", "upheld"),
            expect("2019/..", "basin"),
            expect("../2025-09-30", "consultation"),
        ),
    ),
    Text(
        "corvana-port-factbox",
        'newswire "factbox" timeline',
        date(2024, 11, 8),
        """FACTBOX-Key dates in the dispute over the Corvana container terminal

Nov 8 (Meridian Wire) - The competition office said it had finished hearing
evidence in its probe of the Corvana terminal concession. Here are the main events:

* Feb 2, 2023 - Harbour authority awards a 30-year concession to Baltic Quay Holdings.
* March 3 - Dockworkers' union files a complaint with the competition office.
* June 2023 - Strike shuts the container berths for nine days.
* Around Sept 20 - Baltic Quay begins dredging the outer channel.
* Jan 15, 2024 - Competition office opens a formal investigation.
* April 8-11 - Hearings held in Klaipeda.
* By Dec 20 - Office is expected to publish its decision.

Volumes at Corvana fell 14% in 2023, the steepest drop since 2009.

(Compiled by Lina Petraitis; Editing by Jon Berg)
""",
        (
            expect("2023-02-02", "concession"),
            expect("2023-03-03", "complaint"),
            expect("2023-06", "strike"),
            expect("2023-09-20~", "dredg"),
            expect("2024-01-15", "investigation"),
            expect("2024-04-08/2024-04-11", "hearing"),
            expect("../2024-12-20", "decision", planned=True),
        ),
    ),
    Text(
        "halvard-q3",
        'corporate earnings press release with a "Recent developments" section',
        None,
        """Halvard Pumps ASA - Results for the third quarter of 2025

Oslo, 23 October 2025 - Halvard Pumps ASA (OSE: HALV) reports revenue of NOK 1,840
million for the third quarter, up 9 per cent, and an operating margin of 11.2 per cent,
the best third quarter since 2018.

"Orders from the water utilities held up well," said chief executive Marte Lund, who has
led the company since January 2021.

Recent developments
- On 2 July 2025, Halvard completed the acquisition of Fjordtek AS, a maker of dosing
  pumps.
- The new assembly plant in Gdansk started serial production in August 2025.
- A share buyback of up to NOK 200 million was launched on 15 September.
- The sale of the marine division is expected to close no later than 31 March 2026.

Financial calendar
Fourth-quarter results will be published on 12 February 2026.

Investor contact: Eirik Sande, +47 22 00 00 00
""",
        (
            expect("2021-01/..", "lund"),
            expect("2025-07-02", "acqui"),
            expect("2025-08", "production"),
            expect("2025-09-15", "buyback"),
            expect("../2026-03-31", "sale", planned=True),
            expect("2026-02-12", "result", planned=True),
        ),
    ),
    Text(
        "decree-412-water-tariffs",
        "government decree summary",
        None,
        """SUMMARY OF DECREE No. 412/2024 OF THE COUNCIL OF MINISTERS
On tariffs for rural water supply

The Council of Ministers adopted the decree on 19 November 2024. It replaces the 2011
Rural Water Tariff Regulation and will enter into force on 1 January 2025.

Main provisions
1. Tariffs are set by the regional authority once a year, on the basis of audited costs.
2. Operators serving fewer than 5,000 people are to register with the regulator no later
   than 31 March 2025.
3. Households below the poverty line receive a 40 per cent discount.

Preparation
The draft was open for public consultation from 2 to 30 September 2024; some 300
comments were received.

Review
A review of the decree's effects is to take place in 2027.

Published by the Government Information Office. Reproduction permitted with attribution.
""",
        (
            expect("2024-11-19", "adopt"),
            expect("2025-01-01", "force", planned=True),
            expect("../2025-03-31", "regist", planned=True),
            expect("2024-09-02/2024-09-30", "consultation"),
            expect("2027", "review", planned=True),
        ),
    ),
    Text(
        "unadr-sahel-convoy",
        'UN agency press release with a "Background" section',
        date(2025, 6, 4),
        """PRESS RELEASE

UN Agency for Drylands Recovery (UNADR)
GENEVA, 4 June 2025

First relief convoy in months reaches northern Mali

A convoy of 14 trucks carrying seed and animal feed reached the town of Gao on Monday
after a five-day journey from Niamey, UNADR said today.

"Farmers have a few weeks left to plant," said the agency's regional director, Aminata
Keita. Seed distribution in the Gao and Menaka regions is scheduled to begin on 15 June.

Background
The rains failed in 2022, 2023 and 2024, and the rainfall last year was the lowest since
1984. UNADR has worked in the region since 2012. Its appeal for USD 46 million, launched on
10 February 2025, is 38 per cent funded.

For more information: press@unadr.example.org
""",
        (
            expect("2025-06-02", "convoy"),
            expect("2025-06-15", "seed", planned=True),
            expect("2022", "rain"),
            expect("2023", "rain"),
            expect("2024", "rain"),
            expect("2012/..", "unadr"),
            expect("2025-02-10", "appeal"),
        ),
    ),
    Text(
        "dolna-lehota-dam",
        'encyclopedia article on a disaster (with an "Aftermath" section)',
        None,
        """Dolna Lehota dam failure

The Dolna Lehota dam failure was the collapse of an earth-fill dam on the Lehotsky potok
in central Slovakia on 11 April 1961, which flooded three villages and killed about 140
people.

Background
The dam was completed in 1954 to supply a paper mill downstream. Cracks in the crest were
probably first noticed on 2 March 1961, but the reservoir was not lowered.

Collapse
After several days of heavy rain the crest gave way shortly after midnight, releasing
roughly four million cubic metres of water within an hour.

Aftermath
A government commission published its findings on 30 June 1961, blaming poor compaction of
the fill. The mill's chief engineer was convicted of negligence in 1963. The villages were
rebuilt on higher ground from 1962 to 1965, and a memorial was unveiled at the old
churchyard c. 1971.

See also: List of dam failures
""",
        (
            expect("1961-04-11", "collapse"),
            expect("1954", "complet"),
            expect("1961-03-02?", "crack"),
            expect("1961-06-30", "commission"),
            expect("1963", "convict"),
            expect("1962/1965", "rebuil"),
            expect("1971~", "memorial"),
        ),
    ),
    Text(
        "sv-rotbach-history",
        "local sports club history page",
        None,
        """SV Eintracht Rotbach - Our history

Home | Teams | Fixtures | History | Contact

The club was founded on 14 May 1921 by twelve workers of the Rotbach brickworks, who
played on a meadow behind the station. The wooden clubhouse on the Lindenweg was built
around 1930 and still stands.

After the war the first team climbed slowly. It was promoted to the Bezirksliga in 1958,
1974 and 1989, but never stayed there longer than three seasons.

A women's section has existed since 1996 and today fields four teams. Training for all
youth teams is every Tuesday and Thursday from 5 pm.

The club celebrated its centenary from 18 to 20 June 2021 with a tournament and a dance
in the market hall. The new artificial pitch is to open in August 2026.

Last updated by the webmaster
""",
        (
            expect("1921-05-14", "found"),
            expect("1930~", "clubhouse"),
            expect("1958", "promot"),
            expect("1974", "promot"),
            expect("1989", "promot"),
            expect("1996/..", "women"),
            expect("2021-06-18/2021-06-20", "centenar"),
            expect("2026-08", "pitch", planned=True),
        ),
    ),
    Text(
        "saxony-vietnam-mission",
        "mission summary of a trade delegation",
        None,
        """MISSION SUMMARY
Saxon agri-tech trade delegation to Vietnam
Prepared by the Saxony Trade and Investment Office

Participants: 11 companies, 2 research institutes, 1 regional ministry

Programme
The delegation visited Hanoi and Ho Chi Minh City from 7 to 11 October 2024. On 8 October
the Leipzig Institute for Crop Science signed a memorandum of understanding with the
Vietnam Academy of Agricultural Sciences on seed testing.

Results
Companies held 64 business meetings. Three firms reported orders; two are negotiating
distribution agreements.

Follow-up
A follow-up webinar for the participants is scheduled for 21 November. A group of
Vietnamese buyers is expected to visit the agra fair in Leipzig in April 2025.

Note
This was the first Saxon delegation to Vietnam since the pandemic. The previous one
travelled in roughly May 2017.
""",
        (
            expect("2024-10-07/2024-10-11", "visit"),
            expect("2024-10-08", "memorandum"),
            expect("2024-11-21", "webinar", planned=True),
            expect("2025-04", "buyer", planned=True),
            expect("2017-05~", "travel"),
        ),
    ),
    Text(
        "mfa-briefing-sept",
        "statement by a foreign ministry spokesperson answering questions at a briefing",
        date(2025, 9, 17),
        """Regular press briefing by the Ministry of Foreign Affairs spokesperson, Petra Horvath

Q: Can you confirm the minister's travel plans?
A: The Foreign Minister will travel to Nairobi on Friday for talks with her Kenyan
counterpart on the regional trade corridor.

Q: What happened with the ambassador of Veldoria?
A: The ambassador was summoned to the ministry yesterday and handed a note of protest
about the detention of our two citizens.

Q: Are consular services in Khartoum available again?
A: Our consular section resumed its work on 1 July, from temporary premises.

Q: When will parliament ratify the fisheries agreement?
A: Parliament is expected to vote on ratification before 30 November.

Q: Was there a meeting with the opposition delegation in Doha?
A: A meeting was probably held on 9 September, but we have no confirmation from our side.

Q: Will these briefings continue?
A: As every week since 2019, we hold them on Wednesdays at 11 o'clock.
""",
        (
            expect("2025-09-19", "nairobi", planned=True),
            expect("2025-09-16", "summon"),
            expect("2025-07-01", "consular"),
            expect("../2025-11-30", "ratif", planned=True),
            expect("2025-09-09?", "meeting"),
        ),
    ),
    Text(
        "embassy-ottawa-page",
        "HTML press page of an embassy",
        None,
        """<html><head><title>Press | Embassy of the Republic of Moldavia Nova in Ottawa</title>
</head><body>
<nav><a href="/">Home</a> | <a href="/consular">Consular</a> | <a href="/press">Press</a></nav>
<h1>Embassy news</h1>
<p>The embassy has served Canada and, on a non-resident basis, Jamaica since its
opening. Below are the main events of the year.</p>
<ul>
<li>c. 1968 - First honorary consulate opened in Montreal.</li>
<li>12 May 2025 - Ambassador Daria Cebotari presented her credentials to the Governor
General.</li>
<li>3 June 2025 - Trade forum on wine exports held in Toronto.</li>
<li>20 to 22 August 2025 - Consular mission to Winnipeg.</li>
<li>Since 1 September 2025 - Visa applications are accepted online only.</li>
<li>14 November 2025 - The embassy will host its National Day reception.</li>
</ul>
<p>Office hours: Monday to Friday, 9:00-13:00.</p>
<footer>Last updated 2 October 2025 &copy; 2025 Embassy of Moldavia Nova</footer>
</body></html>
""",
        (
            expect("1968~", "consulate"),
            expect("2025-05-12", "credential"),
            expect("2025-06-03", "forum"),
            expect("2025-08-20/2025-08-22", "mission"),
            expect("2025-09-01/..", "visa"),
            expect("2025-11-14", "reception", planned=True),
        ),
    ),
    Text(
        "solheim-obituary",
        "obituary in a newspaper",
        date(2025, 2, 3),
        """OBITUARIES

Ingrid Solheim, ceramicist whose glazes drew on the fjords

By Karin Vik

Ingrid Solheim, who died on January 27 at her home in Bergen at the age of 86, made
stoneware that sold from Oslo to Osaka while she insisted she was only "a potter from
Voss".

Born on April 4, 1938, the daughter of a ferry captain, she moved to Copenhagen in 1957 to
study at the School of Arts and Crafts and opened her first workshop the following year.
She won the Lunning Prize in about 1966, which paid for a year in Japan.

The National Museum has held a group of her bowls since 1972. Her marriage to the painter
Olav Dahl ended in divorce.

A memorial exhibition will open at the KODE museum in Bergen on March 15.

She is survived by a son, Eirik, and two grandchildren.
""",
        (
            expect("2025-01-27", "die"),
            expect("1938-04-04", "born"),
            expect("1957", "copenhagen"),
            expect("1958", "workshop"),
            expect("1966~", "prize"),
            expect("1972/..", "museum"),
            expect("2025-03-15", "exhibition", planned=True),
        ),
    ),
    Text(
        "police-harbour-street",
        "police press release on an incident",
        date(2025, 7, 21),
        """MERSEYSIDE COUNTY POLICE - MEDIA RELEASE
Reference: 0719/HS

Man charged after Harbour Street collision

Shortly after 11pm on Saturday, officers were called to Harbour Street, Birkenhead, after
a car struck the front of the Anchor bar. Two people were treated in hospital for minor
injuries.

A 34-year-old man from Wallasey was arrested yesterday and has been charged with dangerous
driving and driving without insurance. He will appear before Wirral magistrates on
Wednesday.

Detectives believe the car, a grey Vauxhall Astra, was stolen from a driveway in
Moreton on or about 10 July. The bar has been closed since 14 July for renovation, and
nobody was inside.

Anyone with dashcam footage is asked to call 101, quoting the reference above.
""",
        (
            expect("2025-07-19", "collision"),
            expect("2025-07-20", "arrest"),
            expect("2025-07-23", "magistrates", planned=True),
            expect("2025-07-10~", "stolen"),
            expect("2025-07-14/..", "closed"),
        ),
    ),
    Text(
        "cec-municipal-calendar",
        "central election commission announcement with a calendar of deadlines",
        None,
        """CENTRAL ELECTORAL COMMISSION
Announcement No. 7 on the 2026 municipal elections
Vilnius, 2 July 2026

The Commission informs voters, parties and candidates of the election calendar.

Municipal council and mayoral elections will be held on Sunday, 18 October 2026. In the
2022 elections turnout was 51 per cent.

Calendar
- The electoral roll was closed on 30 June 2026.
- Candidate lists are to be submitted to the municipal commissions no later than
  4 September 2026.
- Registration of observers will be open from 1 to 25 September 2026.
- The campaign will run from 19 September to 16 October 2026.
- Preliminary results are expected by 20 October.

Polling stations are open from 7:00 to 20:00. Enquiries: info@cec.example.lt
""",
        (
            expect("2026-10-18", "election", planned=True),
            expect("2026-06-30", "roll"),
            expect("../2026-09-04", "candidate", planned=True),
            expect("2026-09-01/2026-09-25", "observer", planned=True),
            expect("2026-09-19/2026-10-16", "campaign", planned=True),
            expect("../2026-10-20", "result", planned=True),
        ),
    ),
    Text(
        "tartu-lake-cores",
        "university press release about a research project",
        None,
        """NEWS RELEASE - UNIVERSITY OF TARTU
12 March 2025
For immediate release

Lake cores show how Estonian forests recovered after ancient droughts

A team of geologists at the University of Tartu has reconstructed 9,000 years of forest
history from sediment cores drilled in Lake Viljandi.

The project has been funded by the Estonian Research Council since January 2023. Fieldwork
took place from May to August 2024, when the team drilled through eleven metres of mud from
a floating platform.

First results appeared in the journal Boreal Geoscience on 3 February 2025. "The forest came
back faster than we expected," said project leader Dr. Kadri Mets.

The lake was first surveyed in 1936 and possibly again in 1951, though no records of the
second survey survive. A second drilling campaign is planned for June 2026.

Media contact: Press Office, +372 737 5100
""",
        (
            expect("2023-01/..", "fund"),
            expect("2024-05/2024-08", "fieldwork"),
            expect("2025-02-03", "result"),
            expect("1936", "survey"),
            expect("1951?", "survey"),
            expect("2026-06", "drilling", planned=True),
        ),
    ),
    Text(
        "tribunal-norvik-judgment",
        'court judgment summary ("Facts", "Procedure", "Decision")',
        None,
        """COURT OF APPEAL - LABOUR DIVISION
Case LA-118/2023, Hansen v. Norvik Logistics AS
Summary of the judgment

Facts
The appellant, Ms Hansen, was hired by Norvik Logistics as a warehouse supervisor on
1 March 2016. Around 2019 she reported safety concerns about night shifts to the labour
inspectorate. She was dismissed on 14 December 2021 for alleged misconduct.

Procedure
Ms Hansen filed her claim on 2 February 2022. The Employment Tribunal dismissed the claim
on 9 November 2022. The appeal was lodged before 31 December 2022. The Court heard the
parties on 6 March 2024.

Decision
By a judgment delivered on 25 April 2024, the Court set aside the tribunal's decision,
held the dismissal unfair and ordered reinstatement. Costs were awarded to the appellant.

This summary is not binding on the Court.
""",
        (
            expect("2016-03-01", "hire"),
            expect("2019~", "concern"),
            expect("2021-12-14", "dismiss"),
            expect("2022-02-02", "claim"),
            expect("2022-11-09", "tribunal"),
            expect("../2022-12-31", "appeal"),
            expect("2024-03-06", "heard"),
            expect("2024-04-25", "judgment"),
        ),
    ),
    Text(
        "museum-joseon-bowl",
        "museum collection catalogue entry with provenance lines",
        None,
        """Museum of East Asian Art, Cologne - Collection online

Bowl with iron-brown decoration
Korea, Joseon dynasty, made c. 1650
Stoneware, diameter 17.2 cm
Inv. no. 1987.44

Description: Deep bowl on a low foot, the sides painted with a plum branch in iron-brown
under a greyish glaze.

Provenance
- Acquired by Dr. Hans Ebner in Seoul, probably in 1911
- By descent to his daughter, Gertrud Ebner, Munich, 1948
- Sale, Lempertz, Cologne, 17 November 1979, lot 312
- Purchased by the museum from a private collector, 1987

Exhibitions
- On loan to the Korea Foundation, Seoul, from 2 March to 30 June 2019
- On display in Gallery 4 since 2021

Credit line: Purchased with support of the Friends of the Museum
""",
        (
            expect("1650~", "made"),
            expect("1911?", "acquired"),
            expect("1948", "descent"),
            expect("1979-11-17", "sale"),
            expect("1987", "purchase"),
            expect("2019-03-02/2019-06-30", "loan"),
            expect("2021/..", "display"),
        ),
    ),
    Text(
        "brenner-glassworks-closure",
        "regional newspaper feature on a factory's closure",
        date(2025, 5, 10),
        """WEEKEND FEATURE | Upper Franconia

The fires go out at Brenner

When the last shift left the Brenner glassworks on Friday, some of the workers took a
bottle home from the final batch. For 127 years the chimney on the Kronacher Strasse had
been the first thing visitors saw of Steinbach.

The works were founded in 1898 by Johann Brenner. A Belgian group, Verrerie Ardenne, took
them over in 2006 and cut jobs in 2009, 2012 and 2016, until fewer than 200 remained.

The closure was announced on 14 November last year, two weeks after the group lost its
largest customer. Demolition of the furnace hall is expected to begin by the end of
September.

"My father worked here, and his father," said Heike Sauer, a quality inspector. The
town's unemployment rate is now the highest since 2005.

Photo: The chimney of the Brenner works. (Picture: M. Kraus)
""",
        (
            expect("2025-05-09", "shift"),
            expect("1898", "found"),
            expect("2006", "took"),
            expect("2009", "cut"),
            expect("2012", "cut"),
            expect("2016", "cut"),
            expect("2024-11-14", "announc"),
            expect("../2025-09-30", "demoli", planned=True),
        ),
    ),
    Text(
        "kivela-about-history",
        'company "About us / History" page with a table of years',
        None,
        """About us | Kivela Valves Oy

Kivela Valves designs and makes industrial valves for pulp mills and district heating
networks, with 340 employees in Finland and Poland.

Our history

| Year      | Milestone                                              |
|-----------|--------------------------------------------------------|
| 1979      | Founded by Aarne Kivela in a rented garage in Tampere   |
| 1984      | First export order, to a pulp mill in Sweden            |
| c. 1990   | Production moved to the Hervanta plant                  |
| 1997-2001 | Joint venture with Hydrotec GmbH in Germany             |
| 2008      | Shares listed on Nasdaq Helsinki                        |
| Since 2015| Carbon-neutral production at all sites                  |
| 2027      | New plant in Oulu planned to open                       |

Careers | Contact | Privacy
""",
        (
            expect("1979", "found"),
            expect("1984", "export"),
            expect("1990~", "hervanta"),
            expect("1997/2001", "joint"),
            expect("2008", "listed"),
            expect("2015/..", "carbon"),
            expect("2027", "oulu", planned=True),
        ),
    ),
    Text(
        "rail-freight-bill-debate",
        "parliamentary debate summary (Hansard-like, speakers named)",
        None,
        """HOUSE OF REPRESENTATIVES
Tuesday, 3 June 2025

RAIL FREIGHT (AMENDMENT) BILL - Second Reading

Ms ALVAREZ (Minister for Transport) (14:02): I move that the bill be now read a second
time. The bill was introduced on 14 May. The national freight concession has been held by
a single operator since 1998, and this bill opens the network to competitors. A new
independent rail regulator is to be established by 1 January 2026.

Mr OKAFOR (Eastern Hills) (14:19): The government promised this reform in 2019 and again
in 2022. Freight accidents last year were at their highest since 2003. We will support the
bill, but we want the regulator's budget in the bill itself.

Ms ALVAREZ: The committee stage will take place on 17 June, and the member can move his
amendment then.

Debate adjourned.
""",
        (
            expect("2025-05-14", "introduc"),
            expect("1998/..", "concession"),
            expect("../2026-01-01", "regulator", planned=True),
            expect("2019", "promis"),
            expect("2022", "promis"),
            expect("2025-06-17", "committee", planned=True),
        ),
    ),
    Text(
        "ngo-sindh-flood-update",
        "NGO situation update with numbered paragraphs",
        date(2025, 8, 22),
        """RIVERAID INTERNATIONAL
Situation Update No. 12 - Flooding in Sindh, Pakistan
22 August 2025

1. Heavy rain has fallen over upper Sindh since 28 July, and the Indus remains above
   danger level at Sukkur.
2. On 14 August the river breached an embankment near Khairpur, flooding 23 villages.
3. RiverAid opened two mobile clinics in Khairpur district on Tuesday; together they saw
   410 patients in their first three days.
4. Distribution of hygiene kits to 6,000 families is planned to begin on 25 August.
5. Water levels at Kotri are expected to peak around 24 August.
6. Our teams have worked in the district every monsoon since 2010. In 2022 floods
   displaced more than two million people in the province.
7. The next update will follow when the situation changes.

Contact: emergency@riveraid.example.org
""",
        (
            expect("2025-07-28/..", "rain"),
            expect("2025-08-14", "breach"),
            expect("2025-08-19", "clinic"),
            expect("2025-08-25", "hygiene", planned=True),
            expect("2025-08-24~", "peak", planned=True),
            expect("2022", "flood"),
        ),
    ),
)
