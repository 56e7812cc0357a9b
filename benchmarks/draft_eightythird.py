"""An eightythird batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
port authority's dredging notice, a cathedral's restoration history, a tennis tournament
report, a pension fund's letter to members, a volcano observatory bulletin, a small business's
anniversary page in HTML, a coastguard rescue summary, a literary prize announcement, a water
utility's hosepipe ban notice, a diplomat's memoir excerpt and a university's accreditation
report). Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("EIGHTYTHIRD_CORPUS",)

EIGHTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "copper-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """ANTOFAGASTA, Chile, Oct 9 (Andes Press) - Workers at the Cerro Pardo copper mine
ended their strike on Tuesday after the operator, Minera Atacama Sur, agreed to raise
wages by 6.5 percent, union leaders said.

The walkout began on September 23 and halted all haulage at the open pit, the longest
stoppage at a Chilean copper mine since 2017. The union had first threatened industrial
action around August 12, when talks over a new three-year contract broke down.

Cerro Pardo opened in 1994 and has been owned by Minera Atacama Sur since 2008. Its
1,984 unionised workers voted by a margin of 1,210 to 402 to accept the offer.

A company spokeswoman said output was expected to return to full capacity by October 21,
once crushers and conveyors had been inspected. The labour ministry will hold a hearing on
safety at the mine on Monday, after two contractors were injured during the dispute.

Union delegates, who meet every Friday in the town of Sierra Gorda, said they would
monitor how the agreement was applied. "We will be watching every payslip," said union
president Marcela Quiroga.

Copper prices rose 1.2 percent in London on the news.

(Reporting by Tomas Herrera; Editing by Alison Pryce)""",
        (
            expect("2024-10-08", "strike"),
            expect("2024-09-23", "walkout"),
            expect("2024-08-12~", "threaten"),
            expect("1994", "open"),
            expect("2008/..", "own"),
            expect("../2024-10-21", "capacity", planned=True),
            expect("2024-10-14", "hearing", planned=True),
        ),
    ),
    Text(
        "biotech-approval-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Harrowgate Biotech receives UK approval for HB-17 wound gel

Leeds, 4 February 2025 - Harrowgate Biotech plc (AIM: HGB) today announced that the
Medicines and Healthcare products Regulatory Agency granted marketing authorisation for
HB-17, its antimicrobial gel for chronic leg ulcers, on 3 February 2025.

The decision follows the VELA Phase III trial, which ran from 14 March 2022 to 30 June 2024
across 41 hospitals and enrolled 1,236 patients. Results were presented at the European
Wound Management congress in Milan on 2 October 2024.

Harrowgate will begin shipping HB-17 to NHS hospitals on 1 April 2025. The company has
supplied dressings through NHS Supply Chain since 2019 and expects to file for approval in
the United States no later than 31 December 2025.

"This is the product our founders set out to build," said chief executive Dr Priya Nandra.
"Every week, thousands of patients spend hours having ulcer dressings changed."

About Harrowgate Biotech
Harrowgate Biotech was founded in 2011 as a spin-out from the University of Leeds. Its
pipeline also includes HB-2030, a burns treatment. The
company's shares have traded on AIM since its flotation.

Ends

Media contact: Fiona Marsh, +44 (0)113 496 0274, press@harrowgatebio.example""",
        (
            expect("2025-02-03", "authoris"),
            expect("2022-03-14/2024-06-30", "trial"),
            expect("2024-10-02", "present"),
            expect("2025-04-01", "ship", planned=True),
            expect("2019/..", "suppl"),
            expect("../2025-12-31", "file", planned=True),
            expect("2011", "found"),
        ),
    ),
    Text(
        "lease-repairs-opinion",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF MONTARRA
DIVISION TWO

No. 2023-CA-01187

HALVERSON PROPERTIES, LLC, Appellee,
v.
DELGADO FAMILY BAKERY, INC., Appellant.

Filed: June 17, 2024

OPINION

BRANDT, J.

This appeal concerns a commercial lease and a leaking roof. We reverse.

I. BACKGROUND

On or about March 3, 2019, Delgado Family Bakery signed a ten-year lease of a storefront
owned by Halverson Properties. Section 14 of the lease required the landlord to complete
structural repairs to the roof no later than December 31, 2020. The repairs were not made.
By letter dated November 8, 2021, Delgado notified Halverson that it would withhold rent
until the roof was repaired.

Halverson filed its complaint for unpaid rent on January 14, 2022. The trial court granted
summary judgment for Halverson on September 29, 2022, holding that the Residential
Tenancies Act of 1987 did not apply and that the lease contained no right to withhold rent.
Delgado appealed. We heard oral argument on February 6, 2024.

II. ANALYSIS

The trial court was right that the 1987 Act governs only residential tenancies. But the
lease itself makes the landlord's repair covenant and the tenant's rent covenant mutually
dependent. See Mont. Rev. Stat. 47-1204. Whether Halverson's breach was material is a
question of fact that could not be resolved on summary judgment.

III. CONCLUSION

The judgment is reversed and the case is remanded. The trial court shall hold an
evidentiary hearing on materiality on or before August 30, 2024.

ALVAREZ, P.J., and KOH, J., concur.""",
        (
            expect("2019-03-03~", "lease"),
            expect("../2020-12-31", "repair"),
            expect("2021-11-08", "notif"),
            expect("2022-01-14", "complaint"),
            expect("2022-09-29", "judgment"),
            expect("2024-02-06", "argument"),
            expect("../2024-08-30", "hearing", planned=True),
        ),
    ),
    Text(
        "aldbury-canal",
        "encyclopedia history",
        None,
        """Aldbury Canal

The Aldbury Canal is a narrow canal in the English Midlands, 23 miles (37 km) long, linking
the town of Aldbury with the River Teme at Harwick.

History

Construction began around 1762 under the engineer Samuel Pell, financed by a group of
Aldbury coal owners. The first section, from Aldbury to Crossbank, opened to traffic in
1769. The canal was extended to Harwick in 1774, and a branch to the limestone quarries at
Millford followed two years later. Its summit tunnel at Crossbank is 1,842 yards long and
was for a time the longest on any narrow canal.

The arrival of the Aldbury and Harwick Railway in 1841 took most of the coal trade. The
canal was closed to commercial traffic c. 1905, and the Millford branch was drained and
partly built over.

Restoration

The first volunteer clear-up is thought to have taken place in 1962, although some
accounts give a later date. The canal has been managed by the Aldbury Canal Trust since
1978, and the Crossbank tunnel reopened to boats on 14 May 1994.

Today the canal carries around 3,000 boat movements a year, and the trust's volunteers
work on the locks every weekend. The lock keepers' cottages at Crossbank house a small
museum.

See also
- Canals of the United Kingdom
- Samuel Pell (engineer)""",
        (
            expect("1762~", "construct"),
            expect("1769", "open"),
            expect("1774", "extend"),
            expect("1776", "branch"),
            expect("1841", "railway"),
            expect("1905~", "close"),
            expect("1962?", "clear"),
            expect("1978/..", "trust"),
            expect("1994-05-14", "tunnel"),
        ),
    ),
    Text(
        "rovers-comeback",
        "sports report",
        date(2025, 4, 27),
        """Rovers keep play-off hopes alive with late comeback

By Gareth Pryce

Caddon Rovers 2 Westerby Town 1

Caddon Rovers came from behind to beat Westerby Town at the Mill Lane ground on Saturday,
their first win from a losing position since January.

Westerby led through Sam Oduya's header after 23 minutes, and Rovers looked flat until the
hour. Substitute Kieran Walsh, who signed from Penlow in August 2023, levelled with a low
drive on 71 minutes, and captain Dean Morrow won it in stoppage time from the penalty spot.

A crowd of 2,017 saw Rovers move to within two points of the play-off places with three
games left. They were last promoted in 2009, and were relegated three years later.

Manager Lisa Harte, in charge since October 2022, said: "We train every Thursday on set
pieces and it showed." Harte praised academy graduates from the class of 2019, who made up
four of the starting eleven.

Rovers will host Dunmore Athletic on Tuesday night, before travelling to the league leaders
on the final day. Westerby, who have not won away since the turn of the year, are now tenth.

Rovers: Baines; Okoro, Morrow, Tuck, Lane; Farrell (Walsh 62), Ince, Hollis; Dunne, Petit,
Ryder.""",
        (
            expect("2025-04-26", "beat"),
            expect("2023-08", "sign"),
            expect("2009", "promot"),
            expect("2012", "relegat"),
            expect("2022-10/..", "charge"),
            expect("2025-04-29", "host", planned=True),
        ),
    ),
    Text(
        "corbel-cycles-history",
        "company history",
        None,
        """Corbel Cycles - Our History

A hundred years of frames

Corbel Cycles was founded in 1923 by Arthur and Edith Corbel in a rented shed behind their
house on Vine Street, Nottingham, where they repaired bicycles for factory workers. Demand
grew quickly, and the business moved to the Eastgate works in 1931.

Around 1942 the Eastgate works turned over to making ammunition boxes and stretcher
frames for the war effort, while a small team kept the repair counter open.

After the war the company returned to bicycles. Corbel built its first racing frame in
1956, and exported to Belgium the following year, when a Flemish club ordered forty
machines. The Corbel family ran the firm until it was acquired by the Halden Group in
1988.

Since 2004 we have made every frame by hand in our Leicester workshop, where eleven builders
braze around 1,100 frames a year.

Our Centenary 1923 Edition, a lugged steel tourer in Vine Street green, is available to
order now.

Visit the workshop: open Monday to Friday, 9am to 5pm. Tours run every first Saturday of
the month.

Corbel Cycles Ltd, Unit 4, Wharf Road, Leicester LE2 7TW. Company No. 00187734.
(c) 2025 Corbel Cycles Ltd""",
        (
            expect("1923", "found"),
            expect("1931", "move"),
            expect("1942~", "ammunition"),
            expect("1956", "racing"),
            expect("1957", "export"),
            expect("1988", "acqui"),
            expect("2004/..", "leicester"),
        ),
    ),
    Text(
        "lumen-2-summary",
        "mission summary",
        None,
        """LUMEN-2 Lunar Orbiter - Mission Summary

Mission ID: 2021-083A | Agency: European Lunar Programme Office | Status: Extended mission

Overview
LUMEN-2 is a 740 kg orbiter carrying a laser altimeter, a thermal imager and a relay for
small surface landers. It was launched on a Vega-C rocket from Kourou on 11 September
2021, and entered lunar orbit on 2 October after a low-energy transfer.

Mission phases
The primary mission ran from 15 October 2021 to 14 October 2022, mapping the south polar
region at a resolution of 5 m. An extended mission was approved in July 2022. The orbiter
relayed data from the privately built PIKA lander until contact with the lander was lost on
about 20 March 2023.

Since 2 February 2024 LUMEN-2 has operated from a frozen orbit with a periapsis of 1,950 km,
which requires almost no fuel to maintain.

End of mission
The orbiter is expected to impact the lunar far side no later than 31 December 2026, when
its remaining propellant will be used for a final low-altitude campaign.

Key figures
- Images returned: 412,000
- Altimeter shots: 2.1 billion
- Ground contacts: every 8 hours through Cebreros and New Norcia

Last updated: 2 May 2025""",
        (
            expect("2021-09-11", "launch"),
            expect("2021-10-02", "orbit"),
            expect("2021-10-15/2022-10-14", "primary"),
            expect("2022-07", "extend"),
            expect("2023-03-20~", "contact"),
            expect("2024-02-02/..", "frozen"),
            expect("../2026-12-31", "impact", planned=True),
        ),
    ),
    Text(
        "estmark-cod-statement",
        "government statement",
        None,
        """MINISTRY OF FISHERIES AND COASTAL AFFAIRS
Republic of Estmark

Statement on North Sound cod
12 November 2024 | Ref: MFCA/2024/118

On Monday the Minister for Fisheries, Helle Varga, signed an order cutting the North Sound
cod quota for Estmark vessels by 28 percent. The new quota will take effect on 1 January.

The decision follows scientific advice published on 4 October by the Estmark Marine
Institute, which found that the spawning stock had fallen to its lowest level since 1977.
The stock has been below safe biological limits since 2019.

In addition, fishing for all demersal species in the Orre Bank box will be prohibited from
1 February to 30 April 2025 to protect spawning grounds. Under the Fisheries Act 2008,
vessels found fishing in the box face fines of up to 250,000 crowns.

The Minister recognises the hardship the cut will cause. She will meet representatives of
the fishing industry and coastal municipalities before 20 December to discuss a support
package. The ministry's fisheries council, which meets every second Thursday, has been asked
to prepare options.

"These are difficult numbers, but the sea does not negotiate," the Minister said.

Press office: +45 7012 3344 | press@mfca.example""",
        (
            expect("2024-11-11", "sign"),
            expect("2025-01-01", "quota", planned=True),
            expect("2024-10-04", "advice"),
            expect("2019/..", "stock"),
            expect("2025-02-01/2025-04-30", "prohibit", planned=True),
            expect("../2024-12-20", "meet", planned=True),
        ),
    ),
    Text(
        "library-news-page",
        "HTML page",
        date(2025, 3, 4),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Library news | Hollinsford Libraries</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/libraries">Libraries</a> &gt; News</nav>
<h1>Library news</h1>
<ul class="news-list">
  <li>
    <h2>Central Library reopens</h2>
    <p>The Central Library reopened on Monday 3 March 2025 after an 18-month refurbishment
    that began in September 2023. The building now has a children's floor and 42 public
    computers.</p>
  </li>
  <li>
    <h2>Local Studies room closed</h2>
    <p>The Local Studies room has been closed since 14 January 2025 for rewiring. Researchers
    can book appointments at the Records Office instead.</p>
  </li>
  <li>
    <h2>Harker collection online</h2>
    <p>The Harker collection of 1,400 glass-plate photographs, given to the library around
    1962, was fully digitised in February 2025 and can now be searched online.</p>
  </li>
  <li>
    <h2>Mobile library on tour</h2>
    <p>The mobile library will visit Hollins Green and Sedge Row from 7 to 11 April 2025.</p>
  </li>
  <li>
    <h2>Summer reading challenge</h2>
    <p>This year's summer reading challenge will begin on 12 July. Story time runs every
    Saturday at 10am.</p>
  </li>
</ul>
<footer>
  <p>Hollinsford Libraries, tel 0161 496 0321</p>
  <p>Page last updated: 4 March 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-03", "reopen"),
            expect("2023-09", "refurbish"),
            expect("2025-01-14/..", "closed"),
            expect("1962~", "harker"),
            expect("2025-02", "digitis"),
            expect("2025-04-07/2025-04-11", "mobile", planned=True),
            expect("2025-07-12", "challenge", planned=True),
        ),
    ),
    Text(
        "carrick-haven-dredging",
        "port authority's dredging notice",
        None,
        """CARRICK HAVEN PORT AUTHORITY
LOCAL NOTICE TO MARINERS No. 17 of 2024

Issued: 5 August 2024

Subject: Maintenance dredging - Outer Approach Channel

1. Mariners are advised that maintenance dredging of the Outer Approach Channel will take
place from 19 August to 27 September 2024. Work will continue 24 hours a day.

2. The trailing suction hopper dredger MAAS VOYAGER (call sign PDKL) is expected to arrive
on or about 16 August. She will display the lights and shapes prescribed for a vessel
restricted in her ability to manoeuvre and will keep a listening watch on VHF Channel 12.

3. The channel was last dredged in March 2021. A hydrographic survey carried out on
22 July 2024 found least depths of 10.5 m below Chart Datum, against a maintained depth of
11.8 m.

4. Dredged material will be deposited at the licensed disposal site CH-2, under the
licence issued by the Marine Licensing Agency in 2023.

5. No. 4 starboard-hand buoy has been withdrawn since 1 August and will be replaced on
completion of the works.

6. A post-dredge survey will be published no later than 18 October 2024.

Charts affected: Admiralty Chart 1990, Carrick Haven Harbour Chart CH-01.

Captain R. M. Tolland, Harbour Master
Harbour Office: 01632 960 881 | VHF Channel 12""",
        (
            expect("2024-08-19/2024-09-27", "dredg", planned=True),
            expect("2024-08-16~", "arriv", planned=True),
            expect("2021-03", "dredg"),
            expect("2024-07-22", "survey"),
            expect("2023", "licence"),
            expect("2024-08-01/..", "buoy"),
            expect("../2024-10-18", "publish", planned=True),
        ),
    ),
    Text(
        "st-aldhelm-restoration",
        "cathedral's restoration history",
        None,
        """St Aldhelm's Cathedral, Wendbury: A History of Restoration

The cathedral church of St Aldhelm was consecrated in 1183 by Bishop Reginald, although
building work on the nave continued for another generation. The great west front, with its
tiers of carved kings, was rebuilt c. 1340 after a fire.

The central spire collapsed in a storm on 26 November 1703, crushing part of the choir. A
low tower was raised in its place, and for more than a century the building was patched
rather than repaired.

A full restoration was carried out from 1862 to 1871 under the architect Henry Crane, who
replaced the choir roof and refaced much of the west front. His work is now controversial:
the carved kings were recut, and several medieval heads were lost.

The medieval glass was removed for safekeeping in 1939 and reinstated seven years later,
when the east window was also releaded.

The organ is said to have been built in 1689, although parish records may point to a
slightly later date.

Scaffolding has stood on the north transept since March 2022. Works on the transept roof are
scheduled to finish by 2027.

Visitors are welcome daily. Choral Evensong is sung every day at 5.30pm, following the 1662
Book of Common Prayer. The roof contains more than 1,180 oak beams.

Registered charity no. 1143902""",
        (
            expect("1183", "consecrat"),
            expect("1340~", "west front"),
            expect("1703-11-26", "spire"),
            expect("1862/1871", "restor"),
            expect("1939", "remov"),
            expect("1946", "reinstat"),
            expect("1689?", "organ"),
            expect("2022-03/..", "scaffold"),
            expect("../2027", "finish", planned=True),
        ),
    ),
    Text(
        "lindau-grass-final",
        "tennis tournament report",
        date(2025, 6, 16),
        """Novak wins Lindau grass title a year after wrist surgery

From our tennis correspondent

LINDAU - Czech qualifier Tereza Novak won the Lindau Open on Sunday, beating the top seed,
Canada's Amelie Roy, 7-6 (5), 6-3 in a final played in gusty wind beside the lake.

Novak, 24, had needed three sets to get past Ukraine's Daria Lysenko in the semi-final on
Saturday, saving two match points at 5-6 in the deciding set.

It is her second WTA title and her first since she won on clay at Bastad in July 2022. She
underwent surgery on her right wrist in January and was ranked outside the top 200 when she
came through qualifying.

"I turned professional in 2018 and I have never played better on grass," Novak said. She
collects 34,228 euros and will rise to around No. 85 in the rankings.

The tournament, played on grass since 2015 after decades on clay, is the only WTA 250 event
held on a lake shore. Roy was the first top seed to lose the final since 2019.

Novak will play at Wimbledon, which starts on June 30, where she is expected to need a
wildcard or a place in qualifying. Organisers said ticket sales had passed 20,000 for the
first time.""",
        (
            expect("2025-06-15", "lindau"),
            expect("2025-06-14", "semi"),
            expect("2022-07", "bastad"),
            expect("2025-01", "surgery"),
            expect("2018", "professional"),
            expect("2015/..", "grass"),
            expect("2025-06-30", "wimbledon", planned=True),
        ),
    ),
    Text(
        "pension-increase-letter",
        "pension fund's letter to members",
        None,
        """Merrow Engineering Pension Scheme
Scheme Registration Number 10248571

Member Services, PO Box 4412, Bristol BS1 9ZZ

14 March 2025

Dear Member,

Annual increase to your pension

I am writing on behalf of the Trustee to tell you about this year's increase.

At its meeting on 26 February, the Trustee agreed the annual increase in line with the
Scheme Rules. Pensions in payment will increase by 2.7% from 1 April 2025. If you are paid
monthly, your first payment at the new rate will be made on 28 April. Pensions are paid on
the 28th of every month.

The Scheme's funding position

The last actuarial valuation, as at 31 March 2022, showed that the Scheme was 104% funded.
The next valuation is expected to be completed around June 2025, and we will write to you
with a summary of the results.

Who runs the Scheme

The Scheme closed to new members in 2012 and to future accrual in 2016. Since 2016 the
Scheme has been administered by Calloway Pensions Administration, who answer your calls
and pay your pension.

Your annual statement will be sent to you by 31 May. Please tell us if you have moved
house; under the Pension Schemes Act 1993 we must be able to contact you.

If you have questions, please call the member helpline on 0800 496 0197 (Monday to
Friday, 9am to 5pm).

Yours faithfully,

Joanne Whitlock
Chair of the Trustee""",
        (
            expect("2025-02-26", "meeting"),
            expect("2025-04-01", "increase", planned=True),
            expect("2025-04-28", "payment", planned=True),
            expect("2022-03-31", "valuation"),
            expect("2025-06~", "valuation", planned=True),
            expect("2012", "new members"),
            expect("2016", "accrual"),
            expect("2016/..", "administ"),
            expect("../2025-05-31", "statement", planned=True),
        ),
    ),
    Text(
        "karsa-bulletin",
        "volcano observatory bulletin",
        None,
        """KARSA VOLCANO OBSERVATORY
VOLCANO ACTIVITY BULLETIN No. 2024/45

Volcano: Mount Karsa (summit elevation 2,013 m)
Issued: Thursday 7 November 2024, 10:00 UTC
Aviation colour code: ORANGE | Volcanic alert level: 3

Summary
The alert level was raised from 2 to 3 (Orange) on Tuesday following continued unrest. A
5 km exclusion zone around the summit crater has been in force since 5 November.

Seismicity
A swarm of volcano-tectonic earthquakes began on 3 November beneath the north flank at
depths of 4-7 km. More than 300 events were recorded in the past 24 hours, the highest daily
count since 2016.

Gas
Sulphur dioxide emissions have been elevated since 14 October, reaching 2,400 tonnes per
day, about four times the background level.

Background
Mount Karsa's known eruptions took place around 1820, in 1911 and in 1998. A small
phreatic explosion probably occurred in 2009, but was not observed directly.

Outlook
An eruption in the coming days cannot be ruled out. Observatory staff will fly a gas survey
over the crater on Saturday, weather permitting.

Bulletins are issued every day at 10:00 UTC while the alert level is 3 or higher.

Contact: Karsa Volcano Observatory duty officer, +64 7 555 0148""",
        (
            expect("2024-11-05", "alert"),
            expect("2024-11-05/..", "exclusion"),
            expect("2024-11-03", "swarm"),
            expect("2024-10-14/..", "sulphur"),
            expect("1820~", "erupt"),
            expect("1911", "erupt"),
            expect("1998", "erupt"),
            expect("2009?", "phreatic"),
            expect("2024-11-09", "survey", planned=True),
        ),
    ),
    Text(
        "hartley-bakery-fifty",
        "small business's anniversary page in HTML",
        None,
        """<html>
<head><title>50 years of Hartley's Bakery</title></head>
<body>
<header><h1>Hartley's Bakery</h1><p class="strap">Family bakers, Thornbury</p></header>
<article>
  <h2>Fifty years of Hartley's - and counting</h2>
  <p class="meta">Posted on 2 September 2024 by Daniel Hartley</p>
  <p>Fifty years ago today, on 2 September 1974, my grandparents Jim and Maureen Hartley
  opened a little bakery on Church Lane with one oven and a borrowed van. In 1981 they
  moved the shop to Market Street, where we still are.</p>
  <p>My mum Carol joined the business in 1986, and I became the owner in 2003. We have
  baked with flour from Pell's Mill, just up the river, since 1989, and our 1974 loaf is
  still made to Jim's recipe.</p>
  <p>We bake about 1,200 loaves every day, and the queue on a Saturday morning is part of
  Thornbury life.</p>
  <h3>Come and celebrate</h3>
  <p>We will hold an anniversary party in the shop on Saturday 14 September, with free
  cake for everyone. The shop will then close for refurbishment from 21 to 28 October.</p>
</article>
<footer>
  <p>Open Tuesday to Saturday, 7am-4pm | Tel 01632 960 512</p>
  <p>&copy; 2024 Hartley's Bakery</p>
</footer>
</body>
</html>""",
        (
            expect("1974-09-02", "open"),
            expect("1981", "move"),
            expect("1986", "join"),
            expect("2003", "owner"),
            expect("1989/..", "flour"),
            expect("2024-09-14", "party", planned=True),
            expect("2024-10-21/2024-10-28", "refurbish", planned=True),
        ),
    ),
    Text(
        "kilrath-yacht-rescue",
        "coastguard rescue summary",
        date(2025, 5, 20),
        """NORTHERN COASTGUARD - INCIDENT SUMMARY
Incident ref: 2025/0412 | Category: Search and rescue (vessel aground)

Kilrath Head: three rescued from yacht on Skerry Reef

Northern Coastguard received a mayday call on VHF Channel 16 at 14:22 on Sunday from the
11-metre yacht Curlew, which had struck Skerry Reef two miles north of Kilrath Head in a
rising south-westerly wind.

The yacht had left Port Ellis on 16 May on passage to the Orran Isles. Kilrath lifeboat
launched within nine minutes and the coastguard helicopter from Bransay was tasked. The
lifeboat crew took the three people on board off the yacht, and one was airlifted to
hospital with hypothermia. She was discharged on Monday.

The last grounding on the reef, on 3 August 2022, also involved a visiting yacht following an
out-of-date chart plotter.

Kilrath lifeboat station has operated since 1868 and is crewed by volunteers, who exercise
every Wednesday evening. A new Shannon-class all-weather lifeboat is due to enter service
at the station in about March 2026.

The coastguard said it had been the busiest May since 2018 for call-outs in the region. In
an emergency at sea, call 999 or 112 and ask for the Coastguard, or use VHF Channel 16.""",
        (
            expect("2025-05-18", "mayday"),
            expect("2025-05-16", "left"),
            expect("2025-05-19", "discharg"),
            expect("2022-08-03", "ground"),
            expect("1868/..", "station"),
            expect("2026-03~", "service", planned=True),
        ),
    ),
    Text(
        "halloran-prize-shortlist",
        "literary prize announcement",
        date(2025, 9, 10),
        """THE HALLORAN PRIZE FOR FICTION

Judges name six finalists for Halloran Prize

The six novels on the shortlist for the 2025 Halloran Prize for Fiction were confirmed by
the judges on Monday, after a final reading meeting in Dublin. A longlist of twelve had
been published on 22 July.

The judges, chaired by the critic Niamh Corrigan, read 164 novels. Entries closed on
31 March.

The shortlist includes Owen Bracken's The Salt Register, his second novel. Bracken's debut
was published in 2019, and he won the Kestrel first-novel award two years later.

The winner will be announced at a ceremony at the Abbey Rooms on 6 November and will
receive 25,000 euros. Each shortlisted author receives 2,500 euros.

The prize was founded in 1996 by the bookseller Martin Halloran and has been sponsored by
the publisher Crane & Wight since 2020.

"This is a year of quiet, stubborn books," said Corrigan. "Not one of them shouts."

The shortlisted authors will read from their work at libraries around the country from
13 to 18 October.

Press enquiries: halloranprize@example.ie | +353 1 555 0172""",
        (
            expect("2025-09-08", "shortlist"),
            expect("2025-07-22", "longlist"),
            expect("2025-03-31", "entr"),
            expect("2019", "debut"),
            expect("2021", "kestrel"),
            expect("2025-11-06", "ceremony", planned=True),
            expect("1996", "found"),
            expect("2020/..", "sponsor"),
            expect("2025-10-13/2025-10-18", "read", planned=True),
        ),
    ),
    Text(
        "vale-water-hosepipe-ban",
        "water utility's hosepipe ban notice",
        None,
        """Vale Water
Temporary Use Ban (hosepipe ban) - Public Notice

Published 8 July 2025

Vale Water gives notice under section 76 of the Water Industry Act 1991 that a temporary
use ban will come into force at 00:01 on Friday 11 July 2025 for all customers supplied
from Ashcombe and Tern reservoirs.

Why we are doing this
Rainfall across our region between 1 March and 30 June 2025 was 58% of the long-term
average, making this the driest spring since 1976. Ashcombe Reservoir has been below 50%
of capacity since 20 June. We announced our intention to introduce a ban on 1 July.

What you cannot do
While the ban is in force you must not use a hosepipe to water a garden, clean a car, fill
a paddling pool or fill a swimming pool. Fines of up to 1,000 pounds may apply.

What we are doing
Our teams repair more than 1,950 leaks a month, and a new pipeline from the River Leddon is
expected to be completed by 2027. The last ban in our area ended in September 2022.

More information
Visit valewater.example/tub or call 0345 600 7070. Lines are open every day from 8am to 8pm.
Customers on our Priority Services Register can apply for an exemption.""",
        (
            expect("2025-07-11", "ban", planned=True),
            expect("2025-03-01/2025-06-30", "rainfall"),
            expect("2025-06-20/..", "reservoir"),
            expect("2025-07-01", "announc"),
            expect("../2027", "pipeline", planned=True),
            expect("2022-09", "ban"),
        ),
    ),
    Text(
        "lisbon-memoir-excerpt",
        "diplomat's memoir excerpt",
        None,
        """From Chapter Six: "A Revolution Next Door"

I arrived in Lisbon in October 1974 as second secretary at an embassy that had not yet decided
what it thought of the
revolution. I presented my copy of credentials to the foreign ministry on 5 November, in a
room where the portraits had been taken down but the nails were still in the wall.

My ambassador, Sir Hugh Lattimer, had served in Lisbon since 1969 and knew everybody who
had mattered under the old regime, which was not always an advantage. We dined every
Thursday at the British Club, and every Thursday he told the same story about Salazar's
housekeeper.

The fisheries talks opened in Geneva around 12 March 1975. I was sent to take notes and
stayed for eleven weeks. The agreement that came out of them was, I think, signed in June
1976, though my diary for that month is a mess of crossings-out.

Years later, reading the files under the 1961 Vienna Convention rules on archives, I found
my own cables and barely recognised the young man who wrote them. I was posted to Ottawa in
1987 and left the service two years later, with a pension and a crate of Portuguese
tiles that still line my kitchen.""",
        (
            expect("1974-10", "arriv"),
            expect("1974-11-05", "credential"),
            expect("1969/..", "lattimer"),
            expect("1975-03-12~", "talks"),
            expect("1976-06?", "sign"),
            expect("1987", "ottawa"),
            expect("1989", "left"),
        ),
    ),
    Text(
        "harwell-accreditation-report",
        "university's accreditation report",
        None,
        """NATIONAL AGENCY FOR HIGHER EDUCATION QUALITY
Institutional Accreditation Report

Institution: University of Harwell
Report reference: ACC/2025/077
Date of report: 30 April 2025

1. Introduction
1.1 The University of Harwell was founded in 1966 as a college of technology and has held
degree-awarding powers since 1992. It enrols around 14,600 students on three campuses.

1.2 The previous institutional accreditation was granted in 2018 for a period of six years
and was extended by the Agency pending this review.

2. The review
2.1 The University submitted its self-evaluation document on 15 January. The panel visited
the University from 24 to 26 March 2025 and met 112 students, staff and external partners.

2.2 The panel assessed the University against the 2020 Framework for Institutional Quality,
Standards 1 to 7. The student-staff ratio of 19.6 is in line with the sector.

3. Findings
3.1 The panel found that the University meets all standards except Standard 3.2 (assessment
feedback), which it meets with conditions. The Senate, which meets every term, has not yet
approved a feedback policy.

4. Decision
4.1 The Agency's board accredited the University on 28 April 2025 for six years, subject to
one condition. The University must submit an action plan no later than 31 October 2025.

4.2 The next institutional review is expected to take place in 2031.

Signed for the Agency: Dr Miriam Osei, Head of Accreditation""",
        (
            expect("1966", "found"),
            expect("1992/..", "degree"),
            expect("2018", "grant"),
            expect("2025-01-15", "self-evaluation"),
            expect("2025-03-24/2025-03-26", "visit"),
            expect("2025-04-28", "accredit"),
            expect("../2025-10-31", "action plan", planned=True),
            expect("2031", "review", planned=True),
        ),
    ),
)
