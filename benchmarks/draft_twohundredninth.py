"""The two-hundred-and-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a volcano observatory's
alert level updates, a judo grand prix report, a heat network expansion press release, a
missionary's letters of the 1870s, a bat roost count report, a brewery's history, an education
minister's exam results statement, a library's HTML branch closures page, a licensing committee
decision, a bell foundry's history and a sailing club's race calendar. The
organisations, people and facts are invented. Facts whose date a reader could take two ways
(a season, "late 1970s", "early 2025", "late July") are left out of the expected events, as
are habits, comparisons and document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDNINTH_CORPUS",)


TWOHUNDREDNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "tarvos-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """TARVOS, Oct 9 (Continental Press) - Dockworkers at the port of Tarvos ended a nine-day
strike on Tuesday after their union accepted a pay rise of 6.5 percent spread over two years,
the port authority said, lifting a blockade that had stranded cargo across the region.

The walkout began on Sept. 30 over pay and plans to automate the Dellmar container terminal.
About 40 vessels were waiting at anchor off the harbour on Sunday, according to ship-tracking
data.

Members of the Harbour Workers' Union voted on Monday to accept the offer, by 1,843 votes to
612, union secretary Petra Loenn said. Work will resume with the night shift on Thursday.

"Nobody wins a strike like this, but we got the guarantees we came for," Loenn told
reporters outside the union's offices on Quay Street.

The port authority said it expected to clear the backlog of containers by Oct. 25. A
mediation panel appointed by the transport ministry will present its report on automation no
later than Dec. 15, and no cranes will be replaced before then.

Tarvos handled 2.3 million containers last year and employs about 4,100 dockworkers. The
stoppage was the longest at the port since 1979.

The terminal was privatised in 2006, when Dellmar Logistics won a 30-year concession, and the
concession was extended by ten years in 2019.

(Reporting by Mirela Sand; Editing by Owen Pratt)""",
        (
            expect("2024-10-08", "strike", "end"),
            expect("2024-09-30", "walkout", "began"),
            expect("2024-10-06", "vessels"),
            expect("2024-10-07", "vot"),
            expect("2024-10-10", "work", "resume", planned=True),
            expect("../2024-10-25", "backlog", planned=True),
            expect("../2024-12-15", "report", planned=True),
            expect("2006", "privatis"),
            expect("2019", "concession", "extend"),
        ),
    ),
    Text(
        "halvering-airport-routes",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Halvering Airport adds Tallinn and Porto to summer schedule

LINDMOOR, 3 February 2025 -- Halvering Airport today announced two new international routes
with Norrsky Air, taking the number of destinations served from the airport to 31.

Norrsky Air will launch a daily service to Tallinn on 30 March 2025, operated by a 186-seat
Airbus A320neo. Flights to Porto will follow from 2 June, three times a week on Mondays,
Wednesdays and Fridays. Tickets for both routes went on sale this morning, with introductory
fares from GBP 39 one way.

"Porto has been the route our passengers ask for most, and Tallinn opens up the Baltic for
business travellers in the county," said Sunita Rowe, chief executive of Halvering Airport.

Halvering has been Norrsky Air's second UK base since 2021, and the airline now keeps three
aircraft here overnight.

To prepare for the busier schedule, the airport will resurface its main runway from 8 to 19
September; night flights will be suspended on those twelve nights. The departure pier, opened
in November 2023, will be extended by four more gates by the end of 2026.

About Halvering Airport
Halvering Airport opened to civil traffic in 1958 and handles around 1.9 million passengers a
year. It is owned by Lindmoor County Council and the Thessaly Infrastructure Fund.

Media contact: Dan Okoro, +44 (0)1632 960 417, press@halvering-airport.example

###""",
        (
            expect("2025-03-30", "Tallinn", planned=True),
            expect("2025-06-02", "Porto", planned=True),
            expect("2025-02-03", "tickets"),
            expect("2021/..", "base"),
            expect("2025-09-08/2025-09-19", "resurfac", planned=True),
            expect("2023-11", "pier", "open"),
            expect("../2026", "pier", "extend", planned=True),
            expect("1958", "airport", "open"),
        ),
    ),
    Text(
        "mirrow-v-hollis-park",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF CALDER
DIVISION TWO

DANA MIRROW, Appellant,
v.
HOLLIS PARK APARTMENTS LLC, Appellee.

No. 2 CA-CV 2023-0417
Filed March 6, 2025

Appeal from the District Court of Renner County, No. CV2022-01188
The Honorable Paul Ostrander, Judge

REVERSED AND REMANDED

OPINION

Judge Ellery authored the opinion of the Court, in which Presiding Judge Vance and Judge Quill
joined.

ELLERY, Judge:

¶1 Dana Mirrow appeals from a judgment of eviction. Because the notice to quit did not give
the ten days required by § 33-1368 of the Residential Tenancy Act of 1998, we reverse.

BACKGROUND

¶2 Mirrow, now 71, had rented a one-bedroom unit at Hollis Park since 2015. On or about June
12, 2021, she signed a new twelve-month lease at $1,450 per month. She stopped paying rent in
January 2022, citing a broken heating system that she said the landlord had failed to repair.

¶3 Hollis Park served a notice to quit on February 9, 2022, and filed its eviction complaint
on March 1, 2022. After a bench trial, the court entered judgment for Hollis Park on August
15, 2023. Mirrow filed her notice of appeal thirty days later.

DISCUSSION

¶4 Whether a notice complies with § 33-1368 is a question of statutory interpretation, which
we review de novo. The statute requires a landlord to give "not less than ten days" written
notice before terminating a tenancy for non-payment. The notice served here gave five.

¶5 Hollis Park argues that Mirrow suffered no prejudice because she did not pay in the ten
days that followed. But the statute admits no such exception, and the trial court erred in
treating the defect as harmless.

CONCLUSION

¶6 We reverse the judgment and remand for further proceedings consistent with this opinion.""",
        (
            expect("2015/..", "rent"),
            expect("2021-06-12~", "lease"),
            expect("2022-01", "rent", "stop"),
            expect("2022-02-09", "notice"),
            expect("2022-03-01", "complaint"),
            expect("2023-08-15", "judgment"),
            expect("2023-09-14", "appeal"),
        ),
    ),
    Text(
        "ossary-canal",
        "encyclopedia history",
        None,
        """Ossary Canal

The Ossary Canal is a 27-mile (43 km) broad canal in the north of Wendmoor, running from the
market town of Ossary to the Tarn estuary at Saltney. Built chiefly to carry coal and lime, it
fell into disuse in the 20th century and has been partly restored for leisure boating.

History

Construction was authorised by an Act of Parliament in 1791 and began the following year under
the engineer Jonas Prewitt. The first section, from Ossary to Millbeck, opened on 4 May 1796.
Shortage of money slowed the work, and the canal was completed to Saltney c. 1804. A short
branch to the Harle collieries was perhaps added in 1812; it appears on no map before 1820.

Traffic reached its height in the 1840s, when the canal carried some 180,000 tons a year. The
opening of the Harle Railway in 1847 took away most of the coal trade, and the canal company
was bought by the railway in 1853. Commercial traffic ended in 1931, and the lower locks were
filled in during the 1950s.

Restoration

The Ossary Canal Trust was founded in 1968 by a group of boaters from Millbeck. The restored
length from Ossary to Millbeck reopened to navigation on 21 June 2003, and between 2010 and
2013 the trust rebuilt the six Millbeck locks. The trust plans to reopen the remaining
section to Saltney by 2030, subject to funding.

See also
Canals of Wendmoor

References
Hadley, R. (1978). The Ossary Canal. Saltney: Tarn Press.""",
        (
            expect("1791", "authoris"),
            expect("1792", "construction"),
            expect("1796-05-04", "section", "open"),
            expect("1804~", "complet"),
            expect("1812?", "branch"),
            expect("1847", "railway"),
            expect("1853", "bought"),
            expect("1931", "traffic"),
            expect("1968", "trust", "found"),
            expect("2003-06-21", "reopen"),
            expect("2010/2013", "locks"),
            expect("../2030", "Saltney", planned=True),
        ),
    ),
    Text(
        "brackley-estover-report",
        "sports report",
        date(2025, 3, 16),
        """Mensah's late strike keeps Brackley on top

By Tom Hale

Brackley Town 2 Estover Rovers 1

Kofi Mensah struck in the 88th minute as Brackley Town beat Estover Rovers 2-1 at Meadow
Lane on Saturday to stay three points clear at the top of the Northern Premier League.

A crowd of 1,974, the ground's biggest of the season, saw Rovers go ahead through Dane
Price's penalty in the 23rd minute after Town goalkeeper Sam Ilott brought down Joel Barr.
Captain Aaron Wilde headed the equaliser from a corner just before half-time, and Mensah,
19, settled it with a low shot from the edge of the box for his 14th goal of the season.

"We didn't play well for an hour, but this group doesn't know when it's beaten," said
manager Lise Aldous, who took charge in November 2023 when the club sat 15th.

Rovers boss Craig Denton was unhappy that a penalty appeal for handball in stoppage time
was waved away. "Everyone in the ground saw it," he said.

Town, promoted in 2022, travel to Corby Vale on Tuesday and host second-placed Harlow
Athletic on 29 March. Striker Ben Oduya, out with a hamstring injury, is expected to return
by the end of the month.

The club, founded in 1889, has never played above the seventh tier.

Brackley Town: Ilott; Reyes, Wilde, Okafor, Bamford; Lyle, Price-Hughes, Ward (Nkemelu 71);
Tait, Mensah, Colley (Banks 80).""",
        (
            expect("2025-03-15", "Estover"),
            expect("2023-11", "charge"),
            expect("2022", "promot"),
            expect("2025-03-18", "Corby", planned=True),
            expect("2025-03-29", "Harlow", planned=True),
            expect("../2025-03", "Oduya", "return", planned=True),
            expect("1889", "found"),
        ),
    ),
    Text(
        "harrow-lyle-instruments",
        "company history",
        None,
        """Harrow & Lyle Instruments - Our story

Edwin Harrow opened a small workshop making barometers and ship's compasses on Ropewalk Lane,
Saltburgh, in 1872. His first patent, for a pocket aneroid, was perhaps granted in 1876; the
certificate has not survived. Around 1885 he took George Lyle, a clockmaker from the same
street, into partnership.

The first purpose-built factory, on Denholm Road, opened in 1898. It was there that the
firm designed the Model 1898 marine barometer, still in our catalogue today. Between 1914 and
1918 the works made more than 40,000 liquid compasses for the Admiralty, and the company was
incorporated as Harrow & Lyle Ltd on 1 April 1921.

The post-war years brought aircraft instruments and a workforce of 250. In 1969 the Tessaly
Group acquired the company, and in 1994 a management buyout led by the engineer Ruth Cade
brought it back into independent ownership.

Since 2012 our headquarters and workshops have been at Castlebeck Business Park, where 68
people build, calibrate and repair instruments for ships, laboratories and collectors in 40
countries. Every instrument still leaves the building with a hand-signed test certificate.

We plan to open a US subsidiary in Charleston in 2026 to serve our customers in the
Americas.

Harrow & Lyle Instruments Ltd, Unit 4, Castlebeck Business Park. Registered in England
No. 00174321.""",
        (
            expect("1872", "workshop"),
            expect("1876?", "patent"),
            expect("1885~", "partner"),
            expect("1898", "factory"),
            expect("1914/1918", "compasses"),
            expect("1921-04-01", "incorporat"),
            expect("1969", "acquir"),
            expect("1994", "buyout"),
            expect("2012/..", "headquarters"),
            expect("2026", "subsidiary", planned=True),
        ),
    ),
    Text(
        "astra-3-mission-summary",
        "mission summary",
        None,
        """ASTRA-3 MISSION SUMMARY

Agency: Meridian Space Agency (MSA)
Mission type: Asteroid sample return
Target: near-Earth asteroid 2009 TR17 ("Koru")
Launch vehicle: Sagitta-4, Kaveri Launch Complex
Spacecraft mass at launch: 1,984 kg
Status: Return cruise

Overview
ASTRA-3 is the MSA's first mission to collect material from the surface of an asteroid and
bring it to Earth. Koru is a carbon-rich body about 640 m across.

Mission timeline
ASTRA-3 was launched on 21 November 2019 at 03:14 UTC. It made an Earth gravity-assist flyby
on 2 December 2020, passing 2,012 km above the Pacific. Communications were lost from 3 to 6
February 2021 after a star-tracker fault and restored by ground command. The spacecraft
entered safe mode around 12 April 2021; a gap in telemetry means the exact time is not known.

ASTRA-3 arrived at Koru on 9 July 2022 and spent three months mapping the surface. It
collected samples in touch-and-go manoeuvres on 18 and 26 October 2022, the second at a
boulder field near the equator. The spacecraft departed from Koru on 14 March 2023.

Upcoming milestones
The sample capsule is scheduled to return to Earth on 5 September 2025, landing at the
Tarrant Range. The recovery team will deploy to the range no later than 20 August 2025.
After releasing the capsule, the spacecraft is expected to fly by asteroid 2001 CX9 in 2027.

Mission contact: astra3-ops@msa.example""",
        (
            expect("2019-11-21", "launch"),
            expect("2020-12-02", "Earth"),
            expect("2021-02-03/2021-02-06", "communications"),
            expect("2021-04-12~", "safe"),
            expect("2022-07-09", "arrived"),
            expect("2022-10-18", "sampl"),
            expect("2022-10-26", "sampl"),
            expect("2023-03-14", "depart"),
            expect("2025-09-05", "capsule", planned=True),
            expect("../2025-08-20", "recovery", planned=True),
            expect("2027", "fly", planned=True),
        ),
    ),
    Text(
        "wellhaven-avian-influenza",
        "government statement",
        None,
        """MINISTRY OF AGRICULTURE, FISHERIES AND RURAL AFFAIRS

Statement by the Minister, Helena Marsh, on avian influenza at Wellhaven

22 January 2025

On 17 January, tests at the National Reference Laboratory confirmed highly pathogenic avian
influenza H5N1 in a flock of laying hens at a commercial farm near Wellhaven. I want to thank
the farmer and his staff, who reported the first signs of illness promptly.

A 3 km protection zone and a 10 km surveillance zone were declared around the farm on 18
January. The culling of some 42,000 birds was completed two days later, and cleansing and
disinfection of the premises is under way.

Since 2020 all keepers of more than 50 birds have been required to register their flocks.
That register has allowed our veterinary officers to visit every holding inside the zones
within 72 hours, and no further cases have been found.

The national housing order, in place since 1 December, will be reviewed on 14 February.
Until then all poultry and captive birds must be kept indoors.

Farmers whose birds were culled will be compensated at market value under the Animal Health
Act 1981. Claims must be submitted no later than 31 March.

I will meet representatives of the poultry industry and the veterinary associations on Monday
to discuss support for the businesses inside the zones.

The risk to public health remains very low, and properly cooked poultry and eggs are safe to
eat. Keepers with concerns should call the Animal Disease Helpline on 0300 555 0142, open
8am to 6pm, Monday to Friday.

ENDS""",
        (
            expect("2025-01-17", "confirm"),
            expect("2025-01-18", "zone"),
            expect("2025-01-20", "cull"),
            expect("2020/..", "register"),
            expect("2024-12-01/..", "housing"),
            expect("2025-02-14", "review", planned=True),
            expect("../2025-03-31", "claims", planned=True),
            expect("2025-01-27", "meet", planned=True),
        ),
    ),
    Text(
        "salters-reach-footbridge-html",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Salter's Reach footbridge opens after two-year build | Wensum Valley Echo</title>
<script src="/static/js/analytics.js?v=20240517"></script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/sport">Sport</a> | <a href="/whats-on">What's On</a></nav>
<article>
<h1>Salter's Reach footbridge opens after two-year build</h1>
<p class="byline">By Gemma Lorne, Local Democracy Reporter ·
<time datetime="2024-05-18T09:30:00+01:00">Saturday 18 May 2024</time> ·
Updated <time datetime="2024-05-18T14:05:00+01:00">14:05</time></p>
<figure>
<img src="/img/salters-reach-bridge.jpg" alt="The new footbridge over the Wensum">
<figcaption>The new bridge lit up on Thursday evening. Photo: Wensum Valley Echo</figcaption>
</figure>
<p>The new Salter's Reach footbridge over the River Wensum opened to the public on Friday,
nearly a year later than first planned.</p>
<p>Norbridge City Council approved the £4.2m scheme in March 2022, and construction began in
August that year. The 64-metre steel span was lifted into place in one piece on 9 October
2023.</p>
<p>The bridge replaces a timber crossing built c. 1910, which was closed in 2019 after
inspectors found rot in its main beams.</p>
<p>"People have waited five years to walk to the station this way again," said Councillor
Amir Shah, cabinet member for transport.</p>
<p>An official opening ceremony will be held on 1 June, and a cycle lane linking the bridge
to Riverside Road is expected to open by the end of the year.</p>
</article>
<aside class="related">
<h2>Related stories</h2>
<ul>
<li><a href="/news/2022/03/bridge-budget">Council backs £4.2m bridge plan</a>
<time datetime="2022-03-15">15 March 2022</time></li>
<li><a href="/news/2023/10/span-lift">Giant span swung into place</a>
<time datetime="2023-10-10">10 October 2023</time></li>
</ul>
</aside>
<footer><p>© 2024 Wensum Valley Echo. All rights reserved.</p></footer>
<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({"published":"2024-05-18"});
</script>
</body>
</html>""",
        (
            expect("2024-05-17", "footbridge", "open"),
            expect("2022-03", "approv"),
            expect("2022-08", "construction"),
            expect("2023-10-09", "span"),
            expect("1910~", "built"),
            expect("2019", "closed"),
            expect("2024-06-01", "ceremony", planned=True),
            expect("../2024", "cycle", planned=True),
        ),
    ),
    Text(
        "korran-alert-updates",
        "volcano observatory alert level updates",
        None,
        """HALVARD VOLCANO OBSERVATORY
Korran volcano - Volcano Alert Level (VAL) updates

Summit elevation 1,987 m | Alert levels: GREEN / YELLOW / ORANGE / RED
All times local (UTC+1). Updates are listed newest first.

----------------------------------------------------------------------
09 Dec 2024, 10:00 - VAL lowered to YELLOW
Seismicity and ground deformation have declined steadily over the past ten days, and no
explosions have occurred since 19 November. The Alert Level was lowered to YELLOW at 09:30
today. Residents of Skarvik may return home from 12:00 tomorrow. A helicopter survey of the
summit crater is planned for 11 December, weather permitting.

----------------------------------------------------------------------
20 Nov 2024, 18:30 - VAL remains ORANGE
A phreatic explosion at 22:15 yesterday threw ballistic blocks up to 600 m from the vent and
produced an ash plume about 3 km above the summit. Light ashfall was reported in Skarvik and
Nordvoll. The exclusion zone was extended from 3 km to 5 km at 14:00 today. Civil protection
will review the evacuation order no later than 23 November.

----------------------------------------------------------------------
17 Nov 2024, 07:45 - VAL raised to ORANGE
Tremor amplitude increased sharply overnight, and the summit has inflated by 4 cm in 48
hours. The Alert Level was raised to ORANGE at 07:30. Civil protection ordered the
evacuation of Skarvik (pop. 1,460) this morning; a 3 km exclusion zone is in force.

----------------------------------------------------------------------
12 Nov 2024, 16:40 - VAL raised to YELLOW
A swarm of more than 300 volcano-tectonic earthquakes, the largest M2.8, began at 03:10 on 11
November beneath the north flank at 4-6 km depth. The Alert Level was raised from GREEN to
YELLOW at 16:00 today. Korran last erupted from 2 to 14 April 1987, when lava flows reached
the Skarvik road.

----------------------------------------------------------------------
Duty scientist (24 h): +47 55 00 19 87 | Updates are reviewed daily while VAL is above GREEN.""",
        (
            expect("2024-11-11", "swarm"),
            expect("2024-11-12", "raised", "yellow"),
            expect("2024-11-17", "orange"),
            expect("2024-11-17", "evacuat"),
            expect("2024-11-19", "explosion"),
            expect("2024-11-20", "zone", "extend"),
            expect("../2024-11-23", "review", planned=True),
            expect("2024-12-09", "lowered"),
            expect("2024-12-10", "return", planned=True),
            expect("2024-12-11", "survey", planned=True),
            expect("1987-04-02/1987-04-14", "erupt"),
        ),
    ),
    Text(
        "marisund-judo-grand-prix",
        "judo grand prix report",
        date(2025, 4, 6),
        """JUDO | GRAND PRIX

Sokol seals a golden weekend as Marisund Grand Prix closes

Marisund, 6 April - By Hanna Lykke

Lera Sokol won the women's +78kg title today on the final day of the Marisund Grand Prix,
held from 4 to 6 April at the Havnehallen arena, pinning the 2019 world champion Camila Duarte
for ippon after 2 minutes 41 seconds of the final.

A record 512 athletes from 61 nations took part. On Friday, Keiko Arata won the -48kg
division without conceding a score, and on Saturday home favourite Jonas Brekk took the -81kg
gold in front of 3,200 spectators, his first Grand Prix title since 2021.

Brekk, 27, tore a cruciate ligament in his left knee in February 2023 and missed fourteen
months of competition. He has trained at the Osaka Budo Centre since 2022. "When I came back
I was 40th in the ranking. Today I believe again," he said.

Results, finals:
-48kg: Keiko Arata bt Nilufar Rashidova (waza-ari)
-81kg: Jonas Brekk bt Tiago Mendes (ippon)
+78kg: Lera Sokol bt Camila Duarte (ippon)

Japan topped the medal table with four golds, ahead of the hosts with two.

The World Tour moves on to the Oskarhamn Grand Slam from 2 to 4 May, before the World
Championships in Valcourt, scheduled for 13 to 20 June.""",
        (
            expect("2025-04-04/2025-04-06", "prix"),
            expect("2025-04-04", "Arata"),
            expect("2025-04-05", "Brekk"),
            expect("2025-04-06", "Sokol"),
            expect("2023-02", "ligament"),
            expect("2022/..", "trained"),
            expect("2025-05-02/2025-05-04", "slam", planned=True),
            expect("2025-06-13/2025-06-20", "championships", planned=True),
        ),
    ),
    Text(
        "brannock-heat-network",
        "heat network expansion press release",
        None,
        """BRANNOCK CITY ENERGY
PRESS RELEASE

18 September 2024

Work starts on GBP 64m Eastgate heat network extension

Brannock City Energy (BCE) today began work on a 6.4 km extension of the city's district heat
network, which will bring low-carbon heat to 2,030 homes, two schools and Eastgate Leisure
Centre.

The first customers in Eastgate are due to be connected by October 2025, and the full
extension is expected to be completed in 2027. The extension is backed by a GBP 38m grant
awarded by the national Heat Networks Investment Fund in March 2024, with the remainder
funded by BCE and Brannock City Council.

The network began supplying the Civic Centre and Central Library in 1984. Since 2016 it has
drawn most of its heat from the Tolley Road energy-from-waste plant, cutting carbon emissions
by about 9,600 tonnes a year.

"Heat that used to go up a chimney at Tolley Road will now warm thousands of homes," said
Councillor Priya Anand, cabinet member for climate. "This is the biggest step we have taken
towards a net zero city."

Lanes on Eastgate Road will be closed from 7 October to 22 November while the main pipes are
laid. A public drop-in session will be held at Eastgate Library on Tuesday 1 October from
4pm to 7pm, where residents can see the route and ask about connections.

ENDS

Notes to editors
1. BCE is a company wholly owned by Brannock City Council.
2. Media enquiries: Tom Keeble, 01632 960 551, press@bce.example""",
        (
            expect("2024-09-18", "work"),
            expect("../2025-10", "connect", planned=True),
            expect("2027", "complet", planned=True),
            expect("2024-03", "grant"),
            expect("1984", "supply"),
            expect("2016/..", "Tolley"),
            expect("2024-10-07/2024-11-22", "lane", planned=True),
            expect("2024-10-01", "session", planned=True),
        ),
    ),
    Text(
        "arkwright-ndala-letters",
        "missionary's letters of the 1870s",
        None,
        """LETTERS OF THE REV. SAMUEL ARKWRIGHT FROM THE NDALA MISSION

I.
Ndala, Lake Orwe, March 14th, 1874.
My dear Brother,--Your letter from Bristol reached me on the 9th inst. by the hand of a
trader's runner, & I cannot tell you what joy it gave us all. We arrived here on the 22nd
ult., after a march of five weeks from the coast, and are lodged for the present in two grass
huts lent by the chief Makombe, who has promised us land for a school-house. Mr. Fell is to go
down to the coast on the 20th for stores & the heavy boxes left at Kirima. I am well, thank
God, tho' much bitten.
Yr. affectionate brother,
Saml. Arkwright.

II.
Ndala, June 2nd, 1874.
My dear Brother,--The rains set in about the 10th of April & have only now abated. Fell
returned from the coast on the 4th ult. with all the boxes save one, which the porters swear
was lost in the Luvu river. I was laid up with fever from the 10th to the 16th of May, but am
now quite recovered. Our school-house was opened on Mon. 25th ult. with eleven scholars, &
Makombe's own son among them. We sing every evening at sunset, & the people come to listen.
Ever yr. affect. brother,
S. A.

III.
Ndala, Jan. 8th, 1875.
My dear Brother,--I write with a heavy heart. Poor Fell was taken with fever on Christmas
Eve, & we buried him on the 2nd inst. beneath the great fig tree by the school. On Christmas
Day, while he lay ill, I baptized four of our scholars, the first fruits of this station. I
purpose starting for the coast about the 1st of March to meet the new brethren, & shall
leave the school in the care of Daudi, our teacher. Pray for us.
Yr. affect. brother,
Saml. Arkwright.""",
        (
            expect("1874-03-09", "letter"),
            expect("1874-02-22", "arrived"),
            expect("1874-03-20", "Fell", "coast", planned=True),
            expect("1874-04-10~", "rains"),
            expect("1874-05-04", "Fell", "return"),
            expect("1874-05-10/1874-05-16", "fever"),
            expect("1874-05-25", "school"),
            expect("1874-12-24", "Fell", "fever"),
            expect("1874-12-25", "baptiz"),
            expect("1875-01-02", "buried"),
            expect("1875-03-01~", "coast", planned=True),
        ),
    ),
    Text(
        "holloway-barn-roost-count",
        "bat roost count report",
        None,
        """HOLLOWAY BARN MATERNITY ROOST - ROOST COUNT REPORT 2024

Site ref: BR-0417 | Surveyor: Dr Ffion Rees (licence 2022-10473) | Report date: 15 August 2024

1. Background
The roost, in the roof void of a converted threshing barn, was first recorded in 1997, when
the then owner reported bats emerging from under the ridge tiles. Soprano pipistrelle
(Pipistrellus pygmaeus) is the only species confirmed. The barn roof was re-covered between
3 and 21 March 2023 under a mitigation licence, with the ridge access points retained.

2. Methods
Emergence counts are carried out each year in June, starting 20 minutes before sunset and
ending when no bat has emerged for 15 minutes. In 2024 counts were made on 4, 18 and 29 June,
with two surveyors and infrared video on the north and east elevations. A static detector in
the yard ran continuously from 1 May to 31 July and logged 2,016 pipistrelle passes.

3. Results

| Date         | Sunset | Bats emerged | Temp (C) |
|--------------|--------|--------------|----------|
| 4 June 2024  | 21:21  | 187          | 14       |
| 18 June 2024 | 21:29  | 312          | 16       |
| 29 June 2024 | 21:31  | 264          | 13       |

The count of 312 bats on 18 June is the highest since 2016. A dead juvenile was found below
the east elevation on or about 10 July and sent to the national laboratory for testing; the
result was negative.

4. Recommendations
Repointing of the east gable must be completed by 30 April 2025, before the colony returns.
The next counts are planned for June 2025, using the same methods.""",
        (
            expect("1997", "roost", "record"),
            expect("2023-03-03/2023-03-21", "roof"),
            expect("2024-06-04", "count"),
            expect("2024-06-18", "count"),
            expect("2024-06-29", "count"),
            expect("2024-05-01/2024-07-31", "detector"),
            expect("2024-07-10~", "juvenile"),
            expect("../2025-04-30", "repoint", planned=True),
            expect("2025-06", "counts", planned=True),
        ),
    ),
    Text(
        "tannock-brewery-history",
        "brewery history",
        None,
        """Our History - Tannock Brewery, Carrick Wynd

Brewing on the Carrick Wynd site is said to have begun in 1790, in a brewhouse behind the
Saracen's Head inn. James Tannock, a cooper from Leith, bought the brewhouse c. 1832 and gave
it his name. His son William built the five-storey tower brewery in 1868, and it is still the
heart of the site today.

On the night of 2 February 1901 fire destroyed the maltings; they were rebuilt the following
year with the pagoda roof you can see from the street. Between 1916 and 1919 part of the
brewery was requisitioned by the Army as a store for horse fodder.

Tannock's 80 Shilling, first brewed in 1952, became the best-selling cask ale in the county.
Consolidated Ales took over the company in 1961 and closed the brewery in 1983, moving
production to its plant in Falbridge.

In 2009 Mairi and Ross Tannock, great-great-grandchildren of James, reopened the tower with
a 10-barrel plant. Since 2014 our beers have
been brewed in a new 40-barrel brewhouse built into the old maltings. Last year we brewed
4,200 barrels, and every October we still brew a harvest ale with barley from Tannock Mains.

Our visitor centre and tap room will open on 1 May 2026. Until then, brewery tours run on
Saturdays at 11am and 2pm: book on 0131 496 0712.

(c) 2025 Tannock Brewery Ltd""",
        (
            expect("1790?", "brewing"),
            expect("1832~", "bought"),
            expect("1868", "tower"),
            expect("1901-02-02", "fire"),
            expect("1902", "rebuilt"),
            expect("1916/1919", "requisition"),
            expect("1952", "brewed"),
            expect("1961", "Consolidated"),
            expect("1983", "closed"),
            expect("2009", "reopen"),
            expect("2014/..", "brewhouse"),
            expect("2026-05-01", "visitor", planned=True),
        ),
    ),
    Text(
        "senior-certificate-results-2025",
        "education minister's exam results statement",
        None,
        """DEPARTMENT OF EDUCATION

Statement by the Minister for Education, Ruth Okafor, on the 2025 Senior Certificate results

21 August 2025

This morning the results of the 2025 Senior Certificate were released to 58,214 candidates.
I want to congratulate every one of them, and to thank the teachers, parents and examiners
who supported them through a demanding year.

The written examinations took place from 4 to 25 June in 2,130 centres. The proportion of
candidates achieving the top grade in higher-level mathematics, 12.4 per cent, is the highest
since 2020, and results overall are in line with those of recent years under the grading
scale introduced in 2017.

Candidates who wish to view their marked scripts may do so at their schools on 3 and 4
September. Appeals must be lodged online no later than 5pm on 9 September, and appeal results
will be issued by the end of October.

Under the Senior Cycle Reform Act 2023, the new oral examination in English will first be
held in 2027. Schools will receive sample papers in the coming months.

I will visit St Brigid's Community School in Tullow on Friday to meet students and staff.

Candidates who need advice can call the Results Helpline on 1800 265 165, open until 8pm
today and from 9am to 5pm for the rest of the week.

ENDS""",
        (
            expect("2025-08-21", "results", "released"),
            expect("2025-06-04/2025-06-25", "examinations"),
            expect("2017", "grading"),
            expect("2025-09-03", "scripts", planned=True),
            expect("2025-09-04", "scripts", planned=True),
            expect("../2025-09-09", "appeals", "lodged", planned=True),
            expect("../2025-10", "appeal", "results", planned=True),
            expect("2027", "oral", planned=True),
            expect("2025-08-22", "visit", planned=True),
        ),
    ),
    Text(
        "brackenshire-library-closures-html",
        "library's HTML branch closures page",
        None,
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Temporary branch closures - Brackenshire Libraries</title>
<script src="/assets/js/site.min.js?build=2024-11-29"></script>
</head>
<body>
<header>
<a class="logo" href="/">Brackenshire Libraries</a>
<nav><ul>
<li><a href="/catalogue">Catalogue</a></li>
<li><a href="/branches">Branches</a></li>
<li><a href="/events">Events</a></li>
<li><a href="/join">Join</a></li>
</ul></nav>
</header>
<main>
<h1>Temporary branch closures</h1>
<p class="meta">Last updated: <time datetime="2024-12-02">2 December 2024</time></p>
<p>Please check this page before you travel. Books can be returned to any branch, and loans
due at a closed branch have been extended automatically.</p>
<table>
<thead><tr><th>Branch</th><th>Closure</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>Ashby Road Library</td>
<td>Closed since 11 November 2024. Expected to reopen on Monday 3 February 2025.</td>
<td>Roof repairs</td></tr>
<tr><td>Fernley Library</td><td>Closed from 9 to 13 December 2024</td>
<td>Refurbishment of public toilets</td></tr>
<tr><td>Mill Lane Library</td><td>Closed Saturday 14 December</td>
<td>Staff training</td></tr>
</tbody>
</table>
<h2>Christmas and New Year</h2>
<p>All branches will close at 1pm on Tuesday 24 December and reopen at 9am on Thursday
2 January 2025. The e-library stays open 24 hours a day.</p>
<h2>Kingsmead</h2>
<p>Kingsmead Library closed permanently on 30 September 2023. The mobile library stops
outside Kingsmead Community Centre every Tuesday from 10am to 12.30pm.</p>
<p>Questions? Call 01632 960 208 or email libraries@brackenshire.example.</p>
</main>
<footer><p>© 2024 Brackenshire County Council</p></footer>
<script>dataLayer.push({"pageType":"closures","updated":"2024-12-02"});</script>
</body>
</html>""",
        (
            expect("2024-11-11/..", "Ashby", "clos"),
            expect("2025-02-03", "Ashby", "reopen", planned=True),
            expect("2024-12-09/2024-12-13", "Fernley", planned=True),
            expect("2024-12-14", "Mill", planned=True),
            expect("2024-12-24", "branches", "clos", planned=True),
            expect("2025-01-02", "reopen", planned=True),
            expect("2023-09-30", "Kingsmead"),
        ),
    ),
    Text(
        "quay-bar-licence-review",
        "licensing committee decision",
        None,
        """EASTHOLME BOROUGH COUNCIL
LICENSING SUB-COMMITTEE - NOTICE OF DETERMINATION
Licensing Act 2003, section 52: review of a premises licence

Premises: The Quay Bar, 14 Harbour Street, Eastholme EH2 4QT
Premises licence no.: PL/2016/0384
Licence holder: Quayside Leisure Ltd (Designated Premises Supervisor: Mr Callum Reid)
Applicant for review: Chief Officer of Police, Eastholme District
Members: Cllr J. Ambrose (Chair), Cllr P. Nwosu, Cllr S. Hale

1. Background
1.1 The premises licence was granted on 12 October 2016 and permits the sale of alcohol until
02:00 from Thursday to Saturday. Quayside Leisure Ltd became the licence holder by transfer in
January 2023.
1.2 On 2 March 2025, at about 01:40, police officers attended a disturbance outside the
premises in which two men were seriously injured. The police applied for a review of the
licence on 18 March 2025. A further incident, in which a member of staff was assaulted, took
place on or about 16 April 2025.

2. The hearing
2.1 The Sub-Committee heard the application on 7 May 2025. It heard from PC Dawn Imrie for
the police, from Mr Reid, and from the licence holder's solicitor, Ms Lena Forde.

3. Determination
3.1 The Sub-Committee is satisfied that the licensing objectives of the prevention of crime
and disorder and public safety are being undermined, and has decided to modify the
conditions of the licence as follows:
(a) the terminal hour for the sale of alcohol is reduced to 23:30 on all days, with effect
from 1 June 2025;
(b) a CCTV system meeting police specifications must be installed no later than 31 May 2025;
(c) two SIA-registered door supervisors must be on duty from 21:00 until close on Fridays and
Saturdays.

4. Right of appeal
The licence holder and the applicant may appeal to the magistrates' court within 21 days of
notification of this decision.

Signed: Cllr J. Ambrose, Chair          Dated: 9 May 2025""",
        (
            expect("2016-10-12", "licence", "grant"),
            expect("2023-01", "transfer"),
            expect("2025-03-02", "disturbance"),
            expect("2025-03-18", "review"),
            expect("2025-04-16~", "incident"),
            expect("2025-05-07", "hear"),
            expect("2025-06-01", "hour", planned=True),
            expect("../2025-05-31", "CCTV", planned=True),
        ),
    ),
    Text(
        "pellow-bell-foundry",
        "bell foundry history",
        None,
        """Pellow & Sons, Bellfounders - A Short History

A bell foundry is possibly recorded at Wexcombe in 1578, when the churchwardens of St
Aldhelm's paid "the founder of Wexcombe" for recasting their great bell. Thomas Pellow, a
brazier, took over the foundry c. 1702, and for the next three centuries it passed from
father to son, and twice to a widow.

The oldest Pellow bell still in use, the tenor at St Aldhelm's, was cast in 1738. In 1811
the foundry moved from Church Lane to its present site in Whitfield Street, where the
casting pit and the great furnace can still be seen. Its best-known work, a ring of twelve
for Harwick Cathedral, was cast in 1884; the tenor alone weighs 31 cwt.

From 1940 to 1945 bell work stopped and the foundry made castings for naval guns. Orders
picked up in the 1950s as churches recast bells lost in the war, but they fell away again as
fewer churches could find ringers.

Casting ceased in March 2017. The last bell to leave the furnace was a 6 cwt treble for the
village of Ashcombe, rung for the first time that summer.

Since 2019 the works have been owned by the Wexcombe Bell Trust, which runs guided tours
every Saturday at 2pm. The trust plans to resume casting in 2026 and aims to raise
GBP 1.2 million for a new furnace by the end of 2025.

Pellow & Sons, 1738 Whitfield Street, Wexcombe | Tours: 01632 960 873""",
        (
            expect("1578?", "foundry"),
            expect("1702~", "Pellow"),
            expect("1738", "tenor"),
            expect("1811", "moved"),
            expect("1884", "ring"),
            expect("1940/1945", "castings"),
            expect("2017-03", "ceased"),
            expect("2019/..", "trust"),
            expect("2026", "resume", planned=True),
            expect("../2025", "raise", planned=True),
        ),
    ),
    Text(
        "penhallow-race-calendar",
        "sailing club race calendar",
        None,
        """PENHALLOW SAILING CLUB
Harbour Road, Penhallow

2025 RACE CALENDAR

Date                 Event                                     First gun
Sat 12 April         Opening Regatta & Blessing of the Fleet    11:00
Sun 4 May            Bell Rock Race (pursuit)                   10:30
Sat 7 - Sun 8 June   Club Dinghy Championship                   13:00
Sat 19 July          Round the Island Race                      09:00
Sat 16 - Fri 22 Aug  Penhallow Regatta Week                     11:00 daily
Sat 11 October       Closing Race & Laying-up Supper            12:00

Wednesday evening series: every Wednesday from 7 May to 27 August, first gun 18:45.
Winter frostbite series: every Sunday in November and December, first gun 11:00.

Notes
1. Entries for the Round the Island Race must reach the Sailing Secretary no later than
   Sat 5 July. Late entries will not be accepted.
2. The Bell Rock Race, first sailed in 1936, is a pursuit race for all classes; start times
   will be posted on the clubhouse board a week before.
3. New handicap ratings were approved at the AGM on 23 November 2024 and apply to all races
   this season.
4. High water at Penhallow on Round the Island day is 08:12 (4.6 m). Boats must be clear
   of the slipway by 07:45.
5. Race Officer: Gwen Trelawny, 07700 900 318. Sailing Instructions 2025 are available from
   the office.""",
        (
            expect("2025-04-12", "opening", planned=True),
            expect("2025-05-04", "Bell", planned=True),
            expect("2025-06-07/2025-06-08", "championship", planned=True),
            expect("2025-07-19", "island", planned=True),
            expect("2025-08-16/2025-08-22", "regatta", "week", planned=True),
            expect("2025-10-11", "closing", planned=True),
            expect("../2025-07-05", "entries", planned=True),
            expect("1936", "sailed"),
            expect("2024-11-23", "handicap"),
        ),
    ),
)
