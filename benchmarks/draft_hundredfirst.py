"""A hundred-and-first batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
meteorological service's storm naming notice, a jazz club's history, an ombudsman's
investigation finding, a hospital trust's waiting list statement, a steam fair's programme
page in HTML, a satellite operator's end-of-mission note, a golf championship report, a
ministry's vaccination campaign timetable, a bridge's engineering history, an auction house's
sale results and a whaling station's history). Facts whose date a reader could take two ways
(a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIRST_CORPUS",)

HUNDREDFIRST_CORPUS: tuple[Text, ...] = (
    Text(
        "port-strike",
        "wire story with a dateline",
        date(2024, 6, 5),
        """SETUBAL, Portugal, June 5 (Iberia Press) - Dockworkers at the port of Setubal walked
off the job on Monday in a dispute over night-shift pay, halting car exports from one of
Portugal's busiest roll-on terminals.

The stevedores' union STPS first filed its pay claim on Feb. 12. Talks with the port
operator broke down on May 28, when the company offered a rise of 2.5 percent.

The operator, Sadoport Terminais, has held the terminal concession since 2004. It handled
about 1.9 million tonnes of cargo last year, the lowest volume since 2016, and employs 1,180
people at the site.

Labour minister Helena Costa Vaz will meet both sides in Lisbon on Friday, her office said.
The union said the walkout is scheduled to end on June 12 unless the company improves its
offer.

Pickets have gathered at the terminal gate every morning at 6 a.m., and a solidarity fund
has been opened on +351 265 400 190.

"We are not asking for the moon," union delegate Rui Marques told reporters at the gate.
"We are asking to be paid for the nights we already work."

A car maker that ships through Setubal said it was moving some vehicles by rail to Leixoes.

(Reporting by Ana Lobo; Editing by Mark Heller)""",
        (
            expect("2024-06-03", "walk"),
            expect("2024-02-12", "claim"),
            expect("2024-05-28", "talks"),
            expect("2004/..", "concession"),
            expect("2024-06-07", "meet", planned=True),
            expect("2024-06-12", "walkout", planned=True),
        ),
    ),
    Text(
        "battery-plant",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordvik Batteri opens marine battery cell plant in Mo i Rana

Mo i Rana, Norway, 20 February 2025 - Nordvik Batteri AS today opened its first cell
factory, a 38,000 square metre plant that will make battery cells for electric ferries and
fishing vessels.

Construction of the plant began in March 2022 on the site of a former steel rolling mill.
The factory will employ about 300 people when it reaches full output of around 2,000 tonnes
of cells a year.

Nordvik Batteri was founded in 2017 by engineers Siri Haugland and Tor Eide, and has supplied
battery modules to Norwegian ferry operators since 2019. The new plant is the first step of
the company's Nordvik 2030 Strategy.

First cell shipments to shipbuilder Volda Marine are scheduled for 1 September 2025. A second
production line is expected to be completed by the end of 2026.

"Today the ferries of the fjords get their batteries from the north of Norway," said chief
executive Siri Haugland.

About Nordvik Batteri
Nordvik Batteri AS designs and builds battery systems for ships. Org. no. 918 204 377.

Media contact:
Kari Lund, Head of Communications
+47 22 41 90 17 | press@nordvikbatteri.example
###""",
        (
            expect("2025-02-20", "open"),
            expect("2022-03", "construction"),
            expect("2017", "found"),
            expect("2019/..", "suppl"),
            expect("2025-09-01", "shipment", planned=True),
            expect("../2026", "line", planned=True),
        ),
    ),
    Text(
        "grain-storage-appeal",
        "court opinion",
        None,
        """IN THE SUPREME COURT OF THE STATE OF MONTARA

No. DA 23-0418
Filed: October 2, 2024

DELBERT OSTRANDER, Plaintiff and Appellant,
v.
HARLAN GRAIN COOPERATIVE, Defendant and Appellee.

OPINION

Justice Miriam Castellano delivered the Opinion of the Court.

1. Appellant Delbert Ostrander appeals the order of the Fourth Judicial District Court
granting summary judgment to Harlan Grain Cooperative. We affirm.

BACKGROUND

2. The Cooperative has operated the grain elevator at Harlan since 1988. On or about March
15, 2019, Ostrander and the Cooperative entered into a written storage agreement for 40,000
bushels of spring wheat. The agreement required Ostrander to remove all stored grain no later
than September 30, 2020, and provided that grain left after that date would be sold by the
Cooperative under Section 80-4-612, MCA (1997).

3. Ostrander did not remove the grain. The Cooperative sold it, and Ostrander filed suit on
January 8, 2021, alleging conversion. The District Court granted summary judgment for the
Cooperative on June 22, 2023. Ostrander appealed the following month.

4. We heard oral argument on May 14, 2024.

STANDARD OF REVIEW

5. We review summary judgment de novo. Bixby v. Rowe, 2004 MT 17, 319 Mont. 288, 83 P.3d
1204. The 1997 amendments to the warehouse statutes do not alter that standard.

DISCUSSION

6. The agreement's terms were clear, and Ostrander signed it. He was not entitled to notice
beyond what the contract and the statute required.

We concur: Justices Paul Renner, Laura Whitfield""",
        (
            expect("1988/..", "operat"),
            expect("2019-03-15~", "agreement"),
            expect("../2020-09-30", "remove"),
            expect("2021-01-08", "suit"),
            expect("2023-06-22", "judgment"),
            expect("2023-07", "appeal"),
            expect("2024-05-14", "argument"),
        ),
    ),
    Text(
        "oostvoorde",
        "encyclopedia history",
        None,
        """Oostvoorde

Oostvoorde is a town in the municipality of Westerkust, in the Dutch province of Zeeland. It
had a population of 1,874 in its historic centre.

History

Oostvoorde is first mentioned in a charter of c. 1180 as a fishing settlement on a tidal
creek. It received town rights from the Count of Holland in 1326. A Latin school was founded
perhaps in 1411, although the date rests on a single later chronicle.

A fire destroyed most of the town in 1488, and the church of St. Nicholas was rebuilt the
following year in brick. During the Dutch Revolt the town was occupied by Spanish troops from
1572 to 1577.

The harbour had silted up before 1650, and the town's trade moved to Vlissingen. The
Ossenmarkt, a cattle market held every Thursday since the Middle Ages, kept it alive as a
farming centre.

The railway reached Oostvoorde in 1869. The town has been part of the municipality of
Westerkust since 2001.

Landmarks

The church of St. Nicholas, the town hall (rebuilt after the fire) and the 1953 flood
memorial are national monuments.

See also
- List of towns in Zeeland""",
        (
            expect("1180~", "charter"),
            expect("1326", "rights"),
            expect("1411?", "school"),
            expect("1488", "fire"),
            expect("1489", "church"),
            expect("1572/1577", "occup"),
            expect("../1650", "harbour"),
            expect("1869", "railway"),
            expect("2001/..", "municipality"),
        ),
    ),
    Text(
        "kessel-tour",
        "sports report",
        date(2025, 7, 21),
        """CYCLING

Kessel rides into Liege with the Tour de Vallee in her pocket

By Pieter Claes

Marta Kessel won the Tour de Vallee on Sunday, crossing the line in Liege arm in arm with her
team-mates after six days of racing through the Ardennes.

The race began on 13 July in Dinant with a short time trial won by Kessel's rival Ines Moreau.
Kessel took the leader's jersey on Thursday, attacking on the Cote de Stockeu to win the
queen stage alone, and never gave it back.

It was the Belgian's first stage-race win since 2022 and the biggest of her career. Kessel,
who turned professional in 2019, has won the sprint at every stage finish in Aubel she has
ridden. Her average speed over the six days was 39.8 km/h.

Her team confirmed on Saturday that she has signed a contract extension, and the 26-year-old
will start the European championships in Trento on 4 September.

Organisers said some 400,000 spectators lined the roads this year. They plan to move the
start of the race to Namur in 2026.

Final classification: 1 Marta Kessel (Bel) 17h 42m 10s; 2 Ines Moreau (Fra) at 48s;
3 Lotte Vink (Ned) at 1m 12s.""",
        (
            expect("2025-07-20", "won"),
            expect("2025-07-13", "race"),
            expect("2025-07-17", "jersey"),
            expect("2019", "profession"),
            expect("2025-07-19", "contract"),
            expect("2025-09-04", "championship", planned=True),
            expect("2026", "start", planned=True),
        ),
    ),
    Text(
        "halden-marsh",
        "company history",
        None,
        """Halden & Marsh Ropeworks - Our History

Founded around 1862 by Josiah Halden, a sailmaker's son, Halden & Marsh began as a rope walk
on the marsh behind Portreach harbour, making cordage for the fishing fleet.

The firm moved to its present mill on Quay Street in 1891, and was incorporated as a limited
company in 1903, with Halden's foreman Edwin Marsh as joint director.

From 1915 to 1918 the works made cordage for the Admiralty, running three shifts a day. The
Marsh family has owned the business outright since 1947.

Synthetic fibres were introduced in 1958, and the firm began exporting to Norway the
following year. Today our ropes are used by lifeboat crews, climbing walls and theatres.

Every rope still passes over the same 300-yard walk, and every batch is tested on the 1891
tensile bench before it leaves the mill. Our Heritage 150 range is spun from natural hemp.

Visit us: tours run every first Saturday of the month.

Halden & Marsh Ropeworks Ltd, Quay Street, Portreach. Registered in England No. 00074218.
Tel 01736 410 288""",
        (
            expect("1862~", "found"),
            expect("1891", "mill"),
            expect("1903", "incorporat"),
            expect("1915/1918", "cordage"),
            expect("1947/..", "own"),
            expect("1958", "fibre"),
            expect("1959", "export"),
        ),
    ),
    Text(
        "aster-2",
        "mission summary",
        None,
        """Aster-2 - Mission summary

Agency: Pan-Pacific Space Agency (PPSA)
Target: near-Earth asteroid 2006 KV41
Status: return cruise

Aster-2 is a sample-return mission to a small carbon-rich asteroid. The spacecraft was
launched on 9 December 2019 from the Tanegashima Space Center on an H-IIA rocket.

After an Earth flyby on 3 December 2020, almost a year after launch, the probe arrived at
asteroid 2006 KV41 on June 18, 2022. Its orbit around the Sun takes 1,094 days.

The spacecraft spent eight months mapping the surface, and touched down for its first sample
on 21 February 2023. A second touchdown followed on 11 July, inside a crater made by a copper
impactor.

Aster-2 departed the asteroid around 15 November 2023 and is now on its way home. The sample
capsule is scheduled to return to Earth in December 2026, landing in the Woomera range in
South Australia.

Key facts
- Mass at launch: 609 kg
- Samples: 2 touchdowns, about 5 g expected
- Ground stations: Usuda, Canberra""",
        (
            expect("2019-12-09", "launch"),
            expect("2020-12-03", "flyby"),
            expect("2022-06-18", "arriv"),
            expect("2023-02-21", "touch"),
            expect("2023-07-11", "touchdown"),
            expect("2023-11-15~", "depart"),
            expect("2026-12", "capsule", planned=True),
        ),
    ),
    Text(
        "maren-flood",
        "government statement",
        date(2024, 10, 2),
        """Riverland State Government
Department of Emergency Management

Statement on the Maren River flood

Heavy rain between 24 and 26 September caused the Maren River to break its banks at Harwick
and Lower Harwick. The Premier declared a state of emergency on 25 September.

The river peaked at 6.8 metres at Harwick on Friday, the highest level recorded since 1974.
An evacuation order for Lower Harwick has been in force since 26 September and remains in
place.

Emergency relief payments of $1,000 per household will open on Monday 7 October. Applications
can be made online or at the recovery centre in the Harwick Town Hall, which is open every day
from 8am to 6pm.

All temporary levees are to be removed by 31 October, once the river has fallen below its
minor flood level.

The Minister for Emergency Management, Danielle Okafor, thanked volunteers and crews from
neighbouring councils. Assistance is provided under the Disaster Recovery Act 2018.

Recovery hotline: 1800 226 744
Media: media@dem.riverland.example
Ref: MS-2024/311""",
        (
            expect("2024-09-24/2024-09-26", "rain"),
            expect("2024-09-25", "emergency"),
            expect("2024-09-27", "peak"),
            expect("2024-09-26/..", "evacuation"),
            expect("2024-10-07", "payment", planned=True),
            expect("../2024-10-31", "levee", planned=True),
        ),
    ),
    Text(
        "kirkby-news",
        "HTML page (a news list)",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Kirkby Marsh Town Council</title></head>
<body>
<header><h1>Kirkby Marsh Town Council</h1><nav><a href="/">Home</a> | <a
href="/news">News</a></nav></header>
<main>
<h2>Latest news</h2>
<ul class="news">
  <li>
    <h3>Library reopens after refurbishment</h3>
    <p class="posted">Posted on 10 March 2025</p>
    <p>The refurbished Kirkby Marsh library reopened on Saturday 8 March, after building works
    that began in June 2024. Opening hours are unchanged.</p>
  </li>
  <li>
    <h3>Footbridge closure</h3>
    <p class="posted">Posted on 3 March 2025</p>
    <p>The footbridge over the Lune Beck will close from 17 to 28 March for resurfacing. A
    signed diversion will be in place.</p>
  </li>
  <li>
    <h3>Planning chair to stand down</h3>
    <p class="posted">Posted on 20 February 2025</p>
    <p>Councillor Ann Frayne, who has chaired the planning committee since 2016, will step
    down at the annual meeting on 13 May.</p>
  </li>
  <li>
    <h3>War memorial cleaned</h3>
    <p class="posted">Posted on 5 February 2025</p>
    <p>The war memorial on Church Green, unveiled in 1921, has been cleaned by volunteers.
    Recycling collections take place every second Tuesday.</p>
  </li>
</ul>
</main>
<footer><p>Last updated: 14 March 2025 | Tel 01524 771 930</p></footer>
</body>
</html>""",
        (
            expect("2025-03-08", "library"),
            expect("2024-06", "works"),
            expect("2025-03-17/2025-03-28", "footbridge", planned=True),
            expect("2016/..", "chair"),
            expect("2025-05-13", "step", planned=True),
            expect("1921", "unveil"),
        ),
    ),
    Text(
        "storm-heledd",
        "meteorological service's storm naming notice",
        None,
        """Western Isles Met Service - Press Office
Issued: 09:30 Wednesday 15 January 2025

Storm Heledd named

Storm Heledd was named today by the Western Isles Met Service. Heledd is the eighth named
storm of the 2024/25 season.

Heledd is expected to bring gusts of up to 90 mph to exposed western coasts on Thursday,
with heavy rain over high ground. An amber wind warning will be in force from 06:00 Friday to
18:00 Saturday for the Outer Isles and the north-west coast. Forecasters expect the storm to
clear to the north-east by Sunday morning.

Storm Gwilym caused power cuts to about 40,000 homes on 4 January, and some of those areas
remain vulnerable. Heledd could be the strongest January storm since 2014.

The storm naming scheme, launched in 2015 with the national weather services of Ireland and
the Netherlands, aims to help the public understand the risk of severe weather.

Warnings are updated every three hours on our website.

Warning reference: WS-0115-A
Public Weather Line: 0370 900 0100

Ends""",
        (
            expect("2025-01-15", "name"),
            expect("2025-01-16", "gust", planned=True),
            expect("2025-01-17/2025-01-18", "warning", planned=True),
            expect("../2025-01-19", "clear", planned=True),
            expect("2025-01-04", "power"),
            expect("2015", "scheme"),
        ),
    ),
    Text(
        "copper-kettle",
        "jazz club's history",
        None,
        """The Copper Kettle - A short history of Leeds's oldest jazz cellar

The Copper Kettle opened in a former wine cellar on Call Lane in October 1958, with a bar of
two planks and a borrowed upright piano.

Trumpeter Ray Dunmore led the house band from 1961 to 1969, and the cellar became a stop for
American players touring the north. The much-bootlegged album "Live at the Kettle 1965" was
probably recorded in 1966, if the date scrawled on the surviving tape box is right.

A fire closed the club in March 1974; it reopened two years later under the same name, with
a proper stage and a new Bechstein.

Since 1993 the Kettle has been run by a members' cooperative, which bought the freehold of
the cellar. Jam sessions still run every Monday night, and the upright piano, now tuned, sits
by the door.

Looking ahead

The club will celebrate its seventieth anniversary with a festival from 3 to 12 October 2028.
Members can book through the box office on 0113 496 0758.

Membership no. 1958 is still held by the founder's granddaughter.""",
        (
            expect("1958-10", "open"),
            expect("1961/1969", "band"),
            expect("1966?", "record"),
            expect("1974-03", "fire"),
            expect("1976", "reopen"),
            expect("1993/..", "cooperative"),
            expect("2028-10-03/2028-10-12", "festival", planned=True),
        ),
    ),
    Text(
        "ombudsman-damp",
        "ombudsman's investigation finding",
        None,
        """Local Services Ombudsman for Eastmere

Investigation into a complaint against Eastmere Borough Council (reference 23 007 418)

Date of final decision: 9 April 2025

Summary: Ms K complained that the Council failed to deal properly with damp and mould in her
flat. We find fault causing injustice. The Council has agreed to apologise, pay Ms K a
financial remedy and review its procedures.

What happened

1. Ms K reported damp in her flat to the Council on 14 November 2022. The Council's repairs
policy says urgent repairs are completed within 24 hours and routine repairs within 28 days.

2. The Council inspected the property on or about 5 January 2023. It then took no action
for several months. Works were completed on 28 June 2023.

3. Ms K complained to us on 3 October 2023.

Findings

4. The Council was at fault for the delay. The law we considered includes the Housing Act
1985 and section 26 of the Local Government Act 1974.

Action

5. The Council should apologise and pay Ms K 1,250 pounds no later than 9 May 2025.

6. The Council has agreed to review its damp and mould procedures by 30 September 2025.

Investigator: Jane Ashworth""",
        (
            expect("2022-11-14", "damp"),
            expect("2023-01-05~", "inspect"),
            expect("2023-06-28", "works"),
            expect("2023-10-03", "complain"),
            expect("../2025-05-09", "pay", planned=True),
            expect("../2025-09-30", "review", planned=True),
        ),
    ),
    Text(
        "fernleigh-waits",
        "hospital trust's waiting list statement",
        date(2025, 9, 17),
        """Fernleigh Valley NHS Foundation Trust

Statement on planned care waiting times

On Monday the Trust's board approved a recovery plan for planned operations and outpatient
care.

The number of patients waiting more than 52 weeks for treatment fell to 1,412 in August, the
lowest figure since 2020. The new Halsey Day Surgery Unit, which opened on 2 June, has
carried out more than 2,000 procedures.

The Trust has been in tier 2 of NHS oversight since March 2024. We expect to eliminate waits
of over 65 weeks by 31 December, and a second operating theatre at Halsey will open in
January 2026.

Outpatient clinics now run every Saturday at Fernleigh General.

"Our staff have worked extremely hard to bring waits down," said chief executive Dr Owen
Price. "We know many patients are still waiting too long."

Patients with questions about their appointment can contact the Patient Advice and Liaison
Service on 01632 960 418.

Page last reviewed: 02/09/2025""",
        (
            expect("2025-09-15", "board"),
            expect("2025-08", "wait"),
            expect("2025-06-02", "surgery"),
            expect("2024-03/..", "oversight"),
            expect("../2025-12-31", "eliminat", planned=True),
            expect("2026-01", "theatre", planned=True),
        ),
    ),
    Text(
        "harrowfield-steam",
        "steam fair's programme page in HTML",
        date(2025, 7, 3),
        """<html>
<head><title>Programme - Harrowfield Steam &amp; Country Fair 2025</title></head>
<body>
<div id="banner"><h1>Harrowfield Steam &amp; Country Fair 2025</h1></div>
<section id="programme">
<h2>Programme</h2>
<p>The 52nd Harrowfield Steam &amp; Country Fair takes place from Friday 22 to Sunday
24 August 2025 at the Harrowfield showground.</p>
<h3>Highlights</h3>
<ul>
<li><strong>Grand parade</strong> of steam engines in the main ring at 2pm each day.</li>
<li>The showman's engine <em>Lady Mabel</em>, built around 1921 by Fowler (works No. 15657),
will be steamed on Saturday for the first time since 2008.</li>
<li>Heavy horses, vintage tractors and a working sawmill.</li>
<li>Steam ploughing demonstrations on the lower field every hour from 10am.</li>
</ul>
<h3>About the fair</h3>
<p>The fair was first held in 1972 on Moss Farm, and moved to the Harrowfield showground in
1986.</p>
<h3>Tickets</h3>
<p>Advance tickets must be bought by 15 August. Children under 12 go free.</p>
</section>
<footer>
<p>Harrowfield Steam Society, Charity No. 1093377 | Tel 01422 380 915</p>
<p>Page last updated 3 July 2025</p>
</footer>
</body>
</html>""",
        (
            expect("2025-08-22/2025-08-24", "fair", planned=True),
            expect("1921~", "built"),
            expect("2025-08-23", "steam", planned=True),
            expect("1972", "held"),
            expect("1986", "showground"),
            expect("../2025-08-15", "ticket", planned=True),
        ),
    ),
    Text(
        "polar-relay-1",
        "satellite operator's end-of-mission note",
        None,
        """Nordlys Satellite Services - Operations bulletin OB-2024-17
12 August 2024

End of mission: Polar Relay-1

Polar Relay-1 (NORAD ID 37512, COSPAR 2011-019A) was decommissioned on Friday 9 August 2024
after thirteen years in orbit, almost twice its seven-year design life.

The satellite was launched on 27 April 2011 from Kourou and entered service in July 2011,
relaying data from polar research stations in an orbit at 1,740 km.

A reaction wheel failed in 2017, and a second in 2021; the spacecraft continued on its
remaining wheels and magnetic torquers.

Ground controllers lowered the orbit in a series of burns that ended on 6 August, and the
batteries were disconnected two days later, when the last telemetry was received. The
satellite is expected to re-enter the atmosphere around 2049.

Its successor, Polar Relay-2, has carried all relay traffic since 1 March 2024.

We thank the flight control team in Tromso, who have supported the mission every day since
launch.

Operations desk: +47 77 60 12 00""",
        (
            expect("2024-08-09", "decommission"),
            expect("2011-04-27", "launch"),
            expect("2011-07", "service"),
            expect("2017", "wheel"),
            expect("2021", "wheel"),
            expect("2024-08-06", "burn"),
            expect("2024-08-08", "batter"),
            expect("2049~", "enter", planned=True),
            expect("2024-03-01/..", "traffic"),
        ),
    ),
    Text(
        "northern-open",
        "golf championship report",
        date(2024, 8, 12),
        """GOLF

Marr holds her nerve to take Northern Open

From Alan Reid at Kingsbarrow

Ellie Marr won the Northern Open on Sunday, holing a ten-foot putt on the 18th to finish one
shot clear of Sara Lindqvist and claim the first prize of 1,875,000 dollars.

Marr, 27, opened with a course-record 64 on Thursday and led after every round. Play was
suspended for three hours on Saturday because of lightning, and she finished her third round
in fading light.

It was her lowest 72-hole total since 2019 and her first title since 2021. Marr, who turned
professional in 2018, wears red on every Sunday of a major.

"I was shaking over that last putt," she said.

She will climb into the world's top 40 when the rankings are published on Tuesday. Next year's
championship will be played at Carrick Links from 6 to 9 August.

Leading final scores (par 72): 270 E Marr (Sco); 271 S Lindqvist (Swe); 274 J Park (Kor).""",
        (
            expect("2024-08-11", "marr", "open"),
            expect("2024-08-08", "record"),
            expect("2024-08-10", "suspend"),
            expect("2018", "profession"),
            expect("2024-08-13", "ranking", planned=True),
            expect("2025-08-06/2025-08-09", "carrick", planned=True),
        ),
    ),
    Text(
        "flu-campaign",
        "ministry's vaccination campaign timetable",
        date(2025, 9, 29),
        """Ministry of Health

Seasonal influenza and RSV vaccination campaign 2025/26: timetable

The Minister of Health announced the campaign on Thursday. It is run under Ordinance
No. 2025/117.

Vaccine deliveries to pharmacies and health centres began on 22 September.

Phase 1 (care home residents and health workers) runs from 6 to 19 October.

Phase 2 (people aged 65 and over, pregnant women) will open on Monday 20 October.

Phase 3, for all remaining adults with a chronic condition, will begin on 3 November.

RSV vaccination for people aged 75 and over has been offered since September 2024 and
continues this year.

Regional health boards must report uptake to the Ministry no later than 15 December.
Updated uptake figures are published every Wednesday.

Vaccination is free of charge for all eligible groups and is given at pharmacies, family
doctors' practices and hospital clinics. Invitations will be sent by text message.

Last season's campaign vaccinated around 2.1 million people.

Vaccination helpline: 0800 055 2025 (weekdays 8:00-18:00)""",
        (
            expect("2025-09-25", "announc"),
            expect("2025-09-22", "deliver"),
            expect("2025-10-06/2025-10-19", "phase", planned=True),
            expect("2025-10-20", "phase", planned=True),
            expect("2025-11-03", "adults", planned=True),
            expect("2024-09/..", "rsv"),
            expect("../2025-12-15", "uptake", planned=True),
        ),
    ),
    Text(
        "carrow-narrows",
        "bridge's engineering history",
        None,
        """Carrow Narrows Bridge: an engineering history

Proposals for a fixed crossing of the Carrow Narrows date from about 1890, when ferry queues
first reached a mile. None was funded until the harbour board adopted the steel arch design
of the engineer Margaret Ingle, whose original drawings, perhaps dating from 1924, survive in
the county archive.

Construction began in May 1926. The two half-arches were cantilevered out from each shore
and joined on 14 August 1929, and the bridge opened to traffic on 2 March 1931. Its main span
is 1,650 feet.

Tram services over the bridge ended in 1958, and the tracks were paved over.

Fatigue cracks were found in the hangers in 1987, and the deck was replaced between 1991 and
1994 while one lane stayed open. The bridge has been a Grade I listed structure since 1976,
designated under the 1953 Historic Buildings Act.

Inspectors still walk the arch every spring, and the Ingle Medal, named after the designer,
is awarded each year for steel design.""",
        (
            expect("1890~", "proposal"),
            expect("1924?", "drawing"),
            expect("1926-05", "construction"),
            expect("1929-08-14", "join"),
            expect("1931-03-02", "open"),
            expect("1958", "tram"),
            expect("1987", "crack"),
            expect("1991/1994", "deck"),
            expect("1976/..", "listed"),
        ),
    ),
    Text(
        "thursby-clocks",
        "auction house's sale results",
        date(2023, 11, 8),
        """Thursby & Gale, Edinburgh
Sale results: Fine Clocks & Scientific Instruments (Sale 2311)

A mahogany longcase clock by the Edinburgh maker Alexander Dunn sold for 212,000 pounds on
Tuesday, more than four times its low estimate. The clock, made around 1740, had been in the
same Perthshire family since 1812.

An orrery, perhaps from 1785, fetched 48,000 pounds (Lot 1768), and a pair of library globes
sold for 31,000 pounds.

The sale's total of 1.46 million pounds was the highest for the department since 2015.

"Scottish clocks with a story are as sought after as ever," said head of department Fiona
Gale, whose great-great-grandfather held the house's first sale in 1868.

The next sale in the series will be held on 14 March 2024. Buyers must collect their lots by
22 November.

All prices include buyer's premium of 28%. Viewing every weekday, 10am to 4pm.

Enquiries: +44 131 557 2040""",
        (
            expect("2023-11-07", "clock"),
            expect("1740~", "made"),
            expect("1812/..", "family"),
            expect("1785?", "orrery"),
            expect("1868", "sale"),
            expect("2024-03-14", "sale", planned=True),
            expect("../2023-11-22", "collect", planned=True),
        ),
    ),
    Text(
        "skarvhamn",
        "whaling station's history",
        None,
        """Skarvhamn whaling station

Skarvhamn is a former whaling station on the north coast of South Georgia.

The station was established in 1909 by the Norwegian company A/S Sydhav, and processing
began the following year. Its licence was issued under the 1911 Whaling Ordinance. At its
peak around 1925 it employed about 300 men, who lived in barracks above the flensing plan.

A fire destroyed the boiler house on 3 January 1936, and the station was rebuilt with a
steel boiler house. Whaling at Skarvhamn was suspended from 1941 to 1945, when the catcher
boats were requisitioned.

The station closed in December 1961, when the last Norwegian crews left. Before 1965 most of
the machinery had been removed and shipped to whaling stations in Norway. In its best season
the station processed 1,938 whales.

The site has been protected as a historic monument since 2010. Visitors from cruise ships
land every summer under permit, and must keep 200 metres from the buildings.""",
        (
            expect("1909", "establish"),
            expect("1910", "process"),
            expect("1925~", "peak"),
            expect("1936-01-03", "fire"),
            expect("1941/1945", "suspend"),
            expect("1961-12", "close"),
            expect("../1965", "machinery"),
            expect("2010/..", "monument"),
        ),
    ),
)
