"""The two-hundred-and-fifty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a bus stop relocation
notice, a roller derby bout report, a cobalt plant's press release, a fur trade post's journal
of the 1810s, an Asian hornet nest report, a mattress factory's history, an employment
minister's statement, a park and ride HTML page, a fire safety enforcement appeal decision, a
wallpaper printer's history and a shinty league's fixtures card. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYSIXTH_CORPUS",)


TWOHUNDREDFIFTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "breskova-tunnel-reopens",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRESKOVA, March 12 (Meridian Press) - Freight trains began running through the Halmer
rail tunnel again on Tuesday, six weeks after a rockfall closed the line, state railway Bresk
Rail said.

The rockfall on Jan. 29 buried about 200 metres of track near the tunnel's northern portal
and cut the main freight link between the port of Breskova and the interior. Engineers began
clearing the debris on Feb. 3 and removed some 14,000 tonnes of rock.

Passenger services will return on Monday once signalling tests are complete, the company
said. It put the cost of the repairs at 38 million euros and said a steel canopy over the
portal would be built by the end of September.

"We reopened a week ahead of our own schedule," operations director Tomas Vrell told
reporters at the portal.

Freight volumes through Breskova fell 22 percent in February, the sharpest monthly drop
since 2020, port data showed. The tunnel, opened in 1911, normally carries around 60 freight
trains a day.

A parliamentary committee is to question Bresk Rail chief executive Dana Oslic on March 20
about slope monitoring on the line, which the railway last surveyed in 2022.

(Reporting by Ana Petrik; Editing by Lewis Crane)""",
        (
            expect("2025-03-11", "trains", "tunnel"),
            expect("2025-01-29", "rockfall"),
            expect("2025-02-03", "engineers", "clear"),
            expect("2025-03-17", "passenger", "services", planned=True),
            expect("../2025-09", "canopy", planned=True),
            expect("2025-02", "volumes", "fell"),
            expect("1911", "tunnel", "opened"),
            expect("2025-03-20", "committee", "question", planned=True),
            expect("2022", "survey"),
        ),
    ),
    Text(
        "dravenholt-membrane-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Dravenholt Water Technologies opens membrane plant in Kessling

KESSLING, Germany, 4 June 2025 - Dravenholt Water Technologies AG ("Dravenholt") today
opened its new membrane manufacturing plant in Kessling, the largest single investment in the
company's history.

Construction of the 22,000-square-metre plant began in April 2023 and was completed on
17 March 2025, about a month ahead of plan. Trial production started on 2 April, and the
first modules were delivered to the Rhenfurt municipal utility two weeks later.

"Kessling doubles our output of ultrafiltration modules and brings production closer to our
customers in central Europe," said Dr. Lena Marbach, Chief Executive Officer of Dravenholt.

The plant is expected to reach its full capacity of 1.2 million modules a year by June 2026.
Dravenholt plans to hire some 180 further employees before the end of 2025, and a second
production line, for ceramic membranes, is scheduled to start on 1 October 2025.

About Dravenholt

Founded in Luebeck in 1987, Dravenholt develops filtration membranes for drinking water and
industrial uses. It has supplied municipal utilities since 1994 and employs about 2,300
people in nine countries. www.dravenholt.example

Media contact
Jonas Keil, Head of Communications
+49 451 000 000 | press@dravenholt.example

Forward-looking statements
This release contains statements about future events and expectations. Actual results may
differ materially from those expressed or implied.

(c) 2025 Dravenholt Water Technologies AG. All rights reserved.""",
        (
            expect("2025-06-04", "opened", "plant"),
            expect("2023-04", "construction"),
            expect("2025-03-17", "complet"),
            expect("2025-04-02", "trial", "production"),
            expect("2025-04-16", "modules", "deliver"),
            expect("../2026-06", "capacity", planned=True),
            expect("../2025", "hire", planned=True),
            expect("2025-10-01", "second", "line", planned=True),
            expect("1987", "founded"),
            expect("1994/..", "supplied", "utilities"),
        ),
    ),
    Text(
        "quenby-mills-v-tarrow-freight",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-0417

QUENBY MILLS, INC., Plaintiff-Appellant,
v.
TARROW FREIGHT LLC, Defendant-Appellee.

Appeal from the Superior Court for Dunmore County, Hon. R. Abelard, Judge.

Filed February 6, 2024

OPINION

CASTELL, J.

Quenby Mills appeals from the summary judgment entered against it on its claim for the
price of goods sold. We reverse and remand.

I. BACKGROUND

The parties began doing business in or around 2017. On or about March 3, 2019, they agreed
in writing that Quenby would supply 40 tonnes of milled oats to Tarrow's warehouse in three
shipments. Quenby delivered the first shipment on April 15, 2019, and the second two days
later. A third shipment was apparently sent in May 2019, although the bills of lading in the
record are illegible as to the date.

Tarrow paid for the first shipment. By June 30, 2019 at the latest, it had stopped payment on
the remaining invoices, citing moisture damage. Quenby filed this action on August 8, 2020.
The trial court granted Tarrow's motion for summary judgment on November 21, 2022, holding
that Quenby had failed to give timely notice of breach under section 2-607. Quenby filed its
notice of appeal on December 12.

II. DISCUSSION

We review a grant of summary judgment de novo. Sandoval v. Pirrell Co., 188 Wm. App. 3d
412, 419 (2011). The court must view the evidence in the light most favorable to the
nonmoving party. Id.

Quenby relies on Tarrow's own letter of July 2, 2019, which acknowledged that "the oats are
being dried and will be assessed." A reasonable factfinder could read that letter as showing
that Tarrow had actual knowledge of the dispute, which is all the notice requirement demands.
Whether notice was sufficient is therefore a question of fact.

III. CONCLUSION

The judgment is reversed, and the case is remanded for further proceedings consistent with
this opinion.

MERRIN, P.J., and OKAFOR, J., concur.""",
        (
            expect("2017~", "business"),
            expect("2019-03-03~", "agreed"),
            expect("2019-04-15", "first", "shipment"),
            expect("2019-04-17", "second"),
            expect("2019-05?", "third", "shipment"),
            expect("../2019-06-30", "stopped", "payment"),
            expect("2019-07-02", "letter"),
            expect("2020-08-08", "action"),
            expect("2022-11-21", "summary", "judgment"),
            expect("2022-12-12", "notice", "appeal"),
        ),
    ),
    Text(
        "ostreth-canal",
        "encyclopedia history",
        None,
        """Ostreth Canal

The Ostreth Canal is a 41-kilometre broad canal in the county of Havenshire, running from the
river Ost at Brindlow to the former coalfield at Marrick, with a 6-kilometre branch to Hollin.

History

A canal through the Ost valley had been urged by local mill owners for decades before an act
of parliament authorising it was obtained in 1791. Work began two years later under the
engineer Josiah Brand. The oldest surviving structure, Pellow Lock, was possibly built in
1792 as a trial of the masonry. The main line opened throughout in 1802, and the Hollin branch
in 1804.

Traffic peaked c. 1840, when about 300,000 tons of coal a year passed Brindlow, and declined
once the Havenshire Railway reached the valley. Commercial carrying ceased around 1938, and the
canal was abandoned soon after the Second World War.

Restoration

Volunteers of the Ostreth Canal Society and the county council restored the main line between
1984 and 2001, when it reopened to pleasure boats. The former toll house at Brindlow has
housed a canal museum since 2006. Restoration of the Hollin branch is planned to be complete
by 2028.

The canal carries more boats each summer than in any year since its reopening.

See also
Canals of Havenshire

References
Hadley, M. (1998). The Ostreth Canal. Brindlow: Valley Press.""",
        (
            expect("1791", "act"),
            expect("1793", "work", "began"),
            expect("1792?", "pellow", "lock"),
            expect("1802", "main", "opened"),
            expect("1804", "hollin", "branch"),
            expect("1840~", "traffic", "peak"),
            expect("1938~", "carrying", "ceased"),
            expect("1984/2001", "restored"),
            expect("2001", "reopened"),
            expect("2006/..", "museum"),
            expect("../2028", "restoration", "hollin", planned=True),
        ),
    ),
    Text(
        "pellingford-rugby-win",
        "sports report",
        date(2024, 11, 17),
        """Pellingford 24 Ashby Vale 17

By Owen Marsh, Rugby Correspondent

Pellingford ended a run of four straight defeats on Saturday, holding off a late Ashby Vale
rally at Cobden Park to win 24-17 in National Two West.

Hooker Callum Reece, who joined from Dunmore in July, scored twice in the first half, and
fly-half Tom Aske kicked 14 points. It was Pellingford's first league win over Ashby Vale
since 2016.

Ashby Vale hit back after the break through replacement scrum-half Jed Morrow, whose
converted try cut the gap to seven points, but Pellingford's defence held for the final 12
minutes.

"We had to dig in, and the lads did," said director of rugby Neil Barrow, who was appointed
in January 2023. "Four defeats hurt, but this squad is better than the table says."

The win lifts Pellingford to ninth. Flanker Sam Okoro, injured against Tarnley on November 2,
is expected to return for next Saturday's trip to Ledworth, but Reece will miss the game with
a shoulder knock.

Pellingford, promoted in 2022, meet Ashby Vale again in the Western Cup at Cobden Park on
December 7. Their next home league fixture is against Corbin Old Boys on Friday 29 November,
a 7.45pm kick-off.

Pellingford: Lowe; Hale, Dunne, Price, Webb; Aske, Lyle; Moss, Reece, Tran, Ibe, Cole, Okafor,
Grant, Fenn.

Attendance: 1,840.""",
        (
            expect("2024-11-16", "pellingford"),
            expect("2024-07", "reece", "joined"),
            expect("2023-01", "appointed"),
            expect("2024-11-02", "okoro", "injur"),
            expect("2024-11-23", "return", planned=True),
            expect("2024-11-23", "reece", "miss", planned=True),
            expect("2022", "promoted"),
            expect("2024-12-07", "cup", planned=True),
            expect("2024-11-29", "corbin", planned=True),
        ),
    ),
    Text(
        "tellwright-cordage-history",
        "company history",
        None,
        """Our History

Samuel Tellwright, a former ship's rigger, leased a ropewalk beside the harbour at Saltmouth
in 1868, spinning hemp for the fishing fleet and the coasting trade. His sons Arthur and
Henry joined the business around 1885 and added a steam-driven ropewalk alongside the old one.

The firm became a limited company early in the new century. During the First World War it
supplied hawsers to the Admiralty, and from 1939 to 1945 the works ran day and night making
cargo nets and towing lines.

Synthetic fibres arrived in 1958, when Tellwright became one of the first British ropemakers
to spin nylon. The company moved to its present site on the Kellow industrial estate in 1976
and was bought by the Norvane Group the following year.

New product lines followed in 1984, 1990 and 1997: climbing rope, offshore mooring lines and
arborist rope. Each is still made at Kellow, and each is still tested to destruction, one
sample from every batch, in the same way as the first nylon line.

Tellwright returned to independent ownership through a management buy-out, and it has been
run by the founder's great-great-granddaughter, Clare Tellwright, since 2016. Today the
company employs 140 people and exports to more than 30 countries.

A new braiding hall, which will double capacity for arborist and rescue rope, is due to open
in May 2026.

Tellwright Cordage Ltd, Kellow Estate, Saltmouth. Registered in England No. 00000000.""",
        (
            expect("1868", "leased", "ropewalk"),
            expect("1885~", "joined"),
            expect("1939/1945", "nets"),
            expect("1958", "nylon"),
            expect("1976", "moved"),
            expect("1977", "norvane"),
            expect("1984", "product", "lines"),
            expect("1990", "product", "lines"),
            expect("1997", "product", "lines"),
            expect("2016/..", "clare"),
            expect("2026-05", "braiding", "hall", planned=True),
        ),
    ),
    Text(
        "virelle-orbiter-mission",
        "mission summary",
        None,
        """VIRELLE (Venus Infrared Limb Explorer)
Mission summary

Operator: Auster Space Agency
Mission type: Venus orbiter with entry probe
Status: Extended mission

Virelle was launched on 14 September 2019 aboard a Kestrel-4 rocket from the Sorrel Point
launch complex and, after a single Venus flyby, entered orbit around Venus on 2 March 2020.
Its entry probe, Lumen, separated on 18 June and returned data for 51 minutes during its
descent, the longest transmission from the Venusian atmosphere since 1985. Routine science
operations began in July 2020.

The orbiter mapped night-side cloud motions and measured water vapour and sulphur dioxide
above the cloud tops. The primary mission ended on 30 June 2022 and was extended twice.

Contact was lost on or about 4 January 2023, during a solar conjunction, and restored eleven
days later. The infrared spectrometer probably failed in March 2024, when its detector
temperature began to drift; the camera and the radio science experiment are unaffected.

Virelle is expected to exhaust its propellant no later than December 2026. A controlled entry
into the Venusian atmosphere is planned for 2027, which will return a final set of upper
atmosphere measurements.

Key facts
Mass at launch: 1,420 kg
Orbit: 300 x 66,000 km, polar
Instruments: 5

Page revised for the agency's science archive; figures are provisional.""",
        (
            expect("2019-09-14", "launched"),
            expect("2020-03-02", "orbit"),
            expect("2020-06-18", "lumen", "separated"),
            expect("2020-07", "science", "operations"),
            expect("2022-06-30", "primary", "mission"),
            expect("2023-01-04~", "contact", "lost"),
            expect("2023-01-15~", "restored"),
            expect("2024-03?", "spectrometer", "failed"),
            expect("../2026-12", "propellant", planned=True),
            expect("2027", "entry", planned=True),
        ),
    ),
    Text(
        "marvenland-measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH - REPUBLIC OF MARVENLAND

Statement by the Minister of Health, Dr Irena Saltov, on the measles outbreak in Kolvar
Province

Issued: 18 February 2025
Ref: MOH/PR/2025/041

Since the first case was confirmed in Kolvar Province on 9 January, 214 cases of measles have
been reported, 31 of them requiring hospital treatment. This is the largest outbreak in our
country since 2011. I want to thank the doctors, nurses and public health teams who have
worked without pause over the past six weeks.

The Government declared an outbreak on 24 January and opened vaccination centres in Kolvar,
Drenje and Ust on 27, 29 and 31 January. More than 61,000 children have been vaccinated so
far.

We are now going further. From Monday 24 February, a second dose will be offered to all
children aged 12 months to 9 years in the province, and school-based clinics will run from
3 to 21 March. Parents will receive a letter from their school with the date of the clinic.

The national immunisation register, in place since 2019, allows us to see which children are
not protected. Health visitors will contact every family whose child has missed a dose.

Measles is highly infectious but preventable. Two doses of the vaccine give lifelong
protection for almost everyone. I urge every parent to check their child's record.

The Ministry will publish a full review of the response no later than 30 June.

Press office: +000 20 000 0000 | press@health.marvenland.example""",
        (
            expect("2025-01-09", "first", "case"),
            expect("2025-01-24", "outbreak", "declared"),
            expect("2025-01-27", "vaccination", "centres"),
            expect("2025-01-29", "vaccination", "centres"),
            expect("2025-01-31", "vaccination", "centres"),
            expect("2019/..", "register"),
            expect("2025-02-24", "second", "dose", planned=True),
            expect("2025-03-03/2025-03-21", "clinics", planned=True),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "wexcombe-aldmere-bridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Aldmere bridge to shut for six weeks | Wexcombe Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Aldmere bridge to shut for six weeks as repairs begin</h1>
<p class="byline">By <a href="/authors/jwest">Jenna West</a>
&middot; <time datetime="2025-05-22">Thursday 22 May 2025</time></p>
<p>The Aldmere swing bridge will close to traffic on Monday for six weeks of repairs,
Wexcombe County Council has confirmed.</p>
<p>Inspectors found corrosion in the bridge's turning gear on 14 April, and a 7.5-tonne
weight limit has applied since 17 April. The repairs, costing &pound;2.1m, are due to finish
by 4 July.</p>
<p>A temporary footbridge opened alongside on Tuesday, and a shuttle bus will run every 20
minutes between the station and the Quayside car park.</p>
<p>Boat traffic on the river will be stopped from 2 to 6 June while the span is lifted out.</p>
<p>The bridge, built in 1896, last closed for repairs in 2012, when the work overran by some
three months.</p>
<p>Councillor Ruth Danes said the council had applied for government funding in March to
replace the turning gear entirely, with a decision expected in the autumn.</p>
<figure><img src="/img/aldmere-bridge.jpg" alt="The Aldmere swing bridge">
<figcaption>The bridge photographed on 15 April. Photo: Wexcombe Courier</figcaption></figure>
</article>
<footer><p>&copy; 2025 Wexcombe Courier Ltd. Last updated 22 May 2025, 16:40.</p></footer>
</body>
</html>""",
        (
            expect("2025-05-26", "bridge", "close", planned=True),
            expect("2025-04-14", "corrosion"),
            expect("2025-04-17/..", "weight", "limit"),
            expect("../2025-07-04", "repairs", "finish", planned=True),
            expect("2025-05-20", "footbridge"),
            expect("2025-06-02/2025-06-06", "boat", "traffic", planned=True),
            expect("1896", "built"),
            expect("2012", "closed"),
            expect("2025-03", "funding"),
        ),
    ),
    Text(
        "quillary-bus-stop-notice",
        "bus stop relocation notice",
        None,
        """PUBLIC NOTICE
TEMPORARY RELOCATION OF BUS STOP

Quillary High Street (Stop ID 40617, Stand C)
Services 7, 7A, 19 and N19

Posted: 14/02/2025          Ref: TN/QHS/0112

From Monday 3 March, Stand C on Quillary High Street will be closed while the footway is
rebuilt as part of the Quillary Town Centre Improvement Scheme. The shelter will be removed
on Saturday 1 March.

During the works, services 7, 7A and 19 will stop at a temporary stop outside No. 58 Market
Street, about 80 metres north of the current stop. The works are expected to last around
twelve weeks, and Stand C should reopen on or about 30 May.

Night service N19 will continue to use Stand C until 5 April, when it too moves to Market
Street.

WHY IS THIS HAPPENING?
A wider footway and a raised kerb at Stand C were first proposed in 2021. The scheme was
approved by the council's cabinet on 9 October 2024 after a public consultation held from
6 to 20 January 2024. Stand C has been on its present site since 1987 and the pavement there
is no longer wide enough for wheelchair users and pushchairs.

Buses on these routes run every 10 minutes during the day, Monday to Saturday.

For real-time information, text 40617 to 84268 or visit quillarytransit.example/stops.

We apologise for any inconvenience.

Quillary Transit - Customer Services 0300 000 0000
Please do not remove this notice before 31/05/2025.""",
        (
            expect("2025-03-03", "stand", "closed", planned=True),
            expect("2025-03-01", "shelter", "removed", planned=True),
            expect("2025-05-30~", "reopen", planned=True),
            expect("2025-04-05", "n19", planned=True),
            expect("2021", "proposed"),
            expect("2024-10-09", "approved"),
            expect("2024-01-06/2024-01-20", "consultation"),
            expect("1987/..", "site"),
        ),
    ),
    Text(
        "grimsvale-rollers-bout",
        "roller derby bout report",
        date(2024, 4, 15),
        """BOUT REPORT: Grimsvale Rollers 187 - 142 Harbourside Hellcats
Posted by Jam Session Jo | Monday | Bout reports, A-team

What a night at the Kettleby Leisure Centre! On Saturday the Grimsvale Rollers A-team took on
the Harbourside Hellcats in front of a sell-out crowd of 600 and came away with a 187-142
win, our first over the Hellcats in five attempts.

The Hellcats led 78-70 at half-time, but a run of four straight lead jams just after the
restart turned it round. Jammer Vixen Voltage, who debuted last September, racked up 64
points, including a 24-point power jam late in the second half. Blocker Dee Stroyer, back
after breaking her wrist on February 17, fouled out with ten minutes to go, which made the
closing jams a little too exciting for the bench.

Huge thanks to our referees and NSOs, to the Hellcats for a hard, clean game, and to all the
volunteers who ran the merch table and the bake sale (the flapjack sold out by the second
period).

NEXT UP
We travel to Dunmarsh on May 11 for a double-header, and our B-team, the Grimsvale Grim
Reapers, play their first-ever home bout on Saturday 1 June. Tickets go on sale soon.

FRESH MEAT
Our next beginners' course starts on Sunday 28 April and runs for eight weeks. No experience
needed and kit can be borrowed. We train every Tuesday and Thursday at 7pm.

ABOUT US
The Rollers were founded in 2012 and joined the Northern Flat Track League in 2014. We are a
skater-owned, volunteer-run club.

Skater of the bout: Vixen Voltage. Photos by Rink Rat Photography, (c) 2024.""",
        (
            expect("2024-04-13", "hellcats"),
            expect("2023-09", "debut"),
            expect("2024-02-17", "wrist"),
            expect("2024-05-11", "dunmarsh", planned=True),
            expect("2024-06-01", "reapers", planned=True),
            expect("2024-04-28", "course", planned=True),
            expect("2012", "founded"),
            expect("2014", "joined"),
        ),
    ),
    Text(
        "korvanta-cobalt-sulphate",
        "cobalt plant's press release",
        None,
        """PRESS RELEASE

Korvanta Metals opens Sellby cobalt sulphate plant

HARROWICK, 9 September 2025 - Korvanta Metals Ltd (KVM) today officially opened its cobalt
sulphate plant at Sellby, the first facility of its kind in the region.

The plant processed its first feed of mixed hydroxide precipitate on 21 August 2025 and
produced battery-grade cobalt sulphate on 2 September. First commercial shipments to Tarnwell
Cells are scheduled for October, and the plant is expected to reach its nameplate capacity of
4,000 tonnes a year by the end of March 2026.

Construction began in June 2023, after the company secured a US$310 million financing
package on 28 April 2023.

"Commissioning took some eleven weeks, about two weeks longer than planned, because of a
delayed transformer delivery. The team has done an outstanding job," said Managing Director
Priya Anand.

Korvanta has held the Sellby industrial lease since 2018 and will complete a feasibility
study for a nickel sulphate line no later than June 2026.

Cobalt prices are at their lowest level since 2016, but Korvanta's offtake agreement with
Tarnwell Cells sets a floor price for the first three years of production.

About Korvanta Metals
Korvanta Metals Ltd produces battery materials for the electric vehicle supply chain.

Cautionary statement
This release contains forward-looking statements, which are subject to risks and
uncertainties. Korvanta undertakes no obligation to update them.

Investor contact: M. Okoye, investors@korvanta.example
Release no. 2025/17""",
        (
            expect("2025-09-09", "opened", "plant"),
            expect("2025-08-21", "first", "feed"),
            expect("2025-09-02", "produced"),
            expect("2025-10", "shipments", planned=True),
            expect("../2026-03", "nameplate", planned=True),
            expect("2023-06", "construction"),
            expect("2023-04-28", "financing"),
            expect("2018/..", "lease"),
            expect("../2026-06", "feasibility", planned=True),
        ),
    ),
    Text(
        "wapiskow-house-journal",
        "fur trade post's journal of the 1810s",
        None,
        """A Journal of Occurrences at Wapiskow House, kept by Alexr. McBain, Master

Saturday 2d October 1813. Wind N.W., cold with sleet. This afternoon arrived the two boats
from Sturgeon Fort with the outfit, 46 days on the voyage, the men much fatigued.

Monday 4th. Men employed unloading the boats & laying up the goods in the store. Sent Louis
Cadotte & two men to the fishery at the Narrows with nets & a bag of ball.

Sunday 14th Novr. Hard frost. This morning the river was found set fast opposite the House,
about ten days later than last year. Read prayers to the men.

Tuesday 11th Jany 1814. Excessive cold, the thermometer at 40 below. The Indian called the
Crane came in with 60 Made Beaver in furs, and says his brother's family is starving about
three days' march to the N.E. Gave him ammunition & tobacco on credit.

Thursday 28th April. Thaw continues. The Indians tell me the ice went out at the Narrows on
the 25th, but I doubt it, as the river here is still fast from bank to bank.

Monday 2d May. The ice in the river broke up this morning & drove down with a great noise,
carrying away part of our fish stage.

Monday 9th. Boats loaded with 84 packs of furs. We purpose to embark for Sturgeon Fort about
the 20th inst. if the lakes be open. The returns are poor; I have had charge of this House
since 1809 & never known the beaver so scarce.""",
        (
            expect("1813-10-02", "boats", "arrived"),
            expect("1813-10-04", "fishery"),
            expect("1813-11-14", "river"),
            expect("1814-01-11", "crane"),
            expect("1814-04-25?", "ice", "narrows"),
            expect("1814-05-02", "ice", "broke"),
            expect("1814-05-09", "loaded"),
            expect("1814-05-20~", "embark", planned=True),
            expect("1809/..", "charge"),
        ),
    ),
    Text(
        "tremayle-hornet-nest",
        "Asian hornet nest report",
        None,
        """REGIONAL BEE HEALTH UNIT
ASIAN HORNET (Vespa velutina) - NEST DESTRUCTION REPORT

Report no.: AHN-24-0317          Date of report: 19/08/2024
Location: Tremayle, West Harrock (grid ref. withheld)
Officer: M. Quayle, Bee Inspector

1. Background
A single Asian hornet was photographed by a beekeeper hawking at an apiary in Tremayle on
12 August 2024. The record was verified by the Unit the next day.

2. Tracking and location
Bait stations were set within 500 m of the apiary. Hornets were marked and followed over the
next two days, and the nest was located on 16 August in a laurel hedge 4 m above ground,
about 340 m south-east of the apiary.

3. Destruction
The nest was treated with insecticide at dusk the same day and removed the following morning.
It measured 38 cm by 29 cm and held approximately 1,100 cells, with no sign of queen or
drone cells. Examination of the comb suggests that the colony was probably founded in May,
from a primary nest not yet found.

4. Follow-up
Monitoring traps within 2 km of the site will be removed on 31 October 2024. A briefing for
the Tremayle & District Beekeepers' Association will be held on Thursday 29 August.
Beekeepers are asked to check their hives daily and report any sighting with a photograph.

5. Context
The first confirmed nest in West Harrock was destroyed in September 2023. Reported sightings
in the county have risen every year since 2022.

Signed: M. Quayle, Bee Inspector          19/08/2024""",
        (
            expect("2024-08-12", "photographed"),
            expect("2024-08-13", "verified"),
            expect("2024-08-16", "nest", "located"),
            expect("2024-08-17", "removed"),
            expect("2024-05?", "founded"),
            expect("2024-10-31", "traps", planned=True),
            expect("2024-08-29", "briefing", planned=True),
            expect("2023-09", "first", "nest"),
        ),
    ),
    Text(
        "slumbrook-mattress-history",
        "mattress factory's history",
        None,
        """The Slumbrook Story

It began above a saddler's shop in Carnford. In 1902 Edwin Harker, an upholsterer, started
stuffing horsehair mattresses for the town's boarding houses, working with his wife Ada and
a single apprentice from rooms on Mill Lane.

The Slumbrook name was registered in 1924, and the first spring-interior mattress left the
works in about 1931. During the Second World War the factory made mattresses and stretcher
pads for military hospitals, and the family still keeps a letter of thanks from the
matron of one of them.

After the war demand grew faster than the old works could manage. Slumbrook built its present
factory at Harker Way in 1954 and opened a second plant, at Dunbridge, the following year.
Pocket-sprung, memory foam and hybrid ranges were launched in 1968, 1996 and 2011, and every
one of them is still hand-finished at Harker Way.

Slumbrook has been owned by its employees, through an employee ownership trust, since 2014.
Its 230 people make around 1,500 mattresses a week, and each is tested on the same rolling
rig the company has used for forty years.

Looking ahead, a new recycling line, able to strip 60,000 old mattresses a year into steel,
foam and fibre, is due to start in 2026.

Slumbrook Beds Ltd, Harker Way, Carnford. (c) Slumbrook 2025.""",
        (
            expect("1902", "harker", "started"),
            expect("1924", "registered"),
            expect("1931~", "spring"),
            expect("1954", "factory"),
            expect("1955", "dunbridge"),
            expect("1968", "ranges", "launched"),
            expect("1996", "ranges", "launched"),
            expect("2011", "ranges", "launched"),
            expect("2014/..", "trust"),
            expect("2026", "recycling", planned=True),
        ),
    ),
    Text(
        "velmoria-employment-statement",
        "employment minister's statement",
        None,
        """DEPARTMENT OF EMPLOYMENT AND SKILLS

Statement by the Minister for Employment, Tomas Keld, on today's labour market figures

Date: 15 May 2025
For immediate use

Today's figures show that employment reached a record 3.42 million in March, while the
unemployment rate fell to 4.6 percent, down from 5.1 percent a year earlier. Long-term
unemployment is now at its lowest level since 2008.

These are not just numbers. Since the Youth Guarantee came into force on 1 April 2024, more
than 21,000 young people have started a job, an apprenticeship or a training place.

In January we opened eleven new regional skills hubs, and a further six will open by the end
of September, so that every part of the country has one within an hour's travel.

The reform of the Apprenticeship Levy, which Parliament passed on 26 February, will take
effect on 1 September. It lets smaller firms use levy funds for the first time.

The statutory minimum wage will rise by 4.2 percent from 1 January 2026, as recommended by
the Low Pay Council in its report of 3 April.

I will meet employers' and trade union representatives on Tuesday to discuss how we keep
this momentum and bring more people with disabilities into work.

There is more to do, and we will do it.

Tomas Keld
Minister for Employment

Press office: 000 000 0000 | Ref. DES/2025/112""",
        (
            expect("2025-03", "employment", "record"),
            expect("2024-04-01", "youth", "guarantee"),
            expect("2025-01", "hubs"),
            expect("../2025-09", "further", planned=True),
            expect("2025-02-26", "passed"),
            expect("2025-09-01", "levy", "effect", planned=True),
            expect("2026-01-01", "minimum", "wage", planned=True),
            expect("2025-04-03", "report"),
            expect("2025-05-20", "meet", planned=True),
        ),
    ),
    Text(
        "brackmoor-park-and-ride",
        "park and ride HTML page",
        date(2025, 10, 3),
        """<html>
<head><title>Brackmoor Park and Ride - Brackmoor City Council</title></head>
<body>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/transport">Transport and streets</a>
&gt; Park and Ride</div>
<main>
<h1>Brackmoor Park and Ride</h1>
<div class="alert alert-warning"><strong>Service change:</strong> Eastgate Park and Ride car
park will be closed from Monday for resurfacing and will reopen on Saturday 18 October.
During the closure please use Westfield or Northway.</div>
<h2>Sites</h2>
<table class="sites">
<tr><th>Site</th><th>Spaces</th><th>Opened</th></tr>
<tr><td>Westfield</td><td>850</td><td>1994</td></tr>
<tr><td>Northway</td><td>620</td><td>2003</td></tr>
<tr><td>Eastgate</td><td>1,100</td><td>2016</td></tr>
</table>
<h2>Fares</h2>
<p>A return ticket costs &pound;3.20 and covers up to five people travelling together.
Fares have not changed since April 2022. From 1 January 2026 the return fare will rise to
&pound;3.50.</p>
<h2>Buses</h2>
<p>Buses run every 12 minutes from 6.30am to 7.30pm, Monday to Saturday. There is no service
on Sundays or bank holidays.</p>
<p>Contactless payment was introduced on all park and ride buses on Tuesday. Cash is still
accepted.</p>
<p>Electric buses are due to replace the diesel fleet by March 2027.</p>
<p><a href="/transport/park-and-ride/map">Map of sites (PDF, 1.2MB)</a></p>
</main>
<footer><p>&copy; Brackmoor City Council 2025 &middot; <a href="/accessibility">Accessibility</a>
&middot; <a href="/cookies">Cookies</a></p></footer>
</body>
</html>""",
        (
            expect("2025-10-06", "eastgate", "closed", planned=True),
            expect("2025-10-18", "reopen", planned=True),
            expect("1994", "westfield"),
            expect("2003", "northway"),
            expect("2016", "eastgate"),
            expect("2022-04/..", "fares"),
            expect("2026-01-01", "fare", "rise", planned=True),
            expect("2025-09-30", "contactless"),
            expect("../2027-03", "electric", planned=True),
        ),
    ),
    Text(
        "ellesby-court-fire-appeal",
        "fire safety enforcement appeal decision",
        None,
        """PROPERTY AND SAFETY TRIBUNAL (ALBERN REGION)

Appeal reference: PST/FS/2024/0091

Appellant: Ellesby Court Management Ltd
Respondent: Harrowden Fire and Rescue Authority
Premises: Ellesby Court, 4-40 Quarry Road, Harrowden

Tribunal: Judge A. Pennick; Mr R. Osei FRICS

DECISION

1. The appeal is dismissed in part. The enforcement notice is varied so that the works it
requires must be completed no later than 30 September 2025.

REASONS

Background

2. Ellesby Court is a five-storey block of 36 flats, converted from offices.

3. Following a fire in a bin store on 3 November 2023, the Respondent's inspecting officer
visited the premises on or about 21 November 2023. She found that the fire doors to twelve
flats were not self-closing and that compartmentation in the roof void had been breached.

4. The Respondent served an enforcement notice on 11 March 2024 requiring the works to be
completed within three months. The Appellant appealed on 2 April 2024.

5. The Appellant replaced the fire doors in January 2025, but contends that the roof void
works cannot be done until the roof itself is replaced, which it intends to do in 2026.

6. We heard the appeal on 14 to 16 May 2025 and inspected the premises on the second day.

Findings

7. We do not accept that the roof void works must wait for the roof replacement. The
fire-stopping can be installed from inside the void, as the Appellant's own surveyor
conceded. The risk to residents while the breaches remain is serious, and a further year is
not a reasonable period.

8. We do accept that the three months allowed by the notice was too short for works of this
kind in an occupied building, and we have varied the notice accordingly.

Judge A. Pennick
Date of decision: 2 July 2025""",
        (
            expect("../2025-09-30", "works", planned=True),
            expect("2023-11-03", "fire"),
            expect("2023-11-21~", "visited"),
            expect("2024-03-11", "notice", "served"),
            expect("2024-04-02", "appeal"),
            expect("2025-01", "doors", "replaced"),
            expect("2026", "roof", planned=True),
            expect("2025-05-14/2025-05-16", "heard"),
            expect("2025-05-15", "inspected"),
        ),
    ),
    Text(
        "caddowe-finch-wallpaper",
        "wallpaper printer's history",
        None,
        """A Short History of Caddowe & Finch
Block printers of wallpaper

John Caddowe, a calico printer from Lancashire, opened a workshop in Spitalgate, London,
c. 1835, cutting pearwood blocks and printing papers for the builders of the new terraces.
He took his engraver, William Finch, into partnership in 1841, and the firm showed a crimson
flock paper at the Great Exhibition of 1851.

Patterns by the designer Clara Moss, who worked for the firm from 1889 to 1902, remain its
best known: trailing briar, the pomegranate and the heron frieze. Moss drew more than two
hundred designs, and her blocks were printed in the same order of colours for over a century.

A fire, probably in March 1926, destroyed about a third of the block collection. The block
shop closed in 1962, when machine-printed papers had taken almost the whole market, and was
revived in 1978 by two of Finch's great-grandsons, using blocks that had been stored in a
Kentish barn.

The firm's archive of 4,000 pattern books has been held by the Hallam Museum since 1991,
where it can be consulted by appointment.

Today Caddowe & Finch prints every paper by hand, one colour a day, at its workshop in
Bermondsey. Twelve Clara Moss designs, recut from the surviving pattern books, will be
reprinted in 2026.

Caddowe & Finch Ltd. All designs (c) Caddowe & Finch.""",
        (
            expect("1835~", "workshop"),
            expect("1841", "partnership"),
            expect("1851", "flock"),
            expect("1889/1902", "moss"),
            expect("1926-03?", "fire"),
            expect("1962", "closed"),
            expect("1978", "revived"),
            expect("1991/..", "archive"),
            expect("2026", "reprint", planned=True),
        ),
    ),
    Text(
        "glenavoch-shinty-fixtures",
        "shinty league's fixtures card",
        None,
        """GLENAVOCH & DISTRICT SHINTY LEAGUE
Founded 1893
FIXTURES 2025 - NORTH DIVISION
Sponsored by Ardvair Distillery

All matches throw-up 2.00pm unless stated. Clubs must report results to the Fixtures
Secretary by 6pm on the day of the match.

DATE            MATCH                      VENUE
Sat 15 March    Kilcray v Strathlinn       Kilcray Park
Sat 22 March    Glenavoch v Kilcray        The Haugh
Sat 29 March    Strathlinn v Ardvair       Riverside
Sat 12 April    Ardvair v Glenavoch        Ardvair Park (1.00pm)

NOTES
1. The Glenavoch v Strathlinn fixture postponed on 14 September 2024 will be played at The
   Haugh on Saturday 10 May (throw-up 7.00pm).
2. The MacRath Cup final will be played at The Haugh on Saturday 20 September.
3. League AGM: Friday 7 November, Glenavoch Hotel, 7.30pm. Motions to the Secretary in
   writing.
4. Referees must be appointed no fewer than 14 days before each fixture.
5. Fixtures may be changed by the League Management Committee; the online list is the
   current one.

Fixtures Secretary: D. MacRath, 2 Burnside, Glenavoch
Printed by Strathlinn Press 01/2025""",
        (
            expect("2025-03-15", "kilcray", "strathlinn", planned=True),
            expect("2025-03-22", "glenavoch", "kilcray", planned=True),
            expect("2025-03-29", "strathlinn", "ardvair", planned=True),
            expect("2025-04-12", "ardvair", "glenavoch", planned=True),
            expect("2024-09-14", "postponed"),
            expect("2025-05-10", "glenavoch", "strathlinn", planned=True),
            expect("2025-09-20", "cup", "final", planned=True),
            expect("2025-11-07", "agm", planned=True),
            expect("1893", "founded"),
        ),
    ),
)
