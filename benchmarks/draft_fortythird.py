"""A forty-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new kinds of document (a wire story on a
cyberattack at a port, a rail freight press release, a supreme court opinion on an election
dispute, an encyclopedia history of a salt lake, a motorcycle race report, an HTML history of
a brickworks, a nuclear safety review summary, a statement on a new national park, a
gardener's HTML blog, a judge's curriculum vitae, a memorandum of understanding summary, a
planned outage notice, an opera season announcement, a mosque newsletter, a call for
tenders, a merger factbox, a committee report on a bill, a space telescope status page, a
publisher's errata note and a farming family's tree page). The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYTHIRD_CORPUS",)

FORTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "port-cyberattack-wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """ROTTERDAM, March 14 (Nordwire) - Delta Quay Terminals said on Friday that its gate
and yard systems were back online after a ransomware attack that began on Tuesday evening
and stopped truck traffic at two container terminals for almost three days.

Staff first found encrypted files on a planning server shortly after 9 p.m. on Tuesday,
according to a statement. Some 1,800 containers were stranded on the quay, the worst
disruption at the port since 2017, a spokeswoman for the harbour authority said.

Full cargo processing is expected to resume on Monday, once every workstation has been
checked, the company said.

Delta Quay had reported a smaller intrusion into its email system on or about 2 November
2023, which it said at the time had caused no damage. Dutch police have been investigating
the criminal group behind both attacks since January 2024, a prosecutor told Nordwire.

The company's 2023 annual report listed cyber risk as its second biggest threat.

(Reporting by Anneke Vos; Editing by Tom Hale)""",
        (
            expect("2025-03-11", "attack"),
            expect("2025-03-14", "online"),
            expect("2025-03-17", "resum", planned=True),
            expect("2023-11-02~", "intrusion"),
            expect("2024-01/..", "investigat"),
        ),
    ),
    Text(
        "rail-freight-release",
        "press release of a rail freight company",
        date(2025, 6, 2),
        """PRESS RELEASE

Baltic Corridor Rail expands its Hamburg–Poznań shuttle

Hamburg, 2 June 2025 – Baltic Corridor Rail GmbH, an independent rail freight operator,
will increase its intermodal shuttle between Hamburg and Poznań from three to five round
trips a week from 1 September 2025.

The company launched the shuttle with a single weekly train in April 2019 and added a
second route, to Ostrava, the following year. It has operated its own transshipment
terminal in Poznań since March 2022. Volumes in the first quarter were the highest since
the service began.

Twelve new multi-system locomotives ordered from Kessler Traction are to be delivered no
later than 30 June 2026.

"Customers want fewer trucks on the A2 and reliable departures," said managing director
Jana Krol.

About Baltic Corridor Rail
Baltic Corridor Rail GmbH runs container trains between North Sea ports and Central Europe.
It was founded in Hamburg in 2016.

Press contact: presse@bcrail.example · +49 40 555 0101""",
        (
            expect("2025-09-01", "increas", planned=True),
            expect("2016", "found"),
            expect("2019-04", "launch"),
            expect("2020", "ostrava"),
            expect("2022-03/..", "terminal"),
            expect("../2026-06-30", "locomotiv", planned=True),
        ),
    ),
    Text(
        "election-contest-opinion",
        "court opinion of a supreme court on an election dispute",
        None,
        """IN THE SUPREME COURT OF THE COMMONWEALTH OF ARVONIA

No. 24-0173

MARGARET ELLISON, Contestant-Appellant,
v.
DANIEL ROURKE, Contestee-Appellee.

Appeal from the Circuit Court of Harlan County

OPINION

WHITCOMB, J.

The general election for the office of county treasurer was held on November 5, 2024.
The county board of canvassers certified Rourke the winner by 41 votes on November 22,
the closest margin since the 1998 race for the same office. Ellison filed her notice of
contest on November 27, within the fourteen days the statute allows.

The circuit court dismissed the contest on December 6, 2024, finding that Ellison had not
shown that any error affected the result. We disagree. The county has used optical-scan
tabulators since 2016, and the record shows that the machines in two precincts rejected
ballots marked in pencil.

We therefore reverse and remand. The hand recount of the two precincts is to be completed
no later than January 10, 2025, under the supervision of the circuit court.

Reversed and remanded.""",
        (
            expect("2024-11-05", "election"),
            expect("2024-11-22", "certif"),
            expect("2024-11-27", "contest"),
            expect("2024-12-06", "dismiss"),
            expect("2016/..", "tabulator"),
            expect("../2025-01-10", "recount", planned=True),
        ),
    ),
    Text(
        "salt-lake-encyclopedia",
        "encyclopedia history of a salt lake",
        None,
        """Lake Karaszor

Lake Karaszor is an endorheic salt lake in the steppe of northern Kazakhstan, about 40 km
south of the district town of Ushkol.

History

The lake was first described by the Russian surveyor Pavel Ilyin in 1847. Salt extraction
by hand began around 1870, and a railway siding reached the southern shore in 1912, after
which salt was shipped as far as Omsk. According to later accounts, the lake probably dried
out completely in 1936, and extraction stopped for several years. The 1959 census recorded
fewer than 300 people in the two villages on its shore.

Since 1994 the lake and its shore have been a protected nature reserve. Breeding colonies
of greater flamingos were counted in 2005, 2009 and 2013. Satellite images show the lake at
its smallest extent since 1974.

See also
 • List of lakes of Kazakhstan""",
        (
            expect("1847", "describ"),
            expect("1870~", "extraction"),
            expect("1912", "railway"),
            expect("1936?", "dried"),
            expect("1994/..", "reserve"),
            expect("2005", "flamingo"),
            expect("2009", "flamingo"),
            expect("2013", "flamingo"),
        ),
    ),
    Text(
        "motorcycle-race-report",
        "sports report on a motorcycle race",
        date(2025, 5, 12),
        """MOTORCYCLING

Barros holds off Kühn to win in Mugello

By Luca Ferri

Tiago Barros won a wet Italian Grand Prix on Sunday, crossing the line 0.8 seconds ahead
of Felix Kühn after the two had swapped the lead five times in the last four laps.

The Portuguese rider had started from third on the grid after a crash in qualifying on
Saturday. It was his first win since he took victory at Jerez in April 2023, and the
Stellar Racing team's first podium of the year.

Barros has led the championship since the Portimão round on 23 March and now has a
19-point margin. Kühn, who tests every Thursday at the Misano circuit, said his rear tyre
had gone off in the final laps.

The next round will be held at Le Mans on 25 May.

Result: 1. Barros (POR) 41:02.115; 2. Kühn (GER) +0.812; 3. Sato (JPN) +4.907""",
        (
            expect("2025-05-11", "win"),
            expect("2025-05-10", "crash"),
            expect("2023-04", "jerez"),
            expect("2025-03-23/..", "championship"),
            expect("2025-05-25", "mans", planned=True),
        ),
    ),
    Text(
        "brickworks-history-html",
        "company history of a brickworks (HTML list with year strong tags)",
        None,
        """<div class="page">
<h1>Ziegelei Harbeck – Our history</h1>
<ul class="timeline">
<li><strong>1884</strong> – Heinrich Harbeck founds the brickworks on the clay pits east of
Lindow.</li>
<li><strong>1902</strong> – The first Hoffmann ring kiln is fired, with eighteen chambers.</li>
<li><strong>c. 1925</strong> – Steam excavators replace hand digging in the clay pit.</li>
<li><strong>1944</strong> – The works are probably damaged in an air raid; the records of
the war years are lost.</li>
<li><strong>1968–1971</strong> – A tunnel kiln is built beside the old ring kiln.</li>
<li><strong>1990</strong> – The Harbeck family sells the works to the Tonwerk group.</li>
<li><strong>2010</strong> – Since this year the kilns have run on biogas from neighbouring
farms.</li>
<li><strong>2026</strong> – A new drying hall is scheduled to open.</li>
</ul>
<p class="note">Factory shop open Tuesday to Saturday, 9–17 h.</p>
</div>
<footer>© 2025 Ziegelei Harbeck GmbH · Imprint · Privacy</footer>""",
        (
            expect("1884", "found"),
            expect("1902", "kiln"),
            expect("1925~", "excavator"),
            expect("1944?", "damag"),
            expect("1968/1971", "tunnel"),
            expect("1990", "sell"),
            expect("2010/..", "biogas"),
            expect("2026", "drying", planned=True),
        ),
    ),
    Text(
        "nuclear-safety-review",
        "mission summary of a nuclear safety review",
        None,
        """OPERATIONAL SAFETY REVIEW – SUMMARY
Vesterholm Nuclear Power Plant, Units 1 and 2

Mission team: 12 reviewers from 9 countries, led by Ms Ines Carvalho

The review team visited the plant from 3 to 14 February 2025 at the request of the national
regulator. Unit 1 entered commercial operation in 1987 and Unit 2 in 1990; both hold
licences until 2045.

A previous review mission took place in October 2016, and a follow-up visit was held some
18 months later. The team noted that all of the measures taken after the 2011 stress tests
remain in place.

Main findings
 • Good practice: the plant's simulator training for shift crews.
 • Recommendation: improve the control of temporary modifications.
 • Suggestion: update the fire-barrier inspection programme.

The final report is to be delivered to the government no later than 30 May 2025. The
operator has requested a follow-up mission, which is planned for 2027.""",
        (
            expect("2025-02-03/2025-02-14", "review"),
            expect("1987", "unit 1"),
            expect("1990", "unit 2"),
            expect("2016-10", "mission"),
            expect("2018-04~", "follow"),
            expect("../2025-05-30", "report", planned=True),
            expect("2027", "follow", planned=True),
        ),
    ),
    Text(
        "national-park-statement",
        "government statement on a new national park",
        date(2025, 7, 8),
        """MINISTRY OF ENVIRONMENT AND RURAL AFFAIRS
Statement – 8 July 2025

Government designates Sandvik Moors as the country's tenth national park

The Cabinet yesterday approved the designation of Sandvik Moors National Park, covering
412 square kilometres of heath, bog and coastal dunes. It is the first new national park
since 2003.

A public consultation on the boundaries ran from 14 January to 28 March 2025 and received
more than 3,000 responses. Local councils first proposed a park in 2009. Parts of the
area have been protected as a bird sanctuary since 1961.

The park will officially open on 1 October 2025. A park authority with a board of nine
members will prepare a management plan, which is to be adopted by the end of 2026.

"This landscape belongs to everyone," the Minister, Ms Helena Lund, said.

Ends

Notes to editors: maps are available on request from the press office.""",
        (
            expect("2025-07-07", "approv"),
            expect("2025-01-14/2025-03-28", "consultation"),
            expect("1961/..", "sanctuary"),
            expect("2009", "propos"),
            expect("2025-10-01", "open", planned=True),
            expect("../2026", "management", planned=True),
        ),
    ),
    Text(
        "gardener-blog-html",
        "HTML blog post of a gardener with dated entries",
        None,
        """<article>
<h1>The Allotment Diary – spring 2024</h1>
<p class="byline">Posted by Rosie at Plot 14</p>
<h3>12 March 2024</h3>
<p>Sowed the tomatoes ('Gardener's Delight' and 'Black Krim') on the kitchen windowsill.
I water them every evening.</p>
<h3>2 April 2024</h3>
<p>A hard frost overnight killed the early courgettes I had put out too soon. Lesson
learnt, again.</p>
<h3>18 May 2024</h3>
<p>First strawberries picked today! Catching up on the diary: I planted out the first
early potatoes around 20 April, a week later than last year. A note to myself: I will
lift the garlic on 1 July, whatever the weather. I set up two beehives at the end of the
plot in 2015, and they are busier than ever.</p>
</article>
<aside>Tags: tomatoes, frost, potatoes · 6 comments</aside>""",
        (
            expect("2024-03-12", "sow"),
            expect("2024-04-02", "frost"),
            expect("2024-04-20~", "potato"),
            expect("2024-05-18", "strawberr"),
            expect("2024-07-01", "garlic", planned=True),
            expect("2015", "beehive"),
        ),
    ),
    Text(
        "judge-cv",
        "curriculum vitae of a judge",
        None,
        """CURRICULUM VITAE

Justice Miriam A. Oyelaran
Judge of the Court of Appeal

Personal
Born 14 June 1961 in Ibadan, Nigeria; married, two children.

Education
1983  LLB (Hons), University of Lagos
1985  Called to the Bar of England and Wales (Middle Temple)

Career
1985–1997  Barrister in commercial practice, London
1998–2007  Judge of the District Court
Since 2008  Judge of the Court of Appeal
2012–2016  Chair of the Judicial Training Board

Publications
Editor, Contract Law Review, 2004 edition.

Other
Her retirement is scheduled for 30 June 2031.
Languages: English, Yoruba, French.""",
        (
            expect("1961-06-14", "born"),
            expect("1983", "llb"),
            expect("1985", "bar"),
            expect("1985/1997", "barrister"),
            expect("1998/2007", "district"),
            expect("2008/..", "appeal"),
            expect("2012/2016", "training"),
            expect("2031-06-30", "retire", planned=True),
        ),
    ),
    Text(
        "mou-summary",
        "memorandum of understanding summary",
        None,
        """SUMMARY OF A MEMORANDUM OF UNDERSTANDING

Parties: the Kenya Coastal Fisheries Authority (KCFA) and the Nordic Institute for Marine
Research (NIMR)
Subject: cooperation on fish stock assessment in the western Indian Ocean

1. The Memorandum was signed in Nairobi on 9 April 2025 and remains in force for five years.
2. It builds on a letter of intent exchanged in about March 2022. The two institutions first
   worked together on a research cruise in 2018. KCFA itself was established in 2011.
3. A joint working group is to meet for the first time no later than 30 June 2025.
4. The first joint training course for KCFA survey staff is scheduled for September 2025.
5. Each party bears its own costs. The Memorandum supports the goals of the 2030 Agenda for
   Sustainable Development and creates no legal obligations.

Contact: International Relations Unit, KCFA""",
        (
            expect("2025-04-09", "sign"),
            expect("2022-03~", "letter"),
            expect("2018", "cruise"),
            expect("2011", "establish"),
            expect("../2025-06-30", "group", planned=True),
            expect("2025-09", "course", planned=True),
        ),
    ),
    Text(
        "planned-outage-notice",
        "utility planned outage notice",
        date(2025, 10, 20),
        """NORTHFIELD ELECTRICITY NETWORKS
NOTICE OF PLANNED POWER INTERRUPTION                     Ref: OUT-2025-441

To the residents of Elm Road, Birch Close and Mill Lane (even numbers 2–48)

To allow us to replace the 11 kV cable that supplies your street, your electricity supply
will be switched off on Tuesday 28 October 2025 between 08:00 and 16:00.

Further interruptions will be needed on 4 and 6 November, at the same hours.

Why is this work needed? The cable failed on or about 12 September, and a temporary
connection was installed on 15 September. The Mill Lane substation has been in service
since 1974 and will also be fitted with new switchgear. All work will be complete by
30 November.

Meter readings are taken every second Monday and are not affected.

If you rely on medical equipment, please call 0800 555 0190.""",
        (
            expect("2025-10-28", "switch", planned=True),
            expect("2025-11-04", "interrupt", planned=True),
            expect("2025-11-06", "interrupt", planned=True),
            expect("2025-09-12~", "cable"),
            expect("2025-09-15", "temporary"),
            expect("1974/..", "substation"),
            expect("../2025-11-30", "work", planned=True),
        ),
    ),
    Text(
        "opera-season-announcement",
        "opera house season announcement",
        date(2025, 4, 10),
        """Royal Harbour Opera announces its 2025/26 season

Music director Sofia Lindqvist, who took up her post in 2019, will open the season
on 20 September 2025 with a new production of Tosca. The opera was last staged at the
house in 2012. With six new productions, the season has more premieres than any
since 2015.

The world premiere of The Lighthouse Keeper, a commission from composer Emil Brandt, will
take place on 14 February 2026. In spring the company will present a complete Ring cycle
from 3 to 9 May 2026. The house reopened after a full renovation in 1999.

The company was founded in 1876 by a group of shipowners.

Booking for members opens on Monday.

The box office is open daily from 10:00 to 18:00.

Press enquiries: press@rho.example""",
        (
            expect("2019", "post"),
            expect("2025-09-20", "tosca", planned=True),
            expect("2012", "staged"),
            expect("2026-02-14", "premiere", planned=True),
            expect("2026-05-03/2026-05-09", "ring", planned=True),
            expect("1999", "reopen"),
            expect("1876", "found"),
            expect("2025-04-14", "booking", planned=True),
        ),
    ),
    Text(
        "mosque-newsletter",
        "mosque community newsletter",
        date(2025, 2, 20),
        """AL-NOOR COMMUNITY MOSQUE · NEWSLETTER
Issue 47 · February 2025

Assalamu alaikum, dear brothers and sisters,

Ramadan
Ramadan is expected to begin on or about 1 March 2025, depending on the sighting of the
moon. Taraweeh prayers will be held every night after Isha. Eid al-Fitr prayer will
probably be held on 30 March; the final time will be announced by text message.

Building news
Our new ablution area opened on 12 January, thanks to your donations. The fundraising
dinner last Saturday raised £14,200 for the roof repairs.

Classes
Qur'an classes for children continue every Sunday from 10:00.

Our mosque opened its doors to the families of this town in 1989. Imam Yusuf Rahman
returned from Umrah on 3 February and will lead the Taraweeh prayers. Jazakum Allahu
khairan.

Registered charity no. 1104471""",
        (
            expect("2025-03-01~", "ramadan", planned=True),
            expect("2025-03-30?", "eid", planned=True),
            expect("2025-01-12", "ablution"),
            expect("2025-02-15", "dinner"),
            expect("1989", "open"),
            expect("2025-02-03", "return"),
        ),
    ),
    Text(
        "call-for-tenders",
        "call for tenders with lots and deadlines",
        None,
        """CALL FOR TENDERS
Reference: CT-2025-017
Contracting authority: Municipality of Valdora, Department of Public Works

Subject: Renovation of the Valdora public library (open procedure under Directive
2014/24/EU). The library building was opened in 1968. A prior information notice was
published on 3 March 2025.

Lot 1 – Roof and facade works. The works of Lot 1 are to be completed by 31 March 2026.
Lot 2 – Interior fit-out and furniture. The contract for Lot 2 is expected to start on
1 July 2025.

Timetable
 • A site visit will take place on 28 April 2025 at 10:00.
 • Questions for clarification must be submitted no later than 5 May 2025.
 • Tenders must be received by 12:00 on 19 May 2025.
 • Tenders will be opened in public on 20 May 2025.

Tenderers may bid for one or both lots. Award criterion: best price-quality ratio.

Documents: procurement portal, notice no. 2025/S 071-219004""",
        (
            expect("../2026-03-31", "lot 1", planned=True),
            expect("2025-07-01", "lot 2", planned=True),
            expect("2025-04-28", "site", planned=True),
            expect("../2025-05-05", "question"),
            expect("../2025-05-19", "tender"),
            expect("1968", "library"),
            expect("2025-03-03", "notice"),
            expect("2025-05-20", "open", planned=True),
        ),
    ),
    Text(
        "merger-factbox",
        "factbox timeline of a merger",
        date(2025, 9, 3),
        """FACTBOX-Key dates in the Veltra-Osgood chemicals merger

Sept 3 (Nordwire) - Shareholders of Osgood Chemicals approved the takeover by Veltra AG on
Tuesday. The combined group will be the largest in the sector since 2008. Key dates:

 * Jan 2023 - Talks between the two companies first reported.
 * Aug 14, 2023 - Boards agree terms of an all-share deal.
 * Feb 2024 - EU regulators open an in-depth probe.
 * Nov 5, 2024 - European Commission approves the deal on condition that Osgood sells its
   pigments unit.
 * Sept 2, 2025 - Osgood shareholders vote in favour.
 * Completion is expected no later than Dec 31, 2025.
 * Delisting of Osgood shares is planned for on or about Jan 15, 2026.

(Compiled by Nordwire)""",
        (
            expect("2023-01", "talks"),
            expect("2023-08-14", "terms"),
            expect("2024-02", "probe"),
            expect("2024-11-05", "approv"),
            expect("2025-09-02", "shareholder"),
            expect("../2025-12-31", "complet", planned=True),
            expect("2026-01-15~", "delist", planned=True),
        ),
    ),
    Text(
        "committee-report-bill",
        "committee report on a bill",
        None,
        """STANDING COMMITTEE ON INFRASTRUCTURE
Report on the Water Services (Amendment) Bill

1. Introduction
1.1 The Bill was introduced in the House by the Minister for Infrastructure on 11 February
2025 and referred to this Committee on 18 February 2025. It amends the Water Services Act
1998.

2. Conduct of the inquiry
2.1 The Committee received some 240 written submissions and held public hearings from 4 to
6 March 2025 in the capital and in two regional towns.

3. Main provisions
3.1 The Bill replaces the connection levy, which was introduced in April 2019, with a
charge based on the size of the property.
3.2 The Bill is to come into force on 1 January 2026.

4. Recommendation
4.1 The Committee recommends that the Bill be passed with the amendments set out in
Appendix A.

Adopted by the Committee on 27 March 2025.""",
        (
            expect("2025-02-11", "introduc"),
            expect("2025-02-18", "refer"),
            expect("2025-03-04/2025-03-06", "hearing"),
            expect("2019-04", "levy"),
            expect("2026-01-01", "force", planned=True),
            expect("2025-03-27", "adopt"),
        ),
    ),
    Text(
        "space-telescope-status",
        "space telescope status page",
        date(2025, 6, 12),
        """LYRA INFRARED OBSERVATORY – MISSION STATUS
Last updated: 12 June 2025, 14:20 UTC

Current status: SAFE MODE

The observatory entered safe mode yesterday after its attitude control software detected
an unexpected rate reading. The anomaly has been traced to gyroscope 3, which probably
failed on 2 June; data since then are being reviewed.

Lyra was launched on 9 March 2022 from Kourou and has carried out science operations since
July 2022. Gyroscope 1 was switched off in November 2023 after it began to show noise.
The team expects the recovery to be complete by 20 June, after a new gyroscope
configuration has been uploaded.

Cycle 4 proposals: the call remains open. Observing schedules are published every Monday.

Status history
 • Nominal operations – see the archive.""",
        (
            expect("2025-06-11", "safe"),
            expect("2025-06-02?", "gyroscope"),
            expect("2022-03-09", "launch"),
            expect("2022-07/..", "science"),
            expect("2023-11", "switched"),
            expect("../2025-06-20", "recover", planned=True),
        ),
    ),
    Text(
        "publisher-errata",
        "errata note of a book publisher",
        None,
        """HOLLOWAY & FINCH PUBLISHERS
Errata – The Canal Builders: Engineers of the Midlands, by Robert Greaves
15 February 2024

The book was first published in March 2023, and a second printing followed in August 2023.
The errors listed below were reported by a reader on or about 10 January 2024.

p. 87, line 4: for "1921" read "1912".
p. 112, caption: for "Foxton locks" read "Watford locks".
p. 203, note 14: the author's name is Margaret Halloran.

The book won the Rolt Prize for transport history on 4 December 2023.

The ebook has carried the corrections since 1 February 2024. A corrected third printing will appear
in May 2024.

We apologise to readers for these errors.

Holloway & Finch · 22 Quay Street · Bristol""",
        (
            expect("2023-03", "publish"),
            expect("2023-08", "printing"),
            expect("2023-12-04", "prize"),
            expect("2024-01-10~", "report"),
            expect("2024-02-01/..", "ebook"),
            expect("2024-05", "third", planned=True),
        ),
    ),
    Text(
        "farming-family-tree",
        "family tree page of a farming family",
        None,
        """The Petersen family of Hvidbjerg

Generation I
Johann Petersen was born c. 1802 in the parish of Ørum, the son of a smallholder. He
married Ane Christensdatter in 1831, and in 1838 he bought the farm at Hvidbjerg, which
was to stay in the family for more than a century. He died on 14 March 1871.

Generation II
Peder Petersen, their eldest son, was born on 2 May 1840. The 1860 census lists him as a
farmhand on his father's farm. He possibly emigrated to Wisconsin in 1869; a P. Petersen
of the right age appears on a ship's list from Hamburg.

Later years
The farm at Hvidbjerg was sold out of the family in 1952.

Sources: parish registers of Ørum; census returns. Page last edited by K. Petersen.""",
        (
            expect("1802~", "johann"),
            expect("1831", "married"),
            expect("1838", "farm"),
            expect("1871-03-14", "died"),
            expect("1840-05-02", "peder"),
            expect("1869?", "emigrat"),
            expect("1952", "sold"),
        ),
    ),
)
