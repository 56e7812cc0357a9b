"""The two-hundred-and-ninety-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a quarry blasting notice,
a dragon boat racing report, a maple syrup producer's company release, a glover's account book
of the 1820s, a stag beetle survey report, an accordion maker's history, a justice minister's
statement, a bicycle repair shop's HTML page, a pet shop licence decision, a millinery history
and a quoits league fixtures card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYNINTH_CORPUS",)


TWOHUNDREDNINETYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "varnholm-cable-snap",
        "wire story with a dateline",
        None,
        """Snapped cable shuts Varnholm river bridge, ferry to run from Saturday

VARNHOLM, March 6, 2025 (Eastmark Wire) - One of the two main suspension cables of the Varnholm
river bridge snapped on Tuesday evening, showering the deck with broken wire and cutting the
town's only road link to its eastern districts, city officials said.

Nobody was on the span at the time. The city council closed the bridge to all traffic, including
pedestrians and cyclists, on Wednesday morning after an emergency inspection found frayed strands
in the second cable as well, chief city engineer Margit Solberg told reporters.

"We heard it go from the office. It sounded like a gunshot," said Paal Ekern, who runs a cafe on
the west bank. "Half my customers live on the other side of the river."

The bridge was built about 1931 by the Norrdal Iron Company and is listed as a protected
structure. It last had a full cable inspection in October 2022, when engineers reported
"moderate corrosion at the anchorages" but no immediate danger. In 2016 the council barred
lorries heavier than 7.5 tonnes from the crossing to reduce the load on the cables.

A similar cable failure in 1987 shut the bridge for eleven weeks and forced the town to hire
army pontoons for its school buses.

Specialist engineers from Haldor Consult will begin a detailed survey of both cables on Monday.
A temporary passenger ferry will run between the Kirkegata and Strandvei quays from Saturday
onwards, and extra buses will be routed over the Lund road bridge, 14 km upstream.

Solberg said the span is expected to reopen to pedestrians and cyclists by the end of May, but
that cars and buses may have to wait much longer while new cables are made and shipped. She gave
no estimate of the cost.

Opposition councillor Siri Haugland said the council had "sat on the engineers' warnings for two
and a half years" and called for an independent review of how the bridge is maintained.

Shopkeepers on the east bank say trade has already fallen sharply, and the chamber of commerce
has asked the council for a rates holiday while the crossing stays shut.

(Reporting by Nils Aamot; Editing by Clare Whitby)""",
        (
            expect("2025-03-04", "cable", "snapped"),
            expect("2025-03-05", "closed"),
            expect("1931~", "built"),
            expect("2022-10", "inspection"),
            expect("2016", "lorries"),
            expect("1987", "failure"),
            expect("2025-03-10", "survey", planned=True),
            expect("2025-03-08/..", "ferry", planned=True),
            expect("../2025-05", "pedestrians", planned=True),
        ),
    ),
    Text(
        "corrowdale-electric-buses",
        "press release",
        date(2025, 9, 23),
        """CORROWDALE BUS COMPANY
News release - for immediate use

Corrowdale Buses orders 40 electric buses for the Holmbrook corridor

Corrowdale Bus Company today placed an order for 40 single-deck battery-electric buses with
Tessaly Motors, the largest single investment in the company's history.

The first ten buses are due to enter service on the Holmbrook to Sallow Cross corridor in March
2026, and the full fleet of 40 is to be delivered by the end of 2027. They will replace diesel
buses that are, on average, fourteen years old.

The decision follows a trial of two hired electric buses on route 14, which ran from 4 November
2024 to 28 February 2025 and carried more than 61,000 passengers without a single breakdown.
Drivers rated the trial buses higher than the diesel fleet on every measure except heating.

The £18.6 million purchase is supported by a £12 million grant awarded by the Dales Combined
Authority in July. A public consultation on the new timetable, which drew 2,300 responses,
closed on 12 September; the results will shape the frequencies on the corridor.

Work on the charging installation at Holmbrook depot, the company's home since 1962, will begin
on 6 October. Eighteen high-power chargers will be fitted without closing the depot, and the
substation upgrade has been agreed with the local network operator.

Managing director Fiona Tarrant said:

"Our passengers told us during the trial that they want quieter, cleaner buses, and our drivers
told us they want them too. This order delivers exactly that, and it keeps skilled maintenance
jobs here in the valley, because our own engineers will look after the new fleet."

Imran Qadir, sales director of Tessaly Motors, said: "Corrowdale ran one of the most thorough
trials we have seen. We are proud that our buses will carry the Corrowdale colours."

- ENDS -

Notes to editors

1. Corrowdale Bus Company was founded in 1947 by the Pask family and is still independently
   owned. It operates 112 buses from depots at Holmbrook and Ravensgill and employs 380 people.
2. The Tessaly E-12 is a 12-metre single-deck bus with a range of up to 350 km.
3. Photographs of the trial buses are available on request from the press office.

Media enquiries: press@corrowdalebuses.example""",
        (
            expect("2025-09-23", "order"),
            expect("2026-03", "enter service", planned=True),
            expect("../2027", "delivered", planned=True),
            expect("2024-11-04/2025-02-28", "trial"),
            expect("2025-07", "grant"),
            expect("2025-09-12", "consultation"),
            expect("1962/..", "depot"),
            expect("2025-10-06", "charging", planned=True),
            expect("1947", "founded"),
        ),
    ),
    Text(
        "marrow-creek-apples",
        "court opinion",
        date(2024, 6, 11),
        """IN THE APPELLATE COURT, FOURTH DISTRICT

No. 4-22-0718

MARROW CREEK ORCHARDS, LLC,
        Plaintiff-Appellant,
    v.
DUNLEVY COLD STORAGE, INC.,
        Defendant-Appellee.

Appeal from the Circuit Court of Sallis County.
The Honorable Ruth T. Vance, Judge, presiding.

JUSTICE OKAFOR delivered the judgment of the court, with opinion.
Justices Brandt and Leary concurred in the judgment and opinion.

OPINION

¶ 1 Plaintiff, Marrow Creek Orchards, LLC (Marrow Creek), stored apples in a warehouse run by
defendant, Dunlevy Cold Storage, Inc. (Dunlevy). The fruit spoiled after a refrigeration
failure. The circuit court granted summary judgment for Dunlevy on the ground that Marrow Creek
gave written notice of its claim too late. We reverse and remand.

¶ 2 I. BACKGROUND

¶ 3 Dunlevy has operated a controlled-atmosphere warehouse outside Fenwick since 1998. On or
about August 30, 2019, the parties signed a one-page storage agreement. The copy in the record
is undated; the parties take the date from Dunlevy's intake log.

¶ 4 Marrow Creek delivered roughly 11,400 bushels of apples between September 14 and October 2,
2019. On November 9, 2019, a compressor serving storage rooms 3 and 4 failed. Dunlevy's alarm
system, which had been disconnected during electrical work, did not sound, and the temperature
in both rooms rose for about 40 hours before staff noticed. Marrow Creek's field manager
discovered the spoilage on November 12, during a routine visit.

¶ 5 Paragraph 9 of the agreement provides that the depositor must give written notice of "any
claim for loss or damage no later than thirty (30) days after discovery of the loss." Under that
clause, notice was due no later than December 12, 2019. Marrow Creek's owner telephoned
Dunlevy's manager the day the loss was found, but its first written notice, a letter from
counsel, was sent on December 20, 2019.

¶ 6 Marrow Creek filed suit on February 3, 2020, alleging breach of contract and negligence.
After discovery, Dunlevy moved for summary judgment, arguing that the late written notice barred
both counts. The circuit court granted the motion on June 22, 2022, and Marrow Creek timely
appealed. We heard oral argument on March 7, 2024.

¶ 7 II. ANALYSIS

¶ 8 We review a grant of summary judgment de novo. A contractual notice provision is enforced as
written, but a party may waive strict compliance by its conduct, and whether it has done so is
ordinarily a question of fact.

¶ 9 Here the record shows that Dunlevy's manager, after the telephone call, sent two employees to
inspect rooms 3 and 4, photographed the fruit, and offered to "work something out" with Marrow
Creek's insurer. A trier of fact could find that Dunlevy had actual notice of the claim and
waived the written form. Summary judgment was therefore improper.

¶ 10 III. CONCLUSION

¶ 11 The judgment of the circuit court is reversed, and the cause is remanded for further
proceedings consistent with this opinion.

¶ 12 Reversed and remanded.""",
        (
            expect("1998/..", "operated"),
            expect("2019-08-30~", "agreement"),
            expect("2019-09-14/2019-10-02", "delivered"),
            expect("2019-11-09", "compressor"),
            expect("2019-11-12", "spoilage"),
            expect("../2019-12-12", "notice"),
            expect("2019-12-20", "letter"),
            expect("2020-02-03", "suit"),
            expect("2022-06-22", "granted"),
            expect("2024-03-07", "oral argument"),
        ),
    ),
    Text(
        "tarrisford-canal-history",
        "encyclopedia history",
        None,
        """Tarrisford Canal

The Tarrisford Canal is a 31-kilometre canal in the Wendle valley, linking the market town of
Tarrisford with the tidal river Orme at Saltings Lock. It has 22 locks and one tunnel, and is now
used mainly by pleasure boats, anglers and walkers.

History

A canal along the valley was first proposed about 1764 by a group of Tarrisford wool merchants,
who wanted a cheaper route for coal and lime than the turnpike road over Crannock Hill. An Act of
Parliament authorising the Tarrisford Navigation Company was obtained in 1771, and the resident
engineer, Abel Cotterell, began cutting at the river end the following spring.

Progress was slowed by the hard sandstone at Crannock Hill, where a 640-metre tunnel had to be
driven. The seven-lock flight at Ashby was probably finished in 1776, though the company's minute
books for that year are lost. The canal opened throughout in May 1779, when a fleet of eleven
boats carried coal from Saltings to Tarrisford wharf to the sound of the town band.

In the 1840s the canal usually carried more than 90,000 tonnes a year, most of it coal, lime and
grain. Competition from the new Wendle Valley Railway cut its tolls, and the navigation company
was bought by the railway company in 1846. The new owners kept the waterway open, as the Act
required, but did little to encourage traffic.

Decline and closure

Commercial traffic dwindled after the First World War, and the canal was formally closed to
navigation on 30 June 1938. Parts of the channel near Tarrisford were later filled in, and the
Crannock tunnel was sealed with brick walls at both portals.

Restoration

The Tarrisford Canal Society was formed in 1969 to campaign for reopening. Volunteers cleared the
Ashby flight over many years of weekend work parties, and the lower 18 kilometres were reopened
to boats on 17 April 2004. Since 2011 the canal has been owned and managed by the Wendle
Waterways Trust, a charity. Restoration of the final three kilometres, including the Crannock
tunnel, is expected to be completed in 2027.

See also

- Canals of the Orme basin
- Abel Cotterell (engineer)""",
        (
            expect("1764~", "proposed"),
            expect("1771", "act"),
            expect("1776?", "ashby", "flight"),
            expect("1779-05", "opened"),
            expect("1846", "bought"),
            expect("1938-06-30", "closed"),
            expect("1969", "society"),
            expect("2004-04-17", "reopened"),
            expect("2011/..", "owned"),
            expect("2027", "restoration", planned=True),
        ),
    ),
    Text(
        "harrowgate-cup-semi",
        "sports report",
        date(2025, 4, 13),
        """Hockey: Ilkley double sends Harrowgate into cup final

Harrowgate 3 Tillbury 1

Harrowgate reached the final of the Women's National Cup with a composed 3-1 win over Tillbury
at Lockhart Park on Saturday, captain Rosa Ilkley scoring twice from penalty corners.

Tillbury, the league leaders, went ahead after six minutes through Jess Obi, who was left
unmarked at the far post. Harrowgate levelled before the first break when Maya Chen deflected in
a low cross from the right. Ilkley, who joined from Pendle in 2019, put her side ahead early in
the third quarter with a drag flick into the top corner and added a second with four minutes
left after Tillbury had removed their goalkeeper.

It was built on the same discipline that saw Harrowgate past Sheldwick in the quarter-final two
weeks earlier, when they defended a one-goal lead for the whole second half. The side have now
been unbeaten in all competitions since 8 February.

"We knew they would press us high, and we stayed patient," said head coach Anneke Brouwer, who
was appointed in August 2023 after eight seasons in the Dutch top flight. "A year ago this group
would have panicked at 1-0 down. Now they believe."

Harrowgate will meet Wexcombe in the final at the National Hockey Centre on 26 April. The last
time they got this far was in 2017, when they lost to Pendle on penalties.

Goalkeeper Lucy Farr, who has missed five weeks with a broken finger, is expected to be back in
training by 22 April, leaving Brouwer with a selection decision to make. Stand-in Ella Marsh made
four saves on Saturday, two of them from short corners.

Harrowgate, formed around 1903 as the ladies' section of the town's cricket club, have never won
the national cup. Brouwer said the club would put on coaches for supporters.

Harrowgate: Marsh; Fenn, Ilkley, Addo, Quayle; Chen, Roper, Baird; Kettle, Moss, Jarrow.
Subs: Pike, Lyle, Osei.
Tillbury: Hart; Dacre, Vance, Obi, Lund; Sharma, Cole, Pratt; Reeve, Doyle, Amis.
Subs: Green, Fox.
Umpires: C. Mallory, P. Singh.""",
        (
            expect("2025-04-12", "tillbury"),
            expect("2019", "joined"),
            expect("2025-03-29", "quarter-final"),
            expect("2025-02-08/..", "unbeaten"),
            expect("2023-08", "appointed"),
            expect("2025-04-26", "wexcombe", planned=True),
            expect("2017", "lost"),
            expect("../2025-04-22", "training", planned=True),
            expect("1903~", "formed"),
        ),
    ),
    Text(
        "brindle-bakery-story",
        "company history",
        date(2025, 2, 10),
        """Brindle's Bakery - Our Story

Five generations of bread from Hexley

Thomas Brindle, a journeyman baker from Carlow Street, opened a one-oven bakehouse behind the
Wheatsheaf Inn at Hexley in about 1888. He baked through the night, and his wife Ellen sold the
loaves from a handcart at the market cross each morning.

Trade grew quickly, and in 1912 the business moved to larger premises on Cairnhill Road, where
the original shop still stands. During the First World War the bakery took on its first contract
of any size: probably in 1916, though no paperwork survives, Brindle's began supplying bread to
the army camp on Hexley Moor.

Thomas's son Arthur incorporated the firm as T. Brindle & Son Limited on 3 March 1934. Under his
management the bakery bought its first motor van, and its delivery rounds soon reached villages
twenty miles away.

The next big step came in 1961, when Brindle's acquired its long-standing rival, Stobie's of
Ravensmoor. The following year the company opened a purpose-built bakery on the Hexley trading
estate, and the Cairnhill Road bakehouse became a shop and tea room.

Not every chapter was a happy one. In November 1979 a fire started by an overheated prover
destroyed the main bakery hall, and for six weeks our bread was baked under contract by a
competitor in Dunmore. Not one customer order was missed.

The family celebrated the firm's centenary in 1988 with a street party on Cairnhill Road and a
loaf as long as a bus.

Brindle's today

We employ 140 people and supply 60 shops and cafes across the county, and our sourdough is still
made from the starter Arthur kept going through the war. Since 2003 the company has been run by
Thomas's great-great-granddaughter, Claire Brindle-Ashe, together with her cousin Owen Brindle.

A new low-energy bakery at Hexley Moor is due to open in 2026, with solar panels on the roof and
ovens that recover their own heat. The Cairnhill Road shop will remain the heart of the business.

"My great-great-grandfather would not recognise the machines," says Claire, "but he would
recognise the bread."

Visit us: Brindle's, 4 Cairnhill Road, Hexley. Shop open Monday to Saturday.""",
        (
            expect("1888~", "opened"),
            expect("1912", "moved"),
            expect("1916?", "army"),
            expect("1934-03-03", "incorporated"),
            expect("1961", "acquired"),
            expect("1962", "purpose-built"),
            expect("1979-11", "fire"),
            expect("1988", "centenary"),
            expect("2003/..", "run"),
            expect("2026", "low-energy bakery", planned=True),
        ),
    ),
    Text(
        "kestrel-sounder-summary",
        "mission summary",
        date(2025, 7, 2),
        """KESTREL-2 ATMOSPHERIC SOUNDER - MISSION SUMMARY

Mission type:    Earth observation (upper-atmosphere temperature and ozone)
Operator:        Norvale Space Agency / Institute for Atmospheric Physics, Lindby
Launch vehicle:  Vireo-C
Orbit:           sun-synchronous, 540 km (nominal)
Mass at launch:  212 kg
Status:          operational (extended mission)

Overview

Kestrel-2 launched from the Skarvik range on 14 May 2023 at 06:41 UTC. After a sequence of small
burns it reached its operational orbit about three weeks later. The limb-sounding spectrometer
recorded first light on 19 June, and routine science operations have run since 1 July 2023.

The spacecraft replaces Kestrel-1, which was lost in 2019 when its upper stage failed two minutes
after launch. Most of the spectrometer design was carried over from Kestrel-1, but the star
tracker, the onboard computer and the solar array drive are new.

Events and anomalies

- 2 to 9 January 2024: the spacecraft entered safe mode after a reaction wheel reported an
  overspeed. Operations resumed once the wheel had been recalibrated; no data were lost from the
  instrument's memory.
- November 2024: the agency extended the mission by three years, citing data quality and healthy
  fuel margins.
- 3 March 2025: an orbit-raising burn of 41 seconds lifted the spacecraft by 6 km to offset the
  extra atmospheric drag of the solar maximum.

Data

Level-2 temperature and ozone profiles are released to registered users in quarterly batches,
normally about ten weeks after the end of each quarter. The next data release is due on 15
September. Calibration reports and known issues are listed on the mission pages.

End of mission

Under the extended plan, Kestrel-2 will be deorbited no later than December 2027, in line with
the agency's debris mitigation rules. The remaining propellant is enough for a controlled
lowering of the orbit, after which the spacecraft will burn up on re-entry.

Principal investigator: Dr Ingrid Falk. Mission manager: Tomas Reyes.""",
        (
            expect("2023-05-14", "launched"),
            expect("2023-06-04~", "orbit"),
            expect("2023-06-19", "first light"),
            expect("2023-07-01/..", "science operations"),
            expect("2019", "kestrel-1"),
            expect("2024-01-02/2024-01-09", "safe mode"),
            expect("2024-11", "extended"),
            expect("2025-03-03", "burn"),
            expect("2025-09-15", "release", planned=True),
            expect("../2027-12", "deorbit", planned=True),
        ),
    ),
    Text(
        "eastmarch-housing-order",
        "government statement",
        None,
        """DEPARTMENT FOR RURAL AFFAIRS AND FOOD

Avian influenza: housing order for all poultry in the Eastmarch region

Issued: 4 November 2025
Reference: DRAF/AI/2025/07

1. The Chief Veterinary Officer has confirmed highly pathogenic avian influenza (H5N1) at a
second commercial premises in the Eastmarch region. The Minister for Rural Affairs, Tobias Wren,
today approved a housing order covering the whole region.

2. Background. The first case was confirmed on 28 October at a turkey farm near Oldwick, and a
3 km protection zone was put in place around it the following day. The second case, at a
free-range egg unit at Sandlow, was confirmed on Sunday. About 62,000 birds have been humanely
culled at the two premises.

3. Measures. From 00:01 on Monday 10 November onwards, all poultry and other captive birds in
the region must be kept indoors or, where that is not possible, under netting that keeps out wild
birds. Fairs, shows and markets for birds are banned in the region with immediate effect.

4. Review. The order will be reviewed no later than 8 December, when the Chief Veterinary
Officer will advise whether it can be lifted or should be extended to neighbouring regions. The
previous housing order in the region was lifted on 2 May 2023.

5. Compensation. Keepers whose healthy birds are culled on the department's orders are paid
compensation under the scheme that has been in place since 2006. Birds that were already
infected are not covered.

6. Industry. The Minister will meet representatives of the poultry industry and the Eastmarch
Farmers' Union on Thursday to discuss support for free-range producers, whose eggs may lose
their free-range labelling if birds are housed for more than 16 weeks.

7. Advice to keepers. All keepers, including those with fewer than 50 birds, must:
   (a) keep feed and water where wild birds cannot reach them;
   (b) clean and disinfect footwear before and after entering bird areas;
   (c) report any suspicion of disease at once to the department's helpline.

8. Public health. The risk to human health remains very low. Properly cooked poultry and eggs
are safe to eat.

Minister Wren said: "I know how hard this is for keepers who take pride in letting their birds
range freely. But the virus is in the wild bird population, and housing is the best protection
we have."

Ends. Media office: 020 7946 0815""",
        (
            expect("2025-11-04", "approved"),
            expect("2025-10-28", "first case"),
            expect("2025-10-29", "protection zone"),
            expect("2025-11-02", "second case"),
            expect("2025-11-10/..", "indoors", planned=True),
            expect("../2025-12-08", "reviewed", planned=True),
            expect("2023-05-02", "lifted"),
            expect("2006/..", "scheme"),
            expect("2025-11-06", "meet", planned=True),
        ),
    ),
    Text(
        "ferncastle-library-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferncastle library reopens 16 months after flood | Wendle Courier</title>
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header><a class="logo" href="/">Wendle Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
</nav></header>
<main>
<article>
<h1>Ferncastle library reopens 16 months after flood</h1>
<p class="byline">By <a href="/authors/ellis-mayhew">Ellis Mayhew</a>,
local democracy reporter</p>
<p class="dateline"><time datetime="2025-06-21T07:30">Saturday 21 June 2025</time></p>
<p>Ferncastle's Carnegie library reopened to the public on Friday, sixteen months after flood
water from the Ferne burst through its basement and ruined more than 20,000 books.</p>
<p>The flood on 2 February 2024 followed two days of heavy rain on the moors above the town.
Water stood a metre deep in the children's library, and the boiler and wiring had to be
replaced.</p>
<p>The red-brick library was built in 1909 with a grant from the Carnegie trust, and a reading
room extension was added in 1974. Repairs began in September 2024, after months of drying out,
and cost &pound;1.9 million, most of it covered by insurance.</p>
<p>While the building was shut, a mobile library served the town from March 2024 to June 2025,
stopping at the market square and on the Ferne Park estate.</p>
<p>"People queued outside before we opened the doors," said branch librarian Ruth Adeyemi.
"One man brought back a book he had borrowed the week before the flood."</p>
<p>On Tuesday councillors approved a further &pound;140,000 grant to conserve the town's
local history collection, which was moved to a county store after the flood.</p>
<h2>What happens next</h2>
<ul>
<li>The local history room will reopen on 1 September.</li>
<li>Saturday opening, from 9am to 1pm, returns from 5 July onwards.</li>
<li>The council expects the library to record 200,000 visits by the end of 2026.</li>
</ul>
<figure><img src="/img/ferncastle-library.jpg" alt="Readers in the restored library">
<figcaption>Readers back in the restored reading room. Photo: Wendle Courier</figcaption>
</figure>
<p class="related"><a href="/news/ferne-flood-defences">Flood defence plan for the Ferne</a></p>
</article>
</main>
<footer><p>&copy; Wendle Courier Ltd. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-06-20", "reopened"),
            expect("2024-02-02", "flood"),
            expect("1909", "built"),
            expect("1974", "extension"),
            expect("2024-09", "repairs"),
            expect("2024-03/2025-06", "mobile library"),
            expect("2025-06-17", "grant"),
            expect("2025-09-01", "history room", planned=True),
            expect("2025-07-05/..", "saturday opening", planned=True),
            expect("../2026", "visits", planned=True),
        ),
    ),
    Text(
        "hollinshaw-blasting-programme",
        "quarry blasting notice",
        None,
        """HOLLINSHAW QUARRY, STANEDGE
Operated by Pennant Aggregates Ltd

NOTICE TO RESIDENTS: PHASE 3 BLASTING PROGRAMME

Ref: HQ/BN/25/04
Date of notice: 28 April 2025

Pennant Aggregates gives notice that blasting will take place at Hollinshaw Quarry on weekdays
between 5 May and 27 June 2025, as part of the Phase 3 extension of the east face.

1. TIMES OF BLASTING

Blasts will be fired between 11:00 and 15:00 only, and never on bank holidays or at weekends.
Normally there will be no more than one blast a day. Warning signals:

   * two long blasts on the siren ........ five minutes before firing
   * three short blasts .................. one minute before firing
   * one long blast ...................... all clear

2. TRIAL BLAST

A small trial blast will be fired on Thursday 1 May to check the vibration monitors at Moor
Cottages and Stanedge Primary School.

3. ROAD CLOSURES

Kettle Lane and Moss Road will each be closed for up to 15 minutes around the firing on Tuesday
13 May, when the blast is closest to the highway. Signed diversions will be in place and a
banksman will stop traffic at each end.

4. BACKGROUND

The first quarry on Hollinshaw Edge opened about 1860 to supply setts for the mill towns.
Planning permission for the Phase 3 extension was granted by Stanedge District Council on 14
March 2023 (application 22/0931/MIN). The last blast of Phase 2 was fired on 18 April 2025.

Ground vibration and air overpressure at the nearest houses have been monitored continuously
since 2019, and the readings are published on our website each month. Under the permission,
extraction from Phase 3 must be completed by 31 December 2026, after which the east face will be
restored to grassland and ponds.

5. WHAT TO DO

- Keep pets and livestock away from the quarry fence during the blasting window.
- If you notice new cracks in your property, please contact us and we will arrange a survey.
- Horse riders are asked to avoid the bridleway along the quarry edge between 11:00 and 15:00.

6. CONTACT

Quarry manager: D. Hirst
Complaints and enquiries are logged and answered within five working days.
Out-of-hours emergencies: see the notice board at the quarry gate.

Pennant Aggregates Ltd is a member of the Mineral Products Forum and follows its code of
practice on blasting near homes.""",
        (
            expect("2025-05-05/2025-06-27", "blasting", planned=True),
            expect("2025-05-01", "trial blast", planned=True),
            expect("2025-05-13", "closed", planned=True),
            expect("1860~", "opened"),
            expect("2023-03-14", "permission"),
            expect("2025-04-18", "phase 2"),
            expect("2019/..", "monitored"),
            expect("../2026-12-31", "extraction", planned=True),
        ),
    ),
    Text(
        "millwater-dragon-festival",
        "dragon boat racing report",
        date(2025, 6, 16),
        """DRAGON BOAT RACING

Ferrybridge Flyers snatch the Lanterns Cup by a nose

By Grace Tan

The Ferrybridge Flyers won the open 500 metres at the Millwater Dragon Boat Festival on Sunday,
beating the defending champions, Dockside Dragons, by less than half a second in a final that
had to be settled from the finish-line camera.

The two-day festival ran from Saturday morning to Sunday evening on the Millwater basin, with
forty-two crews of twenty paddlers, a drummer and a steersman. It opened on Friday evening with
the traditional eye-dotting ceremony, when the festival's patron, Councillor Mei Ling Howe,
painted the eyes of each dragon head to "wake" the boats.

The Flyers' time of 2:03.9 was well outside the course record of 2:01.4, which Dockside set in
2012, but a headwind blew down the course all afternoon and no crew came close to it.

OPEN 500m - FINAL
  1. Ferrybridge Flyers      2:03.9
  2. Dockside Dragons        2:04.3
  3. Kestrel Paddlers        2:07.0
  4. Millwater Police        2:09.8

"We only formed the crew in 2016, as a bunch of parents from the school gate," said Flyers
captain Dev Raghunathan. "Half of us had never held a paddle. To beat Dockside in a final is
something we will be talking about for years."

Women's 200m: Kestrel Paddlers. Mixed 200m: Dockside Dragons. Breast cancer survivors' race:
Pink Wave, Millwater. Charity race: Millwater Rotary.

The festival's fleet of twelve boats, built in 2004 and shipped in from overseas, will be
refurbished over the winter before next year's festival, which is scheduled for the weekend of
13-14 June 2026.

The Flyers will now compete at the national championships at Lake Corran on 9 August. Club
training resumes on Thursday at Ferrybridge marina, and new paddlers are welcome.

The first Millwater festival was held in 1998, with eight boats borrowed from a club on the
coast and a single race for local businesses.""",
        (
            expect("2025-06-15", "flyers"),
            expect("2025-06-14/2025-06-15", "festival"),
            expect("2025-06-13", "eye-dotting"),
            expect("2012", "record"),
            expect("2016", "formed"),
            expect("2004", "built"),
            expect("2026-06-13/2026-06-14", "festival", planned=True),
            expect("2025-08-09", "national championships", planned=True),
            expect("2025-06-19", "training", planned=True),
            expect("1998", "first"),
        ),
    ),
    Text(
        "harlow-brook-sugaring",
        "maple syrup producer's company release",
        None,
        """FOR IMMEDIATE RELEASE
March 18, 2025

Sap is running at Harlow Brook: first syrup bottled, open house Saturdays announced

EAST TAMSWORTH - Harlow Brook Sugarworks, a family-run maple producer in the Tamsworth hills,
has bottled its first syrup of the year after a late but strong start to the sugaring season.

Crews began tapping the farm's 9,800 trees on February 24, a week later than usual, after a
cold snap froze the tubing lines on the upper slopes. The first good run of sap came on or about
March 3, when daytime temperatures finally climbed above freezing, and the sugarhouse has been
boiling almost every day since.

That boiling is done on a new wood-pellet evaporator, installed in December 2024, which the
family says uses a third less fuel than the old oil-fired rig.

"Every season is different, and this one kept us guessing," said owner Jenna Harlow-Price,
whose grandparents bought the farm in 1956. "But the sap is sweet, and the early syrup has that
light, delicate flavor people wait all year for."

The original sugarhouse, a post-and-beam shed built c. 1920, still stands beside the modern sap
house and is used for tastings. Harlow Brook has been certified organic since 2014.

Open house Saturdays

The sugarhouse will open to visitors on Saturdays, March 22 and 29, from 10 a.m. to 3 p.m., with
pancake breakfasts, sugar-on-snow, and guided walks through the sugarbush. Admission is free;
breakfast tickets are $12 for adults and $6 for children.

New-crop syrup will be in stores across the region from April 1 onwards, in quarts, pints and
the farm's signature glass leaf bottles.

About Harlow Brook Sugarworks

Harlow Brook Sugarworks produces about 4,200 gallons of maple syrup a year on 310 acres of
hillside woodland. Its syrup, maple cream and maple sugar are sold at the farm store, online and
through 40 independent grocers.

Media contact:
Sam Okafor, Harlow Brook Sugarworks
press@harlowbrook.example

###""",
        (
            expect("2025-02-24", "tapping"),
            expect("2025-03-03~", "sap"),
            expect("2024-12", "evaporator"),
            expect("1956", "bought"),
            expect("1920~", "sugarhouse"),
            expect("2014/..", "organic"),
            expect("2025-03-22", "visitors", planned=True),
            expect("2025-03-29", "visitors", planned=True),
            expect("2025-04-01/..", "stores", planned=True),
        ),
    ),
    Text(
        "feltham-glover-daybook",
        "glover's account book",
        None,
        """Josiah Feltham his Book of Accts
Glover, at the Sign of the Hand, Sheep Street, Wendlebury

1826

Jany 3d.  Bot of Saml Pryor, Fellmonger, 4 doz. Lamb Skins
          @ 14s p. doz. ............................................ £2 16  0
          Do. 1 doz. Kid Skins, dressed ............................... 0 18  0
          Pd him on acct .............................................. 2  0  0

Jany 17th. Recd of Lady Marlowe, Hadley Hall, on acct of her Bill
          for Gloves, Riding & Dress .................................. 3  3  0
          Pd Jno Cave for cutting 5 doz. pr @ 9d ....................... 0  3  9
          Pd Widow Ames for sewing 3 doz. pr ........................... 0  6  0
          Pd for Thread & Silk for the points .......................... 0  2  2

Mar. 6th. Thos Biddle, son of the late Wm Biddle of Ambrey, bound
          Apprentice to me this day for 7 yrs. Recd of the Overseers
          of Ambrey with him .......................................... 5  0  0
          Pd for the Indentures & Stamp ................................ 0 12  6

Apl 11th to 15th. Shop shut, my Wife being very ill of a Fever.
          Pd Dr Moss for attendance & physick .......................... 0 10  6
          Pd Nurse Gedge ............................................... 0  5  0

May.      Sent by Tuckwell's Waggon to Mr Gorringe, Hosier, of Wood
          Street, London, 20 doz. pr Ladies' Kid, on or abt the 20th,
          he to pay the same by the last day of June .................. 24  0  0
          Carriage pd ................................................. 0  7  4

July 8th. Recd of Mr Gorringe by a Bank Bill, in full .............. 24  0  0
          Pd Saml Pryor the Ballance of his acct ....................... 1 14  0

Augt 14th. Removed this day to the new Shop in Fore Street, at a
          Rent of 18£ p. ann., paid quarterly.
          Pd two Men & a Cart for the removing ......................... 0  4  0
          Pd Jas Hull, Carpenter, for Shelves & a Counter .............. 1  6  0

Memd.  The old Press was carried down with the rest. Father bought it,
       as I believe, of Wm Sly in 1809, & it is still the best in the
       Town. He began the Trade here in 1791 or thereabouts, & I was
       bound to him at 14 yrs of age. Mem. to have the Sign new painted.""",
        (
            expect("1826-01-03", "skins"),
            expect("1826-01-17", "marlowe"),
            expect("1826-03-06", "apprentice"),
            expect("1826-04-11/1826-04-15", "shop shut"),
            expect("1826-05-20~", "sent"),
            expect("../1826-06-30", "pay", planned=True),
            expect("1826-07-08", "gorringe"),
            expect("1826-08-14", "removed"),
            expect("1809?", "press"),
            expect("1791~", "trade"),
        ),
    ),
    Text(
        "corvedale-stag-beetles",
        "stag beetle survey report",
        date(2025, 10, 20),
        """Stag Beetle (Lucanus cervus) Survey - Corvedale Park Local Nature Reserve

Report to the Friends of Corvedale Park and the Borough Ecology Officer
Prepared by: M. Oduya, volunteer survey coordinator

1. Summary

Evening transect counts of stag beetles were carried out at Corvedale Park between 20 May and 15
July 2025. In all, 96 beetles were recorded (71 males, 25 females) over 31 survey evenings. The
previous full survey, in 2019, recorded 58 beetles using the same transects.

2. Site

Corvedale Park (14 ha) is former estate parkland on heavy clay, with veteran oaks and a great
deal of buried dead wood. It was designated a Local Nature Reserve in 2008. Since 2012 the
Friends group has built log pyramids, partly buried oak and beech logs, at six places in the
park to provide breeding habitat for the larvae.

Stag beetles were first recorded in the park c. 1950 by a local naturalist, H. Ransome, whose
notebooks are now held by the borough museum.

3. Method

Two transects (East, 1.2 km; West, 0.9 km) were walked at dusk on evenings with an air
temperature above 15 degrees C, following the national protocol. Flying and walking beetles
were counted separately, and remains (usually heads and wing cases left by magpies) were logged.

Table 1. Beetles recorded, by fortnight of the survey

  Fortnight   Males   Females   Remains
  1             12        3         1
  2             34        9         4
  3             19        8         6
  4              6        5         3
  Total         71       25        14

4. Results

The first male was seen flying on 22 May along the West transect. On 14 June, a warm, still
evening, surveyors counted 17 beetles in flight along the East transect. Numbers fell away
quickly after the first week of July, and the last live beetle, a female, was seen on or about 9
July; the date on the field sheet is partly illegible.

Most records came from within 50 m of a log pyramid or a veteran oak, which supports the
continued creation of dead-wood habitat.

5. Recommendations

- Build two further log pyramids near the East Gate.
- Ask the grounds contractor to leave stumps in place when trees are felled.
- Continue the survey on the same transects. The 2026 survey will begin on 18 May, with a
  training evening for new volunteers beforehand.

Acknowledgements: thanks to the 23 volunteers who walked the transects.""",
        (
            expect("2025-05-20/2025-07-15", "transect"),
            expect("2019", "previous"),
            expect("2008", "designated"),
            expect("2012/..", "log"),
            expect("1950~", "first recorded"),
            expect("2025-05-22", "first male"),
            expect("2025-06-14", "counted"),
            expect("2025-07-09~", "last"),
            expect("2026-05-18", "survey", planned=True),
        ),
    ),
    Text(
        "corvale-accordion-works",
        "accordion maker's history",
        None,
        """Fisarmoniche Corvale: a history of the workshop

In 1883 Battista Corvale, a young carpenter who had taught himself to repair the small button
organetti of travelling musicians, opened a workshop in two rooms of his father's house in
Castelvoro. He made every part himself except the steel reeds, which he bought from a maker in
the next valley, and he tuned each instrument by ear at the kitchen table.

The first export shipment, forty instruments for emigrant dance bands in South America, left the
port c. 1900 in straw-packed, tin-lined crates. Orders from the other side of the ocean kept the
workshop busy for the next thirty years.

Family tradition holds that Battista's son Emilio built the firm's first piano accordion,
probably in 1910, copying a keyboard instrument a customer had brought back from abroad. No
example survives, but the patterns for its keys are still in the archive.

In 1923 the company, by then employing forty craftsmen, moved into a purpose-built factory on
Via dei Mulini, with a tuning room facing north for its even light. During the war the factory
was requisitioned in 1943 to make ammunition boxes, and accordion production resumed only in May
1946, when the first men came home.

On the night of 11 February 1957 a fire in the varnish store spread to the reed room and
destroyed most of the stock of finished instruments. The factory was rebuilt within months, and
the following year the firm opened its first showroom, in the city of Turano.

Like most of the accordion makers of the valley, Corvale struggled as electric guitars and
organs took over dance halls. In 1986, after years of falling sales, the firm was bought by a
cooperative of its own workers, who still own it today.

Since 1999 the old Via dei Mulini building has housed the Corvale accordion museum, with more
than 300 instruments, while production has moved to a smaller modern workshop on the edge of
town. Each reed block is still tuned by hand, and every instrument carries the signature of the
craftsman who voiced it.""",
        (
            expect("1883", "workshop"),
            expect("1900~", "export"),
            expect("1910?", "piano accordion"),
            expect("1923", "factory"),
            expect("1943", "requisitioned"),
            expect("1946-05", "resumed"),
            expect("1957-02-11", "fire"),
            expect("1958", "showroom"),
            expect("1986", "cooperative"),
            expect("1999/..", "museum"),
        ),
    ),
    Text(
        "arkwright-backlog-bill",
        "justice minister's statement",
        None,
        """MINISTRY OF JUSTICE

Statement by the Minister of Justice, Helen Arkwright, on the Courts (Backlog and Sittings) Bill

9 December 2025

Today I introduced in Parliament the Courts (Backlog and Sittings) Bill, which will give our
criminal courts the time, the judges and the buildings they need to bring cases to trial
without the delays that victims and defendants now face.

On Monday I met families of victims whose cases have waited more than two years for trial. Their
message was simple: justice delayed is justice denied, and they are tired of being told to wait.

The Bill follows the independent review of criminal court capacity that my predecessor
commissioned in March 2024 and that Sir Alan Medd published on 30 June this year. It takes
forward eleven of his fourteen recommendations.

First, more sitting time. A pilot in the Dunmere and Kelsby courts ran from 2 June to 28
November and cleared 1,400 cases that would otherwise have waited until next spring. Building on
that pilot, magistrates' courts in the twelve busiest areas will sit on Saturdays from 7
February onwards.

Second, more judges. We will appoint 250 additional judges and recorders by the end of 2027,
and we will reopen four courtrooms that were closed to save money.

Third, fairness. Some have asked whether the Bill removes the right to elect trial by jury. It
does not. That right has existed for these offences since the Summary Jurisdiction Act of 1867,
and this Government will keep it.

The Bill's second reading is expected on 13 January. I will publish an impact assessment and a
draft code of practice for Saturday sittings before then, and I will write to the chairs of the
justice committees in both Houses.

I want to thank the judges, magistrates, court staff, lawyers and volunteers who have kept our
courts running through a very difficult period. This Bill is for them as much as it is for the
public they serve.

ENDS

Notes to editors
1. The Bill and its explanatory notes are published on the Parliament website.
2. Sir Alan Medd's review, "Time for Justice", is available on the Ministry's website.""",
        (
            expect("2025-12-09", "bill"),
            expect("2025-12-08", "met"),
            expect("2024-03", "commissioned"),
            expect("2025-06-30", "published"),
            expect("2025-06-02/2025-11-28", "pilot"),
            expect("2026-02-07/..", "saturdays", planned=True),
            expect("../2027", "judges", planned=True),
            expect("1867/..", "jury"),
            expect("2026-01-13", "second reading", planned=True),
        ),
    ),
    Text(
        "spoke-sprocket-news",
        "bicycle repair shop's HTML page",
        date(2025, 2, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spoke &amp; Sprocket | Bicycle repairs, Tanner Street, Hollowford</title>
</head>
<body>
<header>
<h1>Spoke &amp; Sprocket</h1>
<p class="tagline">Bicycle repairs &middot; servicing &middot; second-hand bikes</p>
</header>
<nav><ul>
<li><a href="/">Home</a></li>
<li><a href="/prices">Prices</a></li>
<li><a href="/bikes-for-sale">Bikes for sale</a></li>
<li><a href="/contact">Contact</a></li>
</ul></nav>
<main>
<section id="news">
<h2>News</h2>
<div class="notice">
<p><strong>Closed for refit:</strong> the shop will be closed from 3 to 17 March while we put in
a second workstand and a proper wheel-building bench. Bikes booked in before then will be ready
for collection as normal.</p>
</div>
<h3>Dr Bike</h3>
<p>Free safety checks outside Hollowford library on Saturday 22 February, 10am to 1pm. Bring your
bike and we will check brakes, tyres, chain and lights while you wait.</p>
<h3>Winter service offer</h3>
<p>Book your full winter service (&pound;55, normally &pound;70) before 28 February to get the
offer price. Parts are extra.</p>
<h3>E-bikes</h3>
<p>From April onwards we will repair e-bikes with hub and mid-drive motors, once Dan has finished
his manufacturer training. We still cannot repair batteries.</p>
</section>
<section id="about">
<h2>About us</h2>
<p>Dan Okoro started fixing bikes for friends in his garden shed about 2004. He opened the first
Spoke &amp; Sprocket in a railway arch on Cole Street in 2009, and the shop moved to its present
home at 41 Tanner Street on 12 April 2016.</p>
<p>In 2018 we started a free community workshop, where you can use our tools and stands and get
advice from a mechanic. It runs on Wednesday evenings from 6pm; just turn up.</p>
<p>In November 2023 we were named Independent Bike Shop of the Year by the Northern Cycling
Forum, which we are still a bit embarrassed about.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday</td><td>Closed</td></tr>
<tr><td>Tuesday to Friday</td><td>9:00 to 17:30</td></tr>
<tr><td>Saturday</td><td>9:00 to 16:00</td></tr>
<tr><td>Sunday</td><td>Closed</td></tr>
</table>
</section>
</main>
<footer>
<p>Spoke &amp; Sprocket, 41 Tanner Street, Hollowford &middot;
<a href="mailto:hello@spokesprocket.example">hello@spokesprocket.example</a></p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-03/2025-03-17", "closed", planned=True),
            expect("2025-02-22", "safety checks", planned=True),
            expect("../2025-02-28", "winter service", planned=True),
            expect("2025-04/..", "e-bikes", planned=True),
            expect("2004~", "fixing"),
            expect("2009", "opened"),
            expect("2016-04-12", "moved"),
            expect("2018", "community workshop"),
            expect("2023-11", "named"),
        ),
    ),
    Text(
        "paws-fins-licence",
        "pet shop licence decision",
        None,
        """HOLLOWFORD BOROUGH COUNCIL
LICENSING SUB-COMMITTEE

NOTICE OF DECISION

Licence:     Selling animals as pets
Premises:    Paws & Fins, 12 Market Row, Hollowford
Applicant:   Mr Ravi Sethna
Reference:   LIC/ANM/25/0117
Date of decision notice: 14 August 2025

1. The application

1.1 Mr Sethna applied on 2 June 2025 for the renewal of his licence to sell animals as pets from
the above premises. The previous three-year licence expired on 31 July 2025. A shop may continue
to trade while a renewal application is being determined.

1.2 The shop has traded from Market Row since 1997 and sells small mammals, cage birds, reptiles
and tropical fish.

2. Inspection and representations

2.1 The council's animal welfare inspector, Ms L. Grewal, inspected the premises with a
veterinary surgeon on 9 July. Their report rated the business as meeting the minimum standards
but noted that the reptile room was poorly ventilated and became too warm in hot weather.

2.2 One representation was received. A member of the public complained on or about 15 May that
a bearded dragon was kept in a vivarium without adequate heating. The heating was found to be
working at the inspection, and the complaint was not upheld.

3. Hearing

3.1 The Sub-Committee met on Tuesday 12 August to consider the application. Mr Sethna attended
with his manager and answered questions about staffing, record-keeping and the reptile room.

4. Decision

4.1 The Sub-Committee resolved to grant the licence for one year, from 15 August 2025 to 14
August 2026, rather than the three years applied for, subject to the standard conditions and to
the following additional conditions:

    (a) mechanical ventilation shall be installed in the reptile room by 30 September 2025;
    (b) the temperature of every vivarium shall be checked and recorded twice daily;
    (c) no more than two members of staff without a relevant qualification shall be on duty.

4.2 The Sub-Committee was satisfied that the applicant is a fit person to hold a licence, but
considered that a shorter licence was needed until condition (a) has been met.

5. Right of appeal

An applicant who is aggrieved by a condition attached to a licence may appeal to the
magistrates' court within 21 days of the date of this notice.

Signed: Cllr P. Dunmore, Chair of the Licensing Sub-Committee""",
        (
            expect("2025-06-02", "applied"),
            expect("2025-07-31", "expired"),
            expect("1997/..", "traded"),
            expect("2025-07-09", "inspected"),
            expect("2025-05-15~", "complained"),
            expect("2025-08-12", "sub-committee"),
            expect("2025-08-15/2026-08-14", "licence", planned=True),
            expect("../2025-09-30", "ventilation", planned=True),
        ),
    ),
    Text(
        "lutterby-hat-trade",
        "millinery history",
        None,
        """Hats off to Lutterby: the rise and fall of a millinery town

Straw plaiting was established in the villages around Lutterby c. 1790, when dealers from the
south began buying plait from farm labourers' wives and daughters. The plait was sewn into
bonnets in a handful of workshops in the town, and by the turn of the century Lutterby straw was
being sold in shops as far away as the capital.

The first milliner recorded in the town, a Mrs Hannah Dove of Bridge Street, appears in a trade
directory in 1812, offering "Straw and Chip Bonnets, cleaned, altered and made up in the newest
fashion". In the 1840s most cottage women in the district still plaited straw at home, selling it
to the dealers at the Tuesday plait market.

The trade changed in 1851, when the brothers Edwin and Samuel Garrard founded the town's first
hat factory, in a converted maltings on Mill Lane, with steam-driven blocking presses and sewing
machines. The railway reached Lutterby in 1858 and carried the factory's boaters and bonnets to
every part of the country. At an international exhibition in 1867 a Garrard boater won a bronze
medal, which the firm printed on its labels for the next sixty years.

The census of 1871 counted 2,400 people in the town working in the hat trade, more than a third
of its adult population. Many were outworkers, sewing brims at home.

Straw hats went out of fashion between the wars, and Garrard & Sons turned to felt, probably in
1932, when it bought second-hand felting machinery from a bankrupt firm in the north. Smaller
makers closed one by one, and the last factory, Garrard & Sons, closed on 20 March 1987, with the
loss of 85 jobs.

The Lutterby Hat Museum opened in the old Mill Lane maltings in 1994. Since 2008 the museum has
held the Ashdown collection of more than 1,200 hats and bonnets, the largest private collection
of its kind, bequeathed by the milliner Violet Ashdown. Blocking and trimming are still
demonstrated in the museum workshop, using Garrard's own wooden hat blocks.""",
        (
            expect("1790~", "plaiting"),
            expect("1812", "milliner"),
            expect("1851", "factory"),
            expect("1858", "railway"),
            expect("1867", "medal"),
            expect("1871", "census"),
            expect("1932?", "felt"),
            expect("1987-03-20", "closed"),
            expect("1994", "museum"),
            expect("2008/..", "ashdown"),
        ),
    ),
    Text(
        "swan-quoits-fixtures",
        "quoits league fixtures card",
        date(2025, 4, 2),
        """SWAN INN QUOITS CLUB
Wendle Valley Quoits League - Division One
FIXTURES - SUMMER SEASON

Club founded about 1891
Ground: the pitch behind the Swan Inn, Church Lane, Corby Bridge

President: Mr W. Ashworth        Captain: G. Pattinson
Secretary: Mrs J. Lowther        Treasurer: R. Dobson

  Date          Opponents                H/A    Result
  ------------  -----------------------  ---    ------
  Tue 6 May     Colliery Arms             H
  Tue 13 May    Plough, Hexley            A
  Tue 20 May    Miners' Welfare           H
  Tue 27 May    Bay Horse, Sallow         A

  Later fixtures to follow when the League has confirmed the second half.

KEY DATES

  Fri 14 March  Annual General Meeting held at the Swan - all officers re-elected
  30 April      Player registrations to the League Secretary by this date
  Sat 30 Aug    Wendle Valley Cup Final, at the Colliery Arms

CLUB NOTES

1. Matches start at 7 pm prompt. Teams of eight players; each game is played to 21 points.
2. Quoits not to exceed 5 1/2 lb. Pitch 11 yards from hob to hob. Clay to be wetted and raked
   before play by the home side.
3. Postponed matches must be played within fourteen days, by arrangement between captains.
4. Subscriptions are GBP 12 for the season, payable to the Treasurer before your first match.
   Juniors under 16 play free.
5. Practice on the Swan pitch every Thursday evening from 6.30 pm, weather permitting. Club
   quoits are kept behind the bar; please return them clean.
6. Players selected who cannot turn out must tell the Captain by the Sunday before the match.
7. The Swan Inn provides supper after home matches. Away teams are our guests; please see that
   they are made welcome.

Results and tables will be posted on the board in the tap room each Wednesday.

Printed by Corby Bridge Press. Good quoiting!""",
        (
            expect("1891~", "founded"),
            expect("2025-03-14", "meeting"),
            expect("../2025-04-30", "registrations", planned=True),
            expect("2025-05-06", "colliery", planned=True),
            expect("2025-05-13", "plough", planned=True),
            expect("2025-05-20", "miners", planned=True),
            expect("2025-05-27", "bay horse", planned=True),
            expect("2025-08-30", "cup final", planned=True),
        ),
    ),
)  # fmt: skip
