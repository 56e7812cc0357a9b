"""The two-hundred-and-eighty-second batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a river navigation
closure notice, a bossaball tournament report, a mushroom farm company release, a knife
grinder's day book of the 1860s, a nightjar survey report, a snow globe maker's history, an
energy minister's statement, a nail salon's HTML page, a house in multiple occupation licence
decision, a wood turning history and an ombre club fixtures card. The organisations, people and
facts are invented. Facts whose date a reader could take two ways (a season, "late 1970s",
"early 2025", "late July") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWOHUNDREDEIGHTYSECOND_CORPUS",)


TWOHUNDREDEIGHTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "kestravik-dock-walkout",
        "wire story",
        None,
        """Kestravik dockers walk out over rosters, grain ships stack up at anchor

KESTRAVIK, Nov. 6, 2024 (Northline News) - About 900 crane drivers and gang workers at the port
of Kestravik walked off the job on Tuesday in a dispute over new shift rosters, leaving at least
eleven grain carriers waiting at anchor outside the breakwater, the port authority said.

The Harbour and Dock Workers' Union said the stoppage was open-ended. Its members voted for the
action on Oct. 24 after talks with the Kestravik Port Company broke down, and the union's labour
agreement with the company expired on Sept. 30 without a replacement.

State mediators will meet both sides on Monday, Labour Minister Ines Tormund told parliament. "A
port that stands still costs this country money every hour," she said, adding that the
government had no plans to order the workers back.

The port has handled roughly 40 percent of the country's grain exports since 2016, and shippers
said the walkout could not have come at a worse moment, with the harvest just in and world
prices sliding. Freight rates on the route have risen by about a fifth since Friday, according
to two shipping agents.

Port company spokesman Dag Ellery said the backlog would take weeks to clear even if work
resumed quickly. The company expects to have the anchorage empty by Dec. 20, he said, "assuming
the cranes are turning again next week."

The last strike at Kestravik, in 2019, lasted nine days and ended with a pay deal that both
sides now describe as too expensive. Under the new rosters, crews would work four twelve-hour
shifts followed by four days off, instead of the present pattern of eight-hour days.

The dispute also casts a shadow over the port's 300-million-crown expansion. Work on a new
container terminal began in 2021, and the terminal is due to open in March 2025. Union leader
Petra Sand said her members would not staff it under the proposed rosters.

"We are not against the new terminal," Sand told reporters outside the union hall. "We are
against working nights for a week at a time."

(Reporting by Hanne Lykke; Additional reporting by Jon Aas; Editing by Tomas Reed)""",
        (
            expect("2024-11-05", "walked"),
            expect("2024-10-24", "voted"),
            expect("2024-09-30", "agreement", "expired"),
            expect("2024-11-11", "mediators", planned=True),
            expect("2016/..", "grain exports"),
            expect("../2024-12-20", "anchorage", planned=True),
            expect("2019", "strike"),
            expect("2021", "terminal", "work"),
            expect("2025-03", "terminal", "open", planned=True),
        ),
    ),
    Text(
        "valmora-tilting-trains",
        "press release",
        date(2025, 4, 15),
        """FOR IMMEDIATE RELEASE

Valmora Regional Rail orders 18 tilting trains for the Ardley and Coast lines

CASTLEFORD HAVEN - Valmora Regional Rail (VRR) today signed a contract worth EUR 214 million
with the rolling stock builder Strandberg Werke for 18 three-car tilting trains, the largest
order in the operator's history.

The new trains will replace the Class 41 fleet, which entered service in 1996 and has become
increasingly costly to keep running. Testing on the Ardley line will start in January 2027, and
the first of the new trains is expected to carry passengers by the end of June 2027.

"Our passengers have waited long enough for faster, quieter and fully accessible trains," said
VRR managing director Orla Finch. "This order means that within a few years every service we
run will use modern rolling stock."

Key facts
- Contract value: EUR 214 million, including 15 years of maintenance
- Top speed: 160 km/h, with tilt on the curved sections of the Coast line
- Seats: 186 per train, with space for six bicycles and two wheelchairs
- Journey time Castleford Haven - Ardley: cut from 58 to 44 minutes

The order follows a public consultation on the specification, which ran from 3 February to 14
March and drew more than 2,600 responses. Step-free access and bicycle space were the two
features passengers asked for most often.

VRR's shareholders, the county councils of Valmora and Westreach, will be asked to approve the
financing at the annual general meeting on 22 May.

Strandberg Werke will build the trains at its plant in Osterholm, with final fitting-out at
VRR's depot in Castleford Haven, creating around 40 skilled jobs locally.

About Valmora Regional Rail
Valmora Regional Rail was formed in 2009 from the merger of two county bus and rail companies.
Since 2018 it has run all local rail services in the county under a 20-year concession. VRR
carried 14.3 million passengers in 2024, a record for the network.

Media contact: press office, VRR, 1 Station Approach, Castleford Haven | 01632 960 214

ENDS""",
        (
            expect("2025-04-15", "contract"),
            expect("1996", "class 41"),
            expect("2027-01", "testing", planned=True),
            expect("../2027-06", "passengers", planned=True),
            expect("2025-02-03/2025-03-14", "consultation"),
            expect("2025-05-22", "financing", planned=True),
            expect("2009", "formed"),
            expect("2018/..", "rail services"),
            expect("2024", "passengers"),
        ),
    ),
    Text(
        "margolis-roof-lease",
        "court opinion",
        None,
        """IN THE APPELLATE COURT OF NORTH HARLAN
SECOND DISTRICT

Filed March 4, 2024

No. 2-23-0418

MARGOLIS BAKERY SUPPLY, INC., Plaintiff-Appellant,
v.
DUNMORE PROPERTIES, LLC, Defendant-Appellee.

Appeal from the Circuit Court of Kell County, No. 21-CV-1127.
Honorable Ruth T. Albany, Judge Presiding.

JUSTICE OKAFOR delivered the judgment of the court, with opinion.
Justices Brandt and Szabo concurred in the judgment and opinion.

OPINION

¶ 1 Plaintiff, Margolis Bakery Supply, Inc. (Margolis), leased a warehouse from defendant,
Dunmore Properties, LLC (Dunmore). When the roof was not repaired, Margolis withheld rent, and
Dunmore treated the withholding as a default. The circuit court entered summary judgment for
Dunmore. We reverse and remand.

¶ 2 I. BACKGROUND

¶ 3 The warehouse at 40 Tanner Road, Kellsport, was built in about 1925 and served for most of
its life as a flour depot. The parties signed a ten-year commercial lease on or about June 2,
2019; the only executed copy in the record bears no date beside the signatures. Margolis took
possession on July 1, 2019, and used the building to store and distribute baking supplies.

¶ 4 Section 9 of the lease provided that Dunmore "shall complete all repairs to the roof
membrane no later than December 31, 2020." It is undisputed that the work was not done.
Margolis sent a written notice of defect dated January 14, 2021, describing water damage to its
stock, and withheld rent from March 2021.

¶ 5 Margolis filed suit on August 9, 2021, seeking damages and a declaration that its obligation
to pay rent was suspended while the roof remained unrepaired. Dunmore counterclaimed for unpaid
rent. On May 17, 2023, the circuit court granted Dunmore's motion for summary judgment, finding
that section 9 was an independent covenant and that Margolis's remedy, if any, lay in damages.
Margolis filed its notice of appeal on June 12.

¶ 6 II. ANALYSIS

¶ 7 Summary judgment is proper only where the pleadings, depositions and affidavits on file show
that there is no genuine issue of material fact. Our review is de novo.

¶ 8 Whether covenants in a lease are dependent or independent turns on the intent of the
parties, read from the instrument as a whole. Here, section 9 sits within the article headed
"Landlord's Obligations Conditioning Rent," and section 4 makes rent payable "in consideration
of the Landlord's performance of Article III." Read together, these provisions at the least
raise a genuine question whether the parties meant the roof repairs to be a condition of the
duty to pay rent. The circuit court should not have resolved that question on a motion.

¶ 9 We express no view on the amount of any rent due or of any damages owed.

¶ 10 III. CONCLUSION

¶ 11 The judgment of the circuit court of Kell County is reversed, and the cause is remanded for
further proceedings consistent with this opinion.

¶ 12 Reversed and remanded.""",
        (
            expect("1925~", "built"),
            expect("2019-06-02~", "lease"),
            expect("2019-07-01", "possession"),
            expect("../2020-12-31", "repairs"),
            expect("2021-01-14", "notice of defect"),
            expect("2021-03", "withheld"),
            expect("2021-08-09", "suit"),
            expect("2023-05-17", "summary judgment"),
            expect("2023-06-12", "appeal"),
        ),
    ),
    Text(
        "marrowgate-priory-ruins",
        "encyclopedia history",
        None,
        """Marrowgate Priory

Marrowgate Priory is a former priory of Augustinian canons in the parish of Marrowgate, in the
county of Wendle. Its ruins, together with the later house built on the site, form a protected
group of buildings.

Contents
1 History
1.1 Foundation and the medieval priory
1.2 Dissolution and the house
1.3 Present day
2 See also

History

Foundation and the medieval priory
The priory was founded c. 1190 by Walter de Fenne, a minor landholder, who gave the canons his
mill and forty acres beside the River Wend. The church was consecrated probably in 1232; the
only record is a later chronicle, which gives the year but not the day. The king granted the
canons a weekly market on 12 May 1261, and the small town of Marrowgate grew up around it.

A fire in 1349 destroyed the dormitory and much of the west range. The priory never fully
recovered: a visitation in the 1440s found only six canons, and the cloister was described as
"ruinous and open to the weather".

Dissolution and the house
The priory was surrendered to the Crown on 4 March 1538, and its lands were sold the following
year to Sir Edmund Ashe, a lawyer of Wendlebury. Ashe pulled down the church but kept the
prior's lodging, around which his son built a large house of brick and stone. The new house was
complete by 1604, when it is named in a survey as "the great house at Marrowgate".

The Ashe family held the estate for more than three centuries. A restoration by the architect
Charles Pelling, carried out from 1887 to 1891, uncovered the foundations of the chapter house
and returned several carved roof bosses to the ruins.

Present day
Since 1952 the house and ruins have belonged to the Wendle Heritage Trust. The house opened as a
museum of local history on 1 June 1974, and the ruins are open to visitors throughout the year.
A small herb garden in the former cloister is tended by volunteers.

See also
- Augustinian canons
- List of monastic houses in Wendle
- Ashe baronets""",
        (
            expect("1190~", "founded"),
            expect("1232?", "consecrated"),
            expect("1261-05-12", "market"),
            expect("1349", "fire"),
            expect("1538-03-04", "surrendered"),
            expect("1539", "sold"),
            expect("../1604", "house", "complete"),
            expect("1887/1891", "restoration"),
            expect("1952/..", "heritage trust"),
            expect("1974-06-01", "museum"),
        ),
    ),
    Text(
        "fenwick-rovers-cup",
        "sports report",
        date(2024, 6, 17),
        """Olsen's late try ends Fenwick's long wait for the Northern Challenge Cup

By Callum Reade, Rugby League Correspondent

Northern Challenge Cup final: Fenwick Rovers 22 Harrowby Town 18

A try from substitute hooker Jamie Olsen two minutes from time gave Fenwick Rovers the Northern
Challenge Cup on Sunday, in front of 23,400 at the Marsh Lane stadium.

Harrowby led 18-10 at half-time after tries from Kyle Bryn, Sione Taufa and Ross Marsh, and
looked the fresher side until the last quarter. Rovers pulled level through a Dale Pryce penalty
and a converted try by winger Tom Achebe, before Olsen burrowed over from dummy-half with the
clock showing 78 minutes.

Rovers last lifted the cup in 2008, beating the same opponents at the same ground. Coach Mark
Haddow, appointed in November 2022 after two seasons as assistant, was carried shoulder-high
across the pitch by his players at the final whistle.

"Nobody gave us a prayer after Wednesday," Haddow said, recalling the semi-final replay against
Skipton Vale in which Rovers lost two forwards to injury and only scraped through 13-12. "These
lads don't know when they're beaten."

Captain Neil Carver, who broke his wrist on April 27 and has not played since, lifted the trophy
with his good arm.

Fenwick: Achebe; Lund, Pryce, Morley, Castle; Dunn, Webb; Ferris, Kemp, Grant, Oduya, Hale,
Ridley. Interchange: Olsen, Blaine, Sorrell, Tate.
Tries: Achebe 2, Morley, Olsen. Goals: Pryce 3.

Harrowby: Bryn; Taufa, Cole, Marsh, Ingham; Petit, Rowe; Darby, Nkemelu, Sykes, Vance, Holt,
Yates. Interchange: Ames, Barker, Fitton, Lowe.
Tries: Bryn, Taufa, Marsh. Goals: Rowe 3.

Referee: P. Langley. Attendance: 23,400.

What comes next
There is little time to celebrate. Rovers meet the Northern League leaders, Skelton, in the
Shield match at Marsh Lane on Saturday. The club said its new east stand at Fenwick Road, where
Rovers have played since 1931, is expected to open in March 2025, and the league has promised to
publish next year's fixtures no later than 15 November.""",
        (
            expect("2024-06-16", "challenge cup"),
            expect("2008", "lifted"),
            expect("2022-11", "appointed"),
            expect("2024-06-12", "semi-final"),
            expect("2024-04-27", "wrist"),
            expect("2024-06-22", "shield", planned=True),
            expect("1931/..", "fenwick road"),
            expect("2025-03", "stand", planned=True),
            expect("../2024-11-15", "fixtures", planned=True),
        ),
    ),
    Text(
        "hollins-pyke-ropewalk",
        "company history",
        None,
        """Hollins & Pyke: our story

Rope has been made on Quay Street, Tarrmouth, for more than 150 years. This is how a two-man
ropewalk behind a public house became the last working rope factory in the Tarran valley.

How it started
The business was started in about 1852 by Josiah Hollins, a sailmaker's son, and his
brother-in-law Amos Pyke. They twisted hemp by hand in a 200-yard ropewalk behind the Anchor
inn, selling cordage to the fishing boats and barge owners of Tarrmouth.

In 1868 the partners moved to a purpose-built walk on Quay Street, and the following year the
firm was incorporated as Hollins & Pyke Ltd. By then it employed forty hands, most of them
women and boys, and had its first steam-driven laying machine.

The navy years
From 1899 to 1918 the company held a contract to supply mooring lines and signal halyards to the
naval dockyards. At the height of the work the ropewalk ran day and night, and a second walk was
laid out on the marshes behind the town.

Fire and rebuilding
On the night of 3 November 1921 fire swept through the hemp store and the upper floors of the
works. Nobody was hurt, but most of the machinery was lost. The family rebuilt in brick, and the
new works were in full production by 1923.

New fibres
Hollins & Pyke switched from hemp to nylon and polyester, probably in 1958. The company's
records for those years were lost when the river flooded the office, but the first surviving
order book to mention nylon is from that year. The change kept the firm alive while most of the
old rope makers of the valley closed.

Today
The Hollins family sold the business to its managers in 1987. Since 2014 the company has been
owned by its employees through a trust, and it still makes ropes for sailing clubs, theatres,
bell towers and zoo climbing frames.

Visitors can watch the ropewalk at work on the first Saturday of every month. Please ring ahead
if you are bringing a group.""",
        (
            expect("1852~", "started"),
            expect("1868", "moved"),
            expect("1869", "incorporated"),
            expect("1899/1918", "contract"),
            expect("1921-11-03", "fire"),
            expect("../1923", "production"),
            expect("1958?", "nylon"),
            expect("1987", "sold"),
            expect("2014/..", "employees"),
        ),
    ),
    Text(
        "halcyon-lunar-lander",
        "mission summary",
        date(2025, 9, 1),
        """MISSION SUMMARY

Halcyon-2 lunar lander and Skiff micro-rover

Mission type:    Lunar surface science and technology demonstration
Operator:        Pellan Space Agency (PSA), Mission Operations Centre, Orvik
Launch vehicle:  Corvid-4
Launch mass:     1,140 kg (lander 1,075 kg, rover 65 kg)
Status:          Mission complete

Overview
Halcyon-2 was the agency's second attempt at a soft landing on the Moon, after the loss of
Halcyon-1 during its descent, and its first to carry a rover. Its goals were to demonstrate a
precise landing with terrain-relative navigation, to measure the heat flow and dust of the
regolith at a high northern latitude, and to test a small solar-powered rover.

Timeline
Launch. Halcyon-2 lifted off from the Tessel Point range on 14 January 2025 at 03:12 UTC and was
placed on a low-energy transfer trajectory.

Lunar orbit. After a cruise of nearly three weeks the spacecraft braked into a 100 km circular
orbit on 2 February. Two further burns lowered the orbit to 15 km at its lowest point.

Landing. The lander touched down in Mare Frigoris on 19 February at 21:47 UTC, about 300 m from
its target. The Skiff rover rolled down its ramp two days later and drove 212 m over the
following eleven days, returning 1,900 images.

Lunar night. Sunset at the landing site came on or about 4 March. The lander was put into
hibernation, with its batteries kept warm by a small heater. The last signal from the lander
was received on 11 March, when its battery voltage dropped below the survival limit.

Recovery attempts. Controllers tried to wake the lander every Earth day from 26 March to 30
April, without success. The agency declared the mission complete on 6 May.

Results
- First landing by the agency, within 300 m of the target point
- Heat-flow probe reached a depth of 1.2 m
- Dust sensor recorded levitating dust at the terminator
- Rover operated for 11 days against a design life of 7

Next steps
The final science report is due by the end of November 2025. A follow-up mission, Halcyon-3,
with a larger rover and a radioisotope heater to survive the lunar night, is expected to launch
in 2027.""",
        (
            expect("2025-01-14", "lifted off"),
            expect("2025-02-02", "orbit"),
            expect("2025-02-19", "touched down"),
            expect("2025-02-21", "rover"),
            expect("2025-03-04~", "sunset"),
            expect("2025-03-11", "signal"),
            expect("2025-03-26/2025-04-30", "wake"),
            expect("2025-05-06", "complete"),
            expect("../2025-11", "science report", planned=True),
            expect("2027", "halcyon-3", planned=True),
        ),
    ),
    Text(
        "orland-measles-campaign",
        "government statement",
        None,
        """MINISTRY OF HEALTH AND SOCIAL CARE
Press Office

STATEMENT

Measles: national catch-up vaccination campaign

Issued: Monday 3 February 2025
Reference: MHSC/PS/2025/014

1. The Ministry of Health and Social Care confirms that 47 cases of measles have now been
recorded in the Orland and Vesk regions. The first case of the outbreak was confirmed on 9
January in a primary school pupil in Orland city. Eleven patients have been treated in hospital.
No deaths have been reported.

2. Regional catch-up clinics opened in Orland on 27 January, and more than 3,100 doses have been
given there so far.

3. The Minister for Health, Dr Hanna Ruist, met the directors of the regional health boards on
Friday and agreed to extend the catch-up offer to the whole country. The national campaign will
run from 10 February to 28 March in schools, clinics and community pharmacies.

4. Parents of children aged 1 to 16 will receive a letter in the coming days. Schools must
return signed consent forms no later than 21 February. Adults born after 1970 who are unsure
whether they were vaccinated may ask their general practitioner for a dose.

5. A dedicated helpline, 0800 555 0140, will operate from 5 February onwards, daily between 8am
and 8pm.

6. The national immunisation programme was introduced in 1988 and offers two doses of the
combined vaccine free of charge. Uptake of the second dose has been below the 95 percent target
since 2019, and in some districts of Vesk it is now under 80 percent.

7. The last major outbreak, in 2013, caused more than 900 cases and two deaths.

8. The Minister said: "Measles is not a mild illness. Two doses of the vaccine give lifelong
protection, and it is never too late to catch up. I urge every parent to check their child's
record today."

ENDS

Notes for editors
- Figures are provisional and are updated every Tuesday on the Ministry's website.
- Interviews with the Chief Medical Officer can be arranged through the Press Office.""",
        (
            expect("2025-01-09", "first case"),
            expect("2025-01-27", "clinics"),
            expect("2025-01-31", "directors"),
            expect("2025-02-10/2025-03-28", "campaign", planned=True),
            expect("../2025-02-21", "consent", planned=True),
            expect("2025-02-05/..", "helpline", planned=True),
            expect("1988", "immunisation programme"),
            expect("2019/..", "uptake"),
            expect("2013", "outbreak"),
        ),
    ),
    Text(
        "ashby-vale-library",
        "HTML news page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ashby Vale library reopens after flood repairs | The Vale Courier</title>
<link rel="stylesheet" href="/static/courier.css">
</head>
<body>
<header><a class="masthead" href="/">The Vale Courier</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/whats-on">What's on</a>
| <a href="/notices">Notices</a></nav>
</header>
<main>
<article>
<h1>Library reopens seven months after flood</h1>
<p class="byline">By <span class="author">Priya Calder</span>, local democracy reporter |
<time datetime="2024-08-22">Thursday 22 August 2024</time></p>
<p>Ashby Vale's Free Library reopened to readers on Wednesday, more than seven months after
floodwater from the Leet brook poured into its basement and ground floor.</p>
<p>The building was flooded on 4 January, when the brook burst its banks after two days of heavy
rain. Around 11,000 books were lost, along with the card index of the local studies
collection.</p>
<p>The district council approved a repair budget of 640,000 pounds on 12 March. New flood doors
have been fitted, and the electrics have been moved to the first floor.</p>
<p>"People kept stopping me in the street to ask when they could have their library back," said
librarian Joan Mulvey. "The answer is: today, and for good."</p>
<figure><img src="/img/2024/08/library-shelves.jpg" alt="Staff restocking shelves">
<figcaption>Staff restock the shelves on Tuesday. Photo: Vale Courier</figcaption></figure>
<h2>A long history</h2>
<p>The red-brick library opened in 1907, paid for largely by a gift from the mill owner Edwin
Tarrant, which was probably agreed in 1904. An extension at the rear was added in 1973, and the
library has housed the town archive since 1998.</p>
<p>Councillor Ray Osei, cabinet member for culture, said a new children's wing in the former
caretaker's flat would be open by the end of October.</p>
<p>A celebration with music, storytelling and a cake in the shape of the building is planned for
Saturday 31 August, from 10am.</p>
<aside class="info"><h3>Opening hours</h3>
<ul><li>Monday to Friday: 9am to 7pm</li><li>Saturday: 9am to 1pm</li></ul></aside>
</article>
</main>
<footer><p>&copy; The Vale Courier. All rights reserved.</p>
<p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>""",
        (
            expect("2024-08-21", "reopened"),
            expect("2024-01-04", "flooded"),
            expect("2024-03-12", "repair budget"),
            expect("1907", "opened"),
            expect("1904?", "gift"),
            expect("1973", "extension"),
            expect("1998/..", "archive"),
            expect("../2024-10", "children's wing", planned=True),
            expect("2024-08-31", "celebration", planned=True),
        ),
    ),
    Text(
        "harl-lock-stoppage",
        "river navigation closure notice",
        None,
        """NOTICE TO NAVIGATION No. 17 of 2025

RIVER ORRIN - HARL LOCK TO DENBY WEIR
Stoppage for lock gate replacement

Issued:     2 May 2025
Waterway:   River Orrin Navigation, km 41.2 to km 44.8
Issued by:  Orrin Navigation Authority, Waterways Office, Mill Lane, Harlbridge

1. CLOSURE
The navigation between Harl Lock and Denby Weir will be CLOSED to all vessels from 07:00 on
Monday 12 May 2025 until 18:00 on Friday 30 May 2025.

2. REASON
During the inspection on 17 April, divers found serious decay in the lower gates of Harl Lock.
The gates were last replaced in 1984 and were repaired after a boat strike on 9 August 2023.
The lock chamber dates from c. 1790 and is a listed structure; no work will be done to the
masonry.

3. WORKS PROGRAMME
(a) Installation of stop planks and dewatering of the lock chamber.
(b) Removal of the old gates and installation of the new gates. The contractor expects to
complete this stage by 23 May.
(c) Refilling, testing and removal of stop planks.

4. MOORINGS
Visitor moorings at Denby Quay will be suspended on 10 May to allow the contractor's pontoon
to be towed into place. Boats must not be left at Denby Quay during the closure.

5. RESTRICTIONS AFTER REOPENING
From 31 May to 6 June, passage through Harl Lock will be restricted to daylight hours (08:00 to
20:00) and to vessels under 25 m in length while the new gates settle. Normal working is
expected to resume on or about 9 June.

6. DIVERSIONS AND PORTAGE
There is no alternative route for powered craft. Canoes and other small unpowered craft may
portage at Harl Lock using the landing stages on the east bank. Users should take care, as the
towpath will be used by site vehicles.

7. ENQUIRIES
Waterways Office, Harlbridge: 01632 960 880 (Monday to Friday, 09:00 to 17:00)
Out of hours emergencies: 01632 960 881

Skippers are asked to plan their passage accordingly. The Authority regrets any inconvenience.

J. M. Keller
Navigation Manager""",
        (
            expect("2025-05-12/2025-05-30", "closed", planned=True),
            expect("2025-04-17", "inspection"),
            expect("1984", "replaced"),
            expect("2023-08-09", "repaired"),
            expect("1790~", "lock chamber"),
            expect("../2025-05-23", "new gates", planned=True),
            expect("2025-05-10", "moorings", planned=True),
            expect("2025-05-31/2025-06-06", "restricted", planned=True),
            expect("2025-06-09~", "normal working", planned=True),
        ),
    ),
    Text(
        "portreth-bossaball-open",
        "bossaball tournament report",
        date(2025, 7, 28),
        """BOSSABALL | PORTRETH OPEN 2025

Tigers bounce back to win Portreth Open in deciding set

The Trampoline Tigers won the Portreth Bossaball Open on Sunday, beating the visitors Spring
Valley 2-1 in a final that went to a deciding set on the main inflatable court at Westbeach.

Sixteen teams from five countries took part in the three-day tournament, which opened on Friday
with pool matches on four courts laid out along the promenade. The Tigers lost their first game
to the Kite Runners and needed a 15-13 win over Les Rebonds to reach the knockout rounds.

"After Friday we were sitting in the car park wondering what had gone wrong," said Tigers
captain Ruby Haskell, whose spike from the trampoline sealed the final. "We just decided to
enjoy it."

Spring Valley took the first set of the final 25-21, but the Tigers levelled 25-19 and raced to
an 8-2 lead in the tie-break. Attacker Jonah Pellow, only 17, scored five points from the
trampoline in the third set and was named player of the tournament.

RESULTS
Semi-finals (Saturday)
  Trampoline Tigers 2-0 Kite Runners (25-18, 25-22)
  Spring Valley 2-1 Duna Jumpers (23-25, 25-20, 15-11)
Third place (Sunday)
  Duna Jumpers 2-0 Kite Runners (25-17, 25-23)
Final (Sunday)
  Trampoline Tigers 2-1 Spring Valley (21-25, 25-19, 15-12)

BACKGROUND
The host club, Portreth Bossaball Club, was founded in 2016 by a group of beach volleyball
players and capoeira teachers and now has 140 members. The Open was first held in 2019, and was
cancelled in 2020 and 2021, when the council closed the promenade to events.

This year's tournament was the first to use the club's two new competition courts, bought with
a 38,000-pound lottery grant. They arrived from the manufacturer on or about 20 June, after a
delay at the port.

WHAT'S NEXT
The Tigers and the Duna Jumpers will represent the region at the national championship
qualifiers, which will be held at Kelby on 13 September. The next Portreth Open is due to take
place from 24 to 26 July 2026, and the organisers hope to add a junior event.

Report by Amira Stone. Photographs by the club.""",
        (
            expect("2025-07-27", "tigers"),
            expect("2025-07-25", "tournament", "opened"),
            expect("2025-07-26", "semi-finals"),
            expect("2016", "founded"),
            expect("2019", "first held"),
            expect("2020", "cancelled"),
            expect("2021", "cancelled"),
            expect("2025-06-20~", "courts"),
            expect("2025-09-13", "qualifiers", planned=True),
            expect("2026-07-24/2026-07-26", "portreth open", planned=True),
        ),
    ),
    Text(
        "cowlan-tunnel-mushrooms",
        "mushroom farm company release",
        date(2025, 10, 14),
        """NEWS RELEASE - FOR IMMEDIATE RELEASE

Cowlan Tunnel Mushrooms opens 1.8 million pound growing house and signs supermarket supply deal

PENDRY - Cowlan Tunnel Mushrooms, the family-run grower based in a disused railway tunnel near
Pendry, today opened a new climate-controlled growing house that will more than double its
output of oyster and shiitake mushrooms.

The 2,400-square-metre building, next to the tunnel's southern portal, was opened by the chair
of the county council, Cllr Maureen Tate. Building work began in March 2024 and was paid for
partly by a rural growth grant.

The farm signed a three-year contract with the regional supermarket chain Grange Stores on 2
September. Cowlan mushrooms will be stocked in all 46 Grange shops from January 2026 onwards,
and the first harvest from the new house is expected by 15 November.

"My mother started this business with a torch, a wheelbarrow and a few bags of spawn," said
managing director Elin Cowlan. "Today we grow 30 tonnes a month, and we still pick every
mushroom by hand."

Background
- Cowlan Tunnel Mushrooms was started in about 1978 by Margaret Cowlan, who rented the
  600-metre tunnel from the county council for a nominal rent.
- The farm began growing shiitake on oak logs in 2003, and oyster mushrooms on straw two years
  later.
- It has been certified organic by the Soil Standards Board since 2012.
- In 2019 the business passed to Margaret's daughter Elin, who had run the packing shed for ten
  years.
- The farm employs 31 people, most of them from Pendry and the surrounding villages.

Notes to editors
Photographs of the opening are available on request. The tunnel itself is not open to the
public, but the farm shop at the northern portal is open Wednesday to Sunday, 9am to 4pm.

Media enquiries: Tom Barrow, Ridgeway Communications, 01632 960 455""",
        (
            expect("2025-10-14", "growing house"),
            expect("2024-03", "building work"),
            expect("2025-09-02", "contract"),
            expect("2026-01/..", "stocked", planned=True),
            expect("../2025-11-15", "harvest", planned=True),
            expect("1978~", "started"),
            expect("2003", "shiitake"),
            expect("2005", "oyster"),
            expect("2012/..", "organic"),
            expect("2019", "passed"),
        ),
    ),
    Text(
        "bratt-grinder-daybook",
        "knife grinder's day book",
        None,
        """DAY BOOK
of Saml. Bratt, Grinder, No. 4 Cutlers Row, Hallowby.
Commenced Jany. 1865.

                                                                     l.   s.   d.
1865.
Jany. 2d. Mond.    Took on the lad Thos. Garside, 12 yrs. old, at 3s. p. week,
                   to turn the wheel & learn the trade.
                   Grd. 3 doz. table knives for Mr. Wragg                0    3    0
                   Set 2 razors for the Revd. Mr. Ince                   0    0    8
                   Pen knife & 2 pr. scissors, Mrs. Dyson, ready money   0    0    7
Jany. 5th. Thursd. Bot. a new stone of Jas. Hallam at the Quarry, 7 cwt.,
                   1l. 4s., pd. on acct.                                 0   15    0
                   Carriage of do. by Turner's waggon                    0    1    6
                   Grd. cleavers & 2 doz. knives at the Bull, for Mr.
                   Sugden the butcher                                    0    2    3
Feby. 21st. Tuesd. To Stourford fair with the barrow. Took 11s. 4d., scissors
                   mostly, & a deal of sheep shears. Stood the lad a pie.
                   Ale & baiting at the Plough                           0    0    9
Apl. 3d. Mond.     Wife brought to bed of a fine boy abt. 4 in the morng., to
                   be called Saml. after his Father. Mrs. Pickles attended.  0    2    6
                   No work done this day.
May 1st.           Hear the Old Mill at Dunford is to be pulled down next
                   month & the wheel-pit filled in. Mr. Lodge says I may
                   have the old stones if I fetch them away.
June 12th. Mond.   Fetched 2 old stones from Dunford in Pogson's cart.
                   Cart & horse, the day                                 0    5    0
                   Pd. Thos. Garside his wages to date                   0    3    0
                   Recd. of Mr. Wragg on acct.                           0   10    0

Memm. Begun at Messrs. Lodge & Sons, Crown Yard, abt. the 20th of March last,
      2 days in the week at 4s. p. day, they finding the stone & the power.
      Mr. Lodge a fair master but slow to pay.

Memm. My Father took up the trade in 1821 or thereabouts, at the wheel in Sheaf
      Lane, & learned it of old Crookes. I have had the barrow of him since 1849.
      The barrow was made, I believe, in 1838 by old Pogson the wheelwright, &
      is sound yet, tho' the wheel has had 3 new tyres.

Memm. Owing to me, June 12th: Mr. Sugden 4s. 6d., the Revd. Mr. Ince 1s. 4d.,
      Mrs. Haigh at the Mount 2s. 0d. Not to grind for Haigh again till paid.""",
        (
            expect("1865-01-02", "garside"),
            expect("1865-01-05", "stone"),
            expect("1865-02-21", "fair"),
            expect("1865-04-03", "boy"),
            expect("1865-06", "mill", planned=True),
            expect("1865-06-12", "stones"),
            expect("1865-03-20~", "crown yard"),
            expect("1821~", "father"),
            expect("1849/..", "barrow"),
            expect("1838?", "barrow", "made"),
        ),
    ),
    Text(
        "greyling-heath-nightjars",
        "nightjar survey report",
        date(2024, 11, 20),
        """GREYLING HEATH NIGHTJAR SURVEY 2024
Report to the Greyling Heath Management Group

Client:        Hartsell Commons Trust
Prepared by:   Corvin Ecology Ltd
Report ref.:   CE/2024/117     Status: Final     Version: 1.1

1. SUMMARY
1.1 Nine churring male nightjars were recorded on Greyling Heath in 2024. At least four pairs
attempted to breed, and young were fledged from at least two nests.
1.2 Birds remain concentrated in the restored heath in the south of the site and continue to
avoid the areas most used by dog walkers.

2. BACKGROUND
2.1 Greyling Heath (212 ha) is managed by the Trust for its heathland birds and reptiles.
Between 2008 and 2011 some 64 ha of conifer plantation were felled and the ground restored to
heather and open sand under a stewardship agreement.
2.2 Nightjars are counted by their churring song, which males give at dusk through the summer.

3. METHODS
3.1 Full survey visits were made on 4, 11 and 18 June 2024, starting 30 minutes after sunset
and lasting two hours. Surveyors walked fixed transects and mapped churring males,
wing-clapping and calls.
3.2 Visits were not made in rain or in winds above Beaufort force 4.

4. RESULTS
4.1 The first churring male of the year was heard on 22 May, on the south-facing slope above
Ling Bottom. Counts from the three full visits are given in Table 1.

Table 1. Churring males by compartment
Compartment    4 Jun    11 Jun    18 Jun    Max
C2             2        3         3         3
C4             1        1         2         2
C5             2        2         2         2
C6             1        2         1         2
Total          6        8         8         9

4.2 A nest with two eggs was found in compartment C5 on or about 28 June by a volunteer
checking reptile refuges; the exact date was not logged. The pair at Lark Hollow (C2) probably
fledged young on 14 July, when two juveniles were flushed from the nest area.
4.3 The last nightjar of the season was seen on 30 August, hawking moths over the Ling Bottom
track.

5. RECOMMENDATIONS
5.1 Felling of the pine belt in compartment C7 is due to start on 6 January 2025 and will
extend the open heath by about 5 ha.
5.2 Signs asking walkers to keep dogs on leads between May and August should be renewed.
5.3 The next full survey will be carried out in 2029, in line with the five-year cycle.""",
        (
            expect("2008/2011", "plantation"),
            expect("2024-06-04", "visit"),
            expect("2024-06-11", "visit"),
            expect("2024-06-18", "visit"),
            expect("2024-05-22", "churring"),
            expect("2024-06-28~", "nest"),
            expect("2024-07-14?", "fledged"),
            expect("2024-08-30", "last"),
            expect("2025-01-06", "felling", planned=True),
            expect("2029", "next", "survey", planned=True),
        ),
    ),
    Text(
        "veil-snow-globes",
        "snow globe maker's history",
        None,
        """From a Workbench in Lindach: The Story of Veil Snow Globes

The workshop
Veil snow globes began at a single workbench. Anton Veil, a maker of barometers and
thermometers in the hill town of Lindach, blew his first water-filled glass domes c. 1905 as a
sideline, selling them to pilgrims at the shrine on the Kalvarienberg above the town.

His early globes held painted tin figures and a "snow" of ground bone. The first globes with
porcelain figures, modelled by his wife Klara, were made in 1911 and soon became the firm's
signature.

Anton's patent for a sealed, leak-free base was granted on 7 April 1927, and with it came the
first large orders from dealers abroad. In 1934 the family moved the workshop from Lindach to
larger premises in Elmgate, closer to the railway.

War and after
Production stopped from 1940 to 1946, when the workshop was turned over to making precision
glass for laboratories. Anton's son Josef took over the business, probably in 1952; the family
papers call him "the master" for the first time in a letter of that year, but no contract
survives.

In the 1960s Josef introduced plastic bases and a glitter "snow" that fell more slowly, and the
globes began to appear in department store windows across the continent. The millionth Veil
globe was sold on 12 December 1979: a model of the Elmgate town hall under a dusting of white.

Today
Since 2009 the original Elmgate workshop has been a museum, where visitors can watch globes
being filled and sealed by hand. The fourth generation of the family, Lena and Paul Veil, still
make every globe in the building behind it, about 40,000 a year.

A new visitor centre, with a cafe and a room where children can make their own globe, will open
in 2026. Until then, tours of the workshop run on weekdays at 11:00 and 14:00, and can be booked
at the museum desk.""",
        (
            expect("1905~", "domes"),
            expect("1911", "porcelain"),
            expect("1927-04-07", "patent"),
            expect("1934", "moved"),
            expect("1940/1946", "production"),
            expect("1952?", "josef"),
            expect("1979-12-12", "millionth"),
            expect("2009/..", "museum"),
            expect("2026", "visitor centre", planned=True),
        ),
    ),
    Text(
        "sealink-clean-power-auction",
        "energy minister's statement",
        None,
        """DEPARTMENT FOR ENERGY AND CLIMATE

Written Ministerial Statement

Energy security and the Clean Power Auction

Made by: Miriam Osei-Lund, Minister for Energy
Date: Monday 9 December 2024

I wish to update the House on the security of our electricity supply this winter and on the
next steps in our programme to replace fossil generation.

Supply this winter

The new 1.4 GW Sealink interconnector with our northern neighbours was energised on 28 November
and is now importing power at full capacity. Together with the closure of the last coal unit at
Hallow Point power station on 30 September, this means that our system can meet winter peak
demand without burning coal.

Members will remember the blackout of 17 January 2023, when a fault at the Brannock substation
left 1.2 million homes without power for up to nine hours. The Grid Action Plan that my
department published in March 2023 in response has now been largely delivered: all eleven
critical substations have new protection equipment, and the grid company holds two additional
gigawatts of emergency reserve.

Prices

The household energy price cap, which has been in place since 1 April 2022, will remain at its
current level until further notice. I will keep it under review with the regulator.

The Clean Power Auction

The first round of the Clean Power Auction will open on 3 February 2025. Developers of onshore
wind, solar and battery projects of more than 5 MW may apply. Bids must be submitted no later
than 31 March 2025, and I expect the successful projects to be announced in June 2025.

The auction is the central measure of the National Energy Strategy, published in 2019, which set
the goal of a clean power system within a generation. I am placing the auction rules and the
guidance for bidders in the Library of the House.

I commend this statement to the House.""",
        (
            expect("2024-11-28", "interconnector"),
            expect("2024-09-30", "coal"),
            expect("2023-01-17", "blackout"),
            expect("2023-03", "grid action plan"),
            expect("2022-04-01/..", "price cap"),
            expect("2025-02-03", "auction", "open", planned=True),
            expect("../2025-03-31", "bids", planned=True),
            expect("2025-06", "projects", planned=True),
            expect("2019", "strategy"),
        ),
    ),
    Text(
        "lacquer-loft-studio",
        "nail salon's HTML page",
        date(2025, 3, 5),
        """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>About us | Lacquer Loft Nail Studio, Harlbridge</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Lacquer Loft</a>
<nav><ul><li><a href="/treatments">Treatments</a></li><li><a href="/prices">Prices</a></li>
<li><a href="/about" aria-current="page">About us</a></li><li><a href="/book">Book now</a></li>
</ul></nav>
</header>
<div class="banner" role="alert">
<p><strong>Refurbishment:</strong> the studio will be closed from Monday 17 March to Sunday 23
March while we fit new ventilation and pedicure chairs. We reopen at 9am on Monday 24 March.</p>
</div>
<main>
<h1>About Lacquer Loft</h1>
<p>Lacquer Loft opened in May 2016 in a single room above the bakery on Cross Street, with one
chair, one lamp and owner Hana Moreau doing every set of nails herself.</p>
<p>Hana trained in gel and acrylic techniques at the Mirelle Academy in Castleford around 2012,
and spent four years working on cruise ships before coming home to Harlbridge.</p>
<p>We moved to our present shop at 14 High Street on 1 September 2021, and took over the unit
next door in January 2024 to make room for our lash and brow bar. In 2023 we were named Nail
Studio of the Year at the Harlbridge Business Awards, which still makes us blush.</p>
<h2>Meet the team</h2>
<ul>
<li><strong>Hana</strong> - founder; gel extensions and hand-painted nail art</li>
<li><strong>Shona</strong> - manicures, pedicures and builder gel</li>
<li><strong>Mai</strong> - our newest technician, who joined us on 3 February after five years
at a hotel spa in Castleford</li>
</ul>
<h2>Coming soon</h2>
<p>Our new pedicure lounge, with four heated massage chairs, will be open from April onwards.
Online booking for the lounge is not live yet; sign up to our newsletter to hear first.</p>
<h2>Good to know</h2>
<ul>
<li>Please arrive five minutes early for your appointment.</li>
<li>We ask for 24 hours' notice of cancellations.</li>
<li>Patch tests are needed for new lash clients.</li>
</ul>
</main>
<footer>
<p>Lacquer Loft Nail Studio, 14 High Street, Harlbridge | 01632 960 332</p>
<p>Open Tue-Sat 9am-6pm, late night Thursday until 8pm</p>
<p>&copy; Lacquer Loft</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-17/2025-03-23", "closed", planned=True),
            expect("2025-03-24", "reopen", planned=True),
            expect("2016-05", "opened"),
            expect("2012~", "trained"),
            expect("2021-09-01", "moved"),
            expect("2024-01", "unit"),
            expect("2023", "nail studio of the year"),
            expect("2025-02-03", "mai"),
            expect("2025-04/..", "pedicure lounge", planned=True),
        ),
    ),
    Text(
        "tanner-street-hmo",
        "HMO licence decision",
        None,
        """HARLBRIDGE DISTRICT COUNCIL
Private Sector Housing Team

HOUSING ACT - PART 2 LICENSING
NOTICE OF DECISION TO GRANT A LICENCE FOR A HOUSE IN MULTIPLE OCCUPATION

Licence reference:   HMO/25/0214
Property:            27 Tanner Street, Harlbridge
Licence holder:      Mr Devinder Kaur-Walsh
Manager:             Brightkey Lettings Ltd
Decision date:       16 June 2025

1. THE APPLICATION
1.1 An application for a licence was received on 3 February 2025, following the expiry of the
previous licence on 31 January. The previous licence had been granted in 2020 to the same
holder.
1.2 The property is a three-storey mid-terrace house which has been let as a house in multiple
occupation since 2008. It has seven letting rooms, two shared kitchens and three bathrooms.

2. INSPECTION
2.1 A council officer inspected the property with the manager on 11 March 2025. The officer
noted that four bedroom doors were not fire doors and that the second-floor kitchen is too
small for the number of occupiers sharing it.
2.2 The council had previously served an improvement notice on 22 November 2022 in respect of
damp in the rear addition. That notice was complied with.

3. REPRESENTATIONS
3.1 A proposed licence was sent to the applicant and to other relevant persons. Representations
from the licence holder were received on or about 2 May; the letter was undated and was
delivered by hand to the council offices. The council has considered them and has reduced the
number of permitted occupiers by one instead of requiring a third kitchen.

4. DECISION
4.1 The council has decided to grant a licence for a maximum of six households and seven
persons, subject to the conditions in Schedule 1.
4.2 The licence will run from 1 July 2025 to 30 June 2030.
4.3 Schedule 1, condition 6: the licence holder must install FD30 fire doors with self-closers
to bedrooms 2, 3, 5 and 7 no later than 15 September 2025, and must send the council a
certificate of installation within 14 days of completion.

5. RIGHT OF APPEAL
5.1 The licence holder or any relevant person may appeal against this decision to the Property
Tribunal within 28 days of the date of this notice.

Signed: R. Okonjo
Senior Environmental Health Officer
For and on behalf of Harlbridge District Council""",
        (
            expect("2025-06-16", "grant"),
            expect("2025-02-03", "application"),
            expect("2025-01-31", "expiry"),
            expect("2020", "granted"),
            expect("2008/..", "multiple occupation"),
            expect("2025-03-11", "inspected"),
            expect("2022-11-22", "improvement notice"),
            expect("2025-05-02~", "representations"),
            expect("2025-07-01/2030-06-30", "licence", planned=True),
            expect("../2025-09-15", "fire doors", planned=True),
        ),
    ),
    Text(
        "hensley-wood-bodgers",
        "wood turning history",
        None,
        """Turners of Hensley Wood

A short history, compiled for the Hensley Turners' Guild

The beechwoods around Hensley have supplied turners for at least four hundred years. The first
recorded bodger, one Nicholas Froome, "turner of chair-staves", appears in the parish register
in 1613, and by the eighteenth century there were families in the village who had turned for
generations.

The trade was at its height about 1850, when more than a hundred bodgers worked in the woods,
living in rough shelters for much of the year and turning chair legs on pole lathes. The legs
were carted to the chair factories of Wendlebury, where they were fitted to seats and backs
made by other hands.

In 1872 the brothers Amos and Levi Tull opened a steam turnery at Hensley Bottom, and the
following year they installed a copying lathe that could turn a leg in a few seconds. The
bodgers could not compete. Their numbers fell steadily, and the last of them, old Jesse Croft,
died probably in 1932. His lathe, his draw-knife and his shaving horse are now in the county
museum.

Revival
Interest in green woodworking returned in the 1970s. The Hensley Turners' Guild was founded at a
meeting in the village hall on 14 October 1976, with eleven members, and held its first show in
1978. Its great exhibition, "Four Centuries of Turning", ran from 2 to 4 May 1996 and drew
visitors from across the country.

Since 2005 the Guild has run a turning school in the restored Tull turnery, teaching both pole
lathe and powered lathe work. A reconstruction of a bodger's camp stands in the wood behind
it, and members demonstrate there on summer weekends.

Further reading
Records of the Tull turnery and the Guild's minute books are held by the county record office.
Members' memories of the last bodgers were recorded for the Guild's oral history project and can
be heard at the school by appointment.""",
        (
            expect("1613", "froome"),
            expect("1850~", "trade"),
            expect("1872", "steam turnery"),
            expect("1873", "copying lathe"),
            expect("1932?", "croft"),
            expect("1976-10-14", "guild", "founded"),
            expect("1978", "first show"),
            expect("1996-05-02/1996-05-04", "exhibition"),
            expect("2005/..", "turning school"),
        ),
    ),
    Text(
        "pellingham-ombre-fixtures",
        "ombre club fixtures card",
        date(2025, 8, 20),
        """THE PELLINGHAM OMBRE CLUB

FIXTURES CARD - SEASON 2025-26

Play commences 7.30 p.m. prompt in the Upstairs Room, The Angel, Market Hill.

Hon. Secretary:  Mrs. E. Dowling, 3 Orchard Row      Tel. 01632 960 571
Hon. Treasurer:  Mr. K. Ashworth
Match Captain:   Mr. F. Ibbotson

DATE              FIXTURE                                        VENUE
Tue  7 Oct 2025   Opening Night - Club Pairs                     Angel
Tue 21 Oct        League: v. Ashcombe Quadrille Society          Ashcombe
Tue 16 Dec        Christmas Drive (partners welcome)             Angel
Sat 24 Jan 2026   Annual Dinner                                  Angel
Tue 17 Mar        Hollis Cup Final                               Angel
Tue 28 Apr        Annual General Meeting                         Angel

NOTES
1. The Club was founded in 1891 at the Bell, Pellingham, and has met at the Angel since 1954.
2. Club nights are held on every Tuesday not shown above, from October to April.
3. The Hollis Cup was presented by Dr. J. Hollis in 1903 and is played for by all members in
   rounds on ordinary club nights; the two leading players meet in the Final.
4. The Club retained the County Shield on 18 March 2025 by beating Fernley Card Club 11-7.
5. Away teams are chosen by the Match Captain. Members able to travel to Ashcombe should give
   their names to Mr. Ibbotson at the Opening Night.
6. Subscriptions: full members 18, juniors and students 6. Table money 1 per night.
7. Play is by the Club's Laws, a copy of which hangs in the Upstairs Room. Spadille, Manille and
   Basto are always trumps; the player who names trumps plays alone against the other two.
8. Visitors are welcome on any club night. Beginners are taught by arrangement with the
   Secretary.

Any change to this card will be posted on the notice board at the Angel.""",
        (
            expect("2025-10-07", "opening night", planned=True),
            expect("2025-10-21", "ashcombe", planned=True),
            expect("2025-12-16", "christmas drive", planned=True),
            expect("2026-01-24", "annual dinner", planned=True),
            expect("2026-03-17", "hollis cup", "final", planned=True),
            expect("2026-04-28", "annual general meeting", planned=True),
            expect("1891", "founded"),
            expect("1954/..", "angel"),
            expect("1903", "presented"),
            expect("2025-03-18", "shield"),
        ),
    ),
)
