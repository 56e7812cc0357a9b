"""The two-hundred-and-fifty-eighth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a footpath diversion
order notice, a clay pigeon shooting report, a uranium mine's press release, a taxidermist's
letters of the 1880s, a lichen survey report, a kite maker's history, an agriculture minister's
statement, a skate park's HTML news page, a pharmacist's fitness to practise decision, a harp
maker's workshop history and an ultimate frisbee league's fixtures card. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, "late
1970s", "early 2025", "late July") are left out of the expected events, as are habits,
comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDFIFTYEIGHTH_CORPUS",)


TWOHUNDREDFIFTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "osvalden-pellaire-grounding",
        "wire story with a dateline",
        date(2025, 3, 14),
        """OSVALDEN, March 14 (Brannock News) - Regional airline Pellaire grounded its fleet of
eleven turboprops on Thursday after inspectors found cracked engine mounts on two of its
aircraft, the Civil Aviation Directorate said.

The first crack was spotted during routine maintenance on March 6 at the carrier's hangar in
Osvalden, and a second aircraft was found to be affected four days later. The directorate
ordered checks of the whole fleet on Wednesday.

"We will not fly an aircraft until we are certain it is safe," chief executive Annika Rehn
told reporters at Osvalden airport.

Pellaire said it expected to resume flights between Osvalden and the capital on Monday and to
restore its full timetable by April 7 at the latest. About 3,200 passengers have had their
bookings cancelled so far.

Engine maker Vantor Aero will send a team of engineers to Osvalden on Saturday to examine the
mounts, a company spokesman said.

Pellaire, founded in 1998, has flown the only scheduled service to the island of Kessby since
2004. Its last grounding, in 2017, lasted six days after a fault in the fuel system.

Shares in parent company Lundmark Air have lost 11 percent this week, their steepest weekly
fall since October 2022.

(Reporting by Jonas Vell; Editing by Clare Dunmore)""",
        (
            expect("2025-03-13", "fleet", "ground"),
            expect("2025-03-06", "crack"),
            expect("2025-03-10", "second", "aircraft"),
            expect("2025-03-12", "checks"),
            expect("2025-03-17", "resum", "flights", planned=True),
            expect("../2025-04-07", "timetable", planned=True),
            expect("2025-03-15", "engineers", planned=True),
            expect("1998", "founded"),
            expect("2004/..", "kessby"),
            expect("2017", "grounding"),
        ),
    ),
    Text(
        "brackwell-ferncleugh-works",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Brackwell Water to rebuild Ferncleugh treatment works in £48 million upgrade

BRACKWELL, 3 June 2025 – Brackwell Water today announced a £48 million upgrade of its
Ferncleugh water treatment works, which supplies drinking water to some 120,000 homes in the
Aske valley.

The scheme was approved by the Water Services Authority on 28 April. Construction will begin
in September 2025 and is expected to be completed by December 2027. A temporary treatment
plant, which went into service at the site on 12 May, will keep supplies running throughout
the works.

The Ferncleugh works opened in 1936 and was last extended in 1994. Its sand filters, the
oldest still in use in the region, will be replaced by a membrane filtration plant able to
treat 45 million litres a day.

Residents can find out more at drop-in sessions at Ferncleugh Village Hall on 17 and 19 June,
between 2pm and 7pm.

"Ferncleugh has served the valley well for almost ninety years, but it was built for a
different century," said Helen Marsh, Chief Executive of Brackwell Water. "This investment
secures clean, reliable water for the next fifty years."

The upgrade forms part of Brackwell Water's 2025–2030 business plan.

ENDS

Notes to editors
1. Brackwell Water has supplied water to homes and businesses in the Aske valley since 1881
and today serves around 410,000 customers.
2. Images of the works are available on request.

Media contact: Tom Ardley, Press Office, 01632 960 412, press@brackwellwater.example
Ref: BW/PR/2025/031
© 2025 Brackwell Water plc. Registered in England and Wales No. 0244517.""",
        (
            expect("2025-06-03", "upgrade", "announc"),
            expect("2025-04-28", "approved"),
            expect("2025-09", "construction", planned=True),
            expect("../2027-12", "complet", planned=True),
            expect("2025-05-12", "temporary", "plant"),
            expect("1936", "opened"),
            expect("1994", "extended"),
            expect("2025-06-17", "sessions", planned=True),
            expect("2025-06-19", "sessions", planned=True),
            expect("1881/..", "supplied"),
        ),
    ),
    Text(
        "westmarch-halden-millworks",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF WESTMARCH

No. 23-0417

HALDEN MILLWORKS, INC., Appellant,
v.
CORVANE PROPERTIES, LLC, Appellee.

Appeal from the District Court of Renner County, Hon. Paula Strand, Judge.

Filed: February 11, 2025

OPINION

ODEGARD, Justice.

[¶1] Halden Millworks, Inc. appeals a judgment holding that it forfeited the balance due under
a cabinetry contract by finishing late. We reverse and remand.

I. BACKGROUND

[¶2] On or about March 3, 2021, Corvane Properties, LLC engaged Halden to build and install
kitchen cabinetry in a 64-unit apartment building in Renner. Halden delivered the last of the
cabinets on November 19, 2021, some seven weeks after the completion date in the contract.
Corvane's tenants began moving into the building on or about December 1, 2021.

[¶3] Corvane withheld the final payment of $212,000. Halden recorded a mechanic's lien on
January 14, 2022, and filed this action four days later. After a bench trial from August 21
to 23, 2023, the district court entered judgment for Corvane on October 2, 2023, reasoning
that time was of the essence. Halden appealed, and we heard oral argument on September 10,
2024.

II. STANDARD OF REVIEW

[¶4] We review the interpretation of a contract de novo. Parrow v. Lindgate Co., 1987 WM 44,
¶ 9. Findings of fact are reviewed for clear error.

III. DISCUSSION

[¶5] A contract makes time of the essence only if its words or the circumstances show that
the parties intended it. The Halden contract says nothing of the kind; it sets a completion
date and provides for liquidated damages of $500 for each day of delay. A clause that prices
delay does not make delay a ground for forfeiture. The district court erred in holding
otherwise.

IV. CONCLUSION

[¶6] The judgment is reversed and the case is remanded for a determination of the balance
due, less any liquidated damages. The mandate shall issue on March 4, 2025.

[¶7] MARLOWE, C.J., and FENN, OKAFOR and ROYCE, JJ., concur.""",
        (
            expect("2021-03-03~", "engaged"),
            expect("2021-11-19", "cabinets"),
            expect("2021-12-01~", "tenants"),
            expect("2022-01-14", "lien"),
            expect("2022-01-18", "action"),
            expect("2023-08-21/2023-08-23", "trial"),
            expect("2023-10-02", "judgment"),
            expect("2024-09-10", "argument"),
            expect("2025-03-04", "mandate", planned=True),
        ),
    ),
    Text(
        "vellmoor-town-history",
        "encyclopedia history",
        None,
        """Vellmoor

History

Early settlement
No Anglo-Saxon estate is recorded at Vellmoor. The earliest settlement on the site of the
present town was made c. 1150 by tenants of Rushford Abbey, who cleared the edge of the moor
for sheep.

Medieval borough
Henry III granted the abbot a charter for a Thursday market and a yearly fair in 1267, and the
first bridge over the river Aske was built the following year. The west tower of St Edith's
Church is thought to date from 1320, although no documentary evidence survives. In 1403 the
town was sacked and partly burned during a border raid.

Civil War and after
Vellmoor changed hands twice during the Civil War, in 1643 and 1646. The wool trade declined
through the eighteenth century, but the Aske Navigation reached the town in 1794 and the
railway in 1851, bringing tanneries and a large maltings.

Modern town
Under local government reorganisation Vellmoor lost its borough status, and since 1974 it has
formed part of the district of Aske Vale. The Thursday market is still held, and the horse
fair takes place every September, as it has done since the Middle Ages. The population is
about 9,400, the largest of any town in the district.

See also
Rushford Abbey · River Aske · Aske Navigation

References
1. Hallam, J. (1898). A History of Vellmoor. Aske: Pratt & Son.
2. Dorney, M. (1976). The Aske Navigation, 1790–1950. Kelderby: Riverside Press.""",
        (
            expect("1150~", "settlement"),
            expect("1267", "charter"),
            expect("1268", "bridge"),
            expect("1320?", "tower"),
            expect("1403", "sacked"),
            expect("1643", "changed", "hands"),
            expect("1646", "changed", "hands"),
            expect("1794", "navigation"),
            expect("1851", "railway"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "harrowgate-cup-semifinal",
        "sports report",
        date(2025, 4, 13),
        """Harrowgate hold on to reach first cup final in 29 years

By Dan Whitcombe
Sunday

Harrowgate Town are through to the final of the County Senior Cup after a 2-1 win over Marlow
Athletic at Tenby Road on Saturday, their first final since 1996.

Callum Reade headed the hosts in front after 34 minutes and Jamie Orr doubled the lead from
the penalty spot early in the second half. Marlow pulled one back through Kyle Benn with eight
minutes left, and Harrowgate keeper Sam Pryce had to tip over a late free kick to see his side
through in front of a crowd of 1,140.

Harrowgate will meet Stavely Rovers in the final at Corden Park on May 3. Stavely beat holders
Pellow United 3-0 in the other semi-final on Tuesday.

Manager Lee Haskins, who took over in November 2023 with the club bottom of the league, said:
"The lads dug in. We've waited a long time for a day like this."

Harrowgate won the cup in 1987 and 1991. They will be without striker Dele Amaro, sidelined
since January 19 with a knee injury, for the final.

Tickets for the final go on sale at the club shop on Monday at 9am, priced £8 for adults and
£3 for under-16s.

Before then Harrowgate return to league action, hosting Pellow United on Wednesday night.""",
        (
            expect("2025-04-12", "marlow"),
            expect("2025-05-03", "final", "stavely", planned=True),
            expect("2025-04-08", "stavely", "pellow"),
            expect("2023-11", "haskins"),
            expect("1987", "won", "cup"),
            expect("1991", "won", "cup"),
            expect("2025-01-19/..", "amaro"),
            expect("2025-04-14", "tickets", planned=True),
            expect("2025-04-16", "pellow", planned=True),
        ),
    ),
    Text(
        "ockbridge-tallis-coaches",
        "company history",
        None,
        """Our history

Tallis Brothers Coaches – a hundred years on the road

1923 – 1939
The firm was founded in 1923 by brothers Amos and Reuben Tallis, who bought a fourteen-seat
charabanc with their army gratuities and ran day trips from Ockbridge market square. Two years
later they started the first scheduled service between Ockbridge and the coast at Selby Bay,
and by 1930 they had eight vehicles on the road.

1939 – 1974
During the war most of the fleet was requisitioned for troop transport, and the brothers kept
the Selby Bay service going with two elderly buses. After the war the company grew by buying
out rival operators, Dene Motors in 1958 and Whitlow's Tours in 1969.

1975 – today
Around 1975 the depot moved from the market square to a former brickworks on Fulling Lane.
Since 2001 the business has been run by the family's fourth generation, Chris and Anna Tallis.
In March 2019 we took delivery of our first electric coach, and half of the fleet now runs on
batteries. A new depot at Ockbridge Business Park, with charging for forty vehicles, is due to
open in 2026.

We still run the Selby Bay service every summer Saturday, just as the brothers did, and our
drivers have won the regional coach rally more often than any other firm's.

© 2025 Tallis Brothers Coaches Ltd · Registered in England No. 01827340 · Fulling Lane,
Ockbridge""",
        (
            expect("1923", "founded"),
            expect("1925", "service"),
            expect("../1930", "vehicles"),
            expect("1958", "dene"),
            expect("1969", "whitlow"),
            expect("1975~", "depot", "moved"),
            expect("2001/..", "fourth", "generation"),
            expect("2019-03", "electric", "coach"),
            expect("2026", "depot", "open", planned=True),
        ),
    ),
    Text(
        "norvent-ardent-orbiter",
        "mission summary",
        None,
        """ARDENT-2 Mission Summary

Operator: Norvent Space Agency (NSA)
Spacecraft: lunar orbiter with the small lander Pip
Launch: 14 September 2022, 03:12 UTC, Kessen Launch Centre, Halberd-3 rocket
Status: extended mission
Page last updated: 2 May 2025

Overview
ARDENT-2 is the agency's second lunar mission and its first to attempt a landing. It maps the
lunar south polar region in visible and infrared light and measures hydrogen in the upper
soil.

Mission history
After launch on 14 September 2022, ARDENT-2 spent eighteen days in transfer and entered lunar
orbit on 2 October. The orbiter released Pip on 21 November, and the lander touched down near
the crater Vashti two days later, becoming the first Norvent spacecraft on another world. Pip
returned images and soil temperatures for about two weeks; contact was lost on or about
9 December, at the onset of lunar night.

The primary mission ended on 30 June 2023. Since 1 July 2023 the orbiter has been in an
extended mission, and its orbit was lowered from 100 km to 50 km in March 2024 to sharpen its
images. One of its two star trackers failed on 11 January 2025, and the spacecraft now relies
on the other.

End of mission
The agency intends to end the mission with a controlled impact no later than December 2026,
when the orbiter's propellant will run low. The impact site will be chosen to avoid the Pip
landing area.""",
        (
            expect("2022-09-14", "launch"),
            expect("2022-10-02", "orbit"),
            expect("2022-11-21", "released"),
            expect("2022-11-23", "touched"),
            expect("2022-12-09~", "contact", "lost"),
            expect("2023-06-30", "primary", "mission"),
            expect("2023-07-01/..", "extended", "mission"),
            expect("2024-03", "orbit", "lowered"),
            expect("2025-01-11", "star", "tracker"),
            expect("../2026-12", "impact", planned=True),
        ),
    ),
    Text(
        "hallervik-bridge-closure",
        "government statement",
        None,
        """MINISTRY OF INFRASTRUCTURE
Press statement · 22 January 2025 · Ref. MI/ST/25/009

Statement by the Minister for Infrastructure, Dagny Rostrup, on the closure of the Hallervik
Bridge

On 17 January, engineers of the National Road Authority found advanced corrosion in two of the
cable anchorages of the Hallervik Bridge, and the bridge was closed to all traffic the same
evening. I want to thank the Authority's staff, who acted quickly and correctly.

I know that the closure is very hard for the people of Hallervik and Strømnes, who depend on
the bridge for work, school and hospital visits. A free replacement ferry began running
between the two towns on Monday, and it now sails every twenty minutes at peak hours.

The bridge opened in 1971 and has carried a 40-tonne weight limit since 2016. It was last
inspected in full in October 2023, when no defects of this kind were found. I have asked the
Authority to explain why.

Temporary steel supports are being installed, and the bridge will reopen to cars and light
vans on a single lane by 28 February at the latest. The permanent repairs are scheduled to
begin on 3 March and are expected to take about eighteen months.

I will meet the mayors of Hallervik and Strømnes on Friday to discuss support for local
businesses. A full report from the Authority is due by the end of March, and I will present it
to Parliament.

Dagny Rostrup
Minister for Infrastructure""",
        (
            expect("2025-01-17", "corrosion"),
            expect("2025-01-17", "bridge", "closed"),
            expect("2025-01-20", "ferry"),
            expect("1971", "opened"),
            expect("2016/..", "weight", "limit"),
            expect("2023-10", "inspected"),
            expect("../2025-02-28", "reopen", planned=True),
            expect("2025-03-03", "repairs", planned=True),
            expect("2025-01-24", "mayors", planned=True),
            expect("../2025-03", "report", planned=True),
        ),
    ),
    Text(
        "stenholm-library-reopening",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kirkby Stenholm Library to reopen after roof repairs | Stenholm District Council</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news/">News</a></nav>
<article>
<h1>Kirkby Stenholm Library to reopen after roof repairs</h1>
<p class="meta">Published <time datetime="2025-05-06">6 May 2025</time></p>
<p>Kirkby Stenholm Library will reopen on Saturday 24 May, almost four months after storm
damage forced it to close.</p>
<p>The library closed on 3 February, when rain came through the roof of the reading room
during Storm Edna and soaked about 1,400 books. Roofers began work on 10 March and finished
last Friday. Decorators are now repainting the reading room.</p>
<p>The Grade II listed building opened in 1906 with a gift from the mill owner Samuel Rigg and
was extended in 1965. Its roof was last replaced around 1988.</p>
<p>A week of reopening events, with storytelling, craft sessions and a local history talk,
will run from 24 to 31 May. Self-service kiosks will be installed by the end of June.</p>
<p>While the library has been closed, the mobile library has stopped in the Market Place every
Tuesday and Friday morning.</p>
<p>"We are grateful to our borrowers for their patience," said Councillor Ruth Okoro, cabinet
member for communities.</p>
</article>
<footer>
<p>Last updated: 7 May 2025</p>
<p>&copy; 2025 Stenholm District Council</p>
</footer>
</body>
</html>""",
        (
            expect("2025-05-24", "reopen", planned=True),
            expect("2025-02-03", "closed"),
            expect("2025-03-10", "roofers"),
            expect("2025-05-02", "finished"),
            expect("1906", "opened"),
            expect("1965", "extended"),
            expect("1988~", "roof", "replaced"),
            expect("2025-05-24/2025-05-31", "events", planned=True),
            expect("../2025-06", "kiosks", planned=True),
        ),
    ),
    Text(
        "quarnby-footpath-diversion",
        "footpath diversion order notice",
        None,
        """NORTH AMBERSHIRE COUNCIL

HIGHWAYS ACT 1980 – SECTION 119

THE NORTH AMBERSHIRE COUNCIL (FOOTPATH No. 14 (PART), PARISH OF QUARNBY) PUBLIC PATH
DIVERSION ORDER 2025

The above order, made on 12 March 2025 under section 119 of the Highways Act 1980, will divert
that part of Footpath No. 14 which runs along the top of Quarnby Scar from point A (grid
reference SE 4127 8863) to point B (SE 4141 8890) to a new line running about 40 metres
inland, from point A to point C and then to point B, as shown on the order map.

The order is needed because a landslip in February 2024 carried away part of the cliff-top
path. The affected section has been closed since 9 February 2024 under a temporary traffic
regulation order. The path was first recorded on the definitive map of public rights of way
in 1953.

Informal consultation on the new route ran from 6 January to 3 February 2025, and a site
meeting with the Ramblers and the landowner was held on 21 January. Quarnby Parish Council
supported the proposal at its meeting on 4 December 2024.

A copy of the order and the order map may be inspected free of charge at Ambershire House,
Market Place, Kelderby, between 9am and 4.30pm, Monday to Friday. Copies may be bought for £5.

Any representations about or objections to the order must be made in writing to the address
below no later than 25 April 2025. If no objections are received, the Council will confirm the
order itself. Works to lay out the new route are planned to start on or about 2 June 2025.

Dated 14 March 2025

J. P. Hartigan, Head of Legal Services
North Ambershire Council, Ambershire House, Market Place, Kelderby KL7 2QP
Ref: PROW/QRN/14/25""",
        (
            expect("2025-03-12", "order", "made"),
            expect("2024-02", "landslip"),
            expect("2024-02-09/..", "closed"),
            expect("1953", "recorded"),
            expect("2025-01-06/2025-02-03", "consultation"),
            expect("2025-01-21", "site", "meeting"),
            expect("2024-12-04", "parish", "council"),
            expect("../2025-04-25", "objections", planned=True),
            expect("2025-06-02~", "works", planned=True),
        ),
    ),
    Text(
        "brackenhurst-gun-club",
        "clay pigeon shooting report",
        date(2025, 4, 8),
        """BRACKENHURST GUN CLUB
Club news – shoot report

OPEN SPORTING, 100 BIRDS
Last Sunday's Open Sporting drew 84 guns to Brackenhurst despite a cold north-easterly that
pushed the high tower birds all over the sky. Scores were lower than last month, but the new
layout on the lower ground, in use since 1 March, again had plenty of praise.

RESULTS
High Gun: Mark Feeney 91/100
AA: Sophie Leary 88
A: Tom Brandt 84
B: Ian Wold 79
C: Pete Sallis 70
Ladies: Sophie Leary 88
Veterans: Derek Holm 83
Juniors: Josh Kerrigan 77

Mark also collected the Hallam Trophy for the best score on the tower stands, a trophy first
presented in 1972. He also won it in 2019 and 2023, and is only the second shooter to take it
three times.

FIXTURES
The Club Championship (50 DTL and 50 Sporting) will be shot on Saturday 19th. Entries close
at 6pm on Wednesday 16th; no entries on the day, please.

We are hosting the county ESP selection shoot on 14 June, and volunteers for trapping and
scoring are needed. As every May, the club will also run a coaching day for ladies and
juniors, date to be confirmed.

REMINDERS
Fibre-wad cartridges only on the lower ground. Guns must be carried open and empty between
stands at all times. Thanks to all trappers and scorers, and to Linda for the bacon rolls.""",
        (
            expect("2025-04-06", "open", "sporting"),
            expect("2025-03-01/..", "layout"),
            expect("1972", "presented"),
            expect("2019", "won"),
            expect("2023", "won"),
            expect("2025-04-19", "championship", planned=True),
            expect("2025-04-16", "entries", planned=True),
            expect("2025-06-14", "selection", planned=True),
        ),
    ),
    Text(
        "tarrowind-kesh-lake",
        "uranium mine's press release",
        None,
        """NEWS RELEASE

Tarrowind Uranium drums first concentrate at Kesh Lake

KESH LAKE, Nordmark, October 2, 2024 — Tarrowind Uranium Corp. ("Tarrowind" or "the
Company") (NORDX: TWU) is pleased to announce that the Kesh Lake mine produced its first
drummed uranium concentrate on September 27, less than two and a half years after construction
began.

Commissioning of the processing mill started on June 10, and ore was first fed to the leach
circuit on August 19. The Company expects the mill to reach its nameplate capacity of 2.1
million pounds U3O8 per year by June 30, 2025. First deliveries to utility customers under
long-term contracts are scheduled for January 2025.

"Today marks Tarrowind's transition from developer to producer," said President and CEO
Malcolm Redekop. "Our team built this mine on time and within budget."

Kesh Lake was discovered in 1979 by a government survey and drilled again by Tarrowind in
2011. The Company received its environmental licence in March 2021, and construction began
on or about April 12, 2022.

Conference call
Management will host a conference call on Thursday, October 3, 2024 at 10:00 a.m. ET.
Dial-in: 1-800-555-0147.

About Tarrowind
Tarrowind Uranium Corp. is a Nordmark uranium producer with one operating mine and two
exploration projects in the Kesh basin.

Forward-looking information
This news release contains forward-looking statements, including statements about production
rates and delivery dates. Actual results may differ materially. The Company undertakes no
obligation to update these statements except as required by law.

For further information: Lina Voss, Investor Relations, ir@tarrowind.example""",
        (
            expect("2024-09-27", "concentrate"),
            expect("2024-06-10", "commissioning"),
            expect("2024-08-19", "ore"),
            expect("../2025-06-30", "nameplate", planned=True),
            expect("2025-01", "deliveries", planned=True),
            expect("1979", "discovered"),
            expect("2011", "drilled"),
            expect("2021-03", "licence"),
            expect("2022-04-12~", "construction"),
            expect("2024-10-03", "conference", "call", planned=True),
        ),
    ),
    Text(
        "pendry-taxidermy-letters",
        "taxidermist's letters of the 1880s",
        None,
        """Letters of Josiah Pendry, naturalist and taxidermist, of Penhallow, to Captain H. R.
Lisle of Trewarden.

I.
14, Fore Street, Penhallow.
3rd March 1884.

Dear Sir,
The bittern you were good enough to send arrived on Saturday by the afternoon coach, in fair
condition, though the bill had been a little knocked in the basket. I have skinned it, and hope
to have it set up in a case with reeds by the 20th inst. at the latest. The otter which I
mounted for your late father is, I am glad to hear, still sound; a little camphor in the case
each spring will keep the moth from it.
I am, Sir, your obedient servant,
J. Pendry.

II.
Penhallow, 11th April 1884.

Dear Sir,
The case was dispatched by rail yesterday, carriage paid, and I trust you will find the bird to
your liking. I intend to show a group of moorland birds at the Polytechnic exhibition in
August, and should be much obliged if I might borrow the bittern for it.
Yours faithfully,
J. Pendry.

III.
Penhallow, 2nd January 1885.

Dear Sir,
I must thank you for the brace of woodcock, which were excellent. A snowy owl, shot on the
moor above Lanwithan about the 20th of December, reached me on the 27th, and I have never had
a finer bird through my hands. I was elected a member of the Penhallow Natural History Society
on the 15th of November, and have promised them a paper on the birds of the district. I shall
be in London on Monday next and will call at your club if convenient.
I remain, Sir, yours very truly,
J. Pendry.""",
        (
            expect("1884-03-01", "bittern", "arrived"),
            expect("../1884-03-20", "case", planned=True),
            expect("1884-04-10", "dispatched"),
            expect("1884-08", "exhibition", planned=True),
            expect("1884-12-20~", "owl", "shot"),
            expect("1884-12-27", "reached"),
            expect("1884-11-15", "elected"),
            expect("1885-01-05", "london", planned=True),
        ),
    ),
    Text(
        "dennerholt-lichen-survey",
        "lichen survey report",
        None,
        """COLDHARBOUR WOOD SSSI
Epiphytic lichen survey 2024
Report no. LS/2024/07 · Issued 8 October 2024 · Prepared for Dennerholt Wildlife Trust

1. Summary
Fieldwork was carried out on 14–16 May 2024, with a return visit on 2 July to check the ash
stands on the eastern boundary. 112 taxa of lichens and lichenicolous fungi were recorded,
against 131 in the previous survey.

2. Previous work
The wood was first surveyed for lichens by E. M. Garside in 1987, and again by the Trust in
2003. Lobaria pulmonaria, recorded on two oaks in 1987, was not refound. A record of Usnea
florida from the wood in 1995 is doubtful, as no specimen was kept and the recorder's notes
are lost.

3. Site condition
The wood has been grazed by cattle since about 2010, which has kept the glades open but raised
nutrient levels around the veteran oaks. Ash dieback was first noted here in 2016, and many ash
along the main ride are now dead or dying. Felling of diseased ash is planned for winter
2024/25; the larger oaks near the ride should be protected during the work.

4. Results
Table 1. Selected indicator species (+ present, – not found)
Species | 1987 | 2003 | 2024
Lobaria pulmonaria | + | – | –
Thelotrema lepadinum | + | + | +
Pyrenula chlorospila | – | + | +
Graphis elegans | + | + | +

5. Recommendations
A full resurvey is proposed for 2029, with annual checks of the veteran oaks. Voucher
specimens were deposited in the herbarium of the Dennerholt Museum on 30 September 2024
(accession nos. DNM-L 4410–4452).""",
        (
            expect("2024-05-14/2024-05-16", "fieldwork"),
            expect("2024-07-02", "return", "visit"),
            expect("1987", "surveyed"),
            expect("1987", "lobaria"),
            expect("2003", "surveyed"),
            expect("1995?", "usnea"),
            expect("2010~/..", "grazed"),
            expect("2016", "ash", "dieback"),
            expect("2029", "resurvey", planned=True),
            expect("2024-09-30", "specimens"),
        ),
    ),
    Text(
        "blaskett-kites-history",
        "kite maker's history",
        None,
        """Blaskett Kites: a short history

Ezra Blaskett, a sailmaker's son from Port Wenna, built his first kite in about 1931, from a
broken umbrella and his mother's silk scarf. During the Second World War the family's sail loft
made target kites for naval gunnery practice, from 1940 to 1944, and Ezra learned to build
them by the hundred.

He opened a shop on Harbour Row in 1946, and the following year began selling box kites by
mail order, advertising in boys' magazines. Customers wrote from as far away as Canada and
New Zealand.

Ezra's daughter Ruth took over the workshop in 1968 and brought in ripstop nylon and
fibreglass spars. Ezra died in 1974, still flying kites from the harbour wall at eighty. Ruth's
two-line stunt kite, the Kestrel, launched in 1988, sold some 40,000 copies in its first five
years and is still made today.

Since 1995 the firm has been owned by its employees, who bought it from Ruth when she retired.
Every August the workshop holds a fly-in on Wenna beach, and the Kestrel is still the kite most
of our customers learn on.

Ezra's original umbrella kite hangs in the shop window, and a small museum of the firm's kites
is to open in the old sail loft in 2026.""",
        (
            expect("1931~", "first", "kite"),
            expect("1940/1944", "target", "kites"),
            expect("1946", "shop"),
            expect("1947", "mail", "order"),
            expect("1968", "ruth"),
            expect("1974", "died"),
            expect("1988", "kestrel"),
            expect("1995/..", "owned", "employees"),
            expect("2026", "museum", planned=True),
        ),
    ),
    Text(
        "carrowdene-drought-statement",
        "agriculture minister's statement",
        None,
        """Ministry of Agriculture, Food and Rural Affairs

Statement by the Minister, Orla Kessane
10 July 2025

Drought in the eastern provinces: support for farmers

Rainfall across the eastern provinces in June was the lowest since national records began,
and soil moisture is now lower than at any time since 1976. The last severe drought, in 2018,
cut the national grain harvest by a fifth.

On 24 June I declared a state of agricultural drought in the provinces of Dunmere, Carrow and
East Fennick. Limits on water abstraction for irrigation have been in force there since
30 June.

On Monday the Government approved €85 million for an emergency fodder and water support
scheme. The fodder transport subsidy, the first part of the scheme, opened for applications
yesterday, and more than 1,900 farmers have already applied. Applications will close on
15 August, and payments will be made by the end of September.

The winter barley harvest is expected to begin around 20 July, some ten days earlier than
usual. My officials are working with the grain cooperatives to make sure that drying and
storage capacity is ready.

I will meet the leaders of the farming unions in Dunmere on Tuesday, and I will report to the
Cabinet on the scheme every fortnight until the drought ends.

Farmers who need advice can call the ministry's drought line, 1800 555 212, every day between
8am and 8pm.

ENDS""",
        (
            expect("2018", "drought"),
            expect("2025-06-24", "drought", "declared"),
            expect("2025-06-30/..", "abstraction"),
            expect("2025-07-07", "approved"),
            expect("2025-07-09", "subsidy", "opened"),
            expect("2025-08-15", "applications", "close", planned=True),
            expect("../2025-09", "payments", planned=True),
            expect("2025-07-20~", "harvest", planned=True),
            expect("2025-07-15", "unions", planned=True),
        ),
    ),
    Text(
        "ramsgill-skate-park",
        "skate park's HTML news page",
        date(2025, 7, 22),
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News – Ramsgill Skate Park</title></head>
<body>
<header><h1>Ramsgill Skate Park</h1>
<nav><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sessions/">Sessions</a></nav>
</header>
<main>
<article class="post">
<h2>Bowl closed next week for resurfacing</h2>
<p class="byline">Posted by Kez · Tuesday</p>
<p>Heads up: the bowl will be closed from Monday to Friday next week while contractors
resurface the coping and patch the cracks in the deep end. It should reopen that Saturday.
The street course and the mini ramp stay open as normal.</p>
<p>Speaking of the mini ramp: the new one went in last Thursday and it's already the busiest
spot in the park. Massive thanks to everyone who came along to help.</p>
<h3>Summer Jam</h3>
<p>Our Summer Jam is on Saturday 16 August, with best trick, a mini ramp jam and a beginners'
session. Registration opens this Friday on the website.</p>
<p>Good news on the money front too: the council signed off a new ten-year lease for the park
on 3 June, so we're not going anywhere.</p>
<p>Reminder: helmets have been compulsory for under-16s since 2019, and there are loan helmets
at the hut.</p>
</article>
<aside><h3>About the park</h3>
<p>Ramsgill Skate Park opened in 2009 as a street course; the bowl was added in 2014. We're run
by volunteers as a community interest company.</p></aside>
</main>
<footer><p>&copy; 2025 Ramsgill Skate Park CIC · Company no. 08812345</p></footer>
</body>
</html>""",
        (
            expect("2025-07-28/2025-08-01", "bowl", "closed", planned=True),
            expect("2025-08-02", "reopen", planned=True),
            expect("2025-07-17", "mini", "ramp"),
            expect("2025-08-16", "summer", "jam", planned=True),
            expect("2025-07-25", "registration", planned=True),
            expect("2025-06-03", "lease"),
            expect("2019/..", "helmets"),
            expect("2009", "opened"),
            expect("2014", "bowl", "added"),
        ),
    ),
    Text(
        "ledwith-meadowfield-fitness",
        "pharmacist's fitness to practise decision",
        None,
        """PHARMACY STANDARDS COUNCIL
Fitness to Practise Committee
Principal hearing – determination

Registrant: Ms Carys Ledwith
Registration number: 2071438
Type of case: Misconduct
Dates of hearing: 3–5 February 2025
Outcome: Suspension for six months
Interim measures: Interim order revoked

1. Ms Ledwith has been on the register of pharmacists since 2012. At the relevant time she was
the responsible pharmacist at Meadowfield Pharmacy, Lower Brenton.

2. The Council alleged, and Ms Ledwith admitted, that between 1 March and 30 September 2022
she sold codeine linctus and promethazine to a number of customers in quantities well beyond
those that could be justified, without recording the sales and without questioning customers
about misuse.

3. On or about 14 October 2022 the daughter of one customer complained to the pharmacy's
owners, and the Council's inspectors then visited the pharmacy. The owners suspended Ms
Ledwith on 4 November and dismissed her on 9 December 2022. An interim order of conditions was
imposed on her registration on 17 January 2023.

4. The Committee heard the case from 3 to 5 February 2025. Ms Ledwith attended, was
represented and gave evidence. She has completed courses on medicines liable to misuse and
has worked under supervision at another pharmacy since March 2023.

5. Impairment. The Committee found that Ms Ledwith's fitness to practise is currently
impaired. Although her insight has developed, the sales put vulnerable people at risk over
many months, and public confidence in the profession would be undermined by a finding of no
impairment.

6. Sanction. The Committee directs that Ms Ledwith's name be suspended from the register for
six months. A review hearing will be held on or before 4 September 2025. The suspension takes
effect 28 days after the date of this determination, unless she appeals.""",
        (
            expect("2012/..", "register"),
            expect("2022-03-01/2022-09-30", "codeine"),
            expect("2022-10-14~", "complained"),
            expect("2022-11-04", "suspended"),
            expect("2022-12-09", "dismissed"),
            expect("2023-01-17", "interim", "order"),
            expect("2025-02-03/2025-02-05", "heard"),
            expect("2023-03/..", "supervision"),
            expect("../2025-09-04", "review", "hearing", planned=True),
        ),
    ),
    Text(
        "lindhurst-aldous-harps",
        "harp maker's workshop history",
        None,
        """The Aldous Harp Workshop: a history

Tobias Aldous is thought to have learned his trade in a Paris workshop in 1887, although the
only evidence is a letter written by his widow many years later. He set up on his own in a
former chapel in Lindhurst in 1894, repairing pianos and building small lever harps.

He soon moved on to concert pedal harps, and orders came quickly from theatre orchestras and
music schools. By 1914 the workshop had built some 400 harps and employed fourteen men.

The chapel was badly damaged by a bomb in 1941, and the workshop did not reopen until 1947.
Aldous harps were supplied to the Royal Vennish Opera in 1962 and 1971, and the opera's
principal harpist still plays the 1971 instrument.

Since 1988 the workshop has been run as a workers' cooperative, building around thirty
concert harps a year. Every harp carries a serial number stamped into the neck, and the
workshop keeps a record of each one; the oldest known survivor, number 12, is played every
Sunday in Lindhurst parish church.

A new lever harp for students, the Lark, is in development. Production is planned to start in
March 2026, and the first instruments are due to be delivered in the autumn.""",
        (
            expect("1887?", "paris"),
            expect("1894", "chapel"),
            expect("../1914", "built"),
            expect("1941", "bomb"),
            expect("1947", "reopen"),
            expect("1962", "opera"),
            expect("1971", "opera"),
            expect("1988/..", "cooperative"),
            expect("2026-03", "production", planned=True),
        ),
    ),
    Text(
        "veldmark-ultimate-fixtures",
        "ultimate frisbee league's fixtures card",
        None,
        """VELDMARK ULTIMATE LEAGUE
Summer Division 2025 – Fixtures
Issued 22 April 2025

All rounds at Hollins Park, pitches 1–2, first pull 10:00. Mixed division, 4:3 ratio.
Captains report scores and spirit scores by 8pm on game day.

Rd     | Date         | Pitch 1                     | Pitch 2
1      | Sun 11 May   | Dustdevils v Hollins Hawks  | Flatball v Seven Layouts
2      | Sun 18 May   | Seven Layouts v Dustdevils  | Hollins Hawks v Flatball
3      | Sun 1 June*  | Flatball v Dustdevils       | Hollins Hawks v Seven Layouts
4      | Sun 15 June  | Dustdevils v Flatball       | Seven Layouts v Hollins Hawks
5      | Sun 29 June  | Hollins Hawks v Dustdevils  | Seven Layouts v Flatball
Finals | Sun 13 July  | 1st v 2nd (final)           | 3rd v 4th

* Round 3 was moved from 25 May because of the city half marathon.

Spirit of the Game awards will be presented at the league dinner after Finals Day.
Team registration closed on 18 April with four teams, two fewer than last year.
Observers for Finals Day are provided by the Veldmark Disc Association.

Veldmark Ultimate League · founded 2011 · veldmarkultimate.example
This card may change – always check the website before travelling.""",
        (
            expect("2025-05-11", "round", planned=True),
            expect("2025-05-18", "round", planned=True),
            expect("2025-06-01", "round", planned=True),
            expect("2025-06-15", "round", planned=True),
            expect("2025-06-29", "round", planned=True),
            expect("2025-07-13", "finals", planned=True),
            expect("2025-04-18", "registration"),
            expect("2011", "founded"),
        ),
    ),
)
