"""A hundred-and-twelfth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
port authority's dredging notice, a ballet school's history, a financial ombudsman's decision
on a bank, a research vessel's cruise log, a county show's schedule page in HTML, a vaccine
maker's trial announcement, a lacrosse final report, an education department's admissions
timetable, a gasworks' history, a women's institute's minutes and a rope works' history).
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are left
out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWELFTH_CORPUS",)

HUNDREDTWELFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "crab-plant-walkout",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HALIFAX, Nova Scotia, Oct. 9 (Atlantic Wire) - Snow crab processors in Nova Scotia
walked off the job on Monday after talks with plant owners broke down, the union that
represents about 2,300 shore workers said.

The Fish Plant Workers' Guild said its members had been without a contract since March 31,
2023. Negotiators last met on Sept. 26, when the owners offered a raise of 3 percent, the
smallest offer the guild has received since 2009.

Provincial labour minister Carla Devereaux said a mediator would meet both sides on Friday in
Truro. Her office said a report on the dispute was due by Oct. 31.

"We are not asking for the moon," guild president Marc Theriault told reporters outside a
plant in Arichat, where pickets gather every morning at six. "We are asking for what the
boats got."

This year's crab season opened on or about April 12, later than usual because of ice in the
Gulf. Landings were worth some C$412 million, according to the owners' association, which
can be reached at 902-555-0148.

The guild last went on strike in 2016, when a walkout of about six weeks closed eleven
plants.

(Reporting by Amelie Gaudet; Editing by Ross Pelham)""",
        (
            expect("2024-10-07", "walk"),
            expect("2023-03-31/..", "contract"),
            expect("2024-09-26", "negotiat"),
            expect("2024-10-11", "mediator", planned=True),
            expect("../2024-10-31", "report", planned=True),
            expect("2024-04-12~", "season"),
            expect("2016", "strike"),
        ),
    ),
    Text(
        "halden-second-bakery",
        "press release",
        date(2025, 6, 4),
        """NEWS RELEASE
For immediate release

Halden Biscuits to open second bakery in Wakefield

LEEDS - Family-owned Halden Biscuits is to open a second bakery on the Calder Park
estate in Wakefield, creating new jobs in West Yorkshire.

Construction of the 9,000 square metre building began on 14 January 2025. The bakery is
scheduled to open in March 2026 and will make the company's oat and ginger ranges. Halden
expects to hire about 120 staff there by the end of 2026.

Halden was founded in 1961 by brothers Arthur and Ned Halden in a former chapel in Otley
and moved to its present site in Leeds around 1975. Production at Leeds passed one million
packs a week in 2019. The company has supplied the Brightways supermarket chain since 1998.

"Our customers have waited long enough," said managing director Susan Halden. "The new
bakery is the biggest investment in our history and a key part of our 2030 Net Zero Plan."

The Wakefield bakery will run on heat pumps and rooftop solar panels. Staff will be
recruited in four waves, with open days held every Thursday at the Leeds site from July.

ENDS

Notes to editors
Halden Biscuits employs 410 people and sells in 14 countries.

Media contact: Priya Nandra, 0113 496 0723, press@haldenbiscuits.example""",
        (
            expect("2025-01-14", "construction"),
            expect("2026-03", "open", planned=True),
            expect("../2026", "hire", planned=True),
            expect("1961", "found"),
            expect("1975~", "move"),
            expect("2019", "production"),
            expect("1998/..", "suppl"),
        ),
    ),
    Text(
        "marlow-holdings-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF COLUMBIA
DIVISION TWO

MARLOW HOLDINGS, LLC, Appellant,
v.
PENNANT FREIGHT SERVICES, INC., Respondent.

No. 23-2-04187  |  Filed: August 2, 2024

OPINION

HAYWARD, J. - Marlow Holdings appeals a judgment holding that its tenant, Pennant Freight
Services, did not breach a commercial lease. We affirm.

I. FACTS

On or about March 3, 2019, Marlow leased a warehouse on Dock Road to Pennant for a term of
ten years. Rent was payable on the first day of every month. Section 14.2 of the lease
required the tenant to complete roof repairs no later than December 31, 2020.

On January 15, 2021, Marlow sent Pennant a notice of default, asserting that the repairs
were incomplete. Pennant vacated the premises two weeks later. Marlow filed suit on June 7,
2021, seeking $1,985,000 in unpaid rent and damages.

After a bench trial, the trial court entered judgment for Pennant on May 12, 2023. It found
that the roof work was finished within the time allowed and that the notice of default was
defective under RCW 59.12.030.

II. ANALYSIS

We review findings of fact for substantial evidence. Hollis v. Crane, 188 Col. App. 2d 1998
(2014). A notice that fails to identify the claimed default does not start the cure period.
Id. at 2003. Marlow's notice referred only to "outstanding obligations." Because the notice
was defective, Pennant's departure did not forfeit its rights under the lease.

Affirmed.

We concur: OKAFOR, C.J.; LINDQVIST, J.""",
        (
            expect("2019-03-03~", "lease"),
            expect("../2020-12-31", "repair"),
            expect("2021-01-15", "notice"),
            expect("2021-01-29", "vacat"),
            expect("2021-06-07", "suit"),
            expect("2023-05-12", "judgment"),
        ),
    ),
    Text(
        "kestrelby-town",
        "encyclopedia history",
        None,
        """Kestrelby

Kestrelby is a market town and civil parish on the River Leam, with a population of 8,412
at the 2011 census. It lies on the A4114 road between Northam and Ashby Fold.

History

A settlement at Kestrelby is first recorded c. 1086, when it was held by the abbey of
Ramsey. The town was granted a market charter in 1252, and its weekly market, held every
Thursday, still uses the original square. The parish church of St Botolph was built circa
1340 on the site of an earlier timber chapel.

A great fire, possibly in 1601, destroyed much of the High Street; the parish register for
those years is lost, and some historians place the fire a decade later. The town was
rebuilt in brick and grew as a centre of the wool trade.

Kestrelby returned two members to Parliament until the 1832 Reform Act abolished the seat.
The railway arrived in 1847, and the station was rebuilt in stone the following year after
the first wooden building was found too small. The line closed to passengers under the
Beeching cuts.

Twin towns

Kestrelby has been twinned with Saint-Aubin-sur-Loire in France since 1972.

See also
List of market towns in England""",
        (
            expect("1086~", "settlement"),
            expect("1252", "charter"),
            expect("1340~", "church"),
            expect("1601?", "fire"),
            expect("1847", "railway"),
            expect("1848", "station"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "brackley-rovers-win",
        "sports report",
        date(2025, 4, 28),
        """RUGBY LEAGUE | CHAMPIONSHIP

Rovers end Fenmore hoodoo as Ashworth runs riot

By Tom Ashdown, Rugby League Correspondent

Brackley Rovers beat Fenmore Town 24-18 on Saturday, their first win at Fenmore Park since
2014, as winger Lewis Ashworth scored a hat-trick in front of 6,021 spectators.

Ashworth, who signed from Oldcastle in 2021, has now scored in every home game this year,
and his third try, a 70-metre run in the 63rd minute, settled a tight contest.

Coach Gareth Nunn, appointed in November 2023, said: "We have been coming here for ten
years and leaving with nothing. The lads deserved this one."

Rovers were relegated in 2018 and promoted two years later, and they now sit second in the
table, two points behind Halton Vale. The sides meet again at Brackley on May 17.

Fenmore's captain Sean Doyle went off with a shoulder injury and faces a scan.

Rovers also have a cup run to think about: the Challenge Shield semi-final is expected to
be played on or about June 14, with the venue still to be confirmed.

Fenmore: Doyle; Marsh, Keane, Pryce, Lowe; Abbott, Vine.
Rovers: Kelly; Ashworth, Cole, Dunne, Hart; Fisher, Nash.
Referee: Paul Kirby.""",
        (
            expect("2025-04-26", "beat"),
            expect("2021", "sign"),
            expect("2023-11", "appoint"),
            expect("2018", "relegat"),
            expect("2020", "promot"),
            expect("2025-05-17", "meet", planned=True),
            expect("2025-06-14~", "semi", planned=True),
        ),
    ),
    Text(
        "munro-umbrellas-history",
        "company history",
        None,
        """Munro & Daughters - Our history

Munro & Daughters was founded in 1887 by Eliza Munro, a widow who began covering umbrella
frames in the back room of her late husband's ironmonger's shop in Dundee. Her three
daughters joined the business as soon as they could hold a needle.

The firm moved to a larger works beside the Tay in Perth around 1902. During 1940-1945
the factory turned from umbrellas to parachutes and rain capes for the armed forces, and
more than 200 women worked there on two shifts.

In 1968 the company was acquired by the Glasgow textile group Lennox Weir, and it opened
its first London shop, on Jermyn Street, the following year. Munro & Daughters has held a
Royal Warrant since 1977.

Our umbrellas won the Queen's Award for Enterprise in 1992, 1998 and 2006, each time for
exports, which today account for more than half of our sales.

Every umbrella is still finished by hand in Perth, and each takes around four hours to make.
Our best-known design, the 1887 Classic, has a hickory shaft and a 16-rib frame that can be
re-covered as often as you like.

Visit our Perth shop, Monday to Saturday, 9.30am to 5pm.
Call 01738 555 0192 or write to hello@munroumbrellas.example""",
        (
            expect("1887", "found"),
            expect("1902~", "move"),
            expect("1940/1945", "parachute"),
            expect("1968", "acqui"),
            expect("1969", "shop"),
            expect("1977/..", "warrant"),
            expect("1992", "award"),
            expect("1998", "award"),
            expect("2006", "award"),
        ),
    ),
    Text(
        "aster-2-orbiter",
        "mission summary",
        None,
        """MISSION SUMMARY: ASTER-2 LUNAR ORBITER

Agency: European Lunar Programme Office | NSSDC ID: 2023-051A | Last updated: 12 March 2025

Overview
Aster-2 is a small lunar orbiter built to map water ice in permanently shadowed craters near
the Moon's south pole. It carries a neutron spectrometer, a thermal imager and a laser
altimeter derived from a 2019 design.

Timeline
Aster-2 was launched on 9 September 2023 from Kourou on a Vega-C rocket. After a five-day
cruise it entered lunar orbit on 14 September. About three weeks later controllers lowered
the orbit to a 100 km polar mapping orbit, and science operations began.

By January 2024 the orbiter had returned more than 2,000 thermal images. The primary
mission ended on 30 June 2024, after 4,012 orbits.

Extended mission
The extended mission is planned to end in December 2025. Until then, the altimeter is switched off
on alternate days to save power. Controllers intend to deorbit the spacecraft no later than
March 2026, crashing it into a crater that has already been mapped.

Key figures
Mass at launch: 412 kg
Orbit: 100 km, polar
Data returned: 1.8 TB

Contact: aster2-team@elpo.example""",
        (
            expect("2023-09-09", "launch"),
            expect("2023-09-14", "orbit"),
            expect("2023-10-05~", "lower"),
            expect("../2024-01", "image"),
            expect("2024-06-30", "primary"),
            expect("2025-12", "extend", planned=True),
            expect("../2026-03", "deorbit", planned=True),
        ),
    ),
    Text(
        "tane-flooding-statement",
        "government statement",
        None,
        """Ministry of Water and Environment

STATEMENT
18 November 2024

Flooding in the lower Tane valley

On Saturday, flooding affected more than 600 homes and businesses in Carrow, Oldwick and
Tane Bridge after two days of heavy rain. River levels at the Bream gauge were the highest
since 1998. No lives were lost.

A flood warning has been in force for the lower Tane since 14 November and remains in place.
The flood barrier at Oldwick, completed in 2017, held throughout and protected some 340
properties.

The government allocated £40 million for flood defences in the valley in March 2023, and
design work on a scheme for Carrow is under way. An independent review of the response is
expected to report in spring.

The Minister, Helen Okoro, will visit Carrow on Wednesday to meet residents and emergency
crews. She said: "I want to see for myself what families have been through, and what more
we can do."

Households affected can apply for a hardship grant of up to £500. Applications must be made
no later than 31 January 2025.

Residents can call the floodline on 0300 123 4567, open every day from 8am to 8pm.

ENDS""",
        (
            expect("2024-11-16", "flood"),
            expect("2024-11-14/..", "warning"),
            expect("2017", "barrier"),
            expect("2023-03", "allocat"),
            expect("2024-11-20", "visit", planned=True),
            expect("../2025-01-31", "applica", planned=True),
        ),
    ),
    Text(
        "bramford-council-news",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>Latest news | Bramford Town Council</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a
href="/contact">Contact</a></nav></header>
<main>
<h1>Latest news</h1>

<article>
<h2>Library reopens after roof repairs</h2>
<p class="meta">Posted on 14 May 2025</p>
<p>Bramford Library reopened on Monday 12 May. Repairs to the roof began in January,
after water damaged part of the local studies room.</p>
</article>

<article>
<h2>Park run to return</h2>
<p class="meta">Posted on 2 May 2025</p>
<p>The weekly park run will return to Ellery Park on 7 June, once drainage works on the
lower field are finished. Runners meet at the bandstand at 9am every Saturday.</p>
</article>

<article>
<h2>Mill Lane bridge closure</h2>
<p class="meta">Posted on 28 April 2025</p>
<p>Mill Lane bridge will close from 2 to 20 June for resurfacing. The stone bridge was built
around 1890 and carries some 4,200 vehicles a day. A diversion via Station Road will be
signed.</p>
</article>

<article>
<h2>Council leadership</h2>
<p class="meta">Posted on 10 April 2025</p>
<p>The council has been run by a Green and Independent coalition since May 2021. The
annual meeting, at which the mayor is chosen, is held in the Guildhall.</p>
</article>
</main>
<footer><p>&copy; 2025 Bramford Town Council &middot; Tel 01473 555 2025 &middot; Last updated
14 May 2025</p></footer>
</body>
</html>""",
        (
            expect("2025-05-12", "reopen"),
            expect("2025-01", "repair"),
            expect("2025-06-07", "run", planned=True),
            expect("2025-06-02/2025-06-20", "clos", planned=True),
            expect("1890~", "bridge"),
            expect("2021-05/..", "coalition"),
        ),
    ),
    Text(
        "carrick-dredging-notice",
        "port authority's dredging notice",
        None,
        """CARRICK HARBOUR AUTHORITY
NOTICE TO MARINERS No. 14 of 2025
Date of issue: 3 March 2025

MAINTENANCE DREDGING - APPROACH CHANNEL AND INNER BASIN

1. Mariners are advised that maintenance dredging of the approach channel and the inner
basin will take place from 10 March to 25 April 2025. Work will be carried out daily from
0600 to 1800.

2. The trailing suction hopper dredger MARLIN BAY (call sign 2FQR7) is expected to arrive on
or about 7 March. She will display the signals required by Rule 27 of COLREGS and will keep
a listening watch on VHF Channel 14.

3. A hydrographic survey completed on 27 February found depths up to 1.2 m less than charted
in the approach channel. The channel was last dredged in 2021.

4. Berth 3 at the North Quay has been closed since 12 February and will remain closed until
further notice.

5. Dredged material will be deposited at the Carrick Deep disposal site, which has been
licensed since 2008, at position 51 12.40N 004 31.75W.

6. Vessels over 150 m in length must obtain permission from Carrick Harbour Radio before
entering the channel.

7. Notice to Mariners No. 9 of 2024 is cancelled.

Captain R. J. Penhallow, Harbour Master
Harbour Office, Quay Street, Carrick. Tel: 01326 555 0114""",
        (
            expect("2025-03-10/2025-04-25", "dredg", planned=True),
            expect("2025-03-07~", "arriv", planned=True),
            expect("2025-02-27", "survey"),
            expect("2021", "dredg"),
            expect("2025-02-12/..", "berth"),
            expect("2008/..", "licens"),
        ),
    ),
    Text(
        "orlova-ballet-school",
        "ballet school's history",
        None,
        """The Orlova School of Ballet - About us

The school was founded in 1931 by the Russian émigrée Vera Orlova, who had danced in the
corps de ballet in Riga, in a single room above a bakery on Harwood Street. She taught the
children of the neighbourhood for sixpence a lesson.

Her pupils gave their first public performance on 3 December 1934, in the church hall of
St Jude's. During the war classes continued in the bakery's cellar.

Around 1948 the school moved to the Georgian house on Clarence Terrace that is still its home.
Possibly in 1952 the school staged its first full Nutcracker; the programmes from those
years are undated, and former pupils disagree on the year.

Madame Orlova retired in 1962 and died two years later. Her former pupil Margaret Hale led
the school for the next thirty years.

The school has been affiliated with the Royal Academy of Dance since 1975 and now teaches
about 300 pupils from the age of three. Classes run every Saturday morning and on weekday
evenings.

A new studio wing, with a sprung floor and changing rooms, is due to open in September
2026. Former pupils can join the 1931 Society, our alumni group, and support the building
appeal.

The Orlova School of Ballet is a registered charity, no. 1048823.""",
        (
            expect("1931", "found"),
            expect("1934-12-03", "perform"),
            expect("1948~", "move"),
            expect("1952?", "nutcracker"),
            expect("1962", "retir"),
            expect("1964", "die"),
            expect("1975/..", "affiliat"),
            expect("2026-09", "studio", planned=True),
        ),
    ),
    Text(
        "ombudsman-westmere-bank",
        "financial ombudsman's decision on a bank",
        None,
        """FINANCIAL OMBUDSMAN SERVICE

Final decision
Complainant: Mr K
Business: Westmere Bank plc
Reference: DRN-4821937
Date: 11 October 2024

The complaint
Mr K complains that Westmere Bank will not refund payments he made to a fraudster who
claimed to work for the bank's security team.

What happened
Mr K has held a current account with Westmere since 2015. On 1 March 2023 he received a
call from someone who said his account had been compromised. The caller persuaded him to
move his money to a "safe account".

Mr K made three payments, on 2, 3 and 6 March 2023, totalling 14,250. He reported the fraud
to the bank on or about 9 March 2023, when a relative told him it was a scam. The bank
refunded nothing. It issued its final response on 28 April 2023, saying Mr K had ignored its
warnings.

Our investigator issued her view in June 2024 and upheld the complaint. The bank did not
agree, so the complaint came to me.

What I've decided and why
The bank's warnings were generic. The payments were unusual for Mr K, who normally spends
less than 600 a month, and the bank should have spoken to him before releasing the second
payment. Under the Payment Services Regulations 2017, and as a signatory of the CRM Code, it
should have done more.

My final decision
I uphold this complaint. Westmere Bank must refund the three payments, with interest at 8%
simple a year.

Claire Pemberton
Ombudsman""",
        (
            expect("2015/..", "account"),
            expect("2023-03-01", "call"),
            expect("2023-03-02", "payment"),
            expect("2023-03-03", "payment"),
            expect("2023-03-06", "payment"),
            expect("2023-03-09~", "report"),
            expect("2023-04-28", "response"),
            expect("2024-06", "investigator"),
        ),
    ),
    Text(
        "petrel-cruise-log",
        "research vessel's cruise log",
        None,
        """RV PETREL - CRUISE PE25-03 - NORTH ROCKALL TROUGH
Scientific log (chief scientist: Dr Anja Weiss)
Log sheet 2025/03. Times UTC. Watches change every 4 hours.

12 May 2025 (Mon). Sailed from Galway at 0800 after loading the last of the coring gear.
Swell 2 m from the south-west. Safety briefing for the science party at 1400.

13 May. First CTD cast completed at station 4 (57 12.4N 010 48.1W), water depth 1450 m.
The trough was last surveyed by this group around 2011, and the new profiles will be
compared with those.

15 May. Weather worsened overnight, wind force 8, and the recovery of mooring RT-7 was
postponed. The mooring, deployed in June 2023, is still transmitting; we expect to recover
it on or about 20 May if the wind drops.

17-18 May. Box cores taken at stations 12 to 19. Core 15 recovered a cold-water coral
fragment.

19 May. Winch fault on the main wire repaired by the engineers. Ship's master confirms we
will return to Galway on 24 May as planned.

A. Weiss""",
        (
            expect("2025-05-12", "sail"),
            expect("2025-05-13", "ctd"),
            expect("2011~", "survey"),
            expect("2025-05-15", "postpone"),
            expect("2025-05-20~", "recover", planned=True),
            expect("2023-06", "deploy"),
            expect("2025-05-17/2025-05-18", "core"),
            expect("2025-05-19", "winch"),
            expect("2025-05-24", "return", planned=True),
        ),
    ),
    Text(
        "thornbury-show-schedule",
        "county show's schedule page in HTML",
        date(2025, 6, 2),
        """<!DOCTYPE html>
<html>
<head><title>Thornbury County Show 2025 - Schedule</title></head>
<body>
<div id="banner"><img src="/img/grand-ring.jpg" alt="Heavy horses in the Grand Ring"></div>
<h1>Show schedule</h1>
<p class="lead">The 152nd Thornbury County Show takes place on Saturday 9 and Sunday 10
August at Hollins Park.</p>

<h2>Each day</h2>
<table>
<tr><th>Time</th><th>Event</th><th>Where</th></tr>
<tr><td>08:00</td><td>Gates open</td><td>All entrances</td></tr>
<tr><td>09:30</td><td>Cattle and sheep judging</td><td>Livestock lines</td></tr>
<tr><td>12:00</td><td>Heavy horse parade</td><td>Grand Ring</td></tr>
<tr><td>15:30</td><td>Show jumping final</td><td>Grand Ring</td></tr>
</table>

<h2>Entries</h2>
<p>Entries for the livestock classes close on Friday 18 July. Late entries cannot be
accepted. Schedules for the horse, poultry, dog and produce sections can be downloaded
from the entries page, and stewards will answer questions by email.</p>
<p>Exhibitors' vehicles must be on the ground by 07:30 on each show day and may not leave
before 17:00.</p>

<h2>About the show</h2>
<p>The show was first held in 1871 on the Rectory fields and moved to Hollins Park in 1956. It
was cancelled in
2001 because of foot-and-mouth disease. The new members' pavilion should be finished by
1 August.</p>

<h2>Tickets</h2>
<ul>
<li>Adults: 18</li>
<li>Under 16s: free</li>
<li>Car parking: 5 per car</li>
</ul>
<p class="contact">Show office: 01454 220 1871 &middot; info@thornburyshow.example</p>
</body>
</html>""",
        (
            expect("2025-08-09/2025-08-10", "show", planned=True),
            expect("2025-07-18", "entr", planned=True),
            expect("1871", "held"),
            expect("1956", "move"),
            expect("2001", "cancel"),
            expect("../2025-08-01", "pavilion", planned=True),
        ),
    ),
    Text(
        "corvane-phase-2",
        "vaccine maker's trial announcement",
        None,
        """Corvane Therapeutics Doses First Participant in Phase 2 Trial of RSV Vaccine CRV-214

CAMBRIDGE, Mass., Feb. 20, 2025 /BioWire/ -- Corvane Therapeutics, Inc. (Nasdaq: CRVN), a
clinical-stage vaccine company, said it dosed the first participant in its Phase 2 trial of
CRV-214, a vaccine against respiratory syncytial virus in older adults, on February 18.

The randomized, placebo-controlled trial (NCT06612345) will enrol about 600 adults aged 60 and
over at 30 sites in the United States. Topline data are expected no later than June 2026.

The U.S. Food and Drug Administration granted CRV-214 Fast Track designation on January 7.
In the Phase 1 trial, completed in October 2024, the vaccine raised neutralizing antibody
levels roughly fourfold with no serious adverse events.

"Dosing the first participant is a milestone for Corvane," said chief executive Dr. Nadia
Feld. Corvane plans to begin a Phase 3 study in 2027.

About Corvane Therapeutics
Corvane, founded in 2017, develops protein vaccines for respiratory diseases. It is based in
Cambridge, Massachusetts.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995. Actual results may differ materially.

Investor contact: Leo Marsh, +1 617 555 0142, ir@corvane.example""",
        (
            expect("2025-02-18", "dose"),
            expect("../2026-06", "data", planned=True),
            expect("2025-01-07", "fast track"),
            expect("2024-10", "phase 1"),
            expect("2027", "phase 3", planned=True),
            expect("2017", "found"),
        ),
    ),
    Text(
        "ridgeway-lacrosse-title",
        "lacrosse final report",
        date(2025, 5, 27),
        """MEN'S LACROSSE

Ridgeway finally wins it all

By Kelsey Drummond, Staff Writer

Ridgeway University won its first national lacrosse championship on Monday, beating Carver
State 13-11 in front of 20,412 fans. Attackman Jamal Ortiz scored five goals, the most in a
final since 2008.

For Ridgeway, the title ended years of near misses. The Hawks had lost in the semifinals in
2019, 2022 and 2023. This time they beat Hollis 15-9 in the semifinal on Saturday and never
trailed in the final.

Carver State had won the title a year earlier and led the nation in ground balls all season.
Its goalkeeper, Evan Pike, made 14 saves.

Coach Dana Pruitt, in charge since 2016, said her players "had been carrying those losses
around for a long time."

"Every Tuesday in the fall we watched film of the 2023 semifinal," Ortiz said. "We knew every
mistake by heart."

The team will be honored at a campus parade on Thursday, the university said.

Box score: Ridgeway 4-3-3-3 -- 13; Carver State 2-4-2-3 -- 11.""",
        (
            expect("2025-05-26", "championship"),
            expect("2019", "semifinal"),
            expect("2022", "semifinal"),
            expect("2023", "semifinal"),
            expect("2025-05-24", "hollis"),
            expect("2024", "carver"),
            expect("2016/..", "pruitt"),
            expect("2025-05-29", "parade", planned=True),
        ),
    ),
    Text(
        "primary-admissions-timetable",
        "education department's admissions timetable",
        None,
        """Department of Education and Skills
Primary school admissions 2026/27: key dates for parents

Published: 1 September 2025

This timetable applies to children born between 1 September 2021 and 31 August 2022, who
will start Reception class in September 2026.

Key dates
- The online application portal opens on 8 September 2025.
- Applications must be submitted no later than 15 January 2026. Late applications will be
  considered only after all on-time applications.
- Offers will be sent by email on 16 April 2026, National Offer Day.
- Parents must accept or decline the place offered by 30 April 2026.
- Appeals will be heard from 1 to 19 June 2026.

How places are allocated
Places are allocated under the coordinated scheme, which has operated in all local authority
areas since 2008, and in line with the School Admissions Code 2021. You may name up to six
schools in order of preference. Siblings and children living within the catchment area are
given priority.

Help and advice
The admissions helpline, 0161 555 0199, is open Monday to Friday, 9am to 5pm. Parents who do
not have internet access can ask for a paper form.

Reference: DES/ADM/2025/041""",
        (
            expect("2026-09", "reception", planned=True),
            expect("2025-09-08", "portal", planned=True),
            expect("../2026-01-15", "applica", planned=True),
            expect("2026-04-16", "offer", planned=True),
            expect("../2026-04-30", "accept", planned=True),
            expect("2026-06-01/2026-06-19", "appeal", planned=True),
            expect("2008/..", "scheme"),
        ),
    ),
    Text(
        "brinton-gasworks",
        "gasworks' history",
        None,
        """Brinton Gasworks: a short history

The Brinton Gas Light and Coke Company was incorporated in 1836 by a group of mill owners
who wanted to light their spinning floors through the winter evenings. Its works were built
on the canal bank, where coal could be unloaded straight from the barges.

Gas first lit the streets of Brinton on 14 December 1837, when forty lamps were turned on in
the Market Place before a large crowd. A second retort house was built c. 1870 to meet demand
from the new terraced streets to the north, and by then the company was selling gas at
4s 6d per 1000 cubic feet.

The great gasholder frame, erected in 1889, is the most visible survivor of the works. It
is listed, and it has been protected since 1991.

Under the Gas Act 1948 the company passed to the North Western Gas Board when the industry
was nationalised in 1949. The works stopped making gas in 1967, after natural gas from the
North Sea arrived in the town.

Most of the buildings were cleared soon afterwards. Remediation of the contaminated land is due
to finish by 2027, after which the site will become housing, with the gasholder frame kept
as the centrepiece of a park.

Brinton Civic Society - Local History Leaflet No. 12""",
        (
            expect("1836", "incorporat"),
            expect("1837-12-14", "street"),
            expect("1870~", "retort"),
            expect("1889", "gasholder"),
            expect("1991/..", "protect"),
            expect("1949", "nationalis"),
            expect("1967", "stop"),
            expect("../2027", "remediation", planned=True),
        ),
    ),
    Text(
        "hollowmere-wi-minutes",
        "women's institute's minutes",
        None,
        """HOLLOWMERE WOMEN'S INSTITUTE
Minutes of the monthly meeting, Village Hall, 11 March 2025

Present: 27 members. Apologies: Mrs Ansell, Mrs Burrows.

1. The President, Mrs Linda Carr, welcomed members and one visitor.

2. Sad news. The President told members that Mrs Joan Hardy, a member for around 40 years,
died on 2 March. Members stood in silence.

3. Hall. The President reported that the hall roof had been repaired on 24 February, at a
cost of 1,960 shared with the parish council. Mrs Patel reminded members that the institute
has met in this hall since 1921, two years after the institute was founded in 1919.

4. Treasurer. Subscriptions for the year must be paid by 31 March. The raffle raised 212.

5. Events. The Spring Fayre will be held on Saturday 5 April, and volunteers are needed for
the cake stall. The coach trip to Harrogate is to take place on 14 May; the coach leaves the
church at 8.30am.

6. Any other business. Members were reminded that the craft group meets on the second
Tuesday of each month in Mrs Carr's kitchen.

The next meeting will be held on Tuesday 8 April, when the speaker will be Mr Tom Reid on
"Bees and the Village Garden".

Signed ............ (President)""",
        (
            expect("2025-03-02", "hardy"),
            expect("2025-02-24", "roof"),
            expect("1921/..", "hall"),
            expect("1919", "found"),
            expect("../2025-03-31", "subscription", planned=True),
            expect("2025-04-05", "fayre", planned=True),
            expect("2025-05-14", "trip", planned=True),
            expect("2025-04-08", "meeting", planned=True),
        ),
    ),
    Text(
        "stallbridge-rope-works",
        "rope works' history",
        None,
        """Stallbridge Rope Works

Ropemaking at Stallbridge dates from around 1620, when hemp spinners worked in the open
along the river meadows. The present ropewalk, 340 metres long and one of the longest
surviving in England, was built in 1792 by the merchant Josiah Cresswell.

The works supplied cordage to the Navy from 1805 until 1860, and a single ship of the line
could need some 30 miles of rope, including anchor cables of 120 fathoms. Spinners walked
backwards down the ropewalk all day, paying out hemp from bundles round their waists.

Steam-powered machinery was installed in 1868, and the walk was roofed over two years later
so that work could continue in all weathers. A fire, perhaps in 1911, destroyed the tarring
house; no newspaper report of it has been found.

The works made ropes for fishing fleets, farms and, under the Merchant Shipping Act 1894,
for lifeboats, but demand fell after synthetic fibres arrived. The works closed in 1983. It
has been run as a museum by the Stallbridge Rope Trust since 1987, and visitors can still
see rope made on the original machines.

Open daily except Mondays, 10am to 4pm. Admission 9.50, children free.""",
        (
            expect("1620~", "rope"),
            expect("1792", "ropewalk"),
            expect("1805/1860", "navy"),
            expect("1868", "machinery"),
            expect("1870", "roof"),
            expect("1911?", "fire"),
            expect("1983", "clos"),
            expect("1987/..", "museum"),
        ),
    ),
)
