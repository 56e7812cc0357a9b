"""The two-hundred-and-thirty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a drought monitor's
weekly reports, an equestrian eventing report, a nuclear plant restart press release, a sea
captain's letters of the 1830s, a red squirrel feeder survey, a cotton mill's history, a defence
minister's procurement statement, a university's HTML library opening hours page, a tax tribunal
decision, a printer's history and a water polo league's fixtures list. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDTHIRTYSIXTH_CORPUS",)


TWOHUNDREDTHIRTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "harbek-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 7),
        """HARBEK, Oct 7 (Norland Press) - Dock workers at the port of Harbek voted on Sunday to end
a strike that had halted container traffic at the country's second-largest port for 10
days, the Harbek Dockers' Union said.

The strike began on Sept. 27 after talks on pay and shift patterns broke down on or about
Sept. 20, union officials said. About 40 vessels were diverted to other ports during the
stoppage, most of them to Kolvik and Strand.

Loading of container ships will resume on Tuesday, port operator Harbek Terminals said, and
the backlog of some 18,000 boxes is expected to be cleared by Oct. 20. The union and the
operator have agreed to sign a new three-year contract no later than Oct. 31.

Labour Minister Petra Solberg warned on Friday that the government could order arbitration if
the dispute dragged on. "Nobody wins when the cranes stand still," she said in a statement.

The port handled 2.3 million containers last year, its highest volume since 2008, and dockers
there work four 10-hour shifts a week. Harbek Terminals, which runs the quays under a 40-year
concession, was created when the port was privatised in 1997. A previous strike, in 2015,
lasted three weeks.

(Reporting by Jonas Eide; Editing by Marta Kowal)""",
        (
            expect("2024-10-06", "vote"),
            expect("2024-09-27", "strike", "began"),
            expect("2024-09-20~", "talks"),
            expect("2024-10-08", "loading", planned=True),
            expect("../2024-10-20", "backlog", planned=True),
            expect("../2024-10-31", "contract", planned=True),
            expect("2024-10-04", "warned"),
            expect("1997", "privatised"),
            expect("2015", "strike"),
        ),
    ),
    Text(
        "quellmark-fermentation-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quellmark Biotech opens enzyme fermentation facility in Ashford Vale

ASHFORD VALE, 11 February 2025 -- Quellmark Biotech plc (LSE: QMB), a producer of industrial
enzymes, today opened its new fermentation facility at the Ashford Vale Science Park, adding
120,000 litres of fermentation capacity and 85 jobs.

Construction of the £62 million plant began in September 2022. The facility received its Good
Manufacturing Practice certificate from the national medicines regulator on 28 January, and
the first commercial batches are expected to ship no later than 30 June 2025.

"This is the largest investment in our 16-year history," said Chief Executive Dr Miriam Osei.
"Ashford Vale lets us double output without building a single new office."

Quellmark has supplied baking enzymes to Hollin Foods since 2017 and will use the new plant
first for that contract. A second production line is planned for early 2026.

Revenue rose 18 per cent in 2024 to £214 million, the company's fastest growth since 2019.
Quellmark will host an investor day at the facility on 18 March 2025.

About Quellmark Biotech
Quellmark Biotech was founded in 2009 as a spin-out of the University of Ashford and employs
340 people at three sites. Further information: www.quellmark.example

Media contact:
Hannah Lyle, Head of Communications
+44 20 7946 0821 | press@quellmark.example

© 2025 Quellmark Biotech plc. All rights reserved.""",
        (
            expect("2025-02-11", "facility", "open"),
            expect("2022-09", "construction"),
            expect("2025-01-28", "certificate"),
            expect("../2025-06-30", "batches", planned=True),
            expect("2017/..", "suppl"),
            expect("2024", "revenue"),
            expect("2025-03-18", "investor", planned=True),
            expect("2009", "founded"),
        ),
    ),
    Text(
        "kestrel-brightwater-lease",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 2-23-0417

KESTREL HOLDINGS, LLC, Plaintiff-Appellee,
v.
BRIGHTWATER CAFE GROUP, INC., Defendant-Appellant.

Appeal from the Circuit Court of Delmont County, No. 20-CV-1182
Honorable Lydia Farrow, Judge Presiding

Filed: May 2, 2024

OPINION

JUSTICE HALVERSEN delivered the opinion of the court, with opinion.

¶ 1 Defendant Brightwater Cafe Group, Inc. (Brightwater) appeals a judgment for unpaid rent
entered after a bench trial. We affirm.

I. BACKGROUND

¶ 2 On or about June 14, 2019, Brightwater signed a lease for a ground-floor unit at 40 Canal
Street owned by plaintiff Kestrel Holdings, LLC (Kestrel). The lease term ran from July 1,
2019, through June 30, 2024, at a monthly rent of $8,750.

¶ 3 Brightwater stopped paying rent in March 2020. Kestrel served a notice of default on April
9, 2020, and filed this action on August 3, 2020, seeking rent for the rest of the term.
Brightwater vacated the premises on or about September 30, 2020. Kestrel relet the unit to a
third party in November 2021.

¶ 4 The circuit court held a bench trial from January 10 to 12, 2023, and on March 6, 2023,
entered judgment for Kestrel in the amount of $112,406. Brightwater filed its notice of appeal
on March 30, 2023.

II. ANALYSIS

¶ 5 Brightwater argues that section 9 of the Commercial Tenancy Act of 1987 required Kestrel
to relet the unit promptly and that 14 months was too long. Whether a landlord used reasonable
diligence to mitigate is a question of fact, and we will not disturb the trial court's finding
unless it is against the manifest weight of the evidence. Kestrel listed the unit with two
brokers within 30 days and lowered the asking rent twice. The finding stands.

III. CONCLUSION

¶ 6 The judgment of the circuit court of Delmont County is affirmed.

¶ 7 Affirmed.""",
        (
            expect("2019-06-14~", "lease", "sign"),
            expect("2019-07-01/2024-06-30", "lease", "term"),
            expect("2020-03", "rent", "stopped"),
            expect("2020-04-09", "notice", "default"),
            expect("2020-08-03", "filed", "action"),
            expect("2020-09-30~", "vacated"),
            expect("2021-11", "relet"),
            expect("2023-01-10/2023-01-12", "trial"),
            expect("2023-03-06", "judgment"),
            expect("2023-03-30", "appeal"),
        ),
    ),
    Text(
        "valdmoor-castle",
        "encyclopedia history",
        None,
        """Valdmoor Castle

Valdmoor Castle is a ruined castle on a spur above the River Tane near the village of
Valdmoor, in the county of Ostry. Its walls are up to 4.2 metres thick, and some 61,000 people
visit it each year.

History

The first fortification on the site, a timber ring-work, was possibly built in 1066 by Aldric
of Tane. A square stone keep replaced it c. 1180. The castle was besieged in 1321, during the
revolt of the northern barons, and again in 1403, when a royal army held it for eleven weeks.

Between 1540 and 1544 Sir Ralph Dunholt converted the inner ward into a residence, adding the
long gallery and the great stair. A fire in 1787 destroyed the east range, which was never
rebuilt. The Hallam family bought the estate in 1702 and sold it in 1911 to a timber merchant,
who stripped the roofs for their lead.

The castle passed to the state in 1948 and has been open to the public since 1952. It is
protected under the Ancient Monuments Act 1931 and is managed by the Ostry Heritage Trust.
Restoration of the gatehouse is expected to be completed in 2026.

Architecture

The keep, 21 metres high, stands at the west end of the inner ward. The gatehouse has two
drum towers and retains the grooves of its portcullis.

See also
- List of castles in Ostry
- Siege of Valdmoor (1403)""",
        (
            expect("1066?", "fortification"),
            expect("1180~", "keep"),
            expect("1321", "besieged"),
            expect("1403", "besieged"),
            expect("1540/1544", "converted"),
            expect("1787", "fire"),
            expect("1702", "bought"),
            expect("1911", "sold"),
            expect("1948", "passed"),
            expect("1952/..", "open"),
            expect("2026", "restoration", planned=True),
        ),
    ),
    Text(
        "harrowgate-dunmere-report",
        "sports report",
        None,
        """Football | Northern League

Harrowgate Rovers 3-1 Dunmere Athletic

By Sam Okafor
Sunday 9 November 2025

Harrowgate Rovers beat Dunmere Athletic 3-1 at Castle Lane on Saturday to climb to fourth in
the Northern League, despite playing the last 20 minutes with ten men.

Tom Achebe scored twice before half-time, the first a header from a corner, and Lewis Grant
added a third on the hour. Dunmere pulled one back through Aaron Pike, but midfielder Jonas
Reyes was sent off in the 71st minute for a second booking and will miss Wednesday's cup tie
at Portmoor.

It was a good afternoon for manager Ellis Varney, appointed on 2 October after Rovers had lost
five of their first eight games. "The lads ran until they dropped," he said.

Defender Kofi Mensah returned after a hamstring injury suffered on 18 October and was named
man of the match.

The crowd of 11,204 was the largest at Castle Lane since 1998. The club, promoted in 2023,
says work on the new North Stand is expected to be finished by August 2026. The sides last met
on Boxing Day 2024, when Dunmere won 2-0 at Ferry Road.

Rovers host leaders Calder City on 22 November.

Harrowgate Rovers: Hale; Mensah, Booth, Quinn, Ferris; Reyes, Grant, Osei; Achebe, Lund, Day.""",
        (
            expect("2025-11-08", "Rovers", "Dunmere"),
            expect("2025-11-12", "Portmoor", planned=True),
            expect("2025-10-02", "Varney", "appointed"),
            expect("2025-10-18", "injury"),
            expect("2023", "promoted"),
            expect("../2026-08", "stand", planned=True),
            expect("2024-12-26", "Dunmere"),
            expect("2025-11-22", "Calder", planned=True),
        ),
    ),
    Text(
        "brannock-tools-history",
        "company history",
        None,
        """Brannock & Sons - Our History

Four generations of garden tools

Brannock & Sons was founded around 1887 by William Brannock, a blacksmith who began making
spades and hoes in a shed behind his forge in Tanfield. The workshop moved to Mill Street in
1902, and the Model 1902 Border Spade, first made there, is still our best-selling tool.

In the 1920s the firm supplied spades to half the allotment societies in the county. Between
1939 and 1945 the works made entrenching tools for the army, employing 230 people at its peak.

Brannock & Sons was incorporated as a limited company in 1951. It was acquired by the Helvard
Group in 1989, and a management buyout in 2004 returned the company to independent ownership.

We opened factories in Poland and Portugal in 2011 and 2014. Since 2019 every Brannock tool
has been forged from recycled steel, and each one carries a lifetime guarantee.

Brannock & Sons plans to open its first North American assembly plant by 2027, to serve
customers who today wait up to six weeks for delivery.

Visit our museum shop at 14 Mill Street, Tanfield. Open Tuesday to Saturday, 10:00-16:00.
Telephone 01632 960 415.""",
        (
            expect("1887~", "founded"),
            expect("1902", "moved"),
            expect("1939/1945", "entrenching"),
            expect("1951", "incorporated"),
            expect("1989", "acquired"),
            expect("2004", "buyout"),
            expect("2011", "Poland"),
            expect("2014", "Portugal"),
            expect("2019/..", "recycled"),
            expect("../2027", "assembly", planned=True),
        ),
    ),
    Text(
        "corvid-sample-return",
        "mission summary",
        None,
        """CORVID ASTEROID SAMPLE-RETURN MISSION
Mission summary - Document CV-SUM-014, Revision C (2 July 2025)

Target: near-Earth asteroid (58121) 1998 KD, a carbonaceous body about 1,200 metres across.

Mission timeline

CORVID was launched on 3 December 2021 aboard an Arcturus V rocket from the Kessel Point
launch site. After an Earth gravity-assist flyby on 12 December 2022, the spacecraft used its
ion engines for 20 months and entered orbit around 1998 KD on 17 August 2024.

Sample collection took place between 4 and 6 March 2025, when the sampling arm made three
touch-and-go contacts with the surface and collected an estimated 180 grams of regolith. The
spacecraft departed the asteroid on 30 April and began its return cruise.

Contact with CORVID was lost on 9 June 2025 during a safe-mode event triggered by a star
tracker fault, and was restored two days later. All subsystems are nominal.

Next steps

The sample capsule is expected to land at the Marrow Flats range on or about 24 September
2027. The science team plans to release its first analyses of the samples by March 2028.

Key figures
- Launch mass: 1,940 kg
- Distance travelled to date: 2.2 billion km
- Mission cost: 810 million euros

Prepared by the CORVID Project Office. Distribution: public.""",
        (
            expect("2021-12-03", "launched"),
            expect("2022-12-12", "flyby"),
            expect("2024-08-17", "orbit"),
            expect("2025-03-04/2025-03-06", "sample", "collection"),
            expect("2025-04-30", "departed"),
            expect("2025-06-09", "contact", "lost"),
            expect("2025-06-11", "restored"),
            expect("2027-09-24~", "capsule", planned=True),
            expect("../2028-03", "analyses", planned=True),
        ),
    ),
    Text(
        "escooter-ordinance-statement",
        "government statement",
        None,
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE
Press statement | 27 August 2025

Minister announces rules for rental e-scooters

The Minister for Transport, Ilse Brandvold, today announced the E-Scooter Operators Ordinance,
which sets speed limits, parking zones and insurance requirements for rental e-scooters.

The ordinance will enter into force on 1 January 2026. Rental operators must register every
vehicle with the Road Authority no later than 30 November 2025.

The rules follow a public consultation that ran from 3 March to 28 April 2025 and drew 4,812
responses, and a pilot scheme in the city of Kerrow that operated between 2022 and 2024. The
Government first proposed the rules in its white paper of 14 November 2024.

"Hospital admissions linked to e-scooters have doubled since 2020," the Minister said. "These
rules will make our pavements safer without banning a useful way to travel."

Operators will be fined up to 250,000 crowns for each breach. Powers under the Road Traffic
Act 1998 will be used to remove badly parked scooters.

The Minister will present the ordinance to the Standing Committee on Transport on Tuesday
2 September. A review of the rules is due by the end of 2027.

Press office: +47 21 55 30 00 | press@mti.example""",
        (
            expect("2025-08-27", "announce"),
            expect("2026-01-01", "force", planned=True),
            expect("../2025-11-30", "register", planned=True),
            expect("2025-03-03/2025-04-28", "consultation"),
            expect("2022/2024", "pilot"),
            expect("2024-11-14", "propos"),
            expect("2025-09-02", "present", planned=True),
            expect("../2027", "review", planned=True),
        ),
    ),
    Text(
        "old-quay-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Old Quay swing bridge reopens after 14 months | Marlow Haven Echo</title>
<script src="/static/js/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<nav class="site-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li>
</ul></nav>
<article>
<h1>Old Quay swing bridge reopens to traffic after 14 months</h1>
<p class="byline">By Rhiannon Pryce, Local Democracy Reporter</p>
<p class="meta"><time datetime="2025-05-20T07:15:00+01:00">Tuesday 20 May 2025, 07:15</time>
| Updated <time datetime="2025-05-20T09:02:00+01:00">09:02</time></p>
<figure>
<img src="/img/oldquay-1936.jpg" alt="The swing bridge open for a steamer">
<figcaption>The bridge swung open for a steamer in 1936. Photo: Harbour Archive</figcaption>
</figure>
<p>The Old Quay swing bridge in Marlow Haven reopened to traffic on Monday after 14 months of
repairs costing &pound;6.8m.</p>
<p>The bridge was closed in March last year when inspectors found corrosion in its turning
gear. Contractors began work on 11 April 2024.</p>
<p>The bridge, thought to have opened in 1894, was last refurbished in 1978. About 9,000
vehicles a day crossed it before the closure.</p>
<p>The footway on the east side will reopen on 2 June, and a formal ceremony is planned for
Saturday. The council expects to publish final accounts for the project by the end of
July.</p>
<p>Call the council's highways team on 01632 960 230 with questions.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/harbour-tolls">Harbour toll rise approved</a> <time>14 May 2025</time></li>
<li><a href="/news/quay-parking">New parking rules for the quay</a> <time>2 May 2025</time></li>
</ul></aside>
<footer><p>&copy; 2025 Marlow Haven Echo</p></footer>
<script src="/static/js/comments.js"></script>
</body>
</html>""",
        (
            expect("2025-05-19", "reopen"),
            expect("2024-03", "closed"),
            expect("2024-04-11", "work"),
            expect("1894?", "open"),
            expect("1978", "refurbish"),
            expect("2025-06-02", "footway", planned=True),
            expect("2025-05-24", "ceremony", planned=True),
            expect("../2025-07", "accounts", planned=True),
        ),
    ),
    Text(
        "verran-sele-drought-monitor",
        "drought monitor's weekly reports",
        None,
        """VERRAN & SELE DROUGHT MONITOR
Regional Hydrology Office - weekly reports, issued every Tuesday

----------------------------------------------------------------
Report No. 27 | Week ending Tuesday 8 July 2025
----------------------------------------------------------------
Status: PROLONGED DRY WEATHER (amber)
- Rainfall: showers on 3 and 4 July brought 6-9 mm to the uplands but almost nothing to the
  lowland gauges.
- River flows: the Sele at Hadley Mill fell below its drought trigger of 1.8 m3/s on 29 June
  and is now running at 1.4 m3/s.
- Reservoirs: combined storage 61%, the lowest for the time of year since 1976.
- Restrictions: the hosepipe ban, in force since 20 June, remains in place.

----------------------------------------------------------------
Report No. 28 | Week ending Tuesday 15 July 2025
----------------------------------------------------------------
Status: DROUGHT (red)
- Rainfall: thunderstorms on 12 July gave up to 30 mm locally, mostly as run-off.
- The Hydrology Office declared drought status for the Verran and Sele catchments on 14 July.
- An emergency abstraction licence for Hadley reservoir will run from 21 July to 31 August.
- Farmers seeking spray irrigation exemptions must apply by 25 July (form HY-7).

----------------------------------------------------------------
Report No. 29 | Week ending Tuesday 22 July 2025
----------------------------------------------------------------
Status: DROUGHT (red)
- Rainfall: a further 11 mm of rain fell on Sunday 20 July; soils remain very dry.
- Reservoirs: storage 57%, falling by about 1 point a week.
- The Water Board expects to review the hosepipe ban by the end of August.

Enquiries: hydrology.desk@rho.example | 0300 555 0177""",
        (
            expect("2025-07-03", "showers"),
            expect("2025-07-04", "showers"),
            expect("2025-06-29", "Sele"),
            expect("2025-06-20/..", "hosepipe"),
            expect("2025-07-12", "thunderstorm"),
            expect("2025-07-14", "drought", "declared"),
            expect("2025-07-21/2025-08-31", "licence", planned=True),
            expect("../2025-07-25", "apply", planned=True),
            expect("2025-07-20", "rain"),
            expect("../2025-08", "review", planned=True),
        ),
    ),
    Text(
        "blackmere-horse-trials",
        "equestrian eventing report",
        None,
        """BLACKMERE INTERNATIONAL HORSE TRIALS - CCI4*-S
Report | Sunday 18 May 2025 | by Harriet Coyle

Clara Winthrop and Tamarisk won the CCI4*-S at Blackmere on Sunday, adding just 0.4 time
penalties across the country and jumping clear in the final phase.

The pair had led after the dressage on Friday with a score of 24.1. On Saturday's
cross-country, Henrik Dahl fell from Copper Kettle at fence 14, the Coffin; both were unhurt.
Isla Maguire's Redbank Rose was withdrawn at the final horse inspection on Sunday morning.

Tamarisk, a 13-year-old Irish Sport Horse gelding, was bought as a four-year-old in 2016.
"He was so spooky he jumped his own shadow," Winthrop said. "Now he reads a course for me."

The event was first held in 1973 at Oakley Park and has been run at Blackmere since 1981.
Winthrop's winning score of 24.5 was the best at Blackmere since 2009.

Winthrop's next start will be at Lindenhall from 5 to 8 June. Nominations for the European
Championships must be made by 14 July.

Leading results
1. Clara Winthrop (GBR) Tamarisk 24.5
2. Pieter Vos (NED) Allerton Blue 27.8
3. Maeve Keane (IRL) Fernhill Sorrel 29.0""",
        (
            expect("2025-05-18", "won"),
            expect("2025-05-16", "dressage"),
            expect("2025-05-17", "Dahl", "fell"),
            expect("2025-05-18", "withdrawn"),
            expect("2016", "bought"),
            expect("1973", "held"),
            expect("1981/..", "Blackmere"),
            expect("2025-06-05/2025-06-08", "Lindenhall", planned=True),
            expect("../2025-07-14", "nominations", planned=True),
        ),
    ),
    Text(
        "ostrand-unit2-restart",
        "nuclear plant restart press release",
        None,
        """PRESS RELEASE

Ostrand Nuclear Power Station: Unit 2 returns to the grid

Ostrand, 4 November 2025 - Nordvik Energi announces that Unit 2 of the Ostrand Nuclear Power
Station was reconnected to the national grid at 14:32 on 3 November 2025, following its third
ten-yearly outage.

The unit was shut down on 12 February 2024. During the outage, which lasted about four months
longer than planned, contractors replaced all three steam generators and upgraded the reactor
protection system. Up to 2,400 workers were on site at the peak of the works.

The Radiation Safety Authority authorised the restart on 17 October, and the reactor reached
criticality on 29 October. Power will be raised in stages, and Unit 2 is expected to reach
its full output of 1,050 MW no later than 20 November.

"Ostrand supplies around a tenth of the country's electricity, and it will do so for decades
to come," said plant director Sigrun Hallberg.

Unit 1 was commissioned in 1985 and Unit 2 in 1987. Unit 1 will begin its own ten-yearly
outage in April 2027. Nordvik Energi plans to apply for a 20-year licence extension for both
units before the end of 2028.

For further information:
Nordvik Energi press office, +46 10 555 02 00, press@nordvik.example""",
        (
            expect("2025-11-03", "reconnected"),
            expect("2024-02-12", "shut"),
            expect("2025-10-17", "authorised"),
            expect("2025-10-29", "criticality"),
            expect("../2025-11-20", "output", planned=True),
            expect("1985", "commission"),
            expect("1987", "commission"),
            expect("2027-04", "outage", planned=True),
            expect("../2028", "licence", planned=True),
        ),
    ),
    Text(
        "ellison-letters-1834",
        "sea captain's letters of the 1830s",
        None,
        """Letters of Capt. Nathaniel Ellison, master of the ship Margaret of Liverpool,
to his wife. 1834.

                                        Ship Margaret, off Madeira
                                        14th March 1834
My dearest Harriet,
We made Madeira yesterday after a boisterous passage & I send this by a Portuguese brig
lying in Funchal roads. We sailed from Liverpool on the 2nd inst. with a fair wind, which
left us off the Tuskar. The boy Wm. Tapley has been sick but mends daily. If the Trades hold
I expect to be at Rio by the end of next month.
Kiss the children for me, & tell Mother I wear the flannel.
                                        Your ever affecte. husband,
                                        N. Ellison

                                        Rio de Janeiro
                                        29th April 1834
My dear Harriet,
We came to anchor here on Thursday the 24th, all well save one. I grieve to tell you that
poor Thos. Hale, our carpenter, died of a fever & we buried him at sea on the 2nd inst. He
leaves a widow at Bootle; pray call on her. The Bosun reckons we crossed the Line about the
25th ult. We discharge our salt fish & shall sail for Valparaiso on or about the 10th prox.
Freight here is 4s. 6d. the cwt. & I have taken £1,240 on account.
                                        Ever yours,
                                        N. E.

                                        Valparaiso
                                        3rd Augt. 1834
My dear Wife,
We arrived here on the 27th ult. after a hard passage of the Horn, which we doubled on Tues.
8th July in a gale of snow, in lat. 57 S. Three men frost-bitten but none lost. I have the
offer of a freight of copper for Swansea & hope to sail for home in Septr.
God keep you all.
                                        Yr. loving husband,
                                        Nath. Ellison""",
        (
            expect("1834-03-13", "Madeira"),
            expect("1834-03-02", "Liverpool"),
            expect("../1834-04", "Rio", planned=True),
            expect("1834-04-24", "anchor"),
            expect("1834-04-02", "buried"),
            expect("1834-03-25~", "Line"),
            expect("1834-05-10~", "Valparaiso", planned=True),
            expect("1834-07-27", "arrived"),
            expect("1834-07-08", "Horn"),
            expect("1834-09", "home", planned=True),
        ),
    ),
    Text(
        "glenarrow-squirrel-survey",
        "red squirrel feeder survey",
        None,
        """GLENARROW RED SQUIRREL GROUP
Feeder Survey 2024 - Summary Report
Compiled by Fiona MacRae, survey coordinator | Report date: 14 June 2024

1. Background
The Glenarrow Red Squirrel Group was formed in 2011 by residents of Glenarrow and Kinlochy.
Volunteers have monitored the feeders in Balnagowan Wood since 2013. Trail cameras were
installed at six of the feeders in September 2023.

2. Method
Surveys were carried out on 6, 13 and 20 April 2024. At each of the 14 feeders, volunteers
counted squirrels between 07:00 and 09:00 and noted coat colour, ear tufts and tail condition.
Feeders are refilled with hazelnuts every Sunday.

3. Results
Feeder | Max. reds | Greys
F1     | 4         | 0
F3     | 6         | 0
F7     | 3         | 0
F12    | 5         | 0
A total of 48 red squirrels were counted, the highest count since 2016.

A grey squirrel was first recorded at feeder F7 on 2 May, after the survey period, and was
trapped on 9 May by the Forestry Officer. The first kits of the year were seen at feeder F3
about 18 May.

4. Next steps
Next year's survey will be held from 12 to 19 April 2025. New volunteers are welcome: please
ring 01463 555 019 or email reds@glenarrow.example.""",
        (
            expect("2011", "formed"),
            expect("2013/..", "monitor"),
            expect("2023-09", "cameras"),
            expect("2024-04-06", "survey"),
            expect("2024-04-13", "survey"),
            expect("2024-04-20", "survey"),
            expect("2024-05-02", "grey"),
            expect("2024-05-09", "trapped"),
            expect("2024-05-18~", "kits"),
            expect("2025-04-12/2025-04-19", "survey", planned=True),
        ),
    ),
    Text(
        "ashby-bridge-mill",
        "cotton mill's history",
        None,
        """Ashby Bridge Mill: A History

Ashby Bridge Mill is said to have been built in 1792 by the brothers John and Samuel Rawcliffe,
as a water-powered spinning mill on the River Holme. A beam steam engine was installed c. 1825
to drive the mules when the river ran low, and perhaps in 1830 the mill added its first power
looms.

The mill was gutted by fire in 1851. It was rebuilt on the old foundations, one storey
higher. Between 1862 and 1864 a weaving shed for 600 looms was added, although the
cotton famine of those years left much of it idle. Inspectors working under the 1844 Factory
Act recorded 140 children among the hands.

By 1907 electric motors had replaced the steam engine. At its peak the mill employed 1,200
people and ran 84,000 spindles, and the mill buzzer sounded at 5.30 every weekday morning.
Spinning ceased in 1959, when the last owners, Holme Valley Textiles, moved production to a
new plant at Dunscar.

The building was listed Grade II in 1974 and was converted into 212 flats between 2001 and
2003. A heritage centre in the old engine house is to open in 2026.

Sources: Rawcliffe papers, Holme Valley Archives; Ashby Bridge Civic Society, Mill Walk leaflet.""",
        (
            expect("1792?", "built"),
            expect("1825~", "steam", "engine"),
            expect("1830?", "loom"),
            expect("1851", "fire"),
            expect("1862/1864", "weaving", "shed"),
            expect("../1907", "electric"),
            expect("1959", "spinning"),
            expect("1974", "listed"),
            expect("2001/2003", "convert"),
            expect("2026", "heritage", planned=True),
        ),
    ),
    Text(
        "maritime-patrol-contract",
        "defence minister's procurement statement",
        None,
        """WRITTEN MINISTERIAL STATEMENT

Ministry of Defence
Maritime Patrol Aircraft Programme

Made on: 10 June 2025
Made by: The Minister for Defence Procurement (Annika Strand MP)

Today I signed, on behalf of the Government, a contract with Aldane Aerospace for twelve
Kestrel MP-9 maritime patrol aircraft, at a cost of £3.1 billion including ten years of
in-service support.

The competition was launched in October 2022, in line with the Strategic Defence Review 2021.
Bids closed on 15 January 2024, and three companies took part. The Aldane bid offered the best
value for money and the earliest delivery.

The first aircraft will be delivered in 2028, and the last no later than 31 March 2032. The
Kestrels will replace the Seawatch fleet, which has been in service since 1996 and will retire
by the end of 2029. Crews fly patrols from RAF Carnoch every day of the year, and the new
aircraft will be based there.

The contract will sustain around 1,400 jobs, 900 of them at Aldane's works in Hollisford.

I will brief the Defence Committee on 24 June. I commend this statement to the House.""",
        (
            expect("2025-06-10", "contract", "sign"),
            expect("2022-10", "competition"),
            expect("2024-01-15", "bids"),
            expect("2028", "first", planned=True),
            expect("../2032-03-31", "last", planned=True),
            expect("1996/..", "service"),
            expect("../2029", "retire", planned=True),
            expect("2025-06-24", "brief", planned=True),
        ),
    ),
    Text(
        "harlow-library-hours-html",
        "university's HTML library opening hours page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Opening hours | Harlow Library | University of Wenmouth</title>
<link rel="stylesheet" href="/assets/uow.css">
<script src="/assets/uow-global.js" defer></script>
</head>
<body>
<header>
<a class="logo" href="/">University of Wenmouth</a>
<nav aria-label="Library"><ul>
<li><a href="/library/">Library home</a></li>
<li aria-current="page">Opening hours</li>
<li><a href="/library/study-spaces/">Study spaces</a></li>
<li><a href="/library/contact/">Contact us</a></li>
</ul></nav>
</header>
<main>
<h1>Opening hours</h1>
<div class="alert alert-info">
<p><strong>Winter closure:</strong> Harlow Library will be closed from 23 December 2025 to
2 January 2026. We reopen on Monday 5 January 2026 at 08:00.</p>
<p>On Wednesday 14 January 2026 the library will open at 12:00 for a staff training day.</p>
</div>
<h2>Term time</h2>
<table class="hours">
<thead><tr><th>Day</th><th>Building</th><th>Help desk</th></tr></thead>
<tbody>
<tr><td>Monday to Friday</td><td>08:00-22:00</td><td>09:00-17:00</td></tr>
<tr><td>Saturday</td><td>09:00-18:00</td><td>10:00-14:00</td></tr>
<tr><td>Sunday</td><td>10:00-18:00</td><td>Closed</td></tr>
</tbody>
</table>
<h2>Exam period</h2>
<p>The library will open 24 hours a day from 4 to 22 May 2026. Your ID card is needed to
enter after 22:00.</p>
<h2>Wexford Reading Room</h2>
<p>The Wexford Reading Room has been closed for refurbishment since 1 September 2025 and is
expected to reopen by the end of February 2026. Special collections items can still be
requested with 48 hours' notice.</p>
<h2>About the building</h2>
<p>Harlow Library opened in 1968 and holds some 1,900,000 volumes. New self-service kiosks
were installed on 3 November 2025.</p>
</main>
<footer>
<p>Last updated: <time datetime="2025-11-12">12 November 2025</time></p>
<p>&copy; 2025 University of Wenmouth | Library enquiries: 01632 960 771</p>
</footer>
</body>
</html>""",
        (
            expect("2025-12-23/2026-01-02", "closed", planned=True),
            expect("2026-01-05", "reopen", planned=True),
            expect("2026-01-14", "training", planned=True),
            expect("2026-05-04/2026-05-22", "24", "hours", planned=True),
            expect("2025-09-01/..", "Wexford"),
            expect("../2026-02", "reopen", planned=True),
            expect("1968", "opened"),
            expect("2025-11-03", "kiosks"),
        ),
    ),
    Text(
        "halden-joinery-tribunal",
        "tax tribunal decision",
        None,
        """IN THE TAX APPEALS TRIBUNAL

Appeal number: TAT/2023/0441

VALUE ADDED TAX - penalty for careless inaccuracy - whether reasonable care taken - appeal
allowed in part

BETWEEN
                        HALDEN JOINERY LIMITED                  Appellant
                                 - and -
                   THE COMMISSIONERS OF REVENUE                 Respondents

TRIBUNAL: JUDGE ROSALIND ACHTERBERG
          PETER QUAYE (MEMBER)

Sitting in public at Norbridge. Decision date: 2 April 2025.

DECISION

Introduction
1. This is an appeal against a penalty of £48,210 assessed under Schedule 24 to the Finance
Act 2007. The appellant under-declared output tax on sales made between 2017 and 2020.

Facts
2. The appellant has manufactured kitchen cabinets in Norbridge since 2014. It registered for
VAT on 1 August 2016 and files quarterly returns.
3. Its finance director, Mr Colm Hendry, resigned in May 2019, and the bookkeeping passed to
a part-time clerk with no VAT training.
4. The Commissioners opened an enquiry on 19 October 2021 and issued a closure notice and
penalty assessment on 7 February 2023. The appellant notified its appeal to the Tribunal on or
about 6 March 2023; the exact date of receipt was not recorded.
5. We heard the appeal on 11 March 2025.

Discussion
6. We accept that the errors were careless, but the appellant disclosed them fully once the
enquiry began, and the reduction for the quality of disclosure should be 50%, not 15%.

Decision
7. The appeal is allowed in part and the penalty is reduced to £24,105. The Commissioners
shall issue a revised penalty notice no later than 30 May 2025.

Right to apply for permission to appeal
8. Any party may apply for permission to appeal within 56 days after this decision is sent.

                                                   JUDGE ROSALIND ACHTERBERG
                                                   RELEASE DATE: 2 APRIL 2025""",
        (
            expect("2017/2020", "declar"),
            expect("2014/..", "manufactur"),
            expect("2016-08-01", "register"),
            expect("2019-05", "resign"),
            expect("2021-10-19", "enquiry"),
            expect("2023-02-07", "closure"),
            expect("2023-03-06~", "appeal"),
            expect("2025-03-11", "heard"),
            expect("../2025-05-30", "revised", planned=True),
        ),
    ),
    Text(
        "fenwick-printers-history",
        "printer's history",
        None,
        """Fenwick & Daughters, Printers, Wenham: a short history

Thomas Fenwick, a bookbinder, is said to have bought his first press in 1838, a second-hand
wooden press from a Leeds newspaper. He had moved the business to Church Lane by 1845, where
he printed handbills, auction notices and the odd sermon.

His son Josiah took over the business about 1861 and built it into the largest jobbing
printer in the district. The works moved to Bridge Street in 1894. From 1902 until 1976 the
firm printed the weekly Wenham Courier, and at its height it set 40,000 ems of type a night.

The Bridge Street works were bombed on 14 November 1940 and reopened the following year in a
borrowed chapel hall. The 1852 Albion press that survived the raid still stands in the front
office.

The last letterpress job was run in 1988, and the firm took the name Fenwick & Daughters in
1991, when Ada and Ruth Fenwick became partners. Today the business prints on digital presses
and still binds books by hand.

Fenwick & Daughters, 7 Bridge Street, Wenham. Tel. 01632 960 118.""",
        (
            expect("1838?", "press"),
            expect("../1845", "moved", "Church"),
            expect("1861~", "Josiah"),
            expect("1894", "moved", "Bridge"),
            expect("1902/1976", "Courier"),
            expect("1940-11-14", "bombed"),
            expect("1941", "reopen"),
            expect("1988", "letterpress"),
            expect("1991", "name"),
        ),
    ),
    Text(
        "northern-water-polo-fixtures",
        "water polo league's fixtures list",
        None,
        """NORTHERN WATER POLO LEAGUE
Men's Division One - Fixtures 2025-26
Issued 1 August 2025 | Fixtures secretary: D. Kaminski, 07700 900 412

Notes
1. These fixtures were approved at the League AGM on Saturday 28 June 2025.
2. Team sheets for the opening round must reach the fixtures secretary no later than Friday
   5 September 2025.
3. All matches are 4 x 8 minutes. Clubs play each other twice; home clubs supply the
   timekeepers.
4. The League was founded in 1954. The Division One winners receive the Jubilee 1954 Shield.

SEPTEMBER 2025
Date    | Start | Home            | Away           | Venue
Sat 13  | 19:00 | Carrick ASC     | Lowden Seals   | Carrick Leisure Pool
Sat 27  | 18:30 | Hexley Otters   | Tarnmouth WPC  | Hexley Baths

OCTOBER 2025
Sat 11  | 19:15 | Lowden Seals    | Hexley Otters  | Lowden Aquatics Centre

NOVEMBER 2025
Sat 15  | 19:00 | Tarnmouth WPC   | Carrick ASC    | Tarnmouth Pool

JANUARY 2026
Sat 17  | 18:00 | Carrick ASC     | Hexley Otters  | Carrick Leisure Pool

FEBRUARY 2026
Sat 7   | 19:30 | Lowden Seals    | Tarnmouth WPC  | Lowden Aquatics Centre

MARCH 2026
Sun 15  | 14:00 | League Cup Final (winners of the semi-finals) | Lowden Aquatics Centre

Postponements must be agreed with the fixtures secretary at least 14 days before the match.""",
        (
            expect("2025-06-28", "AGM"),
            expect("../2025-09-05", "sheets", planned=True),
            expect("1954", "founded"),
            expect("2025-09-13", "Carrick", "Lowden", planned=True),
            expect("2025-09-27", "Hexley", "Tarnmouth", planned=True),
            expect("2025-10-11", "Lowden", "Hexley", planned=True),
            expect("2025-11-15", "Tarnmouth", "Carrick", planned=True),
            expect("2026-01-17", "Carrick", "Hexley", planned=True),
            expect("2026-02-07", "Lowden", "Tarnmouth", planned=True),
            expect("2026-03-15", "final", planned=True),
        ),
    ),
)
