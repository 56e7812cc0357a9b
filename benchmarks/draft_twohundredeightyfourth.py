"""The two-hundred-and-eighty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a beach dog ban notice, a
wheelchair curling report, a cockle fishery company release, a lock keeper's log of the 1880s, a
common lizard survey report, a harmonica maker's history, a science minister's statement, a
karaoke bar's HTML page, a pet shop licence decision, a chair caning history and a cassino card
club fixtures card. The organisations, people and facts are invented. Facts whose date a reader
could take two ways (a season, "late 1970s", "early 2025", "late July") are left out of the
expected events, as are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYFOURTH_CORPUS",)


TWOHUNDREDEIGHTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "kestrowe-terminal-fire",
        "wire story",
        None,
        """Fire still smouldering at Kestrowe grain terminal as exporters count the cost

KESTROWE, Oct 8, 2024 (Northgate Wire) - Firefighters were still dousing smouldering wheat at the
Kestrowe grain terminal on Tuesday, two days after a blaze tore through its conveyor gallery and
shut the port's main export berth.

The fire broke out late on Sunday in a dust extraction unit above Silo Block C, according to the
Kestrowe Fire and Rescue Service, and spread along the roof of the gallery within an hour. No one
was killed. Two night-shift workers were treated for smoke inhalation.

The Kestrowe Port Authority closed the terminal and the adjoining berth on Monday, diverting three
bulk carriers to Ostley, 80 km up the coast.

"The structure is stable, but the grain underneath will keep heating for days," chief fire
officer Mirren Dalby told reporters at the gate. Crews expect to have the last hot spots out by
Thursday, she said.

Harlund Grain, which has run the terminal under a state concession since 2016, said loading is
expected to resume on Nov. 4 at two of the five shiploaders. The company handled 3.1 million
tonnes of wheat and barley through Kestrowe in 2023, about a fifth of the country's grain
exports.

Traders said the timing could hardly be worse, with the shipping programme at its peak and
several cargoes already sold for October loading. "Every week the berth is shut costs the farmers
money," said Petra Lind of the Eastern Growers' Union.

The terminal was built around 1962 and its concrete silos have been patched several times. A dust
explosion in the same block in 2009 killed two workers and led to new ventilation rules for grain
stores across the country.

The transport ministry said an independent inquiry into Sunday's fire would open on Oct. 21,
chaired by a former chief inspector of factories, Owen Tregar. Harlund said it would cooperate
fully and had already handed over maintenance records for the extraction unit.

Insurers have not yet put a figure on the damage. Shares in Harlund's parent company, Corran
Agri, fell 6 percent on Monday, their steepest one-day drop since March 2020.

(Reporting by Hella Brandt; Editing by Simon Okafor)""",
        (
            expect("2024-10-06", "fire"),
            expect("2024-10-07", "closed"),
            expect("../2024-10-10", "hot spots", planned=True),
            expect("2016/..", "concession"),
            expect("2024-11-04", "loading", planned=True),
            expect("2023", "tonnes"),
            expect("1962~", "built"),
            expect("2009", "explosion"),
            expect("2024-10-21", "inquiry", planned=True),
        ),
    ),
    Text(
        "quillan-sleeper-return",
        "press release",
        None,
        """NEWS RELEASE
Quillan Rail Ltd
For immediate release: Wednesday 14 May 2025
Ref: QR/PR/25/031

QUILLAN RAIL BRINGS BACK THE NORTHERN SLEEPER

Overnight trains to run between Quillan Central and Farrowby for the first time in 28 years

Quillan Rail today signed a ten-year maintenance contract with Darrow Carriage Works, clearing
the way for the return of its overnight sleeper service to the far north.

The first sleeper will leave Quillan Central at 22:40 on Friday 27 June 2025 and arrive in
Farrowby at 07:15 the next morning. Trains will then run six nights a week, Sunday to Friday.

Bookings open at 09:00 on Monday 19 May through the Quillan Rail website, the app and staffed
ticket offices. Introductory fares start at 59 pounds for a reclining seat in the lounge car and
145 pounds for a two-berth cabin.

The eleven carriages, bought second-hand from a continental operator, were refurbished at Darrow
between March 2023 and April 2025. Each cabin now has its own washbasin, charging points and a
bed long enough, in the words of the works manager, "for a tall farmer".

Test trains ran over the full 612 km route on 6, 8 and 9 May, reaching Farrowby on time on each
run despite engineering work north of Kilbray.

Quillan Rail withdrew its last sleeper, the much-missed Night Heron, in 1997, when the old
carriages were condemned and no money could be found to replace them.

Managing director Ruth Calloway said:

"People in the north have asked us for this train every year since it went. We have operated the
Northern franchise since 2004, and this is the change I have most wanted to make. It will not be
the last."

The company is also studying a second overnight route, to Penmarra, which is expected to follow
by December 2026, subject to funding from the Northern Transport Board.

ENDS

Notes to editors
1. Quillan Rail is owned by the Quillan and Borders Transport Trust.
2. Photographs of the refurbished cabins are available on request from the press office.
3. Press office: 01632 960418 (24 hours).""",
        (
            expect("2025-05-14", "contract"),
            expect("2025-06-27", "sleeper", planned=True),
            expect("2025-05-19", "bookings", planned=True),
            expect("2023-03/2025-04", "refurbished"),
            expect("2025-05-06", "test"),
            expect("2025-05-08", "test"),
            expect("2025-05-09", "test"),
            expect("1997", "withdrew"),
            expect("2004/..", "franchise"),
            expect("../2026-12", "penmarra", planned=True),
        ),
    ),
    Text(
        "harrow-kelbeck-yacht",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH

No. 23-0417

LEONARD HARROW, Appellee,
v.
KELBECK MARINE SERVICES, INC., Appellant.

Argued January 9, 2024 - Decided March 4, 2024

Appeal from the Circuit Court for Tolland County, Hon. Agnes Mwangi, Judge.

OPINION

PARRISH, J.

Kelbeck Marine Services appeals from a judgment awarding Leonard Harrow damages for the late
return of his sailing yacht. We affirm in part, reverse in part, and remand.

I. BACKGROUND

Kelbeck has operated a boatyard on the Tolland River since 1988. On or about June 2, 2019, Harrow
delivered his 38-foot sloop, the Merlin's Daughter, to the yard for repairs to her keel and
rudder. The written work order provided that the repairs would be "completed no later than
September 30, 2019," and that Kelbeck would pay $150 for each day of delay.

The yard did not meet that date. Kelbeck returned the vessel on November 18, 2019, and invoiced
Harrow $41,300. Harrow paid under protest and filed suit on February 3, 2020, seeking the daily
sum for forty-nine days of delay and the cost of redoing part of the rudder work.

The record suggests, though it does not establish, that Kelbeck probably began sending rudder
work to an outside subcontractor in 2017. The subcontractor is not named in the work order, and
Harrow was not told of it.

After a bench trial held April 12 through 15, 2022, the circuit court found that the delay clause
was enforceable and that the rudder work was defective. It entered judgment for Harrow in the
amount of $19,870 on July 7, 2022. Kelbeck timely appealed.

II. DISCUSSION

A. The delay clause

Kelbeck argues that the $150 daily sum is an unenforceable penalty. We disagree. The sum was
negotiated between parties of equal standing, each advised by counsel, and it bears a reasonable
relation to the cost of hiring a comparable yacht. See Orloff v. Tern Bay Marina, 212 W.M. 88, 93
(1998). The circuit court did not err.

B. The rudder work

We take a different view of the rudder. The only evidence of defect was the testimony of Harrow
himself, who conceded on cross-examination that he had no training as a surveyor and had not
seen the rudder out of the water. Without expert evidence, the finding cannot stand.

III. CONCLUSION

The judgment is affirmed as to the delay damages and reversed as to the rudder costs. The case is
remanded for entry of an amended judgment consistent with this opinion.

Affirmed in part, reversed in part, and remanded.""",
        (
            expect("1988/..", "boatyard"),
            expect("2019-06-02~", "delivered"),
            expect("../2019-09-30", "repairs"),
            expect("2019-11-18", "returned"),
            expect("2020-02-03", "suit"),
            expect("2017?", "subcontractor"),
            expect("2022-04-12/2022-04-15", "trial"),
            expect("2022-07-07", "judgment"),
            expect("2024-01-09", "argued"),
        ),
    ),
    Text(
        "drennick-bridge-history",
        "encyclopedia history",
        None,
        """Drennick Bridge

Drennick Bridge is a medieval stone bridge carrying the old Carlow road over the River Idle at
Drennick, in the county of Westry. With eleven arches and a length of 214 metres, it is the
longest surviving pre-industrial bridge in the county.

Contents
1 History
1.1 Early crossings
1.2 The stone bridge
1.3 Flood and rebuilding
1.4 Nineteenth century
2 Conservation
3 References

History

Early crossings
A ford at Drennick is mentioned in several early charters, and a timber bridge is first recorded
c. 1190, when the canons of Ashby Priory were granted the right to collect pontage from carts
crossing it.

The stone bridge
The present bridge was probably built in 1348, the date given in a lost inscription on the
central pier. Its pointed arches and chamfered ribs are typical of the period. Pontage, and later
turnpike tolls, were collected at a gate on the western end until 1866, when the county bought
out the last trustees.

Flood and rebuilding
The great flood of 14 November 1771 carried away four arches on the eastern side and drowned a
carrier and his team of horses. The gap was bridged with timber for three years, and the lost
arches were rebuilt between 1774 and 1777 to designs by John Gwillim, who copied the medieval
profile but used a harder gritstone, still easily told apart from the older work.

Nineteenth century
In the 1840s the roadway was widened by corbelling a footway out over the cutwaters on both
sides. A separate railway viaduct, built 60 m downstream by the Westry and Carlow Railway, was
opened on 2 March 1861, and the bridge soon lost much of its through traffic.

Conservation
The bridge was listed as a building of special interest in 1952. It has been closed to motor
vehicles since 1989 and now carries pedestrians, cyclists and horse riders. A programme of
repointing and scour protection round the piers was completed in 2021 at a cost of 1.9 million
pounds.

References
1. Vane, T. Collections for Westry, fol. 33.
2. Westry County Council, Drennick Bridge Conservation Statement.""",
        (
            expect("1190~", "timber bridge"),
            expect("1348?", "built"),
            expect("../1866", "tolls"),
            expect("1771-11-14", "flood"),
            expect("1774/1777", "rebuilt"),
            expect("1840/1849", "widened"),
            expect("1861-03-02", "viaduct"),
            expect("1952", "listed"),
            expect("1989/..", "closed"),
            expect("2021", "repointing"),
        ),
    ),
    Text(
        "ellerby-rovers-shield",
        "sports report",
        date(2025, 9, 14),
        """Rovers storm into Shield semi-finals

Ellerby Rovers 34 Hallam Wanderers 12

By Tom Ashdown at Brackenfield Lane

Ellerby Rovers swept into the semi-finals of the Northern Challenge Shield on Saturday, running
in six tries against a Hallam side who wilted badly in the second half.

A crowd of 11,402, the biggest at Brackenfield Lane since 1999, saw full-back Kieran Osei score
twice and kick five goals. Osei, signed from Marrowby Saints in March 2023, has now scored in
every round of the competition.

Hallam led 12-10 at the break after tries from winger Lewis Pike and hooker Dom Farr, but they
lost prop Jonny Caddick to the sin bin five minutes after the restart and never recovered. Rovers
ran in 24 unanswered points, three of their tries coming from scrums inside the Hallam 20.

Caddick, already on a warning, will face a disciplinary hearing on Tuesday and could miss the
rest of the season.

"We talked all week about the last twenty minutes," said Rovers coach Martin Greave. "In this
heat it is about who has the legs, and we had them. I'm proud of every one of them."

Rovers last reached the last four in 2008, when they lost to Corby Town at the same stage.
Captain Sam Redfern, at the club since 2014, is the only survivor of the side relegated in 2016.

The semi-final draw was made in the clubhouse after the match. Rovers travel to Skelby Bridge on
Saturday 27 September, with the kick-off time to be confirmed by the broadcaster. The final is
due to be played on 11 October at the Ridings Stadium in Carlow.

The club, founded by workers at the Ellerby wire mill in 1895, has never won the Shield.

Ellerby: Osei; Tate, Mbeki, Hollins, Grady; Ward, Lacey; Moss, Redfern, Price, Orme, Vickers,
Hart. Subs: Noble, Kerr, Fane, Dale.
Tries: Osei 2, Mbeki, Grady, Lacey, Orme. Goals: Osei 5.

Hallam: Quayle; Pike, Sturridge, Amos, Webb; Lowe, Platt; Caddick, Farr, Ince, Royle, Burrows,
Kemp. Subs: Dent, Ogun, Hayes, Wray.
Tries: Pike, Farr. Goals: Lowe 2.

Referee: Neil Parfitt. Attendance: 11,402.""",
        (
            expect("2025-09-13", "semi-final"),
            expect("2023-03", "osei", "signed"),
            expect("2025-09-16", "hearing", planned=True),
            expect("2008", "last four"),
            expect("2014/..", "redfern"),
            expect("2016", "relegated"),
            expect("2025-09-27", "skelby", planned=True),
            expect("2025-10-11", "final", planned=True),
            expect("1895", "founded"),
        ),
    ),
    Text(
        "ambleworth-biscuit-story",
        "company history",
        None,
        """Ambleworth Biscuits: Our Story

Where it began
Hannah Ambleworth began selling oat biscuits from the back door of her husband's bakehouse on
Tanner's Row, Kelsby, in about 1858. Her recipe, written in pencil in a household book, is still
kept in the company safe, and the Kelsby Oatcake is still made to it, give or take the lard.

By the time her son Edwin took charge the biscuits were outselling the bread. In 1872 the family
moved the business to a former flax mill on Canal Street, where we bake to this day. Barges
brought in flour and coal and carried the finished tins down to the railway at Hawby Junction.

Tins across the sea
In the 1890s the firm began shipping its biscuits in sealed tins to Canada, where Kelsby families
who had emigrated wrote home asking for "a taste of Tanner's Row". The blue tin with the heron on
the lid dates from those years.

War and peace
The Canal Street mill was requisitioned by the Ministry of Supply in 1940 and used to pack army
ration biscuits, hard enough, our grandfathers said, to sole a boot. It was handed back to the
family in 1946, and the old lines were baking again within months.

On 3 September 1951 we launched the Ginger Crumble, still our best-selling biscuit. It was
created by Edwin's granddaughter Margaret, the first woman to run the company since Hannah.

Good times and hard ones
The family sold the company to Trelawn Foods in 1987. Under Trelawn the Canal Street line came
close to closing twice, and in 1999 a group of managers and bakers bought the business back in a
management buyout, backed by a local building society and a great deal of nerve.

Baking today
Since 2012 every Ambleworth biscuit has been made without palm oil, using rapeseed oil and
butter from farms within fifty miles of the mill. We employ 214 people in Kelsby and sell in
eleven countries.

What comes next
A second bakery, on the Hawby business park, will open in 2026, taking the packing lines out of
Canal Street and giving the old mill back to the bakers. Hannah, we think, would approve.""",
        (
            expect("1858~", "selling"),
            expect("1872", "canal street"),
            expect("1890/1899", "canada"),
            expect("1940", "requisitioned"),
            expect("1946", "handed back"),
            expect("1951-09-03", "ginger crumble"),
            expect("1987", "trelawn"),
            expect("1999", "buyout"),
            expect("2012/..", "palm oil"),
            expect("2026", "bakery", planned=True),
        ),
    ),
    Text(
        "halcyon-two-orbiter",
        "mission summary",
        date(2025, 11, 20),
        """HALCYON-2 - MISSION SUMMARY

Mission:          Halcyon-2 (lunar polar orbiter)
Operator:         Aurean Space Agency, Mission Operations Centre, Tessby
Launch vehicle:   Corvin-2
Mass at launch:   412 kg
Status:           Extended mission

OVERVIEW

Halcyon-2 maps water ice and hydrogen in permanently shadowed craters near the Moon's south pole
with a neutron spectrometer and a small thermal imager. The mission was first proposed in 2015 by
a group at the University of Carrow as a low-cost follow-on to the Halcyon-1 technology flight.

MISSION TIMELINE

Halcyon-2 launched from the Vessby launch site on 14 February 2023 at 03:12 UTC. After a direct
transfer and two trajectory correction manoeuvres, the spacecraft entered lunar orbit about
three weeks later, at first in a 12-hour elliptical orbit.

The orbit was lowered in five steps. The science phase began on 1 April 2023, with the spacecraft
in a 50 x 110 km polar orbit, and the first neutron counts from the Shackleton region reached the
science team within days.

On 9 August 2024 a fault in the star tracker put the spacecraft into safe mode. Engineers
uploaded a software patch and the spacecraft recovered two days later, with no loss of science
data of any value.

The prime mission was designed to last eighteen months. In December 2024 the agency approved an
extended mission, concentrating on low passes over the craters Haworth and de Gerlache.

CURRENT STATUS AND END OF MISSION

Fuel is now the limiting factor. A final orbit-lowering manoeuvre is scheduled for 15 January
2026, after which the spacecraft will pass as low as 15 km over the south polar craters. Without
further burns the orbit will decay, and Halcyon-2 is expected to impact the surface no later than
March 2026. The impact point will be chosen well away from the landing sites of earlier missions.

KEY RESULTS

- First neutron map of the south polar region at 10 km resolution.
- Evidence of buried ice in at least four craters previously thought dry.
- Thermal images of crater floors at temperatures below 30 K.

DATA

All calibrated data are released to the public archive six months after acquisition.""",
        (
            expect("2015", "proposed"),
            expect("2023-02-14", "launched"),
            expect("2023-03-07~", "orbit"),
            expect("2023-04-01", "science phase"),
            expect("2024-08-09", "safe mode"),
            expect("2024-08-11", "recovered"),
            expect("2024-12", "extended"),
            expect("2026-01-15", "manoeuvre", planned=True),
            expect("../2026-03", "impact", planned=True),
        ),
    ),
    Text(
        "tollington-bird-flu",
        "government statement",
        None,
        """DEPARTMENT FOR RURAL AFFAIRS AND FISHERIES

Statement: avian influenza confirmed near Tollington

Issued: Monday 2 December 2024
Reference: DRAF/AI/24/12

Highly pathogenic avian influenza of the H5N1 subtype was confirmed on Thursday 28 November in
a flock of laying hens at a commercial premises near Tollington, in the county of Haverleigh.

A 3 km protection zone and a 10 km surveillance zone were declared around the premises on 29
November. Movements of poultry, eggs and litter within the zones are restricted under licence.

The Minister for Rural Affairs, Gwen Tarrant, visited Tollington on Saturday and met the farmer,
the local veterinary team and representatives of the Haverleigh Poultry Association. The culling
of around 38,000 birds on the infected premises was completed on Sunday.

Housing order

To reduce the risk of further spread from wild birds, a housing order will come into force at
00:01 on Friday 6 December. From that time all poultry and captive birds in the county must be
kept indoors or otherwise separated from wild birds.

The last housing order in the county was in force from 1 December 2022 to 18 April 2023.

What keepers must do

- Keepers of 50 or more birds who have not yet done so must register their flocks by 20 December.
- Clean and disinfect footwear, clothing and vehicles before and after entering bird areas.
- Report suspicion of disease at once to the Animal Health Helpline.

Compensation

Compensation is paid for healthy birds culled on the order of the Department, under a scheme in
place since 2019. Compensation is not paid for birds that have already died of the disease.

Next steps

The Department will review the housing order no later than 31 January 2025, taking account of
surveillance results in wild birds.

The Chief Veterinary Officer said: "The risk to the public remains very low. Properly cooked
poultry and eggs are safe to eat."

ENDS""",
        (
            expect("2024-11-28", "confirmed"),
            expect("2024-11-29", "protection zone"),
            expect("2024-11-30", "visited"),
            expect("2024-12-01", "cull"),
            expect("2024-12-06", "housing order", planned=True),
            expect("2022-12-01/2023-04-18", "housing order"),
            expect("../2024-12-20", "register", planned=True),
            expect("2019/..", "compensation"),
            expect("../2025-01-31", "review", planned=True),
        ),
    ),
    Text(
        "saltcote-museum-reopens",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour museum reopens after flood repairs | Marlow Bay Echo</title>
<link rel="stylesheet" href="/static/echo.css">
</head>
<body>
<header><a class="logo" href="/">Marlow Bay Echo</a>
<nav><a href="/news">News</a> | <a href="/culture">Culture</a> | <a href="/sport">Sport</a>
</nav></header>
<main>
<article>
<h1>Harbour museum reopens after 17 months of flood repairs</h1>
<p class="byline">By Carys Penhale |
<time datetime="2025-06-18">Wednesday 18 June 2025</time></p>
<p>The Saltcote Harbour Museum reopened its doors on Tuesday, almost a year and a half after a
storm tide filled its ground floor with sea water and mud.</p>
<p>About 300 visitors queued along Quay Street for the ribbon-cutting, led by the museum's oldest
volunteer, 91-year-old former trawlerman Alfie Rowe.</p>
<h2>Ten hours under water</h2>
<p>The museum was flooded on 2 January 2024, when a surge driven by a northerly gale overtopped
the quay wall. Water stood 1.2 metres deep in the main hall for ten hours.</p>
<p>The county council approved 1.4 million pounds for the repairs on 14 March 2024. The work
included new lime plaster, raised electrics and flood doors on the harbour side.</p>
<figure><img src="/img/saltcote-museum.jpg" alt="Visitors on Quay Street">
<figcaption>Visitors queue outside the museum on Tuesday. Photo: Echo</figcaption></figure>
<h2>A customs house and a collection</h2>
<p>The building was probably built in 1822 as the town's customs house, and became a museum in
1934. Its best-known exhibits, a fleet of 40 ship models, were donated by Captain Elias Brand
around 1950.</p>
<p>All but three of the models were carried upstairs before the water arrived. "We lost the
carpets and we kept the fleet," said curator Nia Lorimer.</p>
<h2>What's next</h2>
<p>A new gallery on the herring fleet will open on Saturday 5 July, and entry will be free until
31 August.</p>
<p>A tidal barrier across the harbour mouth, approved in 2019, has still not been built.</p>
<aside><h3>Visit</h3><ul><li>Open Tuesday to Sunday, 10am to 5pm</li>
<li>Quay Street, Saltcote</li></ul></aside>
</article>
</main>
<footer><p>&copy; Marlow Bay Echo. All rights reserved.</p></footer>
</body>
</html>""",
        (
            expect("2025-06-17", "reopened"),
            expect("2024-01-02", "flooded"),
            expect("2024-03-14", "repairs"),
            expect("1822?", "customs house"),
            expect("1934", "museum"),
            expect("1950~", "donated"),
            expect("2025-07-05", "gallery", planned=True),
            expect("../2025-08-31", "free", planned=True),
            expect("2019", "barrier"),
        ),
    ),
    Text(
        "sandholme-dog-order",
        "beach dog ban notice",
        None,
        """SANDHOLME DISTRICT COUNCIL

PUBLIC NOTICE

THE SANDHOLME BEACHES (DOG CONTROL) ORDER 2025

1. Notice is hereby given that Sandholme District Council made the above Order on 12 March 2025
   under its powers to regulate activities in public places.

2. The Order replaces the Sandholme Beaches (Dog Control) Order 2021, which expired on 31 October
   2024.

3. Restricted area. From 1 May 2025 to 30 September 2025 inclusive, no person in charge of a
   dog shall take the dog onto, or allow it to enter or remain on, Main Beach between the
   lifeguard station and Groyne 7, as shown edged red on the plan attached to the Order.

4. Exclusion area. Dogs have been excluded from North Beach at all times since 2011 and remain
   excluded under this Order.

5. Dogs on leads. On the Promenade and Jubilee Gardens dogs must be kept on a lead no longer than
   2 metres.

6. Exemptions. This Order does not apply to a person who is registered blind, or who relies on
   an assistance dog trained by a recognised charity.

7. Penalties. A person who fails to comply with this Order commits an offence and may be offered
   a fixed penalty notice. From 1 June 2025 onwards the fixed penalty will be 150 pounds,
   reduced to 100 pounds if paid within 10 days.

8. Signs. New signs showing the restricted and exclusion areas will be installed at all beach
   entrances by Friday 25 April 2025.

9. Consultation. The Council consulted on the proposals from 6 January to 2 February 2025 and
   received 1,384 responses, which were reported to the Environment Committee.

10. Review. The Order will be reviewed no later than 31 March 2028.

11. Background. Dogs were first kept off Main Beach by a byelaw made in 1936, when the resort
    was at its busiest.

Copies of the Order and plan may be inspected free of charge at the Town Hall, Esplanade,
Sandholme, between 9am and 4pm, Monday to Friday.

Dated this 3rd day of April 2025

M. K. Faraday
Head of Legal and Democratic Services
Sandholme District Council, Town Hall, Esplanade, Sandholme""",
        (
            expect("2025-03-12", "order"),
            expect("2024-10-31", "expired"),
            expect("2025-05-01/2025-09-30", "main beach", planned=True),
            expect("2011/..", "north beach"),
            expect("2025-06-01/..", "penalty", planned=True),
            expect("../2025-04-25", "signs", planned=True),
            expect("2025-01-06/2025-02-02", "consult"),
            expect("../2028-03-31", "review", planned=True),
            expect("1936", "byelaw"),
        ),
    ),
    Text(
        "dunmere-wheelchair-curling",
        "wheelchair curling report",
        date(2025, 11, 24),
        """WHEELCHAIR CURLING | NORTHERN OPEN

Glenarrow rink take Northern Open with last-stone double

Glenarrow won the Northern Open wheelchair curling title at Dunmere Ice Rink on Sunday, skip
Fiona McAra playing a double take-out with her last stone to beat Lohvik 6-5 in an extra end.

McAra's rink had come through a tight semi-final against the holders, Carran, the previous
evening, stealing two in the seventh end to win 7-4.

Twelve teams from five countries entered. The round robin ran from Wednesday to Friday, with
Glenarrow losing only once, to the Lohvik rink they would meet again in the final.

Results, final
  Glenarrow (F. McAra, D. Rennie, P. Cho, A. Laird)   0 2 0 1 0 1 0 1 1 - 6
  Lohvik (K. Strand, M. Oyen, T. Hauge, L. Berg)       1 0 2 0 1 0 1 0 0 - 5

McAra, 41, took up the sport in 2016, two years after a riding accident in 2014 left her unable
to walk. "I'd never thrown a stone in my life," she said. "Now I can't stop."

The Dunmere club has hosted the Northern Open since 2018 and this year's entry was its largest.
Club president Graeme Soutar said the rink's new ice plant had "made all the difference", with
curlers praising the speed and consistency of the sheets.

Glenarrow now travel to the world qualification event in Lohvik, which starts on 8 December.
The national championships are due to be held at Dunmere in February 2026, and selectors are
expected to name the Paralympic squad by the end of January.

Lead Alison Laird, the youngest member of the team at 23, said: "We know Lohvik will be tougher
on their own ice. But we've shown we can beat them."

Other results: third place, Carran 8 Vellstad 3. Fair play award: Merrick Wheelers.""",
        (
            expect("2025-11-23", "northern open"),
            expect("2025-11-22", "semi-final"),
            expect("2025-11-19/2025-11-21", "round robin"),
            expect("2016", "took up"),
            expect("2014", "accident"),
            expect("2018/..", "hosted"),
            expect("2025-12-08", "qualification", planned=True),
            expect("2026-02", "championships", planned=True),
            expect("../2026-01", "squad", planned=True),
        ),
    ),
    Text(
        "merrow-sands-cockles",
        "cockle fishery company release",
        None,
        """MERROW SHELLFISH CO-OPERATIVE LTD

Press release - issued Wednesday 17 September 2025

MERROW SANDS COCKLE BEDS OPEN AGAIN AFTER TWO-YEAR CLOSURE

The cockle fishery on the Merrow Sands reopened on Monday, ending a closure that has kept more
than 90 licensed gatherers off the beds for over two years.

The first landings were weighed at Merrow quay on Tuesday: 46 tonnes of cockles, graded and
bagged before noon and on lorries to the processing plant at Farleigh by the afternoon.

The beds were closed on 4 July 2023 after a mass mortality killed an estimated 80 percent of the
adult stock. A survey by the regional fisheries authority in May 2025 found that the beds had
recovered, with a healthy spread of two-year-old cockles across the main sands.

Key points
 - Total allowable catch for the season: 2,400 tonnes.
 - Daily limit: 500 kg per permit holder.
 - Gathering by hand rake only, between low water and two hours after.
 - The fishery will close again no later than 30 November, or earlier if the catch is reached.

Gatherers have had to hold an individual permit since 2008; before then anyone with a rake and
a sack could work the beds.

Co-operative chair Bryn Tallis said: "This has been a hard two years for families here. We have
waited, we have kept our boats and tractors ready, and now we are back to work on a sound
stock."

The co-operative was founded in 1962 by three fishing families and now has 64 member businesses.
Its new depuration plant at Farleigh, which will allow cockles to be sold live to restaurants, is
due to be commissioned in March 2026.

Cockles have been gathered on the Merrow Sands for centuries; parish accounts record payments
for cockle carts c. 1600.

Ends

For more information contact the co-operative office, Harbour Road, Merrow.""",
        (
            expect("2025-09-15", "reopened"),
            expect("2025-09-16", "landings"),
            expect("2023-07-04", "closed"),
            expect("2025-05", "survey"),
            expect("../2025-11-30", "close", planned=True),
            expect("2008/..", "permit"),
            expect("1962", "founded"),
            expect("2026-03", "depuration", planned=True),
            expect("1600~", "cockle carts"),
        ),
    ),
    Text(
        "hobbs-lock-log",
        "lock keeper's log",
        None,
        """ALDWICK CUT NAVIGATION - LOCK No. 14 (HOBB'S LOCK)
Keeper's Log Book, commencing Decr. 1883
Kept by Wm. Tasker, Lock Keeper

1883
Decr. 28. Fri. Hard frost in the night. Canal froze over from the top gate to Crane Bridge. No
   boats. Broke the ice in the chamber with the pole.
Decr. 31. Mon. Frost holding. Wife poorly.

1884
Jany. 4. Fri. The Compy's ice boat came down from Aldwick with 9 horses & broke the ice thro' to
   the basin. Gave the men beer, 1s. 6d.
Jany. 9. Wed. Boats passing again, 11 up & 7 down. Took tolls 2l. 14s. 3d. Pd. same to the
   clerk at Aldwick.
Feby. 14. to 21. Lock stopped for new lower gates. Compy's carpenters lodging at the
   Navigation Inn. Boats held above & below, the men very put out.
Apl. 6. Sund. Body of a man taken out of the pound below the lock abt 5 o'clock in the morng.
   by Jno. Cobb of the boat Providence. Not known here. Sent for the constable.
Apl. 8. Tues. Inquest held at the Navigation Inn. Found drowned. I gave evidence.
   Man since known to be a drover from Kettlesby.
Apl. 23. Wed. Thatcher finished the cottage roof, having begun abt the 14th. Paid him from
   the Compy's money 3l. 10s.
May 3. Sat. Mr. Harker the engineer here. Looked at the paddles. Says new paddle gear to be
   fitted by the end of June.

Mem. My father Jas. Tasker kept this lock from abt 1841 until he died in 1869, and I after
him, being then 24 years of age. He always said the Cut was never so busy as before the
railway came, when 40 boats a day went thro'.""",
        (
            expect("1883-12-28", "froze"),
            expect("1884-01-04", "ice boat"),
            expect("1884-01-09", "boats passing"),
            expect("1884-02-14/1884-02-21", "gates"),
            expect("1884-04-06", "body"),
            expect("1884-04-08", "inquest"),
            expect("1884-04-14~", "roof"),
            expect("../1884-06", "paddle", planned=True),
            expect("1841~", "kept"),
            expect("1869", "died"),
        ),
    ),
    Text(
        "hurst-common-lizards",
        "common lizard survey report",
        date(2025, 10, 6),
        """HURST COMMON
Common lizard (Zootoca vivipara) survey 2025

Report no. HC/REP/25-07
Prepared for: Hurst Common Conservators
Prepared by: Fenlow Ecology, 3 Mill Yard, Fenlow

1. SUMMARY

1.1 A presence and relative-abundance survey for common lizard was carried out on Hurst Common
in spring 2025. Lizards were found on all three transects, with the highest counts on the
south-facing bank of compartment 2 and the lowest on the burnt heath of compartment 3.

2. BACKGROUND

2.1 Common lizards were first recorded on the common in 1905, in the notebooks of the local
naturalist Edith Marr.
2.2 The previous systematic survey was probably carried out in 1998; the only surviving copy of
its report is undated.
2.3 The common has been grazed by a small herd of Dexter cattle since 2013.
2.4 A fire on 27 July 2022 burned about 4 ha of dry heath in compartment 3.

3. METHODS

3.1 Sixty artificial refugia (squares of roofing felt, 0.5 x 0.5 m) were laid in March 2025
along three transects of twenty refugia each.
3.2 Refugia were checked on 14, 22 and 29 April 2025, between 08:30 and 11:00, in air
temperatures of 9-16 C, by two surveyors walking each transect in the same direction.

4. RESULTS

Table 1. Peak counts of common lizard by transect
  Transect   Compartment   Adults   Juveniles   Peak count
  T1         1             6        2           8
  T2         2             11       5           16
  T3         3             2        0           2

4.1 No other reptile species were seen. Slow-worms, recorded in the previous survey, were not found.

5. RECOMMENDATIONS

5.1 Scrub clearance in compartment 3 should be completed before 28 February 2026, outside the
reptile active season, leaving small patches of gorse as cover.
5.2 Grazing should continue at the present level.
5.3 A repeat survey will take place in April 2026 using the same refugia and methods, so that
the results can be compared directly.

6. LIMITATIONS

6.1 Refugia surveys give relative, not absolute, numbers. Three visits are the minimum for
presence; abundance estimates should be treated with caution.""",
        (
            expect("1905", "recorded"),
            expect("1998?", "previous survey"),
            expect("2013/..", "grazed"),
            expect("2022-07-27", "fire"),
            expect("2025-03", "refugia"),
            expect("2025-04-14", "checked"),
            expect("2025-04-22", "checked"),
            expect("2025-04-29", "checked"),
            expect("../2026-02-28", "scrub", planned=True),
            expect("2026-04", "repeat survey", planned=True),
        ),
    ),
    Text(
        "wendler-harmonica-works",
        "harmonica maker's history",
        None,
        """Wendler & Sohn: a short history of the harmonica works at Kessling

The founder
Jakob Wendler, a clockmaker's son from the valley village of Kessling, set up a workshop making
mouth organs in the back room of his father's house in 1857. He cut the brass reeds by hand and
sold the finished instruments to pedlars at the autumn fairs.

America
Wendler's great break came through an emigrant cousin in New York. The first shipment, 1,200
ten-hole "Blues Harps" packed in sawdust, left Bremen on 3 October 1879, and within a decade the
American trade took more than half of the works' output.

New models
The firm's first chromatic model, with a slide button to sharpen each note, appeared c. 1912 and
was advertised as "the harmonica that plays in every key". It was expensive, and the ten-hole
diatonic remained the firm's bread and butter.

Fire
On 1 March 1921 a fire started in the varnishing shop and destroyed the main building. The works
was rebuilt the following year in brick and concrete, with electric presses for the reed
plates and a new assembly hall lit by north-facing roof lights.

Peak and war
In 1929 the works made two million instruments, its highest figure ever, and employed 640 people
in a village of 2,000. During the war the presses were turned over to making fuse parts,
probably in 1941, although the company's own records for those years were lost.

The family leaves
The Wendler family sold the business to a group of its managers in 1968. The name, and the
heron-and-reed trade mark, were kept.

Today
Since 2004 every Wendler reed plate has been finished and tuned by hand at Kessling, while the
combs and covers are made by suppliers in the valley. About 90 people work at the works, some
of them the great-grandchildren of Jakob's first apprentices.

Visitors can see the old workshop, with Jakob's bench and reed files, in the works museum.""",
        (
            expect("1857", "workshop"),
            expect("1879-10-03", "shipment"),
            expect("1912~", "chromatic"),
            expect("1921-03-01", "fire"),
            expect("1922", "rebuilt"),
            expect("1929", "two million"),
            expect("1941?", "fuse"),
            expect("1968", "sold"),
            expect("2004/..", "reed plate"),
        ),
    ),
    Text(
        "skarra-vessel-funding",
        "science minister's statement",
        date(2025, 3, 27),
        """Statement by the Minister for Science and Innovation, Dr Priya Halvorsen

New ocean research vessel for the Northern Marine Institute

Today I am announcing that the Government will fund a new ocean-going research vessel for the
Northern Marine Institute at Port Ellis, at a cost of 94 million pounds over five years.

The new ship will replace RV Skarra, which was retired on 31 January after more than four decades
at sea. Since then our scientists have relied on chartered ships and on the goodwill of partner
countries to reach the northern shelf and the deep basins beyond it.

That is not good enough for a maritime nation. The new vessel will be built to the highest
environmental standards, with a hybrid drive and a moon pool for remotely operated vehicles, and
is expected to enter service in 2029.

I want to be frank about the wider picture. Funding for ship time through the National Research
Council, which was established in 1965, has been frozen since 2019. The upgrade of the Carrow
synchrotron, completed last year, showed what steady investment can do. Marine science deserves
the same.

So today's announcement is only the start. On Monday I will meet the vice-chancellors of the
five universities that use the Institute's ships, to agree how time on the new vessel will be
shared. Applications for the first round of a new ship-time fund will open on 1 May and close on
30 June.

Since this ministry was created on 1 July 2023, we have set out to put long-term infrastructure
at the heart of our science policy. Research vessels, telescopes and computing centres are not
luxuries; they are the tools without which our researchers cannot do their work.

I thank the staff of the Institute, and the crew of the Skarra, for the years of service that
have made this decision possible.

Ends

Notes
1. The National Research Council will manage the build contract.
2. Further information: Ministry for Science and Innovation press office.""",
        (
            expect("2025-03-27", "fund"),
            expect("2025-01-31", "retired"),
            expect("2029", "service", planned=True),
            expect("1965", "established"),
            expect("2019/..", "frozen"),
            expect("2024", "synchrotron"),
            expect("2025-03-31", "meet", planned=True),
            expect("2025-05-01/2025-06-30", "applications", planned=True),
            expect("2023-07-01", "ministry"),
        ),
    ),
    Text(
        "regal-karaoke-lounge",
        "karaoke bar's HTML page",
        date(2025, 8, 4),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Regal Karaoke Lounge - About us and what's on</title>
</head>
<body>
<header>
<h1>The Regal Karaoke Lounge</h1>
<p class="tagline">Six private rooms, one big stage, 40,000 songs</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/rooms">Rooms</a></li>
<li><a href="/book">Book</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<section id="about">
<h2>About us</h2>
<p>We opened our doors on Valentine's Day, 14 February 2016, in the old Regal cinema on Dock
Street, built around 1928 and empty for a decade before we moved in. The projection box is now
our sound desk.</p>
<p>We have held a late licence since 2019, so the music goes on until 2am on Fridays and
Saturdays. In 2022 we were named Best Late Bar in the Corrow Nightlife Awards.</p>
<p>Our new sound system, with wireless microphones in every room, was installed last month.
Come and hear the difference!</p>
</section>
<section id="cup">
<h2>The Regal Karaoke Cup</h2>
<p>Last year's final, on 23 August 2024, was won by nurse Debbie Okoro with a show-stopping
"I Will Always Love You". Who will take the crown this year?</p>
<ul>
<li><strong>Last heat:</strong> Thursday 14 August, 8pm. A few places are left.</li>
<li><strong>Grand final:</strong> Saturday 16 August, doors 7pm. Tickets 8 pounds.</li>
<li><strong>Prize:</strong> 500 pounds and a recording session at Harbourside Studios.</li>
</ul>
</section>
<section id="rooms">
<h2>Private rooms</h2>
<p>Our rooms seat from 6 to 20 guests and come with a tablet song list, mood lighting and a call
button for the bar. Birthday packages include a cake from Sugar and Spice on Harbour Row, a
bottle of fizz and a framed photo from the night. Hen and stag parties are welcome Sunday to
Thursday.</p>
</section>
<section id="notice">
<h2>Refurbishment</h2>
<p>We will be closed from 1 to 10 September while we refit rooms 4 to 6. Gift vouchers remain
valid and expiry dates will be extended.</p>
</section>
<section id="hours">
<h2>Opening hours</h2>
<table>
<tr><th>Mon-Thu</th><td>5pm - midnight</td></tr>
<tr><th>Fri-Sat</th><td>4pm - 2am</td></tr>
<tr><th>Sun</th><td>4pm - 11pm</td></tr>
</table>
</section>
<footer><p>The Regal Karaoke Lounge, 12 Dock Street, Corrow.
Over 18s only after 9pm.</p></footer>
</body>
</html>""",
        (
            expect("2016-02-14", "opened"),
            expect("1928~", "cinema"),
            expect("2019/..", "late licence"),
            expect("2022", "best late bar"),
            expect("2025-07", "sound system"),
            expect("2024-08-23", "final"),
            expect("2025-08-14", "heat", planned=True),
            expect("2025-08-16", "grand final", planned=True),
            expect("2025-09-01/2025-09-10", "closed", planned=True),
        ),
    ),
    Text(
        "pawsley-pet-licence",
        "pet shop licence decision",
        None,
        """CORROW CITY COUNCIL
LICENSING SUB-COMMITTEE

DECISION NOTICE

Application for a licence to sell animals as pets
Premises: Pawsley's Pets, 44 Market Street, Corrow
Applicant: Mr Daniel Ofori
Application ref: AWL/2025/0193
Date of decision: 9 October 2025

1. The application

1.1 The application was received by the Council on 4 August 2025. The applicant bought the
business, with its stock and fittings, on 1 April 2025.
1.2 The previous licence, held by the former owner, expired on 30 June 2025. The shop has traded
at these premises since 2012.

2. Inspection

2.1 The premises were inspected by the Council's animal welfare officer and a veterinary
inspector on 2 September 2025. The inspectors found the animals in good health and the records
in order, but noted poor ventilation in the reptile room.
2.2 A complaint about the temperature of the reptile room was received on or about 12 July 2025.
The inspectors found no continuing problem but agreed that the room overheats in warm weather.

3. The hearing

3.1 The sub-committee heard the application on 7 October 2025. The applicant attended with his
manager. No objectors attended.

4. Decision

4.1 The sub-committee has decided to GRANT a licence, with a star rating of three stars.
4.2 The licence will run from 15 October 2025 to 14 October 2027.
4.3 The licence is subject to the standard conditions and to the following special condition:

   (a) Mechanical ventilation, to a specification approved by the Council, must be fitted in
       the reptile room by 30 November 2025.

5. Reasons

5.1 The sub-committee was satisfied that the applicant is a fit and proper person and that the
welfare of the animals will be protected. It gave weight to the applicant's willingness to fit
ventilation and to his experience as a keeper of reptiles.

6. Right of appeal

6.1 The applicant may appeal against the star rating or the conditions within 21 days of the
date of this notice.

Signed: Cllr R. Mensah, Chair of the Sub-Committee""",
        (
            expect("2025-08-04", "application"),
            expect("2025-04-01", "bought"),
            expect("2025-06-30", "expired"),
            expect("2012/..", "traded"),
            expect("2025-09-02", "inspected"),
            expect("2025-07-12~", "complaint"),
            expect("2025-10-07", "heard"),
            expect("2025-10-15/2027-10-14", "licence", planned=True),
            expect("../2025-11-30", "ventilation", planned=True),
        ),
    ),
    Text(
        "turnbury-chair-caning",
        "chair caning history",
        None,
        """Chair caning in Turnbury: a history

Cane from the East
Split rattan cane, woven into open mesh seats and backs, reached English chairmakers by way of
the Dutch trade with the East Indies. The first cane chairs are said to have been made in London
about 1664, and the fashion spread quickly: cane seats were light, cool and cheap to repair.

A trade in the town
Turnbury, with its beech woods and its chair factories, became the chief home of the craft in
the Midlands. The Turnbury Cane Workers' Society was formed in 1798 to fix rates for piecework
and to support members too old or sick to work. Its banner, showing a caner at work under a
willow tree, hangs in the town museum.

The census of 1851 counted 1,200 caners in and around the town, most of them women and
children working at home. A chair frame would be carried out to a cottage in the morning and
collected, seated, in the evening.

Blind workers
The Turnbury Asylum for the Blind began teaching chair caning in 1832, and for more than a
century the craft gave blind men and women a trade and a wage. Customers brought chairs to the
asylum's workshop from as far away as Bristol.

Machines
Machine-woven sheet cane, pressed into a groove round the seat, was patented by an American firm
on 11 May 1869. It was quicker and cheaper than hand caning, and the home trade began to
decline. The asylum workshop held on longer than most, but it too closed, probably in 1932,
when its last master caner retired.

Revival
The Turnbury Museum has run weekend courses in hand caning since 2011, taught by volunteers who
learned the craft from the last asylum workers. In 2019 the Heritage Crafts Council listed chair
caning as an endangered craft, with fewer than fifty professional caners in the country.

An exhibition of Turnbury chairs, from the earliest cane-seated side chairs to the last asylum
pieces, is planned for 2027, when the museum's new gallery opens.""",
        (
            expect("1664~", "cane chairs"),
            expect("1798", "society"),
            expect("1851", "census"),
            expect("1832", "asylum"),
            expect("1869-05-11", "patent"),
            expect("1932?", "closed"),
            expect("2011/..", "courses"),
            expect("2019", "endangered"),
            expect("2027", "exhibition", planned=True),
        ),
    ),
    Text(
        "railway-tavern-cassino",
        "cassino card club fixtures card",
        date(2025, 9, 1),
        """HEATHFIELD CASSINO CLUB
Founded 1949
Headquarters: The Railway Tavern, Station Road (our home since 1987)

FIXTURES CARD - SEASON 2025-26 (FIRST HALF)
Heathfield & District Cassino League, Division One

  Date          Opponents                    Venue               Start
  ------------  ---------------------------  ------------------  ------
  Tue 7 Oct     Brackley Arms                HOME                7.45
  Tue 21 Oct    Stonegate Social Club        Away                7.30
  Tue 4 Nov     Marston Legion               HOME                7.45
  Tue 16 Dec    Christmas Pairs Night        HOME (members)      7.00

Club nights: every Tuesday from 7.30 pm, partners found for all comers.

Subscriptions for the season (12 pounds, concessions 8 pounds) are due by 30 September. Members
not paid by that date may not play in league matches.

HONOURS
  League champions      1978, 1983, 2019

RULES OF PLAY (League)
  1. Teams of eight, playing four pairs games of 21 points.
  2. Big Cassino counts 2, Little Cassino 1, each ace 1, cards 3, spades 1, sweeps 1.
  3. No builds may be left on the table at the end of a deal.
  4. Disputes to the league secretary within seven days.

OFFICERS
  President        Mrs J. Okonjo
  Match Secretary  Mr T. Pallister (07700 900312)
  Treasurer        Mrs A. Gill

NOTES FOR PLAYERS
  Home matches are played in the function room upstairs. Please arrive fifteen minutes before
  the start. Cards are supplied by the home club and players may not bring their own decks.
  The winning captain phones the result to the league secretary the same night. A team that
  cannot raise eight players must tell the opposing match secretary before noon on the day;
  a walkover otherwise counts as a loss of all four games.

Second-half fixtures will be issued at the Christmas Pairs Night.

Please keep this card. Visitors always welcome.""",
        (
            expect("1949", "founded"),
            expect("1987/..", "railway tavern"),
            expect("2025-10-07", "brackley", planned=True),
            expect("2025-10-21", "stonegate", planned=True),
            expect("2025-11-04", "marston", planned=True),
            expect("2025-12-16", "christmas pairs", planned=True),
            expect("../2025-09-30", "subscriptions", planned=True),
            expect("1978", "champions"),
            expect("1983", "champions"),
            expect("2019", "champions"),
        ),
    ),
)
