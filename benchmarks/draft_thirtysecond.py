"""A thirty-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (a landslide wire story, an
airport's press release, a supreme court's property opinion, a fortress town's history, a
tennis report, a printing house's HTML history, an election observers' summary, an energy
price cap statement, a researcher's blog with comments, a diplomat's CV, a summit communique,
a service change notice, a festival programme, a parish newsletter, a tender notice, a trade
dispute factbox, a committee hearing summary, a space mission update, a correction notice and
a family history page). The organisations, people and facts are invented. Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events, and so are the wrong dates a correction notice puts right.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("THIRTYSECOND_CORPUS",)


THIRTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "landslide-huaycollo",
        "wire story with a dateline",
        date(2025, 3, 12),
        """\
PARDOS, Peru, March 12 (Andes Wire) - A landslide buried the upper half of the mountain
village of Huaycollo on Tuesday, killing at least 14 people and leaving 30 missing, regional
officials said.

The slope above the village had been moving since January 2023, according to the 2024
geological survey of the province, and an evacuation order was first issued in November 2024.
Most families returned within weeks, residents said, because they had nowhere else to go.

"We warned them again and again," said Rosa Quispe, the district mayor, whose office asked
the national government for funds to stabilise the slope on 8 May 2024. It was the deadliest
slide in the region since 2017.

A similar slide struck the neighbouring town of Chacas in 1998, burying its market and
the road to the coast.

Rescue teams, who stopped work overnight because of fresh rockfalls, will resume the search
on Friday, the civil defence office said. The provincial road to the valley is scheduled to
reopen on March 30.

(Reporting by Luis Mamani; Editing by Clara Soto)
""",
        (
            expect("2025-03-11", "landslide"),
            expect("2023-01/..", "slope"),
            expect("2024-11", "evacuation"),
            expect("2024-05-08", "funds"),
            expect("1998", "chacas"),
            expect("2025-03-14", "search", planned=True),
            expect("2025-03-30", "road", planned=True),
        ),
    ),
    Text(
        "brennmark-airport-pier",
        "press release of an airport",
        None,
        """\
PRESS RELEASE
Brennmark Airport AB
4 June 2024

New pier opens at Brennmark Airport

Brennmark, Sweden - Brennmark Airport opened its new north pier on 3 June 2024, adding six
gates and a covered walkway to the main terminal. Construction began in March 2021 and was
delayed by a year by a shortage of steel.

"Passenger numbers this spring are the highest since 2019, and the pier gives us room to
grow," said chief executive Annika Holm.

The terminal was last extended in 2009. The airport was bought by the municipality of
Brennmark in 1998, and its original runway was laid out around 1952 as a wartime reserve
strip.

Nordvik Air will start flights to Reykjavik on 15 September, three times a week. A second
phase of the works, a new baggage hall, is expected to be completed in 2026.

About Brennmark Airport: the airport serves 2.4 million passengers a year and is open
every day from 05:00 to 23:30.

Media contact: press@brennmark-airport.example
""",
        (
            expect("2024-06-03", "pier"),
            expect("2021-03", "construction"),
            expect("2009", "terminal"),
            expect("1998", "municipal"),
            expect("1952~", "runway"),
            expect("2024-09-15", "reykjavik", planned=True),
            expect("2026", "baggage", planned=True),
        ),
    ),
    Text(
        "pike-v-olcott-estate",
        "court opinion of a supreme court on a property case",
        None,
        """\
IN THE SUPREME COURT OF THE STATE OF VERMONT
No. 2023-114
Harlan Pike v. Estate of Miriam Olcott
Filed: February 9, 2024

OPINION

1. Plaintiff Harlan Pike claims a prescriptive easement over a strip of land on the east side
of the Olcott parcel in Windham County. Miriam Olcott acquired the parcel by a deed recorded
on or about June 2, 1987. A survey of the boundary, probably made in 1989, does not mark the
strip.

2. Pike began using the strip as a driveway in 1994. He has maintained a fence along its
eastern edge since 1996, and he plowed it each winter.

3. Olcott died on March 3, 2019. Her estate filed suit on January 14, 2021, seeking to
remove the fence, and the trial court entered judgment for the estate on August 30, 2022,
holding that Pike's use had been permissive.

4. We disagree. Under the 1996 amendment to the statute, use that is open and continuous for
fifteen years is presumed adverse unless the owner shows permission. The record shows none.

Reversed and remanded.
""",
        (
            expect("1987-06-02~", "deed"),
            expect("1989?", "survey"),
            expect("1994", "driveway"),
            expect("1996/..", "fence"),
            expect("2019-03-03", "die"),
            expect("2021-01-14", "suit"),
            expect("2022-08-30", "judgment"),
        ),
    ),
    Text(
        "hrastovac-fortress-town",
        "encyclopedia history of a fortress town",
        None,
        """\
Hrastovac

Hrastovac is a town in central Croatia, on a limestone spur above the river Kupa.

History

A fortified settlement existed on the spur by 1120, on the site of an older hill fort. The
stone fortress that gives the town its shape was built c. 1260 by the lords of Blagaj.

Ottoman forces besieged Hrastovac from 3 to 19 August 1537 but could not take the upper
castle. The town changed hands in 1552 and 1566, and its walls were rebuilt after each siege.

Hrastovac became a free royal town in 1702, and its market charter is the oldest
surviving in the county. Most of the outer walls were demolished in 1867 to make room for a
road, and a fortress museum opened in the upper castle the following year.

The town's population, 4,210 at the 2021 census, has fallen in every census since 1981.
""",
        (
            expect("../1120", "settlement"),
            expect("1260~", "fortress"),
            expect("1537-08-03/1537-08-19", "besieg"),
            expect("1552", "hands"),
            expect("1566", "hands"),
            expect("1702", "royal"),
            expect("1867", "walls"),
            expect("1868", "museum"),
        ),
    ),
    Text(
        "harwick-open-final",
        "sports report on a tennis tournament",
        date(2025, 6, 16),
        """\
TENNIS

Marsh saves her best for the Harwick final

By Daniel Orme

Lena Marsh won the Harwick Open on Sunday, beating the second seed Ana Ferreira 6-4, 3-6,
7-5 in a final that lasted almost three hours.

It was a week of escapes for the 24-year-old. In the semi-final on Friday she saved three
match points against the qualifier Jana Novak before winning in a third-set tie-break.

Marsh, who turned professional in 2017, has been coached by the former doubles player Tomas
Erb since April 2023. "He made me patient," she said. "I used to want every point over in
four shots."

The title is her best result since 2021 and will lift her to a career-high No. 11.

Marsh is scheduled to open her Wimbledon campaign on 30 June. She practises on grass every
morning at the club in Harwick, where she first played as a child.
""",
        (
            expect("2025-06-15", "harwick"),
            expect("2025-06-13", "semi"),
            expect("2017", "professional"),
            expect("2023-04/..", "erb"),
            expect("2025-06-30", "wimbledon", planned=True),
        ),
    ),
    Text(
        "marlowe-kettle-history",
        "company history of a printing house (HTML, decade headings)",
        None,
        """\
<html><body>
<nav><a href="/">Home</a> | <a href="/services">Services</a> | <a href="/history">History</a></nav>
<h1>Our history</h1>
<h2>1890s</h2>
<p>Marlowe &amp; Kettle was founded in 1893 by Agnes Marlowe, a compositor's widow, in a
rented cellar on Briggate, Leeds, printing handbills and railway timetables.</p>
<h2>1920s</h2>
<p>In around 1924 the firm bought its first rotary press, second-hand from a Manchester
newspaper.</p>
<h2>1950s</h2>
<p>Walter Kettle joined Agnes's grandson as a partner in 1951, and the firm took its present
name the following year.</p>
<h2>1980s</h2>
<p>A fire destroyed the bindery on 7 November 1986. No one was hurt, and the books in
production were reprinted within a month.</p>
<h2>2000s</h2>
<p>Since 2004 the company has been owned by its employees through a trust.</p>
<h2>2020s</h2>
<p>Our new plant in Morley is expected to open in 2026 and will bring all our presses under
one roof.</p>
<footer>&copy; 2025 Marlowe &amp; Kettle Ltd &middot; Registered in England</footer>
</body></html>
""",
        (
            expect("1893", "found"),
            expect("1924~", "rotary"),
            expect("1951", "kettle"),
            expect("1952", "name"),
            expect("1986-11-07", "fire"),
            expect("2004/..", "employee"),
            expect("2026", "morley", planned=True),
        ),
    ),
    Text(
        "veluria-observation-mission",
        "mission summary of an election observation team",
        None,
        """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Veluria - Parliamentary Elections, 6 October 2024
Post-election Statement of Findings and Conclusions

Summary

The mission was deployed on 2 September 2024 at the invitation of the Ministry of Foreign
Affairs. Some 40 long-term observers arrived from 9 to 12 September and were joined on
election day by 210 short-term observers from 31 countries.

Voting took place on 6 October 2024 in a calm and orderly manner in most of the 1,420
polling stations visited. The Central Election Commission, chaired by Irena Dobrev since
March 2022, met its legal deadlines, but its sessions were closed to observers.

Preliminary results were announced on 9 October, giving no party a majority. A
second round in 38 single-member districts is scheduled for 20 October.

Turnout, at 51 per cent, was the lowest since independence. The mission will publish its
final report in January 2025.
""",
        (
            expect("2024-09-02", "deploy"),
            expect("2024-09-09/2024-09-12", "observers"),
            expect("2024-10-06", "voting"),
            expect("2022-03/..", "dobrev"),
            expect("2024-10-09", "results"),
            expect("2024-10-20", "round", planned=True),
            expect("2025-01", "report", planned=True),
        ),
    ),
    Text(
        "energy-price-cap-statement",
        "government statement on an energy price cap",
        date(2024, 11, 15),
        """\
Ministry of Energy and Climate
Statement on the household electricity price cap

The Government approved yesterday a reduction of the household electricity price cap. The
cap, in force since 1 October 2022, will be lowered from 24 to 19 cents per kilowatt-hour
on 1 January 2025. It was last changed on 1 April 2024, when it fell from 28 cents.

Wholesale prices fell by almost a third in 2023, the steepest fall since 2009, and have
stayed close to that level this year. Suppliers have passed most of the fall on to
customers, and the cap now binds for fewer than one household in five.

The cap costs the budget roughly 410 million euros a year. The scheme is projected to end in
March 2026, when the new network tariffs take effect.

The Minister, Petra Kos, said: "Households asked for stability, and they have it. The
Government reviews the cap every quarter and will keep doing so."

Questions from the media: press office, telephone +386 1 000 0000.
""",
        (
            expect("2024-11-14", "approv"),
            expect("2022-10-01/..", "cap"),
            expect("2025-01-01", "lower", planned=True),
            expect("2023", "wholesale"),
            expect("2024-04-01", "changed"),
            expect("2026-03", "end", planned=True),
        ),
    ),
    Text(
        "glacier-plates-blog",
        "HTML blog post of a researcher with dated comments",
        date(2025, 2, 12),
        """\
<article>
<header><h1>What the glass plates remember</h1>
<p class="byline">Posted by Dr. Mira Santschi on 12 February 2025 in Archives, Glaciers</p></header>
<p>I first visited the photographic archive of the Morteratsch guides' society in 2016,
looking for one picture of the glacier snout. I found eleven hundred.</p>
<p>The oldest plate in the collection was probably taken in 1884, although the envelope
gives no date. The digitisation project ran from March 2019 to June 2021 and was paid for by
the cantonal lottery fund.</p>
<p>Our paper comparing the plates with today's ice is expected to appear in May. I post an
update on the project every first Monday of the month.</p>
</article>
<section class="comments">
<div class="comment"><p class="meta">Peter Caduff - 13 February 2025, 08:41</p>
<p>My grandfather photographed the same tongue of ice around 1931. Is his plate among
them?</p></div>
<div class="comment"><p class="meta">Mira Santschi - 13 February 2025, 19:02</p>
<p>Possibly! The plates were catalogued in 1962, so anything given later is not on the list.
Write to me.</p></div>
</section>
""",
        (
            expect("2016", "visit"),
            expect("1884?", "plate"),
            expect("2019-03/2021-06", "digitis"),
            expect("2025-05", "paper", planned=True),
            expect("1931~", "grandfather"),
            expect("1962", "catalog"),
        ),
    ),
    Text(
        "carvalho-moura-cv",
        "curriculum vitae of a diplomat",
        None,
        """\
CURRICULUM VITAE

Ambassador Inês Carvalho Moura

Born 14 May 1968, Coimbra, Portugal

Education
1986-1991  Degree in Law, University of Lisbon
1992       Diploma in International Relations, Diplomatic Institute

Career
1993        Joined the Ministry of Foreign Affairs
1997-2001   Second Secretary, Embassy of Portugal in Nairobi
2009-2013   Deputy Head of Mission, Embassy of Portugal in Ottawa
Since September 2020  Ambassador of Portugal to Norway and Iceland

Scheduled to take up the post of Ambassador to Japan in 2025.

Languages: Portuguese, English, French, Swahili (working knowledge)

Last updated: March 2024
""",
        (
            expect("1968-05-14", "born"),
            expect("1986/1991", "law"),
            expect("1992", "diploma"),
            expect("1993", "ministry"),
            expect("1997/2001", "nairobi"),
            expect("2009/2013", "ottawa"),
            expect("2020-09/..", "norway"),
            expect("2025", "japan", planned=True),
        ),
    ),
    Text(
        "ports-summit-communique",
        "joint communique after a summit",
        None,
        """\
JOINT COMMUNIQUE
Fourth Baltic-Nordic Ports Summit
Tallinn, 22 May 2025

1. The ministers responsible for ports and shipping of Estonia, Finland, Latvia, Lithuania
and Sweden met in Tallinn from 21 to 22 May 2025 at the invitation of the Government of
Estonia.

2. The ministers recalled the memorandum on shore power signed in Riga on 4 April 2019 and
welcomed the opening of the Paldiski rail-sea corridor in November 2024.

3. They noted with appreciation the work of the joint secretariat, set up in 2021, and
reaffirmed their commitment to the 2030 Baltic Clean Shipping Agenda.

4. The ministers agreed that the green shipping fund will be launched on 1 January 2026 with
an initial capital of 120 million euros.

5. The next summit is to be held in Gdansk in 2027.
""",
        (
            expect("2025-05-21/2025-05-22", "tallinn"),
            expect("2019-04-04", "memorandum"),
            expect("2024-11", "corridor"),
            expect("2021", "secretariat"),
            expect("2026-01-01", "fund", planned=True),
            expect("2027", "summit", planned=True),
        ),
    ),
    Text(
        "line-14-service-changes",
        "public transport service change notice",
        date(2025, 3, 3),
        """\
CITY TRANSPORT - SERVICE CHANGES
Notice issued 3 March 2025

Line 14
From 15 March onwards, Line 14 will terminate at Park Gate and no longer serve Harbour
Street. Passengers for Harbour Street should change at Park Gate to Line 9, which was
extended there on 10 February.

Tram bridge works
From 24 to 28 March, no trams will run between Central Station and Riverside. Replacement
buses will leave from stop C every 10 minutes.

Night bus N3
Night bus N3 has been withdrawn. Its last journey ran on Sunday.

Line 22
Line 22 resumes on Monday 7 April after the closure of Mill Road, which began on
12 February.

Buses on all lines run every 10 minutes on weekdays until 20:00. Timetables are available
at all ticket offices and on our website.
""",
        (
            expect("2025-03-15/..", "line 14", planned=True),
            expect("2025-03-24/2025-03-28", "tram", planned=True),
            expect("2025-03-02", "n3"),
            expect("2025-02-10", "line 9"),
            expect("2025-04-07", "line 22", planned=True),
            expect("2025-02-12", "closure"),
        ),
    ),
    Text(
        "harrowgate-folk-festival",
        "festival programme with timed entries",
        date(2025, 6, 20),
        """\
HARROWGATE FOLK FESTIVAL 2025
8-10 August - Programme

The festival was first held in 1976 on the village green, and since 2011 it has been
run by the volunteers of the Harrowgate Folk Trust. This year's is our biggest line-up since
2019.

FRIDAY 8 AUGUST
19:30  Opening concert: The Fenwicks, Main Marquee

SATURDAY 9 AUGUST
11:00  Fiddle workshop for beginners, Village Hall (bring your own instrument)
14:00  Morris dancing on the green

SUNDAY 10 AUGUST
15:00  Closing ceilidh with the Dale Band, Main Marquee

Tickets went on sale on 2 May and the weekend passes sold out within a week. Day tickets
are on sale every weekday at the library, 10:00-16:00.
""",
        (
            expect("1976", "first"),
            expect("2011/..", "trust"),
            expect("2025-08-08", "opening", planned=True),
            expect("2025-08-09", "fiddle", planned=True),
            expect("2025-08-10", "ceilidh", planned=True),
            expect("2025-05-02", "tickets"),
        ),
    ),
    Text(
        "st-aldhelm-parish-news",
        "parish newsletter",
        date(2024, 10, 4),
        """\
ST ALDHELM'S PARISH NEWS - October 2024

From the churchwardens
Thank you to everyone who came to the Harvest Festival last Sunday. The collection raised
640 pounds for the food bank.

The bell tower, closed since June 2023 for repairs to the frame, will reopen on Saturday
19 October, when the ringers will ring a quarter peal at 11 am.

We are sad to report that the Revd Margaret Oduya, vicar here from 1989 to 2006, died on
21 September at the age of 88. Her funeral will be announced in the next issue.

The new organ was dedicated by the Bishop of Bath and Wells on 15 September.

Did you know? Our church was consecrated c. 1150, and parts of the north wall survive from
that building.

Dates for your diary
Coffee mornings every Wednesday, 10 am, in the church room.
Parish Quiz Night: Friday 8 November, 7 pm, tickets 5 pounds.
""",
        (
            expect("2024-09-29", "harvest"),
            expect("2023-06/..", "closed"),
            expect("2024-10-19", "reopen", planned=True),
            expect("1989/2006", "vicar"),
            expect("2024-09-21", "die"),
            expect("1150~", "consecrat"),
            expect("2024-09-15", "organ"),
            expect("2024-11-08", "quiz", planned=True),
        ),
    ),
    Text(
        "tornby-road-salt-tender",
        "tender notice with deadlines",
        None,
        """\
CONTRACT NOTICE - SUPPLIES
Municipality of Tornby, Denmark
Reference: TB-2025-007 Supply of road salt
Date of dispatch of this notice: 10 January 2025

I.3 A prior information notice for this contract was published on 4 November 2024.

II.1 Object: supply and delivery of 6,000 tonnes of de-icing road salt to the municipal
depots.
II.2 Estimated value: approx. EUR 1.2 million, excluding VAT.
II.3 Duration: the contract will run from 1 October 2025 to 30 April 2027.

IV.1 Requests for clarification must be received no later than 3 February 2025.
IV.2 Tenders must be submitted by 17 February 2025, 12:00 local time, through the e-tendering
portal.
IV.3 Tenders will be opened on 18 February 2025 at 10:00. Tenderers may not attend.

VI.1 The current contract, awarded in 2021, expires on 30 September 2025.
VI.2 Deliveries are made every working day between 06:00 and 14:00 during the winter season.
""",
        (
            expect("2025-10-01/2027-04-30", "contract", planned=True),
            expect("../2025-02-03", "clarification", planned=True),
            expect("../2025-02-17", "submit", planned=True),
            expect("2025-02-18", "open", planned=True),
            expect("2021", "award"),
            expect("2024-11-04", "prior"),
            expect("2025-09-30", "expire", planned=True),
        ),
    ),
    Text(
        "steel-pipes-dispute-factbox",
        "wire timeline factbox of a trade dispute",
        date(2024, 7, 8),
        """\
FACTBOX-Key dates in the Australia-South Korea steel pipe dispute

July 8 (Meridian News) - South Korea said on Friday it had appealed a trade ruling on its
duties on Australian steel pipes. Bilateral steel trade is now at its lowest level since
2009. Here are the key dates in the dispute:

* March 2, 2021 - South Korea imposes anti-dumping duties of 14 percent on Australian
welded steel pipes.

* May 2021 - Australia requests consultations at the World Trade Organization.

* Nov. 14, 2022 - A WTO panel is established to hear the case.

* Aug. 1, 2023 - South Korea raises the duties to 21 percent.

* January 2024 - The panel rules largely in Australia's favour.

* July 5 - South Korea files an appeal.

* Australia is to respond to the appeal by Sept. 30, and a hearing is scheduled for Nov. 18.

(Compiled by Meridian News desk; Editing by Tom Hale)
""",
        (
            expect("2021-03-02", "duties"),
            expect("2021-05", "consultations"),
            expect("2022-11-14", "panel"),
            expect("2023-08-01", "raise"),
            expect("2024-01", "rule"),
            expect("2024-07-05", "appeal"),
            expect("../2024-09-30", "respond", planned=True),
            expect("2024-11-18", "hearing", planned=True),
        ),
    ),
    Text(
        "health-committee-hearing",
        "parliamentary committee hearing summary",
        date(2025, 3, 14),
        """\
Committee on Health and Social Care
Summary of proceedings

The committee heard evidence on Wednesday from the interim head of the National Health
Data Agency, Ms Ruth Hale, and from two officials of the Ministry of Health.

Ms Hale confirmed that the agency, which was set up in 2016, has been without a permanent
chief executive since August 2023. She said the breach of the agency's appointment system
probably began in November 2023 and was found only in February 2024. The contract for the
system was signed on 20 June 2022 with a company that has since been sold.

Ms Hale told members that the new patient record system is scheduled to go live on
1 September, after a pilot in three hospitals.

Members will take further evidence from the Minister on 26 March. The committee normally
sits on Tuesdays and Wednesdays.
""",
        (
            expect("2025-03-12", "hear"),
            expect("2016", "set up"),
            expect("2023-08/..", "chief"),
            expect("2023-11?", "breach"),
            expect("2024-02", "found"),
            expect("2022-06-20", "contract"),
            expect("2025-09-01", "record", planned=True),
            expect("2025-03-26", "evidence", planned=True),
        ),
    ),
    Text(
        "pelion-mission-update",
        "space agency mission update",
        None,
        """\
Iberian Space Agency - Mission update
PELION asteroid mission
Posted 18 April 2025

PELION was launched on 9 March 2023 from Kourou on a Vega-C rocket. After an Earth flyby on
21 October 2024, the probe fired its main engine for 41 minutes on 30 November to match the
orbit of its target, the asteroid (2031) Pelion.

Around 12 January 2025 the spacecraft entered safe mode after a star tracker fault, and
engineers have since restored normal operations.

PELION entered orbit around the asteroid on 2 April 2025 and has since mapped 60 per cent of
its surface. The lander, named Tessera, is scheduled to touch down on 14 June.

The mission team publishes a new image every Friday on the agency's website.
""",
        (
            expect("2023-03-09", "launch"),
            expect("2024-10-21", "flyby"),
            expect("2024-11-30", "engine"),
            expect("2025-01-12~", "safe"),
            expect("2025-04-02", "orbit"),
            expect("2025-06-14", "tessera", planned=True),
        ),
    ),
    Text(
        "corrections-and-clarifications",
        "newspaper correction notice",
        date(2025, 5, 9),
        """\
Corrections and clarifications

An article about the Kessel Bridge said that it opened in 1961. It opened in 1963.

A report on the closure of the Morwen Dairy gave the wrong date for the last milk
collection from its farms. It took place on 28 April, not 28 March.

We said that councillor Dina Rhee had been a member of the planning board since 2015. She
has served on the board since 2017.

An obituary of the potter Alan Vey said that he was born in 1938. He was born in about 1936,
according to his family.

The Lindell library extension is scheduled to open on 2 June, not 2 July as stated in a
listing.

A photo caption misdated the flood in Lindell. It happened on 14 March 2018.

To report an error, write to the readers' editor. Corrections appear on this page every
Friday.
""",
        (
            expect("1963", "bridge"),
            expect("2025-04-28", "milk"),
            expect("2017/..", "board"),
            expect("1936~", "born"),
            expect("2025-06-02", "library", planned=True),
            expect("2018-03-14", "flood"),
        ),
    ),
    Text(
        "haverfield-family-history",
        "family history page",
        None,
        """\
The Haverfields of Painswick

Thomas Haverfield was born around 1791 in Painswick, Gloucestershire, the son of a cloth
shearer. He married Ann Pegler at St Mary's church on 11 June 1815.

Their children were baptised there in 1816, 1818 and 1821: William, Sarah and Joseph.

The family possibly emigrated to Upper Canada in 1834, the year a T. Haverfield appears on
a passenger list from Bristol, but no later record of them has been found there.

Thomas died before 1851: in the 1851 census Ann is listed as a widow, living with Joseph in
Stroud.

If you are researching the Haverfields too, please get in touch through the contact page.
""",
        (
            expect("1791~", "born"),
            expect("1815-06-11", "marri"),
            expect("1816", "baptis"),
            expect("1818", "baptis"),
            expect("1821", "baptis"),
            expect("1834?", "emigrat"),
            expect("../1851", "die"),
        ),
    ),
)
