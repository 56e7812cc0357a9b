"""The two-hundred-and-eightieth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a peat cutting notice, a
teqball tournament report, a gypsum mine company release, an ice merchant's day book of the
1890s, a water shrew survey, a music box maker's history, a disability minister's statement, an
ice cream parlour's HTML page, a gaming machine permit decision, a glassblowing history and a
solo whist drive fixtures card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTIETH_CORPUS",)


TWOHUNDREDEIGHTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "brenmoor-ferry-collision",
        "wire story with a dateline",
        date(2025, 3, 12),
        """BRENMOOR, March 12 (Meridian Press) - A passenger ferry and a cargo ship collided in fog
in the Brenmoor Strait on Monday, injuring 14 people and halting the busiest ferry route in the
region, operator Tessaly Lines said.

The ferry Aldra Queen, carrying 310 passengers, struck the stern of the Liberian-flagged bulk
carrier Moresca shortly after 7 a.m. about two miles off the harbour mouth. All passengers were
brought ashore by lifeboats and harbour tugs.

Investigators from the Marine Accident Board arrived in Brenmoor on Tuesday and boarded both
vessels. The board said it would publish an interim report no later than June 30.

Tessaly said crossings would resume on Friday with a chartered vessel. The Aldra Queen had
passed its annual safety inspection on or about Feb. 20, a company spokesman said, and its
radar had been replaced during the same overhaul.

Tessaly has operated the strait crossing since 2011, carrying about 1.2 million passengers a
year. The last collision on the route, in 2017, involved a fishing boat and caused no injuries.
Harbour officials said Monday's accident was the most serious on the strait since 1994.

"We have never lost a passenger and we did not lose one this time," Tessaly chief executive
Aron Vestby told reporters at the ferry terminal.

The company ordered a replacement for the 27-year-old ferry in 2022; the new ship, being built
at a yard in Gdansk, is due to enter service in 2027.

(Reporting by Lena Marsk; Editing by Paul Grady)""",
        (
            expect("2025-03-10", "collided"),
            expect("2025-03-11", "investigators"),
            expect("../2025-06-30", "report", planned=True),
            expect("2025-03-14", "crossings", "resum", planned=True),
            expect("2025-02-20~", "inspection"),
            expect("2011/..", "crossing"),
            expect("2017", "collision"),
            expect("2022", "replacement"),
            expect("2027", "service", planned=True),
        ),
    ),
    Text(
        "quellbright-ashwater-solar",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Quellbright Energy connects Ashwater Solar Farm to the grid

HARTWICK, 4 June 2025 - Quellbright Energy plc (LSE: QLB) today completed the grid connection
of its 48 MW Ashwater Solar Farm, the largest solar project in the county of Westmere.

Construction at the 95-hectare site began in September 2023. The farm is expected to reach
full output by the end of July and will supply electricity to approximately 30,000 homes. A
second phase, adding 20 MW of battery storage, will start construction in 2026, subject to
final consent.

"Ashwater shows what a patient, local approach can deliver," said Chief Executive Helena Marsh.
"We began talking to landowners here around 2019, and today the panels are exporting power to
the grid."

Quellbright will present the project to analysts at an investor call on Thursday 12 June at
10:00 BST.

About Quellbright Energy

Quellbright Energy was founded in 2009 in Hartwick as a rooftop solar installer. It listed on
the London Stock Exchange in 2014 and moved into grid-scale battery storage the following
year. The company now operates 410 MW of solar and storage capacity across England and Wales,
and has added capacity in every year since 2016.

Forward-looking statements

This release contains forward-looking statements that involve risks and uncertainties. Actual
results may differ materially from those expressed or implied.

Media contact: Owen Reeve, press@quellbright.example, +44 20 7946 0321

(c) 2025 Quellbright Energy plc. Registered in England and Wales No. 06983311.""",
        (
            expect("2025-06-04", "grid", "connection"),
            expect("2023-09", "construction"),
            expect("../2025-07", "output", planned=True),
            expect("2026", "phase", planned=True),
            expect("2019~", "landowners"),
            expect("2025-06-12", "investor", "call", planned=True),
            expect("2009", "founded"),
            expect("2014", "listed"),
            expect("2015", "storage"),
        ),
    ),
    Text(
        "traskell-bakery-lease-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF ORVENIA
DIVISION TWO

No. 23-1147

MARLOWE PROPERTIES, LLC, Plaintiff-Appellee,
v.
TRASKELL BAKERY, INC., Defendant-Appellant.

Appeal from the Circuit Court of Denholm County, Hon. Ruth A. Gaines, Judge.

Filed: November 18, 2024

OPINION

BRENNAN, J.

Traskell Bakery, Inc. appeals from a judgment awarding its former landlord unpaid rent under a
commercial lease. We affirm.

I. BACKGROUND

The parties executed a five-year lease on or about March 3, 2019, for a storefront at 41 Quay
Street, Denholm. Traskell took possession on April 1, 2019, and paid rent without incident until
January 2021, when it stopped paying, citing a loss of customers. Marlowe served a notice of
default on February 9, 2021. The storefront has remained vacant since June 2021.

Marlowe filed its complaint on May 14, 2021. After a bench trial, the circuit court entered
judgment for Marlowe in the amount of $212,480 on August 22, 2023. Traskell filed its notice of
appeal on September 20 of that year, and we heard argument on June 4, 2024.

II. DISCUSSION

Traskell argues that the doctrine of frustration of purpose excused its performance. The
doctrine has long been recognized in this State, see Halloway v. Pride, 88 Orv. 412 (1927), but
it applies only where the frustrating event was not reasonably foreseeable and the value of the
performance has been almost totally destroyed. The circuit court found that Traskell continued
to sell bread from a market stall after it stopped paying and that the storefront remained
usable. Those
findings are supported by the record, and we will not disturb them.

III. CONCLUSION

The judgment is affirmed. The matter is remanded for the limited purpose of fixing appellate
attorney fees, which the circuit court shall determine no later than March 31, 2025.

AFFIRMED AND REMANDED.

LOPEZ, P.J., and OKONJO, J., concur.""",
        (
            expect("2019-03-03~", "lease"),
            expect("2019-04-01", "possession"),
            expect("2021-01", "stopped", "pay"),
            expect("2021-02-09", "notice", "default"),
            expect("2021-06/..", "vacant"),
            expect("2021-05-14", "complaint"),
            expect("2023-08-22", "judgment"),
            expect("2023-09-20", "appeal"),
            expect("2024-06-04", "argument"),
            expect("../2025-03-31", "fees", planned=True),
        ),
    ),
    Text(
        "ostrevan-canal-history",
        "encyclopedia history",
        None,
        """Ostrevan Canal

The Ostrevan Canal is a 34-kilometre canal in the north of Valdmark, linking the former
coal-mining town of Ostrevan with the river port of Hesselby. It has 22 locks and one aqueduct.

History

An act authorising the canal was passed in 1791, and digging began c. 1793 under the engineer
Tobias Wrenn. The first section, from Hesselby to the aqueduct at Marl Bridge, opened on 12 May
1798; the full line to Ostrevan was completed four years later.

Coal traffic grew steadily and peaked around 1845, when some 400,000 tonnes a year passed
through the locks. The Ostrevan and Hesselby Railway reached the town in 1851, and the canal
company was sold to it the following year. Under railway ownership the canal declined; the
last commercial cargo is thought to have been carried in 1957, though a parish history gives a
later date.

Restoration

Since 1994 the canal has been managed by the Ostrevan Canal Trust, a charity run largely by
volunteers. Restoration of the six upper locks is planned to be completed by 2028, which would
let boats reach the town basin for the first time in generations.

See also

Canals of Valdmark; Marl Bridge Aqueduct

References

Wrenn, T. (1799). Report on the Ostrevan Navigation. Hesselby.
Ostrevan Canal Trust (2016). The Ostrevan Canal: A Guide. Ostrevan: OCT.""",
        (
            expect("1791", "act"),
            expect("1793~", "digging"),
            expect("1798-05-12", "section", "open"),
            expect("1802", "line", "complet"),
            expect("1845~", "traffic", "peak"),
            expect("1851", "railway"),
            expect("1852", "sold"),
            expect("1957?", "cargo"),
            expect("1994/..", "trust"),
            expect("../2028", "restoration", planned=True),
        ),
    ),
    Text(
        "callowmere-rovers-cup-tie",
        "sports report",
        date(2025, 2, 16),
        """Callowmere Rovers 3 Dunstable Athletic 1
Westmere Senior Cup, fifth round
By Tom Pryor

Callowmere Rovers are through to the quarter-finals of the Westmere Senior Cup for the first
time since 2013 after a 3-1 win over Dunstable Athletic at Ferry Lane on Saturday.

Joel Amadi, signed from Harrow Vale in January, scored twice in the first half to take his
tally to seven goals since he scored on his debut on January 18. Dunstable pulled one back
through Callum Rhys on 61 minutes before substitute Dean Okoro sealed the tie in stoppage time
with a low shot from the edge of the box.

"We've waited twelve years to get this far again and the lads deserved it," said manager Ruth
Kells, who has been in charge since October 2022. Kells played in the Rovers side that won the
trophy in 1998, the last time the club lifted it.

The quarter-final draw will be made on Monday evening, and the ties are to be played on the
weekend of March 8-9. Before that Rovers host Pelham Town in the league on Wednesday, when
Amadi is expected to start again up front.

The club, founded in 1887, lies fourth in the Westmere League, three points off the top.

Rovers: Baines; Cole, Frith, Marsh, Ogun; Pell, Wade (Okoro 78), Ross; Amadi, Hurst, Lyle.
Dunstable: Keane; Brook, Hale, Iqbal, Tate; Rhys, Noon, Pryce (Lamb 70); Dyer, Foster, Gill.
Referee: S. Whitlock. Attendance: 1,214.""",
        (
            expect("2025-02-15", "dunstable"),
            expect("2025-01", "amadi", "signed"),
            expect("2025-01-18", "debut"),
            expect("2022-10/..", "kells", "charge"),
            expect("1998", "trophy"),
            expect("2025-02-17", "draw", planned=True),
            expect("2025-03-08/2025-03-09", "ties", planned=True),
            expect("2025-02-19", "pelham", planned=True),
            expect("1887", "founded"),
        ),
    ),
    Text(
        "ferrowick-tools-our-story",
        "company history",
        None,
        """Our Story - Ferrowick Tools

Ferrowick Tools was founded in 1921 by Albert Ferrowick, a blacksmith's son, in a rented
workshop behind the Swan Inn at Castleby. He made chisels and plane irons for the joiners and
wheelwrights of the valley, and sold them from the back of a bicycle.

Around 1930 the business moved to larger premises on Ledbury Road, where it still stands
today. The first Ferrowick catalogue listed 112 tools, every one of them forged and ground by
hand. From 1940 to 1945 the works made bayonets and aircraft fittings for the war effort, and
more than half of its workforce were women.

Albert's sons incorporated the firm as Ferrowick Tools Ltd in 1952 and began exporting to
Canada the following year. Ferrowick was sold to the Halden engineering group in 1974, which
moved much of the production to a plant in the Midlands. In 1996 the Ferrowick family bought
the firm back, and forging returned to Castleby.

Since 2010 the Ledbury Road works has run entirely on power from its own solar roof and a
small hydro turbine on the old mill leat. Today Ferrowick employs 86 people and sells its tools
in more than 40 countries.

A second factory, at Pennock Park on the edge of Castleby, is scheduled to open in 2026,
doubling our capacity for forged tools.

(c) 2024 Ferrowick Tools Ltd - Registered in England No. 01833440 - Ledbury Road, Castleby""",
        (
            expect("1921", "founded"),
            expect("1930~", "moved"),
            expect("1940/1945", "bayonets"),
            expect("1952", "incorporated"),
            expect("1953", "export"),
            expect("1974", "halden"),
            expect("1996", "bought"),
            expect("2010/..", "solar"),
            expect("2026", "factory", planned=True),
        ),
    ),
    Text(
        "tessalind-lunar-orbiter",
        "mission summary",
        None,
        """TESSALIND LUNAR ORBITER - MISSION SUMMARY
Agency: Nordic Space Office (NSO) | Launch vehicle: Vega-N | Status: extended operations
Document NSO-TLO-SUM-07, revision C, 30 April 2025

Overview
Tessalind, the first lunar spacecraft of the Nordic Space Office, was launched from Kourou on
14 September 2021. After an 18-day transfer it entered lunar orbit on 2 October, and science
operations began about two weeks later, once the mapping camera and the neutron spectrometer
had been calibrated.

Primary and extended missions
The primary mission ended in October 2022, after the spacecraft had mapped 98 per cent of the
surface at 5-metre resolution. NSO extended the mission in 2023 and again in 2025, concentrating
on the permanently shadowed craters near the south pole, where the neutron spectrometer has
found signs of water ice.

Anomalies
On 9 March 2024 a memory fault put the orbiter into safe mode; controllers in Kiruna restored
normal operations three days later. No science data were lost.

End of mission and successor
The spacecraft will be deliberately crashed on the far side of the Moon no later than December
2026, before its propellant runs out. A successor, Tessalind-2, carrying a small lander, is
scheduled for launch in 2028.

Spacecraft
Mass at launch: 412 kg | Power: 780 W (solar) | Orbit: 100 km, polar | Instruments: 4""",
        (
            expect("2021-09-14", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-16~", "science"),
            expect("2022-10", "primary"),
            expect("2023", "extended"),
            expect("2025", "extended"),
            expect("2024-03-09", "safe", "mode"),
            expect("2024-03-12", "restored"),
            expect("../2026-12", "crash", planned=True),
            expect("2028", "tessalind-2", planned=True),
        ),
    ),
    Text(
        "korvath-ryle-flood-statement",
        "government statement",
        None,
        """MINISTRY OF INFRASTRUCTURE AND WATER
Statement by the Minister, Anneke Dorval, on the Ryle Valley floods
Korvath, 21 January 2025

Between 16 and 19 January, more than 180 millimetres of rain fell on the upper Ryle valley,
twice the usual amount for the whole of January. The government declared a state of emergency
for the districts of Ashby and Lenmore on 17 January, and the river peaked at Ashby on the
evening of the 18th, at 6.42 metres.

Some 40 mobile pumps sent by neighbouring regions arrived on or about 19 January and are still
at work. Around 3,400 homes were flooded. No lives were lost.

I visited Ashby and Lenmore yesterday and met families who have lost almost everything. I want
to thank the fire brigades, the water boards and the hundreds of volunteers who filled sandbags
through the night. The Ashby flood wall, completed in 2016, held, and protected the town
centre.

The government will act on three fronts.

First, emergency relief payments of up to 5,000 per household will begin on 3 February.

Second, I will convene the Ryle Valley recovery board on Thursday, with the mayors of both
districts and the chair of the water board.

Third, an independent review of the flood defences of the whole valley will report no later
than 30 June. The ministry already inspects every dike in the valley each October; the review
will tell us whether that is enough.

The people of the Ryle valley will not be left to rebuild alone.

Press office: +31 70 555 0199 | press@miw.example""",
        (
            expect("2025-01-16/2025-01-19", "rain"),
            expect("2025-01-17", "emergency"),
            expect("2025-01-18", "peak"),
            expect("2025-01-19~", "pumps"),
            expect("2025-01-20", "visit"),
            expect("2016", "wall"),
            expect("2025-02-03", "payments", planned=True),
            expect("2025-01-23", "board", planned=True),
            expect("../2025-06-30", "review", planned=True),
        ),
    ),
    Text(
        "pellinford-library-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pellinford library reopens after 4m refit | Pellinford Courier</title>
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Pellinford library reopens after 4m refit</h1>
<p class="byline">By Sian Marwood &middot; <time datetime="2025-04-07">Monday 7 April 2025</time>
</p>
<p>Pellinford Central Library reopened its doors on Saturday after a refurbishment that kept
it closed for more than a year and a half. More than 2,000 people came through the doors on
the first day.</p>
<p>The library closed in August 2023, and builders started work on 11 September that year. The
Edwardian building, which opened in 1908, now has new lifts, a roof terrace and a whole floor
for children. Its reading room, rebuilt after a fire in 1961, has been restored to its original
green and gold.</p>
<p>The council first proposed the refit around 2019, but the plans were held up by the
pandemic and by rising building costs.</p>
<p>A cafe run by a local social enterprise will open next month, and Sunday opening will start
on 4 May. The mayor, Cllr Rhona Ashe, will perform a formal opening on Thursday.</p>
<figure><img src="/img/library-reading-room.jpg" alt="The restored reading room">
<figcaption>The restored reading room. Photo: Pellinford Courier</figcaption></figure>
</article>
<p class="updated">Last updated: 8 April 2025, 09:12</p>
<footer>&copy; 2025 Pellinford Courier Ltd. All rights reserved.</footer>
</body>
</html>""",
        (
            expect("2025-04-05", "reopen"),
            expect("2023-08", "closed"),
            expect("2023-09-11", "work"),
            expect("1908", "building", "open"),
            expect("1961", "fire"),
            expect("2019~", "propos"),
            expect("2025-05", "cafe", planned=True),
            expect("2025-05-04", "sunday", planned=True),
            expect("2025-04-10", "formal", planned=True),
        ),
    ),
    Text(
        "glenarrow-peat-cutting-notice",
        "peat cutting notice",
        None,
        """GLENARROW MOSS TURBARY COMMITTEE
PUBLIC NOTICE - PEAT CUTTING 2025
Ref. GMT/PC/25/04

Notice is hereby given that the cutting of peat for domestic fuel on Glenarrow Moss will be
permitted from 1 May to 31 August 2025, on the banks allotted to holders of turbary rights only.

1. Holders wishing to work a bank this year must return the enclosed form to the Clerk no later
than 18 April. Forms received after that date will not be considered.

2. Vacant banks will be allotted by ballot at the Community Hall, Glenarrow, on Tuesday 22 April
at 7 pm. Holders need not attend.

3. The northern section of the Moss, closed by the Committee in 2022 to allow the bog to
recover, remains closed. No cutting, stacking or driving of vehicles is permitted there.

4. The Moss has been a Special Area of Conservation since 2006. Cutting by machine is
prohibited. Turbary rights on the Moss were confirmed by the Land Court in 1911 and attach to
the crofts named in the schedule, not to persons.

5. The drainage works on the access track were completed in October 2024. Vehicles must keep to
the track and park at the turning place.

6. The Warden will inspect all banks on or about 12 May, and any bank cut beyond its marked line
will be withdrawn for the season.

Dated this 2nd day of April 2025.

(signed) Morag Lennie
Clerk to the Committee
Community Hall, Glenarrow""",
        (
            expect("2025-05-01/2025-08-31", "cutting", planned=True),
            expect("../2025-04-18", "form", planned=True),
            expect("2025-04-22", "ballot", planned=True),
            expect("2022", "northern", "closed"),
            expect("2006/..", "conservation"),
            expect("1911", "court"),
            expect("2024-10", "drainage"),
            expect("2025-05-12~", "inspect", planned=True),
        ),
    ),
    Text(
        "varnsby-teqball-open",
        "teqball tournament report",
        date(2025, 6, 23),
        """VARNSBY OPEN: LINDQVIST DOUBLES UP ON HOME TABLE
Tournament report - Norland Teqball Federation

Ella Lindqvist won the women's singles at the Varnsby Teqball Open on Sunday, beating the top
seed, Nadia Ferreira of Portugal, in a final that went to a third set. The 24-year-old had
also taken the mixed doubles title on Saturday with Oskar Brandt.

Lindqvist, who won the Varnsby singles in 2022 and 2024, now has three titles in four years on
the curved table in the harbour hall. "I know every bounce in this room," she said.

The three-day tournament, held from Friday to Sunday, drew 164 players from 19 countries. The
Open, first staged in 2018, is now one of six events on the international ranking circuit, and
Norland players have reached at least one final in every edition.

Results
Women's singles: E. Lindqvist (NOR) bt N. Ferreira (POR) 12-9, 10-12, 12-10
Men's singles: A. Kovac (SVK) bt J. Berg (NOR) 12-8, 12-11
Mixed doubles: Lindqvist/Brandt (NOR) bt Ferreira/Silva (POR) 12-7, 12-10
Men's doubles: Berg/Holm (NOR) bt Kovac/Hudak (SVK) 12-10, 9-12, 12-11

What's next
The federation will name its team for the European Championships on Friday. The championships
are to be held in Lisbon from 12 to 14 September, and entries close on 31 July. Berg, beaten in
the men's final, said he hoped to be picked for both singles and doubles.""",
        (
            expect("2025-06-20/2025-06-22", "tournament"),
            expect("2025-06-22", "singles"),
            expect("2025-06-21", "doubles"),
            expect("2022", "lindqvist"),
            expect("2024", "lindqvist"),
            expect("2018", "staged"),
            expect("2025-06-27", "team", planned=True),
            expect("2025-09-12/2025-09-14", "championships", planned=True),
            expect("2025-07-31", "entries", planned=True),
        ),
    ),
    Text(
        "sallowby-gypsum-extension",
        "gypsum mine company release",
        None,
        """Sallowby Minerals plc
Company announcement - 10 September 2025
Regulatory News Service

PLANNING CONSENT GRANTED FOR CRAKE HILL NORTH EXTENSION

Sallowby Minerals plc ("Sallowby" or "the Company"), a UK producer of gypsum for plaster and
plasterboard, announces that Eastmoor County Council granted planning consent on 2 September
for the northern extension of its Crake Hill underground mine.

The extension adds an estimated 14 million tonnes of gypsum reserves and extends the life of the
mine by some 25 years. Development of the first access drift will begin in January 2026, and
first gypsum from the new panels is expected by the end of 2027.

On 28 August the Company signed a ten-year supply agreement with Harlan Boards Ltd for its new
plasterboard plant at Fenwick, which will take up to 400,000 tonnes a year.

Crake Hill has been in continuous production since 1974. Sallowby acquired the mine in 1999. A
previous extension to the east, approved in 2011, was worked out in 2023.

Daniel Rook, Chief Executive, said: "This consent secures skilled jobs at Crake Hill for a
generation and gives our customers a home-grown supply of gypsum."

The Company will host a capital markets day at Crake Hill on Thursday 25 September.

Enquiries:
Sallowby Minerals plc - Daniel Rook, Chief Executive - +44 1632 960 217

Forward-looking statements: This announcement contains statements that are forward-looking.
They involve risks and uncertainties, and actual results may differ.

LEI: 2138005ZQ4PR8KXY4T12""",
        (
            expect("2025-09-02", "consent"),
            expect("2026-01", "drift", planned=True),
            expect("../2027", "gypsum", planned=True),
            expect("2025-08-28", "supply"),
            expect("1974/..", "production"),
            expect("1999", "acquired"),
            expect("2011", "approved"),
            expect("2023", "worked"),
            expect("2025-09-25", "capital", "markets", planned=True),
        ),
    ),
    Text(
        "thornwick-ice-daybook",
        "ice merchant's day book of the 1890s",
        None,
        """DAY BOOK - J. H. THORNWICK, ICE DEALER, MILLBRIDGE
1893

Jan. 14. Ice on the mill pond 9 in., clear & sound. Began cutting with 11 men & 4 teams.
Cold, wind N.

Jan. 23. Hard frost again after the soft spell; resumed cutting at 7 a.m. Took on two more
men at $1.25 a day.

Feb. 2. Ice house No. 2 full to the eaves. Paid off the extra men. Sawdust short; must
get 6 loads from Pratt's mill.

Mar. 1. Contract signed with the Grand Hotel for the season, 40 cts. per cwt., deliveries to
begin May 1. Mr. Howe wants the ice before 8 each morning.

Apr. 3. Word from Ames that he will renew the lease of the pond on or about the 15th inst.,
same rent as before, $30 the year.

June 30. Rounds heavy all month. Best June since '88. Two wagons out every day but Sunday.

Aug. 9. Horse Jack lame in the off fore. Tom says he will be fit by Saturday. Hired a horse
from Lacey at 75 cts. a day meantime.

Sept. 18. Closed the town rounds for the year.

Memo. Ice house No. 1 built by Father in 1871; roof wants new shingles before the cutting.
Owe Pratt $14 for sawdust.""",
        (
            expect("1893-01-14", "cutting"),
            expect("1893-01-23", "resum"),
            expect("1893-02-02", "full"),
            expect("1893-03-01", "contract"),
            expect("1893-05-01", "deliveries", planned=True),
            expect("1893-04-15~", "lease", planned=True),
            expect("1893-08-09", "lame"),
            expect("../1893-08-12", "jack", planned=True),
            expect("1893-09-18", "rounds"),
            expect("1871", "built"),
        ),
    ),
    Text(
        "ledburn-water-shrew-survey",
        "water shrew survey",
        None,
        """LEDBURN VALLEY WATER SHREW SURVEY 2024
Summary report for the Ledburn Catchment Partnership
Report ref. LCP/WS/24/03 - Issued 14 February 2025 - Page 1 of 6

1. Summary
Water shrews (Neomys fodiens) were recorded at 11 of the 40 survey sites on the River Ledburn
and its tributaries. Bait tubes were set at every site from 2 to 16 May 2024 and again from 9 to
23 September 2024, and were checked for droppings (scats) at the end of each round.

2. Background
The species was first recorded on the Ledburn in 1986, near Mill Reach. It has been absent from
the upper catchment above Hollin Weir since about 2005, probably because of the loss of bankside
vegetation to grazing. The last full survey, in 2017, found scats at 7 sites.

3. Results
Positive sites were concentrated on the lower river and on the Cressy Brook. Mill Reach, where
the Partnership completed bank restoration in March 2023, produced scats in both rounds. Between
the two survey rounds, on 27 July, a live water shrew was seen by a volunteer at Hollin Weir,
the first sighting above the weir for many years.

Table 1. Positive sites by round
Round       Sites surveyed   Positive
May         40               8
September   40               9

4. Next steps
The records will be sent to the county biological records centre by 31 March. A repeat survey
is planned for May 2026, with tubes at ten new sites upstream of the weir. Volunteers check the
tubes every spring and autumn; new helpers are welcome.""",
        (
            expect("2024-05-02/2024-05-16", "tubes"),
            expect("2024-09-09/2024-09-23", "tubes"),
            expect("1986", "recorded"),
            expect("2005~/..", "absent"),
            expect("2017", "survey"),
            expect("2023-03", "restoration"),
            expect("2024-07-27", "seen"),
            expect("../2025-03-31", "records", planned=True),
            expect("2026-05", "repeat", "survey", planned=True),
        ),
    ),
    Text(
        "corvelle-music-box-history",
        "music box maker's history",
        None,
        """Corvelle et Fils

Corvelle et Fils was a maker of cylinder and disc music boxes at Valmorin, in the Jura
mountains of western Switzerland.

History

The firm was founded in 1846 by Auguste Corvelle, a watch-case maker who had learnt to pin
cylinders in Geneva. He made his first cylinder boxes c. 1850 in a workshop above the family's
house on the Rue du Lac. His son Louis patented an interchangeable cylinder in 1862, which let a
single box play up to six sets of tunes, and the firm's Sublime Harmonie boxes won a gold medal
at the Paris Exposition of 1878.

Facing competition from German disc machines, Corvelle introduced its own disc boxes in 1893 and
enlarged the factory two years later, when it employed about 180 workers. Production of music
boxes probably stopped in 1915, when the factory turned to making fuses for the French army;
the company's records for the war years are lost.

Legacy

Since 1972 the former workshop has housed the Valmorin Music Box Museum, which owns some 240
Corvelle boxes and a working cylinder-pinning bench. Corvelle boxes are among the most sought
after at auction: a six-cylinder Sublime Harmonie sold for 96,000 francs in 2019, the highest
price paid for a Swiss cylinder box since 1990.

See also

Music box; Swiss watchmaking; Jura industrial heritage""",
        (
            expect("1846", "founded"),
            expect("1850~", "cylinder", "boxes"),
            expect("1862", "patented"),
            expect("1878", "medal"),
            expect("1893", "disc"),
            expect("1895", "enlarged"),
            expect("1915?", "production"),
            expect("1972/..", "museum"),
            expect("2019", "sold"),
        ),
    ),
    Text(
        "ardlow-access-to-work-statement",
        "disability minister's statement",
        None,
        """Department for Work and Inclusion
Written Ministerial Statement
Access to Work: government response to the consultation
Made on: Thursday 6 November 2025
Made by: Priya Ardlow, Minister for Disabled People
Statement UIN HCWS1047

In March the Government launched a review of the Access to Work scheme, which helps disabled
people meet the extra costs of being in work. The public consultation that followed closed on
30 September. Roughly 1,400 disabled people, employers and organisations responded, and I am
grateful to every one of them.

I am today publishing the Government's response.

The review drew on the Fast Track pilot, which ran in six jobcentres from June 2023 to May 2024
and cut the average wait for a decision from 14 weeks to 5. That pilot was first announced in
around February 2023. Since January 2024 the Department has also funded specialist advisers
for people with sight loss in every region.

Applications to the scheme have risen in every year since 2018, and demand now outstrips the
budget. We cannot go on asking disabled people to wait months for support they need now.

We will therefore make three changes. A new grants scheme for small employers will open on
1 April 2026. Legislation to put Access to Work on a statutory footing will be introduced no
later than the end of 2026. And a disabled people's advisory panel will meet for the first time
on Monday 17 November, to help us shape the detail.

I will place a copy of the response in the Libraries of both Houses.""",
        (
            expect("2025-03", "review"),
            expect("2025-09-30", "consultation"),
            expect("2025-11-06", "response"),
            expect("2023-06/2024-05", "pilot"),
            expect("2023-02~", "announced"),
            expect("2024-01/..", "advisers"),
            expect("2026-04-01", "grants", planned=True),
            expect("../2026", "legislation", planned=True),
            expect("2025-11-17", "panel", planned=True),
        ),
    ),
    Text(
        "gelmarro-ice-cream-parlour-page",
        "ice cream parlour HTML page",
        date(2025, 7, 2),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>News | Gelmarro's Ice Cream Parlour, Saltby</title>
<meta name="description" content="Family ice cream makers on the Saltby seafront.">
</head>
<body>
<header><h1>Gelmarro's</h1><p class="tagline">Family ice cream makers, Saltby</p>
<nav><a href="/">Home</a> <a href="/flavours">Flavours</a> <a href="/news">News</a></nav></header>
<main>
<section id="news">
<h2>Parlour news</h2>
<article>
<h3>Closed Monday for a freezer refit</h3>
<p>We're closed all day on Monday while our new blast freezer goes in. We reopen on Tuesday at
11am, with three new sorbets in the cabinet.</p>
</article>
<article>
<h3>Gold for pistachio!</h3>
<p>Our Sicilian pistachio won gold at the North Coast Ice Cream Awards on Sunday, our fourth gold
since 2018. Grazie to everyone who voted!</p>
</article>
<article>
<h3>Sundae Saturday is back</h3>
<p>Sundae Saturday returns on Saturday 19 July: build your own sundae for five pounds. And every
Friday in August we'll stay open until 10pm.</p>
</article>
<article>
<h3>Lemon &amp; basil is here</h3>
<p>We launched our lemon and basil sorbet on 1 June and it's already our bestseller.</p>
</article>
</section>
<section id="about">
<h2>Our story</h2>
<p>Nonna Rosa Gelmarro opened the first Gelmarro's, a single counter on Harbour Street, in 1954.
The family moved to the big pink building on the seafront around 1968, and the parlour was
refitted with its famous mirrored walls in 1987. Since 2016 we've baked all our cones by hand in
the back kitchen.</p>
</section>
</main>
<footer><p>Gelmarro's, 4 Marine Parade, Saltby &middot; Open daily 11am-9pm</p>
<p>&copy; 2025 Gelmarro's Ice Cream Ltd</p></footer>
</body>
</html>""",
        (
            expect("2025-07-07", "closed", planned=True),
            expect("2025-07-08", "reopen", planned=True),
            expect("2025-06-29", "gold"),
            expect("2025-07-19", "sundae", planned=True),
            expect("2025-06-01", "sorbet"),
            expect("1954", "open"),
            expect("1968~", "moved"),
            expect("1987", "refitted"),
            expect("2016/..", "cones"),
        ),
    ),
    Text(
        "hollinbrook-gaming-permit-decision",
        "gaming machine permit decision",
        None,
        """HOLLINBROOK BOROUGH COUNCIL
Licensing Sub-Committee

DECISION NOTICE - Licensed Premises Gaming Machine Permit
Gambling Act 2005, Schedule 13

Premises: The Lamplighter, 22 Canal Street, Hollinbrook
Applicant: Brindle Taverns Ltd
Reference: LIC/GMP/0447
Date of this notice: 14 March 2025

1. The application, for a permit for four category C gaming machines, was received on 6 January
2025. The premises has held a premises licence for the sale of alcohol since 2018.

2. Hollinbrook Police made a representation on 28 January, citing a failed test purchase on
15 August 2023, when a 16-year-old was allowed to play a machine at the premises.

3. The applicant's previous permit expired on 30 November 2024, and the machines were removed on
or about 2 December.

4. At the hearing on 12 March the Sub-Committee granted a permit for three machines rather than
the four applied for, after hearing from the applicant's manager, Mr K. Dunmore, and from PC
Ellis for the police. It was satisfied that new staff training and a machine placed in sight of
the bar would protect children.

5. The permit takes effect on 1 April 2025. Licensing officers will carry out a compliance visit
no later than 30 June 2025.

6. Right of appeal: the applicant or the police may appeal to the magistrates' court within
21 days of receiving this notice.

Signed: Cllr A. Penrose, Chair of the Sub-Committee""",
        (
            expect("2025-01-06", "application"),
            expect("2018/..", "licence"),
            expect("2025-01-28", "representation"),
            expect("2023-08-15", "test", "purchase"),
            expect("2024-11-30", "expired"),
            expect("2024-12-02~", "removed"),
            expect("2025-03-12", "grant"),
            expect("2025-04-01", "permit", planned=True),
            expect("../2025-06-30", "compliance", planned=True),
        ),
    ),
    Text(
        "brantholm-glassworks-history",
        "glassblowing history",
        None,
        """Glassmaking at Brantholm

Brantholm, a small town on the edge of the Eskdal forest, was one of the oldest glassmaking
centres in northern Europe. Its glassblowers depended on the beech woods for fuel and on the
white sand of the river Roda for their batch.

Early glasshouses

A glasshouse at Brantholm is first mentioned in a tax roll of 1574. Venetian glassblowers,
invited by the lord of the manor, arrived around 1610 and introduced the making of clear
drinking glasses in the facon de Venise. The glasshouse burned down, probably in 1688, and was
rebuilt in 1690 on the present site by the merchant Henrik Falck.

The cone and the bottle works

The great brick cone, 31 metres high, was built in 1791 and is the last of its kind in the
region. From 1820 to 1870 the works made wine and mineral-water bottles for export, employing
up to 300 people, but it could not compete with machine-made bottles and closed in 1931.

Studio glass

Since 1985 studio glassblowers have worked in the old cone, which is now a protected monument.
A visitor centre with a glass museum is due to open beside it in 2027.

Bibliography

Lund, K. Brantholm Glas 1574-1931. Eskdal, 1994.
Falck, M. Glassblowers of the Eskdal Forest. Copenhagen, 2008.""",
        (
            expect("1574", "glasshouse", "mention"),
            expect("1610~", "venetian"),
            expect("1688?", "burned"),
            expect("1690", "rebuilt"),
            expect("1791", "cone"),
            expect("1820/1870", "bottles"),
            expect("1931", "closed"),
            expect("1985/..", "studio"),
            expect("2027", "visitor", planned=True),
        ),
    ),
    Text(
        "pebbleton-solo-whist-fixtures",
        "solo whist drive fixtures card",
        None,
        """PEBBLETON SOLO WHIST CLUB
(Affiliated to the East Coast Whist Association)

FIXTURES CARD - SEPTEMBER TO DECEMBER 2025

Drives are held every Tuesday in the Methodist Hall, Mill Lane, at 7.30 pm prompt.
Table money 2 pounds. Tea and biscuits at the interval. Beginners always welcome.

SPECIAL FIXTURES

Tue 9 Sept ........ Opening Drive - prizes for the three best scores
Tue 23 Sept ....... Harvest Drive (please bring a tin for the food bank)
Sat 11 Oct ........ Inter-club match v. Dunmore SWC (away), coach leaves Mill Lane 1 pm
Tue 28 Oct ........ Annual General Meeting, 7 pm, followed by a short drive
Tue 11 Nov ........ Remembrance Drive - play starts after the two minutes' silence
Tue 16 Dec ........ Christmas Drive and prize-giving - hot supper, tickets 8 pounds

SUBSCRIPTIONS

Annual subscriptions (15 pounds) are due no later than 30 September. Members who have not paid
by then will be charged visitors' table money.

ABOUT THE CLUB

The club was founded in 1948 by the staff of the Pebbleton gasworks. We were East Coast League
champions in 2019 and 2023. Misere
ouverte must be called before the lead; abondance declared in trumps beats abondance.

Hon. Secretary: Mrs E. Tate, 14 Dene Road, Pebbleton - Tel. 01632 960481
Hon. Treasurer: Mr R. Goode

Printed by Seaview Press, Pebbleton""",
        (
            expect("2025-09-09", "opening", planned=True),
            expect("2025-09-23", "harvest", planned=True),
            expect("2025-10-11", "dunmore", planned=True),
            expect("2025-10-28", "meeting", planned=True),
            expect("2025-11-11", "remembrance", planned=True),
            expect("2025-12-16", "christmas", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("1948", "founded"),
            expect("2019", "champions"),
            expect("2023", "champions"),
        ),
    ),
)
