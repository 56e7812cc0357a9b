"""A twentieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents in twenty styles (wire stories on a
mine accident and a central bank decision, a press release, a court opinion with numbered
paragraphs, an encyclopedia history, a tennis report, a brewery's history, an election
mission's interim report, a flood statement, an HTML live blog, a note verbale summary, a
travel advisory, heritage plaques, an expedition diary, a recall notice, a festival
programme, a book jacket, a docket sheet, a memorial speech and a radio bulletin), with the
organisations, people and facts invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTIETH_CORPUS",)


TWENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "twentieth-mine-wire",
        "wire story with a dateline, mine accident",
        date(2025, 3, 12),
        """KARAGANDA, Kazakhstan, March 12 (Steppe Press) - Rescuers were still searching for
nine miners after a methane explosion tore through the Kostenko-Vostok shaft
on Tuesday, the regional emergencies department said.

Fourteen men were brought to the surface alive, some with severe burns. It was the worst
accident in the coal basin since 2011, officials said.

The shaft, which opened in 1962, is run by Saryarka Ugol, which has held the mining licence
since 2003. In October 2016, state inspectors fined the company for faulty gas sensors on
two of its lower levels.

Rescue teams are expected to reach the flooded lower gallery on Friday, a spokesman said.
Ventilation crews work in shifts every six hours.

(Reporting by Aigerim Tulegenova; Editing by Mark Oduya)""",
        (
            expect("2025-03-11", "explosion"),
            expect("1962", "open"),
            expect("2003/..", "licence"),
            expect("2016-10", "fine"),
            expect("2025-03-14", "reach", planned=True),
        ),
    ),
    Text(
        "twentieth-central-bank-wire",
        "wire story with a dateline, central bank",
        date(2026, 6, 5),
        """ACCRA, June 5 (Gulf of Guinea Financial Wire) - Ghana's central bank raised its
policy rate by 150 basis points to 24 percent on Thursday, its first increase since
November 2023, as the cedi slid against the dollar.

The Monetary Policy Committee had last cut the rate in January 2025, when inflation
appeared to be easing.

Governor Kwame Asante-Bekoe, in office since April 2022, told reporters that inflation
is projected to return to the 6 to 10 percent target band in 2027. The bank publishes its
foreign exchange auction results every Monday.

The committee's next meeting is scheduled for July 23. Analysts polled by the wire
expected a smaller move of around 100 basis points.

((Newsroom: +233 30 000 0000))""",
        (
            expect("2026-06-04", "rais"),
            expect("2025-01", "cut"),
            expect("2022-04/..", "governor"),
            expect("2027", "inflation", planned=True),
            expect("2026-07-23", "meeting", planned=True),
        ),
    ),
    Text(
        "twentieth-acquisition-release",
        "corporate press release",
        None,
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Nordvik Marine ASA to acquire Fjordlink Aquaculture Systems

Oslo, 16 September 2024 - Nordvik Marine ASA (OSE: NVMA) today announced that it has
signed an agreement to acquire Fjordlink Aquaculture Systems AS for NOK 2.1 billion in cash.

Fjordlink, founded in 1998 in Ålesund, designs closed net pens for salmon farming. The
company opened production plants in Florø in 2015, in Bodø in 2018 and in Puerto Montt in
2021.

Nordvik Marine has been listed on the Oslo stock exchange since 2011. The acquisition
supports the goals of its Blue Growth 2030 strategy.

The transaction is expected to close in March 2025, subject to approval by the competition
authorities.

About Nordvik Marine
Nordvik Marine is a supplier of equipment to the ocean industries, with 1,900 employees.

Media contact: Ingrid Sæther, +47 000 00 000""",
        (
            expect("2024-09-16", "acquire"),
            expect("1998", "found"),
            expect("2015", "plant"),
            expect("2018", "plant"),
            expect("2021", "plant"),
            expect("2011/..", "listed"),
            expect("2025-03", "close", planned=True),
        ),
    ),
    Text(
        "twentieth-land-opinion",
        "court opinion with numbered paragraphs",
        None,
        """COURT OF APPEAL
Okafor v. Lindqvist Holdings Ltd., Civil Appeal No. 412 of 2023

REASONS FOR JUDGMENT

[1] The appellants purchased the parcel known as Lot 7, Concession 3, on 14 March 1987.
The deed described its eastern boundary by reference to an old survey post.

[2] A post-and-wire fence was erected on or about 2 June 1991, some four metres west of
the surveyed line. The respondent's predecessor has occupied the strip between the fence
and the line since 1994, using it as a laneway.

[3] The appellants commenced this action on 9 February 2021, claiming possession of the
strip. The trial judge dismissed the action on 30 November 2022, finding that the
respondent had acquired title by adverse possession.

[4] The appeal was heard on 11 October 2023. For the reasons that follow, I would allow it
in part.""",
        (
            expect("1987-03-14", "purchas"),
            expect("1991-06-02~", "fence"),
            expect("1994/..", "occup"),
            expect("2021-02-09", "action"),
            expect("2022-11-30", "dismiss"),
            expect("2023-10-11", "appeal"),
        ),
    ),
    Text(
        "twentieth-railway-encyclopedia",
        "encyclopedia history",
        None,
        """Valbrenta Railway

The Valbrenta Railway (Italian: Ferrovia della Valbrenta) is a 38 km standard-gauge line
linking Bassano del Grappa with the upper Brenta valley.

History
Construction began in 1871 under a concession granted to the Società Veneta Ferrovie.
The line opened on 1 August 1874 between Bassano and Cismon, and was extended to Primolano
the following year. It was electrified c. 1925, one of the first secondary lines of the
region to be so.

Passenger traffic declined after the Second World War. Freight traffic probably ended in
1971, although company records for that decade are incomplete. Since 1984 the Amici della
Valbrenta association has operated the northern section as a heritage railway.

See also
- List of railway lines in Veneto
- 1925 electrification programme""",
        (
            expect("1871", "construct"),
            expect("1874-08-01", "open"),
            expect("1875", "extend"),
            expect("1925~", "electrif"),
            expect("1971?", "freight"),
            expect("1984/..", "operat"),
        ),
    ),
    Text(
        "twentieth-tennis-final",
        "sports report",
        date(2025, 7, 13),
        """TENNIS

Marchetti ends her wait with three-set win in Båstad

By Jonas Ek

Giulia Marchetti won the Nordic Open on Saturday, beating the top seed Hana Voráčková
6-4, 3-6, 7-5 in a final that lasted two hours and forty minutes.

The Italian, who turned professional in about 2014, had first won the title here in 2019
but lost in the semifinals in 2022 and 2023. It was her first final on clay since 2021.

"I've been coming here every summer since I was a junior," Marchetti said.

She will play in Hamburg from 21 to 27 July before returning to hard courts.

Voráčková, who had not dropped a set all week, will rise to No. 6 in the rankings on
Monday.""",
        (
            expect("2025-07-12", "won"),
            expect("2014~", "professional"),
            expect("2019", "title"),
            expect("2022", "semifinal"),
            expect("2023", "semifinal"),
            expect("2025-07-21/2025-07-27", "hamburg", planned=True),
            expect("2025-07-14", "rank", planned=True),
        ),
    ),
    Text(
        "twentieth-brewery-history",
        "company history",
        None,
        """OUR STORY

Brauerei Hartl, Weißenbach

1843 - Master brewer Anton Gruber founded the brewery in a former tithe barn beside the
parish church.

In 1889 Gruber's son moved the brewhouse to the present site on the Mühlbach, where spring
water was plentiful. A fire destroyed the brewhouse on 3 May 1912; it had been rebuilt by
1914 with copper kettles bought in Munich.

The Hartl family has owned the brewery since 1921, when Josef Hartl bought it from the
last of the Gruber heirs.

Our Weißenbacher Hell lager was launched in 1957, and exports to Italy began the following
year. The bottling hall was probably added in 1964.

Today we brew 40,000 hectolitres a year - still with the same spring.

Brewery tours: every Saturday at 14:00""",
        (
            expect("1843", "found"),
            expect("1889", "move"),
            expect("1912-05-03", "fire"),
            expect("../1914", "rebuilt"),
            expect("1921/..", "own"),
            expect("1957", "launch"),
            expect("1958", "export"),
            expect("1964?", "bottling"),
        ),
    ),
    Text(
        "twentieth-election-interim",
        "election observation mission interim report",
        None,
        """ELECTION OBSERVATION MISSION
Republic of Moldova - Parliamentary Elections, 12 October 2025

INTERIM REPORT
(10 - 24 September 2025)

I. EXECUTIVE SUMMARY

On 4 July 2025, the President called early parliamentary elections. Candidate
registration closed on 15 August, with 19 parties and 4 independent candidates registered
out of 23 applicants. The official campaign started on 13 September.

The Central Election Commission (CEC), chaired since March 2023 by Ms. Elena Rusu, has met
regularly in open sessions. Some 2.8 million voters are registered, the lowest number since
the 2014 elections.

II. INTRODUCTION

Following an invitation from the authorities, the mission was deployed on 10 September.
It consists of a core team of 14 experts in Chișinău and 26 long-term observers. Election
day is 12 October, and the mission will issue a statement of preliminary findings the day
after.""",
        (
            expect("2025-07-04", "call"),
            expect("2025-08-15", "registration"),
            expect("2025-09-13", "campaign"),
            expect("2023-03/..", "chair"),
            expect("2025-09-10", "deploy"),
            expect("2025-10-12", "election", planned=True),
            expect("2025-10-13", "statement", planned=True),
        ),
    ),
    Text(
        "twentieth-flood-statement",
        "government statement",
        date(2024, 5, 20),
        """MINISTRY OF THE INTERIOR
Statement on the flooding along the Yantra and Danube rivers

Sofia, 20 May 2024

The state of emergency in the districts of Veliko Tarnovo and Ruse, in force since
16 May, remains in place. Approximately 2,300 residents have been evacuated.

The Yantra peaked at 6.8 metres at Byala on Saturday, its highest level since 1997. The
Prime Minister visited the flooded quarters of Ruse yesterday and met volunteers.

The levee at Polikraishte, damaged in 2005 and 2014, held this time, but engineers will
inspect it over the coming days.

A compensation scheme for households will open on 27 May. Applications will be accepted at
municipal offices and online.

Press Office of the Ministry of the Interior""",
        (
            expect("2024-05-16/..", "emergency"),
            expect("2024-05-18", "peak"),
            expect("2024-05-19", "visit"),
            expect("2005", "damag"),
            expect("2014", "damag"),
            expect("2024-05-27", "compensation", planned=True),
        ),
    ),
    Text(
        "twentieth-summit-liveblog",
        "HTML page",
        date(2025, 11, 8),
        """<article class="liveblog">
<header>
<h1>Live: Caspian water summit ends with Baku declaration</h1>
<p class="meta">Updated <time datetime="2025-11-08T17:40">8 November 2025, 17:40</time></p>
</header>
<ul class="updates">
<li><time>17:40</time> That's all from us today. Thanks for following.</li>
<li><time>16:20</time> Ministers from the five coastal states have signed the Baku
declaration on water levels, the host's foreign ministry says.</li>
<li><time>14:05</time> Delegates tell us the next round of talks will take place in Aktau
on 20 January. The last full round was held in March 2022.</li>
<li><time>12:30</time> Recap: the summit opened on Thursday with around 40 delegations. A
framework convention on the sea was signed in 2018 but never ratified by two states.</li>
<li><time>10:15</time> Good morning. Water levels in the Caspian are at their lowest since
1996.</li>
</ul>
</article>""",
        (
            expect("2025-11-08", "sign", "declaration"),
            expect("2026-01-20", "talks", planned=True),
            expect("2022-03", "round"),
            expect("2025-11-06", "open"),
            expect("2018", "convention"),
        ),
    ),
    Text(
        "twentieth-note-verbale",
        "diplomatic note verbale summary",
        None,
        """SUMMARY OF INCOMING CORRESPONDENCE
Ref.: Note Verbale No. 118/2024 - Embassy of the Republic of Austria

By its note of 3 April 2024, the Embassy informed the Ministry that the Austrian side
wishes to revise the schedule of the Agreement on Road Transport, signed at Vienna on
12 June 1998 and in force since 1 January 2000.

The Embassy recalls that the Joint Commission under the Agreement last met in October 2022
and proposes that it meet in Vienna from 14 to 16 May 2024. The draft agenda is annexed.

The Embassy requests a reply no later than 30 April 2024, so that the delegations can be
confirmed.

Action: Legal Department to prepare a reply for the Director's signature.
The Embassy avails itself of this opportunity to renew to the Ministry the assurances of
its highest consideration.""",
        (
            expect("2024-04-03", "inform"),
            expect("1998-06-12", "sign"),
            expect("2000-01-01/..", "force"),
            expect("2022-10", "met"),
            expect("2024-05-14/2024-05-16", "meet", planned=True),
            expect("../2024-04-30", "reply"),
        ),
    ),
    Text(
        "twentieth-travel-advisory",
        "travel advisory",
        None,
        """Niger travel advice

Still current at: 9 December 2025
Updated: 2 December 2025

Latest update: on 2 December 2025 we changed our advice to advise against all travel to
the regions of Tillabéri and Diffa.

Summary of earlier changes
- 14 October 2025: we removed the advice on flights after Niamey airport reopened to
  commercial traffic.
- A curfew from 22:00 to 05:00 has been in force in the city of Zinder since 1 August 2025.
- The land border with Benin was closed on or about 26 July 2025 and remains closed.

Elections
Local elections are scheduled for 28 February 2026. Avoid demonstrations and large
gatherings.

Safety
Kidnapping remains a threat throughout the country. Call our consular line at any time,
every day of the year.""",
        (
            expect("2025-12-02", "advi"),
            expect("2025-10-14", "removed"),
            expect("2025-08-01/..", "curfew"),
            expect("2025-07-26~", "border"),
            expect("2026-02-28", "election", planned=True),
        ),
    ),
    Text(
        "twentieth-heritage-plaques",
        "heritage plaque texts",
        None,
        """KNARESFIELD CIVIC SOCIETY - TOWN TRAIL PLAQUES

Plaque 1 (Market Place)
THE CORN EXCHANGE
Built in 1856 to designs by Henry Pollard. Converted to a theatre in 1979.

Plaque 2 (Church Lane)
On this site stood the Free Grammar School, founded c. 1620.

Plaque 3 (7 Bridge Street)
DR ELIZA MARSH
Physician and campaigner for clean water, lived here from 1891 to 1924.

Plaque 4 (Riverside wall)
THE GREAT FLOOD
The waters of the Nidd reached this mark on 7 February 1853.

Plaque 5 (Station Road)
Knaresfield station was opened by the North Eastern Railway on 2 May 1864.

Erected by the Knaresfield Civic Society""",
        (
            expect("1856", "built"),
            expect("1979", "convert"),
            expect("1620~", "found"),
            expect("1891/1924", "live"),
            expect("1853-02-07", "flood"),
            expect("1864-05-02", "open"),
        ),
    ),
    Text(
        "twentieth-expedition-diary",
        "scientific expedition diary",
        None,
        """FIELD DIARY - NORTH-EAST GREENLAND GLACIOLOGICAL PARTY, 1957

3 January 1957
Ship anchored in Danmarkshavn at 11:40 after a slow passage through the pack.

5 January
Landed stores and the two weasels. Temperature -31 °C. Dr Holm's theodolite damaged in
the transfer.

9 January
Reached the snout of the Storstrømmen glacier. Found the cairn left by an earlier Danish
party, built in roughly 1908, its record tin empty.

14 January
Stakes drilled along the centre line, twelve in all. Readings to be taken every second day.

18 January
Blizzard kept us in the tents all day. The radio schedule with Copenhagen possibly
failed on the 16th; no acknowledgement of our telegram.

21 January
Returned to the ship. All well.""",
        (
            expect("1957-01-03", "anchor"),
            expect("1957-01-05", "land"),
            expect("1957-01-09", "glacier"),
            expect("1908~", "cairn"),
            expect("1957-01-14", "stake"),
            expect("1957-01-16?", "radio"),
            expect("1957-01-18", "blizzard"),
            expect("1957-01-21", "return"),
        ),
    ),
    Text(
        "twentieth-recall-notice",
        "product recall notice",
        date(2025, 2, 3),
        """PRODUCT RECALL

Morning Harvest Honey & Oat Clusters 500 g

Greendale Foods Ltd is recalling Morning Harvest Honey & Oat Clusters because they may
contain small pieces of metal.

Product details
Pack size: 500 g
Best before: 30/06/2025
Batch codes: L4336 to L4353 (made between 2 and 19 December 2024)

The company's supplier notified it of the problem on 29 January 2025, and sale of the
affected batches was stopped on 31 January. The contamination was possibly caused by a
fault in a sieve on 28 November 2024, the company said.

Greendale has made the cereal at its Leeds plant since 2009. A replacement batch will be in
stores from 10 February.

What to do
Do not eat the product. Return it to the store for a full refund.
Customer line open Monday to Friday, 9am to 5pm.""",
        (
            expect("2024-12-02/2024-12-19", "made"),
            expect("2025-01-29", "notif"),
            expect("2025-01-31", "stop"),
            expect("2024-11-28?", "fault"),
            expect("2009/..", "made"),
            expect("2025-02-10", "replacement", planned=True),
        ),
    ),
    Text(
        "twentieth-festival-programme",
        "festival programme",
        None,
        """LOWER RHINE FOLK FESTIVAL 2025
Friday 4 July - Sunday 6 July 2025, Schlosspark Moyland

Founded in 1994 by a group of Kalkar musicians, the festival brings together
bands from the Netherlands and Germany. Gates open every day at 11:00.

PROGRAMME

FRIDAY 4 JULY
19:30  Opening concert: De Waalkinders (Main Stage, doors 18:45)

SATURDAY 5 JULY
14:00  Lantern parade from the market square to the park

SUNDAY 6 JULY
20:00  Closing fireworks over the moat

Tickets: day pass EUR 18, weekend pass EUR 42
Children under 12 free""",
        (
            expect("2025-07-04/2025-07-06", "festival", planned=True),
            expect("1994", "found"),
            expect("2025-07-04", "opening", planned=True),
            expect("2025-07-05", "parade", planned=True),
            expect("2025-07-06", "fireworks", planned=True),
        ),
    ),
    Text(
        "twentieth-book-jacket",
        "book jacket biography",
        None,
        """ABOUT THE AUTHOR

Marta Quintela was born in Porto in 1961 and studied architecture before turning to
fiction. She moved to Lyon around 1985, where she worked as a translator for a publisher of
technical manuals.

Her first novel, A Casa do Rio, appeared in 1993 and was translated into eleven languages.
She won the Prix Méditerranée in 2002 and 2010, the only writer to have received it twice.

Since 2014 she has lived in Marseille, where she teaches creative writing.

The Salt Keepers is her seventh novel.

Jacket design by Studio Ferro
Author photograph © Luc Berthier""",
        (
            expect("1961", "born"),
            expect("1985~", "move"),
            expect("1993", "novel"),
            expect("2002", "prix"),
            expect("2010", "prix"),
            expect("2014/..", "live"),
        ),
    ),
    Text(
        "twentieth-docket-sheet",
        "court docket sheet",
        None,
        """U.S. District Court
District of Oregon (Portland)
CIVIL DOCKET FOR CASE #: 3:24-cv-01187

Cascade Timber Cooperative v. Willamette Rail Services, LLC
Date Filed: 03/11/2024            Jury Demand: Plaintiff
Nature of Suit: 190 Contract: Other

Date Filed | #  | Docket Text
03/11/2024 | 1  | COMPLAINT against Willamette Rail Services, LLC. Filing fee $405.
04/02/2024 | 6  | ANSWER to Complaint by Willamette Rail Services, LLC.
05/20/2024 | 11 | MOTION to Dismiss Counts II and III by Willamette Rail Services, LLC.
08/14/2024 | 19 | ORDER denying 11 Motion to Dismiss. Signed by Judge R. Castillo.
09/03/2024 | 22 | SCHEDULING ORDER: Discovery to be completed by 03/31/2025. Jury Trial set
           |    | for 6/9/2025 at 09:00 AM in Portland Courtroom 14B.

PACER Service Center - Transaction Receipt - 11/25/2024 10:02:17""",
        (
            expect("2024-03-11", "complaint"),
            expect("2024-04-02", "answer"),
            expect("2024-05-20", "motion"),
            expect("2024-08-14", "deny"),
            expect("2024-09-03", "scheduling"),
            expect("../2025-03-31", "discovery", planned=True),
            expect("2025-06-09", "trial", planned=True),
        ),
    ),
    Text(
        "twentieth-memorial-speech",
        "memorial speech transcript",
        date(2023, 11, 12),
        """Remarks by Mayor Helen Davies at the memorial service for Chief Owen Pritchard
St. Mary's Church, Llanfair

[Transcript as delivered]

Thank you all for coming. Owen would have been embarrassed by a church this full.

He was born on 2 May 1931, above his father's shop on Bridge Street. He joined the town's
fire brigade in 1952, and he served as its chief from 1974 to 1991. In about 1963, as some
of you will remember, he pulled two children from the river below the weir.

Owen died last Tuesday, at home, with Margaret beside him.

He never missed the Remembrance parade, every November, in fifty years. (Applause)

On 1 December we will unveil a bench in his name on the riverside walk, where he liked to
sit. You are all welcome.

Thank you.""",
        (
            expect("1931-05-02", "born"),
            expect("1952", "join"),
            expect("1974/1991", "chief"),
            expect("1963~", "pull"),
            expect("2023-11-07", "died"),
            expect("2023-12-01", "bench", planned=True),
        ),
    ),
    Text(
        "twentieth-radio-bulletin",
        "local radio traffic and events bulletin",
        date(2025, 10, 17),
        """RADIO WEYDALE - TRAFFIC AND WHAT'S ON, 17:00

Traffic
The A49 northbound between Ludlow and Craven Arms has been closed since Wednesday night
after a lorry shed its load; diversions are signed through Onibury. Resurfacing there is
scheduled to be finished on 24 October.

Two people were taken to hospital after a crash on the B4368 at Clun yesterday afternoon.

Trains are running normally, but remember the 18:12 to Shrewsbury runs only on weekdays.

What's on
The Weydale farmers' market is back in the square tomorrow from 9 till 1.
On Sunday, the Weydale Male Voice Choir sings at St. Laurence's at 3 o'clock - tickets on
the door.
And the bowling club holds its quiz every Thursday evening - new teams welcome.

That's all from us. Next bulletin at six.""",
        (
            expect("2025-10-15/..", "closed"),
            expect("2025-10-24", "resurfac", planned=True),
            expect("2025-10-16", "crash"),
            expect("2025-10-18", "market", planned=True),
            expect("2025-10-19", "choir", planned=True),
        ),
    ),
)
