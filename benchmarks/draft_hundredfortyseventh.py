"""The hundred-and-forty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project or running the tool, in twenty styles: a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a hailstorm damage assessment bulletin, a hurling match report, a pharmacy chain
closure release, a whaler's wife's letters of the 1840s, a coral reef survey summary, a
racecourse's history, a finance ministry budget day statement, a local theatre's HTML
what's-on page, an election petition judgment, a cider mill's history and a hospital
appointment rescheduling letter. The organisations, people and facts are invented. Facts
whose date a reader could take two ways (a season, "next week", "early 2022") are left out
of the expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFORTYSEVENTH_CORPUS",)


HUNDREDFORTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skerry-air-grounding",
        "wire story with a dateline",
        date(2025, 3, 13),
        """GRENSTADT, March 13 (Meridian Wire) - Regional carrier Skerry Air grounded its entire
fleet of 14 turboprops on Thursday after inspectors found cracks in the landing-gear
brackets of two aircraft, stranding thousands of passengers across the northern islands.

The first cracks were discovered during a routine check on Monday at the airline's
maintenance base in Grenstadt, the civil aviation authority said in a statement. A second
aircraft was found with similar damage two days later.

Skerry Air, founded in 1987 by the ferry operator Holm Lines, has flown the island routes
since 1991. It was the airline's first full grounding since 2009.

Chief executive Annika Vesterby said the carrier would resume a reduced timetable on
Saturday using two leased jets, and expected all inspections to be completed by March 28.
"Safety comes first, and our passengers know that," she told reporters in Grenstadt.

The authority said it would publish a preliminary report no later than April 30. It has
asked operators of the same aircraft type in three other countries to check their brackets
within 10 days.

The airline carried roughly 610,000 passengers in 2024, about a fifth of them on the
Grenstadt-Ulvoy route, which it flies four times a day.

(Reporting by Petra Lindqvist; Editing by Colm Darragh)""",
        (
            expect("2025-03-13", "fleet", "ground"),
            expect("2025-03-10", "cracks"),
            expect("2025-03-12", "second", "aircraft"),
            expect("1987", "found"),
            expect("1991/..", "routes"),
            expect("2025-03-15", "timetable", planned=True),
            expect("../2025-03-28", "inspections", planned=True),
            expect("../2025-04-30", "report", planned=True),
            expect("2024", "passengers"),
        ),
    ),
    Text(
        "corvane-recycling-plant",
        "press release",
        date(2025, 6, 2),
        """FOR IMMEDIATE RELEASE

Corvane Energy to build battery recycling plant at former Tallowford colliery

TALLOWFORD, 2 June 2025 - Corvane Energy Ltd today announced that it will build a battery
recycling plant on the site of the former Tallowford colliery, creating around 240 skilled
jobs in the town.

The 31-hectare site was bought from Eastmoor County Council on 14 February for GBP 11.2
million, after outline planning consent was granted on 9 December 2024.

Construction is scheduled to begin in September 2025, and the plant is expected to recover
its first battery cells in March 2027. At full capacity it will process some 45,000 tonnes
of spent lithium-ion batteries a year.

Corvane was founded in 2013 as a spin-out of the University of Northmere and opened its
first plant, at Sandle Bridge, in 2018.

"Tallowford gave this country its coal for 150 years," said chief executive Dr Ruth
Amankwah. "Now it will give us back the metals we need for the next 150."

The company will present the project to residents at a public meeting in Tallowford Town
Hall on Thursday 19 June. Recruitment for the first 60 posts opens on 1 July.

Notes to editors
Corvane Energy Ltd is registered in England and Wales, company number 08812347. It employs
410 people at two sites.

Media contact: Hal Pemberton, Corvane Energy, press@corvane-energy.example,
+44 161 496 0732

ENDS""",
        (
            expect("2025-06-02", "recycling", "plant"),
            expect("2025-02-14", "site"),
            expect("2024-12-09", "consent"),
            expect("2025-09", "construction", planned=True),
            expect("2027-03", "cells", planned=True),
            expect("2013", "found"),
            expect("2018", "sandle"),
            expect("2025-06-19", "meeting", planned=True),
            expect("2025-07-01", "recruitment", planned=True),
        ),
    ),
    Text(
        "odell-v-brightwater",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-CA-0418

HARLAN ODELL PROPERTIES, LLC, Plaintiff-Appellee,
v.
BRIGHTWATER GROCERS, INC., Defendant-Appellant.

Appeal from the Circuit Court for Dunmore County, No. 2021-CV-7731, Hon. Ruth Ames, Judge.

Argued January 15, 2025 - Decided March 4, 2025

Before PRUITT, C.J., and ALVAREZ and KOENIG, JJ.

KOENIG, J.

[1] Brightwater Grocers, which has run supermarkets in Dunmore County since 1974, appeals
a judgment holding it liable for rent under a commercial lease it says it validly
terminated. We affirm.

[2] The parties signed a ten-year lease of the anchor unit at Millbrook Plaza on or about
June 1, 2016. Section 14 let the tenant terminate if a "comparable anchor tenant" ceased to
operate in the center. The department store next door closed on February 28, 2020, and
Brightwater sent a notice of termination on April 6 of that year. It vacated the unit in
August 2020 and has paid no rent since.

[3] Odell sued on March 22, 2021. After a two-day bench trial, the circuit court found on
November 17, 2023 that the department store was not a "comparable anchor tenant" within
Section 14 and awarded Odell $1,382,400 in unpaid rent. Brightwater timely appealed.

[4] We review the interpretation of a contract de novo. Lakeland Mills v. Sorensen, 2011 WM
44, ¶ 9. Words in a lease take their ordinary meaning unless the parties gave them another.

[5] Brightwater argues that any store of more than 30,000 square feet is an anchor. The
lease does not say so, and the center's 1988 declaration of covenants, which the lease
incorporates, defines an anchor by its share of the center's floor area, not by its size.

[6] The judgment is affirmed. The cause is remanded for a determination of attorney fees
under Section 22 of the lease, which the circuit court shall make no later than June 30,
2025.""",
        (
            expect("2025-01-15", "argu"),
            expect("2025-03-04", "decid"),
            expect("1974/..", "supermarkets"),
            expect("2016-06-01~", "lease"),
            expect("2020-02-28", "store", "clos"),
            expect("2020-04-06", "notice"),
            expect("2020-08", "vacat"),
            expect("2021-03-22", "sued"),
            expect("2023-11-17", "circuit", "court"),
            expect("../2025-06-30", "fees", planned=True),
        ),
    ),
    Text(
        "varn-canal",
        "encyclopedia history",
        None,
        """Varn Canal

The Varn Canal is a 42-kilometre (26 mi) inland waterway in the county of Saltmere,
linking the river Varn at Oldhythe with the harbour at Saltmere. It has 17 locks and is
owned by the Varn Canal Trust.

History

A canal across the Varn marshes was first proposed c. 1764 by the engineer Josiah
Trennick, but the scheme lapsed for want of subscribers. An act of parliament authorising
construction was obtained in 1792, and digging began at Saltmere the following year. The
western section, from Oldhythe to Crane's Lock, opened on 12 May 1799. The formal opening
of the whole line is thought to have taken place in 1805, but no account of the ceremony
survives.

A packet boat carried passengers between the two towns daily, and coal, grain and salt
made up most of the cargo. The arrival of the railway at Oldhythe in 1851 took away most of
the trade, and by the end of the century the upper locks were derelict.

Restoration

After decades of neglect the Varn Canal Trust was formed in 1971 to restore the waterway.
Restoration was carried out in stages between 1978 and 1996, and the canal has been
navigable throughout since 1996. A new lock at Saltmere, the first built on the canal since
1799, is planned to open in 2027.

See also
- Canals of Saltmere
- Oldhythe Basin

References
1. Varn Canal Trust. A Guide to the Varn Canal. Saltmere: VCT.""",
        (
            expect("1764~", "propos"),
            expect("1792", "act"),
            expect("1793", "digging"),
            expect("1799-05-12", "western", "section"),
            expect("1805?", "formal", "opening"),
            expect("1851", "railway"),
            expect("1971", "trust"),
            expect("1978/1996", "restoration"),
            expect("1996/..", "navigable"),
            expect("2027", "lock", planned=True),
        ),
    ),
    Text(
        "rovers-win-at-ashgrove",
        "sports report",
        date(2025, 4, 6),
        """Pell double ends Rovers' long wait at Ashgrove

By Danny Whitcombe, Sunday 6 April 2025

Ashgrove Town 1 Carrick Rovers 2

Carrick Rovers won at Ashgrove for the first time since 1998 on Saturday, two goals from
Jamie Pell lifting them out of the relegation zone with five games to play.

Pell turned in Sam Ossei's low cross on 23 minutes, and although Ashgrove levelled through
a Marcus Deane header shortly after the break, the striker won it with a curling shot in
the third minute of stoppage time.

It was Pell's first league goal since he joined from Marlow Town in January, and his first
brace since October 2022. "I've waited long enough," he said.

Rovers manager Gerry Hollis, who has coached at the club since 2019 and was appointed on
3 February after the sacking of Ian Crewe four days earlier, has now taken 14 points from
nine matches. "We're not safe yet," he said.

Ashgrove captain Leon Mba was sent off for a second yellow card in the 81st minute and
will miss Wednesday's home game against Dunford through suspension.

Rovers, who have played at Carrick Park since 1921, host leaders Pellingham next Saturday
and close their home season against Brackley on 3 May. Season-ticket holders can renew at
2024-25 prices, the club said.

Ashgrove: Kerr; Oduya, Platt, Sissons, Hale; Deane, Moyo (Fenwick 70), Lusk; Barr, Mba,
Quint. Rovers: Vance; Ossei, Grier, Tully, Brook; Amos, Keane, Rudd (Walsh 64); Pell,
Holt, Dixon (Lyle 77).

Attendance: 6,412.""",
        (
            expect("2025-04-05", "rovers", "ashgrove"),
            expect("2025-01", "pell", "join"),
            expect("2019/..", "hollis"),
            expect("2025-02-03", "hollis", "appoint"),
            expect("2025-01-30", "crewe", "sack"),
            expect("2025-04-09", "dunford", planned=True),
            expect("1921/..", "carrick", "park"),
            expect("2025-05-03", "brackley", planned=True),
        ),
    ),
    Text(
        "merrow-biscuits-history",
        "company history",
        None,
        """Our story | Merrow & Daughters of Kellsbridge

Ada Merrow began baking oatcakes for her husband's grocery on Fore Street, Kellsbridge,
around 1879, and registered Merrow & Daughters as a company in 1894. Her daughters Clara
and Bess ran the business after her death, and the steam bakehouse they built on Mill Lane
was enlarged in 1911, 1924 and 1937.

During the Second World War the bakehouse was requisitioned to make biscuits for the navy.
The family bought it back in 1946, and Clara's grandson Edwin Merrow introduced the
chocolate-dipped Kellsbridge Crumb two years later. It is still our best-selling biscuit.

Since 2004 all our oats have come from farms within 50 miles of Mill Lane, and we have been
a certified B Corporation since March 2023. We bake more than a million biscuits every
working day, and our shop on Fore Street is open seven days a week.

A visitor centre beside the Mill Lane bakehouse is due to open in April 2026, with tours of
the ovens and a display of the company's biscuit tins.

Merrow & Daughters Ltd, Mill Lane, Kellsbridge KB2 8RT. Registered in England No. 00041526.""",
        (
            expect("1879~", "baking"),
            expect("1894", "register"),
            expect("1911", "enlarg"),
            expect("1924", "enlarg"),
            expect("1937", "enlarg"),
            expect("1946", "bought"),
            expect("1948", "crumb"),
            expect("2004/..", "oats"),
            expect("2023-03/..", "corporation"),
            expect("2026-04", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "halcyon-sample-return",
        "mission summary",
        None,
        """EPSC MISSION SUMMARY
HALCYON - near-Earth asteroid sample return
Document EPSC-HAL-MS-014, revision 3
Mission status: return cruise, nominal

Launch and cruise
HALCYON was launched on a Vega-K rocket from Kourou on 18 October 2021 and made an Earth
flyby on 2 November 2022 that set it on course for the near-Earth asteroid 2019 KT41. The
spacecraft arrived at the asteroid on 27 July 2023, after a cruise of 21 months.

Proximity operations
A first touchdown was attempted on 9 January 2024 but was aborted when the sampling horn's
sensors detected a boulder. The second attempt succeeded on 22 February, collecting an
estimated 60 g of regolith. Contact with the spacecraft was lost on or about 12 May during
a solar conjunction and restored on 21 May. HALCYON departed the asteroid on 14 November
2024 and is now on its way home.

Return
The sample capsule is to be released about 12 hours before atmospheric entry, which is
scheduled for 3 September 2026 over the Woomera range in South Australia. The science team
expects to distribute the first samples to partner laboratories by March 2027.

Spacecraft
Launch mass 1,740 kg; ion engines 4 x 10 mN; instruments HALCam, HIRS and LIDAR-2.
Mission cost: EUR 412 million at 2019 economic conditions.""",
        (
            expect("2021-10-18", "launch"),
            expect("2022-11-02", "flyby"),
            expect("2023-07-27", "arriv"),
            expect("2024-01-09", "touchdown"),
            expect("2024-02-22", "second", "attempt"),
            expect("2024-05-12~", "contact", "lost"),
            expect("2024-05-21", "contact", "restor"),
            expect("2024-11-14", "depart"),
            expect("2026-09-03", "entry", planned=True),
            expect("../2027-03", "samples", planned=True),
        ),
    ),
    Text(
        "rent-scheme-extension",
        "government statement",
        date(2025, 2, 11),
        """Department of Housing and Local Communities

Minister Brannigan welcomes Government decision to extend the Rent Stabilisation Scheme

Press statement, Tuesday 11 February 2025

The Minister for Housing and Local Communities, Orla Brannigan TD, today welcomed the
Government's decision to extend the Rent Stabilisation Scheme for a further two years.

The scheme, introduced on 1 December 2021, limits rent increases in designated pressure
areas to 2% a year. The extended scheme will now expire on 31 March 2027.

The decision follows an independent review, commissioned in June 2024 and published on
Friday, which found that average rent rises in designated areas had fallen to 3.1% a year,
the lowest since 2013.

Legislation to give effect to the extension will be brought before Parliament no later
than 7 March, and new rent registration rules will take effect on 1 July. The Minister will
meet representatives of landlords and tenants on Monday to discuss the review's other
recommendations.

"Renters need certainty, and today they have it," the Minister said. "Stable rents are not
a luxury, and this Government will not treat them as one."

The scheme applies to tenancies registered under the Residential Tenancies Act 2004 and is
administered by the Tenancies Board, which publishes rent figures every quarter.

ENDS

For further information: Press Office, Department of Housing and Local Communities,
press@housing.example, 01 555 2400""",
        (
            expect("2025-02-11", "extend"),
            expect("2021-12-01", "introduc"),
            expect("2027-03-31", "expire", planned=True),
            expect("2024-06", "review", "commission"),
            expect("2025-02-07", "review", "publish"),
            expect("../2025-03-07", "legislation", planned=True),
            expect("2025-07-01", "registration", planned=True),
            expect("2025-02-17", "meet", planned=True),
        ),
    ),
    Text(
        "northgate-library-reopens",
        "HTML news page",
        date(2024, 11, 16),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Northgate Central Library reopens after &pound;18m refurbishment |
Kestrel Evening News</title>
</head>
<body>
<header><a href="/">Kestrel Evening News</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a></header>
<article>
<h1>Northgate Central Library reopens after &pound;18m refurbishment</h1>
<p class="byline">By Sana Qureshi, Local Democracy Reporter</p>
<time datetime="2024-11-16T08:05:00Z">Saturday 16 November 2024, 08:05</time>
<p>Northgate Central Library reopened to the public on Friday after a refurbishment that
kept its doors shut for almost three years.</p>
<p>The Grade II-listed building closed on 10 January 2022, after asbestos was found in the
reading-room ceiling in December 2021.</p>
<p>The library was built in 1906 with a gift from the philanthropist Josiah Crane, and a
children's wing was added in 1962.</p>
<p>Council leader Amira Stokes, who has led the council since May 2021, said the library
expected around 9,000 visitors in its first week. "It is the busiest it has been since the
1970s," she said.</p>
<p>A formal rededication will take place on 2 December, when the author Fen Hollister will
unveil a plaque. The library's archive service will return from the Northgate Records
Centre no later than 31 January.</p>
<p>The library is open 9am to 8pm, Monday to Saturday.</p>
<figure><img src="/img/library-2024.jpg" alt="The restored reading room">
<figcaption>The restored reading room. Photo: Kestrel Evening News</figcaption></figure>
</article>
<footer>&copy; 2024 Kestrel Evening News Ltd. Newsdesk: 0161 555 0199</footer>
</body>
</html>""",
        (
            expect("2024-11-15", "reopen"),
            expect("2022-01-10", "clos"),
            expect("2021-12", "asbestos"),
            expect("1906", "built"),
            expect("1962", "wing"),
            expect("2021-05/..", "stokes"),
            expect("2024-12-02", "rededication", planned=True),
            expect("../2025-01-31", "archive", planned=True),
        ),
    ),
    Text(
        "meridale-hailstorm-bulletin",
        "hailstorm damage assessment bulletin",
        date(2025, 6, 2),
        """MERIDALE COUNTY OFFICE OF EMERGENCY MANAGEMENT
DAMAGE ASSESSMENT BULLETIN No. 4 - HAILSTORM OF 27 MAY
Issued: Monday 2 June 2025, 16:00 | Distribution: public

1. EVENT SUMMARY
A supercell thunderstorm crossed the county between 17:40 and 18:35 on Tuesday 27 May,
producing hail up to 7 cm in diameter in Brannock, Little Oss and the eastern suburbs of
Meridale. It was the largest hail recorded in the county since 1989. No deaths were
reported; 23 people were treated for minor injuries.

2. DECLARATIONS
The County Executive declared a local emergency on 28 May. The Governor's office requested
a joint federal-state damage assessment on Friday.

3. ASSESSMENT STATUS
Joint assessment teams began field surveys on 29 May and had inspected 3,412 properties
when this bulletin was compiled:
  Destroyed ............... 0
  Major damage .......... 118
  Minor damage ........ 1,907
  Affected ............ 1,387
Estimated insured losses: USD 64-80 million. About 2,100 vehicles were damaged.

4. NEXT STEPS
- Field surveys are expected to be completed by 6 June.
- A Disaster Recovery Centre will open at Brannock Community Hall on Wednesday and will
  then be open daily, 09:00-19:00.
- Residents must apply for the county's emergency repair grant no later than 30 June.

5. BACKGROUND
The county last received a federal disaster declaration for hail in July 2011. Bulletins
are issued every Monday and Thursday until recovery operations end.

Public information line: 555-0142 (08:00-20:00). Ref: MCOEM/2025/HAIL-04""",
        (
            expect("2025-05-27", "storm"),
            expect("2025-05-28", "emergency"),
            expect("2025-05-30", "federal", "assessment"),
            expect("2025-05-29", "surveys"),
            expect("../2025-06-06", "surveys", "complet", planned=True),
            expect("2025-06-04", "recovery", "centre", planned=True),
            expect("../2025-06-30", "grant", planned=True),
            expect("2011-07", "declaration"),
        ),
    ),
    Text(
        "ballykeeran-clonmore-semi-final",
        "hurling match report",
        date(2025, 9, 8),
        """Madigan point sends Ballykeeran into county final

Ballykeeran 2-19 Clonmore 1-21

By Donal Fahy
Monday, 8 September 2025

Ballykeeran will contest their first county senior hurling final since 2016 after a late
point from substitute Eoin Madigan settled a tense semi-final at Rathmoyle yesterday.

Clonmore, backed by a strong breeze, led by 0-11 to 1-6 at half-time, and when Niall Gorey
drilled in their goal on 44 minutes they were four points clear. But Ballykeeran's
full-forward Cathal Brosnan found the net twice in five minutes, and Madigan, who only
returned from a cruciate ligament injury in July, split the posts from 60 metres in the
fourth minute of added time.

Ballykeeran, whose last title came in 2009, will face holders St Fintan's in the final at
Rathmoyle on Sunday, 28 September (throw-in 3.30pm). St Fintan's beat Glenarra by 0-24 to
0-17 in the other semi-final on Saturday, 30 August.

Clonmore manager Tadhg Curran, in charge since 2022, confirmed afterwards that he would
step down at the club's AGM on 14 December. "It's time for fresh voices," he said.

Tickets for the final go on sale on Wednesday through the county board website. The sides
have met in the championship every year since 2018.

Scorers - Ballykeeran: C Brosnan 2-3, D Hehir 0-9 (0-7f), E Madigan 0-2, P Lyne 0-2,
T Walsh 0-2, K Daly 0-1. Clonmore: N Gorey 1-4, S Kiely 0-10 (0-8f, 0-1 65), M Roche 0-3,
J Dunne 0-2, F Tobin 0-2.""",
        (
            expect("2025-09-07", "ballykeeran", "clonmore"),
            expect("2025-07", "madigan", "return"),
            expect("2009", "title"),
            expect("2025-09-28", "final", planned=True),
            expect("2025-08-30", "glenarra"),
            expect("2022/..", "curran"),
            expect("2025-12-14", "agm", planned=True),
            expect("2025-09-10", "tickets", planned=True),
        ),
    ),
    Text(
        "wellspring-pharmacy-closures",
        "pharmacy chain closure release",
        date(2025, 1, 23),
        """NEWS RELEASE

Wellspring Pharmacy Group to close 23 branches

LEEDSMOOR, Thursday 23 January 2025 - Wellspring Pharmacy Group plc today confirmed that it
will close 23 of its 214 community pharmacies in the north of England over the next two
months, blaming falling dispensing income and rising costs.

The first eleven branches, including those on Holt Street, Fairby and Cannock Row, will
close on Saturday 15 February. The remaining twelve will close on 29 March. Prescriptions
held at the closing branches will be transferred to the nearest Wellspring pharmacy by
28 February, and patients do not need to take any action.

All 164 affected employees were told of the plans at meetings on Tuesday. The group said it
expected to offer most of them posts at other branches.

"This is not a decision we took lightly," said managing director Priya Lomax. "Community
pharmacy is under more pressure than at any time since the 1990s."

The closures follow a 9% cut in dispensing fees announced by the Department of Health in
November 2024.

The group, formed in 1998 through the merger of Clarke's Chemists and the Northern Pharmacy
Company, has been majority-owned by Aldgate Capital since July 2019.

Customers can find their nearest branch at wellspring.example/branches or by calling
0800 555 0117, 8am to 8pm, seven days a week.

Media enquiries: Tom Heaney, tom.heaney@wellspring.example, 0113 496 0055

ENDS""",
        (
            expect("2025-01-23", "wellspring", "clos"),
            expect("2025-02-15", "eleven", planned=True),
            expect("2025-03-29", "twelve", planned=True),
            expect("../2025-02-28", "prescriptions", planned=True),
            expect("2025-01-21", "employees"),
            expect("2024-11", "fees"),
            expect("1998", "form"),
            expect("2019-07/..", "aldgate"),
        ),
    ),
    Text(
        "mercy-pell-letters",
        "whaler's wife's letters of the 1840s",
        None,
        """From the Pell family papers, Haddon's Neck Historical Society, MS 1843.12. Three
letters of Mercy Alden Pell to her husband, Capt. Elias Pell of the ship Tamerlane.

Haddon's Neck, March 3d, 1843.
My dear Husband,
It is now five months since the Tamerlane sailed, on the 2d of October last, and I have had
but one word of you, when the brig Zephyr spoke you off Flores on or about the 20th of
November. Her letter bag came ashore only on the 14th of last month, and I thank God you
are well. Our little Hannah was christened at the North Church on the 26th of February.
Father says you will not be home before the summer of 1845, and I try to be patient.
Your affectionate wife, Mercy.

Haddon's Neck, Nov. 19th, 1844.
Dear Elias,
Your letter from Talcahuano dated the 8th of June reached me only on the 11th of this
month. The great fire broke out in Water Street on the night of the 4th of September and
burned some forty houses before it was stopped; ours was spared by the wind. Mother Pell
died on the 30th of October and lies beside your father. I shall write again by the Lydia,
which is to sail for the Pacific on or about the 1st of December.
Mercy.

Haddon's Neck, May 6th, 1846.
Husband,
The Tamerlane was sighted off the bar this morning, three years and seven months after she
sailed, and the whole town is at the wharf. I write only to have it by me. Hannah asks
which is her father.
M.""",
        (
            expect("1842-10-02", "tamerlane", "sail"),
            expect("1842-11-20~", "flores"),
            expect("1843-02-14", "letter"),
            expect("1843-02-26", "hannah", "christen"),
            expect("1844-06-08", "talcahuano"),
            expect("1844-11-11", "letter", "reach"),
            expect("1844-09-04", "fire"),
            expect("1844-10-30", "mother", "pell"),
            expect("1844-12-01~", "lydia", planned=True),
            expect("1846-05-06", "sighted"),
        ),
    ),
    Text(
        "tavora-reef-survey-2024",
        "coral reef survey summary",
        None,
        """TAVORA ATOLL REEF MONITORING PROGRAMME
Summary of the 2024 survey
Marine Ecology Unit, Institute of Island Sciences - Report IIS-MEU-24/07
Date: 18 December 2024

Fieldwork
The 2024 survey was carried out from 3 to 21 October at 26 permanent transects on the outer
reef and in the lagoon. The transects, first established in 2003, were re-surveyed in 2008,
2013 and 2018 and have been surveyed every year since 2019. Each transect is 50 m long and
is recorded by photo-quadrat at 1 m intervals.

Bleaching
Sea-surface temperatures exceeded the local bleaching threshold of 29.4 C from about
12 February to 30 April 2024, the longest such period in the satellite record. Mean live
coral cover fell by 14 percentage points, to 27%, the lowest value at Tavora in 21 years
of monitoring. Branching Acropora were worst affected; massive Porites largely recovered.

Crown-of-thorns starfish
An outbreak first reported by fishers in early 2022 was brought under control by culling
between June 2022 and March 2023. No aggregations were seen during this survey.

Recommendations
A follow-up survey of the southern transects is planned for May 2025, and the full survey
will be repeated in October 2025. Data from this report will be lodged with the Pacific
Reef Database no later than 31 March 2025.

Contact: reefs@iis.example""",
        (
            expect("2024-10-03/2024-10-21", "survey"),
            expect("2003", "transects", "establish"),
            expect("2008", "transects"),
            expect("2013", "transects"),
            expect("2018", "transects"),
            expect("2024-02-12~/2024-04-30", "threshold"),
            expect("2022-06/2023-03", "cull"),
            expect("2025-05", "southern", planned=True),
            expect("2025-10", "full", "survey", planned=True),
            expect("../2025-03-31", "data", planned=True),
        ),
    ),
    Text(
        "brackenmoor-racecourse",
        "racecourse's history",
        None,
        """Brackenmoor Racecourse: a history

Horses were raced on Brackenmoor common long before there was a course, and a silver bell
given by the town corporation in 1614 may have been the first prize. The story rests on a
single late copy of the corporation's accounts, and some historians doubt it.

The present right-handed course of one mile and six furlongs was laid out in 1772 by the
Brackenmoor Race Committee, and the first grandstand, designed by the York architect Thomas
Lune, opened in 1777. The Brackenmoor Cup, first run on 14 August 1781, is the oldest
surviving race on the card.

Racing was suspended from 1915 to 1918, and the course was requisitioned by the War Office
from 1940 to 1946, during which time it served as a tank depot. A record crowd of some
31,000 watched the Cup in 1952.

Jump racing has been staged at Brackenmoor since 1998, and the course now holds 24 fixtures
each year, eleven of them under floodlights. A new grandstand, the course's third, opened on
30 April 2019, and a GBP 14 million rebuilding of the stables is expected to be completed by
2027.

Brackenmoor Racecourse, Moor Road, Brackenmoor BK4 2RS. Telephone 01904 555 017.""",
        (
            expect("1614?", "bell"),
            expect("1772", "course", "laid"),
            expect("1777", "grandstand"),
            expect("1781-08-14", "cup"),
            expect("1915/1918", "suspend"),
            expect("1940/1946", "requisition"),
            expect("1952", "crowd"),
            expect("1998/..", "jump"),
            expect("2019-04-30", "grandstand"),
            expect("../2027", "stables", planned=True),
        ),
    ),
    Text(
        "budget-2026-statement",
        "finance ministry budget day statement",
        date(2025, 10, 7),
        """MINISTRY OF FINANCE
Budget 2026 - Statement by the Minister for Finance, Declan Moriarty
Tuesday 7 October 2025 - embargoed until 13:00

The Minister for Finance today presented Budget 2026 to the Assembly, a package of
EUR 9.4 billion in tax measures and new spending.

The standard rate of VAT will be reduced from 23% to 22% with effect from 1 January 2026.
The national minimum wage will rise to EUR 14.10 an hour from 1 April. Income tax bands and
credits are unchanged.

Inflation, which peaked at 9.2% in October 2022, fell to 2.3% in August this year. The
economy is projected to grow by 2.1% in 2026, and the Government will bring the debt ratio
below 60% of national income by 2028.

"This is a Budget for people who get up early and pay their way," the Minister said. The
general government surplus this year is the largest since 2007.

The Independent Fiscal Council, established in 2011, has endorsed the Budget forecasts.
The Finance Bill will be published on Thursday 16 October and debated in the Assembly the
following week.

Measures in this statement are subject to the Finance Act 1997 and to approval by the
Assembly. Full tables: finance.example/budget2026.

Press Office, Ministry of Finance. Tel. 01 555 6000""",
        (
            expect("2025-10-07", "budget"),
            expect("2026-01-01", "vat", planned=True),
            expect("2026-04-01", "minimum", "wage", planned=True),
            expect("2022-10", "inflation", "peak"),
            expect("2025-08", "inflation"),
            expect("2026", "grow", planned=True),
            expect("../2028", "debt", planned=True),
            expect("2011", "fiscal", "council"),
            expect("2025-10-16", "finance", "bill", planned=True),
        ),
    ),
    Text(
        "lantern-theatre-whats-on",
        "local theatre's HTML what's-on page",
        date(2025, 2, 24),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>What's On | The Lantern Theatre, Wexley</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's On</a> | <a href="/visit">Visit</a>
| <a href="/support">Support us</a></nav>
<main>
<h1>What's On: Spring 2025</h1>
<p class="updated">Page updated 24 February 2025</p>

<article class="event">
<h2>The Ferryman's Daughter</h2>
<p class="when">Tue 4 &ndash; Sat 8 March, 7.30pm (matin&eacute;e Sat 2.30pm)</p>
<p>The Wexley Players open their season with Hanna Roe's new play about a river crossing
and the family that keeps it. Tickets &pound;14 / &pound;11.</p>
</article>

<article class="event">
<h2>Jazz at the Lantern: Nadia Orme Quartet</h2>
<p class="when">Friday 14 March, 8pm</p>
<p>Our monthly jazz night returns with the Leeds saxophonist and her quartet.</p>
</article>

<article class="event">
<h2>An Evening with Bernard Fell</h2>
<p class="when">Sunday 23 March, 7pm &ndash; NEW DATE</p>
<p>The broadcaster looks back on fifty years of radio. Tickets bought for the original
date remain valid.</p>
</article>

<article class="event">
<h2>Youth Theatre: Alice Through the Looking-Glass</h2>
<p class="when">Thursday 10 &ndash; Saturday 12 April, 6pm</p>
<p>Forty young actors aged 8 to 18 take Alice back through the mirror.</p>
</article>

<section class="about">
<h2>About the Lantern</h2>
<p>The Lantern opened in a former Methodist chapel on Bridge Street in 1953 and has been run
entirely by volunteers since 1987. Our new lift, funded by the Wexley Arts Trust, will be
installed by 31 May.</p>
<p>Box office: Mon&ndash;Sat 10am&ndash;2pm and one hour before each show.
Tel. 01632 960 411.</p>
</section>
</main>
<footer>The Lantern Theatre, 12 Bridge Street, Wexley WX3 9LT.
Registered charity no. 1019847.</footer>
</body>
</html>""",
        (
            expect("2025-03-04/2025-03-08", "ferryman", planned=True),
            expect("2025-03-14", "orme", planned=True),
            expect("2025-03-23", "fell", planned=True),
            expect("2025-04-10/2025-04-12", "alice", planned=True),
            expect("1953", "open"),
            expect("1987/..", "volunteers"),
            expect("../2025-05-31", "lift", planned=True),
        ),
    ),
    Text(
        "farnham-v-tullett-petition",
        "election petition judgment",
        None,
        """IN THE ELECTION COURT
Parliamentary Election for the Constituency of Marrowby North
Petition No. EP 3/2024

BETWEEN
DELIA FARNHAM                                                     Petitioner
and
(1) GRAHAM TULLETT
(2) THE RETURNING OFFICER FOR MARROWBY NORTH                      Respondents

Before: Mrs Justice Okonjo and Mr Justice Havers
Hearing: 24-27 February 2025
Judgment handed down: 11 April 2025

JUDGMENT

1. The election for Marrowby North was held on 4 July 2024. The first respondent was
declared elected early the following morning with a majority of 37 votes over the
petitioner.

2. The petition was presented on 22 July 2024, within the period allowed by section 122 of
the Representation of the People Act 1983. It alleges, first, that 61 postal ballot papers
were wrongly rejected at the count and, secondly, that leaflets distributed in the
constituency on or about 30 June 2024 made false statements of fact about the petitioner's
personal conduct, contrary to section 106 of the Act.

3. At the court's direction, the rejected postal ballot papers were recounted under its
supervision on 14 and 18 November. Eleven were found to be valid, and the first
respondent's majority fell to 26. The second respondent, who has been Returning Officer
for the constituency since 2016, took no part in the trial.

4. The trial took place from 24 to 27 February 2025. We heard 19 witnesses, including the
author of the leaflets, a former councillor, who accepted that he had no basis for two of
the statements. We are not satisfied, however, that the first respondent knew of them or
authorised them.

5. For the reasons that follow, we determine that the first respondent was duly elected.
The petition is dismissed. The court's certificate will be sent to the Speaker no later
than 25 April 2025.""",
        (
            expect("2024-07-04", "election"),
            expect("2024-07-05", "declared"),
            expect("2024-07-22", "petition", "present"),
            expect("2024-06-30~", "leaflets"),
            expect("2024-11-14", "recount"),
            expect("2024-11-18", "recount"),
            expect("2016/..", "returning", "officer"),
            expect("2025-02-24/2025-02-27", "trial"),
            expect("2025-04-11", "judgment"),
            expect("../2025-04-25", "certificate", planned=True),
        ),
    ),
    Text(
        "pollards-cider-mill",
        "cider mill's history",
        None,
        """Pollards Mill, Ashcombe: a short history

Cider apples have grown at Pollards Farm for centuries; the orchards are first mentioned in
a lease of 1683, which obliged the tenant to deliver "two hogsheads of good cider" to the
manor each Michaelmas.

The stone mill and press house were built around 1790 by Josiah Pollard, and the great oak
beam press he installed is still in use. The horse-driven mill was replaced by a steam
engine in 1888, and the engine by an electric motor in 1931.

After the Pollards left the farm the mill made cider only for the farmhouse table, until
Ruth and Owen Garland bought it in 1986 and began commercial pressing the following autumn.
Their Pollards Kingston Black won the gold medal at the Bath and West Show in 1994, 1999 and
2003, and is now stocked by some 140 pubs in the south-west.

The mill has been run by their daughter Imogen Garland since 2015. She has replanted 12
acres with old Somerset varieties and put solar panels on the press house roof. A new cider
barn, with room for 60,000 litres, is due to be completed by September 2026.

Pressing takes place from late September to December, and the mill shop is open daily from
Easter to the end of October. Tours must be booked in advance.

Pollards Mill Ltd, Ashcombe, Somerset TA4 7QE. Company no. 03318726.""",
        (
            expect("1683", "lease"),
            expect("1790~", "built"),
            expect("1888", "steam"),
            expect("1931", "electric"),
            expect("1986", "garland"),
            expect("1994", "gold"),
            expect("1999", "gold"),
            expect("2003", "gold"),
            expect("2015/..", "imogen"),
            expect("../2026-09", "barn", planned=True),
        ),
    ),
    Text(
        "kingsmere-appointment-letter",
        "hospital appointment rescheduling letter",
        date(2025, 3, 12),
        """Kingsmere University Hospitals NHS Trust
Outpatient Booking Centre, Riverside Wing, Kingsmere Road, Kingsmere KM2 4HP
Telephone: 0300 555 0186 (Monday to Friday, 8am to 6pm)

Our ref: KUH/ORTH/88213
Hospital number: K4471902
Date: 12 March 2025

Mrs Joan Ellery
14 Tanner's Row
Kingsmere KM5 1DX

Dear Mrs Ellery,

Orthopaedic clinic: change to your appointment

I am sorry to tell you that your appointment with Mr R. Castellano, Consultant Orthopaedic
Surgeon, next week has had to be cancelled because the consultant is unavailable.

Your new appointment is on Thursday 3 April at 10.40am in the Fracture and Orthopaedic
Clinic, Level 2, Riverside Wing. Please arrive 15 minutes early. You will need an X-ray of
your left knee before you see the consultant: please have this done at the walk-in X-ray
department, Level 1, no later than Tuesday 1 April.

If you cannot attend, please tell us by Friday 28 March so that the appointment can be
offered to another patient. You can also change it online at kingsmere.example/appointments.

Please note that the clinic will close for refurbishment from 5 to 9 May, and no
appointments will be offered during that week.

Your GP, Dr Amara Fenn, referred you to us on 6 January. You were last seen in this clinic
on 28 November 2024. The clinic moved to the Riverside Wing in October 2023, and parking is
in the multi-storey car park on Kingsmere Road.

Yours sincerely,

Outpatient Booking Team
Kingsmere University Hospitals NHS Trust

cc: Dr A. Fenn, Ashgate Surgery""",
        (
            expect("2025-04-03", "appointment", planned=True),
            expect("../2025-04-01", "x-ray", planned=True),
            expect("../2025-03-28", "attend", planned=True),
            expect("2025-05-05/2025-05-09", "refurbishment", planned=True),
            expect("2025-01-06", "refer"),
            expect("2024-11-28", "seen"),
            expect("2023-10", "riverside"),
        ),
    ),
)
