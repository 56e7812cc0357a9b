"""A forty-fourth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (a wire story on a dam
breach, a broadband press release, an appeals court opinion on a fishing licence, an
encyclopedia history of a spa hotel, a golf report, a shoe maker's milestones, a refugee camp
mission summary, a heat pump subsidy statement, a botanical garden's HTML page, a
photographer's obituary, planning committee minutes, an NGO statement on a journalist's
release, a dissertation abstract, a consular election notice, a trail diary, a novelist's
interview, a library system changelog, a border dispute timeline box, a parliamentary oral
question and a daily news briefing). The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week", "last
March") are left out of the expected events, and so are comparisons, habits, dates inside
names and the publication line itself.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYFOURTH_CORPUS",)


FORTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dam-breach-wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELKÁ ROVEŇ, Slovakia, March 14 (Danubia Press) - An earthen dam above the village
of Velká Roveň gave way late on Wednesday, sending water and mud through some 40 homes,
regional officials said on Friday.

No deaths have been reported. The evacuation of about 300 residents began on Thursday
morning, and most are staying in a school gymnasium in the neighbouring town of Hrabovce.

The Horná Roveň reservoir was completed in 1962 to supply a sugar mill that has since
closed. Engineers who inspected the dam on February 3 noted seepage along its eastern
flank, according to a report seen by Danubia Press. Water levels in the reservoir had been
rising since March 9, the regional water authority said.

The flooding is the worst in the district since 1997.

The Hron river is expected to crest at Žarnovica on Sunday, and the authority warned
that lower-lying streets there could flood. Regional governor Pavol Šimek will visit the
breach on Monday.

(Reporting by Jana Kollárová; Editing by Martin Holub)""",
        (
            expect("2025-03-12", "dam"),
            expect("2025-03-13", "evacuat"),
            expect("1962", "complet"),
            expect("2025-02-03", "inspect"),
            expect("2025-03-09/..", "level"),
            expect("2025-03-16", "crest", planned=True),
            expect("2025-03-17", "visit", planned=True),
        ),
    ),
    Text(
        "broadband-press-release",
        "press release of a broadband provider",
        date(2025, 6, 9),
        """FOR IMMEDIATE RELEASE

Northfibre Networks brings full-fibre broadband to twelve Pennine towns

LEEDS, 9 June 2025 - Northfibre Networks today announced that its full-fibre network
now reaches twelve towns across the South Pennines, from Holmfirth to Hebden Bridge.

Construction in Holmfirth began on 14 April, and the network passed its 200,000th
premises on or about 20 May. Customers in Marsden will be able to order services when
sales open on 1 July.

Northfibre has offered a social tariff of £15 a month to households on benefits since
March 2023. Prices for its 900 Mbps package are now the lowest since 2020.

"Rural towns have waited too long for a connection that works," said chief executive
Priya Ramsden.

Notes to editors
- Northfibre Networks was founded in 2016 and is based in Leeds.
- The press office is open Monday to Friday, 9am to 5pm.

Media contact: press@northfibre.example | 0113 496 0000

###""",
        (
            expect("2025-04-14", "construct"),
            expect("2025-05-20~", "premises"),
            expect("2025-07-01", "sales", planned=True),
            expect("2023-03/..", "tariff"),
            expect("2016", "found"),
        ),
    ),
    Text(
        "fishing-licence-appeal",
        "court opinion of an appeals court",
        None,
        """IN THE COURT OF APPEAL, NORTHERN CIRCUIT
No. 22-0417

HARALD VESTERGAARD, Appellant,
v.
COASTAL FISHERIES BOARD, Respondent.

OPINION

QUINTERO, J., delivered the opinion of the court, in which ABARA and LINDH, JJ., joined.

I. The appellant first obtained a licence to fish herring in the Skagen Sound in 2015.
Under section 12 of the Fisheries Act 1998 such a licence must be renewed each year.

II. On or about 4 August 2020 inspectors of the Board boarded the appellant's vessel,
the Marta II, in the Sound. The vessel had possibly left port on 3 August 2020, two days
earlier than the appellant's logbook records; the record is not clear. It is common ground
that the appellant lodged his catch records with the Board by 12 August 2020.

III. On 19 August 2020 the Board revoked the licence for failure to keep a true logbook.
The appellant applied to the Fisheries Tribunal for review on 2 November 2020, and the
Tribunal dismissed the application on 15 June 2022.

IV. We hold that the Board was bound to consider the catch records before it revoked the
licence. The order of the Tribunal is REVERSED and the matter REMANDED.""",
        (
            expect("2015", "obtain"),
            expect("2020-08-04~", "board"),
            expect("2020-08-03?", "port"),
            expect("../2020-08-12", "record"),
            expect("2020-08-19", "revok"),
            expect("2020-11-02", "review"),
            expect("2022-06-15", "dismiss"),
        ),
    ),
    Text(
        "spa-hotel-encyclopedia",
        "encyclopedia history",
        None,
        """Grand Hotel Thermalia

The Grand Hotel Thermalia is a spa hotel in Lázně Tisová, in the Karlovy Vary Region of
the Czech Republic.

History

A wooden bathhouse was built over the Tisová spring c. 1790 by the counts of Wernau. The
present hotel, designed by the Viennese architect Otto Feldmann, opened in 1874, and an
east wing with a covered colonnade was added the following year. The composer Antonín
Rybář possibly stayed at the hotel in 1881, although the 1936 guest book catalogue does
not list him.

During the First World War the building served as a military hospital from 1914 to 1918.
The hotel was nationalised in 1948 and run as a trade union sanatorium. After years of
decline it was restored and reopened in 2003. Since 2010 it has belonged to the Aurelia
Hotels group.

The hotel is probably the largest surviving spa building in the region.

See also
- List of spa towns in the Czech Republic

References""",
        (
            expect("1790~", "bathhouse"),
            expect("1874", "open"),
            expect("1875", "wing"),
            expect("1881?", "stay"),
            expect("1914/1918", "hospital"),
            expect("1948", "nationalis"),
            expect("2003", "reopen"),
            expect("2010/..", "aurelia"),
        ),
    ),
    Text(
        "golf-report",
        "sports report",
        date(2024, 9, 16),
        """GOLF

Lindqvist holds nerve to win Nordic Ladies Open

By Tom Ashdown

Sweden's Elin Lindqvist won the Nordic Ladies Open at Vallby Links on Sunday, closing
with a five-under 67 to finish two shots clear of Spain's Carla Ibarra.

Lindqvist, 26, had taken the lead in Friday's second round with a 64, the lowest round at
the course since 2011, and never gave it up.

It is a fitting win for a player who turned professional in 2017 and won her first
tournament the following year. Vallby Links, which hosted the event in 2008, 2012 and
2019, has since been lengthened by 300 yards.

"I practise here every summer, so it felt like home," Lindqvist said.

She is expected to climb to about 12th in the world rankings when they are published on
Tuesday.

Final scores: Lindqvist -14, Ibarra -12, Moreau -10.""",
        (
            expect("2024-09-15", "won"),
            expect("2024-09-13", "lead"),
            expect("2017", "professional"),
            expect("2018", "first"),
            expect("2008", "host"),
            expect("2012", "host"),
            expect("2019", "host"),
            expect("2024-09-17", "ranking", planned=True),
        ),
    ),
    Text(
        "shoe-maker-milestones",
        "company history",
        None,
        """Brandt & Söhne - Our story

Four generations of shoemaking in the Palatinate

Milestones

1889 - Wilhelm Brandt opens a cobbler's workshop in Pirmasens.
c. 1905 - The workshop becomes a small factory with twenty workers.
1952 - Launch of the "Wanderer", the walking boot that made the name.
1971 - Production moves to a new plant in Zweibrücken.
From 1994 onwards - All leather for our uppers comes from our own tannery.
2012 - Katharina Brandt takes over as the fourth generation to lead the company.
2026 - A second plant, in Guimarães, Portugal, is scheduled to open.

Every pair is still finished by hand, and our 1952 Wanderer is still in the range.

Visit our factory shop, open Tuesday to Saturday.

© Brandt & Söhne GmbH | Imprint | Privacy""",
        (
            expect("1889", "workshop"),
            expect("1905~", "factory"),
            expect("1952", "wanderer"),
            expect("1971", "move"),
            expect("1994/..", "tannery"),
            expect("2012", "generation"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "refugee-camp-mission",
        "mission summary",
        None,
        """MISSION SUMMARY
Rapid needs assessment - Kabetto settlement, Northern Region

Team: two WASH specialists, one nutritionist, one protection officer

1. Background
A four-person inter-agency team visited Kabetto settlement from 3 to 7 February 2025.
The settlement opened in about March 2017 and has held more than 40,000 people since
October 2024, against a planned capacity of 25,000.

2. Key findings
- Water: the main borehole in Zone C failed on 28 January; water is now trucked in.
- Food: the last general distribution was probably carried out on 21 January; several
  households reported no rations since then.
- Health: diarrhoea cases among children under five are the highest since the
  settlement opened.
- Protection: latrines in Zones C and D have no lighting.

3. Recommendations
- Repair the Zone C borehole as a priority.
- The next general food distribution is scheduled for 17 February and should not slip.
- Repeat the assessment every quarter.

Prepared by the inter-agency coordination cell. Not for publication.""",
        (
            expect("2025-02-03/2025-02-07", "visit"),
            expect("2017-03~", "open"),
            expect("2024-10/..", "40,000"),
            expect("2025-01-28", "borehole"),
            expect("2025-01-21?", "distribution"),
            expect("2025-02-17", "distribution", planned=True),
        ),
    ),
    Text(
        "heat-pump-statement",
        "government statement",
        date(2025, 11, 20),
        """Ministry of Climate and Energy

Statement on the heat pump subsidy scheme

20 November 2025

The heat pump subsidy scheme was suspended on Monday after its budget for 2025 was fully
committed. Applications already received will be processed in the order they arrived.

Since it was launched in April 2022, the scheme has paid more than 48,000 grants to
households replacing oil and gas boilers. The grant has stood at 7,500 euros since 1 July
2024. Demand this autumn was the highest since the scheme began, and payments continue to
be made every month.

The scheme will reopen for applications on 5 January 2026, subject to the approval of the
2026 budget. Parliament is expected to vote on the budget on 11 December.

"Households who have planned an installation should not cancel it," said the Minister,
Ingrid Halvorsen.

Further information: www.climate-energy.example/heatpumps""",
        (
            expect("2025-11-17", "suspend"),
            expect("2022-04", "launch"),
            expect("2024-07-01/..", "grant"),
            expect("2026-01-05", "reopen", planned=True),
            expect("2025-12-11", "vote", planned=True),
        ),
    ),
    Text(
        "botanic-garden-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>History | Hollins Vale Botanic Garden</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/history">History</a></nav>
<main>
<h1>Our history</h1>
<p>Hollins Vale Botanic Garden was founded in 1823 by the physician Ambrose Kell as a
physic garden for the town's dispensary. Its great Palm House, designed by the engineer
Rebecca Thorne, opened in 1861.</p>
<p>The Palm House has been closed since October 2022 for the first full restoration of its
ironwork, and is expected to reopen in 2027.</p>
<p>The garden is open daily from 10am. Our 2023 bicentenary programme is available as a
PDF.</p>
</main>
<aside>
<h3>Key dates</h3>
<ul>
<li><strong>1823</strong> Garden founded by Ambrose Kell</li>
<li><strong>1861</strong> Palm House opens</li>
<li><strong>c. 1890</strong> Rock garden laid out</li>
<li><strong>1940-1945</strong> Glasshouses closed; beds turned over to vegetables</li>
</ul>
</aside>
<footer>&copy; 2024 Hollins Vale Garden Trust. Registered charity no. 1100234.</footer>
</body>
</html>""",
        (
            expect("1823", "found"),
            expect("1861", "palm"),
            expect("2022-10/..", "closed"),
            expect("2027", "reopen", planned=True),
            expect("1890~", "rock"),
            expect("1940/1945", "glasshouse"),
        ),
    ),
    Text(
        "photographer-obituary",
        "obituary",
        date(2025, 5, 8),
        """OBITUARIES

Mira Okonkwo-Lind
Photographer whose harbour pictures made working docks beautiful

Mira Okonkwo-Lind, who has died aged 84, spent half a century photographing ports, from
Lagos to Gothenburg. She died on Sunday at her home in Stockholm.

She was born in Lagos on 12 March 1941, the daughter of a ship's engineer, and was given
her first camera at the age of ten. She moved to Stockholm around 1963 to study chemistry
but soon left the laboratory for the darkroom. Her first exhibition, at the Galleri Nord,
came in 1968.

In 1979 she published Harbour Light, the book for which she is best remembered. She taught
at the Royal Academy of Fine Arts from 1985 to 2006 and printed in her darkroom every
morning until last year.

She is survived by her son, Daniel, and two grandchildren. Her funeral will be held at
Katarina Church on 16 May.

Mira Okonkwo-Lind, photographer, born 12 March 1941; died 4 May 2025""",
        (
            expect("2025-05-04", "died"),
            expect("1941-03-12", "born"),
            expect("1963~", "stockholm"),
            expect("1968", "exhibition"),
            expect("1979", "harbour"),
            expect("1985/2006", "academy"),
            expect("2025-05-16", "funeral", planned=True),
        ),
    ),
    Text(
        "planning-committee-minutes",
        "borough council committee minutes",
        date(2025, 1, 14),
        """ASHCOMBE BOROUGH COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held on Tuesday 14 January 2025 at 7.00pm, Council Chamber

Present: Cllr R. Dunmore (Chair), Cllrs Hegarty, Nwosu, Pilling, Strand

1. APOLOGIES
Apologies were received from Cllr Okafor.

2. MINUTES
The minutes of the previous meeting were agreed as a correct record.

3. APPLICATION 24/0831/FUL - FORMER GASWORKS, MILL LANE
The application was received on 2 September 2024, and public consultation ran from 5 to
26 September 2024. Members visited the site on Thursday 9 January. The officer reported
that the site has been vacant since 1998. The developer expects to begin demolition in
June 2025, with building work to follow in spring 2026.
RESOLVED: that permission be granted subject to the conditions in the officer's report.

4. APPEALS
The committee noted that the Planning Inspectorate dismissed the appeal at 22 Station Road
on 6 December 2024.

The meeting closed at 8.42pm.

Chair ..............................""",
        (
            expect("2024-09-02", "application"),
            expect("2024-09-05/2024-09-26", "consultation"),
            expect("2025-01-09", "visit"),
            expect("1998/..", "vacant"),
            expect("2025-06", "demolition", planned=True),
            expect("2024-12-06", "appeal"),
        ),
    ),
    Text(
        "journalist-release-ngo",
        "NGO statement",
        date(2025, 7, 3),
        """Press Freedom Watch

Statement | 3 July 2025

Journalist Tamar Velikova freed, but colleagues remain behind bars

Press Freedom Watch welcomes the release yesterday of the investigative journalist Tamar
Velikova, who spent more than nineteen months in prison for her reporting on public
procurement.

Velikova was arrested on 17 November 2023 at her home in Dravograd and was sentenced to
six years on or about 20 March 2024 after a closed trial. She was probably transferred to
Zorin prison in May 2024. Her appeal against the conviction is scheduled to be heard on
9 September.

Her colleague Ilya Brann has been in custody since January 2024 without trial. At least
fourteen journalists were in prison at the end of last year, the highest number since
2016.

"Tamar's release must not be the end of the story," said director Hanne Solberg. It is
unclear whether Velikova will be allowed to travel abroad.

Contact: media@pressfreedomwatch.example""",
        (
            expect("2025-07-02", "release"),
            expect("2023-11-17", "arrest"),
            expect("2024-03-20~", "sentence"),
            expect("2024-05?", "transfer"),
            expect("2025-09-09", "appeal", planned=True),
            expect("2024-01/..", "custody"),
        ),
    ),
    Text(
        "salt-office-dissertation",
        "dissertation abstract",
        None,
        """Abstract

Salt, Credit and Authority: The Hallstein Salt Office in the Sixteenth Century

This dissertation examines how a small ducal salt office came to dominate the credit of an
Alpine valley. It draws on the office's ledgers for 1547-1612, the correspondence of its
clerks and the records of the ducal chamber.

The salt office was established around 1530, and the duke granted the town of Hallstein a
monopoly on the salt trade of the upper valley in 1555. Chapter 3 reconstructs a revolt of
the miners that probably took place in 1573, known only from two letters. Chapter 4 shows
that by 1590 at the latest the office was recording shipments by barge as well as by cart.
A fire destroyed most of the office's archive on 14 May 1612, which explains why the
ledgers end in that year. The town held its monopoly until 1803, when it lost it to the
Bavarian state.

The study argues that the office acted as a bank long before it was called one.

Keywords: salt trade, early modern credit, Alpine history""",
        (
            expect("1530~", "establish"),
            expect("1555", "monopoly"),
            expect("1573?", "revolt"),
            expect("../1590", "barge"),
            expect("1612-05-14", "fire"),
            expect("1803", "lost"),
        ),
    ),
    Text(
        "consular-election-notice",
        "consular notice",
        date(2026, 2, 2),
        """EMBASSY OF THE REPUBLIC OF VELDONIA - CANBERRA
Consular Section

NOTICE TO VELDONIAN CITIZENS RESIDING IN AUSTRALIA
Issued 2 February 2026

Registration of overseas voters for the parliamentary election

The parliamentary election will be held on Sunday 19 April 2026. Citizens living abroad
who wish to vote must register with the Consular Section.

Registration opened on 15 January and closes on 20 March. Citizens who registered for the
2022 election must register again.

Ballot papers for postal voting will be sent to registered voters by 27 March at the
latest. Voting in person at the Embassy will take place from 16 to 18 April.

To register, please bring:
- a valid Veldonian passport or identity card;
- proof of residence in Australia.

The Consular Section is open Monday to Thursday, 9:00-12:00.

Embassy of the Republic of Veldonia, 14 Mugga Way, Red Hill ACT 2603""",
        (
            expect("2026-04-19", "election", planned=True),
            expect("2026-01-15", "registration"),
            expect("2026-03-20", "close", planned=True),
            expect("../2026-03-27", "ballot", planned=True),
            expect("2026-04-16/2026-04-18", "voting", planned=True),
        ),
    ),
    Text(
        "kungsleden-diary",
        "hiker's trail diary",
        None,
        """Kungsleden, August 2024 - trail notes

Thu 8 August 2024
Bus to Abisko, started walking at noon. Easy path along the river to Abiskojaure hut.
14 km. Feet fine.

Fri 9 Aug
Rain all day. Reached Alesjaure hut soaked. The warden says the old hut here was built
c. 1935 and is now the sauna. Passed a reindeer fence, possibly put up in 1987 according
to the sign, which was half unreadable.

Sat 10 Aug
Stayed put - wind too strong for the pass.

Sun 11 Aug
Crossed the Tjäktja pass in fog. Lunch in the emergency shelter at the top.

Mon 12 Aug
Rest day at Sälka. Washed socks. The shop here sells bread every other day.

Tue 13 Aug
Short walk down the valley. Tomorrow we will reach Singi, then turn off for Kebnekaise.""",
        (
            expect("2024-08-08", "abiskojaure"),
            expect("2024-08-09", "alesjaure"),
            expect("1935~", "hut"),
            expect("1987?", "fence"),
            expect("2024-08-10", "stay"),
            expect("2024-08-11", "tjäktja"),
            expect("2024-08-12", "rest"),
            expect("2024-08-14", "singi", planned=True),
        ),
    ),
    Text(
        "novelist-interview",
        "interview (Q/A)",
        date(2025, 10, 12),
        """BOOKS | INTERVIEW

"I write about the places I leave"

Inês Varela-Moss talks to Rachel Oyelaran about exile, orchards and her new novel

Q: Your first novel came out in 2009. How long had you been working on it?
A: Far too long. I started writing it around 2004, at night, while I was teaching.

Q: You won the Brenner Prize in 2018 and again in 2021. Did that change anything?
A: It paid the rent. And it let me stop teaching.

Q: You have lived in Lisbon since 2015. Is the new book a Lisbon book?
A: Not at all. I finished the manuscript last March, in a rented room in Porto, and it is
set entirely in the Scottish Borders.

Q: The Glass Orchard is out on Thursday. Are you nervous?
A: Always. I read every review, which is a terrible habit.

Q: And there is a film?
A: The adaptation is scheduled to start filming in March 2026. I am not writing the script,
thank goodness.

The Glass Orchard is published by Halden & Roe, £18.99.""",
        (
            expect("2009", "novel"),
            expect("2004~", "writing"),
            expect("2018", "prize"),
            expect("2021", "prize"),
            expect("2015/..", "lisbon"),
            expect("2025-10-16", "orchard", planned=True),
            expect("2026-03", "film", planned=True),
        ),
    ),
    Text(
        "library-changelog",
        "library system changelog",
        None,
        """# Changelog - Kestrel ILS

All notable changes to Kestrel ILS are documented in this file.

## [Unreleased]
- Version 4.3.0 is planned for June 2025.
- Support for Python 3.9 will be dropped on 1 October 2025.

## [4.2.0] - 2025-03-18
### Added
- Holds queue view for branch staff.
- Patron import from MARC records.
### Changed
- The legacy OPAC has been read-only since 2 May 2024; it is now hidden by default.

## [4.1.1] - 2025-01-07
### Fixed
- Renewals failed for loans made before 2020-01-01.
- Overdue notices were sent twice every Monday.

## [4.1.0] - 2024-11-20
### Added
- Self-checkout kiosk mode.
### Removed
- The 2019 statistics export, replaced by the reports module.""",
        (
            expect("2025-06", "4.3.0", planned=True),
            expect("2025-10-01", "python", planned=True),
            expect("2025-03-18", "4.2.0"),
            expect("2024-05-02/..", "opac"),
            expect("2025-01-07", "4.1.1"),
            expect("2024-11-20", "4.1.0"),
        ),
    ),
    Text(
        "border-dispute-timeline",
        "timeline box",
        None,
        """TIMELINE | The Korva Valley dispute

How a river border between Varnia and Ostland became a case in The Hague

1921 - The Treaty of Lenz draws the border along the middle of the Korva river.
c. 1950 - After heavy floods the river shifts course about two kilometres to the east.
12 June 1967 - Border guards clash near the village of Dolna Korva; three are killed.
1994-2001 - A joint boundary commission meets but fails to agree a line.
Since 2008 - Varnian troops are posted in the valley.
3 March 2025 - The International Court of Justice opens hearings in the case.
2026 - A ruling is expected.

Graphic: Nordic Review | Sources: court filings, news reports""",
        (
            expect("1921", "treaty"),
            expect("1950~", "river"),
            expect("1967-06-12", "clash"),
            expect("1994/2001", "commission"),
            expect("2008/..", "troops"),
            expect("2025-03-03", "hearing"),
            expect("2026", "ruling", planned=True),
        ),
    ),
    Text(
        "rural-bus-oral-question",
        "parliamentary oral question exchange",
        date(2025, 6, 25),
        """Wednesday 25 June 2025
Oral Answers to Questions
TRANSPORT

Rural Bus Services

1. Fenna Carrow (Dunmere West) (Lab): What assessment she has made of the level of bus
services in rural areas.

The Minister for Local Transport (Samuel Oduya): Since 1 April the single bus fare has
been capped at £2 across England. Funding of £300 million for rural routes was announced
last Thursday, and we will publish the rural transport strategy before the summer recess.

Fenna Carrow: The Minister will know that route 47, the only bus through six of my
villages, was withdrawn on 2 June. Services are at their lowest level since 1987.

Samuel Oduya: I understand my hon. Friend's frustration. The county council has told me
that the new contract for route 47 is to begin on 1 September.

Greg Pell (Thornbury Vale) (Con): Some 40 routes were cut in 2023 and 2024 in my county
alone. Will the Minister meet me to discuss them?

Samuel Oduya: I will.""",
        (
            expect("2025-04-01/..", "cap"),
            expect("2025-06-19", "funding"),
            expect("2025-06-02", "withdrawn"),
            expect("2025-09-01", "contract", planned=True),
            expect("2023", "cut"),
            expect("2024", "cut"),
        ),
    ),
    Text(
        "morning-briefing",
        "daily news briefing",
        date(2025, 2, 11),
        """MORNING BRIEFING | Tuesday 11 February 2025

Good morning. Here is what you need to know today.

1. Rail strike
Train drivers at Norlink will strike on Friday after talks with management broke down
yesterday. The operator expects to run about a third of its services.

2. Harwick port
The Harwick container terminal, shut since 28 January when a crane collapsed onto a
quay, will reopen on 3 March, the port authority said.

3. Krohn trial
The corruption trial of former mayor Edda Krohn, which began on 6 January, is expected to
end by 28 February. Krohn denies all charges.

4. Weather
Temperatures reached 16C in the south-west on Sunday, the warmest February day since
1998. Expect rain later this week.

You are receiving this briefing because you subscribed at news.example. Unsubscribe""",
        (
            expect("2025-02-14", "strike", planned=True),
            expect("2025-02-10", "talks"),
            expect("2025-01-28/..", "shut"),
            expect("2025-03-03", "reopen", planned=True),
            expect("2025-01-06", "trial"),
            expect("../2025-02-28", "end", planned=True),
            expect("2025-02-09", "temperature"),
        ),
    ),
)
