"""A ninetieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, an
airport's runway works notice, a brewery's history, a chess tournament report, a regional
parliament's committee minutes, a meteorite fall report, a tram network's extension page in
HTML, a data protection authority's fine notice, a mountaineering club's journal note, a
court's sentencing remarks summary, a textile mill's history and a student union's election
notice). Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINETIETH_CORPUS",)

NINETIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "pumped-storage-landslide",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LJUBLJANA, Oct 9 (Adria Press) - Slovenian state utility Drava Energija suspended
work on its Kozjak pumped-storage plant on Monday after a landslide damaged the main access
tunnel, the company said.

The slope above the tunnel portal gave way on October 2, after the wettest week recorded in
the region since 1990. Nobody was hurt, but about 140 workers were sent home.

Construction of the 410-megawatt plant began in March 2021. Drava Energija, which has held the
concession for the site since 2016, said the plant was still scheduled to enter service in
2027, a year later than first planned.

An independent geological survey will be completed by November 15, chief executive Marko
Zupancic told reporters in Maribor. "Until then no machine goes back into that tunnel," he
said.

Shares in the company's listed parent fell 3.2 percent on the Ljubljana exchange, their
biggest one-day drop since 2020. Environmental groups, which hold a vigil at the site every
Sunday, repeated calls for a full review of the project.

The plant is part of a national energy plan that aims for 2,050 megawatts of storage.

(Reporting by Nina Kovac; Editing by Tom Askew)""",
        (
            expect("2024-10-07", "suspend"),
            expect("2024-10-02", "slope"),
            expect("2021-03", "construction"),
            expect("2016/..", "concession"),
            expect("2027", "service", planned=True),
            expect("../2024-11-15", "survey", planned=True),
        ),
    ),
    Text(
        "robotics-acquisition",
        "press release",
        None,
        """PRESS RELEASE No. 2025/14

Nordhaven Robotics to acquire Klein Vision

Rotterdam, 4 June 2025 - Nordhaven Robotics N.V. (Euronext: NHR) today announced that it has
signed an agreement to acquire Klein Vision B.V., a maker of optical inspection cameras for
food processing lines, for EUR 86 million in cash.

Klein Vision was founded in 2014 in Eindhoven by engineers Lotte Klein and Ruud Bakker. It
launched its first inspection camera in 2017 and today employs 120 people.

"Klein's cameras already sit on 2,018 production lines around the world," said Nordhaven chief
executive Pieter van Dam. "Together we can offer a complete inspection cell."

The transaction is expected to close no later than 30 September 2025, subject to approval by
the Dutch competition authority. Integration of the two engineering teams will begin on
1 October. Nordhaven, which has been listed on Euronext Amsterdam since 2021, will host a
webcast for analysts on Friday at 10:00 CET.

About Nordhaven Robotics
Nordhaven Robotics designs robotic handling systems for warehouses and factories. Its
systems are certified to ISO 9001:2015.

Forward-looking statements: this release contains statements about future events that are
subject to risks and uncertainties.

Media contact: Sanne de Wit, +31 10 555 2026, press@nordhaven.example""",
        (
            expect("2025-06-04", "acquire"),
            expect("2014", "found"),
            expect("2017", "camera"),
            expect("../2025-09-30", "close", planned=True),
            expect("2025-10-01", "integration", planned=True),
            expect("2021/..", "listed"),
            expect("2025-06-06", "webcast", planned=True),
        ),
    ),
    Text(
        "slip-and-fall-appeal",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS, FOURTH DISTRICT
No. 04-24-00187-CV
MARGARET ELLISON, Appellant, v. HOLLOWAY GROCERY STORES, INC., Appellee
Filed: March 11, 2025

OPINION

Appellant Margaret Ellison challenges a summary judgment rendered in favor of appellee
Holloway Grocery Stores, Inc. on her premises liability claim. We reverse and remand.

I. Background

On or about June 14, 2021, Ellison slipped on a wet entrance mat at Holloway's store on Pike
Avenue and fractured her wrist. The record shows that Holloway had used the same type of mat at
that entrance since 2018 and had received two prior complaints about it.

Ellison filed suit on May 2, 2023. Holloway moved for summary judgment, arguing that it had no
actual or constructive knowledge of the condition. The trial court granted summary judgment on
January 19, 2024. Ellison filed her notice of appeal eleven days later. We heard oral argument
on November 6, 2024.

II. Standard of Review

We review a summary judgment de novo. See Valdez v. Orrin Mkts., 512 S.W.3d 1990, 1994 (App.
2017). Under the Premises Safety Act of 1985, an owner owes an invitee a duty of reasonable
care. Holloway's store manager testified that staff inspect the entrance every thirty
minutes, but no inspection log for the day of the fall was produced.

III. Conclusion

Because a fact issue exists as to Holloway's constructive knowledge, we reverse the trial
court's judgment and remand for further proceedings.

Justice Ana Ruiz, for the Court.""",
        (
            expect("2021-06-14~", "slip"),
            expect("2018/..", "mat"),
            expect("2023-05-02", "suit"),
            expect("2024-01-19", "summary", "judgment"),
            expect("2024-01-30", "appeal"),
            expect("2024-11-06", "argument"),
        ),
    ),
    Text(
        "velmora-history",
        "encyclopedia history",
        None,
        """Velmora

Velmora is a town in the upper Lessa valley and the administrative seat of Velmora District.
Population 23,418 (2021 census).

History

A settlement grew up around a Cistercian grange founded around 1240 by monks from the abbey
of Santa Rufina. Velmora received town rights in 1347 from Count Aldo III, and its walls were
begun soon afterwards. The castle on the Rocca hill was possibly built in 1390, although some
historians place it a generation later.

The town burned in 1521 and again in 1583; the second fire destroyed the town hall and most of
its archive. The wool trade recovered slowly, and the weekly market, held every Thursday
since medieval times, remained the centre of local life.

The railway from Cassano reached Velmora in 1872, and the station was opened the following
year. Velmora has been the seat of the district since 1919, when the old district of Rocca was
merged into it.

The local football club, Velmora 1900, plays at the Stadio Comunale, which holds 4,500
spectators. Summer temperatures in the valley are now the highest since records began.

See also: Lessa valley; Santa Rufina Abbey.""",
        (
            expect("1240~", "found"),
            expect("1347", "rights"),
            expect("1390?", "castle"),
            expect("1521", "burn"),
            expect("1583", "burn"),
            expect("1872", "railway"),
            expect("1873", "station"),
            expect("1919/..", "seat"),
        ),
    ),
    Text(
        "rovers-win",
        "sports report",
        date(2025, 4, 13),
        """Rovers end long wait at Kingsfield

By Dan Whitlock, Sports Desk

Harlow Rovers beat Kingsfield Athletic 3-1 on Saturday, their first win at Kingsfield since
2009, to move within two points of the play-off places.

Kofi Mensah, who joined from Ajaccio in January, scored twice before half-time, and captain
Lewis Hart added a third from the penalty spot. Kingsfield's reply came from a late header in
front of a crowd of 1,974.

"We've talked about this ground every Tuesday in training for a month," said manager Paul
Reddin, in charge since November 2023. "The lads finally believed it."

Rovers last won the league title in 1987, and the club's fans have been waiting for a
promotion push ever since.

The afternoon was soured by a red card for defender Sam Clarke, who will miss Wednesday's
home match against Petersfield. Rovers then face Dunmore Town in the county cup semi-final on
26 April.

Photo: Kofi Mensah celebrates his second goal. (Photo: R. Lane)""",
        (
            expect("2025-04-12", "beat"),
            expect("2025-01", "join"),
            expect("2023-11/..", "manager"),
            expect("1987", "title"),
            expect("2025-04-16", "miss", planned=True),
            expect("2025-04-26", "semi-final", planned=True),
        ),
    ),
    Text(
        "brandt-bicycles",
        "company history",
        None,
        """Our history - Brandt & Sohne Fahrradwerke

Brandt & Sohne was founded in 1898 by the locksmith Emil Brandt in a backyard workshop in
Minden. His first frame, the Model 1898 Classic, is still produced in a small series today.

The company moved to Bielefeld around 1910, when demand for delivery bicycles outgrew the
workshop. Between the wars it employed some 400 people. The Bielefeld factory was destroyed in
an air
raid in 1944.

Production resumed in 1948 in a former barracks, and the first motorised bicycle followed two
years later. The Brandt Mofa sold more than 250,000 units, more than any other model in the
company's history.

After decades as a family firm, Brandt has been part of the Dutch Velotra group since 2007. The
e-bike range was launched in 2012 and now accounts for two thirds of sales. Every year in May,
the factory opens its doors to visitors for the Brandt Day.

Brandt plans to open a new assembly plant in Gutersloh in 2026, which will double its capacity
to 90,000 bicycles a year.

Brandt & Sohne Fahrradwerke GmbH, Eckendorfer Strasse 118, 33609 Bielefeld""",
        (
            expect("1898", "found"),
            expect("1910~", "move"),
            expect("1944", "destroy"),
            expect("1948", "production"),
            expect("1950", "motor"),
            expect("2007/..", "velotra"),
            expect("2012", "e-bike"),
            expect("2026", "plant", planned=True),
        ),
    ),
    Text(
        "kestrel-orbiter",
        "mission summary",
        date(2025, 11, 12),
        """KESTREL LUNAR ORBITER - MISSION SUMMARY
Document KST-OPS-0042 rev. 3 | COSPAR ID 2022-041A

Kestrel is a 1,842 kg lunar orbiter built to map water ice in permanently shadowed craters
near the lunar south pole.

Launch and cruise. Kestrel was launched on 17 September 2022 from Kourou on a Vega-C rocket.
After a low-energy transfer it entered lunar orbit on 3 January 2023 and reached its 100 km
mapping orbit on 21 January.

Operations. The first neutron spectrometer maps were released in April 2023. Around 14 March
2024 the primary star tracker failed; the team switched to the backup unit within a week and
no science data were lost. The primary mission ended on 31 December 2024 after 6,200 orbits,
and the extended mission has been running since 1 January 2025.

Plans. Controllers will lower the orbit to 20 km in February 2026 to sharpen the ice maps. The
orbiter is to be deliberately crashed into the crater Shoemaker no later than December 2026,
when its propellant runs out.

Data products are released every three months through the mission archive.""",
        (
            expect("2022-09-17", "launch"),
            expect("2023-01-03", "orbit"),
            expect("2023-01-21", "mapping"),
            expect("2023-04", "maps"),
            expect("2024-03-14~", "tracker"),
            expect("2024-12-31", "primary", "end"),
            expect("2025-01-01/..", "extended"),
            expect("2026-02", "orbit", planned=True),
            expect("../2026-12", "crash", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH AND SOCIAL AFFAIRS
Statement | Issued: Thursday 22 January 2026

Catch-up measles vaccination campaign for children and young adults

The Ministry on Tuesday approved a national catch-up vaccination campaign against measles,
following a rise in cases in three northern provinces.

The first cases of the current outbreak were confirmed on 18 November 2025. A heightened
public health alert has been in force since 1 December 2025. Weekly case numbers are now the
highest since 2019.

The campaign will run from 2 February to 27 March at school health centres and pharmacies. It
is free of charge for everyone born after 1995 who has not received two doses. Under the 2018
Public Health Act, schools must share vaccination records with health centres.

The Minister, Dr Helena Varga, will present a progress report to Parliament no later than
15 February.

"Measles is preventable. Two doses protect for life," Dr Varga said.

Information line: 0800 123 2026 (open every weekday, 8:00-18:00)
Press office: press@health.example""",
        (
            expect("2026-01-20", "approve"),
            expect("2025-11-18", "cases"),
            expect("2025-12-01/..", "alert"),
            expect("2026-02-02/2026-03-27", "campaign", planned=True),
            expect("../2026-02-15", "report", planned=True),
        ),
    ),
    Text(
        "maritime-museum-news",
        "HTML page (a news page with tags)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News - Halden Maritime Museum</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a></nav>
<main>
<article>
<h1>Ship hall reopens after three-year restoration</h1>
<p class="meta">Posted on 3 April 2025 by Ingrid Solberg</p>
<p>The museum's ship hall reopened to the public on Saturday 29 March, more than three years
after it closed in January 2022 for a new roof and climate control.</p>
<p>The hall was built around 1911 as the rope works of the Halden shipyard. The museum has
occupied the building since 1978.</p>
<p>Visitors can once again step aboard the schooner <em>Freya</em>, built in 1894 and the
oldest vessel in the collection. Before the closure the hall drew up to 41,000 visitors a year,
more than at any time since 1988.</p>
<p>A new exhibition on coastal whaling will open on 14 June.</p>
<figure><img src="/img/freya.jpg" alt=""><figcaption>The schooner Freya, 28 March 2025.
Photo: museum</figcaption></figure>
</article>
<aside>
<h2>Opening hours</h2>
<ul>
<li>Tuesday to Sunday, 10:00-17:00</li>
<li>Guided tours every Saturday at 13:00</li>
</ul>
</aside>
</main>
<footer>&copy; 2025 Halden Maritime Museum | Tel. +47 69 17 19 11 | Org. no. 971 203 118</footer>
</body>
</html>""",
        (
            expect("2025-03-29", "reopen"),
            expect("2022-01", "close"),
            expect("1911~", "built"),
            expect("1978/..", "occup"),
            expect("1894", "freya"),
            expect("2025-06-14", "exhibition", planned=True),
        ),
    ),
    Text(
        "runway-resurfacing",
        "airport runway works notice",
        None,
        """NORBURY INTERNATIONAL AIRPORT
NOTICE TO AIRPORT USERS - AIRSIDE WORKS
Ref: AOP/NTU/2026/03 | Issued 10 February 2026

Runway 09/27 resurfacing

1. Runway 09/27 will be resurfaced from 2 March to 20 March 2026. During this period the runway
will be closed every night between 23:00 and 06:00 local time. Related NOTAM: A0412/26.

2. The runway will be fully closed on Sunday 22 March for the final grooving and markings.
Operators should plan for no movements on that day.

3. The contractor is required to complete all works no later than 30 April 2026, including
the replacement of 2,400 metres of edge lighting.

4. Background: the runway opened in 1967 and was last resurfaced in 2004. Consultation with
airlines and the local community ended on 30 January.

5. ILS CAT II operations will not be available while works are in progress. Runway length
for take-off remains 2,750 m outside works hours.

Enquiries: Airside Operations, tel. 01632 960 214, airside.ops@norbury-airport.example""",
        (
            expect("2026-03-02/2026-03-20", "resurface", planned=True),
            expect("2026-03-22", "closed", planned=True),
            expect("../2026-04-30", "complete", planned=True),
            expect("1967", "open"),
            expect("2004", "resurface"),
            expect("2026-01-30", "consultation"),
        ),
    ),
    Text(
        "aldenbraeu-history",
        "brewery history",
        None,
        """Aldenbrau - Five Centuries of Brewing

The monks of Alden Abbey were brewing beer for pilgrims by 1412, according to an entry in the
abbey's account book. Our dark lager, Dunkel 1412, is named after that entry.

Like every Bavarian brewery, the abbey brewed under the 1516 Purity Law, which allowed only
barley, hops and water. In 1803 the abbey was dissolved, and the brewery was sold to the
innkeeper Josef Huber two years later. The Huber family still owns Aldenbrau today.

A steam engine was installed in the brewhouse circa 1860, and the brewery began to deliver
beer by rail to Munich in 1874. The present copper brewhouse was built in 1972.

In 2019 bottling moved to a new plant in Landshut, while brewing stayed at the abbey. Our
Festbier is brewed every August and served at the abbey festival, and our Helles at 5.4% is brewed
to the same recipe as it was in our grandparents' day.

A visitor centre with a brewing museum is scheduled to open in May 2026 in the former abbey
granary.

Aldenbrau GmbH | Klosterhof 4 | 84028 Alden | Tel. 0871 412 1516""",
        (
            expect("../1412", "brew"),
            expect("1803", "dissolve"),
            expect("1805", "sold"),
            expect("1860~", "steam"),
            expect("1874", "rail"),
            expect("1972", "brewhouse"),
            expect("2019", "bottling"),
            expect("2026-05", "visitor", planned=True),
        ),
    ),
    Text(
        "varna-open",
        "chess tournament report",
        date(2025, 8, 18),
        """Petrova takes the Varna Open on tie-break

Report by Georgi Ivanov | Photos: Varna Chess Club

The 14th Varna Open, held at the Hotel Cherno More from 8 to 17 August, drew 212 players from
23 countries, the largest field since 2008.

Grandmaster Elena Petrova clinched first place on Sunday with a quick draw in the ninth and
final round, finishing on 7.5/9 ahead of Ivan Kolev on tie-break. Petrova, who became a
grandmaster in 2019, beat three players rated above 2,618 along the way.

Kolev, who won the tournament in 2011 and 2014, was unbeaten but drew too many games in the
middle rounds. His round-six win over Nikolai Dimov followed a line of the Najdorf made famous
in the 1972 World Championship.

The best junior was 15-year-old Maria Stoyanova, rated 2011, who scored 6/9.

The club holds blitz evenings every Thursday. Next year's tournament will be held from 7 to 16
August, the organisers announced at the closing ceremony.

Final standings: 1. Petrova 7.5 (TB 52.5), 2. Kolev 7.5 (TB 51.0), 3. Dimov 7.0.""",
        (
            expect("2025-08-08/2025-08-17", "open"),
            expect("2025-08-17", "clinch"),
            expect("2019", "grandmaster"),
            expect("2011", "won"),
            expect("2014", "won"),
            expect("2026-08-07/2026-08-16", "tournament", planned=True),
        ),
    ),
    Text(
        "transport-committee-minutes",
        "regional parliament committee minutes",
        None,
        """REGIONAL PARLIAMENT OF WESTMARK
Committee on Transport and Infrastructure
Minutes of the 14th meeting, Wednesday 5 November 2025, Room B 204
Chair: Ulrike Brand (SDP)

Item 1 - Adoption of the agenda
The agenda was adopted unanimously.

Item 2 - Draft Regional Rail Act (Document 18/2025)
The Chair noted that the draft act had been referred to the committee on 16 October. A hearing
with experts will take place on 3 December. Members were reminded that the committee meets
every second Wednesday while the bill is pending.

Item 3 - Closure of the Oberau-Lindfeld line
Ms Jansen (Greens) reported that the line has been closed since 28 July, after a bridge
inspection found corroded bearings. State Secretary Dr Koch said the ministry had commissioned
a feasibility study on the bridge in 2023. Repair works are expected to be completed by the end
of March 2026; replacement buses carry about 1,150 passengers a day.

Item 4 - Any other business
Mr Okafor (CDP) asked for figures on the 2024 Rail Survey. The ministry will answer in writing.

Next meeting: Wednesday 19 November 2025, 10:00.

Minutes taken by: L. Weber, committee secretariat""",
        (
            expect("2025-10-16", "refer"),
            expect("2025-12-03", "hearing", planned=True),
            expect("2025-07-28/..", "closed"),
            expect("2023", "study"),
            expect("../2026-03", "repair", planned=True),
            expect("2025-11-19", "meeting", planned=True),
        ),
    ),
    Text(
        "tarvaja-meteorite",
        "meteorite fall report",
        None,
        """Tarvaja
Estonia, Laane-Viru County
Observed fall: 4 October 2024, 21:43 UT
Classification: ordinary chondrite (L6)
Total known mass: 3.87 kg in 14 stones

History: A bright fireball travelling from north-east to south-west was recorded by four
cameras of a regional network on 4 October 2024, and sonic booms were heard over a wide area.
The first stone (212 g) was found two days later by a farmer, Aivar Tamm, on a gravel road near
the village of Tarvaja. A search campaign from 12 to 20 October 2024 recovered 13 further
stones. Local newspapers reported that a similar fireball was possibly seen over the same area
in 1937, but no meteorites were recovered at that time.

Classification: The stones were classified as an L6 chondrite in February 2025 by K. Lepp
(University of Tartu). Shock stage S3, weathering grade W0.

Status: The name was approved by the Nomenclature Committee on 18 March 2025. It is the first
recorded fall in the country since 1872. The main mass (1.21 kg) has been held at the Estonian
Museum of Natural History since 25 November 2024.

Specimens: 420 g, inventory no. 2024-07, Estonian Museum of Natural History; 20 g, type
specimen, University of Tartu.""",
        (
            expect("2024-10-04", "fireball"),
            expect("2024-10-06", "found"),
            expect("2024-10-12/2024-10-20", "search"),
            expect("1937?", "fireball"),
            expect("2025-02", "classif"),
            expect("2025-03-18", "approve"),
            expect("2024-11-25/..", "mass"),
        ),
    ),
    Text(
        "tram-line-4-extension",
        "tram network extension page in HTML",
        date(2025, 9, 2),
        """<html>
<head><title>Line 4 extension to Eastfield | Carrow Trams</title></head>
<body>
<header><a href="/">Carrow Trams</a> &gt; <a href="/projects">Projects</a></header>
<h1>Line 4 extension to Eastfield</h1>
<p class="updated">Last updated: 2 September 2025</p>
<p>Line 4 has served Central Station since 1994. The 3.2 km extension adds five stops between
Market Cross and Eastfield Park, bringing some 14,000 homes within a ten-minute walk of a tram
stop. The route follows the old goods railway for most of its length, so few buildings had to
be demolished.</p>
<h2>Progress</h2>
<ul>
<li>Construction began in April 2023.</li>
<li>Tracklaying was completed on 14 July 2025.</li>
<li>Test runs started on Monday, first at walking pace and without passengers.</li>
<li>Driver training on the new section continues through the autumn.</li>
</ul>
<h2>What happens next</h2>
<p>Passenger service is scheduled to start on 14 December 2025. Trams will run every 7 minutes
on weekdays. A second phase to the new hospital is expected to open around 2028.</p>
<table>
<tr><th>Budget</th><td>GBP 218 million</td></tr>
<tr><th>Stops</th><td>5 (stop IDs 2031-2035)</td></tr>
</table>
<footer>Carrow Trams, Depot Road, Carrow | Customer line 0300 123 1994</footer>
</body>
</html>""",
        (
            expect("1994/..", "line"),
            expect("2023-04", "construction"),
            expect("2025-07-14", "track"),
            expect("2025-09-01", "test"),
            expect("2025-12-14", "service", planned=True),
            expect("2028~", "phase", planned=True),
        ),
    ),
    Text(
        "dpa-fine-notice",
        "data protection authority fine notice",
        None,
        """DATA PROTECTION COMMISSION
Press notice | 27 May 2025 | Case reference DPC-2024-0318

Commission fines retailer Mercado Verde EUR 1.2 million over loyalty-card breach

The Data Protection Commission imposed a fine of EUR 1.2 million on the supermarket chain
Mercado Verde S.L. on 21 May 2025 for failures to protect and to report a breach of customer
data.

A misconfigured server exposed the names, addresses and purchase histories of about 310,000
loyalty-card holders from 3 to 9 March 2024. The company notified the Commission only on
2 May 2024, well beyond the 72 hours required by Article 33 of Regulation (EU) 2016/679.

The Commission opened its investigation in June 2024. It found that the server had never been
covered by the company's security testing.

Mercado Verde must inform all affected customers no later than 30 June 2025. The company may
appeal the decision to the Administrative Court within one month.

The fine is the highest imposed by the Commission since 2021. The Commission publishes its
decisions every quarter in its register.

Press contact: +34 91 555 0179 | prensa@dpc.example""",
        (
            expect("2025-05-21", "fine"),
            expect("2024-03-03/2024-03-09", "expose"),
            expect("2024-05-02", "notif"),
            expect("2024-06", "investigation"),
            expect("../2025-06-30", "inform", planned=True),
        ),
    ),
    Text(
        "garnet-peak-north-ridge",
        "mountaineering club journal note",
        None,
        """CLUB JOURNAL - NOTES FROM THE HILLS
Vol. 58 (2024), p. 112

Garnet Peak, North Ridge (first ascent)

Tess Harlan and Owen Price made the first ascent of the north ridge of Garnet Peak (3,214 m)
on 11 July 2023. The pair had left base camp two days earlier and bivouacked at the foot of
the upper tower, at about 2,019 m by their altimeter.

The ridge had been attempted in 1978 and 1986, both times by club parties turned back by
rockfall at the tower. The peak itself was first climbed circa 1935 by a survey team by the
easy south slopes.

The route is about 1,100 m long and graded TD+. Harlan and Price descended by the south slopes
in 5 hours. The Garnet Hut, the usual starting point, has been closed since August 2021 after
a rockfall damaged its roof; parties must camp by the lake.

The club plans to return in 2025 to attempt the unclimbed west face. Members wishing to join
should contact the expeditions secretary. The club's indoor wall is open every Wednesday
evening.""",
        (
            expect("2023-07-11", "ascent"),
            expect("2023-07-09", "camp"),
            expect("1978", "attempt"),
            expect("1986", "attempt"),
            expect("1935~", "climb"),
            expect("2021-08/..", "hut"),
            expect("2025", "west", planned=True),
        ),
    ),
    Text(
        "oakes-sentencing",
        "court sentencing remarks summary",
        None,
        """SENTENCING REMARKS - SUMMARY
R v Daniel Oakes and Kyle Marsh
Crown Court at Norbury | 14 February 2025 | Case no. T20237014
HHJ Farrant

This summary is provided to help understand the sentence. Only the full remarks are
authoritative.

On 2 September 2023 Daniel Oakes and Kyle Marsh broke into a jeweller's shop on Bridge Street
and stole watches worth about GBP 96,000. Oakes was arrested four days later at an address in
Lowfield, and he has been remanded in custody since 7 September 2023.

Oakes pleaded guilty on 9 December 2024. Marsh was convicted by a jury on 30 January 2025.

The judge placed the burglary in category 2A of the guideline under the Sentencing Act 2020.
Oakes has previous convictions for burglary in 2015 and 2018, which the judge treated as
aggravating factors. Marsh has no previous convictions.

Oakes received 4 years 8 months' imprisonment, reduced by a quarter for his plea. Marsh
received 3 years. Each will serve up to half of the sentence in custody before release on
licence.

A confiscation hearing under the Proceeds of Crime Act 2002 will be held on 11 April.

Issued by the Judicial Press Office. Tel. 020 7947 6000""",
        (
            expect("2023-09-02", "broke"),
            expect("2023-09-06", "arrest"),
            expect("2023-09-07/..", "custody"),
            expect("2024-12-09", "guilty"),
            expect("2025-01-30", "convict"),
            expect("2015", "conviction"),
            expect("2018", "conviction"),
            expect("2025-04-11", "confiscation", planned=True),
        ),
    ),
    Text(
        "holmroyd-mill",
        "textile mill history",
        None,
        """Holmroyd Mill: a short history

Holmroyd Mill was built in 1792 by the brothers James and Abel Ashworth on the banks of the
Calder, to spin cotton by water power. A waterwheel drove the machinery until around 1830,
when the first steam engine was installed.

By mid-century the mill ran 40,000 spindles and employed some 600 hands, who worked from six
until six every weekday. The 1844 Factory Act shortened the hours of the children among them.

A fire gutted the weaving shed on 14 January 1867; it was rebuilt within a year. The great
strike of 1911 lasted from 3 July to 19 August and ended with a wage rise of one shilling.

Holmroyd remained the largest employer in the valley for a century. Spinning ended when the
mill closed in 1972, and the buildings were listed Grade II in 1985. The mill has housed the
Calder Valley Museum since 1999.

Conversion of the north wing into flats is expected to be completed in 2027.

Holmroyd Mill, Mill Lane, Hebble Bridge. Open Wednesday to Sunday. Tel. 01422 555 1792""",
        (
            expect("1792", "built"),
            expect("1830~", "steam"),
            expect("1867-01-14", "fire"),
            expect("1911-07-03/1911-08-19", "strike"),
            expect("1972", "closed"),
            expect("1985", "listed"),
            expect("1999/..", "museum"),
            expect("2027", "flats", planned=True),
        ),
    ),
    Text(
        "student-union-elections",
        "student union election notice",
        None,
        """ASHFORD UNIVERSITY STUDENTS' UNION
NOTICE OF ELECTIONS 2026
Published: Monday 2 February 2026

Elections will be held for the five full-time officer posts and twelve part-time posts of the
Students' Union for the year 2026/27.

Nominations open on Monday 9 February at 10:00 and close on Friday 20 February at 17:00.
Candidates must submit their manifestos by 23 February through the Union website.

Voting will take place online from 3 to 5 March. Results will be announced on Friday 6 March
in the Union Bar.

The current officers have served since 1 July 2025; the new officers will take office on
1 July 2026. In November 2025 the Union's constitution was amended to create a new post of
International Students' Officer.

Any student registered on a course at Ashford may stand and vote. Last year's turnout
of 19.8% was the lowest since 2012. Candidate briefings take place every
Tuesday in Room 2.014 until nominations close.

Returning Officer: Dr Priya Nair, elections@ashfordsu.example (Bye-law 14)""",
        (
            expect("2026-02-09", "open", planned=True),
            expect("2026-02-20", "close", planned=True),
            expect("../2026-02-23", "manifesto", planned=True),
            expect("2026-03-03/2026-03-05", "voting", planned=True),
            expect("2026-03-06", "result", planned=True),
            expect("2025-07-01/..", "officer"),
            expect("2026-07-01", "office", planned=True),
            expect("2025-11", "constitution"),
        ),
    ),
)
