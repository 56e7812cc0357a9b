"""A sixteenth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty documents of the kinds analysts, journalists and
diplomats keep chronologies from (a magazine feature, a diplomatic cable, a human rights
chapter, a central bank statement, a sentencing story, a ministerial interview, a think-tank
backgrounder, annual report highlights, a department history page in HTML, a season review,
Security Council coverage, a disaster situation report, a museum press text, a bill tracker, a
field researcher's blog, a strike notice, a school newsletter, a mission update, a letter to
shareholders and a regional news brief). The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTEENTH_CORPUS",)


SIXTEENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrel-bay-feature",
        "long-form magazine feature with a narrative opening",
        None,
        """THE LONG ROAD TO KESTREL BAY
How a Nova Scotia fishing town rebuilt its harbour, and what it learned on the way.
By Marguerite Olund | Photographs by Tam Reyes

The fog had not lifted when Ada Pruitt walked down to where the town pier used to stand. A
storm had torn the whole structure away the afternoon before, on 14 March 2019: 120 metres of
timber, the old pier built around 1911 by her great-grandfather's generation. "There was
nothing left to tie a boat to," she remembers.

Pruitt, who has chaired the Kestrel Bay Harbour Authority since 2016, spent the next two years
chasing money. It was the worst storm the bay had seen since 1962, and Ottawa noticed. A
federal grant of $4.2 million came through in June 2020. Construction began on or about
1 April 2021, slowed by a wet summer, and the new concrete pier opened to boats on 9 July 2022.

The fishermen still meet in the shed every Friday to argue about the tides. Their next
argument is about the seawall: an extension is scheduled to be completed in October 2025, and
nobody in the shed believes it.""",
        (
            expect("2019-03-14", "storm"),
            expect("1911~", "built"),
            expect("2016/..", "chair"),
            expect("2020-06", "grant"),
            expect("2021-04-01~", "construction"),
            expect("2022-07-09", "open"),
            expect("2025-10", "seawall", planned=True),
        ),
    ),
    Text(
        "astana-tender-cable",
        "diplomatic cable-style summary with numbered paragraphs",
        date(2023, 11, 8),
        """UNCLASSIFIED
DATE: 8 NOVEMBER 2023
FROM: EMBASSY ASTANA
TO: SECSTATE WASHDC
SUBJECT: KAZAKHSTAN: BALKHASH WIND TENDER OPENS; TWO BIDDERS OUT
REF: A) ASTANA 0412

1. (U) SUMMARY: The Ministry of Energy on 6 November opened the long-delayed tender for the
Balkhash wind cluster. Ambassador met Deputy Minister Serik Abenov yesterday to press for a
transparent process. END SUMMARY.

2. (U) The ministry first floated the project around March 2021, according to Ref A. It is
the largest renewables tender since 2017.

3. (U) Abenov told Ambassador that the winning bidder will be named on 20 February 2024. He
acknowledged that Halden Power and Orsk Renewables had withdrawn before 1 October, citing
grid-connection costs.

4. (U) Wind tariffs, frozen since January 2022, remain the main obstacle. KazGrid officials
brief donors every quarter but have published no connection schedule.

5. (U) COMMENT: Post will continue to follow the tender closely. END COMMENT.""",
        (
            expect("2023-11-06", "tender"),
            expect("2023-11-07", "abenov"),
            expect("2021-03~", "float"),
            expect("2024-02-20", "bidder", planned=True),
            expect("../2023-10-01", "withdraw"),
            expect("2022-01/..", "tariff"),
        ),
    ),
    Text(
        "velmara-rights-chapter",
        "human rights report country chapter",
        None,
        """VELMARA
Events of 2022

The government of President Ilan Coster continued to restrict freedom of assembly and
expression, relying on emergency powers adopted outside the framework of the 2019
constitution.

State of Emergency
A state of emergency, in force since 12 September 2021, was extended twice, in February and
August 2022. Under it, the Interior Ministry may ban gatherings of more than five people
without judicial review.

Freedom of Assembly
Police detained at least 340 protesters in the capital, Doresk, from 3 to 5 May, most of them
students. Detainees interviewed by our researchers described beatings in custody.

Media Freedom
Journalist Mira Santek of the weekly Glas was arrested on or about 18 June and remained in
pre-trial detention at the time of writing. Her lawyer is allowed to visit every two weeks.

Civil Society
Parliament passed a "foreign agents" law on 27 October. It is expected to take effect on
1 March 2023 and would require groups receiving foreign funding to register.""",
        (
            expect("2021-09-12/..", "emergency"),
            expect("2022-02", "extend"),
            expect("2022-08", "extend"),
            expect("2022-05-03/2022-05-05", "detain"),
            expect("2022-06-18~", "arrest"),
            expect("2022-10-27", "law"),
            expect("2023-03-01", "effect", planned=True),
        ),
    ),
    Text(
        "eastmark-policy-statement",
        "central bank policy statement",
        date(2024, 6, 14),
        """BANK OF EASTMARK
Monetary Policy Statement
Release date: 14 June 2024, 14:00

The Monetary Policy Committee today lowered the policy rate by 25 basis points to 5.25%. It is
the first reduction since March 2020.

Headline inflation fell to 3.6% in May as energy prices eased and the
effect of the VAT increase of 1 April 2024 proved smaller than expected. The Committee raised
the rate to 5.50% in July 2023 and judges that policy has been restrictive enough for long
enough.

The reduction of the Bank's balance sheet, under way since January 2023, will continue at the
present pace. Government bond holdings are reviewed every six weeks.

Inflation is projected to reach the 3% target in March 2025. The Committee stands ready to
adjust policy should wage growth prove more persistent.

The next policy decision is scheduled for 25 July.

Media contact: press@bankofeastmark.example""",
        (
            expect("2024-06-14", "rate"),
            expect("2024-05", "inflation"),
            expect("2024-04-01", "vat"),
            expect("2023-07", "rais"),
            expect("2023-01/..", "balance"),
            expect("2025-03", "target", planned=True),
            expect("2024-07-25", "decision", planned=True),
        ),
    ),
    Text(
        "threlfall-sentencing",
        "court sentencing news story",
        date(2025, 3, 21),
        """Council contracts officer jailed for six years over £2.3m fraud
By Harriet Coyle, Courts Reporter | Friday 21 March 2025

A former council procurement officer who steered £2.3m of contracts to his brother-in-law's
firm was jailed for six years at Leeds Crown Court yesterday.

Gavin Threlfall, 52, of Headingley, was convicted by a jury on 14 February after a five-week
trial. The court heard that between 2016 and 2019 he approved 41 contracts for Pike Groundworks
Ltd without competitive tender.

He was suspended by Wexbridge Council around November 2019, after an internal audit flagged
duplicate invoices, and arrested on or about 3 March 2020.

Judge Rosalind Ameh said it was the largest fraud on a public body tried in the city since
2008. "You treated the public purse as a family account," she told him.

A confiscation hearing will take place on 12 June. Darren Pike, 47, who admitted conspiracy
to defraud, is to be sentenced on Monday.

Wexbridge Council said it had changed its procurement rules and now audits every contract
above £25,000.""",
        (
            expect("2025-03-20", "jail"),
            expect("2025-02-14", "convict"),
            expect("2016/2019", "contract"),
            expect("2019-11~", "suspend"),
            expect("2020-03-03~", "arrest"),
            expect("2025-06-12", "confiscation", planned=True),
            expect("2025-03-24", "pike", planned=True),
        ),
    ),
    Text(
        "dauksiene-interview",
        "Q&A interview transcript with a minister",
        date(2024, 9, 10),
        """INTERVIEW | "We will not cut the night trains"
Transport minister Rasa Dauksiene on the Baltic rail link, delays and the budget.
Interview by Tomas Gruodis, 10 September 2024. Edited for length and clarity.

Q: The Kaunas-Riga section is years behind schedule. What went wrong?
A: The viaduct tender collapsed in April 2023 because only one bidder remained. We relaunched
it on 2 October of that year with smaller lots, and that worked.

Q: And the money?
A: The cabinet approved the extra 310 million euros last Thursday. That settles it.

Q: When will passengers actually ride the line?
A: Test runs are planned to begin in May 2027. Passenger services will probably start in 2028,
but I will not promise a month.

Q: You have been minister since 15 January 2022. Do you regret anything?
A: Only that I did not split the tender sooner.

Q: People fear for the night trains.
A: The Vilnius-Warsaw night train, which we restarted around December 2021, runs every Friday
and is full. It stays.""",
        (
            expect("2023-04", "tender"),
            expect("2023-10-02", "relaunch"),
            expect("2024-09-05", "approv"),
            expect("2027-05", "test", planned=True),
            expect("2028?", "passenger", planned=True),
            expect("2022-01-15/..", "minister"),
            expect("2021-12~", "night"),
        ),
    ),
    Text(
        "lower-basin-backgrounder",
        "think-tank timeline backgrounder with bullet dates",
        None,
        """CENTRE FOR RIVERINE POLICY | BACKGROUNDER
The Lower Basin Water-Sharing Dispute: A Timeline
Updated 2 May 2024 | Analysts: Pham Thi Lan, Oscar Reinholt

Why it matters: four states share a river whose dry-season flow has fallen in most years
since the 1996 Compact was signed. This backgrounder lists the turning points.

KEY DATES
- 1996: Lower Basin Compact signed in Vientiane, creating a joint flow commission.
- c. 2004: The first upstream dam, Nam Keo, begins generating power.
- 11-13 June 2012: Drought summit in Phnom Penh ends without agreement on release quotas.
- 2015, 2017 and 2019: Low-flow emergencies declared at the Kratie gauge.
- By January 2023: All four states have published national drought plans.
- 2025 (scheduled): Renegotiation of the Compact to open in Bangkok.

WHAT TO WATCH
The commission meets twice a year, each March and September. Its 2023 flow report, the
bleakest since records began, has not been formally adopted.""",
        (
            expect("1996", "compact"),
            expect("2004~", "dam"),
            expect("2012-06-11/2012-06-13", "summit"),
            expect("2015", "emergenc"),
            expect("2017", "emergenc"),
            expect("2019", "emergenc"),
            expect("../2023-01", "drought"),
            expect("2025", "renegotiat", planned=True),
        ),
    ),
    Text(
        "norrvik-highlights",
        'corporate annual report "highlights of the year"',
        None,
        """NORRVIK FOODS AB | ANNUAL REPORT 2023
Highlights of the year

A year of growth for Norrvik: net sales rose 11% to SEK 8.4 billion, the highest in the
company's history.

* Acquisition. On 31 January 2023 we completed the acquisition of Baltic Oats Ltd, adding two
  mills and 240 employees.
* New plant. In April we opened our fourth plant, in Gdansk, built in fourteen months.
* Packaging. Since 1 July, all of our consumer packaging has been recyclable.
* People. Around 600 employees joined the new profit-sharing scheme in September.
* Leadership. CEO Karin Lindqvist will step down on 30 April 2024, after the annual general
  meeting; the Board has begun the search for a successor.

Outlook
The Gdansk plant is expected to reach full capacity in 2025. Our 2023 Sustainability Report,
published alongside this report, sets out our climate targets.

The Board meets every quarter and the Audit Committee six times a year.""",
        (
            expect("2023-01-31", "acqui"),
            expect("2023-04", "plant"),
            expect("2023-07-01/..", "packaging"),
            expect("2023-09", "profit"),
            expect("2024-04-30", "lindqvist", planned=True),
            expect("2025", "capacity", planned=True),
        ),
    ),
    Text(
        "calder-earth-sciences-history",
        "university department history page in HTML with list entries",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Our history | Department of Earth Sciences | Calder University</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/about">About</a> &gt; History</nav>
<h1>History of the Department</h1>
<p>From a small mining school to a department of 60 staff, a century of Earth Sciences at
Calder.</p>
<ul class="timeline">
<li><strong>1921</strong> &ndash; Department founded as the School of Mining under Professor
Alfred Dunmore.</li>
<li><strong>c. 1938</strong> &ndash; First seismograph installed on the roof of Ross Hall.</li>
<li><strong>1954</strong> &ndash; Renamed the Department of Geology; it moved to the Kelvin
Building the following year.</li>
<li><strong>Late 1970s</strong> &ndash; Field station on the Isle of Skye established.</li>
<li><strong>3 September 1996</strong> &ndash; Merged with Geography to form the Department of
Earth Sciences.</li>
<li><strong>2008&ndash;2011</strong> &ndash; Ross Hall laboratories rebuilt.</li>
<li><strong>2026</strong> &ndash; The department is scheduled to move into the new Hutton
Centre.</li>
</ul>
<p>Departmental seminars are held every Wednesday at 4pm.</p>
<footer>&copy; 2024 Calder University &middot; Page last updated 12 February 2024</footer>
</body>
</html>""",
        (
            expect("1921", "found"),
            expect("1938~", "seismograph"),
            expect("1954", "rename"),
            expect("1955", "kelvin"),
            expect("1996-09-03", "merg"),
            expect("2008/2011", "rebuilt"),
            expect("2026", "hutton", planned=True),
        ),
    ),
    Text(
        "harbourside-season-review",
        "sports season review",
        date(2024, 5, 20),
        """SEASON REVIEW 2023-24
Rovers go up: how Harbourside turned a bad start into promotion
By Callum Dray | Monday 20 May 2024

Nobody at Carr Lane predicted this. The campaign began with a 2-0 home defeat to Millbrook on
12 August 2023, and by the autumn Harbourside sat 19th.

Manager Owen Rusk, in charge since June 2021, kept faith with his young back four. The turning
point came on 26 December, a 4-1 win at Eastgate that began a run of nine straight victories.

Striker Kofi Mensah, signed from Lanark in January 2024, scored 14 league goals, the most by a
Rovers player since 1998. Mensah was named Player of the Season at the club's awards night last
Saturday.

Promotion was sealed on 27 April with a 1-1 draw at Crowfield, in front of 2,300 travelling
fans.

The club is to unveil the rebuilt North Stand on 3 August, a week before the new season. The
squad trains every morning at the Carr Lane academy.""",
        (
            expect("2023-08-12", "millbrook"),
            expect("2021-06/..", "rusk"),
            expect("2023-12-26", "eastgate"),
            expect("2024-01", "mensah"),
            expect("2024-05-18", "player"),
            expect("2024-04-27", "promotion"),
            expect("2024-08-03", "stand", planned=True),
        ),
    ),
    Text(
        "nuvara-security-council",
        "UN Security Council meeting coverage",
        date(2024, 3, 22),
        """SC/15631
22 MARCH 2024
Security Council
9587th Meeting (AM)

Ceasefire in Nuvara Largely Holding, Special Representative Tells Security Council,
Warning of Attacks on Aid Convoys

Briefing the Council, Special Representative Amina Diallo said the ceasefire agreed in Geneva
on 9 January had largely held. The humanitarian corridor to Port Amal, open since 1 February,
had allowed 1,100 trucks through.

However, armed men attacked a World Food Programme convoy on or about 14 March near Beled,
killing two drivers. Council members condemned the attack, recalling the presidential statement
the Council had adopted on Tuesday.

Ms. Diallo said national elections would probably be held in October, though the electoral
commission had yet to publish a calendar. The mission's mandate will expire on 31 May, and
several speakers urged its renewal.

The representative of Nuvara said his Government meets the opposition every Monday in the
joint committee.

The meeting began at 10:05 a.m. and ended at 12:40 p.m.""",
        (
            expect("2024-01-09", "ceasefire"),
            expect("2024-02-01/..", "corridor"),
            expect("2024-03-14~", "convoy"),
            expect("2024-03-19", "statement"),
            expect("2024-10?", "election", planned=True),
            expect("2024-05-31", "mandate", planned=True),
        ),
    ),
    Text(
        "cyclone-halima-sitrep",
        "disaster situation report with numbered updates",
        date(2025, 2, 12),
        """MOZAMBIQUE: Tropical Cyclone Halima
Situation Report No. 4
As of 12 February 2025, 18:00 local time

KEY UPDATES
1. Cyclone Halima made landfall near Beira at about 02:00 on 8 February with winds of some
   160 km/h.
2. Heavy rain continued from 9 to 11 February across Sofala and Manica provinces.
3. The Buzi River breached its banks yesterday, cutting the road to Nhamatanda. Road access is
   expected to be restored by 20 February.
4. Beira airport has been closed to commercial flights since 10 February; humanitarian flights
   continue.
5. Cholera cases, first confirmed in Dondo on or about 5 February, are rising in evacuation
   centres.
6. A flash appeal for US$48 million will be launched on Friday.

Coordination meetings are held daily at 09:00 at the provincial emergency centre.

Next update: 13 February 2025""",
        (
            expect("2025-02-08", "landfall"),
            expect("2025-02-09/2025-02-11", "rain"),
            expect("2025-02-11", "breach"),
            expect("../2025-02-20", "road", planned=True),
            expect("2025-02-10/..", "airport"),
            expect("2025-02-05~", "cholera"),
            expect("2025-02-14", "appeal", planned=True),
        ),
    ),
    Text(
        "salt-and-silver-press",
        "museum exhibition press text",
        date(2024, 9, 4),
        """PRESS RELEASE | For immediate release
Halvorsen Museum of Art, Bergen, 4 September 2024

SALT AND SILVER: PHOTOGRAPHS OF THE NORWEGIAN COAST, 1860-1920

"Salt and Silver" opens on 18 October and runs until 2 March 2025. It brings together some 200
prints by Hanna Lund, one of the first women to work as a professional photographer in Norway.
Lund opened her studio in Alesund around 1872, showed her work in Bergen for the first time in
1878 and photographed the herring fleet for four decades.

Her glass-plate archive, long believed lost, was rediscovered in a Trondheim attic, possibly
in 2017. The museum acquired the collection in May 2022 with support from the Sparebank
Foundation.

"These are the most complete images of coastal life we have," said director Eirik Dahle.

A catalogue with essays by Dahle and curator Liv Haugen was published on 30 August.

Opening hours: Tuesday to Sunday, 11:00-17:00. Free entry every Thursday evening.
Press contact: presse@halvorsen.example""",
        (
            expect("2024-10-18/2025-03-02", "salt", planned=True),
            expect("1872~", "studio"),
            expect("1878", "bergen"),
            expect("2017?", "archive"),
            expect("2022-05", "acqui"),
            expect("2024-08-30", "catalogue"),
        ),
    ),
    Text(
        "hb1147-bill-tracker",
        'legislative bill tracker page ("Introduced", "Passed", "Signed")',
        None,
        """STATE LEGISLATURE BILL TRACKER
HB 1147 - Short-Term Rental Registration Act
Status: SIGNED | Sponsor: Rep. Dana Whitcomb (D-12) | Last action: 28 May 2024

Summary: Requires owners of short-term rentals to register with the county and display the
registration number in every listing.

ACTIONS
Date         Chamber    Action
15 Jan 2024  House      Introduced; referred to Committee on Housing
6 Feb 2024   House      Committee hearing; amended and reported favourably
22 Feb 2024  House      Passed 61-37
19 Mar 2024  Senate     Passed 24-12 with amendment
2 Apr 2024   House      Concurred in Senate amendment
28 May 2024  Governor   Signed (Chapter 214, Laws of 2024)

NOTES
Will take effect on 1 January 2025. Counties must open a registration portal no later than
1 October 2024 (Sec. 9).

Tracker data refreshed every night from the legislature's journal.""",
        (
            expect("2024-01-15", "introduc"),
            expect("2024-02-06", "hearing"),
            expect("2024-02-22", "pass"),
            expect("2024-03-19", "pass"),
            expect("2024-04-02", "concur"),
            expect("2024-05-28", "sign"),
            expect("2025-01-01", "effect", planned=True),
            expect("../2024-10-01", "portal", planned=True),
        ),
    ),
    Text(
        "altai-field-blog",
        "blog post by a field researcher",
        date(2023, 8, 9),
        """Field notes from the Altai, part 3: a mound, a storm and a lot of dust
Posted on 9 August 2023 by Dr Ines Marchetti | Tags: fieldwork, Altai, Bronze Age

We arrived in Kosh-Agach on 24 July after three days on the road from Barnaul, with two vans,
a generator and far too many sieves.

Last Thursday we finally reached the Tarkhata valley. The burial mound we are excavating was
first recorded by a Soviet survey around 1958, but nobody had dug it. Every evening we wash the
day's finds in the river, which is freezing.

Good news from the lab: the radiocarbon samples we sent off in 2021 and 2022 came back, and
both point to the eighth century BC.

Yesterday the team from Novosibirsk joined us, which doubled the number of trowels. We will close
the trench by 25 August at the latest, before the first snow on the passes.

More soon, if the satellite link holds.

3 comments | Share""",
        (
            expect("2023-07-24", "arriv"),
            expect("2023-08-03", "tarkhata"),
            expect("1958~", "survey"),
            expect("2021", "sample"),
            expect("2022", "sample"),
            expect("2023-08-08", "novosibirsk"),
            expect("../2023-08-25", "trench", planned=True),
        ),
    ),
    Text(
        "ardmore-strike-notice",
        "trade union strike notice",
        date(2024, 10, 3),
        """UNION OF PORT AND DOCK WORKERS - ARDMORE BRANCH 7
NOTICE OF INDUSTRIAL ACTION
To: Ardmore Harbour Services Ltd, Human Resources Director
Date: 3 October 2024

Following the ballot of members that closed on 27 September (turnout 71%, 88% in favour), the
Union gives notice that members employed as crane operators and lashers will take strike
action from 06:00 on 17 October to 06:00 on 19 October.

In addition, an overtime ban will apply from 14 October onwards until further notice.

Basic pay has been frozen since April 2022. The branch registered a formal pay dispute on
2 July, and the employer's last offer, made on or about
12 September, of a one-off payment of 600 pounds was rejected by the branch committee.

The Union remains available for talks at any time. Branch meetings continue on the first Monday
of every month.

This notice is given under the applicable provisions on industrial action ballots and notices.

Signed: Morag Keane, Branch Secretary""",
        (
            expect("2024-09-27", "ballot"),
            expect("2024-10-17/2024-10-19", "strike", planned=True),
            expect("2024-10-14/..", "overtime", planned=True),
            expect("2022-04/..", "pay"),
            expect("2024-07-02", "dispute"),
            expect("2024-09-12~", "offer"),
        ),
    ),
    Text(
        "st-brigids-newsletter",
        "school newsletter",
        date(2024, 6, 7),
        """ST BRIGID'S PRIMARY SCHOOL
Newsletter | Friday 7 June 2024

Sports Day
Thank you to all the families who came to cheer on Wednesday. Blue House won by three points!

Year 5 residential
Year 5 came back tired and happy from their residential trip to Kingswood, held from 20 to 22
May. Photos are on the class blog.

Library
Our refurbished library will open on 24 June, with 400 new books chosen by the School Council.

Thank you, Mrs Okafor
Mrs Okafor, who has taught at St Brigid's since 1998, will retire at the end of this term. A
farewell assembly is being planned.

Reports
End-of-year reports will be sent home by 12 July.

Ofsted
A reminder that the school was rated Good at its last inspection, in March 2022.

Reminders: PE kit is needed every Monday and Thursday. Term dates for 2024-25 are on the
website.""",
        (
            expect("2024-06-05", "sports"),
            expect("2024-05-20/2024-05-22", "trip"),
            expect("2024-06-24", "library", planned=True),
            expect("1998/..", "okafor"),
            expect("../2024-07-12", "report", planned=True),
            expect("2022-03", "inspection"),
        ),
    ),
    Text(
        "lumen-mission-update",
        "space agency mission update",
        date(2025, 11, 18),
        """AUSTRALASIAN SPACE AGENCY
Mission update: Lumen lunar orbiter
Updated 18 November 2025

Launched on 6 August 2025 from Woomera, Lumen entered lunar orbit on 6 September after a
31-day cruise. It was the agency's first deep-space launch since 2019. The orbiter released
its impactor probe on 2 October, and the probe struck the floor of Shackleton crater as
planned.

Since 15 October, the orbiter has been mapping the south polar region with its neutron
spectrometer, returning about 4 GB of data a day.

A reaction wheel anomaly occurred around 28 October. Engineers have switched to the spare
wheel and say the spacecraft is healthy.

An orbit-lowering manoeuvre is planned for 4 December, bringing Lumen down to 50 km. The
primary mission is expected to end in August 2026, with an extension under study.

The operations team holds a status review every Monday.""",
        (
            expect("2025-08-06", "launch"),
            expect("2025-09-06", "orbit"),
            expect("2025-10-02", "impactor"),
            expect("2025-10-15/..", "mapping"),
            expect("2025-10-28~", "anomaly"),
            expect("2025-12-04", "manoeuvre", planned=True),
            expect("2026-08", "primary", planned=True),
        ),
    ),
    Text(
        "corvane-shareholder-letter",
        "letter to shareholders",
        None,
        """CORVANE SHIPPING ASA
Letter to shareholders

Dear Shareholders,

This was the year Corvane became a zero-sulphur fleet. When I took over as chief executive in
September 2019, a third of our vessels still burned heavy fuel oil. We retired the last of
them, the Corvane Aurora, on 30 November 2023.

We listed on the Oslo Bors in 2011 and have paid a dividend every year since. The Board
proposes a dividend of NOK 4.10 per share, to be paid on or about 22 May 2024.

We took delivery of two LNG-powered car carriers, ordered in 2020, in March and June 2023. Our
fleet already emits roughly 30% less CO2 per tonne-mile than in 2008.

The annual general meeting will be held in Oslo on 25 April 2024. I look forward to seeing
many of you there.

Yours sincerely,
Henrik Aasland
Chief Executive Officer""",
        (
            expect("2019-09", "chief"),
            expect("2023-11-30", "aurora"),
            expect("2011", "list"),
            expect("2024-05-22~", "dividend", planned=True),
            expect("2020", "order"),
            expect("2023-03", "deliver"),
            expect("2023-06", "deliver"),
            expect("2024-04-25", "meeting", planned=True),
        ),
    ),
    Text(
        "around-the-region-brief",
        "regional news brief with three short items",
        date(2025, 4, 15),
        """AROUND THE REGION
Tuesday 15 April 2025

MILLHAVEN - The Old Quay footbridge reopened on Saturday after a seven-month closure for
repairs to its iron deck. The bridge, built in 1889, carries some 3,000 people a day.

ASHCOMBE - District councillors yesterday approved plans for 120 homes on the former dairy site
off Station Road. Work is expected to start in January 2026, the developer said.

KELLFORD - The village post office will close on 30 May, its owner said. It has served
residents since about 1950 and hosts the pension collection every Thursday.

Send your news to region@weekly.example""",
        (
            expect("2025-04-12", "footbridge"),
            expect("1889", "built"),
            expect("2025-04-14", "approv"),
            expect("2026-01", "work", planned=True),
            expect("2025-05-30", "close", planned=True),
            expect("1950~/..", "serv"),
        ),
    ),
)
