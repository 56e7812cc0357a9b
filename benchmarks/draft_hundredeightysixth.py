"""The hundred-and-eighty-sixth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in twenty styles: a wire story with a dateline, a press release, a court
opinion, an encyclopedia history, a sports report, a company history, a mission summary
(space), a government statement, an HTML news page, a flash flood warning, a boxing title
fight report, a semiconductor plant delay release, a shipwright's letters of the 1790s, a
seabird cliff count report, a grammar school's history, a trade minister's tariff statement,
a nature trust HTML volunteer days page, a housing disrepair tribunal decision, a glove
maker's history and a sailing club's log of races. The organisations, people and facts are
invented. Facts whose date a reader could take two ways (a season, "late 1970s", "next
week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYSIXTH_CORPUS",)


HUNDREDEIGHTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "calder-line-reopens",
        "wire story with a dateline",
        date(2025, 3, 14),
        """RIVERTON, March 14 (Northwind News) - Passenger trains ran again on the
Riverton-Calder line on Thursday, ending a closure that had cut the valley's only rail link
for more than nine weeks.

The line was closed on January 6, when a landslide buried the track in the Harrow cutting
under some 8,000 tonnes of clay and rock. Engineers finished stabilising the cutting on
February 28, and test trains have been running at walking pace. It was the longest
closure on the route since 1962.

Opened in 1884 to carry slate to the coast, the line was electrified in about 1991 and now
carries around 4,200 passengers a day. The operator, Valerail, said only a reduced service
was running this week; it will restore the full timetable on Monday.

An inquiry by the regional transport authority is looking at why drainage in the cutting
failed. Its report is due no later than June 30, the authority said.

"We owe the valley an answer," said Valerail's chief executive, Odile Marchetti. Freight
trains, which run every Tuesday and Friday, are expected to return in the coming weeks.

(Reporting by Piet Anselm; Editing by Rosa Kwame; newsdesk +44 161 496 0721)""",
        (
            expect("2025-03-13", "trains", "ran"),
            expect("2025-01-06", "landslide"),
            expect("2025-02-28", "cutting"),
            expect("1884", "opened"),
            expect("1991~", "electrified"),
            expect("2025-03-17", "timetable", planned=True),
            expect("../2025-06-30", "report", planned=True),
        ),
    ),
    Text(
        "brightwell-test-centre",
        "press release",
        date(2024, 5, 20),
        """FOR IMMEDIATE RELEASE

Brightwell Pumps opens £14m hydraulic test centre in Ashby Moor

ASHBY MOOR, 20 May 2024 - Brightwell Pumps Ltd, the independent maker of industrial water
pumps, today opened its new hydraulic test centre at the Ashby Moor works, the largest
investment in the company's history.

Construction of the 6,500 square metre centre began in March 2023. Its three test loops can
run pumps at flows of up to 12,000 litres a second, letting Brightwell certify its largest
units in house for the first time.

The first product to be certified at the centre, the HydroMax 900 series, will be available
to customers from 1 July. A second phase, adding a cavitation laboratory, is to be completed
by the end of 2025.

Founded in 1962 by the engineer Harold Brightwell, the company employs 640 people and has
exported pumps to Brazil since 2009.

"This centre lets us prove every pump before it leaves the gate," said managing director
Sunita Raval.

Notes to editors
Brightwell Pumps Ltd is registered in England (company no. 00719834) and certified to
ISO 9001.

Media contact: Ewan Lyle, press@brightwell-pumps.example, +44 1530 960 412

ENDS""",
        (
            expect("2024-05-20", "test", "centre"),
            expect("2023-03", "construction"),
            expect("2024-07-01", "hydromax", planned=True),
            expect("../2025", "phase", planned=True),
            expect("1962", "found"),
            expect("2009/..", "export"),
        ),
    ),
    Text(
        "pellow-v-carrick-estates",
        "court opinion",
        None,
        """IN THE COUNTY COURT AT LANWORTH
Case No. F02LW118
BETWEEN: MARGARET PELLOW (Claimant) and CARRICK ESTATES LIMITED (Defendant)

JUDGMENT

1. The claimant is the tenant of Flat 4, Anchor House, a purpose-built block constructed
circa 1931. She took a lease of the flat from the defendant on 14 April 2016.

2. On or about 3 September 2021 water began to enter the flat through the bathroom
ceiling from a failed roof outlet. The claimant notified the defendant by letter dated 10
September 2021. The defendant accepts that it received that letter.

3. No effective repair was carried out. Proceedings were issued on 21 February 2022,
alleging breach of the repairing covenant implied by section 11 of the Landlord and Tenant
Act 1985.

4. The trial was heard over two days, on 12 and 13 June 2023. I heard evidence from the
claimant, from her daughter and from the defendant's property manager, Mr Osei.

5. I am satisfied that the defendant had notice of the defect and failed to
remedy it within a reasonable time. The claimant is entitled to damages of
£7,850.

6. I order the defendant to complete the works set out in the schedule no later than 31
January 2024. Permission to apply is given to both parties.

District Judge Haverley""",
        (
            expect("1931~", "constructed"),
            expect("2016-04-14", "lease"),
            expect("2021-09-03~", "water"),
            expect("2021-09-10", "letter"),
            expect("2022-02-21", "proceedings"),
            expect("2023-06-12/2023-06-13", "trial"),
            expect("../2024-01-31", "works", planned=True),
        ),
    ),
    Text(
        "maldrecht-history",
        "encyclopedia history",
        None,
        """Maldrecht

History

Maldrecht grew up around a river crossing on the road between the abbey of Sint-Oda and
the coast. A settlement was founded there c. 1140 by tenants of the abbey, and the count
granted it a town charter in 1287. Further privileges followed with the grant of annual
fairs in 1330, 1352 and 1377, the last of which was still held in the nineteenth century.

The town was possibly sacked in 1402, though the chroniclers who report it wrote much
later and may have confused Maldrecht with a neighbouring village. Its prosperity in the
following century is not in doubt: the cloth guild built a new hall between 1521 and 1524,
and the building survives as the town museum.

Maldrecht declined after the river silted up. The railway reached the town in 1867, and by
1900 the population had doubled to some 9,000, most of them employed in the brickworks
along the canal.

Since 1974 Maldrecht has been part of the municipality of Oude Waard. The market, held
every Saturday on the Grote Markt, remains one of the largest in the province.

See also
- List of cloth halls in the Low Countries""",
        (
            expect("1140~", "settlement", "found"),
            expect("1287", "charter"),
            expect("1330", "fair"),
            expect("1352", "fair"),
            expect("1377", "fair"),
            expect("1402?", "sacked"),
            expect("1521/1524", "hall"),
            expect("1867", "railway"),
            expect("../1900", "population"),
            expect("1974/..", "municipality"),
        ),
    ),
    Text(
        "thornbury-rovers-win",
        "sports report",
        date(2024, 9, 16),
        """Rovers end home hoodoo as Adeyemi double sinks Castlegate

By Fergus Nayler, Football Correspondent

Thornbury Rovers 2 Castlegate Athletic 0

Thornbury Rovers finally won at Meadow Lane on Saturday, two goals from Kofi Adeyemi giving
them their first home league victory since 2009 against their old rivals.

Adeyemi, who signed from Dunmere Town in August 2023, opened the scoring after 23 minutes
with a low shot and headed the second from a corner shortly after half-time. Castlegate,
who have not won away all season, rarely threatened.

"The lads have trained for this every Thursday for a month," said manager Ruth Calloway.

The club, founded in 1897 by workers at the town's ropeworks, have now climbed to sixth.
They travel to Penwick on Wednesday and host Holm United in the county cup semi-final,
which is to be played on 5 October.

Captain Liam Strand, out since the opening day with a hamstring injury, is expected to be
fit again no later than 28 September, Calloway said.

Thornbury Rovers: Okoro; Bell, Tanaka, Wrenn, Doyle; Marsh, Pike, Oyelaran; Hughes,
Adeyemi, Crane.
Attendance: 3,114.""",
        (
            expect("2024-09-14", "rovers", "won"),
            expect("2023-08", "adeyemi", "signed"),
            expect("1897", "found"),
            expect("2024-09-18", "penwick", planned=True),
            expect("2024-10-05", "semi", planned=True),
            expect("../2024-09-28", "strand", planned=True),
        ),
    ),
    Text(
        "ostlund-daughters-history",
        "company history",
        None,
        """Our History - Östlund & Daughters

1908 - 1950
Elin Östlund opened a joinery in a rented barn outside Vännby in 1908, making chairs for
the farms of the parish. Her two daughters joined the business as apprentices, and the
firm took their name when it was registered. In 1923 the company moved to a new works by
the railway station, and it began exporting to Norway the following year.

1950 - 1990
Östlund & Daughters was bought by the Halvarsson timber group in around 1956, but kept its
name and its designers. Its chairs won the Nordic Design Prize in 1971, 1979 and 1988, the
last time for the stacking chair Model 1750, still in production today.

1990 - today
The shares were listed on the Stockholm exchange on 14 May 1997. Since 2012 all of the
company's timber has been certified as coming from sustainably managed forests, and the
works now turns out about 900 chairs a week.

We still sand every seat by hand, as Elin did, and every chair is inspected twice before it
leaves the works.

Östlund & Daughters AB · Stationsvägen 4 · Vännby · org. nr 556077-1908""",
        (
            expect("1908", "joinery"),
            expect("1923", "works", "moved"),
            expect("1924", "export"),
            expect("1956~", "bought"),
            expect("1971", "prize"),
            expect("1979", "prize"),
            expect("1988", "prize"),
            expect("1997-05-14", "listed"),
            expect("2012/..", "timber", "certified"),
        ),
    ),
    Text(
        "kestrel-mission-summary",
        "mission summary",
        None,
        """KESTREL - Asteroid Sample Return Mission
Mission summary (status page, Deep Space Science Office)

Kestrel was approved in 2014 as the agency's second small-body mission. The spacecraft
was launched on 3 March 2019 from the Orvik launch site on a Series 4 rocket and used an
Earth gravity assist the following spring on its way to the near-Earth asteroid 2009 KX17.

Kestrel entered orbit around the asteroid on August 6, 2021, and released its small
lander, Wren, on November 12. Wren drilled two cores from the surface and transmitted
images for some 60 hours before its batteries ran down; its signal was last heard on or
about November 15.

The main spacecraft collected a surface sample in early 2022 and left the asteroid in
June 2023. Its sample capsule is expected to land in the Kessel desert test range in
September 2026. After releasing the capsule the spacecraft will go on to an extended
mission, with a flyby of a second asteroid scheduled for 2028.

Mission facts
Launch mass: 1,420 kg
Power: two solar arrays, 4.1 kW at 1 AU
Contact: kestrel-pio@dsso.example""",
        (
            expect("2014", "approved"),
            expect("2019-03-03", "launch"),
            expect("2021-08-06", "orbit"),
            expect("2021-11-12", "wren", "lander"),
            expect("2021-11-15~", "signal"),
            expect("2023-06", "left", "asteroid"),
            expect("2026-09", "capsule", planned=True),
            expect("2028", "flyby", planned=True),
        ),
    ),
    Text(
        "water-ministry-drought",
        "government statement",
        date(2025, 6, 9),
        """Ministry of Water and Environment
Statement by the Minister for Water, Anneke Rosvall
Published 9 June 2025

Drought measures for the southern river basins

This has been the driest spring in the southern basins since 1893. On Friday, the
combined storage of the six southern reservoirs fell to 41 per cent of capacity, the level
at which the drought plan requires action.

I visited the Kell reservoir on Saturday and saw for myself how far the water has fallen.
I have therefore agreed with the water companies that a temporary use ban will take effect
on 16 June across the southern basins. It will cover the watering of gardens with a hose
and the filling of private pools.

Each water company must submit an updated leakage plan to the ministry no later than 30
June. Companies that lose more water than their targets will face penalties.

In the longer term we need more storage. The Kell reservoir, opened in 2003, was the last
one built in the south. A second reservoir at Harnby is to be completed by 2029, and I
have asked officials to find ways to bring that date forward.

Households can find advice on saving water at the ministry's website. The ministry meets
the water companies each week until the reservoirs recover.

Press office: 020 7946 0331""",
        (
            expect("2025-06-06", "storage"),
            expect("2025-06-07", "visited", "kell"),
            expect("2025-06-16", "ban", planned=True),
            expect("../2025-06-30", "leakage", "plan", planned=True),
            expect("2003", "kell", "opened"),
            expect("../2029", "harnby", planned=True),
        ),
    ),
    Text(
        "fennick-museum-reopens",
        "HTML news page",
        date(2024, 7, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Fennick Museum reopens after renovation | Wexcombe Gazette</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/whats-on">What's on</a></nav>
<article>
<h1>Fennick Museum reopens its doors after two and a half years</h1>
<p class="byline">By Hana Bekele · <time datetime="2024-07-03">3 July 2024</time></p>
<p>The Fennick Museum reopened yesterday after a £6.2m renovation that has restored its
Victorian galleries and added a lift to every floor.</p>
<p>The museum closed in November 2021, when inspectors found rot in the roof timbers of
the building, which was completed in 1879 as the town's mechanics' institute.</p>
<p>Its collection of clocks and scientific instruments was given to the town by the
engineer Walter Fennick circa 1902. About 300 of them are now on show.</p>
<p>The first special exhibition, <em>Keeping Time</em>, will run from 10 July to 6 October.
Curator Owen Reyes will give an opening lecture on Thursday at 7pm.</p>
<p>A new learning wing is planned to open next spring, the council said.</p>
</article>
<figure><img src="/img/fennick.jpg" alt=""><figcaption>The restored clock gallery.
Photo: Gazette</figcaption></figure>
<footer>&copy; 2024 Wexcombe Gazette · 01632 960 118</footer>
</body>
</html>""",
        (
            expect("2024-07-02", "museum", "reopen"),
            expect("2021-11", "closed"),
            expect("1879", "building", "completed"),
            expect("1902~", "collection"),
            expect("2024-07-10/2024-10-06", "keeping", "time", planned=True),
            expect("2024-07-04", "lecture", planned=True),
        ),
    ),
    Text(
        "greyhorn-flash-flood-warning",
        "flash flood warning",
        date(2025, 4, 22),
        """WGUS55 KGJX 222014
FFWGJX

BULLETIN - EAS ACTIVATION REQUESTED
Flash Flood Warning
National Weather Service Grand Ridge
214 PM MDT Tue Apr 22 2025

The National Weather Service in Grand Ridge has issued a

* Flash Flood Warning for...
  The Greyhorn burn scar in northwestern Alder County...

* Until 815 PM MDT this evening.

* SOURCE...Radar indicated heavy rain over the burn scar, with 1 to 1.5 inches already
  fallen. Flash flooding is ongoing or expected to begin shortly.

* The burn scar was left by the Greyhorn Fire of August 2024. Soils in the scar were
  already wet from rain that fell on Monday.

* Some locations that will experience flash flooding include...
  Cold Creek, Greyhorn Canyon Road, Milepost 19 on Highway 6.

A similar flash flood in Greyhorn Canyon on May 14, 2019 destroyed two bridges.

Forecasters expect the warning to be extended into Wednesday, and more heavy rain is
forecast for Thursday.

PRECAUTIONARY/PREPAREDNESS ACTIONS...
Turn around, don't drown when encountering flooded roads.

LAT...LON 3912 10811 3908 10790 3895 10795 3899 10815

$$

RK""",
        (
            expect("2025-04-22", "flash", "flood", "warning"),
            expect("2024-08", "greyhorn", "fire"),
            expect("2025-04-21", "rain"),
            expect("2019-05-14", "flood"),
            expect("2025-04-23", "warning", "extended", planned=True),
            expect("2025-04-24", "rain", planned=True),
        ),
    ),
    Text(
        "okafor-title-win",
        "boxing title fight report",
        date(2025, 1, 27),
        """BOXING | Okafor stops Brennan to take vacant welterweight crown

By Dan Mulcahy

Chidi Okafor is a world champion. The 29-year-old from Salford stopped Sean Brennan in
the ninth round at a sold-out Arena North on Saturday night to win the vacant IBO
welterweight title.

Okafor, who turned professional in 2016, dropped Brennan with a left hook in the seventh
and finished the job two rounds later. It was Brennan's first stoppage defeat since 2019.

The title had been vacant since Marco Ferreira retired in 2023. Okafor himself had been
written off after losing a split decision to Ferreira in October 2022, the only defeat on
his 24-fight record.

"I told everyone I'd be back," Okafor said in the ring, his belt over his shoulder.

Promoter Lena Castellano said a rematch with Brennan is planned for June. Okafor must
first face his mandatory challenger, the unbeaten Venezuelan Ramon Ibarra, and the
sanctioning body says that fight must take place by 31 August.

Undercard results: Kerr W pts 6 Lyons; Doherty W rsf 3 Amin; Patel W pts 8 Quayle.""",
        (
            expect("2025-01-25", "okafor", "title"),
            expect("2016", "professional"),
            expect("2023", "ferreira", "retired"),
            expect("2022-10", "split", "decision"),
            expect("2025-06", "rematch", planned=True),
            expect("../2025-08-31", "mandatory", planned=True),
        ),
    ),
    Text(
        "velmar-fab-delay",
        "semiconductor plant delay release",
        date(2023, 10, 10),
        """Velmar Semiconductor updates timeline for Teshfield 300 mm fab

TESHFIELD, Oct. 10, 2023 -- Velmar Semiconductor Corp. (NASDAQ: VLMR) today said that volume
production at its new 300 mm wafer fab in Teshfield is now expected to begin in 2026,
later than previously planned, because of delays in the delivery of lithography tools.

Velmar broke ground on the fab on June 15, 2021. The state approved $1.2 billion in
incentives for the project on February 28, 2022, and tool installation began in August 2023.
Production had been targeted for late 2024.

The cleanroom shell is to be completed by March 2025. The company's board will review the
revised schedule and capital budget at a meeting on Thursday.

"Demand for our power devices remains strong, and our existing fabs are running at full
capacity," said CEO Renata Oduya. Velmar has operated its 200 mm fab in Lorne Valley since
1998.

Forward-looking statements
This release contains forward-looking statements, including statements about production
timing, which involve risks and uncertainties. Velmar undertakes no obligation to update
them.

Investor contact: Marcus Hale, ir@velmar.example, +1 512 555 0147""",
        (
            expect("2026", "production", planned=True),
            expect("2021-06-15", "ground"),
            expect("2022-02-28", "incentive"),
            expect("2023-08", "tool", "installation"),
            expect("../2025-03", "cleanroom", planned=True),
            expect("2023-10-12", "board", planned=True),
            expect("1998/..", "lorne", "fab"),
        ),
    ),
    Text(
        "pascoe-shipwright-letters",
        "shipwright's letters of the 1790s",
        None,
        """Letters of Josiah Pascoe, master shipwright at Hamble Creek, to Mr Thos. Ridley of
the Navy Office (transcribed from the Ridley papers, bundle 14)

Hamble Creek, 12th March 1794
Sir, I have the honour to acquaint you that the oak from the Forest of Bere arrived the
28th of last month, and proved sounder than I feared. The keel of the frigate was laid the
3rd instant, and the stem and sternpost are now raised. My late father built the old
Thetis on this same slip about 1761, and I mean that this ship shall do him credit.

Hamble Creek, 9th August 1794
Sir, the planking was finished the 2nd of this month, and the caulkers are at work upon
her. The launch is fixed for the 18th of next month, if the spring tide serves. I beg you
will send the copper sheathing without delay.

Hamble Creek, 2nd October 1794
Sir, she was launched the 22nd of last month, four days later than was fixed, the wind
having kept the tide low. She went down the ways very handsome. I am in great want of
money for the men's wages and trust the Board will pay the second instalment no later than
Christmas Day.

I remain, Sir, your most obedient humble servant, Jos. Pascoe""",
        (
            expect("1794-02-28", "oak", "arrived"),
            expect("1794-03-03", "keel"),
            expect("1761~", "thetis"),
            expect("1794-08-02", "planking"),
            expect("1794-09-18", "launch", planned=True),
            expect("1794-09-22", "launched"),
            expect("../1794-12-25", "instalment", planned=True),
        ),
    ),
    Text(
        "skerra-head-seabird-count",
        "seabird cliff count report",
        None,
        """Skerra Head Seabird Colony: Whole-Colony Count 2024
Report SH/24/03 - Northern Isles Bird Observatory

1. Summary
The whole colony was counted from boats and cliff-top vantage points from 3 to 7 June
2024. Counts followed the standard seabird monitoring methods; apparently occupied nests
(AON) were counted for kittiwake and shag, individuals on ledges for guillemot and
razorbill.

2. Background
The first complete count of the colony was made in 1986 by the Skerra Bird Club. Full
counts were repeated in 1999, 2004 and 2015. Five study plots on the west cliffs have been
counted each year since 1992 and remain in use.

3. Results
Kittiwake: 1,126 AON, the lowest total since 1986 and 58% fewer than in 2015.
Guillemot: 14,380 individuals (2015: 16,902).
Razorbill: 1,904 individuals.
Shag: 212 AON.

4. Avian influenza
Dead birds were first reported on the north stack on or about 20 July 2023, and highly
pathogenic avian influenza was confirmed later that summer. The fall in kittiwakes is
probably linked to that outbreak.

5. Next steps
The next whole-colony count is planned for June 2027. Plot counts will continue.

Prepared by: I. Thorvaldsen and C. Mbeki
Observatory tel. 01595 760 233""",
        (
            expect("2024-06-03/2024-06-07", "colony", "count"),
            expect("1986", "first", "count"),
            expect("1999", "count"),
            expect("2004", "count"),
            expect("2015", "count"),
            expect("1992/..", "plots"),
            expect("2023-07-20~", "dead", "birds"),
            expect("2027-06", "count", planned=True),
        ),
    ),
    Text(
        "kingsmere-grammar-history",
        "grammar school's history",
        None,
        """A Short History of Kingsmere Grammar School

Kingsmere Grammar School was founded by letters patent in 1564, when the townsmen of
Kingsmere petitioned the Crown for a free school "for the teaching of grammar to the boys
of the parish". For more than a century the school met in a room over the market hall.

A schoolroom of its own, the present Old School, was built circa 1690 with money left by
the merchant Richard Ashe, whose arms still hang above the door.

By the Victorian period the old building was far too small. The school moved to its
present site on Hill Street in 1882, and the chapel was added the following year. Both
were paid for by public subscription.

Following the Education Act 1944, Kingsmere became a voluntary aided grammar school in
1946, keeping its own governors and its admission by examination. The school has been
co-educational since 1976, when the first forty girls joined the sixth form.

The school now has 1,140 pupils. A new science block, named after the physicist and former
pupil Dame Ellen Marwick, is to open in September 2026.

Kingsmere Grammar School · Hill Street · Kingsmere · Registered charity no. 1091564""",
        (
            expect("1564", "found"),
            expect("1690~", "schoolroom"),
            expect("1882", "moved", "hill"),
            expect("1883", "chapel"),
            expect("1946", "voluntary", "aided"),
            expect("1976/..", "co-educational"),
            expect("2026-09", "science", "block", planned=True),
        ),
    ),
    Text(
        "steel-tariff-statement",
        "trade minister's tariff statement",
        date(2025, 2, 19),
        """Department for Trade and Industry
Written ministerial statement: Safeguard duties on steel products
Made by: Rt Hon Graham Oyelowo, Minister of State for Trade
Date: 19 February 2025

Imports of flat-rolled steel rose by some 30 per cent in 2024, the highest volume since
2007, while domestic mills cut output and jobs. The safeguard duties first imposed in 2018
have not kept pace with the surge.

On Monday the department launched a consultation on raising the safeguard duty on
flat-rolled and coated steel from 15 to 25 per cent. Responses must be received no later
than 14 March.

Subject to that consultation, the higher duty will apply from 1 April. Steel from partners
with which we have a free trade agreement will continue to enter under its existing quotas,
including the agreement signed with the Andean Union on 30 November 2021.

I will meet trade ministers from our main partner countries in Geneva on Friday to explain
these measures and to press for a coordinated response to excess global capacity.

The government reviews the quotas every quarter and will publish the results on the
department's website.

Statement UIN HCWS482""",
        (
            expect("2024", "imports", "rose"),
            expect("2018", "duties", "imposed"),
            expect("2025-02-17", "consultation"),
            expect("../2025-03-14", "responses", planned=True),
            expect("2025-04-01", "duty", planned=True),
            expect("2021-11-30", "agreement"),
            expect("2025-02-21", "geneva", planned=True),
        ),
    ),
    Text(
        "wyndle-marsh-volunteer-days",
        "nature trust HTML volunteer days page",
        date(2024, 3, 4),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Volunteer days at Wyndle Marsh | Fenland Wildlife Trust</title></head>
<body>
<header><a href="/">Fenland Wildlife Trust</a> &rsaquo;
<a href="/volunteer">Volunteer</a></header>
<main>
<h1>Volunteer days at Wyndle Marsh</h1>
<p class="updated">Page updated 4 March 2024</p>
<p>The trust bought Wyndle Marsh in 1987 from a drainage board that planned to turn it into
arable land. The big pond by the hide was dug around 2001 and is now home to great crested
newts.</p>
<h2>Coming up</h2>
<ul>
<li><strong>Hedge laying</strong>, Saturday 16 March, 10am-3pm. Tools and gloves
provided. Please register by 10 March so we can order enough stakes.</li>
<li><strong>Bat walk</strong>, Friday 26 April, 8pm. Meet at the car park.</li>
<li><strong>Himalayan balsam pull</strong>, daily from 8 to 12 July. Drop in for an hour
or stay all day.</li>
</ul>
<p>Our toad patrol runs every evening in March when the weather is mild and wet.</p>
<p>Contact the volunteer officer, Priya Lund: volunteers@fenlandwt.example or 01354 960 227.
</p>
</main>
<footer>Fenland Wildlife Trust is a registered charity, no. 1102987.</footer>
</body>
</html>""",
        (
            expect("1987", "bought"),
            expect("2001~", "pond"),
            expect("2024-03-16", "hedge", planned=True),
            expect("../2024-03-10", "register", planned=True),
            expect("2024-04-26", "bat", "walk", planned=True),
            expect("2024-07-08/2024-07-12", "balsam", planned=True),
        ),
    ),
    Text(
        "hartley-v-greenvale-tribunal",
        "housing disrepair tribunal decision",
        None,
        """FIRST-TIER TRIBUNAL
PROPERTY CHAMBER (RESIDENTIAL PROPERTY)

Case reference: MAN/00BN/HMF/2023/0114
Property: 27 Lark Terrace, Oldfield OL9 4QX
Applicant: Ms Deborah Hartley
Respondent: Greenvale Lettings Ltd

DECISION

1. The property is a two-storey terraced house built c. 1900. The applicant's assured
shorthold tenancy began on 1 October 2018.

2. The applicant first reported damp and mould in the rear bedroom in January 2022. The
respondent's agent inspected the property on or about 14 March 2022 but no works followed.

3. The local authority's environmental health officer inspected the house and served an
improvement notice on 5 August 2022 requiring the damp-proof course to be renewed. That
notice was not complied with.

4. The tribunal inspected the property and held a hearing on 19 September 2023. The
respondent did not attend and was not represented.

5. The tribunal is satisfied beyond reasonable doubt that the respondent committed an
offence under section 30 of the Housing Act 2004 and makes a rent repayment order of
£4,620.

6. The respondent is directed to complete the works in the improvement notice by 31
December 2023.

Judge R. Amadi
Mr P. Lowe FRICS""",
        (
            expect("1900~", "built"),
            expect("2018-10-01", "tenancy"),
            expect("2022-01", "damp", "reported"),
            expect("2022-03-14~", "inspected"),
            expect("2022-08-05", "improvement", "notice"),
            expect("2023-09-19", "hearing"),
            expect("../2023-12-31", "works", planned=True),
        ),
    ),
    Text(
        "denholm-gloves-history",
        "glove maker's history",
        None,
        """Denholm & Rudd: Glovers since 1837

The business was founded in 1837, when Thomas Denholm and his brother-in-law Samuel Rudd
set up as leather dressers and glovers in Abbeymead. They cut and sewed by hand, with the
help of outworkers in the villages around the town.

The firm's fine kid gloves soon found a following in London, and in 1862 it was granted a
royal warrant, which it has held under every monarch since.

A fire destroyed the Abbeymead workshops in 1899. They were rebuilt in brick on the same
site by 1902, with a cutting room lit by north-facing roof lights that is still used today.

During the First World War the company made gloves for the army, supplying more than a
million pairs from 1915 to 1918. Its best-known pattern of those years, style No. 1911, is
still made for collectors.

The firm moved its sewing to a new factory at Lanes End in about 1960, keeping the cutting
room in the old works. Since 2005 it has been owned by the Denholm Family Trust. Today 46
people make some 1,850 pairs a week.

Denholm & Rudd Ltd · Abbeymead · Warrant holders to HM The King""",
        (
            expect("1837", "found"),
            expect("1862", "royal", "warrant"),
            expect("1899", "fire"),
            expect("../1902", "rebuilt"),
            expect("1915/1918", "army"),
            expect("1960~", "factory"),
            expect("2005/..", "trust"),
        ),
    ),
    Text(
        "harwell-sailing-race-log",
        "sailing club's log of races",
        None,
        """HARWELL WATER SAILING CLUB
Race Log - Season 2024 (Club founded 1921)
Kept by the Sailing Secretary. Dinghy handicaps per PY list; sail numbers in brackets.

Date        Race                      Wind        Starters  Winner
Sat 4 May   Opening Race              SW 3-4      14        K. Doyle, Solo (4471)
Sun 19 May  Spring Pursuit            W 2         11        A. Marsh, Laser (1987)
1-2 June    Harwell Regatta (3 races) NW 4-5      23        J. Ferris, RS200 (802)
Sat 15 June Commodore's Cup           S 6, gusts  9         Race abandoned after lap 1
Wed 26 June Evening Series race 6     N 1-2       8         T. Oduya, Solo (5120)

Notes
15 June: race abandoned by the Race Officer after two capsizes at the windward mark;
not resailed.
Evening series races are sailed every Wednesday from May to August.
Entries for the Round the Island race are due by 20 July.
The Autumn Series will begin on Saturday 7 September.

Log correct as at 30 June. Queries to the Sailing Secretary, 01491 960 554.""",
        (
            expect("2024-05-04", "opening", "race"),
            expect("2024-05-19", "spring", "pursuit"),
            expect("2024-06-01/2024-06-02", "regatta"),
            expect("2024-06-15", "abandoned"),
            expect("2024-06-26", "evening", "race"),
            expect("1921", "found"),
            expect("../2024-07-20", "entries", planned=True),
            expect("2024-09-07", "autumn", "series", planned=True),
        ),
    ),
)
