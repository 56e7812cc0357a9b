"""The two-hundred-and-ninety-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a weir maintenance
notice, a petanque tournament report, a bee farm company release, a draper's account book of
the 1780s, a badger sett survey report, a bagpipe maker's history, an agriculture minister's
statement, a florist's HTML page, a street collection permit decision, a thatching history and
a cribbage league fixtures card. The organisations, people and facts are invented. Facts whose
date a reader could take two ways (a season, "late 1970s", "early 2025", "late July") are left
out of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINETYSEVENTH_CORPUS",)


TWOHUNDREDNINETYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "velsing-quay-derailment",
        "wire story with a dateline",
        None,
        """Tram derails on Velsing harbour curve; six hurt, driver suspended

VELSING, March 18, 2025 (Coastline Press) - A tram on the city's oldest line left the rails on a
tight curve beside the fish market on Monday evening, injuring six passengers and blocking Quay
Street for almost five hours, the operator Velsing Transit said.

The company said on Tuesday that it had suspended the driver, a 34-year-old with nine years'
service, while investigators examine the tram's data recorder. Police said a breath test had
been negative and that no one else was being sought.

The three-section tram, one of eleven built in about 1994 by the now-defunct Harnberg works,
had its last major overhaul in November 2023, according to maintenance records released by the
company. Its wheels had been reprofiled "within the normal interval", a spokeswoman said.

Service on Line 1 will resume on Thursday if engineers are satisfied with the state of the
curve, Velsing Transit said. Until then, replacement buses are running every ten minutes
between the harbour and the central station.

Line 1 opened in 1911 and still follows its original route through the old town, where the
track squeezes between the market hall and the harbour wall. Residents have long complained
about the screech of wheels on the bend.

The line's previous derailment, on 4 August 2021, happened on the same curve and slightly
injured a driver. An internal report at the time blamed worn check rails, which were replaced.

The national rail safety board said it had sent two inspectors and would publish a first
report by the end of June. "We want to know whether this curve is simply too tight for the
trams now running on it," chief inspector Anders Vool told Coastline Press.

Mayor Liesbet Korra is due to visit the site on Friday and will meet injured passengers at
St Aud's hospital, her office said. Three of the six remain in hospital; none is in a serious
condition.

Line 1 carries about 22,000 passengers on an ordinary weekday.

(Reporting by Pieter Saltz; Editing by Mara Ostby)""",
        (
            expect("2025-03-17", "tram", "rails"),
            expect("2025-03-18", "suspended"),
            expect("1994~", "built"),
            expect("2023-11", "overhaul"),
            expect("2025-03-20", "resum", planned=True),
            expect("1911", "opened"),
            expect("2021-08-04", "derailment"),
            expect("../2025-06", "report", planned=True),
            expect("2025-03-21", "visit", planned=True),
        ),
    ),
    Text(
        "corrow-haddon-laboratory",
        "press release",
        date(2024, 9, 24),
        """NEWS RELEASE

Corrow Metrology opens new calibration laboratory at Haddon Vale

FOR IMMEDIATE RELEASE

ANWORTH - Corrow Metrology, the independent calibration and measurement company, today opened
its new temperature and pressure calibration laboratory at the Haddon Vale business park,
doubling its capacity and creating 14 skilled jobs.

The 1,400 square-metre building holds eleven temperature baths, two dry-block furnaces and a
pressure suite able to test gauges up to 1,000 bar. Construction began on 8 January this year,
eight months after planning consent was granted in May 2023, and was finished on budget.

"Our customers in food, pharmaceuticals and energy have been waiting up to six weeks for a
calibration slot," said managing director Imogen Corrow. "Once Haddon Vale is running at full
strength we expect to bring that down to five working days."

Corrow Metrology was founded in 1987 by Ruth Corrow, an instrument engineer, in a rented garage
in Tilbrook. It acquired Pellam Gauges of Morley in June 2022, adding pressure work to its
temperature business, and now employs 61 people at three sites.

The company has trained its own technicians through an apprenticeship scheme since 2014; nine
of the new laboratory's 26 staff began as Corrow apprentices.

The laboratory is expected to receive accreditation from the National Calibration Service by
March 2025. Until then, certificates for work done at Haddon Vale will be issued through the
accredited Tilbrook site.

A second phase, adding mass and torque laboratories, will open in 2026, subject to a grant
application now with the regional growth fund.

Customers, suppliers and local residents are invited to an open day on Saturday 12 October,
from 10 am to 3 pm, with guided tours of the laboratory every half hour.

ENDS

Notes to editors
- Corrow Metrology Ltd is a privately owned company registered in England and Wales.
- Photographs of the new laboratory are available on request.
- Media contact: Hal Brisco, press office, 01632 960418""",
        (
            expect("2024-09-24", "opened"),
            expect("2024-01-08", "construction"),
            expect("2023-05", "planning consent"),
            expect("1987", "founded"),
            expect("2022-06", "pellam"),
            expect("2014/..", "apprentice"),
            expect("../2025-03", "accreditation", planned=True),
            expect("2026", "second phase", planned=True),
            expect("2024-10-12", "open day", planned=True),
        ),
    ),
    Text(
        "merriden-tern-lien",
        "court opinion",
        None,
        """IN THE COUNTY COURT AT HALVERGATE

Claim No. K40HV118

BETWEEN:
                              DANIEL MERRIDEN                              Claimant
                                  - and -
                         ASHCOMBE BOATYARD LIMITED                        Defendant

Before: HIS HONOUR JUDGE OXTOBY
Hearing dates: 8-10 October 2024
Judgment handed down: 22 November 2024

                                  JUDGMENT

Introduction

1. This claim concerns the Tern, a 38-foot wooden motor yacht. The Claimant, her owner, seeks
her return and damages for her detention. The Defendant, which refitted her, says that it was
entitled to keep her under a repairer's lien until its invoice was paid in full.

2. The Tern was built, probably in 1962, at a yard on the Orwin estuary that no longer exists.
Nothing turns on her age, save that both experts agreed that much of her planking had been
replaced long before the refit began.

The facts

3. By a written agreement dated 2 April 2019 the Defendant agreed to carry out a refit to an
agreed specification for a fixed price of 24,500 pounds, with extras to be charged at its day
rate. Clause 4 provided that the work was to be completed by 30 September 2019.

4. The work was not finished on time. The yacht was relaunched on or about 14 October 2019,
and on 5 November 2019 the Defendant issued its final invoice for 38,412.60 pounds, of which
some 13,900 pounds was said to be for extras.

5. On 22 January 2020 the Claimant paid 20,000 pounds "on account and under protest". On
16 March 2020 the Defendant refused to release the yacht until the balance was paid, and she
has stood ashore in its yard since then.

6. The claim form was issued on 9 February 2021. The proceedings were stayed for a time while
the parties attempted mediation, without success.

7. The trial took place over three days, from 8 to 10 October 2024. I heard evidence from the
Claimant, from the Defendant's yard manager Mr Keel, and from a marine surveyor instructed by
each side.

Discussion

8. I accept Mr Keel's evidence, which was supported by his contemporaneous job sheets, that the
Claimant asked, orally and more than once, for work outside the specification: new teak decks,
a rebuilt wheelhouse roof and rewiring throughout. Those were extras within the meaning of the
agreement, and the Defendant is entitled to a reasonable price for them.

9. I do not accept, however, that the whole of the sum claimed for extras was reasonable. On
the surveyors' joint evidence, the reasonable price of the extra work was 9,750 pounds.

Conclusion

10. It follows that the Defendant was entitled to retain the yacht until 34,250 pounds had been
paid, and that the balance of 14,250 pounds remains due. The claim for damages for detention
is dismissed. The yacht is to be released on payment of that balance.

11. Any written submissions on costs are to be filed and served no later than 6 December 2024.""",
        (
            expect("1962?", "built"),
            expect("2019-04-02", "agreement"),
            expect("../2019-09-30", "completed"),
            expect("2019-10-14~", "relaunched"),
            expect("2019-11-05", "invoice"),
            expect("2020-01-22", "paid"),
            expect("2020-03-16", "refused"),
            expect("2021-02-09", "claim form"),
            expect("2024-10-08/2024-10-10", "trial"),
            expect("../2024-12-06", "costs", planned=True),
        ),
    ),
    Text(
        "brackwater-canal-hendle",
        "encyclopedia history",
        None,
        """Brackwater Canal

The Brackwater Canal is a canal in the county of Hollinshire, running for 23 miles (37 km) from
the River Senn at Cawford to the former coalfield around Stourfold. It has 31 locks, eleven of
them in the Hendle flight, and a tunnel of 640 yards (585 m) under Brede Hill.

History

Construction

The canal was authorised by an Act of Parliament in 1791, promoted by a group of Stourfold coal
owners led by Sir Edmund Varley, who wanted a cheaper way of sending coal to the Senn than the
turnpike road. The engineer was Josiah Brede, who had worked on several drainage schemes in the
fens. Work began in about June 1792, and the first section, from Cawford to Hollin Bridge,
opened in 1797.

Money ran short during the war with France, and the tunnel took four years to drive. The canal
reached Stourfold in 1800 and was completed the following year, when the Hendle flight was
opened to boats.

Railway ownership and decline

Through the 1840s the canal carried as much as 190,000 tons of coal a year, most of it to the
gasworks and mills along the Senn. In 1846 the canal company was bought by the Hollinshire
Junction Railway, which raised tolls on through traffic and let the upper locks decay. Trade
fell away, and the canal was closed to commercial traffic in about 1939; the Hendle flight was
abandoned and partly filled in.

Restoration

The Brackwater Canal Society was formed by boaters and local residents to oppose a plan to drain
the canal and sell its bed. Volunteers restored the lower ten miles between 1968 and 1974, and
the canal has been owned by the Brackwater Canal Trust since 1975. Work on the Hendle flight,
funded by a heritage grant and by the Trust's own appeal, is expected to be finished by 2027,
which would reopen the canal to boats throughout its length.

Route

From its junction with the Senn at Cawford the canal climbs gently through water meadows to
Hollin Bridge, where a basin and a row of canal cottages survive. Beyond the Brede Hill tunnel
the Hendle flight lifts it 88 feet in less than a mile to the summit pound, which is fed by a
reservoir at Lintmoor. The terminus at Stourfold is now a marina.

See also
- Canals of Hollinshire
- Hollinshire Junction Railway""",
        (
            expect("1791", "act"),
            expect("1792-06~", "work"),
            expect("1797", "first section"),
            expect("1800", "stourfold"),
            expect("1801", "completed"),
            expect("1846", "bought"),
            expect("1939~", "closed"),
            expect("1968/1974", "restored"),
            expect("1975/..", "trust"),
            expect("../2027", "hendle", planned=True),
        ),
    ),
    Text(
        "dunmore-kettle-semifinal",
        "sports report",
        date(2024, 5, 13),
        """Dunmore into county cup final as Kettle double sinks Orrell

By Owen Harrow

Dunmore Athletic will play in the Hallshire Senior Cup final for the first time in thirteen
years after a 3-1 win over Orrell Town in front of 1,240 at Brickfield Road on Saturday.

Jamie Kettle, back in the side after a month out, scored twice in six minutes before the break,
first heading in Luke Amis's corner and then turning in a low cross from the left.

Orrell pulled one back through Tom Sallow just after the hour, but goalkeeper Sam Ravel saved a
penalty from the same player in the 78th minute, and substitute Rio Banks sealed it in
stoppage time with a shot that went in off the post.

Ravel, who signed from Orrell in January 2023, was booed by the visiting supporters all
afternoon. "I've got nothing but respect for them," he said. "But I wanted this one badly."

Kettle injured his ankle against Pelbury on 20 April and missed four matches. Manager Carla
Venn, in charge since October 2021, said she had planned to give him only half an hour.

"He told me at half-time he was fine, and I wasn't going to argue with two goals," Venn said.
"The lads have earned a big day out now. Nobody gave us a chance at the start of the season."

Dunmore last reached the final in 2011, when they lost 2-0 to Wendle United, and last lifted
the trophy in 1998. The club, formed around 1889 by workers at the Dunmore tannery, have won
the Senior Cup four times in all.

The final, against Wendle or Hartsey Rangers, will be played at the county ground on Bank
Holiday Monday, 27 May, with a 3pm kick-off. Tickets go on sale at the club shop on Wednesday,
priced 8 pounds for adults and 3 pounds for under-16s.

Dunmore: Ravel; Platt, Osei, Crane, Dunn; Amis, Hollis (Banks 80), Reeve; Fenn, Kettle
(Marsh 70), Lyle.
Orrell: Dace; Hume, Pryor, Lett, Gale; Sallow, Ince, Norbury; Watts (Coyle 65), Rudd, Bex.
Referee: P. Loxley.""",
        (
            expect("2024-05-11", "win"),
            expect("2023-01", "ravel", "signed"),
            expect("2024-04-20", "ankle"),
            expect("2021-10/..", "venn"),
            expect("2011", "final"),
            expect("1998", "trophy"),
            expect("1889~", "formed"),
            expect("2024-05-27", "final", planned=True),
            expect("2024-05-15", "tickets", planned=True),
        ),
    ),
    Text(
        "tessory-mill-street",
        "company history",
        None,
        """The Tessory story

Where it began

Amos Tessory, a journeyman baker from Ledbury Cross, set up his own bakehouse on Mill Street,
Harnworth, around 1868. He sold bread in the mornings and, from the cooling ovens, the hard oat
biscuits that farm workers carried in their pockets out to the fields.

His sons Walter and George joined him as boys, and the business became a limited company,
Tessory & Sons Ltd, in 1902.

War and the first van

From 1915 to 1918 the Mill Street ovens worked day and night baking ship's biscuit for the navy,
and the women of Harnworth kept the bakehouse going while the men were away. The firm's first
motor delivery van, painted in the green and cream we still use today, was bought probably in
1921; before that, two horse vans went out six days a week.

The Tessory Crisp

Tessory Crisp, the thin oat biscuit that is still our best seller, was launched in 1936. The
recipe has changed only once, when the sugar was cut, and it is still baked to Walter's
original timings.

A new home

Demand after the war soon outran the old bakehouse. In 1957 we opened a purpose-built factory
at Wendle, on the edge of town, and the Mill Street bakehouse closed two years later. The
building is now flats, but the name TESSORY can still be read high on its gable end.

Good years and lean years

In 1989 the company was acquired by Brannock Foods, which moved packing to its own plant and cut
the range to six lines. Many of our long-serving bakers stayed on, and it was their knowledge
that kept the old recipes alive.

The business has been independent and family-owned again since 2004, when Amos's
great-great-granddaughter Clare Tessory led a buyout with a group of managers. We have since
brought back eleven of the old lines, including the Harvest Finger and the Ginger Round.

Today

Tessory's employs 140 people at Wendle and sells in twelve countries. Every biscuit is still
baked in Harnworth, and we still buy our oats from farms within forty miles of the factory.

What comes next

A visitor centre and shop at the Wendle factory, with a long window onto the baking line, will
open in 2026. Until then, our factory shop on Wendle Road is open to visitors.""",
        (
            expect("1868~", "bakehouse"),
            expect("1902", "limited company"),
            expect("1915/1918", "navy"),
            expect("1921?", "van"),
            expect("1936", "crisp"),
            expect("1957", "wendle"),
            expect("1959", "closed"),
            expect("1989", "brannock"),
            expect("2004/..", "family"),
            expect("2026", "visitor centre", planned=True),
        ),
    ),
    Text(
        "kestrel-lunar-mapper",
        "mission summary",
        date(2025, 2, 10),
        """MISSION SUMMARY: KESTREL-2

Agency:           Northern Space Research Council (NSRC)
Mission type:     Lunar polar orbiter
Launch vehicle:   Arrow-4 (flight A4-09)
Launch site:      Skarholm Launch Complex, pad 2
Launch mass:      412 kg (including 138 kg of propellant)
Status:           Operational (extended mission)

OVERVIEW
Kestrel-2 maps water ice and surface temperature in the permanently shadowed craters near the
lunar south pole. The mission was approved in 2019 as the follow-up to Kestrel-1, a technology
demonstrator, and was built by a consortium of four universities and two companies.

LAUNCH AND TRANSFER
Kestrel-2 was launched on 14 November 2023. Rather than a direct transfer, the spacecraft took a
low-energy route out past the Earth-Sun L1 point, which saved propellant for a longer stay at
the Moon; it entered lunar orbit on 3 February 2024, after 81 days in flight.

OPERATIONS
Commissioning of the instruments took four weeks, and science operations began on or about
1 March 2024. The orbiter has since mapped more than 90 percent of the south polar region.

On 22 July the spacecraft entered safe mode after a star tracker fault. Controllers switched to
the backup tracker, and Kestrel-2 was recovered two weeks later, on 5 August, having lost none
of the data stored on board.

The first calibrated maps and spectra were released to the public on 9 January 2025 through the
NSRC archive.

EXTENDED MISSION AND END OF MISSION
The NSRC board has agreed to extend the mission, which will end no later than 31 December 2025.
An orbit-lowering manoeuvre is scheduled for 18 March, bringing the low point of the orbit down
to 20 km over the south pole, and a second data release is due in June. With its propellant
spent, the spacecraft is expected to strike the far side in early 2026.

INSTRUMENTS
- KIR: thermal infrared mapper (University of Osterby)
- NSS: neutron spectrometer (Halden Institute)
- LCAM: wide-angle camera (Vinter Optics)

KEY RESULTS SO FAR
- Surface temperatures below 30 K in four craters.
- Hydrogen enrichment consistent with ice in the upper metre of regolith in at least two of
  them.""",
        (
            expect("2019", "approved"),
            expect("2023-11-14", "launched"),
            expect("2024-02-03", "lunar orbit"),
            expect("2024-03-01~", "science operations"),
            expect("2024-07-22", "safe mode"),
            expect("2024-08-05", "recovered"),
            expect("2025-01-09", "released"),
            expect("../2025-12-31", "end", planned=True),
            expect("2025-03-18", "manoeuvre", planned=True),
            expect("2025-06", "second", "release", planned=True),
        ),
    ),
    Text(
        "selmouth-harbour-wall",
        "government statement",
        None,
        """DEPARTMENT FOR COASTAL COMMUNITIES

PRESS STATEMENT                                                   Ref: DCC/PS/2025/031
Issued: Thursday 6 March 2025

Selmouth harbour wall: 11.6 million pounds for permanent repair

The Minister for Coastal Communities, Rhona Castell, today approved 11.6 million pounds for the
permanent repair of the Selmouth harbour wall, which was breached during Storm Ilse on
27 January.

The breach, a gap of some 30 metres in the outer wall, flooded the harbour car park and eleven
businesses on Fore Street. Emergency repairs by the harbour authority, using rock armour brought
in by sea, were completed on 14 February and have held through two further storms.

The Minister said: "Selmouth's wall has protected the town and its fishing fleet for well over a
century. This funding will make sure it does so for the next one. I want to thank the harbour
staff and the contractors who worked through some very rough nights to close the gap."

The wall was built in about 1880 and was last strengthened in 1997. It last gave way in
December 1953, when a storm surge drove through the same section and flooded the lower town.

The permanent repair will rebuild the damaged section in reinforced concrete faced with the
original granite, and raise the crest of the whole wall by 0.6 metres. Main works will begin on
5 May and are to be completed by the end of March 2026. The harbour will stay open to fishing
vessels throughout, although the outer berths will be closed while the crane barge is working.

Residents, businesses and harbour users can comment on the detailed plans in a public
consultation running from 10 to 31 March. Drop-in sessions will be held at the Selmouth
Institute; times will be published on the department's website.

ENDS

Notes to editors
1. The repair is funded from the Coastal Resilience Fund, which supports sea defence schemes
   owned by harbour authorities and local councils.
2. Selmouth Harbour Authority is a trust port governed by an independent board.
3. Media enquiries: DCC press office, 020 7946 0873.""",
        (
            expect("2025-03-06", "approved"),
            expect("2025-01-27", "breached"),
            expect("2025-02-14", "emergency repairs"),
            expect("1880~", "built"),
            expect("1997", "strengthened"),
            expect("1953-12", "gave way"),
            expect("2025-05-05", "main works", planned=True),
            expect("../2026-03", "completed", planned=True),
            expect("2025-03-10/2025-03-31", "consultation", planned=True),
        ),
    ),
    Text(
        "ferncastle-library-dome",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ferncastle library reopens after roof repairs | Ferncastle Courier</title>
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header class="masthead">
<a class="logo" href="/">Ferncastle Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/whats-on">What's on</a></li><li><a href="/notices">Notices</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1>Library reopens after eighteen months of roof repairs</h1>
<p class="byline">By <span class="author">Meera Lomas</span>, Local Democracy Reporter
&middot; <time datetime="2025-04-11">11 April 2025</time></p>
<p>Ferncastle's domed library on Abbey Road reopened to readers on Thursday, almost eighteen
months after rainwater pouring through its copper dome forced it to close.</p>
<p>The listed building shut on 9 October 2023, when staff arrived to find water running down
the walls of the reading room and across the children's library.</p>
<p>Repairs began on 15 January 2024. Contractors replaced the dome's timber frame and laid new
copper, and the works finished on 28 February, some five months later than planned and about
300,000 pounds over the original budget.</p>
<p>&ldquo;It has been a long wait, and I want to thank readers for their patience,&rdquo; said
councillor Dev Anand, the county's cabinet member for culture. &ldquo;The building looks better
than it has for decades.&rdquo;</p>
<p>The library was built in 1906 with a gift from the shipowner Walter Grahame. Its lift,
installed in about 1987, has also been replaced, and the entrance ramp rebuilt.</p>
<p>Volunteers from the Friends of Ferncastle Library, who have run the Saturday service since
2019, kept a small lending service going in the town hall foyer while the building was shut.</p>
<p>The local history room, which needs new shelving, will reopen on 3 May.</p>
<p>The county council's cabinet is due to decide the future of six smaller branch libraries by
30 June. A public consultation on the branches drew some 4,100 responses.</p>
</article>
<aside class="related"><h2>Related</h2>
<ul><li><a href="/news/library-closure">Water damage closes town library</a></li>
<li><a href="/news/branch-consultation">Have your say on branch libraries</a></li></ul>
</aside>
</main>
<footer><p>&copy; 2025 Ferncastle Courier. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-04-10", "reopened"),
            expect("2023-10-09", "shut"),
            expect("2024-01-15", "repairs"),
            expect("2025-02-28", "finished"),
            expect("1906", "built"),
            expect("1987~", "lift"),
            expect("2019/..", "saturday"),
            expect("2025-05-03", "local history room", planned=True),
            expect("../2025-06-30", "decide", planned=True),
        ),
    ),
    Text(
        "hobbs-mill-weir",
        "weir maintenance notice",
        None,
        """RIVER LENN CONSERVANCY

NOTICE OF MAINTENANCE WORKS

Hobb's Mill Weir, River Lenn, near Astley Parva

Notice No. RLC/W/25/07                                              Issued: 19 May 2025

1. WORKS
Notice is hereby given that the Conservancy will carry out repairs to Hobb's Mill Weir from
Monday 9 June to Friday 18 July 2025 inclusive. The works comprise:
   (a) repair of the downstream apron, damaged in the flood of 4 January 2024;
   (b) repointing of the masonry crest and the left-bank wing wall;
   (c) clearance and minor repair of the fish pass, which was installed in 2008;
   (d) replacement of the safety boom above the weir.

2. WATER LEVELS
Before work starts, the water level above the weir will be drawn down by about 0.8 metres. The
sluice gates will be lowered on or about 2 June, and levels will be restored gradually once the
works are complete. Anglers and boat owners on the upper reach should take note.

3. NAVIGATION AND TOWPATH
The river will be closed to all craft between Astley Parva footbridge and Colley Lock while the
works are in progress. The towpath on the left bank will be closed at the weir; a signed
diversion will be provided through Mill Farm. A new permanent canoe portage on the right bank
will be open from 21 July onwards.

4. BACKGROUND
The weir was built in 1823 to serve Hobb's corn mill and was rebuilt in 1931 after part of the
crest collapsed. It was last inspected on 12 March 2025, when the inspecting engineer reported
scour beneath the apron and recommended repair before the autumn high flows.

5. COMMENTS AND OBJECTIONS
Any person wishing to comment on or object to these works should write to the address below.
Comments and objections must be received by 30 May 2025.

6. ENQUIRIES
Waterways Office, River Lenn Conservancy, Lock House, Colley, telephone 01632 960255.

Signed:

T. M. Grainger
Head of Waterways
for and on behalf of the River Lenn Conservancy""",
        (
            expect("2025-06-09/2025-07-18", "repairs", planned=True),
            expect("2025-06-02~", "sluice", planned=True),
            expect("2024-01-04", "flood"),
            expect("2008", "fish pass"),
            expect("2025-07-21/..", "portage", planned=True),
            expect("1823", "built"),
            expect("1931", "rebuilt"),
            expect("2025-03-12", "inspected"),
            expect("../2025-05-30", "objections", planned=True),
        ),
    ),
    Text(
        "sandholme-open-triples",
        "petanque tournament report",
        date(2024, 8, 19),
        """SANDHOLME OPEN TRIPLES

Castell trio keep their nerve to take the Open again

Thirty-eight teams from as far away as Derwick and the coast turned up at the Rec for the
Sandholme Boules Club's open triples this weekend, the biggest entry the club has had.

Saturday's qualifying rounds were played in a stiff breeze, which made lobbing a lottery and
favoured the teams who rolled. Five rounds of Swiss-system games cut the field to sixteen, and
the rain held off until the last ends were being played under umbrellas.

Sunday's final brought together Dee Castell, Marc Oyo and Fran Lethbridge, who also won the
title in 2019 and 2022, and the young Rook triple from Pellow. Rook led 9-5 after a carreau
from Sam Rook, but Castell's pointing was immaculate from there, and a last-end shot by Oyo
took the game 13-9.

"We were lucky to get out of the quarters," admitted Castell. "But once we found the length on
the far piste, everything went right."

RESULTS
  Final:           Castell 13  Rook 9
  Semi-finals:     Castell 13  Harker 11;  Rook 13  Bellamy 6
  Plate final:     Nunn 13  Askew 12

The Open, first played around 1999 on the old car park, is older than its piste but not than
the club, which was founded in 1996. The new terrain, laid in April 2023 with a proper hoggin
base, drew warm praise from the visitors, even on Saturday afternoon.

Thanks go to the kitchen team, to umpire Gil Tanner, and to the Plough for the prizes.

COMING UP
Sandholme A face Pellow Petanque in the county league at home on Wednesday (7pm start). The
club will send two triples to the national qualifiers at Ashby on 7 and 8 September; captains
will confirm the teams by text.

The committee reports that the floodlights for the main terrain are expected to be installed by
the end of October, so that league games can be played on into the autumn evenings.""",
        (
            expect("2024-08-17", "qualifying"),
            expect("2024-08-18", "final"),
            expect("2019", "title"),
            expect("2022", "title"),
            expect("1999~", "first played"),
            expect("1996", "founded"),
            expect("2023-04", "terrain"),
            expect("2024-08-21", "pellow", planned=True),
            expect("2024-09-07/2024-09-08", "qualifiers", planned=True),
            expect("../2024-10", "floodlights", planned=True),
        ),
    ),
    Text(
        "heathcomb-tarnfield-hives",
        "bee farm company release",
        None,
        """Heathcomb Bee Farm takes on 140 hives from Tarnfield Orchards

ORLESTONE, 3 April 2025 - Heathcomb Bee Farm, the family-run honey producer and queen breeder,
announced today that it has acquired the 140 hives and the pollination contracts of Tarnfield
Orchards, which is giving up beekeeping to concentrate on its fruit.

The colonies will stay on the Tarnfield site near Upper Wrayling for the apple and pear bloom
and will then be moved in stages to Heathcomb's out-apiaries on the heath, taking the farm to
some 620 colonies in all.

"These are good, well-tempered bees, and we know Tarnfield's orchards well," said managing
director Rosa Hale. "Taking them on keeps pollination local for the growers in the valley."

Heathcomb was founded in 1979 by Rosa's mother, Margaret Hale, with six hives behind a rented
cottage. The business nearly failed in 2012, when it lost almost half its colonies to varroa
and a wet summer, and rebuilt its stock from its own queens.

Its queen-rearing unit opened in 2016 and now sells some 2,000 mated queens a year to
beekeepers across the region. The farm's heather and wildflower honeys were certified organic
in March 2021, and Heathcomb has supplied pollination to commercial growers since 2018.

Plans for 2025
- A new extraction hall at Heathcomb, with space to handle the larger harvest, will open in
  July.
- The first honey from the Tarnfield colonies is expected to be jarred by the end of September.
- The farm shop and tasting room will open daily from 1 May onwards, instead of weekends only.

About Heathcomb Bee Farm
Heathcomb Bee Farm Ltd is a family company based at Heathcomb Lane, Orlestone. It employs
eleven people full-time, with seasonal staff in the harvest months, and sells through its own
shop, farmers' markets and independent grocers.

Media enquiries: Nell Brightwell, 01632 960771""",
        (
            expect("2025-04-03", "acquired"),
            expect("1979", "founded"),
            expect("2012", "colonies"),
            expect("2016", "queen"),
            expect("2021-03", "organic"),
            expect("2018/..", "pollination"),
            expect("2025-07", "extraction", planned=True),
            expect("../2025-09", "honey", planned=True),
            expect("2025-05-01/..", "shop", planned=True),
        ),
    ),
    Text(
        "crump-golden-fleece",
        "draper's account book",
        None,
        """DAY BOOK of JOSIAH CRUMP, Linnen & Woollen Draper,
at the Sign of the Golden Fleece in Market Stanbury.

                                                                          L.   s.   d.
1784.
Jany 12th   Recd of Mrs Pellow of Stanbury Hall in full of her Acct
            for the Year past .......................................... 14    6    8
            Sold Mr Dorney 4 yds superfine blue Broad Cloth @ 18s ........  3   12    0
            Do. 2 doz. horn Buttons ....................................  0    1    4
Feby 3d     Bought of Messrs Hatch & Co., Wood Street, Lond., 3 ps
            Irish Linnen & 2 ps printed Callico, per Waggon ............ 27   10    0
            Pd Carriage of Do. from Lond. .............................  0   11    6
Mar. 25th   Lady Day. Pd Mr Ashby one Quarter's Rent of the Shop ......  5    0    0
            Pd the Window Tax for the half Year .......................  0   15    0
Aprl abt the 20th  Pd Jas Farrant, Glazier, for new Sashes in the Shop
            Window, the old being broke by the great Wind ..............  2    2    0
June 4th    The King's Birth Day. Shut Shop at Noon by the Mayor's
            Order. Gave the Boy for Bell-ringing .......................  0    0    6

1785.
Jany 10th   Took Saml Gurney, son of Thos Gurney of Ludwell, Yeoman,
            Apprentice for seven Years. Recd of his Father the Premium . 20    0    0
May 16th    Mrs Rudd, Mourning for the Family, the old Gentn dying,
            as I think, on the 14th. 22 yds black Bombazeen @ 4s .......  4    8    0
            Do. 6 yds Crape, 12 prs black Gloves & Hatbands ...........  2   19    6
            Entd to her Acct.
Nov. 5th    The new Counter set up by Jno Wells, Joiner, of Deal, with
            Drawers under for Ribbons & Tapes. Pd him ..................  3   15    0
            Pd for Nails & Glue for Do. ...............................  0    2    3

Memorandums.
  Owe Messrs Hatch & Co. 31 L. on their last Acct, to be discharged by the
  25th of Decr next, they having been very civil in the Matter.
  Mr Ashby's Lease of the Shop to expire at Lady Day, 25th March 1787. He talks of
  raising the Rent, the Town being much improved. Qu. whether to take the House
  in Sheep Street, wch is larger & better lighted.
  Saml Gurney very apt at the Counter, but must be kept from the Inn.""",
        (
            expect("1784-01-12", "pellow"),
            expect("1784-02-03", "hatch"),
            expect("1784-03-25", "rent"),
            expect("1784-04-20~", "sashes"),
            expect("1784-06-04", "shut shop"),
            expect("1785-01-10", "apprentice"),
            expect("1785-05-14?", "dying"),
            expect("1785-05-16", "mourning"),
            expect("1785-11-05", "counter"),
            expect("../1785-12-25", "discharged", planned=True),
            expect("1787-03-25", "lease", planned=True),
        ),
    ),
    Text(
        "ravensbeck-sett-survey",
        "badger sett survey report",
        None,
        """RAVENSBECK FARM, HOLME LANE, CRANLEY
BADGER SETT SURVEY

Report ref.: HE-2417-BDG          Version: 1.0          Date: 28 October 2024
Client: Ashwell Homes Ltd          Prepared by: Hedgerow Ecology LLP

CONFIDENTIAL - contains sett locations. Not for publication.

1  SUMMARY
1.1 An active main sett and two outlier setts lie within 30 m of the proposed access road. Any
works within this zone will need a licence to interfere with a badger sett.

2  METHODS
2.1 The site was walked on 3 October 2024, when all sett entrances were mapped and four camera
traps were set on the main sett and the outliers.
2.2 The cameras were collected on 17 October 2024 and the footage reviewed. Weather during the
survey period was mild and mostly dry.

3  BACKGROUND
3.1 The main sett was first recorded by the Cranley Badger Group in 1987. It was last surveyed
by Tarn Ecology in May 2019, when seven active entrances were recorded.
3.2 A road casualty badger was found on Holme Lane, some 200 m north of the site entrance, on
22 September 2024 (record supplied by the Cranley Badger Group).

4  RESULTS

   Table 1  Sett entrances
   Sett      Entrances   Active   Notes
   Main         9           7     fresh spoil, bedding, latrines nearby
   Outlier A    2           1     one entrance collapsed (see 4.2)
   Outlier B    1           1     under field hedge

4.1 Cameras recorded at least five adult badgers and two cubs of the year using the main sett.
4.2 One entrance of Outlier A, on the ditch bank, collapsed on or about 9 October, after the
cameras had been set; badgers were recorded digging it out again within days.

5  RECOMMENDATIONS
5.1 The client proposes to start groundworks for the access road in February 2025.
5.2 A licence application will be submitted to the licensing authority by 15 November 2024.
5.3 An artificial sett is to be built in the north-east corner of the site between 2 and
13 December 2024, so that it can settle before any closure of Outlier A.
5.4 No vehicles, spoil or materials should be placed within 30 m of any sett entrance until a
licence has been granted.

Surveyor: K. Aldous BSc MCIEEM         Checked: P. Strand""",
        (
            expect("2024-10-03", "walked"),
            expect("2024-10-17", "collected"),
            expect("1987", "recorded"),
            expect("2019-05", "surveyed"),
            expect("2024-09-22", "casualty"),
            expect("2024-10-09~", "collapsed"),
            expect("2025-02", "groundworks", planned=True),
            expect("../2024-11-15", "licence", planned=True),
            expect("2024-12-02/2024-12-13", "artificial sett", planned=True),
        ),
    ),
    Text(
        "gair-ruthven-pipes",
        "bagpipe maker's history",
        None,
        """Gair & Ruthven, Bagpipe Makers, Dunallan: a short history

The firm traces its beginnings to Alexander Gair, a wood-turner in the Wynd of Dunallan, who
began making pipes c. 1790 alongside the bobbins and chair legs that were his living. No
instrument of his can be identified with certainty, though a chanter in the town museum is
said to be his work.

In 1812 he moved to larger premises on Tolbooth Wynd, with a lathe driven by a treadle and a
loft for seasoning wood. Gair supplied his first full set to a regiment, probably in 1838, when
the pipe major of the Dunallan Fencibles ordered pipes mounted in ivory and silver.

His son William took the business on and widened its trade. At the Northern Exhibition of Arts
and Manufactures in 1851 he showed a set of pipes in cocuswood that won a prize medal, and
orders came from as far as Canada and the Cape.

In 1874 William took his journeyman, Hector Ruthven, into partnership, and the firm has traded
as Gair & Ruthven ever since. Ruthven's reed-making was famous; pipers said his chanter reeds
"came in sweet and stayed sweet".

From 1914 to 1918 the workshop turned out practice chanters for the army by the thousand, along
with drones for the pipe bands of the new battalions. Several of the men went themselves, and
two did not come back.

On the night of 3 March 1947 a fire destroyed the workshop on Tolbooth Wynd, with the firm's
stock of seasoned African blackwood and most of its old patterns. The firm reopened in the
following year in a former smithy on Kirk Street, working from patterns redrawn from surviving
instruments.

Since 1999 the workshop has been at 14 Brae Street, where visitors can watch drones being turned
on the firm's two lathes. Six makers work there today, and the order book runs to eighteen
months.

A small museum room, showing the tools of the old Tolbooth Wynd shop and a set of pipes from
each generation of the firm, is to open at Brae Street in 2026.""",
        (
            expect("1790~", "pipes"),
            expect("1812", "moved"),
            expect("1838?", "regiment"),
            expect("1851", "medal"),
            expect("1874", "partnership"),
            expect("1914/1918", "chanters"),
            expect("1947-03-03", "fire"),
            expect("1948", "reopened"),
            expect("1999/..", "brae street"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "harlin-fodder-scheme",
        "agriculture minister's statement",
        date(2025, 6, 24),
        """Drought support for livestock farmers

Oral statement to the Assembly by the Minister for Agriculture and Rural Affairs, Tomas Harlin

With permission, Presiding Officer, I will make a statement on the drought and the support the
government will give to livestock farmers.

On 6 June I declared a drought in the eastern counties, after the driest spring in the region's
records. The grassland survey completed on 13 June showed grass growth at around 40 per cent of
normal on the lighter soils, and many farms are already feeding winter forage to stock.

On Friday I met the farming unions, the auctioneers and the feed merchants in Corran to hear at
first hand what the dry weather means for them. Their message was clear: the pressure is on
cash flow now, and fodder must be found before the autumn.

I am therefore today announcing a 24 million pound emergency fodder scheme. Farmers who keep
cattle, sheep or goats in the drought area will be able to claim help towards the cost of
bought-in hay, haylage, straw and feed, at up to 60 per cent of cost, capped per holding.

Applications will open on Monday and must be submitted by 31 August. Payments are expected to
begin in September, and I have asked officials to make the first payments within three weeks
of a complete claim.

The last comparable scheme was run in 2018, and I am grateful to the farmers who told us what
worked then and what did not. We have simplified the forms and will accept claims by phone for
those who cannot use the online service.

Alongside the scheme, my officials will work with the water authorities to keep livestock
supplies going, and the hosepipe restrictions announced by two companies do not apply to
watering animals.

I will visit the Eastern Counties Show on Thursday to speak to farmers directly, and I will
report again to the Assembly before the recess.

I commend this statement to the Assembly.""",
        (
            expect("2025-06-06", "drought"),
            expect("2025-06-13", "survey"),
            expect("2025-06-20", "unions"),
            expect("2025-06-24", "fodder scheme"),
            expect("2025-06-30", "applications", planned=True),
            expect("../2025-08-31", "submitted", planned=True),
            expect("2025-09", "payments", planned=True),
            expect("2018", "scheme"),
            expect("2025-06-26", "show", planned=True),
        ),
    ),
    Text(
        "bramble-stem-primula",
        "florist's HTML page",
        date(2025, 1, 20),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us &amp; news | Bramble &amp; Stem, florist, Primula Lane</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<h1>Bramble &amp; Stem</h1>
<p class="tagline">Florist &middot; 7 Primula Lane, Hatherden</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/weddings">Weddings</a></li><li><a href="/about" class="current">About</a></li>
</ul></nav>
</header>
<main>
<section id="about">
<h2>About us</h2>
<p>Bramble &amp; Stem was opened in 1994 by Ada Fernley in a former dairy on Corn Street. We
moved to our bigger shop on Primula Lane in 2009, with a cold room at the back and a proper
workbench at last.</p>
<p>Ada retired on 31 December 2021 after 27 years behind the counter, and the shop is now run
by her niece Josie and a team of four florists.</p>
<p>Since 2016 we have bought British-grown flowers first, from growers in the county whenever
the season allows, and we no longer use floral foam.</p>
<p>We started doing weddings in 2018, and in July 2023 our meadow arch won gold at the
Hatherden County Show.</p>
</section>
<section id="news">
<h2>News</h2>
<ul class="news-list">
<li><strong>Valentine's Day:</strong> please place orders by 11 February so that we can
be sure of your roses. Same-day delivery is not available on the day itself.</li>
<li><strong>Spring posy workshop:</strong> Saturday 15 February, 10am to 1pm, 45 pounds
including flowers, tea and cake. Eight places only.</li>
<li><strong>Closed for refit:</strong> the shop will be closed from 3 to 8 March while we put in
a new cold room. Orders can still be placed online while we are closed.</li>
</ul>
</section>
<section id="visit">
<h2>Visit us</h2>
<p>Open Monday to Saturday, 9am to 5.30pm. Free parking behind the shop.</p>
<p>We deliver across Hatherden and the surrounding villages in our little green van, and we are
always happy to talk through funeral tributes in the quiet of the back room, with no rush and
no obligation.</p>
</section>
</main>
<footer><p>&copy; 2025 Bramble &amp; Stem &middot; 01632 960528</p></footer>
</body>
</html>""",
        (
            expect("1994", "opened"),
            expect("2009", "moved"),
            expect("2021-12-31", "retired"),
            expect("2016/..", "british"),
            expect("2018", "weddings"),
            expect("2023-07", "gold"),
            expect("../2025-02-11", "orders", planned=True),
            expect("2025-02-15", "workshop", planned=True),
            expect("2025-03-03/2025-03-08", "closed", planned=True),
        ),
    ),
    Text(
        "harbrook-hospice-collection",
        "street collection permit decision",
        None,
        """HARBROOK DISTRICT COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE: STREET COLLECTION PERMIT

Application ref.:    SC/2025/004
Applicant:           Friends of Harbrook Hospice
Promoter:            Mrs Gwen Aldridge
Date of hearing:     10 February 2025
Date of decision:    12 February 2025

1. THE APPLICATION
1.1 The application was received on 8 January 2025. It seeks a permit for a street collection
in the town centre (High Street, Market Place and Bridge Street) on Saturday 22 March 2025,
between 9am and 4pm.
1.2 The applicant's first choice of date had already been allocated, on 20 December 2024, to
the Harbrook Lifeboat Guild, and the applicant amended its application accordingly.

2. BACKGROUND
2.1 The Friends were registered as a charity in 2011 and held permitted collections in the
town in 2021 and 2023.
2.2 The statement of amounts collected for the 2023 collection, which the regulations require
within one month, was not received until on or about 30 June 2023. Officers therefore referred
the application to the sub-committee rather than granting it under delegated powers.

3. THE HEARING
3.1 The sub-committee met on 10 February 2025 and heard from the licensing officer and from
Mrs Aldridge. Mrs Aldridge explained that the late return followed the illness of the
charity's treasurer and that a second signatory has since been appointed.

4. DECISION
4.1 The sub-committee is satisfied that the late return was an isolated lapse and that the
collection will be properly managed. The permit is GRANTED, subject to the standard conditions
and to the following additional condition:
   (a) the permit holder must submit the statement of amounts collected, certified by two
       officers of the charity, by 22 April 2025.
4.2 The applicant is reminded that the Council's revised street trading and collections
policy applies from 1 April 2025 onwards, and that any future application will be considered
under it.

5. RIGHT OF APPEAL
5.1 An applicant aggrieved by this decision may appeal to the Secretary of State within 14 days
of the date on which notice of the decision is given.

Signed: Cllr R. Penhale, Chair of the Sub-Committee""",
        (
            expect("2025-01-08", "application"),
            expect("2025-03-22", "collection", planned=True),
            expect("2024-12-20", "lifeboat"),
            expect("2011", "registered"),
            expect("2021", "collections"),
            expect("2023", "collections"),
            expect("2023-06-30~", "statement"),
            expect("2025-02-10", "sub-committee"),
            expect("../2025-04-22", "statement", planned=True),
            expect("2025-04-01/..", "policy", planned=True),
        ),
    ),
    Text(
        "pennick-vale-thatchers",
        "thatching history",
        None,
        """Thatching in the Vale of Morrow and the Pennick family

Long straw, grown on the Vale's own farms and laid with the butts and ears mixed, was the
ordinary roof of the Vale for centuries. Water reed from the Broadmere fens came into use in
about 1850, first on parsonages and better farmhouses, and spread as the new railway brought
bundles cheaply from the fen wharves.

The first Pennick known to have worked as a thatcher, Thomas Pennick of Addle Green, took his
first apprentice in 1863. His account book, which survives, shows him working as far as
Stallbridge and charging by the square, with the customer finding the straw.

Thatch brought danger as well as work. On 11 June 1881 a fire that started in a bakehouse roof
at Coldharbour spread along the street and destroyed fourteen cottages. In 1884 the borough of
Morrow forbade new thatched roofs within the town, and many owners in the villages went over
to slate or corrugated iron in the years that followed.

The Pennicks survived by turning to reed and to the big houses. The family bought a
reed-combing machine, probably in 1932, which let two men prepare in a day what had taken a
week by hand.

The Vale of Morrow Master Thatchers' Association was formed in 1947 to set standards of work
and to train young men coming back from the forces. Its ridge patterns, with their scallops and
points, became a mark of the Vale.

The largest job in the family's history came from May to September 1976, when three Pennicks
and two apprentices rethatched the church of St Wenna at Addle Green, one of only four thatched
churches in the county.

Since 1988 the business has been run by Ellen Pennick, the first woman in the family to hold the
legget. She has trained eleven apprentices and sits on the county's historic buildings panel.

The firm will rethatch the great tithe barn at Coldharbour in 2026, the largest thatched roof
in the Vale, using reed grown on the Broadmere beds that the family has cut from for five
generations.""",
        (
            expect("1850~", "reed"),
            expect("1863", "apprentice"),
            expect("1881-06-11", "fire"),
            expect("1884", "forbade"),
            expect("1932?", "machine"),
            expect("1947", "association"),
            expect("1976-05/1976-09", "church"),
            expect("1988/..", "ellen"),
            expect("2026", "tithe barn", planned=True),
        ),
    ),
    Text(
        "wendmoor-plough-fixtures",
        "cribbage league fixtures card",
        None,
        """WENDMOOR & DISTRICT CRIBBAGE LEAGUE
Founded 1961

PLOUGH INN 'A'
Division One - Spring Half Fixtures 2025

Captain: Den Rowley, tel. 07700 900461
Vice-captain: Marj Tebbit

  Date          Opponents             H/A     Result    Points
  ---------------------------------------------------------------
  Tue  7 Jan    Crown 'B'             A       ......    ......
  Tue 14 Jan    Red Lion              H       ......    ......
  Tue 28 Jan    Anchor                A       ......    ......
  Tue  4 Feb    Fox & Hounds          H       ......    ......
  Tue 11 Feb    Wheatsheaf            A       ......    ......
  ---------------------------------------------------------------

KNOCKOUT CUP
  Final: Friday 28 March 2025 at the Red Lion, 8.00 pm. Draw for the
  earlier rounds at the Half-Season Meeting.

PAIRS COMPETITION
  Entries to the League Secretary by 31 January, 2 pounds per pair.

LEAGUE NOTES
  The Crown rejoined the League in 2022 after twenty years away and now
  runs two teams. Welcome back to their 'B' team in Division One.

RULES OF PLAY (summary)
  1. Play commences 8.15 pm prompt. A team not ready by 8.45 pm may be
     claimed against.
  2. Six players a side: three pairs games and three singles, best of
     three legs, 121 up. One point per leg, two for the match.
  3. Home team to provide boards, pegs and two packs of cards per table.
  4. Muggins is NOT played. A player who miscounts loses the points.
  5. Result cards signed by both captains to the Fixture Secretary
     within 48 hours of the match.
  6. Disputes to the League Committee, whose decision is final.

CONTACTS
  League Secretary: Vera Mossop, 3 Glebe Cottages, Wendmoor
  Fixture Secretary: Alf Crabb, tel. 07700 900462

Please keep this card with you. Subs of 1 pound per player per half
season are due on the first match night.""",
        (
            expect("1961", "founded"),
            expect("2025-01-07", "crown", planned=True),
            expect("2025-01-14", "red lion", planned=True),
            expect("2025-01-28", "anchor", planned=True),
            expect("2025-02-04", "fox", planned=True),
            expect("2025-02-11", "wheatsheaf", planned=True),
            expect("2025-03-28", "final", planned=True),
            expect("../2025-01-31", "entries", planned=True),
            expect("2022", "rejoined"),
        ),
    ),
)  # fmt: skip
