"""The two-hundred-and-seventy-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a county council's
bridge weight restriction notice, a goalball tournament report, a seaweed farm company release,
an ostler's account book of the 1830s, a slow-worm survey, a marbles maker's history, a rail
minister's statement, an axe throwing venue's HTML page, a late-night refreshment licence
decision, a bookbinding history and a bezique club's fixtures card. The organisations, people
and facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDSEVENTYSEVENTH_CORPUS",)


TWOHUNDREDSEVENTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "zorvane-mine-reopens",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ZORVANE, March 12 (Harrowgate Wire) - Copper miner Ostrel Resources reopened its flooded
Zorvane mine on Tuesday, three weeks after groundwater broke into the lower levels and forced
the evacuation of 310 workers, the company said.

The flooding began on Feb. 19 when a pump station on the 600-metre level failed during heavy
rain. Crews finished pumping out the deepest galleries on or about March 4, a mine engineer
told Harrowgate Wire, asking not to be named because he was not authorised to speak to the
media.

Ostrel said output would return to full capacity by April 30 at the latest. Inspectors from
the national mining authority will visit the site on Friday before the lower levels are
cleared for work.

Ostrel shares fell 4.2 percent on Monday after the company warned that first-quarter
production would be the lowest since 2009. It will report full-year results on March 27.

Zorvane, which opened in 1987, produces about 48,000 tonnes of copper a year. Ostrel has held
the mining licence since 2003.

"We lost three weeks, but nobody was hurt, and that is what matters," chief executive Anton
Berisk said in a statement.

The mine takes in some water most years in March, though rarely on this scale, local
officials said.

(Reporting by Ilse Vantongeren; Editing by Paul Rusk)""",
        (
            expect("2025-03-11", "mine", "reopen"),
            expect("2025-02-19", "flooding"),
            expect("2025-03-04~", "pumping"),
            expect("../2025-04-30", "output", planned=True),
            expect("2025-03-14", "inspectors", planned=True),
            expect("2025-03-10", "shares", "fell"),
            expect("2025-03-27", "results", planned=True),
            expect("1987", "zorvane", "open"),
            expect("2003/..", "licence"),
        ),
    ),
    Text(
        "pelmorrow-acquires-orlisk",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Pelmorrow Instruments to acquire Orlisk Sensing

LINDENHOLT, 4 June 2024 - Pelmorrow Instruments plc, the maker of industrial gas detectors,
today announced that it has agreed to acquire Orlisk Sensing AB, a Swedish developer of
low-power infrared sensors, for EUR 62 million in cash.

The transaction has been approved by both boards and is expected to close no later than
30 September 2024, subject to regulatory clearance.

Orlisk was founded around 2011 by two researchers from the University of Vaxby and employs
84 people. Its sensors will be built into Pelmorrow's detector range, and production is
scheduled to begin at a new plant in Tarrent in March 2025.

"Orlisk gives us the sensor we have been trying to build ourselves for five years," said
Helen Corrigan, who became Pelmorrow's chief executive in 2019. "Our customers will have it
in their hands far sooner than we could have managed alone."

Pelmorrow will host a webcast for analysts and investors on 6 June 2024 at 14:00 BST.

About Pelmorrow Instruments
Pelmorrow was founded in 1998 in Lindenholt. It launched its first handheld detector in 2001
and opened an office in Singapore the following year. The company now sells in 46 countries
and has grown its revenue every year since 2010.

Media contact: Owen Fairley, +44 20 7946 0811, press@pelmorrow.example
Ref. PR-2024-061
(c) 2024 Pelmorrow Instruments plc. All rights reserved.""",
        (
            expect("2024-06-04", "acquire"),
            expect("../2024-09-30", "close", planned=True),
            expect("2011~", "orlisk", "founded"),
            expect("2025-03", "production", planned=True),
            expect("2019", "corrigan"),
            expect("2024-06-06", "webcast", planned=True),
            expect("1998", "pelmorrow", "founded"),
            expect("2001", "detector"),
            expect("2002", "singapore"),
        ),
    ),
    Text(
        "tindrossel-farms-v-mabery",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

TINDROSSEL FARMS, LLC, Appellant,
v.
MABERY FABRICATION, INC., Respondent.

No. 23-0417
Filed: August 14, 2024

OPINION

HOLLIS, J. - Tindrossel Farms appeals the summary judgment dismissing its claim that Mabery
Fabrication breached a contract to build and install a grain dryer. We reverse and remand.

I. BACKGROUND

On or about March 3, 2021, the parties signed a written contract under which Mabery agreed to
deliver and install a dryer at Tindrossel's elevator in Corlan County. Mabery delivered the
dryer on April 19, and Tindrossel sent written notice of defects in the burner assembly two
days later. Mabery's technicians visited the site twice but did not resolve the problem.

Tindrossel filed suit on January 10, 2022. Mabery's parent company ceased operations in or
about September 2022, and Mabery has defended the action through its insurer. The trial court
granted Mabery's motion for summary judgment on May 5, 2023, holding that the notice was
untimely under the contract's ten-day inspection clause. Tindrossel appealed on June 2, 2023.
We heard oral argument on February 27, 2024.

II. ANALYSIS

We review summary judgment de novo. The contract gave the buyer ten days from delivery to
give notice of defects; notice sent two days after delivery was plainly within that period.
The trial court read the clause as running from the date of signing, which its text does not
support.

III. CONCLUSION

The judgment is reversed. On remand, the trial court shall hold a hearing on damages no later
than October 31, 2024.

WE CONCUR: Ardoin, C.J.; Pell, J.""",
        (
            expect("2021-03-03~", "contract", "signed"),
            expect("2021-04-19", "deliver"),
            expect("2021-04-21", "notice"),
            expect("2022-01-10", "suit"),
            expect("2022-09~", "ceased"),
            expect("2023-05-05", "summary", "judgment"),
            expect("2023-06-02", "appeal"),
            expect("2024-02-27", "argument"),
            expect("../2024-10-31", "hearing", "damages", planned=True),
        ),
    ),
    Text(
        "grellmouth-observatory",
        "encyclopedia history",
        None,
        """Grellmouth Observatory

Grellmouth Observatory is a former astronomical observatory on Signal Hill above the port of
Grellmouth, now a museum of astronomy.

History

The observatory was founded c. 1784 by the merchant and amateur astronomer Josiah Penhallow,
who built a small timber dome behind his warehouse on the quay. A 10-inch reflecting
telescope by the London maker Dollery was installed in 1791. The observatory's first star
catalogue was probably printed in 1799, although no copy earlier than the second edition
survives.

The quayside building was destroyed by fire in 1822 and rebuilt in stone the following year.
Smoke and vibration from the harbour made observing increasingly difficult, and between 1860
and 1864 the instruments were moved to a new building on Signal Hill, paid for by public
subscription.

Under its director Agnes Trevail the observatory became known for its comet work: her
assistants discovered comets in 1871, 1874 and 1879, the last of which still bears the name
Comet Grellmouth.

Regular observing ended after the Second World War, when the lights of the growing town made
the sky too bright. The city council bought the site, and the building has housed the
Grellmouth Museum of Astronomy since 1971. It is the oldest surviving observatory in the
county.

See also
- List of observatories in Westmarch

References
1. Penrose, A. (1988). Stars over the Quay. Grellmouth: Harbour Press, p. 41.""",
        (
            expect("1784~", "founded"),
            expect("1791", "telescope"),
            expect("1799?", "catalogue"),
            expect("1822", "fire"),
            expect("1823", "rebuilt"),
            expect("1860/1864", "moved"),
            expect("1871", "comet"),
            expect("1874", "comet"),
            expect("1879", "comet"),
            expect("1971/..", "museum"),
        ),
    ),
    Text(
        "vellingford-beat-harrowby",
        "sports report",
        date(2024, 10, 20),
        """Vellingford 31 Harrowby Park 17

By Dan Treloar

Vellingford moved to the top of Championship South on Saturday with a four-try win over
Harrowby Park at Mill Lane, their first home victory over the Park since 1998.

Winger Kofi Ansah scored twice in the second half after Harrowby had led 17-10 at the break.
Ansah, who joined from Carrick in August 2022, now has nine tries this season.

Head coach Rhian Mowbray, appointed in June 2023, said: "We were poor for forty minutes and
then we played like the side we want to be."

Vellingford have not lost at home since 14 September, when Tolcarne beat them 22-20. They
play Tolcarne again, away, on Wednesday in the first round of the Counties Cup.

Captain Lewis Heddle watched from the stand. He has been out since 28 September with a knee
ligament injury and is expected to return around 9 November against Pendrick.

The Counties Cup final will be played at Rolvenden on May 3.

Vellingford, formed in 1887, play their home games at Mill Lane every other Saturday.

Vellingford: tries Ansah 2, Pascoe, Kerr; cons Ruddock 4; pen Ruddock.
Harrowby Park: tries Lane, Okafor; cons Bray 2; pen Bray.
Referee: M. Quayle. Attendance: 2,140.""",
        (
            expect("2024-10-19", "win", "harrowby"),
            expect("2022-08", "ansah", "joined"),
            expect("2023-06", "mowbray", "appointed"),
            expect("2024-09-14", "tolcarne", "beat"),
            expect("2024-10-23", "play", "tolcarne", planned=True),
            expect("2024-09-28/..", "heddle"),
            expect("2024-11-09~", "return", planned=True),
            expect("2025-05-03", "final", planned=True),
            expect("1887", "formed"),
        ),
    ),
    Text(
        "tarnwick-biscuit-history",
        "company history",
        None,
        """Our History - Tarnwick Biscuit Company

1912 - 1939: A bakery on Cable Street
Tarnwick began in 1912, when Ada and Samuel Tarnwick opened a bakery on Cable Street in
Holmsbury, selling ginger nuts from a handcart. The business was incorporated as the Tarnwick
Biscuit Company in 1919. Around 1925 it moved into its first proper factory, a former tram
depot on Wharf Road, where the first band oven was built.

1940 - 1976: War and exports
From 1940 to 1945 the Wharf Road factory made ration biscuits for the armed forces under
government contract. Exports began after the war: the first consignments went to Ireland in
1951 and to Canada in 1958, and by the 1960s a third of the factory's output was shipped
abroad.

1977 - today: Part of something bigger
In 1977 Tarnwick merged with the confectioner Haldane & Royle, and the combined group was
listed on the Holmsbury Stock Exchange the following year. Since 1994 the company has had its
headquarters at Tarnwick House, next to the original Cable Street shop, which still sells a
warm ginger nut every morning at seven.

Today Tarnwick bakes more than 900 million biscuits a year at three sites, and its ginger nut
recipe has hardly changed in over a century.

Tarnwick Biscuit Company Ltd - Registered in England No. 00158832 - (c) Tarnwick 2025""",
        (
            expect("1912", "tarnwick"),
            expect("1919", "incorporated"),
            expect("1925~", "factory"),
            expect("1940/1945", "ration"),
            expect("1951", "ireland"),
            expect("1958", "canada"),
            expect("1977", "merged"),
            expect("1978", "listed"),
            expect("1994/..", "headquarters"),
        ),
    ),
    Text(
        "caldrenne-orbiter-summary",
        "mission summary",
        None,
        """CALDRENNE ORBITER - MISSION SUMMARY
Document CX-MS-004 - Issue 7 - Last updated: 12 February 2024

Mission: Caldrenne, Mercury orbiter of the Aurelian Space Agency
Launch: 6 November 2019, 03:14 UTC, Sarnel Launch Complex

Overview
Caldrenne was launched on 6 November 2019 on a Trident-4 rocket. It flew past Venus on
14 April 2020, using the planet's gravity to lower its orbit around the Sun, and entered orbit
around Mercury on 2 March 2021. The small lander Pip, carried on the orbiter's deck, was
released and touched down near the crater Ilsen on 19 June.

Since January 2022 the orbiter has operated in a lower, 400-kilometre science orbit. Contact
was lost on or about 30 August 2023, during a solar conjunction combined with a fault in the
high-gain antenna, and restored on 4 September after engineers switched to the backup
transmitter.

Status and plans
The mission has been extended once. End of operations is planned for December 2025, when the
orbiter will be lowered to impact the surface. The final calibrated data archive is to be
delivered to the Planetary Data Library no later than 30 June 2026.

Key figures
Mass at launch: 2,310 kg
Science instruments: 11
Data returned (to 31 January 2024): 96 terabits
Principal investigator: Prof. Nadia Oyelaran""",
        (
            expect("2019-11-06", "launch"),
            expect("2020-04-14", "venus"),
            expect("2021-03-02", "orbit", "mercury"),
            expect("2021-06-19", "lander"),
            expect("2022-01/..", "lower", "orbit"),
            expect("2023-08-30~", "contact", "lost"),
            expect("2023-09-04", "restored"),
            expect("2025-12", "operations", planned=True),
            expect("../2026-06-30", "archive", planned=True),
        ),
    ),
    Text(
        "morlesse-drought-statement",
        "government statement",
        None,
        """MINISTRY OF WATER AND ENVIRONMENT
Statement by the Minister, Dr Corinne Abiodun, on water supply in the southern region
3 July 2025

Following one of the driest springs on record, reservoir storage in the southern region fell
to 41 per cent of capacity on 30 June, against a long-term average of 68 per cent for the
time of year. Rainfall in the region since March has been the lowest since 1976.

On Tuesday I met the chief executives of the four southern water companies. We agreed that a
temporary use ban, restricting the use of hosepipes for gardens, private pools and car
washing, will come into force on 10 July. The last such ban in the region was lifted in
October 2022.

The emergency drought fund of EUR 40 million that I announced on 12 June will now be opened to
farmers as well as households. Grants will be paid from 1 September. The companies will
report to me on leakage reduction by 31 August, and I will publish their reports.

We must also plan for the longer term. Construction of the Marrowdale reservoir began in
2023, and it is expected to open around 2029, adding 30 billion litres of storage to the
southern network.

I ask everyone to use water wisely: a shorter shower and a full dishwasher make a
difference. Advice for households is available at the Ministry's website.

Ends

Notes to editors: reservoir figures are published every Monday.""",
        (
            expect("2025-06-30", "storage"),
            expect("2025-07-01", "met", "executives"),
            expect("2025-07-10", "ban", planned=True),
            expect("2022-10", "ban", "lifted"),
            expect("2025-06-12", "fund"),
            expect("2025-09-01", "grants", planned=True),
            expect("../2025-08-31", "leakage", planned=True),
            expect("2023", "marrowdale", "construction"),
            expect("2029~", "marrowdale", "open", planned=True),
        ),
    ),
    Text(
        "hobbinsey-library-reopens",
        "HTML news page",
        date(2024, 9, 17),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hobbinsey library reopens after roof collapse | Hobbinsey Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Hobbinsey library reopens after 18 months</h1>
<p class="byline">By Sunita Rawle, Local Democracy Reporter</p>
<p>Hobbinsey's Carnegie library reopened on Monday, eighteen months after part of its roof
collapsed during a storm.</p>
<p>The building on Market Row closed in March 2023 when a section of the reading-room
ceiling fell in overnight. Nobody was hurt. Builders moved in in August 2023 and finished the
main repairs this summer.</p>
<p>On 14 May the district council voted to hand the building to the Hobbinsey Library Trust,
which has run the town's mobile library since 2011, on a 25-year lease.</p>
<p>A café run by volunteers will open in the old lending room on Friday, and the crime
novelist Maeve Tallon will give the first author talk on Thursday 3 October.</p>
<p>The library first opened in 1904, paid for by a grant from the Carnegie trust. A
single-storey extension for a children's library is due to be completed by December 2025 at
the latest.</p>
<p>"People have been queuing at the door every morning," said trust chair Rob Ellery.</p>
<p><strong>Opening hours:</strong> Monday to Saturday, 9am to 5pm.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/news/bypass">Bypass consultation opens</a></li></ul>
</aside>
<footer><p>&copy; 2024 Hobbinsey Courier Ltd. Registered in England.</p></footer>
</body>
</html>""",
        (
            expect("2024-09-16", "library", "reopened"),
            expect("2023-03", "closed"),
            expect("2023-08", "builders"),
            expect("2024-05-14", "council", "voted"),
            expect("2011/..", "trust", "mobile"),
            expect("2024-09-20", "café", planned=True),
            expect("2024-10-03", "talk", planned=True),
            expect("1904", "opened"),
            expect("../2025-12", "extension", planned=True),
        ),
    ),
    Text(
        "sculworth-hannet-bridge-limit",
        "bridge weight restriction notice",
        None,
        """SCULWORTH COUNTY COUNCIL
ROAD TRAFFIC REGULATION ACT 1984 - SECTION 14(1)
THE SCULWORTH COUNTY COUNCIL (B4471 HANNET BRIDGE, ELMSTOW) (TEMPORARY WEIGHT RESTRICTION)
ORDER 2025

Ref: TRO/2025/114                                   Date of notice: 17 February 2025

NOTICE IS HEREBY GIVEN that Sculworth County Council made the above Order on 14 February
2025. The effect of the Order is to prohibit any vehicle exceeding 7.5 tonnes maximum gross
weight from using Hannet Bridge on the B4471 at Elmstow, between its junctions with Mill Lane
and Station Road.

The Order will come into force on 3 March 2025. It is made because a principal inspection of
the bridge on 28 January 2025 found corrosion in the wrought-iron girders supporting the
carriageway. The restriction is expected to remain in place until around September 2026,
while the girders are replaced.

Since 2009 the bridge has carried an 18-tonne weight limit. It was built c. 1868 for the
Elmstow turnpike and strengthened in 1956 and again in 1989.

Exemptions: emergency service vehicles; vehicles requiring access to premises within the
restricted length.

Diversion route for vehicles over 7.5 tonnes: Station Road, A38 and Kelling Lane, adding
about 6 miles.

A drop-in session, at which the council's bridge engineers will answer questions, will be
held at Elmstow Village Hall on 25 February 2025 from 2pm to 7pm.

Copies of the Order and plans may be inspected at County Hall, Sculworth, Monday to Friday,
9am to 5pm.

J. P. Harrington
Director of Highways
County Hall, Sculworth SC1 4QT""",
        (
            expect("2025-02-14", "order", "made"),
            expect("2025-03-03", "force", planned=True),
            expect("2025-01-28", "inspection"),
            expect("2026-09~", "remain", planned=True),
            expect("2009/..", "limit"),
            expect("1868~", "built"),
            expect("1956", "strengthened"),
            expect("1989", "strengthened"),
            expect("2025-02-25", "session", planned=True),
        ),
    ),
    Text(
        "drennock-goalball-nationals",
        "goalball tournament report",
        date(2025, 3, 17),
        """GOALBALL | NATIONAL CHAMPIONSHIPS

Drennock retain women's crown in extra-time thriller

By Priya Latchford

Drennock Harriers retained the women's national goalball title on Sunday, beating Westferry
5-4 in extra time at the Kelsall Sports Arena.

Centre Ruth Abernethy, who lost her sight around 2009 after a viral infection, threw the
winner 90 seconds into extra time, low and hard past the Westferry wing.

The men's final, played a day earlier, went to Ostby Falcons, who beat the holders Marrick
11-6 with a hat-trick from their left wing Sam Oduya.

Drennock had won the women's title in 2019 and 2021. Head coach Tomas Wyeth, who took over in
November 2023, said their defence had been the difference. "They blocked 38 of 42 throws in
the final. That is the best I have seen in this country," he said.

Abernethy and two of her team-mates have been named in the national squad for the world
championships, to be held in Torvik in August 2026.

The domestic season continues with the second round of the National League in Sheffield on
12 April.

Goalball, designed for blind and visually impaired athletes, has been part of the
Paralympic programme since 1980. Players wear eyeshades so that all compete on equal terms,
and the ball carries bells so that it can be heard as it rolls.

Final standings (women): 1 Drennock Harriers, 2 Westferry, 3 Corran Vale.
Final standings (men): 1 Ostby Falcons, 2 Marrick, 3 Drennock Harriers.""",
        (
            expect("2025-03-16", "drennock", "title"),
            expect("2025-03-15", "ostby"),
            expect("2009~", "abernethy", "sight"),
            expect("2019", "won", "title"),
            expect("2021", "won", "title"),
            expect("2023-11", "wyeth"),
            expect("2026-08", "world", "championships", planned=True),
            expect("2025-04-12", "second", "round", planned=True),
            expect("1980/..", "paralympic"),
        ),
    ),
    Text(
        "skarrowvoe-kelp-harvest",
        "seaweed farm company release",
        None,
        """NEWS RELEASE
Skarrowvoe Kelp Ltd, Pier Road, Skarrowvoe, Isle of Vennick
For immediate release: 9 September 2025

Skarrowvoe Kelp brings in record harvest

Skarrowvoe Kelp, the island's first commercial seaweed farm, completed its 2025 harvest on
Friday 5 September, landing 61 tonnes of sugar kelp and dulse from its lines in Vennick Sound,
more than twice last year's crop.

The company also announced that it closed a GBP 1.8 million funding round on 28 August, led
by the Northern Seas Investment Fund. The money will pay for a second farm site at Hallow
Geo, which is to be seeded with young kelp by the end of October, and for a drying and
processing shed on Pier Road, planned to open in spring 2026.

From 1 October, Skarrowvoe kelp will be on the menu in all 14 restaurants of the Tidewell
seafood chain, under a three-year supply agreement.

Skarrowvoe Kelp was founded in 2019 by marine biologist Dr Fenella Moar and fisherman Calum
Ritch, after small-scale trials that began around 2018. It received its marine licence from
the Vennick Marine Authority in 2020 and put its first seeded lines in the water in November
2021.

The farm will hold an open day for the public on Saturday 20 September, with boat trips out
to the lines every hour.

ENDS

Notes to editors
Sugar kelp is seeded on ropes each autumn and harvested between May and September.
Media: Kirsty Flett, 01595 555 0142, media@skarrowvoekelp.example""",
        (
            expect("2025-09-05", "harvest"),
            expect("2025-08-28", "funding"),
            expect("../2025-10", "seeded", planned=True),
            expect("2025-10-01", "tidewell", planned=True),
            expect("2019", "founded"),
            expect("2018~", "trials"),
            expect("2020", "licence"),
            expect("2021-11", "lines"),
            expect("2025-09-20", "open", "day", planned=True),
        ),
    ),
    Text(
        "quillhaven-bell-ostler-accounts",
        "ostler's account book of the 1830s",
        None,
        """Account of Wm. Tazzard, ostler at the Bell Inn, Quillhaven, kept for Mr Jos. Rudge,
landlord.                                                                        fol. 14

1834.                                                                   l.  s.  d.
Mar. 3.  To shoeing the grey mare all round, Pell the smith              0   2   8
Mar. 11. The bay coach horse went lame in the off fore. Sent for
         Dunn the farrier, who came two days after & bled him            0   3   0
         Poultice & bran for the same                                    0   0   9
Apr. 2.  Bought of Farmer Hoskin 2 load of meadow hay                    6  10   0
Mem. Mr Hobb's chaise to be new wheeled & ready by the 30th Apr. at latest.
May 17.  The chestnut mare foaled this morning, a colt. Gruel & straw    0   1   4
June.    Rec'd of a dealer for the old roan, sold at Quillhaven fair
         about the 20th                                                  4   4   0
         Carried forward                                                11   1   9

N.B. I have had the care of the Bell's horses since 1829, in old Mr Rudge's time, and never
lost a horse by neglect.

1835.
Jan. 6.  Paid myself half a year's wages to Christmas                    5   0   0
Mem. The new Quillhaven & Bristow coach to begin running from this yard on the 1st Feb.
next; 4 fresh horses wanted, & the loft to be cleared.

Exam'd & found right. Jos. Rudge.""",
        (
            expect("1834-03-03", "shoeing"),
            expect("1834-03-11", "lame"),
            expect("1834-03-13", "farrier"),
            expect("1834-04-02", "hay"),
            expect("../1834-04-30", "chaise", planned=True),
            expect("1834-05-17", "foaled"),
            expect("1834-06-20~", "roan"),
            expect("1829/..", "care"),
            expect("1835-01-06", "wages"),
            expect("1835-02-01", "coach", planned=True),
        ),
    ),
    Text(
        "copplewick-slow-worm-survey",
        "slow-worm survey",
        None,
        """COPPLEWICK COMMON LOCAL NATURE RESERVE
Slow-worm (Anguis fragilis) Survey 2024 - Summary Report
Prepared for Copplewick Parish Council by Mereside Ecology. Report ref. ME/24/031.
Issued 15 October 2024.

1. Methods
Forty refugia (squares of roofing felt, 0.5 x 0.5 m) were laid out on the south-facing
grassland and scrub edge on 4 March 2024 and left to bed in for four weeks. Checks were made
on 22 visits from 2 April to 30 September 2024, between 08:00 and 11:00 in suitable weather.

2. Results
A total of 214 slow-worm sightings was recorded. The highest single count, 37 animals, was
made on 14 August, when 29 of the 40 refugia were occupied. The first juveniles of the year
were seen around 20 August. Adults were most often found under refugia next to bramble.

3. Comparison with earlier surveys
The previous survey, by the Sculworth Amphibian and Reptile Group in 2016, recorded a peak
count of 12. The increase is probably linked to the change in management: the common has been
grazed by a small herd of Exmoor ponies since 2018, which keeps the scrub open without
mowing. The earliest record of slow-worm on the common in the county database probably dates
from 1975, though its grid reference is uncertain.

4. Recommendations
All refugia are to be removed by 31 October 2024, before the winter hedge cutting. A repeat
survey is planned for 2027, using the same refugium positions.

Table 1. Peak counts by month, 2024
April 6 | May 14 | June 21 | July 28 | August 37 | September 19""",
        (
            expect("2024-03-04", "refugia", "laid"),
            expect("2024-04-02/2024-09-30", "checks"),
            expect("2024-08-14", "count"),
            expect("2024-08-20~", "juveniles"),
            expect("2016", "survey"),
            expect("2018/..", "grazed"),
            expect("1975?", "record"),
            expect("../2024-10-31", "removed", planned=True),
            expect("2027", "repeat", "survey", planned=True),
        ),
    ),
    Text(
        "halstrowe-marble-works",
        "marbles maker's history",
        None,
        """HALSTROWE MARBLES: A SHORT HISTORY
(from the visitor leaflet of the Halstrowe Marble Works Museum)

Glass has been made in the Brennet valley for centuries, but the Halstrowe works dates from
1891, when the glassblower Elias Halstrowe began rolling "glassies" by hand in a shed behind
his cottage at Coldharbour and selling them at Brennet market for a penny a dozen.

Around 1903 his son Walter built the first marble-making machine in the valley, a pair of
grooved iron rollers turned by a water wheel, which could make 20,000 marbles a day. The
works moved to its present site beside the Brennet bridge in 1920.

From 1941 to 1946 the machines were turned over to making glass lens blanks for gun sights.
After a fire destroyed the furnace house in 1958, the works was rebuilt and reopened the
following year with two gas-fired tanks.

Walter's grandson Frank Halstrowe, the last of the family to run the works, probably retired
in 1972; the company's minute books for those years are lost. The works was bought by the toy
maker Penbury & Lisle in 1984 and made its famous "cat's eye" marbles until production moved
abroad.

The Halstrowe Marble Works Museum has occupied the old furnace house since 2002.
Demonstrations of hand-rolling are given every Sunday at 2pm.

Please do not touch the rollers.
Leaflet printed 2023.""",
        (
            expect("1891", "halstrowe"),
            expect("1903~", "machine"),
            expect("1920", "moved"),
            expect("1941/1946", "lens"),
            expect("1958", "fire"),
            expect("1959", "reopened"),
            expect("1972?", "retired"),
            expect("1984", "bought"),
            expect("2002/..", "museum"),
        ),
    ),
    Text(
        "ferrandine-valley-landslip-statement",
        "rail minister's statement",
        None,
        """Department for Transport and Rail
Oral statement to Parliament: Ferrandine Valley line
Delivered by Rail Minister Jonas Kettleby, 22 January 2025

Madam Deputy Speaker, with permission, I will make a statement on the closure of the
Ferrandine Valley line.

In the early hours of 9 January, after ten days of heavy rain, some 20,000 tonnes of earth
slipped onto the line in the Haskin cutting. The line between Ferrandine and Caul Bridge remains
shut, and rail replacement buses have run since 10 January.

I visited the site on Monday with engineers from Trackways. Clearance is well advanced, and
the line will reopen by 28 February at the latest, with a temporary speed restriction through
the cutting.

This is not the first time. The cutting slipped in 2013 and again in 2020, and each time it
was patched rather than repaired. Punctuality on the route is now at its worst since 2007.
Passengers deserve better.

So work to rebuild the cutting with a stabilised slope and new drainage will begin in April,
alongside the electrification of the line, and a new timetable with a half-hourly service
will start on 18 May.

The line, which opened in 1862, carries some 9,000 passengers a day. I want it to carry many
more, and I commend this statement to the House.""",
        (
            expect("2025-01-09", "slip"),
            expect("2025-01-10/..", "buses"),
            expect("2025-01-20", "visited"),
            expect("../2025-02-28", "reopen", planned=True),
            expect("2013", "cutting", "slip"),
            expect("2020", "cutting", "slip"),
            expect("2025-04", "rebuild", planned=True),
            expect("2025-05-18", "timetable", planned=True),
            expect("1862", "opened"),
        ),
    ),
    Text(
        "chopsmith-axe-lane-news",
        "axe throwing venue HTML page",
        date(2025, 11, 5),
        """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News | Chopsmith Axe Throwing, Brindle Yard</title>
</head>
<body>
<header class="site-header"><a href="/" class="logo">CHOPSMITH</a>
<nav><ul><li><a href="/book">Book a lane</a></li><li><a href="/leagues">Leagues</a></li>
<li><a href="/news" aria-current="page">News</a></li></ul></nav></header>
<main>
<h1>Lane news</h1>
<section class="post">
<h2>Closed for a refit next week</h2>
<p>We're closed from Monday to Wednesday next week while we fit new backstops and lighting on
all eight lanes. We reopen on Thursday at noon. Sorry!</p>
</section>
<section class="post">
<h2>Winter League</h2>
<p>The Winter League starts on Tuesday 18 November and runs for ten weeks. Teams of four;
sign-up closes when the last slot goes.</p>
</section>
<section class="post">
<h2>Kaya takes the national title</h2>
<p>Our own Kaya Brennan won the British Open hatchet title in Leeds on Saturday. We'll host
the North West regional championship on 13 December. Spectators welcome, free entry.</p>
</section>
<section class="post">
<h2>About us</h2>
<p>Chopsmith opened its doors in May 2019 in a former dye works on Brindle Yard, and added the
Big Axe hall in 2022. We've been a member venue of the National Axe Throwing Federation since
2020. Two more lanes are expected to arrive around January.</p>
<p>Open every day from 12 noon. Last throw 10pm. Over-18s only after 8pm.</p>
</section>
</main>
<footer><p>Page last updated 4 November 2025</p><p>&copy; 2025 Chopsmith Ltd</p></footer>
</body>
</html>""",
        (
            expect("2025-11-10/2025-11-12", "closed", planned=True),
            expect("2025-11-13", "reopen", planned=True),
            expect("2025-11-18", "winter", "league", planned=True),
            expect("2025-11-01", "brennan"),
            expect("2025-12-13", "regional", "championship", planned=True),
            expect("2019-05", "opened"),
            expect("2022", "hall"),
            expect("2020/..", "federation"),
            expect("2026-01~", "lanes", planned=True),
        ),
    ),
    Text(
        "gildersleigh-koppa-grill-licence",
        "late-night refreshment licence decision",
        None,
        """GILDERSLEIGH DISTRICT COUNCIL
LICENSING ACT 2003 - LICENSING SUB-COMMITTEE
NOTICE OF DETERMINATION

Premises: Koppa Grill, 41 Tanner Street, Gildersleigh GL2 7RB
Applicant: Mr Deniz Arslan
Licensable activity: Late night refreshment (hot food and drink between 23:00 and 05:00)
Ref: LN/25/0093                                       Date of notice: 11 April 2025

1. The application was received by the Licensing Authority on 3 February 2025 and advertised
in accordance with the Regulations. The consultation period ran from 4 February to 3 March
2025.

2. A representation was received from Gildersleigh Police on 26 February 2025, and two from
local residents. The police representation referred to disorder outside the premises in 2022
and 2023, under a previous owner.

3. The Sub-Committee heard the application on 8 April 2025 and, having retired to deliberate,
granted the licence the same day. It was told that the premises have traded as a daytime
takeaway since 2017.

4. The licence permits late night refreshment from 23:00 to 02:00 on Friday and Saturday
nights and to 00:30 on other nights (rather than to 03:00 as applied for), subject to the
conditions in Annex A, including CCTV and a door supervisor after midnight on Saturdays.

5. The licence will take effect on 1 May 2025. The Sub-Committee will review the conditions at
a hearing around October 2025, in the light of any complaints received.

6. Right of appeal: the applicant and any person who made a relevant representation may appeal
to the magistrates' court within 21 days of receiving this notice.

Signed: Cllr M. Oduya, Chair of the Sub-Committee""",
        (
            expect("2025-02-03", "application", "received"),
            expect("2025-02-04/2025-03-03", "consultation"),
            expect("2025-02-26", "police", "representation"),
            expect("2022", "disorder"),
            expect("2023", "disorder"),
            expect("2025-04-08", "sub-committee"),
            expect("2017/..", "takeaway"),
            expect("2025-05-01", "effect", planned=True),
            expect("2025-10~", "review", planned=True),
        ),
    ),
    Text(
        "ravelsby-bindery-history",
        "bookbinding history",
        None,
        """Ravelsby Bindery
From the Dictionary of Westmarch Crafts and Trades, 3rd edn (2011), pp. 212-13.

RAVELSBY BINDERY, bookbinders of Ravelsby. The bindery was established in 1766 by Thomas
Ashworth, a journeyman binder from York, in a room above a saddler's shop in Church Lane. A
calf-bound psalter in the parish library, possibly bound by Ashworth in 1772, is the earliest
surviving example of its work.

In 1790 the business moved to larger premises in Sheep Street. Ashworth's apprentice John
Kell took over the business in 1812 and the following year introduced an arming press for
blocking gold titles, the first in the county. Kell's shop adopted publishers' cloth case
binding about 1834, and his son Edward won a medal at the Northern Exhibition of 1851 for a
folio bound in red morocco with inlaid onlays.

The Sheep Street premises were destroyed by bombing in 1941, with most of the bindery's
finishing tools. The bindery reopened in 1949 in a former chapel on Tanyard Row, where it
remains. Since 1987 it has been run by the Ravelsby Book Arts Trust as a working bindery and
teaching workshop, and it still uses Kell's arming press.

Bibliography: Kell, M., The Kells of Ravelsby (Ravelsby, 1979); Hirst, D., Northern Binders
1700-1900 (Leeds, 1996).""",
        (
            expect("1766", "established"),
            expect("1772?", "psalter"),
            expect("1790", "moved"),
            expect("1812", "kell", "took"),
            expect("1813", "arming"),
            expect("1834~", "cloth"),
            expect("1851", "medal"),
            expect("1941", "destroyed"),
            expect("1949", "reopened"),
            expect("1987/..", "trust"),
        ),
    ),
    Text(
        "whelmsby-bezique-fixtures",
        "bezique club fixtures card",
        None,
        """WHELMSBY BEZIQUE CLUB
Founded 1923 - Affiliated to the Northern Bezique Association

FIXTURES 2025-26

Club nights every Thursday, 7.30 pm, upstairs at the Crown & Anchor, Quay Street.
(The club has met at the Crown since 1958.)

Date               Fixture                                   Venue
Thu 2 Oct 2025     Opening Night & Pairs Drive               Home
Thu 16 Oct         League v. Ashby Priors                    Away
Thu 6 Nov          League v. Kellingworth                    Home
Thu 18 Dec         Christmas Drive & Supper (bring a plate)  Home
Thu 15 Jan 2026    League v. Ashby Priors                    Home
Fri 20 - Sun 22 Mar  County Bezique Congress                 Saltmere Pavilion
Thu 7 May          Annual General Meeting                    Home

Play is to Association rules: rubicon bezique for league matches, six-pack for drives.
League matches start promptly at 7.45 pm; players arriving after 8 pm forfeit the first
game. Visitors are always welcome on club nights and pay GBP 2 table money.

Subscriptions: GBP 18 (concessions GBP 12), payable at the Opening Night.

Secretary: Mrs J. Pardoe, 14 Gull Terrace, Whelmsby. Tel. 01632 960417
Fixtures Secretary: Mr A. Noakes

Card printed August 2025. Please keep it in your card box.""",
        (
            expect("1923", "founded"),
            expect("1958/..", "crown"),
            expect("2025-10-02", "opening", planned=True),
            expect("2025-10-16", "ashby", planned=True),
            expect("2025-11-06", "kellingworth", planned=True),
            expect("2025-12-18", "christmas", planned=True),
            expect("2026-01-15", "ashby", planned=True),
            expect("2026-03-20/2026-03-22", "congress", planned=True),
            expect("2026-05-07", "general", "meeting", planned=True),
        ),
    ),
)
