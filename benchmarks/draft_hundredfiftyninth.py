"""The hundred-and-fifty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents, with invented organisations, people and facts:
a wire story with a dateline, a press release, a court opinion, an encyclopedia history, a
sports report, a company history, a mission summary (space), a government statement, an HTML
news page, a landslide warning, a fell race report, a shipping container terminal release, a
lighthouse keeper's wife's letters of the 1880s, a newt pond survey report, a corn mill's
history, a national park bylaw statement, a cathedral choir HTML services page, a housing
ombudsman determination, a glassworks' history and a village hall committee's minutes.

Facts whose date a reader could take two ways (a season, a decade, "next spring", "at
Christmas", "recently") are left out of the expected events, as are habits, comparisons and
document furniture (datelines, headers, reference numbers, statute years, phone numbers).
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYNINTH_CORPUS",)


HUNDREDFIFTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "skarvik-mine-reopens",
        "wire story with a dateline",
        date(2025, 3, 14),
        """LORESTAD, March 14 (Meridian Wire) - Copper production resumed at the Skarvik mine in
northern Lorestad on Thursday, four months after floodwater forced its operator to evacuate
the lower galleries.

Nordmalm Resources said crews restarted the main hoist at dawn and that the first ore train
left the site in the afternoon. The company closed the mine on November 2, 2024, when an
underground stream broke into a haulage tunnel, and a pump failure on November 19 flooded two
more levels.

Inspectors from the Lorestad labour authority will visit the lower levels on Tuesday, the
authority said in a statement. Their report is due no later than April 30, and chief executive
Hedda Lunn said output would return to full capacity by June 30.

Nordmalm, founded in about 1961 as a cooperative of smelter workers, employs some 1,400 people
at Skarvik. It has spent 86 million crowns on pumps and on grouting the 1,950-metre main shaft.

The mine first opened around 1904, was nationalised in 1946 and was sold to Nordmalm in 1993.
Miners there still hold a safety briefing at the shaft head every morning, a practice the
union brought in after a rockfall.

Copper is trading at its highest price since 2008, and Nordmalm shares rose 6 percent in
Stockholm.

(Reporting by Ivo Sandgren; Editing by Pia Marsh)""",
        (
            expect("2025-03-13", "production", "resum"),
            expect("2024-11-02", "mine", "clos"),
            expect("2024-11-19", "pump", "failure"),
            expect("1961~", "found"),
            expect("../2025-06-30", "capacity", planned=True),
            expect("2025-03-18", "inspector", planned=True),
            expect("../2025-04-30", "report", planned=True),
            expect("1904~", "open"),
            expect("1946", "nationalis"),
            expect("1993", "sold"),
        ),
    ),
    Text(
        "brindlewick-bakery-opens",
        "press release",
        date(2025, 6, 3),
        """FOR IMMEDIATE RELEASE

Brindlewick Foods opens £38m bakery in Castleford, creating 240 jobs

CASTLEFORD, 3 June 2025 - Brindlewick Foods, the family-owned maker of oatcakes and
crispbreads, today opened its new bakery on the Aire Valley Business Park, the largest
investment in the company's 93-year history. Public open days will be held on Saturday
21 June and Sunday 22 June, with tours every hour.

The 14,000 square-metre bakery was opened by the company's chair, Rosalind Brindle,
granddaughter of the founder. The first trial batches came off the line on 12 May, fourteen
months after construction began in March 2024.

The bakery will employ 240 people when fully staffed, and Brindlewick expects to have
recruited them all by 31 December this year. A second production line is expected to start
in January 2026, lifting capacity to around 900 million oatcakes a year.

Founded in 1932 by Albert Brindle in a rented back kitchen in Pontefract, the company bought
the Halden crispbread brand in 2009 and moved its head office to Castleford in 2016.

"My grandfather baked every night of the week so that the shops had fresh oatcakes at six,"
said Ms Brindle. "This bakery lets us keep that promise for another generation."

The site is certified to ISO 22000 and draws power from a 2.1 MW rooftop solar array.

ENDS

Media contact: Priya Halloran, Head of Communications, Brindlewick Foods
press@brindlewick.example | 01977 550 193

Notes to editors: Brindlewick Foods Ltd is registered in England, company no. 00271932.""",
        (
            expect("2025-06-03", "bakery", "open"),
            expect("2024-03", "construction"),
            expect("2025-05-12", "trial"),
            expect("1932", "found"),
            expect("2009", "halden"),
            expect("2016", "office"),
            expect("../2025-12-31", "recruit", planned=True),
            expect("2026-01", "line", planned=True),
            expect("2025-06-21", "open", "day", planned=True),
            expect("2025-06-22", "open", "day", planned=True),
        ),
    ),
    Text(
        "harrow-timber-v-calder",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

HARROW TIMBER, LLC, Plaintiff-Appellant,
v.
CALDER MILLWORKS, INC., Defendant-Appellee.

No. 58211-4-II

PUBLISHED OPINION

VANCE, J. - Harrow Timber, LLC appeals the order granting summary judgment to Calder
Millworks, Inc. on Harrow's claim for breach of a supply contract. We reverse and remand.

I. FACTS

Harrow has traded from a lumber yard in Fennick since 1994. On March 4, 2019, the parties
signed a contract under which Calder was to deliver 600 kiln-dried cedar beams to that yard.
Calder delivered the beams on or about June 17, 2019. Harrow rejected 212 of them as warped
and notified Calder in writing on July 2, 2019. Calder refused to take them back.

Harrow filed this action on January 8, 2021, alleging breach of contract and of the implied
warranty of merchantability under WMC 62A.2-314.

II. PROCEDURAL HISTORY

The trial court granted Calder's motion for summary judgment on September 22, 2022, holding
that Harrow's notice of rejection was untimely as a matter of law. Harrow filed its notice of
appeal eleven days later. We heard oral argument on May 14, 2024.

III. ANALYSIS

Whether a buyer rejected goods within a reasonable time is ordinarily a question of fact.
Dorne v. Pickett, 141 Wm.2d 1987, 1990 (2001). Calder relies on trade usage, but the record
shows that its own invoices allowed thirty days for complaints. Harrow's notice came fifteen
days after delivery. A reasonable jury could find it timely.

IV. CONCLUSION

We reverse the order granting summary judgment and remand for trial. The trial court shall
set the matter for trial no later than March 31, 2025.

WE CONCUR: Okafor, C.J.; Reyes, J.""",
        (
            expect("1994/..", "yard"),
            expect("2019-03-04", "contract", "sign"),
            expect("2019-06-17~", "deliver"),
            expect("2019-07-02", "notif"),
            expect("2021-01-08", "action"),
            expect("2022-09-22", "summary", "judgment"),
            expect("2022-10-03", "appeal"),
            expect("2024-05-14", "argument"),
            expect("../2025-03-31", "trial", planned=True),
        ),
    ),
    Text(
        "hollinmere-priory",
        "encyclopedia history",
        None,
        """Hollinmere Priory

Hollinmere Priory is a former Augustinian priory in the parish of Hollinmere, in the county
of Westrow, England. Its ruined nave and restored gatehouse are in the care of the Hollinmere
Trust.

History

The priory was founded c. 1140 by Ralph de Fenwick, lord of the manor, for a prior and twelve
canons. A charter of endowment survives in a fourteenth-century copy and is dated 1156,
though several historians have doubted whether that date is genuine. The priory's library,
which held some 1,540 volumes at its height, is almost entirely lost.

The house was dissolved in 1538, and its lands were granted to Sir Edmund Crale the following
year. The gatehouse was converted into a dwelling and the nave was used as a quarry for
building stone. The surviving west front was repaired between 1672 and 1680 by the Crale
family, who added the classical porch.

Excavation and preservation

The antiquary Martha Osgood excavated the chapter house in 1905, 1907 and 1911, recovering
floor tiles and the grave slab of a prior. She gave the site to the Hollinmere Trust in 1926.
The gatehouse has been open to visitors since 1958; the nave is open only on heritage days.

Architecture

The west front is the best-preserved part of the church, with a round-headed doorway of three
orders. Fragments of the cloister arcade are kept in the gatehouse.

See also
- List of monastic houses in Westrow
- Crale baronets""",
        (
            expect("1140~", "found"),
            expect("1156?", "charter"),
            expect("1538", "dissolv"),
            expect("1539", "grant"),
            expect("1672/1680", "repair"),
            expect("1905", "excavat"),
            expect("1907", "excavat"),
            expect("1911", "excavat"),
            expect("1926", "trust"),
            expect("1958/..", "visitor"),
        ),
    ),
    Text(
        "ashby-vale-corrington",
        "sports report",
        date(2025, 9, 22),
        """Ashby Vale 3 Corrington Town 1

By Dan Heskey, Sports Reporter
Monday 22 September 2025

Ashby Vale climbed to third in the Northern Premier table with a 3-1 win over Corrington
Town at the Lowfield Ground on Saturday.

Nico Adeyemi, signed from Hartside Rovers in July, scored twice before half-time, and captain
Joel Barras added a third from the penalty spot after 71 minutes. Corrington's reply came
from substitute Kian Mott in stoppage time, in front of a crowd of 1,874. Defender Owen Tarr,
who broke his ankle on 30 August, watched from the stand.

Manager Sue Pendry, appointed in August 2023, said: "We've worked on set pieces every
Thursday since pre-season and it showed. Nico is the best finisher I've had here."

Vale, who won the County Senior Cup in 1998, 2003 and 2011, travel to Ridgeford in the first
round of this season's competition on Wednesday. Pendry said she would rotate the squad.

Their next league fixture, at home to Stainby, is scheduled for Saturday 4 October.
Saturday's result was Vale's first home win against Corrington since 2016.

Ashby Vale: Crane; Lusk, Barras, Keane, Obi; Morley, Hendry (Salt 77), Quinn; Adeyemi, Price,
Walsh (Doyle 82).
Corrington Town: Fenn; Apps, Gill, Roddam, Ward; Beck, Toon (Mott 64), Ince; Lyle, Shaw, Kay.
Referee: M. Dunmore.""",
        (
            expect("2025-09-20", "corrington"),
            expect("2025-07", "adeyemi"),
            expect("2023-08", "appoint"),
            expect("1998", "cup"),
            expect("2003", "cup"),
            expect("2011", "cup"),
            expect("2025-08-30", "ankle"),
            expect("2025-09-24", "ridgeford", planned=True),
            expect("2025-10-04", "stainby", planned=True),
        ),
    ),
    Text(
        "tarnwell-instruments",
        "company history",
        None,
        """Our history

Tarnwell Instruments was founded in 1908, when the clockmaker Josiah Tarnwell began
repairing barometers in a workshop behind his shop on Quarry Street, Alnbury. The business
was incorporated as Tarnwell & Sons Ltd in 1921.

Demand for aircraft altimeters brought rapid growth. The company moved to a purpose-built
factory at Heathfield in 1934 and opened a sales office in Rotterdam the following year.
During the war the Heathfield works made some 40,000 cockpit instruments, and our Model 1926
aneroid stayed in the catalogue for half a century.

In 1967 Tarnwell merged with the weather-station maker Blyth Meteorics to form Tarnwell
Blyth, and in 1986 the group was listed on the London Stock Exchange.

Since 2002 the company has been headquartered in the former Alnbury corn exchange, a few
streets from Josiah's first workshop. The Danish sensor group Halvsen bought the company
around 2011 and has kept the Tarnwell name and the Alnbury site ever since.

Today Tarnwell employs 620 people and ships weather, pressure and flow instruments to more
than 70 countries. Every instrument is still calibrated by hand before it leaves Alnbury.

Looking ahead, a new calibration laboratory in Alnbury is planned to open in 2027, and all
remaining assembly work at Heathfield is to move there by 2029.""",
        (
            expect("1908", "found"),
            expect("1921", "incorporat"),
            expect("1934", "factory"),
            expect("1935", "rotterdam"),
            expect("1967", "merg"),
            expect("1986", "list"),
            expect("2002/..", "headquarter"),
            expect("2011~", "halvsen"),
            expect("2027", "laboratory", planned=True),
            expect("../2029", "assembly", planned=True),
        ),
    ),
    Text(
        "aster-2-summary",
        "mission summary",
        date(2024, 11, 18),
        """ASTER-2 MISSION SUMMARY
Meridian Space Agency - Planetary Exploration Office
Status page, revised 18 November 2024

Overview
Aster-2 is a small-body mission to the near-Earth asteroid 2011 KR19, a rubble pile about 740
metres across. It carries an orbiter with a camera, a mass spectrometer and a radar sounder,
and the 11 kg Pika lander.

Cruise
Aster-2 was launched on an Orion-V rocket from the Calvera launch site on 12 September 2021.
It used an Earth gravity assist in October 2022. The spacecraft went into safe mode around
20 March 2023 after a star-tracker fault, and entered orbit around the asteroid on 6 August
2024.

Surface operations
The Pika lander separated from the orbiter on November 8 and landed on November 12, bouncing
twice before coming to rest inside a shadowed crater. Two days later its battery ran flat and
contact was lost.

Science highlights
The orbiter's camera has mapped 94% of the surface at 20 cm resolution. The spectrometer has
found hydrated minerals in 1,896 of the boulders catalogued so far.

Next steps
A touch-and-go sampling manoeuvre is scheduled for 21 January 2025. The orbiter is to leave
the asteroid in March 2026 and to return its sample capsule to Earth by December 2028.

Mission contact: aster2-pio@msa.example""",
        (
            expect("2021-09-12", "launch"),
            expect("2022-10", "gravity"),
            expect("2023-03-20~", "safe"),
            expect("2024-08-06", "orbit"),
            expect("2024-11-08", "separat"),
            expect("2024-11-12", "land"),
            expect("2024-11-14", "contact"),
            expect("2025-01-21", "sampling", planned=True),
            expect("2026-03", "leave", planned=True),
            expect("../2028-12", "capsule", planned=True),
        ),
    ),
    Text(
        "eastern-drought-statement",
        "government statement",
        date(2025, 2, 10),
        """MINISTRY OF WATER AND RURAL AFFAIRS

Statement by the Minister, Dr Ilse Marrow, on the drought in the eastern districts

10 February 2025

Rainfall across the eastern districts has been below average in nineteen of the last twenty
months. Tankering of drinking water to 36 hill villages began on 20 January and will
continue until the reservoirs recover. On 2 February reservoir stocks fell to 31 per cent of
capacity, the lowest level recorded since the drought of 1976.

A hosepipe ban has been in force in the Carrow and Ellis valleys since 14 July 2024, and on
1 November the Ministry declared a state of water emergency in four districts.

I will visit the affected districts on Thursday to meet farmers and the engineers of the
water companies.

The Government is today publishing a consultation on emergency abstraction permits.
Responses must be received no later than 28 March. Water companies are already required to
report leakage figures to the Ministry every Monday, and I expect those figures to fall.

In the longer term, the Harnby reservoir, approved in 2019, is expected to be completed in
2031. It will add a fifth to the storage available to the eastern districts.

I thank everyone who has cut their use of water this winter.

ENDS

Ministry press office: 0300 555 0176 | press@mwra.example""",
        (
            expect("2025-02-02", "stock"),
            expect("2024-07-14/..", "hosepipe"),
            expect("2024-11-01", "emergency"),
            expect("2025-01-20", "tanker"),
            expect("2025-02-13", "visit", planned=True),
            expect("2025-02-10", "consultation"),
            expect("../2025-03-28", "respons", planned=True),
            expect("2019", "approv"),
            expect("2031", "complet", planned=True),
        ),
    ),
    Text(
        "saltmarket-museum-html",
        "HTML news page",
        date(2025, 4, 22),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saltmarket Museum reopens after £12m refit | The Carrick Courier</title>
</head>
<body>
<header>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Saltmarket Museum reopens after &pound;12m refit</h1>
<p class="byline">By Ailsa Rennick &middot; <time datetime="2025-04-22">22 April 2025</time></p>
<p>The Saltmarket Museum in Carrick reopened to the public yesterday, two and a half years
after it shut its doors for a top-to-bottom refit.</p>
<p>The museum closed in September 2022. The work was paid for largely by a &pound;7m grant
awarded in 2021, with the rest raised by the Friends of the Saltmarket.</p>
<p>Its sandstone building was completed in 1894. The collection itself began c. 1870 with a
gift of fossils and ship models from the harbourmaster, Duncan Rae.</p>
<p>More than 3,000 people passed through the doors, the busiest day since 1999. Director
Fenella Gow, in post since 2018, said the queue had reached the harbour wall.</p>
<p>The Lord Provost will formally open the new galleries on Friday, and a "Salt and Sea"
festival runs from 3 to 7 May. The caf&eacute; will reopen by 1 June. A learning wing is due
to follow next spring.</p>
<p>The museum will be closed on Mondays. Entry is free.</p>
</article>
<footer>&copy; 2025 Carrick Courier Ltd &middot; Registered in Scotland SC189402</footer>
</body>
</html>""",
        (
            expect("2025-04-21", "reopen"),
            expect("2022-09", "clos"),
            expect("2021", "grant"),
            expect("1894", "building"),
            expect("1870~", "collection"),
            expect("2018/..", "director"),
            expect("2025-04-25", "galleries", planned=True),
            expect("2025-05-03/2025-05-07", "festival", planned=True),
            expect("../2025-06-01", "caf", planned=True),
        ),
    ),
    Text(
        "fallowdale-landslide-warning",
        "landslide warning",
        date(2025, 11, 17),
        """WESTROW GEOLOGICAL SURVEY - LANDSLIDE HAZARD WARNING
Warning ref: WGS-LS-2025-117        Level: AMBER (Be prepared)
Issued: 07:00 Monday 17 November 2025

AREA AFFECTED
Fallowdale escarpment, including the A692 between Scarsby and Nether Holm.

SITUATION
More than 180 mm of rain has fallen on the escarpment in five days and the ground is
saturated. The A692 has been closed between Scarsby and Nether Holm since Saturday, when a
debris flow buried the carriageway to a depth of two metres.

Movement monitors on the slope recorded 14 mm of displacement on 16 November, the largest
daily movement since records began. Residents of 12 properties at Holm Side were evacuated on
Sunday night as a precaution. The monitors were installed in 2016.

A similar slide on or about 4 February 2014 destroyed two barns at Holm Side.

OUTLOOK
A further 40 mm of rain is forecast for Tuesday. Survey geologists will inspect the scarp on
Thursday. This warning remains in force until further notice.

ADVICE
- Do not use the footpaths below the escarpment.
- Report new cracks, bulging ground or muddy springs to the Survey hotline, 0800 555 0692.
- Follow the diversion signs via the B1203.

Next update: 07:00 daily.""",
        (
            expect("2025-11-15/..", "clos"),
            expect("2025-11-15", "debris"),
            expect("2016", "monitor"),
            expect("2025-11-16", "displacement"),
            expect("2025-11-16", "evacuat"),
            expect("2014-02-04~", "barn"),
            expect("2025-11-18", "rain", planned=True),
            expect("2025-11-20", "inspect", planned=True),
        ),
    ),
    Text(
        "crag-pike-horseshoe",
        "fell race report",
        date(2025, 6, 16),
        """Crag Pike Horseshoe (AL, 21 km / 1,650 m)
Report by Gwen Ashdown, Fellside Harriers

Under a low cloud base and a stiff westerly, 214 runners set off from the green at Stool End
for the 38th Crag Pike Horseshoe on Sunday.

Callum Brereton (Langmere AC) won in 1:58:40, well outside the record of 1:49:12 set by Dave
Kettle in 2004. Brereton, who also won in 2019, 2021 and 2023, led from the first summit and
was never caught, though he admitted to "a wander in the clag" off Scar Top.

Isla Foy (Fellside) took the women's race by four seconds from Mary Tolland, the closest
women's finish since 1995.

The race was probably first run in 1987 as a club handicap, though the club's records from
before 1990 are lost. The course was rerouted away from the eroded Scree Gully in 2012.

Thanks to the marshals, the mountain rescue team and the farm at Stool End for the field.
Langmere AC runners train on the Horseshoe every Wednesday night and it showed.

Next year's race will be held on 14 June 2026, the last to be organised by Pete Lund. Entries
will open on 1 January.

Results: 1 C Brereton (LAC) 1:58:40; 2 R Amos (FH) 2:01:12; 3 J Yeo (Unatt) 2:03:55;
1st F I Foy (FH) 2:19:31; 2 M Tolland (LAC) 2:19:35. Full results on the club website.""",
        (
            expect("2025-06-15", "horseshoe"),
            expect("2004", "record"),
            expect("2019", "brereton"),
            expect("2021", "brereton"),
            expect("2023", "brereton"),
            expect("1987?", "first"),
            expect("2012", "rerout"),
            expect("2026-06-14", "race", planned=True),
            expect("2026-01-01", "entries", planned=True),
        ),
    ),
    Text(
        "kestrel-terminal-cranes",
        "shipping container terminal release",
        date(2025, 4, 8),
        """PRESS RELEASE
Port of Stelling | Kestrel Container Terminal
8 April 2025

Three new ship-to-shore cranes arrive at Kestrel Container Terminal

Three new ship-to-shore cranes, the largest ever delivered to the Port of Stelling, arrived at
Kestrel Container Terminal (KCT) on 2 April aboard the heavy-lift vessel Ocean Atlas 7
(IMO 9412087). Each crane has an outreach of 70 metres and can work ships 25 containers wide.

The cranes will be commissioned one at a time and should all be in operation no later than
31 July.

A new rail shuttle to the inland port at Darrowby will start on 6 May, running three times a
week. Work on the 420-metre Berth 9 extension began in January, and the berth is scheduled for
completion by December 2026.

KCT handled a record 1,950,000 TEU in 2024. The terminal opened in 1972 on reclaimed
marshland and was extended in 1998 and again in 2007.

"These cranes let us serve the biggest ships afloat," said terminal director Anders Voll.

Notes to editors
Stelling Terminals A/S has operated KCT under a 35-year concession since 2003. The terminal
covers 96 hectares and has 1,420 reefer plugs.

Media enquiries: Lise Brandt, +45 55 55 20 07, press@kct.example""",
        (
            expect("2025-04-02", "crane", "arriv"),
            expect("../2025-07-31", "operation", planned=True),
            expect("2024", "record"),
            expect("1972", "open"),
            expect("1998", "extend"),
            expect("2007", "extend"),
            expect("2025-05-06", "rail", planned=True),
            expect("2025-01", "berth", "work"),
            expect("../2026-12", "berth", "complet", planned=True),
            expect("2003/..", "concession"),
        ),
    ),
    Text(
        "skerrow-light-letters",
        "lighthouse keeper's wife's letters of the 1880s",
        None,
        """Letters of Mrs Jane Orrell, wife of the principal keeper at Skerrow Light, to her sister
in Leith. Family papers, transcribed with the original spelling.

                                              Skerrow Light, 14th March 1883
My dear Bella,
The great gale of the 2nd of March carried away the boat-slip and half the hen-house, and we
lost four hens. Little Alick was born on the 29th of January, a fine strong boy, and William
delivered him himself, the boat not being able to land for the sea.

Mr Pell the Superintendent is to come about the 20th of April to inspect the lantern, so I am
scrubbing the brass every Saturday.

We have been on this rock since the 18th of October 1881 and I have not been ashore above six
times. William says the light was first shown in 1849, so old Mr Garrow believes, though he
will not swear to it, and never was there such a sea in all that time. Your loving sister, Jane

                                              Skerrow Light, 9th November 1884
Dear Bella,
The new fog bell was hung on the 3rd of August and rings us all deaf in thick weather.

Poor Mr Garrow the assistant died on the 2nd of October, and was buried at Kilrinnan two days
after. William has word from the Board that he is to be moved to Hallows Point no later than
the 25th of March next, and I cannot say I am sorry. Alick has four teeth and a great voice.
Your loving sister, Jane""",
        (
            expect("1881-10-18/..", "rock"),
            expect("1883-01-29", "born"),
            expect("1883-03-02", "gale"),
            expect("1849?", "first"),
            expect("1883-04-20~", "superintendent", planned=True),
            expect("1884-08-03", "bell"),
            expect("1884-10-02", "died"),
            expect("1884-10-04", "buri"),
            expect("../1885-03-25", "hallows", planned=True),
        ),
    ),
    Text(
        "moss-lane-newt-survey",
        "newt pond survey report",
        None,
        """HAWTHORN ECOLOGY LTD
Great Crested Newt Survey Report - Land at Moss Lane, Brinsford
Client: Calloway Homes Ltd | Report ref. HE-2025-0417 | Version 2.1 | 3 June 2025

1. SUMMARY
1.1 Presence/likely absence surveys of four ponds within 500 m of the site were carried out on
14 April, 28 April, 12 May and 26 May 2025. Great crested newts (Triturus cristatus) were
recorded in Pond 2 on three of the four visits, with a peak adult count of 11.
1.2 No newts were found in Ponds 1, 3 or 4. Pond 4 was dry by the last visit.

2. SITE AND PONDS
2.1 Pond 2 (grid ref. SJ 8914 1987) is a field pond thought to have been dug around 1995 as a
cattle watering hole. It scores 0.72 on the Habitat Suitability Index (HSI), "good".
2.2 The species was first recorded at Brinsford by the county recorder in 2008, and a survey
by Greenlea Consultants in 2019 found a medium population.

3. METHODS
3.1 Each visit combined bottle trapping, a torch survey and an egg search. Torch surveys began
half an hour after sunset; traps were set in the evening and checked each morning.

4. RECOMMENDATIONS
4.1 The development will need a mitigation licence. The application is to be submitted by
30 June 2025. A further torch survey of Pond 3 is planned for 9 June 2025.
4.2 Newt fencing and trapping are planned from 1 August to 15 September 2025, under the
supervision of a licensed ecologist.

Prepared by: Dr Nadia Kerr MCIEEM | Checked by: Tom Aske""",
        (
            expect("2025-04-14", "survey"),
            expect("2025-04-28", "survey"),
            expect("2025-05-12", "survey"),
            expect("2025-05-26", "survey"),
            expect("1995~", "dug"),
            expect("2008", "recorded"),
            expect("2019", "greenlea"),
            expect("../2025-06-30", "application", planned=True),
            expect("2025-06-09", "torch", planned=True),
            expect("2025-08-01/2025-09-15", "fenc", planned=True),
        ),
    ),
    Text(
        "brackenford-mill",
        "corn mill's history",
        None,
        """Brackenford Mill: a short history

A mill at Brackenford is first mentioned in 1297, when the manor court fined the miller,
Walter atte Brigge, for taking too large a toll of his neighbours' corn.

The present building dates from 1786; the date stone over the door carries that year and the
initials of the then owner, John Haskett. The miller's house alongside it is older, built
around 1700, and keeps its original oak staircase.

In 1842 the old wooden wheel was replaced with a cast-iron breastshot wheel 5.2 metres across,
made by Thwaite of Ripley, which still turns today. The two pairs of French burr stones weigh
about 1,250 kg each.

Commercial milling stopped in 1951, when the last miller, Arthur Loam, retired. The building
was listed Grade II* in 1967, but by then the roof had fallen in and the wheel had seized.

Volunteers of the Brackenford Mill Trust restored the mill between 1978 and 1984, and it has
been grinding flour again since 1985. Stoneground wholemeal is sold in the mill shop, and the
Trust mills in public on the first Sunday of every month.

A new oak sluice gate is to be fitted in 2026, paid for by a heritage grant and the Friends of
the Mill. The Trust hopes one day to open a tearoom in the old cart shed.

Brackenford Mill Trust, registered charity no. 512786""",
        (
            expect("1297", "mention"),
            expect("1786", "building"),
            expect("1700~", "house"),
            expect("1842", "wheel"),
            expect("1951", "milling"),
            expect("1967", "listed"),
            expect("1978/1984", "restor"),
            expect("1985/..", "grind"),
            expect("2026", "sluice", planned=True),
        ),
    ),
    Text(
        "glenharrow-byelaws",
        "national park bylaw statement",
        date(2025, 3, 10),
        """GLENHARROW NATIONAL PARK AUTHORITY
Statement on the Glenharrow National Park Authority Byelaws 2025
10 March 2025

The Authority's Board approved new byelaws for the Park at its meeting on 4 March 2025. They
replace the byelaws the Authority first made in 1998, which no longer cover drones, e-bikes
or the numbers now visiting the lochs.

A public consultation ran from 6 January to 17 February 2025 and drew 1,412 responses.

The byelaws have been sent to the Secretary of State, whose confirmation is expected by
28 March. If confirmed, they will come into force on 1 April 2025.

Main changes
- Byelaw 7 (camping): camping beside Loch Harrow is allowed only in marked zones between
  1 March and 30 September each year.
- Byelaw 12 (fires): open fires are banned at all times; stoves must be raised off the
  ground.
- Byelaw 15 (drones): no drone may be flown within 150 m of a nesting site.

Rangers will begin an education campaign on Saturday, before any enforcement. The Authority
has employed seasonal rangers since 2019 and will add six posts this year.

The Park, designated in 1957, covers 1,944 square kilometres and receives more than two
million visits a year.

Media: Eilidh Ross, Communications Officer, 01678 555 210, media@glenharrow.example""",
        (
            expect("2025-03-04", "approv"),
            expect("1998", "made"),
            expect("2025-01-06/2025-02-17", "consultation"),
            expect("../2025-03-28", "confirm", planned=True),
            expect("2025-04-01", "force", planned=True),
            expect("2025-03-15", "campaign", planned=True),
            expect("2019/..", "ranger"),
            expect("1957", "designat"),
        ),
    ),
    Text(
        "st-aldhelm-choir-html",
        "cathedral choir HTML services page",
        date(2025, 11, 10),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Music and Special Services | St Aldhelm's Cathedral, Wenmouth</title>
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/music">Music</a> &gt; Services</nav>
<main>
<h1>The Cathedral Choir: special services</h1>
<p class="updated">Page updated 10 November 2025</p>
<p>Choral Evensong is sung at 5.30pm every day except Wednesday during term.</p>
<h2>Special services</h2>
<ul>
<li><strong>Sunday 16 November, 3pm</strong> - Evensong with the installation of the new
Precentor, the Revd Canon Ruth Ebbrell</li>
<li><strong>Sunday 30 November, 6pm</strong> - Advent Procession by candlelight</li>
<li><strong>Wednesday 24 December, 3pm</strong> - Festival of Nine Lessons and Carols
(tickets only)</li>
</ul>
<h2>About the choir</h2>
<p>Boy choristers have sung the daily office here since 1394. Girl choristers joined in 1999,
and the two top lines now sing on alternate days.</p>
<p>The Harrison organ was rebuilt in 1911 and restored in 2008.</p>
<p>The choir will tour Bruges and Ghent from 6 to 11 July 2026. Voice trials for boys and
girls aged 7 to 9 will be held on Saturday 24 January.</p>
</main>
<footer>Registered charity no. 1139911 &middot; &copy; Dean and Chapter of Wenmouth 2025
</footer>
</body>
</html>""",
        (
            expect("2025-11-16", "precentor", planned=True),
            expect("2025-11-30", "advent", planned=True),
            expect("2025-12-24", "lessons", planned=True),
            expect("1394/..", "chorister"),
            expect("1999", "girl"),
            expect("1911", "rebuil"),
            expect("2008", "restor"),
            expect("2026-07-06/2026-07-11", "tour", planned=True),
            expect("2026-01-24", "trial", planned=True),
        ),
    ),
    Text(
        "ashgrove-ombudsman",
        "housing ombudsman determination",
        None,
        """HOUSING OMBUDSMAN SERVICE
REPORT OF INVESTIGATION
Complaint 202318457
Mr K v Ashgrove Homes Housing Association
May 2025

Our decision (determination)
1. Under paragraph 52 of the Scheme, there was severe maladministration in the landlord's
handling of the resident's reports of damp and mould, and maladministration in its complaint
handling.

Background
2. The resident has held an assured tenancy of a two-bedroom flat since 11 November 2016. He
lives there with his partner and two young children.
3. On 3 February 2023 the resident reported black mould in the children's bedroom. The
landlord inspected on or about 21 March 2023 and recommended a mould wash, which did not
address the cause.
4. The resident made a formal complaint on 9 August 2023. The landlord's stage 1 response was
issued on 30 August, and its stage 2 response on 14 December 2023.
5. The complaint was referred to us on 5 February 2024.

Assessment
6. The landlord did not assess the hazard under the Housing Act 2004 and took 46 days to
inspect. It did not keep records of its calls with the resident.

Orders
7. The landlord must pay the resident £1,450 in compensation no later than 30 May 2025.
8. It must complete the works recommended by an independent surveyor by 27 June 2025 and
confirm compliance to the Ombudsman.""",
        (
            expect("2016-11-11/..", "tenancy"),
            expect("2023-02-03", "mould"),
            expect("2023-03-21~", "inspect"),
            expect("2023-08-09", "complaint"),
            expect("2023-08-30", "stage"),
            expect("2023-12-14", "stage"),
            expect("2024-02-05", "referr"),
            expect("../2025-05-30", "compensation", planned=True),
            expect("../2025-06-27", "works", planned=True),
        ),
    ),
    Text(
        "wearmouth-bank-glassworks",
        "glassworks' history",
        None,
        """The Wearmouth Bank Glassworks

Isaac Fenby, a Sunderland timber merchant, founded the glassworks in 1769, leasing a strip
of riverside land and building a bottle house on it.

The brick cone that still dominates the riverside was built c. 1790 and stands 24 metres
high. The works made crown glass for windows and began making pressed tableware in 1815.

The firm went bankrupt in 1832 but was reopened the following year by Fenby's nephew, Samuel
Ord, who added a second furnace. Its best-known line, the pattern No. 1847 "Ord" tumbler, was
sold in tens of thousands to inns along the coast.

Gas-fired furnaces replaced coal around 1926. At its height the works employed about 300
people. Cheap imports and the cost of the old buildings told in the end: the works closed in
1980, and most of the sheds were demolished.

Since 1992 the cone and the surviving lehr house have been run as a museum by the Wearmouth
Glass Trust. Glassblowers demonstrate every afternoon, and visitors can try their hand at
paperweights.

A programme to re-roof the cone is planned for 2026, funded by the Trust's appeal.""",
        (
            expect("1769", "found"),
            expect("1790~", "cone"),
            expect("1815", "tableware"),
            expect("1832", "bankrupt"),
            expect("1833", "reopen"),
            expect("1926~", "furnace"),
            expect("1980", "clos"),
            expect("1992/..", "museum"),
            expect("2026", "roof", planned=True),
        ),
    ),
    Text(
        "ashcombe-hall-minutes",
        "village hall committee's minutes",
        date(2025, 9, 9),
        """ASHCOMBE VILLAGE HALL MANAGEMENT COMMITTEE
Registered charity no. 1023987
Minutes of the meeting held on Tuesday 9 September 2025, 7.30pm, in the Small Room

Present: J. Pardoe (Chair), M. Fell (Treasurer), R. Oduya (Secretary), S. Clare, T. Whitlow.
Apologies: H. Beck.

1. Minutes of the last meeting were approved and signed by the Chair.

2. Roof. TW reported that the roof repairs were completed on 28 August, ahead of schedule, at
a cost of £6,480. The committee thanked Whitlow & Sons for working around the bookings.

3. Finance. MF reported a balance of £11,932. The application to the Lottery Community Fund
for new heating must be submitted by 30 September. MF and JP to finish it.

4. Events. SC reported that the quiz night on Friday raised £418 for the heating fund. The
Harvest Supper will be on Saturday 4 October; tickets £12, from the shop.

5. History. RO reported on the centenary booklet. The hall was built in 1923 as a war
memorial, and the kitchen extension was opened in 1987. The hall has been a registered
charity since 1964. RO to ask the parish for old photographs.

6. Bookings. Yoga continues every Thursday; the Brownies have asked for Monday evenings.

7. Any other business. None.

Date of next meeting: Tuesday 14 October 2025, 7.30pm.

Signed ............................ (Chair)""",
        (
            expect("2025-08-28", "roof"),
            expect("../2025-09-30", "application", planned=True),
            expect("2025-09-05", "quiz"),
            expect("2025-10-04", "harvest", planned=True),
            expect("1923", "built"),
            expect("1987", "extension"),
            expect("1964/..", "charity"),
            expect("2025-10-14", "meeting", planned=True),
        ),
    ),
)
