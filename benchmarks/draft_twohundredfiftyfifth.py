"""The two-hundred-and-fifty-fifth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, an avian influenza
housing order notice, a Gaelic football match report, a zinc smelter's press release, a
balloonist's notebook of the 1780s, a red kite survey, a button works' history, a rail
minister's statement, a dog licence HTML page, an agricultural land tribunal decision, a
firework maker's history and a bandy league's fixtures card. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons
and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYFIFTH_CORPUS",)


TWOHUNDREDFIFTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "varnholt-copper-mine-flood",
        "wire story with a dateline",
        date(2025, 3, 13),
        """VARNHOLT, March 13 (Meridian Wire) - Pumps are draining the flooded lower levels of the
Varnholt copper mine, four days after an underground river broke into a haulage
tunnel and forced the evacuation of some 230 miners, operator Grellan Metals said.

Water entered the 740-metre level shortly after midnight on Sunday. No one was hurt. Pumping
began on Tuesday, once engineers had sealed the breach with a concrete plug, and about half
of the water has since been removed, the company said in a statement.

Grellan expects ore hoisting to resume on Monday at a reduced rate. The mines inspectorate has
ordered it to submit a full report on the incident by March 31.

According to two workers who asked not to be named, a drainage pump on the same level had
failed on Feb. 27 and was never replaced. A Grellan spokesman declined to comment on the
claim.

The mine, which opened in 1962, produces about 60,000 tonnes of copper in concentrate a year.
Its last serious flood, in 2003, halted output for five months. Grellan has owned Varnholt
since 2016.

Copper for three-month delivery rose 1.8 percent in London, its biggest daily gain since
November 2022, as traders weighed the outage.

Grellan is due to report first-quarter results on April 24.

(Reporting by Anika Strand; Editing by Paul Verey)""",
        (
            expect("2025-03-09", "water"),
            expect("2025-03-11", "pumping"),
            expect("2025-03-17", "hoisting", "resum", planned=True),
            expect("../2025-03-31", "report", planned=True),
            expect("2025-02-27", "pump", "fail"),
            expect("1962", "open"),
            expect("2003", "flood"),
            expect("2016/..", "own"),
            expect("2025-04-24", "results", planned=True),
        ),
    ),
    Text(
        "ostrelle-oat-drink-plant",
        "press release",
        None,
        """PRESS RELEASE
For immediate release

Ostrelle Foods completes acquisition of Brannock Mills and confirms new oat drink plant

LYNDHAVEN, 4 June 2024 - Ostrelle Foods plc (LSE: OSTF), the plant-based drinks maker, today
announced that it completed its acquisition of Brannock Mills Ltd, an oat miller in the Vale
of Orrin, on 3 June 2024, following clearance by the competition authority.

Construction of Ostrelle's new oat drink plant at Kelder Park began on 12 February and is on
budget. The plant is scheduled to open in September 2025 and will employ 140 people. Brannock
has supplied Ostrelle with milled oats since 2019 and will now deliver directly to the new
plant.

Ostrelle was founded in 1987 as a soya dairy and entered the oat drink market in 2018. In 2023
its revenue reached GBP 412 million, up 14 percent.

"Owning our oat supply is the next step," said chief executive Helen Marwick. "Demand for oat
drinks jumps every year in January, and with this plant we will be ready for it."

The final dividend of 4.2p per share will be paid no later than 15 July. The annual general
meeting will be held at the Corn Exchange, Lyndhaven, on 27 June.

- ENDS -

Notes to editors
Ostrelle Foods plc makes oat, soya and pea drinks sold in 22 countries. Its shares are listed
on the London Stock Exchange.

Media contact: press@ostrelle.example | +44 20 7946 0123

(c) 2024 Ostrelle Foods plc. All rights reserved.""",
        (
            expect("2024-06-03", "acquisition", "complet"),
            expect("2024-02-12", "construction"),
            expect("2025-09", "plant", "open", planned=True),
            expect("2019/..", "suppl"),
            expect("1987", "founded"),
            expect("2018", "oat", "market"),
            expect("2023", "revenue"),
            expect("../2024-07-15", "dividend", planned=True),
            expect("2024-06-27", "meeting", planned=True),
        ),
    ),
    Text(
        "dunmerrow-v-kessick-haulage",
        "court opinion",
        None,
        """UNITED STATES COURT OF APPEALS
FOR THE TWELFTH CIRCUIT

No. 22-1184

ROSALIND DUNMERROW,
Plaintiff-Appellant,

v.

KESSICK HAULAGE, INC.,
Defendant-Appellee.

Appeal from the United States District Court for the District of Calloway.

OPINION

BRANDT, Circuit Judge.

Rosalind Dunmerrow began driving for Kessick Haulage in about 2014. On or about April 2, 2019,
the brakes of the tractor-trailer she was driving failed on a descent near Orbury, and she was
seriously injured. Kessick's insurer denied her claim in January 2020, enclosing for the first
time the maintenance log of the vehicle.

Dunmerrow sued Kessick on May 3, 2021, alleging that the company had ignored repeated reports
of brake faults. The district court granted summary judgment to Kessick on August 9, 2022,
holding that the two-year limitations period had run from the accident. See Harlan v. Pike
Freight Co., 141 F.3d 902, 907 (12th Cir. 1998). Dunmerrow filed her notice of appeal on
September 6, and we heard argument on June 14, 2023.

The district court treated the date of the accident as the date on which the claim accrued.
But Dunmerrow's claim rests on Kessick's concealment of the maintenance log, which she did not
see until her insurer's letter, and under our cases a concealed claim accrues on discovery.
Harlan, 141 F.3d at 908. Measured from January 2020, her complaint was timely.

We therefore REVERSE the judgment and REMAND for further proceedings. The district court shall
rule on Kessick's pending discovery motion no later than January 31, 2024, and the trial, now
set for March 2024, is to proceed on the negligence count alone.

REVERSED AND REMANDED.""",
        (
            expect("2014~", "driving"),
            expect("2019-04-02~", "brake"),
            expect("2020-01", "denied"),
            expect("2021-05-03", "sued"),
            expect("2022-08-09", "summary", "judgment"),
            expect("2022-09-06", "notice", "appeal"),
            expect("2023-06-14", "argument"),
            expect("../2024-01-31", "motion", planned=True),
            expect("2024-03", "trial", planned=True),
        ),
    ),
    Text(
        "tessaly-canal-history",
        "encyclopedia history",
        None,
        """Tessaly Canal

The Tessaly Canal is a 38-kilometre broad canal linking the river Orrin at Marlow Staithe
with the coalfield around Dunhallow. It was one of the last trunk canals of the canal age and
carried coal, lime and grain for more than a century.

History

A route along the Orrin valley may have been surveyed as early as 1784, although the only
account of that survey is a later recollection and its date is uncertain. Construction began
c. 1791 under the engineer Thomas Wyle, who died before it was finished. The main line opened
in 1798.

Branches to the lime works at Carrow and to Hobb's Mill were added in 1806 and 1819. Traffic
grew steadily, and the company paid a dividend every year until the 1840s.

A railway along the same valley opened in 1852, and the canal company sold the navigation to
the railway company the following year. Under railway ownership maintenance was cut back, and
the last commercial boat passed through the summit lock in 1937.

Restoration

The Tessaly Canal Trust has maintained the eastern section since 1972, and some 21 km is now
navigable again. The restoration of the summit flight of eleven locks is expected to be
completed by 2027.

See also
Canals of the Orrin basin
List of canal tunnels""",
        (
            expect("1784?", "survey"),
            expect("1791~", "construction"),
            expect("1798", "main", "open"),
            expect("1806", "branch"),
            expect("1819", "branch"),
            expect("1852", "railway"),
            expect("1853", "sold"),
            expect("1937", "last", "boat"),
            expect("1972/..", "maintain"),
            expect("../2027", "restoration", planned=True),
        ),
    ),
    Text(
        "harrowgate-rovers-selby-vale",
        "sports report",
        date(2024, 11, 24),
        """Harrowgate Rovers 3 Selby Vale 1

By Tom Ashdown

Jonah Okafor scored twice as Harrowgate Rovers climbed to fourth in the Northern Premier
Division with a comfortable win over Selby Vale at Mill Lane on Saturday.

Okafor, who joined from Dunmore Athletic in August, opened the scoring after 11 minutes with a
low shot from the edge of the area and added a second from the penalty spot before half-time.
Vale pulled one back through Liam Carr early in the second half, but substitute Reece Tillett,
whose signing the club confirmed on Wednesday, settled it in stoppage time.

The crowd of 2,914 was the biggest at Mill Lane since 2011.

"We were patient and we got our reward," said manager Gary Pell, who was appointed in May 2022.
The sides drew 2-2 in the reverse fixture at Selby on September 14, when Vale came from two
goals down.

Captain Dan Whitlow limped off with a hamstring strain and should be fit by December 14 at the
latest, Pell said.

Rovers, who won the league title in 1998, travel to Brantwood on Tuesday and host Carlton Town
in the second round of the FA Trophy on December 7.

Harrowgate Rovers: Mercer; Bale, Whitlow (Ince 38), Frost, Oduya; Hart, Lowe, Bramley;
Okafor, Simms (Tillett 79), Dacre.
Selby Vale: Quinn; Rooke, Marsh, Kettle, Ahmed; Carr, Fell, Dyson (Platt 70); Yates, Noble,
Grint.
Referee: P. Haines. Attendance: 2,914.""",
        (
            expect("2024-11-23", "win"),
            expect("2024-08", "joined"),
            expect("2024-11-20", "signing"),
            expect("2022-05", "appointed"),
            expect("2024-09-14", "drew"),
            expect("../2024-12-14", "fit", planned=True),
            expect("1998", "title"),
            expect("2024-11-26", "brantwood", planned=True),
            expect("2024-12-07", "trophy", planned=True),
        ),
    ),
    Text(
        "calderwrenn-pen-company-history",
        "company history",
        None,
        """Our history

1889 - 1939: From steel nibs to fountain pens

Calder & Wrenn was founded in 1889 by Agnes Calder and her cousin Robert Wrenn, who cut steel
nibs by hand in two rented rooms above a saddler's shop in Brackley Street, Hallam. In 1903 the
firm moved to a purpose-built works on the canal at Furnace Row, and two years later it
introduced its first fountain pen, the Wrenn No. 1.

Between 1915 and 1918 the nib shop made fuse components for the War Office, and pen making was
cut back to a single model.

1940 - 1998: Growth and change

After the Second World War the company exported pens to more than forty countries. In 1961
Calder & Wrenn merged with the ink maker Thorne Brothers, and c. 1970 the enlarged group was
listed on the stock exchange as Calder Thorne. Cheap ballpoints hit the business hard, and by
1994 all pen making in Hallam had ended; the Furnace Row works was later sold for housing.

1999 - today: Back to the workshop

The company has been based at the Old Tannery in Kettering Road since 2001, where a team of
34 assembles pens from parts made in Hallam and in Bavaria. A museum of the firm's pens and
archive will open at the Old Tannery in 2026.

Every pen still leaves our workshop with a nib tuned by hand, as it has since the first day.

(c) Calder & Wrenn Ltd 2025 | Registered in England No. 03817264""",
        (
            expect("1889", "founded"),
            expect("1903", "moved"),
            expect("1905", "fountain"),
            expect("1915/1918", "fuse"),
            expect("1961", "merged"),
            expect("1970~", "listed"),
            expect("../1994", "ended"),
            expect("2001/..", "based"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "tarsis-2-lunar-orbiter",
        "mission summary",
        None,
        """TARSIS-2 MISSION SUMMARY
Orrin Space Agency - Planetary Missions Directorate
Document OSA-PM-0412, revision C | Last revised: 2 September 2024

Mission: Tarsis-2 lunar orbiter and Pell lander
Launch vehicle: Kestrel V
Status: extended mission

Overview
Tarsis-2 was first proposed by the Hallam Institute circa 2014 as a low-cost follow-on to
Tarsis-1. The spacecraft was launched from the Varn launch site at 03:12 UTC on 14 March 2021
and entered lunar orbit on 19 March after a five-day transfer. The Pell lander separated two
days later and touched down in the southern highlands on 23 March.

Science operations
The primary science phase ran from 2 April 2021 to 30 June 2022 and returned 41 terabytes of
data. An extended mission was approved in May 2022. On or about 11 November 2022 one of the
two star trackers failed; the orbiter continues on the remaining unit.

The orbiter passes over the south polar region every two hours, and the team downlinks data
twice a day through the Varn and Kessel ground stations.

Plans
The orbiter is to end its mission with a controlled impact no later than December 2025. The
final data release to the public archive is scheduled for March 2026.

Key figures
Orbit: 100 km, polar
Launch mass: 1,240 kg
Instruments: 6 (orbiter), 3 (lander)
Mission cost: 212 million OSA units""",
        (
            expect("2014~", "proposed"),
            expect("2021-03-14", "launched"),
            expect("2021-03-19", "orbit"),
            expect("2021-03-21", "separated"),
            expect("2021-03-23", "touched"),
            expect("2021-04-02/2022-06-30", "science"),
            expect("2022-05", "extended"),
            expect("2022-11-11~", "tracker"),
            expect("../2025-12", "impact", planned=True),
            expect("2026-03", "data", "release", planned=True),
        ),
    ),
    Text(
        "brenmoor-drought-statement",
        "government statement",
        None,
        """DEPARTMENT FOR WATER AND RIVERS

Statement by the Minister for Water, Ellen Rusk, on the drought in the Brenmoor region

Monday 4 August 2025

The Brenmoor region is now in drought. A hosepipe ban has been in force across the Brenmoor
Water supply area since 15 July, and rainfall over the past three months has been 38 per cent
of the long-term average. This July was the driest in the region since 1976. Reservoir stocks
fell to 41 per cent on 31 July.

On 28 July I announced GBP 120 million for emergency works, including temporary pipelines to
move water from the Kessock reservoirs to the towns of the Upper Brenmoor. Work on the first
of these pipelines began on Friday.

I will meet the chief executives of the three water companies serving the region on Thursday,
and I have asked each of them to publish a revised drought plan.

The last emergency drought order in this region was made in 1995. I do not expect to need one
this year, but I will not hesitate if the situation requires it.

In the longer term, the new desalination plant at Cray Point is to be commissioned by 2028. A
consultation on its environmental permit opened today and will close on 12 September.

I want to thank everyone who is already saving water. Every litre counts.

ENDS

Notes for editors
1. Drought status is declared by the Environment Agency on the advice of the National Drought
Group.
2. Press Office reference: DWR/PR/2025/118.""",
        (
            expect("2025-07-15/..", "hosepipe"),
            expect("2025-07-31", "reservoir"),
            expect("2025-07-28", "announced"),
            expect("2025-08-01", "pipeline"),
            expect("2025-08-07", "meet", planned=True),
            expect("1995", "drought", "order"),
            expect("../2028", "desalination", planned=True),
            expect("2025-08-04", "consultation"),
            expect("2025-09-12", "close", planned=True),
        ),
    ),
    Text(
        "corwick-bridge-closure",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Corwick Bridge closed for emergency repairs | Orrin Valley Echo</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Corwick Bridge closed for emergency repairs</h1>
<p class="byline">By <a href="/staff/j-amory">Jess Amory</a>, Local Democracy Reporter &middot;
<time datetime="2024-05-21">Tuesday 21 May 2024</time></p>
<p>Corwick Bridge, the only road crossing of the Orrin between Hallam and Tessaly, was closed to
all traffic on Monday after engineers found cracks in two of its steel hangers.</p>
<p>The cracks were first noticed during a routine inspection on 9 May, Orrin Valley Council
said. The bridge is expected to reopen on or around 14 June, once the hangers have been
replaced.</p>
<p>Bus services 14 and 14A will be diverted via Marlow Staithe from Wednesday, adding about 25
minutes to journeys. Pedestrians and cyclists can still use the footway.</p>
<figure><img src="/img/corwick-bridge.jpg" alt="Corwick Bridge from the east bank">
<figcaption>Corwick Bridge, photographed in 2019. Photo: Echo archive</figcaption></figure>
<p>The bowstring bridge was built in 1931 and strengthened in 1987 and 2009. It has been owned
by the council since 1974.</p>
<p>A public meeting on the closure will be held at Corwick village hall on Thursday 30 May at
7pm.</p>
<p>"We know this is hugely disruptive for people on both banks," said councillor Amrit Dhillon,
the cabinet member for highways.</p>
</article>
<aside><h2>Most read</h2>
<ul><li><a href="/news/tessaly-ferry">Tessaly ferry to run extra sailings</a></li></ul>
</aside>
<footer>
<p>Last updated: <time datetime="2024-05-21T16:40">21 May 2024, 16:40</time></p>
<p>&copy; 2024 Orrin Valley Echo</p>
</footer>
</body>
</html>""",
        (
            expect("2024-05-20", "closed"),
            expect("2024-05-09", "cracks"),
            expect("2024-06-14~", "reopen", planned=True),
            expect("2024-05-22", "divert", planned=True),
            expect("1931", "built"),
            expect("1987", "strengthened"),
            expect("2009", "strengthened"),
            expect("1974/..", "owned"),
            expect("2024-05-30", "meeting", planned=True),
        ),
    ),
    Text(
        "drumsallow-avian-influenza-housing-order",
        "avian influenza housing order notice",
        None,
        """ANIMAL HEALTH AGENCY
AVIAN INFLUENZA PREVENTION ZONE: MANDATORY HOUSING OF POULTRY AND CAPTIVE BIRDS

Notice reference: AHA/AIPZ/2025/003
Date of issue: 10 January 2025

1. This notice is issued under the Avian Influenza (Prevention Zone) Order and applies to the
counties of Drumsallow, Lennock and East Carrow.

2. Background. The national risk level of avian influenza in wild birds was raised from medium
to high on 3 January. Highly pathogenic avian influenza H5N1 was confirmed in a flock of
32,000 laying hens near Drumsallow on 6 January, and at a second premises near Lennock two
days later. A 3 km protection zone has been in place around the first premises since 7
January.

3. Housing measures. The housing measures will come into force at 00:01 on Tuesday 14 January
2025. From that time all keepers of poultry and other captive birds in the zone must keep
their birds housed or otherwise separated from wild birds.

4. Registration. Keepers of 50 or more birds who are not yet on the Poultry Register must
register by 21 January.

5. Gatherings. A national ban on bird gatherings, fairs and shows took effect on 2 December
2024 and remains in place.

6. Review. The Chief Veterinary Officer will review the need for these measures no later than
31 January 2025.

7. Previous measures. The last housing measures in these counties applied from 7 November 2022
to 18 April 2023.

8. Keepers are reminded that migrating wild birds arrive on the Lennock wetlands every year from
October, and that the risk is greatest in the winter months.

Signed
Dr Fiona Carrick
Chief Veterinary Officer

Helpline: 0300 020 0301 (Monday to Friday, 8am to 6pm)""",
        (
            expect("2025-01-03", "risk"),
            expect("2025-01-06", "confirmed"),
            expect("2025-01-08", "second"),
            expect("2025-01-07/..", "protection"),
            expect("2025-01-14", "housing", planned=True),
            expect("../2025-01-21", "register", planned=True),
            expect("2024-12-02", "ban"),
            expect("../2025-01-31", "review", planned=True),
            expect("2022-11-07/2023-04-18", "housing"),
        ),
    ),
    Text(
        "kilbrannagh-dromanure-football",
        "Gaelic football match report",
        date(2024, 6, 16),
        """Kilbrannagh 1-14 Dromanure 0-11

By Sean Mac Giolla

Kilbrannagh beat Dromanure by six points in the provincial senior football quarter-final in
front of 9,200 at Pairc Ui Nuallain yesterday to set up a semi-final against Ballygarvan at the
same venue on Sunday, June 30.

Full-forward Ciaran Tobin, who returned from a hamstring injury on May 19, kicked 0-7, four
from frees, and the game's only goal came from wing-back Eoin Daly on 52 minutes after a
flowing move down the left.

Dromanure led 0-6 to 0-5 at the break and had the better of the opening half, but they failed
to score for 23 minutes after the restart and finished with 14 men after Mark Culhane's second
yellow card.

Kilbrannagh beat Carrow by four points in the first round on May 26 and drew with Lisheen a
week later before winning the replay. Manager Padraig Hurley, who took over in October 2022,
praised his captain Niall Brophy, who made his senior debut in about 2015.

"We were flat in the first half, but the lads showed what they're about," Hurley said.

Kilbrannagh last lifted the provincial cup in 2011 and have reached the last four every year
since 2019. Tickets for the semi-final go on sale on Tuesday at 10am from the county board
website.

KILBRANNAGH: S Doyle; P Ryan, T Kiely, J Moran; E Daly (1-0), N Brophy, K Walsh; D Fenton,
C Hayes (0-2); A Quinlan (0-1), R Barry, L Foley (0-2); C Tobin (0-7, 4f), M Hanley, S Roche
(0-2).

DROMANURE: F Lane; ... M Culhane (0-1), ... D Og Murray (0-5, 3f).

Referee: M Quirke (Tessaly).""",
        (
            expect("2024-06-15", "dromanure"),
            expect("2024-06-30", "ballygarvan", planned=True),
            expect("2024-05-19", "returned"),
            expect("2024-05-26", "carrow"),
            expect("2024-06-02", "lisheen"),
            expect("2022-10", "hurley"),
            expect("2015~", "debut"),
            expect("2011", "cup"),
            expect("2024-06-18", "tickets", planned=True),
        ),
    ),
    Text(
        "skarnveld-zinc-smelter-restart",
        "zinc smelter's press release",
        None,
        """Harrowmere Zinc AB - Press release
Skarnveld, 12 March 2025, 08:00 CET

Harrowmere restarts roaster at Skarnveld zinc smelter

Harrowmere Zinc AB (publ) restarted the roaster at its Skarnveld smelter on 10 March, the first
step towards bringing the plant back to full production after it was idled in October 2022
because of high electricity prices.

Electrolysis will be ramped up cell house by cell house, and the smelter is expected to reach
its full capacity of 180,000 tonnes of zinc a year by 30 June. About 120 workers are being
rehired.

The restart was made possible by a ten-year solar power purchase agreement with Nordvind
Energi, signed on 3 February, which covers around 40 per cent of the smelter's electricity
needs.

"This smelter has been the heart of Skarnveld for generations, and it is good to see the
stacks working again," said CEO Linnea Holt. The smelter, which opened in 1968, has recovered
germanium from its leach residues since 2019, and a cadmium recovery unit was commissioned
there in about 2008.

Harrowmere published its year-end report on 27 February. The company will present its
strategy at a capital markets day in Stockholm on 15 May.

This information is information that Harrowmere Zinc AB is obliged to make public pursuant to
the EU Market Abuse Regulation. The information was submitted for publication, through the
agency of the contact person set out below, at 08:00 CET on 12 March 2025.

For further information:
Johan Ekberg, Head of Investor Relations, +46 8 555 0100

About Harrowmere
Harrowmere Zinc AB produces zinc, germanium and sulphuric acid at Skarnveld and is listed on
Nasdaq Stockholm.""",
        (
            expect("2025-03-10", "roaster"),
            expect("2022-10", "idled"),
            expect("../2025-06-30", "capacity", planned=True),
            expect("2025-02-03", "agreement"),
            expect("1968", "opened"),
            expect("2019/..", "germanium"),
            expect("2008~", "cadmium"),
            expect("2025-02-27", "report"),
            expect("2025-05-15", "capital", planned=True),
        ),
    ),
    Text(
        "pellingham-balloon-notebook",
        "balloonist's notebook of the 1780s",
        None,
        """Notebook of Mr. Jas. Fennick, Aeronaut, kept at Pellingham, 1784.

[p. 14]

Octr. 2d 1784. Recd. from Mr. Pell of Cheapgate the oiled silk, 40 yds. at 7s. the yard; the
balance to be paid him by the 1st of December next. The globe to be of 32 feet diameter.

Octr. 5th. The varnish laid on Monday last is not yet dry, the weather being close & damp, though
kept in a barn with two braziers.

Octr. 9th. The Subscribers to meet at the Angel on Thursday next to settle the day of ascent.

Octr. 12th. The ascent put off, the wind being too high; the gas came off very slow from the
casks of vitriol & iron filings, & we lost the greater part of it.

Octr. 16th. Ascended from the Bowling Green at about one o'clock before a great concourse of
people, & came down some two hours after in a field near Ashby Ferrers, the barometer having
fallen to 27 inches. Carried up a dog & a pigeon; the pigeon would not fly.

Octr. 18th. Intend a second ascent on or about the 1st of November, if the Subscribers will
bear the cost of the vitriol.

Memorandum. I first read an account of the French machine in the Gazette in about August 1783,
& from that time resolved upon the thing.

Novr. 4th. Second ascent made from the same Green, with Mr. Orde; wind W.S.W.; landed near
Thorpe Marsh at dusk. The people there took us for Frenchmen.

[p. 15]

Expences of the second ascent: vitriol 11 carboys, 9 pounds; iron filings, 2 pounds 4s.;
labourers, 1 pound 6s.""",
        (
            expect("1784-10-02", "silk"),
            expect("../1784-12-01", "balance", planned=True),
            expect("1784-10-04", "varnish"),
            expect("1784-10-14", "meet", planned=True),
            expect("1784-10-12", "ascent", "put"),
            expect("1784-10-16", "ascended"),
            expect("1784-11-01~", "second", planned=True),
            expect("1783-08~", "french"),
            expect("1784-11-04", "second"),
        ),
    ),
    Text(
        "lowmoor-red-kite-survey",
        "red kite survey",
        None,
        """LOWMOOR RAPTOR STUDY GROUP
Red Kite Breeding Survey 2024 - Summary Report
Report no. LRSG/RK/24-02

1. Introduction
Red kites were reintroduced to the Lowmoor hills in 1994, when 13 young birds were released at
Carn Hollow. Three years later the first pair bred successfully in the wild. Satellite tagging
of a sample of breeding adults began in 2018.

2. Methods
Fieldwork ran from 1 March to 31 July 2024. Each 10 km square was visited at least three times.
Kites in Lowmoor usually lay in the first half of April, and nests are checked for young in
June.

3. Results
212 territorial pairs were located, of which 171 were confirmed breeding, the highest total
since the reintroduction. A pair may have bred at Thornley Moss, in the adjoining county, in
2021, but this was never confirmed.

Table 1. Territorial pairs by district
District | Pairs | Confirmed breeding
Carn Hollow | 88 | 74
Ashgill | 61 | 49
Upper Lowmoor | 63 | 48

4. Persecution
A kite was found dead at Ashgill on 3 May. Post-mortem results indicate that it was poisoned
on or about 12 April with carbofuran, and the case has been passed to the police.

5. Next steps
The results will be submitted to the national Rare Breeding Birds Panel by 30 November 2024.
The next full survey is due in 2029; in the intervening years a sample of 40 territories will
be monitored.

Prepared by Dr Ruth Aske, Survey Coordinator.
(c) Lowmoor Raptor Study Group 2024""",
        (
            expect("1994", "reintroduced"),
            expect("1997", "first", "pair"),
            expect("2018", "satellite"),
            expect("2024-03-01/2024-07-31", "fieldwork"),
            expect("2021?", "thornley"),
            expect("2024-05-03", "found", "dead"),
            expect("2024-04-12~", "poisoned"),
            expect("../2024-11-30", "submitted", planned=True),
            expect("2029", "survey", planned=True),
        ),
    ),
    Text(
        "fenmore-button-works-history",
        "button works' history",
        None,
        """FENMORE BUTTON WORKS: A SHORT HISTORY
(from the guide to the Fenmore Heritage Trail, panel 6)

Button making at Fenmore began c. 1832, when the brothers Isaac and Samuel Dray set up a small
workshop stamping brass and horn buttons behind their father's forge on Mill Lane. A steam
engine was installed in 1851, and in 1868 the firm began making buttons from corozo, the hard
"vegetable ivory" nut shipped from South America.

On the night of 9 March 1879 a fire destroyed the main workshop. It was rebuilt in brick the
following year, and that is the building that stands today. By 1911 the works employed some
600 people, most of them women and girls, who sewed buttons on to cards at home as well as in
the sheds.

Dray & Sons switched from corozo to casein, a plastic made from milk, in 1936, and made
millions of uniform buttons during the Second World War. Competition from cheaper imports grew
through the 1960s, and the works closed in 1982.

The buildings have been listed since 1991. After a second restoration, the Button Works Museum
is expected to reopen to visitors in 2026.

Look out for the cast-iron sign over the gate, which still reads "DRAY & SONS, BUTTON
MANUFACTURERS, FENMORE", and for the stack of the boiler house, the tallest chimney left in
Fenmore.

Next: panel 7, the Mill Lane chapel.""",
        (
            expect("1832~", "button"),
            expect("1851", "steam"),
            expect("1868", "corozo"),
            expect("1879-03-09", "fire"),
            expect("1880", "rebuilt"),
            expect("../1911", "employed"),
            expect("1936", "casein"),
            expect("1982", "closed"),
            expect("1991/..", "listed"),
            expect("2026", "reopen", planned=True),
        ),
    ),
    Text(
        "quarrendon-rail-minister-statement",
        "rail minister's statement",
        None,
        """Oral statement to Parliament

Quarrendon main line: disruption to services

Delivered on: Wednesday 19 February 2025
Minister of State for Rail, Tom Aveling

With permission, Mr Speaker, I will make a statement on the collapse of services on the
Quarrendon main line.

On Monday, a new timetable introduced by Quarrendon Rail led to the cancellation of 412 trains
and left thousands of passengers stranded. This followed the strikes of 4 and 6 February, when
almost no trains ran at all. It is not acceptable.

Yesterday I met the chief executive of Quarrendon Rail and made clear that the government
expects the old timetable to be restored while the new one is fixed.

Quarrendon Rail has run services on the line since 2015. The line was electrified in 2019, and
new trains entered service in December 2023, yet punctuality last month was the worst since
2018. Passengers have paid for a modern railway and they are not getting one.

I am therefore taking three steps. First, an independent review, led by Dame Ruth Okeke, will
report to me by 30 June. Second, a compensation scheme for season ticket holders will open on
Monday. Third, I have decided not to extend Quarrendon Rail's contract: the operation of the
line will transfer to the public operator on 1 April.

I will place a copy of the review's terms of reference in the Library of the House, and I
commend this statement to the House.""",
        (
            expect("2025-02-17", "timetable"),
            expect("2025-02-04", "strike"),
            expect("2025-02-06", "strike"),
            expect("2025-02-18", "met"),
            expect("2015/..", "run"),
            expect("2019", "electrified"),
            expect("2023-12", "trains"),
            expect("../2025-06-30", "review", planned=True),
            expect("2025-02-24", "compensation", planned=True),
            expect("2025-04-01", "transfer", planned=True),
        ),
    ),
    Text(
        "welbury-dog-licence-page",
        "dog licence HTML page",
        date(2025, 3, 3),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Dog licences - Welbury Borough Council</title>
</head>
<body>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/animals">Animals
and pets</a></li><li>Dog licences</li></ol></nav>
<main>
<h1>Dog licences</h1>
<p>Every dog aged six months or over kept in the borough must have a licence. Licences were
introduced under the Welbury Dog Control Byelaw in 1987.</p>
<h2>Fees</h2>
<table>
<thead><tr><th>Licence</th><th>Until 31 March 2025</th><th>From 1 April 2025</th></tr></thead>
<tbody>
<tr><td>Standard</td><td>&pound;15.00</td><td>&pound;18.00</td></tr>
<tr><td>Concession (owner over 65)</td><td>&pound;5.00</td><td>&pound;6.00</td></tr>
</tbody>
</table>
<p>The standard fee will rise to &pound;18 from 1 April 2025. It was last changed in 2011.</p>
<h2>Renewing your licence</h2>
<p>You must renew by 31 March 2025 to avoid a &pound;50 late fee. We opened online renewals in
June 2019, and you can <a href="/dog-licence/renew">renew online</a> in five minutes.</p>
<p>Microchipping became compulsory for all dogs on 6 April 2016. Please have your dog's chip
number ready.</p>
<h2>Licence amnesty</h2>
<p>During our licence amnesty, from 1 to 28 February 2025, 1,142 unlicensed dogs were
registered without a penalty.</p>
<h2>Office opening</h2>
<p>The dog licence counter at the Civic Centre will be closed on Friday 18 April and Monday 21
April for the Easter holidays. It is open every weekday from 9am to 4pm.</p>
</main>
<div class="page-meta"><p>Page last reviewed: 3 March 2025 &middot; Next review due: 3
September 2025</p></div>
<footer><p>&copy; Welbury Borough Council 2025</p></footer>
</body>
</html>""",
        (
            expect("1987", "introduced"),
            expect("2025-04-01", "rise", planned=True),
            expect("2011", "changed"),
            expect("../2025-03-31", "renew", planned=True),
            expect("2019-06", "online"),
            expect("2016-04-06", "microchipping"),
            expect("2025-02-01/2025-02-28", "amnesty"),
            expect("2025-04-18", "closed", planned=True),
            expect("2025-04-21", "closed", planned=True),
        ),
    ),
    Text(
        "ashcombe-farm-succession-decision",
        "agricultural land tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (AGRICULTURAL LAND AND DRAINAGE)

Case reference: ALD/EA/2023/0417
Property: Ashcombe Farm, Little Wenning
Applicant: Daniel Rowe
Respondent: The Trustees of the Wenning Estate
Tribunal: Judge M. Harker, Mr J. Pryce FRICS, Mrs A. Lyle

DECISION

1. By this decision, given on 9 October 2024, the Tribunal directs that the Applicant is
entitled to a tenancy of Ashcombe Farm under section 39 of the Agricultural Holdings Act 1986.

REASONS

2. Ashcombe Farm, 118 hectares of mixed arable and grassland, was let to the Applicant's
father, George Rowe, under a tenancy granted on 29 September 1978. George Rowe died on 2 May
2023.

3. The Applicant applied to the Tribunal for a direction entitling him to succeed to the
tenancy on or about 14 June 2023. On 12 July 2023 the Respondent served a notice to quit under
Case G.

4. The Applicant has farmed the holding in partnership with his father since 1996. We accept
his evidence, and the accounts produced, that the holding has been his principal source of
livelihood in at least five of the last seven years.

5. The application was heard at Wenning Town Hall on 17 and 18 September 2024. The Respondent
argued that the Applicant occupies other commercial land, but the grazing he rents at Cold
Harbour is let from year to year and does not make him ineligible.

6. The Respondent is to deliver a written tenancy agreement to the Applicant no later than 31
December 2024.

7. Either party may apply for permission to appeal to the Upper Tribunal within 28 days of the
date on which this decision is sent to them.

Judge M. Harker""",
        (
            expect("2024-10-09", "directs"),
            expect("1978-09-29", "granted"),
            expect("2023-05-02", "died"),
            expect("2023-06-14~", "applied"),
            expect("2023-07-12", "notice"),
            expect("1996/..", "farmed"),
            expect("2024-09-17", "heard"),
            expect("2024-09-18", "heard"),
            expect("../2024-12-31", "agreement", planned=True),
        ),
    ),
    Text(
        "tollemarch-fireworks-history",
        "firework maker's history",
        None,
        """About us: Tollemarch & Sons, Pyrotechnists

The firm was founded in 1866 by Joseph Tollemarch, a chemist's assistant in Harlow Cross who
had been making coloured fires for the town's two theatres. His rockets and Roman candles were
soon in demand for fetes and regattas across the county.

On 14 August 1891 an explosion in the filling shed killed three workers, and the following
year the firm moved to a new factory on open ground at Cold Ashby Marsh, with each process in
its own small hut behind earth banks. Tollemarch received a royal warrant c. 1902, and between
1939 and 1945 the Marsh works made signal rockets and illuminating flares for the Admiralty.

The family sold the business in 1974 to the Calloway Group, and under its ownership production
at Cold Ashby was wound down: by 1999 all manufacture had moved abroad. The firm has sourced
its shells from Liuyang in China since 2003, and today its team of designers and licensed
shotfirers fires around 300 displays a year, from weddings to city celebrations.

Every year on 5 November, Tollemarch fires the Bonfire Night display on Harlow Cross Common, as
it has for more than a century.

Tollemarch will fire the city's New Year display over the river on 31 December 2025, the
largest in its history, with more than 9,000 shells set off from five barges.

Tollemarch & Sons Ltd | Member of the British Pyrotechnists Association | Explosives licence
HC/2021/0093""",
        (
            expect("1866", "founded"),
            expect("1891-08-14", "explosion"),
            expect("1892", "moved"),
            expect("1902~", "warrant"),
            expect("1939/1945", "signal"),
            expect("1974", "sold"),
            expect("../1999", "manufacture"),
            expect("2003/..", "sourced"),
            expect("2025-12-31", "new", "display", planned=True),
        ),
    ),
    Text(
        "holmvik-bandy-fixtures-card",
        "bandy league's fixtures card",
        date(2024, 10, 14),
        """NORDMARK BANDY LEAGUE
Division One - Fixtures 2024-25

HOLMVIK BK
Founded 1912 - Swedish champions 1958, 1961 and 1987

Home ground: Holmvik Ice Stadium, Sjovagen 4, Holmvik
All face-off times are local. Fixtures are subject to ice conditions and may be moved at
short notice; check holmvikbk.example before travelling.

Date        | Opponent        | Venue | Face-off
------------|-----------------|-------|---------
Sat 16 Nov  | Strandby IF     | Home  | 13:00
Sat 30 Nov  | Kvarnby BK      | Away  | 14:00
Sun 15 Dec  | Edsvalla AIK    | Home  | 13:00
Sat 11 Jan  | Torslunda GoIF  | Away  | 13:30
Sun 2 Feb   | Strandby IF     | Away  | 15:00

Play-off dates will be published once the league table is final.

Admission (home matches)
Adults 120 kr - Students and pensioners 80 kr - Under 16s free
Season ticket (all home league matches) 450 kr, from the club office or online.

Supporters' bus to away matches leaves the Ice Stadium car park three hours before face-off.
Seats 150 kr return; book with Lena on 070-555 12 34.

The kiosk serves coffee, waffles and pea soup at every home match.

Main sponsor: Holmvik Sparbank - Kit sponsor: Nordmark Trailers

Card printed 14 October 2024. Holmvik BK is not responsible for changes to fixtures made by
the league.""",
        (
            expect("1912", "founded"),
            expect("1958", "champions"),
            expect("1961", "champions"),
            expect("1987", "champions"),
            expect("2024-11-16", "strandby", planned=True),
            expect("2024-11-30", "kvarnby", planned=True),
            expect("2024-12-15", "edsvalla", planned=True),
            expect("2025-01-11", "torslunda", planned=True),
            expect("2025-02-02", "strandby", planned=True),
        ),
    ),
)
