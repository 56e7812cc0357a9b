"""The hundred-and-thirty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, a heatwave health alert, a boxing bout
report, a toy safety recall release, a suffragist's diary of 1912, a comet observing
campaign report, a lighthouse's history, a parliament's committee report summary, a zoo's
HTML news and events page, an aviation accident interim report, a typewriter maker's
history and a school newsletter. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, a decade, "since August" as a
comparison) are left out of the expected events, as are habits, comparisons and document
furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYSIXTH_CORPUS",)


HUNDREDTHIRTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "reservoir-spillway-cracks",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORE, March 14 (Northwind News Service) - Engineers began draining the upper
basin of the Carrow Vale reservoir on Thursday after inspectors found cracks in its
concrete spillway, the Velmore Water Board said.

Inspectors first reported the cracks on February 26 during a routine survey, and the board
closed the public footpath across the dam two days later.

Draining should be finished by March 21, and repairs will start on Monday, March 24, board
spokesman Ilan Petrakis told reporters. The board must also file a safety report with the
national dam regulator no later than April 30.

The reservoir, completed in about 1934, supplies some 180,000 homes in Velmore and the
surrounding villages. It was last emptied in September 2011, when contractors removed
sediment from the intake tower.

It is the most serious defect found at the dam since 1987, the board said.

"There is no danger to the public and no danger to supply," Petrakis said. "We are taking
water from the lower basin and from the Ashby boreholes."

Board engineers, who walk the crest of the dam every Monday, noted damp patches on the
spillway in the 1990s, according to inspection logs seen by Northwind News. The regulator
said it had received the board's notice and would send its own inspector.

(Reporting by Sanna Holm; Editing by Piotr Wale; +44 161 555 0123)""",
        (
            expect("2025-03-13", "drain"),
            expect("2025-02-26", "cracks"),
            expect("2025-02-28", "footpath"),
            expect("../2025-03-21", "draining", planned=True),
            expect("2025-03-24", "repairs", planned=True),
            expect("../2025-04-30", "safety", "report", planned=True),
            expect("1934~", "reservoir"),
            expect("2011-09", "emptied"),
        ),
    ),
    Text(
        "enzyme-plant-opening",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Solenne Biotech opens enzyme plant in Larkfield

LARKFIELD, 2 June 2025 - Solenne Biotech AB today opened its new enzyme production plant
in Larkfield, the largest single investment in the company's history.

Construction of the 14,000-square-metre plant began in March 2023. Its first production
line is now running, and the plant is expected to reach full output no later than December
2026. A second production line is scheduled to open in April 2026.

"Larkfield gives us the scale our customers in food and textiles have been asking for,"
said chief executive Dr. Aurelie Vance, who founded the company in 2009 with the chemist
Marco Tessaro. "It is also a vote of confidence in the region."

Solenne has owned the Larkfield site, a former dairy, since 2019. The company expanded its
research laboratory in Bremholt in 2012, 2016 and 2021, and now employs some 420 people,
110 of them at the new plant. The board intends to move the company's listing to the main
market of the Nordmark exchange by 2027.

The plant runs on heat recovered from the neighbouring Larkfield paper mill and is
certified to ISO 14001. Regional development minister Jonas Ek attended the opening.

About Solenne Biotech
Solenne Biotech develops and produces industrial enzymes for the food, textile and
detergent industries. The company is listed on the Nordmark Growth Market (ticker: SOLB).

Media contact:
Pia Lindqvist, Head of Communications
+46 8 555 0192 | press@solenne.example

###""",
        (
            expect("2025-06-02", "plant", "open"),
            expect("2023-03", "construction"),
            expect("../2026-12", "output", planned=True),
            expect("2026-04", "second", "line", planned=True),
            expect("2009", "found"),
            expect("2019/..", "site"),
            expect("2012", "laboratory"),
            expect("2016", "laboratory"),
            expect("2021", "laboratory"),
            expect("../2027", "listing", planned=True),
        ),
    ),
    Text(
        "hargrove-v-dorrance",
        "court opinion",
        date(2024, 5, 7),
        """IN THE COURT OF APPEAL OF EASTMARCH
SECOND DIVISION

HARGROVE PROPERTIES LLC, Plaintiff and Respondent,
v.
DORRANCE HOLDINGS INC., Defendant and Appellant.

No. B-23-0417
Filed May 7, 2024

OPINION

WELLAND, J. - Dorrance Holdings Inc. (Dorrance) appeals from a summary judgment awarding its
former landlord, Hargrove Properties LLC (Hargrove), unpaid rent under a commercial lease.
We affirm in part, reverse in part and remand.

I. BACKGROUND

On or about April 14, 2019, Dorrance leased a 6,200-square-foot warehouse unit from
Hargrove for a term of ten years. Rent was payable no later than the fifth day of each
month.

Dorrance vacated the premises on September 2, 2021, and paid no further rent. Hargrove
filed suit on January 18, 2022, seeking damages under section 1951.2 of the Civil Code.
Hargrove relet the unit around February 2023 to a new tenant at a lower rent.

The trial court granted Hargrove's motion for summary judgment on November 3, 2023,
awarding $412,880. Dorrance filed its notice of appeal on November 29.

II. DISCUSSION

Dorrance does not dispute that it abandoned the lease. It contends that the trial court
failed to deduct the rent Hargrove received, or could reasonably have received, after it
relet the unit. We heard argument on March 12, 2024. We agree with Dorrance: the award
covers months in which a paying tenant occupied the unit.

III. DISPOSITION

The judgment is reversed as to damages and otherwise affirmed. On remand, the trial court
shall hold a hearing on damages no later than September 30, 2024. Each party shall bear
its own costs on appeal.

WE CONCUR: ODUYA, P. J.; FERRIS, J.""",
        (
            expect("2019-04-14~", "lease"),
            expect("2021-09-02", "vacated"),
            expect("2022-01-18", "suit"),
            expect("2023-02~", "relet"),
            expect("2023-11-03", "summary", "judgment"),
            expect("2023-11-29", "appeal"),
            expect("2024-03-12", "argument"),
            expect("../2024-09-30", "hearing", planned=True),
        ),
    ),
    Text(
        "brannock-canal",
        "encyclopedia history",
        None,
        """Brannock Canal

The Brannock Canal is a 31-mile (50 km) canal in the county of Westmere, linking the River
Tamble at Corby Lock with the port of Hollin. It has 27 locks and one tunnel.

History

The canal was promoted by a group of Westmere mill owners led by Sir Edmund Pryce.
Construction began in 1791, and the first section, from Corby Lock to Ashwell, opened in
1794. The canal reached Hollin Wharf in c. 1802, after delays caused by a collapse in the
tunnel at Barrow Hill.

Traffic peaked in 1846, when the canal carried some 410,000 tons of coal, lime and grain.
The Westmere Railway opened a parallel line in 1851, and it bought the canal company the
following year. Tolls were cut several times, but trade declined steadily. The last
commercial cargo is thought to have passed through in 1938, although some accounts give a
later date.

Restoration

The Brannock Canal Trust was founded in 1974 to restore the waterway. The canal has been a
scheduled monument since 1988, and 19 of its 27 locks have been restored by volunteers.
The trust plans to reopen the last derelict lock, at Barrow Hill, by 2027.

See also
Canals of Westmere

References
[1] Hadley, J. (1969). The Brannock Canal. Ashwell: Tamble Press.
[2] Brannock Canal Trust (2019). Annual Report, p. 14.""",
        (
            expect("1791", "construction"),
            expect("1794", "section"),
            expect("1802~", "hollin"),
            expect("1846", "traffic"),
            expect("1851", "railway"),
            expect("1852", "bought"),
            expect("1938?", "cargo"),
            expect("1974", "trust", "found"),
            expect("1988/..", "monument"),
            expect("../2027", "lock", planned=True),
        ),
    ),
    Text(
        "rovers-beat-castlemere",
        "sports report",
        date(2025, 11, 9),
        """Rovers end slump with Okonjo double

By Hal Brennan at Millfield Park

Harbridge Rovers 3 Castlemere 1

Dani Okonjo scored twice as Harbridge Rovers beat Castlemere 3-1 at Millfield Park on
Saturday, their first home league win since August.

Okonjo, signed from Pellham on January 31 for an undisclosed fee, had missed the 4-2 defeat
at Tarnside on October 25 with a hamstring strain, but he showed no sign of it. He headed
in a Tom Reyes corner after 12 minutes and added a second from the penalty spot before half
time.

Castlemere pulled one back through Jordi Velasco on the hour, but substitute Kit Ambrose
settled it with a low shot in the 84th minute. The crowd of 11,204 was the largest at the
ground this season.

Manager Ruth Calloway, appointed in June 2023, said: "We needed that. The lads have trained
well all week and they got their reward."

The club has played at Millfield Park since 1907, and the old main stand is due to be
rebuilt at some point in the next few years.

Rovers travel to Ebbridge on Wednesday for the county cup quarter-final and host leaders
Faircombe the following Saturday. Calloway said Okonjo would be rested for the cup tie if
his hamstring tightens again.""",
        (
            expect("2025-11-08", "rovers", "castlemere"),
            expect("2025-01-31", "okonjo", "sign"),
            expect("2025-10-25", "tarnside"),
            expect("2023-06", "calloway", "appoint"),
            expect("1907/..", "millfield"),
            expect("2025-11-12", "quarter-final", planned=True),
            expect("2025-11-15", "faircombe", planned=True),
        ),
    ),
    Text(
        "grell-furniture-history",
        "company history",
        None,
        """Grell & Sons - Our history

1888-1925: A workshop by the river

Josef Grell, a cabinetmaker from the hill village of Oberau, founded the company in
Weissach in 1888 with two apprentices and a single lathe. His chairs soon found buyers in
the hotels of the spa towns nearby. In 1912 his sons Anton and Felix took over the
workshop, and in 1925 they moved production to a larger site on the Lauter river.

1925-1960: Fire and recovery

On 9 February 1944 the factory was destroyed by fire. The brothers rebuilt it after the
war with the help of former employees, many of whom stayed with the firm for forty years
or more. Around 1960 the firm began exporting its chairs to Scandinavia, where the light
beech frames sold well.

Design and awards

Grell won the Federal Design Prize in 1987, 1994 and 2003. Our Model 1950 armchair, with
its woven seat, is still made by hand in Weissach, and every chair leaves the workshop with
the signature of the craftsman who made it.

Responsibility

Since 2011 all of our timber has come from certified forests within 200 km of the
factory. Offcuts heat the workshop through the winter.

Looking ahead

Grell will celebrate its 140th anniversary in 2028 with an exhibition at the Weissach town
museum. A new showroom in the city is to open in spring 2026.

Grell & Sons GmbH | Lauterstrasse 12, Weissach | +49 7044 555 210""",
        (
            expect("1888", "found"),
            expect("1912", "workshop"),
            expect("1925", "moved"),
            expect("1944-02-09", "fire"),
            expect("1960~", "export"),
            expect("1987", "prize"),
            expect("1994", "prize"),
            expect("2003", "prize"),
            expect("2011/..", "timber"),
            expect("2028", "anniversary", planned=True),
        ),
    ),
    Text(
        "kestrel-2-mission",
        "mission summary (space)",
        None,
        """KESTREL-2 MISSION SUMMARY

Agency: Arvalian Space Agency (ASA)
Mission ID: ASA-LO-07
Type: Lunar orbiter with small lander
Status: Extended mission

Overview
Kestrel-2 is the agency's second lunar mission. It maps the Moon's polar regions with a
radar sounder and a thermal imager, and relays data for surface experiments.

Timeline
Kestrel-2 launched on 14 September 2021 aboard a Vela-3 rocket from the Karsk launch site.
It entered lunar orbit on 2 October and released its small lander, Pip, on 19 November.
Pip touched down in Mare Vaporum on or about 21 November; telemetry from the descent was
lost, and the day was reconstructed later from orbiter images. Pip stopped transmitting,
probably in January 2022.

Orbiter science data have been publicly archived since March 2022. The agency approved an
extended mission in August 2023, and the primary mission ended on 14 September 2023. The
extended mission is to end no later than December 2026, after which the orbiter will be
lowered until it strikes the surface.

Key figures
Launch mass: 1,240 kg
Orbit: 100 km, polar
Instruments: 6
Data returned: 212 TB

Contact: ASA Public Affairs, media@asa.example""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-11-19", "lander"),
            expect("2021-11-21~", "touch"),
            expect("2022-01?", "stopped"),
            expect("2022-03/..", "archived"),
            expect("2023-08", "approved"),
            expect("2023-09-14", "primary"),
            expect("../2026-12", "extended", "end", planned=True),
        ),
    ),
    Text(
        "avian-influenza-dunmere",
        "government statement",
        date(2025, 2, 4),
        """MINISTRY OF AGRICULTURE AND RURAL AFFAIRS

Statement on avian influenza in Dunmere district

Tuesday 4 February 2025

Laboratory tests on Sunday confirmed highly pathogenic avian influenza (H5N1) at a
commercial poultry farm near Dunmere. The ministry imposed a 10-kilometre restriction zone
around the farm the same day.

All 38,000 birds on the farm were culled on Monday under veterinary supervision. Cleaning
and disinfection of the premises is under way.

The restriction zone will be reviewed on 18 February. Until then, no poultry, eggs or
litter may be moved in or out of the zone without a licence. Keepers of more than 50 birds
anywhere in the country must register their flocks with the ministry by 28 February.

The Minister, Hedda Sorvik, will visit the district on Thursday to meet farmers and local
officials.

This is the first confirmed case in the district since 2022. A national housing order,
which requires all poultry to be kept indoors, has been in force since 12 December 2024.

The risk to public health remains very low. Properly cooked poultry meat and eggs are safe
to eat. Anyone who finds dead wild birds should not touch them and should report them to
the ministry helpline.

Notes to editors
Ministry press office: 0300 555 0147 (08:00-18:00, every day)
Reference: MARA/AI/2025/03""",
        (
            expect("2025-02-02", "confirmed"),
            expect("2025-02-02", "zone"),
            expect("2025-02-03", "culled"),
            expect("2025-02-18", "review", planned=True),
            expect("../2025-02-28", "register", planned=True),
            expect("2025-02-06", "visit", planned=True),
            expect("2024-12-12/..", "housing"),
        ),
    ),
    Text(
        "eastbrook-library-reopens",
        "HTML news page",
        date(2025, 8, 21),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central library reopens after 18-month refit | Eastbrook Gazette</title>
</head>
<body>
<header><a href="/">Eastbrook Gazette</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></header>
<article>
<h1>Central library reopens after 18-month refit</h1>
<p class="byline">By Corinne Maddox &middot;
<time datetime="2025-08-21">Thursday 21 August 2025</time></p>
<p>Eastbrook Central Library reopened on Monday after an 18-month refurbishment that added
a rooftop reading room, a children's wing and step-free access from Market Street.</p>
<p>A coffee bar will open on the ground floor on Monday 1 September, and the mayor, Cllr
Neil Osei, will perform a formal opening ceremony on Saturday 13 September.</p>
<p>The council approved the &pound;4.2m project in October 2022, and the library closed in
February 2024. Books were lent from a temporary branch in the old post office while the
work went on.</p>
<p>Built in 1903 with money from the brewer Samuel Haddow, the library was extended in 1962
and again in 1989. It has been a Grade II listed building since 1975.</p>
<p>Children's reading sessions take place every Saturday at 10am.</p>
<figure><img src="/img/library-2025.jpg" alt="The new reading room">
<figcaption>The new rooftop reading room. Photo: Eastbrook Gazette</figcaption></figure>
</article>
<footer>&copy; 2025 Eastbrook Gazette &middot; newsdesk@eastbrookgazette.example
&middot; 01632 960 418</footer>
</body>
</html>""",
        (
            expect("2025-08-18", "reopen"),
            expect("2025-09-01", "coffee", planned=True),
            expect("2025-09-13", "ceremony", planned=True),
            expect("2022-10", "approved"),
            expect("2024-02", "closed"),
            expect("1903", "built"),
            expect("1962", "extended"),
            expect("1989", "extended"),
            expect("1975/..", "listed"),
        ),
    ),
    Text(
        "amber-heat-alert",
        "heatwave health alert",
        date(2025, 7, 16),
        """WESTERN HEALTH AGENCY
HEAT-HEALTH ALERT: AMBER

Issued: 08:30 Wednesday 16 July 2025
Regions: Severn Vale, Hollowmoor, Coastal West
Alert ref.: WHA-HHA-2025-07

Summary
An amber heat-health alert is in force from 09:00 on Thursday 17 July until 18:00 on
Monday 21 July. It replaces the yellow alert issued on 11 July.

Temperatures across the region have been above the seasonal average since 5 July.
Daytime temperatures are expected to peak at around 34C on Saturday, with night-time
temperatures staying above 20C in towns. The highest temperature on record in the region,
39.1C, was measured at Carrick on 19 July 2022.

What this means
Significant impacts are likely across health and social care services, including a rise
in deaths among people aged 65 and over and those with heart or lung conditions. Demand
for ambulances and GP appointments is likely to increase.

Actions
- Check on older neighbours and relatives every day.
- Keep curtains closed on windows facing the sun and drink plenty of water.
- Local authorities will open 14 cooling centres in libraries and leisure centres on
  Friday.
- Care homes should review their hot-weather plans.

The next update will be issued no later than 10:00 on Friday.

Contact: heat@wha.example | Duty desk: 0800 555 0199""",
        (
            expect("2025-07-17/2025-07-21", "amber", planned=True),
            expect("2025-07-11", "yellow"),
            expect("2025-07-05/..", "temperatures"),
            expect("2025-07-19", "peak", planned=True),
            expect("2022-07-19", "record"),
            expect("2025-07-18", "cooling", planned=True),
            expect("../2025-07-18", "update", planned=True),
        ),
    ),
    Text(
        "adeyemi-stops-vos",
        "boxing bout report",
        date(2025, 4, 27),
        """ADEYEMI STOPS VOS TO TAKE WORLD TITLE

By Gemma Strand, Boxing Correspondent, Coldharbour

Sherwin Adeyemi is a world champion at the second attempt after he stopped Marek Vos in the
ninth round at a sold-out Coldharbour Arena on Saturday night to take the WBF
super-welterweight title. Referee Alan Petts waved the fight off at 2:47 of the round with
Vos pinned on the ropes and bleeding from a cut over his left eye.

It was the first time a Coldharbour-born boxer had held a world title since 1979.

Vos, 34, had won the vacant belt on 14 December 2024 with a points win over Carlos Ibarra
and was making his first defence. He also inflicted the only defeat of Adeyemi's career, a
split decision in Haldane in March 2021.

Adeyemi, who turned professional in 2017 after 140 amateur bouts, now has 24 wins, 17 of
them inside the distance. He boxed behind a stiff jab for six rounds before switching to
the body. "I waited four years for this," he said. "Marek is a great champion, but tonight
was mine."

Vos weighed in at 69.7kg on Friday, comfortably inside the limit, but looked drained by the
seventh round.

Promoter Lenny Marsh said a rematch was pencilled in for around September, and Adeyemi
must make a mandatory defence against the WBF's No. 1 contender by 31 January next year.

A homecoming parade through Coldharbour is planned for Thursday.""",
        (
            expect("2025-04-26", "adeyemi", "vos"),
            expect("2024-12-14", "belt"),
            expect("2021-03", "defeat"),
            expect("2017", "professional"),
            expect("2025-04-25", "weigh"),
            expect("2025-09~", "rematch", planned=True),
            expect("../2026-01-31", "defence", planned=True),
            expect("2025-05-01", "parade", planned=True),
        ),
    ),
    Text(
        "wobble-bee-rattle-recall",
        "toy safety recall release",
        date(2025, 10, 10),
        """PRODUCT SAFETY RECALL
Release No. 25-118 | 10 October 2025

Tumbletoy Ltd recalls "Wobble Bee" baby rattles due to choking hazard

Product: Wobble Bee clutch rattle, yellow and black, 11 cm, model no. 2043
Batch codes: 2503 to 2509 (printed on the sewn-in label)
Sold: between 1 March 2025 and 30 September 2025 at Kidsway, Pram & Co and online
Units: about 18,600

Hazard: The fabric wings can detach from the body, exposing small plastic beads that pose a
choking hazard to young children.

Incidents: Tumbletoy received the first report of a detached wing on 12 August and two
further reports on 20 and 27 August. No injuries have been reported. Sales were halted on
3 September.

What consumers should do: Stop using the rattle immediately, take it away from children and
contact Tumbletoy for a full refund. Refund claims must be made no later than 31 March 2026.
A receipt is not required.

Retailers must remove all remaining stock from shelves and warehouses by 17 October.

The product meets the labelling requirements of EN 71-1 but failed the supplier's own
seam-strength test, which is now carried out on every batch.

About Tumbletoy: Tumbletoy has made toys for babies and toddlers in Lowmoor since 1962.

Consumer helpline: 0800 555 0176 (Mon-Fri, 9am-5pm) | recall@tumbletoy.example""",
        (
            expect("2025-03-01/2025-09-30", "sold"),
            expect("2025-08-12", "report"),
            expect("2025-08-20", "report"),
            expect("2025-08-27", "report"),
            expect("2025-09-03", "sales", "halt"),
            expect("../2026-03-31", "refund", planned=True),
            expect("../2025-10-17", "stock", planned=True),
            expect("1962/..", "toys"),
        ),
    ),
    Text(
        "suffragist-diary-1912",
        "suffragist's diary of 1912",
        None,
        """From the diary of Edith Marlowe, 1912

Tuesday, 5 March 1912.
Mabel arrested on Saturday outside the Commons with eleven others. Fined forty shillings at
Bow Street this morning; she refused to pay and was taken down to the cells singing. Mother
wept, then made cocoa and wrote to the Governor. Since January I have sold the paper at the
Kingsway corner every Saturday, and shall go on doing so whatever they do to us.

Thursday, 14 March 1912.
Spoke at Caxton Hall last night to some six hundred women - my first time on a platform of
that size. Told them how Mother joined the Union in 1908 and how I followed her the
following year, when I was still at school and she thought me too young. Hands shaking the
whole time but my voice held.

Thursday, 28 March 1912.
The Bill was lost tonight by fourteen votes. Sat in the Ladies' Gallery behind the grille
and heard every word of it. Miss P. says that eleven of our friends changed sides at the
last. We walked home along the Embankment without speaking.

Later. A letter from Holloway: Mabel is to be released about 20 April, if her health
holds. The Hyde Park meeting is fixed for Saturday 13 July and I am to carry the banner of
our branch.""",
        (
            expect("1912-03-02", "mabel", "arrest"),
            expect("1912-03-05", "fined"),
            expect("1912-03-13", "caxton"),
            expect("1908", "mother", "join"),
            expect("1909", "follow"),
            expect("1912-03-28", "bill"),
            expect("1912-04-20~", "released", planned=True),
            expect("1912-07-13", "hyde", "park", planned=True),
        ),
    ),
    Text(
        "comet-halvorsen-campaign",
        "comet observing campaign report",
        date(2025, 2, 20),
        """Comet Section - Observing Campaign Report No. 31
Comet C/2024 K3 (Halvorsen)
Compiled by R. Ibbotson, Section Director. Issued 20 February 2025.

1. Background
C/2024 K3 was discovered on 22 May 2024 by the amateur astronomer Lene Halvorsen with a
0.25-m reflector. Early orbit solutions showed that it would pass within 0.6 au of the Sun,
and the Section organised a coordinated campaign for the weeks around perihelion.

2. The campaign
The campaign ran from 3 to 28 January 2025. Forty-two observers in nine countries submitted
1,318 visual estimates and 2,406 CCD images. Perihelion occurred on 11 January, when the
comet reached magnitude 5.9.

An outburst of about two magnitudes was recorded on 16 January, and a tail disconnection
event followed two days later. Both were captured by at least five stations.

Station   Site               Aperture   Nights
ST-07     Kell Moor          0.30 m     14
ST-12     Arroyo Seco        0.41 m     19
ST-19     Mount Tessel       0.20 m      9

Southern observers at Arroyo Seco lost the comet in twilight around 6 February.

3. Further work
A follow-up imaging run on the fading tail is scheduled for 3 March with the 0.41-m
telescope at Arroyo Seco. Light curves will be published in the Section's Journal.

The comet's orbital period is estimated at roughly 345 years, and it will return to
perihelion in roughly 2370.

Contact: comets@section.example""",
        (
            expect("2024-05-22", "discovered"),
            expect("2025-01-03/2025-01-28", "campaign"),
            expect("2025-01-11", "perihelion"),
            expect("2025-01-16", "outburst"),
            expect("2025-01-18", "tail"),
            expect("2025-02-06~", "lost"),
            expect("2025-03-03", "follow-up", planned=True),
            expect("2370~", "return", planned=True),
        ),
    ),
    Text(
        "skarrow-head-lighthouse",
        "lighthouse's history",
        None,
        """Skarrow Head Lighthouse: a short history

Sailors have feared the reefs off Skarrow Head for as long as ships have used the channel.
A coal beacon was first lit on the headland in about 1682, paid for by a levy on passing
colliers.

The present tower, 28 metres high, was designed by the engineer Thomas Reddaway and first
lit on 1 October 1821. Its first-order lens is believed to date from 1843, though the
maker's plate has been lost and no invoice survives.

The wreck of the brig Marianne on the Skarrow reef on 14 January 1852, with the loss of 23
lives, led to the addition of a fog bell the following year. The light was converted to
paraffin in 1874 and electrified in 1936.

Three keepers and their families lived at the station until it was automated on 30 June
1989. The last principal keeper, Walter Pengelly, kept the station's logbook for 22 years;
it records the weather at 6am, noon and 6pm every day without a gap.

The tower has been a listed building since 1971. Today it is looked after by the Skarrow
Head Lighthouse Trust, which opens the keepers' cottages to visitors on summer weekends.
The trust intends to open the lantern room to visitors by 2027, once a new stair rail has
been fitted.

Skarrow Head Lighthouse Trust | Registered charity no. 1184520
Light characteristic: Fl(2) W 15s""",
        (
            expect("1682~", "beacon"),
            expect("1821-10-01", "lit"),
            expect("1843?", "lens"),
            expect("1852-01-14", "wreck"),
            expect("1853", "fog", "bell"),
            expect("1874", "paraffin"),
            expect("1936", "electrified"),
            expect("1989-06-30", "automated"),
            expect("1971/..", "listed"),
            expect("../2027", "lantern", planned=True),
        ),
    ),
    Text(
        "nurse-staffing-inquiry",
        "parliament's committee report summary",
        None,
        """HOUSE OF REPRESENTATIVES OF ARVALIA
Standing Committee on Health and Aged Care

Report 7/2025: Safe staffing in regional hospitals - Summary

Background
Waiting times for elective surgery in regional hospitals have risen every year since 2019,
and several hospitals now rely on agency nurses for a quarter of their shifts.

The inquiry
The House referred the inquiry to the committee on 12 February 2025. The committee
received 214 submissions and held public hearings in the capital from 7 to 10 April. Members
visited regional hospitals at Tarrin, Mossvale and Kew Point on 5, 12 and 19 May.

The report was adopted on 24 June and tabled in the House the following day.

Main findings
Staffing levels in regional wards fall below the standard recommended under the Health
Services Act 2014 on about one shift in five. Rostering is still done by hand in most
hospitals.

Recommendations
The committee makes 17 recommendations. Chief among them, it recommends that a new minimum
staffing standard take effect no later than 1 July 2026. The Minister told the committee
that a national electronic rostering system would be rolled out on 1 January 2026.

Government response
Under Standing Order 254, the Government must respond to the report by 25 September 2025.

Chair: Hon. Priya Naidoo MP | Secretariat: (02) 5550 4411 | health.reps@parl.example""",
        (
            expect("2025-02-12", "inquiry"),
            expect("2025-04-07/2025-04-10", "hearings"),
            expect("2025-05-05", "visited"),
            expect("2025-05-12", "visited"),
            expect("2025-05-19", "visited"),
            expect("2025-06-24", "adopted"),
            expect("2025-06-25", "tabled"),
            expect("../2026-07-01", "staffing", "standard", planned=True),
            expect("2026-01-01", "rostering", planned=True),
            expect("../2025-09-25", "respond", planned=True),
        ),
    ),
    Text(
        "hollins-park-zoo-news",
        "zoo's HTML news and events page",
        date(2025, 3, 6),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News &amp; Events | Hollins Park Zoo</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Plan your visit</a> |
<a href="/news">News &amp; Events</a></nav>
<main>
<h1>News &amp; Events</h1>
<p class="updated">Updated Thursday 6 March 2025</p>
<section id="news">
<h2>Twins for Mei!</h2>
<p>Our female red panda, Mei, gave birth to twins on 14 February. Both cubs are feeding well
and are being weighed by keepers once a week. The cubs will go on show to visitors in about
May, once they start to leave the nest box.</p>
<h2>Rainforest House closed for repairs</h2>
<p>The Rainforest House closed on Monday for roof repairs and will reopen on 28 March. The
house, opened in 2009, holds more than 60 species, including our two-toed sloths.</p>
</section>
<section id="events">
<h2>What's on</h2>
<ul>
<li><strong>Spring Late</strong> - Friday 21 March, 6pm-10pm. Adults only, with music and
street food.</li>
<li><strong>Members' Evening</strong> - Friday 4 April. Places must be booked by 14 March.</li>
<li><strong>Easter Egg Trail</strong> - 18-21 April, 10am-4pm. Free with admission.</li>
<li><strong>Keeper talks</strong> - daily at 11:00 and 14:30 at the penguin pool.</li>
</ul>
</section>
</main>
<footer>
<p>Hollins Park Zoo has been home to Asian elephants since 1957.</p>
<p>Hollins Park Zoo, Park Road, Brackley BR4 7QZ &middot; 01632 960 275 &middot;
Registered charity 1023459</p>
</footer>
</body>
</html>""",
        (
            expect("2025-02-14", "twins"),
            expect("2025-05~", "cubs", planned=True),
            expect("2025-03-03", "closed"),
            expect("2025-03-28", "reopen", planned=True),
            expect("2009", "opened"),
            expect("2025-03-21", "spring", "late", planned=True),
            expect("2025-04-04", "members", planned=True),
            expect("../2025-03-14", "booked", planned=True),
            expect("2025-04-18/2025-04-21", "easter", planned=True),
            expect("1957/..", "elephants"),
        ),
    ),
    Text(
        "skylark-runway-overrun",
        "aviation accident interim report",
        date(2025, 9, 8),
        """AIR ACCIDENTS INVESTIGATION BOARD
INTERIM REPORT AIB-2025-014

Aircraft: Skylark SL-20, registration G-BRKL
Location: Penfold Airfield
Date and time: 9 June 2025, approximately 14:20 local time
Persons on board: 2 (1 serious injury)
Issued: 8 September 2025

This interim report is issued under Regulation (EU) 996/2010. It contains facts established
so far and does not apportion blame.

1. History of the flight
On 9 June 2025 the aircraft overran the end of runway 27 at Penfold after a go-around was
abandoned, struck a hedge and came to rest in a field. The passenger was seriously injured.

2. Aircraft and crew
The aircraft was manufactured in 1998 and its last annual inspection was completed on 14
March 2025. The pilot, aged 57, has held a private pilot's licence since 2019 and had
flown 1,450 hours, 310 of them on type.

3. Investigation so far
The engine was removed on 17 June and shipped to the manufacturer two days later. A strip
examination took place there from 7 to 11 July in the presence of the Board. The operator
has kept its two other SL-20 aircraft grounded since 13 June.

A safety recommendation on fuel selector markings was issued to the manufacturer on 2
August.

4. Further work
The investigation continues. The Board expects to publish its final report no later than
31 March 2026.

Enquiries: AIB, Farnley House, Kingsbridge | +44 1252 555 010 | enquiries@aib.example""",
        (
            expect("2025-06-09", "overran"),
            expect("1998", "manufactured"),
            expect("2025-03-14", "inspection"),
            expect("2019/..", "licence"),
            expect("2025-06-17", "engine", "removed"),
            expect("2025-06-19", "shipped"),
            expect("2025-07-07/2025-07-11", "examination"),
            expect("2025-06-13/..", "grounded"),
            expect("2025-08-02", "recommendation"),
            expect("../2026-03-31", "final", "report", planned=True),
        ),
    ),
    Text(
        "orvell-typewriter-history",
        "typewriter maker's history",
        None,
        """The Orvell Typewriter Company, 1894-1981

The Orvell Typewriter Company was founded in Hartwick, Ohio, in 1894 by Amos Orvell, a
gunsmith who had repaired office machines for the county courthouse. Its first machine, the
Orvell No. 1, appeared in 1897. It was a blind-writer: the typist could not see the line
until the carriage was lifted.

The visible-writing Model 5 followed in 1903, and by 1910 the company had sold some 100,000
machines across the Midwest. Its so-called Series 1900 office machines, introduced in 1912,
became a fixture of banks and railroad offices.

Orvell introduced a portable model in about 1926, aimed at students and travelling
salesmen. The company was slow to follow its rivals into electric machines, but the Orvell
Electra was finally launched on 5 April 1955 and sold well to government offices.

Orvell merged with the office-equipment maker Daskin in 1968 and closed the Hartwick plant
in 1981. Production moved to Daskin's works in Monterrey. The last machines bearing the
Orvell name were sold in the late 1980s.

A museum of Orvell machines has operated in the former Hartwick plant since 1996. Its
collection of 340 typewriters includes the only surviving Orvell No. 1 prototype.

Serial numbers: machines made before 1918 carry a five-digit number stamped under the
carriage; later machines carry a letter prefix.""",
        (
            expect("1894", "found"),
            expect("1897", "no. 1"),
            expect("1903", "model 5"),
            expect("../1910", "sold"),
            expect("1912", "series"),
            expect("1926~", "portable"),
            expect("1955-04-05", "electra"),
            expect("1968", "merged"),
            expect("1981", "closed"),
            expect("1996/..", "museum"),
        ),
    ),
    Text(
        "larchfield-newsletter",
        "school newsletter",
        date(2025, 1, 17),
        """LARCHFIELD PRIMARY SCHOOL
Newsletter No. 14 - Friday 17 January 2025

Dear Parents and Carers,

Welcome back, and a happy new year to all our families.

New head teacher
Our new head teacher, Mrs Amina Castell, joined us on 6 January. Mrs Castell has taught in
Brackley schools for fifteen years and is looking forward to meeting you at the gate.

Science trip
Year 6 pupils visited the Museum of Science and Industry on Tuesday. Thank you to the eight
parents who came along to help.

Dates for your diary
- Work on the new playground will start on Monday. The top gate will be closed while the
  contractors are on site.
- The school will close early, at 1.30pm, on Friday 31 January for staff training.
- Applications for nursery places for September must be submitted by 7 February.
- Half-term runs from 17 to 21 February. School reopens on Monday 24 February.

Clubs
Swimming lessons for Years 3 and 4 take place every Wednesday. The PTA has run our
breakfast club since September 2021 and is looking for two more volunteers.

Our school, which opened in 1968, will mark its birthday with a special assembly later in
the year.

Mrs A. Castell, Head Teacher
Larchfield Primary School, Larch Avenue, Brackley
01632 960 833 | office@larchfield.example""",
        (
            expect("2025-01-06", "castell", "join"),
            expect("2025-01-14", "visit"),
            expect("2025-01-20", "playground", planned=True),
            expect("2025-01-31", "close", planned=True),
            expect("../2025-02-07", "applications", planned=True),
            expect("2025-02-17/2025-02-21", "half-term", planned=True),
            expect("2025-02-24", "reopens", planned=True),
            expect("2021-09/..", "breakfast", "club"),
            expect("1968", "opened"),
        ),
    ),
)
